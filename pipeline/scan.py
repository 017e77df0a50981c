"""Leftmost-first scanning of a pattern tried only where a match can start.

`finditer_at(pattern, text, starts)` yields exactly what `pattern.finditer(text)` yields when
`starts` holds every offset at which a match can begin (a superset is fine): positions are
tried in order, a match is taken, the scan goes on from its end. A pattern whose matches must
open with one of a few thousand words (a sector list opens with a sector name) is then tried
at the words' occurrences, found at once by an Aho-Corasick automaton, instead of at every
character of the text. The pattern must not match the empty string.
"""
from __future__ import annotations

from functools import lru_cache
import zlib
from typing import Iterable, Iterator

from . import rx as re


def finditer_at(pattern, text: str, starts: Iterable[int], end: int | None = None) -> Iterator:
    """`pattern.finditer(text)` (or `pattern.finditer(text, starts[0]-or-later, end)`: matches
    end by `end`), trying only the offsets in `starts`."""
    pos = 0
    end = len(text) if end is None else end
    match = stdlib_twin(pattern).match  # (the same matches, by the faster engine where it reads the pattern alike)
    for s in starts:
        if s < pos:
            continue
        m = match(text, s, end)
        if m is not None:
            if m.end() == m.start():
                raise ValueError(f"finditer_at: {pattern.pattern[:40]!r} matched the empty string")
            yield m
            pos = m.end()


class BackwardAutomaton:
    """An Aho-Corasick automaton of words spelled backwards, run over the text reversed: the same
    occurrences as a forward automaton of the words, found faster when the words end with fewer
    distinct characters than they open with. (pyahocorasick looks a character up among the
    root's branches one by one, and most characters of a text fall back to the root, so a scan
    costs about as much as the number of characters the words open with: organ names open with
    over a hundred (省, 市, 国, 中, 人…) but end with a few dozen (局, 厅, 委, 办…).)"""

    def __init__(self, words: Iterable[tuple[str, object]]):
        import ahocorasick

        self._auto = ahocorasick.Automaton()
        for word, value in words:
            self._auto.add_word(word[::-1], (len(word), value))
        self._auto.make_automaton()

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, object]]:
        """(start, end, value) of every occurrence of a word in text[start:end], in no set order."""
        end = len(text) if end is None else end
        backward = text[start:end][::-1]  # backward[i] is text[end - 1 - i]
        top = end - 1  # a word's last character backwards (at `last`) is its first forwards
        return [(top - last, top - last + n, value) for last, (n, value) in self._auto.iter(backward)]


