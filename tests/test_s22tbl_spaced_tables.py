"""s22-tbl: tables of targets flattened into text with their columns aligned by full-width spaces or runs of spaces
(spec 1.1 §7; guide TG10, TG12, S20 TG17). Snippets written in the styles of provinces, levels and eras other than
the notices the class was found on (never text of a dev-corpus notice): an indicator table with a unit column and a
baseline, one without years (现状值/目标值), a schedule after a baseline column, quota tables by place and year with a
unit line, a 合计 column and row, a 其中 column; and spaced tables whose numbers are no targets."""
from pipeline import process_text


def _rec(text):
    return process_text(text, doc_id="t").model_dump()


def _rows(rec, after):
    at = rec["text"].find(after)
    return [(t["value"], t["unit"], t["comparator"], t["year_start"], t["year_end"], t["task"]) for t in rec["targets"]
            if t["span"][0] > at]


def _grounded(rec):
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]


def test_indicator_table_with_a_unit_column_and_a_baseline():
    # Guizhou county, 2019, three-year plan: full-width single spaces, the baseline column is no target, 万人 scaled,
    # 以上 and ≥ read as floors, the goal column dated by its year; the table sits in item 一 (TG12)
    rec = _rec("正安县人民政府办公室关于印发正安县职业技能提升行动实施方案（2019—2021年）的通知\n正安县人民政府办公室\n"
               "2019年8月12日\n一、目标任务\n主要指标如下：\n"
               "序号　指标名称　单位　2018年基数　2021年目标　指标属性\n"
               "1　补贴性职业技能培训　万人次　0.62　1.5以上　预期性\n"
               "2　培训后就业率　%　55　≥70　约束性\n"
               "3　新增高技能人才　人　—　800　预期性\n"
               "注：基数来源于县人力资源和社会保障局统计。\n"
               "二、主要措施\n（一）加强培训。\n")
    assert _rows(rec, "序号") == [(15000, "人次", ">=", None, 2021, "一"), (70, "%", ">=", None, 2021, "一"),
                                  (800, "人", "=", None, 2021, "一")]
    assert [t["indicator"] for t in rec["targets"]] == ["补贴性职业技能培训", "培训后就业率", "新增高技能人才"]
    _grounded(rec)


def test_indicator_table_without_years_takes_the_plans_target_year():
    # Sichuan prefecture, 2023, plan for 2023—2025: `现状值 / 目标值` columns, runs of ASCII spaces; a bracket that is
    # no unit (`（累计）`) gives way to the unit column and stays in the indicator
    rec = _rec("达州市人民政府办公室关于印发达州市养老服务体系建设规划（2023—2025年）的通知\n达州市人民政府办公室\n"
               "2023年5月4日\n一、发展目标\n（一）主要指标\n"
               "指标    单位    现状值    目标值    属性\n"
               "养老机构护理型床位占比    %    45    ≥55    约束性\n"
               "社区嵌入式养老服务设施（累计）    个    120    300    预期性\n"
               "二、重点任务\n（一）完善设施。\n")
    assert _rows(rec, "指标") == [(55, "%", ">=", None, 2025, "一/(一)"), (300, "个", "=", None, 2025, "一/(一)")]
    assert rec["targets"][1]["indicator"] == "社区嵌入式养老服务设施（累计）"
    _grounded(rec)


def test_schedule_after_a_baseline_column():
    # Gansu province, 2021, plan for 2021—2023: each year column is that year's target (TG10), the 2020 base is none
    rec = _rec("甘肃省人民政府办公厅关于印发甘肃省高标准农田建设三年行动方案（2021—2023年）的通知\n甘肃省人民政府办公厅\n"
               "2021年3月2日\n一、建设目标\n"
               "序号　指标名称　单位　2020年基数　2021年　2022年　2023年\n"
               "1　新建高标准农田　万亩　280　300　320　340\n"
               "2　高效节水灌溉面积　万亩　60　70　80　90\n"
               "二、保障措施\n")
    assert _rows(rec, "序号") == [(3000000, "亩", "=", 2021, 2021, "一"), (3200000, "亩", "=", 2022, 2022, "一"),
                                  (3400000, "亩", "=", 2023, 2023, "一"), (700000, "亩", "=", 2021, 2021, "一"),
                                  (800000, "亩", "=", 2022, 2022, "一"), (900000, "亩", "=", 2023, 2023, "一")]
    _grounded(rec)


