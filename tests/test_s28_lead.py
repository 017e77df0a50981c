"""Rules the lead added at the session-28 freeze (snippets written for these tests, in the style of other provinces,
levels and eras than the notice that showed the class)."""
from pipeline.document import process_text


def test_adoption_note_glued_to_the_code_as_a_pdf_prints_it():
    # a Hunan county's rule, its adoption note copied out of a PDF that lost the U+3000 between the note's words and
    # the 文号: 通过 is no part of a 机关代字, so the number starts at 攸政发
    text = ("攸县城乡居民最低生活保障实施细则\n"
            "（2016年3月10日县人民政府第12次常务会议审议通过攸政发〔2016〕5号2016年3月18日发布）\n"
            "第一章　总　则\n"
            "第一条　为规范城乡居民最低生活保障工作，根据有关规定，结合本县实际，制定本细则。\n"
            "第二条　县民政局负责全县最低生活保障的管理工作。\n")
    r = process_text(text, doc_id="t").model_dump()
    assert r["metadata"]["doc_number"] == "攸政发〔2016〕5号"
    ev = r["metadata"]["evidence"]["doc_number"]
    assert r["text"][ev["span"][0]:ev["span"][1]] == ev["quote"] == "攸政发〔2016〕5号"


def test_spaced_adoption_note_unchanged():
    # the same note with its spaces (a text copy): the number as before
    text = ("攸县城乡居民最低生活保障实施细则\n"
            "（2016年3月10日县人民政府第12次常务会议审议通过　攸政发〔2016〕5号　2016年3月18日发布）\n"
            "第一章　总　则\n"
            "第一条　为规范城乡居民最低生活保障工作，根据有关规定，结合本县实际，制定本细则。\n")
    r = process_text(text, doc_id="t").model_dump()
    assert r["metadata"]["doc_number"] == "攸政发〔2016〕5号"
