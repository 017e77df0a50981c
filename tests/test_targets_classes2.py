"""Targets by construction class, second wave (issue 12, session 6b): national goals as central
offices (State Council, ministries) write them in 意见/规划/通知 of the 1990s-2020s, a plan's table
of main indicators, statistics reported in a background sentence, and counts of people written
without a measure word after 人数/人次.

Every snippet is written for this file; none is copied from a corpus. Expected items are exact:
(task, value, unit, comparator, per_year, year_start, year_end).
"""
from __future__ import annotations

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all
from test_targets_classes import targets_of  # (task, value, unit, comparator, per_year, years); spans checked


# fmt: off
# (a) National goals in central notices: 到…年, “十三五”时期, 力争, 全国…累计, 每年新增, rates and shares,
# 个百分点, 亿元, ranges, a five-year plan's 期末.
CENTRAL = [
    ("国务院关于印发“十三五”促进就业规划的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、主要目标\n"
     "“十三五”时期，全国城镇新增就业5000万人以上，城镇登记失业率控制在5%以内。",
     [("一", 50000000, "人", ">=", False, 2016, 2020), ("一", 5, "%", "<=", False, 2016, 2020)]),
    ("国务院办公厅关于加快推进农村自来水建设的意见\n一、总体要求\n"
     "到2020年，全国农村集中供水率达到85%以上，自来水普及率达到80%以上，规模化供水工程覆盖农村人口的比例达到55%。",
     [("一", 85, "%", ">=", False, None, 2020), ("一", 80, "%", ">=", False, None, 2020), ("一", 55, "%", "=", False, None, 2020)]),
    ("工业和信息化部关于推进5G网络建设的通知\n各省、自治区、直辖市通信管理局：\n"
     "到2023年底，全国累计建成5G基站超过200万个，每万人拥有5G基站数达到14个。",
     [(None, 2000000, "个", ">", False, None, 2023), (None, 14, "个", "=", False, None, 2023)]),
    ("人力资源社会保障部关于实施职业技能提升行动的意见\n二、目标任务\n"
     "力争到2025年，全国每年开展补贴性职业技能培训1500万人次以上，新增高技能人才500万人左右。",
     [("二", 15000000, "人次", ">=", True, None, 2025), ("二", 5000000, "人", "~", True, None, 2025)]),
    ("国务院关于深化改革严格土地管理的决定\n（五）全国耕地保有量不低于18亿亩，每年新增建设用地控制在600万亩以内。",
     [(None, 1800000000, "亩", ">=", False, None, None), (None, 6000000, "亩", "<=", True, None, None)]),
    ("财政部 农业农村部关于下达2021年农业相关转移支付资金预算的通知\n中央财政安排资金200亿元，支持培育100—200家农业产业化重点龙头企业。",
     [(None, 20000000000, "元", "=", False, None, None), (None, 100, "家", ">=", False, None, None),
      (None, 200, "家", "<=", False, None, None)]),
    ("关于进一步做好农民工工作的意见\n（三）城镇居民人均可支配收入年均增长6.5%以上，研究与试验发展经费投入强度提高0.5个百分点。",
     [(None, 6.5, "%", ">=", True, None, None), (None, 0.5, "个百分点", "=", False, None, None)]),
    ("农业部关于印发《全国农业机械化发展第十个五年计划》的通知\n“十五”期末，全国农机总动力达到5.5亿千瓦，耕种收综合机械化水平达到40%左右。",
     [(None, 550000000, "千瓦", "=", False, None, 2005), (None, 40, "%", "~", False, None, 2005)]),
    ("国务院办公厅关于印发全国医疗卫生服务体系规划纲要（2015—2020年）的通知\n"
     "到2020年，每千常住人口医疗卫生机构床位数控制在6张，其中医院床位数4.8张，基层医疗卫生机构床位数1.2张。",
     [(None, 6, "张", "=", False, None, 2020), (None, 4.8, "张", "=", False, None, 2020), (None, 1.2, "张", "=", False, None, 2020)]),
    ("人力资源社会保障部关于做好2018年就业工作的通知\n各省、自治区、直辖市人力资源社会保障厅（局）：\n"
     "2017年，全国城镇新增就业1351万人，超额完成全年目标任务。2018年，各地要确保城镇新增就业1100万人以上，城镇登记失业率控制在4.5%以内。",
     [(None, 11000000, "人", ">=", False, 2018, 2018), (None, 4.5, "%", "<=", False, 2018, 2018)]),
    ("国家林业局关于印发《全国造林绿化规划纲要（2011—2020年）》的通知\n一、发展现状\n全国森林覆盖率为20.36%，森林蓄积量137.21亿立方米。\n"
     "二、规划目标\n到2020年，全国完成造林任务5000万公顷，森林覆盖率达到23%以上。",
     [("二", 50000000, "公顷", "=", False, None, 2020), ("二", 23, "%", ">=", False, None, 2020)]),
    # people counted by 人数 / 人次 without a measure word (guide TG4)
    ("国务院关于印发全民健身计划（2016—2020年）的通知\n一、发展目标\n到2020年，经常参加体育锻炼的人数达到7亿，体育消费总规模达到1.5万亿元。",
     [("一", 700000000, "人", "=", False, None, 2020), ("一", 1500000000000, "元", "=", False, None, 2020)]),
    ("某省文化和旅游厅关于推进公共图书馆服务的意见\n到2022年，全省公共图书馆年服务人次突破3000万，注册读者人数达到500万。",
     [(None, 30000000, "人次", ">", True, None, 2022), (None, 5000000, "人", "=", False, None, 2022)]),  # (s26-tg: 年服务, guide S22)
]
# fmt: on


