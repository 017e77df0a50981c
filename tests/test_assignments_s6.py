"""Assignments written in prose the way county, township and article-form notices write them
(issue 12, session 6): `A牵头/负责…，B、C配合`, `X为责任单位`, a place opening a duty clause,
a duty article's 主管, and 负责 followed by 人口/人才/人员 (a duty, not 负责人). Snippets written
for these tests in the style of several provinces, levels and eras."""
from tests.test_organs_s5 import _run


def test_a_co_clause_after_a_responsible_organ():
    # a Henan county plan (2020s)
    _, triples = _run("一、工作任务\n（一）加强项目谋划。县发展和改革局负责项目储备库建设，县财政局、县自然资源局配合。\n",
                      "河南省信阳市光山县", "county")
    assert triples == {("一/(一)", "光山县发展和改革局", "responsible"), ("一/(一)", "光山县财政局", "co"),
                       ("一/(一)", "光山县自然资源局", "co")}


def test_a_co_clause_after_a_lead_and_after_a_semicolon_clause():
    # a Shanxi county 分工 (party and courts)
    _, triples = _run("一、任务分工\n（一）县委宣传部负责舆论引导；县委政法委牵头平安建设，县公安局、县人民法院、县人民检察院配合。\n",
                      "山西省长治市襄垣县", "county")
    assert triples == {("一/(一)", "中共襄垣县委宣传部", "responsible"), ("一/(一)", "中共襄垣县委政法委员会", "lead"),
                       ("一/(一)", "襄垣县公安局", "co"), ("一/(一)", "襄垣县人民法院", "co"),
                       ("一/(一)", "襄垣县人民检察院", "co")}


def test_by_an_organ_then_co_organs_with_and_without_a_work_phrase():
    # an Anhui county notice of the 2000s: 由X负责 / X牵头, then 配合 / 协助 / 要积极配合
    _, triples = _run("一、工作安排\n（一）此项工作由县工商局负责，县公安局、县质监局配合。\n"
                      "（二）县公安局负责治安巡逻，县人民法院协助。\n"
                      "（三）县劳动和社会保障局牵头做好再就业工作，县财政局要积极配合。\n",
                      "安徽省六安市霍邱县", "county")
    assert triples == {("一/(一)", "霍邱县工商行政管理局", "responsible"), ("一/(一)", "霍邱县公安局", "co"),
                       ("一/(一)", "霍邱县质量技术监督局", "co"), ("一/(二)", "霍邱县公安局", "responsible"),
                       ("一/(二)", "霍邱县人民法院", "co"), ("一/(三)", "霍邱县劳动和社会保障局", "lead"),
                       ("一/(三)", "霍邱县财政局", "co")}


def test_co_words_without_an_assignment_in_the_sentence_give_nothing():
    # a Fujian prefecture notice: 要配合 with no 牵头/负责 in the sentence is no assignment (spec 1.1 section 6)
    _, triples = _run("一、工作要求\n（一）市教育局要加强校园安全，市公安局配合做好周边治安。\n", "福建省莆田市", "prefecture")
    assert triples == set()


def test_responsible_followed_by_population_or_talent_is_a_duty():
    # a Sichuan county 分解 (2000s): 负责人口统计 is 负责 + 人口统计, not 负责人
    names, triples = _run("一、任务分解\n（一）县人口计生委负责人口统计工作。\n（二）县人事局负责人才引进。\n"
                          "（三）县教育局负责人要亲自抓。\n", "四川省绵阳市三台县", "county")
    assert triples == {("一/(一)", "三台县人口和计划生育委员会", "responsible"), ("一/(二)", "三台县人事局", "responsible")}


