"""s31-tg: how plans state which numbers are targets and by which years — a goals list typed as numbered items under one
dating introducer, stages of one level written by their years, an indicator's line giving its value by year, a level shared
by crops before 均, projects pushed and counted after examples, and a total summed over N years before a deadline. Each is
tested in the style of a province, level or era other than the notice that showed it (snippets written for these tests,
none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_a_dating_introducer_dates_every_numbered_goal_listed_under_it():
    # A Guangdong-style county one-year plan of 2021 (guide TG6d): `到2021年底，实现以下目标：` over numbered goal items
    # dates them all by 2021 (a deadline), not only the first; the plan's own year would give 2021/2021
    got = _targets("某县2021年城乡环境卫生整治工作方案", "某县人民政府办公室", "2021年3月5日",
                   "一、总体要求\n以改善人居环境为目标。\n二、工作目标\n经过一年整治，城乡面貌明显改善。到2021年底，实现以下目标：\n"
                   "（一）城乡生活垃圾无害化处理率达到95%以上；\n（二）新建公共厕所40座；\n"
                   "（三）每个村配备保洁员不少于3名，村庄保洁覆盖率达到100%；\n三、保障措施\n（一）加强领导。\n")
    assert got == [(95, "%", ">=", False, None, 2021), (40, "座", "=", False, None, 2021),
                   (3, "名", ">=", False, None, 2021), (100, "%", "=", False, None, 2021)]


def test_stages_of_one_level_after_the_issue_year_are_milestones():
    # A State Council-style 意见 of 2016 with no period of its own (guide TG13): `…覆盖率2018年达到50%，2020年达到80%` and
    # `2018年…普及率达到60%、2020年达到90%` set milestones, each read like `到2018年` (null/year)
    got = _targets("国务院办公厅关于推进医疗卫生与养老服务相结合的指导意见", "国务院办公厅", "2016年5月6日",
                   "一、重点任务\n（一）推进协作。鼓励医疗机构与养老机构签约，签约服务覆盖率2018年达到50%，2020年达到80%。\n"
                   "（二）发展家庭医生。2018年家庭医生签约服务普及率达到60%、2020年达到90%。\n")
    assert got == [(50, "%", "=", False, None, 2018), (80, "%", "=", False, None, 2020),
                   (60, "%", "=", False, None, 2018), (90, "%", "=", False, None, 2020)]


def test_a_ladder_of_levels_starting_in_the_issue_year_is_deadlines():
    # A Zhejiang-style county plan of 2019 with no stated period: the ladder starts in the current year, and its rungs are
    # still deadlines (guide S33: S32b TG13 over TG10; TG10's schedule is for a value set for each year of a period)
    got = _targets("某县关于推进农村生活垃圾分类处理的实施意见", "某县人民政府", "2019年4月2日",
                   "一、工作任务\n（一）推进分类。行政村垃圾分类覆盖率2019年达到70%，2020年达到90%。\n")
    assert got == [(70, "%", "=", False, None, 2019), (90, "%", "=", False, None, 2020)]


def test_an_indicator_line_giving_its_value_by_year_is_a_schedule_line():
    # A Hebei-style city plan for 2018—2020 (guide TG13: a schedule line dates its own targets): `森林覆盖率：2020年达到35%
    # 以上` in the list of indicators is that year's value, like `二氧化硫排放总量：2019年控制在…`
    got = _targets("某市绿化三年行动计划（2018—2020年）", "某市人民政府", "2018年3月1日",
                   "一、主要指标\n1．二氧化硫排放总量：2019年控制在5.2万吨以内。\n2．森林覆盖率：2020年达到35%以上。\n二、任务\n（一）造林。\n")
    assert got == [(52000, "吨", "<=", False, 2019, 2019), (35, "%", ">=", False, 2020, 2020)]


def test_one_level_raised_for_crops_listed_before_shui_ping_jun():
    # A Heilongjiang-style provincial 意见 of 2008 (guide TG19): `大豆、玉米种植机械化水平均提高5个百分点` is 水平 then 均,
    # one rise for each crop (not 平均, an average)
    got = _targets("某省关于加快推进农业机械化的意见", "某省人民政府", "2008年6月1日",
                   "一、目标\n（一）主要目标。到2012年，全省农作物耕种收综合机械化水平达到80%，大豆、玉米种植机械化水平均提高5个百分点。\n")
    assert got == [(80, "%", "=", False, None, 2012), (5, "个百分点", "=", False, None, 2012),
                   (5, "个百分点", "=", False, None, 2012)]


def test_projects_pushed_after_examples_are_counted_as_delivered():
    # A Sichuan-style county work-points notice of 2020 (guide TG9): `加快推进…等8个重点项目` delivers eight projects; a count
    # of fields after 等 (`推进教育、卫生等4个领域改革`) describes
    got = _targets("某县2020年重点工作要点", "某县人民政府", "2020年2月10日",
                   "一、重点任务\n（一）抓项目。加快推进城南污水处理厂扩建、滨江路改造等8个重点项目。\n（二）抓改革。推进教育、卫生等4个领域改革。\n")
    assert got == [(8, "个", "=", False, 2020, 2020)]


def test_a_total_summed_over_n_years_counts_back_from_the_deadline_of_its_sentence():
    # A Guizhou-style 2018 意见 with no period of its own: `2020年底前全部完成，3年累计改造不少于600户` runs 2018—2020; under a
    # sentence opened by `到2020年底，` the total keeps the deadline (the open golds read it so)
    got = _targets("某州关于加快农村危房改造的实施意见", "某州人民政府", "2018年3月1日",
                   "一、任务\n（一）改造危房。2020年底前全部完成存量危房改造，3年累计改造不少于600户。\n"
                   "（二）培训工匠。到2020年底，建成培训基地2个；3年累计培训农村建筑工匠500人次。\n")
    assert got == [(600, "户", ">=", False, 2018, 2020), (2, "个", "=", False, None, 2020), (500, "人次", "=", False, None, 2020)]


def test_a_bare_milestone_after_a_to_deadline_of_its_sentence_is_read_like_to():
    # A 国发-style 意见 of 2016 with no period of its own (spec §7: a deadline without 到 reads like 到): `到2018年，…100个；
    # 2020年，…200个` and `力争到2017年…，2019年达到…` leave the 到 out of the second milestone
    got = _targets("国务院关于推进某某产业发展的意见", "国务院", "2016年4月1日",
                   "一、发展目标\n到2018年，建成国家级产业示范基地100个；2020年，建成200个。\n"
                   "力争到2017年，全国新增城镇就业1200万人以上，2019年达到1300万人。\n二、重点任务\n（一）推进。\n")
    assert got == [(100, "个", "=", False, None, 2018), (200, "个", "=", False, None, 2020),
                   (12000000, "人", ">=", False, None, 2017), (13000000, "人", "=", False, None, 2019)]


def test_a_ladder_opened_by_a_future_year_and_its_comma_is_a_set_of_milestones():
    # A ministry-style 2015 指导意见 (guide TG13): `2017年，全国…产值达到25万亿元，2020年达到32万亿元` — both stages lie after the
    # issue year, so each is a deadline; an amount of work in the issue year (`2015年，完成…`) keeps its year
    got = _targets("农业部关于加快发展农产品加工业的指导意见", "农业部", "2015年6月1日",
                   "一、主要目标\n2017年，全国农产品加工业产值达到25万亿元，2020年达到32万亿元。\n"
                   "二、重点任务\n（一）推进。2015年，全国新建加工示范园区50个。\n")
    assert got == [(25e12, "元", "=", False, None, 2017), (32e12, "元", "=", False, None, 2020),
                   (50, "个", "=", False, 2015, 2015)]


def test_a_kind_in_straight_quotes_is_still_a_noun_continuing_the_list():
    # A Fujian-style county web copy of 2019 typing straight quotes: `…家庭农场10家，"三品一标"认证产品5个` continues the
    # list of the clause before it, as `“煤改气”35万户` does with curly quotes
    got = _targets("某县2019年农业农村工作要点", "某县人民政府", "2019年2月1日",
                   "一、任务\n1．培育主体。新培育家庭农场10家，\"三品一标\"5个。\n2．其他。\n")
    assert got == [(10, "家", "=", False, 2019, 2019), (5, "个", "=", False, 2019, 2019)]


def test_a_five_year_plan_naming_a_class_of_villages_is_no_target_year():
    # A Guangxi-style prefecture plan for 2017—2019: `在“十三五”建档立卡贫困村优先布局…` names the villages listed for the
    # plan, so the quota keeps the plan's years; `“十三五”期间累计…` is a time and gives 2016—2020
    got = _targets("某州电子商务进农村三年行动方案（2017—2019年）", "某州人民政府办公室", "2017年3月1日",
                   "一、任务\n（一）推进电商扶贫。在“十三五”建档立卡贫困村优先布局服务站点，力争每个贫困村至少培育2个电商示范户。\n"
                   "（二）开展培训。“十三五”期间累计培训5000人次。\n")
    assert got == [(2, "个", ">=", False, 2017, 2019), (5000, "人次", "=", False, 2016, 2020)]


def test_two_parts_after_qi_zhong_each_reach_the_level():
    # A Shaanxi-style county one-year plan of 2020 (guide TG33): `其中县城和重点镇达到95%` after the county's rate gives the
    # level to each of the two parts
    got = _targets("某县2020年农村生活垃圾治理工作方案", "某县人民政府", "2020年3月1日",
                   "一、目标\n（一）生活垃圾无害化处理率达到85%以上，其中县城和重点镇达到95%。\n（二）其他。\n")
    assert got == [(85, "%", ">=", False, 2020, 2020), (95, "%", "=", False, 2020, 2020), (95, "%", "=", False, 2020, 2020)]


def test_people_settled_or_lifted_out_counted_where_a_central_goal_opens():
    # A 国发-style 意见 of 2014 (spec §7: a number that opens its clause): `1亿左右农业转移人口…在城镇落户` and `现行标准下
    # 7000万农村贫困人口实现脱贫` are counts to reach by the deadline; people who have already settled are a report
    got = _targets("国务院关于进一步推进户籍制度改革的意见", "国务院", "2014年7月24日",
                   "一、发展目标\n到2020年，努力实现1亿左右农业转移人口和其他常住人口在城镇落户；现行标准下7000万农村贫困人口实现脱贫。\n"
                   "二、任务\n（一）推进。全国已有1000万人在城镇落户。\n")
    assert got == [(100000000, "人", "~", False, None, 2020), (70000000, "人", "=", False, None, 2020)]
