"""Is this Chinese text, or glyph codes that happen to fall in the CJK range?

A PDF font without a usable ToUnicode map can give glyph codes that land in U+4E00–U+9FFF: the
text layer then reads as Chinese characters, but random ones. Real notices use common
characters: in every corpus and dev notice, all Han characters are among the 8,836 of GB2312
and Big5 level 1 (the common simplified and traditional sets), while random CJK code points are
so only 42% of the time. A text with at least `MIN_HAN` Han characters of which fewer than
`MIN_COMMON` are common is taken as garbled. The set is derived from the codecs, no data file.
"""
from __future__ import annotations

import re
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


@lru_cache(maxsize=1)
def _common_class():
    """The common set as one character class (stdlib re): counted in one C scan."""
    return re.compile("[" + "".join(sorted(common_han())) + "]")


_HAN = re.compile("[\u4e00-\u9fff]")


def common_share(text: str) -> tuple[float, int]:
    n = len(_HAN.findall(text))
    if not n:
        return 1.0, 0
    return len(_common_class().findall(text)) / n, n


@lru_cache(maxsize=1)
def _uncommon_class():
    """The Han characters of U+4E00–U+9FFF outside the common set, as one class."""
    common = common_han()
    return re.compile("[" + "".join(c for c in map(chr, range(0x4E00, 0xA000)) if c not in common) + "]")


def implausible_han(text: str) -> bool:
    if _uncommon_class().search(text) is None:
        return False  # every Han character is a common one: a share of 1.0 (one scan, no lists)
    share, n = common_share(text)
    return n >= MIN_HAN and share < MIN_COMMON
