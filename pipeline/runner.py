"""Batch runs: files/folders -> records/, then kb.jsonl, tables, errors.jsonl, run.json.

The output folder is one consistent knowledge base (docs/decisions/trust.md):

* Inputs are checked before anything is written: a missing path, `--out` naming a file, or
  nothing readable is an `InputError` and the folder is not touched.
* A run holds a lock on the folder (`.policykb.lock`), so two runs cannot interleave writes.
* Each record is written to records/ as soon as its document is done; kb.jsonl and tables/ are
  then rebuilt from *every* record in records/ (a second batch adds to the knowledge base), also
  when the run is interrupted. `prune=True` removes records whose source is not among this run's
  inputs. A document that fails loses its old record (it would be stale) and gets one line in
  errors.jsonl.
* doc ids do not depend on the rest of the batch (`document.doc_id_for`), and a record is never
  overwritten by another source file: a second file claiming a taken id gets `<id>-<hash>`.
* Every document runs in a worker process with a wall-clock and a memory limit
  (`Settings.time_limit`, `Settings.memory_limit_mib`); a worker that dies is replaced and its
  document recorded as an error (pipeline.pool).
* Idempotent: a record depends only on the input bytes, its source path relative to the input
  root, and the pipeline version; the run's time and settings go to run.json.
* Resumable: with `resume=True`, a document whose record exists with the same sha256, source and
  pipeline version is not processed again.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
import traceback
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ._version import __version__
from .errors import Errors, InputError, PolicykbError, RunLockedError, split_code
from .ingest import READERS, UNSUPPORTED
from .record import FIELDS
from .settings import DEFAULT, Settings
from .write import (FragmentIndex, FragmentSpool, dumps_line, loads, rebuild_collection, record_filename, record_json,
                    record_share, record_text, write_atomic)

# Which of two inputs with the same stem is listed first (the text original before its PDF), by
# format; the suffixes of each format are in ingest.READERS only.
FORMAT_ORDER = ("txt", "docx", "html", "ofd", "pdf")
FORMAT_PRIORITY = {suffix: FORMAT_ORDER.index(r.format) for suffix, r in READERS.items()}
LOCK_NAME = ".policykb.lock"
SPOOL_NAME = ".policykb-spool"  # the workers' shares of the collection, during a run


def default_workers() -> int:
    """One worker per CPU core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


EXECUTORS = ("local", "dask")


@dataclass
class RunSettings:
    out: Path = Path("outputs")
    workers: int = field(default_factory=default_workers)  # local worker processes (dask: of a LocalCluster)
    resume: bool = False
    strict: bool = False
    progress: bool = True
    prune: bool = False  # drop records whose source is not among this run's inputs
    follow_symlinks: bool = False  # follow symbolic links found inside input folders
    isolate: bool = True  # documents in worker processes (limits enforced); False: in this process
    document: Settings = DEFAULT  # per-document settings: organ layers, limits
    executor: str = "local"  # "local": worker processes here; "dask": Dask distributed
    scheduler: str | None = None  # dask: scheduler address (tcp://host:8786); None: a LocalCluster

    def __post_init__(self) -> None:
        if not isinstance(self.workers, int) or isinstance(self.workers, bool) or self.workers < 1:
            raise ValueError(f"workers must be an integer >= 1, got {self.workers!r}")
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor must be one of {EXECUTORS}, got {self.executor!r}")
        if self.scheduler is not None and self.executor != "dask":
            raise ValueError("a scheduler address is for the dask executor (executor='dask')")


@dataclass(slots=True)  # (no __dict__: the run holds one for every input, issue 16)
class Job:
    path: str
    doc_id: str
    source: str = ""  # relative to the input root (provenance.source)
    settings: Settings = DEFAULT
    warnings: tuple[str, ...] = ()  # about the input itself (a file name that is not UTF-8)


@dataclass
class Outcome:
    job: Job
    record: str | None = None  # the record's JSON text
    counts: dict[str, int] = field(default_factory=dict)
    error: dict | None = None  # {"code", "message"}
    seconds: float = 0.0
    written: bool = False  # the worker wrote the record to records/ itself (record is then None)
    fragment: tuple | None = None  # where the worker spooled the record's share of the collection


@dataclass
class Skipped:
    path: str
    code: str
    reason: str


