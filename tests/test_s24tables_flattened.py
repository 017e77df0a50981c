"""s24-tables: tables flattened into text with separators other than ` | ` and tabs (spec 1.1 §6 task-division tables
"as a table or flattened to text", §7 quotas; guide TG12, TG17, S20 R13, S21 R16). Snippets written in the styles of
provinces, levels and eras other than the notices the class was found on (never text of a dev-corpus notice): a county
task table whose cells a Chinese input method parted with the full-width bar `｜` (blank lines between rows, a person
column, organs with a second name or a role mark in brackets, a cell listing mass organisations and places); a box-drawn
table copied as plain text (`│`, rules `├──┼──┤`); a township quota table aligned by ideographic spaces, its header naming
each column's unit in a bracket, a cell with a note and a 合计 row; and lines that are no tables."""
from pipeline import process_text
from pipeline.clean import normalize_string


def _rec(text):
    return process_text(text, doc_id="t").model_dump()


def _grounded(rec):
    for item in rec["targets"] + rec["responsibilities"]:
        a, b = item["span"]
        assert rec["text"][a:b] == item["quote"]


def _triples(rec):
    return [(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]]


def _targets(rec, after):
    at = rec["text"].find(after)
    return [(t["quote"], t["value"], t["unit"], t["comparator"], t["year_start"], t["year_end"], t["task"])
            for t in rec["targets"] if t["span"][0] > at]


GUIZHOU_COUNTY = """湄潭县人民政府办公室关于印发湄潭县2019年农村人居环境整治工作方案的通知
各镇（街道）人民政府，县直有关部门：
现将《湄潭县2019年农村人居环境整治工作方案》印发给你们，请认真抓好落实。
湄潭县人民政府办公室
2019年3月12日
湄潭县2019年农村人居环境整治工作方案
一、工作目标
全县完成农村户用卫生厕所改造8000户。
二、重点任务
（一）推进厕所革命。
（二）治理生活垃圾。
三、任务分工
序号｜重点任务｜责任领导｜牵头单位｜配合单位｜完成时限

1｜完成农村户用卫生厕所改造8000户｜副县长 张××｜县卫生健康局｜县农业农村局，各镇（街道）｜2019年11月底前

2｜新建乡镇垃圾转运站3座｜副县长 李××｜县住房城乡建设局（县城管局）｜县生态环境局（配合），县财政局｜2019年10月底前

3｜创建“四在农家·美丽乡村”示范点10个｜县委常委 王××｜县农业农村局｜县妇联，团县委，各镇（街道）｜2019年12月底前
四、保障措施
（一）加强组织领导。各镇（街道）要高度重视。
"""


def test_county_task_table_parted_by_full_width_bars():
    # Guizhou county, 2019: each row a line of `｜` cells, blank lines between rows; the rows keep their borders as
    # ` | ` (not one paragraph), each row's organs take their column's role on `表/N` (no row restates a body item), a
    # 责任领导 column of persons gives nothing, a second name in a bracket is the same organ, `（配合）` stays co
    rec = _rec(GUIZHOU_COUNTY)
    text = rec["text"]
    assert "序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限\n1 | 完成农村户用卫生厕所改造8000户 | " in text
    assert "｜" not in text
    assert _triples(rec) == [
        ("表/1", "湄潭县卫生健康局", "lead"), ("表/1", "湄潭县农业农村局", "co"), ("表/1", "各镇（街道）", "co"),
        ("表/2", "湄潭县住房和城乡建设局", "lead"), ("表/2", "湄潭县生态环境局", "co"), ("表/2", "湄潭县财政局", "co"),
        ("表/3", "湄潭县农业农村局", "lead"), ("表/3", "湄潭县妇女联合会", "co"), ("表/3", "共青团湄潭县委员会", "co"),
        ("表/3", "各镇（街道）", "co")]
    # the rows' targets: in the item holding the table (TG12), dated by the row's 完成时限 cell; quoted within the task
    # cell, not across the row's number or its organs
    assert _targets(rec, "三、任务分工") == [
        ("完成农村户用卫生厕所改造8000户", 8000, "户", "=", None, 2019, "三"),
        ("新建乡镇垃圾转运站3座", 3, "座", "=", None, 2019, "三"),
        ("创建“四在农家·美丽乡村”示范点10个", 10, "个", "=", None, 2019, "三")]
    _grounded(rec)


