"""policykb: Chinese government policy notices -> a structured, queryable knowledge base.

The import name of the `policykb` distribution (the code lives in the `pipeline` package;
this module re-exports its public API so that a user's own `pipeline.py` cannot shadow it)::

    import policykb
    record = policykb.process("notice.pdf")        # path, bytes or open file -> Record
    record = policykb.process_text("关于…的通知\\n…", region="广东省", admin_level="province")
    kb = policykb.load_kb("outputs")               # records; load_kb(dir, as_frames=True) -> DataFrames
    nlp = policykb.make_nlp(region="广东省", admin_level="province")
"""
from __future__ import annotations

from pipeline import (SCHEMA_VERSION, InputError, IngestError, LimitError, PolicykbError, RunLockedError,
                      RunSettings, Settings, UnsupportedFormatError, __version__, load_kb, make_nlp, process,
                      process_text, run)
from pipeline.record import Record

__all__ = ["__version__", "process", "process_text", "load_kb", "make_nlp", "run", "Record", "Settings",
           "RunSettings", "SCHEMA_VERSION", "PolicykbError", "IngestError", "LimitError", "UnsupportedFormatError",
           "InputError", "RunLockedError"]
