"""s36-tables (issue 11): task-division tables flattened with spaces whose rows wrap over several lines, as a PDF copy
gives them (spec 1.1 section 6 "as a table or flattened to text"; guide S20 R13, R27, R42, T9). Snippets written for these
tests in the styles of other provinces, levels and eras (a Gansu county 2016, a Henan prefecture 2021, a Hubei county
2019), never copied from a dev-corpus notice. Expected triples written before the run; every triple is compared.

The layout grammar read: a row opens at a line starting with the next number; a group row (`一、…`) and the note under the
table (`注：…`) open their own lines; any other line goes on with the row above until the row is whole (its last cell a
deadline after its organs); a line opening the next cell (the organs after the task cell) joins with a space. A group row
writing the heading of an item that has numbered sub-items links no row (the rows restate the sub-items or none); a row
writing only the first clause of a one-sentence item restates no heading; a note giving a collective the work of its own
area (`负责本乡镇…工作`) assigns every row; a lead cell that names the others' role itself reads as an annotation."""
from pipeline import process_text


def _record(text):
    rec = process_text(text, doc_id="s36tables").model_dump()
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]  # spans into the record's clean text
    return rec


def _triples(rec):
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


# 1. A Gansu county, 2016: 牵头单位 / 配合单位 / 完成时限; rows wrapped mid-name (`县交通运` / `输局`), mid-number (`6` / `0%`)
#    and inside the deadline (`2016年` / `底前`); a lead cell merged across both role columns (`…牵头，…等按职责分工负责`);
#    a note giving the townships every row's work in their own township.
GANSU_COUNTY_2016 = """会宁县人民政府办公室关于印发会宁县推进农村电子商务发展实施方案的通知

会政办发〔2016〕87号

各乡镇人民政府，县直各部门：
    《会宁县推进农村电子商务发展实施方案》已经县政府同意，现印发给你们，请认真组织实施。

会宁县人民政府办公室
2016年7月12日

会宁县推进农村电子商务发展实施方案

    一、工作目标
    到2017年底，全县建成乡镇电子商务服务站28个。
    二、主要任务
    （一）完善电商服务体系。
    1．建设县级电子商务服务中心。整合现有资源，建成县级电商服务中心。
    2．推进乡村电商服务站点建设。每个乡镇建成1个电商服务站。
    （二）培育电商市场主体。
    3．开展电商人才培训。每年培训电商从业人员1000人次。
    4．扶持本地网店发展。对新开网店给予一次性补助。
    三、保障措施
    各乡镇、各部门要按照任务分工抓好落实。

    附件：会宁县推进农村电子商务发展重点任务分工

附件

会宁县推进农村电子商务发展重点任务分工

序号 工作任务 牵头单位 配合单位 完成时限
一、完善电商服务体系
1 整合供销、商贸物流资源，建成县级电子商务服务中心 县商务局 县交通运
输局、县供销社、县发展改革局 2016年
底前
2 每个乡镇建成1个电商服务站，行政村电商服务点覆盖率达到6
0%以上 县商务局 县财政局、各乡镇人民政府 2017年底前
二、培育电商市场主体
3 开展电商人才培训，每年培训电商从业人员1000人次 县人力资源
和社会保障局 县商务局、县扶贫办 持续推进
4 落实网店扶持政策，对新开网店给予一次性补助 县商务局牵头，县财
政局、县市场监管局等按职责分工负责 长期坚持

注：各乡镇人民政府负责本乡镇电子商务发展工作。
"""


