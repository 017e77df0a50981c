"""policykb: Chinese government policy notices -> a structured, queryable knowledge base.

Public API::

    from pipeline import process
    record = process("corpus/some-notice.pdf")   # -> pipeline.record.Record
"""
from __future__ import annotations

from ._version import __version__

__all__ = ["__version__", "process", "make_nlp"]


def process(path, doc_id=None, settings=None):
    """Ingest, clean and extract one document; returns a `Record`. `settings` is a
    `pipeline.settings.Settings` (organ layers…); the defaults are those of `policykb run`."""
    from .process import process_file
    from .settings import DEFAULT

    return process_file(path, doc_id=doc_id, settings=settings or DEFAULT)


def make_nlp(*args, **kwargs):
    """The spaCy `Language` with policykb's components (see pipeline.nlp)."""
    from .nlp import make_nlp as _make_nlp

    return _make_nlp(*args, **kwargs)
