"""s36-tables2 (issue 11): task-division tables whose header ends in a role column (no time column), flattened with
spaces and wrapped over lines as a PDF copy gives them (spec 1.1 section 6; guide S20 R13, R27). Snippets written for
these tests (a Yunnan prefecture 2022, a Shandong county 2017, a Heilongjiang province 2020), never copied from a
dev-corpus notice; expected triples written before the run.

The layout grammar read: a row opens at the next number; a wrapped line goes on with the cell it cuts or, after a whole
organ's name, opens the next cell (the 配合单位 after the 牵头单位); the row is whole when it has every cell and its last
cell ends an organ's name; a line opening no organ after such a row goes on with the last name (`省委` / `宣传部`)."""
from pipeline import process_text


def _record(text):
    rec = process_text(text, doc_id="s36tables2").model_dump()
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return rec


def _triples(rec):
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


# 1. A Shandong county, 2017: 牵头单位 / 配合单位, no time column; a co cell wrapped inside a name (`各乡` / `镇人民政府`),
#    a lead cell wrapped inside its name (`县住房城乡建设` / `局`), and a lead cell ending its line, the co cell on the next
#    (`… 县财政局` / `县考核办、…`): the border is the line break, the two cells must not run together.
SHANDONG_COUNTY_2017 = """沂水县人民政府办公室关于印发沂水县城乡环卫一体化工作方案的通知

沂政办发〔2017〕19号

各乡镇人民政府（街道办事处），县政府各部门：
    现将《沂水县城乡环卫一体化工作方案》印发给你们，请认真组织实施。

沂水县人民政府办公室
2017年4月6日

沂水县城乡环卫一体化工作方案

    一、工作目标
    到2017年底，全县城乡生活垃圾无害化处理率达到95%以上。
    二、工作任务
    （一）完善收运设施。
    （二）建立保洁队伍。
    （三）健全长效机制。

    附件：沂水县城乡环卫一体化工作任务分工

附件

沂水县城乡环卫一体化工作任务分工

序号 工作任务 牵头单位 配合单位
1 按照每村不少于2个垃圾收集点的标准配齐收集设施，建成乡镇垃圾中
转站 县住房城乡建设局 县财政局、县环保局、各乡
镇人民政府（街道办事处）
2 按照每300人配备1名保洁员的标准建立村庄保洁队伍 县住房城乡建设
局 各乡镇人民政府（街道办事处）
3 建立环卫经费保障和考核奖惩机制，纳入乡镇年度综合考核 县财政局
县考核办、县住房城乡建设局
"""


def test_shandong_county_lead_and_co_columns_wrapped():
    rec = _record(SHANDONG_COUNTY_2017)
    text = rec["text"]
    assert "县财政局、县环保局、各乡镇人民政府（街道办事处）\n" in text
    assert "综合考核 县财政局 县考核办、县住房城乡建设局" in text
    build = "沂水县住房和城乡建设局"
    assert _triples(rec) == sorted([
        ("表/1", build, "lead"), ("表/1", "沂水县财政局", "co"), ("表/1", "沂水县环境保护局", "co"),
        ("表/1", "各乡镇人民政府", "co"), ("表/1", "各街道办事处", "co"),
        ("表/2", build, "lead"), ("表/2", "各乡镇人民政府", "co"), ("表/2", "各街道办事处", "co"),
        ("表/3", "沂水县财政局", "lead"), ("表/3", "沂水县考核办", "co"), ("表/3", build, "co"),
    ])


