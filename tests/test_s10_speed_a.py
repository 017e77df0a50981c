"""Session 10, speed helper a: the years and targets stages scan less, records identical.

Each fast path is compared with the plain scan it replaces, on snippets written for the edge
cases (spaces and full-width spaces before 年, Chinese years, brackets, quotes) and on the
corpus texts of this checkout."""
from pathlib import Path

import pytest

from pipeline.extract import years as Y
from pipeline.patterns import YEAR_IN_DOC_NUMBER

ROOT = Path(__file__).resolve().parents[1]

SNIPPETS = [
    "某县人民政府关于印发《某县农村饮水安全巩固提升工程实施方案（2019—2021年）》的通知\n某政发〔2019〕 8号\n",
    "一、工作目标\n到2025年，全县农村自来水普及率达到98%；2021 年底前完成水源地划定。二〇二二　年启动第二批。",
    "二○一八年，全省完成植树造林300万亩。一九九八 年 汛期以来，各地……",
    "“九五”期间，全区新建校舍12万平方米；八五计划末期；十五时期；“十五”后两年；“六五”。",
    "本方案实施期限为2023年1月1日至2025年12月31日。今后三年，此后两年，之后五年，未来十年。",
    "（ 2020-2022 ）行动计划；（2018—2020）；[2017]12号；【2016】3号；(2015)7号；〔 2014 〕第5号",
    "数字某省2021行动方案；2019工作要点；20202021年；19191920年；2000-2001年；192020年",
    "零零一二年；一二三四五年；〇一年；1999年代；2010年龄段；\n2026年\n",
]


def _texts():
    files = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "dev" / "corpus").glob("*.txt"))
    return SNIPPETS + [p.read_text(encoding="utf-8", errors="replace") for p in files]


PATTERNS = {
    "DATE_RANGE": lambda t: _years_at(t),
    "YEAR_RANGE": lambda t: _years_at(t),
    "YEAR_BEFORE_PLAN": lambda t: _years_at(t),
    "BRACKET_RANGE": lambda t: _bracketed(t),
    "YEAR_SINGLE": lambda t: sorted(set(_years_at(t)).union(Y._cn_year_starts(t))),
    "EARLY_PLAN": lambda t: Y._early_plan_starts(t),
    "RELATIVE": lambda t: Y._relative_starts(t),
}


def _years_at(t):
    return [m.start() for m in Y.YEAR_AT.finditer(t)]


def _bracketed(t):
    return [j - 1 for j in (Y._space_run_start(t, y) for y in _years_at(t)) if j and t[j - 1] in Y.BRACKETS]


@pytest.mark.parametrize("name", sorted(PATTERNS) + ["YEAR_IN_DOC_NUMBER"])
def test_year_offsets_hold_every_match(name):
    """Every match of the pattern opens at one of the offsets it is tried at, and finditer_at gives
    finditer's matches (so a rule helper's change of a pattern shows here)."""
    pattern = YEAR_IN_DOC_NUMBER if name == "YEAR_IN_DOC_NUMBER" else getattr(Y, name)
    starts = _bracketed if name == "YEAR_IN_DOC_NUMBER" else PATTERNS[name]
    from pipeline.scan import finditer_at

    for t in _texts():
        plain = [(m.span(), m.groups()) for m in pattern.finditer(t)]
        fast = [(m.span(), m.groups()) for m in finditer_at(pattern, t, starts(t))]
        assert fast == plain, (name, t[:40])


def test_year_patterns_are_the_ones_read():
    """The fast path is on for each pattern (READ_FROM holds its source's crc32). If a rule changed
    one, first check test_year_offsets_hold_every_match, then put its new crc32 in READ_FROM."""
    import zlib

    for p in [getattr(Y, n) for n in PATTERNS] + [YEAR_IN_DOC_NUMBER]:
        assert zlib.crc32(p.pattern.encode()) in Y.READ_FROM, p.pattern[:30]


def test_snippet_years():
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all

    got = {(y.start, y.end) for y in extract_all(normalize_string(
        "某市城乡环境整治三年行动方案\n一、目标\n“九五”期间新建校舍。到2025年，二〇二二　年启动。今后三年完成。"
        "依据（2019—2021）方案，某政发〔2019〕8号。\n某市人民政府\n2021年3月5日\n")).years}
    assert {(1996, 2000), (2025, 2025), (2022, 2022), (2019, 2021)} <= got
    assert (2019, 2019) not in got  # the document number's year


# ---------------------------------------------------------------- targets: _stated_duration's searches

DURATION_SNIPPETS = [
    "本办法自2021年3月1日起施行，有效期5年。",
    "二、本实施细则有效期为2022年1月1日至2024年12月31日。",
    "本意见有效期三年，自2016年1月1日起至2018年12月31日止。",
    "本通知自印发之日起施行，有效期至2027年12月31日。以上政策自2020年起执行。",
    "上述措施有效期为3年，自发布之日起实施。" + "各地要加强组织领导。" * 30 + "本规定自2019年5月1日起施行。",
    "专项行动时间为2021年6月至2022年6月。自即日起至2021年12月31日，在全县开展整治。",
    "三、整治时间\n2023年4月至10月。",
    "本方案实施时间为……" + "，" * 200 + "本政策有效期至2030年。",
]


