"""s16-swapfix stress set, FIX half (tests/s16swapfix_stress.py): every item right, nothing spurious. The HELD half is
not run here (it is counted only at BASE and at the final commit: `python3 -m tests.s16swapfix_stress held`)."""
import pytest

from tests.s16swapfix_stress import halves, run

FIX = halves()[0]


@pytest.mark.parametrize("case", FIX, ids=[c[0] for c in FIX])
def test_fix_half(case):
    res = run([case])
    assert res["fails"] == []
