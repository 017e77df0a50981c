"""Targets by construction class (issue 12, session 6): each class is a way Chinese official
documents state something about a target (its years, its item, its value and unit, or a number
that is no target), written as different offices in different eras would write it.

Every snippet is written for this file (provinces, counties, townships, 2000s-2020s wording);
none is copied from a corpus. Expected items are exact:
(task, value, unit, comparator, per_year, year_start, year_end).
"""
from __future__ import annotations

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all


def targets_of(text: str):
    ctx = extract_all(normalize_string(text.strip() + "\n", "t"))
    for t in ctx.targets:
        assert ctx.doc.text[t.span[0]:t.span[1]] == t.quote
    return [(t.task, t.value, t.unit, t.comparator, t.per_year, t.year_start, t.year_end) for t in ctx.targets]


# fmt: off
# (a) Which years a target has: the plan's period stated in its body, deadlines to a month or a
# day, a start year with a length, years counted from the issue date.
YEARS = [
    # a county highway plan (Guizhou style, 2021) stating its period in a 规划期限 section
    ("某县农村公路发展规划\n一、规划期限\n本规划期限为2021—2025年，基期为2020年。\n二、发展目标\n"
     "新改建农村公路300公里，实施危桥改造20座。",
     [("二", 300, "公里", "=", False, 2021, 2025), ("二", 20, "座", "=", False, 2021, 2025)]),
    # a prefecture water plan (2016) with the period after a colon
    ("某市水利发展规划\n一、规划期限\n规划期限：2016—2020年。\n二、主要目标\n新增有效灌溉面积10万亩。",
     [("二", 100000, "亩", "=", False, 2016, 2020)]),
    # a plan stating its length and then its years in brackets (Jiangxi county, 2020)
    ("关于推进美丽乡村建设的实施方案\n本方案实施期限为三年（2020—2022年）。\n一、建设任务\n每年创建美丽乡村示范村20个。",
     [("一", 20, "个", "=", True, 2020, 2022)]),
    # a city greening plan stating its term as 年至年 (Hebei, 2019)
    ("某市城市绿化行动计划\n本计划实施期为2019年至2021年。\n一、主要任务\n（一）新建城市公园15个。",
     [("一/(一)", 15, "个", "=", False, 2019, 2021)]),
    # a deadline to a month or a day reads like 到 (a provincial 2012 notice; a 2024 county plan)
    ("关于进一步加强农村饮水安全工作的通知\n各市、县人民政府：\n要在2012年6月30日前完成农村饮水安全工程建设任务120处。",
     [(None, 120, "处", "=", False, None, 2012)]),
    ("关于加强职业技能培训工作的意见\n一、工作目标\n2024年6月底前，完成企业职工岗位技能培训2000人次。",
     [("一", 2000, "人次", "=", False, None, 2024)]),
    # a start year and a length (a 2008 provincial decision)
    ("关于推进城乡环境综合治理的决定\n一、目标任务\n从2008年起，用三年时间，使全省城乡环境明显改善，城市生活垃圾无害化处理率达到80%以上。",
     [("一", 80, "%", ">=", False, 2008, 2010)]),
    # 今年 / 明年 counted from the notice's date (a county notice of 2018)
    ("关于进一步做好就业工作的通知\n各乡（镇）人民政府，县直各单位：\n"
     "今年全县新增城镇就业2500人。明年力争新增城镇就业3000人。\n某县人民政府\n2018年3月5日",
     [(None, 2500, "人", "=", False, 2018, 2018), (None, 3000, "人", "=", False, 2019, 2019)]),
    # 今年以来 looks back: no target year from it (and 已 makes it a fact)
    ("关于做好下半年安全生产工作的通知\n各镇人民政府：\n今年以来，全县已完成隐患整改300处。下半年再排查整治隐患不少于200处。"
     "\n某县安全生产委员会\n2017年7月1日",
     [(None, 200, "处", ">=", False, None, None)]),
    # years in several clauses of one sentence and a baseline year (Anhui county, 2020)
    ("关于印发某县农业产业化发展意见的通知\n各乡镇人民政府：\n一、目标任务\n"
     "到2023年，全县规模以上农产品加工企业达到50家；到2025年，达到80家，产值比2020年增长30%。",
     [("一", 50, "家", "=", False, None, 2023), ("一", 80, "家", "=", False, None, 2025),
      ("一", 30, "%", "=", False, None, 2025)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", YEARS)
def test_years_of_a_target(text, expected):
    assert targets_of(text) == expected


def test_a_term_of_something_else_is_not_the_plans_period():
    # a lease's term (`合同期限为…`) and a base year (`基期为2020年`) are not the plan's period
    text = ("某县闲置校舍盘活利用办法\n一、盘活方式\n以租赁方式盘活的，租赁合同期限为2018年至2020年，基期为2017年。\n"
            "二、工作任务\n完成闲置校舍盘活利用30处。")
    assert targets_of(text) == [("二", 30, "处", "=", False, None, None)]
