"""s26-a20tg: target and year classes A20 (a229–a240) showed wrong, each tested in the style of a province, level or era
other than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def _years(title: str, org: str, date: str, body: str) -> list[tuple]:
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n", doc_id="t").model_dump()
    for y in rec["years"]:
        a, b = y["span"]
        assert rec["text"][a:b] == y["quote"]
    return sorted((y["start"], y["end"], y["quote"]) for y in rec["years"])


def test_a_band_a_fee_is_fixed_within_is_two_targets():
    # A prefecture city's 2019 意见 on construction waste: `可按每吨5元至15元区间确定` is the band the fee is fixed in (guide
    # TG6c: fees the policy fixes; spec §7: a range is two), also after a `…的，` clause saying which charging it is for
    got = _targets("某市人民政府办公室关于加强建筑垃圾管理的实施意见", "某市人民政府办公室", "2019年5月6日",
                   "二、完善处置机制\n　　（三）健全付费制度。各区要建立健全建筑垃圾处置付费制度。实行按量计费的，可按每吨5元至15元"
                   "区间确定具体处置费用，由区发展改革局会同区城管局制定。\n")
    assert got == [(5, "元", ">=", False, None, None), (15, "元", "<=", False, None, None)]


def test_a_band_per_unit_a_rule_fixes_as_its_standard_is_two_targets():
    # A Gansu county's 2012 办法: `适宜载畜量为每羊单位25亩至45亩` is the standard the rule fixes, a range
    got = _targets("甘肃省某县草原生态保护补助奖励机制实施办法", "某县人民政府", "2012年4月1日",
                   "第一章 草畜平衡\n第五条 全县天然草原平均适宜载畜量为每羊单位25亩至45亩，各乡镇按照草原类型确定具体标准。\n")
    assert got == [(25, "亩", ">=", False, None, None), (45, "亩", "<=", False, None, None)]


def test_enlarging_taking_on_and_collecting_demand_their_amounts():
    # A Hunan county's 1996 autumn notice: `比上年扩大3万亩` (an increase to make), `每人每年承担8至15个劳动积累工` (a quota of
    # work-days, per year, a range), `每200亩采集1个` (a sampling density: the sample is the count)
    got = _targets("湖南省某县人民政府关于做好秋冬农业生产工作的通知", "某县人民政府", "1996年9月10日",
                   "一、扩大冬种面积\n　　油菜面积要比上年扩大3万亩。\n二、抓好农田水利建设\n　　农村劳动力每人每年承担8至15个劳动积累工。\n"
                   "三、开展测土化验\n　　土壤样品平原区每200亩采集1个。\n")
    assert got == [(30000, "亩", "=", False, None, None), (8, "个", ">=", True, None, None), (15, "个", "<=", True, None, None),
                   (1, "个", "=", False, None, None)]


def test_zero_growth_reached_is_zero_percent_and_a_programme_named_by_it_is_not():
    # A county's 2016 意见 on green farming: `实现零增长`, `保持零增长` are levels (0 %); `零增长行动` is a programme's name
    got = _targets("某县人民政府关于推进农业绿色发展的实施意见", "某县人民政府", "2016年5月1日",
                   "一、主要目标\n　　到2020年，全县化肥使用量实现零增长，农药使用量保持零增长。\n二、重点任务\n　　（一）开展化肥使用量零增长行动。\n")
    assert got == [(0, "%", "=", False, None, 2020), (0, "%", "=", False, None, 2020)]


def test_one_output_over_another_written_n_to_one_without_zhi_is_a_share():
    # Henan province, 2016: `农产品加工业与农业总产值比达到2.2∶1` is the fraction 2.2/1 as a percent (guide TG11), as `之比` is
    got = _targets("河南省人民政府关于加快发展农产品加工业的意见", "河南省人民政府", "2016年8月2日",
                   "一、发展目标\n　　到2020年，全省农产品加工业与农业总产值比达到2.2∶1。\n")
    assert got == [(220, "%", "=", False, None, 2020)]


def test_rounds_of_a_campaign_from_a_start_date_are_an_amount_of_activity():
    # A town's 2019 one-year plan: `2019年9月起开展不少于3轮集中整治` is a total over the plan's span (guide TG27), the date a
    # start, not a period the activity recurs in; the end comes from the plan's year
    got = _targets("某镇2019年农村人居环境整治工作方案", "某镇人民政府", "2019年3月5日",
                   "一、重点任务\n　　（一）加强执法。2019年9月起开展不少于3轮集中整治行动。\n")
    assert got == [(3, "轮", ">=", False, 2019, 2019)]


def test_the_years_units_were_approved_in_say_which_qualify_not_the_targets_year():
    # A provincial finance department's 2013 notice: `对2010年、2011年批准实施的续建示范县，每县每年补助20万元` is a 2013 provision for
    # units approved then (guide TG24), not a past achievement
    got = _targets("某省财政厅关于做好2013年农业技术推广示范县建设工作的通知", "某省财政厅", "2013年3月1日",
                   "一、项目安排\n　　（一）补助标准。省财政对新增示范县每县补助50万元；对2010年、2011年批准实施的续建示范县，每县每年补助20万元；"
                   "对2012年认定的示范县，每县补助40万元。\n")
    assert got == [(500000, "元", "=", False, 2013, 2013), (200000, "元", "=", True, 2013, 2013), (400000, "元", "=", False, 2013, 2013)]


def test_a_shortfall_written_with_only_describes_the_situation():
    # A county's 2015 意见 on elderly care: `养老床位仅9.6张`, `覆盖率不足30%` in a sentence that asks for nothing describe
    got = _targets("某县关于加快发展养老服务业的实施意见", "某县人民政府", "2015年5月1日",
                   "一、充分认识重要意义\n　　全县现有敬老院12所，床位900张，每千名老年人拥有养老床位仅9.6张，城市社区日间照料中心覆盖率不足30%。\n"
                   "二、目标任务\n　　到2018年，每千名老年人拥有养老床位达到30张。\n")
    assert got == [(30, "张", "=", False, None, 2018)]


def test_a_disasters_toll_reported_is_no_target_and_a_provision_for_the_damaged_is():
    # A city's 2010 flood notice: `损毁房屋3200余间，直接经济损失达4.6亿元` reports the damage; `对因灾倒塌房屋的农户，每户补助3000元`
    # provides for it
    got = _targets("某市人民政府关于做好灾后恢复重建工作的通知", "某市人民政府", "2010年8月20日",
                   "　　今年7月以来，我市遭受严重洪涝灾害。全市12个乡镇不同程度受灾，其中损毁房屋3200余间，直接经济损失达4.6亿元。\n"
                   "一、抓好灾后重建\n　　对因灾倒塌房屋的农户，每户补助3000元。年底前完成重建住房1500户。\n")
    assert got == [(3000, "元", "=", False, None, None), (1500, "户", "=", False, None, 2010)]


def test_conditions_a_selection_goes_by_after_a_colon_are_eligibility():
    # A provincial department's 2012 notice: `按照下列条件推荐：蔬菜种植面积在10万亩以上` says which counties qualify (spec §7)
    got = _targets("某省农业厅关于开展蔬菜标准园创建工作的通知", "某省农业厅", "2012年3月1日",
                   "一、示范县的确定\n　　（一）申报。示范县由市级农业部门按照下列条件推荐：蔬菜种植面积在10万亩以上，县级农技推广机构健全。"
                   "每个市推荐不超过3个县。\n")
    assert got == [(3, "个", "<=", False, None, None)]


def test_relative_years_and_a_flood_standards_year_in_a_winter_works_notice():
    # A county's 2003 winter works notice: `今冬明春` opening a paragraph dates it (2003/2004, no comma needed); `明年汛前` and
    # `今年春节前` are deadlines read like 到; `1954年型洪水` names a flood standard (no year of the target, no past report);
    # the years field has 今冬明春 and 明年 counted from the issue date
    title, org, date = "某县人民政府关于做好冬春农田水利建设的通知", "某县人民政府", "2003年10月8日"
    body = ("一、突出建设重点\n　　今冬明春农田水利建设要以除险加固为重点。全县要完成土石方300万立方米，确保明年汛前全部完工，"
            "病险水库除险加固任务完成80%以上。\n二、做好群众生活安排\n　　倒塌房屋的重建要在今年春节前完成，每户补助1000元。\n"
            "三、加固堤防\n　　重点堤段达到防御1954年型洪水标准的加固任务完成60%。\n")
    assert _targets(title, org, date, body) == [(3000000, "立方米", "=", False, 2003, 2004), (80, "%", ">=", False, None, 2004),
                                                (1000, "元", "=", False, None, 2003), (60, "%", "=", False, None, None)]
    assert _years(title, org, date, body) == [(1954, 1954, "1954年"), (2003, 2003, "2003年"), (2003, 2004, "今冬明春"),
                                              (2004, 2004, "明年")]


def test_a_goals_label_after_a_dating_sentence_dates_the_bullets_and_a_bullets_inner_year_stays_its_own():
    # A city's 2021—2022 plan: `…，到2022年底，基本建成…。主要目标：` then `——` bullets: each by 2022 (guide TG6d, TG12), not the
    # title's span; a year inside one bullet's clause does not date the next bullet after its `；`
    got = _targets("某市商贸流通体系建设工作方案（2021—2022年）", "某市人民政府办公室", "2021年4月2日",
                   "一、工作目标\n以城区为中心，以乡镇为节点，以村为基础，到2022年底，基本建成覆盖城乡的商贸流通网络。主要目标：\n"
                   "——新建乡镇商贸中心4个，2022年乡镇快递网点覆盖率达到100%；\n——改造农贸市场10个。\n")
    assert got == [(4, "个", "=", False, None, 2022), (100, "%", "=", False, None, 2022), (10, "个", "=", False, None, 2022)]


def test_a_deadline_cell_reading_every_year_makes_the_rows_amount_per_year():
    # A province's 2020—2022 plan, its task table's 完成时限 cell `每年` (guide S22: the cell is the row's time expression)
    got = _targets("某省农业产业化三年行动计划（2020—2022年）", "某省人民政府办公厅", "2020年3月2日",
                   "一、保障措施\n　　（一）保障用地。各地安排一定比例的建设用地指标支持农产品加工项目。\n附件\n重点任务分工\n"
                   "序号\t重点任务\t牵头单位\t完成时限\n1\t安排不少于8%的建设用地指标支持农产品加工\t省自然资源厅\t每年\n"
                   "2\t新建农产品加工园区10个\t省农业农村厅\t2022年底前\n")
    assert got == [(8, "%", ">=", True, 2020, 2022), (10, "个", "=", False, None, 2022)]


def test_a_quota_or_cap_bounded_by_a_bare_niandu_is_per_year():
    # A provincial department's 2018 notice: `年度推荐名额不超过20个`, `单个企业年度奖励最高不超过10万元` (guide TG38); `2019年度` is a year
    got = _targets("某省科技厅关于开展科技型中小企业评价工作的通知", "某省科学技术厅", "2018年4月2日",
                   "一、推荐要求\n　　各设区市年度推荐名额不超过20个。对入库企业，单个企业年度奖励最高不超过10万元。2019年度奖励资金另行下达。\n")
    assert got == [(20, "个", "<=", True, None, None), (100000, "元", "<=", True, None, None)]


def test_a_baseline_last_year_is_a_year_referred_to_but_not_the_targets_year():
    # A city's 2006 work points: `比上年增长15%`, `不低于去年水平` refer to 2005 (guide Y7, spec §8), the target stays 2006's (spec
    # §7: a baseline is not the target's year); `按照企业上年度纳税额` in a standing provision names no one year
    title, org, date = "某市2006年工业经济工作要点", "某市人民政府", "2006年2月20日"
    body = "一、主要目标\n　　全市规模以上工业增加值比上年增长15%，利润不低于去年水平。按照企业上年度纳税额给予奖励。\n"
    assert _targets(title, org, date, body) == [(15, "%", "=", False, 2006, 2006)]
    assert _years(title, org, date, body) == [(2005, 2005, "上年"), (2006, 2006, "2006年")]


def test_an_every_year_deadline_cell_leaves_a_dated_row_and_a_rate_alone():
    # A Fujian county's 2021—2023 tea plan: under 完成时限 `每年`, an amount is per year, but a row dating its own goal
    # (`2023年突破5亿元`) and a rate held (`发生率控制在3%以内`, a level) are not
    got = _targets("某县茶产业发展三年行动方案（2021—2023年）", "某县人民政府办公室", "2021年3月2日",
                   "一、工作目标\n　　到2023年，全县茶园面积达到10万亩。\n附件\n重点任务分工\n序号\t重点任务\t牵头单位\t完成时限\n"
                   "1\t茶叶销售额2023年突破5亿元\t县商务局\t每年\n2\t茶园病虫害发生率控制在3%以内\t县农业农村局\t每年\n"
                   "3\t新建标准化茶园不少于2000亩\t县农业农村局\t每年\n")
    assert got == [(100000, "亩", "=", False, None, 2023), (500000000, "元", ">", False, None, 2023),
                   (3, "%", "<=", False, 2021, 2023), (2000, "亩", ">=", True, 2021, 2023)]
