"""s23-tg2: years of targets and the standards of task tables, each tested in the style of a province, level or era
other than the notices that showed them (A14): a `N年起M年内` inside a later item dates its own sentence only; a task
table under a one-line 序号 header whose rows are one cell per line gives each row its 完成时限 cell; a yearless deadline
in an earlier `；` clause or a later clause dates nothing outside its clause (guide S22); a season's or quarter's
deadline in a one-year plan reads like a month's (guide Y5); a plan's definition and a review of its last round are no
targets; 至少 over a verb and an object with a bracketed alternative."""
from tests.snippets import targets_of as _targets


def test_a_duration_from_a_year_inside_a_later_item_dates_its_own_sentence_only():
    # Jiangxi prefecture, 2000s: `2008年起三年内` in item 二 is the renovation's time, not the plan's period
    got = _targets("九江市关于加快农村敬老院建设的意见", "九江市人民政府", "2008年5月6日",
                   "为加快农村敬老院建设，提出如下意见。\n一、总体要求\n坚持政府主导、社会参与。\n"
                   "二、主要措施\n（一）加快改造。2008年起三年内完成乡镇敬老院改造，每年改造不少于10所。\n"
                   "（二）落实补助。对新建敬老院按每张床位3000元给予补助。\n")
    assert got == [(10, "所", ">=", True, 2008, 2010), (3000, "元", "=", False, None, None)]


def test_a_one_line_header_over_one_cell_per_line_rows_gives_each_row_its_deadline():
    # Hunan county, 2019 three-year plan: the rows lost their numbers; `持续推进` has no year (the plan's period)
    got = _targets("宁乡县城乡环境整治三年行动计划（2019—2021年）", "宁乡县人民政府", "2019年3月1日",
                   "为改善城乡环境，制定本计划。\n一、重点任务\n全面推进城乡环境整治。\n"
                   "附件\n任务分工表\n序号 工作任务 具体内容 牵头单位 配合单位 完成时限\n"
                   "污水管网建设\n新建污水管网30公里\n县住房城乡建设局\n县财政局\n2020年12月底前\n"
                   "绿化提升\n新增绿地5万平方米\n县林业局\n各乡镇人民政府\n持续推进\n")
    assert got == [(30, "公里", "=", False, None, 2020), (50000, "平方米", "=", False, 2019, 2021)]


def test_a_yearless_deadline_in_an_earlier_semicolon_clause_does_not_date_the_next():
    # Zhejiang town, 2019 one-year plan: `5月底前` dates its clause; the clause after `；` keeps the plan's year
    got = _targets("塘栖镇2019年美丽乡村建设工作方案", "塘栖镇人民政府", "2019年3月12日",
                   "为推进美丽乡村建设，制定本方案。\n一、工作要求\n各村要在5月底前完成摸底登记；"
                   "实行网格化管理，每名网格员联系农户不少于20户。\n")
    assert got == [(20, "户", ">=", False, 2019, 2019)]


def test_season_and_quarter_deadlines_in_a_one_year_plan_read_like_a_month():
    # Anhui county, 2017 one-year plan (guide Y5): null/2017; `全年` states a span
    got = _targets("霍邱县2017年水利建设工作方案", "霍邱县人民政府", "2017年2月20日",
                   "为做好水利建设，制定本方案。\n一、工作任务\n（一）汛期前完成沟渠清淤15公里。\n"
                   "（二）三季度末完成年度任务的80%。\n（三）全年新修塘坝20座。\n")
    assert got == [(15, "公里", "=", False, None, 2017), (80, "%", "=", False, None, 2017),
                   (20, "座", "=", False, 2017, 2017)]


def test_a_later_deadline_does_not_date_the_clauses_before_it():
    # Yunnan prefecture, 2021—2023 plan (guide S22): the closing `到2023年` dates its own clause only
    got = _targets("普洱市茶产业发展三年行动计划（2021—2023年）", "普洱市人民政府", "2021年4月8日",
                   "为发展茶产业，制定本计划。\n一、重点任务\n（一）发展电子商务。建设茶叶电商基地3个，培育茶叶品牌10个以上，"
                   "到2023年茶叶网络销售额增长20%。\n")
    assert got == [(3, "个", "=", False, 2021, 2023), (10, "个", ">=", False, 2021, 2023),
                   (20, "%", "=", False, None, 2023)]


def test_a_plans_definition_and_a_review_of_its_last_round_are_no_targets():
    # Tianjin district, 2020s: `本计划所称…是指…` bounds a term; `上一轮…中，…完成…` reviews the past
    got = _targets("河西区老旧小区整治提升行动计划（2022—2024年）", "河西区人民政府", "2022年5月9日",
                   "为改善居住环境，制定本计划。\n一、工作目标\n上一轮行动中，全区累计完成老旧小区整治86个。"
                   "本计划所称老旧小区，是指建成于2000年以前、楼栋数在3栋以上的住宅小区。三年完成老旧小区整治120个。\n")
    assert got == [(120, "个", "=", False, 2022, 2024)]


def test_at_least_over_a_verb_and_an_object_with_a_bracketed_alternative():
    # Gansu county, 2010s: `至少设置宣传栏（牌）3块`
    got = _targets("临泽县2015年农村环境卫生整治方案", "临泽县人民政府", "2015年3月2日",
                   "为整治农村环境卫生，制定本方案。\n一、主要任务\n每村至少设置宣传栏（牌）3块。\n")
    assert got == [(3, "块", ">=", False, 2015, 2015)]


def test_classes_a_rule_names_by_size_are_no_targets():
    # Shandong province 办法, 2010s: `…以上的为大型灌区；…以下的为小型灌区` defines classes; the standard set stays
    got = _targets("山东省灌区管理办法", "山东省人民政府", "2016年7月1日",
                   "第一条　为加强灌区管理，制定本办法。\n第二条　本办法所称灌区，是指有可靠水源和引水、输水、配水渠道系统的农田区域。"
                   "设计灌溉面积30万亩以上的为大型灌区；设计灌溉面积1万亩以上、30万亩以下的为中型灌区。\n"
                   "第三条　灌区管理单位应当每年对渠道进行清淤，渠道完好率不低于90%。\n")
    assert got == [(90, "%", ">=", False, None, None)]


def test_a_unit_counted_above_a_threshold_is_no_target():
    # Sichuan province, 2010s: `每增加1人给予2000元` counts the subsidy per added hire; the amounts stay
    got = _targets("四川省关于支持返乡创业的实施意见", "四川省人民政府办公厅", "2017年6月2日",
                   "为支持返乡创业，提出如下意见。\n一、政策措施\n（一）吸纳就业补贴。招用5人以上的，每增加1人给予2000元补贴，"
                   "总额最高不超过2万元。\n")
    assert got == [(2000, "元", "=", False, None, None), (20000, "元", "<=", False, None, None)]
