"""Cited documents: 《title》 with or without a following 发文字号, and 发文字号 alone.

* `《A〈B〉的通知》` (or with a nested 《》) is one citation: the outer title.
* A 文号 written inside the quotes (`《…的通知（粤人社规〔2014〕3号）》`) or in brackets right
  after them belongs to that title.
* `（以下简称《X》）` introduces a short name for the title before it, not a new citation.
* The document's own title (the plan a 印发 notice transmits) is not a citation.
"""
from __future__ import annotations

from .. import rx as re

from ..clean import CleanDoc
from ..patterns import DOC_NUMBER
from ..record import Citation
from ..scan import finditer_opened
from ..vocabulary import genre_words
from .context import Context

# 《…》 allowing one level of nested 〈…〉 or 《…》 inside.
TITLE = re.compile(r"《(?P<t>(?:[^《》]|《[^《》]*》)+)》")
# A government order's or an announcement's number, which has no 〔year〕: 广州市人民政府令第193号.
# (a year may come first: 国家发展改革委令2019年第29号, 财政部 税务总局公告2019年第39号)
ORDER_NUMBER = r"[\p{Han}]{0,24}?(?:令|公告)\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号"
# An order or announcement cited by its number alone, which carries its year: `财政部 税务总局公告2019年第39号`.
# (in the body: the header's own order number is not a citation)
ORDER_ALONE = re.compile(r"[\p{Han}][\p{Han} ]{1,30}?(?:令|公告)[ \t]*(?:19|20)\d{2}[ \t]*年[ \t]*第[ \t]*\d{1,5}[ \t]*号")
# What every ORDER_ALONE match ends with (a cheap check before the expensive pattern).
ORDER_ANCHOR = re.compile(r"(?:令|公告)[ \t]*(?:19|20)\d{2}[ \t]*年[ \t]*第[ \t]*\d{1,5}[ \t]*号")
# (s13) The order that first promulgated a revised rule, in the 题注 under its title (`（1991年3月4日中华人民共和国国务院令
# 第76号发布　2018年9月6日…修订通过）`): an earlier document, cited by its number (guide M14); its year is the date
# before it, not in the number. The rule's own order (its number as metadata.doc_number) is not a citation.
PROMULGATED_ORDER = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
                               r"(?P<n>[\p{Han}]{2,30}?令\s*第\s*\d{1,5}\s*号)\s*(?:发布|公布|颁布)")
ORDER_THEN_NUMBER = re.compile(r"令\s*第")  # (what every PROMULGATED_ORDER match holds: a cheap check first)
ORDER_DIGITS = re.compile(r"令\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*(\d{1,5})\s*号")
# A standard's number in brackets after its title: （GB/T 26341-2010）, （DB44/T 1234-2019）.
# The year may be left out (`（GB 50395）`, `（GB50052）`) where the code is a standard's own (GB, DBnn, …/T).
STANDARD_NUMBER = (r"(?:(?:GB|DB\d{2}|[A-Z]{2,4})(?:/[TZ])?\s*\d{1,6}(?:\.\d{1,3})?\s*[-—–]\s*(?:19|20)\d{2}"
                   r"|(?:GB|DB\d{2}|[A-Z]{2,4}/[TZ])(?:/[TZ])?\s*\d{3,6}(?:\.\d{1,3})?)")
# (s13) A 发文字号 in brackets right after a cited title, as copies print it: a space before its bracket
# (`（济政办发 〔2018〕9号）`) or a year mistyped (`（鲁工信技〔2121〕01号）`); copied as written, not repaired.
CITED_NUMBER = (r"[\p{Han}A-Za-z]{1,14}[ \t\u3000]*[〔\[［【(（][ \t\u3000]*\d{4}[ \t\u3000]*[〕\]］】)）]"
                r"[ \t\u3000]*第?[ \t\u3000]*\d{1,5}[ \t\u3000]*号")
NUMBER_AFTER = re.compile(r"^\s*[（(]\s*(?P<n>" + CITED_NUMBER + "|" + ORDER_NUMBER + "|" + STANDARD_NUMBER
                          + r")\s*(?:文?附件\s*\d*)?\s*(?:[，,；;]\s*(?:(?:以下|下文|下)(?:简称|称)|简称)[^（）()]{0,24})?[）)]")
# Kinds of document in 《》 that are forms, permits or contracts, not documents a policy cites
# (guide C7): 《申请表》, 《居住证》, 《出生医学证明》, 《劳动合同》, 《廉洁协议》.
# A framework or cooperation agreement between named parties, and a technical protocol (`数据传输协议`),
# are documents, not forms to fill in.
FORM_TITLE = re.compile(r"(?:表|证|证书|证明|执照|合同|(?<!框架|合作|通讯|通信|传输|数据|接口)协议|协议书|承诺书|告知书|通知书|申请书|申报书|推荐书|意见书|确认书|卡|单|名册|自评报告|报告书)"
                        r"(?:[（(][^（）()]{0,10}[）)])?$")