@dataclass
class InputFile:
    path: Path
    source: str  # relative to the parent of the input root, POSIX separators, printable
    warnings: tuple[str, ...] = ()


@dataclass
class RunSummary:
    documents: int = 0  # records made or confirmed unchanged by this run
    failures: int = 0
    skipped: int = 0  # unchanged documents not processed again (--resume)
    unsupported: int = 0  # files not read: unsupported types, links not followed
    pruned: int = 0
    kb_documents: int = 0  # records in the knowledge base after the run
    items: dict[str, int] = field(default_factory=dict)  # items in the knowledge base
    seconds: float = 0.0
    out: str = ""
    interrupted: bool = False
    skipped_files: list[dict] = field(default_factory=list)
    # peak resident memory, MiB: this process, and the largest of the local worker processes
    peak_rss_mib: dict[str, float | None] = field(default_factory=dict)

    def line(self) -> str:
        items = ", ".join(f"{k} {v}" for k, v in self.items.items())
        head = "policykb: interrupted; " if self.interrupted else "policykb: "
        extra = f", {self.unsupported} skipped as unsupported" if self.unsupported else ""
        extra += f", {self.pruned} pruned" if self.pruned else ""
        return (f"{head}{self.documents} documents ({self.skipped} unchanged), {self.failures} failures{extra}; "
                f"knowledge base {self.out}: {self.kb_documents} documents, {items}; {self.seconds:.1f}s")


# --- inputs ---------------------------------------------------------------------------------------

def printable_name(name: str) -> tuple[str, tuple[str, ...]]:
    """A file name as text: names that are not UTF-8 (a zip made on Chinese Windows) are read
    as GB18030 when they decode so, else their bad bytes are kept as \\x escapes."""
    try:
        name.encode("utf-8")
        return name, ()
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030"), ("W010 file name is not valid UTF-8; read as GB18030",)
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace"), ("W010 file name is not valid UTF-8; bad bytes kept as escapes",)


def _source_of(path: Path, root: Path) -> tuple[str, tuple[str, ...]]:
    """The path relative to the folder that holds the input root: `run corpus/` and
    `run corpus/x.txt` both give `corpus/x.txt`, wherever corpus/ is."""
    root_dir = Path(os.path.abspath(root if root.is_dir() else root.parent))
    try:
        rel = Path(os.path.abspath(path)).relative_to(root_dir.parent)
    except ValueError:
        rel = Path(path.name)
    parts, warnings = [], ()
    for part in rel.parts:
        text, w = printable_name(part)
        parts.append(text)
        warnings = warnings or w
    return "/".join(parts), warnings


def discover(inputs: Iterable[str | Path], follow_symlinks: bool = False) -> tuple[list[InputFile], list[Skipped]]:
    """Readable files named or found below folders named, and the files skipped with a reason.

    Raises InputError for a path that does not exist. Symbolic links inside folders are skipped
    unless `follow_symlinks`; a link named on the command line is followed (it was asked for)."""
    files: dict[str, InputFile] = {}
    skipped: list[Skipped] = []
    for item in inputs:
        p = Path(item)
        if not p.exists():
            raise InputError(f"no such file or folder: {item}" + (" (a broken symbolic link)" if p.is_symlink() else ""))
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=follow_symlinks):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    f = Path(dirpath) / name
                    _classify(f, p, files, skipped, follow_symlinks)
        else:
            _classify(p, p, files, skipped, True, named=True)
    ordered = sorted(files.values(), key=lambda f: (f.path.stem, FORMAT_PRIORITY.get(f.path.suffix.lower(), 9), f.source))
    return ordered, skipped


def _classify(f: Path, root: Path, files: dict, skipped: list, follow: bool, named: bool = False) -> None:
    shown = printable_name(str(f))[0]
    if f.is_symlink() and not follow:
        skipped.append(Skipped(shown, "S001", "symbolic link not followed (use --follow-symlinks)"))
        return
    if not f.is_file():
        skipped.append(Skipped(shown, "S002", "not a regular file"))
        return
    suffix = f.suffix.lower()
    if suffix in UNSUPPORTED:
        skipped.append(Skipped(shown, "S003", f"unsupported file type {suffix} ({UNSUPPORTED[suffix]}); convert it first"))
        return
    if suffix not in READERS and not named and suffix[1:].isalpha():
        skipped.append(Skipped(shown, "S004", f"not a notice format ({suffix or 'no suffix'})"))
        return
    source, warnings = _source_of(f, root)
    files.setdefault(source, InputFile(f, source, warnings))


