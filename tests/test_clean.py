"""Cleaning: furniture dropped, wrapped lines re-joined, spaces fixed, page map kept."""
from pipeline.clean import normalize_string, normalize_text
from pipeline.ingest.raw import RawDoc, RawPage


def _pages(*texts, mode="layout", continues=()):
    return RawDoc(path="<test>", format="pdf", pages=[
        RawPage(i + 1, t, "pypdfium2", line_breaks=mode, continues=(i in continues)) for i, t in enumerate(texts)
    ])


def test_page_number_lines_are_dropped():
    for furniture in ("— 4 —", "—4—", "- 4 -", "－ 12 －", "第4页", "第 4 页 共 9 页", "4/9", "12"):
        text = normalize_string(f"各街道办事处要按月报送进度。\n{furniture}\n市民政局负责汇总。").text
        assert text == "各街道办事处要按月报送进度。\n市民政局负责汇总。", furniture


def test_running_header_repeated_on_pages_is_dropped_but_banji_kept():
    header = "某市人民政府公报 2022年第5期"
    pages = [f"{header}\n第{n}段正文内容，按照规定执行。\n— {n} —" for n in range(1, 5)]
    pages[-1] += "\n抄送：市委办公室，市人大常委会办公室。\n某市人民政府办公室 2022年6月1日印发"
    text = normalize_text(_pages(*pages)).text
    assert header not in text
    assert text.split("\n")[-2:] == ["抄送：市委办公室，市人大常委会办公室。", "某市人民政府办公室2022年6月1日印发"]


def test_wrapped_lines_rejoined_but_numbered_items_kept_apart():
    raw = ("二、重点任务\n（一）推进医养结合。到2022年，每个县（市、区）至少建成1所以\n"
           "失能照护为主的县级特困人员供养服务机构，护理型床位占比\n达到55%以上。\n"
           "（二）加强人才培养。\n1. 实施养老护理员培训计划。\n2. 落实岗位补贴。")
    assert normalize_string(raw).text.split("\n") == [
        "二、重点任务",
        "（一）推进医养结合。到2022年，每个县（市、区）至少建成1所以失能照护为主的县级特困人员供养服务机构，护理型床位占比达到55%以上。",
        "（二）加强人才培养。",
        "1. 实施养老护理员培训计划。",
        "2. 落实岗位补贴。",
    ]


def test_spaces_between_cjk_and_digits_or_latin_removed():
    text = normalize_string("到 2025 年，全省建成 A 类示范基地 30 个，覆盖率达到 95 % 以上。").text
    assert text == "到2025年，全省建成A类示范基地30个，覆盖率达到95%以上。"
    # a single space between two organs of a joint signature stays
    assert normalize_string("中共某县委办公室 某县人民政府办公室").text == "中共某县委办公室 某县人民政府办公室"


def test_markdown_marks_removed_and_headings_stay_lines():
    raw = "## 某区人民政府关于印发养老服务\n\n**一、总体目标**\n\n---\n\n> 到2024年底实现全覆盖。"
    assert normalize_string(raw).text.split("\n") == ["某区人民政府关于印发养老服务", "一、总体目标", "到2024年底实现全覆盖。"]


def test_markdown_heading_is_not_glued_to_the_next_line():
    raw = "## 某市交通运输局 某市财政局关于印发城乡客运一体化工作方案的通知\n\n各区县交通运输局、财政局："
    assert normalize_string(raw).text.split("\n") == [
        "某市交通运输局 某市财政局关于印发城乡客运一体化工作方案的通知", "各区县交通运输局、财政局："]


def test_paragraph_mode_keeps_every_break_and_joins_across_pages():
    raw = _pages(
        "某自治县2018年农村公路建设实施方案\n一、建设目标\n全年新改建农村公路120公里，实现",
        "建制村通硬化路率100%。\n二、资金保障",
        mode="paragraph", continues=(0,),
    )
    doc = normalize_text(raw, "d")
    assert doc.text.split("\n") == [
        "某自治县2018年农村公路建设实施方案", "一、建设目标", "全年新改建农村公路120公里，实现建制村通硬化路率100%。", "二、资金保障"]
    assert doc.page_map[0][0] == 1 and doc.page_map[-1][0] == 2
    assert doc.page_of(doc.text.index("二、资金保障")) == 2


