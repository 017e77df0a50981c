"""Numbered structure of the body: every heading/item at every level, with its path.

Levels are decided by numbering *style*, in the order the styles first appear, as GB/T 9704
prescribes (一、 > （一） > 1. > （1） > ①; 第X章 > 第X条). When a style that is already open
appears again, everything below it closes.
"""
from __future__ import annotations

import re as std_re
import unicodedata

from .. import rx as re

from ..clean import CleanDoc
from ..layout import column_header_run
from ..numbers import cn_to_int
from ..patterns import ARABIC_RPAREN, ENCLOSED_CN_PAREN, ENCLOSED_ITEM, ENCLOSED_PAREN, ENCLOSED_STOP, BARE_TOP_ITEM, DECIMAL_ITEM, GLUED_ITEM, STOPLESS_ITEM, CIRCLED, ARABIC_ITEM, ARABIC_PAREN, ARTICLE, CHAPTER, CIRCLED_ITEM, CN_DIGITS, CN_ITEM, CN_PAREN, EXCERPT_MARK, SECTION
from ..plain import PlainItems
from ..record import Task
from ..scan import FirstCharDispatch, stdlib_twin
from .context import Context

STYLES = (
    ("chapter", CHAPTER),
    ("section", SECTION),
    ("article", ARTICLE),
    ("cn", CN_ITEM),
    ("cn_paren", CN_PAREN),
    ("arabic", ARABIC_ITEM),
    ("arabic_paren", ARABIC_PAREN),
    ("arabic_rparen", ARABIC_RPAREN),
    ("circled", CIRCLED_ITEM),
)
RANK = {style: k for k, (style, _) in enumerate(STYLES)}
HEADING_END = re.compile(r"[。！？]")
_HEADING_END_SCAN = stdlib_twin(HEADING_END)  # (three literal characters: the same matches in the stdlib's engine, speed only)
TRAILING_PUNCT = "。：:；;，,、！？ "


def token_for(style: str, tok: str, raw: str) -> str:
    if style == "circled":
        return tok  # NFKC would turn ① into 1
    tok = unicodedata.normalize("NFKC", tok)
    if style in ("chapter", "section", "article"):
        return unicodedata.normalize("NFKC", raw)
    if style in ("cn_paren", "arabic_paren"):
        return f"({tok})"
    return tok


# The first character of every numbering style (第, a Chinese numeral, a bracket, a digit, ①…⑳):
# a line opening with anything else is not numbered, told by one match instead of eight.
NUMBERING_OPENS = re.compile(r"[第" + CN_DIGITS + r"（(\d" + CIRCLED + "]")


# The styles a line can open with, by its first character (scan.FirstCharDispatch: the same
# first match as trying all of STYLES in order, ~half the tries), each with its pattern's
# `stdlib_twin` (the same matches and groups by the standard library's engine: ~0.3 µs less a
# try, thousands of tries a document; issue 16)
_STYLES_AT = FirstCharDispatch(((style, stdlib_twin(pattern)), pattern) for style, pattern in STYLES)
_NUMBERING_OPENS_SCAN = stdlib_twin(NUMBERING_OPENS)


# (s11) A misprinted article token: a dash glyph (－ U+FF0D, -, ー, ‐) typed for 一 at the end of the numeral
# (`第三十－条` between 第三十条 and 第三十二条, b3 adjudication): read as the intended 一. The glyph is one character
# for one, so offsets and the quote stay as written; only the path token is the intended one.
MISPRINTED_ONE = std_re.compile("^第[〇零一二两三四五六七八九十百千]*[－\\-ー‐](?=[条章节])")


def match_numbering(line: str) -> tuple[str, str, int, int | None] | None:
    """(style, path token, end of the number, ordinal value) for a numbered line."""
    if line[:1] == "第" and (m := MISPRINTED_ONE.match(line)) is not None:
        line = line[:m.end() - 1] + "一" + line[m.end():]
    if not _NUMBERING_OPENS_SCAN.match(line):  # (a word processor's one-character numbers open otherwise)
        return _enclosed_numbering(line) if line[:1] in ENCLOSED_FIRST else None
    for (style, pattern), _ in _STYLES_AT(line):
        m = pattern.match(line)
        if m:
            if style == "article" and _article_cited(line, m.end()):
                return None
            raw, tok = m.group(0, "tok")
            token, value = _token_and_ordinal(style, tok, raw.strip().rstrip("、．.，"))
            return style, token, m.end(), value
    return _spaced_article(line) if line[1:2] in ARTICLE_SPACE else None


_TOKEN_MEMO: dict[tuple[str, str, str], tuple[str, int | None]] = {}


def _token_and_ordinal(style: str, tok: str, raw: str) -> tuple[str, int | None]:
    """(token_for(style, tok, raw), ordinal(tok)), kept per (style, tok, raw): a document numbers its items with
    the same few numerals again and again (speed only: both are functions of their arguments alone)."""
    key = (style, tok, raw)
    hit = _TOKEN_MEMO.get(key)
    if hit is None:
        if len(_TOKEN_MEMO) >= 4096:
            _TOKEN_MEMO.clear()
        hit = _TOKEN_MEMO[key] = (token_for(style, tok, raw), ordinal(tok))
    return hit


# Numerals listed with 、 before a measure word (`二、三产业`, `一、二级`, `三、四线城市`, `一、二、三类`): a
# line broken inside a sentence, not a heading `二、`. Prefilter: a Chinese numeral right after the 、.
NUMERAL_RUN = re.compile(r"^(?P<a>[一二三四五六七八九十]{1,2})、(?P<b>[一二三四五六七八九十]{1,2})(?:、[一二三四五六七八九十]{1,2})*"
                         r"(?:级|类|等|产|线|档|星|批|季度|号|甲|个百分点)")


def _numerals_in_broken_line(lines, index: int, found) -> bool:
    """`…推动服务业与` / `二、三产业深度融合…`: consecutive numerals listed with 、 before a measure word,
    on a line whose line above stops mid-sentence (no end mark, not numbered itself). A heading
    `七、二级以上医院…` (numerals not consecutive) or after a sentence end stays a heading."""
    text = lines[index].text
    if index == 0 or text[found[2]:found[2] + 1] not in CN_DIGITS:
        return False
    m = NUMERAL_RUN.match(text)
    if not m or cn_to_int(m.group("b")) != cn_to_int(m.group("a")) + 1:
        return False
    above = lines[index - 1].text.rstrip()
    return bool(above) and above[-1] not in "。；;！？：:）)" and match_numbering(above) is None


# What follows an article number cited in running text (`…依照《条例》` / `第三条规定的比例…`, a line
# broken before the citation): never the opening of an article's own text.
ARTICLE_CITED = re.compile(r"规定的|的规定|第[一二三四五六七八九十\d]{1,3}款|(?:和|及|或者?|至|到)第")


def _article_cited(line: str, end: int) -> bool:
    """Is the `第X条` that opens `line` a citation of an article carried on from the line above?"""
    return line[end:end + 1] in "规的第和及或至到" and ARTICLE_CITED.match(line, end) is not None


# `第 一 章　总 则`, `第 十 二 条　…`: a number spaced out character by character (a copy laid out for
# print, a law collection's older records). Prefilter: a space right after 第.
SPACED_NUMBER = re.compile(r"^第(?:[ \u3000]+[" + CN_DIGITS + r"]){1,5}[ \u3000]+[章节条]")


def _spaced_article(line: str) -> tuple[str, str, int, int | None] | None:
    """The chapter, section or article number of `line` written with spaces between its characters:
    read without them; its token as if written unspaced (`第一章`)."""
    m = SPACED_NUMBER.match(line)
    if not m:
        return None
    joined = re.sub(r"[ \u3000]", "", m.group(0))
    for style in ("chapter", "section", "article"):
        n = STYLES[RANK[style]][1].match(joined)
        if n and n.end() == len(joined):
            return style, token_for(style, n.group("tok"), joined), m.end(), ordinal(n.group("tok"))
    return None


