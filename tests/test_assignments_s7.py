"""Assignments the way county, township and older notices write them (issue 12, session 7):
compound labels (`牵头责任单位：A；配合责任单位：B`), `以A为主，B配合`, and task tables with compound
column names or markdown bars. Snippets written for these tests in the style of several provinces,
levels and eras (docs/decisions/assignments-s7.md)."""
from tests.test_organs_s5 import _run


def test_compound_labels_take_the_role_word_before_them():
    # a Hunan county 任务分解 (2020s): 牵头责任单位 / 配合责任单位 in a bracket
    _, triples = _run("一、重点任务\n（一）整顿经营秩序。加强市场巡查。（牵头责任单位：县市场监管局；配合责任单位：县公安局、县商务局）\n",
                      "湖南省常德市澧县", "county")
    assert triples == {("一/(一)", "澧县市场监督管理局", "lead"), ("一/(一)", "澧县公安局", "co"),
                       ("一/(一)", "澧县商务局", "co")}


def test_compound_labels_on_lines_of_their_own():
    # a Jiangxi county plan: 牵头责任单位 / 配合责任单位 lines, 牵头落实单位；配合落实单位 on one line
    _, triples = _run("一、重点任务\n（一）完善园区基础设施。\n牵头责任单位：县工信局\n配合责任单位：县财政局、县自然资源局\n"
                      "（二）推进招商引资。\n牵头落实单位：县商务局；配合落实单位：县发改委\n", "江西省吉安市永丰县", "county")
    assert triples == {("一/(一)", "永丰县工业和信息化局", "lead"), ("一/(一)", "永丰县财政局", "co"),
                       ("一/(一)", "永丰县自然资源局", "co"), ("一/(二)", "永丰县商务局", "lead"),
                       ("一/(二)", "永丰县发展和改革委员会", "co")}


def test_lead_and_cooperating_departments_written_with_responsibility():
    # a Guangxi prefecture plan: 牵头责任部门 / 协同责任部门; 主责部门 alone stays responsible
    _, triples = _run("一、主要任务\n（一）优化营商环境。（牵头责任部门：市发展改革委；协同责任部门：市市场监管局）\n"
                      "（二）强化要素保障。（主责部门：市自然资源局；协同部门：市财政局）\n", "广西壮族自治区柳州市", "prefecture")
    assert triples == {("一/(一)", "柳州市发展和改革委员会", "lead"), ("一/(一)", "柳州市市场监督管理局", "co"),
                       ("一/(二)", "柳州市自然资源局", "responsible"), ("一/(二)", "柳州市财政局", "co")}


def test_a_task_table_with_compound_column_names():
    # a Jiangxi county's 重点任务清单 attached, one cell per line (web copy)
    _, triples = _run("附件\n重点任务清单\n序号\n工作任务\n责任牵头单位\n责任配合单位\n1\n完善园区基础设施\n县工信局\n县财政局、县自然资源局\n",
                      "江西省吉安市永丰县", "county")
    assert triples == {("表/1", "永丰县工业和信息化局", "lead"), ("表/1", "永丰县财政局", "co"),
                       ("表/1", "永丰县自然资源局", "co")}
    _, triples = _run("附件\n重点任务清单\n| 序号 | 工作任务 | 牵头责任单位 | 配合责任单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
                      "| 1 | 完善园区基础设施 | 县工信局 | 县财政局、县自然资源局 | 2022年底 |\n| 2 | 推进招商引资 | 县商务局 | 县发改委 | 长期 |\n",
                      "江西省吉安市永丰县", "county")
    assert triples == {("表/1", "永丰县工业和信息化局", "lead"), ("表/1", "永丰县财政局", "co"),
                       ("表/1", "永丰县自然资源局", "co"), ("表/2", "永丰县商务局", "lead"),
                       ("表/2", "永丰县发展和改革委员会", "co")}


