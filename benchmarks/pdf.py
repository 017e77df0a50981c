"""A 1,000-page text PDF: the whole policykb run against bare pypdfium2 text extraction, same run.

    apt-get install -y libreoffice-writer; pip install -e '.[fixtures]'   # for scripts/make_pdfs.py
    python scripts/make_pdfs.py --big /tmp/policykb-big1000.pdf --big-only --big-copies 21   # 1,047 pages
    python benchmarks/pdf.py [--pdf /tmp/policykb-big1000.pdf] [--repeat 3]

Measured in one process, best of `--repeat` after a warm-up, the three in-process passes
alternating (so a change of load on a shared machine reaches all):
* bare pypdfium2: open the file, `get_textpage().get_text_bounded()` on every page;
* policykb, in process: the record of the file as a worker makes it (`runner.process_job`: read
  with line geometry, clean, layout, every extractor, the record's JSON text), and its
  `read_document` part alone;
* `policykb run PDF --out DIR` in a fresh process (interpreter start-up, imports, a worker
  process, the knowledge base files), once; and the same for the smallest corpus PDF, which is
  about the fixed cost of a fresh run (start-up, the tables and automata the extractors build on
  first use, the run's files), a cost that does not grow with the pages.
Printed: seconds, pages/s, and policykb's speed as a share of bare pypdfium2's (the goal: at
least 60%).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, machine_line  # noqa: E402

DEFAULT_PDF = Path(tempfile.gettempdir()) / "policykb-big1000.pdf"


def bare_pypdfium2(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    chars = 0
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        chars += len(tp.get_text_bounded())
        tp.close()
        page.close()
    pdf.close()
    return chars


def policykb_record(path: Path) -> str:
    """The record's JSON text as a worker of `policykb run` makes it (runner.process_job)."""
    from pipeline.document import doc_id_for
    from pipeline.runner import Job, process_job

    outcome = process_job(Job(path=str(path), doc_id=doc_id_for(path), source=path.name))
    if outcome.record is None:
        raise SystemExit(f"{path}: {outcome.error}")
    return outcome.record


def policykb_read(path: Path, data: bytes) -> int:
    from pipeline.ingest import read_document

    return len(read_document(path, data).pages)


def best_alternating(fns, repeat: int, clock=time.perf_counter) -> list[float]:
    """Best of `repeat` timed passes of each function after a warm-up, their passes alternating
    (bare, read, record, bare, …) so that a change of load on a shared machine reaches all."""
    for fn in fns:
        fn()
    out = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t0 = clock()
            fn()
            out[k] = min(out[k], clock() - t0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="CPU time of this process instead of wall time (a busy "
                    "machine; the fresh-process run is then left out)")
    args = ap.parse_args(argv)
    if not args.pdf.exists():
        print(f"{args.pdf} is missing; make it with:\n  python scripts/make_pdfs.py --big {args.pdf} "
              "--big-only --big-copies 21", file=sys.stderr)
        return 2
    import pypdfium2 as pdfium

    print(machine_line())
    data = args.pdf.read_bytes()
    pages = len(pdfium.PdfDocument(data))
    print(f"{args.pdf}: {pages} pages, {len(data) / 2**20:.1f} MiB")

    t_bare, t_read, t_rec = best_alternating([lambda: bare_pypdfium2(data), lambda: policykb_read(args.pdf, data),
                                               lambda: policykb_record(args.pdf)], args.repeat,
                                              time.process_time if args.cpu else time.perf_counter)
    t_run = t_small = None
    small = min(ROOT.glob("corpus/*.pdf"), key=lambda p: (p.stat().st_size, p.name), default=None)
    if not args.cpu:
        t_run = fresh_run(args.pdf)
        t_small = fresh_run(small) if small else None

    print(f"\n{'':48s} {'CPU s' if args.cpu else 'seconds':>8s} {'pages/s':>8s} {'vs bare':>8s}")
    for name, secs in [("pypdfium2 bare text extraction", t_bare),
                       ("policykb read_document (text + line geometry)", t_read),
                       ("policykb record, in process (all stages)", t_rec),
                       ("policykb run, fresh process (once)", t_run)]:
        if secs is None:
            continue
        print(f"{name:48s} {secs:8.2f} {pages / secs:8.0f} {t_bare / secs:8.0%}")
    if t_small is not None:
        n_small = len(pdfium.PdfDocument(small))
        print(f"{f'policykb run, fresh process, {n_small}-page PDF':48s} {t_small:8.2f} {n_small / t_small:8.0f}"
              f"   (about the fixed cost of a fresh run: {small.name})")
    return 0


def fresh_run(path: Path) -> float:
    """Wall seconds of `python -m pipeline run PATH` in a fresh process, once."""
    with tempfile.TemporaryDirectory(prefix="policykb-pdf-") as out:
        cmd = [sys.executable, "-m", "pipeline", "run", str(path), "--out", out, "--quiet"]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT)
        return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
