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


def _centred_row(text, x0, x1):
    return PdfLine(text, x0, x1, 16.0)


def test_a_centred_title_in_body_type_wrapped_to_a_centred_rest_is_one_line():
    # a Shandong prefecture's plan printed by a tool that sets the title in body type (2021); the rows' insets match
    lines = [PdfLine("当前位置：首页 > 政务公开 > 政策文件", LEFT, 360.0, 16.0),
             _centred_row("潍坊市农村生活污水治理三年攻坚行动实施方案（2021—2023", 88.0, 513.0),
             _centred_row("年）", 284.5, 316.5),
             PdfLine("为加快补齐农村人居环境短板，全面提升农村生活污水治理水平，根据", LEFT, RIGHT, 16.0),
             PdfLine("中央和省关于农村人居环境整治提升五年行动的部署要求，持续推进", LEFT, RIGHT, 16.0),
             PdfLine("农村生活污水治理设施建设和运行维护，切实改善农村生态环境质量，", LEFT, RIGHT, 16.0),
             PdfLine("省有关工作部署，结合我市实际，制定本方案。", LEFT, LEFT + 16 * 21, 16.0),
             PdfLine("一、总体要求", LEFT, LEFT + 16 * 6, 16.0)]
    out = join_page(lines)[0].split("\n")
    assert out[1] == "潍坊市农村生活污水治理三年攻坚行动实施方案（2021—2023年）"


def test_a_centred_note_with_a_day_under_a_full_title_row_stays_apart():
    lines = [_centred_row("潍坊市人民政府关于进一步加强农村生活污水治理设施运行维护管", 88.0, 513.0),
             _centred_row("（2021年3月8日市政府第60次常务会议通过）", 140.0, 461.0),
             PdfLine("第一条　为规范农村生活污水治理设施运行维护，保障设施长效运行，根", LEFT, RIGHT, 16.0),
             PdfLine("据《中华人民共和国水污染防治法》和省有关规定，持续推进农村生活", LEFT, RIGHT, 16.0),
             PdfLine("污水治理设施建设和运行维护，切实改善农村生态环境质量，保障群众", LEFT, RIGHT, 16.0),
             PdfLine("据有关法律法规，结合本市实际，制定本办法。", LEFT, LEFT + 16 * 21, 16.0)]
    out = join_page(lines)[0].split("\n")
    assert out[:2] == ["潍坊市人民政府关于进一步加强农村生活污水治理设施运行维护管", "（2021年3月8日市政府第60次常务会议通过）"]
