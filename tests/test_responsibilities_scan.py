"""The responsibilities extractor's scanning shortcuts give what the plain loops they replace gave."""
import random
from bisect import bisect_left

from pipeline import rx as re
from pipeline.extract import responsibilities as R
from pipeline.extract.departments import NamedMention
from pipeline.nlp.organs import Mention

ALPHABET = "省市局负责牵头。；;！？\n（）()〔〕【】[]，、和甲乙丙"


def _texts(n=400, seed=7):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 60))), rnd


def test_sentences_at_holds_every_sentence_with_a_point():
    for text, rnd in _texts():
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        points = sorted(rnd.sample(range(len(text) + 2), min(len(text) + 2, rnd.randint(0, 8))))
        for cls, end, back in ((r"[^。！？\n]+", R.SENTENCE_END, R.SENTENCE_END_BACK),
                               (r"[^。；;！？\n]+", R.CLAUSE_END, R.CLAUSE_END_BACK)):
            runs = [(a + m.start(), a + m.end()) for m in re.finditer(cls, text[a:b])]
            got = R._sentences_at(text, a, b, end, back, points)
            assert got == sorted(set(got))  # in order, each once
            assert set(got) <= set(runs)
            for s, e in runs:  # every run holding a point in [s, e] is there
                k = bisect_left(points, s)
                if k < len(points) and points[k] <= e:
                    assert (s, e) in got


def _nm(s, e, text):
    return NamedMention(Mention(s, e, text[s:e], "named"), text[s:e])


def test_blanked_as_the_character_loop():
    for text, rnd in _texts():
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        inner = []
        for _ in range(rnd.randint(0, 4)):
            s = rnd.randint(0, len(text))
            inner.append(_nm(s, rnd.randint(s, len(text)), text))
        chars = list(text[a:b])
        for nm in inner:
            for i in range(max(nm.mention.start, a) - a, min(nm.mention.end, b) - a):
                chars[i] = " "
        assert R._blanked(text, a, b, inner) == "".join(chars)


def _matching_loop(text, i, b):
    depth = 0
    for found in R.BRACKET_OR_BREAK.finditer(text, i, min(b, i + 400)):
        c = text[found.start()]
        if c in R.OPEN_CLOSE:
            depth += 1
        elif c in R.OPEN_CLOSE.values():
            depth -= 1
            if depth == 0:
                return found.start()
        elif c == "\n":
            return None
    return None


def test_matching_as_the_bracket_loop():
    for text, rnd in _texts():
        for i in range(len(text) + 1):
            b = rnd.randint(i, len(text))
            assert R._matching(text, i, b) == _matching_loop(text, i, b)
    long = "（" + "甲" * 398 + "）"
    assert R._matching(long, 0, len(long)) == 399
    assert R._matching(long + "）", 0, len(long)) == 399
    longer = "（" + "甲" * 399 + "）"
    assert R._matching(longer, 0, len(longer)) is None  # beyond the 400 characters read


def test_clauses_as_the_character_loop():
    for text, rnd in _texts():
        a = rnd.randint(0, len(text))
        b = rnd.randint(a, len(text))
        out, cur = [], a
        for k in range(a, b):
            if text[k] in "；;。":
                out.append((cur, k))
                cur = k + 1
        out.append((cur, b))
        assert R._clauses(text, a, b) == [(s, e) for s, e in out if e > s]
