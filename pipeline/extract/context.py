"""What extractors share about one document: its layout, the fields found so far, and the
annotations several extractors read (organ mentions), each computed once per document."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable

from ..clean import CleanDoc
from ..layout import Layout, find_layout
from ..settings import DEFAULT, Settings
from ..record import Citation, Department, Metadata, Responsibility, Target, Task, Year


@dataclass
class Context:
    doc: CleanDoc
    layout: Layout
    settings: Settings = DEFAULT
    metadata: Metadata = field(default_factory=Metadata)
    tasks: list[Task] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    years: list[Year] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    # Annotations shared by several extractors, computed on first use and kept (see `shared`).
    annotations: dict[str, Any] = field(default_factory=dict)
    # Lookups over `tasks` (starts, spans, paths), rebuilt only when the list is replaced or grows.
    _task_index: Any = field(default=None, init=False, repr=False, compare=False)
    _newlines: Any = field(default=None, init=False, repr=False, compare=False)

    def shared(self, key: str, compute: Callable[[], Any]) -> Any:
        """The annotation `key`, computed by `compute()` the first time it is asked for: organ
        mentions are read by departments and responsibilities but recognised once."""
        if key not in self.annotations:
            self.annotations[key] = compute()
        return self.annotations[key]

    def task_tables(self, text: str) -> list:
        """`find_task_tables(text, self.layout)` (extract/task_tables.py), found once per text and
        layout: tasks reads it over the reading view, responsibilities over `scan_text` of it, which
        is that same string (the reading view is already Simplified), so the second reader gets the
        first one's tables. Read only: neither changes a table."""
        from . import task_tables as _task_tables

        kept = self.annotations.setdefault("task_tables", [])
        for seen_text, seen_layout, tables in kept:
            if seen_layout is self.layout and (seen_text is text or seen_text == text):
                return tables
        tables = _task_tables.find_task_tables(text, self.layout)
        kept.append((text, self.layout, tables))
        return tables

    def scan_text(self, text: str) -> str:
        """`scan_text(text)` (extract/departments.py: the Simplified text the rules read), found once for
        the document's own text: organ recognition and responsibilities both read it."""
        from ..nlp.simplify import scan_text as _scan_text

        if text is not self.doc.text:
            return _scan_text(text)
        return self.shared("scan_text", lambda: _scan_text(text))

    def doc_numbers(self, text: str) -> list:
        """The matches of `patterns.doc_numbers(text)`, found once for the document's own text:
        citations and the departments' body segments both read them."""
        from ..patterns import doc_numbers as _doc_numbers

        if text is not self.doc.text:
            return list(_doc_numbers(text))
        return self.shared("doc_numbers", lambda: list(_doc_numbers(text)))

    def line_start(self, pos: int) -> int:
        """Start of the line holding offset `pos` of the text: `text.rfind("\\n", 0, pos) + 1`
        without scanning back (a single-line text of megabytes made that quadratic)."""
        if self._newlines is None:
            text, found, i = self.doc.text, [], self.doc.text.find("\n")
            while i >= 0:
                found.append(i)
                i = text.find("\n", i + 1)
            self._newlines = found
        i = bisect_left(self._newlines, pos) - 1
        return self._newlines[i] + 1 if i >= 0 else 0

    def _tasks_indexed(self) -> "_TaskIndex":
        idx = self._task_index
        if idx is None or idx.tasks is not self.tasks or idx.n != len(self.tasks):
            idx = self._task_index = _TaskIndex(self.tasks)
        return idx

    # (task_at, task_span and task_by_path are asked thousands of times a document by targets and
    # responsibilities: each checks the index inline, as `_tasks_indexed` does, before calling it)

    def task_at(self, offset: int) -> str | None:
        """Path of the innermost numbered item containing `offset` (None before the first)."""
        idx = self._task_index
        tasks = self.tasks
        if idx is None or idx.tasks is not tasks or idx.n != len(tasks):
            idx = self._tasks_indexed()
        i = bisect_right(idx.starts, offset) - 1
        return tasks[i].path if i >= 0 else None

    def task_span(self, path: str) -> tuple[int, int] | None:
        """[start, end) of a task: from its number to the start of the next item not inside it."""
        idx = self._task_index
        if idx is None or idx.tasks is not self.tasks or idx.n != len(self.tasks):
            idx = self._tasks_indexed()
        spans = idx.spans
        if path in spans:
            return spans[path]
        found = spans[path] = self._task_span(path, idx.first.get(path))
        return found

    def _task_span(self, path: str, i: int | None) -> tuple[int, int] | None:
        if i is None:
            return None
        idx = self._tasks_indexed()
        if idx.ends is None:
            idx.ends = _next_outside(self.tasks)
        j = idx.ends[i]
        return (self.tasks[i].span[0], self.layout.body_end if j is None else self.tasks[j].span[0])

    def task_by_path(self) -> dict[str, Task]:
        """{path: task} (the last task of a path, as `{t.path: t for t in tasks}`), built once."""
        idx = self._task_index
        if idx is None or idx.tasks is not self.tasks or idx.n != len(self.tasks):
            idx = self._tasks_indexed()
        return idx.by_path