ENCLOSED_FIRST = frozenset(ENCLOSED_CN_PAREN + ENCLOSED_PAREN + ENCLOSED_STOP)


def _enclosed_numbering(line: str) -> tuple[str, str, int, int | None] | None:
    """`㈠` is （一）, `⑴` is （1）, `⒈` is 1. (a word processor's list numbers, one character each)."""
    m = ENCLOSED_ITEM.match(line)
    if not m:
        return None
    ch = m.group("tok")
    end = m.end() + len(line[m.end():]) - len(line[m.end():].lstrip("、．. \t\u3000"))
    if ch in ENCLOSED_CN_PAREN:
        value = ENCLOSED_CN_PAREN.index(ch) + 1
        return "cn_paren", f"({'一二三四五六七八九十'[value - 1]})", end, value
    if ch in ENCLOSED_PAREN:
        value = ENCLOSED_PAREN.index(ch) + 1
        return "arabic_paren", f"({value})", end, value
    value = ENCLOSED_STOP.index(ch) + 1
    return "arabic", str(value), end, value


def ordinal(tok: str) -> int | None:
    tok = unicodedata.normalize("NFKC", tok) if tok not in CIRCLED else tok
    if tok in CIRCLED:
        return CIRCLED.index(tok) + 1
    if tok.isdigit():
        return int(tok)
    return cn_to_int(tok)


def _in_table(text: str) -> bool:
    """Rows of a table (Markdown pipes, tab-separated cells) never hold tasks."""
    return "|" in text or "\t" in text


# (s8 second wave) A contact list's row (`1.县农业农村局　张某　0931-1234567`, `（二）市教育局 王某 13812345678`): cells
# apart by white space, no colon, a telephone number last. A table copied as lines (spec section 4: table rows are
# not tasks); an item that names its contact in a sentence (`（三）联系方式：…电话：…`) holds a colon and stays.
PHONE_ROW = re.compile(r"[^：:。；;]*\S[ \t\u3000]+[^：:。；;]*?(?:[(（]?0\d{2,3}[)）]?[-－—]?\d{7,8}|1[3-9]\d{9})"
                       r"(?:[ \t\u3000、，,/]+(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9}))*[ \t\u3000]*$")


# (s8 second wave) A row of an indicator table copied as a line of cells (`1　农村集中供水率（%）　85　90　预期性`): two
# numbers side by side apart by white space only (or a percent sign: the clean text drops the space after it), or a plan's indicator attribute (约束性/预期性) last, in a line
# without a sentence's punctuation. Table rows are not tasks (spec section 4).
CELL_ROW = re.compile(r"\d[%％‰]?[ \t\u3000]+[-—+＋]?\d|\d[%％‰][-—+＋]?\d|(?:约束性|预期性)[ \t\u3000]*$")


# (s8 second wave) A web page's download link (`1.某市民营企业申报表.docx`, `（二）承诺书.pdf`): a file name, no task.
FILE_LINK = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|7z)[ \t\u3000]*$", re.IGNORECASE)


_SENTENCE_PUNCT = std_re.compile("[。，,；;：:]")  # (one C scan instead of seven `in` tests: speed only)


def _cells_row(text: str, at: int) -> bool:
    return (_SENTENCE_PUNCT.search(text) is None and _cell_chars(text)
            and CELL_ROW.search(text, at) is not None)


# (s25-tg) The same row with a last cell listing organs (`1 细颗粒物（PM2.5）年均浓度（微克/立方米） 43 38以下 约束性 市环保局，
# 各市、区政府`, a 责任单位 column): the list's `，`/`、` are no sentence's; the row before that cell is tested as above.
TRAILING_LIST_CELL = re.compile(r"[ \t\u3000]+[^\s，,、；;。：:]{2,30}(?:[，,、][^\s，,、；;。：:]{2,30})+[ \t\u3000]*$")


def _listed_cell_row(text: str, at: int) -> bool:
    if "、" not in text and "，" not in text and "," not in text:
        return False
    m = TRAILING_LIST_CELL.search(text, at)
    return m is not None and _cells_row(text[:m.start()], at)


def _spaced(text: str) -> bool:
    return " " in text or "\u3000" in text or "\t" in text


def _cell_chars(text: str) -> bool:
    """(speed only) A necessary part of every CELL_ROW match: white space ([ \\t\\u3000]+ of the first
    alternative), a percent sign ([%％‰] of the second) or the 性 of 约束性/预期性 (the third)."""
    return _spaced(text) or "%" in text or "％" in text or "‰" in text or "性" in text


# (speed only) Necessary parts, so the row checks run only on lines that can match:
# every PHONE_ROW match ends in a number whose last part is \d{7,8} (`0\d{2,3}…\d{7,8}`) or `1[3-9]\d{9}`, so the
# line holds seven digits in a row (\d of the same `regex` engine, tried once); every FILE_LINK match holds a
# full stop `.` (IGNORECASE folds letters, not `\.`). _row_checks(text, at) == the ungated test (tests/test_speed_gates.py).
_PHONE_NEED = re.compile(r"\d{7}")


def _row_checks(text: str, at: int) -> bool:
    # (PHONE_ROW also holds white space [ \t\u3000]+ between its cells: tested first, with `in`)
    return bool((_spaced(text) and _PHONE_NEED.search(text) is not None and PHONE_ROW.match(text, at))
                or _cells_row(text, at) or _listed_cell_row(text, at)
                or ("." in text and FILE_LINK.search(text) is not None))


