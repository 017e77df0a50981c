"""s27-tg: target and year classes A21 (a241–a252) and A22 (a253–a264) showed wrong, each tested in the style of a
province, level or era other than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_a_change_reported_with_approximate_levels_is_no_target():
    # A ministry's 2011 意见: `由2006年的约300万吨增加到2010年的约650万吨` reports what was reached before the notice (guide
    # TG7 descriptive numbers), the approximation after 的 included; the goal `到2015年…达到1000万吨` is set
    got = _targets("农业部关于加快发展农产品产地初加工的意见", "农业部", "2011年3月2日",
                   "一、充分认识重要意义\n　　近年来，全国产地烘干能力由2006年的约300万吨增加到2010年的约650万吨。\n"
                   "二、发展目标\n　　到2015年，全国产地烘干能力达到1000万吨。\n")
    assert got == [(10000000, "吨", "=", False, None, 2015)]


def test_an_excess_described_with_gaoda_is_no_target_also_after_meinian():
    # A province's 2008 意见 on grain storage: `每年粮食产后损失高达8%` and `仓容只有…` describe the situation; 每年 inside
    # the clause that itself describes says how often, it demands nothing (spec §7: numbers that describe)
    got = _targets("某省人民政府关于加强粮食产后减损工作的意见", "某省人民政府", "2008年6月1日",
                   "一、重要意义\n　　当前全省农户储粮设施简陋，标准仓容只有30%，每年粮食产后损失高达8%至10%，问题较为突出。\n"
                   "二、目标\n　　到2012年，农户储粮损失率降低到3%以下。\n")
    assert got == [(3, "%", "<=", False, None, 2012)]


def test_a_household_size_names_the_class_a_housing_standard_is_for():
    # A Guangxi-style county 细则 of 2015: `1至2人户`, `4人以上户` name which households a floor-area standard is for (guide
    # TG37), only the areas are targets
    got = _targets("某县农村危房改造实施细则", "某县人民政府", "2015年5月1日",
                   "第一章 标准\n第六条 新建住房面积：1至2人户不超过40平方米，4人以上户人均不超过20平方米。\n")
    assert got == [(40, "平方米", "<=", False, None, None), (20, "平方米", "<=", False, None, None)]


def test_a_bound_on_what_is_built_for_a_named_group_is_a_standard():
    # A Sichuan-style county 办法 of 2012: `对特困户…建设不超过30平方米的保障房` sets the bound of what is built for the group;
    # `对建成不超过…的住房给予补助` (the group gets a grant after it) stays a condition of who qualifies
    got = _targets("某县农村住房保障办法", "某县人民政府", "2012年3月1日",
                   "第一章 保障\n第五条 对特困户原则上建设不超过30平方米的保障房。\n"
                   "第六条 对自建不超过80平方米住房的农户，给予补助。\n")
    assert got == [(30, "平方米", "<=", False, None, None)]


def test_pressure_prescription_days_and_batches_are_units():
    # A city's 2016 rules on water supply and a provincial health notice: `不低于0.14兆帕`, `不得超过5日用量` (a cap on a
    # prescription's days of supply, not a time limit), `发布推荐目录2批`
    got = _targets("某市城市供水管理办法", "某市人民政府", "2016年4月1日",
                   "第一章 水压\n第八条 管网末梢压力不得低于0.14兆帕。\n第九条 慢性病处方一般不得超过5日用量。\n"
                   "第十条 市水务局每年发布节水器具推荐目录2批。\n")
    assert got == [(0.14, "兆帕", ">=", False, None, None), (5, "日用量", "<=", False, None, None),
                   (2, "批", "=", True, None, None)]


def test_yi_pi_and_split_batches_are_no_counts():
    # `建设一批示范点` (spec §7: `一批` out), `分3批实施` (how the work is split)
    got = _targets("某县2020年美丽乡村建设工作方案", "某县人民政府", "2020年3月1日",
                   "一、任务\n　　建设一批美丽乡村示范点，分3批实施，全年完成示范村10个。\n")
    assert got == [(10, "个", "=", False, 2020, 2020)]


def test_a_floor_written_before_the_examples_it_counts():
    # A provincial 2018 rule on school canteens: `检查项目不少于温度、湿度、…等6项` (the count is the floor the rule sets)
    got = _targets("某省学校食堂卫生管理办法", "某省教育厅", "2018年9月1日",
                   "第一章 检查\n第七条 每学期开展自查，检查项目不少于温度、湿度、餐具消毒、留样、索证、人员健康等6项。\n")
    assert got == [(6, "项", ">=", False, None, None)]


def test_a_capacity_bounded_in_hours_of_use_is_a_target():
    # A county's 2019 rule on rural water works: `清水池有效容积不少于12小时的用水量`
    got = _targets("某县农村供水工程管理办法", "某县人民政府", "2019年1月1日",
                   "第一章 设施\n第四条 清水池有效容积不少于供水范围内12小时的用水量。\n")
    assert got == [(12, "小时", ">=", False, None, None)]


def test_a_time_made_earlier_than_a_baselines_is_a_level():
    # A provincial statistics bureau's 2019 plan: `发布时间比2018年提前10天以上` (a level of timeliness), while
    # `应提前15天公告` stays a notice period (out)
    got = _targets("某省统计数据质量提升行动方案", "某省统计局", "2019年3月1日",
                   "一、目标\n　　到2021年，年度统计公报发布时间比2018年提前10天以上。\n二、要求\n　　调整发布日程应提前15天公告。\n")
    assert got == [(10, "天", ">=", False, None, 2021)]


def test_a_relation_between_parties_and_a_list_closed_by_deng_are_one_target():
    # A 2019 provincial plan: `企业、个体工商户信息与税务登记信息比对一致率` (与: one relation, guide TG33); a 2010 subsidy
    # rule: `300马力以上拖拉机、大型采棉机等单机补贴额可提高到30万元` (examples of one class)
    got = _targets("某省市场主体信息质量提升方案", "某省市场监督管理局", "2019年5月1日",
                   "一、目标\n　　到2020年，企业、个体工商户、农民专业合作社登记信息与税务登记信息比对一致率达到95%以上。\n"
                   "二、补贴\n　　300马力以上拖拉机、大型采棉机等单机补贴额可提高到30万元。\n")
    assert got == [(95, "%", ">=", False, None, 2020), (300000, "元", "=", False, None, None)]


def test_graded_kinds_of_parks_each_take_the_rate_and_payers_do_not():
    # A 2018 provincial 意见: `国家级、省级开发区污水集中处理率` names two kinds of park (guide TG19); `中央、省级财政补助比例`
    # names payers (one amount pooled)
    got = _targets("某省人民政府关于推进开发区绿色发展的意见", "某省人民政府", "2018年7月1日",
                   "一、目标\n　　到2020年，国家级、省级开发区污水集中处理率均达到100%。\n二、资金\n　　中央、省级财政补助比例不超过60%。\n")
    assert got == [(100, "%", "=", False, None, 2020), (100, "%", "=", False, None, 2020), (60, "%", "<=", False, None, None)]


def test_a_level_that_earns_a_benefit_with_fangke_is_a_condition():
    # A 1990s tax notice: `掺用比例须达到25%以上，方可享受减免` says who qualifies (spec §7 eligibility)
    got = _targets("某省税务局关于资源综合利用税收优惠的通知", "某省税务局", "1996年4月1日",
                   "一、范围\n　　企业利用废渣生产建材产品的，废渣掺用比例须达到25%以上，方可享受减免。\n")
    assert got == []


def test_a_five_year_plan_naming_a_years_place_dates_nothing():
    # A county's 2021 work points: `2021年是“十四五”开局之年` opens the goals paragraph; the goals are the year's
    got = _targets("某县2021年生态环境保护工作要点", "某县人民政府办公室", "2021年3月1日",
                   "　　2021年是“十四五”开局之年。全县主要目标是：PM2.5平均浓度下降3%，优良天数比例达到85%以上。\n"
                   "一、重点工作\n　　（一）推进减排。\n")
    assert got == [(3, "%", "=", False, 2021, 2021), (85, "%", ">=", False, 2021, 2021)]


def test_a_resource_estimated_is_no_target():
    # A county's 2019 plan on livestock manure: `畜禽粪污产生量约120万吨` (the resource the goals are set on)
    got = _targets("某县2019年畜禽粪污资源化利用工作方案", "某县人民政府", "2019年4月1日",
                   "一、目标\n　　2019年，全县畜禽粪污产生量约120万吨，综合利用率达到80%以上。\n")
    assert got == [(80, "%", ">=", False, 2019, 2019)]


def test_a_doubling_is_an_increase_of_100_percent():
    # Guide TG40 (s27): `翻一番` 100 %, `翻两番` 300 %, against the baseline written
    got = _targets("某市国民经济和社会发展第十个五年计划纲要", "某市人民政府", "2001年2月1日",
                   "一、目标\n　　到2005年，全市生产总值比2000年翻一番，财政收入比2000年翻两番以上。\n")
    assert got == [(100, "%", "=", False, None, 2005), (300, "%", ">=", False, None, 2005)]


def test_a_share_of_places_that_must_set_something_up():
    # A 2003 provincial notice: `60%以上的乡（镇）要建立农技服务站` (the share the duty is to reach)
    got = _targets("某省人民政府关于加强农技推广体系建设的通知", "某省人民政府", "2003年5月1日",
                   "一、目标\n　　到2005年，全省80%以上的乡（镇）要建立农技综合服务站。\n")
    assert got == [(80, "%", ">=", False, None, 2005)]


def test_the_count_of_all_units_a_coverage_goal_reaches():
    # A town's 2023 plan: `全镇12个行政村生活污水收集处理设施实现全覆盖` (the units to reach, counted as a whole)
    got = _targets("某镇2023年农村人居环境整治工作方案", "某镇人民政府", "2023年2月1日",
                   "一、目标\n　　2023年，全镇12个行政村生活污水收集处理设施实现全覆盖。\n")
    assert got == [(12, "个", "=", False, 2023, 2023)]


def test_a_time_floor_per_person_and_cycle_is_an_amount_of_activity():
    # A 2012 prefecture 意见 (guide TG41): `每年选派…，每人每三年不少于1个月` (in; its cycle is three years, not per year)
    got = _targets("某市人民政府关于加强中小学教师队伍建设的意见", "某市人民政府", "2012年6月1日",
                   "一、培训\n　　每年选派骨干教师到高校研修，每人每三年不少于1个月。\n")
    assert got == [(1, "个月", ">=", False, None, None)]


def test_student_aid_per_head_and_year_is_an_amount_provided():
    # A 2010 prefecture 意见: `每生每年2000元的国家助学金`, `给予每生每年800元的住宿和交通补助`
    got = _targets("某州人民政府关于加快发展中等职业教育的意见", "某州人民政府", "2010年5月1日",
                   "一、资助\n　　落实每生每年2000元的国家助学金政策；州财政给予每生每年800元的住宿和交通补助。\n")
    assert got == [(2000, "元", "=", True, None, None), (800, "元", "=", True, None, None)]


def test_trains_run_in_a_year_are_a_yearly_volume():
    # A 2022 provincial plan (guide TG38: annual volumes of activity are per year)
    got = _targets("某省多式联运发展行动方案（2022—2025年）", "某省人民政府办公厅", "2022年3月1日",
                   "一、目标\n　　到2025年，中欧班列年开行量达到500列以上。\n")
    assert got == [(500, "列", ">=", True, None, 2025)]


def test_a_span_or_relative_deadline_in_an_earlier_semicolon_clause_dates_only_its_own():
    # A 2013 central notice (guide S22): `2013年至2015年每年组织…；…每人每年不少于40学时` and `要在年底前制定…；…覆盖率达到60%`
    # (the heading's year dates the latter); a deadline opening the sentence dates it all
    got = _targets("国家某局关于加强基层统计人员培训的通知", "国家某局", "2013年4月1日",
                   "一、工作目标\n　　（一）2013年目标。各省要在年底前制定培训规划；基层统计人员培训覆盖率达到60%以上。\n"
                   "二、主要任务\n　　（一）加强培训。各省要将统计知识纳入培训，2013年至2015年每年组织骨干培训；县级统计机构负责全员培训，"
                   "每人每年培训时间不少于40学时。\n"
                   "　　（二）配备设备。年底前，各县完成软件部署；每个乡镇至少配备终端2台。\n")
    assert got == [(60, "%", ">=", False, 2013, 2013), (40, "学时", ">=", True, None, None), (2, "台", ">=", False, None, 2013)]


def test_a_bare_goal_year_opening_a_clause_in_an_undated_plan_is_a_deadline():
    # A 2021 prefecture 意见 whose goals are `到2025年` and no period in its title (guide TG13)
    got = _targets("某市人民政府关于加快数字政府建设的实施意见", "某市人民政府", "2021年6月1日",
                   "一、总体目标\n　　到2025年，政务服务事项网办率达到90%以上。\n二、重点任务\n"
                   "　　（一）推进数据共享。完善共享平台，2025年共享数据接口达到2000个以上。\n")
    assert got == [(90, "%", ">=", False, None, 2025), (2000, "个", ">=", False, None, 2025)]


def test_a_bare_year_glued_to_its_verb_in_a_later_sentence_is_a_deadline():
    # A county's 2019—2021 plan (guide TG13): `…。2020年在甲镇、乙镇新建处理站4座。` in the plan's middle year
    got = _targets("某县农村生活污水治理实施方案（2019—2021年）", "某县人民政府", "2019年3月1日",
                   "一、重点任务\n　　（一）建设设施。对人口集中的村庄建设集中处理设施。2020年在甲镇、乙镇新建处理站4座。\n")
    assert got == [(4, "座", "=", False, None, 2020)]


def test_points_credited_under_a_points_scheme_are_amounts_provided():
    # A Zhejiang-style town's 2020 积分制 plan: `每户每季度3至5分计入积分`, `每人每次奖励2分积分` (points the scheme credits); an
    # assessment's `得10分` stays a score (guide S22)
    got = _targets("某镇2020年乡村治理积分制管理实施方案", "某镇人民政府", "2020年4月1日",
                   "一、积分办法\n　　对庭院整洁的农户按每户每季度3至5分计入积分；对参加志愿服务的村民每人每次奖励2分积分。\n"
                   "二、考核\n　　考核优秀的村得10分。\n")
    assert got == [(3, "分", ">=", False, 2020, 2020), (5, "分", "<=", False, 2020, 2020), (2, "分", "=", False, 2020, 2020)]
