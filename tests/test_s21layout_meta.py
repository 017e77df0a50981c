"""(s21-layout) A date cut across two lines by a copy set at a fixed width (pre-2018 texts out of PDFs, narrow
columns), and a street office signing with its seal form (`<区>人民政府<街道>街道办事处`, guide D36). Snippets written for
this session in the style of other provinces and eras (Jiangxi 2004, Guangdong districts, Hunan counties)."""
import sys
from pathlib import Path

from pipeline import process_text
from pipeline.clean import _date_cut
from pipeline.extract.metadata import _street_office

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "stress"))
from s21layout_cases import CASES, M  # noqa: E402


def _meta(text):
    return process_text(text, doc_id="x").model_dump()["metadata"]


def test_stress_cases_exact():
    for name, text, want in CASES:
        md = _meta(text)
        assert {k: md[k] for k in M} == {k: want[k] for k in M}, name


JIANGXI_2004 = """江西省人民政府办公厅文件
赣府厅发〔2004〕39号
江西省人民政府办公厅关于印发江西省农村户用沼气建设管理办法的
通知
各市、县（区）人民政府，省政府各部门：
　　经省政府同意，现将《江西省农村户用沼气建设管理办法》印发给你
们，请认真贯彻执行。
　　　　　　　　　　　　　　　　　　　　　　　　二〇〇四年七
月九日
江西省农村户用沼气建设管理办法
　　第一条　为规范农村户用沼气建设，制定本办法。
　　第二条　到2005年
底，全省新建户用沼气池10万户。
抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。
江西省人民政府办公厅秘书处　　　　　　　2004年7月
12日印发
"""


def test_cut_signature_date_is_the_issue_date():
    r = process_text(JIANGXI_2004, doc_id="x").model_dump()
    assert r["metadata"]["issue_date"] == "2004-07-09"
    assert "二〇〇四年七月九日" in r["text"]
    assert r["metadata"]["doc_number"] == "赣府厅发〔2004〕39号"
    assert r["metadata"]["issuers"] == ["江西省人民政府办公厅"]


HUNAN_PRINTED_ONLY = """关于印发溆浦县森林防火工作方案的通知
溆政办发〔2013〕11号
各乡镇人民政府，县直各单位：
　　现将《溆浦县森林防火工作方案》印发给你们，请认真贯彻执行。
溆浦县森林防火工作方案
　　一、工作目标
　　二、工作措施
抄送：县委办，县人大办，县政协办。
溆浦县人民政府办公室　　　　　　　　　　2013年2
月27日印发
"""


def test_cut_printed_date_without_signature():
    assert _meta(HUNAN_PRINTED_ONLY)["issue_date"] == "2013-02-27"


def test_date_cut_only_inside_one_date():
    assert _date_cut("　　二〇〇八年四月二十", "二日")
    assert _date_cut("某市人民政府办公室　　2008年4月", "23日印发")
    assert _date_cut("2012年4", "月6日印发")
    assert not _date_cut("到2017年", "底，全县完成改造")  # a year cut before its 底: no date here
    assert not _date_cut("2016年6月", "底前完成")
    assert not _date_cut("全省共有2016年", "12个项目完成验收日")  # the rest is no date's day
    assert not _date_cut("二〇〇八年四月二十二日", "二日")  # the line above holds a whole date
    assert not _date_cut("计划于第3", "日完成")  # no year


GUANGZHOU_STREET = """关于印发石牌街道2021年城中村消防安全整治方案的通知
各社区居委会，街道各部门：
　　现将《石牌街道2021年城中村消防安全整治方案》印发给你们，请认真贯彻落实。
广州市天河区人民政府石牌街道办事处
2021年4月2日
石牌街道2021年城中村消防安全整治方案
一、工作目标
二、工作措施
"""


def test_street_office_seal_form_is_named_without_government():
    md = _meta(GUANGZHOU_STREET)
    assert md["issuers"] == ["广州市天河区石牌街道办事处"]
    assert md["region"] == "广东省广州市天河区石牌街道" and md["admin_level"] == "township"


def test_street_office_only_after_a_county_level_government():
    assert _street_office("广州市天河区人民政府石牌街道办事处") == "广州市天河区石牌街道办事处"
    assert _street_office("浏阳市人民政府淮川街道办事处") == "浏阳市淮川街道办事处"
    assert _street_office("广州市天河区石牌街道办事处") == "广州市天河区石牌街道办事处"
    assert _street_office("广州市天河区人民政府") == "广州市天河区人民政府"
    assert _street_office("广州市人民政府驻北京办事处") == "广州市人民政府驻北京办事处"
    assert _street_office("某某人民政府石牌街道办事处") == "某某人民政府石牌街道办事处"  # no place before 人民政府
    assert _street_office("湖南省人民政府长沙街道办事处") == "湖南省人民政府长沙街道办事处"  # a province is no district


GUIZHOU_JOINED_TITLE = """贵阳市大数据发展管理局关于印发《贵阳大数据交易所、贵州省数据流通交易服务中心服务规则（试行）》的通知
各区（市、县）大数据主管部门，各有关单位：
《贵阳大数据交易所、贵州省数据流通交易服务中心服务规则（试行）》已经局党组会议审议通过，现印发给你们，请认真贯彻执行。
贵阳市大数据发展管理局
2022年5月6日
贵阳大数据交易所贵州省数据流通交易服务中心服务规则（试行）
第一章　总　则
第一条　为规范数据流通交易服务，制定本规则。
"""


def test_title_lines_joined_without_their_list_mark_take_the_notice_name():
    """A title set over lines (one name a line) reaches us joined from a PDF's display type, the 、 between the
    names lost at the line ends: the notice's 《…》 writes the same name whole."""
    md = _meta(GUIZHOU_JOINED_TITLE)
    assert md["title"] == "贵阳大数据交易所、贵州省数据流通交易服务中心服务规则（试行）"
    assert md["doc_type"] == "规则"