def _next_outside(tasks: list[Task]) -> list[int | None]:
    """For each task i, the index of the first later task whose path does not start with
    `tasks[i].path + "/"` (None: none): what a scan of `tasks[i + 1:]` per task finds, in one pass.
    A task stays open while every later task is inside it; the open tasks are then prefixes of
    one another's paths (each later task lies inside all of them), so few are open at a time."""
    ends: list[int | None] = [None] * len(tasks)
    open_: list[tuple[int, str]] = []
    for j, t in enumerate(tasks):
        if open_:
            path = t.path
            still = []
            for i, prefix in open_:
                if path.startswith(prefix):
                    still.append((i, prefix))
                else:
                    ends[i] = j
            open_ = still
        open_.append((j, t.path + "/"))
    return ends


class _TaskIndex:
    __slots__ = ("tasks", "n", "starts", "first", "by_path", "spans", "ends")

    def __init__(self, tasks: list[Task]):
        self.tasks, self.n = tasks, len(tasks)
        self.starts = [t.span[0] for t in tasks]
        self.first: dict[str, int] = {}
        for i, t in enumerate(tasks):
            self.first.setdefault(t.path, i)
        self.by_path = {t.path: t for t in tasks}
        self.spans: dict[str, tuple[int, int] | None] = {}
        self.ends: list[int | None] | None = None  # (`_next_outside`, made at the first span asked for)


def make_context(doc: CleanDoc, settings: Settings = DEFAULT) -> Context:
    return Context(doc=doc, layout=find_layout(doc.text), settings=settings)


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
        from ..scan import stdlib_twin

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
        from ..scan import openings as _openings

        words = _openings(pattern, depth)
    _DECLARED[name] = (tuple(sorted(words)) if words else None, pattern)
    _VERSION[0] += 1


def _declared_scanner():
    if _SCANNER[0] != _VERSION[0]:
        from ..scan import MultiStarts

        sets = [(n, w) for n, (w, _) in _DECLARED.items() if w]
        _SCANNER[0], _SCANNER[1] = _VERSION[0], ([n for n, _ in sets], MultiStarts([w for _, w in sets]) if sets else None)
    return _SCANNER[1]


def sentence_index(ctx: Context) -> SentenceIndex:
    """The document's SentenceIndex over `ctx.scan_text(doc.text)` (the Simplified text the organ, responsibility
    and target rules read), made once and shared through `ctx.shared` by every stage that adopts it."""
    text = ctx.scan_text(ctx.doc.text)
    return ctx.shared("sentence_index", lambda: SentenceIndex(text))
