"""List the differences between two labellings, field by field per document.

    python scripts/diff_labels.py gold/labeller_a gold/labeller_b

Values are normalised as the scorer does (NFKC, white space removed); targets are matched one to
one with the scorer's own matching, and the unscored `indicator` is compared too.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.score import METADATA_KEYS, TARGET_ATTRS, match_targets, norm  # noqa: E402


def diff(a: dict, b: dict) -> list[str]:
    out = []
    for k in METADATA_KEYS:
        va, vb = a["metadata"].get(k), b["metadata"].get(k)
        same = sorted(map(norm, va or [])) == sorted(map(norm, vb or [])) if k == "issuers" else norm(va) == norm(vb)
        if not same:
            out.append(f"metadata.{k}: A={va!r} B={vb!r}")
    ta = {norm(t["path"]): t["heading"] for t in a["tasks"]}
    tb = {norm(t["path"]): t["heading"] for t in b["tasks"]}
    out += [f"task only {'A' if p in ta else 'B'}: {p}" for p in sorted(ta.keys() ^ tb.keys())]
    out += [f"heading {p}: A={ta[p]} B={tb[p]}" for p in sorted(ta.keys() & tb.keys()) if norm(ta[p]) != norm(tb[p])]
    da = {norm(d["name"]): d["quote"] for d in a["departments"]}
    db = {norm(d["name"]): d["quote"] for d in b["departments"]}
    out += [f"department only A: {n} ({da[n]})" for n in sorted(da.keys() - db.keys())]
    out += [f"department only B: {n} ({db[n]})" for n in sorted(db.keys() - da.keys())]
    triple = lambda r: (norm(r["task"]), norm(r["department"]), r["role"])  # noqa: E731
    ra, rb = {triple(r) for r in a["responsibilities"]}, {triple(r) for r in b["responsibilities"]}
    out += [f"responsibility only A: {t}" for t in sorted(ra - rb, key=str)]
    out += [f"responsibility only B: {t}" for t in sorted(rb - ra, key=str)]
    pairs = match_targets(b["targets"], a["targets"])
    for tb_, ta_ in pairs:
        for k in TARGET_ATTRS + ("indicator",):
            if norm(tb_.get(k)) != norm(ta_.get(k)):
                out.append(f"target {ta_['quote']} {k}: A={ta_.get(k)!r} B={tb_.get(k)!r}")
    matched_a, matched_b = {id(g) for _, g in pairs}, {id(p) for p, _ in pairs}
    out += [f"target only A: {t['quote']}" for t in a["targets"] if id(t) not in matched_a]
    out += [f"target only B: {t['quote']}" for t in b["targets"] if id(t) not in matched_b]
    ya, yb = {(y["start"], y["end"]) for y in a["years"]}, {(y["start"], y["end"]) for y in b["years"]}
    out += [f"year only {'A' if y in ya else 'B'}: {y}" for y in sorted(ya ^ yb)]
    cite = lambda c: (norm(c["title"]), norm(c["doc_number"]))  # noqa: E731
    ca, cb = {cite(c) for c in a["citations"]}, {cite(c) for c in b["citations"]}
    out += [f"citation only {'A' if c in ca else 'B'}: {c}" for c in sorted(ca ^ cb, key=str)]
    return out


def main(dir_a: str, dir_b: str) -> None:
    for fa in sorted(Path(dir_a).glob("*.json")):
        fb = Path(dir_b) / fa.name
        print(f"===== {fa.stem}")
        if not fb.exists():
            print("  missing in B")
            continue
        a, b = (json.loads(f.read_text(encoding="utf-8")) for f in (fa, fb))
        for line in diff(a, b):
            print("  " + line)


if __name__ == "__main__":
    main(*sys.argv[1:3])