def test_box_drawn_table_copied_as_text():
    # Hebei city, 2000s: a table drawn with box characters (`│` cells, `├──┼──┤` rules between rows) in a plain-text
    # copy; the rules are no lines, the rows are read as a bar table's
    rec = _rec("""廊坊市人民政府办公室关于印发廊坊市2008年秸秆综合利用工作方案的通知
廊坊市人民政府办公室
二〇〇八年四月十日
一、目标任务
全市秸秆综合利用率达到80%。
二、任务分工
┌──┬──────────┬──────┬──────┐
│序号│工作任务│牵头单位│配合单位│
├──┼──────────┼──────┼──────┤
│1│建设秸秆收储点20个│市农业局│市财政局│
├──┼──────────┼──────┼──────┤
│2│培育秸秆利用企业5家│市发展改革委│市农业局│
└──┴──────────┴──────┴──────┘
三、保障措施
（一）加强领导。各县（市、区）要高度重视。
""")
    assert "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| 1 | 建设秸秆收储点20个 | 市农业局 | 市财政局 |\n" in rec["text"]
    assert "─" not in rec["text"]
    assert _triples(rec) == [("表/1", "廊坊市农业局", "lead"), ("表/1", "廊坊市财政局", "co"),
                             ("表/2", "廊坊市发展和改革委员会", "lead"), ("表/2", "廊坊市农业局", "co")]
    assert _targets(rec, "二、任务分工") == [("建设秸秆收储点20个", 20, "个", "=", 2008, 2008, "二"),
                                           ("培育秸秆利用企业5家", 5, "家", "=", 2008, 2008, "二")]
    _grounded(rec)


SHAANXI_TOWNSHIP = """关于印发《城关镇2018年农村人居环境整治工作方案》的通知
各村（社区）、镇直各单位：
现将《城关镇2018年农村人居环境整治工作方案》印发给你们，请认真贯彻落实。
洛南县城关镇人民政府
2018年3月6日
城关镇2018年农村人居环境整治工作方案
一、目标任务
全镇2018年完成户厕改造600户，新建公厕6座。
各村（社区）任务分解如下：
村（社区）　户厕改造（户）　新建公厕（座）　污水管网（公里）
　　西关社区　200　2　1.5
　　北村　150（含示范户）　2　0.8
　　东村　250　2　0
　　合计　600　6　2.3
二、工作措施
（一）加强领导。镇党委、镇政府成立工作领导小组。
"""


def test_township_quota_table_aligned_by_ideographic_spaces():
    # Shaanxi township, 2018: the header names each quota column's unit in a bracket, the rows a village's name and its
    # amounts; every cell is a quota of the plan's year (spec §7), the 合计 row too (TG17), a `0` cell none (S20), a
    # cell's bracketed note qualifies its indicator; the cells stay cells (the cleaner would run `北村150（含示范户）2`)
    rec = _rec(SHAANXI_TOWNSHIP)
    assert "村（社区） | 户厕改造（户） | 新建公厕（座） | 污水管网（公里）\n西关社区 | 200 | 2 | 1.5\n" in rec["text"]
    assert _targets(rec, "任务分解如下") == [
        ("200", 200, "户", "=", 2018, 2018, "一"), ("2", 2, "座", "=", 2018, 2018, "一"),
        ("1.5", 1.5, "公里", "=", 2018, 2018, "一"),
        ("150", 150, "户", "=", 2018, 2018, "一"), ("2", 2, "座", "=", 2018, 2018, "一"),
        ("0.8", 0.8, "公里", "=", 2018, 2018, "一"),
        ("250", 250, "户", "=", 2018, 2018, "一"), ("2", 2, "座", "=", 2018, 2018, "一"),
        ("600", 600, "户", "=", 2018, 2018, "一"), ("6", 6, "座", "=", 2018, 2018, "一"),
        ("2.3", 2.3, "公里", "=", 2018, 2018, "一")]
    # each quota is its row's place's (the place before the column's words), the note after them
    at = rec["text"].find("任务分解如下")
    assert [t["indicator"] for t in rec["targets"] if t["span"][0] > at][3:6] == [
        "北村户厕改造（含示范户）", "北村新建公厕", "北村污水管网"]
    assert [t["indicator"] for t in rec["targets"] if t["span"][0] > at][-1] == "合计污水管网"
    _grounded(rec)


def test_a_table_of_what_there_is_sets_no_quota():
    # Gansu township, 2015: the same layout under a caption of the villages' present state: its rows stay rows, but no
    # caption shares out a task, so its numbers are no targets
    rec = _rec("""关于印发《新集乡2015年农村危房改造工作方案》的通知
新集乡人民政府
2015年4月2日
一、基本情况
各村基本情况如下：
村别　户数（户）　人口（人）　危房（户）
　　新集村　320　1250　40
　　河湾村　280　1100　35
二、目标任务
全乡完成危房改造75户。
""")
    assert "村别 | 户数（户） | 人口（人） | 危房（户）\n新集村 | 320 | 1250 | 40\n" in rec["text"]
    assert [(t["quote"], t["value"]) for t in rec["targets"]] == [("完成危房改造75户", 75)]


