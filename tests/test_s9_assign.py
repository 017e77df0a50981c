"""Assignments by construction class (session 9): duty articles, county and township plans, older
phrasing, task tables without a number column. Snippets written for these tests in the style of several
provinces, levels and eras (docs/decisions/assign-s9.md), not copied from any corpus."""
from tests.test_organs_s5 import _run

ART = "第一条 为规范管理，根据有关规定，结合本县实际，制定本办法。\n"


# ---------------------------------------------------------------- 对…负（总）责

def test_a_duty_written_as_dui_object_fu_zong_ze():
    # a Yunnan county 殡葬 办法: 各乡（镇）人民政府对…负总责 (guide R11: 负总责 reads as 负责)
    _, triples = _run(ART + "第十四条 各乡（镇）人民政府对本辖区内的殡葬管理工作负总责。\n", "云南省曲靖市会泽县", "county")
    assert triples == {("第十四条", "各乡（镇）人民政府", "responsible")}
    # a Gansu prefecture plan: X对…负责 closing the clause
    _, triples = _run("一、工作措施\n（一）加强资金监管。市财政局对专项资金的使用管理负责。\n", "甘肃省天水市", "prefecture")
    assert triples == {("一/(一)", "天水市财政局", "responsible")}


def test_a_place_with_dui_fu_zong_ze_and_a_later_organ_duty():
    # a Henan county 禁燃 notice: 各乡镇对…负总责，县公安局负责…
    _, triples = _run("一、工作措施\n（一）落实属地责任。各乡镇对辖区内的禁燃工作负总责，县公安局负责查处违法燃放行为。\n",
                      "河南省周口市郸城县", "county")
    assert triples == {("一/(一)", "各乡镇", "responsible"), ("一/(一)", "郸城县公安局", "responsible")}


def test_dui_fu_ze_is_no_duty_when_no_organ_or_a_person_word_follows():
    # an applicant's declaration (no organ), `负责人`, `负责任` and accountability words give nothing
    _, triples = _run("一、申报要求\n（一）申报单位对申报材料的真实性负责。\n（二）县林业局要切实负起监管责任。\n"
                      "（三）县应急局对全县安全生产工作负综合监管责任。\n", "河南省周口市郸城县", "county")
    assert triples == set()


# ---------------------------------------------------------------- subject lists

def test_a_level_before_bare_sectors_closed_by_their_kind():
    # a Hebei county 安全生产 办法: 县发改、经信、住建、交通等行业主管部门负责… (the close adds no entry)
    _, triples = _run(ART + "第二章 职责分工\n第五条 县应急管理局负责全县安全生产综合监督管理。\n"
                      "第六条 县发改、经信、住建、交通等行业主管部门负责本行业领域的安全生产监督管理。\n", "河北省保定市涞源县", "county")
    assert triples == {("第二章/第五条", "涞源县应急管理局", "responsible"), ("第二章/第六条", "发改部门", "responsible"),
                       ("第二章/第六条", "经信部门", "responsible"), ("第二章/第六条", "住建部门", "responsible"),
                       ("第二章/第六条", "交通部门", "responsible")}


def test_a_bracketed_alternative_organ_in_a_subject():
    # a Sichuan county 办法: 各乡镇人民政府（街道办事处）负责… (spec 1.1 section 5: two organs)
    _, triples = _run(ART + "第七条 各乡镇人民政府（街道办事处）负责辖区内的日常监督管理。\n", "四川省南充市营山县", "county")
    assert triples == {("第七条", "各乡镇人民政府", "responsible"), ("第七条", "各街道办事处", "responsible")}


def test_a_place_listed_before_organs_in_a_subject():
    # a Gansu prefecture plan: 各县区、市直各部门负责…
    _, triples = _run("一、工作措施\n（一）开展排查。各县区、市直各部门负责本地本部门排查工作。\n", "甘肃省天水市", "prefecture")
    assert triples == {("一/(一)", "各县区", "responsible"), ("一/(一)", "天水市直各部门", "responsible")}
    # without a cue the place and organs assign nothing (spec 1.1 section 6: 要 alone is no assignment)
    _, triples = _run("一、工作措施\n（一）开展排查。各县区、市直各部门要高度重视。\n", "甘肃省天水市", "prefecture")
    assert triples == set()


