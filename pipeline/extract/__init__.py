"""Extractors: pure functions from the clean text (plus what earlier extractors found) to items.

Order matters only through `Context`: metadata gives the jurisdiction that canonical organ names
need; tasks give the paths that targets and responsibilities attach to.
"""
from __future__ import annotations

from ..clean import CleanDoc
from .context import Context, make_context
from .citations import extract_citations
from .departments import extract_departments
from .metadata import extract_metadata
from .responsibilities import extract_responsibilities
from .targets import extract_targets
from .tasks import extract_tasks
from .years import extract_years

EXTRACTORS = {
    "metadata": extract_metadata,
    "tasks": extract_tasks,
    "departments": extract_departments,
    "responsibilities": extract_responsibilities,
    "targets": extract_targets,
    "years": extract_years,
    "citations": extract_citations,
}


def extract_all(doc: CleanDoc) -> Context:
    """Run every extractor in dependency order; the returned context holds all fields."""
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.tasks = extract_tasks(doc, ctx)
    ctx.years = extract_years(doc, ctx)
    ctx.citations = extract_citations(doc, ctx)
    ctx.departments = extract_departments(doc, ctx)
    ctx.responsibilities = extract_responsibilities(doc, ctx)
    ctx.targets = extract_targets(doc, ctx)
    return ctx


__all__ = ["EXTRACTORS", "extract_all", "Context"] + [f"extract_{k}" for k in EXTRACTORS]
