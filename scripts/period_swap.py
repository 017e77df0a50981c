#!/usr/bin/env python3
"""Metamorphic PERIOD swap (session 17): rewrite WHERE and HOW a notice states its years, not what they are.

Takes opened labelled notices (b2 b3 b4 b5 b7 b8 b9 b10 and corpus/) and writes copies in which the
year expressions take other forms real notices use, consistently in the text and the gold:

* `deadline`: a deadline `到2025年` becomes `到2025年底`, `到“十四五”末` (when 2025 closes a five-year
  plan the notice names or its title period ends so) or `到规划期末` (a 规划 whose title period ends
  that year). Spec 1.1 section 7: a deadline → null/Y either way; section 8: `“十四五”末` is 2025/2025.
* `drop`: a clause-opening `到2025年，` is dropped where the plan's title states its period
  (`（2023—2025年）`) ending that year; the targets it governed then take the plan's period from its
  title (section 7, third source): gold year_start moves null → the title's first year, year_end stays.
* `range`: a range of years `2023—2025年` is written `2023-2025年`, `2023年至2025年` or `2023～2025年`
  (title included; the gold's strings move with it).
* `numerals`: every year of the body (and its dates) in Chinese numerals, as older notices write
  them (`二〇二五年`, `二〇二三年五月六日`); the title line, book titles 《…》 and 文号 keep theirs.

A transformation is applied only where the spec gives the same year_start/year_end (or the gold moves
as stated above), and a year entry of the gold's `years` must still be stated somewhere. Decisions:
docs/decisions/period-swap-s17.md.

    python3 scripts/period_swap.py --out /tmp/s17-period/fix --seeds 1 2 --run           # FIX half
    python3 scripts/period_swap.py --out /tmp/s17-period/held --seeds 3 4 --run --held   # HELD half

FIX half: seeds 1 2 on b2 b3 b4 b5 and corpus/; HELD half: seeds 3 4 on b7 b8 b9 b10. Never b1, b6.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import ROOT, wanted, figures, map_strings, notices, run_and_score  # noqa: E402
from swapkit import write_set as _write_set  # noqa: E402

FIX_SETS = ("b2", "b3", "b4", "b5", "corpus")
HELD_SETS = ("b7", "b8", "b9", "b10")
DIG = "〇一二三四五六七八九"
FIVE = {2010: "十一五", 2015: "十二五", 2020: "十三五", 2025: "十四五", 2030: "十五五"}
YEAR = r"(?:19|20)\d\d"
DASH = r"[—–\-－~～至]"
TITLE_PERIOD = re.compile(rf"[（(]\s*({YEAR})\s*年?\s*{DASH}+\s*({YEAR})\s*年?\s*[）)]")
DEADLINE = re.compile(rf"(?<![\d〇一二三四五六七八九])到({YEAR})年(?![\d底末度月前内])")
RANGE = re.compile(rf"(?<![\d〔\[［])({YEAR})(年?)\s*([—–\-－~～至])\s*({YEAR})年")
ANY_YEAR = re.compile(rf"(?<![\d〔\[［])({YEAR})(?=年|\s*{DASH}\s*{YEAR}年)")
DATE = re.compile(rf"(?<![\d〔\[［])({YEAR})年(?:(\d{{1,2}})月(?:(\d{{1,2}})日)?)?")
ITEM_NO = re.compile(r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|[（(]\d+[）)])")
SPLIT_TITLE = False
WORDS = ("title_period", "split_title", "inner", "relative", "per_year", "deadline", "drop", "range", "numerals")


def cn_year(y: str) -> str:
    return "".join(DIG[int(d)] for d in y)


def cn_small(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else DIG[t]) + "十" + (DIG[u] if u else "")


def protected(text: str, gold: dict) -> list[tuple[int, int]]:
    """Spans whose years stay as written: the title lines, book titles, 文号."""
    out = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{1,200}》", text)]
    for key in ("title", "notice_title"):
        t = (gold.get("metadata") or {}).get(key)
        if t:
            compact = re.sub(r"\s+", "", t)
            for line in re.finditer(r"[^\n]+", text[:3000]):
                if compact and compact in re.sub(r"\s+", "", line.group()):
                    out.append((line.start(), line.end()))
    for line in re.finditer(r"[^\n]+", text):      # a plan's own title restated in the body (attachment heading)
        if len(line.group().strip()) < 80 and TITLE_PERIOD.search(line.group().rstrip(" \t\u3000。")[-16:]):
            out.append((line.start(), line.end()))
    for m in re.finditer(r"[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]", text):
        out.append((m.start(), m.end()))
    return out


def inside(spans, a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def year_expr_count(text: str, y: int) -> int:
    """Standalone statements of year y (`2025年`, not the end of a range), Arabic or Chinese numerals."""
    n = len(re.findall(rf"(?<![\d{DASH[1:-1]}])(?<!{DASH}){y}年", text))
    n += len(re.findall(rf"(?<![〇一二三四五六七八九]){cn_year(str(y))}年", text))
    n += text.count(f"{FIVE.get(y, '@@')}”末") + text.count(f"{FIVE.get(y, '@@')}”期末") + text.count(
        f"{FIVE.get(y, '@@')}”时期末")
    return n


def line_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def locate(text: str, quote: str) -> int:
    return text.find(quote) if quote else -1


def item_heading_year(text: str, a: int) -> bool:
    """A year stated on the nearest numbered-item line above line start a (when the line is no item)."""
    if ITEM_NO.match(text[a:a + 12]):
        return False
    i = a - 1
    for _ in range(6):
        if i <= 0:
            return False
        la = text.rfind("\n", 0, i) + 1
        line = text[la:i]
        if ITEM_NO.match(line):
            return bool(re.search(rf"{YEAR}年|期末|十.五", line))
        i = la - 1
    return False


def governed(text: str, m: re.Match, y: int, targets: list[dict]) -> list[int] | None:
    """The gold targets by null/y that the deadline at m governs, when they all stand on its own line and no other
    year is stated there or on the item heading above (None when any target by null/y elsewhere leans on it, or the
    deadline introduces a list)."""
    la, lb = line_of(text, m.start())
    sent_end = min([p for p in (text.find("。", m.end()), text.find("：", m.end()), lb) if p >= 0])
    if text[sent_end:sent_end + 1] == "：" or item_heading_year(text, la):
        return None
    if len(re.findall(rf"{YEAR}年|期末|十.五|[今明]年|年内|年底", text[la:lb])) > 1:
        return None
    moved = []
    for i, t in enumerate(targets):
        if (t.get("year_start"), t.get("year_end")) != (None, y):
            continue
        p = locate(text, t.get("quote") or "")
        if p < 0:
            return None
        ta, tb = line_of(text, p)
        if ta == la:
            moved.append(i)
        elif not re.search(rf"{y}年|{cn_year(str(y))}年", text[ta:tb]):
            return None
    return moved or None


def deadline_swaps(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    title = (gold.get("metadata") or {}).get("title") or ""
    tp = TITLE_PERIOD.search(title)
    prot = protected(text, gold)
    targets = gold.get("targets") or []
    issue = int(((gold.get("metadata") or {}).get("issue_date") or "0")[:4] or 0) or None
    for m in reversed(list(DEADLINE.finditer(text))):
        if inside(prot, m.start(), m.end()) or rng.random() < 0.25:
            continue
        y = int(m.group(1))
        opts = ["底"]
        five = FIVE.get(y)
        if five and (f"{five}”" in text or f"{five}\"" in text or (tp and int(tp.group(2)) == y)):
            opts.append("five")
        if tp and int(tp.group(2)) == y and "规划" in title:
            opts.append("plan_end")
        after = text[m.end():m.end() + 1]
        opening = m.start() == 0 or text[m.start() - 1] in "\n。；　 \t"
        if after in "，,":
            opts.append("前")
        if tp and int(tp.group(2)) == y and after in "，,":
            opts.append("drop")
        if issue and 2 <= y - issue + 1 <= 5 and after in "，," and opening:
            opts.append("effort")
        kind = rng.choice(opts)
        if kind == "底":
            new = f"到{y}年底"
        elif kind == "five":
            new = f"到“{five}”末"
        elif kind == "plan_end":
            new = "到规划期末"
        elif kind == "前":
            new = f"{y}年底前"
        elif kind == "effort":
            new = rng.choice(["力争用{}年时间", "经过{}年努力", "用{}年左右时间"]).format(
                "两三四五"[y - issue + 1 - 2])
        else:
            new = ""
        cut_end = m.end() + (1 if kind == "drop" else 0)
        cand = text[:m.start()] + new + text[cut_end:]
        if kind in ("plan_end", "drop", "effort") and year_expr_count(cand, y) == 0:
            continue        # the year would no longer be stated: the gold's years entry would go
        if kind in ("drop", "effort"):
            moved = governed(text, m, y, targets)
            if not moved:
                continue
            start = int(tp.group(1)) if kind == "drop" else issue
            gold = json.loads(json.dumps(gold))
            for i in moved:
                gold["targets"][i]["year_start"] = start
            targets = gold["targets"]
            info.setdefault("gold_moves", []).append({"kind": kind, "targets": moved, "year_start": start, "year_end": y})
        old = text[m.start():cut_end]
        text = cand
        info.setdefault("deadline", []).append(f"{old}→{new or '∅'}")
        if kind not in ("drop", "effort"):
            rx = re.compile(re.escape(old) + r"(?![底末\d])")
            gold = map_strings(gold, lambda s, rx=rx, new=new: rx.sub(new, s))
    return text, gold


INNER = re.compile(rf"(?<![\d〇一二三四五六七八九])到({YEAR})年[，,]([^，,。；;：:\n“”（）()]{{2,24}}?)"
                   r"(达到|超过|突破|不低于|不少于|保持在|控制在|提高到|提高至|提升到|提升至|稳定在)")


def inner_swaps(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    """`到2025年，全市技能人才总量达到…` → `全市技能人才总量到2025年达到…`: the deadline moves from the opening of
    the sentence into its clause. Spec 1.1 section 7: a time expression in the target's own sentence governs
    it either way; done only where every target the opening governed stands in that same sentence."""
    prot = protected(text, gold)
    targets = gold.get("targets") or []
    for m in reversed(list(INNER.finditer(text))):
        if inside(prot, m.start(), m.end()) or rng.random() < 0.5:
            continue
        y = int(m.group(1))
        la, lb = line_of(text, m.start())
        s_end = text.find("。", m.end())
        s_end = lb if s_end < 0 or s_end > lb else s_end
        if text[m.end():s_end].count("：") or re.search(rf"{YEAR}年|期末|十.五", text[m.end():s_end]):
            continue
        rest = text[s_end:lb]
        ok = True
        for t in targets:
            if (t.get("year_start"), t.get("year_end")) != (None, y):
                continue
            p = locate(text, t.get("quote") or "")
            if p < 0:
                ok = False
                break
            ta, tb = line_of(text, p)
            if ta == la and p >= s_end and not re.search(rf"{y}年", rest):
                ok = False      # a later sentence of the paragraph was governed by the opening
                break
            if ta != la and not re.search(rf"{y}年|{cn_year(str(y))}年", text[ta:tb]):
                ok = False
                break
        if not ok:
            continue
        new = f"{m.group(2)}到{y}年{m.group(3)}"
        info.setdefault("inner", []).append(f"{m.group(0)}→{new}")
        text = text[:m.start()] + new + text[m.end():]
    return text, gold


def per_year_swaps(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    """`每年新增…` → `年均新增…` (spec 1.1 section 7: per_year true for 每年 / 年均 / 每年度 alike)."""
    prot = protected(text, gold)
    n = 0
    out, last = [], 0
    for m in re.finditer(r"每年(?=(?:新增|培训|开展|建设|建成|培育|认定|推广|实施|引进|转移|遴选|完成)[^，,。；;\n]{0,20}?\d)", text):
        if inside(prot, m.start(), m.end()) or rng.random() < 0.5 or text[m.start() - 1:m.start()] in "为在于":
            continue
        out.append(text[last:m.start()] + "年均")
        last = m.end()
        n += 1
    if not n:
        return text, gold
    info["per_year"] = n
    text = "".join(out) + text[last:]
    return text, gold


def range_swaps(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    form = rng.choice(["-", "至", "～", "—"])
    pairs = {}

    def sub(m):
        a, ya, d, b = m.group(1), m.group(2), m.group(3), m.group(4)
        new = f"{a}年至{b}年" if form == "至" else f"{a}{form}{b}年"
        if new != m.group(0):
            pairs[m.group(0)] = new
        return new
    text = RANGE.sub(sub, text)
    # the title's own period `（2023—2025年）` / `（2023-2025）`
    if pairs:
        info["range"] = pairs

        def fix(s):
            for o, n in pairs.items():
                s = s.replace(o, n)
            return s
        gold = map_strings(gold, fix)
    return text, gold


def numerals_swap(text: str, gold: dict, info: dict) -> tuple[str, dict]:
    prot = protected(text, gold)
    pairs = {}
    out, last = [], 0
    for m in ANY_YEAR.finditer(text):
        if inside(prot, m.start(), m.end()):
            continue
        dm = DATE.match(text, m.start())
        if dm and dm.group(2):
            new = cn_year(dm.group(1)) + "年" + cn_small(int(dm.group(2))) + "月" + (
                cn_small(int(dm.group(3))) + "日" if dm.group(3) else "")
            end = dm.end()
        else:
            new, end = cn_year(m.group(1)), m.end()
        pairs[text[m.start():end]] = new
        out.append(text[last:m.start()] + new)
        last = end
    if not pairs:
        return text, gold
    text = "".join(out) + text[last:]
    info["numerals"] = len(pairs)
    # gold strings that quote the body (targets, years, task headings) move with it; metadata and
    # citations (titles, 《》) keep theirs
    keep = {k: gold.get(k) for k in ("metadata", "citations") if k in gold}
    rx = re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)))
    gold = map_strings(gold, lambda s: rx.sub(lambda mm: pairs[mm.group(0)], s))
    gold.update(keep)
    return text, gold


GENRE = re.compile(r"(行动计划|行动方案|实施方案|工作方案|三年行动|计划|方案|规划|纲要|意见|措施)$")


def title_period_swap(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    """`某省…行动计划（2021—2023年）` → `某省…行动计划`, the period stated in the body instead
    (`本行动计划实施期限为2021—2023年。` closing the plan's first paragraph), as many plans state it. Spec 1.1
    section 7: the plan's period comes from its title or from a body sentence stating its duration, so every
    target keeps its years; the title (metadata, citations) loses the period."""
    title = (gold.get("metadata") or {}).get("title") or ""
    tp = TITLE_PERIOD.search(title)
    if not tp or tp.end() != len(title.rstrip()):
        return text, gold
    stem = title[:tp.start()].rstrip()
    g = GENRE.search(stem)
    if not g or stem + tp.group(0) not in text:
        return text, gold
    old = stem + tp.group(0)
    # the plan's own title line: the last line that is the title alone; its first paragraph after it
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip() == old]
    if not lines:
        return text, gold
    after = lines[-1].end()
    para = re.search(r"\n[ \t\u3000]*(?![一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n]{20,}?。(?=[ \t\u3000]*\n)", text[after:])
    if not para:
        return text, gold
    sep = rng.choice(["—", "-", "年至"])
    span = f"{tp.group(1)}{sep}{tp.group(2)}年"
    forms = [f"本{g.group(1)}实施期限为{span}。", f"本{g.group(1)}实施期为{span}。", f"本{g.group(1)}执行期限为{span}。"]
    issue = int(((gold.get("metadata") or {}).get("issue_date") or "0")[:4] or 0)
    n = int(tp.group(2)) - int(tp.group(1)) + 1
    if issue == int(tp.group(1)) and 2 <= n <= 5:     # a length counted from the issue year gives the same years
        forms.append(f"本{g.group(1)}实施期为{'两三四五'[n - 2]}年。")
    sentence = rng.choice(forms)
    at = after + para.end()
    text = text[:at] + sentence + text[at:]
    text = text.replace(old, stem)
    gold = map_strings(gold, lambda s: s.replace(old, stem))
    info["title_period"] = f"{old} → {stem} + {sentence}"
    return text, gold


REL_OPEN = re.compile(rf"(?<=[\n。；　 \t])({YEAR})年(底前|[，,])")


def relative_swaps(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    """`2023年，全市…` → `今年，全市…`, `2023年底前` → `今年底前` in a notice issued in 2023 (and 明年 for the next year),
    as work plans write them. Spec 1.1 section 7: the same year (read from the issue date); the year stays stated
    (the signature date at least), so the gold's years keep their entry."""
    issue = int(((gold.get("metadata") or {}).get("issue_date") or "0")[:4] or 0)
    if not issue:
        return text, gold
    prot = protected(text, gold)
    n = 0
    for m in reversed(list(REL_OPEN.finditer(text))):
        y = int(m.group(1))
        if y not in (issue, issue + 1) or inside(prot, m.start(), m.end()) or rng.random() < 0.5:
            continue
        word = "今年" if y == issue else "明年"
        cand = text[:m.start()] + word + m.group(2) + text[m.end():]
        if year_expr_count(cand, y) == 0:
            continue
        text = cand
        n += 1
    if n:
        info["relative"] = n
    return text, gold


def split_title_swap(text: str, gold: dict, rng: random.Random, info: dict) -> tuple[str, dict]:
    """A plan's own title line `某市…行动计划（2023—2025年）` printed as a title block: the period on a line of its own
    (`某市…行动计划\n（2023—2025年）`). Gold unchanged (the title is the joined block, spec 1.1 section 2)."""
    n = 0
    out, last = [], 0
    for m in re.finditer(r"(?m)^[ \t\u3000]*([^\n《》。，]{6,60}?)(" + TITLE_PERIOD.pattern + r")[ \t\u3000]*$", text):
        if "关于" in m.group(1) or rng.random() < 0.4:
            continue                     # (the notice's own 关于…的通知 title line stays whole)
        out.append(text[last:m.start(2)] + "\n")
        last = m.start(2)
        n += 1
    if not n:
        return text, gold
    info["split_title"] = n
    return "".join(out) + text[last:], gold


def period_swap_notice(text: str, gold: dict, seed: int) -> tuple[str, dict, dict]:
    rng = random.Random(f"period:{seed}:{gold.get('doc_id')}")
    info: dict = {}
    if rng.random() < 0.6:
        text, gold = title_period_swap(text, gold, rng, info)
    if SPLIT_TITLE and "title_period" not in info:   # (--split-title: its own generator, the seeds' other choices unchanged)
        text, gold = split_title_swap(text, gold, random.Random(f"split:{seed}:{gold.get('doc_id')}"), info)
    text, gold = inner_swaps(text, gold, rng, info)
    text, gold = relative_swaps(text, gold, rng, info)
    text, gold = per_year_swaps(text, gold, rng, info)
    text, gold = deadline_swaps(text, gold, rng, info)
    if rng.random() < 0.7:
        text, gold = range_swaps(text, gold, rng, info)
    if rng.random() < 0.4:
        text, gold = numerals_swap(text, gold, info)
    return text, gold, info


def has_years(gold: dict) -> bool:
    return any(t.get("year_end") or t.get("year_start") for t in gold.get("targets") or [])


def write_set(out: Path, items, seed: int | None) -> dict:
    return _write_set(out, items, lambda text, gold, _set: (text, gold, {}) if seed is None
                      else period_swap_notice(text, gold, seed))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--held", action="store_true", help="the HELD half: b7 b8 b9 b10")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--split-title", action="store_true", help="also print plan titles as a block (period on its own line)")
    a = ap.parse_args(argv)
    global SPLIT_TITLE
    SPLIT_TITLE = a.split_title
    want = wanted(HELD_SETS if a.held else FIX_SETS)
    items = [x for x in notices(ROOT) if x[0] in want]
    items = [x for x in items if (json.loads(x[2].read_text(encoding="utf-8")).get("targets"))]
    sets = {"orig": None} | {f"seed{s}": s for s in a.seeds}
    infos = {n: write_set(a.out / n, items, s) for n, s in sets.items()}
    docs = sorted(infos["orig"])
    changed = sorted({d for n, inf in infos.items() if n != "orig" for d, i in inf.items() if set(i) - {"set"}})
    print(f"{len(docs)} notices with targets; changed in some seed: {len(changed)}")
    for n, inf in infos.items():
        if n != "orig":
            c = {w: sum(1 for i in inf.values() if w in i) for w in WORDS + ("gold_moves",)}
            print(n, c)
    if not a.run:
        return 0
    subsets = {"all": docs, "changed": changed}
    scores = {n: {k: figures(v) for k, v in run_and_score(a.out / n, subsets).items()} for n in sets}
    # year_end / year_start / per_year accuracy on matched targets
    for n in sets:
        for sub in subsets:
            m = json.loads((a.out / n / f"score-{sub}.json").read_text())["micro"]
            for k in ("targets.year_end", "targets.year_start", "targets.per_year"):
                v = m.get(k) or {}
                scores[n][sub][k] = v.get("acc", v.get("f1", float("nan")))
    (a.out / "report.json").write_text(json.dumps({"subsets": subsets, "scores": scores, "infos": infos},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
    cols = ["targets", "targets.strict", "targets.year_end", "targets.year_start", "targets.per_year", "years",
            "tasks", "meta"]
    for sub in subsets:
        print(f"\n== {sub} ({len(subsets[sub])} notices): orig | " + " | ".join(n for n in sets if n != "orig"))
        for c in cols:
            o = scores["orig"][sub].get(c, float("nan"))
            vs = [scores[n][sub].get(c, float("nan")) for n in sets if n != "orig"]
            flag = "  <-- drop" if min(vs) < o - 1e-9 else ""
            print(f"{c:22}{o:7.3f} | " + " | ".join(f"{v:7.3f}" for v in vs) + flag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
