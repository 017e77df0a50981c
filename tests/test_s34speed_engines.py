"""(speed only, s34) The calls moved to the other engine or to their openings give what the plain calls gave.

`_place_hints` tries PLACE_HINT only where one of its openings lies (scan.finditer_opened); WHOSE_PLACE,
HEADING_UNITS_FIRST, ITEM_DOT_GLUED, OMISSION_LINE and COLUMN_BACK_REFERENCE are matched by their stdlib twins
(scan.stdlib_twin). Each is checked against the `regex` pattern's own call at every offset (and every window) of
snippets written for this test in the style of other provinces, levels and eras, and of the corpus' notices.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import departments, responsibilities, targets, tasks
from pipeline.extract.responsibilities import PLACE_HINT, _place_hints
from pipeline.scan import stdlib_twin

ROOT = Path(__file__).resolve().parents[1]

# Written for this test: a Xinjiang prefecture's labour-export notice (2008), a Fujian county's school-safety
# plan (2016), a ministry's statistics circular (1997) and a Heilongjiang town's task table (2021).
SNIPPETS = [
    "各县（市）人民政府负责组织实施本地区劳务输出工作；劳务输出地人民政府应当负责做好务工人员的培训，"
    "输入地政府负责维护务工人员合法权益。各乡（镇）为责任主体，乡镇负责登记造册，乡（镇）牵头做好服务。\n"
    "试点县应当具体负责方案编制；试点城市要负责总结经验。各单位：请于2008年5月底前报送。流入地政府负责子女入学。",
    "县教育局、县人民医院、县中医院、各乡镇卫生院、各中心校：\n为切实做好2016年学校安全工作，现通知如下：\n"
    "一、各学校是安全工作的责任主体，校长为第一责任人。\n二、随迁子女户籍地乡镇负责配合流出地学校做好学籍转接。",
    "各省、自治区、直辖市统计局：1997年全国粮食产量比上年增长3.5%，其中稻谷增长6.30%，12.5个百分点，"
    "油料增长1．8%。2.加强统计执法检查；3.30个县开展试点。……\n（略）\n。。。\n(此处有删节)\n",
    "序号\t工作任务\t牵头部门\t责任部门\n1\t推进农村人居环境整治\t镇农业农村办\t各村\n"
    "市直责任部门\n其他配合部门\n各协办部门\n镇直牵头部门\n责任部门\n主办单位\n",
]


def _corpus_texts(n: int = 12) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))[:n]]


def _lines(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for line in text.split("\n"):
        out.append((a, a + len(line)))
        a += len(line) + 1
    return out


def test_place_hints_equal_the_plain_scan_on_every_window():
    for text in SNIPPETS + _corpus_texts():
        n = len(text)
        windows = [(0, n)] + _lines(text)
        if n <= 400:
            windows += [(a, b) for a in range(0, n, 7) for b in range(a, n + 1, 11)]
        for a, b in windows:
            assert _place_hints(text, a, b) == [m.start() for m in PLACE_HINT.finditer(text, a, b)], (a, b)


def test_place_hints_find_the_written_openings():
    text = SNIPPETS[0]
    found = {text[k:k + 2] for k in _place_hints(text, 0, len(text))}
    assert {"各县", "输出", "试点", "流入"} <= found


@pytest.mark.parametrize("pattern", [
    responsibilities.WHOSE_PLACE, responsibilities.HEADING_UNITS_FIRST, targets.ITEM_DOT_GLUED,
    tasks.OMISSION_LINE, departments.COLUMN_BACK_REFERENCE,
])
def test_twin_match_equals_the_regex_match_at_every_offset(pattern):
    twin = stdlib_twin(pattern)
    assert twin is not pattern  # (each has a twin: the call sites rely on it being the faster engine)
    texts = SNIPPETS + _corpus_texts(6) + [ln for s in SNIPPETS for ln in s.split("\n")]
    for text in texts:
        n = len(text)
        for pos in range(n + 1):
            for end in {n, min(n, pos + 12), min(n, pos + 40)}:
                a, b = pattern.match(text, pos, end), twin.match(text, pos, end)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern.pattern[:30], pos, end)
        a, b = pattern.match(text), twin.match(text)
        assert (a and a.span()) == (b and b.span())


def test_twin_matches_read_the_written_items():
    assert stdlib_twin(targets.ITEM_DOT_GLUED).match("6.30%的").group(1) == "6"
    assert stdlib_twin(targets.ITEM_DOT_GLUED).match("6．8") is not None
    assert stdlib_twin(targets.ITEM_DOT_GLUED).match("6.的") is None
    back = stdlib_twin(departments.COLUMN_BACK_REFERENCE)
    assert back.match("市直责任部门") and back.match("其他配合部门") and back.match("牵头部门")
    assert back.match("县农业农村部门") is None
    omitted = stdlib_twin(tasks.OMISSION_LINE)
    assert omitted.match("……") and omitted.match("（略）")
    whose = stdlib_twin(responsibilities.WHOSE_PLACE)
    assert whose.match("进城务工人员流入地政府负责").group(0) == "进城务工人员"
