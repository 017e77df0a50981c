"""Session 33 speed (issue 16): the gates put before the session's first rule wave's new pattern calls find what the
plain calls find.

* `targets._term_definition_lines(text, lo, hi)` tries TERM_DEFINITION only at the start of each line of text[lo:hi]
  that holds 是指/系指: the same matches as `TERM_DEFINITION.finditer(text, lo, hi)`.
* `extract_years` reads YEAR_IN_ORDER_NUMBER only where its 令/公告/通告 stands (`finditer_at` on `find_words`).
* `departments._field_authorities_written_bare` searches FIELD_AUTHORITY_FULL only in a name ending as its `$` needs.
Snippets written for this test in the style of a Guizhou provincial regulation of the 2010s and a ministry's order
list of the 2000s; every window of them is compared.
"""
import pytest

from pipeline.extract import departments, targets
from pipeline.patterns import YEAR_IN_ORDER_NUMBER
from pipeline.scan import find_words, finditer_at

# (written for this test)
GUIZHOU_RULES = """贵州省城镇燃气管理办法
第二条　本办法所称燃气，是指作为燃料使用并符合一定要求的气体燃料。
第三条本办法所称燃气设施系指人工煤气、天然气的输配设施；燃气用户是指使用燃气的单位和个人。
  （一）“瓶装燃气”，是指液化石油气钢瓶内的燃气，不少于15公斤。
2.管道燃气是指经管道输送的燃气
县级以上人民政府确定的燃气主管部门负责本行政区域的燃气管理工作，是指导单位。
所称经营者是指取得许可的企业，应当在3日内报告。"""

MINISTRY_ORDERS = """依据交通运输部令2016年第62号、国家税务总局公告 2018 年第28号和某部令（2019年第3号）执行。
命令第5号；责令于2020年第三季度前整改。水利部通告2011年第 4 号，公告2012年第7号
令2013年第1号（无机关名）"""


@pytest.mark.parametrize("text", [GUIZHOU_RULES, MINISTRY_ORDERS])
def test_term_definition_lines_same_matches(text):
    found = 0
    for lo in range(0, len(text)):
        for hi in (len(text), min(len(text), lo + 30), min(len(text), lo + 70)):
            plain = [m.span() for m in targets.TERM_DEFINITION.finditer(text, lo, hi)]
            assert [m.span() for m in targets._term_definition_lines(text, lo, hi)] == plain, (lo, hi)
            found += len(plain)
    assert found > 0 or "是指" not in text


def test_term_definition_lines_finds_the_lines():
    spans = [GUIZHOU_RULES[a:b] for a, b in (m.span() for m in targets._term_definition_lines(GUIZHOU_RULES, 0,
                                                                                                len(GUIZHOU_RULES)))]
    assert spans == ["第二条　本办法所称燃气，是指作为燃料使用并符合一定要求的气体燃料",
                     "第三条本办法所称燃气设施系指人工煤气、天然气的输配设施；燃气用户是指使用燃气的单位和个人",
                     "2.管道燃气是指经管道输送的燃气", "所称经营者是指取得许可的企业，应当在3日内报告"]


@pytest.mark.parametrize("text", [GUIZHOU_RULES, MINISTRY_ORDERS])
def test_order_number_years_at_their_words(text):
    for lo in range(0, len(text), 2):
        part = text[lo:]
        plain = [m.span() for m in YEAR_IN_ORDER_NUMBER.finditer(part)]
        assert [m.span() for m in finditer_at(YEAR_IN_ORDER_NUMBER, part, find_words(part, ("令", "公告", "通告")))] \
            == plain
    assert len(list(YEAR_IN_ORDER_NUMBER.finditer(MINISTRY_ORDERS))) == 4


@pytest.mark.parametrize("name", ["县级以上人民政府确定的燃气主管部门", "市人民政府城市照明主管部门", "省政府公共数据主管机构\n",
                                  "人民政府燃气主管部门负责人", "县人民政府指定的行政主管部门", "各级人民政府", "主管部门",
                                  "政府数据主管机构\n\n"])
def test_field_authority_ends(name):
    plain = departments.FIELD_AUTHORITY_FULL.search(name) is not None
    assert plain <= name.endswith(departments._FIELD_AUTHORITY_ENDS)
