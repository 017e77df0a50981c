"""Development-zone boards written short (session 33, s33-zones, issue 12): the state-level economic-and-technological
development zones named after their city (organ_national_zones.tsv, 商务部's list) and zone names holding a place that
ends with 和. Snippets written for these tests in the style of other provinces than the notices that showed the miss."""
from tests.test_organs_s5 import _run


def _names(body: str, region: str, level: str) -> set[str]:
    out = _run("一、重点任务\n" + body + "\n", region, level)[0]
    return set(out)


def test_a_city_named_zone_written_short_is_the_state_level_zone():
    # a Henan city's plan: 郑州经开区 and 郑州开发区 are the 郑州经济技术开发区 (state level since 2000)
    names = _names("（一）优化营商环境。郑州经开区管委会、市商务局负责。\n（二）建设物流园区。郑州开发区管委会负责。",
                   "河南省郑州市", "prefecture")
    assert "郑州经济技术开发区管理委员会" in names
    assert "郑州经开区管理委员会" not in names and "郑州开发区管理委员会" not in names


def test_the_citys_own_zone_written_with_a_bare_level_marker():
    # a Hunan city's notice: 市经开区管委会 is the city's state-level zone; 市高新区 keeps the general expansion
    names = _names("（一）推进招商引资。市经开区管委会、市高新区管委会负责。", "湖南省长沙市", "prefecture")
    assert {"长沙经济技术开发区管理委员会", "长沙高新技术产业开发区管理委员会"} <= names


def test_a_county_notice_names_its_prefectures_zone_and_a_zone_without_a_row_keeps_its_place():
    # a county of Guangxi's capital: 市经开区 is 南宁's zone; 玉林 has no state-level zone named after it in the table,
    # so 玉林经开区 stays as written (guide D68)
    names = _names("（一）承接产业转移。市经开区管委会负责。", "广西壮族自治区南宁市横县", "county")
    assert "南宁经济技术开发区管理委员会" in names
    names = _names("（一）承接产业转移。玉林经开区管委会负责。", "广西壮族自治区玉林市", "prefecture")
    assert "玉林经开区管理委员会" in names


def test_a_zone_named_after_a_place_ending_with_he_is_not_cut_at_the_joiner():
    # an Anhui county's notice: 太和经济开发区 (太和县) is one name; 和 after 县政府 is still the joiner
    names = _names("（一）培育产业集群。县政府和太和经济开发区管委会负责。", "安徽省阜阳市太和县", "county")
    assert "太和经济开发区管理委员会" in names
    assert not any(n.startswith("经济开发区") for n in names)
    # after an ordinary word 和 stays the joiner (农民和 is no place)
    names = _names("（一）引导农民和园区企业合作。高新区管委会负责。", "安徽省阜阳市", "prefecture")
    assert "阜阳高新技术产业开发区管理委员会" in names


def test_zones_whose_approved_name_differs_from_the_short_form():
    # a Hubei provincial notice: 东湖高新区 is the 武汉东湖新技术开发区 (科技部's list); a Liaoning city's 大连高新区 is the
    # 大连高新技术产业园区
    assert "武汉东湖新技术开发区管理委员会" in _names("（一）建设光谷科创大走廊。东湖高新区管委会负责。", "湖北省", "province")
    assert "大连高新技术产业园区管理委员会" in _names("（一）发展软件产业。大连高新区管委会负责。", "辽宁省大连市", "prefecture")
