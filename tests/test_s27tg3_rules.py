"""s27-tg3: target and year classes of the open sets (guide TG45, spec §7 per-year targets in a stated period), each
tested in the style of a province, level or era other than the notice that showed it (snippets written for these
tests, none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_a_bare_share_after_putting_work_into_an_assessment_is_its_weight():
    # A Hebei-style township 2019 方案: `纳入各村年度综合考评，占比不低于20%` gives the work's weight in the villages'
    # assessment (guide TG45), no target; the share of villages rated 优秀 that must be reached is one
    got = _targets("某镇2019年垃圾分类工作方案", "某镇人民政府", "2019年3月1日",
                   "一、目标\n　　全镇垃圾分类覆盖率达到60%。\n"
                   "二、保障措施\n　　（一）强化考核。将垃圾分类工作纳入各村年度综合考评，占比不低于20%。"
                   "各村考评优秀等次占比不低于30%。\n")
    assert got == [(60, "%", "=", False, 2019, 2019), (30, "%", ">=", False, 2019, 2019)]


def test_a_bare_proportion_after_listing_work_into_performance_appraisal_is_a_weight_too():
    # A Shaanxi-style county 2012 意见: `列入部门绩效考评，比重为10%` is the weight of the line (guide TG45)
    got = _targets("某县人民政府关于加强食品安全工作的意见", "某县人民政府", "2012年5月1日",
                   "一、工作要求\n　　将食品安全工作列入各部门年度绩效考评，比重为10%。\n")
    assert got == []


def test_a_yearly_amount_after_a_deadline_clause_runs_over_the_period_opening_the_sentence():
    # A Jiangsu-style provincial 2016 意见: `“十三五”期间，…到2020年，…达到5万张；每年培训…不少于2000人次` — the yearly
    # amount runs over the period that opens the sentence (spec §7, `“十四五”期间` → 2021/2025), the level by the deadline
    got = _targets("某省人民政府关于加快发展康复服务业的意见", "某省人民政府", "2016年4月1日",
                   "一、发展目标\n　　“十三五”期间，全省康复服务工作的主要目标是：到2020年，全省康复床位达到5万张；"
                   "每年培训康复治疗人员不少于2000人次。\n")
    assert got == [(50000, "张", "=", False, None, 2020), (2000, "人次", ">=", True, 2016, 2020)]


def test_an_average_growth_in_the_clause_of_its_deadline_runs_to_the_deadline():
    # A Yunnan-style 2006 意见: `；到2010年，…达到3000元，力争年均增长8%` — the deadline opens the growth's own `；` clause (guide
    # S22), an average up to it; the period opening the sentence dates the yearly amount of the first clause
    got = _targets("某省人民政府关于发展高原特色农业的意见", "某省人民政府", "2006年5月1日",
                   "一、主要目标\n　　“十一五”期间，全省农业增加值年均增长5%以上；到2010年，农民人均纯收入达到3000元，力争年均增长8%。\n")
    assert got == [(5, "%", ">=", True, 2006, 2010), (3000, "元", "=", False, None, 2010), (8, "%", "=", True, None, 2010)]


def test_a_bare_first_year_of_a_plan_in_a_comma_clause_is_a_deadline():
    # A Hunan-style county plan for 2021—2023: `…，2021年完成…改造300户` opening a comma clause is read like `到2021年` (guide
    # TG13), the plan's first year as its later years
    got = _targets("某县农村危房改造三年行动方案（2021—2023年）", "某县人民政府", "2021年3月1日",
                   "一、主要任务\n　　（一）推进危房改造。坚持应改尽改，2021年完成农村危房改造300户。\n")
    assert got == [(300, "户", "=", False, None, 2021)]


def test_a_first_year_of_a_yearly_series_and_a_season_of_the_year_keep_their_year():
    # A Fujian-style provincial plan for 2022—2025: `2022年建设…不少于50个，以后每年不少于60个` starts a yearly series, and
    # `2022年春季开工…` names when in the year: both dated to the year itself (guide TG10), not deadlines
    got = _targets("某省农贸市场提升行动计划（2022—2025年）", "某省人民政府", "2022年2月1日",
                   "一、主要任务\n　　（一）改造农贸市场。完善市场功能，2022年改造农贸市场不少于50个，以后每年不少于60个。\n"
                   "　　（二）建设冷链设施。统筹布局，2022年春季开工建设冷库不少于10座。\n")
    assert got[0] == (50, "个", ">=", False, 2022, 2022)
    assert got[-1] == (10, "座", ">=", False, 2022, 2022)
