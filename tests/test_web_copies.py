"""Web pages copied to text: page furniture anywhere in the head, a column label in front of the
headline, a notice that transmits a plan without `关于印发` in its title. Snippets written for
these tests (not from any corpus)."""
from pipeline.clean import normalize_string
from pipeline.document import process_text
from pipeline.patterns import is_web_furniture


def _record(text):
    return process_text(text, doc_id="w").model_dump()


FURNITURE_HEAD = """当前位置：首页 > 政务公开 > 政策文件
关于印发宁夏回族自治区促进家政服务业提质扩容实施方案的通知
发布时间：2021-08-12 10:35:21  来源：自治区商务厅  作者：办公室  浏览次数：1532
字号：大 中 小  打印本页  关闭窗口
宁商发〔2021〕57号
各市、县（区）商务主管部门，宁东管委会经济发展局：
现将《宁夏回族自治区促进家政服务业提质扩容实施方案》印发给你们，请结合实际认真组织实施。
宁夏回族自治区商务厅
2021年8月10日
宁夏回族自治区促进家政服务业提质扩容实施方案
为推动家政服务业提质扩容，制定本方案。
一、主要目标
到2023年，全区培训家政服务人员2万人次以上。
二、重点任务
（一）加强职业培训。支持院校开设家政服务相关专业。（责任单位：自治区人力资源社会保障厅、自治区教育厅）
（二）推进诚信建设。建立家政服务人员信用档案。（责任单位：自治区商务厅）
打印本页 关闭窗口
"""


def test_furniture_lines_keep_their_breaks():
    text = normalize_string(FURNITURE_HEAD).text
    assert "浏览次数：1532\n字号：大 中 小 打印本页 关闭窗口\n宁商发〔2021〕57号" in text


def test_furniture_in_the_head_does_not_hide_the_document_number():
    md = _record(FURNITURE_HEAD)["metadata"]
    assert md["doc_number"] == "宁商发〔2021〕57号"
    assert md["notice_title"] == "关于印发宁夏回族自治区促进家政服务业提质扩容实施方案的通知"
    assert md["title"] == "宁夏回族自治区促进家政服务业提质扩容实施方案"
    assert md["issuers"] == ["宁夏回族自治区商务厅"]
    assert md["issue_date"] == "2021-08-10"
    assert md["doc_type"] == "实施方案"
    rec = _record(FURNITURE_HEAD)
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "二/(一)", "二/(二)"]


def test_furniture_shapes():
    for line in ("发表时间：2020年06月03日 文章来源：区政府办 【字号：大 中 小】", "【字体：大 中 小】 【打印】 【关闭】",
                 "发布日期：2022-04-15 来源：市政府办公室 浏览量：876", "扫一扫在手机打开当前页", "作者：综合科"):
        assert is_web_furniture(line), line
    for line in ("（一）发布时间。", "一、时间安排", "各县（区）人民政府：", "来源于财政专项资金的项目，按规定执行。"):
        assert not is_web_furniture(line), line


COLUMN_LABEL = """政策解读：关于印发巴中市促进民营经济高质量发展若干措施的通知
发布日期：2022-04-15 来源：巴中市人民政府办公室
各县（区）人民政府，巴中经开区管委会，市级各部门：
现将《巴中市促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。
巴中市人民政府
2022年4月12日
巴中市促进民营经济高质量发展若干措施
一、降低经营成本
（一）落实减税降费政策。（责任单位：市税务局、市财政局）
"""


def test_column_label_before_the_headline():
    md = _record(COLUMN_LABEL)["metadata"]
    assert md["notice_title"] == "关于印发巴中市促进民营经济高质量发展若干措施的通知"
    assert md["title"] == "巴中市促进民营经济高质量发展若干措施"


TRANSMITS_WITHOUT_YINFA_TITLE = """安康市人民政府办公室关于做好2020年春季农业生产工作的通知
发布日期：2020-03-02 信息来源：市政府办公室 访问量：2301
各县区人民政府，市政府有关部门：
为做好春季农业生产工作，经市政府同意，现将《安康市2020年春季农业生产工作方案》印发你们，请认真抓好落实。
安康市人民政府办公室
2020年2月28日
安康市2020年春季农业生产工作方案
一、目标任务
全市粮食播种面积稳定在200万亩以上。
二、工作措施
（一）抓好春耕备耕。（责任单位：市农业农村局）
（二）强化技术服务。（责任单位：市农业农村局、市科技局）
"""


