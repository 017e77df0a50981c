"""s12-layout: doc_type of genres without a table entry, a lead-in's full genre, signatures glued to the last
paragraph (after 特此通知, with the date's note), and a web copy's heading on one line (文号 first, or the
page's date stamp after the title). Snippets written in the style of other provinces, levels and eras."""
import io

import pytest

from pipeline import process


def _md(text: str):
    return process(io.StringIO(text), doc_id="t", name="t.txt")


GENRES = [
    ("""关于2023年度市级乡村振兴示范村拟认定名单的公示

根据《关于开展市级乡村振兴示范村创建工作的通知》要求，经各县（市、区）推荐、市级审核，拟认定以下村为2023年度市级乡村振兴示范村，现予以公示。
公示期为2023年12月1日至12月7日。

晋中市农业农村局
2023年11月30日
""", "公示", ["晋中市农业农村局"]),
    ("""关于开展文明祭扫的倡议书

全市广大市民朋友们：
清明节即将来临，为倡导文明、节俭、环保的祭扫方式，我们发出如下倡议：
一、倡导文明祭扫。
二、倡导安全祭扫。

绵阳市民政局
2019年3月28日
""", "倡议书", ["绵阳市民政局"]),
    ("""关于印发《2022年全县优化营商环境重点任务分工》的通知

各乡镇人民政府，县直各单位：
现将《2022年全县优化营商环境重点任务分工》印发给你们，请认真抓好落实。

宁陵县人民政府办公室
2022年4月6日
""", "任务分工", ["宁陵县人民政府办公室"]),
    ("""关于印发《黄冈市推进数字政府建设任务分工方案》的通知

各县（市、区）人民政府，市政府各部门：
现将《黄冈市推进数字政府建设任务分工方案》印发给你们，请认真组织实施。

黄冈市人民政府办公室
2022年8月6日
""", "方案", ["黄冈市人民政府办公室"]),
    ("""关于对失信被执行人实施联合惩戒的合作备忘录

为贯彻落实《社会信用体系建设规划纲要（2014—2020年）》，各部门就对失信被执行人实施联合惩戒达成如下一致意见。
一、联合惩戒对象
二、惩戒措施
""", "备忘录", []),
    ("""吉林省市场监督管理局关于印发《吉林省养老机构服务质量评价标准》的通知
吉市监发〔2021〕12号

各市（州）市场监督管理局：
现将《吉林省养老机构服务质量评价标准》印发给你们，请认真贯彻执行。

吉林省市场监督管理局
2021年5月10日
""", "标准", ["吉林省市场监督管理局"]),
]


@pytest.mark.parametrize("text,genre,issuers", GENRES)
def test_genre_words(text, genre, issuers):
    md = _md(text).metadata
    assert md.doc_type == genre
    assert md.issuers == issuers


def test_lead_in_names_the_full_genre():
    md = _md("""近日，湖州市人民政府办公室印发《湖州市加快培育新型农业经营主体的实施意见》，全文如下：
为加快培育新型农业经营主体，提出如下意见。
一、明确目标。
二、强化扶持。
""").metadata
    assert md.issuers == ["湖州市人民政府办公室"]
    assert md.doc_type == "实施意见"


def test_signature_glued_after_closing_formula():
    rec = _md("""关于加强秋冬季安全生产工作的通知

各村（社区）：
为切实做好秋冬季安全生产工作，现就有关事项通知如下：
一、落实责任。
请各村认真贯彻执行。特此通知　石家庄市井陉县威州镇人民政府　2020年10月9日
""")
    md = rec.metadata
    assert md.issuers == ["石家庄市井陉县威州镇人民政府"]
    assert md.issue_date == "2020-10-09"
    assert (md.region, md.admin_level) == ("河北省石家庄市井陉县威州镇", "township")
    assert [t.path for t in rec.tasks] == ["一"]


def test_signature_glued_with_the_dates_note():
    rec = _md("""关于进一步规范执法检查的意见

各县市区：
一、规范程序。
二、严格问责。（各县市区负责）临沂市人民政府办公室　2017年4月1日（此件公开发布）
""")
    md = rec.metadata
    assert md.issuers == ["临沂市人民政府办公室"]
    assert md.issue_date == "2017-04-01"
    assert (md.region, md.admin_level) == ("山东省临沂市", "prefecture")
    assert [t.path for t in rec.tasks] == ["一", "二"]


def test_number_before_issuer_and_title_on_one_line():
    md = _md("""黔府办发〔2019〕21号 贵州省人民政府办公厅关于印发贵州省农村集体经济发展实施方案的通知
各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：
现将《贵州省农村集体经济发展实施方案》印发给你们，请认真贯彻执行。

贵州省人民政府办公厅
2019年6月3日
""").metadata
    assert md.doc_number == "黔府办发〔2019〕21号"
    assert md.notice_title == "关于印发贵州省农村集体经济发展实施方案的通知"
    assert md.title == "贵州省农村集体经济发展实施方案"
    assert md.issuers == ["贵州省人民政府办公厅"]
    assert md.doc_type == "实施方案"


