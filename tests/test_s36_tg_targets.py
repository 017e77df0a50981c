"""Session 36 (s36-targets) target readings, each in another province, level or era than the notice that showed the miss."""
from __future__ import annotations

from test_extract_targets import summary, targets_of


def test_an_effort_stated_with_its_months_and_years_is_the_period_over_a_later_stage_schedule():
    # an Anhui county's 2013 方案: the goals item states `用两年时间（2012年10月—2014年）`; the stages below start in 2013
    # (guide S34 CN2 Q1: a stage schedule states the period unless an earlier paragraph opens with its own time)
    body = ("一、总体要求\n（一）工作目标\n用两年时间（2012年10月—2014年），全县农村环境明显改善。\n"
            "二、主要任务\n（一）治理垃圾。新建垃圾中转站6座。\n三、实施步骤\n"
            "（一）集中整治阶段（2013年3月—12月）。全面开展整治。\n（二）巩固提升阶段（2014年1月—12月）。建立长效机制。")
    ts = targets_of(body, title="某县农村环境整治实施方案", date="2013年2月26日")
    assert summary(ts) == [(6.0, "座", "=", False, 2012, 2014)]


def test_a_bracketed_list_glossing_a_counted_term_is_one_object():
    # a Hubei city's 2019 campaign: `“四乱”（乱搭、乱建、乱堆、乱放）整治率` is one rate of the term the bracket spells out
    body = "一、工作目标\n主要街道“四乱”（乱搭、乱建、乱堆、乱放）整治率达到100%。"
    ts = targets_of(body, title="某市市容环境整治方案", date="2019年4月2日")
    assert summary(ts) == [(100.0, "%", "=", False, None, None)]


def test_a_grade_with_yishang_before_its_noun_is_a_class_not_a_count():
    # a Sichuan township's 2020 plan: `其中三类以上公厕不少于25座`: 三类 names the class the 25 toilets belong to
    body = "一、主要任务\n全镇新改建农村公厕40座，其中三类以上公厕不少于25座。"
    ts = targets_of(body, title="某镇厕所革命实施方案", date="2020年3月9日")
    assert summary(ts) == [(40.0, "座", "=", False, None, None), (25.0, "座", ">=", False, None, None)]


def test_a_clause_that_is_only_the_area_of_the_scope_describes():
    # a Fujian county's 2015 方案: `实施范围为县城规划区，面积约12.5平方公里` describes where it applies; the road length is set
    body = "一、实施范围\n以县城规划区为重点，面积约12.5平方公里，包括主要出入口道路。\n二、主要任务\n改造背街小巷8公里。"
    ts = targets_of(body, title="某县城市管理提升方案", date="2015年6月1日")
    assert summary(ts) == [(8.0, "公里", "=", False, None, None)]


def test_a_project_lists_content_column_holds_its_quotas():
    # a Jiangxi county's 2021 project list: `序号 | 项目名称 | 建设内容 | 投资（万元） | 完成时间 | 责任单位`: what is to be built
    # is written without a verb in the content column (`健身步道4公里、绿地1.5万平方米`, `拆违5万平方米`)
    body = ("一、主要任务\n推进城镇品质提升。\n附件\n某县2021年城镇提升项目表\n"
            "序号 | 项目名称 | 建设内容 | 投资（万元） | 完成时间 | 责任单位\n"
            "1 | 滨河公园 | 健身步道4公里、绿地1.5万平方米 | 800 | 2021年10月 | 县城管局\n"
            "2 | 违建整治 | 拆违5万平方米 | — | 2021年12月 | 县执法局\n"
            "3 | 停车场建设 | 新建停车位300个 | 600 | 2021年9月 | 县住建局\n")
    ts = targets_of(body, title="某县城镇品质提升行动方案", date="2021年3月5日")
    got = [(t.value, t.unit, t.year_end) for t in ts if t.unit != "元"]
    assert got == [(4.0, "公里", 2021), (15000.0, "平方米", 2021), (50000.0, "平方米", 2021), (300.0, "个", 2021)]


def test_a_ladders_first_stage_written_with_its_floor_is_a_deadline():
    # a Heilongjiang city's 2018 three-year plan (2018—2020): `2018年全市建成冰雪乐园不少于20处，2020年达到40处` (guide S32b:
    # stages of one indicator are deadlines, also from the issue year)
    body = "一、主要任务\n（一）冰雪设施。2018年全市建成冰雪乐园不少于20处，2020年达到40处。"
    ts = targets_of(body, title="某市冰雪运动三年行动计划（2018—2020年）", date="2018年5月3日")
    assert summary(ts) == [(20.0, "处", ">=", False, None, 2018), (40.0, "处", "=", False, None, 2020)]


