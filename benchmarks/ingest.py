"""Ingestion benchmark (not a test): speed per PDF backend, fidelity per format, end-to-end run.

    python scripts/make_pdfs.py --big /tmp/policykb-big.pdf --big-only   # 150 pages (LibreOffice)
    python scripts/make_pdfs.py --big /tmp/policykb-big500.pdf --big-only --big-copies 10  # 499 pages
    python benchmarks/ingest.py --big /tmp/policykb-big.pdf /tmp/policykb-big500.pdf [--mupdf-path DIR]

1. Text-layer backends on corpus/*.pdf: pages/s of bare extraction and character fidelity of
   the clean text (pipeline.clean over the backend's pages) against the .txt original,
   white space ignored. PyMuPDF is measured only if importable (it is AGPL and not a
   dependency: `pip install --target DIR pymupdf` and pass --mupdf-path DIR).
2. Other formats: DOCX fixture against its source text, the scanned fixture (OCR, if the `ocr`
   extra is installed) against the text layer of the page it was rasterised from.
3. End to end: `policykb run BIG.pdf` in a fresh process (start-up, ingest, clean, extract,
   write) against pdfplumber's bare `extract_text` over the same pages in this process.
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.clean import normalize_text  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.ingest.fidelity import fidelity, squash  # noqa: E402
from pipeline.ingest.raw import RawDoc, RawPage  # noqa: E402


def pages_pdfplumber(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def pages_pypdfium2_bare(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_bounded())
        tp.close()
    pdf.close()
    return out


def pages_policykb(data: bytes) -> list[str]:
    from pipeline.ingest.pdf import read_pdf

    return [p.text for p in read_pdf(Path("<bench>"), data).pages]


def pages_pymupdf(data: bytes) -> list[str]:
    import fitz

    with fitz.open(stream=data, filetype="pdf") as doc:
        return [page.get_text() for page in doc]


def _clean(pages: list[str], fmt: str = "pdf") -> str:
    return normalize_text(RawDoc("<bench>", fmt, [RawPage(i + 1, t, "x") for i, t in enumerate(pages)])).text


def _time(fn, data: bytes, repeat: int = 3) -> tuple[float, list[str]]:
    best, out = float("inf"), []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(data)
        best = min(best, time.perf_counter() - t0)
    return best, out


def bench_backends(backends: dict) -> list[tuple]:
    pdfs = sorted((ROOT / "corpus").glob("*.pdf"))
    rows = []
    for name, fn in backends.items():
        seconds, pages, fids = 0.0, 0, []
        for pdf in pdfs:
            data = pdf.read_bytes()
            s, texts = _time(fn, data)
            seconds += s
            pages += len(texts)
            reference = normalize_text(read_document(pdf.with_suffix(".txt"))).text
            if name == "policykb (pypdfium2 + geometry)":
                candidate = normalize_text(read_document(pdf)).text  # with its page modes
            else:
                candidate = _clean(texts)
            fids.append(fidelity(reference, candidate))
        rows.append((name, pages, pages / seconds, min(fids), sum(fids) / len(fids)))
    return rows


def bench_formats() -> list[tuple]:
    fix = ROOT / "tests" / "fixtures"
    rows = []
    src = (fix / "notices-src" / "sichuan-county-2019-yanglao.txt").read_text(encoding="utf-8")
    # The DOCX carries a 分工 table the source text has not: take its rows out before comparing.
    table_rows = ["附表：重点任务分工", "序号|工作任务|责任单位|完成时限", "1|新建城市社区日间照料中心8个|县民政局|2019年10月底",
                  "2|培训养老护理员200人次|县人力资源社会保障局|2019年12月底"]
    docx = squash(normalize_text(read_document(fix / "docx" / "notice.docx")).text)
    for row in table_rows:
        docx = docx.replace(row, "")
    rows.append(("docx (fixture vs its source, table rows excepted)", fidelity(src, docx)))
    pdf = normalize_text(read_document(fix / "pdf" / "notice.pdf")).text
    rows.append(("pdf (fixture vs its source)", fidelity(src, pdf)))
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        rows.append(("scan (OCR extra not installed)", float("nan")))
    else:
        t0 = time.perf_counter()
        scan = read_document(fix / "pdf" / "scan.pdf")
        secs = time.perf_counter() - t0
        original = read_document(ROOT / "corpus" / "zhanjiang-2025-zhiye-nengli.pdf").pages[0].text
        rows.append((f"scan via OCR (1 page, {secs:.1f}s, conf {scan.pages[0].confidence})",
                     fidelity(original, scan.pages[0].text)))
    return rows


def bench_end_to_end(big: Path) -> dict:
    import json

    data = big.read_bytes()
    t0 = time.perf_counter()
    plumber_pages = pages_pdfplumber(data)
    plumber = time.perf_counter() - t0
    t0 = time.perf_counter()
    normalize_text(read_document(big), "big")
    ingest_clean = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="policykb-bench-") as out:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import pipeline.cli, pipeline.document, pipeline.runner"], check=True)
        startup = time.perf_counter() - t0
        cmd = [sys.executable, "-m", "pipeline", "run", str(big), "--out", out]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        run = time.perf_counter() - t0
        # Clean text of the run against the text original (make_pdfs.py writes BIG.txt beside BIG.pdf).
        record_text = json.loads(next(Path(out, "records").glob("*.json")).read_text(encoding="utf-8"))["text"]
        reference = big.with_suffix(".txt")
        fid = fidelity(normalize_text(read_document(reference)).text, record_text) if reference.exists() else float("nan")
        identical = reference.exists() and squash(normalize_text(read_document(reference)).text) == squash(record_text)
    return {"fidelity": fid, "identical": identical,"pages": len(plumber_pages), "pdfplumber_extract_text_s": plumber, "policykb_run_s": run,
            "ingest_clean_s": ingest_clean, "startup_s": startup, "speedup": plumber / run}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", type=Path, nargs="+", default=[],
                    help="large text-layer PDFs (scripts/make_pdfs.py --big); each is run end to end")
    ap.add_argument("--mupdf-path", type=Path, help="folder where PyMuPDF was pip-installed with --target")
    args = ap.parse_args(argv)
    backends = {
        "pdfplumber extract_text": pages_pdfplumber,
        "pypdfium2 get_text_bounded": pages_pypdfium2_bare,
        "policykb (pypdfium2 + geometry)": pages_policykb,
    }
    if args.mupdf_path:
        sys.path.insert(0, str(args.mupdf_path))
    try:
        t0 = time.perf_counter()
        import fitz  # noqa: F401

        print(f"(PyMuPDF import: {time.perf_counter() - t0:.2f}s)")
        backends["PyMuPDF get_text"] = pages_pymupdf
    except ImportError:
        pass
    print("\nText-layer backends on corpus/*.pdf (best of 3; fidelity of clean text vs .txt, no white space)")
    print(f"{'backend':34s} {'pages':>5s} {'pages/s':>9s} {'fid.min':>8s} {'fid.mean':>8s}")
    for name, pages, pps, fmin, fmean in bench_backends(backends):
        print(f"{name:34s} {pages:5d} {pps:9.1f} {fmin:8.4f} {fmean:8.4f}")
    print("\nFormats (character fidelity, white space ignored)")
    for name, fid in bench_formats():
        print(f"{name:60s} {fid:.4f}")
    for big in args.big:
        r = bench_end_to_end(big)
        print(f"\nEnd to end on {big.name} ({r['pages']} pages)")
        print(f"pdfplumber extract_text, bare, in-process : {r['pdfplumber_extract_text_s']:7.2f} s")
        print(f"policykb run (fresh process, all stages)  : {r['policykb_run_s']:7.2f} s")
        print(f"speed-up                                  : {r['speedup']:7.1f}x")
        print(f"  of which: interpreter + imports         : {r['startup_s']:7.2f} s")
        print(f"  ingest + clean only (in-process)        : {r['ingest_clean_s']:7.2f} s "
              f"({r['pdfplumber_extract_text_s'] / r['ingest_clean_s']:.0f}x pdfplumber)")
        print(f"  clean text vs {big.with_suffix('.txt').name}: fidelity {r['fidelity']:.4f}, "
              f"identical without white space: {r['identical']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
