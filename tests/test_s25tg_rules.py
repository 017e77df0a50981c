"""s25-tg: how targets are written, from the classes A17 (a193–a204) showed wrong, each tested in the style of a province,
level or era other than the notice that showed it: a quota table whose sub-column is headed `其中：…` under a `（单位：万亩）`
line (cells multiplied out, spec §7), and a main-indicator table copied with spaces whose rows end in a 责任单位 list of
organs, with a `以内` cap and a row restating the prose's level (guide TG17), such a row numbered `1 …` being no task;
one level shared by a total or concentration of listed pollutants (guide TG19); a count of days of a state of the air;
a service's speed or reach and a stock in days of need (levels, not time limits); a task list whose deadline column lies
inside the row (and its rows' bare amounts); places covered named by examples before 等; a quota per unit written object
first; `全年` in a one-year plan under a deadline intro (guide Y5)."""
from tests.snippets import targets as _targets_in
from tests.snippets import targets_of as _targets


def test_a_quota_table_with_a_sub_column_headed_qizhong_is_read_in_its_unit_line():
    # Henan prefecture, 2020s web copy: `其中：高效节水灌溉` heads the part of the column before it; `（单位：万亩）` scales
    # every cell (spec §7: 万 multiplied out), a 合计 row too (guide TG17)
    got = _targets("周口市2021年高标准农田建设实施方案", "周口市人民政府办公室", "2021年4月8日",
                   "为推进高标准农田建设，制定本方案。\n一、目标任务\n全市建设高标准农田任务按附件分解。\n附件\n"
                   "周口市2021年高标准农田建设任务分解表\n　　（单位：万亩）\n　　县（市、区）　建设任务　其中：高效节水灌溉\n"
                   "　　项城市　1.50　0.20\n　　沈丘县　2.05　0.35\n　　合计　3.55　0.55\n")
    assert got == [(15000, "亩", "=", False, 2021, 2021), (2000, "亩", "=", False, 2021, 2021),
                   (20500, "亩", "=", False, 2021, 2021), (3500, "亩", "=", False, 2021, 2021),
                   (35500, "亩", "=", False, 2021, 2021), (5500, "亩", "=", False, 2021, 2021)]


def test_a_spaced_indicator_table_with_a_list_of_organs_per_row_is_read():
    # Sichuan prefecture, 2010s three-year plan: rows end in a 责任单位 cell listing organs (`，` and `、` inside); `3以内`
    # caps; the first row restates the prose's 70% and counts again in the table's place (guide TG17)
    got = _targets("宜宾市污水处理提质增效三年行动方案（2019—2021年）", "宜宾市人民政府", "2019年7月2日",
                   "一、工作目标\n（一）目标指标。到2021年，城市生活污水集中收集率达到70%以上。\n宜宾市污水处理提质增效主要指标\n"
                   "　　序号 指标 现状值（2018年） 目标值（2021年） 属性 责任单位\n"
                   "　　1 城市生活污水集中收集率（%） 52 70以上 约束性 市住房城乡建设局，各区县人民政府\n"
                   "　　2 黑臭水体数量（个） 9 3以内 约束性 市住房城乡建设局、市生态环境局\n"
                   "　　3 污水处理厂进水生化需氧量浓度（毫克/升） 80 100以上 预期性 市住房城乡建设局\n"
                   "二、主要任务\n（一）补齐管网短板。\n")
    assert got == [(70, "%", ">=", False, None, 2021), (70, "%", ">=", False, None, 2021),
                   (3, "个", "<=", False, None, 2021), (100, "毫克/升", ">=", False, None, 2021)]


def test_a_numbered_table_row_ending_in_organs_is_no_task():
    # Hebei county, 2010s: `1 …（%） 52 60以上 约束性 县环保局，各乡镇` is a row of the indicator table (spec §4: table rows
    # are not tasks), so the rows' targets stay in the item holding the table
    got = _targets_in("某县水污染防治工作方案（2016—2020年）\n一、工作目标\n（一）总体目标。水环境质量持续改善。\n（二）主要指标。\n"
                      "　　序号 指标 基期值（2015年） 目标值（2020年） 属性 责任单位\n"
                      "　　1 地表水达到或好于Ⅲ类水体比例（%） 52 60以上 约束性 县环保局，各乡镇人民政府\n"
                      "　　2 劣Ⅴ类水体数量（个） 4 1以内 约束性 县环保局、县水务局\n"
                      "二、主要任务\n（一）控制污染物排放。\n1.整治工业污染。全面排查装备水平低的小型企业。\n")
    assert got == [("一/(二)", 60, "%", ">=", False, None, 2020), ("一/(二)", 1, "个", "<=", False, None, 2020)]


