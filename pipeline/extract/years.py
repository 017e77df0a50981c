"""Years and periods: 2025年, 2025-2027年, 到2025年末, “十四五”期间, 二〇二五年, 今后三年."""
from __future__ import annotations


from .. import rx as re

from ..clean import CleanDoc
from ..numbers import cn_to_int
from ..patterns import FIVE_YEAR_PLAN_START, YEAR_IN_DOC_NUMBER, YEAR_IN_ORDER_NUMBER
from ..record import Year
from ..scan import find_words, finditer_at, source_crc, stdlib_twin
from ..spans import SpanIndex
from .context import Context

CN_YEAR = r"[〇○零一二三四五六七八九]{4}"  # ○ (U+25CB) is often typed for 〇
CN_YEAR_CHARS = frozenset(CN_YEAR[1:-4])  # (its class: tests/test_s10_speed_a.py)
YEAR_RANGE = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*年?\s*(?:[-—–―－~～至到]{1,2})\s*(?P<b>(?:19|20)\d{2})\s*年"
)
YEAR_SINGLE = re.compile(rf"(?P<a>(?<!\d)(?:19|20)\d{{2}}|{CN_YEAR})\s*年(?!代|龄|限|度内)")
# 今后三年 / 未来五年 / 此后两年: counted from the issue date (never from today).
RELATIVE = re.compile(r"(?:今后|未来|此后|之后)(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*年(?![以之]?[内后前])")
PLAN = re.compile(r"[“\"]?(?P<p>十[一二三四五六]五)[”\"]?(?:(?P<last>时期末|期末|末)|(?P<mid>中期)|(?P<part>[前后])(?P<n>[一二两三四]|\d)年|期间|时期|规划|以来)?")
TWO_YEARS = re.compile(r"(今明|明后)两年")
# (s26-a20tg, guide Y7) `今年`, `明年`, `今冬明春`, `上年`, `去年` counted from the issue date like `今明两年`: the issue year, the
# next, the winter and spring across the two, the year before (a baseline `比上年增长` counts as a year referred to, spec §8).
# Not `上年度` nor a 上年 outside a comparison (`按其上年度销售额`, `上年末…`: in a standing rule, each applicant's year before).
ONE_RELATIVE = re.compile(r"今冬明春|(?<![如至迄距])今年(?![轻龄纪])|(?<![聪文])明年(?![轻龄])|(?<![过失])去年"
                          r"|(?<=比|较|于|低于|高于|超过|不低于|不少于|不高于|相当于)\s*上年(?![度末底])")
SENTENCE_OPEN = re.compile(r"[。；;！？!?\n]")


def _anchor_year(text: str, pos: int) -> int | None:
    """(s27-tg2, guide Y8) `2003年全省粮食产量比上年增长5%`: a 上年 after a year of its own sentence is the year before that
    year, not the year before the issue date (Y7 is for one-off references with no year of their own)."""
    lo = max(0, pos - 120)
    cut = max((m.end() for m in SENTENCE_OPEN.finditer(text, lo, pos)), default=lo)
    last = None
    for m in YEAR_SINGLE.finditer(text, cut, pos):
        if m.group("a").isdigit():
            last = int(m.group("a"))
    return last


# (s33-layout, guide Y7 as S33 made it precise) a season written across the new year (`11月15日至次年3月15日`) in a one-year
# plan (its title names one year) is that year and the next; a standing rule that recurs names no fixed year (Y8)
ACROSS_NEW_YEAR = re.compile(r"(?<![\d年])\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*(?:次年|翌年|第二年)"
                             r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|\s*[底末])?")
TITLE_ONE_YEAR = re.compile(r"(?<![\d—\-－至到~～])((?:19|20)\d{2})\s*年(?!\s*(?:[—\-－至到~～]|度?以来))")
# (s33-layout, guide Y7 as S33 made it precise) a period from now to a year written (`从现在到2020年`, `今后到2020年`,
# `从现在起至2025年`): from the issue year to that year
FROM_NOW_TO = re.compile(r"(?:从现在起?|自现在起?|从今起|今后)\s*(?:到|至)\s*((?:19|20)\d{2})\s*年")
# a plan's cover without a signature date: its author, then the month it was written alone on a line (`二〇〇七年八月`)
MONTH_LINE = re.compile(rf"^(?P<a>(?:19|20)\d{{2}}|{CN_YEAR})\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月$")

