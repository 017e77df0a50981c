"""Session 29 speed shortcuts (issue 16) find what the plain code finds.

* `clean._glued_stop_in(s)` is `SEQ_GLUED_AT.search(s) is not None`: SEQ_GLUED_MARK is SEQ_GLUED_AT's lookahead searched
  alone (a line where no mark stands holds no glued stop), checked here on the patterns' text, on lines written for this
  test (a Sichuan county's run-on web copy, a Jiangxi township's list, a Ningxia statute of the 2000s) and on corpus/.
* The verbs of `organs._qualified_sectors`' acted clauses and the heads of `organs._working_bodies` are gate words of
  the segment's one scan: `w in _gates(text, a, b)` is `text.find(w, a, b) >= 0` for each of them, on the same texts.
"""
from pathlib import Path

import pytest

from tests.text_ranges import offset_ranges

from pipeline import clean
from pipeline.nlp import organs

ROOT = Path(__file__).resolve().parents[1]

# (written for this test)
COUNTY_WEB = """广元市朝天区人民政府办公室关于印发2021年秸秆综合利用工作方案的通知
各乡镇人民政府，区级有关部门：
　　一、目标任务到2021年底，全区秸秆综合利用率达到90%以上。（一）加强组织领导区农业农村局牵头负责2.落实属地责任各乡镇（二）强化资金保障。
　　二、工作措施（一）开展宣传培训（责任单位：区农业农村局、区财政局）3.加强监测各乡镇要按月报送进度。
　　三、有关要求 各乡镇要成立工作专班，区秸秆综合利用工作领导小组办公室负责督促。
"""

TOWN_LIST = """南丰县琴城镇人民政府关于做好农村宅基地登记工作的通知
各村（居）委会、镇属各单位：
　　镇自然资源所负责宅基地确权登记，镇财政所负责核发补助，收到申请的部门应当在10个工作日内作出答复。
　　镇村两级要成立联席会议，镇推进办公室设在镇党政办1、各村要确认名单；2、十、百户调查；（三）接到举报的单位要及时处理。
　　镇政府成立宅基地管理工作领导组，领导组办公室设在镇党政办。
"""

STATUTE = """宁夏回族自治区城市供水管理办法
第一条　自治区建设行政主管部门负责全区城市供水的监督管理工作，认定供水企业资质。
第二条　县级以上人民政府批准的供水规划，由受理申请的部门审批；颁发许可证的机关应当予以公布，发放补贴的部门负责核准。
第三条　设区的市人民政府可以成立供水工作组或者指挥部，其委员会办公室负责日常工作。
第四条　自治区城市供水协调组负责跨市供水的协调。
"""

WRITTEN = [COUNTY_WEB, TOWN_LIST, STATUTE]
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
NEW_GATE_WORDS = organs.ACTED_VERBS + organs.WORKING_BODY_WORDS




def _pieces(text: str):
    """Each line, its stripped form, and every tail and window of it (the forms `_ItemSequence.split` reads)."""
    for line in text.split("\n"):
        yield line
        yield line.lstrip()
        for a in range(0, len(line), 3):
            yield line[a:]
            yield line[a:a + 30]


def test_the_mark_is_the_lookahead_of_the_glued_stop():
    # (a rule writer who changes what a glued stop opens before changes both, or this fails)
    assert clean.SEQ_GLUED_AT.pattern.endswith("(?=" + clean.SEQ_GLUED_MARK.pattern + ")")


@pytest.mark.parametrize("k", range(len(WRITTEN)))
def test_glued_stop_in_is_the_search_on_written_notices(k):
    for s in _pieces(WRITTEN[k]):
        assert clean._glued_stop_in(s) == (clean.SEQ_GLUED_AT.search(s) is not None), s


def test_written_notices_hold_glued_stops_and_marks_without_one():
    lines = [s for text in WRITTEN for s in text.split("\n")]
    assert sum(clean._glued_stop_in(s) for s in lines) >= 2
    assert any(clean.SEQ_GLUED_MARK.search(s) and not clean._glued_stop_in(s) for s in lines)


def test_glued_stop_in_is_the_search_on_corpus():
    for text in CORPUS:
        for s in _pieces(text):
            assert clean._glued_stop_in(s) == (clean.SEQ_GLUED_AT.search(s) is not None), s


def test_glued_stop_in_exact_cases():
    assert clean._glued_stop_in("区农业农村局牵头负责2.落实属地责任")  # (a `2.` glued to a word)
    assert clean._glued_stop_in("加强组织领导（二）强化资金保障")
    assert clean._glued_stop_in("各乡镇　三、有关要求")  # (white space between)
    assert not clean._glued_stop_in("第（二）项")  # (after 第: no glued stop, though the mark stands)
    assert not clean._glued_stop_in("。（二）强化资金保障")  # (after a stop: SEQ_AT's, not a glued one)
    assert not clean._glued_stop_in("利用率达到1.5倍以上")  # (no mark: a decimal)


def test_the_new_gate_words_are_scanned():
    assert all(w in organs._gates(w, 0, len(w)) for w in NEW_GATE_WORDS)


def test_written_notices_hold_the_new_gate_words():
    found = {w for w in NEW_GATE_WORDS if any(w in text for text in WRITTEN)}
    assert found == set(NEW_GATE_WORDS), set(NEW_GATE_WORDS) - found


@pytest.mark.parametrize("k", range(len(WRITTEN)))
def test_gates_are_find_on_written_notices(k):
    text = WRITTEN[k]
    for a, b in offset_ranges(text, 37):
        found = organs._gates(text, a, b)
        for w in NEW_GATE_WORDS:
            assert (w in found) == (text.find(w, a, b) >= 0), (w, a, b)


def test_gates_are_find_on_corpus():
    for text in CORPUS:
        for a, b in offset_ranges(text, 37):
            found = organs._gates(text, a, b)
            for w in NEW_GATE_WORDS:
                assert (w in found) == (text.find(w, a, b) >= 0), (w, a, b)
