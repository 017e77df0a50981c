"""Line geometry shared by the fixed-layout readers (PDF text layers, OCR boxes, OFD text codes).

A reader hands over the lines of a page with their left and right edges and font size; this
module re-joins the lines that the page width, not the writer, broke (`join_lines`), says
whether the page's last paragraph runs on to the next page, and whether a page starts indented.
It imports no reader, so PDF, OCR and OFD depend on it and not on each other.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from ..layout import ADDRESSEE, FULL_TEXT_FOLLOWS, NOT_ADDRESSEE, WEB_LABEL
from ..nlp.simplify import to_simplified
from ..patterns import LOCATION_LABEL, NUMBERING_START, ROW_ORGAN_END, is_web_furniture

SENTENCE_END = tuple("。！？；：:;!?")
MIN_WRAP_CHARS = 15
FULL_PAGE_LINES = 8
# (s21-layout) The 版记's lines (GB/T 9704 7.4.2: 抄送 at the left edge under the body) start their own line, however
# wide the line above (`联系人：… 联系电话：0318—2135286` to the margin)
RECORD_OPENS = ("抄送：", "抄送:", "抄报：", "抄报:")
# (s29-layout) A web page printed to PDF or laid out again by a tool that does not indent paragraphs: each field of
# its metadata block (`【发布部门】…`, `[成文日期]2019-06-03`, `索引号：…`, `发文字号：…`) and its location line
# (`当前位置：首页 > 政策文件`) starts a row of its own, however far the row above runs to the right
FIELD_OPENS = re.compile(r"^[ \t\u3000]*" + LOCATION_LABEL + r"\s*[：:]")
# (s29-layout) Lines after which a numbered heading starts a paragraph although no sentence end closes them: a
# bracketed note under a title (题注 `（2015年3月2日市人民政府第8次常务会议通过）`) and a part's assignment line
# (`牵头单位：市商务局、市财政局`), neither of which runs on into a heading
ASSIGNMENT_LINE = re.compile(r"^(?:责任|牵头|配合|参与|协办|主办|实施)?(?:单位|部门)\s*[：:]")


# (s35-twins, issue 11) A dash-led item of a list of goals (`——2020年，…达到5500亿元；`, GB/T 15834 破折号 as a list mark):
# after a row that ends in a sentence end (`；`) it opens a paragraph, as a numbered heading does, also in a PDF whose
# paragraphs are not indented
DASH_ITEM = re.compile(r"^[ \t\u3000]*(?:——|－－|--)(?!—)")

# (s36-tables) A task-division table flattened with spaces and set without ruling (or read without it): a row that runs
# to the margin and closes with its deadline after its organs (`5 员工制…政策 省人力资源社会保障厅、省财政厅 持续推进`) is
# whole; the line under it opening with the next number (`6 员工制…`) is the next row, not a wrapped line of it (the
# text layer sets a space between a number and Chinese, `2021 年底前`).
ROW_NUMBER_OPEN = re.compile(r"^[ \t\u3000]*(\d{1,3})[ \t\u3000]+(?![年月日个项%％])[\u4e00-\u9fff“]")
WHOLE_ROW_END = re.compile(ROW_ORGAN_END + r"[ \t\u3000]+"
                           r"(?:\d{4}[ \t\u3000]*年[ \t\u3000]*(?:\d{1,2}[ \t\u3000]*月)?(?:底|末)?(?:前|以前)?|持续推进|长期坚持|持续开展|常态化推进)"
                           r"[ \t\u3000]*$")


# (s39-twins) A table's totals row (`合计 120500 70000 150000`, `总　计 | 86 | 41`): its label, then a number cell
TOTAL_ROW_OPEN = re.compile(r"^[ \t\u3000]*(?:合[ \t\u3000]*计|总[ \t\u3000]*计|小[ \t\u3000]*计)[ \t\u3000|]+(?:[^ \t\u3000|]{0,4}?)\d")
# a row that closes with a number cell (`… 合计87000`, `… 4000`)
NUMBER_CELL_END = re.compile(r"[ \t\u3000|][^ \t\u3000|]{0,4}?\d+(?:\.\d+)?[%％]?[ \t\u3000]*$")


def _next_table_row(para: str, text: str) -> bool:
    """`text` opens the row numbered after the one `para` holds, and `para` ends as a whole row does.
    (s39-twins) Or `text` is the table's totals row under a numbered row that closes with a number cell (`10 其余14个村
    （社区） 合计63000 合计35000 合计87000` / `合计 120500 70000 150000`): the last numbered row is whole, however far it
    ran to the right, in a PDF whose paragraphs are not indented, as the text has the rows."""
    m, n = ROW_NUMBER_OPEN.match(para), ROW_NUMBER_OPEN.match(text)
    if bool(m and n) and int(n.group(1)) == int(m.group(1)) + 1 and WHOLE_ROW_END.search(para[-40:]) is not None:
        return True
    if (m or _row_number(PIPED_CELL.split(para.strip())) is not None) and TOTAL_ROW_OPEN.match(text) \
            and NUMBER_CELL_END.search(para[-20:]):
        return True
    return _next_piped_row(para, text)


# (s36b-twins) A table set as rows of text with its cells between bars (`10 | 非化石能源占一次能源消费比重（%） | 9.6 | 13 |
# 预期性`), in a PDF whose paragraphs are not indented: a row whose last cell ends at the margin is whole when the line
# under it opens the next row (its number, after a group's label cell where a new group starts: `主要污染物减排 | 11 |
# …`) or the table's note (`注：…`), as the text has them.
PIPED_CELL = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*")
TABLE_NOTE = re.compile(r"^[ \t\u3000]*(?:注|备注|说明)[ \t\u3000]*\d?[：:]")


