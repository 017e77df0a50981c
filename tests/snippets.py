"""Shared helpers for the snippet tests: run one realistic snippet through the whole pipeline, check every item's
span against its quote (the record's invariant), and return the items in the compact form the tests compare."""
from __future__ import annotations

from pipeline import process_text


def organs(text: str, region: str, level: str) -> dict[str, str]:
    """Canonical organ name → quote of its first mention."""
    r = process_text(text, region=region, admin_level=level)
    for d in r.departments:
        assert r.text[d.span[0]:d.span[1]] == d.quote
    return {d.name: d.quote for d in r.departments}


def targets(text: str) -> list[tuple]:
    """(task, value, unit, comparator, per_year, year_start, year_end) per target, in record order."""
    d = process_text(text.strip() + "\n").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return [(t["task"], t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
            for t in d["targets"]]