RELATIVE_OFFSET = {"今年": (0, 0), "明年": (1, 1), "今冬明春": (0, 1), "去年": (-1, -1), "上年": (-1, -1)}
# Five-year plans before 十一五 (六五 1981–1985 … 十五 2001–2005), read only where they cannot be a
# plain number: in quotes or before 期间/时期/计划/末 (`“九五”期间`, `十五计划`).
LAW_CAMPAIGN = "普法"  # (`“七五”普法` 2016—2020, `“八五”普法` 2021—2025: a campaign named by its count, read as a name)
EARLY_PLAN_START = {"六五": 1981, "七五": 1986, "八五": 1991, "九五": 1996, "十五": 2001}
EARLY_PLAN = re.compile(r"(?:[“\"](?P<q>[六七八九]五|十五)[”\"]|(?<![\d一二三四五六七八九十百])(?P<u>[六七八九]五|十五)(?=期间|时期|计划))"
                        r"(?:(?P<last>时期末|期末|末)|(?P<part>[前后])(?P<n>[一二两三四]|\d)年|期间|时期|计划|规划)?")
# (s26-tg) A five-year plan written out by its count (`第十一个五年规划纲要`, `第九个五年计划`, as older titles name them):
# the plan's years as `“十一五”` (spec 1.1 §8). The count is the national sequence: the 4th plan 1971—1975 on, five years
# each (the 1st–3rd, 1953—1970, left: their years are not evenly spaced).
NTH_PLAN = re.compile(r"第(?P<n>[四五六七八九十]|十[一二三四五六七八九])个五年(?:规划|计划)")


def _nth_plan_span(m: re.Match) -> tuple[int, int]:
    first = 1971 + 5 * (cn_to_int(m.group("n")) - 4)
    return first, first + 4


# `一九九八年至二〇〇〇年`, `二〇二一—二〇二三年`: a range of years in Chinese numerals (older notices and statutes write
# them so) is one period (spec 1.1 §8), as in digits. Tried only where a Chinese year opens (its 4 numerals before 年).
CN_YEAR_RANGE = re.compile(rf"(?P<a>{CN_YEAR})\s*年?\s*(?:[-—–―－~～至到]{{1,2}})\s*(?P<b>{CN_YEAR})\s*年")

# (s17-period) A range of dates in Chinese numerals is one period too (spec 1.1 §8), as DATE_RANGE in digits:
# `一九九七年四月―一九九八年二月`, `二〇二四年一月一日至二〇二六年十二月三十一日` → 1997/1998, 2024/2026.
CN_MD = r"[一二三四五六七八九十]{1,3}"
CN_DATE_RANGE = re.compile(rf"(?P<a>{CN_YEAR})\s*年\s*{CN_MD}\s*月(?:\s*{CN_MD}\s*[日号])?\s*起?\s*(?:[-—–―－~～至到]{{1,2}})\s*"
                           rf"(?P<b>{CN_YEAR})\s*年(?:\s*{CN_MD}\s*月(?:\s*{CN_MD}\s*[日号])?)?")


# A bracketed period may leave out 年 (`行动方案（2019—2021）`, a title's usual form).
BRACKET_RANGE = re.compile(r"[（(]\s*(?P<a>(?:19|20)\d{2})\s*(?:——|[-—–―－~～至到])\s*(?P<b>(?:19|20)\d{2})\s*[）)]")
# A range of dates is one period (spec 1.1 §8): `2019年1月1日至2023年12月31日` → 2019/2023.
DATE_RANGE = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*起?\s*(?:[-—–―－~～至到]{1,2})\s*"
    r"(?P<b>(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
)


# `2005—2006学年`, `2005/2006学年度`, `二〇〇四至二〇〇五学年`, `2004学年`: a school year written with its calendar
# years is a period as a span of years before 年 is (spec 1.1 §8); the years are read as written (a range a/b,
# one year a/a). Only before 学年 (`每学年`, `第2学年` carry no year). (s17-era2)
SCHOOL_YEAR = re.compile(rf"(?P<a>(?<![\d.])(?:19|20)\d{{2}}|{CN_YEAR})\s*(?:年\s*)?"
                         rf"(?:(?:[-—–―－~～至到/／]{{1,2}})\s*(?P<b>(?:19|20)\d{{2}}|{CN_YEAR})\s*)?学年")


