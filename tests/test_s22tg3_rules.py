"""s22-tg3: target classes found on A12 (spec 1.1 §7; guide TG10), each tested in the style of a province, level or era
other than the notice that showed it: a year-by-year schedule table flattened with spaces (a PDF copy of an attachment's
年度目标表), its header kept off its first row, and an amount cell closed onto the organ cell after it (`…220人力资源…`)."""
from tests.snippets import targets_of as _targets
from pipeline.clean import normalize_string


SCHEDULE = ("为推进技能培训，制定本方案。\n一、工作目标\n各地要抓好落实。\n附件\n重点任务年度目标表\n"
            "序号 重点任务 指标 2016年 2017年 2018年 牵头单位 配合单位\n"
            "1 新型职业农民培育 培育新型职业农民（万人） 1.5 2 2 省农委 省财政厅\n"
            "2 职业技能培训 年度培训（万人次） 10 12 12 省人力资源社会保障厅 省农委、省财政厅\n"
            "3 示范基地建设 累计认定示范基地（个） 20 40 60 省人力资源社会保障厅 省农委\n"
            "注：表中\"累计\"指标均自2016年起计算。\n")


def test_a_spaced_yearly_schedule_gives_each_year_its_own_level():
    # Hunan province, 2010s training plan: each year column is that year's own level (year/year), in the bracket's unit
    got = _targets("湖南省新型职业农民培育三年行动方案（2016—2018年）", "湖南省农业委员会", "2016年5月10日", SCHEDULE)
    assert got == [(15000, "人", "=", False, 2016, 2016), (20000, "人", "=", False, 2017, 2017), (20000, "人", "=", False, 2018, 2018),
                   (100000, "人次", "=", False, 2016, 2016), (120000, "人次", "=", False, 2017, 2017),
                   (120000, "人次", "=", False, 2018, 2018),
                   (20, "个", "=", False, 2016, 2016), (40, "个", "=", False, 2017, 2017), (60, "个", "=", False, 2018, 2018)]


def test_a_spaced_header_keeps_off_its_first_row():
    text = normalize_string("序号 重点任务 指标 2016年 2017年 2018年 牵头单位 配合单位\n"
                            "1 新型职业农民培育 培育新型职业农民（万人） 1.5 2 2 省农委 省财政厅\n").text
    assert text.split("\n")[0].endswith("配合单位")


def test_a_baseline_and_goal_table_is_no_schedule():
    # Shanxi city, 2020s: `2020年 2025年` is a baseline and a goal, not two years of a schedule (the last column only)
    got = _targets("大同市“十四五”就业促进规划", "大同市人民政府", "2021年11月2日",
                   "为促进就业，制定本规划。\n一、主要指标\n序号 指标 2020年 2025年 属性\n"
                   "1 城镇新增就业（万人） 3 3.5 预期性\n二、保障措施\n加强组织领导。\n")
    assert [g[:3] for g in got] == [(35000, "人", "=")]


def test_an_amount_cell_closed_onto_an_organ_cell_is_no_count_of_persons():
    # Gansu county, 2020s: the copy closes `600` onto `人力资源和社会保障局`; 人 opens the organ's name, no `600人`
    got = _targets("会宁县2023年技能培训工作方案", "会宁县人民政府办公室", "2023年2月6日",
                   "为做好技能培训，制定本方案。\n一、任务分解\n序号 任务 指标 2023年 2024年 牵头单位\n"
                   "1 技能培训 年度培训（人次） 500 600 人力资源和社会保障局\n二、保障措施\n加强组织领导。\n")
    assert got == [(500, "人次", "=", False, 2023, 2023), (600, "人次", "=", False, 2024, 2024)]


def test_a_per_head_standard_is_no_condition_of_the_next_item():
    # Shandong province, 2010s subsidy notice: each holder's amount stands; the 的-clause after it opens the next item
    got = _targets("山东省人民政府办公厅关于做好职业培训补贴工作的通知", "山东省人民政府办公厅", "2012年4月9日",
                   "为做好补贴工作，现通知如下。\n一、补贴标准\n创业培训补贴按培训后取得证书的类别确定：取得创业培训合格证书的每人800元、"
                   "取得网店创业证书的每人600元，取得两种证书的，给予1200元补贴。\n")
    assert [g[:3] for g in got] == [(800, "元", "="), (600, "元", "="), (1200, "元", "=")]


