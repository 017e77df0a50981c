"""(s40-twins, issue 11) PDF twins that read differently from their text: the cells of a ruled task table, a role cell
wrapped inside an organ's name, a lead and a co cell run together by a line break, a cited title cut by a page break.

Fixture: tests/fixtures/s40pdf/colon-task-cells.pdf, a Guangxi county office's plan (2021) written for this test, its
task-division table set as a ruled Word table and exported by LibreOffice (scripts/make_pdfs.py, from the .txt beside
it): its task cells end in a colon (`新造油茶林和良种苗木供应：`). The other rows here are written for these tests in the
style of a Hunan prefecture (2016), a Sichuan prefecture (2020 and 2018) and a Zhejiang township (2020)."""
from pathlib import Path

import pytest

from pipeline import process
from pipeline.clean import normalize_text
from pipeline.ingest import read_document
from pipeline.ingest.pdf_tables import _join_cells, _numbered
from pipeline.ingest.raw import RawDoc, RawPage

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures/s40pdf"


def _record(path):
    r = process(str(path))
    return r if isinstance(r, dict) else r.model_dump()


def _triples(rec):
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return {(x["task"], x["department"], x["role"]) for x in rec["responsibilities"]}


# a ruled table's cell ending in a colon
ROWS = [
    "序号 | 工作任务 | 牵头单位 | 配合单位",
    "1 | 新造油茶林和良种苗木供应： | 县林业局 | 县农业农村局、各乡镇人民政府",
    "2 | 低产林改造技术指导和验收： | 县林业局 | 县财政局",
    "3 | 油茶加工企业培育： | 县工业和信息化局 | 县市场监督管理局、县林业局",
    "4 | 扶持资金筹措和管理： | 县财政局 | 县林业局",
]


def test_a_task_cell_ending_in_a_colon_keeps_its_column():
    lines = "\n".join(p.text for p in read_document(FIXTURES / "colon-task-cells.pdf").pages).split("\n")
    k = lines.index(ROWS[0])
    assert lines[k:k + len(ROWS)] == ROWS
    county = "灵川县"
    assert _triples(_record(FIXTURES / "colon-task-cells.pdf")) == {
        ("表/1", county + "林业局", "lead"), ("表/1", county + "农业农村局", "co"), ("表/1", "各乡镇人民政府", "co"),
        ("表/2", county + "林业局", "lead"), ("表/2", county + "财政局", "co"),
        ("表/3", county + "工业和信息化局", "lead"), ("表/3", county + "市场监督管理局", "co"), ("表/3", county + "林业局", "co"),
        ("表/4", county + "财政局", "lead"), ("表/4", county + "林业局", "co"),
    }


def test_the_twin_reads_as_its_text():
    text = _record(FIXTURES / "colon-task-cells.txt")
    pdf = _record(FIXTURES / "colon-task-cells.pdf")
    assert {t[1:] + (t[0],) for t in _triples(text)} == {t[1:] + (t[0],) for t in _triples(pdf)}


def test_an_info_box_label_still_reads_with_its_value():
    # an info box: a field's name and its value read as one
    assert _join_cells(["索 引 号：", "11510700/2020-00123", "主题分类：", "综合政务"]) == \
        "索 引 号： 11510700/2020-00123 | 主题分类： 综合政务"
    # a cell of a list or a clause ending in a colon is no field's name
    assert _join_cells(["5", "扶持资金筹措、拨付和管理：", "县财政局"]) == "5 | 扶持资金筹措、拨付和管理： | 县财政局"
    # in a numbered table even a short task cell keeps its column
    assert _join_cells(["6", "宣传发动：", "镇党政办"], labels=False) == "6 | 宣传发动： | 镇党政办"
    assert _numbered([["序号"], ["1"], ["2"]]) and _numbered([["1."]])
    assert not _numbered([["文 号："], ["发布日期："]])


# (text) a one-cell-per-line table whose co cell wrapped inside an organ's name
WRAPPED = """岳阳市人民政府关于加快发展现代物流业的实施意见

岳政发〔2016〕11号

各县市区人民政府，市直各单位：
　　为加快发展现代物流业，现提出如下意见。
　　一、加快物流园区建设。
　　二、培育物流市场主体。
　　附件：重点任务分工表

岳阳市人民政府
2016年5月10日

附件

重点任务分工表
序号
重点任务
牵头单位
配合单位
完成时限
1
建设城陵矶综合保税区物流中心
市商务局
市发改委、市财政局
2017年底前
2
推进物流园区基础设施建设，每年新开工物流项目20个以上
岳阳经济技术开发区管委会
市发改委、市住建局，各县市区人民
政府
每年
3
发展多式联运，开通水铁联运线路3条
市交通运输局
市财政局、市商务局
2018年底前
"""