def _bodies():
    return DURATION_SNIPPETS + _texts()


@pytest.mark.parametrize("name,words", [
    ("VALID_RANGE", "validity"), ("LENGTH_FIRST", "validity"), ("VALID_UNTIL", "validity"),
    ("VALID_SPAN", "from_year"), ("IN_FORCE", "from_year"), ("FROM_ISSUE", "issued"),
])
def test_self_search_from_its_word(name, words):
    from pipeline.extract import targets as T
    from pipeline.scan import stdlib_twin

    pattern = getattr(T, name)
    assert T._self_crc(pattern) in T.SELF_PATTERNS_READ  # (a changed pattern: check below, then its crc32)
    for body in _bodies():
        if words == "validity":
            anchor = T._first_of(body, T.VALIDITY_WORDS)
        elif words == "from_year":
            m = T.FROM_YEAR_ANY.search(body)
            anchor = m.start() if m else -1
        else:
            anchor = body.find(T.FROM_ISSUE_WORD)
        plain = stdlib_twin(pattern).search(body)
        if anchor < 0:
            assert plain is None
            continue
        fast = T._self_search(pattern, body, anchor)
        assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups())), body[:40]


def test_campaign_words_before_campaign_term():
    from pipeline.extract import targets as T

    assert T._crc(T.CAMPAIGN_TERM.pattern) == T.CAMPAIGN_READ
    for body in _bodies():
        if T.CAMPAIGN_TERM.search(body):
            assert T._campaign_words(body), body[:40]
    assert T._campaign_term("专项行动时间为2021年6月至2022年6月。", 2021) == (2021, 2022)
    assert T._campaign_term("报名时间为2021年6月至2022年6月。", 2021) is None
    for body in ("试点期限为2019年至2020年。", "时间安排：2019年5月至2020年12月。"):  # (s10-targets' alternatives)
        assert T.CAMPAIGN_TERM.search(body) and T._campaign_words(body), body


# ---------------------------------------------------------------- the token scanner's look-ahead

TOKEN_SNIPPETS = [
    "培训1.5万人次以上，建设一所学校，翻一番，百分之三点五，千分之五，一半以上，半价，减半，八五折，7.5折收取。",
    "生师比1∶18，按1:500的比例配备，孕产妇死亡率10/10万，1/3，三分之一，八成，２０２５年，１，２００人，12，000元。",
    "进一步统一二、三百余家，二百多个，１２．８万人，一体化，第一，十五，两千，二〇二五年，一二三四五。",
]


def test_token_scanner_look_ahead_is_exact(monkeypatch):
    """The scanner with its look-aheads finds what the one without them finds (the latter is what a
    changed TOKEN gets), and every TOKEN match opens where the scanner's first look-ahead holds."""
    import zlib

    from pipeline import quantity as Q
    from pipeline import rx as re

    assert zlib.crc32(Q.TOKEN.pattern.encode()) == Q.TOKEN_READ  # (a changed TOKEN: check below, then its crc32)
    scanner = Q.token_scanner()
    monkeypatch.setattr(Q, "TOKEN_READ", -1)
    plain = Q.token_scanner.__wrapped__()
    assert plain.pattern != scanner.pattern and "(?=1)" in scanner.pattern
    opening = re.compile(scanner.pattern[:scanner.pattern.index("(?:\\G")])
    for text in TOKEN_SNIPPETS + _texts():
        for m in Q.TOKEN.finditer(text):
            if m.lastgroup != "cn" or text[m.end():m.end() + 1] in Q.cn_next_chars():
                assert opening.match(text, m.start()), text[m.start():m.end() + 2]
        found = []
        for p in (scanner, plain):
            out, pos = [], 0
            while (m := p.search(text, pos)) is not None:
                out.append((m.span(), m.lastgroup))
                pos = m.end()
            found.append(out)
        assert found[0] == found[1]


# ---------------------------------------------------------------- a paragraph's opening year, once

def test_opening_year_reads_its_first_characters():
    """_opening_year gives the same on a paragraph's opening and on its first OPENING_READ characters
    (so the numbers of a paragraph can share it), whatever follows them."""
    from pipeline.extract import targets as T

    assert T._crc(T.OPENING_CLAUSE.pattern + T.RUN_IN_HEADING.pattern) == T.OPENING_PATTERNS_READ
    openings = ["到2025年，全县建成高标准农田5万亩。", "（二）发展目标。力争到2026年，培育龙头企业10家。",
                "发展目标：到二〇三〇年，全市森林覆盖率达到45%。", "今年，全区新增就业1.2万人。",
                "力争用5—10年时间，基本建成现代职业教育体系。", "2022年完成户厕改造3000户，2023年完成5000户。",
                "主要目标任务和工作要求的具体内容安排如下所述的各项事项。到2025年，完成。"]
    for text in _texts():
        for line in text.split("\n"):
            if len(line) > T.OPENING_READ:
                openings.append(line)
    for opening in openings:
        for year in (None, 2021):
            head = opening[:T.OPENING_READ]
            want = T._opening_year(opening, year)
            assert T._opening_year(head, year) == want, opening[:50]
            assert T._opening_year(head + "，到2030年，", year) == want
            assert T._opening_year(head + "。", year) == want
