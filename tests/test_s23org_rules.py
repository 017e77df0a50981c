"""s23-org rules: a central organ's 司局 from its 三定 (organ_central_divisions.tsv: the short form under its own organ and
years; the ministry's own 局/办 written bare in its notice), a county's 金融工作办公室 without 人民政府, a county's zone named
with the county's stem, the province formula's bureau with its alternative in a bracket (two collectives), a working body
the document's own level sets up, a town's office the document writes in full, 动物卫生监督所. Snippets written in the
styles of ministries, provinces, levels and eras unlike the A13 notices that showed the classes."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str, **where: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t", **where).model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def test_a_ministrys_short_divisions_are_expanded_by_its_own_sanding():
    # an NDRC notice of 2020: 体改司 and 就业司 are the commission's (not the health commission's 体制改革司, nor the
    # ministry of human resources' 就业促进司)
    text = ("国家发展改革委办公厅关于做好2020年营商环境评价工作的通知\n\n各省、自治区、直辖市发展改革委：\n"
            "一、完善评价指标体系。（体改司、就业司负责）\n二、加强评价结果运用。（投资司、地区司负责）\n\n"
            "国家发展改革委办公厅\n2020年5月8日\n")
    names = _deps(text)
    assert {k: v for k, v in names.items() if k.startswith("国家发展和改革委员会")} == {
        "国家发展和改革委员会体制改革综合司": "体改司", "国家发展和改革委员会就业收入分配和消费司": "就业司",
        "国家发展和改革委员会固定资产投资司": "投资司", "国家发展和改革委员会地区经济司": "地区司"}


def test_the_health_commissions_divisions_of_its_era():
    # the 卫生计生委 of 2015 named its 基层司 and 妇幼司 otherwise than the 卫生健康委 of 2018
    text = ("国家卫生计生委办公厅关于做好2015年基本公共卫生服务项目工作的通知\n\n各省、自治区、直辖市卫生计生委：\n"
            "一、做实家庭医生签约服务。（基层司、妇幼司负责）\n\n国家卫生计生委办公厅\n2015年6月1日\n")
    assert _deps(text) == {"国家卫生和计划生育委员会基层卫生司": "基层司", "国家卫生和计划生育委员会妇幼健康服务司": "妇幼司"}


def test_a_ministrys_own_bureau_or_office_written_bare_in_its_notice():
    # 疾控局 and 应急办 in the health commission's 2020 plan are its own 疾病预防控制局 and 卫生应急办公室 (the
    # 国家疾病预防控制局 was set up in 2021; the 应急办 is no government's 应急管理办公室)
    text = ("国家卫生健康委办公厅关于印发2020年卫生应急工作要点的通知\n\n各省、自治区、直辖市卫生健康委：\n"
            "一、完善传染病监测预警体系。（疾控局、应急办负责）\n二、加强基层应急能力建设。（医政医管局、基层司负责）\n\n"
            "国家卫生健康委办公厅\n2020年3月2日\n")
    assert _deps(text) == {"国家卫生健康委员会疾病预防控制局": "疾控局", "国家卫生健康委员会卫生应急办公室": "应急办",
                           "国家卫生健康委员会医政医管局": "医政医管局", "国家卫生健康委员会基层卫生健康司": "基层司"}
    # in 2023 the commission's notice means the 国家疾病预防控制局 by 疾控局
    text = text.replace("2020年", "2023年")
    assert _deps(text)["国家疾病预防控制局"] == "疾控局"


def test_a_countys_finance_office_carries_no_people_government():
    text = ("涉县人民政府关于支持中小企业融资的意见\n\n各乡镇人民政府，县政府各部门：\n"
            "一、县金融办负责协调银企对接，县财政局配合。\n\n涉县人民政府\n2015年3月2日\n")
    assert _deps(text)["涉县金融办"] == "县金融办"  # (S24 D50: 金融办 kept as written)
    text = ("邯郸市人民政府关于支持中小企业融资的意见\n\n各县（市、区）人民政府，市政府各部门：\n"
            "一、市金融办负责协调银企对接，市财政局配合。\n\n邯郸市人民政府\n2015年3月2日\n")
    assert _deps(text)["邯郸市金融办"] == "市金融办"


def test_a_countys_zone_named_with_the_countys_stem():
    text = ("莒南县人民政府关于加快工业园区建设的意见\n\n各乡镇人民政府，县政府各部门：\n"
            "一、莒南经济开发区管委会负责园区规划，县经济开发区管委会做好项目服务。\n\n莒南县人民政府\n2016年4月1日\n")
    names = _deps(text)
    assert names["莒南经济开发区管理委员会"] == "莒南经济开发区管委会"
    assert "莒南县莒南经济开发区管理委员会" not in names


def test_the_province_formulas_bureau_with_its_alternative_names_two_collectives():
    text = ("民政部 财政部关于做好困难群众基本生活保障工作的通知\n\n各省、自治区、直辖市人民政府：\n"
            "一、各省、自治区、直辖市及新疆生产建设兵团民政厅（局）、财政厅（局）要加强协作，按时拨付资金。\n\n"
            "民政部　财政部\n2019年6月3日\n")
    names = _deps(text)
    assert {"各省、自治区、直辖市及新疆生产建设兵团民政厅", "各省、自治区、直辖市及新疆生产建设兵团民政局",
            "各省、自治区、直辖市及新疆生产建设兵团财政厅", "各省、自治区、直辖市及新疆生产建设兵团财政局"} <= set(names)


def test_a_working_body_the_towns_own_level_sets_up_is_the_towns():
    # a Guangdong town's plan: the group 镇 sets up is the town's; the groups each village sets up are not
    text = ("黄坌镇2018年森林防火工作方案\n\n各村（社区），镇直各单位：\n"
            "一、组织领导\n镇成立森林防火工作领导小组，由镇长任组长。各村要相应成立护林防火工作小组。\n\n"
            "黄坌镇人民政府\n2018年1月5日\n")
    names = _deps(text, region="广东省清远市阳山县黄坌镇", admin_level="township")
    assert names["阳山县黄坌镇森林防火工作领导小组"] == "森林防火工作领导小组"
    assert not any(n.endswith("护林防火工作小组") and n.startswith("阳山县") for n in names)


def test_a_towns_office_takes_the_full_name_the_document_writes():
    # a Sichuan township's plan signed by its 党政办公室: 乡党政办 is that office (guide D40: the document makes it certain)
    text = ("白果乡2014年农村环境整治工作方案\n\n各村民委员会，乡属各单位：\n"
            "一、工作措施\n（一）乡党政办负责督查通报。\n\n抄送：乡党委、乡人大\n白果乡党政办公室　　2014年4月8日印发\n")
    names = _deps(text, region="四川省巴中市平昌县白果乡", admin_level="township")
    assert names["平昌县白果乡党政办公室"] == "乡党政办"
    text = text.replace("白果乡党政办公室　", "白果乡人民政府　")
    assert _deps(text, region="四川省巴中市平昌县白果乡", admin_level="township")["平昌县白果乡党政办"] == "乡党政办"


def test_the_animal_health_supervision_station_is_an_organ():
    text = ("临泽县人民政府关于加强动物防疫工作的意见\n\n各乡镇人民政府，县政府各部门：\n"
            "一、县动物卫生监督所负责产地检疫和屠宰检疫，县畜牧兽医局加强指导。\n\n临泽县人民政府\n2012年5月3日\n")
    assert _deps(text)["临泽县动物卫生监督所"] == "县动物卫生监督所"


def test_a_groups_office_with_its_seat_in_a_bracket():
    # a Yunnan provincial plan of 2009: the office of the group named before it, its seat in brackets
    text = ("云南省人民政府关于做好农民工就业工作的意见\n\n各州、市人民政府，省直各委、办、厅、局：\n"
            "一、加强领导。省农民工工作领导小组统筹推进，领导小组办公室（设在省人力资源社会保障厅）负责日常工作。\n\n"
            "云南省人民政府\n2009年3月2日\n")
    names = _deps(text)
    assert names["云南省农民工工作领导小组办公室"] == "领导小组办公室"


def test_a_sites_list_of_links_names_no_organ():
    text = ("洛阳市人民政府关于加快文化旅游产业发展的意见\n\n各县（市、区）人民政府，市人民政府各部门：\n"
            "一、市文化广电和旅游局负责组织实施。\n\n洛阳市人民政府\n2021年3月2日\n"
            "相关链接：中国政府网 | 河南省人民政府 | 国家文化和旅游部\n")
    names = _deps(text)
    assert "河南省人民政府" not in names and "洛阳市文化广电和旅游局" in names


def test_a_bare_banshichu_in_a_streets_own_notice_is_the_street_office():
    text = ("簇桥街道2019年社区治理工作方案\n\n各社区居委会，街道各科室：\n"
            "一、组织领导\n成立社区治理工作领导小组，由街道党工委书记、办事处主任任组长。\n"
            "二、工作措施\n（一）办事处负责统筹协调，各社区抓好落实。\n\n簇桥街道办事处\n2019年2月1日\n")
    names = _deps(text, region="四川省成都市武侯区簇桥街道", admin_level="township")
    assert names["成都市武侯区簇桥街道办事处"] == "办事处"


def test_a_division_whose_name_joins_two_fields():
    text = ("湖北省人民政府关于加强节能工作的意见\n\n各市、州、县人民政府，省政府各部门：\n"
            "一、省发展改革委资源节约和环境保护处负责日常工作，省财政厅配合。\n\n湖北省人民政府\n2006年9月1日\n")
    names = _deps(text)
    assert names["湖北省发展和改革委员会资源节约和环境保护处"] == "省发展改革委资源节约和环境保护处"
    assert "湖北省发展和改革委员会" not in names


def test_a_service_hall_and_a_body_set_up_correspondingly_are_no_organs():
    text = ("岳池县人民政府关于优化营商环境的实施意见\n\n各乡镇人民政府，县级各部门：\n"
            "一、县政务服务大厅设立企业开办专窗，县市场监管局负责。\n"
            "二、各乡镇要成立相应工作专班，县发展改革局加强督导。\n\n岳池县人民政府\n2020年6月1日\n")
    names = _deps(text)
    assert not any(n.endswith(("大厅", "专班")) for n in names)
    assert "岳池县市场监督管理局" in names