def test_meinian_does_not_reach_a_later_clause_that_creates_a_standing_stock():
    # a Hebei city's 2017 plan: `每年举办…20场以上，打造…品牌赛事3个`: the brands are built once over the plan, the meets each year
    body = "一、发展目标\n到2019年，每年举办群众性体育赛事20场以上，打造具有全国影响力的品牌赛事3个。"
    ts = targets_of(body, title="某市全民健身三年行动计划", date="2017年4月6日")
    assert [(t.value, t.per_year) for t in ts] == [(20.0, True), (3.0, False)]


def test_a_year_bound_to_a_level_through_its_subject_does_not_date_the_next_semicolon_clause():
    # a Yunnan prefecture's 2016 plan for 2016—2018: `…，2018年全州接待游客达到3000万人次；过夜游客年均增长12%以上`: the growth
    # takes the goals paragraph's deadline, not the bare year bound to the level of the clause before the `；`
    body = ("一、发展目标\n到2018年，旅游产业体系基本形成。\n——旅游接待。游客人次年均增长10%以上，2018年全州接待游客达到3000万人次；"
            "过夜游客年均增长12%以上。")
    ts = targets_of(body, title="某州旅游产业发展三年行动计划（2016—2018年）", date="2016年7月8日")
    assert summary(ts) == [(10.0, "%", ">=", True, None, 2018), (30000000.0, "人次", "=", False, None, 2018),
                           (12.0, "%", ">=", True, None, 2018)]


def test_a_standard_per_head_per_year_after_an_opening_year_is_that_years():
    # a Qinghai province's 2021 办法 (valid five years): `…确定。2021年城市…标准为每人每年15000元，农村…为每人每年7200元`: 每人每年
    # is the rate the standard is written in; both standards are 2021's
    body = ("第一条　为做好困难群众救助工作，制定本办法。\n"
            "第二条　基本生活标准由省民政厅会同省财政厅确定。2021年全省城市特困人员基本生活标准为每人每年15000元，"
            "农村特困人员基本生活标准为每人每年7200元。\n"
            "第三条　本办法自2021年7月1日起施行，有效期5年。")
    ts = targets_of(body, title="某省特困人员救助供养办法", date="2021年6月20日")
    assert [(t.value, t.year_start, t.year_end) for t in ts] == [(15000.0, 2021, 2021), (7200.0, 2021, 2021)]


def test_a_fine_with_a_long_base_is_a_sanction():
    # a Guizhou city's 2012 rule: `可以处违法收取的费用或者补贴金额2倍以上5倍以下的罚款` is a penalty (guide TG6c), out
    body = ("第一条　为规范补贴发放，制定本办法。\n第二条　每户补贴标准为每月200元。\n"
            "第三条　骗取补贴的，责令退回，可以处违法收取的费用或者补贴金额2倍以上5倍以下的罚款。")
    ts = targets_of(body, title="某市困难家庭补贴管理办法", date="2012年9月1日")
    assert [(t.value, t.unit) for t in ts] == [(200.0, "元")]


