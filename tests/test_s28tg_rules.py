"""s28-tg: year and target classes of the real-style batches (A23, A19) and the stress notices (o01–o18), each tested in
the style of a province, level or era other than the notice that showed it (snippets written for these tests, none
copied from a notice)."""
from tests.snippets import targets as _notice_targets, targets_of as _targets


def test_a_five_year_period_inside_an_earlier_semicolon_clause_dates_only_its_own_clauses():
    # A Guizhou-style county plan for 2021—2025 (guide S22): `到2025年：…；“十四五”期间累计…，每年…；累计新增…` — the period
    # dates its own clause and the `，` clause after it; after `；` the deadline opening the sentence holds again
    got = _targets("某县水土保持实施方案（2021—2025年）", "某县人民政府", "2021年4月1日",
                   "一、主要目标\n　　到2025年：全县林草覆盖率达到60%以上；“十四五”期间累计治理水土流失面积300平方公里，"
                   "每年治理坡耕地不少于2万亩；水土保持率达到75%，年均土壤流失量减少5%。\n")
    assert got == [(60, "%", ">=", False, None, 2025), (300, "平方公里", "=", False, 2021, 2025),
                   (20000, "亩", ">=", True, 2021, 2025), (75, "%", "=", False, None, 2025), (5, "%", "=", True, None, 2025)]


def test_the_end_of_a_five_year_period_a_share_is_of_is_a_baseline():
    # A Jiangxi-style provincial 2017 方案: `…控制在“十二五”末年度排放量的80%以内` — the period's end names the amount the
    # share is of (spec §7: a baseline is not the target's year); the sentence's deadline dates the share and the `；` clause
    got = _targets("某省人民政府关于印发某省尾矿库治理实施方案的通知", "某省人民政府", "2017年6月1日",
                   "一、目标\n　　到2019年，尾矿综合利用率达到30%，新增尾矿堆存量控制在“十二五”末年度排放量的80%以内；"
                   "尾矿利用产业产值超过500亿元。\n")
    assert got == [(30, "%", "=", False, None, 2019), (80, "%", "<=", False, None, 2019),
                   (50000000000, "元", ">", False, None, 2019)]


def test_a_year_as_a_span_under_a_deadline_is_that_year():
    # A Shaanxi-style county plan for 2019—2023: `到2019年底：全年新建…，其中…` — 全年 (guide Y5: a word stating the year as a
    # span) under the deadline makes the deadline's year the span, for the `其中` list too; the `；` clause keeps the deadline
    got = _targets("某县农村公路建设实施方案（2019—2023年）", "某县人民政府", "2019年3月1日",
                   "一、主要目标\n　　到2019年底：全年新建农村公路120公里，其中通村公路80公里、通组公路40公里；"
                   "农村公路优良路率达到70%。\n")
    assert got == [(120, "公里", "=", False, 2019, 2019), (80, "公里", "=", False, 2019, 2019),
                   (40, "公里", "=", False, 2019, 2019), (70, "%", "=", False, None, 2019)]


def test_the_years_task_a_share_is_of_is_no_span():
    # A Zhejiang-style county 2016 plan: `上半年完成全年任务的60%，三季度末完成90%` (the year's task the shares are of)
    got = _targets("某县2016年“三改一拆”工作方案", "某县人民政府", "2016年2月1日",
                   "一、目标\n　　全年拆除违法建筑50万平方米。上半年完成全年任务的50%，三季度末完成80%。\n")
    assert got[0] == (500000, "平方米", "=", False, 2016, 2016)
    assert got[-1][-2:] == (None, 2016)


def test_a_task_table_deadline_column_reaches_the_rows_under_a_group_row():
    # A Hebei-style county 2016 任务分工 copied from a web page: the group row `一、治水` lost its cell borders; the rows under
    # it are still the table's, dated by their 完成时限 cell (guide S22: `2016年10月底前` → null/2016; `全年` → the plan's year)
    got = _targets("某县2016年水污染防治重点工作任务分工", "某县人民政府办公室", "2016年3月1日",
                   "一、任务分工\n序号 | 工作任务 | 责任单位 | 完成时限\n一、治水\n"
                   "1 | 完成污水管网改造12公里 | 县住建局 | 2016年10月底前\n"
                   "2 | 农村生活污水处理率达到40% | 县环保局 | 全年\n")
    assert got == [(12, "公里", "=", False, None, 2016), (40, "%", "=", False, 2016, 2016)]


