"""(s20-speed) The shared sentence record prototype (benchmarks/sentence_index.py `SentenceIndex`, measured and not adopted): exact answers on a snippet
written for the test (a county notice in the style of a Gansu county, not from any dev notice), and the same answers
as the searches it would replace (responsibilities._sentences_at / _clauses, targets._back_to / _forward_to) at every
position of the snippet; plus the clean-stage shortcuts of this session (records unchanged)."""
import re as stdre

import pytest

from pipeline.extract import responsibilities as R
from pipeline.extract import targets as T
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))  # the prototype lives beside its benchmark
from sentence_index import (CLAUSE_MARKS, SENTENCE_MARKS, SentenceIndex, _DECLARED, declare_openings,  # noqa: E402
                            sentence_index)

TEXT = ("三、保障措施\n"
        "（一）加强组织领导。县农业农村局牵头，县财政局、县自然资源局配合；各乡镇负责具体实施！\n"
        "（二）强化资金保障。到2025年，全县建成高标准农田12万亩？（责任单位：县财政局；配合单位：县审计局）\n"
        "附件：任务分解表")


def test_marks_exact():
    idx = SentenceIndex(TEXT)
    assert idx.marks(SENTENCE_MARKS) == [6, 16, 49, 50, 60, 81, 103]
    assert idx.marks(CLAUSE_MARKS) == [6, 16, 39, 49, 50, 60, 81, 92, 103]
    assert idx.marks(R.SENTENCE_END) == idx.marks(SENTENCE_MARKS)  # (a compiled class: the same offsets)
    assert [TEXT[k] for k in idx.marks(CLAUSE_MARKS)] == ["\n", "。", "；", "！", "\n", "。", "？", "；", "\n"]


def test_runs_and_clauses_exact():
    idx = SentenceIndex(TEXT)
    line2 = (7, 51)  # `（一）加强组织领导。…具体实施！`
    assert [TEXT[s:e] for s, e in idx.runs(*line2, SENTENCE_MARKS)] == [
        "（一）加强组织领导", "县农业农村局牵头，县财政局、县自然资源局配合；各乡镇负责具体实施"]
    assert [TEXT[s:e] for s, e in idx.runs(*line2, CLAUSE_MARKS)] == [
        "（一）加强组织领导", "县农业农村局牵头，县财政局、县自然资源局配合", "各乡镇负责具体实施"]
    note = TEXT.index("（责任单位"), TEXT.index("）\n附件") + 1
    assert [TEXT[s:e] for s, e in idx.clauses(*note)] == ["（责任单位：县财政局", "配合单位：县审计局）"]
    assert idx.run_at(TEXT.index("县财政局"), 0, len(TEXT), SENTENCE_MARKS) == (17, 49)
    assert idx.run_at(16, 0, len(TEXT), SENTENCE_MARKS) is None  # (on a mark)


def test_back_and_forward_exact():
    idx = SentenceIndex(TEXT)
    q = TEXT.index("12万亩")
    assert TEXT[idx.back_to(q, 0, SENTENCE_MARKS):q] == "到2025年，全县建成高标准农田"
    assert TEXT[q:idx.forward_to(q, len(TEXT), SENTENCE_MARKS)] == "12万亩"
    assert idx.back_to(q, q - 3, SENTENCE_MARKS) == q - 3  # (no mark in reach: the floor)
    assert idx.forward_to(q, q + 2, SENTENCE_MARKS) == q + 2


def test_the_same_as_the_searches_it_replaces():
    text = TEXT * 3
    idx = SentenceIndex(text)
    n = len(text)
    for lo, hi in ((0, n), (7, 51), (20, 140), (100, n - 5)):
        for pos in range(lo, hi):
            for brk in (T.SENTENCE_BREAK, T.CAP_BREAK, T.PER_YEAR_BREAK):
                assert idx.back_to(pos, lo, brk) == T._back_to(text, pos, lo, brk)
                assert idx.forward_to(pos, hi, brk) == T._forward_to(text, pos, hi, brk)
        points = list(range(lo, hi, 3))
        for end, back in ((R.SENTENCE_END, R.SENTENCE_END_BACK), (R.CLAUSE_END, R.CLAUSE_END_BACK)):
            assert idx.runs_at(lo, hi, end, points) == R._sentences_at(text, lo, hi, end, back, points)
            runs = stdre.compile("[^" + end.pattern[1:] + "+")  # (the runs `[^marks]+`)
            assert idx.runs(lo, hi, end) == [m.span() for m in runs.finditer(text, lo, hi)]
        assert idx.clauses(lo, hi) == R._clauses(text, lo, hi)


