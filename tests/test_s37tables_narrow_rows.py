"""s37-tables (issue 11): task-division and quota tables as a web page or a PDF hands them to us in text (spec 1.1 sections
4, 6, 7; guide R27, TG12, TG31, S22, S36 CR2 Q2). Snippets written for these tests in the styles of other provinces, levels
and eras (a Shandong prefecture 2020, a Guangxi autonomous county 2018, a Shanxi district 2021, a Hebei county
2022, a Hunan county 2020), never copied from a
dev-corpus notice. Expected items written before the run; every item is compared.

The layout grammar read:
* a task table copied cell by cell from a page whose task column is narrow: each cell wraps over several lines (a task
  over five, the organs beside it over three), cells end and open on one line parted by a space, the deadline last; the
  header opens its own line under a title as wide as the page; a cell may end in a collective (`…等市直有关单位`) and a row's
  lead may be a company (`国网…供电公司`) after the task's stop; group rows (`二、…`) stand between rows;
* `附表` alone on its line heads an attachment as `附件` does: the table's rows and amounts are no item's above it;
* a body sentence that sends the reader to the table and gives a collective its area's work, `不再列出`, is the table's
  note: that collective is `responsible` on every row, not on the item the sentence stands in;
* a quota table's unit line listing one unit per kind of column (`单位：处、人`) gives the columns naming a thing counted
  their units in order; a year column or a `其中` column counts in the unit of the column before it;
* a PDF's text layer (a Hebei county 2022, a Hunan county 2020) glues the table's title to its header and a row's deadline
  to the next row's number, wraps a narrow head (`乡镇（街` / `道）`) and glues year heads to the head before them: each is
  parted again."""
from pipeline import process_text


def _record(text):
    rec = process_text(text, doc_id="s37tables").model_dump()
    for x in rec["responsibilities"] + rec["targets"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]  # spans into the record's clean text
    return rec


def _triples(rec):
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


def _targets(rec):
    return [(x["task"], x["quote"], x["value"], x["unit"], x["comparator"], x["year_start"], x["year_end"])
            for x in rec["targets"]]


# 1. A Shandong prefecture, 2020: a 附表 after the plan, its title as wide as the page; the task column narrow (row 1's task
#    over five lines, its partners over three, wrapped mid-name `市人力资源社会` / `保障局` and mid-collective `市直有` / `关单位`);
#    a row whose lead is the grid company; a wrapped line opening with an amount (`5个工作日以内`) that is no row; the body
#    sentence that points to the table giving the counties every row.
SHANDONG_PREFECTURE_2020 = """潍坊市人民政府办公室关于印发潍坊市2020年优化营商环境重点任务分工方案的通知

潍政办字〔2020〕15号

各县市区人民政府，市属各开发区管委会，市政府各部门、各直属机构：
　　《潍坊市2020年优化营商环境重点任务分工方案》已经市政府同意，现印发给你们，
请认真贯彻落实。

　　　　　　　　　　　　　　　　　　潍坊市人民政府办公室
　　　　　　　　　　　　　　　　　　　　2020年3月20日

潍坊市2020年优化营商环境重点任务分工方案

　　一、工作目标
　　2020年，全市企业开办时间压缩至2个工作日以内，营商环境持续
改善。
　　二、任务分工
　　各项任务的牵头、配合单位见附表。排在第一位的为牵头单位，其他
为配合单位，各县市区政府负责本辖区相关工作落实，不再列出。
　　三、保障措施
　　（一）加强调度。市优化营商环境工作领导小组办公室定期调度进展
情况。
　　（二）严格考核。将任务落实情况纳入年度综合考核。

附表

潍坊市2020年优化营商环境重点任务分工表

序号 任务 牵头单位 配合单位 完成时限
一、提升政务服务效能
1 推行企业开办“一窗通办”，
全面实现营业执照、公章刻
制、涉税事项和社保登记同
步办理，企业开办时间压缩
至2个工作日以内。
市行政审批服务局 市公安局、市人力资源社会
保障局、市税务局等市直有
关单位
2020年6月底前
2 推进政务服务事项网上办理，
网上可办率达到90%以上。
市行政审批服务局 市大数据局 2020年12月底前
二、优化市场环境
3 优化用电报装服务，低压小
微企业用电报装时间压缩至
5个工作日以内，推行“零上
门”服务。
国网潍坊供电公司 市发展改革委、市住房城乡
建设局
持续推进
4 加大普惠金融支持力度，全
年新增小微企业贷款50亿元
以上。
市地方金融监管局 人民银行潍坊市中心支行、
市财政局
2020年12月底前
"""


