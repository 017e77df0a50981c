"""Organ names of session 32 (s32-org): the classes A29's, A30's and A31's open golds (a337-a372) showed, tested on
snippets written for these tests in the style of other places, levels and eras than the notices that showed them (not
copied from any corpus)."""
from tests.organ_snippets import snippet_departments


def test_a_level_word_written_once_before_committee_and_government_is_shared():
    # spec 1.1 section 5 (a shared head distributed: `自治区党委、人民政府` -> both): a 2009 Jiangsu provincial notice
    # writes the level once, 县级党委和政府 / 乡镇党委、政府; each level's committees and governments are collectives
    body = "（三）县级党委和政府要把农村饮水安全摆上重要位置，由乡镇党委、政府具体组织实施。\n"
    names = snippet_departments("关于加快农村饮水安全工程建设的通知", "江苏省人民政府", "2009年4月1日", body)
    assert names == {"县级党委": "县级党委和政府", "县级政府": "县级党委和政府",
                     "乡镇党委": "乡镇党委", "乡镇政府": "政府"}


def test_places_of_two_kinds_with_brackets_sharing_one_each_before_committee_and_government():
    # a 2016 Ningxia regional notice: 各市（区）、县（市、区）党委和政府 (cities with their districts in a bracket, then the
    # counties), and 各设区市党委和政府: one collective per organ kind, the places as written
    body = ("（一）各市（区）、县（市、区）党委和政府要定期研究扶贫工作。\n"
            "（二）各设区市党委和政府要加强督促检查。\n")
    names = snippet_departments("关于打赢脱贫攻坚战的实施意见", "宁夏回族自治区人民政府", "2016年4月1日", body)
    assert names == {"各市（区）、县（市、区）党委": "各市（区）、县（市、区）党委和政府",
                     "各市（区）、县（市、区）政府": "各市（区）、县（市、区）党委和政府",
                     "各设区市党委": "各设区市党委和政府", "各设区市政府": "各设区市党委和政府"}


def test_a_named_city_before_a_function_named_department_is_that_citys_department():
    # spec 1.1 section 5 and guide D101: a 2004 Zhejiang provincial regulation names a city before a sector's department
    # (湖州市财政部门): that city's bureau, with the city, not the bare level (every city) nor the bare sector; a city of
    # another province is no place of the document's and is left as it was read
    body = "第五条　湖州市财政部门负责资金拨付。苏州市财政部门负责。\n"
    names = snippet_departments("浙江省工伤保险条例", "浙江省人民代表大会常务委员会", "2004年3月1日", body)
    assert names == {"湖州市财政局": "湖州市财政部门", "财政部门": "财政部门"}


def test_a_declared_short_name_under_a_level_names_that_levels_holder_of_the_function():
    # a 2004 Zhejiang provincial regulation declares 社会保险行政部门 for the level range's labour departments; 省 and a
    # named city before the declared name are those levels' departments of the function (spec 1.1 section 5, D101)
    body = ("第三条　县级以上人民政府劳动保障行政部门（以下称社会保险行政部门）负责本行政区域内的工伤保险工作。\n"
            "第五条　省社会保险行政部门负责全省的监督。职工可以向杭州市社会保险行政部门申请认定。\n")
    names = snippet_departments("浙江省工伤保险条例", "浙江省人民代表大会常务委员会", "2004年3月1日", body)
    assert names == {"县级以上人民政府劳动保障行政部门": "县级以上人民政府劳动保障行政部门",
                     "浙江省劳动和社会保障厅": "省社会保险行政部门", "杭州市劳动和社会保障局": "杭州市社会保险行政部门"}


def test_a_relative_level_word_runs_into_a_trade_union_organisation_in_the_list():
    # spec 1.1 section 5 (a list that drops a shared prefix inherits it): a 2005 Jiangxi provincial rule writes 同级 once
    # before a list that ends with 工会组织: the same level's trade unions, a collective as written with 同级
    body = "第十条　劳动能力鉴定委员会由同级劳动保障行政部门、卫生行政部门、工会组织以及用人单位代表组成。\n"
    names = snippet_departments("江西省工伤保险实施办法", "江西省人民政府", "2005年3月1日", body)
    assert names == {"同级劳动保障行政部门": "同级劳动保障行政部门", "同级卫生行政部门": "卫生行政部门",
                     "同级工会组织": "工会组织"}


def test_the_two_kinds_of_township_before_one_government_are_one_collective():
    # guide D74 (a level list of governments below the issuer is one collective as written, like 省、自治区、直辖市人民政府):
    # a 1998 national regulation's 乡、镇人民政府
    body = "第六条　乡、镇人民政府应当协助县级以上地方人民政府做好防汛工作。\n"
    names = snippet_departments("防汛条例", "国务院", "1998年3月1日", body)
    assert names == {"乡、镇人民政府": "乡、镇人民政府", "县级以上地方人民政府": "县级以上地方人民政府"}


