"""The one text decoder: bytes in the encodings Chinese offices use -> str, for text and HTML.

Order: a BOM (UTF-32, UTF-8, UTF-16); UTF-32 and UTF-16 without BOM by the pattern of zero bytes
(and, for UTF-16 with little ASCII, by which byte order reads as Chinese); a declared charset
(HTML `<meta charset>`) when it decodes cleanly; strict UTF-8; GB18030 (a superset of GBK and
GB2312) and Big5 when the result looks like Chinese text.

Damage is tolerated, garbage is not: a text that decodes except for a few stray bytes (at most
`MAX_DAMAGE` of it: a NUL from a bad copy, one invalid byte from a truncated download) is read
with the damage replaced and a coded warning (W001, W002); a byte string that is mostly not text
in any of these encodings is refused (E002 binary, E003 undecodable).
"""
from __future__ import annotations

import codecs
import re as _re
from dataclasses import dataclass, field

from ..errors import Errors, IngestError, Warnings

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: FF FE 00 00 also starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CANDIDATES = ("utf-8", "gb18030", "big5")
ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}
MAX_DAMAGE = 0.01  # share of characters that may be repaired (replaced or removed) in a text kept
MAX_CONTROL = 8  # control characters any text may hold (a stray NEL or form feed in a short notice)


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, declared: str | None = None, path: object = "{path}") -> Decoded:
    """Decode `data`; `declared` is a charset named by the file itself (HTML meta)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _tolerant(data, enc, path, strict_first=True)
    wide = _guess_utf32(data) or _guess_utf16(data)
    if wide:
        try:
            return Decoded(data.decode(wide), wide)
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
                return Decoded(text, enc)
    warnings: list[str] = []
    nuls = data.count(0)
    if nuls:
        if nuls > len(data) * MAX_DAMAGE:
            raise IngestError(Errors.E002.format(path=path))
        data = data.replace(b"\x00", b"")
        warnings.append(Warnings.W002.format(count=nuls))
    tried = []
    if declared:
        enc = ALIASES.get(declared.lower(), declared.lower())
        try:
            codecs.lookup(enc)
            tried.append(enc)
        except LookupError:
            pass
    for enc in tried + [c for c in CANDIDATES if c not in tried]:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8" or enc in tried[:1] or _looks_like_text(text):
            if not _mostly_printable(text):
                raise IngestError(Errors.E002.format(path=path))
            return Decoded(text, enc, warnings)
    # Nothing decodes cleanly: the encoding that needs the fewest repairs, if they are few.
    best = None
    for enc in tried + ["utf-8", "gb18030"]:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
        if best is None or bad < best[2]:
            best = (text, enc, bad)
    text, enc, bad = best
    if bad <= max(1, len(text) * MAX_DAMAGE) and _mostly_printable(text) and (enc == "utf-8" or _looks_like_text(text, rare_ok=bad)):
        return Decoded(text, enc, warnings + [Warnings.W001.format(count=bad, encoding=enc)])
    raise IngestError(Errors.E003.format(path=path))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding), for callers that do not keep warnings. Raises IngestError."""
    d = decode(data)
    return d.text, d.encoding


def _tolerant(data: bytes, enc: str, path: object, strict_first: bool) -> Decoded:
    try:
        return Decoded(data.decode(enc), enc)
    except UnicodeDecodeError:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad > max(1, len(text) * MAX_DAMAGE):
            raise IngestError(Errors.E003.format(path=path)) from None
        return Decoded(text, enc, [Warnings.W001.format(count=bad, encoding=enc)])


def _guess_utf32(data: bytes) -> str | None:
    """UTF-32 without BOM: every fourth byte pair is zero (all of Unicode is below U+110000)."""
    head = data[:4000]
    if len(head) < 8 or len(data) % 4:
        return None
    quarter = len(head) // 4
    if head[3::4].count(0) == quarter and head[2::4].count(0) > quarter * 0.9:
        return "utf-32-le"
    if head[0::4].count(0) == quarter and head[1::4].count(0) > quarter * 0.9:
        return "utf-32-be"
    return None


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII parts have zero bytes all in even (BE) or all in odd (LE) positions."""
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


# Character classes counted in one C scan (stdlib re) instead of a Python step per character.
_PLAUSIBLE = _re.compile("[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef -~\n\r\t“”‘’…—·<>]")
_CONTROL_NOT_NRT = _re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # below space, not \n \r \t
_CONTROL = _re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # below space, not \r \n \t \f; C1
_CJK = _re.compile("[\u4e00-\u9fff\u3000-\u303f]")
_RARE = _re.compile("[\ue000-\uf8ff\ufffd]")
_NO_BREAKS = {ord("\r"): None, ord("\n"): None, ord("\t"): None}


def _plausible_chinese(text: str) -> bool:
    """Mostly CJK, CJK punctuation, full-width forms and printable ASCII; no control codes."""
    if not text:
        return False
    ok = len(_PLAUSIBLE.findall(text))
    control = len(_CONTROL_NOT_NRT.findall(text))
    if control or ok / len(text) <= 0.95:
        return False
    from .hanzi import implausible_han

    return not implausible_han(text)


def _mostly_printable(text: str) -> bool:
    if not text:
        return True
    control = len(_CONTROL.findall(text))
    return control <= max(MAX_CONTROL, len(text) * MAX_DAMAGE)


def _looks_like_text(text: str, rare_ok: int = 0) -> bool:
    if not text:
        return False
    cjk = len(_CJK.findall(text))
    if text.translate(_NO_BREAKS).isprintable():
        printable = len(text)
    else:
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    rare = len(_RARE.findall(text)) - rare_ok
    from .hanzi import implausible_han

    return printable / len(text) > 0.95 and rare / len(text) < 0.01 and cjk > 0 and not implausible_han(text)
