"""Document metadata from the title block, 发文字号 line and signature block."""
from __future__ import annotations

from .. import rx as re
import re as std_re

from functools import lru_cache

from ..clean import CleanDoc
from ..data import load_table
from ..numbers import cn_to_int
from ..page_labels import label_alternation
from ..layout import doc_number_match as layout_doc_number_match, UNBRACKETED_DOC_NUMBER, _is_signature_line, DATED_NOTE, PROMULGATION, ADOPTION_NOTE, ANNOUNCEMENT_NUMBER, ANY_DATE, DATE_LINE as DATE_LINE_RE, ORDER_LINE, ORDER_NUMBER, SPACED_FIELD, ORDER_ORGAN_LINE, CELL_CUT, ORGANS_AND_DAY_NOTE
from ..patterns import (EXCERPT_MARK, COMMITTEE_LEVEL_TWICE, committee_named_once, DOC_NUMBER, OWN_DOC_NUMBER, TITLE_VERBS, TRANSMIT_VERB, TRANSMIT_VERB_SEARCH,
                        TRANSMITTED_IN_TITLE, alternation, own_doc_number, OWN_DOC_YEAR)
from ..record import Evidence, Metadata
from ..regions import CENTRAL_ORGAN, TOWN_ORGAN, district_cities, former_prefecture, places_in, places_read, region_of_year, resolve_region, split_region, township_region, xpcc_full_name, short_counties
from ..vocabulary import doc_type_of_word, genre_words
from ..nlp.tables import organ_tables
from ..scan import finditer_at, finditer_openings, stdlib_twin
from .context import Context

# Genre words and their doc_type (qualifiers dropped): pipeline/data/genre_words.tsv.
DOC_TYPES = genre_words()
# The cells of a web page's table metadata reads (page_labels): its 发文字号, 成文日期, issuing organs and title.
NUMBER_LABEL = label_alternation("number")
WRITTEN_LABEL = label_alternation("written")
ISSUER_LABEL = label_alternation("issuer")
TITLE_LABEL = label_alternation("title")
CANONICAL_TYPE = doc_type_of_word()
# The printing line of the 版记: `某省人力资源和社会保障厅办公室 2021年7月5日印发`.
PRINTED_ON = re.compile(r"(?m)^[^\n。]{0,60}?(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                        r"|[一二][〇○零一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*印发\s*$")
_GENRES = "|".join(DOC_TYPES)
# the printing office of a 版记's last line, before its date (`某省人民政府办公厅　　2003年6月12日印发`)
# (s22: or the date alone on the line under it, `某市人民政府办公室` / `2022年6月8日印发`, as layout reads the 版记)
PRINTED_BY = re.compile(r"(?m)^(?P<org>[\p{Han}（）()]{4,40}?(?:办公室|办公厅|秘书处|秘书科))[^\S\n]*\n?[^\S\n]*"
                        r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                        r"|[一二][〇○零一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*印发\s*$")
# (s13) the same as a note in brackets closing a collection's copy: `（某市人民政府办公室2022年6月8日印发）`,
# `（2022年6月8日某市人民政府办公室印发）`
_PRINT_DATE = (r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
               r"|[一二][〇○零一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)")
PRINTED_NOTE = re.compile(r"(?m)^[（(]\s*(?:(?P<org>[^\n。，（）()\d]{2,60}?)\s*(?P<date>" + _PRINT_DATE + r")|(?P<date2>"
                          + _PRINT_DATE + r")\s*(?P<org2>[^\n。，（）()\d]{2,60}?))\s*印发\s*[)）]\s*$")
SELF_REFERENCE = re.compile(
    r"(?:现将有关事项|现就有关事项|特此)(?P<g>通知)"
    # `现将有关事宜通知如下`, `现就做好…工作通知如下` (the 通知's own 过渡语)
    r"|(?P<g>通知)如下"
    # the 过渡语 and 结束语 of the other 公文 genres (党政机关公文处理工作条例 第八条): `现批复如下`,
    # `现函复如下` (a 复函), `特此函告` (a 函), `现就有关事项通告如下`, `特此公告`, `现通报如下`
    r"|(?P<g>批复)如下|特此(?P<g>批复)|函复如下(?P<g>)|特此函复(?P<g>)|(?:特此|现)(?P<g>函)告"
    r"|(?P<g>通告|公告|通报)如下|特此(?P<g>通告|公告|通报)|作出如下(?P<g>决定)"
    # (s9) a 规定's own 过渡语: `特对…规定如下：`, `现作如下规定：`
    r"|(?:特作|现作|作出?)如下(?P<g>规定)|(?P<g>规定)如下[：:]"
    # (s14) a qualifier between 本 and the genre word (`制定本三年行动方案`, `本专项工作方案`): not a genre word itself
    r"|(?:制定|制订|印发|出台)本(?:三年|五年|专项|年度)?(?P<g>" + _GENRES + r")"
    # (s14) `提出以下工作措施`, `制定如下具体措施`: 工作/具体/配套 qualify the genre (not before 工作方案, a genre word)
    r"|(?:提出|制定|制订)(?:如下|以下)(?:若干|(?:[一二三四五六七八九十百]{1,4}|\d{1,3})[条项])?"
    r"(?:(?!" + _GENRES + r")(?:工作|具体|配套|支持|政策))?(?P<g>" + _GENRES + r")[：:。]"
    # (s14) `现将2021年工作要点印发如下：` (a plan printed under its own lead paragraph)
    r"|现将[^，。《》“”\n]{0,20}?(?P<g>" + _GENRES + r")(?:印发|公布|发布)如下"
    # (s9) the genre before 如下: `现制定方案如下：`, `特制定实施方案如下`
    r"|(?:提出|制定|制订)(?P<g>" + _GENRES + r")如下"
    # the document names itself in its own clauses: `本通知所称…`, `本办法自…起施行`,
    # `本细则由…负责解释`, `本规定适用于…` (the 附则 of a rule)
    r"|(?<![《“])本(?P<g>" + _GENRES + r")(?:所称|所指|所说|中的|适用于|自\s*(?:19|20|印发|下发|发布|公布|颁布|发文)|由[^。]{2,30}?负责解释|有效期)"
)
# An addressee line that only the central government writes to (各省、自治区、直辖市人民政府,
# 国务院各部委、各直属机构): the issuer is central even when the title block is missing.
CENTRAL_ADDRESSEE = re.compile(r"各省、自治区、直辖市|各省[（(]区、市[）)]|国务院各部委|国务院各直属机构|中央和国家机关各部门")
# A lead-in that names the issuers when the title block is missing (spec 1.1 section 3):
# `中共中央办公厅、国务院办公厅印发了《…》`, `近日，国务院办公厅印发…`.
# (a news copy opens with its agency's dateline: `新华社北京2月21日电　近日，中共中央、国务院印发了《…》`)
NEWS_DATELINE = (r"(?:(?:新华社|人民日报|中新社|中国新闻社|央视网|人民网)[^，。《》\n]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电(?:[（(][^（）()\n]{1,20}[)）])?[\s　]*"
                 # (s28-meta) a paper's or site's own dateline (`湖北日报讯`, `本报讯（记者 张某）`, `央广网北京9月14日消息`)
                 r"|(?:本报|[\p{Han}]{2,8}(?:日报|晚报|报|网))[^，。《》\n]{0,12}?(?:讯|消息)(?:[（(][^（）()\n]{1,20}[)）])?[\s　]*)")
LEAD_IN = re.compile(r"^" + NEWS_DATELINE + r"?(?:(?:近日|日前|最近)[，,]?)?(?:经[^，。《》\n]{2,20}?同意[，,])?(?P<org>[^，。《》\n]{2,400}?)"
                     r"(?:近日|日前|最近)?(?:联合)?(?:印发了?|转发了?|发布了?)《")
# (two of them: `…行动方案（2018—2020年）（试行）`; 【试行】 as web copies print it)
TRAILING_PERIOD = re.compile(r"(?:[（(【][^（）()【】]*[)）】]){1,2}$")
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3}|[廿卅][一二三四五六七八九]?)\s*日"
)
SIGNATURE_DATE_NO_RI_PARTS = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3}|[廿卅][一二三四五六七八九]?)"
)
DRAFT = re.compile(r"征求意见稿|送审稿|试行草案|草案|讨论稿")
# ○ (U+25CB) is often typed for 〇 in Chinese-numeral dates.


def doc_type_of(title: str) -> str | None:
    t = TRAILING_PERIOD.sub("", re.sub(r"\s+", "", title).rstrip("。"))  # (s10) `…方案 （2023—2025年）`: spaces are no text
    word = next((w for w in DOC_TYPES if t.endswith(w)), None)  # longest first
    if word is None and "等" in t:  # (s10) `A办法等三个文件`: the name a notice gives several, the first one's genre
        m = SEVERAL_NAMED.search(t)
        word = next((w for w in DOC_TYPES if t[:m.start()].endswith(w)), None) if m else None
    return CANONICAL_TYPE[word] if word else None


SEVERAL_NAMED = re.compile(r"》?等[一二三四五六七八九十两\d]{1,3}(?:个|项|份|件|部)(?:文件|制度|规范性文件|政策文件)?$")


ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[.\-/．]\s*(?P<m>\d{1,2})\s*[.\-/．]\s*(?P<d>\d{1,2})")


# (s18) a day written with 廿 (二十) or 卅 (三十), as older notices date their signature (`一九九八年十月廿六日`): the same
# date (spec 1.1 section 3, issue_date YYYY-MM-DD); two-digit years (`九八年`, `'98`) are no year of spec section 8, not read.
_DAY_TENS = re.compile(r"[廿卅]")
_DAY_TENS_OF = {"廿": "二十", "卅": "三十"}