def extract_tasks(doc: CleanDoc, ctx: Context) -> list[Task]:
    layout = ctx.layout
    tasks: list[Task] = []
    stack: list[tuple[str, str, int | None]] = []  # (style, token, value) from the top down
    last_value: dict[str, int] = {}  # last accepted value of each style, anywhere
    # A second transmitted document (§2) or an attachment (附件1) restarts the numbering.
    restarts = sorted([(pos, f"§{i + 2}") for i, pos in enumerate(layout.document_starts)]
                      + list(layout.attachment_starts))
    prefix = ""
    skip = layout.attachment_list
    stopless = [(i, int(m.group("tok"))) for i, ln in enumerate(layout.lines)
                if ln.text[:1] in NONZERO_DIGITS and (m := stdlib_twin(STOPLESS_ITEM).match(ln.text)) and not match_numbering(ln.text)]
    stopless_at = {i: k for k, (i, _) in enumerate(stopless)}  # line index -> position in the run list
    in_table = False
    parts = _parts_are_tokens(layout)
    contents = _contents_span(layout)
    # rows of a task-division table (a 序号 / 任务 / 牵头单位… header, rows below) are not tasks, also in an
    # attachment whose title names no table (spec section 4; docs/decisions/assignments-s8.md)
    role_tables = [(t.start, t.end) for t in ctx.task_tables(doc.text) if t.rows]
    note = None  # (lines left, style, last number) of the numbered notes under a table (`注：` alone on its line)
    box = None  # (styles open when a 专栏 box began, styles it numbers its rows in, lines left): its own numbering is no task
    omitted: set[str] | None = None  # styles that jumped since an omission mark (`……`, `（略）`); None: no omission open
    excerpt = _is_excerpt(layout)
    for index, line in enumerate(layout.lines):
        if line.start < layout.body_start or line.start >= layout.body_end:
            continue
        if _in_table(line.text):
            if line.text[:1] in TABLE_HEADER_OPENS and _flattened_below(line.text, layout.lines, index, layout.body_end):
                in_table = True  # (s18) the rows under a table's header lost their cells: they are rows still
            continue
        if contents and contents[0] <= line.start < contents[1]:
            continue  # a 目录 lists the chapters; the chapters themselves come after it
        if skip and skip[0] <= line.start < skip[1]:
            continue  # the body's list of attachments names them; it holds no task
        if layout.table_spans and any(a <= line.start < b for a, b in layout.table_spans):
            continue  # rows of a table attachment are not tasks (spec section 4)
        if role_tables and any(a <= line.start < b for a, b in role_tables):
            continue
        while restarts and line.start >= restarts[0][0]:
            prefix = restarts.pop(0)[1] + "/"
            stack, last_value, in_table, omitted = [], {}, False, None
        if line.text[:1] in OMISSION_OPENS and stdlib_twin(OMISSION_LINE).match(line.text):
            omitted = set()  # an excerpt's omission: the parts left out take their numbers with them
            continue
        omits = line.text[-1:] in OMISSION_ENDS and OMISSION_AFTER.search(line.text) is not None
        found = (parts and _part_heading(line.text)) or match_numbering(line.text)
        if not found and not _opens_with_han(line.text):  # (the other item shapes open with a digit)
            found = (_decimal_item(line.text, stack, layout.lines, index)
                     or _glued_item(line.text, stack, last_value, layout.lines, index)
                     or _stopless_item(index, line.text, stopless, stopless_at, stack, last_value))
        if found and found[0] == "cn" and _numerals_in_broken_line(layout.lines, index, found):
            found = None
        if found and found[0] == "circled" and _footnote(layout.lines, index, layout.body_start):
            continue  # (s10) a footnote under the text its mark is glued to (`增加值①达到…` / `① 按…口径测算。`)
        if found and len(line.text) <= 150 and _row_checks(line.text, found[2]):
            continue
        if line.text[:1] in TABLE_HEADER_OPENS and TABLE_HEADER.match(line.text):
            in_table = True  # a table copied one cell per line under its 序号 header cell
            continue
        if not found and len(line.text) <= 12 and column_header_run(layout.lines, index):
            in_table = True  # (s11) a header row without 序号 (`指标` / `单位` / `2025年` / `属性`), one cell per line
            continue
        if line.text[:1] in "注备说" and NOTE_TITLE.match(line.text):
            note = (NOTE_MAX_LINES, None, 0)
            continue
        if note is not None:
            note = _note_goes_on(note, found)
            if note is not None and found:
                continue
        if line.text[:2] == "专栏" and stack and BOX_TITLE.match(line.text):
            box = ({s for s, _, _ in stack}, set(), BOX_MAX_LINES)
            continue
        if box is not None:
            box = _box_goes_on(box, found, stack, last_value)
            if box is not None:
                continue
        if in_table:
            if not (found and _next_of_open_list(found, stack)):
                continue  # numbering inside a table's cells is not a task (spec section 4)
            in_table = False
        at = 0
        if not found and not stack and ("：" in line.text or "。一" in line.text):
            found = _list_after_colon(line.text, layout.lines, index, layout.body_end)
            if found is not None:
                offset, found = found
                _push(tasks, stack, last_value, prefix, found, line.text[offset:], line.start + offset, offset)
                at, found = offset + found[2], None
                at = _glued_child(tasks, stack, last_value, prefix, line, at, layout.lines, index)
        if found and (_in_sequence(found[0], found[3], stack, last_value)
                      or _after_omission(found, omitted, stack, last_value)
                      # (s33-layout) a copy marked an excerpt (`（节选）`) leaves parts out without a mark: each number
                      # that runs ahead of its list is kept as written, as after an omission line
                      or (excerpt and found[0] not in ("chapter", "section", "article")
                          and _after_omission(found, set(), stack, last_value))
                      or _resynchronises(found, index, layout, stack, last_value)):
            cut = _article_after_heading(line.text, found, last_value) if found[0] in ("chapter", "section") else None
            _push(tasks, stack, last_value, prefix, found, line.text[:cut].rstrip() if cut else line.text, line.start, 0)
            at = found[2]
            if not tasks[-1].heading and index + 1 < len(layout.lines):
                _heading_below(tasks[-1], layout.lines[index + 1], layout.body_end)
            if cut:  # `第一章　总　则　第一条　为了…`: the chapter's first article on its line
                article = match_numbering(line.text[cut:])
                _push(tasks, stack, last_value, prefix, article, line.text[cut:], line.start + cut, cut)
                at = cut + article[2]
        if at:
            at = _glued_child(tasks, stack, last_value, prefix, line, at, layout.lines, index)
        # headings run into the paragraph before them (`…配置信息。四、生产企业不得…`)
        while (run := _run_in_heading(line.text, at, stack, last_value)) is not None:
            offset, found = run
            before = tasks[-1] if tasks else None
            at = _push_run_in(tasks, stack, last_value, prefix, found, line, offset)
            if before is not None and before.span[0] < line.start + offset < before.span[1]:
                _cut_before_next(before, line.start + offset)
            at = _glued_child(tasks, stack, last_value, prefix, line, at, layout.lines, index)
        if at and ("（1）" in line.text or "(1)" in line.text or "①" in line.text
                   or "（一）" in line.text or "(一)" in line.text or _inline_arabic(line.text)):
            for offset, cut, found in _inline_items(line.text, at, stack, INLINE_STYLES):
                _push(tasks, stack, last_value, prefix, found, line.text[offset:cut], line.start + offset, offset)
        elif not at and not stack and not tasks and TOP_INLINE_HINT.search(line.text) \
                and _no_numbered_line_after(layout, index):
            for offset, cut, found in _inline_items(line.text, 0, [("part", "", None)], TOP_INLINE_STYLES):
                _push(tasks, stack, last_value, prefix, found, line.text[offset:cut], line.start + offset, offset)
        if omits:
            omitted = set()
    for task in tasks:
        if (" " in task.heading or "\u3000" in task.heading) and doc.text[task.span[1]:task.span[1] + 1] in ("。", "！", "？"):
            _cut_at_lost_break(task)  # (the heading ran on to a stop: a paragraph's sentence, not a row's cells)
    return tasks


# (s10) A bare heading whose line break a copy lost but kept as white space (`二、落实防汛责任 各乡镇要落实。`, a
# web copy run together): the heading ends at that gap, a phrase of Han characters with no mark, the gap, then
# the paragraph. A gap inside a heading next to a digit, a quote or a mark (`推进 5G 网络`) is no lost break.
LOST_BREAK = re.compile(r"^(?P<h>\p{Han}[^\s。，,；;：:！？、（）()“”《》\d]{2,28}\p{Han})[ \t\u3000]+(?=\p{Han}\S{3})")


def _cut_at_lost_break(task: Task) -> None:
    m = LOST_BREAK.match(task.heading)
    if m and task.quote.startswith(m.group("h")):
        h = m.group("h")
        task.heading, task.quote = h, h
        task.span = (task.span[0], task.span[0] + len(h))


# An enumeration inside a sentence of a notice that has no numbered item at all (`…符合下列条件之一的，可以申请：
# （一）…；（二）…；（三）…。`): its members are the notice's items, as an item's enumeration gives items one
# level below it (townships-and-records.md); only when no numbered line follows, so it opens no level.
TOP_INLINE_HINT = re.compile(r"[：:]\s*(?:[（(]\s*[1一]\s*[）)]|①)")
TOP_INLINE_STYLES = ("arabic_paren", "circled", "cn_paren")
# Inside an item: `（1）…；（2）…` and `①…；②…`, and `（一）…；（二）…` under an article or a 一、 item (a rule's 项
# run into its 条: `第三条　…按照以下程序办理：（一）…；（二）…。`).
# (and `1．…；2．…` after the colon of a （一） item, s8: the style one level below it)
INLINE_STYLES = ("arabic", "arabic_paren", "circled", "cn_paren")


def _no_numbered_line_after(layout, index: int) -> bool:
    for line in layout.lines[index + 1:]:
        if line.start >= layout.body_end:
            return True
        if match_numbering(line.text) or DECIMAL_ITEM.match(line.text):
            return False
    return True


CONTENTS = re.compile(r"目[ \t\u3000]*录$")


