"""s26-tg: targets and years that generalise, from the classes A16 (a181–a192) showed wrong, each tested in the style
of a province, level or era other than the notice that showed it."""
from pipeline import process_text

from tests.snippets import targets_of as _targets


def test_a_cap_written_before_its_benefit_verb_is_a_cap():
    # Henan county, 2010s 医保 notice: `每人每年最高报销3000元` (spec §7: 最高 → <=), as `最高补偿50元` in a 2008 新农合 notice
    got = _targets("某县城乡居民大病保险实施办法", "某县人民政府", "2016年3月1日",
                   "第五条　参保居民在定点医疗机构发生的门诊慢性病费用，每人每年最高报销3000元。\n")
    assert got == [(3000, "元", "<=", True, None, None)]


def test_a_quota_bounded_by_a_bare_year_is_per_year():
    # Jiangsu province, 2010s 认定办法: `每个设区市年度推荐名额原则上不超过5个`, `年度内累计资助最高限额为50万元` — any year of the
    # rule (guide S22: 每个年度 is per year); `2016年度` names one year and is not
    got = _targets("江苏省科技企业孵化器认定管理办法", "江苏省科学技术厅", "2015年4月2日",
                   "第九条　每个设区市年度推荐名额原则上不超过5个。\n"
                   "第十条　同一企业年度内累计资助最高限额为50万元。\n"
                   "第十一条　2016年度推荐总数不超过60个。\n")
    assert got == [(5, "个", "<=", True, None, None), (500000, "元", "<=", True, None, None),
                   (60, "个", "<=", False, 2016, 2016)]


def test_an_annual_volume_of_activity_is_per_year():
    # Sichuan city, 2020s plan: `基地年培训农民工达到2000人次以上`, `年接待量突破50万人次` (guide S22: an annual amount written
    # with 年 before its noun); not `年培训林农1万人次` (年 before a demand verb and its object, the s8 lead review), not
    # `老年服务` (old age), nor a yearly statistic (`年收入`)
    got = _targets("某市职业技能培训基地建设方案（2021—2023年）", "某市人民政府", "2021年3月1日",
                   "一、目标\n　　每个基地年培训农民工达到2000人次以上，景区年接待量突破50万人次，年培训林农1万人次，"
                   "社区老年服务设施覆盖率达到60%，村集体经济年收入达到5万元以上。\n")
    assert got == [(2000, "人次", ">=", True, 2021, 2023), (500000, "人次", ">", True, 2021, 2023),
                   (10000, "人次", "=", False, 2021, 2023), (60, "%", "=", False, 2021, 2023),
                   (50000, "元", ">=", False, 2021, 2023)]


def test_a_standing_rule_opened_by_the_current_year_is_per_year_with_its_dates_recurring():
    # Hunan province, 2010s 资金管理办法 valid five years: `当年资金支出进度在10月底前应当达到80%以上` is every year's (spec §7);
    # the month is a date of every year, so the years are the rule's validity, not the issue year
    got = _targets("湖南省农业专项资金管理办法", "湖南省财政厅", "2019年3月1日",
                   "第十八条　当年资金支出进度在10月底前应当达到80%以上，年底前应当达到95%以上。\n"
                   "第三十条　本办法自印发之日起施行，有效期5年。\n")
    assert got == [(80, "%", ">=", True, 2019, 2023), (95, "%", ">=", True, 2019, 2023)]


def test_the_current_year_in_a_one_year_plan_is_that_year():
    # Shanxi county, 2000s 新农合 notice for one year: `当年基金使用率达到85%以上` is that year's (a one-year plan)
    got = _targets("某县人民政府关于做好2009年新型农村合作医疗工作的通知", "某县人民政府", "2009年1月5日",
                   "一、工作目标\n　　当年基金使用率达到85%以上。\n")
    assert got == [(85, "%", ">=", False, 2009, 2009)]