def parse_date(s: str) -> str | None:
    m = DATE.search(s.replace("○", "〇")) or ISO_DATE.fullmatch(s.strip()) or SIGNATURE_DATE_NO_RI_PARTS.fullmatch(
        s.strip().replace("○", "〇"))  # (s16) a signature's date whose 日 was left out (`二〇〇六年三月十五`)
    if not m:
        return None
    y = int(m.group("y")) if m.group("y").isdigit() else cn_to_int(m.group("y"))
    mo = int(m.group("m")) if m.group("m").isdigit() else cn_to_int(m.group("m"))
    d = int(m.group("d")) if m.group("d").isdigit() else cn_to_int(_DAY_TENS.sub(lambda t: _DAY_TENS_OF[t.group(0)], m.group("d")))
    if not (y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def extract_metadata(doc: CleanDoc, ctx: Context) -> Metadata:
    layout = ctx.layout
    text = doc.text
    body = text[layout.body_start:layout.body_end]  # (the notice's or the plan's body, read by several keys)
    ev: dict[str, Evidence] = {}
    md = Metadata()
    title_issuers: list[str] = []
    written: dict[str, str] = {}  # (s15d) each issuer's name -> the form the notice wrote it in (for _of_their_time)
    if layout.notice_title:
        prefix, md.notice_title = split_issuer_prefix(layout.notice_title.text)
        title_issuers = split_organs(prefix)
        ev["notice_title"] = _evidence(text[layout.notice_title.start : layout.notice_title.end], layout.notice_title.start)
        if layout.title and _bare(layout.notice_title.text) == _bare(layout.title.text):
            # (s39b-orders) the rule's own name printed over its order and again over its articles (`…部令` / `2016年
            # 第35号` / `某部关于修改《…》的决定` / order / signature / the same title): one document, which is no
            # transmitting notice (guide M3, M14: notice_title null)
            md.notice_title = None
            ev.pop("notice_title")
    if layout.title and len(layout.transmitted) > 1 and layout.document_starts and md.notice_title:
        # Several transmitted documents: the title is the name the notice title gives them.
        md.title = _transmitted_title(md.notice_title) or _strip_title(layout.title.text)
    elif layout.title:
        prefix, title = split_issuer_prefix(layout.title.text)
        # Spec 1.1: a policy that is its own notice keeps its issuer in `title`, as written; a
        # transmitted plan's title is the plan's name (M1 still strips issuers from notice_title).
        md.title = _strip_title(title if layout.notice_title else layout.title.text)
        own = text[layout.notice_span[0]:layout.notice_span[1]] if layout.notice_span else ""
        named = [n for n in [*layout.transmitted, *re.findall(r"《([^《》]{4,200})》", own)]
                 if _bare(n) == _bare(md.title)]
        if named and ("\n" in text[layout.title.start:layout.title.end]
                      or ("、" in named[0] and "、" not in md.title)):
            # a plan title set over several lines drops the 、 between its parts; the notice's
            # 《…》 writes the same name whole (s21-layout: also when the lines reach us joined, a PDF's display type)
            md.title = re.sub(r"\s+", "", named[0])
        elif layout.notice_title and md.title and (whole := _named_with_issuer(md.notice_title or "", own, md.title)):
            # (s14) a forwarded document whose title block sets its issuer on the line above (`某市人民政府办公室` /
            # `关于…的通知`): the notice names it whole (`转发《某市人民政府办公室关于…的通知》`), issuer included
            md.title = whole
        if not (md.notice_title and FORWARDED.match(md.notice_title)):
            # (s23-meta) a forwarded document's author before its 关于 (`市发展改革委` / `关于…的意见` under a 转发 notice)
            # is not the notice's issuer: the forwarding organ is (masthead, signature)
            title_issuers = title_issuers or split_organs(prefix)
        ev["title"] = _evidence(text[layout.title.start : layout.title.end], layout.title.start)
    elif md.notice_title:
        md.title = _transmitted_title(md.notice_title)
        if md.title and FORWARDED.match(md.notice_title) and "《" not in md.notice_title:
            own = text[layout.notice_span[0]:layout.notice_span[1]] if layout.notice_span else text[:2000]
            md.title = _forwarded_title(md.title, own)
        elif md.title and "《" not in md.notice_title:
            # (s15) `印发关于…若干意见的通知` over a text that names the document in full (`《关于…的若干意见》已经…同意`): the
            # name as the text writes it (a notice title often drops the 的 of the name it carries)
            own = text[layout.notice_span[0]:layout.notice_span[1]] if layout.notice_span else text[:2000]
            key = _bare(md.title).replace("的", "")
            md.title = next((re.sub(r"\s+", "", q) for q in re.findall(r"《([^《》]{4,200})》", own)
                             if _bare(q).replace("的", "") == key), md.title)
    if layout.notice_title and not layout.title and md.notice_title and AMENDING.match(md.notice_title):
        # `国务院关于修改《…实施细则》的决定` transmits nothing: the 决定 is the policy (s7c)
        md.title, md.notice_title = _strip_title(layout.notice_title.text), None
        ev["title"] = ev.pop("notice_title")
    web = web_metadata(text[: layout.meta_end])
    if md.title is None and not md.notice_title and web.get("title"):
        # no title block: the page's metadata table names the document (spec §1: metadata may
        # be read from anywhere)
        if re.search(TRANSMIT_VERB + r".+的通知$", web["title"]) and _body_is_the_notice(body):
            # (s13b) `关于印发…标准的通知` whose text is the notice's own (`…通知如下：` and items, nothing handed on):
            # the notice is the policy, self-titled as when its title block is there
            md.title = _strip_title(web["title"])
        elif re.search(TRANSMIT_VERB + r".+的通知$", web["title"]):
            md.notice_title = split_issuer_prefix(web["title"])[1]
            md.title = _transmitted_title(md.notice_title)
            if md.title and FORWARDED.match(md.notice_title) and "《" not in md.notice_title:
                # (s13b) the forwarded document's name as the text writes it (as under a title block)
                md.title = _forwarded_title(md.title, body[:2000])
        else:
            md.title = _strip_title(web["title"])
        # the issuers the record's title names before 关于 (`四川省人民政府关于…的意见`, s7c)
        title_issuers = title_issuers or split_organs(split_issuer_prefix(web["title"])[0])
    if (md.notice_title is None and layout.title and md.title and web.get("title")
            and re.search(TRANSMIT_VERB + r".+的通知$", web["title"])):
        # (s15) a law collection's record names the 印发 notice (`法规标题：某部关于印发《X》的通知`) over X's own
        # title block: the record's title is the notice title (spec §3), its organs the notice's
        prefix, named = split_issuer_prefix(web["title"])
        if _bare(_transmitted_title(named) or "") == _bare(md.title):
            md.notice_title = named
            title_issuers = title_issuers or split_organs(prefix)
    if md.notice_title is None and layout.title and not layout.notice_title and md.title and not web.get("title"):
        # (s33-layout) a web page headed by the 印发 notice's title (`某委关于印发X的通知`, the page's headline over its
        # 发布时间/来源 line) that prints only X under its own name: the notice's title is written on the page (spec §3),
        # its organs the notice's (the page's 来源 names the site that posted it)
        headline = next((ln for ln in layout.header_lines if ln.end <= layout.title.start and "关于" in ln.text
                         and re.search(TRANSMIT_VERB + r".+的通知$", ln.text)), None)
        if headline is not None:
            prefix, named = split_issuer_prefix(headline.text)
            if named.startswith("关于") and _bare(_transmitted_title(named) or "") == _bare(md.title):
                md.notice_title = named
                title_issuers = title_issuers or split_organs(prefix)
                ev["notice_title"] = _evidence(headline.text, headline.start)
    if layout.doc_number:
        m = layout_doc_number_match(layout.doc_number.text)
        cut = _number_glued_to_note(layout.doc_number.text, m)
        md.doc_number = re.sub(r"\s+", "", m.group("num")[cut:])  # white space removed (`湘政发 〔2009〕 15 号`)
        if m.re is UNBRACKETED_DOC_NUMBER:
            # (s16) a 文号 without brackets keeps the space between its year and its serial (`粤府2001 23号`): without
            # it the two numbers run together (the scorer ignores white space either way)
            md.doc_number = re.sub(r"\s+", " ", m.group("num")[cut:]).replace(" 号", "号")
        ev["doc_number"] = _evidence(m.group("num")[cut:], layout.doc_number.start + m.start() + cut)
    elif web.get("doc_number"):
        md.doc_number = web["doc_number"]
    if md.doc_number is None:
        _announcement_number(md, layout, ev)
    if layout.date_line:
        md.issue_date = parse_date(layout.date_line.text)
        ev["issue_date"] = _evidence(layout.date_line.text, layout.date_line.start)

    md.issuers = _dedupe(
        _signature_organs(layout.signature_lines)
        or _issuers_from_masthead(layout)
        or _placed_by_masthead(title_issuers, layout, text)
        or _issuers_from_masthead_line(layout)
        or (_issuers_from_lead_in(layout.lead_in.text) if layout.lead_in else [])
        or (_issuers_from_lead_in(body) if not layout.title else [])
        or (split_organs(web["issuer"]) if not layout.title and not layout.notice_title and web.get("issuer")
            and all(ORGAN_TAIL.search(o) for o in split_organs(web["issuer"])) else [])
        or _issuers_of_number(md.doc_number, text[:layout.body_end or len(text)])
    )
    # (s13) a web page's `来源：`/发布机构 line names the organ that published the page; an order or adoption
    # note under the title (read below) names the organ that issued the rule, and beats it
    from_record = [] if md.issuers else _issuers_of_record(web, layout, text)
    md.issuers = md.issuers or from_record or _dedupe(_printing_office(layout, text))
    masthead_genre = (_announcement_masthead(md, layout, text, ev)
                      if not md.issuers and layout.title and not layout.notice_title else None)
    if not md.issuers and not layout.title and not layout.notice_title:
        masthead_genre = _spaced_masthead(md, layout, ev)
    if (minutes := _minutes_organ(md, layout)) and all(i.startswith(minutes) and i[len(minutes):] in ("办公室", "办公厅")
                                                       for i in md.issuers):
        # (s14) a meeting's 纪要 (`某县人民政府常务会议纪要`) is the organ's that held the meeting; its office
        # dates and prints it (the head's `某县人民政府办公室　2016年5月6日`)
        md.issuers = [minutes]
    if not md.issuers or from_record:
        _organs_and_day_note(md, layout, ev, written)
    head = text[:layout.body_start] if "师" in text[:layout.body_start] else ""
    md.issuers = _dedupe([xpcc_full_name(_named(i, written), head) for i in md.issuers])
    if md.issue_date is None and layout.title is not None and not layout.notice_title:
        # `（2018年1月2日）` under a self-titled policy's title: the day it was issued (题注)
        # (also with its 文号: `（2021年6月8日　国发〔2021〕3号）`, `国发〔2021〕3号　2021年6月8日`)
        under = next((ln for ln in layout.lines if layout.title.end <= ln.start < layout.body_start
                      and len(ln.text) <= 60 and DATE.search(ln.text) and "：" not in ln.text and ":" not in ln.text
                      and ((DATE_LINE_RE.match(ln.text) and ln.text.startswith(("（", "(")))
                           or own_doc_number(ln.text)
                           # (s15) the day with its in-force clause: `（2016年5月4日　自2016年7月1日起施行）`
                           or DATED_NOTE.match(ln.text))), None)
        if under is not None:
            md.issue_date = parse_date(under.text)
            ev["issue_date"] = _evidence(under.text, under.start)
        else:
            # (s8) a web copy's heading: the date alone on its line under the title or its number
            # (`国务院关于…的意见` / `2013年9月6日`), or its 成文日期 field there (not a 发布日期: the page's day)
            head = [ln for ln in layout.lines if layout.title.end <= ln.start < layout.body_start][:3]
            dated = next((ln for ln in head if DATE_LINE_RE.match(ln.text) or WRITTEN_ON.match(ln.text)), None)
            if dated is not None and not layout.date_line:
                md.issue_date = parse_date(dated.text)
                ev["issue_date"] = _evidence(dated.text, dated.start)
    if md.issue_date is None and layout.notice_title is not None and not layout.date_line:
        _date_under_notice_title(md, layout, ev)
    region_title = md.title or ""
    if layout.notice_title:
        region_title = layout.notice_title.text + " " + region_title
    region_body = body
    if layout.notice_span and md.issuers and TOWN_ORGAN.match(md.issuers[0].removeprefix("中共")):
        # (s12b) a town's 印发 notice names its county in its own sentences (`根据某县…部署，现将方案
        # 印发给你们`), not in the plan it transmits: the town is placed from both
        region_body = text[layout.notice_span[0]:layout.notice_span[1]] + "\n" + region_body
    if md.issuers and TOWN_ORGAN.match(md.issuers[0].removeprefix("中共")) and layout.body_start:
        # (s14) the page's head names the town's county too (`来源：某县人民政府`, a county site's copy; spec §1:
        # metadata may be read from anywhere)
        region_body = text[:layout.body_start] + "\n" + region_body
    md.region, md.admin_level = resolve_region(md.issuers, region_title, region_body, year=_issue_year(md))
    if from_record:
        md.issuers = []
    if _order_or_adoption(md, layout, ev) and web.get("issue_date") and not layout.date_line:
        # (s25, guide M18) the page's 成文日期 is the day the rule was issued; its adoption note's day is the meeting's
        md.issue_date = web["issue_date"]
    _issued_by_note(md, layout, ev, written)
    if from_record and not md.issuers:
        md.issuers = _dedupe([_named(i, written) for i in from_record])
    if md.issue_date is None and not layout.date_line:
        # no signature: the 版记's `…年…月…日印发` line (spec §3), else the page's 成文日期
        printed = PRINTED_ON.search(text[max(layout.body_start, len(text) - 600):])
        if web.get("issue_date"):
            # (s11) the page's 成文日期 field names the date of record itself; the 版记's 印发 day is the printing's
            md.issue_date = web["issue_date"]
        elif printed:
            md.issue_date = parse_date(printed.group("date"))
        elif (note := PRINTED_NOTE.search(text, max(layout.body_start, len(text) - 600))) is not None:
            md.issue_date = parse_date(note.group("date") or note.group("date2"))
        elif web.get("record_date"):
            md.issue_date = web["record_date"]
    md.issuers = _dedupe([_named(_with_city(i, text), written, i) for i in md.issuers])
    if md.issuers and not (layout.signature_lines or title_issuers):
        # (s28-meta) a town's issuer read from the page (`来源：某街道办事处`) is placed from the page's head too (the county
        # site's name over it), as before the issuers were completed (region_body, s14)
        town = TOWN_ORGAN.match(md.issuers[0].removeprefix("中共")) is not None
        md.region, md.admin_level = resolve_region(md.issuers, region_title, region_body if town else body,
                                                   year=_issue_year(md))
    above = _government_above(_addressee_text(layout, text)) if not md.issuers else None
    if not md.issuers and CENTRAL_ADDRESSEE.search(_addressee_text(layout, text)):
        md.region, md.admin_level = "全国", "central"
    elif above:
        md.region, md.admin_level = above
    elif not md.issuers and not (layout.title and places_in(layout.title.text)):
        # (s9) the addressee's own-level organs count too (`区政府各委、办、局，各街道办事处：`)
        addressee = layout.addressee.text + "\n" if layout.addressee is not None else ""
        md.region, md.admin_level = _region_of_own_organs(addressee + body,
                                                          md.region, md.admin_level)
        md.region, md.admin_level = (_region_of_own_town(body, md.region)
                                     or (md.region, md.admin_level))
    elif not md.issuers and md.admin_level in ("province", "prefecture"):
        # (s9) the place a title names is the subject of a reply, not its issuer, when the body writes to it
        # (`你省…`) or reads as the central government's (`经党中央、国务院同意，现批复如下`, `向国务院报告`):
        # a reply to a province, or a central body about one place, is central
        md.region, md.admin_level = _reply_above(body, md.region, md.admin_level,
                                                 layout.title.text if layout.title else "")
    if md.doc_number and (md.region is None or not md.issuers) and md.admin_level != "township":
        # no issuer written: the 文号's code is the issuer's own, a place the title or body names is
        # not (`关于同意设立…的批复` / `国函〔…〕` to a province is central)
        md.region, md.admin_level = (_region_of_doc_number(md.doc_number, text, sure=md.region is not None)
                                     or (md.region, md.admin_level))
    if md.region is None and not md.issuers:
        # (s9) the 版记's printing office (`某市人民政府办公室　1998年7月10日印发`) belongs to the issuer's
        # own government: its place is the region when nothing else names one (spec 1.1 §3: metadata
        # may be read from the 版记); it names no issuer (guide M2: the issuer is not guessed)
        printer = PRINTED_BY.search(text[max(layout.body_start, len(text) - 800):])
        if printer:
            md.region, md.admin_level = resolve_region([printer.group("org")], year=_issue_year(md))
    if not md.issuers and md.title:
        md.issuers = _issuer_named_with_title(md.title, text, written)
        if md.issuers:
            md.region, md.admin_level = resolve_region(md.issuers, region_title, body, year=_issue_year(md))
    # (s20-region) a county's or town's chain with the prefecture of its year (毕节地区织金县 in 2010; spec 1.1 §3, §5)
    md.issuers, md.region = _chain_of_year(md, written)
    if md.admin_level == "county" and md.region and md.region.endswith("区"):
        md.issuers = _dedupe([_renamed(_with_region_city(i, md.region), i, written) for i in md.issuers])
    if md.admin_level == "township" and md.region:
        md.issuers = _dedupe([_renamed(_with_town_chain(i, md.region), i, written) for i in md.issuers])
    if md.issuers and BARE_ISSUER.match(md.issuers[0]) and md.admin_level in (None, "province", "prefecture"):
        md.region, md.admin_level = _place_of_bare_issuer(md.issuers[0], body,
                                                          md.region) or (md.region, md.admin_level)
    if md.region and any(BARE_ISSUER.match(i) for i in md.issuers):
        md.issuers = _dedupe([_named(_with_own_place(i, md.region), written, i) for i in md.issuers])
    if md.issuers and md.region:
        short = md.issuers
        md.issuers = _dedupe([_renamed(_issuer_as_organ(i, md.region, md.admin_level), i, written) for i in md.issuers])
        if md.issuers != short and md.region != "全国" and resolve_region(md.issuers, "", "") == ("全国", "central"):
            # (s13b) an issuer written short that is a central organ's office (`华北能源监管局` →
            # `国家能源局华北监管局`): the region follows the organ, not the place its title names (spec §3: 全国)
            md.region, md.admin_level = "全国", "central"
    if md.title is None and not layout.title and not layout.notice_title:
        md.title = _self_naming(body) or _named_before_full_text(body)
    # the title's genre word; a title without one (or no title) takes the body's name for itself
    lead_genre = _lead_in_genre(body) if md.title is None else None
    own_word = _self_reference(body)
    if own_word and lead_genre and lead_genre != own_word and lead_genre.endswith(own_word):
        # (s12) `…印发《某市…的实施意见》` then `提出如下意见`: the lead-in names the genre in full
        own_word = lead_genre
    md.doc_type = (doc_type_of(md.title or "") or _title_word(md.title or "")
                   or own_word
                   or _count_title(md.title or "")
                   or lead_genre
                   or (_handed_on_genre(text[:layout.body_end] if layout.body_end else text) if md.title is None else None)
                   or (_genre_of_number(md.doc_number) if md.title is None else None)
                   or masthead_genre)
    if md.admin_level is None and md.issuers and all(TOWNSHIP_ORGAN.search(i) for i in md.issuers):
        # (s12) a town's organs whose place the tables cannot pin down (a name several counties share): the level
        # is still the town's (乡, 镇, 街道; spec §3 admin_level)
        md.admin_level = "township"
    md.issuers = _dedupe([_renamed(_street_office(i), i, written) for i in md.issuers])
    md.issuers = _of_their_time(md.issuers, written, _issue_year(md), md.issue_date)
    head = text[layout.meta_end : layout.body_start]
    md.draft = bool(DRAFT.search(head))
    md.evidence = ev
    return md


# (s13b) A 题注 writes date, organ and 文号 together (`（2018年12月11日国务院办公厅国办发〔2018〕121号印发）`,
# `（某区某镇人民政府某府发〔2021〕3号）`): the 文号's 机关代字 starts after the date's 日 and after the organ's name.
NOTE_ORGAN_BEFORE_CODE = re.compile(r"^(?:[\p{Han}]{3,40}?(?:人民政府|办公厅|办公室|委员会|局|厅)|国务院)(?=[\p{Han}A-Za-z]{2,8}\s*[〔\[［【(（﹝〖])")


NOTE_ORGAN_END = re.compile(r"人民政府|办公厅|办公室|委员会|总局|局|厅|部|署|国务院")
NOTE_CODE_AFTER = re.compile(r"[\p{Han}A-Za-z]{2,8}\s*[〔\[［【(（﹝〖]")
NOTE_VERB_BEFORE_CODE = re.compile(r"\s*(?:印发|发布|公布|颁布)\s*(?=[\p{Han}A-Za-z]{2,8}\s*[〔\[［【(（﹝〖])")


def _number_glued_to_note(line: str, m) -> int:
    """How many characters of the 文号 match `m` on `line` belong to the date and organ written before it."""
    num, cut = m.group("num"), 0
    before = line[:m.start("num")]
    if num.startswith("日") and re.search(r"月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*$", before):
        cut = 1
    org = NOTE_ORGAN_BEFORE_CODE.match(num[cut:])
    end = org.end() if org else 0
    for m2 in NOTE_ORGAN_END.finditer(num[cut:cut + 42]):
        # (s15) also a ministry or an administration (`劳动部劳部发〔1995〕110号`, `国家税务总局国税发〔…〕`): the longest organ
        # name that leaves a code of two to eight characters before the bracket
        if m2.end() >= 3 and NOTE_CODE_AFTER.match(num, cut + m2.end()):
            end = max(end, m2.end())
    org = num[cut:cut + end]
    if org and (ORGAN_TAIL.search(org) or CENTRAL_ORGAN.match(org)) and (cut or before.lstrip().startswith(("（", "(")) or DATE.search(before)):
        cut += end
    adopted = num.rfind("通过", cut)
    if adopted >= 0 and NOTE_CODE_AFTER.match(num, adopted + 2) and before.lstrip().startswith(("（", "(")):
        # (s28) an adoption note's words glued to the code where a PDF lost the U+3000 between them (`（2014年8月28日县
        # 人民政府第36次常务会议审议通过　通政发〔2014〕17号…）`): no 机关代字 holds the adoption verb 通过
        cut = adopted + 2
    if cut:
        # (s21) the note's verb glued to the code where a copy lost the space between them (`…人民政府印发楚政发〔2019〕9号`,
        # a PDF drops the U+3000 of `印发　楚政发…`): no 机关代字 starts with an issuing verb
        verb = NOTE_VERB_BEFORE_CODE.match(num, cut)
        if verb:
            cut = verb.end()
    return cut


WRITTEN_ON = re.compile(r"^" + WRITTEN_LABEL + r"\s*[：:]\s*" + ANY_DATE + r"$")


# Everything before the first 关于 when it is only organ names: 中共X市委办公室 X市人民政府办公室.
# (关 may stand in an organ's name before 关于: 城关镇, 海关, 机关工委, 关岭县)
ISSUER_VERB = re.compile(r"^(?P<p>(?:[^关《》“”]|关(?!于)){2,120}?)\s*(?P<t>" + alternation(TITLE_VERBS) + r".+的通知)$")
ISSUER_PREFIX = re.compile(r"^(?P<p>(?:[^关《》“”]|关(?!于)){2,200}?)\s*(?P<t>关于.+)$")
ORGAN_TAIL = re.compile(
    r"(?:办公室|办公厅|人民政府|委员会|委|局|厅|部|院|署|办|办事处|公所|中心|小组|海关|分行|支行|支队|大队|总队|调查队|红十字会|联合会|协会|工会|联|党委|党组|工委|管委会|法院|检察院|人民代表大会|人大常委会|"
    # the regulators' short names (银监会, 证监会, 保监会, 电监会) and the central bank (中国人民银行)
    r"监会|人民银行|"
    # (s12b) a government's short name in a town's or county's title block (`某镇党委 某镇政府`)
    r"(?<=[省州盟镇乡县市区旗])政府|"
    r"^中共中央|^党中央|^中央军委|^共青团中央|新疆生产建设兵团|兵团第[一二三四五六七八九十]{1,3}师|"
    r"等(?:\d{1,2}|[一二三四五六七八九十两]{1,3})个?(?:部门|单位)|等部门|等单位)$"
)
ORGAN_START = re.compile(r"^(?:中共|中国共产党|共青团|国务院|国家|全国|中央)")


def _printing_office(layout, text: str) -> list[str]:
    """(s13) The 版记's printing organ (`某市人民政府办公厅　2019年1月3日印发`, or the organ on the line above
    the dated `…印发`) of a document that names no organ for itself anywhere else (no title block, no
    signature, no lead-in): the only organ the document gives as its own, taken as written (b5
    adjudication; spec 1.1 section 3 reads such a document's date from the same line). A document whose
    title or signature names its organs keeps them."""
    if layout.title is not None or layout.notice_title is not None or layout.signature_lines:
        return []
    tail_start = max(layout.body_start, len(text) - 800)
    printed = None
    for printed in PRINTED_ON.finditer(text, tail_start):
        pass
    if printed is None:
        note = PRINTED_NOTE.search(text, tail_start)
        org = (note.group("org") or note.group("org2") or "").strip() if note else ""
        organs = split_organs(org) if org else []
        return organs if organs and all(ORGAN_TAIL.search(o) for o in organs) else []
    org = text[printed.start():printed.start("date")].strip()
    if not org:  # the organ on its own line above the date
        above = text[tail_start:printed.start()].rstrip().rsplit("\n", 1)[-1].strip()
        org = above if len(above) <= 60 else ""
    organs = split_organs(org) if org and not re.search(r"[：:，,。；;]", org) else []
    return organs if organs and all(ORGAN_TAIL.search(o) for o in organs) else []


COUNT_OF_ORGANS = re.compile(r"^(?:\d{1,2}|[二三四五六七八九十两]{1,3})个?(?:部门|部委|单位|机关)$")


def split_issuer_prefix(title: str) -> tuple[str, str]:
    """('中共X县委办公室 X县人民政府办公室', '关于印发…的通知') for a title that names its
    issuers before 关于; ('', title) otherwise. The title of record starts at 关于 (the 事由),
    as in the spec's example, and the issuers go to `issuers`."""
    t = title.strip()
    v = ISSUER_VERB.match(t)
    if v and all(ORGAN_TAIL.search(o) for o in split_organs(v.group("p")) or [""]):
        # 国务院办公厅转发国家地震局关于…的通知: the 事由 starts at 转发 (guide M1c)
        return v.group("p").strip(), v.group("t")
    m = ISSUER_PREFIX.match(t)
    if not m:
        return "", t
    prefix = m.group("p").strip()
    if COUNT_OF_ORGANS.match(prefix):
        # (s28-meta) a web page's short title counting its issuers (`三部门关于印发…的通知`, `十部委关于…`): the 事由
        # starts at 关于 (guide M1); the count names no organ, so no issuer comes from it
        return "", m.group("t")
    if TRANSMIT_VERB_SEARCH.search(prefix) or not all(ORGAN_TAIL.search(o) for o in split_organs(prefix) or [""]):
        return "", t
    return prefix, m.group("t")


def split_organs(s: str) -> list[str]:
    """'广州市人力资源和社会保障局广州市财政局' -> both organs; separators: space, 、, ，, ；
    (a law collection's 发布部门 field: `A;B`)."""
    out: list[str] = []
    s = re.sub(r"[（(](?:盖章|印章|公章|签章|章|印|[^（）()\s]{2,20}代章)[）)]", " ", s)
    for part in re.split(r"[\s、，,;；]+", s.strip()):
        part = re.sub(r"等(?:\d{1,2}|[一二三四五六七八九十两]{1,3})个?(?:部门|单位)$|等(?:部门|单位)$", "", part)
        out.extend(_split_glued(part))
    return [o for o in out if o]


def _split_glued(part: str) -> list[str]:
    """Organs written without a separator: cut after an organ ending that a place or a central
    organ's name follows."""
    if not part:
        return []
    for m in ORGAN_TAIL_ANYWHERE.finditer(part):
        cut = m.end()
        rest = part[cut:]
        if rest and (ORGAN_START.match(rest) or any(off == 0 for off, _, _ in places_in(rest[:12]))
                     # (s23-meta) two national organs of a joint title block set over two lines (`…教育部` / `财政部…`)
                     or (_central_aliases().match(rest) is not None and _central_aliases().fullmatch(part[:cut]) is not None)
                     or _town_pair(part[:cut], rest)) \
                and not _is_branch_of(part[:cut], rest):
            return [part[:cut]] + _split_glued(rest)
    return [part]


# (s12b) a town's or street's party committee glued to its government (`中共某街道工作委员会某街道办事处`,
# `中共某镇委员会某镇人民政府`: a title block of two lines joined): the town's own name starts the second organ
TOWN_GOVERNMENT = re.compile(r"^([\p{Han}]{1,8}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处)$")


def _town_pair(left: str, rest: str) -> bool:
    m = TOWN_GOVERNMENT.match(rest)
    return bool(m) and re.search(r"委员会$|委$", left) is not None and m.group(1) in left


# A central organ's local branch is named after it without a break (`国家税务总局某省税务局`, `国家统计局
# 某市调查队`, `国家金融监督管理总局某监管局`, `国家外汇管理局某分局`, `国家能源局某监管办`): one organ.
# (s11) The other dispatched offices (派出机构) are built the same way: `国家能源局某监管办公室`, `审计署某特派员办事处`,
# `财政部某监管局`, `国家林业和草原局某专员办事处`, `国家自然资源督察某局`, `中国民用航空某地区管理局`: a central organ's
# name (国家…/中国…, or a ministry …部/…署/…总局 with no place in front) glued to a place and a branch word.
BRANCH_TAIL = re.compile(r"(?:税务局|调查队|调查总队|监管局|监管分局|分局|监管办|监管办公室|中心支行|分行|支行|管理部|"
                         r"(?:特派员|专员)办事处|特派办|督察局|地区管理局)$")
CENTRAL_LEFT = re.compile(r"^(?:国家|中国|[\p{Han}]{1,10}(?:部|署|总局)$)")


def _is_branch_of(left: str, rest: str) -> bool:
    return (CENTRAL_LEFT.match(left) is not None and not places_in(left) and bool(BRANCH_TAIL.search(rest))
            and not rest.endswith("人民政府"))


# (`中共某县委某县人民政府`: a party committee written 县委 glued to the government after it)
# (`中共中央国务院关于…`: the two central organs of a joint 中发 title written without their space)
ORGAN_TAIL_ANYWHERE = re.compile(r"(?:办公室|办公厅|人民政府|委员会|局|厅|部|署|联合会|总工会|(?<=[省市县区州旗盟]|自治区)委|^中共中央(?=国务院))")


def _signature_organs(lines) -> list[str]:
    """The organs of the signature lines, a name cut by a line break joined again (a joint signature
    wrapped over two right-aligned lines: `…湖南省人力资` / `源和社会保障厅 …`, `…委员会办` / `公室`)."""
    organs: list[str] = []
    for ln in lines:
        parts = split_organs(ln.text)
        if organs and parts and (not ORGAN_TAIL.search(parts[0]) or not ORGAN_TAIL.search(organs[-1])) \
                and ORGAN_TAIL.search(organs[-1] + parts[0]):
            organs[-1] += parts.pop(0)
        organs += parts
    return organs


MASTHEAD_ORGANS = re.compile(r"^(?P<o>[^：:。，\d]{2,120}?)\s*文件(?:\s*[（(][^）)]{1,8}[）)])?$")


def _issuers_from_masthead_line(layout) -> list[str]:
    """The 发文机关标志 `某县人民政府文件` / `中共某县委办公室 某县人民政府办公室文件` (GB/T 9704 7.2.2: the
    issuers' names followed by 文件) when neither a signature nor the title names the issuers."""
    for ln in layout.header_lines:
        m = MASTHEAD_ORGANS.match(ln.text) if ln.text.endswith(("文件", ")", "）")) else None
        if m:
            organs = split_organs(m.group("o"))
            if organs and all(ORGAN_TAIL.search(o) for o in organs):
                return organs
    if layout.doc_number is not None and layout.header_lines and layout.header_lines[-1].end <= layout.doc_number.start:
        # (s12b) the 发文机关标志 as the organs' names alone, stacked over the 发文字号 (`中共某镇委员会` /
        # `某镇人民政府` / `某发〔2012〕8号`): the issuers, as when the line above the title names them
        block = []
        for ln in reversed([ln for ln in layout.lines if ln.end <= layout.doc_number.start]):
            if ln not in layout.header_lines or not _is_signature_line(ln):
                break
            block.insert(0, ln)
        organs = _signature_organs(block) if block and len(block) <= 4 else []
        if organs and all(ORGAN_TAIL.search(o) for o in organs):
            return organs
    if layout.title is not None and layout.header_lines and not layout.notice_title:
        # (s9) the 发文机关标志 as the organ's name alone (GB/T 9704 7.2.2 allows it without 文件), on the
        # line right above a self-titled plan's title (`某省人民政府办公厅` / `某省…工作方案`): the issuer, as the
        # guide's G1 reads such a line (structure.md: it is no part of the title)
        last = layout.header_lines[-1]
        above = [ln for ln in layout.lines if ln.end <= layout.title.start]
        if above and above[-1] is last and _is_signature_line(last) \
                and not re.search(r"(?:公告|通告|令)\s*$", layout.title.text):  # (a 公告's stacked masthead: below)
            organs = split_organs(last.text)
            if organs and all(ORGAN_TAIL.search(o) for o in organs):
                return organs
    return []


def _placed_by_masthead(issuers: list[str], layout, text: str) -> list[str]:
    """(s23-meta) A title that names its issuer by a bare level (`市人民政府转发…的通知`, as a city's own notices write
    it) under a 发文机关标志 that names it whole (`某某市人民政府文件`): the masthead's name, the place it gives
    (spec 1.1 section 5: full names; GB/T 9704 7.2.2 the masthead is the issuers' full name). Without a masthead,
    the 版记's printing organ is the issuer's own office (`某某市人民政府办公室　2003年6月18日印发`, GB/T 9704 7.4.3)."""
    if not any(BARE_ISSUER.match(i) for i in issuers):
        return issuers
    whole = _issuers_from_masthead_line(layout)
    printer = PRINTED_BY.search(text[max(layout.body_start, len(text) - 800):]) if not whole else None
    if printer:
        org = printer.group("org")
        whole = [org, re.sub(r"(?:办公室|办公厅)$", "", org)]
    # (a title writes the government short, `市政府`, the masthead its full name, `某市人民政府`)
    return [next((w for w in whole if len(w) > len(i) and w.endswith(re.sub(r"(?<!人民)政府", "人民政府", i))), i)
            if BARE_ISSUER.match(i) else i for i in issuers]


def _issuers_from_masthead(layout) -> list[str]:
    """发电单位 box (发电单位 A / B) or a 发文机关标志 line (X文件)."""
    organs: list[str] = []
    in_box = False
    for ln in layout.header_lines:
        t = ln.text
        if t.startswith("发电单位"):
            in_box = True
            organs += split_organs(t[4:])
            continue
        if in_box and all(ORGAN_TAIL.search(o) for o in split_organs(t) or [""]) and not re.search(r"[：:\d]", t):
            organs += split_organs(t)
            continue
        in_box = False
    return organs


BARE_GOVERNMENT = re.compile(r"^(?:省|市|县|区|州|旗|盟|自治区|自治州|自治县)人民政府$")
# (s39b-orders) the 公告 a standing committee published a regulation by, named in its 题注 (`…常务委员会公告第55号公布`,
# `…常务委员会公告（十二届）第8号公布`)
ANNOUNCED_BY = re.compile(r"(?<=[日\s，,；;])(?P<num>[\p{Han}]{2,40}?常务委员会公告\s*(?:[〔［\[（(]?\s*[一二三四五六七八九十]{1,3}\s*届\s*[〕］\]）)]?\s*)?"
                          r"第\s*(?:\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})\s*号)\s*(?:公布|发布)")
ADOPTED_BY = re.compile(r"(?P<date>" + ANY_DATE + r")\s*"
                        r"(?P<org>[\p{Han}]{2,40}?人民代表大会(?:常务委员会)?)第[\p{Han}\d]{1,8}次(?:全体)?会议"
                        r"(?:审议)?(?:通过|制定)")  # (s15: `…会议制定`, `…会议审议通过`, as some cities' collections write it)
# …or by the party's Central Committee in plenary session, or by a government's executive meeting
# (`（2004年9月19日中国共产党第十六届中央委员会第四次全体会议通过）`, `（2019年3月2日国务院第42次常务会议通过）`, s8)
# (s31-layout2) the meetings at which a State Council department adopts its rules (部务会议, 局务会议, 委务会议, 署务会议,
# 行务会议, a head's 办公会议, 委主任会议)
MINISTRY_MEETING = r"(?:部务|局务|委务|署务|行务|委主任|(?:部长|局长|主任|署长|行长)办公)"
ADOPTED_AT_MEETING = re.compile(r"^[（(]\s*经?\s*(?P<date>" + ANY_DATE + r")\s*"
                                # (s23-meta) a county's own short form (`某县政府`, `县政府`: 人民政府 completed below), a
                                # meeting written without its count (`…县人民政府常务会议审议通过`), 研究/讨论通过 as some
                                # counties write it
                                r"(?P<org>中国共产党第[\p{Han}\d]{1,4}届中央委员会|国务院|[\p{Han}]{1,30}?人民政府|[\p{Han}]{0,20}?[省市县区州旗]政府"
                                # (s31-layout2) a ministry's rule, adopted at its own meeting (`…国家安全生产监督管理总局局长办公
                                # 会议审议通过`, `…交通运输部2016年第7次部务会议通过`): the ministry adopted it (M10), its order number
                                # after (`…总局令第20号公布`, `…部令2016年第35号公布`) is the number
                                r"|[\p{Han}]{2,30}?(?:部|委员会|委|总局|局|署|银行)(?=\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:第[\p{Han}\d]{1,8}次)?\s*"
                                + MINISTRY_MEETING + r"会议))"
                                r"\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:第[\p{Han}\d]{1,8}次)?\s*(?:全体|常务|" + MINISTRY_MEETING + r")会议(?:审议|研究|讨论)?通过"
                                # (s23-meta) then the order it was promulgated by (`…审议通过　某县人民政府令第3号公布`): its number
                                # (s27-assign) also with the order's own day (`…常务会议讨论通过　2008年10月8日某省人民政府令第46号
                                # 公布`): the issue date stays the adoption's (guide M10: the day the issuer adopted the rule; M14's
                                # premier's signature is the State Council's, read as before)
                                # (s39b-orders) the State Council's own order too (`…国务院第117次常务会议通过　…中华人民共和国
                                # 国务院令第735号公布`): adopted on the meeting's day (M10 closed), numbered as M14 writes it
                                r"(?:[\s，,；;]*(?:" + ANY_DATE + r"\s*)?(?P<order>[\p{Han}]{1,30}?(?:人民政府|国务院|部|委员会|委|总局|局|署|银行)令\s*"
                                r"(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号)\s*(?:公布|发布))?"
                                # (s22) then the government's own 文号 it was issued under (`…常务会议通过　某政〔2004〕17号发布`,
                                # a county's rule in a collection); a bare `县人民政府` is completed from the region (BARE_ISSUER)
                                r"(?:[\s，,]*[\p{Han}]{1,8}[〔\[［(（]\s*" + OWN_DOC_YEAR + r"\s*[〕\]］)）]\s*\d{1,4}\s*号"
                                # (s28-meta) the day it was issued under that 文号 (`…审议通过　某政发〔2014〕17号　2014年9月2日发布`):
                                # the issue date (spec §3, like a `…印发` line), the meeting's day only the adoption's
                                r"\s*(?:(?P<issued>" + ANY_DATE + r")\s*(?=发布|公布|印发))?(?:发布|公布|印发)?)?"
                                # (s23-meta) the 文号 without its verb, then the day it takes effect, 自 often left out
                                # (`…常务会议审议通过　某政发〔2009〕47号　2009年6月1日起施行`)
                                r"(?:[\s，,；;]*自?(?:" + ANY_DATE + r"|(?:公布|发布|印发|颁布)之日)起?(?:施行|实施|执行|生效))?"
                                # (s31-layout2) then the later amendments a collection notes (`根据2015年5月26日…令第78号修正`,
                                # `根据…《…的决定》第二次修订`): the rule was still adopted on the meeting's day (M10)
                                r"(?:[\s，,；;]*根据\s*" + ANY_DATE + r"[^（）()]{2,120}?(?:修正|修订|修改))*"
                                r"\s*[）)]$")
# A government rule's 题注 naming the order that promulgated it: `（2016年3月10日南昌市人民政府令第160号公布…）`.
IN_FORCE_CLAUSE_S14 = (r"(?:[\s，,；;]*自(?:" + ANY_DATE + r"|(?:公布|发布|印发|颁布)之日)起?(?:施行|实施|执行|生效))?")
# (s14) the government written short as its own rules write it (`…省人民政府令第190号公布`): the number as written, the
# organ completed from the region (BARE_ISSUER)
# (s23-meta) a joint order names its organs with 、 between them (`…卫生部、水利部令第63号公布`): each is an issuer
PROMULGATED_BY = re.compile(r"(?P<date>" + ANY_DATE + r")\s*(?P<num>(?P<org>(?:[\p{Han}]{2,30}?(?:部|委员会|局|署|总局|银行)、){0,6}"
                            r"[\p{Han}]{2,30}?(?:人民政府|国务院|部|委员会|局|署|总局)"
                            r"|[省市县区州]人民政府)"
                            r"令\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号)\s*(?:公布|发布)")
# (s14) …or the order first, its date after it or none (`（某省人民政府令第190号　2005年3月10日公布）`, `（某省人民政府令第190号）`)
# (s39b-orders) or a standing committee's 公告 (`（某省人大常委会公告第12号）`, guide C7: the announcement's number)
ORDER_FIRST_NOTE = re.compile(r"^[（(]\s*(?P<num>(?P<org>[\p{Han}]{2,30}?(?:人民政府|国务院|部|委员会|局|署|总局|人大常委会))"
                              r"(?:令|(?<=常务委员会|人大常委会)公告)\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号)"
                              r"(?:[\s，,]*(?P<date>" + ANY_DATE + r")\s*(?:公布|发布))?" + IN_FORCE_CLAUSE_S14 + r"\s*[）)]$")


ORDER_WITH_NUMBER = re.compile(r"^(?P<org>[\p{Han}]{2,30}?(?:人民政府|国务院|部|委员会|局|署|总局))令\s*"
                               r"(?P<n>[（(]\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号\s*[）)]|\s(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号)$")


NESTED_MARKS = str.maketrans("〈〉<>", "《》《》")


def _joint_organ(organ: str) -> str:
    """One organ of a joint order's heading as the order's issuers and number name it: without `中华人民共和国`."""
    return re.sub(r"^中华人民共和国(?=\p{Han}{2})", "", organ)


# (s32) a ministry's own order printed under `中华人民共和国X部令` is numbered `X部令第N号`, the form its 题注, its page
# and the legal databases give (guide: a ministry order's number is the form the page lists; M22 for joint orders);
# only the State Council's order keeps the heading as printed (M14, `中华人民共和国国务院令第N号`)
MINISTRY_ORDER_STATE = re.compile(r"^中华人民共和国(?!国务院)(?=\p{Han}{2,30}?令)")


def _single_order_number(number: str) -> str:
    """One organ's order number as the spec writes it: white space out, `中华人民共和国` off a ministry's name."""
    return MINISTRY_ORDER_STATE.sub("", re.sub(r"\s+", "", number))


def _noted_order_number(number: str) -> str:
    """(s33-layout) An order's number as a 题注 prints it (`…中华人民共和国住房和城乡建设部令第4号公布`, a joint one
    `…中华人民共和国公安部、中华人民共和国交通运输部令第5号公布`): white space out, `中华人民共和国` off each ministry's
    name as the heading's number drops it (MINISTRY_ORDER_STATE, guide M22); the State Council's keeps it (M14)."""
    return re.sub(r"(?:^|(?<=、))中华人民共和国(?!国务院)(?=\p{Han}{2})", "", re.sub(r"\s+", "", number))


def _order_number(organs: list[str], order: str) -> str:
    """A joint order's number as its 题注 and the legal databases write it (guide M22): each organ of the heading
    without `中华人民共和国`, joined by `、`, then the order (`文化和旅游部、公安部…令第7号`), however the header block
    lays the organs out (a line each, spaced out character by character, or several on one line)."""
    return "、".join(_joint_organ(re.sub(r"\s+", "", o)) for o in organs) + order


def _order_or_adoption(md: Metadata, layout, ev: dict) -> bool:
    """A rule without signature: a government order's number, issuer and date (政府令), or a
    regulation's adoption note (guide M10: the issuer that adopted it, on the day it did). True when the
    issue date is the adoption note's (a page's 成文日期 field beats it, guide M18)."""
    # (s27-swap) the first lines of the notice, counted under the page's metadata table: its cells are read with their
    # labels (web_metadata), and its 文号 cell (`文　　号：` / `某省人民政府令第46号`) is no order page, the 实施日期 cell
    # under it no issue date; nor do its lines push the order and its date out of a window counted from the top
    first = next((i for i, ln in enumerate(layout.lines) if ln.start >= layout.meta_end), len(layout.lines)) if layout.meta_end else 0
    head = layout.lines[first:first + 16]
    # (s19-rspeed, speed only) each pattern below is tried only on a line holding a word all its matches hold (令, 公告,
    # 会议, an opening 《): most head lines hold none, and the 16 lines were read by seven patterns each
    for ln in head:
        # (s12b) the order's name and number on one line, the number in brackets or after a space
        # (`某省人民政府令（第241号）`, `某市人民政府令 第148号`): its number is the document's
        m = ORDER_WITH_NUMBER.match(ln.text) if "令" in ln.text else None
        if m and md.doc_number is None:
            # (s39b-orders) the brackets kept as printed (spec §3: exactly as written), as the country golds read the same
            # number printed on two lines (`…人民政府令` / `（第16号）`) and a record's 发文字号 field copies it
            md.doc_number = _single_order_number(m.group("org") + "令" + re.sub(r"\s", "", m.group("n")))
            if not md.issuers:
                md.issuers = [re.sub(r"^中华人民共和国(?=国务院)", "", m.group("org"))]
            break
    for i, ln in enumerate(head):
        m = ORDER_LINE.match(ln.text) if "令" in ln.text or "公告" in ln.text else None
        if m:
            organs = split_organs(m.group("org")) if m.group("org") else []
            j = e = i
            if not organs:
                while j > 0 and ORDER_ORGAN_LINE.match(head[j - 1].text):
                    j -= 1  # (s15) a joint order's organs, one a line over its bare `令` (or several on one line)
                organs = [o for x in head[j:i] for o in split_organs(x.text)]
            elif m.group("org") and not m.group("n") and re.search(r"\s令$", ln.text):
                # (s34) GB/T 9704's joint order sets its organs one a line and `令` apart beside the block's middle
                # line (`…住房和城乡建设部` / `…国家发展和改革委员会　令` / `…人力资源和社会保障部`): the organ lines above
                # and below that line are issuers too, in the order printed
                while j > 0 and ORDER_ORGAN_LINE.match(head[j - 1].text):
                    j -= 1
                while e + 1 < len(head) and ORDER_ORGAN_LINE.match(head[e + 1].text):
                    e += 1
                if j < i or e > i:
                    organs = ([o for x in head[j:i] for o in split_organs(x.text)] + organs
                              + [o for x in head[i + 1:e + 1] for o in split_organs(x.text)])
            if not organs:
                continue
            nxt = head[e + 1] if e + 1 < len(head) and ORDER_NUMBER.match(head[e + 1].text) else None
            if md.doc_number is None and m.group("n") and m.group("org") and len(organs) > 1:
                # (s39b-orders) a joint order's organs and its number on one line (`某委员会 某部 令2019年第16号`, or
                # the number line run into it): named as M22 writes it, each organ then `、`
                md.doc_number = _order_number(organs, re.sub(r"\s+", "", ln.text[m.end("org"):]))
            elif md.doc_number is None and m.group("n"):
                md.doc_number = _single_order_number(ln.text)  # (s15) the number on the order's line
            elif md.doc_number is None and m.group("first"):
                # (s39b-orders) `建设部第139号令`: the number as written, white space out, the state's name off (S32)
                md.doc_number = re.sub(r"^中华人民共和国(?!国务院)", "", re.sub(r"\s+", "", ln.text))
            elif md.doc_number is None and nxt is not None:
                # (s33-layout) organs set on the order's own line (`公安部　交通运输部令` / `第5号`) are named once
                order = ln.text[m.end("org"):] if m.group("org") else ln.text
                md.doc_number = _order_number(organs, re.sub(r"\s+", "", order + nxt.text)) if len(organs) > 1 \
                    else _single_order_number("".join(x.text for x in head[j:i]) + ln.text + nxt.text)
            if not md.issuers:
                md.issuers = [_joint_organ(o) if len(organs) > 1
                              else CONGRESS_TERM.sub("", re.sub(r"^中华人民共和国(?=国务院)", "", o)) for o in organs]
            k = next((k for k in range(i + 1, min(len(head), i + 8)) if DATE_LINE_RE.match(head[k].text)), None)
            if k is not None and md.issue_date is None:
                md.issue_date = parse_date(head[k].text)
                ev["issue_date"] = _evidence(head[k].text, head[k].start)
            if k is not None and md.title is None and k + 2 < len(layout.lines):
                # the order first, then the rule it promulgates: its title stands above 第一条/第一章
                title = layout.lines[k + 1]
                after = next((ln for ln in layout.lines[k + 2:k + 5] if not ADOPTION_NOTE.match(ln.text)
                              and not ln.text.startswith(("（", "("))), layout.lines[k + 2])
                # (or a rule without articles that the order names: `现公布《国务院关于修改…的决定》`)
                # (s14: a name nested in it written 〈〉 in the order and 《》 in the rule's own title)
                named = {_bare(n).translate(NESTED_MARKS) for ln2 in head[i + 1:k] for n in re.findall(r"《([^《》]{4,120})》", ln2.text)}
                if (re.match(r"第[一二三四五六七八九十\d]+[章条]", after.text) or _bare(title.text).translate(NESTED_MARKS) in named) \
                        and doc_type_of(title.text):
                    md.title = title.text
                    md.doc_type = doc_type_of(title.text)
                    ev["title"] = _evidence(title.text, title.start)
            if k is not None and md.title is None and not layout.title:
                # (s14) the order alone (a page that prints the order, not the rule under it): the rule it names
                # (`《某市…管理办法》已经…常务会议通过，现予公布`) is the title (guide M14: the regulation's name)
                names = [(ln2, n) for ln2 in head[i + 1:k] for n in re.findall(r"《([^《》]{4,120})》", ln2.text)]
                if len({_bare(n) for _, n in names}) == 1 and doc_type_of(names[0][1]) \
                        and re.search(r"》(?:已经|已由|已于|经)", names[0][0].text):
                    ln2, name = names[0]
                    md.title = name
                    md.doc_type = doc_type_of(name)
                    ev["title"] = _evidence(name, ln2.start + ln2.text.index(name))
            if k is None and md.issue_date is None:
                # (s39b-orders) the order's number over the rule's title and its 题注 (`某市人民政府令第321号` / title /
                # `（…常务会议审议通过　…令第321号公布…）`), no signature: the note below dates it (M10)
                break
            return False
    first = next((ln for ln in head if ln.text[:1] == "《" and PROMULGATION.match(ln.text)), None)
    if first is not None and layout.date_line is not None and first.start < layout.date_line.start:
        # (s9) an order without its 令 header: the government whose meeting adopted the rule issues it
        # (`…市人民政府第52次常务会议通过，现予公布`; a bare 市/省 is completed from the region below)
        m = re.search(r"日\s*(?P<org>[\p{Han}]{0,30}?政府|国务院)(?:第?[\p{Han}\d]{1,4}届)?第?[\p{Han}\d]{1,8}次(?:全体|常务|执行)?会议", first.text)
        if m and not md.issuers:
            org = re.sub(r"第[\p{Han}\d]{1,4}届(?=\p{Han}{0,4}政府$)", "", m.group("org"))  # (s33-layout) the term's
            md.issuers = [org if org.endswith(("人民政府", "国务院")) else org[:-2] + "人民政府"]
        return False
    for ln in head:
        has_order = "令" in ln.text
        m = ORDER_FIRST_NOTE.match(ln.text.strip()) if (has_order or "公告" in ln.text) and layout.title \
            and ln.start >= layout.title.end else None
        if m:
            if not md.issuers:
                md.issuers = [re.sub(r"^中华人民共和国(?=国务院)", "", m.group("org"))]
            if md.issue_date is None and m.group("date"):
                md.issue_date = parse_date(m.group("date"))
            if md.doc_number is None:
                md.doc_number = _noted_order_number(m.group("num"))
            return False
        meeting = "会议" in ln.text
        # a 题注 giving the adoption at a government's meeting, then the order that promulgated the rule
        # (`（…某省人民政府第15次常务会议讨论通过　2008年10月8日某省人民政府令第46号公布…）`) is an adoption note: the order
        # gives only its number (guide M10), so PROMULGATED_BY is not tried on it
        adoption = ADOPTED_AT_MEETING.match(ln.text.strip()) \
            if meeting and ln.start >= (layout.title.end if layout.title else 0) else None
        m = PROMULGATED_BY.search(ln.text) if has_order and adoption is None and ADOPTION_NOTE.match(ln.text) else None
        if m:
            if not md.issuers:
                md.issuers = [re.sub(r"^中华人民共和国(?=国务院)", "", o) for o in split_organs(m.group("org"))]
            if md.issue_date is None:
                md.issue_date = parse_date(m.group("date"))
            if md.doc_number is None:
                md.doc_number = _noted_order_number(m.group("num"))
            return False
        m = adoption
        if m:
            if not md.issuers:
                # (s33-layout) a government adopts its rules in its term's meeting (`…柳州市第十四届人民政府第52次常务
                # 会议审议通过`): the term is the meeting's, the issuer the government (as ADOPTED_BY drops a congress's)
                org = re.sub(r"第[\p{Han}\d]{1,4}届(?=\p{Han}{0,4}人民政府$)", "", m.group("org"))
                if org.endswith("政府") and not org.endswith("人民政府"):
                    org = org[:-2] + "人民政府"  # (s23-meta) `某县政府` is the county's 人民政府 (a bare one completed below)
                named = re.match(r"(?P<o>[\p{Han}]{2,30}?人民政府)令", m.group("order") or "")
                if named and BARE_GOVERNMENT.match(org) and named.group("o").endswith(org):
                    # (s39b-orders) the meeting's government written bare (`自治区人民政府第94次常务会议`), the order
                    # after it naming it in full (`…宁夏回族自治区人民政府令第38号公布`): the order's name is the issuer's
                    org = named.group("o")
                md.issuers = ["中共中央" if org.startswith("中国共产党") else org]
            adopted = md.issue_date is None
            if adopted:
                md.issue_date = parse_date(m.group("date"))
            if m.group("issued") and not layout.date_line:
                md.issue_date = parse_date(m.group("issued"))  # (s28-meta) issued on its own day under its 文号
                ev["issue_date"] = _evidence(m.group("issued"), ln.start + ln.text.rfind(m.group("issued")))
                return False
            if md.doc_number is None and m.group("order"):
                md.doc_number = _noted_order_number(m.group("order"))
            return adopted and not m.group("order")
        m = ADOPTED_BY.search(ln.text) if meeting else None
        if m:
            if not md.issuers:
                md.issuers = [re.sub(r"第[\p{Han}\d]{1,4}届", "", m.group("org"))]
            announced = ANNOUNCED_BY.search(ln.text, m.end()) if md.doc_number is None else None
            if announced:
                # (s39b-orders) the standing committee's 公告 that published it, named in the note (`…会议通过　某省人民
                # 代表大会常务委员会公告第55号公布`): its number is the document's (guide C7, as an order's in a 题注)
                md.doc_number = re.sub(r"\s+", "", announced.group("num"))
            adopted = md.issue_date is None
            if adopted:
                md.issue_date = parse_date(m.group("date"))
            return adopted
    return False


# A 题注 naming the organs that issued a rule and the day (`（1997年3月5日　国家环境保护局、农业部发布）`,
# `（1995年8月10日国务院批准　1995年9月1日国家税务总局发布）`: the last issuing clause).
ISSUING_VERB = alternation(("发布", "印发", "公布", "颁布"))  # how a 题注 says the organs issued the rule
# the organs first (`（中共某省委办公厅2006年5月印发）`, `（国务院办公厅印发）`): a day-less date gives no issue date
# (s13b) a law collection's 题注 closes with the day the rule takes effect (`（2019年8月12日某市人民政府公布
# 自2019年10月1日起施行）`, `…发布，自发布之日起施行`): that clause is no organ and no issue date
IN_FORCE_CLAUSE = (r"(?:[\s，,；;]*自(?:" + ANY_DATE + r"|(?:公布|发布|印发|颁布)之日)起?(?:施行|实施|执行|生效))?")
ISSUED_NOTE_ORGS_FIRST = re.compile(r"^[（(]\s*(?P<orgs>[\p{Han}、\s]{2,200}?)\s*(?P<date>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年"
                                    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)?)?"
                                    r"\s*(?:联合)?" + ISSUING_VERB + IN_FORCE_CLAUSE + r"\s*[）)]$")
