"""Ingestion: one reader per format, each `read_<fmt>(path, data, settings) -> RawDoc`.

`READERS` is the one table of formats: the suffixes policykb reads, the format name each gives
and the module that reads it. `UNSUPPORTED` names the document types found on government sites
that it does not read, with the reason a run reports when it skips them. `read_document(path)`
checks the size limits, reads the file once, and dispatches on the suffix (sniffing the content
when the suffix says nothing). Backends are imported lazily so `import pipeline` stays cheap.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, IngestError, LimitError, UnsupportedFormatError
from .raw import RawDoc, RawPage


@dataclass(frozen=True)
class Reader:
    format: str  # RawDoc.format and provenance.format
    module: str  # pipeline.ingest.<module>.read_<format>
    function: str


_TEXT = Reader("txt", "text", "read_text")
_PDF = Reader("pdf", "pdf", "read_pdf")
_HTML = Reader("html", "html", "read_html")
_DOCX = Reader("docx", "docx", "read_docx")
_OFD = Reader("ofd", "ofd", "read_ofd")

READERS: dict[str, Reader] = {
    ".txt": _TEXT, ".text": _TEXT, ".md": _TEXT,
    ".pdf": _PDF,
    ".html": _HTML, ".htm": _HTML, ".shtml": _HTML, ".xhtml": _HTML,
    ".docx": _DOCX,
    ".ofd": _OFD,
}
SUPPORTED_SUFFIXES = frozenset(READERS)

UNSUPPORTED: dict[str, str] = {
    ".doc": "Word 97-2003 binary document", ".wps": "WPS Office writer document",
    ".rtf": "rich text", ".odt": "OpenDocument text", ".docm": "macro-enabled Word document",
    ".xls": "Excel 97-2003 workbook", ".xlsx": "Excel workbook", ".et": "WPS spreadsheet", ".csv": "table",
    ".ppt": "PowerPoint 97-2003", ".pptx": "PowerPoint", ".dps": "WPS presentation",
    ".ceb": "Apabi CEB e-document", ".caj": "CNKI CAJ document", ".xps": "XPS document",
    ".zip": "archive (unpack it first)", ".rar": "archive (unpack it first)", ".7z": "archive (unpack it first)",
    ".jpg": "image (scan)", ".jpeg": "image (scan)", ".png": "image (scan)", ".tif": "image (scan)",
    ".tiff": "image (scan)", ".gif": "image",
}


def reader_for(path: str | Path, data: bytes = b"") -> Reader:
    """The reader of a file: by suffix; a file without a known suffix by its first bytes."""
    suffix = Path(path).suffix.lower()
    if data[:5] == b"%PDF-":
        return _PDF
    if suffix in READERS:
        return READERS[suffix]
    if suffix in UNSUPPORTED:
        raise UnsupportedFormatError(Errors.E015.format(suffix=suffix, reason=UNSUPPORTED[suffix], path=path))
    if suffix == "" or not suffix[1:].isalpha():  # no suffix, or a dot inside a title (2024.1.5)
        return sniff(data)
    raise UnsupportedFormatError(Errors.E006.format(suffix=suffix, path=path))


def sniff(data: bytes) -> Reader:
    head = data[:2048].lstrip().lower()
    if data[:4] == b"PK\x03\x04":
        try:
            import io

            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            names = set()
        if "OFD.xml" in names:
            return _OFD
        return _DOCX
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return _HTML
    return _TEXT


def read_document(path: str | Path, data: bytes | None = None, settings=None) -> RawDoc:
    """Read one file (its bytes once) into a RawDoc; size limits are checked first."""
    from ..settings import DEFAULT

    settings = settings or DEFAULT
    path = Path(path)
    if data is None:
        data = read_bytes(path, settings)
    elif settings.max_bytes and len(data) > settings.max_bytes:
        raise LimitError(Errors.E013.format(what=f"{len(data):,} bytes > max_bytes {settings.max_bytes:,}", path=path))
    if not data.strip():
        raise IngestError(Errors.E001.format(path=path))
    reader = reader_for(path, data)
    import importlib

    module = importlib.import_module(f"{__name__}.{reader.module}")
    raw = getattr(module, reader.function)(path, data, settings=settings)
    chars = sum(len(p.text) for p in raw.pages)
    if settings.max_chars and chars > settings.max_chars:
        raise LimitError(Errors.E013.format(what=f"{chars:,} characters > max_chars {settings.max_chars:,}", path=path))
    return raw


def read_bytes(path: Path, settings) -> bytes:
    """The file's bytes, after checking its size against `max_bytes` (before reading)."""
    try:
        size = path.stat().st_size
        if settings.max_bytes and size > settings.max_bytes:
            raise LimitError(Errors.E013.format(what=f"{size:,} bytes > max_bytes {settings.max_bytes:,}", path=path))
        with open(path, "rb") as fh:
            return fh.read(settings.max_bytes + 1 if settings.max_bytes else -1)
    except OSError as exc:
        raise IngestError(Errors.E014.format(reason=f"{type(exc).__name__}: {exc.strerror or exc}", path=path)) from None


def open_zip(data: bytes, settings, path, fmt: str) -> zipfile.ZipFile:
    """A zip container (DOCX, OFD) whose declared inflated sizes are within the limits."""
    import io

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise IngestError(Errors.E008.format(fmt=fmt, reason=f"{type(exc).__name__}: {exc}", path=path)) from None
    if settings.max_zip_members and len(infos) > settings.max_zip_members:
        raise LimitError(Errors.E013.format(what=f"{len(infos):,} zip members > max_zip_members", path=path))
    total = 0
    for info in infos:
        total += info.file_size
        if settings.max_inflated_bytes and info.file_size > settings.max_inflated_bytes:
            raise LimitError(Errors.E013.format(
                what=f"zip member {info.filename!r} inflates to {info.file_size:,} bytes > max_inflated_bytes", path=path))
    if settings.max_inflated_total and total > settings.max_inflated_total:
        raise LimitError(Errors.E013.format(what=f"zip inflates to {total:,} bytes > max_inflated_total", path=path))
    return zf


def is_supported(path: Path) -> bool:
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


__all__ = ["RawDoc", "RawPage", "Reader", "READERS", "UNSUPPORTED", "read_document", "reader_for", "is_supported",
           "SUPPORTED_SUFFIXES", "open_zip", "read_bytes"]