def test_a_label_written_as_the_predicate_of_its_organs():
    # a Guizhou county notice: X为牵头单位，Y为配合单位 / Z为责任单位 (no colon)
    _, triples = _run("一、工作安排\n（一）宣传发动。县广播电视局为责任单位，各乡镇人民政府为配合单位。\n"
                      "（二）县卫生健康局为牵头单位，县教育局、县民政局为配合单位。\n", "贵州省遵义市湄潭县", "county")
    assert triples == {("一/(一)", "湄潭县广播电视局", "responsible"), ("一/(一)", "各乡镇人民政府", "co"),
                       ("一/(二)", "湄潭县卫生健康局", "lead"), ("一/(二)", "湄潭县教育局", "co"),
                       ("一/(二)", "湄潭县民政局", "co")}
    # the same with the item number right before the organ (read as prose)
    _, triples = _run("一、分工\n（一）县卫生健康局为牵头单位，县教育局、县民政局为配合单位。\n", "贵州省遵义市湄潭县", "county")
    assert triples == {("一/(一)", "湄潭县卫生健康局", "lead"), ("一/(一)", "湄潭县教育局", "co"),
                       ("一/(一)", "湄潭县民政局", "co")}


def test_the_first_lead_convention_is_not_a_role_predicate():
    _, triples = _run("一、任务\n（一）推进改革（县发展改革局、县财政局负责，排在第一位的为牵头单位，下同）。\n",
                      "陕西省宝鸡市凤县", "county")
    assert triples == {("一/(一)", "凤县发展和改革局", "lead"), ("一/(一)", "凤县财政局", "co")}


def test_villages_and_towns_opening_a_duty_clause_are_assignees():
    # a Hunan township plan and a Jiangxi county plan: places as assignees kept as written
    _, triples = _run("一、工作措施\n（一）各村（居）委会负责组织群众参与环境整治。\n（二）各村牵头开展清理行动。\n",
                      "湖南省邵阳市隆回县桃洪镇", "township")
    # (s16) 各村（居）委会: villagers' and residents' committees are no organs (b4 adjudication), the place 各村 is
    assert triples == {("一/(二)", "各村", "lead")}
    names, triples = _run("一、任务\n（一）各乡镇（街道）负责本辖区内的排查登记，县民政局配合。\n", "江西省赣州市于都县", "county")
    assert triples == {("一/(一)", "各乡镇（街道）", "responsible"), ("一/(一)", "于都县民政局", "co")}
    assert "各乡镇（街道）" in names


def test_a_place_as_actor_without_a_duty_word_is_no_assignee():
    _, triples = _run("一、任务\n（一）各乡镇要高度重视，加强宣传。\n", "江西省赣州市于都县", "county")
    assert triples == set()


def test_a_duty_articles_organ_in_charge():
    # a Fujian prefecture's 办法 and a provincial 条例: 主管 alone is not one of the spec's words (牵头, 会同,
    # 负责); the 负责 sentence of the same article assigns (docs/decisions/assignment-precision-s6.md)
    _, triples = _run("第一章 总则\n第一条 为加强城市绿化管理，制定本办法。\n"
                      "第二条 市城市管理局主管全市城市绿化工作。区城市管理部门负责本辖区内的城市绿化管理工作。\n",
                      "福建省漳州市", "prefecture")
    assert triples == {("第一章/第二条", "区城市管理部门", "responsible")}
    _, triples = _run("第一章 总则\n第一条 为促进农村公路发展，制定本条例。\n"
                      "第二条 县级以上人民政府交通运输主管部门主管本行政区域内的农村公路工作。\n", "贵州省", "province")
    assert triples == set()
    # 主管…，负责…: the comma clause's 负责 shares the subject
    _, triples = _run("第一章 总则\n第一条 为规范长期护理保险，制定本办法。\n"
                      "第二条 市医疗保障局主管本市长期护理保险工作，负责组织实施本办法。\n", "江苏省南通市", "prefecture")
    assert triples == {("第一章/第二条", "南通市医疗保障局", "responsible")}


def test_in_charge_outside_a_duty_article_or_as_an_attribute_is_no_assignment():
    _, triples = _run("一、任务\n（一）市教育局主管全市中小学校安全工作。\n", "福建省漳州市", "prefecture")
    assert triples == set()
    _, triples = _run("第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 市教育局主管的学校适用本办法。\n",
                      "福建省漳州市", "prefecture")
    assert triples == set()