ISSUED_NOTE = re.compile(r"(?P<date>" + ANY_DATE + r")\s*(?P<orgs>[\p{Han}、\s]{2,200}?)\s*(?:联合)?" + ISSUING_VERB
                         + IN_FORCE_CLAUSE + r"\s*[）)]?$")
# (s15) the organs, then the day, in the last clause (`（国务院1998年6月26日批准　国家税务总局1998年7月10日发布）`,
# `（经国务院批准，财政部、国家税务总局1994年3月29日发布）`): the approving body before them is not the issuer (M10)
ISSUED_NOTE_ORGS_THEN_DATE = re.compile(r"(?:^[（(]|[\s，,；;])\s*(?P<orgs>[\p{Han}、]{2,200}?)\s*(?P<date>" + ANY_DATE
                                        + r")\s*(?:联合)?" + ISSUING_VERB + IN_FORCE_CLAUSE + r"\s*[）)]$")


YEAR_NUMBER_LINE = re.compile(r"^[（(]?\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号\s*[）)]?$")


def _announcement_number(md: Metadata, layout, ev: dict) -> None:
    """The number of a 公告 (spec §3 doc_number: the number as written, white space removed), when
    the organs before 公告 are organ names."""
    lines = layout.lines[:8]
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        if t.endswith("公告") and k + 1 < len(lines) and YEAR_NUMBER_LINE.match(lines[k + 1].text.strip()):
            # (s39b-orders) the organs' masthead over its number in the year, then the announcement's own title
            # (`财政部 税务总局 海关总署公告` / `2019年第39号` / `关于…的公告`): the two lines are the number
            t = t + lines[k + 1].text.strip()
        if "公告" not in t or "号" not in t:
            continue
        m = ANNOUNCEMENT_NUMBER.match(t)
        if m and all(ORGAN_TAIL.search(o) or CENTRAL_ORGAN.match(o) for o in split_organs(m.group("org")) or [""]):
            md.doc_number = re.sub(r"\s+", "", t)
            ev["doc_number"] = _evidence(ln.text, ln.start)
            return
    _announcement_number_after_title(md, layout, ev)


