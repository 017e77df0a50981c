#!/usr/bin/env python3
"""Metamorphic COLLECTIVE swap (session 17, s17-coll).

Takes labelled notices (opened batches b2 b3 b4 b5 b7 b8 b9 b10, corpus/) and rewrites each collective and
bare-sector mention into another form real offices of the same level use for the same addressees,
consistently in the text and in the gold. A collective's name is its string as written (spec 1.1 section 5),
so the name moves with the text; a bare sector's name (<sector>部门) does not move when only the list around
it is rewritten. If the extractor knows the grammar of collectives (determiners, places in brackets, 等, the
heads 部门/单位/机关/政府) rather than the forms it happened to see, the swapped copies score as the originals.

    python3 scripts/collective_swap.py --out /tmp/cs --seeds 1 2 --batches b2 b3 b4 b5 corpus --run   # FIX
    python3 scripts/collective_swap.py --out /tmp/csh --seeds 3 4 --batches b7 b8 b9 b10 --run        # HELD

Forms, why real notices use them and how the gold moves: docs/decisions/collective-swap-s17.md.
Layout of --out as scripts/place_swap.py. Never reads the blind batches (b1, b6).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import (KEYS, OPENED_BATCHES, OPEN_AUTHORED, ROOT, Gazetteer, figures, map_strings, notices,  # noqa: E402
                        own_places, run_and_score)
from swapkit import item_counts, print_table, write_set as _write_set  # noqa: E402
sys.path.insert(0, str(ROOT))
from pipeline.score import is_named_organ, norm  # noqa: E402

# Groups of whole written forms that name the same addressees at the same level. Each seed maps, per notice,
# the forms of a group that the text writes onto distinct forms of the same group (a notice writes alike).
GROUPS = {
    # counties, county-level cities and districts of a prefecture (地级市 notices)
    "pref-counties": ["各县（市、区）人民政府", "各县市区人民政府", "各县区人民政府", "各县（区）人民政府"],
    "pref-counties-gov": ["各县（市、区）政府", "各县市区政府", "各县区政府"],
    # districts of a city divided into districts only
    "districts": ["各区人民政府", "各区政府"],
    # districts and counties of a municipality (直辖市)
    "muni": ["各区县人民政府", "各区县政府", "各区县（自治县）人民政府"],
    # unnamed departments (部门 head) and units (单位 head)
    "depts": ["各有关部门", "有关部门", "相关部门", "各相关部门"],
    "units": ["各有关单位", "有关单位", "相关单位", "各相关单位"],
    # towns and street offices of a county/district
    "towns": ["各镇（街道）", "各镇街", "各街镇", "各乡镇（街道）", "各镇（乡、街道）"],
    "members": ["各成员单位", "各有关成员单位"],
}
# Tails after a written 市 / 省 (the name is the region + the tail: 湛江市有关部门; after a level word as written, 市级相关部门).
_DEPT_TAILS = ["有关部门", "直有关部门", "级有关部门", "直各有关部门"]
_UNIT_TAILS = ["有关单位", "直有关单位", "级有关单位", "直各有关单位"]
LEVEL_TAILS = {u + k: t for u in "省市县区旗" for k, t in (("", _DEPT_TAILS), ("u", _UNIT_TAILS))}
# Determiners written before a collective's head (所在地民政部门 ↔ 当地民政部门; 同级财政部门 ↔ 本级财政部门).
DETS = [("所在地", "当地"), ("同级", "本级"), ("各级", "县级以上")]
DET_HEAD = re.compile(r"(?:部门|机关|机构|人民政府)$")

# A form is replaced where it starts a name: never after a character that makes it part of a longer name
# (国务院有关部门, 市有关部门, 各有关部门, 县（市、区）有关部门, 民政等有关部门, 其他有关部门, 各地有关部门).
NOT_BEFORE = set("各省市县区镇乡村州盟旗院府局委厅部家级他它等直属地）)")
INTRO = "同调合由请和及与促导织求为向对经商并将在报交送会按"


def starts_name(s: str, i: int) -> bool:
    if i > 0 and s[i - 1] in "）)" and re.search(r"[（(][一二三四五六七八九十\d]{1,3}[）)]$", s[max(0, i - 6):i]):
        return True   # an item number, （一）各级登记管理机关
    return i == 0 or s[i - 1] not in NOT_BEFORE


def clean_start(s: str, i: int) -> bool:
    """Stricter, for determiner swaps: the form opens a phrase (after punctuation or a verb or conjunction),
    so 企业所在地民政部门 (whose place: dropped from the name) is never rewritten into 企业当地民政部门."""
    return i == 0 or not re.match(r"[\u4e00-\u9fff]", s[i - 1]) or s[i - 1] in INTRO


def sub_forms(s: str, pairs: dict[str, str]) -> str:
    if not pairs:
        return s
    rx = re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)))
    out, pos = [], 0
    for m in rx.finditer(s):
        if not starts_name(s, m.start()):
            continue
        out.append(s[pos:m.start()]); out.append(pairs[m.group(0)]); pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def sector_lists(text: str, names: set[str], style: str) -> tuple[str, list]:
    """Rewrite bare-sector lists whose every member is a gold sector name: S、S等部门 / S、S部门 / S部门、S部门."""
    lst = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、){1,6}[\u4e00-\u9fff]{2,10}?)(等部门|部门)(?![\u4e00-\u9fff]*?单位)")
    out, pos, done = [], 0, []
    for m in lst.finditer(text):
        if not starts_name(text, m.start()):
            continue
        secs = m.group(1).split("、")
        if "部门" in m.group(1) or any(x.endswith("部门") for x in secs):
            continue
        if not all(x + "部门" in names for x in secs):
            continue
        new = {"deng": "、".join(secs) + "等部门", "bare": "、".join(secs) + "部门",
               "each": "、".join(x + "部门" for x in secs)}[style]
        if new == m.group(0):
            continue
        out.append(text[pos:m.start()]); out.append(new); pos = m.end(); done.append([m.group(0), new])
    out.append(text[pos:])
    return "".join(out), done


GAZ = Gazetteer.load()


def level_name(place: str, unit: str, tail: str) -> str:
    """The gold name of `<unit><tail>` in a notice of `place`: as written after a level word (级), else with the place."""
    return unit + tail if tail.startswith("级") else place[:-1] + unit + tail


def collective_swap(text: str, gold: dict, seed: int):
    rng = random.Random(f"{seed}:{gold.get('doc_id')}")
    region = gold.get("metadata", {}).get("region") or ""
    level = gold.get("metadata", {}).get("admin_level") or ""
    names = {d["name"] for d in gold.get("departments", [])}
    pairs: dict[str, str] = {}
    info = {"forms": {}, "names": {}, "lists": []}
    for g, forms in GROUPS.items():
        present = [f for f in forms if any(starts_name(text, m.start()) for m in re.finditer(re.escape(f), text))
                   or any(starts_name(text, m.start()) for m in re.finditer(re.escape(f.replace("（", "(").replace("）", ")")), text))]
        if not present:
            continue
        free = [f for f in forms if f not in text or f in present]
        tgt = rng.sample(free, len(present))
        for a, b in zip(present, tgt):
            if a != b:
                pairs[a] = b
    # 市/省 + tail in a notice of that level: the gold name is the region's unit + the tail
    name_pairs: dict[str, str] = {}
    unit = {"prefecture": "市", "province": "省", "county": "县"}.get(level)
    place = None
    if unit:
        chain = own_places(region, text, GAZ) or []
        own = [p.name for p in chain if p.chain and p.level == level]
        place = own[0] if own else None
        if level == "county" and place:
            unit = place[-1]            # 县直有关部门, 区直有关部门, (县级)市直有关部门, 旗直有关部门
            if unit not in "县区市旗":
                place = None
        if place and not place.endswith(unit):
            place = None
        for key in (unit, unit + "u"):
            tails = LEVEL_TAILS[key]
            present = [t for t in tails if any(starts_name(text, x.start()) for x in re.finditer(re.escape(unit + t), text))]
            if not present or not place:
                continue
            free = [t for t in tails if unit + t not in text or t in present]
            tgt = rng.sample(free, len(present))
            for a, b in zip(present, tgt):
                if a != b:
                    pairs[unit + a] = unit + b
                    # (s26-swap) a level word before the collective is kept as written (guide D35: `市级相关部门`,
                    # `旗级有关部门`); a bare 市/旗 prefix is written out with the region (D33: `鞍山市直有关部门`)
                    name_pairs[level_name(place, unit, a)] = level_name(place, unit, b)
    # determiners before a collective head, for the collectives the gold holds
    def all_clean(f: str) -> bool:
        occ = [m.start() for m in re.finditer(re.escape(f), text)]
        return bool(occ) and all(clean_start(text, i) for i in occ)
    for a, b in DETS:
        # a determiner shared by a list (所在地民政部门或者机构编制管理部门) gives names the text does not
        # write whole; such a notice keeps its determiner
        if any((n.startswith(a) or n.startswith(b)) and n not in text for n in names):
            continue
        for n in sorted(names):
            if n.startswith(a) and DET_HEAD.search(n) and n[len(a):] and not n[len(a):].startswith(("各", "的", "政府")) \
                    and b + n[len(a):] not in text + "".join(names) and all_clean(n):
                if rng.random() < 0.7:
                    pairs[n] = b + n[len(a):]
            elif n.startswith(b) and DET_HEAD.search(n) and a + n[len(b):] not in text + "".join(names) and a != "各级" \
                    and all_clean(n):
                if rng.random() < 0.7:
                    pairs[n] = a + n[len(b):]
    # a form with brackets is also written with half-width ones (各镇(街道)); both move alike
    for a, b in list(pairs.items()):
        if "（" in a:
            pairs[a.replace("（", "(").replace("）", ")")] = b.replace("（", "(").replace("）", ")")
            # (s26-swap) …and with the 文号 brackets (`各县〔区〕人民政府`), whose gold name the half-width form is
            pairs[a.replace("（", "〔").replace("）", "〕")] = b.replace("（", "〔").replace("）", "〕")
    fn = lambda s: name_pairs.get(s, sub_forms(s, pairs))  # noqa: E731
    new_text = sub_forms(text, pairs)
    new_gold = map_strings(gold, fn)
    # (s26-swap) a name kept as written (`旗级有关部门`) is also its quote: the quote moves with the text only
    for field in ("departments", "responsibilities"):
        for old, new in zip(gold.get(field, []), new_gold.get(field, [])):
            if isinstance(old.get("quote"), str):
                new["quote"] = sub_forms(old["quote"], pairs)
    # responsibilities hold department names under "department" (map_strings maps it; "task" is skipped)
    style = rng.choice(["deng", "bare", "each"])
    sec = {n for n in names if n.endswith("部门") and is_named_organ(n) is False and not re.search(r"各|有关|相关|其他|同级|本级", n)}
    new_text, done = sector_lists(new_text, sec, style)
    info.update(forms=pairs, names=name_pairs, lists=done)
    return new_text, new_gold, info


def write_set(out: Path, items, seed: int | None) -> dict:
    return _write_set(out, items, lambda text, gold, _set: (text, gold, {"forms": {}, "names": {}, "lists": []})
                      if seed is None else collective_swap(text, gold, seed))


def collective_counts(d: Path, docs: list[str]) -> dict:
    """tp / spurious / missed over collectives and bare sectors (names the scorer does not count as named)."""
    return item_counts(d, docs, "departments",
                       lambda x: None if is_named_organ(x["name"]) else norm(x["name"]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batches", nargs="+", default=["b2", "b3", "b4", "b5", "corpus"],
                    help="FIX half: b2-b5 + corpus, seeds 1 2; HELD half: b7-b10, seeds 3 4")
    ap.add_argument("--no-orig", action="store_true")
    ap.add_argument("--run", action="store_true")
    a = ap.parse_args(argv)
    assert all(b in OPENED_BATCHES + tuple(OPEN_AUTHORED) or b == "corpus" for b in a.batches), "opened batches only (never b1, b6)"
    items = [x for x in notices(ROOT) if x[0] in a.batches]
    sets = ({} if a.no_orig else {"orig": None}) | {f"seed{s}": s for s in a.seeds}
    infos = {n: write_set(a.out / n, items, s) for n, s in sets.items()}
    for n, inf in infos.items():
        if n != "orig":
            print(f"{n}: {sum(len(i['forms']) for i in inf.values())} forms, "
                  f"{sum(len(i['lists']) for i in inf.values())} sector lists rewritten in "
                  f"{sum(1 for i in inf.values() if i['forms'] or i['lists'])} notices")
    docs = sorted(next(iter(infos.values())))
    if not a.run:
        return 0
    scores, coll = {}, {}
    for n in sets:
        s = run_and_score(a.out / n, {"all": docs})["all"]
        scores[n] = figures(s)
        dep = s["micro"].get("departments", {})
        scores[n]["dep.P"], scores[n]["dep.R"] = dep.get("precision", dep.get("p")), dep.get("recall", dep.get("r"))
        coll[n] = collective_counts(a.out / n, docs)
    (a.out / "report.json").write_text(json.dumps({"docs": docs, "scores": scores, "collectives": coll}, indent=1),
                                       encoding="utf-8")
    cols = ["meta"] + KEYS + ["dep.P", "dep.R"]
    print_table(scores, cols)
    for n in sets:
        print(n, coll[n])
    return 0


if __name__ == "__main__":
    sys.exit(main())
