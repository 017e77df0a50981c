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
