#!/usr/bin/env python3
"""Metamorphic place-swap evaluation (session 16, issues 11 and 12).

Takes labelled notices (text + gold JSON) and writes copies in which the notice's own places
(province, prefecture, county/district, town) are replaced, consistently in the text and in
every string of the gold, by other real places of the same kind and level from the gazetteer
(pipeline/data/regions.tsv, townships.tsv). If the extractor knows grammar rather than the
places it happened to see, its score on the swapped copies equals its score on the originals.

    python3 scripts/place_swap.py --out /tmp/swap --seeds 1 2 3            # write the copies
    python3 scripts/place_swap.py --out /tmp/swap --seeds 1 2 3 --run      # + run, score, compare

Layout of --out: orig/ (identity copies: same text files, same gold, for a like-for-like
baseline), seed<N>/ for each seed; each with texts/<doc>.txt, gold/<doc>.json, map.json (the
forms replaced per notice and the notice's flags) and, after --run, out/records and score.json.

Method and decisions: docs/decisions/swap-s16.md. Never reads the blind batches (b1, b6).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "pipeline" / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from swapkit import s2t  # noqa: E402
OPENED_TEXTS = Path("/work/s13data/opened")
OPENED_BATCHES = ("b2", "b3", "b4", "b5", "b7", "b8", "b9", "b10")  # never b1, b6 (blind)
# The country texts: the session-13 copy where a machine still has it, else the repo's raw folder
# (it holds b1 and b6 too; only the golds of the opened batches above pick texts from it).
COUNTRY_TEXTS = OPENED_TEXTS if OPENED_TEXTS.is_dir() else ROOT / "dev" / "country" / "raw"
# Opened authored batches (dev/authored/README.md) by their id ranges. Never A6, A7 (a61–a84,
# validation) and never a batch that is still blind: a batch is added here when it is opened.
OPEN_AUTHORED = {"A10": (109, 120), "A11": (121, 132), "A12": (133, 144), "A13": (145, 156),
                 "A14": (157, 168), "A15": (169, 180), "A16": (181, 192), "A17": (193, 204), "A18": (205, 216),
                 "A20": (229, 240), "A21": (241, 252), "A22": (253, 264),
                 "O36": (433, 492),  # a433–a492: opened by session 36
                 "O37": (493, 516)}  # a493–a516 (A42+A43): opened by session 37 (never a517 on)


def wanted(default) -> tuple[str, ...]:
    """The sets a swap script reads: its default, or those named in SWAP_SETS (space or comma
    separated, e.g. SWAP_SETS="A10 A11 b2"), which must all be open sets."""
    import os
    env = os.environ.get("SWAP_SETS", "").replace(",", " ").split()
    if not env:
        return tuple(default)
    bad = [x for x in env if x not in OPENED_BATCHES + tuple(OPEN_AUTHORED) + ("corpus", "dev", "heldout")]
    if bad:
        raise SystemExit(f"SWAP_SETS: not an open set: {bad} (never b1, b6, A6, A7 or a blind batch)")
    return tuple(env)

# The 55 minority nationalities (民族识别, 国家民委): an autonomous unit's stem is its name
# before the first of them (彭水苗族土家族自治县 → 彭水).
NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
    "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
_NAT = "|".join(sorted(NATIONALITIES, key=len, reverse=True))
AUTONOMOUS = re.compile(rf"^(?P<stem>.+?)(?:(?:{_NAT})族)+自治(?P<unit>州|县|旗)$")

# 文号 code characters of cities that do not sign with their first character (their 简称).
CITY_CODE = {"广州市": "穗", "福州市": "榕", "宁波市": "甬", "成都市": "蓉", "南宁市": "邕",
             "贵阳市": "筑", "厦门市": "厦", "南京市": "宁"}
DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})(?=[〔\[［﹝(（]\s*(?:19|20)\d\d\s*[〕\]］﹞)）])")
WS = r"[ \t\r\n\u3000]*"
PROVINCE_SUFFIX = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")
TOWN_SUFFIX = ("街道", "苏木", "镇", "乡")


def read_tsv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


# ---------------------------------------------------------------- the gazetteer
@dataclass
class Gazetteer:
    province_kind: dict[str, str] = field(default_factory=dict)        # 浙江省 → 省
    province_abbr: dict[str, str] = field(default_factory=dict)        # 浙江省 → 浙
    prefectures: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # all rows
    cur_prefectures: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    counties: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    cur_counties: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    towns: dict[tuple[str, str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    all_names: frozenset[str] = frozenset()     # every full name, all levels, the whole state

    @classmethod
    def load(cls) -> "Gazetteer":
        g = cls()
        for r in read_tsv("regions.tsv"):
            if r["level"] == "province":
                n = r["name"]
                g.province_kind[n] = ("直辖市" if n in ("北京市", "天津市", "上海市", "重庆市") else
                                      "自治区" if n.endswith("自治区") else
                                      "特别行政区" if n.endswith("特别行政区") else "省")
            elif r["level"] == "prefecture":
                g.prefectures[r["province"]].add(r["name"])
            elif r["level"] == "county":
                g.counties[(r["province"], r["prefecture"])].add(r["name"])
        for r in read_tsv("townships.tsv"):
            g.towns[(r["province"], r["prefecture"], r["county"])].add(r["town"])
            if r["prefecture"]:
                g.cur_prefectures[r["province"]].add(r["prefecture"])
            if r["county"]:
                g.cur_counties[(r["province"], r["prefecture"])].add(r["county"])
        g.all_names = frozenset(r["name"] for r in read_tsv("regions.tsv")) | frozenset(
            t for ts in g.towns.values() for t in ts)
        for r in read_tsv("doc_number_codes.tsv"):   # the province 简称: X政 → province
            if r["level"] == "province" and r["code"].endswith("政") and len(r["code"]) == 2:
                g.province_abbr[r["region"]] = r["code"][0]
        return g


def unit_kind(name: str, level: str, g: Gazetteer | None = None, prov: str = "") -> str:
    """The kind a place is swapped within: a district by a district, 自治州 by 自治州…"""
    if level == "province":
        return g.province_kind.get(name, "省") if g else "省"
    if level == "town":
        return next(s for s in TOWN_SUFFIX if name.endswith(s))
    m = AUTONOMOUS.match(name)
    if m:
        return "自治" + m["unit"]
    for s in ("地区", "林区", "特区", "新区", "盟", "旗", "区", "县", "市"):
        if name.endswith(s):
            if level == "prefecture" and s == "市" and g is not None and not g.cur_counties.get((prov, name)):
                return "市(不设区县)"   # 中山市, 东莞市: towns directly under the city
            return s
    return "?"


def stem_of(name: str, level: str) -> str | None:
    """The name as often written without its unit word (浙江, 丽水, 崇明, 港沿); None when it
    would be one character or is not used so (a 区 of a municipality is always written 区)."""
    if level == "province":
        s = PROVINCE_SUFFIX.sub("", name)
        return s if len(s) >= 2 else None
    m = AUTONOMOUS.match(name)
    if m:
        return m["stem"] if len(m["stem"]) >= 2 else None
    for suf in ("地区", "街道", "苏木", "林区", "特区", "盟", "旗", "区", "县", "市", "镇", "乡"):
        if name.endswith(suf):
            s = name[: -len(suf)]
            return s if len(s) >= 2 else None
    return None


UNIT_CHARS = re.compile(r"[省市区县州盟旗镇乡]")


def forms(name: str, level: str, stem: bool = True) -> list[tuple[str, str]]:
    """(role, form) pairs of a place as a text writes it; roles pair an old form with a new one.
    stem=False: the full name only (a county or town the notice only mentions)."""
    out = [("full", name)]
    st = stem_of(name, level) if stem else None
    if st and level in ("county", "town") and UNIT_CHARS.search(st):
        st = None
    m = AUTONOMOUS.match(name)
    if m and st:
        out += [("auto-short", st + m["unit"]), ("auto-short2", st + "自治" + m["unit"])]
    if level == "province" and name.endswith("自治区") and st:
        out.append(("auto-short2", st + "自治区"))
    if st:
        out.append(("stem", st))
    return out


# ---------------------------------------------------------------- a notice's own places
@dataclass
class Place:
    level: str          # province / prefecture / county / town
    name: str
    province: str
    prefecture: str = ""
    county: str = ""
    chain: bool = False   # a place of the notice's own gold region (its 文号 codes are swapped)


def own_places(region: str, text: str, g: Gazetteer) -> list[Place] | None:
    """The notice's own places: the chain of its gold region and every other place of its
    province that the text names in full (prefectures, counties of named or of the own
    prefecture, towns of the own counties). None for a central notice (全国) or a region the
    gazetteer does not parse."""
    if not region or region == "全国":
        return None
    prov = next((p for p in g.province_kind if region.startswith(p)), None)
    if prov is None or g.province_kind[prov] == "特别行政区":
        return None
    rest = region[len(prov):]
    pref = next((p for p in sorted(g.prefectures[prov], key=len, reverse=True) if rest.startswith(p)), "")
    rest = rest[len(pref):]
    cty = next((c for c in sorted(g.counties[(prov, pref)], key=len, reverse=True) if rest.startswith(c)), "")
    town = rest[len(cty):]
    if town and not town.endswith(TOWN_SUFFIX):
        return None     # a rest the gazetteer does not parse (a county it lacks, a 社区): no swap
    chain = [Place("province", prov, prov, chain=True)]
    if pref:
        chain.append(Place("prefecture", pref, prov, pref, chain=True))
    if cty:
        chain.append(Place("county", cty, prov, pref, cty, chain=True))
    if town:
        chain.append(Place("town", town, prov, pref, cty, chain=True))
    seen = {(p.level, p.name) for p in chain}
    flat = re.sub(WS, "", text)

    def named(n: str) -> bool:
        # (s26-swap) a notice in Traditional script names its places so (`海陵區`): either script
        return any(_named_as(f) for f in {n, s2t(n)})

    def _named_as(n: str) -> bool:
        if n not in flat:
            return False
        t = flat
        for sup in sorted((x for x in g.all_names if n in x and x != n and x in t), key=len, reverse=True):
            t = t.replace(sup, "□")
        for sup in sorted((s2t(x) for x in g.all_names if n in s2t(x) and s2t(x) != n and s2t(x) in t), key=len, reverse=True):
            t = t.replace(sup, "□")
        return n in t
    text = flat
    # other places of the province that the text names: prefectures in full, or by their stem in
    # a list (支持宁德、东营、临沂等市; 中国（济南）…)
    for pf in sorted(g.prefectures[prov]):
        st = stem_of(pf, "prefecture")
        by_stem = bool(st) and pf in g.cur_prefectures[prov] and re.search(
            rf"(?:[、（(]{re.escape(st)}|{re.escape(st)}(?=[、，,）)]|等[市地州]))", flat) is not None
        if (named(pf) or by_stem) and ("prefecture", pf) not in seen:
            chain.append(Place("prefecture", pf, prov, pf)); seen.add(("prefecture", pf))
    named_prefs = {p.name for p in chain if p.level == "prefecture"} | {""}
    for (pv, pf), cs in g.counties.items():
        if pv != prov or pf not in named_prefs:
            continue
        for c in cs:
            if len(c) >= 3 and ("county", c) not in seen and named(c):
                others = [pf2 for (pv2, pf2), cs2 in g.counties.items() if pv2 == prov and c in cs2 and pf2 != pf]
                if others and pf != pref:
                    continue     # the same name in two prefectures of the province: leave it
                chain.append(Place("county", c, prov, pf, c)); seen.add(("county", c))
    for p in [p for p in chain if p.level == "county"]:
        for t in g.towns.get((prov, p.prefecture, p.county), ()):
            if len(t) >= 3 and ("town", t) not in seen and named(t):
                chain.append(Place("town", t, prov, p.prefecture, p.county)); seen.add(("town", t))
    if pref and not cty and unit_kind(pref, "prefecture", g, prov) == "市(不设区县)":
        for t in g.towns.get((prov, pref, ""), ()):
            if len(t) >= 3 and ("town", t) not in seen and named(t):
                chain.append(Place("town", t, prov, pref, "")); seen.add(("town", t))
    return chain


# ---------------------------------------------------------------- choosing the new places
class NoSwap(Exception):
    pass


def _pick(rng: random.Random, pool, kind: str, level: str, taken: set[str], text: str, g, prov="",
          need: Counter | None = None) -> str:
    # never a two-character name as a new place (城区, 郊区, 矿区, 和县): they read as common
    # words and the pipeline needs data to see them as places (organ_ambiguous_places.tsv)
    cands = sorted(n for n in pool if unit_kind(n, level, g, prov) == kind and n not in taken and len(n) >= 3)
    rng.shuffle(cands)
    for n in cands:
        # a new place must not be named already in the notice (that would merge two places)
        if any(f in text for _, f in forms(n, level)):
            continue
        # nor share its stem with another new place (白银市 and its 白银区: 广州天河 → 白银白银)
        if stem_of(n, level) and any(stem_of(n, level) == stem_of(t, lv) for t in taken for lv in ("prefecture", "county", "town")):
            continue
        if need:   # a prefecture must hold as many counties of each kind as the notice names
            have = Counter(unit_kind(c, "county") for c in g.cur_counties.get((prov, n), ())
                           if all(f not in text for _, f in forms(c, "county")))
            if any(have[k] < v for k, v in need.items()):
                continue
        return n
    raise NoSwap(f"no {level} of kind {kind} left")


def choose(places: list[Place], text: str, g: Gazetteer, rng: random.Random) -> dict[tuple[str, str], str]:
    """old (level, name) → new name, consistent down the hierarchy."""
    prov = places[0].name
    kind = g.province_kind[prov]
    provs = [p for p in sorted(g.province_kind) if g.province_kind[p] == kind and p != prov]
    rng.shuffle(provs)
    for new_prov in provs + [prov]:       # last resort: keep the province, swap below it
        try:
            return _choose_under(places, text, g, rng, new_prov)
        except NoSwap:
            continue
    raise NoSwap("no province of the same kind holds these kinds of places")


def _choose_under(places, text, g, rng, new_prov) -> dict[tuple[str, str], str]:
    prov = places[0].name
    if new_prov != prov and any(f in text for _, f in forms(new_prov, "province")):
        raise NoSwap("new province named in the text")
    m = {("province", prov): new_prov}
    taken: set[str] = set()
    pref_map = {"": ""}
    need: dict[str, Counter] = defaultdict(Counter)
    for p in places:
        if p.level == "county":
            need[p.prefecture][unit_kind(p.name, "county")] += 1
    if need.get("") and new_prov != prov:
        have = Counter(unit_kind(c, "county") for c in g.cur_counties.get((new_prov, ""), ()))
        if any(have[k] < v for k, v in need[""].items()):
            raise NoSwap("the new municipality has too few districts of the kind")
    for p in places:
        if p.level == "prefecture":
            if new_prov == prov:
                pool = g.cur_prefectures[new_prov] - {p.name}
            else:
                pool = g.cur_prefectures[new_prov]
            n = _pick(rng, pool, unit_kind(p.name, "prefecture", g, prov), "prefecture", taken, text, g, new_prov,
                      need.get(p.name))
            taken.add(n); m[("prefecture", p.name)] = n; pref_map[p.name] = n
    # counties whose prefecture the notice does not name: keep them under some prefecture image
    county_map: dict[str, tuple[str, str]] = {}
    for p in places:
        if p.level == "county":
            if p.prefecture not in pref_map:
                pool = g.cur_prefectures[new_prov]
                n = _pick(rng, pool, unit_kind(p.prefecture, "prefecture", g, prov), "prefecture", taken, text, g,
                         new_prov, need.get(p.prefecture))
                taken.add(n); pref_map[p.prefecture] = n
                m[("prefecture", p.prefecture)] = n  # not in the text: maps only gold strings
            npf = pref_map[p.prefecture]
            pool = g.cur_counties.get((new_prov, npf), set()) - {p.name}
            n = _pick(rng, pool, unit_kind(p.name, "county"), "county", taken, text, g)
            taken.add(n); m[("county", p.name)] = n; county_map[p.name] = (npf, n)
    for p in places:
        if p.level == "town":
            if p.county:
                npf, nc = county_map[p.county]
            else:
                npf, nc = pref_map.get(p.prefecture, ""), ""
            pool = g.towns.get((new_prov, npf, nc), set()) - {p.name}
            n = _pick(rng, pool, unit_kind(p.name, "town"), "town", taken, text, g)
            taken.add(n); m[("town", p.name)] = n
    return m


# ---------------------------------------------------------------- the transformation
@dataclass
class Swap:
    pairs: dict[str, str]       # old form → new form, all levels
    codes: dict[str, str]       # old 文号 code character → new
    central: tuple[str, ...] = ()   # central codes (国办发, 中办发…): never touched

    def __call__(self, s: str) -> str:
        if not self.pairs:
            return s
        if self.codes:
            s = DOC_NUMBER.sub(self._code, s)
        return self._rx.sub(self._place, s)

    def __post_init__(self):
        # a form may be broken by a line end or spaces (a PDF's wrapped line: 济\n南市): the
        # whitespace is kept, at the same offset in the new form
        keys = sorted(self.pairs, key=len, reverse=True)
        self._rx = re.compile("|".join(WS.join(map(re.escape, k)) for k in keys)) if keys else None

    def _place(self, mm: re.Match) -> str:
        got = mm.group(0)
        bare = re.sub(WS, "", got)
        new = self.pairs[bare]
        if bare == got:
            return new
        out, i = [], 0
        for ch in got:
            if re.fullmatch(WS, ch):
                out.append((min(i, len(new)), ch))
            else:
                i += 1
        res, last = [], 0
        for pos, ch in out:
            res.append(new[last:pos]); res.append(ch); last = pos
        res.append(new[last:])
        return "".join(res)

    def _code(self, mm: re.Match) -> str:
        run = mm.group(1)
        for i, ch in enumerate(run):
            if any(run.startswith(k, i) for k in self.pairs):
                # (s37b-swap) a place's name written in full before the year (`张家口市人民政府令〔2012〕第5号`): no code
                # character, the place swap below renames it whole (not `东家口市…`)
                return run
            if ch in self.codes and not run.startswith(self.central, i):
                j = i
                out = []
                while j < len(run) and run[j] in self.codes and len(out) < 3:
                    out.append(self.codes[run[j]]); j += 1
                return run[:i] + "".join(out) + run[j:]
        return run


def code_char(name: str, level: str, g: Gazetteer) -> str | None:
    if level == "province":
        return g.province_abbr.get(name)
    if level == "prefecture" and name in CITY_CODE:
        return CITY_CODE[name]
    return name[0]


def central_codes() -> tuple[str, ...]:
    return tuple(r["code"] for r in read_tsv("doc_number_codes.tsv") if r["region"] == "全国")


def build_swap(mapping: dict[tuple[str, str], str], g: Gazetteer, keep_codes: bool = False,
               chain: frozenset = frozenset()) -> Swap:
    pairs: dict[str, str] = {}
    codes: dict[str, str] = {}
    for (level, old), new in mapping.items():
        if old == new:
            continue
        # a county or town the notice only mentions is swapped in full only; its stem (崇明,
        # 港沿) when it is the notice's own place
        stem = level in ("province", "prefecture") or (level, old) in chain
        newf = dict(forms(new, level, stem))
        for role, f in forms(old, level, stem):
            if f not in pairs:
                pairs[f] = newf.get(role, newf["full"])
        if not keep_codes and (level, old) in chain:
            a, b = code_char(old, level, g), code_char(new, level, g)
            if a and b and a != b and a not in codes:
                codes[a] = b
    # a notice in Traditional script (a web copy from Hong Kong or Taiwan) writes its places in
    # Traditional (漢中市, 陝西省): the same swap in that script, or text and gold disagree
    for f, n in list(pairs.items()):
        tf = s2t(f)
        if tf != f and tf not in pairs:
            pairs[tf] = s2t(n)
    # (s26-swap) …and so its 文号's code character (`貴政發〔2013〕58號` of 贵港 → `銀政發`)
    for a, b in list(codes.items()):
        if s2t(a) != a and s2t(a) not in codes:
            codes[s2t(a)] = s2t(b)
    return Swap(pairs, codes, central_codes())


def strings_of(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from strings_of(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from strings_of(x)


def map_strings(obj, fn):
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [map_strings(x, fn) for x in obj]
    if isinstance(obj, dict):
        return {k: (v if k in ("doc_id", "path", "task", "issue_date", "role") else map_strings(v, fn))
                for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- place-specific gold
def place_specific(region: str, new_region: str, text: str, gold: dict | None = None) -> list[str]:
    """Reasons the gold of this notice depends on place-specific data the spec asks for: an
    organ whose official name differs by place (organ_local_names.tsv) and that the text writes
    under its local short name, for the old or the new place; (s31-swap) a gold name that the
    old and the new place form differently by a place table: a city district's police branch
    (organ_district_police.tsv: 重庆市公安局江津区分局, elsewhere 上海市公安局闵行分局) or a
    provincial supply-and-marketing federation (organ_provincial_cooperatives.tsv: 江苏省供销合作总社,
    山东省供销合作社)."""
    why = []
    names = [d.get("name") or "" for d in (gold or {}).get("departments", [])]
    if names and new_region:
        police = {r["city"] for r in read_tsv("organ_district_police.tsv")}
        coops = {r["place"]: r["name"][len(r["place"]):] for r in read_tsv("organ_provincial_cooperatives.tsv")}

        def full_district(reg):
            return any(reg.startswith(c) for c in police)

        def coop_tail(reg):
            prov = re.match(r"(.+?(?:省|自治区|市))", reg)
            return coops.get(prov.group(1), "供销合作社") if prov else "供销合作社"
        if any(re.search(r"公安局.+?分局", n) for n in names) and full_district(region) != full_district(new_region):
            why.append("organ_district_police: the city's district branches named differently")
        if any("供销合作" in n and not n.startswith("中华全国") for n in names) and coop_tail(region) != coop_tail(new_region):
            why.append("organ_provincial_cooperatives: the province's federation named differently")
    text = re.sub(WS, "", text)
    for r in read_tsv("organ_local_names.tsv"):
        place = r["place"].rstrip("*")  # (s25-swap2) `福建省*`: the province and every place under it
        for reg in (region, new_region):
            # (s25-swap2: a notice in Traditional script writes the short name so too, `市資源規劃局`)
            if reg and place in reg and any(w in text for w in (r["written"], r["full"], s2t(r["written"]), s2t(r["full"]))):
                why.append(f"organ_local_names: {r['place']} {r['written']} → {r['full']}")
    return sorted(set(why))


# ---------------------------------------------------------------- the notices
def notices(root: Path) -> list[tuple[str, Path, Path]]:
    """(set, text, gold) of every labelled notice we may use: the opened country batches,
    corpus/, dev/corpus, dev/heldout/corpus. Never b1 or b6."""
    out = []
    for b in OPENED_BATCHES:
        for gp in sorted((root / "dev" / "country" / "gold" / b).glob("*.json")):
            out.append((b, COUNTRY_TEXTS / f"{gp.stem}.txt", gp))
    for b, (lo, hi) in OPEN_AUTHORED.items():
        for n in range(lo, hi + 1):
            out.append((b, root / "dev" / "authored" / "raw" / f"a{n}.txt",
                        root / "dev" / "authored" / "gold" / f"a{n}.json"))
    for name, tdir, gdir in (("corpus", "corpus", "gold"), ("dev", "dev/corpus", "dev/gold"),
                             ("heldout", "dev/heldout/corpus", "dev/heldout/gold")):
        for gp in sorted((root / gdir).glob("*.json")):
            out.append((name, root / tdir / f"{gp.stem}.txt", gp))
    return [o for o in out if o[1].exists() and o[2].exists()]


def swap_notice(text: str, gold: dict, g: Gazetteer, seed: int, keep_codes: bool = False):
    """(new text, new gold, info). Identity for a notice without own places."""
    region = gold.get("metadata", {}).get("region") or ""
    places = own_places(region, text, g)
    info = {"region": region, "places": [], "pairs": {}, "codes": {}, "skipped": None}
    if not places:
        info["skipped"] = "central or no gazetteer region"
        return text, gold, info
    rng = random.Random(f"{seed}:{gold.get('doc_id')}")
    try:
        mapping = choose(places, text, g, rng)
    except NoSwap as e:
        info["skipped"] = str(e)
        return text, gold, info
    sw = build_swap(mapping, g, keep_codes, frozenset((p.level, p.name) for p in places if p.chain))
    # a longer place name holding an old form stays as it is (沙河口区 holds 河口区; 中山区 中山)
    flat = re.sub(WS, "", text) + "".join(strings_of(gold))
    keep = {x: x for x in g.all_names if x not in sw.pairs and any(f in x for f in sw.pairs) and x in flat}
    if keep:
        sw = Swap(sw.pairs | keep, sw.codes, sw.central)
    new_text, new_gold = sw(text), map_strings(gold, sw)
    info.update(places=[f"{lv}:{o}→{n}" for (lv, o), n in mapping.items()], pairs=sw.pairs, codes=sw.codes,
                new_region=new_gold["metadata"].get("region"))
    info["place_specific"] = place_specific(region, info["new_region"], text, gold)
    return new_text, new_gold, info


def write_set(out: Path, items, g: Gazetteer, seed: int | None, keep_codes: bool, kind: str | None = None) -> dict:
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    infos = {}
    for set_name, tp, gp in items:
        text = tp.read_text(encoding="utf-8")
        gold = json.loads(gp.read_text(encoding="utf-8"))
        if seed is None:
            nt, ng, info = text, gold, {"region": gold["metadata"].get("region")}
            r = gold["metadata"].get("region") or ""
            places = own_places(r, text, g)
            info["skipped"] = None if places else "central or no gazetteer region"
            info["place_specific"] = place_specific(r, "", text)
        elif kind:
            nt, ng, info = kind_swap_notice(text, gold, g, seed, kind, keep_codes)
        else:
            nt, ng, info = swap_notice(text, gold, g, seed, keep_codes)
        info["set"] = set_name
        doc = gold["doc_id"]
        if kind and info.get("skipped"):
            infos[doc] = info
            continue          # a kind set holds only its swapped notices
        (out / "texts" / f"{doc}.txt").write_text(nt, encoding="utf-8")
        (out / "gold" / f"{doc}.json").write_text(json.dumps(ng, ensure_ascii=False, indent=2), encoding="utf-8")
        infos[doc] = info
    (out / "map.json").write_text(json.dumps(infos, ensure_ascii=False, indent=1), encoding="utf-8")
    return infos


# ---------------------------------------------------------------- the kind swap (s16-kindswap)
# A prefecture-level city notice becomes one of an 自治州, 盟 or 地区; a county (县) notice one of a
# 旗 or 自治县. Besides the names, the notice's own LEVEL WORDS change, as such places write
# themselves (州人民政府 / 全州 / 州直各部门; 盟行政公署 / 盟行署 / 全盟 / 盟委; 地区行政公署 / 行署 /
# 地委 / 全地区; 旗人民政府 / 全旗 / 旗委 / 苏木乡镇; 自治县人民政府). When the new place lies in an
# 自治区 (every 盟 and 旗), the province's level words change too (省委 → 自治区党委, 全省 → 全区).
# Only a level word standing as the notice's own place is rewritten: the character before it is
# not a Han character or is a function word (全 本 我 由 经 报 向 在…), and the character after it is a
# Han character that does not continue a common word (市场, 市民, 城市, 超市, 县城, 省会…).
PREF_KINDS = ("自治州", "盟", "地区")
COUNTY_KINDS = ("旗", "自治县")
KINDS = PREF_KINDS + COUNTY_KINDS
# a level character is not rewritten after these characters (城市 超市 上市 县市 省市; 市县 区县; 园区 社区…)
LEFT_BAD = {"市": "城超都上门夜股集早菜街花黑楼坊开闹罢互省县州区镇乡村地灯庙墟赶利闭海债汇车期现市盟",
            "县": "州市区郡乡村府知旧省地各县旗",
            "区": "城市县地郊街园景矿社校山林牧灾疫范新发护验片专能小辖特治战湾省商老边学库港岸带域业镇聚"
                  "各片保税口贸游区旗盟",
            "省": "各外内反节一两三数本全我省"}
LEFT_FUNC = "由经报向在对为将请送交同按从给以于至和与及并会各"
# …nor before these, unless a known organ word follows (市民政局, 市政协, 市中医院)
RIGHT_OK = {"市": ("民政", "民营", "民族", "民宗", "民委", "政务", "政协", "政法", "中医", "中级", "乡村")}
# old level character → new kind → (special phrases, generic replacement); a phrase's key is
# the text after the level character
RELEVEL = {
    ("市", "自治州"): ({"人民政府": "州人民政府", "政府": "州政府", "委": "州委", "长": "州长", "直": "州直"}, "州"),
    ("市", "盟"): ({"人民政府": "盟行政公署", "政府": "盟行署", "委": "盟委", "长": "盟长", "直": "盟直"}, "盟"),
    ("市", "地区"): ({"人民政府": "地区行政公署", "政府": "行署", "委": "地委", "长": "专员", "直": "地直"}, "地区"),
    ("县", "旗"): ({"人民政府": "旗人民政府", "政府": "旗政府", "委": "旗委", "长": "旗长", "直": "旗直"}, "旗"),
    ("县", "自治县"): ({"人民政府": "自治县人民政府"}, None),
    ("区", "旗"): ({"人民政府": "旗人民政府", "政府": "旗政府", "委": "旗委", "长": "旗长", "直": "旗直"}, "旗"),
    ("区", "自治县"): ({"人民政府": "自治县人民政府", "政府": "县政府", "委": "县委", "长": "县长", "直": "县直"}, "县"),
    ("省", "自治区"): ({"人民政府": "自治区人民政府", "政府": "自治区政府", "委": "自治区党委", "长": "自治区主席",
                       "直": "区直"}, "自治区"),
}
# the determiners 全X / 本X / 我X (全市 → 全州, 全省 → 全区)
RELEVEL_DET = {"自治州": "州", "盟": "盟", "地区": "地区", "旗": "旗", "自治区": "区", "自治县": "县"}
RIGHT_BAD = {"市": "场民区县内外容值面井辖郊域况价情里中镇州乡花树徽貌盈侩售集声政",  # 市场 市民 市区…
             "县": "城域区乡镇市级内外情里志",
             "省": "内外区市县份会域界钱力时心去略得部事",
             "区": "域内外块县市级间位别分划段位镇乡街"}
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Relevel:
    """Rewrites the notice's own level words: levels = [(old char, new kind)], gov = full names
    whose 人民政府 is a 行政公署 (盟, 地区)."""
    levels: list
    gov: list

    def __call__(self, s: str) -> str:
        for g in self.gov:
            s = s.replace(g + "人民政府", g + "行政公署")
            if g.endswith("地区"):   # a 地区's party committee is its 地委 (中共塔城地委组织部); 地委 itself is 中共X地区委员会
                s = re.sub(f"{g}委(?!员会)", g[:-2] + "地委", s)
        # the county first: the province's 全省 → 全区 must not be read as a county's 全区 after
        for old, kind in sorted(self.levels, key=lambda x: "县区市省".index(x[0])):
            s = relevel(s, old, kind)
        return s


def relevel(s: str, old: str, kind: str) -> str:
    phrases, generic = RELEVEL[(old, kind)]
    det = RELEVEL_DET.get(kind) if generic else None
    keys = sorted(phrases, key=len, reverse=True)
    rx = re.compile(rf"([全本我])?{old}({'|'.join(keys)})?")
    # the level character of a gazetteer name (成都市, 和县, 内蒙古自治区) is never rewritten
    masked = set()
    for m in _names_ending(old).finditer(s):
        masked.add(m.end() - 1)
    out, last = [], 0
    for m in rx.finditer(s):
        i = m.start() + (1 if m.group(1) else 0)       # offset of the level character
        if i in masked:
            continue
        after = s[m.end():m.end() + 1]
        if m.group(1) and not m.group(2):              # 全市 / 本市 / 我市
            if det is None or (old == "市" and after == "场"):
                continue
            rep = m.group(1) + det
        else:
            left = s[i - 1:i]
            if left and left in LEFT_BAD[old]:
                continue
            if old == "区" and not m.group(2) and left and _HAN.match(left) and left not in LEFT_FUNC:
                continue    # 区 ends too many words (商务区, 开发区, 示范区): only after a function word
            if m.group(1) and m.group(2) == "长" and det:
                rep = m.group(1) + det + "长"     # 本市长护险 (本市 + 长护险): not 本专员
            elif m.group(2):
                rep = (m.group(1) or "") + phrases[m.group(2)]
            else:
                nxt = s[i + 1:i + 2]
                if nxt == "、" and s[i + 2:i + 3] in ("县", "区") and s[i + 2:i + 3] and generic and left not in "（(、":
                    out.append(s[last:m.start()]); out.append((m.group(1) or "") + generic); last = m.end()
                    continue    # 市、县（市、区）人民政府: the notice's own level leads the enumeration
                if generic is None or not nxt or not _HAN.match(nxt) or (
                        nxt in RIGHT_BAD[old] and not s.startswith(RIGHT_OK.get(old, ()), i + 1)):
                    continue
                rep = (m.group(1) or "") + generic
        out.append(s[last:m.start()]); out.append(rep); last = m.end()
    out.append(s[last:])
    s = "".join(out)
    if kind == "旗":   # a 旗's towns are 苏木 and 乡镇: its notices write 苏木乡镇 (各苏木乡镇人民政府)
        s = re.sub(r"(?<!苏木)(?<!苏木（)乡镇", "苏木乡镇", s)
    return s


_SHORT: dict[str, str] = {}


def _short_zhou() -> dict[str, str]:
    """自治州 → its 州 short form (海北藏族自治州 → 海北州), region_short_names.tsv."""
    if not _SHORT:
        for r in read_tsv("region_short_names.tsv"):
            if r["name"].endswith("自治州") and r["short"].endswith("州") and not r["short"].endswith("自治州"):
                _SHORT.setdefault(r["name"], r["short"])
    return _SHORT


_NAMES_RX: dict[str, re.Pattern] = {}


def _names_ending(ch: str) -> re.Pattern:
    """Every gazetteer name (regions.tsv, townships.tsv) ending in the level character."""
    if ch not in _NAMES_RX:
        names = {r["name"] for r in read_tsv("regions.tsv") if r["name"].endswith(ch)}
        names |= {r["town"] for r in read_tsv("townships.tsv") if r["town"].endswith(ch)}
        names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
        _NAMES_RX[ch] = re.compile("|".join(map(re.escape, names)))
    return _NAMES_RX[ch]


class KindSwap(Swap):
    """A place swap followed by the level-word rewrite."""

    def __init__(self, pairs, codes, central, rel: Relevel):
        super().__init__(pairs, codes, central)
        self.rel = rel

    def __call__(self, s: str) -> str:
        return self.rel(super().__call__(s))


def _pick_any(rng, pool, kinds, level, taken, text, g, prov=""):
    for k in kinds:
        try:
            return _pick(rng, pool, k, level, taken, text, g, prov)
        except NoSwap:
            continue
    raise NoSwap(f"no {level} of kinds {kinds}")


def kind_choose(places: list[Place], text: str, g: Gazetteer, rng: random.Random, kind: str):
    """old (level, name) → new name, where the chain's prefecture (PREF_KINDS) or county
    (COUNTY_KINDS) becomes a place of `kind`; (mapping, levels) with levels = [(old char, new kind)]."""
    prov = places[0].name
    chain = [p for p in places if p.chain]
    if kind in PREF_KINDS:
        targets = sorted((pv, pf, "") for pv, pfs in g.cur_prefectures.items() for pf in pfs
                         if unit_kind(pf, "prefecture", g, pv) == kind and g.cur_counties.get((pv, pf)))
    else:
        targets = sorted((pv, pf, c) for (pv, pf), cs in g.cur_counties.items() for c in cs
                         if unit_kind(c, "county") == kind and pf and len(c) >= 3)
    rng.shuffle(targets)
    old_pref = next(p.name for p in chain if p.level == "prefecture")
    old_cty = next((p.name for p in chain if p.level == "county"), "")
    for tpv, tpf, tc in targets:
        if g.province_kind[tpv] not in ("省", "自治区"):
            continue
        if tpv != prov and any(f in text for _, f in forms(tpv, "province")):
            continue
        if any(f in text for _, f in forms(tpf, "prefecture")) or (tc and any(f in text for _, f in forms(tc, "county"))):
            continue
        if tpf == old_pref or (tc and tc == old_cty):
            continue
        m = {("province", prov): tpv, ("prefecture", old_pref): tpf}
        taken = {tpf} | ({tc} if tc else set())
        if tc:
            m[("county", old_cty)] = tc
        try:
            pref_map = {old_pref: tpf}
            for p in places:
                if p.level == "prefecture" and p.name != old_pref:
                    k = unit_kind(p.name, "prefecture", g, prov)
                    n = _pick_any(rng, g.cur_prefectures[tpv], [k, "市", "自治州", "盟", "地区"], "prefecture", taken, text, g, tpv)
                    taken.add(n); m[("prefecture", p.name)] = n; pref_map[p.name] = n
            county_map = {}
            if tc:
                county_map[old_cty] = (tpf, tc)
            for p in places:
                if p.level == "county" and p.name != old_cty:
                    if p.prefecture not in pref_map:
                        raise NoSwap("county of an unnamed prefecture")
                    npf = pref_map[p.prefecture]
                    k = unit_kind(p.name, "county")
                    # a 市辖区 has no counterpart under a 州/盟/地区: it becomes a county-level unit
                    # of the new prefecture (县, 县级市, 旗), written in full
                    n = _pick_any(rng, g.cur_counties.get((tpv, npf), set()), [k, "县", "旗", "市", "自治县", "区"],
                                  "county", taken, text, g)
                    taken.add(n); m[("county", p.name)] = n; county_map[p.name] = (npf, n)
            for p in places:
                if p.level == "town":
                    if not p.county:
                        raise NoSwap("town directly under a city")
                    npf, nc = county_map[p.county]
                    k = unit_kind(p.name, "town")
                    n = _pick_any(rng, g.towns.get((tpv, npf, nc), set()), [k, "镇", "乡", "苏木", "街道"], "town", taken, text, g)
                    taken.add(n); m[("town", p.name)] = n
        except NoSwap:
            continue
        levels = []
        if g.province_kind[prov] == "省" and g.province_kind[tpv] == "自治区":
            levels.append(("省", "自治区"))
        new_pk = unit_kind(tpf, "prefecture", g, tpv)
        if new_pk in PREF_KINDS and (kind in PREF_KINDS or new_pk != unit_kind(old_pref, "prefecture", g, prov)):
            levels.append(("市", new_pk))
        if tc:
            levels.append((unit_kind(old_cty, "county"), kind))
        return m, levels
    raise NoSwap(f"no {kind} fits")


ORGAN_KEYS = {"name", "department", "issuers"}


def strip_prefecture(gold: dict, mapping: dict) -> dict:
    """Spec §5: the organs of a 市辖区 carry their city in front, a county's, county-level city's or banner's do
    not (`龙陵县人民政府`). A district that became a 县/市/旗 (or a 县 that became a 旗) loses its prefecture in the
    gold's organ names (departments.name, responsibilities.department, issuers); quotes and the region keep it."""
    prefs = [n for (lv, _), n in mapping.items() if lv == "prefecture"]
    ctys = [n for (lv, o), n in mapping.items() if lv == "county" and not n.endswith("区")]
    pf_forms = sorted({f for p in prefs for _, f in forms(p, "prefecture")} | {_short_zhou().get(p, p) for p in prefs},
                      key=len, reverse=True)
    cy_forms = sorted({f for c in ctys for _, f in forms(c, "county")}, key=len, reverse=True)
    if not pf_forms or not cy_forms:
        return gold
    rx = re.compile(f"(?:{'|'.join(map(re.escape, pf_forms))})(?=(?:{'|'.join(map(re.escape, cy_forms))}))")

    def walk(obj, key=None):
        if isinstance(obj, str):
            return rx.sub("", obj) if key in ORGAN_KEYS else obj
        if isinstance(obj, list):
            return [walk(x, key) for x in obj]
        if isinstance(obj, dict):
            return {k: walk(v, k) for k, v in obj.items()}
        return obj
    return walk(gold)


