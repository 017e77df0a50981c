"""s23-meta: metadata of notices as they reach users (issue 11): a red-header 文件 line naming the issuer whole over a
title that writes it by its level; a 信息公开 page's table over a title-only plan; a 暂行办法's meeting 题注 with its 文号
and in-force day; a joint order of ministries; a joint title block wrapped between two ministries; a 批转 title whose
first line ends in the forwarded organ; a forwarded opinion's title over two lines above its authors. Snippets
written for these tests (other provinces, levels and eras than the notices that prompted them)."""
import pytest

from pipeline import process_text
from pipeline.extract.metadata import split_organs
from pipeline.layout import _document_names


def md(text):
    return process_text(text).metadata


def _span_holds(rec, key):
    ev = rec.metadata.evidence.get(key)
    if ev is not None and ev.span:
        assert rec.text[ev.span[0]:ev.span[1]] == ev.quote


# Class 1: the masthead `X市人民政府文件` names the issuer whole; the title writes `市人民政府` (a city's own usage).
MASTHEAD = ("荆沙市人民政府文件\n\n荆沙政发〔1995〕12号\n\n市人民政府转发市财政局关于加强预算外资金管理意见的通知\n\n"
            "各县（市）、区人民政府，市政府各部门：\n市财政局《关于加强预算外资金管理的意见》已经市人民政府同意，现转发给你们，"
            "请认真贯彻执行。\n\n一九九五年三月八日\n\n关于加强预算外资金管理的意见\n市财政局\n\n"
            "为加强预算外资金管理，现提出如下意见：\n一、市财政局负责预算外资金的统一管理。\n二、市审计局负责审计监督。\n")


def test_bare_title_issuer_takes_masthead_name():
    rec = process_text(MASTHEAD)
    m = rec.metadata
    assert m.issuers == ["荆沙市人民政府"]
    assert m.region == "湖北省荆沙市"   # a former prefecture (region_former_prefectures.tsv: 1994–1996)
    assert m.admin_level == "prefecture"
    assert m.doc_number == "荆沙政发〔1995〕12号"
    _span_holds(rec, "doc_number")


def test_masthead_of_another_organ_does_not_rename_bare_issuer():
    # the masthead names a different organ: the bare issuer is not completed from it
    text = MASTHEAD.replace("荆沙市人民政府文件", "荆沙市财政局文件")
    assert md(text).issuers != ["荆沙市财政局"]


# Class 2: a 信息公开 page's table (索引号 … 主题词：) then the plan's title, then the page's 发布日期 line.
WEB_TABLE = ("首页 > 信息公开 > 镇街动态\n\n索 引 号：000014349/2019-00211\n信息分类：计划总结\n发布机构：龙城街道办事处\n"
             "成文日期：2019-04-02\n文　　号：龙街〔2019〕5号\n主 题 词：\n\n龙城街道2019年河长制工作实施方案\n\n"
             "发布日期：2019-04-08 09:12　来源：龙城街道　浏览次数：\n\n各社区居委会，街道各科室：\n"
             "为全面落实河长制，结合街道实际，制定本方案。\n一、工作目标\n2019年，辖区河道水质达标率达到90%以上。\n"
             "二、工作措施\n街道城建科负责河道日常巡查。\n\n龙城街道办事处\n2019年4月2日\n")


def test_title_under_empty_keyword_cell():
    rec = process_text(WEB_TABLE)
    m = rec.metadata
    assert m.title == "龙城街道2019年河长制工作实施方案"
    assert m.doc_type == "实施方案"
    assert m.doc_number == "龙街〔2019〕5号"
    _span_holds(rec, "title")


def test_keyword_list_under_empty_cell_is_no_title():
    # spaced keywords under `主 题 词：` stay the cell's value
    from pipeline.layout import _title_under_empty_cell
    assert not _title_under_empty_cell("主 题 词：", "河长制 工作 方案")
    assert not _title_under_empty_cell("标　　题：", "龙城街道2019年河长制工作实施方案")
    assert _title_under_empty_cell("主 题 词：", "龙城街道2019年河长制工作实施方案")


