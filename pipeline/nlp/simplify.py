"""Traditional -> Simplified for canonical names (廣州市財政局 -> 广州市财政局)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    from opencc_purepy import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=4096)
def to_simplified(s: str) -> str:
    return _converter().convert(s)


def looks_traditional(text: str, sample: int = 4000) -> bool:
    """True when converting changes a noticeable share of the characters."""
    head = text[:sample]
    if not head:
        return False
    conv = to_simplified(head)
    changed = sum(1 for a, b in zip(head, conv) if a != b)
    return changed >= max(3, len(head) // 200)
