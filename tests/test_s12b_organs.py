"""Organ names by their grammar (session 12b): a level word right after a date, a league's or an area's
sector offices named 处. Snippets written for these tests in the style of provinces, levels and eras
other than the opened notices (Guizhou, Hebei, Gansu prefectures; Inner Mongolia leagues and 1990s
Heilongjiang area administrations)."""
from tests.test_organs_s5 import _run


def test_a_level_word_right_after_a_date_is_a_level():
    # a Guizhou autonomous prefecture's notice: 8日州政府 (州 after the date's 日 opens the prefecture's government)
    names, _ = _run("一、工作安排\n（一）2019年3月8日州政府召开专题会议，州发展改革委负责落实。每年旗财政安排专项资金。\n",
                    "贵州省黔东南苗族侗族自治州", "prefecture")
    assert names == {"黔东南苗族侗族自治州人民政府": "州政府", "黔东南苗族侗族自治州发展和改革委员会": "州发展改革委"}


def test_a_place_word_ending_in_the_marker_stays_a_word():
    # 温州, 联盟 still end a word after a Han character that closes no date
    names, _ = _run("一、工作安排\n（一）学习温州财政部门经验，加强联盟财政处理。\n", "甘肃省甘南藏族自治州", "prefecture")
    assert not any(n.startswith("甘南") for n in names)


def test_a_leagues_sector_offices_named_chu():
    # an Inner Mongolia league's notice of the 1990s: the league's offices are 处 (盟公安处, 盟财政处)
    names, _ = _run("一、工作任务\n（一）盟行政公署统一领导，盟公安处、盟民政处负责组织实施，盟财政处配合。\n",
                    "内蒙古自治区兴安盟", "prefecture")
    assert names == {"兴安盟行政公署": "盟行政公署", "兴安盟公安处": "盟公安处", "兴安盟民政处": "盟民政处",
                     "兴安盟财政处": "盟财政处"}


def test_an_area_administrations_sector_office():
    # a 1990s Heilongjiang area's notice: 行署计划处 is the area's office, named with the area
    names, _ = _run("一、工作任务\n（一）行署计划处负责项目审核，地区公安处负责治安保障。\n", "黑龙江省大兴安岭地区", "prefecture")
    assert names == {"大兴安岭地区计划处": "行署计划处", "大兴安岭地区公安处": "地区公安处"}


def test_two_levels_governments_upper_named_lowest_as_written():
    # a Hunan county's 2000s plan: 县、乡（镇）两级人民政府 → the county's government and the townships'
    # governments as written without the count (guide: 市、区两级财政部门 → 区财政部门)
    names, _ = _run("一、组织领导\n（一）县、乡（镇）两级人民政府要加强组织领导。\n", "湖南省邵阳市隆回县", "county")
    assert names == {"隆回县人民政府": "县", "乡（镇）人民政府": "乡（镇）两级人民政府"}


def test_two_levels_governments_variants():
    # a Jiangxi county (县、镇两级), a Guizhou county (县、乡两级政府), a Yunnan prefecture (州、县两级)
    names, _ = _run("一、组织领导\n（一）县、镇两级人民政府负责组织实施。\n", "江西省赣州市信丰县", "county")
    assert names == {"信丰县人民政府": "县", "镇人民政府": "镇两级人民政府"}
    names, _ = _run("一、组织领导\n（一）县、乡两级政府要落实属地责任。\n", "贵州省遵义市湄潭县", "county")
    assert names == {"湄潭县人民政府": "县", "乡政府": "乡两级政府"}
    names, _ = _run("一、组织领导\n（一）州、县两级人民政府负责。州县两级财政部门保障经费。\n", "云南省红河哈尼族彝族自治州", "prefecture")
    assert names == {"红河哈尼族彝族自治州人民政府": "州", "县人民政府": "县两级人民政府", "州县两级财政部门": "州县两级财政部门"}


def test_a_place_word_before_two_levels_is_no_level():
    names, _ = _run("一、组织领导\n（一）城市、县两级政府负责。广州、县两级人民政府负责。\n", "云南省红河哈尼族彝族自治州", "prefecture")
    assert names == {}


