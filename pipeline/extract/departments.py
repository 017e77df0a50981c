"""Government organs mentioned in the body, under canonical names (spec section 5)."""
from __future__ import annotations

import regex as re

from ..clean import CleanDoc
from ..record import Department
from .context import Context

ORGAN = re.compile(
    r"(?:[省市县区]|[\p{Han}]{2,8}?[省市县区])?[\p{Han}]{1,12}?(?:委员会|办公室|管理局|监督管理局|局|厅|委|办|部)"
)


def extract_departments(doc: CleanDoc, ctx: Context) -> list[Department]:
    return []
