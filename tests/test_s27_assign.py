"""Assignments, session 27 (s27-assign): carry-forward clauses (guide R29), a first-listed note under a table, a body's
office seated in an organ (R28), a ministry's own division after 我部, an agent named with 由, levels sharing a head.
Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (A22 a263, a260, A21 a245); not copied from any corpus."""
from pipeline import process_text
from tests.test_organs_s5 import _run


def test_a_carry_clause_reaches_its_part_only():
    # a Jiangxi provincial plan (2020s), sub-items restarting under each (N): `…配合，各设区市人民政府落实。以下均需…不再
    # 列出`: the carried organ is `responsible` in its own item and every later annotated item of part 二, also beside a
    # lead (guide R29); not in part 三
    text = ("一、发展目标\n到2025年，建成体系。\n二、主要任务\n（一）完善网络。\n1.建设枢纽。支持建设枢纽。（省交通运输厅牵头，省财政厅配合，"
            "各设区市人民政府落实。以下均需各设区市人民政府落实，不再列出）\n2.建设园区。支持建设园区。（省商务厅牵头，省自然资源厅配合）\n"
            "（二）培育主体。\n1.扶持企业。支持企业发展。（省工业和信息化厅负责）\n三、保障措施\n（一）加强领导。建立协调机制。"
            "（省发展改革委牵头，各有关部门配合）\n")
    _, triples = _run(text, "江西省", "province")
    assert triples == {("二/(一)/1", "江西省交通运输厅", "lead"), ("二/(一)/1", "江西省财政厅", "co"),
                       ("二/(一)/1", "各设区市人民政府", "responsible"),
                       ("二/(一)/2", "江西省商务厅", "lead"), ("二/(一)/2", "江西省自然资源厅", "co"),
                       ("二/(一)/2", "各设区市人民政府", "responsible"),
                       ("二/(二)/1", "江西省工业和信息化厅", "responsible"), ("二/(二)/1", "各设区市人民政府", "responsible"),
                       ("三/(一)", "江西省发展和改革委员会", "lead"), ("三/(一)", "各有关部门", "co")}


def test_a_carry_clause_ends_at_its_part_also_in_a_running_list():
    # a Hunan provincial opinion: (一)…(三) numbered on from part 二 into part 三; the carry reaches the later items of
    # its own part only (guide R29 `to the next top-level heading`; s32-assign, as A29 a337's gold reads a running list)
    text = ("一、总体要求\n坚持统筹推进。\n二、重点任务\n（一）优化布局。合理设置。（省卫生健康委负责，各市州人民政府负责落实。"
            "以下均需各市州人民政府落实，不再列出）\n（二）加强队伍。配齐人员。（省人力资源社会保障厅牵头，省财政厅配合）\n三、改革机制\n"
            "（三）完善医保。落实政策。（省医保局负责）\n四、组织实施\n（一）加强领导。各地要重视。（省卫生健康委负责）\n")
    _, triples = _run(text, "湖南省", "province")
    assert {t for t in triples if t[1] == "各市州人民政府"} == {("二/(一)", "各市州人民政府", "responsible"),
                                                          ("二/(二)", "各市州人民政府", "responsible")}


def test_a_carried_organ_listed_under_a_label_takes_the_column_role():
    # a Jilin provincial plan: the carried organ written as one more member of a 责任单位 list beside a 牵头单位 is co in
    # that item (R16); in every later item it is `responsible`, also beside a lead (guide R29; s27-assign2, after the S27
    # gold pass brought A11 a151 to R29)
    text = ("一、主要任务\n（一）完善制度。\n1.健全培训。开展培训。（牵头单位：省人力资源社会保障厅；责任单位：省财政厅，各市人民政府。"
            "以下均需各市人民政府落实，不再列出）\n2.加强鉴定。开展评价。（牵头单位：省教育厅；责任单位：省人力资源社会保障厅）\n"
            "（二）完善服务。\n3.强化服务。开展服务。（责任单位：省民政厅）\n")
    _, triples = _run(text, "吉林省", "province")
    assert {t for t in triples if t[1] == "各市人民政府"} == {("一/(一)/1", "各市人民政府", "co"),
                                                         ("一/(一)/2", "各市人民政府", "responsible"),
                                                         ("一/(二)/3", "各市人民政府", "responsible")}


def test_a_first_listed_note_under_a_table_speaks_for_the_table():
    # a Henan county plan: the note right under the attachment's task list declares its cells' first organ the lead;
    # the body's bracket `（A、B按职责分工负责）` keeps `responsible`
    text = ("一、重点任务\n（一）发展电商。培育基地。（县商务局、县文化和旅游局按职责分工负责）\n（二）建设网络。建设基站。"
            "（县工业和信息化局牵头，县住房城乡建设局配合）\n附件\n重点任务清单\n序号\t任务\t责任单位\t完成时限\n"
            "1\t培育电商基地5个\t县商务局、县文化和旅游局\t2024年底前\n2\t建成基站300个\t县工业和信息化局\t2025年底前\n"
            "注：列第一位者为牵头单位，其他为配合单位。\n")
    _, triples = _run(text, "河南省南阳市镇平县", "county")
    assert triples == {("一/(一)", "镇平县商务局", "responsible"), ("一/(一)", "镇平县文化和旅游局", "responsible"),
                       ("一/(二)", "镇平县工业和信息化局", "lead"), ("一/(二)", "镇平县住房和城乡建设局", "co"),
                       ("表/1", "镇平县商务局", "lead"), ("表/1", "镇平县文化和旅游局", "co"),
                       ("表/2", "镇平县工业和信息化局", "lead")}


