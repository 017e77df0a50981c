"""(s30-layout) A task table copied one cell per line (a web page's table as text): a cell as wide as the page is a
whole cell, and the row's 完成时限 cell dates a number in its content cell as in its task cell. Written for these tests
in other provinces' and years' styles than the notices that showed the class."""
from pipeline.document import process_text

# a Jiangxi county's plan (2019) whose table a web page gives one cell per line, the content cells as wide as the page
NOTICE = """瑞金市农村饮水安全巩固提升工程实施方案

为巩固提升农村饮水安全保障水平，制定本方案。
一、重点任务
序号
工作任务
具体内容
牵头单位
配合单位
完成时限
1
推进规模化供水工程建设
新建和改扩建乡镇规模化水厂，完善管网延伸配套，农村自来水普及率达到90%以上
市水利局
市发展改革委、市财政局、市卫生健康委、各乡镇人民政府
2020年12月底前
2
加强水源保护
划定千人以上农村饮用水水源保护区，完成水源地规范化建设，建成水质监测点15个以上
市生态环境局
市水利局、市卫生健康委、市自然资源局、各乡镇人民政府和有关单位
2019年10月底前
3
开展节水护水宣传
开展农村饮水安全知识进农户宣传活动，组织巾帼志愿者入户宣讲节水护水知识，覆盖农户达到2万户以上
市妇联
市水利局、市卫生健康委
2020年6月底前
二、保障措施
各乡镇要加强组织领导，确保各项任务落到实处。
"""


def _lines(text):
    return [ln for ln in text.split("\n") if ln]


def test_a_page_wide_content_cell_keeps_its_break_before_the_organ_cell_and_the_deadline_cell():
    r = process_text(NOTICE, doc_id="t")
    lines = _lines(r.text)
    assert "新建和改扩建乡镇规模化水厂，完善管网延伸配套，农村自来水普及率达到90%以上" in lines
    assert "市水利局" in lines
    assert "市生态环境局" in lines
    assert "市水利局、市卫生健康委、市自然资源局、各乡镇人民政府和有关单位" in lines
    assert "2019年10月底前" in lines
    assert "开展农村饮水安全知识进农户宣传活动，组织巾帼志愿者入户宣讲节水护水知识，覆盖农户达到2万户以上" in lines
    assert "市妇联" in lines


def test_the_rows_deadline_cell_dates_a_number_in_its_content_cell():
    r = process_text(NOTICE, doc_id="t")
    got = {(t.quote, t.value, t.year_start, t.year_end) for t in r.targets}
    assert ("农村自来水普及率达到90%以上", 90.0, None, 2020) in got
    assert ("建成水质监测点15个以上", 15.0, None, 2019) in got
    assert ("覆盖农户达到2万户以上", 20000.0, None, 2020) in got
    for t in r.targets:
        assert r.text[t.span[0]:t.span[1]] == t.quote
