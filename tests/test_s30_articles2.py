"""Articles of 办法/条例/规定, session 30 wave 2 (s30-articles2): departments and assignments in the forms real rules
use and the open article notices rarely show.

* a township's organ followed by a joining verb (`街道办事处协助园林绿化主管部门…`): two organs, the office and the
  bare authority, not one authority of the street (spec 1.1 section 5; the township authority pattern ended at the
  organ's own name);
* a bare `主管部门` after 协助, 配合, 或者, 以及 (`行业协会应当协助主管部门…`, `由其所在单位或者主管部门给予处分`): the
  function-named authority (guide D62), as after 和 and 或;
* a list of single levels before the governments' departments (`市、区人民政府有关部门`): the shared head distributed
  (spec 1.1 section 5), each level's departments, the own level's with its region, as a bracketed level list is read;
* an enforcement organ named with its field (`城市管理综合执法机关`) as written, as `城市管理综合执法部门` is;
* statutes' enforcement bodies named by their authority (`动物卫生监督机构`, `特种设备安全监督机构`, guide D37);
* the statutes' formula `<level>人民政府（确定的）X主管部门` with the other bracketed kinds of one level (`县（市）`, `区（县）`,
  `区（市）县`), one collective as written as `县（市、区）人民政府确定的…` is.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
classes (a Guizhou prefecture's 2008 办法, a Liaoning provincial 2013 条例, a Harbin 2011 条例, a Yunnan county's 2019
办法, a Gansu provincial 2009 办法); not copied from any corpus.
"""
from test_s29_articles import _run


def test_a_street_office_assisting_an_authority_is_two_organs():
    # a Guizhou prefecture's 办法 (2008) on city greening: the township and street governments assist the authority
    names, triples = _run("第一条 为加强市容管理，制定本办法。\n"
                          "第二条 市园林绿化行政主管部门负责本办法的组织实施。\n"
                          "第三条 乡（镇）人民政府、街道办事处协助园林绿化主管部门做好辖区内的绿化管理工作。\n",
                          "贵州省贵阳市", "prefecture", "2008-05-20")
    assert names == {"贵阳市园林绿化行政主管部门": "市园林绿化行政主管部门",
                     "乡（镇）人民政府": "乡（镇）人民政府", "街道办事处": "街道办事处",
                     "园林绿化主管部门": "园林绿化主管部门"}
    assert triples == {("第二条", "贵阳市园林绿化行政主管部门", "responsible")}


def test_a_bare_authority_after_assist_or_or_is_named():
    # a Liaoning provincial 条例 (2013) on trade associations and sanctions: the bare authority named after 协助 and 或者
    names, triples = _run("第一条 为规范行业协会活动，制定本条例。\n"
                          "第二条 行业协会应当协助主管部门做好行业统计工作。\n"
                          "第三条 工作人员玩忽职守的，由其所在单位或者主管部门依法给予处分。\n",
                          "辽宁省", "province", "2013-07-26")
    assert names == {"主管部门": "主管部门"}
    assert triples == set()


def test_levels_sharing_the_governments_departments():
    # a Harbin 条例 (2011) on dogs: the city and its districts' departments, each by its own duty
    names, triples = _run("第一条 为加强养犬管理，制定本条例。\n"
                          "第二条 市、区人民政府有关部门按照各自职责，做好养犬管理的相关工作。\n"
                          "第三条 市、区人民政府负责本行政区域内的养犬管理工作。\n",
                          "黑龙江省哈尔滨市", "prefecture", "2011-10-20")
    assert names == {"哈尔滨市人民政府有关部门": "市、区人民政府有关部门", "区人民政府有关部门": "市、区人民政府有关部门",
                     "哈尔滨市人民政府": "市", "区人民政府": "区人民政府"}
    assert triples == {("第三条", "哈尔滨市人民政府", "responsible"), ("第三条", "区人民政府", "responsible")}


def test_an_enforcement_organ_named_with_its_field():
    # a Yunnan county's 办法 (2019) on market stalls: the urban management enforcement organ sanctions
    names, triples = _run("第一条 为规范摊点管理，制定本办法。\n"
                          "第二条 城市管理综合执法机关负责查处占道经营行为。\n",
                          "云南省红河哈尼族彝族自治州弥勒市", "county", "2019-04-01")
    assert names == {"城市管理综合执法机关": "城市管理综合执法机关"}
    assert triples == {("第二条", "城市管理综合执法机关", "responsible")}


def test_statutory_enforcement_bodies_named_by_their_authority():
    # a Gansu provincial 办法 (2009) on livestock markets: the animal-health supervision body and the special-equipment
    # inspectorate act in their own name; the disease-control centre is a service body
    names, triples = _run("第一条 为加强畜禽交易市场管理，制定本办法。\n"
                          "第二条 县级以上动物卫生监督机构负责畜禽交易的检疫监督。\n"
                          "第三条 特种设备安全监督机构负责市场内起重机械的安全监察。\n"
                          "第四条 动物疫病预防控制机构负责疫病监测。\n",
                          "甘肃省", "province", "2009-05-12")
    assert names == {"县级以上动物卫生监督机构": "县级以上动物卫生监督机构", "特种设备安全监督机构": "特种设备安全监督机构"}
    assert triples == {("第二条", "县级以上动物卫生监督机构", "responsible"), ("第三条", "特种设备安全监督机构", "responsible")}


def test_a_bracketed_level_governments_designated_authority():
    # a Hebei prefecture's 办法 (2006) on greening, and a Sichuan prefecture's 条例 (2005) on parks: the counties' (and
    # districts') governments name the authority, any field, one collective as written
    names, triples = _run("第一条 为加强城市绿化管理，制定本办法。\n"
                          "第二条 县（市）人民政府确定的绿化主管部门负责本行政区域内的城市绿化监督管理工作。\n",
                          "河北省邢台市", "prefecture", "2006-03-15")
    assert names == {"县（市）人民政府确定的绿化主管部门": "县（市）人民政府确定的绿化主管部门"}
    assert triples == {("第二条", "县（市）人民政府确定的绿化主管部门", "responsible")}
    names, triples = _run("第一条 为加强公园管理，制定本条例。\n"
                          "第二条 区（市）县人民政府园林行政主管部门负责本行政区域内公园的监督管理。\n",
                          "四川省成都市", "prefecture", "2005-06-01")
    assert names == {"区（市）县人民政府园林行政主管部门": "区（市）县人民政府园林行政主管部门"}
    assert triples == {("第二条", "区（市）县人民政府园林行政主管部门", "responsible")}
