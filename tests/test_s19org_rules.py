"""Session 19 (s19-org): departments rules, one test each, on snippets written for these tests in the style of other
provinces, levels and eras (none copied from a corpus notice). Exact expected departments; text[span] == quote."""
from __future__ import annotations

import sys

import pytest

sys.path.insert(0, ".")

from pipeline import process_text  # noqa: E402


def _deps(text, region, level):
    r = process_text(text, region=region, admin_level=level).model_dump()
    return {d["name"] for d in r["departments"]}, r


def _quotes_in_text(text, r):
    for d in r["departments"]:
        assert d["quote"] in text


def test_towns_sharing_one_government():
    text = ("（三）发展林下经济。扩大种植面积2万亩。（牵头单位：县林业局；责任单位：县财政局，杆洞乡、怀宝镇、香粉乡人民政府）\n")
    names, r = _deps(text, "广西壮族自治区柳州市融水苗族自治县", "county")
    assert names == {"融水苗族自治县林业局", "融水苗族自治县财政局", "融水苗族自治县杆洞乡人民政府",
                     "融水苗族自治县怀宝镇人民政府", "融水苗族自治县香粉乡人民政府"}
    _quotes_in_text(text, r)


def test_towns_listed_as_places_are_no_governments():
    text = "（一）建设产业园区。支持在怀宝镇、香粉乡建设冷链集配中心。（县商务局负责）\n"
    names, _ = _deps(text, "广西壮族自治区柳州市融水苗族自治县", "county")
    assert names == {"融水苗族自治县商务局"}


def test_town_committees_and_governments():
    text = "（二）推进草原生态保护。（县林草局牵头，甘加乡党委、政府配合）\n"
    names, _ = _deps(text, "甘肃省甘南藏族自治州夏河县", "county")
    assert names == {"夏河县林业和草原局", "中共夏河县甘加乡委员会", "夏河县甘加乡人民政府"}


def test_seat_of_a_government_is_a_place():
    text = "（三）完善交通。改造营根镇人民政府驻地道路，建设县政府所在地污水处理厂。（县交通运输局负责）\n"
    names, _ = _deps(text, "海南省琼中黎族苗族自治县", "county")
    assert names == {"琼中黎族苗族自治县交通运输局"}


@pytest.mark.parametrize("region,level,text,expected", [
    ("甘肃省临夏回族自治州", "prefecture",
     "五、保障措施\n（一）加强组织领导。成立州乡村旅游发展工作领导小组，州文化和旅游局负责日常工作。\n",
     {"临夏回族自治州乡村旅游发展工作领导小组", "临夏回族自治州文化和旅游局"}),
    ("内蒙古自治区兴安盟", "prefecture",
     "四、组织实施\n盟行署决定组建盟黑土地保护工作专班，盟农牧局具体负责。\n",
     {"兴安盟行政公署", "兴安盟黑土地保护工作专班", "兴安盟农牧局"}),
    ("甘肃省甘南藏族自治州夏河县桑科乡", "township",
     "三、工作要求\n各村要将整治进展报乡草原生态保护工作领导小组办公室。\n",
     {"夏河县桑科乡草原生态保护工作领导小组办公室", "各村"}),  # (各村: guide D38 of S21)
])
def test_level_prefixed_working_bodies(region, level, text, expected):
    names, r = _deps(text, region, level)
    assert names == expected
    _quotes_in_text(text, r)


def test_level_words_are_no_working_body_prefix():
    text = "一、总体目标\n全州乡村振兴工作领导小组成员单位要加强协作，州域经济明显增强。\n"
    names, _ = _deps(text, "甘肃省临夏回族自治州", "prefecture")
    assert not any(n.startswith("临夏回族自治州乡村") for n in names)


def test_ministry_departments_bare():
    text = ("国家卫生健康委办公厅关于做好2020年老年健康服务工作的通知\n各省、自治区、直辖市卫生健康委：\n"
            "一、重点工作\n（一）推进医养结合。（老龄司牵头，规划与信息司、财务司配合）\n"
            "国家卫生健康委办公厅\n2020年6月1日\n")
    names, r = _deps(text, "全国", "central")
    assert {"国家卫生健康委员会老龄健康司", "国家卫生健康委员会规划与信息司", "国家卫生健康委员会财务司"} <= names
    _quotes_in_text(text, r)


def test_ministry_bureau_bare():
    text = ("农业农村部关于加强生猪生产的通知\n各省、自治区、直辖市农业农村（农牧）厅（局、委）：\n"
            "一、重点任务\n（一）稳定生猪产能。（畜牧兽医局牵头，计划财务司配合）\n农业农村部\n2019年9月1日\n")
    names, _ = _deps(text, "全国", "central")
    assert {"农业农村部畜牧兽医局", "农业农村部计划财务司"} <= names
    assert "畜牧兽医局" not in names


