"""Targets and years by construction class (session 13, second wave): where the end year of a goal is stated apart
from the goal, and the staffing ratios and topic phrases the first wave left.

* A validity whose length or end is stated apart from its start (`本办法自…起施行。有效期5年。`, an article of its own
  `本办法有效期至…`, `…起施行，期限3年`, `有效期36个月`) closes the period the start opens (guide TG6e); also without 自
  (`本办法2021年1月1日起施行`) and an end without a start written with a verb (`本政策执行至2025年12月31日`).
* A paragraph of a goals item that opens with a time expression dates the goal paragraphs after it, not only the
  item's first paragraph (guide TG12), also a run-in child heading (`（一）总体目标。到2025年，…`).
* A sentence typed over several lines (lines ending in ；or ，) keeps its time expression for the lines after it
  (spec 1.1 §7: a time expression in the target's own sentence).
* `生师比13∶1` (a staffing ratio written N to one) is the ratio's value N, unit 比值 (guide TG14); `1∶N` with a decimal
  N or a full-width colon is the share 1/N (guide TG11).
* Hours of service or training per a period of several years (`每三年累计参加培训不少于120学时`) are an amount of
  activity, as per year (guide TG11).
* A closing clause that is only a deadline and a verb of completion (`…，2024年底前全部完工`) dates the list before it;
  a deadline that closes an earlier number does not date a later number that has its own.
* A web page title glued to its furniture after a breadcrumb line, and a transmitted plan's period in the notice title
  that names it alone, give the plan's period; indicator tables with `目标值（2025年）` columns are read.
* A number bounded inside the noun phrase that opens a sentence as its topic (`纳税人赡养一位及以上被赡养人的赡养支出，
  按照…扣除`) says what the rule covers: an eligibility condition, not a target (spec §7 out).

Snippets written for this file, in the style of other provinces, levels and eras; run through the whole pipeline.
"""
from __future__ import annotations

import pytest

from tests.snippets import targets

SIG = "某市人民政府\n2021年1月5日\n"
RULE = "某市促进小微企业发展若干措施实施办法\n第一条　对新认定的科技型小微企业，给予一次性奖励20万元。\n"

