"""A labelled annotation that names no organ (`（责任单位：县政务服务中心）`: a service body, spec 1.1 section 5) and
the next item run on after it on the same line (a web copy that lost the break): the label's list ends with its
bracket, so the first item gets nothing and the next item's organs stay with the next item (spec 1.1 section 6).
Before, the label was read to the line's end and the first item took the second item's 责任单位.
Snippet written for this test in the style of a Yunnan county web copy of 2019 (no dev notice)."""
import pytest

from pipeline import process_text

NOTICE = """双江县人民政府办公室关于印发双江县优化营商环境三年行动方案的通知

各乡（镇）人民政府，县直各部门：
　　现将《双江县优化营商环境三年行动方案》印发给你们，请认真贯彻执行。

双江县人民政府办公室
2019年4月12日

双江县优化营商环境三年行动方案

　　一、提升政务服务效能
　　1．推进“一窗受理”。全面推行综合窗口受理模式。（责任单位：{first}）{sep}2．加强信用体系建设。建立市场主体信用承诺制度。（责任单位：县发展改革局、县市场监管局）
　　3．优化纳税服务。推广电子税务局应用。（责任单位：县税务局）
"""


def _triples(first: str, sep: str) -> set[tuple[str, str, str]]:
    rec = process_text(NOTICE.format(first=first, sep=sep), doc_id="x").model_dump()
    for r in rec["responsibilities"]:
        assert rec["text"][r["span"][0]:r["span"][1]] == r["quote"]
    return {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]}


# 双江县 is the short name of 双江拉祜族佤族布朗族傣族自治县 (the gazetteer); its tax bureau is the State
# Taxation Administration's (spec 1.1 section 5: full official names)
COUNTY = "双江拉祜族佤族布朗族傣族自治县"
LATER = {("一/2", f"{COUNTY}发展和改革局", "responsible"), ("一/2", f"{COUNTY}市场监督管理局", "responsible"),
         ("一/3", f"国家税务总局{COUNTY}税务局", "responsible")}


@pytest.mark.parametrize("sep", ["", "\n　　"])
def test_a_label_naming_no_organ_lends_nothing_to_its_item(sep):
    assert _triples("县政务服务中心", sep) == LATER


@pytest.mark.parametrize("sep", ["", "\n　　"])
def test_a_label_naming_an_organ_keeps_it(sep):
    assert _triples("县财政局", sep) == LATER | {("一/1", f"{COUNTY}财政局", "responsible")}
