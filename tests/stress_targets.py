"""The scorer the targets stress sets share (tests/s14targets_stress.py, tests/s14btargets_stress.py): runs the
pipeline on each notice and matches its targets to the expected ones on (value, unit), one to one, each expected
target taking the free prediction that agrees with it on most fields; then counts field accuracy on matched pairs
and a strict count where every field agrees."""
from __future__ import annotations


def score(docs, fields: tuple[str, ...], verbose: bool = True) -> dict:
    from pipeline import process_text
    tot = {"gold": 0, "pred": 0, "match": 0, "strict": 0, **{f: 0 for f in fields}}
    n = len(fields)
    for name, text, expected in docs:
        d = process_text(text.strip() + "\n", doc_id=name).model_dump()
        pred = [(t["value"], t["unit"], *(t[f] for f in fields), t["quote"]) for t in d["targets"]]
        free = list(range(len(pred)))
        bad = []
        for e in expected:
            cands = [j for j in free if pred[j][1] == e[1] and abs(pred[j][0] - e[0]) <= 1e-3 * max(1, abs(e[0]))]
            if not cands:
                bad.append(("MISS", e))
                continue
            j = max(cands, key=lambda j: sum(pred[j][2 + i] == e[2 + i] for i in range(n)))
            free.remove(j)
            tot["match"] += 1
            ok = [pred[j][2 + i] == e[2 + i] for i in range(n)]
            for f, o in zip(fields, ok):
                tot[f] += o
            if all(ok):
                tot["strict"] += 1
            else:
                bad.append(("DIFF", e, pred[j]))
        bad += [("EXTRA", pred[j]) for j in free]
        tot["gold"] += len(expected)
        tot["pred"] += len(pred)
        if verbose and bad:
            print(f"--- {name}")
            for b in bad:
                print("   ", *b)
    if verbose:
        print(dict(tot))
    return tot
