"""Session 26 wave 2 (s26-swap): rules the swaps of the open batches A16 and A20 (scripts/web_swap.py, form_swap.py)
found keyed to one form of a web page, each tested on a snippet written for this test in the style of a province,
level or era other than the notice that showed the class (none copied from a notice)."""
from __future__ import annotations

from pipeline import process_text

PIPE_ROW_TABLE = """惠东县人民政府门户网站
首页 > 政务公开 > 政策文件
索 引 号： | 007186012/2019-00112 | 分　　类： | 城乡建设
发布机构： | 惠东县人民政府办公室 | 成文日期： | 2019-05-06
发文字号： | 惠东府办〔2019〕12号 | 发布日期： | 2019-05-10
标　　题： | 惠东县人民政府办公室关于印发惠东县农村生活污水治理攻坚实施方案的通知

惠东县人民政府办公室关于印发惠东县农村生活污水治理攻坚实施方案的通知

各镇人民政府（街道办事处），县直有关单位：
现将《惠东县农村生活污水治理攻坚实施方案》印发给你们，请认真组织实施。

惠东县农村生活污水治理攻坚实施方案
一、工作目标
到2020年，全县农村生活污水治理率达到60%。
"""


def test_a_metadata_table_copied_as_pipe_rows_gives_its_number_and_date():
    # A Guangdong county page whose disclosure table reached the text as pipe rows (`发文字号： | … | 发布日期： | …`,
    # its tab cells set with bars): the bar after a field's colon separates the cells as a tab does, so the 文号 and
    # the 成文日期 are read as from the tab form (spec 1.1 section 3; the signature-less notice's date is the table's)
    md = process_text(PIPE_ROW_TABLE, doc_id="t").metadata
    assert (md.doc_number, md.issue_date, md.issuers) == ("惠东府办〔2019〕12号", "2019-05-06", ["惠东县人民政府办公室"])


PORTAL_OVER_A_LAW_RECORD = """当前位置：首页 > 信息公开 > 规章
湖北省农村公路条例实施办法
发布日期：2009-04-20　信息来源：湖北省人民政府　作者：　点击数：86
字号：大 中 小
湖北省农村公路条例实施办法

【发布部门】湖北省人民政府
【发文字号】湖北省人民政府令第321号
【发布日期】2009.04.13
【实施日期】2009.06.01
【时效性】现行有效
【效力级别】地方政府规章

湖北省人民政府令
第321号

《湖北省农村公路条例实施办法》已经2009年3月30日省人民政府常务会议审议通过，现予公布，自2009年6月1日起施行。

第一条　为了加强农村公路管理，制定本办法。
第二条　本办法自2009年6月1日起施行。
"""


def test_a_portal_posting_date_above_a_law_record_is_not_the_record_date():
    # A Hubei rule copied from a portal page that shows a law collection's record under its own 发布日期 line: the
    # page's line is the day it was posted; the record's 【发布日期】 among its fields (效力级别, 时效性) is the day of
    # promulgation, the order's date when it prints no signature (guide M18)
    md = process_text(PORTAL_OVER_A_LAW_RECORD, doc_id="t").metadata
    assert (md.doc_number, md.issue_date) == ("湖北省人民政府令第321号", "2009-04-13")


SPACED_TABLE_OVER_A_WRAPPED_TITLE = """桃源县人民政府门户网站
当前位置：首页 >> 政务公开 >> 政府文件

索 引 号：43072500000000000X/2015-00112　　　　主题分类：城乡建设
发文机关：桃源县人民政府办公室　　　　　　　　成文日期：2015年08月12日
标　　题：桃源县人民政府办公室关于印发桃源县城乡环境卫生综合整治实施方案的通知
文　　号：桃政办发〔2015〕36号　　　　　　　　发布日期：2015年08月18日

桃源县人民政府办公室关于印发桃源县城乡环境卫生综合整治实施方案
的通知

各乡镇人民政府、街道办事处，县直各单位：

现将《桃源县城乡环境卫生综合整治实施方案》印发给你们，请认真贯彻执行。
"""


def test_a_title_wrapped_under_a_disclosure_table_does_not_run_onto_its_last_row():
    # A Hunan county page of 2015 whose title is printed over two lines under the disclosure table: the table's last
    # row (`文　　号：…　　发布日期：…`) is a record's field that ends at its line, as `发文字号：` does, so the title's
    # first line stays with its `的通知` (spec 1.1 section 3: the notice title is the title block)
    md = process_text(SPACED_TABLE_OVER_A_WRAPPED_TITLE, doc_id="t").metadata
    assert (md.notice_title, md.title, md.doc_number, md.issue_date) == (
        "关于印发桃源县城乡环境卫生综合整治实施方案的通知", "桃源县城乡环境卫生综合整治实施方案", "桃政办发〔2015〕36号", "2015-08-12")


