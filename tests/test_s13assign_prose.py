"""Assignments in prose (session 13): a paragraph's subject going on into a sentence that opens with 负责, the 分工负责
of a subject listed with 由, and the role chains of docs/decisions/assign-s13.md. Snippets written for these tests in
the style of other provinces, levels and eras, not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_a_paragraph_subject_without_a_role_goes_on_into_a_sentence_opening_with_fuze():
    # a Hunan county's division of duties: `各乡镇人民政府按照职责分工充分发挥属地职能，…。负责调解…`
    _, triples = _run("五、主要职责\n（一）县民政局负责社会救助工作。\n（二）各乡镇人民政府按照职责分工充分发挥属地职能，组织开展排查。"
                      "负责调解矛盾纠纷。\n（三）县财政局牵头做好资金保障。负责绩效评价。\n", "湖南省常德市澧县", "county")
    # (三): the subject already leads; its second sentence adds no second role
    assert triples == {("五/(一)", "澧县民政局", "responsible"), ("五/(二)", "各乡镇人民政府", "responsible"),
                       ("五/(三)", "澧县财政局", "lead")}


def test_a_new_paragraph_does_not_inherit_the_subject():
    _, triples = _run("五、主要职责\n（一）各乡镇人民政府按照职责分工充分发挥属地职能。\n负责调解矛盾纠纷。\n", "湖南省常德市澧县", "county")
    assert triples == set()


def test_a_subject_named_with_you_then_fengong_fuze():
    # `由A、B安排专职人员，加强组织管理，分工负责…` (a county's staffing item)
    _, triples = _run("六、保障机制\n（一）队伍保障\n1.专班实体化运作。由县住建局、县自然资源局安排专职人员，加强组织管理，"
                      "分工负责专班日常运行管理工作。\n", "湖南省常德市澧县", "county")
    assert triples == {("六/(一)/1", "澧县住房和城乡建设局", "responsible"), ("六/(一)/1", "澧县自然资源局", "responsible")}


def test_a_heading_organ_written_again_as_its_duty_sentences_subject():
    # a Shanghai district plan's 主要职责 section: `（二）区商务委\n区商务委牵头组织…` (one role, from the sentence)
    _, triples = _run("五、主要职责\n（一）区经委\n区经委负责产业政策落实。\n（二）区商务委\n区商务委牵头组织各成员单位开展检查。\n"
                      "（三）区民政局\n指导街镇开展养老服务。\n", "上海市嘉定区", "county")
    assert triples == {("五/(一)", "上海市嘉定区经济委员会", "responsible"), ("五/(二)", "上海市嘉定区商务委员会", "lead"),
                       ("五/(二)", "各成员单位", "co"), ("五/(三)", "上海市嘉定区民政局", "responsible")}


def test_a_unit_and_the_organ_over_it():
    # a Guangxi township's small-works rules: `由项目建设单位及其主管部门负责安全质量监督管理`
    names, triples = _run("三、项目管理\n（一）安全质量管理\n1.由项目建设单位及其主管部门负责安全质量监督管理。\n"
                          "2.由项目建设单位负责质量监督管理。\n", "广西壮族自治区钦州市灵山县檀圩镇", "township")
    assert triples == {("三/(一)/1", "主管部门", "responsible")}
    assert names["主管部门"] == "主管部门"


def test_an_enterprise_in_an_annotation_gets_no_triple():
    # a provincial plan (Henan style): `（省交通运输厅、中国铁路郑州局集团有限公司负责）`
    _, triples = _run("二、重点任务\n（一）完善铁路网。推进城际铁路建设。（省交通运输厅、中国铁路郑州局集团有限公司负责）\n", "河南省", "province")
    assert triples == {("二/(一)", "河南省交通运输厅", "responsible")}


def test_a_zone_listed_in_a_closing_bracket_does_not_void_the_organs():
    # a Xiamen city education plan: `（市教育局基础教育处、火炬高新区）` closing the item's paragraph, no label
    _, triples = _run("三、重点工程\n（一）品牌建设工程\n1.建设教育品牌。开展中小学开放日活动。（市财政局、市科技局、火炬高新区）\n",
                      "福建省厦门市", "prefecture")
    assert {("三/(一)/1", "厦门市财政局", "responsible"), ("三/(一)/1", "厦门市科学技术局", "responsible")} <= triples