def find_inputs(inputs: Iterable[str | Path], follow_symlinks: bool = False) -> list[Path]:
    """Files named, plus supported files found below folders named; sorted, deduplicated."""
    return [f.path for f in discover(inputs, follow_symlinks)[0]]


def plan_jobs(files: list[Path] | list[InputFile], out: Path | None = None, settings: Settings = DEFAULT,
              seen: dict | None = None) -> list[Job]:
    """doc ids by the rule of `document.doc_id_for` (stem for text, `<stem>-<format>` otherwise);
    an id already held, in this batch or by a record in `out`, by another source file gets
    `<id>-<8 hex of the source's hash>`, so no record is overwritten by another file. `seen`, if
    given, receives the provenance of each record read in `out` ({doc_id: provenance}), so that
    `run(resume=True)` need not read it again."""
    from .document import doc_id_for

    jobs, used = [], {}
    held = _record_names(out) if out is not None else set()  # (one listing, not a look-up per input)
    for f in files:
        item = f if isinstance(f, InputFile) else InputFile(Path(f), Path(f).name)
        shown_name, _ = printable_name(item.path.name)
        base = doc_id_for(Path(shown_name))
        doc_id = base
        owner = used.get(doc_id) or (_owner(out, doc_id, seen) if record_filename(doc_id) in held else None)
        if owner is not None and owner != item.source:
            doc_id = f"{base}-{hashlib.sha1(item.source.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
        used[doc_id] = item.source
        jobs.append(Job(path=os.fspath(item.path), doc_id=doc_id, source=item.source, settings=settings,
                        warnings=item.warnings))
    return jobs


def _record_names(out: Path) -> set[str]:
    """The file names in `out`/records that `_read_record` could read (files, links to files)."""
    try:
        with os.scandir(Path(out) / "records") as entries:
            return {e.name for e in entries if e.is_file()}
    except OSError:
        return set()


def _record_path(out: Path, doc_id: str) -> Path:
    return out / "records" / record_filename(doc_id)


def _read_record(out: Path, doc_id: str) -> dict | None:
    path = _record_path(out, doc_id)
    if not path.is_file():
        return None
    try:
        return loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def _owner(out: Path, doc_id: str, seen: dict | None = None) -> str | None:
    """The source file that holds `doc_id` in `out`. A record written by an earlier schema (whose
    `source` was the path as typed, often absolute) is nobody's: a re-run after an upgrade
    replaces it under the same id instead of adding a `-<hash>` twin."""
    from .record import SCHEMA_VERSION

    rec = _read_record(out, doc_id)
    if seen is not None:
        seen[doc_id] = _provenance(rec)
    if not rec or rec.get("schema_version") != SCHEMA_VERSION:
        return None
    return (rec.get("provenance") or {}).get("source")


def _provenance(rec: dict | None) -> tuple | None:
    """What `run(resume=True)` compares of a record: (sha256, source, pipeline_version)."""
    if not rec:
        return None
    prov = rec.get("provenance") or {}
    return prov.get("sha256"), prov.get("source"), prov.get("pipeline_version")


# --- one document ---------------------------------------------------------------------------------

def process_job(job: Job) -> Outcome:
    """Runs in a worker: never raises, so one bad file cannot stop the pool."""
    from .document import process_file
    from .errors import coded_warning

    t0 = time.perf_counter()
    try:
        record = process_file(job.path, doc_id=job.doc_id, source_label=job.source or None, settings=job.settings)
        counts = {f: len(getattr(record, f)) for f in FIELDS}
        if not job.warnings:  # (the record as it is: written without a dict of it, write.record_text)
            return Outcome(job, record=record_text(record), counts=counts, seconds=time.perf_counter() - t0)
        data = record.model_dump(mode="json")
        data["warnings"] = [coded_warning(w) for w in job.warnings] + data["warnings"]
        return Outcome(job, record=record_json(data), counts=counts, seconds=time.perf_counter() - t0)
    except PolicykbError as exc:
        return Outcome(job, error={"code": exc.code, "message": split_code(str(exc))[1]},
                       seconds=time.perf_counter() - t0)
    except MemoryError:
        msg = Errors.E011.format(mib=job.settings.memory_limit_mib, path=job.path)
        return Outcome(job, error={"code": "E011", "message": split_code(msg)[1]}, seconds=time.perf_counter() - t0)
    except RecursionError:
        msg = Errors.E019.format(kind="RecursionError", detail="structure nested too deep", path=job.path)
        return Outcome(job, error={"code": "E019", "message": split_code(msg)[1]}, seconds=time.perf_counter() - t0)
    except Exception as exc:  # hostile input must become an error entry, not a crash
        tb = traceback.format_exc(limit=3).strip().splitlines()[-1]
        msg = Errors.E019.format(kind=type(exc).__name__, detail=f"{exc} ({tb})"[:500], path=job.path)
        return Outcome(job, error={"code": "E019", "message": split_code(msg)[1]}, seconds=time.perf_counter() - t0)


