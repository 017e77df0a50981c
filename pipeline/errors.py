"""Error and warning codes, kept in one place (messages filled with .format()).

An *error* (E…) means a document produced no record; it becomes one line of `errors.jsonl`
(`{"code", "message", "path", "doc_id"}`). A *warning* (W…) means the record was made but
something was lost or repaired on the way; it is kept in the record's `warnings` as
`{"code", "message", "page"}`. The codes are stable: tools may match on them.
"""
from __future__ import annotations

import re


class Errors:
    E001 = "E001 file is empty: {path}"
    E002 = "E002 file looks binary, not text in a known encoding: {path}"
    E003 = "E003 cannot decode text in any supported encoding (UTF-8/16/32, GB18030, Big5): {path}"
    E004 = "E004 PDF cannot be opened ({reason}): {path}"
    E005 = "E005 PDF is encrypted and needs a password: {path}"
    E006 = "E006 unsupported file type {suffix!r}: {path}"
    E007 = "E007 document has no extractable text (scan without OCR?): {path}"
    E008 = "E008 {fmt} file cannot be read ({reason}): {path}"
    # Limits (pipeline.settings.Settings): checked before reading where the size is known.
    E010 = "E010 document took longer than the time limit ({seconds:g} s): {path}"
    E011 = "E011 document needed more memory than the limit ({mib} MiB): {path}"
    E012 = "E012 worker process died while reading the document ({reason}): {path}"
    E013 = "E013 input exceeds a size limit ({what}): {path}"
    E014 = "E014 input cannot be read from the file system ({reason}): {path}"
    E015 = "E015 file type {suffix!r} is not supported ({reason}); convert it first: {path}"
    E016 = "E016 HTML cannot be read whole ({reason}): {path}"
    E019 = "E019 unexpected {kind} while processing the document ({detail}): {path}"


class Warnings:
    W001 = "W001 {count} undecodable byte(s) replaced by U+FFFD while decoding as {encoding}"
    W002 = "W002 {count} NUL byte(s) removed from the text"
    W003 = "W003 page {page}: garbled text layer, used pdfplumber"
    W004 = "W004 page {page}: {what} text layer, recognised by OCR"
    W005 = "W005 page {page}: garbled text layer dropped ({reason})"
    W006 = "W006 page {page}: cannot be read ({reason}); the page is left empty"
    W007 = "W007 only the first {limit} of {count} pages were read (page limit)"
    W009 = "W009 HTML nesting deeper than {depth} levels: read with the large-document parser"
    W010 = "W010 file name is not valid UTF-8; undecodable bytes kept as escapes"


_CODE = re.compile(r"^([EW]\d{3})\s+(.*)$", re.S)


def split_code(message: str) -> tuple[str | None, str]:
    """`"E001 file is empty: x"` -> `("E001", "file is empty: x")`; free text -> `(None, text)`."""
    m = _CODE.match(message or "")
    return (m.group(1), m.group(2)) if m else (None, message)


def coded_warning(message: str, page: int | None = None) -> dict:
    """A warning as the record keeps it: `{"code", "message", "page"}` (free text gets W000)."""
    code, text = split_code(message)
    if page is None:
        m = re.match(r"page (\d+):", text)
        page = int(m.group(1)) if m else None
    return {"code": code or "W000", "message": text, "page": page}


class PolicykbError(Exception):
    """Base class: a problem with one document that must not stop a batch.

    `code` is the E… code (also the first word of the message), `path` the input it concerns."""

    def __init__(self, message: str = "", code: str | None = None, path: str | None = None):
        super().__init__(message)
        found, _ = split_code(message)
        self.code = code or found or "E019"
        self.path = path

    @property
    def message(self) -> str:
        return split_code(str(self))[1]


class IngestError(PolicykbError):
    """A file could not be turned into text. The message says why."""


class LimitError(PolicykbError):
    """A document went past a size, time or memory limit (E010, E011, E013)."""


class UnsupportedFormatError(IngestError):
    """A file type policykb does not read (E006, E015)."""


class InputError(PolicykbError, ValueError):
    """The inputs of a run cannot be used at all (missing path, nothing readable, --out is a file)."""


class RunLockedError(PolicykbError):
    """Another run holds the output folder's lock."""


__all__ = ["Errors", "Warnings", "PolicykbError", "IngestError", "LimitError", "UnsupportedFormatError",
           "InputError", "RunLockedError", "split_code", "coded_warning"]
