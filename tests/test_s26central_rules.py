"""s26-central: central notices' targets (国务院/国办 决定, 意见, 通知; ministries' 指导意见, 行动方案), from snippets written in
the style of other eras and organs than the open central notices read (the stress method, issue 12). Expected items
written from spec §7 and the guide before the run."""
from tests.snippets import targets_of as _targets

F, T = False, True


def test_a_density_named_after_fenbie_does_not_count_as_an_amount():
    # 2020s 国务院办公厅 意见: `到2020年、2025年，…分别达到每千人口1.8个和4.5个` — the k-th amount after 分别 is by the k-th year
    # (spec §7); `每千人口` is the unit the density counts per (guide TG37), not the first amount; one 以上 after a list of
    # amounts is each one's (the project's reading of `达到85%、90%以上`)
    got = _targets("国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见", "国务院办公厅", "2019年5月9日",
                   "一、发展目标\n　　到2020年、2025年，全国婴幼儿照护服务托位数分别达到每千人口1.8个和4.5个，"
                   "城市社区照护服务设施覆盖率分别达到50%和80%以上。\n")
    assert got == [(1.8, "个", "=", F, None, 2020), (4.5, "个", "=", F, None, 2025),
                   (50, "%", ">=", F, None, 2020), (80, "%", ">=", F, None, 2025)]


def test_a_1990s_state_council_decision_states_its_goals_by_a_deadline():
    # 1990s 国务院 决定: achievements since 建国 and a past comparison are no targets; `到2000年` dates the paragraph; a
    # 翻一番 is 2 倍 (docs/decisions/targets.md); national totals in 万平方公里 multiplied out
    got = _targets("国务院关于进一步加强水土保持工作的决定", "国务院", "1993年1月19日",
                   "一、基本情况\n　　建国以来，全国累计治理水土流失面积67万平方公里，1992年水土流失面积比1985年减少了12%。\n"
                   "二、奋斗目标\n　　到2000年，全国水土流失治理面积达到100万平方公里，每年新增治理面积5万平方公里以上，"
                   "森林覆盖率提高到15%，水土保持区农民人均纯收入比1990年翻一番。\n")
    assert got == [(1000000, "平方公里", "=", F, None, 2000), (50000, "平方公里", ">=", T, None, 2000),
                   (15, "%", "=", F, None, 2000), (100, "%", "=", F, None, 2000)]


def test_a_2000s_general_office_notice_lists_its_goals_with_dashes():
    # 2000s 国务院办公厅 通知: `到2010年：` over a `——` list (guide TG35); 比2005年降低 (a baseline, not the year); 年均增长 per
    # year; 控制在…以内 (guide TG15); 万亿元; `“十一五”期间，累计…` 2006/2010
    got = _targets("国务院办公厅关于加快发展农村义务教育的通知", "国务院办公厅", "2007年5月10日",
                   "一、主要目标\n　　到2010年：\n　　——全国初中阶段毛入学率达到95%以上；\n　　——农村中小学危房比例下降到1%以下；\n"
                   "　　——单位国内生产总值能源消耗比2005年降低20%左右；\n　　——教育经费年均增长7%左右，人口自然增长率控制在1.2%以内；\n"
                   "　　——全社会教育投入累计达到1.5万亿元。\n　　“十一五”期间，累计培训农村教师3000万人次。\n")
    assert got == [(95, "%", ">=", F, None, 2010), (1, "%", "<=", F, None, 2010), (20, "%", "~", F, None, 2010),
                   (7, "%", "~", T, None, 2010), (1.2, "%", "<=", F, None, 2010), (1.5e12, "元", "=", F, None, 2010),
                   (3e7, "人次", "=", F, 2006, 2010)]


def test_a_2010s_guiding_opinion_with_shares_written_as_chinese_fractions():
    # 2010s 国务院 意见: 百分之八十, 三成, 一半 are percentages (spec §7 fractions and 成); `基本实现…全覆盖` has no number
    got = _targets("国务院关于加强农村留守儿童关爱保护工作的意见", "国务院", "2016年2月4日",
                   "一、工作目标\n　　到2018年，百分之八十以上的留守儿童纳入关爱服务体系，三成以上的村建立儿童之家，"
                   "一半以上的县建成救助保护机构，基本实现关爱服务全覆盖。\n")
    assert got == [(80, "%", ">=", F, None, 2018), (30, "%", ">=", F, None, 2018), (50, "%", ">=", F, None, 2018)]


