"""Targets, session 36 (second targets pass, issue 12): a rate named by the activity a 每年 clause holds (per year), one
comparator after a 分别 list of amounts in different units, a goal cell of an indicator table written with its verb, a
floor of people after 等, and 参与 between a floor word and its count.

Every snippet is written for this file in the style of other provinces, levels and eras; none is copied from a corpus.
Expected items are exact: (task, value, unit, comparator, per_year, year_start, year_end); spans are checked by targets_of.
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of

# fmt: off
CASES = [
    # a county health plan (Guangdong style, 2022): the 体检率 is the rate of each year's round of 体检 (guide TG3 rates)
    ("某县全民健康促进行动方案（2022—2024年）\n三、主要任务\n（二）每年组织一次65岁以上老年人免费健康体检，体检率达到70%以上。",
     [("三", 70, "%", ">=", True, 2022, 2024)]),
    # a rate of another thing after a 每年 clause keeps its own reading (a level, not per year)
    ("某县就业促进工作方案（2022—2024年）\n三、主要任务\n（二）每年开展一次职业技能培训，城镇登记失业率控制在4%以内。",
     [("三", 4, "%", "<=", False, 2022, 2024)]),
    # ... and so does the rate of what the yearly work builds (a ministry's 2021 plan style)
    ("某省秸秆综合利用行动方案（2021—2025年）\n二、重点任务\n每年建设秸秆综合利用示范乡镇30个以上，力争示范乡镇秸秆综合利用率达到95%以上。",
     [("二", 30, "个", ">=", True, 2021, 2025), ("二", 95, "%", ">=", False, 2021, 2025)]),
    # 分别 + one verb, amounts each in its own unit, one comparator written after the last (a prefecture's 2021 plan)
    ("某市卫生健康事业发展规划（2021—2025年）\n二、发展目标\n到2025年，新生儿死亡率、孕产妇死亡率分别控制在3‰、10/10万以下。",
     [("二", 3, "‰", "<=", False, None, 2025), ("二", 10, "/10万", "<=", False, None, 2025)]),
    ("某市卫生健康事业发展规划（2021—2025年）\n二、发展目标\n到2025年，婴儿死亡率、孕产妇死亡率分别控制在5‰和15/10万以内。",
     [("二", 5, "‰", "<=", False, None, 2025), ("二", 15, "/10万", "<=", False, None, 2025)]),
    # without 分别 a change of unit keeps each item its own comparator (a 2010s county plan)
    ("某县畜牧业发展规划（2016—2020年）\n二、发展目标\n新建标准化养殖小区存栏生猪500头、蛋鸡1万只以上。",
     [("二", 500, "头", "=", False, 2016, 2020), ("二", 10000, "只", ">=", False, 2016, 2020)]),
    # a goal cell written with its verb in a main-indicator table (a city's 十四五 medical insurance plan)
    ("某市医疗保障事业发展规划\n专栏1 主要指标\n| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n"
     "| 城乡居民医保政策范围内住院报销比例 | % | 70 | 保持在70以上 | 预期性 |\n"
     "| 个人卫生支出占卫生总费用比重 | % | 28 | 不高于27 | 约束性 |\n| 基本医疗保险参保率 | % | 95 | 稳定在95左右 | 约束性 |",
     [(None, 70, "%", ">=", False, None, 2025), (None, 27, "%", "<=", False, None, 2025), (None, 95, "%", "~", False, None, 2025)]),
    # a floor of people after 等 (a district's 2023 办法, articles style): the team's minimum (guide TG21, TG29)
    ("某区城乡居民最低生活保障审核确认办法\n第八条　街道办事处应当组织社区工作者、网格员等3名以上工作人员开展入户调查。\n第九条　本办法自2023年1月1日起施行。",
     [(None, 3, "名", ">=", False, 2023, None)]),
    # a list summed up after 等 with no bound stays no target (a commendation)
    ("某市表彰决定\n授予张某、李某等12人先进个人称号。", []),
    # 参与 between the floor word and its count (a county's 2018 poverty plan)
    ("某县产业扶贫实施方案（2018—2020年）\n二、工作目标\n每个有劳动能力的贫困户至少参与1个产业项目。",
     [("二", 1, "个", ">=", False, 2018, 2020)]),
    # 拿出 provides an amount set aside for a use (a province's 2019 skills plan style), as 安排 does
    ("某省职业技能提升行动实施方案（2019—2021年）\n四、保障措施\n（八）加强资金保障。从失业保险基金结余中拿出100亿元，用于职工技能提升。",
     [("四", 10000000000, "元", "=", False, 2019, 2021)]),
    # 补种 demands trees replanted: per tree felled (an older city's 办法), or a plan's count
    ("某市城市绿化管理办法\n第十六条　经批准移伐城市树木的，应当按照移伐一株补种两株的标准补植。\n第三十条　本办法自2004年5月1日起施行。",
     [(None, 2, "株", "=", False, 2004, None)]),
    ("某县森林资源保护实施方案（2020—2022年）\n二、主要任务\n全县补种苗木2万株。",
     [("二", 20000, "株", "=", False, 2020, 2022)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_targets_s36b(text, expected):
    assert targets_of(text) == expected