def _row_number(cells: list[str]) -> int | None:
    for cell in cells[:2]:
        if cell.isdigit() and len(cell) <= 3:
            return int(cell)
    return None


def _next_piped_row(para: str, text: str) -> bool:
    row = PIPED_CELL.split(para.strip())
    if len(row) < 3:
        return False
    if TABLE_NOTE.match(text):
        return True
    nxt = PIPED_CELL.split(text.strip())
    if len(nxt) < 3:
        return False
    m, n = _row_number(row), _row_number(nxt)
    return m is not None and n == m + 1


@dataclass
class PdfLine:
    text: str
    x0: float  # left edge of the first glyph
    x1: float  # right edge of the last glyph
    size: float  # font size of the line's glyphs
    # (s21b-pdftab) the vertical centre of its first glyph (PDF user space, y up; 0 when unknown); not compared: where
    # a line sits does not make it another line
    y: float = field(default=0.0, compare=False)
    fixed: bool = False  # (s21b-pdftab) a table row read from the page's ruling: a line of its own, never joined


def join_lines(lines: list[PdfLine]) -> tuple[str, str, bool]:
    """Page lines -> (text with one line per paragraph, line-break mode, page continues).

    Without usable geometry (few lines, no font sizes) the lines are returned as they are and
    the mode is "layout": cleaning then re-joins them from the text alone.
    """
    return join_page(lines)[:3]


