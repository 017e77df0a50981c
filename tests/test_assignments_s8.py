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
    # (s22, guide D39: a town's offices written short are named as written after the town)
    assert triples == {("一/(一)", "湄潭县永兴镇党政办", "responsible"),
                       ("一/(一)", "湄潭县永兴镇社会事务办", "responsible"),
                       ("一/(二)", "湄潭县永兴镇经发办", "responsible")}


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
    assert triples == {("一/(一)", "佛山市顺德区城管局", "responsible"), ("一/(一)", "各镇街", "co")}
    _, triples = _run("一、重点任务\n（一）推进绿化。（责任单位：各镇、街道）\n", "河南省南阳市西峡县", "county")
    assert triples == {("一/(一)", "各镇、街道", "responsible")}
    _, triples = _run("一、工作任务\n（一）做好防汛。（责任单位：镇水利站、各村党支部）\n", "湖北省荆州市监利市朱河镇", "township")
    # (s22, guide D39: the 水利站 is a public service unit, no organ)
    assert triples == {("一/(一)", "各村党支部", "responsible")}


def test_an_article_title_in_brackets_before_the_duty():
    # Shanghai/Tianjin-style regulations: `第三条（管理部门）市X负责…`, `第四条【部门职责】…`
    _, triples = _run("第一条（目的和依据）为了加强管理，制定本办法。\n第二条（适用范围）本办法适用于本市。\n"
                      "第三条（管理部门）市交通委负责本市出租汽车的行业管理。\n", "上海市", "province")
    # ((s38-organs) Shanghai's 市交通委 is the 上海市交通委员会, organ_local_names.tsv: 2014 reform; was 交通运输委员会)
    assert triples == {("第三条", "上海市交通委员会", "responsible")}
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
    # (镇直各单位: a town's units of every kind, no departments: guide D30, session 15)
    # (s31-assign2) the villages' two committees stay out of assignments (guide D44 names 村“两委”): nothing is assigned
    assert triples == set()


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
    # (s16: each numbered duty opening with its own 负责/牵头 is the heading organ's too, as an article's listed duties
    # are, b5 d019's gold; docs/decisions/assign-s16.md. Before, the sub-items got nothing.)
    assert triples == {("一/(一)", "静宁县发展和改革局", "responsible"), ("一/(二)", "静宁县财政局", "responsible"),
                       ("一/(一)/1", "静宁县发展和改革局", "responsible"), ("一/(一)/2", "静宁县发展和改革局", "responsible"),
                       ("一/(二)/1", "静宁县财政局", "responsible")}
    _, triples = _run("一、职责分工\n（一）县发改局职责\n1.牵头编制年度计划。\n2.负责项目的统筹协调。\n", "甘肃省平凉市静宁县", "county")
    assert triples == {("一/(一)", "静宁县发展和改革局", "lead"), ("一/(一)/1", "静宁县发展和改革局", "lead"),
                       ("一/(一)/2", "静宁县发展和改革局", "responsible")}
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


# ---------------------------------------------------------------- task-division tables flattened to text

def test_spaced_table_rows_under_a_title_naming_no_table_are_rows_not_tasks():
    # an Anhui prefecture's attachment `重点任务分工` (no 表 in its title), its rows flattened with spaces: rows
    # restating a body item go to that item, the others to 表/N; no row becomes a task
    _, triples = _run("一、重点任务\n（一）加快数字基础设施建设。推进5G基站建设。\n（二）推动产业数字化转型。\n附件\n重点任务分工\n"
                      "序号\t重点任务\t牵头单位\t配合单位\n1\t加快数字基础设施建设\t市数据资源局\t市通信发展办、市住建局\n"
                      "2\t推动产业数字化转型\t市经信局\t市科技局\n3\t开展数字技能培训\t市人社局\t市教体局\n", "安徽省六安市", "prefecture")
    assert triples == {("一/(一)", "六安市数据资源管理局", "lead"), ("一/(一)", "六安市通信发展办", "co"),
                       ("一/(一)", "六安市住房和城乡建设局", "co"), ("一/(二)", "六安市经济和信息化局", "lead"),
                       ("一/(二)", "六安市科学技术局", "co"), ("表/3", "六安市人力资源和社会保障局", "lead"),
                       ("表/3", "六安市教育体育局", "co")}


