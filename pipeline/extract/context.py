"""What extractors share about one document: its layout and the fields found so far."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..clean import CleanDoc
from ..layout import Layout, find_layout
from ..record import Citation, Department, Metadata, Responsibility, Target, Task, Year


@dataclass
class Context:
    doc: CleanDoc
    layout: Layout
    metadata: Metadata = field(default_factory=Metadata)
    tasks: list[Task] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    years: list[Year] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

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


def make_context(doc: CleanDoc) -> Context:
    return Context(doc=doc, layout=find_layout(doc.text))
