"""Assignments, session 14 (s14-assign): duties in articles and older plans written in ways the opened batches do not
show (docs/decisions/assign-s14.md). Snippets written for these tests, not copied from any corpus."""
from tests.test_organs_s5 import _run

ART = "第一条 为加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"


def test_the_ground_of_a_duty_written_out_before_its_cue():
    # a Shaanxi 条例 (2010s): `X依照《…》和本条例的规定负责…`, `X应当根据…等实际情况负责…` (no comma before the cue), and
    # `X根据各自职责，依法负责…` (依法 after the ground)
    text = (ART + "第三条 县级以上人民政府文物主管部门依照《中华人民共和国文物保护法》和本办法的规定负责文物保护的监督管理。\n"
            "第四条 县级以上人民政府教育行政部门应当根据本行政区域内的学龄人口变化、城镇建设规划等实际情况负责编制中小学布局规划。\n"
            "第五条 公安机关、交通运输主管部门根据各自职责，依法负责校车通行安全的管理。\n"
            "第六条 县级以上人民政府应当根据本地实际情况加强领导。\n")
    _, triples = _run(text, "陕西省", "province")
    assert triples == {("第三条", "县级以上人民政府文物主管部门", "responsible"),
                       ("第四条", "县级以上人民政府教育行政部门", "responsible"),
                       ("第五条", "公安机关", "responsible"), ("第五条", "交通运输主管部门", "responsible")}


def test_a_ground_that_does_not_reach_a_cue_gives_nothing():
    # `根据…规定` before a verb that is no cue (`审核`): nothing; `负责的` is an attribute
    text = (ART + "第三条 县级以上人民政府民政部门根据国家有关规定审核救助申请。\n"
            "第四条 市场监督管理部门根据本办法规定的职责对经营者负责的事项进行检查。\n")
    _, triples = _run(text, "河南省", "province")
    assert triples == set()


def test_duty_lists_under_the_organs_duty_title():
    # an Inner Mongolia fund 办法: `X的主要职责是：` after the number, `X具体职责：` opening a paragraph of the article,
    # and a listed duty opening with 会同 (its partner `co`) or 负责
    text = (ART + "第二条 自治区农牧厅的主要职责是：\n（一）会同自治区财政厅编制资金年度分配方案；\n（二）负责项目的监督检查。\n"
            "第三条 自治区农牧厅和自治区财政厅按照职责分工，共同做好资金管理工作。\n自治区财政厅具体职责：\n"
            "（一）负责资金的预算管理；\n（二）组织开展资金绩效评价。\n")
    _, triples = _run(text, "内蒙古自治区", "province")
    assert triples == {("第二条", "内蒙古自治区农牧厅", "responsible"),
                       ("第二条/(一)", "内蒙古自治区农牧厅", "lead"), ("第二条/(一)", "内蒙古自治区财政厅", "co"),
                       ("第三条", "内蒙古自治区财政厅", "responsible")}
    # (s31-assign) guide R48 (S31): a listed duty with its own 负责 is one of the article's duties, no assignment of its own


def test_a_government_head_before_an_organ_the_tables_miss():
    # a Yunnan 条例: `县级以上人民政府<sector the tables miss>主管部门和其他有关部门…负责` gives the government nothing (it
    # heads the organ's name); the organs listed after it keep the duty. The government alone, or with a sector list, as
    # before.
    text = (ART + "第三条 县级以上人民政府气象灾害防御主管部门和其他有关部门，按照职责分工，负责气象灾害防御工作。\n"
                  "第四条 县级以上人民政府负责本行政区域内的气象灾害防御工作。\n"
                  "第五条 县级以上人民政府发展改革、财政等部门负责气象灾害防御的相关工作。\n")
    _, triples = _run(text, "云南省", "province")
    assert ("第三条", "县级以上人民政府", "responsible") not in triples
    assert ("第三条", "其他有关部门", "responsible") in triples
    assert ("第四条", "县级以上人民政府", "responsible") in triples
    assert {("第五条", "县级以上人民政府发展改革部门", "responsible"),
            ("第五条", "县级以上人民政府财政部门", "responsible")} <= triples


