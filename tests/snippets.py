"""Shared helpers for the snippet tests: run one realistic snippet through the whole pipeline, check every item's
span against its quote (the record's invariant), and return the items in the compact form the tests compare."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


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


def targets_of(title: str, org: str, date: str, body: str) -> list[tuple]:
    """A notice made of its title, body, signing organ and date -> its targets as (value, unit, comparator, per_year,
    year_start, year_end), in record order."""
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n", doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"]) for t in rec["targets"]]


def triples_of(text: str, doc_id: str = "t") -> set[tuple[str, str, str]]:
    """A notice's text -> its responsibilities as (task, department, role); spans are offsets in the cleaned text."""
    r = process_text(text, doc_id=doc_id)
    clean = normalize_string(text).text
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    r = r.model_dump()
    return {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}
