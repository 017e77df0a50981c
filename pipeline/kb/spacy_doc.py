"""A record as a spaCy `Doc`: every field a span group, and a `DocBin` export.

    from pipeline.kb.spacy_doc import record_to_doc
    doc = record_to_doc(record)
    doc.spans["organs"], doc.spans["targets"], doc.spans["task_headings"] …

The Doc is built on `spacy.blank("zh")`'s tokenizer (characters for Chinese), so every item's
character span maps onto token boundaries; spans use `alignment_mode="expand"` for safety. Each
span's label carries its value (the organ's canonical name, the target's indicator key, the
task path…), and `doc.user_data["doc_id"]` the record's id. Items that do not align with the
text are left out and counted in `doc.user_data["unaligned"]`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

GROUPS = ("task_headings", "organs", "responsibilities", "targets", "years", "citations", "metadata")


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.blank("zh")


def record_to_doc(record: dict, nlp=None):
    from spacy.tokens import Span

    from .indicators import indicator_key

    nlp = nlp or _nlp()
    text = record.get("text") or ""
    doc = nlp.make_doc(text)
    groups: dict[str, list] = {g: [] for g in GROUPS}
    unaligned = 0

    def add(group: str, item: dict, label: str):
        nonlocal unaligned
        span = item.get("span")
        if not span or text[span[0]:span[1]] != item.get("quote"):
            unaligned += 1
            return
        s = doc.char_span(span[0], span[1], label=label, alignment_mode="expand")
        if s is None:
            unaligned += 1
            return
        groups[group].append(s)

    for t in record.get("tasks", []):
        add("task_headings", t, t["path"])
    for d in record.get("departments", []):
        add("organs", d, d["name"])
    for r in record.get("responsibilities", []):
        add("responsibilities", r, f"{r['role']}:{r.get('task') or ''}:{r['department']}")
    for x in record.get("targets", []):
        add("targets", x, indicator_key(x["indicator"], x["unit"]))
    for y in record.get("years", []):
        add("years", y, f"{y['start']}-{y['end']}")
    for c in record.get("citations", []):
        add("citations", c, c.get("doc_number") or c.get("title") or "")
    for key, ev in (record.get("metadata", {}).get("evidence") or {}).items():
        add("metadata", ev, key)
    for g, spans in groups.items():
        doc.spans[g] = spans
    doc.user_data["doc_id"] = record["doc_id"]
    doc.user_data["unaligned"] = unaligned
    # the organs as entities too, where they do not overlap, so displaCy shows them
    ents, last = [], -1
    for s in sorted(groups["organs"], key=lambda s: (s.start, -s.end)):
        if s.start >= last:
            ents.append(Span(doc, s.start, s.end, label="ORG"))
            last = s.end
    doc.ents = ents
    return doc


def to_docbin(records: list[dict], path: str | Path | None = None):
    """A DocBin of every record (with user data); written to `path` when given."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=True)
    for r in records:
        db.add(record_to_doc(r))
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
    return db
