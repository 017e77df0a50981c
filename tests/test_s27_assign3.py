"""Assignments, session 27 (s27-assign3): the S27c rules R30–R33 and R27 on rows that name the collective themselves.
Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (A8 a91, a93, A3 a32, A5 a49, A14 a165, a168, A9 a86); not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_a_collective_carrying_the_item_out_after_shared_duties_is_responsible():
    # a Henan county opinion (1990s): `A、B分别负责，各乡镇组织实施` and `A负责…，B配合，各乡镇和村委会组织实施`: the
    # townships are given the carrying-out (guide R31, responsible); villagers' committees are no organs (D44)
    text = ("二、主要任务\n（一）发展林果业。新栽经济林2万亩。由县林业局、县农业局分别负责，各乡镇组织实施。\n"
            "（二）整治村容。县城建局负责规划指导，县国土资源局配合，各乡镇和村委会组织实施。\n")
    _, triples = _run(text, "河南省周口市郸城县", "county")
    assert triples == {("二/(一)", "郸城县林业局", "responsible"), ("二/(一)", "郸城县农业局", "responsible"),
                       ("二/(一)", "各乡镇", "responsible"),
                       ("二/(二)", "郸城县城建局", "responsible"), ("二/(二)", "郸城县国土资源局", "co"),
                       ("二/(二)", "各乡镇", "responsible")}


def test_carrying_out_after_a_lead_stays_co_and_a_task_of_its_own_is_no_carrying_out():
    # a Guangxi prefecture plan (2010s): after 牵头 the carrying-out clause of a peer organ is one more member of the
    # lead's assignment (co, s19); (s31-assign) of the lower governments it is their own work, `responsible` (guide R47,
    # S30, as a07's gold reads it); a clause with an object of its own (`各县组织实施…工程`) is not read by R31
    text = ("一、重点任务\n（一）建设电商园区。由市商务局牵头，市财政局配合，各县（区）具体组织实施。\n"
            "（二）培训人才。市人社局负责培训，各县（区）组织实施电商进村工程。\n"
            "（三）建设物流站点。由市商务局牵头，市邮政管理局具体实施。\n")
    _, triples = _run(text, "广西壮族自治区河池市", "prefecture")
    assert triples == {("一/(一)", "河池市商务局", "lead"), ("一/(一)", "河池市财政局", "co"),
                       ("一/(一)", "各县（区）", "responsible"), ("一/(二)", "河池市人力资源和社会保障局", "responsible"),
                       ("一/(三)", "河池市商务局", "lead"), ("一/(三)", "河池市邮政管理局", "co")}


def test_a_body_told_to_name_staff_for_a_duty_is_responsible():
    # a Jiangxi provincial rule (2000s) article: `县级人民政府应当确定专（兼）职人员，负责…` (guide R32)
    text = ("江西省农村劳动力培训管理办法\n第一章 总则\n第一条 为了规范培训，制定本办法。\n第二章 职责\n"
            "第五条 县级劳动保障部门负责本行政区域内的培训管理工作。\n"
            "第六条 乡（镇）人民政府应当确定专（兼）职人员，负责本乡（镇）培训对象的登记和组织工作。\n"
            "第三章 附则\n第七条 本办法自发布之日起施行。\n")
    _, triples = _run(text, "江西省", "province")
    assert triples == {("第二章/第五条", "县级劳动保障部门", "responsible"),
                       ("第二章/第六条", "乡（镇）人民政府", "responsible")}


def test_a_paragraph_after_the_last_sub_item_belongs_to_the_article():
    # a Gansu city rule (2010s): the unnumbered paragraph after 第六条's last sub-item is the article's (guide R30)
    text = ("兰州市生活垃圾分类管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 分类\n第六条 生活垃圾分为以下四类：\n（一）可回收物；\n（二）有害垃圾；\n（三）厨余垃圾；\n（四）其他垃圾。\n"
            "市城市管理局应当会同有关部门，根据本市实际适时调整分类目录。\n第七条 本办法自公布之日起施行。\n")
    _, triples = _run(text, "甘肃省兰州市", "prefecture")
    assert triples == {("第二章/第六条", "兰州市城市管理局", "lead"), ("第二章/第六条", "有关部门", "co")}


def test_a_cooperation_sentence_after_the_lead_is_co():
    # a Hubei provincial opinion (2000s): `X、Y给予配合` in its own sentence after the item's lead (guide R33)
    text = ("三、政策措施\n（一）建立统计制度。省人事厅牵头建立高校毕业生就业统计制度。省统计局、省教育厅给予配合。\n")
    _, triples = _run(text, "湖北省", "province")
    assert triples == {("三/(一)", "湖北省人事厅", "lead"), ("三/(一)", "湖北省统计局", "co"),
                       ("三/(一)", "湖北省教育厅", "co")}


def test_a_table_note_reaches_rows_that_name_the_collective_themselves():
    # a Shandong prefecture plan (2020s): the note makes the counties responsible on every row (guide R27), also on the
    # row whose own column names them (co there, both kept: R8; S27c's gold pass on a49 and a168)
    text = ("一、重点任务\n（一）整治道路。\n附件\n任务分工表\n序号\t任务\t牵头单位\t配合单位\n"
            "1\t整治背街小巷50条\t市住房城乡建设局\t各县（市、区）人民政府\n"
            "2\t规范停车秩序\t市公安局\t市城市管理局\n"
            "注：各县（市、区）人民政府为属地责任主体，负责本辖区内整治任务的具体实施。\n")
    _, triples = _run(text, "山东省潍坊市", "prefecture")
    assert triples == {("表/1", "潍坊市住房和城乡建设局", "lead"), ("表/1", "各县（市、区）人民政府", "co"),
                       ("表/1", "各县（市、区）人民政府", "responsible"),
                       ("表/2", "潍坊市公安局", "lead"), ("表/2", "潍坊市城市管理局", "co"),
                       ("表/2", "各县（市、区）人民政府", "responsible")}
