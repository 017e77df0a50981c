"""Session 10 (s10-organs): organs by construction class — collectives whose determiner and head are
shared along a list of sectors, places of kinds sharing one 各, determiners of the place concerned,
prefecture administrations and their bureaus, village party organisations. Every snippet was written
for these tests in the style of offices of other provinces, levels and eras (not copied from any corpus)."""
from pipeline import process_text


from tests.snippets import organs as _organs


def _item(body: str) -> str:
    return "一、工作任务\n（一）" + body + "\n"


def test_a_determiner_before_a_sector_list_is_shared_by_every_sector():
    # spec 1.1 section 5: a shared head is distributed, collectives kept as written (guide D1: 各级…部门)
    cases = [
        ("各级教育、人力资源社会保障部门要加强统筹。", "河北省", "province",
         {"各级教育部门": "各级教育", "各级人力资源社会保障部门": "人力资源社会保障"}),
        ("县级以上人民政府教育、卫生健康行政部门应当加强指导。", "全国", "central",
         {"县级以上人民政府教育行政部门": "县级以上人民政府教育", "县级以上人民政府卫生健康行政部门": "卫生健康"}),
        ("需报上级财政、民政部门备案后执行。", "天津市", "province",
         {"上级财政部门": "上级财政", "上级民政部门": "民政"}),
        ("区农业农村局会同同级财政、自然资源等部门制定实施细则。", "湖北省武汉市江夏区", "county",
         {"武汉市江夏区农业农村局": "区农业农村局", "同级财政部门": "同级财政", "同级自然资源部门": "自然资源"}),
        ("各级发展改革、财政、审计部门按各自职责做好监督。", "吉林省", "province",
         {"各级发展改革部门": "各级发展改革", "各级财政部门": "财政", "各级审计部门": "审计"}),
    ]
    for body, region, level, expected in cases:
        assert _organs(_item(body), region, level) == expected, body


def test_a_sector_list_without_a_determiner_stays_bare():
    assert _organs(_item("财政、审计部门要加强资金监管。"), "甘肃省", "province") == {
        "财政部门": "财政", "审计部门": "审计"}
    names = _organs(_item("联合公安、市场监管等部门开展专项整治。"), "江苏省南京市江宁区", "county")
    assert names == {"公安部门": "公安", "市场监管部门": "市场监管"}


def test_places_of_kinds_with_banners_sharing_one_ge():
    # Inner Mongolia: 盟市 and 旗县区 written in full sharing one 各 and one head (spec: 各区、县级市)
    assert _organs(_item("各盟市、旗县区人民政府要加大投入。"), "内蒙古自治区", "province") == {
        "各盟市、旗县区人民政府": "各盟市、旗县区人民政府"}
    assert _organs(_item("各市州、县市区人民政府负责组织实施。"), "湖南省", "province") == {
        "各市州、县市区人民政府": "各市州、县市区人民政府"}


def test_the_town_government_of_the_place_concerned_keeps_shu_di():
    # 属地 like 所在地 (guide D1, b4 labels 属地街镇): kept as written before a town's government
    assert _organs(_item("属地乡镇人民政府承担属地管理责任。"), "浙江省丽水市青田县", "county") == {
        "属地乡镇人民政府": "属地乡镇人民政府"}
    assert _organs(_item("由属地镇人民政府（街道办事处）负责日常巡查。"), "福建省泉州市晋江市", "county") == {
        "属地镇人民政府": "属地镇人民政府", "属地街道办事处": "街道办事处"}


def test_every_prefecture_administration_and_the_bureau_of_an_administration():
    # a 1990s provincial notice: 各行署 is a collective as written; 行署财政局 names the area's bureau only
    assert _organs(_item("各行署、各市人民政府要加强对本地区工作的领导。"), "黑龙江省", "province") == {
        "各行署": "各行署", "各市人民政府": "各市人民政府"}
    names = _organs(_item("行署财政局、地区教育局要加强指导。"), "新疆维吾尔自治区喀什地区", "prefecture")
    assert "喀什地区行政公署" not in names
    assert set(names) == {"喀什地区财政局", "喀什地区教育局"}
    # (各县: one kind of place sharing 各 is a collective as written, guide D34 as read in S21)
    assert _organs(_item("由行署统一部署，各县组织实施。"), "新疆维吾尔自治区喀什地区", "prefecture") == {
        "喀什地区行政公署": "行署", "各县": "各县"}


def test_village_party_organisations_with_ge_and_no_villagers_committee():
    names = _organs(_item("各村（社区）党组织要发挥战斗堡垒作用，各村（居）委会协助做好排查。"), "重庆市", "province")
    assert names == {"各村（社区）党组织": "各村（社区）党组织"}


