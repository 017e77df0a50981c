"""s17-table: task-division tables as a plan's attachment restating its body items (scripts/table_swap.py,
docs/decisions/table-swap-s17.md). Snippets written for these tests in the styles of other provinces and levels
(a Heilongjiang district, a Hainan prefecture, a Gansu province), never copied from a dev-corpus notice.
Expected triples written before the run; every triple of the record is compared (spurious ones counted)."""
from pipeline import process_text

# 1. A one-cell-per-line table (pdfplumber, an HTML table copied to text) whose header is repeated after a
#    page break (the cleaner drops the page number between): the row before it is short (its empty 配合单位
#    cell left no line), the header's 序号 is no cell of that row, and the rows after the break are read.
STACKED_PAGE_BREAK = """黑河市爱辉区人民政府办公室关于印发爱辉区黑土地保护利用工作方案的通知
各乡镇人民政府，区政府各有关部门：
现将《爱辉区黑土地保护利用工作方案》印发给你们，请认真贯彻执行。
爱辉区黑土地保护利用工作方案
一、重点任务
（一）推进高标准农田建设。统筹整合涉农资金，集中连片推进农田基础设施建设。
（二）推广保护性耕作。扩大秸秆覆盖免耕播种面积，建立技术指导服务体系。
（三）加强耕地质量监测。完善耕地质量监测网络，定期发布监测结果。
（四）开展黑土地保护宣传。利用广播电视、微信公众号等普及保护知识。
二、保障措施
（一）加强组织领导。区农业农村局要会同区财政局统筹推进各项工作。
附件：重点任务分工表
序号
重点任务
牵头单位
配合单位
完成时限
1
推进高标准农田建设
区农业农村局
区财政局、区自然资源局
长期坚持
2
推广保护性耕作
区农业农村局
持续推进
序号
重点任务
牵头单位
配合单位
完成时限
3
加强耕地质量监测
区农业农村局
区生态环境分局
长期坚持
4
开展黑土地保护宣传
区委宣传部
区农业农村局
持续推进
5
加强组织领导
区农业农村局
区财政局
长期坚持
"""

# 2. An item a table row restates carries the row as its annotation: the prose of the item (`会同`) assigns
#    nothing beside it (spec 1.1 section 6); an item no row restates keeps its prose assignment.
ROW_IS_ANNOTATION = """三亚市人民政府办公室关于印发三亚市促进民宿产业发展实施方案的通知
各区人民政府，市政府直属各单位：
现将《三亚市促进民宿产业发展实施方案》印发给你们，请结合实际认真组织实施。
三亚市促进民宿产业发展实施方案
一、主要任务
（一）规范民宿准入管理。明确民宿开办条件，优化证照办理流程。
（二）提升民宿服务品质。开展民宿管家培训，推动民宿标准化建设。
（三）强化民宿安全监管。市旅游和文化广电体育局会同市公安局建立民宿安全联合检查制度。
二、保障措施
（一）加强统筹协调。市旅游和文化广电体育局负责统筹协调民宿产业发展工作。
附件
三亚市促进民宿产业发展重点任务分工表
序号	主要任务	责任单位	完成时限
1	规范民宿准入管理	市旅游和文化广电体育局（牵头）、市市场监督管理局	持续推进
2	提升民宿服务品质	市旅游和文化广电体育局（牵头）、市人力资源和社会保障局	长期坚持
3	强化民宿安全监管	市公安局（牵头）、市旅游和文化广电体育局、市住房和城乡建设局	长期坚持
"""

# 3. A tab table after the plan's last item, its 责任单位 cells marking the lead `（牵头）`: a sentence read across a
#    row's cells (number, task, organs, deadline) is the row's, not an assignment of the body item before the table.
ROW_SENTENCE_AFTER_LAST_ITEM = """甘肃省人民政府办公厅关于印发甘肃省推动人工智能产业发展行动方案的通知
各市、自治州人民政府，省政府有关部门：
现将《甘肃省推动人工智能产业发展行动方案》印发给你们，请认真贯彻落实。
甘肃省推动人工智能产业发展行动方案
一、重点任务
（一）强化基础研究。围绕机器学习、知识图谱等方向布局基础研究项目。
（二）开展关键技术攻关。实施基础软件扶持计划，加强软件全栈技术创新。
（三）加强智能硬件创新布局。实施智能硬件加速创新计划，培育若干具有牵引性重大产品。
二、保障措施
（一）加强组织实施。各市州要结合实际抓好落实。
附件
重点任务分工表
序号\t具体措施\t责任单位\t完成时限
1\t强化基础研究\t省科技厅（牵头）、省教育厅\t持续推进
2\t开展关键技术攻关\t省科技厅（牵头）、省发展改革委、省工业和信息化厅\t持续实施
3\t加强智能硬件创新布局\t省科技厅（牵头）、省发展改革委、省工业和信息化厅、省财政厅\t年底前
"""


def _triples(text):
    r = process_text(text, doc_id="s17table").model_dump()
    for x in r["responsibilities"]:
        assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]  # spans into the record's clean text
    return sorted((x["task"], x["department"], x["role"]) for x in r["responsibilities"])


def test_stacked_header_repeated_after_page_break():
    assert _triples(STACKED_PAGE_BREAK) == sorted([
        ("一/(一)", "黑河市爱辉区农业农村局", "lead"), ("一/(一)", "黑河市爱辉区财政局", "co"),
        ("一/(一)", "黑河市爱辉区自然资源局", "co"),
        ("一/(二)", "黑河市爱辉区农业农村局", "lead"),
        ("一/(三)", "黑河市爱辉区农业农村局", "lead"), ("一/(三)", "黑河市生态环境局爱辉分局", "co"),  # (s25-org: the city bureau's branch)
        ("一/(四)", "中共黑河市爱辉区委宣传部", "lead"), ("一/(四)", "黑河市爱辉区农业农村局", "co"),
        ("二/(一)", "黑河市爱辉区农业农村局", "lead"), ("二/(一)", "黑河市爱辉区财政局", "co"),
    ])


def test_row_restating_an_item_is_its_annotation():
    assert _triples(ROW_IS_ANNOTATION) == sorted([
        ("一/(一)", "三亚市旅游和文化广电体育局", "lead"), ("一/(一)", "三亚市市场监督管理局", "co"),
        ("一/(二)", "三亚市旅游和文化广电体育局", "lead"), ("一/(二)", "三亚市人力资源和社会保障局", "co"),
        ("一/(三)", "三亚市公安局", "lead"), ("一/(三)", "三亚市旅游和文化广电体育局", "co"),
        ("一/(三)", "三亚市住房和城乡建设局", "co"),
        ("二/(一)", "三亚市旅游和文化广电体育局", "responsible"),
    ])


def test_row_sentence_is_no_assignment_of_the_last_item():
    assert _triples(ROW_SENTENCE_AFTER_LAST_ITEM) == sorted([
        ("一/(一)", "甘肃省科学技术厅", "lead"), ("一/(一)", "甘肃省教育厅", "co"),
        ("一/(二)", "甘肃省科学技术厅", "lead"), ("一/(二)", "甘肃省发展和改革委员会", "co"),
        ("一/(二)", "甘肃省工业和信息化厅", "co"),
        ("一/(三)", "甘肃省科学技术厅", "lead"), ("一/(三)", "甘肃省发展和改革委员会", "co"),
        ("一/(三)", "甘肃省工业和信息化厅", "co"), ("一/(三)", "甘肃省财政厅", "co"),
    ])
