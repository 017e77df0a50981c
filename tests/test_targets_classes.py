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


# fmt: off
# (c) Values and units as other sectors and eras write them: works, forestry, livestock, village
# works, vaccines, containers and energy, with the verbs those plans use.
WORKS_AND_UNITS = [
    # a county water-works plan (Henan style, 2009)
    ("某县2009年水利建设工作意见\n一、任务\n全县兴修小型水利工程800处，疏浚沟渠120公里，除险加固病险水库6座，新打机井200眼。",
     [("一", 800, "处", "=", False, 2009, 2009), ("一", 120, "公里", "=", False, 2009, 2009),
      ("一", 6, "座", "=", False, 2009, 2009), ("一", 200, "眼", "=", False, 2009, 2009)]),
    # forestry (Fujian city, 2017)
    ("某市2017年林业工作要点\n一、目标\n新栽植苗木50万株，抚育中幼林2万亩，补植补造5000亩。",
     [("一", 500000, "株", "=", False, 2017, 2017), ("一", 20000, "亩", "=", False, 2017, 2017),
      ("一", 5000, "亩", "=", False, 2017, 2017)]),
    # village works (a district of Shaanxi, web copy writing 平米)
    ("某区农村人居环境整治方案\n一、任务\n硬化村内道路80公里，安装太阳能路灯3000盏，拆除违章建筑2万平米。",
     [("一", 80, "公里", "=", False, None, None), ("一", 3000, "盏", "=", False, None, None),
      ("一", 20000, "平米", "=", False, None, None)]),
    # a 2008 county plan listing works after one verb each; 沼气池 counted in 口
    ("某县2008年新农村建设工作意见\n一、目标任务\n全县新修通村水泥路200公里，新建沼气池1500口，改水改厕3000户。",
     [("一", 200, "公里", "=", False, 2008, 2008), ("一", 1500, "口", "=", False, 2008, 2008),
      ("一", 3000, "户", "=", False, 2008, 2008)]),
    # a township's services (2021): visits, check-ups, vaccine doses; the age is no target
    ("某镇2021年民生工作计划\n一、任务\n走访慰问困难群众500户，为60岁以上老人免费体检3000人次，接种疫苗5万剂次。",
     [("一", 500, "户", "=", False, 2021, 2021), ("一", 3000, "人次", "=", False, 2021, 2021),
      ("一", 50000, "剂次", "=", False, 2021, 2021)]),
    # livestock and fisheries (Inner Mongolia banner style)
    ("某旗畜牧业发展意见\n一、目标\n全年出栏肉羊30万只，投放鱼苗200万尾。",
     [("一", 300000, "只", "=", False, None, None), ("一", 2000000, "尾", "=", False, None, None)]),
    # transport (a Jiangsu city)
    ("关于推进公共交通发展的通知\n一、任务\n新开通公交线路10条，更换新能源公交车200辆。",
     [("一", 10, "条", "=", False, None, None), ("一", 200, "辆", "=", False, None, None)]),
    # energy, containers and water volumes as a port city's plan writes them
    ("某市节能减排工作方案\n一、目标\n全市节能20万吨标准煤，港口集装箱吞吐量达到60万标箱，新增蓄水能力500万立方。",
     [("一", 200000, "吨标准煤", "=", False, None, None), ("一", 600000, "标箱", "=", False, None, None),
      ("一", 5000000, "立方", "=", False, None, None)]),
    # land (a Gansu county)
    ("某县农村土地整治规划\n一、目标\n复垦废弃工矿用地3000亩，改良中低产田5万亩。",
     [("一", 3000, "亩", "=", False, None, None), ("一", 50000, "亩", "=", False, None, None)]),
    # urban management campaign (a Hubei city)
    ("关于开展城市管理专项整治的通知\n一、任务\n取缔占道经营摊点200处，关停违法排污企业15家，清运建筑垃圾10万吨。",
     [("一", 200, "处", "=", False, None, None), ("一", 15, "家", "=", False, None, None),
      ("一", 100000, "吨", "=", False, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", WORKS_AND_UNITS)
def test_works_and_units(text, expected):
    assert targets_of(text) == expected


def test_城市更新_names_a_programme_not_a_renewal_count():
    # 更新 is a noun in 城市更新: three kinds of renewal are no target
    text = "某区城市更新实施意见\n一、总体要求\n本区城市更新按照旧城区、旧厂房、城中村三种类型推进实施。"
    assert targets_of(text) == []


# fmt: off
# (d) Numbers that are no target, and amounts that are: past figures in an undated web copy,
# eligibility lists, fines, old values of a raised standard; tiered standards, fees and quotas.
NOT_TARGETS_AND_STANDARDS = [
    # a 2005 prefecture notice that lost its date: last year's figures are the past (its title
    # dates the present); this year's plan and the subsidy are targets
    ("某市2005年农村劳动力转移培训工作意见\n"
     "一、2004年，全市共培训农村劳动力3.2万人，转移就业2.8万人。\n二、今年全市计划培训农村劳动力4万人。\n"
     "三、参加培训时间不少于15天的，每人补助培训费200元。",
     [("二", 40000, "人", "=", False, 2005, 2005), ("三", 200, "元", "=", False, 2005, 2005)]),
    # a county talent rule (2010s): the conditions list is out, the allowance is in
    ("某市人才引进实施办法\n第一条 为加快人才集聚，制定本办法。\n第二条 引进对象应具备下列条件：\n"
     "（一）年龄一般不超过45周岁；\n（二）近3年发表核心期刊论文2篇以上。\n第三条 对引进的博士研究生，给予每人30万元安家补贴。",
     [("第三条", 300000, "元", "=", False, None, None)]),
    # a county housing rule: income line and fine out, the grants in
    ("某县农村危房改造实施办法\n第一条 为做好农村危房改造工作，制定本办法。\n"
     "第二条 改造对象为家庭人均年收入低于2300元的农村困难家庭。\n第三条 补助标准：一般户每户补助1.2万元，五保户每户补助2万元。\n"
     "第四条 骗取补助资金的，并处骗取金额1倍以上3倍以下罚款。",
     [("第三条", 12000, "元", "=", False, None, None), ("第三条", 20000, "元", "=", False, None, None)]),
    # a raised minimum-living standard (a 2017 city notice): the old value after 由每人每月 is a baseline
    ("关于调整城乡居民最低生活保障标准的通知\n一、城市低保标准由每人每月520元提高到每人每月580元。\n"
     "二、农村低保标准由每人每年4000元提高到每人每年4500元。",
     [("一", 580, "元", "=", False, None, None), ("二", 4500, "元", "=", True, None, None)]),
    # tiered village funding: amounts after 按 with 保障 after them, per tier (a Hunan county)
    ("关于进一步规范村级组织运转经费保障的意见\n一、100户以下的村按每村每年3万元保障，100户至500户的村按每村每年4万元保障。\n二、村级组织运转经费由县财政统筹。",
     [("一", 30000, "元", "=", True, None, None), ("一", 40000, "元", "=", True, None, None)]),
    # an allowance paid out by 计发 (a 2000s provincial rule)
    ("关于调整因公死亡人员丧葬补助的通知\n一、丧葬补助金按每人3000元计发。",
     [("一", 3000, "元", "=", False, None, None)]),
    # a city's dog rule: a quota per household (限养, guide TG11 `=`), the fine out, the fee in
    ("关于进一步加强城市养犬管理的通知\n一、每户限养1只犬。\n二、违反规定的，处200元以上500元以下罚款。\n三、犬只登记费每只每年100元。",
     [("一", 1, "只", "=", False, None, None), ("三", 100, "元", "=", True, None, None)]),
    # a township's tobacco plan: last year's review out, this year's quotas in 亩 and 担
    ("某乡人民政府关于2013年烤烟生产的意见\n一、基本情况\n2012年全乡种植烤烟3200亩，收购烟叶8000担。\n"
     "二、目标任务\n2013年全乡计划种植烤烟4000亩，收购烟叶1万担。",
     [("二", 4000, "亩", "=", False, 2013, 2013), ("二", 10000, "担", "=", False, 2013, 2013)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NOT_TARGETS_AND_STANDARDS)
def test_not_targets_and_standards(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (a, continued) Deadlines and horizons as older and longer plans write them.
HORIZONS = [
    # the end of a year without 到 is a deadline (a 2010 county outline; a 2014 land notice)
    ("某县经济社会发展规划纲要\n一、目标\n2010年末，全县地区生产总值达到80亿元。",
     [("一", 8000000000, "元", "=", False, None, 2010)]),
    ("关于进一步加强耕地保护的意见\n一、2014年底，全县耕地保有量不低于40万亩。\n二、2015年6月前，完成永久基本农田划定32万亩。",
     [("一", 400000, "亩", ">=", False, None, 2014), ("二", 320000, "亩", "=", False, None, 2015)]),
    # 截至 and a baseline year-end are no deadline of the target
    ("关于推进光伏扶贫的实施意见\n一、目标\n全县光伏装机容量比2015年底增长50%。",
     [("一", 50, "%", "=", False, None, None)]),
    # 到规划期末: the end of the period the plan states (a prefecture master plan)
    ("某市城乡总体规划\n本规划期限为2016—2030年，其中近期为2016—2020年。\n一、人口规模\n到规划期末，中心城区人口控制在150万人以内。",
     [("一", 1500000, "人", "<=", False, None, 2030)]),
    # 力争3年内 counted from the issue date (a 2015 county opinion)
    ("关于加快推进农村公路建设的意见\n一、目标\n力争3年内，全县新改建农村公路500公里。\n某县人民政府\n2015年6月1日",
     [("一", 500, "公里", "=", False, 2015, 2017)]),
    # a lead under a goals heading dates the numbered goals below it, also when it states a
    # number of its own (guide TG12; a provincial urbanisation opinion)
    ("关于推进城镇化发展的意见\n一、发展目标\n到2020年，全省常住人口城镇化率达到60%左右。\n"
     "（一）人口转移。2015—2020年，每年转移农业人口100万人。\n（二）城市建设。城市建成区面积扩大到3000平方公里。\n"
     "二、重点任务\n（一）建设保障性住房。新建公共租赁住房2万套。",
     [("一", 60, "%", "~", False, None, 2020), ("一/(一)", 1000000, "人", "=", True, 2015, 2020),
      ("一/(二)", 3000, "平方公里", "=", False, None, 2020), ("二/(一)", 20000, "套", "=", False, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", HORIZONS)
def test_horizons(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (d, continued) A group named by 对…的 and then the cap set for it; one unit of each place.
GROUPS_AND_QUOTAS = [
    # a central guarantee-fund opinion: the 对-phrase names the borrowers, the caps are demands
    ("关于发挥融资担保作用支持小微企业的意见\n一、降低费率\n对单户担保金额500万元及以下的小微企业收取的担保费率原则上不超过1%，"
     "对单户担保金额500万元以上的小微企业收取的担保费率原则上不超过1.5%。\n二、加强考核\n加强绩效考核。",
     [("一", 1, "%", "<=", False, None, None), ("一", 1.5, "%", "<=", False, None, None)]),
    # conditions opened by 对 stay out (a county employment rule)
    ("关于支持企业吸纳就业的通知\n一、对吸纳就业困难人员5人以上的企业，给予一次性奖励1万元。\n二、对年收入低于3万元的家庭减免学费。",
     [("一", 10000, "元", "=", False, None, None)]),
    # one unit of each place is a quota (a provincial elderly-care plan; a central pilot notice)
    ("关于加快养老服务体系建设的意见\n一、设施建设\n每个乡镇建设一所标准化中心敬老院，每个村配备一名养老服务协理员。\n"
     "二、队伍建设\n打造一支高素质养老服务队伍。",
     [("一", 1, "所", "=", False, None, None), ("一", 1, "名", "=", False, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", GROUPS_AND_QUOTAS)
def test_groups_and_quotas(text, expected):
    assert targets_of(text) == expected


def test_a_share_of_units_acted_on_or_in():
    # a city health plan: shares of units to strengthen or to equip are targets; the part of a cost
    # above a line is not
    text = ("关于推进基层中医药服务的实施方案\n一、建设任务\n加强15%的中医馆内涵建设，探索在10%的社区卫生服务站设置中医阁。\n"
            "二、费用分担\n个人负担超过30%的部分由医保基金支付。")
    assert targets_of(text) == [("一", 15, "%", "=", False, None, None), ("一", 10, "%", "=", False, None, None)]


# fmt: off
# (c, continued) Poverty-alleviation goals as counties wrote them (2016-2020): people counted
# without a measure word, and units that leave the list (出列, 摘帽).
POVERTY_GOALS = [
    ("某县2019年脱贫攻坚工作要点\n一、目标任务\n全年实现1.2万贫困人口脱贫，10个贫困村出列。\n二、重点工作\n加强产业扶贫。",
     [("一", 12000, "人", "=", False, 2019, 2019), ("一", 10, "个", "=", False, 2019, 2019)]),
    ("某县脱贫攻坚实施方案\n一、目标任务\n到2020年，5万贫困人口稳定脱贫，30个贫困村出列，2个贫困乡镇摘帽。\n二、重点工作\n加强产业扶贫。",
     [("一", 50000, "人", "=", False, None, 2020), ("一", 30, "个", "=", False, None, 2020),
      ("一", 2, "个", "=", False, None, 2020)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", POVERTY_GOALS)
def test_poverty_goals(text, expected):
    assert targets_of(text) == expected


# (a, continued) A rule's stated validity (guide TG6e) as other offices word it.
VALIDITY_TAILS = [
    ("第九条 本办法有效期为5年，自2020年3月1日起实施。", (2020, 2024)),  # the length before the start
    ("第九条 本办法有效期五年，自印发之日起施行。", (2016, 2020)),  # the same, from the issue date
    ("第九条 本办法自下发之日起执行，有效期3年。", (2016, 2018)),  # 下发 (older county wording)
    ("第九条 本办法自发布之日起30日后施行，有效期五年。", (2016, 2020)),  # in force 30 days after
    ("第九条 本办法自2019年7月1日起施行，暂行3年。", (2019, 2021)),  # 暂行 as a length
]


@pytest.mark.parametrize("tail,years", VALIDITY_TAILS)
def test_validity_as_other_offices_word_it(tail, years):
    # a city's service-industry subsidy rule signed in 2016
    text = ("某市促进服务业发展扶持办法\n第一条 为促进服务业发展，制定本办法。\n"
            "第二条 对新认定的服务业龙头企业，给予一次性奖励50万元。\n" + tail + "\n某市人民政府\n2016年5月4日")
    assert targets_of(text) == [("第二条", 500000, "元", "=", False) + years]


def test_a_title_naming_one_years_campaign_dates_its_quotas():
    # a sub-district's notice of 2020: `开展2020年度…创建活动` is a one-year campaign
    text = ("某街道办事处关于开展2020年度“文明楼院”创建活动的通知\n各社区：\n一、创建目标：全街道创建“文明楼院”30个。\n"
            "二、奖励办法：对评为示范楼院的，每个奖励2000元。\n某街道办事处\n2020年4月2日")
    assert targets_of(text) == [("一", 30, "个", "=", False, 2020, 2020), ("二", 2000, "元", "=", False, 2020, 2020)]


# fmt: off
# (a, continued) Several years in one sentence, and a reply approving a plan.
SEVERAL_YEARS = [
    # a central reply on a provincial land plan (2009 style): 到 reaches both years, 分别 pairs them,
    # and 规划期内 is the approved plan's period
    ("国务院关于某省土地利用总体规划的批复\n某省人民政府：\n你省《关于报请审批某省土地利用总体规划的请示》收悉。现批复如下：\n"
     "一、同意《某省土地利用总体规划（2006—2020年）》。\n"
     "二、到2010年和2020年，你省耕地保有量分别不低于6000万亩和5900万亩。\n三、规划期内，你省新增建设用地控制在300万亩以内。\n"
     "国务院\n2009年6月10日",
     [("二", 60000000, "亩", ">=", False, None, 2010), ("二", 59000000, "亩", ">=", False, None, 2020),
      ("三", 3000000, "亩", "<=", False, 2006, 2020)]),
    # a provincial digital-economy opinion: two years with 、 and two shares
    ("关于加快数字经济发展的实施意见\n一、目标\n到2023年、2025年，全省数字经济核心产业增加值占比分别达到10%、12%。\n二、任务\n加快发展。",
     [("一", 10, "%", "=", False, None, 2023), ("一", 12, "%", "=", False, None, 2025)]),
    # a county forestry plan: the last year of a list without 分别 is still a deadline
    ("某县林业发展意见\n一、目标\n到2025年和2035年，全县森林覆盖率达到50%。\n二、任务\n加快发展。",
     [("一", 50, "%", "=", False, None, 2035)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SEVERAL_YEARS)
def test_several_years(text, expected):
    assert targets_of(text) == expected


def test_per_year_reach():
    # a county opinion: 每年 does not make a rate in its own clause a yearly amount; 每学年 is per year
    text = ("某县就业和教育工作意见\n一、目标\n平均每年新增城镇就业3000人，城镇登记失业率低于4%。\n"
            "二、资助\n每学年资助家庭经济困难学生不少于500人次。")
    assert targets_of(text) == [("一", 3000, "人", "=", True, None, None), ("一", 4, "%", "<=", False, None, None),
                                ("二", 500, "人次", ">=", True, None, None)]


def test_more_than_a_number():
    # `余`/`多` after a number (arabic or Chinese) is more than it, like 超过 (a county plan, 2000s wording)
    text = ("某县农村文化建设意见\n一、目标\n全县建成各类合作社三百余家，培训农民1万余人次，新建农家书屋二百多个。\n"
            "二、措施\n用十多年时间建成文化强县。")
    assert targets_of(text) == [("一", 300, "家", ">", False, None, None), ("一", 10000, "人次", ">", False, None, None),
                                ("一", 200, "个", ">", False, None, None)]


def test_this_year_and_next_in_older_notices():
    # a 2009 county notice: 今明两年 is this year and the next, a bare 年内 this year; 3年内 is a length
    text = ("关于做好农村工作的通知\n各乡镇：\n一、今明两年，全县新建村级活动场所50个。\n二、年内完成危房改造300户。\n"
            "三、3年内完成农村公路改造100公里。\n某县人民政府\n2009年3月1日")
    assert targets_of(text) == [("一", 50, "个", "=", False, 2009, 2010), ("二", 300, "户", "=", False, 2009, 2009),
                                ("三", 100, "公里", "=", False, None, None)]


def test_counts_in_a_goal_column_of_a_task_table():
    # a district's annual livelihood projects (2022), its task table kept as rows: the goal column's
    # counts are targets (task null: attachment text outside numbered items), the row numbers are not
    text = ("某区2022年重点民生实事项目实施方案\n一、工作目标\n全区实施重点民生实事项目10项。\n二、保障措施\n加强督查考核。\n"
            "附件\n重点民生实事项目任务分解表\n| 序号 | 项目名称 | 年度目标 | 责任单位 |\n"
            "| 1 | 新增公办幼儿园学位 | 1500个 | 区教育局 |\n| 2 | 老旧小区改造 | 30个 | 区住建局 |\n")
    assert targets_of(text) == [("一", 10, "项", "=", False, 2022, 2022), (None, 1500, "个", "=", False, 2022, 2022),
                                (None, 30, "个", "=", False, 2022, 2022)]


def test_small_numerals_before_abstract_nouns_name_a_scheme():
    # `落实两个责任`, `完成三项任务` name parts of a scheme; three schools and five rules are deliverables
    text = "某县工作意见\n一、目标\n落实两个责任，完成三项任务。\n二、措施\n建设三所学校，制定5项制度。"
    assert targets_of(text) == [("二", 3, "所", "=", False, None, None), ("二", 5, "项", "=", False, None, None)]


def test_nearly_and_over():
    # 接近/将近 are about (~), 逾 is over (>)
    text = ("某市旅游发展意见\n一、目标\n年接待游客接近500万人次，力争逾1000家企业上云。\n二、措施\n加强宣传。")
    assert targets_of(text) == [("一", 5000000, "人次", "~", False, None, None), ("一", 1000, "家", ">", False, None, None)]


def test_later_paragraphs_of_a_goals_item_take_its_opening_year():
    # a prefecture's agriculture opinion: the goals item opens with 到2025年 and goes on in a second
    # paragraph; a target in another section keeps no year (guide TG12, TG13)
    text = ("关于加快发展现代农业的意见\n一、总体要求\n（一）指导思想。坚持农业农村优先发展。\n"
            "（二）主要目标。到2025年，全市农业现代化水平明显提升，农林牧渔业总产值达到500亿元。\n"
            "粮食综合生产能力稳定在30亿斤以上，建成高标准农田100万亩。\n二、重点任务\n（一）发展特色产业。培育龙头企业50家。")
    assert targets_of(text) == [("一/(二)", 50000000000, "元", "=", False, None, 2025),
                                ("一/(二)", 3000000000, "斤", ">=", False, None, 2025),
                                ("一/(二)", 1000000, "亩", "=", False, None, 2025),
                                ("二/(一)", 50, "家", "=", False, None, None)]


# fmt: off
# (c, continued) A quota broken down by place after a colon: each part is a distinct demand.
BREAKDOWNS = [
    # a city's afforestation plan (2020)
    ("某市2020年植树造林工作方案\n一、目标\n全市下达植树造林任务5万亩，其中：东城区1万亩，西城区1.5万亩。\n二、措施\n加强管护。",
     [("一", 50000, "亩", "=", False, 2020, 2020), ("一", 10000, "亩", "=", False, 2020, 2020),
      ("一", 15000, "亩", "=", False, 2020, 2020)]),
    # a prefecture's training quotas by county
    ("某市2021年职业技能培训工作方案\n一、目标\n各县（市、区）培训任务分别为：甲县3000人，乙县2000人。\n二、措施\n加强督导。",
     [("一", 3000, "人", "=", False, 2021, 2021), ("一", 2000, "人", "=", False, 2021, 2021)]),
    # a list of documents to hand in is no quota
    ("某市2021年企业申报工作方案\n一、申报\n申报材料如下：申请表1份，营业执照复印件2份。\n二、审核\n加强审核。", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", BREAKDOWNS)
def test_breakdowns(text, expected):
    assert targets_of(text) == expected


def test_a_web_copy_speaks_from_its_publication_year():
    # a county web page without a signature date: its 发布时间 dates 今年, and last year's figure is a fact
    text = ("首页 > 信息公开 > 通知公告\n某县关于做好春耕生产工作的通知\n发布时间：2019-03-12 10:20 来源：县农业农村局\n"
            "各乡镇人民政府：\n一、今年全县粮食播种面积稳定在50万亩以上。\n二、2018年全县粮食总产量达到20万吨。\n三、加强农资市场监管。")
    assert targets_of(text) == [("一", 500000, "亩", ">=", False, 2019, 2019)]


def test_counts_in_a_goal_column_of_a_table_copied_one_cell_per_line():
    # the same kind of task table as a PDF copy gives it, one cell per line
    text = ("某区2022年重点民生实事项目实施方案\n一、工作目标\n全区实施重点民生实事项目10项。\n二、保障措施\n加强督查考核。\n"
            "附件\n重点民生实事项目任务分解表\n序号\n项目名称\n年度目标\n责任单位\n1\n新增公办幼儿园学位\n1500个\n区教育局\n"
            "2\n老旧小区改造\n30个\n区住建局\n")
    assert targets_of(text) == [("一", 10, "项", "=", False, 2022, 2022), (None, 1500, "个", "=", False, 2022, 2022),
                                (None, 30, "个", "=", False, 2022, 2022)]


def test_a_long_task_table_is_read_to_its_end():
    # every row of a long table takes its header (found once per table, not within a fixed reach)
    rows = "".join(f"| {i} | 项目{i} | {i % 50 + 1}个 | 某局 |\n" for i in range(1, 601))
    text = "某区2022年重点项目实施方案\n一、目标\n加强管理。\n附件\n任务表\n| 序号 | 项目名称 | 年度目标 | 责任单位 |\n" + rows
    assert len(targets_of(text)) == 600
    cells = "".join(f"{i}\n项目{i}\n{i % 50 + 1}个\n某局\n" for i in range(1, 601))
    text = "某区2022年重点项目实施方案\n一、目标\n加强管理。\n附件\n任务表\n序号\n项目名称\n年度目标\n责任单位\n" + cells
    assert len(targets_of(text)) == 600
