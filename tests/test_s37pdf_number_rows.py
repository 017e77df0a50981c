"""(s37-twins) A ruled table whose rows are mostly numbers is read by its ruling, like one of short cells (s23-twins).

pdfium returns each row of such a table as one line starting at the left edge (`城厢区 21000 7400 7000 6600 3200`), so
the inner-line test never fires; the spread test counted each character a full em, and a row of digits (half an em
each) spread over the text block's width did not look wider than a justified row of as many characters. The cleaner
then reads `城厢区21000 7400 …` (a space between a Chinese character and a digit is the text layer's), and the
table's targets were lost. A digit, Latin letter or ASCII space now counts half an em (`pdf_tables._set_width`).

Fixture (tests/fixtures/s37pdf/, written for this test in the style of a Fujian prefecture bureau's 2014 afforestation
quota notice, laid out by scripts/make_pdfs.py): putian-2014-zaolin.pdf and the .txt it was made from.
Rows in the style of a Gansu county's 2008 relief allocation and an Inner Mongolia league's 2011 notice."""
from pathlib import Path

from pipeline import process
from pipeline.ingest import read_document
from pipeline.ingest.lines import PdfLine, join_page
from pipeline.ingest.pdf_tables import _set_width, _spread, join_split_rows, may_hold_table, page_tables
from pipeline.ingest.raw import RawPage

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "s37pdf"

ROWS = [
    "县（区） | 合计 | 2014年 | 2015年 | 2016年 | 封山育林",
    "城厢区 | 21000 | 7400 | 7000 | 6600 | 3200",
    "涵江区 | 32000 | 11000 | 10800 | 10200 | 4500",
    "荔城区 | 12000 | 4200 | 4000 | 3800 | 1800",
    "秀屿区 | 25000 | 8600 | 8400 | 8000 | 3600",
    "仙游县 | 60000 | 20800 | 19800 | 19400 | 9900",
    "合计 | 150000 | 52000 | 50000 | 48000 | 23000",
]


def _items(record):
    r = record if isinstance(record, dict) else record.model_dump()
    return (
        sorted((t["task"] or "", t["indicator"] or "", t["value"], t["unit"] or "", t["comparator"] or "",
                t["year_start"] or 0, t["year_end"] or 0) for t in r["targets"]),
        sorted((x["task"], x["department"], x["role"]) for x in r["responsibilities"]),
        sorted(d["name"] for d in r["departments"]),
    )


def test_number_rows_one_line_each_with_their_cells():
    lines = "\n".join(p.text for p in read_document(FIXTURES / "putian-2014-zaolin.pdf").pages).split("\n")
    k = lines.index(ROWS[0])
    assert lines[k - 1:k + len(ROWS)] == ["单位：亩"] + ROWS


def test_the_twin_reads_as_its_text():
    pdf = _items(process(str(FIXTURES / "putian-2014-zaolin.pdf")))
    assert pdf == _items(process(str(FIXTURES / "putian-2014-zaolin.txt")))
    assert ("", "仙游县2015年", 19800.0, "亩", "=", 2015, 2015) in pdf[0]
    assert ("", "合计封山育林", 23000.0, "亩", "=", 2014, 2016) in pdf[0]


def test_digits_count_half_an_em():
    assert _set_width("榆中县 1250 80") == 3 + 0.5 * 8
    assert _set_width("２０２１年") == 5  # full-width digits are full-width


def test_rows_of_numbers_spread_across_the_block_trigger():
    # a Gansu county's 2008 relief allocation as pdfium gives it, 小四 rows from the left edge to the last column
    lines = [PdfLine("经县政府研究同意，现将第二批救灾资金和物资分配如下，请各乡镇及时发放到户。", 80, 515, 16)] * 4
    lines += [PdfLine("乡镇 救灾资金 棉被 棉衣 口粮 受灾户", 80, 470, 12),
              PdfLine("城关镇 1250000 800 1200 45000 3260", 80, 470, 12),
              PdfLine("连搭乡 980000 650 900 38000 2710", 80, 470, 12)]
    assert [ln.text[:2] for ln in lines if _spread(ln)] == ["乡镇", "城关", "连搭"]  # (before: the header alone)
    assert may_hold_table(lines)


def test_justified_rows_full_of_digits_do_not_trigger():
    # an Inner Mongolia league's 2011 notice: running text dense with figures fills its row, set solid
    row = "全盟2011年完成人工造林45.6万亩、飞播造林12万亩、封山育林30万亩，"
    lines = [PdfLine(row, 80, 80 + _set_width(row) * 16, 16)] * 6
    lines += [PdfLine("锡林郭勒盟林业局", 330, 458, 16), PdfLine("2011年4月12日", 380, 480, 16)]
    assert not any(_spread(ln) for ln in lines)
    assert not may_hold_table(lines)


