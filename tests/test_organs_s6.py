"""Organs of counties, townships and prefecture-level 地区/盟 (issue 12, session 6): street offices
and towns of a kind, 苏木 (Inner Mongolia's townships), 镇直/乡直 units, the 地区 as a level
marker (地区教育局, 地委宣传部) and the 行政公署 (行署) with its office. Snippets written for
these tests in the style of several provinces and eras."""
from tests.test_organs_s5 import _run


def test_every_street_office_is_one_collective_as_written():
    # a Hunan district plan: 各街道办事处 (not 各街道 + a stray 办事处), and a place assignee that co-operates
    names, triples = _run("一、任务\n（一）各街道办事处负责组织实施，各社区居委会配合。\n", "湖南省长沙市岳麓区", "county")
    # (s16) a residents' committee is no organ (b4 adjudication; assign2-s16.md): read, given nothing
    assert names == {"各街道办事处": "各街道办事处"}
    assert triples == {("一/(一)", "各街道办事处", "responsible")}
    names, triples = _run("一、任务\n（一）区民政局会同各街道办事处、各乡镇人民政府开展排查。\n", "湖南省长沙市岳麓区", "county")
    assert set(names) == {"长沙市岳麓区民政局", "各街道办事处", "各乡镇人民政府"}
    assert triples == {("一/(一)", "长沙市岳麓区民政局", "lead"), ("一/(一)", "各街道办事处", "co"),
                       ("一/(一)", "各乡镇人民政府", "co")}


def test_sumu_townships_and_units_directly_under_a_town():
    # an Inner Mongolia banner plan: 各苏木乡镇人民政府; 乡直有关部门 a collective (镇直各单位: a town's units of every
    # kind, no departments by guide D30 since session 15)
    names, triples = _run("一、工作措施\n（一）旗农牧局负责草原保护；各苏木乡镇人民政府负责组织实施。\n"
                          "（二）镇直各单位、乡直有关部门加强宣传。城镇直接补贴按规定发放。\n",
                          "内蒙古自治区锡林郭勒盟正蓝旗", "county")
    assert names == {"正蓝旗农牧局": "旗农牧局", "各苏木乡镇人民政府": "各苏木乡镇人民政府",
                     "乡直有关部门": "乡直有关部门"}
    assert triples == {("一/(一)", "正蓝旗农牧局", "responsible"), ("一/(一)", "各苏木乡镇人民政府", "responsible")}


def test_an_areas_bureaus_committee_departments_and_administration():
    # a Xinjiang 地区 notice (2000s style): 地区 is the level marker of its bureaus, 地委 its committee
    names, triples = _run("一、工作任务\n（一）地区行署、地委宣传部、地区教育局、地区卫生局要高度重视，由地区民政局负责。"
                          "贫困地区教育局要加强。\n（二）行署办公室牵头做好督查。\n",
                          "新疆维吾尔自治区阿克苏地区", "prefecture")
    assert names == {"阿克苏地区行政公署": "地区行署", "中共阿克苏地委宣传部": "地委宣传部",
                     "阿克苏地区教育局": "地区教育局", "阿克苏地区卫生局": "地区卫生局", "阿克苏地区民政局": "地区民政局",
                     "阿克苏地区行政公署办公室": "行署办公室"}
    assert triples == {("一/(一)", "阿克苏地区民政局", "responsible"), ("一/(二)", "阿克苏地区行政公署办公室", "lead")}


def test_an_areas_bureau_in_one_of_its_counties_and_a_leagues_administration():
    # a county of a 地区 (Heilongjiang/Xinjiang style) and an Inner Mongolia 盟 notice
    names, triples = _run("一、工作任务\n（一）地区教育局负责，县教育局配合。\n", "新疆维吾尔自治区阿克苏地区沙雅县", "county")
    assert set(names) == {"阿克苏地区教育局", "沙雅县教育局"}
    assert triples == {("一/(一)", "阿克苏地区教育局", "responsible"), ("一/(一)", "沙雅县教育局", "co")}
    names, _ = _run("一、工作任务\n（一）盟行署、盟委组织部负责。\n", "内蒙古自治区锡林郭勒盟", "prefecture")
    assert set(names) == {"锡林郭勒盟行政公署", "中共锡林郭勒盟委组织部"}


def test_area_words_that_are_no_marker():
    # a provincial notice: 贫困地区, 该地区, 各地区 are places; 委托行署办理 names no 行署 of a 地区
    names, _ = _run("一、工作任务\n（一）贫困地区教育局、该地区卫生局要加强协作。各地区要抓好落实，委托行署办理。\n",
                    "四川省", "province")
    assert not any("地区" in n or "行政公署" in n for n in names)


