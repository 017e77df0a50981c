"""Shared by the benchmarks: the texts they read, one document run stage by stage, peak memory.

`staged_record` does what `pipeline.document.process_file` + `runner.process_job` do to one
document (read, clean, layout, each extractor, record + JSON) with a clock around each stage;
`check_same` asserts that it gives the same JSON as the real code, so the stage shares cannot
drift away from what `policykb run` does.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline._version import __version__  # noqa: E402
from pipeline.clean import normalize_text  # noqa: E402
from pipeline.document import doc_id_for  # noqa: E402
from pipeline.extract import run_order  # noqa: E402
from pipeline.extract.context import make_context  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.record import FIELDS, PageSpan, Provenance, Record  # noqa: E402
from pipeline.settings import DEFAULT  # noqa: E402
from pipeline.write import to_json  # noqa: E402

MIB = 2**20
TEXT_GLOBS = ("corpus/*.txt", "dev/country/raw/*.txt")


TEXTS_ENV = "POLICYKB_BENCH_TEXTS"  # folders (os.pathsep between) whose *.txt the benchmarks read instead


def text_globs() -> tuple[str, ...]:
    """TEXT_GLOBS, or `<folder>/*.txt` of each folder named in $POLICYKB_BENCH_TEXTS (`--texts` of
    throughput.py and compare.py: e.g. corpus/ and the opened notices only, when some notices of
    dev/country/raw/ must not be run)."""
    env = os.environ.get(TEXTS_ENV)
    if not env:
        return TEXT_GLOBS
    return tuple(os.path.join(f, "*.txt") for f in env.split(os.pathsep) if f)


def glob_files(globs) -> list[Path]:
    """The files of glob patterns relative to the repository root (or absolute), sorted."""
    found = set()
    for g in globs:
        p = Path(g)
        found.update(p.parent.glob(p.name) if p.is_absolute() else ROOT.glob(g))
    return sorted(found)


def corpus_texts(globs=None) -> list[tuple[Path, bytes]]:
    """(path, bytes) of every plain-text notice of the corpus and the dev corpus (`text_globs`), sorted."""
    return [(p, p.read_bytes()) for p in glob_files(globs or text_globs())]


class Stages:
    """Seconds per stage, summed over documents."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self._t = 0.0

    def start(self) -> None:
        self._t = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] += now - self._t
        self._t = now

    def total(self) -> float:
        return sum(self.seconds.values())


def staged_record(path: Path, data: bytes, stages: Stages, doc_id: str | None = None, settings=DEFAULT) -> str:
    """The record JSON of one document, each stage timed into `stages`."""
    from pipeline.extract.departments import named_mentions

    try:
        from pipeline.document import finish_record
    except ImportError:  # a tree from before finish_record (to measure it with this benchmark)
        finish_record = _finish_record_compat

    stages.start()
    raw = read_document(path, data, settings)
    doc_id = doc_id or doc_id_for(path, raw.format)
    stages.lap("ingest")
    doc = normalize_text(raw, doc_id)
    doc.warnings.extend(raw.warnings)
    stages.lap("clean")
    try:
        from pipeline.document import reading_view  # the Simplified reading view (Traditional notices)
    except ImportError:  # a tree from before the reading view
        def reading_view(d):
            return d
    view = reading_view(doc)
    ctx = make_context(view, settings)
    stages.lap("layout")
    for extractor in run_order():
        if extractor.produces in ("responsibilities", "departments") and "organ_mentions" not in ctx.annotations:
            named_mentions(view, ctx)  # recognised once per document, shared: its own stage
            stages.lap("organ mentions")
        setattr(ctx, extractor.produces, extractor.fn(view, ctx))
        stages.lap(extractor.produces)
    prov = Provenance(source=path.as_posix(), sha256=hashlib.sha256(data).hexdigest(), format=raw.format,
                      pages=len(raw.pages), encoding=raw.encoding, backends=[p.backend for p in raw.pages],
                      pipeline_version=__version__)
    record = finish_record(doc, ctx, prov, raw)  # grounding on pages, the Record (build_record's rest)
    try:
        from pipeline.write import record_text
    except ImportError:  # a tree from before record_text (runner.process_job's writing of a record)
        try:
            from pipeline.write import record_json
        except ImportError:  # a tree from before record_json
            record_json = to_json

        def record_text(r):
            return record_json(r.model_dump(mode="json"))
    out = record_text(record)
    stages.lap("record")
    return out


def _finish_record_compat(doc, ctx, prov, raw):
    """build_record's work after the extractors, as it was before `finish_record` existed."""
    from pipeline.document import _ground
    from pipeline.errors import coded_warning
    from pipeline.pages import PageLookup, PageText, align

    pages = [PageText(p.number, p.source_text if p.source_text is not None else p.text) for p in raw.pages]
    alignment = align(doc.text, pages) if pages else None
    runs = alignment.page_runs() if alignment else list(doc.page_map)
    lookup = PageLookup(runs)
    quote_on_page = raw.format == "pdf"
    for f in FIELDS:
        for item in getattr(ctx, f):
            _ground(item, alignment, lookup, quote_on_page)
    for ev in ctx.metadata.evidence.values():
        _ground(ev, alignment, lookup, quote_on_page)
    return Record(doc_id=doc.doc_id, metadata=ctx.metadata, tasks=ctx.tasks, departments=ctx.departments,
                  responsibilities=ctx.responsibilities, targets=ctx.targets, years=ctx.years,
                  citations=ctx.citations, text=doc.text,
                  page_map=[PageSpan(page=p, start=s, end=e) for p, s, e in runs], provenance=prov,
                  warnings=[coded_warning(w) for w in doc.warnings])


def check_same(texts: list[tuple[Path, bytes]]) -> None:
    """The staged run gives the record JSON of pipeline.document.process_file, byte for byte."""
    from pipeline.document import process_file

    for path, data in texts:
        mine = staged_record(path, data, Stages())
        real = to_json(process_file(path, source_label=path.as_posix()).model_dump(mode="json"))
        if mine != real:
            raise SystemExit(f"benchmark stages differ from process_file on {path}: fix benchmarks/common.py")


def peak_rss_mib(pid: int | str = "self") -> float:
    """VmHWM (peak resident set) of a process, MiB (Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def machine_line() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.2f} at start, "
            f"policykb {__version__}")