def test_ministry_departments_not_companies():
    text = ("交通运输部关于做好春运工作的通知\n各省、自治区、直辖市交通运输厅（局、委）：\n"
            "一、工作安排\n（一）保障运力。（运输服务司牵头，中国国家铁路集团有限公司、中国东方航空公司配合）\n"
            "交通运输部\n2019年1月5日\n")
    names, _ = _deps(text, "全国", "central")
    assert "交通运输部运输服务司" in names
    assert not any("公司" in n for n in names)


@pytest.mark.parametrize("region,level,text,expected", [
    ("全国", "central", "三、保障措施\n各省级教育、财政部门要加强统筹。\n", {"各省级教育部门", "各省级财政部门"}),
    ("四川省", "province", "三、保障措施\n各市（州）民政、卫生健康部门要密切配合。\n",
     {"各市（州）民政部门", "各市（州）卫生健康部门"}),
    ("黑龙江省", "province", "三、保障措施\n各市（地）发展改革、财政部门要抓好落实。\n",
     {"各市（地）发展改革部门", "各市（地）财政部门"}),
    ("湖南省", "province", "三、保障措施\n县（市、区）教育、人力资源社会保障部门要加强协作。\n",
     {"县（市、区）教育部门", "县（市、区）人力资源社会保障部门"}),
    ("甘肃省天水市", "prefecture", "三、保障措施\n各县区财政、人社部门要加强资金监管。\n",
     {"各县区财政部门", "各县区人社部门"}),
])
def test_place_determiner_over_sector_list(region, level, text, expected):
    names, _ = _deps(text, region, level)
    assert names == expected


def test_plain_levels_stay_no_collective():
    text = "一、基本原则\n坚持省级统筹、市县落实，各级财政资金向农村倾斜，省级示范区达到100个。\n"
    names, _ = _deps(text, "全国", "central")
    assert names == set()


@pytest.mark.parametrize("region,level,text,expected", [
    ("广西壮族自治区梧州市", "prefecture", "四、保障措施\n各城区人民政府要落实属地责任。\n", {"各城区人民政府"}),
    ("黑龙江省", "province", "四、保障措施\n各市（地）、县（市、区）政府要落实属地责任。\n", {"各市（地）、县（市、区）政府"}),
    ("江苏省徐州市", "prefecture", "三、工作要求\n各市（县）、区人民政府要抓好落实。\n", {"各市（县）、区人民政府"}),
    ("西藏自治区", "province", "三、工作要求\n各地（市）、各部门要高度重视。\n", {"各地（市）", "各部门"}),
])
def test_place_kind_collectives(region, level, text, expected):
    names, _ = _deps(text, region, level)
    assert names == expected


def test_city_level_departments_of_a_task():
    text = "二、工作要求\n市直各牵头部门要细化工作措施，市直各责任部门抓好落实。\n"
    names, _ = _deps(text, "山东省潍坊市", "prefecture")
    assert names == set()  # (s27-org, guide D81: back-references to the document's columns are no organs)


def test_township_enterprises_are_no_towns():
    text = "一、工作要求\n各乡镇企业要建立健全安全生产责任制。\n"
    names, _ = _deps(text, "陕西省咸阳市", "prefecture")
    assert names == set()


def test_xingshu_inside_names():
    text = "三、保障措施\n（一）加强督查。地区行署督查室每季度开展一次督查，行署办公室负责统筹。\n"
    names, _ = _deps(text, "新疆维吾尔自治区阿克苏地区", "prefecture")
    assert names == {"阿克苏地区行政公署督查室", "阿克苏地区行政公署办公室"}


def test_tortoise_brackets_kept_in_collectives():
    text = "三、工作要求\n各县〔市〕人民政府要加强领导，各乡镇〔街道〕要抓好落实。\n"
    names, _ = _deps(text, "吉林省延边朝鲜族自治州", "prefecture")
    assert names == {"各县（市）人民政府", "各乡镇（街道）"}  # (s23-town, guide D43: named with round brackets)


def test_body_after_a_role_verb():
    text = "三、工作要求\n县政府督查室会同领导小组办公室每季度开展一次督查。\n"
    names, _ = _deps(text, "新疆维吾尔自治区伊犁哈萨克自治州伊宁县", "county")
    assert "伊宁县人民政府督查室" in names
    assert not any("会同" in n for n in names)


def test_town_market_station_full_name():
    text = "海北镇人民政府关于开展食品安全整治的通知\n各村委会：\n一、工作分工\n镇市场监管所负责日常检查。\n海北镇人民政府\n2021年5月6日\n"
    names, _ = _deps(text, "黑龙江省绥化市海伦市海北镇", "township")
    assert "海伦市海北镇市场监督管理所" in names


