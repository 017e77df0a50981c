"""Which engine runs each pattern faster: every module-level `regex` pattern of `pipeline` timed by its own engine and
by its stdlib twin (`scan.stdlib_twin`, the same matches and groups) over one warm pass each, same process.

    python benchmarks/engines.py [--top 25] [--texts DIR...]

Every module-level compiled pattern of the `pipeline` modules (and every twin `stdlib_twin` has handed out) is
wrapped in a proxy that sums the thread's CPU time of its calls (match, search, finditer, fullmatch, sub, split…;
a finditer's matches are taken inside the clock). One warm-up pass, then a pass with each `regex` pattern called by
its own engine, then one with each pattern that has a twin called by the twin (and each twin a call site asked for
called by the `regex` pattern it stands for). Printed: the patterns whose calls would take the least time by the
other engine, and the total of the wrapped calls. The two passes give the same records (the twins match alike), so
only the times differ; the proxies add ~1 µs a call to both. (s34: the `regex` engine is faster on scans where a
pattern holds a word it can look for first, the stdlib engine on `match` at an offset: ~0.6 µs less a call.)
"""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import TEXTS_ENV, Stages, corpus_texts, machine_line, staged_record  # noqa: E402

METHODS = ("match", "search", "finditer", "fullmatch", "sub", "subn", "findall", "split")
CLOCK = time.thread_time


class _Timed:
    """A pattern's stand-in: `own` or `other` (per the module-level switch) does the work, its CPU time summed."""

    __slots__ = ("own", "other", "name")
    use_other = False
    seconds: dict = defaultdict(lambda: [0, 0.0])

    def __init__(self, own, other, name):
        self.own, self.other, self.name = own, other, name

    def __getattr__(self, attr):
        target = self.other if _Timed.use_other and self.other is not None else self.own
        value = getattr(target, attr)
        if attr not in METHODS:
            return value
        key = (self.name, attr)

        def timed(*args, **kwargs):
            t = CLOCK()
            out = value(*args, **kwargs)
            if attr == "finditer":
                out = list(out)
            got = _Timed.seconds[(key, _Timed.use_other)]
            got[0] += 1
            got[1] += CLOCK() - t
            return iter(out) if attr == "finditer" else out

        return timed

    def __hash__(self):
        return hash(self.own)

    def __eq__(self, other):
        return self.own == (other.own if isinstance(other, _Timed) else other)


def _unwrapping(fn, name):
    import re as stdlib_re

    def call(pattern, *args, **kwargs):  # rx.match(PATTERN, …) and the like: the pattern itself, by the engine in use
        if isinstance(pattern, _Timed):
            pattern = pattern.other if _Timed.use_other and pattern.other is not None else pattern.own
        if isinstance(pattern, stdlib_re.Pattern):
            if name in ("sub", "subn"):
                return getattr(pattern, name)(args[0], args[1], args[2] if len(args) > 2 else kwargs.get("count", 0))
            if name == "split":
                return pattern.split(args[0], args[1] if len(args) > 1 else kwargs.get("maxsplit", 0))
            return getattr(pattern, name)(args[0])
        return fn(pattern, *args, **kwargs)

    return call


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--texts", type=Path, nargs="+", help="read the *.txt notices of these folders")
    args = ap.parse_args(argv)
    if args.texts:
        os.environ[TEXTS_ENV] = os.pathsep.join(str(p) for p in args.texts)
    import regex

    import pipeline
    from pipeline import rx
    from pipeline import scan

    for name in METHODS:
        setattr(rx, name, _unwrapping(getattr(rx, name), name))
    modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(pipeline.__path__, "pipeline.")
               if not m.name.endswith("__main__")]
    texts = corpus_texts()
    print(machine_line())
    for p, d in texts:  # (warm-up: every twin a call site asks for is built)
        staged_record(p, d, Stages())
    names = {}
    for mod in modules:
        for attr, value in list(vars(mod).items()):
            if isinstance(value, regex.Pattern):
                twin = scan.stdlib_twin(value)
                name = f"{mod.__name__.removeprefix('pipeline.')}.{attr}"
                names[id(value)] = name
                setattr(mod, attr, _Timed(value, twin if twin is not value else None, name))
    for key, twin in list(scan._TWINS.items()):  # the twins call sites ask for: timed, the other engine their pattern
        own = key.own if isinstance(key, _Timed) else key
        if twin is not own and not isinstance(twin, _Timed):
            scan._TWINS[key] = _Timed(twin, own, "twin of " + names.get(id(own), own.pattern[:30]))
    totals = {}
    for use_other in (False, True):
        _Timed.use_other = use_other
        t = CLOCK()
        for p, d in texts:
            staged_record(p, d, Stages())
        totals[use_other] = CLOCK() - t
    rows = []
    for (key, other), (calls, sec) in list(_Timed.seconds.items()):
        if other:
            continue
        alt = _Timed.seconds.get((key, True))
        if alt is not None:
            rows.append((alt[1] - sec, key, calls, sec, alt[1]))
    rows.sort()
    print(f"{len(texts)} documents; pass with each pattern's own engine {totals[False]:.3f} s, with the other "
          f"{totals[True]:.3f} s (CPU, proxies included)")
    print("faster by the other engine (ms saved a pass, own -> other, calls, pattern.method):")
    for d, (name, method), calls, a, b in rows[:args.top]:
        if d < 0:
            print(f"  {-d * 1000:7.2f}  {a * 1000:7.2f} -> {b * 1000:7.2f}  {calls:6d}  {name}.{method}")
    print("slower by the other engine:")
    for d, (name, method), calls, a, b in rows[::-1][:args.top]:
        if d > 0:
            print(f"  {d * 1000:7.2f}  {a * 1000:7.2f} -> {b * 1000:7.2f}  {calls:6d}  {name}.{method}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