# fmt: off
CASES = [
    # a prefecture's rule (2021 style): the length in the next sentence
    (RULE + "第二条　本办法自2021年1月1日起施行。有效期5年。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2025)]),
    # the end in an article of its own after the article on the start
    (RULE + "第二条　本办法自2021年1月1日起施行。\n第三条　本办法有效期至2023年12月31日。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2023)]),
    # the length first, in an article of its own, then the start
    (RULE + "第二条　本办法有效期3年。\n第三条　本办法自2021年1月1日起施行。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2023)]),
    # 期限 without 有效, in the same sentence; the length in months from a start in July
    (RULE + "第二条　本办法自2021年1月1日起施行，期限3年。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2023)]),
    (RULE + "第二条　本办法自2021年7月1日起施行，有效期36个月。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2024)]),
    # a county rule without 自 (web copy); an end with a verb and no start
    (RULE + "第二条　本办法2021年1月1日起施行，有效期两年。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2022)]),
    (RULE + "第二条　本办法执行至2023年12月31日。\n" + SIG,
     [("第一条", 200000, "元", "=", False, None, 2023)]),
    # from the issue date, the length in the next sentence
    (RULE + "第二条　本办法自印发之日起施行。有效期3年。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, 2023)]),
    # the transmitting notice states the start, then the length in its next sentence; Chinese numerals (older style)
    ("某县人民政府关于印发某县扶持农业龙头企业暂行办法的通知\n各乡镇人民政府：\n现将《某县扶持农业龙头企业暂行办法》印发给你们，"
     "请遵照执行。本办法自二〇〇九年一月一日起施行。有效期三年。\n某县人民政府\n二〇〇八年十二月十日\n"
     "某县扶持农业龙头企业暂行办法\n一、对新认定的县级龙头企业，给予一次性奖励5万元。\n",
     [("一", 50000, "元", "=", False, 2009, 2011)]),
    # an open-ended start stays open-ended
    (RULE + "第二条　本办法自2021年1月1日起施行。\n" + SIG,
     [("第一条", 200000, "元", "=", False, 2021, None)]),

    # a provincial action plan: the dating paragraph is the second of the goals item, in words only
    ("某省关于加快发展数字经济的实施意见\n一、主要目标\n围绕建设数字强省，加快推进数字产业化和产业数字化。\n"
     "力争到2026年，全省数字经济发展水平显著提升。\n培育数字经济领军企业20家，建成省级数字化车间300个。\n"
     "二、重点任务\n（一）加快建设。新建5G基站1万个。\n某省人民政府办公厅\n2023年3月1日\n",
     [("一", 20, "家", "=", False, None, 2026), ("一", 300, "个", "=", False, None, 2026),
      ("二/(一)", 10000, "个", "=", False, None, None)]),
    # 总体目标 as a run-in child heading with the year, then 具体目标
    ("某市关于推进养老服务体系建设的实施意见\n一、发展目标\n（一）总体目标。到2025年，基本建成居家社区机构相协调的养老服务体系。\n"
     "（二）具体目标。新建社区养老服务中心50个，护理型床位占比达到55%。\n二、主要任务\n某市人民政府\n2022年5月1日\n",
     [("一/(二)", 50, "个", "=", False, None, 2025), ("一/(二)", 55, "%", "=", False, None, 2025)]),
    # a goal sentence typed one clause per line (a web copy): lines ending in ；
    ("某县乡村振兴实施方案\n一、重点任务\n（一）改善人居环境。到2024年，全县农村卫生厕所普及率达到90%；\n"
     "农村生活垃圾无害化处理率达到95%；\n新建污水处理站30座。\n（二）发展产业。培育龙头企业10家。\n某县人民政府\n2022年4月1日\n",
     [("一/(一)", 90, "%", "=", False, None, 2024), ("一/(一)", 95, "%", "=", False, None, 2024),
      ("一/(一)", 30, "座", "=", False, None, 2024), ("一/(二)", 10, "家", "=", False, None, None)]),
    # the deadline in the middle of the first line of the sentence
    ("某县教育发展方案\n一、重点任务\n（一）配齐教师。各学校于2023年年底前配齐心理健康教师；\n各中学至少配备2名专职教师。\n"
     "某县人民政府\n2022年4月1日\n",
     [("一/(一)", 2, "名", ">=", False, None, 2023)]),

    # a county's transport plan: a closing clause that is only a deadline dates the list before it; a deadline that
    # closes an earlier number does not date a later number that has its own
    ("某县农村公路提升实施方案\n一、重点任务\n（一）新建农村公路120公里、改造危桥15座，2024年底前全部完工。\n"
     "（二）新建客运站2个，2023年底前完成，改造候车亭40个，2024年6月底前完成。\n某县人民政府\n2022年3月1日\n",
     [("一/(一)", 120, "公里", "=", False, None, 2024), ("一/(一)", 15, "座", "=", False, None, 2024),
      ("一/(二)", 2, "个", "=", False, None, 2023), ("一/(二)", 40, "个", "=", False, None, 2024)]),
    # a web copy: a breadcrumb line, then the page title glued to the page's furniture
    ("首页 > 政务公开 > 规划计划\n某市全民健身实施计划（2021—2025年）|发布时间：2021-09-01|来源：某市体育局\n"
     "一、发展目标\n全市经常参加体育锻炼人数比例达到45%。\n",
     [("一", 45, "%", "=", False, 2021, 2025)]),
    # a provincial general office transmits a department's plan: the plan's own title line is followed by the drafting
    # organ, the period stands in the notice title
    ("某省人民政府办公厅转发省农业农村厅关于某省高标准农田建设三年行动方案（2022—2024年）的通知\n各市人民政府：\n"
     "省农业农村厅《某省高标准农田建设三年行动方案（2022—2024年）》已经省政府同意，现转发给你们，请认真贯彻执行。\n"
     "某省人民政府办公厅\n2022年3月1日\n某省高标准农田建设三年行动方案\n省农业农村厅\n一、目标任务\n新建高标准农田300万亩。\n",
     [("一", 3000000, "亩", "=", False, 2022, 2024)]),

    # an indicator table whose year columns put the label first (`基期值（2020年）`, `目标值（2025年）`)
    ("某自治区关于加快发展数字经济的实施意见\n一、发展目标\n表1　主要指标\n| 指标 | 基期值（2020年） | 目标值（2025年） |\n"
     "| 数字经济核心产业增加值（亿元） | 300 | 800 |\n| 千兆宽带用户数（万户） | 20 | 120 |\n二、重点任务\n",
     [("一", 80000000000, "元", "=", False, None, 2025), ("一", 1200000, "户", "=", False, None, 2025)]),

    # hours of training per a period of several years (a ministry's opinion, 2012 style) are an amount of activity
    ("某部关于加强乡村医生队伍建设的意见\n一、加强培训\n乡村医生每三年累计参加培训不少于120学时。\n某部\n2013年5月1日\n",
     [("一", 120, "学时", ">=", False, None, None)]),

    # staffing ratios (a prefecture's education and health plan)
    ("某市教育卫生事业发展规划\n一、主要指标\n（一）全市普通高中生师比不高于13∶1。\n（二）二级以上医院医护比达到1∶1.25。\n"
     "（三）中小学按师生比不低于1：4000配备心理健康教师。\n某市人民政府\n2022年4月1日\n",
     [("一/(一)", 13, "比值", "<=", False, None, None), ("一/(二)", 80, "%", "=", False, None, None),
      ("一/(三)", 0.03, "%", ">=", False, None, None)]),
    # a cost-sharing ratio stays out (guide TG13); 1∶1 is no share
    ("某县农村公路建设实施办法\n一、建设资金由县乡两级财政按3∶1比例分担，村级按1∶1比例配套。\n某县人民政府\n2019年4月1日\n",
     []),

    # the topic of a deduction rule (a provincial tax notice): the number bounds which expenses count
    ("某省地方性附加扣除暂行办法\n第一条　纳税人抚养两名及以上未成年子女的教育支出，统一按照每月1000元的标准定额扣除。\n"
     "第二条　供养一名及以上重度残疾人的家庭，每户每月补助300元。\n第三条　全省培育10个以上省级示范社区，每个奖励20万元。\n",
     [("第一条", 1000, "元", "=", False, None, None), ("第二条", 300, "元", "=", False, None, None),
      ("第三条", 10, "个", ">=", False, None, None), ("第三条", 200000, "元", "=", False, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s13b_targets(text, expected):
    got = targets(text)
    assert [(t[0], pytest.approx(t[1]), *t[2:]) for t in got] == [(e[0], pytest.approx(e[1]), *e[2:]) for e in expected]
