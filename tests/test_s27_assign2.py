"""Assignments, session 27 (s27-assign2): the 兵团 師市 short form opening a 由/会同 assignment, a table's note naming a
collective for every row as a later clause of the note or by the tasks of each one's own area (guide R27), `C抓好具体落实`
after a lead, a designated 协理员 as the subject of a 负责 clause. Snippets written for these tests in the style of other
provinces, levels and eras than the notices that showed the problems (A4 a46, A5 a49, A14 a168, A1 a08, A9 a98); not
copied from any corpus."""
from tests.test_organs_s5 import _run


def test_a_shishi_organ_opens_the_assignment():
    # a 第一师阿拉尔市 plan (2021): 师市X局 (the division one with its city, 师市合一) as the subject of `A牵头，会同B`,
    # after 由 in `由A会同B V`, and after `；` in a list of 负责 clauses (spec 1.1 section 6: A lead, B co)
    text = ("一、重点任务\n（一）完善规划。师市水利局牵头，会同师市财政局、自然资源局等部门，于2021年6月底前完成规划编制。\n"
            "（二）分解任务。各团场年度任务由师市水利局会同师市财政局另行下达。\n"
            "（三）加强管理。各团场为实施主体；师市水利局负责项目审批；师市审计局负责审计监督。\n")
    _, triples = _run(text, "新疆生产建设兵团第一师阿拉尔市", "prefecture")
    assert triples == {("一/(一)", "第一师阿拉尔市水利局", "lead"), ("一/(一)", "第一师阿拉尔市财政局", "co"),
                       ("一/(一)", "第一师阿拉尔市自然资源局", "co"),
                       ("一/(二)", "第一师阿拉尔市水利局", "lead"), ("一/(二)", "第一师阿拉尔市财政局", "co"),
                       ("一/(三)", "第一师阿拉尔市水利局", "responsible"), ("一/(三)", "第一师阿拉尔市审计局", "responsible")}


def test_a_table_note_gives_a_collective_every_row_in_its_second_clause():
    # a Fujian provincial plan (2010s) whose task table closes with the first-listed convention and then, after `；`, the
    # clause naming the cities for every row (guide R27): `responsible` on each row, beside the cells' roles
    text = ("一、重点任务\n（一）完善网络。建设回收网点。\n（二）培育企业。培育龙头企业。\n附件\n重点任务分工表\n"
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t建设回收网点500个\t省商务厅\t省住房和城乡建设厅\t2018年底前\n"
            "2\t培育龙头企业10家\t省工业和信息化厅、省发展改革委\t省财政厅\t2019年底前\n"
            "注：牵头单位有多个的，列第一位者为牵头单位；各设区市人民政府负责本地区相关任务的组织实施，不再单独列出。\n")
    _, triples = _run(text, "福建省", "province")
    assert {t for t in triples if t[1] == "各设区市人民政府"} == {("表/1", "各设区市人民政府", "responsible"),
                                                           ("表/2", "各设区市人民政府", "responsible")}
    assert ("表/2", "福建省工业和信息化厅", "lead") in triples and ("表/2", "福建省财政厅", "co") in triples


def test_a_table_note_naming_the_local_bodies_of_every_task():
    # a Guangzhou district plan (2020s): `注：各镇人民政府、各街道办事处为属地责任主体，负责本辖区内整治任务的具体实施` under
    # the task table names the towns and street offices for every row without `不再列出` (guide R27); a note of one
    # organ's own duty (`区财政局负责资金保障`) is not for every row
    rows = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t整治背街小巷30条\t区城市管理局\t区住房建设局\t2023年底前\n"
            "2\t规范停车秩序\t区交通运输局\t区城市管理局\t持续推进\n")
    text = ("一、重点任务\n（一）整治街巷。完成整治。\n附件\n任务分工表\n" + rows +
            "注：各镇人民政府、各街道办事处为属地责任主体，负责本辖区内整治任务的具体实施。\n")
    _, triples = _run(text, "广东省广州市从化区", "county")
    assert {t for t in triples if t[1].startswith("各")} == {
        ("表/1", "各镇人民政府", "responsible"), ("表/1", "各街道办事处", "responsible"),
        ("表/2", "各镇人民政府", "responsible"), ("表/2", "各街道办事处", "responsible")}
    text = "一、重点任务\n（一）整治街巷。完成整治。\n附件\n任务分工表\n" + rows + "注：区财政局负责整治资金的保障。\n"
    _, triples = _run(text, "广东省广州市从化区", "county")
    assert not {t for t in triples if t[1] == "广州市从化区财政局"}


