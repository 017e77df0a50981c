"""Stress set of s20-assign, HELD half: the cases of tests/s20assign_all.py in the order written, even ones (2nd, 4th…): run only at BASE and at the final commit, counts only.

`python3 tests/s20assign_held.py` prints the totals only."""
from __future__ import annotations

try:
    from tests import s20assign_all as stress
except ModuleNotFoundError:  # run as a script
    import s20assign_all as stress

CASES = stress.HELD


def totals(cases=None):
    """(expected, found, missed, extra) over the half."""
    return stress.totals(cases or CASES)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    print("expected %d, found %d, missed %d, extra %d" % totals())
