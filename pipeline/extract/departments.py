"""Government organs mentioned in the body, under canonical names (spec section 5).

Recognition is the rule layers of pipeline.nlp.organs (gazetteer on characters + patterns);
canonical names come from pipeline.nlp.canonical with the document's jurisdiction. Only the
body counts: the notice's own text after the addressee line and the policy body, without the
signature block and without titles cited in 《》.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import re as stdlib_re

from .. import rx as re

from ..clean import CleanDoc
from ..data import load_table
from ..record import Department
from ..regions import Jurisdiction, jurisdiction_of, towns_by_county_name
from ..scan import find_words, finditer_at, finditer_opened, starts_before, stdlib_twin
from ..nlp.canonical import without_own_town, canonical_names
from ..nlp.jurisdiction import guess_jurisdiction, jurisdiction_of_row, lookup_place, region_row
from ..nlp.mentions import Mention, find_mentions
from ..nlp.organs import _function_word, sector_organ
from ..nlp.simplify import is_simplified, to_simplified
from ..patterns import COMMITTEE_LEVEL_TWICE, committee_named_once
from .context import Context

TORTOISE_BRACKETS = str.maketrans({"〔": "（", "〕": "）"})
# A cited title a web copy wrote without 《》 (s15e, guide D16: an organ only inside a cited title is not listed): between
# << >> or 〈 〉, between quotes when it reads as a title (…关于…的通知), or bare after a citing verb (根据省财政厅关于…的通知)
GENRE_END = r"(?:通知|意见|办法|方案|规定|决定|条例|细则|规划|纲要|批复|复函|函|通告|公告|规则|指引|指南|标准)"
OTHER_CITED = [stdlib_re.compile(r"<<[^<>\n]{2,120}>>"), stdlib_re.compile(r"〈[^〈〉\n]{2,120}〉"),
               stdlib_re.compile(rf"<[^<>\n]{{2,120}}{GENRE_END}>"),
               stdlib_re.compile(rf"“[^“”\n]{{0,40}}关于[^“”\n]{{2,100}}{GENRE_END}”")]
# (s24-org, s24-assign) `各縣〈市、區〉人民政府`, `各村〈社区〉`: a web copy writing the places' bracket with 〈〉 (read as
# （） by recognise_organs, guide D43), no title; in either script
# ((s34-org) also a zone board as the alternative of the places' government, `各區政府〈管委會〉`, guide D98)
_PLACE_KIND = r"(?:市|区|區|县|縣|旗|州|镇|鎮|乡|鄉|街道|特区|特區|行委|开发区|開發區|园区|園區|社区|社區|居|管委会|管委會)"
PLACE_KINDS_BRACKET = stdlib_re.compile(rf"(?:含)?{_PLACE_KIND}(?:、{_PLACE_KIND})*")
CITING_VERB = stdlib_re.compile(r"(?:转发|印发|现将|根据|按照|依据|贯彻|落实|执行)(?=[^，。；：《》“”\n]{2,40}$)")
TITLE_FROM_ABOUT = stdlib_re.compile(rf"关于[^，。；：《》“”\n]{{2,100}}?的{GENRE_END}")


def _other_cited(text: str) -> list[tuple[int, int]]:
    """Cited titles a web copy wrote without 《》 (tried at <, 〈, “ and at each 关于, not at every character)."""
    out = []
    if "<" in text or "〈" in text or "“" in text:
        out += [(m.start(), m.end()) for rx in OTHER_CITED for m in rx.finditer(text)
                if not PLACE_KINDS_BRACKET.fullmatch(m.group(0), 1, len(m.group(0)) - 1)]
    k = text.find("关于")
    while k >= 0:
        lo = max(0, k - 44)
        cue = None
        for cue in CITING_VERB.finditer(text, lo, k):
            pass
        if cue is not None and (m := TITLE_FROM_ABOUT.match(text, k)) is not None:
            out.append((cue.end(), m.end()))
        k = text.find("关于", k + 2)
    return out


CITED = re.compile(r"《(?:[^《》]|《[^《》]*》)*》")
# The document number in brackets after a cited title: 《…办法》（住房城乡建设部令第11号）, （…公告第35号）
CITED_NUMBER = re.compile(r"(?<=》)[（(][^（）()《》\n]{1,40}?(?:令|公告|通告|决定)?第?[0-9０-９一二三四五六七八九十百]+号[）)]"
                          # 《…通知》（医保网信办〔2022〕12号）, a copy's (医保网信办(2022)12号): the issuer's code before the year
                          r"|(?<=》)[（(][^（）()《》\n]{1,20}?[（(〔［\[](?:19|20)[0-9]{2}")

# (s39-era) An order's number written in prose (`1999年10月15日建设部令第71号发布`, `以教育部、卫生部令第14号公布`): the
# organs before 令第N号 are the number's issuer code (GB/T 9704: an order is numbered 令第N号 under its organ), a document
# number as the bracketed one after a title is, not a mention of the organ (spec 1.1 section 5: organs only inside a
# cited document's title or number do not count). A ministry's, commission's or bureau's order (部门规章) only: the State
# Council's own order (`国务院令第76号发布`) stays a mention, as the country golds keep it.
ORDER_NUMBER_IN_PROSE = re.compile(r"(?:(?<=日)|(?<=[，。；：、（(\s]))(?:中华人民共和国)?[^\s，。；：（()）《》的要\d]{1,30}?[部局委署行]令第"
                                   r"[0-9０-９一二三四五六七八九十百零〇]+号")

SEAT_OF_GOVERNMENT = ("驻地", "所在地")


@dataclass
class NamedMention:
    mention: Mention
    name: str


def body_segments(doc: CleanDoc, ctx: Context) -> list[tuple[int, int]]:
    """Character ranges that count as body for organs: notice text + policy body, minus 《…》."""
    layout = ctx.layout
    ranges: list[tuple[int, int]] = []
    if layout.notice_span:
        lo = layout.addressee.end if layout.addressee else (layout.notice_title.end if layout.notice_title else layout.notice_span[0])
        if lo < layout.notice_span[1]:
            ranges.append((lo, layout.notice_span[1]))
    lo = layout.body_start
    if layout.addressee and lo < layout.addressee.end <= layout.body_end:
        lo = layout.addressee.end
    ranges.append((lo, layout.body_end))
    # (s32-org2) a news copy's lead above the document it prints (`新华社北京5月23日电　近日，中共中央办公厅、国务院办公厅
    # 印发了《X》，并发出通知，要求各地区各部门…`) reports the notice that transmits X, its issuers and its demand: it stands
    # for the notice's text, as where the copy prints the lead as its first paragraph (the o25 and a364 golds)
    lead = (layout.lead_in.start, layout.lead_in.end) if layout.lead_in is not None else None
    skip = [(m.start(), m.end()) for m in CITED.finditer(doc.text)]
    skip += _other_cited(doc.text)
    skip += [(m.start(), m.end()) for m in ctx.doc_numbers(doc.text)]
    # (tried only right after each 》: the pattern opens with the lookbehind (?<=》))
    after_title = [k + 1 for k in find_words(doc.text, ("》",))]
    skip += [(m.start(), m.end()) for m in finditer_at(CITED_NUMBER, doc.text, after_title)]
    if "令第" in doc.text:
        skip += [(m.start(), m.end()) for m in ORDER_NUMBER_IN_PROSE.finditer(doc.text)]
    skip += [(ln.start, ln.end) for ln in layout.signature_lines]
    if layout.signature_lines:
        skip += _issuers_under_title(doc.text, layout)
    if layout.date_line:
        skip.append((layout.date_line.start, layout.date_line.end))
    # a web page's furniture (发布日期：… 来源：某局): the page's, not the notice's text
    skip += layout.furniture
    if "办：" in doc.text or "办:" in doc.text or "版权所有" in doc.text:
        # (s20-org) a web page's footer (主办：某市人民政府办公室 承办：…, 版权所有：…): the site's, not the notice's text
        skip += [(m.start(), m.end()) for m in PAGE_FOOTER.finditer(doc.text)]
    if "抄送" in doc.text or "抄报" in doc.text or "分送" in doc.text:
        # (s24-town) the notice's 版记 printed where the copy puts it (a town's web copy of a 印发 notice prints it
        # between the notice and the plan it transmits): its recipients are out wherever it stands (spec 1.1 section 1)
        skip += [(m.start(), m.end()) for m in COPY_TO_LINE.finditer(doc.text)]
    if layout.addressee is None:
        glued = _glued_addressee(doc.text, ranges[0][0] if ranges else layout.body_start, layout.furniture)
        if glued:
            skip.append(glued)
    if lead is not None:
        ranges.insert(0, lead)  # (last: a glued addressee is looked for from the notice's own first range, not the lead)
    return _subtract(ranges, skip)


def _issuers_under_title(text: str, layout) -> list[tuple[int, int]]:
    """(s30-town) The issuers' names printed again on the line under the title (`中共某镇委员会　某镇人民政府`, as web copies of
    a town's joint party-government plan print them), the same names as the signature: the 署名, not body (spec 1.1
    section 1), so neither of the two is mentioned there (A9 a87)."""
    start = layout.body_start
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    signed = "".join("".join(ln.text.split()) for ln in layout.signature_lines)
    if line and "".join(line.split()) == signed:
        return [(start, start + len(line))]
    return []


# (s24-town) a 抄送/抄报/分送 line of the 版记 (GB/T 9704 7.4.2)
COPY_TO_LINE = stdlib_re.compile(r"^[^\S\n]*(?:抄送|抄报|分送)[:：][^\n]*$", stdlib_re.M)


# (s23-org) a site's list of links (`相关链接：中国政府网 | 吉林省人民政府 | …`, `友情链接：`) names other sites, no organ of the notice
PAGE_FOOTER = stdlib_re.compile(r"^[^\S\n]*(?:主办单位|主办|承办单位|承办|协办|主管单位|版权所有|相关链接|友情链接)[:：][^\n]*$",
                                stdlib_re.M)


# An addressee line glued to the first sentence of the notice by a copy that lost the break
# (`各县（市、区）人民政府，市政府各部门：现将《…》印发给你们`): the run up to the colon lists only organs
# (each piece ends in an organ's head word or is a collective of 各), so it is the addressee (guide G1: not body).
GLUED_ADDRESSEE = re.compile(r"[^\S\n]*(?P<a>各[^。；：:\n]{1,150}?|[^。；：:\n]{2,150}?)[：:](?=[^\S\n]*\S)")
ADDRESSEE_PIECE = re.compile(r"(?:人民政府|政府|党委|党工委|委员会|管委会|部门|单位|机构|机关|部委|委办局|厅局|局|厅|委|办|办公室|办事处"
                             r"|公司|中心|街道|乡镇|苏木|[（(][^（）()]{1,8}[）)]|村|社区|组织|党支部|学校|院校|企业|兵团)$"
                             # places of a kind sharing the list's head (各省、自治区、直辖市人民政府)
                             r"|^各?(?:省|自治区|直辖市|计划单列市|副省级市|市|县|区|州|盟|旗|地区)$")


def _glued_addressee(text: str, start: int, furniture: list[tuple[int, int]]) -> tuple[int, int] | None:
    pos = start
    for s, e in sorted(furniture):  # (the page's furniture lines before the notice's first sentence)
        if s <= pos + 1 and e >= pos:
            pos = e
    while pos < len(text) and text[pos] in " \n\u3000\t":
        pos += 1
    m = GLUED_ADDRESSEE.match(text, pos)
    if not m or text.find("\n", pos, m.end()) >= 0:
        return None  # (an addressee on a line of its own is the layout's)
    # (split outside brackets: 各县（市、区）人民政府 is one piece)
    pieces = [x for x in re.split(r"[、，,](?![^（(]*[）)])", re.sub(r"\s+", "", m.group("a"))) if x]
    if len(pieces) < 2 and not m.group("a").startswith("各"):
        return None  # one organ before a colon may be a speaker or a label, not an addressee
    if not all(ADDRESSEE_PIECE.search(x) for x in pieces):
        return None  # 为加强…工作，现通知如下： a transition, no addressee
    return m.start("a"), m.end()


def _subtract(ranges: list[tuple[int, int]], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in ranges:
        cur = a
        for s, e in sorted(skip):
            if e <= cur or s >= b:
                continue
            if s > cur:
                out.append((cur, s))
            cur = max(cur, e)
        if cur < b:
            out.append((cur, b))
    return out


# Organs renamed by a reform (organ_era_names.tsv): a short form written in a notice of the years before names the
# organ of its time (spec 1.1 section 5: the full official name of the time), `县交通局` in 2006 the 交通局.
def _document_year(ctx: Context) -> int | None:
    md = ctx.metadata
    if md is None:
        return None
    if md.issue_date:
        return int(md.issue_date[:4])
    found = re.search(r"[〔\[（(【]((?:19|20)\d\d)[〕\]）)】]", md.doc_number or "")
    return int(found.group(1)) if found else None


# (s34-era, guide D99) The issue date as far as the source gives it (`2000-03-15`, `2000-03`): a reform whose date the
# era tables know to the month (column reform_date) is read at that date, not by the year alone (a notice of March
# 1998 writing 国家计委 is after the 1998 plan of 10 March: the 国家发展计划委员会). No issue date: the year as before.
ISSUE_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?")


def issue_date_prefix(issue_date: str | None) -> str | None:
    """The issue date as far as it is known (`2000-03-15`, `2000-03`), or None."""
    found = ISSUE_DATE.match(issue_date or "")
    return found.group(0) if found else None


def _document_date(ctx: Context) -> str | None:
    return issue_date_prefix(ctx.metadata.issue_date) if ctx.metadata is not None else None


def _before_reform(year: int, until: int, reform_date: str, date: str | None) -> bool:
    """Whether a notice of `year` (its issue `date` when known) is of the time before a reform: before the row's
    reform_date when both are known far enough to tell (a date of the reform's own month without its day against a
    reform known to the day is not told), else of `until` or earlier."""
    if date and reform_date:
        n = min(len(date), len(reform_date))
        if date[:n] != reform_date[:n]:
            return date[:n] < reform_date[:n]
        if len(date) >= len(reform_date):
            return False  # on the reform's date or in its month: the new organ
    return year <= until


@lru_cache(maxsize=1)
def _era_names() -> tuple[tuple[str, str, int, str, str], ...]:
    return tuple((r["written"], r["today"], int(r["until"]), r["then"], r.get("reform_date") or "")
                 for r in load_table("organ_era_names"))


@lru_cache(maxsize=1)
def _era_names_by_last() -> dict[str, tuple[tuple[str, str, int, str, str], ...]]:
    """(speed only, s15f) _era_names() by the last character of their written form, each bucket in the table's order
    (a written form ends with `short` only when both end with its last character; no row has an empty form)."""
    by_last: dict[str, list] = {}
    for row in _era_names():
        by_last.setdefault(row[0][-1:], []).append(row)
    return {k: tuple(v) for k, v in by_last.items()}


# (s37-names, guide D101 made precise in BR 3) `自治区编制部门`, `市机构编制部门` with one place's marker: the organ that held
# the function in that place at the issue date, where pipeline/data/organ_function_offices.tsv sources its holder (the
# level's 机构编制委员会办公室, the government's until the 2018-2019 reforms, the party committee's since); a level word or
# a determiner (`县级以上机构编制部门`, `同级编制部门`) stays a collective as written (no marker: not read here).
@lru_cache(maxsize=1)
def _function_offices() -> dict[str, tuple[int, str, str]]:
    return {r["function"]: (int(r["until"]), r["then"], r["since"]) for r in load_table("organ_function_offices")}


def _function_office(function: str, place: str, year: int) -> str:
    until, then, since = _function_offices()[function]
    # (an autonomous region's committee is written whole before its offices, 中共<region>委员会宣传部, as the golds write it)
    committee = place + "委员会" if place.endswith("自治区") else place + "委"
    return (then if year <= until else since).format(place=place).replace(f"中共{place}委", f"中共{committee}")


def _name_of_its_time(written: str, name: str, year: int, date: str | None = None) -> str:
    if year <= 2017 and name.startswith("国家税务总局") and len(name) > 9 and written.endswith("税务局") \
            and not written.startswith(("国家税务", "国税")):
        # (s19-org) 市税务局 in a notice before the 2018 merger of the 国税/地税 bureaus: the local 税务局 of its time, as
        # written (spec 1.1 section 5: renamed organs are named as they were), not today's branch of 国家税务总局
        return name[len("国家税务总局"):]
    if year <= 2018 and name.endswith(("委机构编制委员会办公室", "自治区委员会机构编制委员会办公室")) and name.startswith("中共") \
            and not name.startswith("中共中央") and not re.search(r"委编|党委|中共", written):
        # (s20-org) 县编办, 省编委办公室 in a notice before the 2018-2019 reforms put the local 编办 under the party
        # committee: the 机构编制委员会办公室 of its government's level as named then (spec 1.1 section 5, renamed organs)
        # ((s37-names) an autonomous region's committee is written whole before it, 中共<region>委员会机构编制…)
        place = name[2:-len("机构编制委员会办公室")]
        return place.removesuffix("委员会" if place.endswith("自治区委员会") else "委") + "机构编制委员会办公室"
    # (s30-articles) a place's own row first: it names the organ where the general row keeps the name as written
    # (省价格主管部门: 江苏省物价局 of 2010 by its row, the 价格主管部门 of a province without one)
    for place, short, today, until, then, reform in _local_era_names().get(written[-1:], ()):
        if written.endswith(short) and name == place + today and _before_reform(year, until, reform, date):
            return place + then
    for short, today, until, then, reform in _era_names_by_last().get(written[-1:], ()):
        if written.endswith(short) and name.endswith(today) and _before_reform(year, until, reform, date):
            return name[:-len(today)] + then
    return name


def _function_kept_without_a_year(written: str, name: str) -> str:
    """(s30-articles, guide D101) An undated notice's function-named authority whose holder changed with a reform
    (`省价格主管部门`: the 物价局, then the 发展和改革委员会): kept as written with its place, as the era rows that keep a
    name as written (their `then` a 部门) give it for the years before the reform."""
    for short, today, _until, then, _reform in _era_names_by_last().get(written[-1:], ()):
        if then.endswith("部门") and written.endswith(short) and name.endswith(today):
            return name[:-len(today)] + then
    return name


@lru_cache(maxsize=1)
def _local_era_names() -> dict[str, tuple[tuple[str, str, str, int, str, str], ...]]:
    """(s26-org) Place-bound renamings (organ_local_era_names.tsv): a short form whose full name in organ_local_names.tsv
    a place's later reform gave (上海市闵行区 房管局 -> 住房保障和房屋管理局 since 2019) names, in a notice of the years up
    to `until`, the organ of its time (区房屋管理局; spec 1.1 section 5). By the last character of the written form."""
    by_last: dict[str, list] = {}
    for r in load_table("organ_local_era_names"):
        by_last.setdefault(r["written"][-1:], []).append((r["place"], r["written"], r["today"], int(r["until"]), r["then"],
                                                          r.get("reform_date") or ""))
    return {k: tuple(v) for k, v in by_last.items()}


# (s29-org2, guide D99) A central organ whose name was already out of date at the issue date (`国家地震局` in a 2015 plan's
# list of partners, renamed 中国地震局 in 1998) is written as the organ of the issue date (spec 1.1 section 5: organs of
# their time), following organ_renamed_central.tsv (one-to-one renames and 组建…不再保留 successors only; organs split
# between several successors, 国家质检总局 in 2018, are left as written). Strictly after the year of the rename, or from
# the rename's reform_date on where the table and the issue date both know it (s34-era). (s36-names) Also as the author
# of an earlier rule, bare or written 原X (`建设部等九部门《廉租住房保障办法》`, `原劳动部1996年发布的《…》`): guide D99
# confirmed in S32 (a347) and with 原 (CN1 Q3) reads those as the organ of the issue date too.
@lru_cache(maxsize=1)
def _renamed_central() -> dict[str, tuple[str, int, str]]:
    return {r["written"]: (r["successor"], int(r["renamed"]), r.get("reform_date") or "")
            for r in load_table("organ_renamed_central")}


def _successor_at(name: str, year: int, date: str | None = None) -> str:
    table = _renamed_central()
    for _ in range(4):  # 劳动部 → 劳动和社会保障部 (1998) → 人力资源和社会保障部 (2008)
        row = table.get(name)
        if row is None or _before_reform(year, row[1], row[2], date):
            break
        name = row[0]
    return name


def document_jurisdiction(ctx: Context) -> Jurisdiction:
    md = ctx.metadata
    if md.region:
        return _directly_under_province(jurisdiction_of(md.region, md.admin_level), md.region)
    return guess_jurisdiction(ctx)


@lru_cache(maxsize=1)
def _county_units_under_provinces() -> frozenset[tuple[str, str]]:
    """County-level units directly under their province (海南省澄迈县, 湖北省仙桃市, 河南省济源市, 新疆维吾尔自治区石河子市):
    rows of the national region table at county level without a prefecture."""
    return frozenset((r["province"], r["name"]) for r in load_table("regions")
                     if r["level"] == "county" and not r["prefecture"] and r["province"])


def _directly_under_province(j: Jurisdiction, region: str) -> Jurisdiction:
    """(s16) A county directly under its province is the county of its notice, not a prefecture: `县公安局` in a
    海南省澄迈县 notice is 澄迈县公安局 (spec 1.1 section 5: 县 is the document's own county); its towns keep it."""
    if j.county or not j.prefecture or not j.province or j.level not in ("county", "township") \
            or (j.province, j.prefecture) not in _county_units_under_provinces():
        return j
    rest = region[region.find(j.prefecture) + len(j.prefecture):]
    township = rest if j.level == "township" and rest.endswith(TOWNSHIP_ENDS) else None
    return Jurisdiction(province=j.province, prefecture=None, county=j.prefecture, level=j.level, township=township)


TOWNSHIP_ENDS = ("镇", "乡", "街道", "苏木")


# The levels a reply or letter writes with 你 for its addressee's jurisdiction (你省, 你市, 你区).
ADDRESSEE_MARKERS = set("省市县区州")


def _addressee_jurisdiction(ctx: Context) -> Jurisdiction | None:
    """The place of a single addressee (`四川省人民政府：`), for 你省/你市 in a reply or letter; None
    when the addressee line names none, or several (各省、自治区…)."""
    layout = ctx.layout
    if layout.addressee is None:
        return None
    line = to_simplified(re.sub(r"\s+", "", layout.addressee.text))
    if re.search(r"[、，,各]", line):
        return None
    row = lookup_place(line)
    if row is None:
        return None
    return jurisdiction_of_row(row)


# (s32-org) `武汉市社会保险行政部门`, `武汉市财政部门` in a province's rule: a named city or county written before a
# function-named organ of its level. The level pattern reads the bare level (`市财政部门`: every city, a collective) and
# lost the place; the place is the level (spec 1.1 section 5: the organ of that place, `武汉市财政局`; guide D101: the
# department that holds the function there where pipeline/data sources it, else the name with the place). Only a
# place of the table whose name ends in the marker, in the document's province (a county's name is no unique key).
PLACE_MARKERS = frozenset("市县区州旗")


def _whole_mention(written: str) -> Mention | None:
    """The one organ mention read in `written` when it spans all of it (a name rebuilt to be read again), else None."""
    found = find_mentions(written)
    return found[0] if len(found) == 1 and found[0].start == 0 and found[0].end == len(written) else None


def _named_place_before(text: str, m: Mention, j: Jurisdiction):
    end = m.start + 1 if m.kind != "sector" else m.start  # (a sector read alone: the place's marker before it)
    if text[end - 1:end] not in PLACE_MARKERS and is_simplified(text[max(0, end - 11):end]):
        return None  # (speed only, s32-speed2: each place below is then written as is and ends on no marker)
    for k in range(max(0, end - 11), end - 2):
        place = to_simplified(text[k:end])
        row = region_row(place)
        if row is None or row["level"] not in ("prefecture", "county") or place[-1] not in PLACE_MARKERS \
                or (j.province and row["province"] != j.province):
            continue
        placej = jurisdiction_of_row(row)
        written = place[-1] + text[end:m.end]
        whole = _whole_mention(written)
        if whole is None or whole.scope != "levelsector":
            return None
        names = canonical_names([whole], written, placej)[0]
        if not names or any(n.startswith(place[-1]) for n in names):
            return None
        return replace(whole, start=k, end=m.end, text=text[k:m.end], place=text[k:end]), names
    return None


def named_mentions(doc: CleanDoc, ctx: Context, layers: tuple[str, ...] | None = None) -> list[NamedMention]:
    """Every organ mention in the body with its canonical name(s), in text order; recognised once
    per document and shared by the extractors that read organs (departments, responsibilities)."""
    if layers is None:
        return ctx.shared("organ_mentions", lambda: recognise_organs(doc, ctx, ctx.settings.organ_layers))
    return recognise_organs(doc, ctx, layers)


TITLE_AFTER_COMMITTEE = ("书记", "副书记", "常委")


# (s20-org) A central organ's branch named with an autonomous prefecture written short (人行楚雄州中心支行, 国家外汇管理局
# 延边州中心支局, 延边银保监分局): the place written in full inside the branch's name (spec 1.1 section 5: place names
# are written in full, `阿坝州` -> `阿坝藏族羌族自治州`), as the golds name them (A1 a08, A4 a41).
BRANCH_OWNERS = ("中国人民银行", "国家外汇管理局", "中国银行保险监督管理委员会", "中国银行业监督管理委员会",
                 "中国保险监督管理委员会", "中国证券监督管理委员会", "国家金融监督管理总局")


def _full_places_in_branches(out: list[NamedMention]) -> list[NamedMention]:
    from ..nlp.organs import short_prefectures

    shorts = None
    fixed = []
    for nm in out:
        if nm.mention.kind == "named" and nm.name.startswith(BRANCH_OWNERS) and "州" in nm.name:
            shorts = shorts if shorts is not None else sorted(short_prefectures().items(), key=lambda kv: -len(kv[0]))
            for short, full in shorts:
                k = nm.name.find(short)
                if k > 0 and full not in nm.name:
                    nm = NamedMention(nm.mention, nm.name[:k] + full + nm.name[k + len(short):])
                    break
        fixed.append(nm)
    return fixed


# (s23-org3) 人民银行 written bare in a provincial notice's list of sectors or organs (`发展改革、财政、税务、人民银行等部门`):
# the People's Bank at the document's level (guide D41: a short organ name inside a bare-sector list is that organ named
# in full at the document's level and year), the province's PBoC organ of the year (organ_pboc_provincial.tsv: the
# regional branch, the 营业管理部 or the capital's 中心支行 from the 1998 reform; the province's 分行 from 2023's), not
# the central bank. Only inside a list (a 、 or 和/及 joins it, or 等 closes it): elsewhere the central bank as before.
PBOC_IN_LIST_BEFORE = frozenset("、和及与")
PBOC_IN_LIST_AFTER = re.compile(r"[、和及与等]")


@lru_cache(maxsize=1)
def _pboc_provincial() -> dict[str, tuple[tuple[str, int, int], ...]]:
    rows: dict[str, list[tuple[str, int, int]]] = {}
    for r in load_table("organ_pboc_provincial"):
        rows.setdefault(r["province"], []).append((r["name"], int(r["from"] or 0), int(r["until"] or 0)))
    return {k: tuple(v) for k, v in rows.items()}


def _provincial_pboc(province: str, year: int | None) -> str | None:
    rows = _pboc_provincial().get(province, ())
    if year is None:
        return None
    for name, first, until in rows:
        if (not first or first <= year) and (not until or year < until):
            return name
    if rows and year >= max(u for _, _, u in rows):
        return "中国人民银行" + province + "分行"
    return None


def _provincial_pboc_in_lists(text: str, out: list[NamedMention], province: str, year: int | None) -> list[NamedMention]:
    name = _provincial_pboc(province, year)
    if name is None:
        return out
    done = []
    for nm in out:
        m = nm.mention
        if nm.name == "中国人民银行" and m.text == "人民银行" and (
                (m.start > 0 and text[m.start - 1] in PBOC_IN_LIST_BEFORE) or PBOC_IN_LIST_AFTER.match(text, m.end)):
            done.append(NamedMention(m, name))
            continue
        done.append(nm)
    return done


@lru_cache(maxsize=1)
def _town_office_words() -> dict[str, str]:
    """(s20-org) A town's offices written short (pipeline/data/organ_township_units.tsv, offices only, no placeholder):
    written form -> the name it is given after the town's chain."""
    return {r["written"]: r["canonical"] for r in load_table("organ_township_units")
            if r["kind"] == "office" and "{" not in r["canonical"]}


def _board_written_out(name: str) -> str:
    """(s26-org, guide D59) A zone's board written short inside a collective (`各园区管委会`, `各开发区管委会`) is written
    out like any short form: `各园区管理委员会` (the named boards are written out where they are named)."""
    return name[:-3] + "管理委员会" if name.endswith("管委会") else name


# (s26-org) `完成本级食品安全委员会及其办公室组建工作`, `市防汛抗旱指挥部及其办公室要加强值守`: a working body and its own office,
# two organs (spec 1.1 section 5: an organ's office or working body), the office named by the body's name (as the
# assignments read `X领导小组及其办公室牵头`; b8 adjudication d110). Collectives keep their determiner (`本级…办公室`).
BODY_AND_ITS_OFFICE = ("及其办公室", "和其办公室")
OFFICE_BODY_HEADS = ("领导小组", "工作小组", "协调小组", "协调组", "委员会", "联席会议", "指挥部", "工作专班", "专班")


def _bodies_and_their_offices(text: str, out: list[NamedMention]) -> list[NamedMention]:
    added = []
    for nm in out:
        m = nm.mention
        if text.startswith(BODY_AND_ITS_OFFICE, m.end) and nm.name.endswith(OFFICE_BODY_HEADS):
            office = nm.name + "办公室"
            if not any(o.name == office and o.mention.start == m.end + 2 for o in out):
                added.append(NamedMention(Mention(m.end + 2, m.end + 5, "办公室", "named", "asis", office, layer="pattern"),
                                          office))
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# (s26-org, spec 1.1 section 5 and guide D6, D24) `落实地方政府负总责、监管部门各负其责、企业为第一责任人的责任体系`: generic
# actors named as the roles of a system of responsibility the text describes (a slogan, like `党委领导、政府负责`) are no
# organs; a determiner (`各级政府`) or a place written out (`县政府`) keeps them. The roles run as one 、-list up to the
# system's noun.
ROLE_SYSTEM = re.compile(r"(?:负总责|负主责|各负其责|各司其职)(?:、[^。；：，,\n]{1,16}?)*?的\p{Han}{0,6}?"
                         r"(?:责任体系|工作机制|工作格局|责任制|格局|体系|机制)")
ROLE_DETERMINERS = ("各", "有关", "相关", "本级", "同级", "所在")


def _role_in_a_system(text: str, nm: NamedMention) -> bool:
    m = nm.mention
    return nm.name == m.text and not m.text.startswith(ROLE_DETERMINERS) and ROLE_SYSTEM.match(text, m.end) is not None


# (s26-org) `县新型农村合作医疗管理委员会和监督委员会`: two committees of one matter, the second written with its own function
# word alone; the qualifier before the first's function word is shared (spec 1.1 section 5, a shared prefix inherited by
# the list): 望奎县新型农村合作医疗监督委员会. Only the function words such paired committees are named by.
PAIRED_COMMITTEE = re.compile(r"[和及与、](?P<f>管理|监督|协调|议事|仲裁)委员会(?![\p{Han}&&[^和及与、要应负对每等]])")
PAIRED_COMMITTEE_FIRST = ("管理委员会", "监督委员会", "协调委员会", "议事委员会", "仲裁委员会")


def _committees_sharing_a_qualifier(text: str, out: list[NamedMention]) -> list[NamedMention]:
    added = []
    taken = {(nm.mention.start, nm.mention.end) for nm in out}
    for nm in out:
        m = nm.mention
        if m.kind != "named" or not nm.name.endswith(PAIRED_COMMITTEE_FIRST) or len(nm.name) <= 7:
            continue
        second = PAIRED_COMMITTEE.match(text, m.end)
        if second is None or second.group("f") + "委员会" == nm.name[-5:] \
                or any(a < second.end() and second.start() + 1 < b for a, b in taken):
            continue
        name = nm.name[:-5] + second.group("f") + "委员会"
        added.append(NamedMention(Mention(second.start() + 1, second.end(), second.group(0)[1:], "named", "asis", name,
                                          layer="pattern"), name))
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# The words a working body's name holds (领导小组, 工作专班, 指挥部, and 领导组 as Shanxi writes it): the passes on a
# place's own bodies and on their short names run only where one is written. One list, read once a document, so that a
# word added for one pass (s31-org added 领导组 to both) reaches the other.
WORKING_BODY_CUES = ("小组", "专班", "指挥部", "领导组")


# (s38-organs) the head of an authority a statute names by its function (水行政主管部门, 价格主管部门, 环境保护行政主管部门)
PROVINCE_AUTHORITY_STEM = re.compile(r"\p{Han}{1,10}?(?:行政主管|主管)部门")


def recognise_organs(doc: CleanDoc, ctx: Context, layers: tuple[str, ...]) -> list[NamedMention]:
    """The one entry point of organ recognition on a document: body segments → mentions (rule
    layers, optional NER) → canonical names with the document's jurisdiction."""
    text = ctx.scan_text(doc.text)
    tortoise = "〔" in text
    if tortoise:
        written = text
        # 各县〔市、区〕人民政府: a copy that writes the places' bracket with 〔〕 (the 发文字号's bracket) names the
        # same collective as （）; read with （）, same offsets (quotes are taken from the document's own text)
        text = text.replace("〔", "（").replace("〕", "）")  # (TORTOISE_BRACKETS; s16: str.translate by a dict is ~30x slower)
    authority_words = AUTHORITY_AS_AGENCY in text
    if authority_words:
        # (s28-org) 气象主管机构: the 气象法 (1999, 第五条) names the weather authority of each level 气象主管机构 (the 气象局 of
        # 中国气象局's vertical system), where other statutes write 主管部门; read as 气象主管部门 (same offsets) and named back
        # with 机构 (a collective as written; `省气象主管机构` is the province's 气象局, as `省气象主管部门` is)
        text = text.replace(AUTHORITY_AS_AGENCY, AUTHORITY_AS_DEPARTMENT)
    if "〈" in text:
        # (s20-org) 各县〈市〉区政府: a web copy writing the places' bracket with 〈〉 names the collective of （）, read and
        # named with （） (the A4 gold names it so; unlike 〔〕 no copy writes 〈〉 in an organ's own name); same offsets
        text = text.replace("〈", "（").replace("〉", "）")
    straight_quotes = '"' in text
    if straight_quotes:
        # (s32-org) `县农村"厕所革命"工作领导小组`: a web copy typing the quotation marks of a body's name as straight
        # quotes; read with “” (the body patterns hold quoted names written so), same offsets, and named back as written
        text = _curly_quotes(text)
    j = document_jurisdiction(ctx)
    out: list[NamedMention] = []
    segments = body_segments(doc, ctx)  # found once, read twice
    year, date = _document_year(ctx), _document_date(ctx)
    memo: dict = {}  # (the document's names of mentions written alike: canonical_names)
    town_chain = j.township_chain() if j.township else None
    town_words = _town_office_words() if town_chain and town_chain.endswith(j.township) else None
    for a, b in segments:
        mentions = find_mentions(text, a, b, layers=layers)
        mentions = [m for m in mentions if not _second_sign(text, m, mentions)]
        addressed = None
        for m, names in zip(mentions, canonical_names(mentions, text, j, memo)):
            if text.startswith(SEAT_OF_GOVERNMENT, m.end) and m.text.endswith(("政府", "办事处")):
                continue  # (s19-org) 镇人民政府驻地, 县政府所在地: the seat, a place (spec 1.1 section 5: places are not organs)
            if (m.scope == "levelsector" and m.marker in PLACE_MARKERS or m.kind == "sector") and m.start > 1 \
                    and _is_han_char(text[m.start - 1]):
                named = _named_place_before(text, m, j)
                if named is not None:
                    m, names = named
            if m.start > 0 and text[m.start - 1] == "你" and text[m.start:m.start + 1] in ADDRESSEE_MARKERS:
                # 你省有关部门 (guide D20): the addressee's jurisdiction, written out like 本省
                addressed = addressed if addressed is not None else _addressee_jurisdiction(ctx)
                if addressed is not None:
                    names = canonical_names([m], text, addressed)[0]
            if m.scope == "partycommittee" and names == [m.text] and text.startswith(TITLE_AFTER_COMMITTEE, m.end):
                continue  # 县委书记要…抓好 in a central or provincial notice: a title of every county, no organ of the text
            if town_words and m.layer == "gazetteer" and m.kind == "named" and m.text in town_words and not m.marker \
                    and not m.place and m.start > 0 and text[m.start - 1] not in "县市区省州":
                # (s20-org) 应急办 written bare in a town's own notice (责任单位：应急办、综治中心…): the town's office, as
                # 镇应急办 (spec 1.1 section 5: an organ of the document's own jurisdiction), not the county government's
                names = [town_chain + town_words[m.text]]
            if m.kind == "collective" and m.marker in ("省", "自治区") and m.text == m.marker and m.stem \
                    and PROVINCE_AUTHORITY_STEM.fullmatch(m.stem) and j.province and j.level == "province" \
                    and names == [j.province + m.stem]:
                # (s38-organs, spec 1.1 section 5 a shared head distributed; guide D101) `省、市、县水行政主管部门` in a
                # province's rules: its own level, read alone from the list, is the organ holding the function, as
                # `省水行政主管部门` written alone is (organ_function_sectors.tsv; of its time by the era rows); the
                # levels below stay collectives as written
                organ = sector_organ(_function_word(m.stem[:-2]), m.marker)
                if organ and organ[0] == "local":
                    held = j.province + organ[1]
                    names = [_name_of_its_time(m.marker + m.stem, held, year, date) if year is not None
                             else _function_kept_without_a_year(m.marker + m.stem, held)]
            # (s32-data) a municipality's function-named authority its organ names (`市价格主管部门` -> 上海市发展和改革委员会,
            # canonical._municipal_function_organ): the organ of its time, as a province's
            function_held = m.kind == "collective" and m.marker == "市" and m.text.endswith("部门") \
                and any(not n.endswith("部门") for n in names)
            if year is not None and (m.kind == "named" or function_held):
                names = [_name_of_its_time(m.text, name, year, date) for name in names]
                names = [_successor_at(name, year, date) if name in _renamed_central()
                         else name for name in names]
            elif (m.kind == "named" and m.scope == "levelsector") or function_held:
                names = [_function_kept_without_a_year(m.text, name) for name in names]
            if year is not None and m.kind == "named" and m.scope == "levelsector" and m.stem \
                    and m.stem[:-2] in _function_offices():
                names = [_function_office(m.stem[:-2], name[:-len(m.stem)], year) if name.endswith(m.stem) and
                         len(name) > len(m.stem) else name for name in names]
            # (s23-town, guide D43 of S22) 各县〔市〕人民政府, 各村〔社区〕: a collective whose bracket a web editor typed as 〔〕
            # is named with round brackets, inside an annotation or not (the s19 as-written 〔〕 name is gone; the quote
            # keeps the text as written)
            for name in names:
                out.append(NamedMention(m, _board_written_out(_full_width_brackets(to_simplified(name)))))
    if "各" in text:
        out = _places_sharing_each(text, written if tortoise else text, segments, out)
    if "沿" in text or "三角洲" in text or "流域" in text:
        out = _places_qualified_by_where(text, out)
    if "中共" in text:
        out = _committees_with_level_twice(text, segments, out)
    if "行委" in text or "行政委员会" in text:
        out = _area_administrative_committees(text, segments, out)
    if (j.central or j.level in ("province", "prefecture")) and "、" in text:
        out = _governments_of_listed_levels(text, segments, out, j)
    if "自治区、直辖市" in text:
        out = _provinces_and_cities_sharing_a_government(text, segments, out)
    if j.central and "会同" in text:
        out = _under_a_lower_actor(text, out)
    if "级" in text:
        out = _level_words_before_collectives(text, out)
    if "级部门" in text:
        out = _level_departments(text, segments, out)
    if "机关" in text:
        out = _machinery_collectives(text, segments, out, j)
    if "）" in text or ")" in text:
        out = _bracketed_divisions(text, segments, out, year)
    if "处室" in text:
        out = _divisions_by_shared_head(text, segments, out)
    if "司" in text and "处" in text:
        out = _divisions_of_departments(text, segments, out, year)
    out = _divisions(text, segments, out, ctx.metadata.issuers if ctx.metadata else [], j, year)
    if ("我" in text or "部里" in text) and ctx.metadata and len(ctx.metadata.issuers) == 1:
        out = _issuer_self_references(text, segments, out, ctx.metadata.issuers[0])
    if j.central and ("司局" in text or "司（局）" in text or "流域机构" in text or "派出机构" in text):
        out = _ministry_units(text, segments, out, ctx.metadata.issuers if ctx.metadata else [])
    if "司" in text or "办公厅" in text or "各" in text or "局" in text or "部" in text:
        out = _central_divisions(text, segments, out, year)
        if "司" in text and "处" in text:
            out = _divisions_after_departments(text, segments, out)
    if "办公" in text:
        out = _congress_offices(text, segments, out)
        if "其办公室" in text:
            out = _bodies_and_their_offices(text, out)
    if "委员会" in text:
        out = _committees_sharing_a_qualifier(text, out)
    out = _police_stations(text, segments, out, j)
    if "交通支队" in text and j.province in _city_traffic_units():
        out = _district_traffic_units(text, segments, out, j)
    if "生态环境局" in text or "生態環境局" in text:
        out = _county_stem_bureaus(text, out, j)
    if "州" in text:
        out = _full_places_in_branches(out)
    if j.level == "province" and j.province and "人民银行" in text:
        out = _provincial_pboc_in_lists(text, out, j.province, year)
    if j.township:
        out = _town_people_organisations(out, j)
        if "人大主席" in text:
            out = _town_congress_chair(text, segments, out, j)
        if "主席团主席" in text or "主席团副主席" in text:
            out = _presidium_chair_title(text, out)
        if "办公室" in text or "工作专班" in text:
            out = _town_bare_offices(text, segments, out, j)
        out = _town_short_offices(text, out, j)
        if "办公室" in text:
            out = _town_office_tails(text, out, j)
        if "办公室（" in text or "办公室(" in text or "办（" in text or "办(" in text or "所（" in text or "所(" in text:
            out = _town_office_second_names(text, out, j)
        if j.township.endswith("街道") and "办事处" in text:
            out = _bare_street_office(text, segments, out, j)
    if j.county and "分社" in text:
        out = _cooperative_branches(text, out, j)
    if "驻" in text:
        out = _government_outposts(text, out)
    if "各" in text and ("管理委员会" in text or "管委会" in text):
        out = _zone_boards_named_in_a_bracket(text, segments, out)
    if "分局" in text:
        out = _own_county_branches(text, segments, out, j)
        if j.township and (j.county or j.prefecture):
            # ((s40-organs) or a town directly under its city, 东莞市/中山市's towns: the city's bureau keeps the branch)
            out = _town_branches_of_county_bureaus(text, segments, out, j)
    if j.county and ("中队" in text or "所" in text or "站" in text or "执法大队" in text or "办事处" in text):
        out = _town_squads(text, out, j)
    if j.county and ("市场监" in text or "司法所" in text or "工商所" in text or "工商行政管理所" in text):
        out = _named_market_stations(text, segments, out, j)
    not_departments, unnamed = stdlib_twin(NOT_DEPARTMENTS).search, stdlib_twin(UNNAMED_BODY).match  # (the same matches, faster)
    out = [nm for nm in out if not not_departments(nm.name) and not unnamed(nm.name)]
    if any(end in text for end, _ in _separated_enterprises()):
        out = [nm for nm in out if not _enterprise_of_its_time(nm.name, year)]
    if "部门户" in text:
        # (s33-org) `水利部门户网站`, `加强农业部门户网站建设`: the ministry's portal (部 + 门户网站), no sector's 部门 (a
        # word read across its boundary: 门户 is one word)
        out = [nm for nm in out if not (nm.mention.text.endswith("部门") and text.startswith("户", nm.mention.end))]
    if "部门" in text:
        out = [nm for nm in out if not _category_or_inner_department(text, nm)]
    if "相应" in text:
        out = [nm for nm in out if not _set_up_correspondingly(text, nm)]
    if "兵团" in text:
        # (s21-org) 新疆生产建设兵团 written alone in the body (`中西部省份及新疆生产建设兵团`, `计划单列市和新疆生产建设兵团
        # 可各推荐1个园区`, `新疆生产建设兵团参照本办法执行`): a province-level unit used as a place, not an organ acting
        # (spec 1.1 section 5: places used as actors are not departments, except inside an assignment; A1, A4, A8
        # golds); its bodies (`兵团农业农村局`) stay, and so does the unit an assignment word follows
        out = [nm for nm in out if not (nm.mention.text in PROVINCE_LEVEL_PLACES and nm.name in PROVINCE_LEVEL_PLACES
                                        and not ASSIGNED_AFTER.match(text, nm.mention.end)
                                        and not _listed_with_organs(text, nm.mention, out))]
    if "各地" in text:
        out = [nm for nm in out if not (nm.name in NO_KIND_OF_PLACE and not _assigned_place(text, nm.mention))]
    if "机关负责人" in text or "机关主要负责人" in text:
        out = [nm for nm in out if not _function_organ_in_a_title(text, nm)]
    if "工作机构" in text:
        out = [nm for nm in out if not _grassroots_working_unit(text, nm.mention)]
    if "两级财政" in text:  # (s19-org3) an upper level that is not the document's (市、县两级财政 in a province's notice)
        out = [nm for nm in out if not (nm.mention.text.endswith("两级财政") and nm.name in UNPLACED_FINANCE)]
        out = _lower_level_finance(text, out)
    if "部署" in text:
        out = _deployments(text, out)
    if "负总责" in text or "各负其责" in text:
        out = [nm for nm in out if not _role_in_a_system(text, nm)]
    if "委" in text and "办" in text:
        out = _committee_offices(text, out)
    working_bodies = any(w in text for w in WORKING_BODY_CUES)
    if j.county and working_bodies:
        out = _own_place_bodies(text, segments, out, j)
        if "成立" in text or "设立" in text or "组建" in text:
            out = _bodies_set_up_by_own_level(text, out, j)
    # (the city government's own notices only: a bureau's notice sets up the bureau's groups)
    if j.level == "prefecture" and j.prefecture and working_bodies and ctx.metadata \
            and any(i.endswith(("人民政府", "人民政府办公厅", "人民政府办公室")) for i in ctx.metadata.issuers) \
            and ("建立" in text or "成立" in text or "设立" in text or "组建" in text):
        out = _bodies_set_up_by_the_city(text, out, j)
    if "各级" in text:
        out = _each_level_bodies(text, out)
    if "村工作组" in text or "片工作组" in text or "村工作队" in text or "片工作队" in text:
        out = _village_work_teams(text, segments, out)
    if "监局" in text or "监分局" in text or "金融监管" in text:
        out = _regulator_office_kinds(text, segments, out)
    if "下设办公室" in text or "办公室设" in text or "办公室（设" in text or "办公室负责" in text or "办公室承担" in text \
            or ("报" in text and "会议办公室" in text) or "小组办公室" in text:
        out = _offices_under_a_group(text, segments, out)
    if ("下设" in text or "组成" in text or "成立" in text) and "组" in text:
        out = _teams_under_a_group(text, segments, out)
    if j.county and "督查组" in text:
        out = _teams_formed_by_own_organs(text, segments, out, j)
    if j.township and ("派出所" in text or "司法所" in text or "市场监管所" in text or "市场监督管理所" in text
                       or "局" in text and "所" in text):
        out = _bare_stations_named_by_place(out, j)
    if working_bodies or "联席会议办公室" in text:  # (every BARE_GROUP_ENDS word holds a cue or is the joint meeting's office)
        out = _bare_group_references(out, j)
    if "办" in text:  # (every 办公室 holds 办)
        seats = _seats(text)  # found once for both readings
        if "办公室" in text:
            out = _group_office_short_forms(out, seats)
        out = _short_forms_written_in_full(out, seats)
    if "委员会" in text:
        out = _commissions_written_in_full(out)
    if "所" in text:
        out = _stations_written_in_full(out)
    out = _fuller_names(_government_variants(out))
    if working_bodies:
        out = _bodies_named_short(out, j)
    if "主管部门" in text or "主管机构" in text:
        out = _field_authorities_written_bare(text, segments, out)
        if "）、" in text or ")、" in text:
            out = _bracketed_levels_sharing_an_authority(text, out, to_simplified(doc.text))
    if "统称" in text or "简称" in text:
        out = _declared_group_terms(text, segments, out)
    if "以下" in text and ("设置" in text or "设立" in text or "指定" in text):
        out = _unit_declared_terms(text, out)
    if "等行政主管部门" in text:
        out = _sectors_sharing_a_written_head(text, out)
    out = _short_names(text, segments, out, j)
    if "全" in text:
        out = _whole_level_collectives(text, out)
    if "简称" in text:
        out = _declared_terms_in_body_names(text, out)
    if "筹备组" in text:
        out = _preparatory_groups(text, out)
    if straight_quotes:
        out = [NamedMention(nm.mention, nm.name.replace("“", '"').replace("”", '"'))
               if ("“" in nm.name or "”" in nm.name) and "“" not in doc.text[nm.mention.start:nm.mention.end] else nm
               for nm in out]
    return _agency_words_written_back(doc.text, out) if authority_words else out


# (s38-organs) The preparatory group of an organ being set up (`江西银保监局筹备组`, `省市场监督管理局筹备组`,
# `县医疗保障局筹备组`): in the months between a reform plan and an organ's opening (the 2018-2019 state and local
# reforms; the CBIRC's provincial offices took their seals in early 2019), its work is done by the 筹备组, a working
# body of its own, named as the organ it prepares with 筹备组 after it (spec 1.1 section 5: working bodies are organs;
# the name as written at the time, not today's successor)
PREPARATORY_GROUP = "筹备组"


def _preparatory_groups(text: str, out: list[NamedMention]) -> list[NamedMention]:
    """A named organ written right before 筹备组 is the group preparing it: the mention reaches over 筹备组 and the
    name takes it."""
    res = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and text.startswith(PREPARATORY_GROUP, m.end) and not nm.name.endswith(PREPARATORY_GROUP):
            end = m.end + len(PREPARATORY_GROUP)
            nm = NamedMention(replace(m, end=end, text=m.text + PREPARATORY_GROUP), nm.name + PREPARATORY_GROUP)
        res.append(nm)
    return res


def _curly_quotes(text: str) -> str:
    """Straight double quotes paired within each line: the odd ones open (“), the even ones close (”)."""
    lines = []
    for line in text.split("\n"):
        parts = line.split('"')
        if len(parts) > 1:
            line = "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]
        lines.append(line)
    return "\n".join(lines)


AUTHORITY_AS_AGENCY, AUTHORITY_AS_DEPARTMENT = "气象主管机构", "气象主管部门"


def _agency_words_written_back(written: str, out: list[NamedMention]) -> list[NamedMention]:
    back = []
    for nm in out:
        m = nm.mention
        if nm.name.endswith(AUTHORITY_AS_DEPARTMENT) and to_simplified(written[m.start:m.end]).endswith(AUTHORITY_AS_AGENCY):
            nm = NamedMention(replace(m, text=written[m.start:m.end], stem=(m.stem or "")[:-2] + "机构" if m.stem else m.stem),
                              nm.name[:-2] + "机构")
        back.append(nm)
    return back


# (s24-guide) Short forms with more than one full name (guide D50): `扶贫办` (扶贫开发办公室 or 扶贫开发领导小组办公室),
# `金融办` (金融工作办公室, or the government's 人民政府/行政公署金融工作办公室), `合管办` (新型农村合作医疗管理办公室 or
# 合作医疗管理办公室) are kept as written with their place (department_aliases.tsv), unless the notice itself writes
# the same place's office in full: then the document makes the full name certain (guide D40).
MULTI_FULL_SHORTS = {
    "扶贫办": ("扶贫开发办公室", "扶贫开发领导小组办公室", "扶贫办公室"),
    "金融办": ("金融工作办公室", "人民政府金融工作办公室", "行政公署金融工作办公室"),
    "合管办": ("新型农村合作医疗管理办公室", "合作医疗管理办公室"),
}


def _commissions_written_in_full(out: list[NamedMention]) -> list[NamedMention]:
    """(s26-orgleft, guide D19) `市建委` after `市城乡建设委员会` in one notice: the short form takes the full name the notice
    itself writes for a commission of that place (the full name's field narrowed before the short's: 城乡 + 建设), not the
    name the table gives the short form (建设委员会), unless that name is written in full too. Only one full name may fit;
    a field that only holds the short's words (人口和计划生育 holds 计划: 计委 is another commission) does not."""
    full = {nm.name for nm in out if nm.mention.kind == "named" and nm.mention.text.endswith("委员会")}
    if not full:
        return out
    renamed: dict[str, str] = {}
    for nm in out:
        name, quote = nm.name, nm.mention.text
        if nm.mention.kind != "named" or not quote.endswith("委") or not name.endswith("委员会") or name in full \
                or name in renamed:
            continue
        fits = [f for f in full if len(f) > len(name) and (k := _place_end(name, f)) > 0 and f[:k] == name[:k]
                and f[k:-3].endswith(name[k:-3])]
        if len(fits) == 1:
            renamed[name] = fits[0]
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[nm.name]) if nm.name in renamed and nm.mention.text.endswith("委") else nm
            for nm in out]


