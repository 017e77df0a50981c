"""s24-tg: how targets are written, from the classes A15 (a169–a180) showed wrong, each tested in the style of a province,
level or era other than the notice that showed it: a unit with its alternative in brackets (`套（间）`), a schedule year in an
earlier `；` clause of a sentence opened by a period, a cap whose level is changed (`上限由…提高到`), a rent rule under a
conditions heading, the bound of the main kind built (`以…不超过…的…为主`), a yearly change named with 年, a standard's code
with a slash, a `；` clause for another group after awards per rank, a bare list of equipment counts, a staffing ratio per
population of a kind, and county forestry verbs."""
from tests.snippets import targets_of as _targets


def test_a_unit_with_its_alternative_in_brackets_is_kept_as_written():
    # Guangdong prefecture, 2020s housing plan: `套（间）` counts flats or rooms (spec §7: the unit as written)
    got = _targets("佛山市保障性租赁住房发展规划", "佛山市人民政府", "2022年5月10日",
                   "为发展保障性租赁住房，制定本规划。\n一、发展目标\n到2025年，全市建设筹集保障性租赁住房10万套（间）。\n")
    assert got == [(100000, "套（间）", "=", False, None, 2025)]


def test_a_schedule_year_before_a_semicolon_does_not_date_the_clause_after_it():
    # Sichuan province, 2010s: the sentence opens with the period; its year-by-year breakdown dates its own clauses only
    got = _targets("四川省农村公路建设规划", "四川省人民政府", "2016年3月2日",
                   "为加快农村公路建设，制定本规划。\n一、建设目标\n“十三五”期间，全省新改建农村公路8万公里，其中2016年完成1.5万公里，"
                   "2017年完成2万公里；建制村通硬化路率达到100%。\n")
    assert got == [(80000, "公里", "=", False, 2016, 2020), (15000, "公里", "=", False, 2016, 2016),
                   (20000, "公里", "=", False, 2017, 2017), (100, "%", "=", False, 2016, 2020)]


def test_a_cap_whose_level_is_raised_stays_a_cap():
    # Zhejiang province, 2010s land policy: `上限由…提高到` (guide TG26: 上限 → <=); the baseline is no target
    got = _targets("浙江省人民政府关于进一步加强工业用地管理的意见", "浙江省人民政府", "2014年6月3日",
                   "为节约集约用地，提出如下意见。\n一、用地标准\n工业项目行政办公及生活服务设施用地面积占总用地面积的比例上限由7%提高到10%。"
                   "单个项目奖励上限从30万元调整为50万元。\n")
    assert got == [(10, "%", "<=", False, None, None), (500000, "元", "<=", False, None, None)]


def test_a_rent_rule_under_a_conditions_heading_is_a_price_the_policy_fixes():
    # Hubei prefecture, 2020s: the heading names the tenants' conditions; the rent paragraph fixes a price (TG6c)
    got = _targets("襄阳市公共租赁住房管理办法", "襄阳市人民政府", "2021年8月6日",
                   "第一章　总则\n第一条　为规范公共租赁住房管理，制定本办法。\n第二章　保障对象和准入条件\n"
                   "第五条　申请人家庭人均住房建筑面积低于15平方米，并连续缴纳社会保险满12个月。\n"
                   "第六条　公共租赁住房租金按不高于同地段市场租金的80%确定，年租金涨幅不超过3%。\n")
    assert got == [(80, "%", "<=", False, None, None), (3, "%", "<=", True, None, None)]


def test_the_bound_of_the_main_kind_built_is_a_standard():
    # central ministry, 2000s: `以…90平方米以下的中小套型为主` bounds what is mainly built (not who qualifies)
    got = _targets("建设部关于做好经济适用住房建设工作的通知", "建设部", "2007年9月3日",
                   "各地要加快经济适用住房建设。\n一、建设标准\n经济适用住房以建筑面积不超过60平方米的中小套型为主。\n")
    assert got == [(60, "平方米", "<=", False, None, None)]


def test_a_standard_code_with_a_slash_is_no_fraction():
    # Jiangsu county, 2020s: `DB32/3462—2020` is a local standard's code, not 32/3462; a real fraction stays a share
    got = _targets("某县农村生活污水治理实施方案", "某县人民政府", "2021年4月2日",
                   "为治理农村生活污水，制定本方案。\n一、治理要求\n出水执行《农村生活污水处理设施水污染物排放标准》（DB32/3462—2020）。"
                   "全县1/2以上的行政村实现生活污水有效治理。\n")
    assert got == [(50, "%", ">=", False, None, None)]


def test_awards_per_rank_before_a_semicolon_clause_for_another_group_are_kept():
    # Shandong county, 2010s 办法: the `；` clause names the last-ranked town and its sanction, not the awards
    got = _targets("某县农村环境卫生考核办法", "某县人民政府", "2016年2月1日",
                   "第一条　为加强农村环境卫生管理，制定本办法。\n第九条　年度考核前三名的镇，分别奖励5万元、3万元、2万元；"
                   "考核最后一名的镇，由县政府予以通报批评。\n")
    assert [g[:3] for g in got] == [(50000, "元", "="), (30000, "元", "="), (20000, "元", "=")]