ANNOUNCEMENT_YEAR_NUMBER = re.compile(r"^[（(]\s*(?P<n>(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号)\s*[）)]$")


def _announcement_number_after_title(md: Metadata, layout, ev: dict) -> None:
    """`某局关于发布…的公告（2021年第30号）`: a 公告's number in the year, in brackets right after its title
    (on its line or the next), is its doc_number as written, without the brackets."""
    if layout.title is None or not _bare(layout.title.text).endswith("公告"):
        return
    nxt = next((ln for ln in layout.lines if ln.start >= layout.title.end), None)
    m = ANNOUNCEMENT_YEAR_NUMBER.match(nxt.text) if nxt is not None and nxt.start < layout.body_start else None
    if m:
        md.doc_number = re.sub(r"\s+", "", m.group("n"))
        ev["doc_number"] = _evidence(m.group("n"), nxt.start + m.start("n"))


MINUTES_TITLE = re.compile(r"^(?P<org>(?:中共)?[\p{Han}]{2,40}?(?:人民政府|政府|委员会|党委|党组|党工委|管委会))"
                           r"(?:第?[一二三四五六七八九十百零〇\d]+[届次])*[\p{Han}]{0,8}?会议纪要$")


def _minutes_organ(md: Metadata, layout) -> str | None:
    """The organ that held the meeting a self-titled 纪要 records, named in its title (`某县人民政府常务会议纪要`)."""
    if layout.notice_title or not md.title or not md.title.endswith("纪要"):
        return None
    m = MINUTES_TITLE.match(re.sub(r"\s+", "", md.title))
    return m.group("org") if m and places_in(m.group("org")) else None