def test_issuer_self_reference():
    text = ("国家林业和草原局关于加强草原保护的通知\n各省、自治区、直辖市林业和草原主管部门：\n"
            "一、工作要求\n请各地于12月底前将总结报送我局。我局将适时组织督查。我部门将配合。\n国家林业和草原局\n2021年3月1日\n")
    names, r = _deps(text, "全国", "central")
    assert "国家林业和草原局" in names
    _quotes_in_text(text, r)


def test_issuer_self_reference_needs_matching_kind():
    text = ("国务院办公厅转发国土资源部关于加强地质灾害防治工作意见的通知\n各省、自治区、直辖市人民政府：\n"
            "一、基本情况\n2004年，我部组织开展了地质灾害调查。\n国务院办公厅\n2005年1月1日\n")
    names, _ = _deps(text, "全国", "central")
    assert "国务院办公厅" not in names and "国务院" not in names


@pytest.mark.parametrize("date,expected", [("1997年3月5日", "海伦市税务局"), ("2021年3月5日", "国家税务总局海伦市税务局")])
def test_local_tax_bureau_of_its_time(date, expected):
    text = ("海伦市人民政府关于支持民营企业发展的通知\n各乡镇人民政府：\n一、落实政策\n市财政局、市税务局要积极支持。\n"
            f"海伦市人民政府\n{date}\n")
    names, _ = _deps(text, "黑龙江省绥化市海伦市", "county")
    assert names == {"海伦市财政局", expected}


def test_special_district_place_kinds():
    text = "二、保障措施\n各市（州）、县（市、区、特区）人民政府要加强组织领导。\n"
    names, _ = _deps(text, "贵州省", "province")
    assert names == {"各市（州）、县（市、区、特区）人民政府"}


def test_health_commission_divisions():
    text = ("一、职责分工\n（一）加强疫苗接种。（责任处室：疾控处、妇幼处）\n（二）深化改革。（责任处室：体改处、科教处）\n")
    r = process_text(text, region="青海省", admin_level="province").model_dump()
    names = {d["name"] for d in r["departments"]}
    # no single issuer: a division of the 卫生健康 sector is the province's commission's
    assert {"青海省卫生健康委员会疾病预防控制处", "青海省卫生健康委员会妇幼健康处", "青海省卫生健康委员会体制改革处"} <= names


def test_group_named_by_its_office_with_the_place():
    text = ("三、保障措施\n（一）加强组织领导。省人民政府成立由分管副省长任组长的秸秆综合利用工作领导小组。\n"
            "（二）加强督查。各市要于每年1月15日前将进展报省秸秆综合利用工作领导小组办公室。\n")
    names, _ = _deps(text, "黑龙江省", "province")
    assert "黑龙江省秸秆综合利用工作领导小组" in names and "秸秆综合利用工作领导小组" not in names


def test_places_people_move_between():
    text = "二、工作要求\n搬迁群众的户籍迁移由迁入地公安机关办理，迁出地民政部门配合。\n"
    names, _ = _deps(text, "甘肃省定西市", "prefecture")
    assert names == {"迁入地公安机关", "迁出地民政部门"}


def test_chongqing_housing_commission_short_form():
    text = "一、工作任务\n（一）推进农房整治。（牵头单位：县住房城乡建委）\n"
    names, _ = _deps(text, "重庆市酉阳土家族苗族自治县", "county")
    assert names == {"酉阳土家族苗族自治县住房和城乡建设委员会"}


def test_central_organ_branches_as_a_kind():
    text = "第二十条 国家能源局各派出机构负责辖区内的监管，海关总署各直属海关要加强查验，国家能源局要加强指导。\n"
    names, _ = _deps(text, "全国", "central")
    assert names == {"国家能源局各派出机构", "海关总署各直属海关", "国家能源局"}


def test_county_party_rural_work_committee():
    text = "一、加强领导\n县委农工委、县农业农村局为成员单位。\n"
    names, _ = _deps(text, "河南省周口市郸城县", "county")
    assert names == {"中共郸城县委农村工作委员会", "郸城县农业农村局"}


def test_chongqing_districts_and_autonomous_counties():
    text = "二、加强监管\n各区县（自治县）发展改革、市场监管部门要加强价格监管。\n"
    names, _ = _deps(text, "重庆市", "province")
    assert names == {"各区县（自治县）发展改革部门", "各区县（自治县）市场监管部门"}


def test_counties_and_cities_over_a_sector_list():
    text = "二、加强保障\n各县市农业农村、财政部门要加大投入。\n"
    names, _ = _deps(text, "湖北省恩施土家族苗族自治州", "prefecture")
    assert names == {"各县市农业农村部门", "各县市财政部门"}
