"""s29-central: targets of central notices. A plan's indicator table in a 专栏 box, copied as spaced lines whose rows
open with a category cell of words (`类别 主要指标 2015年 2020年 属性`, then `生态环境 森林覆盖率（%） 21.66 23 约束性`):
the cleaner kept the header and each row apart only where the next line began like a row, and ran the rest together
(`…23 约束性生态环境 …`), so the rows after the first were lost. Snippets written for these tests (another ministry and
era than the notice that showed the class), none copied from a notice; expected items are exact, `text[span] == quote`."""
from tests.snippets import targets


def test_category_rows_of_a_five_year_plans_box_each_give_their_goal():
    # a State Council 十三五 plan of 2016 (the class was seen in a 十四五 health-insurance plan's 专栏)
    text = ("国务院关于印发“十三五”生态环境保护规划的通知\n"
            "一、发展目标\n"
            "到2020年，生态环境质量总体改善，主要污染物排放总量大幅减少。\n"
            "专栏1 “十三五”生态环境保护主要指标\n"
            "类别 主要指标 2015年 2020年 属性\n"
            "生态状况 森林覆盖率（%） 21.66 23.04 约束性\n"
            "环境质量 地级及以上城市空气质量优良天数比率（%） 76.7 >80 约束性\n"
            "污染减排 城镇污水处理率（%） — 95 预期性\n"
            "二、主要任务\n（一）强化源头防控。加快推进绿色发展。\n")
    assert targets(text) == [("一", 23.04, "%", "=", False, None, 2020), ("一", 80, "%", ">", False, None, 2020),
                             ("一", 95, "%", "=", False, None, 2020)]


def test_the_header_with_its_attribute_column_never_runs_into_the_first_row():
    # a ministry's three-year action plan of 2023 (2022 baseline, 2025 goal), the attribute column headed 指标属性
    text = ("工业和信息化部关于印发制造业技能根基工程实施方案的通知\n"
            "一、主要目标\n"
            "到2025年，制造业技能人才队伍规模持续壮大。\n"
            "领域 指标名称 2022年 2025年 指标属性\n"
            "人才规模 制造业高技能人才（万人） 1500 2000 预期性\n"
            "二、重点任务\n（一）完善培养体系。推动产教融合。\n")
    assert targets(text) == [("一", 20000000, "人", "=", False, None, 2025)]


def test_since_a_five_year_plan_began_reviews_and_dates_no_goal_after_it():
    # a ministry's opinion of 2014: `“十二五”以来` opens a review of what was done; the yearly amount after it is set for
    # no period (the review's 累计 is no target: spec §7 numbers that describe)
    text = ("交通运输部关于加快推进农村公路建设的意见\n各省、自治区、直辖市交通运输厅（局、委）：\n"
            "一、加大资金投入\n（一）稳定投资规模。“十二五”以来，累计安排车购税资金2000亿元支持农村公路建设。"
            "今后每年安排不少于300亿元。\n交通运输部\n2014年3月10日\n")
    assert targets(text) == [("一/(一)", 30000000000, "元", ">=", True, None, None)]


def test_a_life_or_schooling_level_counted_from_a_baseline_year():
    # a health commission's plan of 2017: the baseline year between the indicator and its change is no level (spec §7: a
    # baseline is not the target); the change in years is the target
    text = ("“十三五”健康老龄化规划\n一、发展目标\n"
            "到2020年，人均预期寿命比2015年提高1岁左右，劳动年龄人口平均受教育年限在2015年基础上提高0.5年。\n"
            "二、主要任务\n（一）推进健康教育。普及健康知识。\n")
    assert targets(text) == [("一", 1, "岁", "~", False, None, 2020), ("一", 0.5, "年", "=", False, None, 2020)]


def test_an_increase_counted_from_the_present_level_is_a_goal():
    # a State Council plan of 2008: `在现有基础上` names the baseline of the increase, it reports nothing done
    text = ("国务院关于印发国家粮食安全中长期规划纲要的通知\n各省、自治区、直辖市人民政府：\n"
            "一、主要目标\n到2020年，全国粮食综合生产能力在现有基础上再提高500亿斤以上，新增高标准农田在现有水平上增加1亿亩。\n"
            "国务院\n2008年11月13日\n")
    assert targets(text) == [("一", 50000000000, "斤", ">=", False, None, 2020), ("一", 100000000, "亩", "=", False, None, 2020)]


def test_an_enrolment_expansion_is_a_quota():
    # a ministry's notice of 2020 (the class: central education notices' 扩招 quotas); 增招 reads the same
    text = ("人力资源社会保障部办公厅关于做好2020年技工院校招生工作的通知\n各省、自治区、直辖市人力资源社会保障厅（局）：\n"
            "一、扩大招生规模\n2020年，全国技工院校扩招20万人，各省份增招中级工班学生不少于5000人。\n"
            "人力资源社会保障部办公厅\n2020年5月12日\n")
    assert targets(text) == [("一", 200000, "人", "=", False, 2020, 2020), ("一", 5000, "人", ">=", False, 2020, 2020)]


def test_a_bracketed_total_cell_before_the_attribute_keeps_the_rows_apart():
    # a State Council 十三五 plan of 2016 whose goal column writes the five-year total in 〔〕 (as 规划 tables mark 累计数)
    text = ("“十三五”促进就业规划\n一、主要目标\n到2020年，就业规模稳步扩大。\n"
            "指标 2015年 2020年 属性\n"
            "城镇新增就业人数（万人） 〔6431〕 〔>5000〕 预期性\n"
            "城镇登记失业率（%） 4.05 <5 预期性\n"
            "二、主要任务\n（一）增强经济发展创造就业岗位能力。\n")
    assert targets(text) == [("一", 50000000, "人", ">", False, None, 2020), ("一", 5, "%", "<=", False, None, 2020)]
