"""(s39-twins, issue 11) What a PDF twin of a text notice must read as the text does (found on the twins of the open
authored notices, rows here written for these tests).

* A table set as rows of text in a PDF whose paragraphs are not indented: its last numbered row, closing with a number
  cell at the margin, is whole when the table's totals row (`合计`, `总计`, `小计`, then numbers) follows.
Geometry of a GB/T 9704 page: A4, 三号 16 pt, 28 characters a row from x 79.5 to 527.5 (no indent: `--no-indent`).
Rows in the style of a Gansu county (2019) and a Jiangxi prefecture's bureau (2012)."""
from pipeline.ingest.lines import PdfLine, join_page

LEFT, RIGHT = 79.5, 527.5


def _full(text, x0=LEFT):
    return PdfLine(text, x0, RIGHT, 16.0)


def _short(text, x0=LEFT):
    return PdfLine(text, x0, x0 + 16.0 * len(text), 16.0)


def test_a_totals_row_under_the_last_numbered_row_is_its_own_row():
    prose = [_full("各乡镇要按照下表分解的任务，于每月5日前将上月完成情况报县农业农"),
             _full("村局汇总，县农业农村局每季度通报一次进度，年底前组织验收，对进"), _short("度滞后的乡镇进行约谈。")]
    lines = prose + [_short("序号 乡镇 新建户厕 改建户厕 合计"), _short("7 城关镇 1200 800 2000"),
             _full("8 其余6个乡镇（场） 剩余3400 剩余2100 剩余5500"), _short("合计 9800 6300 16100"),
             _short("注：户厕任务以县农业农村局核定为准。")]
    assert join_page(lines)[0].split("\n")[1:] == [
        "序号 乡镇 新建户厕 改建户厕 合计", "7 城关镇 1200 800 2000",
        "8 其余6个乡镇（场） 剩余3400 剩余2100 剩余5500", "合计 9800 6300 16100", "注：户厕任务以县农业农村局核定为准。"]
    # barred cells, a spaced label
    lines = prose + [_short("序号 | 县（区） | 任务（公里）"), _full("11 | 其余各县（区）及经济技术开发区 | 42.5"),
             _short("总　计 | 318.5")]
    assert join_page(lines)[0].split("\n")[1:] == [
        "序号 | 县（区） | 任务（公里）", "11 | 其余各县（区）及经济技术开发区 | 42.5", "总　计 | 318.5"]


def test_a_sentence_wrapped_before_a_total_runs_on():
    # a paragraph's row that ends in a word, not a number cell, goes on into the row under it
    lines = [_full("3 个重点镇全年新建农村公路和改建危桥的任务由各镇分别承担，"), _short("合计 120公里。"),
             _full("全县新改建农村公路共计120公里，其中县道40公里，乡道52公里")]
    assert join_page(lines)[0].split("\n")[0] == "3 个重点镇全年新建农村公路和改建危桥的任务由各镇分别承担，合计 120公里。"


def test_an_attachment_label_after_a_sentence_end_opens_a_line():
    # a web copy's last article fills its row; the page's list of attached files starts under it at the left edge
    body = [_full("各县（区）人民政府要将秸秆禁烧工作纳入年度目标考核，对工作不力"), _short("的予以通报。")]
    lines = body + [_full("第十二条 本办法由县农业农村局负责解释，自发布之日起施行。"),
                    _short("相关附件：某县秸秆禁烧工作考核细则.doc"), _short("附件2")]
    assert join_page(lines)[0].split("\n")[1:] == [
        "第十二条 本办法由县农业农村局负责解释，自发布之日起施行。", "相关附件：某县秸秆禁烧工作考核细则.doc", "附件2"]
    # inside a sentence the word runs on (`…报送` / `附件所列材料`)
    lines = body + [_full("第十二条 申请人应当于每年3月底前向县农业农村局报送"), _short("附件所列材料。")]
    assert join_page(lines)[0].split("\n")[1:] == ["第十二条 申请人应当于每年3月底前向县农业农村局报送附件所列材料。"]


def test_a_row_whose_label_and_indicator_the_page_break_cut_is_put_together():
    # (a ruled table of indicators in the style of a Shandong prefecture's plan, 2017) the group label and the
    # indicator go on at the head of the next page, the value cells of that piece empty
    from pipeline.ingest.pdf_tables import join_split_rows
    from pipeline.ingest.raw import RawPage

    before = RawPage(5, "前文\n公共服务 | 城乡居民基本养老保险 | % | 95 | 98以上 | 约束性\n— 5 —", "pypdfium2")
    after = RawPage(6, "保障 | 参保率 |  |  |  | \n | 每千名老年人养老床位数 | 张 | 30 | 40 | 预期性", "pypdfium2")
    join_split_rows([before, after])
    assert before.text.split("\n")[1] == "公共服务保障 | 城乡居民基本养老保险参保率 | % | 95 | 98以上 | 约束性"
    assert after.text == " | 每千名老年人养老床位数 | 张 | 30 | 40 | 预期性"
    # a row of its own with numbers is no rest (`合计 | 12 |  |  |  | `)
    before = RawPage(5, "前文\n公共服务 | 城乡居民基本养老保险 | % | 95 | 98以上 | 约束性\n— 5 —", "pypdfium2")
    after = RawPage(6, "合计 | 12项 |  |  |  | \n下文", "pypdfium2")
    join_split_rows([before, after])
    assert after.text == "合计 | 12项 |  |  |  | \n下文"
