"""Where the prose readings of assignments must NOT fire (issue 12, second wave, precision first).
Spec 1.1 section 6 assigns only from explicit 牵头 / 会同 / 负责 sentences, labels and tables; the
snippets below are the sentences around them that only describe, look back, set up a body, list
contacts or members, or name an event's organisers. Written for these tests in the style of several
provinces, levels and eras (docs/decisions/assignment-precision-s6.md)."""
from tests.test_organs_s5 import _run

COUNTY = ("河南省周口市淮阳县", "county")


def _t(text, region=COUNTY[0], level=COUNTY[1]):
    return _run(text, region, level)[1]


# ---------------------------------------------------------------- a look back is no assignment

def test_background_sentences_opening_with_a_look_back_assign_nothing():
    # a Hebei prefecture plan's 发展现状, a Henan county 工作基础 (2010s-2020s)
    assert _t("一、发展现状\n（一）工作基础。近年来，市商务局牵头开展了电子商务进农村示范工作，取得明显成效。\n",
              "河北省邢台市", "prefecture") == set()
    assert _t("一、基本情况\n2019年以来，县农业农村局会同县财政局实施了高标准农田建设项目，累计建成10万亩。\n"
              "二、主要任务\n（一）加强建设。\n", "河北省邢台市威县") == set()
    assert _t("一、工作基础\n（一）近年来，县教育局会同县财政局实施了薄弱学校改造，各乡镇积极配合。\n"
              "（二）“十三五”以来，县卫健局牵头推进医共体建设，成效明显。\n"
              "（三）去年，县民政局负责完成了全县低保核查。\n") == set()


def test_a_look_back_inside_the_sentence_does_not_stop_a_present_assignment():
    # a Hunan county notice: the look back opens a clause after the assignment, not the sentence
    assert _t("二、主要任务\n（一）县交通运输局负责农村公路养护，巩固近年来的建设成果。\n") == \
        {("二/(一)", "淮阳县交通运输局", "responsible")}
    # a reply letter's report of past work without a look-back opening still counts (guide R9)
    assert _run("二、有关情况\n（一）关于标准制定问题。财政部会同国家发展改革委研究提出了有关意见。\n", "全国", "central")[1] == \
        {("二/(一)", "财政部", "lead"), ("二/(一)", "国家发展和改革委员会", "co")}


# ---------------------------------------------------------------- bodies set up in the item (guide R10)

def test_duties_of_a_body_the_item_sets_up_are_no_assignment():
    # a Fujian prefecture notice (食安委 and its office) and a Jiangxi county 安委会
    assert _run("一、组织保障\n（一）市政府成立食品安全委员会，由市长任主任。市食安委负责统筹协调全市食品安全工作，"
                "市食安办负责日常工作。\n", "福建省泉州市", "prefecture")[1] == set()
    assert _run("一、组织机构\n（一）县政府成立安全生产委员会，县安委会负责统筹全县安全生产工作，县应急管理局承担安委会日常工作。\n",
                "江西省赣州市于都县", "county")[1] == set()
    # the office of the group placed in a bureau: the bureau is where it sits, not an assignee
    assert _t("一、组织领导\n（一）成立工作领导小组。领导小组由县长任组长，县发改局、县财政局为成员单位，"
              "领导小组办公室设在县发改局，县发改局局长兼任办公室主任，负责日常工作。\n") == set()


def test_a_body_set_up_earlier_leads_a_later_item_and_other_organs_keep_their_duties():
    assert _t("一、组织领导\n（一）成立县创建工作领导小组，领导小组负责统筹。\n（二）由县创建工作领导小组牵头开展督查。\n") == \
        {("一/(二)", "淮阳县创建工作领导小组", "lead")}
    assert _t("一、组织领导\n（一）县政府成立乡村振兴领导小组，县农业农村局负责领导小组日常工作。\n") == \
        {("一/(一)", "淮阳县农业农村局", "responsible")}


# ---------------------------------------------------------------- one organ, one role per sentence

def test_a_lead_whose_duty_clause_shares_its_subject_is_not_also_responsible():
    # 由X牵头，负责…: the 负责 clause has no subject of its own
    assert _t("一、主要任务\n（一）由县交通运输局牵头，负责农村公路养护。\n") == {("一/(一)", "淮阳县交通运输局", "lead")}
    assert _t("一、组织保障\n（一）县政府成立县乡村振兴工作专班，由县农业农村局牵头，负责统筹协调。\n") == \
        {("一/(一)", "淮阳县农业农村局", "lead")}


