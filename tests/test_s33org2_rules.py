"""Organ names of session 33, second wave (s33-org2): classes the non-article A32-A35 golds showed, tested on snippets
written for these tests in the style of other provinces, levels and eras than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_the_teams_a_headquarters_sets_up_are_its_working_bodies():
    # spec 1.1 section 5 (…工作组 are working bodies), guide D96: a 2016 Jiangxi town's forest-fire plan lists the
    # teams of its headquarters after `下设四个工作组：`, each named after the headquarters as its office is
    body = ("三、组织机构\n成立镇森林防火指挥部，由镇长任指挥长，镇派出所为成员。指挥部下设办公室，办公室设在镇林业站。\n"
            "指挥部下设三个工作组：\n（一）综合协调组。组长：镇党委副书记；负责信息报送。\n（二）扑救组。组长：镇武装部长；"
            "负责扑救。\n（三）后勤保障组：负责物资。\n四、工作要求\n镇森林防火指挥部组成2个督查组，每天巡查。\n")
    names = snippet_departments("关于做好2016年森林防火工作的方案", "黎川县日峰镇人民政府", "2016年3月1日", body)
    g = "黎川县日峰镇森林防火指挥部"
    assert {n for n in names if n.startswith(g)} == {g, g + "办公室", g + "综合协调组", g + "扑救组", g + "后勤保障组",
                                                     g + "督查组"}
    assert names[g + "扑救组"] == "扑救组" and names[g + "督查组"] == "指挥部组成2个督查组"


def test_a_leading_groups_inspection_team_and_teams_named_by_no_one():
    # a 2019 Hebei county plan: the leading group's 督查组 is its working body; a count of generic teams with no list
    # names none, and organs forming a joint team together (no group before 组成) are not read as a group's team
    body = ("（一）成立县大气污染防治工作领导小组，县长任组长。领导小组下设督查组，负责督导检查。领导小组下设若干工作组，"
            "分片包干。\n（二）县生态环境局会同县公安局组成联合督查组，开展夜查。\n")
    names = snippet_departments("关于开展大气污染防治攻坚行动的实施方案", "滦南县人民政府", "2019年3月1日", body)
    g = "滦南县大气污染防治工作领导小组"
    assert names[g + "督查组"] == "领导小组下设督查组"
    assert not any(n.endswith("工作组") for n in names)
    assert not any("联合督查组" in n and n.startswith(g) for n in names)


def test_a_ministrys_stationed_discipline_group_and_its_general_offices_divisions():
    # a 2012 农业部 office notice: `驻部纪检组（监察局）` is the central commission's group stationed in the ministry, the
    # bracketed 监察局 the same stationed body; `部办公厅秘书处` a division of the ministry's 办公厅
    body = ("　　请各单位于11月底前报送部办公厅秘书处。\n　　（十）加强监督。办公厅会同驻部纪检组（监察局）开展督查。"
            "（办公厅、驻部纪检组负责）\n")
    names = snippet_departments("农业部办公厅关于做好2012年政务公开工作的通知", "农业部办公厅", "2012年3月1日", body)
    assert names["中央纪委驻农业部纪检组"] in ("驻部纪检组", "驻部纪检组（监察局）")
    assert names["农业部办公厅秘书处"] == "部办公厅秘书处"
    assert "监察局" not in names
    # from the 2018 reform the group is the commission's and the supervisory commission's 纪检监察组
    body = "　　（八）强化监督。办公厅会同驻部纪检监察组开展督查。\n"
    names = snippet_departments("自然资源部办公厅关于做好2020年政务公开工作的通知", "自然资源部办公厅", "2020年3月1日",
                                body)
    assert "中央纪委国家监委驻自然资源部纪检监察组" in names


def test_the_water_ministrys_resettlement_bureau_of_2008_2018():
    # 国办发〔2008〕75号: 水库移民开发局 was an internal bureau of 水利部 until the 2018 reform (水库移民司)
    body = "　　（五）公开移民后期扶持政策实施情况。（水库移民开发局负责）\n"
    names = snippet_departments("水利部办公厅关于做好2011年政务公开工作的通知", "水利部办公厅", "2011年3月1日", body)
    assert names == {"水利部水库移民开发局": "水库移民开发局"}


def test_shanghais_medical_insurance_offices_before_2018():
    # a 2013 Pudong plan: 区医保办 and 市医保办 are Shanghai's 医疗保险办公室 of those years
    body = "（四）区医保办配合市医保办做好结算工作。\n"
    names = snippet_departments("关于推进社区卫生服务综合改革的实施意见", "上海市浦东新区人民政府", "2013年3月1日", body)
    assert names == {"上海市浦东新区医疗保险办公室": "区医保办", "上海市医疗保险办公室": "市医保办"}


def test_a_government_and_its_relevant_departments():
    # guide D21 for `及其有关部门` (S33): a 2008 Guangdong provincial regulation's `县级以上人民政府及其有关部门` gives the
    # government and `县级以上人民政府有关部门`, not a bare `有关部门`; a bare `有关部门` elsewhere stays as written
    body = ("第五条　县级以上人民政府及其有关部门应当加强对再生资源回收工作的指导。\n"
            "第六条　有关部门应当按照各自职责做好监督管理工作。\n")
    names = snippet_departments("广东省再生资源回收管理办法", "广东省人民政府", "2008年3月1日", body)
    assert names["县级以上人民政府"] == "县级以上人民政府"
    assert "县级以上人民政府有关部门" in names and "有关部门" in names
    # a 2010 Shanghai municipal 办法: `本市各级人民政府及其有关部门` names them with the municipality, as the governments
    body = "第四条　本市各级人民政府及其有关部门应当做好养老服务工作。\n"
    names = snippet_departments("上海市养老服务办法", "上海市人民政府", "2010年3月1日", body)
    assert names == {"上海市各级人民政府": "市各级人民政府", "上海市各级人民政府有关部门": "有关部门"}


def test_a_levels_committee_office_is_read_whole_with_its_level():
    # a 2019 Zhejiang county's work points: `县生态环境保护委员会办公室` (the office of the party-government committee on
    # the environment, a level's body not in the lexicon) is that county's, read whole with its level
    body = "（三）推进整改。（责任单位：县生态环境保护委员会办公室，各乡镇人民政府）\n"
    names = snippet_departments("关于印发2019年生态环境保护工作要点的通知", "开化县人民政府办公室", "2019年3月1日", body)
    assert names == {"开化县生态环境保护委员会办公室": "县生态环境保护委员会办公室", "各乡镇人民政府": "各乡镇人民政府"}


def test_a_supply_and_marketing_federation_written_short():
    # 供销总社 is the short form of a federation named 供销合作总社 (the national 中华全国供销合作总社, and the provincial and
    # city federations so named): a 2017 Jiangsu county-level city's and a 2015 State Council notice
    names = snippet_departments("关于推进再生资源回收体系建设的实施方案", "常熟市人民政府", "2017年3月1日",
                                "（三）市供销总社负责建设回收网点，市商务局牵头。\n")
    assert names == {"常熟市供销合作总社": "市供销总社", "常熟市商务局": "市商务局"}
    names = snippet_departments("关于深化供销合作社综合改革的意见", "国务院办公厅", "2015年3月1日",
                                "（三）全国供销总社要加强指导，商务部负责。\n")
    assert names == {"中华全国供销合作总社": "全国供销总社", "商务部": "商务部"}