def test_spaced_table_with_group_rows_in_a_plan_attachment():
    # a Hubei county: `英山县2024年重点工作任务`, group rows `一、产业发展（2项）` between spaced rows
    body = ("一、主要任务\n（一）做强茶叶产业。\n（二）发展康养旅游。\n附件\n英山县2024年重点工作任务\n序号 重点任务 牵头单位 配合单位 完成时限\n"
            "一、产业发展（2项）\n1 新建高标准茶园1万亩 县农业农村局 县财政局 2024年12月\n2 打造康养旅游示范基地 县文旅局 县卫健局 2024年12月\n"
            "二、民生保障（1项）\n3 新建村级养老服务站20个 县民政局 各乡镇人民政府 2024年10月\n")
    _, triples = _run(body, "湖北省黄冈市英山县", "county")
    assert triples == {("表/1", "英山县农业农村局", "lead"), ("表/1", "英山县财政局", "co"),
                       ("表/2", "英山县文化和旅游局", "lead"), ("表/2", "英山县卫生健康局", "co"),
                       ("表/3", "英山县民政局", "lead"), ("表/3", "各乡镇人民政府", "co")}
    from pipeline.clean import normalize_string
    from pipeline.extract.context import make_context
    from pipeline.extract.tasks import extract_tasks
    doc = normalize_string(body)
    ctx = make_context(doc)
    assert [t.path for t in extract_tasks(doc, ctx)] == ["一", "一/(一)", "一/(二)"]


def test_a_table_inside_the_body_restates_its_items():
    # a Shandong county plan: `三、任务分工` with a spaced table whose rows restate the items of 二
    _, triples = _run("一、工作目标\n到2024年底，完成改造任务。\n二、重点任务\n（一）实施道路提升工程。改造县乡道路100公里。\n"
                      "（二）实施供水保障工程。\n三、任务分工\n序号 工作任务 牵头单位 配合单位\n1 实施道路提升工程 县交通运输局 县财政局\n"
                      "2 实施供水保障工程 县水利局 县住建局\n四、保障措施\n（一）加强组织领导。\n", "山东省临沂市沂南县", "county")
    assert triples == {("二/(一)", "沂南县交通运输局", "lead"), ("二/(一)", "沂南县财政局", "co"),
                       ("二/(二)", "沂南县水利局", "lead"), ("二/(二)", "沂南县住房和城乡建设局", "co")}


def test_organs_written_with_spaces_in_a_role_cell_stay_in_it():
    # a Fujian county-level city's PDF list: the 责任单位 cell's organs separated by spaces, the last one run
    # into the date by the copy (`市林业局 2023年12月` -> `市林业局2023年12月`)
    _, triples = _run("一、重点任务\n（一）保护生态环境。\n附件\n重点任务责任分解\n序号 工作任务 责任单位 完成时限\n"
                      "1 开展茶山整治 市农业农村局 市自然资源局 市林业局 2023年12月\n2 推进九曲溪水质保护 市生态环境局 2023年12月\n",
                      "福建省南平市武夷山市", "county")
    assert triples == {("表/1", "武夷山市农业农村局", "responsible"), ("表/1", "武夷山市自然资源局", "responsible"),
                       ("表/1", "武夷山市林业局", "responsible"), ("表/2", "武夷山市生态环境局", "responsible")}


