"""Organ names and collectives (session 28, s28-org): classes found on the opened A19/A23 batches and the unlabelled
stress notices, tested on snippets written for these tests in the style of other provinces, levels and eras than the
notices that showed them."""
from tests.test_organs_s5 import _run


def _names(text: str, region: str, level: str) -> dict[str, str]:
    names, _ = _run(text, region, level)
    return names


def test_determiner_before_a_street_office_after_a_list():
    # a Sichuan district's plan of 2015: 有关/相关 before 街道办事处 is kept as written (spec 1.1 section 5, determiners
    # included), also after every town's government in the same list
    text = ("一、任务\n（一）建设收集点。各乡人民政府、有关街道办事处负责选址，区住房城乡建设局负责指导。\n"
            "（二）相关街道办事处要落实保洁人员。\n")
    names = _names(text, "四川省成都市温江区", "county")
    assert names.get("有关街道办事处") == "有关街道办事处"
    assert names.get("相关街道办事处") == "相关街道办事处"
    assert "街道办事处" not in names


def test_streets_first_with_their_towns_in_brackets():
    # a Tianjin district's notice: 各街道（镇）, 各街道（乡镇） are places sharing one 各, a collective as written (guide D34),
    # like 各镇（街道）
    text = "一、任务\n（一）各街道（镇）组织辖区单位申报。\n（二）各街道（乡镇）要于每月底前报送进展。\n"
    names = _names(text, "天津市河西区", "county")
    assert names.get("各街道（镇）") == "各街道（镇）"
    assert names.get("各街道（乡镇）") == "各街道（乡镇）"


def test_levels_below_a_province_sharing_two_level_government():
    # a Jilin provincial notice of 2010: 市、县两级政府 names the governments of both levels below the issuer, one
    # collective as written (guide D74), not the province's city and a county
    text = "一、任务\n（一）加大投入。省财政安排专项资金。市、县两级政府要相应安排配套资金。\n"
    names = _names(text, "吉林省", "province")
    assert names.get("市、县两级政府") == "市、县两级政府"
    assert not {"市人民政府", "县政府", "县人民政府"} & set(names)


def test_levels_below_a_city_sharing_one_government():
    # a Guangdong city's 办法 of 2004: 县（市）、区人民政府 are the levels below the city, one collective (guide D74);
    # the city's own level in the list (市、县两级政府) is still distributed
    text = ("一、任务\n（一）县（市）、区人民政府负责本行政区域内的管理工作。\n"
            "（二）市、县两级政府要加强领导。\n")
    names = _names(text, "广东省汕头市", "prefecture")
    assert names.get("县（市）、区人民政府") == "县（市）、区人民政府"
    assert "汕头市人民政府" in names
    assert not {"县（市）人民政府", "区人民政府"} & set(names)


def test_places_of_a_kind_prefix_runs_along_a_list():
    # a Liaoning city's 细则 of 2016: the places-of-a-kind prefix written once (县（市）, 区（县）) is inherited by the
    # next sector's department joined by 和 or 、 (spec 1.1 section 5: a list that drops a shared prefix inherits it)
    text = ("一、任务\n（一）县（市）民政部门和财政部门负责审核。\n"
            "（二）区（县）住房城乡建设部门、环境保护部门按照职责做好监管。\n")
    names = _names(text, "辽宁省锦州市", "prefecture")
    assert {"县（市）民政部门", "县（市）财政部门", "区（县）住房城乡建设部门", "区（县）环境保护部门"} <= set(names)
    assert not {"财政部门", "环境保护部门"} & set(names)


def test_each_provincial_level_prefix_runs_along_a_list():
    # a central ministry's 办法 of 2009: 各省级 before a list of authorities is shared (各省级…部门、…部门)
    text = "一、任务\n（一）各省级住房城乡建设部门、发展改革部门可结合本地实际制定实施细则。\n"
    names = _names(text, "全国", "central")
    assert {"各省级住房城乡建设部门", "各省级发展改革部门"} <= set(names)