def test_an_organ_named_again_with_a_duty_of_its_own_keeps_both_roles():
    # a central opinion: 分别负责 (responsible), then the same organ 牵头 another task (lead), like guide R8
    assert _run("一、任务\n（一）国务院人力资源社会保障行政部门、教育行政部门分别负责证书的实施，"
                "国务院教育行政部门依照职业标准牵头组织开发教学标准。\n", "全国", "central")[1] == \
        {("一/(一)", "国务院人力资源社会保障行政部门", "responsible"), ("一/(一)", "国务院教育行政部门", "responsible"),
         ("一/(一)", "国务院教育行政部门", "lead")}


# ---------------------------------------------------------------- co clauses

def test_taking_part_inside_a_noun_phrase_gives_no_co():
    assert _t("二、主要任务\n（一）县人社局负责职业技能培训，鼓励企业参与培训，各乡镇参加培训的人员给予补助。\n") == \
        {("二/(一)", "淮阳县人力资源和社会保障局", "responsible")}


def test_co_words_that_do_not_make_a_co_organ():
    assert _t("二、任务\n（一）县文旅局要做好景区提升，县交通局配合修建道路。\n") == set()  # no assignment in the sentence
    assert _t("二、任务\n（一）县文旅局负责景区提升，积极配合省文旅厅开展检查。\n") == \
        {("二/(一)", "淮阳县文化和旅游局", "responsible")}  # the helped organ is no co
    # (s29-assign, guide R33, R40 as the stress o27 adjudication reads them) 配合 in a sentence of its own after the
    # item's lead is the organ's share of the lead's work: co; with no lead in the item it gives nothing (R15)
    assert _t("二、任务\n（一）县民政局负责养老服务。县财政局配合做好资金保障。\n") == \
        {("二/(一)", "淮阳县民政局", "responsible"), ("二/(一)", "淮阳县财政局", "co")}
    assert _t("二、任务\n（一）县民政局要做好养老服务。县财政局配合做好资金保障。\n") == set()
    assert _t("二、任务\n（一）县住建局负责工程监管，接受县纪委监委监督。\n") == \
        {("二/(一)", "淮阳县住房和城乡建设局", "responsible")}
    assert _t("二、任务\n（一）县教育局负责学校安全，并配合县公安局做好校园周边整治。\n") == \
        {("二/(一)", "淮阳县教育局", "responsible")}


# ---------------------------------------------------------------- persons, places, generic exhortations

def test_persons_places_of_people_and_exhortations_assign_nothing():
    assert _run("三、工作要求\n（一）压实责任。分管领导负责具体推进，各乡镇主要负责同志负总责。\n", "甘肃省定西市临洮县", "county")[1] == set()
    assert _run("三、工作要求\n（一）压实责任。县卫生健康局局长负责全面工作，县卫生健康局分管副局长具体负责。\n",
                "甘肃省定西市临洮县", "county")[1] == set()
    assert _t("三、要求\n（一）各乡镇党委书记负总责，分管领导具体负责。\n") == set()
    assert _t("四、工作要求\n（一）各乡镇（街道）党委书记负总责，各村党支部书记为直接责任人。\n") == set()
    assert _run("三、要求\n（一）实行省负总责、市县抓落实的工作机制。\n", "贵州省", "province")[1] == set()
    assert _run("四、工作要求\n（一）各地各部门要高度重视，切实加强领导，确保各项任务落到实处。\n", "云南省", "province")[1] == set()
    assert _run("二、任务\n（一）各地区负责人要亲自部署。\n", "四川省", "province")[1] == set()
    assert _t("二、任务\n（一）对各乡镇负责的项目，县财政局予以补助。\n") == set()
    assert _t("二、任务\n（一）各村民小组负责收集意见。\n") == set()
    assert _run("二、任务\n（一）各社区卫生服务中心负责健康档案管理。\n", "湖北省宜昌市", "prefecture")[1] == set()
    assert _t("三、其他\n（一）请各乡镇负责同志高度重视。\n（二）请县财政局于月底前报送。\n") == set()
    assert _t("四、工作要求\n（一）各乡镇要高度重视，各村要积极参与，确保工作取得实效。\n") == set()


def test_mechanisms_and_articles_that_only_describe():
    assert _t("三、保障\n（一）健全协调机制。完善由县发改局牵头、各部门参与的协调推进机制。\n") == set()
    assert _t("三、保障\n（一）形成县委统一领导、县政府负责、部门协同的工作格局。\n") == set()
    assert _run("第五条 申请人应当向县级以上人民政府民政部门主管的登记机关提出申请。\n", "陕西省", "province")[1] == set()
    assert _run("第二条 本办法所称主管部门，是指县级以上人民政府林业主管部门。\n", "陕西省", "province")[1] == set()
    assert _run("第五条 县级以上人民政府应当加强对养老服务工作的领导。\n第六条 民政部门应当对养老机构进行监督检查。\n",
                "陕西省", "province")[1] == set()
    assert _run("第三十条 违反本办法第十条规定的，由县级以上人民政府市场监督管理部门责令改正，处五千元以上二万元以下罚款。\n",
                "陕西省", "province")[1] == set()
    # the closing 由X负责解释 of an article is the article's (the labelled b2/b7 notices read it so)
    assert _t("第一条 为规范管理，制定本办法。\n第二条 本办法适用于全县。\n第三条 本办法由县财政局负责解释。\n") == \
        {("第三条", "淮阳县财政局", "responsible")}


