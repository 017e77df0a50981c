"""Extractors: pure functions from the clean text (plus the fields they declare they need) to one
field of the record each.

Each extractor is declared once below with what it requires and what it produces; the order
they run in is derived from those declarations (metadata gives the jurisdiction canonical organ
names need; tasks give the paths targets and responsibilities attach to; departments list every
organ an assignment names). An extractor returns only its own field; what several extractors
read (organ mentions) is an annotation computed once on the `Context`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from graphlib import TopologicalSorter
from typing import Any, Callable

from ..clean import CleanDoc
from ..settings import DEFAULT, Settings
from .citations import extract_citations
from .context import Context, make_context
from .departments import extract_departments
from .metadata import extract_metadata
from .responsibilities import extract_responsibilities
from .targets import extract_targets
from .tasks import extract_tasks
from .years import extract_years


@dataclass(frozen=True)
class Extractor:
    produces: str  # the record field it fills
    fn: Callable[[CleanDoc, Context], Any]
    requires: tuple[str, ...] = ()  # fields it reads from the context


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("metadata", extract_metadata),
    Extractor("tasks", extract_tasks, requires=("metadata",)),
    Extractor("years", extract_years, requires=("metadata",)),
    Extractor("citations", extract_citations, requires=("metadata",)),
    Extractor("responsibilities", extract_responsibilities, requires=("metadata", "tasks")),
    Extractor("departments", extract_departments, requires=("metadata", "responsibilities")),
    Extractor("targets", extract_targets, requires=("metadata", "tasks")),
)


def run_order(extractors: tuple[Extractor, ...] = EXTRACTORS) -> list[Extractor]:
    """Extractors in an order that satisfies every `requires` (declaration order otherwise)."""
    return list(_run_order(extractors))  # sorted once per set of extractors, a fresh list each call


@lru_cache(maxsize=8)
def _run_order(extractors: tuple[Extractor, ...]) -> tuple[Extractor, ...]:
    by_field = {e.produces: e for e in extractors}
    graph = {e.produces: set(e.requires) for e in extractors}
    sorter = TopologicalSorter(graph)
    return tuple(by_field[f] for f in sorter.static_order())


def extract_all(doc: CleanDoc, settings: Settings = DEFAULT) -> Context:
    """Run every extractor in dependency order; the returned context holds all fields."""
    ctx = make_context(doc, settings)
    for extractor in run_order():
        setattr(ctx, extractor.produces, extractor.fn(doc, ctx))
    return ctx


__all__ = ["EXTRACTORS", "Extractor", "extract_all", "run_order", "Context",
           "extract_metadata", "extract_tasks", "extract_years", "extract_citations",
           "extract_responsibilities", "extract_departments", "extract_targets"]