def _contents_span(layout) -> tuple[int, int] | None:
    """A regulation's table of contents (`目　录` then `第一章　总则`, `第二章　…`, one a line, as law
    collections and congress copies print it): from its first entry to the line where that entry
    comes again as the chapter itself. Only chapter, section and part lines may lie between.
    (The 目录 line may have been joined to the line above it, e.g. the adoption note in brackets.)"""
    lines = layout.lines
    for i, line in enumerate(lines):
        if line.start >= layout.body_end or "录" not in line.text or not CONTENTS.search(line.text.rstrip()):
            continue
        first = None
        for j in range(i + 1, min(len(lines), i + 80)):
            entry = lines[j].text.strip()
            if not entry:
                continue
            found = match_numbering(entry)
            if not found or found[0] not in ("chapter", "section") and not stdlib_twin(PART).match(entry):
                return None  # not a list of chapters
            key = re.sub(r"[.…·．—\-\d]+$", "", re.sub(r"[ \t\u3000]+", "", entry))  # (page numbers)
            if first is None:
                first = (key, lines[j].start)
            elif key == first[0]:
                return (first[1], lines[j].start)
        return None
    return _unlabelled_contents(layout)


def _unlabelled_contents(layout) -> tuple[int, int] | None:
    """A table of contents printed without its 目录 line (a collection's copy that dropped it):
    `第一章 总则` directly followed by `第二章 …`, only chapter and section lines until `第一章 总则`
    comes again. Only the body's first chapter line is tried."""
    lines = layout.lines
    for i, line in enumerate(lines):
        if line.start < layout.body_start or line.text[:1] != "第":
            continue
        if line.start >= layout.body_end:
            return None
        found = match_numbering(line.text)
        if not found or found[0] != "chapter":
            continue
        if found[3] != 1:
            return None
        key = re.sub(r"[ \t\u3000]+", "", line.text)
        for j in range(i + 1, min(len(lines), i + 80)):
            entry = match_numbering(lines[j].text)
            if not entry or entry[0] not in ("chapter", "section"):
                return None
            if re.sub(r"[ \t\u3000]+", "", lines[j].text) == key:
                return (line.start, lines[j].start) if j > i + 1 else None
        return None
    return None


# An enumeration inside an item's sentence: `…下列1项特征：（1）肌肉僵直；（2）静止性震颤；（3）姿势不稳。`
# The first number follows a colon, the next ones a semicolon (or a comma or full stop).
INLINE_FIRST = re.compile(r"[：:]\s*(?=[（(]\s*1\s*[）)]|①)")
INLINE_NEXT = re.compile(r"[；;，,。]\s*(?=[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[②-⑳]|\d{1,2}(?:[、．]|\.(?!\d))\p{Han})")
INLINE_FIRST_TOP = re.compile(r"[：:]\s*(?=[（(]\s*[1一]\s*[）)]|①|1(?:[、．]|\.(?!\d))\p{Han})")
INLINE_END = re.compile(r"[；;。！？]")
INLINE_ARABIC_HINT = re.compile(r"[：:]\s*1(?:[、．]|\.(?!\d))\p{Han}")


def _inline_arabic(text: str) -> bool:
    """INLINE_ARABIC_HINT.search(text) is not None, the pattern tried only on a line that holds its
    necessary characters: every match holds the digit `1` and a colon `：` or `:` (speed only)."""
    return "1" in text and ("：" in text or ":" in text) and INLINE_ARABIC_HINT.search(text) is not None


def _inline_items(text: str, at: int, stack: list, styles=("arabic_paren", "circled")) -> list[tuple[int, int, tuple]]:
    """Numbered items enumerated inside the sentence of an item the line opened, as the labelled
    notices count them (a run (1), (2)… or ①, ②… after a colon, each up to its semicolon): one level
    below the item. Returns (offset, end of its heading, numbering) for each, or [] when the
    numbers do not run 1, 2, 3… or the style is not below the open item."""
    m = (INLINE_FIRST if "cn_paren" not in styles else INLINE_FIRST_TOP).search(text, at)
    if not m or not stack:
        return []
    found = match_numbering(text[m.end():])
    if not found or found[0] not in styles or RANK[found[0]] <= RANK.get(stack[-1][0], 99):
        return []
    items, pos, value = [], m.end(), 1
    while True:
        f = match_numbering(text[pos:])
        if not f or f[0] != found[0] or f[3] != value:
            break
        end = INLINE_END.search(text, pos + f[2])
        cut = end.start() if end else len(text)
        items.append((pos, cut, f))
        nxt = INLINE_NEXT.match(text, cut) if end else None
        if not nxt:
            break
        pos, value = nxt.end(), value + 1
    return items if len(items) >= 2 else []


# (s10) A footnote mark: a circled number glued to the word it annotates (`增加值①达到`, `指数②。`), not opening an
# enumeration (after a colon, a semicolon, a stop or a line start, `包括：①…；②…`).
FOOTNOTE_BACK = 30  # lines a footnote may stand below its mark (a PDF page's foot)


def _footnote(lines, index: int, body_start: int) -> bool:
    mark = lines[index].text[:1]
    for line in reversed(lines[max(0, index - FOOTNOTE_BACK):index]):
        if line.start < body_start:
            break
        t = line.text
        k = t.find(mark, 1)
        while k > 0:
            before = t[k - 1]
            if before.isdigit() or before in "%％）)”\"" or ("\u4e00" <= before <= "\u9fff"):
                return True
            k = t.find(mark, k + 1)
    return False


TABLE_HEADER = re.compile(r"^(?:序\s*号|编\s*号)$")
TABLE_HEADER_OPENS = frozenset("序编")
NONZERO_DIGITS = frozenset("123456789")  # what STOPLESS_ITEM opens with


# (s18) A table's header row (`序号 | 重点任务 | 牵头单位 | …`) over rows that lost their cells (a web copy or a
# paste that kept the header's separators only): `（一）提升…` / `1推进…` below are the table's group and row
# numbers, not tasks (spec section 4), until the next item of a list open above the table.
TABLE_HEADER_ROW = re.compile(r"^(?:序\s*号|编\s*号)[ \t\u3000]*[|\t]")


def _flattened_below(text: str, lines: list, index: int, body_end: int) -> bool:
    """A 序号 header row whose next line holds no cell separator."""
    if not TABLE_HEADER_ROW.match(text) or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    return below.start < body_end and not _in_table(below.text)


def _opens_with_han(text: str) -> bool:
    """A line opening with a Chinese character (not a digit: no decimal, glued or stopless item)."""
    return "\u4e00" <= text[:1] <= "\u9fff"

# `第一部分 发展基础`, `第二篇 总体要求`: the parts of a long plan or report.
PART = re.compile(r"^第(?P<tok>[一二三四五六七八九十]{1,3}|\d{1,2})(?P<w>部分|篇)")
RANK["part"] = -1  # above 第X章


def _part_heading(text: str) -> tuple[str, str, int, int | None] | None:
    m = stdlib_twin(PART).match(text)
    if not m:
        return None
    return "part", unicodedata.normalize("NFKC", m.group(0)), m.end(), ordinal(m.group("tok"))


def _parts_are_tokens(layout) -> bool:
    """Parts are path tokens (`第二部分/一`) when the numbering restarts in a later part, as the parts
    of a plan whose every part counts 一、二、… again; when it runs on across the parts (`第二部分`
    then `三、`) the parts are left out (guide T5), so the paths stay `三`."""
    body = [ln for ln in layout.lines if layout.body_start <= ln.start < layout.body_end]
    heads = [i for i, ln in enumerate(body) if ln.text.startswith("第") and stdlib_twin(PART).match(ln.text)]
    if len(heads) < 2:
        return False
    for i in heads[1:]:
        nxt = next((f for ln in body[i + 1:i + 8] if (f := match_numbering(ln.text))), None)
        if nxt is not None:
            return nxt[3] == 1
    return False


def _next_of_open_list(found, stack: list) -> bool:
    """The next item of a list open above the table (`六、` after `五、`), or an item above every open
    one (`第三条`, `一、` where nothing is open): the table has ended."""
    style, _, _, value = found
    siblings = [v for s, _, v in stack if s == style]
    if siblings:
        return value == siblings[0] + 1
    return all(RANK.get(style, 99) < RANK.get(s, -1) for s, _, _ in stack) and style in ("chapter", "section", "article", "cn")


