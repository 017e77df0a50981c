"""A 题注 whose verb is glued to the 文号 (`（2018年5月3日黔东南州人民政府印发黔东南府发〔2018〕7号）`, as a PDF copy gives it
when the U+3000 between them is lost) gives the 文号 without the verb and keeps its issuer; with the space the result is
the same. A Guizhou 自治州 plan of 2018 and a Hebei city's 2009 measures, written for this test."""
from __future__ import annotations

import pytest

from pipeline import process_text

BODY = ("为加快推进茶产业发展，结合我州实际，制定本行动计划。\n一、总体要求\n到2020年，全州茶园面积稳定在50万亩。\n"
        "二、保障措施\n州农业农村局负责统筹协调。\n")


@pytest.mark.parametrize("gap", ["", "　", " "])
def test_the_verb_of_a_note_is_not_part_of_the_doc_number(gap):
    text = ("黔东南苗族侗族自治州茶产业发展三年行动计划（2018—2020年）\n"
            f"（2018年5月3日黔东南州人民政府印发{gap}黔东南府发〔2018〕7号）\n" + BODY)
    meta = process_text(text, doc_id="t").model_dump()["metadata"]
    assert meta["doc_number"] == "黔东南府发〔2018〕7号"
    assert meta["issuers"] == ["黔东南苗族侗族自治州人民政府"]


def test_a_code_after_the_organ_alone_is_unchanged():
    text = ("邯郸市促进中小企业发展的若干措施\n（2009年6月2日邯郸市人民政府邯政发〔2009〕12号）\n"
            "一、总体要求\n到2010年，全市中小企业增加值增长15%以上。\n二、保障措施\n市发展改革委负责统筹协调。\n")
    meta = process_text(text, doc_id="t").model_dump()["metadata"]
    assert meta["doc_number"] == "邯政发〔2009〕12号"
