"""Numbers as officials write them: Arabic with 万/亿/千, Chinese numerals, fractions, 成.

Decimal arithmetic throughout, so `1.5万` is exactly 15000.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
MULTIPLIER = {"千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000), "百万": Decimal(1_000_000),
              "千万": Decimal(10_000_000), "万亿": Decimal(10**12)}


def cn_to_int(s: str) -> int | None:
    """二〇二五 -> 2025 (digit by digit); 一万二千 -> 12000; 十五 -> 15. None if not a numeral."""
    if not s:
        return None
    if all(ch in CN_DIGIT for ch in s) and len(s) > 1:
        return int("".join(str(CN_DIGIT[ch]) for ch in s))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            section += (1 if digit is None else digit) * CN_UNIT[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def to_decimal(s: str) -> Decimal | None:
    s = s.replace(",", "").replace("，", "").strip()
    try:
        return Decimal(s)
    except InvalidOperation:
        n = cn_to_int(s)
        return Decimal(n) if n is not None else None


def plain(d: Decimal) -> float | int:
    """A JSON-friendly number: int when whole, else float rounded to 4 decimals."""
    if d == d.to_integral_value():
        return int(d)
    return float(round(d, 4))