# ---------------------------------------------------------------- co and lead marks

def test_co_after_an_according_to_duties_adverbial():
    # a Guangxi county notice (2000s): 由X具体负责，Y、Z按各自职责配合做好工作
    _, triples = _run("一、工作任务\n（一）开展试点。由县计生局具体负责，县卫生局、县公安局按各自职责配合做好工作。\n",
                      "广西壮族自治区桂林市灵川县", "county")
    assert triples == {("一/(一)", "灵川县人口和计划生育局", "responsible"), ("一/(一)", "灵川县卫生局", "co"),
                       ("一/(一)", "灵川县公安局", "co")}


def test_a_lead_marked_in_other_brackets_inside_a_responsible_list():
    # a Hunan county list: 责任单位：A〔牵头〕、B; a Jiangsu one: A【牵头单位】、B
    _, triples = _run("一、重点任务\n（一）推进整治。完成改厕500户。（责任单位：县发改局〔牵头〕、县财政局）\n", "湖南省怀化市沅陵县", "county")
    assert triples == {("一/(一)", "沅陵县发展和改革局", "lead"), ("一/(一)", "沅陵县财政局", "co")}
    _, triples = _run("一、重点任务\n（一）推进整治。完成改厕500户。\n责任单位：县农业农村局（牵头单位）、县住建局\n",
                      "江苏省宿迁市泗洪县", "county")
    assert triples == {("一/(一)", "泗洪县农业农村局", "lead"), ("一/(一)", "泗洪县住房和城乡建设局", "co")}


# ---------------------------------------------------------------- task tables without a number column

INTRO = ("一、工作目标\n到2024年底，完成整治任务。\n二、保障措施\n（一）加强领导。各单位要高度重视。\n附件\n"
         "2024年重点工作任务分解表\n")


def test_a_spaced_task_table_without_a_number_column():
    # a Guizhou county list copied without its 序号 column: rows numbered by their place; a leader's name
    # glued to the date by the cleaner is split off
    _, triples = _run(INTRO + "工作任务\t责任单位\t责任领导\t完成时限\n完成农村改厕500户\t县农业农村局\t张某某\t2024年12月\n"
                      "新建污水处理设施3座\t县住房城乡建设局\t李某某\t2024年10月\n", "贵州省毕节市大方县", "county")
    assert triples == {("表/1", "大方县农业农村局", "responsible"), ("表/2", "大方县住房和城乡建设局", "responsible")}
    # lead and co columns, a place in the co column
    _, triples = _run(INTRO + "重点任务 牵头单位 配合单位 完成时限\n完成农村改厕500户 县农业农村局 各乡镇 2024年12月\n",
                      "贵州省毕节市大方县", "county")
    assert triples == {("表/1", "大方县农业农村局", "lead"), ("表/1", "各乡镇", "co")}


def test_a_line_of_column_words_in_prose_is_no_table():
    # column-like words in a sentence, and a header whose next line names no organ: nothing
    _, triples = _run("一、工作要求\n（一）明确责任。各地要细化工作任务 责任单位 完成时限。\n"
                      "工作任务 责任单位 完成时限\n加强宣传 广泛动员 年底前\n", "贵州省毕节市大方县", "county")
    assert triples == set()


# ---------------------------------------------------------------- more subjects and co clauses

def test_a_duty_after_shi_with_a_set_word_inside_the_object():
    # a Zhejiang county 办法: `…是本县户外广告设置的主管部门，负责…` (设置 here sets up no body)
    _, triples = _run(ART + "第四条 县综合行政执法局（以下简称县执法局）是本县户外广告设置的主管部门，负责户外广告设置的监督管理。\n",
                      "浙江省湖州市德清县", "county")
    assert triples == {("第四条", "德清县综合行政执法局", "responsible")}
    # a body or post it sets up still takes the later duty (guide R10)
    _, triples = _run(ART + "第五条 县民政局设置专门受理窗口，负责受理申请。\n", "浙江省湖州市德清县", "county")
    assert triples == set()


