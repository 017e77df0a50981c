"""Session 15 (lead, from s15b-era's report): an area's, a league's or a prefecture's 经委 (the economic commission of
the 行署 and league offices of the 1980s-2000s) is read like its 计委 (PLAN_COMMISSION), with its level written.
Xinjiang, Inner Mongolia and Sichuan styles of the 1990s-2000s, written for this test."""
from tests.test_organs_s5 import _run


def test_an_areas_economic_commission():
    names, _ = _run("一、工作任务\n（一）加强协调。地区经委、地区计委要加强协调。\n", "新疆维吾尔自治区哈密地区", "prefecture")
    assert names == {"哈密地区经济委员会": "地区经委", "哈密地区计划委员会": "地区计委"}


def test_a_leagues_and_a_prefectures_economic_commission():
    names, triples = _run("一、工作任务\n（一）加强协调。盟经委牵头，盟财政处配合。\n", "内蒙古自治区锡林郭勒盟", "prefecture")
    assert triples == {("一/(一)", "锡林郭勒盟经济委员会", "lead"), ("一/(一)", "锡林郭勒盟财政处", "co")}
    names, _ = _run("一、工作任务\n（一）加强协调。州经委牵头。\n", "四川省凉山彝族自治州", "prefecture")
    assert names == {"凉山彝族自治州经济委员会": "州经委"}


def test_an_area_word_closing_a_noun_is_no_marker():
    names, _ = _run("一、工作任务\n（一）加强协调。贫困地区经委要加强协调，各地区经委配合。\n", "甘肃省", "province")
    assert names == {}
