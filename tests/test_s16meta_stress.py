"""s16-meta stress set, FIX half (tests/s16meta_stress.py): every case right, metadata and tasks. The HELD half is not
run here (it is counted only at BASE and at the final commit: `python3 -m tests.s16meta_stress held`)."""
import pytest

from tests.s16meta_stress import half, mismatches, spurious

FIX = half("fix")


@pytest.mark.parametrize("name,kind,text,expected", FIX, ids=[c[0] for c in FIX])
def test_fix_half(name, kind, text, expected):
    assert mismatches(name, text, expected) == {}
    assert spurious(name, text, expected) == 0
