"""s20-tg: targets and their years (spec 1.1 §7, guide A18 TG13 and the S20 decisions). Each rule with a snippet written
in the style of another province, level or era than the notices it was found on (never text of a dev-corpus notice),
and precision snippets whose numbers are not targets."""
from pipeline import process_text


def _rec(body, title="关于做好2019年农村工作的通知", issuer="某县人民政府办公室", date="2019年3月1日",
         to="各乡镇人民政府，县直各有关单位："):
    text = f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"
    return process_text(text, doc_id="t").model_dump()


def _t(body, **kw):
    return [(t["value"], t["unit"], t["comparator"], bool(t["per_year"]), t["year_start"], t["year_end"])
            for t in _rec(body, **kw)["targets"]]


# --- a bare plan-end year in a plan for several years is a deadline (guide A18 TG13) ---

def test_bare_plan_end_year_inside_a_goal_sentence_is_a_deadline():
    # Guangxi county three-year plan
    got = _t("一、重点任务\n（一）提升品质。推广套袋、疏果等技术，2024年优质果率达到70%以上。",
             title="恭城瑶族自治县月柿产业提升工作方案（2022—2024年）", date="2022年5月6日")
    assert got == [(70.0, "%", ">=", False, None, 2024)]


def test_schedule_lines_keep_their_own_years():
    # Heilongjiang county, one line a year (guide TG10), with a dash bullet as web copies write it
    got = _t("一、发展目标\n——2021年，全县黑木耳栽培规模达到3亿袋；\n——2022年，栽培规模达到3.5亿袋；\n"
             "——2023年，栽培规模达到4亿袋以上。",
             title="宝清县黑木耳产业发展三年行动方案（2021—2023年）", date="2021年3月15日")
    assert got == [(300000000.0, "袋", "=", False, 2021, 2021), (350000000.0, "袋", "=", False, 2022, 2022),
                   (400000000.0, "袋", ">=", False, 2023, 2023)]


def test_two_years_in_one_sentence_are_a_schedule():
    got = _t("一、工作目标\n全县秸秆综合利用率2021年达到85%以上，2022年达到90%以上。",
             title="通渭县2021—2022年秸秆禁烧和综合利用工作方案", date="2021年4月1日")
    assert got == [(85.0, "%", ">=", False, 2021, 2021), (90.0, "%", ">=", False, 2022, 2022)]


# --- the span of the whole goal, stated in a body sentence, is the plan's period (spec §7) ---

def test_goal_span_sentence_gives_the_period():
    # Tibet prefecture, 2000s
    got = _t("一、目标任务\n2006—2007年，全地区劳务输出工作的总体目标是：以技能培训为重点，扩大有组织输出。\n"
             "2006年，全地区转移农牧民富余劳动力3万人次以上。\n二、工作措施\n（一）加强培训。每个县每年举办技能培训班不少于5期。",
             title="山南地区行政公署关于加快发展农牧区劳务经济的通知", issuer="山南地区行政公署", date="2006年3月2日")
    assert got == [(30000.0, "人次", ">=", False, 2006, 2006), (5.0, "期", ">=", True, 2006, 2007)]


def test_a_reviewed_span_is_no_period():
    got = _t("一、基本情况\n2016—2020年，全县脱贫攻坚目标任务全面完成，累计脱贫1.2万人。\n二、工作任务\n全年新增就业500人。",
             title="关于做好2021年巩固脱贫成果工作的通知", date="2021年4月2日")
    assert got == [(500.0, "人", "=", False, 2021, 2021)]


# --- 三年行动期间 names the plan's own period; 到年底 is a deadline of the issue year ---

def test_action_period_phrase_is_the_plans_period():
    got = _t("一、发展目标\n三年行动期间，全省茶叶综合产值年均增长10%以上。\n二、保障措施\n（一）加强领导。",
             title="贵州省茶产业提升三年行动方案（2021—2023年）", issuer="贵州省人民政府办公厅",
             date="2021年6月1日", to="各市、自治州人民政府，省政府各部门：")
    assert got == [(10.0, "%", ">=", True, 2021, 2023)]  # (年均: per year, spec §7)


def test_by_year_end_is_a_deadline():
    # Shanxi 2000 style work points
    got = _t("一、国企改革\n1.加大脱困力度。对亏损企业逐户落实措施，到年底力争有80%以上的企业实现扭亏。全年完成改制企业50户。",
             title="某省人民政府办公厅关于2000年经济体制改革工作要点的通知", issuer="某省人民政府办公厅",
             date="2000年3月1日", to="各市人民政府：")
    assert got == [(80.0, "%", ">=", False, None, 2000), (50.0, "户", "=", False, 2000, 2000)]


# --- tables: slash-parted cells (web copies), a schedule one cell a line with its units ---

