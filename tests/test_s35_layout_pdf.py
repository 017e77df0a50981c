"""(s35-layout) A web copy printed to PDF without indents (`make_pdfs.py --no-indent --body-title`): its footer row
cut by the page width inside its registration number (`…浙公网安备` / `33118102000123 号`) is one line, as the text
has it; a title's row under a furniture row is words, not the digits that finish a number. Rows written for this test
in the style of a Zhejiang county's web page (2021); GB/T 9704 geometry, 三号 16 pt."""
from pipeline.ingest.lines import PdfLine, join_page

LEFT, RIGHT = 79.5, 521.5


def test_a_footer_row_cut_inside_its_number_is_one_line():
    # a Zhejiang county's web page printed without indents (2021): the footer's registration number wraps
    lines = [PdfLine("本通知自印发之日起施行。", LEFT, LEFT + 16 * 12, 16.0),
             PdfLine("【打印本页】 【关闭窗口】", LEFT, 275.6, 16.0),
             PdfLine("主办单位：龙泉市人民政府办公室 承办单位：龙泉市大数据发展管", LEFT, RIGHT, 16.0),
             PdfLine("理中心", LEFT, LEFT + 48, 16.0),
             PdfLine("网站标识码：3311810001 浙 ICP 备 05012345 号 浙公网安备", LEFT, RIGHT, 16.0),
             PdfLine("33118102000123 号", LEFT, 220.6, 16.0)]
    out = join_page(lines)[0].split("\n")
    assert out[-2:] == ["主办单位：龙泉市人民政府办公室 承办单位：龙泉市大数据发展管理中心",
                        "网站标识码：3311810001 浙 ICP 备 05012345 号 浙公网安备33118102000123 号"]
