"""s16-swapfix: region reading that must not depend on the places seen (place-swap classes, docs/decisions/swapfix-s16.md).

1. A province's stem that is also one of its cities (吉林): the province, but before a zone of its own or in a list
   of cities.
2. A unit or town whose name holds a level character (西市区, 辉县市, 漷县镇, 皂市镇, 古州镇): split by the gazetteer,
   not at the character; a town of the table after a municipality is the town, not an unlisted county.
Snippets are written for these tests (other provinces, levels and eras than the cases studied)."""
import pytest

from pipeline import process_text
from pipeline.regions import jurisdiction_of, places_read, resolve_region, split_region


def _run(text):
    r = process_text(text, doc_id="t").model_dump()
    return r["metadata"], [d["name"] for d in r["departments"]], r


# --- 1. 吉林: province stem and city -------------------------------------------------------------------

@pytest.mark.parametrize("issuer", ["国家能源局吉林监管办公室", "国家统计局吉林调查总队", "中国银保监会吉林监管局",
                                    "吉林电力交易中心", "国家税务总局吉林省税务局"])
def test_jilin_branch_is_the_province(issuer):
    assert resolve_region([issuer]) == ("吉林省", "province")


@pytest.mark.parametrize("issuer,region", [("吉林市人民政府办公厅", "吉林省吉林市"), ("中共吉林市委", "吉林省吉林市"),
                                           ("吉林经济技术开发区管理委员会", "吉林省吉林市"),
                                           ("吉林高新技术产业开发区管委会", "吉林省吉林市")])
def test_jilin_city_stays_the_city(issuer, region):
    assert resolve_region([issuer]) == (region, "prefecture")


def test_jilin_stem_in_lists():
    assert [p.name for _, p, _ in places_read("在吉林、黑龙江、内蒙古等省区开展试点")][:1] == ["吉林省"]
    assert [p.name for _, p, _ in places_read("支持吉林、通化两市建设")] == ["吉林市", "通化市"]


def test_jilin_regulator_notice_whole():
    text = """国家能源局吉林监管办公室关于做好迎峰度冬电力保障工作的通知
吉监能市场〔2023〕41号
各有关电力企业：
为保障冬季电力供应，请吉林电力交易中心做好中长期交易组织，各发电企业按要求报送数据。
国家能源局吉林监管办公室
2023年11月2日
"""
    md, names, _ = _run(text)
    assert (md["region"], md["admin_level"]) == ("吉林省", "province")
    assert not [n for n in names if "吉林市" in n]


# --- 2. names holding a level character ------------------------------------------------------------------

@pytest.mark.parametrize("region,parts", [
    ("辽宁省营口市西市区", ("辽宁省", "营口市", "西市区")),
    ("河南省新乡市辉县市", ("河南省", "新乡市", "辉县市")),
    ("河南省南阳市社旗县", ("河南省", "南阳市", "社旗县")),
    ("湖南省常德市津市市", ("湖南省", "常德市", "津市市")),
    ("北京市通州区漷县镇", ("北京市", None, "通州区")),
    ("安徽省宿州市埇桥区蕲县镇", ("安徽省", "宿州市", "埇桥区")),
    ("广西壮族自治区南宁市武鸣区", ("广西壮族自治区", "南宁市", "武鸣区")),
    ("浙江省金华市义乌市", ("浙江省", "金华市", "义乌市")),
    ("湖北省天门市", ("湖北省", "天门市", None)),
    ("天津市塘沽区", ("天津市", None, "塘沽区")),  # a former district: split by its characters as before
])
def test_split_region_by_gazetteer(region, parts):
    assert split_region(region) == parts