def test_sub_items_numbered_inline_after_a_colon():
    # a Chongqing 办法: `第五条 市级有关部门职责：（一）市发展改革委：负责…；（二）市财政局：负责…`
    _, triples = _run(ART + "第五条 市级有关部门职责：（一）市发展改革委：负责项目审批；（二）市财政局：负责资金保障。\n",
                      "重庆市", "province")
    assert triples == {("第五条/(一)", "重庆市发展和改革委员会", "responsible"), ("第五条/(二)", "重庆市财政局", "responsible")}


def test_the_work_named_before_its_organ_and_a_co_clause_joined_by_a_dun_comma():
    # a Shandong county plan: 此项工作X牵头; X牵头、Y配合，…
    _, triples = _run("一、重点任务\n（一）推进整治。此项工作县农业农村局牵头。\n（二）制定方案。县农业农村局牵头、县财政局配合，制定实施方案。\n",
                      "山东省菏泽市鄄城县", "county")
    assert triples == {("一/(一)", "鄄城县农业农村局", "lead"), ("一/(二)", "鄄城县农业农村局", "lead"),
                       ("一/(二)", "鄄城县财政局", "co")}
    # a task word before 、 is no cue: `开展宣传、县财政局配合` does not occur; `负责、` joins only after the cue
    _, triples = _run("一、重点任务\n（一）推进整治。县民政局负责、县卫健局协助，做好摸底。\n", "山东省菏泽市鄄城县", "county")
    assert triples == {("一/(一)", "鄄城县民政局", "responsible"), ("一/(一)", "鄄城县卫生健康局", "co")}


# ---------------------------------------------------------------- places of other provinces

def test_place_collectives_of_other_provinces_as_assignees():
    # (written, region, level): Inner Mongolia, Yunnan, Guizhou, Liaoning, Xinjiang, Sichuan, Hainan, Guangdong,
    # Zhejiang, Shaanxi and Shandong forms; each as the subject of 负责 and inside a 责任单位 list
    cases = [("各旗县（市、区）", "内蒙古自治区赤峰市", "prefecture"), ("各盟市", "内蒙古自治区", "province"),
             ("各州（市）", "云南省", "province"), ("各县（市、区、特区）", "贵州省六盘水市", "prefecture"),
             ("各区县（市）", "辽宁省大连市", "prefecture"), ("各地州市", "新疆维吾尔自治区", "province"),
             ("各市州", "四川省", "province"), ("各市县", "海南省", "province"), ("各市、县（区）", "海南省", "province"),
             ("各地级以上市", "广东省", "province"), ("各镇（乡）", "浙江省台州市天台县", "county"),
             ("各乡（镇、街道）", "甘肃省白银市会宁县", "county"), ("各镇办", "陕西省渭南市蒲城县", "county"),
             ("各镇区", "广东省中山市", "prefecture"), ("各管区", "山东省潍坊市高密市柏城镇", "township"),
             ("各村居", "山东省潍坊市高密市柏城镇", "township")]
    for place, region, level in cases:
        _, triples = _run("一、工作任务\n（一）开展排查。" + place + "负责本辖区排查工作。\n", region, level)
        assert triples == {("一/(一)", place, "responsible")}, place
        _, triples = _run("一、工作任务\n（一）开展排查。（责任单位：" + place + "）\n", region, level)
        assert triples == {("一/(一)", place, "responsible")}, place


def test_a_place_word_running_on_into_a_noun_is_no_place():
    # 各市场主体, 各县级…, 各社区居民, 各地方: no place cut short (a wrong name)
    for words in ("各市场主体", "各社区居民", "各地方"):
        _, triples = _run("一、工作任务\n（一）开展排查。" + words + "负责本辖区排查工作。\n", "甘肃省天水市", "prefecture")
        assert triples == set(), words
        _, triples = _run("一、工作任务\n（一）开展排查。（责任单位：" + words + "）\n", "甘肃省天水市", "prefecture")
        assert triples == set(), words


