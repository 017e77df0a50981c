"""Organ names of session 30 (s30-org): classes A26 and A27 showed in notices that are not article-form, tested on
snippets written for these tests in the style of other places, levels and eras than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_joint_meeting_described_by_its_convener_takes_the_level():
    # guide D96, spec 1.1 section 5: a body the notice sets up, described by the official who convenes it, is that level's
    # (a 2016 Hubei provincial opinion: the government written before the title)
    body = ("（一）加强组织领导。建立由省政府分管副省长任召集人的家政服务业发展联席会议制度，联席会议办公室设在省商务厅。\n")
    names = snippet_departments("湖北省人民政府关于加快发展家政服务业的意见", "湖北省人民政府", "2016年8月18日", body)
    assert names.get("湖北省家政服务业发展联席会议") == "家政服务业发展联席会议"
    assert names.get("湖北省家政服务业发展联席会议办公室") == "联席会议办公室"
    # a 2019 Chengdu plan: the founder before 建立, the convener named by his title alone (分管副市长), members after him
    body = ("（一）加强组织领导。市政府建立由分管副市长牵头、市级有关部门参加的家政服务业发展联席会议制度，"
            "联席会议办公室设在市商务局。\n")
    names = snippet_departments("成都市人民政府关于加快发展家政服务业的意见", "成都市人民政府", "2019年8月18日", body)
    assert names.get("成都市家政服务业发展联席会议") == "家政服务业发展联席会议"
    assert names.get("成都市家政服务业发展联席会议办公室") == "联席会议办公室"


def test_town_body_on_its_villages_after_a_reshaping_verb_and_town_units():
    # a 2009 Hunan town's opinion: `调整充实镇村庄…领导小组` (镇村庄 is the town's word on its villages, not 镇村 = towns
    # and villages); 城管中队 kept as written (guide D39, D48), 社会事务管理办公室 and 生态环境所 are the town's units
    body = ("（一）强化组织领导。调整充实镇村庄整治工作领导小组，由镇党委书记任组长，领导小组办公室设在镇村镇建设办公室，"
            "负责日常工作。镇城管中队、镇社会事务管理办公室、生态环境所负责日常巡查。\n")
    names = snippet_departments("中共石门镇委员会 石门镇人民政府关于2009年村庄整治工作的意见", "中共临澧县石门镇委员会",
                                "2009年3月1日", body)
    assert names.get("临澧县石门镇村庄整治工作领导小组") == "镇村庄整治工作领导小组"
    assert names.get("临澧县石门镇村庄整治工作领导小组办公室") == "领导小组办公室"
    assert names.get("临澧县石门镇城管中队") == "镇城管中队"
    assert names.get("临澧县石门镇社会事务管理办公室") == "镇社会事务管理办公室"
    assert names.get("临澧县石门镇生态环境所") == "生态环境所"
    assert not any(n.startswith(("充实", "调整")) for n in names)


def test_town_squad_written_short_and_in_full_is_one_squad():
    # guide D14: a 2021 Jiangsu town's rules writing the squad in full and short, one organ by its fuller name
    body = ("（八）城管执法中队：负责依法查处违法行为。\n规建办、城管中队、派出所等部门要建立信息共享机制。\n")
    names = snippet_departments("锦溪镇建筑垃圾管理办法", "昆山市锦溪镇人民政府", "2021年5月1日", body)
    assert names.get("昆山市锦溪镇城管执法中队") == "城管执法中队"
    assert "昆山市锦溪镇城管中队" not in names


def test_provincial_cooperative_federation_by_its_own_name():
    # guide D103: a province's 供销合作社 written short is its federation under the full name of that province
    # (organ_provincial_cooperatives.tsv); a 2012 Guangdong opinion writing it two ways
    body = ("（一）加快农村市场建设。省商务厅负责，省供销社配合。\n（二）发展农村电商。供销合作联社牵头，省商务厅配合。\n")
    names = snippet_departments("广东省人民政府关于加快发展农村流通的意见", "广东省人民政府", "2012年5月1日", body)
    assert names.get("广东省供销合作联社") == "省供销社"
    assert not any(n.startswith("广东省供销合作社") for n in names)
    # a 2018 Zhejiang city keeps its cooperative's name (<city>供销合作社)
    body = "（一）完善农村流通网络。市商务局牵头，市供销社配合。\n"
    names = snippet_departments("杭州市加快农村流通体系建设实施方案", "杭州市人民政府办公厅", "2018年5月1日", body)
    assert names.get("杭州市供销合作社") == "市供销社"


def test_province_in_brackets_inside_a_body_name_and_jing_opening_a_name():
    # guide D105: a body whose name holds its province in brackets is named as written (a 2017 Fujian plan)
    body = "（一）深化改革。省商务厅牵头，中国（福建）自由贸易试验区工作领导小组办公室配合。\n"
    names = snippet_departments("福建省深化投资贸易便利化改革实施方案", "福建省人民政府", "2017年5月1日", body)
    assert names.get("中国（福建）自由贸易试验区工作领导小组办公室") == "中国（福建）自由贸易试验区工作领导小组办公室"
    # 经 opening 经济 is no preposition (a 1994 provincial notice's body of no written place)
    body = "（一）搞好试点。由省计委牵头，会同经济体制改革领导小组办公室负责组织实施。\n"
    names = snippet_departments("四川省人民政府关于搞好股份制试点工作的通知", "四川省人民政府", "1994年5月1日", body)
    assert any(n.endswith("经济体制改革领导小组办公室") for n in names)
    assert not any(n.startswith("济体制") for n in names)


def test_local_telecom_bureau_after_the_separation_is_an_enterprise():
    # guide D102 as D89: a county's 电信局 after the 1999-2000 telecom reform is the enterprise's branch (a 2008 Jiangxi
    # county plan); before it (a 1996 notice) an organ of its time
    body = "（一）完善通信网络。县电信局负责农村网点建设。（二）县商务局牵头，县电信局配合。\n"
    names = snippet_departments("安福县农村信息化建设实施方案", "安福县人民政府", "2008年5月1日", body)
    assert names == {"安福县商务局": "县商务局"}
    names = snippet_departments("安福县农村信息化建设实施方案", "安福县人民政府", "1996年5月1日", body)
    assert names.get("安福县电信局") == "县电信局"


def test_border_inspection_station_and_customs_after_an_amount():
    # a 2019 Guangdong port plan whose table cells run together (`50%以上拱北海关`): 以上 closes the amount, the customs
    # office is named alone; the NIA's 出入境边防检查总站 is an organ named by its short place
    body = ("1.推广提前申报。提前申报比例达到80%以上\n黄埔海关\n省商务厅、广东出入境边防检查总站\n"
            "2.压缩整体通关时间。进口整体通关时间压缩50%以上拱北海关\n省交通运输厅\n")
    names = snippet_departments("广东省提升口岸通关便利化水平行动方案", "广东省人民政府办公厅", "2019年5月1日", body)
    assert names.get("拱北海关") == "拱北海关"
    assert names.get("广东出入境边防检查总站") == "广东出入境边防检查总站"
    assert not any(n.startswith("以上") for n in names)


def test_each_level_body_in_a_provincial_notice():
    # spec 1.1 section 5 collectives: `各级老龄工作委员会` is every level's, kept as written, beside the province's own
    # (a 2014 Hubei opinion)
    body = "（三）发挥社会组织作用。各级老龄工作委员会要充分发挥综合协调作用。省老龄工作委员会要牵头。\n"
    names = snippet_departments("湖北省人民政府关于加快发展养老服务业的意见", "湖北省人民政府", "2014年5月1日", body)
    assert names.get("各级老龄工作委员会") == "各级老龄工作委员会"
    assert names.get("湖北省老龄工作委员会") == "省老龄工作委员会"
