"""Assignments by construction class (session 8): duty articles of 办法/条例/细则, county and township
annotations, web copies. Snippets written for these tests in the style of several provinces, levels
and eras (docs/decisions/assignments-s8.md), not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_cooperating_organs_are_no_subject_of_a_later_duty_clause():
    # a Shandong prefecture 办法 article: A牵头，B、C配合，负责… (the 负责 is the lead's work, B and C stay co)
    _, triples = _run("第一条 为加强管理，制定本办法。\n第四条 市商务局牵头，市公安局、市市场监管局配合，负责报废机动车回收拆解的监督管理。\n",
                      "山东省潍坊市", "prefecture")
    assert triples == {("第四条", "潍坊市商务局", "lead"), ("第四条", "潍坊市公安局", "co"),
                       ("第四条", "潍坊市市场监督管理局", "co")}


def test_a_label_as_predicate_with_shi():
    # a Henan county 办法 (2010s): X是本办法的牵头单位，Y、Z为配合单位; a place 为责任单位
    _, triples = _run("第一条 为加强管理，制定本办法。\n第三条 县农业农村局是本办法的牵头单位，县财政局、县自然资源局为配合单位。\n"
                      "第四条 各乡镇人民政府为责任单位，负责辖区内的具体工作。\n", "河南省信阳市光山县", "county")
    assert triples == {("第三条", "光山县农业农村局", "lead"), ("第三条", "光山县财政局", "co"),
                       ("第三条", "光山县自然资源局", "co"), ("第四条", "各乡镇人民政府", "responsible")}


def test_a_place_as_subject_of_a_later_duty_clause_but_accountability_alone_is_none():
    # a Guizhou township plan: 各村是…的责任主体，负责… (the 负责 clause shares the place); a central
    # opinion's `城市人民政府是…的责任主体，要…` without 负责 gives nothing (spec 1.1 section 6 words)
    _, triples = _run("一、工作任务\n（一）开展环境整治。各村是环境整治的责任主体，负责本村的清扫保洁。\n"
                      "（二）加强领导。城市人民政府是智慧城市建设的责任主体，要加强组织。\n", "贵州省遵义市湄潭县永兴镇", "township")
    assert triples == {("一/(一)", "各村", "responsible")}


def test_fuze_qiantou_in_a_bracket_leads():
    # a Shaanxi county bracket: （A负责牵头，B参与）
    _, triples = _run("一、重点任务\n（一）推进改革。（县教育局负责牵头，县人社局参与）\n", "陕西省汉中市城固县", "county")
    assert triples == {("一/(一)", "城固县教育局", "lead"), ("一/(一)", "城固县人力资源和社会保障局", "co")}


def test_labels_of_other_offices():
    # Shaanxi county: 负责单位：, 牵头部门（单位）：…；协作单位：…; a Guizhou township: 责任办所 / 责任站办
    _, triples = _run("一、重点任务\n（一）加强宣传。负责单位：县教育局、县文旅局\n（二）强化保障。（牵头部门（单位）：县财政局；协作单位：县审计局）\n",
                      "陕西省汉中市城固县", "county")
    assert triples == {("一/(一)", "城固县教育局", "responsible"), ("一/(一)", "城固县文化和旅游局", "responsible"),
                       ("一/(二)", "城固县财政局", "lead"), ("一/(二)", "城固县审计局", "co")}
    _, triples = _run("一、工作任务\n（一）开展环境整治。（分管领导：李某某；责任办所：党政办、社会事务办）\n"
                      "（二）推进产业发展。（责任站办：经发办）\n", "贵州省遵义市湄潭县永兴镇", "township")
    assert triples == {("一/(一)", "贵州省遵义市湄潭县永兴镇党政办公室", "responsible"),
                       ("一/(一)", "贵州省遵义市湄潭县永兴镇社会事务办公室", "responsible"),
                       ("一/(二)", "贵州省遵义市湄潭县永兴镇经济发展办公室", "responsible")}


def test_a_label_without_its_colon_after_a_sentence_end():
    # a Shanxi county web copy that lost the colon: `…宣传。责任单位 A、B`
    _, triples = _run("一、重点任务\n(一)加强宣传教育。开展法治宣传。责任单位 县司法局、县教育局\n", "山西省吕梁市岚县", "county")
    assert triples == {("一/(一)", "岚县司法局", "responsible"), ("一/(一)", "岚县教育局", "responsible")}
    # inside a sentence a label word before a space stays prose
    _, triples = _run("一、重点任务\n(一)加强宣传教育。明确责任单位 和完成时限。\n", "山西省吕梁市岚县", "county")
    assert triples == set()


def test_places_of_towns_and_streets_and_their_party_branches():
    # a Guangdong district (各镇街), a Henan county (各镇、街道), a Hubei township (各村党支部)
    _, triples = _run("一、重点任务\n（一）推进垃圾分类。主要责任单位：区城管局；配合单位：各镇街\n", "广东省佛山市顺德区", "county")
    assert triples == {("一/(一)", "佛山市顺德区城市管理和综合执法局", "responsible"), ("一/(一)", "各镇街", "co")}
    _, triples = _run("一、重点任务\n（一）推进绿化。（责任单位：各镇、街道）\n", "河南省南阳市西峡县", "county")
    assert triples == {("一/(一)", "各镇、街道", "responsible")}
    _, triples = _run("一、工作任务\n（一）做好防汛。（责任单位：镇水利站、各村党支部）\n", "湖北省荆州市监利市朱河镇", "township")
    assert triples == {("一/(一)", "湖北省荆州市监利市朱河镇水利站", "responsible"), ("一/(一)", "各村党支部", "responsible")}


def test_an_article_title_in_brackets_before_the_duty():
    # Shanghai/Tianjin-style regulations: `第三条（管理部门）市X负责…`, `第四条【部门职责】…`
    _, triples = _run("第一条（目的和依据）为了加强管理，制定本办法。\n第二条（适用范围）本办法适用于本市。\n"
                      "第三条（管理部门）市交通委负责本市出租汽车的行业管理。\n", "上海市", "province")
    assert triples == {("第三条", "上海市交通运输委员会", "responsible")}
    _, triples = _run("第一条【目的】为了加强管理，制定本条例。\n第二条【部门职责】市生态环境局负责本市大气污染防治的统一监督管理。\n",
                      "天津市", "province")
    assert triples == {("第二条", "天津市生态环境局", "responsible")}


def test_organs_joined_by_yu_and_adverbs_before_fuze():
    # a Hunan county plan: `A与B共同负责`, `A统筹负责，B具体负责`
    _, triples = _run("一、重点任务\n（一）推进建设。县发改局与县财政局共同负责项目的统筹。\n"
                      "（二）推进改造。县住建局统筹负责，县财政局具体负责资金拨付。\n", "湖南省岳阳市平江县", "county")
    assert triples == {("一/(一)", "平江县发展和改革局", "responsible"), ("一/(一)", "平江县财政局", "responsible"),
                       ("一/(二)", "平江县住房和城乡建设局", "responsible"), ("一/(二)", "平江县财政局", "responsible")}


def test_a_village_committee_pair_is_one_collective():
    # a Henan township: 各村两委
    _, triples = _run("一、工作任务\n（一）开展安全检查。（责任单位：各村两委、镇直各单位）\n", "河南省周口市郸城县汲冢镇", "township")
    assert triples == {("一/(一)", "各村两委", "responsible"), ("一/(一)", "镇直各单位", "responsible")}


def test_a_task_table_with_a_lead_and_a_responsible_column():
    # a Jiangsu county list: 牵头单位 and 责任单位 columns (the latter co once a lead is named, as for labels)
    _, triples = _run("一、重点任务\n（一）加强建设。\n附件\n任务清单\n| 序号 | 工作内容 | 责任领导 | 牵头单位 | 责任单位 | 时间节点 |\n"
                      "|---|---|---|---|---|---|\n| 1 | 完善园区基础设施 | 王某某 | 县工信局 | 县财政局 | 2024年 |\n",
                      "江苏省宿迁市泗阳县", "county")
    assert triples == {("表/1", "泗阳县工业和信息化局", "lead"), ("表/1", "泗阳县财政局", "co")}


def test_a_group_row_that_lost_its_cell_bars_does_not_end_the_table():
    # a web copy of a markdown table whose group row is plain text
    _, triples = _run("一、重点任务\n（一）加强建设。\n附件\n重点任务分工表\n| 序号 | 工作任务 | 责任单位 |\n一、基础设施（共2项）\n"
                      "| 1 | 完善园区基础设施 | 县工信局 |\n| 2 | 推进道路建设 | 县交通运输局 |\n", "江苏省宿迁市泗阳县", "county")
    assert triples == {("表/1", "泗阳县工业和信息化局", "responsible"), ("表/2", "泗阳县交通运输局", "responsible")}


def test_an_annotation_naming_how_many_items_it_covers():
    # a Sichuan county plan: `（以上两项责任单位：…）` on its own line, `（以上三项由A牵头，B配合）` after the third item
    _, triples = _run("一、重点任务\n（一）推进改革。\n（二）深化改革。\n（以上两项责任单位：县发改局、县财政局）\n（三）优化服务。\n",
                      "四川省南充市营山县", "county")
    assert triples == {("一/(一)", "营山县发展和改革局", "responsible"), ("一/(一)", "营山县财政局", "responsible"),
                       ("一/(二)", "营山县发展和改革局", "responsible"), ("一/(二)", "营山县财政局", "responsible")}
    _, triples = _run("一、重点任务\n（一）推进改革。\n（二）深化改革。\n（三）优化服务。（以上三项由县发改局牵头，县财政局配合）\n",
                      "四川省南充市营山县", "county")
    assert triples == {(t, d, r) for t in ("一/(一)", "一/(二)", "一/(三)")
                       for d, r in (("营山县发展和改革局", "lead"), ("营山县财政局", "co"))}
    # more items named than written before it: only its own item
    _, triples = _run("一、重点任务\n（一）推进改革。（以上两项责任单位：县发改局）\n", "四川省南充市营山县", "county")
    assert triples == {("一/(一)", "营山县发展和改革局", "responsible")}


def test_an_organ_heading_its_item_with_its_duties_numbered_below():
    # a Gansu county 职责分工: `（一）县发改局` (or `…职责`, `…主要职责`) on a line, its duties as 1. 2. below
    _, triples = _run("一、职责分工\n（一）县发改局\n1.负责项目的统筹协调。\n2.负责年度计划的编制。\n（二）县财政局主要职责\n1.负责资金保障。\n"
                      "二、保障措施\n（一）加强领导。\n", "甘肃省平凉市静宁县", "county")
    assert triples == {("一/(一)", "静宁县发展和改革局", "responsible"), ("一/(二)", "静宁县财政局", "responsible")}
    _, triples = _run("一、职责分工\n（一）县发改局职责\n1.牵头编制年度计划。\n2.负责项目的统筹协调。\n", "甘肃省平凉市静宁县", "county")
    assert triples == {("一/(一)", "静宁县发展和改革局", "lead")}
    # a member or funding list below an organ is no duty
    _, triples = _run("一、成员\n（一）县发改局\n1.张某某 局长\n（二）县财政局\n1.2023年拨付50万元。\n", "甘肃省平凉市静宁县", "county")
    assert triples == set()


def test_a_unit_the_tables_miss_does_not_void_the_organs_of_a_subject_list():
    # a Shaanxi county plan (2010s): a 事业单位 (no department, spec 1.1 section 5) listed with organs before 负责
    for text, want in (("县融媒体中心、县委宣传部负责宣传报道。", {"中共宁陕县委宣传部"}),
                       ("县委宣传部、县广电中心、县教育局负责宣传报道。", {"中共宁陕县委宣传部", "宁陕县教育局"})):
        _, triples = _run("一、工作措施\n（一）加强宣传。" + text + "\n", "陕西省安康市宁陕县", "county")
        assert triples == {("一/(一)", d, "responsible") for d in want}, text
    # a list that is the subject of no duty (persons of the units) stays none
    _, triples = _run("一、工作措施\n（一）加强宣传。县委宣传部、县融媒体中心等单位的负责人参加。\n", "陕西省安康市宁陕县", "county")
    assert triples == set()
