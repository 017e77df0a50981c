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
import statistics
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, IngestError
from .raw import RawDoc, RawPage

GARBLED_RATIO = 0.02
# A page with fewer visible characters than this has no real text layer (a scan, maybe with a
# page number or a stamp caption added later).
MIN_TEXT_CHARS = 10
SENTENCE_END = tuple("。！？；：:;!?")


# U+FFFD, private-use glyphs, control codes (a font without a ToUnicode map makes pdfium return
# raw glyph codes \x01\x04... as text) and pdfminer's `(cid:NN)`.
_BAD = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACE = re.compile(r"\s")


def bad_char_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_BAD.findall(text)) / len(text)


def strip_bad_chars(text: str) -> str:
    return _BAD.sub("", text)


@dataclass
class PdfLine:
    text: str
    x0: float  # left edge of the first glyph
    x1: float  # right edge of the last glyph
    size: float  # font size of the line's glyphs


def read_pdf(path: Path, data: bytes | None = None, ocr: bool = True) -> RawDoc:
    import pypdfium2 as pdfium

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
    try:
        if len(pdf) == 0:
            raise IngestError(Errors.E004.format(reason="no pages", path=path))
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            lines = _lines_pdfium(textpage)
            textpage.close()
            text, mode, continues = join_lines(lines)
            indented.append(_starts_indented(lines))
            backend, confidence = "pypdfium2", None
            if bad_char_ratio(text) > GARBLED_RATIO:
                alt = _read_page_pdfplumber(data, i)
                if alt is not None and bad_char_ratio(alt[0]) < bad_char_ratio(text):
                    (text, mode, continues), backend = alt, "pdfplumber"
                    warnings.append(f"page {i + 1}: garbled text layer, used pdfplumber")
            garbled = bad_char_ratio(text) > GARBLED_RATIO
            if (garbled or _visible(text) < MIN_TEXT_CHARS) and ocr:
                result = _ocr_page(page)
                if result is not None:
                    text, confidence = result
                    backend, mode, continues = "ocr", "layout", False
                    warnings.append(f"page {i + 1}: {'garbled' if garbled else 'no'} text layer, recognised by OCR")
            page.close()
            if bad_char_ratio(text) > GARBLED_RATIO:
                # What is left of a garbled layer is noise (glyph codes read as ASCII): drop it.
                warnings.append(f"page {i + 1}: garbled text layer dropped ({bad_char_ratio(text):.0%} bad characters)")
                text, backend = "", f"{backend}-garbled"
            pages.append(RawPage(i + 1, strip_bad_chars(text), backend, confidence, mode, continues))
    finally:
        pdf.close()
    if not any(p.text.strip() for p in pages):
        if any(p.backend.endswith("-garbled") for p in pages):
            reason = "text layer is garbled (fonts without a ToUnicode map); `pip install policykb[ocr]` reads it by OCR"
            raise IngestError(Errors.E008.format(fmt="PDF", reason=reason, path=path))
        raise IngestError(Errors.E007.format(path=path))
    for page, next_indented in zip(pages, indented[1:] + [True]):
        page.continues = page.continues and not next_indented
    return RawDoc(path=str(path), format="pdf", pages=pages, warnings=warnings)


def _visible(text: str) -> int:
    return len(text) - len(_SPACE.findall(text))


def _check_encryption(path: Path, data: bytes) -> None:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise IngestError(Errors.E005.format(path=path)) from None
    pdf.close()


def _lines_pdfium(textpage) -> list[PdfLine]:
    import pypdfium2.raw as pdfium_c

    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # index alignment lost: fall back to geometry-free lines
        return [PdfLine(t, 0.0, 0.0, 0.0) for t in text.replace("\r", "").split("\n")]
    lines: list[PdfLine] = []
    start = 0
    for end in range(n + 1):
        if end < n and text[end] not in "\r\n":
            continue
        first, last = start, end - 1
        while first <= last and text[first].isspace():
            first += 1
        while last >= first and text[last].isspace():
            last -= 1
        if first <= last:
            # Loose boxes span the glyph's advance: a full-width `〔` or `（` starts at the
            # margin even though its ink sits in the right half of the em square.
            x0 = textpage.get_charbox(first, loose=True)[0]
            x1 = textpage.get_charbox(last, loose=True)[2]
            size = max(pdfium_c.FPDFText_GetFontSize(textpage, first), pdfium_c.FPDFText_GetFontSize(textpage, last))
            lines.append(PdfLine(_drop_generated_spaces(textpage, text, first, last + 1), x0, x1, size))
        start = end + 1
    return lines


_CJK_SIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…]")


