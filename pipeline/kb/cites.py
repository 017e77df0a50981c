"""Resolve cited documents (文号 and title) to records of the knowledge base."""
from __future__ import annotations

import unicodedata

import regex as re

from ..patterns import TITLE_VERBS, alternation

BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕",
                          "【": "〔", "】": "〕", "﹝": "〔", "﹞": "〕"})
WRAPPER = re.compile(r"^(?:关于)?" + alternation(TITLE_VERBS) + r"(.+?)的(?:通知|函|意见)$")


def norm_number(number: str | None) -> str | None:
    if not number:
        return None
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", number)).translate(BRACKETS)
    return text or None


def norm_title(title: str | None) -> str | None:
    if not title:
        return None
    text = re.sub(r"[\s《》〈〉<>“”\"]", "", unicodedata.normalize("NFKC", title)).translate(BRACKETS)
    return text or None


def title_keys(md: dict) -> set[str]:
    """Titles a document may be cited by: its title, its notice title, and what the notice
    transmits (关于印发X的通知 -> X)."""
    keys = set()
    for value in (md.get("title"), md.get("notice_title")):
        t = norm_title(value)
        if t:
            keys.add(t)
            m = WRAPPER.match(t)
            if m:
                keys.add(m.group(1))
    return keys


class Resolver:
    """Index of the KB's documents by 文号 and by title; twins (…-pdf) are indexed last so the
    text original wins."""

    def __init__(self, records: list[dict], twins: dict[str, str | None]):
        self.by_number: dict[str, str] = {}
        self.by_title: dict[str, str] = {}
        ordered = sorted(records, key=lambda r: (twins.get(r["doc_id"]) is not None, r["doc_id"]))
        for r in ordered:
            md = r["metadata"]
            n = norm_number(md.get("doc_number"))
            if n:
                self.by_number.setdefault(n, r["doc_id"])
            for t in title_keys(md):
                self.by_title.setdefault(t, r["doc_id"])

    def resolve(self, title: str | None, number: str | None, citing: str) -> tuple[str | None, str | None]:
        """(doc_id, how) for a citation: matched by 'doc_number' first, then by 'title'."""
        n = norm_number(number)
        if n and self.by_number.get(n) not in (None, citing):
            return self.by_number[n], "doc_number"
        t = norm_title(title)
        if t and self.by_title.get(t) not in (None, citing):
            return self.by_title[t], "title"
        return None, None