# Class 3: a county's 暂行办法 with its executive meeting, 文号 and in-force day in one 题注 (自 left out).
ADOPTED = ("通渭县农业产业化龙头企业扶持暂行办法\n\n（2012年3月6日通渭县人民政府第八次常务会议审议通过　通政发〔2012〕21号　"
           "2012年4月1日起施行）\n\n第一条　为扶持农业产业化龙头企业发展，制定本办法。\n第二条　县农牧局负责本办法的组织实施。\n"
           "第三条　本办法自2012年4月1日起施行。\n")


def test_meeting_note_with_number_and_in_force_day():
    m = md(ADOPTED)
    assert m.issuers == ["通渭县人民政府"]
    assert m.issue_date == "2012-03-06"
    assert m.doc_number == "通政发〔2012〕21号"
    assert m.region == "甘肃省定西市通渭县"
    assert m.doc_type == "办法"


# Class 4: a joint ministerial order in the 题注 (`…建设部、国土资源部令第120号公布`).
JOINT_ORDER = ("城市地下管线工程档案管理试行规定\n\n（2005年5月12日建设部、国土资源部令第120号公布　自2005年7月1日起施行）\n\n"
               "第一条　为加强城市地下管线工程档案的管理，制定本规定。\n第二条　本规定适用于城市规划区内地下管线工程档案的管理。\n"
               "第三条　本规定自2005年7月1日起施行。\n")


def test_joint_order_note_names_each_ministry():
    m = md(JOINT_ORDER)
    assert m.issuers == ["建设部", "国土资源部"]
    assert m.doc_number == "建设部、国土资源部令第120号"
    assert m.issue_date == "2005-05-12"
    assert m.region == "全国"


# Class 5: two national organs glued where a joint title block wraps (`…科技部` / `工业和信息化部…`).
@pytest.mark.parametrize("s,organs", [
    ("国家发展改革委 科技部工业和信息化部 商务部", ["国家发展改革委", "科技部", "工业和信息化部", "商务部"]),
    ("民政部财政部", ["民政部", "财政部"]),
    ("财政部税政司", ["财政部税政司"]),          # a ministry's own department: one organ
    ("国家能源局西北监管局", ["国家能源局西北监管局"]),  # a branch: one organ
    ("某县财政局统计局", ["某县财政局统计局"]),        # local organs are not cut by the central table
])
def test_glued_national_organs(s, organs):
    assert split_organs(s) == organs


def test_joint_title_block_wrapped_between_ministries():
    text = ("民政部 国家发展改革委 科技部\n工业和信息化部 财政部\n关于印发《智慧养老服务试点工作方案》的通知\n民发〔2017〕9号\n\n"
            "各省、自治区、直辖市民政厅（局）、发展改革委：\n现将《智慧养老服务试点工作方案》印发给你们，请认真贯彻执行。\n\n"
            "2017年2月6日\n\n智慧养老服务试点工作方案\n\n一、工作目标\n到2020年，建成100个试点。\n")
    assert md(text).issuers == ["民政部", "国家发展和改革委员会", "科学技术部", "工业和信息化部", "财政部"]


# Class 6: a 批转 title whose first line ends in the forwarded organ (`某省人民政府批转省发展计划委员会` / `…要点的通知`).
def test_pizhuan_title_first_line_is_title():
    text = ("江西省人民政府文件\n\n赣府发〔2001〕9号\n\n江西省人民政府批转省发展计划委员会\n2001年全省经济体制改革要点的通知\n\n"
            "各市、县（区）人民政府，省政府各部门：\n省政府同意省发展计划委员会《2001年全省经济体制改革要点》，现转发给你们，"
            "请认真贯彻执行。\n\n二○○一年三月五日\n\n2001年全省经济体制改革要点\n\n一、深化国有企业改革\n省经贸委负责。\n")
    m = md(text)
    assert m.notice_title == "批转省发展计划委员会2001年全省经济体制改革要点的通知"
    assert m.title == "2001年全省经济体制改革要点"
    assert m.issuers == ["江西省人民政府"]
    assert m.region == "江西省"


