"""PDF through its text layer: pypdfium2 (fast, Apache/BSD) by default, pdfplumber as fallback.

A page whose text looks garbled (`(cid:NN)`, U+FFFD, private-use glyphs from fonts embedded without
a ToUnicode map) is re-read with the other backend and the better text is kept; the backend of
every page is recorded.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import Errors, IngestError
from .raw import RawDoc, RawPage

_CID = re.compile(r"\(cid:\d+\)")
GARBLED_RATIO = 0.02


def bad_char_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = len(_CID.findall(text)) + sum(
        1 for ch in text if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff"
    )
    return bad / max(len(text), 1)


def read_pdf(path: Path, data: bytes | None = None) -> RawDoc:
    import pypdfium2 as pdfium

    data = Path(path).read_bytes() if data is None else data
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise IngestError(Errors.E005.format(path=path)) from None
        raise IngestError(Errors.E004.format(reason=msg, path=path)) from None
    pages: list[RawPage] = []
    warnings: list[str] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded() or ""
            textpage.close()
            page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            backend = "pypdfium2"
            if bad_char_ratio(text) > GARBLED_RATIO:
                alt = _read_page_pdfplumber(data, i)
                if alt is not None and bad_char_ratio(alt) < bad_char_ratio(text):
                    text, backend = alt, "pdfplumber"
                    warnings.append(f"page {i + 1}: garbled text layer, used pdfplumber")
            pages.append(RawPage(i + 1, _CID.sub("", text).replace("\ufffd", ""), backend))
    finally:
        pdf.close()
    if not any(p.text.strip() for p in pages):
        raise IngestError(Errors.E007.format(path=path))
    return RawDoc(path=str(path), format="pdf", pages=pages, warnings=warnings)


def _read_page_pdfplumber(data: bytes, index: int) -> str | None:
    import io

    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return pdf.pages[index].dedupe_chars().extract_text() or ""
    except Exception:  # a fallback must never be worse than no fallback
        return None