# (s39-era, guide D40) A township station written short and in full in one notice (`乡国土所` and `乡国土资源所`,
# `镇工商所` and `镇工商行政管理所`): one organ, under the full name the notice writes for the same town. The short's
# field characters are found in order in the full name's (国土 in 国土资源); a short form alone stays as written (D39).
STATION_SHORT = re.compile(r"(?P<field>\p{Han}{2})所$")


def _stations_written_in_full(out: list[NamedMention]) -> list[NamedMention]:
    full = {nm.name for nm in out if nm.mention.kind == "named" and nm.name.endswith("所")}
    renamed: dict[str, str] = {}
    for n in full:
        m = STATION_SHORT.search(n)
        if m is None:
            continue
        head = n[:m.start()]
        fits = [f for f in full if f != n and f.startswith(head) and f.endswith("所") and len(f) > len(n)
                and f[len(head):len(head) + 2] == m.group("field") and "所" not in f[len(head):-1]
                and "、" not in f]
        if len(fits) == 1:
            renamed[n] = fits[0]
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[nm.name]) if nm.name in renamed else nm for nm in out]


def _place_end(name: str, other: str = "") -> int:
    """Where the place a canonical name opens with ends (成都市|建设委员会): after its first level character, 0 if none.
    (s39-era) Beside a second name (`other`): after the last level character the two share at their start, so that a
    place whose own name holds a level character (湖州市, 广州市, 州 the first) ends at its 市 (湖州市|计划委员会)."""
    if other:
        n = 0
        while n < min(len(name), len(other)) - 3 and name[n] == other[n]:
            n += 1
        return next((i + 1 for i in range(n - 1, -1, -1) if name[i] in "省市县区州旗盟"), 0)
    return next((i + 1 for i, ch in enumerate(name) if ch in "省市县区州旗盟"), 0)


def _short_forms_written_in_full(out: list[NamedMention], seats: frozenset[str] = frozenset()) -> list[NamedMention]:
    """`区扶贫办` and `自治区扶贫开发办公室` in one notice: one organ, under the full name the notice writes (D40)."""
    names = {nm.name for nm in out}
    # (s29-articles) the full name as the notice writes it: not a group's office the notice only sets up in the short-named
    # one (`县扶贫开发领导小组…，领导小组办公室设在县扶贫办`: two organs, the office named after its group, guide D50)
    written = {nm.name for nm in out if nm.name.endswith(tuple(f for fs in MULTI_FULL_SHORTS.values() for f in fs))
               and any(f in nm.mention.text for fs in MULTI_FULL_SHORTS.values() for f in fs)}
    seated = {nm.name for nm in out if nm.mention.text in seats}
    renamed = {}
    for n in names:
        short = n[-3:]
        if short not in MULTI_FULL_SHORTS or len(n) == 3 or n in seated:
            continue
        fulls = [n[:-3] + f for f in MULTI_FULL_SHORTS[short] if n[:-3] + f in written]
        if len(fulls) == 1:
            renamed[n] = fulls[0]
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[nm.name]) if nm.name in renamed else nm for nm in out]


# (s21-org) A sector's 工作机构 of the grassroots (`社区劳动保障工作机构`, `街道劳动保障工作机构建立率`, `乡（镇）设立了劳动保障
#工作机构`) or one a sentence sets up or designates (`建立健全…工作机构`, `要明确林业工作机构和人员`) is a service platform or
# the staff of a place, not an organ acting (spec 1.1 section 5: service bodies such as 公共就业服务机构 are not
# departments; A2, A5, A8, A9 golds); `市老龄工作机构负责…`, `报送老龄工作机构` stay (b9 gold).
GRASSROOTS_BEFORE = re.compile(r"(?:社区|街道|乡镇|乡[（(]镇[）)]|(?<![城集])镇|(?<![农城])村|基层|建立健全|建立|健全|设立了?|成立|组建|明确)$")


def _grassroots_working_unit(text: str, m: Mention) -> bool:
    return m.kind in ("collective", "sector") and m.text.endswith("工作机构") and not m.text.startswith(("各", "有关", "相关")) \
        and not m.marker and not m.place and bool(GRASSROOTS_BEFORE.search(text, max(0, m.start - 6), m.start))


PROVINCE_LEVEL_PLACES = frozenset({"新疆生产建设兵团"})


def _listed_with_organs(text: str, m: Mention, out: list[NamedMention]) -> bool:
    """(s30-articles, guide D69) 兵团 in one list with named organs (`新疆生产建设兵团、黑龙江省农垦总局和广东省农垦总局…参照
    本办法执行`, `对黑龙江省农垦总局、新疆生产建设兵团…`): the province-level body beside other bodies, an organ; beside
    provinces or places (`中西部省份及新疆生产建设兵团`) it stays a place."""
    for nm in out:
        o = nm.mention
        if o is m or o.kind != "named" or o.text in PROVINCE_LEVEL_PLACES:
            continue
        if (o.start == m.end + 1 and text[m.end] in "、和及") or (o.end == m.start - 1 and text[o.end] in "、和及"):
            return True
    return False


# (s25-org2, guide D64) `各地区`, `各地`, `各地方` name no kind of place: in prose (`各地区、各有关部门要…`, `各地要…`) they
# are places acting, no organ; inside an assignment (an annotation, a 责任单位 list, or a sentence that assigns with
# 牵头, 会同 or 负责, spec §6) the place stands for its government and is kept as written (spec §5, D23).
NO_KIND_OF_PLACE = frozenset({"各地区", "各地", "各地方"})
ASSIGNING_WORDS = re.compile(r"牵头|会同|负责|牽頭|會同|負責")
SENTENCE_END = "。；;！!\n"
LIST_LABEL = re.compile(r"(?:单位|部门|單位|部門)[：:]")
ASSIGNED_WITH = re.compile(r"(?:会同|會同|牵头|牽頭|配合|协同|協同)(?:[^，。；、]{1,20}[、和及与])*$")
PLACE_AS_OBJECT = re.compile(r"(?:对|對|向|把|将|將|督促|指导|指導|支持|要求|组织|組織)$")


def _assigned_place(text: str, m) -> bool:
    """Is the place named at `m` inside an assignment: an open bracket before it in its sentence (an annotation
    `（各地区、各有关部门负责）`), a list label (`责任单位：各地区…`), or an assigning word in its sentence."""
    a = m.start
    while a > 0 and text[a - 1] not in SENTENCE_END:
        a -= 1
    b = m.end
    while b < len(text) and text[b] not in SENTENCE_END:
        b += 1
    before = text[a:m.start]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened > max(before.rfind("）"), before.rfind(")")):
        return True
    if LIST_LABEL.search(before) or ASSIGNED_WITH.search(before):
        return True  # 责任单位：各地区…; 省民政厅要会同各地… (a partner of the assignment)
    # the place as the subject of an assignment (`各地要…会同…`, `各地区负责…`), not the object of another's duty
    # (`省监察厅要会同省经委对各地区、各部门…进行监督检查`: the places are overseen)
    return not PLACE_AS_OBJECT.search(before) and bool(ASSIGNING_WORDS.search(text, m.end, b))
ASSIGNED_AFTER = re.compile(r"[、，,和及与]?\p{Han}{0,12}?(?:负责|牵头|会同|配合|参与)")


# (s21-org) Places of a kind sharing one 各 (`各县（市、区）要成立相应机构`, `纳入各市（州）年度考核`, `各旗县市（区）`,
# `各市、县`, `各县区`, `各地（市）、县（区）`) are a collective kept as written wherever they are mentioned, not only inside
# an assignment (spec 1.1 section 5 "a list of places sharing one 各 is one collective as written"; guide D34 as extended
# in S20). One kind written alone (`各市`, `各县`, `各村`: PLACE_SINGLE) is one too, as guide S21 reads D34 and D38;
# `各地`, `各地区` name no kind of place and stay out (D23, D34). A place list that qualifies a unit or an enterprise
# (`各市、县供电企业`) or opens an organ's name (`各县（市、区）人民政府`, read by the organs reader) is not this
# collective; nor is one after a level's marker (`市各县区`) or inside a longer place word. (Villages too, guide D38 of
# S21: `各村（社区）`, `各村（居）`, `各嘎查村`, `各村、社区`, `各村`.)
# (s22) 省份 (`各省份`, central notices since the 2010s) and 行政村 (`各行政村（社区）`) are kinds of place as 省 and 村 are
# (s22-org2) longer kinds first: 各省辖市 (Henan's and Jiangsu's prefecture cities), 各县级市, 各地级市, 各市辖区 are read whole
# (s27-org) and 各地级以上市 (Guangdong's formula for its prefecture-level cities, Shenzhen and Guangzhou included)
# (s30-town) a town's own subdivisions: 管区 (the districts a town in Shandong, Heilongjiang or Henan groups its villages
# into, each with its 管区书记) and 嘎查 (Inner Mongolia's villages): `各管区要对所辖村的整治工作负总责`, `各嘎查要…`,
# places sharing one 各 like 各村 (guide D38)
PLACE_ONE = r"(?:自治区|直辖市|省份|省辖市|县级市|地级以上市|地级市|市辖区|自治县|自治州|设区市|设区的市|省|市|县|区|州|旗|盟|地|镇|乡|街道|苏木|行政村|村|社区|管区|嘎查)"
PLACE_COMPOUND = (r"(?:县市区|旗县市|旗县区|旗市区|市县区|苏木乡镇|苏木镇|县区|区县|市县|县市|市州|州市|旗县|盟市|乡镇|街镇|镇街"
                  r"|团场|嘎查村|村居)")
PLACE_IN_BRACKET = (r"(?:自治区|直辖市|市|区|县|州|地|乡镇|镇|乡|旗|街道|社区|村|居|场|农场|林场|园区|开发区|功能区|经开区|特区|林区|自治县|区、市|地、州"
                    r"|办事处|管委会)")
PLACE_UNIT = (rf"(?:{PLACE_COMPOUND}|{PLACE_ONE})(?:[（(〔〈]{PLACE_IN_BRACKET}(?:、{PLACE_IN_BRACKET})*[）)〕〉]区?)?")
# (s24-org) a kind of place qualified by its role in the policy (`各主产县（市、区）要安排…`, `各试点县`, `各重点乡镇`): still every
# place of that kind sharing one 各, one collective as written (guide D34)
PLACE_ROLE = r"(?:主产|重点|试点|示范|贫困|脱贫|边境)"
PLACES_SHARING_EACH = re.compile(rf"(?:(?<![省市县区州旗盟])|(?<=全[省市县区州旗盟]))各{PLACE_ROLE}?{PLACE_UNIT}(?:、{PLACE_UNIT})*")
PLACES_JOINED_AFTER = re.compile(rf"[和及与或]{PLACE_UNIT}(?=[^\p{{Han}}]|要|应|可|须|负责|均|都|分别|的|也|在|按)")
LISTED_KINDS = re.compile(r"[（(〔〈、]")
JOINED_DUTY_AFTER = re.compile(r"要|应|须|必须|负责|牵头|分别|均|都")
# (a word the list opens, 各村（居）民委员会; or the places as land or people, not as governments: 各县（区）城区人口, 各地（市）
# 县城, 各地（州、市）之间)
# ((s26-org) also the committee written with its own place word, `各村（居）居委会`, `各村（社区）村委会`: guide D44)
RESIDENTS_AFTER = re.compile(r"民(?:委员会|委会|小组)|(?:村|居|社区)(?:民|居民)?(?:委员会|委会)|城区|县城|城镇|辖区|境内|区域|范围|之间|间的|人口|面积")


