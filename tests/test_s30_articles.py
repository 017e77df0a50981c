"""Articles of 办法/细则/规定, session 30 (s30-articles): classes read from A26 and A27's article notices (opened in
session 30) and the open article-form golds.

* a level word before 人民政府 (`县级以上人民政府X主管部门` beside `县级以上X主管部门`): two collectives as written (guide D1,
  D35), not one place's organ under two names (D14);
* a province's authority named by its function (`省水行政主管部门`, `省价格主管部门`): the department that held the
  function at the issue date where pipeline/data sources it (guide D101, D82), else kept with the place; a bare sector
  word of a province's list in a notice of 2008 or earlier names the 环境保护局 of its time;
* places named by their role before a department (`项目县农业部门`, `重点县林业主管部门`): collectives as written (D93);
* the central formula `各省、自治区、直辖市` shared over a list of sectors (D25);
* a level word read as the level's department carrying over 和 to the next sector (`省级财政部门和发展改革部门`, D35);
* 新疆生产建设兵团 listed with named organs (`…、黑龙江省农垦总局`) is an organ (D69, D104); beside places it is a place.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
classes (a Guangxi 2012 条例, a Jiangsu 2010, a Sichuan 2010, a Hainan 2015, a Zhejiang 2020 and a Hubei 2007 provincial
办法, central 2012–2016 办法); not copied from any corpus.
"""
from test_s29_articles import _run


def test_level_range_collectives_keep_their_government_variants_apart():
    # a Guangxi provincial 条例 (2012) on forests: the statute writes the level's authority with and without 人民政府
    names, triples = _run("第一章 总则\n第一条 为了保护林地，制定本条例。\n"
                          "第二条 县级以上人民政府林业主管部门负责本行政区域内的林地保护管理工作。\n"
                          "第三条 林地使用费由县级以上林业主管部门收取。\n", "广西壮族自治区", "province", "2012-03-30")
    assert names == {"县级以上人民政府林业主管部门": "县级以上人民政府林业主管部门",
                     "县级以上林业主管部门": "县级以上林业主管部门"}
    assert triples == {("第一章/第二条", "县级以上人民政府林业主管部门", "responsible")}


FUNCTION_ARTICLES = ("第一条 为了加强水资源管理，制定本办法。\n"
                     "第二条 省水行政主管部门会同省发展改革、环境保护等部门编制全省节约用水规划。\n"
                     "第三条 水资源费征收标准由省价格主管部门会同省财政部门、省水行政主管部门制定。\n")


def test_a_province_authority_named_by_its_function_is_the_department_of_its_time():
    # a Jiangsu provincial 办法 (2010): the water authority is the 水利厅; the price authority the 物价局 of its time
    names, triples = _run(FUNCTION_ARTICLES, "江苏省", "province", "2010-06-01")
    assert names == {"江苏省水利厅": "省水行政主管部门", "江苏省发展和改革委员会": "省发展改革",
                     "江苏省环境保护厅": "环境保护", "江苏省物价局": "省价格主管部门", "江苏省财政厅": "省财政部门"}
    assert triples == {("第二条", "江苏省水利厅", "lead"), ("第二条", "江苏省发展和改革委员会", "co"),
                       ("第二条", "江苏省环境保护厅", "co"), ("第三条", "江苏省物价局", "lead"),
                       ("第三条", "江苏省财政厅", "co"), ("第三条", "江苏省水利厅", "co")}


def test_a_province_without_a_sourced_price_bureau_keeps_the_authority_with_its_place():
    # a Sichuan provincial 办法 (2010): no row sources its price bureau of that year (guide D101: kept with the place)
    names, _ = _run(FUNCTION_ARTICLES, "四川省", "province", "2010-06-01")
    assert names["四川省价格主管部门"] == "省价格主管部门"
    assert names["四川省水利厅"] == "省水行政主管部门"


def test_the_function_holders_after_the_reforms_and_in_hainan():
    # a Zhejiang provincial 办法 (2020): the price function in the 发展和改革委员会 since the 2018 reform
    names, _ = _run(FUNCTION_ARTICLES, "浙江省", "province", "2020-09-01")
    assert names["浙江省发展和改革委员会"] in ("省发展改革", "省价格主管部门")
    assert "浙江省物价局" not in names and "浙江省价格主管部门" not in names
    # a Hainan provincial 办法 (2015): the water authority is the 水务厅
    names, _ = _run(FUNCTION_ARTICLES, "海南省", "province", "2015-06-01")
    assert names["海南省水务厅"] == "省水行政主管部门"


def test_a_bare_environment_sector_of_a_province_before_2009_is_its_bureau():
    # a Hubei provincial 办法 (2007): the provincial environmental bureau before the 2009 reform made it a 厅
    names, _ = _run("第一条 为了防治水污染，制定本办法。\n第二条 省建设行政主管部门会同省环境保护、卫生等部门制定规划。\n",
                    "湖北省", "province", "2007-05-01")
    assert names["湖北省环境保护局"] == "省环境保护"
    names, _ = _run("第一条 为了防治水污染，制定本办法。\n第二条 省建设行政主管部门会同省环境保护、卫生等部门制定规划。\n",
                    "湖北省", "province", "2012-05-01")
    assert names["湖北省环境保护厅"] == "省环境保护"


