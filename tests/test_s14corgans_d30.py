"""Session 14c: guide D30 (units of a level or stationed in a place are no departments) and 市（区）X部门 in a city's
notice (two levels sharing a head, guide D25). Snippets written for these tests in the style of other provinces."""
from tests.test_organs_s5 import _run


def _triples(resp):
    return resp  # (task, department, role)


def test_county_units_out_departments_kept_hunan_county():
    # a Hunan county notice: 县直各单位 and 各驻县单位 out, 县直机关各单位 and 各驻县机构 stay (guide D30)
    names, _ = _run("一、工作要求\n（一）县直各单位、各驻县单位要高度重视。县直机关各单位、各驻县机构要积极配合。\n",
                    "湖南省邵阳市隆回县", "county")
    assert set(names) == {"隆回县直机关各单位", "各驻县机构"}


def test_city_units_out_in_an_annotation_guangxi_city():
    # a Guangxi city plan: （责任单位：市发展改革委，市直有关单位，各县区人民政府）: the units go, the others stay
    names, resp = _run("一、重点任务\n（一）推进项目建设。加快重大项目前期工作。（责任单位：市发展改革委，市直有关单位，各县区人民政府）\n",
                       "广西壮族自治区柳州市", "prefecture")
    assert set(names) == {"柳州市发展和改革委员会", "各县区人民政府"}
    assert {d for _, d, _ in _triples(resp)} == {"柳州市发展和改革委员会", "各县区人民政府"}


def test_prose_share_after_a_lead_keeps_the_place_henan_county():
    # a Henan county plan: X牵头，各乡镇、县直各单位按照职责分工抓好落实: 各乡镇 co, the units nothing
    _, resp = _run("一、重点任务\n（一）改善人居环境。县住房和城乡建设局牵头，各乡镇、县直各单位按照职责分工抓好落实。\n",
                   "河南省周口市鹿邑县", "county")
    t = _triples(resp)
    assert ("一/(一)", "各乡镇", "co") in t and not any("单位" in d for _, d, _ in t)


def test_city_and_district_bracket_is_two_levels_hubei_city():
    # a Hubei city rule: 市（区）财政部门 is the city's bureau and the districts' departments (guide D25)
    names, _ = _run("一、工作要求\n（一）市（区）财政部门要将所需经费纳入预算。\n", "湖北省襄阳市", "prefecture")
    assert set(names) == {"襄阳市财政局", "区财政部门"}


def test_kinds_of_one_level_stay_one_sichuan_province():
    # 市（州）, 县（市、区）: kinds of the same level in a bracket stay one collective as written
    names, _ = _run("一、工作要求\n（一）市（州）财政部门、县（市、区）民政部门要加强协调。\n", "四川省", "province")
    assert set(names) == {"市（州）财政部门", "县（市、区）民政部门"}
