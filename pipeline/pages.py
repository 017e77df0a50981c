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

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

WINDOW = 4000  # page characters searched for one clean character before giving it up


@dataclass
class PageText:
    number: int
    text: str  # the page's own text (PDF: as the text layer gives it), or the reader's text


_TOKEN = re.compile(r"\S+")  # a stretch without white space (str.isspace), stdlib `re` on purpose


class Alignment:
    """The walk's result as matched runs: clean characters [c, c + n) (no white space among
    them) sit at page-stream characters [g, g + n); the page stream is every page's text without
    white space, in page order, kept as tokens (stretches between white space) with their page;
    a token's offset in its page's text is found when first asked for, a page at a time
    (`_offsets`). `where` gives the same per character, built only when asked for."""

    def __init__(self, clean: str, pages: list[PageText], runs: list[tuple[int, int, int]],
                 tok_g: list[int], tok_page: list[int], page_tokens: dict[int, tuple[int, int]], stream_len: int):
        self.clean, self.pages = clean, pages
        self.runs = runs  # (clean start, stream start, length), by clean start
        self._run_c = [r[0] for r in runs]
        self._tok_g, self._tok_page = tok_g, tok_page
        self._page_tokens = page_tokens  # page index -> (its first token, its token count), pages with text
        self._tok_off: dict[int, list[int]] = {}  # page index -> offsets of its tokens in its text
        # stream end of each page's characters (pages in order: a page's characters end where
        # the next page's start)
        self._page_end: dict[int, int] = {
            k: tok_g[t + count] if t + count < len(tok_g) else stream_len for k, (t, count) in page_tokens.items()}

    def _offsets(self, k: int) -> list[int]:
        offsets = self._tok_off.get(k)
        if offsets is None:
            offsets = self._tok_off[k] = [m.start() for m in _TOKEN.finditer(self.pages[k].text)]
        return offsets

    def _at(self, g: int) -> tuple[int, int]:
        """(page index, offset in that page's text) of stream character g."""
        t = bisect_right(self._tok_g, g) - 1
        k = self._tok_page[t]
        return k, self._offsets(k)[t - self._page_tokens[k][0]] + g - self._tok_g[t]

    @property
    def where(self) -> list[tuple[int, int] | None]:
        """For each clean offset: (page index, offset in that page's text), or None for white
        space / characters left unmatched."""
        out: list[tuple[int, int] | None] = [None] * len(self.clean)
        for c, g, n in self.runs:
            for j in range(n):
                out[c + j] = self._at(g + j)
        return out

    def _changes(self):
        """(clean offset, page number) where the page of the matched characters changes, from
        the first matched character on."""
        pages, tok_g, tok_page = self.pages, self._tok_g, self._tok_page
        last = None
        for c, g, n in self.runs:
            t0 = bisect_right(tok_g, g) - 1
            t1 = bisect_right(tok_g, g + n - 1, t0) - 1
            if tok_page[t0] == tok_page[t1]:
                number = pages[tok_page[t0]].number
                if number != last:
                    yield c, number
                    last = number
                continue
            for t in range(t0, t1 + 1):
                number = pages[tok_page[t]].number
                if number != last:
                    yield c + max(tok_g[t] - g, 0), number
                    last = number

    def page_runs(self) -> list[tuple[int, int, int]]:
        """(page, start, end) runs over the clean text, covering it from 0 to len(clean)."""
        n = len(self.clean)
        if not self.pages:
            return []
        if n == 0:
            return [(self.pages[0].number, 0, 0)]
        changes = list(self._changes())
        first = changes[0][1] if changes else self.pages[0].number
        runs: list[tuple[int, int, int]] = [(first, 0, 1)]
        for i, page in changes:
            if page == runs[-1][0]:
                continue
            # White space before a page's first character belongs to that page.
            start = i
            while start > runs[-1][1] + 1 and self.clean[start - 1].isspace():
                start -= 1
            runs[-1] = (runs[-1][0], runs[-1][1], start)
            runs.append((page, start, i + 1))
        runs[-1] = (runs[-1][0], runs[-1][1], n)
        return runs

    def locate(self, start: int, end: int) -> tuple[int | None, str | None]:
        """(page, quote as on that page) of the clean span [start, end)."""
        start, end = max(start, 0), min(end, len(self.clean))
        r = max(bisect_right(self._run_c, start) - 1, 0)
        first = last = None
        limit = None
        while r < len(self.runs) and self.runs[r][0] < end:
            c, g, n = self.runs[r]
            r += 1
            lo, hi = max(c, start), min(c + n, end)
            if lo >= hi:
                continue
            g0, g1 = g + lo - c, g + hi - c  # stream characters [g0, g1)
            if first is None:
                first = self._at(g0)
                limit = self._page_end[first[0]]
            if g0 >= limit:
                break  # later characters are on later pages
            last = min(g1, limit) - 1
        if first is None:
            return None, None
        page_index = first[0]
        text = self.pages[page_index].text
        return self.pages[page_index].number, text[first[1]: self._at(last)[1] + 1]


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    """Length of the longest common prefix of a[i:] and b[j:] (slice comparisons in C)."""
    most = min(len(a) - i, len(b) - j)
    if most <= 0 or a[i] != b[j]:
        return 0
    lo, step = 1, 8  # a[i:i+lo] == b[j:j+lo] holds; gallop, then bisect
    while lo < most:
        hi = min(lo + step, most)
        if a[i + lo:i + hi] == b[j + lo:j + hi]:
            lo, step = hi, step * 2
            continue
        while hi - lo > 1:  # prefix lo matches, lo+..hi does not all match
            mid = (lo + hi) // 2
            if a[i + lo:i + mid] == b[j + lo:j + mid]:
                lo = mid
            else:
                hi = mid
        return lo
    return lo


def align(clean: str, pages: list[PageText]) -> Alignment:
    """The greedy walk: each non-space clean character is matched to the first equal page
    character at or after the last match, within WINDOW; a stretch equal on both sides is
    matched at once (what the walk does character by character when the next page character is
    the one sought)."""
    # the page stream's tokens (str.split: stretches between str.isspace characters, what
    # `_TOKEN` finds), their page and their start in the stream
    parts: list[str] = []
    tok_page: list[int] = []
    page_tokens: dict[int, tuple[int, int]] = {}
    for k, page in enumerate(pages):
        words = page.text.split()
        if words:
            page_tokens[k] = (len(parts), len(words))
            parts += words
            tok_page += [k] * len(words)
    tok_g = list(accumulate(map(len, parts), initial=0))
    stream_len = tok_g.pop()
    joined = "".join(parts)
    runs: list[tuple[int, int, int]] = []
    pos = 0
    for m in _TOKEN.finditer(clean):
        tok, c0 = m.group(), m.start()
        j, n_tok = 0, len(tok)
        while j < n_tok:
            n = _common_prefix(tok, j, joined, pos)
            if n:
                found = pos
            else:
                n = 1
                found = joined.find(tok[j], pos, pos + WINDOW)
                if found < 0:
                    j += 1
                    continue
            if runs and runs[-1][0] + runs[-1][2] == c0 + j and runs[-1][1] + runs[-1][2] == found:
                runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + n)
            else:
                runs.append((c0 + j, found, n))
            j += n
            pos = found + n
    return Alignment(clean, pages, runs, tok_g, tok_page, page_tokens, stream_len)


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