# `以2022年北京冬奥会为契机`, `2010年上海世博会`, `2008年奥运会`: a year in the name of a recurring international or
# national event (spec 1.1 §8: years inside names are not time expressions). Only the events whose names carry
# their year; a meeting dated by a year (`2025年召开大会`) is not one.
EVENT_NAMES = r"(?:冬残奥会|残奥会|冬奥会|奥运会|夏季奥运会|冬季奥运会|世博会|亚运会|亚冬会|亚残运会|大运会|全运会|世园会|园博会|进博会|服贸会|世界杯)"
# (a verb between dates the event: `2025年召开全运会`, `2022年举办冬奥会` keep their year)
EVENT_PLACE = r"(?:(?!召开|举办|举行|筹办|承办|申办|办好|参加|迎接|服务|保障|开展|完成)[\p{Han}]){0,6}?"
EVENT_AFTER = re.compile(EVENT_PLACE + EVENT_NAMES)
EVENT_YEAR = re.compile(r"(?:(?:19|20)\d{2}|" + CN_YEAR + r")\s*年(?=" + EVENT_PLACE + EVENT_NAMES + r")")


# `数字某省2021行动方案`, `2019工作要点`: a year written without 年 right before a plan's genre words is the
# plan's year (unlike a year inside an event's name, `2020中国…大会`, spec 1.1 section 8).
YEAR_BEFORE_PLAN = re.compile(r"(?<![\d.〔\[（(])((?:19|20)\d{2})(?=\s*(?:年度)?\s*(?:行动方案|行动计划|工作要点|工作方案|工作计划|实施方案|推进计划))")


def _plan_span(first: int, m: re.Match) -> tuple[int, int]:
    """`“十二五”期末` → the last year; `“十五”后两年` → its last two years, `前三年` its first three."""
    if m.group("last"):
        return first + 4, first + 4
    if "mid" in m.re.groupindex and m.group("mid"):
        return first + 2, first + 2  # (s14b) `“十四五”中期`: the plan's middle year
    if m.group("part"):
        n = int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))
        return (first + 5 - n, first + 4) if m.group("part") == "后" else (first, first + n - 1)
    return first, first + 4


# Where the patterns can start (scan.finditer_at: the same matches as their finditer, tried only there; a
# scan of the whole text per pattern was most of the stage): DATE_RANGE, YEAR_RANGE, YEAR_BEFORE_PLAN and
# YEAR_SINGLE's digits open with a year 19NN/20NN; BRACKET_RANGE and YEAR_IN_DOC_NUMBER with a bracket, spaces
# and such a year; YEAR_SINGLE's Chinese year is the four numerals before spaces and 年; EARLY_PLAN holds a 五
# one or two characters after its start, then a closing quote or 期间/时期/计划; RELATIVE opens with
# 今后/此后/之后/未来 (tests/test_s10_speed_a.py compares each with its pattern's finditer).
YEAR_AT = stdlib_twin(re.compile(r"(?:19|20)(?=\d\d)"))  # (two adjacent offsets never both open 19NN/20NN)
BRACKETS = frozenset("〔[［【(（")  # (YEAR_IN_DOC_NUMBER's opening class, BRACKET_RANGE's within it)
EARLY_PLAN_AFTER = ("”", '"', "期间", "时期", "计划")


# The sources the offsets above were read from (crc32): a pattern changed since is scanned by its own
# finditer again (exact, not faster) until its offsets are read anew.
READ_FROM = {0x8A28CC25, 0x6AA10B4C, 0x18999B3E, 0x54172DC0, 0xE45BC668, 0x5C5A9126, 0x59FF373D, 0x915AC2EF}


def _scan(pattern, text: str, starts):
    """`pattern.finditer(text)`, tried only at `starts()` where the pattern is the one they were read for."""
    if source_crc(pattern.pattern) in READ_FROM:
        return finditer_at(pattern, text, starts() if callable(starts) else starts)
    return pattern.finditer(text)


def _space_run_start(text: str, k: int) -> int:
    """Start of the run of spaces (str.isspace: every character `\\s` matches) that ends at k."""
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k


