"""s23-tg: one level set for several named objects or indicators (guide TG19), each tested in the style of a province,
level or era other than the notices that showed it: a rate shared by 均 with `提高到`, a list of kinds of place whose
first is written with a payer's character (`省会城市`), a comma clause whose subject is only a list of kinds of place
(the indicator left to the clause before), and a 均 growth shared by levels set in comma clauses."""
from tests.snippets import targets_of as _targets


def test_a_rate_shared_by_jun_and_raised_to_is_one_per_indicator():
    # Jiangsu prefecture, 2010s agriculture plan: `均提高到` shares the level like `均达到`
    got = _targets("盐城市农业绿色发展实施意见", "盐城市人民政府", "2018年4月2日",
                   "为推进农业绿色发展，提出如下意见。\n一、发展目标\n到2020年，全市畜禽粪污、秸秆综合利用率均提高到90%以上。\n")
    assert got == [(90, "%", ">=", False, None, 2020)] * 2


def test_kinds_of_place_listed_before_a_rate_each_get_it():
    # central ministry, 2010s: 省会城市 is a kind of place, not the 省 of a payer; one rate for each of the three kinds
    got = _targets("住房城乡建设部关于加强城市公厕建设管理的指导意见", "住房城乡建设部", "2016年9月12日",
                   "为加强城市公厕建设管理，提出以下意见。\n一、工作目标\n到2018年，地级及以上城市、省会城市、"
                   "计划单列市城区公厕达标率达到85%以上。\n")
    assert got == [(85, "%", ">=", False, None, 2018)] * 3


def test_payers_listed_before_a_standard_stay_one_target():
    # Hebei county, 2020s: `省、市、县财政补助标准` pools the payers' shares, one standard (guide TG19 answers)
    got = _targets("涞源县农村改厕工作方案", "涞源县人民政府", "2021年3月5日",
                   "为推进农村改厕，制定本方案。\n一、补助标准\n省、市、县财政补助标准为每户1000元。\n")
    assert got == [(1000, "元", "=", False, None, None)]


def test_a_comma_clause_of_places_only_takes_the_rate_before_it_for_each():
    # Guangdong province, 2000s: `城市生活垃圾无害化处理率达到80%，珠三角各市、粤东和粤西中心城市达到90%以上`
    got = _targets("广东省环境保护规划纲要", "广东省人民政府", "2006年4月3日",
                   "为加强环境保护，制定本纲要。\n一、规划目标\n到2010年，全省城市生活垃圾无害化处理率达到80%，"
                   "珠三角地区城市、粤东中心城市和粤西中心城市达到90%以上。\n")
    assert got == [(80, "%", "=", False, None, 2010)] + [(90, "%", ">=", False, None, 2010)] * 3


def test_a_comma_clause_with_an_indicator_of_its_own_stays_one():
    # the same shape with its own indicator (`…的覆盖率`) or a single subject is no list of places
    got = _targets("广东省环境保护规划纲要", "广东省人民政府", "2006年4月3日",
                   "为加强环境保护，制定本纲要。\n一、规划目标\n到2010年，全省城市生活垃圾无害化处理率达到80%，"
                   "珠三角地区达到90%以上。\n")
    assert got == [(80, "%", "=", False, None, 2010), (90, "%", ">=", False, None, 2010)]


def test_a_jun_growth_after_levels_set_in_comma_clauses_is_one_per_level():
    # Shaanxi county, 1990s: three levels set in comma clauses since the `；`, then one growth shared by 均
    got = _targets("某县人民政府关于加快乡镇企业发展的决定", "某县人民政府", "1996年3月1日",
                   "为加快乡镇企业发展，作如下决定。\n一、发展目标\n到2000年，全县乡镇企业总产值达到30亿元，年均增长20%；"
                   "营业收入达到28亿元，实现利润2亿元，上缴税金1亿元，年均增长均在15%以上。\n")
    assert [g[:4] for g in got] == [(3000000000, "元", "=", False), (20, "%", "=", True), (2800000000, "元", "=", False),
                                    (200000000, "元", "=", False), (100000000, "元", "=", False)] + [(15, "%", ">=", True)] * 3