def test_gansu_county_rows_wrapped_over_lines():
    rec = _record(GANSU_COUNTY_2016)
    text = rec["text"]
    # each row one line again: the name cut by the line joined, the deadline whole, the organs a cell of their own
    assert "县商务局 县交通运输局、县供销社、县发展改革局2016年底前\n" in text
    assert "覆盖率达到60%以上 县商务局 县财政局、各乡镇人民政府2017年底前\n" in text
    assert "\n注：各乡镇人民政府负责本乡镇电子商务发展工作。" in text
    assert _triples(rec) == sorted([
        # group row `一、完善电商服务体系` writes the heading of （一）, which has sub-items: no link; rows 1, 2 reword theirs
        ("表/1", "会宁县商务局", "lead"), ("表/1", "会宁县交通运输局", "co"), ("表/1", "会宁县供销合作社", "co"),
        ("表/1", "会宁县发展和改革局", "co"), ("表/1", "各乡镇人民政府", "responsible"),
        ("表/2", "会宁县商务局", "lead"), ("表/2", "会宁县财政局", "co"), ("表/2", "各乡镇人民政府", "co"),
        ("表/2", "各乡镇人民政府", "responsible"),
        # row 3 contains item 3's heading `开展电商人才培训` (R13)
        ("二/(二)/3", "会宁县人力资源和社会保障局", "lead"), ("二/(二)/3", "会宁县商务局", "co"),
        ("二/(二)/3", "会宁县扶贫办", "co"), ("二/(二)/3", "各乡镇人民政府", "responsible"),
        # the lead cell names the others' role: 牵头 lead, 按职责分工负责 co
        ("表/4", "会宁县商务局", "lead"), ("表/4", "会宁县财政局", "co"), ("表/4", "会宁县市场监督管理局", "co"),
        ("表/4", "各乡镇人民政府", "responsible"),
    ])


# 2. A Henan prefecture, 2021: one 责任单位 column under a first-listed-leads note; a row's task cell ending its line, the
#    organs on the next (`…推动快递服务进村` / `市邮政管理局、…`); rows restating one-sentence items whole (linked) and by
#    their first clause only (表/N); the note's second sentence gives the counties every row.
HENAN_PREFECTURE_2021 = """周口市人民政府办公室关于印发周口市加快发展农村寄递物流实施方案的通知

周政办〔2021〕35号

各县（市、区）人民政府，市人民政府各部门：
    《周口市加快发展农村寄递物流实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。

周口市人民政府办公室
2021年9月18日

周口市加快发展农村寄递物流实施方案

    一、总体要求
    到2022年底，全市建制村快递服务实现全覆盖。
    二、重点任务
    （一）健全农村寄递物流体系。
    1．建设县级寄递公共配送中心。依托现有场地，统一分拣配送。
    2．完善乡村寄递物流站点，推动站点共建共享。
    （二）推进邮快合作。
    3．鼓励邮政快递企业开展驻村设点合作。
    4．规范农村快递末端服务，保障农村寄递安全。
    三、保障措施
    各有关部门要按照任务分工，抓好落实。

    附件：周口市加快发展农村寄递物流重点任务分工

附件

周口市加快发展农村寄递物流重点任务分工

序号 重点任务 责任单位 完成时限
一、健全农村寄递物流体系
1 建设县级寄递公共配送中心，统一分拣配送农村快递包裹和农产品 市邮政管理局、市商务局，各县（市、区）人民政府 2022年6月底前
2 完善乡村寄递物流站点，推动站点共建共享 市交通运输局、市邮政管理局、市供销社 2022年底前
3 整合农村客货邮资源，推进客货邮融合发展 市交通运输局、市邮政管理局、市财政局 持续推进
二、推进邮快合作
4 鼓励邮政快递企业开展驻村设点合作，推动快递服务进村
市邮政管理局、市市场监管局 持续推进
5 规范农村快递末端服务 市邮政管理局、市公安局 长期坚持

注：列第一位者为牵头单位。各县（市、区）人民政府负责本辖区农村寄递物流体系建设工作。
"""


def test_henan_prefecture_responsible_column_with_notes():
    rec = _record(HENAN_PREFECTURE_2021)
    assert "推动快递服务进村 市邮政管理局、市市场监管局 持续推进\n" in rec["text"]
    every = "各县（市、区）人民政府"
    assert _triples(rec) == sorted([
        ("二/(一)/1", "周口市邮政管理局", "lead"), ("二/(一)/1", "周口市商务局", "co"), ("二/(一)/1", every, "co"),
        ("二/(一)/1", every, "responsible"),
        # item 2 is one sentence and the row writes it whole: it contains the heading
        ("二/(一)/2", "周口市交通运输局", "lead"), ("二/(一)/2", "周口市邮政管理局", "co"),
        ("二/(一)/2", "周口市供销合作社", "co"), ("二/(一)/2", every, "responsible"),
        ("表/3", "周口市交通运输局", "lead"), ("表/3", "周口市邮政管理局", "co"), ("表/3", "周口市财政局", "co"),
        ("表/3", every, "responsible"),
        ("二/(二)/3", "周口市邮政管理局", "lead"), ("二/(二)/3", "周口市市场监督管理局", "co"),
        ("二/(二)/3", every, "responsible"),
        # item 4 is one sentence; the row writes its first clause only: no heading contained (R13)
        ("表/5", "周口市邮政管理局", "lead"), ("表/5", "周口市公安局", "co"), ("表/5", every, "responsible"),
    ])