class WriteRecords:
    """`process_job`, and the record written to `out`/records/ by the worker itself, its share
    of kb.jsonl and tables/ (`write.record_share`) spooled to a file of the worker's in `spool`:
    the parent process only reads the outcome (issue 16: what the parent does per document is
    serial work that competes with the workers for the cores; with the share made here, the
    end-of-run rebuild copies it instead of reading and converting every record again). For
    local worker processes, which see the output folder."""

    def __init__(self, out: Path, spool: Path | None = None):
        self.out = Path(out)
        self.spool = FragmentSpool(spool) if spool is not None else None

    def __call__(self, job: Job) -> Outcome:
        outcome = process_job(job)
        if outcome.record is None:
            return outcome
        text, outcome.record = outcome.record, None
        write_atomic(_record_path(self.out, job.doc_id), text)
        outcome.written = True
        if self.spool is not None:
            try:
                outcome.fragment = self.spool.add(record_share(loads(text.encode("utf-8")), text))
            except Exception:  # the rebuild reads the record instead
                outcome.fragment = None
        return outcome


def _failure(job: Job, kind: str, detail: str) -> Outcome:
    if kind == "time":
        msg = Errors.E010.format(seconds=job.settings.time_limit, path=job.path)
    elif kind == "memory":
        msg = Errors.E011.format(mib=job.settings.memory_limit_mib, path=job.path)
    else:
        msg = Errors.E012.format(reason=detail, path=job.path)
    code, text = split_code(msg)
    return Outcome(job, error={"code": code, "message": f"{text} [{detail}]" if kind != "died" else text})


Executor = Callable[[Callable[[Job], Outcome], list[Job]], Iterator[Outcome]]


def serial_executor(fn: Callable[[Job], Outcome], jobs: list[Job]) -> Iterator[Outcome]:
    """In this process, no limits (for debugging and for callers that sandbox themselves)."""
    for job in jobs:
        yield fn(job)


def limited_executor(workers: int, settings: Settings = DEFAULT, peaks: list | None = None,
                     on_started: Callable[[], None] | None = None) -> Executor:
    """Worker processes with the per-document time and memory limits of `settings`; `peaks`
    receives each worker's peak resident memory (MiB) when it ends; `on_started()` is called
    once the workers are running."""

    def run_jobs(fn: Callable[[Job], Outcome], jobs: list[Job]) -> Iterator[Outcome]:
        from .pool import run_limited

        from . import document  # (imported once here, shared by forked workers)

        jobs = list(jobs)
        if min(workers, len(jobs)) >= 2:
            # what the extractors build on first use, built once here and shared by the forked
            # workers, not once in each (one worker: no gain, and its start would wait for it)
            document.warm_up(settings)
        yield from run_limited(fn, jobs, workers, settings.time_limit, settings.memory_limit_mib, _failure, peaks,
                               on_started)

    return run_jobs


def process_pool_executor(workers: int) -> Executor:
    """Kept for callers of the old API: the limited pool with the default limits."""
    return limited_executor(workers)


