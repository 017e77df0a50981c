"""s35-twins (issue 11): a notice gives the same record as text and as PDF. Differences found by PDF twins of the open
authored notices a85–a372 and the open country batches; each rule is tested in the style of a province, level or era
other than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text


def _with_attachment(title: str, body: str, org: str, date: str, attachment: str) -> list[tuple]:
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n{attachment}", doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"]) for t in rec["targets"]]


def test_a_glued_numbered_header_still_dates_its_last_column():
    # A Sichuan-style city plan of 2019 read from a PDF whose attached table has no ruling: the header's cells reach us
    # glued into one (`序号县（区）…2020年比2018年下降比例`); its last column still dates each row's rate (null/2020)
    got = _with_attachment("某市打赢蓝天保卫战实施方案", "一、工作目标\n空气质量持续改善。", "某市人民政府", "2019年4月2日",
                           "附件\n各县（区）细颗粒物浓度下降目标\n序号县（区）2018年浓度（微克/立方米）2020年比2018年下降比例\n"
                           "1丙县48 12%\n2丁区52 15%\n")
    assert got == [(12, "%", "=", False, None, 2020), (15, "%", "=", False, None, 2020)]


def test_a_header_with_spaces_around_its_years_dates_its_last_column():
    # The same table as a PDF's text layer gives it (a Jiangxi-style county plan of 2016): spaces around the digits of
    # the last header cell (`2020 年比 2015 年下降比例`)
    got = _with_attachment("某县大气污染防治行动计划", "一、工作目标\n空气质量逐步好转。", "某县人民政府", "2016年9月5日",
                           "附件\n各乡镇可吸入颗粒物浓度下降目标\n序号　乡镇　2015 年浓度　2020 年比 2015 年下降比例\n"
                           "1　甲镇　70　10%\n2　乙乡　66　8%\n")
    assert got == [(10, "%", "=", False, None, 2020), (8, "%", "=", False, None, 2020)]


def test_a_yearly_pace_in_a_barred_rows_deadline_cell_is_a_target():
    # A Zhejiang-style district plan of 2021 whose task table keeps its bars (a PDF's ruled table): the deadline cell's
    # yearly pace (`每年50座，2023年底`) is a target of its own, each year from the issue year to the cell's deadline, as
    # the same cell written one per line reads
    got = _with_attachment("某区城乡公交一体化实施方案", "一、主要目标\n到2023年，城乡公交更加便捷。", "某区人民政府办公室",
                           "2021年5月6日",
                           "附件\n重点任务分工表\n序号 | 工作任务 | 责任单位 | 完成时限\n"
                           "1 | 新建城乡公交候车亭不少于150座 | 区交通运输局 | 每年50座，2023年底\n"
                           "2 | 优化公交线路 | 区交通运输局 | 2022年6月\n")
    assert (50, "座", "=", True, 2021, 2023) in got
    assert [g for g in got if g[0] == 150] == [(150, "座", ">=", False, None, 2023)]


def test_a_page_that_opens_with_a_series_of_numbers_goes_on_with_the_paragraph():
    # A Shanxi-style city plan of 2017 as a PDF: the page break cut `…排放浓度分别不高于` from `5、35、50毫克/立方米。`; the
    # numbers are a series (no item 5), so the sentence stays whole and its limits are read
    from pipeline.document import process_raw
    from pipeline.ingest.raw import RawDoc, RawPage
    page1 = ("某市工业污染深度治理实施方案\n各县（区）人民政府：\n一、重点任务\n1.燃煤电厂超低排放改造。全市燃煤机组年底前完成改造，"
             "烟尘、二氧化硫、氮氧化物排放浓度分别不高于")
    page2 = "5、35、50毫克/立方米。\n2.淘汰落后产能。依法关停不达标企业。\n"
    raw = RawDoc("x.pdf", "pdf", [RawPage(1, page1, "pypdfium2", line_breaks="paragraph", continues=True),
                                  RawPage(2, page2, "pypdfium2", line_breaks="paragraph")])
    rec = process_raw(raw, "x", "x.pdf", "0" * 64)
    assert "分别不高于5、35、50毫克/立方米。" in rec.text
    assert sorted(t.value for t in rec.targets if t.unit == "毫克/立方米") == [5, 35, 50]


def test_a_page_that_opens_with_a_numbered_item_still_starts_it():
    # …while a numbered item with words after its number (`3、加强…`) still opens its own paragraph at the page's head
    from pipeline.document import process_raw
    from pipeline.ingest.raw import RawDoc, RawPage
    page1 = "某县秸秆综合利用工作方案\n一、工作措施\n1、加强宣传。各乡镇要广泛宣传秸秆禁烧政策，做到家喻户晓\n2、强化督查。县农业农村局要定期督查各乡镇工作"
    page2 = "3、加强保障。县财政局要安排专项资金。\n"
    raw = RawDoc("x.pdf", "pdf", [RawPage(1, page1, "pypdfium2", line_breaks="paragraph", continues=True),
                                  RawPage(2, page2, "pypdfium2", line_breaks="paragraph")])
    rec = process_raw(raw, "x", "x.pdf", "0" * 64)
    assert "\n3、加强保障。" in rec.text


def test_a_dash_item_after_a_semicolon_row_starts_its_own_line_in_a_pdf_without_indents():
    # A Liaoning-style provincial 意见 of 2018 laid out flush left (no first-line indents): `——2019年，…；` fills its row
    # to the margin and the next row opens another dash item; they are two lines, as the text has them
    from pipeline.ingest.lines import PdfLine, join_lines
    rows = [PdfLine("二、主要目标", 80, 176, 16), PdfLine("——2019年，全省规模以上食品工业企业主营业务收入达到", 80, 520, 16),
            PdfLine("3000亿元，新增规模以上企业50户；", 80, 520, 16), PdfLine("——2020年，全省规模以上食品工业企业主营业务收", 80, 505, 16),
            PdfLine("入达到3500亿元。", 80, 220, 16)]
    text = join_lines(rows)[0]
    assert text.split("\n") == ["二、主要目标", "——2019年，全省规模以上食品工业企业主营业务收入达到3000亿元，新增规模以上企业50户；",
                                "——2020年，全省规模以上食品工业企业主营业务收入达到3500亿元。"]


def test_a_metadata_field_that_fills_its_row_keeps_the_centred_title_under_it_apart():
    # A Sichuan-style province's web page printed to PDF with its title in body type: the `名　　称：…` field reaches the
    # margin (its value as long as the row) and the same title, centred, sits under it; two lines, not one title twice
    from pipeline.ingest.lines import PdfLine, join_lines
    rows = [PdfLine("发布机构：四川省人民政府", 80, 272, 16),
            PdfLine("名　　称：四川省人民政府关于加快推进县域商业体系建设的意见", 80, 516, 16),
            PdfLine("四川省人民政府关于加快推进县域商业体系建设的意见", 108, 488, 16),
            PdfLine("各市（州）人民政府，省政府各部门、各直属机构：", 80, 450, 16),
            PdfLine("为加快推进县域商业体系建设，完善农村流通网络，促进农村消费，结合我省", 112, 516, 16),
            PdfLine("实际，现提出以下意见。", 80, 256, 16),
            PdfLine("一、总体要求", 80, 176, 16),
            PdfLine("以县城为中心、乡镇为重点、村为基础，健全县乡村三级商业网络，到2025", 80, 516, 16),
            PdfLine("年，全省县域商业体系基本建成。", 80, 320, 16)]
    text = join_lines(rows)[0].split("\n")
    assert text[1:3] == ["名　　称：四川省人民政府关于加快推进县域商业体系建设的意见", "四川省人民政府关于加快推进县域商业体系建设的意见"]
