"""Character fidelity of extracted text against an original, for tests and benchmarks.

White space is ignored (layout decides it, not the writer). Edits are counted from difflib's
opcodes (a replaced run costs its longer side), an upper bound of the Levenshtein distance that
needs no compiled dependency.
"""
from __future__ import annotations

import difflib
import re

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text)


def char_edits(reference: str, hypothesis: str) -> int:
    a, b = squash(reference), squash(hypothesis)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal")


def char_error_rate(reference: str, hypothesis: str) -> float:
    return char_edits(reference, hypothesis) / max(len(squash(reference)), 1)


def fidelity(reference: str, hypothesis: str) -> float:
    return 1.0 - char_error_rate(reference, hypothesis)