def join_page(lines: list[PdfLine], document: list[float] | None = None,
              lefts: list[float] | None = None) -> tuple[str, str, bool, bool]:
    """`join_lines` and `_starts_indented` of the same lines at once (their body size and text
    block found once): -> (text, line-break mode, page continues, first body line indented).

    (s21-layout) `document`: the right edges of the document's earlier pages of text (each page with FULL_PAGE_LINES
    long body lines appends its own). A page of short lines (a table's last rows, an attachment's list) takes its right edge from its own
    longest lines, which its short lines then all reach; the document's text block (the median of the earlier pages'
    edges) is the page's right edge when it lies further right (a wider page, landscape, keeps its own).

    (s34-pdf) `lefts`: the left edges of the same pages. A page whose long rows all open a paragraph (a table's page
    with a note and a 版记 under the table: `注：列第一位者为牵头单位…。` / `某某人民政府办公室`) finds its left edge two
    characters in, where GB/T 9704 indents; when the document's left edge lies that far left of the page's own, it is
    the page's left edge, and the row under a full row that starts there is no wrapped one."""
    if not lines:
        return "", "layout", False, False
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2 and not ln.fixed]
    if len(sized) < 3:
        # (s21b-pdftab) a page of table rows: its lines are the rows
        mode = "paragraph" if any(ln.fixed for ln in lines) else "layout"
        return "\n".join(ln.text for ln in lines), mode, False, False
    body = _body_size(sized)
    body_lines = [ln for ln in sized if abs(ln.size - body) < 0.5]
    long_lines = [ln for ln in body_lines if len(ln.text) >= 10]
    left = min(ln.x0 for ln in long_lines or body_lines)
    if lefts is not None:
        own_left = left
        if lefts and 1.5 * body <= left - statistics.median_low(lefts) <= 2.5 * body:
            left = statistics.median_low(lefts)
        if len(long_lines) >= FULL_PAGE_LINES:
            lefts.append(own_left)
    # (_starts_indented measures from the long lines' left edge, or from 0 when there are none)
    indented = body_lines[0].x0 > (left if long_lines else 0) + 0.5 * body
    rights = sorted(ln.x1 for ln in long_lines or body_lines)
    right = rights[int(len(rights) * 0.9) - 1 if len(rights) > 1 else 0]
    if document is not None:
        own = right
        if document:
            right = max(right, statistics.median_low(document))
        if len(long_lines) >= FULL_PAGE_LINES:
            document.append(own)  # a page of text (a table's pages, of short cells, would pull the edge in)
    # `_continues` of each pair of lines, its bounds computed once for the page; a paragraph's
    # lines are kept as pieces and joined once (`_glue`: a space between two Latin letters)
    margin, new_line, big = right - 1.5 * body, left + 0.5 * body, body * 1.15
    # (s21-layout) a line the page's width broke spans the text block (GB/T 9704: 28 characters; narrow columns ~20);
    # a page of short rows (a table's continuation: `以那镇 9/0.95 7/0.72`) has its 90th-percentile edge at the rows'
    # own end, which they all reach, and a table's last cell (`各县（市）区政府`) ends at the margin too: a line
    # narrower than MIN_WRAP_CHARS characters is never a wrapped one
    full = MIN_WRAP_CHARS * body
    out: list[str] = []
    prev = lines[0]
    para = [prev.text]
    tail = prev.text[-1:]  # the paragraph's last character so far
    start = prev.x0  # (s21-layout) where prev's row of print starts (a row the text layer cut in two: `…"链长制"` / `，由`)
    for nxt in lines[1:]:
        joined = False
        if prev.fixed or nxt.fixed:
            pass  # (s21b-pdftab) a table row stands alone
        elif prev.size > 0 and nxt.size > 0:
            if abs(prev.size - body) < 0.5 and abs(nxt.size - body) < 0.5:
                # Runs to the right margin (hanging punctuation may go past it) and the next
                # line is not indented: the writer did not end the paragraph here, the line
                # width did.
                # (s29-layout) A centred row that reaches the margins (a title set in body type by a tool other than
                # Word, `…关于印发《…菜市场建` / `设和…的通知`, as far in from the right as from the left) is no wrapped
                # row of a paragraph: the addressee under it starts its own line.
                joined = (prev.x1 >= margin and nxt.x0 <= new_line and prev.x1 - start >= full
                          and not _centred(start, prev.x1, left, right, body)
                          and not nxt.text.lstrip().startswith(RECORD_OPENS)) or (_centred_block(
                    prev, start, nxt, left, right, margin, body, full) and not _opens_field(para[0]))
            else:
                # Display type (titles): the same larger size on consecutive lines, no sentence end.
                joined = (prev.size > big and abs(prev.size - nxt.size) < 0.5 and not prev.text.endswith(SENTENCE_END)
                          and not _heading_below_title(nxt.text))
            if joined and (NUMBERING_START.match(nxt.text.lstrip()) or DASH_ITEM.match(nxt.text)
                           or ATTACHMENT_LABEL.match(nxt.text)) and (
                    prev.text.rstrip().endswith(SENTENCE_END) or _closed_without_stop("".join(para))):
                # A numbered heading after a sentence end starts a paragraph, also in PDFs whose
                # paragraphs are not indented (tools other than Word, WPS or LibreOffice).
                joined = False
            if joined and _next_table_row("".join(para), nxt.text):
                joined = False
            if joined and (_opens_field(nxt.text)  # (the paragraph is joined only when its row may end one)
                           or ((_furniture_row(nxt, margin) or _furniture_above(para, nxt.text))
                               and not _runs_on(para, prev.text, nxt.text))
                           or (prev.text.rstrip()[-1:] in "。：:" and _is_addressee("".join(para)))
                           or (nxt.text.lstrip()[:1] == "各" and _closed_field(para))):
                joined = False
        text = nxt.text
        if joined:
            if tail.isascii() and tail.isalnum() and text[:1].isascii() and text[:1].isalpha():
                para.append(" ")  # (s40c-pdfclean) also a number and its Latin unit: see WRAP_DIGIT_LETTER
            elif tail in ISSUER_LAST and "关于" in text[:160] and _joint_issuers_cut("".join(para[-8:]), text):
                para.append(" ")
            para.append(text)
            if text:
                tail = text[-1]
        else:
            out.append("".join(para))
            para = [text]
            tail = text[-1:]
        # the next line goes on the same row of print when it starts where this one ends
        start = start if abs(nxt.x0 - prev.x1) < 0.5 * body and abs(nxt.size - prev.size) < 0.5 else nxt.x0
        prev = nxt
    out.append("".join(para))
    # The page's last body line runs to the margin: its paragraph goes on on the next page.
    # (A right-aligned signature line also ends at the margin, but does not start near the left.)
    last = body_lines[-1]
    continues = (last.x1 >= right - 1.5 * body and last.x0 <= left + 2.5 * body
                 and not last.text.endswith(tuple("。！？")))
    return "\n".join(out), "paragraph", continues, indented


