"""Session 15c organs: every case of the stress set (tests/s15corgans_stress.py) outside LEFT gives exactly its expected
department names (spec 1.1 section 5; guide D21, D25, D29, D30); quotes are grounded (text[span] == quote, by _run)."""
import pytest

from tests.s15corgans_stress import CASES, LEFT, run


@pytest.mark.parametrize("case", [c for c in CASES if c[0] not in LEFT], ids=lambda c: c[0])
def test_stress_case(case):
    assert run([case]) == []