def test_a_plan_transmitted_by_a_plain_notice_is_the_body():
    rec = _record(TRANSMITS_WITHOUT_YINFA_TITLE)
    md = rec["metadata"]
    assert md["title"] == "安康市2020年春季农业生产工作方案"
    assert md["notice_title"] == "关于做好2020年春季农业生产工作的通知"
    assert md["issuers"] == ["安康市人民政府办公室"]
    assert md["doc_type"] == "工作方案"
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "二/(一)", "二/(二)"]
    assert [(r["task"], r["department"]) for r in rec["responsibilities"]] == [
        ("二/(一)", "安康市农业农村局"), ("二/(二)", "安康市农业农村局"), ("二/(二)", "安康市科学技术局")]


def test_a_long_title_below_a_metadata_table_keeps_its_break():
    table = "".join(f"{label}：\n{value}\n" for label, value in [
        ("索引号", "11370000MB28609156/2022-00123"), ("分类", "教育、科技"), ("发布机构", "山东省教育厅"),
        ("成文日期", "2022-05-10"), ("名称", "山东省教育厅等五部门关于印发职业教育提质培优实施方案的通知"),
        ("文号", "鲁教职发〔2022〕3号"), ("发布日期", "2022-05-12")])
    title = "山东省教育厅等五部门关于印发山东省职业教育提质培优行动计划实施方案（2022—2025年）的通知"
    text = normalize_string(table + title + "\n鲁教职发〔2022〕3号\n各市教育局：\n现将方案印发给你们，请认真贯彻落实。\n").text
    assert f"\n{title}\n鲁教职发〔2022〕3号\n" in text


PAGE_TITLE_REPEATED = """甘肃省民政厅关于印发甘肃省养老服务体系建设实施方案的通知_甘肃省民政厅
甘肃省民政厅关于印发甘肃省养老服务体系建设实施方案的通知
甘民发〔2022〕41号
各市州民政局，兰州新区民政局：
现将《甘肃省养老服务体系建设实施方案》印发给你们，请认真抓好落实。
甘肃省民政厅
2022年6月20日
甘肃省养老服务体系建设实施方案
一、总体目标
到2025年，全省养老机构护理型床位占比达到55%。
"""


def test_the_page_title_above_the_notice_is_not_part_of_its_title():
    md = _record(PAGE_TITLE_REPEATED)["metadata"]
    assert md["notice_title"] == "关于印发甘肃省养老服务体系建设实施方案的通知"
    assert md["title"] == "甘肃省养老服务体系建设实施方案"
    assert md["doc_number"] == "甘民发〔2022〕41号"


def test_a_site_name_after_the_headline_is_dropped():
    text = ("甘肃省人民政府关于加快发展银发经济的实施意见 | 甘肃省人民政府门户网站\n发布日期：2024-03-01\n"
            "各市、自治州人民政府，省政府各部门：\n为加快发展银发经济，现提出如下实施意见。\n一、总体要求\n（一）明确目标。各地要抓好落实。\n")
    md = _record(text)["metadata"]
    assert md["title"] == "甘肃省人民政府关于加快发展银发经济的实施意见"
    assert md["doc_type"] == "实施意见"


def test_the_publishing_line_gives_no_year_and_the_closing_furniture_is_not_body():
    text = ("发表时间：2021年03月05日 文章来源：本站 【字号：大 中 小】\n"
            "河北省人民政府办公厅关于加快发展托育服务的实施意见\n各市（含定州、辛集市）人民政府，省政府各部门：\n"
            "为加快发展托育服务，现提出如下实施意见。\n一、主要目标\n到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n"
            "河北省人民政府办公厅\n2023年2月1日\n扫一扫在手机打开当前页\n打印本页 关闭窗口\n")
    rec = _record(text)
    assert sorted({(y["start"], y["end"]) for y in rec["years"]}) == [(2023, 2023), (2025, 2025)]
    assert rec["metadata"]["title"] == "河北省人民政府办公厅关于加快发展托育服务的实施意见"
    assert rec["metadata"]["issue_date"] == "2023-02-01"
