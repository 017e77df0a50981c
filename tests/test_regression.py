"""Quality regression guard: the main job on corpus/, scored against gold/, must not lose more
than 0.01 F1 on any field below tests/baseline_scores.json.

Raising the baseline is a deliberate commit:
    policykb run corpus/ && policykb score --gold gold --pred outputs/records --json /tmp/s.json
    python scripts/update_baseline.py /tmp/s.json
"""
import json
from pathlib import Path

import pytest

from pipeline.score import score_dirs

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).resolve().parent / "baseline_scores.json"
TOLERANCE = 0.01


def _headline(result: dict) -> dict[str, float]:
    return {k: (v["f"] if "f" in v else v["acc"]) for k, v in result["micro"].items()}


def test_no_field_drops_below_baseline(corpus_run):
    out, _ = corpus_run
    result = score_dirs(ROOT / "gold", out / "records")
    assert not result["missing_predictions"]
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    now = _headline(result)
    drops = {k: (round(now.get(k, 0.0), 4), b) for k, b in baseline.items() if now.get(k, 0.0) < b - TOLERANCE}
    assert not drops, f"fields below baseline (now, baseline): {drops}"


@pytest.mark.parametrize("field", ["tasks", "targets", "years"])
def test_txt_and_pdf_of_a_notice_agree(corpus_records, field):
    """A notice's PDF (made by a word processor) gives the same items as its text original."""
    pairs = [(k, k + "-pdf") for k in corpus_records if k + "-pdf" in corpus_records]
    if not pairs:
        pytest.skip("no PDF twins in corpus/")
    key = {
        "tasks": lambda t: (t["path"], t["heading"].replace(" ", "")),
        "targets": lambda t: (t["task"] or "", t["value"], t["unit"], t["comparator"]),
        "years": lambda y: (y["start"], y["end"]),
    }[field]
    for txt, pdf in pairs:
        assert sorted(map(key, corpus_records[txt][field])) == sorted(map(key, corpus_records[pdf][field])), txt
