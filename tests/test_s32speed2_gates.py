"""Session 32 speed, second pass (issue 16): the gates put before this session's new patterns find what the plain
calls find.

* `organs._relative_governments(text, start, end)` tries RELATIVE_GOVERNMENT only 2-31 characters before a 的 that a
  head (人民政府, 主管部门, 政府机关) follows within 12: the same matches as `RELATIVE_GOVERNMENT.finditer`.
* `_shared_head_lists` reads SHARED_HEAD_CLOSE by its standard-library twin: the same matches and groups.
* `simplify.is_simplified(s)` holds exactly where `to_simplified(s)` is `s` unconverted.
Snippets written for this test in the style of a Hunan provincial regulation of the 2000s and a Gansu county's
notice; each window of them is compared.
"""
import pytest

from pipeline.nlp import organs
from pipeline.nlp.simplify import is_simplified, to_simplified
from pipeline.scan import stdlib_twin

# (written for this test)
HUNAN_RULES = """湖南省农村公路条例
第十二条　农村公路的建设由县级人民政府负责，跨县的项目由有关行政区域共同的上一级人民政府负责协调。
第十三条　接受举报的交通运输主管部门应当及时调查处理；统一指挥应急抢修的人民政府应当组织力量。
向可能受到影响的相邻地区的人民政府通报情况，保存该档案信息的政府机关应当依法提供。
省、自治区、直辖市的人民政府另有规定的，从其规定。公路所在地的县级人民政府应当落实养护资金。
乡镇人民政府是本行政区域内村道管理的责任主体。由县、乡两级人民政府确定的公路管理机构负责日常养护。"""

GANSU_NOTICE = """临泽县人民政府关于做好2019年农村人居环境整治工作的通知
各乡镇人民政府，县直各有关部门：
　　县发改、财政、人社局负责资金保障，县教育、卫健、民政等局配合；省发展改革、财政、自然资源厅给予指导。
市住建、生态环境、农业农村局牵头，县委宣传部、县文化、广电局做好宣传，县农业农村局、县林草局按职责分工负责。
各乡镇要于11月底前完成整治任务，县纪委监委、县委督查室、县政府督查室负责督查。"""


def _spans(ms):
    return [(m.span(), m.group(0)) for m in ms]


@pytest.mark.parametrize("text", [HUNAN_RULES, GANSU_NOTICE])
def test_relative_governments_same_matches(text):
    found = 0
    for start in range(0, len(text), 3):
        for end in (len(text), min(len(text), start + 40), min(len(text), start + 90)):
            whole = _spans(organs.RELATIVE_GOVERNMENT.finditer(text, start, end))
            assert _spans(organs._relative_governments(text, start, end)) == whole, (start, end)
            found += len(whole)
    if text is HUNAN_RULES:
        assert found > 0  # (the snippet holds such clauses: the comparison is not of empty lists only)


@pytest.mark.parametrize("text", [HUNAN_RULES, GANSU_NOTICE])
def test_shared_head_close_twin(text):
    twin = stdlib_twin(organs.SHARED_HEAD_CLOSE)
    assert twin is not organs.SHARED_HEAD_CLOSE  # (a twin exists: the standard library reads the pattern alike)
    for start in range(0, len(text), 5):
        a = [(m.span(), m.span("last"), m.group("head")) for m in organs.SHARED_HEAD_CLOSE.finditer(text, start, len(text))]
        b = [(m.span(), m.span("last"), m.group("head")) for m in twin.finditer(text, start, len(text))]
        assert a == b


def test_is_simplified():
    for s in ("临泽县", "县发改、财政", "湖南省人民政府"):
        assert is_simplified(s) and to_simplified(s) == s
    for s in ("臨澤縣", "縣發改"):
        assert not is_simplified(s) and to_simplified(s) != s