def test_document_names_keep_organ_with_he():
    assert _document_names("省劳动和社会保障厅2004年工作要点") == ["省劳动和社会保障厅2004年工作要点"]
    assert _document_names("关于加强和改进社区服务工作的意见") == ["关于加强和改进社区服务工作的意见"]
    assert _document_names("某县A管理办法和某县B实施细则") == ["某县A管理办法", "某县B实施细则"]


# Class 7: a forwarded opinion whose title wraps over two lines above its authors' line.
def test_forwarded_title_over_two_lines_above_authors():
    text = ("忻州市人民政府文件\n\n忻政发〔2009〕15号\n\n忻州市人民政府\n批转市农委市财政局关于加快发展现代农业工作实施意见的通知\n\n"
            "各县（市、区）人民政府，市直各有关单位：\n市农委、市财政局《关于加快发展现代农业工作的实施意见》已经市人民政府同意，"
            "现批转给你们，请认真贯彻执行。\n\n二〇〇九年四月十日\n\n关于加快发展现代农业工作的\n实施意见\n\n市农委 市财政局\n"
            "（二〇〇九年三月二十日）\n\n为加快发展现代农业，提出如下实施意见。\n一、市农委负责全市现代农业规划。\n")
    m = md(text)
    assert m.title == "关于加快发展现代农业工作的实施意见"
    assert m.doc_type == "实施意见"
    assert m.issuers == ["忻州市人民政府"]


# (guard) a government order's rule keeps the government that adopted it, not the 版记's printing office
def test_order_rule_keeps_government_over_printing_office():
    text = ("福州市人民政府令\n第68号\n《福州市城市绿化管理办法》已经2016年6月3日市人民政府第5次常务会议通过，现予公布，"
            "自2016年8月1日起施行。\n市　长：杨益民\n2016年6月20日\n福州市城市绿化管理办法\n第一条 为加强城市绿化管理，"
            "制定本办法。\n第二条 市园林局负责本办法的实施。\n公开方式：主动公开\n福州市人民政府办公厅 2016年6月28日印发\n")
    assert md(text).issuers == ["福州市人民政府"]


def test_bare_title_issuer_placed_by_printing_office_without_masthead():
    # a web copy that dropped the red header: the 版记's printing organ is the issuer's own office (GB/T 9704 7.4.3)
    text = MASTHEAD.replace("荆沙市人民政府文件\n\n", "") + "\n主题词：财政　意见　通知\n荆沙市人民政府办公室　　1995年3月10日印发\n"
    m = md(text)
    assert m.issuers == ["荆沙市人民政府"]
    assert m.region == "湖北省荆沙市"


def test_printing_office_of_another_place_does_not_rename():
    text = MASTHEAD.replace("荆沙市人民政府文件\n\n", "") + "\n主题词：财政　意见　通知\n荆州地区行政公署办公室　　1995年3月10日印发\n"
    assert md(text).issuers != ["荆州地区行政公署"]


# Class 8: a news copy's line between its lead-in and the document it prints (`《实施意见》全文如下。`).
def test_lead_in_then_full_text_line_then_title():
    rec = process_text("近日，中共青海省委办公厅、青海省人民政府办公厅印发了《关于加强基层应急管理能力建设的实施意见》，"
                       "并发出通知，要求各地各部门结合实际认真贯彻落实。\n《实施意见》全文如下。\n"
                       "关于加强基层应急管理能力建设的实施意见\n为加强基层应急管理能力建设，提出如下意见。\n"
                       "一、省应急管理厅负责统筹指导。\n二、各市州负责组织实施。\n")
    m = rec.metadata
    assert m.title == "关于加强基层应急管理能力建设的实施意见"
    assert m.issuers == ["中共青海省委办公厅", "青海省人民政府办公厅"]
    assert (m.region, m.doc_type) == ("青海省", "实施意见")
    _span_holds(rec, "title")
    assert rec.tasks and rec.tasks[0].heading.startswith("省应急管理厅")