def test_a_levels_attached_departments_and_qualified_peoples_organisations():
    # 区属各部门 like 区直各部门 (the level written out, spec 1.1 section 5); 各级妇联组织 like 各级工会组织
    assert _organs(_item("区属各部门、各街道要抓好落实。"), "北京市海淀区", "county") == {
        "北京市海淀区属各部门": "区属各部门", "各街道": "各街道"}
    assert _organs(_item("各级妇联组织要发挥联系妇女的作用。"), "青海省", "province") == {"各级妇联组织": "各级妇联组织"}


def test_a_list_member_written_with_ben_shi_is_the_documents_own_organ():
    # a Shandong county-level city's web notice: 本市/我市 before each member of a list (spec: 本市 written out)
    names = _organs(_item("加强统筹。责任单位：本市发展改革委、本市财政局、我市国资委"), "山东省青岛市胶州市", "county")
    assert names == {"胶州市发展和改革委员会": "市发展改革委", "胶州市财政局": "市财政局",
                     "胶州市人民政府国有资产监督管理委员会": "市国资委"}
    assert _organs(_item("由本县教育局牵头，我县财政局、我县民政局配合。"), "湖南省邵阳市隆回县", "county") == {
        "隆回县教育局": "县教育局", "隆回县财政局": "县财政局", "隆回县民政局": "县民政局"}


def test_a_space_after_a_list_mark_keeps_the_list():
    # a web copy with a justified line: `财政、 人社` (clean drops the space after 、 and ， between Han words,
    # not the space of a heading `一、 `)
    r = process_text("一、 工作任务\n（一）县财政局、 县人社局， 县教育局负责。联合公安、 市场监管等部门开展整治。\n",
                     region="湖北省黄冈市蕲春县", admin_level="county")
    assert {d.name: d.quote for d in r.departments} == {
        "蕲春县财政局": "县财政局", "蕲春县人力资源和社会保障局": "县人社局", "蕲春县教育局": "县教育局",
        "公安部门": "公安", "市场监管部门": "市场监管"}
    assert r.text.startswith("一、 工作任务\n")


def test_qu_in_an_autonomous_regions_own_document_is_the_region():
    # a Ningxia-style provincial notice writes the region's bodies with 区 (a district writes 区委, never 区党委)
    names = _organs(_item("区党委、区政府高度重视。区党委组织部、区人力资源社会保障厅负责，区直各部门配合。"),
                    "宁夏回族自治区", "province")
    assert names == {"中共宁夏回族自治区委员会": "区党委", "宁夏回族自治区人民政府": "区政府",
                     "中共宁夏回族自治区委员会组织部": "区党委组织部",
                     "宁夏回族自治区人力资源和社会保障厅": "区人力资源社会保障厅",
                     "宁夏回族自治区直各部门": "区直各部门"}
    # a city of Guangxi: 区党委 is still the region's committee; 区委 the district's
    assert _organs(_item("由区党委宣传部牵头。"), "广西壮族自治区柳州市", "prefecture") == {
        "中共广西壮族自治区委员会宣传部": "区党委宣传部"}
    assert _organs(_item("社区党委要加强领导，区委组织部负责指导。"), "北京市海淀区", "county") == {
        "中共北京市海淀区委组织部": "区委组织部"}


def test_a_statutes_cities_with_districts_and_counties_sharing_one_head():
    # a provincial 条例 of the 2010s (form=articles): 设区的市 and the county level share the government (and its
    # department); split into two collectives as written (guide D25)
    def names(t):
        return _organs("第一章 总则\n第一条 " + t + "\n", "江苏省", "province")
    # (s27-org2, guide D74 with 县级: the levels below the issuer sharing one government, one collective as written)
    assert names("设区的市、县级人民政府应当加强领导。") == {"设区的市、县级人民政府": "设区的市、县级人民政府"}
    assert names("设区的市、县（市、区）人民政府民政部门负责养老服务监督。") == {
        "设区的市人民政府民政部门": "设区的市、县（市、区）人民政府民政部门",
        "县（市、区）人民政府民政部门": "设区的市、县（市、区）人民政府民政部门"}
    # (s27-org, guide D74: the governments below the issuer sharing one head are one collective as written)
    assert names("设区的市、县（市、区）人民政府应当建立联席会议制度。") == {
        "设区的市、县（市、区）人民政府": "设区的市、县（市、区）人民政府"}