def test_a_markdown_table_restating_a_body_item():
    # a web copy with a markdown table whose rows restate the body's items by heading
    _, triples = _run("一、重点任务\n（一）完善园区基础设施。\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
                      "| 1 | 完善园区基础设施 | 县工信局 | 县财政局、县自然资源局 |\n", "江西省吉安市永丰县", "county")
    assert triples == {("一/(一)", "永丰县工业和信息化局", "lead"), ("一/(一)", "永丰县财政局", "co"),
                       ("一/(一)", "永丰县自然资源局", "co")}


def test_the_organ_named_as_main_of_a_division_leads():
    # a Hunan county (2010s) bracket and a Shaanxi county (2000s) sentence: 以A为主，B配合 / A为主，B参与
    _, triples = _run("一、重点任务\n（一）加强农田水利建设。实施小型水库除险加固。（以县水利局为主，县农业农村局、县财政局配合）\n"
                      "（二）推进厕所革命。（县农业农村局为主，县卫健局、县住建局参与）\n", "湖南省邵阳市隆回县", "county")
    assert triples == {("一/(一)", "隆回县水利局", "lead"), ("一/(一)", "隆回县农业农村局", "co"),
                       ("一/(一)", "隆回县财政局", "co"), ("一/(二)", "隆回县农业农村局", "lead"),
                       ("一/(二)", "隆回县卫生健康局", "co"), ("一/(二)", "隆回县住房和城乡建设局", "co")}
    _, triples = _run("一、重点任务\n（一）整顿经营秩序。此项工作以县工商局为主，县公安局、县文化局配合，开展专项整治。\n",
                      "陕西省渭南市蒲城县", "county")
    assert triples == {("一/(一)", "蒲城县工商行政管理局", "lead"), ("一/(一)", "蒲城县公安局", "co"),
                       ("一/(一)", "蒲城县文化局", "co")}


def test_main_without_a_cooperating_organ_or_as_part_of_a_word_gives_nothing():
    # a Henan county: 为主体 / 为主要 / 为主 of money or of a verb phrase, or no 配合 organ
    for text in ("坚持以政府投入为主，社会资本积极参与。", "坚持以企业为主体，县科技局、县工信局积极参与。",
                 "县财政局为主要出资方，县农业农村局参与管理。", "培训以县人社局组织为主，县总工会参与。",
                 "此项工作以县水利局为主。"):
        _, triples = _run("一、重点任务\n（一）多元投入。" + text + "\n", "河南省周口市鹿邑县", "county")
        assert triples == set(), text


def test_the_organs_a_lead_takes_along_are_co():
    # a Sichuan prefecture plan: A牵头B、C等部门…, A牵头组织B…, a group's office 牵头各成员单位
    _, triples = _run("一、重点任务\n（一）完善政策体系。市发展改革委牵头市财政局、市商务局等部门研究制定配套政策。\n"
                      "（二）强化统筹。市领导小组办公室牵头组织各成员单位，及时制定年度计划。\n", "四川省宜宾市", "prefecture")
    assert triples == {("一/(一)", "宜宾市发展和改革委员会", "lead"), ("一/(一)", "宜宾市财政局", "co"),
                       ("一/(一)", "宜宾市商务局", "co"), ("一/(二)", "宜宾市领导小组办公室", "lead"),
                       ("一/(二)", "各成员单位", "co")}


def test_organs_guided_by_a_lead_are_not_co():
    # 牵头指导各区县: the places guided are no part of the lead's assignment
    _, triples = _run("一、重点任务\n（一）推进老旧小区改造。市住房城乡建设局牵头指导各区县开展改造。\n", "四川省宜宾市", "prefecture")
    assert triples == {("一/(一)", "宜宾市住房和城乡建设局", "lead")}


def test_a_paragraph_after_an_articles_items_is_the_articles():
    # an Anhui county 办法: 第二条 lists its 项, then a second 款 gives another organ a duty
    _, triples = _run("第一章 总则\n第一条 为加强管理，制定本办法。\n第二条 县民政局负责全县养老机构的监督管理，具体履行下列职责：\n"
                      "（一）制定养老服务发展规划；\n（二）组织开展养老机构等级评定。\n县财政局负责养老服务补贴资金的保障和监督。\n"
                      "第三条 本办法自发布之日起施行。\n", "安徽省宣城市泾县", "county")
    assert triples == {("第一章/第二条", "泾县民政局", "responsible"), ("第一章/第二条", "泾县财政局", "responsible")}


