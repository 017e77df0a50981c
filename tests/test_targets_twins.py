"""The targets stage's patterns run on the standard library's engine (scan.stdlib_twin): each one
gets a twin, and the twin finds what `regex` finds, called as the stage calls it (a match or a
search over a short stretch, a search of the whole body), over the corpus."""
from pathlib import Path

import re as stdlib_re

from pipeline import quantity
from pipeline.extract import targets
from pipeline.scan import stdlib_twin

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted(ROOT.glob("corpus/*.txt")) + sorted(ROOT.glob("dev/country/raw/*.txt"))

TWINNED_TARGETS = ("DESCRIPTIVE_BEFORE", "ARTICLE_LIST", "DISCOUNT", "CLAUSE_BREAK", "CONDITION_START", "BAND_TAIL",
                   "OPENING_CLAUSE", "RUN_IN_HEADING", "INTRODUCER_END", "PAST", "REQUEST_REPORTED",
                   "STATISTICS_REPORTED", "IN_FORCE", "LENGTH_FIRST", "VALID_RANGE", "FROM_ISSUE", "VALID_UNTIL")
TWINNED_QUANTITY = ("RANGE_SEP", "HAN_RUN", "COUNT_SUBJECT")
BODY_WIDE = ("IN_FORCE", "LENGTH_FIRST", "VALID_RANGE", "FROM_ISSUE", "VALID_UNTIL")


def _patterns():
    pats = {name: getattr(targets, name) for name in TWINNED_TARGETS}
    pats.update({name: getattr(quantity, name) for name in TWINNED_QUANTITY})
    return pats


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups())


def test_targets_patterns_have_twins():
    for name, pat in _patterns().items():
        assert isinstance(stdlib_twin(pat), stdlib_re.Pattern), name
    assert isinstance(targets._verb_at_end(), stdlib_re.Pattern)
    assert isinstance(targets._any_exclusion(), stdlib_re.Pattern)


def test_targets_twins_match_as_regex_does_over_the_corpus():
    pats = _patterns()
    plain = {"_verb_at_end": targets._verb_at_end_rx(), "_any_exclusion": targets._any_exclusion_rx()}
    twins = {name: stdlib_twin(p) for name, p in pats.items()}
    twins.update({"_verb_at_end": targets._verb_at_end(), "_any_exclusion": targets._any_exclusion()})
    pats.update(plain)
    found = 0
    for path in TEXTS[::3]:
        text = path.read_text(encoding="utf-8-sig")
        for name, pat in pats.items():
            twin = twins[name]
            if name in BODY_WIDE:
                assert [(m.span(), m.groups()) for m in twin.finditer(text)] == \
                       [(m.span(), m.groups()) for m in pat.finditer(text)], (name, path.name)
                continue
            for a in range(0, len(text), 17):
                b = min(len(text), a + 40)
                piece = text[a:b]
                for got, want in ((twin.match(text, a, b), pat.match(text, a, b)),
                                  (twin.search(text, a, b), pat.search(text, a, b)),
                                  (twin.search(piece), pat.search(piece)),
                                  (twin.fullmatch(text, a, a + 4), pat.fullmatch(text, a, a + 4))):
                    assert _same(got, want), (name, path.name, a)
                    found += want is not None
                assert twin.split(piece, maxsplit=1) == pat.split(piece, maxsplit=1), (name, path.name, a)
    assert found > 1000


def test_sentence_ends_are_those_of_the_sentence_pattern():
    """targets._sentence_ends: the ends of `[^。！？]*[。！？]`'s matches (`_goal_sentences`)."""
    import regex

    pat = regex.compile(r"[^。！？]*[。！？]")
    samples = ["", "没有句号", "到2025年，目标。", "一。二！三？尾巴", "。。！", "到2020年，全市培训1万人。到2025年，基本建成。余下"]
    for path in TEXTS[::5]:
        samples += path.read_text(encoding="utf-8-sig").split("\n")
    for para in samples:
        assert targets._sentence_ends(para) == [m.end() for m in pat.finditer(para)], para[:40]


def test_implicit_person_unit_reads_the_nouns_as_the_loop_does():
    """quantity._implicit_person_unit: one pattern of the person nouns and `endswith` of them all
    say what the loop over the nouns says."""
    nouns = quantity.lexicon().person_nouns

    def loop(text, pos):
        nxt = quantity.HAN_RUN.match(text, pos)
        if not nxt:
            return None
        phrase = nxt.group(0)
        return "人" if any(phrase.endswith(n) or n in phrase[:8] for n in nouns) else None

    found = 0
    for path in TEXTS[::4]:
        text = path.read_text(encoding="utf-8-sig")
        for pos in range(0, len(text), 3):
            want = loop(text, pos)
            assert quantity._implicit_person_unit(text, pos) == want, (path.name, pos)
            found += want is not None
    assert found > 100