def dask_executor(client=None, address: str | None = None, workers: int | None = None,
                  in_flight: int | None = None) -> Executor:
    """Run jobs on Dask distributed (optional extra: pip install 'policykb[dask]').

    `client`: a `dask.distributed.Client` to use (left open); else one connected to the
    scheduler at `address` (`tcp://host:8786`); else a `LocalCluster` of `workers` processes
    (default: one per core), closed at the end. Jobs are submitted as a sliding window of
    `in_flight` (default: 4 per worker thread) and each result is released once it is yielded,
    so neither this process nor the cluster holds the whole archive. Results come back in the
    order they finish; the outputs do not depend on it (records are files per doc_id, the
    collection is sorted). Workers need policykb installed and the input paths readable.
    Time and memory limits are Dask's (worker memory limits, `--memory-limit` of dask worker),
    not policykb's per-document limits."""

    def run_jobs(fn: Callable[[Job], Outcome], jobs: Iterable[Job]) -> Iterator[Outcome]:
        from dask.distributed import Client, LocalCluster, as_completed

        cluster = None
        own = client
        if own is None and address:
            own = Client(address)
        elif own is None:
            cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            own = Client(cluster)
        try:
            window = in_flight or 4 * max(1, sum(own.nthreads().values()))
            pending = iter(jobs)
            running = as_completed()
            job_of: dict = {}  # future key -> job, for the futures in flight

            def submit(job: Job) -> None:
                future = own.submit(fn, job, pure=False)
                job_of[future.key] = job
                running.add(future)

            for job in pending:
                submit(job)
                if running.count() >= window:
                    break
            for future in running:
                job = job_of.pop(future.key)
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker died (KilledWorker) or the task was lost
                    outcome = _failure(job, "died", f"{type(exc).__name__}: {exc}"[:300])
                future.release()
                nxt = next(pending, None)
                if nxt is not None:
                    submit(nxt)
                yield outcome
        finally:
            if own is not client:
                own.close()
            if cluster is not None:
                cluster.close()

    return run_jobs


# --- the run --------------------------------------------------------------------------------------

@contextmanager
def run_lock(out: Path):
    """An exclusive lock on the output folder for the whole run (released if the process dies)."""
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / LOCK_NAME, "a+")
    try:
        try:
            import fcntl

            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise RunLockedError(f"another policykb run is writing to {out} (lock {out / LOCK_NAME})") from None
        except ImportError:  # not POSIX: no lock
            pass
        yield
    finally:
        fh.close()


def check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is a file, not a folder")
    probe = out
    while not probe.exists():
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        raise InputError(f"--out {out}: no permission to write in {probe}")


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


def _preload_tables() -> None:
    """Import pyarrow (and the pandas it loads on its first conversion) in a thread while the
    documents are processed: ~0.3 s that the Parquet tables would otherwise add at the end.
    Started once the worker processes are forked (a fork waits for an import in progress)."""
    import threading

    def load() -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet  # noqa: F401

            pa.array([None], type=pa.string())
        except Exception:  # no pyarrow: CSV only, as rebuild_collection decides
            pass

    thread = threading.Thread(target=load, name="policykb-preload", daemon=True)
    thread.start()
    _PRELOADS.append(thread)


def _remove_temporaries(folder: Path) -> None:
    """Temporary files of atomic writes left in `folder` by a worker killed while writing (time
    or memory limit): the run holds the folder's lock, so no other writer owns them."""
    try:
        for entry in os.scandir(folder):
            if entry.name.startswith(".tmp-"):
                os.unlink(entry.path)
    except OSError:
        pass


_PRELOADS: list = []  # preload threads: done before the rebuild forks its helpers (a fork amid an import deadlocks)


