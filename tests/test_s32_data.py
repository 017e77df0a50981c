"""Organ names of session 32, s32-data (issue 12, knowledge of the whole state): a head shared by a list of sector short
forms, and the renamed organs sourced this session, tested on snippets written for these tests in the style of several
provinces, levels and eras (not copied from any corpus notice)."""
from tests.organ_snippets import snippet_departments


def test_a_bureau_head_after_a_countys_sector_short_forms_is_distributed():
    # a 2014 Gansu county notice: 县 written once, 局 once after the last short form (spec 1.1 section 5, a shared head
    # distributed): each sector the county's bureau under its official name
    body = "（三）县发改、财政、人社局要加强协调配合。\n"
    names = snippet_departments("关于做好春耕生产工作的通知", "会宁县人民政府", "2014年3月1日", body)
    assert names == {"会宁县发展和改革局": "县发改", "会宁县财政局": "财政", "会宁县人力资源和社会保障局": "人社局"}


def test_a_shared_head_after_deng_at_a_city_names_each_sector_as_the_city_does():
    # a 2021 Guangxi prefecture-level city: `等局` closes the list; 卫健 at a city is its commission, whatever the head
    body = "（三）市教育、卫健、民政等局按职责分工负责。\n"
    names = snippet_departments("关于做好春耕生产工作的通知", "百色市人民政府", "2021年3月1日", body)
    assert names == {"百色市教育局": "市教育", "百色市卫生健康委员会": "卫健", "百色市民政局": "民政等局"}


def test_a_department_head_after_a_provinces_sector_names_is_distributed():
    # a 2020 Hubei provincial notice: 厅 shared; 发展改革 at a province is its commission
    body = "（三）省发展改革、财政、自然资源厅按职责分工负责。\n"
    names = snippet_departments("关于做好春耕生产工作的通知", "湖北省人民政府", "2020年3月1日", body)
    assert names == {"湖北省发展和改革委员会": "省发展改革", "湖北省财政厅": "财政", "湖北省自然资源厅": "自然资源厅"}


def test_a_prefectures_two_lists_in_one_sentence_are_read_each_with_its_level():
    # a 2019 Yunnan autonomous prefecture: 州 written before each list
    body = "（三）州发改、财政局负责，州教育、卫健委配合。\n"
    names = snippet_departments("关于做好春耕生产工作的通知", "楚雄彝族自治州人民政府", "2019年3月1日", body)
    assert names == {"楚雄彝族自治州发展和改革委员会": "州发改", "楚雄彝族自治州财政局": "财政局",
                     "楚雄彝族自治州教育局": "州教育", "楚雄彝族自治州卫生健康委员会": "卫健委"}


def test_organs_each_with_its_own_head_or_a_list_of_tasks_are_no_shared_head_list():
    body = "（三）省发展改革委、财政厅按职责分工负责。\n"
    names = snippet_departments("关于做好春耕生产工作的通知", "湖北省人民政府", "2020年3月1日", body)
    assert names == {"湖北省发展和改革委员会": "省发展改革委", "湖北省财政厅": "财政厅"}
    # no level written: the organs' level is not said (the last bureau as before); tasks are no sectors
    body = "（三）加强规划、财政、人社局负责。规划、设计、施工局要加强监督。\n"
    names = snippet_departments("关于做好春耕生产工作的通知", "会宁县人民政府", "2014年3月1日", body)
    assert names == {"会宁县人力资源和社会保障局": "人社局"}


def test_a_municipalitys_price_authority_is_its_organ_of_the_time():
    # 《价格法》 第五条's 价格主管部门 in a municipality's own notices (市 is the province level there; guide D101 as for a
    # province): 上海市物价局 up to 2018 (sourced row), the 发展和改革委员会 after the 2018 municipal reforms; a district's
    # authority stays as written; a municipality without a sourced pre-2019 row keeps the function as written
    body = "第十条　收费标准由市价格主管部门会同市财政部门核定。\n"
    names = snippet_departments("上海市住宅物业服务收费管理办法", "上海市人民政府", "2016年3月1日", body)
    assert names == {"上海市物价局": "市价格主管部门", "上海市财政局": "市财政部门"}
    body = "第十条　收费标准由市价格主管部门会同区价格部门核定。\n"
    names = snippet_departments("关于停车收费的通知", "上海市浦东新区人民政府", "2021年3月1日", body)
    assert names == {"上海市发展和改革委员会": "市价格主管部门", "上海市浦东新区价格部门": "区价格部门"}
    body = "第十条　收费标准由市价格行政主管部门核定。\n"
    names = snippet_departments("天津市机动车停放服务收费管理办法", "天津市人民政府", "2022年3月1日", body)
    assert names == {"天津市发展和改革委员会": "市价格行政主管部门"}
    names = snippet_departments("北京市机动车停放服务收费管理办法", "北京市人民政府", "2012年3月1日", body)
    assert names == {"北京市价格行政主管部门": "市价格行政主管部门"}
    # a prefecture-level city's 市 is no municipality: (s34-function) its own row, the 发展和改革委员会 since the
    # prefectures' 2018-2019 reforms (organ_function_sectors.tsv, level prefecture)
    names = snippet_departments("鞍山市机动车停放服务收费管理办法", "鞍山市人民政府", "2021年3月1日", body)
    assert names == {"鞍山市发展和改革委员会": "市价格行政主管部门"}


def test_a_shared_head_list_after_another_organ_and_in_an_earlier_era():
    # a 2008 Gansu county notice: the list's level written again after a party department; a 2008 Guangxi city notice
    # with the organs of its time (卫生局, 人口和计划生育委员会 before the 2013-2019 mergers)
    body = "（三）县委宣传部、县文化、广电局要加强协调。\n"
    names = snippet_departments("关于加强文物保护的通知", "临夏县人民政府", "2008年3月1日", body)
    assert names == {"中共临夏县委宣传部": "县委宣传部", "临夏县文化局": "县文化", "临夏县广播电视局": "广电局"}
    body = "（三）请市教育、卫生、人口计生委于3月底前报送。\n"
    names = snippet_departments("关于做好流动人口服务工作的通知", "南宁市人民政府", "2008年3月1日", body)
    assert names == {"南宁市教育局": "市教育", "南宁市卫生局": "卫生", "南宁市人口和计划生育委员会": "人口计生委"}