def test_a_lead_marked_inside_a_responsibility_list_makes_the_others_co():
    # a Shandong county 任务分解: 责任单位：A（牵头）、B、C
    _, triples = _run("一、重点任务\n（一）实施种业振兴。责任单位：县农业农村局（牵头）、县科技局、县财政局\n",
                      "山东省菏泽市曹县", "county")
    assert triples == {("一/(一)", "曹县农业农村局", "lead"), ("一/(一)", "曹县科学技术局", "co"),
                       ("一/(一)", "曹县财政局", "co")}


def test_bare_role_words_and_other_column_names_as_labels():
    # Hunan and Jiangxi county lists: 牵头：/配合：, 主办单位/协办单位, 落实单位, 实施单位, 承办单位, 责任主体
    _, triples = _run("一、重点任务\n1.建设高标准农田。牵头：县农业农村局；配合：县自然资源局、县水利局\n"
                      "2.加强道路养护。主办单位：县交通运输局；协办单位：县财政局、各乡镇\n"
                      "3.推进农村公路建设。落实单位：县交通运输局、各乡镇人民政府\n"
                      "4.健全工作机制。实施单位：县卫生健康局；责任科室：医政医管股\n"
                      "5.完善医保支付。承办单位：县医疗保障局\n"
                      "6.做好疫情防控。责任主体：各乡镇党委政府，县卫生健康局\n",
                      "湖南省永州市江华瑶族自治县", "county")
    t = "江华瑶族自治县"
    assert triples == {("一/1", t + "农业农村局", "lead"), ("一/1", t + "自然资源局", "co"), ("一/1", t + "水利局", "co"),
                       ("一/2", t + "交通运输局", "lead"), ("一/2", t + "财政局", "co"), ("一/2", "各乡镇", "co"),
                       ("一/3", t + "交通运输局", "responsible"), ("一/3", "各乡镇人民政府", "responsible"),
                       ("一/4", t + "卫生健康局", "responsible"), ("一/5", t + "医疗保障局", "responsible"),
                       ("一/6", "各乡镇党委", "responsible"), ("一/6", "各乡镇政府", "responsible"),
                       ("一/6", t + "卫生健康局", "responsible")}


def test_overall_responsibility_and_work_by_division():
    # a Guangdong district bracket and a Jilin county sentence: 负总责 is a duty like 负责
    _, triples = _run("一、重点任务\n（一）完善社会救助。（区民政局负总责，区财政局、区人社局按职责分工落实）\n",
                      "广东省佛山市南海区", "county")
    p = "佛山市南海区"
    assert triples == {("一/(一)", p + "民政局", "responsible"), ("一/(一)", p + "财政局", "responsible"),
                       ("一/(一)", p + "人力资源和社会保障局", "responsible")}
    _, triples = _run("一、任务\n（一）防汛工作由县水利局负总责，县气象局协助。\n",
                      "吉林省延边朝鲜族自治州汪清县", "county")
    assert triples == {("一/(一)", "汪清县水利局", "responsible"), ("一/(一)", "汪清县气象局", "co")}


def test_township_stations_and_offices_in_a_township_notice():
    # a Zhejiang township 任务清单 (stations written bare, 责任站所 label) and its 人武部, 综治办, 民政办
    # (s22, guide D39: the 林业站 is a public service unit, no organ; 综治办 and 民政办 are named as written)
    names, triples = _run("一、重点任务\n1.开展护林防火。责任站所：林业站；责任领导：分管副镇长\n"
                          "2.整治人居环境。牵头单位：镇农业农村办；责任单位：各村（社区）\n"
                          "3.做好征兵工作。镇人武部负责，镇综治办、镇民政办配合。\n", "浙江省衢州市江山市峡口镇", "township")
    c = "江山市峡口镇"  # (s9: a town's organs carry its county, not the province)
    assert names == {c + "农业农村办": "镇农业农村办", "各村（社区）": "各村（社区）",
                     c + "人民武装部": "镇人武部", c + "综治办": "镇综治办", c + "民政办": "镇民政办"}
    assert triples == {("一/2", c + "农业农村办", "lead"),
                       ("一/2", "各村（社区）", "co"), ("一/3", c + "人民武装部", "responsible"),
                       ("一/3", c + "综治办", "co"), ("一/3", c + "民政办", "co")}