@lru_cache(maxsize=1)
def _sector_words() -> tuple[frozenset[str], tuple[int, ...]]:
    from ..nlp.tables import organ_tables

    sectors = frozenset(organ_tables().sectors)
    return sectors, tuple(sorted({len(x) for x in sectors if len(x) >= 2}, reverse=True))


def _sector_at(text: str, e: int) -> bool:
    """A sector's word (财政, 民政, 教育…) opens the text at `e`, as the places' organ of that sector (`各地（市）、县财政`,
    `各县（区）教育部门`); (s26-org) not a sector word opening what is said of the places (`纳入各县（区）乡村振兴实绩考核`:
    the places' assessment, the places mentioned, guide D34)."""
    sectors, lengths = _sector_words()
    n = next((n for n in lengths if text[e:e + n] in sectors), 0)
    return n > 0 and not SECTOR_NOT_ORGAN_AFTER.match(text, e + n)


# what follows a sector word when the places' sector names no organ but a matter of theirs
SECTOR_NOT_ORGAN_AFTER = re.compile(r"(?:工作)?(?:实绩|绩效|目标)?(?:考核|考评|评价|任务|指标)")
ZONES_JOINED_AFTER = re.compile(r"[、和及](?:经济区|经开区|开发区|高新区|工业园区|园区|度假区|新区)")
# the kinds of PLACE_ONE that make a collective written alone (not 地, nor the rarer 自治区, 直辖市, 苏木, 市辖区)
PLACE_SINGLE = r"(?:省份|省|市|县|区|州|旗|盟|镇|乡|街道|行政村|村|社区|管区|嘎查|自治县|自治州|县级市|设区市|设区的市|省辖市|地级以上市|地级市)"
PLACES_LIST_SHAPE = re.compile(rf"^各{PLACE_ROLE}?(?:{PLACE_COMPOUND}|.*[（(〔〈、]|{PLACE_SINGLE}$)")
# what may follow such a collective in a sentence: a mark, a modal or a verb of duty, a particle, a joiner before another
# organ, the year's or the work's own words (`各县（市、区）年度建设任务`, `各市（州）可结合实际`)
PLACES_AFTER_OK = re.compile(r"(?:[^\p{Han}]|要|应|可|须|必须|务必|负责|牵头|配合|协助|会同|按|在|于|对|将|把|也|都|均|分别|结合|根据"
                             r"|参照|依据|依照|每|的|年度|完成|开展|制定|建立|成立|组织|落实|切实|积极|认真|及时|统筹|加强|加快|全面"
                             r"|做好|继续|立足|已|先|同时|至少|共|配套|安排|高质量|为|是|作为|和|及|与|或|工作(?!人员)|实际|确定|抓|推进"
                             r"|推荐|上报|报送|协同)")
PLACES_NOT_AFTER = re.compile(r"[“\"]?两委|人民政府|政府|党|人大|政协|委|部门|机关|单位|直|级|有关|相关|各|企业|公司|医院|学校|卫生院|供电|电力"
                              r"|银行|信用社|中心|站|所|协会|商会|工作人员|和个人|领导|负责同志|负责人|干部|群众|居民|农民|人口|村|社区"
                              r"|中小学|幼儿园|医疗|行署|行政公署|管委会|分管|主要负责"
                              # (s29-org) the towns' stations (各乡镇林业站, guide D79: service units): the places' units
                              r"|(?:煤管|林业|农技|农经|水利|水务|畜牧兽医|兽医|文化|安监|交管|农机|计生|农业技术推广|综合文化)站")


def _places_sharing_each(text: str, as_written: str, segments: list[tuple[int, int]],
                         out: list[NamedMention]) -> list[NamedMention]:
    found: list[NamedMention] = []
    for a, b in segments:
        k = text.find("各", a, b)
        while k >= 0:  # (speed: tried only at each 各)
            mt = stdlib_twin(PLACES_SHARING_EACH).match(text, k, b)  # (the same match, ~4x faster)
            k = text.find("各", k + 1, b)
            if not mt:
                continue
            s, e = mt.start(), mt.end()
            zone = ZONES_JOINED_AFTER.match(text, e)
            if zone:  # (s25-org) 各市、区和经济区: the zones joined to the list are places of it (ZONE_AFTER_PLACES)
                e = zone.end()
            # (a copy's 〔〕 named with round brackets, guide D43; the mention keeps the text as written)
            written = as_written[s:e]
            if not PLACES_LIST_SHAPE.match(mt.group(0)):
                continue
            if PLACES_NOT_AFTER.match(text, e):
                continue
            if LISTED_KINDS.search(mt.group(0)) and (RESIDENTS_AFTER.match(text, e) or _sector_at(text, e)):
                continue  # (各村（居）民委员会: a word; 各地（市）、县财政: the places' sector, read elsewhere or no organ)
            if not PLACES_AFTER_OK.match(text, e) and not LISTED_KINDS.search(mt.group(0)):
                # (s25-org) a list written with its bracket or its marks (各省（区、市）, 各县（市、区）, 各区、县级市) is every place
                # of those kinds wherever it is mentioned (guide D34: `各省（区、市）原则上推荐…`, `审核汇总各县（市、区）项目申报
                # 材料`); a single kind (各市, 各县区) may open a word (各市场主体, 各县区域), so only before what PLACES_AFTER_OK allows
                continue
            if text[e:e + 1] in "（(〔〈":
                continue  # (a bracket this reader does not know follows: the list's end is not certain; left)
            joined = PLACES_JOINED_AFTER.match(text, e)
            if joined and JOINED_DUTY_AFTER.match(text, joined.end()):
                # (s25-org2) 各市州和县（市）要…: the list runs on past 和 to the subject of a duty, one collective as written
                e = joined.end()
                written = as_written[s:e]
            elif joined and _is_han_char(text[joined.end():joined.end() + 1] or "。"):
                continue  # (the list's end not certain; left)
            # (落实到各部门、各街道（乡镇）和社区。: a mark after the joined word, which shares no 各: the list ends before 和)
            # the organs reader's own reading wins, unless it took a shorter place list inside this one (`各街道` of
            # `各街道、镇`)
            inside = [nm for nm in out if nm.mention.start < e and nm.mention.end > s]
            if any(not (s <= nm.mention.start and nm.mention.end <= e and nm.mention.kind == "collective"
                        and PLACES_SHARING_EACH.fullmatch(nm.mention.text)) for nm in inside):
                continue
            if inside:
                out = [nm for nm in out if nm not in inside]
            name = _full_width_brackets(to_simplified(text[s:e]))
            found.append(NamedMention(Mention(s, e, written, "collective", stem=written, layer="pattern"), name))
    if not found:
        return out
    return sorted(out + found, key=lambda nm: nm.mention.start)


# (s25-org2) A collective of places qualified by where they lie (`沿海各市县`, `沿线各村`, (s28-org) `沿溪各村`, `珠江三角洲各市`, `淮河流域各省、
# 自治区、直辖市人民政府`, `沿海有关市县政府`): the qualifier is part of the collective's name (spec 1.1 section 5, collectives
# as written), not a place of its own; only at a boundary (a mark, the line's start, or a case word before it).
WHERE_QUALIFIER = re.compile(r"(?:(?<=^|[^\p{Han}]|[由对向经和及与将把请])(?:沿[海江河湖边岸线街路溪]|[\p{Han}]{2,8}?(?:三角洲|流域)))$")


def _places_qualified_by_where(text: str, out: list[NamedMention]) -> list[NamedMention]:
    res = []
    for nm in out:
        m = nm.mention
        if m.kind == "collective" and m.text.startswith(("各", "有关")) and nm.name.startswith(("各", "有关")):
            q = WHERE_QUALIFIER.search(text, max(0, m.start - 9), m.start)
            if q:
                ext = Mention(q.start(), m.end, text[q.start():m.end], m.kind, m.scope, q.group(0) + (m.stem or ""),
                              m.marker, m.place, m.layer, list(m.parts), m.sector, m.written)
                nm = NamedMention(ext, to_simplified(q.group(0)) + nm.name)
        res.append(nm)
    return res


# (s28-org) `各挂村工作组要每周深入挂钩村督促`: the teams a town (or county) sends to its villages or areas (挂村, 驻村, 包村,
# 联村, 包片), each a working body of the level (spec 1.1 section 5: …工作组 are working bodies), with 各 a collective as
# written (D1); the villages themselves stay places
# ((s31-assign2) also 工作队: the 驻村工作队 of the poverty campaign (2015 on, with its 第一书记), `责任单位：乡党政办、各驻村工作队`,
# a collective as written as guide D85 (extended in S31b) reads `各驻村工作队`)
# ((s36-names) also bare, guide D85 extended in S31b: `驻村工作队、第一书记应当协助…`, `责任单位：…、驻村工作组` acting or
# in a list, a collective as written; not inside a longer name or phrase (`访惠聚驻村工作队`, `县直驻村工作队`, `驻村工作队作用`,
# `驻村工作队驻村帮扶责任制`), nor a member (`驻村工作队员`, `队长`))
VILLAGE_WORK_TEAMS = re.compile(r"各(?:挂|驻|包|联)(?:村|片|社区)工作[组队](?![长员])"
                                r"|(?:(?<![\p{Han}])|(?<=[、和及与由对向]|会同))驻村工作[组队](?![长员]|作用|驻村|队[长员])")


def _village_work_teams(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    found = [NamedMention(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"),
                          m.group(0))
             for a, b in segments for m in VILLAGE_WORK_TEAMS.finditer(text, a, b)]
    return _replacing_overlapped(out, found) if found else out


# (s33-org) A ministry's own internal departments as a kind (the 司 and 局 of its 机关, 三定规定), addressed or told to act
# in its notices: `各司局按职责负责`, `各有关司局配合`, a collective as written (spec 1.1 section 5; guide D1, as `有关司局`);
# written with the ministry's short prefix (`部机关各司局`, `部内各司局`) the 部 is the issuing ministry, written out as a
# bare 市 is; a shared determiner over a second kind of its units (`各有关司局和流域机构`, `各司局和派出机构`) goes with
# each (guide D10). The 流域机构 are the river basin commissions the water ministry sends out (水法 2002 第十二条), the
# 派出机构 any ministry's offices sent out.
MINISTRY_UNITS = re.compile(r"(?:(?<![\p{Han}])|(?<=[、和及与由会同向对经请]))(?P<own>部机关|部内|委机关|委内|局机关)?"
                            r"(?P<det>各有关|各相关|各)(?P<a>司局|司（局）|司、局)(?:(?P<j>和|及|、)(?P<b>流域机构|派出机构|直属单位))?"
                            r"(?![长领负责人处])")
MINISTRY_OWN_UNITS = re.compile(r"(?:(?<![\p{Han}])|(?<=[、和及与由会同向对经请]))(?P<det>各有关|各相关|各)(?P<b>流域机构|派出机构)"
                                r"(?![长领负责人])")
MINISTRY_ISSUER = re.compile(r"^(?P<m>(?:中华人民共和国)?\p{Han}{1,12}?(?:部|委员会|总局|署))(?:办公厅|办公室)?$")


def _ministry_units(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                    issuers: list[str]) -> list[NamedMention]:
    ministry = next((m.group("m") for m in map(MINISTRY_ISSUER.match, issuers[:1]) if m), None)
    found = []
    for a, b in segments:
        for m in MINISTRY_UNITS.finditer(text, a, b):
            own = m.group("own")
            if own and ministry is None:
                continue  # (a ministry's prefix in a notice no ministry issued: whose it is is unknown)
            head = (ministry + own[1:] if own else "") + m.group("det") + _full_width_brackets(m.group("a"))
            found.append(NamedMention(Mention(m.start(), m.end("a"), text[m.start():m.end("a")], "collective",
                                              stem=head, layer="pattern"), head))
            if m.group("b"):
                found.append(NamedMention(Mention(m.start(), m.end(), text[m.start():m.end()], "collective",
                                                  stem=m.group("det") + m.group("b"), layer="pattern"),
                                          m.group("det") + m.group("b")))
        for m in MINISTRY_OWN_UNITS.finditer(text, a, b):
            if not any(f.mention.start <= m.start() < f.mention.end for f in found):
                found.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0),
                                                  layer="pattern"), m.group(0)))
    return _replacing_overlapped(out, found) if found else out


# (s28-org3) A district's traffic unit written `<district less 区>交通支队` (丰台交通支队) in a city whose traffic police is one
# bureau with a 支队 in each district (organ_city_traffic_units.tsv): that bureau's unit, with a 大队 written after it.
TRAFFIC_BRIGADE_AFTER = re.compile(r"(?:(?![的和及与、，等各])\p{Han}){2,4}?大队")


@lru_cache(maxsize=1)
def _city_traffic_units() -> dict[str, str]:
    from ..data import load_table

    return {r["city"]: r["template"] for r in load_table("organ_city_traffic_units")}


@lru_cache(maxsize=8)
def _district_shorts(city: str) -> dict[str, str]:
    """The written forms (full, less 区) of a city's districts -> the short form its bureaus use."""
    from ..data import load_table

    out = {}
    for r in load_table("regions"):
        if r["level"] == "county" and r["province"] == city and r["name"].endswith("区") and len(r["name"]) >= 3:
            out[r["name"]] = out[r["name"][:-1]] = r["name"][:-1]
    return out


def _district_traffic_units(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                            j: Jurisdiction) -> list[NamedMention]:
    template, places = _city_traffic_units()[j.province], _district_shorts(j.province)
    found = []
    for a, b in segments:
        k = text.find("交通支队", a, b)
        while k >= 0:
            e = k + 4
            place = next((text[k - n:k] for n in (4, 3, 2) if k - n >= a and text[k - n:k] in places), None)
            if place is None and text[k - 1:k] == "区" and j.county in places and j.level in ("county", "township"):
                place = "区"  # 区交通支队 in the district's own notice
            if place:
                s = k - len(place)
                if s >= len(j.province) and text[s - len(j.province):s] == j.province:
                    s -= len(j.province)  # (北京市丰台交通支队: the city written before)
                if s == 0 or not _is_han_char(text[s - 1]) or text[s - 1] in "和及与由向经":
                    name = template.format(short=places[j.county if place == "区" else place])
                    u = TRAFFIC_BRIGADE_AFTER.match(text, e, b)
                    if u and DIVISION_TAIL.match(text, u.end()):
                        e, name = u.end(), name + u.group(0)  # 西城交通支队什刹海大队: its brigade, as written
                    found.append(NamedMention(Mention(s, e, text[s:e], "named", "asis", name, layer="pattern"), name))
            k = text.find("交通支队", e, b)
    return _replacing_overlapped(out, found) if found else out


# (s35-names, guide S33b CM1 Q5) `各开发区（A开发区、B高新技术产业开发区）管理委员会`: a bracket naming the members of a
# 各-collective gives the collective and each named board (the zone names itself: no city in front, guide D13)
ZONE_BOARDS_BRACKET = re.compile(r"各(?P<kind>开发区|园区|新区|工业园区|高新区|功能区)[（(](?P<list>(?:(?![（()）。；，])\p{Han}){2,30}?"
                                 r"(?:、(?:(?![（()）。；，])\p{Han}){2,30}?)+)[）)](?P<head>管理委员会|管委会)")
ZONE_MEMBER_END = re.compile(r"(?:开发区|园区|新区|高新区|功能区|示范区|合作区|试验区|保税区)$")


def _zone_boards_named_in_a_bracket(text: str, segments: list[tuple[int, int]],
                                    out: list[NamedMention]) -> list[NamedMention]:
    found = []
    for a, b in segments:
        for m in ZONE_BOARDS_BRACKET.finditer(text, a, b):
            members = m.group("list").split("、")
            if not all(ZONE_MEMBER_END.search(x) for x in members):
                continue
            k = m.start("list")
            for x in members:
                name = x + "管理委员会"
                found.append(NamedMention(Mention(k, k + len(x), x, "named", "asis", name, layer="pattern"), name))
                k += len(x) + 1
            name = "各" + m.group("kind") + "管理委员会"
            found.append(NamedMention(Mention(m.start(), m.start("list") - 1, text[m.start():m.start("list") - 1],
                                              "collective", stem=name, layer="pattern"), name))
    return _replacing_overlapped(out, found) if found else out


def _replacing_overlapped(out: list[NamedMention], added: list[NamedMention]) -> list[NamedMention]:
    """The mentions a pass read, in place of the ones they overlap (the reader's own pieces inside the longer name),
    in text order."""
    kept = [nm for nm in out if not any(x.mention.start < nm.mention.end and nm.mention.start < x.mention.end
                                        for x in added)]
    return sorted(kept + added, key=lambda nm: nm.mention.start)


def _committees_with_level_twice(text: str, segments: list[tuple[int, int]],
                                 out: list[NamedMention]) -> list[NamedMention]:
    """Party committees printed with their level twice (`中共沛县县委宣传部`), named `中共<place>委…` (guide D65)."""
    found = []
    for a, b in segments:
        for m in COMMITTEE_LEVEL_TWICE.finditer(text, a, b):
            name = committee_named_once(m)
            found.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "party", name, layer="pattern"),
                                      name))
    if not found:
        return out
    # (the reader's own pieces inside the name, 县委宣传部 read as another county's, give way)
    return _replacing_overlapped(out, found)


# (s27-org, guide D75) A short organ name written bare under a lower acting organ in a central notice (`各省级经贸委（经委）
# …要会同计委、财政、税务等部门`): the lower level's organ, a collective kept as written, not the national one (D41 names a
# short form at the document's level only where the acting organ is of that level)
LOWER_ACTOR = re.compile(r"(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\s)*(?:各省级|省级|各省|各地|地方各级|各级|各市|各县)")


def _under_a_lower_actor(text: str, out: list[NamedMention]) -> list[NamedMention]:
    fixed = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and not m.marker and not m.place and len(m.text) <= 3 and nm.name != m.text \
                and nm.name.startswith(("国家", "国务院")) and not m.text.startswith(("国", "中")):
            k = max(text.rfind(c, 0, m.start) for c in "。；;\n") + 1   # the clause's start
            if LOWER_ACTOR.match(text, k) and "会同" in text[k:m.start]:
                nm = NamedMention(replace(m, kind="collective", scope=None, stem=m.text), m.text)
        fixed.append(nm)
    return fixed


# (s27-org, guide D35) A level word before a function-named collective (`各省级认定部门要…`, `市级审批部门`) is part of it,
# kept as written (the level says which level's authority)
LEVEL_WORD_BEFORE = re.compile(r"(?r)(?:各省级|各市级|各县级|省级|地市级|市级|县级)$")


def _level_words_before_collectives(text: str, out: list[NamedMention]) -> list[NamedMention]:
    fixed = []
    for nm in out:
        m = nm.mention
        if m.kind == "collective" and nm.name == m.text and m.text.endswith(("部门", "机关", "机构")) \
                and not m.text.startswith(("各", "有关", "相关", "省", "市", "县", "地")):
            w = LEVEL_WORD_BEFORE.search(text, max(0, m.start - 3), m.start)
            if w:
                name = text[w.start():m.end]
                nm = NamedMention(replace(m, start=w.start(), text=name, stem=name), name)
        fixed.append(nm)
    return fixed


# (s27-org) Departments that are no organ (spec 1.1 section 5): a bare category word designated as a role still to be
# filled (`明确分管领导和责任部门`: whichever department each place makes responsible, like 职能部门 and 业务部门 in the
# spec's list; acting, `责任部门要按期办结`, it is a function-named collective), and a unit's own departments
# (`建立校内各业务部门数据共享机制`: a school's, D9)
CATEGORY_DEPARTMENTS = frozenset({"责任部门", "业务部门", "职能部门", "牵头部门", "配合部门"})
# (guide D81) back-references to the document's own columns (`牵头部门`, `责任部门`, `市直各牵头部门`): no organs (D58)
COLUMN_BACK_REFERENCE = re.compile(r"^(?:\p{Han}{1,8}?直)?(?:各|其他)?(?:牵头|责任|配合|协办|主办)部门$")
INNER_BEFORE = re.compile(r"(?r)(?:校内|院内|园内|所内|行内|企业内部?|单位内部?|机构内部?)$")
# (a role still to be filled: `明确分管领导和责任部门`; `责任部门要按期办结` acting is a function-named collective)
DESIGNATING_BEFORE = re.compile(r"(?r)(?:明确|指定|确定|落实)[^，。；：、\n]{0,8}$")


def _category_or_inner_department(text: str, nm: NamedMention) -> bool:
    m = nm.mention
    # (speed only, s31) every COLUMN_BACK_REFERENCE match ends in 部门 (at the name's end, or before a closing \n: `$`)
    if nm.name.endswith(("部门", "部门\n")) and stdlib_twin(COLUMN_BACK_REFERENCE).match(nm.name):
        return True
    if nm.name in CATEGORY_DEPARTMENTS and m.text == nm.name:
        return DESIGNATING_BEFORE.search(text, max(0, m.start - 10), m.start) is not None
    if m.kind != "collective":
        return False
    # ((speed only, s31) every INNER_BEFORE match ends in 内 or 部 right before the mention, or before a \n there: `$`)
    if text[max(0, m.start - 2):m.start].rstrip("\n")[-1:] not in ("内", "部"):
        return False
    return INNER_BEFORE.search(text, max(0, m.start - 4), m.start) is not None


# (s27-org, guide D35) A level word before a bare 部门 (`纳入各区、县（市）和市级部门年度目标考核`): every department of that
# level, a collective as written like `市级相关部门`
LEVEL_DEPARTMENTS = re.compile(r"(?:(?<![\p{Han}])|(?<=[由和及与、向对将把经]))(?:省级|市级|县级|区级|县区级|乡镇级)部门"
                               r"(?!负责人|负责同志|领导|主要|干部|人员|之间|间)")


def _level_departments(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    found = []
    for a, b in segments:
        for m in LEVEL_DEPARTMENTS.finditer(text, a, b):
            if not any(nm.mention.start < m.end() and m.start() < nm.mention.end for nm in out):
                found.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0),
                                                  layer="pattern"), m.group(0)))
    return sorted(out + found, key=lambda nm: nm.mention.start) if found else out


# (s27-org, guide D78) Machinery collectives qualified by a level or a place (`全市党政机关`, `省直机关`, `区级党政机关`,
# `乡镇机关`, `镇机关`, `辖区机关`, `各镇人民政府机关`, `中央国家机关`) are collectives wherever they are mentioned, as
# written; a bare 省/市/县/区 before 直 is the document's own place written out (D33), a bare 镇/乡 the document's town
# (D31); bare `党政机关` in a list of kinds of unit is a category word (no match here). Not the organ whose name opens
# with 机关 (`机关事务管理局`, `机关党委`, `机关工委`).
MACHINERY = re.compile(r"(?P<q>全[省市县区州旗盟镇乡]|(?P<mk>[省市县区州旗盟])直|(?:省|市|县|区|区县|县区|乡镇|镇|乡)级|乡镇|辖区各?|中央"
                       r"|各(?:乡镇|镇|乡|街道)人民政府|(?<![\p{Han}])(?P<tk>镇|乡|街道)|(?<=[在由和及与向对把将、，到名])(?P<tk2>镇|乡|街道))"
                       r"(?P<h>党政机关|国家机关|机关)(?!事务|党|工委|团委|妇委|作风|效能|建设|运行|服务中心|幼儿园|食堂|大院)")


def _machinery_collectives(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                           j: Jurisdiction) -> list[NamedMention]:
    found = []
    for a, b in segments:
        for m in finditer_opened(MACHINERY, text, a, b):  # (speed only, s30: tried at its openings)
            s, e = m.span()
            if m.group("q") == "中央" and m.group("h") == "机关":
                continue  # (中央机关: the centre's own bodies, as written only as 中央国家机关)
            if s > a and m.group("mk") and _is_han_char(text[s - 1]) \
                    and text[s - 1] not in "在由和及与向对把将、，到名的全各":
                continue  # (a place name runs on before the level: read by the organs reader, or no such body)
            name = text[s:e]
            if m.group("mk"):
                region = j.prefix_for(m.group("mk"))
                if not region:
                    continue
                name = region + name[1:] if region.endswith(m.group("mk")) else region + name
            elif m.group("tk") or m.group("tk2"):
                chain = j.township_chain() if j.township else None
                if not chain or not chain.endswith(m.group("tk") or m.group("tk2")):
                    continue
                name = chain + m.group("h")
            if any(nm.mention.start < e and s < nm.mention.end and not (s <= nm.mention.start and nm.mention.end <= e)
                   for nm in out):
                continue  # (a longer name read across: kept; one read inside, `各镇人民政府` of `各镇人民政府机关`, gives way)
            found.append(NamedMention(Mention(s, e, text[s:e], "collective", stem=name, layer="pattern"), name))
    return _replacing_overlapped(out, found) if found else out


# (s27-org, guide D74) Levels below the issuer sharing one government (`市、县、自治县人民政府` in a Hainan 办法,
# `设区的市、县（市、区）人民政府` in a provincial regulation) or one department counted by levels (`市、县两级教育行政部门` in
# a central notice): the formula for all governments (departments) below the issuer, one collective as written (D25,
# D45), not each level's; where a level is the document's own (a city's `市、县两级政府`) the shared head is distributed
# as before (spec 1.1 section 5). A list of named places (`佛山、江门市人民政府`) is no level list.
# (s27-org2) also a list closed by 县级 (`设区的市、县级人民政府`: the levels written with 级 once for the list); not 县级以上
# (a range of levels, kept by the level rules). ((s35b-names) A department after such a list, `市、县级教育行政部门`, is no
# longer one collective: guide D106 as confirmed in S33b distributes `州（市）、县级财政部门` per level, the one-collective
# reading being only for governments)
# ((s34-forms) and 直辖市 opening the list, `直辖市、设区的市、县人民政府` in a central regulation: the same formula)
# ((s36-names) also 州（市） (Yunnan's prefectures, `州（市）、县（市、区）人民政府` in its provincial rules), the 〔〕 a web editor types
# for the bracket (`有关市、县〔区〕人民政府`), and 有关/相关 choosing among the levels' governments, kept with them (D1))
LISTED_LEVEL = r"(?:直辖市|设区的市|县级市|市辖区|自治县|自治旗|县[（(〔]市、区[）)〕]|县[（(〔]市[）)〕]|县[（(〔]区[）)〕]|市[（(〔]州[）)〕]" \
               r"|州[（(〔]市[）)〕]|区[（(〔]县[）)〕]" \
               r"|县市区|县区|区县|自治州|县级(?!以上|市)|市|州|盟|县|区|旗)"
LEVEL_LIST_HEAD = re.compile(rf"(?:(?<![\p{{Han}}])(?:有关|相关)|(?<![全各该外跨城超都上地园社景辖片新贸山两属直下级域街小郊市县区省州库滩牧垦灾本我每在、]))(?P<lv>{LISTED_LEVEL}(?:、{LISTED_LEVEL})+)"
                             r"(?:(?P<n>两级|三级)(?P<dep>(?:(?![的和及与、，。；])\p{Han}){1,10}?(?:行政主管|行政|主管)?部门)"
                             r"|(?P<n2>两级|三级)?(?:人民政府|政府)(?![\p{Han}]{0,1}[部办采性补购投引主监资机]))")
LISTED_LEVEL_SPLIT = re.compile(r"、(?![^（(〔]*[）)〕])")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# (s28-org) the levels a prefecture's own notice is written at: a list holding none of them (`县（市）、区人民政府` in a
# city's 办法) is the levels below the issuer, one collective as in a province's notice (D74)
PREFECTURE_KIND_LEVELS = frozenset({"设区的市", "市（州）", "市(州)", "市〔州〕", "州（市）", "州(市)", "州〔市〕", "自治州", "市", "州", "盟"})


def _governments_of_listed_levels(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                                  j: Jurisdiction) -> list[NamedMention]:
    found = []
    for a, b in segments:
        for m in LEVEL_LIST_HEAD.finditer(text, a, b):
            levels = LISTED_LEVEL_SPLIT.split(m.group("lv"))
            count = m.group("n") or m.group("n2")
            if count and len(levels) != "两三".index(count[0]) + 2:
                continue  # (省、市、县两级: the count does not match the list)
            if j.province in MUNICIPALITIES and "市" in levels:
                continue  # (a municipality's 市 is its own level)
            if not (j.central or j.level == "province") and any(lv in PREFECTURE_KIND_LEVELS for lv in levels):
                continue  # (a city's own level in the list, 市、县两级政府 of a city's notice: distributed by the level rules)
            s, e = m.span()
            if text.startswith(SEAT_OF_GOVERNMENT, e):
                continue  # (设区的市、县（市）人民政府所在地的镇: the seat, a place)
            if any(nm.mention.start < e < nm.mention.end or nm.mention.start < s < nm.mention.end for nm in out):
                continue  # a longer name read across the list (市、县人民政府财政部门: the levels' departments)
            found.append(NamedMention(Mention(s, e, text[s:e], "collective", stem=text[s:e], layer="pattern"),
                                      _full_width_brackets(text[s:e])))
    return _replacing_overlapped(out, found) if found else out


# (s34-forms2) The statutes' and State Council's formula `省、自治区、直辖市和设区的市人民政府` and the ministries'
# `（各）省、自治区、直辖市和计划单列市人民政府`: the provinces' formula and a second level joined by 和/及 sharing the one
# government head. Each level's governments are a collective as written (guide D24, D25: the provinces' formula stays one,
# 各 kept when written), both quoted by the whole formula as a distributed list is (D106); a department after the head
# (`…人民政府部门`, `…人民政府教育行政部门`) is read by the organ rules, not here.
PROVINCES_AND_CITIES = re.compile(r"(?<![\p{Han}])(?P<p>各?省、自治区、直辖市)(?:和|及)(?P<c>设区的市|计划单列市)"
                                  r"(?P<g>人民政府|政府)(?![\p{Han}]{0,1}[部办采性补购投引主监资机]"
                                  r"|(?:(?![，。；、和及与])\p{Han}){0,12}?(?:部门|机构|厅|局|委员会|办公室))")


def _provinces_and_cities_sharing_a_government(text: str, segments: list[tuple[int, int]],
                                               out: list[NamedMention]) -> list[NamedMention]:
    found = []
    for a, b in segments:
        for m in PROVINCES_AND_CITIES.finditer(text, a, b):
            s, e = m.span()
            for name in (m.group("p") + m.group("g"), m.group("c") + m.group("g")):
                found.append(NamedMention(Mention(s, e, text[s:e], "collective", stem=text[s:e], layer="pattern"), name))
    return _replacing_overlapped(out, found) if found else out


# (s25-org2) A county-level 行政区 (regions.tsv: 大柴旦行政区 of 海西州, Qinghai) is governed by its 行政委员会 (行委), not a
# 人民政府: `大柴旦行政委员会`, `大柴旦行委` name that organ, by its full name as written on its seal (without the prefecture,
# as the county-level units of the prefecture's own notices are named).
AREA_COMMITTEE = re.compile(r"(?P<stem>\p{Han}{2,4}?)(?:行政委员会|行委)(?![员会])")


@lru_cache(maxsize=1)
def _administrative_areas() -> frozenset[str]:
    return frozenset(r["name"][:-3] for r in load_table("regions") if r["level"] == "county" and r["name"].endswith("行政区"))


def _area_administrative_committees(text: str, segments: list[tuple[int, int]],
                                    out: list[NamedMention]) -> list[NamedMention]:
    areas = _administrative_areas()
    found = []
    for a, b in segments:
        for m in AREA_COMMITTEE.finditer(text, a, b):
            stem = next((m.group("stem")[k:] for k in range(len(m.group("stem")) - 1)
                         if m.group("stem")[k:] in areas), None)
            if stem is None:
                continue
            s = m.end() - len(m.group(0)) + (len(m.group("stem")) - len(stem))
            if any(nm.mention.start < m.end() and nm.mention.end > s for nm in out):
                continue
            found.append(NamedMention(Mention(s, m.end(), text[s:m.end()], "named", stem=stem + "行政委员会",
                                              layer="pattern"), stem + "行政委员会"))
    return sorted(out + found, key=lambda nm: nm.mention.start) if found else out


