"""Session 15 (helper s15-targets): one test per class fixed, each a snippet written for this file in the style of
another province, level or year than the stress doc that found it (tests/s15targets_stress.py). Expected items are
exact: (value, unit, comparator, per_year, year_start, year_end, task); spans index the record's text."""
from __future__ import annotations

from pipeline import process_text


def _record(text: str) -> dict:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return d


def _targets(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"], t["task"])
            for t in _record(text)["targets"]]


def test_goal_heading_joined_to_another_part():
    """`一、总体思路和主要目标`: the goals item's dated paragraph dates the goal paragraph after it (guide TG12), as under
    `一、主要目标`; the tasks keep null (no period stated)."""
    got = _targets("""江西省推进赣南脐橙产业提质增效实施方案
一、总体思路和主要目标
坚持品牌引领、科技支撑，推动脐橙产业提质增效。
到2026年，全省脐橙种植面积稳定在190万亩。
脐橙产业综合产值达到300亿元，培育省级以上龙头企业15家。
二、重点任务
（一）建设标准化示范园50个。""")
    assert got == [(1900000, "亩", "=", False, None, 2026, "一"), (30000000000, "元", "=", False, None, 2026, "一"),
                   (15, "家", "=", False, None, 2026, "一"), (50, "个", "=", False, None, None, "二/(一)")]


def test_lead_in_clause_before_the_opening_time_clause():
    """`经过三年努力，到2026年，…`: a lead-in of words, then a clause that is only the time expression: it opens the
    paragraph (spec 1.1 §7), for the later sentences and the goal paragraphs after it."""
    got = _targets("""湖北省推进光芯屏端网产业发展实施方案
一、发展目标
经过三年努力，到2026年，全省光电子信息产业营业收入突破1万亿元。新增上市企业10家。
建成国家级创新平台5个。
二、重点任务
（一）实施重大项目100个。""")
    assert got == [(1e12, "元", ">", False, None, 2026, "一"), (10, "家", "=", False, None, 2026, "一"),
                   (5, "个", "=", False, None, 2026, "一"), (100, "个", "=", False, None, None, "二/(一)")]


def test_lead_in_clause_after_a_run_in_heading_and_over_sub_items():
    got = _targets("""泉州市推进纺织鞋服产业升级行动方案
一、重点任务
（一）提升智能制造水平。力争通过两年努力，到2025年，规上企业数字化改造基本完成。
1.建设智能工厂20家。
（二）培育品牌
1.新增中国驰名商标5件。""")
    assert got == [(20, "家", "=", False, None, 2025, "一/(一)/1"), (5, "件", "=", False, None, None, "一/(二)/1")]
    got = _targets("""某某市现代农业发展规划
一、远景目标
在此基础上，再经过五年努力，到2030年，全市农业现代化基本实现。农业科技进步贡献率达到70%。""")  # (two lead-ins)
    assert got == [(70, "%", "=", False, None, 2030, "一")]


def test_respective_years_count_an_amount_in_wan_once():
    """`2022年、2023年、2024年…分别达到8万户、9万户、10万户`: the 万 of an amount is no amount of its own."""
    got = _targets("""某某市推进农村电商发展三年行动方案（2022—2024年）
一、工作目标
2022年、2023年、2024年全市网商户数分别达到8万户、9万户、10万户。""")
    assert got == [(80000, "户", "=", False, 2022, 2022, "一"), (90000, "户", "=", False, 2023, 2023, "一"),
                   (100000, "户", "=", False, 2024, 2024, "一")]


def test_yearly_additions_run_to_the_year_of_their_running_total():
    """`每年新增…200家，到2025年累计达到1000家`: the yearly additions are by the year the total is reached by (their own
    sentence's time expression); `每年新建2个，到2021年建成1个以上` (another count) stays as session 8 read it."""
    got = _targets("""某某省科技企业培育实施方案
一、培育目标
每年新增科技型中小企业200家以上，到2025年累计达到1000家。""")
    assert got == [(200, "家", ">=", True, None, 2025, "一"), (1000, "家", "=", False, None, 2025, "一")]
    got = _targets("""某某县人民政府关于加快农村养老服务的意见
一、每年新建农村幸福院2个，到2021年建成区域性养老服务中心1个以上。""")
    assert got == [(2, "个", "=", True, None, None, "一"), (1, "个", ">=", False, None, 2021, "一")]