def test_a_markdown_task_table_without_a_number_column():
    # a Hubei county web copy (Markdown): the rule under the header is no row; rows numbered by their place
    _, triples = _run(INTRO + "| 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | :---: | --- | --- |\n"
                      "| 完成农村改厕500户 | 县农业农村局 | 县卫健局 | 2024年12月 |\n| 新建污水处理设施3座 | 县住建局 | 县生态环境局 | 2024年10月 |\n",
                      "湖北省宜昌市秭归县", "county")
    assert triples == {("表/1", "秭归县农业农村局", "lead"), ("表/1", "秭归县卫生健康局", "co"),
                       ("表/2", "秭归县住房和城乡建设局", "lead"), ("表/2", "秭归县生态环境局", "co")}


# ---------------------------------------------------------------- after a lead: the others' share

def test_the_others_share_after_a_lead_written_with_anzhao_zhize():
    # an Anhui county plan: X牵头负责，各乡镇、县直有关单位按照职责分工抓好落实 (spec 1.1 section 6: co)
    _, triples = _run("一、重点任务\n（一）推进整治。县农业农村局牵头负责，各乡镇、县直有关单位按照职责分工抓好落实。\n"
                      "（二）保障资金。县农业农村局牵头，县财政局、县民政局按照职责分工做好相关工作。\n", "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县农业农村局", "lead"), ("一/(一)", "各乡镇", "co"),
                       ("一/(二)", "临泉县农业农村局", "lead"), ("一/(二)", "临泉县财政局", "co"), ("一/(二)", "临泉县民政局", "co")}
    # without a lead the others' share gives nothing (no 负责 of their own)
    _, triples = _run("一、重点任务\n（一）推进整治。县农业农村局负责，县财政局、县民政局按照职责分工做好相关工作。\n",
                      "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县农业农村局", "responsible")}


def test_organs_that_cooperate_with_each_other_and_then_take_a_duty():
    # `A、B等部门要（按照职责分工，）密切配合，负责…`: A and B open the sentence, they are the subject of 负责
    for t in ("县农业农村局、县财政局等部门要按照职责分工，密切配合，负责做好资金保障。",
              "县农业农村局、县财政局等部门要密切配合，负责做好资金保障。"):
        _, triples = _run("一、重点任务\n（一）推进整治。" + t + "\n", "安徽省阜阳市临泉县", "county")
        assert triples == {("一/(一)", "临泉县农业农村局", "responsible"), ("一/(一)", "临泉县财政局", "responsible")}, t
    # after a lead the co clause is no subject of the later 负责 (assignments-s8)
    _, triples = _run("一、重点任务\n（一）推进整治。县民政局牵头，县卫健局、县医保局配合，负责制定方案。\n", "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县民政局", "lead"), ("一/(一)", "临泉县卫生健康局", "co"), ("一/(一)", "临泉县医疗保障局", "co")}


def test_a_co_list_mixing_organs_unknown_units_and_places():
    # a Henan township plan: 由乡应急办牵头，乡派出所、乡综合执法大队、各村配合 (a place after organs in the co list)
    _, triples = _run("三、工作措施\n（一）加强巡查。由乡应急办牵头，乡派出所、乡综合执法大队、各村配合。\n", "河南省商丘市睢县白庙乡", "township")
    # (s22, guide D39: the bare 乡派出所 is the township's, with the township in front)
    # (s23-town, D39 read in S22: 综合执法大队 written short is kept as written)
    assert triples == {("三/(一)", "睢县白庙乡应急办", "lead"), ("三/(一)", "睢县白庙乡派出所", "co"),
                       ("三/(一)", "睢县白庙乡综合执法大队", "co"), ("三/(一)", "各村", "co")}
    # a unit the tables miss between them gets nothing and voids nothing
    _, triples = _run("三、工作措施\n（一）加强巡查。由乡应急办牵头，乡财政所、乡农机服务站、各村配合。\n", "河南省商丘市睢县白庙乡", "township")
    assert ("三/(一)", "各村", "co") in triples and ("三/(一)", "睢县白庙乡财政所", "co") in triples


