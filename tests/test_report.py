"""The review report: HTML per document + index, checked as text and in headless Chromium."""
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.kb.report import highlights, quality_flags, write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def report(corpus_run, tmp_path_factory):
    out, _ = corpus_run
    dest = tmp_path_factory.mktemp("report")
    index = write_report(out, gold=Path(__file__).resolve().parent.parent / "gold", dest=dest)
    return dest, index


def test_report_pages(report, corpus_records):
    dest, index = report
    assert {p.stem for p in dest.glob("*.html")} == set(corpus_records) | {"index"}
    page = (dest / "guangdong-2025-jineng-tisheng-pdf.html").read_text(encoding="utf-8")
    for field in ("task", "department", "responsibility", "target", "year", "citation"):
        assert f'class="f-{field}' in page or f" f-{field}" in page, field
    assert '<span class="page" id="page-2">' in page  # PDF page numbers
    assert "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "广东省人力资源和社会保障厅" in page and "补贴性职业技能培训·人次" in page
    idx = index.read_text(encoding="utf-8")
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="targets-chart"' in idx
    assert "Scores against gold" in idx and "title starts with a number" in idx


def test_quality_flags_and_unaligned():
    record = {"doc_id": "x", "metadata": {"title": "2025年工作要点", "doc_number": None, "issue_date": None},
              "text": "各单位由市人社局牵头负责。", "tasks": [], "responsibilities": [], "targets": [], "years": [],
              "citations": [], "departments": [{"name": "某市人力资源和社会保障局", "quote": "市人社局", "span": [4, 8]},
                                                {"name": "某市财政局", "quote": "市财政局", "span": [0, 4]}]}
    flags = quality_flags(record)
    assert "no 文号 found" in flags and "title starts with a number" in flags
    assert "牵头/责任单位 in the text but no responsibility extracted" in flags
    spans, unaligned = highlights(record)
    assert [s[:3] for s in spans] == [(4, 8, "department")]
    assert [u[1]["quote"] for u in unaligned] == ["市财政局"]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_renders_in_headless_chromium(report, tmp_path):
    dest, _ = report
    page = dest / "zhanjiang-2025-zhiye-nengli.html"
    dom = subprocess.run([CHROMIUM, *FLAGS, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count("<mark ") >= 10
    assert 'data-field="target"' in dom.stdout and 'data-field="task"' in dom.stdout
    shot = tmp_path / "page.png"
    run = subprocess.run([CHROMIUM, *FLAGS, f"--screenshot={shot}", "--window-size=1280,900", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    # a script error would show on stderr as a console message
    assert "Uncaught" not in run.stderr and "Uncaught" not in dom.stderr
