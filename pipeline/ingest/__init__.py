"""Ingestion: one reader per format, each `read_<fmt>(path) -> RawDoc`.

`read_document(path)` dispatches on the suffix (and sniffs content for unknown suffixes).
Optional backends are imported lazily so `import pipeline` stays cheap.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import Errors, IngestError
from .raw import RawDoc, RawPage

SUPPORTED_SUFFIXES = {".txt", ".text", ".md", ".pdf", ".html", ".htm", ".docx", ".ofd"}


def read_document(path: str | Path) -> RawDoc:
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(Errors.E001.format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        from .pdf import read_pdf

        return read_pdf(path, data)
    if suffix in (".html", ".htm"):
        from .html import read_html

        return read_html(path, data)
    if suffix == ".docx":
        from .docx import read_docx

        return read_docx(path, data)
    if suffix == ".ofd":
        from .ofd import read_ofd

        return read_ofd(path, data)
    if suffix in (".txt", ".text", ".md", ""):
        from .text import read_text

        return read_text(path, data)
    raise IngestError(Errors.E006.format(suffix=suffix, path=path))


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


__all__ = ["RawDoc", "RawPage", "read_document", "is_supported", "SUPPORTED_SUFFIXES"]
