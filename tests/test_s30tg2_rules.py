"""s30-tg2: target years, wave 2 (a deadline beside a bare plan year, a span word's reach over the comma clauses after
it, years joined by 和 with 均), each tested in the style of a province, level or era other than the notice that showed
it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def test_a_bare_plan_year_beside_a_later_deadline_is_a_deadline():
    # A Shaanxi-style county 2021—2023 plan (guide TG13): `2021年建成…，2022年底前…全覆盖` — the later deadline makes no
    # year-by-year schedule, so the bare year is read like `到2021年` (null/2021)
    got = _targets("某县农村污水治理三年行动方案（2021—2023年）", "某县人民政府", "2021年4月1日",
                   "一、目标\n到2023年，全县农村生活污水治理率达到50%以上。\n二、任务\n"
                   "（一）建设设施。完善收集管网，2021年建成污水处理站12座，2022年底前实现重点镇全覆盖。\n（二）其他。\n")
    assert [t for t in got if t[1] == "座"] == [(12, "座", "=", False, None, 2021)]


def test_two_bare_years_in_a_paragraph_stay_a_schedule():
    # The same plan written year by year (guide TG10): each bare year dates its own amount
    got = _targets("某县农村污水治理三年行动方案（2021—2023年）", "某县人民政府", "2021年4月1日",
                   "一、目标\n到2023年，全县农村生活污水治理率达到50%以上。\n二、任务\n"
                   "（一）建设设施。完善收集管网，2021年建成污水处理站12座，2022年建成污水处理站15座。\n（二）其他。\n")
    assert [t for t in got if t[1] == "座"] == [(12, "座", "=", False, 2021, 2021), (15, "座", "=", False, 2022, 2022)]


def test_a_span_word_opening_a_clause_dates_the_comma_clauses_after_it():
    # A Hebei-style city 2022 task-division table (guide Y5): `全年` opens the second clause of the row; the clause after it
    # is counted over the year too (2022/2022), while the row's 完成时限 alone would give null/2022
    got = _targets("2022年某市优化营商环境重点任务分工方案", "某市人民政府办公室", "2022年3月1日",
                   "一、工作目标\n全市营商环境持续优化。\n二、重点任务分工\n序号\t重点任务\t牵头单位\t完成时限\n"
                   "1\t开展“千名干部进千企”活动，全年走访企业不少于3000户次，企业诉求办结率达到95%以上。\t市工信局\t2022年12月底前\n"
                   "2\t推进项目建设，新开工项目100个。\t市发展改革委\t2022年12月底前\n")
    assert got == [(3000, "户次", ">=", False, 2022, 2022), (95, "%", ">=", False, 2022, 2022),
                   (100, "个", "=", False, None, 2022)]


def test_a_span_word_yields_to_a_deadline_of_the_targets_own_clause():
    # A Guangxi-style 2023 provincial work plan: `全年新建…，到2025年累计建成…` — the running total is the deadline's
    got = _targets("2023年某省农机化工作要点", "某省农业农村厅", "2023年2月1日",
                   "一、任务\n（一）培育服务主体。全年新建综合农事服务中心500个以上，到2025年累计建成1500个以上。\n（二）其他。\n")
    assert got == [(500, "个", ">=", False, 2023, 2023), (1500, "个", ">=", False, None, 2025)]


def test_the_whole_year_after_a_bare_plan_year_is_a_span():
    # A Sichuan-style district 2022—2023 plan (guide Y5): `2022年全年…不少于150次` states the year as a span (2022/2022),
    # where a bare `2022年完成…` alone would be a deadline (TG13)
    got = _targets("某区垃圾分类工作方案（2022—2023年）", "某区人民政府", "2022年3月1日",
                   "一、目标\n到2023年，全区生活垃圾回收利用率达到35%以上。\n二、任务\n"
                   "（一）加强执法。对违规投放行为依法查处。2022年全年开展联合检查不少于150次。\n（二）其他。\n")
    assert [t for t in got if t[1] == "次"] == [(150, "次", ">=", False, 2022, 2022)]


def test_a_bare_year_before_later_years_adjusted_is_that_years_amount():
    # A Hunan-style county fund rule for 2018—2020: `2018年预算安排400万元，以后年度根据财力…调整` — the first year of a
    # yearly series (as `以后每年`), that year's own amount, not a deadline (TG13)
    got = _targets("某县农村生活垃圾治理三年行动奖补办法（2018—2020年）", "某县人民政府办公室", "2018年3月1日",
                   "第一条　为规范资金管理，制定本办法。\n　　第二条　县财政每年安排专项奖补资金，2018年预算安排400万元，"
                   "以后年度根据财力状况适当调整。\n　　第三条　本办法自印发之日起施行。\n")
    assert got == [(4000000, "元", "=", False, 2018, 2018)]


def test_years_joined_by_he_before_a_comma_each_set_the_same_goal():
    # A State Council-style notice of 2009 (spec §7 period as written): `2009年和2010年，…均达到90%以上` spans both years
    got = _targets("国务院关于做好某类企业职工安置工作的通知", "国务院", "2009年5月1日",
                   "一、目标\n2009年和2010年，关闭破产企业职工安置率均达到90%以上。\n二、措施\n（一）落实责任。\n")
    assert got == [(90, "%", ">=", False, 2009, 2010)]


def test_a_floor_written_before_a_per_facility_basis_governs_the_amount():
    # A Guizhou-style prefecture 2019 toilet plan (spec §7 comparators): `不低于每座800元`, the 每座 basis between the floor
    # and the number, as `不低于每户` is read
    got = _targets("某州2019年农村户厕改造工作方案", "某州人民政府办公室", "2019年3月1日",
                   "一、任务\n（一）资金保障。州级财政按每座600元给予补助，县级财政按不低于每座800元配套，每村至少建成公厕1座。\n（二）其他。\n")
    assert [t[:3] for t in got] == [(600, "元", "="), (800, "元", ">="), (1, "座", ">=")]


def test_a_trailing_floor_does_not_spread_over_counts_of_graded_nouns():
    # A Zhejiang-style township 2015 opinion: `创建三A级景区村2个、二A级景区村8个以上` — each grade has its own count; the
    # 以上 is the last one's (a numeral opening a noun is no amount); `达到85%、90%以上` still shares it
    got = _targets("某镇关于2015年美丽乡村建设的意见", "某镇人民政府", "2015年3月1日",
                   "一、目标\n（一）创建景区村。创建三A级景区村2个、二A级景区村8个以上。\n"
                   "（二）提高收集率。垃圾收集率和处理率分别达到85%、90%以上。\n")
    assert [t[:3] for t in got] == [(2, "个", "="), (8, "个", ">="), (85, "%", ">="), (90, "%", ">=")]


def test_a_trailing_floor_still_spreads_over_amounts_in_full_width_digits():
    # A Shandong-style city 2012 plan copied in full-width characters: `分别达到８５％、９０％以上` share the floor (spec §7)
    got = _targets("某市2012年城乡环卫一体化工作方案", "某市人民政府", "2012年3月1日",
                   "一、目标\n（一）提高收集率。全市农村生活垃圾收集率和无害化处理率分别达到８５％、９０％以上。\n（二）其他。\n")
    assert [t[2] for t in got] == [">=", ">="]


def test_labour_days_are_a_unit_of_their_own():
    # A Hebei-style village-affairs rule of 2009 (一事一议): `每个劳动力每年筹劳不超过8个工日` caps labour-days per year
    got = _targets("某县村民一事一议筹资筹劳管理办法", "某县人民政府", "2009年3月1日",
                   "第一条 为规范筹资筹劳，制定本办法。\n第二条 筹资筹劳实行上限控制，每个劳动力每年筹劳不超过8个工日。\n第三条 本办法自印发之日起施行。\n")
    assert [t[:4] for t in got] == [(8, "个工日", "<=", True)]


def test_a_rate_before_the_last_item_of_a_list_is_quoted_alone():
    # A Henan-style city 2016 work plan: `分别比2015年削减2%、3%和4%` — the quote of 3% stops before `和4%` (spec §7: the
    # quote is the target's own words)
    rec = process_text("某市2016年节能减排工作要点\n一、目标\n全市化学需氧量、二氧化硫、氨氮排放总量分别比2015年削减2%、3%和4%；"
                       "空气优良天数达到300天以上。\n某市人民政府\n2016年3月1日\n", doc_id="t").model_dump()
    assert [t["quote"] for t in rec["targets"]][1:3] == ["3%", "4%"]
