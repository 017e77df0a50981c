"""Each organ's `sector` (the same across regions and levels) and `level`.

An organ name is read with the grammar of Chinese organ names:

    [中共|共青团] [place…] [人民政府] STEM [HEAD]

The place prefix (陕西省, 宝鸡市, 各县（市、区）, 各级, 同级…) gives the level, the head word
(厅, 局, 委员会, 委, 部, 办公室, 部门…) the kind of body, and the stem the portfolio. The stem is
mapped to a sector key by `pipeline/data/kb_sectors.tsv` (人力资源和社会保障 / 人社 /
劳动保障 -> 人力资源社会保障). An unknown stem is its own sector, without 和, so
住房和城乡建设 and 住房城乡建设 still meet.
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from ..data import load_table
from ..regions import CENTRAL_ORGAN, places_in

# Head words, longest first. 委员会办公室 is kept whole (编委办, 党委办) before 委员会 and 办公室.
HEADS = ("委员会办公室", "领导小组办公室", "联合会", "委员会", "办公厅", "办公室", "总工会", "工作组", "分局",
         "总局", "部门", "机关", "厅", "局", "委", "部", "办", "署", "会", "社", "中心", "系统", "组织")
COLLECTIVE_PREFIX = re.compile(r"^(?:(?:各(?:地级以上市|县（市、区）|县\(市、区\)|县市区|县区|省级|省（区、市）|市|县|区|镇（街道）|镇|级|地|有关)?|同级|本级|相关|有关|所在地|地方各级|地方|市县|省市县|省、市、县)+)")
BARE_PLACE = re.compile(r"^[省市县区州](?=\p{Han}{2})")
NOT_CENTRAL_HEADS = ("部门", "机关", "单位")
MASS = {"总工会": "工会", "工会": "工会", "共青团": "共青团", "残疾人联合会": "残疾人联合会", "妇女联合会": "妇女联合会",
        "科学技术协会": "科协", "供销合作社": "供销合作", "红十字会": "红十字会", "工商业联合会": "工商联"}


@lru_cache(maxsize=1)
def _sectors() -> dict[str, str]:
    return {row["stem"]: row["sector"] for row in load_table("kb_sectors")}


def _strip_places(name: str) -> tuple[str, str | None]:
    """Drop leading place names (several: 陕西省宝鸡市…); return (rest, level of the last place)."""
    level = None
    while True:
        found = [(off, p, n) for off, p, n in places_in(name) if off == 0]
        if not found:
            return name, level
        # the longest name at offset 0; among equal names, the most local level
        _, place, matched = max(found, key=lambda f: (len(f[2]), {"province": 1, "prefecture": 2, "county": 3}[f[1].level]))
        level = place.level
        name = name[len(matched):]


def _sector_of_stem(stem: str) -> str | None:
    if not stem:
        return None
    table = _sectors()
    if stem in table:
        return table[stem]
    plain = stem.replace("和", "")
    for key, sector in table.items():
        if key.replace("和", "") == plain:
            return sector
    return plain


@lru_cache(maxsize=8192)
def organ_sector(name: str, kind: str = "named") -> tuple[str | None, str | None]:
    """(sector, level) of an organ name as canonicalised by the pipeline.

    >>> organ_sector("宝鸡市人力资源和社会保障局")
    ('人力资源社会保障', 'prefecture')
    >>> organ_sector("人力资源社会保障部")
    ('人力资源社会保障', 'central')

    Collective and sector mentions (各级人力资源社会保障部门, 人社部门) get a sector only when
    their stem is in the sector table, and a level only when they name a place.
    """
    if not name:
        return None, None
    rest = name.strip()
    level = None
    party = youth = False
    if rest.startswith("中共中央") or rest.startswith("党中央"):
        rest, level, party = rest[4:] if rest.startswith("中共中央") else rest[3:], "central", True
    elif rest.startswith("中共"):
        rest, party = rest[2:], True
    elif rest.startswith("共青团"):
        rest, youth = rest[3:], True
    elif rest.startswith("中国共产主义青年团"):
        rest, youth = rest[9:], True
    if rest.startswith("中华全国") or rest.startswith("中央") and youth:
        rest, level = rest[4:] if rest.startswith("中华全国") else rest[2:], "central"
    elif rest.startswith("国家") and len(rest) > 4:
        rest, level = rest[2:], "central"
    elif rest.startswith("国务院") and len(rest) > 3:
        rest, level = "人民政府" + rest[3:] if rest[3:] in ("办公厅", "办公室") else rest[3:], "central"
    elif rest == "国务院":
        rest, level = "人民政府", "central"
    elif rest.startswith("中国人民银行"):
        rest, level = rest[2:], "central"
    # free-trade zone parts and similar: 中国（X）自由贸易试验区…片区…
    m = re.match(r"^中国[（(][\p{Han}]+[)）]自由贸易试验区[\p{Han}]*?片区", rest)
    if m:
        rest = rest[m.end():]
    m = COLLECTIVE_PREFIX.match(rest)
    collective = bool(m and m.end())
    if m and m.end() < len(rest):
        rest = rest[m.end():]
    rest, place_level = _strip_places(rest)
    level = level or place_level
    m = COLLECTIVE_PREFIX.match(rest)
    if m and m.end() and m.end() < len(rest):
        rest, collective = rest[m.end():], True
    if (level is None and not collective and not name.endswith(NOT_CENTRAL_HEADS)
            and CENTRAL_ORGAN.match(name.removeprefix("中共"))):
        level = "central"
    if place_level is None and BARE_PLACE.match(rest) and _known(_stem(rest[1:])):
        rest = rest[1:]
    if youth:
        return "共青团", level
    if party and level == "central" and rest in ("办公厅", "办公室"):
        return "党委办公厅（室）", level
    if party:
        # 中共X市委 / 中共X市委员会 -> 党委; 中共X市委组织部 -> 组织
        if rest in ("委", "委员会", "", "中央"):
            return "党委", level
        rest = re.sub(r"^(?:委员会|委)(?=.)", "", rest)
    if rest in MASS:
        return MASS[rest], level
    for word, sector in MASS.items():
        if rest.endswith(word) and len(rest) > len(word):
            return sector, level
    if rest in ("人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "政府办"):
        return "人民政府办公厅（室）", level
    if rest.startswith("人民政府") and len(rest) > 4 and rest not in ("人民政府办公室", "人民政府办公厅"):
        rest = rest[4:]
    stem = _stem(rest)
    if kind != "named" or collective:
        return (_sector_of_stem(stem) if _known(stem) else None), level
    return _sector_of_stem(stem), level


def _stem(rest: str) -> str:
    for head in HEADS:
        if rest.endswith(head) and len(rest) > len(head):
            rest = rest[: -len(head)]
            break
    if rest.endswith("事务") and rest not in _sectors() and rest[:-2] in _sectors():
        rest = rest[:-2]
    return rest


def _known(stem: str) -> bool:
    table = _sectors()
    return stem in table or stem.replace("和", "") in {k.replace("和", "") for k in table}


def organ_level(name: str) -> str | None:
    return organ_sector(name)[1]