# (s13) An article's bracketed caption (条标): `（适用范围）`, `(职责分工)`, `【立法目的】`, `〔定义〕`, then the end of
# the line or the article's text.
CAPTION_OPEN = "（(【〔["
ARTICLE_SEPS = ("：", ":", ".", "．", "、")
CN_NUMERAL_OR_DIGITS = re.compile(r"[一二三四五六七八九十百零〇\d]+")  # `（一）` after an article opens its first item
ARTICLE_CAPTION = re.compile(r"[（(【〔\[][ \t\u3000]*(?P<c>[^（）()【】〔〕\[\]\s。，,；;：:！？]{1,24}?)[ \t\u3000]*[）)】〕\]]")


def _push(tasks: list[Task], stack: list, last_value: dict[str, int], prefix: str, found, text: str,
          start: int, _offset: int) -> None:
    style, token, end, value = found
    for k, (s, _, _) in enumerate(stack):  # (the first entry of `style`: what styles.index gave)
        if s == style:
            del stack[k:]
            break
    stack.append((style, token, value))
    if value is not None:
        last_value[style] = value
    # `第三条：…` (a colon after the article's number, common in county and web copies) separates like a space
    # (s15b) …and so do a stop or a 、 typed after it (`第二条.`, `第二条．`, `第三条、`: a web or word-processor copy)
    sep = 1 if style == "article" and (text.startswith(ARTICLE_SEPS, end)
                                       and not text.startswith("第", end + 1)) else 0  # (not `in`: "" is in any str)
    rest = text[end + sep:]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    m = _HEADING_END_SCAN.search(rest)
    heading = _trim(rest[: m.start()] if m else rest)
    hs = start + end + sep + lead
    quote = heading
    close = rest[m.end():m.end() + 1] if m else ""
    if close in QUOTE_CLOSE and rest[:m.start()].count(QUOTE_OPEN[close]) > rest[:m.start()].count(close):
        # `（一）落实“放管服。”各地…`: the stop inside the quote ends the heading, the quote is closed
        # (the heading as written without its final stop; the quote keeps the source's characters)
        quote = rest[:m.end() + 1]
        heading = rest[:m.start()].rstrip(TRAILING_PUNCT) + close
    if style == "article" and rest[:1] in CAPTION_OPEN and (c := ARTICLE_CAPTION.match(rest)) is not None \
            and not CN_NUMERAL_OR_DIGITS.fullmatch(c.group("c")):
        # (s13) the article's caption (条标) in brackets after its number (`第三条　（适用范围）`, a local
        # regulation's style; `第一条【立法目的】` in law collections): the caption is the article's title
        heading = quote = c.group("c")
        hs += c.start("c")
    tasks.append(_make_task(prefix + "/".join([t for _, t, _ in stack]), heading, len(stack), quote, (hs, hs + len(quote))))


# Tasks built without re-validation where it would pass the values unchanged (pipeline/plain.py)
_PLAIN_TASKS = PlainItems(Task, ("path", "heading", "level", "quote", "span"), ("一/(二)", "加强组织领导", 2, "加强组织领导", (12, 18)))
_PLAIN_TASK = _PLAIN_TASKS.ok


def _make_task(path: str, heading: str, level: int, quote: str, span: tuple[int, int]) -> Task:
    """Task(path=…, heading=…, level=…, quote=…, span=…) (speed only: ~2 µs less a task, without pydantic's
    validation where the values are ones it passes unchanged; anything else goes through the model)."""
    if _PLAIN_TASK and level >= 1 and 0 <= span[0] <= span[1]:
        return _PLAIN_TASKS.build(path, heading, level, quote, span)
    return Task(path=path, heading=heading, level=level, quote=quote, span=span)


QUOTE_OPEN = {"”": "“", "’": "‘", "」": "「", "』": "『"}
QUOTE_CLOSE = frozenset(QUOTE_OPEN)


def _heading_below(task: Task, below, body_end: int) -> None:
    """A number alone on its line (`（一）`, a PDF that set the number in a box of its own): the heading
    is the next line's text up to its first sentence end, when that line is not numbered itself."""
    if below.start >= body_end or match_numbering(below.text) or _in_table(below.text):
        return
    m = HEADING_END.search(below.text)
    heading = _trim(below.text[: m.start()] if m else below.text)
    if heading:
        task.heading = task.quote = heading
        task.span = (below.start, below.start + len(heading))


def _trim(heading: str) -> str:
    """Final punctuation off, and the stray marks a converted copy leaves after it (`…软件:←`)."""
    return heading.rstrip(TRAILING_PUNCT + "←↔→“").rstrip(TRAILING_PUNCT)


# Where a heading can start inside a line: right after a sentence end (and white space).
# (s8 second wave) A web copy that lost its breaks after an item's responsibility note (`…程序。（责任单位：县司法局）
# （二）强化…`): the note in brackets after the sentence end is skipped (not a number: `（二十）` is no note).
# (s17-assign3) the note in 〔〕 as well (`…奖励。〔责任单位：市工信局〕２２．鼓励…`: the labelled annotation's other bracket,
# corpus/xingning), never a year's 〔2019〕.
RUN_IN_AT = re.compile(r"(?<=[。！？；])[ \t\u3000]*(?:(?:[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（）()\n]{2,60}[）)]"
                       r"|〔(?![\d０-９]+〕)[^〔〕\n]{2,60}〕)[ \t\u3000]*)?"
                       r"[“\"←↔]?(?=第[一二三四五六七八九十百\d]{1,4}[章节条]|[一二三四五六七八九十]{1,3}[、．.]"
                       r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[、．]|\.(?!\d))|[①-⑳]"
                       # (s35-real) `（三）` whose opening bracket a scan or a copy lost (`…本地编码。三)科学设置…`), as CN_PAREN
                       # reads it at a line's start: taken, as every run-in heading, only as the next item of the open list
                       r"|[一二三四五六七八九十]{1,3}[）)](?![）)]))")


# A sentence end, then what RUN_IN_AT allows before a heading number, then the number's first
# character: every RUN_IN_AT match opens right after such a sentence end.
RUN_IN_NEAR = re.compile(r"[。！？；][ \t\u3000]*[“\"←↔]?[第一二三四五六七八九十（(〔\d①-⑳]")
_RUN_IN_NEAR_SCAN = stdlib_twin(RUN_IN_NEAR)  # (the same matches, ~15% faster a line: scan.stdlib_twin)


def _run_in_places(text: str, pos: int):
    """RUN_IN_AT.finditer(text, pos): the same matches, the pattern tried only right after the
    sentence ends that RUN_IN_NEAR finds (not at every character of a long paragraph). Its
    matches cannot overlap: one holds no sentence end after its first character."""
    for near in _RUN_IN_NEAR_SCAN.finditer(text, max(pos - 1, 0)):
        at = near.start() + 1
        if at >= pos:
            m = RUN_IN_AT.match(text, at)
            if m is not None:
                yield m


def _run_in_heading(text: str, pos: int, stack: list, last_value: dict[str, int]):
    """A numbered heading inside a line after a sentence end, accepted only as the next item of a
    list that is open (`三、…。四、…` with 三 on the stack; `第五条` after `第四条`), or as the first
    item of a new level inside a line that itself opened an item (`（二）加强领导。1.建立…`): a copy
    that lost the line break. Returns (offset in the line, numbering) or None."""
    if _RUN_IN_NEAR_SCAN.search(text, max(pos - 1, 0)) is None:
        return None  # (s20-speed, speed only: no place a heading can be run in; most lines, without a generator)
    for m in _run_in_places(text, pos):
        found = match_numbering(text[m.end():])
        if not found:
            continue
        style, token, end, value = found
        siblings = [v for s, _, v in stack if s == style]
        if siblings:
            expected = siblings[0] + 1
        elif style == "article" and last_value.get(style):
            expected = last_value[style] + 1
        else:
            # a first child: in a line that opened its parent, or of a style below the innermost
            # open item (`（一）…` then a paragraph `…原则。1.建设单位…`)
            deeper = bool(stack) and RANK.get(style, -1) > RANK.get(stack[-1][0], 99)
            expected = 1 if pos > 0 or deeper else None
            # (s9b) in a line that opened its parent, a first child whose number runs on from the
            # previous section (`二、加强顶层设计。（四）制定建设方案。…` after （一）-（三） under 一、),
            # as a child glued without the stop already is (GLUED_RUN_ON)
            if pos > 0 and deeper and value is not None and value > 1 and value == last_value.get(style, 0) + 1:
                expected = value
        if value is not None and value == expected:
            return m.end(), found
    return None