def kind_swap_notice(text: str, gold: dict, g: Gazetteer, seed: int, kind: str, keep_codes: bool = False):
    """(new text, new gold, info) of the kind swap; info['skipped'] says why a notice is left."""
    md = gold.get("metadata", {})
    region = md.get("region") or ""
    info = {"region": region, "kind": kind, "places": [], "pairs": {}, "codes": {}, "skipped": None}
    places = own_places(region, text, g)
    if not places:
        info["skipped"] = "central or no gazetteer region"
        return text, gold, info
    chain = [p for p in places if p.chain]
    want = "prefecture" if kind in PREF_KINDS else "county"
    last = chain[-1]
    if md.get("admin_level") != want or last.level != want or g.province_kind[places[0].name] not in ("省", "自治区"):
        info["skipped"] = f"not a {want} notice of a province"
        return text, gold, info
    own_kind = unit_kind(last.name, want, g, places[0].name)
    # a county notice may be a 县's or a 市辖区's (its 区人民政府 / 全区 / 区委 become the 旗's)
    if own_kind not in (("市",) if want == "prefecture" else ("县", "区")):
        info["skipped"] = f"own {want} is a {own_kind}"
        return text, gold, info
    rng = random.Random(f"{seed}:{kind}:{gold.get('doc_id')}")
    try:
        mapping, levels = kind_choose(places, text, g, rng, kind)
    except NoSwap as e:
        info["skipped"] = str(e)
        return text, gold, info
    sw = build_swap(mapping, g, keep_codes, frozenset((p.level, p.name) for p in chain))
    flat = re.sub(WS, "", text) + "".join(strings_of(gold))
    keep = {x: x for x in g.all_names if x not in sw.pairs and any(f in x for f in sw.pairs) and x in flat}
    # the bare stem of the old city (青岛国际创新园, 推进青岛…) is written as such places write themselves: an
    # 自治州 by its 州 short form (海北州, region_short_names.tsv), a 盟 or 地区 by its full name (兴安盟, 和田地区:
    # their bare stems read as other words, 兴安岭, 和田玉), a 旗 in full, an 自治县 as X县
    for (lv, old), new in mapping.items():
        nk = unit_kind(new, lv)
        if (lv, old) not in {(p.level, p.name) for p in chain} or nk not in KINDS or old == new:
            continue
        st = stem_of(old, lv)
        if st and st in sw.pairs:
            sw.pairs[st] = (_short_zhou().get(new, new) if nk == "自治州" else
                            dict(forms(new, lv)).get("auto-short", new) if nk == "自治县" else new)
    gov = sorted({n for (lv, _), n in mapping.items() if lv == "prefecture" and unit_kind(n, "prefecture") in ("盟", "地区")})
    rel = Relevel(levels, gov)
    ks = KindSwap(sw.pairs | keep, sw.codes, sw.central, rel)
    new_text, new_gold = ks(text), map_strings(gold, ks)
    new_gold = strip_prefecture(new_gold, mapping)
    info.update(places=[f"{lv}:{o}→{n}" for (lv, o), n in mapping.items()], pairs=ks.pairs, codes=ks.codes,
                levels=levels, gov=gov, new_region=new_gold["metadata"].get("region"))
    info["place_specific"] = place_specific(region, info["new_region"], text, gold)
    return new_text, new_gold, info


