"""Organ names (session 28, s28-org3): central branches and police units written short, classes left by the stress
notices; tested on snippets written for these tests in the style of other provinces and eras."""
from tests.organ_snippets import snippet_departments


def test_pboc_county_sub_branch_written_less_the_county_unit():
    # a Zhejiang county notice of 2015: 人行德清支行 is the bank's county sub-branch, the county written out
    body = ("各乡镇人民政府，县直各单位：\n"
            "一、县财政局负责贴息资金拨付，人行德清支行负责再贷款额度管理，人民银行湖州市中心支行负责指导。\n")
    names = snippet_departments("德清县2015年小微企业融资服务工作方案", "德清县人民政府办公室", "2015年6月2日", body)
    assert names.get("中国人民银行德清县支行") == "人行德清支行"
    assert names.get("德清县财政局") == "县财政局"
    assert names.get("中国人民银行湖州市中心支行") == "人民银行湖州市中心支行"
    assert "中国人民银行" not in names


def test_banking_regulator_county_office_after_its_prefecture_branch():
    # a Hunan county notice of 2019 (CBIRC era): the county 监管组 is a unit of the prefecture's 监管分局
    body = ("各乡镇人民政府：\n"
            "一、县金融办负责统筹，益阳银保监分局安化监管组负责监督银行机构落实，"
            "中国银行保险监督管理委员会益阳监管分局负责指导。\n")
    names = snippet_departments("安化县2019年普惠金融工作方案", "安化县人民政府办公室", "2019年5月8日", body)
    assert names.get("中国银行保险监督管理委员会益阳监管分局安化监管组") == "益阳银保监分局安化监管组"
    assert names.get("中国银行保险监督管理委员会益阳监管分局") == "中国银行保险监督管理委员会益阳监管分局"


def test_traffic_police_units_of_a_district_branch_and_a_city_bureau():
    # a Shanghai district notice of 2018: the unit written after the district's police branch is the branch's own
    body = ("各街道办事处、镇人民政府：\n"
            "一、闵行公安分局交警支队负责违法停车整治，区市场监管局配合。\n")
    names = snippet_departments("闵行区2018年道路停车秩序整治方案", "上海市闵行区人民政府办公室", "2018年4月9日", body)
    assert names.get("上海市公安局闵行分局交通警察支队") == "闵行公安分局交警支队"
    # a Guangxi prefecture notice of 2017: 市交警支队 is the city bureau's traffic police detachment, a county's 交警大队
    # its county bureau's
    body = "各县（区）人民政府：\n一、市交警支队负责路面管控，灵山县交警大队配合。\n"
    names = snippet_departments("钦州市2017年交通安全整治方案", "钦州市人民政府办公室", "2017年5月2日", body)
    assert names.get("钦州市公安局交通警察支队") == "市交警支队"
    assert names.get("灵山县公安局交通警察大队") == "灵山县交警大队"


def test_beijing_district_traffic_unit_written_short():
    # a Haidian district plan of 2019: 海淀交通支队 is the city traffic bureau's unit in the district
    # (organ_city_traffic_units.tsv), a brigade written after it is its own
    body = ("各街道办事处、镇人民政府：\n"
            "一、区交通委负责，海淀交通支队、朝阳交通支队亚运村大队配合。\n")
    names = snippet_departments("海淀区2019年交通拥堵治理工作方案", "北京市海淀区人民政府办公室", "2019年3月8日", body)
    assert names.get("北京市公安局公安交通管理局海淀交通支队") == "海淀交通支队"
    assert names.get("北京市公安局公安交通管理局朝阳交通支队亚运村大队") == "朝阳交通支队亚运村大队"


def test_zone_sub_park_and_science_city_committees_written_short():
    # a Changping district plan of 2018: a zone's sub-park (`<zone><place>园`, 关 of 中关村 inside the name) and a
    # science city are zones whose 管委会 is an organ; a botanical garden's is a unit (D9)
    body = ("各镇人民政府、街道办事处：\n"
            "一、区科委负责，中关村昌平园管委会、未来科学城管委会配合，植物园管委会参与。\n")
    names = snippet_departments("昌平区2018年科技创新工作方案", "北京市昌平区人民政府办公室", "2018年3月8日", body)
    # (s29-org) under the park's approved name (organ_zone_names.tsv: 中关村科技园区<X>园, 国函〔2012〕168号; the a283 gold)
    assert names.get("中关村科技园区昌平园管理委员会") == "中关村昌平园管委会"
    assert names.get("未来科学城管理委员会") == "未来科学城管委会"
    assert not any("城市管理" in n or "植物园" in n for n in names)


def test_a_city_district_s_own_traffic_unit_written_with_its_level():
    # a Tianjin district notice of 2018: the district's police is the city bureau's branch (D80), its 交警支队 the branch's
    body = "各街道办事处：\n一、区交警支队负责，区公安分局配合。\n"
    names = snippet_departments("武清区2018年道路整治方案", "天津市武清区人民政府办公室", "2018年3月8日", body)
    assert names.get("天津市公安局武清分局交通警察支队") == "区交警支队"
    assert names.get("天津市公安局武清分局") == "区公安分局"
    # a Beijing district's 区交通支队: the city traffic bureau's unit in that district (organ_city_traffic_units.tsv)
    body = "各街道办事处：\n一、区交通支队负责，区公安分局配合。\n"
    names = snippet_departments("通州区2018年道路整治方案", "北京市通州区人民政府办公室", "2018年3月8日", body)
    assert names.get("北京市公安局公安交通管理局通州交通支队") == "区交通支队"
    assert names.get("北京市公安局通州分局") == "区公安分局"
