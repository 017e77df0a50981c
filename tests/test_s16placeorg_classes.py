"""Session 16 (s16-placeorg): organ naming after full place names (docs/decisions/placeorg-s16.md).

Snippets written for these tests in the styles of Gansu, Liaoning, Sichuan, Guizhou, Shanxi, Heilongjiang and Tibet
notices (no dev-corpus text)."""
from __future__ import annotations

import pytest

from pipeline import process_text


def notice(issuer: str, body: str, date: str = "2019年6月1日") -> str:
    return f"{issuer}关于做好有关工作的通知\n各有关单位：\n{body}\n{issuer}\n{date}\n"


def names(issuer: str, body: str, date: str = "2019年6月1日") -> list[str]:
    rec = process_text(notice(issuer, body, date), doc_id="s16placeorg").model_dump()
    for d in rec["departments"]:
        assert rec["text"][d["span"][0]:d["span"][1]] == d["quote"]
    return sorted(d["name"] for d in rec["departments"])


# ---- class 1: a collective right after a full county-level or prefecture name whose last character is a word's
@pytest.mark.parametrize("issuer, body, want", [
    ("陇南市武都区人民政府办公室", "武都区各相关部门要按照职责分工，切实做好森林防火工作。区应急管理局负责综合协调。",
     ["陇南市武都区各相关部门", "陇南市武都区应急管理局"]),
    ("丹东市人民政府", "凤城市有关部门要加强对边境贸易的管理，市商务局负责业务指导。", ["丹东市商务局", "凤城市有关部门"]),
    ("巴中市人民政府办公室", "巴州区各有关部门和恩阳区各有关部门要于每月5日前报送进度。",
     ["巴中市巴州区各有关部门", "巴中市恩阳区各有关部门"]),
    ("国务院办公厅", "凤城市各有关部门要配合做好口岸管理工作。", ["凤城市各有关部门"]),
])
def test_collective_after_a_full_place_name(issuer, body, want):
    assert names(issuer, body) == sorted(want)


# ---- precision: the blocking characters still stop words that are no place of the notice
@pytest.mark.parametrize("issuer, body, banned", [
    ("重庆市人民政府办公厅", "新城区有关部门和老城区各街道要加强对接，全市各有关部门给予支持。", ("新城区", "老城区")),
    ("河北省人民政府", "山区各县人民政府要加大投入。都市圈各城市有关部门要建立协作机制。", ("山区", "都市", "城市各")),
    ("大同市人民政府", "城市管理部门要加强对城区道路的巡查，城区各街道办事处负责配合。", ("大同市城区", "城市管理部门各")),
    ("河南省人民政府", "老城区各有关部门要做好棚户区改造。宛城区有关部门负责。", ("洛阳市老城区", "老城区各有关部门")),
])
def test_words_ending_in_a_level_character_are_no_place(issuer, body, banned):
    got = names(issuer, body)
    assert not [n for n in got if n.startswith(banned)], got


# ---- class 2: a town whose name holds a level character
def test_town_with_its_county_written_is_named_once():
    assert names("庆阳市宁县人民政府办公室", "宁县新庄镇人民政府要做好组织协调，县财政局负责资金保障。") == \
        sorted(["宁县财政局", "宁县新庄镇人民政府"])


def test_town_with_a_level_character_in_its_name():
    assert names("岳池县人民政府", "顾县镇人民政府和县农业农村局要加强技术指导。") == \
        sorted(["岳池县农业农村局", "岳池县顾县镇人民政府"])


def test_level_character_inside_a_town_name_is_no_marker():
    got = names("北京市通州区人民政府", "漷县镇规划土地行政管理部门负责审核。")
    assert not [n for n in got if n.startswith(("县镇", "漷县规划", "北京市通州区规划"))], got


# ---- class 3: a central vertical branch written short with the province's stem
def test_coal_mine_safety_branch_written_short():
    assert names("贵州省能源局", "各煤矿企业应将整改情况上报贵州煤矿安监局和省能源局。", "2016年3月1日") == \
        sorted(["贵州煤矿安全监察局", "贵州省能源局"])
    assert names("山西省人民政府办公厅", "山西煤矿安监局负责监督检查，省应急管理厅予以配合。") == \
        sorted(["山西煤矿安全监察局", "山西省应急管理厅"])


# ---- colleague's classes
def test_sanitation_authority_is_not_health():
    got = names("哈尔滨市人民政府", "区人民政府应当督促其环境卫生行政主管部门做好生活垃圾清运工作。", "2003年5月1日")
    assert "环境卫生行政主管部门" in got and "卫生行政主管部门" not in got


def test_autonomous_region_government_authority():
    assert names("西藏自治区人民政府", "自治区人民政府教育主管部门负责全区的组织实施工作。") == \
        ["西藏自治区人民政府教育主管部门"]


# ---- places listed before a placed collective share it; two-character counties (文县) are places too
def test_places_listed_before_a_collective_share_it():
    assert names("陇南市人民政府办公室", "武都区、文县和宕昌县有关部门要在汛期前完成地质灾害隐患排查。") == \
        sorted(["陇南市武都区有关部门", "文县有关部门", "宕昌县有关部门"])


def test_listed_districts_of_another_city_add_nothing():
    got = names("河南省人民政府办公厅", "宛城区、卧龙区各有关部门要做好配合。")
    assert len(got) <= 1 and not [n for n in got if "宛城" in n], got