def _drop_generated_spaces(textpage, text: str, start: int, end: int) -> str:
    """pdfium inserts a space where glyphs stand apart; a justified CJK line spreads its glyphs
    (`技 能 增 收`). Spaces that pdfium generated between two CJK characters are dropped; spaces
    that the document itself contains (between issuers, say) are kept."""
    import pypdfium2.raw as pdfium_c

    chunk = text[start:end]
    if " " not in chunk:
        return chunk
    out = []
    for k, ch in enumerate(chunk):
        if (ch == " " and 0 < k < len(chunk) - 1 and _CJK_SIDE.match(chunk[k - 1])
                and _CJK_SIDE.match(chunk[k + 1]) and pdfium_c.FPDFText_IsGenerated(textpage, start + k) == 1):
            continue
        out.append(ch)
    return "".join(out)


def join_lines(lines: list[PdfLine]) -> tuple[str, str, bool]:
    """Page lines -> (text with one line per paragraph, line-break mode, page continues).

    Without usable geometry (few lines, no font sizes) the lines are returned as they are and
    the mode is "layout": cleaning then re-joins them from the text alone.
    """
    if not lines:
        return "", "layout", False
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2]
    if len(sized) < 3:
        return "\n".join(ln.text for ln in lines), "layout", False
    body = statistics.median_high([ln.size for ln in sized for _ in range(min(len(ln.text), 50))])
    body_lines = [ln for ln in sized if abs(ln.size - body) < 0.5]
    long_lines = [ln for ln in body_lines if len(ln.text) >= 10] or body_lines
    left = min(ln.x0 for ln in long_lines)
    rights = sorted(ln.x1 for ln in long_lines)
    right = rights[int(len(rights) * 0.9) - 1 if len(rights) > 1 else 0]
    out = [lines[0].text]
    for prev, nxt in zip(lines, lines[1:]):
        if _continues(prev, nxt, body, left, right):
            out[-1] = _glue(out[-1], nxt.text)
        else:
            out.append(nxt.text)
    # The page's last body line runs to the margin: its paragraph goes on on the next page.
    # (A right-aligned signature line also ends at the margin, but does not start near the left.)
    last = body_lines[-1]
    continues = (last.x1 >= right - 1.5 * body and last.x0 <= left + 2.5 * body
                 and not last.text.endswith(tuple("。！？")))
    return "\n".join(out), "paragraph", continues


def _starts_indented(lines: list[PdfLine]) -> bool:
    """The first body-size line of the page starts right of the text block's left edge."""
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2]
    if len(sized) < 3:
        return False
    body = statistics.median_high([ln.size for ln in sized for _ in range(min(len(ln.text), 50))])
    body_lines = [ln for ln in sized if abs(ln.size - body) < 0.5]
    left = min(ln.x0 for ln in body_lines if len(ln.text) >= 10) if any(len(ln.text) >= 10 for ln in body_lines) else 0
    return body_lines[0].x0 > left + 0.5 * body


def _continues(prev: PdfLine, nxt: PdfLine, body: float, left: float, right: float) -> bool:
    if prev.size <= 0 or nxt.size <= 0:
        return False
    same_body = abs(prev.size - body) < 0.5 and abs(nxt.size - body) < 0.5
    if same_body:
        # Runs to the right margin (hanging punctuation may go past it) and the next line is
        # not indented: the writer did not end the paragraph here, the line width did.
        return prev.x1 >= right - 1.5 * body and nxt.x0 <= left + 0.5 * body
    # Display type (titles): the same larger size on consecutive lines, no sentence end.
    big = prev.size > body * 1.15 and abs(prev.size - nxt.size) < 0.5
    return big and not prev.text.endswith(SENTENCE_END)


def _glue(a: str, b: str) -> str:
    if a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha():
        return a + " " + b
    return a + b


def _read_page_pdfplumber(data: bytes, index: int) -> tuple[str, str, bool] | None:
    """pdfplumber/pdfminer reads CID fonts differently from pdfium; `dedupe_chars` drops the
    second copy of glyphs drawn twice to fake a bold face."""
    import io

    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page = pdf.pages[index].dedupe_chars()
            lines = [
                PdfLine(ln["text"], ln["x0"], ln["x1"], max((c.get("size", 0.0) for c in ln["chars"]), default=0.0))
                for ln in page.extract_text_lines(return_chars=True)
            ]
            return join_lines(lines)
    except Exception:  # a fallback must never be worse than no fallback
        return None


def _ocr_page(page) -> tuple[str, float] | None:
    try:
        from .ocr import ocr_pdf_page

        return ocr_pdf_page(page)
    except ImportError:  # the `ocr` extra is not installed
        return None
