"""Traditional -> Simplified for canonical names (廣州市財政局 -> 广州市财政局)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_table


@lru_cache(maxsize=1)
def _converter():
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=4096)
def to_simplified(s: str) -> str:
    if not any(ch in _traditional_chars() for ch in s):
        return s  # nothing to convert: skip loading OpenCC's dictionaries
    return _converter().convert(s)


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(row["char"] for row in load_table("traditional_chars"))


@lru_cache(maxsize=1)
def _traditional_class():
    """The table's characters as one character class (stdlib re): counted in one C scan."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_traditional_chars())) + "]")


def looks_traditional(text: str, sample: int = 4000) -> bool:
    """True when a noticeable share of the characters are ones t2s would simplify. Counted from
    a table (pipeline/data/traditional_chars.tsv) so Simplified text never loads the converter."""
    head = text[:sample]
    if not head:
        return False
    changed = len(_traditional_class().findall(head))
    return changed >= max(3, len(head) // 200)