# (s18) `《某县2024年乡村振兴重点工作任务清单》（某乡振办〔2024〕2号）`: a list issued under a document number is a
# document the policy cites (任务清单, 负面清单, 责任清单), not a form to fill in (guide C7 names forms without numbers).
def _issued_list(title: str, number: str | None) -> bool:
    return bool(number) and title.endswith("清单") and DOC_NUMBER.search(number) is not None


# (s13) A genre word alone in 《》 (`《章程》规定的人员`, `按《办法》执行`) names a kind of document, each body's own
# (a group's charter), not a document the policy cites: a cited document is named by its subject.
GENRE_WORDS = frozenset(genre_words())
NUMBER_INSIDE = re.compile(r"\s*[（(]\s*(?P<n>" + DOC_NUMBER.pattern + r")\s*[）)]\s*$")
ABBREVIATION = re.compile(r"(?:以下|下文)(?:简称|称)[为：:]?\s*$")
# Words that run into an agency code in running text (根据穗府规〔2018〕19号).
LEAD_IN = re.compile(r"^.*(?:通知|意见|方案|办法|决定|规定|根据|按照|依据|参照|依照|执行|落实|贯彻|印发|转发|的|和|与|及|或|、|见)")


def _page_lines(ctx: Context) -> list[tuple[int, int]]:
    """(s17-web) The spans of the web page's furniture lines that end the page (the run under body_end)."""
    end = ctx.layout.body_end
    return [sp for sp in ctx.layout.furniture if sp[0] >= end]


def _on_page_line(page: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in page)


def extract_citations(doc: CleanDoc, ctx: Context) -> list[Citation]:
    text = doc.text
    own = {_key(t) for t in (ctx.metadata.title, ctx.metadata.notice_title) if t}
    transmitted = {_key(t) for t in ctx.layout.transmitted}  # a second transmitted plan is no citation
    if ctx.layout.title:
        own.add(_key(ctx.layout.title.text.strip("《》")))
    attached = _attached_names(ctx)
    out: list[Citation] = []
    seen_titles: set[str] = set()
    seen_numbers: set[str] = set()
    used: list[tuple[int, int]] = []
    short_names: set[str] = set()
    head_end = ctx.layout.meta_end
    page = _page_lines(ctx)
    for m in TITLE.finditer(text):
        title = m.group("t")
        if page and _on_page_line(page, m.start()):
            continue  # (s17-web) a web page's 上一篇/下一篇 link under the notice is cited by no one
        if m.start() < head_end or ABBREVIATION.search(text[max(0, m.start() - 8) : m.start()]):
            used.append(m.span())
            short_names.add(_key(title))
            continue
        if _key(title) in short_names:
            continue  # a later use of a short name introduced with 以下简称
        number = None
        inside = NUMBER_INSIDE.search(title)
        if inside:
            number, title = inside.group("n").strip(), title[: inside.start()]
        title = _balanced(title)
        n = NUMBER_AFTER.match(text[m.end() : m.end() + 48])
        if n and not number:
            number = n.group("n").strip()  # as written (`GB 50395`; a space before a 文号's bracket stays)
        end = m.end() + (n.end() if n else 0)
        used.append((m.start(), end))
        key = _key(title)  # (the title as compared, read once: every attachment's name is compared with it)
        if key in own or _in_own_title(ctx, m.start()) or (FORM_TITLE.search(title) and not _issued_list(title, number)) \
                or key in GENRE_WORDS:
            continue
        if key in transmitted or _abbreviates(title, out) or any(key in a for a in attached):
            continue
        if key in seen_titles or (number and number in seen_numbers):
            k = _named_shorter(title, number, out)
            if k is not None:
                # (s13, guide C9) the same document cited again under its fuller title, its issuer in front
                # (`你省《关于…的请示》`, then `《某省人民政府关于…的请示》`): one citation, under the fuller title
                seen_titles.add(key)
                out[k] = Citation(title=title, doc_number=number or out[k].doc_number,
                                  quote=text[m.start():end], span=(m.start(), end))
            continue  # the same document cited again (with or without 〈〉, or by its number)
        k = _named_shorter(title, number, out)
        if k is not None:
            seen_titles.add(key)
            out[k] = Citation(title=title, doc_number=number or out[k].doc_number,
                              quote=text[m.start():end], span=(m.start(), end))
            continue
        seen_titles.add(key)
        if number:
            seen_numbers.add(number)
        out.append(Citation(title=title, doc_number=number, quote=text[m.start():end], span=(m.start(), end)))
    own_number = ctx.metadata.doc_number
    own_line = ctx.layout.doc_number
    for m in ctx.doc_numbers(text):
        start = m.start()
        lead = LEAD_IN.match(m.group("num"))
        if lead:
            start += lead.end()
        number = text[start : m.end()]
        if page and _on_page_line(page, start):
            continue
        if (start < head_end or any(s <= start < e for s, e in used) or number == own_number
                or number in seen_numbers or own_line and own_line.start <= start < own_line.end):
            continue
        seen_numbers.add(number)
        out.append(Citation(title=None, doc_number=number, quote=number, span=(start, m.end())))
    # (ORDER_ALONE is tried from every character; most notices hold no order number at all)
    # (s30: the anchor searched at its openings, `ORDER_ANCHOR.search(text)`)
    for m in (ORDER_ALONE.finditer(text) if next(finditer_opened(ORDER_ANCHOR, text), None) else ()):
        start = m.start()
        lead = LEAD_IN.match(m.group(0))
        if lead:
            start += lead.end()
        number = text[start:m.end()].strip()
        if (start < max(head_end, ctx.layout.body_start) or any(s <= start < e for s, e in used) or number in seen_numbers
                or re.sub(r"\s", "", number) == re.sub(r"\s", "", own_number or "")):
            continue
        seen_numbers.add(number)
        out.append(Citation(title=None, doc_number=number, quote=text[start:m.end()], span=(start, m.end())))
    if "令" in text and ORDER_THEN_NUMBER.search(text):
        own_order = ORDER_DIGITS.search(own_number or "")
        for m in PROMULGATED_ORDER.finditer(text):
            number = m.group("n").strip()
            if (any(s <= m.start("n") < e for s, e in used) or number in seen_numbers
                    or own_order and ORDER_DIGITS.search(number).group(1) == own_order.group(1)):
                continue
            seen_numbers.add(number)
            out.append(Citation(title=None, doc_number=number, quote=number, span=(m.start("n"), m.end("n"))))
    return sorted(out, key=lambda c: c.span[0])


