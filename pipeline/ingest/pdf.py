"""PDF through its text layer: pypdfium2 (fast, Apache/BSD) by default, pdfplumber as fallback.

* Lines come with their geometry (left/right edge, font size), so wrapped lines are re-joined
  here, where the layout is known: a line that runs to the right margin continues on the next
  line unless that one is indented (a new paragraph); consecutive lines set in the same type
  larger than the body (a title over two lines) form one line.
* A page whose text looks garbled (`(cid:NN)`, U+FFFD, private-use glyphs from fonts embedded
  without a ToUnicode map) is re-read with pdfplumber and the better text is kept; a page with
  no text layer goes to OCR when the `ocr` extra is installed. The backend of every page is
  recorded in RawPage.backend.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..errors import Errors, IngestError, Warnings
from .hanzi import MIN_HAN, common_share, implausible_han
from .lines import (SENTENCE_END, PdfLine, _starts_indented, ends_full_at_stop, join_lines,  # noqa: F401 (re-exported)
                    join_page, opens_at_left)
from .pdf_tables import MIN_ROWS, ends_in_row, join_split_rows, may_hold_table, page_tables, replace_tables
from .raw import RawDoc, RawPage

GARBLED_RATIO = 0.02
# A page with fewer visible characters than this has no real text layer (a scan, maybe with a
# page number or a stamp caption added later).
MIN_TEXT_CHARS = 10


# U+FFFD, private-use glyphs, control codes (a font without a ToUnicode map makes pdfium return
# raw glyph codes \x01\x04... as text) and pdfminer's `(cid:NN)`.
_BAD = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACE = re.compile(r"\s")


def bad_char_ratio(text: str) -> float:
    if not text or _BAD.search(text) is None:  # no bad character (the usual case): 0.0, one scan
        return 0.0
    return len(_BAD.findall(text)) / len(text)


def strip_bad_chars(text: str) -> str:
    return _BAD.sub("", text)


def read_pdf(path: Path, data: bytes | None = None, ocr: bool | None = None, settings=None) -> RawDoc:
    import pypdfium2 as pdfium

    from ..settings import DEFAULT

    settings = settings or DEFAULT
    ocr = settings.ocr if ocr is None else ocr
    data = Path(path).read_bytes() if data is None else data
    if b"/Encrypt" in data[-4096:] or b"/Encrypt" in data[:4096]:
        # pdfium opens some encrypted files (empty user password) and returns empty pages.
        _check_encryption(path, data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise IngestError(Errors.E005.format(path=path)) from None
        raise IngestError(Errors.E004.format(reason=msg, path=path)) from None
    pages: list[RawPage] = []
    warnings: list[str] = []
    indented: list[bool] = []  # the page's first body line is indented: a paragraph starts there
    # (s34-pdf) the page's last row fills the line and ends in a stop; the page's first row starts at the left edge
    stop_full: list[bool] = []
    left_open: list[bool] = []
    plumber = _Plumber(data)  # opened once, on the first garbled page
    block: list[float] = []  # (s21-layout) right edges of the pages read so far (lines.join_page)
    lefts: list[float] = []  # (s34-pdf) and their left edges
    try:
        count = len(pdf)
        if count == 0:
            raise IngestError(Errors.E004.format(reason="no pages", path=path))
        if settings.max_pages and count > settings.max_pages:
            warnings.append(Warnings.W007.format(limit=settings.max_pages, count=count))
            count = settings.max_pages
        for i in range(count):
            try:
                page_result = _read_page(pdf, i, plumber, ocr, settings, warnings, block, lefts)
            except (pdfium.PdfiumError, ValueError, OSError, _PageTooDense) as exc:
                # A bad page costs that page, not the document.
                warnings.append(Warnings.W006.format(page=i + 1, reason=f"{type(exc).__name__}: {exc}"))
                page_result = (RawPage(i + 1, "", "pypdfium2-unreadable"), False, "", False, False)
            page, first_indented, source, full_stop, at_left = page_result
            pages.append(page)
            indented.append(first_indented)
            stop_full.append(full_stop)
            left_open.append(at_left)
            page.source_text = source
    finally:
        pdf.close()
        plumber.close()
    if not any(p.text.strip() for p in pages):
        if any(p.backend.endswith("-garbled") for p in pages):
            reason = "text layer is garbled (fonts without a ToUnicode map); `pip install policykb[ocr]` reads it by OCR"
            raise IngestError(Errors.E008.format(fmt="PDF", reason=reason, path=path))
        raise IngestError(Errors.E007.format(path=path))
    if plumber.read_tables:
        join_split_rows(pages)  # (s21b-pdftab) a table row cut by a page break
    for page, next_indented, full_stop, next_left in zip(pages, indented[1:] + [True], stop_full, left_open[1:] + [False]):
        page.continues = (page.continues or (full_stop and next_left)) and not next_indented
    return RawDoc(path=str(path), format="pdf", pages=pages, warnings=warnings)


class _PageTooDense(Exception):
    pass


def _read_page(pdf, i: int, plumber: "_Plumber", ocr: bool, settings, warnings: list[str],
               document: list[float] | None = None, lefts: list[float] | None = None):
    """One page -> (RawPage, first line indented, the page's own text as the text layer gives it).
    `document`, `lefts`: the right and left edges of the earlier pages (`lines.join_page`)."""
    page = pdf[i]
    try:
        textpage = page.get_textpage()
        try:
            n = textpage.count_chars()
            if settings.max_page_glyphs and n > settings.max_page_glyphs:
                raise _PageTooDense(f"{n:,} glyphs > max_page_glyphs {settings.max_page_glyphs:,}")
            layer = textpage.get_text_range(0, n) if n > 0 else ""
            source = layer.replace("\r\n", "\n").replace("\r", "\n")
            lines = _lines_pdfium(textpage, layer)  # the layer's text, read once
        finally:
            textpage.close()
        # (s21b-pdftab) a ruled table's rows, one line each (pdf_tables); the page after a table's page too (its
        # last rows, few, may not look like a table)
        after_table = plumber.table_page == i - 1
        one_row = after_table or ends_in_row(lines)  # (s23-twins: a header row alone at the page's foot too)
        if one_row or may_hold_table(lines):
            tables = plumber.tables(i, 1 if one_row else MIN_ROWS, after_table)
            if tables:
                lines = replace_tables(lines, tables, page.get_height())
        text, mode, continues, first_indented = join_page(lines, document, lefts)
        # (the page's text may end in its page number: its last rows are asked first)
        full_stop = (mode == "paragraph" and any(ln.text.endswith(("。", "！", "？")) for ln in lines[-3:])
                     and ends_full_at_stop(lines))
        at_left = mode == "paragraph" and not first_indented and opens_at_left(lines)
        backend, confidence = "pypdfium2", None
        layer_text = text
        # one scan for bad characters serves the garbled check and the strip below (most pages
        # have none: then no ratio to count and nothing to strip)
        layer_bad = _BAD.search(text) is not None
        garbled = (layer_bad and bad_char_ratio(text) > GARBLED_RATIO) or implausible_han(text)
        if garbled:
            alt = plumber.page(i)
            if alt is not None and _garbled_score(alt[0][0]) < _garbled_score(text):
                (text, mode, continues), source = alt
                backend = "pdfplumber"
                warnings.append(Warnings.W003.format(page=i + 1))
                garbled = _garbled(text)
        if ocr and (garbled or _visible(text) < MIN_TEXT_CHARS):  # (counted only when OCR could help)
            result = _ocr_page(page)
            if result is not None:
                text, confidence = result
                source = text
                backend, mode, continues = "ocr", "layout", False
                warnings.append(Warnings.W004.format(page=i + 1, what="garbled" if garbled else "no"))
                garbled = _garbled(text)
        if garbled:
            # What is left of a garbled layer is noise (glyph codes read as ASCII, or as random
            # CJK characters): drop it.
            share, _ = common_share(text)
            reason = (f"{bad_char_ratio(text):.0%} bad characters" if bad_char_ratio(text) > GARBLED_RATIO
                      else f"only {share:.0%} of its Chinese characters are common ones")
            warnings.append(Warnings.W005.format(page=i + 1, reason=reason))
            text, backend, source = "", f"{backend}-garbled", ""
    finally:
        page.close()
    if text is not layer_text or layer_bad:  # (the layer's own text without a bad character: as it is)
        text = strip_bad_chars(text)
    if backend != "pypdfium2":
        full_stop = at_left = False
    return RawPage(i + 1, text, backend, confidence, mode, continues), first_indented, source, full_stop, at_left


class _Plumber:
    """pdfplumber on the same bytes, opened on first use and kept for the document's other pages
    (re-opening the whole PDF per garbled page made a 2,000-page garbled file quadratic)."""

    def __init__(self, data: bytes):
        self.data, self.pdf, self.failed = data, None, False
        self.read_tables = False  # (s21b-pdftab) a page's tables were read
        self.table_page = -2  # (s21b-pdftab) the last page a table was found on

    def _opened(self):
        """The pdfplumber document, opened on first use (raises as pdfplumber does)."""
        if self.pdf is None:
            import io

            import pdfplumber

            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return self.pdf

    def page(self, index: int):
        if self.failed:
            return None
        try:
            return _read_page_pdfplumber(self._opened(), index)
        except Exception:  # a fallback must never be worse than no fallback
            self.failed = True
            return None

    def tables(self, index: int, min_rows: int = MIN_ROWS, after_table: bool = False):
        """(s21b-pdftab) The ruled tables of a page (`pdf_tables.page_tables`), [] when none or on any failure."""
        if self.failed:
            return []
        try:
            tables = page_tables(self._opened().pages[index], min_rows, after_table)
            if tables:
                self.read_tables, self.table_page = True, index
            return tables
        except Exception:  # a table reader must never cost the page
            return []

    def close(self) -> None:
        if self.pdf is not None:
            try:
                self.pdf.close()
            except Exception:
                pass


def _garbled(text: str) -> bool:
    return bad_char_ratio(text) > GARBLED_RATIO or implausible_han(text)


def _garbled_score(text: str) -> float:
    """Lower is better: bad characters, plus the share of uncommon Chinese characters."""
    share, n = common_share(text)
    return bad_char_ratio(text) + (1.0 - share if n >= MIN_HAN else 0.0)


def _visible(text: str) -> int:
    return len(text) - len(_SPACE.findall(text))


def _check_encryption(path: Path, data: bytes) -> None:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise IngestError(Errors.E005.format(path=path)) from None
    pdf.close()


# A line of the text layer without the white space around it: from its first to its last
# character that is not white space (`\S` is `not str.isspace()`, the same test for every
# code point), never across a line break (`\r` or `\n`), so one match per line that has text.
_LINE_SPAN = re.compile(r"\S(?:[^\r\n]*\S)?")

_CJK_CLASS = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…]"
# (s34-pdf) …or between such a character and a slash: a unit over a unit (`微克/立方米`, `元/亩`, `人/次`) on a justified
# row, spread `微克 / 立方米` by the generated spaces around its slash
# (s40c-pdfclean) …or between a sign or a Greek letter (`≥`, `≤`, `±`, `×`, `β`, `α`: a symbol font's glyph, its own
# text object) and a CJK character or a digit on either side (`血糖 ≥ 7.0`, `重型 β 地中海贫血`, `（Ccr） ≤ 10`), and
# between a digit or a Latin letter and a full-width opening bracket (`mmol/L （200`): spaces a justified row or a
# change of font generated, which the writer never types there (a typed one stays, see `_typed_space`)
_SIGN_CLASS = r"[\u0370-\u03ff\u2200-\u22ff±×÷]"
_CJK_SPACE = re.compile(f"(?<={_CJK_CLASS}) (?={_CJK_CLASS}|[/／])|(?<=[/／]) (?={_CJK_CLASS})"
                        f"|(?<={_CJK_CLASS}|{_SIGN_CLASS}|\\d) (?={_SIGN_CLASS})|(?<={_SIGN_CLASS}) (?={_CJK_CLASS}|\\d)"
                        "|(?<=[0-9A-Za-z]) (?=[（〔［【])")


def _lines_pdfium(textpage, text: str | None = None) -> list[PdfLine]:
    """Lines of the text layer with their geometry; `text`: the layer's text if already read.

    One pass over the page: the lines are the matches of `_LINE_SPAN`; a line's left edge, right
    edge and size are read from its first and last character (four pdfium calls a line, on the
    page's raw handle with one reused box: what `textpage.get_charbox(i, loose=True)` does,
    without its wrapper's cost per call, see `_char_calls`); the spaces pdfium generated between
    two CJK characters are found by one scan of the page (`_generated_spaces`) and cut out of the
    lines holding them.
    """
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    n = textpage.count_chars()
    if n <= 0:
        return []
    if text is None:
        text = textpage.get_text_range(0, n)
    if len(text) != n:  # index alignment lost: fall back to geometry-free lines
        return [PdfLine(t, 0.0, 0.0, 0.0) for t in text.replace("\r", "").split("\n")]
    handle, box = textpage.raw, pdfium_c.FS_RECTF()
    loose_box, font_size, _ = _char_calls()
    box_ref = ctypes.byref(box)
    drop = _generated_spaces(handle, text) if " " in text else ()
    j, n_drop = 0, len(drop)
    # (s32-trad) a space before a quotation mark or bracket: the lines holding one are checked for marks drawn late
    marks = [m.start() for m in _OPENER_AFTER_SPACE.finditer(text)] if " " in text else ()
    q, n_marks = 0, len(marks)
    lines: list[PdfLine] = []
    append = lines.append
    # (s21b-pdftab) the vertical extent of the last line's last glyph: a piece of the same row of print that pdfium
    # returned as a line of its own (see `_same_row`) is put back on its row
    last_row = None
    spans = _LINE_SPAN.finditer(text)
    pending: list[tuple[int, int]] = []  # (s21b-pdftab) the rows of a line cut at a space going down (`_row_spans`)
    while True:
        if pending:
            first, end = pending.pop(0)
        else:
            m = next(spans, None)
            if m is None:
                break
            first, end = m.span()
        last = end - 1
        # Loose boxes span the glyph's advance: a full-width `〔` or `（` starts at the
        # margin even though its ink sits in the right half of the em square.
        if not loose_box(handle, first, box_ref):
            raise pdfium.PdfiumError("Failed to get charbox.")
        x0, first_row = box.left, (box.bottom, box.top)
        if not loose_box(handle, last, box_ref):
            raise pdfium.PdfiumError("Failed to get charbox.")
        x1, row = box.right, (box.bottom, box.top)
        if row[1] < first_row[0] and " " in text[first:end]:  # ends wholly below where it starts: two rows or more
            cut = list(_row_spans(text, handle, loose_box, box, box_ref, first, end))
            if len(cut) > 1:
                pending = cut
                continue
        size = max(font_size(handle, first), font_size(handle, last))
        while j < n_drop and drop[j] < first:  # (a space a row ended at: in no line)
            j += 1
        while q < n_marks and marks[q] < first:
            q += 1
        if q < n_marks and marks[q] < end:
            # (s32-trad) an opening mark drawn after the run it opens (a fallback font's glyph): put back by x
            line_text, right = _openers_by_x(text, handle, loose_box, box, box_ref, first, end, drop, j)
            j = _skip(drop, j, end)
            if right is not None:  # (s34-pdf) the row ends at its rightmost glyph, not at the mark drawn last
                x1 = right
        elif j < n_drop and drop[j] < end:  # generated spaces in this line: cut them out
            parts, prev = [], first
            while j < n_drop and drop[j] < end:
                parts.append(text[prev:drop[j]])
                prev = drop[j] + 1
                j += 1
            parts.append(text[prev:end])
            line_text = "".join(parts)
        else:
            line_text = text[first:end]
        if last_row is not None and _same_row(lines[-1], last_row, x0, first_row):
            held = lines[-1]
            lines[-1] = PdfLine(held.text + line_text, held.x0, x1, max(held.size, size), held.y)
        else:
            append(PdfLine(line_text, x0, x1, size, (first_row[0] + first_row[1]) / 2))
        last_row = row
    return lines


# (s32-trad) A heading set in 楷体 whose font lacks the curly quotes: the writer draws `“` in a fallback font after the
# run it opens, so pdfium returns `发展 互联网 “ +”` (generated spaces where the text object changes) though the mark's
# x-position lies before 互. An opening mark right after a generated space that stands left of the glyph before the
# space goes back where its x-position puts it, and the generated spaces around it go. Only lines holding a space
# before an opening mark pay (two or three glyph boxes a mark): the reader is a hot path.
_OPENERS = "“”‘’《》（）〔〕【】「」『』"
# (s34-pdf) …or one glyph after that space: a row's last run cut where the row breaks (`全面实施 十“`, the mark's
# x-position before 十)
_OPENER_AFTER_SPACE = re.compile(f" [^\\s{_OPENERS}]?[{_OPENERS}]")


def _skip(drop, j: int, end: int) -> int:
    while j < len(drop) and drop[j] < end:
        j += 1
    return j


def _openers_by_x(text: str, handle, loose_box, box, box_ref, first: int, end: int, drop,
                  j: int) -> tuple[str, float | None]:
    """The line's glyphs in the order of their x-positions when a quotation mark or bracket after a generated space
    lies left of the glyph before that space (else the line as the other lines are read). Generated spaces go where
    the glyphs on either side touch (under a quarter of the type size apart) and where `_generated_spaces` drops them.
    -> (text, the right edge of its rightmost glyph when the glyphs were put in order, else None).
    (s34-pdf) The mark drawn last is not where the row ends: a row of a paragraph that runs to the margin with a
    quoted term in it (`举办“智改数转”现场推进会，营造…的良` / `好氛围。`) would otherwise look short and end its paragraph."""
    generated = _char_calls()[2]
    dropped = set()
    while j < len(drop) and drop[j] < end:
        dropped.add(drop[j])
        j += 1
    boxes: dict[int, tuple[float, float]] = {}

    def left_right(k: int) -> tuple[float, float]:
        if k not in boxes:
            loose_box(handle, k, box_ref)
            boxes[k] = (box.left, box.right)
        return boxes[k]

    moved = False
    for m in _OPENER_AFTER_SPACE.finditer(text, first, end):
        mark = m.end() - 1
        before = mark - 1
        while before >= first and text[before] == " ":
            before -= 1
        if before >= first and generated(handle, m.start()) == 1 and left_right(mark)[1] <= left_right(before)[0] + 0.5:
            moved = True
            break
    if not moved:
        return "".join(text[k] for k in range(first, end) if k not in dropped), None
    glyphs = sorted((k for k in range(first, end) if text[k] != " "), key=lambda k: (left_right(k)[0], k))
    out, prev = [], None
    for k in glyphs:
        if prev is not None:
            gap = left_right(k)[0] - left_right(prev)[1]
            between = [s for s in range(min(prev, k) + 1, max(prev, k)) if text[s] == " "]
            if gap > 0.25 * (left_right(k)[1] - left_right(k)[0] or 1.0) and between and not all(s in dropped for s in between):
                out.append(" ")
        out.append(text[k])
        prev = k
    return "".join(out), max(left_right(k)[1] for k in glyphs)


# (s21b-pdftab) pdfium breaks a row of print where the text objects of the PDF change (a table cell typeset in pieces:
# `市发` / `展和改` / `革` / `委员会`, `60` / `处`, a title's `"链长制"` / `，由`) and joins two rows of print with a space
# where the first ends in a word character and the second starts at the left (a table's last cell and the next
# row's 序号: `各县（市）区政府 2`). The geometry of the glyphs tells both apart: a piece starting where the last
# one ended (a gap under ROW_GAP of the type size), on the same baseline (their boxes overlapping by more than
# half their height), is the same row; a space whose next glyph lies wholly below the one before it ends the row.
ROW_GAP = 0.3


def _same_row(held: PdfLine, held_row, x0: float, row) -> bool:
    height = min(held_row[1] - held_row[0], row[1] - row[0])
    if height <= 0:
        return False
    overlap = min(held_row[1], row[1]) - max(held_row[0], row[0])
    gap = x0 - held.x1
    # (s36b-twins) the gap is measured in the taller glyph's height: a dash's box is a third of a digit's (`— ` / `3 —`,
    # a page number in the footer that the text layer broke after its first dash and a space)
    tall = max(held_row[1] - held_row[0], row[1] - row[0])
    return overlap > 0.5 * height and -0.25 * height <= gap <= ROW_GAP * tall


def _row_spans(text: str, handle, loose_box, box, box_ref, first: int = 0, end: int | None = None):
    """A line of the text layer (start `first`, end `end`) as (start, end) offsets of its rows of print: cut at each
    space whose next glyph lies wholly below the glyph before it. (`_lines_pdfium` asks only about a line whose last
    glyph lies wholly below its first.)"""
    end = len(text) if end is None else end
    k = text.find(" ", first, end)
    while k != -1:
        before, after = k - 1, k + 1
        while text[before] == " ":
            before -= 1
        while text[after] == " ":
            after += 1
        if loose_box(handle, before, box_ref):
            b_bottom = box.bottom
            if loose_box(handle, after, box_ref) and box.top < b_bottom:  # wholly below: the next row
                yield first, before + 1
                first = after
        k = text.find(" ", after, end)
    yield first, end


@lru_cache(maxsize=1)
def _char_calls():
    """pdfium's per-character calls (`FPDFText_GetLooseCharBox`, `FPDFText_GetFontSize`,
    `FPDFText_IsGenerated`) as bare copies of the bindings' functions: the same address, class
    (so the same calling convention) and result type, without `argtypes`, whose checks and
    conversions of each argument cost more than the call itself (0.36-0.40 µs a call against
    0.15-0.18). The callers pass what the bindings would convert to: the text page's pointer, a
    Python int for the `int` index (ctypes' default conversion) and `ctypes.byref` of an
    FS_RECTF for the box."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    def bare(function):
        copy = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
        copy.restype = function.restype
        return copy

    return (bare(pdfium_c.FPDFText_GetLooseCharBox), bare(pdfium_c.FPDFText_GetFontSize),
            bare(pdfium_c.FPDFText_IsGenerated))


def _generated_spaces(handle, text: str) -> list[int]:
    """pdfium inserts a space where glyphs stand apart; a justified CJK line spreads its glyphs
    (`技 能 增 收`). The spaces that pdfium generated between two CJK characters are dropped;
    spaces that the document itself contains (between issuers, say) are kept. -> their offsets,
    in order. Only a space with a CJK character on either side can go: those are found by one
    pattern over the page, and pdfium is asked about them alone. (Such a space lies inside a
    line's text: its neighbours are not white space and not line breaks.)"""
    generated = _char_calls()[2]
    spaces = [m.start() for m in _CJK_SPACE.finditer(text)]
    return [k for k in spaces if generated(handle, k) == 1
            and not (_sign_space_typed(handle, text, k) if _SIGN_SIDE.match(text, k - 1) else _typed_space(handle, text, k))]


# (s40c-pdfclean) A space beside a sign, a Greek letter or a full-width opening bracket after a digit or a Latin letter
# (the glyph on that side is the pivot): the writer's autospacing between CJK and other text draws a gap of about a
# fifth of an em there (`血糖≥ 7.0`, `干扰素 α 注射液`), which `_typed_space` would take for a typed space, and a
# justified row spreads it (`葡 萄 糖 ≥ 11.1`). Typed is a gap SIGN_TYPED_GAP em (a Latin font's space) wider than
# the gap on the pivot's other side.
_SIGN_SIDE = re.compile(f"{_SIGN_CLASS} |. {_SIGN_CLASS}|[0-9A-Za-z] [（〔［【]")
SIGN_TYPED_GAP = 0.25


def _sign_space_typed(handle, text: str, k: int) -> bool:
    import ctypes

    import pypdfium2.raw as pdfium_c

    loose_box, font_size, _ = _char_calls()
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)

    def edges(i: int):
        if i < 0 or i >= len(text) or not loose_box(handle, i, ref):
            return None
        return box.left, box.right

    pivot, far = (k - 1, k - 2) if re.match(_SIGN_CLASS, text[k - 1]) else (k + 1, k + 2)
    before, after = edges(k - 1), edges(k + 1)
    if before is None or after is None:
        return False
    size = max(font_size(handle, k - 1), font_size(handle, k + 1))
    while 0 <= far < len(text) and text[far] == " ":
        far += far - pivot
    mirror = 0.0
    if 0 <= far < len(text) and not text[far].isspace():
        p, f = edges(pivot), edges(far)
        if p is not None and f is not None:
            mirror = max(0.0, f[0] - p[1] if far > pivot else p[0] - f[1])
    return after[0] - before[1] - mirror >= SIGN_TYPED_GAP * size


# (s34-pdf) A space the writer typed that the PDF draws as a gap, no glyph (LibreOffice's ASCII space in a CJK run, a
# quarter of an em): pdfium reports it as generated, like the gaps of a row that justification spread. A spread row's
# gaps are alike from glyph to glyph; a typed space is a gap of TYPED_GAP em or more between glyphs that otherwise touch
# (`联系人：某某委老龄司 白某`, the organ and the person; `组 长：`). Such a space stays.
TYPED_GAP = 0.2
TOUCHING = 0.05


def _typed_space(handle, text: str, k: int) -> bool:
    import ctypes

    import pypdfium2.raw as pdfium_c

    loose_box = _char_calls()[0]
    box = pdfium_c.FS_RECTF()
    ref = ctypes.byref(box)

    def edges(i: int):
        if not loose_box(handle, i, ref):
            return None
        return box.left, box.right

    before, after = edges(k - 1), edges(k + 1)
    if before is None or after is None:
        return False
    em = before[1] - before[0]
    if em <= 0 or after[0] - before[1] < TYPED_GAP * em:
        return False
    # the gap between the glyph pair next to it, on the side where both are glyphs ((s36b-twins) over a space pdfium
    # generated between them: a spread row has one between every two glyphs, `生 态 环 保 处 电 话`)
    if k >= 2 and not text[k - 2].isspace():
        pair = edges(k - 2), before
    elif k + 2 < len(text) and not text[k + 2].isspace():
        pair = after, edges(k + 2)
    elif k >= 3 and text[k - 2] == " " and not text[k - 3].isspace():
        pair = edges(k - 3), before
    else:
        return False
    if pair[0] is None or pair[1] is None:
        return False
    # (s36b-twins) a justified row spreads every gap of the row alike (`利 用 处`, two points apart); the typed space is a
    # gap that much wider again (`…综合利用处　电话：0471-…`, a full-width space between the organ and its telephone)
    return after[0] - before[1] - abs(pair[1][0] - pair[0][1]) >= (TYPED_GAP - TOUCHING) * em


def _read_page_pdfplumber(pdf, index: int):
    """pdfplumber/pdfminer reads CID fonts differently from pdfium; `dedupe_chars` drops the
    second copy of glyphs drawn twice to fake a bold face. -> (join_lines result, page text)."""
    try:
        page = pdf.pages[index].dedupe_chars()
        raw_lines = page.extract_text_lines(return_chars=True)
        lines = [
            PdfLine(ln["text"], ln["x0"], ln["x1"], max((c.get("size", 0.0) for c in ln["chars"]), default=0.0))
            for ln in raw_lines
        ]
        return join_lines(lines), "\n".join(ln["text"] for ln in raw_lines)
    except Exception:  # a fallback must never be worse than no fallback
        return None


def _ocr_page(page) -> tuple[str, float] | None:
    try:
        from .ocr import ocr_pdf_page

        return ocr_pdf_page(page)
    except ImportError:  # the `ocr` extra is not installed
        return None
