"""(s29-layout) PDFs whose paragraphs have no indentation cue (a tool other than Word, WPS or LibreOffice, or a web page
printed to PDF): lines that start a row of their own although the row above runs to the margin. Written for these
tests, in other places' and years' styles than the notices that showed each class."""
from pipeline.ingest.lines import PdfLine, join_lines

W = 22 * 12  # a full row: 22 characters of 12 pt


def _rows(*rows: tuple[str, bool]) -> list[PdfLine]:
    """(text, runs to the margin) -> lines starting at the left edge, no first-line indent anywhere."""
    return [PdfLine(t, 0, W if full else W / 2, 12) for t, full in rows]


def test_web_metadata_fields_start_their_own_rows():
    # a Gansu county portal's record printed to PDF (2018): each field on its own row, the rows above reaching
    # the margin
    lines = _rows(
        ("首页 | 政务公开 | 政策文件 | 部门文件 | 乡镇文件 | 解读回应 | 繁体版", True),
        ("您当前的位置：首页 > 政务公开 > 政策文件", False),
        ("[索引号]620702000/2018-00031 [发布机构] 甘州区人民政府办公室", True),
        ("[发文字号] 甘区政办发〔2018〕46号 [成文日期]2018-06-08 [主题分类] 城乡", True),
        ("發佈日期：2018-06-12", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "首页 | 政务公开 | 政策文件 | 部门文件 | 乡镇文件 | 解读回应 | 繁体版",
        "您当前的位置：首页 > 政务公开 > 政策文件",
        "[索引号]620702000/2018-00031 [发布机构] 甘州区人民政府办公室",
        "[发文字号] 甘区政办发〔2018〕46号 [成文日期]2018-06-08 [主题分类] 城乡",
        "發佈日期：2018-06-12",
    ]


def test_a_body_row_opening_with_a_label_word_still_joins():
    # `来源` and `标题` open wrapped body rows too (no colon, no bracket): those rows go on joining
    lines = _rows(
        ("各地要拓宽农业农村投入渠道，统筹整合各类涉农资金，明确资金", True),
        ("来源和使用方向，确保专款专用。", False),
        ("三、保障措施", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == ["各地要拓宽农业农村投入渠道，统筹整合各类涉农资金，明确资金来源和使用方向，确保专款专用。", "三、保障措施"]


def test_the_addressee_line_ends_before_the_body():
    # a Yunnan provincial office's notice (2012): the 主送机关 fills its row, the body starts on the next
    lines = _rows(
        ("各州、市人民政府，滇中新区管委会，省直各委、办、厅、局：", True),
        ("《云南省加快发展现代物流业实施方案》已经省人民政府同意，现印发给你", True),
        ("们，请认真贯彻执行。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "各州、市人民政府，滇中新区管委会，省直各委、办、厅、局：",
        "《云南省加快发展现代物流业实施方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。",
    ]


def test_a_lead_in_ending_in_a_colon_is_no_addressee():
    lines = _rows(
        ("为做好全市秋冬季大气污染综合治理，各县区要重点抓好以下几项工作如下：", True),
        ("严格落实错峰生产措施。", False),
        ("二、强化督查考核", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == ["为做好全市秋冬季大气污染综合治理，各县区要重点抓好以下几项工作如下：严格落实错峰生产措施。",
                                 "二、强化督查考核"]


def test_a_bracketed_note_and_an_assignment_line_end_before_a_numbered_heading():
    # a Jiangxi city's rule of 2015 (题注 under the title, then 第一章) and a Shandong county's plan of 2021
    # (a part's 牵头单位 line, then the next part)
    lines = _rows(
        ("（2015年3月2日九江市人民政府第43次常务会议通过 九江市人民政府令第5号）", True),
        ("第一章 总 则", False),
        ("第一条 为了规范城市绿化管理，根据有关法律法规，结合本市实际，制定本办法。", False),
        ("牵头单位：县发展改革局、县财政局、县自然资源局、县住房城乡建设局、县商务局", True),
        ("（三）加快发展县域物流", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "（2015年3月2日九江市人民政府第43次常务会议通过 九江市人民政府令第5号）",
        "第一章 总 则",
        "第一条 为了规范城市绿化管理，根据有关法律法规，结合本市实际，制定本办法。",
        "牵头单位：县发展改革局、县财政局、县自然资源局、县住房城乡建设局、县商务局",
        "（三）加快发展县域物流",
    ]


def test_a_wrapped_sentence_still_joins_a_bracketed_number():
    # a sentence that wraps before a bracketed number (`（二）项`) goes on: no sentence end, and the row above opens
    # no note
    lines = _rows(
        ("符合本办法第十二条第一款规定情形的，按照第十二条第二款第", True),
        ("（二）项规定办理。", False),
        ("第十四条 本办法自2016年1月1日起施行。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == ["符合本办法第十二条第一款规定情形的，按照第十二条第二款第（二）项规定办理。",
                                 "第十四条 本办法自2016年1月1日起施行。"]


def test_a_centred_title_row_in_body_type_ends_before_the_addressee():
    # a Guizhou provincial office's notice of 2017 from a tool that sets the title in body type, centred: its second
    # row reaches as far right as a full row, and the addressee under it starts at the left edge
    body = 16
    left, right = 80.0, 520.0
    lines = [
        PdfLine("贵州省人民政府办公厅关于印发贵州省推进农村电子商务发展实施", 85.0, 515.0, body),
        PdfLine("方案（2017—2020年）和贵州省电商扶贫行动计划的通知", 104.0, 496.0, body),
        PdfLine("各市、自治州人民政府，各县（市、区、特区）人民政府，省政府", left, right, body),
        PdfLine("各部门、各直属机构：", left, 240.0, body),
        PdfLine("经省人民政府同意，现将有关方案和计划印发给你们，请认真贯彻", left, right, body),
        PdfLine("执行。", left, 128.0, body),
    ]
    text, _, _ = join_lines(lines)
    # ((s35-layout) the title's two centred rows are one line, as the notice's text has it: lines._centred_block)
    assert text.split("\n") == [
        "贵州省人民政府办公厅关于印发贵州省推进农村电子商务发展实施方案（2017—2020年）和贵州省电商扶贫行动计划的通知",
        "各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：",
        "经省人民政府同意，现将有关方案和计划印发给你们，请认真贯彻执行。",
    ]


def test_a_news_copys_full_text_line_ends_before_the_document():
    # a news agency's copy of a State Council opinion (2012 style), printed without indents: `…全文如下。` fills its row
    lines = _rows(
        ("新华社北京3月5日电 近日，国务院印发了《关于深化流通体制改革加快流通产业发展的意见》。", True),
        ("《关于深化流通体制改革加快流通产业发展的意见》全文如下。", True),
        ("流通产业已经成为国民经济的基础性和先导性产业，为进一步深化流通体制改", True),
        ("革，现提出如下意见。", False),
    )
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "新华社北京3月5日电 近日，国务院印发了《关于深化流通体制改革加快流通产业发展的意见》。"
        "《关于深化流通体制改革加快流通产业发展的意见》全文如下。",
        "流通产业已经成为国民经济的基础性和先导性产业，为进一步深化流通体制改革，现提出如下意见。",
    ]