def test_a_level_shared_by_listed_totals_or_concentrations_is_one_target_each():
    # central ministry, 2010s water plan: `化学需氧量、氨氮排放总量分别…下降` and `总磷和总氮浓度均…` (guide TG19)
    got = _targets("重点流域水污染防治规划（2016—2020年）", "环境保护部", "2017年10月19日",
                   "为改善流域水质，制定本规划。\n一、规划目标\n到2020年，化学需氧量、氨氮排放总量分别比2015年下降10%以上；"
                   "重点湖库总磷和总氮浓度均下降5%。\n")
    assert got == [(10, "%", ">=", False, None, 2020), (10, "%", ">=", False, None, 2020),
                   (5, "%", "=", False, None, 2020), (5, "%", "=", False, None, 2020)]


def test_a_count_of_days_of_a_state_of_the_air_is_a_target():
    # Shaanxi prefecture, 2020s: days of polluted or good air in a year are counted (spec §7: counts); an office's
    # number of days for an approval stays a time limit
    got = _targets("渭南市空气质量持续改善行动方案", "渭南市人民政府", "2024年3月6日",
                   "为改善空气质量，制定本方案。\n一、工作目标\n到2025年，全市重污染天数控制在5天以内，优良天数达到260天以上；"
                   "环评审批天数压缩到15天。\n")
    assert got == [(5, "天", "<=", False, None, 2025), (260, "天", ">=", False, None, 2025)]


def test_a_service_speed_and_a_stock_in_days_of_need_are_levels():
    # Fujian province, 2020s: a response time, a warning's lead time and a reserve in days of supply are levels the
    # policy sets; a time limit for a procedure is not
    got = _targets("福建省加强应急救援能力建设实施意见", "福建省人民政府", "2021年6月3日",
                   "为提升应急救援能力，提出如下意见。\n一、主要任务\n（一）提速救援。城区消防救援力量到场时间不超过8分钟，"
                   "暴雨预警时间提前到45分钟以上，救灾物资储备满足不少于7天的受灾群众生活需求。\n"
                   "（二）优化审批。救援物资采购审批时限压缩至5个工作日。\n")
    assert got == [(8, "分钟", "<=", False, None, None), (45, "分钟", ">=", False, None, None),
                   (7, "天", ">=", False, None, None)]


def test_a_task_list_with_its_deadline_column_inside_the_row_dates_each_row():
    # Zhejiang township, 2020s web copy: `序号 任务内容 完成时限 责任单位`; a month without its year is the plan's (guide Y5:
    # null/2023); a row's bare `noun + amount` is its task (no verb, as lists are written)
    got = _targets("某镇2023年美丽乡村建设工作方案", "某镇人民政府", "2023年3月1日",
                   "一、工作目标\n全面提升村容村貌。\n附件\n某镇重点任务清单\n序号 任务内容 完成时限 责任单位\n"
                   "1 新建户厕200户 10月底前 镇农业服务中心、各村\n2 管网改造3公里 11月底前 镇城建办\n"
                   "3 “美丽庭院”示范户50户 12月底前 镇妇联\n")
    assert got == [(200, "户", "=", False, None, 2023), (3, "公里", "=", False, None, 2023), (50, "户", "=", False, None, 2023)]


def test_places_covered_named_by_examples_are_counted():
    # Guangxi county, 2010s: `在A、B、C等5个村开展…试点` counts the places covered (guide TG16), its examples before 等
    got = _targets("某县2019年农村生活垃圾分类工作方案", "某县人民政府", "2019年4月2日",
                   "一、工作目标\n（一）在那坡村、弄汪村、百合村等5个村开展生活垃圾分类试点，试点村分类覆盖率不低于60%。\n")
    assert got == [(5, "个", "=", False, 2019, 2019), (60, "%", ">=", False, 2019, 2019)]


def test_a_quota_per_unit_written_object_first_is_a_target():
    # Henan county, 2020s: `每村配备保洁员一名`, `每户发放垃圾桶一套` (the object before the count)
    got = _targets("某县2021年村庄清洁行动方案", "某县人民政府", "2021年3月5日",
                   "一、主要措施\n（一）每村配备保洁员一名，试点村每户发放分类垃圾桶一套。\n")
    assert got == [(1, "名", "=", False, 2021, 2021), (1, "套", "=", False, 2021, 2021)]