def test_sanitation_authority_under_a_places_prefix():
    # a Tianjin municipal rule of 2008: 区（县）市容环境卫生管理部门 is the districts' sanitation authority, a collective
    # as written (市容 is the sector's word, no place marker), its prefix carried to the next authority
    text = ("第五条 区（县）市容环境卫生管理部门负责本辖区的日常管理。\n"
            "第六条 区（县）市容环境卫生管理部门和城管执法部门应当加强巡查。\n")
    names = _names(text, "天津市", "province")
    assert names.get("区（县）市容环境卫生管理部门") == "区（县）市容环境卫生管理部门"
    assert "区（县）城管执法部门" in names
    assert "市容环境卫生管理部门" not in names


def test_habitual_residence_before_town_alternatives():
    # a Hunan county's 临时救助 rule of 2016: 经常居住地 says whose place it is (社会救助暂行办法 2014), kept like 所在地, and
    # it runs into the bracket's alternative organ (spec 1.1 section 5: 镇人民政府（街道办事处） names two)
    text = ("第八条 申请人可以向经常居住地乡镇人民政府（街道办事处）提出申请。\n"
            "第九条 由居住地县级民政部门审批。\n")
    names = _names(text, "湖南省株洲市攸县", "county")
    assert {"经常居住地乡镇人民政府", "经常居住地街道办事处", "居住地县级民政部门"} <= set(names)
    assert not {"乡镇人民政府", "街道办事处"} & set(names)


def test_interministerial_coordination_group_and_its_office():
    # a State Council notice of 2005: a 部际协调小组 is a working body (guide D15), its office taken up by the head word
    text = ("一、任务\n（一）建立由国家发展改革委牵头，财政部、商务部等部门参加的清理拖欠工程款工作部际协调小组，"
            "研究解决重大问题。协调小组办公室设在国家发展改革委。\n")
    names = _names(text, "全国", "central")
    assert names.get("清理拖欠工程款工作部际协调小组") == "清理拖欠工程款工作部际协调小组"
    assert names.get("清理拖欠工程款工作部际协调小组办公室") == "协调小组办公室"


def test_level_before_a_body_with_a_quoted_slogan():
    # a Fujian district's plan of 2021: 区“两违”整治工作领导小组办公室, 区“无废城市”建设工作专班办公室 are the district's
    # bodies (the level marker names the document's own place, spec 1.1 section 5), the city written in front (市辖区);
    # 市场 opens no level
    text = ("一、任务\n（一）各街道每月向区“无废城市”建设工作专班办公室报送进展。\n"
            "（二）区“两违”整治工作领导小组办公室负责督查。\n（三）市场“双随机”监管工作领导小组负责抽查。\n")
    names = _names(text, "福建省厦门市思明区", "county")
    assert names.get("厦门市思明区“无废城市”建设工作专班办公室") == "区“无废城市”建设工作专班办公室"
    assert names.get("厦门市思明区“两违”整治工作领导小组办公室") == "区“两违”整治工作领导小组办公室"
    assert not any(n.startswith("厦门市思明区场") for n in names)


def test_reshaping_verbs_before_a_body_under_its_place_name():
    # a Hubei city's plan of 2017: 调整充实 before a leading group written with its place names the group, not 充实…
    text = "一、任务\n（一）调整充实襄阳市创建全国文明城市工作领导小组，领导小组办公室设在市委宣传部。\n"
    names = _names(text, "湖北省襄阳市", "prefecture")
    assert "襄阳市创建全国文明城市工作领导小组" in names
    assert "襄阳市创建全国文明城市工作领导小组办公室" in names
    assert not any(n.startswith(("充实", "调整")) for n in names)