# (s31-org, guide D74 closed) `市、县两级财政要…` in a city's notice, `市、区两级财政` in Shanghai's: a level list that starts at
# the issuer's own level names the issuer's bureau (the upper level, read by organs._level_finance) and the lower level's
# finance, a collective as written without the count (`县财政`, `区财政`), as `市、县两级政府` gives the city's government
# and `县政府`; both quote the list. (A list wholly below the issuer, dropped above, stays none.)
def _lower_level_finance(text: str, out: list[NamedMention]) -> list[NamedMention]:
    added = []
    for nm in out:
        m = nm.mention
        # (not where 财政 opens a list of sectors under one head, `市、区两级财政、审计部门`: the head's collectives)
        if m.kind == "named" and m.text.endswith("两级财政") and nm.name.endswith(("财政局", "财政厅")) \
                and text[m.end:m.end + 1] not in ("、", "和", "及", "与", "部"):
            name = m.text[-5] + "财政"
            added.append(NamedMention(replace(m, kind="collective", scope="asis", stem=name, marker=None, place=None),
                                      name))
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# (s18-a1org) A working body written with the name of the document's own district or town (`璧山区全域旅游发展工作领导小组`
# in a 璧山区 notice, `成立新市镇和美乡村建设…工作领导小组` in a 新市镇 notice): the place's body, named like its other organs
# with the chain on their seals (spec 1.1 section 5: a city district's organs carry their city, `重庆市璧山区…`; a town's
# its county, `德清县新市镇…`). Written as is, the district's name lacked its city and the town's body was not read.
BODY_HEAD = r"(?:工作领导小组|领导小组|工作小组|指挥部|工作专班|专班)(?!办公室|成员|组长|副组长|各成员)"


# (a verb or particle inside the run is a sentence about the place, `璧山区将成立…领导小组`, not a body's name)
NOT_IN_BODY = r"成立|设立|组建|建立|将|要|由|被|是|的|把|向|对|已|拟|正|请|报|经|按"


def _own_place_bodies(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                      j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain() if j.township else None
    place = j.township if chain else j.county
    if not chain:
        city = j.district_city
        if not (j.county.endswith("区") and city and not j.county.startswith(city)):
            return out
        chain = city + j.county
    rx = re.compile(re.escape(place) + r"(?P<b>(?:(?![，,。；;、：:（）()“”《》\s]|" + NOT_IN_BODY + r")\p{Han}){2,30}?"
                    + BODY_HEAD + ")")
    fixed = []
    for nm in out:  # the district's body read as written: its city in front
        if nm.name.startswith(place) and not nm.name.startswith(chain) and nm.name.endswith(
                ("领导小组", "工作小组", "指挥部", "专班", "领导小组办公室")):
            nm = NamedMention(nm.mention, chain + nm.name[len(place):])
        fixed.append(nm)
    spans = [(nm.mention.start, nm.mention.end) for nm in fixed]
    added = []
    for a, b in segments:
        for m in rx.finditer(text, a, b):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            name = chain + m.group("b")
            added.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "asis", name, layer="pattern"),
                                      name))
    return sorted(fixed + added, key=lambda nm: nm.mention.start) if added else fixed


# (s23-org) `街道成立生活垃圾分类工作领导小组`, `县成立…工作专班`: a working body named bare that the document's own level sets
# up (its level word, or 我/本 + it, opening the clause before 成立/设立/组建) is that place's body, named with the place's
# chain as its seal reads (spec 1.1 section 5: the organ of the document's own jurisdiction; a town's its county, a city
# district's its city), not a body of no place; one set up by others (`各社区要相应成立…工作小组`) is left as it is.
# ((s31-org) and 领导组, the leading group as Shanxi's notices write it: `镇政府成立…工作领导组`)
OWN_BODY_ENDS = ("领导小组", "工作小组", "指挥部", "工作专班", "专班", "领导组")


def _own_level_chain(j: Jurisdiction) -> tuple[str, str] | None:
    """(the level word the document writes for itself, its place's chain): 街道/镇/乡 for a town, 县/区/市/旗 for a county."""
    if j.township:
        chain = j.township_chain()
        word = next((w for w in ("街道", "镇", "乡") if j.township.endswith(w)), None)
    else:
        city = j.district_city
        chain = city + j.county if j.county.endswith("区") and city and not j.county.startswith(city) else j.county
        word = j.county[-1] if j.county[-1] in "县区市旗" else None
    return (word, chain) if word and chain else None


def _bodies_set_up_by_own_level(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    own = _own_level_chain(j)
    if own is None:
        return out
    word, chain = own
    # ((s25-org) also `成立全镇人居环境整治工作专班`: 全 + the level after the verb, the whole town's body)
    opening = re.compile(rf"(?:(?:^|[。；;\n\s：:，,])(?:我|本)?{word}(?:党工委|党委|人民政府|政府|办事处|上)?(?:研究)?(?:决定)?"
                         rf"(?:要|将)?(?:成立|设立|组建)了?|(?:成立|设立|组建)了?全{word})$")
    fixed = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and nm.name == m.text and m.text.endswith(OWN_BODY_ENDS) and not m.text.startswith(chain) \
                and (opening.search(text, max(0, m.start - 16), m.start) or (m.marker == word and m.layer == "pattern")):
            # ((s26-org) or led by the level's heads, `成立以镇党委书记、镇长为双组长…为成员的…领导小组`: the founder level
            # the organs reader found, organs.LEADERS_AS)
            nm = NamedMention(m, chain + nm.name)
        fixed.append(nm)
    return fixed


# (s38-organs, guide D15 and S36 CT1 Q3) A working body a city's own notice sets up, written bare right after the verb that
# sets it up (`建立停车管理联席会议制度`, `成立城市更新工作领导小组`) in a clause whose actor is the city itself (no 各, no
# lower level, no unit before the verb): the city's body, named with the city in front, as a county's is
# (_bodies_set_up_by_own_level); a body another actor sets up (`各县区要成立…`, `企业要建立…`) is left as it was.
UPPER_BODY_ENDS = ("联席会议", "领导小组", "工作小组", "指挥部", "工作专班", "领导组")
SET_UP_RIGHT_BEFORE = re.compile(r"(?:建立|成立|设立|组建|建立健全|健全)$")
OTHER_ACTOR_IN_CLAUSE = re.compile(r"各|县|区|乡|镇|街道|村|社区|企业|单位|公司|学校|医院|部门|[局委办厅]")


# (a name opening with a place or level word is named by the rules that read it)
PLACE_OPENING = re.compile(r"[省市县区州师团旗盟乡镇全本我各]")


def _bodies_set_up_by_the_city(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    city = j.prefecture
    fixed = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and nm.name == m.text and m.text.endswith(UPPER_BODY_ENDS) and not m.place \
                and not m.marker and not m.text.startswith(city[:2]) and not PLACE_OPENING.match(m.text) \
                and SET_UP_RIGHT_BEFORE.search(text, max(0, m.start - 4), m.start):
            k = m.start - 1
            while k > 0 and text[k - 1] not in "，。；;,\n：:":
                k -= 1
            clause = text[k:m.start]
            if not OTHER_ACTOR_IN_CLAUSE.search(clause.replace("市人民政府", "").replace("市政府", "")):
                nm = NamedMention(m, city + nm.name)
        fixed.append(nm)
    return fixed


# (s18-a1org) `各级老龄工作委员会`, `各级妇女儿童工作委员会`, `各级安全生产委员会`: a body every level sets up, written with 各级 before
# the name the organs reader knows (a working committee, read with no place): the collective as written, determiner kept
# (spec 1.1 section 5: `各级人力资源社会保障部门`; guide D1), not the bare name of no level.
EACH_LEVEL_HEADS = ("委员会", "领导小组", "工作小组", "联席会议", "委员会办公室", "领导小组办公室")


def _each_level_bodies(text: str, out: list[NamedMention]) -> list[NamedMention]:
    fixed = []
    for nm in out:
        m = nm.mention
        # ((s30-org) also where the bare name was given the document's place, `各级老龄工作委员会要…` in a province's notice:
        # the alias table's local 老龄工作委员会 is named with the region, but 各级 says every level's, no one place's)
        if m.start >= 2 and text[m.start - 2:m.start] == "各级" and m.text.endswith(EACH_LEVEL_HEADS) \
                and (nm.name == m.text or not m.marker and not m.place and nm.name.endswith(m.text)):
            name = "各级" + m.text
            nm = NamedMention(replace(m, start=m.start - 2, text=name, kind="collective"), name)
        fixed.append(nm)
    return fixed


# (s18-a1org) `报镇领导小组办公室`, `向县领导小组报告`: the leading group the notice sets up, taken up again by its level and
# head alone. It is that group (or its office), one organ (spec 1.1 section 5, once per distinct organ; guide D14), not a
# second `<town>领导小组办公室`; a verb read into the name (`工作进度报镇领导小组办公室`) is cut off. Only at the document's
# own level and when the notice names exactly one group (office) of that head; otherwise left as it was.
# (s25-org) also a task force (`地区工作专班每季度开展一次督导`, `报送地区工作专班办公室`) and a prefecture's level words (地区, 州, 盟)
# ((s26-org) and a joint meeting's office, `报送区联席会议办公室`: the office of the 联席会议 the notice names)
# ((s29-org2) a province's too: `省领导小组办公室要会同有关部门…检查考核` after `省政府成立“…工程”领导小组`)
BARE_GROUP = re.compile(r"(?:^|(?<=[报向送交至给经由]))(?P<lv>[镇乡县区市旗州盟省]|街道|地区|自治区)"
                        r"(?P<h>领导小组办公室|领导小组|领导组办公室|领导组|工作专班办公室|专班办公室|工作专班|专班|联席会议办公室|指挥部办公室|指挥部)$")
# ((s30-town) and a headquarters, `向镇指挥部办公室报告` after `镇成立森林防灭火指挥部`: the town's one 指挥部 and its office;
# where a higher level's 指挥部 is named too (区森林防灭火指挥部), the one of the reference's own chain)
# ((s31-org) and 领导组 and its office, `报镇领导组办公室备案` after `镇政府成立…工作领导组`)
BARE_GROUP_ENDS = ("领导小组办公室", "领导小组", "领导组办公室", "领导组", "专班", "专班办公室", "联席会议办公室", "指挥部办公室",
                   "指挥部")


def _bare_group_references(out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    own = j.township or j.county or j.prefecture or j.province or ""
    fixed = []
    for nm in out:
        m = nm.mention
        bare = BARE_GROUP.search(m.text) if m.text.endswith(BARE_GROUP_ENDS) else None
        if bare and own.endswith(bare.group("lv")):  # the document's own level only (县领导小组 in a town notice is not)
            head = bare.group("h").removeprefix("工作")
            # (s22-org: a party committee's own group, 县委农办 → 中共…县委农村工作领导小组办公室, is written 县委…, not
            # 县…: no candidate for the level's bare reference)
            named = {o.name for o in out if o.name.endswith(head) and o.mention.kind == "named"
                     and not o.name.startswith("中共")
                     and not BARE_GROUP.search(o.mention.text) and len(o.name) > len(nm.name) - len(m.text) + 6}
            if len(named) > 1 and bare.group("h").startswith("指挥部"):
                chain = nm.name[:len(nm.name) - len(bare.group("h"))]
                named = {n for n in named if n.startswith(chain)}
            if len(named) == 1:
                cut = bare.start()
                nm = NamedMention(replace(m, start=m.start + cut, text=m.text[cut:]), named.pop())
        fixed.append(nm)
    return fixed


# (s22-org) A town's station written bare (`派出所`, `镇派出所`, `司法所`; guide D39 names it with the town in front) in a
# notice that also names the town's station by its place (`新市派出所`, named as on its seal `德清县公安局新市派出所`) is
# that station: one organ (guide D14), not a second `<town>派出所` (b8 d102 gold).
# ((s30-town) and the market-regulation office, `市场监管所` beside `什刹海市场监管所` in a street's notice: named in full
# after the town's chain, the placed one under its district bureau, 市场监督管理局)
STATION_SEAL_WORDS = {"派出所": "公安", "司法所": "司法", "市场监督管理所": "市场监督管理局"}


def _bare_stations_named_by_place(out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain:
        return out
    stem = j.township.removesuffix("街道").removesuffix("镇").removesuffix("乡")
    renamed = {}
    for word, organ in STATION_SEAL_WORDS.items():
        sealed = [nm.name for nm in out if nm.name.endswith(stem + word) and organ in nm.name and nm.name != chain + word]
        if sealed:
            renamed[chain + word] = sealed[0]
    # (s31-org, guide D63) a station named after its bureau's field (`镇自然资源和规划所`) beside the bureau's station of the
    # town's place (`襄州区自然资源和规划局双沟所`): one organ, by the name on its seal
    for nm in out:
        w = nm.name[len(chain):] if nm.name.startswith(chain) else ""
        if len(w) > 3 and w.endswith("所") and w not in STATION_SEAL_WORDS:
            sealed = [o.name for o in out if o.name.endswith(w[:-1] + "局" + stem + "所")]
            if sealed:
                renamed[nm.name] = sealed[0]
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[nm.name]) if nm.name in renamed else nm for nm in out]


# One pass over a town's offices written short and given the town's chain (guide D39 read in S22, D40, D50):
# * (s23-town; A13 answers: "a short form the document itself writes in full elsewhere takes that full form") a short
#   form (`镇党政办`, `社会事务办`) in a notice that also writes `党政办公室` as an office's own name (its signature, a
#   责任单位 list, `镇党政办公室、…`) is that office: the document makes the full form certain (D19, D40). The full form
#   must stand as a name (after a boundary, a list mark or the level word), not as the tail of a longer office
#   (`规划建设管理环保办公室` is no `环保办公室`);
# * (s23-org) the same with the table's full form (organ_township_units.tsv: 党政办 -> 党政办公室, 国土所 -> …) written
#   after the town's name (`方祥乡党政办公室` signing the 印发 line);
# * (s24-town) otherwise the short form is kept as written (`扶贫办` bare in a list after `镇党政办、综治办、`, given the
#   county-level alias 扶贫开发办公室): the township reforms gave one short form different full names, so none is
#   certain; only the table's forms with one full name everywhere (政府办, 安委办) are written out.
def _town_short_offices(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain:
        return out
    fixed_names = _town_office_words()
    table_fulls = _town_office_full_names()
    full_of: dict[str, str | None] = {}
    done = []
    for nm in out:
        if nm.mention.kind == "named" and nm.name.startswith(chain):
            nm = NamedMention(nm.mention, _town_office_name(text, nm, chain, j, full_of, fixed_names, table_fulls))
        done.append(nm)
    return done


def _town_office_name(text: str, nm: NamedMention, chain: str, j: Jurisdiction, full_of: dict[str, str | None],
                      fixed_names: dict[str, str], table_fulls: dict[str, str]) -> str:
    written = to_simplified(nm.mention.text)
    written = written[len(j.township):] if written.startswith(j.township) else \
        written[2:] if written.startswith("街道") else written[1:] if written[:1] in "镇乡" else written
    name = nm.name
    if written.endswith("办") and len(written) >= 3 and name != chain + written \
            and fixed_names.get(written, written) == written:
        name = chain + written  # (as written: no alias's full form)
    short = name[len(chain):]
    if len(short) >= 3 and short.endswith("办"):
        if short not in full_of:
            found = re.search(rf"(?:(?<!\p{{Han}})|(?<=镇|乡|街道|[、，和及与由]))({re.escape(short)}公室)", text)
            full_of[short] = chain + found.group(1) if found else None
        if full_of[short]:
            return full_of[short]
    full = table_fulls.get(short)
    # ((s35-names, guide D14) also the full form after the bare level word, `镇应急管理办公室` beside `镇应急办`)
    return chain + full if full and (j.township + full in text or re.search(rf"(?:镇|乡|街道){re.escape(full)}", text)) \
        else name


# (s24-town, guide D39) A town's office written bare as an item of its own (`责任单位：征迁办公室、农业农村工作办公室，相关村`,
# `责任科室：社区建设办公室（牵头）`, a table's 责任单位 cell) in the town's own notice: the town's office, named with its
# chain (spec 1.1 section 5: the organ of the document's own jurisdiction); a 工作专班 so written is the town's too, as
# `街道成立…工作专班` is (_bodies_set_up_by_own_level), not a body of no place. Named
# like the table's offices (organ_township_units.tsv). The township reforms named the offices by fields that differ
# by province and year (社区建设办公室, 综合保障办公室, 自然资源和生态环境办公室), so no table holds them all; standing
# alone in the town's notice, with no level before it, it is an office of the town. The item stands alone (no Han
# character or quote before it; a list mark, bracket, line end or duty verb after it), its fields hold no other organ's
# head (局, 委, 部, 组, 会: a bureau's, committee's or group's office is another organ), it opens with no level or place
# (县/区/市…: that level's office) and no other reading covers it (a county organ read whole keeps its reading).
# ((s33-assign2) or only the case word 由 at a clause's opening before it: `由文化旅游办公室牵头，…配合`, a town's office
# given the lead in prose, as it is in the item's annotation)
_BARE_FIELD = r"(?![的在对为是要将把按由从向等并或及与给让使其可应各有相关该此这于以之和政府局委厅部处组会院队所站])\p{Han}"
_BARE_FIRST = rf"(?:乡村|市场|应急|(?![省市县区州旗盟镇乡村街])(?:{_BARE_FIELD}))"
TOWN_BARE_OFFICE = re.compile(rf"(?:(?<![\p{{Han}}“”\"‘’'])|(?<=[。，,；;：:\s]由))(?:{_BARE_FIRST}(?:{_BARE_FIELD}){{1,9}}?(?:和(?:{_BARE_FIELD}){{2,8}}?)?)"
                              r"(?:办公室|工作专班)(?=[、，,；;。）)（(\s|｜]|$|牵头|负责|配合|会同|协助)")


def _town_bare_offices(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                       j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain:
        return out
    added = []
    for a, b in segments:
        for m in stdlib_twin(TOWN_BARE_OFFICE).finditer(text, a, b):  # (the same matches, ~3x faster)
            if m.group(0).startswith(("成立", "组建", "设立")):
                continue  # (s26-a20org) `成立同心镇乡村振兴工作专班`: a body set up, read by the working bodies' rule
            inside = [nm for nm in out if nm.mention.start < m.end() and m.start() < nm.mention.end]
            inside = [nm for nm in inside if nm.name != m.group(0)]  # (a body read with no place: the town's)
            if any(nm.mention.start <= m.start() and nm.mention.end >= m.end() or nm.mention.start < m.start()
                   or nm.mention.end > m.end() or not nm.name.startswith(chain) for nm in inside):
                continue  # (read already, or otherwise: a county's organ read whole, a word running on)
            # (a town's office read in its tail, `宣传教育办公室` as 教育办: the whole item is the office)
            # ((s40-organs) written after the town's own short name, `小榄卫生和计划生育办公室`: the town named once)
            name = chain + without_own_town(m.group(0), j.township)
            added.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "asis", name,
                                              layer="pattern"), name))
    if not added:
        return out
    kept = [nm for nm in out if not any(x.mention.start <= nm.mention.start and nm.mention.end <= x.mention.end
                                        for x in added)]  # (the tails and the placeless readings it replaces)
    return sorted(kept + added, key=lambda nm: nm.mention.start)


# (s23-town2) A town's office named by two or three fields (`自然资源规划建设环保办公室`, the offices merged in the 2019
# township reforms) ends in a table office word (`环保办公室`), read alone where a field's Han character stands before
# it (`…建设` is not the boundary a table word needs). Where the document writes the longer office as a name of its
# own (its 领导小组 member list), the same characters in front of the short match are that office, not a second one;
# written short the same way (`规划建设管理环保办`, read as `环保办`), the longer office too (guide D14).
def _town_office_tails(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain:
        return out
    longer = {nm.mention.text: nm.name for nm in out
              if nm.mention.kind == "named" and nm.mention.text.endswith(("办公室", "办"))
              and nm.name in (chain + nm.mention.text, chain + nm.mention.text + "公室")}
    if not longer:
        return out
    fixed = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and nm.name in (chain + m.text, chain + m.text + "公室"):
            for q in sorted(longer, key=len, reverse=True):
                # (the longer office written short as well: `规划建设管理环保办` read as `环保办`)
                w = q[:-2] if q.endswith("办公室") and m.text.endswith("办") else q
                k = len(w) - len(m.text)
                if k > 0 and w.endswith(m.text) and m.start >= k and text[m.start - k:m.end] == w:
                    nm = NamedMention(replace(m, start=m.start - k, text=w, stem=longer[q][len(chain):]), longer[q])
                    break
        fixed.append(nm)
    return fixed


# (s23-town2) `平安建设办公室（应急管理办公室）`: a town's office written with its second name in a bracket (one office
# doing the work of two after the township reforms) is one organ under the name written first (guide D14: one organ,
# the document's own name); the second name and its short form (`镇应急办`) elsewhere are that office.
SECOND_OFFICE_NAME = re.compile(r"[（(](?:镇|乡|街道)?(\p{Han}{2,12}办公室)[）)]")
# (s37b-towns) after a short office or a station: the second office written in full or short (no seat, `（设在…）`)
SECOND_NAME_OF_SHORT = re.compile(r"[（(](?!设|挂|含|下设|牵头|负责)(?:镇|乡|街道)?(\p{Han}{2,12}办公室|\p{Han}{2,5}办)[）)]")


SECOND_BUREAU_NAMES = re.compile(r"[（(]((?:镇|乡|街道)?\p{Han}{2,10}?局(?:、(?:镇|乡|街道)?\p{Han}{2,10}?局)*)[）)]")


def _town_office_second_names(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain:
        return out
    second: dict[str, str] = {}
    for nm in out:
        m = nm.mention
        if m.kind == "named" and nm.name.startswith(chain) and nm.name.endswith("办公室") \
                and not nm.name.endswith(GROUP_OFFICE_ENDS):  # (a group's office: the bracket may be its seat)
            bracket = SECOND_OFFICE_NAME.match(text, m.end)
            if bracket and chain + bracket.group(1) != nm.name:
                second[chain + bracket.group(1)] = nm.name
        elif m.kind == "named" and nm.name.startswith(chain) and nm.name.endswith(("办", "所")) \
                and (bracket := SECOND_NAME_OF_SHORT.match(text, m.end)) and chain + bracket.group(1) != nm.name:
            # (s37b-towns) `镇水利所（河长办）`, `镇安监办（应急管理办公室）`: a town's office or station written short
            # with the second office it also is in a bracket (the township reforms gave one body the work of two, its
            # second sign in the bracket): one organ under the name written first, as above
            second[chain + bracket.group(1)] = nm.name
        if m.kind == "named" and nm.name.startswith(chain) and nm.name.endswith(("办", "办公室")) \
                and not nm.name.endswith(GROUP_OFFICE_ENDS) and (bracket := SECOND_BUREAU_NAMES.match(text, m.end)):
            # (s31-org2) `镇公共服务办（镇教育局、镇卫生健康局）`: the bureaus' signs a town's office also hangs (the
            # Guangdong towns' 2010s reforms: one office doing the work of the bureaus named), one organ (spec 1.1
            # section 5, a bracket giving a second name of the same organ)
            for w in bracket.group(1).split("、"):
                second[chain + re.sub(r"^(?:镇|乡|街道)", "", w)] = nm.name
    if not second:
        return out
    fulls = _town_office_full_names()
    fixed = []
    for nm in out:
        full = chain + fulls.get(nm.name[len(chain):], "") if nm.name.startswith(chain) else ""
        first = second.get(nm.name) or second.get(full)
        fixed.append(NamedMention(nm.mention, first) if first else nm)
    return fixed


# (s18-a1org) `区全域旅游办` in a notice that sets up `全域旅游发展工作领导小组` with its office: the group's office written short
# (as notices write 创卫办, 脱贫攻坚办 for the groups' offices), one organ under its fuller name (guide D14), not a second
# `<region>全域旅游办公室`. Only when exactly one group office of the same region starts with the short form's stem.
GROUP_OFFICE_ENDS = ("领导小组办公室", "领导组办公室", "工作小组办公室", "指挥部办公室", "委员会办公室", "联席会议办公室")


def _standing_office(short: str) -> bool:
    """(s26-a20org) A short office name every place keeps whatever groups it sets up (扶贫办, 综治办, 党政办: the alias and
    township tables), no group's office written short (`领导小组办公室设在镇扶贫办`: two offices)."""
    from ..nlp.tables import organ_tables

    return short in _town_office_words() or short in organ_tables().aliases


# (s34-names, guide D50) `领导小组办公室设在县扶贫办`: the office is seated in the short-named organ, so the two are two organs;
# the short form written as a seat is never the group's office under another name (D40 joins one organ's two names only)
SEAT = re.compile(r"(?:设在|设于)(?P<seat>[\p{Han}]{2,12}?办)(?![\p{Han}&&[^，。；、负承具]])")


def _seats(text: str) -> frozenset[str]:
    return frozenset(m.group("seat") for m in SEAT.finditer(text)) if "设" in text else frozenset()


def _group_office_short_forms(out: list[NamedMention], seats: frozenset[str] = frozenset()) -> list[NamedMention]:
    offices = {nm.name for nm in out if nm.mention.kind == "named" and (
        nm.name.endswith(GROUP_OFFICE_ENDS) or nm.mention.scope == "asis" and (nm.mention.stem or "").endswith(GROUP_OFFICE_ENDS))}
    if not offices:
        return out
    fixed = []
    for nm in out:
        m = nm.mention
        # (s23-town2: a town's office kept short, `海城市西柳镇宜居办`, ends in 办 itself)
        if m.kind == "named" and m.text.endswith("办") and nm.name.endswith(("办公室", "办")) and nm.name not in offices \
                and m.text not in seats:
            stem = re.sub(r"^[省市县区旗州镇乡]", "", m.text[:-1])
            k = nm.name.rfind(stem) if len(stem) >= 2 else -1
            if k > 0:
                region = nm.name[:k]
                # ((s29-articles) not a standing office kept as written, `县扶贫办` beside the `县扶贫开发领导小组办公室` set up
                # in it: two organs, guide D50 keeps a local 扶贫办 as written)
                # ((s40-organs) nor a campaign's office named by its quoted slogan, `镇“三改一拆”办` beside the
                # `…“三改一拆”行动领导小组办公室`: the campaign's standing office, another organ than the group's (guide D50, D14))
                hits = {o for o in offices if o.startswith(region + stem) and len(o) > k + len(stem) + 5} \
                    if not _standing_office(stem + "办") and not stem.startswith("“") else set()
                # ((s37-names) a short form that leaves out words before the group's key words, `镇禁烧办` beside the
                # `…秸秆禁烧和综合利用工作领导小组办公室`, is no longer read as the group's office: guide S35 (CS1 Q4) keeps two
                # names the text never equates two, D14 needing the text's own evidence; the s26 reading is gone)
                if len(hits) == 1:
                    nm = NamedMention(m, hits.pop())
        fixed.append(nm)
    return fixed


@lru_cache(maxsize=1)
def _town_office_full_names() -> dict[str, str]:
    """A town's office kept as written short (organ_township_units.tsv canonical) -> its full name where the table gives
    one (党政办 -> 党政办公室)."""
    return {r["canonical"]: r["full"] for r in load_table("organ_township_units")
            if r["kind"] == "office" and "{" not in r["canonical"] and r["full"] != r["canonical"]}


# (s23-org) `由街道党工委书记、办事处主任任组长`, `办事处负责…`: 办事处 written bare in a street's own notice is the street's
# 街道办事处, its government (spec 1.1 section 5: the organ of the document's own jurisdiction), as 镇政府 is the town's.
BARE_STREET_OFFICE = re.compile(r"(?:(?<=^)|(?<=[、，,和及与由；;。\n\s（(]))办事处(?![\p{Han}&&[^主负牵要和及与等对在]])")


def _bare_street_office(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                        j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain:
        return out
    name = chain + "办事处"
    taken = [(nm.mention.start, nm.mention.end) for nm in out]
    added = [NamedMention(Mention(d.start(), d.end(), d.group(0), "named", "asis", name, layer="pattern"), name)
             for a, b in segments for d in BARE_STREET_OFFICE.finditer(text, a, b)
             if not any(x < d.end() and d.start() < y for x, y in taken)]
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# (s18-a1org) A people's organisation named bare (妇联, 团委, 残联, 工会) in a town's or street's own notice is the
# town's (spec 1.1 section 5: "the one of the document's own jurisdiction"; towns have their 妇联, 团委 and 残联): named
# with the town's chain like its offices (`德清县新市镇妇女联合会`, `共青团德清县新市镇委员会`), not the county's. A written
# level (县妇联) or place keeps its own.
# (s24-org) `人大主席` written bare in a town's own notice (a 责任领导 column, `人大主席 陈××`): the title exists only at the
# township level (the chair of the 乡镇人民代表大会's presidium, 地方各级人民代表大会和地方各级人民政府组织法 第十八条); spec 1.1
# section 5 counts an organ inside a person's title, so the town's 人民代表大会 is mentioned (as `乡人大主席` names it).
# Not after a Han character (`乡人大主席` is the township layer's, `各乡镇人大主席` every town's title).
TOWN_CONGRESS_CHAIR = re.compile(r"(?<![\p{Han}])人大主席(?!团)")


def _town_congress_chair(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                         j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain or not chain.endswith(j.township):
        return out
    name = chain + "人民代表大会"
    if any(nm.name == name for nm in out):
        return out
    for a, b in segments:
        m = TOWN_CONGRESS_CHAIR.search(text, a, b)
        if m:
            found = NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "township", "人民代表大会",
                                         layer="pattern"), name)
            return sorted(out + [found], key=lambda nm: nm.mention.start)
    return out


# (s37b-towns) `镇人大主席团主席` / `人大主席团主席` in a town's own notice is a person's title (the chair of the presidium,
# who is the 人大主席 of guide D57; 地方各级人民代表大会和地方各级人民政府组织法: the township congress elects its presidium's
# chair): the organ inside the title is the town's 人民代表大会, as `人大主席` names it, not the presidium as a body. The
# presidium acting (`镇人大主席团配合`, `抄送：乡人大主席团`) stays the 人民代表大会主席团.
def _presidium_chair_title(text: str, out: list[NamedMention]) -> list[NamedMention]:
    fixed: list[NamedMention] = []
    for nm in out:
        m = nm.mention
        # ((s40-organs) and its vice chair, `镇人大主席团副主席`: the same office's deputy, a person's title all the same)
        title = 2 if text.startswith("主席", m.end) else 3 if text.startswith("副主席", m.end) else 0
        if nm.name.endswith("人民代表大会主席团") and title and not text.startswith("主席团", m.end):
            name = nm.name[:-len("主席团")]
            nm = NamedMention(Mention(m.start, m.end + title, text[m.start:m.end + title], m.kind, m.scope, "人民代表大会",
                                      m.marker, m.place, "pattern"), name)
        fixed.append(nm)
    return fixed


# (s26-a20org) `供销社和平分社`, `县供销社城关分社`: a branch (分社) of the county's supply and marketing cooperative in a
# town, named after the town (its name without 镇/乡), is the county cooperative's branch (《中华全国供销合作总社章程》:
# the county federations run their branches in the towns), `<county>供销合作社<name>分社`, not the town's own cooperative
# nor the county's bare (spec 1.1 section 5: the full name of the organ mentioned).
COOPERATIVE_BRANCH = re.compile(r"(?P<name>\p{Han}{1,4}?)分社")


def _cooperative_branches(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    county_chain = chain[:-len(j.township)] if chain and chain.endswith(j.township) else None
    fixed = []
    for nm in out:
        m = nm.mention
        b = COOPERATIVE_BRANCH.match(text, m.end) if m.text.endswith(("供销社", "供销合作社")) else None
        if b and nm.name.endswith("供销合作社"):
            base = county_chain + "供销合作社" if county_chain and chain and nm.name.startswith(chain) else nm.name
            nm = NamedMention(replace(m, end=b.end(), text=text[m.start:b.end()]), base + b.group("name") + "分社")
        fixed.append(nm)
    return fixed


def _town_people_organisations(out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    chain = j.township_chain()
    if not chain or not chain.endswith(j.township):
        return out
    county_chain = chain[:-len(j.township)]
    if not county_chain:
        return out
    fixed = []
    for nm in out:
        m = nm.mention
        if m.scope in ("mass", "youth") and not m.place and not m.marker and chain not in nm.name \
                and county_chain in nm.name:
            nm = NamedMention(m, nm.name.replace(county_chain, chain, 1))
        fixed.append(nm)
    return fixed


# (s18-a1org) `县委决策部署`, `市委工作部署`, `县委统一部署`: 部署 ("deploy") read as a party department ending in 部
# (`中共含山县委决策部`). No organ is named `…部` with 署 right after it, so the mention is cut back to the committee it
# opens with (`县委` → 中共<county>委员会), as a policy reader takes `落实县委决策部署` (spec 1.1 section 5: the committee
# is mentioned); a mention with no committee in it is dropped.
DEPLOY_TAIL = re.compile(r"委(?P<tail>\p{Han}{1,4}部)$")


def _deployments(text: str, out: list[NamedMention]) -> list[NamedMention]:
    kept = []
    for nm in out:
        m = nm.mention
        if not (m.text.endswith("部") and text.startswith("署", m.end)):
            kept.append(nm)
            continue
        cut = DEPLOY_TAIL.search(m.text)
        tail = cut.group("tail") if cut else ""
        if cut is None or not nm.name.endswith(tail) or not nm.name[:-len(tail)].endswith("委"):
            continue
        short = replace(m, end=m.end - len(tail), text=m.text[:-len(tail)])
        kept.append(NamedMention(short, nm.name[:-len(tail)] + "员会"))
    return kept


# (s22-org) `州委目标督查办会同州委农办…`, `市委考核办`: an office of the party committee written short after it, one the
# alias table does not know (`州委农办` is read whole): the committee's office, named with 中共 and the committee as
# written short (guide D19, D40: a short form whose full name is not certain is kept; A11 a127 gold), not the committee.
COMMITTEE_OFFICE = re.compile(r"(?P<x>(?:(?![的在对为是要将把按由从向等并或及与和各该此之其会同牵负])\p{Han}){2,5}?办)"
                              r"(?=[^\p{Han}]|会同|负责|牵头|配合|参与|等|和|及|要|每|对|将)")


def _committee_offices(text: str, out: list[NamedMention]) -> list[NamedMention]:
    kept = []
    for nm in out:
        m = nm.mention
        o = COMMITTEE_OFFICE.match(text, m.end) if m.scope == "partycommittee" and m.text.endswith("委") \
            and nm.name.startswith("中共") and nm.name.endswith("委员会") else None
        if o is None:
            kept.append(nm)
            continue
        name = nm.name[:-2] + o.group("x")
        kept.append(NamedMention(Mention(m.start, o.end(), text[m.start:o.end()], "named", "asis", name, layer="pattern"),
                                 name))
    return kept


# (s30-articles) Level words before 人民政府 (`县级以上`, `设区的市级`, `地方各级`, `同级`): the name is a collective of
# levels, not one place's organ, and its variants stay two names as written (guide D1; a Guangxi 2012 条例 writing
# `县级以上人民政府林业主管部门` in one article and `县级以上林业主管部门` in another names two collectives)
LEVEL_RANGE_BEFORE_GOVERNMENT = re.compile(r"(?:级|以上|地方|各级|同级|本级|上级)$")


def _government_variants(out: list[NamedMention]) -> list[NamedMention]:
    """`自治县人民政府城乡规划主管部门` and `自治县城乡规划主管部门` in one notice: one organ of the level, under the
    name without 人民政府 (guide D14, as the canonical form writes region + organ: 县财政局, not 县人民政府财政局)."""
    names = {nm.name for nm in out}
    renamed = {}
    for n in names:
        k = n.find("人民政府")
        if k > 0 and LEVEL_RANGE_BEFORE_GOVERNMENT.search(n[:k]):
            continue  # (s30-articles) 县级以上人民政府X部门 beside 县级以上X部门: collectives as written (guide D1, D35)
        if k > 0 and n.endswith("部门") and len(n) > k + 6 and (n[:k] + n[k + 4:]) in names:
            renamed[n] = n[:k] + n[k + 4:]
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[nm.name]) if nm.name in renamed else nm for nm in out]


# `…领导小组。领导小组下设办公室，负责…`: the group named before, taken up by its head word alone, sets up its
# office: that office is an organ named after the group (spec 1.1 section 5: …委员会办公室 are organs)
# `领导小组办公室设在市发展改革委`: the office of the group named before, taken up by the group's head word alone
# `…领导小组，由…任组长，办公室设在…`: the office of the group of the same sentence; `协调委办公室设在…`: the group
# taken up by its short head (协调委 for …协调委员会)
GROUP_OFFICE = re.compile(r"(?<![\p{Han}])(?P<h>工作领导小组|领导小组|推进小组|协调小组|领导组|工作小组|专项工作组|工作组|小组|委员会|指挥部|联席会议|工作专班|专班"
                          r"|\p{Han}{1,3}委(?=办公室))?(?:下设(?:办公室|综合办公室)|办公室(?=[（(]?设在|[（(]?设于|负责|承担))(?!主任|副主任)"
                          # (s20-org) 将进展情况报送联席会议办公室: the office of the joint meeting set up before, where reports go
                          r"|(?<=报送|上报|报)(?P<h>联席会议)办公室(?=[，。；、）)\s])"
                          # (s26-org) `推进小组办公室每季度通报…`: the group's office opening a sentence with a duty of its own
                          r"|(?:(?<=[。；\n])|^)(?P<h>领导小组|推进小组)办公室(?=每|定期|要|应|牵头|会同|及时|按)"
                          # (s30-assign) the group's office taken up as the partner of a 会同 (`市委督查室、市政府督查室会同
                          # 领导小组办公室，每季度…检查`, `镇党政办公室会同领导小组办公室每月…调度`): spec 1.1 section 6's B
                          r"|(?<=会同)(?P<h>领导小组|推进小组)办公室(?!主任|副主任)")
# what GROUP_OFFICE needs in any match (its head is optional), found by one stdlib search first
# (s23-org) also with the seat in a bracket: `领导小组办公室（设在省人力资源社会保障厅）负责日常调度`
GROUP_OFFICE_CUE = stdlib_re.compile(r"下设(?:综合)?办公室|办公室(?:[（(]?设在|[（(]?设于|负责|承担)|报(?:送)?联席会议办公室"
                                     r"|[领推][导进]小组办公室(?:每|定期|要|应|牵头|会同|及时|按)|会同[领推][导进]小组办公室")
GROUP_HEADS = ("领导小组", "推进小组", "领导组", "工作小组", "工作组", "小组", "委员会", "指挥部", "联席会议", "专班")
# ((s25-org) 专班办公室设在地区农业农村局: a task force (工作专班) sets up its office as a leading group does)


# (speed only, s21b) every GROUP_OFFICE match opens at most GROUP_OFFICE_REACH characters before an occurrence of one
# of GROUP_OFFICE_CORES (its optional head, at most 6 characters (工作领导小组; \p{Han}{1,3}委 at most 4), stands
# before 下设 or 办公室; 联席会议办公室 opens 4 before its 办公室): tried only there (scan.finditer_at)
GROUP_OFFICE_CORES = ("下设", "办公室")
GROUP_OFFICE_REACH = 6


def _group_office_matches(text: str, a: int, b: int):
    """`stdlib_twin(GROUP_OFFICE).finditer(text, a, b)` (s16: the stdlib engine, the same matches), tried only
    within GROUP_OFFICE_REACH characters before a core word (the same matches: see GROUP_OFFICE_CORES)."""
    starts: set[int] = set()
    for word in GROUP_OFFICE_CORES:
        k = text.find(word, a, b)
        while k >= 0:
            starts.update(range(max(a, k - GROUP_OFFICE_REACH), k + 1))
            k = text.find(word, k + 1, b)
    return finditer_at(GROUP_OFFICE, text, sorted(starts), b)


def _offices_under_a_group(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    added = []
    for a, b in segments:
        if GROUP_OFFICE_CUE.search(text, a, b) is None:
            continue  # (no cue the pattern needs in the segment: its optional head is tried nowhere, issue 16)
        for m in _group_office_matches(text, a, b):
            h = m.group("h")
            if h is None:  # a bare 办公室设在…: the group named before it in the same sentence
                heads: tuple[str, ...] = GROUP_HEADS
            elif h.endswith("委") and not h.endswith("委员会"):
                heads = (h[:-1] + "委员会",)
            else:
                heads = (h,)
            groups = [nm for nm in out if nm.mention.end <= m.start() and nm.name.endswith(heads)
                      and nm.mention.kind == "named"]
            if not groups:
                continue
            group = max(groups, key=lambda nm: nm.mention.end)
            if h is None and (m.start() - group.mention.end > 200 or "。" in text[group.mention.end:m.start()]):
                continue
            names = {nm.name for nm in groups}
            distinct = [n for n in names if not any(o != n and o.endswith(n) for o in names)]
            if h is not None and m.start() - group.mention.end > 200 and len(distinct) > 1:
                continue  # (far from the group: only when the notice names one group of that head)
            # (the group under its fullest name: 省推进…专项工作组 written once with its place, once without)
            name = max((n for n in names if n.endswith(group.name)), key=len) + "办公室"
            office = Mention(m.start(), m.end(), m.group(0), "named", "asis", name, layer="pattern")
            bracket = _office_named_in_brackets(text, m.end(), out)
            if bracket is not None and bracket.mention.text.endswith("办") and not bracket.mention.text.endswith("办公室"):
                # (s32-org) `领导小组下设办公室（镇垃圾分类办）`: a short form in the bracket (…办, no 办公室) is what
                # the document calls the office from here on; the office keeps its full name (spec 1.1 section 5:
                # short forms are written out), and so do the bracket and the short form's later mentions
                short = bracket.name
                out = [NamedMention(replace(nm.mention, stem=name), name) if nm.name == short else nm for nm in out]
                added.append(NamedMention(office, name))
                continue
            if bracket is not None:
                # (the bracketed name keeps the group's office as its stem: the item that sets the group up gives it no
                # duty, guide R10, as it gives the group's office none)
                out = [NamedMention(replace(nm.mention, stem=name), nm.name) if nm is bracket else nm for nm in out]
            added.append(NamedMention(office, bracket.name if bracket is not None else name))
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# (s33-org2) `领导小组下设督查组`, `镇禁烧指挥部组成3个督查组`, `指挥部下设六个工作组：（一）综合协调组。…（二）…`: the teams a
# leading group or headquarters sets up are its own working bodies (spec 1.1 section 5: …工作组 are working bodies;
# guide D96: a 督查组 the document sets up is a working body), named after the group as its office is (`…指挥部综合协调组`).
# A count of generic 工作组 with no list after it names no team; a team formed by organs (`A会同B组成联合督查组`) has no
# group before 组成 and is not read here.
TEAM_UNDER_GROUP = re.compile(r"(?P<h>领导小组|领导组|工作小组|指挥部|工作专班|专班|委员会)?(?:下设|组成|成立)"
                              r"(?:(?P<n>[0-9一二三四五六七八九十两]{1,2})个)?"
                              r"(?P<g>\p{Han}{0,4}?(?:督查|督导|巡查|检查|考核|暗访)组|(?:专项工作|专项|工作|功能)组)"
                              r"(?=[：:，,。；（(、\s]|$)")
TEAM_ITEM = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[0-9]{1,2}[.．、])[ \t\u3000]*"
                       r"(?P<t>\p{Han}{2,10}?组)(?=[。：:，,；（(\s])")
TEAM_HEADING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|第\p{Han}{1,3}[章条部分])")
TEAM_GENERIC = ("工作组", "专项组", "专项工作组", "功能组")


def _teams_under_a_group(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    added = []
    for a, b in segments:
        for m in TEAM_UNDER_GROUP.finditer(text, a, b):
            h = m.group("h")
            at = m.start("h") if h else m.start()
            own = [nm for nm in out if nm.mention.end == at and nm.mention.kind == "named" and nm.name.endswith(GROUP_HEADS)]
            if h and not own:
                own = [nm for nm in out if nm.mention.end <= at and nm.mention.kind == "named" and nm.name.endswith(h)]
                names = {nm.name for nm in own}
                if len([n for n in names if not any(o != n and o.endswith(n) for o in names)]) > 1 \
                        and own and at - max(nm.mention.end for nm in own) > 200:
                    continue  # (far from the group: only when the notice names one group of that head)
            if not own:
                continue  # (no group before 下设/组成: organs forming a team together, or a team of no group)
            group = max(own, key=lambda nm: nm.mention.end)
            g = m.group("g")
            if g not in TEAM_GENERIC:
                added.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "asis", group.name + g,
                                                  layer="pattern"), group.name + g))
                continue
            if not text.startswith(("：", ":"), m.end()):
                continue  # (a count of generic teams with no list of them: no team is named)
            k = text.find("\n", m.end())
            while 0 <= k < b:
                line = k + 1
                item = TEAM_ITEM.match(text, line, b)
                if item is None:
                    if TEAM_HEADING.match(text, line, b) is not None:
                        break  # (the next heading that is no team: the list is over)
                else:
                    t = item.group("t")
                    added.append(NamedMention(Mention(item.start("t"), item.end("t"), t, "named", "asis",
                                                      group.name + t, layer="pattern"), group.name + t))
                k = text.find("\n", line)
    if not added:
        return out
    taken = {(nm.mention.start, nm.mention.end) for nm in added}
    kept = [nm for nm in out if not any(s <= nm.mention.start < e for s, e in taken)]
    return sorted(kept + added, key=lambda nm: nm.mention.start)


