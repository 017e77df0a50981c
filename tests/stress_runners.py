"""What the stress sets share (tests/s14organs_stress.py, s15organs_stress.py, s15corgans_stress.py for organs;
s14assign_stress.py, s15assign_stress.py, s15eassign_stress.py for assignments): each set holds only its cases and
the expectations a labeller gave them by spec 1.1; these functions make the records, compare, and print the report
when a set is run as a script (`python3 tests/s15organs_stress.py`)."""
from __future__ import annotations

from typing import Callable

# ---------------------------------------------------------------- organs: (id, region, level, text, expected names)

# a snippet of one line is read as the text of a numbered item, as in a plan's body
ITEM_WRAPPER = "一、工作要求\n（一）{}\n"


def organ_failures(cases) -> list[tuple[str, list[str], list[str]]]:
    """(id, extra names, missing names) of every case whose department names differ from the expected set."""
    from tests.test_organs_s5 import _run  # (checks text[span] == quote on the way)

    failed = []
    for cid, region, level, text, expected in cases:
        doc = text if "\n" in text else ITEM_WRAPPER.format(text)
        names, _ = _run(doc, region, level)
        if set(names) != expected:
            failed.append((cid, sorted(set(names) - expected), sorted(expected - set(names))))
    return failed


def report_organs(cases) -> None:
    failed = organ_failures(cases)
    for cid, extra, missing in failed:
        print(cid, "extra", extra, "missing", missing)
    print(f"{len(cases) - len(failed)} of {len(cases)} pass")


# ---------------------------------------------------------------- assignments: dicts made by `case_collector`

def case_collector(cases: list[dict]) -> Callable[..., None]:
    """The `case(name, text, expect, organs=…, note=…)` a set calls once per notice: `organs` are the expected triples
    whose miss is an organ-naming loss (the organs reader's), not an assignment one."""
    def case(name: str, text: str, expect: set, organs: set = frozenset(), note: str = "") -> None:
        cases.append({"name": name, "text": text, "expect": set(expect), "organs": set(organs), "note": note})
    return case


def assignment_rows(cases: list[dict]) -> list[tuple[dict, set, dict]]:
    """(case, its (task, department, role) triples, its record) for every case."""
    from pipeline import process_text

    rows = []
    for c in cases:
        r = process_text(c["text"], doc_id="stress").model_dump()
        rows.append((c, {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}, r))
    return rows


def report_assignments(cases: list[dict], verbose: bool = False) -> None:
    tp = fn = fp = org = 0
    for c, got, r in assignment_rows(cases):
        exp = c["expect"]
        miss, extra = exp - got, got - exp
        tp += len(exp & got); fn += len(miss); fp += len(extra); org += len(miss & c["organs"])
        print(f"{'OK ' if not miss and not extra else 'BAD'} {c['name'][:70]}  tp={len(exp & got)} miss={len(miss)} extra={len(extra)}")
        for t in sorted(miss):
            print("     MISS", t, "(organs)" if t in c["organs"] else "")
        for t in sorted(extra):
            print("     EXTRA", t)
        if verbose and (miss or extra):
            m = r["metadata"]
            print("     meta", m["region"], m["admin_level"], m["doc_type"], m.get("issuers"), [x["path"] for x in r["tasks"]][:30])
            print("     deps", [d["name"] for d in r["departments"]])
    print(f"expected {tp + fn}, found {tp}, missed {fn} (organs {org}), extra {fp}")


# ---------------------------------------------------------------- metadata: (name, text, {key: expected value})

def _normalised(v):
    # spec §1: text values compared after NFKC with all white space removed; issuers as a set
    import re
    import unicodedata

    if isinstance(v, str):
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", v))
    if isinstance(v, list):
        return sorted(_normalised(x) for x in v)
    return v


def metadata_mismatches(name: str, text: str, expected: dict) -> dict:
    """{key: (extracted, expected)} for every expected metadata key the record gets wrong."""
    from pipeline import process_text

    md = process_text(text, doc_id=name).metadata
    return {k: (getattr(md, k), v) for k, v in expected.items() if _normalised(getattr(md, k)) != _normalised(v)}


def report_metadata(cases, mismatches: Callable[[str, str, dict], dict] = metadata_mismatches) -> None:
    ok = keys_ok = keys_all = 0
    for name, text, expected in cases:
        bad = mismatches(name, text, expected)
        keys_all += len(expected)
        keys_ok += len(expected) - len(bad)
        if bad:
            print("FAIL", name)
            for k, (g, e) in bad.items():
                print(f"    {k}: got {g!r} want {e!r}")
        else:
            ok += 1
    print(f"{ok}/{len(cases)} cases, {keys_ok}/{keys_all} keys")


def _target_key(t):
    return (round(float(t[0]), 4), t[1])


def report_targets(cases, half: str) -> None:
    """A targets stress set's half (`fix`: even positions, printed per case; `held`: odd positions, totals only):
    each case `(name, text, expected)`, expected as (value, unit, comparator, per_year, year_start, year_end),
    matched by (value, unit), the best-matching attributes first."""
    from pipeline import process_text
    keep = 0 if half == "fix" else 1
    exp_n = got_tp = spurious = strict = cases_ok = 0
    for k, (name, text, expected) in enumerate(cases):
        if k % 2 != keep:
            continue
        got = [(t["value"], t["unit"], t["comparator"], bool(t["per_year"]), t["year_start"], t["year_end"])
               for t in process_text(text, doc_id=name).model_dump()["targets"]]
        pool = list(got)
        miss, bad = [], []
        for e in expected:
            cand = [g for g in pool if _target_key(g) == _target_key(e)]
            if not cand:
                miss.append(e)
                continue
            best = max(cand, key=lambda g: sum(a == b for a, b in zip(g[2:], e[2:])))
            pool.remove(best)
            got_tp += 1
            if tuple(best[2:]) == tuple(e[2:]):
                strict += 1
            else:
                bad.append((e, best))
        exp_n += len(expected)
        spurious += len(pool)
        cases_ok += not miss and not pool and not bad
        if half == "fix":
            print(name, "missed", miss, "spurious", pool, "attrs", bad)
    print(f"{half}: cases exact {cases_ok}, expected {exp_n}, found {got_tp}, strict {strict}, spurious {spurious}")
