"""s17-table2: how a task-division table's row restates its body item (scripts/table_swap.py, seeds 3 4 on b7-b10;
docs/decisions/table-swap-s17.md). Snippets written for these tests in the styles of other provinces and levels
(a Guangxi autonomous-region department, a Gansu county, a Tibet prefecture), never copied from a dev-corpus notice.
Expected triples written before the run; every triple of the record is compared (spurious ones counted)."""
from pipeline.clean import normalize_string
from pipeline.extract.task_tables import cell_words, restates_elided
from tests.test_s17table_classes import _triples  # (spans checked against the record's text)

# 1. A one-cell-per-line table whose task cells are long and stop without punctuation (an HTML table copied to
#    text): the organs on the next line are the lead cell, not the end of a paragraph the page's width cut.
#    A bank's branch leads one row (`…中心支行`). Rows 1 and 2 restate their items by heading.
LONG_STACKED_CELLS = """广西壮族自治区地方金融监督管理局关于印发广西普惠金融服务乡村振兴行动方案的通知
各市金融办，各有关单位：
现将《广西普惠金融服务乡村振兴行动方案》印发给你们，请认真组织实施。
广西普惠金融服务乡村振兴行动方案
一、主要任务
（一）支持农村信用社、村镇银行、小额贷款公司等地方法人金融机构下沉服务网点并扩大涉农信贷投放规模。各地要加大支持力度。
（二）推动农业保险扩面增品提标并探索开展特色农产品价格指数保险和收入保险试点工作。稳步扩大覆盖面。
（三）健全农村信用体系建设并推进新型农业经营主体信用评级工作。
附件：重点任务分工表
序号
重点任务
牵头单位
配合单位
完成时限
1
支持农村信用社、村镇银行、小额贷款公司等地方法人金融机构下沉服务网点并扩大涉农信贷投放规模
人民银行南宁中心支行
自治区地方金融监管局、自治区农业农村厅
长期坚持
2
推动农业保险扩面增品提标并探索开展特色农产品价格指数保险和收入保险试点工作
自治区财政厅
自治区农业农村厅
持续推进
3
健全农村信用体系建设
自治区发展改革委
人民银行南宁中心支行
年底前
"""

# 2. Task cells that open with the item's number (`（二）`, `3.`) and one that leaves out the heading's list of
#    examples (`推进农家乐、牧家乐、林卡等乡村旅游提质` restated as `推进乡村旅游提质`); a pipe table.
NUMBERED_AND_ELIDED = """林芝市人民政府办公室关于印发林芝市乡村旅游提质增效实施方案的通知
各县（区）人民政府，市直各有关单位：
现将《林芝市乡村旅游提质增效实施方案》印发给你们，请结合实际认真贯彻落实。
林芝市乡村旅游提质增效实施方案
一、重点任务
（一）推进农家乐、牧家乐、林卡等乡村旅游提质。制定服务规范，开展星级评定。
（二）完善乡村旅游基础设施。改造提升旅游厕所和停车场。
（三）培育乡村旅游人才。开展乡村旅游从业人员培训。
附件1：重点任务分工表
序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限
1 | 推进乡村旅游提质 | 市文化旅游局 | 市商务局 | 长期坚持
2 | （二）完善乡村旅游基础设施 | 市住房城乡建设局 | 市交通运输局 | 持续推进
3 | （三）培育乡村旅游人才 | 市人力资源社会保障局 | 市文化旅游局 | 年底前
"""

# 3. Precision: a row whose cell drops a word that is no list of examples (`加强财税金融支持` against a heading
#    `加强财税、金融支持`), and one restating no item, stay on `表/N`; a county's own prose paragraph that is cut
#    by the page's width before an organ (no table) still runs on.
NO_ITEM_RESTATED = """临夏县人民政府办公室关于印发临夏县牛羊产业发展三年行动方案的通知
各乡镇人民政府，县直各部门：
现将《临夏县牛羊产业发展三年行动方案》印发给你们，请认真贯彻执行。
临夏县牛羊产业发展三年行动方案
一、重点任务
（一）加强财税、金融支持。统筹整合涉农资金。
（二）建设标准化养殖小区。
附件：任务分工表
序号 | 工作任务 | 牵头单位 | 配合单位
1 | 加强金融支持 | 县财政局 | 县农业农村局
2 | 组织开展牛羊产业招商推介活动 | 县商务局 | 县农业农村局
"""




def test_long_stacked_task_cells_keep_their_lead_cell():
    assert _triples(LONG_STACKED_CELLS) == sorted([
        ("一/(一)", "中国人民银行南宁中心支行", "lead"),
        ("一/(一)", "广西壮族自治区地方金融监督管理局", "co"),
        ("一/(一)", "广西壮族自治区农业农村厅", "co"),
        ("一/(二)", "广西壮族自治区财政厅", "lead"),
        ("一/(二)", "广西壮族自治区农业农村厅", "co"),
        # (s36-tables) item (三) is one sentence and nothing more: its heading is that whole sentence, and the row writing
        # its first clause (`健全农村信用体系建设`) does not contain it (guide S20 R13; the CQ labels of the open half): 表/3
        ("表/3", "广西壮族自治区发展和改革委员会", "lead"),
        ("表/3", "中国人民银行南宁中心支行", "co"),
    ])


def test_numbered_and_elided_cells_restate_their_items():
    assert _triples(NUMBERED_AND_ELIDED) == sorted([
        ("一/(一)", "林芝市文化和旅游局", "lead"),
        ("一/(一)", "林芝市商务局", "co"),
        ("一/(二)", "林芝市住房和城乡建设局", "lead"),
        ("一/(二)", "林芝市交通运输局", "co"),
        ("一/(三)", "林芝市人力资源和社会保障局", "lead"),
        ("一/(三)", "林芝市文化和旅游局", "co"),
    ])


def test_cells_restating_no_item_stay_on_the_table():
    assert _triples(NO_ITEM_RESTATED) == sorted([
        ("表/1", "临夏县财政局", "lead"),
        ("表/1", "临夏县农业农村局", "co"),
        ("表/2", "临夏县商务局", "lead"),
        ("表/2", "临夏县农业农村局", "co"),
    ])


def test_cell_words_and_elided_lists():
    assert cell_words("（三）政务数据共享") == "政务数据共享"
    assert cell_words("17．适老化改造") == "适老化改造"
    assert cell_words("2025年底前") == "2025年底前"  # a date, no item number
    assert cell_words("3.5万亩高标准农田") == "3.5万亩高标准农田"  # a decimal, no item number
    assert restates_elided("推进乡村旅游提质", "推进农家乐、牧家乐、林卡等乡村旅游提质")
    assert not restates_elided("加强金融支持", "加强财税、金融支持")  # no 等: no list of examples
    assert not restates_elided("推进提质", "推进农家乐、牧家乐等乡村旅游提质")  # too short to tell


def test_prose_cut_before_an_organ_outside_a_table_runs_on():
    text = ("某县人民政府关于做好春季农业生产工作的通知\n各乡镇人民政府：\n"
            "为切实做好今年春季农业生产各项工作确保粮食播种面积稳定在上年水平并进一步加强农田水利设施建设由\n"
            "县农业农村局\n负责组织实施。\n")
    clean = normalize_string(text).text
    assert "建设由县农业农村局" in clean.replace("\n", "")
    assert "由\n县农业农村局" not in clean