@pytest.mark.parametrize("region,chain", [
    ("北京市通州区漷县镇", "北京市通州区漷县镇"),
    ("湖南省湘西土家族苗族自治州泸溪县浦市镇", "泸溪县浦市镇"),
    ("湖北省天门市皂市镇", "天门市皂市镇"),
    ("贵州省黔东南苗族侗族自治州榕江县古州镇", "榕江县古州镇"),
    ("四川省成都市龙泉驿区洛带镇", "成都市龙泉驿区洛带镇"),
])
def test_town_chain(region, chain):
    assert jurisdiction_of(region, "township").township_chain() == chain


@pytest.mark.parametrize("issuer,region", [
    ("北京市漷县镇党委", "北京市通州区漷县镇"),
    ("北京市漷县镇人民政府", "北京市通州区漷县镇"),
])
def test_town_after_municipality_is_not_a_county(issuer, region):
    assert resolve_region([issuer]) == (region, "township")


@pytest.mark.parametrize("issuer,expected", [
    ("北京市乡镇企业局", ("北京市", "province")),
    ("重庆市城乡建设委员会", ("重庆市", "province")),
    ("天津市汉沽区环保局", ("天津市汉沽区", "county")),
])
def test_municipality_organs_unchanged(issuer, expected):
    assert resolve_region([issuer]) == expected


def test_hunan_town_with_shi_in_its_name():
    text = """泸溪县浦市镇人民政府关于开展汛前隐患排查的通知
各村（居）民委员会，镇直各单位：
汛期临近，镇人民政府决定开展汛前隐患排查，县水利局派员指导，镇农业综合服务中心做好统计。
泸溪县浦市镇人民政府
2022年4月6日
"""
    md, names, r = _run(text)
    assert (md["region"], md["admin_level"]) == ("湖南省湘西土家族苗族自治州泸溪县浦市镇", "township")
    assert "泸溪县浦市镇人民政府" in names and "泸溪县水利局" in names
    assert not [n for n in names if "浦市" in n and "浦市镇" not in n]  # no county 浦市 cut out of the town
    for d in r["departments"]:
        assert r["text"][d["span"][0]:d["span"][1]] == d["quote"]


def test_tianmen_town_under_province_administered_city():
    text = """天门市皂市镇人民政府关于做好夏粮收购工作的通知
各村（社区），镇直各单位：
夏粮收购在即，镇人民政府要求各村做好组织，市粮食和物资储备局做好服务。
天门市皂市镇人民政府
2021年5月25日
"""
    md, names, _ = _run(text)
    assert (md["region"], md["admin_level"]) == ("湖北省天门市皂市镇", "township")
    assert "天门市皂市镇人民政府" in names
    assert not [n for n in names if n.startswith("皂市") and not n.startswith("皂市镇")]


def test_district_body_names_a_district_with_shi():
    # a city's rule with no issuer whose 责任单位 lines name a district holding 市区 (营口市西市区): the city's own
    # organs (市财政局) make it the city's, as they do for any other district
    body = ("关于支持软件产业发展的若干措施\n为加快营口市软件产业发展，制定以下措施。\n"
            + "".join(f"（{n}）支持园区企业做强做优。（责任单位：西市区政府，市财政局、市工业和信息化局）\n"
                      for n in "一二三四五六七八九十")
            + "营口市软件产业园建设由西市区政府负责。\n")
    md, names, _ = _run(body)
    assert (md["region"], md["admin_level"]) == ("辽宁省营口市", "prefecture")
    assert "营口市财政局" in names


# --- 3. districts of one name, no issuer and no place in the title ------------------------------------------

def test_body_count_tie_between_districts_of_one_name_goes_to_the_named_city():
    # 鼓楼区 is a district of 南京, 福州, 徐州 and 开封: the body names 福州市, so the tie goes to Fuzhou's
    body = ("为推进福州市老旧小区改造，现就有关事项明确如下：\n一、鼓楼区负责辖区内项目的组织实施。\n"
            "二、鼓楼区住房和建设局做好技术指导。\n三、鼓楼区各街道做好群众工作，福州市住房和城乡建设局加强督导。\n")
    assert resolve_region([], "", body) == ("福建省福州市鼓楼区", "county")