def test_a_place_after_organs_in_a_prose_subject():
    # an Anhui county plan: 县民政局、各村（社区）、县财政局负责… (places and organs in one subject list)
    _, triples = _run("一、重点任务\n（一）推进整治。县民政局、各村（社区）、县财政局负责摸底。\n", "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县民政局", "responsible"), ("一/(一)", "各村（社区）", "responsible"),
                       ("一/(一)", "临泉县财政局", "responsible")}


def test_a_sentence_read_as_an_annotation_is_not_read_again_as_prose():
    # `A牵头，B、C负责具体实施。` (organs and cue words only): B and C are co after the lead, not also responsible;
    # places in such a sentence too
    _, triples = _run("一、重点任务\n（一）推进整治。县农业农村局牵头，县财政局、县民政局负责具体实施。\n"
                      "（二）开展清洁。县农业农村局牵头，各乡镇、各村负责具体实施。\n", "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县农业农村局", "lead"), ("一/(一)", "临泉县财政局", "co"), ("一/(一)", "临泉县民政局", "co"),
                       ("一/(二)", "临泉县农业农村局", "lead"), ("一/(二)", "各乡镇", "co"), ("一/(二)", "各村", "co")}
    # (s22-assign2) a 负责 after a lead in the same sentence is `co` also without 由 (spec 1.1 §6 "once a lead is
    # named, every other department of the same assignment"; guide R14; the golds A2 a14, A3 a36 and A10 a114 read it
    # so; the `responsible` once credited to heldout p07 was a sentence with no lead before it, assign-s15e.md); a 负责
    # after 按职责分工 following a lead is `co` (s15e-assign: spec 1.1 §6, guide gd (二十) lead + co)
    _, triples = _run("一、重点任务\n（一）推进整治。县农业农村局牵头，县财政局负责资金保障。\n"
                      "（二）开展清洁。县农业农村局牵头，县财政局、县民政局按照职责分工负责。\n", "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县农业农村局", "lead"), ("一/(一)", "临泉县财政局", "co"),
                       ("一/(二)", "临泉县农业农村局", "lead"), ("一/(二)", "临泉县财政局", "co"),
                       ("一/(二)", "临泉县民政局", "co")}


# ---------------------------------------------------------------- 下同 and its kin

def test_a_carry_closing_a_comma_part_carries_only_that_part():
    # a Jiangxi county plan: （A牵头，各乡镇负责落实，下同）: the lead is the item's own, 各乡镇 goes on (guide R4); its
    # part is an assignment of its own (carrying out, not co-operation): `responsible` in every item, also beside a
    # lead (guide R29, s27, as A22 a263's `…配合，各市政府落实。以下均需…` is read; it had been `co`)
    _, triples = _run("一、重点任务\n（一）推进整治。完成改厕。（县农业农村局牵头，各乡镇负责落实，下同）\n（二）治理污水。新建设施。（县住建局牵头）\n",
                      "江西省上饶市鄱阳县", "county")
    assert triples == {("一/(一)", "鄱阳县农业农村局", "lead"), ("一/(一)", "各乡镇", "responsible"),
                       ("一/(二)", "鄱阳县住房和城乡建设局", "lead"), ("一/(二)", "各乡镇", "responsible")}
    # （责任单位：A，B、C按职责分工负责，以下不再列出）: B and C go on, A stays
    _, triples = _run("一、重点任务\n（一）推进整治。完成改厕。（责任单位：县农业农村局，各乡镇、县直有关单位按职责分工负责，以下不再列出）\n"
                      "（二）治理污水。新建设施。（责任单位：县住建局）\n", "江西省上饶市鄱阳县", "county")
    assert triples == {("一/(一)", "鄱阳县农业农村局", "responsible"), ("一/(一)", "各乡镇", "responsible"),
                       ("一/(二)", "鄱阳县住房和城乡建设局", "responsible"),
                       ("一/(二)", "各乡镇", "responsible")}  # (县直有关单位: no department, guide D30)
    # a label list closed by 下同 carries the whole list, as before
    _, triples = _run("一、重点任务\n（一）推进整治。完成改厕。（责任单位：县农业农村局，各乡镇，下同）\n（二）治理污水。新建设施。（责任单位：县住建局）\n",
                      "江西省上饶市鄱阳县", "county")
    assert ("一/(二)", "鄱阳县农业农村局", "responsible") in triples and ("一/(二)", "各乡镇", "responsible") in triples


