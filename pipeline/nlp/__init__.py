"""policykb's spaCy pipeline for organ names (see pipeline.nlp.components)."""
from __future__ import annotations

from .mentions import Mention, find_mentions


def make_nlp(*args, **kwargs):
    from .components import make_nlp as _make_nlp

    return _make_nlp(*args, **kwargs)


__all__ = ["make_nlp", "find_mentions", "Mention"]
