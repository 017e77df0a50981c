"""What the shared sentence record (`benchmarks/sentence_index.py` `SentenceIndex`) would save organ mentions, responsibilities and
targets: measured on the real calls those stages make, replayed.

    python benchmarks/sentence_share.py [--texts DIR...] [--repeat 3]

One pass of every document (corpus/ and the opened notices by default: never the blind raw folder) records, per stage:

A. the boundary searches: targets' `_back_to` / `_forward_to`, responsibilities' `_sentences_at` and `_clauses`
   (their arguments). Each call is replayed against the original function and against a `SentenceIndex` of the same
   text (the index's build counted), answers compared one by one; printed: calls, ms original, ms index.
B. the window searches: every `search` / `match` / `fullmatch` / `finditer` / `findall` of a compiled pattern that
   is a module global of organs.py, departments.py, responsibilities.py, targets.py or quantity.py (and of its
   stdlib twin), timed call by call through a thin proxy. A call on the document's own text whose window holds no
   opening of its pattern (`scan.openings(pattern, 3)`; for `match`, none at its position) is one the index answers
   "no match" with a bisection instead of the engine: its time is the saving, less a bisection per call and the
   one Aho-Corasick scan of every such pattern's openings per document (both measured). Calls on a substring
   (`sentence = text[s:e]; P.search(sentence)`) are counted apart: a stage must ask by offsets to be answered.

Figures are process CPU time (`time.process_time` per call is too coarse: `perf_counter` inside the proxy, the
proxy's own cost measured on an empty pattern and subtracted). Run it pinned (`taskset -c 1`).
"""
from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
import time
from bisect import bisect_left
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import TEXTS_ENV, corpus_texts  # noqa: E402

STAGE = ["-"]
MODULES = ("pipeline.nlp.organs", "pipeline.extract.departments", "pipeline.extract.responsibilities",
           "pipeline.extract.targets", "pipeline.quantity")
METHODS = ("search", "match", "fullmatch", "finditer", "findall")


class Rec:
    """A compiled pattern that records the windows and times of its calls."""

    def __init__(self, real, name, log):
        self._real, self._name, self._log = real, name, log

    def __getattr__(self, attr):
        return getattr(self._real, attr)

    def __hash__(self):
        return id(self)

    def _call(self, method, string, pos=0, endpos=None, *rest, **kw):
        t0 = time.perf_counter()
        out = getattr(self._real, method)(string, pos, len(string) if endpos is None else endpos, *rest, **kw)
        if method in ("finditer",):
            out = list(out)
        dt = time.perf_counter() - t0
        self._log.append((STAGE[0], self._name, method, string, pos, len(string) if endpos is None else endpos, dt,
                          out is None or out == []))
        return iter(out) if method == "finditer" else out

    def search(self, string, pos=0, endpos=None, *a, **k):
        return self._call("search", string, pos, endpos, *a, **k)

    def match(self, string, pos=0, endpos=None, *a, **k):
        return self._call("match", string, pos, endpos, *a, **k)

    def fullmatch(self, string, pos=0, endpos=None, *a, **k):
        return self._call("fullmatch", string, pos, endpos, *a, **k)

    def finditer(self, string, pos=0, endpos=None, *a, **k):
        return self._call("finditer", string, pos, endpos, *a, **k)

    def findall(self, string, pos=0, endpos=None, *a, **k):
        return self._call("findall", string, pos, endpos, *a, **k)


def install_proxies(log):
    """Module-global compiled patterns of MODULES -> Rec proxies (their stdlib twins as well). Returns the names."""
    from pipeline import rx as re
    from pipeline import scan

    names = {}
    for modname in MODULES:
        mod = importlib.import_module(modname)
        for attr, val in list(vars(mod).items()):
            if isinstance(val, re.Pattern):
                name = f"{modname.rsplit('.', 1)[1]}.{attr}"
                proxy = Rec(val, name, log)
                twin = scan.stdlib_twin(val)
                scan._TWINS[proxy] = proxy if twin is val else Rec(twin, name, log)
                setattr(mod, attr, proxy)
                names[name] = val
    return names


def record_boundaries(calls):
    t = importlib.import_module("pipeline.extract.targets")
    r = importlib.import_module("pipeline.extract.responsibilities")

    def wrap(mod, fname):
        orig = getattr(mod, fname)

        def w(*args):
            out = orig(*args)
            calls.append((fname, args, out))
            return out
        setattr(mod, fname, w)
        return orig
    return {f: wrap(m, f) for m, f in ((t, "_back_to"), (t, "_forward_to"), (r, "_sentences_at"), (r, "_clauses"))}


