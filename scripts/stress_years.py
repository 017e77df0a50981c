"""Stress (target years): rewrite the opened notices (b2, b3, b4, b7, b8, b9, corpus, dev, heldout) with their target
years stated the other ways offices write them, transform the gold where the rewrite changes what the spec reads, and
score targets. Usage: python3 scripts/stress_years.py OUTDIR [FORM ...] (run from the repository root; OUTDIR gets the
rewritten copies and gold, never commit it). Prints F1, strict F1 and attribute accuracies per form over the notices the form
rewrote (n).

Forms (a notice is rewritten only when the form applies to it; the others are copied unchanged):
  orig        unchanged
  fiveyear    `到2025年` → `到“十四五”末` (2015/2020/2025/2030 only; gold unchanged)
  qimo        `到2025年` → `到“十四五”期末` (gold unchanged)
  yearend     `到2025年` → `2025年底前` (a deadline without 到, spec §7; gold unchanged)
  zhi         `到2025年` → `至2025年末` (gold unchanged)
  range       `到2025年，` → `2023—2025年，` (gold: (None, Y) → (Y-2, Y))
  titleperiod a notice whose targets are all dated (None, Y) by one year: `到Y年，` removed from the body and
              `（Y-2—Y年）` put after the title (gold: every target (Y-2, Y))
  cnyear      `到2025年` → `到二〇二五年` (gold unchanged)
  nianjun     `每年` → `年均` before a number-bearing clause (gold unchanged)
  heading     `（二）发展目标` + `到2025年，…` → `（二）到2025年发展目标` + `…` (the year in the item's heading; gold
              unchanged)
  planend     a plan titled `（2021—2025年）`: `到2025年` → `到规划期末` in its body (gold unchanged)
  zhiqian     `到2025年` → `2025年之前` (gold unchanged)
  rangeqi     `到2025年，` → `从2023年起到2025年，` (gold as range)
  cnrange     `到2025年，` → `二〇二三—二〇二五年，` (gold as range)
  introducer  `到2025年，` opening a paragraph → `到2025年，主要目标是：` on a line of its own, the rest below
              (guide TG6d; gold unchanged)
"""
import copy
import glob
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, ".")
from pipeline.score import score_dirs  # noqa: E402

OUT = sys.argv[1]
ids = {}
for b in ("b2", "b3", "b4", "b7", "b8", "b9"):
    for f in glob.glob(f"dev/country/gold/{b}/*.json"):
        g = json.load(open(f))
        if g["targets"]:
            ids[g["doc_id"]] = (f"dev/country/raw/{g['doc_id']}.txt", f)
for gd, cd in (("gold", "corpus"), ("dev/gold", "dev/corpus"), ("dev/heldout/gold", "dev/heldout/corpus")):
    for f in glob.glob(f"{gd}/*.json"):
        g = json.load(open(f))
        if g["targets"] and os.path.exists(f"{cd}/{g['doc_id']}.txt"):
            ids[g["doc_id"]] = (f"{cd}/{g['doc_id']}.txt", f)

PLAN = {2015: "十二五", 2020: "十三五", 2025: "十四五", 2030: "十五五"}
BY = re.compile(r"(?<![截期])(?:到|至)\s*((?:19|20)\d{2})\s*年(?![底末度代前]|\s*\d)")
CN = "〇一二三四五六七八九"


def fiveyear(t, g):
    return BY.sub(lambda m: f"到“{PLAN[int(m.group(1))]}”末" if int(m.group(1)) in PLAN else m.group(0), t), g


def qimo(t, g):
    return BY.sub(lambda m: f"到“{PLAN[int(m.group(1))]}”期末" if int(m.group(1)) in PLAN else m.group(0), t), g


def yearend(t, g):
    return BY.sub(lambda m: f"{m.group(1)}年底前", t), g


def zhi(t, g):
    return BY.sub(lambda m: f"至{m.group(1)}年末", t), g


def cnyear(t, g):
    return BY.sub(lambda m: "到" + "".join(CN[int(c)] for c in m.group(1)) + "年", t), g


RANGE_AT = re.compile(r"(?:力争)?(?:到|至)\s*((?:19|20)\d{2})\s*年\s*[，,]")


def range_(t, g):
    years = {int(m.group(1)) for m in RANGE_AT.finditer(t)}
    if not years:
        return t, g
    t = RANGE_AT.sub(lambda m: f"{int(m.group(1)) - 2}—{m.group(1)}年，", t)
    g = copy.deepcopy(g)
    for x in g["targets"]:
        if x["year_start"] is None and x["year_end"] in years:
            x["year_start"] = x["year_end"] - 2
    return t, g


