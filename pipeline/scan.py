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


def finditer_at(pattern, text: str, starts: Iterable[int], end: int | None = None) -> Iterator:
    """`pattern.finditer(text)` (or `pattern.finditer(text, starts[0]-or-later, end)`: matches
    end by `end`), trying only the offsets in `starts`."""
    pos = 0
    end = len(text) if end is None else end
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s, end)
        if m is not None:
            if m.end() == m.start():
                raise ValueError(f"finditer_at: {pattern.pattern[:40]!r} matched the empty string")
            yield m
            pos = m.end()


def word_starts(automaton, text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets where a word of `automaton` (values: the word's length) lies in
    text[start:end]."""
    end = len(text) if end is None else end
    return sorted({last - n + 1 for last, n in automaton.iter(text, start, end)})
