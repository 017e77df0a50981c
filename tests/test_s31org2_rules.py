"""Organ names of session 31's second wave (s31-org2): classes A30 showed, tested on snippets written for these tests in
the style of other places, levels and eras than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_relative_level_runs_along_a_list():
    # a 2012 Zhejiang provincial rule on radiation accidents: 同级/上一级/下一级 and 负责核实的 written once before a list
    body = ("第八条　县级环境保护部门接到报告后，应当书面通知同级公安机关、卫生部门、工会和有关部门，"
            "并报告上一级环境保护部门、核与辐射安全监督站。\n"
            "第九条　经初步核实后，负责核实的环境保护部门、公安机关应当报告本级人民政府和国务院。\n")
    names = snippet_departments("浙江省辐射事故报告办法", "浙江省人民政府", "2012年3月1日", body)
    assert {"同级公安机关", "同级卫生部门", "同级工会", "同级有关部门", "上一级环境保护部门",
            "负责核实的环境保护部门", "负责核实的公安机关", "国务院"} <= set(names)
    assert names["同级卫生部门"] == "卫生部门" and names["负责核实的公安机关"] == "公安机关"
    assert "浙江省总工会" not in names and "上级国务院" not in names


def test_accident_place_and_other_authorities_bearing_a_duty():
    # a 2015 Guizhou county's 细则: 事故发生地 kept as a place determiner; 其他负有…职责的部门 kept with 其他
    body = ("第六条　事故发生后，单位负责人应当立即报告事故发生地乡镇人民政府和事故发生地县级应急管理部门。\n"
            "第七条　应急管理部门与其他负有安全生产监督管理职责的部门应当建立通报制度。\n")
    names = snippet_departments("湄潭县生产安全事故报告实施细则", "湄潭县人民政府", "2015年6月1日", body)
    assert names.get("事故发生地县级应急管理部门") == "事故发生地县级应急管理部门"
    assert names.get("其他负有安全生产监督管理职责的部门") == "其他负有安全生产监督管理职责的部门"


def test_level_word_before_a_bare_bureau_and_the_state_councils_duty_office():
    # a 2003 central notice: 省级卫生厅 written with its level, the 国务院总值班室 (the general office's duty office)
    body = "三、各省级卫生厅接到报告后2小时内报卫生部，省级公安厅同时报告国务院总值班室。\n"
    names = snippet_departments("卫生部关于突发公共卫生事件报告的通知", "卫生部", "2003年5月1日", body)
    assert names.get("省级公安厅") == "省级公安厅"
    assert names.get("国务院总值班室") == "国务院总值班室"
    assert "国务院" not in names and "公安厅" not in names


def test_town_office_hanging_bureaus_signs_and_a_town_bureau_of_two_fields():
    # a 2019 Dongguan town: 镇社会事务局（镇民政局、镇人力资源局） is not an office; an office hanging signs is one organ
    body = ("一、成员单位：镇综合办、镇社会事务办（镇民政局、镇人力资源和社会保障局）、镇市场监督管理所、"
            "镇城市管理和综合执法局。\n")
    names = snippet_departments("长安镇创文工作方案", "东莞市长安镇人民政府", "2019年3月1日", body)
    assert names.get("东莞市长安镇社会事务办") == "镇社会事务办"
    assert names.get("东莞市长安镇市场监督管理所") == "镇市场监督管理所"
    assert names.get("东莞市长安镇城市管理和综合执法局") == "镇城市管理和综合执法局"
    assert not any(n.endswith(("民政局", "人力资源和社会保障局")) for n in names)


def test_every_level_word_before_a_bare_bureau():
    # a 1996 central notice on pesticide control (levels below the province written 地级 and 州级): one list of level
    # words (organs.LEVEL_WORD) serves the level before a bureau as it serves the level before a sector head
    body = "二、地级农业局每季度向省农业厅报送检查情况，州级农业局同时抄送。\n"
    names = snippet_departments("农业部关于加强农药管理的通知", "农业部", "1996年4月1日", body)
    assert names.get("地级农业局") == "地级农业局"
    assert names.get("州级农业局") == "州级农业局"
    assert "农业局" not in names
