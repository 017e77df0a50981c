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


def finditer_run_then(pattern, tail, run_char, max_run: int, text: str, pos: int = 0,
                      endpos: int | None = None) -> Iterator:
    """`pattern.finditer(text, pos, endpos)` for a pattern written `R{1,max_run}` + T, where R is
    one character class (`run_char`: R compiled) and T (`tail`: T compiled) opens with a
    character that R never matches: 发文字号 such as `粤府〔2020〕12号` (R: a Chinese or Latin
    letter, T: the bracketed year and number). T is rare in prose and opens with a bracket the
    engine finds at once, while `R{1,14}` makes the engine try up to 14 characters at every
    Chinese character of the text; here each T match is extended back over the R run before it
    (at most `max_run` characters, not before the previous match) and the match is the
    pattern's own, taken there: the same matches as `pattern.finditer`, in the same order."""
    endpos = len(text) if endpos is None else min(endpos, len(text))
    floor = pos
    while True:
        anchor = tail.search(text, pos, endpos)
        if anchor is None:
            return
        b = anchor.start()
        s = b
        lo = max(floor, b - max_run)
        while s > lo and run_char.match(text, s - 1):
            s -= 1
        m = pattern.match(text, s, endpos) if s < b else None
        if m is None:
            pos = b + 1
            continue
        yield m
        pos = floor = m.end()
