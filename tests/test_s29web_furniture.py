"""Session 29 (issue 11, web copies): page furniture that ends a copied page, in the shapes the earlier rules missed.
Pages written for these tests in the styles of other provinces, levels and eras than the notices that showed the
gaps; exact expected items."""
from pipeline.document import process_text
from pipeline.layout import find_layout


def _page_tail(text):
    """The text from the first line of the page's closing furniture on."""
    layout = find_layout(text)
    starts = [a for a, _ in layout.furniture if a >= layout.body_end]
    return text[min(starts):] if starts else ""


def _record(text):
    return process_text(text, doc_id="t").model_dump()


def _names(rec):
    return {d["name"] for d in rec["departments"]}


def _years(rec):
    return {(y["start"], y["end"]) for y in rec["years"]}


def _citations(rec):
    return [c["title"] for c in rec["citations"]]


# A Shaanxi county's page (2017): its footer ends with the site's contact line and its browsing advice, below the
# 网站标识码 and 主办 lines; the 主办/承办 organs are the site's.
SHAANXI_COUNTY = (
    "某县人民政府关于做好2017年春季植树造林工作的通知\n"
    "某政发〔2017〕6号\n"
    "各镇人民政府，县政府各工作部门：\n"
    "\u3000\u3000一、明确任务。全县完成植树造林2万亩。县林业局负责技术指导。\n"
    "\u3000\u3000二、落实资金。县财政局要足额安排造林补助资金。\n"
    "某县人民政府\n"
    "2017年3月2日\n"
    "【打印本页】【关闭窗口】\n"
    "主办单位：某县人民政府办公室　承办单位：某县信息中心\n"
    "网站标识码：6107220001　陕ICP备05009876号\n"
    "联系电话：0916-1234567　地址：某县城关镇南大街1号\n"
    "建议使用1366×768分辨率 IE9.0以上版本浏览器\n"
)


def test_a_footer_that_ends_with_its_contact_line_is_the_pages():
    text = SHAANXI_COUNTY
    assert _page_tail(text).startswith("【打印本页】")
    rec = _record(text)
    assert "某县人民政府办公室" not in {d["quote"] for d in rec["departments"]}
    assert not any(d["quote"] == "某县信息中心" for d in rec["departments"])
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]


# The notice's own contact line as its last line, with no page furniture over it, stays the notice's.
def test_a_notices_own_closing_contact_line_stays_in_its_body():
    text = ("某省农业农村厅关于报送2020年春耕生产进度的通知\n"
            "各市农业农村局：\n"
            "\u3000\u3000请于每周五前将春耕生产进度报省农业农村厅种植业管理处。\n"
            "某省农业农村厅\n"
            "2020年3月10日\n"
            "联系电话：0791-86661234\n")
    assert _page_tail(text) == ""


# A Guangxi prefecture's page (2023): the download line carries its file on the same line, above the page controls.
GUANGXI_DOWNLOAD = (
    "某市人民政府办公室关于印发某市2023年糖料蔗生产工作方案的通知\n"
    "各县（区）人民政府，市直有关单位：\n"
    "\u3000\u3000现将《某市2023年糖料蔗生产工作方案》印发给你们，请认真贯彻执行。\n"
    "某市人民政府办公室\n"
    "2023年2月20日\n"
    "某市2023年糖料蔗生产工作方案\n"
    "\u3000\u3000一、目标任务。全市糖料蔗种植面积稳定在60万亩以上。\n"
    "\u3000\u3000二、保障措施。市农业农村局负责技术服务。\n"
    "附件下载：某市2023年糖料蔗生产任务分解表（2024—2025年）.xlsx\n"
    "【打印本页】【关闭窗口】\n"
    "主办：某市人民政府办公室　承办：某市大数据发展局\n"
)


def test_a_download_line_with_its_file_is_furniture():
    text = GUANGXI_DOWNLOAD
    assert _page_tail(text).startswith("附件下载：")
    rec = _record(text)
    assert _years(rec) == {(2023, 2023)}
    assert [t["path"] for t in rec["tasks"]] == ["一", "二"]


