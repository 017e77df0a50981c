"""Comparison-ready data computed from a `policykb run` output folder.

Nothing here changes what the extractors produce: every table is derived from the records in
`DIR/records/` (or `DIR/kb.jsonl`), adding the columns a comparison needs: the region split
into province / prefecture / county with an adcode, each organ's `sector` and `level`, the task
heading on responsibilities and targets, and a normalised `indicator_key` on targets.

    from pipeline.kb import load_records, build_tables
    tables = build_tables(load_records("outputs"))
"""
from __future__ import annotations

from .load import load_records, twin_of
from .tables import TABLES, build_tables

__all__ = ["load_records", "twin_of", "build_tables", "TABLES"]