def test_a_wrapped_item_line_and_a_plan_items_paragraph_stay_with_the_item():
    # a PDF copy wraps a 项 over two lines; in a plan (no articles) a paragraph after an item is that item's
    _, triples = _run("第一章 总则\n第一条 为加强管理，制定本办法。\n第二条 县民政局履行下列职责：\n（一）制定养老服务发展规划，县财政局负责\n"
                      "保障所需资金；\n（二）组织开展等级评定。\n第三条 本办法自发布之日起施行。\n", "安徽省宣城市泾县", "county")
    # (`X履行下列职责：` gives X the article since session 12: batch b3's labellers, docs/decisions/assign-s12.md)
    assert triples == {("第一章/第二条/(一)", "泾县财政局", "responsible"), ("第一章/第二条", "泾县民政局", "responsible")}
    _, triples = _run("一、重点任务\n（一）加强养老服务。\n1.建设养老机构。\n2.开展等级评定。\n县财政局负责保障资金。\n",
                      "安徽省宣城市泾县", "county")
    assert triples == {("一/(一)/2", "泾县财政局", "responsible")}


def test_an_organ_acting_as_lead_unit():
    # a Hubei county plan: X作为牵头单位，负责…，Y配合
    _, triples = _run("一、重点任务\n（一）完善园区基础设施。县经信局作为牵头单位，负责制定建设方案，县住建局配合。\n",
                      "湖北省黄冈市红安县", "county")
    assert triples == {("一/(一)", "红安县经济和信息化局", "lead"), ("一/(一)", "红安县住房和城乡建设局", "co")}


def test_a_spaced_task_table_with_a_leader_column_and_a_glued_date():
    # a county 任务分解表 flattened with spaces: the leader's name is its own column, the date
    # `2023年12月` glued to the last organ is one cell
    _, triples = _run("附件\n2023年重点工作任务分解表\n序号 工作任务 责任领导 牵头单位 配合单位 完成时限\n"
                      "1 完善园区基础设施 王建国 县经信局 县住建局 2023年12月\n", "湖北省黄冈市红安县", "county")
    assert triples == {("表/1", "红安县经济和信息化局", "lead"), ("表/1", "红安县住房和城乡建设局", "co")}


def test_towns_listed_before_a_county_bureau_are_two_assignees():
    # a Guizhou county 责任单位 list: 各乡镇、县农业农村局 is the towns and the county's bureau (towns keep
    # no bureau); 各市、县农业农村局 in a provincial notice stays one collective
    for lst, want in (("各乡镇、县农业农村局", {"各乡镇", "天柱县农业农村局"}),
                      ("各乡镇（街道）、县农业农村局、县财政局", {"各乡镇（街道）", "天柱县农业农村局", "天柱县财政局"}),
                      ("各乡（镇）、县民政局", {"各乡（镇）", "天柱县民政局"})):
        _, triples = _run(f"一、工作任务\n（一）加强动物防疫。开展集中免疫。（责任单位：{lst}）\n",
                          "贵州省黔东南苗族侗族自治州天柱县", "county")
        assert triples == {("一/(一)", name, "responsible") for name in want}, lst
    _, triples = _run("一、工作任务\n（一）加强防疫。各市、县农业农村局负责组织实施。\n", "贵州省", "province")
    assert triples == {("一/(一)", "各市、县农业农村局", "responsible")}


def test_adverbials_between_the_organ_and_its_duty():
    # a Shanxi county plan (2000s-2010s wording): 主要/全面/每年/按规定/对口负责, 在…下负责, 按照…原则负责
    for mid in ("主要", "全面", "每年", "按规定", "对口", "在县委县政府统一领导下", "在项目验收后", "按照属地管理原则"):
        _, triples = _run(f"一、工作任务\n（一）加强资金管理。县财政局{mid}负责项目资金的拨付和监管。\n", "山西省晋中市平遥县", "county")
        assert triples == {("一/(一)", "平遥县财政局", "responsible")}, mid
    _, triples = _run("一、工作任务\n（一）加强资金管理。县发改局在县政府统一领导下牵头，县财政局配合。\n", "山西省晋中市平遥县", "county")
    assert triples == {("一/(一)", "平遥县发展和改革局", "lead"), ("一/(一)", "平遥县财政局", "co")}