def test_a_first_leads_note_after_the_lists():
    # a Zhejiang county plan: the note closing the plan declares the first organ of each list the lead
    text = ("一、重点任务\n（一）推进污水管网建设。（责任单位：县住建局、县财政局）\n（二）开展河道清淤。（责任单位：县水利局）\n"
            "注：各项任务责任单位中排在第一位的为牵头单位。\n")
    _, triples = _run(text, "浙江省湖州市德清县", "county")
    assert triples == {("一/(一)", "德清县住房和城乡建设局", "lead"), ("一/(一)", "德清县财政局", "co"),
                       ("一/(二)", "德清县水利局", "lead")}
    # without the note every organ of a 责任单位 list is `responsible` (guide R5)
    _, triples = _run(text.rsplit("注：", 1)[0], "浙江省湖州市德清县", "county")
    assert triples == {("一/(一)", "德清县住房和城乡建设局", "responsible"), ("一/(一)", "德清县财政局", "responsible"),
                       ("一/(二)", "德清县水利局", "responsible")}


def test_units_written_beside_departments_do_not_void_them():
    # a Guangxi city notice: `市直各部门、各单位`, `各部门各单位` (guide D29: the departments are named, the units dropped)
    text = ("一、工作要求\n（一）落实安全责任。市直各部门、各单位要按照职责分工，负责抓好本系统的安全工作。\n"
            "（二）做好值班值守。（市直各部门、各单位负责）\n（三）加强应急演练。各部门各单位负责组织本系统的应急演练。\n")
    _, triples = _run(text, "广西壮族自治区柳州市", "prefecture")
    assert triples == {("一/(一)", "柳州市直各部门", "responsible"), ("一/(二)", "柳州市直各部门", "responsible"),
                       ("一/(三)", "各部门", "responsible")}


def test_the_governments_own_department_after_its():
    # a Hebei prefecture notice: `县级以上人民政府应当加强领导，其住房城乡建设部门负责…` (the department is the subject)
    text = "一、工作要求\n县级以上人民政府应当加强领导，其住房城乡建设部门负责具体实施。\n"
    _, triples = _run(text, "河北省保定市", "prefecture")
    assert triples == {("一", "住房城乡建设部门", "responsible")}


def test_co_organs_of_a_body_led_by_one_are_no_subject_of_its_duty():
    # an Anhui city plan: `工作专班由A牵头，B、C参与，负责…` reads A's clause first: B and C are `co` only
    text = ("一、组织保障\n（一）成立工作专班。成立淮南市招商引资工作专班，专班由市投资促进局牵头，市发改委、市经信局参与，"
            "负责统筹推进招商引资工作。\n（二）强化调度。\n")
    _, triples = _run(text, "安徽省淮南市", "prefecture")
    assert triples == {("一/(一)", "淮南市投资促进局", "lead"), ("一/(一)", "淮南市发展和改革委员会", "co"),
                       ("一/(一)", "淮南市经济和信息化局", "co")}


def test_pilot_places_opening_a_duty():
    # a provincial pilot plan (Zhejiang style): `试点县负责…`, `试点地区要负责…` (places of a kind standing for their
    # governments, kept as written); not `试点单位` (no department) nor a place without a cue
    text = ("一、组织实施\n（一）制定方案。试点县负责编制试点实施方案，报省发展改革委备案。\n"
            "（二）开展评估。试点地区要负责做好年度总结评估。试点单位负责具体实施。试点县制定工作台账。\n")
    _, triples = _run(text, "浙江省", "province")
    assert triples == {("一/(一)", "试点县", "responsible"), ("一/(二)", "试点地区", "responsible")}
