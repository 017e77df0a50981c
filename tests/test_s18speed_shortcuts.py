"""Session 18 speed shortcuts (docs/decisions/speed-s18.md): each gives what the plain code gives.

* `scan.stdlib_twin` is its cache's own `__getitem__` (a dict whose `__missing__` builds the twin);
* `clean._width` measures each line of a document once (a memo emptied at each document's start);
* `clean._run_stop` tells a line that cannot open an item run by its first character.
"""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from pipeline import clean, process_text, scan
from pipeline import rx as re
from pipeline.nlp.simplify import fold_width

ROOT = Path(__file__).resolve().parents[1]


def test_stdlib_twin_is_built_once_and_the_same_as_the_builder():
    with_twin = re.compile(r"(?:市|县)\p{Han}{1,4}局")
    without = re.compile(r"(?i)abc")  # (flags the twin reader refuses: the pattern itself)
    a = scan.stdlib_twin(with_twin)
    assert a is not with_twin and a is scan.stdlib_twin(with_twin)
    assert a.pattern == scan._build_twin(with_twin).pattern
    assert scan.stdlib_twin(without) is without
    text = "推动市财政局、县教育局和省发展改革委"
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in with_twin.finditer(text)]


def test_stdlib_twin_cache_stays_bounded(monkeypatch):
    monkeypatch.setattr(scan, "_build_twin", lambda pattern: pattern)
    scan._TWINS.clear()
    patterns = [re.compile(f"x{i}y") for i in range(4100)]
    for p in patterns:
        assert scan.stdlib_twin(p) is p
    assert len(scan._TWINS) <= 4096
    scan._TWINS.clear()


def _plain_width(s: str) -> float:
    narrow = len(clean._NARROW.findall(s))
    return (len(s) - narrow) + 0.5 * narrow


def test_width_memo_gives_the_measured_width():
    clean._WIDTHS.clear()
    lines = ["", "a", "２０２５年", "关于印发某县2021年农村公路建设实施方案的通知", "“十四五”——规划…", "ABC def 123", "\U00020000字"]
    for s in lines * 3:
        assert clean._width(s) == _plain_width(s)
    assert set(clean._WIDTHS) == set(lines)


def test_width_memo_holds_only_the_current_document():
    clean._WIDTHS["某个上一份文件的行"] = 1.0
    process_text("某镇人民政府\n关于做好2003年春耕生产工作的通知\n各村民委员会：\n　　为做好春耕生产，现通知如下：\n"
                 "　　一、全镇新修水渠5公里。\n", doc_id="w")
    assert "某个上一份文件的行" not in clean._WIDTHS


def _plain_run_stop(line: str):
    f = fold_width(line)
    m = clean.RUN_OPEN.match(f)
    if m is None or ("2" + m.group("s")) not in f:
        return None
    return f, m.group("s")


def test_run_stop_gate_agrees_with_the_pattern_on_every_short_line():
    chars = [" ", "\t", "\u3000", "\u00a0", "1", "１", "、", ".", "．", "2", "２", "a", "\n", "\x0b"]
    for k in range(1, 6):
        for t in itertools.product(chars, repeat=k):
            line = "".join(t)
            assert clean._run_stop(line) == _plain_run_stop(line), repr(line)
    for line in ("１、内科专业２、外科专业", "　1.内科 2.外科", "11、十一", "一、总体要求", "（1）加强领导"):
        assert clean._run_stop(line) == _plain_run_stop(line), line


NOTICE = ("某自治州人民政府办公室\n关于印发某州2005年民生实事工作方案的通知\n各县（市）人民政府，州直各部门：\n"
          "　　现将方案印发给你们，请认真贯彻执行。\n"
          "　　1、新建公厕50座2、改造农村危房1200户3、新增就业3000人\n"
          "　　一、目标任务\n　　到2005年底，全州新建乡镇卫生院12所，\n培训农民工5000人次以上。\n"
          "　　（一）州教育局牵头，州财政局配合，完成校舍改造20所。\n"
          "　　二、保障措施\n　　各县市要加强组织领导。\n\n"
          "某自治州人民政府办公室\n2005年3月8日\n")


@pytest.mark.parametrize("name", ["notice", "corpus"])
def test_records_the_same_with_the_shortcuts_off(monkeypatch, name):
    texts = [NOTICE] if name == "notice" else [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))[:12]]
    fast = [process_text(t, doc_id="x").model_dump_json() for t in texts]
    monkeypatch.setattr(clean, "_run_stop", _plain_run_stop)
    monkeypatch.setattr(clean, "_width", _plain_width)
    monkeypatch.setattr(clean, "_run_open_in", lambda text: clean._RUN_OPEN_IN.search(text) is not None)
    plain = [process_text(t, doc_id="x").model_dump_json() for t in texts]
    assert fast == plain


def test_half_width_stop_class_first_matches_as_before():
    """nlp/simplify.HALF_WIDTH_STOP opens with its stop now (the engine skips to the next , ; :): the same matches as
    the lookbehind-first source it replaced, on every string of up to 5 characters over its classes' edges."""
    import re as stdlib_re

    from pipeline.nlp.simplify import HALF_WIDTH_STOP, reading_text

    before = stdlib_re.compile(r"(?<=[\u4e00-\u9fff）》”])[,;:](?=[\u4e00-\u9fff（《“\d])|(?<=\d)[,;:](?=[\u4e00-\u9fff（《“])")
    alphabet = ["中", "）", "”", "（", "“", ",", ";", ":", "1", "a", "\n", "٣"]
    for k in range(1, 6):
        for t in itertools.product(alphabet, repeat=k):
            s = "".join(t)
            assert [m.span() for m in HALF_WIDTH_STOP.finditer(s)] == [m.span() for m in before.finditer(s)], repr(s)
    assert reading_text("建设项目,城乡规划部门在10:30前,完成1,000户;平台,20家") == "建设项目，城乡规划部门在10:30前，完成1,000户；平台，20家"


def test_run_open_in_gate_agrees_with_the_pattern():
    chars = [" ", "\u3000", "\n", "1", "１", ".", "．", "、", "2", "a"]
    for k in range(1, 6):
        for t in itertools.product(chars, repeat=k):
            s = "".join(t)
            assert clean._run_open_in(s) == (clean._RUN_OPEN_IN.search(s) is not None), repr(s)
