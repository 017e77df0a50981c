"""Is this Chinese text, or glyph codes that happen to fall in the CJK range?

A PDF font without a usable ToUnicode map can give glyph codes that land in U+4E00–U+9FFF: the
text layer then reads as Chinese characters, but random ones. Real notices use common
characters: in every corpus and dev notice, all Han characters are among the 8,836 of GB2312
and Big5 level 1 (the common simplified and traditional sets), while random CJK code points are
so only 42% of the time. A text with at least `MIN_HAN` Han characters of which fewer than
`MIN_COMMON` are common is taken as garbled. The set is derived from the codecs, no data file.
"""
from __future__ import annotations

from functools import lru_cache

MIN_HAN = 50
MIN_COMMON = 0.75


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    chars = set()
    for hi in range(0xB0, 0xF8):  # GB2312 levels 1 and 2
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for hi in range(0xA4, 0xC7):  # Big5 level 1 (frequent characters)
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes([hi, lo]).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(c for c in chars if "\u4e00" <= c <= "\u9fff")


def common_share(text: str) -> tuple[float, int]:
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 1.0, 0
    common = common_han()
    return sum(c in common for c in han) / len(han), len(han)


def implausible_han(text: str) -> bool:
    share, n = common_share(text)
    return n >= MIN_HAN and share < MIN_COMMON
