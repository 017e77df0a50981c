"""(s24, lead) Tables that reach the text as rows of ` | ` cells, and a table's header row cut by a page break.

* A task-division table read from a DOCX, an HTML page or a ruled PDF table gives each row as one line of cells
  between ` | `. A target written in a cell (`三年新增公共停车位2000个`) takes its indicator from its own cell: the bar
  ends the clause, so the organ cells after it are never the indicator (the PDF twin of an open notice lost its table
  targets this way when the twin set its one-cell-per-line table as a ruled table).
* An indicator table's header row whose cells are full (`序号 指标名称 2022年基数 …`) is not spread across the block
  as a row of short cells is; at a page's foot, it is known by the table's smaller type across the text block, so the
  page is read for a table of one row and the row's other half, on the next page, is joined to it.
"""
from pipeline import process_text
from pipeline.ingest.lines import PdfLine
from pipeline.ingest.pdf_tables import ends_in_row

# Guizhou county, 2021: a task-division table as a DOCX reader writes it
GUIDING = (
    "贵定县人民政府办公室关于印发贵定县城乡环境卫生整治行动方案的通知\n各乡镇人民政府，县直各部门：\n"
    "现将《贵定县城乡环境卫生整治行动方案》印发给你们，请认真贯彻执行。\n贵定县人民政府办公室\n2021年3月5日\n"
    "贵定县城乡环境卫生整治行动方案\n一、工作目标\n全面改善城乡环境卫生。\n二、任务分工\n"
    "序号 | 工作任务 | 具体内容 | 牵头单位 | 配合单位 | 完成时限\n"
    "1 | 停车秩序治理 | 三年新增公共停车位2000个 | 县交通运输局 | 县公安局交通管理大队 | 2023年12月底前\n"
    "2 | 绿化提升 | 新增绿化面积8万平方米 | 县林业局 | 各乡镇人民政府 | 2022年10月底前\n"
)


def test_a_target_in_a_table_cell_takes_its_indicator_from_its_own_cell():
    rec = process_text(GUIDING, doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    got = [(t["quote"], t["indicator"], t["value"], t["unit"], t["year_end"]) for t in rec["targets"]]
    assert got == [("三年新增公共停车位2000个", "公共停车位", 2000, "个", 2023),
                   ("新增绿化面积8万平方米", "绿化面积", 80000, "平方米", 2022)]
    assert {(x["task"], x["department"], x["role"]) for x in rec["responsibilities"]} == {
        ("表/1", "贵定县交通运输局", "lead"), ("表/1", "贵定县公安局", "co"),
        ("表/2", "贵定县林业局", "lead"), ("表/2", "各乡镇人民政府", "co")}


def _body(n=6):
    # a Hubei prefecture plan's running text in 三号 (16 pt), justified across the block
    return [PdfLine("全市养老服务设施建设稳步推进，城乡养老服务网络进一步健全，服务质量明显提升。", 80, 515, 16)] * n


def test_a_full_header_row_in_smaller_type_at_the_page_foot_is_a_row():
    lines = _body() + [PdfLine("序号指标名称 2022 年基 2025 年目指标属性责任单位", 80, 496, 12), PdfLine("— 3 —", 280, 320, 14)]
    assert ends_in_row(lines)


def test_running_text_and_a_short_small_line_at_the_foot_are_not_rows():
    assert not ends_in_row(_body() + [PdfLine("— 3 —", 280, 320, 14)])
    # a note in smaller type that does not cross the block
    assert not ends_in_row(_body() + [PdfLine("注：基数为2022年统计数据。", 80, 260, 12)])
    # a last line of running text in body type, across the block
    assert not ends_in_row(_body() + [PdfLine("各县（市、区）要结合实际，制定具体实施方案，认真抓好落实。", 80, 515, 16)])