def test_schedule_table_of_an_undated_copy_counts_from_the_plan_start():
    """`| 任务 | 2024年 | 2025年 | 2026年 |` in a database copy without its date: a year-by-year schedule from the plan's first
    year (guide TG10), every column the year's own goal."""
    got = _targets("""太原市城镇燃气管网更新改造行动方案（2024—2026年）
一、年度任务
| 任务 | 2024年 | 2025年 | 2026年 |
| 更新改造燃气管道（公里） | 300 | 350 | 400 |""")
    assert got == [(300, "公里", "=", False, 2024, 2024, "一"), (350, "公里", "=", False, 2025, 2025, "一"),
                   (400, "公里", "=", False, 2026, 2026, "一")]


def test_self_titled_plan_for_one_year_stated_in_its_preamble():
    """`为做好2025年…工作，…，制定本方案。`: a database copy whose title lost the year: the plan is that year's plan."""
    got = _targets("""南充市森林防灭火工作方案
为做好2025年森林防灭火工作，切实保护森林资源安全，制定本方案。
一、工作目标
森林火灾受害率控制在0.9‰以内。
二、主要措施
（一）新建森林消防蓄水池30个。""")
    assert got == [(0.9, "‰", "<=", False, 2025, 2025, "一"), (30, "个", "=", False, 2025, 2025, "二/(一)")]


def test_plan_term_without_wei_and_for_a_named_action_plan():
    got = _targets("""某某省智慧交通发展规划
一、总则
规划期限2021—2025年，展望到2035年。
二、重点任务
建设智慧公路示范段10条。""")
    assert got == [(10, "条", "=", False, 2021, 2025, "二")]
    got = _targets("""某某市生活垃圾分类攻坚行动计划
本行动计划实施期限为2023年至2025年。
一、重点任务
新建厨余垃圾处理设施3座。""")
    assert got == [(3, "座", "=", False, 2023, 2025, "一")]


def test_undated_copy_preamble_reports_the_past():
    """`2023年，全省粮食产量达到…` before the goals `到2026年`, in a copy with no date and no period: a report."""
    got = _targets("""河南省推进高标准农田建设实施方案
2023年，全省粮食产量达到1300亿斤，建成高标准农田8585万亩。为加快建设高标准农田，制定本方案。
一、主要目标
到2026年，全省建成高标准农田9000万亩。""")
    assert got == [(90000000, "亩", "=", False, None, 2026, "一")]
    got = _targets("""某某县城乡供水一体化实施方案
2024年，全县要完成农村供水管网改造200公里。为加快城乡供水一体化，制定本方案。
一、工作目标
到2026年，全县农村自来水普及率达到99%。""")  # (a demand with 要 is no report)
    assert got == [(200, "公里", "=", False, 2024, 2024, None), (99, "%", "=", False, None, 2026, "一")]


def test_later_horizon_cited_in_a_one_year_plan_does_not_date_its_targets():
    """`（一）按照到2027年…的要求，…。新增…` in a one-year 工作要点: the year's targets are the year's."""
    got = _targets("""重庆市2025年数字经济工作要点
一、推进数字产业化
（一）按照到2027年数字经济核心产业增加值占比达到12%的要求，加快培育数字产业集群。新增规上数字经济企业300家。
（二）新建5G基站1万个。""")
    assert got == [(12, "%", "=", False, None, 2027, "一/(一)"), (300, "家", "=", False, 2025, 2025, "一/(一)"),
                   (10000, "个", "=", False, 2025, 2025, "一/(二)")]


def test_restated_sub_quantity_after_qizhong_de():
    """`打造特色小镇30个，其中产值超50亿元的8个`: a restated sub-quantity (spec 1.1 §7), not a condition."""
    got = _targets("""某某省特色小镇高质量发展实施方案
一、发展目标
到2025年，全省打造特色小镇30个，其中产值超50亿元的8个。""")
    assert got == [(30, "个", "=", False, None, 2025, "一"), (8, "个", "=", False, None, 2025, "一")]


def test_goal_sub_item_headed_with_results_is_no_review():
    """`3.生态环境成效明显。…` under `一、总体目标`: a goal, not a review of results (REVIEW_HEADING's 成效)."""
    got = _targets("""某某市推进长江大保护行动方案
一、总体目标
1.污染治理。城镇污水集中收集率达到75%。
2.生态环境成效明显。长江干流水质稳定保持Ⅱ类，森林覆盖率达到42%。""")
    assert got == [(75, "%", "=", False, None, None, "一/1"), (42, "%", "=", False, None, None, "一/2")]


