"""Organ names (session 28, s28-org2): classes left by the stress notices o31-o48, tested on snippets written for
these tests in the style of other prefectures and levels than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_xinjiang_prefecture_written_by_its_two_character_short_form():
    # a Kizilsu county notice of 2021: 克州党委、克州人民政府 and 克州 organs are the autonomous prefecture's
    # (region_short_names.tsv: 巴州, 克州, 博州 as those prefectures' own organs write them)
    body = ("各乡镇人民政府，县直各部门：\n"
            "按照克州党委、克州人民政府关于农村供水保障的工作部署，结合我县实际，制定本方案。\n"
            "一、县水利局负责工程建设，克州财政局负责资金监管，县卫生健康委员会负责水质监测。\n")
    names = snippet_departments("阿合奇县2021年农村供水保障工作方案", "阿合奇县人民政府办公室", "2021年4月6日", body)
    assert names.get("中共克孜勒苏柯尔克孜自治州委员会") == "克州党委"
    assert names.get("克孜勒苏柯尔克孜自治州人民政府") == "克州人民政府"
    assert names.get("克孜勒苏柯尔克孜自治州财政局") == "克州财政局"
    assert names.get("阿合奇县水利局") == "县水利局"
    assert "阿合奇县财政局" not in names


def test_bortala_short_form_and_bazhou_district_kept_apart():
    # a Bortala county-level city (2016) writes 博州; a Sichuan district of Bazhong is 巴州区, not the Xinjiang 巴州
    body = ("各乡镇人民政府：\n一、按照博州人民政府的统一部署，市民政局负责组织实施，博州民政局负责督导。\n")
    names = snippet_departments("博乐市2016年城乡低保提标工作方案", "博乐市人民政府办公室", "2016年5月3日", body)
    assert {"博尔塔拉蒙古自治州人民政府", "博尔塔拉蒙古自治州民政局", "博乐市民政局"} <= set(names)
    body = "各乡镇人民政府：\n一、巴州区人民政府统筹，区林业局负责技术指导，巴州区财政局负责资金保障。\n"
    names = snippet_departments("巴中市巴州区2019年春季植树造林实施方案", "巴中市巴州区人民政府办公室", "2019年3月1日", body)
    assert {"巴中市巴州区人民政府", "巴中市巴州区林业局", "巴中市巴州区财政局"} <= set(names)
    assert not any("巴音郭楞" in n for n in names)


def test_bare_area_office_in_a_list_of_township_level_offices():
    # a Changping district plan of 2016: 地区办事处 listed between the street offices and the town governments is a
    # township-level office like them (each of its kind, the 各 carried on); a named area office stays named
    body = ("一、任务\n（一）推进垃圾分类。（区城市管理委、各街道办事处、地区办事处、镇人民政府）\n"
            "（二）回龙观地区办事处负责示范片区建设。\n")
    names = snippet_departments("昌平区2016年环境建设工作要点", "北京市昌平区人民政府办公室", "2016年3月2日", body)
    assert names.get("各地区办事处") == "地区办事处"
    assert names.get("各街道办事处") == "各街道办事处"
    assert names.get("北京市昌平区回龙观地区办事处") == "回龙观地区办事处"
    assert "地区办事处" not in names


def test_branch_named_by_a_county_that_opens_with_a_joining_character():
    # a Heyuan county notice of 2020: 和平县 opens with 和, which otherwise joins two organs; a city bureau's branch
    # written with the county's full name is that bureau's branch in the county, not the bureau and a county office
    body = "一、任务\n（一）加强水源保护。责任单位：市生态环境局和平县分局、县水务局\n"
    names = snippet_departments("和平县2020年饮用水水源保护工作方案", "和平县人民政府办公室", "2020年5月8日", body)
    assert names.get("河源市生态环境局和平县分局") == "市生态环境局和平县分局"
    assert names.get("和平县水务局") == "县水务局"
    assert "河源市生态环境局" not in names


def test_party_committee_work_commissions():
    # a Jinan city notice of 2005 (the enterprise work commission of state enterprises' party work) and a Nanning city
    # plan of 2021 (the city work commission set up after the 2015 central conference on urban work): the committee's
    # commissions, named under 中共<city>委 like 市委教育工作委员会
    body = "一、任务\n（一）市委企业工委负责督促市属企业落实，市委社会工作委员会配合。\n"
    names = snippet_departments("济南市2005年企业党建工作要点", "中共济南市委办公厅", "2005年3月8日", body)
    assert names.get("中共济南市委企业工作委员会") == "市委企业工委"
    assert names.get("中共济南市委社会工作委员会") == "市委社会工作委员会"
    assert "中共济南市委员会" not in names
    body = "一、任务\n（一）市委城工委统筹推进城市更新，市委城市工作委员会办公室负责日常调度。\n"
    names = snippet_departments("南宁市2021年城市更新工作方案", "南宁市人民政府办公室", "2021年6月1日", body)
    assert names.get("中共南宁市委城市工作委员会") == "市委城工委"
    assert names.get("中共南宁市委城市工作委员会办公室") == "市委城市工作委员会办公室"


def test_energy_saving_inspection_bodies_are_service_units():
    # a Hebei provincial plan of 2009: 省、市两级节能监察机构 and 省节能监察总队 are bodies the energy-saving department
    # commissions (节约能源法 第十二条), no organs; the department itself stays
    body = ("一、任务\n（一）健全节能监察体系。2009年底前健全省、市两级节能监察机构，省节能监察总队负责重点用能单位监察。"
            "（省工业和信息化厅负责）\n")
    names = snippet_departments("河北省2009年节能减排工作安排", "河北省人民政府办公厅", "2009年4月2日", body)
    assert names.get("河北省工业和信息化厅") == "省工业和信息化厅"
    assert not any("节能监察" in n for n in names)
