"""Plain terminal tables that line up CJK text (wide characters take two columns)."""
from __future__ import annotations

import math
import unicodedata


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_table(columns: list[str], rows: list[list], max_width: int = 40) -> str:
    text = [[cell(v) for v in row] for row in rows]
    text = [[v if width(v) <= max_width else _cut(v, max_width) for v in row] for row in text]
    widths = [max([width(c)] + [width(r[i]) for r in text]) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in text]
    return "\n".join(out)


def _cut(text: str, max_width: int) -> str:
    out, w = "", 0
    for ch in text:
        cw = width(ch)
        if w + cw > max_width - 1:
            return out + "…"
        out, w = out + ch, w + cw
    return out


def format_df(df, max_width: int = 40) -> str:
    return format_table([str(c) for c in df.columns], df.astype(object).values.tolist(), max_width)
