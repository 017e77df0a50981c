"""(s23) A web page's trail that starts at the site's own name instead of 首页 (`…人民政府 > 政务公开 > 政府文件 > …`) is
page furniture before the title block, in the layout itself: the notice title starts on its own line, so a PDF made
from the page (title lines set in title type and joined by the reader) keeps the two apart. Written in the style of a
Hunan provincial web copy (2021)."""
from pipeline.clean import normalize_string
from pipeline.layout import find_layout

PAGE = ("湖南省人民政府 > 政務公開 > 政策文件 > 湘政辦發　　　　簡體版 | 無障礙 | 長者模式\n\n"
        "湖南省人民政府辦公廳關於印發《湖南省“十四五”養老服務體系規劃》的通知\n\n"
        "發布時間：2021-12-30 10:00　來源：省政府辦公廳\n\n湘政辦發〔2021〕79號\n\n"
        "各市州人民政府，省政府各廳委、各直屬機構：\n　　《湖南省“十四五”養老服務體系規劃》已經省人民政府同意，現印發給你們，請認真貫徹執行。\n")


def test_a_trail_from_the_site_name_is_not_part_of_the_title():
    layout = find_layout(normalize_string(PAGE).text)
    assert layout.notice_title is not None
    assert layout.notice_title.text == "湖南省人民政府辦公廳關於印發《湖南省“十四五”養老服務體系規劃》的通知"


def test_a_title_with_a_dash_or_slash_is_not_a_trail():
    text = "关于印发《某县2021—2023年农村公路建设/养护计划》的通知\n\n各乡镇人民政府：\n　　现将计划印发给你们。\n"
    layout = find_layout(normalize_string(text).text)
    assert layout.notice_title is not None and layout.notice_title.text.startswith("关于印发")