def test_a_governments_own_departments_after_its_name():
    # a Shaanxi prefecture's 办法 (articles): X及其部门 / X及其工作部门 (guide D21); X及其有关部门 gives
    # X有关部门 (guide D21 for `及其有关部门`, S33), not a bare 有关部门
    names, triples = _run("第一章 总则\n第一条 为规范管理，制定本办法。\n"
                          "第二条 各级人民政府及其部门、上级主管部门按规定执行。市人民政府及其工作部门应当依法行政。"
                          "县级以上地方人民政府及其有关部门负责本行政区域内的监督管理。\n", "陕西省西安市", "prefecture")
    assert names == {"各级人民政府": "各级人民政府", "各级人民政府部门": "部门", "上级主管部门": "上级主管部门",
                     "西安市人民政府": "市人民政府", "西安市人民政府工作部门": "工作部门",
                     "县级以上地方人民政府": "县级以上地方人民政府", "县级以上地方人民政府有关部门": "有关部门"}
    assert triples == {("第一章/第二条", "县级以上地方人民政府", "responsible"),
                       ("第一章/第二条", "县级以上地方人民政府有关部门", "responsible")}


def test_a_committee_and_government_of_places_of_a_kind_share_their_qualifier():
    # a Hubei prefecture notice: 各乡镇党委、政府 / 各县（市、区）党委和人民政府 / 地方各级党委和政府
    names, triples = _run("一、工作要求\n（一）各乡镇党委、政府要切实履行主体责任，地方各级党委和政府加强领导，"
                          "各县（市、区）党委和人民政府负责组织实施。\n", "湖北省恩施土家族苗族自治州", "prefecture")
    assert set(names) == {"各乡镇党委", "各乡镇政府", "地方各级党委", "地方各级政府", "各县（市、区）党委",
                          "各县（市、区）人民政府"}
    assert triples == {("一/(一)", "各县（市、区）党委", "responsible"), ("一/(一)", "各县（市、区）人民政府", "responsible")}


def test_places_of_a_kind_are_shared_along_a_list_of_bare_bureaus():
    # a Jiangsu prefecture notice: 各县（市、区）发展改革局、财政局 (spec 1.1 section 5, a dropped prefix is inherited)
    names, _ = _run("一、任务\n（一）各县（市、区）发展改革局、财政局、人社局要密切配合。"
                    "各县（市、区）教育局、卫生健康局、市民政局负责落实。\n", "江苏省盐城市", "prefecture")
    assert names == {"各县（市、区）发展改革局": "各县（市、区）发展改革局", "各县（市、区）财政局": "财政局",
                     "各县（市、区）人社局": "人社局", "各县（市、区）教育局": "各县（市、区）教育局",
                     "各县（市、区）卫生健康局": "卫生健康局", "盐城市民政局": "市民政局"}


def test_street_party_committees_and_offices_share_their_qualifier():
    # a Hubei district notice: 各街道党工委、办事处
    names, _ = _run("一、任务\n（一）各街道党工委、办事处要履行属地责任。\n", "湖北省宜昌市西陵区", "county")
    assert set(names) == {"各街道党工委", "各街道办事处"}


def test_a_towns_congress_presidium():
    names, triples = _run("一、任务\n（一）镇党委、镇政府负责统筹，镇人大主席团配合。\n", "福建省南平市建阳区麻沙镇", "township")
    c = "南平市建阳区麻沙镇"  # (s9: a town's organs carry its county, not the province)
    assert names == {"中共" + c + "委员会": "镇党委", c + "人民政府": "镇政府", c + "人民代表大会主席团": "镇人大主席团"}
    assert triples == {("一/(一)", "中共" + c + "委员会", "responsible"), ("一/(一)", c + "人民政府", "responsible"),
                       ("一/(一)", c + "人民代表大会主席团", "co")}