def test_weather_authority_named_as_the_statute_does():
    # a Sichuan provincial rule of 2012 under the 气象法: 气象主管机构 is the weather authority (a collective as written, with
    # its level words), 省气象主管机构 the province's 气象局
    text = ("第三条 县级以上气象主管机构负责本行政区域内预警信号的发布。\n"
            "第四条 各级气象主管机构所属的气象台站负责发布；预警信号的标准由省气象主管机构制定。\n"
            "第五条 乡镇人民政府应当协助气象主管机构做好工作。\n")
    names = _names(text, "四川省", "province")
    assert {"县级以上气象主管机构", "各级气象主管机构", "气象主管机构"} <= set(names)
    assert names.get("四川省气象局") == "省气象主管机构"
    assert not any(n.endswith("气象主管部门") for n in names)


def test_village_teams_and_places_along_a_river():
    # a Zhejiang town's plan of 2016: 各驻村工作组 (the teams the town sends to its villages) is a collective as written;
    # 沿溪各村 keeps its qualifier (places qualified by where they lie, as 沿线各村)
    text = "一、任务\n（一）各驻村工作组要每周督查一次。\n（二）沿溪各村要在6月底前完成清理。\n"
    names = _names(text, "浙江省丽水市松阳县西屏街道", "township")
    assert names.get("各驻村工作组") == "各驻村工作组"
    assert names.get("沿溪各村") == "沿溪各村"
    assert "各村" not in names


def test_town_station_of_the_county_industry_and_commerce_bureau():
    # a Jiangxi county's plan of 2011: a 工商所 written with its town's name is the county 工商行政管理局's station in the
    # town, named as on its seal (like 芦溪司法所, guide D79); a town's 城建监察中队 is the town's enforcement squad (D48)
    text = "一、任务\n（一）县工商局、大塘埠工商所负责市场整治。\n（二）镇城建监察中队负责拆除违章搭建。\n"
    names = _names(text, "江西省赣州市信丰县大塘埠镇", "township")
    assert names.get("信丰县工商行政管理局大塘埠工商所") == "大塘埠工商所"
    assert names.get("信丰县大塘埠镇城建监察中队") == "镇城建监察中队"


def test_counties_and_cities_of_a_prefecture_as_one_collective():
    # a Hubei prefecture's notice of 2014: 县市人民政府 (its counties and county-level cities) is a collective as written;
    # a county-level city whose name ends in 县 (辉县市) stays itself
    text = "一、任务\n（一）市人民政府将任务纳入对县市人民政府的年度考核。\n"
    names = _names(text, "湖北省恩施土家族苗族自治州", "prefecture")
    assert names.get("县市人民政府") == "县市人民政府"
    names = _names("一、任务\n（一）辉县市人民政府负责。\n", "河南省新乡市辉县市", "county")
    assert "辉县市人民政府" in names and "县市人民政府" not in names


def test_joint_meeting_of_a_level_led_by_a_person():
    # a Guangxi provincial plan of 2016: a joint meeting led by a person and made of the province's departments is the
    # province's body, named with the region, and so is its office
    text = ("一、任务\n（一）建立由自治区政府分管领导牵头，自治区农业厅、自治区财政厅等部门参加的糖料蔗产业发展联席会议制度，"
            "联席会议办公室设在自治区农业厅。\n")
    names = _names(text, "广西壮族自治区", "province")
    assert "广西壮族自治区糖料蔗产业发展联席会议" in names
    assert "广西壮族自治区糖料蔗产业发展联席会议办公室" in names


def test_defined_short_name_of_a_named_organ_before_its_definition():
    # a Tianjin municipal notice transmitting a rule of 2011: the notice writes 市建交委, the rule defines it later
    # (市城乡建设和交通委员会（以下简称“市建交委”）): one organ under its full name (guide D14)
    text = ("市建交委、市公安局制订的细则已经市政府同意。\n第三条 市城乡建设和交通委员会（以下简称“市建交委”）负责督促。"
            "市建交委要加强检查。\n")
    names = _names(text, "天津市", "province")
    assert names.get("天津市城乡建设和交通委员会") == "市建交委"
    assert not any(n.endswith("建交委") for n in names)


