"""Assignments by construction class (session 13: duties in the articles of 办法/条例/规定, lists divided organ by
organ, 会同 partners and clause chains). Snippets written for these tests in the style of other provinces, levels
and eras (docs/decisions/assign-s13.md), not copied from any corpus."""
from tests.test_organs_s5 import _run

ART = "第一条 为加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"


def test_a_duty_list_opening_the_paragraph_under_an_article_title():
    # a Zhejiang city's 办法 for a new area: the article's title on its own line, then `X依照本办法履行以下职责：`
    text = (ART + "第二章 管理体制\n第五条 （管理机构）\n杭州市钱塘新区管理委员会作为市人民政府的派出机构，负责统筹管理新区行政事务。\n"
            "第六条 （机构职责）\n杭州市钱塘新区管理委员会依照本办法履行以下职责：\n（一）组织实施新区发展规划；\n"
            "（二）负责投资、贸易等有关行政管理工作；\n（三）履行市人民政府赋予的其他职责。\n")
    _, triples = _run(text, "浙江省杭州市", "prefecture")
    assert triples == {("第二章/第五条", "杭州市钱塘新区管理委员会", "responsible"),
                       ("第二章/第六条", "杭州市钱塘新区管理委员会", "responsible")}  # (s31-assign) guide R48 (S31): a listed duty with its own 负责 is one of the article's duties, no assignment of its own
    # `根据本条例` before the duties (a Guangxi prefecture 条例, 2016)
    _, triples = _run("第一条 为保护水源，制定本条例。\n第四条 （主管部门）\n市水利局根据本条例履行下列职责：\n（一）编制保护规划；\n"
                      "（二）牵头组织水源地巡查；\n（三）法律法规规定的其他职责。\n", "广西壮族自治区钦州市", "prefecture")
    assert triples == {("第四条", "钦州市水利局", "responsible"), ("第四条/(二)", "钦州市水利局", "lead")}


def test_a_listed_duty_without_its_own_cue_is_not_assigned_again():
    # a Hebei county 细则: the listed duties that open with a verb other than 负责/牵头/会同 stay the article's
    _, triples = _run(ART + "第五条 县民政局履行下列职责：\n（一）组织实施临时救助；\n（二）指导乡镇开展审核。\n",
                      "河北省保定市涞源县", "county")
    assert triples == {("第五条", "涞源县民政局", "responsible")}


def test_a_list_divided_organ_by_organ():
    # a Hubei city's 办法 on household checks (information-sharing duties, one organ per item)
    text = (ART + "第十二条 有关部门和单位有责任和义务向民政部门提供以下与核对有关的信息：\n（一）公安部门有关户籍、车辆信息；\n"
            "（二）人力资源社会保障部门有关就业和社会保险信息；\n（三）不动产登记机构、住房城乡建设部门有关房产信息；\n"
            "（四）市人民政府确定需要提供的其他信息。\n")
    _, triples = _run(text, "湖北省武汉市", "prefecture")
    # the closing catch-all (`…确定需要提供的其他信息`) names the organ that decides, no share of its own
    assert triples == {("第十二条/(一)", "公安部门", "responsible"),
                       ("第十二条/(二)", "人力资源社会保障部门", "responsible"),
                       ("第十二条/(三)", "不动产登记机构", "responsible"),
                       ("第十二条/(三)", "住房城乡建设部门", "responsible")}


def test_a_list_of_cases_or_occasions_is_no_division():
    # penalties (`有下列情形之一的`) and occasions (`履行下列职责时，…应当征询…意见：`) over organ-opened items
    text = (ART + "第十三条 有下列情形之一的，依法追究有关人员的责任：\n（一）公安部门未按规定提供信息的；\n（二）民政部门泄露信息的；\n"
            "（三）税务部门未按规定提供信息的。\n第十四条 相关部门履行下列职责时，涉及文物的，应当征询文物部门的意见：\n"
            "（一）规划部门组织编制规划；\n（二）建设部门确定改建范围；\n（三）房屋管理部门确定征收项目。\n")
    _, triples = _run(text, "江苏省苏州市", "prefecture")
    assert triples == set()


def test_a_system_described_with_a_main_organ_is_no_assignment():
    # an Anhui provincial 条例 (2015): `实行…县人民政府为主，乡镇人民政府参与的管理体制`
    _, triples = _run("第一条 为发展学前教育，制定本条例。\n第五条 学前教育实行省、设区的市人民政府统筹，县人民政府为主，"
                      "乡镇人民政府参与的管理体制。\n", "安徽省", "province")
    assert triples == set()
    # a division with its own 配合 clause still gives the lead (assignments-s7.md)
    _, triples = _run("一、工作任务\n（一）加强校园安全。此项工作以县教育局为主，县公安局配合。\n", "江西省赣州市于都县", "county")
    assert triples == {("一/(一)", "于都县教育局", "lead"), ("一/(一)", "于都县公安局", "co")}


def test_the_bodies_concerned_as_the_partner_of_huitong():
    # an old central-style notice on social groups (1990s wording), at county level: `X要会同有关单位处理好…`
    names, triples = _run("一、工作要求\n（一）做好善后。对撤销登记的社会团体，县民政局要会同有关单位处理好善后工作。\n"
                          "（二）县财政局会同县审计局、相关单位开展检查。\n（三）县财政局要通知有关单位负责人参加会议。\n",
                          "湖北省宜昌市远安县", "county")
    assert triples == {("一/(一)", "远安县民政局", "lead"), ("一/(一)", "有关单位", "co"),
                       ("一/(二)", "远安县财政局", "lead"), ("一/(二)", "远安县审计局", "co"), ("一/(二)", "相关单位", "co")}
    assert names["有关单位"] == "有关单位"