def test_a_start_in_a_one_year_plans_year_stays_open():
    # Gansu county, 2010s: `从2012年起，…补助标准由每人每年200元提高到每人每年240元` in a notice on the works of 2012 holds
    # from then on (its own time expression), not for that year only
    got = _targets("某县人民政府关于做好2012年城乡居民医疗保险工作的通知", "某县人民政府", "2012年2月1日",
                   "一、提高补助标准\n　　从2012年起，我县财政补助标准由每人每年200元提高到每人每年240元。\n")
    assert got == [(240, "元", "=", True, 2012, None)]


def test_a_rate_reached_on_the_object_of_dui_is_demanded():
    # Fujian township, 2020s plan: `对排查出的问题户厕整改率达到100%` names what the work is done on, not who qualifies;
    # `对…率达到90%的村，给予奖励` stays a condition
    got = _targets("某镇2022年农村人居环境整治工作方案", "某镇人民政府", "2022年3月1日",
                   "一、重点任务\n　　（一）对排查出的问题户厕整改率达到100%。\n"
                   "　　（二）对卫生厕所普及率达到90%的村，给予奖励2万元。\n")
    assert got == [(100, "%", "=", False, 2022, 2022), (20000, "元", "=", False, 2022, 2022)]


def test_days_worked_in_place_each_week_are_an_amount_of_activity():
    # Guizhou county, 2020s 驻村 rules: `每月驻村工作时间不少于20天`, `每周至少在村工作5天` (guide TG11, as `每天锻炼不少于1小时`)
    got = _targets("某县驻村工作队管理办法", "某县人民政府", "2021年6月1日",
                   "第六条　驻村工作队员每月驻村工作时间不少于20天。\n第七条　第一书记每周至少在村工作5天。\n")
    assert got == [(20, "天", ">=", False, None, None), (5, "天", ">=", False, None, None)]


def test_a_bare_middle_year_opening_a_comma_clause_is_a_deadline():
    # Anhui city, 2010s plan for 2018—2020: `建设智慧园区，2019年建成数据中心1个` is read like `到2019年` (guide TG13); a
    # paragraph naming other years stays a schedule
    got = _targets("某市智慧城市建设行动计划（2018—2020年）", "某市人民政府", "2018年5月1日",
                   "一、重点任务\n　　1.建设智慧园区，2019年建成数据中心1个。\n"
                   "　　2.推进道路建设，2019年建成道路10公里，2020年建成道路20公里。\n")
    assert got == [(1, "个", "=", False, None, 2019), (10, "公里", "=", False, 2019, 2019), (20, "公里", "=", False, 2020, 2020)]


def test_a_years_total_dates_its_own_clauses_not_those_after_a_semicolon():
    # Hebei county, 2010s three-year plan: `三年累计改造户厕3000户；每个乡镇至少建成1座…` — after `；` the goals' `到2020年`
    # holds (guide S22: a time expression dates its own clause and the `，` clauses after it)
    got = _targets("某县农村人居环境整治三年行动方案（2018—2020年）", "某县人民政府", "2018年6月1日",
                   "一、目标\n　　到2020年，全县农村人居环境明显改善。具体目标是：\n"
                   "　　1．卫生厕所普及率达到70%，三年累计改造户厕3000户；每个乡镇至少建成1座公共厕所。\n")
    assert got == [(70, "%", "=", False, None, 2020), (3000, "户", "=", False, 2018, 2020), (1, "座", ">=", False, None, 2020)]


def test_a_five_year_plan_written_out_by_its_count_is_a_period():
    # Liaoning province, 2000s 意见 citing `《…第十个五年计划纲要》` and `第十二个五年规划` (spec §8: cited titles count)
    rec = process_text("辽宁省人民政府关于加快发展旅游业的意见\n根据《辽宁省国民经济和社会发展第十个五年计划纲要》，"
                       "衔接第十二个五年规划，制定本意见。\n辽宁省人民政府\n2003年5月6日\n", doc_id="t")
    assert {(y.start, y.end) for y in rec.years} == {(2001, 2005), (2011, 2015), (2003, 2003)}