def test_a_bare_list_of_equipment_counts_is_one_quota_per_item():
    # Gansu province, 2010s standard for township clinics' equipment: each object with its count
    got = _targets("甘肃省乡镇卫生院标准化建设标准", "甘肃省卫生厅", "2011年5月4日",
                   "一、业务用房\n业务用房面积不少于300平方米。\n二、基本设备\n心电图机1台、B超机1台、急救箱2个、轮椅2辆、"
                   "听诊器5副。\n")
    assert [g[:2] for g in got] == [(300, "平方米"), (1, "台"), (1, "台"), (2, "个"), (2, "辆"), (5, "副")]


def test_a_staffing_ratio_per_population_of_a_kind_is_a_quota():
    # Yunnan county, 2000s: `每千服务人口不少于1名` (guide TG21), not a size that says who the share counts
    got = _targets("某县乡村医生队伍建设实施意见", "某县人民政府", "2008年7月1日",
                   "为加强乡村医生队伍建设，提出如下意见。\n一、配备标准\n原则上按照每千服务人口不少于1.2名的比例配备乡村医生。\n")
    assert got == [(1.2, "名", ">=", False, None, None)]


def test_county_forestry_verbs_raise_seedlings_and_take_villages_in_charge():
    # Hunan township, 2010s forestry plan: 新育 and 包抓 demand (as 新植, 包保)
    got = _targets("某乡2016年植树造林工作方案", "某乡人民政府", "2016年2月3日",
                   "一、目标任务\n全乡完成植树造林1200亩；新育苗木50亩。\n二、工作措施\n乡直各单位：各包抓1至2个村，协助做好发动工作。\n")
    assert got == [(1200, "亩", "=", False, 2016, 2016), (50, "亩", "=", False, 2016, 2016),
                   (1, "个", ">=", False, 2016, 2016), (2, "个", "<=", False, 2016, 2016)]


def test_a_time_clause_of_its_own_opens_the_clauses_after_it():
    # Guizhou county, 2020s five-year plan: `，2022年底前，…` dates the clause after it, not the quota before it
    got = _targets("某县农村人居环境整治提升五年行动方案（2021—2025年）", "某县人民政府", "2021年9月1日",
                   "一、重点任务\n每个村民小组配备不少于1名保洁员，2023年底前，全县行政村生活垃圾收运体系覆盖率达到100%。"
                   "新建污水管网20公里，2023年底前完成。\n")
    assert got == [(1, "名", ">=", False, 2021, 2025), (100, "%", "=", False, None, 2023), (20, "公里", "=", False, None, 2023)]


def test_the_share_an_annual_inspection_samples_is_per_year():
    # Shanxi prefecture, 2000s 办法: `每年…进行一次抽查，抽查比例不低于30%` (the A15 adjudication of a176/a177, TG3); a level of
    # its own after a yearly amount stays a level
    got = _targets("某市食品生产企业监督管理办法", "某市人民政府", "2008年5月1日",
                   "第一条　为加强监督管理，制定本办法。\n第九条　市质量技术监督局每年对食品生产企业进行一次监督抽查，抽查比例不低于20%。\n"
                   "第十条　每年新增城镇就业3000人，城镇登记失业率控制在4%以内。\n")
    assert [g[:4] for g in got] == [(20, "%", ">=", True), (3000, "人", "=", True), (4, "%", "<=", False)]


def test_a_change_after_the_work_is_done_is_not_per_year():
    # Fujian prefecture, 2010s orchard plan: `改造后亩产提高…` is the effect of each improvement, not a yearly amount
    got = _targets("某市茶产业提升三年行动方案（2018—2020年）", "某市人民政府", "2018年3月1日",
                   "一、重点任务\n每年改造低产茶园2万亩，改造后亩产提高15%以上。\n")
    assert got == [(20000, "亩", "=", True, 2018, 2020), (15, "%", ">=", False, 2018, 2020)]


def test_a_grade_of_a_standard_is_no_target():
    # Hebei county, 2020s: `按二类以上标准建设` names a grade (guide TG7), the count of toilets stays
    got = _targets("某县农村公厕建设方案", "某县人民政府", "2022年4月1日",
                   "一、建设任务\n全县新建农村公厕120座，旅游村公厕按二类以上标准建设。\n")
    assert got == [(120, "座", "=", False, None, None)]


def test_the_items_under_a_definitions_colon_are_the_definition():
    # Liaoning province, 2000s 办法: the numbered lines after `本办法所称…，是指：` say what the term covers (no targets)
    got = _targets("辽宁省重点用水单位管理办法", "辽宁省人民政府", "2006年4月1日",
                   "第一条　为加强用水管理，制定本办法。\n第二条　本办法所称重点用水单位，是指：\n"
                   "（一）年用水量10万立方米以上的工业企业；\n（二）年用水量5万立方米以上不满10万立方米的宾馆、医院。\n"
                   "第三条　重点用水单位水重复利用率应当达到85%以上。\n")
    assert [g[:3] for g in got] == [(85, "%", ">=")]


