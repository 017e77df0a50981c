"""Assignments by construction class (session 10): duty articles, county annotations, task-division tables.
Snippets written for these tests in the style of several provinces, levels and eras
(docs/decisions/assign-s10.md), not copied from any corpus."""
from pipeline import process_text
from pipeline.clean import normalize_string
from tests.test_organs_s5 import _run


def test_a_duty_within_its_own_remit():
    # a Jilin prefecture 办法 (2000s): `X在其职责范围内负责…`, `在本部门职责范围内负责`
    _, triples = _run("第一条 为加强管理，制定本办法。\n第四条 市城市管理行政执法局在其职责范围内负责户外广告的监督管理。\n"
                      "第五条 市公安局在本部门职责范围内负责交通秩序的维护。\n", "吉林省吉林市", "prefecture")
    assert triples == {("第四条", "吉林市城市管理行政执法局", "responsible"), ("第五条", "吉林市公安局", "responsible")}


def test_two_organs_joined_by_tong_or_with_lianhe():
    # a Guangxi county 细则: `A同B负责`, `A与B联合负责` (two subjects, no lead named)
    _, triples = _run("第一条 为规范管理，制定本细则。\n第三条 县林业局同县自然资源局负责林地占用的审核。\n"
                      "第四条 县民政局与县财政局联合负责救助资金的发放。\n", "广西壮族自治区桂林市阳朔县", "county")
    assert triples == {("第三条", "阳朔县林业局", "responsible"), ("第三条", "阳朔县自然资源局", "responsible"),
                       ("第四条", "阳朔县民政局", "responsible"), ("第四条", "阳朔县财政局", "responsible")}
    # 同 before no organ is no joiner
    _, triples = _run("第一条 为规范管理，制定本细则。\n第三条 县林业局同意后，由县自然资源局负责办理。\n",
                      "广西壮族自治区桂林市阳朔县", "county")
    assert triples == {("第三条", "阳朔县自然资源局", "responsible")}


def test_units_that_are_no_organs_in_a_subject_list():
    # a Qinghai county 资助办法: `各乡镇人民政府、各学校负责…` (schools are no department, spec 1.1 section 5;
    # the organs keep their duty), also after a place: `各乡镇、各有关医疗机构负责…`
    _, triples = _run("第一条 为规范管理，制定本办法。\n第七条 各乡镇人民政府、各学校负责本辖区、本校资助对象的认定。\n"
                      "第八条 各乡镇、各有关医疗机构负责救治对象的登记。\n", "青海省海东市互助土族自治县", "county")
    assert triples == {("第七条", "各乡镇人民政府", "responsible"), ("第八条", "各乡镇", "responsible")}


def test_a_carried_part_with_its_own_predicate():
    # a Jiangxi county plan: `（责任单位：A，各乡镇人民政府按职责落实，不再列出）`: only the towns go on
    _, triples = _run("一、重点任务\n（一）推进高标准农田建设。完成年度建设任务。（责任单位：县农业农村局，各乡镇人民政府按职责落实，不再列出）\n"
                      "（二）加强农技服务。开展技术培训。（责任单位：县科技局）\n", "江西省吉安市永丰县", "county")
    assert triples == {("一/(一)", "永丰县农业农村局", "responsible"), ("一/(一)", "各乡镇人民政府", "responsible"),
                       ("一/(二)", "永丰县科学技术局", "responsible"), ("一/(二)", "各乡镇人民政府", "responsible")}


def test_first_listed_leads_in_an_annotation_other_wording():
    # a Fujian prefecture: `排在首位的为牵头单位`
    _, triples = _run("一、重点任务\n（一）推进港口建设。（责任单位：市交通运输局、市发改委，排在首位的为牵头单位，下同）\n"
                      "（二）培育海洋产业。（责任单位：市海洋渔业局）\n", "福建省宁德市", "prefecture")
    assert triples == {("一/(一)", "宁德市交通运输局", "lead"), ("一/(一)", "宁德市发展和改革委员会", "co"),
                       ("一/(二)", "宁德市海洋与渔业局", "lead")}


