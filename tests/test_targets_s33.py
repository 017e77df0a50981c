"""Targets, session 33 (s33-tg): classes seen on the recalled batches A32–A35, each written here in the style of
another province, level or era. Expected items are exact: (task, value, unit, comparator, per_year, year_start, year_end).
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of


# fmt: off
CASES = [
    # A term defined at the head of its item without 所称 (a grade the rule sets out): its bounds say what it covers, no
    # target (spec §7 scope); the rule's own duty after it stays in.
    ("某省农业厅关于加强渔业船舶事故报告工作的通知\n一、事故等级。渔业船舶事故分为以下等级：\n"
     "（一）重大事故，是指造成10人以上死亡（含失踪），或者直接经济损失500万元以上的事故；\n"
     "（二）一般事故，是指造成3人以下死亡，或者直接经济损失100万元以下的事故。\n"
     "二、县级渔业主管部门要配备不少于2名专职安全监督员。",
     [("二", 2, "名", ">=", False, None, None)]),
    ("关于加强城市供水水质管理的意见\n一、重点水厂是指日供水能力在10万立方米以上的水厂。\n"
     "二、到2015年，全市水质综合合格率达到98%以上。",
     [("二", 98, "%", ">=", False, None, 2015)]),
    # The goals item opens its paragraph with a span of years (guide Y10): the plan's period for the later sections'
    # targets without years of their own.
    ("某自治州人民政府关于实施产业扶贫三年行动的意见\n一、基本情况\n全州有贫困村120个。\n二、目标任务\n"
     "（一）总体目标。2018年至2020年，全州实现120个贫困村全部出列。\n（二）工作措施\n"
     "1.每个贫困村至少培育1个合作社。\n2.每户贫困户扶持资金不超过3000元。",
     [("二/(一)", 120, "个", "=", False, 2018, 2020), ("二/(二)/1", 1, "个", ">=", False, 2018, 2020),
      ("二/(二)/2", 3000, "元", "<=", False, 2018, 2020)]),
    ("市人民政府关于促进返乡创业的意见\n一、目标任务\n以服务返乡人员为重点，优化创业环境。2013年至2015年，全市每年培训返乡人员2000人以上。\n"
     "二、扶持政策\n（一）对首次创业的，给予不超过5000元的一次性补贴。",
     [("一", 2000, "人", ">=", True, 2013, 2015), ("二/(一)", 5000, "元", "<=", False, 2013, 2015)]),
    # A stock list under its verb's colon: each good with its amount, in its own unit.
    ("某街道2019年森林防火工作方案\n五、物资保障\n街道储备：风力灭火机30台，二号工具200套，水带1000米，灭火弹500个。",
     [("五", 30, "台", "=", False, 2019, 2019), ("五", 200, "套", "=", False, 2019, 2019), ("五", 1000, "米", "=", False, 2019, 2019),
      ("五", 500, "个", "=", False, 2019, 2019)]),
    # Days of a statutory leave a person enjoys: a benefit granted (in), a range is two.
    ("某市人民政府关于促进3岁以下婴幼儿照护服务发展的实施意见\n一、落实假期政策。严格落实产假、护理假等政策，"
     "女职工生育享受产假128天至158天，男方享受护理假10天。",
     [("一", 128, "天", ">=", False, None, None), ("一", 158, "天", "<=", False, None, None),
      ("一", 10, "天", "=", False, None, None)]),
    # A deadline after a task's lead clause dates its own sentence only; the next sentence takes the plan's period.
    ("某省卫生健康事业发展规划（2021—2025年）\n一、推进爱国卫生运动\n"
     "深入开展健康城市建设，到2025年，省级健康城市达到30个。农村卫生厕所普及率达到90%以上。",
     [("一", 30, "个", "=", False, None, 2025), ("一", 90, "%", ">=", False, 2021, 2025)]),
    # A bare year after a deadline written with 前 in the same sentence: a second milestone of the same level (null/year).
    ("某市人民政府关于加快发展养老服务业的意见\n一、加强人才培养。将养老护理员培训纳入职业培训补贴范围，"
     "2016年底前养老护理员持证上岗率达到60%以上，2020年达到85%以上。",
     [("一", 60, "%", ">=", False, None, 2016), ("一", 85, "%", ">=", False, None, 2020)]),
    # An outcome rate of the yearly training round in the list after 每年 is per year; a level of the whole is not.
    ("某省人民政府关于进一步做好职业技能培训工作的意见\n一、目标任务。2011年至2013年，全省每年开展农民工技能培训10万人次以上，"
     "培训合格率达到90%以上，城镇登记失业率控制在4%以内。",
     [("一", 100000, "人次", ">=", True, 2011, 2013), ("一", 90, "%", ">=", True, 2011, 2013),
      ("一", 4, "%", "<=", False, 2011, 2013)]),
    # At least one employed member per household after a 每年 clause is a standing level, not per year.
    ("某市人民政府关于打赢脱贫攻坚战的实施意见\n一、加强就业扶贫。每年培训贫困劳动力5000人以上，促进转移就业，"
     "力争每户贫困家庭至少1人实现稳定就业。",
     [("一", 5000, "人", ">=", True, None, None), ("一", 1, "人", ">=", False, None, None)]),
    # Places a stage covers (`在…N个…先行开展`, `在全区N个…全面推开`): a count to reach; a quoted model name's digits are no quota.
    ("某区卫生健康委关于推进家庭医生“1+1+X”签约服务的实施方案\n一、试点阶段（2018年3月—2018年6月）。在东城、西城2个社区卫生服务中心先行开展"
     "“1+1+X”签约试点。\n二、推广阶段（2018年7月—2019年12月）。在全区12个社区卫生服务中心全面推开签约服务。",
     [("一", 2, "个", "=", False, 2018, 2018), ("二", 12, "个", "=", False, 2018, 2019)]),
    # 汛前 (before the flood season) is a deadline in the year counted from, as 汛期前 is.
    ("某镇人民政府关于印发2020年防汛工作方案的通知\n一、工作目标\n确保安全度汛。汛前完成河道清障率100%；防汛物资储备到位率100%。\n"
     "二、工作措施\n镇财政安排防汛经费不少于10万元。\n某镇人民政府\n2020年4月1日",
     [("一", 100, "%", "=", False, None, 2020), ("一", 100, "%", "=", False, None, 2020),
      ("二", 100000, "元", ">=", False, 2020, 2020)]),
    # Alternatives joined by 、或 in one 当…时 frame are each a trigger (a condition, out); the benefit it starts stays in.
    ("某市人民政府关于建立社会救助和保障标准与物价上涨挂钩联动机制的通知\n一、启动条件。当居民消费价格指数单月同比涨幅达到或超过3.5%、"
     "或食品价格指数单月同比涨幅达到或超过6%时，启动联动机制，对低保对象每人每月发放价格临时补贴50元。",
     [("一", 50, "元", "=", False, None, None)]),
    # No fire point in a straw-burning notice (guide S32b TG55 counts): 0 个; a condition of a reward is no goal.
    ("某县人民政府办公室关于做好2022年秋季秸秆禁烧工作的通知\n一、工作目标\n确保全县卫星遥感监测火点为零。\n"
     "二、工作措施\n（一）各镇要实现秸秆露天焚烧“零火点”。\n（二）对实现零火点的镇，县财政给予奖励。",
     [("一", 0, "个", "=", False, 2022, 2022), ("二/(一)", 0, "个", "=", False, 2022, 2022)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s33_targets(text, expected):
    assert sorted(targets_of(text), key=str) == sorted(expected, key=str)
