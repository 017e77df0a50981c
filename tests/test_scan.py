"""Fast paths that must give what the plain code gives: scanning only where a match can start
(pipeline.scan), span sets (pipeline.spans), the cached regex calls (pipeline.rx)."""
from pathlib import Path

import regex
import pytest

from pipeline import rx
from pipeline.scan import find_words, finditer_at, word_starts
from pipeline.spans import SpanIndex, items_within

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(ROOT.glob("corpus/*.txt")) + sorted(ROOT.glob("dev/country/raw/*.txt"))


def test_sector_list_matches_are_those_of_a_full_scan():
    """The sector_list pattern is tried only at its openings (five characters deep: a sector or
    mass word and what follows it): the same matches as a full scan."""
    from pipeline.nlp.organs import _patterns
    from pipeline.scan import finditer_openings, openings

    pattern = _patterns()["sector_list"]
    assert openings(pattern, 5)
    found = 0
    for path in TEXTS:
        text = path.read_text(encoding="utf-8-sig")
        want = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in finditer_openings(pattern, text, depth=5)]
        assert got == want, path.name
        found += len(want)
    assert found > 100


def test_finditer_at_is_finditer_given_the_possible_starts():
    pattern = regex.compile(r"ab+|b")
    text = "abbb b ab xb"
    starts = [i for i in range(len(text))]
    assert [m.span() for m in finditer_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]
    with pytest.raises(ValueError):
        list(finditer_at(regex.compile("x*"), "ab", [0]))


def test_span_index_answers_like_a_scan():
    import random

    rng = random.Random(0)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 6)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        idx = SpanIndex(spans[:3])
        for sp in spans[3:]:
            idx.add(sp)
        for pos in range(-1, 50):
            assert idx.covers(pos) == any(s <= pos < e for s, e in spans)
            for b in (pos, pos + 3):
                assert sorted(idx.overlapping(pos, b)) == sorted(sp for sp in spans if sp[0] < b and sp[1] > pos)
                assert idx.any_start_in(pos, b) == any(pos <= s < b for s, _ in spans)


def test_items_within_is_the_filter_it_replaces():
    items = [(0, 3), (2, 2), (2, 5), (4, 9), (7, 8), (7, 12)]
    for a in range(-1, 14):
        for b in range(a, 14):
            assert items_within(items, a, b, lambda x: x[0], lambda x: x[1]) == \
                [x for x in items if a <= x[0] and x[1] <= b]
    unsorted = [(5, 6), (1, 2)]
    assert items_within(unsorted, 0, 9, lambda x: x[0], lambda x: x[1]) == unsorted


def test_rx_module_calls_are_regex_calls():
    text = "到2025年，新增10万人；2027年达到15%"
    for name, args in [("match", (r"\D*(\d+)", text)), ("search", (r"\d+年", text)), ("fullmatch", (r".+", text)),
                       ("findall", (r"\d+", text)), ("split", (r"[，；]", text)), ("sub", (r"\d", "#", text)),
                       ("subn", (r"\d", "#", text, 2)), ("escape", ("a.b",))]:
        mine, theirs = getattr(rx, name)(*args), getattr(regex, name)(*args)
        if hasattr(mine, "span"):
            mine, theirs = (mine.span(), mine.groups()), (theirs.span(), theirs.groups())
        assert mine == theirs, name
    assert [m.span() for m in rx.finditer(r"\d+", text)] == [m.span() for m in regex.finditer(r"\d+", text)]
    assert rx.search(r"\d+", text, pos=5).span() == regex.search(r"\d+", text, pos=5).span()  # passed through
    assert rx.I == regex.I and rx.Pattern is regex.Pattern and rx.compile is regex.compile


