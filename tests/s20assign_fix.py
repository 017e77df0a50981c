"""Stress set of s20-assign, FIX half: the cases of tests/s20assign_all.py in the order written, odd ones (1st, 3rd…): studied and fixed against.

`python3 tests/s20assign_fix.py` prints found / missed / extra per case."""
from __future__ import annotations

try:
    from tests import s20assign_all as stress
    from tests.stress_runners import report_assignments
except ModuleNotFoundError:  # run as a script
    import s20assign_all as stress
    from stress_runners import report_assignments

CASES = stress.FIX


def totals(cases=None):
    """(expected, found, missed, extra) over the half."""
    return stress.totals(cases or CASES)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    report_assignments(CASES, verbose="-v" in sys.argv)