def test_a_citys_own_short_forms_of_its_bureaus_are_named_by_its_sourced_rows():
    # organ_local_names.tsv (武汉市 2009 机构改革方案): a 2011 Wuhan municipal rule (another genre and year than the
    # notice that showed it) writes 市国土规划局 and 市房管局
    body = "第五条　市国土规划局负责用地审批，市房管局负责房屋登记。\n"
    names = snippet_departments("武汉市城市房屋管理办法", "武汉市人民政府", "2011年6月1日", body)
    assert names == {"武汉市国土资源和规划局": "市国土规划局", "武汉市住房保障和房屋管理局": "市房管局"}


def test_a_price_bureau_written_with_jianguan_is_written_out():
    # department_aliases.tsv (s32): a 2012 Harbin municipal notice (a city, where the notice that showed it was the
    # province's) writes 市物价监管局, the 物价监督管理局 of the 2009 Heilongjiang reform, written out as 市场监管局 is
    body = "（一）市物价监管局、市财政局负责落实。\n"
    names = snippet_departments("哈尔滨市人民政府关于做好价格工作的通知", "哈尔滨市人民政府", "2012年8月1日", body)
    assert names == {"哈尔滨市物价监督管理局": "市物价监管局", "哈尔滨市财政局": "市财政局"}


def test_a_body_whose_name_is_quoted_with_straight_quotes_is_read_and_named_as_written():
    # a 2017 Fujian county notice copied from the web with straight quotes in its working body's name: the body and its
    # office are read as with “” and named with the quotes the document writes
    body = ('（一）成立县"河长制"工作领导小组，领导小组办公室设在县水利局。各乡镇每月报县"河长制"工作领导小组办公室。\n')
    names = snippet_departments("永泰县全面推行河长制实施方案", "永泰县人民政府", "2017年5月1日", body)
    assert names == {'永泰县"河长制"工作领导小组': '县"河长制"工作领导小组',
                     '永泰县"河长制"工作领导小组办公室': '领导小组办公室', "永泰县水利局": "县水利局", "各乡镇": "各乡镇"}


def test_an_autonomous_prefecture_written_short_at_the_head_of_a_quoted_bodys_name_is_written_in_full():
    # spec 1.1 section 5 (`阿坝州` -> the full name): a 2016 Guizhou prefecture notice sets up 黔东南州“美丽家园”…领导小组;
    # the body and the office referred to bare carry the prefecture's full name
    body = "（一）成立黔东南州“美丽家园”创建工作领导小组，领导小组办公室设在州农业局。\n"
    names = snippet_departments("黔东南州美丽家园创建实施方案", "黔东南苗族侗族自治州人民政府", "2016年5月1日", body)
    assert names == {"黔东南苗族侗族自治州“美丽家园”创建工作领导小组": "黔东南州“美丽家园”创建工作领导小组",
                     "黔东南苗族侗族自治州“美丽家园”创建工作领导小组办公室": "领导小组办公室",
                     "黔东南苗族侗族自治州农业局": "州农业局"}


def test_a_short_form_in_brackets_after_a_groups_office_names_that_office_in_full():
    # spec 1.1 section 5 (short forms are written out): a 2020 Jiangsu town's notice gives its group's office a short
    # form in brackets (镇创建办) and uses it later; the office and the short form are the group's office in full
    body = ("（一）成立周庄镇文明城镇创建工作领导小组，领导小组下设办公室（镇创建办），设在镇党政办。"
            "各村每月报镇创建办备案。\n")
    names = snippet_departments("周庄镇文明城镇创建工作方案", "昆山市周庄镇人民政府", "2020年3月1日", body)
    assert names == {"昆山市周庄镇文明城镇创建工作领导小组": "周庄镇文明城镇创建工作领导小组",
                     "昆山市周庄镇文明城镇创建工作领导小组办公室": "领导小组下设办公室",
                     "昆山市周庄镇党政办": "镇党政办", "各村": "各村"}


def test_each_level_before_a_sector_list_with_a_word_outside_the_table_is_shared():
    # spec 1.1 section 5 (a shared head distributed; guide D1): a 2009 Shandong provincial rule lists sectors under 各级,
    # one of them (信息化) outside the sector table; each sector's departments at every level, a collective as written
    body = "第六条　各级档案、价格、信息化等部门按照各自职责做好相关工作。\n"
    names = snippet_departments("山东省政府信息公开办法", "山东省人民政府", "2009年3月1日", body)
    assert names == {"各级档案部门": "各级档案", "各级价格部门": "价格", "各级信息化部门": "信息化"}
