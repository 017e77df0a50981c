"""The organ gazetteers as Python structures, built once per process from pipeline/data/*.tsv."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_table

# Place levels whose full names may stand before an organ name (广州市财政局, 天河区人民政府).
PROVINCE_SUFFIXES = ("省", "自治区", "市", "特别行政区")


@dataclass(frozen=True)
class OrganTables:
    aliases: dict[str, dict[str, str]]  # written form -> {scope: canonical stem}
    sectors: frozenset[str]  # bare sector words (民政, 卫生健康) that become <sector>部门
    mass_words: dict[str, str]  # bare 群团 words in lists (工会, 妇联) -> their alias key
    places: frozenset[str]  # full names of provinces, prefectures and counties
    province_short: dict[str, str]  # 广东 -> 广东省, 广西 -> 广西壮族自治区
    # the 委 forms derived from full 委员会 names (经济和信息化委 for 经济和信息化委员会)
    short_commissions: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def organ_tables() -> OrganTables:
    aliases: dict[str, dict[str, str]] = {}
    for row in load_table("department_aliases"):
        aliases.setdefault(row["alias"], {})[row["scope"]] = row["canonical"]
    derived = _short_commissions(aliases)
    for short, scopes in derived.items():
        aliases[short] = scopes
    sectors = frozenset(r["sector"] for r in load_table("organ_sectors"))
    mass = {r["word"]: r["alias"] for r in load_table("organ_mass_words")}
    places: set[str] = set()
    province_short: dict[str, str] = {}
    for row in load_table("regions"):
        name = row["name"]
        if len(name) >= 2:
            places.add(name)
        if row["level"] == "province":
            short = _short_province(name)
            if short:
                province_short[short] = name
    return OrganTables(aliases, sectors, mass, frozenset(places), province_short, frozenset(derived))


# Commissions written with 委 for 委员会 (省经济和信息化委, 市住房和城乡建设委, 国家民族事务委): every full 委员会
# name of the table (local or central) also stands written so, for the same organ. Not the bodies of congresses,
# CPPCC committees and the military commission (人大常委会…委, 政协…委 are not written so), nor party bodies.
NOT_SHORTENED = ("人民代表大会", "人大", "政协", "政治协商", "军", "中国共产主义青年团")


def _short_commissions(aliases: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for alias, scopes in aliases.items():
        # ((s25-swap) a sector of two characters too: 建设委员会 written 建设委, 交通委员会 交通委, 商务委员会 商务委)
        if not alias.endswith("委员会") or len(alias) < 5 or any(w in alias for w in NOT_SHORTENED):
            continue
        short = alias[:-2]
        kept = {sc: full for sc, full in scopes.items() if sc in ("local", "central")}
        if short not in aliases and kept:
            out[short] = kept
    return out


def _short_province(name: str) -> str | None:
    """广东省 -> 广东, 广西壮族自治区 -> 广西, 北京市 -> 北京, 内蒙古自治区 -> 内蒙古."""
    for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return None
