"""s10b-speed: each shortcut gives what the plain code gave (exactness, no timing)."""
import random
import re as std_re
from bisect import bisect_left

from pipeline import rx as re
from pipeline.clean import _Line, _typical_width, _width
from pipeline.extract import responsibilities as R
from pipeline.extract.task_tables import NUMBER_COLUMN
from pipeline.extract.tasks import _push
from pipeline.layout import Line, _split_glued_signatures, _split_title_addressee, split_lines
from pipeline.scan import stdlib_twin


def _sentences_at_plain(text, a, b, end_rx, end_back_rx, points):
    out, last_e = [], a
    end_rx = stdlib_twin(end_rx)
    for p in points:
        if p > b:
            break
        for q in (p - 1, p):
            if q < a or q >= b or q < last_e or end_rx.match(text, q):
                continue
            nxt = end_rx.search(text, q, b)
            e = b if nxt is None else nxt.start()
            prev = end_back_rx.search(text, a, q)
            s = a if prev is None else prev.end()
            out.append((s, e))
            last_e = e
    return out


def test_sentences_at_skips_points_of_a_taken_run_exactly():
    rng = random.Random(7)
    alphabet = "县财政局负责，。；！\n各乡镇配合？"
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        a = rng.randint(0, max(0, len(text) // 3))
        b = rng.randint(a, len(text))
        points = sorted(rng.randint(-2, len(text) + 2) for _ in range(rng.randint(0, 30)))  # duplicates too
        for end_rx, back in ((R.SENTENCE_END, R.SENTENCE_END_BACK), (R.CLAUSE_END, R.CLAUSE_END_BACK)):
            assert R._sentences_at(text, a, b, end_rx, back, points) == \
                _sentences_at_plain(text, a, b, end_rx, back, points)


def test_sentences_at_on_a_county_paragraph():
    text = "（三）县农业农村局牵头，县财政局、县自然资源局配合。各乡镇人民政府负责具体实施；县审计局负责监督。"
    starts = sorted(m.start() for m in std_re.finditer("县|各乡镇", text))
    got = R._sentences_at(text, 0, len(text), R.CLAUSE_END, R.CLAUSE_END_BACK, starts)
    assert got == _sentences_at_plain(text, 0, len(text), R.CLAUSE_END, R.CLAUSE_END_BACK, starts)
    assert [text[s:e] for s, e in got] == ["（三）县农业农村局牵头，县财政局、县自然资源局配合", "各乡镇人民政府负责具体实施",
                                           "县审计局负责监督"]


def _typical_width_plain(lines):
    widths = sorted(w for w in map(_width, (ln.text for ln in lines)) if w >= 8)
    if len(widths) < 5:
        return float("inf")
    return widths[int(len(widths) * 0.75)]


def test_typical_width_skips_short_lines_exactly():
    rng = random.Random(3)
    pieces = ["各", "县", "2023", "年", "a", "（", "“", "—", " ", "GDP", "。", "%"]
    for _ in range(300):
        lines = [_Line("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))), 1) for _ in range(rng.randint(0, 20))]
        assert _typical_width(lines) == _typical_width_plain(lines)


def test_width_never_exceeds_length():
    for s in ["abcdefg", "一二三四五六七", "（1）", "2035年远景目标", "——", "“十四五”"]:
        assert _width(s) <= len(s)


def _split_lines_plain(text):
    lines, pos = [], 0
    for part in text.split("\n"):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            stripped = part.strip()
            lines.extend(_split_title_addressee(Line(stripped, pos + lead, pos + lead + len(stripped))))
        pos += len(part) + 1
    return _split_glued_signatures(lines)


def test_split_lines_same_lines():
    text = ("关于做好2019年秋冬季造林绿化工作的通知\n  \n各乡（镇）人民政府，县直有关单位：\n\u3000\u3000一、提高认识。"
            "各单位要高度重视。\n  （一）明确责任。  \n\n某县林业局\n2019年10月8日\n")
    got = split_lines(text)
    assert [(ln.text, ln.start, ln.end) for ln in got] == [(ln.text, ln.start, ln.end) for ln in _split_lines_plain(text)]
    assert all(text[ln.start:ln.end] == ln.text for ln in got)


def test_number_column_needs_xu_or_bian():
    for line in ["序号", "序 号", "编\u3000号", "序号 工作任务 牵头单位", "第3号", "文号", "〔2018〕12号", "编号：12"]:
        plain = "号" in line and NUMBER_COLUMN.match(re.sub(r"\s+", "", line)) is not None
        gated = "号" in line and ("序" in line or "编" in line) and NUMBER_COLUMN.match(re.sub(r"\s+", "", line)) is not None
        assert plain == gated


def test_push_cuts_the_stack_at_the_first_entry_of_its_style():
    tasks, last = [], {}
    stack = [("cn", "一", 1), ("cn_paren", "(一)", 1), ("arabic", "1", 1)]
    _push(tasks, stack, last, "", ("cn_paren", "(二)", 3, 2), "（二）强化督导检查。各地要…", 100, 0)
    assert stack == [("cn", "一", 1), ("cn_paren", "(二)", 2)]
    assert tasks[-1].path == "一/(二)" and tasks[-1].heading == "强化督导检查" and tasks[-1].level == 2
    assert tasks[-1].span == (103, 109)
    _push(tasks, stack, last, "附件1/", ("circled", "①", 1, 1), "①建立台账", 200, 0)
    assert tasks[-1].path == "附件1/一/(二)/①" and stack[-1] == ("circled", "①", 1) and last["circled"] == 1


# ---- FILLER's fast twin: a first-character lookahead and the separator class tried first

import re._constants as _C  # noqa: E402
import re._parser as _P  # noqa: E402

_SPACE = {chr(x) for x in range(0x110000) if std_re.match(r"\s", chr(x))}
_DIGIT = {chr(x) for x in range(0x110000) if std_re.match(r"\d", chr(x))}


def _first(items):
    """(first characters, can match empty) of a parsed sequence; None where a construct is not read here."""
    out = set()
    for op, av in items:
        f, nullable = _first_op(op, av)
        if f is None:
            return None, False
        out |= f
        if not nullable:
            return out, False
    return out, True


def _first_op(op, av):
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        s = set()
        for o, a in av:
            if o is _C.LITERAL:
                s.add(chr(a))
            elif o is _C.RANGE:
                s |= {chr(x) for x in range(a[0], a[1] + 1)}
            elif o is _C.CATEGORY and a is _C.CATEGORY_SPACE:
                s |= _SPACE
            elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                s |= _DIGIT
            else:
                return None, False
        return s, False
    if op is _C.SUBPATTERN:
        return _first(list(av[-1]))
    if op is _C.BRANCH:
        s, nullable = set(), False
        for alt in av[1]:
            f, n = _first(list(alt))
            if f is None:
                return None, False
            s |= f
            nullable = nullable or n
        return s, nullable
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        f, n = _first(list(av[2]))
        return (None, False) if f is None else (f, av[0] == 0 or n)
    if op is _C.ASSERT:
        return set(), True
    return None, False


def test_filler_fast_twin_is_in_use_and_checked_on_this_filler():
    import zlib

    assert zlib.crc32(R.FILLER.pattern.encode()) == R.FILLER_CRC
    assert R.FILLER_TWIN.twin.pattern.startswith("(?=[")


def test_filler_first_characters_are_those_of_its_alternatives():
    parsed = _P.parse(R.FILLER.pattern)
    first, nullable = _first(list(parsed))
    assert first is not None and not nullable
    given = _SPACE | _DIGIT | set(R.FILLER_FIRST[4:])
    assert R.FILLER_FIRST[:4] == r"\d\s" and first == given


def test_filler_separator_class_is_first_to_match_at_its_characters():
    (op, (_, alts)), = list(_P.parse(R.FILLER.pattern))
    assert op is _C.BRANCH
    sep = _P.parse(R.FILLER_SEPARATOR)
    at = [k for k, alt in enumerate(alts) if list(alt) == list(sep)]
    assert len(at) == 1
    chars, _ = _first(list(sep))
    for alt in alts[:at[0]]:
        f, n = _first(list(alt))
        assert f is not None and not n and not (f & chars)


def test_filler_fast_twin_subs_as_the_pattern():
    plain = std_re.compile(R.FILLER.pattern)
    rng = random.Random(11)
    words = ["牵头单位", "责任单位：", "县财政局", "    ", "、", "，", "配合", "负责", "时限：", "2024年6月底前完成", "12月",
             "年底", "等部门", "第一位的为牵头单位", "督办单位：", "（单位）", "以上两项", "\n", "\u3000", "各乡镇", "长期坚持",
             "按职责分工", "下同", "协同：", "某某中心", "(", "第", "。"]
    for _ in range(2000):
        s = "".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        assert R.FILLER_TWIN.twin.sub(" ", s) == plain.sub(" ", s)
        assert R.FILLER_TWIN.sub(" ", s) == R.FILLER.sub(" ", s)
    s = "（牵头单位：县发展改革局；配合单位：县财政局、各乡镇人民政府；完成时限：2025年底前）"
    assert R.FILLER_TWIN.twin.sub(" ", s) == plain.sub(" ", s)


def test_prose_cue_reach_is_the_patterns_widest_match():
    assert _P.parse(R.PROSE_CUE.pattern).getwidth()[1] <= R.PROSE_CUE_REACH


def test_prose_cue_gate_answers_as_the_pattern():
    rng = random.Random(5)
    words = ["要", "应当", "并", "，", "依法", "在各自职责范围内", "按照职责分工", "依据", "《条例》", "进一步", "切实", "分工",
             "牵头", "负责", "负总责", "会同", "的", "制定", "人口", "同志", "县教育局", "组织实施", "。", "抓紧"]
    for _ in range(3000):
        s = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        for pos in range(0, len(s) + 1, 3):
            e = rng.randint(pos, len(s))
            got, want = R._prose_cue(s, pos, e), R.PROSE_CUE.match(s, pos, e)
            assert (got and got.span()) == (want and want.span())
    text = "（二）市场监管部门应当依照《食品安全法》的规定切实负责本行政区域内的监督管理工作。"
    assert R._prose_cue(text, 9, len(text)).group("cue") == "负责"


# ---- tasks: the numbering memo and the plain Task constructor

from pipeline.extract import tasks as TK  # noqa: E402
from pipeline.record import Task  # noqa: E402


def test_token_and_ordinal_memo_gives_what_the_functions_give():
    cases = [("cn", "十二", "十二"), ("cn_paren", "三", "（三）"), ("arabic_paren", "１２", "（１２）"), ("arabic", "7", "7"),
             ("article", "二十一", "第二十一条"), ("chapter", "三", "第 三 章"), ("circled", "⑤", "⑤"), ("cn", "十二", "十二")]
    for style, tok, raw in cases * 2:
        assert TK._token_and_ordinal(style, tok, raw) == (TK.token_for(style, tok, raw), TK.ordinal(tok))


def test_match_numbering_on_other_provinces_headings():
    assert TK.match_numbering("（十二）健全考核评价机制。") == ("cn_paren", "(十二)", 4, 12)
    assert TK.match_numbering("第二十一条　本办法自2020年1月1日起施行。")[:2] == ("article", "第二十一条")
    assert TK.match_numbering("３．加强队伍建设") == ("arabic", "3", 2, 3)
    assert TK.match_numbering("各乡镇要高度重视") is None


def test_plain_task_is_the_validated_task():
    assert TK._PLAIN_TASK
    for args in [("一/(二)/3", "落实“放管服”改革", 3, "落实“放管服”改革", (0, 9)), ("§2/附件1/第三条", "", 1, "", (40, 40))]:
        a = Task(path=args[0], heading=args[1], level=args[2], quote=args[3], span=args[4])
        b = TK._make_task(*args)
        assert a == b and list(a.__dict__.items()) == list(b.__dict__.items()) and a.model_fields_set == b.model_fields_set
        assert a.model_dump_json() == b.model_dump_json()
        b.heading = b.quote = "落实"  # (the extractor cuts headings later: plain assignment, as on a validated task)
        assert b.model_fields_set == a.model_fields_set and b.heading == "落实"


def test_make_task_leaves_invalid_values_to_the_model():
    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError):
        TK._make_task("一", "x", 1, "x", (5, 3))
    with pytest.raises(pydantic.ValidationError):
        TK._make_task("一", "x", 0, "x", (3, 4))


def test_plain_responsibility_is_the_validated_one():
    from pipeline.record import Responsibility

    assert R._PLAIN_RESPONSIBILITY
    for args in [("一/(二)", "县财政局", "co", "县财政局", (12, 16)), ("第五条", "各乡（镇）人民政府", "responsible", "各乡（镇）人民政府", (0, 9)),
                 ("表/3", "市发展改革委", "lead", "市发展改革委", (7, 13))]:
        a = Responsibility(task=args[0], department=args[1], role=args[2], quote=args[3], span=args[4])
        b = R._make_responsibility(*args)
        assert a == b and list(a.__dict__.items()) == list(b.__dict__.items()) and a.model_fields_set == b.model_fields_set
        assert a.model_dump_json() == b.model_dump_json()


def test_make_responsibility_leaves_other_values_to_the_model():
    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError):
        R._make_responsibility("一", "县财政局", "helper", "县财政局", (0, 4))
    with pytest.raises(pydantic.ValidationError):
        R._make_responsibility("一", "县财政局", "co", "县财政局", (4, 0))
    assert R._make_responsibility(None, "县财政局", "co", "县财政局", (0, 4)).task is None


# ---- clean: `in` tests in place of one-class scans

from pipeline import clean as CL  # noqa: E402


def test_clean_gates_name_the_classes_they_replace():
    assert set(CL.OPEN_CLOSE) == set("《（(“〔【")  # _unbalanced's `in` chain: one test per opener
    assert CL._MARKDOWN_CHARS.pattern == r"[-*_=#>]"
    assert CL._SPACE_CHARS.pattern == "[ \t\u3000\u00a0]"


def test_clean_gated_functions_on_random_lines():
    rng = random.Random(13)
    alphabet = "各县区要加强管理。，“”《》（）()〔〕【】-*_=#> \t\u3000\u00a012年"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        opened = CL._OPENERS.search(s) is not None
        ends = s.endswith(CL.SENTENCE_END)
        # (s17-form) round brackets balance across widths: `(一）` is closed
        round_ok = s.count("(") + s.count("（") <= s.count(")") + s.count("）")
        plain = opened and any(not (ends and o in "“‘\"'") and s.count(o) > s.count(c) and not (o in "(（" and round_ok)
                               for o, c in CL.OPEN_CLOSE.items())
        assert CL._unbalanced(s) == plain
        if not CL._MARKDOWN_CHARS.search(s):
            assert CL._strip_markdown(s) is s
        if not CL._SPACE_CHARS.search(s):
            assert CL._fix_spaces(s) == s.strip()
        else:
            assert CL._fix_spaces(s) == CL.SPACE_BEFORE_PUNCT.sub("", CL.SPACE_CJK_DIGIT.sub(
                "", CL.join_split_years(CL.SPACE_RUN.sub(" ", s)))).strip()
