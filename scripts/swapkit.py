"""What every metamorphic swap script shares (session 17): writing one set of swapped notices, and
counting items of one kind against the set's gold.

A swap script (web_swap, era_swap, form_swap, table_swap, period_swap, assign_swap, collective_swap;
place_swap came first and keeps its own writer) rewrites labelled notices, text and gold together,
into a form the team has not labelled. Each writes its sets under one --out folder, each set with
texts/<doc>.txt, gold/<doc>.json and map.json (what was rewritten in each notice), and after --run
out/records (`place_swap.run_and_score`). Method: docs/decisions/swap-s16.md and the *-swap-s17.md
notes.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Hashable, Iterable

# swap(text, gold, set_name) -> (text, gold, info), or None to leave the notice out of the set.
Swap = Callable[[str, dict, str], "tuple[str, dict, dict] | None"]


def write_set(out: Path, items: Iterable[tuple[str, Path, Path]], swap: Swap) -> dict[str, dict]:
    """Write one set under `out` and return each notice's info by doc_id (also in map.json).

    `items` are (set name, text path, gold path) as `place_swap.notices` gives them. A notice whose
    info has a true "skipped" stays in map.json (so a script can count why) but gets no text or gold.
    """
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    infos: dict[str, dict] = {}
    for set_name, text_path, gold_path in items:
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        swapped = swap(text, gold, set_name)
        if swapped is None:
            continue
        new_text, new_gold, info = swapped
        info["set"] = set_name
        doc = gold["doc_id"]
        infos[doc] = info
        if info.get("skipped"):
            continue
        (out / "texts" / f"{doc}.txt").write_text(new_text, encoding="utf-8")
        (out / "gold" / f"{doc}.json").write_text(json.dumps(new_gold, ensure_ascii=False, indent=2),
                                                  encoding="utf-8")
    (out / "map.json").write_text(json.dumps(infos, ensure_ascii=False, indent=1), encoding="utf-8")
    return infos


def item_counts(d: Path, docs: Iterable[str], key: str,
                keys_of: Callable[[dict], Hashable | None]) -> dict[str, int]:
    """tp / spurious / missed of one list of the record (`key`) in set `d`, over `docs`.

    `keys_of(item)` is the item's identity as the scorer compares it, or None to leave the item out
    (e.g. named organs when only collectives are counted). A notice without a record counts as empty.
    """
    tp = fp = fn = 0
    for doc in docs:
        gold = json.loads((d / "gold" / f"{doc}.json").read_text(encoding="utf-8"))
        try:
            pred = json.loads((d / "out" / "records" / f"{doc}.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            pred = {}
        g = {k for k in map(keys_of, gold.get(key) or []) if k is not None}
        p = {k for k in map(keys_of, pred.get(key) or []) if k is not None}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return {"tp": tp, "spurious": fp, "missed": fn}


def prf(counts: dict[str, int]) -> dict[str, float]:
    """Precision, recall and F1 of `item_counts` (1.0 where nothing was expected or found)."""
    tp, fp, fn = counts["tp"], counts["spurious"], counts["missed"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def print_table(scores: dict[str, dict[str, float | None]], cols: list[str]) -> None:
    """One row per field, one column per set (orig, seed1, …); a field a set has no figure for prints nan."""
    print(f"{'field':22}" + "".join(f"{n:>10}" for n in scores))
    for c in cols:
        print(f"{c:22}" + "".join(f"{(v if (v := scores[n][c]) is not None else float('nan')):10.3f}" for n in scores))


_CC = None


def s2t(s: str) -> str:
    """Simplified → Traditional (opencc_purepy s2t): a Traditional-script copy of a swapped notice (form_swap's trad
    form; place_swap's Traditional notices)."""
    global _CC
    if _CC is None:
        from opencc_purepy import OpenCC
        _CC = OpenCC("s2t")
    return _CC.convert(s)