# `现将有关事项通知如下：一、严格落实…。二、…`: a copy that lost its line breaks runs the first item of
# the body's list into the sentence that announces it.
# The announcing words of older and self-titled documents as well, before a top list `一、` (`现作如下决定：
# 一、…`, `特作如下规定：一、…`, `提出以下几点意见：一、…`); an enumeration in a sentence (`符合下列条件：（一）…；
# （二）…`) is left to the inline items.
LIST_AFTER_COLON = re.compile(r"(?:如下|以下|下列|意见|通知)[：:][ \t\u3000]*(?=一[、．.]|[（(]一[）)]|1[、．])"
                              r"|(?:(?:如下|以下|下列)\p{Han}{1,4}|决定|规定)[：:][ \t\u3000]*(?=一[、．.])"
                              # (s8) the central opinions' `现提出以下意见。一、…`, closed by a stop
                              r"|(?:(?:如下|以下)(?:几点)?(?:意见|决定|规定)|通知如下)。[ \t\u3000]*(?=一[、．.])")


def _list_after_colon(text: str, lines=(), index: int = 0, body_end: int | None = None):
    """The first item of a list run into its announcing sentence, taken only when its second item
    follows in the same line after a sentence end (`…如下：一、…。二、…`), or (s9b) in a later line, at
    its start or run into it after a sentence end (a copy that lost every other break:
    `…现提出以下意见：一、总体要求` / `（一）指导思想。…` / `…。二、重点任务`). (offset, numbering) or None."""
    m = LIST_AFTER_COLON.search(text)
    if not m:
        return None
    found = match_numbering(text[m.end():])
    if not found or found[3] != 1:
        return None
    style = found[0]
    for r in RUN_IN_AT.finditer(text, m.end() + found[2]):
        nxt = match_numbering(text[r.end():])
        if nxt and nxt[0] == style:
            return (m.end(), found) if nxt[3] == 2 else None
    for line in lines[index + 1:index + 80]:
        if body_end is not None and line.start >= body_end:
            return None
        nxt = match_numbering(line.text)
        if nxt and nxt[0] == style:
            return (m.end(), found) if nxt[3] == 2 else None
        for r in RUN_IN_AT.finditer(line.text):
            nxt = match_numbering(line.text[r.end():])
            if nxt and nxt[0] == style:
                return (m.end(), found) if nxt[3] == 2 else None
    return None


def _glued_item(text: str, stack: list, last_value: dict[str, int], lines=(), index: int = 0
                ) -> tuple[str, str, int, int] | None:
    """An arabic item whose heading starts with a digit, accepted only as the expected next item;
    a first item (`1.0400年底前完成…`, `1.5G网络…`) only when the next numbered line is its 2."""
    m = GLUED_ITEM.match(text)
    if not m:
        return None
    value = int(m.group("tok"))
    siblings = [v for s, _, v in stack if s == "arabic"]
    if value == 1 and not siblings:
        return ("arabic", m.group("tok"), m.end(), 1) if _next_item_is(lines, index, 2) else None
    expected = siblings[0] + 1 if siblings else last_value.get("arabic", 0) + 1
    if value < 2 or value != expected:
        return None
    return "arabic", m.group("tok"), m.end(), value


def _decimal_item(text: str, stack: list, lines=(), index: int = 0):
    """Decimal numbering (spec 1.1 section 4): `2.1` under an open `2`, `2.1.3` under an open `2.1`,
    each the first or the next of its siblings; `1 总则` (a bare number before a short heading) is the
    top level when its first child `1.1` follows. Style `decimalN` by depth, the token as written."""
    m = DECIMAL_ITEM.match(text)
    if m:
        tok = m.group("tok").replace("．", ".")
        parts = tok.split(".")
        parent, last = ".".join(parts[:-1]), int(parts[-1])
        depth = len(parts) - 1
        up = "arabic" if depth == 1 else f"decimal{depth - 1}"
        if not any(s == up and t == parent for s, t, _ in stack):
            return None
        siblings = [v for s, _, v in stack if s == f"decimal{depth}"]
        if last != (siblings[0] + 1 if siblings else 1):
            return None
        return f"decimal{depth}", tok, m.end(), last
    m = BARE_TOP_ITEM.match(text)
    if m and any((d := DECIMAL_ITEM.match(ln.text)) and d.group("tok").replace("．", ".") == m.group("tok") + ".1"
                 for ln in lines[index + 1:index + 3]):
        return "arabic", m.group("tok"), m.end(), int(m.group("tok"))
    return None


def _next_item_is(lines, index: int, value: int) -> bool:
    """Is the next numbered line after lines[index] the arabic item `value` (with a stop or glued)?"""
    for line in lines[index + 1:]:
        found = match_numbering(line.text)
        glued = GLUED_ITEM.match(line.text)
        if found or glued:
            if found:
                return found[0] == "arabic" and found[3] == value
            return int(glued.group("tok")) == value
    return False


def _stopless_item(index: int, text: str, stopless: list[tuple[int, int]], stopless_at: dict[int, int],
                   stack: list, last_value: dict[str, int]) -> tuple[str, str, int, int] | None:
    """An arabic item without its stop, accepted only inside a run of such lines (see STOPLESS_ITEM)."""
    pos = stopless_at.get(index)
    if pos is None:
        return None
    value = stopless[pos][1]
    siblings = [v for s, _, v in stack if s == "arabic"]
    expected = {siblings[0] + 1} if siblings else {1, last_value.get("arabic", 0) + 1}
    if value not in expected:
        return None
    later, earlier = stopless[pos + 1:pos + 2], stopless[pos - 1:pos] if pos else []
    if not ((later and later[0][1] == value + 1) or (earlier and earlier[0][1] == value - 1)):
        return None
    m = stdlib_twin(STOPLESS_ITEM).match(text)
    return "arabic", m.group("tok"), m.end(), value


# A 专栏 box of a plan (`专栏1　快速交通网重点工程`, `专栏　重点工程`): a framed box beside the text, printed as a
# table (a web copy's <table>), which lists projects or indicators. Its numbering is the box's, not the
# text's (spec section 4: numbering inside tables is no task; docs/decisions/structure-s7.md, s7c).
BOX_TITLE = re.compile(r"^专栏\s*[0-9０-９一二三四五六七八九十]{0,3}[\s\u3000：:、．.]*[^。；;！？]{0,40}$")
BOX_MAX_LINES = 60


# (s9b) The notes under a table or a figure (`注：` alone on its line, then `1.带〔〕的为累计数。` `2.…`): the
# notes' own numbering is no task (spec section 4: numbering inside tables), as the same notes run on one
# line (`注：1.…2.…`) already were not. The notes are a list of their own from 1 (or ①); the first numbered
# line that does not go on with it is the text again.
NOTE_TITLE = re.compile(r"^(?:注|注释|备注|说明)\s*[：:]\s*$|^(?:注|注释|备注)$")
NOTE_MAX_LINES = 20


def _note_goes_on(note, found):
    """(lines left, style, last number) after this line, or None when the notes have ended."""
    left, style, value = note
    if left <= 0:
        return None
    if not found:
        return (left - 1, style, value) if style is not None or left > NOTE_MAX_LINES - 2 else None
    if found[3] != value + 1 or (style is not None and found[0] != style):
        return None
    return left - 1, found[0], found[3]