def test_a_project_tables_construction_period_column_gives_its_rows_years_as_written():
    # A Guangxi-style prefecture plan for 2021—2023 with a 重点项目表 parted by spaces: the 建设年限 cell is the span the row's
    # scale and investment run over (`2021—2022年` → 2021/2022), not the plan's period
    got = _targets("某市冷链物流发展行动计划（2021—2023年）", "某市人民政府", "2021年5月1日",
                   "附件\n某市冷链物流重点项目表\n序号　项目名称　建设内容和规模　总投资（万元）　建设年限　责任单位\n"
                   "1　某某冷链中心　建设冷库容量2万吨　9000　2021—2022年　某区政府\n"
                   "2　某某交易市场　建设交易大厅1.5万平方米　6000　2021—2023年　某县政府\n")
    assert got == [(20000, "吨", "=", False, 2021, 2022), (15000, "平方米", "=", False, 2021, 2023),
                   (90000000, "元", "=", False, 2021, 2022), (60000000, "元", "=", False, 2021, 2023)]


def test_a_capacity_after_a_count_of_stores_continues_the_list():
    # A Yunnan-style provincial 2019 方案: `新建产地冷库30座，库容2万吨` (the capacity the stores are built with, a
    # distinct amount: spec §7 restated sub-quantities)
    got = _targets("某省农产品产地冷链设施建设方案（2019—2020年）", "某省农业农村厅", "2019年3月1日",
                   "一、建设任务\n　　（一）产地冷库。新建产地冷库30座，库容2万吨。\n")
    assert got == [(30, "座", "=", False, 2019, 2020), (20000, "吨", "=", False, 2019, 2020)]


def test_a_line_stating_the_campaigns_span_of_dates_is_the_plans_period():
    # A Sichuan-style county 2017 方案: `2017年5月至2018年6月，在全县开展…专项整治行动。` at the head of the goals states the
    # plan's duration (spec §7): targets of later sections without a time of their own take it
    got = _targets("某县农村人居环境专项整治工作方案", "某县人民政府办公室", "2017年4月20日",
                   "一、工作目标\n　　2017年5月至2018年6月，在全县开展农村人居环境专项整治行动。到2017年底，"
                   "全县行政村生活垃圾收集率达到80%以上。\n"
                   "二、保障措施\n　　（一）落实经费。县财政对每个达标村奖励5万元。\n")
    assert got == [(80, "%", ">=", False, None, 2017), (50000, "元", "=", False, 2017, 2018)]


def test_minimums_under_an_articles_intro_of_conditions_are_eligibility():
    # A Guangdong-style municipal 2010 办法 whose article has a bracketed title and an intro sentence `应当具备下列条件：`
    # (guide TG29): the minimums in its sub-items say who may be licensed, no targets; a duty elsewhere stays
    got = _targets("某市餐厨垃圾收运管理办法", "某市人民政府", "2010年3月1日",
                   "第一章　总则\n　　第一条（目的）为规范餐厨垃圾收运，制定本办法。\n"
                   "第二章　收运单位\n　　第二条（收运单位条件）\n　　从事餐厨垃圾收运的单位应当具备下列条件：\n"
                   "　　（一）具有法人资格；\n　　（二）自有专用收运车辆不少于10辆；\n"
                   "　　（三）有符合要求的停车场，面积不少于1000平方米。\n"
                   "　　第三条（培训）收运单位每年对作业人员培训不少于16学时。\n")
    assert got == [(16, "学时", ">=", True, None, None)]


def test_two_sizes_joined_by_or_before_one_noun_are_a_rules_scope():
    # A Hubei-style provincial 2009 规章: `日处理能力100吨以上或者服务人口5万人以上的垃圾处理场，应当…` (spec §7: numbers in a
    # clause that says what a rule covers are out)
    got = _targets("某省城乡生活垃圾处理管理办法", "某省人民政府", "2009年5月1日",
                   "第一章　总则\n　　第一条　日处理能力100吨以上或者服务人口5万人以上的垃圾处理场，应当安装在线监测设施。\n")
    assert got == []