def test_a_duty_then_huitong_makes_the_subject_lead():
    # issue 12: `X负责…，会同Y做好…` (a Sichuan county's division of duties): X `lead`, Y `co` (spec 1.1 section 6
    # `A会同B…`; was the first role, b3 d021; changed in docs/decisions/organs-a2-s18.md after the A1/A2 adjudications)
    _, triples = _run("一、职责分工\n（一）加强住房保障。县住房保障部门负责公共租赁住房的筹集和配租，会同相关职能部门做好资格审核工作。\n"
                      "（二）做好核查。县民政局负责经济状况核对，会同县公安局开展户籍核查。\n（三）统筹资金。由县财政局牵头，负责资金统筹。\n",
                      "四川省绵阳市三台县", "county")
    assert triples == {("一/(一)", "三台县住房保障部门", "lead"), ("一/(一)", "相关职能部门", "co"),
                       ("一/(二)", "三台县民政局", "lead"), ("一/(二)", "三台县公安局", "co"),
                       ("一/(三)", "三台县财政局", "lead")}


def test_a_mechanism_closing_its_own_clause_leaves_the_next_clause_its_assignment():
    # a Fujian county plan (2016): `建立考核机制，由X领导小组及其办公室牵头制定考核办法`
    _, triples = _run("一、组织实施\n（一）强化考核。建立考核机制，由县智慧城市建设工作领导小组及其办公室牵头制定考核办法。\n"
                      "（二）建立由县发改局牵头、县财政局参与的协调机制，定期会商。\n", "福建省南平市浦城县", "county")
    assert triples == {("一/(一)", "浦城县智慧城市建设工作领导小组", "lead"),
                       ("一/(一)", "浦城县智慧城市建设工作领导小组办公室", "lead")}


def test_a_builder_named_then_its_overall_duty():
    # a central ministry's engineering guide (2013 wording), at county level: `X是本工程的建设单位，总体负责…`
    _, triples = _run("一、建设管理\n（一）明确建设主体。县交通运输局是本工程的建设单位，总体负责工程建设进度和资金管理。\n",
                      "福建省南平市浦城县", "county")
    assert triples == {("一/(一)", "浦城县交通运输局", "responsible")}


def test_the_lead_of_a_body_made_up_by_the_document_is_no_assignment():
    # a county's joint-meeting system (Fujian style): `联席会议由A、B、C组成，A为牵头单位`
    _, triples = _run("一、主要职能\n统筹协调全县职业教育工作。\n二、成员单位\n联席会议由县教育局、县发改局、县财政局组成，县教育局为牵头单位。\n"
                      "三、工作要求\n（一）开展检查。由县教育局牵头，县财政局、县审计局组成检查组开展检查。\n", "福建省南平市浦城县", "county")
    # (s36-assign) the organs that form the team doing the item's work after its lead are `co` (spec 1.1 section 6: once
    # a lead is named, every other organ of the same assignment; A40 a477's gold); the make-up in 二 still gives nothing
    assert triples == {("三/(一)", "浦城县教育局", "lead"), ("三/(一)", "浦城县财政局", "co"), ("三/(一)", "浦城县审计局", "co")}


def test_items_under_a_heading_that_is_a_role_label():
    # a Chengdu district's application guide: `（一）申请受理责任部门` over one line per case with its office and phone
    _, triples = _run("四、申请受理责任部门及程序\n（一）申请受理责任部门\n1.高层次人才、区委批准引进的人才。武侯区委组织部人才科，咨询电话：028-12345678。\n"
                      "2.企业人才。各重点企业联系服务部门具体受理，由武侯区商务局汇总。\n（二）申请程序\n1.申请人向区委组织部提交材料。\n",
                      "四川省成都市武侯区", "county")
    assert triples == {("四/(一)/1", "中共成都市武侯区委组织部", "responsible"),
                       ("四/(一)/2", "各重点企业联系服务部门", "responsible"),
                       ("四/(一)/2", "成都市武侯区商务局", "responsible")}


def test_an_organ_that_qualifies_the_subject_is_not_the_subject():
    # a Hebei city's 1990s 办法: `各级人民政府的市政工程行政主管部门是本办法的主管部门，负责组织实施本办法`
    _, triples = _run(ART + "第四条 各级人民政府的市政工程行政主管部门是本办法的主管部门，负责组织实施本办法。\n", "河北省石家庄市", "prefecture")
    assert ("第四条", "各级人民政府", "responsible") not in triples


def test_a_duty_opening_with_fuze_under_the_organs_main_duties():
    # `X的主要职责是：` over its listed duties (an older city 办法)
    _, triples = _run(ART + "第十条 市交通局的主要职责是：\n（一）编制道路运输规划；\n（二）负责道路运输市场管理。\n", "河北省石家庄市", "prefecture")
    assert triples == {("第十条", "石家庄市交通运输局", "responsible")}  # (s31-assign) guide R48 (S31): a listed duty with its own 负责 is one of the article's duties, no assignment of its own


def test_an_unknown_alternative_after_huo_does_not_cut_the_subject():
    # a Chongqing autonomous county 条例 (2000s): `由水务行政主管部门或河道专门管理机关会同…确定`
    _, triples = _run("第一条 为加强城乡建设管理，制定本条例。\n第二十九条 城乡建设不得占用河道河滩。\n"
                      "自治县县城、乡镇规划的临河界限，由水务行政主管部门或河道专门管理机关会同县住房城乡建设委确定。\n",
                      "重庆市彭水苗族土家族自治县", "county")
    assert ("第二十九条", "水务行政主管部门", "lead") in triples