# (s39-twins) The label of a notice's attachments, or of a web page's list of attached files (`附件：`, `附件2`, `相关附件：
# …实施方案.pdf`): after a row that ends in a sentence end it opens a line, as a numbered heading does, also in a PDF
# whose paragraphs are not indented
ATTACHMENT_LABEL = re.compile(r"^[ \t\u3000]*(?:相关)?附[ \t\u3000]*件[ \t\u3000]*(?:[：:]|\d{1,2}(?!\d)|[一二三四五六七八九十]{1,2}(?![一二三四五六七八九十]))")


# (s34-pdf) A page break after a sentence end inside a paragraph (`…为成员。` at the foot of one page, `领导小组办公室设在…`
# at the head of the next): a document whose paragraphs open indented (GB/T 9704: two characters) shows it by the
# next page's first row, which starts at the left edge as the rows a line width broke do. A page counts as one that
# indents when INDENTED_OPENS of its body rows start about two characters in.
INDENTED_OPENS = 2
PAGE_OPENS_NEW = re.compile(r"^(?:附件|附表|抄送|抄报|印发|主送)")


def _text_block(lines: list[PdfLine]):
    """(body size, left edge, right edge, body rows) of a page's lines, as `join_page` finds them without the
    document's edges; None for a page of fewer than three sized lines."""
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2 and not ln.fixed]
    if len(sized) < 3:
        return None
    body = _body_size(sized)
    body_lines = [ln for ln in sized if abs(ln.size - body) < 0.5]
    long_lines = [ln for ln in body_lines if len(ln.text) >= 10]
    if not long_lines:
        return None
    rights = sorted(ln.x1 for ln in long_lines)
    return body, min(ln.x0 for ln in long_lines), rights[int(len(rights) * 0.9) - 1 if len(rights) > 1 else 0], body_lines


def ends_full_at_stop(lines: list[PdfLine]) -> bool:
    """(s34-pdf) The page's last body row is a wrapped row (from the left edge) that fills the line and ends in a
    sentence end, on a page whose paragraphs open indented: its paragraph may go on on the next page
    (`opens_at_left` of that page decides)."""
    block = _text_block(lines)
    if block is None:
        return False
    body, left, right, body_lines = block
    last = body_lines[-1]
    if not (last.text.rstrip().endswith(tuple("。！？")) and last.x1 >= right - 1.5 * body and last.x0 <= left + 0.5 * body
            and len(last.text) >= MIN_WRAP_CHARS):
        return False
    opens = sum(1 for ln in body_lines if 1.5 * body <= ln.x0 - left <= 2.5 * body)
    return opens >= INDENTED_OPENS


