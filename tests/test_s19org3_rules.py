"""Session 19, third organ wave (s19-org3): one test per rule, exact expected departments for snippets written in the
styles of other provinces, levels and eras (none copied from a corpus notice); quotes are checked against the text
(text[span] == quote) by the shared runner."""
from __future__ import annotations

import sys

sys.path.insert(0, ".")

from tests.s18left_stress_levels import counts, half  # noqa: E402
from tests.s19org3_stress import CASES  # noqa: E402
from tests.test_organs_s5 import _run  # noqa: E402


def _names(text, region, level):
    names, _ = _run(text, region, level)
    return set(names)


def test_whole_level_before_a_collective():
    # 全旗/全县 + a collective of organs that opens its clause: the place written out, as 本旗/本县
    assert _names("三、工作要求\n全旗各级各部门要强化担当，旗应急管理局负责督导。\n",
                  "内蒙古自治区赤峰市巴林右旗", "county") == {"巴林右旗各级各部门", "巴林右旗应急管理局"}
    # after a verb it is an object, read as written (全县 not taken)
    assert _names("二、主要任务\n（一）建立覆盖全县各级教育行政部门的信息平台。\n",
                  "甘肃省定西市岷县", "county") == {"各级教育行政部门"}
    # not before a bare set of places
    assert _names("一、总体目标\n到2020年，全县各乡镇农民人均可支配收入增长9%。\n", "甘肃省定西市岷县", "county") == set()


def test_area_word_before_each_is_a_qualifier():
    assert _names("三、保障措施\n（一）牧区各旗县人民政府要落实草畜平衡责任，盟农牧局加强指导。\n",
                  "内蒙古自治区锡林郭勒盟", "prefecture") == {"牧区各旗县人民政府", "锡林郭勒盟农牧局"}
    assert _names("二、重点任务\n（二）滩区各乡（镇）人民政府负责迁建群众安置。\n", "山东省菏泽市东明县", "county") \
        == {"滩区各乡（镇）人民政府"}


def test_bare_towns_acting_are_not_organs_outside_an_assignment():
    assert _names("二、主要任务\n（一）推进厕所革命。各乡镇要因地制宜，县农业农村局加强指导。\n",
                  "山西省吕梁市临县", "county") == {"临县农业农村局"}
    assert _names("二、主要任务\n（一）推进厕所革命。（责任单位：县农业农村局、各乡镇）\n", "山西省吕梁市临县", "county") \
        == {"临县农业农村局", "各乡镇"}
    # the towns' governments, and the bracketed forms, are unchanged
    assert _names("二、主要任务\n（一）各乡镇人民政府要落实属地责任，各乡（镇）要按月报送进度。\n",
                  "山西省吕梁市临县", "county") == {"各乡镇人民政府", "各乡（镇）"}


def test_statute_government_and_function_named_organ():
    assert _names("第九条 县级以上人民政府公安机关、民政部门应当依法履行职责。\n", "黑龙江省", "province") \
        == {"县级以上人民政府公安机关", "县级以上人民政府民政部门"}
    assert _names("第九条 县级以上人民政府应当加强领导，公安机关依法查处。\n", "黑龙江省", "province") \
        == {"县级以上人民政府", "公安机关"}


def test_statute_prefix_carried_to_a_sector_department():
    assert _names("第七条 县级以上地方人民政府林业行政主管部门、财政部门应当按照职责做好补偿工作。\n", "贵州省", "province") \
        == {"县级以上地方人民政府林业行政主管部门", "县级以上地方人民政府财政部门"}
    assert _names("第七条 设区的市、县级人民政府水行政主管部门、农业农村部门应当做好灌区管理。\n", "贵州省", "province") \
        == {"设区的市人民政府水行政主管部门", "县级人民政府水行政主管部门", "设区的市人民政府农业农村部门",
            "县级人民政府农业农村部门"}
    # a catch-all before does not carry, nor does 和 join a bare sector
    assert _names("第七条 县级以上人民政府有关部门、财政部门按照职责负责。\n", "贵州省", "province") \
        == {"县级以上人民政府有关部门", "财政部门"}
    assert _names("第七条 县级以上人民政府教育行政部门和财政部门按照职责负责。\n", "贵州省", "province") \
        == {"县级以上人民政府教育行政部门", "财政部门"}


def test_short_forms():
    assert _names("二、职责分工\n（一）区住房建设委牵头，区城市管理委配合。\n", "天津市北辰区", "county") \
        == {"天津市北辰区住房和建设委员会", "天津市北辰区城市管理委员会"}
    assert _names("三、重点任务\n（二）市供销联社要完善农村流通网络。\n", "甘肃省张掖市", "prefecture") \
        == {"张掖市供销合作联合社"}


def test_market_station_named_with_its_town():
    names, triples = _run("三、职责分工\n（一）检查全覆盖。（牵头：大营市场监管所；配合：镇综治办）\n",
                          "河北省衡水市枣强县大营镇", "township")
    assert "枣强县市场监督管理局大营市场监督管理所" in names
    assert ("三", "枣强县市场监督管理局大营市场监督管理所", "lead") in triples or \
        any(t[1] == "枣强县市场监督管理局大营市场监督管理所" and t[2] == "lead" for t in triples)
    # a station written bare stays the town's own
    assert _names("三、职责分工\n（一）镇市场监管所负责食品安全检查。\n", "河北省衡水市枣强县大营镇", "township") \
        == {"枣强县大营镇市场监督管理所"}


def test_street_working_committee():
    assert _names("三、保障措施\n（一）街道工委统一领导，街道办负责组织实施。\n", "北京市东城区东华门街道", "township") \
        == {"中共北京市东城区东华门街道工作委员会", "北京市东城区东华门街道办事处"}


def test_fix_half_floor():
    ok, found, total, spurious = counts(half("fix", CASES))
    assert ok >= 10 and found >= 17 and spurious <= 3, (ok, found, total, spurious)
