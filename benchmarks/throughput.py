"""Text -> record throughput per core, with the share of each stage and peers in the same run.

    python benchmarks/throughput.py [--repeat 3] [--no-peers] [--profile FILE] [--cpu] [--texts DIR...]

Reads corpus/*.txt and dev/country/raw/*.txt once into memory, then, in this one process (one
core), runs every document through read -> clean -> layout -> each extractor -> record JSON
(benchmarks/common.py, checked byte for byte against `process_file`). One warm-up pass loads
models and caches; then the best of `--repeat` passes is reported: MiB/s of UTF-8 input text,
documents/s, and each stage's share of the time.

Peers over the same decoded texts, same process, their passes alternating with policykb's (so
a change of load on a shared machine reaches all), best of `--repeat` after a warm-up:
* `jieba.lcut(text)` (word segmentation, the cheapest thing a peer does to this text);
* JioNLP `ner.extract_time(text)` + `ner.extract_money(text)` (time and money parsing), if
  importable (`pip install jionlp`), else the line says so.

With `--cpu` every pass (policykb's stages and the peers) is timed by this process's CPU time
instead of the wall clock: on a machine other processes load, waiting for the core then counts
in neither (as `compare.py --cpu`); pin it (`taskset -c 1`) and the figures move far less.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (MIB, TEXTS_ENV, Stages, check_same, corpus_texts, machine_line, staged_record,  # noqa: E402
                    text_globs)


def run_pass(texts) -> Stages:
    stages = Stages()
    for path, data in texts:
        staged_record(path, data, stages)
    return stages


def _jionlp():
    try:
        import contextlib
        import io
        import logging

        logging.disable(logging.ERROR)  # JioNLP logs a traceback for every string it cannot parse
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio
    except ImportError:
        return None

    def jio_pass(strings):
        for s in strings:
            jio.ner.extract_time(s, time_base=0)
            jio.ner.extract_money(s)

    return jio_pass


def _jieba():
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return lambda strings: [jieba.lcut(s) for s in strings]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes after the warm-up (best is reported)")
    ap.add_argument("--no-peers", action="store_true", help="skip jieba and JioNLP")
    ap.add_argument("--profile", metavar="FILE", help="also write a cProfile of one pass to FILE")
    ap.add_argument("--cpu", action="store_true", help="time by the process's CPU time, not the wall clock "
                                                       "(steadier while other processes load the machine)")
    ap.add_argument("--texts", type=Path, nargs="+", help="read the *.txt notices of these folders "
                    "(default: corpus/ and dev/country/raw/)")
    args = ap.parse_args(argv)
    if args.texts:
        os.environ[TEXTS_ENV] = os.pathsep.join(str(f.resolve()) for f in args.texts)
    if args.cpu:
        time.perf_counter = time.process_time  # (benchmarks.common's Stages and the peers' passes read this clock)

    print(machine_line())
    texts = corpus_texts()
    size = sum(len(d) for _, d in texts)
    print(f"{len(texts)} documents, {size / MIB:.3f} MiB of UTF-8 text ({', '.join(text_globs())})")
    check_same(texts)  # also the warm-up
    strings = [d.decode("utf-8-sig") for _, d in texts]
    peers = {} if args.no_peers else {"jieba.lcut": _jieba(), "JioNLP extract_time + extract_money": _jionlp()}
    for fn in peers.values():
        if fn is not None:
            fn(strings)  # warm-up
    # Passes alternate (policykb, then each peer), so a change of load on a shared machine
    # reaches all of them; the best pass of each is reported.
    best: Stages | None = None
    peer_best = {name: float("inf") for name in peers}
    for _ in range(args.repeat):
        s = run_pass(texts)
        if best is None or s.total() < best.total():
            best = s
        for name, fn in peers.items():
            if fn is not None:
                t0 = time.perf_counter()
                fn(strings)
                peer_best[name] = min(peer_best[name], time.perf_counter() - t0)
    total = best.total()
    ours = size / MIB / total
    clock = "CPU" if args.cpu else "wall"
    print(f"\npolicykb text -> record, one process, best of {args.repeat} ({clock} time): {total:.3f} s, "
          f"{ours:.2f} MiB/s per core, {len(texts) / total:.1f} documents/s")
    print(f"{'stage':18s} {'seconds':>8s} {'share':>6s} {'MiB/s':>7s}")
    for stage, secs in best.seconds.items():
        print(f"{stage:18s} {secs:8.3f} {secs / total:6.1%} {size / MIB / secs if secs else float('inf'):7.1f}")
    if peers:
        print(f"\npeers over the same texts, same process, passes alternating with policykb's, best of {args.repeat}")
    for name, fn in peers.items():
        if fn is None:
            print(f"{name:38s} not installed (pip install jionlp)")
            continue
        rate = size / MIB / peer_best[name]
        print(f"{name:38s} {peer_best[name]:7.3f} s {rate:6.2f} MiB/s   policykb = {ours / rate:.2f}x")

    if args.profile:
        import cProfile

        cProfile.runctx("run_pass(texts)", globals(), {"run_pass": run_pass, "texts": texts}, args.profile)
        print(f"\ncProfile of one pass: {args.profile} (python -m pstats {args.profile})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