def opens_at_left(lines: list[PdfLine]) -> bool:
    """(s34-pdf) The page's first row is a body row at the left edge, no numbered heading and no attachment or 版记
    label: the rest of a paragraph the page before broke (see `ends_full_at_stop`)."""
    block = _text_block(lines)
    if block is None or not lines:
        return False
    body, left, _right, _rows = block
    first = lines[0]
    text = first.text.lstrip()
    return (not first.fixed and abs(first.size - body) < 0.5 and first.x0 <= left + 0.5 * body
            and not NUMBERING_START.match(text) and not PAGE_OPENS_NEW.match(text))


# (s21-layout) An attachment's title in display type, then its first part's heading set in the same type
# (`…准入标准` / `第一部分：一类门诊特定病种`, `…实施方案` / `一、总体要求`): the heading is no second title line.
PART_HEADING = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|篇|编)")


def _heading_below_title(text: str) -> bool:
    text = text.lstrip()
    return bool(NUMBERING_START.match(text) or PART_HEADING.match(text))


def _centred(x0: float, x1: float, left: float, right: float, body: float) -> bool:
    """(s29-layout) A row set in from the left by half a character or more, and as far in from the right."""
    inset = x0 - left
    return inset >= 0.5 * body and abs(inset - (right - x1)) < 0.5 * body


# (s35-layout) A bracketed note under a title (题注 `（2019年5月20日市政府第30次常务会议通过）`): a line of its own
TITLE_NOTE = re.compile(r"^[（(][^）)]*日")


def _centred_block(prev: PdfLine, start: float, nxt: PdfLine, left: float, right: float, margin: float, body: float,
                   full: float) -> bool:
    """(s35-layout) A title set in body type and centred (a tool other than Word, `make_pdfs.py --body-title`) whose
    first row fills the line, as far in from the left as from the right, and whose rest is a centred row under it
    (`…三年行动实施方案（2020—2022` / `年）`): one title, as the text has it (its years are the plan's period). A
    numbered heading, a part's heading or a bracketed note with a day under the title start their own line.
    (s35-twins) A web page's metadata field that fills the row (`名　　称：某省人民政府关于…的实施意见`) is no title's first
    row: the centred title under it starts its own line (the caller asks)."""
    text = nxt.text.lstrip()
    return (prev.x1 >= margin and prev.x1 - start >= full and abs((start - left) - (right - prev.x1)) < 0.5 * body
            and _centred(nxt.x0, nxt.x1, left, right, body) and not prev.text.rstrip().endswith(SENTENCE_END)
            and not (NUMBERING_START.match(text) or PART_HEADING.match(text) or TITLE_NOTE.match(text)))


def _closed_without_stop(para: str) -> bool:
    """(s29-layout) A paragraph that is complete without a sentence end: a bracketed note (`（…发布）`), an
    assignment line (`责任单位：…`)."""
    para = para.strip()
    return (para[:1] in "（(" and para[-1:] in "）)") or bool(ASSIGNMENT_LINE.match(para))


def _opens_field(text: str) -> bool:
    """(s29-layout) The line opens a web page's metadata field or location line (FIELD_OPENS), in either script."""
    head = to_simplified(text.lstrip()[:16])
    if FIELD_OPENS.match(head):
        return True
    m = WEB_LABEL.match(head)
    return bool(m) and m.group().rstrip()[-1:] in "】]：:"


def _closed_field(para: list[str]) -> bool:
    """(s30-layout) The paragraph so far is a web page's metadata row (`发布日期：2025-03-20  主题分类：城乡建设、环境保护`)
    whose last value is complete (no `、`, `，` or open bracket at its end): the 主送机关 (`各街道办事处、…：`) under it
    starts its own line, however far the row ran to the right."""
    text = "".join(para).strip()
    return text[-1:] not in "、，,（(《“" and _opens_field(text)