def test_the_whole_year_in_a_one_year_plan_is_a_span_under_a_deadline_intro():
    # Anhui township, 2020s: `到2023年底，…具体目标是：` reads like 到 (TG6d), but `全年` in the item states the year as a span
    # (guide Y5: 2023/2023)
    got = _targets("某镇2023年农村人居环境整治工作方案", "某镇人民政府", "2023年3月1日",
                   "一、工作目标\n到2023年底，全镇人居环境明显改善。具体目标是：\n（一）农村卫生厕所普及率达到95%以上。\n"
                   "（二）每个村全年集中清洁行动不少于10次。\n")
    assert got == [(95, "%", ">=", False, None, 2023), (10, "次", ">=", False, 2023, 2023)]


def test_what_one_object_includes_and_a_second_levels_list_are_no_split():
    # Shandong prefecture, 2020s: `（含…、…）` says what one object includes; `…80%以上、…率95%以上` parts two levels, each
    # its own amount (guide TG19 splits only one level shared)
    got = _targets("某市2022年城市管理工作方案", "某市人民政府", "2022年2月8日",
                   "一、工作目标\n（一）城市道路（含主干道、次干道）机械化清扫率达到90%，垃圾分类准确率80%以上、居民知晓率95%以上。\n")
    assert got == [(90, "%", "=", False, 2022, 2022), (80, "%", ">=", False, 2022, 2022), (95, "%", ">=", False, 2022, 2022)]


def test_a_standard_units_must_reach_before_an_acceptance_chain_is_a_target():
    # Jiangxi county, 2010s: `须达到…等标准，经县级验收合格的，给予奖补`: 须达到 demands the levels; the chain says what
    # passing earns
    got = _targets("某县2018年美丽乡村示范村创建方案", "某县人民政府", "2018年4月2日",
                   "一、创建要求\n（一）示范村须达到卫生厕所普及率90%以上、垃圾无害化处理率100%等标准，经县级验收合格的，给予奖补。\n")
    assert got == [(90, "%", ">=", False, 2018, 2018), (100, "%", "=", False, 2018, 2018)]


def test_a_count_the_title_writes_is_a_name_and_dishes_are_counted_in_dao():
    # Sichuan province, 2010s: `两项制度` is the programme the title names (guide TG7: names; numbers in titles), wherever
    # the body repeats it; `名菜20道` counts dishes (measure word 道)
    got = _targets("关于做好农村低保制度与扶贫开发政策两项制度衔接工作的通知", "四川省人民政府办公厅", "2016年5月3日",
                   "为做好衔接工作，通知如下。\n一、工作任务\n（一）做好两项制度衔接，年内培训基层干部2000人次。\n"
                   "（二）评选推出川味特色名菜20道以上。\n")
    assert got == [(2000, "人次", "=", False, 2016, 2016), (20, "道", ">=", False, None, None)]


def test_a_floor_before_a_per_head_basis_governs_the_amount_and_villages_by_income_are_a_class():
    # Gansu prefecture, 2000s: `不低于常住人口人均2元` (the comparator reaches the amount over its per-head basis);
    # Shandong county, 2010s: `收入10万元以上的村` picks out villages by income (a class, no amount to reach)
    got = _targets("某市人民政府关于加强农民培训工作的意见", "某市人民政府", "2008年5月1日",
                   "一、保障措施\n（一）各县按照不低于常住人口人均2元的标准安排培训资金。\n")
    assert got == [(2, "元", ">=", False, None, None)]
    got = _targets("某县发展壮大村级集体经济三年行动方案（2020—2022年）", "某县人民政府", "2020年3月1日",
                   "一、目标\n到2021年底，集体经营性收入10万元以上的村达到100个，10万元以上的村占比达到40%以上。\n")
    assert got == [(100, "个", "=", False, None, 2021), (40, "%", ">=", False, None, 2021)]


def test_a_standard_set_for_each_listed_place_or_two_standards_is_one_target_each():
    # Zhejiang prefecture, 2010s yearly 救助标准 notice: a standard for each district listed before 的 (guide TG19), two
    # standards joined by 和 sharing one amount; a list of amounts after 分别 stays as written
    got = _targets("关于调整2019年最低生活保障标准的通知", "杭州市民政局", "2019年1月8日",
                   "一、调整标准\n（一）上城区、下城区、江干区的城乡特困人员基本生活标准为每人每月1500元；"
                   "临安区农村特困人员基本生活标准每人每月分别为1300元、1350元。\n"
                   "（二）孤儿基本生活保障标准和困境儿童基本生活补贴标准为每人每月1900元。\n")
    assert got == [(1500, "元", "=", False, 2019, 2019)] * 3 + [(1300, "元", "=", False, 2019, 2019),
                                                               (1350, "元", "=", False, 2019, 2019)] \
        + [(1900, "元", "=", False, 2019, 2019)] * 2