def test_shandong_prefecture_narrow_task_column():
    rec = _record(SHANDONG_PREFECTURE_2020)
    text = rec["text"]
    # the title keeps its line; each row is one line again, the cells parted
    assert "\n潍坊市2020年优化营商环境重点任务分工表\n序号 任务 牵头单位 配合单位 完成时限\n" in text
    assert ("企业开办时间压缩至2个工作日以内。 市行政审批服务局 市公安局、市人力资源社会保障局、市税务局等市直有关单位"
            "2020年6月底前\n") in text
    assert "推行“零上门”服务。 国网潍坊供电公司 市发展改革委、市住房城乡建设局 持续推进\n" in text
    # the rows are no tasks (spec section 4)
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "三", "三/(一)", "三/(二)"]
    assert _triples(rec) == sorted([
        ("表/1", "潍坊市行政审批服务局", "lead"), ("表/1", "潍坊市公安局", "co"),
        ("表/1", "潍坊市人力资源和社会保障局", "co"), ("表/1", "国家税务总局潍坊市税务局", "co"),
        ("表/2", "潍坊市行政审批服务局", "lead"), ("表/2", "潍坊市大数据局", "co"),
        # the grid company is an enterprise, no department (spec section 5): the row has no lead, its partners stay co
        ("表/3", "潍坊市发展和改革委员会", "co"), ("表/3", "潍坊市住房和城乡建设局", "co"),
        ("表/4", "潍坊市地方金融监督管理局", "lead"), ("表/4", "中国人民银行潍坊市中心支行", "co"),
        ("表/4", "潍坊市财政局", "co"),
    ] + [(f"表/{n}", "各县市区政府", "responsible") for n in range(1, 5)])
    # the rows' amounts: no item's (TG12), dated by the row's deadline cell under a group row (S22), or by 全年 (TG47)
    assert _targets(rec) == [
        (None, "网上可办率达到90%以上", 90.0, "%", ">=", None, 2020),
        (None, "新增小微企业贷款50亿元以上", 5000000000.0, "元", ">=", 2020, 2020),
    ]


# 2. A Guangxi autonomous county, 2018, a web copy: the quota table's unit line lists 处 for the works and 人 for the people
#    served; the year columns share out the works.
GUANGXI_COUNTY_2018 = """首页 > 信息公开 > 政府文件

融水苗族自治县人民政府办公室关于印发融水苗族自治县农村饮水安全巩固提升工程实施方案（2018—2020年）的通知

融政办发〔2018〕22号

各乡镇人民政府，县直各有关单位：
　　《融水苗族自治县农村饮水安全巩固提升工程实施方案（2018—2020年）》已经县人民政府同意，现印发给你们，请认真组织实施。

融水苗族自治县人民政府办公室
2018年5月8日

融水苗族自治县农村饮水安全巩固提升工程实施方案（2018—2020年）

　　一、目标任务
　　到2020年，全县建设农村饮水安全巩固提升工程60处，受益人口4.3万人，农村自来水普及率达到85%以上。
　　二、工作要求
　　各乡镇要按照任务分解表抓好落实，县水利局负责技术指导。

附件：融水苗族自治县农村饮水安全巩固提升工程任务分解表

附件
融水苗族自治县2018—2020年农村饮水安全巩固提升工程任务分解表
单位：处、人
乡镇　　　工程合计　2018年　2019年　2020年　受益人口
融水镇　　　20　　　6　　　7　　　7　　　15000
和睦镇　　　22　　　8　　　7　　　7　　　16000
三防镇　　　18　　　6　　　6　　　6　　　12000
合计　　　　60　　　20　　　20　　　20　　　43000
"""


def test_guangxi_county_units_listed_per_column():
    rec = _record(GUANGXI_COUNTY_2018)
    rows = [("融水镇", 20, 6, 7, 7, 15000), ("和睦镇", 22, 8, 7, 7, 16000), ("三防镇", 18, 6, 6, 6, 12000),
            ("合计", 60, 20, 20, 20, 43000)]
    expected = [
        ("一", "建设农村饮水安全巩固提升工程60处", 60.0, "处", "=", None, 2020),
        ("一", "受益人口4.3万人", 43000.0, "人", "=", None, 2020),
        ("一", "农村自来水普及率达到85%以上", 85.0, "%", ">=", None, 2020),
    ]
    for _, total, y18, y19, y20, people in rows:
        expected += [(None, str(total), float(total), "处", "=", 2018, 2020),
                     (None, str(y18), float(y18), "处", "=", 2018, 2018),
                     (None, str(y19), float(y19), "处", "=", 2019, 2019),
                     (None, str(y20), float(y20), "处", "=", 2020, 2020),
                     (None, str(people), float(people), "人", "=", 2018, 2020)]
    assert _targets(rec) == expected
    assert [x["indicator"] for x in rec["targets"][3:8]] == ["融水镇工程合计", "融水镇2018年", "融水镇2019年", "融水镇2020年",
                                                           "融水镇受益人口"]


