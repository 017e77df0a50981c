"""s20-assign2: a task-division table row links to a body item by the item's NUMBER written in the row (guide S20 R13,
spec 1.1 section 6 "by number or heading"), and 责任单位 beside 牵头单位 gives `co` in every table form (guide S20 R16).
Snippets written in the styles of other provinces, levels and eras (none copied from a dev-corpus notice)."""
from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.clean import normalize_string
from pipeline.extract.task_tables import item_refs
from tests import s20assign2_all as stress


def _triples(text):
    r = process_text(text, doc_id="t")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    return {(x.task, x.department, x.role) for x in r.responsibilities}


@pytest.mark.parametrize("cell,refs", [
    ("（一）推动县城商业设施提档升级", [("tail", ["(一)"])]),
    ("一（二）", [("path", ["一", "(二)"])]),
    ("二、（三）", [("path", ["二", "(三)"])]),
    ("一（一）（三）", [("path", ["一", "(一)"]), ("path", ["一", "(三)"])]),
    ("（二）、（三）", [("tail", ["(二)"]), ("tail", ["(三)"])]),
    ("第2项", [("nth", [2])]),
    ("第二、三项", [("nth", [2]), ("nth", [3])]),
    ("3.质量监督检查", [("tail", ["3"])]),
    # numbers that are no item numbers: quantities, years, dates, 第一批, a cell's own list
    ("2.5万亩低效果园改造", []), ("1000个标准果园", []), ("2023年绿橙节筹办", []), ("6.30前完成", []),
    ("3、5月份开展", []), ("第一批培训补贴", []), ("培育一批合作社", []), ("30%以上补助资金", []),
    ("（1）开展技术培训；（2）开展统防统治", []), ("1.制定方案；2.组织实施", []),
    ("一、二季度完成摸底", []), ("三、四月份集中整治", []), ("第一、二批试点", []),
    ("第五条、第六条", [("tail", ["第五条"]), ("tail", ["第六条"])]),
])
def test_item_refs_of_a_task_cell(cell, refs):
    assert item_refs(cell) == refs


@pytest.mark.parametrize("serial,refs", [
    ("1.2", [("values", [1, 2])]), ("一-（二）", [("path", ["一", "(二)"])]), ("二、（三）", [("path", ["二", "(三)"])]),
    ("1", []), ("12", []), ("2023", []),  # a plain 序号 is the row's number, never the item's
])
def test_item_refs_of_a_serial(serial, refs):
    assert item_refs(serial, serial=True) == refs


@pytest.mark.parametrize("c", stress.FIX, ids=lambda c: c["name"][:2])
def test_fix_half_exact(c):
    assert _triples(c["text"]) == c["expect"]


HEAD = """黔东南苗族侗族自治州人民政府办公室关于印发黔东南州林下经济发展工作方案的通知

各县（市）人民政府，州直有关部门：
现将《黔东南州林下经济发展工作方案》印发给你们，请认真贯彻执行。

黔东南州林下经济发展工作方案

一、重点任务
（一）发展林下种植。推广林药、林菌模式。
（二）发展林下养殖。规范林下养鸡。
二、保障措施
（一）加强资金扶持。统筹涉农资金。

附件：任务分工表

"""
R16_FORMS = {
    "tabs": "序号\t工作任务\t牵头单位\t责任单位\n1\t{t}\t州林业局\t州农业农村局、州科技局\n",
    "markdown": "| 序号 | 工作任务 | 牵头单位 | 责任单位 |\n| --- | --- | --- | --- |\n| 1 | {t} | 州林业局 | 州农业农村局、州科技局 |\n",
    "bars (DOCX/HTML reader)": "序号 | 工作任务 | 牵头单位 | 责任单位\n1 | {t} | 州林业局 | 州农业农村局、州科技局\n",
    "spaced": "序号 工作任务 牵头单位 责任单位\n1 {t} 州林业局 州农业农村局、州科技局\n",
    "one cell per line": "序号\n工作任务\n牵头单位\n责任单位\n1\n{t}\n州林业局\n州农业农村局、州科技局\n",
    "unnumbered spaced": "工作任务 牵头单位 责任单位\n{t} 州林业局 州农业农村局、州科技局\n",
}


def _r16(task):
    return {(task, "黔东南苗族侗族自治州林业局", "lead"), (task, "黔东南苗族侗族自治州农业农村局", "co"),
            (task, "黔东南苗族侗族自治州科学技术局", "co")}


@pytest.mark.parametrize("form", R16_FORMS)
def test_r16_responsible_column_beside_lead_is_co_in_every_form(form):
    assert _triples(HEAD + R16_FORMS[form].format(t="推广林药林菌种植")) == _r16("表/1")


@pytest.mark.parametrize("form", ["tabs", "markdown", "bars (DOCX/HTML reader)", "spaced"])
def test_r13_item_number_in_every_joined_form(form):
    # `一（二）` names item 一/(二) whatever the table's form; its words need not be the heading's
    assert _triples(HEAD + R16_FORMS[form].format(t="一（二）林下养鸡规范化")) == _r16("一/(二)")


