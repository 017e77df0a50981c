"""Organ names by construction class (session 13, second wave, s13b-organs): 各地区、各部门 as two collectives
(guide D23), brackets naming an alternative organ (guide D25: 办公厅（室）, a second authority), enterprises in
lists of duty holders, levels' governments over a list of sectors, two levels under one written head, statutes'
function-named authorities, short names of a place's time (民营经济局, 交通委). Snippets written for these tests
in the style of provinces, levels and eras other than the opened notices (Hunan, Fujian, Hebei, Guangxi,
Shanghai's suburbs, Beijing, 1990s provincial rules)."""
from tests.test_organs_s5 import _run


def _names(text: str, region: str, level: str) -> dict[str, str]:
    names, _ = _run("一、工作要求\n（一）" + text + "\n", region, level)
    return names


def test_regions_and_departments_marked_apart_are_two_collectives():
    # a State Council opinion's closing paragraph: 各地区、各部门 in prose gives 各部门 only (guide D64, session 25, which
    # narrows D23 to assignments); units are no organs
    names = _names("各地区、各部门要高度重视，各地区、各有关部门要加强协同，各地区、各部门、各单位要抓好落实。", "全国", "central")
    assert names == {"各部门": "各部门", "各有关部门": "各有关部门"}
    # 各地 before a mark and 各(有关)部门 in a duty that assigns (负责): two collectives (D23, D64)
    names = _names("各地、各有关部门负责抓好落实。", "福建省", "province")
    assert names == {"各地": "各地", "各有关部门": "各有关部门"}
    names = _names("各地区各部门要认真贯彻落实。", "全国", "central")
    assert names == {"各地区各部门": "各地区各部门"}
    # places of a kind, each with its own 各, before 各部门: two collectives as well (guide D23 read by analogy)
    names = _names("各县（市、区）、各部门要按照分工抓好落实。", "河北省保定市", "prefecture")
    assert names == {"各县（市、区）": "各县（市、区）", "各部门": "各部门"}


def test_general_offices_of_governments_bracketing_the_cities_office():
    # 办公厅（室）: a province's general office and a city's or county's office, two collectives with one quote
    names = _names("各省级人民政府办公厅（室）要加强督查，试点城市政府办公厅（室）负责汇总。", "全国", "central")
    assert names == {"各省级人民政府办公厅": "各省级人民政府办公厅（室）", "各省级人民政府办公室": "各省级人民政府办公厅（室）",
                     "试点城市政府办公厅": "试点城市政府办公厅（室）", "试点城市政府办公室": "试点城市政府办公厅（室）"}
    names = _names("国务院办公厅负责督促检查。", "全国", "central")
    assert names == {"国务院办公厅": "国务院办公厅"}


def test_bracket_naming_the_authority_acting_where_the_field_is_organised_otherwise():
    names = _names("各级科技行政部门（知识产权管理部门）要加强指导。", "全国", "central")
    assert names == {"各级科技行政部门": "各级科技行政部门（知识产权管理部门）",
                     "各级知识产权管理部门": "各级科技行政部门（知识产权管理部门）"}
    # a short name in the bracket is no second organ; units in a bracket are no organs (guide D42: the organ part)
    names = _names("省工业和信息化主管部门（以下简称省级主管部门）负责评审，各有关部门（单位）配合。", "广西壮族自治区", "province")
    assert "省级主管部门" not in "".join(names) and "各有关部门" in names
    assert not any(n.startswith("以下简称") for n in names)


def test_enterprises_in_a_list_of_duty_holders_are_no_departments():
    # a Hunan province's work plan: the railway group and the engineering bureaus of central enterprises
    names = _names("（责任单位：省交通运输厅、中铁广州局、中建五局、省发展改革委）", "湖南省", "province")
    assert names == {"湖南省交通运输厅": "省交通运输厅", "湖南省发展和改革委员会": "省发展改革委"}
    names = _names("中国国家铁路集团有限公司负责铁路建设。", "全国", "central")
    assert names == {}