NOTICE = ("各县（市、区）人民政府，市直各单位：\n现将《就业促进工作实施方案》印发给你们，请认真贯彻执行。\n"
          "就业促进工作实施方案\n一、主要任务\n（一）稳定企业用工。落实稳岗返还政策。\n（二）扶持自主创业。加大创业担保贷款支持。\n"
          "二、保障措施\n")


def _triples(text, region, level):
    rec = process_text(text, region=region, admin_level=level)
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text: tabs become spaces)
    for r in rec.responsibilities:
        assert clean[r.span[0]:r.span[1]] == r.quote
    return {(r.task, r.department, r.role) for r in rec.responsibilities}


def test_a_table_whose_responsible_column_says_the_first_leads():
    # a Hubei prefecture's 分工表: `责任单位（排在第一位的为牵头单位）` in the header
    table = ("附件\n重点任务分工表\n序号\t重点任务\t责任单位（排在第一位的为牵头单位）\t完成时限\n"
             "1\t稳定企业用工\t市人力资源和社会保障局、市财政局\t2022年底\n"
             "2\t扶持自主创业\t市人力资源和社会保障局、市财政局、市科技局\t长期坚持\n")
    assert _triples(NOTICE + table, "湖北省宜昌市", "prefecture") == {
        ("一/(一)", "宜昌市人力资源和社会保障局", "lead"), ("一/(一)", "宜昌市财政局", "co"),
        ("一/(二)", "宜昌市人力资源和社会保障局", "lead"), ("一/(二)", "宜昌市财政局", "co"),
        ("一/(二)", "宜昌市科学技术局", "co")}
    # without the note, a 责任单位 column gives `responsible`
    plain = table.replace("（排在第一位的为牵头单位）", "")
    assert _triples(NOTICE + plain, "湖北省宜昌市", "prefecture") == {
        ("一/(一)", "宜昌市人力资源和社会保障局", "responsible"), ("一/(一)", "宜昌市财政局", "responsible"),
        ("一/(二)", "宜昌市人力资源和社会保障局", "responsible"), ("一/(二)", "宜昌市财政局", "responsible"),
        ("一/(二)", "宜昌市科学技术局", "responsible")}
    # the note under the table (`注：牵头单位列第一位`)
    noted = plain + "注：责任单位中牵头单位列第一位。\n"
    assert _triples(NOTICE + noted, "湖北省宜昌市", "prefecture") == {
        ("一/(一)", "宜昌市人力资源和社会保障局", "lead"), ("一/(一)", "宜昌市财政局", "co"),
        ("一/(二)", "宜昌市人力资源和社会保障局", "lead"), ("一/(二)", "宜昌市财政局", "co"),
        ("一/(二)", "宜昌市科学技术局", "co")}


def test_a_row_under_merged_number_and_task_cells():
    # a Hebei prefecture's Markdown copy: a second measure row under the merged 序号 and task cells continues row 1
    table = ("附件\n重点任务分工表\n|序号|重点任务|具体措施|牵头单位|配合单位|\n|---|---|---|---|---|\n"
             "|1|稳定企业用工|落实稳岗返还政策|市人力资源和社会保障局|市财政局|\n"
             "| | |开展用工对接|市人力资源和社会保障局|市工业和信息化局|\n"
             "|2|扶持自主创业|加大贷款支持|市人力资源和社会保障局|市财政局|\n")
    assert _triples(NOTICE + table, "河北省邢台市", "prefecture") == {
        ("一/(一)", "邢台市人力资源和社会保障局", "lead"), ("一/(一)", "邢台市财政局", "co"),
        ("一/(一)", "邢台市工业和信息化局", "co"),
        ("一/(二)", "邢台市人力资源和社会保障局", "lead"), ("一/(二)", "邢台市财政局", "co")}


def test_first_listed_leads_declared_in_a_note_before_the_items():
    # a Shaanxi prefecture plan: the note under the heading declares it once for every list after it
    _, triples = _run("（注：各项任务的责任单位中，排在第一位的为牵头单位。）\n一、重点任务\n（一）推进港口建设。（责任单位：市交通运输局、市发改委）\n"
                      "（二）培育物流产业。（责任单位：市商务局）\n", "陕西省渭南市", "prefecture")
    assert triples == {("一/(一)", "渭南市交通运输局", "lead"), ("一/(一)", "渭南市发展和改革委员会", "co"),
                       ("一/(二)", "渭南市商务局", "lead")}