def test_r13_bare_number_of_two_parents_links_nothing():
    # `（一）` is 一/(一) and 二/(一): with no group row or linked row above to tell which, the row stays 表/1
    assert _triples(HEAD + R16_FORMS["tabs"].format(t="（一）林药种植推广")) == _r16("表/1")


def test_r13_number_naming_no_item_links_nothing():
    assert _triples(HEAD + R16_FORMS["tabs"].format(t="三、（二）培育龙头企业")) == _r16("表/1")


def test_r13_decimal_serial_mirrors_the_body():
    table = "序号\t工作任务\t牵头单位\t责任单位\n2.1\t涉农资金统筹\t州林业局\t州农业农村局、州科技局\n"
    assert _triples(HEAD + table) == _r16("二/(一)")


def test_r16_no_lead_column_responsible():
    table = "序号\t工作任务\t责任单位\t完成时限\n1\t推广林药林菌种植\t州林业局、州农业农村局\t2024年底\n"
    assert _triples(HEAD + table) == {("表/1", "黔东南苗族侗族自治州林业局", "responsible"),
                                      ("表/1", "黔东南苗族侗族自治州农业农村局", "responsible")}


def test_r13_table_numbering_of_its_own_links_nothing():
    # one number names no item (`（三）` under 一, which has two): the table numbers its rows its own way, so its
    # `（一）` and `（二）` are not the body's either
    table = ("序号\t工作任务\t牵头单位\t责任单位\n1\t（一）林下经济示范基地\t州林业局\t州农业农村局、州科技局\n"
             "2\t（三）林下产品品牌\t州林业局\t州农业农村局、州科技局\n")
    assert _triples(HEAD + table) == _r16("表/1") | _r16("表/2")


def test_r13_arabic_number_repeating_the_row_number_links_nothing():
    # Anhui county 2010s style: the task cell repeats the row's 序号 (`1.`), no item's, though the body has an item 1
    text = """安徽省金寨县人民政府办公室关于做好2016年茶叶产业发展工作的通知

各乡镇人民政府，县直各有关单位：
一、工作任务
1.扩大茶园面积。新建标准化茶园。
2.提升加工水平。改造茶叶加工厂。

附件：任务分解表

序号\t工作任务\t牵头单位\t配合单位
1\t1.茶叶品牌宣传推介\t县农委\t县商务局
2\t2.茶园病虫害绿色防控\t县农委\t县科技局
"""
    got = _triples(text)
    assert {t for t, _, _ in got} == {"表/1", "表/2"}


def test_r13_serial_path_one_cell_per_line():
    # a web page's table copied one cell per line, its 序号 the item's path (`1.1`, `二-（一）`)
    table = ("序号\n工作任务\n牵头单位\n责任单位\n1.2\n林下养鸡\n州林业局\n州农业农村局、州科技局\n"
             "二-（一）\n涉农资金统筹\n州林业局\n州农业农村局、州科技局\n")
    assert _triples(HEAD + table) == _r16("一/(二)") | _r16("二/(一)")


def test_r13_decimal_quantity_is_no_serial():
    # `2.5` opening a cell is a quantity, and a row whose 序号 is a plain number keeps it
    table = "序号\t工作任务\t牵头单位\t责任单位\n1\t2.5万亩林下种植基地\t州林业局\t州农业农村局、州科技局\n"
    assert _triples(HEAD + table) == _r16("表/1")


def test_r13_article_number_in_a_task_cell():
    # a Qinghai 2000s 办法 whose attachment divides its articles' work: `第四条` names article 第四条
    text = """青海省草原防火管理办法实施细则

第一条 为加强草原防火工作，制定本细则。
第二条 本细则适用于本省行政区域内的草原防火工作。
第三条 草原防火实行预防为主、防消结合的方针。
第四条 各地应当建立草原防火物资储备库。

附件：职责分工表

序号\t工作任务\t牵头单位\t配合单位
1\t第四条\t省农牧厅\t省财政厅
2\t一、二季度完成物资清查\t省农牧厅\t省应急管理厅
"""
    got = _triples(text)
    assert {t for t, _, _ in got} == {"第四条", "表/2"}


def test_r13_bare_number_stays_under_its_group_row():
    # group row `二、保障措施` above a row `（二）…`: item 二 has only (一), so `（二）` names no item (not 一/(二)).
    # (s36-tables) Item 二 has numbered sub-items, so the group row links no row (the rows restate a sub-item by their own
    # number or heading, or none; guide S20 R13, the CQ labels of the open half): the row is `表/1`, no longer 二
    table = ("序号\t工作任务\t牵头单位\t责任单位\n二、保障措施\n1\t（二）林业贷款贴息\t州林业局\t州农业农村局、州科技局\n")
    assert _triples(HEAD + table) == _r16("表/1")
