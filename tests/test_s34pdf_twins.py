"""(s34-pdf) What a PDF twin of a text notice must read as the text does.

* A row holding a quoted term whose marks a fallback font draws after the run (楷体 headings): the row ends at its
  rightmost glyph, so a full row still runs on into the next (fixture: a notice written for this test in the style of
  a Qinghai provincial department's 通知 (2023), laid out by scripts/make_pdfs.py).
* The generated spaces around a unit's slash on a justified row go (`微克 / 立方米`).
* A web copy's furniture row cut by the page width (`浏` / `览次数`, `陕公网` / `安备`), and a last paragraph cut
  mid-sentence whose next row carries the page's buttons, are one line.
* A page break after a stop in mid-paragraph (a document whose paragraphs open indented), and a table's page whose
  rows all open indented (a note and a 版记 under the table).
Geometry of a GB/T 9704 page: A4, 三号 16 pt, 28 characters a row from x 79.5 to 527.5, paragraphs indented to 111.5.
Rows in the style of a Shaanxi prefecture's web page (2016), a Hubei provincial office's notice (2015) and a Heilongjiang
county's task table (2020)."""
from pathlib import Path

from pipeline.ingest.lines import PdfLine, ends_full_at_stop, join_page, opens_at_left
from pipeline.ingest.pdf import _CJK_SPACE, read_pdf

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "s34pdf" / "qinghai-2023-lvse-jiayuan.pdf"
LEFT, INDENT, RIGHT = 79.5, 111.5, 527.5


def _full(text, x0=LEFT):
    return PdfLine(text, x0, RIGHT, 16.0)


def _short(text, x0=LEFT):
    return PdfLine(text, x0, x0 + 16.0 * len(text), 16.0)


def test_a_full_row_with_late_drawn_quotes_runs_on():
    text = read_pdf(FIXTURE).pages[0].text
    assert ("（三）营造良好氛围。加强政策宣传解读，总结推广典型案例，举办“绿色家园”现场观摩会，营造全社会共同参与的良好氛围。"
            in text.split("\n"))
    assert ("（一）开展“绿色家园”示范创建。各市州要组织开展“绿色家园”“美丽庭院”“洁净村庄”示范创建，推行“门前三包”“积分超市”"
            "等做法，到 2025 年全省建成省级示范村 200 个以上。" in text.split("\n"))


def test_generated_spaces_around_a_units_slash():
    line = "年均浓度控制在35微克 / 立方米以内，用水0.3吨 ／ 亩"
    assert [m.start() for m in _CJK_SPACE.finditer(line)] == [11, 13, 26, 28]
    assert [m.start() for m in _CJK_SPACE.finditer("PM2.5 / PM10 和 A / B")] == []


def test_a_furniture_word_cut_by_the_row_is_one_line():
    lines = [_short("渭南市人民政府"), _full("发布时间：2016-08-12 09:30 来源：市政府办公室 浏", INDENT),
             _short("览次数：523 【字号：大 中 小】"), _full("为进一步加强全市城乡环境卫生综合整治工作，经市政府同意，现", INDENT),
             _short("将有关事项通知如下。"), _short("【打印本页】【关闭窗口】", INDENT),
             _full("网站标识码：6105000001 陕ICP备05001234号 陕公网", INDENT), _short("安备61050202000123号")]
    out = join_page(lines)[0].split("\n")
    assert out == ["渭南市人民政府", "发布时间：2016-08-12 09:30 来源：市政府办公室 浏览次数：523 【字号：大 中 小】",
                   "为进一步加强全市城乡环境卫生综合整治工作，经市政府同意，现将有关事项通知如下。", "【打印本页】【关闭窗口】",
                   "网站标识码：6105000001 陕ICP备05001234号 陕公网安备61050202000123号"]


def test_a_title_under_a_full_furniture_row_stays_apart():
    lines = [_short("湖北省人民政府"), _full("发布时间：2015-04-20 来源：省政府办公厅 浏览次数：", INDENT),
             _short("湖北省人民政府办公厅关于加快发展现代物流业的通知"), _short("各市、州、县人民政府："),
             _full("为贯彻落实国务院关于促进物流业健康发展的部署，加快发展现代", INDENT),
             _full("物流业，经省人民政府同意，现就有关事项通知如下：一、优化物流")]
    out = join_page(lines)[0].split("\n")
    assert out[2] == "湖北省人民政府办公厅关于加快发展现代物流业的通知"


def test_a_last_paragraph_runs_into_the_row_of_buttons():
    lines = [_full("（十二）加强督查考核。将物流业发展纳入年度目标考核。（省发展改", INDENT),
             _full("革委、省财政厅、省住建厅、省交通运输厅、省商务厅、省邮政管"),
             _short("理局等按职责分工负责）【打印本页】【关闭窗口】"), _short("【字号：大 中 小】")]
    out = join_page(lines)[0].split("\n")
    assert out[0] == ("（十二）加强督查考核。将物流业发展纳入年度目标考核。（省发展改革委、省财政厅、省住建厅、省交通运输厅、"
                      "省商务厅、省邮政管理局等按职责分工负责）【打印本页】【关闭窗口】")


def test_a_paragraph_closed_by_a_stop_keeps_its_buttons_apart():
    lines = [_full("（十二）加强督查考核。将物流业发展纳入年度目标考核，按季度通", INDENT),
             _full("报各地工作进展，年底前开展专项督查，确保各项任务落到实处。"),
             _short("【打印本页】【关闭窗口】")]
    out = join_page(lines)[0].split("\n")
    assert out[-1] == "【打印本页】【关闭窗口】"