def test_levels_governments_over_a_list_of_sectors():
    # a 1990s Hunan provincial rule: 市、县人民政府人事、劳动、财政部门 -> each level's department of each sector,
    # the government kept in every name (as 市人民政府水行政主管部门)
    names = _names("市、县人民政府人事、劳动、财政部门应当按照各自职责做好安置工作。", "湖南省", "province")
    assert set(names) == {"市人民政府人事部门", "县人民政府人事部门", "市人民政府劳动部门", "县人民政府劳动部门",
                          "市人民政府财政部门", "县人民政府财政部门"}
    # in a city's notice the city's level is its bureau
    names = _names("市、县人民政府教育、公安部门负责。", "湖南省株洲市", "prefecture")
    assert names == {"株洲市教育局": "市、县人民政府教育", "县人民政府教育部门": "市、县人民政府教育",
                     "株洲市公安局": "公安", "县人民政府公安部门": "公安"}


def test_two_levels_under_one_written_head_read_alike():
    # a Shanghai municipal rule: 区、县劳动保障行政部门 -> both levels' departments with the head as written
    names = _names("区、县劳动保障行政部门负责日常监督检查。", "上海市", "province")
    assert names == {"区劳动保障行政部门": "区、县劳动保障行政部门", "县劳动保障行政部门": "区、县劳动保障行政部门"}
    names = _names("市、县两级财政部门负责资金保障。", "福建省龙岩市", "prefecture")
    assert set(names) == {"龙岩市财政局", "县财政部门"}


def test_function_named_authorities_of_rivers_and_of_supervision():
    # a Guangxi county's river rule and a central health insurance notice
    names = _names("由水利行政主管部门或河道专门管理机关会同城乡规划建设行政主管部门划定。", "广西壮族自治区桂林市龙胜各族自治县", "county")
    assert names == {"水利行政主管部门": "水利行政主管部门", "河道专门管理机关": "河道专门管理机关",
                     "城乡规划建设行政主管部门": "城乡规划建设行政主管部门"}
    names = _names("加强行政监管、经办服务的协同。行政监管部门要牵头抓总，经办机构要做好服务。", "全国", "central")
    assert names == {"行政监管部门": "行政监管部门"}


def test_short_names_of_the_places_time():
    names = _names("（责任单位：市民营经济局、市财政局）", "山东省青岛市", "prefecture")
    assert names == {"青岛市民营经济发展局": "市民营经济局", "青岛市财政局": "市财政局"}
    names = _names("（责任单位：市民营经济发展局）", "浙江省台州市", "prefecture")
    assert names == {"台州市民营经济发展局": "市民营经济发展局"}
    # 交通委: 交通委员会 in Beijing and Shanghai's suburban districts; 交通运输委员会 elsewhere
    assert _names("区交通委负责。", "上海市青浦区", "county") == {"上海市青浦区交通委员会": "区交通委"}
    assert _names("市交通委负责。", "北京市", "province") == {"北京市交通委员会": "市交通委"}
    assert _names("市交通委负责。", "天津市", "province") == {"天津市交通运输委员会": "市交通委"}


def test_a_government_organs_party_group_is_an_organ():
    # a Hubei department's signature and a Fujian city's person title
    names = _names("中共湖北省卫生健康委员会党组负责组织实施。", "湖北省", "province")
    assert names == {"中共湖北省卫生健康委员会党组": "湖北省卫生健康委员会"}
    names = _names("市教育局党组书记、局长任组长。", "福建省泉州市", "prefecture")
    assert names == {"中共泉州市教育局党组": "市教育局"}
    # 党组织 is the party's organisations, not the group
    names = _names("市教育局党组织要发挥作用。", "福建省泉州市", "prefecture")
    assert names == {"泉州市教育局": "市教育局"}


def test_a_working_body_named_from_a_region_opening_with_a_numeral():
    names = _names("三江源国家公园建设工作指挥部负责统筹，六盘水市防汛抗旱指挥部配合。", "全国", "central")
    assert "三江源国家公园建设工作指挥部" in names
    # an enumeration (三是) is no name
    assert _names("三是成立工作专班。", "全国", "central") == {}


def test_function_named_organs_listed_under_one_determiner():
    names = _names("有关行政、司法机关应当依法予以协助，各级审判、检察机关依法办理。", "全国", "central")
    assert names == {"有关行政机关": "有关行政、司法机关", "有关司法机关": "有关行政、司法机关",
                     "各级审判机关": "各级审判、检察机关", "各级检察机关": "各级审判、检察机关"}


def test_provinces_committees_and_governments_shared():
    names = _names("各省（自治区、直辖市）党委和政府要把这项工作摆上重要议程。", "全国", "central")
    assert names == {"各省（自治区、直辖市）党委": "各省（自治区、直辖市）党委和政府",
                     "各省（自治区、直辖市）政府": "各省（自治区、直辖市）党委和政府"}