def test_an_article_lead_in_over_sub_items_that_name_their_organs():
    # a Yunnan prefecture 办法: `第六条 有关部门职责：` over `（一）市发展改革委：…` — the sub-items are assigned, the lead-in
    # is not (no `有关部门` triple); an organ heading over sub-items that name none keeps its heading
    _, triples = _run("第一条 为了加强管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 有关部门职责：\n"
                      "（一）市发展改革委：负责项目立项审批；\n（二）市财政局：负责资金的筹集和拨付。\n", "云南省玉溪市", "prefecture")
    assert triples == {("第三条/(一)", "玉溪市发展和改革委员会", "responsible"),
                       ("第三条/(二)", "玉溪市财政局", "responsible")}
    _, triples = _run("一、职责分工\n（一）县教育局：\n1.负责学生资助政策宣传；\n2.负责资助对象认定。\n（二）县财政局：\n1.负责资金拨付。\n",
                      "云南省玉溪市峨山彝族自治县", "county")
    # (s16: the numbered duties opening with their own 负责 are the heading organ's too, docs/decisions/assign-s16.md)
    assert triples == {("一/(一)", "峨山彝族自治县教育局", "responsible"), ("一/(二)", "峨山彝族自治县财政局", "responsible"),
                       ("一/(一)/1", "峨山彝族自治县教育局", "responsible"), ("一/(一)/2", "峨山彝族自治县教育局", "responsible"),
                       ("一/(二)/1", "峨山彝族自治县财政局", "responsible")}


def test_short_labels_of_county_lists():
    # a Sichuan county: `（责任：A、B）`, `（主责：A；协同：B）`
    _, triples = _run("一、重点任务\n（一）改善办学条件。推进校舍改造。（责任：县教育局、县财政局）\n"
                      "（二）加强师资建设。开展教师培训。（主责：县教育局；协同：县人社局）\n", "四川省南充市营山县", "county")
    assert triples == {("一/(一)", "营山县教育局", "responsible"), ("一/(一)", "营山县财政局", "responsible"),
                       ("一/(二)", "营山县教育局", "responsible"), ("一/(二)", "营山县人力资源和社会保障局", "co")}
    # prose `明确责任：` with no organ list is no annotation
    _, triples = _run("一、重点任务\n（一）压实工作责任。明确责任：层层签订责任书。\n", "四川省南充市营山县", "county")
    assert triples == set()


def test_a_supervision_label_gives_no_role():
    # a Henan county: the office that supervises (`督导单位：`, `督办单位：`) is not assigned the task
    _, triples = _run("一、重点任务\n（一）改善办学条件。推进校舍改造。（责任单位：县教育局；督导单位：县政府办公室）\n"
                      "（二）加强师资建设。（督办单位：县政府办公室；责任单位：县人社局）\n", "河南省周口市郸城县", "county")
    assert triples == {("一/(一)", "郸城县教育局", "responsible"),
                       ("一/(二)", "郸城县人力资源和社会保障局", "responsible")}


def test_a_co_clause_after_a_label_list():
    # a Guizhou county: `（责任单位：各乡镇、A，B配合）`: the list before the comma keeps its label, B is co
    _, triples = _run("一、重点任务\n（一）推进农村道路建设。（责任单位：各乡镇、县交通运输局，县财政局配合）\n",
                      "贵州省毕节市纳雍县", "county")
    assert triples == {("一/(一)", "各乡镇", "responsible"), ("一/(一)", "纳雍县交通运输局", "responsible"),
                       ("一/(一)", "纳雍县财政局", "co")}
    _, triples = _run("一、重点任务\n（一）推进农村道路建设。（牵头单位：县交通运输局，县财政局、各乡镇配合）\n",
                      "贵州省毕节市纳雍县", "county")
    assert triples == {("一/(一)", "纳雍县交通运输局", "lead"), ("一/(一)", "纳雍县财政局", "co"),
                       ("一/(一)", "各乡镇", "co")}


