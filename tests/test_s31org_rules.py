"""Organ names of session 31 (s31-org): classes A28 and the S31 golds showed, tested on snippets written for these tests
in the style of other places, levels and eras than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_leading_group_written_ling_dao_zu_set_up_by_the_town_and_its_office():
    # a 2014 Hebei town's plan: the leading group written 领导组 (no 小组), set up by the town's government without a place
    # marker, its office taken up again as 镇领导组办公室; the head's title (副镇长兼任办公室主任) names no office
    body = ("一、成立组织。镇政府成立美丽乡村建设工作领导组，领导组下设办公室，由分管副镇长兼任办公室主任。\n"
            "二、工作要求。各村每月将进展情况报镇领导组办公室。\n")
    names = snippet_departments("西柏坡镇2014年美丽乡村建设实施方案", "平山县西柏坡镇人民政府", "2014年3月1日", body)
    assert names == {"平山县西柏坡镇人民政府": "镇政府",
                     "平山县西柏坡镇美丽乡村建设工作领导组": "美丽乡村建设工作领导组",
                     "平山县西柏坡镇美丽乡村建设工作领导组办公室": "领导组下设办公室",
                     "各村": "各村"}


def test_county_leading_group_written_ling_dao_zu():
    # a 2011 Shanxi county's notice: 县政府成立…领导组, the county's body named with the county
    body = "（一）加强领导。县政府成立农村饮水安全工程建设领导组，负责全县工程建设的组织协调。\n"
    names = snippet_departments("沁源县农村饮水安全工程建设实施方案", "沁源县人民政府", "2011年4月1日", body)
    assert names.get("沁源县农村饮水安全工程建设领导组") == "农村饮水安全工程建设领导组"


def test_title_of_a_township_head_is_no_office():
    # a 2019 Guangxi township: 乡长兼任办公室主任, 由副乡长担任办公室主任 are titles; 乡党政综合办 stays an office
    body = "（一）领导小组办公室设在乡党政综合办，由副乡长担任办公室主任，乡长兼任办公室副主任。\n"
    names = snippet_departments("那坡县城厢镇2019年禁毒工作方案", "那坡县城厢镇人民政府", "2019年3月1日", body)
    assert not any("长" in n and "办公室" in n for n in names)


def test_level_list_of_finance_from_the_issuers_level_splits():
    # guide D74 (S31): a 2013 prefecture-level autonomous prefecture's notice, 州、县两级财政 -> the prefecture's bureau
    # and the counties' finance as written; a 2020 Chongqing notice, 市、区县两级 is not the list D74 reads (no split)
    body = "（三）加大投入。州、县两级财政要将农村公路养护资金纳入年度预算，逐年加大投入。\n"
    names = snippet_departments("黔东南州农村公路养护管理实施意见", "黔东南苗族侗族自治州人民政府", "2013年5月1日", body)
    assert names == {"黔东南苗族侗族自治州财政局": "州、县两级财政", "县财政": "州、县两级财政"}
    # a 2016 Tianjin notice: 市、区两级财政 -> 天津市财政局 and 区财政
    body = "（二）强化保障。市、区两级财政要统筹安排资金支持菜市场建设。\n"
    names = snippet_departments("天津市菜市场建设管理实施方案", "天津市人民政府办公厅", "2016年5月1日", body)
    assert names == {"天津市财政局": "市、区两级财政", "区财政": "市、区两级财政"}
    # a province's notice: 市、县两级财政 is wholly below the issuer, no bureau and no split
    body = "（二）强化保障。市、县两级财政要统筹安排资金支持菜市场建设。\n"
    names = snippet_departments("湖南省菜市场建设管理实施方案", "湖南省人民政府办公厅", "2016年5月1日", body)
    assert not any(n.endswith("财政") or n.endswith("财政局") for n in names)


def test_declared_short_term_written_out_inside_a_bodys_name():
    # guide D107 (S31): a 2016 Sichuan district's rules declare 城乡居民医保; the body set up for it is named in full
    body = ("第二条　城乡居民基本医疗保险（以下简称城乡居民医保）实行市级统筹。\n"
            "第四条　区人民政府成立城乡居民医保工作领导小组，领导小组办公室设在区医疗保障局，负责日常工作。\n")
    names = snippet_departments("成都市新都区城乡居民医保实施细则", "成都市新都区人民政府", "2016年2月1日", body)
    assert names == {"成都市新都区人民政府": "区人民政府",
                     "成都市新都区城乡居民基本医疗保险工作领导小组": "城乡居民医保工作领导小组",
                     "成都市新都区城乡居民基本医疗保险工作领导小组办公室": "领导小组办公室",
                     "成都市新都区医疗保障局": "区医疗保障局"}
    # a 2009 Hubei county: 本办法所称…（以下简称新农合）, a joint meeting named for it
    body = ("第二条　本办法所称新型农村合作医疗（以下简称新农合），是指由政府组织、农民自愿参加的医疗互助制度。\n"
            "第三条　县人民政府建立新农合联席会议制度，联席会议办公室设在县卫生局。\n")
    names = snippet_departments("竹山县新型农村合作医疗管理办法", "竹山县人民政府", "2009年2月1日", body)
    assert "竹山县新型农村合作医疗联席会议办公室" in names
    assert not any("新农合" in n for n in names)


def test_town_station_of_the_natural_resources_and_planning_bureau():
    # guide D39, D79: a 2021 Zhejiang town's 自然资源和规划所 (the county bureau's station) is an organ of the town
    body = "（一）抓好耕地保护。（责任单位：自然资源和规划所、农业农村办）\n"
    names = snippet_departments("仙居县白塔镇2021年重点工作任务分解", "仙居县白塔镇人民政府", "2021年2月1日", body)
    assert names.get("仙居县白塔镇自然资源和规划所") == "自然资源和规划所"


def test_utility_in_a_list_closed_by_units_is_no_department():
    # a 2014 Jilin provincial 办法: …价格、电力等部门和单位 (the grid company is the unit), 县电力、供水等单位 (the utilities);
    # closed by 部门 alone (电力、物价等有关部门) the word stays a bare sector
    body = ("第五条　县级以上地方人民政府发展改革、财政、住房城乡建设、价格、电力等部门和单位按照各自职责，做好城镇供热相关工作。\n"
            "第九条　县电力、供水等单位对违法建设的建筑，不得提供用电、用水。\n"
            "第十条　电力、物价等有关部门做好相关工作。\n")
    names = snippet_departments("吉林省城镇供热管理办法", "吉林省人民政府", "2014年2月1日", body)
    assert names == {"县级以上地方人民政府发展改革部门": "县级以上地方人民政府发展改革",
                     "县级以上地方人民政府财政部门": "财政",
                     "县级以上地方人民政府住房城乡建设部门": "住房城乡建设",
                     "县级以上地方人民政府价格部门": "价格",
                     "电力部门": "电力", "物价部门": "物价"}


def test_bare_town_station_beside_its_bureaus_station_is_one_organ():
    # guide D63: a 2021 Anhui town writes its station bare and as the county bureau's station of the town's place
    body = ("（一）清理乱堆乱放。（责任单位：镇综合执法队、肥东县自然资源和规划局店埠所）\n"
            "（二）整治违法用地。（责任单位：镇自然资源和规划所、各村）\n")
    names = snippet_departments("店埠镇2021年人居环境整治方案", "肥东县店埠镇人民政府", "2021年3月1日", body)
    placed = [n for n in names if n.endswith("店埠所")]
    assert len(placed) == 1 and not any(n.endswith("自然资源和规划所") for n in names)


def test_lasting_management_office_of_a_town():
    # 长效 (lasting) after the level word opens an office's name, no head's title: a 2012 Jiangsu town
    body = "（三）落实考核。镇长效管理办公室每月对各村进行一次检查考核。\n"
    names = snippet_departments("周庄镇村庄环境长效管理实施意见", "昆山市周庄镇人民政府", "2012年3月1日", body)
    assert names.get("昆山市周庄镇长效管理办公室") == "镇长效管理办公室"


def test_joint_meeting_a_level_must_set_up_in_a_rule():
    # guide D96: a 2020 Guangxi city's 办法, the levels' governments 应当建立…联席会议制度: the body as written; a bare
    # 建立健全…联席会议制度 names the mechanism only
    body = ("第六条　市、县（区）人民政府应当建立餐厨垃圾管理联席会议制度，协调解决餐厨垃圾管理中的重大问题。\n"
            "第七条　建立健全大数据发展联席会议制度。\n")
    names = snippet_departments("柳州市餐厨垃圾管理办法", "柳州市人民政府", "2020年2月1日", body)
    assert names.get("餐厨垃圾管理联席会议") == "餐厨垃圾管理联席会议"
    assert not any("大数据" in n for n in names)


def test_zones_the_level_holds_itself():
    # spec 1.1 section 5 (a written 市 prefix written out): a 2017 Zhejiang city's rule, 市属开发区管理机构; 各开发区管理机构
    # stays as written
    body = "第四条　市属开发区管理机构按照规定职责做好辖区内扬尘管理工作。各开发区管理机构负责本区域日常巡查。\n"
    names = snippet_departments("绍兴市扬尘污染防治管理办法", "绍兴市人民政府", "2017年2月1日", body)
    assert names == {"绍兴市属开发区管理机构": "市属开发区管理机构", "各开发区管理机构": "各开发区管理机构"}


def test_prefecture_level_cities_as_a_kind_and_fire_rescue_sector():
    # a 2019 Hainan provincial plan: 约谈地级市人民政府主要负责人 (the kind, inside a person's title), 各地级市人民政府 as
    # written, a count (三个地级市) none; 消防救援 (the 2018 reform's fire and rescue service) a sector of a list
    body = ("（一）压实责任。各地级市人民政府负总责，省生态环境厅约谈地级市人民政府主要负责人。三个地级市人民政府要落实整改。\n"
            "（二）守牢底线。各级民政部门要会同住房城乡建设、消防救援等部门开展安全检查。\n")
    names = snippet_departments("海南省养老服务设施安全整治方案", "海南省人民政府办公厅", "2019年5月1日", body)
    assert names == {"各地级市人民政府": "各地级市人民政府", "海南省生态环境厅": "省生态环境厅",
                     "地级市人民政府": "地级市人民政府", "各级民政部门": "各级民政部门",
                     "住房城乡建设部门": "住房城乡建设", "消防救援部门": "消防救援"}


def test_energy_base_board_under_its_approved_name():
    # organ_zone_names.tsv: a 2020 Yinchuan city notice writes the base's board short, without 宁夏
    body = "（三）推进煤炭清洁利用。市发展改革委牵头，宁东能源化工基地管委会配合。\n"
    names = snippet_departments("银川市煤炭消费减量替代工作方案", "银川市人民政府", "2020年5月1日", body)
    assert names.get("宁夏宁东能源化工基地管理委员会") == "宁东能源化工基地管委会"


def test_place_determiner_over_the_municipalitys_one_lower_level():
    # a 2009 Tianjin municipal rule: 所在地区、县人民政府 (区、县: the municipality's one lower level) is one collective as
    # written; two real levels after 所在 still split (guide D25)
    body = ("第十二条　责任人不明确的，由所在地区、县人民政府确定。\n"
            "第十三条　企业应当报所在市、县（区）工业和信息化主管部门备案。\n")
    names = snippet_departments("天津市市容环境卫生责任区管理办法", "天津市人民政府", "2009年2月1日", body)
    assert names.get("所在地区、县人民政府") == "所在地区、县人民政府"
    assert "所在地区人民政府" not in names and "所在地县人民政府" not in names
    assert {"所在市工业和信息化主管部门", "所在县（区）工业和信息化主管部门"} <= set(names)


def test_whole_level_before_a_collective_is_kept_as_written():
    # guide D87: a 2008 Guizhou county (全县各级各部门) and a 2016 Jiangsu town (全镇各部门): 全 works as 各
    names = snippet_departments("威宁自治县农村公路建设实施方案", "威宁彝族回族苗族自治县人民政府", "2008年2月1日",
                                "（一）全县各级各部门要高度重视，县交通运输局负责。\n")
    assert names.get("全县各级各部门") == "全县各级各部门"
    assert not any(n.endswith("县各级各部门") and n != "全县各级各部门" for n in names)
    # a 2016 Jiangsu town: 全镇各部门 as written
    names = snippet_departments("周庄镇垃圾分类实施方案", "昆山市周庄镇人民政府", "2016年2月1日",
                                "（二）全镇各部门要落实专人负责，镇城管中队牵头。\n")
    assert names.get("全镇各部门") == "全镇各部门"