# (s37-names) `镇纪委、镇党政办组成督查组`, `镇禁烧办组织督查组每天开展…明察暗访`: an inspection team that organs of the
# notice's own level form or organise, with no name of its own, is that level's team (guide D96: a 督查组 the document sets
# up is a working body; D15: a local working body carries its region), named with the level's chain as the place's other
# bodies (`<county><town>督查组`). A team joined by another level's organs (`市委督查室会同市农业农村局组成联合督查组`) or
# qualified by 联合 is kept as written by the organs reader; a team under a group is _teams_under_a_group's.
FORMED_TEAM = re.compile(r"(?:组成|组织|成立|抽调人员组成)(?:[0-9一二三四五六七八九十两]{1,2}个)?(?P<g>督查组)(?=[，,。；、对开每进赴深不（(\s])")


def _teams_formed_by_own_organs(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                                j: Jurisdiction) -> list[NamedMention]:
    own = _own_level_chain(j)
    if own is None:
        return out
    chain = own[1]
    added = []
    for a, b in segments:
        for m in FORMED_TEAM.finditer(text, a, b):
            if any(nm.mention.start <= m.start("g") < nm.mention.end for nm in out):
                continue  # (a team another rule named)
            # every organ of the forming list, read back from the verb (joined by 、 or 和), is the notice's own level's;
            # no organ right before the verb: whose team it is is not written
            k, formers = m.start(), []
            while True:
                prev = [nm for nm in out if nm.mention.end == k and nm.mention.kind == "named"]
                if not prev:
                    break
                nm = max(prev, key=lambda x: x.mention.end - x.mention.start)
                formers.append(nm)
                k = nm.mention.start
                if k > 0 and text[k - 1] in "、和及与":
                    k -= 1
                else:
                    break
            if not formers or any(not f.name.removeprefix("中共").startswith(chain) for f in formers):
                continue
            g = m.start("g")
            added.append(NamedMention(Mention(g, m.end("g"), "督查组", "named", "asis", chain + "督查组", layer="pattern"),
                                      chain + "督查组"))
    if not added:
        return out
    return sorted(out + added, key=lambda nm: nm.mention.start)


# (s23-town2) `领导小组下设办公室（镇宜居乡村建设办公室）`: the bracket right after the group's office gives the name the
# document calls that office by (`镇宜居乡村建设办公室牵头`); one organ under the name the document uses (guide D14), not a
# second `…领导小组办公室`. The stem keeps the group's office name, so its short forms (`镇宜居办`) join it too.
def _office_named_in_brackets(text: str, end: int, out: list[NamedMention]) -> NamedMention | None:
    if not text.startswith(("（", "("), end):
        return None
    for nm in out:
        m = nm.mention
        if m.start == end + 1 and m.kind == "named" and m.text.endswith(("办公室", "办")) \
                and text.startswith(("）", ")"), m.end):
            return nm
    return None


# Bodies the spec leaves out however they are written: armed forces (guide D26: 消防救援队伍, 武警部队; (s37-names) and the
# squads and stations of a fire and rescue brigade written after it, `县消防救援大队城关中队`)
# and schools (spec 1.1 section 5: 党校, 行政学院 are the party's and the state's schools)
NOT_DEPARTMENTS = re.compile(r"(?:消防救援(?:总队|支队|大队|站)|消防救援(?:支队|大队)\p{Han}{1,6}?(?:中队|站)|武警\p{Han}*(?:部队|总队|支队|大队|中队)|党校|行政学院"
                             # 国家开发银行, 中国农业发展银行: banks are financial institutions (spec 1.1 section 5), the
                             # central bank (中国人民银行) an organ
                             r"|(?<!人民)银行"
                             # (s28-org2) 节能监察机构, 市节能监察中心, 省节能监察总队: bodies the energy-saving department
                             # commissions to inspect (《节约能源法》 2007 第十二条: 可以委托具备条件的节能监察机构), service
                             # units, not organs (spec 1.1 section 5; the A10 a118 and A16 a177 golds leave them out),
                             # also where a shared level list names them (`市、县两级节能监察机构`)
                             r"|节能监察(?:机构|中心|总队|支队|大队)"
                             # (s23-org) 县政务大厅, 行政服务大厅: the hall where organs receive the public, a place (spec 1.1
                             # section 5: places and service bodies are not departments)
                             r"|(?:政务|政务服务|行政服务|便民服务|办税服务|办事)大厅"
                             # (s24-guide) military organs (guide D49, D26): the PLA's and a military region's, garrison's
                             # or 军分区's command and bodies (`省军区战备建设局`, `中国人民解放军总后勤部`) are armed forces;
                             # a town's or county's 人民武装部 is not matched (a local organ, S22)
                             r"|(?:省军区|军分区|警备区|卫戍区|战区|解放军)\p{Han}*"
                             # (s25-org) 县供电局, 吴忠供电局: the grid companies' local units since the 2002 power reform
                             # (国发〔2002〕5号: 厂网分开, the 供电局 of 国家电网/南方电网), enterprises (spec 1.1 section 5)
                             # ((s40-organs) and their branches in the towns, `小榄供电分局`: the same grid company's unit)
                             r"|(?:供电|电业)(?:分局|局))$")


# (guide D102) A local bureau of a service the state made an enterprise (`县邮政局` in a 2016 plan, `县电信局` in a 2010
# one): from the year of the separation (organ_separated_enterprises.tsv) it is the enterprise's branch, no department
# (spec 1.1 section 5, as D89 reads 供电); before it, an organ of its time. The regulators (`邮政管理局`, `通信管理局`)
# and the central `国家邮政局` are organs. An undated notice is read as recent.
@lru_cache(maxsize=1)
def _separated_enterprises() -> tuple[tuple[str, int], ...]:
    return tuple((r["ending"], int(r["since"])) for r in load_table("organ_separated_enterprises"))


def _enterprise_of_its_time(name: str, year: int | None) -> bool:
    return not name.startswith(("国家", "中华人民共和国")) and any(
        name.endswith(end) and (year is None or year >= since) for end, since in _separated_enterprises())


# (s23-org) `各县（市、区）要成立相应工作专班`, `建立相应的领导小组`: a body every place is told to set up "correspondingly" is
# named by no one (spec 1.1 section 5: organs the text names); the places given the work are read on their own
UNNAMED_BODY = re.compile(r"相应的?\p{Han}{0,8}?(?:工作专班|专班|领导小组|工作小组|工作机构|指挥部|办公室)$")
# (s24-town) the same body with its leader written between (`各社区要相应成立由社区党组织书记任组长的垃圾分类工作小组`,
# `各村要相应成立森林防灭火工作领导小组`): the set-up verb and the leader clause stand before the body's name, outside it
SET_UP_CORRESPONDINGLY = re.compile(r"相应的?(?:成立|设立|组建|建立|健全)(?:由[^，。；：:\n]{1,30}?(?:任|担任)[^，。；：:\n]{0,8}?的)?$")
UNNAMED_BODY_ENDS = ("工作专班", "专班", "领导小组", "工作小组", "工作机构", "指挥部")


def _set_up_correspondingly(text: str, nm: NamedMention) -> bool:
    m = nm.mention
    return nm.name.endswith(UNNAMED_BODY_ENDS) and SET_UP_CORRESPONDINGLY.search(text, max(0, m.start - 50), m.start) is not None


# A city bureau's branch in the document's own county (`市生态环境局县分局`, `市自然资源和规划局区分局`): since
# the 2019 vertical reform of ecology and environment (and where land and planning are run so) the county's
# office is the city bureau's branch, named on its seal `<city bureau><county without 县/区>分局`
# (丽水市生态环境局缙云分局; the labelled form where the county is written, 市生态环境局缙云分局).
OWN_BRANCH = re.compile(r"[县区]分局")
# (s23-org3) the same branch written `<county without 区/县><sector>分局` (`房山公安分局`, `黄浦公安分局`, `缙云生态环境分局`):
# the city bureau of the sector whose county offices are its branches by design (the police everywhere, ecology and
# environment since the 2019 vertical reform), named on its seal `<city><sector>局<county short>分局`
SHORT_BRANCH_SECTORS = ("公安", "生态环境")


def _own_county_branches(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                         j: Jurisdiction) -> list[NamedMention]:
    if j.level not in ("county", "township") or not j.county or not (j.prefecture or j.province):
        return out
    short = j.county[:-2] if j.county.endswith("新区") and len(j.county) > 3 else j.county[:-1]
    if len(short) < 2 or j.county.endswith(("市", "旗")):
        return out  # a county-level city or banner: its own bureaus, not a branch written so
    # (a municipality's district: the municipality is its city)
    city = j.prefecture or (j.province if j.province.endswith("市") else None)
    if not city:
        return out
    out = _short_county_branches(text, segments, out, city, j.county, short)
    if not j.prefecture:
        return out
    done = []
    for nm in out:
        m = nm.mention
        bureau = ECOLOGY_BRANCHES.get(to_simplified(m.text)[1:]) if m.kind == "named" else None
        if j.county.endswith("区") and bureau and to_simplified(m.text)[:1] == "区" and nm.name.endswith("分局"):
            # (s25-org) `区生态环境分局` written with its level alone: the city bureau's branch of the document's county
            # ((s25-swap) and its name before the 2018 reform, `区环境保护分局`, `区环保分局`: a branch all the same)
            done.append(NamedMention(m, j.prefecture + bureau + short + "分局"))
            continue
        if m.kind == "named" and m.marker == "市" and nm.name.startswith(j.prefecture) and nm.name.endswith("局"):
            # (s24-town) the county written by its name less 县/区 (`市生态环境局安化分局`), as on the seal
            written = 3 if OWN_BRANCH.match(text, m.end) and text[m.end] == j.county[-1] else \
                len(short) + 2 if text.startswith(short + "分局", m.end) else 0
            if written:
                done.append(_extended(text, nm, m.end + written, nm.name + short + "分局"))
                continue
        done.append(nm)
    return done


# (s37-names) `镇市场监管分局`, `镇公安分局`, `天目湖分局` in a town's own notice: a town keeps no 分局 of its own; a 分局 the
# town's notice writes with its level word (or its own name) is the office a county bureau keeps in the town, named on its
# seal `<county bureau><town less 镇/乡>分局` (溧阳市市场监督管理局天目湖分局; guide D63: a branch is named by its official
# name, the higher bureau's 分局). The sectors whose county bureaus keep such branches in towns are data
# (pipeline/data/organ_town_branch_bureaus.tsv with SOURCES.md); a sector not listed is left as it was.
@lru_cache(maxsize=1)
def _town_branch_bureaus() -> dict[str, str]:
    return {r["written"]: r["bureau"] for r in load_table("organ_town_branch_bureaus")}


def _town_branches_of_county_bureaus(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                                     j: Jurisdiction) -> list[NamedMention]:
    word = next((w for w in ("街道", "镇", "乡") if j.township.endswith(w)), None)
    stem = j.township[:-len(word)] if word else ""
    if not word or len(stem) < 2:
        return out
    city = j.district_city
    if j.county:
        county = city + j.county if j.county.endswith("区") and city and not j.county.startswith(city) else j.county
    else:
        county = j.prefecture  # (s40-organs) a town directly under its city (中山市小榄镇): the city bureau's branch
    bureaus = _town_branch_bureaus()
    done = []
    for nm in out:
        m = nm.mention
        written = to_simplified(m.text)
        start = m.start
        if m.kind == "named" and written.endswith("分局"):
            # the town written before the branch, inside the mention or right before it
            inner = written.removeprefix(j.township).removeprefix(stem).removeprefix(word)
            lead = len(written) - len(inner)
            if not lead and text[max(0, m.start - len(word)):m.start] == word \
                    and text[max(0, m.start - len(word) - 1):m.start - len(word)] not in ("乡", "各", "城", "集"):
                start = m.start - len(word)
                lead = len(word)
            bureau = bureaus.get(inner[:-2])
            if lead and bureau:
                name = county + bureau + stem + "分局"
                done.append(NamedMention(Mention(start, m.end, text[start:m.end], "named", "asis", name, layer="pattern"),
                                         name))
                continue
        done.append(nm)
    # the branches the organs reader does not know as names (`镇自然资源和规划分局`, `镇公安分局`), found by the table
    taken = [(nm.mention.start, nm.mention.end) for nm in done]
    written = "|".join(sorted(map(re.escape, bureaus), key=len, reverse=True))
    branch = re.compile(rf"(?<![乡各城集])(?:{re.escape(j.township)}|{re.escape(stem)}|{word})(?P<w>{written})分局")
    added = []
    for a, b in segments:
        for m in branch.finditer(text, a, b):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            name = county + bureaus[m.group("w")] + stem + "分局"
            added.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "asis", name, layer="pattern"), name))
    return sorted(done + added, key=lambda nm: nm.mention.start) if added else done


# (s25-org) `区生态环境分局` in a city district's (or its town's) notice: a district government keeps no 分局 of its own; since the
# 2019 vertical reform the district's ecology bureau is the city bureau's branch, named on its seal with the district's name
# less 区 (`襄阳市生态环境局襄州分局`, `长沙市生态环境局天心分局`), as `市生态环境局区分局` is read above. A county's
# `县生态环境分局` is left as written (its seal keeps 县 in some prefectures, `昌吉州生态环境局呼图壁县分局`; A10 a116 gold), and
# so are the police's branches, named either way by city.
ECOLOGY_BRANCH = "生态环境分局"
# (s25-swap) the branch under the names of its sector before the 2018 reform (环境保护局, written 环保局 for short), whose
# district offices were already the city bureau's branches in many cities (襄阳市环境保护局襄州分局)
ECOLOGY_BRANCHES = {ECOLOGY_BRANCH: "生态环境局", "环境保护分局": "环境保护局", "环保分局": "环境保护局"}


# (s23-org2) The 生态环境 reform of 2016-2019 (中办发〔2016〕63号, 省以下环保机构监测监察执法垂直管理制度改革) made a county's
# bureau the prefecture bureau's branch; several provinces (福建, 广西, 四川…) named it with the prefecture and the county's
# stem, `漳州市平和生态环境局`, `桂林市阳朔生态环境局`. In the county's own notice the branch written so (with or without
# the prefecture) is that branch (spec 1.1 section 5: the full official name), not a county bureau named `生态环境局`.
# ((s33-org) 江苏 named its county-level cities' and districts' so as well, `苏州市昆山生态环境局`, `无锡市江阴生态环境局`,
# 江苏省生态环境机构监测监察执法垂直管理制度改革实施方案 2019)
COUNTY_STEM_BUREAUS = ("生态环境局",)