def _date_under_notice_title(md: Metadata, layout, ev: dict) -> None:
    """`（一九八六年三月十日）` right under a notice title with no signature date (older notices as
    collections print them): the day the notice was issued."""
    nxt = next((ln for ln in layout.lines if ln.start >= layout.notice_title.end), None)
    if nxt is None or not nxt.text.startswith(("（", "(")):
        return
    if len(nxt.text) <= 20 and DATE_LINE_RE.match(nxt.text):
        md.issue_date = parse_date(nxt.text)
        ev["issue_date"] = _evidence(nxt.text, nxt.start)
    elif len(nxt.text) <= 50 and (m := DATE_THEN_NUMBER.match(nxt.text)) and own_doc_number(m.group("num")):
        # (s14) the date and the notice's 文号 in one note (`（2012年8月6日　某府〔2012〕118号）`, a collection's copy)
        md.issue_date = parse_date(m.group("date"))
        ev["issue_date"] = _evidence(nxt.text, nxt.start)


DATE_THEN_NUMBER = re.compile(r"^[（(]\s*(?P<date>" + DATE.pattern + r")[\s，,、]*(?P<num>[^\s（）()]{2,30}号)\s*[）)]$")


def _issued_by_note(md: Metadata, layout, ev: dict, written: dict[str, str] | None = None) -> None:
    """A rule without signature whose 题注 under the title names its issuing organs and date (older
    central rules and law-collection copies): those organs are the issuers and that day the issue
    date (guide M10, the issuer on the day it issued the rule). Only when nothing else named them."""
    # (s13b) also under a 印发 notice's title, as a law collection prints the notice: `关于印发…的通知` / `（…印发）`
    heading = layout.title or layout.notice_title
    if md.issuers and md.issue_date and md.doc_number or heading is None or layout.signature_lines:
        return
    for ln in layout.lines[:16]:
        t = ln.text.strip()
        if ln.start < heading.end or not t.startswith(("（", "(")) or not re.search(ISSUING_VERB, t):
            continue
        # (s13b) the 文号 written in the note after its organs (`（2021年2月7日某镇人民政府某府发〔2021〕3号印发）`) is the
        # rule's own number; the organs are read without it
        num = own_doc_number(t) if "号" in t and "令" not in t else None
        if num is not None:
            cut = _number_glued_to_note(t, num)
            if md.doc_number is None:
                md.doc_number = re.sub(r"\s+", "", num.group("num")[cut:])
            t = (t[:num.start("num") + cut] + t[num.end("num"):]).strip()
        m = ISSUED_NOTE.search(t) or ISSUED_NOTE_ORGS_FIRST.match(t) or ISSUED_NOTE_ORGS_THEN_DATE.search(t)
        if not m or "令" in m.group("orgs"):
            return
        orgs = split_organs(m.group("orgs"))
        if not orgs or not all(ORGAN_TAIL.search(o) or CENTRAL_ORGAN.match(o) for o in orgs):
            return
        if not md.issuers:
            md.issuers = _dedupe([_named(o, written) for o in orgs])
        if md.issue_date is None and m.group("date") and re.search(r"日\s*$", m.group("date")):
            md.issue_date = parse_date(m.group("date"))
            ev["issue_date"] = _evidence(ln.text, ln.start)
        return


def _organs_and_day_note(md: Metadata, layout, ev: dict, written: dict[str, str] | None = None) -> None:
    """A self-titled policy with no signature whose note right under its title names its organs and day:
    those are its issuers and its issue date (spec §3; guide M10, the issuer on the day it issued)."""
    if layout.title is None or layout.notice_title is not None or layout.signature_lines or layout.date_line:
        return
    nxt = next((ln for ln in layout.lines if ln.start >= layout.title.end), None)
    if nxt is None or len(nxt.text) > 130:
        return
    m = ORGANS_AND_DAY_NOTE.match(nxt.text.strip())
    if not m:
        return
    date = m.group("date") or m.group("date2")
    orgs = split_organs(m.group("orgs") or m.group("orgs2"))
    if not orgs or "令" in "".join(orgs):  # (ANY_DATE is a whole day: 年, 月 and 日)
        return
    if not all(ORGAN_TAIL.search(o) or CENTRAL_ORGAN.match(o) for o in orgs):
        return
    md.issuers = _dedupe([_named(o, written) for o in orgs])
    if md.issue_date is None:
        md.issue_date = parse_date(date)
        ev["issue_date"] = _evidence(nxt.text, nxt.start)


# Assignees only the central government addresses (spec 1.1: organs that can only be the
# issuer's own or its subordinates'): 国务院有关部门, 各省（区、市）.
CENTRAL_ONLY = re.compile(r"国务院(?:各|有关|相关)+部门|各省[（(]区、市[）)]|各省、自治区、直辖市|中央和国家机关各?部门")
# (s9) the provinces as the level below: `省级人民政府负总责`, `省、自治区、直辖市人民政府`, `地方各级人民政府` (a
# province writes 各市、县人民政府 for its own lower levels; a city may still write `报省级人民政府批准`, so these
# count only in a body without organs of its own level: _national_body)
CENTRAL_LOWER = re.compile(r"省级(?:人民)?政府|省、自治区、直辖市(?:人民政府|党委|政府)|地方各级人民政府")
LOCAL_UNITS = re.compile(r"各(?:乡镇|乡|镇|街道|村|社区|行政村)")  # a county's or town's own lower units
NATIONAL_SCOPE = re.compile(r"我国|全国(?!人大|政协|总工会|妇联)|国家(?!级)")
ADDRESSED_PLACE = re.compile(r"你(?:省|自治区|市|州|县|区)")
PROVINCE_ADDRESSED = re.compile(r"你(?:省|自治区)(?![\p{Han}]{0,2}(?:人民|政府)?(?:区|县|乡|镇))")
# (s9) The document's own level named as a whole (`全省`, `全市`, `全县`): a local document's word.
OWN_WHOLE = re.compile(r"全(?P<mk>省|市|县)(?![\p{Han}]{0,1}(?:长|委))"
                       # (s16-kindmeta) an 自治州's, 盟's, 旗's own whole (`全州`, `全盟`, `全旗`; not the county 全州县, not
                       # 健全/安全 + 州); `全地区` only counts (group wk) where the region read is a 地区 (else: the whole area)
                       r"|(?<![健完安齐周保成顾])全(?P<mk>州|盟|旗)(?!县|市|[\p{Han}]{0,1}(?:长|委))|(?<![健完安齐周保成顾])全(?P<wk>地区)(?!生产|经济|间|性)")
# A ministry speaking of itself (`我部`, `本部各司局`, `由部另行制定`): only a central ministry
# calls itself 部.
MINISTRY_SELF = re.compile(r"我部|本部(?:各|机关|直属|有关)|(?:由|报|经)部(?:另行|统一|审|批|备案|制定|负责|同意)")
# A bare level prefix before an organ (省科技厅, 市财政局): the document's own level writes it so;
# and the document's own place named as such (我省, 本市, 我县). 我区/全区 are left out: an
# autonomous region writes them too.
BARE_MARKER = re.compile(r"(?:^|[、，。；：（\s])(?P<mk>省|市|县|区|自治区)(?!场|级|域)(?=[\p{Han}]{1,10}?(?:厅|委员会|委|局|办)(?:[、，。；）\s《]|负责|牵头|配合|要|会同))"
                         r"|(?:我|本)(?P<mk>省|市|县)(?![\p{Han}]{0,2}(?:级|场|民|场主体)|份)"
                         # (s16-kindmeta) the own organs of an 自治州, 盟 or 旗 (`州教育局`, `盟财政局`, `旗农牧局`; not in an
                         # enumeration of levels: `各州、市水务局`, `市、州发展改革委`), their governments and direct organs
                         # (`州委`, `州人民政府`, `盟行政公署`, `旗直各部门`), `我州`, `本旗`; a 地区's (`地区行署`, `地委`,
                         # `地直各单位`); `地区X局` only where the region read is a 地区 (group wk: else 地区 is "area")
                         r"|(?:^|[、，。；：（\s])(?<!市、|省、|县、)(?P<mk>州|盟|旗)(?![、（(]?[市县区旗]|长|帜|舰|下|袍|级|域|员|内|友)"
                         r"(?=[\p{Han}]{1,10}?(?:厅|委员会|委|局|办)(?:[、，。；）\s《]|负责|牵头|配合|要|会同))"
                         r"|(?:^|(?<![\p{Han}])|(?<=[经由报请和及与向按将的在]))(?<!市、|省、|县、)(?P<mk>州|盟|旗)"
                         r"(?=委(?![托派])|人民政府|政府(?!采购)|行政公署|行署|直(?:各|有关|[\p{Han}]{0,4}(?:部门|单位|机关)))"
                         r"|(?:^|(?<![\p{Han}])|(?<=[经由报请和及与向按将的在]))(?P<mk>地区)(?=行政公署|行署)"
                         r"|(?:^|(?<![\p{Han}])|(?<=[经由报请和及与向按将的在]))(?<!省委、)(?P<dk>地)(?=委(?![托派员])(?!、县委)|直(?:各|有关|[\p{Han}]{0,4}(?:部门|单位|机关)))"
                         r"|(?:我|本)(?P<mk>州|盟|旗)(?![\p{Han}]{0,2}(?:级|民)|帜)"
                         r"|(?:^|[、，。；：（\s])(?<!市、|省、|县、)(?P<wk>地区)(?!生产|经济|间|性)"
                         r"(?=[\p{Han}]{1,10}?(?:委员会|委|局|办)(?:[、，。；）\s《]|负责|牵头|配合|要|会同))")
# (s19-rspeed, speed only) Where a BARE_MARKER match can open: each alternative opens at its level marker's first
# character (省 市 县 区 自治区 州 盟 旗 地 地区) or right before it (the delimiter, 我 or 本 it consumes). Four of its
# alternatives open with a lookbehind, so `finditer` tries the whole pattern at every character of the body (~70 ns
# a character, ~9 ms a benchmark pass); tried only at these offsets (scan.finditer_at) it finds the same matches.
_MARKER_FIRST = std_re.compile("[省市县区自州盟旗地]")


def _bare_markers(body: str):
    """BARE_MARKER.finditer(body): the same matches, the pattern tried only at a marker or the character before it."""
    starts = {k for m in _MARKER_FIRST.finditer(body) for k in (m.start() - 1, m.start()) if k >= 0}
    return finditer_at(BARE_MARKER, body, sorted(starts))


AUTONOMOUS_REGIONS = ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
OWN_DISTRICT = re.compile(r"(?:我|本|全)区(?!域|间|块|别|分|内外|级)")
# (s13) `自治区发展改革委`, `自治区教育厅`: an autonomous region's own organs, as 省X厅 are a province's
LEVEL_OF_MARKER = {"省": "province", "自治区": "province", "市": "prefecture", "县": "county", "区": "county",
                   "州": "prefecture", "盟": "prefecture", "地区": "prefecture", "旗": "county"}


def _own_marker(m, region: str | None) -> str | None:
    """(s16-kindmeta) The level marker of a BARE_MARKER / OWN_WHOLE match: its `mk`; `地委`/`地直` (group dk) are a
    地区's; `全地区`/`地区X局` (group wk) only where the region read already is a 地区 (elsewhere 地区 is "area")."""
    if m.group("mk"):
        return m.group("mk")
    if m.groupdict().get("dk"):
        return "地区"
    if m.groupdict().get("wk") and region and "地区" in region:
        return "地区"
    return None


def _region_of_own_organs(body: str, region: str | None, level: str | None) -> tuple[str | None, str | None]:
    """Without issuer or title place (spec 1.1 section 3: organs that can only be the issuer's own):
    a body that assigns to 国务院有关部门, or a ministry that calls itself 我部, is central; a body
    whose own organs carry a bare level prefix (省科技厅, 市财政局, 县农业农村局) or that says 我省/本市
    is at that level: the place the body names is taken up to it (a city's rule that names one of
    its districts more often is still the city's; a province's plan naming its cities is the
    province's)."""
    if (CENTRAL_ONLY.search(body) or MINISTRY_SELF.search(body)) and (region is None or level is None):
        return "全国", "central"
    if region is None and level is None and PROVINCE_ADDRESSED.search(body) and next(_bare_markers(body), None) is None:
        # (s15) a reply that writes to a province as `你省`/`你自治区` (`你省《关于…的请示》收悉。经国务院同意，现函复如下`):
        # only the central government stands above a province (guide M13: plainly national)
        return "全国", "central"
    counts: dict[str, int] = {}
    for m in _bare_markers(body):
        if (mk := _own_marker(m, region)) is not None:
            counts[mk] = counts.get(mk, 0) + 1
    if region is None and level is None and not counts and not OWN_WHOLE.search(body) and not OWN_TOWN.search(body) \
            and len(NATIONAL_SCOPE.findall(body)) >= 2 and not LOCAL_UNITS.search(body) and not places_in(body):
        # (s9) guide M13, `plainly national`: a body that names no place at all and no organ or whole of its own
        # level, and speaks of the country as its scope (`我国`, `全国`, `国家` policy), is the central government's
        return "全国", "central"
    # (a reply to a lower level writes 你省…全省: the whole is the addressee's, not the issuer's)
    national = _national_body(body) if not counts and level != "central" else 0
    # (the whole a body names, `全省`, `全县`, is its own level unless the central signs outnumber it, or a
    # reply's 你省 makes it the addressee's)
    if national and (ADDRESSED_PLACE.search(body) or sum(1 for _ in OWN_WHOLE.finditer(body)) < national):
        # (s9) a body with no organ of its own level (no 省X厅/市X局, no 我省/全市) that speaks to the
        # provinces as its lower level or sets central organs to work is central, though it names
        # places (pilot cities, the provinces of a region): those are where it acts, not who issues it
        return "全国", "central"
    if not counts and not ADDRESSED_PLACE.search(body):
        # (s9) no organ with a bare level: the whole the body speaks of (`全省`, `全市`) is its own level
        for m in OWN_WHOLE.finditer(body):
            if (mk := _own_marker(m, region)) is not None:
                counts[mk] = counts.get(mk, 0) + 1
    if region is not None and level in ("province", "prefecture") and not region.startswith(AUTONOMOUS_REGIONS):
        # (s13) a city district's own words (`本区`, `我区`, `全区`; an autonomous region writes them of itself, so not
        # there) outnumbering the city's: the district of that city the body names most often
        own = len(OWN_DISTRICT.findall(body))
        if own >= 2 and own > sum(counts.values()):
            districts = {r: n for r, n in _places_named(body, region).get("county", {}).items() if r.endswith("区")}
            if districts:
                return _most_named(districts), "county"
    if counts and region is None and level is None:
        # (s9) no place named: the level still shows in the body's own organs (guide M7: level from the
        # 市/省 organs in the body; every labelled notice has a level); the region stays unknown
        return None, LEVEL_OF_MARKER[max(counts, key=counts.get)]
    if not counts or region is None:
        return region, level
    marker = max(counts, key=counts.get)
    want = LEVEL_OF_MARKER[marker]
    province, prefecture, county = split_region(region)
    if want == "county" and level in ("province", "prefecture"):
        # (s9) a county's or district's own organs (`区文化局`, `县农业农村局`) in a body that names its
        # province or city more often (`上海市…条例`, `市委、市政府部署`): the county the body names, in
        # that province or city, most often
        named = _places_named(body, region).get("county")
        if named:
            return _most_named(named), "county"
    if want == "prefecture" and level == "province":
        # (s13) a city's own organs and 我市/全市 (`市经济和信息化委`, `促进我市…发展`) in a body that names its province
        # once (`福建省科技小巨人企业`, a provincial programme): the city of that province the body names most often
        named = _places_named(body, region)
        cities, counties = named.get("prefecture"), named.get("county", {})
        kind = {"州": "自治州", "盟": "盟", "地区": "地区"}.get(marker)
        if cities and kind and any(c.endswith(kind) for c in cities):
            # (s16-kindmeta) 州X局/全州 are an 自治州's own words, 盟X局 a 盟's, 地区行署 a 地区's: the named prefecture of that kind
            cities = {c: n for c, n in cities.items() if c.endswith(kind)}
        if cities:
            city = _most_named(cities)
            mine = [c for c in counties if c.startswith(city)]
            if len(mine) == 1 and mine[0].endswith("市"):
                # a county-level city writes its own organs 市X局 too, and names its prefecture: the one
                # county-level unit the body names, a 市, is the issuer's own (a prefecture names several or none)
                return mine[0], "county"
            return city, "prefecture"
    if want == "province" and level in ("prefecture", "county"):
        return (province, "province") if province else (region, level)
    if want == "prefecture" and level == "county":
        if county and county.endswith("市") and marker == "市":
            return region, level  # a county-level city writes its own organs 市X局
        if prefecture:
            return province + prefecture, "prefecture"
        if province and province.endswith("市"):
            return province, "province"  # a municipality's own 市X局
    return region, level


