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
    # 全旗/全县 + a collective of organs that opens its clause: kept as written (guide D87, S28; read so in S31)
    assert _names("三、工作要求\n全旗各级各部门要强化担当，旗应急管理局负责督导。\n",
                  "内蒙古自治区赤峰市巴林右旗", "county") == {"全旗各级各部门", "巴林右旗应急管理局"}
    # after a verb it is an object, read as written (全县 not taken)
    assert _names("二、主要任务\n（一）建立覆盖全县各级教育行政部门的信息平台。\n",
                  "甘肃省定西市岷县", "county") == {"各级教育行政部门"}
    # not before a bare set of places (全县 is not taken: the towns stay as the code read them before)
    assert _names("一、总体目标\n到2020年，全县各乡镇农民人均可支配收入增长9%。\n", "甘肃省定西市岷县", "county") \
        <= {"各乡镇"}


def test_area_word_before_each_is_a_qualifier():
    assert _names("三、保障措施\n（一）牧区各旗县人民政府要落实草畜平衡责任，盟农牧局加强指导。\n",
                  "内蒙古自治区锡林郭勒盟", "prefecture") == {"牧区各旗县人民政府", "锡林郭勒盟农牧局"}
    assert _names("二、重点任务\n（二）滩区各乡（镇）人民政府负责迁建群众安置。\n", "山东省菏泽市东明县", "county") \
        == {"滩区各乡（镇）人民政府"}
    # 山区各县 stays as before (s16-placeorg: 山区 is no place, the qualifier not taken)


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
    assert _names("三、重点任务\n（二）市供销联社要完善农村流通网络。\n", "甘肃省张掖市", "prefecture") \
        == {"张掖市供销合作联合社"}
    # one organ under two names in one notice: the fuller (guide D14)
    assert _names("三、重点任务\n（二）省供销联社牵头，依托供销合作社基层网点建设回收体系。\n", "青海省", "province") \
        == {"青海省供销合作联合社"}


def test_each_level_finance_given_a_duty():
    # (s24-org, guide D46: paying after 要 is money, as the S23 pass read a32's `各市、县财政也要安排相应资金`)
    assert _names("四、保障措施\n（二）各市、县财政也要安排相应配套资金。\n", "江西省", "province") == set()
    assert _names("四、保障措施\n（二）各市、县财政也要统筹相关资金。\n", "江西省", "province") == {"各市、县财政"}
    assert _names("四、保障措施\n（二）所需经费由县财政负责。\n", "江西省吉安市永丰县", "county") == set()


def test_each_city_government():
    assert _names("二、重点任务\n（一）各城市人民政府要抓紧建设污水处理设施。\n", "全国", "central") == {"各城市人民政府"}


def test_town_level_word():
    assert _names("三、工作要求\n（一）镇级有关部门要密切配合。\n", "广西壮族自治区百色市田东县林逢镇", "township") \
        == {"镇级有关部门"}


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
    assert ok >= 9 and found >= 18 and spurious <= 4, (ok, found, total, spurious)


def test_two_level_finance_names_the_upper_level_only():
    # (guide D74 closed in S31: the lower level is a collective as written, 县财政, beside the city's bureau)
    assert _names("四、保障措施\n（二）市、县两级财政要将工作经费纳入年度预算。\n", "湖南省邵阳市", "prefecture") \
        == {"邵阳市财政局", "县财政"}
    # money, not an organ; and an upper level that is not the document's own names nothing
    assert _names("四、保障措施\n（二）所需经费由市、县两级财政负担。\n", "湖南省邵阳市", "prefecture") == set()
    assert _names("四、保障措施\n（二）市、县两级财政要加大投入。\n", "湖南省", "province") == set()
