#!/usr/bin/env python3
"""Metamorphic ASSIGNMENT-PHRASING swap (session 17, s17-assign).

Takes labelled notices (opened batches, corpus/) and rewrites each responsibility annotation of an
item into another form real offices use that spec 1.1 §6 reads as the SAME triples; the gold does
not change (the organs are kept verbatim, only the words around them change). If the extractor knows
the grammar of assignments rather than the forms it happened to see, the swapped copies score as the
originals.

    python3 scripts/assign_swap.py --out /tmp/as --seeds 1 2 --batches b2 b3 b4 b5 corpus --run   # FIX half
    python3 scripts/assign_swap.py --out /tmp/ash --seeds 3 4 --batches b7 b8 b9 b10 --run        # HELD half

Role classes read from an annotation (only annotations that are a pure list of organs):
  R  (all `responsible`): 责任单位：L / L负责
  LC (lead + co):         牵头单位：A，参与|配合|责任单位：B / A牵头，B配合|参与
  L  (lead only):         牵头单位：A / A牵头 / A牵头负责
Each seed picks, per notice, one written form per class and one punctuation style, as a real
notice writes all its annotations alike. Forms and why they are equal: docs/decisions/assign-swap-s17.md.
Layout of --out as scripts/place_swap.py (orig/, <seed>/ with texts/, gold/, map.json, out/, score).
Never reads the blind batches (b1, b6).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import FIELDS, KEYS, OPENED_BATCHES, OPEN_AUTHORED, ROOT, figures, notices, run_and_score  # noqa: E402
from swapkit import item_counts, prf, print_table, write_set as _write_set  # noqa: E402

OPEN, CLOSE = "（(〔【", "）)〕】"
PAIR = {"（": "）", "(": ")", "〔": "〕", "【": "】"}
ANNOT = re.compile(r"([（(〔【])([^（）()〔〕【】\n]{2,200})([）)〕】])")
SEP = re.compile(r"[、，,]")
BAD_ELEM = re.compile(r"负责|牵头|配合|参与|协助|协办|按|职责|分工|下同|等|[：:；;。 　\s]|单位$|^各单位$")
CO_WORD = r"(?:参与单位|参加单位|配合单位|责任单位|协办单位)"  # (s17-assign2: 参加单位, opened b7 b10)
FIRST_LEADS = re.compile(r"第一(?:位|个|家)?(?:的|单位)?(?:为|是)牵头|排(?:在|名|序)第一")

R_FORMS = ("label", "fuze", "line", "fengong", "prose")
LC_FORMS = ("label-pei", "label-can", "label-ze", "qt-pei", "qt-can", "qt-deng-pei", "ze-qt", "line", "qtfz-can",
            "qt-fengong", "prose")
L_FORMS = ("label", "qt", "qt-fz", "line", "prose")
FALLBACK = {"R": "label", "LC": "label-pei", "L": "label"}
# an item's number opening its line; words of a duty in prose or another annotation
NUM = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])")
CARRY = re.compile(r"下同|以下同|以下均同|以下皆同")
# an element that is a name of its own (an organ, a unit, a collective, a place's government); else it shares a head
NAME_END = re.compile(r"(?:局|厅|委|办|部|院|会|联|协|府|行|所|室|中心|团|社|馆|处|队|站|署|司|组|校|公司|单位|部门|机构|地区|各[^、，]+)$")
DUTY_WORDS = re.compile(r"牵头|会同|负责|配合|参与|协助|责任单位|主责|牵好头")


def prose_ok(text: str, s: int, e: int) -> bool:
    """The annotation text[s:e] may become a prose sentence with the same triples only where it is the ONLY assignment
    of its item (spec 1.1 section 6: with an annotation only the annotation counts; without one, prose duties count):
    it closes a line that opens with the item's number after a full stop, and neither that line nor the paragraphs
    that follow it up to the next numbered line hold a duty word."""
    if text[s - 1:s] != "。" or not (e == len(text) or text[e] == "\n") or CARRY.search(text):
        return False  # (a `下同` carried into later annotations: whether it reaches a prose duty the spec leaves open)
    ls = text.rfind("\n", 0, s) + 1
    if not NUM.match(text, ls) or DUTY_WORDS.search(text, ls, s):
        return False
    for k, line in enumerate(text[e + 1:].split("\n")):
        if NUM.match(line) or k > 30:
            return k <= 30
        if DUTY_WORDS.search(line):
            return False
    return True


def elems(s: str) -> list[str] | None:
    xs = [x.strip() for x in SEP.split(s)]
    if not xs or any(not x or len(x) > 30 or BAD_ELEM.search(x) for x in xs):
        return None
    return xs


def parse(body: str):
    """(class, leads, cos) of an annotation body, or None for anything but a pure list."""
    b = body.strip()
    m = re.fullmatch(r"责任单位[：:]\s*(.+)", b)
    if m and (xs := elems(m.group(1))):
        return "R", [], xs
    m = re.fullmatch(r"(.+?)(?:按(?:职责|职能)分工)?负责", b)
    if m and (xs := elems(m.group(1))):
        return "R", [], xs
    m = re.fullmatch(rf"牵头单位[：:]\s*(.+?)\s*[；;，,]\s*{CO_WORD}[：:]\s*(.+)", b)
    if m and (a := elems(m.group(1))) and (c := elems(m.group(2))):
        return "LC", a, c
    # (s17-assign2) `A牵头，B负责` (opened b10, central): §6 once a lead is named, every other department is co
    m = re.fullmatch(r"(.+?)牵头(?:负责)?[，,]\s*(.+?)(?:配合|参与|按(?:职责|职能)分工负责|负责)", b)
    if m and (a := elems(m.group(1))) and (c := elems(m.group(2))):
        return "LC", a, c
    m = re.fullmatch(r"牵头单位[：:]\s*(.+)", b) or re.fullmatch(r"(.+?)牵头(?:负责)?", b)
    if m and (a := elems(m.group(1))):
        return "L", a, []
    return None


def render(cls, form, leads, cos, st) -> tuple[str, bool]:
    """(annotation text without brackets, is_line) in form `form` and punctuation style st."""
    c, j, semi = st["colon"], st["sep"], st["semi"]
    if not form.startswith(("label", "line")) and not (cls == "R" and form == "label"):
        j = "、"            # a list before 负责 / 牵头 / 配合 is written with 、
    if any(not NAME_END.search(x) for x in leads + cos):
        j = "、"            # (s17-assign2) `济南、青岛、烟台市政府`: places sharing the last head are listed with 、 only
    L, C = j.join(leads), j.join(cos)
    if form == "prose":
        return {"R": f"由{C}负责", "L": f"由{L}牵头负责",
                "LC": f"由{L}牵头，{C}{st['co_word']}"}[cls], False
    if cls == "R":
        if form == "fuze":
            return f"{C}负责", False
        if form == "fengong":
            return f"{C}按{st['duty']}分工负责", False
        if form == "line":
            return f"责任单位{c}{C}", True
        return f"责任单位{c}{C}", False
    if cls == "L":
        return {"label": (f"牵头单位{c}{L}", False), "qt": (f"{L}牵头", False),
                "qt-fz": (f"{L}牵头负责", False), "line": (f"牵头单位{c}{L}", True)}[form]
    gap = "　" if st["line_gap"] else semi
    return {"label-pei": (f"牵头单位{c}{L}{semi}配合单位{c}{C}", False),
            "label-can": (f"牵头单位{c}{L}{semi}{st.get('can_label', '参与单位')}{c}{C}", False),
            "label-ze": (f"牵头单位{c}{L}{semi}责任单位{c}{C}", False),
            "qt-pei": (f"{L}牵头，{C}配合", False),
            "qt-can": (f"{L}牵头，{C}参与", False),
            "qt-deng-pei": (f"{L}牵头，{C}等配合", False),
            "qtfz-can": (f"{L}牵头负责，{C}参与", False),
            "qt-fengong": (f"{L}牵头，{C}按{st['duty']}分工负责", False),
            "ze-qt": (f"责任单位{c}{leads[0]}（牵头）、{'、'.join(cos)}", False),
            "line": (f"牵头单位{c}{L}{gap}配合单位{c}{C}", True)}[form]


FORCE: dict[str, str] = {}  # --force CLASS=FORM (diagnostics on the FIX half: every annotation of a class in one form)


def assign_swap(text: str, gold: dict, seed: int):
    rng = random.Random(f"assign:{seed}:{gold.get('doc_id')}")
    info = {"rewrites": [], "skipped": None}
    if FIRST_LEADS.search(text):
        info["skipped"] = "first-listed-leads declaration"
        return text, info
    st = {"paren": rng.choice(["（", "（", "(", "〔"]), "colon": rng.choice(["：", "：", ":"]),
          "sep": rng.choice(["、", "、", "，"]), "semi": rng.choice(["；", "，", " "]), "line_gap": rng.random() < 0.5,
          "duty": rng.choice(["职责", "职能"]), "co_word": rng.choice(["配合", "参与"]),
          "prose_stop": rng.choice(["。", "，"])}
    pick = {"R": rng.choice(R_FORMS), "LC": rng.choice(LC_FORMS), "L": rng.choice(L_FORMS)} | FORCE
    st["can_label"] = rng.choice(["参与单位", "参加单位"])  # (s17-assign2; drawn last: the earlier picks stay as they were)
    out, pos = [], 0
    # (s25-swap) a collective whose name holds a 、 (`各市、区政府`: every city's and district's government) is one
    # organ: an annotation naming one is left as written (split at its 、 and rejoined with ， it would name two)
    joint = [q for d in gold.get("departments") or [] for q in (d.get("quote") or "", d.get("name") or "") if "、" in q]
    for m in ANNOT.finditer(text):
        if PAIR.get(m.group(1)) != m.group(3):
            continue
        if any(q in m.group(2) for q in joint):
            continue
        p = parse(m.group(2))
        if not p:
            continue
        cls, leads, cos = p
        form = pick[cls]
        if form == "ze-qt" and len(leads) != 1:
            form = "label-pei"
        if form == "qt-deng-pei" and len(cos) < 2:
            form = "qt-pei"
        if form == "prose" and not prose_ok(text, m.start(), m.end()):
            form = FALLBACK[cls]
        body, is_line = render(cls, form, leads, cos, st)
        end = m.end()
        if form == "prose":
            # `…做好站址预留。（责任单位：A）` → `…做好站址预留，由A负责。` / `…做好站址预留。由A负责。`
            start = m.start() - 1
            new = st["prose_stop"] + body + "。"
            out.append(text[pos:start]); out.append(new); pos = m.end()
            info["rewrites"].append([text[start:m.end()], new])
            continue
        at_eol = end == len(text) or text[end] == "\n"
        if is_line and not at_eol:
            is_line = False
        if is_line:
            new = "\n" + body
        else:
            o = st["paren"]
            if o == "〔" and not body.startswith(("责任单位", "牵头单位")):
                o = "（"      # 〔〕 holds a labelled annotation only (〔责任单位：…〕)
            new = o + body + PAIR[o]
        if new == m.group(0):
            continue
        out.append(text[pos:m.start()]); out.append(new); pos = m.end()
        info["rewrites"].append([m.group(0), new])
    out.append(text[pos:])
    info.update(style=st, forms=pick)
    return "".join(out), info


def write_set(out: Path, items, seed: int | None) -> dict:
    """The gold is the same in every set: a rewritten annotation gives the same triples (spec §6)."""
    def swap(text, gold, _set):
        new_text, info = (text, {"rewrites": []}) if seed is None else assign_swap(text, gold, seed)
        return new_text, gold, info
    return _write_set(out, items, swap)


def triple_counts(d: Path, docs: list[str]) -> dict:
    """tp / spurious / missed (task, department, role) over docs, with P, R and F1."""
    counts = item_counts(d, docs, "responsibilities", lambda r: (r["task"], r["department"], r["role"]))
    return counts | prf(counts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batches", nargs="+", default=["b2", "b3", "b4", "b5", "corpus"],
                    help="opened batches, `corpus` (corpus/ + gold/), `dev` (dev/corpus + dev/gold). s17-assign2: FIX half b7-b10 "
                         "seeds 3 4; HELD half b2-b5 corpus dev, seeds 5 6")
    ap.add_argument("--no-orig", action="store_true")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--force", nargs="*", default=[], help="CLASS=FORM, e.g. R=prose LC=prose L=prose (diagnostics)")
    a = ap.parse_args(argv)
    FORCE.update(dict(x.split("=", 1) for x in a.force))
    assert all(b in OPENED_BATCHES + tuple(OPEN_AUTHORED) or b in ("corpus", "dev") for b in a.batches), "opened batches only (never b1, b6)"
    items = [x for x in notices(ROOT) if x[0] in a.batches]
    sets = ({} if a.no_orig else {"orig": None}) | {f"seed{s}": s for s in a.seeds}
    infos = {n: write_set(a.out / n, items, s) for n, s in sets.items()}
    for n, inf in infos.items():
        if n != "orig":
            print(f"{n}: {sum(len(i['rewrites']) for i in inf.values())} annotations rewritten in "
                  f"{sum(1 for i in inf.values() if i['rewrites'])} notices")
    docs = sorted(next(iter(infos.values())))
    if not a.run:
        return 0
    scores, trip = {}, {}
    for n in sets:
        scores[n] = figures(run_and_score(a.out / n, {"all": docs})["all"])
        trip[n] = triple_counts(a.out / n, docs)
    (a.out / "report.json").write_text(json.dumps({"docs": docs, "scores": scores, "triples": trip}, indent=1),
                                       encoding="utf-8")
    cols = ["meta"] + KEYS
    print_table(scores, cols)
    for n in sets:
        print(n, trip[n])
    return 0


if __name__ == "__main__":
    sys.exit(main())
