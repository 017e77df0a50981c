"""Organ names and collectives (session 26, s26-org, issue 12): rules shown missing or invented by batch A16, tested on
snippets written for these tests in the style of other provinces, levels and eras than the notices that showed them."""
from pipeline import process_text
from tests.test_organs_s5 import _run


def _record(text: str):
    rec = process_text(text, doc_id="t")
    return {d.name: d.quote for d in rec.departments}, {(r.task, r.department, r.role) for r in rec.responsibilities}


def _district_notice(district: str, year: int, body: str) -> str:
    # a Shanghai suburban district government's notice, signed and dated (the year names its organs)
    return (f"上海市{district}人民政府关于印发《{district}垃圾分类工作方案》的通知\n\n各街道办事处、镇人民政府，区政府各委、办、局：\n\n"
            f"现将《{district}垃圾分类工作方案》印发给你们，请认真贯彻执行。\n\n上海市{district}人民政府\n{year}年4月2日\n\n"
            f"{district}垃圾分类工作方案\n\n一、工作任务\n{body}\n")


def test_a_shanghai_suburban_districts_housing_bureau_by_the_year_of_its_notice():
    # 区房管局 in 宝山区: 房屋管理局 in the 2009-2010 reform, 住房保障和房屋管理局 since the districts' 2019 reforms
    body = "（一）推进住宅小区改造。区房管局牵头，区机管局、公安宝山分局配合。\n"
    names, triples = _record(_district_notice("宝山区", 2021, body))
    assert "上海市宝山区住房保障和房屋管理局" in names
    assert "上海市宝山区机关事务管理局" in names  # (机管局: the 机关事务管理局 of any level)
    assert "上海市公安局宝山分局" in names  # (the branch written with the sector before the district's stem)
    assert ("一/(一)", "上海市宝山区住房保障和房屋管理局", "lead") in triples
    names, _ = _record(_district_notice("宝山区", 2014, body))
    assert "上海市宝山区房屋管理局" in names and "上海市宝山区住房保障和房屋管理局" not in names


def test_a_municipal_zone_under_its_approved_name():
    # 嘉定工业区管委会 in a 嘉定区 notice: one of Shanghai's municipal zones, named 上海市嘉定工业区 on its board's seal
    names, _ = _run("一、任务\n（一）推进改造。嘉定工业区管委会、各镇负责落实。\n", "上海市嘉定区", "county")
    assert names["上海市嘉定工业区管理委员会"] == "嘉定工业区管委会"


def test_ccpit_councils_keep_their_founding_name():
    # a Beijing municipal opinion of the 2000s: the council is the CCPIT's 分会; a Ningbo notice keeps the default
    names, _ = _run("一、措施\n（一）扩大开放。市贸促会负责组织企业参展。\n", "北京市", "province")
    assert names["中国国际贸易促进委员会北京市分会"] == "市贸促会"
    names, _ = _run("一、措施\n（一）扩大开放。市贸促会负责组织企业参展。\n", "浙江省宁波市", "prefecture")
    assert "中国国际贸易促进委员会宁波市委员会" in names


def test_boards_written_short_inside_a_collective_are_written_out():
    # guide D59 in a Hebei city's plan: 各开发区管委会 → 各开发区管理委员会
    names, triples = _run("一、任务\n（一）加快建设。（责任单位：市工信局，各开发区管委会）\n", "河北省唐山市", "prefecture")
    assert names["各开发区管理委员会"] == "各开发区管委会"
    assert ("一/(一)", "各开发区管理委员会", "responsible") in triples


def test_a_report_to_the_levels_joint_meeting_office():
    # a Sichuan county's plan: 报送县联席会议办公室 is the office of the joint meeting it set up, no run-on name
    names, _ = _run("三、保障措施\n（一）加强领导。建立县农村供水工作联席会议，联席会议办公室设在县水利局，负责日常工作。\n"
                    "（二）加强督查。每季度末将工作进展报送县联席会议办公室。\n", "四川省绵阳市三台县", "county")
    assert set(names) == {"三台县农村供水工作联席会议", "三台县农村供水工作联席会议办公室", "三台县水利局"}


def test_level_organs_and_level_authorities_are_collectives():
    # a Guangxi county's rules: 县级机关 (guide D24), 乡级主管部门, 县（市）主管部门 and 所在地市级主管部门 (D35, D62)
    names, _ = _run("第一章 总则\n第三条 县级机关年底前全部达到节能标准。经乡级主管部门初审、县（市）主管部门审核后，"
                    "通过所在地市级主管部门报送。\n", "广西壮族自治区", "province")
    assert set(names) == {"县级机关", "乡级主管部门", "县（市）主管部门", "所在地市级主管部门"}