@pytest.mark.parametrize("stamp", ["2016-08-12 09:30 来源：宾川县人民政府网", "2016-08-12", "2016年8月12日"])
def test_title_then_page_stamp_on_one_line(stamp):
    md = _md(f"""宾川县民政局关于进一步做好农村低保工作的通知 {stamp}
各乡镇民政办：
为做好农村低保工作，现将有关事项通知如下：
一、严格审核。

宾川县民政局
2016年8月10日
""").metadata
    assert md.title == "宾川县民政局关于进一步做好农村低保工作的通知"
    assert md.issuers == ["宾川县民政局"]
    assert md.issue_date == "2016-08-10"
    assert md.doc_type == "通知"
    assert md.admin_level == "county"


@pytest.mark.parametrize("title,genre", [
    ("长沙市创建全国文明城市三年行动", "行动"),
    ("吉安市创建国家卫生城市攻坚行动", "行动"),
    ("西宁市河湖长制工作机制", "机制"),
    ("南平市重点项目建设审批工作流程", "流程"),
    ("六安市生态环境保护职责分工", "分工"),
    ("贵阳市大数据发展白皮书", "白皮书"),
    ("扬州市学前教育三年行动计划", "行动计划"),  # a genre word of the table ends it: kept
])
def test_title_words(title, genre):
    md = _md(f"""关于印发《{title}》的通知

各县（区）人民政府，市直各部门：
现将《{title}》印发给你们，请认真贯彻落实。

某某市人民政府办公室
2019年5月6日
""").metadata
    assert md.title == title
    assert md.doc_type == genre


NOTICE_WITHOUT_ITS_SIGNATURE = """关于印发《来宾市城区违法建设专项整治工作方案》的通知

各城区人民政府，市直有关单位：
现将《来宾市城区违法建设专项整治工作方案》印发给你们，请认真组织实施。
{mark}
来宾市城区违法建设{br}专项整治工作方案
{period}
一、工作目标
二、工作措施

来宾市人民政府办公室
2015年5月12日
"""


@pytest.mark.parametrize("mark,br,period,title", [
    ("", "", "", "来宾市城区违法建设专项整治工作方案"),
    ("（此件公开发布）", "\n", "（2015—2017年）", "来宾市城区违法建设专项整治工作方案（2015—2017年）"),
])
def test_notice_copied_without_its_own_signature(mark, br, period, title):
    rec = _md(NOTICE_WITHOUT_ITS_SIGNATURE.format(mark=mark, br=br, period=period))
    md = rec.metadata
    assert md.notice_title == "关于印发《来宾市城区违法建设专项整治工作方案》的通知"
    assert md.title == title
    assert md.doc_type == "工作方案"
    assert md.issuers == ["来宾市人民政府办公室"]
    assert md.issue_date == "2015-05-12"
    assert (md.region, md.admin_level) == ("广西壮族自治区来宾市", "prefecture")
    assert [t.path for t in rec.tasks] == ["一", "二"]


def test_notice_with_its_own_items_stays_self_titled():
    # `关于印发…标准的通知` whose numbered items are its own: no plan after the notice text
    md = _md("""关于印发《龙岩市城乡居民最低生活保障标准》的通知

各县（市、区）民政局：
现将《龙岩市城乡居民最低生活保障标准》印发给你们，具体如下：
一、城市低保标准每人每月620元。
二、农村低保标准每人每月480元。

龙岩市民政局
2018年6月1日
""").metadata
    assert md.notice_title is None
    assert md.title == "关于印发《龙岩市城乡居民最低生活保障标准》的通知"


def test_township_level_when_the_town_name_is_shared():
    md = _md("""中共龙华街道工作委员会　龙华街道办事处
关于印发《龙华街道安全生产大检查工作方案》的通知

各社区、街道各部门：
现将《龙华街道安全生产大检查工作方案》印发给你们，请认真组织实施。

中共龙华街道工作委员会　　龙华街道办事处
2019年6月3日
""").metadata
    assert md.issuers == ["中共龙华街道工作委员会", "龙华街道办事处"]
    assert md.admin_level == "township"
    assert md.doc_type == "工作方案"


def test_grid_signature_with_some_names_spaced_out():
    md = _md("""关于推进农村客运公交化改造的通知

各市（州）交通运输局、发展改革委、财政局：
为推进农村客运公交化改造，现就有关事项通知如下：
一、科学编制规划。
二、加大资金支持。

四川省交通运输厅　　四 川 省 财 政 厅
四川省发展和改革委员会　　四 川 省 公 安 厅
2019年9月2日
""").metadata
    assert md.issuers == ["四川省交通运输厅", "四川省财政厅", "四川省发展和改革委员会", "四川省公安厅"]
    assert md.issue_date == "2019-09-02"
    assert (md.region, md.admin_level) == ("四川省", "province")


def test_spaced_words_in_a_table_row_stay_apart():
    from pipeline.clean import _unspace_runs
    assert _unspace_runs("1 加强 县 发 改 局 2023年") == "1 加强 县 发 改 局 2023年"
    assert _unspace_runs("工业和信息化部　　国 家 能 源 局") == "工业和信息化部　　国家能源局"