def _box_goes_on(box, found, stack: list, last_value: dict[str, int]):
    """The box ends at the text's next item: a chapter or section line, or an item of a list that
    was open when the box began and that continues it (`（三）` after a box under `（二）`); every other
    line (the box's `一、`, `1.`, its unnumbered rows) stays in the box, for at most BOX_MAX_LINES lines.
    A style the box numbers its own list in stays the box's (`一、二、三、` of the box under `二、`: its
    `三、` is the box's third row, not the text's next heading)."""
    styles, seen, left = box
    if left <= 0:
        return None
    if found and found[0] not in seen and (
            found[0] in ("chapter", "section")
            or (found[0] in styles and _in_sequence(found[0], found[3], stack, last_value))):
        return None
    return styles, seen | ({found[0]} if found else set()), left - 1


def _resynchronises(found, index: int, layout, stack: list, last_value: dict[str, int]) -> bool:
    """A number that skips one (`（二）` then `（四）`) is kept as written (spec 1.1 section 4) when the
    list goes on from it: the next line of its style is its successor. A stray number (a quoted
    list, a figure) has no such successor, so it stays out, and one slip no longer discards the rest
    of the list. (A repeated number is not taken: a list of attachments whose `1.` is glued to its
    label, `附表：1. …` then `2. …`, repeats the item before it.)"""
    style, _, end, value = found
    if value is None:
        return False
    siblings = [v for s, _, v in stack if s == style]
    expected = siblings[0] + 1 if siblings else last_value.get(style, 0) + 1
    lines = layout.lines
    if _bare_top_heading(found, lines[index].text, stack, expected):
        # the open items below it close (`第二章` after the articles that stood before any chapter)
        stack[:] = [entry for entry in stack if RANK.get(entry[0], 99) < RANK[style]]
        return True
    if style == "article" and _article_runs_ahead(found, lines, index, expected, layout.body_end, _is_excerpt(layout)):
        return True
    if style in ("chapter", "section", "article"):
        return False
    lost_first = (value == 2 and not siblings and expected != 2
                  and any(RANK.get(s, 99) < RANK.get(style, -1) for s, _, _ in stack))
    # (s15b) a list whose first number is not 1 under its parent or at the text's top (`三、…` then `（三）…（四）…`: an
    # excerpt, or numbering carried on from a part left out): kept as written (spec 1.1 section 4) when it goes on
    opens_late = (not siblings and 2 < value <= 20 and value != expected and last_value.get(style, 0) < value
                  and (not stack or any(RANK.get(s, 99) < RANK.get(style, -1) for s, _, _ in stack)))
    lost_first = lost_first or opens_late
    if not lost_first and (expected < 2 or value != expected + 1):
        return False
    for line in lines[index + 1:index + 60]:
        if line.start >= layout.body_end:
            return False
        nxt = match_numbering(line.text)
        if lost_first and nxt is not None and RANK.get(nxt[0], -1) > RANK.get(style, 99):
            # (s15b) `（二）推进数字乡村建设。` then `3.…` `4.…`: a late number whose own items follow is a heading as written
            stack[:] = [entry for entry in stack if RANK.get(entry[0], 99) < RANK[style]]
            return True
        if nxt is not None and nxt[0] == style:
            if nxt[3] != value + 1:
                return False
            if lost_first:
                # (s13) a list under a new parent whose first number was left out (`三、…` then a paragraph
                # with no `（一）`, then `（二）…（三）…`): numbered as written (spec 1.1 section 4), under that parent
                stack[:] = [entry for entry in stack if RANK.get(entry[0], 99) < RANK[style]]
            return True
    return False


# (s9) or glued to the heading's last character (`第一章总则第一条为…`, a copy that lost its breaks and spaces;
# taken only as the next article, with no sentence mark between)
ARTICLE_IN_HEADING = re.compile(r"(?:[ \t\u3000]+|(?<=\p{Han}))(?=第[一二三四五六七八九十百零〇\d]{1,6}条)")


# A bare heading glued to its first sub-item in a copy that lost the line break (`二、工作措施1.抓好苗木
# 供应。…2.加强…`, `三、工作要求（一）加强领导。`): a `1.`/`1、`/`（1）`/`（一）` right after a Chinese character,
# before the heading's first sentence end. Prefilter: the number is 1 or 一.
# (s9) also after white space (`二、总体要求　　（一）指导思想`: a copy that turned the break into indentation)
# (s9b) also after a bracketed note closing the heading (`一、推广的改革举措（共23项）（一）知识产权保护…`)
GLUED_CHILD = re.compile(r"(?<=[\p{Han}）][ \t\u3000]{0,4})(?:1[、．.](?!\d)|[（(][1一][）)])(?=\p{Han})")
# (s8) …or the next number of a sub-item run that goes on across sections (`二、主要任务（三）加强…`, after
# `（一）`, `（二）` under 一、): the number the run expects.
# (s9b) after white space too, as GLUED_CHILD (`三、加大资源共享力度　　（十）加快推进…`)
GLUED_RUN_ON = re.compile(r"(?<=\p{Han}[ \t\u3000]{0,4})(?:\d{1,2}[、．.](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])(?=\p{Han})")
_RUN_ON_NEED = std_re.compile(r"\d[、．.]|[（(]")  # a necessary part of every GLUED_RUN_ON match
_RUN_ON_CHARS = std_re.compile(r"[、．.（(]")  # ...and of every _RUN_ON_NEED match: one character class, scanned faster


def _glued_first_child(text: str, at: int, stack: list, lines, index: int, last_value: dict[str, int] | None = None):
    """(offset, numbering) of a first sub-item glued to the heading that opens the line, taken only
    when its style lies below the heading's and its second item follows (later in the line after a
    sentence end, or as the next numbered line). A sub-item whose number runs on from the previous
    section (last_value + 1) counts as its first."""
    end = _HEADING_END_SCAN.search(text, at)
    stop = end.start() if end else len(text)
    # (str.find within [at, stop): the same test as `in text[at:stop]`, no slice copied; speed only)
    m = GLUED_CHILD.search(text, at, stop) if (text.find("1", at, stop) >= 0 or text.find("一", at, stop) >= 0) else None
    if (m is None or m.start() - at < 2) and last_value:
        # (speed only: every GLUED_RUN_ON match holds a bracket or a digit then 、．. inside [at, stop))
        if _RUN_ON_CHARS.search(text, at, stop) and _RUN_ON_NEED.search(text, at, stop):
            m = next((g for g in GLUED_RUN_ON.finditer(text, at, stop) if g.start() - at >= 2), None)
    if not m or m.start() - at < 2:
        return None
    child = match_numbering(text[m.start():])
    if not child or RANK.get(child[0], -1) <= RANK.get(stack[-1][0], 99):
        return None
    first = 1 if child[3] == 1 else (last_value or {}).get(child[0], -1) + 1
    if child[3] != first or first < 2 and child[3] != 1:
        return None
    for r in _run_in_places(text, m.start() + child[2]):
        nxt = match_numbering(text[r.end():])
        if nxt and nxt[0] == child[0]:
            return (m.start(), child) if nxt[3] == first + 1 else None
    for line in lines[index + 1:index + 40]:
        nxt = match_numbering(line.text)
        if nxt is None:
            # (s9b) ...or run into a later line after a sentence end (a copy that lost every other
            # break: `一、完善制度体系（一）健全制度框架。` / `…互通衔接。（二）提高…`)
            nxt = next((n for r in _run_in_places(line.text, 1) if (n := match_numbering(line.text[r.end():]))
                        and RANK.get(n[0], -1) <= RANK[child[0]]), None)
        if nxt and RANK.get(nxt[0], -1) <= RANK[child[0]]:  # (its own sub-items may come first)
            return (m.start(), child) if nxt[0] == child[0] and nxt[3] == first + 1 else None
    return None


