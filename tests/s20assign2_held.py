"""Stress set of s20-assign2, HELD half (tests/s20assign2_all.py, pairs 2, 4, 6): run only at BASE and at the final commit.

`python3 tests/s20assign2_held.py` prints found / missed / extra per case."""
from __future__ import annotations

try:
    from tests import s20assign2_all as stress
    from tests.stress_runners import report_assignments
except ModuleNotFoundError:  # run as a script
    import s20assign2_all as stress
    from stress_runners import report_assignments

CASES = stress.HELD

if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    report_assignments(CASES, verbose="-v" in sys.argv)
