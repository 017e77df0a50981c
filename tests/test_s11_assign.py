"""Assignments by construction class (session 11, from the classes of batch b3's errors): organ-headed items of a
责任分工 section (a list closed by 等<kind>, a division in brackets, enforcement verbs, a later 牵头 with the organs it
takes along), members named after a lead, alternatives joined by 或, subjects written from 自治县/自治州, a time word
before the subject, delegation, the permissive 可 and 依据各自职责. Snippets written for these tests in the style of
other provinces, levels and eras (docs/decisions/assign-s11.md), not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_organ_headed_items_of_a_division_section():
    # a Zhejiang county 渣土 治理方案 (2019): heading lists closed by 等行业主管部门, a division in brackets, duties that
    # open with enforcement verbs, and a later sentence opening with 牵头 (the organs taken along are co)
    _, triples = _run("四、责任分工\n（一）县综合行政执法局\n依法严查渣土车辆沿途抛洒、乱倒等行为。牵头县公安局、县交通运输局，每月开展联合执法。\n"
                      "（二）县住建局、县水利局等行业主管部门\n压实建设单位主体责任，督促工地落实冲洗设施。\n"
                      "（三）县公安局（交警大队）\n依法查处渣土车辆交通违法行为。\n", "浙江省金华市浦江县", "county")
    assert triples == {("四/(一)", "浦江县综合行政执法局", "lead"), ("四/(一)", "浦江县公安局", "co"),
                       ("四/(一)", "浦江县交通运输局", "co"), ("四/(二)", "浦江县住房和城乡建设局", "responsible"),
                       ("四/(二)", "浦江县水利局", "responsible"), ("四/(三)", "浦江县公安局", "responsible")}


def test_a_heading_list_run_on_with_its_duties_in_a_copy():
    # the same county form where the copy lost the heading's line break: the 等-close still ends the heading
    _, triples = _run("四、责任分工\n（一）县综合行政执法局\n依法严查渣土车辆沿途抛洒、乱倒等行为。牵头县公安局、县交通运输局，每月开展联合执法。\n"
                      "（二）县住建局、县交通运输局、县水利局等行业主管部门\n压实建设单位主体责任，督促工地落实冲洗设施。\n",
                      "浙江省金华市浦江县", "county")
    assert triples == {("四/(一)", "浦江县综合行政执法局", "lead"), ("四/(一)", "浦江县公安局", "co"),
                       ("四/(一)", "浦江县交通运输局", "co"), ("四/(二)", "浦江县住房和城乡建设局", "responsible"),
                       ("四/(二)", "浦江县交通运输局", "responsible"), ("四/(二)", "浦江县水利局", "responsible")}
    # outside a section dividing duties a run-on list with a bare verb stays prose (no 负责: no assignment)
    _, triples = _run("二、工作措施\n（一）县住建局、县交通运输局等行业主管部门加强工地巡查。\n", "浙江省金华市浦江县", "county")
    assert triples == set()


def test_a_result_list_and_a_member_list_without_a_lead_still_assign_nothing():
    # a Hebei county: outside a division section an organ heading a result list gets nothing
    _, triples = _run("二、检查结果\n（一）县财政局 严格按期整改到位\n", "河北省保定市涞源县", "county")
    assert triples == set()
    _, triples = _run("一、组织\n（一）县委办、县政府办为成员单位。\n", "河南省周口市淮阳县", "county")
    assert triples == set()


def test_members_named_after_a_lead_are_co():
    # a Hunan prefecture 专项整治 notice (2016): 由A牵头，B、C和各区人民政府为成员单位，负责… (the 负责 is the body's)
    _, triples = _run("二、组织保障\n成立专项整治工作组，由市城管局牵头，市公安局、市交通运输局、市住建局和各区人民政府为成员单位，"
                      "负责统筹协调整治工作。\n", "湖南省株洲市", "prefecture")
    assert triples == {("二", "株洲市城管局", "lead"), ("二", "株洲市公安局", "co"),
                       ("二", "株洲市交通运输局", "co"), ("二", "株洲市住房和城乡建设局", "co"), ("二", "各区人民政府", "co")}
    # a Guangxi district: a division in brackets and a zone (no organ in the tables) do not cut the member list
    _, triples = _run("三、组织领导\n成立工作专班，由区市场监管局牵头，区公安分局（治安）、区商务局、高新区及区财政局为成员单位。\n",
                      "广西壮族自治区南宁市青秀区", "county")
    assert triples == {("三", "南宁市青秀区市场监督管理局", "lead"), ("三", "南宁市公安局青秀分局", "co"),
                       ("三", "南宁市青秀区商务局", "co"), ("三", "南宁市青秀区财政局", "co")}


def test_alternatives_joined_by_huo_each_take_the_role():
    # a Jiangxi county 河道管理办法: 由A或者B会同C划定; a Fujian prefecture: 会同A或B
    _, triples = _run("第一条 为加强河道管理，制定本办法。\n第六条 河道管理范围由县水利局或者县自然资源局会同乡镇人民政府划定。\n",
                      "江西省赣州市安远县", "county")
    assert triples == {("第六条", "安远县水利局", "lead"), ("第六条", "安远县自然资源局", "lead"), ("第六条", "乡镇人民政府", "co")}
    _, triples = _run("第一条 为规范管理，制定本办法。\n第八条 违反本办法第五条规定的，由市民政局会同市公安局或区人民政府责令限期改正。\n",
                      "福建省三明市", "prefecture")
    assert triples == {("第八条", "三明市民政局", "lead"), ("第八条", "三明市公安局", "co"), ("第八条", "区人民政府", "co")}


def test_subjects_written_from_an_autonomous_prefecture_or_county():
    # a Yunnan autonomous prefecture 条例: 自治州X负责…; 由自治州A会同自治州B…
    _, triples = _run("第一条 为加强管理，制定本条例。\n第五条 自治州民族宗教事务局负责本条例的组织实施，自治州财政局配合做好经费保障。\n"
                      "第六条 由自治州住房城乡建设局会同自治州自然资源局编制专项规划。\n", "云南省红河哈尼族彝族自治州", "prefecture")
    assert triples == {("第五条", "红河哈尼族彝族自治州民族宗教事务局", "responsible"), ("第五条", "红河哈尼族彝族自治州财政局", "co"),
                       ("第六条", "红河哈尼族彝族自治州住房和城乡建设局", "lead"), ("第六条", "红河哈尼族彝族自治州自然资源局", "co")}


def test_a_time_word_before_the_subject():
    # a Sichuan county reply (办理情况): 2019年X将会同Y…; 下一步X要牵头…
    _, triples = _run("一、关于加快建设问题\n（一）关于资金支持。2019年县发改局将会同县财政局积极争取上级资金。\n"
                      "（二）关于项目审批。下一步县自然资源局要牵头做好用地保障。\n", "四川省宜宾市江安县", "county")
    assert triples == {("一/(一)", "江安县发展和改革局", "lead"), ("一/(一)", "江安县财政局", "co"),
                       ("一/(二)", "江安县自然资源局", "lead")}


def test_delegation_permission_and_according_to_duties():
    # an Anhui county 办法: X可以委托<a company>，负责… (the delegate's, no organ); X可会同Y…; A、B等部门依据各自职责，负责…
    _, triples = _run("第一条 为规范管理，制定本办法。\n第七条 县住房保障部门可以委托物业服务企业，负责公租房的日常巡查。\n"
                      "第八条 县民政局可会同县公安局对申请家庭的情况开展核查。\n第九条 县发展改革、财政等部门依据各自职责，负责相关工作。\n",
                      "安徽省六安市舒城县", "county")
    assert triples == {("第八条", "舒城县民政局", "lead"), ("第八条", "舒城县公安局", "co"),
                       ("第九条", "舒城县发展和改革局", "responsible"), ("第九条", "舒城县财政局", "responsible")}


def test_host_and_co_host_in_prose():
    # a Hubei county competition item (2010s): 由A主办，B、C协办 (a division of the work: lead and co); 主办 alone gives
    # nothing, and the 主办单位 label on a line of its own stays an event's organiser (tests/test_assignments_precision.py)
    _, triples = _run("一、主要任务\n（一）举办技能大赛。由县人社局主办，县总工会、县教育局协办。\n（二）举办展销会。由县商务局主办。\n",
                      "湖北省宜昌市远安县", "county")
    assert triples == {("一/(一)", "远安县人力资源和社会保障局", "lead"), ("一/(一)", "远安县总工会", "co"),
                       ("一/(一)", "远安县教育局", "co")}


def test_jointly_with_and_the_lead_named_as_a_duty_taken_on():
    # a Shandong county: A联合B负责… (as 会同); A联合B开展… without 负责 names no assignment; a Jiangsu county (2000s):
    # A承担牵头职责 / 担负起牵头责任 / 由A总牵头
    _, triples = _run("一、主要任务\n（一）开展联合执法。县市场监管局联合县公安局负责打击假冒伪劣。\n"
                      "（二）开展检查。县应急局联合县消防救援大队开展检查。\n", "山东省临沂市沂水县", "county")
    assert triples == {("一/(一)", "沂水县市场监督管理局", "lead"), ("一/(一)", "沂水县公安局", "co")}
    _, triples = _run("一、主要任务\n（一）推进改革。县发改局承担牵头职责，县财政局参与。\n（二）加强监管。县市场监管局要切实担负起牵头责任，"
                      "县公安局要积极配合。\n（三）完善制度。此项工作由县司法局总牵头。\n", "江苏省徐州市丰县", "county")
    assert triples == {("一/(一)", "丰县发展和改革局", "lead"), ("一/(一)", "丰县财政局", "co"),
                       ("一/(二)", "丰县市场监督管理局", "lead"), ("一/(二)", "丰县公安局", "co"), ("一/(三)", "丰县司法局", "lead")}


def test_a_lead_named_once_for_several_items():
    # a Shanxi county plan: `以上各项工作由A牵头，B配合` on a line after the last item covers every item of the list
    region = ("山西省晋中市榆社县", "county")
    _, triples = _run("一、重点任务\n（一）加强宣传。\n（二）强化培训。\n（三）完善制度。\n以上各项工作由县委宣传部牵头，县教育局配合。\n"
                      "二、保障措施\n（一）加强领导。\n", *region)
    assert triples == {(t, n, r) for t in ("一/(一)", "一/(二)", "一/(三)")
                       for n, r in (("中共榆社县委宣传部", "lead"), ("榆社县教育局", "co"))}
    # a range of items (`第（一）至（二）项`), in prose after item (三) and in a bracket (`以上1-2项`): the range only
    _, triples = _run("一、重点任务\n（一）加强宣传。\n（二）强化培训。\n（三）完善制度。\n第（一）至（二）项由县发改局牵头，县财政局配合。\n",
                      *region)
    assert triples == {(t, n, r) for t in ("一/(一)", "一/(二)")
                       for n, r in (("榆社县发展和改革局", "lead"), ("榆社县财政局", "co"))}
    _, triples = _run("一、重点任务\n1.加强宣传。\n2.强化培训。\n3.完善制度。（以上1-2项责任单位：县发改局）\n", *region)
    assert triples == {("一/1", "榆社县发展和改革局", "responsible"), ("一/2", "榆社县发展和改革局", "responsible")}
    _, triples = _run("一、重点任务\n1.加强宣传。\n2.强化培训。\n3.完善制度。\n（以上1-3项责任单位：县发改局）\n", *region)
    assert triples == {(t, "榆社县发展和改革局", "responsible") for t in ("一/1", "一/2", "一/3")}
    # `上述工作` inside an item is that item's own work
    _, triples = _run("一、重点任务\n（一）加强宣传。上述工作由县委宣传部负责。\n（二）强化培训。\n", *region)
    assert triples == {("一/(一)", "中共榆社县委宣传部", "responsible")}


def test_a_half_width_semicolon_ends_a_duty_clause():
    # a Shaanxi county 办法 copied from a web page in half-width punctuation: `A负责…;B负责…`
    _, triples = _run("第一条 为规范管理,制定本办法.\n第六条 县民政部门负责审查申请家庭的经济状况;县住房保障部门负责审查其住房困难状况.\n",
                      "陕西省宝鸡市凤县", "county")
    assert triples == {("第六条", "凤县民政局", "responsible"), ("第六条", "凤县住房保障部门", "responsible")}


def test_a_school_or_enterprise_in_a_co_list_does_not_void_the_organs():
    # a Liaoning provincial plan in prose: 由A、B牵头，C、D、<a university>配合; <a grid company> at the list's end
    _, triples = _run("一、任务\n（一）发展老年教育。由省民政厅、省教育厅牵头，省财政厅、省人力资源社会保障厅、省老年大学配合。\n"
                      "（二）保障供电。由省能源局牵头，省住房城乡建设厅、国网辽宁省电力有限公司配合。\n", "辽宁省", "province")
    assert triples == {("一/(一)", "辽宁省民政厅", "lead"), ("一/(一)", "辽宁省教育厅", "lead"), ("一/(一)", "辽宁省财政厅", "co"),
                       ("一/(一)", "辽宁省人力资源和社会保障厅", "co"), ("一/(二)", "辽宁省能源局", "lead"),
                       ("一/(二)", "辽宁省住房和城乡建设厅", "co")}


def test_work_given_with_zecheng():
    # a Hunan provincial notice of the 1990s: <government>责成A会同B… (A lead, B co; the government gives the work);
    # 责成 without 牵头/会同/负责 stays no assignment (spec words)
    _, triples = _run("一、任务\n（一）清理整顿。省政府责成省计委会同省财政厅抓紧研究提出意见。\n（二）加强检查。责成省计委负责组织实施。\n"
                      "（三）总结经验。省政府责成省计委、省财政厅抓紧研究提出意见。\n", "湖南省", "province")
    assert triples == {("一/(一)", "湖南省计划委员会", "lead"), ("一/(一)", "湖南省财政厅", "co"),
                       ("一/(二)", "湖南省计划委员会", "responsible")}


def test_a_duty_paragraph_going_on_to_a_lead_after_a_semicolon():
    # a Guangdong district's 职责分工 paragraphs: `A负责…；牵头…` (A leads, one role), `B负责…；配合…` (B responsible)
    _, triples = _run("五、职责分工\n（一）领导小组\n负责统筹协调。\n（二）成员单位\n区住房城乡建设局负责推动老旧小区改造；牵头落实市级相关配套政策。\n"
                      "区财政局负责资金保障；配合做好审计工作。\n", "广东省佛山市南海区", "county")
    assert triples == {("五/(二)", "佛山市南海区住房和城乡建设局", "lead"), ("五/(二)", "佛山市南海区财政局", "responsible")}
