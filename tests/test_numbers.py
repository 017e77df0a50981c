"""Numbers as officials write them (pipeline/numbers.py): exact Decimal arithmetic."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.numbers import (cn_to_int, multiple_of_doubling, parse_number, percent_of_cheng,
                              percent_of_fraction, plain)

# fmt: off
PARSED = [
    # Arabic with a multiplier: no float artefacts
    ("1.5万", Decimal("15000")),
    ("2.35万", Decimal("23500")),
    ("0.1万", Decimal("1000")),
    ("3.2亿", Decimal("320000000")),
    ("5千万", Decimal("50000000")),
    ("1,200", Decimal("1200")),
    ("11000", Decimal("11000")),
    ("4.66", Decimal("4.66")),
    # Chinese numerals
    ("一万", Decimal("10000")),
    ("两千", Decimal("2000")),
    ("一万二千", Decimal("12000")),
    ("三十五", Decimal("35")),
    ("十", Decimal("10")),
    ("一百二十", Decimal("120")),
    ("二〇二五", Decimal("2025")),
]
# fmt: on


@pytest.mark.parametrize("raw,value", PARSED)
def test_parse_number(raw, value):
    assert parse_number(raw) == value


def test_not_a_number():
    assert parse_number("若干") is None
    assert cn_to_int("") is None


@pytest.mark.parametrize("num,den,pct", [(1, 3, "33.33"), (2, 3, "66.67"), (1, 2, "50.00"), (3, 4, "75.00")])
def test_fraction_is_a_rounded_percentage(num, den, pct):
    assert percent_of_fraction(Decimal(num), Decimal(den)) == Decimal(pct)


def test_cheng_and_doubling():
    assert percent_of_cheng(Decimal(8)) == 80
    assert multiple_of_doubling(1) == 2  # 翻一番
    assert multiple_of_doubling(2) == 4  # 翻两番


def test_plain_is_json_friendly():
    assert plain(Decimal("15000.0")) == 15000 and isinstance(plain(Decimal("15000.0")), int)
    assert plain(Decimal("33.33")) == 33.33


def test_quantity_library_examples():
    """The examples in pipeline/quantity.py's docstring hold (it is a library of its own)."""
    import doctest

    import pipeline.quantity

    assert doctest.testmod(pipeline.quantity).failed == 0


def test_rate_unit_of_a_capped_allowance():
    """Spec 1.1: `不超过240元/人/日` → 240 元/人/日 (a Sichuan county's subsidy standard)."""
    from pipeline.quantity import first_quantity

    q = first_quantity("伙食补助不超过240元/人/日")
    assert (float(q.values[0][0]), q.unit) == (240.0, "元/人/日")
    q = first_quantity("每户每月补助300元/户")
    assert q.unit == "元/户"


@pytest.mark.parametrize("s,n", [("万亿", 10 ** 12), ("两万亿", 2 * 10 ** 12), ("一亿二千万", 120_000_000),
                                 ("三千万", 30_000_000), ("一万二千", 12_000), ("五十亿", 5_000_000_000)])
def test_cn_magnitudes_multiply(s, n):
    """亿 multiplies everything below it, 万 included (`超万亿元`, a 2024 provincial AI plan)."""
    assert cn_to_int(s) == n


def test_a_token_match_names_its_alternative_by_its_last_group():
    """quantity._read_number dispatches on `Match.lastgroup`: the outer group of the alternative
    that matched closes last, so it is the one of the eight set (nested groups close inside it)."""
    from pipeline.quantity import TOKEN

    kinds = ("fan", "pct", "half", "cnfrac", "frac", "cheng", "ar", "cn")
    text = "收入翻两番，翻番；百分之三点五，一半以上，三分之一，2/3，八成以上，1.5成，1,200万元，二〇二五年，十五个"
    seen = set()
    for m in TOKEN.finditer(text):
        set_ = [k for k in kinds if m.group(k) is not None]
        assert set_ == [m.lastgroup], (m.group(0), set_, m.lastgroup)
        seen.add(m.lastgroup)
    assert seen == set(kinds)
