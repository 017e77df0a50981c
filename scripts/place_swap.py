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
OPENED_TEXTS = Path("/work/s13data/opened")
OPENED_BATCHES = ("b2", "b3", "b4", "b5", "b7", "b8", "b9", "b10")  # never b1, b6 (blind)

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
        if n not in flat:
            return False
        t = flat
        for sup in sorted((x for x in g.all_names if n in x and x != n and x in t), key=len, reverse=True):
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
def place_specific(region: str, new_region: str, text: str) -> list[str]:
    """Reasons the gold of this notice depends on place-specific data the spec asks for: an
    organ whose official name differs by place (organ_local_names.tsv) and that the text writes
    under its local short name, for the old or the new place."""
    why = []
    text = re.sub(WS, "", text)
    for r in read_tsv("organ_local_names.tsv"):
        for reg in (region, new_region):
            if reg and r["place"] in reg and (r["written"] in text or r["full"] in text):
                why.append(f"organ_local_names: {r['place']} {r['written']} → {r['full']}")
    return sorted(set(why))


# ---------------------------------------------------------------- the notices
def notices(root: Path) -> list[tuple[str, Path, Path]]:
    """(set, text, gold) of every labelled notice we may use: the opened country batches,
    corpus/, dev/corpus, dev/heldout/corpus. Never b1 or b6."""
    out = []
    for b in OPENED_BATCHES:
        for gp in sorted((root / "dev" / "country" / "gold" / b).glob("*.json")):
            out.append((b, OPENED_TEXTS / f"{gp.stem}.txt", gp))
    for name, tdir, gdir in (("corpus", "corpus", "gold"), ("dev", "dev/corpus", "dev/gold"),
                             ("heldout", "dev/heldout/corpus", "dev/heldout/gold")):
        for gp in sorted((root / gdir).glob("*.json")):
            out.append((name, root / tdir / f"{gp.stem}.txt", gp))
    return [o for o in out if o[1].exists()]


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
    info["place_specific"] = place_specific(region, info["new_region"], text)
    return new_text, new_gold, info


def write_set(out: Path, items, g: Gazetteer, seed: int | None, keep_codes: bool) -> dict:
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
        else:
            nt, ng, info = swap_notice(text, gold, g, seed, keep_codes)
        info["set"] = set_name
        doc = gold["doc_id"]
        (out / "texts" / f"{doc}.txt").write_text(nt, encoding="utf-8")
        (out / "gold" / f"{doc}.json").write_text(json.dumps(ng, ensure_ascii=False, indent=2), encoding="utf-8")
        infos[doc] = info
    (out / "map.json").write_text(json.dumps(infos, ensure_ascii=False, indent=1), encoding="utf-8")
    return infos


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
    a = ap.parse_args(argv)
    g = Gazetteer.load()
    items = notices(ROOT)
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


if __name__ == "__main__":
    sys.exit(main())
