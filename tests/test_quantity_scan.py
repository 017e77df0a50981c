"""The targets stage's scanning shortcuts give what the plain code gives (speed-s7):
`token_scanner` in the loop over a body, `_WordsIn.present`, `_title_spans`, and the first-character
sets of pipeline/quantity.py derived from their patterns."""
from __future__ import annotations

import sys
from pathlib import Path

import regex
import pytest

from pipeline import quantity as Q
from pipeline.extract import targets as T
from pipeline.quantity import TOKEN, read_quantity, token_scanner

ROOT = Path(__file__).resolve().parents[1]

SNIPPETS = [
    # prose with numerals that are words (一体化, 进一步, 二、) and numerals that are counts
    "二、主要任务\n（一）进一步推进城乡一体化，到二〇二五年，全县新建乡镇卫生院三所、村卫生室一百二十个以上。",
    "每年培训农村实用人才5000人次左右，其中新型职业农民一千五百人；一户一策，一人一档。",
    "力争三至五年内培育十家左右龙头企业，统一规划、分步实施，第一批试点县二十个。",
    # numerals next to the other alternatives: 一半, 三成, 八折, 三分之一, 百分之十五, 翻一番
    "十一半数以上的村达标，二十三成以上农户受益，按八折收费，三分之一的资金，百分之十五，收入翻一番。",
    "比例为1:500配备，二十5个，三十翻番，四十减半收取，五十半价，十二1/3，七十八5.5万元。",
    # runs at the end of the range, and a numeral right before a space or a range separator
    "全年完成植树造林一万 亩，新增二—三个示范点，建设十余个，三百多家企业",
    "一二三四五六七八九十百千万亿",
    "",
]


def _loop(search, text: str, lo: int, hi: int):
    out, pos = [], lo
    while True:
        m = search(text, pos, hi)
        if not m:
            return out
        q = read_quantity(text, m)
        if q is None or q.end > hi:
            pos = m.end()
            continue
        out.append((m.start(), m.end(), m.lastgroup, q.start, q.end, q.unit, [str(v) for v, _ in q.values]))
        pos = max(q.end, m.end())