def test_an_organ_named_to_its_role_by_a_verb():
    # a Ningxia county plan: `明确A为牵头单位，B为配合单位`, `确定A为责任单位`
    _, triples = _run("一、重点任务\n（一）加强职业技能培训。开展各类培训。明确县人社局为牵头单位，县财政局为配合单位。\n"
                      "（二）强化就业服务。确定县就业局为责任单位。\n", "宁夏回族自治区固原市西吉县", "county")
    assert ("一/(一)", "西吉县人力资源和社会保障局", "lead") in triples
    assert ("一/(一)", "西吉县财政局", "co") in triples
    # `明确…的职责` with no role word gives nothing
    _, triples = _run("一、重点任务\n（一）压实责任。明确县人社局、县财政局的工作职责。\n", "宁夏回族自治区固原市西吉县", "county")
    assert triples == set()


def test_a_carry_word_that_opens_its_clause():
    # a Shanxi prefecture: `（A牵头，B配合，以下均需各县（市、区）人民政府负责落实，不再列出）`: the places go on, B does
    # not; the carry clause is an assignment of its own, `responsible` in every item, also beside a lead (guide R29, s27;
    # it had kept the co of the lead's list)
    _, triples = _run("一、重点任务\n（一）稳定就业。（市人社局牵头，市财政局配合，以下均需各县（市、区）人民政府负责落实，不再列出）\n"
                      "（二）支持创业。（市科技局牵头）\n", "山西省长治市", "prefecture")
    assert triples == {("一/(一)", "长治市人力资源和社会保障局", "lead"), ("一/(一)", "长治市财政局", "co"),
                       ("一/(一)", "各县（市、区）人民政府", "responsible"),
                       ("一/(二)", "长治市科学技术局", "lead"), ("一/(二)", "各县（市、区）人民政府", "responsible")}


def test_a_place_bracket_written_as_tortoise_shells_does_not_void_the_annotation():
    # a Hunan prefecture copy: `各县〔市、区〕人民政府` inside the bracket; the organs around it keep their roles and no
    # truncated `各县` is made up
    _, triples = _run("一、重点任务\n（一）稳定就业。（市人社局牵头，市财政局配合；各县〔市、区〕人民政府负责落实）\n",
                      "湖南省常德市", "prefecture")
    assert ("一/(一)", "常德市人力资源和社会保障局", "lead") in triples
    assert ("一/(一)", "常德市财政局", "co") in triples
    assert not any(name == "各县" for _, name, _ in triples)


def test_a_shared_subject_with_an_adverb_before_its_duty():
    # a 1990s Henan prefecture notice: `A、B要密切配合，共同负责。` (A and B the subject of the later 负责)
    _, triples = _run("一、主要任务\n（一）做好再就业工作。市劳动局、市人事局要密切配合，共同负责。\n", "河南省焦作市", "prefecture")
    assert triples == {("一/(一)", "焦作市劳动局", "responsible"), ("一/(一)", "焦作市人事局", "responsible")}
    # after a lead the co organs stay co (and the lead is not also `responsible`)
    _, triples = _run("一、主要任务\n（一）做好再就业工作。市劳动局牵头，市财政局配合，共同负责资金的管理。\n", "河南省焦作市", "prefecture")
    assert triples == {("一/(一)", "焦作市劳动局", "lead"), ("一/(一)", "焦作市财政局", "co")}


def test_a_spaced_row_under_merged_number_and_task_cells():
    # a Jilin prefecture's tab table whose tabs the cleaner turns into spaces: the second measure of row 1 (merged 序号
    # and task cells, an organ run into its deadline) continues row 1
    table = ("附件\n重点任务分工表\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
             "1\t稳定企业用工\t落实稳岗返还政策\t市人力资源和社会保障局\t市财政局\t2022年底\n"
             "\t\t开展用工对接\t市人力资源和社会保障局\t市工业和信息化局\t2022年6月\n"
             "2\t扶持自主创业\t加大贷款支持\t市人力资源和社会保障局\t市财政局\t长期坚持\n")
    assert _triples(NOTICE + table, "吉林省四平市", "prefecture") == {
        ("一/(一)", "四平市人力资源和社会保障局", "lead"), ("一/(一)", "四平市财政局", "co"),
        ("一/(一)", "四平市工业和信息化局", "co"),
        ("一/(二)", "四平市人力资源和社会保障局", "lead"), ("一/(二)", "四平市财政局", "co")}
