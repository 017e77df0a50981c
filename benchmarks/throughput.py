"""Text -> record throughput per core, with the share of each stage and peers in the same run.

    python benchmarks/throughput.py [--repeat 3] [--no-peers] [--profile FILE]

Reads corpus/*.txt and dev/country/raw/*.txt once into memory, then, in this one process (one
core), runs every document through read -> clean -> layout -> each extractor -> record JSON
(benchmarks/common.py, checked byte for byte against `process_file`). One warm-up pass loads
models and caches; then the best of `--repeat` passes is reported: MiB/s of UTF-8 input text,
documents/s, and each stage's share of the time.

Peers over the same decoded texts, same process, best of `--repeat` after a warm-up:
* `jieba.lcut(text)` (word segmentation, the cheapest thing a peer does to this text);
* JioNLP `ner.extract_time(text)` + `ner.extract_money(text)` (time and money parsing), if
  importable (`pip install jionlp`), else the line says so.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import MIB, Stages, check_same, corpus_texts, machine_line, staged_record  # noqa: E402


def run_pass(texts) -> Stages:
    stages = Stages()
    for path, data in texts:
        staged_record(path, data, stages)
    return stages


def best_of(fn, repeat: int) -> float:
    fn()  # warm-up
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def peers(strings: list[str], repeat: int) -> list[tuple[str, float | None, str]]:
    rows = []
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    rows.append(("jieba.lcut", best_of(lambda: [jieba.lcut(s) for s in strings], repeat), ""))
    try:
        import contextlib
        import io

        import logging

        logging.disable(logging.ERROR)  # JioNLP logs a traceback for every string it cannot parse
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio
    except ImportError:
        rows.append(("JioNLP extract_time + extract_money", None, "not installed (pip install jionlp)"))
    else:
        def jio_pass():
            for s in strings:
                jio.ner.extract_time(s, time_base=0)
                jio.ner.extract_money(s)

        rows.append(("JioNLP extract_time + extract_money", best_of(jio_pass, max(1, repeat - 2)), ""))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes after the warm-up (best is reported)")
    ap.add_argument("--no-peers", action="store_true", help="skip jieba and JioNLP")
    ap.add_argument("--profile", metavar="FILE", help="also write a cProfile of one pass to FILE")
    args = ap.parse_args(argv)

    print(machine_line())
    texts = corpus_texts()
    size = sum(len(d) for _, d in texts)
    print(f"{len(texts)} documents, {size / MIB:.3f} MiB of UTF-8 text (corpus/*.txt, dev/country/raw/*.txt)")
    check_same(texts)  # also the warm-up
    best: Stages | None = None
    for _ in range(args.repeat):
        s = run_pass(texts)
        if best is None or s.total() < best.total():
            best = s
    total = best.total()
    print(f"\npolicykb text -> record, one process, best of {args.repeat}: {total:.3f} s, "
          f"{size / MIB / total:.2f} MiB/s per core, {len(texts) / total:.1f} documents/s")
    print(f"{'stage':18s} {'seconds':>8s} {'share':>6s} {'MiB/s':>7s}")
    for stage, secs in best.seconds.items():
        print(f"{stage:18s} {secs:8.3f} {secs / total:6.1%} {size / MIB / secs if secs else float('inf'):7.1f}")

    if not args.no_peers:
        strings = [d.decode("utf-8-sig") for _, d in texts]
        print(f"\npeers over the same texts, one process, best of {args.repeat} after a warm-up")
        ours = size / MIB / total
        for name, secs, note in peers(strings, args.repeat):
            if secs is None:
                print(f"{name:38s} {note}")
                continue
            rate = size / MIB / secs
            print(f"{name:38s} {secs:7.3f} s {rate:6.2f} MiB/s   policykb = {ours / rate:.2f}x")

    if args.profile:
        import cProfile

        cProfile.runctx("run_pass(texts)", globals(), {"run_pass": run_pass, "texts": texts}, args.profile)
        print(f"\ncProfile of one pass: {args.profile} (python -m pstats {args.profile})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
