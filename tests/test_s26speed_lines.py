"""(s26, issue 16) The line bounds targets' per-number table checks ask (`_goal_cell`, `_row_deadline`, `_row_number`,
`_bar_cell`, …) read from a reach around the number, else from the line breaks listed once per text: a 5 MB text on one
line was scanned back to its start and copied at each of its numbers. Each helper checked against the expression it
replaces, on texts with lines shorter and longer than the reach, and on a second text after the first (one text kept)."""
import random

from pipeline.extract import targets
from pipeline.extract.targets import LINE_REACH, _blank, _line_end, _line_start, _parted


def _texts(rng):
    pieces = ["\n", "|", "\t", " ", "\u3000", "年", "指标", "x" * LINE_REACH, "y" * (3 * LINE_REACH), "\n\n"]
    for _ in range(60):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


def test_line_bounds_are_the_scans_they_replace():
    rng = random.Random(26)
    for text in _texts(rng):
        n = len(text)
        for _ in range(40):
            lo, pos = rng.randint(0, n + 2), rng.randint(0, n + 2)
            if rng.random() < 0.7:
                lo, pos = min(lo, pos), max(lo, pos)
            assert _line_start(text, lo, pos) == text.rfind("\n", lo, pos) + 1, (lo, pos)
            assert _line_end(text, pos) == text.find("\n", pos), pos
            a, b = sorted((lo, pos))
            assert _parted(text, a, b) == ("|" in text[a:b] or "\t" in text[a:b]), (a, b)
            assert _blank(text, a, b) == (not text[a:b].strip()), (a, b)
            # the same text again, after another: its breaks are listed anew, not another text's
            _line_end("\n" + text, 0)
            assert _line_start(text, lo, pos) == text.rfind("\n", lo, pos) + 1, (lo, pos)


def test_a_long_line_is_listed_once():
    text = ("第一条 到2025年新建公厕50座，改造农村户厕3000户。" * 4000) + "\n| 1 | 新建公厕 | 50座 |\n"
    end = text.index("\n")
    assert _line_start(text, 0, end - 10) == 0 and _line_end(text, 5) == end
    assert targets._LINES[0] is text  # (listed: the reach did not find the line's ends)
    assert _line_start(text, 0, end + 3) == end + 1 and _parted(text, 0, end) is False and _parted(text, end, end + 3)
