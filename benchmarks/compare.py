"""Two source trees, text -> record on the same texts, their passes alternating one by one.

    git archive BASE_COMMIT | tar -x -C /tmp/base
    python benchmarks/compare.py /tmp/base . [--passes 10] [--cpu]

Each tree runs in a process of its own (its own `pipeline` package) that reads corpus/*.txt and
dev/country/raw/*.txt (of this tree's checkout, so both read the same texts), makes every record
once to warm up, then makes them all again each time it is told to (benchmarks/common.py,
`staged_record`, of each tree). The two are told in turn, `--passes` times, so a change of load
on a shared machine reaches both; printed: the best pass of each and each stage's least time,
and the ratio of the best passes. On a machine other sessions load, this ratio is the figure
to quote, not MiB/s. With `--cpu` the stages are timed by each process's CPU time: on a machine
other sessions load (waiting for a core counts in the wall clock), the figures then move far less.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, os, sys, time
from pathlib import Path
if sys.argv[2:] == ["cpu"]:
    time.perf_counter = time.process_time  # the process's CPU time (benchmarks.common reads the clock so)
sys.path.insert(0, ".")
from benchmarks.common import TEXT_GLOBS, staged_record, Stages
root = Path(sys.argv[1])
globs = [Path(f) / "*.txt" for f in os.environ.get("POLICYKB_BENCH_TEXTS", "").split(os.pathsep) if f] or TEXT_GLOBS
texts = [(p, p.read_bytes()) for p in sorted({p for g in globs for p in
                                              (Path(g).parent.glob(Path(g).name) if Path(g).is_absolute() else root.glob(g))})]
for p, d in texts:
    staged_record(p, d, Stages())
print("ready", flush=True)
for _ in sys.stdin:
    st = Stages()
    for p, d in texts:
        staged_record(p, d, st)
    print(json.dumps([st.total(), dict(st.seconds)]), flush=True)
'''


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--cpu", action="store_true", help="time each stage by the process's CPU time, not the wall clock "
                                                       "(steadier while other processes load the machine)")
    ap.add_argument("--texts", type=Path, nargs="+", help="read the *.txt notices of these folders "
                    "(default: corpus/ and dev/country/raw/)")
    args = ap.parse_args(argv)
    if args.texts:
        os.environ["POLICYKB_BENCH_TEXTS"] = os.pathsep.join(str(f.resolve()) for f in args.texts)
    trees = {"base": args.base.resolve(), "new": args.new.resolve()}
    procs = {k: subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT)] + (["cpu"] if args.cpu else []), cwd=d, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True) for k, d in trees.items()}
    for k, p in procs.items():
        if p.stdout.readline().strip() != "ready":
            raise SystemExit(f"the {k} tree did not start")
    best = {k: float("inf") for k in trees}
    stages: dict[str, dict[str, float]] = {k: {} for k in trees}
    for _ in range(args.passes):
        for k, p in procs.items():
            p.stdin.write("go\n")
            p.stdin.flush()
            total, seconds = json.loads(p.stdout.readline())
            best[k] = min(best[k], total)
            for s, v in seconds.items():
                stages[k][s] = min(stages[k].get(s, float("inf")), v)
    for p in procs.values():
        p.stdin.close()
        p.wait()
    print(f"{'stage (least ms)':18s} {'base':>7s} {'new':>7s}")
    for s in stages["base"]:
        print(f"{s:18s} {stages['base'][s] * 1000:7.0f} {stages['new'].get(s, 0) * 1000:7.0f}")
    print(f"{'best pass (ms)':18s} {best['base'] * 1000:7.0f} {best['new'] * 1000:7.0f}   new/base = "
          f"{best['new'] / best['base']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
