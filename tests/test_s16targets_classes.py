"""Session 16 (helper s16-targets): one test per class fixed, each a snippet written for this file in the style of
another province, level or year than the stress doc that found it (tests/s16targets_stress.py). Expected items are
exact: (value, unit, comparator, per_year, year_start, year_end, task); spans index the record's text."""
from __future__ import annotations

from tests.test_s15targets_classes import _record, _targets  # noqa: F401  (the same exact-item readers)


def test_applying_unit_with_a_modal_states_who_qualifies():
    """`申报单位须…不低于…，…以上`: the applying unit's thresholds are eligibility conditions (spec 1.1 §7 out), every
    clause of the sentence; the support amount stays."""
    got = _targets("""黑龙江省工业和信息化厅关于组织申报2022年度省级技术创新示范企业的通知
各市（地）工业和信息化局：
一、支持方式。对认定的省级技术创新示范企业，给予一次性奖励30万元。
二、其他要求。申报单位须在本省注册满3年，研发投入占销售收入比重不低于3%，研发人员不少于30人。
黑龙江省工业和信息化厅
2022年4月6日""")
    assert got == [(300000, "元", "=", False, None, None, "一")]  # (a call for one year's round: null, session 15)


def test_cutoff_sentence_of_an_undated_copy_is_a_report():
    """`截至2019年底，全州累计建成…` in a copy without date or stated period, before goals by a later year: a report,
    not a target (the issue year is lost, so the doc's latest goal year tells the past)."""
    got = _targets("""黔南州推进农村饮水安全巩固提升实施方案
一、农村供水
截至2019年底，全州累计建成集中供水工程1860处。到2021年，农村集中供水率达到90%以上。
二、水质保障
（一）每个县建成1个水质检测中心。""")
    assert got == [(90, "%", ">=", False, None, 2021, "一"), (1, "个", "=", False, None, None, "二/(一)")]
    # a cutoff that is itself the deadline (no later goal year) stays a target
    got = _targets("""某县2025年农村公路建设方案
一、建设任务
截至2025年底，全县新改建农村公路120公里。""")
    assert [t[:2] for t in got] == [(120, "公里")]


def test_make_up_of_a_system_is_structural():
    """`由…4个方面的36个指标构成，其中…20个`: how a system is made up (guide TG16), its parts too; a part the make-up must
    hold (`其中…至少1名`) is a demand."""
    got = _targets("""某自治区旗县年度工作考核办法
一、考核指标。年度考核指标体系由经济发展、改革创新、民生保障、生态环保等4个方面的36个指标构成，其中共性指标20个。
二、考核目标。到2024年，全省政务服务事项网上可办率达到95%以上。""")
    assert got == [(95, "%", ">=", False, None, 2024, "二")]
    got = _targets("""某自治县村务监督委员会工作规程
第三条 村务监督委员会由3至5人组成，其中至少有1名妇女成员。""")
    assert [t[:3] for t in got] == [(1, "名", ">=")]


def test_one_year_list_of_practical_projects_titled_with_its_year():
    """`某县2024年十件民生实事` heading a copy with no genre word (no title read): a plan for that year, its targets
    2024/2024 (spec 1.1 §7: a work plan for 2025 → 2025/2025); `年底前` by its end; also under a breadcrumb line."""
    got = _targets("""乃东区2024年十件民生实事
一、新建改建农村饮水工程15处。
二、年底前完成农牧民危房改造300户。""")
    assert got == [(15, "处", "=", False, 2024, 2024, "一"), (300, "户", "=", False, None, 2024, "二")]
    got = _targets("""当前位置：首页 > 信息公开 > 重点工作
柳城县2022年为民办实事项目
1.新增公办幼儿园学位900个。""")
    assert got == [(900, "个", "=", False, 2022, 2022, "1")]
    # a line that only names the projects in a sentence is no title
    got = _targets("""各乡镇要抓好2022年民生实事项目落实，确保按期完成。
一、新建村级卫生室10个。""")
    assert [t[4:6] for t in got] == [(None, None)]


def test_yearly_change_column_with_its_own_percent_is_per_year():
    """`| 地区生产总值 | 亿元 | 1200 | 1800 | 8.5% |` under a `年均增长` head: the cell with its own `%` is a yearly rate
    (spec 1.1 §7: per_year true for 年均), as the change reader reads a cell without its unit; the level stays."""
    got = _targets("""遵义市“十四五”工业发展规划
二、主要指标
| 指标 | 单位 | 2020年 | 2025年 | 年均增长 | 属性 |
| 工业增加值 | 亿元 | 1200 | 1800 | 8.5% | 预期性 |""")
    assert sorted(got, key=lambda t: t[0]) == [(8.5, "%", "=", True, 2021, 2025, "二"),
                                               (180000000000, "元", "=", False, None, 2025, "二")]