def test_each_county_and_township_kind_shares_each_and_the_head():
    # a Shanxi prefecture's notice: 各县（市）、乡（镇）人民政府 → both kinds, each with 各 (like 各乡镇党委、政府)
    names, _ = _run("一、组织领导\n（一）各县（市）、乡（镇）人民政府要加强领导。\n", "山西省晋中市", "prefecture")
    assert names == {"各县（市）人民政府": "各县（市）、乡（镇）人民政府", "各乡（镇）人民政府": "各县（市）、乡（镇）人民政府"}
    names, _ = _run("一、组织领导\n（一）各旗县、苏木乡镇人民政府要加强领导。\n", "内蒙古自治区通辽市", "prefecture")
    assert names == {"各旗县人民政府": "各旗县、苏木乡镇人民政府", "各苏木乡镇人民政府": "各旗县、苏木乡镇人民政府"}


def test_a_place_level_with_its_other_name_in_brackets_shares_a_head():
    # a 1990s Heilongjiang and a Xinjiang provincial rule: 市（地）、县（市）民政部门 (guide D25: the bracket gives
    # another name of the level; the shared head is split over the levels)
    names, _ = _run("一、职责\n（一）市（地）、县（市）民政部门负责本行政区域内的救助工作。\n", "黑龙江省", "province")
    assert names == {"市（地）民政部门": "市（地）、县（市）民政部门", "县（市）民政部门": "市（地）、县（市）民政部门"}
    names, _ = _run("一、职责\n（一）市（地、州）、县（市）财政部门负责。\n", "新疆维吾尔自治区", "province")
    assert names == {"市（地、州）财政部门": "市（地、州）、县（市）财政部门", "县（市）财政部门": "市（地、州）、县（市）财政部门"}


def test_water_authorities_named_by_what_they_manage():
    # a Shaanxi county's river rules (河道管理条例 wording): 流域管理机构, 河道管理机构 are collectives as written
    names, resp = _run("一、职责\n（一）县水行政主管部门或者流域管理机构按照权限审批。\n（二）河道管理机构负责日常巡查。\n",
                       "陕西省汉中市洋县", "county")
    assert names == {"洋县水行政主管部门": "县水行政主管部门", "流域管理机构": "流域管理机构", "河道管理机构": "河道管理机构"}
    assert ("一/(二)", "河道管理机构", "responsible") in resp
    names, _ = _run("一、职责\n（一）河道管理机构负责人应当到岗。\n", "陕西省汉中市洋县", "county")
    assert names == {}


def test_an_autonomous_county_stated_once_carries_to_bare_county_subjects():
    # a Guangxi autonomous county's notice: 自治县人民政府 first, then bare 县X局 / 县民政、财政等部门
    names, _ = _run("一、职责\n（一）自治县人民政府统一领导。县民政局负责具体实施，县水利、林业等部门配合。\n",
                    "广西壮族自治区桂林市龙胜各族自治县", "county")
    assert names == {"龙胜各族自治县人民政府": "自治县人民政府", "龙胜各族自治县民政局": "县民政局",
                     "龙胜各族自治县水利局": "县水利", "龙胜各族自治县林业局": "林业"}


def test_the_party_committee_of_an_autonomous_prefecture_or_league_by_full_name():
    # a Guizhou prefecture's and an Inner Mongolia league's notices: 中共<place>委 with the place's full name
    # (自治州委, 盟委, 旗委 after the name's last character); 红旗委员会 and 联盟委托 stay words
    names, _ = _run("一、工作任务\n（一）方案已经中共黔南布依族苗族自治州委同意。\n", "贵州省黔南布依族苗族自治州", "prefecture")
    assert names == {"中共黔南布依族苗族自治州委员会": "中共黔南布依族苗族自治州委"}
    names, _ = _run("一、工作任务\n（一）中共锡林郭勒盟委同意，中共阿巴嘎旗委负责。红旗委员会和联盟委托的事项除外。\n",
                    "内蒙古自治区锡林郭勒盟", "prefecture")
    assert names == {"中共锡林郭勒盟委员会": "中共锡林郭勒盟委", "中共阿巴嘎旗委员会": "中共阿巴嘎旗委"}