def _ranges(text: str):
    n = len(text)
    yield 0, n
    for lo in range(0, min(n, 12)):
        for hi in (n, max(lo, n - 1), max(lo, n - 3), max(lo, n // 2)):
            yield lo, hi


@pytest.mark.parametrize("text", SNIPPETS)
def test_scanner_loop_is_token_loop_on_snippets(text):
    for lo, hi in _ranges(text):
        assert _loop(token_scanner().search, text, lo, hi) == _loop(TOKEN.search, text, lo, hi), (lo, hi)


def test_scanner_loop_is_token_loop_on_the_corpus():
    texts = [p.read_text(encoding="utf-8-sig", errors="ignore") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    assert texts
    for text in texts:
        assert _loop(token_scanner().search, text, 0, len(text)) == _loop(TOKEN.search, text, 0, len(text))


def test_scanner_starts_inside_a_numeral_run_when_asked_to():
    # the loop may go on from inside a run of numerals (after a token that ends in one): \G
    text = "一二三个"
    for pos in range(len(text) - 1):
        a, b = token_scanner().search(text, pos), TOKEN.search(text, pos)
        assert (a.span(), a.lastgroup) == (b.span(), b.lastgroup)
    assert token_scanner().search(text, len(text)) is None


def test_spaces_are_all_below_u3001():
    assert {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} == set(Q._SPACES)


def test_cn_next_chars_is_read_quantity_first_test():
    lex = Q.lexicon()
    for c in map(chr, range(0x10000)):
        plain = c in lex.unit_initials or c in Q.RANGE_SEP_INITIALS or c in Q.MORE_WORDS or c.isspace()
        assert (c in Q.cn_next_chars()) == plain, repr(c)
    assert "" not in Q.cn_next_chars()


def test_initials_read_from_the_patterns():
    assert Q.MULTIPLIER_INITIALS == frozenset("万亿千百")
    assert Q.RANGE_SEP_INITIALS == frozenset("—-–―－~～至到")  # (― U+2015: the dash of GB2312-era texts, session 13)
    assert Q.SPACE_CHARS == frozenset(" \t\u3000")
    assert Q.PER_SLASH == frozenset("/／")
    assert Q.ALT_OPEN == frozenset("（(")
    # each set holds every character a match can open with
    for initials, pattern in ((Q.MULTIPLIER_INITIALS, Q.MULTIPLIER_RE), (Q.RANGE_SEP_INITIALS, Q.RANGE_SEP_WORD),
                              (Q.PER_SLASH, Q.PER_UNIT.pattern), (Q.ALT_OPEN, Q.ALT_UNIT.pattern)):
        compiled = regex.compile(pattern)
        for c in map(chr, range(0x3000, 0x3100)):
            for tail in ("人", "次）", "万", "—"):
                m = compiled.match(c + tail)
                assert m is None or c in initials


def test_words_in_is_the_list_of_words_in():
    words = ("建设", "建设成", "设", "完成", "", "成为", "培训", "设")
    finder = T._WordsIn(words)
    for s in ("", "建设成为全国示范", "开展培训，完成建设", "设立", "无关的文字"):
        assert finder.present(s) == [w for w in words if w in s]


def test_has_verb_reads_every_verb_of_the_lexicon():
    verbs = [v for v, k in Q.lexicon().verbs.items() if k in ("demand", "provide", "modal", "share") and v != "有"]
    for v in verbs:
        assert T._has_verb("全县" + v + "示范点")
    assert not T._has_verb("住房城乡建设局")


def test_title_spans_are_the_alternation_scan():
    texts = ["依据《某省条例》（某政发〔2019〕8号）和《关于〔2020〕年《实施细则》的通知》，〔2021〕〔20x〕〔〔2022〕",
             "〔2020〕《", "《未闭合〔2018〕", "无标题"]
    texts += [p.read_text(encoding="utf-8-sig", errors="ignore") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    for text in texts:
        for lo, hi in ((0, len(text)), (2, max(2, len(text) - 4))):
            want = [(lo + m.start(), lo + m.end())
                    for m in regex.finditer(r"《(?:[^《》]|《[^《》]*》)*》|〔\d{4}〕", text[lo:hi])]
            assert T._title_spans(text, lo, hi) == sorted(want)


class _EveryPhrase:
    """A finder that names every phrase: _before_comparator as it was before _before_finder."""

    def places(self, s):
        return list(range(len(Q.lexicon().before)))


def test_before_comparator_of_a_rate_reads_every_phrase(monkeypatch):
    class Rate:
        unit = "%"

    cases = []
    for phrase, _ in Q.lexicon().before:
        for prefix in ("参保率" + phrase + "本市平均水平的", "补贴" + phrase + "最低工资标准的", phrase + "3个百分点和",
                       "城镇" + phrase, "不低于" + phrase + "上年的"):
            q = Rate()
            q.start = len(prefix)
            cases.append((prefix + "90%", q))
    fast = [T._before_comparator(text, 0, q) for text, q in cases]
    monkeypatch.setattr(T, "_before_finder", lambda: _EveryPhrase())
    assert fast == [T._before_comparator(text, 0, q) for text, q in cases]
    assert any(fast) and not all(fast)


def _corpus_texts():
    return [p.read_text(encoding="utf-8-sig", errors="ignore") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def test_quoted_names_are_the_class_scan():
    texts = ["称为“1+N”政策和‘三个一’工程，「二」『三』\"四\"“未闭合", "“”", "“" + "长" * 40 + "”"] + _corpus_texts()
    plain = regex.compile(r"[“‘「『\"]([^“”‘’「」『』\"\n]{1,30})[”’」』\"]")
    for text in texts:
        for lo, hi in ((0, len(text)), (3, max(3, len(text) - 7))):
            want = [(lo + m.start(), lo + m.end()) for m in plain.finditer(text[lo:hi])]
            got = [sp for sp in T._blocked_spans(text, lo, hi, books=[]) if text[sp[0]] in "“‘「『\""]
            assert got == want


def test_ordinal_before_is_the_pattern():
    texts = ["第3批，前10名，排名前5位，位列第2，列 3，其他 4，第\n5"] + _corpus_texts()[:5]
    for text in texts:
        for pos in range(len(text)):
            assert T._ordinal_before(text, pos) == (T.ORDINAL_BEFORE.search(text[max(0, pos - 3):pos]) is not None)