def _furniture_row(line: PdfLine, margin: float) -> bool:
    """(s30-layout) A web page's publishing or chrome line printed under the notice's title (`日期：2024-04-16  来源：…
    【打印】【关闭】`, `发布时间：… 浏览次数：…`), in either script: a whole row of its own (it ends short of the margin and
    holds no sentence), never the second row of the title above it, however far that row runs to the right (a title set
    in body type fills the row as a wrapped line does)."""
    text = line.text.strip()
    if line.x1 >= margin or "。" in text or "，" in text or len(text) > 80:
        return False
    return is_web_furniture(to_simplified(text))


# (s31-layout2) The separators of a location line's path (`首页 > 政务公开 > 政府文件`, `首页»信息公开`, `首页/政策`): a row
# that holds one goes on with the path
PATH_STEP = re.compile(r"[>＞»›→/／]")
# (s37-twins) A web page's location path without its label (`雷山县人民政府门户网站 > 乡镇动态 > 西江镇 > 通知公告`): three
# steps or more, each a short name, joined by arrows (a slash, which rates and fractions use, is no sign of one alone)
LOCATION_PATH = re.compile(r"^[^。，；：>＞»›→]{2,24}(?:\s*[>＞»›→]\s*[^。，；：>＞»›→]{1,24}){2,}$")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _furniture_above(para: list[str], text: str) -> bool:
    """(s31-layout2) The paragraph so far is a web page's location or publishing line (`您當前的位置：首頁 > 政務公開 >
    縣政府辦文件`, `发布时间：… 来源：…`), in either script, and the next row is none: the row under it starts its own
    line, however far the furniture ran to the right (a title set in body type fills its first row from the left
    margin as a wrapped row does). (s37-twins) A location path with no label is furniture too (`LOCATION_PATH`): a title
    set in body type and centred under it is not its second row. A row that goes on with the path (`> 规范性文件`), is furniture itself
    (`浏览次数：312`) or is a short rest (`办公室`, a name the row cut) stays joined."""
    head = "".join(para).strip()
    if not head or "。" in head or len(head) > 150:
        return False
    if not (FIELD_OPENS.match(to_simplified(head[:16])) or is_web_furniture(to_simplified(head))
            or LOCATION_PATH.match(head)):
        return False
    text = to_simplified(text.strip())
    # ((s35-layout) a row of digits that finishes the furniture's number, `…苏公网安备` / `32021302000571 号`, is its rest:
    # a title's row is words)
    return (len(text) >= MIN_WRAP_CHARS and len(HAN.findall(text)) >= 4
            and not (PATH_STEP.search(text) or is_web_furniture(text)))


# (s34-pdf) What a row of web furniture starts with when its text follows on from the row above (`国妇联等按职责分工负责）
# 【我要打印】【关闭窗口】`): the part before its first bracketed button
_BUTTON = re.compile(r"[【\[]")


def _runs_on(para: list[str], prev: str, text: str) -> bool:
    """(s34-pdf) The row break that the page width made cut a word or a sentence which the next row finishes, though
    that row, or the one above, is web furniture: the rows are one line.
    * A furniture word cut in two (`…16:32 浏` / `览次数：1086`, `…号 粤公网` / `安备4401…号`, `【字` / `体：大 中 小】`): the
      rows' seam is furniture where neither side is.
    * A paragraph of the notice (it holds a sentence, `。`) whose last row stops inside a sentence, and a next row
      that opens with words of the notice before its buttons (`…共青团中央、全` / `国妇联等按职责分工负责）【我要打印】`): a
      web copy that printed its buttons right after the last paragraph. A title has no `。`, so a furniture row under a
      title still starts its own line."""
    head = to_simplified("".join(para).rstrip()[-8:])
    tail = to_simplified(text.lstrip()[:8])
    if head and tail and is_web_furniture(head + tail) and not is_web_furniture(head) and not is_web_furniture(tail):
        return True
    if "。" not in "".join(para) or prev.rstrip()[-1:] in SENTENCE_END + ("。", "！", "？"):
        return False
    lead = _BUTTON.split(text.lstrip(), maxsplit=1)[0].strip()
    return len(lead) >= 2 and not is_web_furniture(to_simplified(lead))