def _county_stem_bureaus(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    # ((s33-org) also a county-level city's or a district's: Jiangsu named them so too, `苏州市昆山生态环境局`)
    if j.level not in ("county", "township") or not j.county or not j.prefecture \
            or not j.county.endswith(("县", "市", "区", "旗")) or j.county.endswith(("自治县", "自治旗")):
        return out
    stem = j.county[:-1]
    if len(stem) < 2:
        return out
    done = []
    own = j.county + j.prefecture + stem
    for nm in out:
        m = nm.mention
        if nm.name.startswith(own) and nm.name.endswith(COUNTY_STEM_BUREAUS):
            # `漳州市平和生態環境局` read whole as a local organ: the county put before a name that holds its prefecture
            done.append(NamedMention(m, nm.name[len(j.county):]))
            continue
        written = to_simplified(m.text)
        if m.kind == "named" and written in COUNTY_STEM_BUREAUS and not m.place and not m.marker \
                and to_simplified(text[max(0, m.start - len(stem)):m.start]) == stem:
            start = m.start - len(stem)
            if to_simplified(text[max(0, start - len(j.prefecture)):start]) == j.prefecture:
                start -= len(j.prefecture)
            elif start > 0 and _is_han_char(text[start - 1]) and text[start - 1] not in "、和及与由":
                done.append(nm)  # (the stem ends a longer word)
                continue
            name = j.prefecture + stem + written
            done.append(NamedMention(Mention(start, m.end, text[start:m.end], "named", "asis", name, layer="pattern"), name))
            continue
        done.append(nm)
    return done


def _short_county_branches(text: str, segments: list[tuple[int, int]], out: list[NamedMention], city: str,
                           county: str, short: str) -> list[NamedMention]:
    added: list[NamedMention] = []
    # (the district as written: 房山公安分局 → 北京市公安局房山分局, 江津区公安分局 → 重庆市公安局江津区分局, as their seals;
    # (s26-org) also with the sector first, `公安闵行分局`, the branch's seal less its city bureau's place)
    for place, sector, written in ((p, s, w) for p in (county, short) for s in SHORT_BRANCH_SECTORS
                                   for w in (p + s + "分局", s + p + "分局")):
        for a, b in segments:
            k = text.find(written, a, b)
            while k >= 0:
                e = k + len(written)
                if (k == 0 or not _is_han_char(text[k - 1]) or text[k - 1] in "和及与由向经") \
                        and not any(x.mention.start <= k < x.mention.end and x.mention.layer == "pattern" for x in added):
                    name = city + sector + "局" + place + "分局"
                    u = POLICE_UNIT_AFTER.match(text, e, b) if sector == "公安" else None
                    if u and DIVISION_TAIL.match(text, u.end()):
                        # (s28-org3) 闵行公安分局交警支队, 江宁公安分局交通支队: the branch's own unit (SUB_UNIT), 交警 written out
                        e, name = u.end(), name + _police_unit_name(u.group(0))
                    added.append(NamedMention(Mention(k, e, text[k:e], "named", "asis", name, layer="pattern"), name))
                k = text.find(written, e, b)
    if not added:
        return out
    return _replacing_overlapped(out, added)


# (s18-a1org) A county bureau's squad or office stationed in one of its towns, written after the bureau with the town's
# name less 镇/乡/街道 (`县综合行政执法局新市中队`, `县市场监管局西塘所`): that unit, named on its seal
# `<county bureau><town><unit>` (德清县综合行政执法局新市中队; spec 1.1 section 5, an organ's office or working body), not
# the bureau. The town must be one of the document's county (pipeline/data/townships.tsv, NBS 2021), so a bureau
# followed by any other word is left alone.
TOWN_SQUAD = re.compile(r"(?P<t>\p{Han}{1,4}?)(?P<u>执法中队|执法大队|办事处|中队|市场监督管理所|市场监管所|(?:生态环境|环境|环保)?(?:监管|监督|监察)站"
                        r"|环保所|环境保护所|所)(?![\p{Han}&&[^、和及与等]])")
# (s24-town) the ecology branch's station written `<town>环境监管站`, `<town>环保所` (the 2019 vertical reform's town
# stations of the county's ecology bureau or the city bureau's branch, guide D39: a county department's authority
# exercised in the town): that station too, named on its seal
# (s23-town) The same unit of a county brigade (`县农业综合行政执法大队园洲中队`, the 2019 reform's county enforcement
# brigades keep squads in the towns) and of a city bureau's county branch (`市生态环境局博罗分局园洲监督站`: since the
# 2018-2020 vertical reform a county's ecology bureau is its city bureau's 分局, with stations in the towns).
SQUAD_PARENT_ENDS = ("局", "大队")
# (s37-names) and a bureau's enforcement brigade named after a place of its county (`县生态环境局大邑执法大队`,
# `县生态环境局新市执法大队`: the 2019-2020 ecology enforcement reform's brigades, one per county or area, each named by
# its place): that brigade, named on its seal `<county bureau><place>执法大队`, not the bureau; the place is the county's
# own short name or one of its towns (townships.tsv), so a bureau followed by any other word is left alone. So is an
# office a higher organ keeps in the county under the county's short name (`县出入境检验检疫局西峡办事处`, guide S35
# CS2 Q2: written as the text gives it with the place written out).
COUNTY_NAMED_UNITS = ("执法大队", "办事处")


@lru_cache(maxsize=None)
def _county_town_shorts(county: str) -> frozenset[str]:
    towns = towns_by_county_name().get(county, ())
    return frozenset(short for short in (re.sub(r"(?:街道|镇|乡)$", "", t) for t in towns) if len(short) >= 2)


def _station_unit(written: str) -> str:
    return "市场监督管理所" if written == "市场监管所" else written


def _town_squads(text: str, out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    shorts = _county_town_shorts(j.county)
    if not shorts:
        return out
    county_short = re.sub(r"(?:自治县|县|区|市|旗)$", "", j.county)
    county_short = county_short if len(county_short) >= 2 else None
    # (s25-org) a city district's bureaus carry their city in front (`襄阳市襄州区自然资源和规划局双沟所`)
    county_chains = (j.county, (j.district_city or "") + j.county) if j.county.endswith("区") else (j.county,)
    done = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and nm.name.endswith(SQUAD_PARENT_ENDS) and nm.name.startswith(county_chains):
            sq = TOWN_SQUAD.match(text, m.end)
            if sq and (sq.group("t") in shorts or sq.group("u") in COUNTY_NAMED_UNITS and sq.group("t") == county_short):
                done.append(_extended(text, nm, sq.end(), nm.name + sq.group("t") + _station_unit(sq.group("u"))))
                continue
        branch = county_short + "分局" if county_short and j.prefecture else None
        if branch and m.kind == "named" and nm.name.startswith(j.prefecture) and nm.name.endswith("局" + branch):
            # (s24-town) the branch already read whole (`生态环境分局新市环保所`, `市生态环境局德清分局新市环保所`)
            sq = TOWN_SQUAD.match(text, m.end)
            if sq and sq.group("t") in shorts:
                done.append(_extended(text, nm, sq.end(), nm.name + sq.group("t") + _station_unit(sq.group("u"))))
                continue
        if branch and m.kind == "named" and nm.name.endswith("局") and nm.name.startswith(j.prefecture) \
                and text.startswith(branch, m.end):
            sq = TOWN_SQUAD.match(text, m.end + len(branch))
            if sq and sq.group("t") in shorts:
                done.append(_extended(text, nm, sq.end(), nm.name + branch + sq.group("t") + _station_unit(sq.group("u"))))
                continue
        done.append(nm)
    return done


def _named_market_stations(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                           j: Jurisdiction) -> list[NamedMention]:
    """(s19-org3) A market station written with its town's own name (`新市市场监管所`, `官庄市场监督管理所`) is the
    county's (or district's) bureau's station, named as on its seal: <county>市场监督管理局<town>市场监督管理所 (A1 a09,
    A3 a30 golds; a station written bare, `镇市场监管所`, stays the town's). The name must be one of the county's towns
    (pipeline/data/townships.tsv, NBS 2021) and open its word (after a list mark, a bracket or a line start)."""
    shorts = _county_town_shorts(j.county)
    own = re.sub(r"(?:街道|镇|乡)$", "", j.township or "")
    if len(own) >= 2:
        shorts = shorts | {own}  # (the document's own town, also where the table of townships lacks it)
    if not shorts:
        return out
    county = ((j.district_city or "") if j.county.endswith("区") else "") + j.county
    added: list[NamedMention] = []
    for a, b in segments:
        for st in PLACED_STATION.finditer(text, a, b):
            k = st.start()
            hit = next((n for n in (4, 3, 2) if k - n >= a and text[k - n:k] in shorts
                        and (k - n == a or not _is_han_char(text[k - n - 1]) or text[k - n - 1] in "由和及与向经、")), None)
            if hit:
                s0 = k - hit
                bureau, station = STATION_BUREAU[st.group(0)]
                name = county + bureau + text[s0:k] + station
                added.append(NamedMention(Mention(s0, st.end(), text[s0:st.end()], "named", "asis", name,
                                                  layer="pattern"), name))
    if not added:
        return out
    spans = [(nm.mention.start, nm.mention.end) for nm in added]
    kept = [nm for nm in out if not any(x < nm.mention.end and nm.mention.start < y for x, y in spans)]
    return sorted(kept + added, key=lambda nm: nm.mention.start)


# (s23-town, guide D39 read in S22) The county bureau of a station written with its town's name: a market station
# (s19-org3) and a justice station (`芦溪司法所` -> <county>司法局芦溪司法所, the station of the county's 司法局 in the town,
# as `芦溪派出所` is its 公安局's, _police_stations). Written bare (`司法所`, `镇司法所`) it stays the town's (D39).
STATION_BUREAU = {"市场监管所": ("市场监督管理局", "市场监督管理所"), "市场监督管理所": ("市场监督管理局", "市场监督管理所"),
                  "司法所": ("司法局", "司法所"),
                  # (s28-org) the county 工商行政管理局's station in a town before the 2018 reform (`城关工商所` ->
                  # <county>工商行政管理局城关工商所, as on its seal; guide D79 lists 工商所 among the 所 that are organs)
                  "工商所": ("工商行政管理局", "工商所"), "工商行政管理所": ("工商行政管理局", "工商行政管理所")}
PLACED_STATION = re.compile(r"市场监管所|市场监督管理所|司法所|工商行政管理所|工商所")


# A central organ's general office and its departments (司, 内设机构 of a ministry: 教育部办公厅,
# 财政部社会保障司, 教育部职业教育与成人教育司): the organ's division, named with it (annotation guide
# D19, like a bureau's 处). 和/与 may join two fields in a 司's name; 公司 and 司法/司机 are no division.
# (s22-org) A ministry's or commission's own bureau (内设机构 named 局: 卫生部卫生监督局, 工业和信息化部中小企业局) and a
# people's organisation's department (中华全国总工会劳动保护部, 共青团中央学校部) are its divisions in the same way. Only the
# first character excludes 全 (全国…); inside a name it is a word's (职业安全健康监督管理司). A name opening with
# 国家/中国/中央/国务院/全国 is an organ of its own (a 部管国家局, a second sign), no division.
DIVISION_OPENING = "的在对为是要将把按由从向等并或及各本该此之其好用出住到别每全公"
DIVISION_INSIDE = DIVISION_OPENING.replace("全", "")
BUREAU_STOP = DIVISION_INSIDE.replace("公", "")  # (公 only keeps 公司 out of a 司: 公路局, 公安…局 are bureaus)
CENTRAL_DIVISION = re.compile(rf"办公厅|(?!国家|中国|中央|国务院|全国)(?![{DIVISION_OPENING}])\p{{Han}}"
                              rf"(?:(?![{DIVISION_INSIDE}])\p{{Han}}){{1,11}}?(?<!公)司")
ROLE_VERBS = r"会同|牵头|负责|配合|联合|协同|商请|指导|组织|督促|委托|授权|同意|批准"  # (财政部会同林业局: two organs)
CENTRAL_BUREAU = re.compile(rf"(?!国家|中国|中央|国务院|全国|{ROLE_VERBS})(?![{BUREAU_STOP}])\p{{Han}}"
                            rf"(?:(?![{BUREAU_STOP}局]|{ROLE_VERBS})\p{{Han}}){{1,10}}?局")
CENTRAL_PARENT = re.compile(r"(?:部|委员会|总局|署|局|总署|银行|办公室)$")
BUREAU_PARENT = re.compile(r"(?:部|委员会|总局|总署|署)$")  # (a ministry, commission or administration: its bureaus)
MASS_CENTRAL = re.compile(r"(?:总工会|联合会|协会|团中央委员会)$")
MASS_DEPARTMENT = re.compile(rf"(?!{ROLE_VERBS})(?![{DIVISION_OPENING}])\p{{Han}}(?:(?![{DIVISION_INSIDE}部]|{ROLE_VERBS})\p{{Han}}){{1,8}}?(?<!干)部")


def _extended(text: str, nm: NamedMention, end: int, name: str) -> NamedMention:
    """`nm` with its span carried on to `end` (a division or office written after its organ), named `name`."""
    m = nm.mention
    return NamedMention(Mention(m.start, end, text[m.start:end], "named", "asis", name, layer="pattern"), name)


# (s25-org) `市政府驻外办事机构`, `省人民政府驻北京办事处`, `县政府驻京联络处`: the offices a government keeps in another place
# (驻京办, 驻外办事处) are its dispatched organs (派出机构), named after the government as written (spec 1.1 section 5: an
# organ's office), not the government alone.
GOVERNMENT_OUTPOST = re.compile(r"驻(?:外|京|(?:(?![的在对为是要将把按由从向等并或及与和各])\p{Han}){1,6}?)(?:办事处|办事机构|联络处)")
OUTPOST_OWNERS = ("人民政府", "行政公署")


def _government_outposts(text: str, out: list[NamedMention]) -> list[NamedMention]:
    done = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and nm.name.endswith(OUTPOST_OWNERS) and text.startswith("驻", m.end):
            post = GOVERNMENT_OUTPOST.match(text, m.end)
            if post:
                done.append(_extended(text, nm, post.end(), nm.name + to_simplified(post.group(0))))
                continue
        done.append(nm)
    return done


# (s19-org) A central organ's branches as a kind (财政部各地监管局, 国家能源局各派出机构, 海关总署各直属海关): a collective as
# written (spec 1.1 section 5; A1 a10 gold), like 人民银行各分支机构.
CENTRAL_BRANCHES = re.compile(r"各(?:地监管局|地方监管局|派出机构|直属海关|分支机构|省级分局)(?![长])")


def _central_divisions(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                       year: int | None = None) -> list[NamedMention]:
    result: list[NamedMention] = []
    grown: list[Mention] = []
    for nm in out:
        m = nm.mention
        b = CENTRAL_BRANCHES.match(text, m.end) if m.kind == "named" and m.scope == "central" else None
        if b and any(a <= m.start < e for a, e in segments):
            name = nm.name + b.group(0)
            result.append(NamedMention(Mention(m.start, b.end(), text[m.start:b.end()], "collective", None, name,
                                               layer="pattern"), name))
            continue
        if m.kind == "named" and m.scope == "central" and text[m.end:m.end + 1] not in ("", "、", "，", "（", "(") \
                and "办公厅" not in nm.name and any(a <= m.start < b for a, b in segments):
            d = _central_division_at(text, nm.name, m.end)
            if d is not None:
                # 老龄司 -> 老龄健康司
                result.append(_extended(text, nm, d[0], _central_division_name(nm.name, d[1], year)))
                grown.append(result[-1].mention)
                continue
        if m.kind == "named" and m.scope == "central" and text[m.end:m.end + 1] in ("（", "(") \
                and any(a <= m.start < b for a, b in segments):
            d = _central_division_at(text, nm.name, m.end + 1)
            if d is not None and text[d[0]:d[0] + 1] in ("）", ")"):
                # (s22-org) 请反馈工业和信息化部（中小企业局）, 报送农业部（种植业管理司）: the bracket names the division that
                # handles the matter, not a second sign (加挂牌子 names open with 国家/中国: 农业农村部（国家乡村振兴局）)
                name = _central_division_name(nm.name, d[1], year)
                result.append(nm)
                result.append(NamedMention(Mention(m.end + 1, d[0], d[1], "named", "asis", name, layer="pattern"), name))
                continue
        result.append(nm)
    if grown:
        # (s25-org2) the division's own word read apart inside the grown name (`工业和信息化部中小企业局`: the 局 read as a
        # bare 中小企业局 too) is the same organ, not a second one
        result = [nm for nm in result if nm.mention in grown
                  or not any(g.start <= nm.mention.start and nm.mention.end <= g.end for g in grown)]
    return result


def _central_division_at(text: str, parent: str, k: int) -> tuple[int, str] | None:
    """The division of the central organ `parent` written at text[k:] (its 司 or 办公厅; a ministry's 局; a people's
    organisation's 部) ending where a name ends (DIVISION_TAIL): (its end, the division as written), else None."""
    for name in _parent_divisions().get(parent, ()):
        # (s40b-central) a division its organ's 三定 names (organ_central_divisions.tsv), written in full or short, also
        # where its name holds a word the pattern stops at (节能与综合利用司: 用)
        if text.startswith(name, k) and DIVISION_TAIL.match(text, k + len(name)):
            return k + len(name), name
    for pattern, ok in ((CENTRAL_DIVISION, CENTRAL_PARENT), (CENTRAL_BUREAU, BUREAU_PARENT), (MASS_DEPARTMENT, MASS_CENTRAL)):
        if ok.search(parent):
            d = pattern.match(text, k)
            if d and DIVISION_TAIL.match(text, d.end()) and not _second_organ_joined(text, k, d.end()):
                return d.end(), d.group(0)
    return None


def _second_organ_joined(text: str, k: int, end: int) -> bool:
    """(s40b-central) `财政部和税务总局`, `国务院国资委和国家税务总局`: 和/与 then an organ named in its own right is a second organ
    joined to the first, not the first one's division or bureau (a place opening with 和, 和田监管分局, is none)."""
    if text[k:k + 1] not in ("和", "与"):
        return False
    return any(m.start == 0 and m.kind == "named" for m in find_mentions(text[k + 1:end]))


# The office of a people's congress's standing committee or a CPPCC committee written after it (县人大常委会
# 办公室, 县政协办公室主任, 省人大常委会办公厅): that office, named with its body (like a bureau's division).
CONGRESS_BODY = re.compile(r"(?:人民代表大会常务委员会|政治协商会议\p{Han}{0,20}?委员会)$")
CONGRESS_OFFICE = re.compile(r"办公[室厅](?=[^\p{Han}]|负责|牵头|配合|参与|协助|等|和|及|要|副?主任|副?秘书长|$)")


def _congress_offices(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    result: list[NamedMention] = []
    for nm in out:
        m = nm.mention
        o = CONGRESS_OFFICE.match(text, m.end) if m.kind == "named" and stdlib_twin(CONGRESS_BODY).search(nm.name) else None
        if o and any(a <= m.start < b for a, b in segments):
            result.append(_extended(text, nm, o.end(), nm.name + o.group(0)))
            continue
        result.append(nm)
    return result


@lru_cache(maxsize=1)
def _division_table() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    rows = load_table("organ_divisions")
    full = {r["written"]: r["full"] for r in rows}
    sector = {r["written"]: r["sector"] for r in rows if r.get("sector")}
    alt = "|".join(sorted(map(re.escape, full), key=len, reverse=True))
    # a division: a known one, or a name ending in 处 / 股 (科 only from the table: 学科, 专科 are words)
    # (…管理办公室: an office of a commission for a field it manages, 经贸委煤炭工业管理办公室)
    # (s23-org) two fields joined by 和/与 in a 处's name (经委资源节约和综合利用处, 政策法规与改革处), as a 司's may be
    two = rf"(?:(?![{DIVISION_STOP}])\p{{Han}}){{2,4}}[和与](?:(?![{DIVISION_STOP.replace('用', '')}])\p{{Han}}){{2,5}}?(?<!办事|查|惩|论|判|处)处"  # (利用)
    # (s23-org2) a field's 管理处 may run longer (农业机械化管理处, 农村合作经济管理处: 5-6 characters before 管理处)
    word = rf"(?:{alt}|(?:(?![{DIVISION_STOP}])\p{{Han}}){{2,6}}?(?<!办事|查|惩|论|判|处)[处股]|{two}|(?:(?![{DIVISION_STOP}])\p{{Han}}){{2,8}}?管理办公室" \
           rf"|(?:(?![{DIVISION_STOP}])\p{{Han}}){{5,6}}?管理处)"
    return full, sector, re.compile(word)


@lru_cache(maxsize=1)
def _central_division_rows() -> dict[tuple[str, str], tuple[tuple[str, int, int], ...]]:
    """(a division as written, its central organ) -> (full name, first year, year it stops holding) rows of
    organ_central_divisions.tsv (the organ's 三定规定; 0 where the row has no bound)."""
    rows: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for r in load_table("organ_central_divisions"):
        rows.setdefault((r["written"], r["parent"]), []).append((r["full"], int(r["from"] or 0), int(r["until"] or 0)))
    return {k: tuple(v) for k, v in rows.items()}


@lru_cache(maxsize=1)
def _parent_divisions() -> dict[str, tuple[str, ...]]:
    """Each central organ's divisions in organ_central_divisions.tsv, as written and in full, longest first."""
    by_parent: dict[str, set[str]] = {}
    for (written, parent), rows in _central_division_rows().items():
        by_parent.setdefault(parent, set()).update([written, *(full for full, _, _ in rows)])
    return {p: tuple(sorted(names, key=len, reverse=True)) for p, names in by_parent.items()}


@lru_cache(maxsize=1)
def _central_division_written() -> frozenset[str]:
    """Every division short form some central organ's 三定 gives (organ_central_divisions.tsv `written`)."""
    return frozenset(w for w, _ in _central_division_rows())


def _central_division_full(parent: str, written: str, year: int | None) -> str | None:
    """The full name of `parent`'s division written `written` in a notice of `year` (its 三定 row holding then), or None."""
    for full, first, until in _central_division_rows().get((written, parent), ()):
        if year is None or ((not first or first <= year) and (not until or year < until)):
            return full
    return None


def _central_division_name(parent: str, written: str, year: int | None = None) -> str:
    """`parent` + its division `written`, the short form expanded by organ_central_divisions.tsv only for the organ
    whose 三定 it comes from and in its years (s22-org: 劳动和社会保障部就业司 was named so; 就业司 → 就业促进司 is the
    人力资源和社会保障部's name, spec 1.1 section 5: organs named as at the time; s23-org: 体改司 is 体制改革司 of the
    国家卫生健康委员会 and 体制改革综合司 of the 国家发展和改革委员会). A short form some other organ's 三定 gives stays as
    written; one no central table knows takes organ_divisions.tsv's name (办公室, 人事处…)."""
    full = _central_division_full(parent, written, year)
    if full is not None:
        return parent + full
    if written in _central_division_written():
        return parent + written
    return parent + _division_table()[0].get(written, written)


@lru_cache(maxsize=1)
def _division_reach() -> int:
    """The longest division match (a table name, 6 characters + 处/股, or two fields joined: 4 + 和 + 5 + 处)."""
    full, _, _ = _division_table()
    return max([11, *map(len, full)])


@lru_cache(maxsize=1)
def _division_end_chars() -> frozenset[str]:
    """The characters a division match ends with (the table's names' last characters, 处 and 股 of
    the written pattern)."""
    full, _, _ = _division_table()
    return frozenset({w[-1] for w in full} | {"处", "股"})


def _marks_before_ends(text: str, a: int, b: int, reach: int) -> list[int]:
    """The list marks in text[a-1:b] with a character a division ends with (_division_end_chars) in the
    `reach` characters after them (and before b), in text order: found from those characters
    (some thousands in the corpus), not from every mark (every comma: tens of thousands)."""
    ends = find_words(text, _division_end_chars(), a, b)
    return starts_before(text, ends, DIVISION_MARK, reach, max(a - 1, 0), b)


# A unit of a bureau written after it: a branch by its place (<district>分局), a police brigade.
# ((s28-assign) also the fire service of a public security department before 2018, `省公安厅消防局`, `市公安局消防支队`: a unit
# of the department, as the A23 a273 gold names it)
SUB_UNIT = re.compile(r"(?:交警|交通警察|交通(?=[支大]队)|治安|刑警|刑事侦查|巡特警|特警|经侦|禁毒|网安|消防)(?:总队|大队|支队)|消防局"
                      r"|(?:(?![的在对为是要将把按由从向等并或及与和各本该其])\p{Han}){2,4}?分局")
# (s28-org3) A police unit written right after its bureau or branch: SUB_UNIT's brigades and the traffic units some
# cities name 交通支队/大队 (北京市公安局房山分局交通支队).
POLICE_UNIT_AFTER = re.compile(r"(?:交警|交通警察|交通|治安|刑警|刑事侦查|巡特警|特警|经侦|禁毒|网安)(?:总队|支队|大队)")


# (s32-org2) a brigade's name ends at 总队/支队/大队 whatever verb follows (`会同市公安局交通警察支队建立…制度`): only a title
# (支队长), its seat (大队部) or a member (队员) runs on
BRIGADE_END = re.compile(r"(?:总队|支队|大队)$")


def _brigade_ends(text: str, u) -> bool:
    return bool(BRIGADE_END.search(u.group(0))) and text[u.end():u.end() + 1] not in ("长", "部", "员")


def _police_unit_name(unit: str) -> str:
    """交警大队 -> 交通警察大队 (the unit's full name); the rest as written."""
    return "交通警察" + unit[2:] if unit.startswith("交警") else unit


# Characters a division name does not contain (function words, determiners).
DIVISION_STOP = "的在对为是要将把按由从向等并或及与和各本该此之其好用出住到别每全"
# A bare division in an assignment list: between list marks (（基教处、职教处）, 责任处室：基教处).
DIVISION_MARK = re.compile(r"[（(、：:，,]")
# ((s35-names) also the role word of an assignment bracket, `（基层卫生健康处牵头，人事处、规划处配合）`)
# ((s36b-swap) and the share by duties in each of its forms, `按职责`, `按职能`, `按照职责`, `按各自职责` (分工负责): a notice
# writes one of them for all its annotations)
DIVISION_ROLE = re.compile(r"牵头|负责|配合|参与|协助|按照?(?:各自)?职[责能]")
# ((s36b-swap) a space too: role labels sharing one line, `牵头单位：宣传处　配合单位：人事处`)
DIVISION_AFTER = re.compile(r"[、）)，,；;。\n \t\u3000]|$|" + DIVISION_ROLE.pattern)
# (s36b-swap) A role label opening its line or bracket (`牵头单位：`, `配合处室：`, `责任单位:`) whose list runs on to `k`:
# a division written bare there is a member of the assignment, as it is inside an annotation's bracket.
ROLE_LABEL_BEFORE = re.compile(r"(?:^|[\n（(〔【 \t\u3000])(?:牵头|责任|主责|配合|参与|参加|协办|协助|实施|承办|主办)"
                               r"(?:单位|部门|处室)[：:][^。；;！!？?\n（(〔【：:]*$")
ROLE_LABEL_LIST_END = re.compile(r"[、，,；;\n \t\u3000）)]|$")
# After a division written behind its organ: the end of the name.
# (or its head's title: 科技处处长, 煤炭工业管理办公室主任 — the division inside a person's title is an organ)
# (s23-org3) also a verb of contact (`请及时向省人力资源社会保障厅就业促进和失业保险处反映`, `报…司备案`): the office a
# notice sends its readers to
DIVISION_TAIL = re.compile(r"[^\p{Han}]|负责|牵头|配合|参与|协助|等|和|及|要|$|副?(?:主任|处长|科长|股长)(?!委员)"
                           r"|反映|联系|咨询|备案")
DIVISION_PARENT = re.compile(r"(?:局|厅|委员会|委|办公室|部)$")


# (s27-org, guide D72) A division written in brackets after its organ (`工业和信息化部（节能与综合利用司）`, `省经贸委（中小企业
# 处）`, mostly in a `请…反映` contact line) is that division, named under its organ; the organ counts only where it is
# mentioned in its own right. Not a second sign (`农业农村部（国家乡村振兴局）`: a 局 in brackets names one organ, spec 1.1
# section 5) nor an alternative (`财政厅（局）`).
BRACKETED_DIVISION = re.compile(r"[（(](?P<d>(?!国家|中国|中央|省|市|县|区|自治区)(?:(?![（()）、，。；])\p{Han}){1,14}?"
                                r"(?:(?<!公)司|处|科|股))[）)]")  # ((s33-org) 县烟草专卖局（分公司）: the enterprise's second sign, D12)


def _bracketed_divisions(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                         year: int | None) -> list[NamedMention]:
    found = []
    for nm in out:
        m = nm.mention
        if m.kind != "named" or text[m.end:m.end + 1] not in "（(" or not DIVISION_PARENT.search(nm.name):
            continue
        d = BRACKETED_DIVISION.match(text, m.end)
        if d is None or len(d.group("d")) < 2 or not any(a <= m.start < b for a, b in segments):
            continue
        name = _central_division_name(nm.name, d.group("d"), year)
        found.append(NamedMention(Mention(m.start, d.end(), text[m.start:d.end()], "named", "asis", name, layer="pattern"),
                                  name))
    return _replacing_overlapped(out, found) if found else out


# (s27-org, guide D73) Divisions named by a shared head (`医政、农村卫生、妇社等处室要密切配合`, `会同基础教育、人事、财务等
# 处室`): each a department `<field>处室`, without region, like bare sectors (D3): every addressee's own divisions. Also
# one division with its other name in brackets given a duty (`由规划（发展规划）处室牵头`); not a generic 职能处室, 责任处室.
DIVISION_FIELD = r"(?:(?![的在对为是要将把按由从向并或及与和给让使其可应各有相关该此这于以之会同、，。；：])\p{Han}){2,6}(?<!等)"
SHARED_DIVISION_HEAD = re.compile(rf"(?<=会同|联合|配合|协调|指导|[由和及与，,：:；;\s　])(?P<list>{DIVISION_FIELD}(?:、{DIVISION_FIELD})+)"
                                  r"等?处室")
BRACKETED_FIELD_DIVISION = re.compile(rf"(?<=[由，,：:\s　])(?P<d>{DIVISION_FIELD}[（(]{DIVISION_FIELD}[）)])处室"
                                      r"(?=牵头|负责|会同|配合)")


# (s27-org, guide D72) A division of a ministry's department written out after the ministry (`教育部发展规划司综合统计处`,
# `卫生部医政司医疗机构管理处`, mostly in the contact block before the signature, which is body): that division, named as
# written (the 司 by the ministry's table, spec 1.1 section 5)
DEPARTMENT_DIVISION = re.compile(r"(?P<s>(?:(?![的在对为是要将把按由从向等并或及与各有相关该、，。；：])\p{Han}){1,10}?司)"
                                 r"(?P<d>(?:(?![的在对为是要将把按由从向等并或及与各有相关该、，。；：司])\p{Han}){2,12}?处)"
                                 r"(?=[^\p{Han}]|$|负责|联系)")
MINISTRY_NAME = re.compile(r"(?:部|委员会|总局|总署|署)$")
# (s30-org2, guide D72) the division written after its 司 alone (`农业机械化管理司综合处`, `基础教育二司高中处` in a
# ministry's own contact line): the 司 already read as the ministry's, the division under it
DIVISION_AFTER_DEPARTMENT = re.compile(r"(?P<d>(?:(?![的在对为是要将把按由从向等并或及与各有相关该、，。；：司处])\p{Han}){2,12}?处)"
                                       r"(?=[^\p{Han}]|$|负责|联系)")


def _divisions_of_departments(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                              year: int | None) -> list[NamedMention]:
    found = []
    for nm in out:
        m = nm.mention
        if m.kind != "named" or not MINISTRY_NAME.search(nm.name) or nm.name != m.text:
            continue
        d = DEPARTMENT_DIVISION.match(text, m.end)
        if d is None or not any(a <= m.start < b for a, b in segments):
            continue
        name = _central_division_name(nm.name, d.group("s"), year) + d.group("d")
        found.append(NamedMention(Mention(m.start, d.end(), text[m.start:d.end()], "named", "asis", name, layer="pattern"),
                                  name))
    return _replacing_overlapped(out, found) if found else out


def _divisions_after_departments(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    """(s30-org2) A 处 written after a 司 the ministry's table read as its own (DIVISION_AFTER_DEPARTMENT), wherever the
    司 is written so (the contact line repeats the 司 the body named)."""
    departments = {nm.mention.text: nm.name for nm in out
                   if nm.mention.text.endswith("司") and len(nm.mention.text) > 2 and nm.name.endswith(nm.mention.text)
                   and MINISTRY_NAME.search(nm.name[:-len(nm.mention.text)])}
    found = []
    for written, parent in departments.items():
        for a, b in segments:
            k = text.find(written, a, b)
            while k >= 0:
                d = DIVISION_AFTER_DEPARTMENT.match(text, k + len(written), b)
                # (the 司 opening there, not the end of a longer name: 发展规划司 holds 规划司)
                if d and (k == a or not _is_han_char(text[k - 1]) or text[k - 1] in "部委局署") and not any(
                        o.mention.start < k and o.mention.end >= d.end() for o in out):  # (read whole already)
                    name = parent + d.group("d")
                    found.append(NamedMention(Mention(k, d.end(), text[k:d.end()], "named", "asis", name,
                                                      layer="pattern"), name))
                k = text.find(written, k + len(written), b)
    return _replacing_overlapped(out, found) if found else out


def _divisions_by_shared_head(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    found = []
    for a, b in segments:
        for m in SHARED_DIVISION_HEAD.finditer(text, a, b):
            k = m.start("list")
            for field in m.group("list").split("、"):
                name = field + "处室"
                found.append(NamedMention(Mention(k, k + len(field), field, "sector", stem=name, layer="pattern"), name))
                k += len(field) + 1
        for m in BRACKETED_FIELD_DIVISION.finditer(text, a, b):
            name = _full_width_brackets(m.group("d")) + "处室"
            found.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "sector", stem=name, layer="pattern"), name))
    return _replacing_overlapped(out, found) if found else out


# (s28-org2) A branch named by a county whose name opens with a character that also joins (和静县, 和硕县, 和平县, 与…):
# SUB_UNIT keeps joiners out of a branch's place, so the county is read from the gazetteer instead
# (`巴州自然资源局和硕县分局` -> 巴音郭楞蒙古自治州自然资源局和硕县分局, a prefecture bureau's branch in that county).
COUNTY_BRANCH_AFTER = re.compile(r"(?P<p>\p{Han}{2,6}?[县区市旗])分局")


def _county_branch_after(text: str, k: int):
    from ..nlp.organs import _place_set

    b = COUNTY_BRANCH_AFTER.match(text, k)
    return b if b and b.group("p") in _place_set() else None


def _in_open_bracket(text: str, k: int, reach: int = 60) -> bool:
    """(s35-names) `k` stands inside a bracket opened within `reach` characters before it (an assignment annotation,
    `（体制改革处牵头，医政医管处、…配合）`): a division after its comma is a member of the annotation, not prose."""
    before = text[max(0, k - reach):k]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and "）" not in before[opened:] and ")" not in before[opened:] and "。" not in before[opened:]


def _in_role_label_list(text: str, s: int, e: int) -> bool:
    """(s36b-swap) The bare name at s..e is a member of a role label's list (ROLE_LABEL_BEFORE): right after the label's
    colon or a list mark, and ending the list or followed by another mark."""
    return text[s - 1:s] in "：:、，," and bool(ROLE_LABEL_LIST_END.match(text, e)) \
        and bool(ROLE_LABEL_BEFORE.search(text, max(0, s - 80), s))


def _divisions(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
               issuers: list[str], j: Jurisdiction, year: int | None = None) -> list[NamedMention]:
    """Internal divisions (内设机构) of a bureau, named with their organ (annotation guide D19,
    organ_divisions.tsv): `…工业和信息化局科技处` written in full is the bureau's division (not the
    bureau); `基教处` written bare in an assignment list of a notice one bureau issued is that
    bureau's division, its short form expanded when the table knows it, else kept as written."""
    full, sectors, word = _division_table()
    word = stdlib_twin(word)  # (the same matches, ~3x faster: scan.stdlib_twin)
    reach = _division_reach()
    end_chars = _division_end_chars()
    taken = sorted((nm.mention.start, nm.mention.end) for nm in out)
    result: list[NamedMention] = []
    for nm in out:
        m = nm.mention
        if m.kind == "named" and (nm.name.endswith("局") or nm.name.endswith("公安厅")
                                  or (nm.name.endswith("委员会") and "分局" in text[m.end:m.end + 6])):
            # (s23-org3) also a city commission's district branch (`市规划自然资源委房山分局`: Beijing's planning and
            # natural resources commission runs its districts' offices as its 分局, 北京市规划和自然资源委员会房山分局)
            u = stdlib_twin(SUB_UNIT).match(text, m.end) or _county_branch_after(text, m.end)
            if u and nm.name.endswith("委员会") and not u.group(0).endswith("分局"):
                u = None
            if u and nm.name.endswith("公安厅") and u.group(0).endswith("分局"):
                u = None
            if u and (DIVISION_TAIL.match(text, u.end()) or _brigade_ends(text, u)) \
                    and any(a <= m.start < b for a, b in segments):
                # 市公安局<district>分局, 市生态环境局<county>分局, 县公安局交警大队: a unit of the bureau
                unit = u.group(0)
                name = nm.name + ("交通警察" + unit[2:] if unit.startswith("交警") else unit)
                result.append(NamedMention(Mention(m.start, u.end(), text[m.start:u.end()], "named", "asis", name,
                                                   layer="pattern"), name))
                continue
        # (a division ends with one of its end characters within reach: else no try of the pattern)
        d = word.match(text, m.end) if m.kind == "named" and not end_chars.isdisjoint(text[m.end:m.end + reach]) \
            and DIVISION_PARENT.search(nm.name) else None
        if d and DIVISION_TAIL.match(text, d.end()) and any(a <= m.start < b for a, b in segments):
            name = _central_division_name(nm.name, d.group(0), year)
            result.append(NamedMention(Mention(m.start, d.end(), text[m.start:d.end()], "named", "asis", name,
                                               layer="pattern"), name))
            continue
        result.append(nm)
    issuer = issuers[0] if len(issuers) == 1 and DIVISION_PARENT.search(issuers[0]) else None
    if j.level == "central" and len(issuers) == 1 and ("司" in text or "局" in text or "驻" in text or "部办公厅" in text):
        n = len(result)
        result = _ministry_departments(text, segments, result, issuers[0], year)
        if len(result) > n:
            taken = sorted(taken + [(nm.mention.start, nm.mention.end) for nm in result])
    for a, b in segments:
        for mark in _marks_before_ends(text, a, b, reach):  # a division opens after a list mark
            d = word.match(text, mark + 1, b)
            if d is None:
                continue
            s, e, w = d.start(), d.end(), d.group(0)
            if s < a or not DIVISION_AFTER.match(text, e):
                continue
            if w not in full and not _in_role_label_list(text, s, e) \
                    and (text[s - 1] not in "（(、：:，," or not (text[e:e + 1] in ("、", "）", ")") or DIVISION_ROLE.match(text, e))
                         or text[s - 1] in "，," and not (_in_open_bracket(text, s)
                                                          and (DIVISION_ROLE.match(text, e) or text[e:e + 1] == "、"))):
                continue  # a name the table does not know only inside a list (（基教处、…）)
            if any(x < e and s < y for x, y in taken):
                continue
            # whose division: the single issuer's; with no issuer, a division of a sector (基教处:
            # education) is that sector's bureau of the document's own level
            parent = issuer or _own_sector_organ(sectors.get(w), j)
            if parent:
                name = parent + full.get(w, w)
                result.append(NamedMention(Mention(s, e, w, "named", "asis", name, layer="pattern"), name))
    return sorted(result, key=lambda nm: nm.mention.start)


# (s19-org) A department (司) of the issuing ministry written bare in an assignment or after 我部 (（农机化司牵头，科技教育司
# 配合）, 报我部（教师工作司）): the ministry's own 司, named with the ministry (annotation guide D19, like a bureau's 处;
# spec 1.1 section 5: full official names, the table's short forms expanded: 农机化司 -> 农业机械化管理司). Only in a central
# notice one ministry (or its 办公厅) issued; 公司, 上司, 司法, 司机, 司长 are no department.
MINISTRY_PARENT = re.compile(r"^(?P<p>\p{Han}{1,14}?(?:部|委员会|总局|总署))(?:办公厅)?$")
VERB_BEFORE_DIVISION = "会同|联合|配合|报送|抄送"
# (s22-org) also opening a sentence or a line (`　　种植业管理司负责指导…`) and after a verb that takes an organ
# (`会同科技教育司`, `报送部科技教育司备案`: 部 the ministry itself)
MINISTRY_DEPT_STOP = DIVISION_STOP.replace('与', '').replace('和', '')
# (s23-org3) also right after the ministry's own self-reference (`请及时反馈我部农田建设管理司`, `本部规划司`)
MINISTRY_DEPT = re.compile(rf"(?<=[（(、：:，,。；;\s\u3000]|{VERB_BEFORE_DIVISION}|(?<![\p{{Han}}&&[^馈报送至向给由请经和及与、到交对]])[我本][部委署])(?!我|有关|相关|其他|{ROLE_VERBS})(?![{MINISTRY_DEPT_STOP}公上])"
                           rf"\p{{Han}}(?:(?![{MINISTRY_DEPT_STOP.replace('全', '')}公上]|{ROLE_VERBS})\p{{Han}}){{1,9}}?(?<!公|上)司(?![法机令长库仪局])")
# (s22-org) a ministry's own bureau opening a line or a sentence (`　　公路局负责技术指导`) that no table knows
MINISTRY_OWN_BUREAU = re.compile(rf"(?<=[。；;\n\u3000])(?!国家|中国|中央|国务院|全国|各|有关|相关|我|其他)(?![{BUREAU_STOP}])"
                                 rf"\p{{Han}}(?:(?![{BUREAU_STOP}局]|{ROLE_VERBS})\p{{Han}}){{1,9}}?局(?=负责|牵头|会同|配合)")
# (s38-assign) the ministry's own 办公厅 written bare (or after 部) in an assignment list, as its 司 are (MINISTRY_DEPT)
OWN_GENERAL_OFFICE = re.compile(r"(?:(?<=[（(、：:，,；;\n\u3000])|(?<=会同|配合|联合))部?办公厅"
                                r"(?=[、）)，,；;。\n]|负责|牵头|配合|参与|协助|等|和|及|按职责|会同)")
SELF_BEFORE_DIVISION = ("我部", "本部", "我委", "本委", "我署", "本署")  # (报我部教师工作司备案: whatever follows)
VERB_BEFORE = re.compile(rf"(?:{VERB_BEFORE_DIVISION})$")  # (会同科技教育司做好…: the verb's object, whatever follows)
SELF_PREFIX = "部"  # (部科技教育司, 部中小企业局 written in a ministry's own notice: the ministry's division)
SELF_BUREAU = re.compile(rf"部(?P<d>(?!{ROLE_VERBS})(?![分门署位件属长委内直机])(?:(?![{BUREAU_STOP}局])\p{{Han}}){{2,8}}?局)"
                         r"(?=[^\p{Han}]|负责|牵头|配合|参与|协助|等|和|及|要|将|会同|按职责)")
MINISTRY_DEPT_AFTER = re.compile(r"[、）)，,；;。\n]|负责|牵头|配合|参与|协助|等|和|及|按职责|会同")


@lru_cache(maxsize=64)
def _own_office_pattern(parent: str) -> re.Pattern | None:
    """The bureaus and offices (局, 办, 室) `parent`'s 三定 rows give, as written, and the 司 MINISTRY_DEPT cannot read
    (s23-org2: a function character inside the short form, 自然资源部's 用途管制司, 生态环境部's 固体司 stays readable)."""
    words = sorted({w for w, p in _central_division_rows()
                    if p == parent and (not w.endswith("司") or _outside_ministry_dept(w))}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"(?<=[（(、：:，,。；;\s\u3000]|{VERB_BEFORE_DIVISION})(?:{'|'.join(map(re.escape, words))})"
                      rf"(?={MINISTRY_DEPT_AFTER.pattern})")


def _outside_ministry_dept(written: str) -> bool:
    """A 司 whose short form holds a character MINISTRY_DEPT stops at (用途管制司: 用), so the table must name it."""
    return any(c in MINISTRY_DEPT_STOP + "公上" for c in written[:-1])


def _ministry_own_offices(text: str, segments: list[tuple[int, int]], out: list[NamedMention], parent: str,
                          year: int | None) -> list[NamedMention]:
    """(s23-org) A bureau or office of the issuing ministry written bare in its own notice's assignment list
    (（基层司、疾控局、应急办负责）in a 国家卫生健康委员会 notice of 2019): the ministry's division of its 三定规定
    (organ_central_divisions.tsv, in its years), not the organ of the same short form elsewhere (国家疾病预防控制局,
    国务院扶贫开发领导小组办公室, a government's 应急管理办公室) the lexicon would give it."""
    pattern = _own_office_pattern(parent)
    if pattern is None:
        return out
    added: list[NamedMention] = []
    for a, b in segments:
        for d in pattern.finditer(text, a, b):
            full = _central_division_full(parent, d.group(0), year)
            if full is not None:
                name = parent + full
                added.append(NamedMention(Mention(d.start(), d.end(), d.group(0), "named", "asis", name, layer="pattern"),
                                          name))
    if not added:
        return out
    return _replacing_overlapped(out, added)


def _ministry_departments(text: str, segments: list[tuple[int, int]], out: list[NamedMention], issuer: str,
                          year: int | None) -> list[NamedMention]:
    pm = MINISTRY_PARENT.match(issuer)
    if not pm:
        return out
    parent = pm.group("p")
    out = _ministry_own_offices(text, segments, out, parent, year)
    out = [_ministry_bureau(text, nm, parent) for nm in out]
    taken = [(nm.mention.start, nm.mention.end) for nm in out]
    added: list[NamedMention] = []
    for a, b in segments:
        k = text.find("司", a, b)
        while k >= 0:
            ws = max(a, k - 11)
            d = next((x for x in MINISTRY_DEPT.finditer(text, ws, k + 1) if x.end() == k + 1), None)
            after_verb = d is not None and (d.group(0).startswith(SELF_PREFIX) or VERB_BEFORE.search(text, max(a, d.start() - 2), d.start())
                                            or text[max(a, d.start() - 2):d.start()] in SELF_BEFORE_DIVISION)
            if d and (after_verb or MINISTRY_DEPT_AFTER.match(text, d.end())) \
                    and not any(x < d.end() and d.start() < y for x, y in taken):
                w = d.group(0)
                own = w[1:] if w.startswith(SELF_PREFIX) else w  # (s22-org) 部科技教育司: 部 is the ministry itself
                name = _central_division_name(parent, own, year)
                added.append(NamedMention(Mention(d.start(), d.end(), w, "named", "asis", name, layer="pattern"), name))
                taken.append((d.start(), d.end()))
            k = text.find("司", k + 1, b)
        for d in MINISTRY_OWN_BUREAU.finditer(text, a, b) if "局负责" in text[a:b] or "局牵头" in text[a:b] else ():
            if not any(x < d.end() and d.start() < y for x, y in taken) and d.group(0) not in REGULATOR_OFFICE_KINDS:
                name = parent + d.group(0)
                added.append(NamedMention(Mention(d.start(), d.end(), d.group(0), "named", "asis", name, layer="pattern"),
                                          name))
                taken.append((d.start(), d.end()))
        for d in OWN_GENERAL_OFFICE.finditer(text, a, b) if "办公厅" in text[a:b] else ():
            # (s38-assign) `（办公厅牵头，…各司局配合）` in the ministry's own notice: its own 办公厅 (a 司-level department of
            # every ministry's 三定), written bare in an assignment list as its 司 are (D19)
            if not any(x < d.end() and d.start() < y for x, y in taken):
                name = parent + "办公厅"
                added.append(NamedMention(Mention(d.start(), d.end(), d.group(0), "named", "asis", name, layer="pattern"),
                                          name))
                taken.append((d.start(), d.end()))
        k = text.find("部", a, b)
        while k >= 0:  # (s22-org) 部公路局 in the ministry's own notice: its own bureau, quoted with 部
            d = SELF_BUREAU.match(text, k, b) if k == a or not _is_han_char(text[k - 1]) else None
            if d and not any(x < d.end() and d.start() < y for x, y in taken):
                name = parent + d.group("d")
                added.append(NamedMention(Mention(d.start(), d.end(), d.group(0), "named", "asis", name, layer="pattern"),
                                          name))
                taken.append((d.start(), d.end()))
            k = text.find("部", k + 1, b)
    if "驻" in text or "部办公厅" in text:
        out = _ministry_stationed_and_office_units(text, segments, sorted(out + added, key=lambda nm: nm.mention.start),
                                                   parent)
        return out
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# (s33-org2) In a ministry's own notice `驻部纪检组` is the discipline group the central commission stations in that
# ministry (派驻机构: 中央纪委驻<部>纪检组, and from the 2018 reform 中央纪委国家监委驻<部>纪检监察组, written 驻部纪检监察组);
# a bracketed `（监察局）` after it is the same stationed body (纪检组 and 监察局 合署办公), no organ of its own. `部办公厅X处`
# is a division of the ministry's 办公厅 (`联系人：部办公厅秘书处`).
STATIONED_IN_OWN = re.compile(r"(?:中央纪委(?:国家监委)?)?(?:派)?驻(?P<k>[部委署])(?P<g>纪检监察组|纪检组)"
                              r"(?P<br>[（(]监察局[）)])?")
OWN_OFFICE_DIVISION = re.compile(r"(?<![\p{Han}&&[^送报至交向给]])部办公厅(?P<d>(?![各有相])\p{Han}{2,6}?处)(?![\p{Han}])")


def _ministry_stationed_and_office_units(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                                         parent: str) -> list[NamedMention]:
    added: list[NamedMention] = []
    drop: list[tuple[int, int]] = []
    for a, b in segments:
        for m in STATIONED_IN_OWN.finditer(text, a, b):
            if not parent.endswith(m.group("k")) and not (m.group("k") == "委" and parent.endswith("委员会")):
                continue
            g = m.group("g")
            name = ("中央纪委国家监委驻" if g == "纪检监察组" else "中央纪委驻") + parent + g
            e = m.end("g")
            added.append(NamedMention(Mention(m.start(), e, text[m.start():e], "named", "asis", name, layer="pattern"), name))
            if m.group("br"):
                drop.append((m.start("br"), m.end("br")))
        for m in OWN_OFFICE_DIVISION.finditer(text, a, b):
            name = parent + "办公厅" + m.group("d")
            added.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "asis", name, layer="pattern"), name))
    if not added:
        return out
    kept = [nm for nm in out if not any(s <= nm.mention.start < e for s, e in drop)]
    return _replacing_overlapped(kept, added)