def test_mu_qian_wei_after_the_rule_that_fixes_a_standard_gives_its_level():
    # a Hunan city's 2009 rule: `租金标准…确定，目前为每月每平方米1.2元`: the level in force now, set by the document
    body = ("第一章　总则\n第一条　为做好公共租赁住房管理，制定本办法。\n第二章　租金标准\n"
            "第二条　公共租赁住房租金标准由市住房保障局会同市物价局确定，目前为每月每平方米1.2元。")
    ts = targets_of(body, title="某市公共租赁住房管理办法", date="2009年3月2日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(1.2, "元", "=")]


def test_an_income_below_a_line_defines_who_qualifies():
    # a Shanxi county's 2010 rule: `现阶段为家庭人均月收入低于…标准的1.5倍（即…低于450元）`: who qualifies (spec §7 out); the subsidy is in
    body = ("第一条　为做好住房保障工作，制定本办法。\n"
            "第二条　城市低收入家庭收入标准由县民政局会同县统计局确定，每年向社会公布一次。现阶段为家庭人均月收入低于城市居民"
            "最低生活保障标准的1.5倍（即人均月收入低于450元）。\n"
            "第三条　租赁补贴标准为每月每平方米5元。")
    ts = targets_of(body, title="某县低收入家庭住房保障办法", date="2010年5月4日")
    assert [(t.value, t.unit) for t in ts] == [(5.0, "元")]


def test_a_row_number_glued_to_the_cell_before_it_is_no_amount():
    # a PDF copy of a Shandong province's 2019 task table read without its row breaks: `…持续推进4从业人员可…`: 4 is the next
    # row's 序号, not 4 people
    body = ("一、主要任务\n序号 重点任务 责任单位 完成时限\n"
            "3 落实养老服务补贴政策 省民政厅、省财政厅 持续推进4从业人员可选择参加职工社会保险 省人力资源社会保障厅 持续推进\n")
    ts = targets_of(body, title="某省养老服务业发展任务分工方案", date="2019年8月2日")
    assert ts == []


def test_an_item_under_a_lead_in_naming_the_rate_gives_its_level_to_each_kind_listed():
    # a Shaanxi city's 2004 rule: `…绿地率应当符合下列规定：` / `（二）学校、医院、机关不低于35%`: one level for each kind (guide
    # TG19); `等单位` names one class
    body = ("第五条　新建项目的绿地率应当符合下列规定：\n（一）居住区不低于30%；\n（二）学校、医院、机关不低于35%；\n"
            "（三）宾馆、商场等单位不低于20%。")
    ts = targets_of(body, title="某市城市绿化管理办法", date="2004年5月10日")
    assert [(t.value, t.comparator) for t in ts] == [(30.0, ">="), (35.0, ">="), (35.0, ">="), (35.0, ">="), (20.0, ">=")]


def test_a_split_written_with_its_ratio_and_a_zone_boards_share_are_cost_splits():
    # a Jiangsu city's 2020 rule: `由市、区两级财政按照6:4的比例分担；开发区范围内的，由开发区管委会承担60%`: who pays (guide TG13)
    body = ("第八条　每部电梯补助20万元，补助资金由市、区两级财政按照6:4的比例分担；开发区范围内增设电梯的，"
            "由开发区管委会承担60%。")
    ts = targets_of(body, title="某市既有住宅增设电梯补助办法", date="2020年4月1日")
    assert [(t.value, t.unit) for t in ts] == [(200000.0, "元")]


def test_a_storey_class_and_a_count_of_kinds_divided_into_describe():
    # a Liaoning city's 2011 rule: `七层以下（含七层）住宅` names the buildings; `分为…两类` counts the rule's own kinds
    body = ("第三条　补助资金分为建设补助、运营补助两类。\n"
            "第四条　七层以下（含七层）住宅屋顶不得设置广告，广告牌高度不得超过6米。")
    ts = targets_of(body, title="某市户外广告设置管理办法", date="2011年8月3日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(6.0, "米", "<=")]


def test_none_of_them_losing_out_is_a_count_held_at_zero():
    # a Gansu county's 2018 plan: `确保建档立卡贫困家庭学生无一人因贫辍学`: 0 人 to keep
    body = "一、工作目标\n（一）确保建档立卡贫困家庭学生无一人因贫辍学，义务教育巩固率达到95%以上。"
    ts = targets_of(body, title="某县教育扶贫工作方案", date="2018年3月12日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(0.0, "人", "="), (95.0, "%", ">=")]


def test_a_floor_before_a_standard_holds_for_its_amount_in_brackets():
    # a Sichuan county's 2018 plan: `村级保洁员报酬不低于本县最低工资标准（每月1300元）`: the floor holds for the bracketed amount
    body = "一、保障措施\n村级保洁员报酬不低于本县最低工资标准（每月1300元）。"
    ts = targets_of(body, title="某县农村生活垃圾治理方案", date="2018年5月2日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(1300.0, "元", ">=")]


def test_an_items_deadline_line_dates_every_number_of_the_item():
    # a Zhejiang town's 2020 plan: `1．…按每30户配置1组分类垃圾桶，新增保洁车辆5辆。` / `责任单位：…` / `完成时限：2020年9月底前`: the item's
    # own deadline line dates both numbers, not only the last before it
    body = ("一、主要任务\n（一）垃圾治理\n1．健全收运体系，按每30户不少于1组分类垃圾桶的标准配置，新增保洁车辆5辆。\n"
            "责任单位：镇环卫所\n完成时限：2020年9月底前\n2．开展清洁行动。\n完成时限：2020年12月底前")
    ts = targets_of(body, title="某镇2020年农村人居环境整治工作方案", date="2020年3月16日")
    assert summary(ts) == [(1.0, "组", ">=", False, None, 2020), (5.0, "辆", "=", False, None, 2020)]


def test_a_schedule_with_a_floor_for_each_year_stays_a_schedule():
    # a Hunan city's 2006 意见: `2006年全市开发公益性岗位不少于1000个，2007年、2008年每年不少于800个`: each year's own value (TG10)
    body = "一、主要任务\n（一）开发公益性岗位。2006年全市开发公益性岗位不少于1000个，2007年、2008年每年不少于800个。"
    ts = targets_of(body, title="某市关于进一步做好再就业工作的意见", date="2006年5月8日")
    assert [(t.value, t.year_start, t.year_end) for t in ts][0] == (1000.0, 2006, 2006)


def test_a_ladder_joined_by_dun_keeps_its_deadlines():
    # a Jilin province's 2015 意见 for 2015—2020: `康复科设置比例2016年达到30%、2020年达到60%`: stages of one level (S32b), not a
    # schedule of years listed
    body = "一、主要目标\n二级以上综合医院康复科设置比例2016年达到30%、2020年达到60%。"
    ts = targets_of(body, title="某省关于加快发展康复医疗服务的意见", date="2015年9月1日")
    assert [(t.value, t.year_start, t.year_end) for t in ts] == [(30.0, None, 2016), (60.0, None, 2020)]