def test_an_adverbial_before_a_person_or_a_noun_is_no_duty():
    # 主要负责人 / 主要负责同志 is a person; 每年安排 has no duty word
    for text in ("县财政局主要负责人要亲自抓。", "县财政局主要负责同志任组长。", "县财政局每年安排专项资金。"):
        _, triples = _run("一、工作任务\n（一）加强资金管理。" + text + "\n", "山西省晋中市平遥县", "county")
        assert triples == set(), text


def test_synergy_after_a_lead_is_co_and_an_unknown_name_voids_nothing():
    # a Fujian district plan: A牵头，B、<a centre the tables miss>协同推进 / 由A牵头，B、C要密切协同
    _, triples = _run("一、重点任务\n（一）推进数字乡村建设。区农业农村局牵头，区工信局、区大数据中心协同推进。\n"
                      "（二）发展农村电商。由区商务局牵头，区工信局、区农业农村局要密切协同。\n", "福建省南平市建阳区", "county")
    assert triples == {("一/(一)", "南平市建阳区农业农村局", "lead"), ("一/(一)", "南平市建阳区工业和信息化局", "co"),
                       ("一/(二)", "南平市建阳区商务局", "lead"), ("一/(二)", "南平市建阳区工业和信息化局", "co"),
                       ("一/(二)", "南平市建阳区农业农村局", "co")}
    # the same list with 配合
    _, triples = _run("一、重点任务\n（一）推进数字乡村建设。区农业农村局负责，区大数据中心、区工信局配合。\n", "福建省南平市建阳区", "county")
    assert ("一/(一)", "南平市建阳区工业和信息化局", "co") in triples


def test_synergy_without_a_lead_or_as_a_noun_gives_no_co():
    # guide R9: 协同 with no lead named assigns nothing; 区域协同发展 is no organ's duty
    _, triples = _run("一、重点任务\n（一）推进数字乡村建设。区农业农村局负责组织实施，区工信局协同推进。\n"
                      "（二）发展农村电商。区商务局牵头，区域协同发展。\n", "福建省南平市建阳区", "county")
    assert triples == {("一/(一)", "南平市建阳区农业农村局", "responsible"), ("一/(二)", "南平市建阳区商务局", "lead")}


def test_a_responsibility_label_line_after_a_lead_label_line_is_co():
    # a Hubei county plan: 牵头单位 and 责任单位 on lines of their own under one item are one assignment
    # (spec §6: once a lead is named, the others are co; as in one bracket); a person's line voids nothing
    _, triples = _run("一、重点任务\n（一）完善园区基础设施。\n责任领导：王建国（县委常委、常务副县长）\n牵头单位：县经信局\n"
                      "责任单位：县住建局、县自然资源和规划局\n（二）推进招商引资。\n责任单位：县商务局\n", "湖北省黄冈市红安县", "county")
    assert triples == {("一/(一)", "红安县经济和信息化局", "lead"), ("一/(一)", "红安县住房和城乡建设局", "co"),
                       ("一/(一)", "红安县自然资源和规划局", "co"), ("一/(二)", "红安县商务局", "responsible")}


def test_an_organ_heading_its_duties_under_a_title_word():
    # a Jiangsu township 职责分工: `镇综治办职责：负责…`, `主要职责：牵头…`, `X的职责是负责…`
    _, triples = _run("二、职责分工\n（一）镇综治办职责：负责矛盾纠纷排查化解，指导各村开展平安创建。\n（二）镇财政所主要职责：牵头经费保障。\n"
                      "（三）镇司法所的职责是负责法律援助。\n", "江苏省盐城市射阳县合德镇", "township")
    assert triples == {("二/(一)", "射阳县合德镇社会治安综合治理办公室", "responsible"),
                       ("二/(二)", "射阳县合德镇财政所", "lead"),
                       ("二/(三)", "射阳县司法局合德司法所", "responsible")}


