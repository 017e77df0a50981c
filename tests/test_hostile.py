"""The hostile-input suite: every fixture of tests/hostile.py in one batch that must finish, with a
record or one coded error (or a reported skip) for each file, as the fixture expects."""
import json
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile  # noqa: E402

from pipeline.runner import RunSettings, run  # noqa: E402
from pipeline.settings import Settings  # noqa: E402


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "hostile"
    expected = hostile.build(root)
    out = root.parent / "out"
    t0 = time.monotonic()
    summary = run([root], RunSettings(out=out, workers=2, progress=False, document=Settings(**hostile.LIMITS)))
    return expected, out, summary, time.monotonic() - t0


def _outcomes(out: Path, summary):
    errors = {e["path"]: e for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    records = {}
    for p in (out / "records").glob("*.json"):
        r = json.loads(p.read_text(encoding="utf-8"))
        records[r["provenance"]["source"]] = r
    skipped = {s["path"]: s for s in summary.skipped_files}
    return errors, records, skipped


def test_batch_of_hostile_files_finishes_in_bounded_time(hostile_run):
    expected, out, summary, seconds = hostile_run
    assert seconds < 120
    assert (out / "kb.jsonl").is_file() and (out / "run.json").is_file()
    assert summary.documents + summary.failures + summary.unsupported == len(expected)


def test_every_file_gets_its_expected_outcome(hostile_run):
    expected, out, summary, _ = hostile_run
    errors, records, skipped = _outcomes(out, summary)
    wrong = {}
    for name, outcome in expected.items():
        src = f"hostile/{name}"
        if outcome.startswith("skip:"):
            got = next((s["code"] for p, s in skipped.items() if p.endswith(name)), None)
            ok = got == outcome[5:]
        elif outcome.startswith("record"):
            rec = records.get(src)
            got = "record" if rec else errors.get(src, {}).get("code")
            code = outcome.partition(":")[2]
            ok = rec is not None and (not code or code in {w["code"] for w in rec["warnings"]})
            if rec:
                got += ":" + ",".join(w["code"] for w in rec["warnings"])
        else:
            got = errors.get(src, {}).get("code") or ("record" if src in records else None)
            ok = got == outcome and src not in records
        if not ok:
            wrong[name] = (outcome, got)
    assert not wrong


def test_one_error_line_per_failure_with_code_message_path(hostile_run):
    _, out, summary, _ = hostile_run
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.failures
    for line in lines:
        entry = json.loads(line)
        assert set(entry) >= {"code", "message", "path", "doc_id"}
        assert entry["code"][0] == "E" and entry["message"] and entry["path"].startswith("hostile/")


def test_kb_jsonl_survives_splitting_on_unicode_line_separators(hostile_run):
    _, out, summary, _ = hostile_run
    text = (out / "kb.jsonl").read_text(encoding="utf-8")
    assert "\u2028" not in text and "\u2029" not in text and "\x85" not in text
    lines = text.splitlines()  # splits on U+2028, U+2029, U+0085 too
    assert len(lines) == summary.kb_documents
    sep = next(json.loads(x) for x in lines if x and json.loads(x)["doc_id"] == "line-separators")
    assert "\u2028" in sep["text"] or "\u2028" in json.dumps(sep, ensure_ascii=False)


def test_formula_cells_are_escaped_in_csv_only(hostile_run):
    _, out, _, _ = hostile_run
    docs = pd.read_csv(out / "tables" / "documents.csv")
    assert "'=HYPERLINK(1)" in set(docs["doc_id"])
    assert not any(str(v).startswith(("=", "+", "@")) for col in docs.columns for v in docs[col].dropna())
    assert "=HYPERLINK(1)" in set(pd.read_parquet(out / "tables" / "documents.parquet")["doc_id"])


def test_long_and_non_utf8_file_names_get_records(hostile_run):
    expected, out, summary, _ = hostile_run
    _, records, _ = _outcomes(out, summary)
    long_ones = [r for s, r in records.items() if len(s.encode()) > 200]
    assert long_ones and all(len(p.name.encode()) <= 255 for p in (out / "records").iterdir())
    if "names/关于印发通知.txt" in expected:
        assert records["hostile/names/关于印发通知.txt"]["doc_id"] == "关于印发通知"