def test_lines_that_are_no_tables_stay_as_written():
    # a title with a site's name after a full-width bar, a breadcrumb over prose, prose with one ideographic space, a
    # signature line with the date after ideographic spaces, a contents list: none is a table's header
    raw = ("关于做好2020年春耕生产工作的通知｜某县人民政府网\n"
           "首页｜政务公开｜通知公告\n"
           "各乡镇要抓好春耕生产。　确保粮食播种面积稳定。\n"
           "第一章　总则（5条）　第二章　职责（8条）\n"
           "某县人民政府　　2020年2月18日\n")
    text = normalize_string(raw).text
    assert "|" not in text
    assert "通知｜某县人民政府网" in text and "首页｜政务公开｜通知公告" in text


def test_a_goal_cell_that_only_says_how_much_takes_the_indicator_of_the_cell_before_it():
    # Fujian city, 2023, web copy: an indicator table kept with bars; the goal cell holds only a verb and the amount,
    # the indicator is the row's named cell before it; the quote stays in the goal cell
    rec = _rec("""厦门市卫生健康委员会关于印发家庭医生签约服务提质增效工作方案的通知
厦门市卫生健康委员会
2023年5月8日
一、工作目标
全市签约服务覆盖率稳步提升。
二、监测指标
指标名称 | 评价标准 | 数据来源
签约居民续约率 | 达到80% | 统计年报
签约服务覆盖率 | 每年提高1个百分点 | 统计年报
""")
    got = [(t["quote"], t["indicator"], t["value"], t["unit"]) for t in rec["targets"] if t["task"] == "二"]
    assert got == [("达到80%", "签约居民续约率", 80, "%"), ("提高1个百分点", "签约服务覆盖率", 1, "个百分点")]
    _grounded(rec)


def test_a_total_row_whose_last_empty_cell_the_copy_dropped():
    # Hunan county, 2010s, a 分解表 pasted with tabs: the 合计 row has no 联系领导, and the copy dropped its trailing tab;
    # its cells are the first columns' (no row gave an amount in the columns it lacks), one quota per place (TG17); the
    # header's `其中：五保户` (a part of the column before it) is a column's name, its colon no sentence's
    rec = _rec("双峰县人民政府办公室关于印发双峰县2016年农村危房改造实施方案的通知\n双峰县人民政府办公室\n2016年4月6日\n"
               "一、目标任务\n全县完成农村危房改造500户。\n二、工作要求\n各乡镇要按时完成。\n附件\n"
               "双峰县2016年农村危房改造任务分解表\n单位：户\n"
               "乡镇\t合计\t其中：五保户\t联系领导\n"
               "永丰镇\t300\t40\t刘××\n"
               "荷叶镇\t200\t30\t陈××\n"
               "合计\t500\t70\t\n")
    assert [(t["quote"], t["value"], t["unit"], t["year_start"], t["year_end"], t["task"])
            for t in rec["targets"] if t["span"][0] > rec["text"].find("分解表")] == [
        ("300", 300, "户", 2016, 2016, None), ("40", 40, "户", 2016, 2016, None),
        ("200", 200, "户", 2016, 2016, None), ("30", 30, "户", 2016, 2016, None),
        ("500", 500, "户", 2016, 2016, None), ("70", 70, "户", 2016, 2016, None)]
    _grounded(rec)


def test_numbered_quota_table_parted_by_runs_of_spaces():
    # Sichuan county, 2022, web copy: runs of ASCII spaces, a 序号 column, each unit in its column's bracket (万亩 scaled),
    # a caption saying how the task is shared (`各乡镇指标分解如下：`); each quota named by its town
    rec = _rec("苍溪县人民政府办公室关于印发苍溪县2022年高标准农田建设实施方案的通知\n苍溪县人民政府办公室\n2022年2月20日\n"
               "一、建设目标\n全县2022年建设高标准农田3.5万亩。\n各乡镇指标分解如下：\n"
               "序号    乡镇    新建（万亩）    改造提升（万亩）\n"
               "1    陵江镇    1.2    0.3\n"
               "2    元坝镇    1.0    0.2\n"
               "二、保障措施\n（一）加强领导。各乡镇要高度重视。\n")
    assert "序号 | 乡镇 | 新建（万亩） | 改造提升（万亩）\n1 | 陵江镇 | 1.2 | 0.3\n" in rec["text"]
    at = rec["text"].find("分解如下")
    assert [(t["quote"], t["indicator"], t["value"], t["unit"], t["year_start"], t["year_end"], t["task"])
            for t in rec["targets"] if t["span"][0] > at] == [
        ("1.2", "陵江镇新建", 12000, "亩", 2022, 2022, "一"), ("0.3", "陵江镇改造提升", 3000, "亩", 2022, 2022, "一"),
        ("1.0", "元坝镇新建", 10000, "亩", 2022, 2022, "一"), ("0.2", "元坝镇改造提升", 2000, "亩", 2022, 2022, "一")]
    _grounded(rec)
