"""(s21b-pdftab) Ruled tables in PDFs read row by row (pipeline/ingest/pdf_tables.py).

Fixture: tests/fixtures/s21bpdf/ruled-task-table.pdf, a Hainan county's task-division table written for this test
(a Word table with ruled cells and narrow columns, exported by LibreOffice the way scripts/make_pdfs.py exports:
see docs/decisions/pdf-tables-s21.md); its last row is cut by the page break."""
from pathlib import Path

import pypdfium2 as pdfium

from pipeline import process
from pipeline.ingest import read_document
from pipeline.ingest.lines import PdfLine, join_page
from pipeline.ingest.pdf import _lines_pdfium
from pipeline.ingest.pdf_tables import _join_cells, join_split_rows, may_hold_table
from pipeline.ingest.raw import RawPage

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests/fixtures/s21bpdf/ruled-task-table.pdf"

ROWS = [
    "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限",
    "1 | 推广橡胶林下种植南药、养蜂等复合经营模式，新增林下经济面积3000亩以上 | 县农业农村局 | 县林业局、各乡镇人民政府 | 2023年12月底前",
    "2 | 建设橡胶初加工标准化示范厂2个，提升胶乳收购加工能力 | 县工业信息化和商务局 | 县市场监督管理局、县财政局 | 2023年10月底前",
    # (the row the page break cut: `参` / `保面积…` joined, its organs on the first page)
    "3 | 落实橡胶价格（收入）保险补贴政策，参保面积达到20万亩 | 县财政局 | 县农业农村局、各乡镇人民政府 | 2023年9月底前",
]


def _record():
    r = process(str(FIXTURE))
    return r if isinstance(r, dict) else r.model_dump()


def test_rows_one_line_each():
    text = "\n".join(p.text for p in read_document(FIXTURE).pages)
    lines = text.split("\n")
    k = lines.index(ROWS[0])
    assert lines[k:k + 4] == ROWS
    assert "二、重点任务分工" == lines[k - 1]  # the running text above the table as before


def test_triples_of_the_table():
    county = "琼中黎族苗族自治县"
    got = {(x["task"], x["department"], x["role"]) for x in _record()["responsibilities"]}
    assert got == {
        ("表/1", county + "农业农村局", "lead"), ("表/1", county + "林业局", "co"), ("表/1", "各乡镇人民政府", "co"),
        ("表/2", county + "工业信息化和商务局", "lead"), ("表/2", county + "市场监督管理局", "co"),
        ("表/2", county + "财政局", "co"),
        ("表/3", county + "财政局", "lead"), ("表/3", county + "农业农村局", "co"), ("表/3", "各乡镇人民政府", "co"),
    }


def test_pages_of_running_text_are_not_handed_to_pdfplumber():
    # every page of the corpus PDFs (running text, signatures, centred titles, attachment lists): no trigger
    for pdf_path in sorted((ROOT / "corpus").glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            for i in range(len(pdf)):
                assert not may_hold_table(_lines_pdfium(pdf[i].get_textpage())), (pdf_path.name, i)
        finally:
            pdf.close()


def test_a_centred_title_and_a_right_aligned_signature_do_not_trigger():
    lines = [PdfLine("桂林市人民政府办公室关于做好2024年", 150, 450, 22), PdfLine("春耕备耕工作的通知", 220, 380, 22)]
    lines += [PdfLine("各县（区）人民政府，市直各有关单位：", 80, 370, 16)]
    lines += [PdfLine("现将有关事项通知如下，请结合实际认真贯彻落实。各地要加强组织领导", 112, 510, 16)] * 5
    lines += [PdfLine("桂林市人民政府办公室", 340, 500, 16), PdfLine("2024年2月26日", 380, 500, 16)]
    assert not may_hold_table(lines)


def test_a_page_of_cells_in_columns_triggers():
    lines = [PdfLine("序号重点任务牵头单位配合单位完成时限", 80, 500, 12), PdfLine("1 推进屯级道路", 80, 180, 12)]
    lines += [PdfLine("硬化建设", 95, 160, 12), PdfLine("自治区交通", 200, 270, 12), PdfLine("运输厅", 200, 240, 12),
              PdfLine("各盟市", 300, 340, 12), PdfLine("2024年底", 420, 470, 12)]
    assert may_hold_table(lines)


def test_rows_are_never_joined_by_the_page_geometry():
    body = [PdfLine("各旗县市区要按照任务分工抓好落实，每季度末报送工作进展情况，确保", 80, 515, 16)] * 4
    rows = [PdfLine("1 | 任务 | 盟农牧局 | 各旗县市区人民政府", 80, 515, 16, fixed=True),
            PdfLine("2 | 任务 | 盟财政局 | 盟发展改革委", 80, 515, 16, fixed=True)]
    text, mode, _, _ = join_page(body + rows)
    assert text.split("\n")[-2:] == [rows[0].text, rows[1].text]
    text, mode, _, _ = join_page(rows)  # a page of rows alone: its lines are the rows
    assert (text, mode) == (rows[0].text + "\n" + rows[1].text, "paragraph")


def test_a_row_cut_by_the_page_break_is_put_together():
    before = RawPage(3, "前文\n5 | 完善农村公路管护机制，实 | 县交通运输局 | 各乡镇人民政府、县财 | 2024年底\n— 3 —", "pypdfium2")
    after = RawPage(4, " | 现县乡村三级路长全覆盖 |  | 政局 | 前\n6 | 下一行 | 县水务局 | 各乡镇 | 长期", "pypdfium2")
    join_split_rows([before, after])
    assert before.text.split("\n")[1] == "5 | 完善农村公路管护机制，实现县乡村三级路长全覆盖 | 县交通运输局 | 各乡镇人民政府、县财政局 | 2024年底前"
    assert after.text == "6 | 下一行 | 县水务局 | 各乡镇 | 长期"


def test_label_cells_keep_their_value():
    # a web page's info box as a ruled table: `文　　号：` and its value read as one (metadata reads the number)
    assert _join_cells(["文 号：", "宁政办发〔2019〕12号", "是否有效：", "是"]) == "文 号： 宁政办发〔2019〕12号 | 是否有效： 是"
    assert _join_cells(["1", "", "县民政局"]) == "1 |  | 县民政局"