def test_carrying_out_written_zhuahao_juti_luoshi_after_a_lead():
    # an Inner Mongolia league plan (2020s): `A、B会同C负责推进，D抓好具体落实`: D carries the lead's work out (co)
    text = ("一、重点任务\n（一）畅通物流通道。开通至阿尔山口岸的货运班列。盟交通运输局、盟商务局会同盟邮政管理局负责推进，"
            "阿尔山市人民政府抓好具体落实。\n（二）建设园区。建设跨境电商产业园。盟商务局负责。\n")
    _, triples = _run(text, "内蒙古自治区兴安盟", "prefecture")
    assert triples == {("一/(一)", "兴安盟交通运输局", "lead"), ("一/(一)", "兴安盟商务局", "lead"),
                       ("一/(一)", "兴安盟邮政管理局", "co"), ("一/(一)", "阿尔山市人民政府", "co"),
                       ("一/(二)", "兴安盟商务局", "responsible")}


def test_a_body_naming_a_xieliyuan_for_a_duty_is_responsible():
    # a Hunan county plan (2010s): `各乡镇人民政府要明确1名…协理员，负责本乡镇…`: the body told to name staff for the duty
    # is assigned it (guide R32, S27c, which overrules the earlier reading of the persons as the subject)
    text = ("一、工作措施\n（一）明确责任。县人力资源社会保障局牵头负责农村劳动力转移就业工作。各乡镇人民政府要明确1名分管领导和"
            "1名专职劳动保障协理员，负责本乡镇就业服务工作。\n")
    _, triples = _run(text, "湖南省邵阳市隆回县", "county")
    assert triples == {("一/(一)", "隆回县人力资源和社会保障局", "lead"), ("一/(一)", "各乡镇人民政府", "responsible")}


def test_a_carried_organ_is_responsible_in_later_items_with_a_lead():
    # a Shaanxi provincial plan (2020s): the cities listed in the first item's 责任单位 beside a 牵头单位 and carried by
    # `以下均需…落实，不再列出` are co there (R16) and `responsible` in the later items of the part, leads or not (guide R29)
    text = ("一、重点任务\n（一）扩大培训。\n1.开展培训。每年培训10万人次。（牵头单位：省人力资源社会保障厅；责任单位：省财政厅，"
            "各设区市人民政府。以下均需各设区市人民政府落实，不再列出）\n2.建设基地。建设实训基地20个。（牵头单位：省教育厅；"
            "责任单位：省人力资源社会保障厅）\n二、保障措施\n（一）加强领导。（省人力资源社会保障厅负责）\n")
    _, triples = _run(text, "陕西省", "province")
    assert {t for t in triples if t[1] == "各设区市人民政府"} == {("一/(一)/1", "各设区市人民政府", "co"),
                                                           ("一/(一)/2", "各设区市人民政府", "responsible")}


def test_an_office_seated_in_brackets_for_the_bodys_routine():
    # a Yunnan prefecture plan (2010s): `领导小组办公室（设在州商务局）负责日常调度` describes the body (guide R28), as the
    # comma form does; the same office given the item's work keeps it
    text = ("一、保障措施\n（一）加强领导。州电子商务工作领导小组统筹推进，领导小组办公室（设在州商务局）负责日常调度。\n"
            "（二）加强考核。州电子商务工作领导小组办公室负责年度考核。\n")
    _, triples = _run(text, "云南省大理白族自治州", "prefecture")
    assert triples == {("一/(二)", "大理白族自治州电子商务工作领导小组办公室", "responsible")}