ADDRESSEE_OVER_TWO_LINES = """遵义市人民政府关于加快发展健康服务业的实施意见

遵府发〔2015〕12号

各县（市、区）人民政府，市人民政府各工作部门、各直属机构，
各有关单位：

为贯彻落实《国务院关于促进健康服务业发展的若干意见》精神，结合我市实际，提出如下实施意见。

一、发展目标
到2020年，全市健康服务业总规模达到100亿元以上。

遵义市人民政府
2015年3月2日
"""


def test_an_addressee_wrapped_over_two_lines_is_one_addressee():
    # A Guizhou city's 实施意见 whose 主送机关 goes on at the margin (GB/T 9704 7.2.4), the first line ending in the list's
    # comma: the second line (`各有关单位：`) continues it, so the addressees are read as one line and name no department
    # (as on one line), not the first line as a sentence of the body
    r = process_text(ADDRESSEE_OVER_TWO_LINES, doc_id="t")
    assert [d.name for d in r.departments] == []
    assert "各直属机构，各有关单位：" in r.text


ADDRESSEE_CUT_INSIDE_A_NAME = """临沂市人民政府办公室关于印发临沂市城乡供水一体化实施方案的通知

临政办发〔2018〕21号

各县区人民政府（管委会），市政府各部门，各直属机构，市

各直属企业，各高等院校：

现将《临沂市城乡供水一体化实施方案》印发给你们，请认真贯彻执行。

临沂市人民政府办公室
2018年6月5日
"""


def test_an_addressee_cut_inside_a_name_is_one_addressee():
    # A Shandong city office's notice of 2018 copied from a PDF whose addressee line was cut inside a name (`…，市` /
    # `各直属企业，…：`): the addressee begun on the line above goes on, so no `市` line and no `各直属企业` department
    r = process_text(ADDRESSEE_CUT_INSIDE_A_NAME, doc_id="t")
    assert [d.name for d in r.departments] == []
    assert "各直属机构，市各直属企业，各高等院校：" in r.text


def _pdf_copy(paragraphs: list[str], width: int) -> str:
    """Paragraphs cut at a fixed width with a blank line under every line and two between paragraphs (a
    `pdftotext -layout` copy of a printed page)."""
    out = []
    for p in paragraphs:
        out += [p[i:i + width] + "\n" for i in range(0, len(p), width)]
        out.append("\n")
    return "\n".join(out)


RULE_ARTICLES = [
    "攀枝花市人民政府关于印发攀枝花市农村饮水安全工程运行管理办法的通知",
    "各县（区）人民政府，市级有关部门：",
    "现将《攀枝花市农村饮水安全工程运行管理办法》印发给你们，请认真遵照执行。",
    "攀枝花市农村饮水安全工程运行管理办法",
    "第一条　为贯彻落实《中华人民共和国水法》《四川省村镇供水条例》和《农村饮水安全工程建设管理办法》，"
    "推动全市农村饮水安全工程长效运行，规范农村饮水安全工程的运行和管理，结合本市实际，制定本办法。",
    "第二条　本办法适用于本市行政区域内已建成的农村集中式供水工程和分散式供水工程的运行管理。",
    "第三条　市水务局负责全市农村饮水安全工程运行管理的监督指导，县（区）水务局负责本行政区域内工程的运行管理。",
    "第四条　本办法自2012年5月1日起施行。",
]


def test_an_article_wrapped_in_a_pdf_copy_does_not_end_at_a_genre_word_in_its_middle():
    # A Sichuan city's 办法 of 2012 copied from a PDF at width 34: the first article's second line ends in the genre
    # word `规范` only by the cut (`…长效运行，规范` / `农村饮水安全工程的运行和管理，…`); an article that opened lines above
    # and holds a clause is no title line, so its lines run on into one article (its heading its first sentence whole)
    text = _pdf_copy(RULE_ARTICLES, 34)
    rec = process_text(text, doc_id="t").model_dump()
    first = next(t for t in rec["tasks"] if t["path"].endswith("第一条"))
    assert first["heading"].endswith("结合本市实际，制定本办法")
