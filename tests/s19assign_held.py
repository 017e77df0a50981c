"""Stress set of s19-assign, HELD half: the cases of tests/s19assign_all.py in the order written, even ones (2nd, 4th…): run only at BASE and at the final commit, counts only.

`python3 tests/s19assign_held.py` prints the totals only."""
from __future__ import annotations

try:
    from tests.s19assign_all import HELD as CASES
    from tests.stress_runners import assignment_rows, report_assignments
except ModuleNotFoundError:  # run as a script
    from s19assign_all import HELD as CASES
    from stress_runners import assignment_rows, report_assignments


def totals(cases=None):
    """(expected, found, missed, extra) over the half."""
    tp = fn = fp = 0
    for c, got, _ in assignment_rows(cases or CASES):
        tp += len(c["expect"] & got); fn += len(c["expect"] - got); fp += len(got - c["expect"])
    return tp + fn, tp, fn, fp


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    print("expected %d, found %d, missed %d, extra %d" % totals())
