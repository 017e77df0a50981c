"""HTML pages from government sites: metadata block, headline, body in order, chrome dropped.

Fixtures are self-written pages in the shapes Chinese government sites use (tests/fixtures/html/):
* jiangxi-county-2018-senlin-fanghuo.html: 信息公开 table (label cells + value cells), a site-name
  <h1> before the real `<div class="title">` headline, tools line, body split over two Word
  sections, a 责任单位 table with rowspan and <br>, share/print bars, attachment link, related
  links, a display:none print copy, footer. The body does not repeat the title.
* sichuan-district-2016-dibao-gbk.html: GBK with an XML declaration, layout tables, a 基本信息
  list (`<li><span>文　　号：</span>…`), paragraphs separated by <br>, a link sidebar.
"""
import json
import shutil
from pathlib import Path

import pytest

from pipeline.clean import normalize_text
from pipeline.errors import IngestError
from pipeline.ingest import read_document
from pipeline.ingest.html import _title_from_head, html_to_text

FIX = Path(__file__).resolve().parent / "fixtures" / "html"
JIANGXI = FIX / "jiangxi-county-2018-senlin-fanghuo.html"
SICHUAN = FIX / "sichuan-district-2016-dibao-gbk.html"


def clean_lines(path: Path) -> list[str]:
    return normalize_text(read_document(path)).text.split("\n")


def page_lines(html: str) -> list[str]:
    from pipeline.ingest.html import read_html

    return normalize_text(read_html(Path("page.html"), html.encode("utf-8"))).text.split("\n")


def test_info_table_page_keeps_metadata_headline_body_and_table_rows():
    assert clean_lines(JIANGXI) == [
        "索引号：014512345/2018-00231",
        "主题分类：农业、林业、水利",
        "发布机构：安远县人民政府办公室",
        "成文日期：2018-10-22",
        "名 称：安远县人民政府办公室关于切实做好2018年秋冬季森林防火工作的通知",
        "文 号：安府办字〔2018〕56号",
        "发布日期：2018-10-24",
        "安远县人民政府办公室关于切实做好2018年秋冬季森林防火工作的通知",  # the headline, not the site's <h1>
        "安府办字〔2018〕56号",
        "各乡（镇）人民政府，县政府各部门：",
        "今冬明春是森林火灾易发期。为切实做好2018年秋冬季森林防火工作，经县人民政府同意，现将有关事项通知如下：",
        "一、落实防火责任",
        "各乡（镇）人民政府对本辖区森林防火工作负总责，主要负责人为第一责任人。县林业局负责全县森林防火的组织、协调和指导，"
        "县应急管理局、县公安局按照各自职责做好相关工作。",
        "二、加强火源管控",
        "（一）严格野外用火审批。",
        "（二）全县设立临时检查站30个以上，重点时段每日巡山不少于2次。",
        "序号 | 工作任务 | 责任单位 | 完成时限",
        "1 | 组建乡镇半专业扑火队 | 各乡（镇）人民政府 | 2018年11月底",
        "2 | 储备扑火物资 | 县林业局 县应急管理局 |",  # <br> inside a cell; the rowspan cell is not repeated (s40b-twins: its place kept empty)
        "附件：安远县2018年秋冬季森林防火重点区域",  # the second Word section
        "安远县人民政府办公室",
        "2018年10月22日",
        "（此件主动公开）",
        "附件下载：安远县2018年秋冬季森林防火重点区域.pdf",  # attachment link after the share bar
    ]


def test_info_table_page_drops_every_piece_of_chrome():
    text = "\n".join(clean_lines(JIANGXI))
    for chrome in ("网站首页", "当前位置", "信息公开目录", "安远县人民政府信息公开", "发布时间", "浏览次数", "字体",
                   "分享到", "微博", "打印", "关闭", "相关链接", "宣传进村入户", "主办单位", "版权所有", "ICP", "这段脚本"):
        assert chrome not in text, chrome
    assert text.count("今冬明春是森林火灾易发期") == 1  # the display:none print copy is not read