def test_points_an_assessment_gives_are_no_targets():
    # Sichuan city, 2020s assessment 办法: full-mark thresholds and per-point deductions are how it scores (guide)
    got = _targets("绵阳市河长制工作考核办法", "绵阳市人民政府办公室", "2021年3月8日",
                   "为做好考核，制定本办法。\n一、考核内容\n（一）水质达标情况（30分）。断面水质达标率达到100%的得满分，"
                   "每低1个百分点扣1分。\n（二）各县区水质优良比例不低于80%。\n")
    assert [g[:3] for g in got] == [(80, "%", ">=")]


def test_a_rules_definition_of_its_term_sets_no_target():
    # Zhejiang county, 2000s rules: the bounds of `所称…是指` say what the term covers; the article after it sets the goal
    got = _targets("安吉县家庭农场认定管理办法", "安吉县人民政府", "2009年6月2日",
                   "第一条　为规范家庭农场认定，制定本办法。\n第二条　本办法所称家庭农场，是指经营土地50亩以上、"
                   "家庭成员劳动力占60%以上的农业经营主体。\n第三条　到2012年，全县培育家庭农场200家以上。\n")
    assert got == [(200, "家", ">=", False, None, 2012)]


def test_size_classes_of_plant_to_phase_out_set_no_target():
    # Hebei province, 2010s industry notice: the bounds name which plant goes; the deadline's count is the target
    got = _targets("河北省人民政府关于化解过剩产能的实施意见", "河北省人民政府", "2014年5月6日",
                   "为化解过剩产能，提出如下意见。\n一、重点任务\n（一）钢铁行业。400立方米以下炼铁高炉、30吨以下转炉，"
                   "一律列入淘汰计划。\n（二）水泥行业。窑径3米以下、单线日产能力1000吨以下的水泥立窑，2015年底前全部关停。\n"
                   "（三）全省压减炼铁产能1500万吨。\n")
    assert [g[:3] for g in got] == [(15000000, "吨", "=")]


def test_a_surcharge_per_unit_of_a_price_policy_is_a_standard():
    # Yunnan city, 2010s water price notice: each class's surcharge per unit is a standard the policy fixes (TG6c)
    got = _targets("昆明市人民政府关于实行阶梯水价的通知", "昆明市人民政府", "2013年8月1日",
                   "为节约用水，现通知如下。\n一、加价标准\n对超计划用水的单位，每立方米加收1.5元；对特种行业每立方米加价3元。\n")
    assert [g[:3] for g in got] == [(1.5, "元", "="), (3, "元", "=")]


def test_verbs_joined_before_a_list_of_kinds_deliver_its_count():
    # Guizhou township, 2010s: `新建、改造` opens the list, the count is of the kinds built (not names summed up, TG9)
    got = _targets("平坝区乐平镇2017年农村基础设施建设工作方案", "乐平镇人民政府", "2017年3月2日",
                   "为改善基础设施，制定本方案。\n一、工作任务\n全年新建、改造蓄水池、山塘60口，解决1500人饮水问题。\n")
    assert [g[:3] for g in got] == [(60, "口", "="), (1500, "人", "=")]


def test_a_growth_rate_shared_by_the_levels_before_it_is_one_each():
    # Hainan province, 2020s tourism plan: 均 spreads the yearly growth over both indicators set side by side (TG19)
    got = _targets("海南省乡村旅游提质三年行动方案（2021—2023年）", "海南省旅游和文化广电体育厅", "2021年4月6日",
                   "为发展乡村旅游，制定本方案。\n一、发展目标\n到2023年，全省乡村旅游接待游客达到2000万人次以上、"
                   "乡村旅游收入达到100亿元以上，年均增长均保持在10%以上。\n")
    assert [g[:4] for g in got] == [(20000000, "人次", ">=", False), (10000000000, "元", ">=", False),
                                    (10, "%", ">=", True), (10, "%", ">=", True)]
