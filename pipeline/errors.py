"""Error types and coded messages, kept in one place (filled with .format())."""
from __future__ import annotations


class Errors:
    E001 = "E001 file is empty: {path}"
    E002 = "E002 file looks binary, not text in a known encoding: {path}"
    E003 = "E003 cannot decode text in any supported encoding (UTF-8/16, GB18030, Big5): {path}"
    E004 = "E004 PDF cannot be opened ({reason}): {path}"
    E005 = "E005 PDF is encrypted and needs a password: {path}"
    E006 = "E006 unsupported file type {suffix!r}: {path}"
    E007 = "E007 document has no extractable text (scan without OCR?): {path}"
    E008 = "E008 {fmt} file cannot be read ({reason}): {path}"


class PolicykbError(Exception):
    """Base class: a problem with one document that must not stop a batch."""


class IngestError(PolicykbError):
    """A file could not be turned into text. The message says why."""
