"""How often gold targets that share an `indicator_key` count the same thing.

Every pair of gold targets (in gold/, dev/gold/, dev/heldout/gold/) with the same key is listed
with the hand judgement kept in tests/fixtures/indicator_key_pairs.tsv (same = 1: the two count
the same quantity and can be compared; 0: they do not). Prints the pair precision, the share of
targets keyed by a dictionary term, and cross-document groups. A pair without a judgement is
printed as `?` so a dictionary change cannot pass unjudged (tests/test_kb.py checks that).

    python scripts/measure_indicator_keys.py
"""
from __future__ import annotations

import csv
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.kb.indicators import concept, indicator_key  # noqa: E402

GOLD_DIRS = [ROOT / "gold", ROOT / "dev" / "gold", ROOT / "dev" / "heldout" / "gold"]
JUDGED = ROOT / "tests" / "fixtures" / "indicator_key_pairs.tsv"


def gold_targets() -> list[dict]:
    out = []
    for d in GOLD_DIRS:
        for f in sorted(d.glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            for t in g["targets"]:
                out.append({"doc_id": g["doc_id"], "indicator": t["indicator"], "unit": t["unit"],
                            "key": indicator_key(t["indicator"], t["unit"]),
                            "from_dictionary": concept(t["indicator"], t["unit"])[1]})
    return out


def pairs(targets: list[dict]) -> list[tuple[str, str, str, str, str]]:
    """(key, doc_a, indicator_a, doc_b, indicator_b) for every pair sharing a key."""
    by_key: dict[str, list[dict]] = {}
    for t in targets:
        by_key.setdefault(t["key"], []).append(t)
    out = []
    for key, items in sorted(by_key.items()):
        for a, b in itertools.combinations(items, 2):
            out.append((key, a["doc_id"], a["indicator"], b["doc_id"], b["indicator"]))
    return out


def judgements() -> dict[tuple[str, str, str, str, str], str]:
    with JUDGED.open(encoding="utf-8", newline="") as fh:
        return {(r["key"], r["doc_a"], r["indicator_a"], r["doc_b"], r["indicator_b"]): r["same"]
                for r in csv.DictReader(fh, delimiter="\t")}


def measure() -> dict:
    targets = gold_targets()
    ps = pairs(targets)
    judged = judgements()
    marks = [judged.get(p, "?") for p in ps]
    cross = [p for p in ps if p[1] != p[3]]
    cross_marks = [judged.get(p, "?") for p in cross]
    return {
        "targets": len(targets),
        "from_dictionary": sum(t["from_dictionary"] for t in targets),
        "keys": len({t["key"] for t in targets}),
        "pairs": len(ps), "same": marks.count("1"), "different": marks.count("0"), "unjudged": marks.count("?"),
        "cross_pairs": len(cross), "cross_same": cross_marks.count("1"),
        "pair_list": list(zip(ps, marks)),
    }


if __name__ == "__main__":
    m = measure()
    for p, mark in m["pair_list"]:
        print(mark, *p, sep="\t")
    print(f"\n{m['targets']} gold targets, {m['from_dictionary']} keyed by a dictionary term, {m['keys']} keys")
    print(f"{m['pairs']} pairs share a key: {m['same']} count the same thing, {m['different']} do not, "
          f"{m['unjudged']} unjudged -> precision {m['same'] / max(1, m['same'] + m['different']):.3f}")
    print(f"across documents: {m['cross_pairs']} pairs, {m['cross_same']} the same")
