"""Stress set of s20-assign2, FIX half (tests/s20assign2_all.py, pairs 1, 3, 5): studied and fixed against.

`python3 tests/s20assign2_fix.py` prints found / missed / extra per case."""
from __future__ import annotations

try:
    from tests import s20assign2_all as stress
    from tests.stress_runners import report_assignments
except ModuleNotFoundError:  # run as a script
    import s20assign2_all as stress
    from stress_runners import report_assignments

CASES = stress.FIX

if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    report_assignments(CASES, verbose="-v" in sys.argv)
