"""Organ names by their grammar (session 24, s24-org): rules shown missing or invented by batch A15, tested on snippets
written for these tests in the style of other provinces, levels and eras than the notices that showed them."""
from pipeline.nlp.organs import rule_mentions
from tests.test_organs_s5 import _run


def test_he_county_after_a_word_or_a_cited_title_is_the_joiner_and_the_level():
    # a Fujian county's plan: `…》和县委、县政府` (the cited title is cut out of the body) and `要求和县有关部门`
    names, _ = _run("一、工作任务\n（一）为贯彻落实《福建省林业发展规划》和县委、县政府《关于加快林业发展的意见》精神，制定本方案。\n"
                    "（二）按照上级要求和县有关部门部署，乡林业站负责。\n", "福建省三明市尤溪县", "county")
    assert names == {"中共尤溪县委员会": "县委", "尤溪县人民政府": "县政府", "尤溪县有关部门": "县有关部门"}


def test_he_county_after_a_list_mark_or_a_joiner_stays_the_county():
    # an Anhui prefecture (马鞍山, where 和县 lies) listing its counties
    names, _ = _run("一、工作任务\n（一）含山县、和县人民政府负责。当涂县和和县财政局配合。\n", "安徽省马鞍山市", "prefecture")
    assert "和县人民政府" in names and names["和县财政局"] == "和县财政局"
    assert not any(n.startswith("中共") for n in names)


def test_youth_league_committee_written_with_its_place():
    # a Sichuan provincial opinion: 共青团四川省委 is the league's committee, not the party's
    names, _ = _run("一、工作任务\n（一）共青团四川省委、省妇联要广泛开展志愿服务，省委组织部配合。\n", "四川省", "province")
    assert names == {"共青团四川省委员会": "共青团四川省委", "四川省妇女联合会": "省妇联", "中共四川省委组织部": "省委组织部"}


def test_towns_before_an_institution_are_no_collective():
    # a Hunan county plan: 各乡镇敬老院 are institutions of the towns, 各乡镇 acting is a collective
    texts = [m.text for m in rule_mentions("各乡镇敬老院要对外开放，各乡镇福利院做好服务。")]
    assert texts == []
    assert [m.text for m in rule_mentions("各乡镇要落实属地责任。")] == ["各乡镇"]


def test_places_of_kinds_joined_by_he_and_a_prefecture_level_with_its_alternative():
    # a Yunnan provincial opinion (autonomous prefectures and cities as one level)
    names, _ = _run("一、工作任务\n（一）各市、州和县（市、区）人民政府要将居家养老服务纳入公共服务体系。\n"
                    "（二）州（市）人民政府对本地区工作负总责。\n", "云南省", "province")
    assert names == {"各市、州和县（市、区）人民政府": "各市、州和县（市、区）人民政府", "州（市）人民政府": "州（市）人民政府"}


def test_qinghai_administrative_committees_as_a_kind_of_county():
    texts = [m.text for m in rule_mentions("各县（市、区、行委）人民政府负责，县（市、区、行委）民政部门配合。")]
    assert texts == ["各县（市、区、行委）人民政府", "县（市、区、行委）民政部门"]


def test_he_joins_places_only_after_a_list_mark_and_never_a_province():
    assert [m.text for m in rule_mentions("各市、州和省政府有关部门要配合。")] == ["省政府有关部门"]
    assert [m.text for m in rule_mentions("各乡镇和县人民政府负责。")] == ["各乡镇", "县人民政府"]


def test_member_units_of_an_office_and_acting_member_units():
    # a Guangxi county plan: the river-chief office's member units; a city plan's member units acting alone
    names, _ = _run("一、工作任务\n（一）加强巡河。（牵头单位：县水利局；配合单位：县河长办成员单位、各乡镇人民政府）\n",
                    "广西壮族自治区桂林市灵川县", "county")
    assert names == {"灵川县水利局": "县水利局", "灵川县河长办成员单位": "县河长办成员单位",
                     "各乡镇人民政府": "各乡镇人民政府"}
    texts = [m.text for m in rule_mentions("由市长担任链长，成员单位按照职责分工推进工作。市财政局等部门为成员单位。")]
    assert texts == ["成员单位", "市财政局"]  # (the body's make-up, `为成员单位`, names no collective)
    # the members of a union of units listed after its lead (a Guangzhou health plan's medical alliance): no organ
    assert [m.text for m in rule_mentions("医联体牵头医院牵头、成员单位共同参与，成立双向转诊管理中心。")] == []


