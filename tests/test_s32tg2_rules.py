"""s32-tg2: target classes of the second wave on issue 12 — days of good air counted over a base year, a clause that
only totals the units the work before it is to deal with, a season's deadline of a written year, and a deadline 年底前
written after the sentence's subject. Each is tested in the style of a province, level or era other than the notice
that showed it (snippets written for these tests, none copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_days_of_good_air_over_a_base_year_are_a_count():
    # A Shaanxi-style city plan of 2018: `优良天数较2017年增加12天以上` is a count of days to gain, not a time limit
    got = _targets("某市2018年铁腕治霾打赢蓝天保卫战工作方案", "某市人民政府", "2018年2月26日",
                   "一、工作目标\n2018年，全市细颗粒物平均浓度较2017年下降4%以上，优良天数较2017年增加12天以上。\n")
    assert got == [(4, "%", ">=", False, 2018, 2018), (12, "天", ">=", False, 2018, 2018)]


def test_a_clause_that_only_totals_the_units_of_the_work_before_it_is_their_count():
    # A Shandong-style county plan of 2017: `…全部关停取缔散乱污企业，共计36家` is the count to close; a total of what is
    # already done stays out
    got = _targets("某县2017年散乱污企业综合整治方案", "某县人民政府办公室", "2017年4月10日",
                   "一、整治任务\n1.关停取缔。2017年8月底前，全县全部关停取缔无证照散乱污企业，共计36家；其余企业限期整改。\n"
                   "2.前期工作。去年已排查整治小作坊，共计20家。\n")
    assert got == [(36, "家", "=", False, None, 2017)]


def test_a_season_of_a_written_year_and_a_mid_sentence_year_end_are_deadlines():
    # A Shanxi-style county heating plan of 2021: `2021年供暖季前新增…` and `城区热源厂年底前完成…，…不高于…` are due by
    # then (null/2021), while a plain goal of the one-year plan keeps its year
    got = _targets("某县2021年清洁取暖工作方案", "某县人民政府办公室", "2021年5月8日",
                   "一、主要任务\n（一）扩大集中供热。2021年供暖季前新增集中供热面积15万平方米。\n"
                   "（二）热源改造。城区热源厂年底前完成超低排放改造，颗粒物排放浓度不高于10毫克/立方米。\n"
                   "（三）煤改电。2021年全县完成煤改电3000户。\n")
    assert got == [(150000, "平方米", "=", False, None, 2021), (10, "毫克/立方米", "<=", False, None, 2021),
                   (3000, "户", "=", False, 2021, 2021)]


def test_a_year_end_after_a_word_naming_another_year_is_no_deadline_of_the_issue_year():
    # A Hubei-style 办法 of 2012: `每年年底前` is a yearly date, not this year's deadline
    got = _targets("某市农村公路养护管理办法", "某市人民政府", "2012年6月1日",
                   "一、养护要求\n各县每年年底前完成农村公路养护里程不少于300公里。\n")
    assert got == [(300, "公里", ">=", True, None, None)]


def test_a_year_end_after_the_subject_dates_the_clauses_after_it():
    # A Jiangxi-style county plan of 2022: `各乡镇年底前完成户厕改造，户厕普及率达到90%以上` is due by the year's end
    got = _targets("某县2022年农村人居环境整治工作方案", "某县人民政府办公室", "2022年3月1日",
                   "一、主要任务\n各乡镇年底前完成户厕改造，户厕普及率达到90%以上。\n")
    assert got == [(90, "%", ">=", False, None, 2022)]


def test_the_wanyuan_of_an_intensity_indicator_is_no_amount():
    # A Hebei-style provincial water plan of 2019: `建立万元地区生产总值用水量指标考核体系` names an indicator per 10,000 yuan of
    # output; the cut in it is the target
    got = _targets("某省节水行动实施方案", "某省人民政府办公厅", "2019年6月1日",
                   "一、主要任务\n（一）强化指标管理。建立万元地区生产总值用水量指标考核体系。到2022年，万元地区生产总值用水量比2015年下降25%以上。\n")
    assert got == [(25, "%", ">=", False, None, 2022)]


def test_a_size_that_picks_out_the_buildings_a_rule_binds_is_a_condition():
    # A Chongqing-style city rule of 2016: `主城区3万平方米、新区8万平方米以上集中新建的安置住房，应配建…` says which housing
    # must do it; a size reached as a goal (`新建绿地面积达到50万平方米以上的目标`) stays a target
    got = _targets("某市建筑节水管理规定", "某市人民政府", "2016年6月1日",
                   "一、主要要求\n自2017年起，主城区3万平方米、新区8万平方米以上集中新建的安置住房，应配建雨水收集设施。\n"
                   "到2020年，新建绿地面积达到50万平方米以上的目标，应如期完成。\n")
    assert got == [(500000, "平方米", ">=", False, None, 2020)]


def test_the_amount_a_red_line_keeps_is_a_level_held():
    # A Heilongjiang-style county plan of 2019: `坚决守住全县45万亩耕地保护红线` is a level the county holds
    got = _targets("某县乡村振兴战略实施方案", "某县人民政府", "2019年6月1日",
                   "一、主要任务\n（一）加强乡村规划。严格保护农业生产空间，坚决守住全县45万亩耕地保护红线。\n")
    assert got == [(450000, "亩", "=", False, None, None)]


def test_a_red_line_counted_in_lines_or_shared_out_is_no_level():
    # A Gansu-style provincial 意见 of 2020: `守住发展和生态两条底线` counts lines; `守住…耕地红线中的本省责任` is a share
    got = _targets("某省关于加强耕地保护的实施意见", "某省人民政府", "2020年5月6日",
                   "一、总体要求\n坚决守住发展和生态两条底线，坚决守住18亿亩耕地红线中的本省责任。\n")
    assert got == []


def test_a_date_of_registration_picks_out_the_vehicles_and_rounds_of_checks_are_counted():
    # A Hebei-style county plan of 2017: `淘汰2006年底前注册营运的黄标车` says which vehicles; the year's own count and its
    # rounds of spot checks (`不少于三轮次`) are targets of the plan's year
    got = _targets("某县2017年机动车污染防治工作方案", "某县人民政府办公室", "2017年3月20日",
                   "一、重点任务\n（一）淘汰老旧车辆。年底前全部淘汰2006年底前注册营运的黄标车，全年淘汰老旧车辆600辆。\n"
                   "（二）油品监管。全年对全县加油站油品抽检不少于三轮次。\n")
    assert got == [(600, "辆", "=", False, 2017, 2017), (3, "轮次", ">=", False, 2017, 2017)]


def test_a_heading_that_improves_the_basic_conditions_is_work_not_a_review():
    # A Guizhou-style provincial 意见 of 2021: `（二）夯实乡村医疗基础条件` heads work to do (its quota is a target); a heading
    # `（一）发展基础条件` reviews the state and its numbers stay out
    got = _targets("某省关于加强乡村医疗卫生体系建设的实施意见", "某省人民政府办公厅", "2021年9月3日",
                   "一、重点任务\n（一）发展基础条件\n全省已建成村卫生室1.8万个。\n（二）夯实乡村医疗基础条件\n"
                   "1.完善设施。按照每个行政村不少于1所的标准建设村卫生室。\n")
    assert got == [(1, "所", ">=", False, None, None)]


def test_places_that_are_all_to_start_a_work_are_a_coverage_count():
    # A Guangxi-style township plan of 2018: `全镇15个行政村、60个自然村全部开展整治` and `其余21个村全面开展“三清”` count the
    # places the plan covers; a report of what was done (`全面完成了`) stays out
    got = _targets("某镇2018年村容村貌整治工作方案", "某镇人民政府", "2018年3月1日",
                   "一、目标任务\n一是全镇15个行政村、60个自然村全部开展整治，清理垃圾；其余21个村全面开展“三清”。\n"
                   "二、工作基础\n去年全镇12个村全面完成了改厕任务。\n")
    assert got == [(15, "个", "=", False, 2018, 2018), (60, "个", "=", False, 2018, 2018),
                   (21, "个", "=", False, 2018, 2018)]