# A Hunan prefecture's page (2021): under the notice, the page's 相关文件 list (other pages, each with the day it went
# up) and its 政策解读 restating the plan's figures and the years of its background.
HUNAN_RELATED = (
    "某市人民政府办公室关于印发某市养老服务体系建设三年行动计划的通知\n"
    "各县（市、区）人民政府，市直有关单位：\n"
    "\u3000\u3000《某市养老服务体系建设三年行动计划》已经市人民政府同意，现印发给你们，请认真组织实施。\n"
    "某市人民政府办公室\n"
    "2021年3月30日\n"
    "某市养老服务体系建设三年行动计划\n"
    "\u3000\u3000一、主要目标\n"
    "\u3000\u3000到2023年，全市养老机构护理型床位占比达到55%以上。\n"
    "\u3000\u3000二、重点任务\n"
    "\u3000\u3000（一）建设社区养老设施。每个街道建成1个综合养老服务中心。（责任单位：市民政局）\n"
    "【打印本页】【关闭窗口】\n"
    "相关文件：\n"
    "关于印发《某市“十四五”民政事业发展规划》的通知　2021-09-06\n"
    "某市2020年养老服务工作总结　2020-12-30\n"
    "【政策解读】《某市养老服务体系建设三年行动计划》解读\n"
    "\u3000\u3000截至2019年底，全市60岁以上老年人口达到62万人。\n"
)


def test_a_pages_related_files_and_reading_give_no_year_or_citation():
    rec = _record(HUNAN_RELATED)
    assert _years(rec) == {(2021, 2021), (2023, 2023)}
    assert _citations(rec) == []
    assert [t["quote"] for t in rec["targets"]] == ["养老机构护理型床位占比达到55%以上", "街道建成1个综合养老服务中心"]


# A Heilongjiang province's page (2019): the copy ends with the page's 相关阅读 list, bulleted, each link dated.
HEILONGJIANG_READING = (
    "某省农业农村厅关于做好2019年秸秆综合利用工作的通知\n"
    "各市（地）农业农村局：\n"
    "\u3000\u3000一、明确目标。到2019年底，全省秸秆综合利用率达到88%以上。\n"
    "\u3000\u3000二、落实责任。各市（地）农业农村局要制定具体方案。\n"
    "某省农业农村厅\n"
    "2019年4月10日\n"
    "扫一扫在手机打开当前页\n"
    "相关阅读\n"
    "· 某省2018年秸秆综合利用工作总结（2018-12-20）\n"
    "· 关于印发《某省秸秆综合利用三年行动计划（2016—2018年）》的通知（2016-03-01）\n"
)


def test_a_dated_reading_list_that_ends_the_copy_is_the_pages():
    text = HEILONGJIANG_READING
    assert _page_tail(text).startswith("扫一扫")
    rec = _record(text)
    assert _years(rec) == {(2019, 2019)}
    assert _citations(rec) == []


# A Guizhou county's disclosure table copied with bars between its cells and no colons: the notice prints no 文号.
GUIZHOU_BAR_TABLE = (
    "索引号 | 11522601MB1234567X/2022-00056 | 信息分类 | 农业、林业、水利\n"
    "发布机构 | 某县人民政府办公室 | 生成日期 | 2022-05-18\n"
    "文号 | 某府办发〔2022〕17号 | 有效性 | 有效\n"
    "某县人民政府办公室关于印发某县2022年高标准农田建设实施方案的通知\n"
    "各乡（镇）人民政府、街道办事处，县直有关部门：\n"
    "\u3000\u3000《某县2022年高标准农田建设实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n"
    "某县人民政府办公室\n"
    "2022年5月18日\n"
    "某县2022年高标准农田建设实施方案\n"
    "\u3000\u3000一、建设目标。2022年，全县新建高标准农田3.5万亩。\n"
)


def test_a_bar_table_without_colons_gives_the_doc_number():
    md = _record(GUIZHOU_BAR_TABLE)["metadata"]
    assert md["doc_number"] == "某府办发〔2022〕17号"
    assert md["issuers"] == ["某县人民政府办公室"]
    assert md["issue_date"] == "2022-05-18"