def test_finance_at_a_level_that_pays_after_yao_is_no_organ():
    # a Gansu provincial opinion (guide D46): paying after 要 is money; 统筹, 纳入预算, 监管 are duties
    texts = [m.text for m in rule_mentions(
        "各市（州）、县财政要相应安排资金。地方各级财政要逐步增加投入。各县（区）财政要相应建立担保基金。"
        "各级财政要按规定统筹使用就业补助资金。县区财政要将工作经费纳入年度预算。市财政要安排专项资金。市财政要加强资金监管。")]
    # ((s38-organs) guide S34c, S31b over D46 for 投入: `地方各级财政要逐步增加投入` acts, an organ)
    assert texts == ["地方各级财政", "各级财政", "县区财政", "市财政"]


def test_a_level_word_runs_along_a_bureau_list_and_to_the_partners_of_places_bureaus():
    # a central 办法 of the 2000s (the province formula, the alternative 厅（局） naming two)
    names, _ = _run("第一章 总则\n第五条 各省、自治区、直辖市教育厅（局）会同同级发展改革委、财政厅（局）负责组织实施。\n"
                    "第六条 各省、自治区、直辖市教育厅（局）可会同人力资源社会保障厅、财政厅（局）制定实施细则。\n"
                    "第七条 国家发展改革委、财政部负责指导。\n", "全国", "central")
    assert set(names) == {"各省、自治区、直辖市教育厅", "各省、自治区、直辖市教育局", "同级发展改革委", "同级财政厅",
                          "同级财政局", "各省、自治区、直辖市人力资源社会保障厅", "各省、自治区、直辖市财政厅",
                          "各省、自治区、直辖市财政局", "国家发展和改革委员会", "财政部"}


def test_authorities_named_by_their_power_sharing_one_head():
    texts = [m.text for m in rule_mentions("未经评估的项目，审批、核准机关不得审批。由核准机关负责。")]
    assert texts == ["审批", "核准机关", "核准机关"]
    assert [m.stem for m in rule_mentions("审批、核准机关不得审批。")] == ["审批机关", "核准机关"]


def test_shanxi_leading_group_written_lingdaozu():
    # a Shanxi county's notice of the 2000s: …工作领导组 and its office, as Shanxi writes its leading groups
    names, _ = _run("一、组织领导\n（一）县人民政府成立安全生产工作领导组，领导组办公室设在县应急管理局。\n"
                    "（二）各乡镇于每月5日前报县安全生产工作领导组办公室。\n", "山西省临汾市襄汾县", "county")
    assert names["襄汾县安全生产工作领导组办公室"] in ("领导组办公室", "县安全生产工作领导组办公室")
    assert "襄汾县应急管理局" in names


def _doc_names(text):
    from pipeline import process_text
    r = process_text(text, doc_id="t").model_dump()
    for d in r["departments"]:
        assert r["text"][d["span"][0]:d["span"][1]] == d["quote"]
    return {d["name"]: d["quote"] for d in r["departments"]}


# a Guangxi county's notice of 2015 (the bureau kept its name until the 2019 reform) and of 2021
GUANGXI_TRANSPORT = """{county}人民政府办公室关于加强农村公路养护工作的通知
{code}

各乡镇人民政府，县直各部门：
一、县交通局负责农村公路养护的组织实施，县财政局负责资金保障。

{county}人民政府办公室
{date}
"""


def test_transport_bureau_written_short_is_kept_up_to_2018():
    names = _doc_names(GUANGXI_TRANSPORT.format(county="灵川县", code="灵政办发〔2015〕12号", date="2015年4月8日"))
    assert names["灵川县交通局"] == "县交通局"
    names = _doc_names(GUANGXI_TRANSPORT.format(county="灵川县", code="灵政办发〔2021〕12号", date="2021年4月8日"))
    assert names["灵川县交通运输局"] == "县交通局"