def test_what_an_applying_project_must_reach_is_eligibility():
    # Jiangxi prefecture, 2010s 办法: `申请补助的…项目，年节水量应当在…以上` says which projects qualify
    got = _targets("某市节水技术改造补助办法", "某市人民政府", "2013年3月1日",
                   "第一条　为推进节水改造，制定本办法。\n第五条　按项目实际节水量给予补助，每立方米补助2元；单个项目补助最高不超过50万元。\n"
                   "申请补助的节水改造项目，年节水量应当在5万立方米以上。\n")
    assert [g[:3] for g in got] == [(2, "元", "="), (500000, "元", "<=")]


def test_levels_with_a_bracketed_alternative_each_get_the_count():
    # Inner Mongolia, 2010s: `自治区、盟（市）、旗（县）各建成1所以上` (TG19: one count set for each level)
    got = _targets("内蒙古自治区人民政府关于加快发展养老服务业的意见", "内蒙古自治区人民政府", "2014年5月6日",
                   "一、主要任务\n（一）建设护理型养老机构。自治区、盟（市）、旗（县）各建成1所以上护理型养老机构。\n")
    assert got == [(1, "所", ">=", False, None, None)] * 3


def test_a_level_that_earns_the_rest_of_a_payment_is_a_condition():
    # Jiangxi township, 2010s forestry plan: the 85% says which plots get the second payment; the shares paid stay
    got = _targets("某乡2015年造林工作方案", "某乡人民政府", "2015年2月1日",
                   "一、资金兑付\n对新造林每亩补助100元，当年兑付60%，次年验收保存率达到85%的兑付剩余40%。\n")
    assert [g[:2] for g in got] == [(100, "元"), (60, "%"), (40, "%")]


def test_a_size_written_length_by_width_by_depth_is_one_level_per_side():
    # Guangxi county, 2000s planting rules: `不小于50厘米×50厘米×40厘米`; a formula with + stays out
    got = _targets("某县植树造林技术规程", "某县林业局", "2008年1月10日",
                   "一、整地\n造林整地采用穴状整地，规格不小于50厘米×50厘米×40厘米。\n")
    assert got == [(50, "厘米", ">=", False, None, None), (50, "厘米", ">=", False, None, None),
                   (40, "厘米", ">=", False, None, None)]


def test_a_bracket_naming_the_year_of_a_list_of_quotas_dates_every_item():
    # Shaanxi county, 2010s three-year plan: `（2019年任务，…另行下达）` after the towns' quotas
    got = _targets("某县农村改厕三年行动方案（2018—2020年）", "某县人民政府", "2018年12月1日",
                   "一、目标任务\n各镇年度改厕任务：城关镇500户、柳林镇300户、石门镇200户（2019年任务，2020年任务另行下达）。"
                   "对改厕农户每户补助1000元。\n")
    assert got == [(500, "户", "=", False, 2019, 2019), (300, "户", "=", False, 2019, 2019),
                   (200, "户", "=", False, 2019, 2019), (1000, "元", "=", False, 2018, 2020)]


def test_the_sampling_share_after_a_clause_for_another_group_is_per_year():
    # Henan province, 2010s 办法: `每年对…进行现场检查，对其他单位的抽查比例不低于10%` (the same yearly round)
    got = _targets("河南省重点排污单位监督管理办法", "河南省人民政府", "2015年7月1日",
                   "第一条　为加强监督管理，制定本办法。\n第十条　环境监察机构应当每年对重点排污单位进行现场检查，"
                   "对其他排污单位的抽查比例不低于10%。\n")
    assert [g[:4] for g in got] == [(10, "%", ">=", True)]


def test_rows_of_trees_are_counted_where_no_word_goes_on():
    # Anhui county, 2010s greening plan: `各栽植不少于3行`; 行 opening a word (`行政村`) is no unit
    got = _targets("某县2017年国土绿化工作方案", "某县人民政府", "2017年2月1日",
                   "一、廊道绿化\n县道两侧各栽植不少于3行；选择5行政村开展村庄绿化。\n")
    assert [g[:3] for g in got] == [(3, "行", ">=")]


def test_a_count_totalling_places_named_in_full_after_tuijin_is_delivered():
    # Zhejiang county, 2010s: `重点推进甲镇、乙镇2个镇…工程` (guide TG9: a count totalling a list given in full)
    got = _targets("某县污水零直排区建设三年行动方案（2018—2020年）", "某县人民政府", "2018年5月1日",
                   "一、重点任务\n2019年重点推进城关镇、白沙镇2个镇区雨污分流改造工程。\n")
    assert got == [(2, "个", "=", False, 2019, 2019)]


def test_the_parts_a_total_contains_restated_in_a_note_are_targets():
    # Hunan township, 2010s forestry plan: `注：经济林含油茶800亩、板栗300亩` restates the parts (spec §7)
    got = _targets("某乡2013年林业工作方案", "某乡人民政府", "2013年2月1日",
                   "一、目标任务\n全乡完成经济林新造1100亩。\n注：经济林含油茶800亩、板栗300亩，树种由乡林业站核定。\n")
    assert [g[:2] for g in got] == [(1100, "亩"), (800, "亩"), (300, "亩")]