# 2. A Heilongjiang province, 2020: single-spaced rows restating the body's items by number and heading (`（二）完善…`);
#    rows 1 and 2 whole on their lines, then a co cell cut inside a name (`省住房` / `城乡建设厅`), a task cell wrapped
#    (`…欺客宰客` / `行为 省市场监管局 …`), a name cut after a shorter name's end (`省委` / `宣传部`), prose under the table.
HEILONGJIANG_2020 = """黑龙江省人民政府办公厅关于印发黑龙江省推进冰雪旅游产业发展实施方案的通知

黑政办规〔2020〕12号

各市（地）、县（市）人民政府（行政公署），省政府各直属单位：
    经省政府同意，现将《黑龙江省推进冰雪旅游产业发展实施方案》印发给你们，请认真贯彻落实。

黑龙江省人民政府办公厅
2020年3月26日

黑龙江省推进冰雪旅游产业发展实施方案

    一、发展目标
    到2022年，全省冰雪旅游收入年均增长15%以上。
    二、重点任务
    （一）提升冰雪旅游产品供给。打造一批冰雪旅游精品线路。
    （二）完善冰雪旅游基础设施。
    （三）加强冰雪旅游市场监管。
    三、保障措施
    各地、各有关部门要按照任务分工抓好落实。

    附件：黑龙江省推进冰雪旅游产业发展重点任务分工

附件

黑龙江省推进冰雪旅游产业发展重点任务分工

序号 重点任务 牵头单位 配合单位
1 （一）提升冰雪旅游产品供给 省文化和旅游厅 省发展改革委、省体育局
2 （二）完善冰雪旅游基础设施 省交通运输厅 省文化和旅游厅、省住房
城乡建设厅
3 （三）加强冰雪旅游市场监管，严厉打击欺客宰客
行为 省市场监管局 省文化和旅游厅、省公安厅
4 开展冰雪旅游宣传推介 省文化和旅游厅 省委
宣传部、省广电局

各地要结合实际抓好落实。
"""


def test_heilongjiang_single_spaced_rows_wrapped():
    rec = _record(HEILONGJIANG_2020)
    text = rec["text"]
    assert "| 省文化和旅游厅、省住房城乡建设厅\n3 |" in text
    assert "严厉打击欺客宰客行为 | 省市场监管局 |" in text
    assert "| 省委宣传部、省广电局\n" in text
    tour, prov = "黑龙江省文化和旅游厅", "黑龙江省"
    assert _triples(rec) == sorted([
        ("二/(一)", tour, "lead"), ("二/(一)", prov + "发展和改革委员会", "co"), ("二/(一)", prov + "体育局", "co"),
        ("二/(二)", prov + "交通运输厅", "lead"), ("二/(二)", tour, "co"), ("二/(二)", prov + "住房和城乡建设厅", "co"),
        ("二/(三)", prov + "市场监督管理局", "lead"), ("二/(三)", tour, "co"), ("二/(三)", prov + "公安厅", "co"),
        ("表/4", tour, "lead"), ("表/4", "中共黑龙江省委宣传部", "co"), ("表/4", prov + "广播电视局", "co"),
    ])


# 3. A Guangxi prefecture, 2019: 牵头单位 / 配合单位 rows written whole on their lines, two of them with the lead cell
#    run into the co cell (`市财政局市考核办、…`: the copy lost the space between them); the row is one cell short and the
#    co cell's first name holds two names, cut where the first ends and the next one's level word opens.
GUANGXI_PREFECTURE_2019 = """梧州市人民政府办公室关于印发梧州市农村生活垃圾治理工作方案的通知

梧政办发〔2019〕58号

各县（市、区）人民政府，市直各委、办、局：
    现将《梧州市农村生活垃圾治理工作方案》印发给你们，请认真贯彻执行。

梧州市人民政府办公室
2019年10月15日

梧州市农村生活垃圾治理工作方案

    一、工作任务
    （一）完善收运设施。
    （二）健全长效机制。

    附件：梧州市农村生活垃圾治理工作任务分工

附件

梧州市农村生活垃圾治理工作任务分工

序号 工作任务 牵头单位 配合单位
1 配齐村庄垃圾收集设施 市住房城乡建设局 市财政局、市生态环境局
2 建立村庄保洁队伍 市住房城乡建设局 各县（市、区）人民政府
3 建立环卫经费保障和考核奖惩机制 市财政局市考核办、市住房城乡建设局
4 开展农村生活垃圾分类试点 市生态环境局市住房城乡建设局、市商务局
"""


def test_guangxi_prefecture_lead_run_into_co_cell():
    rec = _record(GUANGXI_PREFECTURE_2019)
    build, city = "梧州市住房和城乡建设局", "梧州市"
    assert _triples(rec) == sorted([
        ("表/1", build, "lead"), ("表/1", city + "财政局", "co"), ("表/1", city + "生态环境局", "co"),
        ("表/2", build, "lead"), ("表/2", "各县（市、区）人民政府", "co"),
        ("表/3", city + "财政局", "lead"), ("表/3", city + "考核办", "co"), ("表/3", build, "co"),
        ("表/4", city + "生态环境局", "lead"), ("表/4", build, "co"), ("表/4", city + "商务局", "co"),
    ])
