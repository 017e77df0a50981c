"""Quantitative targets (spec section 7)."""
from __future__ import annotations

from ..clean import CleanDoc
from ..record import Target
from .context import Context


def extract_targets(doc: CleanDoc, ctx: Context) -> list[Target]:
    return []
