"""Organ mentions from every layer: the rule layers of `organs` plus the statistical layer of
`ner`, which fills gaps and never overrides a rule span. This module composes the two so that
neither needs the other's caller (no import cycle)."""
from __future__ import annotations

from .organs import Mention, rule_mentions


def find_mentions(text: str, start: int = 0, end: int | None = None, *,
                  layers=("gazetteer", "patterns")) -> list[Mention]:
    """Organ mentions in text[start:end], non-overlapping, in text order."""
    end = len(text) if end is None else end
    if "ner" not in layers:
        return rule_mentions(text, start, end, layers=layers)
    from .ner import ner_mentions

    rules = rule_mentions(text, start, end, layers=layers)
    return rule_mentions(text, start, end, layers=layers, extra=ner_mentions(text, start, end, rules=rules))


__all__ = ["find_mentions", "Mention"]
