"""A document's region as province / prefecture / county plus the adcode of its most local unit."""
from __future__ import annotations

from functools import lru_cache

from ..data import load_table
from ..regions import split_region


@lru_cache(maxsize=1)
def _adcodes() -> dict[tuple[str, str, str], str]:
    return {(r["province"], r["prefecture"], r["county"]): r["adcode"] for r in load_table("regions")}


@lru_cache(maxsize=4096)
def region_parts(region: str | None) -> dict:
    """'浙江省金华市义乌市' -> province 浙江省, prefecture 金华市, county 义乌市, adcode 330782.
    '全国' (central documents) has no parts and adcode 100000 (the national code)."""
    if region == "全国":
        return {"province": None, "prefecture": None, "county": None, "adcode": "100000"}
    province, prefecture, county = split_region(region)
    adcode = None
    codes = _adcodes()
    if province:
        adcode = codes.get((province, prefecture or "", county or ""))
        if adcode is None and county:  # a county the region names under a prefecture it is not filed under
            adcode = next((c for (p, _, k), c in codes.items() if p == province and k == county), None)
        if adcode is None and prefecture:
            adcode = codes.get((province, prefecture, ""))
        if adcode is None:
            adcode = codes.get((province, "", ""))
    return {"province": province, "prefecture": prefecture, "county": county, "adcode": adcode}
