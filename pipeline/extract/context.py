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

    def sibling_paths(self, path: str) -> list[str]:
        """The paths of the tasks whose parent and depth are `path`'s (itself included), in document order:
        `[t.path for t in tasks if t.path.rpartition("/")[0] == parent and t.path.count("/") == depth]`,
        grouped once for the task list instead of scanned per question (an annotation scoping `以上两项` asks
        it; a notice of thousands of items made that quadratic)."""
        idx = self._task_index
        if idx is None or idx.tasks is not self.tasks or idx.n != len(self.tasks):
            idx = self._tasks_indexed()
        if idx.siblings is None:
            groups: dict[tuple[str, int], list[str]] = {}
            for t in self.tasks:
                groups.setdefault(_parent_and_depth(t.path), []).append(t.path)
            idx.siblings = groups
        return idx.siblings.get(_parent_and_depth(path), [])

    def first_inside_after(self, path: str, after: int) -> int | None:
        """Start of the first task (in list order) inside `path` that starts after offset `after`:
        `next((t.span[0] for t in tasks if t.path.startswith(path + "/") and t.span[0] > after), None)`,
        read from the tasks grouped once under each of their ancestors' paths instead of scanned per
        question (targets asks it per parent item; a notice of thousands of items made that quadratic)."""
        idx = self._task_index
        if idx is None or idx.tasks is not self.tasks or idx.n != len(self.tasks):
            idx = self._tasks_indexed()
        if idx.inside is None:
            groups: dict[str, list[int]] = {}
            for t in self.tasks:
                p, start = t.path, t.span[0]
                k = p.find("/")
                while k >= 0:  # every prefix P with path.startswith(P + "/")
                    groups.setdefault(p[:k], []).append(start)
                    k = p.find("/", k + 1)
            idx.inside = groups
        return next((s for s in idx.inside.get(path, ()) if s > after), None)


def _parent_and_depth(path: str) -> tuple[str, int]:
    return path.rpartition("/")[0], path.count("/")


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
    __slots__ = ("tasks", "n", "starts", "first", "by_path", "spans", "ends", "siblings", "inside")

    def __init__(self, tasks: list[Task]):
        self.tasks, self.n = tasks, len(tasks)
        self.starts = [t.span[0] for t in tasks]
        self.first: dict[str, int] = {}
        for i, t in enumerate(tasks):
            self.first.setdefault(t.path, i)
        self.by_path = {t.path: t for t in tasks}
        self.spans: dict[str, tuple[int, int] | None] = {}
        self.ends: list[int | None] | None = None  # (`_next_outside`, made at the first span asked for)
        self.siblings: dict[tuple[str, int], list[str]] | None = None  # (`sibling_paths`, made when first asked)
        self.inside: dict[str, list[int]] | None = None  # (`first_inside_after`, made when first asked)


def make_context(doc: CleanDoc, settings: Settings = DEFAULT) -> Context:
    return Context(doc=doc, layout=find_layout(doc.text), settings=settings)
