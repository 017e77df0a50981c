"""(s36b-twins, issue 11) What a PDF twin of a text notice must read as the text does: four things the line layout of a
PDF does to a notice's rows (found on the twins of the open authored notices, rows here written for these tests).

* A full-width space the writer typed between an organ and its telephone on a justified row (`…节能处　电话：…`) is a
  gap wider than the row's spread gaps: it stays, also where pdfium generated a space between every two glyphs.
* A page number in the footer that the text layer broke after its first dash (`— ` / `3 —`) is one row.
* A row that stops inside a bracket at a colon (`…（2021—2023年合计，单位：` / `公顷）：`) is no addressee: it runs on.
* A table set as rows of text, cells between bars, in a PDF whose paragraphs are not indented: a row whose last cell
  ends at the margin is whole when the next row (its number, maybe after a group's label) or the table's note follows.
Geometry of a GB/T 9704 page: A4, 三号 16 pt, 28 characters a row from x 79.5 to 527.5 (no indent: `--no-indent`).
Rows in the style of a Fujian provincial department (2011), a Hunan county (2021) and a Sichuan prefecture (2022)."""
from pipeline.ingest.lines import PdfLine, _is_addressee, join_page

LEFT, RIGHT = 79.5, 527.5


def _full(text, x0=LEFT):
    return PdfLine(text, x0, RIGHT, 16.0)


def _short(text, x0=LEFT):
    return PdfLine(text, x0, x0 + 16.0 * len(text), 16.0)


def _spaces(monkeypatch, text, edges):
    from pipeline.ingest import pdf as pdf_reader

    def loose_box(handle, k, ref):
        if k not in edges:
            return False
        ref._obj.left, ref._obj.right = edges[k]
        return True

    monkeypatch.setattr(pdf_reader, "_char_calls", lambda: (loose_box, None, lambda handle, k: 1 if text[k] == " " else 0))
    return pdf_reader._generated_spaces(None, text)


def test_a_typed_space_on_a_justified_row_stays(monkeypatch):
    # glyphs 16 wide, 2 apart (the row spread), the typed space a gap of 8: it stays; the spread gaps have no space
    row = "节能处 电话"
    edges = {0: (100, 116), 1: (118, 134), 2: (136, 152), 3: (152, 152), 4: (160, 176), 5: (178, 194)}
    assert _spaces(monkeypatch, row, edges) == []
    # a space between every two glyphs (pdfium's), 2 apart; the typed one 9 wide: only it stays
    spread = "节 能 处 电 话"
    edges = {0: (100, 116), 1: (116, 116), 2: (118, 134), 3: (134, 134), 4: (136, 152), 5: (152, 152),
             6: (161, 177), 7: (177, 177), 8: (179, 195)}
    assert _spaces(monkeypatch, spread, edges) == [1, 3, 7]
    even = "节 能 处 电 话"  # every gap alike: all generated
    edges = {0: (100, 116), 1: (116, 116), 2: (118, 134), 3: (134, 134), 4: (136, 152), 5: (152, 152),
             6: (154, 170), 7: (170, 170), 8: (172, 188)}
    assert _spaces(monkeypatch, even, edges) == [1, 3, 5, 7]


def test_a_page_number_broken_after_its_dash_is_one_row():
    from pipeline.ingest.pdf import _same_row

    dash = PdfLine("—", 482.0, 494.4, 14.0)
    assert _same_row(dash, (59.1, 64.8), 497.9, (59.1, 71.1))  # `— ` / `3 —`: a space's width on
    assert not _same_row(dash, (59.1, 64.8), 510.0, (59.1, 71.1))  # a cell's width away: another piece


def test_a_row_stopping_inside_a_bracket_at_a_colon_runs_on():
    assert not _is_addressee("各镇（街道）年度造林任务（2021—2023年合计，单位：")
    assert _is_addressee("各乡镇人民政府，县直有关单位：")
    lines = [_short("三、任务分解"), _full("各镇（街道）年度造林任务（2021—2023年合计，单位："), _short("公顷）："),
             _short("城关镇120，白沙镇90，清水镇60。")]
    assert join_page(lines)[0].split("\n") == [
        "三、任务分解", "各镇（街道）年度造林任务（2021—2023年合计，单位：公顷）：", "城关镇120，白沙镇90，清水镇60。"]


def test_rows_of_a_barred_table_stay_rows():
    # each row's last cell ends at the margin (the row fills the line), as a wrapped row does
    lines = [_short("序号 | 指标 | 现状 | 目标 | 属性"), _full("5 | 县级及以上城市空气质量优良天数比率（%） | 93.1 | 94 | 约束性"),
             _full("生态保护 | 6 | 森林覆盖率（%） | 40.2 | 41 | 预期性"), _full("7 | 湿地保护率（%） | 50 | 52 | 预期性"),
             _short("注：空气质量指标以省下达为准。")]
    assert join_page(lines)[0].split("\n") == [
        "序号 | 指标 | 现状 | 目标 | 属性", "5 | 县级及以上城市空气质量优良天数比率（%） | 93.1 | 94 | 约束性",
        "生态保护 | 6 | 森林覆盖率（%） | 40.2 | 41 | 预期性", "7 | 湿地保护率（%） | 50 | 52 | 预期性", "注：空气质量指标以省下达为准。"]
    # a wrapped row goes on: the line under it is no next row
    lines = [_short("序号 | 指标 | 现状 | 目标 | 属性"), _full("5 | 县级及以上城市空气质量优良天数比率（%） | 93.1 | 94 | 约"),
             _short("束性"), _full("注：空气质量指标以省下达为准，森林覆盖率以林业部门年度监测"), _short("为准。")]
    assert join_page(lines)[0].split("\n") == ["序号 | 指标 | 现状 | 目标 | 属性",
                                                "5 | 县级及以上城市空气质量优良天数比率（%） | 93.1 | 94 | 约束性",
                                                "注：空气质量指标以省下达为准，森林覆盖率以林业部门年度监测为准。"]
