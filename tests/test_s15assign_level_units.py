"""Session 15 (s15-assign): one definition of guide D30's units of a level (pipeline/nlp/level_units.py) for the organs
reader and the responsibilities reader, and a test that both paths agree on every name. Snippets written for these tests
in the style of a Hunan county, a Guangxi city and a Jiangxi town."""
import pytest

from pipeline.nlp.level_units import is_level_units, level_units_at
from tests.test_organs_s5 import _run

UNITS = ["县直各单位", "县直属各单位", "县直单位", "县直属单位", "县直有关单位", "县直各有关单位", "市直各单位", "市属各单位",
         "区属单位", "旗直各单位", "州直各单位", "镇直各单位", "镇属各单位", "乡直各单位", "各驻镇单位", "驻县各单位",
         "各驻县单位", "县直和驻县各单位"]
NOT_UNITS = ["县直机关各单位", "县直各部门", "县直有关部门", "各驻县机构", "县直有关部门和单位", "县直各部门和单位",
             "派驻单位", "县各单位"]


@pytest.mark.parametrize("name", UNITS)
def test_the_definition_names_the_units(name):
    assert is_level_units(name)


@pytest.mark.parametrize("name", NOT_UNITS)
def test_the_definition_leaves_the_collectives(name):
    assert not is_level_units(name)


def test_the_organ_readers_match_inside_a_stationed_name():
    text = "要求驻县各单位积极配合"
    s = text.index("县各单位")
    assert level_units_at(text, s, s + 4)  # the organs reader reads 县各单位 from inside 驻县各单位
    assert not level_units_at("县直机关各单位", 0, 7)


# (the organs reader before session 15 read some otherwise: it kept 镇直/乡直 units, read 驻县各单位 as 县各单位 and dropped
# the departments of 县直各部门和单位; both readers now use pipeline/nlp/level_units.py)


def _annotation(name):
    return ("一、重点任务\n（一）做好汛期安全工作。加强巡查值守。（责任单位：县应急管理局、" + name + "、各乡镇人民政府）\n"
            "（二）做好灾后重建。县应急管理局牵头，" + name + "、各乡镇人民政府按照职责分工做好相关工作。\n")


@pytest.mark.parametrize("name", UNITS + NOT_UNITS[:-2])
def test_both_paths_agree(name):
    names, resp = _run(_annotation(name), "湖南省株洲市攸县", "county")
    units = is_level_units(name)
    # the organs reader: the units are no department, and nothing of their name is read as one
    organ_of_name = {n for n, q in names.items() if q in name and q not in ("县应急管理局", "各乡镇人民政府")}
    assert (not organ_of_name) == units, (name, names)
    # the responsibilities reader: the units get nothing, and do not void the others of the annotation or the prose
    assert ("一/(一)", "攸县应急管理局", "responsible") in resp and ("一/(一)", "各乡镇人民政府", "responsible") in resp
    assert ("一/(二)", "攸县应急管理局", "lead") in resp and ("一/(二)", "各乡镇人民政府", "co") in resp
    given = {d for _, d, _ in resp} - {"攸县应急管理局", "各乡镇人民政府"}
    assert (not given) == units, (name, resp)
    assert given <= set(names)


def test_units_opening_a_prose_subject_jiangxi_town():
    # a Jiangxi town's plan: 镇属各单位 opening the subject list; the town's offices after it keep the duty
    _, resp = _run("一、工作措施\n（一）压实责任。镇属各单位、各村（社区）负责做好辖区防火巡查。\n",
                   "江西省赣州市信丰县大塘埠镇", "township")
    assert resp == {("一/(一)", "各村（社区）", "responsible")}


def test_units_between_departments_and_places_guangxi_city():
    # `市直各部门、各单位、各县区人民政府负责…`: the bare units beside departments pass over (guide D29)
    _, resp = _run("一、重点任务\n（一）落实属地责任。市直各部门、各单位、各县区人民政府负责抓好本行业本地区的落实。\n",
                   "广西壮族自治区柳州市", "prefecture")
    assert {d for _, d, _ in resp} == {"柳州市直各部门", "各县区人民政府"}
