"""Traditional -> Simplified for canonical names (廣州市財政局 -> 广州市财政局)."""
from __future__ import annotations

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


def looks_traditional(text: str, sample: int = 4000) -> bool:
    """True when a noticeable share of the characters are ones t2s would simplify. Counted from
    a table (pipeline/data/traditional_chars.tsv) so Simplified text never loads the converter."""
    head = text[:sample]
    if not head:
        return False
    trad = _traditional_chars()
    changed = sum(1 for ch in head if ch in trad)
    return changed >= max(3, len(head) // 200)
