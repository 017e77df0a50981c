"""Targets, session 39 (s39-targets): quotas the open sets showed missed, written as other offices, levels and eras write
them. Every snippet is written for this file (a Hunan county flood plan of 2012, a Guangxi township plan of 2018, a Shaanxi
city rule, a Fujian county plan); none is copied from a corpus.
Expected items are exact: (task, value, unit, comparator, per_year, year_start, year_end), and text[span] == quote.
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of  # exact items, text[span] == quote checked


# fmt: off
CASES = [
    # (guide TG21, TG53) staff drawn from other units for the item's office, a range and a 各 list of the units drawn on
    # (a Hunan county's flood-season plan, 2012)
    ("某县2012年防汛抗旱工作方案\n一、组织保障\n（一）县防汛办从水务局抽调4至6名技术人员集中办公。\n"
     "（二）督查组从农机站、林业站各抽调1名干部。\n（三）办公室设在县水务局，抽派2人负责值班。",
     [("一/(一)", 4, "名", ">=", False, 2012, 2012), ("一/(一)", 6, "名", "<=", False, 2012, 2012),
      ("一/(二)", 1, "名", "=", False, 2012, 2012), ("一/(三)", 2, "人", "=", False, 2012, 2012)]),
    # (guide TG21) one person paired with each unit of a kind, written person first (由…包/任) or pairing verb first
    # (联系/结对帮扶); what each unit is to have (每个…有1所) (a Guangxi township plan, 2018)
    ("某镇2018年精准脱贫攻坚实施方案\n一、帮扶措施\n（一）每个贫困村由1名镇领导班子成员包村。\n（二）每个片区由1名副镇长任片长。\n"
     "（三）每名镇干部联系2个贫困户。\n（四）确保每个行政村都有1所标准化卫生室。",
     [("一/(一)", 1, "名", "=", False, 2018, 2018), ("一/(二)", 1, "名", "=", False, 2018, 2018),
      ("一/(三)", 2, "个", "=", False, 2018, 2018), ("一/(四)", 1, "所", "=", False, 2018, 2018)]),
    # (guide TG34/TG39/TG44) a band a rule sets for a size of the works, after the dimension measured; not what a survey
    # observed, nor a scope (a Shaanxi city's sponge-city and farm-road rules)
    ("某市海绵城市建设管理办法\n第一章　建设标准\n第五条　下沉式绿地下沉深度宜为150—250毫米。\n第六条　田间生产路路面宽度一般为3至4米。"
     "\n第七条　经调查，墙体裂缝宽度一般为1至3毫米。\n第八条　在水源地周边1至2公里范围内禁止新建养殖场。",
     [("第一章", 150, "毫米", ">=", False, None, None), ("第一章", 250, "毫米", "<=", False, None, None),
      ("第一章", 3, "米", ">=", False, None, None), ("第一章", 4, "米", "<=", False, None, None)]),
    # (guide TG30) a cap raised with no baseline written is still a cap; (guide TG26) a comparator over a level another body
    # sets or the place's own (a Fujian county's standing 意见 on credit and farmland:
    # no period, no years)
    ("某县2016年金融支持农业发展实施意见\n一、政策措施\n（一）农户小额信用贷款最高额度提高至15万元，奖补倍数最高可上调到3倍。\n"
     "（二）全县基本农田保护面积不少于市政府下达的42万亩，排涝标准不低于当地10年一遇。",
     [("一/(一)", 150000, "元", "<=", False, None, None), ("一/(一)", 3, "倍", "<=", False, None, None),
      ("一/(二)", 420000, "亩", ">=", False, None, None), ("一/(二)", 10, "年一遇", ">=", False, None, None)]),
    # (spec §7 years) a deadline glued to the work it dates in the middle of a paragraph dates that sentence only; the next
    # sentence takes the plan's period. 消除 and 腾退 demand their counts (a Zhejiang city's renewal plan for 2021—2023)
    ("某市城市更新三年行动方案（2021—2023年）\n二、主要任务\n（一）城中村改造\n对城区老旧片区实施整体改造，改造老旧小区30个。2021年底前完成片区摸底调查，"
     "建立改造项目库。全面消除城区15处易涝点，腾退低效工业企业12家。",
     [("二/(一)", 30, "个", "=", False, 2021, 2023), ("二/(一)", 15, "处", "=", False, 2021, 2023),
      ("二/(一)", 12, "家", "=", False, 2021, 2023)]),
    # not a quota: a body made up of its members (guide TG16), who qualifies (`每户有1人…的`), the head a body is led by
    ("某市农村危房改造补助办法\n第一条　领导小组由5个部门组成。\n第二条　每户有1人在外务工的，不再列入补助对象。",
     []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s39_targets(text, expected):
    got = targets_of(text)
    assert [(t, float(v), u, c, p, ys, ye) for t, v, u, c, p, ys, ye in got] == \
        [(t, float(v), u, c, p, ys, ye) for t, v, u, c, p, ys, ye in expected]