@pytest.mark.parametrize("text,expected", CENTRAL)
def test_national_goals_in_central_notices(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (b) A plan's table of main indicators kept as rows (HTML and DOCX copies): the last year's column
# is the goal (by that year), the first the baseline; the unit is the row's bracketed unit.
INDICATOR_TABLES = [
    ("国务院关于印发“十三五”促进就业规划的通知\n二、主要目标\n专栏1 “十三五”时期促进就业主要指标\n"
     "| 指标 | 2015年 | 2020年 | 年均增速〔累计〕 | 属性 |\n"
     "| 城镇新增就业人数（万人） | 1312 | 〔5000〕 | — | 预期性 |\n"
     "| 城镇登记失业率（%） | 4.05 | <5 | — | 预期性 |\n"
     "| 技能劳动者占就业人员比例（%） | 19 | 25 | 〔6〕 | 预期性 |\n三、主要任务\n（一）加强就业服务。",
     [("二", 50000000, "人", "=", False, None, 2020), ("二", 5, "%", "<=", False, None, 2020),
      ("二", 25, "%", "=", False, None, 2020)]),
    ("教育部关于印发《教育信息化行动计划》的通知\n二、目标\n主要指标\n| 指标名称 | 2017年 | 2022年 |\n"
     "| 中小学宽带接入率（%） | 90 | 100 |\n| 教师信息化培训（万人次） | 500 | 1000 |",
     [("二", 100, "%", "=", False, None, 2022), ("二", 10000000, "人次", "=", False, None, 2022)]),
    # a provincial plan with a 序号 column and a goal written with ≥
    ("某省“十四五”养老服务体系规划\n一、发展目标\n| 序号 | 指标 | 2020年 | 2025年 | 属性 |\n"
     "| 1 | 养老机构护理型床位占比（%） | 45 | ≥55 | 约束性 |\n| 2 | 街道综合养老服务中心（个） | 120 | 300 | 预期性 |",
     [("一", 55, "%", ">=", False, None, 2025), ("一", 300, "个", "=", False, None, 2025)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", INDICATOR_TABLES)
def test_a_plans_table_of_main_indicators(text, expected):
    assert targets_of(text) == expected


def test_a_table_of_past_years_sets_nothing():
    # a review of past years (both years before the notice's year) reports figures
    text = ("关于2019年全市就业工作情况的通报\n| 指标 | 2017年 | 2018年 |\n| 城镇新增就业（万人） | 10.2 | 11.5 |\n"
            "某市人力资源和社会保障局\n2019年3月1日")
    assert targets_of(text) == []


# fmt: off
# (c) Statistics reported in a background sentence (据统计, 据不完全统计, 监测结果显示) set nothing; the
# goal after them stays.
STATISTICS = [
    ("民政部关于加快推进社区养老服务的通知\n据统计，全国60岁以上老年人口已达2.41亿，占总人口的17.3%。各地要力争使社区养老服务设施覆盖率达到90%以上。",
     [(None, 90, "%", ">=", False, None, None)]),
    ("某省人民政府关于加强农村留守儿童关爱保护工作的实施意见\n据不完全统计，全省农村留守儿童约有45万人，其中无人监护的约占3%。"
     "到2020年，留守儿童关爱服务覆盖率达到100%。",
     [(None, 100, "%", "=", False, None, 2020)]),
    ("关于做好2002年农民负担监督管理工作的通知\n据调查，去年全国农民人均负担减少12元，减幅达到10%以上。今年各地要确保农民负担不反弹。", []),
    ("某市卫生局关于开展全民健康素养促进行动的通知\n监测结果显示，我市居民健康素养水平为12.5%。到2015年，全市居民健康素养水平提高到15%。",
     [(None, 15, "%", "=", False, None, 2015)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", STATISTICS)
def test_statistics_reported_set_nothing(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (d) Article-form rules (条例, 办法, 细则, 规定; 第X条 under 第X章) and law-collection copies: a target's
# task is its article under its chapter; its years come from the rule's own 施行 clause (an open
# 本办法自…起施行 gives start/null, guide TG6e; a statute's 本条例自…起施行 is the day it takes effect, null/null as
# b3's gold reads a county 条例, session 11), from a validity, or stay null (自发布之日起施行 alone).
ARTICLES = [
    ("某省农村五保供养工作条例\n第一章 总则\n第一条 为了做好农村五保供养工作，制定本条例。\n第二条 本条例适用于本省行政区域内的农村五保供养工作。\n"
     "第二章 供养标准\n第三条 农村五保供养标准不得低于当地村民的平均生活水平，集中供养的每人每年不低于1200元，分散供养的每人每年不低于800元。\n"
     "第四条 供养标准由县级人民政府制定。\n第三章 附则\n第五条 本条例自2007年1月1日起施行。",
     [("第二章/第三条", 1200, "元", ">=", True, None, None), ("第二章/第三条", 800, "元", ">=", True, None, None)]),
    ("某市城市绿化管理办法\n第一条 为了促进城市绿化事业的发展，制定本办法。\n第二条 新建居住区绿地面积不得低于总用地面积的30%，旧城改造区不得低于25%。\n"
     "第三条 城市道路两侧的绿化带宽度不得少于5米。\n第四条 本办法自发布之日起施行。\n某市人民政府\n1998年6月10日",
     # (s22, guide TG13: in force from its issue day with no term, the 1998 办法 dates its targets from 1998)
     [("第二条", 30, "%", ">=", False, 1998, None), ("第二条", 25, "%", ">=", False, 1998, None),
      ("第三条", 5, "米", ">=", False, 1998, None)]),
    ("中华人民共和国义务教育法实施细则\n第一条 根据《中华人民共和国义务教育法》，制定本细则。\n第二条 小学每班学生人数不超过45人，初级中学每班不超过50人。\n"
     "第三条 本细则自发布之日起施行。",
     [("第二条", 45, "人", "<=", False, None, None), ("第二条", 50, "人", "<=", False, None, None)]),
    ("某县农村土地承包经营权流转管理办法\n第一章 总则\n第一条 为规范农村土地承包经营权流转，制定本办法。\n第二章 扶持措施\n"
     "第二条 对连片流转土地面积在500亩以上、流转期限在5年以上的，每亩每年给予100元奖励。\n第三条 县财政每年安排专项资金不少于200万元。\n"
     "第三章 附则\n第四条 本办法由县农业农村局负责解释。\n第五条 本办法自2019年1月1日起施行，有效期至2023年12月31日。",
     [("第二章/第二条", 100, "元", "=", True, 2019, 2023), ("第二章/第三条", 2000000, "元", ">=", True, 2019, 2023)]),
    ("某市就业困难人员认定管理细则\n第一条 为做好就业困难人员援助工作，制定本细则。\n"
     "第二条 公益性岗位安置就业困难人员的，按每人每月500元给予岗位补贴，补贴期限最长不超过3年。\n"
     "第三条 本细则自2016年7月1日起施行，有效期五年。2011年印发的《某市就业困难人员认定办法》同时废止。",
     [("第二条", 500, "元", "=", False, 2016, 2020)]),
    # a law-collection copy with its 【】 header lines
    ("某省城镇职工基本医疗保险办法\n【发布部门】某省人民政府\n【发文字号】某省人民政府令第120号\n【发布日期】2001.08.20\n【实施日期】2001.10.01\n"
     "【时效性】现行有效\n【效力级别】地方政府规章\n某省城镇职工基本医疗保险办法\n第一条　为了建立城镇职工基本医疗保险制度，制定本办法。\n"
     "第二条　用人单位缴费率为职工工资总额的6%左右，职工缴费率一般为本人工资收入的2%。\n"
     "第三条　统筹基金的最高支付限额原则上控制在当地职工年平均工资的4倍左右。\n第四条　本办法自2001年10月1日起施行。",
     [("第二条", 6, "%", "~", False, 2001, None), ("第二条", 2, "%", "=", False, 2001, None), ("第三条", 4, "倍", "~", False, 2001, None)]),
    # a congress copy with its 目录: the chapters listed there are not the chapters themselves
    ("某市养犬管理条例\n（2009年8月28日某市第十三届人民代表大会常务委员会第十二次会议通过　2009年11月27日某省第十一届人民代表大会常务委员会第十三次会议批准）\n"
     "目　　录\n第一章　总　　则\n第二章　养犬登记\n第三章　附　　则\n第一章　总　　则\n第一条　为了加强养犬管理，制定本条例。\n"
     "第二章　养犬登记\n第二条　重点管理区内每户限养一只犬。\n第三条　养犬登记费每只每年不超过500元。\n第三章　附　　则\n第四条　本条例自2010年1月1日起施行。",
     [("第二章/第二条", 1, "只", "=", False, None, None), ("第二章/第三条", 500, "元", "<=", True, None, None)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", ARTICLES)
def test_targets_of_article_form_rules(text, expected):
    assert targets_of(text) == expected


def test_a_table_of_contents_holds_no_tasks():
    # entries with page numbers, a 目录 line of its own, chapters with sections (a 2000s provincial 条例)
    text = ("某省河道管理条例\n目录\n第一章 总则……1\n第二章 河道整治……3\n第一节 规划……3\n第三章 附则……6\n"
            "第一章 总则\n第一条 为了加强河道管理，制定本条例。\n第二章 河道整治\n第一节 规划\n第二条 河道整治规划由水行政主管部门编制。\n"
            "第三章 附则\n第三条 本条例自2003年1月1日起施行。")
    ctx = extract_all(normalize_string(text + "\n", "t"))
    assert [t.path for t in ctx.tasks] == ["第一章", "第一章/第一条", "第二章", "第二章/第一节", "第二章/第一节/第二条",
                                          "第三章", "第三章/第三条"]


# fmt: off
# (e) Web copies without a signature date: the page header's date, labelled or not, is the year the
# notice speaks from (今年).
WEB_HEADERS = [
    ("网站首页 | 机构概况 | 政务公开 | 办事服务\n某市人力资源和社会保障局关于做好高校毕业生就业工作的通知\n2016-05-10 来源：市人社局 点击：512\n"
     "各区县人力资源和社会保障局：\n今年全市要组织就业见习岗位2000个。",
     [(None, 2000, "个", "=", False, 2016, 2016)]),
    ("某县人民政府关于做好今年春耕生产工作的通知\n来源：县政府办 2018-03-02 09:15 浏览：300\n各乡镇人民政府：\n今年全县粮食播种面积稳定在50万亩以上。",
     [(None, 500000, "亩", ">=", False, 2018, 2018)]),
    # ((s26-a20tg) `今年汛前` is a deadline in the year 今年 names, read like 到 (spec §7; A20 pair AZ's `今年春节前`))
    ("某市关于做好今年防汛工作的通知\n【时间：2015-04-03】【来源：市防汛办】\n今年汛前完成病险水库除险加固12座。",
     [(None, 12, "座", "=", False, None, 2015)]),
    ("某区关于做好今年城乡居民医疗保险参保工作的通知\n作者：区医保局 日期：2021年09月10日\n今年全区城乡居民医保参保率稳定在95%以上。",
     [(None, 95, "%", ">=", False, 2021, 2021)]),
    ("某镇关于开展今年冬春植树造林的通知\n信息来源：镇农业办 发布于：2012年11月20日\n今年全镇完成植树造林3000亩。",
     [(None, 3000, "亩", "=", False, 2012, 2012)]),
    # page chrome around the notice (views, ICP number, phone) sets nothing
    ("首页 > 政务公开 > 政策文件\n某省人民政府办公厅关于加快发展家政服务业的实施意见\n发布时间：2019-08-12 10:30 来源：省政府办公厅 浏览次数：2356 字号：[大 中 小]\n"
     "各市、县人民政府，省政府各部门：\n一、发展目标\n到2022年，全省家政服务从业人员达到50万人，每年培训家政服务人员3万人次以上。\n"
     "某省人民政府办公厅\n2019年8月9日\n【打印本页】【关闭窗口】\n主办单位：某省人民政府办公厅 ICP备05012345号 联系电话：0571-12345678",
     [("一", 500000, "人", "=", False, None, 2022), ("一", 30000, "人次", ">=", True, None, 2022)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", WEB_HEADERS)
def test_web_copies_date_their_present_by_the_page_header(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (f) More central and older wording: earlier five-year plans (八五, 九五, 十五), 多/余 before 万,
# a total after 每年 (累计), a unit's qualifier before its comparator (吨标准煤以内), a start year
# written without 自/从 (`2016年起`), and estimates (预计…可实现) that demand nothing.
OLDER_CENTRAL = [
    ("国务院关于“九五”期间深化科技体制改革的决定\n“九五”期间，全国科技投入占国内生产总值的比例达到1.5%。",
     [(None, 1.5, "%", "=", False, 1996, 2000)]),
    ("国家计委关于印发“八五”计划纲要的通知\n“八五”期末，全国粮食产量达到4.5亿吨。", [(None, 450000000, "吨", "=", False, None, 1995)]),
    ("国务院关于印发“十一五”期间全国农村劳动力转移培训规划的通知\n“十一五”期间，每年培训农村劳动力1000万人，累计培训5000万人。",
     [(None, 10000000, "人", "=", True, 2006, 2010), (None, 50000000, "人", "=", False, 2006, 2010)]),
    ("国务院关于大力推进职业教育改革与发展的决定\n“十五”期间，职业教育要为社会输送2200多万名中职毕业生，800多万名高职毕业生。",
     [(None, 22000000, "名", ">", False, 2001, 2005), (None, 8000000, "名", ">", False, 2001, 2005)]),
    ("国家发展改革委 国家能源局关于印发能源发展“十三五”规划的通知\n第二章 主要目标\n"
     "能源消费总量控制在50亿吨标准煤以内，非化石能源消费比重提高到15%以上，天然气消费比重力争达到10%。\n"
     "第三章 主要任务\n第一节 高效智能，着力优化能源系统\n到2020年，煤电装机规模力争控制在11亿千瓦以内。",
     [("第二章", 5000000000, "吨标准煤", "<=", False, 2016, 2020), ("第二章", 15, "%", ">=", False, 2016, 2020),
      ("第二章", 10, "%", "=", False, 2016, 2020), ("第三章/第一节", 1100000000, "千瓦", "<=", False, None, 2020)]),
    ("国务院办公厅关于推进城市地下综合管廊建设的指导意见\n——到2020年，建成一批具有国际先进水平的地下综合管廊并投入运营。\n"
     "——2016年起，全国每年开工建设地下综合管廊2000公里以上。",
     [(None, 2000, "公里", ">=", True, 2016, None)]),
    ("关于提高城乡居民基础养老金的通知\n2018年1月1日起，全省城乡居民基础养老金最低标准提高至每人每月103元。",
     [(None, 103, "元", "=", False, 2018, None)]),
    ("关于调整失业保险金标准的通知\n2020年开始，失业保险金标准按当地最低工资标准的90%确定。",
     [(None, 90, "%", "=", False, 2020, None)]),
    ("国务院关于印发2003年工作要点的通知\n全年新增就业岗位800万个，城镇登记失业率控制在4.5%左右。",
     [(None, 8000000, "个", "=", False, 2003, 2003), (None, 4.5, "%", "~", False, 2003, 2003)]),
    ("关于推广节水技术的复函\n预计项目建成后，每年可节约用水300万立方米，可实现经济效益2000多万元。", []),
    ("某市关于推进光伏扶贫的实施方案\n预计全市光伏扶贫电站建成后可带动贫困户5000户增收。到2018年，建成村级光伏电站100座。",
     [(None, 100, "座", "=", False, None, 2018)]),
    ("某县关于2020年重点项目建设的通知\n预计到2020年底，全县新增就业岗位3000个。", [(None, 3000, "个", "=", False, None, 2020)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", OLDER_CENTRAL)
def test_older_central_wording(text, expected):
    assert targets_of(text) == expected


def test_a_start_before_the_issue_year_reports_the_past():
    # `2015年开始，全市共培训…` in a 2017 notice: the bare year stays a year of the past (no target)
    text = ("关于做好2017年职业培训工作的通知\n各区人民政府：\n2015年开始，全市共培训农民工3万人次。今年全市培训农民工1万人次。\n"
            "某市人民政府\n2017年3月1日")
    assert targets_of(text) == [(None, 10000, "人次", "=", False, 2017, 2017)]


@pytest.mark.parametrize("text,value,unit", [
    ("输送2200多万名中职毕业生", 22000000, "名"), ("投入三百余万元", 3000000, "元"),
    ("新建道路300多千米", 300, "千米"), ("装机200多千瓦", 200, "千瓦"), ("培训30多万人", 300000, "人"),
])
def test_more_than_before_a_multiplier(text, value, unit):
    from pipeline.quantity import first_quantity
    q = first_quantity(text)
    assert (float(q.values[0][0]), q.unit, q.after_cmp) == (value, unit, ">")


# fmt: off
# (g) National goals with several amounts: a comparator written once after a 、-list holds for each
# amount; 分别 with two years; shares, 个百分点, 翻一番.
LISTS = [
    ("国务院关于印发“十三五”节能减排综合工作方案的通知\n到2020年，全国化学需氧量、氨氮排放总量分别控制在2001万吨、207万吨以内，比2015年分别下降10%、10%。",
     [(None, 20010000, "吨", "<=", False, None, 2020), (None, 2070000, "吨", "<=", False, None, 2020),
      (None, 10, "%", "=", False, None, 2020), (None, 10, "%", "=", False, None, 2020)]),
    ("某省人民政府关于加快发展学前教育的意见\n到2015年，全省学前一年、两年、三年毛入园率分别达到95%、85%、70%以上。",
     [(None, 95, "%", ">=", False, None, 2015), (None, 85, "%", ">=", False, None, 2015), (None, 70, "%", ">=", False, None, 2015)]),
    ("国务院关于实施健康中国行动的意见\n到2022年和2030年，全国居民健康素养水平分别不低于22%和30%。",
     [(None, 22, "%", ">=", False, None, 2022), (None, 30, "%", ">=", False, None, 2030)]),
    ("国务院关于深入推进新型城镇化建设的若干意见\n到2020年，常住人口城镇化率提高到60%，户籍人口城镇化率提高到45%，"
     "户籍人口城镇化率与常住人口城镇化率差距缩小2个百分点左右，努力实现1亿左右农业转移人口和其他常住人口在城镇落户。",
     [(None, 60, "%", "=", False, None, 2020), (None, 45, "%", "=", False, None, 2020),
      (None, 2, "个百分点", "~", False, None, 2020), (None, 100000000, "人", "~", False, None, 2020)]),
    ("国务院办公厅关于促进全民健身和体育消费推动体育产业高质量发展的意见\n到2022年，体育服务业增加值占体育产业增加值的比重达到60%，"
     "人均体育场地面积达到1.8平方米，经常参加体育锻炼人数比例达到37%以上。",
     [(None, 60, "%", "=", False, None, 2022), (None, 1.8, "平方米", "=", False, None, 2022), (None, 37, "%", ">=", False, None, 2022)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", LISTS)
def test_lists_of_national_goals(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (h) A size class after an amount (`千亿元级产业集群`, `10万亿元级的新支柱`) describes what is counted; the count
# is the target.
SIZE_CLASSES = [
    ("国务院关于印发“十三五”国家战略性新兴产业发展规划的通知\n到2020年，形成新一代信息技术、高端制造等5个产值规模10万亿元级的新支柱。",
     [(None, 5, "个", "=", False, None, 2020)]),
    ("某省关于加快制造业高质量发展的意见\n到2025年，打造5个千亿元级产业集群，培育10家百亿元级龙头企业。",
     [(None, 5, "个", "=", False, None, 2025), (None, 10, "家", "=", False, None, 2025)]),
    ("某市关于促进数字经济发展的实施方案\n力争到2023年，全市数字经济规模达到1000亿元。",
     [(None, 100000000000, "元", "=", False, None, 2023)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SIZE_CLASSES)
def test_a_size_class_is_no_amount(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (i) The people (households, units) a service is given to after 为 are the quota; a predicate after
# 为 (`认定为`, `标准为`) is not such a count. An indicator table with two goal years reads both.
SERVED = [
    ("国务院关于加快推进残疾人小康进程的意见\n二、主要目标\n到2020年，残疾人事业发展的主要目标是：\n"
     "——残疾人基本生活得到稳定保障，城乡残疾人家庭人均收入年均增长8%以上。\n——残疾儿童少年义务教育入学率达到95%。\n"
     "——每年为10万名贫困残疾人提供康复服务。\n三、主要措施",
     [("二", 8, "%", ">=", True, None, 2020), ("二", 95, "%", "=", False, None, 2020), ("二", 100000, "名", "=", True, None, 2020)]),
    ("某省残联关于实施残疾人康复工程的通知\n到2015年，全省每年为2万名残疾儿童提供康复训练。",
     [(None, 20000, "名", "=", True, None, 2015)]),
    ("某县民政局关于做好冬春救助工作的通知\n今冬明春为3000户困难群众发放救助物资。", [(None, 3000, "户", "=", False, None, None)]),
    ("国务院关于印发国家人口发展规划（2016—2030年）的通知\n第三章 发展目标\n专栏1 人口发展主要指标\n| 指标 | 2015年 | 2020年 | 2030年 |\n"
     "| 全国总人口（亿人） | 13.75 | 14.2 | 14.5 |\n| 常住人口城镇化率（%） | 56.1 | 60 | 70 |",
     [("第三章", 1420000000, "人", "=", False, None, 2020), ("第三章", 1450000000, "人", "=", False, None, 2030),
      ("第三章", 60, "%", "=", False, None, 2020), ("第三章", 70, "%", "=", False, None, 2030)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SERVED)
def test_people_served_and_goal_columns(text, expected):
    assert targets_of(text) == expected


# fmt: off
# (j) Provincial wording before 2018: `三年内，…` opening a sentence counts from the issue year; the units an
# action is done to after 对 (`对全省1万个左右的行政村进行全面整治`) or 把/将 (`把其中1000个…建设成…`) are quotas,
# while 对…的 that picks out who qualifies stays a condition.
PROVINCE_OLDER = [
    ("某省人民政府办公厅关于加快发展农民专业合作组织的意见\n三年内，全省发展农民专业合作组织1000个，带动农户50万户。\n某省人民政府办公厅\n2007年5月8日",
     [(None, 1000, "个", "=", False, 2007, 2009), (None, 500000, "户", "=", False, 2007, 2009)]),
    ("某省人民政府关于进一步加强农村劳动力转移就业工作的通知\n各市、县人民政府，省政府各部门：\n一、目标任务\n"
     "今后五年，全省每年转移农村劳动力50万人，到2010年累计转移250万人。\n某省人民政府\n二〇〇六年三月十日",
     [("一", 500000, "人", "=", True, 2006, 2010), ("一", 2500000, "人", "=", False, None, 2010)]),
    ("某省人民政府关于实施“千村示范万村整治”工程的通知\n从2003年开始，用5年时间，对全省1万个左右的行政村进行全面整治，"
     "并把其中1000个左右的行政村建设成全面小康示范村。",
     [(None, 10000, "个", "~", False, 2003, 2007), (None, 1000, "个", "~", False, 2003, 2007)]),
    ("某省环保厅关于开展清洁生产审核的通知\n2012年，对全省500家重点企业开展强制性清洁生产审核。", [(None, 500, "家", "=", False, 2012, 2012)]),
    ("某县关于做好企业安全检查的通知\n对从业人员30人以上的企业进行重点检查。", []),
    ("某市关于对困难企业给予补贴的通知\n对吸纳10人以上就业困难人员的企业，给予一次性奖励。", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", PROVINCE_OLDER)
def test_older_provincial_wording(text, expected):
    assert targets_of(text) == expected