def test_a_task_cell_wrapped_over_lines_in_a_one_cell_per_line_copy():
    # a Ningxia prefecture's table copied from a PDF one cell per line, the first task cell wrapped
    _, triples = _run("一、重点任务\n（一）推进肉牛产业发展。\n附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n"
                      "1\n推进肉牛良种繁育体系\n建设\n市农业农村局\n市财政局\n2\n建设冷链物流中心\n市商务局\n市发展改革委\n",
                      "宁夏回族自治区固原市", "prefecture")
    assert triples == {("表/1", "固原市农业农村局", "lead"), ("表/1", "固原市财政局", "co"),
                       ("表/2", "固原市商务局", "lead"), ("表/2", "固原市发展和改革委员会", "co")}


def test_tables_already_read_stay_read():
    # spaced rows with a wrapped line (Shaanxi county PDF), one cell per line with group rows (Yunnan county),
    # a markdown header repeated after a page break (Jiangxi county)
    _, triples = _run("一、重点任务\n（一）改善农村人居环境。\n附件\n蒲城县农村人居环境整治任务分工表\n序号 工作任务 牵头单位 配合单位 完成时限\n"
                      "1 推进农村厕所革命，完成户厕改 县农业农村局 县卫健局 2023年底\n造5000座\n2 开展农村生活垃圾治理 县住建局 县城管局 2023年底\n",
                      "陕西省渭南市蒲城县", "county")
    assert triples == {("表/1", "蒲城县农业农村局", "lead"), ("表/1", "蒲城县卫生健康局", "co"),
                       ("表/2", "蒲城县住房和城乡建设局", "lead"), ("表/2", "蒲城县城管局", "co")}
    _, triples = _run("一、工作任务\n（一）发展高原特色农业。\n附件\n乡村振兴重点任务清单\n序号\n重点任务\n牵头单位\n责任单位\n完成时限\n"
                      "一、产业发展（2项）\n1\n建设高标准农田5万亩\n县农业农村局\n各乡镇人民政府\n2023年12月\n2\n培育农民专业合作社\n县农业农村局\n"
                      "县供销社\n2023年12月\n", "云南省曲靖市陆良县", "county")
    assert triples == {("表/1", "陆良县农业农村局", "lead"), ("表/1", "各乡镇人民政府", "co"),
                       ("表/2", "陆良县农业农村局", "lead"), ("表/2", "陆良县供销合作社", "co")}
    _, triples = _run("一、重点任务\n（一）推进脐橙产业发展。\n附件\n重点任务分工表\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
                      "|---|---|---|---|---|\n| 1 | 新建标准化果园2万亩 | 县果业发展中心 | 县财政局 | 2023年 |\n"
                      "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| 2 | 培育脐橙品牌 | 县市场监管局 | 县农业农村局 | 2024年 |\n",
                      "江西省赣州市信丰县", "county")
    assert triples == {("表/1", "信丰县财政局", "co"), ("表/2", "信丰县市场监督管理局", "lead"), ("表/2", "信丰县农业农村局", "co")}


def test_column_names_of_other_offices():
    # a province's `省级牵头单位 / 省级配合单位`, a prefecture's `牵头单位（部门）`, a PDF's `序 号`, a `推进措施` column
    _, triples = _run("一、重点任务\n（一）推进苏区振兴。\n附件\n重点任务分工\n序号 重点任务 省级牵头单位 省级配合单位\n"
                      "1 推进交通基础设施建设 省交通运输厅 省发展改革委\n", "江西省", "province")
    assert triples == {("表/1", "江西省交通运输厅", "lead"), ("表/1", "江西省发展和改革委员会", "co")}
    _, triples = _run("一、重点任务\n（一）推进苹果产业。\n附件\n任务分工\n序号 工作任务 牵头单位（部门） 配合单位（部门） 完成时限\n"
                      "1 建设苹果冷链仓储设施 市商务局 市农业农村局 2022年底\n", "甘肃省天水市", "prefecture")
    assert triples == {("表/1", "天水市商务局", "lead"), ("表/1", "天水市农业农村局", "co")}
    _, triples = _run("一、重点任务\n（一）发展林下经济。\n附件\n重点任务清单\n序 号 重点任务 牵头单位 配合单位\n1 发展林下种植 州林业局 州农业农村局\n",
                      "贵州省黔东南苗族侗族自治州", "prefecture")
    assert triples == {("表/1", "黔东南苗族侗族自治州林业局", "lead"), ("表/1", "黔东南苗族侗族自治州农业农村局", "co")}
    _, triples = _run("一、重点任务\n（一）推进艾草产业。\n附件\n工作任务分解\n序号 重点任务 推进措施 牵头单位 责任单位 完成时限\n"
                      "1 做大艾草产业 建设艾草产业园 市工信局 市农业农村局 2023年12月\n", "河南省南阳市", "prefecture")
    assert triples == {("表/1", "南阳市工业和信息化局", "lead"), ("表/1", "南阳市农业农村局", "co")}