def _places_named(body: str, region: str) -> dict[str, dict[str, int]]:
    """How often the body's opening (6,000 characters) names each place inside `region`: {level: {place: n}},
    places in the order first named."""
    named: dict[str, dict[str, int]] = {}
    for _, p, _ in places_read(body[:6000]):  # (s25) counties written as words (会同, 和) are not places there
        if p.region.startswith(region):
            counts = named.setdefault(p.level, {})
            counts[p.region] = counts.get(p.region, 0) + 1
    return named


def _most_named(counts: dict[str, int]) -> str:
    """The place named most often (the first named of a tie)."""
    return max(counts, key=counts.get)


@lru_cache(maxsize=1)
def _central_aliases():
    """Names of national organs (department_aliases.tsv, scope central) without a place in them,
    longest first (read by `finditer_openings`: tried only where a name can open)."""
    names = sorted({r["alias"] for r in load_table("department_aliases") if r["scope"] == "central"
                    and len(r["alias"]) >= 3 and not places_in(r["alias"])}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


# a document that says it holds for the whole country (`本指南适用于全国…`)
SELF_NATIONWIDE = re.compile(r"本(?:" + _GENRES + r")适用于全国")


def _national_body(body: str) -> int:
    """(s9) How plainly the body reads as a central document's (0: not): it speaks of the provinces as
    its lower level (CENTRAL_ONLY) or of the whole country as its scope (a strong sign, 9); else one
    point for each central formula (`经国务院同意，现…`, `向国务院报告`, `各地区、各部门`) and each national
    organ set to work (`国家发展改革委牵头`, `教育部将…`); fewer than 2 points is 0."""
    if CENTRAL_ONLY.search(body) or CENTRAL_LOWER.search(body) or MINISTRY_SELF.search(body) or SELF_NATIONWIDE.search(body):
        return 9
    points = sum(1 for _ in CENTRAL_VOICE.finditer(body))
    # (the alternation of some 500 names tried only where one of their three-character openings stands: the same
    # matches, ~13x faster over a body; issue 16)
    for m in finditer_openings(_central_aliases(), body, 3):
        if points >= 9:
            break
        if re.match(r"(?:、[^，。；\s（）]{2,20})*等?(?:牵头|负责|会同|按职责|要(?!求)|将|拟|决定)", body[m.end():m.end() + 60]):
            points += 1
    return points if points >= 2 else 0


# (s9) the central government's own formulas: approval by the State Council before a ministry's or its
# office's text (`经国务院同意，现提出…`), reporting to it (`重大事项及时向国务院报告`), its addressees as a pair
CENTRAL_VOICE = re.compile(r"经(?:党中央、)?国务院(?:批准|同意)[，,]\s*现|向(?:党中央、)?国务院报告|各地区、?各部门")


def _reply_above(body: str, region: str, level: str, title: str) -> tuple[str, str]:
    """(s9) Region and level of a notice without issuer whose title names a province or city (see the caller)."""
    found = places_in(title)
    if not found or min(off for off, _, _ in found) == 0:
        return region, level  # a title that opens with its place (`某省…行动方案`) names its own jurisdiction
    if any(_own_marker(m, region) for m in _bare_markers(body)):
        return region, level  # its own organs with a bare level: the place is its own
    if level == "province" and re.search(r"你(?:省|自治区|区(?!县))", body):
        return "全国", "central"
    national = _national_body(body)
    if national and sum(1 for _ in OWN_WHOLE.finditer(body)) < national:
        return "全国", "central"
    return region, level


# A town speaking of itself (`我镇`, `本乡`, `全街道`): the notice is the town's own.
OWN_TOWN = re.compile(r"(?:我|本|全)(?:镇|乡|街道|苏木)(?!镇|街道|[\p{Han}]{0,1}(?:村|级|以上))")
TOWN_NAME = re.compile(r"([\p{Han}]{2,5}(?:镇|乡|街道|苏木))(?=人民政府|政府|党委|办事处|实际|范围|辖区|境内|[，。、；：）]|的)")


def _region_of_own_town(body: str, region: str | None) -> tuple[str, str] | None:
    """Without an issuer (spec 1.1 section 3: organs that can only be the issuer's own): a body that
    says 我镇/本乡 and names a town of the table (`结合新登镇实际`) is that town's, its chain up to its
    province; when a county was read already, the town must be one of that county's."""
    if not OWN_TOWN.search(body):
        return None
    counts: dict[str, int] = {}
    for m in TOWN_NAME.finditer(body[:6000]):
        word = m.group(1)
        head = 2 if word.endswith("街道") else 1
        # the name is the longest tail of the run that the table knows (`结合新登镇` → 新登镇)
        for k in range(len(word) - head - 4, len(word) - head - 1):
            name = word[max(k, 0):]
            if not name.endswith(("乡镇", "城镇", "村镇", "集镇", "全镇", "本镇", "我镇")) and township_region(name, body) is not None \
                    or name in counts:
                counts[name] = counts.get(name, 0) + 1
                break
    for town in sorted(counts, key=counts.get, reverse=True):
        chain = township_region(town, body)
        if chain and (region is None or chain.startswith(region)):
            return chain, "township"
    if region is None:
        return None, "township"  # (s9) a town's own notice whose town is not known: the level still is
    return None


def _region_of_doc_number(number: str, text: str, sure: bool = False) -> tuple[str, str] | None:
    """Region and level from the 发文机关代字 of the document's own 文号 when nothing else names the
    issuer's place (`国办发` → 全国, `湘政办发` → 湖南省): pipeline/data/doc_number_codes.tsv, the
    codes of central organs and of the provinces' governments (简称 + 政/府). A code that a city
    writes too (青政: 青海省's and a city's) counts only when the document names the province. With `sure`
    (a place was already read from the title or body) only codes of two characters or more count."""
    code = re.split(r"[〔\[［【(（﹝〖]", re.sub(r"^[（(〔\[]\s*\d{2,4}\s*[）)〕\]]", "", number), maxsplit=1)[0].strip()
    row = next((r for r in _doc_number_codes() if code.startswith(r["code"])), None)
    if row is None or (sure and len(row["code"]) < 2):
        return None  # a one-character code (教, 财, 建…) never overrides a place the document names
    if "ambiguous" in row["kind"]:
        # (s14b) a code two governments write (a province's and a city's: rows marked ambiguous in
        # doc_number_codes.tsv): the one whose place the
        # document names, only one named; else the one whose own scope word it uses (全区 of an autonomous
        # region, 全省 of a province, 全市 of a city) where the other's is absent
        rows = [r for r in _doc_number_codes() if r["code"] == row["code"]]
        named = [r for r in rows if _code_place_short(r) in text]
        if len(named) == 1:
            return named[0]["region"], named[0]["level"]
        if named:
            return None
        scoped = [r for r in rows if _code_scope(r) in text]
        if len(scoped) != 1 or len(rows) < 2:
            return None
        row = scoped[0]
    return row["region"], row["level"]


def _code_place_short(row: dict[str, str]) -> str:
    """宁夏 for 宁夏回族自治区, 青海 for 青海省, 南京 for 江苏省南京市 (the place's own name, province stripped)."""
    place = row["region"]
    if row["level"] == "prefecture":
        place = re.sub(r"^[\p{Han}]{1,7}?(?:省|自治区)", "", place)
    return re.sub(r"(?:省|市|回族自治区|壮族自治区|维吾尔自治区|自治区)$", "", place)


def _code_scope(row: dict[str, str]) -> str:
    if row["level"] == "prefecture":
        return "全市"
    return "全区" if row["region"].endswith("自治区") else "全省"


def _issuer_named_with_title(title: str, text: str, written: dict[str, str] | None = None) -> list[str]:
    """Without any issuer written in the title block or a signature, the document may name its issuer
    with its own title (spec 1.1 section 3, what the document itself says): the heading of the
    issuer's explanation `卫生部《关于…的暂行规定》说明`, or `某部印发《…》`. The organ must stand right
    before the title in 《》 at the start of a line."""
    bare = _bare(title)
    if len(bare) < 6:
        return []
    for m in stdlib_twin(ISSUER_WITH_TITLE).finditer(text):
        if _bare(m.group("t")) == bare:
            if m.group("org").startswith("关于") or TRANSMIT_VERB_SEARCH.search(m.group("org")) \
                    or FORWARDED_AFTER.match(text, m.end()):
                # (s11) `关于批转区文化局《…》的通知`, `某局《…》已经区政府常务会议通过，现批转给你们`: the organ before
                # the title drafted it; the one that 批转/转发 it is the issuer, and it is not named here
                continue
            organs = split_organs(m.group("org"))
            if organs and all(ORGAN_TAIL.search(o) for o in organs):
                return [_named(o, written) for o in organs]
    return []


FORWARDED_AFTER = re.compile(r"[^。\n]{0,50}?(?:批转|转发)")
ISSUER_WITH_TITLE = re.compile(r"(?m)^\s*(?P<org>[^\s《》。，：:]{2,40}?)(?:印发|发布|制定)?《(?P<t>[^《》]{6,120})》")


@lru_cache(maxsize=1)
def _doc_number_codes() -> tuple[dict[str, str], ...]:
    return tuple(sorted(load_table("doc_number_codes"), key=lambda r: len(r["code"]), reverse=True))


# An issuer written with a bare level prefix (`省发展改革委 省财政厅关于…`, a signature `市教育局`).
BARE_ISSUER = re.compile(r"^(?P<mk>省|自治区|市|州|盟|县|旗|区)(?=[\p{Han}]{2,})")


# The organs of a township (乡, 镇, 街道): its government or 办事处, its party committee or 工委, and their offices.
TOWNSHIP_ORGAN = re.compile(r"(?:(?:[镇乡]|苏木)(?:人民政府|政府|委员会|党委)|街道(?:办事处|工作委员会|党工委|党委)|[镇乡]委)(?:办公室|党政办公室|党政办)?$")


def _place_of_bare_issuer(issuer: str, body: str, region: str | None) -> tuple[str, str] | None:
    """An issuer signed with a bare 县/区 (`县教育体育局`, a web copy that dropped the county's name) is a
    county's organ: the county the body names most often (under the region read so far), not the
    city the body cites more often (`根据商丘市教育局…`)."""
    mk = BARE_ISSUER.match(issuer).group("mk")
    if mk not in ("县", "区"):
        return None
    counts: dict = {}
    for _, p, name in places_read(body[:6000]):  # (s25) not a county written as a word (中心会同县财政局)
        if p.level == "county" and p.name.endswith(mk) and (region is None or p.region.startswith(region)):
            counts[p] = counts.get(p, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)
    return best.region, "county"


def _with_own_place(issuer: str, region: str) -> str:
    """`省财政厅` in a Hunan provincial document → `湖南省财政厅` (spec §5: a bare prefix is the
    document's own jurisdiction at that level; a district's organs carry their city)."""
    m = BARE_ISSUER.match(issuer)
    if not m or places_in(issuer[:4]) and any(off == 0 for off, _, _ in places_in(issuer[:4])):
        return issuer
    province, prefecture, county = split_region(region)
    mk = m.group("mk")
    if mk in ("省", "自治区"):
        place = province if province and province.endswith(mk) else None
    elif mk == "市":
        place = (county if county and county.endswith("市") else prefecture if prefecture and prefecture.endswith("市")
                 else province if province and province.endswith("市") else None)
    elif mk == "县":
        place = county if county and county.endswith("县") else None
    elif mk in ("州", "盟"):
        # (s25) an autonomous prefecture's or league's own organ (`州人民政府`, `盟行政公署`)
        place = prefecture if prefecture and prefecture.endswith(mk) else None
    elif mk == "旗":
        place = county if county and county.endswith("旗") else None
    else:
        city = prefecture or (province if province and province.endswith("市") else "")
        place = city + county if county and county.endswith("区") else None
    return place + issuer[len(mk):] if place else issuer


def _with_region_city(issuer: str, region: str) -> str:
    """A district's organ whose city the text did not name (`鼓楼区人民政府办公室`, several cities have a
    鼓楼区) takes the city of the region read for the document (spec section 5: a district's organs
    carry their city)."""
    province, prefecture, county = split_region(region)
    city = prefecture or (province if province and province.endswith("市") else None)
    if not city or not county or county.endswith(("自治区", "特区", "林区")) or not issuer.startswith(county) \
            or _zone_named_after(county, city):
        return issuer
    return city + issuer


def _with_town_chain(issuer: str, region: str) -> str:
    """A town's organ signed without its place (`某镇人民政府`, `中共某镇委员会`) is named as on its seal
    (spec section 5: full names; a district's organs carry their city, a county's do not):
    `<city><district>某镇人民政府`, `<county>某镇人民政府`, `<city>某镇人民政府` for a town directly under
    its city. Only the document's own town (the region's last part) is completed."""
    party = issuer.startswith("中共")
    bare = issuer[2:] if party else issuer
    m = TOWN_ORGAN.match(bare)
    if not m or not region.endswith(m.group(1)) or places_in(bare[:len(m.group(1))]):
        return issuer
    province, prefecture, county = split_region(region[: -len(m.group(1))])
    if county:
        city = (prefecture or (province if province and province.endswith("市") else "")) if county.endswith("区") else ""
        place = city + county
    else:
        place = prefecture or ""
    if not place:
        return issuer
    return ("中共" if party else "") + place + bare


# (s21-layout) A street office signing with its seal form, the district's (or county's) government before it
# (`北京市西城区人民政府什刹海街道办事处`, `上海市黄浦区人民政府外滩街道办事处`).
STREET_SEAL = re.compile(r"^(?P<place>[\p{Han}]{2,24}?)人民政府(?P<street>[\p{Han}]{1,10}?街道办事处)$")


def _street_office(issuer: str) -> str:
    """A street office is named `<city><district><street>街道办事处` (guide D36), not the seal form with the
    district's `人民政府` inserted; only when what stands before 人民政府 is a county-level place, whole."""
    if "街道办事处" not in issuer or (m := STREET_SEAL.match(issuer)) is None:
        return issuer
    place = m.group("place")
    found = places_in(place)
    if not found or found[-1][1].level != "county" or found[-1][0] + len(found[-1][2]) != len(place):
        return issuer
    return place + m.group("street")


def _with_city(issuer: str, text: str) -> str:
    """A city district's organ is named with its city, issuers too (spec 1.1 section 5):
    `武侯区簇桥街道办事处` → `成都市武侯区簇桥街道办事处`. The city is the district's only one, or
    the one the document names."""
    head = places_in(issuer[:20])
    if len(head) >= 2 and head[0][0] == 0 and head[0][1].level == "prefecture" and head[1][0] == len(head[0][2]) \
            and head[1][1].level == "county" and head[1][1].region.startswith(head[0][1].region) \
            and not head[1][1].name.endswith("区") and len(issuer) > head[1][0] + len(head[1][2]) \
            and not TOWN_ORGAN.match(issuer[head[1][0] + len(head[1][2]):]):
        # (s16-kindmeta) a county, county-level city or banner signed with its prefecture in front (`巴彦淖尔市杭锦后旗住房
        # 建设和园林局`): spec 1.1 §5, counties, county-level cities and banners carry no city, issuers follow the same rule
        # (a town's organ under them keeps the chain it signs with: `石家庄市井陉县威州镇人民政府`)
        return issuer[head[1][0]:]
    found = [(off, place) for off, place, name in places_in(issuer[:12]) if off == 0]
    district = next((p.name for _, p in found if p.level == "county" and p.name.endswith("区")
                     and not p.name.endswith(("自治区", "特区", "林区"))), None)
    if not district:
        return issuer
    # (s15) 特区 and 林区 are county-level units, not a city's districts (六枝特区, 神农架林区); a district is a city's
    cities = sorted(c for c in district_cities(district) if c.endswith("市"))
    named = [c for c in cities if c in text or c[:-1] in text]
    city = cities[0] if len(cities) == 1 else (named[0] if len(named) == 1 else None)
    if city and _zone_named_after(district, city):
        return issuer
    return city + issuer if city and not issuer.startswith(city) else issuer


def _zone_named_after(district: str, city: str) -> bool:
    """A zone that carries its city's name in its own (`苏州工业园区`, `广州开发区`, `西安高新区`) is
    written without the city before it (its 管理委员会 signs so)."""
    stem = city[:-1] if city.endswith("市") else city
    return district.startswith(stem) and len(district) > len(stem) + 1 and any(
        w in district for w in ("园区", "开发区", "新区", "高新区", "试验区", "合作区", "示范区"))


SINGLE_GOVERNMENT = re.compile(r"^(?P<place>[\p{Han}]{2,20}?)人民政府$")


def _government_above(addressee: str) -> tuple[str, str] | None:
    """A notice addressed to one people's government (`海南省人民政府：`, a 批复 or 复函) comes from
    the level above it: a province's from the centre, a city's from its province, a county's from
    its city."""
    m = SINGLE_GOVERNMENT.match(addressee.strip().rstrip("：:"))
    if not m:
        return None
    found = [p for off, p, name in places_in(m.group("place")) if off == 0 and name == m.group("place")]
    if len(found) != 1:
        return None
    p = found[0]
    if p.level == "province":
        return "全国", "central"
    if p.level == "prefecture":
        return p.province, "province"
    if p.prefecture:
        return p.province + p.prefecture, "prefecture"
    return p.province, "province"  # a county directly under its province or a municipality's district


def _addressee_text(layout, text: str) -> str:
    """The addressee line, or the head of the first paragraph when a lost break glued the
    addressee to it (`各省、自治区、直辖市…医疗保障局:为贯彻落实…`)."""
    if layout.addressee is not None:
        return layout.addressee.text
    head = text[layout.body_start:layout.body_start + 300].split("\n", 1)[0]
    m = re.match(r"^(各[^。；：:]{2,250})[：:]", head)
    return m.group(1) if m else ""


# 中华人民共和国 before a central organ's name is not part of the name the knowledge base uses
# (`中华人民共和国水利部` → `水利部`, as 中华人民共和国国务院令 gives `国务院`).
STATE_PREFIX = re.compile(r"^中华人民共和国(?=\p{Han}{2,})")


# (`团长沙市委`: the Youth League's committee written 团 + place + 委, spec §5 `团市委` → 共青团…委员会, s8)
PARTY_COMMITTEE = re.compile(r"^(?P<org>中共|中国共产党|共青团|团(?=[\p{Han}]{2,20}?(?:省|自治区|市|自治州|州|地区|盟|县|区|旗)委$))?(?P<place>[\p{Han}]{1,20}?(?:省|自治区|市|自治州|州|地区|盟|县|区|旗))党?委"
                             r"(?P<dept>办公厅|办公室|组织部|宣传部|统战部|统一战线工作部|政法委员会|机构编制委员会办公室|"
                             r"农村工作领导小组办公室|全面深化改革委员会办公室)?$")


def _is_place_chain(s: str) -> bool:
    """`成都市金牛区`, `湖南省`: places of the gazetteer from the start to the end of `s`; (s23-meta2) or a county of
    two characters, which the gazetteer leaves out of free text (`威县`, `岷县`: its party organs are 中共威县委…)."""
    if len(s) == 2 and s.endswith("县") and len(short_counties().get(s, ())) == 1:
        return True
    at = 0
    for off, _, name in sorted(places_in(s), key=lambda f: f[0]):
        if off == at:
            at += len(name)
    return at == len(s) and at > 0


PREFECTURE_AGENCY_SHORT = re.compile(r"^(?P<p>[\p{Han}]{2,12}?(?:地区|盟))行署(?P<o>办公室|办)?$")


def _named(issuer: str, written: dict[str, str] | None, before: str | None = None) -> str:
    """`_full_name(issuer)`, the form the notice wrote kept in `written` (name -> written form; `before`: the name
    `issuer` was made from, whose written form it inherits), for the era pass `_of_their_time`."""
    return _renamed(_full_name(issuer), before if before is not None else issuer, written)


def _renamed(name: str, before: str, written: dict[str, str] | None) -> str:
    """`name`, made from the issuer `before`: it inherits `before`'s written form (the first one recorded wins)."""
    if written is not None:
        written.setdefault(name, written.get(before, before))
    return name


def _chain_of_year(md: Metadata, written: dict[str, str] | None) -> tuple[list[str], str | None]:
    """(s20-region) The region of a county's or town's notice with the prefecture of its issue year (regions.region_of_year:
    `贵州省毕节市织金县` of 2010 → `贵州省毕节地区织金县`), and its issuers that carry today's city before the district
    (`襄阳市樊城区人民政府` of 2005 → `襄樊市樊城区人民政府`, spec 1.1 §5: organs of their time) with the same city."""
    then = region_of_year(md.region, md.admin_level, _issue_year(md))
    if then == md.region:
        return md.issuers, md.region
    _, now_city, county = split_region(md.region)
    then_city = split_region(then)[1]
    return _dedupe([_renamed(then_city + i[len(now_city):], i, written) if i.startswith(now_city + county) else i
                    for i in md.issuers]), then


def _issue_year(md: Metadata) -> int | None:
    """The year the notice names its organs in: its issue date's, else its 文号's (as departments._document_year)."""
    if md.issue_date:
        return int(md.issue_date[:4])
    found = re.search(r"[〔\[（(【]((?:19|20)\d\d)[〕\]）)】]", md.doc_number or "")
    return int(found.group(1)) if found else None


def _of_their_time(issuers: list[str], written: dict[str, str], year: int | None,
                   md_date: str | None = None) -> list[str]:
    """(s15d, issue 12) Issuers named as they were in the issue year (spec 1.1 §5: organs that were merged or renamed
    are named of their time; §3: issuers follow the same rule): a short form of the alias table, written out to
    today's organ (`国家计委` → 国家发展计划委员会, `国家广电总局` → 国家广播电视总局), is the organ of that year by
    organ_era_names.tsv (1997: 国家计划委员会; 2010: 国家广播电影电视总局), as in the departments of the body. The
    rows match on the written form (a full name written as signed stays as it is)."""
    if year is None or not issuers:
        return issuers
    from .departments import _name_of_its_time, issue_date_prefix

    date = issue_date_prefix(md_date)  # (s34-era) the issue date where the era tables know a reform's month
    return _dedupe([_name_of_its_time(written.get(i, i), i, year, date) for i in issuers])


CONGRESS_TERM = re.compile(r"第[一二三四五六七八九十\d]{1,4}届(?=(?:全国)?人民代表大会(?:常务委员会)?$)")


def _full_name(issuer: str) -> str:
    """Issuers are full names (spec §3): a short form of the alias table is written out, for a
    central organ as a whole (`国家发展改革委` → `国家发展和改革委员会`) and for a local one after its
    place (`浙江省发展改革委` → `浙江省发展和改革委员会`). Other names stay as written."""
    # (s39b-orders) a congress's standing committee signing with its term (`某省第十三届人民代表大会常务委员会`, as
    # some provinces head their 公告): the term is the sitting's, the organ the 人民代表大会常务委员会 (as ADOPTED_BY reads it)
    issuer = CONGRESS_TERM.sub("", issuer)
    aliases = organ_tables().aliases
    office = _central_office(issuer, aliases)
    if office:
        return office
    bare = STATE_PREFIX.sub("", issuer)
    if bare != issuer and (bare in aliases or CENTRAL_ORGAN.match(bare)):
        issuer = bare
    scopes = aliases.get(issuer)
    if scopes and "central" in scopes:
        return scopes["central"]
    if issuer.startswith("国家"):
        # `国家药监局`, `国家林草局`: the State's short form of a central organ whose alias is
        # written without 国家 (药监局 → 国家药品监督管理局)
        scopes = aliases.get(issuer[2:])
        if scopes and scopes.get("central", "").startswith("国家"):
            return scopes["central"]
    prefecture_party = _prefecture_party_committee(issuer)
    if prefecture_party:
        return prefecture_party
    if (office := PREFECTURE_AGENCY_SHORT.match(issuer)) is not None:
        # (s15) `某地区行署`, `某盟行署办公室`: the 行政公署 by its full name (spec §5: `行署` → `阿勒泰地区行政公署`;
        # issuers follow the same rule)
        return office.group("p") + "行政公署" + ("办公室" if office.group("o") else "")
    party = PARTY_COMMITTEE.match(issuer)
    if party and _is_place_chain(party.group("place")):
        # a party committee by its full name (spec §5: 市委 → 中共<city>委员会), its own offices and
        # departments with 中共 in front (市委办公室 → 中共…市委办公室), as on their seals
        head = "共青团" if party.group("org") in ("共青团", "团") else "中共"
        return f"{head}{party.group('place')}委{'员会' if not party.group('dept') else party.group('dept')}"
    heads = [name for off, _, name in places_in(issuer[:12]) if off == 0]
    if heads:
        place = max(heads, key=len)
        scopes = aliases.get(issuer[len(place):])
        if scopes and "local" in scopes:
            return place + scopes["local"]
    return issuer


# cached: a whole organ-recognition pass per issuer, and an archive repeats its issuers notice after notice
@lru_cache(maxsize=4096)
def _issuer_as_organ(issuer: str, region: str, level: str | None) -> str:
    """An issuer written short that the alias table does not write out (`某县妇联`, `某县委办`, `某县编办`,
    `某县税务局`, `中共某县纪委`): its full name as the department reader names the same organ in a body
    (spec §3 and §5: issuers are full names, by the same rules), when the reader takes the whole issuer
    for one organ with one name. Names it leaves or does not recognise stay as they are."""
    doubled = COMMITTEE_LEVEL_TWICE.fullmatch(issuer)
    if doubled:  # `中共攸县县委办公室` → 中共攸县委办公室 (guide D65)
        return committee_named_once(doubled)
    if _full_name(issuer) != issuer or len(issuer) < 4:
        return issuer
    from ..nlp.canonical import canonical_names
    from ..nlp.mentions import find_mentions
    from ..regions import jurisdiction_of

    mentions = find_mentions(issuer, 0, len(issuer), layers=("gazetteer", "patterns"))
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(issuer)):
        return issuer
    names = canonical_names(mentions, issuer, jurisdiction_of(region, level))[0]
    if len(names) != 1 or len(names[0]) <= len(issuer):
        return issuer
    # (a place put in front of the whole name is not taken: an issuer is named as it signs, a zone's
    # 管委会 without its county; a central organ's local branch is, `国家税务总局某县税务局`)
    return names[0] if not names[0].endswith(issuer) or names[0].startswith("国家") else issuer