# 3. A Shanxi district, 2021: 公里 for the roads and 座 for the bridges; the 其中 column is part of the roads.
SHANXI_DISTRICT_2021 = """长治市屯留区人民政府办公室关于下达2021年农村公路建设任务的通知

屯政办发〔2021〕9号

各乡镇人民政府，区直有关单位：
　　现将2021年农村公路建设任务下达给你们，请抓好落实。

附件
屯留区2021年农村公路建设任务分解表
单位：公里、座
乡镇　　道路合计　其中硬化　桥梁
麟绛镇　　12　　　8　　　2
余吾镇　　15　　　10　　　3
合计　　　27　　　18　　　5

长治市屯留区人民政府办公室
2021年3月2日
"""


def test_shanxi_district_part_column_keeps_the_unit_before_it():
    rec = _record(SHANXI_DISTRICT_2021)
    expected = []
    for roads, paved, bridges in ((12, 8, 2), (15, 10, 3), (27, 18, 5)):
        expected += [(None, str(roads), float(roads), "公里", "=", 2021, 2021),
                     (None, str(paved), float(paved), "公里", "=", 2021, 2021),
                     (None, str(bridges), float(bridges), "座", "=", 2021, 2021)]
    assert _targets(rec) == expected


# 4. A Hebei county, 2022, as a PDF's text layer gives it (spaces around numbers, `2022 年`): the title and the header on one
#    printed line, and a row's deadline followed on the same line by the next row's number and task.
HEBEI_COUNTY_2022_PDF_TEXT = """青县人民政府办公室关于印发青县 2022 年农村人居环境整治工作方案的通知

青政办字〔2022〕11 号

各乡镇人民政府，县直有关部门：
《青县 2022 年农村人居环境整治工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。

青县人民政府办公室
2022 年 3 月 9 日

青县 2022 年农村人居环境整治工作方案

一、工作目标
2022 年，全县农村人居环境明显改善。
二、任务分工
各项任务分工详见附表。
附表
青县 2022 年农村人居环境整治重点任务分工表序号 工作任务 牵头单位 配合单位 完成时限
一、推进厕所革命
1 完成农村户厕改造 1200 户，改厕合格率达到 95% 以上。
县农业农村局 县卫生健康局、各乡镇人民政府 2022 年 10 月底前 2 新建农村公厕 20 座，
实现中心村全覆盖。
县住房城乡建设局 县农业农村局 2022 年 12 月底前
二、治理生活垃圾
3 新购置垃圾清运车辆 15 辆。
县城市管理综合行政执法局 县财政局 2022 年 6 月底前
"""


def test_hebei_county_glued_header_and_rows_split():
    rec = _record(HEBEI_COUNTY_2022_PDF_TEXT)
    text = rec["text"]
    assert "\n青县2022年农村人居环境整治重点任务分工表\n序号 工作任务 牵头单位 配合单位 完成时限\n" in text
    assert "县卫生健康局、各乡镇人民政府2022年10月底前\n2新建农村公厕20座，实现中心村全覆盖。 县住房城乡建设局" in text
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]
    assert _triples(rec) == sorted([
        ("表/1", "青县农业农村局", "lead"), ("表/1", "青县卫生健康局", "co"), ("表/1", "各乡镇人民政府", "co"),
        ("表/2", "青县住房和城乡建设局", "lead"), ("表/2", "青县农业农村局", "co"),
        ("表/3", "青县城市管理综合行政执法局", "lead"), ("表/3", "青县财政局", "co"),
    ])
    assert [(t[2], t[3], t[4], t[5], t[6], t[0]) for t in _targets(rec)] == [
        (1200.0, "户", "=", None, 2022, None), (95.0, "%", ">=", None, 2022, None),
        (20.0, "座", "=", None, 2022, None), (15.0, "辆", "=", None, 2022, None),
    ]