def test_branch_matches_are_those_of_a_full_scan():
    """The branch pattern opens with a parent organ or a place right before a suffix (`_branch_starts`)."""
    from pipeline.nlp.organs import _branch_starts, _branches_table

    pattern = _branches_table().pattern
    found = 0
    texts = [p.read_text(encoding="utf-8-sig") for p in TEXTS]
    texts.append("中国人民银行合肥中心支行、人行 安徽中心支行、华北能源监管局、安徽证监局和山东金融监管局")
    for text in texts:
        for start, end in [(0, len(text)), (3, max(3, len(text) - 5))]:
            want = [m.span() for m in pattern.finditer(text, start, end)]
            got = [m.span() for m in finditer_at(pattern, text, _branch_starts(text, start, end), end)]
            assert got == want
            found += len(want)
    assert found > 10


def test_doc_numbers_are_those_of_a_full_scan():
    """发文字号 found from their brackets (pipeline.scan.finditer_run_then) = DOC_NUMBER.finditer."""
    from pipeline.extract.targets import AGENCY_LETTER, DOC_NUMBER_IN_BODY, DOC_NUMBER_TAIL
    from pipeline.patterns import DOC_NUMBER, doc_numbers
    from pipeline.scan import finditer_run_then

    made_up = ["鲁政发〔2019〕7号", "关于转发省人力资源社会保障厅鲁人社规〔2021〕3号和鲁财社〔2020〕15号的通知",
               "ABC〔2020〕1号冀政办字〔2021〕2号", "〔2020〕1号", "x" * 20 + "[2018]5号", "号（（2019）3号",
               "晋政发〔2020〕〔2021〕4号", "陕政办发［2022］ 第 12 号。", "根据国发【2017】9号文件"]
    texts = made_up + [p.read_text(encoding="utf-8-sig") for p in TEXTS]
    found = 0
    for text in texts:
        want = [(m.span(), m.group("num")) for m in DOC_NUMBER.finditer(text)]
        assert [(m.span(), m.group("num")) for m in doc_numbers(text)] == want, text[:20]
        found += len(want)
        for lo, hi in ((0, len(text)), (3, len(text) - 2), (len(text) // 3, len(text))):
            want = [m.span() for m in DOC_NUMBER_IN_BODY.finditer(text[lo:hi])]
            got = finditer_run_then(DOC_NUMBER_IN_BODY, DOC_NUMBER_TAIL, AGENCY_LETTER, 14, text, lo, hi)
            assert [(s - lo, e - lo) for s, e in (m.span() for m in got)] == want, text[:20]
    assert found > 20


def test_backward_break_search_is_the_last_break_of_a_forward_scan():
    """targets._back_to searches backwards; it must find what the last forward match found."""
    import random

    from pipeline.extract.targets import CLAUSE_BREAK, PER_YEAR_BREAK, SENTENCE_BREAK, _back_to

    def forward(text, pos, lo, breaks):
        start = lo
        for m in breaks.finditer(text, max(lo, pos - 300), pos):
            start = m.end()
        return max(start, lo)

    rng = random.Random(7)
    texts = ["到2025年，新增1,000人,2,000户；完成3,5项。", "a,123"] + [p.read_text(encoding="utf-8-sig") for p in TEXTS[:30]]
    for text in texts:
        positions = {rng.randrange(len(text) + 1) for _ in range(200)}
        positions |= {i + k for i, ch in enumerate(text) if ch == "," for k in range(5)}
        for pos in positions:
            pos = min(pos, len(text))
            for lo in (0, pos // 2):
                for breaks in (CLAUSE_BREAK, SENTENCE_BREAK, PER_YEAR_BREAK):
                    assert _back_to(text, pos, lo, breaks) == forward(text, pos, lo, breaks)


def test_collective_pattern_with_a_named_sector_list_matches_like_the_alternation():
    """organs' `collective` pattern names its sectors as \\L<sect>; written out as the alternation
    (longest first) it must find the same matches."""
    from pipeline.nlp.organs import _patterns, _sector_alt, organ_tables

    named = _patterns()["collective"]
    spelled = regex.compile(named.pattern.replace(r"\L<sect>", "(?:" + _sector_alt(organ_tables()) + ")"), named.flags)
    made_up = ["请各级教育行政部门和各有关单位抓好落实", "县（市、区）人民政府、省直有关部门要加强协调",
               "由各市人力资源社会保障部门会同同级财政部门负责", "国务院有关部门、中央和国家机关各部门"]
    found = 0
    for text in made_up + [p.read_text(encoding="utf-8-sig") for p in TEXTS]:
        want = [m.span() for m in spelled.finditer(text)]
        assert [m.span() for m in named.finditer(text)] == want, text[:20]
        found += len(want)
    assert found > 100


def test_clean_fast_paths_give_the_regex_result():
    """clean._fix_spaces and _strip_markdown return early on text without the characters their
    patterns need; the result is what the patterns give."""
    from pipeline import clean

    def slow_fix(s):
        s = clean.SPACE_RUN.sub(" ", s)
        s = clean.SPACE_CJK_DIGIT.sub("", s)
        return clean.SPACE_BEFORE_PUNCT.sub("", s).strip()

    def slow_md(line):
        if clean.MARKDOWN_RULE.match(line):
            return ""
        return clean.BOLD.sub("", clean.MARKDOWN_QUOTE.sub("", clean.MARKDOWN_HEADING.sub("", line)))

    lines = ["到2025年，全省新增技能人才10万人。", " 完成 1.5万 人次 ，", "\u3000\u3000一、总体要求", "## 二、重点任务",
             "> 引文", "**加粗**与__下划线__", "---", "a\u00a0b", "第 3 页", "\t表1\t", "(一) 加强领导"]
    lines += [ln for p in TEXTS[:20] for ln in p.read_text(encoding="utf-8-sig").split("\n")]
    for line in lines:
        assert clean._fix_spaces(line) == slow_fix(line), line
        assert clean._strip_markdown(line) == slow_md(line), line


def test_openings_read_from_the_pattern_syntax():
    from pipeline.scan import openings

    def words(pattern, **lists):
        return openings(regex.compile(pattern, **lists) if lists else regex.compile(pattern))

    assert words(r"ab|c[de]f?") == {"ab", "cd", "ce"}  # cdf adds no offset to cd
    assert words(r"(?:各|所在地)?镇政府") == {"各镇政", "所在地", "镇政府"}
    assert words(r"x*y") == {"x", "y"}
    assert words(r"[省市]直") == {"省直", "市直"}
    assert words(r"(?<=[由和])街镇(?!各)") == {"街镇"}  # lookbehinds and negative lookaheads are passed over
    assert words(r"(?<=[由和])街镇(?=负责)") == {"街镇负"}  # (s21b) a positive lookahead is read with what follows
    assert words(r"ab{2,}c") == {"ab"}
    assert words(r"a\L<w>z", w=["12", "3"]) == {"a12", "a3z"}
    # a match may open with a character the syntax does not enumerate: no openings
    # …or syntax the standard parser reads otherwise (a POSIX class, a fuzzy constraint)
    for pattern in (r"\p{Han}+局", r"[^a]b", r".b", r"a?\d", r"(?i)ab", r"x|", r"[[:alpha:]]x", r"(?:ab){e<=1}"):
        assert words(pattern) is None, pattern
    assert openings(regex.compile("ab", regex.I)) is None


def test_finditer_openings_is_finditer():
    """Random patterns over a small alphabet: the scan tried only at derived openings gives the
    matches of a full scan (or falls back to it)."""
    import random

    from pipeline.scan import finditer_openings

    rng = random.Random(1)
    atoms = ["a", "b", "c", "[ab]", "[^a]", "\\p{Han}", "(?<=a)", "(?!b)", "甲", "乙"]
    for _ in range(400):
        def piece(d=0):
            k = rng.random()
            if d < 2 and k < 0.2:
                return "(?:" + "|".join(piece(d + 1) for _ in range(rng.randint(2, 3))) + ")"
            atom = rng.choice(atoms)
            return atom + rng.choice(["", "", "?", "*", "+", "{1,2}", "*?"]) if not atom.startswith("(?") else atom
        pattern = "".join(piece() for _ in range(rng.randint(1, 4)))
        try:
            rx_ = regex.compile(pattern)
        except regex.error:
            continue
        if rx_.search("") is not None or rx_.search("a") and rx_.search("a").end() == rx_.search("a").start():
            continue  # patterns that can match the empty string are not scanned this way
        for _ in range(5):
            text = "".join(rng.choice("abc甲乙 ") for _ in range(rng.randint(0, 30)))
            if any(m.end() == m.start() for m in rx_.finditer(text)):
                continue
            want = [m.span() for m in rx_.finditer(text)]
            for depth in (1, 3, 5):
                assert [m.span() for m in finditer_openings(rx_, text, depth)] == want, (pattern, text, depth)


def test_collective_matches_are_those_of_a_full_scan():
    from pipeline.nlp.organs import _patterns
    from pipeline.scan import finditer_openings, openings

    pattern = _patterns()["collective"]
    assert openings(pattern)  # derived: the scan is tried at the openings only
    found = 0
    for path in TEXTS:
        text = path.read_text(encoding="utf-8-sig")
        assert [m.span() for m in finditer_openings(pattern, text, depth=4)] == [m.span() for m in pattern.finditer(text)]
        found += sum(1 for _ in pattern.finditer(text))
    assert found > 500


def test_sector_list_members_are_those_of_a_scan_of_all_mentions(monkeypatch):
    """organs._ListMembers and _StartIndex find a list's sector mentions without scanning every
    mention made so far: the same mentions, changed the same way, as the plain scan on every text (and on
    one text repeated, where the plain scan was quadratic)."""
    from pipeline.nlp import organs

    def plain(self, out, a, b):
        return [x for x in out if x.kind == "sector" and a <= x.start < b]

    def shapes(text):
        return [(m.start, m.end, m.text, m.kind, m.scope, m.stem, m.marker, m.place, list(m.parts), m.sector)
                for m in organs._sector_lists(text, 0, len(text))]

    texts = [p.read_text(encoding="utf-8-sig") for p in TEXTS]
    texts.append("\n".join(texts[:3]) * 5)
    fast = [shapes(t) for t in texts]
    monkeypatch.setattr(organs._ListMembers, "sectors_in", plain)
    monkeypatch.setattr(organs._StartIndex, "sectors_in", plain)
    assert [shapes(t) for t in texts] == fast
    assert sum(1 for s in fast for m in s if m[3] == "named" and m[4] == "levelsector") > 10


def test_word_starts_of_a_range_are_those_of_the_automaton_over_the_range():
    """scan.word_starts hands the automaton the range as a string of its own (its
    `iter(text, start, end)` reads all of `text` each call): the same offsets."""
    import random

    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in ("ab", "b", "abc", "ca", "甲乙"):
        auto.add_word(w, len(w))
    auto.make_automaton()
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice("abc甲乙") for _ in range(rng.randint(0, 25)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        want = sorted({last - n + 1 for last, n in auto.iter(text, s, e)})
        assert word_starts(auto, text, s, e) == want


def test_backward_automaton_finds_the_occurrences_of_the_forward_one():
    """scan.BackwardAutomaton (words spelled backwards over the text reversed) and word_automaton
    (whichever direction scans faster): the same (start, end, value) occurrences and word starts
    as a forward automaton, also over a range of the text."""
    import random

    import ahocorasick

    from pipeline.scan import BackwardAutomaton, word_automaton

    words = ("ab", "b", "abc", "ca", "甲乙", "乙", "市政府", "政府", "府")
    fwd = ahocorasick.Automaton()
    for w in words:
        fwd.add_word(w, w)
    fwd.make_automaton()
    back = BackwardAutomaton((w, w) for w in words)
    starts = word_automaton(words)
    # the words open with 7 characters and end with 5: the backward automaton is chosen
    assert isinstance(word_automaton(["市政府", "省政府", "县政府", "区政府"]), BackwardAutomaton)
    rng = random.Random(1)
    for _ in range(3000):
        text = "".join(rng.choice("abc甲乙市政府") for _ in range(rng.randint(0, 25)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        want = sorted((s + last - len(w) + 1, s + last + 1, w) for last, w in fwd.iter(text[s:e]))
        assert sorted(back.spans(text, s, e)) == want
        assert word_starts(starts, text, s, e) == sorted({a for a, _, _ in want})


def test_find_words_and_starts_before_are_what_a_scan_gives():
    """scan.find_words: every offset where one of the literal words lies in the range (overlapping
    ones too); scan.starts_before: every offset whose character `first` matches with an anchor 1 to
    `reach` characters after it, in a range; with finditer_at the matches of a full scan."""
    import random

    from pipeline import rx as re
    from pipeline.scan import find_words, starts_before

    rng = random.Random(2)
    first = re.compile("[省市]")
    pattern = re.compile(r"[省市](?:人民政府)?[^，。]{1,4}?主管部门")
    for _ in range(2000):
        text = "".join(rng.choice(["省", "市", "人民政府", "教育", "主管", "部门", "主管部门", "，", "管理部门"])
                       for _ in range(rng.randint(0, 14)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        words = ("主管部门", "管理部门", "部门")
        want = [k for k in range(s, e) if any(text.startswith(w, k) and k + len(w) <= e for w in words)]
        assert find_words(text, words, s, e) == want
        anchors = find_words(text, ("主管部门",))
        got = starts_before(text, anchors, first, 11, s, e)
        assert got == [k for k in range(s, e) if first.match(text, k) and any(k < q <= k + 11 for q in anchors)]
        assert [m.span() for m in finditer_at(pattern, text, starts_before(text, anchors, first, 11))] == \
            [m.span() for m in pattern.finditer(text)]


def test_marker_sector_windows_find_what_a_full_scan_finds():
    """organs._qualified_sectors tries marker_sector only at markers within _marker_sector_reach of
    a 部门/机构 (the longest sector and function word included): the matches of a full scan, on
    lists built from the longest words of the tables."""
    import random

    from pipeline.nlp import organs
    from pipeline.nlp.tables import organ_tables
    from pipeline.scan import find_words, starts_before

    pattern = organs._patterns()["marker_sector"]
    longest = sorted(organ_tables().sectors, key=len)[-8:]
    pieces = ["国家、", "省、", "部、", "市", "县", "区", "、县", "人民政府", "政府", "综合行政执法", "行政", "主管",
              "部门", "机构", "，", "和", "的"] + longest
    rng = random.Random(3)
    for _ in range(1500):
        seg = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        starts = starts_before(seg, find_words(seg, ("部门", "机构")), organs.MARKER_SECTOR_FIRST,
                               organs._marker_sector_reach())
        assert [m.span() for m in finditer_at(pattern, seg, starts)] == [m.span() for m in pattern.finditer(seg)]


def test_branch_starts_find_what_a_full_scan_finds():
    """organs._branch_starts (parents by str.find, places only right before a suffix): the branch
    pattern matches there what a full scan matches."""
    import random

    from pipeline.nlp import organs

    b = organs._branches_table()
    places = ["安徽", "合肥", "合肥市", "华北", "山东省", "青岛", "广州"]
    pieces = places + ["人行", "中国人民银行", "证监会", " ", "中心支行", "证监局", "能源监管局", "分行", "营业管理部",
                       "调查队", "和", "，", "市"]
    rng = random.Random(4)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        assert [m.span() for m in finditer_at(b.pattern, text, organs._branch_starts(text, s, e), e)] == \
            [m.span() for m in b.pattern.finditer(text, s, e)]


def test_list_close_windows_find_what_a_full_scan_finds():
    """organs._open_sector_lists tries LIST_CLOSE only at 等 within 30 characters before 部门."""
    import random

    from pipeline.nlp import organs
    from pipeline.scan import find_words, starts_before

    pieces = ["等", "有关", "相关", "职能", "主管", "行政", "部门", "、", "，", "教育", "公安", "x ", "十二个字十二个字十二个字"]
    rng = random.Random(6)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        closes = starts_before(text, find_words(text, ("部门",), s, e), organs.LIST_CLOSE_FIRST, 30, s, e)
        assert [m.span() for m in finditer_at(organs.LIST_CLOSE, text, closes, e)] == \
            [m.span() for m in organs.LIST_CLOSE.finditer(text, s, e)]


def test_stdlib_twin_substitutes_as_the_regex_pattern():
    """scan.StdlibTwin: the annotation filler pattern substituted by the stdlib engine gives what
    `regex` gives, also on strings with characters the engines' \\s/\\d read differently (\\x1c)
    or beyond the BMP (then `regex` is used); regex-only syntax gets no twin."""
    import random

    from pipeline import rx as re
    from pipeline.extract.responsibilities import FILLER
    from pipeline.scan import StdlibTwin

    twin = StdlibTwin(FILLER)
    assert twin.twin is not None
    pieces = ["牵头", "负责", "配合", "市教育局", "、", "，", "完成时限：", "2023年底前完成", "等有关部门", " ", "\u3000",
              "\x1c", "𝟙", "１２", "列第一位者为牵头单位", "下同", "和", "推进", "工作"]
    rng = random.Random(7)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert twin.sub(" ", s) == FILLER.sub(" ", s)
    for source in (r"\p{Han}+", r"(?P<x>a)\L<w>", r"(?i)ab", r"[[:alpha:]]"):
        try:
            pattern = re.compile(source, w=["x"]) if "\\L" in source else re.compile(source)
        except re.error:
            continue
        assert StdlibTwin(pattern).twin is None


def test_multi_starts_are_the_word_starts_of_each_set():
    from pipeline.scan import MultiStarts, word_automaton

    sets = [["有关部门", "有关", "各级"], ["部门", "门"], ["镇", "街道", "有关部门"], []]
    scanner = MultiStarts(sets)
    for text in ("各级有关部门和街道、镇有关部门", "", "门", "无关文字"):
        for start, end in ((0, len(text)), (1, len(text)), (2, max(2, len(text) - 1))):
            got = scanner.starts(text, start, end)
            for words, offsets in zip(sets, got):
                want = word_starts(word_automaton(words), text, start, end) if words else []
                assert [start + k for k in offsets] == want


def test_multi_starts_find_every_overlapping_occurrence_like_pyahocorasick():
    """The Rust automaton of MultiStarts reports every occurrence, nested and overlapping (a word
    inside another, a word that is another's suffix, runs of one character), as word_starts."""
    import random

    from pipeline.scan import MultiStarts, word_automaton

    rng = random.Random(7)
    alphabet = "省市县局委办部门有关各级"
    for _ in range(200):
        sets = [list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))})
                for _ in range(rng.randint(1, 4))]
        scanner = MultiStarts(sets)
        text = "".join(rng.choice(alphabet + "，x") for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        got = scanner.starts(text, start, len(text))
        for words, offsets in zip(sets, got):
            assert [start + k for k in offsets] == word_starts(word_automaton(words), text, start, len(text))


def test_organ_patterns_tried_at_their_openings_match_like_a_full_scan():
    """The collective, sector list, branch and township patterns, tried where the one shared scan
    says they can open (derived from each pattern's text at load time), give finditer's matches."""
    from pipeline.nlp import organs

    p = organs._patterns()
    names, _ = organs._opening_scanner()
    assert names[:5] == ["collective", "collective_kinds", "sector_list", "full_branch", "township"]  # all derived
    pats = {"collective": p["collective"], "collective_kinds": p["collective_kinds"], "sector_list": p["sector_list"],
            "full_branch": organs.FULL_BRANCH, "township": organs._township_rx()}
    found = 0
    for path in TEXTS[::3]:
        text = path.read_text(encoding="utf-8-sig")
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            seg = text[start:end]
            for name, pat in pats.items():
                absolute = name in ("full_branch", "township")
                got = [m.span() for m in organs._tried_at(name, pat, text, start, end, absolute=absolute)]
                want = [m.span() for m in (pat.finditer(text, start, end) if absolute else pat.finditer(seg))]
                assert got == want, name
                found += len(want)
    assert found > 300



def test_branch_words_of_the_shared_scan_are_those_str_find_gives():
    from pipeline.nlp import organs

    b = organs._branches_table()
    names, _ = organs._opening_scanner()
    assert "branch_suffix" in names and "branch_parent" in names
    for path in TEXTS[::2]:
        text = path.read_text(encoding="utf-8-sig")
        for start, end in ((0, len(text)), (len(text) // 4, len(text) // 2)):
            found = organs._segment_starts(text, start, end)
            assert [start + k for k in found["branch_suffix"]] == find_words(text, tuple(b.templates), start, end)
            assert [start + k for k in found["branch_parent"]] == find_words(text, organs.BRANCH_PARENTS.split("|"), start, end)
            assert bool(found["branch_suffix"]) == (b.suffix.search(text, start, end) is not None)


def test_words_of_the_shared_scan_are_those_str_find_gives():
    from pipeline.nlp import organs

    for path in TEXTS[::2]:
        text = path.read_text(encoding="utf-8-sig")
        for start, end in ((0, len(text)), (len(text) // 4, len(text) // 2)):
            for name, words in organs._scanned_words().items():
                assert organs._words_in(name, text, start, end) == find_words(text[start:end], words)
                assert organs._words_in(name, text, start, end, absolute=True) == find_words(text, words, start, end)
            heads = organs._segment_starts(text, start, end)["body_head"]
            assert [start + k for k in heads] == find_words(text, organs._body_head_openings(), start, end)


def test_stdlib_twin_reads_han_and_lists_as_regex_does():
    """scan.stdlib_twin: \\p{Han}/\\P{Han} become classes of the code points `regex` gives them, a
    named list the alternation of its words longest first, a lookbehind of words of several
    lengths one lookbehind per word; what the two engines could read differently gets no twin."""
    import random
    import re as stdlib_re

    from pipeline import rx as re
    from pipeline.scan import _utf32_all, stdlib_twin

    every = _utf32_all()
    for escape in (r"\p{Han}", r"\P{Han}", r"\s", r"\S", r"\d", r"\D", r"\w", r"\W", r"[^\P{Han}\s]", r"[\d\S]"):
        pattern = re.compile(escape)
        assert stdlib_twin(pattern) is not pattern, escape
        assert [m.start() for m in stdlib_twin(pattern).finditer(every)] == [m.start() for m in pattern.finditer(every)]
    cases = [re.compile(r"\L<w>c|\L<w>", w=["a", "ab", "abb", "b"]),
             re.compile(r"(?P<x>[^\P{Han}的]{1,3}?)(?<=执法|监管|保护)机构(?<!督导|工作机构)"),
             re.compile(r"(?:(?<=[由和])|^)[省市]\p{Han}{0,4}?局(?![长])"),
             re.compile(r"[\u3000\x61]+\U00005c40|b")]
    pieces = ["a", "b", "c", "ab", "\u3000", "局", "执法", "监管", "督导", "工作", "机构", "局", "长", "由", "和", "省", "市", "的", "x", "、"]
    rng = random.Random(11)
    for pattern in cases:
        twin = stdlib_twin(pattern)
        assert isinstance(twin, stdlib_re.Pattern), pattern.pattern
        for _ in range(2000):
            s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
            pos = rng.randint(0, len(s))
            assert [(m.span(), m.groups()) for m in twin.finditer(s, pos)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(s, pos)], (pattern.pattern, s)
            want = pattern.match(s, pos)
            got = twin.match(s, pos)
            assert (got and got.span()) == (want and want.span())
    for source in (r"\bx", r"a\B", r"(?i)ab", r"[[:alpha:]]", r"(?:ab){e<=1}", r"a*", r"(?>ab)c",
                   r"\p{Latin}", r"(a)\1", r"[a&&b]x", r"[a[b]]"):
        try:
            pattern = re.compile(source)
        except re.error:
            continue
        assert stdlib_twin(pattern) is pattern, source


def test_organ_patterns_twinned_match_as_regex_does():
    """The organ layer's patterns tried by the stdlib engine (finditer_at): the same matches and
    groups as `regex` over the corpus."""
    from pipeline.extract import departments, responsibilities
    from pipeline.nlp import organs
    from pipeline.scan import stdlib_twin

    p = organs._patterns()
    pats = dict(p, full_branch=organs.FULL_BRANCH, township=organs._township_rx(), body_head=organs.BODY_HEAD,
                productive_stem=organs.PRODUCTIVE_STEM, productive_marker=organs.PRODUCTIVE_MARKER,
                honour_after=organs.HONOUR_AFTER, division=departments._division_table()[2],
                role_cue=responsibilities.ROLE_CUE, clause_end=responsibilities.CLAUSE_END,
                opening=responsibilities.OPENING)
    twinned = {k: v for k, v in pats.items() if stdlib_twin(v) is not v}
    assert {"collective", "collective_kinds", "sector_list", "marker_sector", "township", "productive_stem",
            "division"} <= set(twinned)
    found = 0
    for path in TEXTS[::2]:
        text = path.read_text(encoding="utf-8-sig")
        for name, pat in twinned.items():
            want = [(m.span(), m.groups()) for m in pat.finditer(text)]
            assert [(m.span(), m.groups()) for m in stdlib_twin(pat).finditer(text)] == want, (name, path.name)
            found += len(want)
    assert found > 1000


def test_clean_line_patterns_twinned_match_as_regex_does():
    """clean's line tests (page number, bare number, 序号 header, item number, date line) matched
    by the stdlib engine: the same match as `regex` on every line of the corpus and on edge cases
    (full-width digits, ideographic spaces, a final newline)."""
    from pipeline import clean
    from pipeline.patterns import DATE_ONLY_LINE, NUMBERING_START
    from pipeline.scan import stdlib_twin

    pats = {"page": clean.PAGE_NUMBER_LINE, "bare": clean.BARE_NUMBER, "header": clean.TABLE_NUMBER_HEADER,
            "numbering": NUMBERING_START, "date": DATE_ONLY_LINE}
    assert all(stdlib_twin(p) is not p for p in pats.values())
    lines = ["12", " 12 ", "１２", "12\n", "\u3000３\u3000", "— 4 —", "- 4 -", "第 4 页 共 9 页", "4/9", "序 号", "编号",
             "一、总体要求", "（三）", "1.", "1．加强", "2024年3月1日", "二〇二四年三月一日", "第一条", ""]
    for path in TEXTS:
        for line in path.read_text(encoding="utf-8-sig").split("\n"):
            lines += [line, line.strip()]
    for name, pat in pats.items():
        twin = stdlib_twin(pat)
        for line in lines:
            m, t = pat.match(line), twin.match(line)
            assert (m and (m.span(), m.groups())) == (t and (t.span(), t.groups())), (name, line[:40])


def test_label_lines_tried_at_their_openings_match_like_a_full_scan():
    """responsibilities.LABEL tried only where a label word opens (openings derived from its text;
    its one group name stands for three groups, read unnamed for the derivation): finditer's matches."""
    from pipeline.extract.responsibilities import LABEL
    from pipeline.scan import opening_automaton, openings

    words = openings(LABEL, 2)
    assert words and "牵头" in words and "责任" in words
    auto = opening_automaton(LABEL, 2)
    found = 0
    for path in TEXTS[::2]:
        text = path.read_text(encoding="utf-8-sig")
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            want = [(m.span(), m.group("label")) for m in LABEL.finditer(text, start, end)]
            got = [(m.span(), m.group("label")) for m in finditer_at(LABEL, text, word_starts(auto, text, start, end), end)]
            assert got == want, path.name
            found += len(want)
    assert found > 50