def test_lead_in_then_other_sentence_invents_no_title():
    m = md("近日，青海省人民政府办公厅印发了《青海省促进养老服务发展若干措施》。\n各地要结合实际抓好落实，省民政厅负责跟踪督促。\n"
           "青海省养老服务条例\n")
    assert m.title is None


# Class 3b: the meeting 题注 as counties write it: the government short (`某县政府`), no meeting count, 研究/讨论通过,
# a leading 经, or the order that promulgated the rule after the meeting.
RULE = ("临洮县城区集中供热管理暂行办法\n\n{note}\n\n第一条　为加强城区集中供热管理，结合我县实际，制定本办法。\n"
        "第二条　县住建局负责本办法的组织实施。\n第三条　本办法自2014年11月1日起施行。\n")


@pytest.mark.parametrize("note,number", [
    ("（2014年9月12日临洮县政府第二十次常务会议审议通过）", None),
    ("（经2014年9月12日县政府第二十次常务会议研究通过）", None),
    ("（2014年9月12日临洮县人民政府常务会议讨论通过）", None),
    ("（2014年9月12日临洮县人民政府第20次常务会议审议通过　临洮县人民政府令第2号公布）", "临洮县人民政府令第2号"),
])
def test_county_meeting_note_forms(note, number):
    rec = process_text(RULE.format(note=note))
    m = rec.metadata
    assert m.issuers == ["临洮县人民政府"]
    assert m.issue_date == "2014-09-12"
    assert m.doc_number == number
    assert m.region == "甘肃省定西市临洮县"


def test_short_government_in_title_takes_masthead_full_name():
    text = ("六盘水市人民政府文件\n\n六盘水府发〔1999〕7号\n\n市政府关于印发六盘水市再就业工作方案的通知\n\n各县（特区、区）人民政府，"
            "市政府各部门：\n现将《六盘水市再就业工作方案》印发给你们，请认真贯彻执行。\n\n一九九九年五月十日\n\n六盘水市再就业工作方案\n\n"
            "一、工作目标\n到2000年，全市新增就业2万人。\n二、市劳动局负责组织实施。\n")
    m = md(text)
    assert m.issuers == ["六盘水市人民政府"]
    assert (m.region, m.admin_level) == ("贵州省六盘水市", "prefecture")


# Class 9: the forwarding organ on the line above `转发…关于…的通知`; the forwarded opinion's author on the line above its
# own title: the notice's issuer is the forwarding organ, never the author.
def test_forwarding_organ_line_over_zhuanfa_and_author_over_opinion():
    text = ("安康市人民政府文件\n\n安政发〔2011〕9号\n\n安康市人民政府\n转发市发展改革委关于加快推进节能减排工作意见的通知\n\n"
            "各县区人民政府，市政府各工作部门：\n市发展改革委《关于加快推进节能减排工作的意见》已经市人民政府同意，现转发给你们，"
            "请认真贯彻执行。\n\n2011年4月6日\n\n市发展改革委\n关于加快推进节能减排\n工作的意见\n\n为加快推进节能减排，提出如下意见。\n"
            "一、市发展改革委负责统筹协调。\n")
    rec = process_text(text)
    m = rec.metadata
    assert m.issuers == ["安康市人民政府"]
    assert m.notice_title == "转发市发展改革委关于加快推进节能减排工作意见的通知"
    assert m.title == "关于加快推进节能减排工作的意见"
    assert (m.region, m.admin_level) == ("陕西省安康市", "prefecture")
    _span_holds(rec, "notice_title")