def test_page_continuation_never_swallows_a_numbered_heading():
    raw = _pages("（三）强化督导。（县交通运输局负责）", "（四）严格考核。", mode="paragraph", continues=(0,))
    assert normalize_text(raw).text.split("\n") == ["（三）强化督导。（县交通运输局负责）", "（四）严格考核。"]


def test_page_map_covers_text_and_points_at_pages():
    doc = normalize_text(_pages("第一页内容。", "第二页内容。", "第三页内容。"), "d")
    assert [p for p, _, _ in doc.page_map] == [1, 2, 3]
    assert doc.page_map[0][1] == 0 and doc.page_map[-1][2] == len(doc.text)
    assert doc.text[doc.page_map[1][1]:doc.page_map[1][2]].strip() == "第二页内容。"


def test_row_numbers_of_a_table_copied_one_cell_per_line_are_kept():
    """A web page's 任务分工表 copied to text (a Henan city's style): the bare 1, 2 after 序号 are
    the rows' numbers, not page numbers."""
    text = normalize_string("附件\n任务分工表\n序号\n工作任务\n牵头单位\n1\n建设平台\n市工信局\n2\n培育企业\n市科技局\n").text
    assert text.split("\n")[5:] == ["1", "建设平台", "市工信局", "2", "培育企业", "市科技局"]


def test_a_table_row_number_first_on_the_next_page_is_kept_and_page_numbers_still_go():
    """A county 重点任务清单 in a PDF (a Sichuan county's style): the header 序号 ends page 2, the
    first row's 序号 `1` opens page 3. It is the table's next row, not page 3's number, so it
    stays; the bare page numbers at the feet (`2`, `3`) still go."""
    doc = normalize_text(_pages(
        "县人民政府办公室\n关于印发重点任务清单的通知\n各乡镇人民政府：\n现将清单印发给你们。\n1",
        "附件\n重点任务清单\n序号\n工作任务\n牵头单位\n2",
        "1\n建设数字乡村平台\n县农业农村局\n2\n培育电商企业\n县商务局\n3"), "d")
    lines = doc.text.split("\n")
    assert lines[lines.index("牵头单位") + 1:] == ["1", "建设数字乡村平台", "县农业农村局", "2", "培育电商企业", "县商务局"]


def test_bare_numbers_in_a_table_are_rows_when_the_pages_are_numbered_decorated():
    """A provincial 清单 printed with `— N —` page numbers (GB/T 9704): a row's 序号 at the top of
    a page is kept even when it equals the page's number (row 2 on page 2)."""
    doc = normalize_text(_pages(
        "附件\n改革举措清单\n序号\n改革举措\n指导部门\n1\n推行告知承诺制\n省司法厅\n— 1 —",
        "2\n推行容缺受理\n省政务服务中心\n— 2 —"), "d")
    lines = doc.text.split("\n")
    assert lines[lines.index("指导部门") + 1:] == ["1", "推行告知承诺制", "省司法厅", "2", "推行容缺受理", "省政务服务中心"]


def test_a_heading_run_into_the_line_before_gets_its_own_line():
    """A ministry guide copied from a web page (a 2013 transport guide's style): `…起草。 第一章 总体要求`
    and `…为准。 二、建设内容` lost their line breaks; a sentence end, white space, then a chapter
    or a 一、 heading starts a new line. A space inside a sentence stays."""
    text = normalize_string("本指南由部科学研究院起草。 第一章 总体要求\n一、建设目的\n以本指南为准。 二、建设内容\n").text
    assert text.split("\n") == ["本指南由部科学研究院起草。", "第一章 总体要求", "一、建设目的", "以本指南为准。", "二、建设内容"]
