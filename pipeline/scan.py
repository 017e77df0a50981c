"""Leftmost-first scanning of a pattern tried only where a match can start.

`finditer_at(pattern, text, starts)` yields exactly what `pattern.finditer(text)` yields when
`starts` holds every offset at which a match can begin (a superset is fine): positions are
tried in order, a match is taken, the scan goes on from its end. A pattern whose matches must
open with one of a few thousand words (a sector list opens with a sector name) is then tried
at the words' occurrences, found at once by an Aho-Corasick automaton, instead of at every
character of the text. The pattern must not match the empty string.
"""
from __future__ import annotations

from typing import Iterable, Iterator


def finditer_at(pattern, text: str, starts: Iterable[int]) -> Iterator:
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            if m.end() == m.start():
                raise ValueError(f"finditer_at: {pattern.pattern[:40]!r} matched the empty string")
            yield m
            pos = m.end()


def word_starts(automaton, text: str) -> list[int]:
    """Sorted offsets where a word of `automaton` (values: the word's length) starts in text."""
    return sorted({end - n + 1 for end, n in automaton.iter(text)})