def test_a_share_each_listed_party_bears_under_jun_is_one_target_each():
    # central ministry, 2010s: `省级担保机构和合作银行承担的…比例均不低于20%`: the subjects listed before 承担的, one share each
    # under 均 (guide TG19)
    got = _targets("关于开展农业信贷担保工作的指导意见", "财政部", "2015年7月22日",
                   "为建立农业信贷担保体系，提出如下意见。\n一、分担机制\n（一）省级担保机构和合作银行承担的风险责任比例均不低于20%。\n")
    assert got == [(20, "%", ">=", False, None, None), (20, "%", ">=", False, None, None)]


def test_a_return_period_of_a_design_standard_is_a_level():
    # Hubei province, 2010s water rule: `防洪标准达到10年至20年一遇` is a range of return periods (unit 年一遇), not a duration
    got = _targets("湖北省农村水利工程建设管理办法", "湖北省水利厅", "2016年4月1日",
                   "第一条 为规范建设管理，制定本办法。\n第二条 灌区防洪标准达到10年至20年一遇，城镇防洪标准不低于50年一遇。\n")
    assert got == [(10, "年一遇", ">=", False, None, None), (20, "年一遇", "<=", False, None, None),
                   (50, "年一遇", ">=", False, None, None)]


def test_a_comparator_inside_a_totals_bracket_and_an_estimate_of_who_benefits():
    # central ministry, 2020s 专栏 table: `〔>5000〕` (the comparator inside the bracket of a total); `预计可惠及…` is an
    # estimate of what may come, not a number set (spec §7)
    got = _targets("“十四五”职业技能培训规划", "人力资源社会保障部", "2021年12月1日",
                   "一、主要目标\n到2025年，技能人才队伍持续壮大，预计可惠及3000万劳动者。\n专栏1 主要指标\n| 指标 | 2020年 | 2025年 | 属性 |\n"
                   "| 开展补贴性职业技能培训（万人次） | 〔8700〕 | 〔>7500〕 | 预期性 |\n")
    assert got == [(75000000, "人次", ">", False, None, 2025)]


def test_a_spaced_indicator_table_with_a_unit_column_and_glued_row_numbers():
    # Yunnan county, 2020s web copy: `序号 指标名称 单位 2020年 2025年 属性`, the unit in its own column (a known unit), the
    # row's number glued to its first cell by the copy (a 序号, no count of people)
    got = _targets("某县“十四五”就业促进规划", "某县人民政府", "2021年12月1日",
                   "一、主要目标\n到2025年，就业局势稳定。\n表1 主要指标\n序号 指标名称 单位 2020年 2025年 属性\n"
                   "1 城镇新增就业 万人 1.2 1.5 预期性\n2 城镇调查失业率 % 5.2 ≤5.5 预期性\n"
                   "3 农村劳动力转移就业 人次 800 1000 预期性\n二、主要任务\n（一）稳定就业。\n")
    assert got == [(15000, "人", "=", False, None, 2025), (5.5, "%", "<=", False, None, 2025),
                   (1000, "人次", "=", False, None, 2025)]


def test_a_tilt_for_a_group_and_a_reserve_in_months_it_can_pay_are_targets():
    # central ministries, 2020s 医保 notice: `对…困难群众起付线降低50%、支付比例提高5个百分点` (what the policy gives the
    # group, not who qualifies); `可支付月数不低于6个月` (a reserve counted in months it can pay, a level)
    got = _targets("关于做好2022年城乡居民基本医疗保障工作的通知", "国家医疗保障局", "2022年7月8日",
                   "各省、自治区、直辖市医疗保障局：\n现就有关工作通知如下：\n一、巩固待遇水平\n"
                   "对特困人员等困难群众起付线降低50%、支付比例提高5个百分点。\n二、加强基金管理\n"
                   "确保基金累计结存可支付月数不低于6个月。\n")
    assert got == [(50, "%", "=", False, 2022, 2022), (5, "个百分点", "=", False, 2022, 2022),
                   (6, "个月", ">=", False, 2022, 2022)]


def test_a_quota_the_title_states_is_still_a_target():
    # Guizhou county, 2010s: the title states the quota (`新建三所学校`), no programme's name: the body's count stays
    got = _targets("关于新建三所学校的通知", "某县人民政府", "2016年5月1日", "一、建设任务\n（一）年内新建三所学校。\n")
    assert got == [(3, "所", "=", False, 2016, 2016)]