def test_rows_short_of_cells_and_merged_cells():
    # our HTML/DOCX readers drop empty and merged cells: a Heilongjiang county's row without lead and co (merged
    # with the row above: both the row above's), a row without co (the organ is the lead, the date the time)
    _, triples = _run("一、重点任务\n（一）发展大豆产业。\n附件\n重点任务清单\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
                      "1 | 扩大大豆种植面积 | 市农业农村局 | 市财政局 | 2023年\n2 | 建设大豆加工园区 | 2024年\n3 | 推广大豆良种 | 市工信局 | 2023年\n",
                      "黑龙江省绥化市海伦市", "county")
    assert triples == {("表/1", "海伦市农业农村局", "lead"), ("表/1", "海伦市财政局", "co"), ("表/2", "海伦市农业农村局", "lead"),
                       ("表/2", "海伦市财政局", "co"), ("表/3", "海伦市工业和信息化局", "lead")}
    # an Inner Mongolia prefecture: a 类别 column merged over two rows (the second row's cells move left)
    _, triples = _run("一、重点任务\n（一）推进产业发展。\n附件\n重点任务分工表\n序号 | 类别 | 重点任务 | 责任单位 | 完成时限\n"
                      "1 | 产业发展 | 建设新材料产业园 | 市工信局 | 2023年底\n2 | 培育科技型中小企业50家 | 市科技局 | 2023年底\n",
                      "内蒙古自治区赤峰市", "prefecture")
    assert triples == {("表/1", "赤峰市工业和信息化局", "responsible"), ("表/2", "赤峰市科学技术局", "responsible")}
    # a Zhejiang prefecture's tab rows, the second without co; a task ending like an organ (一网通办) stays the task
    _, triples = _run("一、重点任务\n（一）推进数字化改革。\n附件\n任务清单\n序号\t重点任务\t牵头单位\t配合单位\n"
                      "1\t建设城市大脑\t市大数据局\t市委网信办\n2\t推进政务服务一网通办\t市大数据局\n", "浙江省温州市", "prefecture")
    # (s23-org2) 浙江's cities named their bureau 大数据发展管理局 in the 2019 reforms (organ_local_names.tsv 浙江省*)
    assert triples == {("表/1", "温州市大数据发展管理局", "lead"), ("表/1", "中共温州市委网络安全和信息化委员会办公室", "co"),
                       ("表/2", "温州市大数据发展管理局", "lead")}


