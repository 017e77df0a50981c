"""(s17, issue 16) scan.stdlib_twin reads a MULTILINE pattern (`re.M` or a leading `(?m)`): ^ and $ at each line's
start and end in both engines, also at pos and endpos. Checked exhaustively on short strings against `regex`
itself, and on the targets' explainer head (a web copy's 政策解读 after the notice), which now searches the body
on the standard library's engine."""
import itertools
import re as stdlib_re

import regex

from pipeline.extract.targets import EXPLAINER_HEAD, _explainer_start
from pipeline.scan import stdlib_twin

LINE_PATTERNS = (r"^a", r"a$", r"^a$", r"^\n?a", r"a\n$", r"x$\n^y", r"^a|b$", r"^[^\n]{1,3}$", r"^\s*a")
ALPHABET = "a\nx\ry\x0b\x85\u2028"


def _span(m):
    return None if m is None else (m.span(), m.groups())


def test_multiline_twin_matches_regex_everywhere():
    for source in LINE_PATTERNS:
        for pattern in (regex.compile(source, regex.M), regex.compile("(?m)" + source)):
            twin = stdlib_twin(pattern)
            assert isinstance(twin, stdlib_re.Pattern) and twin.flags & stdlib_re.M, source
            for n in range(5):
                for chars in itertools.product(ALPHABET, repeat=n):
                    s = "".join(chars)
                    for pos in range(n + 1):
                        for end in range(pos, n + 1):
                            for method in ("match", "search", "fullmatch"):
                                assert _span(getattr(pattern, method)(s, pos, end)) == _span(
                                    getattr(twin, method)(s, pos, end)), (source, method, s, pos, end)
                            assert [m.span() for m in pattern.finditer(s, pos, end)] == [
                                m.span() for m in twin.finditer(s, pos, end)], (source, s, pos, end)


def test_other_flags_still_have_no_twin():
    for flags in (regex.I, regex.S, regex.X, regex.M | regex.I):
        pattern = regex.compile(r"^a", flags)
        assert stdlib_twin(pattern) is pattern


WEB_COPY = """某区人民政府关于印发某区2023年稳就业工作措施的通知
各街道办事处，区政府各部门：
　　现将《某区2023年稳就业工作措施》印发给你们，请认真贯彻落实。
　　一、全年城镇新增就业8000人以上，城镇调查失业率控制在5.5%以内。
某区人民政府
2023年2月10日
《某区2023年稳就业工作措施》政策解读
　　一、出台背景。2022年全区城镇新增就业7600人。
相关解读：
　　图解：一图读懂稳就业措施
"""


def test_explainer_start_is_the_same():
    lo, hi = 0, len(WEB_COPY)
    at = _explainer_start(WEB_COPY, lo, hi)
    assert WEB_COPY[at:].startswith("《某区2023年稳就业工作措施》政策解读")
    m = EXPLAINER_HEAD.search(WEB_COPY, lo, hi)
    assert m is not None and m.start() == at
    for start in range(0, len(WEB_COPY), 7):
        assert _span(EXPLAINER_HEAD.search(WEB_COPY, start, hi)) == _span(stdlib_twin(EXPLAINER_HEAD).search(WEB_COPY, start, hi))
