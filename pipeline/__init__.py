"""policykb: Chinese government policy notices -> a structured, queryable knowledge base.

The public API (also importable as `policykb`, which is the recommended name)::

    import policykb
    record = policykb.process("notice.pdf")                 # a path, bytes or an open file
    record = policykb.process_text(text, region="广东省", admin_level="province")
    records = policykb.load_kb("outputs")                   # list of dicts, or DataFrames

Errors a caller may catch: `PolicykbError` (one document cannot be read; `.code` is E…),
its subclasses `IngestError`, `LimitError`, `UnsupportedFormatError`, and `InputError`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import (InputError, IngestError, LimitError, PolicykbError, RunLockedError,
                     UnsupportedFormatError)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from .record import Record
    from .settings import Settings

from ._version import __version__

__all__ = ["__version__", "process", "process_text", "load_kb", "make_nlp", "run", "Settings", "RunSettings",
           "PolicykbError", "IngestError", "LimitError", "UnsupportedFormatError", "InputError", "RunLockedError",
           "SCHEMA_VERSION"]


def process(source, doc_id: str | None = None, settings: "Settings | None" = None, *, name: str | None = None,
            region: str | None = None, admin_level: str | None = None) -> "Record":
    """Ingest, clean and extract one document; returns a `pipeline.record.Record`.

    `source` is a path (str or PathLike), bytes, or an open file (binary, or text for a notice
    in a str); `name` gives the format of bytes or a file object by its suffix (`x.pdf`), else
    the content is sniffed. `region`/`admin_level` fill the metadata when the text does not
    say. `settings` is a `pipeline.settings.Settings` (organ layers, limits); the defaults are
    those of `policykb run`. Raises `PolicykbError` (with `.code`) when it cannot be read."""
    from .document import process_any
    from .settings import DEFAULT

    return process_any(source, doc_id=doc_id, name=name, region=region, admin_level=admin_level,
                       settings=settings or DEFAULT)


def process_text(text: str, *, region: str | None = None, admin_level: str | None = None, doc_id: str = "text",
                 settings: "Settings | None" = None) -> "Record":
    """A notice held in a Python string; see `process` for region/admin_level."""
    from .document import process_text as _process_text
    from .settings import DEFAULT

    return _process_text(text, doc_id=doc_id, region=region, admin_level=admin_level, settings=settings or DEFAULT)


def load_kb(out_dir="outputs", *, as_frames: bool = False):
    """The knowledge base a `policykb run` wrote: a list of record dicts (sorted by doc_id), or
    with `as_frames=True` a dict of pandas DataFrames, one per table (documents, tasks, …), with
    nullable integer columns."""
    from .kb.frames import load_frames
    from .kb.load import load_records

    return load_frames(out_dir) if as_frames else load_records(out_dir)


def make_nlp(region: str | None = None, admin_level: str | None = None, use_ner: bool = False) -> "Language":
    """The spaCy `Language` with policykb's organ component (see pipeline.nlp.components.make_nlp).

    admin_level: central, province, prefecture, county or township (ValueError otherwise)."""
    from .nlp import make_nlp as _make_nlp

    return _make_nlp(region=region, admin_level=admin_level, use_ner=use_ner)


def run(inputs, out="outputs", *, workers: int | None = None, resume: bool = False, prune: bool = False,
        settings: "Settings | None" = None, executor: str = "local", scheduler: str | None = None):
    """Batch run, as `policykb run INPUT… --out DIR`; returns a `pipeline.runner.RunSummary`.
    `workers` defaults to one per CPU core; `executor="dask"` runs on Dask distributed (the
    scheduler at `scheduler`, else a LocalCluster of `workers` processes)."""
    from .runner import RunSettings, default_workers
    from .runner import run as _run
    from .settings import DEFAULT

    return _run(inputs, RunSettings(out=out, workers=workers or default_workers(), resume=resume, prune=prune,
                                    progress=False, document=settings or DEFAULT, executor=executor,
                                    scheduler=scheduler))


def __getattr__(name: str):
    if name == "Settings":
        from .settings import Settings

        return Settings
    if name == "RunSettings":
        from .runner import RunSettings

        return RunSettings
    if name == "SCHEMA_VERSION":
        from .record import SCHEMA_VERSION

        return SCHEMA_VERSION
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
