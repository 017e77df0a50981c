"""Read the records a `policykb run` wrote."""
from __future__ import annotations

import json
from pathlib import Path

# A notice read as text is <stem>; any other format is <stem>-<format> (docs/decisions/trust.md).
# When both are present, such twins are the same notice twice.
def _twin_suffixes() -> tuple[str, ...]:
    from ..ingest import READERS

    return tuple(sorted({f"-{s.lstrip('.')}" for s in READERS} | {f"-{r.format}" for r in READERS.values()}))


TWIN_SUFFIXES = _twin_suffixes()


def load_records(out_dir: str | Path) -> list[dict]:
    """All records of an output folder, sorted by doc_id: records/*.json, else kb.jsonl."""
    out = Path(out_dir)
    rec_dir = out / "records"
    if rec_dir.is_dir() and any(rec_dir.glob("*.json")):
        records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(rec_dir.glob("*.json"))]
    elif (out / "kb.jsonl").is_file():
        records = [json.loads(line) for line in (out / "kb.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        raise FileNotFoundError(f"no records in {out} (expected {rec_dir}/*.json or {out / 'kb.jsonl'}); "
                                f"run `policykb run INPUT --out {out}` first")
    return sorted(records, key=lambda r: r["doc_id"])


def twin_of(doc_id: str, doc_ids: set[str]) -> str | None:
    """The doc_id this record duplicates in another format, when that record is present."""
    for suffix in TWIN_SUFFIXES:
        if doc_id.endswith(suffix) and doc_id[: -len(suffix)] in doc_ids:
            return doc_id[: -len(suffix)]
    return None
