"""The vocabulary of official documents, built once from data tables with sources.

Genre words (通知, 意见, 方案, 办法…) are used by layout (what ends a title line), metadata
(`doc_type`), targets (a work plan's own year), the silver check and the HTML reader; they live
in `pipeline/data/genre_words.tsv` (source: the 15 公文 genres of 党政机关公文处理工作条例 第八条
plus the 规章 and plan genres of local practice) and every module reads them from here.
"""
from __future__ import annotations

from functools import lru_cache

from . import rx as re

from .data import load_table


@lru_cache(maxsize=1)
def genre_words() -> tuple[str, ...]:
    """Every genre word, longest first (so an alternation prefers 实施意见 to 意见)."""
    return tuple(sorted((r["word"] for r in load_table("genre_words")), key=len, reverse=True))


@lru_cache(maxsize=1)
def doc_type_of_word() -> dict[str, str]:
    """Genre word -> the spec's doc_type (qualifiers dropped: 若干意见 → 意见, 管理办法 → 办法)."""
    return {r["word"]: r["doc_type"] for r in load_table("genre_words")}


def genre_alternation(*extra: str) -> str:
    """A regex alternation of the genre words (plus `extra` words), longest first."""
    words = sorted(set(genre_words()) | set(extra), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")"


@lru_cache(maxsize=1)
def work_plan_genres() -> re.Pattern:
    """Genres of a plan whose title year is its own period (`2025年…工作要点` → 2025)."""
    words = sorted((r["word"] for r in load_table("genre_words") if r["work_plan"] == "yes"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")")