# 5. A Hunan county, 2020, as a PDF's text layer gives it: the label head wrapped (`乡镇（街` / `道）`), the year heads glued to
#    the head before them once the spaces around numbers are read away (`户厕合计2020年2021年 村级公厕`); 户 for the toilets,
#    座 for the public ones.
HUNAN_COUNTY_2020_PDF_TEXT = """泸溪县人民政府办公室关于下达 2020—2021 年农村改厕任务的通知

泸政办发〔2020〕5 号

各乡镇人民政府：
现将 2020—2021 年农村改厕任务下达给你们，请抓好落实。

附件
泸溪县 2020—2021 年农村改厕任务分解表
单位：户、座
乡镇（街
道）
户厕合计 2020 年 2021 年 村级公厕
武溪镇 600 300 300 5
浦市镇 500 250 250 4
合计 1100 550 550 9

泸溪县人民政府办公室
2020 年 2 月 20 日
"""


def test_hunan_county_wrapped_header_glued_year_heads():
    rec = _record(HUNAN_COUNTY_2020_PDF_TEXT)
    expected = []
    for total, y20, y21, public in ((600, 300, 300, 5), (500, 250, 250, 4), (1100, 550, 550, 9)):
        expected += [(None, str(total), float(total), "户", "=", 2020, 2021),
                     (None, str(y20), float(y20), "户", "=", 2020, 2020),
                     (None, str(y21), float(y21), "户", "=", 2021, 2021),
                     (None, str(public), float(public), "座", "=", 2020, 2021)]
    assert _targets(rec) == expected
    assert [x["indicator"] for x in rec["targets"][:4]] == ["武溪镇户厕合计", "武溪镇2020年", "武溪镇2021年", "武溪镇村级公厕"]


# 6. A Guizhou autonomous prefecture, 2021: a web table one cell per line whose time column says when a row's work starts
#    (`2021年起`): from that year on, open-ended (spec §7, as `从…起`); a deadline beside it stays a deadline.
GUIZHOU_PREFECTURE_2021 = """黔东南州人民政府办公室关于印发黔东南州促进养老服务发展重点任务分工的通知

黔东南府办发〔2021〕14号

各县（市）人民政府，州直有关部门：
　　《黔东南州促进养老服务发展重点任务分工》已经州人民政府同意，现印发给你们，请认真贯彻执行。

黔东南州人民政府办公室
2021年4月6日

黔东南州促进养老服务发展重点任务分工

　　为加快发展养老服务，现将重点任务分工如下。

序号
任务
牵头单位
配合单位
完成时限
1
新建城镇居住区按每百户不少于20平方米标准配建养老服务设施
州住房城乡建设局
州自然资源局、州民政局
2021年起
2
每个县（市）至少建成1所县级失能照护服务机构
州民政局
州卫生健康局
2022年底前
"""


def test_guizhou_prefecture_start_year_cell():
    rec = _record(GUIZHOU_PREFECTURE_2021)
    assert [(t[2], t[3], t[4], t[5], t[6]) for t in _targets(rec)] == [
        (20.0, "平方米", ">=", 2021, None), (1.0, "所", ">=", None, 2022),
    ]


# 7. A Jiangxi prefecture, 2022: a table kept with tabs, rows numbered 11 and 12; the month of the deadline cell
#    (`2024年12月`) is no next row's number.
JIANGXI_PREFECTURE_2022 = """宜春市人民政府办公室关于印发宜春市富硒产业发展三年行动方案的通知

宜府办字〔2022〕30号

各县（市、区）人民政府，市政府各部门：
　　《宜春市富硒产业发展三年行动方案》已经市政府同意，现印发给你们，请认真组织实施。

宜春市人民政府办公室
2022年5月10日

附件
宜春市富硒产业发展重点任务分工表
序号	重点任务	牵头单位	配合单位	完成时限
11	富硒农产品认证数量达到120个	市农业农村局	市市场监管局	2024年12月
12	富硒功能农业示范基地达到30个	市农业农村局	市科技局	2024年12月
"""


def test_jiangxi_prefecture_tab_rows_keep_their_month():
    rec = _record(JIANGXI_PREFECTURE_2022)
    assert "| 市市场监管局 | 2024年12月\n12 | 富硒功能农业示范基地达到30个" in rec["text"]
    assert _triples(rec) == sorted([
        ("表/11", "宜春市农业农村局", "lead"), ("表/11", "宜春市市场监督管理局", "co"),
        ("表/12", "宜春市农业农村局", "lead"), ("表/12", "宜春市科学技术局", "co"),
    ])
    assert [(t[2], t[3], t[5], t[6]) for t in _targets(rec)] == [(120.0, "个", None, 2024), (30.0, "个", None, 2024)]