def titleperiod(t, g):
    ys = {(x["year_start"], x["year_end"]) for x in g["targets"]}
    if len(ys) != 1:
        return t, g
    (a, b), = ys
    first = next(ln.strip() for ln in t.split("\n") if ln.strip())
    if a is not None or b is None or re.search(r"[（(]\s*(?:19|20)\d{2}|[。，；]", first) or len(first) > 60:
        return t, g  # (a title line without a period of its own only)
    body = re.sub(rf"(?:力争)?(?:到|至)\s*{b}\s*年(?:底|末)?\s*[，,]?", "", t)
    if re.search(rf"{b}\s*年", body):
        return t, g  # the year is stated elsewhere too: left alone
    lines = body.split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.strip())
    lines[i] = lines[i].rstrip() + f"（{b - 2}—{b}年）"
    g = copy.deepcopy(g)
    for x in g["targets"]:
        x["year_start"], x["year_end"] = b - 2, b
    return "\n".join(lines), g


NUM_CLAUSE = re.compile(r"每年(?=[^，。；\n]{0,20}\d)")


def nianjun(t, g):
    return NUM_CLAUSE.sub("年均", t), g


INTRO = re.compile(r"(?m)^(\s*)((?:力争)?(?:到|至)\s*(?:19|20)\d{2}\s*年)\s*[，,]\s*(?=[^\n]*\d)")


def introducer(t, g):
    return INTRO.sub(lambda m: f"{m.group(1)}{m.group(2)}，主要目标是：\n{m.group(1)}", t), g


def zhiqian(t, g):
    return BY.sub(lambda m: f"{m.group(1)}年之前", t), g


def _ranged(t, g, write):
    years = {int(m.group(1)) for m in RANGE_AT.finditer(t)}
    if not years:
        return t, g
    t = RANGE_AT.sub(lambda m: write(int(m.group(1))), t)
    g = copy.deepcopy(g)
    for x in g["targets"]:
        if x["year_start"] is None and x["year_end"] in years:
            x["year_start"] = x["year_end"] - 2
    return t, g


def rangeqi(t, g):
    return _ranged(t, g, lambda y: f"从{y - 2}年起到{y}年，")


def cnrange(t, g):
    return _ranged(t, g, lambda y: "".join(CN[int(c)] for c in str(y - 2)) + "—" + "".join(CN[int(c)] for c in str(y)) + "年，")


HEAD = re.compile(r"(?m)^(\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))([^\n。，]{0,12}目标)\s*\n(\s*)(?:力争)?(?:到|至)\s*((?:19|20)\d{2})\s*年\s*[，,]")


def heading(t, g):
    return HEAD.sub(lambda m: f"{m.group(1)}到{m.group(4)}年{m.group(2)}\n{m.group(3)}", t), g


def planend(t, g):
    first = next(ln.strip() for ln in t.split("\n") if ln.strip())
    m = re.search(r"[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:——|[-—–－~～至到])\s*((?:19|20)\d{2})\s*年?\s*[）)]", first)
    if not m:
        return t, g
    y = m.group(1)
    head, _, body = t.partition(first)
    return head + first + re.sub(rf"(?<![截期])(?:到|至)\s*{y}\s*年(?![底末度代前]|\s*\d)", "到规划期末", body), g


FORMS = {"orig": lambda t, g: (t, g), "fiveyear": fiveyear, "qimo": qimo, "yearend": yearend, "zhi": zhi,
         "range": range_, "titleperiod": titleperiod, "cnyear": cnyear, "nianjun": nianjun, "introducer": introducer,
         "heading": heading, "planend": planend,
         "zhiqian": zhiqian, "rangeqi": rangeqi, "cnrange": cnrange}
forms = sys.argv[2:] or list(FORMS)
for form in forms:
    d = f"{OUT}/{form}"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d + "/in")
    os.makedirs(d + "/gold")
    changed = 0
    for i, (raw, gf) in ids.items():
        t0 = open(raw).read()
        g0 = json.load(open(gf))
        t, g = FORMS[form](t0, g0)
        if t == t0 and form != "orig":
            continue  # (scored on the notices the form rewrote)
        changed += 1
        open(f"{d}/in/{i}.txt", "w").write(t)
        json.dump(g, open(f"{d}/gold/{os.path.basename(gf)}", "w"), ensure_ascii=False)
    subprocess.run([sys.executable, "-m", "pipeline", "run", d + "/in", "--out", d + "/out", "--quiet"], check=True)
    r = score_dirs(d + "/gold", d + "/out/records")
    m = r["micro"]
    json.dump(r["per_doc"], open(f"{d}/perdoc.json", "w"))
    print(f"{form:12s} n={changed:2d} F1 {m['targets']['f']:.3f} strict {m['targets.strict']['f']:.3f} "
          f"ys {m['targets.year_start']['acc']:.3f} ye {m['targets.year_end']['acc']:.3f} "
          f"task {m['targets.task']['acc']:.3f} py {m['targets.per_year']['acc']:.3f} cmp {m['targets.comparator']['acc']:.3f}",
          flush=True)
