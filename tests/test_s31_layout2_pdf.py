"""(s31-layout2) A web page's location or publishing line printed to PDF that runs to the right margin never takes the
row under it (a title set in body type fills its first row from the left margin as a wrapped row does), in either
script; a row that goes on with the path, a furniture row and a short rest still join. Pages written for these tests in
other places' and years' styles than the notice that showed the miss."""
from pipeline.ingest.lines import PdfLine, join_lines

W = 22 * 12  # a full row: 22 characters of 12 pt


def _rows(*rows: tuple[str, bool]) -> list[PdfLine]:
    """(text, runs to the margin) -> lines starting at the left edge, no first-line indent anywhere."""
    return [PdfLine(t, 0, W if full else W / 2, 12) for t, full in rows]


def test_a_location_line_to_the_margin_is_no_first_row_of_the_title_under_it():
    # a Shaanxi prefecture's page (2017): the location line fills its row, the title in body type fills the next
    lines = _rows(
        ("当前位置：首页 > 政务公开 > 政府信息公开目录 > 市政府办公室文件", True),
        ("宝鸡市人民政府办公室关于印发宝鸡市2017年大气污染治理专项行动方案的", True),
        ("通知", False),
        ("各县区人民政府，市政府各工作部门：", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "当前位置：首页 > 政务公开 > 政府信息公开目录 > 市政府办公室文件",
        "宝鸡市人民政府办公室关于印发宝鸡市2017年大气污染治理专项行动方案的通知",
        "各县区人民政府，市政府各工作部门：",
    ]


def test_a_traditional_publishing_line_to_the_margin_keeps_off_the_title():
    # a Guangxi county's page (2013) through a 繁體 converter: the publishing line fills its row
    lines = _rows(
        ("發佈時間：2013-09-12　信息來源：縣政府辦公室　瀏覽次數：208　【打印】", True),
        ("恭城瑤族自治縣人民政府辦公室關於印發恭城瑤族自治縣生態鄉村建設實施方", True),
        ("案的通知", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "發佈時間：2013-09-12　信息來源：縣政府辦公室　瀏覽次數：208　【打印】",
        "恭城瑤族自治縣人民政府辦公室關於印發恭城瑤族自治縣生態鄉村建設實施方案的通知",
    ]


def test_a_location_path_or_furniture_that_wraps_still_joins():
    # an Anhui province department's page (2020): the path wraps to a second row, then the publishing line wraps
    lines = _rows(
        ("您现在的位置：首页 > 信息公开 > 法定主动公开内容 > 政策文件 > 规范性", True),
        ("文件 > 厅发文件", False),
        ("发布日期：2020-07-03　来源：安徽省农业农村厅　字号：【大 中 小】　浏览", True),
        ("次数：1024", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "您现在的位置：首页 > 信息公开 > 法定主动公开内容 > 政策文件 > 规范性文件 > 厅发文件",
        "发布日期：2020-07-03　来源：安徽省农业农村厅　字号：【大 中 小】　浏览次数：1024",
    ]