def test_the_statute_formula_and_the_authority_sentence_of_duty_articles():
    # a Jilin provincial 条例 and a Shanxi prefecture's 办法: 对…实施统一监督管理 and 是本市…的行政主管部门
    # without 负责 are no assignment (spec 1.1 section 6 words; docs/decisions/assignment-precision-s6.md)
    _, triples = _run("第一章 总则\n第一条 为了保护和改善生态环境，制定本条例。\n"
                      "第二条 县级以上人民政府生态环境主管部门对本行政区域内的生态环境保护工作实施统一监督管理。"
                      "县级以上人民政府其他有关部门在各自职责范围内，对生态环境保护实施监督管理。\n"
                      "第三条 乡镇人民政府、街道办事处应当协助做好本辖区的生态环境保护工作。\n", "吉林省", "province")
    assert triples == set()
    _, triples = _run("第一章 总则\n第一条 为加强物业管理，制定本办法。\n"
                      "第二条 市住房和城乡建设局是本市物业管理的行政主管部门。\n", "山西省晋中市", "prefecture")
    assert triples == set()
    # with 负责 after it, the article assigns (heldout p01 style)
    _, triples = _run("第一章 总则\n第一条 为加强物业管理，制定本办法。\n"
                      "第二条 市住房和城乡建设局是本市物业管理的行政主管部门，负责本办法的组织实施。\n", "山西省晋中市", "prefecture")
    assert triples == {("第一章/第二条", "晋中市住房和城乡建设局", "responsible")}


def test_supervision_outside_an_article_or_as_an_attribute_is_no_duty():
    _, triples = _run("一、任务\n（一）市场监管部门对食品安全实施监督管理。\n", "浙江省湖州市", "prefecture")
    assert triples == set()
    _, triples = _run("第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 市教育局对实施监督管理的学校进行评估。\n",
                      "浙江省湖州市", "prefecture")
    assert triples == set()


def test_the_duty_of_a_body_set_up_is_not_the_setting_up_organs():
    # a Tianjin district 办法: 区政府成立区食品安全委员会，负责… (guide R10)
    names, triples = _run("第一章 总则\n第一条 为规范管理，制定本办法。\n"
                          "第二条 区政府成立区食品安全委员会，负责统筹协调全区食品安全工作。\n", "天津市河西区", "county")
    assert set(names) == {"天津市河西区人民政府", "天津市河西区食品安全委员会"}
    assert triples == set()


def test_a_governments_departments_written_after_it_are_one_collective():
    names, _ = _run("一、任务\n（一）市人民政府有关部门按照职责做好工作，市政府相关部门加强协作。\n", "辽宁省大连市", "prefecture")
    # (s9: the government written short takes its full name, as the labelled b4 reads 市政府组成部门 →
    # <city>人民政府组成部门; was 大连市政府相关部门)
    assert names == {"大连市人民政府有关部门": "市人民政府有关部门", "大连市人民政府相关部门": "市政府相关部门"}


def _process_triples(text: str, region: str, level: str):
    from pipeline import process_text
    r = process_text(text, region=region, admin_level=level)
    for x in r.responsibilities:
        assert r.text[x.span[0]:x.span[1]] == x.quote
    return {(x.task, x.department, x.role) for x in r.responsibilities}