def _cn_year_starts(text: str) -> list[int]:
    """Offsets 4 characters before a 年 or before any space of the run of spaces ahead of it, where
    a numeral of CN_YEAR comes before that run."""
    starts = []
    k = text.find("年")
    while k >= 0:
        j = _space_run_start(text, k)
        if j > 0 and text[j - 1] in CN_YEAR_CHARS:
            starts.extend(s - 4 for s in range(j, k + 1) if s >= 4)
        k = text.find("年", k + 1)
    return starts


def _early_plan_starts(text: str) -> list[int]:
    starts = []
    k = text.find("五")
    while k >= 0:
        if text.startswith(EARLY_PLAN_AFTER, k + 1):
            starts.extend(s for s in (k - 2, k - 1) if s >= 0)
        k = text.find("五", k + 1)
    return starts


def _relative_starts(text: str) -> list[int]:
    starts = [k - 1 for k in find_words(text, "后") if k and text[k - 1] in "今此之"]
    return sorted(starts + find_words(text, ("未来",)))


CN_RANGE_HEAD = re.compile(rf"{CN_YEAR}\s*[-—–―－~～至到]{{1,2}}\s*$")


def _event_name_after(text: str, pos: int) -> bool:
    window = text[pos:pos + 12]
    if "会" not in window and "杯" not in window:
        return False
    return EVENT_AFTER.match(text, pos, pos + 12) is not None


def _cn_range_starts(text: str, cn_starts: list[int]) -> list[int]:
    """Where a range of Chinese years can open: a start of `cn_starts` (four numerals before 年), or the first
    year, written without 年, before the separator in front of one (`二〇〇一—二〇〇三年`)."""
    found = set()
    for k in cn_starts:
        if k < 0 or not all(ch in CN_YEAR_CHARS for ch in text[k:k + 4]):
            continue
        found.add(k)
        head = CN_RANGE_HEAD.search(text, max(0, k - 10), k) if k and text[k - 1] not in CN_YEAR_CHARS else None
        if head:
            found.add(head.start())
    return sorted(found)


def _cover_year(ctx: Context) -> int | None:
    """(s33-layout) The year of a plan whose only date is the month on its cover (`国家某某委员会` / `二〇〇七年八月` under the
    title, no signature date): `从现在到…` counts from it."""
    for ln in ctx.layout.lines[:16]:
        m = MONTH_LINE.match(ln.text)
        if m:
            return _year_value(m.group("a"))
    return None


def _year_value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else cn_to_int(raw.replace("○", "〇"))


