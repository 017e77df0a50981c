"""Targets by construction class (session 12): how central ministries, the State Council and older plans date and
measure their targets.

* A time phrase that is its whole introducer line (`到2025年：`, then the numbered goals) dates every goal below it
  in its item (guide TG6d), not only the first.
* `展望2035年，…` is a horizon, read like `到2035年` (null/2035), not a one-year schedule.
* The prices or base year a rate is measured in (`（按2005年价格计算）`, `按2010年不变价计算`, `以2007年为基期`) are a
  baseline like `比2005年`, not a year of the sentence (a past year there made the whole sentence a report).
* A web copy whose page title runs on into its furniture on one line (`…（2023—2025年）的通知 发布时间：…`) still gives
  the plan's period from that first line (no title line is found for it otherwise).
* An indicator table with year columns (`指标 | 2020年 | 2025年 | 属性`, read for ` | ` rows since session 9) is read
  also when a text file joins its cells by tabs (the cleaner keeps the borders as ` | `) or copies it one cell per line
  (a PDF's text layer): the later year's column holds the goals, by that year (null/2025). Bare amounts under a year
  header are cells, not page numbers.

Snippets written for this file in the style of central ministries and of provinces of other eras; run through the
whole pipeline.
"""
from __future__ import annotations

import pytest

from tests.snippets import targets

