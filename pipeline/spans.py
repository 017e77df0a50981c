"""Sets of character spans [start, end) that answer "is this offset inside one?" and "which ones
overlap this range?" in logarithmic time, so a check per number or per sentence does not scan
every span found so far (which made long documents quadratic).

    >>> s = SpanIndex([(10, 20), (2, 5)])
    >>> s.covers(4), s.covers(5), s.covers(19)
    (True, False, True)
    >>> s.overlapping(4, 11)
    [(2, 5), (10, 20)]
    >>> s.any_start_in(5, 10), s.any_start_in(5, 11)
    (False, True)

`covers(pos)` is exactly `any(s <= pos < e for s, e in spans)`, whatever the spans (unsorted,
overlapping, added in any order).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, Iterator


class SpanIndex:
    __slots__ = ("_spans", "_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._spans: list[tuple[int, int]] = sorted((s, e) for s, e in spans)
        self._reindex()

    def _reindex(self) -> None:
        self._starts = [s for s, _ in self._spans]
        self._max_end = list(accumulate((e for _, e in self._spans), max))

    def add(self, span: tuple[int, int]) -> None:
        """Add a span; O(1) when spans come in order of their start (the usual case). A span added before
        others (a second pass over the text) is inserted in place: the running maximum of the ends after it
        is raised only where it was below the new end (a run that stops at the first one at least as far),
        not recomputed for every span (the years of a long notice, found pass after pass, made that quadratic)."""
        s, e = span
        if not self._spans or s >= self._starts[-1]:
            self._spans.append((s, e))
            self._starts.append(s)
            self._max_end.append(max(e, self._max_end[-1]) if self._max_end else e)
        else:
            i = bisect_right(self._spans, (s, e))  # (where insort puts it)
            self._spans.insert(i, (s, e))
            self._starts.insert(i, s)
            max_end = self._max_end
            max_end.insert(i, max(e, max_end[i - 1]) if i else e)
            j = i + 1
            while j < len(max_end) and max_end[j] < e:  # (non-decreasing: past the first one >= e, all are)
                max_end[j] = e
                j += 1

    def covers(self, pos: int) -> bool:
        """Is `pos` inside a span (start <= pos < end)?"""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._max_end[i] > pos

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """Spans sharing a character with [a, b) (start < b and end > a), by start."""
        hi = bisect_left(self._starts, b)
        lo = bisect_right(self._max_end, a, 0, hi)  # _max_end is non-decreasing
        return [sp for sp in self._spans[lo:hi] if sp[1] > a]

    def any_start_in(self, a: int, b: int) -> bool:
        """Does a span start in [a, b)?"""
        i = bisect_left(self._starts, a)
        return i < len(self._starts) and self._starts[i] < b

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)


class _SortedStarts:
    __slots__ = ("items", "n", "starts", "ok")

    def __init__(self, items: list, start_of, end_of):
        self.items, self.n = items, len(items)
        self.starts = [start_of(x) for x in items]
        ends = [end_of(x) for x in items]
        self.ok = all(a <= b for a, b in zip(self.starts, self.starts[1:])) and all(
            s <= e for s, e in zip(self.starts, ends))


_last_index: _SortedStarts | None = None


def items_within(items: list, a: int, b: int, start_of, end_of) -> list:
    """`[x for x in items if a <= start_of(x) and end_of(x) <= b]`, in the same order, found by
    bisection when `items` is sorted by start (organ mentions are): a lookup per sentence or
    bracket no longer scans every mention of the document. The index of the last list asked
    about is kept (by identity), so repeated lookups in one list build it once."""
    global _last_index
    idx = _last_index
    if idx is None or idx.items is not items or idx.n != len(items):
        idx = _last_index = _SortedStarts(items, start_of, end_of)
    if not idx.ok:
        return [x for x in items if a <= start_of(x) and end_of(x) <= b]
    lo = bisect_left(idx.starts, a)
    hi = bisect_right(idx.starts, b, lo)
    return [x for x in items[lo:hi] if end_of(x) <= b]
