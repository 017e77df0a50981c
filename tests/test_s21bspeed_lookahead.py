"""(s21b, issue 16) `scan.openings` reads a positive lookahead with what follows it: the text where a match opens
holds the lookahead's text too, so `省(?=、自治区)` opens with 省、自 and a branch whose lookahead cannot hold
(`(?=设区的市)` before 省) opens nowhere. The scan tried at the openings gives the matches of a full scan:
random patterns with lookaheads over a small alphabet, the organ layer's patterns on written text."""
import random

import regex

from pipeline.scan import finditer_openings, openings


def words(pattern, depth=3, **lists):
    return openings(regex.compile(pattern, **lists) if lists else regex.compile(pattern), depth)


def test_lookahead_openings():
    assert words(r"省(?=、自治区)") == {"省、自"}
    assert words(r"(?=设区的市)省工|市") == {"市"}
    assert words(r"x(?=y)") == {"xy"}
    assert words(r"(?=ab)a|(?=c)d") == {"ab"}  # (c before d cannot hold: that branch opens nowhere)
    assert words(r"(?=a|b)[abc]z") == {"az", "bz"}
    assert words(r"(?=\p{Han})ab") == {"ab"}  # a lookahead not enumerated: what follows as it is
    assert words(r"(?=\L<w>)\p{Han}+局", w=["财政", "教育"]) == {"财政", "教育"}
    assert words(r"ab(?=cdef)", depth=4) == {"abcd"}  # (cut at the depth)
    assert words(r"(?:a(?=b))?c") == {"ab", "c"}


def test_finditer_openings_with_lookaheads_is_finditer():
    rng = random.Random(21)
    atoms = ["a", "b", "c", "[ab]", "[^a]", "\\p{Han}", "(?<=a)", "(?!b)", "(?=a)", "(?=b[ac])", "(?=[ab]c|甲)",
             "(?=(?:ab)?c)", "甲", "乙"]
    tried = 0
    for _ in range(1500):
        def piece(d=0):
            k = rng.random()
            if d < 2 and k < 0.25:
                return "(?:" + "|".join(piece(d + 1) for _ in range(rng.randint(2, 3))) + ")"
            atom = rng.choice(atoms)
            return atom + rng.choice(["", "", "?", "*", "+", "{1,2}", "*?"]) if not atom.startswith("(?") else atom
        pattern = "".join(piece() for _ in range(rng.randint(1, 5)))
        try:
            rx_ = regex.compile(pattern)
        except regex.error:
            continue
        if rx_.search("") is not None or rx_.search("a") and rx_.search("a").end() == rx_.search("a").start():
            continue
        for _ in range(6):
            text = "".join(rng.choice("abc甲乙 ") for _ in range(rng.randint(0, 30)))
            if any(m.end() == m.start() for m in rx_.finditer(text)):
                continue
            want = [m.span() for m in rx_.finditer(text)]
            for depth in (1, 2, 3, 5):
                assert [m.span() for m in finditer_openings(rx_, text, depth)] == want, (pattern, text, depth)
            tried += 1
    assert tried > 1000
