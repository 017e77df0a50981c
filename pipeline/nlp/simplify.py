"""Traditional -> Simplified: canonical names (廣州市財政局 -> 广州市财政局) and the Simplified view
of a whole Traditional notice that layout and the extractors read (`simplified_view`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load_table


@lru_cache(maxsize=1)
def _converter():
    from opencc_purepy import OpenCC

    return OpenCC("hk2s")  # t2s and the Hong Kong variants (衞 → 卫, 敍 → 叙): a superset of t2s


def preload() -> None:
    """Build the converter now (`document.warm_up`, before workers fork, so they share its ~21 MiB of dictionaries)."""
    _converter()


@lru_cache(maxsize=4096)
def to_simplified(s: str) -> str:
    if is_simplified(s):
        return s  # nothing to convert: skip loading OpenCC's dictionaries
    return _after_converter(s, _converter().convert(s))


@lru_cache(maxsize=1)
def _tw_variants() -> dict[int, str]:
    """(s32-trad) Taiwan variants hk2s keeps (簷 → 檐, 痺 → 痹): traditional_chars.tsv's rows from tw2s."""
    return str.maketrans({r["char"]: r["simplified"] for r in load_table("traditional_chars") if r.get("source") == "tw2s"})


@lru_cache(maxsize=1)
def _kept_chars() -> frozenset[str]:
    """(s32-trad) Characters the Simplified standard writes too that t2s folds into another (昇 → 升, though 昇腾 is a
    name): simplified_kept_chars.tsv. They stay as written."""
    return frozenset(r["char"] for r in load_table("simplified_kept_chars"))


def _after_converter(written: str, simple: str) -> str:
    """OpenCC's answer with the Taiwan variants simplified and the kept characters as written (same length only)."""
    simple = simple.translate(_tw_variants())
    if len(simple) == len(written) and not _kept_chars().isdisjoint(written):
        simple = "".join(w if w in _kept_chars() else c for w, c in zip(written, simple))
    return simple


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    return frozenset(row["char"] for row in load_table("traditional_chars"))


def is_simplified(s: str) -> bool:
    """No traditional character in `s`: `to_simplified(s)` is `s` itself."""
    return _traditional_chars().isdisjoint(s)  # (one C call, not a generator per character)


@lru_cache(maxsize=1)
def _traditional_class():
    """The table's characters as one character class (stdlib re): counted in one C scan."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_traditional_chars())) + "]")


def looks_traditional(text: str, sample: int = 4000) -> bool:
    """True when a noticeable share of the characters are ones t2s would simplify. Counted from
    a table (pipeline/data/traditional_chars.tsv) so Simplified text never loads the converter."""
    return _head_looks_traditional(text[:sample])


@lru_cache(maxsize=64)
def _head_looks_traditional(head: str) -> bool:
    """(speed only, issue 16) counted once per head: clean, the reading view and `scan_text` ask about the same
    document's head in turn (a hash of the head instead of a scan against a class of ~2 600 characters)."""
    if not head:
        return False
    changed = len(_traditional_class().findall(head))
    return changed >= max(3, len(head) // 200)


def scan_text(text: str) -> str:
    """The text the organ and assignment rules read: Simplified when the notice is Traditional (same
    offsets). Extractors ask `Context.scan_text`, which reads a document's text once."""
    if looks_traditional(text):
        simple = to_simplified(text)
        if len(simple) == len(text):
            return simple
    return text


# Corner brackets of a Hong Kong / Taiwan typeset copy read as the mainland's quotation marks.
_QUOTE_MARKS = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


def simplified_view(text: str) -> str | None:
    """The Simplified text of a Traditional notice, character for character (same length, so
    every span read on it is a span of `text`); None when `text` does not look Traditional.

    OpenCC t2s maps almost every character to one character; a line whose phrase conversion
    changes its length is converted character by character instead, and a character whose own
    conversion is not one character is kept as written."""
    if not looks_traditional(text):
        return None
    view = "".join(simplified_line(line) for line in text.splitlines(keepends=True))
    return view if len(view) == len(text) else None


def simplified_line(line: str) -> str:
    """One line in Simplified characters, character for character (see `simplified_view`)."""
    if not any(ch in _traditional_chars() or ch in "「」『』" for ch in line):
        return line
    simple = _after_converter(line, _converter().convert(line))
    if len(simple) != len(line):
        simple = "".join(_one_char(ch) for ch in line)
    if "覆" in simple or "像" in simple:
        simple = _TW_PHRASE.sub(lambda m: _TW_PHRASES[m.group(0)], simple)
    return simple.translate(_QUOTE_MARKS)


# (s17-form) Words a Traditional copy writes in the Hong Kong / Taiwan form that OpenCC's t2s keeps
# (覆 and 像 are also Simplified characters): the mainland's 复函 (党政机关公文处理工作条例 第八条 names
# 函; its reply is 复函) and 想象 (现代汉语词典: 想像 is the variant). Same length, so offsets hold.
_TW_PHRASES = {"覆函": "复函", "函覆": "函复", "想像": "想象"}
_TW_PHRASE = re.compile("|".join(_TW_PHRASES))


@lru_cache(maxsize=8192)
def _one_char(ch: str) -> str:
    simple = to_simplified(ch)
    return simple if len(simple) == 1 else ch


# Full-width digits and Latin letters (not the full-width punctuation the rules expect: （）：，).
FULL_WIDTH_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ]")
# (s9b) a full-width decimal point between full-width digits is folded with them (`１．５万` → `1.5万`, as an
# ASCII copy writes it); `１．开展…` (an item number) keeps its point.
_FULL_WIDTH_RUN = re.compile(FULL_WIDTH_ALNUM.pattern + "+(?:．[０-９]+)*")
_FOLD_WIDTH = {cp: cp - 0xFEE0 for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for cp in range(lo, hi + 1)}
_FOLD_RUN = _FOLD_WIDTH | {0xFF0E: ord(".")}  # (inside a run only: the point between full-width digits)