def extract_years(doc: CleanDoc, ctx: Context) -> list[Year]:
    text = doc.text
    years_at = [m.start() for m in YEAR_AT.finditer(text)]
    bracketed = [j - 1 for j in map(lambda y: _space_run_start(text, y), years_at) if j and text[j - 1] in BRACKETS]
    blocked = SpanIndex(m.span() for m in _scan(YEAR_IN_DOC_NUMBER, text, bracketed))
    if "第" in text:
        # (tried only where its 令/公告/通告 stands: the same matches, s33-speed)
        for m in finditer_at(YEAR_IN_ORDER_NUMBER, text, find_words(text, ("令", "公告", "通告"))):
            blocked.add(m.span())  # (s33-layout) `…部令2016年第62号`: the number's year
    if ctx.layout.meta_end:
        blocked.add((0, ctx.layout.meta_end))  # a web page's metadata table
    for span in ctx.layout.furniture:
        blocked.add(span)  # its publishing line (发表时间：2021年3月5日) and other furniture
    seen: dict[tuple[int, int], Year] = {}
    taken = SpanIndex()

    def add(start: int, end: int, a: int, b: int) -> None:
        if blocked.covers(start) or not (1949 <= a <= 2100 and a <= b <= 2100):
            return
        taken.add((start, end))
        seen.setdefault((a, b), Year(quote=text[start:end], span=(start, end), start=a, end=b))

    cn_starts = _cn_year_starts(text) if "年" in text else []
    for m in finditer_at(CN_YEAR_RANGE, text, _cn_range_starts(text, cn_starts)) if cn_starts else ():
        a, b = cn_to_int(m.group("a").replace("○", "〇")), cn_to_int(m.group("b").replace("○", "〇"))
        if a and b:
            add(m.start(), m.end(), a, b)
    for m in finditer_at(CN_DATE_RANGE, text, cn_starts) if cn_starts else ():
        if not taken.covers(m.start()):
            a, b = cn_to_int(m.group("a").replace("○", "〇")), cn_to_int(m.group("b").replace("○", "〇"))
            if a and b:
                add(m.start(), m.end(), a, b)
    for m in _scan(DATE_RANGE, text, years_at):
        add(m.start(), m.end(), int(m.group("a")), int(m.group("b")))
    for m in _scan(YEAR_RANGE, text, years_at):
        if taken.covers(m.start()):
            continue
        add(m.start(), m.end(), int(m.group("a")), int(m.group("b")))
    for m in _scan(BRACKET_RANGE, text, bracketed):
        if not taken.covers(m.start() + 1):
            add(m.start() + 1, m.end() - 1, int(m.group("a")), int(m.group("b")))
    if "学年" in text:
        for m in SCHOOL_YEAR.finditer(text):
            if not taken.covers(m.start()):
                a, b = (_year_value(m.group(g)) if m.group(g) else None for g in ("a", "b"))
                if a:
                    add(m.start(), m.end(), a, b or a)
    for m in _scan(YEAR_SINGLE, text, lambda: sorted(set(years_at).union(cn_starts))):
        if taken.covers(m.start()):
            continue
        if _event_name_after(text, m.end()):
            continue  # `2022年北京冬奥会`: the year belongs to the event's name
        raw = m.group("a")
        year = int(raw) if raw.isdigit() else cn_to_int(raw.replace("○", "〇"))
        if year:
            add(m.start(), m.end(), year, year)
    for m in _scan(YEAR_BEFORE_PLAN, text, years_at):
        if not taken.covers(m.start()):
            add(m.start(), m.end(), int(m.group(1)), int(m.group(1)))
    for m in PLAN.finditer(text):
        add(m.start(), m.end(), *_plan_span(FIVE_YEAR_PLAN_START[m.group("p")], m))
    if "个五年" in text:
        for m in NTH_PLAN.finditer(text):
            add(m.start(), m.end(), *_nth_plan_span(m))
    for m in _scan(EARLY_PLAN, text, lambda: _early_plan_starts(text)):
        if text.startswith(LAW_CAMPAIGN, m.end()):
            continue  # (s21-tgyear) `“八五”普法`: the eighth five-year law-popularisation campaign's name, not 1991—1995
        add(m.start(), m.end(), *_plan_span(EARLY_PLAN_START[m.group("q") or m.group("u")], m))
    issued = ctx.metadata.issue_date
    if issued and "两年" in text:  # (s14b) `今明两年` (the issue year and the next), `明后两年` (the next two)
        for m in TWO_YEARS.finditer(text):
            y = int(issued[:4]) + (m.group(1) == "明后")
            add(m.start(), m.end(), y, y + 1)
    if issued and ("今" in text or "明年" in text or "上年" in text or "去年" in text):
        y0 = int(issued[:4])
        for m in ONE_RELATIVE.finditer(text):
            word = m.group(0).strip()
            a, b = RELATIVE_OFFSET[word]
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            base = _anchor_year(text, start) if word == "上年" else None
            base = base if base is not None else y0
            add(start, m.end(), base + a, base + b)
    if "次年" in text or "翌年" in text or "第二年" in text:
        one = {int(y) for y in TITLE_ONE_YEAR.findall(ctx.metadata.title or "")}
        if len(one) == 1 and not re.search(r"\d{4}\s*[—\-－至到~～]", ctx.metadata.title or ""):
            y = one.pop()
            for m in ACROSS_NEW_YEAR.finditer(text):
                add(m.start(), m.end(), y, y + 1)
    if "现在" in text or "今后" in text or "从今" in text:
        now = int(issued[:4]) if issued else _cover_year(ctx)
        for m in FROM_NOW_TO.finditer(text) if now else ():
            add(m.start(), m.end(), now, int(m.group(1)))
    if issued:
        y, mo = int(issued[:4]), int(issued[5:7])
        first = y + 1 if mo >= 10 else y  # a plan issued late in the year starts next year
        for m in _scan(RELATIVE, text, lambda: _relative_starts(text)):
            n = int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n"))
            if n and n > 1:
                add(m.start(), m.end(), first, first + n - 1)
    return sorted(seen.values(), key=lambda y: y.span[0])