# (s19-org) 我部, 我委, 我厅, 我局, 我办 in a notice one organ issued: that organ (spec 1.1 section 5, an organ mentioned in the
# body; A2 a24 `我委`, A3 a31 `我部制定了`), the issuer less its 办公厅 where the organ is the ministry (农业农村部办公厅: 我部).
SELF_REFERENCE = re.compile(r"(?<![自本])我(?P<k>[部委厅局办署])(?![门长属内分员机直系会])"
                            # (s22-org) 部里将…组织督导 (a ministry's notice of the 2020s: 部里 is the ministry itself)
                            r"|(?<![\p{Han}])(?P<k2>部)里(?=将|要|会同|负责|组织|适时|统筹|对|已|在)")
SELF_ENDS = {"部": ("部",), "委": ("委员会", "委"), "厅": ("厅",), "局": ("局",), "办": ("办公室", "办"), "署": ("署",)}


def _issuer_self_references(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                            issuer: str) -> list[NamedMention]:
    taken = [(nm.mention.start, nm.mention.end) for nm in out]
    added: list[NamedMention] = []
    for a, b in segments:
        for m in finditer_opened(SELF_REFERENCE, text, a, b):  # (speed only, s30: tried at its openings)
            ends = SELF_ENDS[m.group("k") or m.group("k2")]
            name = issuer
            if not name.endswith(ends) and name.endswith("办公厅") and name[:-3].endswith(ends):
                name = name[:-3]  # 农业农村部办公厅's notice: 我部 is the ministry
            if not name.endswith(ends) or any(x < m.end() and m.start() < y for x, y in taken) \
                    or any(nm.name == name for nm in out + added):
                continue  # (the issuer named in the body keeps its written quote)
            added.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", "asis", name, layer="pattern"), name))
    return sorted(out + added, key=lambda nm: nm.mention.start) if added else out


# (s36-names) The financial regulators' local offices written as a kind, without a place (`银保监局负责辖内…，指导银保监分局`
# in the regulator's own order): the offices sent out (派出机构) of every province or city, kept as written (spec 1.1
# section 5, a collective or unnamed group as written), not a bureau inside the regulator; the suffixes of
# organ_branch_patterns.tsv that name them with a place (福建银保监局, 益阳银保监分局).
REGULATOR_OFFICE_KINDS = frozenset({"银保监局", "银保监分局", "银监局", "银监分局", "保监局", "保监分局", "证监局",
                                    "金融监管局", "金融监管分局"})


REGULATOR_OFFICE_KIND = re.compile(r"(?:(?<![\p{Han}])|(?<=[、和及与由对向经和]|会同|监督|指导|协调|督促))(?:"
                                   + "|".join(sorted(REGULATOR_OFFICE_KINDS, key=len, reverse=True)) + r")(?!\p{Han}?[长员])")


def _regulator_office_kinds(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    found = [NamedMention(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"),
                          m.group(0))
             for a, b in segments for m in REGULATOR_OFFICE_KIND.finditer(text, a, b)
             if not any(nm.mention.start <= m.start() < nm.mention.end for nm in out)]
    return sorted(out + found, key=lambda nm: nm.mention.start) if found else out


def _ministry_bureau(text: str, nm: NamedMention, parent: str) -> NamedMention:
    """A 局 written bare in an assignment list of a ministry's notice and named as written (no place, no central
    organ of that name: 畜牧兽医局, 渔业渔政管理局 in an 农业农村部 notice): the ministry's own bureau (内设机构)."""
    m = nm.mention
    if m.kind != "named" or nm.name != m.text or not nm.name.endswith("局") or len(nm.name) < 4 \
            or nm.name.startswith(("国家", "中国", "中央", "全国", "各", "有关", "相关")) or m.start == 0 \
            or nm.name in REGULATOR_OFFICE_KINDS:
        return nm
    start = m.start
    if text[start - 1] in SELF_PREFIX and start >= 2 and not _is_han_char(text[start - 2]):
        start -= 1  # (s22-org) 部中小企业局 in the ministry's notice: 部 is the ministry itself, quoted with its bureau
    elif text[start - 1] not in "（(、：:，,。；;\n \u3000" or not MINISTRY_DEPT_AFTER.match(text, m.end):
        return nm
    name = parent + nm.name
    return NamedMention(Mention(start, m.end, text[start:m.end], "named", "asis", name, layer="pattern"), name)


# <town>派出所, 城南、城北派出所: police stations named by their place (2-4 characters each, sharing
# the head when listed); a determiner makes a collective (辖区派出所, 各派出所), left to the patterns.
POLICE_BEFORE = set("、，,：:；;（()）由和及与向经同在至对\n 　")
# A station written after its bureau (县公安局城关派出所, 公安分局): the bureau's own name ends so (a county
# named 公安县 holds 公安 in every organ's name).
POLICE_PARENT = ("公安局", "公安分局", "分局")
POLICE_STOP = set("的在对为是要将把按由从向等并或及与和同、，,：:；;（()）")
ORGAN_END = re.compile(r"(?:办|中心|所|站|局|委|室|队|会|组|部|院|处|科|股)$")
POLICE_NOT = re.compile(r"^(?:各|辖区|属地|当地|所在地|所辖|公安|基层|乡镇|街道$|城区|农村|社区|警务|有关|相关|其他|全|本|该|边境|铁路|森林|交警|驻)")


def _station_name(text: str, k: int, lo: int, towns: frozenset[str] = frozenset()) -> int | None:
    """Where the place name before text[k] starts: 2-4 characters after a list mark or a joiner.
    A town of the county (its name less 镇/乡/街道, `towns`) is taken whole first: a town's name may hold a
    joiner character (恩和, 同和, 及第), where the walk back would stop."""
    hit = next((n for n in (4, 3, 2) if k - n >= lo and text[k - n:k] in towns
                and (k - n == lo or text[k - n - 1] in POLICE_BEFORE)), None)
    if hit:
        return k - hit
    s = k
    while s > lo and k - s < 5 and _is_han_char(text[s - 1]) and text[s - 1] not in POLICE_STOP:
        s -= 1
    if not 2 <= k - s <= 4 or (s > lo and text[s - 1] not in POLICE_BEFORE) or POLICE_NOT.search(text[s:k]) \
            or (k < len(text) and text[k] == "、" and ORGAN_END.search(text, s, k)):
        # (s20-org) 应急办、综治中心、芦溪派出所: a list member ending with an organ's or unit's head word is its own
        # body, no place the stations share
        return None
    return s


def _police_stations(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                     j: Jurisdiction) -> list[NamedMention]:
    """A police station (公安派出所) is an organ of its county's or district's public security bureau:
    `<A>、<B>派出所` in a district notice -> <city>公安局<district>分局<A>派出所 and …<B>派出所, in a
    county notice -> <county>公安局<name>派出所; written after its bureau (`县公安局城关派出所`), that
    bureau's. Where whose it is cannot be told (a city's notice), the station is kept as written."""
    if "派出所" not in text:
        return out
    ends = {nm.mention.end: nm for nm in out}
    added: list[NamedMention] = []
    dropped: set[int] = set()
    for a, b in segments:
        k = text.find("派出所", a, b)
        while k >= 0:
            e = k + 3
            parent_nm = next((ends[k - n] for n in (2, 3, 4) if k - n in ends and ends[k - n].name.endswith(POLICE_PARENT)
                              and not POLICE_STOP.intersection(text[k - n:k])), None)
            if parent_nm is not None:
                s = parent_nm.mention.end
                name = parent_nm.name + text[s:k] + "派出所"
                added.append(NamedMention(Mention(parent_nm.mention.start, e, text[parent_nm.mention.start:e], "named",
                                                  "asis", name, layer="pattern"), name))
                dropped.add(id(parent_nm))
            elif PLACE_STATION.search(text, max(a, k - 6), k):
                # 户籍所在地的公安派出所, 当地派出所: the station of the place concerned, a collective as written
                # without the words saying whose place it is (spec 1.1 section 5, 所在地民政部门)
                d = PLACE_STATION.search(text, max(a, k - 6), k)
                name = d.group("det") + (d.group("police") or "") + "派出所"
                added.append(NamedMention(Mention(d.start(), e, text[d.start():e], "collective", None, name,
                                                  layer="pattern"), name))
            else:
                head = _county_police(j) or ""
                towns = _own_county_town_shorts(j)
                s = _station_name(text, k, a, towns)
                stations = []
                while s is not None:
                    stations.append((s, k))
                    if s - 1 > a and text[s - 1] == "、":
                        k, s = s - 1, _station_name(text, s - 1, a, towns)
                    else:
                        s = None
                for i, (s0, k0) in enumerate(stations):
                    name = head + text[s0:k0] + "派出所"
                    end0 = e if i == 0 else k0
                    added.append(NamedMention(Mention(s0, end0, text[s0:end0], "named", "asis", name, layer="pattern"),
                                              name))
            k = text.find("派出所", e, b)
    if not added:
        return out
    spans = [(nm.mention.start, nm.mention.end) for nm in added]
    kept = [nm for nm in out if id(nm) not in dropped
            and not any(x < nm.mention.end and nm.mention.start < y for x, y in spans)]
    return sorted(kept + added, key=lambda nm: nm.mention.start)


PLACE_STATION = re.compile(r"(?P<det>所在地|当地|属地)的?(?P<police>公安)?$")


def _own_county_town_shorts(j: Jurisdiction) -> frozenset[str]:
    """The towns of the document's county, and its own town, by their names less 镇/乡/街道 (townships.tsv)."""
    if not j.county or j.level not in ("county", "township"):
        return frozenset()
    own = re.sub(r"(?:街道|镇|乡)$", "", j.township or "")
    return _county_town_shorts(j.county) | ({own} if len(own) >= 2 else set())


def _county_police(j: Jurisdiction) -> str | None:
    """The public security bureau a station of the document's own county or district belongs to:
    a county's 公安局 (<county>公安局), a city district's 分局 of its city's bureau (<city>公安局<district>分局)."""
    if j.level not in ("county", "township") or not j.county:
        return None
    county = j.county
    if county.endswith("区"):
        city = j.prefecture or (j.province if j.province and j.province.endswith("市") else None)
        if not city:
            return None
        from ..nlp.canonical import district_police_stem

        return f"{city}公安局{district_police_stem(city, county)}分局"
    return f"{county}公安局"


def _own_sector_organ(sector: str | None, j: Jurisdiction) -> str | None:
    """教育 in a city's notice -> <city>教育局; in a provincial one -> <province>教育厅."""
    if not sector or j.central or not j.own:
        return None
    from ..nlp.organs import sector_organ

    own = j.own
    marker = "省" if own == j.province else own[-1]
    organ = sector_organ(sector, marker, prefecture=own == j.prefecture)
    return own + organ[1] if organ and organ[0] == "local" else None


WORK_WORD = re.compile(r"工作(?=领导小组|小组|专班|领导小组办公室)")


def _fuller_names(out: list[NamedMention]) -> list[NamedMention]:
    """A working body written once with its place (省推进…工作组) and once without (推进…工作组) is
    one organ, under the fuller name (annotation guide D14)."""
    asis = [nm for nm in out if nm.mention.scope == "asis"]
    if not asis:
        return out
    # ((s26-a20org) also a body read as written but named with its place (`领导小组办公室` after `成立昌吉市…领导小组`): the
    # same body written `市县域…领导小组办公室` elsewhere is that one, under the fuller name)
    names = {nm.name for nm in out if nm.mention.scope != "asis" or nm.name != nm.mention.text}
    every = {nm.name for nm in out}
    fuller = {}
    for nm in asis:
        longer = sorted((n for n in names if n.endswith(nm.name) and len(n) > len(nm.name)), key=len)
        if not longer and not nm.name.endswith("办公室"):
            # (s19-org) 成立大气污染防治工作领导小组 … 报省大气污染防治工作领导小组办公室: the group's office written with its
            # place names the group (A2 a20, a23 golds)
            longer = sorted((n[:-3] for n in names if n.endswith(nm.name + "办公室") and len(n) > len(nm.name) + 3), key=len)
        if longer:
            fuller[nm.name] = longer[0]
            continue
        # …建设领导小组 and …建设工作领导小组 in one notice: one group, under the fuller name (guide D14)
        worded = [n for n in every if len(n) > len(nm.name) and WORK_WORD.sub("", n) == nm.name]
        if len(worded) == 1:
            fuller[nm.name] = worded[0]
    return [NamedMention(nm.mention, fuller[nm.name]) if nm.mention.scope == "asis" and nm.name in fuller else nm
            for nm in out]


# (s25-org) `成立双沟镇农村人居环境整治提升工作专班` then `镇人居环境整治工作专班办公室`, `镇精准扶贫工作领导小组` after
# `九资河镇精准扶贫精准脱贫工作领导小组`: the body a notice sets up, taken up later under its name shortened (words of it left
# out, none added, the same place and head) is that body, one organ under the fuller name (guide D14), and so is its office.
# Only a body of the document's own place (its chain), only one fuller body that fits, and at least 4 characters of the
# name kept (a bare `镇领导小组` is BARE_GROUP's), and a share of it (SHORTENED_SHARE).
SHORTENED_HEADS = ("领导小组", "领导组", "工作小组", "工作专班", "专班", "指挥部")
# (the short name keeps at least this share of the full one: `乡村振兴领导小组` is no short name of `巩固拓展脱贫攻坚成果同乡村振兴
# 有效衔接领导小组`, two groups a county may keep side by side)
SHORTENED_SHARE = 0.3


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _body_parts(name: str, chains: tuple[str, ...]) -> tuple[str, str, str, bool] | None:
    """name -> (chain, words, head, office) for a body (or its office) of one of the chains."""
    office = name.endswith("办公室")
    core = name[:-3] if office else name
    head = next((h for h in SHORTENED_HEADS if core.endswith(h)), None)
    chain = next((c for c in chains if core.startswith(c)), None)
    if head is None or chain is None:
        return None
    return chain, core[len(chain):-len(head)], head, office


def _bodies_named_short(out: list[NamedMention], j: Jurisdiction) -> list[NamedMention]:
    own = _own_level_chain(j) if (j.township or j.county) else None
    chains = tuple(sorted({c for c in (own[1] if own else None, j.prefecture, j.province) if c}, key=len, reverse=True))
    if not chains:
        return out
    parts = {nm.name: p for nm in out if nm.mention.kind == "named" and (p := _body_parts(nm.name, chains))}
    if len(parts) < 2:
        return out
    renamed = {}
    for name, (chain, words, head, office) in parts.items():
        if len(words) < 4:
            continue
        fuller = {(c, w, h) for c, w, h, _ in parts.values()
                  if c == chain and h == head and len(w) > len(words) and len(words) >= SHORTENED_SHARE * len(w)
                  and _is_subsequence(words, w)}
        if len(fuller) == 1:
            c, w, h = fuller.pop()
            renamed[name] = c + w + h + ("办公室" if office else "")
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[nm.name]) if nm.name in renamed else nm for nm in out]


# (s33-articles) A statute names the authority of its field once with the levels that hold it (`县级以上人民政府公共数据
# 主管部门`, `城市人民政府确定的城市照明主管部门`) and from then on by its field alone (`公共数据主管部门应当会同…`,
# `同级公共数据主管部门`, `由城市照明主管部门会同…`): the field words the document has itself bound to an authority make
# the bare `<field>主管部门` an organ, a collective as written with its determiner (spec 1.1 section 5: organs named by
# their function are collectives, kept; 同级, 所在地 kept as written). Fields the sector tables know are read already; this
# reaches the fields a statute makes its own (城市照明, 公共数据). A shorter reading inside the span (`数据主管部门`) gives way.
FIELD_AUTHORITY_FULL = re.compile(r"(?:人民政府|政府)(?:确定的|指定的)?(?P<field>\p{Han}{2,8}?)(?P<head>(?:行政)?主管(?:部门|机构))$")
FIELD_DETERMINER = r"(?:上级|上一级|有关|相关|其他)?"
_FIELD_AUTHORITY_ENDS = ("主管部门", "主管机构", "主管部门\n", "主管机构\n")  # (`$`: the end, or before a last \n)


def _field_authorities_written_bare(text: str, segments: list[tuple[int, int]],
                                    out: list[NamedMention]) -> list[NamedMention]:
    fields: dict[str, str] = {}
    for nm in out:
        # (searched only in a collective that ends as the pattern's `$` needs: s33-speed)
        m = FIELD_AUTHORITY_FULL.search(nm.mention.text) if nm.mention.kind == "collective" \
            and nm.mention.text.endswith(_FIELD_AUTHORITY_ENDS) else None
        if m and m.group("field")[-1] not in "的等和及":
            fields.setdefault(m.group("field"), m.group("head"))
    if not fields:
        return out
    alt = "|".join(sorted(map(re.escape, fields), key=len, reverse=True))
    rx = re.compile(rf"(?:(?:同级|本级|所在地|当地)|(?<![\p{{Han}}]){FIELD_DETERMINER}|(?<=[由向经报和及与或、会同对的将把请从]))"
                    rf"(?:{alt})(?:行政)?主管(?:部门|机构)(?!负责人|长|工作人员|人员)")
    spans = [(nm.mention.start, nm.mention.end) for nm in out]
    added, inside = [], set()
    for a, b in segments:
        for m in rx.finditer(text, a, b):
            s, e = m.span()
            if any(x < e and s < y and not (s <= x and y <= e and (x, y) != (s, e)) for x, y in spans):
                continue  # written inside a longer reading already (the full formula), or the same span
            inner = [nm for nm in out if s <= nm.mention.start and nm.mention.end <= e]
            inside.update(id(nm) for nm in inner)
            written = m.group(0)
            added.append(NamedMention(Mention(s, e, written, "collective", None, written, layer="pattern"), written))
    if not added:
        return out
    return sorted([nm for nm in out if id(nm) not in inside] + added, key=lambda nm: nm.mention.start)