# (s37-twins) A header cell cut by the page break (a row LibreOffice lets break across pages, the table's header in a
# narrow first column: `乡镇（街` at the foot of one page, `道）` at the head of the next, the row's other cells empty).
# Rows in the style of a Yunnan county's 2010 drought-relief table and a Liaoning city's 2017 task table.

class _Table:
    def __init__(self, rows):
        self.rows_ = rows
        self.bbox = (70.0, 100.0, 520.0, 400.0)
        self.rows = [type("Row", (), {"cells": list(rows[0])})()]

    def extract(self):
        return self.rows_


class _Page:
    def __init__(self, *tables):
        self.tables = tables

    def find_tables(self):
        return [_Table(t) for t in self.tables]


def test_the_cut_first_cell_keeps_its_row_on_the_page_after_a_table():
    rows = [["（区）", "", "", ""], ["龙街乡", "320", "45", "12"], ["合计", "1280", "180", "47"]]
    assert page_tables(_Page(rows), 1, after_table=True)[0][1] == ["（区） |  |  | ", "龙街乡 | 320 | 45 | 12",
                                                                   "合计 | 1280 | 180 | 47"]
    # elsewhere, and for a group row merged across the table (None: the columns it spans), one line of its text
    assert page_tables(_Page(rows), 1)[0][1][0] == "（区）"
    merged = [["二、城乡建设", None, None, None], ["7", "推进老旧小区改造", "市住建局", "2017年底前"]]
    assert page_tables(_Page(merged), 1, after_table=True)[0][1][0] == "二、城乡建设"


def test_a_first_cell_cut_by_the_page_break_is_put_together():
    before = RawPage(2, "前文\n县（市、 | 人饮解困（处） | 抗旱水源（座） | 资金（万元）\n— 2 —", "pypdfium2")
    after = RawPage(3, "区） |  |  | \n禄丰县 | 35 | 12 | 260", "pypdfium2")
    join_split_rows([before, after])
    assert before.text.split("\n")[1] == "县（市、区） | 人饮解困（处） | 抗旱水源（座） | 资金（万元）"
    assert after.text == "禄丰县 | 35 | 12 | 260"


def test_a_row_of_its_own_at_the_page_head_stays():
    # a task table's next group row or numbered row, set in its first cell alone, is no piece of the row above
    for head in ("（二）城市管理 |  |  | ", "8 |  |  | "):
        before = RawPage(4, "6 | 实施背街小巷整治 | 市城管局 | 2017年10月底前\n— 4 —", "pypdfium2")
        after = RawPage(5, head + "\n9 | 推进垃圾分类 | 市城管局 | 2017年底前", "pypdfium2")
        join_split_rows([before, after])
        assert before.text.startswith("6 | 实施背街小巷整治 | 市城管局 | 2017年10月底前\n")
        assert after.text.startswith(head)


# (s37-twins) A web copy laid out with its title in body type and centred (`make_pdfs.py --body-title`): the location
# path above the title, centred too and wide enough to look like a title's first row, carries no label
# (`您现在的位置：`); the title under it is a line of its own. Rows in the style of a Zhejiang county's web page (2016).
def test_a_location_path_without_its_label_is_not_a_titles_first_row():
    body = [PdfLine("各乡镇人民政府、街道办事处，县政府各部门：现将《实施方案》印发给你们，请认真贯彻执行。", 79.5, 527.5, 16.0)] * 6
    path = PdfLine("淳安县人民政府门户网站 > 政务公开 > 乡镇街道 > 千岛湖镇", 98.5, 508.5, 16.0)
    title = PdfLine("千岛湖镇2016年五水共治工作实施方案", 167.5, 439.5, 16.0)
    text = join_page([path, title] + body)[0]
    assert text.split("\n")[:2] == [path.text, title.text]
    # a path the row cut goes on in the next row
    cut = join_page([PdfLine("淳安县人民政府门户网站 > 政务公开 > 乡镇街道 > 千岛湖镇 > 通知", 79.5, 527.5, 16.0),
                     PdfLine("公告", 79.5, 111.5, 16.0)] + body)[0]
    assert cut.split("\n")[0] == "淳安县人民政府门户网站 > 政务公开 > 乡镇街道 > 千岛湖镇 > 通知公告"
