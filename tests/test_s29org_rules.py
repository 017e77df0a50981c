"""Organ names (session 29, s29-org): classes left by A24, A25 and the stress notices, tested on snippets written for
these tests in the style of other places, levels and eras than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_commission_short_forms_with_one_full_name():
    # a Shiyan city notice of 2020: 城管执法委 has one full name wherever it is set up (湖北's cities, 2017-2019)
    body = "一、任务\n（一）整治占道经营。（责任单位：市城管执法委、市公安局）\n"
    names = snippet_departments("十堰市2020年市容环境整治工作方案", "十堰市人民政府办公室", "2020年3月9日", body)
    assert names.get("十堰市城市管理执法委员会") == "市城管执法委"
    assert "十堰市城管执法委" not in names
    # a Tianjin district notice of 2012: the district's 市容园林委 (天津's 市容和园林管理委员会, 2008-2018)
    body = "一、任务\n（一）加强道路保洁。（责任单位：区市容园林委、各街道办事处）\n"
    names = snippet_departments("北辰区2012年市容环境综合整治工作方案", "天津市北辰区人民政府办公室", "2012年4月5日", body)
    assert names.get("天津市北辰区市容和园林管理委员会") == "区市容园林委"


def test_supervision_short_forms_at_the_provincial_level():
    # a Guangdong provincial notice of 2021 (药品监督管理局, 2018 reform) and a Tianjin one of 2020 (市场监督管理委员会)
    body = "一、任务\n（一）加强药品零售监管。（省药品监管局、省卫生健康委负责）\n"
    names = snippet_departments("广东省2021年药品安全工作要点", "广东省人民政府办公厅", "2021年5月6日", body)
    assert names.get("广东省药品监督管理局") == "省药品监管局"
    body = "一、任务\n（一）规范农贸市场秩序。（责任单位：市市场监管委、市商务局，各区人民政府）\n"
    names = snippet_departments("天津市2020年农贸市场提升工作方案", "天津市人民政府办公厅", "2020年6月2日", body)
    assert names.get("天津市市场监督管理委员会") == "市市场监管委"
    assert names.get("天津市商务局") == "市商务局"


def test_place_bound_short_forms_expand_only_where_sourced():
    # 科信局 is the 科学技术和信息化局 of Beijing's districts (2019); a Guizhou county's 科信局 stays as written
    body = "一、任务\n（一）推进智慧社区建设。（责任单位：区科信局、区民政局）\n"
    names = snippet_departments("朝阳区2021年智慧社区建设工作方案", "北京市朝阳区人民政府办公室", "2021年3月8日", body)
    assert names.get("北京市朝阳区科学技术和信息化局") == "区科信局"
    names = snippet_departments("湄潭县2021年智慧社区建设工作方案", "湄潭县人民政府办公室", "2021年3月8日", body.replace("区", "县"))
    assert names.get("湄潭县科信局") == "县科信局"
    # 政务服务办 is Tianjin's 政务服务办公室 (2018), also in its districts; 南京's is another organ, kept as written
    body = "一、任务\n（一）推行一网通办。（责任单位：区政务服务办、区司法局）\n"
    names = snippet_departments("河西区2020年优化营商环境工作要点", "天津市河西区人民政府办公室", "2020年4月1日", body)
    assert names.get("天津市河西区政务服务办公室") == "区政务服务办"
    body = "一、任务\n（一）推行一网通办。（责任单位：市政务服务办、市司法局）\n"
    names = snippet_departments("南京市2020年优化营商环境工作要点", "南京市人民政府办公厅", "2020年4月1日", body)
    assert names.get("南京市政务服务办") == "市政务服务办"


def test_zhongguancun_park_board_under_its_approved_name():
    # a Haidian district notice of 2022: the park of 中关村科技园区 (国函〔2012〕168号) runs its own board
    body = "一、任务\n（一）支持孵化器建设。（责任单位：中关村海淀园管委会、区财政局）\n"
    names = snippet_departments("海淀区2022年科技企业孵化器提升方案", "北京市海淀区人民政府办公室", "2022年6月1日", body)
    assert names.get("中关村科技园区海淀园管理委员会") == "中关村海淀园管委会"
    assert names.get("北京市海淀区财政局") == "区财政局"


def test_district_branch_of_a_city_bureau_named_as_the_city_names_its_branches():
    # a Xicheng district notice of 2012: the city's 工商 bureau's branch is named by the district less 区
    body = "一、任务\n（一）规范集贸市场。（责任单位：区工商分局、区商务委）\n"
    names = snippet_departments("西城区2012年集贸市场规范工作方案", "北京市西城区人民政府办公室", "2012年5月3日", body)
    assert names.get("北京市工商行政管理局西城分局") == "区工商分局"
    # Chongqing names its bureaus' branches by the district in full (organ_district_police.tsv)
    names = snippet_departments("渝北区2012年集贸市场规范工作方案", "重庆市渝北区人民政府办公室", "2012年5月3日", body)
    assert names.get("重庆市工商行政管理局渝北区分局") == "区工商分局"
    # Beijing's planning bureau is a commission (2018), its branch the district's 规划和自然资源分局
    body = "一、任务\n（一）拆除违法建设。（责任单位：区规划和自然资源分局、区城管执法局）\n"
    names = snippet_departments("通州区2021年违法建设治理工作方案", "北京市通州区人民政府办公室", "2021年2月3日", body)
    assert names.get("北京市规划和自然资源委员会通州分局") == "区规划和自然资源分局"


def test_level_finance_pooling_funds_is_a_collective_and_money_handed_to_it_is_not():
    body = ("三、保障措施\n（一）加大资金支持。省级财政统筹乡村旅游、文化产业等专项资金，重点支持示范项目。\n"
            "（二）土地出让收入由县级财政统筹安排，用于安置房建设。所需资金由市级财政统筹解决。\n")
    names = snippet_departments("湖南省乡村旅游提质升级实施意见", "湖南省人民政府", "2019年7月2日", body)
    assert names.get("省级财政") == "省级财政"
    assert "县级财政" not in names and "市级财政" not in names


def test_provincial_supply_cooperative_written_as_a_general_society():
    # 北京市供销合作总社 (like 江苏's): the city's own body, not the national 中华全国供销合作总社
    body = "一、任务\n（一）建设农村便民网点。（责任单位：市供销合作总社、市商务局）\n"
    names = snippet_departments("北京市2018年农村便民服务网点建设方案", "北京市人民政府办公厅", "2018年3月1日", body)
    assert names.get("北京市供销合作总社") == "市供销合作总社"
    assert "中华全国供销合作总社" not in names


def test_provincial_transport_department_of_2009_as_written():
    # the provinces' 交通厅 became 交通运输厅 in the reforms of 2009-2010: a 2009 notice's 省交通厅 is named as written,
    # a 2011 notice's is the 交通运输厅
    body = "一、任务\n（一）吸纳农民工就业。省发展改革委、省交通厅要优先安排吸纳农民工多的项目。\n"
    names = snippet_departments("湖南省关于做好农民工就业工作的意见", "湖南省人民政府", "2009年3月2日", body)
    assert names.get("湖南省交通厅") == "省交通厅"
    names = snippet_departments("湖南省关于做好农民工就业工作的意见", "湖南省人民政府", "2011年3月2日", body)
    assert names.get("湖南省交通运输厅") == "省交通厅"


def test_township_stations_as_a_kind_are_service_units():
    # a Guangxi county notice of 2016 (guide D79): every township 站 is a service unit, also written as a kind after
    # 乡镇 or 各乡镇; the 所 that exercise a county bureau's authority stay collectives
    body = ("一、任务\n（一）推广测土配方施肥。由乡镇农技站负责技术指导，各乡镇财政所、水利站配合。\n"
            "（二）各乡镇文化站负责组织宣传。\n")
    names = snippet_departments("田阳县2016年测土配方施肥实施方案", "田阳县人民政府办公室", "2016年4月2日", body)
    assert names.get("各乡镇财政所") == "各乡镇财政所"
    assert not any(n.endswith("站") for n in names)
    assert "各乡镇" not in names


def test_more_short_forms_with_one_full_name():
    # 质量技监局 (质量技术监督局, 1999-2018) in a Zhejiang county of 2010; 市政委 (市政管理委员会) in a Beijing notice of 2005;
    # 交通港口局 in a Shanghai district notice of 2011 (上海市交通运输和港口管理局, 2008-2014)
    body = "一、任务\n（一）加强计量监督。（责任单位：县质量技监局、县经贸局）\n"
    names = snippet_departments("德清县2010年质量兴县工作要点", "德清县人民政府办公室", "2010年3月1日", body)
    assert names.get("德清县质量技术监督局") == "县质量技监局"
    body = "一、任务\n（一）整治背街小巷。（责任单位：市市政委、各区县政府）\n"
    names = snippet_departments("北京市2005年背街小巷整治工作方案", "北京市人民政府办公厅", "2005年4月1日", body)
    assert names.get("北京市市政管理委员会") == "市市政委"
    body = "一、任务\n（一）整治黄浦江沿岸码头。（责任单位：市交通港口局、区建设交通委）\n"
    names = snippet_departments("浦东新区2011年滨江岸线整治工作方案", "上海市浦东新区人民政府办公室", "2011年5月1日", body)
    assert names.get("上海市交通运输和港口管理局") == "市交通港口局"


def test_provincial_big_data_bureau_and_family_planning_association():
    # 河南's 大数据管理局 (2018) in a provincial notice of 2021; 计生协 a people's organisation of its place (a city's)
    body = "一、任务\n（一）推进政务数据共享。（责任单位：省大数据局、省卫生健康委）\n"
    names = snippet_departments("河南省2021年智慧健康服务工作方案", "河南省人民政府办公厅", "2021年5月6日", body)
    assert names.get("河南省大数据管理局") == "省大数据局"
    body = "一、任务\n（一）开展优生优育宣传。（责任单位：市计生协、市卫生健康委）\n"
    names = snippet_departments("洛阳市2020年家庭健康服务工作方案", "洛阳市人民政府办公室", "2020年5月6日", body)
    assert names.get("洛阳市计划生育协会") == "市计生协"
