"""The batch runner: outputs, hostile input, --strict, resume and idempotence."""
import json
from pathlib import Path

import pandas as pd

from pipeline.cli import main
from pipeline.runner import RunSettings, plan_jobs, run, find_inputs
from pipeline.record import FIELDS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_run_writes_every_output(corpus_run):
    out, summary = corpus_run
    assert summary.failures == 0
    records = sorted((out / "records").glob("*.json"))
    assert len(records) == summary.documents >= 5
    lines = (out / "kb.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(records)
    assert json.loads(lines[0])["schema_version"]
    for table in FIELDS + ("documents",):
        df = pd.read_csv(out / "tables" / f"{table}.csv")
        assert "doc_id" in df.columns
    run_info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run_info["summary"]["documents"] == summary.documents
    assert (out / "errors.jsonl").read_text() == ""


def test_tables_have_one_row_per_item(corpus_run, corpus_records):
    out, _ = corpus_run
    for table in FIELDS:
        df = pd.read_csv(out / "tables" / f"{table}.csv")
        assert len(df) == sum(len(r[table]) for r in corpus_records.values())


def test_hostile_input_never_kills_a_batch(bad_inputs, tmp_path):
    out = tmp_path / "out"
    summary = run([bad_inputs], RunSettings(out=out, progress=False))
    assert summary.documents == 1
    assert summary.failures == 4
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    reasons = {e["doc_id"]: e["message"] for e in errors}
    # doc ids of non-text formats are <stem>-<format> (docs/decisions/trust.md)
    assert set(reasons) == {"empty", "binary", "broken-pdf", "random-pdf"}
    assert {e["code"] for e in errors} == {"E001", "E003", "E004"}
    assert all(e["path"].startswith("inbox/") for e in errors)
    assert "empty" in reasons["empty"]
    assert "binary" in reasons["binary"] or "decode" in reasons["binary"]
    assert "PDF" in reasons["broken-pdf"]


def test_strict_exit_code(bad_inputs, tmp_path):
    assert main(["run", str(bad_inputs), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert main(["run", str(bad_inputs), "--out", str(tmp_path / "b"), "--quiet", "--strict"]) == 1


def test_same_input_gives_byte_identical_records(tmp_path, corpus_run):
    out, _ = corpus_run
    again = tmp_path / "again"
    run([CORPUS], RunSettings(out=again, progress=False))
    for rec in (out / "records").glob("*.json"):
        assert (again / "records" / rec.name).read_bytes() == rec.read_bytes()


def test_resume_skips_unchanged_documents(tmp_path, bad_inputs):
    out = tmp_path / "out"
    first = run([bad_inputs], RunSettings(out=out, progress=False))
    second = run([bad_inputs], RunSettings(out=out, progress=False, resume=True))
    assert first.skipped == 0 and second.skipped == 1
    assert second.documents == first.documents


def test_parallel_run_matches_serial(tmp_path, bad_inputs):
    serial = tmp_path / "serial"
    parallel = tmp_path / "parallel"
    run([bad_inputs], RunSettings(out=serial, progress=False))
    run([bad_inputs], RunSettings(out=parallel, progress=False, workers=2))
    assert (serial / "kb.jsonl").read_bytes() == (parallel / "kb.jsonl").read_bytes()


def test_same_stem_in_two_formats_gets_distinct_doc_ids(tmp_path):
    for name in ("a.txt", "a.pdf", "b.txt"):
        (tmp_path / name).write_text("x")
    jobs = plan_jobs(find_inputs([tmp_path]))
    assert [j.doc_id for j in jobs] == ["a", "a-pdf", "b"]