def test_a_deadline_inside_an_earlier_semicolon_clause_does_not_date_the_clause_after_it():
    # Sichuan province, 2010s one-year work plan: `2015年10月底前完成…；…覆盖率达到95%` keeps the plan's year for the
    # clause after `；` (guide S22), while the clause of the deadline itself is by it
    got = _targets("四川省2015年农村饮水安全工作要点", "四川省水利厅", "2015年2月10日",
                   "为做好农村饮水安全工作，制定本要点。\n一、重点工作\n（一）工程建设。新建集中供水工程120处，2015年10月底前完成"
                   "主体工程；对已建工程开展水质检测，水质检测覆盖率达到95%以上。\n")
    assert got == [(120, "处", "=", False, None, 2015), (95, "%", ">=", False, 2015, 2015)]


def test_a_deadline_opening_the_sentence_still_dates_every_clause():
    # the same plan with the deadline opening the sentence: it governs the clauses after `；` too (spec §7)
    got = _targets("四川省2015年农村饮水安全工作要点", "四川省水利厅", "2015年2月10日",
                   "为做好农村饮水安全工作，制定本要点。\n一、重点工作\n（一）工程建设。2015年10月底前，新建集中供水工程120处；"
                   "水质检测覆盖率达到95%以上。\n")
    assert got == [(120, "处", "=", False, None, 2015), (95, "%", ">=", False, None, 2015)]


CELLS = ("为推进茶产业发展，制定本方案。\n一、工作目标\n全市茶园面积稳定在100万亩。\n附件\n重点任务分工表\n"
         "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
         "1\n新建标准化茶园示范基地5个\n市农业农村局\n各县（市、区）人民政府\n2020年6月底前\n"
         "2\n茶叶加工企业清洁化改造率达到80%以上\n市工业和信息化局\n市生态环境局\n2021年12月底\n"
         "3\n每年开展茶叶技能培训1000人次以上\n市人力资源社会保障局\n市农业农村局\n每年\n")


def test_a_deadline_cell_on_its_own_line_dates_its_rows_task_cell():
    # Guizhou prefecture, 2010s three-year plan copied from the web one cell per line: each row's 完成时限 cell dates its
    # task (read like 到, null/year); a row without a dated cell keeps the plan's period
    got = _targets("遵义市茶产业提质增效三年行动方案（2019—2021年）", "遵义市人民政府办公室", "2019年4月8日", CELLS)
    assert got == [(1000000, "亩", "=", False, 2019, 2021), (5, "个", "=", False, None, 2020), (80, "%", ">=", False, None, 2021),
                   (1000, "人次", ">=", True, 2019, 2021)]


def test_cells_on_their_own_lines_without_a_deadline_header_date_nothing():
    got = _targets("遵义市茶产业提质增效三年行动方案（2019—2021年）", "遵义市人民政府办公室", "2019年4月8日",
                   CELLS.replace("完成时限\n", "备注\n"))
    assert [g[4:] for g in got] == [(2019, 2021)] * 4


def test_numbers_closed_by_a_judgement_of_the_situation_describe():
    # central ministry, 2010s preamble: the figures a gap or a grave situation is judged by are described, not set; the
    # goal after them is set
    got = _targets("农业部关于打好农业面源污染防治攻坚战的实施意见", "农业部", "2015年4月10日",
                   "当前，我国化肥利用率仅为35%左右，农药利用率为36.6%，与发达国家相比仍有较大差距。"
                   "但也要看到，畜禽粪污综合利用率不到60%，农业面源污染防治形势依然严峻。\n"
                   "一、工作目标\n到2020年，主要农作物化肥利用率达到40%以上。\n")
    assert got == [(40, "%", ">=", False, None, 2020)]


def test_a_goal_sentence_that_names_a_gap_still_sets_its_numbers():
    # Zhejiang province, 2020s: a goal (到2025年) whose sentence also names the gap it narrows keeps its level
    got = _targets("浙江省数字乡村建设实施方案", "浙江省人民政府办公厅", "2021年6月1日",
                   "为推进数字乡村建设，制定本方案。\n一、主要目标\n到2025年，乡村数字化普及率达到80%，城乡数字鸿沟与发达地区的差距明显缩小。\n")
    assert got == [(80, "%", "=", False, None, 2025)]


