"""An archive of 10,000 notices: documents/s, MiB/s, peak memory, 1 -> 2 worker scaling, --resume.

    python benchmarks/scale.py [--docs 10000] [--small 1000] [--root /tmp/policykb-archive] [--keep]

The archive is synthetic but made of real notice text, generated on demand (not committed):
each document takes the head (title, addressee) and tail (signature) of one notice of corpus/
or dev/country/raw/ and 2-6 top-level sections (`一、…` with everything under it) drawn from
all of them, renumbered in order; seeded, so the same archive every time. Then, each as
`policykb run ARCHIVE --out DIR --quiet` in a fresh process (wall time, everything included:
start-up, workers, writing records, kb.jsonl, CSV and Parquet):

1. all `--docs` documents with --workers 1, then with --workers 2: documents/s, MiB/s of input
   text, the scaling ratio, and the peak resident memory (VmHWM) of the parent and of the
   largest worker (from run.json);
2. the first `--small` documents with --workers 2: peak memory against the full archive's;
3. the full archive again with --workers 2 --resume, nothing changed: its time against the
   first run's.

Each run also reports its CPU seconds (the run and every process it started) and the load
average at its start: on a machine shared with other work the wall ratio follows the load.
`--pairs N` runs the 1- and 2-worker runs N times, alternating which goes first.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import MIB, ROOT, corpus_texts, machine_line  # noqa: E402

DEFAULT_ROOT = Path(tempfile.gettempdir()) / "policykb-archive"


def _cn(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    return ("" if n // 10 == 1 else d[n // 10]) + "十" + (d[n % 10] if n % 10 else "")


def source_texts(folders: list[Path] | None = None) -> list[tuple[Path, bytes]]:
    """The notices the archive is made of: corpus/ and dev/country/raw/ (`corpus_texts`), or the
    *.txt files of `folders`."""
    if not folders:
        return corpus_texts()
    files = sorted({p for f in folders for p in Path(f).glob("*.txt")})
    return [(p, p.read_bytes()) for p in files]


def notice_parts(folders: list[Path] | None = None):
    """(head, [section...], tail) of every text notice; a section opens with its `X、` number."""
    from pipeline.clean import normalize_string
    from pipeline.layout import find_layout
    from pipeline.patterns import CN_ITEM

    parts, pool = [], []
    for _, data in source_texts(folders):
        text = normalize_string(data.decode("utf-8-sig")).text
        layout = find_layout(text)
        body = text[layout.body_start:layout.body_end]
        sections, cur = [], []
        for line in body.split("\n"):
            m = CN_ITEM.match(line)
            if m and cur:
                sections.append(cur)
                cur = []
            if m or cur:
                cur.append(line[m.end():].lstrip() if m else line)
        if cur:
            sections.append(cur)
        pool += [s for s in sections if len(s) > 1 or len(s[0]) > 20]
        parts.append((text[:layout.body_start], text[layout.body_end:]))
    return parts, pool


def make_archive(root: Path, n: int, seed: int = 16, folders: list[Path] | None = None) -> tuple[Path, int]:
    """root/<n>/ holding n documents (reused when already complete); returns (folder, bytes)."""
    folder = root / str(n)
    done = folder / ".complete"
    if done.exists():
        return folder, int(done.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    parts, pool = notice_parts(folders)
    rng = random.Random(seed)
    total = 0
    for k in range(n):
        head, tail = parts[rng.randrange(len(parts))]
        sections = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(2, 6))]
        body = "\n".join(f"{_cn(i + 1)}、{s[0]}" + "".join("\n" + ln for ln in s[1:]) for i, s in enumerate(sections))
        data = (head + body + "\n" + tail.lstrip("\n")).encode("utf-8")
        sub = folder / f"{k // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"n{k:05d}.txt").write_bytes(data)
        total += len(data)
    done.write_text(str(total))
    return folder, total


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def run(archive: Path, out: Path, workers: int, resume: bool = False) -> dict:
    """One fresh `policykb run`: wall seconds, CPU seconds of it and every process it started
    (the work, whatever else runs on the machine), the load average at its start."""
    cmd = [sys.executable, "-m", "pipeline", "run", str(archive), "--out", str(out), "--quiet",
           "--workers", str(workers)] + (["--resume"] if resume else [])
    load = os.getloadavg()[0]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    secs = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))["summary"]
    return {"seconds": secs, "cpu": cpu, "load": load, "documents": info["documents"], "skipped": info["skipped"],
            "failures": info["failures"], **(info.get("peak_rss_mib") or {})}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--keep", action="store_true", help="keep the output folders (the archive is kept anyway)")
    ap.add_argument("--texts", type=Path, nargs="+", help="make the archive of the *.txt notices in these folders "
                    "(default: corpus/ and dev/country/raw/); use a fresh --root for another choice")
    ap.add_argument("--pairs", type=int, default=1, help="run the 1- and 2-worker runs of the big archive this many "
                    "times, alternating which goes first (2 1, 1 2, ...): on a shared machine, the ratio of each pair")
    args = ap.parse_args(argv)

    print(machine_line())
    t0 = time.perf_counter()
    small, small_bytes = make_archive(args.root, args.small, folders=args.texts)
    big, big_bytes = make_archive(args.root, args.docs, folders=args.texts)
    print(f"archives: {small} ({args.small} documents, {small_bytes / MIB:.1f} MiB), {big} ({args.docs} documents, "
          f"{big_bytes / MIB:.1f} MiB); made or found in {time.perf_counter() - t0:.0f} s")

    outs = args.root / "out"
    shutil.rmtree(outs, ignore_errors=True)
    rows = []
    r2 = run(small, outs / "small-2", 2)
    rows.append((f"{args.small} documents, --workers 2", r2, small_bytes))
    pairs = []
    for k in range(args.pairs):
        got = {}
        for w in ((1, 2) if k % 2 == 0 else (2, 1)):
            shutil.rmtree(outs / f"big-{w}", ignore_errors=True)
            got[w] = run(big, outs / f"big-{w}", w)
            rows.append((f"{args.docs} documents, --workers {w}" + (f" (pair {k + 1})" if args.pairs > 1 else ""),
                         got[w], big_bytes))
        shutil.rmtree(outs / "big-1", ignore_errors=True)
        pairs.append((got[1], got[2]))
    r1, rb = pairs[-1]
    rr = run(big, outs / "big-2", 2, resume=True)
    rows.append((f"{args.docs} documents, --workers 2 --resume, unchanged", rr, big_bytes))

    print(f"\n{'run':46s} {'seconds':>8s} {'docs/s':>7s} {'MiB/s':>6s} {'parent MiB':>10s} {'worker MiB':>10s} "
          f"{'CPU s':>6s} {'load':>5s}")
    def mib(value) -> str:
        return f"{value:.0f}" if value else "-"  # a policykb from before run.json reported memory: -

    for name, r, size in rows:
        print(f"{name:46s} {r['seconds']:8.1f} {r['documents'] / r['seconds']:7.1f} {size / MIB / r['seconds']:6.2f} "
              f"{mib(r.get('parent')):>10s} {mib(r.get('worker')):>10s} {r['cpu']:6.1f} {r['load']:5.2f}")
    for k, (a, b) in enumerate(pairs):
        print(f"\n1 -> 2 workers on {args.docs} documents{f' (pair {k + 1})' if len(pairs) > 1 else ''}: "
              f"{a['seconds'] / b['seconds']:.2f}x (goal >= 1.7x); CPU {a['cpu']:.1f} -> {b['cpu']:.1f} s, load "
              f"{a['load']:.2f} / {b['load']:.2f} at the starts (on a machine shared with other work the wall ratio "
              f"follows the load)", end="")
    print()
    print(f"peak memory, {args.small} -> {args.docs} documents: parent {mib(r2.get('parent'))} -> "
          f"{mib(rb.get('parent'))} MiB, worker {mib(r2.get('worker'))} -> {mib(rb.get('worker'))} MiB")
    print(f"unchanged --resume re-run: {rr['seconds']:.1f} s = {rr['seconds'] / rb['seconds']:.2f} of the first run "
          f"({rr['skipped']} skipped; goal < 1/3)")
    failures = sum(r["failures"] for _, r, _ in rows)
    if failures:
        print(f"({failures} documents failed: see {outs}/*/errors.jsonl)")
    if not args.keep:
        shutil.rmtree(outs, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
