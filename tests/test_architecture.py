"""The shape of the code (docs/architecture.md): no import cycles among pipeline's modules."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_import_cycles():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "import_cycles.py")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout


def test_extractors_are_declared_once_and_ordered_by_their_requirements():
    from pipeline.extract import EXTRACTORS, run_order
    from pipeline.record import FIELDS

    produced = [e.produces for e in EXTRACTORS]
    assert sorted(produced) == sorted(("metadata",) + tuple(FIELDS))
    seen: set[str] = set()
    for e in run_order():
        assert set(e.requires) <= seen, e
        seen.add(e.produces)