def run(inputs: Iterable[str | Path], settings: RunSettings, executor: Executor | None = None,
        on_error: Callable[[dict], None] | None = None) -> RunSummary:
    """Process every input into settings.out. Raises InputError (nothing written) when the inputs
    cannot be used, RunLockedError when another run holds the folder, KeyboardInterrupt after
    leaving a consistent knowledge base and run.json when interrupted."""
    t0 = time.perf_counter()
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    if not inputs:
        raise InputError("no input named")
    out = Path(settings.out)
    check_out(out)
    files, skipped = discover(inputs, settings.follow_symlinks)
    if not files:
        why = f"; {len(skipped)} file(s) skipped: " + "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5]) if skipped else ""
        raise InputError(f"nothing readable in {', '.join(map(str, inputs))}{why}")
    summary = RunSummary(out=str(out), unsupported=len(skipped),
                         skipped_files=[{"path": s.path, "code": s.code, "reason": s.reason} for s in skipped])
    with run_lock(out):
        (out / "records").mkdir(parents=True, exist_ok=True)
        seen: dict | None = {} if settings.resume else None  # provenance of the records plan_jobs reads
        jobs = plan_jobs(files, out, settings.document, seen)
        del files  # (what the run holds for every input is its Job from here on: issue 16, memory flat)
        started = time.time()
        worker_peaks: list[float] = []
        errors_fh = open(out / "errors.jsonl.part", "w", encoding="utf-8")
        fragments = FragmentIndex()  # record file name -> where its share of the collection was spooled
        try:
            todo: list[Job] = [] if settings.resume else jobs
            for job in jobs if settings.resume else ():
                prov = seen.pop(job.doc_id) if job.doc_id in seen else _provenance(_read_record(out, job.doc_id))
                if (prov is not None and prov[0] == _sha256(job.path) and prov[1] == job.source
                        and prov[2] == __version__):
                    summary.skipped += 1
                    summary.documents += 1
                    continue
                todo.append(job)
            seen = None
            fn = process_job
            if executor is None and settings.executor == "dask":
                _preload_tables()
                executor = dask_executor(address=settings.scheduler, workers=settings.workers)
            elif executor is None and settings.isolate:
                executor = limited_executor(settings.workers, settings.document, worker_peaks, _preload_tables)
                # the workers write the records and spool their shares of the collection
                spool = out / SPOOL_NAME
                shutil.rmtree(spool, ignore_errors=True)  # (left by a run that was killed)
                try:
                    spool.mkdir()
                except OSError:  # no spool: the rebuild reads every record, as it always can
                    spool = None
                fn = WriteRecords(out, spool)
            elif executor is None:
                executor = serial_executor
            outcomes = executor(fn, todo)
            if settings.progress and len(todo) > 3:
                from tqdm import tqdm

                outcomes = tqdm(outcomes, total=len(todo), unit="doc", desc="policykb run", file=sys.stderr)
            for outcome in outcomes:
                job = outcome.job
                if outcome.error is not None:
                    entry = {"code": outcome.error["code"], "message": outcome.error["message"],
                             "path": job.source or job.path, "doc_id": job.doc_id}
                    errors_fh.write(dumps_line(entry) + "\n")
                    errors_fh.flush()
                    summary.failures += 1
                    # The old record of this source is stale now: remove it.
                    if _owner(out, job.doc_id) == job.source:
                        _record_path(out, job.doc_id).unlink(missing_ok=True)
                    if on_error:
                        on_error(entry)
                    continue
                if not outcome.written:
                    write_atomic(_record_path(out, job.doc_id), outcome.record)
                elif outcome.fragment is not None:
                    fragments.add(record_filename(job.doc_id), outcome.fragment)
                summary.documents += 1
        except BaseException:
            summary.interrupted = True
            raise
        finally:
            errors_fh.close()
            os.replace(out / "errors.jsonl.part", out / "errors.jsonl")
            keep = None
            if settings.prune and not summary.interrupted:
                sources = {j.source for j in jobs}
                keep = lambda path, rec: (rec.get("provenance") or {}).get("source") in sources  # noqa: E731
            # the workers' processes are gone by now: as many helpers turn the records into kb.jsonl and tables
            while _PRELOADS:
                _PRELOADS.pop().join()
            try:
                stats = rebuild_collection(out, keep=keep, workers=settings.workers if settings.executor != "dask" else 1,
                                           fragments=fragments)
            finally:
                shutil.rmtree(out / SPOOL_NAME, ignore_errors=True)
                _remove_temporaries(out / "records")
            summary.kb_documents = stats["documents"]
            summary.items = stats["items"]
            summary.pruned = stats["pruned"]
            summary.seconds = time.perf_counter() - t0
            from .pool import peak_rss_mib

            summary.peak_rss_mib = {"parent": peak_rss_mib(),
                                    "worker": round(max(worker_peaks), 1) if worker_peaks else None}
            if summary.peak_rss_mib["parent"] is not None:
                summary.peak_rss_mib["parent"] = round(summary.peak_rss_mib["parent"], 1)
            run_info = {
                "pipeline_version": __version__,
                "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
                "seconds": round(summary.seconds, 3),
                "inputs": [printable_name(os.fspath(i))[0] for i in inputs],
                "out": str(out),
                "interrupted": summary.interrupted,
                "settings": {**asdict(settings), "out": str(settings.out)},
                "python": sys.version.split()[0],
                "cpu_count": os.cpu_count(),
                "summary": asdict(summary),
            }
            write_atomic(out / "run.json", json.dumps(run_info, ensure_ascii=False, indent=2, default=str) + "\n")
    return summary
