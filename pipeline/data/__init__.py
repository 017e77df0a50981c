"""Data tables (gazetteers, alias lists) kept out of code: pipeline/data/<name>.tsv.

Each table is UTF-8 TSV with a header row; `load_table(name)` returns its rows as dicts and
fails loudly when the table is missing. Where every table came from: SOURCES.md.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of pipeline/data/<name>.tsv as dicts keyed by the header (cached, read-only)."""
    path = DATA_DIR / f"{name}.tsv"
    if not path.exists():
        raise FileNotFoundError(f"data table {name!r} not found at {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(dict(row) for row in csv.DictReader(fh, delimiter="\t"))
