"""The silver check: label-free invariants over a corpus of real notices (the unlabelled dev set).

Hand labels are costly, so most real notices are checked without them, by properties any
correct record has whatever the notice says:

* `crash`: the document was read and extracted without an exception;
* `span`: every item's `text[span] == quote`;
* `annotation`: every assignment annotation in the body (`责任单位：`, `牵头单位`, `配合单位`, a
  bracket with 牵头/负责/配合) yields at least one responsibility on the item it sits in;
* `title`: a title block (a line among the first ones that ends in a genre word, or starts with
  关于) yields a title and a doc_type;
* `tasks`: a body with numbered lines (`一、`, `（一）`, `第一条`) yields tasks.

The first two must always hold; the others are counted, and the CI test holds them at or above
the floor recorded in `dev/country/SILVER.json`, so a change that loses bodies or assignments on
unseen notices fails the build. Run it by hand with `python -m pipeline.silver`.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex as re

from .record import FIELDS, Record
from .vocabulary import genre_alternation

# An assignment annotation as Chinese notices write it: a labelled list or a bracketed duty.
ANNOTATION = re.compile(
    r"(?:责任单位|牵头单位|配合单位|责任部门|牵头部门)\s*[:：]"
    r"|[（(][^（）()\n]{2,200}?(?:牵头|负责|配合|参与)[^（）()\n]{0,60}[)）]"
)
# A title line: one of the first lines, ending in a genre word (before an optional period or
# draft mark), or a 关于… line.
GENRE_END = re.compile(genre_alternation() + r"\s*(?:[（(][^（）()]{0,20}[)）])?\s*$")
NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+条)", re.M)


@dataclass
class Finding:
    doc_id: str
    check: str
    detail: str


@dataclass
class SilverReport:
    documents: int = 0
    counts: Counter = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)

    def rate(self, check: str) -> float:
        total = self.counts[f"{check}.total"]
        return self.counts[f"{check}.ok"] / total if total else 1.0

    def summary(self) -> dict:
        checks = sorted({k.split(".")[0] for k in self.counts})
        return {"documents": self.documents,
                **{c: {"ok": self.counts[f"{c}.ok"], "total": self.counts[f"{c}.total"], "rate": round(self.rate(c), 4)}
                   for c in checks}}


def _innermost_task(record: Record, pos: int) -> str | None:
    """The path of the last task that starts at or before `pos` (the item a position sits in)."""
    best = None
    for t in record.tasks:
        if t.span[0] <= pos and (best is None or t.span[0] >= best.span[0]):
            best = t
    return best.path if best else None


def check_record(record: Record, report: SilverReport) -> None:
    text = record.text
    doc = record.doc_id
    bad_spans = [(f, item.quote) for f in FIELDS for item in getattr(record, f)
                 if text[item.span[0]:item.span[1]] != item.quote]
    report.counts["span.total"] += 1
    if bad_spans:
        report.findings.append(Finding(doc, "span", f"{len(bad_spans)} items, e.g. {bad_spans[0]}"))
    else:
        report.counts["span.ok"] += 1

    assigned = {r.task for r in record.responsibilities}
    first_task = min((t.span[0] for t in record.tasks), default=None)
    for m in ANNOTATION.finditer(text):
        if first_task is None or m.start() < first_task:
            continue  # prose before every item assigns nothing (spec 1.1 section 6)
        task = _innermost_task(record, m.start())
        report.counts["annotation.total"] += 1
        if task in assigned:
            report.counts["annotation.ok"] += 1
        else:
            report.findings.append(Finding(doc, "annotation", f"{task}: {m.group(0)[:60]}"))

    head = [ln.strip() for ln in text.splitlines()[:12] if ln.strip()]
    if any(ln.startswith("关于") or (GENRE_END.search(ln) and len(ln) <= 120 and "。" not in ln) for ln in head):
        report.counts["title.total"] += 1
        if record.metadata.title and record.metadata.doc_type:
            report.counts["title.ok"] += 1
        else:
            report.findings.append(Finding(doc, "title", f"title={record.metadata.title!r} doc_type={record.metadata.doc_type!r}"))

    if len(NUMBERED.findall(text)) >= 2:
        report.counts["tasks.total"] += 1
        if record.tasks:
            report.counts["tasks.ok"] += 1
        else:
            report.findings.append(Finding(doc, "tasks", "numbered lines but no task"))


def run_silver(paths: list[Path]) -> SilverReport:
    from .document import process_file as process

    report = SilverReport()
    for path in paths:
        report.documents += 1
        report.counts["crash.total"] += 1
        try:
            record = process(path)
        except Exception as exc:  # noqa: BLE001 - the check reports any failure, it must not stop
            report.findings.append(Finding(path.stem, "crash", f"{type(exc).__name__}: {exc}"))
            continue
        report.counts["crash.ok"] += 1
        check_record(record, report)
    return report


def unlabelled_paths(root: Path) -> list[Path]:
    """The silver pool: dev corpus notices in no labelled batch (`batches.tsv`), plus those of the batches
    `SILVER.json` names under `pool_batches` (b10: the old pool, labelled in session 8 but with its gold kept
    closed; its texts were read as silver all along, so it stays the pool the check runs on)."""
    batches = root / "batches.tsv"
    floors = root / "SILVER.json"
    pool_batches = set(json.loads(floors.read_text(encoding="utf-8")).get("pool_batches", [])) if floors.exists() else set()
    labelled = set()
    if batches.exists():
        labelled = {r["id"] for r in csv.DictReader(open(batches, encoding="utf-8"), delimiter="\t")
                    if r["batch"] not in pool_batches}
    return [p for p in sorted((root / "raw").glob("*.txt")) if p.stem not in labelled]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.silver", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", nargs="?", default="dev/country", type=Path, help="dev corpus folder (raw/, batches.tsv)")
    ap.add_argument("--show", action="store_true", help="print every finding")
    args = ap.parse_args(argv)
    report = run_silver(unlabelled_paths(args.root))
    print(json.dumps(report.summary(), ensure_ascii=False, indent=1))
    if args.show:
        for f in report.findings:
            print(f"{f.doc_id}\t{f.check}\t{f.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
