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


def region_row(name: str) -> dict[str, str] | None:
    """The region table's row of exactly `name` (the first when several places share it), else None."""
    return _regions().get(name)


def jurisdiction_of_row(row: dict[str, str]) -> Jurisdiction:
    """The jurisdiction of a region table's row (its empty columns None)."""
    return Jurisdiction(province=row["province"] or None, prefecture=row["prefecture"] or None,
                        county=row["county"] or None, level=row["level"])


LEVEL_RANK = {"county": 3, "prefecture": 2, "province": 1}
NOT_PLACES = ("城区", "郊区", "矿区")


def _lookup(text: str) -> dict[str, str] | None:
    """The row of the name of 2 to 11 characters of the table that starts first in `text`; of those starting there,
    the most local level, then the shortest name."""
    regions = _regions()
    # (speed only, s31) read from the first offset on, stopping at the first offset where a name starts: the same
    # choice as comparing every (offset, length) of the text, ~30x fewer lookups on a title that opens with its place
    for i in range(len(text) - 1):
        best = None
        for n in range(2, min(12, len(text) - i + 1)):
            cand = text[i:i + n]
            if cand in regions and cand not in NOT_PLACES:
                row = regions[cand]
                rank = LEVEL_RANK.get(row["level"], 0)
                if best is None or rank > best[0]:
                    best = (rank, row)
        if best is not None:
            return best[1]
    return None


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
            return jurisdiction_of_row(row)
    return Jurisdiction()


def lookup_place(text: str) -> dict[str, str] | None:
    """The first place named in text (the more local one at a tie), from the national region table."""
    return _lookup(text)