# ---------------------------------------------------------------- run and score
FIELDS = ["title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level",
          "doc_type", "draft"]
KEYS = ["tasks", "departments", "departments.named", "responsibilities", "targets", "targets.strict",
        "years", "citations.title"]


def run_and_score(d: Path, subsets: dict[str, list[str]]) -> dict[str, dict]:
    env_py = [sys.executable, "-m", "pipeline"]
    subprocess.run(env_py + ["run", str(d / "texts"), "--out", str(d / "out"), "--quiet"], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    res = {}
    for name, docs in subsets.items():
        gd = d / f"gold-{name}"
        shutil.rmtree(gd, ignore_errors=True); gd.mkdir()
        for doc in docs:
            shutil.copy(d / "gold" / f"{doc}.json", gd / f"{doc}.json")
        js = d / f"score-{name}.json"
        subprocess.run(env_py + ["score", "--gold", str(gd), "--pred", str(d / "out" / "records"), "--json",
                                 str(js), "--no-per-doc"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        res[name] = json.loads(js.read_text())
    return res


def figures(score: dict) -> dict[str, float]:
    m = score["micro"]

    def f(k):
        v = m.get(k) or {}
        return v.get("f1", v.get("f", v.get("acc", float("nan"))))
    out = {"meta": 0.0}
    meta = [f("metadata." + k) for k in FIELDS]
    meta = [x for x in meta if x == x]
    out["meta"] = sum(meta) / len(meta)
    for k in FIELDS:
        out["m." + k] = f("metadata." + k)
    for k in KEYS:
        out[k] = f(k)
    return out


def pred_diff(orig: Path, swapped: Path, infos: dict, g: Gazetteer, seeds_maps: dict) -> list[dict]:
    """Items that the original run found and the swapped run did not find under the swap, and the
    reverse: place-dependence seen without any gold."""
    rows = []
    for doc, info in infos.items():
        if info.get("skipped"):
            continue
        sw = Swap(info["pairs"], info["codes"], central_codes())
        if info.get("kind"):
            sw = KindSwap(info["pairs"], info["codes"], central_codes(), Relevel([tuple(x) for x in info["levels"]], info["gov"]))
        try:
            a = json.loads((orig / "out" / "records" / f"{doc}.json").read_text())
            b = json.loads((swapped / "out" / "records" / f"{doc}.json").read_text())
        except FileNotFoundError:
            continue
        for fld, key in (("metadata", None), ("departments", ("name", "kind")), ("responsibilities", ("task", "department", "role")),
                         ("targets", ("task", "indicator", "value", "year_start", "year_end")), ("tasks", ("path", "heading")),
                         ("years", ("quote", "start", "end")), ("citations", ("title",))):
            if fld == "metadata":
                for k in FIELDS:
                    va, vb = map_strings(a["metadata"].get(k), sw), b["metadata"].get(k)
                    if va != vb:
                        rows.append({"doc": doc, "field": "metadata." + k, "lost": va, "got": vb})
                continue
            sa = {json.dumps(map_strings([x.get(c) for c in key], sw), ensure_ascii=False) for x in a.get(fld, [])}
            sb = {json.dumps([x.get(c) for c in key], ensure_ascii=False) for x in b.get(fld, [])}
            for x in sorted(sa - sb):
                rows.append({"doc": doc, "field": fld, "lost": x})
            for x in sorted(sb - sa):
                rows.append({"doc": doc, "field": fld, "got": x})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--keep-codes", action="store_true", help="leave 文号 code characters unchanged")
    ap.add_argument("--run", action="store_true", help="run the pipeline on each set, score, compare")
    ap.add_argument("--kinds", nargs="+", choices=KINDS,
                    help="kind swap: a prefecture-level city notice becomes one of an 自治州/盟/地区, a county (县) "
                         "notice one of a 旗/自治县, level words included (docs/decisions/swap-s16.md)")
    a = ap.parse_args(argv)
    g = Gazetteer.load()
    want = wanted(OPENED_BATCHES + ("corpus", "dev", "heldout"))
    items = [x for x in notices(ROOT) if x[0] in want]
    if a.kinds:
        return kinds_main(a, g, items)
    sets = {"orig": None} | {f"seed{s}": s for s in a.seeds}
    infos = {name: write_set(a.out / name, items, g, s, a.keep_codes) for name, s in sets.items()}
    swapped_docs = sorted(set.intersection(*[{d for d, i in inf.items() if not i.get("skipped")}
                                             for n, inf in infos.items() if n != "orig"]))
    clean = [d for d in swapped_docs if not any(infos[n][d].get("place_specific") for n in infos)]
    for n, inf in infos.items():
        if n != "orig":
            sk = {d: i["skipped"] for d, i in inf.items() if i.get("skipped") and not i["skipped"].startswith("central")}
            print(f"{n}: {sum(1 for i in inf.values() if not i.get('skipped'))} swapped; not swapped (non-central): {sk}")
    print(f"swapped in every seed: {len(swapped_docs)}; without place-specific gold: {len(clean)}")
    if not a.run:
        return 0
    subsets = {"swapped": swapped_docs, "clean": clean}
    scores = {n: {k: figures(v) for k, v in run_and_score(a.out / n, subsets).items()} for n in sets}
    report = {"subsets": subsets, "scores": scores}
    diffs = {n: pred_diff(a.out / "orig", a.out / n, infos[n], g, {}) for n in sets if n != "orig"}
    report["pred_diff"] = diffs
    (a.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    cols = ["meta"] + ["m." + k for k in FIELDS] + KEYS
    for sub in subsets:
        print(f"\n== {sub} ({len(subsets[sub])} notices): orig | swapped mean [min, max] over seeds")
        for c in cols:
            o = scores["orig"][sub][c]
            vs = [scores[n][sub][c] for n in sets if n != "orig"]
            mean = sum(vs) / len(vs)
            flag = "  <-- drop" if mean < o - 1e-9 else ("  (gain)" if mean > o + 1e-9 else "")
            print(f"{c:22}{o:7.3f} | {mean:7.3f} [{min(vs):.3f}, {max(vs):.3f}]{flag}")
    print("\npred diffs (orig run under the swap vs swapped run), items per seed:",
          {n: len(v) for n, v in diffs.items()})
    return 0


def kinds_main(a, g: Gazetteer, items) -> int:
    sets = {"orig": (None, None)} | {f"{k}-s{s}": (s, k) for k in a.kinds for s in a.seeds}
    infos = {n: write_set(a.out / n, items, g, s, a.keep_codes, k) for n, (s, k) in sets.items()}
    subsets = {}
    for k in a.kinds:
        names = [n for n, (_, kk) in sets.items() if kk == k]
        docs = sorted(set.intersection(*[{d for d, i in infos[n].items() if not i.get("skipped")} for n in names]))
        subsets[k] = docs
        for n in names:
            print(f"{n}: {sum(1 for i in infos[n].values() if not i.get('skipped'))} swapped")
        print(f"{k}: swapped in every seed: {len(docs)} {docs}")
    if not a.run:
        return 0
    scores = {}
    for n, (s, k) in sets.items():
        subs = subsets if k is None else {k: subsets[k]}
        scores[n] = {kk: figures(v) for kk, v in run_and_score(a.out / n, subs).items()}
    diffs = {n: pred_diff(a.out / "orig", a.out / n, {d: i for d, i in infos[n].items() if d in subsets[k]}, g, {})
             for n, (s, k) in sets.items() if n != "orig"}
    (a.out / "report.json").write_text(json.dumps({"subsets": subsets, "scores": scores, "pred_diff": diffs},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
    cols = ["meta"] + ["m." + k for k in FIELDS] + KEYS
    for k in a.kinds:
        names = [n for n, (_, kk) in sets.items() if kk == k]
        print(f"\n== {k} ({len(subsets[k])} notices): orig | kind-swapped mean [min, max] over seeds")
        for c in cols:
            o = scores["orig"][k][c]
            vs = [scores[n][k][c] for n in names]
            mean = sum(vs) / len(vs)
            flag = "  <-- drop" if mean < o - 1e-9 else ("  (gain)" if mean > o + 1e-9 else "")
            print(f"{c:22}{o:7.3f} | {mean:7.3f} [{min(vs):.3f}, {max(vs):.3f}]{flag}")
    print("\npred diffs, items per set:", {n: len(v) for n, v in diffs.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
