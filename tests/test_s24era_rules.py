"""s24-era rules (issue 12, a 2012 notice is read as well as a 2025 one): the 司局 of the central organs of earlier eras
from their own 三定 (organ_central_divisions.tsv: 卫生部 1998 and 2008, 国家人口和计划生育委员会 2008, 国土资源部 1998/2008,
农业部 2008, 文化部 2008, 国家食品药品监督管理总局 2013, 国家工商行政管理总局 2008, 国家质量监督检验检疫总局 2008), and a
party committee's 网信领导小组办公室 of 2014-2017 (department_aliases.tsv). Snippets in the styles of ministries, years and
places unlike the notices (a154's 2019 health commission, d033's and a116's network offices) that showed the classes."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def _notice(issuer: str, title: str, lines: list[str], date: str, to: str = "各省、自治区、直辖市有关部门：") -> str:
    body = "".join(f"{n}、{line}\n" for n, line in zip("一二三四五六七八", lines))
    return f"{issuer}关于{title}的通知\n\n{to}\n{body}\n{issuer}\n{date}\n"


def test_health_ministry_of_the_1998_sanding_names_its_divisions_of_then():
    # a 卫生部 notice of 2003: 基妇司 and 法监司 are the 1998 三定's (the 2008 三定 split them: 农卫司, 妇社司, 监督局)
    text = _notice("卫生部办公厅", "做好2003年农村卫生工作", ["加强乡镇卫生院建设。（基妇司、规财司负责）",
                                                       "做好传染病防治。（疾控司、医政司负责）",
                                                       "加强卫生监督。（法监司、科教司负责）"], "2003年3月8日",
                   "各省、自治区、直辖市卫生厅局：")
    assert {k: v for k, v in _deps(text).items() if k.startswith("卫生部") and k != "卫生部办公厅"} == {
        "卫生部基层卫生与妇幼保健司": "基妇司", "卫生部规划财务司": "规财司", "卫生部疾病控制司": "疾控司",
        "卫生部医政司": "医政司", "卫生部卫生法制与监督司": "法监司", "卫生部科技教育司": "科教司"}


def test_land_resources_ministry_divisions_before_the_2018_merger():
    text = _notice("国土资源部办公厅", "做好2012年耕地保护工作", ["严格耕地保护。（耕保司、利用司负责）",
                                                          "加强执法监察。（执法局、地籍司、储量司负责）"], "2012年4月16日",
                   "各省、自治区、直辖市国土资源主管部门：")
    assert {k: v for k, v in _deps(text).items() if k.startswith("国土资源部") and k != "国土资源部办公厅"} == {
        "国土资源部耕地保护司": "耕保司", "国土资源部土地利用管理司": "利用司", "国土资源部执法监察局": "执法局",
        "国土资源部地籍管理司": "地籍司", "国土资源部矿产资源储量司": "储量司"}


def test_agriculture_and_culture_ministries_each_expand_their_own_market_division():
    # 市场司 is 市场与经济信息司 under 农业部 and 文化市场司 under 文化部 (each organ's own 三定)
    farm = _notice("农业部办公厅", "做好2015年春耕生产工作", ["抓好粮食生产。（种植业司、农机化司负责）",
                                                         "加强质量安全监管。（监管局、市场司负责）"], "2015年2月26日",
                   "各省、自治区、直辖市农业（农牧、农村经济）厅（委、局）：")
    assert {k: v for k, v in _deps(farm).items() if k.startswith("农业部") and k != "农业部办公厅"} == {
        "农业部种植业管理司": "种植业司", "农业部农业机械化管理司": "农机化司",
        "农业部农产品质量安全监管局": "监管局", "农业部市场与经济信息司": "市场司"}
    culture = _notice("文化部办公厅", "做好2011年春节文化活动", ["丰富群众文化生活。（社文司、非遗司负责）",
                                                        "加强文化市场管理。（市场司、外联局负责）"], "2011年1月10日",
                      "各省、自治区、直辖市文化厅（局）：")
    assert {k: v for k, v in _deps(culture).items() if k.startswith("文化部") and k != "文化部办公厅"} == {
        "文化部社会文化司": "社文司", "文化部非物质文化遗产司": "非遗司", "文化部文化市场司": "市场司",
        "文化部对外文化联络局": "外联局"}


def test_regulators_merged_in_2018_name_their_divisions_of_then():
    food = _notice("国家食品药品监管总局办公厅", "做好2016年食品药品监管工作", ["加强食品生产监管。（食监一司、食监三司负责）",
                                                                 "加强医疗器械监管。（器械监管司、稽查局负责）"],
                   "2016年3月2日", "各省、自治区、直辖市食品药品监督管理局：")
    assert {k: v for k, v in _deps(food).items() if k.startswith("国家食品药品监督管理总局") and not k.endswith("办公厅")} == {
        "国家食品药品监督管理总局食品安全监管一司": "食监一司", "国家食品药品监督管理总局食品安全监管三司": "食监三司",
        "国家食品药品监督管理总局医疗器械监管司": "器械监管司", "国家食品药品监督管理总局稽查局": "稽查局"}
    market = _notice("国家工商总局办公厅", "做好2010年消费维权工作", ["加强广告监管。（广告司、消保局负责）",
                                                            "规范市场秩序。（市场司、个私司负责）"], "2010年3月8日",
                     "各省、自治区、直辖市及计划单列市工商行政管理局：")
    assert {k: v for k, v in _deps(market).items() if k.startswith("国家工商行政管理总局") and not k.endswith("办公厅")} == {
        "国家工商行政管理总局广告监督管理司": "广告司", "国家工商行政管理总局消费者权益保护局": "消保局",
        "国家工商行政管理总局市场规范管理司": "市场司", "国家工商行政管理总局个体私营经济监管司": "个私司"}
    quality = _notice("质检总局办公厅", "做好2014年产品质量工作", ["加强质量管理。（质量司、特种设备局负责）",
                                                          "加强进出口检验。（动植司、检验司负责）"], "2014年5月20日",
                      "各省、自治区、直辖市质量技术监督局，各直属检验检疫局：")
    assert {k: v for k, v in _deps(quality).items() if k.startswith("国家质量监督检验检疫总局") and not k.endswith("办公厅")} == {
        "国家质量监督检验检疫总局质量管理司": "质量司", "国家质量监督检验检疫总局特种设备安全监察局": "特种设备局",
        "国家质量监督检验检疫总局动植物检疫监管司": "动植司", "国家质量监督检验检疫总局检验监管司": "检验司"}


def test_population_commission_of_2003_2013():
    text = _notice("国家人口计生委办公厅", "做好2011年流动人口服务管理工作", ["加强流动人口服务。（流管司负责）",
                                                                "加强宣传倡导。（宣教司、政法司负责）"], "2011年3月8日",
                   "各省、自治区、直辖市人口计生委：")
    assert {k: v for k, v in _deps(text).items() if k.startswith("国家人口和计划生育委员会") and not k.endswith("办公厅")} == {
        "国家人口和计划生育委员会流动人口服务管理司": "流管司", "国家人口和计划生育委员会宣传教育司": "宣教司",
        "国家人口和计划生育委员会政策法规司": "政法司"}


def test_short_forms_stay_under_their_own_organ_and_years():
    # 利用司 of a 自然资源部 notice of 2020 is not the 国土资源部's; 基妇司 in a 卫生部 notice of 2010 (after the 2008 三定)
    # is not expanded by the 1998 rows
    text = _notice("卫生部办公厅", "做好2010年农村卫生工作", ["加强乡镇卫生院建设。（农卫司、基妇司负责）"], "2010年3月8日",
                   "各省、自治区、直辖市卫生厅局：")
    names = _deps(text)
    assert "卫生部农村卫生管理司" in names and "卫生部基层卫生与妇幼保健司" not in names


def test_party_committees_network_group_office_of_2014_2017():
    # a prefecture's party notice of 2016 writing the office of the 网络安全和信息化领导小组 (before the 2018-2019 reforms
    # made the group a 委员会) short
    text = _notice("中共黔东南州委办公室", "印发2016年网络安全工作要点", ["加强网络安全保障。（州委网信领导小组办公室牵头）"],
                   "2016年4月12日", "各县（市）委，州直各单位：")
    names = _deps(text)
    assert {k: v for k, v in names.items() if "网络安全" in k} == {
        "中共黔东南苗族侗族自治州委网络安全和信息化领导小组办公室": "州委网信领导小组办公室"}
