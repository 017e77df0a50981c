"""Session 15 (s15b-layout): the layout stress set (tests/s15blayout_stress.py) as a test; the cases left are named
with the owner they need (docs/decisions/layout-s15.md)."""
import pytest

from tests.s15blayout_stress import CASES, check

# (none left: the 题注 with the day and the in-force clause but no 文号 is read by metadata.py since the merge)
LEFT: set[str] = set()


@pytest.mark.parametrize("name,text,expected", [c for c in CASES if c[0] not in LEFT], ids=lambda v: v if isinstance(v, str) and len(v) < 80 else "")
def test_stress(name, text, expected):
    assert check(text, expected) == []
