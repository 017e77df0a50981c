"""Helpers shared by the rule tests that run a snippet written for the test through `process_text` and compare the
items it yields (targets as tuples, responsibilities as triples), checking on the way that every item's span quotes
the record's text (`text[span] == quote`)."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


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