def test_yixia_juntong_carries():
    # （牵头单位：A；责任单位：各乡镇人民政府，以下均同）: co beside the lead in its own item (R16); (s27-assign2) carried into
    # a later item it is `responsible` also where that item names a lead (guide R4, R29)
    _, triples = _run("一、重点任务\n（一）推进整治。完成改厕。（牵头单位：县农业农村局；责任单位：各乡镇人民政府，以下均同）\n"
                      "（二）治理污水。新建设施。（牵头单位：县住建局）\n", "江西省上饶市鄱阳县", "county")
    assert triples == {("一/(一)", "鄱阳县农业农村局", "lead"), ("一/(一)", "各乡镇人民政府", "co"),
                       ("一/(二)", "鄱阳县住房和城乡建设局", "lead"), ("一/(二)", "各乡镇人民政府", "responsible")}


def test_an_organ_heading_with_a_duty_title_and_its_duties_in_a_paragraph():
    # a Hebei county 职责分工 section: （一）县发改局职责 / 负责… on the next line
    _, triples = _run("四、职责分工\n（一）县发改局职责\n负责项目谋划和申报工作。\n（二）县财政局主要职责\n负责资金保障。\n",
                      "河北省邯郸市魏县", "county")
    assert triples == {("四/(一)", "魏县发展和改革局", "responsible"), ("四/(二)", "魏县财政局", "responsible")}


def test_task_columns_of_other_offices():
    # a Shanxi county list: 任务事项 / 整改任务 as the task column (a spaced header, numbered rows)
    for column in ("任务事项", "整改任务", "主要工作"):
        _, triples = _run(INTRO + "序号 " + column + " 牵头单位 配合单位 完成时限\n1 完成农村改厕500户 县农业农村局 县卫健局 2024年12月\n",
                          "山西省运城市临猗县", "county")
        assert triples == {("表/1", "临猗县农业农村局", "lead"), ("表/1", "临猗县卫生健康局", "co")}, column


def test_a_subject_list_closed_by_a_count_or_a_level():
    # county notices: `…等12个部门负责…`, `县委组织部等5部门负责…`, `…等县直部门负责…`
    _, triples = _run("一、重点任务\n（一）推进整治。县农业农村局、县财政局等12个部门负责组织实施。\n（二）加强考核。县委组织部等5部门负责考核。\n"
                      "（三）加强督查。县农业农村局、县财政局等县直部门负责督查。\n", "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县农业农村局", "responsible"), ("一/(一)", "临泉县财政局", "responsible"),
                       ("一/(二)", "中共临泉县委组织部", "responsible"), ("一/(三)", "临泉县农业农村局", "responsible"),
                       ("一/(三)", "临泉县财政局", "responsible")}


def test_a_qualified_label_as_predicate():
    # `X为第一责任单位`, `X是此项工作的主要责任单位`; a person `为第一责任人` is no label
    _, triples = _run("一、重点任务\n（一）推进整治。县农业农村局为第一责任单位，县财政局为配合单位。\n"
                      "（二）加强管护。县水利局是此项工作的主要责任单位。\n（三）落实责任。各村党支部书记为第一责任人。\n",
                      "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县农业农村局", "responsible"), ("一/(一)", "临泉县财政局", "co"),
                       ("一/(二)", "临泉县水利局", "responsible")}


def test_places_in_a_huitong_list():
    # `X会同各村（社区）…`, `X会同Y、各村（社区）…`: places are co like organs
    _, triples = _run("一、重点任务\n（一）推进整治。县民政局会同县财政局、各村（社区）开展摸底。\n（二）建立台账。县民政局会同各乡镇建立台账。\n",
                      "安徽省阜阳市临泉县", "county")
    assert triples == {("一/(一)", "临泉县民政局", "lead"), ("一/(一)", "临泉县财政局", "co"), ("一/(一)", "各村（社区）", "co"),
                       ("一/(二)", "临泉县民政局", "lead"), ("一/(二)", "各乡镇", "co")}
