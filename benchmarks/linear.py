"""Is text -> record linear in document size? Time per MiB of a notice repeated 1x ... 1,000x.

    python benchmarks/linear.py [--notice corpus/guangdong-2025-jineng-tisheng.txt] [--sizes 1 10 100 1000]
                                [--line-mib 5] [--limit 900]

Each size is one document: the notice (its clean text) with its body repeated N times between
its own head (title, addressee) and tail (signature), each copy opened by a chapter heading
(`第一章` ... `第一千章`) so that its numbering restarts: N copies of its numbered items (16,000 at
1,000x of the notice), targets and organ assignments, read as one notice; and one more: the notice with its line breaks
removed, repeated into a single line of `--line-mib` MB. Each runs in a fresh child process (forked after the
warm-up, so models are loaded) through read -> clean -> layout -> extractors -> record JSON
(benchmarks/common.py) with the default limits except the character cap; a size that takes
longer than `--limit` seconds is stopped and reported as such. Small sizes are repeated until
one second has passed, so their time is not noise. Printed: MiB, seconds, seconds per MiB, and
its ratio to the 1x figure (the goal: within 2x from 1x to 1,000x), and the slowest stages.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import MIB, ROOT, Stages, machine_line, staged_record  # noqa: E402

from pipeline.settings import DEFAULT  # noqa: E402

SETTINGS = replace(DEFAULT, max_chars=0, max_bytes=0)


def chapter(n: int) -> str:
    """1 -> 一, 15 -> 十五, 105 -> 一百零五, 1000 -> 一千 (at most five characters up to 1,000)."""
    d = "零一二三四五六七八九"
    if n >= 1000:
        return d[n // 1000] + "千" + (chapter(n % 1000) if n % 1000 else "")
    h, t, u = n // 100, (n // 10) % 10, n % 10
    s = d[h] + "百" if h else ""
    if t:
        s += ("" if t == 1 and not h else d[t]) + "十"
    elif h and u:
        s += "零"
    return s + (d[u] if u else "")


def _measure(data: bytes, conn) -> None:
    stages = Stages()
    runs, t0 = 0, time.perf_counter()
    while True:
        staged_record(Path("repeated.txt"), data, stages, doc_id="repeated", settings=SETTINGS)
        runs += 1
        if time.perf_counter() - t0 >= 1.0:
            break
    conn.send((stages.total() / runs, {k: v / runs for k, v in stages.seconds.items()}))


def measure(data: bytes, limit: float):
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_measure, args=(data, child))
    proc.start()
    ready = parent.poll(limit)
    result = parent.recv() if ready else None
    if proc.is_alive():
        proc.kill()
    proc.join()
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notice", type=Path, default=ROOT / "corpus" / "guangdong-2025-jineng-tisheng.txt")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    ap.add_argument("--line-mib", type=float, default=5.0, help="size of the single-line text, MB (10^6 bytes)")
    ap.add_argument("--limit", type=float, default=900.0, help="seconds allowed per size")
    args = ap.parse_args(argv)

    print(machine_line())
    from pipeline.clean import normalize_string
    from pipeline.layout import find_layout

    text = normalize_string(args.notice.read_text(encoding="utf-8-sig")).text
    layout = find_layout(text)
    head, body, tail = text[:layout.body_start], text[layout.body_start:layout.body_end], text[layout.body_end:]
    body = body.rstrip("\n") + "\n"
    # warm-up in the parent: forked children inherit loaded models and compiled patterns
    staged_record(Path("warm.txt"), text.encode("utf-8"), Stages(), settings=SETTINGS)
    cases = [(f"{n}x", (head + "".join(f"第{chapter(k)}章 第{k}部分\n{body}" for k in range(1, n + 1))
                        + tail.lstrip("\n")).encode("utf-8")) for n in args.sizes]
    flat = "".join(text.split("\n"))
    copies = max(1, round(args.line_mib * 1e6 / len(flat.encode("utf-8"))))
    cases.append((f"single line, {copies} copies", (flat * copies + "\n").encode("utf-8")))
    print(f"notice {args.notice.relative_to(ROOT) if args.notice.is_relative_to(ROOT) else args.notice}: "
          f"{len(text.encode('utf-8'))} bytes, body {len(body.encode('utf-8'))} bytes")
    print(f"\n{'document':28s} {'MiB':>8s} {'seconds':>9s} {'s/MiB':>8s} {'vs 1x':>6s}  slowest stages")
    base = None
    for name, data in cases:
        mib = len(data) / MIB
        res = measure(data, args.limit)
        if res is None:
            print(f"{name:28s} {mib:8.3f} {'>' + format(args.limit, '.0f'):>9s} {'>' + format(args.limit / mib, '.1f'):>8s}"
                  f" {'':>6s}  (stopped after {args.limit:.0f} s)")
            continue
        secs, stages = res
        per = secs / mib
        base = base or per
        top = sorted(stages.items(), key=lambda kv: -kv[1])[:3]
        tops = ", ".join(f"{k} {v / secs:.0%}" for k, v in top)
        print(f"{name:28s} {mib:8.3f} {secs:9.3f} {per:8.2f} {per / base:6.2f}  {tops}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