def fold_width(s: str) -> str:
    """(s17-form) Full-width digits and Latin letters as ASCII (`２０２５年` → `2025年`), the rest as
    written; same length. What `reading_text` does to them, for a single line."""
    return _FULL_WIDTH_RUN.sub(lambda m: m.group(0).translate(_FOLD_RUN), s) if FULL_WIDTH_ALNUM.search(s) else s


def reading_text(text: str) -> str:
    """What layout and the extractors read, character for character: the Simplified view of a
    Traditional notice, full-width digits and letters as ASCII (`２０２２年` → `2022年`), and the
    zero of a year in Chinese numerals typed as a letter O or a digit (`二OO八年` → `二〇〇八年`)."""
    view = simplified_view(text) or text
    if FULL_WIDTH_ALNUM.search(view):
        # only the runs of such characters translated (what translating the whole text changes)
        view = _FULL_WIDTH_RUN.sub(lambda m: m.group(0).translate(_FOLD_RUN), view)
    if _latin_zero_hint(view):
        view = LATIN_ZERO_YEAR.sub(lambda m: m.group(0).translate(_ZERO_AS_LING), view)
    if ("," in view or ";" in view or ":" in view) and HALF_WIDTH_STOP.search(view):
        view = HALF_WIDTH_STOP.sub(lambda m: m.group(0).translate(_FULL_STOP), view)
    if "年元月" in view:
        view = view.replace("年元月", "年一月")  # 元月 is January (`二〇〇八年元月十日`), same length
    if _cn_year_hint(view):
        view = CN_YEAR_RUN.sub(_arabic_years, view)
    return view


# (s25-years) A year in Chinese numerals (`二〇〇八年`, `二○一五年底前`, `二零二零年`, `二〇一六—二〇一八年`) read in Arabic
# digits, as the year and target rules know them: four characters for four, so every span still points into the
# text and finish_record() quotes what the notice wrote. A date (`二〇〇八年五月十二日`) keeps its numerals: the
# signature, 印发 and issue-date rules read a date whole in one script. A title or a cited title is
# given back as written (document._titles_as_written).
_CN_Y = r"(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}"
CN_YEAR_RUN = re.compile(r"(?<![〇○零一二三四五六七八九十百千万第])" + _CN_Y
                         + r"(?:\s*年?\s*[—–\-－~～至到]\s*" + _CN_Y + r")?(?=\s*年(?!\s*[一二三四五六七八九十\d]{1,2}\s*月))")
_ARABIC = str.maketrans({"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                         "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"})


def _arabic_years(m) -> str:
    return m.group(0).translate(_ARABIC)


def _cn_year_hint(view: str) -> bool:
    """(speed) a zero of a Chinese-numeral year (`二〇`, `二○`, `二零`) or `一九`: found by `str.find` first."""
    return "二〇" in view or "二○" in view or "二零" in view or "一九" in view


# (s17-form) `…居民住宅区建设项目,城乡规划主管部门在…`, `…平台,20家…`: a half-width comma, semicolon or
# colon after or before Han text (web editors, converters) read as the full-width stop Chinese text uses;
# never between digits (`1,000`, `10:30`) nor in Latin text (`http://`). Same length.
# (s18, speed only: the stop first, its neighbours read from it, so the engine skips to the next , ; or : instead of trying
# the lookbehinds at every character; the same matches: tests/test_s18speed_shortcuts.py)
HALF_WIDTH_STOP = re.compile(r"[,;:](?:(?<=[\u4e00-\u9fff）》”].)(?=[\u4e00-\u9fff（《“\d])|(?<=\d.)(?=[\u4e00-\u9fff（《“]))")
_FULL_STOP = str.maketrans({",": "，", ";": "；", ":": "："})

# `二OO八年五月十二日`, `二0一二年`: the 〇 of a Chinese-numeral year typed as O, o or 0 (same length).
LATIN_ZERO_YEAR_HINT = re.compile(r"[一二][Oo0]")
LATIN_ZERO_YEAR = re.compile(r"(?<![\d〇○零一二三四五六七八九十Oo])[一二](?=[〇○零Oo0一二三四五六七八九]{3}\s*年)"
                             r"(?=.{0,3}[Oo0])[〇○零Oo0一二三四五六七八九]{3}(?=\s*年)")
_ZERO_AS_LING = str.maketrans({"O": "〇", "o": "〇", "0": "〇"})


def _latin_zero_hint(view: str) -> bool:
    """`LATIN_ZERO_YEAR_HINT.search(view)`, found from the (rarer) O, o and 0 by `str.find`: a
    third of the time of the engine's scan for 一/二 (~4 -> ~1.4 ms over the benchmark's texts)."""
    for zero in "Oo0":
        i = view.find(zero, 1)
        while i > 0:
            if view[i - 1] in "一二":
                return True
            i = view.find(zero, i + 1)
    return False
