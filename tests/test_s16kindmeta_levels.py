"""s16-kindmeta: own-level markers of 自治州, 盟, 地区 and 旗 in metadata (spec 1.1 §3 region / admin_level) and issuers of
counties and banners signed with their city (§5). Snippets written for the test (Tibet, Xinjiang, Sichuan, Inner Mongolia,
Heilongjiang, Gansu styles), none copied from a dev notice."""
import pytest

from pipeline import process_text
from pipeline.extract.metadata import BARE_MARKER, OWN_WHOLE, _own_marker


def _meta(text):
    md = process_text(text, doc_id="t").model_dump()["metadata"]
    return md["region"], md["admin_level"], md["issuers"]


def _markers(text, region=None):
    return [_own_marker(m, region) for m in BARE_MARKER.finditer(text)] + \
        [_own_marker(m, region) for m in OWN_WHOLE.finditer(text)]


@pytest.mark.parametrize("text,want", [
    ("经州委、州人民政府研究同意", ["州", "州"]),
    ("，州农业农村局负责，州财政局配合", ["州", "州"]),
    ("州直各部门要结合全州实际", ["州", "州"]),
    ("经盟行政公署同意，盟直各有关部门", ["盟", "盟"]),
    ("经地委、行署研究，地直各单位", ["地区", "地区"]),
    ("经地区行署同意", ["地区"]),
    ("经旗委、旗人民政府同意，结合本旗实际，全旗", ["旗", "旗", "旗", "旗"]),
])
def test_own_markers(text, want):
    assert _markers(text) == want


@pytest.mark.parametrize("text", [
    "各州、市人民政府，省直各委、办、厅、局：",
    "市、州发展改革委、财政局",
    "各盟行政公署、市人民政府，自治区各委、办、厅、局：",
    "弘扬红旗渠精神，旗帜鲜明讲政治，打造旗舰企业",
    "全州县、兴安县先行试点",
    "对标杭州、苏州等先进地区，重点地区要率先推进，各地区要因地制宜",
    "推动地区生产总值增长，全地区生产",
    "健全地区间横向生态补偿机制",
    "支持基地委托第三方评估",
    "自治州人民政府",
])
def test_words_are_not_markers(text):
    assert [m for m in _markers(text) if m in ("州", "盟", "地区", "旗")] == []


def test_area_word_counts_only_in_a_diqu():
    assert _markers("，地区教育局负责，全地区各县", "新疆维吾尔自治区喀什地区") == ["地区", "地区"]
    assert _markers("，地区教育局负责，全地区各县", "甘肃省") == [None, None]


def test_prefecture_notice_without_issuer():
    text = ("关于做好2022年春耕生产工作的通知\n\n各县人民政府，州直有关部门：\n"
            "为贯彻落实国家、省、州春耕生产部署，结合全州实际，现将有关事项通知如下。\n"
            "一、州农业农村局负责统筹，州财政局、州供销社配合。\n二、四川省下达的良种补贴要及时兑付到户。\n"
            "三、甘孜藏族自治州农技推广中心做好技术指导。\n")
    assert _meta(text)[:2] == ("四川省甘孜藏族自治州", "prefecture")


def test_league_notice_naming_a_county_more_often():
    text = ("关于做好2023年防汛抗旱工作的通知\n\n各旗县市人民政府，盟直各有关部门：\n"
            "经盟行政公署同意，现就兴安盟防汛抗旱工作通知如下。\n"
            "一、突泉县、突泉县水泉镇、突泉县东杜尔基镇为重点防御区域。\n"
            "二、盟水利局牵头，盟应急管理局配合，全盟各地要落实责任。\n")
    assert _meta(text)[:2] == ("内蒙古自治区兴安盟", "prefecture")


def test_provincial_notice_keeps_province():
    text = ("关于做好森林草原防火工作的通知\n\n各州、市人民政府，省直各委、办、厅、局：\n"
            "为做好四川省森林草原防火工作，现通知如下。\n一、省应急管理厅牵头，省林业和草原局配合。\n"
            "二、甘孜藏族自治州、阿坝藏族羌族自治州等重点地区要加强巡护，全省各地区要严防死守。\n")
    assert _meta(text)[:2] == ("四川省", "province")


def test_banner_issuer_signed_with_its_city():
    text = ("关于开展农牧业机械安全检查的通知\n\n各苏木镇人民政府：\n为加强农牧业机械安全管理，现就有关事项通知如下。\n"
            "一、各苏木镇要于7月底前完成检查。\n\n赤峰市克什克腾旗农牧局\n2022年6月1日\n")
    assert _meta(text) == ("内蒙古自治区赤峰市克什克腾旗", "county", ["克什克腾旗农牧局"])


def test_district_issuer_keeps_its_city():
    text = ("关于开展农机安全检查的通知\n\n各街道办事处：\n为加强农机安全管理，现就有关事项通知如下。\n"
            "一、各街道要于7月底前完成检查。\n\n赤峰市红山区农牧局\n2022年6月1日\n")
    assert _meta(text) == ("内蒙古自治区赤峰市红山区", "county", ["赤峰市红山区农牧局"])


def test_town_under_a_county_keeps_its_chain():
    text = ("关于做好秋季防火工作的通知\n\n各嘎查村：\n为做好秋季防火工作，现就有关事项通知如下。\n"
            "一、各嘎查村要落实巡护责任。\n\n赤峰市克什克腾旗经棚镇人民政府\n2022年9月1日\n")
    assert _meta(text)[2] == ["赤峰市克什克腾旗经棚镇人民政府"]
