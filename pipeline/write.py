"""Writers: one JSON per record, kb.jsonl, and flat CSV tables (one row per item, with doc_id).

Every file is written atomically (temp file + rename), so an interrupted run never leaves a
half-written record behind and a re-run can trust what it finds.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

from .record import FIELDS

TABLE_COLUMNS = {
    "documents": ["doc_id", "title", "notice_title", "doc_number", "issuers", "issue_date", "region",
                  "admin_level", "doc_type", "draft", "source", "format", "pages", "sha256"],
    "tasks": ["doc_id", "path", "heading", "level", "start", "end"],
    "departments": ["doc_id", "name", "kind", "quote", "start", "end"],
    "responsibilities": ["doc_id", "task", "department", "role", "quote", "start", "end"],
    "targets": ["doc_id", "task", "indicator", "value", "unit", "comparator", "per_year", "year_start",
                "year_end", "quote", "start", "end"],
    "years": ["doc_id", "start", "end", "quote", "span_start", "span_end"],
    "citations": ["doc_id", "title", "doc_number", "quote", "start", "end"],
}


def to_json(record: dict, stream=None) -> str | None:
    text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    if stream is None:
        return text
    stream.write(text)
    return None


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def table_rows(record: dict, table: str) -> Iterable[dict]:
    doc_id = record["doc_id"]
    if table == "documents":
        md, prov = record["metadata"], record["provenance"]
        yield {"doc_id": doc_id, **{k: md.get(k) for k in TABLE_COLUMNS["documents"][1:10]},
               "issuers": "；".join(md.get("issuers") or []), "source": prov["source"],
               "format": prov["format"], "pages": prov["pages"], "sha256": prov["sha256"]}
        return
    for item in record[table]:
        row = {"doc_id": doc_id, **item}
        if table == "years":
            row["span_start"], row["span_end"] = item["span"]
            row["start"], row["end"] = item["start"], item["end"]
        else:
            row["start"], row["end"] = item["span"]
        yield row


def to_csv(records: Iterable[dict], table: str, stream=None) -> str | None:
    out = stream or io.StringIO()
    writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS[table], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerows(table_rows(record, table))
    return out.getvalue() if stream is None else None


def write_collection(records: list[dict], out_dir: Path) -> None:
    """kb.jsonl and tables/*.csv from all records (sorted by doc_id, so output is stable)."""
    records = sorted(records, key=lambda r: r["doc_id"])
    kb = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    write_atomic(out_dir / "kb.jsonl", kb)
    for table in ("documents",) + FIELDS:
        write_atomic(out_dir / "tables" / f"{table}.csv", to_csv(records, table))