def _page_of_paragraphs(last_row):
    return [_full("一、总体要求", INDENT), _full("以乡村振兴为统领，统筹推进农村人居环境整治提升，加快补齐农", INDENT),
            _short("村基础设施短板。"), _full("二、重点任务", INDENT),
            _full("（一）推进农村厕所革命。全县新建改建农村户厕3000户，乡镇", INDENT),
            _full("政府驻地和中心村公共厕所全覆盖，粪污资源化利用率明显提高。"), last_row]


def test_a_page_ending_on_a_full_row_at_a_stop_may_run_on():
    page = _page_of_paragraphs(_full("推进生活污水治理，到2022年治理率达到30%以上，纳入管网统一运维。"))
    assert ends_full_at_stop(page)
    short_end = _page_of_paragraphs(_short("推进生活污水治理。"))
    assert not ends_full_at_stop(short_end)
    flush = [PdfLine(ln.text, LEFT, ln.x1, ln.size) for ln in page]  # paragraphs not indented: no sign
    assert not ends_full_at_stop(flush)


def test_the_next_page_opens_at_the_left_edge():
    rest = [_short("领导小组办公室设在县农业农村局，负责日常工作。"),
            _full("（二）强化资金保障。县财政每年安排专项资金500万元，统筹整合", INDENT), _short("涉农资金。")]
    assert opens_at_left(rest)
    heading = [_short("（二）强化资金保障。县财政每年安排专项资金。")] + rest[1:]
    assert not opens_at_left(heading)
    attachment = [_short("附件：1．重点任务分工表")] + rest[1:]
    assert not opens_at_left(attachment)


def test_a_table_page_whose_rows_open_indented_keeps_its_left_edge():
    document, lefts = [], []
    page = [_full("以乡村振兴为统领，统筹推进农村人居环境整治提升工作，加快", INDENT)] + [
        _full("补齐农村基础设施和公共服务短板，持续改善农村人居环境质量，")] * 8 + [_short("建设美丽宜居乡村。")]
    join_page(page, document, lefts)
    assert lefts == [LEFT]
    table_page = [PdfLine("注：列第一位者为牵头单位，其他单位按职责分工负责。", INDENT, 519.5, 16.0),
                  _short("黑龙江省某县人民政府办公室", INDENT), _short("2020年6月30日印发", INDENT)]
    out = join_page(table_page, document, lefts)[0].split("\n")
    assert out == ["注：列第一位者为牵头单位，其他单位按职责分工负责。", "黑龙江省某县人民政府办公室", "2020年6月30日印发"]


def test_an_opening_mark_drawn_after_the_glyph_it_stands_before(monkeypatch):
    """`推行 河“长制”工作`: a generated space, then 河, then the mark drawn late though it stands left of 河 (a row of a
    Jiangxi county's 2017 notice, the quoted term cut into text objects): the glyphs go in the order of their x."""
    from types import SimpleNamespace

    from pipeline.ingest import pdf as pdf_reader

    text = "推行 河“长制”工作"
    edges = {0: (400, 416), 1: (416, 432), 2: (440, 440), 3: (440, 456), 4: (432, 440), 5: (456, 472), 6: (472, 488),
             7: (488, 496), 8: (496, 512), 9: (512, 528)}
    box = SimpleNamespace(left=0.0, right=0.0)

    def loose_box(handle, k, ref):
        box.left, box.right = edges[k]
        return True

    monkeypatch.setattr(pdf_reader, "_char_calls", lambda: (loose_box, None, lambda handle, k: 1 if k == 2 else 0))
    out = pdf_reader._openers_by_x(text, None, loose_box, box, None, 0, len(text), [2], 0)
    assert out == ("推行“河长制”工作", 528)
    plain = "推行 河长制“工作”"  # a mark where its x-position puts it: read as it is
    edges.update({4: (456, 472), 5: (472, 488), 6: (488, 496), 7: (496, 512), 8: (512, 528), 9: (528, 536)})
    assert pdf_reader._openers_by_x(plain, None, loose_box, box, None, 0, len(plain), [2], 0) == ("推行河长制“工作”", None)


def test_a_typed_space_drawn_as_a_gap_stays(monkeypatch):
    """`联系人：某某市卫生健康委老龄处 王某`: the writer's space between the organ and the person is drawn as a gap of a
    quarter em between glyphs that otherwise touch (pdfium calls it generated); a justified row's spread gaps, alike from
    glyph to glyph (`技 能 增 收`), still go. (Rows in the style of a Henan prefecture's 2019 notice.)"""
    from pipeline.ingest import pdf as pdf_reader

    def fake(text, edges):
        def loose_box(handle, k, ref):
            if k not in edges:
                return False
            ref._obj.left, ref._obj.right = edges[k]
            return True

        monkeypatch.setattr(pdf_reader, "_char_calls",
                            lambda: (loose_box, None, lambda handle, k: 1 if text[k] == " " else 0))
        return pdf_reader._generated_spaces(None, text)

    contact = "老龄处 王某"
    assert fake(contact, {0: (100, 116), 1: (116, 132), 2: (132, 148), 3: (148, 148), 4: (152, 168), 5: (168, 184)}) == []
    spread = "技 能 增 收"
    assert fake(spread, {0: (100, 116), 1: (116, 116), 2: (120, 136), 3: (136, 136), 4: (140, 156), 5: (156, 156),
                         6: (160, 176)}) == [1, 3, 5]
    glued = "老龄处 王某"  # a gap under a fifth of an em: no typed space
    assert fake(glued, {0: (100, 116), 1: (116, 132), 2: (132, 148), 3: (148, 148), 4: (150, 166), 5: (166, 182)}) == [3]