def word_automaton(words: Iterable[str]):
    """An automaton for `word_starts` of `words`: forward (values: each word's length) or, when the
    words end with fewer distinct characters than they open with, a `BackwardAutomaton` (faster to
    scan, see there); the same offsets either way."""
    words = sorted(set(words))
    if len({w[-1] for w in words}) < len({w[0] for w in words}):
        return BackwardAutomaton((w, None) for w in words)
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def word_starts(automaton, text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets where a word of `automaton` (values: the word's length, or a
    `BackwardAutomaton`) lies in text[start:end]."""
    end = len(text) if end is None else end
    if isinstance(automaton, BackwardAutomaton):
        return sorted({s for s, _, _ in automaton.spans(text, start, end)})
    # the automaton is given the range as a string of its own: `iter(text, start, end)` reads all
    # of `text` on each call, which made many ranges of one long document quadratic
    piece = text[start:end] if start or end < len(text) else text
    return sorted({start + last - n + 1 for last, n in automaton.iter(piece)})


class MultiStarts:
    """`word_starts` of several word sets in one scan of the text: one automaton of all the words,
    each word's value the sets it is in. A scan costs a base per character plus (pyahocorasick) a
    part for each character the words open with, so one scan of the union is cheaper than one per
    set (the organ layer's pattern openings: ~35% less). The automaton is ahocorasick-rs's (contiguous NFA)
    (Rust; every overlapping occurrence, as pyahocorasick's `iter`): its scan does not grow with
    the number of opening characters (the organ layer's union, 163: 32 -> 10 ms over the
    benchmark's segments)."""

    def __init__(self, sets: list[Iterable[str]]):
        import ahocorasick_rs

        masks: dict[str, int] = {}
        for i, words in enumerate(sets):
            for w in words:
                masks[w] = masks.get(w, 0) | (1 << i)
        self.n = len(sets)
        words = list(masks)  # (any order: `starts` gathers each set's offsets and sorts them)
        self._words = words  # (by their index in the automaton: `scan` names the words it found)
        # per word (by its index in the automaton): the sets it is in
        # (one tuple per distinct mask, shared: a few dozen masks for ~40 000 words, start-up)
        by_mask: dict[int, tuple[int, ...]] = {}
        for m in set(masks.values()):
            by_mask[m] = tuple(i for i in range(self.n) if m >> i & 1)
        self._sets = [by_mask[masks[w]] for w in words]
        # per word: the index of its mask among the distinct masks (`starts` gathers offsets per mask)
        mask_list = sorted(by_mask)
        mask_index = {m: k for k, m in enumerate(mask_list)}
        self._mask_of = [mask_index[masks[w]] for w in words]
        self._mask_sets = [by_mask[m] for m in mask_list]
        # per set: the indexes of the distinct masks it is in (`SetOffsets` gathers a set's offsets from them)
        self._masks_of_set = [tuple(k for k, sets in enumerate(self._mask_sets) if i in sets) for i in range(self.n)]
        self._members: dict[int, frozenset[int]] = {}  # set -> its words' indexes (`members`, made when first asked)
        # the contiguous NFA, not the DFA: as fast here (compare.py --cpu), and the DFA of these words
        # took about 75 MiB of native memory in every worker (scale.py's peak RSS)
        self._auto = (ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
                      if words else None)

    def starts(self, text: str, start: int = 0, end: int | None = None) -> list[list[int]]:
        """For each set, what `word_starts(word_automaton(set), text, start, end)` gives, but as
        offsets from `start` (sorted)."""
        return self.scan(text, start, end)[0]

    def scan(self, text: str, start: int = 0, end: int | None = None,
             words_of: tuple[int, ...] = ()) -> tuple[list[list[int]], dict[int, frozenset[str]]]:
        """`starts(text, start, end)` and, for each set index in `words_of`, the words of that set
        found in text[start:end] (read from the same matches: the automaton names the word it found)."""
        end = len(text) if end is None else end
        if self._auto is None or end <= start:
            return [[] for _ in range(self.n)], {i: frozenset() for i in words_of}
        piece = text[start:end] if start or end < len(text) else text
        matches = self._auto.find_matches_as_indexes(piece, overlapping=True)
        found_words = {}
        if words_of:
            ids = {word for word, _, _ in matches}  # (a few hundred distinct words a segment at most)
            for i in words_of:
                found_words[i] = frozenset(self._words[w] for w in ids if i in self._sets[w])
        return self._offsets(matches).sets(), found_words

    def scan_lazy(self, text: str, start: int = 0, end: int | None = None,
                  words_of: tuple[int, ...] = ()) -> tuple["SetOffsets", dict[int, frozenset[str]]]:
        """`scan(…)`, each set's sorted offsets made at its first read (`SetOffsets[i]`): a segment's
        reader asks for a few of the sets, and sorting the others was most of the scan's Python time."""
        end = len(text) if end is None else end
        if self._auto is None or end <= start:
            return SetOffsets(self.n, {}, []), {i: frozenset() for i in words_of}
        piece = text[start:end] if start or end < len(text) else text
        matches = self._auto.find_matches_as_indexes(piece, overlapping=True)
        found_words = {}
        if words_of:
            ids = {word for word, _, _ in matches}
            for i in words_of:
                found_words[i] = frozenset(self._words[w] for w in ids if i in self._sets[w])
        return self._offsets(matches), found_words

    def _offsets(self, matches) -> "SetOffsets":
        offsets = self._gathered(matches)
        offsets._matches = matches
        offsets._scanner = self
        return offsets

    def members(self, i: int) -> frozenset[int]:
        """The indexes (in the automaton) of the words of set i."""
        got = self._members.get(i)
        if got is None:
            got = self._members[i] = frozenset(w for w, sets in enumerate(self._sets) if i in sets)
        return got

    def word(self, w: int) -> str:
        return self._words[w]

    def _gathered(self, matches) -> "SetOffsets":
        # offsets gathered per distinct mask (one append a match), given to each set of the mask when it is read
        by_mask: dict[int, list[int]] = {}
        mask_of = self._mask_of
        for word, s, _ in matches:
            k = mask_of[word]
            got = by_mask.get(k)
            if got is None:
                by_mask[k] = [s]
            else:
                got.append(s)
        return SetOffsets(self.n, by_mask, self._masks_of_set)


class SetOffsets:
    """Per set of a `MultiStarts`, the sorted offsets of its words found by one scan: `offsets[i]`,
    gathered from the masks the set is in at the first read of set i and kept."""

    __slots__ = ("_by_mask", "_masks_of_set", "_done", "_matches", "_scanner")

    def __init__(self, n: int, by_mask: dict[int, list[int]], masks_of_set: list[tuple[int, ...]]):
        self._by_mask = by_mask
        self._masks_of_set = masks_of_set
        self._done: list = [None] * n
        self._matches: list = []  # (word, start, end) of the scan (`spans`)
        self._scanner = None

    def spans(self, i: int) -> list[tuple[int, int, str]]:
        """(start, end, word) of every occurrence of a word of set i, in no set order (as an automaton of the set's
        words reports them, every overlapping occurrence)."""
        if not self._matches:
            return []
        scanner = self._scanner
        members = scanner.members(i)
        word = scanner.word
        return [(s, e, word(w)) for w, s, e in self._matches if w in members]

    def __getitem__(self, i: int) -> list[int]:
        got = self._done[i]
        if got is None:
            by_mask = self._by_mask
            lists = [by_mask[k] for k in self._masks_of_set[i] if k in by_mask] if by_mask else []
            if not lists:
                got = []
            elif len(lists) == 1:
                got = sorted(set(lists[0]))
            else:
                got = sorted(set().union(*lists))
            self._done[i] = got
        return got

    def sets(self) -> list[list[int]]:
        return [self[i] for i in range(len(self._done))]


def find_words(text: str, words: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets where one of the literal `words` lies in text[start:end], found by str.find
    (a regex scan of a literal alternation reads every character through the engine, ~10x slower)."""
    end = len(text) if end is None else end
    found = set()
    for w in words:
        k = text.find(w, start, end)
        while k >= 0:
            found.add(k)
            k = text.find(w, k + 1, end)
    return sorted(found)


def starts_before(text: str, anchors: Iterable[int], first, reach: int, start: int = 0,
                  end: int | None = None) -> list[int]:
    """Sorted offsets s in text[start:end] where `first` (a compiled pattern of one character)
    matches and one of `anchors` (sorted offsets) lies in s+1 .. s+reach: for `finditer_at`, the
    offsets where a pattern can start whose every match opens with `first` and holds an anchor
    (a word found at once, as 主管部门) within `reach` of its start. Found in the windows before
    the anchors, so a text with few anchors is hardly read."""
    end = len(text) if end is None else end
    windows: list[list[int]] = []
    for q in anchors:
        ws, we = max(start, q - reach), min(q, end)
        if ws >= we:
            continue
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    finditer = stdlib_twin(first).finditer  # (s16: the same matches, by the faster engine where it reads `first` alike)
    return [m.start() for ws, we in windows for m in finditer(text, ws, we)]


def finditer_run_then(pattern, tail, run_char, max_run: int, text: str, pos: int = 0,
                      endpos: int | None = None) -> Iterator:
    """`pattern.finditer(text, pos, endpos)` for a pattern written `R{1,max_run}` + T, where R is
    one character class (`run_char`: R compiled) and T (`tail`: T compiled) opens with a
    character that R never matches: 发文字号 such as `粤府〔2020〕12号` (R: a Chinese or Latin
    letter, T: the bracketed year and number). T is rare in prose and opens with a bracket the
    engine finds at once, while `R{1,14}` makes the engine try up to 14 characters at every
    Chinese character of the text; here each T match is extended back over the R run before it
    (at most `max_run` characters, not before the previous match) and the match is the
    pattern's own, taken there: the same matches as `pattern.finditer`, in the same order."""
    endpos = len(text) if endpos is None else min(endpos, len(text))
    floor = pos
    while True:
        anchor = tail.search(text, pos, endpos)
        if anchor is None:
            return
        b = anchor.start()
        s = b
        lo = max(floor, b - max_run)
        while s > lo and run_char.match(text, s - 1):
            s -= 1
        m = pattern.match(text, s, endpos) if s < b else None
        if m is None:
            pos = b + 1
            continue
        yield m
        pos = floor = m.end()


# ---------------------------------------------------------------- openings derived from a pattern

try:  # the standard library's parser and compiler of regular expression syntax (renamed in Python 3.11)
    from re import _compiler as _sre_compile, _constants as _sre_c, _parser as _sre_parse
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# regex-module syntax the standard parser does not know, given a meaning it does: a Unicode
# property (\p{Han}, \P{Han}) becomes the class \w, which is never enumerated (a match opening
# with it makes `openings` give up); a named list \L<name> becomes the alternation of its words.
_REGEX_ONLY = re.compile(r"\\(?:(?P<prop>[pP](?:\{[^}]*\}|[A-Za-z]))|L<(?P<list>\w+)>|.)", re.S)
# regex flags under which the standard parser would read a pattern differently, or a match is not
# the leftmost-first one: then no openings are derived.
_FOREIGN_FLAGS = ("IGNORECASE", "VERSION1", "REVERSE", "POSIX", "BESTMATCH", "ENHANCEMATCH", "FULLCASE", "LOCALE")
_ESCAPED = re.compile(r"\\(?:[Nxu]\{[^}]*\}|.)", re.S)  # escapes, braces of \N{…} included
_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")  # the only use of { both read alike
_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")  # `(?P<name>` not after a backslash
_MAX_CLASS = 64  # a character class of more characters than this is not enumerated
_MAX_OPENINGS = 150_000  # the sector list of organ_sectors.tsv opens with about 82,000 strings of five characters
# ((s32-assign2) 58,000 before a member's bracketed sector was read inside the list; more than 100,000 on the way)


@lru_cache(maxsize=None)
def source_crc(source: str) -> int:
    """crc32 of a pattern's source. A fast path read from a pattern's text (its openings, reach or
    look-aheads) is taken only while the pattern's crc is the one it was read from; a rule that
    changes the pattern falls back to the plain search (exact, not faster) until it is read anew."""
    return zlib.crc32(source.encode())


class _Unsupported(Exception):
    pass


def openings(pattern, depth: int = 3) -> frozenset[str] | None:
    """Strings (each at most `depth` characters) one of which every match of `pattern` (a `regex`
    pattern) opens with, read from the pattern's syntax; None when a match may open with a
    character the syntax does not enumerate (\\p{Han}, a negated class, `.`), or the pattern
    uses syntax or flags this reading does not follow. Zero-width assertions (lookarounds,
    anchors) are passed over, which only makes the strings fewer, never wrong."""
    if any(pattern.flags & getattr(re, f, 0) for f in _FOREIGN_FLAGS):
        return None
    lists = getattr(pattern, "named_lists", {}) or {}

    def translate(m):
        if m.group("prop"):
            return r"\w"
        if m.group("list"):
            words = lists.get(m.group("list"))
            if words is None:
                raise _Unsupported(m.group(0))
            return "(?:" + "|".join(re.escape(w) for w in sorted(words)) + ")" if words else "(?!)"
        return m.group(0)

    flags = _sre_c.SRE_FLAG_VERBOSE if pattern.flags & re.VERBOSE else 0
    try:
        source = _REGEX_ONLY.sub(translate, pattern.pattern)
        # group names do not change where a match opens; `regex` lets one name stand for several
        # groups (LABEL's `label`), which the standard parser refuses: the groups are read unnamed
        source = _GROUP_NAME.sub("(?:", source)
        bare = _ESCAPED.sub("", source)
        if "[:" in bare or any(_QUANTIFIER.match(bare, k) is None for k, ch in enumerate(bare) if ch == "{"):
            return None  # a POSIX class ([[:alpha:]]) or a fuzzy constraint ({e<=1}): read otherwise by re
        parsed = _sre_parse.parse(source, flags)
        if parsed.state.flags & (_sre_c.SRE_FLAG_IGNORECASE | _sre_c.SRE_FLAG_LOCALE):
            return None
        closed, opened = _seq_openings(list(parsed), depth)
    except Exception:  # syntax the standard parser does not read (or too many openings): none
        return None
    words = closed | opened
    if "" in words:
        return None
    # a word with a shorter one of the set before it adds no offset
    return frozenset(_without_extensions(words))


def _without_extensions(words) -> list[str]:
    """The words of which no shorter word of `words` is a prefix (what
    `[w for w in words if not any(w[:k] in words for k in range(1, len(w)))]` keeps), read in sorted
    order: a word's shortest prefix in the set is kept, and every word between that prefix and the
    word in sorted order opens with the prefix too (so is not kept), so the last word kept is the
    one to test. ~4x faster on the organ layer's 35 000 sector-list openings (start-up)."""
    kept: list[str] = []
    last = None
    for w in sorted(words):
        if last is not None and w.startswith(last):
            continue
        kept.append(w)
        last = w
    return kept


def _seq_openings(items, depth: int) -> tuple[set[str], set[str]]:
    """The prefixes of a sequence of parsed items as two sets: closed, and open (a prefix that
    spans the whole sequence so far, which what follows may extend)."""
    # (only the open prefixes are extended by the next item, the closed ones pass through; each
    # item's openings grouped by length, so that whether a prefix reaches `depth` is decided once
    # per group: the organ layer's start-up, ~3x faster than one (prefix, open) pair at a time)
    closed: set[str] = set()
    opened = {""}
    for i, (op, av) in enumerate(items):
        if not opened:
            break
        if op is _sre_c.ASSERT and av[0] == 1:
            # (s21b) a positive lookahead: the text here opens with one of its openings too, so what follows is read
            # with it (`_with_lookahead`), as one item, and the sequence ends here
            item_closed, item_opened = _with_lookahead(_seq_openings(list(av[1]), depth),
                                                       _seq_openings(list(items[i + 1:]), depth), depth)
            items_left = False
        else:
            item_closed, item_opened = _item_openings(op, av, depth)
            items_left = True
        groups: dict[int, tuple[list[str], list[str]]] = {}
        for t in item_opened:
            groups.setdefault(len(t), ([], []))[0].append(t)
        for t in item_closed:
            groups.setdefault(len(t), ([], []))[1].append(t)
        nxt: set[str] = set()
        for s in opened:
            room = depth - len(s)
            for n, (open_ts, closed_ts) in groups.items():
                if n >= room:  # the prefix reaches `depth`: cut there, closed
                    closed.update([(s + t)[:depth] for t in open_ts])
                    closed.update([(s + t)[:depth] for t in closed_ts])
                else:
                    nxt.update([s + t for t in open_ts])
                    closed.update([s + t for t in closed_ts])
        opened = nxt
        if len(closed) + len(opened) > _MAX_OPENINGS:
            raise _Unsupported("too many openings")
        if not items_left:
            break
    return closed, opened


def _with_lookahead(ahead: tuple[set[str], set[str]], rest: tuple[set[str], set[str]], depth: int):
    """(closed, open) prefixes of a sequence `rest` that a positive lookahead `ahead` stands before (both as
    `_seq_openings` gives them). The text at that point opens with a prefix r of `rest` and with a prefix l of the
    lookahead (of either kind: what the lookahead reads after l is not the match's), so one is a prefix of the other:
    where l is no longer than r, r as it is; where l extends r, l (closed: the text opens with it); else neither.
    Where the lookahead's text is not enumerated ("" among its prefixes), `rest` as it is."""
    look = ahead[0] | ahead[1]
    if not look or "" in look:
        return rest
    extending: dict[str, list[str]] = {}  # a proper prefix of a lookahead word -> the words it opens
    for w in look:
        for k in range(len(w)):
            extending.setdefault(w[:k], []).append(w)
    closed: set[str] = set()
    opened: set[str] = set()
    for kept, strings in ((closed, rest[0]), (opened, rest[1])):
        for r in strings:
            if any(r[:k] in look for k in range(1, len(r) + 1)):
                kept.add(r)  # (a lookahead word is a prefix of r: r holds it)
            else:
                closed.update(w[:depth] for w in extending.get(r, ()))
    return closed, opened


_NONE_ENUMERATED = (frozenset({""}), frozenset())  # a match may open with anything here: closed ""
_ZERO_WIDTH = (frozenset(), frozenset({""}))  # passed over: open ""


def _item_openings(op, av, depth: int) -> tuple[set[str], set[str]]:
    """(closed, open) prefixes of one parsed item (see `_seq_openings`)."""
    c = _sre_c
    if op is c.LITERAL:
        return set(), {chr(av)}
    if op is c.IN:
        chars: list[str] = []
        for iop, iav in av:
            if iop is c.LITERAL:
                chars.append(chr(iav))
            elif iop is c.RANGE and iav[1] - iav[0] < _MAX_CLASS:
                chars.extend(chr(x) for x in range(iav[0], iav[1] + 1))
            else:  # NEGATE, CATEGORY, a wide range: not enumerated
                return _NONE_ENUMERATED
        if len(chars) > _MAX_CLASS:
            return _NONE_ENUMERATED
        return set(), set(chars)
    if op is c.BRANCH:
        closed: set[str] = set()
        opened: set[str] = set()
        for alt in av[1]:
            a_closed, a_opened = _seq_openings(list(alt), depth)
            closed |= a_closed
            opened |= a_opened
        return closed, opened
    if op is c.SUBPATTERN:
        add_flags = av[1]
        if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
            raise _Unsupported("case-insensitive group")
        return _seq_openings(list(av[3]), depth)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _seq_openings(list(av), depth)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, hi, body = av
        if hi == 0:
            return _ZERO_WIDTH
        closed, opened = _seq_openings(list(body), depth)
        if hi != 1:  # more repetitions may follow the first: its openings end there
            closed, opened = closed | opened, set()
        return (closed, opened | {""}) if lo == 0 else (closed, opened)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _ZERO_WIDTH  # zero width: passed over
    return _NONE_ENUMERATED  # ., a negated literal, a back reference…: not enumerated


_OPENING_AUTOMATA: dict[tuple[int, int], tuple[object, object]] = {}


def opening_automaton(pattern, depth: int = 3):
    """An automaton of `openings(pattern, depth)` for `word_starts` (`word_automaton`), or None;
    built once per pattern and depth."""
    hit = _OPENING_AUTOMATA.get((id(pattern), depth))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    words = openings(pattern, depth)
    auto = word_automaton(words) if words else None
    _OPENING_AUTOMATA[(id(pattern), depth)] = (pattern, auto)
    return auto


def finditer_openings(pattern, text: str, depth: int = 3) -> Iterator:
    """`pattern.finditer(text)`, the pattern tried only where one of its openings (derived from
    its syntax, `openings`, up to `depth` characters: deeper is more selective and slower to
    build) lies in the text; a plain finditer when none are derived."""
    auto = opening_automaton(pattern, depth)
    if auto is None:
        return pattern.finditer(text)
    return finditer_at(pattern, text, word_starts(auto, text))


def finditer_opened(pattern, text: str, start: int = 0, end: int | None = None, depth: int = 3) -> Iterator:
    """`pattern.finditer(text, start, end)`, the pattern tried only where one of its openings (`openings`, up to
    `depth` characters) lies in text[start:end]: `finditer_openings` over a range of the text. (s30) For a pattern
    that opens with lookbehinds or a choice among many words, which the `regex` engine tries at every character.
    A plain finditer when no openings are derived."""
    end = len(text) if end is None else end
    auto = opening_automaton(pattern, depth)
    if auto is None:
        return pattern.finditer(text, start, end)
    return finditer_at(pattern, text, word_starts(auto, text, start, end), end)


def finditer_clause_cued(pattern, cue, boundaries: str, text: str) -> Iterator:
    """`pattern.finditer(text)` for a pattern every match of which opens at the text's start or right after one of the
    characters `boundaries` (a lookbehind such as `(?:^|(?<=[\n。；;]))`) and holds a match of `cue` (a `regex` pattern
    that reads its characters as the pattern does) with no boundary character before it in the match: such a match
    opens right after the last boundary before the cue, so the pattern is tried only there (`finditer_at`: in order,
    not inside an earlier match). (s38) For whole-body scans whose leading lookbehind the engine tried at every
    character of a body."""
    starts = sorted({max(text.rfind(c, 0, m.start()) for c in boundaries) + 1 for m in cue.finditer(text)})
    return finditer_at(pattern, text, starts)


# ---------------------------------------------------------------- the stdlib engine for long word alternations

# What a pattern may hold for the standard library's engine to read it as `regex` does: literal
# characters, classes with \s and \d, groups (?: (?= (?! (?<= (?<!, quantifiers, alternation.
_TWIN_ESCAPE = re.compile(r"\\(.)", re.S)
_TWIN_ESCAPES = set("sdnrt\\.()[]{}|*+?^$-/")
_TWIN_GROUP = re.compile(r"\((?!\?)|\(\?(?::|=|!|<=|<!)")


class StdlibTwin:
    """`pattern.sub` (a `regex` pattern) by the standard library's engine where that gives the
    same: the stdlib engine runs a long alternation of words (an annotation's filler words) about
    twice as fast. Used only for a pattern of plain syntax (no \\p{…}, named lists, flags…: see
    `_TWIN_ESCAPES`, `_TWIN_GROUP`) and on strings within the Basic Multilingual Plane without
    the few characters the two engines' \\s and \\d read differently (found once, \\x1c-\\x1f with
    the versions at hand); else the pattern itself."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.twin = None
        self._memo: dict[tuple[str, str], str] = {}
        source = pattern.pattern
        plain = (pattern.flags & ~(re.UNICODE | re.VERSION0)) == 0 and "[[" not in source and "[:" not in source and \
            all(m.group(1) in _TWIN_ESCAPES for m in _TWIN_ESCAPE.finditer(source)) and \
            source.count("(") - source.count(r"\(") == len(_TWIN_GROUP.findall(source.replace(r"\(", "")))
        if plain:
            import re as stdlib_re

            try:
                self.twin = stdlib_re.compile(source)
            except stdlib_re.error:
                self.twin = None

    def sub(self, repl: str, s: str) -> str:
        """`pattern.sub(repl, s)`. With a string `repl` the result depends on (repl, s) alone, so
        the last ones are kept (responsibilities asks for the same annotation's residue from two
        passes: a quarter of the calls repeat one a few calls before; kept few, so a benchmark
        that runs the same texts again gains nothing a single run would not)."""
        memo = self._memo if type(repl) is str else None
        if memo is not None:
            hit = memo.get((repl, s))
            if hit is not None:
                return hit
        out = self.twin.sub(repl, s) if self.twin is not None and not _twin_unsafe(s) else self.pattern.sub(repl, s)
        if memo is not None:
            if len(memo) >= 128:  # (the repeats come close together: ~all of them kept with 64)
                memo.clear()
            memo[(repl, s)] = out
        return out


@lru_cache(maxsize=1)
def _twin_differences():
    """A stdlib pattern of the characters of the BMP that the two engines' \\s or \\d read differently."""
    import re as stdlib_re

    bmp = _utf32_all(0x10000)  # (what `"".join(chr(c) for c in range(0x10000) if not a surrogate)` makes, ~10x faster)
    differ = set()
    for cls in (r"\s", r"\d"):
        differ |= set(re.findall(cls, bmp)) ^ set(stdlib_re.findall(cls, bmp))
    return stdlib_re.compile("[" + "".join(stdlib_re.escape(c) for c in sorted(differ)) + "]" if differ else "(?!)")


def _twin_unsafe(s: str) -> bool:
    return bool(s) and (max(s) > "\uffff" or _twin_differences().search(s) is not None)


# ---------------------------------------------------------------- the stdlib engine for `match` and `finditer`

def _utf32_all(n: int = 0x110000) -> str:
    """Every code point below `n` (a multiple of 65536) but the surrogates, in order, as one string
    (built from bytes: a loop over 1.1 million code points in Python would take ~0.25 s)."""
    raw = bytearray(4 * n)
    raw[0::4] = bytes(range(256)) * (n // 256)
    raw[1::4] = b"".join(bytes((k & 0xFF,)) * 256 for k in range(n // 256))
    raw[2::4] = b"".join(bytes((k,)) * 65536 for k in range(n // 65536))
    del raw[4 * 0xD800:4 * 0xE000]
    return raw.decode("utf-32-le")


# The escapes `_twin_source` reads as classes: their ranges are read together, at the first need of
# one, from one string of every code point (building it is most of the cost: ~17 ms, the scan of
# an escape ~2 ms).
_RANGE_ESCAPES = (r"\p{Han}", r"\s", r"\d", r"\w")
_CLASS_RANGES: dict[str, tuple[str, str]] = {}


def _class_ranges(escape: str) -> tuple[str, str]:
    """The class contents (`\\Uxxxxxxxx-\\Uxxxxxxxx…`) of the characters `regex` matches by `escape`
    (\\p{Han}, \\s, \\d, \\w), and of all others: derived from the installed `regex` at first use
    (no table to keep)."""
    hit = _CLASS_RANGES.get(escape)
    if hit is None:
        every = _utf32_all()
        for e in dict.fromkeys(_RANGE_ESCAPES + (escape,)):
            if e not in _CLASS_RANGES:
                _CLASS_RANGES[e] = _ranges_of(e, every)
        hit = _CLASS_RANGES[escape]
    return hit


def _ranges_of(escape: str, every: str) -> tuple[str, str]:
    """`_class_ranges(escape)` read from `every` (`_utf32_all()`)."""
    found: list[tuple[int, int]] = []
    for m in re.finditer(escape + "+", every):
        found.append((ord(every[m.start()]), ord(every[m.end() - 1])))
    other: list[tuple[int, int]] = []
    lo = 0
    for a, b in found:
        if a > lo:
            other.append((lo, a - 1))
        lo = b + 1
    if lo <= 0x10FFFF:
        other.append((lo, 0x10FFFF))

    def cls(ranges):
        return "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)

    return cls(found), cls(other)


# Escapes read as the classes of what `regex` matches by them (upper case: the others).
_CLASS_ESCAPES = {"s": r"\s", "d": r"\d", "w": r"\w"}


_CODE_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")
_TWIN_GROUPS = ("?:", "?=", "?!", "?<=", "?<!", "?P<")
_TWIN_PLAIN_FLAGS = re.UNICODE | re.VERSION0
# A lookbehind of literal words (of any lengths, which `regex` takes and the stdlib does not)
_LITERAL_LOOKBEHIND = re.compile(r"\(\?<([=!])([^\\()\[\]{}.*+?^$|]+(?:\|[^\\()\[\]{}.*+?^$|]+)*)\)")


def _twin_source(pattern) -> str | None:
    """`pattern`'s source for the standard library's engine, read the same: \\p{Han}, \\s, \\d, \\w
    (and \\P{Han}, \\S, \\D, \\W) as classes of the code points `regex` gives them, a named list \\L<name> as the alternation of
    its words longest first (how `regex` tries them); None when the source holds anything else
    whose reading could differ (\\b and other letter escapes, flags, inline flags,
    atomic groups, back references, POSIX or nested classes, set operations, a brace that is not
    a counted repeat)."""
    if pattern.flags & ~(_TWIN_PLAIN_FLAGS | re.MULTILINE):
        return None
    src = pattern.pattern
    lists = getattr(pattern, "named_lists", {}) or {}
    out: list[str] = []
    i, n = 0, len(src)
    if pattern.flags & re.MULTILINE:
        # (s17) MULTILINE (`re.M` or a leading `(?m)`): ^ and $ at every line's start and end, the line ending only
        # at \n in both engines (regex without WORD), at pos and endpos alike (checked against regex on every
        # string of 0-8 characters from a\nx\r\x0b\x0c\x85\u2028…: tests/test_s17speed_twins.py)
        out.append("(?m)")
        if src.startswith("(?m)"):
            i = 4
    in_class = False
    class_start = -1
    while i < n:
        ch = src[i]
        if ch == "\\":
            if i + 1 >= n:
                return None
            c = src[i + 1]
            if c in "pP" or c.lower() in _CLASS_ESCAPES:
                if c in "pP" and not src.startswith("{Han}", i + 2):
                    return None
                inside, outside = _class_ranges(r"\p{Han}" if c in "pP" else _CLASS_ESCAPES[c.lower()])
                body = inside if c in "p" or c in _CLASS_ESCAPES else outside
                out.append(body if in_class else "[" + body + "]")
                i += 7 if c in "pP" else 2
                continue
            if c == "L" and not in_class:
                close = src.find(">", i)
                if src[i + 2:i + 3] != "<" or close < 0 or src[i + 3:close] not in lists:
                    return None
                words = sorted(lists[src[i + 3:close]], key=len, reverse=True)
                import re as stdlib_re

                out.append("(?:" + "|".join(stdlib_re.escape(w) for w in words) + ")" if words else "(?!)")
                i = close + 1
                continue
            if c in "nrtfv" or not (c.isascii() and c.isalnum()):
                out.append(src[i:i + 2])
                i += 2
                continue
            code = _CODE_ESCAPE.match(src, i)
            if code is not None:  # \xhh, \uhhhh, \Uhhhhhhhh: one code point in both engines
                out.append(code.group(0))
                i = code.end()
                continue
            return None
        if in_class:
            if ch == "[" or src[i:i + 2] in ("&&", "--", "||", "~~"):
                return None
            if ch == "]" and i > class_start:
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            class_start = i + 1 + (src[i + 1:i + 2] == "^")  # a ] right after [ or [^ is a literal
            out.append(ch)
            i += 1
            continue
        if ch == "(" and src[i + 1:i + 2] == "?":
            if not any(src.startswith(g, i + 1) for g in _TWIN_GROUPS):
                return None
            behind = _LITERAL_LOOKBEHIND.match(src, i)
            if behind is not None:  # (?<=执法|监管): one fixed-width lookbehind per word, as the stdlib needs
                sign, words = behind.group(1), behind.group(2).split("|")
                if sign == "=":
                    out.append("(?:" + "|".join(f"(?<={w})" for w in words) + ")")
                else:
                    out.append("".join(f"(?<!{w})" for w in words))
                i = behind.end()
                continue
        if ch == "{":
            q = _QUANTIFIER.match(src, i)
            if q is None or not any(d.isdigit() for d in q.group(0)):
                return None
            out.append(q.group(0))
            i = q.end()
            continue
        out.append(ch)
        i += 1
    return None if in_class else "".join(out)


def _compiled_and_width(source: str):
    """(`re.compile(source)`, the least width of its matches) from one parse of `source`: the
    steps of the standard library's `re._compiler.compile`, the parsed pattern kept for its width
    (parsing it a second time was ~40% of building the twins, ~0.15 s a process). Where this
    Python's compiler has other steps, the two plain calls."""
    import re as stdlib_re

    try:
        import _sre

        parsed = _sre_parse.parse(source, 0)
        width = parsed.getwidth()[0]
        code = _sre_compile._code(parsed, 0)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return _sre.compile(source, parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                            tuple(indexgroup)), width
    except (AttributeError, TypeError, ImportError):  # another Python's compiler
        return stdlib_re.compile(source), _sre_parse.parse(source).getwidth()[0]


def _build_twin(pattern):
    """`pattern` compiled by the standard library's engine where the two read it alike, else `pattern` (see `stdlib_twin`)."""
    twin = pattern
    source = _twin_source(pattern)
    if source is not None:
        import warnings

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                compiled, min_width = _compiled_and_width(source)
        except Exception:  # a variable-width lookbehind, a name the stdlib refuses…: no twin
            compiled = None
        if compiled is not None and min_width > 0 and compiled.groups == pattern.groups \
                and dict(compiled.groupindex) == dict(pattern.groupindex):
            twin = compiled
    return twin


class _Twins(dict):
    """pattern -> its twin (a `regex` pattern hashes and compares by identity: one entry per object), built at the
    first lookup of a pattern (`__missing__`). (s18) `stdlib_twin` is this dict's own `__getitem__`: a hit, nearly
    every one of the ~40 000 calls a benchmark pass makes, is one C call with no Python frame (~0.1 µs less a call)."""

    def __missing__(self, pattern):
        twin = _build_twin(pattern)
        if len(self) >= 4096:  # (patterns compiled per document would otherwise pile up)
            self.clear()
        self[pattern] = twin
        return twin


_TWINS = _Twins()

# `stdlib_twin(pattern)`: `pattern` (a `regex` pattern) compiled by the standard library's engine where the two read it
# alike (`_twin_source`), else `pattern` itself: the same matches, the same groups, for `match`, `search`, `fullmatch`
# and `finditer`, 2-5x faster on the organ layer's alternations (and ~0.4 µs less per call). Only a pattern that
# matches no empty string gets a twin (the engines step past an empty match differently). Built once per pattern.
stdlib_twin = _TWINS.__getitem__


class FirstCharDispatch:
    """Of an ordered tuple of (key, pattern) alternatives tried one after another at a string's
    start (the first to match wins), those that can match a string opening with a given
    character, in the same order: a pattern is left out only when `openings(pattern, 1)` says
    every match opens otherwise; one whose openings are not derived (`\\d`, a negated class…) is
    always kept. Trying only these gives the same first match as trying all (the rest cannot
    match); the table is built per character on first use, from the patterns themselves, so a
    rule helper's new alternative is covered."""

    def __init__(self, alternatives):
        self.alternatives = tuple(alternatives)
        self._firsts = tuple(openings(p, 1) for _, p in self.alternatives)
        self._by_char: dict[str, tuple] = {}

    def __call__(self, s: str) -> tuple:
        ch = s[:1]
        hit = self._by_char.get(ch)
        if hit is None:
            hit = self._by_char[ch] = tuple(
                alt for alt, firsts in zip(self.alternatives, self._firsts)
                if not ch or firsts is None or ch in firsts)
        return hit


def top_alternatives(source: str) -> list[str]:
    """The alternatives of `source`'s top-level alternation (`A|B|C` -> [A, B, C]; one item when it has none), split
    at the `|` outside groups, classes and escapes."""
    out, depth, in_class, class_start, k, i = [], 0, False, 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]" and i > class_start:
                in_class = False
        elif ch == "[":
            in_class = True
            class_start = i + 1 + (source[i + 1:i + 2] == "^")  # a ] right after [ or [^ is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[k:i])
            k = i + 1
        i += 1
    out.append(source[k:])
    return out


class AlternativesAt:
    """(s32-speed) `finditer_at(pattern, …)` for a pattern that is one long alternation of many alternatives (the
    organ layer's `collective`, ~50 alternatives and 40 000 characters in its twin): at each offset only the
    alternatives that can open with the text's next `depth` characters are tried, in their order (the first that
    matches wins, as in the alternation: the others cannot match there). Each alternative's openings are read from
    its syntax (`_seq_openings`, as `openings` reads them) when the pattern is first asked for, so a rule helper's new
    alternative is covered at once; one whose openings are not derived is tried everywhere. Where more than `most`
    alternatives are left, the whole twin is tried (one C call walks them faster than a Python loop); else each kept
    alternative, compiled alone at its first use. The same matches as `finditer_at`; the plain `finditer_at` where the
    pattern has no twin, has groups (their numbers would differ), opens with global flags or has one alternative."""

    def __init__(self, pattern, depth: int = 2, most: int = 6):
        self.pattern = pattern
        self.depth = depth
        self.most = most
        self.whole = stdlib_twin(pattern)
        self._table: dict[str, tuple] = {}
        self.alternatives: list[str] = []
        self._openings: list = []
        self._matches: dict[int, object] = {}
        source = _twin_source(pattern) if self.whole is not pattern and not pattern.groups else None
        if source is None or source.startswith("(?") and source[2:3].isalpha():
            return
        alternatives = top_alternatives(source)
        if len(alternatives) < 2:
            return
        opening_sets = []
        for alternative in alternatives:
            try:
                closed, opened = _seq_openings(list(_sre_parse.parse(alternative, 0)), depth)
                words = closed | opened
            except Exception:  # syntax the standard parser reads only in context, too many openings: tried everywhere
                words = None
            opening_sets.append(None if words is None or "" in words else frozenset(words))
        self.alternatives = alternatives
        self._openings = opening_sets

    def _tried(self, key: str) -> tuple:
        kept = [i for i, words in enumerate(self._openings)
                if words is None or any(key.startswith(w) or w.startswith(key) for w in words)]
        if len(kept) > self.most:
            tried = (self.whole.match,)
        else:
            tried = tuple(self._match_of(i) for i in kept)
        self._table[key] = tried
        return tried

    def _match_of(self, i: int):
        got = self._matches.get(i)
        if got is None:
            try:
                compiled, width = _compiled_and_width(self.alternatives[i])
            except Exception:
                compiled, width = None, 0
            # (an alternative that does not compile alone, or could match empty: the whole twin, which is exact)
            got = self._matches[i] = compiled.match if compiled is not None and width > 0 else self.whole.match
        return got

    def finditer(self, text: str, starts: Iterable[int], end: int | None = None) -> Iterator:
        if not self.alternatives:
            yield from finditer_at(self.pattern, text, starts, end)
            return
        pos = 0
        end = len(text) if end is None else end
        depth, table = self.depth, self._table
        for s in starts:
            if s < pos:
                continue
            key = text[s:s + depth]
            tried = table.get(key)
            if tried is None:
                tried = self._tried(key)
            for match in tried:
                m = match(text, s, end)
                if m is not None:
                    yield m
                    pos = m.end()
                    break


class _Split(dict):
    """pattern -> its `AlternativesAt`, built at the first lookup (a `regex` pattern hashes by identity)."""

    def __missing__(self, pattern):
        split = self[pattern] = AlternativesAt(pattern)
        return split


_SPLIT = _Split()


def finditer_alternatives_at(pattern, text: str, starts: Iterable[int], end: int | None = None) -> Iterator:
    """`finditer_at(pattern, text, starts, end)`, each offset trying only the alternatives of the pattern's top-level
    alternation that can open there (`AlternativesAt`): for long alternations tried at many offsets."""
    return _SPLIT[pattern].finditer(text, starts, end)


# ---------------------------------------------------------------- a search anchored at the string's end

def _tail_reach(pattern) -> int:
    """How far before a string's end every match of `pattern` starts (its longest match + 1, for `$` before a final
    newline), read from its syntax; -1 when unbounded or when the pattern is not one sequence closed by `$` (no
    MULTILINE) as a whole, or its source is not one the standard parser reads as `regex` does (`_twin_source`)."""
    if pattern.flags & re.MULTILINE:
        return -1
    source = _twin_source(pattern)
    if source is None:
        return -1
    try:
        parsed = _sre_parse.parse(source, 0)
    except Exception:
        return -1
    items = list(parsed)
    if not items or items[-1] != (_sre_c.AT, _sre_c.AT_END) or parsed.state.flags & _sre_c.SRE_FLAG_MULTILINE:
        return -1
    longest = parsed.getwidth()[1]
    return -1 if longest >= _sre_c.MAXREPEAT else longest + 1


class _TailReach(dict):
    """pattern -> `_tail_reach(pattern)`, read at the first lookup (a `regex` pattern hashes by identity)."""

    def __missing__(self, pattern):
        reach = self[pattern] = _tail_reach(pattern)
        return reach


_TAIL_REACH = _TailReach()


def tail_search(pattern, text: str):
    """`pattern.search(text)` for a pattern closed by `$` whose matches are at most a few dozen characters long (a
    title's closing genre word, `TITLE_END`): searched from where a match can start, near the end, instead of from
    every character of a long line (a lookbehind still reads the text before: `search`'s `pos` is no slice). The same
    match; the plain search where the pattern's reach is not read (`_tail_reach`)."""
    reach = _TAIL_REACH[pattern]
    if reach < 0 or len(text) <= reach:
        return pattern.search(text)
    return pattern.search(text, len(text) - reach)


# Constructs whose reading depends on the direction a pattern is matched in: atomic groups and possessive quantifiers
# (they cut backtracking), \G (where the search started), backreferences (matched backwards, the group is read after
# its reference). A pattern without them matches backwards where it matches forwards.
_DIRECTED = re.compile(r"\(\?>|[*+?}]\+|\\G|\\[1-9]|\\g<|\(\?P=|\(\?&|\(\?R\)|\(\?[0-9]")


class _Backwards(dict):
    """pattern -> the pattern compiled to match backwards (regex.REVERSE), or the pattern itself where that could
    find a match the forward one does not (`_DIRECTED`, a pattern not of `regex`), read at the first lookup."""

    def __missing__(self, pattern):
        source = getattr(pattern, "pattern", None)
        backwards = pattern
        if isinstance(source, str) and isinstance(pattern, re.Pattern) and not _DIRECTED.search(source):
            backwards = re.compile(source, pattern.flags | re.REVERSE)
        self[pattern] = backwards
        return backwards


_BACKWARDS = _Backwards()


def ends_matched(pattern, text: str) -> bool:
    """Whether `pattern.search(text)` finds a match, for a pattern closed by `$` whose reach `tail_search` cannot read
    (`\\s*` or `[。：:；;\\s]*` before the `$`): the pattern matched backwards is tried first at the end, where every
    match ends, and fails at once at every other character, where the forward search tries each start and its lazy
    runs (s30-speed2: `SHARE_PAYER_BEFORE` over the clause before each percentage, 2.6 ms a benchmark pass against
    0.07). Only whether, not which: the two directions may pick different matches of one string."""
    return _BACKWARDS[pattern].search(text) is not None
