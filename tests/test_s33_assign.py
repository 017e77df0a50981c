"""Assignments, session 33 (s33-assign): classes read from the opened A32–A35 (how the notices phrase and lay out who does
the work): a task table's note that speaks for every row after another sentence of the note; a zone board sharing the 各
of the governments before it (also `园区管委会`, also before 落实); the board bracketed with 〈〉 after the governments inside
an annotation; two names of no known kind side by side in an annotation's enumeration; a body of the kind 机构 and units
of a level in an annotation; a town's bare service units beside its offices in a subject or heading list; an item of a
职责分工 section opened by its organs as the subject of the work (`是…责任主体`) or by people's organisations with
`结合各自职能`; a web page's footer that is no assignment.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (A33–A35 a405, a415, a420, a388, a394, a376, a383, a389, a377, a407, a402); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_every_row_note_after_another_sentence_of_the_note():
    # a Hubei city table (2019): the note's first sentence declares the first-listed lead, the second gives the counties
    # and the zones' boards every row (guide R27)
    text = ("一、重点任务\n（一）优化服务。推进改革。\n附件\n重点任务清单\n"
            "序号\t任务\t牵头单位\t责任单位\t完成时限\n"
            "1\t压缩开办时间\t市市场监管局\t市公安局\t2019年6月底前\n"
            "2\t压缩审批时间\t市住房城乡建设局\t市自然资源和规划局\t2019年12月底前\n"
            "注：牵头单位有两个的，列第一位的为总牵头单位。各县（市、区）人民政府、开发区管委会负责本辖区相关任务落实。\n")
    _, triples = _run(text, "湖北省宜昌市", "prefecture")
    rows = {t for t in triples if t[1].startswith("各")}
    assert {t[0] for t in rows} == {"表/1", "表/2"} and {t[2] for t in rows} == {"responsible"}
    assert {t[1] for t in rows if t[0] == "表/1"} == {"各县（市、区）人民政府", rows_board(rows)}
    assert ("表/1", "宜昌市市场监督管理局", "lead") in triples and ("表/2", "宜昌市自然资源和规划局", "co") in triples


def rows_board(rows):
    boards = {t[1] for t in rows if "管" in t[1]}
    assert len(boards) == 1 and next(iter(boards)).startswith("各开发区管")
    return next(iter(boards))


def test_a_note_sentence_that_is_not_under_the_label_is_no_note():
    # the sentence after the table without a 注 label, opening with another sentence, stays the body's (nothing per row)
    text = ("一、重点任务\n（一）优化服务。推进改革。\n附件\n重点任务清单\n"
            "序号\t任务\t牵头单位\t责任单位\t完成时限\n"
            "1\t压缩开办时间\t市市场监管局\t市公安局\t2019年6月底前\n"
            "请认真落实。各县（市、区）人民政府负责本辖区相关任务落实。\n")
    _, triples = _run(text, "湖北省宜昌市", "prefecture")
    assert not any(t[1] == "各县（市、区）人民政府" and t[0] == "表/1" for t in triples)


def test_zone_board_after_the_governments_before_luoshi_in_a_carry():
    # a Jiangxi city opinion (2021): `以下均需…人民政府、管委会落实，不再列出` carries both collectives into the later items
    text = ("二、主要任务\n（一）完善服务\n1．落实政策。落实假期。（责任单位：市人社局、市总工会，各县（市、区）人民政府、管委会。"
            "以下均需各县（市、区）人民政府、管委会落实，不再列出）\n2．加强指导。开展活动。（责任单位：市卫健委）\n")
    _, triples = _run(text, "江西省赣州市", "prefecture")
    later = {t[1] for t in triples if t[0] == "二/(一)/2"}
    assert "各县（市、区）人民政府" in later and any(n.startswith("各管") for n in later) and "赣州市卫生健康委员会" in later


def test_board_in_angle_brackets_after_the_governments_keeps_the_annotation():
    # a Guangdong city opinion in traditional characters (2015): `各區政府〈管委會〉` inside the bracket
    text = ("二、主要任務\n（一）完善網絡。建設服務中心。（市民政局牽頭，市財政局、各區政府〈管委會〉負責）\n"
            "（二）加快建設。推進建設。（市民政局、市發展改革局，各區政府〈管委會〉按職責分工負責）\n")
    _, triples = _run(text, "广东省江门市", "prefecture")
    assert ("二/(一)", "江门市民政局", "lead") in triples and ("二/(一)", "江门市财政局", "co") in triples
    assert ("二/(二)", "江门市民政局", "responsible") in triples and ("二/(二)", "江门市发展和改革局", "responsible") in triples
    assert any(t[0] == "二/(二)" and t[1].startswith("各区") for t in triples)


def test_two_unknown_names_side_by_side_do_not_void_the_bureaus():
    # a Henan city plan (2016): an airport and a railway unit after the city's bureaus
    text = ("二、主要任务\n（一）发展联运。建设货运站。（市交通运输局、市发展改革委、新郑机场、郑州铁路局郑州车务段负责）\n"
            "（二）推进标准化。推广托盘。（市质监局、市商务局负责）\n")
    _, triples = _run(text, "河南省郑州市", "prefecture")
    assert triples == {("二/(一)", "郑州市交通运输局", "responsible"), ("二/(一)", "郑州市发展和改革委员会", "responsible"),
                       ("二/(二)", "郑州市质量技术监督局", "responsible"), ("二/(二)", "郑州市商务局", "responsible")}


def test_a_work_clause_in_the_enumeration_still_voids():
    # prose in brackets is no annotation because one of its 、-members is work, not a name
    text = "二、主要任务\n（一）发展联运。建设货运站。（市交通运输局、加强宣传、郑州铁路局郑州车务段负责）\n"
    _, triples = _run(text, "河南省郑州市", "prefecture")
    assert triples == set()


def test_a_body_of_the_kind_jigou_and_units_of_the_ministry_in_an_annotation():
    # a ministry's work points (Ministry of Agriculture style, 2014): its 司 lead; the 派出机构 and the ministry's own
    # budget units are listed with them
    text = ("一、推进公开\n1．公开审批事项。公开目录。（法规司牵头，各有关司局和派出机构配合）\n"
            "2．公开预算。公开部门预算。（财务司牵头，部属各预算单位配合）\n")
    _, triples = _run(text, "全国", "central", ["农业部办公厅"])
    assert ("一/1", "农业部产业政策与法规司", "lead") in triples and ("一/2", "农业部财务司", "lead") in triples


def test_bare_service_units_beside_a_towns_offices():
    # a Hunan town plan (2020): its stations listed after the offices in a heading and in a 会同 subject
    text = ("三、工作职责\n（一）镇直站所职责。\n1.财政所：负责落实工作经费。\n2.司法所、文化站、农技站：分别负责宣传和调解。\n"
            "3.派出所：负责查处违法行为。\n四、物资储备\n物资要全部到位，由财政所、水利站会同各村登记造册。\n")
    _, triples = _run(text, "湖南省常德市桃源县漳江镇", "township")
    assert ("三/(一)/2", "桃源县漳江镇司法所", "responsible") in triples
    assert ("四", "桃源县漳江镇财政所", "lead") in triples
    assert ("三/(一)/1", "桃源县漳江镇财政所", "responsible") in triples


def test_division_items_opened_by_the_subject_of_the_work_or_by_peoples_organisations():
    # a Heilongjiang city opinion (2010): the city's 落实部门职责 section
    text = ("五、落实部门职责\n（一）市民政局负责政策制定和业务指导。\n（二）市财政局负责资金安排。\n"
            "（三）市总工会、团市委、市妇联等人民团体要结合各自职能，积极参与救助工作。\n"
            "（四）各县（市）人民政府是救助工作的责任主体，要将工作纳入考核。\n")
    _, triples = _run(text, "黑龙江省齐齐哈尔市", "prefecture")
    assert {t for t in triples if t[0] == "五/(三)"} == {
        ("五/(三)", "齐齐哈尔市总工会", "responsible"), ("五/(三)", "共青团齐齐哈尔市委员会", "responsible"),
        ("五/(三)", "齐齐哈尔市妇女联合会", "responsible")}
    assert ("五/(四)", "各县（市）人民政府", "responsible") in triples


def test_subject_of_the_work_outside_a_division_section_gives_nothing():
    # the same wording in a section that does not divide duties is no organ-headed item
    text = "二、保障措施\n（一）各县（市）人民政府是救助工作的责任主体，要将工作纳入考核。\n"
    _, triples = _run(text, "黑龙江省齐齐哈尔市", "prefecture")
    assert triples == set()


def test_a_web_footer_sponsor_is_no_lead():
    # a provincial government site's footer after the last item (the line names the site's keepers beside its sponsor)
    text = ("二、措施\n（十七）营造氛围。加强宣传。（省人力资源社会保障厅、省委宣传部等按职责分工负责）\n\n"
            "【我要打印】　【关闭窗口】\n浙江省人民政府　版权所有\n"
            "浙江省人民政府网 主办单位：浙江省人民政府办公厅　运行维护单位：浙江省大数据发展中心\n")
    _, triples = _run(text, "浙江省", "province")
    assert triples == {("二", "浙江省人力资源和社会保障厅", "responsible"), ("二", "中共浙江省委宣传部", "responsible")}


def test_departments_joining_after_their_own_work_clauses_are_co_after_the_lead():
    # a Shanxi city plan (2014): the governments answer for the whole, the city's departments name their own work and then
    # join it (guide R40 made precise)
    text = ("三、保障措施\n（一）加强领导。成立领导小组。\n（二）明确分工。各县（区）人民政府对本辖区空气质量负总责，要制定实施方案。"
            "市直有关部门要按照职责分工，制定具体措施，加强指导和监督，密切配合，形成合力。\n")
    _, triples = _run(text, "山西省晋中市", "prefecture")
    assert {t for t in triples if t[0] == "三/(二)"} == {("三/(二)", "各县（区）人民政府", "responsible"),
                                                        ("三/(二)", "晋中市直有关部门", "co")}


def test_organs_whose_staff_make_up_a_body_are_not_given_its_duty():
    # a Shaanxi county plan (2018): an inspection team made up of two organs' staff, given the duty after its make-up
    text = ("二、组织领导\n成立县秸秆禁烧工作领导小组。领导小组下设督查组，由县纪委副书记任组长，县纪委、县政府办人员组成，"
            "负责督查和责任追究。\n")
    _, triples = _run(text, "陕西省咸阳市礼泉县", "county")
    assert not any(t[1] in ("中共礼泉县纪律检查委员会", "礼泉县人民政府办公室") for t in triples)


def test_office_of_a_joint_meeting_built_in_the_same_sentence_is_given_its_work():
    # a Yunnan city opinion (2021): the joint meeting's make-up runs over commas; its office, seated in an organ, is given
    # work with an object (guide R28 made precise)
    text = ("三、保障措施\n（一）加强组织领导。建立由市政府分管领导为召集人，市卫健委、市发展改革委、市教育局、市公安局、市民政局、市财政局、市人社局、市住建局、市市场监管局、市总工会、市妇联等部门和单位组成的"
            "昆明市托育服务工作联席会议制度，联席会议办公室设在市卫健委，负责统筹协调全市托育服务发展工作。\n")
    _, triples = _run(text, "云南省昆明市", "prefecture")
    # (s37-assign) with its host organ (S33 CK Q3: `the host organ, responsible`; a415's gold)
    assert triples == {("三/(一)", "昆明市托育服务工作联席会议办公室", "responsible"), ("三/(一)", "昆明市卫生健康委员会", "responsible")}


def test_office_doing_only_routine_coordination_and_pushing_gets_nothing():
    # a Sichuan city plan (2021): the leading group's office (seated in brackets) coordinates and pushes: routine (R28)
    text = "三、保障措施\n（一）加强组织领导。市优化营商环境工作领导小组办公室（设在市发展改革委）负责统筹协调、督促推进。\n"
    _, triples = _run(text, "四川省德阳市", "prefecture")
    assert triples == set()


def test_a_service_unit_leading_with_the_villages():
    # a Henan town plan (2019): the town's agricultural service station works together with the villages
    text = ("五、综合利用\n（一）机械还田。推广还田。\n（二）多元利用。推进饲料化利用。镇农技站要会同各村摸清利用主体底数，于6月10日前上报县农业农村局。\n")
    _, triples = _run(text, "河南省周口市郸城县汲冢镇", "township")
    assert triples == {("五/(二)", "各村", "co")}
