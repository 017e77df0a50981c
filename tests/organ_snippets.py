"""The organ-rule tests' one way to run a snippet written for them (test_s28org2_rules, test_s28org3_rules,
test_s29org_rules, test_s29org2_rules): a title, the body, a signature and a date, as a notice is laid out."""
from __future__ import annotations

from pipeline import process_text


def snippet_departments(title: str, signer: str, date: str, body: str) -> dict[str, str]:
    """The record's departments as {name: quote}, after checking every span gives its quote (`text[span] == quote`)."""
    text = f"{title}\n\n{body}\n\n{signer}\n{date}\n"
    rec = process_text(text, doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    return {d.name: d.quote for d in rec.departments}