def _glued_child(tasks: list[Task], stack: list, last_value: dict[str, int], prefix: str, line, at: int,
                 lines, index: int) -> int:
    """After an item pushed from `line` whose number ends at `at`: its first sub-item glued to its
    heading, cut off and pushed (see GLUED_CHILD). Returns where the last number ends in the line."""
    if not (tasks and line.start <= tasks[-1].span[0] < line.start + len(line.text)):
        return at  # the heading came from the line below (a number alone on its line)
    # (s9) a chain of glued first items (`一、医师执业范围（一）临床类别1、内科专业2、…`): each one's own
    for _ in range(4):
        glued = _glued_first_child(line.text, at, stack, lines, index, last_value)
        if glued is None:
            return at
        offset, child = glued
        _cut_heading(tasks[-1], line, offset)
        _push(tasks, stack, last_value, prefix, child, line.text[offset:], line.start + offset, offset)
        at = offset + child[2]
    return at


def _cut_heading(task: Task, line, offset: int) -> None:
    """The heading of `task` (opened in `line`) ends where a glued sub-item starts at `offset`."""
    stop = line.start + offset
    if task.span[1] > stop:
        heading = _trim(line.text[task.span[0] - line.start:offset].rstrip())
        task.heading = task.quote = heading
        task.span = (task.span[0], task.span[0] + len(heading))


def _cut_before_next(task: Task, next_start: int) -> None:
    """(s9) Items run on after semicolons (`①完善设施；②开展培训；③加强检查。`, `（1）…；（2）…。` set on one
    line): an item's heading ends before the next item split off its line, at the semicolon, as the
    members of an enumeration after a colon already do (layout-meta-s8.md); a heading never holds the
    next item's number."""
    heading = _trim(task.quote[: next_start - task.span[0]])
    if heading and task.quote.startswith(heading):
        task.heading = task.quote = heading
        task.span = (task.span[0], task.span[0] + len(heading))


def _push_run_in(tasks: list[Task], stack: list, last_value: dict[str, int], prefix: str, found, line,
                 offset: int) -> int:
    """Push a heading run into its line at `offset`; a chapter or section heading that goes on with its
    first article (`…施行。第二章 宣传教育 第三条 各级…`, a law collection's copy that lost its line
    breaks) is cut there and the article pushed too. Returns where the last number ends in the line."""
    seg = line.text[offset:]
    cut = _article_after_heading(seg, found, last_value) if found[0] in ("chapter", "section") else None
    _push(tasks, stack, last_value, prefix, found, seg[:cut].rstrip() if cut else seg, line.start + offset, offset)
    if not cut:
        return offset + found[2]
    article = match_numbering(seg[cut:])
    _push(tasks, stack, last_value, prefix, article, seg[cut:], line.start + offset + cut, offset + cut)
    return offset + cut + article[2]


def _article_after_heading(text: str, found, last_value: dict[str, int]) -> int | None:
    """Where a chapter's or section's heading line goes on with its first article (a law collection's
    copy: `第一章　总　则　第一条　为了…`): the offset of that article, when it is the next article."""
    if "条" not in text:
        return None
    m = ARTICLE_IN_HEADING.search(text, found[2])
    if not m or re.search(r"[。；：:]", text[found[2]:m.start()]):
        return None
    article = match_numbering(text[m.end():])
    if not article or article[0] != "article" or article[3] != last_value.get("article", 0) + 1:
        return None
    return m.end()


ARTICLE_SPACE = frozenset(" \u3000")


def _is_excerpt(layout) -> bool:
    """(s33-layout) The copy marks itself an excerpt above its text (`某某条例（节选）`, patterns.EXCERPT_MARK)."""
    return any(EXCERPT_MARK.search(ln.text) for ln in layout.lines[:12] if ln.start < layout.body_start)


def _article_runs_ahead(found, lines, index: int, expected: int, body_end: int, excerpt: bool = False) -> bool:
    """An article whose number runs ahead of the last (`第三条` then `第十条　本办法自…施行`, a collection's
    copy or an excerpt that left articles out) is kept as written (spec section 4) when it is an
    article heading proper, white space after its `条`, and the articles go on from it: the next
    article line is its successor, or no article follows. (s33-layout) In a copy marked an excerpt
    (`（节选）`) the articles skip again and again: the next article need only come after it."""
    _, _, end, value = found
    text = lines[index].text
    if not (expected >= 2 and expected < value <= expected + 30) or text[end:end + 1] not in ARTICLE_SPACE:
        return False
    for line in lines[index + 1:]:
        if line.start >= body_end:
            break
        if line.text[:1] == "第":
            nxt = match_numbering(line.text)
            if nxt is not None and nxt[0] == "article":
                return nxt[3] == value + 1 or (excerpt and value < nxt[3] <= value + 30)
    return True


# (s32) An excerpt marks what it leaves out with an omission line (`……`, `…`, `（略）`, `（此处有删节）`) between two
# parts; the parts after it keep their numbers (spec 1.1 section 4: numbered as written), so the next 一、 after
# `三、` may be `十、` and its first item `（三十一）`.
OMISSION_OPENS = "…⋯.。·（("
# (the mark joined to the paragraph above it by a copy, `…等参与）……`: after a sentence end or a closing bracket)
OMISSION_ENDS = "…⋯."
OMISSION_AFTER = re.compile(r"[。！？；）)”](?:[…⋯]{2,6}|\.{6,12})$")
OMISSION_LINE = re.compile(r"^(?:[…⋯]{1,6}|[.。·]{3,12}|[（(](?:略|中略|下略|以下略|此处略|此处有删节|有删节|节略|省略|内容略)[）)])$")


def _after_omission(found, omitted: set[str] | None, stack: list, last_value: dict[str, int]) -> bool:
    """The first number of each list after an omission line runs ahead of its list (`三、` … `……` … `十、`, then
    `（三十一）` after `（十）`): kept as written, once for each style; a number behind its list is not taken."""
    style, _, _, value = found
    if omitted is None or value is None or style in omitted:
        return False
    if style not in last_value and not (stack and RANK.get(style, 99) > RANK.get(stack[-1][0], 99)):
        return False  # (s35) a list first seen after the omission is kept only as the open item's sub-list
        # (`第二章  总体要求` / `……` / `第三节  主要目标`: the excerpt left the chapter's first sections out)
    siblings = [v for s, _, v in stack if s == style]
    expected = siblings[0] + 1 if siblings else last_value.get(style, 0) + 1
    if not (expected < value <= expected + 60):
        return False
    omitted.add(style)
    if not siblings:  # (a list of its style open above is closed by _push)
        stack[:] = [entry for entry in stack if RANK.get(entry[0], 99) < RANK.get(style, 99)]
    return True


def _bare_top_heading(found, text: str, stack: list, expected: int) -> bool:
    """A heading line of the top list (`四、推动经办机构全面智能审核`, `第二章 认定条件`) whose number runs
    ahead of the list, as in a copy that left some parts out: kept as written (spec section 4) when
    it is a bare heading line (no sentence in it) of the 一、 or 第X章 style and no list above it is open."""
    style, _, end, value = found
    if style not in ("cn", "chapter") or not (expected < value <= expected + 5):
        return False
    if any(RANK.get(s, 99) < RANK[style] for s, _, _ in stack):
        return False
    rest = text[end:].strip()
    return 2 <= len(rest) <= 40 and not re.search(r"[。！？；;，,：:]", rest)


def _in_sequence(style: str, value: int | None, stack: list, last_value: dict[str, int]) -> bool:
    """An item continues its list: the first item is 1; a later one follows its sibling, or the
    last item of its style anywhere (numbering that runs on across sections: 1…18 under
    （一）…（七）; articles 第一条… across chapters)."""
    if value is None:
        return True
    siblings = [v for s, _, v in stack if s == style]
    if siblings:
        return value == siblings[0] + 1
    return value == 1 or value == last_value.get(style, 0) + 1
