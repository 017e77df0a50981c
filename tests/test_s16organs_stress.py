"""Session 16 organs: every case of the FIX halves of the six s16 stress sets (tests/s16organs_stress*.py) outside LEFT gives exactly its
expected department names, the empty set included (spec 1.1 section 5); quotes grounded (_run)."""
import pytest

from tests import s16organs_stress as s1, s16organs_stress2 as s2, s16organs_stress3 as s3, s16organs_stress4 as s4, s16organs_stress5 as s5, s16organs_stress6 as s6

# (the FIX half of each set; the HELD half is measured by count at BASE and at the final commit only: see
# docs/decisions/organs-s16.md)
CASES = [(m, c) for m in (s1, s2, s3, s4, s5, s6) for c in s1.half("fix", m.CASES) if c[0] not in m.LEFT]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[1][0])
def test_stress_case(case):
    module, c = case
    assert s1.run([c]) == []
