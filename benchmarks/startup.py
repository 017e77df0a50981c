"""Start-up of two source trees: what a researcher running one notice waits for, in fresh processes.

    git archive BASE_COMMIT | tar -x -C /tmp/base
    python benchmarks/startup.py /tmp/base . [--rounds 5] [--runs]

For each tree, `--rounds` times (the trees alternating, each round in a new process, so a change of
load on a shared machine reaches both), the CPU time (user + system) of:

* `import pipeline.document` (every pattern compiled at import, pydantic's models);
* the first document (`process_file` of this checkout's first corpus/*.txt): the tables, automata
  and patterns the extractors build on first use, plus the document;
* the same document again: the document alone (what compare.py's passes measure).

With `--runs`, also the whole command in a fresh process (CPU of it and its workers, and the wall
clock): `python -m pipeline run ONE.txt --workers 1` (one notice) and
`python -m pipeline run dev/country/raw --workers 2` (a batch on two workers).
Printed: the least figure of each tree over the rounds. compare.py's figures (documents after a
warm-up) do not include any of this.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sys, time
sys.path.insert(0, ".")
clock = lambda: time.process_time()
t0 = clock()
import pipeline.document as D
t1 = clock()
D.process_file(sys.argv[1])
t2 = clock()
D.process_file(sys.argv[1])
t3 = clock()
print(json.dumps({"import": t1 - t0, "first document": t2 - t1, "document again": t3 - t2}))
'''


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _command(tree: Path, args: list[str]) -> tuple[float, float]:
    """(CPU of the command and its children, wall seconds)."""
    with tempfile.TemporaryDirectory() as out:
        c0, w0 = _children_cpu(), time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "run", *args, "--out", out, "--quiet"], cwd=tree,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return _children_cpu() - c0, time.perf_counter() - w0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--runs", action="store_true", help="also time whole `pipeline run` commands")
    args = ap.parse_args(argv)
    trees = {"base": args.base.resolve(), "new": args.new.resolve()}
    notice = sorted((ROOT / "corpus").glob("*.txt"))[0]
    batch = ROOT / "dev" / "country" / "raw"
    best: dict[str, dict[str, float]] = {k: {} for k in trees}

    def keep(k: str, name: str, value: float) -> None:
        best[k][name] = min(best[k].get(name, float("inf")), value)

    env = dict(os.environ)
    for _ in range(args.rounds):
        for k, tree in trees.items():
            out = subprocess.run([sys.executable, "-c", CHILD, str(notice)], cwd=tree, env=env, check=True,
                                 capture_output=True, text=True).stdout
            for name, v in json.loads(out.strip().splitlines()[-1]).items():
                keep(k, name, v)
            if args.runs:
                cpu, wall = _command(tree, [str(notice), "--workers", "1"])
                keep(k, "run 1 notice, 1 worker: CPU", cpu)
                keep(k, "run 1 notice, 1 worker: wall", wall)
                cpu, wall = _command(tree, [str(batch), "--workers", "2"])
                keep(k, f"run {batch.name}/, 2 workers: CPU", cpu)
                keep(k, f"run {batch.name}/, 2 workers: wall", wall)
    print(f"notice: {notice.relative_to(ROOT)}; least of {args.rounds} rounds, seconds; load average "
          f"{os.getloadavg()[0]:.1f}")
    print(f"{'':38s} {'base':>7s} {'new':>7s}")
    for name in best["base"]:
        print(f"{name:38s} {best['base'][name]:7.3f} {best['new'][name]:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