def test_a_header_repeated_on_the_next_page_goes_on_with_the_table():
    # a Guangxi prefecture's PDF copied one cell per line: a page number, the header again, then row 2 (still 表/2)
    _, triples = _run("一、重点任务\n（一）发展机械制造。\n附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n"
                      "1\n建设内燃机产业园\n市工信局\n市商务局\n- 6 -\n序号\n重点任务\n牵头单位\n配合单位\n2\n培育汽车零部件企业\n市工信局\n市科技局\n",
                      "广西壮族自治区玉林市", "prefecture")
    assert triples == {("表/1", "玉林市工业和信息化局", "lead"), ("表/1", "玉林市商务局", "co"),
                       ("表/2", "玉林市工业和信息化局", "lead"), ("表/2", "玉林市科学技术局", "co")}
    # two tables of their own (a second attachment, its numbering restarted) stay two: 表2/1
    _, triples = _run("一、重点任务\n（一）发展机械制造。\n附件1\n重点任务分工表\n序号 重点任务 牵头单位 配合单位\n1 建设内燃机产业园 市工信局 市商务局\n"
                      "附件2\n重大项目清单\n序号 重点任务 牵头单位 配合单位\n1 建设物流园 市商务局 市交通运输局\n", "广西壮族自治区玉林市", "prefecture")
    assert triples == {("表/1", "玉林市工业和信息化局", "lead"), ("表/1", "玉林市商务局", "co"),
                       ("表2/1", "玉林市商务局", "lead"), ("表2/1", "玉林市交通运输局", "co")}


def test_long_spaced_rows_of_a_township_list_stay_rows():
    # a Sichuan 街道's list from a PDF: rows as wide as the page (the cleaner joined them as a wrapped
    # paragraph), a 责任办所 column (responsible) and a 协作单位 column (co), a row short of its co cell
    _, triples = _run("一、工作任务\n（一）开展人居环境整治。\n附件\n2023年重点工作任务分解\n序号 工作任务 责任领导 责任办所 协作单位 完成时限\n"
                      "1 开展背街小巷环境整治 分管副主任 街道城市管理办公室 各社区 2023年6月\n"
                      "2 推进老旧院落改造 分管副主任 街道社区发展治理办公室 2023年12月\n", "四川省成都市金堂县赵镇街道", "township")
    assert {(t, r) for t, _, r in triples} == {("表/1", "responsible"), ("表/1", "co"), ("表/2", "responsible")}
    assert ("表/1", "各社区", "co") in triples
    # a Hunan county's list: two long rows, 责任单位 then 配合单位 (no lead column: responsible and co)
    _, triples = _run("一、重点工作\n（一）推进产业园建设。\n附件\n汝城县重点工作任务分解表\n序号 工作任务 责任单位 配合单位 完成时限\n"
                      "1 推进产业园扩能增效 县工业园管委会 县发展改革局 2023年12月\n"
                      "2 完成新一轮招商引资签约项目10个 县投资促进局 县工业园管委会 2023年12月\n", "湖南省郴州市汝城县", "county")
    assert triples == {("表/1", "汝城县工业园管理委员会", "responsible"), ("表/1", "汝城县发展和改革局", "co"),
                       ("表/2", "汝城县投资促进局", "responsible"), ("表/2", "汝城县工业园管理委员会", "co")}


def test_a_spaced_header_with_a_column_name_of_its_own_or_cut_in_two():
    # a Qinghai prefecture's PDF: the header's last cell cut over two lines (`完成` / `时限`)
    _, triples = _run("一、重点任务\n（一）发展富硒产业。\n附件\n重点任务分工\n序号 重点任务 牵头单位 配合单位 完成\n时限\n"
                      "1 建设富硒农产品基地 市农业农村局 市科技局 2024年\n2 培育富硒品牌 市市场监管局 市商务局 2024年\n", "青海省海东市", "prefecture")
    assert triples == {("表/1", "海东市农业农村局", "lead"), ("表/1", "海东市科学技术局", "co"),
                       ("表/2", "海东市市场监督管理局", "lead"), ("表/2", "海东市商务局", "co")}
    # a Hainan prefecture's column `工作举措及要求` that no list names
    _, triples = _run("一、重点任务\n（一）建设港口。\n附件\n重点任务分工\n序号 重点任务 工作举措及要求 牵头单位 配合单位\n"
                      "1 推进港口建设 加快码头扩建 市交通运输局 市发展改革委\n", "海南省儋州市", "prefecture")
    assert triples == {("表/1", "儋州市交通运输局", "lead"), ("表/1", "儋州市发展和改革委员会", "co")}