def test_layout_table_page_in_gbk_with_a_basic_info_list():
    raw = read_document(SICHUAN)
    assert raw.format == "html" and raw.pages[0].line_breaks == "paragraph"
    assert clean_lines(SICHUAN) == [
        "基本信息",
        "统一编号：LSSW-2016-0087",
        "文 号：沙民发〔2016〕12号",
        "发布机关：沙湾区民政局",
        "成文日期：2016年05月06日",
        "沙湾区民政局关于开展2016年度城乡低保专项治理的通知",
        "各镇人民政府、街道办事处：",
        "为进一步规范城乡最低生活保障工作，区民政局决定在全区开展城乡低保专项治理。现将有关事项通知如下：",
        "一、治理范围",
        "全区2016年4月底前纳入城乡低保的家庭，共计3280户。",
        "二、工作要求",
        "各镇（街道）要于6月30日前完成入户核查，核查率达到100%。",
        "沙湾区民政局",
        "2016年5月6日",
    ]


def test_policykb_run_reads_title_and_doc_number_from_html_pages(tmp_path):
    from pipeline.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    for f in (JIANGXI, SICHUAN, FIX / "county-gov-notice.html"):
        shutil.copy(f, pages / f.name)
    assert main(["run", str(pages), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    # doc ids of non-text formats are <stem>-<format> (docs/decisions/trust.md)
    md = {p.stem.removesuffix("-html"): json.loads(p.read_text(encoding="utf-8"))["metadata"] for p in (tmp_path / "out" / "records").glob("*.json")}
    got = {k: (m["title"], m["doc_number"], m["issuers"], m["issue_date"]) for k, m in md.items()}
    assert got == {
        JIANGXI.stem: ("安远县人民政府办公室关于切实做好2018年秋冬季森林防火工作的通知", "安府办字〔2018〕56号", ["安远县人民政府办公室"], "2018-10-22"),
        # 文号 only in the 基本信息 list: read from the web metadata block
        SICHUAN.stem: ("沙湾区民政局关于开展2016年度城乡低保专项治理的通知", "沙民发〔2016〕12号", ["乐山市沙湾区民政局"], "2016-05-06"),
        "county-gov-notice": ("某县人民政府办公室关于做好2021年农村饮水安全巩固提升工作的通知", "某府办函〔2021〕15号", ["某县人民政府办公室"], "2021-03-10"),
    }


BODY = """<div id="content">
<p>各区（市）县教育局：</p>
<p>　　为做好2023年义务教育招生工作，现就有关事项通知如下：</p>
<p>一、公办学校</p><p>1.招生对象。</p><p>　　本区户籍适龄儿童，按学区就近入学。</p>
<p>二、民办学校</p><p>1.招生对象。</p><p>　　全市适龄儿童，实行电脑随机录取。</p>
</div>"""


def test_repeated_short_paragraphs_are_all_kept():
    # trafilatura drops a paragraph whose text it saw before; the items of two sections often match
    lines = page_lines(f"<html><head><title>关于做好2023年义务教育招生工作的通知_市教育局</title></head><body>{BODY}</body></html>")
    assert lines == ["关于做好2023年义务教育招生工作的通知", "各区（市）县教育局：",
                     "为做好2023年义务教育招生工作，现就有关事项通知如下：",
                     "一、公办学校", "1.招生对象。", "本区户籍适龄儿童，按学区就近入学。",
                     "二、民办学校", "1.招生对象。", "全市适龄儿童，实行电脑随机录取。"]


def test_headline_from_page_title_when_no_element_carries_it():
    html = "<html><head><title>关于做好2023年义务教育招生工作的通知 - 某市教育局</title></head><body>" \
           "<h1>某市教育局</h1><div class='nav'><a href='/'>首页</a><a href='/x'>通知公告</a></div>" + BODY + "</body></html>"
    assert page_lines(html)[:2] == ["关于做好2023年义务教育招生工作的通知", "各区（市）县教育局："]


def test_title_from_page_title_keeps_a_hyphen_inside_the_title():
    assert _title_from_head("某县国土空间总体规划（2021-2035年）_规划计划_某县人民政府") == "某县国土空间总体规划（2021-2035年）"
    assert _title_from_head("某县人民政府门户网站") == ""


def test_metadata_label_without_colon_gets_one():
    html = """<html><body><table class="info">
<tr><th>索引号</th><td>000014349/2020-00012</td></tr><tr><th>发文机关</th><td>某市财政局</td></tr>
<tr><th>发文字号</th><td>某财预〔2020〕3号</td></tr><tr><th>成文日期</th><td>2020年01月15日</td></tr></table>
<h1>某市财政局关于做好2020年预算执行工作的通知</h1>""" + BODY + "</body></html>"
    assert page_lines(html)[:6] == ["索引号：000014349/2020-00012", "发文机关：某市财政局", "发文字号：某财预〔2020〕3号",
                                    "成文日期：2020年01月15日", "某市财政局关于做好2020年预算执行工作的通知",
                                    "各区（市）县教育局："]


def test_two_visible_copies_of_the_notice_are_read_once():
    copy = BODY.replace('id="content"', 'class="copy"')
    lines = page_lines(f"<html><body><h1>关于做好2023年义务教育招生工作的通知</h1>{BODY}{copy}</body></html>")
    assert lines.count("全市适龄儿童，实行电脑随机录取。") == 1


def test_notice_in_a_tab_that_scripts_open_is_still_read():
    html = f"<html><body><h1>关于做好2023年义务教育招生工作的通知</h1><div style='display:none'>{BODY}</div></body></html>"
    assert "全市适龄儿童，实行电脑随机录取。" in page_lines(html)


def test_link_lists_inside_the_content_are_dropped_a_single_link_is_kept():
    html = f"""<html><body><h1>关于做好2023年义务教育招生工作的通知</h1>{BODY[:-6]}
<p>附件：<a href="/f/1.docx">招生计划表.docx</a></p>
<ul><li><a href="/n/1">2022年招生政策问答</a></li><li><a href="/n/2">民办学校收费标准公示</a></li></ul>
<p>上一篇：<a href="/n/0">关于举办校园开放日的通知</a></p></div></body></html>"""
    lines = page_lines(html)
    assert lines[-1] == "附件：招生计划表.docx"
    assert "上一篇" not in "\n".join(lines) and "招生政策问答" not in "\n".join(lines)


def test_falls_back_to_trafilatura_when_no_element_holds_sentences(monkeypatch):
    import pipeline.ingest.html as html_reader

    monkeypatch.setattr(html_reader, "_trafilatura_text", lambda text: "trafilatura")
    assert html_to_text("<html><body><div>Welcome</div></body></html>") == "trafilatura"


def test_page_without_text_is_a_clear_error(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title></title></head><body><div> </div></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="E007"):
        read_document(path)


def test_sidebar_summary_tool_line_and_footer_around_a_short_notice_are_dropped():
    html = """<html><head><title>关于加强城市道路停车管理的通告_通知公告_某市交通运输局</title></head><body><form id="form1">
<div class="header"><a href="/">首页</a><a href="/jggk/">机构概况</a><a href="/zwgk/">政务公开</a></div>
<div class="main"><div class="left-side"><h3>最新动态</h3><p>本周全市交通运行总体平稳，早高峰拥堵指数同比下降。</p></div>
<div class="article">
<h2>关于加强城市道路停车管理的通告</h2>
<p class="info">来源：市交通运输局　日期：2022-06-01　【大 中 小】</p>
<p>某交通通〔2022〕4号</p>
<p>为规范城市道路停车秩序，根据《城市道路管理条例》等规定，现就有关事项通告如下：</p>
<p>一、城市道路停车泊位实行分时段收费，白天每小时收费不超过3元。</p>
<p>二、本通告自2022年7月1日起施行。</p>
<p style="text-align:right">某市交通运输局</p><p style="text-align:right">2022年6月1日</p>
<p>【打印本页】【关闭窗口】</p>
<p>上一篇：<a href="/1">关于公交线路调整的公告</a></p><p>下一篇：<a href="/2">关于出租车运价调整的通告</a></p>
</div></div>
<div class="foot">主办：某市交通运输局　邮编：000000，联系电话：0000-0000000</div>
</form></body></html>"""
    assert page_lines(html) == [
        "关于加强城市道路停车管理的通告", "某交通通〔2022〕4号",
        "为规范城市道路停车秩序，根据《城市道路管理条例》等规定，现就有关事项通告如下：",
        "一、城市道路停车泊位实行分时段收费，白天每小时收费不超过3元。", "二、本通告自2022年7月1日起施行。",
        "某市交通运输局", "2022年6月1日",
    ]
