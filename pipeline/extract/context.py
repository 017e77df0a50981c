"""What extractors share about one document: its layout, the fields found so far, and the
annotations several extractors read (organ mentions), each computed once per document."""
from __future__ import annotations

from bisect import bisect_right
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

    def shared(self, key: str, compute: Callable[[], Any]) -> Any:
        """The annotation `key`, computed by `compute()` the first time it is asked for: organ
        mentions are read by departments and responsibilities but recognised once."""
        if key not in self.annotations:
            self.annotations[key] = compute()
        return self.annotations[key]

    def task_at(self, offset: int) -> str | None:
        """Path of the innermost numbered item containing `offset` (None before the first)."""
        starts = [t.span[0] for t in self.tasks]
        i = bisect_right(starts, offset) - 1
        return self.tasks[i].path if i >= 0 else None

    def task_span(self, path: str) -> tuple[int, int] | None:
        """[start, end) of a task: from its number to the start of the next item not inside it."""
        for i, t in enumerate(self.tasks):
            if t.path == path:
                end = self.layout.body_end
                for later in self.tasks[i + 1 :]:
                    if not later.path.startswith(path + "/"):
                        end = later.span[0]
                        break
                return (t.span[0], end)
        return None


def make_context(doc: CleanDoc, settings: Settings = DEFAULT) -> Context:
    return Context(doc=doc, layout=find_layout(doc.text), settings=settings)