def test_a_web_copys_places_bracket_in_angle_marks_and_the_zones_boards():
    # a Fujian city's plan copied in Traditional script: 〈〉 is the places' bracket, no cited title; the bare 管委會
    # after the counties' governments is every zone's board; a centre's 管委會 and the 2019 short 資源規劃局
    names = _doc_names("漳州市人民政府辦公室關於加快發展保障性租賃住房的實施意見\n漳政辦〔2022〕30號\n\n"
                       "各縣（市、區）人民政府，漳州高新區、漳州開發區管委會，市直有關單位：\n"
                       "一、盤活存量土地。（責任單位：市資源規劃局，各縣〈市、區〉人民政府、管委會）\n"
                       "二、壓縮審批時限。（責任單位：市住建局、市行政服務中心管委會）\n\n"
                       "漳州市人民政府辦公室\n2022年6月1日\n")
    assert names == {"漳州市自然资源和规划局": "市資源規劃局", "各县（市、区）人民政府": "各縣〈市、區〉人民政府",
                     "各管理委员会": "管委會", "漳州市住房和城乡建设局": "市住建局",
                     "漳州市行政服务中心管理委员会": "市行政服務中心管委會"}


def test_a_body_after_jing_opens_at_its_level():
    # a Jiangxi county's 办法: 经县…领导小组办公室验收 (the office the money passes through)
    texts = [m.text for m in rule_mentions("补助资金经县农村环境整治工作领导小组办公室验收合格后拨付，经市经济发展领导小组审定。")]
    assert texts == ["县农村环境整治工作领导小组办公室", "市经济发展领导小组"]


def test_places_of_a_kind_qualified_by_their_role_share_one_each():
    # a Guangxi prefecture's plan: 各主产县（市、区）, 各试点县 acting
    names, _ = _run("一、工作任务\n（一）各主产县（市、区）要落实配套措施，各试点县要先行先试。\n", "广西壮族自治区百色市",
                    "prefecture")
    assert names == {"各主产县（市、区）": "各主产县（市、区）", "各试点县": "各试点县"}


def test_township_offices_of_the_2019_reforms_written_in_full():
    # a Chongqing town's plan: its 社会治理办公室 and 自然资源和规划建设办公室, with the town's chain
    names, _ = _run("一、工作任务\n（一）整治农村人居环境。（牵头单位：自然资源和规划建设办公室；配合单位：社会治理办公室）\n",
                    "重庆市綦江区石角镇", "township")
    assert names == {"重庆市綦江区石角镇自然资源和规划建设办公室": "自然资源和规划建设办公室",
                     "重庆市綦江区石角镇社会治理办公室": "社会治理办公室"}


def test_the_congress_chair_of_a_towns_own_notice_mentions_its_congress():
    # a Guizhou town's plan: 人大主席 (a title only towns have) in a 责任领导 cell names the town's 人民代表大会
    names, triples = _run("一、工作任务\n（一）开展垃圾分类试点。（责任领导：人大主席；牵头单位：经济发展办公室）\n",
                          "贵州省遵义市湄潭县永兴镇", "township")
    assert names == {"湄潭县永兴镇人民代表大会": "人大主席", "湄潭县永兴镇经济发展办公室": "经济发展办公室"}
    assert triples == {("一/(一)", "湄潭县永兴镇经济发展办公室", "lead")}
    # in a county's notice the title names no congress of the text
    names, _ = _run("一、工作任务\n（一）各乡镇人大主席负责督查。\n", "贵州省遵义市湄潭县", "county")
    assert not any(n.endswith("人民代表大会") for n in names)


def test_an_authority_a_government_designates_is_named_by_its_field():
    # a Hebei provincial 办法 of the 2000s: `其确定的…管理部门` refers back to the governments, the authority is a collective
    texts = [(m.text, m.kind) for m in rule_mentions(
        "设区的市人民政府负责本行政区域内的节水管理工作，其确定的节水管理部门具体负责日常监督。")]
    assert ("节水管理部门", "collective") in texts
    assert not any(t.startswith("其") for t, _ in texts)