def test_a_season_that_comes_once_a_year_is_per_year():
    # Heilongjiang prefecture, 2020s: `每个供暖季` is a yearly cycle (guide S22), as 每年
    got = _targets("牡丹江市清洁取暖工作方案（2022—2024年）", "牡丹江市人民政府", "2022年8月1日",
                   "为推进清洁取暖，制定本方案。\n一、重点任务\n（一）巡查。每个供暖季开展燃煤锅炉专项检查不少于2轮，"
                   "每个供暖季淘汰燃煤小锅炉20台以上。\n")
    assert got == [(20, "台", ">=", True, 2022, 2024)]


def test_this_year_as_a_baseline_is_not_the_targets_year():
    # central, 2000s: `明年，…要比今年增长10%以上` is due next year; 比今年 is its baseline, like 比2004年
    got = _targets("国务院关于进一步加强农田水利基本建设的通知", "国务院", "2004年5月12日",
                   "为加强农田水利基本建设，现就有关问题通知如下：\n一、加大投入力度\n明年，农田水利建设资金要比今年增长10%以上。\n")
    assert got == [(10, "%", ">=", False, 2005, 2005)]


def test_the_currency_named_before_an_amount_keeps_its_comparator():
    # Henan province, 1990s 办法: `不得超过人民币50元`, `最高不超过人民币5万元` are caps like `不超过50元`
    got = _targets("河南省农村集资管理办法", "河南省人民政府", "1997年6月3日",
                   "第一条 为加强农村集资管理，制定本办法。\n第二条 农民自愿集资的，每人每年不得超过人民币50元。"
                   "对兴办公益事业的，给予最高不超过人民币5万元的补助。\n")
    assert [g[:4] for g in got] == [(50, "元", "<=", True), (50000, "元", "<=", False)]


def test_a_tax_reliefs_cap_and_a_fund_injected_are_amounts_set():
    # Liaoning prefecture, 2000s re-employment notice: the deduction limit a relief restates (guide S22: a standard restated
    # from law) and the first sum injected into a guarantee fund are amounts the notice sets; a size that says which
    # firms qualify stays out
    got = _targets("沈阳市人民政府关于做好再就业工作的通知", "沈阳市人民政府", "2003年8月1日",
                   "为做好再就业工作，现通知如下。\n一、落实税费减免政策。对下岗失业人员从事个体经营的，按每户每年8000元的限额"
                   "依次扣减营业税、城市维护建设税和个人所得税。\n二、由市财政局筹集小额贷款担保基金，今年首期注入300万元。"
                   "对年销售额500万元的企业不予扣减。\n")
    assert [g[:4] for g in got] == [(8000, "元", "=", True), (3000000, "元", "=", False)]


def test_the_share_a_tax_rule_lets_be_deducted_is_a_cap():
    # Guangdong province, 2010s: `不超过…2.5%的部分，准予…扣除` restates a deduction cap (guide S22), `<=`
    got = _targets("广东省人民政府关于加强职业培训促进就业的实施意见", "广东省人民政府", "2012年5月2日",
                   "为加强职业培训，提出以下意见。\n一、企业发生的职工教育经费支出，不超过工资薪金总额2.5%的部分，"
                   "准予在计算企业所得税应纳税所得额时扣除。\n")
    assert got == [(2.5, "%", "<=", False, None, None)]


def test_percentage_points_over_last_year_are_a_change_to_reach():
    # central ministry, 2010s work points: `在上年基础上提高2个百分点` names last year as its baseline, not a past period
    got = _targets("2018年妇幼健康工作要点", "国家卫生健康委妇幼健康司", "2018年3月2日",
                   "为做好妇幼健康工作，制定本要点。\n一、重点工作\n2018年孕产妇系统管理率在上年基础上提高2个百分点。\n")
    assert got == [(2, "个百分点", "=", False, 2018, 2018)]