def test_quota_table_by_place_and_year_with_a_unit_line_and_totals():
    # Shandong prefecture, 2008: an attachment's 分解表 in 万元, columns by year and a 合计 column (the table's span),
    # a 合计 row (TG17, once per place); outside every numbered item (task null)
    rec = _rec("聊城市人民政府办公室关于印发聊城市2008—2010年农村公路建设资金分解方案的通知\n聊城市人民政府办公室\n"
               "2008年3月10日\n一、总体目标\n三年全市筹集农村公路建设资金。\n二、工作要求\n各县要足额落实。\n"
               "附件\n聊城市2008—2010年农村公路建设资金分解表\n（单位：万元）\n"
               "县（市、区）  2008年  2009年  2010年  合计\n"
               "东昌府区  1200  1300  1500  4000\n"
               "阳谷县  800  900  1000  2700\n"
               "合计  2000  2200  2500  6700\n")
    assert _rows(rec, "县（市、区）") == [
        (12000000, "元", "=", 2008, 2008, None), (13000000, "元", "=", 2009, 2009, None),
        (15000000, "元", "=", 2010, 2010, None), (40000000, "元", "=", 2008, 2010, None),
        (8000000, "元", "=", 2008, 2008, None), (9000000, "元", "=", 2009, 2009, None),
        (10000000, "元", "=", 2010, 2010, None), (27000000, "元", "=", 2008, 2010, None),
        (20000000, "元", "=", 2008, 2008, None), (22000000, "元", "=", 2009, 2009, None),
        (25000000, "元", "=", 2010, 2010, None), (67000000, "元", "=", 2008, 2010, None)]
    _grounded(rec)


def test_a_sub_column_is_dated_as_the_column_before_it():
    # Jiangxi province, 2021, plan for 2021—2023: `其中` counts part of the year column before it
    rec = _rec("江西省人民政府办公厅关于印发江西省5G网络建设三年行动方案（2021—2023年）的通知\n江西省人民政府办公厅\n"
               "2021年4月6日\n一、目标\n全省5G基站建设稳步推进。\n"
               "附件\n各设区市5G基站建设任务分解表\n（单位：个）\n"
               "设区市　2021年累计建成　其中乡镇　2023年累计建成　其中乡镇\n"
               "南昌市　9000　1200　18000　3000\n"
               "赣州市　6000　1500　12000　3500\n")
    assert _rows(rec, "设区市") == [
        (9000, "个", "=", 2021, 2021, None), (1200, "个", "=", 2021, 2021, None), (18000, "个", "=", 2023, 2023, None),
        (3000, "个", "=", 2023, 2023, None), (6000, "个", "=", 2021, 2021, None), (1500, "个", "=", 2021, 2021, None),
        (12000, "个", "=", 2023, 2023, None), (3500, "个", "=", 2023, 2023, None)]
    _grounded(rec)


def test_spaced_tables_that_set_no_target():
    # Hebei county, 2016: a contacts table, a schedule of dates, a 序号 list of names, and last years' figures by town
    # under no quota caption: none of their numbers is a target
    rec = _rec("滦平县人民政府办公室关于开展2016年农村环境整治工作的通知\n滦平县人民政府办公室\n2016年4月1日\n"
               "一、工作安排\n各乡镇按时完成整治工作。\n"
               "附件1\n联系人名单\n序号　单位　联系人　联系电话\n1　县环保局　张明　3012345\n2　县住建局　李华　3023456\n"
               "附件2\n工作进度安排\n阶段　时间　内容\n1　4月10日前　动员部署\n2　6月30日前　集中整治\n"
               "附件3\n各乡镇2014—2015年整治情况\n乡镇　2014年　2015年\n滦平镇　12　15\n长山峪镇　8　9\n")
    assert _rows(rec, "附件1") == []


def test_one_goal_year_column_beside_a_baseline_without_year():
    # Heilongjiang city, 2022, plan for 2022—2025: `现状值　2025年目标值`, the goal column dated by its own year
    rec = _rec("哈尔滨市人民政府办公厅关于印发哈尔滨市冰雪旅游发展规划（2022—2025年）的通知\n哈尔滨市人民政府办公厅\n"
               "2022年9月1日\n一、规划目标\n"
               "指标名称　单位　现状值　2025年目标值\n"
               "冰雪旅游接待人次　万人次　1200　2000以上\n"
               "A级滑雪场数量　个　12　20\n"
               "二、重点任务\n")
    assert _rows(rec, "指标名称") == [(20000000, "人次", ">=", None, 2025, "一"), (20, "个", "=", None, 2025, "一")]
    _grounded(rec)
