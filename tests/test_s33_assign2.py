"""Assignments, session 33 wave 2 (s33-assign2): classes read from the opened A32–A35 non-article notices (how notices write
who does the work): an organ's duty title run on after its heading in a 职责分工 section; a team of persons formed right
before the duty; parallel duty clauses of several organs naming no lead for a later `各负其责，密切配合`; the township level
written bare as the subject (`乡镇（街道）`) and a body told to designate the unit and staff in charge; the words saying whose
place a place-relative government is; bare words of a sector list that name no organ; an organ's staff or unit stationed in
the town; a joint meeting's office given work with an object when the 建立 stands near it; a town's office after 由.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a387, a400, a404, a375, a380, a377, a407, a419, a415, a332); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_duty_title_run_on_after_the_heading_organ():
    # a Qinghai provincial plan (2020): `（二）省有关部门职责。省X负责…；省Y负责…` under `三、职责分工`
    text = ("三、职责分工\n（一）市（州）职责。各市（州）人民政府负责本地区组织实施。\n"
            "（二）省有关部门职责。省生态环境厅负责牵头组织实施，制定考核办法；省财政厅负责落实资金。\n")
    _, triples = _run(text, "青海省", "province")
    assert ("三/(二)", "青海省有关部门", "responsible") in triples
    assert ("三/(二)", "青海省生态环境厅", "lead") in triples and ("三/(二)", "青海省财政厅", "responsible") in triples
    assert not any(t[1] == "青海省有关部门" and t[2] == "lead" for t in triples)


def test_duty_title_outside_a_division_section_is_no_heading():
    text = "三、保障措施\n（二）省有关部门职责。省生态环境厅负责牵头组织实施。\n"
    _, triples = _run(text, "青海省", "province")
    assert not any(t[1] == "青海省有关部门" for t in triples)


def test_team_of_persons_formed_before_the_duty_keeps_the_subject():
    # a Henan county notice (2016): the villages form a patrol team of their cadres; the duty is the villages'
    text = ("二、工作措施\n（一）落实看护。各村要组建由村干部、党员组成的护林队伍，负责本村林区防火巡查。\n"
            "（二）加强领导。县政府成立森林防火指挥部，负责统筹协调全县防火工作。\n")
    _, triples = _run(text, "河南省周口市郸城县", "county")
    assert ("二/(一)", "各村", "responsible") in triples
    assert not any(t[0] == "二/(二)" for t in triples)  # a body set up takes its own duty (R10)


def test_parallel_shares_name_no_lead_for_mutual_cooperation():
    # a 2000s State Council style notice: each organ's own share, then the collective's mutual co-operation (R40)
    text = ("二、主要措施\n（三）理顺监管职责。农业部门负责种植环节的监管，商务部门负责流通环节的监管，卫生部门负责综合协调。"
            "各有关部门要各负其责，密切配合，消除监管盲区。\n"
            "（四）加强协调。卫生部门负责综合协调。各有关部门要各负其责，密切配合。\n")
    _, triples = _run(text, "全国", "central")
    assert ("二/(三)", "农业部门", "responsible") in triples and ("二/(三)", "商务部门", "responsible") in triples
    assert not any(t[0] == "二/(三)" and t[1] == "各有关部门" for t in triples)
    assert ("二/(四)", "各有关部门", "co") in triples  # one organ's 负责 is the item's lead (R40)


def test_bare_township_level_is_the_subject_of_its_duty():
    # a Jiangxi county plan (2017) and a central opinion (2010s): the towns written bare, a street as the alternative
    text = ("四、乡镇工作任务\n（二）项目管理。乡镇负责辖区项目的组织实施和监督管理。\n"
            "（三）队伍建设。各地要加强基层机构建设，乡镇（街道）要明确负责安全生产工作的机构和人员，加强日常巡查。\n"
            "（四）责任落实。乡镇主要负责人对本辖区工作负总责。\n")
    _, triples = _run(text, "江西省赣州市于都县", "county")
    assert ("四/(二)", "乡镇", "responsible") in triples
    assert {t for t in triples if t[0] == "四/(三)"} == {("四/(三)", "乡镇", "responsible"), ("四/(三)", "街道", "responsible")}
    assert not any(t[0] == "四/(四)" for t in triples)


def test_words_saying_whose_place_before_a_place_relative_government():
    # a 2000s central notice on migrants' children: `流动人口流入地政府负责…`
    text = "二、主要任务\n（一）明确责任。流动人口流入地政府负责流动儿童接种工作，以社区卫生服务机构为主。\n"
    _, triples = _run(text, "全国", "central")
    assert ("二/(一)", "流入地政府", "responsible") in triples


def test_bare_words_of_a_sector_list_do_not_cut_it():
    # a Heilongjiang city opinion (2012): banks and insurers between the sectors, the list closed by 等部门和单位
    text = ("三、主要任务\n（一）建立核对机制。市民政局牵头建立核对平台，公安、税务、银行、保险、不动产登记等部门和单位要按照职责分工，"
            "配合民政部门做好信息核对工作。\n")
    _, triples = _run(text, "黑龙江省哈尔滨市", "prefecture")
    got = {t[1] for t in triples if t[0] == "三/(一)" and t[2] == "co"}
    assert {"公安部门", "税务部门", "不动产登记部门"} <= got and not any("银行" in n or "保险" in n for n in got)


def test_staff_or_unit_stationed_in_the_town_is_not_the_organ():
    # a Guangdong town plan (2021): a county bureau's branch staff and a district bureau's stationed unit in the lists
    text = ("二、重点任务\n（一）治理污水\n1．建设设施。新建处理设施5处。\n"
            "责任单位：镇规划建设办公室、县农业农村局驻镇农技人员，各村（社区）\n"
            "2．规范收运。做好收运。\n责任单位：镇规划建设办公室；配合单位：区城市管理局驻镇环卫站、各物业服务企业。\n"
            "3．加强执法。开展执法。\n责任单位：镇规划建设办公室、县生态环境局\n")
    _, triples = _run(text, "广东省清远市清新区太和镇", "township")
    assert not any("农业农村局" in t[1] for t in triples)
    assert not any("城市管理局" in t[1] for t in triples)
    assert any(t[0] == "二/(一)/3" and "生态环境局" in t[1] for t in triples)


def test_joint_meeting_office_with_work_when_jianli_stands_near():
    # a Sichuan city plan (2019): the joint meeting built in a short clause, its office seated and given work with an object
    text = ("三、保障措施\n（一）加强领导。建立全市托育服务联席会议制度，联席会议办公室设在市卫生健康委，负责统筹协调全市托育服务工作。\n"
            "（二）明确分工。建立全市养老服务联席会议制度，联席会议办公室设在市民政局，负责日常工作。\n")
    _, triples = _run(text, "四川省绵阳市", "prefecture")
    assert any(t[0] == "三/(一)" and t[1].endswith("联席会议办公室") and t[2] == "responsible" for t in triples)
    assert not any(t[0] == "三/(二)" for t in triples)


def test_town_office_after_you_in_prose():
    # an Anhui town work plan (2022): `由社会事务办公室牵头，…配合`
    text = ("二、重点工作\n1．提升服务。新增养老床位20张。由社会事务办公室牵头，综合行政执法大队配合。\n"
            "2．丰富活动。举办活动10场。（责任单位：社会事务办公室）\n")
    _, triples = _run(text, "安徽省合肥市肥西县三河镇", "township")
    assert ("二/1", "肥西县三河镇社会事务办公室", "lead") in triples
    assert ("二/2", "肥西县三河镇社会事务办公室", "responsible") in triples
