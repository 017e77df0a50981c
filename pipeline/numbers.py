"""Numbers as officials write them: Arabic with 万/亿/千, Chinese numerals, fractions, 成, 翻番.

Decimal arithmetic throughout, so `1.5万` is exactly 15000 and `三分之一` is 33.33 (percent).

    >>> parse_number("1.5万")
    Decimal('15000.0')
    >>> cn_to_int("一万二千")
    12000
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import re as _stdlib_re

from . import rx as re

CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
MULTIPLIER = {"千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000), "百万": Decimal(1_000_000),
              "千万": Decimal(10_000_000), "万亿": Decimal(10**12)}
CENT = Decimal("0.01")

# An Arabic number: thousands separators only when followed by exactly three digits.
ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
# A Chinese numeral as written in prose (一万, 两千, 三十五, 二〇二五).
CN_NUMERAL_CHAR = r"[零〇一二两三四五六七八九十百千万亿]"
CN_NUMERAL = CN_NUMERAL_CHAR + "+"
MULTIPLIER_RE = r"(?:万亿|千万|百万|万|亿|千)"


@lru_cache(maxsize=4096)  # a pure function of the string, asked for the same numerals again and again
def cn_to_int(s: str) -> int | None:
    """二〇二五 -> 2025 (digit by digit); 一万二千 -> 12000; 十五 -> 15. None if not a numeral."""
    if not s:
        return None
    if all(ch in CN_DIGIT for ch in s) and len(s) > 1:
        return int("".join(str(CN_DIGIT[ch]) for ch in s))
    # 亿 multiplies everything below it, 万 included: 万亿 = 10^12, 一亿二千万 = 120000000.
    total, wan, section, digit = 0, 0, 0, None
    for ch in s:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            section += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
        elif ch in CN_BIG and CN_BIG[ch] < 10 ** 8:
            wan += ((section + (digit or 0)) or 1) * CN_BIG[ch]
            section, digit = 0, None
        elif ch in CN_BIG:
            total += ((wan + section + (digit or 0)) or 1) * CN_BIG[ch]
            wan, section, digit = 0, 0, None
        else:
            return None
    return total + wan + section + (digit or 0)


def to_decimal(s: str) -> Decimal | None:
    """`1,200` / `3.5` / `一万二千` -> Decimal; None when `s` is not a number."""
    # `１．６`: a web copy in full-width digits writes its decimal point full-width too
    s = s.replace(",", "").replace("，", "").replace("．", ".").strip()
    try:
        return Decimal(s)
    except InvalidOperation:
        n = cn_to_int(s)
        return Decimal(n) if n is not None else None


@lru_cache(maxsize=4096)  # pure; a Decimal is immutable, so the cached value can be shared
def parse_number(s: str) -> Decimal | None:
    """A number with an optional trailing multiplier: `1.5万` -> 15000, `5千万` -> 50000000,
    `两千` -> 2000, `3.2亿` -> 320000000."""
    s = re.sub(r"\s+", "", s).replace("．", ".")
    m = re.fullmatch(rf"(?P<n>{ARABIC})(?P<m>{MULTIPLIER_RE})?", s)
    if m:
        value = to_decimal(m.group("n"))
        return value * MULTIPLIER[m.group("m")] if m.group("m") and value is not None else value
    return to_decimal(s)


def percent_of_fraction(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """`1/3`, `三分之一` -> 33.33 (a fraction is a percentage rounded to two decimals)."""
    if not denominator:
        return None
    return (numerator * 100 / denominator).quantize(CENT, rounding=ROUND_HALF_UP)


def percent_of_cheng(tenths: Decimal) -> Decimal:
    """`八成` -> 80 (one 成 is a tenth)."""
    return tenths * 10


def multiple_of_doubling(times: int) -> Decimal:
    """`翻一番` -> 2, `翻两番` -> 4: the multiple of the baseline after `times` doublings."""
    return Decimal(2) ** times


def increase_of_doubling(times: int) -> Decimal:
    """`翻一番` -> 100, `翻两番` -> 300: the increase over the baseline after `times` doublings, in percent (guide TG40)."""
    return (multiple_of_doubling(times) - 1) * 100


def plain(d: Decimal) -> float | int:
    """A JSON-friendly number: int when whole, else float rounded to 4 decimals."""
    if d == d.to_integral_value():
        return int(d)
    return float(round(d, 4))


# `2 025年`, `20 25 年`: a web copy (or a PDF text layer) sets a thin space inside a year's digits. A run of four
# digits before 年 with spaces inside it, no digit before it, that reads as a year 1900-2099, is one year.
_SPLIT_YEAR = re.compile(r"(?<![\d０-９.．,，/])(?:[12１２][ \t\u3000\u00a0]?)(?:[\d０-９][ \t\u3000\u00a0]?){2}[\d０-９](?=[ \t\u3000\u00a0]*年)")
_SPACES = re.compile(r"[ \t\u3000\u00a0]")
_DIGIT_SPACE_DIGIT = _stdlib_re.compile(r"\d[ \t\u3000\u00a0]\d")  # (stdlib: a gate, exact)


def join_split_years(s: str) -> str:
    """`到2 025年` -> `到2025年`; digits of other lengths or not a year (`1 200年`? none: 1200) are left."""
    def fix(m):
        joined = _SPACES.sub("", m.group(0))
        return joined if joined != m.group(0) and joined.translate(_WIDE)[:2] in ("19", "20") else m.group(0)
    # every change joins a digit, a space and a digit before a 年: test that with one C scan first
    return _SPLIT_YEAR.sub(fix, s) if "年" in s and _DIGIT_SPACE_DIGIT.search(s) else s


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
