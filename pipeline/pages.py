"""Page-accurate grounding: every character of the clean text mapped back to its page.

Cleaning only removes characters (page furniture, Markdown marks, white space) and never
reorders or rewrites the others, so the non-space characters of the clean text are a
subsequence of the non-space characters of the pages, in order. One linear walk aligns the two
(`align`), which gives

* the page map at character level, stored as runs `(page, start, end)` over the clean text: a
  paragraph that goes on on the next page switches page where its next line starts, not at the
  next paragraph;
* for each item, its page (`page_of`) and, for formats with a text layer (PDF), the quote as
  it stands on the page (`page_quote`): the same characters with the page's own line breaks and
  spaces, so Ctrl-F in a PDF viewer and highlighting tools find it.

A clean character with no partner within `WINDOW` page characters is skipped (and takes the
page of its neighbours); the walk is greedy and never moves backwards, so its cost is linear.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

WINDOW = 4000  # page characters searched for one clean character before giving it up


@dataclass
class PageText:
    number: int
    text: str  # the page's own text (PDF: as the text layer gives it), or the reader's text


@dataclass
class Alignment:
    clean: str
    pages: list[PageText]
    # for each clean offset: (page index, offset in that page's text), or None for white space /
    # characters left unmatched
    where: list[tuple[int, int] | None]

    def page_runs(self) -> list[tuple[int, int, int]]:
        """(page, start, end) runs over the clean text, covering it from 0 to len(clean)."""
        n = len(self.clean)
        if not self.pages:
            return []
        labels = [None] * n
        last = None
        for i, w in enumerate(self.where):
            if w is not None:
                last = self.pages[w[0]].number
            labels[i] = last
        first = next((x for x in labels if x is not None), self.pages[0].number)
        runs: list[tuple[int, int, int]] = []
        for i, page in enumerate(labels):
            page = first if page is None else page
            # White space before a page's first character belongs to that page.
            if runs and runs[-1][0] == page:
                runs[-1] = (page, runs[-1][1], i + 1)
            else:
                start = i
                if runs:
                    while start > runs[-1][1] + 1 and self.clean[start - 1].isspace():
                        start -= 1
                    runs[-1] = (runs[-1][0], runs[-1][1], start)
                runs.append((page, start, i + 1))
        if not runs:
            runs = [(self.pages[0].number, 0, 0)]
        return runs

    def locate(self, start: int, end: int) -> tuple[int | None, str | None]:
        """(page, quote as on that page) of the clean span [start, end)."""
        hits = [self.where[i] for i in range(max(start, 0), min(end, len(self.where))) if self.where[i] is not None]
        if not hits:
            return None, None
        page_index = hits[0][0]
        on_page = [h for h in hits if h[0] == page_index]
        text = self.pages[page_index].text
        return self.pages[page_index].number, text[on_page[0][1]: on_page[-1][1] + 1]


def align(clean: str, pages: list[PageText]) -> Alignment:
    stream: list[tuple[int, int]] = []  # (page index, offset) of every non-space page character
    chars: list[str] = []
    for k, page in enumerate(pages):
        for j, ch in enumerate(page.text):
            if not ch.isspace():
                stream.append((k, j))
                chars.append(ch)
    joined = "".join(chars)
    where: list[tuple[int, int] | None] = [None] * len(clean)
    pos = 0
    for i, ch in enumerate(clean):
        if ch.isspace():
            continue
        found = joined.find(ch, pos, pos + WINDOW)
        if found < 0:
            continue
        where[i] = stream[found]
        pos = found + 1
    return Alignment(clean, pages, where)


class PageLookup:
    """page_of(offset) over (page, start, end) runs."""

    def __init__(self, runs: list[tuple[int, int, int]]):
        self.runs = runs
        self.starts = [r[1] for r in runs]

    def page_of(self, offset: int) -> int | None:
        if not self.runs:
            return None
        i = bisect_right(self.starts, offset) - 1
        return self.runs[max(i, 0)][0]
