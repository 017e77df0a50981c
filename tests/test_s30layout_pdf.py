"""(s30-layout) Rows of a web page printed to PDF that start a line of their own although the row above runs to the
margin: the page's publishing line under a title set in body type, and the addressee under the page's metadata rows.
Written for these tests, in other places' and years' styles than the notices that showed each class."""
from pipeline.ingest.lines import PdfLine, join_lines

W = 22 * 12  # a full row: 22 characters of 12 pt


def _rows(*rows: tuple[str, bool]) -> list[PdfLine]:
    """(text, runs to the margin) -> lines starting at the left edge, no first-line indent anywhere."""
    return [PdfLine(t, 0, W if full else W / 2, 12) for t, full in rows]


def test_a_publishing_line_is_no_second_row_of_a_title_in_body_type():
    # a Guangdong provincial department's page (2016) printed to PDF: the title fills its row, the page's
    # publishing line (date, source, print and close) under it
    lines = _rows(
        ("广东省卫生和计划生育委员会关于做好2016年基层卫生人才培训工作的通知", True),
        ("发布时间：2016-03-21  来源：基层卫生处  【打印】【关闭】", False),
        ("粤卫函〔2016〕215号", False),
        ("各地级以上市卫生计生局，顺德区卫生计生局，委直属各单位：为加强基层卫生人才队伍", True),
        ("建设，现就做好2016年培训工作通知如下。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "广东省卫生和计划生育委员会关于做好2016年基层卫生人才培训工作的通知",
        "发布时间：2016-03-21  来源：基层卫生处  【打印】【关闭】",
        "粤卫函〔2016〕215号",
        "各地级以上市卫生计生局，顺德区卫生计生局，委直属各单位：为加强基层卫生人才队伍建设，现就做好2016年培训工作通知如下。",
    ]


def test_a_publishing_line_in_traditional_script_too():
    # the same page through a county site's 繁體 converter (a Fujian county, 2019)
    lines = _rows(
        ("南靖縣人民政府辦公室關於印發南靖縣農村人居環境整治實施方案的通知", True),
        ("發佈時間：2019-05-08 信息來源：縣政府辦", False),
        ("各鄉（鎮）人民政府，縣直各有關單位：經縣政府同意，現將《南靖縣農村", True),
        ("人居環境整治實施方案》印發給你們，請認真貫徹執行。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "南靖縣人民政府辦公室關於印發南靖縣農村人居環境整治實施方案的通知",
        "發佈時間：2019-05-08 信息來源：縣政府辦",
        "各鄉（鎮）人民政府，縣直各有關單位：經縣政府同意，現將《南靖縣農村人居環境整治實施方案》印發給你們，請認真貫徹執行。",
    ]


def test_a_wrapped_row_opening_with_a_label_word_and_holding_a_sentence_still_joins():
    # a body row that happens to open with `时间：` (a 完成时间 label cut after 完成) holds its sentence: it joins
    lines = _rows(
        ("（三）建立农村公路养护长效机制。明确县乡两级养护责任，完成", True),
        ("时间：2020年底前。", False),
        ("（四）加强资金保障。省级财政对农村公路养护给予补助，各县（市", True),
        ("、区）按规定落实配套资金。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "（三）建立农村公路养护长效机制。明确县乡两级养护责任，完成时间：2020年底前。",
        "（四）加强资金保障。省级财政对农村公路养护给予补助，各县（市、区）按规定落实配套资金。",
    ]


def test_the_addressee_starts_its_own_line_under_a_metadata_row_that_reaches_the_margin():
    # a Shandong prefecture portal's notice (2021) printed to PDF: the last metadata row runs to the margin, the
    # 主送机关 under it opens with 各
    lines = _rows(
        ("发文字号：淄政办字〔2021〕38号", False),
        ("发布日期：2021-07-02 主题分类：农业、林业、水利、畜牧业", True),
        ("各区县人民政府，高新区、经济开发区、文昌湖区管委会，市政府各部门，", True),
        ("各有关单位：", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "发文字号：淄政办字〔2021〕38号",
        "发布日期：2021-07-02 主题分类：农业、林业、水利、畜牧业",
        "各区县人民政府，高新区、经济开发区、文昌湖区管委会，市政府各部门，各有关单位：",
    ]


def test_a_metadata_value_cut_after_a_comma_mark_still_joins():
    # a field whose list of organs the row cut after `、`: its next row goes on, even when it opens with 各
    lines = _rows(
        ("发文机关：湖南省财政厅、湖南省农业农村厅、", True),
        ("各市州财政局", False),
        ("各市州财政局、农业农村局，各县市区财政局、农业农村局：为规范", True),
        ("资金管理，现将有关事项通知如下。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "发文机关：湖南省财政厅、湖南省农业农村厅、各市州财政局",
        "各市州财政局、农业农村局，各县市区财政局、农业农村局：为规范资金管理，现将有关事项通知如下。",
    ]