def test_a_town_government_setting_up_a_body_is_no_body_named_by_the_clause():
    # a Jiangxi township notice: 镇政府成立工作专班 names the town's government, the clause is no organ name
    t = "一、加强领导\n镇党委、镇政府成立工作专班，由镇长任组长。镇党政办负责综合协调，镇财政所负责资金管理。\n"
    r = process_text(t, region="江西省赣州市信丰县大塘埠镇", admin_level="township")
    assert {d.name: d.quote for d in r.departments} == {
        "中共信丰县大塘埠镇委员会": "镇党委", "信丰县大塘埠镇人民政府": "镇政府",
        "信丰县大塘埠镇党政办": "镇党政办", "信丰县大塘埠镇财政所": "镇财政所"}  # (s22, guide D39: 党政办 as written)


def test_towns_with_farms_in_brackets_and_bodies_left_out():
    # a Heilongjiang county of the 2000s: farms run as towns written in the bracket, kept as written
    assert _organs(_item("县直相关部门、各乡镇（场）要认真落实。"), "黑龙江省佳木斯市桦南县", "county") == {
        "桦南县直相关部门": "县直相关部门", "各乡镇（场）": "各乡镇（场）"}
    assert _organs(_item("各乡（镇、场）要加强领导。"), "江西省抚州市黎川县", "county") == {"各乡（镇、场）": "各乡（镇、场）"}
    # armed forces (guide D26) and the party's school (spec: schools) are no departments
    names = _organs(_item("县消防救援大队、县委党校、县气象局按职责做好工作。"), "湖北省恩施土家族苗族自治州咸丰县", "county")
    assert names == {"咸丰县气象局": "县气象局"}


def test_sectors_of_earlier_eras_and_county_usage_in_lists():
    # a 1990s Hubei provincial notice: 各级监察、审计部门 (the 监察 departments before the 2018 reform)
    assert _organs(_item("各级监察、审计部门要加强监督检查。"), "湖北省", "province") == {
        "各级监察部门": "各级监察", "各级审计部门": "审计"}
    # a 2000s county: 国税、地税 (before the 2018 merger), 综治、信访
    assert _organs(_item("国税、地税部门要加强协作。建立综治、信访、公安等部门联动机制。"), "河南省南阳市唐河县", "county") == {
        "国税部门": "国税", "地税部门": "地税", "综治部门": "综治", "信访部门": "信访", "公安部门": "公安"}
    assert _organs(_item("教育、文化、卫生等部门要给予支持。"), "河南省南阳市唐河县", "county") == {
        "教育部门": "教育", "文化部门": "文化", "卫生部门": "卫生"}
    # 文化 and 民族 end longer words: 企业文化部门, 少数民族 are no sectors
    assert _organs(_item("加强企业文化部门建设，关心少数民族群众。"), "河南省南阳市唐河县", "county") == {}


def test_authorities_of_a_statute_named_by_their_function_or_designation():
    # a 2010s provincial regulation (form=articles): function-named authorities are collectives as written
    def names(t):
        return _organs("第一章 总则\n第一条 " + t + "\n", "江西省", "province")
    assert names("登记管理机关应当自收到申请之日起六十日内作出决定。") == {"登记管理机关": "登记管理机关"}
    assert names("业务主管单位负责日常监督，监督检查机关应当出示证件。") == {
        "业务主管单位": "业务主管单位", "监督检查机关": "监督检查机关"}
    assert names("由不动产登记机构办理登记。") == {"不动产登记机构": "不动产登记机构"}
    assert names("县级以上地方人民政府确定的部门负责监督。") == {
        "县级以上地方人民政府确定的部门": "县级以上地方人民政府确定的部门"}
    assert names("社会团体的业务主管单位负责人应当到场。") == {}


def test_organs_of_the_state_as_a_collective_and_employers_of_a_kind_left_out():
    # 各级国家机关 is a collective as written; 机关事业单位 (employers of a kind: service bodies are out) is none
    assert _organs(_item("各级国家机关要依法办事，有关国家机关应当配合。"), "福建省南平市浦城县", "county") == {
        "各级国家机关": "各级国家机关", "有关国家机关": "有关国家机关"}
    assert _organs(_item("各级机关事业单位要带头执行。"), "福建省南平市浦城县", "county") == {}
    assert _organs(_item("各级机关要带头执行。"), "福建省南平市浦城县", "county") == {"各级机关": "各级机关"}


def test_a_districts_law_enforcement_bureaus_and_its_unprefixed_organs_carry_the_city():
    # a Hubei district: 城管执法局 / 综合执法局 written short; an unprefixed bureau of a district carries its city
    assert _organs(_item("区住建局、区城管执法局负责执法。"), "湖北省武汉市洪山区", "county") == {
        "武汉市洪山区住房和城乡建设局": "区住建局", "武汉市洪山区城管执法局": "区城管执法局"}
    assert _organs(_item("由财政局负责资金保障，综合执法局负责查处。"), "湖北省武汉市洪山区", "county") == {
        "武汉市洪山区财政局": "财政局", "武汉市洪山区综合行政执法局": "综合执法局"}