def test_a_transmitting_notices_own_goals_item_sets_targets():
    # A Shanxi-style county 2016 notice transmitting a task list, with its own items after `通知如下：` (guide G1: the
    # transmitting notice's own sentences are body): the goals item's numbers are targets (no task: its numbering is the
    # notice's, spec §4)
    got = _notice_targets("某县人民政府办公室关于印发某县2016年大气污染防治重点任务的通知\n某政办发〔2016〕8号\n"
                          "各乡镇人民政府，县直各单位：\n　　现将《某县2016年大气污染防治重点任务》印发给你们，并就有关事项通知如下：\n"
                          "　　一、明确工作目标。2016年，全县空气优良天数比例较上年提高3个百分点；淘汰燃煤小锅炉60台。\n"
                          "　　二、加强督查。县环保局每月督查一次。\n"
                          "　　附件：某县2016年大气污染防治重点任务\n"
                          "某县人民政府办公室\n2016年3月1日\n"
                          "附件\n某县2016年大气污染防治重点任务\n一、控煤\n　　（一）淘汰燃煤小锅炉60台。\n")
    assert got[:2] == [(None, 3, "个百分点", "=", False, 2016, 2016), (None, 60, "台", "=", False, 2016, 2016)]


def test_an_amount_named_as_the_goal_a_sentence_sets_is_a_target():
    # A Hunan-style provincial 2009 意见: `努力实现2009年全省城镇新增就业50万人的目标` (spec §7: a number set to reach); a goal set
    # elsewhere and reported as missed is none (`没有完成年初确定的5%的目标`)
    got = _targets("某省人民政府关于做好当前就业工作的意见", "某省人民政府", "2009年3月1日",
                   "一、提高认识\n　　2008年，全省城镇登记失业率上升，没有完成年初确定的5%的目标。各级人民政府要采取有力措施，"
                   "努力实现2009年全省城镇新增就业50万人的目标。\n")
    assert got == [(500000, "人", "=", False, 2009, 2009)]


def test_a_deadline_or_a_striven_year_before_a_share_of_a_total_is_no_baseline():
    # A Fujian-style county plan for 2018—2021 and a Guangxi-style 2011 意见: `到2021年试点村达到全县行政村总数的40%以上`,
    # `力争2013年参保覆盖面达到全县乡镇的70%以上` — the year is the goal's (spec §7), not a baseline the share is of
    got = _targets("某县农村垃圾分类实施方案（2018—2021年）", "某县人民政府", "2018年4月1日",
                   "一、任务\n　　（一）开展试点。2018年选取10个村开展试点，每年新增试点村不少于15个，到2021年试点村达到全县行政村"
                   "总数的40%以上。\n")
    assert got == [(10, "个", "=", False, 2018, 2018), (15, "个", ">=", True, 2018, 2021), (40, "%", ">=", False, None, 2021)]
    got = _targets("某县人民政府关于加快发展社会事业的意见", "某县人民政府", "2011年6月1日",
                   "一、主要任务\n　　（一）扩大参保。稳步推进试点工作，力争2013年参保覆盖面达到全县乡镇的70%以上。\n")
    assert got == [(70, "%", ">=", False, None, 2013)]


def test_figures_of_a_level_found_stuck_too_high_describe_the_situation():
    # A central-ministry-style 2008 意见's preamble: `…龋齿患病率居高不下，城市为35.2%，农村为41.6%` reports the situation the
    # policy answers (spec §7: numbers that describe), while the goal later is a target
    got = _targets("卫生部 教育部关于加强学生口腔保健工作的意见", "卫生部", "2008年5月1日",
                   "　　近年来，学生口腔健康状况有所改善。但学生龋齿患病率居高不下，城市为35.2%，农村为41.6%；部分地区口腔保健力量薄弱。"
                   "现提出如下意见。\n一、目标\n　　到2012年，学生口腔健康检查覆盖率达到80%以上。\n")
    assert got == [(80, "%", ">=", False, None, 2012)]


def test_an_additional_compensation_a_breach_costs_is_a_sanction():
    # A Shandong-style county 2006 办法: `逾期不支付的，责令其按应付金额50%以上1倍以下的标准向劳动者加付赔偿金` sets what a breach
    # costs (guide TG6c: sanctions are out)
    got = _targets("某县建设领域农民工工资支付管理办法", "某县人民政府", "2006年5月1日",
                   "第一章　总则\n　　第一条　用人单位拖欠工资逾期不支付的，由劳动保障部门责令其按应付金额50%以上1倍以下的标准向劳动者"
                   "加付赔偿金。\n")
    assert got == []