def test_chongqing_reform_names():
    # a Chongqing county's plan of 2021: the 2019 reform's 交通局, 文化旅游委, 规划自然资源局 are named as Chongqing's districts
    # and counties name them (交通局 stays, not 交通运输局)
    text = ("一、任务\n（一）责任单位：县交通局、县文化旅游委、县规划自然资源局\n")
    names = _names(text, "重庆市酉阳土家族苗族自治县", "county")
    assert {"酉阳土家族苗族自治县交通局", "酉阳土家族苗族自治县文化和旅游发展委员会",
            "酉阳土家族苗族自治县规划和自然资源局"} <= set(names)


def test_joint_meeting_with_a_convener_and_member_units():
    # a Jiangxi city's plan of 2022: `由市政府分管领导任召集人、市商务局等部门为成员单位的…联席会议` is the city's body
    text = ("一、任务\n（一）建立由市政府分管领导任召集人、市商务局等部门为成员单位的农村物流发展联席会议制度，"
            "联席会议办公室设在市商务局。\n")
    names = _names(text, "江西省吉安市", "prefecture")
    assert "吉安市农村物流发展联席会议" in names
    assert "吉安市农村物流发展联席会议办公室" in names


def test_statute_prefix_with_its_place_word_runs_along_a_list():
    # a ministry's rule of 2005: 所在地县级人民政府 before an authority is shared with the 公安机关 joined by 和
    text = "第七条 应当向所在地县级人民政府商务主管部门和公安机关备案。\n"
    names = _names(text, "全国", "central")
    assert {"所在地县级人民政府商务主管部门", "所在地县级人民政府公安机关"} <= set(names)
    assert "所在地县级公安机关" not in names


def test_local_governments_as_an_attribute_are_no_organ():
    # a State Council notice of 2007: 地方政府 as what is assessed or the roles of a system (`纳入地方政府…考核`,
    # `实行地方政府和企业主管部门负责制`) is a category (guide D6, D70); given a duty (`地方政府要…`) it is a collective
    text = ("一、任务\n（一）将完成情况纳入地方政府节能减排考核评价体系。\n"
            "（二）实行地方政府和企业主管部门负责制。\n")
    names = _names(text, "全国", "central")
    assert "地方政府" not in names
    names = _names("一、任务\n（一）地方政府要加大投入。\n", "全国", "central")
    assert "地方政府" in names


def test_news_agency_dateline_is_no_department():
    # a news copy of a central notice (2016): 新华社 is a news agency (a public institution and a media unit, guide D18,
    # D52), not a department
    text = "新华社北京5月9日电　近日，国务院办公厅印发了意见。\n一、任务\n（一）人民日报、新华社等媒体要加强宣传。民政部负责。\n"
    names = _names(text, "全国", "central")
    assert "新华通讯社" not in names and "民政部" in names


def test_state_council_emergency_office_and_tianjin_market_quality_bureau():
    # the 国务院应急管理办公室 (国务院应急办, 2006-2018) is a central organ; Tianjin's districts' 市场和质量监管局 (2014 reform)
    # is written out
    names = _names("第四节 民政部会同国务院应急办规范流程。\n", "全国", "central")
    assert names.get("国务院应急管理办公室") == "国务院应急办"
    names = _names("一、任务\n（一）责任单位：区市场和质量监管局、区工业经济委\n", "天津市北辰区", "county")
    assert {"天津市北辰区市场和质量监督管理局", "天津市北辰区工业经济委员会"} <= set(names)


def test_townships_body_led_by_its_head():
    # a Hunan town's plan of 2012: a body founded `由镇长任组长，…为成员的…指挥部` is the town's own, named with its chain
    text = "一、任务\n（一）成立由镇长任组长，各村支部书记为成员的防汛抗旱指挥部，指挥部办公室设在镇党政办。\n"
    names = _names(text, "湖南省长沙市浏阳市大瑶镇", "township")
    assert names.get("浏阳市大瑶镇防汛抗旱指挥部") == "防汛抗旱指挥部"