# ---------------------------------------------------------------- organ-headed items that are lists

def test_items_headed_by_an_organ_in_contact_member_document_and_score_lists_assign_nothing():
    region = ("湖南省长沙市宁乡县", "county")
    assert _run("附件\n联系方式\n1.县民政局 联系人：王明 电话：0731-1234567\n2.县财政局 联系人：李华 电话：0731-7654321\n",
                *region)[1] == set()
    assert _run("附件\n办理地点\n1.县政务服务中心 地址：人民路1号\n2.县人社局 地址：解放路2号 电话：1234567\n", *region)[1] == set()
    assert _run("二、成员\n1.县发改局 张三 局长\n2.县财政局 李四 副局长\n", *region)[1] == set()
    assert _t("附件\n1.县发改局 关于印发项目管理办法的通知\n") == set()
    assert _t("一、领导小组成员\n1.县发改局 成员单位\n2.县财政局 成员单位\n") == set()
    assert _t("二、考核结果\n（一）县教育局 优秀\n（二）县财政局 良好\n") == set()
    assert _run("三、资金安排\n（一）县教育局 50万元，用于校舍维修。\n（二）县卫生局 30万元，用于设备采购。\n", *region)[1] == set()
    # the spec's own form still assigns
    assert _t("二、职责分工\n（一）县发改局 负责项目审批和资金争取。\n（二）县财政局。牵头做好资金保障。\n") == \
        {("二/(一)", "淮阳县发展和改革局", "responsible"), ("二/(二)", "淮阳县财政局", "lead")}


# ---------------------------------------------------------------- an event's organisers

def test_an_events_organisers_on_lines_of_their_own_are_no_assignment():
    # a Jiangsu provincial competition notice
    assert _run("一、组织机构\n（一）主办单位：省体育局\n（二）承办单位：市体育局、市教育局\n（三）协办单位：市总工会\n"
                "二、比赛时间\n（一）2023年5月。\n", "江苏省", "province")[1] == set()
    # the same labels after an item's work in a county 任务分解 list still assign
    assert _run("一、重点任务\n1.加强道路养护。主办单位：县交通运输局；协办单位：县财政局\n", "湖南省邵阳市隆回县", "county")[1] == \
        {("一/1", "隆回县交通运输局", "lead"), ("一/1", "隆回县财政局", "co")}


def test_labels_and_predicates_that_are_not_assignment_labels():
    assert _t("一、组织\n（一）县委办、县政府办为成员单位。\n") == set()
    assert _t("二、任务\n（一）将县发改局列为责任单位考核对象。\n") == set()
    assert _t("三、要求\n（一）各责任单位：要按时报送进展情况。\n") == set()
    assert _t("二、任务\n（一）以县教育局为牵头单位的工作专班要定期会商。\n") == set()


def test_an_item_headed_by_an_organ_without_a_duty_after_it_assigns_nothing():
    # a Shaanxi county commendation notice (2010s): the organ heads a list entry, no work follows
    assert _run("二、先进单位\n1.县财政局 被评为年度目标考核先进单位\n2.县教育局 荣获全市教育系统表彰\n",
                "陕西省汉中市城固县", "county")[1] == set()
    # the spec's own form (an organ, a space, its duties) still assigns
    assert _run("二、职责分工\n1.县财政局 统筹安排专项资金\n2.县教育局 组织学校开展宣传\n", "陕西省汉中市城固县", "county")[1] == \
        {("二/1", "城固县财政局", "responsible"), ("二/2", "城固县教育局", "responsible")}


def test_a_task_tables_column_names_on_lines_of_their_own_assign_nothing():
    # a Hubei prefecture's 任务分工表 copied from a web page: the header cells run one per line
    assert _run("一、任务\n（一）推进签约服务。\n（二）加强培训。\n附件2\n任务分工表\n序号\n工作事项\n牵头单位\n配合单位\n"
                "市卫健委内牵头处室\n市卫健委内配合处室\n", "湖北省武汉市", "prefecture")[1] == set()


