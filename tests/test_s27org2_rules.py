"""Organ names and collectives (session 27, s27-org2): classes left by the first organ wave and the s27 audit,
tested on snippets written for these tests in the style of other provinces, levels and eras than the notices that showed them."""
from pipeline import process_text
from tests.test_organs_s5 import _run


def _names(text: str, region: str, level: str) -> dict[str, str]:
    names, _ = _run(text, region, level)
    return names


def _record_names(title: str, signer: str, date: str, body: str) -> dict[str, str]:
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    return {d.name: d.quote for d in rec.departments}


def test_sector_list_closed_by_units_of_an_authority():
    # a Guangxi city notice of 2006: 海关、检验检疫等口岸单位 lists two sectors' departments, the closing units add none;
    # a list of businesses closed by 服务单位 (商场、餐饮…) names no department
    text = ("一、任务\n（一）推进口岸建设。由市商务局会同海关、检验检疫等口岸单位具体落实。\n"
            "（二）鼓励商场、餐饮、旅游、文化等服务单位为老年人提供优先服务。\n")
    names = _names(text, "广西壮族自治区钦州市", "prefecture")
    assert {"钦州市商务局", "海关部门", "检验检疫部门"} <= set(names)
    assert not {"口岸单位", "旅游部门", "文化部门", "商场部门"} & set(names)


def test_sector_authority_for_one_side_of_its_work():
    # a Gansu county plan: 公安交通管理部门 (the police's traffic administration) is a collective as written;
    # 社区组织管理部门 stays no sector
    text = ("一、任务\n（一）保障通行。县农业农村局要会同公安交通管理部门做好跨区作业车辆通行保障。\n"
            "（二）社区组织管理部门要做好登记。\n")
    names = _names(text, "甘肃省定西市通渭县", "county")
    assert names.get("公安交通管理部门") == "公安交通管理部门"
    assert not {"交通管理部门", "社区组织管理部门", "组织管理部门"} & set(names)


def test_dispatched_offices_as_a_collective():
    # a Tianjin street's plan: 各派出机构, 各有关派出机构 (the offices dispatched to the street) are collectives as written
    text = ("一、任务\n（一）整治街巷。牵头单位：街道城市管理办公室\n配合单位：各社区居委会、各有关派出机构\n"
            "（二）各派出机构要主动融入街道工作机制。\n")
    names = _names(text, "天津市和平区劝业场街道", "township")
    assert {"各有关派出机构", "各派出机构"} <= set(names)


def test_area_offices_of_a_district_government():
    # a Beijing 朝阳区 notice: 南磨房地区办事处 is the district government's area office, named like a street office
    # (guide D36); a prefecture written before 办事处 (和田地区) is no area office
    text = "一、任务\n（一）整治街巷。区城市管理委牵头，各街道办事处、南磨房地区办事处配合。\n（二）和田地区办事处要做好接待。\n"
    names = _names(text, "北京市朝阳区", "county")
    assert names.get("北京市朝阳区南磨房地区办事处") == "南磨房地区办事处"
    assert not any("和田" in n for n in names)


def test_islands_office_of_hainan():
    # a Hainan provincial notice of 2008: 西南中沙群岛办事处 inside a member's title is the province's office under its
    # full name (海南省西沙群岛、南沙群岛、中沙群岛办事处)
    text = "一、任务\n（一）成立领导小组。省海洋与渔业厅、省财政厅等部门及西南中沙群岛办事处主要负责同志为成员。\n"
    names = _names(text, "海南省", "province")
    assert names.get("海南省西沙群岛、南沙群岛、中沙群岛办事处") == "西南中沙群岛办事处"


def test_protected_area_body_named_with_its_own_place():
    # a Fujian county-level city's plan: 武夷山国家公园管理局 holds its place in its name; 武夷山市 is not put in front
    names = _record_names("武夷山市人民政府关于加强茶产业发展的实施意见", "武夷山市人民政府", "2022年3月1日",
                          "各乡（镇、街道）人民政府：\n\n一、主要任务\n（一）规范茶山管理。严禁在核心保护区新建茶园。"
                          "（市农业农村局负责，市林业局、武夷山国家公园管理局配合）")
    assert names.get("武夷山国家公园管理局") == "武夷山国家公园管理局"
    assert "武夷山市武夷山国家公园管理局" not in names


def test_level_lists_closed_by_county_level():
    # guide D74 with 县级: a Jiangxi regulation's 设区的市、县级人民政府 is one collective, as written; 县级以上人民政府
    # stays a range of levels. ((s35b-names) `市、县级财政部门` is distributed per level: guide D106 as confirmed in S33b,
    # the one-collective reading is only for governments with the level word written once)
    text = ("第一章 总则\n第三条 设区的市、县级人民政府应当加强领导。\n第四条 市、县级财政部门负责保障经费。\n"
            "第五条 县级以上人民政府负责监督。\n")
    names = _names(text, "江西省", "province")
    assert {"设区的市、县级人民政府", "市财政部门", "县级财政部门", "县级以上人民政府"} <= set(names)
    assert not {"设区的市人民政府", "县级人民政府", "市、县级财政部门"} & set(names)


def test_prefecture_committee_written_with_party():
    # a Xinjiang county-level city's plan (伊宁市): 伊犁州党委 is the autonomous prefecture's committee (as 阿坝州委)
    text = "一、任务\n（一）加强领导。按照伊犁州党委、州人民政府工作部署，市农业农村局牵头。\n"
    names = _names(text, "新疆维吾尔自治区伊犁哈萨克自治州伊宁市", "county")
    assert names.get("中共伊犁哈萨克自治州委员会") == "伊犁州党委"
    assert "伊犁哈萨克自治州人民政府" in names
