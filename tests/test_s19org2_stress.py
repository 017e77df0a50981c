"""The FIX half of the s19-org2 stress set (tests/s19org2_stress.py; the HELD half is run only at BASE and at the final
commit, by hand): floors on cases passing and spurious items, so that a later change that loses them is seen."""
from __future__ import annotations

import sys

sys.path.insert(0, ".")

from tests.s18left_stress_levels import counts, half  # noqa: E402
from tests.s19org2_stress import CASES  # noqa: E402


def test_fix_half_floor():
    ok, found, total, spurious = counts(half("fix", CASES))
    assert ok >= 11 and found >= 27 and spurious <= 3, (ok, found, total, spurious)
