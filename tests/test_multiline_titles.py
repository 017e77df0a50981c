"""Titles set over several lines, as PDFs print them: a line that ends in a word such as 推行,
制度 or 标准 does not end the title block. Snippets written for these tests."""
import pytest

from pipeline.document import process_text

CASES = [
    ("山西省人民政府\n关于推行终身职业技能培训制度\n的实施意见\n晋政发〔2019〕3号\n",
     "山西省人民政府关于推行终身职业技能培训制度的实施意见", "实施意见"),
    ("国务院办公厅关于全面推行\n行政规范性文件合法性审核机制\n的指导意见\n国办发〔2018〕115号\n",
     "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见", "指导意见"),
    ("云南省人民政府办公厅关于建立健全职业技能培训标准\n和评价制度的通知\n云政办发〔2020〕9号\n",
     "云南省人民政府办公厅关于建立健全职业技能培训标准和评价制度的通知", "通知"),
    ("关于完善企业职工基本养老保险省级统筹制度\n的若干意见\n",
     "关于完善企业职工基本养老保险省级统筹制度的若干意见", "意见"),
]
BODY = ("各市、县人民政府，省直各部门：\n为推进有关工作，现提出如下意见。\n一、总体要求\n（一）明确目标。各地要严格落实。\n"
        "二、主要任务\n（一）健全机制。各地要加快推进。\n")


@pytest.mark.parametrize("head,title,doc_type", CASES)
def test_title_over_several_lines(head, title, doc_type):
    md = process_text(head + BODY, doc_id="t").metadata
    assert md.title == title
    assert md.doc_type == doc_type


def test_a_title_then_its_plan_title_stay_apart():
    text = ("贵州省人力资源和社会保障厅 贵州省财政厅\n关于印发《贵州省职业技能等级认定\n工作规程（试行）》的通知\n"
            "黔人社发〔2021〕7号\n各市（州）人力资源社会保障局、财政局：\n"
            "现将《贵州省职业技能等级认定工作规程（试行）》印发给你们，请遵照执行。\n"
            "贵州省人力资源和社会保障厅 贵州省财政厅\n2021年4月2日\n贵州省职业技能等级认定工作规程（试行）\n"
            "第一章 总则\n第一条 为规范职业技能等级认定工作，制定本规程。\n第二条 本规程适用于全省职业技能等级认定工作。\n")
    md = process_text(text, doc_id="t").metadata
    assert md.title == "贵州省职业技能等级认定工作规程（试行）"
    assert md.notice_title == "关于印发《贵州省职业技能等级认定工作规程（试行）》的通知"
    assert md.doc_type == "规程"
    assert md.issuers == ["贵州省人力资源和社会保障厅", "贵州省财政厅"]


def test_a_title_line_ending_in_the_transmitted_genre_then_its_notice_genre():
    """`…工作意见` / `报告的通知`: a line that is only a genre word, 的 and the notice's genre ends the
    same title (written for this test)."""
    from pipeline.document import process_text
    md = process_text("国务院办公厅转发国家计委\n关于加强城市供水节水和水污染防治工作意见\n报告的通知\n国办发〔1999〕12号\n"
                      "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n国家计委《关于加强城市供水节水和水污染防治工作意见的报告》"
                      "已经国务院同意，现转发给你们，请认真贯彻执行。\n国务院办公厅\n一九九九年三月二日\n", doc_id="t").metadata
    assert md.notice_title == "转发国家计委关于加强城市供水节水和水污染防治工作意见报告的通知"
    assert md.issuers == ["国务院办公厅"]


def test_the_last_line_of_a_two_line_title_with_its_number_in_brackets():
    from pipeline.document import process_text
    md = process_text("国务院办公厅关于加快发展\n冰雪运动产业的指导意见（国办发〔2019〕31号）\n"
                      "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加快发展冰雪运动，现提出如下意见。\n"
                      "一、总体要求\n各地要抓好落实。\n国务院办公厅\n2019年8月2日\n", doc_id="n").metadata
    assert md.title == "国务院办公厅关于加快发展冰雪运动产业的指导意见"
    assert md.doc_number == "国办发〔2019〕31号" and md.doc_type == "指导意见"