def test_a_task_table_flattened_with_spaces():
    # a Jiangxi county plan copied from a PDF: cells separated by spaces, a task with a space inside,
    # a date glued to the last organ; a row with an empty cell: its organs go to the first role column, its
    # date to the time column (the cells' contents decide where they can, else the order; assignments-s8.md)
    text = ("永丰县人民政府办公室关于印发永丰县电商发展工作方案的通知\n一、任务\n（一）推进电商进农村。\n附件\n重点任务分工表\n"
            "序号 工作任务 牵头单位 配合单位 完成时限\n1 推进电商进农村 县商务局 县供销社、县邮政分公司 2023年底\n"
            "2 建设冷链 物流体系 县发展改革局 县交通运输局 长期\n3 加强培训 县人社局 2024年\n")
    assert _process_triples(text, "江西省吉安市永丰县", "county") == {
        ("一/(一)", "永丰县商务局", "lead"), ("一/(一)", "永丰县供销合作社", "co"),
        ("表/2", "永丰县发展和改革局", "lead"), ("表/2", "永丰县交通运输局", "co"),
        ("表/3", "永丰县人力资源和社会保障局", "lead")}


def test_a_spaced_line_of_column_like_words_that_is_no_header_is_prose():
    text = ("某县人民政府关于做好统计工作的通知\n一、要求\n（一）序号 单位名称 联系人 电话 需填写完整。\n"
            "1 县统计局 张三 12345\n")
    assert _process_triples(text, "江西省吉安市永丰县", "county") == set()


def test_organs_that_take_part_after_a_lead_and_others_keep_their_duty():
    # a Guangdong prefecture plan: 参加 gives co; an organ with its own 负责 in the same sentence keeps
    # responsible (as the labelled notices read a lead and a duty side by side)
    _, triples = _run("一、任务\n（一）由市教育局牵头，各区负责组织实施，市卫健委参加。\n", "广东省肇庆市", "prefecture")
    assert triples == {("一/(一)", "肇庆市教育局", "lead"), ("一/(一)", "各区", "responsible"),
                       ("一/(一)", "肇庆市卫生健康委员会", "co")}


def test_items_headed_by_an_organ_with_a_stop_a_dash_a_space_or_a_line_break():
    # Shaanxi, Hunan, Shandong and Guangdong county 职责分工 sections (spec 1.1 section 6, organ-headed items)
    _, triples = _run("一、职责分工\n（一）县发展和改革局。负责项目审批和统筹协调。\n（二）县财政局——负责资金保障。\n"
                      "（三）县应急管理局 牵头做好安全生产综合监管。\n（四）县交通运输局\n负责道路交通安全监管。\n",
                      "陕西省汉中市城固县", "county")
    assert triples == {("一/(一)", "城固县发展和改革局", "responsible"), ("一/(二)", "城固县财政局", "responsible"),
                       ("一/(三)", "城固县应急管理局", "lead"), ("一/(四)", "城固县交通运输局", "responsible")}


def test_a_numbered_list_of_member_organs_assigns_nothing():
    # a Gansu county 领导小组 notice: the members listed one per item, no duties
    _, triples = _run("一、成员单位\n1.县发展和改革局。\n2.县财政局。\n3.县教育局\n二、工作职责\n（一）统筹协调全县工作。\n",
                      "甘肃省平凉市静宁县", "county")
    assert triples == set()


def test_assignments_in_the_wording_of_the_2000s():
    # Hubei, Jiangxi and Hebei notices of the 2000s: 请X牵头，会同…; 予以配合; 牵头负责，…各负其责
    _, triples = _run("一、工作任务\n（一）请市计生委牵头，会同市公安局、市民政局做好流动人口管理工作。\n", "湖北省黄石市", "prefecture")
    assert triples == {("一/(一)", "黄石市人口和计划生育委员会", "lead"), ("一/(一)", "黄石市公安局", "co"), ("一/(一)", "黄石市民政局", "co")}  # (计生委: the full name since s8b)
    _, triples = _run("一、工作任务\n（一）县国土资源局负责土地整理项目的立项和验收，县水利局、县农业局予以配合。\n",
                      "江西省宜春市万载县", "county")
    assert triples == {("一/(一)", "万载县国土资源局", "responsible"), ("一/(一)", "万载县水利局", "co"),
                       ("一/(一)", "万载县农业局", "co")}
    _, triples = _run("一、工作任务\n（一）市安监局牵头负责，市公安局、市质监局各负其责。\n（二）市公安局、市质监局各负其责。\n",
                      "河北省唐山市", "prefecture")
    assert triples == {("一/(一)", "唐山市安全生产监督管理局", "lead"), ("一/(一)", "唐山市公安局", "co"),
                       ("一/(一)", "唐山市质量技术监督局", "co")}