def test_the_tenth_five_year_plans_end_is_a_baseline_like_a_year():
    # 2000s 国家环境保护总局 通知 (issued in the 十一五): `比“十五”期末削减10%`, `较“十五”末减少10%` — the end of the 十五 (2001–2005)
    # is a baseline as `比2005年` is (spec §7: a baseline is not the target's year), not a past year that makes the goal a
    # report; the goal's year is the sentence's `到2010年`
    got = _targets("国家环境保护总局关于做好“十一五”主要污染物总量削减工作的通知", "国家环境保护总局", "2006年9月1日",
                   "一、削减目标\n　　到2010年，全国化学需氧量排放总量比“十五”期末削减10%，二氧化硫排放总量较“十五”末减少10%。\n"
                   "二、工作要求\n　　各地要加强监测。\n")
    assert got == [(10, "%", "=", F, None, 2010), (10, "%", "=", F, None, 2010)]


def test_a_count_of_kinds_after_deng_describes_the_beneficiaries():
    # 2010s 民政部 财政部 指导意见: `资助…等6类困难群众参加…3000万人` — the 6 类 sum up the kinds just named (who is covered, spec
    # §7 numbers that describe), the quota is the people; a count of units delivered after examples and 等 stays a quota
    # (`重点建设甲、乙等10个产业园`, the project's reading of 加快建设甲等9个区域节点)
    got = _targets("民政部 财政部关于进一步完善医疗救助制度的指导意见", "民政部", "2015年4月21日",
                   "一、工作目标\n　　到2017年，资助城乡低保对象、特困供养人员等6类困难群众参加城乡居民基本医疗保险3000万人以上，"
                   "重点建设甲、乙等10个救助示范区。\n")
    assert got == [(3e7, "人", ">=", F, None, 2017), (10, "个", "=", F, None, 2017)]


def test_money_already_arranged_in_a_reply_is_reported_not_set():
    # 2010s 水利部 复函 on how a province's requests were handled: `已安排中央投资3亿元，下达…2亿元` reports money given (spec §7:
    # numbers that describe), through the later clauses of the sentence; `再安排` turns to what is to come (a target)
    got = _targets("水利部关于某省病险水库除险加固有关问题的复函", "水利部", "2013年5月2日",
                   "某省水利厅：\n　　一、关于资金支持。我部已安排中央预算内投资3亿元，财政部下达维修养护补助资金2亿元，"
                   "2014年再安排中央投资2亿元。\n　　二、关于前期工作。请你厅抓紧完成初步设计。\n")
    assert got == [(200000000, "元", "=", F, 2014, 2014)]


def test_the_sex_ratio_at_birth_is_a_ratio_without_unit():
    # 2000s 国家人口计生委 通知: `出生人口性别比降到115以下` — boys per 100 girls, a ratio with no unit (guide TG14: 比值)
    got = _targets("国家人口计生委关于综合治理出生人口性别比偏高问题的通知", "国家人口和计划生育委员会", "2006年8月1日",
                   "一、工作目标\n　　到2010年，全国出生人口性别比降到115以下，人口自然增长率控制在8‰以内。\n"
                   "二、工作要求\n　　各地要加强监测。\n")
    assert got == [(115, "比值", "<=", F, None, 2010), (8, "‰", "<=", F, None, 2010)]


def test_a_rate_set_for_city_and_county_town_is_one_each():
    # 2010s 住房城乡建设部 国家发展改革委 意见: `城市、县城污水处理率达到95%` — one rate for two kinds of place (guide TG19); 县城
    # is a kind of place, not the county level paying (the payer list `中央、省、县三级财政` stays one)
    got = _targets("住房城乡建设部 国家发展改革委关于加强城镇污水处理设施建设的意见", "住房城乡建设部", "2016年1月10日",
                   "一、主要目标\n　　到2020年，城市、县城污水处理率达到95%，中央、省、县三级财政补助比例不低于60%。\n")
    assert got == [(95, "%", "=", F, None, 2020), (95, "%", "=", F, None, 2020), (60, "%", ">=", F, None, 2020)]


def test_a_level_lowered_or_held_for_listed_objects_is_one_each():
    # 2020s 国家发展改革委 等 行动方案: `大型、超大型数据中心电能利用效率降到1.3以下` (a ratio without unit, TG14) and `城市、县城
    # 污水处理率保持在95%以上` — one level set for each object listed (guide TG19), also with 降到 / 保持在
    got = _targets("国家发展改革委 中央网信办 工业和信息化部 国家能源局关于印发贯彻落实碳达峰碳中和目标要求推动数据中心和5G等新型基础设施绿色高质量发展实施方案的通知",
                   "国家发展改革委", "2021年11月30日",
                   "一、主要目标\n　　到2025年，大型、超大型数据中心电能利用效率降到1.3以下，城市、县城污水处理率保持在95%以上。\n"
                   "二、重点任务\n　　（一）加强统筹。\n")
    assert got == [(1.3, "比值", "<=", F, None, 2025), (1.3, "比值", "<=", F, None, 2025),
                   (95, "%", ">=", F, None, 2025), (95, "%", ">=", F, None, 2025)]