def test_in_charge_and_supervision_in_duty_articles_without_the_spec_words_assign_nothing():
    # spec 1.1 section 6 assigns from 牵头, 会同 or 负责; a Guangxi 条例 and a Hebei 办法 (2000s-2020s)
    assert _run("第一章 总则\n第一条 为加强古树名木保护，制定本条例。\n"
                "第二条 县级以上人民政府林业主管部门主管本行政区域内的古树名木保护管理工作。\n", "广西壮族自治区", "province")[1] == set()
    assert _run("第一章 总则\n第一条 为规范管理，制定本办法。\n"
                "第二条 市市场监督管理局对本市计量工作实施统一监督管理。\n", "河北省保定市", "prefecture")[1] == set()
    assert _run("第一章 总则\n第一条 为规范管理，制定本办法。\n"
                "第二条 市民政局是本市殡葬管理工作的主管部门。\n", "河北省保定市", "prefecture")[1] == set()
    assert _run("第一章 总则\n第一条 为规范管理，制定本办法。\n"
                "第二条 国务院专利行政部门依法对专利代理行业组织进行监督、指导。\n", "全国", "central")[1] == set()
    # 负责 in the same article still assigns, also after 主管 or 对…监督管理 (older rule: X对…，并负责…)
    assert _run("第一章 总则\n第一条 为规范管理，制定本办法。\n"
                "第二条 市市场监督管理局对本市计量工作实施统一监督管理，并负责计量器具的检定。\n", "河北省保定市", "prefecture")[1] == \
        {("第一章/第二条", "保定市市场监督管理局", "responsible")}


def test_duty_words_used_as_attributes_of_a_noun_assign_nothing():
    # a Henan county 督查通报 (2020s): 负责的/牵头的 describe projects, they give no work
    assert _t("二、问题\n（一）县发改局负责的项目，由县财政局拨付资金。\n") == set()
    assert _t("二、问题\n（一）县住建局牵头的三个项目进度滞后，需加快推进。\n") == set()
    assert _t("二、问题\n（一）经查，县住建局负责的城区道路项目存在质量问题。\n") == set()
    assert _run("第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 市民政局负责的养老服务补贴按本办法发放。\n",
                "辽宁省鞍山市", "prefecture")[1] == set()
    # the duty itself still assigns
    assert _t("二、任务\n（一）县住建局负责城区道路改造，县发改局牵头项目储备。\n") == \
        {("二/(一)", "淮阳县住房和城乡建设局", "responsible"), ("二/(一)", "淮阳县发展和改革局", "lead")}


def test_a_mechanism_right_after_the_items_number_is_no_assignment():
    # guide R3 with the mechanism opening the item itself (a Henan county 保障措施)
    assert _t("三、保障\n（一）建立由县发改局牵头、各部门参与的协调机制。\n") == set()
    # a mechanism named, then work given to an organ: the work assigns
    assert _t("三、保障\n（一）建立考核机制，由县委督查室负责对各乡镇进行考核。\n") == \
        {("三/(一)", "中共淮阳县委督查室", "responsible")}


def test_the_office_of_a_body_the_item_sets_up_by_its_short_name():
    assert _t("一、组织领导\n（一）成立县创文工作领导小组，领导小组下设办公室，县创文办负责日常工作。\n") == set()
    assert _t("一、组织领导\n（一）成立县推进乡村振兴工作领导小组（以下简称领导小组），领导小组负责统筹协调全县乡村振兴工作。\n") == set()
    # another organ's office is no office of the body
    assert _t("一、组织\n（一）成立县创文工作领导小组，县政府办负责会务保障。\n") == \
        {("一/(一)", "淮阳县人民政府办公室", "responsible")}


def test_a_bare_role_word_closing_a_principle_is_no_label():
    # a Henan county's 基本原则 (坚持党委领导、政府牵头：…; 部门配合：…)
    assert _t("一、基本原则\n（一）坚持党委领导、政府牵头：各乡镇党委政府要把此项工作摆上重要议事日程。\n"
              "（二）部门配合：县直各部门要按照职责分工，密切配合。\n") == set()
    # the bare label opening its clause still assigns (older test: 牵头：A；配合：B)
    assert _run("一、重点任务\n1.加强道路养护。牵头：县交通运输局；配合：县财政局\n", "湖南省邵阳市隆回县", "county")[1] == \
        {("一/1", "隆回县交通运输局", "lead"), ("一/1", "隆回县财政局", "co")}


def test_taking_part_as_an_attribute_gives_no_co():
    assert _t("二、任务\n（一）县民政局负责，建立社会力量参与的帮扶机制，各乡镇参与的考核。\n") == \
        {("二/(一)", "淮阳县民政局", "responsible")}
