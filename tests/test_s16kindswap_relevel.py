"""s16-kindswap: the kind swap of scripts/place_swap.py (level words and gold), on notices written
for the test (a 甘肃 prefecture city, a 黑龙江 county; never text of a dev notice)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import place_swap as ps  # noqa: E402

CITY = ("天水市人民政府办公室关于做好秋冬季城市燃气安全工作的通知\n"
        "各县区人民政府，市政府各部门：\n"
        "经市政府同意，现就全市城市燃气和超市、农贸市场用气安全通知如下。\n"
        "一、市住房和城乡建设局会同市应急管理局开展排查，市民可通过市长热线反映。\n"
        "二、市委宣传部加强宣传，本市各级各部门抓好落实，市直各部门按职责分工负责。\n"
        "天水市人民政府办公室\n2023年10月9日\n")
CITY_GOLD = {"doc_id": "t-city", "metadata": {"region": "甘肃省天水市", "admin_level": "prefecture",
                                               "issuers": ["天水市人民政府办公室"]},
             "departments": [{"name": "天水市住房和城乡建设局", "kind": "named", "quote": "市住房和城乡建设局"},
                             {"name": "天水市人民政府", "kind": "named", "quote": "市政府"},
                             {"name": "中共天水市委员会宣传部", "kind": "named", "quote": "市委宣传部"}]}


def test_relevel_prefecture_words_only():
    s = "经市政府同意，全市城市燃气和超市、市场、市民、都市圈；市发展改革委、市直各部门、各县（市、区）"
    assert ps.relevel(s, "市", "自治州") == \
        "经州政府同意，全州城市燃气和超市、市场、市民、都市圈；州发展改革委、州直各部门、各县（市、区）"
    assert ps.relevel(s, "市", "盟").startswith("经盟行署同意，全盟城市燃气")
    assert ps.relevel("市人民政府、市委、全市", "市", "地区") == "地区行政公署、地委、全地区"
    assert ps.relevel("市人民政府、市委、全市", "市", "盟") == "盟行政公署、盟委、全盟"


def test_relevel_county_and_province():
    assert ps.relevel("县人民政府、县委、全县各乡镇、县城", "县", "旗") == "旗人民政府、旗委、全旗各苏木乡镇、县城"
    assert ps.relevel("县人民政府、全县、县城", "县", "自治县") == "自治县人民政府、全县、县城"
    assert ps.relevel("省委、省政府、全省、省会、省直有关部门", "省", "自治区") == \
        "自治区党委、自治区政府、全区、省会、区直有关部门"
    # county first: the province's 全区 is not a county's
    rel = ps.Relevel([("省", "自治区"), ("区", "旗")], [])
    assert rel("全省、全区") == "全区、全旗"


def test_kind_swap_notice_to_meng():
    g = ps.Gazetteer.load()
    text, gold, info = ps.kind_swap_notice(CITY, json.loads(json.dumps(CITY_GOLD)), g, 1, "盟")
    assert info["skipped"] is None
    pref = gold["metadata"]["region"].removeprefix("内蒙古自治区")
    assert pref.endswith("盟") and gold["metadata"]["admin_level"] == "prefecture"
    assert gold["metadata"]["issuers"] == [pref + "行政公署办公室"]
    names = [d["name"] for d in gold["departments"]]
    assert names == [pref + "住房和城乡建设局", pref + "行政公署", f"中共{pref}委员会宣传部"]
    for d in gold["departments"]:
        assert d["quote"] in text
    assert "经盟行署同意，现就全盟城市燃气和超市、农贸市场" in text
    assert "市民可通过盟长热线" in text and "本盟各级各部门" in text and "盟直各部门" in text
    assert "天水" not in text


def test_kind_swap_notice_to_prefecture_and_skip():
    g = ps.Gazetteer.load()
    text, gold, info = ps.kind_swap_notice(CITY, json.loads(json.dumps(CITY_GOLD)), g, 2, "自治州")
    pref = next(n for (lv, _), n in [(tuple(p.split(":")[0:1]) + (None,), p.split("→")[1]) for p in info["places"]]
                if lv == "prefecture")
    assert "自治州" in pref and gold["metadata"]["issuers"] == [pref + "人民政府办公室"]
    assert "经州政府同意" in text and "州住房和城乡建设局" in text and "中共" + pref + "委员会宣传部" in [
        d["name"] for d in gold["departments"]]
    # a county kind needs a county notice
    _, _, info = ps.kind_swap_notice(CITY, json.loads(json.dumps(CITY_GOLD)), g, 1, "旗")
    assert info["skipped"]


def test_relevel_enumeration_and_diwei():
    assert ps.relevel("由市、县（市、区）人民政府负责；省、市、县三级", "市", "自治州") == \
        "由州、县（市、区）人民政府负责；省、市、县三级"
    rel = ps.Relevel([("市", "地区")], ["塔城地区"])
    assert rel("中共塔城地区委组织部、中共塔城地区委员会、塔城地区人民政府、市委宣传部") == \
        "中共塔城地委组织部、中共塔城地区委员会、塔城地区行政公署、地委宣传部"


def test_relevel_determiner_before_zhang():
    # 本市长护险 is 本市 + 长护险 (long-term care insurance), not a 市长
    assert ps.relevel("负责本市长护险经办；经市长办公会议研究", "市", "地区") == "负责本地区长护险经办；经专员办公会议研究"
