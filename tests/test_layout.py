"""Layout: title block, masthead, web metadata tables, signature, body bounds."""
from pipeline.clean import normalize_string
from pipeline.layout import find_layout


def layout_of(text: str):
    doc = normalize_string(text)
    return doc.text, find_layout(doc.text)


def test_transmitting_notice_without_title_starts_at_addressee():
    text, lay = layout_of("各市卫生健康委：\n\n现将《某省托育服务提升方案》印发给你们，请认真落实。\n\n某省卫生健康委员会\n\n"
                          "2024年2月1日\n\n某省托育服务提升方案\n\n一、目标\n")
    assert lay.notice_title is None and lay.title.text == "某省托育服务提升方案"
    assert text[lay.body_start:].startswith("一、目标")


def test_issuer_line_over_plan_title_is_not_part_of_it():
    text, lay = layout_of("贵州省农业农村厅\n\n2023年全省农业农村工作要点\n\n一、稳定粮食生产\n")
    assert lay.title.text == "2023年全省农业农村工作要点"


def test_attachments_after_the_body_are_cut():
    text, lay = layout_of("某市关于加强燃气安全的通知\n\n各区人民政府：\n\n一、排查隐患。\n\n附件：1.排查表\n\n某市人民政府\n\n2022年1月5日\n")
    assert "附件" not in text[lay.body_start:lay.body_end]
