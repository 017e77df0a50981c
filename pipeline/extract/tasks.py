"""Numbered structure of the body: every heading/item at every level, with its path.

Levels are decided by numbering *style*, in the order the styles first appear, as GB/T 9704
prescribes (一、 > （一） > 1. > （1） > ①; 第X章 > 第X条). When a style that is already open
appears again, everything below it closes.
"""
from __future__ import annotations

import regex as re

from ..clean import CleanDoc
from ..patterns import ARABIC_ITEM, ARABIC_PAREN, ARTICLE, CHAPTER, CIRCLED_ITEM, CN_ITEM, CN_PAREN, SECTION
from ..record import Task
from .context import Context

STYLES = (
    ("chapter", CHAPTER),
    ("section", SECTION),
    ("article", ARTICLE),
    ("cn", CN_ITEM),
    ("cn_paren", CN_PAREN),
    ("arabic", ARABIC_ITEM),
    ("arabic_paren", ARABIC_PAREN),
    ("circled", CIRCLED_ITEM),
)
HEADING_END = re.compile(r"[。！？]")
TRAILING_PUNCT = "。：:；;，,、！？ "


def token_for(style: str, tok: str, raw: str) -> str:
    if style in ("chapter", "section", "article"):
        return raw
    if style in ("cn_paren", "arabic_paren"):
        return f"({tok})"
    return tok


def match_numbering(line: str) -> tuple[str, str, int] | None:
    """(style, path token, end of the number) for a line that starts with a numbering token."""
    for style, pattern in STYLES:
        m = pattern.match(line)
        if m:
            raw = m.group(0).strip()
            return style, token_for(style, m.group("tok"), raw.rstrip("、．.，")), m.end()
    return None


def extract_tasks(doc: CleanDoc, ctx: Context) -> list[Task]:
    layout = ctx.layout
    tasks: list[Task] = []
    stack: list[tuple[str, str]] = []  # (style, token) from the top level down
    for line in layout.lines:
        if line.start < layout.body_start or line.start >= layout.body_end:
            continue
        found = match_numbering(line.text)
        if not found:
            continue
        style, token, end = found
        styles = [s for s, _ in stack]
        if style in styles:
            del stack[styles.index(style):]
        stack.append((style, token))
        rest = line.text[end:]
        lead = len(rest) - len(rest.lstrip())
        rest = rest.lstrip()
        m = HEADING_END.search(rest)
        heading = (rest[: m.start()] if m else rest).rstrip(TRAILING_PUNCT)
        hs = line.start + end + lead
        tasks.append(
            Task(
                path="/".join(t for _, t in stack),
                heading=heading,
                level=len(stack),
                quote=heading,
                span=(hs, hs + len(heading)),
            )
        )
    return tasks