def test_progress_of_the_year_so_far_is_reported():
    """`一季度，全区…`, `今年1—5月，全县…`: the part of the year gone by and a whole-area subject open a report of progress
    (spec 1.1 §7: numbers that describe); a turn to what is still to do (`全年要…`) and a schedule milestone stay."""
    got = _targets("""玉树藏族自治州人民政府办公室关于抓好2022年旅游市场复苏工作的通知
各县（市）人民政府：
一季度，全州接待游客12万人次，实现旅游收入1.1亿元。今年1—5月，全州新增旅游民宿35家，全年要新增旅游民宿80家以上。
一、上半年，完成旅游市场秩序专项整治方案制定；年底前，创建星级旅游民宿10家。
玉树藏族自治州人民政府办公室
2022年6月8日""")
    assert [t[:2] for t in got] == [(80, "家"), (10, "家")]


def test_estimates_census_figures_and_the_place_described_are_not_targets():
    """`经测算，…约N亿元`, `根据…人口普查，…占N%`, `我区是…大区，…`: figures reported or estimated, no demand (spec 1.1 §7:
    numbers that describe); a sentence that turns to a goal (`我县是…，力争…`) keeps its number."""
    got = _targets("""广西壮族自治区人民政府关于加快发展林下经济的意见
各市、县人民政府：
我区是全国重点林区，森林面积2.2亿亩，林下经济从业人员约300万人。根据第三次全国国土调查，全区林地占国土面积的63%。经测算，全区林下经济年产值可达1500亿元。
一、到2025年，全区林下经济发展面积达到7000万亩。
广西壮族自治区人民政府
2021年5月6日""")
    assert [t[:2] for t in got] == [(70000000, "亩")]
    got = _targets("""某县人民政府关于推进油茶产业发展的意见
全县是全国油茶重点县，力争油茶种植面积达到50万亩。""")
    assert [t[:2] for t in got] == [(500000, "亩")]


def test_n_year_plan_ends_with_its_goals_horizon():
    """`…三年行动计划` issued late in 2022 whose goals are due `到2025年`: its three years are 2023—2025 (the horizon), not
    2022—2024 counted from the issue year; a plan whose horizon agrees with the count keeps the count."""
    got = _targets("""青海省人民政府办公厅关于印发青海省生态旅游发展三年行动计划的通知
各市、自治州人民政府，省政府各委、办、厅、局：
现将《青海省生态旅游发展三年行动计划》印发给你们，请认真贯彻执行。
青海省人民政府办公厅
2022年12月20日
青海省生态旅游发展三年行动计划
一、行动目标
到2025年，全省生态旅游接待人次达到5000万人次。
二、重点任务
（一）每年创建生态旅游示范区3个。""")
    assert got == [(50000000, "人次", "=", False, None, 2025, "一"), (3, "个", "=", True, 2023, 2025, "二/(一)")]
    got = _targets("""某州人民政府关于印发某州草原保护三年行动方案的通知
各县人民政府：
现将《某州草原保护三年行动方案》印发给你们。
某州人民政府
2023年3月1日
某州草原保护三年行动方案
一、到2025年，全州草原综合植被盖度达到58%。
二、每年治理退化草原50万亩。""")
    assert got[1][:6] == (500000, "亩", "=", True, 2023, 2025)


def test_graphic_summary_and_press_qa_of_a_web_copy_are_not_the_policy():
    """`【图解】一图看懂…` and `…负责同志就《…》答记者问` after a web copy's policy: restatements and present figures, out
    (as the 政策解读 of session 15c); a duty to hold press Q&A inside the policy does not end it."""
    got = _targets("""重庆市人民政府办公厅关于印发重庆市支持农业转移人口市民化若干措施的通知
各区县（自治县）人民政府，市政府各部门：
现将《重庆市支持农业转移人口市民化若干措施》印发给你们，请认真贯彻执行。
重庆市人民政府办公厅
2022年9月2日
一、每年新增农业转移人口落户10万人以上。
二、建立新闻发言人定期就市民化政策答记者问制度。
三、每年开展农业转移人口职业技能培训5万人次。
【图解】一图看懂《若干措施》
6个方面 18条 落户10万人以上
市公安局负责同志就《若干措施》答记者问
问：今年以来落户情况如何？答：今年1—8月，全市新增落户7.2万人，完成全年目标的72%。""")
    assert [t[:4] for t in got] == [(100000, "人", ">=", True), (50000, "人次", "=", True)]


def test_allocation_table_column_of_what_was_done_is_no_quota():
    """`| 盟市 | 2021年完成 | 2022年任务 |` in a 分解表: the column of last year's results reports, only the task column (and
    its 合计, TG9) is the quota (spec 1.1 §7: quotas); a `计划完成` column is a quota."""
    got = _targets("""内蒙古自治区林业和草原局关于下达2022年草原生态修复任务的通知
各盟市林业和草原局：
现将2022年草原生态修复任务下达给你们。
附件
2022年草原生态修复任务分解表
单位：万亩
| 盟市 | 2021年完成 | 2022年任务 |
| 呼伦贝尔市 | 95 | 100 |
| 锡林郭勒盟 | 120 | 130 |""")
    assert sorted(t[0] for t in got) == [1000000, 1300000]
    got = _targets("""某省2023年农村公路建设计划分配表
单位：公里
| 市州 | 计划完成 | 备注 |
| 甲市 | 300 | |
| 乙市 | 200 | |""")
    assert sorted(t[0] for t in got) == [200, 300]
