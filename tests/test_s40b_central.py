"""Central organs of every reform era as data (s40b-central, issue 12: knowledge of the whole state, as data with
sources): the 国务院机构改革方案 of 1993-2023 and the party's 机构改革方案 of 2018 and 2023 (pipeline/data/SOURCES.md),
tested on snippets written for these tests (invented central notices of several eras, not copied from any notice);
every span gives its quote (tests/organ_snippets.py)."""
from tests.organ_snippets import snippet_departments


def _central(year: str, body: str, signer: str = "国务院办公厅") -> dict[str, str]:
    return snippet_departments(f"{signer}关于做好{year}年有关工作的通知", signer, f"{year}年6月1日",
                               "一、工作任务\n（一）做好有关工作。" + body + "\n")


def test_the_national_bureaus_of_the_1998_plan_written_short():
    # 国发〔1998〕5号: the industrial ministries made bureaus managed by the 国家经贸委, written 国家X局 in notices of
    # 1998-2001
    names = _central("2000", "国家经贸委、国家机械局、国家冶金局、国家轻工局、国家纺织局、国家有色金属局、国家内贸局按职责分工负责。")
    assert names == {"国家经济贸易委员会": "国家经贸委", "国家机械工业局": "国家机械局", "国家冶金工业局": "国家冶金局",
                     "国家轻工业局": "国家轻工局", "国家纺织工业局": "国家纺织局", "国家有色金属工业局": "国家有色金属局",
                     "国家国内贸易局": "国家内贸局"}


def test_the_inspection_and_quality_bureaus_of_1998_written_short():
    names = _central("1999", "国家质量技监局、国家检验检疫局、国家药品监管局负责。")
    assert names == {"国家质量技术监督局": "国家质量技监局", "国家出入境检验检疫局": "国家检验检疫局",
                     "国家药品监督管理局": "国家药品监管局"}


def test_the_partys_offices_before_the_2018_reform_are_the_leading_groups_offices():
    # 深化党和国家机构改革方案 (2018-03-21): the leading groups became committees; a 2016 notice names the offices of its time
    names = _central("2016", "中央财办、中央外办、中央改革办、中央维稳办、中央防范办按职责分工负责。", "中共中央办公厅")
    assert names == {"中央财经领导小组办公室": "中央财办", "中央外事工作领导小组办公室": "中央外办",
                     "中央全面深化改革领导小组办公室": "中央改革办", "中央维护稳定工作领导小组办公室": "中央维稳办",
                     "中央防范和处理邪教问题领导小组办公室": "中央防范办"}


def test_the_partys_offices_after_the_2018_reform_are_the_committees_offices():
    names = _central("2019", "中财办、中央外办、中央深改办按职责分工负责。", "中共中央办公厅")
    assert names == {"中央财经委员会办公室": "中财办", "中央外事工作委员会办公室": "中央外办",
                     "中央全面深化改革委员会办公室": "中央深改办"}


def test_a_leading_groups_office_written_in_full_after_the_reform_is_its_successor():
    # (guide D99) a name already out of date at the issue date is the organ of the issue date
    names = _central("2020", "原中央网络安全和信息化领导小组办公室、原中央社会治安综合治理委员会办公室的有关工作由中央网信办、中央政法委承担。")
    assert names == {"中共中央网络安全和信息化委员会办公室": "中央网络安全和信息化领导小组办公室",
                     "中共中央政法委员会": "中央社会治安综合治理委员会办公室"}


def test_the_offices_administration_before_2013_and_the_civil_aviation_administration_before_2008():
    assert _central("2006", "国管局、中国民航局、国家发展改革委负责。") == {
        "国务院机关事务管理局": "国管局", "中国民用航空总局": "中国民航局", "国家发展和改革委员会": "国家发展改革委"}
    assert _central("2016", "国管局、中国民航局负责。") == {"国家机关事务管理局": "国管局", "中国民用航空局": "中国民航局"}


def test_organs_merged_by_a_reform_are_named_as_their_successor_at_the_issue_date():
    # 2018年国务院机构改革方案 (国家粮食局, 国家测绘地理信息局, 国务院法制办公室) and the 2023 plan (the CBIRC, itself
    # made of the CBRC in 2018): a 2024 notice's list written with the old names
    names = _central("2024", "原国家粮食局、原国家测绘地理信息局、原国务院法制办公室、原中国银行业监督管理委员会承担的有关职责按规定划转。")
    assert names == {"国家粮食和物资储备局": "国家粮食局", "自然资源部": "国家测绘地理信息局", "司法部": "国务院法制办公室",
                     "国家金融监督管理总局": "中国银行业监督管理委员会"}


def test_a_second_organ_joined_by_he_is_no_bureau_of_the_first():
    names = _central("2021", "财政部和税务总局要落实税收优惠政策，国务院国资委和国家税务总局要加强指导。", "国务院")
    assert names == {"财政部": "财政部", "国家税务总局": "税务总局", "国务院国有资产监督管理委员会": "国务院国资委"}


def test_a_place_opening_with_he_still_names_a_regulators_branch():
    names = _central("2024", "国家金融监督管理总局和田监管分局负责。", "国家金融监督管理总局")
    assert names == {"国家金融监督管理总局和田监管分局": "国家金融监督管理总局和田监管分局"}


def test_a_division_its_organs_sanding_names_is_read_whole():
    # organ_central_divisions.tsv (国家发展和改革委员会 三定 2018): 利用外资和境外投资司 holds 用, where the pattern stops
    names = _central("2020", "请与国家发展改革委利用外资和境外投资司联系。", "国家发展和改革委员会办公厅")
    assert names == {"国家发展和改革委员会利用外资和境外投资司": "国家发展改革委利用外资和境外投资司"}


def test_the_civil_aviation_regional_administrations_in_every_written_form():
    names = _central("2012", "民航西南局、民航新疆管理局、民航东北地区管理局按职责分工负责。", "中国民用航空局")
    assert names == {"中国民用航空西南地区管理局": "民航西南局", "中国民用航空新疆地区管理局": "民航新疆管理局",
                     "中国民用航空东北地区管理局": "民航东北地区管理局"}


def test_offices_written_bare_in_a_central_notice_and_in_a_provinces():
    assert _central("2011", "医改办、农民工办、公务员局、国务院防艾办按职责分工负责。") == {
        "国务院深化医药卫生体制改革领导小组办公室": "医改办", "国务院农民工工作领导小组办公室": "农民工办",
        "国家公务员局": "公务员局", "国务院防治艾滋病工作委员会办公室": "国务院防艾办"}
    names = snippet_departments("关于做好2011年有关工作的通知", "江西省人民政府办公厅", "2011年6月1日",
                                "一、工作任务\n（一）做好有关工作。省医改办、省农民工办负责。\n")
    assert names == {"江西省医改办": "省医改办", "江西省农民工办": "省农民工办"}
