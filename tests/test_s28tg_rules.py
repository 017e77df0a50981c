"""s28-tg: year and target classes of the real-style batches (A23, A19) and the stress notices (o01–o18), each tested in
the style of a province, level or era other than the notice that showed it (snippets written for these tests, none
copied from a notice)."""
from tests.snippets import targets_of as _targets


def test_a_five_year_period_inside_an_earlier_semicolon_clause_dates_only_its_own_clauses():
    # A Guizhou-style county plan for 2021—2025 (guide S22): `到2025年：…；“十四五”期间累计…，每年…；累计新增…` — the period
    # dates its own clause and the `，` clause after it; after `；` the deadline opening the sentence holds again
    got = _targets("某县水土保持实施方案（2021—2025年）", "某县人民政府", "2021年4月1日",
                   "一、主要目标\n　　到2025年：全县林草覆盖率达到60%以上；“十四五”期间累计治理水土流失面积300平方公里，"
                   "每年治理坡耕地不少于2万亩；水土保持率达到75%，年均土壤流失量减少5%。\n")
    assert got == [(60, "%", ">=", False, None, 2025), (300, "平方公里", "=", False, 2021, 2025),
                   (20000, "亩", ">=", True, 2021, 2025), (75, "%", "=", False, None, 2025), (5, "%", "=", True, None, 2025)]


def test_the_end_of_a_five_year_period_a_share_is_of_is_a_baseline():
    # A Jiangxi-style provincial 2017 方案: `…控制在“十二五”末年度排放量的80%以内` — the period's end names the amount the
    # share is of (spec §7: a baseline is not the target's year); the sentence's deadline dates the share and the `；` clause
    got = _targets("某省人民政府关于印发某省尾矿库治理实施方案的通知", "某省人民政府", "2017年6月1日",
                   "一、目标\n　　到2019年，尾矿综合利用率达到30%，新增尾矿堆存量控制在“十二五”末年度排放量的80%以内；"
                   "尾矿利用产业产值超过500亿元。\n")
    assert got == [(30, "%", "=", False, None, 2019), (80, "%", "<=", False, None, 2019),
                   (50000000000, "元", ">", False, None, 2019)]


def test_a_year_as_a_span_under_a_deadline_is_that_year():
    # A Shaanxi-style county plan for 2019—2023: `到2019年底：全年新建…，其中…` — 全年 (guide Y5: a word stating the year as a
    # span) under the deadline makes the deadline's year the span, for the `其中` list too; the `；` clause keeps the deadline
    got = _targets("某县农村公路建设实施方案（2019—2023年）", "某县人民政府", "2019年3月1日",
                   "一、主要目标\n　　到2019年底：全年新建农村公路120公里，其中通村公路80公里、通组公路40公里；"
                   "农村公路优良路率达到70%。\n")
    assert got == [(120, "公里", "=", False, 2019, 2019), (80, "公里", "=", False, 2019, 2019),
                   (40, "公里", "=", False, 2019, 2019), (70, "%", "=", False, None, 2019)]


def test_the_years_task_a_share_is_of_is_no_span():
    # A Zhejiang-style county 2016 plan: `上半年完成全年任务的60%，三季度末完成90%` (the year's task the shares are of)
    got = _targets("某县2016年“三改一拆”工作方案", "某县人民政府", "2016年2月1日",
                   "一、目标\n　　全年拆除违法建筑50万平方米。上半年完成全年任务的50%，三季度末完成80%。\n")
    assert got[0] == (500000, "平方米", "=", False, 2016, 2016)
    assert got[-1][-2:] == (None, 2016)


def test_a_task_table_deadline_column_reaches_the_rows_under_a_group_row():
    # A Hebei-style county 2016 任务分工 copied from a web page: the group row `一、治水` lost its cell borders; the rows under
    # it are still the table's, dated by their 完成时限 cell (guide S22: `2016年10月底前` → null/2016; `全年` → the plan's year)
    got = _targets("某县2016年水污染防治重点工作任务分工", "某县人民政府办公室", "2016年3月1日",
                   "一、任务分工\n序号 | 工作任务 | 责任单位 | 完成时限\n一、治水\n"
                   "1 | 完成污水管网改造12公里 | 县住建局 | 2016年10月底前\n"
                   "2 | 农村生活污水处理率达到40% | 县环保局 | 全年\n")
    assert got == [(12, "公里", "=", False, None, 2016), (40, "%", "=", False, 2016, 2016)]


def test_a_project_tables_construction_period_column_gives_its_rows_years_as_written():
    # A Guangxi-style prefecture plan for 2021—2023 with a 重点项目表 parted by spaces: the 建设年限 cell is the span the row's
    # scale and investment run over (`2021—2022年` → 2021/2022), not the plan's period
    got = _targets("某市冷链物流发展行动计划（2021—2023年）", "某市人民政府", "2021年5月1日",
                   "附件\n某市冷链物流重点项目表\n序号　项目名称　建设内容和规模　总投资（万元）　建设年限　责任单位\n"
                   "1　某某冷链中心　建设冷库容量2万吨　9000　2021—2022年　某区政府\n"
                   "2　某某交易市场　建设交易大厅1.5万平方米　6000　2021—2023年　某县政府\n")
    assert got == [(20000, "吨", "=", False, 2021, 2022), (15000, "平方米", "=", False, 2021, 2023),
                   (90000000, "元", "=", False, 2021, 2022), (60000000, "元", "=", False, 2021, 2023)]


def test_a_capacity_after_a_count_of_stores_continues_the_list():
    # A Yunnan-style provincial 2019 方案: `新建产地冷库30座，库容2万吨` (the capacity the stores are built with, a
    # distinct amount: spec §7 restated sub-quantities)
    got = _targets("某省农产品产地冷链设施建设方案（2019—2020年）", "某省农业农村厅", "2019年3月1日",
                   "一、建设任务\n　　（一）产地冷库。新建产地冷库30座，库容2万吨。\n")
    assert got == [(30, "座", "=", False, 2019, 2020), (20000, "吨", "=", False, 2019, 2020)]
