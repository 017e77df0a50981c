"""The silver check in CI: every unlabelled dev-corpus notice through the pipeline, invariants held.

Hard invariants (no exception, every span valid) must hold on every notice. The rates of the
soft ones (annotations that yield a responsibility, title blocks that yield a title and doc_type,
numbered bodies that yield tasks) may not fall below the floors in dev/country/SILVER.json;
raise a floor when the extractor gets better (`python -m pipeline.silver` prints the rates).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.silver import run_silver, unlabelled_paths

DEV = Path(__file__).resolve().parent.parent / "dev" / "country"


@pytest.fixture(scope="module")
def silver(request):
    paths = unlabelled_paths(DEV)
    assert len(paths) >= 15, "the unlabelled dev corpus went missing"  # 19 since batches b8 and b9 left the pool
    report = run_silver(paths)
    summary = report.summary()
    request.config.silver_lines = [" ".join(f"{k}={v['ok']}/{v['total']}" if isinstance(v, dict) else f"{k}={v}"
                                 for k, v in summary.items())]
    return report


def test_no_notice_crashes(silver):
    assert [f.detail for f in silver.findings if f.check == "crash"] == []


def test_every_span_is_valid(silver):
    assert [f.doc_id for f in silver.findings if f.check == "span"] == []


@pytest.mark.parametrize("check", ["annotation", "title", "tasks"])
def test_rate_holds_its_floor(silver, check):
    floors = json.loads((DEV / "SILVER.json").read_text(encoding="utf-8"))
    misses = [f"{f.doc_id}: {f.detail}" for f in silver.findings if f.check == check]
    assert silver.rate(check) >= floors[check], "\n".join(misses[:20])