def test_a_duty_title_inside_a_sentence_that_gives_no_duty():
    # `明确县财政局职责：…` and `县财政局职责分工另行明确` give no duty to the organ
    _, triples = _run("一、工作要求\n（一）明确分工。明确县财政局职责：做好资金保障。县教育局职责分工另行明确。\n",
                      "江苏省盐城市射阳县", "county")
    assert triples == set()


def test_labels_without_a_colon_in_a_flattened_copy():
    # a Yunnan county plan copied from a PDF: `责任单位 A、B` and `牵头单位 A 配合单位 B` on lines of their own
    _, triples = _run("一、重点任务\n（一）完善园区基础设施。\n责任单位 县工信局、县住建局\n（二）推进招商引资。\n"
                      "牵头单位 县商务局 配合单位 县发改局\n", "云南省曲靖市会泽县", "county")
    assert triples == {("一/(一)", "会泽县工业和信息化局", "responsible"), ("一/(一)", "会泽县住房和城乡建设局", "responsible"),
                       ("一/(二)", "会泽县商务局", "lead"), ("一/(二)", "会泽县发展和改革局", "co")}


def test_a_label_word_inside_prose_followed_by_a_space_is_no_label():
    # `明确牵头单位 县工信局…` inside a sentence (a stray space) is no label line
    _, triples = _run("一、重点任务\n（一）完善园区基础设施。要明确牵头单位 县工信局要加强调度。\n", "云南省曲靖市会泽县", "county")
    assert triples == set()


def test_an_organ_qualifying_the_leads_object_is_not_co():
    # `牵头县政府常务会议议定事项的督办`: the government only qualifies the object of 牵头
    _, triples = _run("一、重点任务\n（一）强化督查。县政府办牵头县政府常务会议议定事项的督办。\n", "湖南省邵阳市隆回县", "county")
    assert triples == {("一/(一)", "隆回县人民政府办公室", "lead")}


def test_a_spaced_task_table_with_county_leader_and_target_columns():
    # a Shaanxi district's 任务分解表 flattened with spaces: 目标任务 / 时间要求 columns
    _, triples = _run("附件\n任务分解表\n序号 目标任务 责任单位 时间要求\n1 完成改厕任务 区农业农村局 2024年6月\n",
                      "陕西省延安市宝塔区", "county")
    assert triples == {("表/1", "延安市宝塔区农业农村局", "responsible")}
    _, triples = _run("附件\n重点工作任务分解表\n序号 重点工作 牵头区领导 牵头单位 配合单位 完成期限\n1 推进老旧小区改造 张建华 区住建局 区财政局 2024年底\n",
                      "陕西省延安市宝塔区", "county")
    assert triples == {("表/1", "延安市宝塔区住房和城乡建设局", "lead"), ("表/1", "延安市宝塔区财政局", "co")}


def test_a_delegates_duty_is_the_delegates():
    # a Hunan county notice: 县人民政府委托/授权/指定县住建局负责… gives the work to the bureau only (the
    # government's name no longer runs over the verb into the bureau's)
    for verb in ("委托", "授权", "指定"):
        names, triples = _run(f"一、重点任务\n（一）加强管理。县人民政府{verb}县住建局负责城区停车管理。\n", "湖南省邵阳市隆回县", "county")
        assert set(names) == {"隆回县人民政府", "隆回县住房和城乡建设局"}, verb
        assert triples == {("一/(一)", "隆回县住房和城乡建设局", "responsible")}, verb


def test_places_a_lead_takes_along_are_co():
    # a Hunan county: 县农业农村局牵头各乡镇开展… (the towns work with the lead); not when the place qualifies a noun
    _, triples = _run("一、重点任务\n（一）推进改厕。县农业农村局牵头各乡镇开展摸底排查。\n（二）开展验收。县农业农村局牵头各乡镇改厕工作的验收。\n",
                      "湖南省邵阳市隆回县", "county")
    assert triples == {("一/(一)", "隆回县农业农村局", "lead"), ("一/(一)", "各乡镇", "co"),
                       ("一/(二)", "隆回县农业农村局", "lead")}