# `中共某某地委`: the party committee of a 地区 written short (地委 = 地区委员会, spec §5: 地委 is expanded to
# the full name of its time).
PREFECTURE_PARTY = re.compile(r"^(?:中共)?(?P<stem>[\p{Han}]{2,8}?)地委$")


def _prefecture_party_committee(issuer: str) -> str | None:
    m = PREFECTURE_PARTY.match(issuer) if issuer.endswith("地委") else None
    if not m:
        return None
    unit = m.group("stem") + "地区"
    if former_prefecture(unit + "行政公署") or any(p.name == unit for off, p, name in places_in(unit) if off == 0):
        return f"中共{unit}委员会"
    return None


def _central_office(issuer: str, aliases) -> str | None:
    """The 办公厅/办公室 of a central organ written short (`国家发展改革委办公厅`, `住房城乡建设部办公厅`,
    `国家林草局办公室`): the organ's full name, then its office (spec §3: full names)."""
    if not issuer.endswith(("办公厅", "办公室")):
        return None
    stem, office = issuer[:-3], issuer[-3:]
    full = None
    scopes = aliases.get(stem)
    if scopes and "central" in scopes:
        full = scopes["central"]
    elif stem.startswith("国家"):
        scopes = aliases.get(stem[2:])
        if scopes and scopes.get("central", "").startswith("国家"):
            full = scopes["central"]
    return full + office if full and full != stem else None


# A web page's publishing line naming the organ that published the notice (guide M13: `来源：` naming an
# organ is the publishing organ): `来源：某市人力资源和社会保障局  发布时间：…`, also right after the time when a
# copy lost the spaces (`发布时间：2020-07-15 09:30来源：…`). Not a news outlet or the site.
SOURCE_LINE = re.compile(r"(?:^|\s|(?<=\d)|(?<=^[【\[]))(?:来源|信息来源|文章来源|稿件来源|发布单位|发布机构)\s*[：:]\s*(?P<org>[^\s：:|｜【】]{3,40})")
NOT_PUBLISHER = re.compile(r"(?:融媒体中心|新闻中心|信息中心|传媒中心|宣传中心|网站|网|报|社|台|本站|本网)$")


def _issuers_of_record(web: dict[str, str], layout, text: str) -> list[str]:
    """Issuers of a policy whose title names none and that has no signature (a self-titled
    `关于…的意见` copied from a law collection or a web page): the record's 发布机关/发布部门 field, or
    the page's `来源：` line when it names an organ (spec 1.1 section 3)."""
    if web.get("issuer"):
        organs = split_organs(web["issuer"])
        if organs and all(ORGAN_TAIL.search(o) for o in organs):
            return organs
    # (s10) the page's lines above the body (a `发布单位：` line is no furniture), then the furniture ending the page
    # (`信息来源：某市教育局` under the text)
    spans = [(ln.start, ln.end) for ln in layout.lines if ln.start < layout.body_start]
    spans += [(a, b) for a, b in layout.furniture if a >= layout.body_end]
    for start, end in spans:
        if end - start > 150 or "。" in text[start:end]:
            continue
        m = SOURCE_LINE.search(text[start:end])
        if m and ORGAN_TAIL.search(m.group("org")) and not NOT_PUBLISHER.search(m.group("org")):
            return [m.group("org")]
        if m and BARE_DIVISION.match(m.group("org")) and (site := _site_organ(layout)):
            # (s35-names, guide S33b CM2 Q6) `来源：规划发展与信息化处` names a division of the organ whose site the page is:
            # the organ is the issuer, named by the site's heading line (`广西壮族自治区卫生健康委员会` over the page)
            return [site]
    return []


# A division written bare (`规划发展与信息化处`, `职业能力建设科`): no place, no level word, ending in 处/科/股.
BARE_DIVISION = re.compile(r"^(?!.*(?:省|市|县|区|州|旗|盟|国家|中国|中央))\p{Han}{2,12}[处科股]$")
SITE_ORGAN = re.compile(r"^\p{Han}{2,10}(?:省|市|自治区|州|县|区|盟|旗)\p{Han}{2,20}(?:委员会|厅|局|委)$")


def _site_organ(layout) -> str | None:
    """The page's first line when it is an organ's name alone (the site's heading: a department of a province,
    city or county)."""
    first = next((ln for ln in layout.lines if ln.text.strip()), None)
    if first is None or first.start >= layout.body_start:
        return None
    name = first.text.strip()
    return name if SITE_ORGAN.match(name) else None


# A decision that amends or repeals the documents it names (`关于修改《…》的决定`, `关于废止《…》等文件的决定`)
# is itself the policy, not a notice transmitting them.
AMENDING = re.compile(r"^关于(?:修改|修订|废止|暂停实施|停止执行|宣布失效)(?:和(?:修改|废止))?《[^《》]+》[^《》]{0,20}的决定$")


# An announcement's or order's number names its organs (`国家质量监督检验检疫总局公告2015年第65号`,
# `财政部　税务总局公告2019年第39号`, `中国人民银行公告〔2013〕第1号`, `中华人民共和国农业部令第38号`):
# with no signature and no title naming them, they are the issuers (docs/decisions/layout-meta-s7.md, s7c).
NUMBER_ORGANS = re.compile(r"^(?P<org>[^\d〔\[（(【]{2,60}?)(?:联合)?(?:公告|通告|令)[〔\[（(【]?(?:(?:19|20)\d{2}[〕\]）)】]?\s*年?)?\s*第?\s*\d+\s*号")


def _issuers_of_number(number: str | None, text: str) -> list[str]:
    m = NUMBER_ORGANS.match(number or "")
    if not m:
        return []
    org = m.group("org")
    # the number as written keeps the spaces between joint organs (`财政部 税务总局公告…`)
    written = re.search(r"\s*".join(re.escape(c) for c in org), text)
    if written:
        org = written.group(0)
    organs = split_organs(re.sub(r"^中华人民共和国(?=\S)", "", org))
    return organs if organs and all(ORGAN_TAIL.search(o) for o in organs) else []


MASTHEAD_GENRE = re.compile(r"^(?P<org>(?:(?!关于)[^\n《》，。：:（）()]){2,80}?)\s*(?P<g>公告|通告)$")


def _announcement_masthead(md: Metadata, layout, text: str, ev: dict) -> str | None:
    """An announcement headed by its organs' names, one a line, then `公告` and its number
    (`中华人民共和国国家质量监督检验检疫总局` / `中国国家标准化管理委员会` / `公告` / `2012年第28号`): the organs
    are the issuers, the heading is no title, its genre is the doc_type (s7c)."""
    m = MASTHEAD_GENRE.match(re.sub(r"\s+", " ", text[:layout.title.end]).strip())
    if not m:
        return None
    organs = [o for line in text[:layout.title.start].splitlines() + [m.group("org").split(" ")[-1]] if line.strip()
              for o in split_organs(re.sub(r"^中华人民共和国(?=\S)", "", line.strip()))]
    organs = _dedupe(organs)
    if not organs or not all(ORGAN_TAIL.search(o) for o in organs):
        return None
    md.issuers = organs
    if "\n" in text[:layout.title.end].strip():
        # the organs stacked over several lines: the layout's title holds only the last of them
        md.title = None
        ev.pop("title", None)
    after = next((ln for ln in layout.lines if ln.start >= layout.title.end and ln.text.strip()), None)
    if md.doc_number is None and after is not None and after.start < layout.body_start and ORDER_NUMBER.match(after.text.strip()):
        md.doc_number = re.sub(r"\s+|^[（(]|[）)]$", "", after.text.strip())
        ev["doc_number"] = _evidence(after.text, after.start)
    return m.group("g")


SPACED_GENRE = re.compile(r"^(?P<g>公[\s　]*告|通[\s　]*告)$")