# (s33-articles) `州（市）、县（市、区、行委）气象主管机构应当会同…`: levels written with their other kinds in brackets, as the
# rules of provinces with autonomous prefectures write them, share the authority written once after the last (spec 1.1
# section 5: a shared head is distributed over a list); each level's authority is a collective as written, named from the
# level word (the quote) and the head after the last level.
BRACKETED_LEVEL = r"[省市县区州盟旗][（(][^（）()，。；\n]{1,10}[）)]"
LEVELS_BEFORE_AUTHORITY = re.compile(rf"(?P<levels>(?:{BRACKETED_LEVEL}、)+)$")
LEVEL_OF_AUTHORITY = re.compile(rf"^{BRACKETED_LEVEL}(?P<head>\p{{Han}}{{2,12}}(?:主管部门|主管机构|行政部门))$")


def _bracketed_levels_sharing_an_authority(text: str, out: list[NamedMention], written: str) -> list[NamedMention]:
    added = []
    for nm in out:
        m = nm.mention
        # (the head as the document writes it: 气象主管机构 is read as 气象主管部门 until the end of the reading)
        own = LEVEL_OF_AUTHORITY.match(written[m.start:m.end]) if m.kind == "collective" else None
        before = LEVELS_BEFORE_AUTHORITY.search(text, max(0, m.start - 40), m.start) if own else None
        if before is None:
            continue
        k = before.start()
        for level in re.finditer(BRACKETED_LEVEL, before.group("levels")):
            a, b = k + level.start(), k + level.end()
            name = level.group(0) + own.group("head")
            if not any(x.mention.start < b and a < x.mention.end for x in out):
                added.append(NamedMention(Mention(a, b, text[a:b], "collective", None, name, layer="pattern"), name))
    if not added:
        return out
    return sorted(out + added, key=lambda nm: nm.mention.start)


# (s33-articles) `住房和城乡建设、规划、物价等行政主管部门按照各自职责…`, `水务、卫生计生等行政主管部门`: bare sectors closed by a
# written authority head share that head (spec 1.1 section 5: a shared head is distributed over a list), each named
# `<sector>行政主管部门` as the statute writes it (A35 a401, A21 a251's `…公安消防等行政主管部门`). Only that head: `等部门` keeps the
# spec's `<sector>部门`, and `等主管部门`, `等行政管理部门` keep it too, as tests/test_s11_organs.py, tests/test_organs_s8.py and
# b3 d099 read them (no gold reads those heads distributed).
SHARED_AUTHORITY_HEAD = re.compile(r"等(?P<head>行政主管部门)")


def _sectors_sharing_a_written_head(text: str, out: list[NamedMention]) -> list[NamedMention]:
    renamed: dict[int, str] = {}
    run: list[NamedMention] = []
    for nm in out:
        m = nm.mention
        if m.kind != "sector" or not nm.name.endswith("部门"):
            run = []
            continue
        if run and not (m.start - run[-1].mention.end == 1 and text[m.start - 1] in "、和及"):
            run = []
        run.append(nm)
        head = SHARED_AUTHORITY_HEAD.match(text, m.end)
        if head:
            for x in run:
                renamed[id(x)] = x.name[:-2] + head.group("head")
            run = []
    if not renamed:
        return out
    return [NamedMention(nm.mention, renamed[id(nm)]) if id(nm) in renamed else nm for nm in out]


# (s33-articles) A statute's declared term for a group of organs, used as its actor from then on:
# * `县级以上人民政府（以下统称政府）`: 政府 is the levels' governments, and `政府办公厅（室）`, `政府法制机构`, `政府工作部门`
#   are their bodies, collectives as written (guide D111: the declared 政府 names real organs; spec 1.1 section 5: a bracket
#   giving an alternative body, 办公厅（室）, names two), not a bare 法制机构 nor the category `政府部门`;
# * `本省各级行政机关以及具有公共管理和服务职能的事业单位（以下统称公共管理和服务机构）`: a term declared for a group that
#   holds organs (行政机关, 人民政府, 部门; no enterprises, persons or organisations) names that group wherever it is
#   written, with its determiner (`有关公共管理和服务机构`, `相关…`), a collective as written (spec 1.1 section 5).
DECLARED_GOVERNMENT = re.compile(r"人民政府[（(](?:以下)?(?:统称|简称)[“\"]?政府[”\"]?[）)]")
GOVERNMENT_BODY = re.compile(r"(?:(?<![\p{Han}])|(?<=[由向经报和及与或、对将把请从其]))政府(?P<body>办公厅[（(]室[）)]|办公厅|办公室"
                             r"|法制工作机构|法制机构|工作部门|组成部门)(?!负责人|主任|工作人员|人员)")
DECLARED_GROUP = re.compile(r"(?P<group>[^。；;，,\n（）()]{4,60})[（(]以下统称[“\"]?(?P<term>\p{Han}{2,12}(?:机构|机关|部门))[”\"]?[）)]")
GROUP_ORGAN_WORDS = re.compile(r"行政机关|人民政府|部门")
GROUP_OTHER_WORDS = re.compile(r"企业|个人|公民|法人|组织|团体|协会")


def _declared_group_terms(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    found: list[tuple[int, int, str]] = []
    if "政府" in text and DECLARED_GOVERNMENT.search(text):
        after = DECLARED_GOVERNMENT.search(text).end()
        for a, b in segments:
            for m in GOVERNMENT_BODY.finditer(text, max(a, after), b):
                body = m.group("body")
                if body.startswith("办公厅") and body != "办公厅":
                    found += [(m.start(), m.end(), "政府办公厅"), (m.start(), m.end(), "政府办公室")]
                else:
                    found.append((m.start(), m.end(), "政府" + body))
    for d in DECLARED_GROUP.finditer(text):
        group, term = d.group("group"), d.group("term")
        if not GROUP_ORGAN_WORDS.search(group) or GROUP_OTHER_WORDS.search(group):
            continue
        rx = re.compile(rf"(?:有关|相关|其他|各级|同级|本级)?{re.escape(term)}(?!负责人|工作人员|人员)")
        for a, b in segments:
            for m in rx.finditer(text, max(a, d.start("term")), b):
                found.append((m.start(), m.end(), m.group(0)))
    if not found:
        return out
    spans = {(s, e) for s, e, _ in found}
    kept = [nm for nm in out if not any(s <= nm.mention.start and nm.mention.end <= e for s, e in spans)]
    added = [NamedMention(Mention(s, e, text[s:e], "collective", None, name, layer="pattern"), name) for s, e, name in found]
    return sorted(kept + added, key=lambda nm: nm.mention.start)


# (s35-articles) A term a rule declares for the office a unit it regulates must set up or name (`二级以上医疗机构应当设置
# 医患关系办公室或者指定部门（以下统称投诉管理部门）`, `生产经营单位应当设立安全生产管理机构（以下简称安全管理机构）`) names
# that unit's own office, not an organ (spec 1.1 section 5: service bodies, enterprises and their offices are no
# departments): none of its mentions is one, with a determiner or the unit's name before it (`医疗机构投诉管理部门`).
UNIT_SUBJECT = (r"(?:医疗机构|医疗卫生机构|医院|学校|高等学校|幼儿园|企业|生产经营单位|用人单位|建设单位|施工单位|物业服务企业"
                r"|经营者|运营单位|管理单位|使用单位|事业单位|社会组织|养老机构|金融机构|单位)")
UNIT_DECLARED_TERM = re.compile(UNIT_SUBJECT + r"[^。；;\n（()]{0,16}?(?:应当|应|须|必须|可以)?(?:设置|设立|建立|指定|确定|明确|配备)"
                                r"[^。；;\n（()]{1,40}?[（(]以下(?:统称|简称|称)[“\"]?(?P<term>\p{Han}{2,12}(?:部门|机构|科室))"
                                r"[”\"]?[）)]")


# A unit's own departments written after its name (`医疗机构各部门`, `学校有关部门`, `企业相关职能部门`) are its offices too.
UNIT_OWN_DEPARTMENTS = re.compile(r"(?:各|有关|相关|其他)?(?:职能|业务)?部门")
UNIT_BEFORE = re.compile(UNIT_SUBJECT + r"(?:内部|内设)?$")


def _unit_declared_terms(text: str, out: list[NamedMention]) -> list[NamedMention]:
    terms = [(m.start(), m.group("term")) for m in UNIT_DECLARED_TERM.finditer(text)]
    if not terms:
        return out
    return [nm for nm in out if not any(nm.mention.end > at and text[nm.mention.start:nm.mention.end].endswith(term)
                                        for at, term in terms)
            and not (UNIT_OWN_DEPARTMENTS.fullmatch(text, nm.mention.start, nm.mention.end)
                     and UNIT_BEFORE.search(text, max(0, nm.mention.start - 8), nm.mention.start))]


# `X（以下简称Y）`: Y stands for X from here on; `X下设办公室（以下简称Y）` for X's office.
SHORT_NAME = re.compile(r"(?P<office>下设办公室)?[（(](?:以下)?(?:简称|统称|称)[“\"‘]?(?P<short>[^（）()“”\"‘’，。、；\s]{2,14})[”\"’]?[）)]")


def _short_names(text: str, segments: list[tuple[int, int]], out: list[NamedMention],
                 j: Jurisdiction | None = None) -> list[NamedMention]:
    """A short name the document defines for an organ (`（以下简称“领导小组”）`) names that organ
    wherever it is written later, also as the head of its office (`领导小组办公室`)."""
    copula = "是本" in text or "为本" in text
    designating = "负责本" in text or "负责全" in text
    if ("简称" not in text and "以下称" not in text and "统称" not in text and not copula and not designating) or not out:
        return out
    ends: dict[int, list[NamedMention]] = {}
    for nm in out:
        ends.setdefault(nm.mention.end, []).append(nm)
    defined: dict[str, tuple[int, NamedMention, str]] = {}
    brackets: list[tuple[int, int]] = []
    held: list[tuple[int, int, NamedMention]] = []  # (s37-articles) the designation's own predicate
    function_named: list[tuple[NamedMention, NamedMention]] = []  # (s37-articles) `市…主管部门（市城管局）`: the bracket's organ
    for m in COPULA_OWN_AUTHORITY.finditer(text) if copula else ():
        # (s34-names, guide D101) `市住房和城乡建设局是本市城市供热行政主管部门，负责…`: a local rule's article that names
        # the holder of a function; the level's function name written after it (`市城市供热行政主管部门`) is that organ
        owners = _designated_owner(text, m.start(), ends, function_named)
        if owners:
            defined.setdefault(m.group("level") + m.group("auth"), (m.end(), owners[0], owners[0].name))
            # (s37-articles, guide D111 for `X是…主管部门`) the term declared names X also written bare after it
            # (`城市供热行政主管部门应当会同…`); with another level before it (`县（市、区）城市供热行政主管部门`) it is another
            # mention and stays as written
            defined.setdefault(m.group("auth"), (m.end(), owners[0], owners[0].name))
            held.append((m.start(), m.end(), owners[0]))
    for m in DUTY_DESIGNATION.finditer(text) if designating else ():
        # (s37-articles, guide D101/D111) `市城市管理行政主管部门（市城管局）负责本市城市供热的监督管理工作`: the article that
        # gives a named organ the supervision of a field makes it that field's authority at its level; the level's
        # authority of the field written later (`市供热行政主管部门会同…`, the field's head word enough) is that organ.
        # Bare (`供热行政主管部门`) it is not bound, as no 是 declares the term.
        owners = _designated_owner(text, m.start(), ends, function_named)
        if not owners:
            continue
        field = m.group("field")
        for k in range(0, len(field) - 1):
            for head in ("行政主管部门", "主管部门"):
                defined.setdefault(m.group("level") + field[k:] + head, (m.end(), owners[0], owners[0].name))
    for m in finditer_opened(SHORT_NAME, text):  # (speed only, s30: tried at its openings)
        owners = ends.get(m.start())
        office = bool(m.group("office"))
        if not owners:
            owners = _owner_named_by_copula(text, m.start(), ends)  # (s24-articles) X是…主管部门（以下简称Y）
        if not owners:
            owners, office = _body_of_a_bare_office(text, m.start(), out), True
        if not owners or len(owners) != 1 or owners[0].mention.kind == "sector":
            continue
        if owners[0].mention.start > 0 and text[owners[0].mention.start - 1] in "、和及与":
            continue  # 各镇政府、区管委会、街道办事处（统称镇区）: the short name sums up the list, not its last organ
        name = owners[0].name + ("办公室" if office else "")
        defined.setdefault(m.group("short"), (m.end(), owners[0], name))
        brackets.append((m.start("short"), m.end("short")))
    if not defined:
        return out
    # the short name inside its own definition is no further mention
    out = [nm for nm in out if not any(a <= nm.mention.start < b for a, b in brackets)]
    if held:  # (s37-articles) the function named in `X是本市…主管部门` is X, not an organ beside it
        out = [next((NamedMention(nm.mention, o.name) for a, b, o in held if a <= nm.mention.start < b), nm) for nm in out]
    if function_named:  # (s37-articles) `市城市管理行政主管部门（市城管局）`: one organ, named by the bracket
        named_as = {id(f): o.name for f, o in function_named}
        out = [NamedMention(nm.mention, named_as[id(nm)]) if id(nm) in named_as else nm for nm in out]
    spans = sorted((nm.mention.start, nm.mention.end) for nm in out)
    renamed: list[NamedMention] = []
    # a short name opening with a level (市住房保障部门) read from a list of levels (市、区住房保障部门 → <city>住房
    # 保障部门): that level's name is the defined organ too
    level_names = {}
    for short, (after, owner, name) in defined.items():
        if short[:1] in "省市县区" and len(short) > 3:
            for nm in out:
                p = nm.name[:-len(short) + 1] if nm.name.endswith(short[1:]) else ""
                if p and p.endswith(short[0]) and name.startswith(p) and nm.name != name:
                    level_names[nm.name] = (after, name)
    for nm in out:
        d = defined.get(nm.mention.text)
        ln = level_names.get(nm.name)
        q = _qualified_short(text, nm, defined) if d is None else None
        if q is None and d is None and j is not None:
            q = _level_of_declared_short(text, nm, defined, j)
        if q is not None:
            renamed.append(q)
        elif d and (nm.mention.start >= d[0] or _same_organ_written_before(nm, d[1])):
            renamed.append(NamedMention(nm.mention, d[2]))  # 区更新办 read as a district organ
        elif ln and nm.mention.start >= ln[0]:
            renamed.append(NamedMention(nm.mention, ln[1]))
        else:
            renamed.append(nm)
    alt = "|".join(sorted(map(re.escape, defined), key=len, reverse=True))
    rx = re.compile(rf"(?:{alt})(?:办公室)?")
    added = []
    fragments: set[int] = set()
    for a, b in segments:
        for m in rx.finditer(text, a, b):
            short = m.group(0)
            office = short not in defined
            if office:
                short = short[:-3]
            after, owner, name = defined[short]
            if m.start() < after or _bracketed_after_an_organ(text, m.start(), m.end(), spans):
                continue  # 区工商分局（区微企办）: a second sign of the organ before it (spec 1.1 section 5)
            if short[:1] not in "省市县区" and (lv := OTHER_LEVEL_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                # (s37-articles) `县（市、区）城市供热行政主管部门` after `X是本市城市供热行政主管部门`: another level's authority,
                # a collective as written (spec 1.1 section 5), not the organ declared for the issuer's level
                if not any(s < m.end() and lv.start() < e for s, e in spans):
                    w = text[lv.start():m.end()]
                    added.append(NamedMention(Mention(lv.start(), m.end(), w, "collective", None, w, layer="pattern"), w))
                continue
            inner = [nm for nm in renamed if m.start() <= nm.mention.start and nm.mention.end <= m.end()
                     and nm.mention.end - nm.mention.start < m.end() - m.start()]
            if inner and owner.mention.kind == "collective" and not any(
                    s < m.end() and m.start() < e and not (m.start() <= s and e <= m.end()) for s, e in spans):
                # 特种设备安全监管部门 defined for a group: a sector read inside the short name is only part of it; the
                # short name stands for the group it defines (a collective stays one: d046's 市级主管部门)
                fragments.update(id(nm) for nm in inner)
            elif any(s < m.end() and m.start() < e for s, e in spans):
                continue
            mention = Mention(m.start(), m.end(), m.group(0), owner.mention.kind, owner.mention.scope, name,
                              layer="pattern")
            added.append(NamedMention(mention, name + ("办公室" if office else "")))
    renamed = [nm for nm in renamed if id(nm) not in fragments]
    return sorted(renamed + added, key=lambda nm: nm.mention.start)


# (s32-org) `县级以上人民政府人力资源和社会保障行政部门（以下称社会保险行政部门）` and later `省社会保险行政部门`,
# `武汉市社会保险行政部门`: the declared name under a level of its own (a bare marker, or a named place) stands for
# that level's department of the defined function: read as the level written before the defined organ words
# (`省人力资源和社会保障行政部门`), named as that is (spec 1.1 section 5; guide D101: the function's holder there,
# 湖北省人力资源和社会保障厅, where pipeline/data sources it). Not where the short name is itself an abbreviation of
# those words (D107 with a level writes those out, `设区的市质量技术监督部门`).
OWNER_LEVEL_RANGE = re.compile(r"^(?:县级以上|设区的市级以上|市级以上|省级以上)(?:地方)?(?:各级)?(?:人民政府|政府)")


def _level_of_declared_short(text: str, nm: NamedMention, defined: dict, j: Jurisdiction) -> NamedMention | None:
    m = nm.mention
    if m.kind != "named" or m.scope != "levelsector" or not m.marker:
        return None
    lead = m.place or m.marker
    short = m.text[len(lead):] if m.text.startswith(lead) else None
    if short not in defined:
        return None
    after, owner, name = defined[short]
    cut = OWNER_LEVEL_RANGE.match(name)
    if m.start < after or owner.mention.kind != "collective" or cut is None or not name.endswith("部门"):
        return None
    words = name[cut.end():]
    placej = j
    if m.place:
        row = region_row(to_simplified(m.place))
        if row is None:
            return None
        placej = jurisdiction_of_row(row)
    written = m.marker + words
    whole = _whole_mention(written)
    if whole is None or whole.kind != "named":
        return None
    names = canonical_names([whole], written, placej)[0]
    if len(names) != 1 or names[0].startswith(m.marker):
        return None
    return NamedMention(m, names[0])


# (s31-org3, guide D107 with a level) `县级以上人民政府质量技术监督部门（以下简称质监部门）` and later `所在地质监部门`,
# `设区的市质监部门`: the short name under a determiner or a level of its own is written out in its organ words only (the
# shortest tail of the defined collective's name the short name abbreviates, 质量技术监督部门); the determiner or level
# stays as written (`所在地质量技术监督部门`, `设区的市质量技术监督部门`), a collective as written (spec 1.1 section 5).
SHORT_QUALIFIER = re.compile(r"(?:所在地|当地|同级|上级|上一级|各级|设区的市|[省市县区])$")


def _qualified_short(text: str, nm: NamedMention, defined: dict) -> NamedMention | None:
    m = nm.mention
    short = next((sh for sh in defined if m.text.endswith(sh) and len(m.text) > len(sh)), None)
    if short is None:
        return None
    after, owner, name = defined[short]
    if m.start < after or owner.mention.kind != "collective":
        return None
    lead = m.text[:-len(short)]
    if m.start >= 3 and text[m.start - 3:m.start] == "设区的" and lead == "市":
        lead = "设区的市"
    if not SHORT_QUALIFIER.fullmatch(lead):
        return None
    words = next((name[i:] for i in range(len(name) - len(short), -1, -1) if _abbreviates(short, name[i:])), None)
    if words is None:
        return None
    start = m.start - (len(lead) - (len(m.text) - len(short)))
    full = lead + words
    return NamedMention(replace(m, start=start, text=text[start:m.end], kind="collective", scope=None, marker=None,
                                place=None, stem=full), full)


# (s36-names, guide D96 revised and D105) An organ named by its function and written bare right before a person's title
# (`行政机关负责人出庭应诉率不低于80%`, `行政执法机关主要负责人`): the head of every such organ, a category of persons, no
# mention, also after 本 (`经本行政机关负责人批准`, as a202 reads it); with a place or a level (`市公安机关负责人`,
# `各级行政机关负责人`) the organ is read as before.
FUNCTION_ORGAN_BARE = re.compile(r"(?:行政执法|执法|行政|公安|司法行政|司法|监察|审判|检察|政府)机关")
PERSONS_TITLE = re.compile(r"(?:主要)?负责人")


def _function_organ_in_a_title(text: str, nm: NamedMention) -> bool:
    m = nm.mention
    return m.kind == "collective" and nm.name == m.text and FUNCTION_ORGAN_BARE.fullmatch(m.text) is not None \
        and PERSONS_TITLE.match(text, m.end) is not None


# (s31-org, guide D87) `全县各级各部门`, `全州各级各部门`, `全镇各行政村（社区）`, `全省各市州和县（市）`: 全 + the level before a
# collective works as 各 does (the whole county's every department), kept as written, not a bare level prefix written out
# with the region (长垣县各级各部门) nor dropped (各行政村（社区）); as `全市党政机关` is read.
# Only before a collective of every department of the level (各级各部门, 各部门, 各有关部门): before places (全镇各村（社区）,
# 全省各地级以上市) and a sector's departments (全省各级教育行政部门) the open golds divide, and those stay as before.
WHOLE_LEVEL_CHARS = "省市县区州旗盟镇乡"
# ((s36-names) also before an organ named by its function, `全市行政执法机关`, `全县公安机关`: the level's every such organ,
# as `全市党政机关` (D87's example) is read)
# ((s38-organs) also before the level's every government, party committee or party and government organ, `全省各级政府`,
# `全省各级党委`, `全市各级党政机关`: the scope word is part of the collective as written, spec 1.1 section 5)
WHOLE_LEVEL_TAIL = re.compile(r"各级(?:各|有关|相关)?部门|各(?:有关|相关)?部门|各级各(?:有关|相关)部门"
                              r"|各级(?:人民)?政府|各级党委"
                              r"|(?:各级)?\p{Han}{0,6}?(?:行政执法|执法|行政|党政|公安|司法行政|司法|监察|审判|检察)机关")


def _whole_level_collectives(text: str, out: list[NamedMention]) -> list[NamedMention]:
    fixed = []
    for nm in out:
        m = nm.mention
        s = m.start
        if m.kind == "collective" and s >= 1 and text[s - 1] == "全" and text[s:s + 1] in WHOLE_LEVEL_CHARS \
                and WHOLE_LEVEL_TAIL.fullmatch(m.text[1:]):
            nm = NamedMention(replace(m, start=s - 1, text=text[s - 1:m.end], marker=None, place=None,
                                      stem="全" + m.text), "全" + m.text)
        elif m.kind == "collective" and s >= 2 and text[s - 2] == "全" and text[s - 1] in WHOLE_LEVEL_CHARS \
                and WHOLE_LEVEL_TAIL.fullmatch(m.text) and nm.name == m.text:
            nm = NamedMention(replace(m, start=s - 2, text=text[s - 2:m.end], stem=text[s - 2:s] + nm.name),
                              text[s - 2:s] + nm.name)
        fixed.append(nm)
    return fixed


# (s31-org, guide D107) `新型农村社会养老保险（以下简称新农保）`, `本细则所称农村居民最低生活保障（以下简称农村低保）`: a
# short term the document declares for a policy (no organ) is written out inside the name of a body set up for it
# (`县新农保试点工作领导小组` -> `<county>新型农村社会养老保险试点工作领导小组`): the body is named for the policy, whose full
# name is the one that compares across places. The full term is the shortest run of characters before the bracket
# that opens with the short term's first character and holds all its characters in order (an abbreviation keeps
# characters of its term: 新型农村社会养老保险 -> 新农保, 城乡居民基本医疗保险 -> 城乡居民医保).
DECLARED_TERM = re.compile(r"(?<=\p{Han})[（(](?:以下)?简称[“\"‘]?(?P<short>\p{Han}{2,8})[”\"’]?[）)]")
BODY_NAME_ENDS = ("领导小组", "领导小组办公室", "领导组", "领导组办公室", "工作小组", "工作小组办公室", "联席会议",
                  "联席会议办公室", "指挥部", "指挥部办公室", "工作专班", "委员会", "委员会办公室")


def _abbreviates(short: str, term: str) -> bool:
    it = iter(term)
    return term[0] == short[0] and len(term) > len(short) and all(c in it for c in short)


def _declared_terms_in_body_names(text: str, out: list[NamedMention]) -> list[NamedMention]:
    terms: dict[str, str] = {}
    for m in DECLARED_TERM.finditer(text):
        short, k = m.group("short"), m.start()
        run = k
        while run > max(0, k - 20) and _is_han_char(text[run - 1]):
            run -= 1
        full = next((text[i:k] for i in range(k - len(short) - 1, run - 1, -1)
                     if _abbreviates(short, text[i:k])), None)
        if full and not any(nm.mention.end == k for nm in out):  # (a short name of an organ is _short_names')
            terms.setdefault(short, full)
    if not terms:
        return out
    renamed = []
    for nm in out:
        short = next((s for s in terms if s in nm.name and terms[s] not in nm.name), None)
        if short and nm.name.endswith(BODY_NAME_ENDS):
            nm = NamedMention(nm.mention, nm.name.replace(short, terms[short], 1))
        renamed.append(nm)
    return renamed


def _is_han_char(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def _same_organ_written_before(nm: NamedMention, owner: NamedMention) -> bool:
    """(s28-org) `市城乡建设和交通委员会（以下简称“市建设交通委”）` in a rule a notice transmits, the notice having written
    `市建设交通委` above it: a named organ's short name with its level is that organ wherever the document writes it (guide
    D14: one organ under two names is one entry, under the fuller name); a generic short name (`领导小组`) only after."""
    short = nm.mention.text
    return nm.mention.kind == "named" and owner.mention.kind == "named" and len(short) >= 4 \
        and short[:1] in "省市县区州盟旗" and nm.name != owner.name


# (s24-articles) `市园林局是本市城市绿化行政主管部门（以下简称市绿化主管部门），负责…`: the 第三条 of a local 办法 names
# the organ, says what authority it is, and defines a short name for it; the short name stands for that organ (it is
# written after the predicate, not after the organ).
COPULA_OWN_AUTHORITY = re.compile(r"(?:是|为)本(?P<level>[省市县区])(?P<auth>[^，,。；;（）()、\n]{2,20}?(?:行政主管部门|主管部门))(?=[，,。；;])")
COPULA_AUTHORITY = re.compile(r"(?:是|为|作为)[^，,。；;（）()\n]{2,30}?(?:主管部门|主管机关|管理部门|管理机关|行政部门|主管单位)$")


# (s37-articles) a level written before a declared bare term (`县（市、区）`, `各区`, `区县`): that level's own authority.
OTHER_LEVEL_BEFORE = re.compile(r"(?<![\p{Han}])(?:各)?(?:(?:[县区乡镇](?:[（(][^（）()，。；\n]{1,8}[）)])?){1,2}|县级|区级)$")


# (s37-articles) `X负责本市城市供热的监督管理工作`, `…负责全市城镇燃气管理工作`: a duty article giving one organ a field.
DUTY_DESIGNATION = re.compile(r"负责(?:本|全)(?P<level>[省市县区])(?:行政区域内|范围内|区域内)?的?(?P<field>\p{Han}{2,10}?)的?"
                              r"(?:监督管理|管理监督|行业管理|监管|管理)(?:工作)?(?=[，,。；;\n])")


def _designated_owner(text: str, at: int, ends: dict[int, list[NamedMention]],
                      renamed: list | None = None) -> list[NamedMention]:
    """The one named organ written right before a designation at `at`: before a bracket giving its second sign
    (`市城市管理行政执法局（市公用事业管理局）是…`), or in a bracket that names the organ holding a function written before
    it (`市城市管理行政主管部门（市城管局）负责…`, spec 1.1 section 5: one organ, by its own name)."""
    owners = ends.get(at)
    if not owners and at > 0 and text[at - 1] in "）)":
        opened = max(text.rfind("（", 0, at - 1), text.rfind("(", 0, at - 1))
        if opened > 0 and at - opened <= 16:
            before = [nm for nm in ends.get(opened, []) if nm.mention.kind == "named"]
            inside = [nm for nm in ends.get(at - 1, []) if nm.mention.kind == "named" and nm.mention.start == opened + 1]
            owners = before or inside
            if not before and len(inside) == 1 and renamed is not None:
                renamed.extend((nm, inside[0]) for nm in ends.get(opened, []) if nm.mention.kind == "collective"
                               and nm.mention.text.endswith(("主管部门", "行政部门", "管理部门")))
    return owners if owners and len(owners) == 1 and owners[0].mention.kind == "named" else []


def _owner_named_by_copula(text: str, at: int, ends: dict[int, list[NamedMention]]) -> list[NamedMention]:
    clause_start = max(text.rfind(c, 0, at) for c in "，,。；;\n") + 1
    for k in range(clause_start + 2, at - 4):
        if k in ends and COPULA_AUTHORITY.match(text[k:at]):
            return ends[k]  # the organ written right before 是
    return []


BARE_BODY_OFFICE = re.compile(r"(?<![\p{Han}])(?P<body>领导小组|联席会议|指挥部|工作专班|委员会)办公室$")


def _body_of_a_bare_office(text: str, at: int, out: list[NamedMention]) -> list[NamedMention]:
    """`区…工作领导小组负责…。领导小组办公室（以下简称区微企办）设在…`: the bare body word before 办公室 stands for the
    body named last before it in the paragraph; the short name is that body's office."""
    m = BARE_BODY_OFFICE.search(text, max(0, at - 7), at)
    if not m:
        return []
    line_start = text.rfind("\n", 0, m.start()) + 1
    bodies = [nm for nm in out if line_start <= nm.mention.start and nm.mention.end <= m.start()
              and nm.mention.kind != "sector" and nm.name.endswith(m.group("body"))]
    return bodies[-1:]


def _bracketed_after_an_organ(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return s > 0 and text[s - 1] in "（(" and text[e:e + 1] in "）)" and any(b == s - 1 for _, b in spans)


def _full_width_brackets(name: str) -> str:
    """各镇(街道) and 各镇（街道） are one name: canonical names use full-width brackets."""
    if "(" not in name and ")" not in name:
        return name
    return name.replace("(", "（").replace(")", "）")


def _second_sign(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """市财政局（金融办）: the bracketed name is a second sign of the same organ."""
    if m.start == 0 or text[m.start - 1] not in "（(" or text[m.end:m.end + 1] not in "）)":
        return False
    return any(p.end == m.start - 1 and p.kind == "named" for p in mentions)


SPACES = re.compile(r"\s+")


UNPLACED_FINANCE = frozenset({"省财政厅", "市财政局", "州财政局", "盟财政局"})  # a level marker the document does not resolve


def extract_departments(doc: CleanDoc, ctx: Context) -> list[Department]:
    """Each organ once, with its first mention; an organ that only an assignment names (a place
    standing for its government, spec 1.1 section 6) is listed too, as the spec requires."""
    seen: set[str] = set()
    out: list[Department] = []
    for nm in named_mentions(doc, ctx):
        key = SPACES.sub("", nm.name)
        if key in seen:
            continue
        seen.add(key)
        m = nm.mention
        out.append(Department(name=nm.name, quote=doc.text[m.start:m.end], span=(m.start, m.end),
                              kind=_kind(m)))
    for r in ctx.responsibilities:
        key = SPACES.sub("", r.department)
        if key not in seen:
            seen.add(key)
            out.append(Department(name=r.department, quote=r.quote, span=r.span, kind="collective"))
    # (s19-org3) `省供销联社` and a bare `供销合作社` in one notice are one organ (guide D14: the fuller name; A3 a26 gold)
    union = [d.name[:-len("供销合作联合社")] for d in out if d.name.endswith("供销合作联合社")]
    if union:
        assigned = {SPACES.sub("", r.department) for r in ctx.responsibilities}
        out = [d for d in out if not (d.name.endswith("供销合作社") and d.name[:-len("供销合作社")] in union
                                      and SPACES.sub("", d.name) not in assigned)]
    return out


def _kind(m: Mention) -> str:
    return {"sector": "sector", "collective": "collective"}.get(m.kind, "named")
