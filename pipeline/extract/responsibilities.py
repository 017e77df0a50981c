"""Explicit assignments of organs to numbered tasks (spec section 6)."""
from __future__ import annotations

from ..clean import CleanDoc
from ..record import Responsibility
from .context import Context


def extract_responsibilities(doc: CleanDoc, ctx: Context) -> list[Responsibility]:
    return []