def test_the_share_of_an_assessments_total_marks_a_line_carries_is_a_weight():
    # A Hunan-style county 2015 细则: `纳入年度目标考核，考核分值占综合考核总分的比重不低于5%` (guide TG45: a weight, no target)
    got = _targets("某县安全生产工作责任制实施细则", "某县人民政府", "2015年6月1日",
                   "第一章　总则\n　　第一条　县人民政府将安全生产工作纳入年度目标考核，考核分值占综合考核总分的比重不低于5%。\n")
    assert got == []


def test_a_rate_per_area_of_land_keeps_its_unit_and_bound():
    # A Gansu-style county plan for 2021—2025: `年均土壤侵蚀模数控制在1500吨/平方公里·年以内` (spec §7: the unit as written after
    # the number, a rate's denominators included; 以内 → `<=`; 年均 → per year)
    got = _targets("某县水土流失综合治理实施方案（2021—2025年）", "某县人民政府", "2021年3月1日",
                   "一、目标\n　　到2025年，年均土壤侵蚀模数控制在1500吨/平方公里·年以内。\n")
    assert got == [(1500, "吨/平方公里·年", "<=", True, None, 2025)]


def test_a_plan_after_a_short_transmitting_letter_under_the_plans_own_headline_is_body():
    # A Jiangsu-style township 2024 web page headed by the plan's own name (no `关于印发…的通知` line): the letter hands the
    # plan on, signs and dates, then the plan follows under its name again; the plan is body (spec §1), its targets read
    from pipeline import process_text
    text = ("首页 > 镇村动态 > 通知公告\n某镇2024年人居环境整治工作要点\n发布日期：2024-03-12　来源：某镇人民政府\n"
            "各村（社区），镇各部门：\n　　现将《某镇2024年人居环境整治工作要点》印发给你们，请认真抓好落实。\n"
            "中共某县某镇委员会\n某县某镇人民政府\n2024年3月10日\n"
            "某镇2024年人居环境整治工作要点\n"
            "　　主要目标：全年新建农村公厕6座，生活垃圾无害化处理率保持100%。\n"
            "　　一、推进厕所革命\n　　1.新建公厕。新建农村公厕6座。\n")
    r = process_text(text, doc_id="t")
    assert r.metadata.title == "某镇2024年人居环境整治工作要点"
    assert [t.path for t in r.tasks] == ["一", "一/1"]
    assert [(t.task, t.value, t.unit, t.year_start, t.year_end) for t in r.targets] == [
        (None, 6, "座", 2024, 2024), (None, 100, "%", 2024, 2024), ("一/1", 6, "座", 2024, 2024)]


def test_a_deadline_inside_a_period_sentence_does_not_reach_past_its_semicolon():
    # A Fujian-style county 2016 意见 (guide S22): `“十三五”期间，全县新建茶园3万亩，到2020年全县茶园面积达到15万亩以上；茶叶
    # 质量抽检合格率达到98%` — the deadline dates its own clause; after `；` the period opening the sentence holds
    got = _targets("某县人民政府关于加快茶产业发展的实施意见", "某县人民政府", "2016年3月1日",
                   "一、发展目标\n　　“十三五”期间，全县新建茶园3万亩，到2020年全县茶园面积达到15万亩以上；"
                   "茶叶质量抽检合格率达到98%。\n")
    assert got == [(30000, "亩", "=", False, 2016, 2020), (150000, "亩", ">=", False, None, 2020), (98, "%", "=", False, 2016, 2020)]


def test_the_stock_size_of_farms_a_measure_names_is_their_class():
    # An Inner-Mongolia-style 2012 意见: `重点扶持年出栏1000只以上的肉羊场和存栏500头以上的奶牛场` names which farms (spec §7:
    # a size condition on the thing counted is out), while the count of farms to build is a target
    got = _targets("某盟行政公署关于加快发展现代畜牧业的意见", "某盟行政公署", "2012年4月1日",
                   "二、主要任务\n　　（一）推进规模养殖。重点扶持年出栏1000只以上的肉羊场和存栏500头以上的奶牛场，每年新建标准化"
                   "养殖场50个。\n")
    assert got == [(50, "个", "=", True, None, None)]