def test_a_role_cell_wrapped_inside_a_name_stays_in_its_column(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    got = {t for t in _triples(_record(path)) if t[0] == "表/2"}
    assert got == {
        ("表/2", "岳阳经济技术开发区管理委员会", "lead"), ("表/2", "岳阳市发展和改革委员会", "co"),
        ("表/2", "岳阳市住房和城乡建设局", "co"), ("表/2", "各县市区", "co"),
    }


# (text) a spaced row whose lead cell ended a PDF's row and whose co list opened the next
SPACED = """绵阳市人民政府办公室关于印发绵阳市2020年优化营商环境重点任务分工方案的通知

绵府办发〔2020〕15号

各县市区人民政府，市政府各部门：
　　现将《绵阳市2020年优化营商环境重点任务分工方案》印发给你们，请认真贯彻执行。

绵阳市人民政府办公室
2020年3月20日

附件

重点任务分工表
序号 任务 牵头单位 配合单位 完成时限
一、提升政务服务效能
1 推行企业开办“一窗通办”，全市企业开办时间压缩至3个工作日以内。 市市场监管局 市公安局、市税务局 2020年6月底前
2 深化工程建设项目审批制度改革，审批时间压缩至80个工作日以内。 市住房城乡建设局市发展改革委、市自然资源和规划局 2020年12月底前
3 推进不动产登记“一窗受理”，一般登记业务办理时间压缩至5个工作日以内。 市自然资源和规划局 市税务局、市住房城乡建设局 2020年9月底前
"""


def test_a_lead_and_a_co_cell_run_together_are_cut_apart(tmp_path):
    path = tmp_path / "spaced.txt"
    path.write_text(SPACED, encoding="utf-8")
    got = {t for t in _triples(_record(path)) if t[0] == "表/2"}
    assert got == {
        ("表/2", "绵阳市住房和城乡建设局", "lead"), ("表/2", "绵阳市发展和改革委员会", "co"),
        ("表/2", "绵阳市自然资源和规划局", "co"),
    }


def test_a_cited_title_cut_by_a_page_break_runs_on():
    p1 = ("广元市人民政府办公室文件\n广府办发〔2018〕21号\n广元市人民政府办公室\n关于印发广元市2018年农村人居环境整治工作方案的通知\n"
          "各县区人民政府，市级各部门：\n为贯彻落实《四川省人民政府办公厅关于印发四川省农村人居环境整治三年行动实施方案的通知》"
          "（川办发〔2018〕32号）和《广元市人民政府关于印发广元市农村人居环境整治三年行动实施方案")
    p2 = "的通知》（广府发〔2018〕9号）精神，现将有关事项通知如下。\n一、工作目标"
    raw = RawDoc("x.pdf", "pdf", [RawPage(1, p1, "pypdfium2", line_breaks="paragraph", continues=True),
                                  RawPage(2, p2, "pypdfium2", line_breaks="paragraph")])
    lines = normalize_text(raw).text.split("\n")
    assert ("和《广元市人民政府关于印发广元市农村人居环境整治三年行动实施方案的通知》（广府发〔2018〕9号）精神，现将有关事项通知如下。"
            in lines[-2])
    # the notice's own title wrapped inside its 《》 keeps its lines as before
    raw = RawDoc("y.pdf", "pdf", [RawPage(1, "关于印发《广元市农村人居环境整治三年行动计划\n（2018—2020年）》的通知\n各县区人民政府：",
                                          "pypdfium2", line_breaks="paragraph")])
    assert normalize_text(raw).text.split("\n")[0] == "关于印发《广元市农村人居环境整治三年行动计划"


def test_the_twin_maker_leaves_a_labelled_task_list_as_paragraphs(tmp_path):
    # scripts/make_pdfs.py: numbered items naming their own lead and co organs were paragraphs in the office's document
    pytest.importorskip("docx")
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from make_pdfs import build_docx

    from pipeline.ingest.docx import docx_to_text

    items = ["1.垃圾分类宣传和督导：牵头单位：镇党政办；配合单位：镇文化站，各村（社区）。",
             "2.清运设施采购和维护：牵头单位：镇城建办；配合单位：镇财政所。",
             "3.考核奖惩：牵头单位：镇纪委；配合单位：镇党政办。"]
    text = ("某镇人民政府关于印发2020年农村生活垃圾分类工作方案的通知\n\n某政发〔2020〕8号\n\n各村（社区），镇直各单位：\n"
            "　　现将方案印发给你们，请认真贯彻落实。\n\n某镇人民政府\n2020年4月1日\n\n2020年农村生活垃圾分类工作方案\n\n"
            "　　一、工作目标\n　　全镇生活垃圾分类覆盖率达到90%以上。\n　　二、任务分工\n"
            + "\n".join("　　" + x for x in items) + "\n　　三、保障措施\n　　各村要加强组织领导。\n")
    build_docx(text, tmp_path / "list.docx")
    lines = docx_to_text((tmp_path / "list.docx").read_bytes()).split("\n")
    k = lines.index("二、任务分工")
    assert lines[k + 1:k + 4] == items
    assert not any(" | " in ln for ln in lines)