def test_slash_parted_indicator_table_reads_every_goal_column():
    # Yunnan prefecture web copy: blank lines between rows, a baseline column
    body = ("一、发展目标\n到2020年，全州茶叶综合产值达到80亿元，茶叶品牌影响力明显提升，茶产业成为全州农民增收致富的支柱产业，"
            "茶旅融合发展水平进一步提高。\n二、重点任务\n（一）推进茶园提质增效。坚持生态优先、绿色发展，推广有机茶园建设标准，加强古茶园保护，"
            "推动茶叶加工企业技术改造和品牌建设，提升茶叶产品质量和市场竞争力。\n（二）促进茶旅融合。依托古茶山和民族文化资源，打造精品茶旅线路，"
            "发展茶文化体验、研学旅游等新业态，带动茶农增收。\n附件\n西双版纳州茶产业发展主要指标\n\n"
            "指标名称 / 2015年（基数）/ 2018年 / 2020年\n\n茶园面积（万亩） / 120 / 130 / 135\n\n"
            "茶叶培训（万人次，累计） / 0.5 / 1 / 2\n\n分享到：　微信　微博　QQ空间\n")
    got = _t(body, title="西双版纳州人民政府关于加快发展茶产业的意见", issuer="西双版纳州人民政府", date="2016年4月8日",
             to="各县（市）人民政府，州直各部门：")
    assert sorted(got) == sorted([(8000000000.0, "元", "=", False, None, 2020), (1300000.0, "亩", "=", False, None, 2018),
                                  (1350000.0, "亩", "=", False, None, 2020), (10000.0, "人次", "=", False, None, 2018),
                                  (20000.0, "人次", "=", False, None, 2020)])


def test_slashes_in_page_furniture_and_past_tables_are_no_targets():
    body = ("首页 / 政务公开 / 通知公告\n一、发展基础\n主要指标完成情况\n指标名称 / 2018年 / 2019年 / 2020年\n"
            "粮食产量（万吨） / 20 / 21 / 22\n二、目标\n到2025年，粮食产量稳定在22万吨以上。")
    got = _t(body, title="关于印发某县产业发展规划的通知", date="2021年4月2日")
    assert got == [(220000.0, "吨", ">=", False, None, 2025)]


def test_spaced_slash_is_no_fraction():
    got = _t("一、指标\n指标名称 / 2017年 / 2018年\n合格率（%） / 100 / 300\n",
             title="关于做好2017年质量提升工作的通知", date="2017年3月1日")
    assert (33.33, "%") not in [(v, u) for v, u, *_ in got]


def test_schedule_table_one_cell_a_line_with_units_in_cells():
    # Jilin city task list copied from a PDF, one cell a line
    body = ("一、任务\n附件\n吉林市2020—2021年畜禽粪污资源化利用重点任务清单\n序号\n重点任务\n2020年目标\n2021年目标\n牵头单位\n"
            "1\n粪污处理设施配套率\n95%以上\n97%以上\n市农业农村局\n2\n新建粪污收储中心\n12处\n8处\n市农业农村局\n")
    got = _t(body, title="吉林市2020—2021年畜禽粪污资源化利用工作方案", issuer="吉林市人民政府办公室",
             date="2020年3月2日", to="各县（市）区人民政府：")
    assert sorted(got) == sorted([(95.0, "%", ">=", False, 2020, 2020), (97.0, "%", ">=", False, 2021, 2021),
                                  (12.0, "处", "=", False, 2020, 2020), (8.0, "处", "=", False, 2021, 2021)])


# --- units and comparators ---

def test_hours_of_instruction_counted_with_ge():
    got = _t("一、培训要求\n每期培训时间不少于40个学时，其中实操不少于20学时。全年培训农民500人次以上。",
             title="关于做好2020年农民技能培训工作的通知", issuer="琼中黎族苗族自治县湾岭镇人民政府", date="2020年3月9日",
             to="各村（居）委会：")
    assert got == [(40.0, "学时", ">=", False, 2020, 2020), (20.0, "学时", ">=", False, 2020, 2020),
                   (500.0, "人次", ">=", False, 2020, 2020)]


def test_hours_in_a_condition_are_no_target():
    got = _t("一、补贴标准\n培训时长不少于40个学时的，按每人1000元给予补贴。\n二、任务\n全年培训1000人次。",
             title="关于做好2021年职业技能培训工作的通知", date="2021年4月2日")
    assert got == [(1000.0, "元", "=", False, 2021, 2021), (1000.0, "人次", "=", False, 2021, 2021)]


def test_highest_loan_amount_is_a_cap():
    got = _t("一、提高额度\n个人最高贷款额度为20万元，合伙经营的最高贷款额度为50万元。",
             title="关于做好2016年创业担保贷款工作的通知", date="2016年3月1日")
    assert got == [(200000.0, "元", "<=", False, 2016, 2016), (500000.0, "元", "<=", False, 2016, 2016)]


def test_staffing_standard_is_a_quota_but_not_in_a_condition():
    # Qinghai pastoral county, cleaners per village
    got = _t("一、保洁队伍\n各乡镇按照每村2至5名的标准配备保洁员。对按照每村3名的标准配备保洁员的乡镇，县财政给予奖励。",
             title="关于做好2018年农牧区人居环境整治工作的通知", issuer="祁连县人民政府办公室", date="2018年3月1日")
    assert got == [(2.0, "名", ">=", False, 2018, 2018), (5.0, "名", "<=", False, 2018, 2018)]