def test_a_heading_that_sets_out_to_build_the_foundation_is_no_review():
    # A Guizhou-style county 2014 工作要点: `五、夯实扶贫工作基础` is work to do (its quotas are targets), unlike a review
    # heading `一、工作基础` (what stands)
    got = _targets("某县2014年扶贫开发工作要点", "某县人民政府办公室", "2014年3月1日",
                   "一、工作基础\n　　2013年，全县减少贫困人口1.2万人。\n"
                   "二、夯实扶贫工作基础\n　　（一）加强队伍建设，每个乡（镇）至少配备3名扶贫专干。\n")
    assert got == [(3, "名", ">=", False, 2014, 2014)]


def test_the_capacity_of_works_to_build_is_a_target_a_supported_size_class_is_not():
    # A Zhejiang-style county plan for 2019—2021 with a task row `建成日处理能力150吨的餐厨垃圾处理设施` (the works' capacity is
    # what is built, spec §7), unlike `对新建日处理能力50吨以上的项目给予补助` (which projects qualify)
    got = _targets("某县生活垃圾分类三年行动计划（2019—2021年）", "某县人民政府", "2019年5月1日",
                   "一、任务\n　　（一）处理设施。2020年底前建成日处理能力150吨的餐厨垃圾处理设施。\n"
                   "　　（二）资金。对新建日处理能力50吨以上的项目给予补助。\n")
    assert got == [(150, "吨", "=", False, None, 2020)]


def test_shares_of_a_cost_several_payers_bear_together_are_a_split():
    # A Shaanxi-style 2016 plan and a Liaoning-style 1999 notice: `保费由省、市、县财政和农户共同承担，其中省级财政补贴45%、市县
    # 财政补贴25%`, `采取“三三制”，即财政安排三分之一、企业负担三分之一、社会筹集（含…）三分之一` (guide TG13, TG42: cost-sharing
    # ratios between payers are no targets); the subsidy a programme pays alone stays in
    got = _targets("某省设施农业保险实施方案（2016—2018年）", "某省人民政府", "2016年3月1日",
                   "一、保费补贴\n　　保险费由省、市、县财政和农户共同承担，其中省级财政补贴45%、市县财政补贴25%。"
                   "对贫困户另给予保费补贴10%。\n")
    assert got == [(10, "%", "=", False, 2016, 2018)]
    got = _targets("某省人民政府关于做好下岗职工基本生活保障工作的通知", "某省人民政府", "1999年5月1日",
                   "一、资金筹集\n　　保障资金原则上采取“三三制”的办法解决，即财政安排三分之一、企业负担三分之一、社会筹集"
                   "（含失业保险基金调剂）三分之一。\n")
    assert got == []


def test_a_capacity_class_of_works_counted_after_it_stays_a_size_class():
    # A Shandong-style 2013 意见: `建成年处理能力50万吨以上的示范项目20个` counts projects of a size class (the S20 answers:
    # a size condition on the thing counted is out)
    got = _targets("某省人民政府关于推进建筑垃圾资源化利用的意见", "某省人民政府", "2013年3月1日",
                   "一、目标\n　　到2015年，建成年处理能力50万吨以上的示范项目20个。\n")
    assert got == [(20, "个", "=", False, None, 2015)]


def test_one_rate_for_two_objects_joined_by_he_with_a_bracketed_name_is_one_each():
    # A central-ministry-style 2012 意见: `城市和农村幼儿园卫生保健室（医务室）设置率达到80%以上` (guide TG33: 和 joins two named
    # objects; one rate set for both is a target for each)
    got = _targets("教育部关于加强幼儿园卫生保健工作的意见", "教育部", "2012年5月1日",
                   "一、目标\n　　到2015年，城市和农村幼儿园卫生保健室（医务室）设置率达到80%以上。\n")
    assert got == [(80, "%", ">=", False, None, 2015), (80, "%", ">=", False, None, 2015)]


def test_an_effort_of_n_years_counted_from_the_year_it_starts():
    # A Guangxi-style provincial 2012 notice whose goals item reads `2013年起，力争用三年时间，…`: the stated effort (the
    # policy's period, spec §7 `2012年起5年内`) runs from its own start year, not from the issue year
    got = _targets("某省人民政府办公厅关于加强农村饮水工程管理的通知", "某省人民政府办公厅", "2012年9月1日",
                   "一、明确目标\n　　2013年起，力争用三年时间，全面建立农村饮水工程管护制度。\n"
                   "二、落实经费\n　　省级财政按每处工程每年500元的标准给予维修补助。\n")
    assert got == [(500, "元", "=", True, 2013, 2015)]
