"""Cited documents: 《title》 with or without a following 发文字号, and 发文字号 alone."""
from __future__ import annotations

import regex as re

from ..clean import CleanDoc
from ..patterns import DOC_NUMBER
from ..record import Citation
from .context import Context

# 《…》 allowing one level of nested 〈…〉 or 《…》 inside.
TITLE = re.compile(r"《(?P<t>(?:[^《》]|《[^《》]*》)+)》")
NUMBER_AFTER = re.compile(r"^\s*[（(]\s*(?P<n>[^（）()]{2,30}?〔\d{4}〕\d+号)\s*[）)]")


def extract_citations(doc: CleanDoc, ctx: Context) -> list[Citation]:
    text = doc.text
    own = {_key(ctx.metadata.title or ""), _key(ctx.metadata.notice_title or "")}
    out: list[Citation] = []
    seen_titles: set[str] = set()
    seen_numbers: set[str] = set()
    used: list[tuple[int, int]] = []
    own_number = ctx.metadata.doc_number
    for m in TITLE.finditer(text):
        title = m.group("t")
        if _key(title) in own or ctx.layout.title and m.start() < ctx.layout.title.start and "印发" in text[max(0, m.start() - 6):m.start()]:
            continue
        n = NUMBER_AFTER.match(text, m.end()) if False else NUMBER_AFTER.match(text[m.end():m.end() + 40])
        number = n.group("n").strip() if n else None
        end = m.end() + (n.end() if n else 0)
        used.append((m.start(), end))
        if _key(title) in seen_titles:
            continue
        seen_titles.add(_key(title))
        if number:
            seen_numbers.add(number)
        out.append(Citation(title=title, doc_number=number, quote=text[m.start():end], span=(m.start(), end)))
    for m in DOC_NUMBER.finditer(text):
        number = m.group("num")
        if any(s <= m.start() < e for s, e in used) or number == own_number or number in seen_numbers:
            continue
        seen_numbers.add(number)
        out.append(Citation(title=None, doc_number=number, quote=text[m.start():m.end()], span=m.span()))
    return sorted(out, key=lambda c: c.span[0])


def _key(s: str) -> str:
    return re.sub(r"\s+", "", s)
