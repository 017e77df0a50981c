"""(s21-layout) PDF pages: only a line as wide as the text block was broken by the page's width. A page that holds only a
table's continuation (short rows, all ending near the same edge, which the page's 90th-percentile right edge becomes)
and a table's last cell ending at the margin are no wrapped lines. Geometry in the style of a GB/T 9704 page (A4,
三号 16 pt, 28 characters a line) of a Hunan county's quota table and a Tibetan prefecture's notice."""
from pipeline.ingest.lines import PdfLine, join_page


def _row(text, x0=111.5, size=16.0):
    return PdfLine(text, x0, x0 + 16.0 * len(text) * 0.62, size)


def test_a_page_of_short_quota_rows_keeps_each_row():
    lines = [_row(t) for t in ["城关镇 6/0.52 4/0.40", "黄土镇 9/0.95 7/0.72", "龙潭乡 8/0.88 7/0.70",
                                "石门镇 9/0.90 8/0.81", "合计 32/3.25 26/2.63"]]
    text, mode, _, _ = join_page(lines)
    assert mode == "paragraph"
    assert text.split("\n") == ["城关镇 6/0.52 4/0.40", "黄土镇 9/0.95 7/0.72", "龙潭乡 8/0.88 7/0.70",
                                    "石门镇 9/0.90 8/0.81", "合计 32/3.25 26/2.63"]


def test_a_last_cell_at_the_margin_does_not_run_into_the_next_row():
    full = [PdfLine("为加快推进全市农牧区饮水安全工程建设，切实解决农牧民群众饮", 111.5, 527.5, 16.0),
            PdfLine("水困难，保障农牧民群众饮水安全，促进农牧区经济社会发展，结", 79.5, 527.5, 16.0),
            PdfLine("合我市实际，制定本方案。", 79.5, 271.5, 16.0)]
    cells = [PdfLine("1", 79.5, 87.0, 16.0), PdfLine("饮水安全巩固提升", 100.0, 228.0, 16.0),
             PdfLine("各县（区）人民政府", 383.5, 527.5, 16.0), PdfLine("2", 79.5, 87.0, 16.0),
             PdfLine("水质检测能力建设", 100.0, 228.0, 16.0)]
    text, _, _, _ = join_page(full + cells)
    out = text.split("\n")
    assert out[0] == ("为加快推进全市农牧区饮水安全工程建设，切实解决农牧民群众饮水困难，保障农牧民群众饮水安全，"
                      "促进农牧区经济社会发展，结合我市实际，制定本方案。")
    assert "各县（区）人民政府" in out and "2" in out


def test_a_wrapped_paragraph_of_a_full_page_still_joins():
    lines = [PdfLine("一、总体要求", 79.5, 175.5, 16.0),
             PdfLine("坚持以人民为中心的发展思想，统筹推进城乡供水一体化，到2025年", 111.5, 527.5, 16.0),
             PdfLine("全区农村自来水普及率达到90%以上，规模化供水工程覆盖农村人口", 79.5, 527.5, 16.0),
             PdfLine("比例达到60%以上。", 79.5, 223.5, 16.0)]
    text, _, _, _ = join_page(lines)
    assert text.split("\n") == ["一、总体要求",
                                "坚持以人民为中心的发展思想，统筹推进城乡供水一体化，到2025年全区农村自来水普及率达到90%以上，"
                                "规模化供水工程覆盖农村人口比例达到60%以上。"]


def test_the_record_line_starts_its_own_line_under_a_full_one():
    lines = [PdfLine("各县（市、区）人民政府要在2016年5月31日前制定具体落实措施，", 111.5, 527.5, 16.0),
             PdfLine("报市质量工作领导小组办公室。", 79.5, 303.5, 16.0),
             PdfLine("联系人：市市场监管局质量发展科　联系电话：0931—8812345 ", 111.5, 527.5, 16.0),
             PdfLine("抄送：市委办公室，市人大常委会办公室，市政协办公室。", 79.5, 495.5, 16.0),
             PdfLine("某市人民政府办公室　　　　　　2016年4月20日印发", 79.5, 527.5, 16.0)]
    text, _, _, _ = join_page(lines)
    assert text.split("\n")[-2] == "抄送：市委办公室，市人大常委会办公室，市政协办公室。"


def test_a_part_heading_in_display_type_is_no_second_title_line():
    body = [PdfLine("为规范门诊特定病种管理，根据国家和自治区有关规定，结合本市实际，", 111.5, 527.5, 16.0),
            PdfLine("制定本标准。", 79.5, 175.5, 16.0),
            PdfLine("本标准自2020年1月1日起施行。", 111.5, 351.5, 16.0)]
    title = [PdfLine("南宁市基本医疗保险门诊特殊慢性病", 127.5, 479.5, 22.0),
             PdfLine("准入标准", 259.5, 347.5, 22.0),
             PdfLine("第一部分：一类门诊特殊慢性病", 143.5, 463.5, 22.0)]
    text, _, _, _ = join_page(title + body)
    assert text.split("\n")[:2] == ["南宁市基本医疗保险门诊特殊慢性病准入标准", "第一部分：一类门诊特殊慢性病"]
