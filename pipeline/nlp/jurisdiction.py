"""A fallback jurisdiction when metadata has no region: the first place named in the title,
the issuers or the signature, looked up in the national region table."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as re

from ..data import load_table
from ..regions import Jurisdiction
from .simplify import to_simplified



@lru_cache(maxsize=1)
def _regions() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for row in load_table("regions"):
        rows.setdefault(row["name"], row)
    return rows


def _lookup(text: str) -> dict[str, str] | None:
    regions = _regions()
    best = None
    for n in range(2, 12):
        for i in range(0, max(0, len(text) - n + 1)):
            cand = text[i:i + n]
            if cand in regions and cand not in ("城区", "郊区", "矿区"):
                row = regions[cand]
                rank = {"county": 3, "prefecture": 2, "province": 1}.get(row["level"], 0)
                if best is None or (i, -rank) < best[0]:
                    best = ((i, -rank), row)
    return best[1] if best else None


def guess_jurisdiction(ctx) -> Jurisdiction:
    layout = ctx.layout
    md = ctx.metadata
    sources = list(md.issuers or [])
    sources += [ln.text for ln in layout.signature_lines]
    for line in (layout.notice_title, layout.title):
        if line is not None:
            sources.append(line.text)
    for s in sources:
        s = to_simplified(re.sub(r"\s+", "", s))
        if re.match(r"^(?:国务院|中共中央|党中央)", s):
            return Jurisdiction(level="central")
        row = _lookup(s)
        if row:
            level = row["level"]
            return Jurisdiction(province=row["province"] or None, prefecture=row["prefecture"] or None,
                                county=row["county"] or None, level=level)
    return Jurisdiction()


def lookup_place(text: str) -> dict[str, str] | None:
    """The first place named in text (the more local one at a tie), from the national region table."""
    return _lookup(text)