def test_a_ministrys_own_division_after_wo_bu():
    # a Ministry of Transport general office notice (2010s): `我部综合规划司负责…，会同有关司局…` gives the division the
    # lead, not the ministry as well; `由统计处室牵头，会同…` under a provincial subject names its own agent (a unit the
    # organs reader does not name): the subject is given nothing
    text = ("交通运输部办公厅关于加强统计工作的通知\n交办规划〔2016〕12号\n各省、自治区、直辖市交通运输厅（局、委）：\n"
            "为提高统计数据质量，现就有关事项通知如下：\n一、主要任务\n（一）完善制度。我部将修订统计制度。\n二、职责分工\n"
            "我部综合规划司负责统筹组织，会同有关司局完善统计制度。各省级交通运输主管部门要明确分工，由统计处室牵头，"
            "会同财务等处室共同推进。\n三、保障措施\n（一）加强督查。我部将组织检查。\n交通运输部办公厅\n2016年3月1日\n")
    rec = process_text(text)
    assert {(r.task, r.department, r.role) for r in rec.responsibilities} == {
        ("二", "交通运输部综合规划司", "lead"), ("二", "有关司局", "co")}
    assert all(text[r.span[0]:r.span[1]] == r.quote for r in rec.responsibilities)


def test_an_agent_named_with_you_takes_the_later_clauses():
    # a Shandong city plan: `X要…，由Y牵头，会同Z…`: Y leads, Z is co, X (the sentence's subject) gets nothing
    _, triples = _run("一、工作任务\n（一）落实保障。市财政局要加强保障，由市审计局牵头，会同市财政局开展审计。\n"
                      "（二）落实责任。市生态环境局要明确分工，由监测科牵头，会同执法支队共同推进。\n", "山东省烟台市", "prefecture")
    assert triples == {("一/(一)", "烟台市审计局", "lead"), ("一/(一)", "烟台市财政局", "co")}


def test_levels_sharing_a_sector_head():
    # a Zhejiang provincial notice: `市、县级农业农村部门负责…`: the department the organs reader names keeps the clause
    _, triples = _run("一、职责分工\n省农业农村厅负责统筹。市、县级农业农村部门负责组织本地区数据填报。\n", "浙江省", "province")
    # (s27-org2 read the levels' department as one collective, as a245's gold does; s35b-names: guide D106 as confirmed
    # in S33b distributes a level list before a department per level, `州（市）、县级财政部门`, the one-collective reading
    # being only for governments)
    assert ("一", "市农业农村部门", "responsible") in triples and ("一", "县级农业农村部门", "responsible") in triples


def test_an_office_seated_in_an_organ_for_the_bodys_routine():
    # a Gansu county plan: `领导小组办公室设在县扶贫开发局，负责日常协调调度` describes the existing group (guide R28)
    _, triples = _run("一、重点任务\n（一）推进改造。完成改造。\n二、保障措施\n（一）加强领导。县脱贫攻坚领导小组统筹推进，"
                      "领导小组办公室设在县扶贫开发局，负责日常协调调度。\n（二）落实资金。县财政局负责资金保障。\n",
                      "甘肃省定西市通渭县", "county")
    assert triples == {("二/(二)", "通渭县财政局", "responsible")}
    # an office given the article's work itself (a Guizhou county 办法) is read as usual
    _, triples = _run("第一条 为规范管理，制定本办法。\n第四条 县投资促进工作领导小组统一领导全县投资促进工作，领导小组办公室设在县商务局，"
                      "负责本办法的组织实施和奖励的审核。\n", "贵州省遵义市湄潭县", "county")
    # (s37-assign) with its host organ (guide R28 made precise, S33 CK Q3; a152's, a311's and a492's golds)
    assert triples == {("第四条", "湄潭县投资促进工作领导小组办公室", "responsible"), ("第四条", "湄潭县商务局", "responsible")}


def test_a_rule_note_with_adoption_and_dated_order_gives_the_adoption_day():
    # a Yunnan city rule as a law collection prints it (2010s): adopted at the executive meeting, then promulgated by a
    # dated order: issue date the adoption's (guide M10), number and issuer the order's
    rec = process_text("昆明市城市排水管理办法\n\n（2012年5月8日昆明市人民政府第12次常务会议审议通过　2012年6月1日昆明市人民政府令第110号公布"
                       "　自2012年8月1日起施行）\n\n第一章　总　则\n第一条　为了加强城市排水管理，制定本办法。\n"
                       "第二条　市城市管理部门负责全市城市排水的监督管理工作。\n")
    md = rec.metadata
    assert (md.issue_date, md.doc_number, md.issuers) == ("2012-05-08", "昆明市人民政府令第110号", ["昆明市人民政府"])
    # (s39b-orders) the State Council's rule too: M14's premier's signature is not printed here, only the note, and M10
    # (closed in S30) takes the adoption day, as a508's gold reads the same note
    rec = process_text("某某管理条例\n（2003年6月18日国务院第12次常务会议通过　2003年6月20日中华人民共和国国务院令第381号公布"
                       "　自2003年8月1日起施行）\n第一条　为了加强管理，制定本条例。\n")
    assert rec.metadata.issue_date == "2003-06-18"