def test_a_towns_group_set_up_by_its_heads_and_its_bare_river_office():
    # a Hunan township's plan: the group led by the town's secretary and head is the town's, its office too; a bare
    # 河长制办公室 in the town's list of units is the town's
    names, triples = _run("一、重点任务\n（一）治理河道。\n责任单位：乡农业综合服务中心、河长制办公室\n"
                          "二、保障措施\n（一）加强组织领导。成立以乡党委书记、乡长为组长，各站所负责人为成员的河道治理工作领导小组，"
                          "领导小组办公室设在乡党政办公室，负责日常工作。\n", "湖南省娄底市冷水江市中连乡", "township")
    chain = "冷水江市中连乡"
    assert names[chain + "河长制办公室"] == "河长制办公室"
    assert chain + "河道治理工作领导小组" in names and chain + "河道治理工作领导小组办公室" in names
    assert ("一/(一)", chain + "河长制办公室", "responsible") in triples


def test_a_push_group_with_a_latin_term_and_its_office():
    # a Zhejiang city's action plan: …5G…工作推进小组 and its office taking up a duty of its own later
    names, _ = _run("四、保障措施\n（一）强化组织。成立由分管副市长任组长的嘉兴市5G应用推广工作推进小组，成员由市经信局等部门组成。\n"
                    "（二）严格督查。推进小组办公室每季度通报建设进度。\n", "浙江省嘉兴市", "prefecture")
    assert names["嘉兴市5G应用推广工作推进小组"] == "嘉兴市5G应用推广工作推进小组"
    assert names["嘉兴市5G应用推广工作推进小组办公室"] == "推进小组办公室"


def test_places_party_committees_and_governments_and_a_body_with_its_office():
    # a Gansu prefecture's plan of the 2010s: a shared head over places written with their bracket; X及其办公室
    names, _ = _run("一、要求\n（一）健全机构。各县（市）党委、政府承担主体责任，年底前完成本级安全生产委员会及其办公室组建工作。"
                    "市防汛抗旱指挥部及其办公室要加强值守。\n", "甘肃省定西市", "prefecture")
    assert {"各县（市）党委", "各县（市）政府", "本级安全生产委员会", "本级安全生产委员会办公室", "定西市防汛抗旱指挥部",
            "定西市防汛抗旱指挥部办公室"} <= set(names)


def test_generic_roles_of_a_responsibility_system_are_no_organs():
    # a Shanxi prefecture's 2010s food-safety points: the system's roles (D6, D24); a duty of its own keeps 地方政府
    names, _ = _run("一、要求\n（一）落实责任。落实地方政府负总责、监管部门各负其责、企业为第一责任人的责任体系。\n"
                    "（二）加强监管。地方政府要加强日常监管。\n", "山西省晋中市", "prefecture")
    assert set(names) == {"地方政府"}
    assert names["地方政府"] == "地方政府"


def test_villages_committees_after_their_bracket_are_no_assignee():
    # a Jiangxi township's plan: 各村（居）居委会 in a 责任单位 list (guide D44), not 各村
    names, triples = _run("一、重点任务\n（一）改善人居环境。\n责任单位：镇社会事务办公室，各村（居）居委会\n",
                          "江西省赣州市于都县罗坳镇", "township")
    assert "各村" not in names
    assert triples == {("一/(一)", "于都县罗坳镇社会事务办公室", "responsible")}


def test_local_finance_given_a_duty_after_a_paying_condition():
    # a central notice of the 2010s: 地方财政 given the duty of checking (guide D32, D46); paying alone is money
    names, _ = _run("一、措施\n（一）加强资金管理。地方财政安排配套资金的，要加强资金审核和监管。\n", None, "central")
    assert "地方财政" in names
    names, _ = _run("一、措施\n（一）加强资金管理。地方财政安排配套资金的，要及时足额拨付。\n", None, "central")
    assert "地方财政" not in names


def test_a_government_in_a_leaders_title_and_paired_committees():
    # a Henan county's notice of the 2000s: 县政府主要负责同志 names the government; 管理委员会和监督委员会 share their qualifier
    names, _ = _run("一、组织\n（一）成立县新农合工作领导小组，由县政府主要负责同志任组长。坚持政府主导。\n"
                    "（二）县合管办每季度向县新型农村合作医疗管理委员会和监督委员会报告基金收支情况。\n", "河南省周口市沈丘县", "county")
    assert "沈丘县人民政府" in names
    assert names["沈丘县新型农村合作医疗监督委员会"] == "监督委员会"


def test_a_bracket_naming_whose_telephone_number_it_is_assigns_nothing():
    # an Anhui county's 办法 of the 2010s: the reporting lines' owners in brackets after the numbers are no 责任单位 list
    names, triples = _run("第一章　总则\n第九条　县财政局负责资金拨付。\n第十条　任何单位和个人均可举报。举报电话：0558-5512345（县财政局）、"
                          "12345678（县监察局）。\n", "安徽省阜阳市临泉县", "county")
    assert {"临泉县财政局", "临泉县监察局"} <= set(names)
    assert not any(d == "临泉县监察局" for _, d, _ in triples)