def test_reach_and_lookaround_classes():
    with pytest.raises(ValueError):
        SentenceIndex(TEXT).marks(T.CLAUSE_BREAK)  # `,(?!\d{3})`: a lookahead reads past a window's end otherwise
    with pytest.raises(ValueError):
        SentenceIndex(TEXT).marks("[^。]")
    long = "甲" * 400 + "。" + "乙" * 400
    idx = SentenceIndex(long)
    assert idx.back_to(750, 0, SENTENCE_MARKS) == T._back_to(long, 750, 0, T.SENTENCE_BREAK) == 0  # (300 back only)
    assert idx.forward_to(10, len(long), SENTENCE_MARKS) == T._forward_to(long, 10, len(long), T.SENTENCE_BREAK) == 310


def test_declared_openings_and_search():
    saved = dict(_DECLARED)
    try:
        declare_openings("s20.role", words=("牵头", "配合", "负责"))
        declare_openings("s20.label", pattern=R.LABEL)
        idx = SentenceIndex(TEXT)
        assert idx.openings("s20.role") == [23, 37, 43, 93]
        assert [TEXT[k:k + 2] for k in idx.openings("s20.role")] == ["牵头", "配合", "负责", "配合"]
        assert idx.openings_in("s20.role", 40, 90) == [43]
        assert idx.has_opening("s20.role", 0, 24) and not idx.has_opening("s20.role", 0, 23)
        for a, b in ((0, len(TEXT)), (51, len(TEXT)), (0, 60), (85, 100)):
            got, want = idx.search("s20.label", a, b), R.LABEL.search(TEXT, a, b)
            assert (got and got.span()) == (want and want.span())
    finally:
        _DECLARED.clear()
        _DECLARED.update(saved)


def test_context_shares_one_index():
    from pipeline.clean import normalize_string
    from pipeline.extract.context import make_context

    ctx = make_context(normalize_string(TEXT, "s20"))
    a, b = sentence_index(ctx), sentence_index(ctx)
    assert a is b and a.text == ctx.scan_text(ctx.doc.text)


def test_clean_shortcuts_agree_with_what_they_skip():
    """(s20-speed) normalize_text calls fold_width only on a line `_has_full_width` finds a character in, and `_unspace`
    only on a line holding a gap: the same characters as simplify.FULL_WIDTH_ALNUM (every BMP code point), and a line
    without a gap comes out of `_unspace` as it went in."""
    from pipeline import clean
    from pipeline.nlp.simplify import FULL_WIDTH_ALNUM, fold_width

    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        assert bool(clean._has_full_width(ch)) == bool(FULL_WIDTH_ALNUM.search(ch)), hex(cp)
    for line in ("县农业农村局牵头负责。", "２０２５年底前完成", "浙江省教育厅2019年3月5日", "附件：1.任务分解表", "一、总体要求"):
        if not clean._has_full_width(line):
            assert fold_width(line) == line
        assert clean._unspace(line) == line
    # the shortcuts on a notice: letter-spaced organs, a full-width year, markdown marks, a run-in heading
    doc = clean.normalize_string("# 关于做好春耕生产的通知\n各乡镇：\n**一、总体要求**\n到２０２５年，全县粮食播种面积稳定在30万亩。\n"
                                 "县 农 业 农 村 局\n２０２４年３月１日", "s20")
    assert doc.text.split("\n") == ["关于做好春耕生产的通知", "各乡镇：", "一、总体要求", "到２０２５年，全县粮食播种面积稳定在30万亩。",
                                    "县农业农村局", "２０２４年３月１日"]


def test_run_in_heading_gate():
    """(s20-speed) `_run_in_heading` returns None at once where RUN_IN_NEAR finds no place; elsewhere as before."""
    from pipeline.extract import tasks

    assert tasks._run_in_heading("加强组织领导，明确责任分工，确保各项任务落到实处", 0, [], {}) is None
    found = tasks._run_in_heading("（一）加强组织领导。（二）强化资金保障。", 3, [("cn_paren", "(一)", 1)], {"cn_paren": 1})
    assert found is not None and found[0] == 10 and found[1][0] == "cn_paren" and found[1][3] == 2


def test_seq_first_holds_every_opening_of_seq_mark():
    """(s20-speed) `_ItemSequence.split` tries SEQ_MARK only on a line opening with a character of SEQ_FIRST: the
    pattern's own first characters (scan.openings), so no line it could match is passed over."""
    from pipeline import clean
    from pipeline.scan import openings

    firsts = openings(clean.SEQ_MARK, 1)
    assert firsts is not None and set(firsts) <= clean.SEQ_FIRST
    seq = clean._ItemSequence()
    lines = ["某县人民政府关于做好防汛工作的通知", "一、总体要求", "做好防汛工作，事关群众安全。二、工作措施",
             "（一）压实责任。各乡镇要落实责任。（二）加强值守。"]
    assert seq.split(lines, min_len=0) == ["某县人民政府关于做好防汛工作的通知", "一、总体要求", "做好防汛工作，事关群众安全。",
                                           "二、工作措施", "（一）压实责任。各乡镇要落实责任。", "（二）加强值守。"]