def test_a_towns_offices_outside_the_table_and_written_in_full():
    # a Jiangsu town's 责任分工 and a Henan town's work plan: 经济发展办 (starts with 经, which is also a case
    # word), 镇应急管理办公室 written in full, 镇综合执法大队, 镇经济发展办 after the level, 乡政府
    names, triples = _run("一、责任分工\n1.社会事务办：负责低保、特困人员的核查。\n2.经济发展办：负责产业项目申报。\n"
                          "3.各村委会：做好入户走访。\n", "江苏省徐州市沛县龙固镇", "township")
    c = "沛县龙固镇"  # (s9: a town's organs carry its county, not the province)
    # (s16) 各村委会 heading an item: a villagers' committee, no organ (b4 adjudication; tests/test_s16lead_committees.py)
    # (s22, guide D39) offices written short are named as written after the town
    assert triples == {("一/1", c + "社会事务办", "responsible"), ("一/2", c + "经济发展办", "responsible")}
    names, triples = _run("一、工作措施\n（一）镇应急管理办公室牵头，镇综合执法大队、镇安监站配合，开展安全生产检查。\n"
                          "（二）镇文化旅游办负责宣传。镇政府办理登记手续。\n", "河南省南阳市邓州市穰东镇", "township")
    c = "邓州市穰东镇"  # (s9: a town's organs carry its county, not the province)
    # (s23-org) 综合执法大队 kept as written like 综合执法队 (s22-org2): the provinces name it 综合行政执法大队 or 综合执法大队
    assert set(names) == {c + "应急管理办公室", c + "综合执法大队", c + "文化旅游办", c + "人民政府"}  # (s27-org: 安监站 a station, D39)
    assert triples == {("一/(一)", c + "应急管理办公室", "lead"), ("一/(一)", c + "综合执法大队", "co"),
                       ("一/(二)", c + "文化旅游办", "responsible")}
    names, triples = _run("一、任务\n（一）乡党委、乡政府负责统筹，乡财政所负责资金保障。\n", "安徽省六安市金寨县果子园乡", "township")
    c = "金寨县果子园乡"  # (s9: a town's organs carry its county, not the province)
    assert triples == {("一/(一)", "中共" + c + "委员会", "responsible"), ("一/(一)", c + "人民政府", "responsible"),
                       ("一/(一)", c + "财政所", "responsible")}


def test_a_towns_office_in_a_county_notice_is_whose_unknown():
    names, _ = _run("一、任务\n（一）镇经济发展办牵头做好统计。\n", "江苏省徐州市沛县", "county")
    assert names == {}


def test_departments_that_take_in_units_are_their_organ_part():
    # a Shaanxi prefecture's 责任单位 and a Zhejiang town's plan: 各有关部门（单位）, 各项目主管部门（单位）; (s30-town, guide
    # D42) the bracket adds units, no organs: the collective is its organ part as written
    names, triples = _run("一、任务\n（一）推进项目。（责任单位：各有关部门（单位））\n（二）市各有关部门（单位）要配合。\n",
                          "陕西省宝鸡市", "prefecture")
    assert names == {"各有关部门": "各有关部门", "宝鸡市各有关部门": "市各有关部门"}
    assert triples == {("一/(一)", "各有关部门", "responsible")}
    names, _ = _run("一、任务\n（一）各项目主管部门（单位）负责组织验收。各项工作部门要配合。\n", "浙江省湖州市德清县新市镇", "township")
    assert set(names) == {"各项目主管部门"}


def test_the_education_departments_of_every_province():
    # a central 通知 (Ministry of Education style): 各省（区、市）教育行政部门 is one collective as written
    names, triples = _run("一、任务\n（一）教育部会同国家发展改革委、财政部等部门负责统筹，各省（区、市）教育行政部门负责组织实施。\n",
                          "全国", "central")
    assert set(names) == {"教育部", "国家发展和改革委员会", "财政部", "各省（区、市）教育行政部门"}
    assert triples == {("一/(一)", "教育部", "lead"), ("一/(一)", "国家发展和改革委员会", "co"), ("一/(一)", "财政部", "co"),
                       ("一/(一)", "各省（区、市）教育行政部门", "responsible")}


def test_the_units_of_the_countys_organs_as_one_collective():
    # a Sichuan county notice: 县直机关各单位 (not 县直机关 + a stray 各单位)
    names, triples = _run("一、任务\n（一）县委组织部负责党建指导，县直机关各单位配合。\n", "四川省南充市营山县", "county")
    assert names == {"中共营山县委组织部": "县委组织部", "营山县直机关各单位": "县直机关各单位"}
    assert triples == {("一/(一)", "中共营山县委组织部", "responsible"), ("一/(一)", "营山县直机关各单位", "co")}


def test_the_national_food_and_drug_administration_of_2003_2013_written_short():
    # a State Council notice of the 2000s: 国家食品药品监管局 is 国家食品药品监督管理局 (its name 2003-2013)
    names, _ = _run("一、任务\n（一）国家食品药品监管局、卫生部负责。\n", "全国", "central")
    assert names == {"国家食品药品监督管理局": "国家食品药品监管局", "卫生部": "卫生部"}
