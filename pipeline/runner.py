"""Batch runs: files/folders -> records, kb.jsonl, tables, errors.jsonl, run.json.

* Idempotent: a record depends only on the input bytes and the pipeline version, never on the
  time or the machine; the run's time and settings go to run.json.
* Resumable: with `resume=True`, a document whose record exists with the same sha256 and
  pipeline version is not processed again.
* Hostile input never kills a batch: each failure becomes a line in errors.jsonl.
* Parallel: a process pool when `workers > 1`; the executor is pluggable (see `Executor`).
"""
from __future__ import annotations

import json
import os
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ._version import __version__
from .ingest import is_supported
from .write import to_json, write_atomic, write_collection

FORMAT_PRIORITY = {".txt": 0, ".md": 0, ".text": 0, ".docx": 1, ".html": 2, ".htm": 2, ".ofd": 3, ".pdf": 4}


@dataclass
class RunSettings:
    out: Path = Path("outputs")
    workers: int = 1
    resume: bool = False
    strict: bool = False
    progress: bool = True


@dataclass
class Job:
    path: str
    doc_id: str


@dataclass
class Outcome:
    job: Job
    record: dict | None = None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class RunSummary:
    documents: int = 0
    failures: int = 0
    skipped: int = 0
    items: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self) -> str:
        items = ", ".join(f"{k} {v}" for k, v in self.items.items())
        return (f"policykb: {self.documents} documents ({self.skipped} unchanged), {items}; "
                f"{self.failures} failures; {self.seconds:.1f}s")


def find_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named, plus supported files found below folders named; sorted, deduplicated."""
    found: dict[str, Path] = {}
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and is_supported(f) and not f.name.startswith("."):
                    found[f.as_posix()] = f
        else:
            found[p.as_posix()] = p
    return sorted(found.values(), key=lambda f: (f.stem, FORMAT_PRIORITY.get(f.suffix.lower(), 9), f.as_posix()))


def plan_jobs(files: list[Path]) -> list[Job]:
    """doc_id is the file stem; when two inputs share a stem (a notice as .txt and as .pdf), the
    preferred format keeps the stem and the others get `<stem>-<format>`."""
    jobs, used = [], set()
    for f in files:
        doc_id = f.stem
        if doc_id in used:
            doc_id = f"{f.stem}-{f.suffix.lower().lstrip('.') or 'file'}"
            n = 2
            while doc_id in used:
                doc_id, n = f"{f.stem}-{f.suffix.lower().lstrip('.')}{n}", n + 1
        used.add(doc_id)
        jobs.append(Job(path=f.as_posix(), doc_id=doc_id))
    return jobs


def process_job(job: Job) -> Outcome:
    """Runs in a worker: never raises, so one bad file cannot stop the pool."""
    from .errors import PolicykbError
    from .process import process_file

    t0 = time.perf_counter()
    try:
        record = process_file(job.path, doc_id=job.doc_id)
        return Outcome(job, record=record.model_dump(mode="json"), seconds=time.perf_counter() - t0)
    except PolicykbError as exc:
        return Outcome(job, error=str(exc), seconds=time.perf_counter() - t0)
    except Exception as exc:  # hostile input must become an error entry, not a crash
        tb = traceback.format_exc(limit=3).strip().splitlines()[-1]
        return Outcome(job, error=f"unexpected {type(exc).__name__}: {exc} ({tb})", seconds=time.perf_counter() - t0)


Executor = Callable[[Callable[[Job], Outcome], list[Job]], Iterator[Outcome]]


def serial_executor(fn: Callable[[Job], Outcome], jobs: list[Job]) -> Iterator[Outcome]:
    for job in jobs:
        yield fn(job)


def process_pool_executor(workers: int) -> Executor:
    def run(fn: Callable[[Job], Outcome], jobs: list[Job]) -> Iterator[Outcome]:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(fn, jobs, chunksize=max(1, len(jobs) // (workers * 8)))

    return run


def dask_executor(client=None) -> Executor:
    """Run jobs on a Dask cluster (optional extra: pip install 'policykb[dask]').

    Results stream back as they finish; order does not matter because outputs are written per
    doc_id and collection files are sorted."""

    def run(fn: Callable[[Job], Outcome], jobs: list[Job]) -> Iterator[Outcome]:
        from dask.distributed import Client, as_completed

        own = client or Client(processes=True)
        try:
            futures = own.map(fn, jobs, pure=False)
            for future in as_completed(futures):
                yield future.result()
        finally:
            if client is None:
                own.close()

    return run


def _existing(out: Path, job: Job, sha: str) -> dict | None:
    path = out / "records" / f"{job.doc_id}.json"
    if not path.exists():
        return None
    try:
        rec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    prov = rec.get("provenance", {})
    if prov.get("sha256") == sha and prov.get("pipeline_version") == __version__:
        return rec
    return None


def run(inputs: Iterable[str | Path], settings: RunSettings, executor: Executor | None = None) -> RunSummary:
    import hashlib

    t0 = time.perf_counter()
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    out = Path(settings.out)
    files = find_inputs(inputs)
    jobs = plan_jobs(files)
    summary = RunSummary()
    records: list[dict] = []
    errors: list[dict] = []
    todo: list[Job] = []
    for job in jobs:
        if settings.resume:
            try:
                sha = hashlib.sha256(Path(job.path).read_bytes()).hexdigest()
            except OSError:
                sha = ""
            rec = _existing(out, job, sha)
            if rec is not None:
                records.append(rec)
                summary.skipped += 1
                continue
        todo.append(job)
    if executor is None:
        executor = process_pool_executor(settings.workers) if settings.workers > 1 and len(todo) > 1 else serial_executor
    outcomes = executor(process_job, todo)
    if settings.progress and len(todo) > 3:
        from tqdm import tqdm

        outcomes = tqdm(outcomes, total=len(todo), unit="doc", desc="policykb run", file=sys.stderr)
    for outcome in outcomes:
        if outcome.error is not None:
            errors.append({"doc_id": outcome.job.doc_id, "path": outcome.job.path, "error": outcome.error})
            continue
        write_atomic(out / "records" / f"{outcome.job.doc_id}.json", to_json(outcome.record))
        records.append(outcome.record)
    write_collection(records, out)
    write_atomic(out / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    summary.documents = len(records)
    summary.failures = len(errors)
    from .record import FIELDS

    summary.items = {f: sum(len(r[f]) for r in records) for f in FIELDS}
    summary.seconds = time.perf_counter() - t0
    run_info = {
        "pipeline_version": __version__,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(time.time() - summary.seconds)),
        "seconds": round(summary.seconds, 3),
        "inputs": [str(i) for i in inputs],
        "settings": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(settings).items()},
        "python": sys.version.split()[0],
        "cpu_count": os.cpu_count(),
        "summary": asdict(summary),
    }
    write_atomic(out / "run.json", json.dumps(run_info, ensure_ascii=False, indent=2) + "\n")
    return summary
