"""Session 19, second organ wave (s19-org2): one test per rule, each a realistic snippet written in the style of a
province, level or era other than the opened notices (none copied from a corpus notice); exact expected items."""
from __future__ import annotations

from tests.test_organs_s5 import _run


def names(text, region, level):
    got, _ = _run(text, region, level)
    return set(got)


def triples(text, region, level):
    return _run(text, region, level)[1]


def test_town_level_and_head_shared_by_a_sector_list():
    # a town's rule (Hainan): 镇 and 相关行政管理部门 shared by every sector of the list
    text = "第七条 镇农业、水务、林业等相关行政管理部门应当按照各自职责，做好水源林保护工作。\n"
    assert names(text, "海南省琼中黎族苗族自治县湾岭镇", "township") == {
        "琼中黎族苗族自治县湾岭镇农业行政管理部门", "琼中黎族苗族自治县湾岭镇水务行政管理部门",
        "琼中黎族苗族自治县湾岭镇林业行政管理部门"}


def test_town_level_list_outside_a_town_notice_is_as_written():
    text = "第七条 乡农业、林业行政主管部门负责指导，县林业局负责监督。\n"
    assert names(text, "黑龙江省黑河市逊克县", "county") == {"乡农业行政主管部门", "乡林业行政主管部门", "逊克县林业局"}


def test_statute_prefix_carried_to_the_next_authority():
    # a provincial regulation of the 2000s (Gansu)
    text = ("第四条 县级以上人民政府环境保护行政主管部门、水行政主管部门按照各自职责，负责饮用水水源的监督管理。"
            "县级以上人民政府财政部门和发展改革部门应当给予支持。\n")
    assert names(text, "甘肃省", "province") == {
        "县级以上人民政府环境保护行政主管部门", "县级以上人民政府水行政主管部门", "县级以上人民政府财政部门", "发展改革部门"}


def test_statute_prefix_with_local_and_three_authorities():
    text = "第三条 县级以上地方人民政府卫生行政部门、药品监督管理部门和市场监督管理部门依法履行职责。\n"
    assert names(text, "广西壮族自治区", "province") == {
        "县级以上地方人民政府卫生行政部门", "县级以上地方人民政府药品监督管理部门", "县级以上地方人民政府市场监督管理部门"}


def test_banner_government_office_written_short():
    text = "五、督查考核\n旗政府督查室会同旗委督查室每季度开展一次专项督查。\n"
    assert names(text, "内蒙古自治区锡林郭勒盟正蓝旗", "county") == {"正蓝旗人民政府督查室", "中共正蓝旗委督查室"}
    assert triples(text, "内蒙古自治区锡林郭勒盟正蓝旗", "county") == {
        ("五", "正蓝旗人民政府督查室", "lead"), ("五", "中共正蓝旗委督查室", "co")}


def test_chengdu_place_kind_district_city_county():
    text = "三、工作要求\n区（市）县卫生健康部门要做好登记，由区（市）县教育、财政部门负责保障。\n"
    assert names(text, "四川省成都市", "prefecture") == {
        "区（市）县卫生健康部门", "区（市）县教育部门", "区（市）县财政部门"}


def test_prefecture_direct_departments_written_short():
    text = "四、保障措施\n地直各部门要按照职责分工抓好落实，地直有关部门要加强配合。\n"
    assert names(text, "新疆维吾尔自治区和田地区", "prefecture") == {"和田地区直各部门", "和田地区直有关部门"}


def test_county_assistance_team_in_a_duty_list():
    text = "5．选派帮扶干部。（责任单位：县委组织部、县乡村振兴局、县综合帮扶工作队）\n"
    assert names(text, "四川省凉山彝族自治州布拖县", "county") == {
        "中共布拖县委组织部", "布拖县乡村振兴局", "布拖县综合帮扶工作队"}


def test_bare_assistance_teams_are_no_organs():
    text = "（三）管好用好驻村工作队和第一书记，帮扶工作队要吃住在村。\n"
    assert names(text, "四川省凉山彝族自治州布拖县", "county") == set()


def test_township_rural_economy_authority_as_written():
    text = "第十二条 乡（镇）农村经济管理部门负责集体资产的登记，县农业农村局负责业务指导。\n"
    assert names(text, "贵州省铜仁市石阡县", "county") == {"乡（镇）农村经济管理部门", "石阡县农业农村局"}


def test_township_office_of_public_order_and_emergencies():
    text = "（二）乡社会治安和应急管理办公室牵头，开展集中整治。\n"
    assert names(text, "云南省昭通市镇雄县芒部镇", "township") == set()  # (乡 in a 镇's notice names no office of it)
    text = "（二）镇社会治安和应急管理办公室牵头，开展集中整治。\n"
    assert names(text, "云南省昭通市镇雄县坡头镇", "township") == {"镇雄县坡头镇社会治安和应急管理办公室"}


def test_bare_trade_union_after_a_verb():
    text = "三、保障措施\n（三）凝聚各方力量。充分发挥工会、共青团、妇联作用，鼓励社会组织参与。\n"
    assert names(text, "黑龙江省佳木斯市", "prefecture") == {
        "佳木斯市总工会", "共青团佳木斯市委员会", "佳木斯市妇女联合会"}


def test_union_money_after_a_verb_is_no_organ():
    text = "一、工作目标\n发挥工会经费使用效益，企业工会要建立职工书屋。\n"
    assert names(text, "黑龙江省佳木斯市", "prefecture") == {"企业工会"}


def test_union_after_a_preposition():
    text = "第九条 分配方案由用人单位制订，经工会或者职工代表大会讨论通过后，报县住房和城乡建设局备案。\n"
    assert names(text, "广西壮族自治区河池市巴马瑶族自治县", "county") == {
        "巴马瑶族自治县总工会", "巴马瑶族自治县住房和城乡建设局"}


def test_statute_prefix_of_the_provinces_and_of_one_level():
    text = ("第六条 省、自治区、直辖市人民政府卫生行政部门、教育行政部门应当加强协作。"
            "县级人民政府农业农村主管部门、林业和草原主管部门负责具体实施。\n")
    assert names(text, "全国", "central") == {
        "省、自治区、直辖市人民政府卫生行政部门", "省、自治区、直辖市人民政府教育行政部门",
        "县级人民政府农业农村主管部门", "县级人民政府林业和草原主管部门"}