def _spaced_masthead(md: Metadata, layout, ev: dict) -> str | None:
    """The same masthead with the genre spaced out on its own line (`国家发展和改革委员会` / `财政部` /
    `公　告` / `2004年第9号`), which the layout does not take for a title (s7c)."""
    lines = [ln for ln in layout.lines if ln.text.strip()][:8]
    k = next((i for i, ln in enumerate(lines) if SPACED_GENRE.match(ln.text.strip())), None)
    if not k:
        return None
    organs = _dedupe([o for ln in lines[:k] for o in split_organs(re.sub(r"^中华人民共和国(?=\S)", "", ln.text.strip()))])
    if not organs or not all(ORGAN_TAIL.search(o) for o in organs):
        return None
    md.issuers = organs
    after = lines[k + 1] if k + 1 < len(lines) else None
    if md.doc_number is None and after is not None and ORDER_NUMBER.match(after.text.strip()):
        md.doc_number = re.sub(r"\s+|^[（(]|[）)]$", "", after.text.strip())
        ev["doc_number"] = _evidence(after.text, after.start)
    return re.sub(r"[\s　]+", "", SPACED_GENRE.match(lines[k].text.strip()).group("g"))


def _genre_of_number(number: str | None) -> str | None:
    """公告/通告 for an untitled announcement known by its number (`某委员会公告2016年第3号`, s7c)."""
    m = NUMBER_ORGANS.match(number or "")
    g = re.search(r"(公告|通告)[〔\[（(【]?(?:(?:19|20)\d{2})?[〕\]）)】]?\s*年?\s*第?\s*\d+\s*号", number or "") if m else None
    return g.group(1) if g else None


# Words that end the title of a policy that is none of the genres of genre_words.tsv: a 制度 (工作制度,
# 管理制度), a 标准 (补助标准, 保障标准), a 目录, a 公约 (村规民约 style 公约). The genre is the word itself.
# (s12) also a plan named by its action (`…攻坚行动`, `…三年行动`), a mechanism, procedure or division of duties
# (`…工作机制`, `…办理流程`, `…职责分工`) and a 白皮书: the title's last word is its genre, read only when no genre
# word of the table ends the title (so `…行动方案`, `…任务分工` keep theirs).
TITLE_WORD = re.compile(r"(?P<w>制度|标准|目录|公约|行动|机制|流程|分工|白皮书)(?:[（(][^（）()]{0,30}[)）])?$")


def _title_word(title: str) -> str | None:
    m = TITLE_WORD.search(title.strip().rstrip("。")) if title else None
    return m.group("w") if m else None


# (s10) A policy named by its count of articles (`…促进民营经济发展二十条`, `…“新十条”`): a list of measures, as
# `若干措施` is (the count, like 若干, qualifies); its body's own name for itself wins when it gives one.
COUNT_TITLE = re.compile(r"(?<![第\d一二三四五六七八九十百零])[“\"]?新?(?:[一二三四五六七八九十百]{1,4}|\d{1,3})条[”\"]?"
                         r"(?:[（(][^（）()]{0,30}[)）])?$")


def _count_title(title: str) -> str | None:
    return "措施" if title and COUNT_TITLE.search(title.strip().rstrip("。")) else None


def _self_reference(body: str) -> str | None:
    """doc_type from the body's reference to itself when there is no title (spec 1.1 section 3):
    `特制定本工作方案` → 工作方案, `现提出如下意见` → 意见."""
    m = SELF_REFERENCE.search(body)
    if not m:
        return None
    word = m.group("g") or "复函"  # 函复如下 / 特此函复: the reply letter
    return CANONICAL_TYPE.get(word, word)


# (s11) A plan without a title block that names itself in its opening paragraph (引言): `现提出某某体系建设实施方案，
# 请认真组织实施`, `特制定某县农村人居环境整治工作方案。` The name it gives (no 本/此/如下/以下 in front, a subject before
# the genre word) is the title as the document writes it (spec 1.1 §3: metadata from what the document says of
# itself); `特制定本方案` or `现提出如下意见` names only the genre (guide M13: title null).
SELF_NAMING = re.compile(r"(?:现|特|现就[^，。；\n]{2,40}?|经研究[，,]?)(?:提出|制定|制订|编制)(?P<t>[^，,。；;：:《》“”\n]{4,60}?(?:" + _GENRES + r"))"
                         r"(?P<p>[（(][^（）()]{2,20}[）)])?(?=[，,。；;：:]|如下)")
NAME_QUALIFIERS = re.compile(r"^(?:本|此|该|如下|以下|下列|若干|具体|相关|有关|贯彻落实|贯彻|落实|实施|工作|指导|配套|专项|这个|这一|一个|一套|了)+")


def _self_naming(body: str) -> str | None:
    head = body[:1500]
    first_item = re.search(r"(?m)^\s*(?:一、|第一章|第一条)", head)
    m = SELF_NAMING.search(head[:first_item.start()] if first_item else head)
    if not m:
        return None
    name = m.group("t")
    genre = doc_type_of(name)
    word = next((w for w in DOC_TYPES if name.endswith(w)), "")
    subject = NAME_QUALIFIERS.sub("", name[:len(name) - len(word)])
    if genre is None or len(subject) < 4:
        return None
    return name + (m.group("p") or "")


# (s28-meta) A news copy that prints a document without its title block, after naming it in full: `《X》全文如下。`, or the
# lead-in itself `…印发了《X》，全文如下：` with the text under it.
NAMED_FULL_TEXT = re.compile(r"(?m)^[^\n。]{0,80}?《(?P<t>[^《》\n]{4,200})》[^《》\n。]{0,40}?"
                             r"(?:全文如下|原文如下|全文刊发如下|全文刊登如下|全文公布如下)[：:。]?\s*$")


def _named_before_full_text(body: str) -> str | None:
    """(s28-meta) The title a news copy gives the document it prints in full (NAMED_FULL_TEXT), when it has no title
    block: the document's own name as the copy writes it (spec §3; like L11-3's untitled plan that names itself, the
    name has a subject before its genre word, so `《意见》全文如下` names none)."""
    head = body[:1500]
    first_item = re.search(r"(?m)^\s*(?:一、|第一章|第一条)", head)
    m = NAMED_FULL_TEXT.search(head[:first_item.start()] if first_item else head)
    if not m:
        return None
    name = re.sub(r"\s+", "", m.group("t"))
    word = next((w for w in DOC_TYPES if name.endswith(w)), "")
    if doc_type_of(name) is None or len(NAME_QUALIFIERS.sub("", name[:len(name) - len(word)])) < 4:
        return None
    return name


def _issuers_from_lead_in(body: str) -> list[str]:
    """Issuers named by the body's first sentence when there is no title block."""
    m = LEAD_IN.match(body.lstrip())
    if not m:
        return []
    organs = split_organs(m.group("org"))
    return organs if organs and all(ORGAN_TAIL.search(o) for o in organs) else []


def _lead_in_genre(body: str) -> str | None:
    """A page without a title block that opens by saying who issued what (`近日，某省人民政府办公厅
    印发《某省…实施方案》`, then the text): the genre of the document it names (spec §3: doc_type
    from what the document says of itself); the title stays null (guide M13)."""
    b = body.lstrip()
    m = LEAD_IN.match(b)
    if not m or not _issuers_from_lead_in(b):
        return None
    name = re.match(r"([^《》\n]{2,150})》", b[m.end():])
    return doc_type_of(name.group(1)) if name else None


# (s15) A notice without a title block that hands one document on (`我部制定了《X暂行办法》，现印发给你们`, `现将《X》转发
#给你们`): the policy is X, its genre the doc_type (spec §3: the transmitted document's; its title stays null, M13).
HANDED_ON = re.compile(r"《(?P<t>[^《》\n]{2,150})》[^《》。\n]{0,40}?(?:印发|转发|批转|颁发|下发|发)给你们"
                       r"|现将[^《》。\n]{0,30}《(?P<t2>[^《》\n]{2,150})》[^《》。\n]{0,20}?(?:印发|转发|批转|颁发|下发)")


def _handed_on_genre(body: str) -> str | None:
    m = HANDED_ON.search(body[:1500])
    if not m or len(set(re.findall(r"《([^《》]{2,150})》", body[:m.end()]))) > 1:
        return None
    return doc_type_of(m.group("t") or m.group("t2"))


# An order's number in a record's 发文字号 field (`发文字号： 福州市人民政府令第37号`, a law collection's rule).
# (s13b) also with the number in brackets as the order prints it (`某市人民政府令（第16号）`), copied as written
RECORD_ORDER_NUMBER = (r"(?P<num>[\p{Han}]{2,30}?(?:令|(?<=委员会|常委会)公告)\s*(?:[（(]\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号\s*[）)]"
                       r"|(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号))")  # (s15: a 常委会's 公告, which promulgates a law)


# (s26-swap) a metadata table copied as a pipe row (`发文字号： | 某府办〔2019〕12号 | 发布日期： | …`, tab cells
# set with bars): a bar after a field's colon separates cells, as a tab or a line break does
LABEL_BAR = re.compile(r"[：:][ \t]*[|｜]")
CELL_BAR = re.compile(r"[ \t]*[|｜][ \t]*")
# (s29-web) the same row copied without the colons, label and value cells set apart by bars only (`文号 | 某府办发〔2022〕
# 17号 | 有效性 | 有效`, `发布机构 | 某县人民政府办公室 | 生成日期 | …`): a disclosure table's own label before a bar
BARE_LABEL_BAR = re.compile(label_alternation("bar") + r"[ \t]*[|｜]")


def web_metadata(head: str) -> dict[str, str]:
    """文号 and 成文日期 from a web page's metadata table (used only as a fallback)."""
    out = {}
    if LABEL_BAR.search(head) or ("|" in head or "｜" in head) and BARE_LABEL_BAR.search(head):
        head = CELL_BAR.sub("\n", head)
    if "：" in head or ":" in head:
        head = SPACED_FIELD.sub("\n", head)  # (s15) fields on one row, white space between them
    head = CELL_CUT.sub("\n", head) if "号" in head or "日期" in head else head  # (s20-layout) a table's cells side by side, no colon (`发文机关    某县人民政府办公室    成文日期    …`)
    m = re.search(NUMBER_LABEL + r"\s*[】\]]?\s*[：:]?\s*(?:" + DOC_NUMBER.pattern + "|" + OWN_DOC_NUMBER.pattern + "|"
                  + RECORD_ORDER_NUMBER + ")", head)
    if m:
        out["doc_number"] = re.sub(r"\s+", "", m.group("num"))
        if "令" in out["doc_number"]:  # (s33-layout) a ministry's order as a collection's record prints it (guide S22)
            out["doc_number"] = _noted_order_number(out["doc_number"])
    m = re.search(WRITTEN_LABEL + r"\s*[】\]]?\s*[：:]?\s*((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})", head)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        out["issue_date"] = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    record_date = _law_record_date(head)
    if record_date:
        out["record_date"] = record_date
    m = re.search(ISSUER_LABEL + r"\s*[】\]]?\s*[：:]?\s*\n?\s*([^\n：:【】]{2,600})", head)
    if m:
        out["issuer"] = m.group(1).strip()
    # (s11: a record whose fields run together on one line, `【法规标题】…【发布部门】…`: the title ends at the next field)
    m = re.search(r"(?m)^[【\[]?" + TITLE_LABEL + r"[】\]]?\s*[：:]?\s*\n?\s*([^\n]{6,300}?)(?:$|(?=【[^【】]{2,8}】))", head)
    if m and doc_type_of(m.group(1)):
        out["title"] = m.group(1).strip()
    return out


# Labels only a law collection's record prints (法规标题, 效力级别, 时效性…): its 发布日期 is the day the
# document was issued (the collection prints the promulgation date), unlike a web page's publishing date.
LAW_RECORD_LABEL = re.compile(label_alternation("law", spaced=False) + r"\s*(?:[】\]]|[：:])")  # (as the record prints them)
# (s39b-orders) also 颁布时间 / 公布时间, as older collections label it (`【颁布时间】2005-08-30`)
LAW_RECORD_DATE = re.compile(r"(?:发布日期|颁布日期|公布日期|颁布时间|公布时间)\s*[】\]]?\s*[：:]?\s*\n?\s*((?:19|20)\d{2})\s*[-/.年．]\s*(\d{1,2})\s*[-/.月．]\s*(\d{1,2})")


def _law_record_date(head: str) -> str | None:
    """The 发布日期 of a law collection's record (LAW_RECORD_LABEL among its fields), as YYYY-MM-DD."""
    label = LAW_RECORD_LABEL.search(head) if "日期" in head or "时间" in head else None
    if label is None:
        return None
    # (s26-swap) a portal's own 发布日期 line (the day the page was posted) may stand above the record: the record's
    # date is the one among the record's fields, the nearest to its labels
    m = min(LAW_RECORD_DATE.finditer(head), key=lambda d: abs(d.start() - label.start()), default=None)
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def _transmitted_title(notice_title: str) -> str | None:
    q = re.search(r"《(.+)》", notice_title)
    if q:
        # several names (`《A》和《B》`): the name the title gives them, without 《》 (spec 1.1 §3, s8)
        # (a name quoted inside one name, `《贯彻落实《X》实施方案》`, keeps its marks)
        if re.search(r"》\s*(?:和|及|与|、|，|,)?\s*《", q.group(1)) and not re.search(r"《[^》]*《", "《" + q.group(1)):
            # (s12b) names set side by side (`《A》《B》`) are a list: without the marks they take the
            # list's 、 (`A、B`), not glued into one name
            return re.sub(r"[《》]", "", re.sub(r"》\s*《", "》、《", q.group(1)))
        return q.group(1)
    m = TRANSMITTED_IN_TITLE.search(notice_title)
    return m.group(1) if m else None


FORWARDED = re.compile(r"^(?:关于)?(?:转发|批转)")


def _named_with_issuer(notice_title: str, own: str, title: str) -> str | None:
    """The name a notice gives its one transmitted document in 《》 (its title, else its own text) when that is the
    document's title line with its issuing organs in front (`《某省人民政府办公厅关于…的通知》` over the title line
    `关于…的通知`, the organs set on the line above it or stripped from it): the organs and the title line."""
    names = re.findall(r"《((?:[^《》]|《[^《》]*》){6,200})》", notice_title)
    if len(names) > 1:
        return None
    own_bare = _bare(title)
    for name in names + re.findall(r"《([^《》]{6,200})》", own[:600]):
        name = re.sub(r"\s+", "", name)
        squashed = name.replace("〈", "《").replace("〉", "》").replace("<", "《").replace(">", "》")
        if len(squashed) <= len(own_bare) or not squashed.endswith(own_bare) or not own_bare.startswith("关于"):
            continue
        organs = split_organs(name[: len(squashed) - len(own_bare)])
        if organs and all(ORGAN_TAIL.search(o) for o in organs):
            return name[: len(squashed) - len(own_bare)] + re.sub(r"\s+", "", title)
    return None


def _forwarded_title(named: str, own: str) -> str:
    """The title of a document a notice forwards without 《》 (`转发省财政厅关于…意见的通知`): the
    forwarded document's name, as the notice's own text writes it in 《》 (`省财政厅《关于…的意见》
    已经省政府同意，现转发给你们`), else the name from 关于 on (the forwarding organ is not part of it)."""
    subject = named[named.find("关于"):] if "关于" in named else named
    key = _bare(subject).replace("的", "")
    quoted = re.findall(r"《([^《》]{4,200})》", own)
    for q in quoted:
        if _bare(q).replace("的", "") == key:
            return re.sub(r"\s+", "", q)
    for q in quoted:
        # the notice title names the forwarded organs before the name (`转发省教育厅等部门X计划的通知`)
        if len(q) >= 6 and _bare(named).replace("的", "").endswith(_bare(q).replace("的", "")):
            return re.sub(r"\s+", "", q)
    if doc_type_of(subject) is None:
        # (s15) a forwarded 通知: the notice title writes its `的通知` once (`转发某部关于…的通知`, not `…的通知的通知`),
        # so the name ends without a genre word; the forwarded document is `关于…的通知`, with its issuer when the
        # notice's text names it so (`现将《国务院办公厅关于…的通知》转发给你们`, s14's class 1)
        for q in quoted:
            if _bare(q) == _bare(named) + "的通知":
                return re.sub(r"\s+", "", q)
        return subject + "的通知"
    return subject


NOTICE_OWN_LEAD = re.compile(r"^[^\n]{0,400}?(?:通知|规定|意见)如下\s*[：:]?\s*\n\s*(?:[一二三四五六七八九十]+、|第一条|1[.．、])")
HANDS_ON_TEXT = re.compile(r"(?:印发|转发|批转|颁发|下发|发)给你们|现(?:予|将)?(?:印发|转发|批转)|印发你们|予以印发|现印发|一并印发")


def _body_is_the_notice(body: str) -> bool:
    """A body whose first paragraph is the notice's own lead (`…现就有关事项通知如下：`) handing nothing on, then its items."""
    m = NOTICE_OWN_LEAD.match(body.lstrip())
    return bool(m) and not HANDS_ON_TEXT.search(m.group())


def _bare(s: str) -> str:
    return re.sub(r"[\s、，,]", "", s)


def _evidence(quote: str, start: int) -> Evidence:
    return Evidence(quote=quote, span=(start, start + len(quote)))


def _dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for i in items:
        if i not in seen:
            seen.append(i)
    return seen


TITLE_DRAFT_MARK = re.compile(r"\s*[（(](?:征求意见稿|送审稿|草案|讨论稿|修订稿)[）)]$")


def _strip_title(t: str) -> str:
    t = EXCERPT_MARK.sub("", TITLE_DRAFT_MARK.sub("", t.strip()))  # (s33-layout: the copy's excerpt mark too)
    if t.endswith("》") and t.count("》") > t.count("《"):
        t = t[:-1]  # a closing quote left over from a copy that cut its opening one
    if t.startswith("《") and t.endswith("》"):
        t = t[1:-1]
    return t