def test_labels_closed_by_a_bracket_or_by_wei():
    # a Hubei county list: 【责任单位】A、B / [牵头单位]A / 责任单位为A
    _, triples = _run("一、任务\n1.推进项目建设。【责任单位】县发改局、县财政局\n2.优化服务。责任单位为县行政审批局。\n"
                      "3.加强监管。[牵头单位]县市场监管局 [配合单位]县公安局\n", "湖北省孝感市大悟县", "county")
    assert triples == {("一/1", "大悟县发展和改革局", "responsible"), ("一/1", "大悟县财政局", "responsible"),
                       ("一/2", "大悟县行政审批局", "responsible"), ("一/3", "大悟县市场监督管理局", "lead"),
                       ("一/3", "大悟县公安局", "co")}


def test_a_duty_after_an_organs_officer_or_a_body_being_set_up_is_not_the_organs():
    # a Guizhou county 领导小组 notice: members named by their heads; the office's duties (guide R10)
    names, triples = _run("一、组织领导\n（一）成立县脱贫攻坚领导小组，组长由县长担任，成员由县发改局、县财政局、县扶贫办主要负责人组成。"
                          "领导小组办公室设在县扶贫办，县扶贫办主任兼任办公室主任，负责日常工作。\n",
                          "贵州省黔东南苗族侗族自治州雷山县", "county")
    # (the group's office taken up by its head word, 领导小组办公室设在…, is an organ: b5 d045's gold, s13-organs)
    assert set(names) == {"雷山县脱贫攻坚领导小组", "雷山县脱贫攻坚领导小组办公室", "雷山县发展和改革局", "雷山县财政局",
                          "雷山县扶贫办"}  # (S24 D50: kept as written)
    assert triples == set()


def test_an_organ_headed_item_whose_duties_include_a_lead():
    # a Hubei county 职责 section: the bureau heads its item, its duties go on to 牵头 in a comma clause
    _, triples = _run("一、主要职责\n（一）县乡村振兴局\n县乡村振兴局由县农业农村局、县民政局协同开展工作，负责统筹推进全县乡村振兴工作，"
                      "牵头组织各成员单位履行职责。\n", "湖北省恩施土家族苗族自治州巴东县", "county")
    # the members the lead organises (牵头组织各成员单位) are co since session 7 (assignments-s7.md; b2/d098 reads so);
    # the units that staff it (`由A、B协同开展工作`) are co too since s13b (b2 adjudication d098, assign-s13b.md)
    assert triples == {("一/(一)", "巴东县乡村振兴局", "lead"), ("一/(一)", "各成员单位", "co"),
                       ("一/(一)", "巴东县农业农村局", "co"), ("一/(一)", "巴东县民政局", "co")}


def test_sumu_gacha_and_administrative_villages_as_assignees():
    # an Inner Mongolia banner's 责任单位 and a duty clause opened by 各行政村 (places kept as written)
    _, triples = _run("一、任务\n（一）推进草原保护。（责任单位：旗林草局、各苏木乡镇、各嘎查村）\n（二）各行政村负责清理河道。\n",
                      "内蒙古自治区锡林郭勒盟正蓝旗", "county")
    assert triples == {("一/(一)", "正蓝旗林业和草原局", "responsible"), ("一/(一)", "各苏木乡镇", "responsible"),
                       ("一/(一)", "各嘎查村", "responsible"), ("一/(二)", "各行政村", "responsible")}
