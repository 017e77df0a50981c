"""The shared sentence record, a measured prototype (session 20, s20-speed): not part of the pipeline.

`SentenceIndex` answers the sentence/clause-boundary and pattern-opening questions that organ mentions,
responsibilities and targets each ask by their own regex searches, from offsets computed once per text. Measured by
`benchmarks/sentence_share.py` (docs/decisions/speed-s20.md): a regex search over at most 300 characters is cheaper
than a method call plus a bisection, so adopting it would not make the pipeline faster; it is kept here, beside the
benchmark that measured it, so a later session can re-measure without rewriting it. tests/test_s20speed_sentences.py
pins its answers to the searches it would replace.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from pipeline.extract.context import Context
# ---------------------------------------------------------------- (s20-speed) the shared sentence record, a prototype
#
# Organ mentions, responsibilities and targets each find sentence and clause boundaries around the positions they
# read (a regex search back and one forward per organ, per quantity: `_sentences_at`, `_back_to`, `_forward_to`,
# `_clauses`), and each tries its patterns over whole segments or windows. `SentenceIndex` computes, once per text,
# the sorted offsets of each boundary class (one C scan a class) and, for named word sets or patterns, the offsets
# where a match can open (one Aho-Corasick scan of all sets: `scan.MultiStarts`); every question above is then a
# bisection. Nothing reads it yet: docs/decisions/speed-s20.md has the design, the measured estimate and how each
# stage adopts it (`Context.sentence_index()`; tests/test_s20speed_sentences.py pins its answers to the searches it
# replaces). Additive only: no existing behaviour changes.

import re as _stdre  # noqa: E402

_ONE_CHAR_CLASS = _stdre.compile(r"\[(?:[^\\\]\[]|\\[nrt])+\]")  # `[。！？\n]`: a plain class, no escapes but \n \r \t

SENTENCE_MARKS = "[。！？\n]"  # responsibilities.SENTENCE_END, targets.SENTENCE_BREAK
CLAUSE_MARKS = "[。；;！？\n]"  # responsibilities.CLAUSE_END, targets.CAP_BREAK
ANNOTATION_CLAUSE_MARKS = "[；;。]"  # responsibilities.CLAUSE_MARK (`_clauses` of an annotation)


def _class_source(marks) -> str:
    """The source of a one-character class given as a string (`"[。！？\\n]"`) or a compiled pattern of one
    (responsibilities.SENTENCE_END, targets.SENTENCE_BREAK…); ValueError for anything else (a lookaround reads
    past a window's end differently from a scan of the whole text: such a pattern keeps its own search)."""
    src = marks if isinstance(marks, str) else marks.pattern
    src = src.replace("\n", r"\n").replace("\r", r"\r").replace("\t", r"\t")  # (one key for both spellings)
    if not _ONE_CHAR_CLASS.fullmatch(src) or src.startswith("[^"):
        raise ValueError(f"not a plain one-character class: {src!r}")
    return src


class SentenceIndex:
    """Boundaries and opening hits of one text, each computed once and answered by bisection.

    * `marks(cls)`: sorted offsets of the characters of a one-character class (`SENTENCE_MARKS`…);
    * `back_to(pos, lo, cls, reach)` / `forward_to(pos, hi, cls, reach)`: targets' `_back_to` / `_forward_to`;
    * `runs_at(a, b, cls, points)`: responsibilities' `_sentences_at` (the runs `[^cls]+` of text[a:b] that hold a
      point or end right before one); `run_at(pos, a, b, cls)`: the one run around a position; `runs(a, b, cls)`:
      every run (the sentences or clauses of a range, in order);
    * `clauses(a, b)`: responsibilities' `_clauses` (pieces of text[a:b] between `；;。`, empty ones dropped);
    * `openings(name)`, `openings_in(name, a, b)`, `has_opening(name, a, b)`: offsets where a word of a named set
      (or an opening of a named pattern, `scan.openings`) lies, every set declared by `declare_openings` found by
      one scan of the text at the first question; `search(name, a, b)` = `pattern.search(text, a, b)` tried
      only at those offsets (None at once in a window with none)."""

    def __init__(self, text: str):
        self.text = text
        self._marks: dict[Any, list[int]] = {}
        self._hits: dict[str, list[int]] | None = None

    # -- boundaries
    def marks(self, cls) -> list[int]:
        found = self._marks.get(cls)  # (by the object asked with: a compiled pattern or a class string)
        if found is None:
            src = _class_source(cls)
            found = self._marks.get(src)
            if found is None:
                found = self._marks[src] = [m.start() for m in _stdre.finditer(src, self.text)]
            self._marks[cls] = found
        return found

    def back_to(self, pos: int, lo: int, cls, reach: int = 300) -> int:
        """targets._back_to(text, pos, lo, cls): after the last mark in [max(lo, pos - reach), pos), else `lo`."""
        ks = self.marks(cls)
        i = bisect_left(ks, pos) - 1
        if i >= 0 and ks[i] >= max(lo, pos - reach):
            return max(ks[i] + 1, lo)
        return lo

    def forward_to(self, pos: int, hi: int, cls, reach: int = 300) -> int:
        """targets._forward_to(text, pos, hi, cls): the first mark in [pos, min(hi, pos + reach)), else that end."""
        ks = self.marks(cls)
        stop = min(hi, pos + reach, len(self.text))
        i = bisect_left(ks, pos)
        if i < len(ks) and ks[i] < stop:
            return ks[i]
        return min(hi, pos + reach)

    def run_at(self, pos: int, a: int, b: int, cls) -> tuple[int, int] | None:
        """The run `[^cls]+` of text[a:b] holding offset `pos` (None: `pos` outside [a, b) or on a mark)."""
        if pos < a or pos >= b:
            return None
        ks = self.marks(cls)
        i = bisect_left(ks, pos)
        if i < len(ks) and ks[i] == pos:
            return None
        s = ks[i - 1] + 1 if i > 0 and ks[i - 1] >= a else a
        e = ks[i] if i < len(ks) and ks[i] < b else b
        return s, e

    def runs_at(self, a: int, b: int, cls, points: list[int]) -> list[tuple[int, int]]:
        """responsibilities._sentences_at(text, a, b, cls, cls reversed, points), by bisection."""
        out: list[tuple[int, int]] = []
        last_e = a
        i, n = 0, len(points)
        while i < n:
            p = points[i]
            if p > b:
                break
            if p < last_e:
                i = bisect_left(points, last_e, i)
                continue
            i += 1
            for q in (p - 1, p):
                if q < last_e:
                    continue
                run = self.run_at(q, a, b, cls)
                if run is not None:
                    out.append(run)
                    last_e = run[1]
        return out

    def runs(self, a: int, b: int, cls) -> list[tuple[int, int]]:
        """Every run `[^cls]+` of text[a:b], in order (what finditer of that negated class gives)."""
        ks = self.marks(cls)
        out, cur = [], a
        for k in ks[bisect_left(ks, a):bisect_left(ks, b)]:
            if k > cur:
                out.append((cur, k))
            cur = k + 1
        if b > cur:
            out.append((cur, b))
        return out

    def clauses(self, a: int, b: int) -> list[tuple[int, int]]:
        """responsibilities._clauses(text, a, b): the pieces of text[a:b] between `；;。`, empty ones dropped."""
        return self.runs(a, b, ANNOTATION_CLAUSE_MARKS)

    # -- opening hits
    def _scan(self) -> dict[str, list[int]]:
        if self._hits is None:
            names, scanner = _declared_scanner()
            self._hits = dict(zip(names, scanner.starts(self.text))) if names else {}
        return self._hits

    def openings(self, name: str) -> list[int] | None:
        """Sorted offsets of the set's words in the text (None: the set has no words; every offset is possible)."""
        return self._scan().get(name)

    def openings_in(self, name: str, a: int, b: int) -> list[int] | None:
        hits = self.openings(name)
        return None if hits is None else hits[bisect_left(hits, a):bisect_left(hits, b)]

    def has_opening(self, name: str, a: int, b: int) -> bool:
        hits = self.openings(name)
        if hits is None:
            return True
        i = bisect_left(hits, a)
        return i < len(hits) and hits[i] < b

    def search(self, name: str, a: int = 0, b: int | None = None):
        """`pattern.search(text, a, b)` of the set registered with its pattern, tried only at its openings."""
        pattern = _DECLARED[name][1]
        b = len(self.text) if b is None else b
        hits = self.openings(name)
        if hits is None:
            return pattern.search(self.text, a, b)
        from pipeline.scan import stdlib_twin

        match = stdlib_twin(pattern).match
        for s in hits[bisect_left(hits, a):bisect_left(hits, b)]:
            m = match(self.text, s, b)
            if m is not None:
                return m
        return None


# Named word sets (or patterns, read for their openings) that stages declare at import (`declare_openings`): every
# document's SentenceIndex finds all of them in one scan of its text, at the first question about any.
_DECLARED: dict[str, tuple[tuple[str, ...] | None, Any]] = {}
_SCANNER: list = [-1, None]  # (the version of _DECLARED it was built for, (names, MultiStarts))
_VERSION = [0]


def declare_openings(name: str, words=None, pattern=None, depth: int = 3) -> None:
    """Declare the set `name`: literal `words`, or the openings of `pattern` (`scan.openings(pattern, depth)`). A
    pattern whose openings are not derived is searched as is by `SentenceIndex.search` (exact, not faster)."""
    if words is None and pattern is not None:
        from pipeline.scan import openings as _openings

        words = _openings(pattern, depth)
    _DECLARED[name] = (tuple(sorted(words)) if words else None, pattern)
    _VERSION[0] += 1


def _declared_scanner():
    if _SCANNER[0] != _VERSION[0]:
        from pipeline.scan import MultiStarts

        sets = [(n, w) for n, (w, _) in _DECLARED.items() if w]
        _SCANNER[0], _SCANNER[1] = _VERSION[0], ([n for n, _ in sets], MultiStarts([w for _, w in sets]) if sets else None)
    return _SCANNER[1]


def sentence_index(ctx: Context) -> SentenceIndex:
    """The document's SentenceIndex over `ctx.scan_text(doc.text)` (the Simplified text the organ, responsibility
    and target rules read), made once and shared through `ctx.shared` by every stage that adopts it."""
    text = ctx.scan_text(ctx.doc.text)
    return ctx.shared("sentence_index", lambda: SentenceIndex(text))