# fmt: off
CASES = [
    # a national commission's opinions (2019 style): `到2025年：` alone on its line, then the goals as sub-items
    ("某委关于推进职业教育改革的意见\n一、总体目标\n到2025年：\n（一）中等职业学校达到1万所。\n（二）高职学校在校生达到1600万人。\n"
     "二、重点任务\n（一）建设实训基地500个。\n",
     [("一/(一)", 10000, "所", "=", False, None, 2025), ("一/(二)", 16000000, "人", "=", False, None, 2025),
      ("二/(一)", 500, "个", "=", False, None, None)]),
    # a ministry's plan (2021 style): a goal by 2025 and a 2035 vision in one paragraph
    ("某部关于印发某林业草原保护发展规划的通知\n一、规划目标\n到2025年，森林覆盖率达到24.1%。展望2035年，森林覆盖率达到26%。\n",
     [("一", 24.1, "%", "=", False, None, 2025), ("一", 26, "%", "=", False, None, 2035)]),
    # a province's decision on energy saving (2006 style): the 十一五 period, a cap in 吨标准煤 (one unit since session 20)
    ("某省人民政府关于进一步加强节能工作的决定\n一、目标\n“十一五”期间，全省单位生产总值能耗降低20%左右。\n"
     "二、措施\n（一）确保到2010年，规模以上工业万元增加值能耗控制在1.8吨标准煤以内。\n某省人民政府\n2006年8月1日\n",
     [("一", 20, "%", "~", False, 2006, 2010), ("二/(一)", 1.8, "吨标准煤", "<=", False, None, 2010)]),
    # the State Council's 十二五 plan transmitted by its notice (2012 style): the title's period dates later sections
    ("国务院关于印发节能减排“十二五”规划的通知\n国发〔2012〕40号\n现将《节能减排“十二五”规划》印发给你们。\n国务院\n2012年8月6日\n"
     "节能减排“十二五”规划\n一、主要目标\n到2015年，全国万元国内生产总值能耗下降到0.869吨标准煤，比2010年下降16%。\n"
     "二、重点工程\n（一）新增城镇污水处理能力4200万立方米/日。\n",
     [("一", 0.869, "吨标准煤", "=", False, None, 2015), ("一", 16, "%", "=", False, None, 2015),
      ("二/(一)", 42000000, "立方米/日", "=", False, 2011, 2015)]),
    # a ministry's 十三五 plan (2016 style) pasted as text, its indicator table's cells joined by tabs, a category merged
    ("某部关于印发全国某事业发展“十三五”规划的通知\n一、发展目标\n到2020年，基本建成覆盖城乡的服务体系。\n"
     "专栏1　“十三五”主要指标\n类别\t指标\t2015年\t2020年\t属性\n服务\t城乡社区服务设施覆盖率（%）\t82\t≥90\t预期性\n"
     "\t每千名老年人口养老床位数（张）\t30.3\t35～40\t预期性\n",
     [("一", 90, "%", ">=", False, None, 2020), ("一", 35, "张", ">=", False, None, 2020),
      ("一", 40, "张", "<=", False, None, 2020)]),
    # a province's 十四五 plan as a PDF's text layer: the attached indicator table one cell per line, a 序号 and a 单位 column
    ("某省人民政府关于印发某省“十四五”就业促进规划的通知\n现将《某省“十四五”就业促进规划》印发给你们，请认真贯彻执行。\n"
     "附件\n某省“十四五”就业主要指标\n序号\n指标名称\n单位\n2020年\n2025年\n指标属性\n"
     "1\n城镇调查失业率\n%\n5.2\n<5.5\n预期性\n2\n农村劳动力转移就业人数\n万人\n1200\n1300\n预期性\n",
     [(None, 5.5, "%", "<=", False, None, 2025), (None, 13000000, "人", "=", False, None, 2025)]),
    # the State Council's decision of the 十一五 years: a bracket naming the price year inside the goal sentence
    ("国务院关于加强节能工作的决定\n国发〔2006〕28号\n二、加快构建节能型产业体系\n（一）确保实现节能目标。到2010年，"
     "万元国内生产总值（按2005年价格计算）能耗由2005年的1.22吨标准煤下降到0.98吨标准煤以下，降低20%左右。\n国务院\n2006年8月6日\n",
     [("二/(一)", 0.98, "吨标准煤", "<=", False, None, 2010), ("二/(一)", 20, "%", "~", False, None, 2010)]),
    # a city's decision of 2008: 以2007年为基期 in the goal sentence
    ("某市人民政府关于加快发展职业教育的决定\n一、目标\n到2012年，职业教育在校生达到10万人；以2007年为基期，"
     "职业学校毕业生就业率保持在95%以上。\n某市人民政府\n2008年6月1日\n",
     [("一", 100000, "人", "=", False, None, 2012), ("一", 95, "%", ">=", False, None, 2012)]),
    # a city's web page (2023): the title glued to its 发布时间 and 来源, the sections run on
    ("某市人民政府关于印发某市稳就业三年行动计划（2023—2025年）的通知 发布时间：2023-03-01 来源：市政府办公室\n"
     "一、主要目标 到2025年，新增就业岗位5万个。\n二、重点任务 每年举办招聘会100场。\n",
     [("一", 50000, "个", "=", False, None, 2025), ("二", 100, "场", "=", True, 2023, 2025)]),
    # a province's plan as a web page (2021): the title without 关于, glued to the page's furniture
    ("某省服务业数字化转型行动方案（2021—2023）  发布时间：2021-05-06  来源：省政府办公厅  【字体：大 中 小】\n"
     "为促进服务业数字化转型，制定本方案。\n一、重点任务\n（一）每年培育数字化转型标杆企业100家。\n",
     [("一/(一)", 100, "家", "=", True, 2021, 2023)]),
    # the page names a cited plan in its first line, without furniture after it: no period from it
    ("为贯彻落实《某省数字经济发展规划（2018—2022年）》，制定本方案。\n一、重点任务\n（一）培育数字化转型标杆企业100家。\n",
     [("一/(一)", 100, "家", "=", False, None, None)]),
    # short lines that are no table: a signature and its date under a county's notice
    ("某县人民政府办公室关于做好2022年春耕生产工作的通知\n一、目标\n全县粮食播种面积稳定在50万亩以上。\n"
     "某县人民政府办公室\n2022年\n3月1日\n",
     [("一", 500000, "亩", ">=", False, 2022, 2022)]),
]
# fmt: on


def _norm(items):
    return [(t[0], float(t[1])) + tuple(t[2:]) for t in items]


@pytest.mark.parametrize("text,expected", CASES)
def test_s12_targets(text, expected):
    assert _norm(targets(text)) == _norm(expected)
