"""Class tests of session 16 (s16-organs2), each on a snippet written in the style of another province, level or era
than the notices the rule came from (spec 1.1 section 5; guide D25, D28; docs/decisions/organs2-s16.md)."""
from __future__ import annotations

from tests.test_organs_s5 import _run


def names(text: str, region: str, level: str) -> set[str]:
    return set(_run("一、工作要求\n（一）" + text + "\n", region, level)[0])


def test_zone_name_opening_with_a_stop_character_of_a_district_of_the_city():
    # 相城 (相 of 相关 stopped the walk): a district of the document's city, the zone's name starts one earlier
    assert names("相城经济技术开发区管委会要加快项目落地，市发展改革委加强协调。", "江苏省苏州市", "prefecture") == \
        {"苏州相城经济技术开发区管理委员会", "苏州市发展和改革委员会"}
    # not a district of the document's city: the walk's stop stands (会同县 is Hunan's)
    assert names("市商务局会同高新区管委会做好招商工作。", "江苏省苏州市", "prefecture") == \
        {"苏州市商务局", "苏州高新技术产业开发区管理委员会"}
    # 相关 stays a stop
    assert names("各相关开发区管委会要落实主体责任。", "江苏省苏州市", "prefecture") == {"各相关开发区管理委员会"}


def test_request_stops_a_zone_name():
    assert names("请白云湖产业园区管委会做好用地保障。", "广东省广州市", "prefecture") == \
        {"广州市白云湖产业园区管理委员会"}  # ((s38-organs) guide S36 CU1 Q1: the city in full before a short board)


def test_departments_of_a_government_named_with_its_place():
    # a Heilongjiang county, a Gansu district (its city written out), a Guangxi city
    assert names("望奎县人民政府各部门要高度重视。", "黑龙江省绥化市望奎县", "county") == {"望奎县人民政府各部门"}
    assert names("武都区人民政府各有关部门要抓好落实。", "甘肃省陇南市武都区", "county") == {"陇南市武都区人民政府各有关部门"}
    assert names("柳州市人民政府各部门要按照本通知精神抓好落实。", "广西壮族自治区柳州市", "prefecture") == \
        {"柳州市人民政府各部门"}


def test_authority_named_by_function_under_a_named_government():
    # guide D28 by analogy: a collective as written, not the government and a bare sector
    assert names("第三条 西藏自治区人民政府卫生行政主管部门负责全区医疗机构的监督管理。", "西藏自治区", "province") == \
        {"西藏自治区人民政府卫生行政主管部门"}


def test_level_governments_competent_authority():
    assert names("第四条 县级以上地方人民政府主管部门按照各自职责做好相关工作。", "海南省", "province") == \
        {"县级以上地方人民政府主管部门"}
    # 的 after it: left as before (the governments)
    assert names("各级人民政府主管部门的职责是监督。", "吉林省", "province") == {"各级人民政府"}


def test_places_of_two_kinds_sharing_one_each_and_their_departments():
    assert names("各市（州）、县（市、区）有关部门要认真抓好落实。", "四川省", "province") == \
        {"各市（州）、县（市、区）有关部门"}
    assert names("各市、县有关部门和单位要加强配合。", "海南省", "province") == {"各市、县有关部门"}


def test_prefectures_and_cities_pairing_with_their_bodies():
    # a 1990s provincial address: 各地区行署 and 各市人民政府
    assert names("各地、市行署、人民政府和省直有关部门要把此项工作列入议事日程。", "河北省", "province") == \
        {"各地行署", "各市人民政府", "河北省直有关部门"}


def test_stress_fix_half():
    from tests.s16organs2_stress import CASES, LEFT
    from tests.s16organs_stress import half, run
    assert [f for f in run(half("fix", CASES)) if f[0] not in LEFT] == []
