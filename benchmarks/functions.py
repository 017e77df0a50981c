"""Time per function of the rule modules, text -> record, without a profiler's distortion.

    taskset -c 1 python benchmarks/functions.py --texts corpus /work/s13data/opened [--modules M,...] [--top 40]

cProfile charges every Python call a fixed cost, so a module of many small functions looks far
slower than it is next to the regex engine's C calls (issue 16: its tottime ranking sent work to
the wrong places). Here each module-level function of the named modules (default: the rule
modules) is wrapped in a timer of the process's CPU time (inclusive: its callees are counted in
it, recursive calls once), and one pass after a warm-up is timed; the pass's stages are printed
as throughput.py does, so the wrappers' own cost shows (the sum of the stages against an
unwrapped pass of throughput.py --cpu). Functions called through a name bound before the
wrapping (`from .x import f` in another module) are timed only where called through their own
module's name.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
import time
import types
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

RULE_MODULES = ("pipeline.nlp.organs", "pipeline.extract.targets", "pipeline.extract.responsibilities",
                "pipeline.extract.tasks", "pipeline.extract.metadata", "pipeline.extract.departments",
                "pipeline.quantity", "pipeline.layout", "pipeline.clean", "pipeline.scan")


def wrap_modules(names, clock=time.process_time) -> dict[str, list]:
    """Replace each module-level function of the modules by a timed one; {module.function: [calls, seconds]}."""
    times: dict[str, list] = defaultdict(lambda: [0, 0.0])
    active: set[str] = set()
    for name in names:
        mod = importlib.import_module(name)
        short = name.rsplit(".", 1)[-1]
        for attr, fn in list(vars(mod).items()):
            if not isinstance(fn, types.FunctionType) or fn.__module__ != name:
                continue

            def timed(fn=fn, key=f"{short}.{attr}"):
                @functools.wraps(fn)
                def call(*args, **kwargs):
                    if key in active:  # (a recursive call: counted in the outer one)
                        return fn(*args, **kwargs)
                    active.add(key)
                    t0 = clock()
                    try:
                        return fn(*args, **kwargs)
                    finally:
                        row = times[key]
                        row[0] += 1
                        row[1] += clock() - t0
                        active.discard(key)
                return call

            setattr(mod, attr, timed())
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=Path, nargs="+", help="read the *.txt notices of these folders "
                    "(default: corpus/ and dev/country/raw/)")
    ap.add_argument("--modules", help="comma-separated modules to time (default: the rule modules)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    if args.texts:
        os.environ["POLICYKB_BENCH_TEXTS"] = os.pathsep.join(str(f.resolve()) for f in args.texts)
    time.perf_counter = time.process_time  # (the stages by CPU time too, as throughput.py --cpu)
    from common import MIB, Stages, corpus_texts, machine_line, staged_record

    times = wrap_modules(args.modules.split(",") if args.modules else RULE_MODULES)
    print(machine_line())
    texts = corpus_texts()
    for path, data in texts:  # warm-up: models, caches, lazily built tables
        staged_record(path, data, Stages())
    times.clear()
    stages = Stages()
    for path, data in texts:
        staged_record(path, data, stages)
    total = stages.total()
    size = sum(len(d) for _, d in texts) / MIB
    print(f"{len(texts)} documents, {size:.3f} MiB; one pass with the timers: {total:.3f} s CPU")
    print("  " + ", ".join(f"{k} {v * 1000:.0f}" for k, v in stages.seconds.items()) + " (ms)")
    print(f"\n{'calls':>7s} {'ms':>8s} {'share':>6s}  function (inclusive CPU time)")
    for key, (calls, secs) in sorted(times.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"{calls:7d} {secs * 1000:8.1f} {secs / total:6.1%}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
