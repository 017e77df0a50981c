"""The metadata stress harness shared by the layout stress sets (s20layout_cases, s21layout_cases, s21layout_cases2):
count the metadata keys a set's notices get right, print the FIX half's misses, run a half from the command line."""
from __future__ import annotations

import sys


def run_keys(cases, keys, show=False):
    """(keys right, keys checked) over `cases` = [(name, text, expected metadata)]; misses printed when `show`."""
    from pipeline import process_text
    right = total = 0
    for name, text, want in cases:
        md = process_text(text, doc_id=name).model_dump()["metadata"]
        for k in keys:
            total += 1
            if md.get(k) == want[k]:
                right += 1
            elif show:
                print(f"{name:34} {k:13} want {want[k]!r} got {md.get(k)!r}")
    return right, total


def main(fix, held, run):
    """`python <set>.py [fix|held]`: the FIX half with its misses, the HELD half as a count only."""
    which = sys.argv[1] if len(sys.argv) > 1 else "fix"
    r, t = run(fix if which == "fix" else held, show=(which == "fix"))
    print(which, r, "/", t)