ISSUER_BEFORE_SUBJECT = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|委|部|局|厅|署|院|总局|中共中央|国务院)$")


def _named_shorter(title: str, number: str | None, earlier: list[Citation]) -> int | None:
    """Index of an earlier citation whose title is this one without the issuer in front (`关于…的请示` and
    `某省人民政府关于…的请示`), the same document when the numbers agree or one of them has none."""
    if "关于" not in title[1:]:
        return None
    for k, c in enumerate(earlier):
        short = c.title or ""
        if (len(short) >= 6 and short.startswith("关于") and _key(title).endswith(_key(short)) and _key(title) != _key(short)
                and ISSUER_BEFORE_SUBJECT.search(_key(title)[:-len(_key(short))])
                and (not number or not c.doc_number or number == c.doc_number)):
            return k
    return None


def _balanced(title: str) -> str:
    """A stray closing bracket typed before 》 (`…工作方案〉的通知)》`) is not part of the title."""
    while title and title[-1] in "）)" and title.count("（") + title.count("(") < title.count("）") + title.count(")"):
        title = title[:-1]
    return title


def _attached_names(ctx: Context) -> list[str]:
    """The document's own attachments, named in its list (`附件：1.某规则（试行版）`) or on the line
    under each attachment's label: part of the document (spec 1.1 §1), not documents it cites."""
    text = ctx.doc.text
    names = []
    if ctx.layout.attachment_list:
        a, b = ctx.layout.attachment_list
        names.append(_key(text[a:b]))
    for start, _ in ctx.layout.attachment_starts:
        lines = [ln for ln in text[start:start + 200].split("\n")[1:3] if ln.strip()]
        if lines:
            names.append(_key(lines[0]))
    return names


def _in_own_title(ctx: Context, offset: int) -> bool:
    """《》 inside the notice title or the plan title line."""
    for line in (ctx.layout.notice_title, ctx.layout.title):
        if line and line.start <= offset < line.end:
            return True
    return False


def _abbreviates(title: str, earlier: list[Citation]) -> bool:
    """《固废法》 after 《中华人民共和国固体废物污染环境防治法》: a short name of a title already
    cited (its characters in order, first and last kept), not another document."""
    if len(title) > 8:
        return False
    for c in earlier:
        full = c.title or ""
        if len(full) <= len(title) or full[-1] != title[-1]:
            continue
        it = iter(full)
        if all(ch in it for ch in title):
            return True
    return False


def _key(s: str) -> str:
    """A title as compared: spaces, the inner brackets of a nested title (〈〉, <>), list commas,
    brackets and quotes left out (a title set over several lines may lose its 、 or change its
    brackets)."""
    return re.sub(r"[\s〈〉<>＜＞、，,（）()“”\"]+", "", s)
