"""Targets as web copies present them (session 9b, stress method): a space inside a year's digits (`到2 025年`),
full-width digits with a full-width decimal point (`１．２万人`, `６８．５％`), and a full-width item number (`１．`)
that stays a number. Snippets written for this file in the style of other provinces, levels and eras; run through
the whole pipeline (process_text), which reads full-width digits as ASCII.
"""
from __future__ import annotations

import pytest

from pipeline.numbers import join_split_years
from tests.snippets import targets


# fmt: off
CASES = [
    # a county water plan copied from a web page with a thin space inside the year (Sichuan style, 2021)
    ("某县“十四五”农村供水保障规划\n二、发展目标\n到2 025年，农村自来水普及率达到90%以上，规模化供水工程覆盖农村人口比例达到60%。",
     [("二", 90, "%", ">=", False, None, 2025), ("二", 60, "%", "=", False, None, 2025)]),
    # spaces between every digit of the year and before 年 (a prefecture's work points, 2023)
    ("某市2023年就业工作要点\n一、目标任务\n2 0 2 3 年全市城镇新增就业3.5万人。",
     [("一", 35000, "人", "=", False, 2023, 2023)]),
    # full-width digits with a full-width decimal point (a provincial web copy, 2019)
    ("某省2019年民生实事项目实施方案\n一、就业\n全年城镇新增就业１．２万人以上。\n二、生态\n森林覆盖率达到６８．５％。",
     [("一", 12000, "人", ">=", False, 2019, 2019), ("二", 68.5, "%", "=", False, 2019, 2019)]),
    # a full-width item number keeps its point: `１．` numbers the item, 12 个 is the target (a county plan, 2016)
    ("某县2016年文化惠民工程实施方案\n二、主要任务\n１．新建村级文化广场１２个。",
     [("二/1", 12, "个", "=", False, 2016, 2016)]),
    # a web copy that lost its line breaks (a county education plan, Hunan style, 2021): the long-range year that
    # opened the first paragraph does not date the items run on after it; they take the plan's period
    ("某县教育事业发展规划（2021—2025年）\n一、发展目标\n到2035年，基本实现教育现代化，人民满意的教育体系全面建成。"
     "二、主要任务（一）发展学前教育。普惠性幼儿园覆盖率达到85%以上。（二）均衡发展义务教育。新建标准化学校20所。",
     [("二/(一)", 85, "%", ">=", False, 2021, 2025), ("二/(二)", 20, "所", "=", False, 2021, 2025)]),
    # sub-items run on inside their item's paragraph keep its opening year (a prefecture plan, 2018)
    ("某市全民健身实施计划（2016—2020年）\n一、发展目标\n（一）总体目标。到2018年，全市体育设施明显改善：1.人均体育场地面积达到1.8平方米；2.经常参加体育锻炼人数达到40%。",
     [("一/(一)/1", 1.8, "平方米", "=", False, None, 2018), ("一/(一)/2", 40, "%", "=", False, None, 2018)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s9b_targets_web_copies(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("s,out", [
    ("到2 025年，", "到2025年，"), ("20 25 年", "2025 年"), ("2 0 2 3 年", "2023 年"),
    ("共1 200年", "共1 200年"),  # not a year
    ("表1 2020年", "表1 2020年"),  # a number before a year stays apart
    ("第3 2024年度", "第3 2024年度"), ("2025年", "2025年"),
])
def test_join_split_years(s, out):
    assert join_split_years(s) == out
