"""Session 15e organs (precision): every case of tests/s15eorgans_precision.py outside LEFT gives exactly its expected
department names, the empty set included (spec 1.1 section 5; guide D6, D14, D23, D25, D29); quotes grounded (_run)."""
import pytest

from tests.s15eorgans_precision import CASES, LEFT, run


@pytest.mark.parametrize("case", [c for c in CASES if c[0] not in LEFT], ids=lambda c: c[0])
def test_precision_case(case):
    assert run([case]) == []