def run_documents(texts, on_doc=None):
    """Each document stage by stage (benchmarks.common.staged_record's order), STAGE set to the running one."""
    from common import DEFAULT, doc_id_for, make_context, normalize_text, read_document, run_order
    from pipeline.document import reading_view
    from pipeline.extract.departments import named_mentions

    for path, data in texts:
        raw = read_document(path, data, DEFAULT)
        doc = normalize_text(raw, doc_id_for(path, raw.format))
        view = reading_view(doc)
        ctx = make_context(view, DEFAULT)
        for ex in run_order():
            if ex.produces in ("responsibilities", "departments") and "organ_mentions" not in ctx.annotations:
                STAGE[0] = "organ mentions"
                named_mentions(view, ctx)
            STAGE[0] = ex.produces
            setattr(ctx, ex.produces, ex.fn(view, ctx))
        STAGE[0] = "-"
        if on_doc:
            on_doc(ctx)


def _organ_sets() -> list[list[str]]:
    """The word sets of the organ layer's one scan (organs._opening_scanner), rebuilt by its own code."""
    from pipeline import scan
    from pipeline.nlp import organs

    seen: list = []
    real = organs.MultiStarts

    def capture(sets):
        seen.append([list(w) for w in sets])
        return real(sets)
    organs.MultiStarts = capture
    try:
        organs._opening_scanner.__wrapped__()
    finally:
        organs.MultiStarts = real
    return seen[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=Path, nargs="+", default=[Path("corpus")])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    os.environ[TEXTS_ENV] = os.pathsep.join(str(f.resolve()) for f in args.texts)
    time.perf_counter = time.perf_counter  # (wall clock inside a call: run pinned)
    texts = corpus_texts()
    from sentence_index import SentenceIndex  # benchmarks/sentence_index.py (this script's directory is on sys.path)
    from pipeline.scan import MultiStarts, openings

    run_documents(texts)  # warm-up (patterns, tables, twins)

    # ---- A. boundaries
    calls: list = []
    docs_text: list = []
    originals = record_boundaries(calls)
    marks: list[int] = []

    def on_doc(ctx):
        docs_text.append((ctx.doc.text, ctx.annotations.get("scan_text")))
        marks.append(len(calls))
    run_documents(texts, on_doc)
    per_fn = defaultdict(lambda: [0, float("inf"), float("inf"), 0])
    for fname in originals:
        mine = [c for c in calls if c[0] == fname]
        per_fn[fname][0] = len(mine)
    for _ in range(args.repeat):
        t_orig = defaultdict(float)
        t_idx = defaultdict(float)
        for fname, orig in originals.items():
            t0 = time.process_time()
            for c in calls:
                if c[0] == fname:
                    orig(*c[1])
            t_orig[fname] += time.process_time() - t0
        # the index: one per document text, the marks of each class asked for built first (timed apart), then every
        # call answered from it, by the same kind of loop as the originals' above (one loop per function)
        indexes: dict[int, SentenceIndex] = {}
        classes = defaultdict(set)
        for fname, a, out in calls:
            if fname in ("_back_to", "_forward_to"):
                classes[id(a[0])].add(a[3])
            elif fname == "_sentences_at":
                classes[id(a[0])].add(a[3])
            else:
                classes[id(a[0])].add("[；;。]")
            indexes.setdefault(id(a[0]), a[0])
        t0 = time.process_time()
        built = {}
        for tid, text in indexes.items():
            idx = built[tid] = SentenceIndex(text)
            for cls in classes[tid]:
                try:
                    idx.marks(cls)
                except ValueError:  # (not a plain class: the stage keeps its own search)
                    pass
        t_build = time.process_time() - t0
        wrong = 0
        t0 = time.process_time()
        for fname, a, out in calls:
            if fname == "_back_to":
                idx = built[id(a[0])]
                try:
                    got = idx.back_to(a[1], a[2], a[3])
                except ValueError:
                    got = originals[fname](*a)
                wrong += got != out
        t_idx["_back_to"] = time.process_time() - t0
        t0 = time.process_time()
        for fname, a, out in calls:
            if fname == "_forward_to":
                idx = built[id(a[0])]
                try:
                    got = idx.forward_to(a[1], a[2], a[3])
                except ValueError:
                    got = originals[fname](*a)
                wrong += got != out
        t_idx["_forward_to"] = time.process_time() - t0
        t0 = time.process_time()
        for fname, a, out in calls:
            if fname == "_sentences_at":
                wrong += built[id(a[0])].runs_at(a[1], a[2], a[3], a[5]) != out
        t_idx["_sentences_at"] = time.process_time() - t0
        t0 = time.process_time()
        for fname, a, out in calls:
            if fname == "_clauses":
                wrong += built[id(a[0])].clauses(a[1], a[2]) != out
        t_idx["_clauses"] = time.process_time() - t0
        t0 = time.process_time() - t_build
        total_idx = time.process_time() - t0
        for fname in originals:
            per_fn[fname][1] = min(per_fn[fname][1], t_orig[fname])
            per_fn[fname][2] = min(per_fn[fname][2], t_idx[fname])
        per_fn["(index: building the marks of every class asked)"][2] = min(
            per_fn["(index: building the marks of every class asked)"][2], t_build)
    print(f"{len(texts)} documents\n\nA. boundary searches (replayed, best of {args.repeat}, CPU ms); answers differing: {wrong}")
    for fname, (n, to, ti, _) in per_fn.items():
        print(f"  {fname:50s} calls {n:6d}  original {to * 1000 if to != float('inf') else 0:7.2f}"
              + (f"  index {ti * 1000:7.2f}" if ti != float("inf") else ""))
    print(f"  {len(indexes)} texts; classes asked: {sorted({str(getattr(c, 'pattern', c)) for cs in classes.values() for c in cs})}")
    for fname, orig in originals.items():  # (unwrap)
        mod = importlib.import_module("pipeline.extract.targets" if fname in ("_back_to", "_forward_to")
                                      else "pipeline.extract.responsibilities")
        setattr(mod, fname, orig)

    # ---- B. window searches
    log: list = []
    names = install_proxies(log)
    doc_texts: list = []
    # the recording pass `--repeat` times, each call's least time kept (the passes make the same calls in the same
    # order; a preemption on a shared machine inflates one pass's call, not all three)
    runs = []
    for k in range(args.repeat):
        log.clear()
        doc_texts.clear()
        gc.disable()  # (a collection inside a timed call would be charged to it: the log holds ~170 000 entries)
        run_documents(texts, lambda ctx: doc_texts.append(({id(ctx.doc.text), id(ctx.annotations.get("scan_text"))},
                                                           ctx)))
        gc.enable()
        runs.append((list(log), list(doc_texts)))
    log[:] = runs[-1][0]
    doc_texts[:] = [d for d, _ in runs[-1][1]]
    if all(len(r[0]) == len(log) for r in runs):
        log[:] = [e[:6] + (min(r[0][i][6] for r in runs),) + e[7:] for i, e in enumerate(log)]
    # the proxy's own cost per call (an empty pattern's search through it, less the bare search)
    import re as stdre
    probe = Rec(stdre.compile("x"), "probe", [])
    s = "abc" * 10
    t0 = time.perf_counter()
    for _ in range(20000):
        probe.search(s, 0, 30)
    t1 = time.perf_counter()
    bare = stdre.compile("x").search
    for _ in range(20000):
        bare(s, 0, 30)
    t2 = time.perf_counter()
    overhead = max(0.0, ((t1 - t0) - (t2 - t1)) / 20000)
    # openings of each pattern seen
    opens = {}
    for name in {e[1] for e in log}:
        opens[name] = openings(names[name], 3)
    scanned = [n for n, w in opens.items() if w]
    ms = MultiStarts([opens[n] for n in scanned])
    # which strings are document texts: group log entries by the string object
    strings = {}
    for e in log:
        strings.setdefault(id(e[3]), e[3])
    all_doc_ids = set().union(*doc_texts)
    hits_by_text = {}
    t0 = time.process_time()
    for sid in all_doc_ids:
        if sid in strings:
            hits_by_text[sid] = dict(zip(scanned, ms.starts(strings[sid])))
    scan_cost = time.process_time() - t0
    # bisection cost per query
    sample = sorted(range(0, 100000, 7))
    t0 = time.process_time()
    for k in range(20000):
        i = bisect_left(sample, k * 3)
        _ = i < len(sample) and sample[i] < k * 3 + 50
    bis = (time.process_time() - t0) / 20000
    rows = defaultdict(lambda: defaultdict(float))
    for stage, name, method, string, pos, endpos, dt, empty in log:
        r = rows[stage]
        dt = max(0.0, dt - overhead)
        r["calls"] += 1
        r["ms"] += dt
        if id(string) not in all_doc_ids:
            r["substring calls"] += 1
            r["substring ms"] += dt
            continue
        r["doc calls"] += 1
        r["doc ms"] += dt
        hits = hits_by_text[id(string)].get(name)
        if hits is None:
            continue  # no openings derived: searched as is
        if method in ("match", "fullmatch"):
            i = bisect_left(hits, pos)
            none = not (i < len(hits) and hits[i] == pos)
        else:
            i = bisect_left(hits, pos)
            none = not (i < len(hits) and hits[i] < endpos)
        if none:
            if not empty:
                r["WRONG (a match where no opening lies)"] += 1
            r["skippable calls"] += 1
            r["skippable ms"] += dt
    print(f"\nB. window searches of module-global patterns (one recorded pass, CPU ms; proxy cost {overhead * 1e6:.2f} us a"
          f" call subtracted; bisection {bis * 1e6:.2f} us a call; one scan of {len(scanned)} patterns' openings over"
          f" {len(hits_by_text)} texts {scan_cost * 1000:.1f} ms)")
    for stage, r in rows.items():
        saving = r["skippable ms"] - r["skippable calls"] * bis
        print(f"  {stage:18s} calls {int(r['calls']):6d} {r['ms'] * 1000:7.1f} ms | on substrings {int(r['substring calls']):6d}"
              f" {r['substring ms'] * 1000:6.1f} ms | on the document {int(r['doc calls']):6d} {r['doc ms'] * 1000:6.1f} ms,"
              f" no opening in the window {int(r['skippable calls']):6d} {r['skippable ms'] * 1000:6.1f} ms"
              f" -> saving ~{saving * 1000:.1f} ms" + (f"  WRONG {int(r['WRONG (a match where no opening lies)'])}"
                                                       if r.get("WRONG (a match where no opening lies)") else ""))
    # the patterns worth gating: those whose skippable calls on the document cost more than a threshold, their
    # openings alone scanned (one MultiStarts of the chosen sets): the net saving of adopting only them
    per_pat = defaultdict(lambda: [0, 0.0, 0, 0.0])  # calls, ms, skippable calls, skippable ms (document windows)
    for stage, name, method, string, pos, endpos, dt, empty in log:
        if id(string) not in all_doc_ids:
            continue
        hits = hits_by_text[id(string)].get(name)
        dt = max(0.0, dt - overhead)
        pp = per_pat[(stage, name)]
        pp[0] += 1
        pp[1] += dt
        if hits is None:
            continue
        i = bisect_left(hits, pos)
        none = not (i < len(hits) and (hits[i] == pos if method in ("match", "fullmatch") else hits[i] < endpos))
        if none:
            pp[2] += 1
            pp[3] += dt
    print("\n  gating only the patterns that pay (skippable document-window calls worth > T ms, their openings alone scanned)")
    for threshold in (0.25, 0.5, 1.0):
        chosen = sorted({name for (stage, name), pp in per_pat.items() if pp[3] - pp[2] * bis > threshold / 1000})
        if not chosen:
            continue
        sub = MultiStarts([opens[n] for n in chosen])
        t0 = time.process_time()
        for sid in all_doc_ids:
            if sid in strings:
                sub.starts(strings[sid])
        cost = time.process_time() - t0
        gain = sum(pp[3] - pp[2] * bis for (stage, name), pp in per_pat.items() if name in chosen)
        by_stage = defaultdict(float)
        for (stage, name), pp in per_pat.items():
            if name in chosen:
                by_stage[stage] += pp[3] - pp[2] * bis
        # …or added to the scan organ recognition already makes (organs._opening_scanner): the marginal cost
        organ_words = _organ_sets()
        alone, joint = MultiStarts(organ_words), MultiStarts(organ_words + [opens[n] for n in chosen])
        marg = [float("inf"), float("inf")]
        for _ in range(5):  # (interleaved, best of 5: the difference is small beside the machine's noise)
            for k, scanner in enumerate((alone, joint)):
                t0 = time.process_time()
                for sid in all_doc_ids:
                    if sid in strings:
                        scanner.starts(strings[sid])
                marg[k] = min(marg[k], time.process_time() - t0)
        print(f"    T={threshold}: added to the organ layer's own scan: {marg[0] * 1000:.1f} -> {marg[1] * 1000:.1f} ms"
              f" (+{(marg[1] - marg[0]) * 1000:.1f}) -> net {(gain - (marg[1] - marg[0])) * 1000:+.1f} ms")
        print(f"    T={threshold}: {len(chosen)} patterns ({', '.join(chosen[:12])}{'…' if len(chosen) > 12 else ''}); saving "
              f"{gain * 1000:.1f} ms ({', '.join(f'{k} {v * 1000:.1f}' for k, v in by_stage.items())}), scan {cost * 1000:.1f} ms"
              f" -> net {(gain - cost) * 1000:+.1f} ms")
    top = defaultdict(lambda: [0, 0.0, 0, 0.0])
    for stage, name, method, string, pos, endpos, dt, empty in log:
        t = top[(stage, name)]
        t[0] += 1
        t[1] += max(0.0, dt - overhead)
    print("\n  costliest patterns (stage, pattern: calls, ms; openings derived?)")
    for (stage, name), (n, ms_, _, _) in sorted(top.items(), key=lambda kv: -kv[1][1])[:25]:
        print(f"    {stage:16s} {name:45s} {n:6d} {ms_ * 1000:6.1f}  {'yes' if opens.get(name) else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
