"""Plain text in the encodings Chinese offices use: UTF-8 (±BOM), UTF-16, GB18030/GBK, Big5."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import Errors, IngestError
from .raw import RawDoc, RawPage

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in order when there is no BOM. GB18030 is a superset of GBK/GB2312 and decodes almost
# any byte string, so it is only accepted when the result looks like Chinese text.
_CANDIDATES = ("utf-8", "gb18030", "big5")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises IngestError on binary or undecodable input."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    # UTF-16 without BOM and with little ASCII has few NUL bytes; try both byte orders when the
    # bytes are not UTF-8, and keep the one that reads as Chinese text.
    if len(data) % 2 == 0 and (b"\x00" in data or not _is_utf8(data)):
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausible_chinese(text):
                return text, enc
    if b"\x00" in data:
        raise IngestError(Errors.E002.format(path="{path}"))
    for enc in _CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8" or _looks_like_text(text):
            return text, enc
    raise IngestError(Errors.E003.format(path="{path}"))


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: CJK text has many zero bytes... only in ASCII parts; use the pattern of
    NULs in even/odd positions of the first bytes."""
    head = data[:4000]
    if len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.2 and even < half * 0.02:
        return "utf-16-le"
    if even > half * 0.2 and odd < half * 0.02:
        return "utf-16-be"
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _plausible_chinese(text: str) -> bool:
    """Mostly CJK, CJK punctuation, full-width forms and printable ASCII; no control codes."""
    if not text:
        return False
    ok = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
             or "\uff00" <= ch <= "\uffef" or " " <= ch <= "~" or ch in "\n\r\t“”‘’…—·")
    control = sum(1 for ch in text if ch < " " and ch not in "\n\r\t")
    return control == 0 and ok / len(text) > 0.95


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    rare = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    return printable / len(text) > 0.95 and rare / len(text) < 0.01 and cjk > 0


def read_text(path: Path, data: bytes | None = None) -> RawDoc:
    data = Path(path).read_bytes() if data is None else data
    if not data.strip():
        raise IngestError(Errors.E001.format(path=path))
    try:
        text, encoding = decode_bytes(data)
    except IngestError as exc:
        raise IngestError(str(exc).replace("{path}", str(path))) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return RawDoc(path=str(path), format="txt", pages=[RawPage(1, text, "text")], encoding=encoding)