# A Hebei county's 信息公开目录 page (2012) in one-cell-per-line form, with the older catalog's cell names (索取号,
# 文件编号, 信息名称, 公开形式, 成文时间): a self-titled rule with no signature, its title under the table.
HEBEI_CATALOG = (
    "当前位置：首页 > 信息公开 > 规范性文件\n"
    "索 取 号：\n"
    "000123456/2012-00087\n"
    "发布机构：\n"
    "某县人民政府\n"
    "成文时间：\n"
    "2012-06-11\n"
    "文件编号：\n"
    "某政〔2012〕22号\n"
    "信息名称：\n"
    "某县城区停车场管理办法（2012年修订）\n"
    "公开形式：\n"
    "主动公开\n"
    "某县城区停车场管理办法\n"
    "\u3000\u3000第一条\u3000为规范城区停车场管理，制定本办法。\n"
    "\u3000\u3000第二条\u3000新建商业建筑每100平方米建筑面积配建停车位不少于1个。\n"
    "\u3000\u3000第三条\u3000本办法由县住房和城乡建设局负责解释。\n"
)


def test_a_catalogs_other_cell_names_keep_its_table_out_of_the_title_and_body():
    text = HEBEI_CATALOG
    layout = find_layout(text)
    assert text[layout.meta_end:].lstrip("\n").startswith("某县城区停车场管理办法\n")
    rec = _record(text)
    md = rec["metadata"]
    assert (md["title"], md["doc_number"], md["issuers"], md["issue_date"]) == (
        "某县城区停车场管理办法", "某政〔2012〕22号", ["某县人民政府"], "2012-06-11")
    assert [t["path"] for t in rec["tasks"]] == ["第一条", "第二条", "第三条"]
    assert _years(rec) == set()
    assert _citations(rec) == []


# A Qinghai prefecture's page (2018): the page's controls printed on the title's own line, no colon between them.
QINGHAI_GLUED_CONTROLS = (
    "2018-07-20 10:15　来源：某州人民政府办公室　【字体：大 中 小】\n"
    "某州人民政府办公室关于印发某州牧区旅游扶贫实施方案的通知【打印】【关闭】\n"
    "某州政办〔2018〕45号\n"
    "各县人民政府，州直有关部门：\n"
    "\u3000\u3000现将《某州牧区旅游扶贫实施方案》印发给你们，请认真组织实施。\n"
    "某州人民政府办公室\n"
    "2018年7月16日\n"
    "某州牧区旅游扶贫实施方案\n"
    "\u3000\u3000一、目标任务。到2020年，全州建成旅游扶贫示范村50个。\n"
    "\u3000\u3000二、工作措施。州文化和旅游局负责规划指导。\n"
)


def test_a_title_glued_to_the_pages_controls_keeps_its_notice_title():
    md = _record(QINGHAI_GLUED_CONTROLS)["metadata"]
    assert (md["notice_title"], md["title"], md["doc_number"], md["issue_date"]) == (
        "关于印发某州牧区旅游扶贫实施方案的通知", "某州牧区旅游扶贫实施方案", "某州政办〔2018〕45号", "2018-07-16")


# A Jiangxi province's page (2022): under the page's controls, its 相关链接 to the plan's 政策解读 and 图解, then the footer.
JIANGXI_LINKS = (
    "某省人民政府关于加快推进数字乡村建设的实施意见\n"
    "各设区市人民政府，省政府各部门：\n"
    "\u3000\u3000一、总体目标。到2025年，全省行政村5G通达率达到80%。\n"
    "\u3000\u3000二、保障措施。省通信管理局负责统筹推进。\n"
    "某省人民政府\n"
    "2022年6月8日\n"
    "【打印本页】【关闭窗口】\n"
    "相关链接：\n"
    "《某省关于加快推进数字乡村建设的实施意见》政策解读\n"
    "图解：我省加快推进数字乡村建设（2022—2025年）\n"
    "主办：某省人民政府办公厅　承办：某省信息中心\n"
    "网站标识码：3600000001　赣ICP备05004321号\n"
)


def test_a_reading_list_under_the_pages_links_heading_is_the_pages():
    text = JIANGXI_LINKS
    assert _page_tail(text).startswith("【打印本页】")
    rec = _record(text)
    assert _years(rec) == {(2022, 2022), (2025, 2025)}
    assert _citations(rec) == []