def _last_sentence(para: str) -> str:
    """The paragraph's last sentence with its stop (`…印发了《…》。《…》全文如下。` -> `《…》全文如下。`)."""
    k = max(para.rfind(stop, 0, len(para) - 1) for stop in "。！？")
    return para[k + 1:]


def _is_addressee(para: str) -> bool:
    """(s29-layout) The paragraph so far is a 主送机关 line (`各市、县人民政府，省政府各部门：`): GB/T 9704 sets it on a line
    of its own, and the body starts on the next row even where the addressee's last row reaches the margin. So does a
    news copy's line announcing the document under it (`《…实施意见》全文如下。`, layout.FULL_TEXT_FOLLOWS)."""
    para = para.strip()
    if para[-1:] in "。：:" and FULL_TEXT_FOLLOWS.match(_last_sentence(para)):
        return True
    # (s36b-twins) the addressee's colon stands outside every bracket: a row that stops inside one (`各村（社区）…任务（2016—
    # 2018年合计，单位：` / `亩）：`, a note on the unit cut by the line width) goes on under it
    if para.count("（") + para.count("(") > para.count("）") + para.count(")"):
        return False
    return "各" in para and bool(ADDRESSEE.match(para)) and not NOT_ADDRESSEE.search(para)


def _body_size(sized: list[PdfLine]) -> float:
    """The body type size: `statistics.median_high` of the sizes, each line's counted once per
    character (at most 50), found from the distinct sizes and their weights instead of a list
    of every character's size."""
    weights: dict[float, int] = {}
    for ln in sized:
        weights[ln.size] = weights.get(ln.size, 0) + min(len(ln.text), 50)
    if any(size != size for size in weights):  # NaN: sorted() has no order for it, keep its way
        return statistics.median_high([ln.size for ln in sized for _ in range(min(len(ln.text), 50))])
    index = sum(weights.values()) // 2  # median_high: sorted(data)[len(data) // 2]
    for size in sorted(weights):
        index -= weights[size]
        if index < 0:
            return size
    raise statistics.StatisticsError("no median for empty data")


def _starts_indented(lines: list[PdfLine]) -> bool:
    """The first body-size line of the page starts right of the text block's left edge."""
    return join_page(lines)[3]


# (s40c-pdfclean) WRAP_DIGIT_LETTER: a row of print breaks between a number and a Latin word after it (`200` /
# `mg/dl`) only at a space the writer typed there: Unicode's line breaking never cuts a digit from a letter (UAX #14,
# LB23), so the rows join with that space, as two Latin words do.
#
# A cited title of a joint document names its issuers one after another with a space between them (GB/T 9704's joint
# heading, as cited: `《某省教育厅 某省财政厅 某省人力资源和社会保障厅关于…的通知》`): a row that breaks after one
# issuer broke at that space. The title is open (its `《` not closed), nothing of its subject (`关于`) read yet, the
# row ends with an organ's last word, the next opens with another issuer (not with `关于`: a row cut right before the
# subject joins as written) and the issuers before `关于` are spaced on one of the two rows.
ISSUER_LAST = frozenset("局委厅部室府办会署院心")
_ISSUER_END = re.compile(r"(?:局|委员会|委|厅|部|办公室|政府|办|署|院|中心|联合会)$")
_OPEN_TITLE_ISSUERS = re.compile(r"《[^《》\s关]{2,40}(?: [^《》\s关]{2,40})*$")
_ISSUERS_THEN_SUBJECT = re.compile(r"[^《》\s关]{2,40} [^《》\s关][^《》\s]{1,40}?关于")


def _joint_issuers_cut(a: str, b: str) -> bool:
    m = _OPEN_TITLE_ISSUERS.search(a)
    if b.startswith("关于") or m is None or not _ISSUER_END.search(m.group()):
        return False
    return " " in m.group() or _ISSUERS_THEN_SUBJECT.match(b) is not None


def _glue(a: str, b: str) -> str:
    if a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha():
        return a + " " + b
    return a + b
