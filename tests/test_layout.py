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


def test_a_long_title_without_sentence_punctuation_is_still_a_title():
    title = ("吉林省人民政府办公厅关于进一步做好新形势下农村集体经营性建设用地入市试点地区征地制度改革"
             "和宅基地制度改革试点工作统筹衔接的实施意见")
    assert len(title) > 60
    text = f"{title}\n吉政办发〔2021〕8号\n各市（州）人民政府：\n现提出如下意见，请认真贯彻执行。\n一、总体要求\n（一）坚持统筹推进。\n"
    layout = find_layout(normalize_string(text).text)
    assert layout.title is not None and layout.title.text == title