def test_places_named_by_their_role_before_a_department_are_kept_as_written():
    # a central forestry 办法 (2015): the project and priority counties' departments
    names, triples = _run("第一条 为了规范补助资金管理，制定本办法。\n"
                          "第二条 项目县林业部门负责编制实施方案。\n"
                          "第三条 重点县财政部门负责资金拨付。\n", "全国", "central", "2015-04-20")
    assert names == {"项目县林业部门": "项目县林业部门", "重点县财政部门": "重点县财政部门"}
    assert triples == {("第二条", "项目县林业部门", "responsible"), ("第三条", "重点县财政部门", "responsible")}


def test_the_provinces_formula_shared_over_a_list_of_sectors():
    # a central 办法 (2016) closing article: each sector's departments of the provinces, regions and municipalities
    names, _ = _run("第一条 为了加强专项资金管理，制定本办法。\n"
                    "第二十条 各省、自治区、直辖市教育、财政、人力资源社会保障部门可根据本办法制定实施细则。\n",
                    "全国", "central", "2016-08-10")
    assert names == {"各省、自治区、直辖市教育部门": "各省、自治区、直辖市教育", "各省、自治区、直辖市财政部门": "财政",
                     "各省、自治区、直辖市人力资源社会保障部门": "人力资源社会保障"}


def test_a_level_word_carries_over_he_to_the_next_sector():
    text = ("第一条 为了规范资金管理，制定本办法。\n"
            "第二条 省级人力资源社会保障部门和财政部门在收到资金后30日内，会同省级教育部门将资金下达。\n")
    # a central 办法 (2014): the provincial departments as written
    names, triples = _run(text, "全国", "central", "2014-02-01")
    assert names == {"省级人力资源社会保障部门": "省级人力资源社会保障部门", "省级财政部门": "财政部门",
                     "省级教育部门": "省级教育部门"}
    assert triples == {("第二条", "省级人力资源社会保障部门", "lead"), ("第二条", "省级财政部门", "lead"),
                       ("第二条", "省级教育部门", "co")}
    # the same article in a Hubei provincial 办法 (2013): the province's own departments
    names, _ = _run(text, "湖北省", "province", "2013-02-01")
    assert names == {"湖北省人力资源和社会保障厅": "省级人力资源社会保障部门", "湖北省财政厅": "财政部门",
                     "湖北省教育厅": "省级教育部门"}


def test_the_corps_listed_with_named_organs_is_an_organ():
    # a central 办法 (2012): the corps beside the provinces' land-reclamation bureaus; beside places it is a place
    names, _ = _run("第一条 为了加强补贴资金管理，制定本办法。\n"
                    "第二十条 新疆生产建设兵团、黑龙江省农垦总局参照本办法执行。\n", "全国", "central", "2012-07-01")
    assert names == {"新疆生产建设兵团": "新疆生产建设兵团", "黑龙江省农垦总局": "黑龙江省农垦总局"}
    names, _ = _run("第一条 为了加强补贴资金管理，制定本办法。\n"
                    "第二条 本办法适用于西部省份及新疆生产建设兵团。\n", "全国", "central", "2012-07-01")
    assert names == {}


def test_villagers_committees_listed_after_village_party_organisations_do_not_void_them():
    # a Fujian county 细则 (2018): the village party organisations' own 负责 sentence after the towns'
    _, triples = _run("第一条 为加强农村污水治理，制定本细则。\n"
                      "第二条 各乡镇人民政府负责组织实施。各村（社区）党组织、村（居）民委员会负责组织村民参与管护。\n",
                      "福建省南平市顺昌县", "county", "2018-06-01")
    assert triples == {("第二条", "各乡镇人民政府", "responsible"), ("第二条", "各村（社区）党组织", "responsible")}


def test_an_organ_inside_its_own_adopting_meeting_is_no_mention():
    # a Guangdong provincial department's 办法 (2015) printed with its adoption line (guide D66)
    names, _ = _run("《广东省农村公路养护资金管理办法》已经2015年3月2日省交通运输厅第5次厅务会议审议通过，现予公布。\n"
                    "第一条 为加强养护资金管理，制定本办法。\n第二条 县级人民政府交通运输主管部门负责本行政区域内的养护管理。\n",
                    "广东省", "province", "2015-03-10")
    assert names == {"县级人民政府交通运输主管部门": "县级人民政府交通运输主管部门"}


def test_inner_mongolias_level_of_banners_and_counties_with_its_bracket():
    # a Tongliao city 办法 (2016): the banners', counties' and county-level cities' governments as one level, no 各
    names, triples = _run("第一条 为加强草原保护，制定本办法。\n第二条 禁牧区包括：\n"
                          "（一）旗县市（区）人民政府依法确定的生态脆弱区；\n（二）其他需要禁牧的草原。\n"
                          "第三条 旗县（市、区）人民政府负责组织实施。\n", "内蒙古自治区通辽市", "prefecture", "2016-04-01")
    assert names == {"旗县市（区）人民政府": "旗县市（区）人民政府", "旗县（市、区）人民政府": "旗县（市、区）人民政府"}
    assert triples == {("第三条", "旗县（市、区）人民政府", "responsible")}