# 3. A Hubei county, 2019: a row whose organ cell the copy ran onto its task cell (`…等级认定服务县卫生健康局、县妇联`,
#    no space left), cut where the organs named by the rows above begin; a table with no note, prose under its last row
#    (not run into the row); an unlabelled sentence about one's own area under a table is no note for every row.
HUBEI_COUNTY_2019 = """竹溪县人民政府办公室关于印发竹溪县家庭服务业发展实施方案的通知
各乡镇人民政府，县政府各部门：
    现将《竹溪县家庭服务业发展实施方案》印发给你们，请认真贯彻落实。
竹溪县人民政府办公室
2019年5月20日
竹溪县家庭服务业发展实施方案
    一、主要任务
    （一）加强从业人员培训。每年培训家庭服务人员500人次。
    （二）规范市场秩序。
    二、任务分工
序号 工作任务 责任单位 完成时限
1 组织家庭服务人员岗前培训 县人社局、县卫生健康局 2019年底前
2 为家庭服务人员提供健康体检和职业技能等级认定服务县卫生健康局、县妇联 持续推进
3 开展家庭服务市场专项检查 县市场监管局、县商务局 2020年6月底前
各乡镇负责本乡镇家庭服务业发展工作。
    三、保障措施
    各有关单位要加强协调配合。
"""


def test_hubei_county_organ_cell_run_onto_task():
    rec = _record(HUBEI_COUNTY_2019)
    assert "\n各乡镇负责本乡镇家庭服务业发展工作。\n" in rec["text"]
    assert _triples(rec) == sorted([
        ("表/1", "竹溪县人力资源和社会保障局", "responsible"), ("表/1", "竹溪县卫生健康局", "responsible"),
        ("表/2", "竹溪县卫生健康局", "responsible"), ("表/2", "竹溪县妇女联合会", "responsible"),
        ("表/3", "竹溪县市场监督管理局", "responsible"), ("表/3", "竹溪县商务局", "responsible"),
        # the sentence under the table is prose of item 二 (spec 1.1 section 6: `X负责…` assigns the item it belongs to),
        # not the rows' note
        ("二", "各乡镇", "responsible"),
    ])


# 4. The same table in a PDF set flush left without ruling (a tool other than Word): a row's last line runs to the margin
#    and closes with its deadline after its organs; the next line opens with the next row's number. The text layer's rows
#    are not joined into one paragraph (a Jiangsu prefecture, 2023, type 16 pt, text block 80-520 pt).
def test_pdf_row_under_a_whole_row_is_the_next_row():
    from pipeline.ingest.lines import PdfLine, join_lines

    rows = [PdfLine("序号 重点任务 责任单位 完成时限", 80, 380, 16),
            PdfLine("5 推动养老服务机构品牌化连锁化发展，培育本土养老服务品牌和龙头企业", 80, 520, 16),
            PdfLine("市民政局、市商务局、市市场监管局、市财政局、市发展改革委 持续推进", 80, 520, 16),
            PdfLine("6 完善养老服务人才培养和激励机制，落实养老护理员岗位补贴和入职奖励", 80, 520, 16),
            PdfLine("市人力资源社会保障局、市民政局、市财政局、市教育局 2023 年底前", 80, 420, 16)]
    text, _, _ = join_lines(rows)
    assert text.split("\n") == [
        "序号 重点任务 责任单位 完成时限",
        "5 推动养老服务机构品牌化连锁化发展，培育本土养老服务品牌和龙头企业市民政局、市商务局、市市场监管局、市财政局、市发展改革委 持续推进",
        "6 完善养老服务人才培养和激励机制，落实养老护理员岗位补贴和入职奖励市人力资源社会保障局、市民政局、市财政局、市教育局 2023 年底前"]
