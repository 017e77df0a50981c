"""s13b-meta: law-collection and database copies of notices (issue 11, stress method). Snippets written
for these tests, in the style of other provinces, levels and eras than the opened notices."""
import pytest

from pipeline import process_text
from pipeline.clean import _whole_note


def md(text):
    return process_text(text).metadata


# Class 1: a law collection's 题注 names the organ and the day it published the rule, and closes with the
# day the rule takes effect (`自…起施行`): the organ is the issuer, the first day the issue date.
LAW_NOTE_CASES = [
    ("（2016年4月7日贵阳市人民政府公布　自2016年6月1日起施行）", ["贵阳市人民政府"], "2016-04-07"),
    ("（2016年4月7日贵阳市人民政府发布，自发布之日起施行）", ["贵阳市人民政府"], "2016-04-07"),
    ("（二〇〇九年三月五日贵阳市人民政府印发　自印发之日起实施）", ["贵阳市人民政府"], "2009-03-05"),
]


@pytest.mark.parametrize("note,issuers,date", LAW_NOTE_CASES)
def test_law_note_with_in_force_clause(note, issuers, date):
    text = (f"贵阳市城市道路桥梁管理暂行办法\n{note}\n第一条　为了加强城市道路桥梁管理，制定本办法。\n"
            "第二条　本办法适用于本市行政区域内城市道路桥梁的管理。\n第三条　市住房城乡建设局负责本办法的组织实施。\n")
    m = md(text)
    assert m.title == "贵阳市城市道路桥梁管理暂行办法"
    assert m.issuers == issuers
    assert m.issue_date == date
    assert (m.region, m.admin_level, m.doc_type) == ("贵州省贵阳市", "prefecture", "办法")


# Class 2: date, organ and 文号 written together in the 题注: the 文号 starts after the date's 日 and the organ.
def test_law_note_number_glued_to_organ():
    text = ("国务院办公厅关于加强农村公路养护管理工作的通知\n（2007年11月3日国务院办公厅国办发〔2007〕66号印发）\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加强农村公路养护管理，现就有关事项通知如下：\n"
            "一、明确养护责任\n二、落实养护资金\n")
    m = md(text)
    assert m.doc_number == "国办发〔2007〕66号"
    assert m.issuers == ["国务院办公厅"]
    assert m.issue_date == "2007-11-03"
    assert (m.region, m.admin_level) == ("全国", "central")


def test_law_note_town_number_and_issuer():
    text = ("七宝镇关于加强农村宅基地管理的实施办法\n（2020年5月12日上海市闵行区七宝镇人民政府闵七府发〔2020〕8号印发）\n"
            "第一条　为加强本镇农村宅基地管理，制定本办法。\n第二条　本办法适用于本镇各村。\n")
    m = md(text)
    assert m.doc_number == "闵七府发〔2020〕8号"
    assert m.issuers == ["上海市闵行区七宝镇人民政府"]
    assert m.issue_date == "2020-05-12"
    assert (m.region, m.admin_level, m.doc_type) == ("上海市闵行区七宝镇", "township", "办法")


# Class 3: a 印发 notice printed by a collection: its title, then the 题注, no signature. The 题注 stays on its
# own line (before, a 题注 as long as the text's lines ran into the first paragraph and its date was lost).
def test_transmitting_notice_note_date():
    text = ("成都市财政局 成都市人力资源和社会保障局关于印发成都市就业补助资金管理办法的通知\n"
            "（2018年9月3日成都市财政局、成都市人力资源和社会保障局成财社〔2018〕112号印发）\n"
            "为规范就业补助资金管理，提高资金使用效益，根据有关规定，现将《成都市就业补助资金管理办法》印发给你们，请遵照执行。\n"
            "成都市就业补助资金管理办法\n第一条　为规范就业补助资金管理，制定本办法。\n第二条　本办法所称就业补助资金，是指…。\n")
    m = md(text)
    assert m.doc_number == "成财社〔2018〕112号"
    assert m.issue_date == "2018-09-03"
    assert m.issuers == ["成都市财政局", "成都市人力资源和社会保障局"]
    assert (m.region, m.admin_level) == ("四川省成都市", "prefecture")


@pytest.mark.parametrize("line,whole", [
    ("（2018年9月3日成都市财政局印发）", True),
    ("（一）加强组织领导（牵头单位：市财政局）", False),
    ("（2018年9月3日）为规范就业补助资金管理（试行）", False),
    ("为规范管理（2018年）", False),
])
def test_whole_note(line, whole):
    assert _whole_note(line) is whole
