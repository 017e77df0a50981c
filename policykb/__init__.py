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


def _own_pipeline() -> None:
    """Make sure `pipeline` is this distribution's package, not a user's own pipeline.py that
    comes first on sys.path (the reason this import name exists)."""
    import importlib.util
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent / "pipeline"
    loaded = sys.modules.get("pipeline")
    if loaded is not None:
        origin = Path(getattr(loaded, "__file__", "") or "").resolve().parent
        if origin != here:
            raise ImportError(f"a module named 'pipeline' ({getattr(loaded, '__file__', '?')}) was imported before "
                              f"policykb and hides policykb's own package ({here}); rename that module")
        return
    spec = importlib.util.find_spec("pipeline")
    if spec is not None and spec.origin and Path(spec.origin).resolve().parent == here:
        return
    spec = importlib.util.spec_from_file_location("pipeline", here / "__init__.py", submodule_search_locations=[str(here)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["pipeline"] = module
    spec.loader.exec_module(module)


_own_pipeline()

from pipeline import (SCHEMA_VERSION, InputError, IngestError, LimitError, PolicykbError, RunLockedError,
                      RunSettings, Settings, UnsupportedFormatError, __version__, load_kb, make_nlp, process,
                      process_text, run)  # noqa: E402
from pipeline.record import Record  # noqa: E402

__all__ = ["__version__", "process", "process_text", "load_kb", "make_nlp", "run", "Record", "Settings",
           "RunSettings", "SCHEMA_VERSION", "PolicykbError", "IngestError", "LimitError", "UnsupportedFormatError",
           "InputError", "RunLockedError"]
