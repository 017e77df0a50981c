"""Session 15c organs: the classes built, each on a snippet in the style of a province not used by the stress set."""
from pipeline.nlp.level_units import is_level_units
from tests.test_organs_s5 import _run


def _doc(body: str) -> str:
    return "一、工作要求\n（一）" + body + "\n"


def test_committee_and_government_departments_share_the_head():
    # Qinghai, 2011: 省委、省政府有关部门 names the departments of both (spec 1.1 section 5, a shared head distributed)
    names, _ = _run(_doc("省委、省政府有关部门要加强督促检查，省委各部门要带头落实。"), "青海省", "province")
    assert set(names) == {"青海省委有关部门", "青海省人民政府有关部门", "青海省委各部门"}
    assert names["青海省委有关部门"] == "省委"
    # the committee named alone, then the government's departments after a comma: not shared
    names, _ = _run(_doc("按照省委部署，省政府各部门要抓好落实。"), "青海省", "province")
    assert set(names) == {"中共青海省委员会", "青海省人民政府各部门"}


def test_each_shared_over_two_kinds_of_places():
    # Ningxia-style addressee line of a party office (2009): the 各 runs over the committee and the government
    names, _ = _run(_doc("各市委、市政府，各县（区）委、县（区）政府，自治区直属各单位要认真贯彻执行。"), "宁夏回族自治区", "province")
    assert set(names) == {"各市委", "各市政府", "各县（区）委", "各县（区）政府"}
    # Tibet-style (各地区行政公署、市人民政府)
    names, _ = _run(_doc("各地区行政公署、市人民政府要加强领导。"), "西藏自治区", "province")
    assert set(names) == {"各地区行政公署", "各市人民政府"}


def test_qualified_places_kept_as_written():
    names, _ = _run(_doc("沿江各市、县人民政府要做好岸线整治，受灾各县要及时上报灾情。"), "湖北省", "province")
    assert "沿江各市、县人民政府" in names and "各市、县人民政府" not in names


def test_kind_collectives():
    names, _ = _run(_doc("人民银行当地分支机构要加强指导；各乡镇（街道）安委会要落实属地责任。"), "山东省", "province")
    assert set(names) == {"人民银行当地分支机构", "各乡镇（街道）安委会"}


def test_units_of_a_level_with_each_before_direct():
    assert is_level_units("省各直属单位") and is_level_units("市各直属单位")
    assert not is_level_units("省各直属机构")
    names, _ = _run(_doc("省各直属单位要积极配合，省政府各直属机构要加强指导。"), "吉林省", "province")
    assert set(names) == {"吉林省人民政府各直属机构"}


def test_lower_level_before_a_higher_bureau_is_no_level_list():
    names, triples = _run("一、重点任务\n（一）建设智慧园区。（省经济和信息化厅牵头，各县（市）区、省财政厅配合）\n", "安徽省", "province")
    assert set(names) == {"安徽省经济和信息化厅", "各县（市）区", "安徽省财政厅"}
    assert triples == {("一/(一)", "安徽省经济和信息化厅", "lead"), ("一/(一)", "各县（市）区", "co"),
                       ("一/(一)", "安徽省财政厅", "co")}
    # levels running downwards still share the bureau
    names, _ = _run(_doc("省、市、县财政厅（局）要加强资金监管。"), "河南省", "province")
    assert {"河南省财政厅"} <= set(names) and len(names) == 3


def test_a_governments_direct_units_are_no_mention_of_it():
    # Gansu prefecture, 2016: 市政府直属各单位 (guide D30), the government named elsewhere still is
    names, _ = _run(_doc("市政府直属各单位要积极配合，重大事项报市政府研究。"), "甘肃省天水市", "prefecture")
    assert set(names) == {"天水市人民政府"}
    names, _ = _run(_doc("市政府直属单位要积极配合。"), "甘肃省天水市", "prefecture")
    assert names == {}


def test_one_kind_of_place_written_in_full():
    # Sichuan 2010 (各市、自治州人民政府), Jilin (各自治州人民政府), Hebei 2003 (各省辖市政府)
    names, _ = _run(_doc("各市、自治州人民政府要加强领导，各自治州人民政府要结合实际。"), "四川省", "province")
    assert set(names) == {"各市、自治州人民政府", "各自治州人民政府"}
    names, _ = _run(_doc("各省辖市政府要制定实施办法。"), "河北省", "province")
    assert set(names) == {"各省辖市政府"}


def test_places_prefix_shared_along_bureaus_and_alternative_bureau():
    # Fujian department notice, 2017
    names, _ = _run(_doc("各设区市自然资源局、生态环境局要加强协作，各设区市文化和旅游局（委）要加强指导。"), "福建省", "province")
    assert set(names) == {"各设区市自然资源局", "各设区市生态环境局", "各设区市文化和旅游局", "各设区市文化和旅游委"}


def test_a_regions_party_committee_departments():
    # Xinjiang, 2013; Ningxia, 2018
    names, _ = _run(_doc("自治区党委各部委要加强指导。"), "新疆维吾尔自治区", "province")
    assert set(names) == {"新疆维吾尔自治区党委各部委"}
    names, _ = _run(_doc("自治区党委、自治区人民政府有关部门要加强指导。"), "宁夏回族自治区", "province")
    assert set(names) == {"宁夏回族自治区党委有关部门", "宁夏回族自治区人民政府有关部门"}
    names, _ = _run(_doc("各市、县（区）党委和政府要高度重视。"), "宁夏回族自治区", "province")
    assert set(names) == {"各市、县（区）党委", "各市、县（区）政府"}


def test_government_or_administrative_office_in_a_bracket():
    # Xinjiang-style (各州、市人民政府（行政公署）), 1990s-2000s
    names, _ = _run(_doc("各州、市人民政府（行政公署），自治区人民政府各直属单位要认真执行。"), "新疆维吾尔自治区", "province")
    # (s31-org3) guide D98: a bracketed alternative in an addressee collective stays one collective as written
    assert set(names) == {"各州、市人民政府（行政公署）"}