def test_reward_per_selected_project_is_paid_once():
    """`每年遴选…20个，给予每个项目…奖励`: the 每年 counts the selections, the reward is per project (s14b's 评选)."""
    got = _targets("""某某省工业设计创新实施方案
一、支持措施
每年遴选工业设计示范项目20个，给予每个项目30万元奖励。""")
    assert got == [(20, "个", "=", True, None, None, "一"), (300000, "元", "=", False, None, None, "一")]


def test_release_and_reef_verbs_and_units():
    got = _targets("""某某市海洋渔业资源养护实施方案
一、主要任务
每年增殖放流各类苗种1亿尾，投放人工鱼礁10万空方。""")
    assert got == [(100000000, "尾", "=", True, None, None, "一"), (100000, "空方", "=", True, None, None, "一")]


def test_allocation_table_with_cells_parted_by_spaces():
    got = _targets("""某某市人民政府办公室关于下达2025年农村户厕改造任务的通知
各县（区）人民政府：
现将2025年农村户厕改造任务下达给你们。
某某市人民政府办公室
2025年3月1日
附件
2025年农村户厕改造任务分配表
单位：户
县区  改造任务
青山县  3000
白水县  2500""")
    assert got == [(3000, "户", "=", False, 2025, 2025, None), (2500, "户", "=", False, 2025, 2025, None)]


def test_allocation_table_one_cell_per_line():
    got = _targets("""某某市人民政府办公室关于下达2024年造林绿化任务的通知
各县（区）人民政府：
现将2024年造林绿化任务下达给你们。
某某市人民政府办公室
2024年2月1日
附件
2024年造林绿化任务分解表
单位：亩
序号
县区
造林任务
1
东岭县
12000
2
西岭县
8000
合计
20000""")
    assert got == [(12000, "亩", "=", False, 2024, 2024, None), (8000, "亩", "=", False, 2024, 2024, None),
                   (20000, "亩", "=", False, 2024, 2024, None)]


def test_places_quotas_after_a_quota_label():
    """`名额分配：北京市3名、天津市2名`: each place's count after a quota label is a quota (spec 1.1 §7); a contact line is not."""
    got = _targets("""民政部办公厅关于举办全国养老护理员职业技能竞赛的通知
民办函〔2021〕30号
各省、自治区、直辖市民政厅（局）：
一、参赛名额
推荐名额如下：东部地区每省4名，中西部地区每省6名。
二、联系方式
联系人：李四，电话：010-58123456。
民政部办公厅
2021年4月6日""")
    assert got == [(4, "名", "=", False, None, None, "一"), (6, "名", "=", False, None, None, "一")]


def test_indicator_table_one_cell_per_line_with_labelled_year_cells():
    """`2020年（基期）` / `2025年（目标）` as cells on their own lines: the table was skipped (the prefilter looked for `年\\n`)."""
    got = _targets("""某某市“十四五”水安全保障规划
一、主要指标
指标
单位
2020年（现状）
2025年（目标）
属性
万元GDP用水量
立方米
45
38
约束性
二、重点任务
（一）新建水库3座。""")
    assert got == [(3, "座", "=", False, 2021, 2025, "二/(一)"), (38, "立方米", "=", False, None, 2025, "一")]


def test_copies_of_a_submission_are_no_target():
    """`一式3份` (as `一式两份`): how many copies to submit is a formality, not a number to reach (spec §7 out)."""
    got = _targets("""科学技术部办公厅关于组织推荐国家野外科学观测研究站的通知
国科办函基〔2023〕40号
各省、自治区、直辖市科技厅（委、局）：
一、推荐要求
各地推荐数量不超过3个。推荐材料一式2份，于2023年8月31日前报送。
科学技术部办公厅
2023年6月2日""")
    assert got == [(3, "个", "<=", False, None, None, "一")]


def test_stress_set():
    import sys
    sys.path.insert(0, "tests")
    from s15targets_stress import run
    tot = run(verbose=False)
    assert tot["match"] == tot["gold"] and tot["pred"] == tot["match"] and tot["strict"] >= tot["gold"] - 3
