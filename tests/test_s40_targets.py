"""Targets, session 40 (s40-targets): how transmitting and self-titled plans phrase their goals and schedules, as the open
batch A46+A47 showed them missed, written as other offices, levels and eras write them. Every snippet is written for this
file (a Yunnan county tea plan of 2018, a Guangxi township forestry plan of 2021, a Sichuan county resettlement 意见 of
2021, a Hubei provincial fitness plan); none is copied from a corpus.
Expected items are exact: (task, value, unit, comparator, per_year, year_start, year_end), and text[span] == quote.
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of  # exact items, text[span] == quote checked


# fmt: off
CASES = [
    # (guide TG10, S37 CV2) a schedule naming each year's stage (`2018年为启动实施年。`) dates the work of its paragraph to
    # that year; a rate reached in it is a stage reached by the year (null/Y). A stage sentence that is rhetoric
    # (`2018年是脱贫攻坚的关键之年`) dates nothing (a Yunnan county's tea plan, 2018—2020)
    ("某县茶产业提质增效三年行动方案（2018—2020年）\n一、目标任务\n到2020年，全县茶园面积达到10万亩。\n二、进度安排\n"
     "2018年为启动实施年。制定各乡镇实施方案，新建标准化茶园5000亩，培育龙头企业3家。\n"
     "2019年是全面推进年，新建标准化茶园8000亩，茶叶精深加工率达到60%。\n"
     "2020年为巩固提升阶段。新建标准化茶园1万亩以上。",
     [("一", 100000, "亩", "=", False, None, 2020),
      ("二", 5000, "亩", "=", False, 2018, 2018), ("二", 3, "家", "=", False, 2018, 2018),
      ("二", 8000, "亩", "=", False, 2019, 2019), ("二", 60, "%", "=", False, None, 2019),
      ("二", 10000, "亩", ">=", False, 2020, 2020)]),
    ("某县2018年茶产业发展工作方案\n一、总体要求\n2018年是脱贫攻坚的关键之年，全县新建茶园3000亩。",
     [("一", 3000, "亩", "=", False, 2018, 2018)]),
    # (spec §7 restated sub-quantities, guide TG31) a 其中： sentence after the total breaks it down by place, each a target;
    # a breakdown of what exists is not. A quota table's row that joins the other places under a count
    # (`其余12个村（居）`) is a row like the others, the 合计 row after it too (a Guangxi township's forestry plan, 2021)
    ("某乡2021年油茶低产林改造工作方案\n一、主要任务\n（一）实施低产林改造。全年完成改造面积3000亩。其中：东坑村500亩、"
     "西坑村400亩、南岭村300亩，其余各村按照不少于100亩的标准完成任务。\n（二）全乡现有油茶林6000亩。其中：东坑村900亩、西坑村800亩。",
     [("一/(一)", 3000, "亩", "=", False, 2021, 2021), ("一/(一)", 500, "亩", "=", False, 2021, 2021),
      ("一/(一)", 400, "亩", "=", False, 2021, 2021), ("一/(一)", 300, "亩", "=", False, 2021, 2021),
      ("一/(一)", 100, "亩", ">=", False, 2021, 2021)]),
    ("某乡2021年油茶低产林改造工作方案\n一、主要任务\n（一）实施低产林改造。全年完成改造面积3000亩。\n附件\n某乡2021年改造任务分解表\n"
     "村（居）名称　改造面积（亩）　补植苗木（株）\n东坑村　500　3000\n西坑村　400　2500\n其余12个村（居）　2100　9000\n合计　3000　14500",
     [("一/(一)", 3000, "亩", "=", False, 2021, 2021),
      (None, 500, "亩", "=", False, 2021, 2021), (None, 3000, "株", "=", False, 2021, 2021),
      (None, 400, "亩", "=", False, 2021, 2021), (None, 2500, "株", "=", False, 2021, 2021),
      (None, 2100, "亩", "=", False, 2021, 2021), (None, 9000, "株", "=", False, 2021, 2021),
      (None, 3000, "亩", "=", False, 2021, 2021), (None, 14500, "株", "=", False, 2021, 2021)]),
    # (spec §7) a section that joins the review to the goals (`基本情况和目标任务`): its facts are no targets, its paragraph
    # labelled as the goals is (a Sichuan county's resettlement 意见, 2021)
    ("某县人民政府关于加强易地扶贫搬迁后续扶持工作的实施意见\n一、基本情况和目标任务\n“十三五”期间，我县共实施易地扶贫搬迁5000户21000人，"
     "建设安置点12个。\n目标任务：到2021年底，搬迁群众劳动力就业率达到90%以上；搬迁群众满意度达到95%以上。到2023年，搬迁群众收入年均增长10%以上。\n"
     "二、重点任务\n（一）新增学位3000个以上。\n　　　　　　　　　　　　　某县人民政府\n　　　　　　　　　　　　　2021年3月5日",
     [("一", 90, "%", ">=", False, None, 2021), ("一", 95, "%", ">=", False, None, 2021),
      ("一", 10, "%", ">=", True, None, 2023), ("二/(一)", 3000, "个", ">=", False, None, None)]),
    # (guide TG38) a share of each year's plan turned to a use, written in the clause after the plan (a Hebei provincial
    # 若干措施 on culture and tourism, no period)
    ("某省关于支持文化旅游产业发展的若干措施\n一、保障措施\n（一）年度新增建设用地计划指标向文化旅游项目倾斜，比例不低于10%。",
     [("一/(一)", 10, "%", ">=", True, None, None)]),
    # (spec §7 baselines) the old standard after 由 counted per head of livestock is a baseline, the new one the target
    # (a Jiangxi provincial notice on poultry, no period)
    ("某省关于稳定禽类生产的通知\n一、补助政策\n（一）强制扑杀补助标准由每只10元提高到每只15元，种牛扑杀补助由每头3000元提高到每头4000元。",
     [("一/(一)", 15, "元", "=", False, None, None), ("一/(一)", 4000, "元", "=", False, None, None)]),
    # measure words of spindles, seeds and tents; a price capped per unit of energy (`不高于每千瓦时0.45元`) (a Xinjiang-style
    # regional 意见 on textiles, 2021)
    ("某自治区关于促进纺织服装产业发展的意见\n一、发展目标\n到2025年，全区棉纺规模达到800万锭以上，马铃薯原原种年生产能力达到5亿粒以上，"
     "储备帐篷40顶。\n二、政策措施\n（一）纺织企业到户电价原则上不高于每千瓦时0.45元。",
     [("一", 8000000, "锭", ">=", False, None, 2025), ("一", 500000000, "粒", ">=", False, None, 2025),
      ("一", 40, "顶", "=", False, None, 2025), ("二/(一)", 0.45, "元", "<=", False, None, None)]),
    # (spec §7) the firms or works all to be closed or pulled down, counted as the clause's subject, are a count to deliver;
    # those already closed are reported (a Hunan city's heavy-metal plan, 2015)
    ("某市湘江流域重金属污染治理实施方案\n一、总体要求\n（一）工作目标。到2016年底，城郊工业园12家造纸企业全部关停退出；城区8座砖瓦窑一律拆除。\n"
     "（二）工作基础。截至2014年底，全市已有30家企业全部关停。",
     [("一/(一)", 12, "家", "=", False, None, 2016), ("一/(一)", 8, "座", "=", False, None, 2016)]),
    # (spec §7 descriptions) a sector described as the place's own in the opening paragraph (`重要支柱产业` is no demand's 要);
    # a size bound of the practice or machine promoted names a class; the lower levels' matching share beside the
    # issuer's is cost-sharing (guide S37) (a Yunnan-style provincial 意见 on tea and sugarcane, 2021)
    ("某省人民政府关于促进茶产业高质量发展的意见\n茶产业是我省的传统优势产业和重要支柱产业，涉及茶农300多万人，茶园面积连续10年占全国15%以上。"
     "为推动茶产业高质量发展，提出如下意见。\n一、发展目标\n到2025年，全省茶园面积稳定在200万亩。\n二、主要措施\n"
     "（一）推广1.4米以上宽行距种植模式，推广使用80马力以上大中型拖拉机，全省机收率达到30%以上。\n"
     "（二）茶叶种植保险保费由省财政补贴50%，市、县财政补贴不低于20%。",
     [("一", 2000000, "亩", "=", False, None, 2025), ("二/(一)", 30, "%", ">=", False, None, None),
      ("二/(二)", 50, "%", "=", False, None, None)]),
    # (guide TG27 over TG23, S37 CV2) each unit's minimum count of an activity with no period is an amount of activity, one
    # event dated to a point of the year is a count; drills held before the flood season are held in the plan's year, while
    # work to finish before it has that deadline (Y5); a period makes a frequency (a Jiangxi township's flood plan, 2021)
    ("某镇2021年防汛工作方案\n一、工作目标\n全镇不发生因灾死亡事件，每个危险区域汛前至少组织1次转移演练。\n二、主要措施\n"
     "（一）汛前每个危险区域至少开展1次应急演练，全镇组织综合演练不少于3次。\n（二）汛前完成排水管网清疏20公里。\n"
     "（三）4月中旬组织一次防汛抢险演练。\n（四）每个社区每月至少开展1次隐患排查，召开一次防汛会议。",
     [("一", 1, "次", ">=", False, 2021, 2021), ("二/(一)", 1, "次", ">=", False, 2021, 2021),
      ("二/(一)", 3, "次", ">=", False, 2021, 2021), ("二/(二)", 20, "公里", "=", False, None, 2021),
      ("二/(三)", 1, "次", "=", False, 2021, 2021)]),
    # (spec §7) a task table's cell, written one cell a line, that opens with the firms it closes counts them; its deadline
    # cell dates it (guide S22); a cycle that is a season (`每个供暖季`) keeps a floor a frequency (a Hunan city's three-year
    # plan for 2013—2015)
    ("某市湘江保护和治理三年行动计划（2013—2015年）\n一、主要任务\n（一）控制面源污染。每个供暖季开展燃煤锅炉专项检查不少于2轮。\n附件\n"
     "重点工作任务分解表\n序号\n工作任务\n具体内容\n完成时限\n责任单位\n1\n工业企业综合整治\n12家造纸企业关停退出，职工安置、债务清理\n"
     "2014年6月底前\n市经信委、市人力资源和社会保障局",
     [(None, 12, "家", "=", False, None, 2014)]),
    # (spec §7 amounts provided, guide TG22) the grant named in its own clause, then its amount per head, one for each
    # category (a Guizhou-style county notice on migrant work, no period)
    ("某县关于做好搬迁群众就业工作的通知\n一、政策措施\n（一）对外出务工的，给予一次性交通补贴，省外每人600元、省内市外每人400元。\n"
     "（二）对参加培训的，给予生活费补贴，每人每天20元。",
     [("一/(一)", 600, "元", "=", False, None, None), ("一/(一)", 400, "元", "=", False, None, None),
      ("一/(二)", 20, "元", "=", False, None, None)]),
    # 项次: events or items counted each time held (a Hubei provincial fitness plan for 2021—2025)
    ("某省全民健身实施计划（2021—2025年）\n一、主要任务\n（一）每年举办省级全民健身赛事活动不少于100项次。",
     [("一/(一)", 100, "项次", ">=", True, 2021, 2025)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s40_targets(text, expected):
    got = targets_of(text)
    assert [(t, float(v), u, c, p, ys, ye) for t, v, u, c, p, ys, ye in got] == \
        [(t, float(v), u, c, p, ys, ye) for t, v, u, c, p, ys, ye in expected]
