"""Targets by class, session 38 (s38-targets): what the A44/A45 misses and extras showed, written as other offices,
levels and eras write it. Every snippet is written for this file (a Jiangsu-style township plan, a county gas and hotline
plan, provincial rules, a city parking rule, an Anhui county road plan, a tea-county plan); none is copied from a corpus.
Expected items are exact: (task, value, unit, comparator, per_year, year_start, year_end).
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of  # exact items, text[span] == quote checked


# fmt: off
CASES = [
    # (guide TG36/TG55) 零增长 after its verb with what is held between them, also in quotes; a programme named by it is
    # no goal (a township's one-year plan, 2019)
    ("某镇2019年违法建设治理工作方案\n一、工作目标\n（一）新增违法用地实现“零增长”。\n（二）确保辖区违法建设零增长。\n"
     "（三）启动化肥减量零增长行动。",
     [("一/(一)", 0, "%", "=", False, 2019, 2019), ("一/(二)", 0, "%", "=", False, 2019, 2019)]),
    # (guide TG52) how fast a responder arrives or gets in touch, with no call written before it; a fault named in the
    # conditional clause of the sentence before a repair time; handling in working days stays out (a county plan, 2022)
    ("某县2022年燃气安全保障工作方案\n一、工作要求\n对群众反映的燃气泄漏，维修人员要在20分钟内赶到现场。热线工单承办人员应在1小时内"
     "与来电人取得联系，一般诉求在5个工作日内办结。发现供水管网漏水的，应当立即关闭阀门；影响居民用水的，应当在12小时内修复。",
     [("一", 20, "分钟", "<=", False, 2022, 2022), ("一", 1, "小时", "<=", False, 2022, 2022),
      ("一", 12, "小时", "<=", False, 2022, 2022)]),
    # (spec §7 scope) a sub-kind defined after 其中 in a statute's definition article: its bounds are what it covers
    ("某省农村供水工程管理办法\n第一章　总则\n第二条　本办法所称农村供水工程，是指向农村居民提供生活用水的工程。其中，集中供水工程是指"
     "日供水量在50立方米以上或者受益人口在500人以上，通过管网统一供水的工程。\n第三条　农村自来水普及率达到90%。",
     [("第一章", 90, "%", "=", False, None, None)]),
    # (guide TG52 consent, TG6c) consent shares written in digits; a fine's amount as the clause's subject (a city rule)
    ("某市住宅专项维修资金管理办法\n第一章　总则\n第十条　使用专项维修资金，须经业主大会1/2以上业主或者2/3以上业主代表同意。\n"
     "第十一条　对擅自改变房屋用途的，责令限期改正，罚款数额按照每平方米50元以上100元以下执行。",
     []),
    # (spec §7 describing numbers) a product class named by its strength before the share of its use (a provincial plan)
    ("某省绿色建材推广行动方案\n一、主要目标\n到2020年，新建建筑中屈服强度500兆帕以上钢筋用量达到钢筋总用量的50%。",
     [("一", 50, "%", "=", False, None, 2020)]),
    # (guide TG53, S36) a higher level's share of a funding split in a county plan is out; the county's own share is in
    ("临泉县农村公路提质改造实施方案\n一、资金筹措\n项目总投资5.2亿元，其中：省级补助资金1.5亿元，县级财政配套资金不少于2亿元。",
     [("一", 520000000, "元", "=", False, None, None), ("一", 200000000, "元", ">=", False, None, None)]),
    # (spec §7 past achievements) years of growth behind and a selection won describe the present (a tea county, 2019)
    ("某县茶产业发展三年行动方案（2019—2021年）\n为做大做强茶产业，制定本方案。经过多年发展，全县茶园面积达15万亩，茶叶产量占"
     "全省总产量的20%以上。今年3月，我县成功入选全国首批8个茶产业示范县。\n一、发展目标\n到2021年，全县茶园面积稳定在16万亩。",
     [("一", 160000, "亩", "=", False, None, 2021)]),
    # (guide TG37, TG6c fees) densities per floor area; a fee schedule by case after the fee is named; a charge per hour
    # with its verb after the per-unit word (a city parking and dog rule)
    ("某市城市停车设施规划建设管理办法\n第一章　总则\n第八条　大型超市停车位按不少于每100平方米营业面积0.5个设置；办公建筑不低于每100"
     "平方米建筑面积0.8个。\n第九条　犬只登记的，应当缴纳登记管理费，首次登记每只犬200元，年度检验每只犬每年80元。路内停车泊位大型客车"
     "每小时收费6元。",
     [("第一章", 0.5, "个", ">=", False, None, None), ("第一章", 0.8, "个", ">=", False, None, None),
      ("第一章", 200, "元", "=", False, None, None), ("第一章", 80, "元", "=", True, None, None),
      ("第一章", 6, "元", "=", False, None, None)]),
    # (spec §7 最高 `<=`) a cap written 最高达 is no excess described (a Zhejiang-style county trade policy, 2020)
    ("某县促进外贸稳增长若干政策\n一、支持企业开拓市场\n鼓励企业参加境外重点展会，对参加县商务局组织的展会的企业，展位费补助比例"
     "最高达70%。",
     [("一", 70, "%", "<=", False, None, None)]),
    # (guide S36 CU2 Q2) a ranking goal to keep or reach is a target, no lower than the rank (a city plan, 2015)
    ("某市2015年招商引资工作意见\n一、目标任务\n全年实际利用外资总量保持在全省前10位，营商环境评价稳定在全省前3名。",
     [("一", 10, "位", "<=", False, 2015, 2015), ("一", 3, "名", "<=", False, 2015, 2015)]),
    # (guide TG5) 100% of the cases an act covers, after 对 naming them: the rate set, no one qualifying (a county land
    # inspection plan, 2018)
    ("某县2018年土地执法监管工作方案\n一、主要任务\n（一）对新增建设用地疑似违法图斑100%实地核查。\n（二）对群众举报线索实行100%回访。",
     [("一/(一)", 100, "%", "=", False, 2018, 2018), ("一/(二)", 100, "%", "=", False, 2018, 2018)]),
    # (guide TG42) a matching share counted on another payer's funds is cost-sharing; the city's own amount is in
    ("某市农村饮水安全工程建设管理办法\n第四章　资金管理\n第十七条　区县应当按照不低于市级补助资金25%的比例落实配套资金。市财政对每处"
     "工程补助30万元。",
     [("第四章", 300000, "元", "=", False, None, None)]),
    # (spec §7) "two or more" in what a rule allows says more than one; a demand for two or more stays (a provincial rule)
    ("某省医疗机构管理条例\n第三章　执业\n第十九条　允许符合条件的护士在两个以上医疗机构执业。两个以上社会办医疗机构可以联合设立检验"
     "中心。登记机关应当指派两名以上工作人员进行核查。",
     [("第三章", 2, "名", ">=", False, None, None)]),
    # (guide TG6c) a deduction counted per breach found is a sanction (a county straw-burning plan, 2019)
    ("某县2019年秋季秸秆禁烧工作方案\n四、责任追究\n对被卫星遥感监测发现火点的乡镇，每个火点扣减乡镇年度工作经费5万元。每发现一处违法"
     "建设扣减村级考核奖励2000元。",
     []),
    # (guide TG31, spec §7 sub-quantities) a quota table's 其中 column is a part of the quota before it; a row that totals
    # several places (`合计30000`, glued by the copy) gives their joint quotas (a Fujian-style town table, 2020)
    ("某镇2020年违法建设治理工作方案\n一、工作目标\n全年拆除违法建设10万平方米。\n附件\n\n某镇2020年度拆违任务分解表\n\n单位：平方米\n\n"
     "序号　村（社区）　　拆违总任务　其中存量违建\n1　　东村　　　　　8000　　　　5000\n2　　西村　　　　　7000　　　　4000\n"
     "3　　其余8个村　合计30000　合计15000\n合计　　　　　　　　　　　　　　45000　　　　　24000",
     [("一", 100000, "平方米", "=", False, 2020, 2020)]
     + [(None, v, "平方米", "=", False, 2020, 2020) for v in (8000, 5000, 7000, 4000, 30000, 15000, 45000, 24000)]),
    # (guide TG39/TG44 standards) a height capped above the ground it stands on; a cemetery's capacity in grave plots
    # (a county funeral rule and plan)
    ("某县公墓管理办法\n第二章　建设管理\n第十条　骨灰墓穴占地面积不得超过1平方米；墓碑高度不得超过地面0.8米，围墙高度不得高于路面2米。"
     "\n第十一条　每个乡镇建成1处农村公益性公墓，可安葬骨灰不少于3000穴。",
     [("第二章", 1, "平方米", "<=", False, None, None), ("第二章", 0.8, "米", "<=", False, None, None),
      ("第二章", 2, "米", "<=", False, None, None), ("第二章", 1, "处", "=", False, None, None),
      ("第二章", 3000, "穴", ">=", False, None, None)]),
    # (guide TG21) posts set up or hired with their holders (a county rule on village accounts, 2008 style)
    ("某县村级会计委托代理服务办法\n第二章　机构人员\n第五条　各行政村设报账员1名，由村民委员会推荐。\n第六条　在每个乡镇聘用2名专职"
     "会计人员。",
     [("第二章", 1, "名", "=", False, None, None), ("第二章", 2, "名", "=", False, None, None)]),
    # (guide TG9) places named as examples before 等 and counted, to reach a goal or chosen for one (a Shandong-style
    # township opinion, 2012)
    ("某镇2012年美丽乡村建设工作意见\n一、工作目标\n全镇所有村完成环境整治，其中东王庄、西李村、南河村等4个村创建市级文明村。"
     "\n二、工作措施\n确定前营、后营、北关等3个村为镇级示范村。",
     [("一", 4, "个", "=", False, 2012, 2012), ("二", 3, "个", "=", False, 2012, 2012)]),
    # (spec §7 works on a stock) the works already built that the plan keeps running are counted for it (a county rural
    # sewage plan, 2023)
    ("某县2023年农村生活污水治理工作方案\n二、重点任务\n（一）对已建成的12座农村污水处理站开展第三方运行维护。",
     [("二/(一)", 12, "座", "=", False, 2023, 2023)]),
    # (spec §7 describing numbers) the leverage ratio of a fund says how it works; the fund's amount is in (a county
    # financial poverty-relief opinion)
    ("某县金融扶贫工作实施意见\n一、主要措施\n（一）县财政安排风险补偿金1000万元，按1:8的比例撬动银行信贷资金。",
     [("一/(一)", 10000000, "元", "=", False, None, None)]),
    # (guide TG19) one rate set for two kinds of unit whose names open with a level word: one target each
    ("某县基层卫生服务能力提升方案\n一、工作目标\n到2020年，乡镇卫生院、村卫生室标准化建设达标率达到100%。",
     [("一", 100, "%", "=", False, None, 2020), ("一", 100, "%", "=", False, None, 2020)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s38_target_classes(text, expected):
    assert targets_of(text) == expected


def test_payers_stay_one_list():
    from pipeline.extract.targets import _each_count
    assert _each_count("中央、省、市三级财政补助比例为", "。", "percent") == 1
    assert _each_count("省、市、县配套资金比例不低于", "。", "percent") == 1
    # a bracket's alternatives are no list of objects (a Sichuan-style plan's `县（市、区）`)
    assert _each_count("丘陵地区县（市、区）主要农作物机械化率达到", "。", "percent") == 1