def test_rows_whose_number_cell_is_empty_are_numbered_by_their_place():
    # a Shaanxi prefecture's DOCX table whose 序号 cells were left empty (the reader drops them)
    _, triples = _run("一、重点任务\n（一）推进能源化工高端化。\n附件\n重点任务分工\n序号 | 重点任务 | 牵头单位 | 配合单位\n"
                      "推进煤制油项目建设 | 市发展改革委 | 市能源局\n建设氢能产业园 | 市工信局 | 市科技局\n", "陕西省榆林市", "prefecture")
    assert triples == {("表/1", "榆林市发展和改革委员会", "lead"), ("表/1", "榆林市能源局", "co"),
                       ("表/2", "榆林市工业和信息化局", "lead"), ("表/2", "榆林市科学技术局", "co")}


def test_a_one_cell_per_line_copy_with_merged_cells():
    # a Shanxi prefecture's web table copied cell by cell: row 2's lead and co merged with row 1's (not copied),
    # row 3 without co (its date still the time, its organ the lead)
    _, triples = _run("一、重点任务\n（一）推进文旅融合。\n附件\n重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
                      "1\n打造太行山旅游公路\n市文旅局\n市交通运输局\n2023年底\n2\n创建全域旅游示范区\n2024年底\n3\n举办文旅推介活动\n市文旅局\n2023年\n",
                      "山西省晋城市", "prefecture")
    assert triples == {("表/1", "晋城市文化和旅游局", "lead"), ("表/1", "晋城市交通运输局", "co"),
                       ("表/2", "晋城市文化和旅游局", "lead"), ("表/2", "晋城市交通运输局", "co"),
                       ("表/3", "晋城市文化和旅游局", "lead")}


def test_a_row_whose_cells_the_copy_glued_keeps_its_organs_in_order():
    # a central 推广清单 copied cell by cell, the 指导部门 and 推广范围 cells glued into one line by the copy:
    # the organs' kinds are not certain, so the cells stay in order (指导部门 is responsible)
    _, triples = _run("一、推广的改革事项\n（一）贸易便利化方面2项。\n附件\n改革试点经验推广清单\n序号\n改革事项\n主要内容\n指导部门\n推广范围\n"
                      "1\n进口货物预检验\n对进口货物实施预先检验，通关时不再重复检验。\n海关总署\n全国\n"
                      "2\n国际贸易单一窗口\n企业一次提交数据，各部门共享。\n商务部、海关总署自由贸易试验区\n", "国务院", "central")
    assert triples == {("表/1", "海关总署", "responsible"), ("表/2", "商务部", "responsible"), ("表/2", "海关总署", "responsible")}


def test_the_body_heading_after_a_table_in_the_body_stays_a_task():
    # a Fujian prefecture plan: `二、任务分工` holds a table (bars, spaces or one cell per line), `三、保障措施` follows
    from pipeline.clean import normalize_string
    from pipeline.extract.context import make_context
    from pipeline.extract.tasks import extract_tasks
    for table in ("序号 | 重点任务 | 牵头单位 | 配合单位\n1 | 建设海上养殖示范区 | 市海洋渔业局 | 市财政局\n",
                  "序号 重点任务 牵头单位 配合单位\n1 建设海上养殖示范区 市海洋渔业局 市财政局\n",
                  "序号\n重点任务\n牵头单位\n配合单位\n1\n建设海上养殖示范区\n市海洋渔业局\n市财政局\n"):
        body = ("一、工作目标\n到2025年，建成示范区。\n二、任务分工\n" + table
                + "三、保障措施\n（一）加强组织领导。成立工作专班。\n（二）强化资金保障。\n")
        doc = normalize_string(body)
        assert [t.path for t in extract_tasks(doc, make_context(doc))] == ["一", "二", "三", "三/(一)", "三/(二)"]
        _, triples = _run(body, "福建省宁德市", "prefecture")
        assert triples == {("表/1", "宁德市海洋与渔业局", "lead"), ("表/1", "宁德市财政局", "co")}
