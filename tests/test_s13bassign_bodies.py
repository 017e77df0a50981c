"""Assignments of a working body and the units that staff it (session 13, second wave). Snippets written for these
tests in the style of other provinces, levels and eras (docs/decisions/assign-s13b.md), not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_units_that_staff_a_body_work_with_it_as_co():
    # a Guangdong district's 职责分工: the office of a leading group run by three deputy-director units, which then
    # leads the group's members (`X由A、B、C三家副主任单位协同开展工作，负责…，牵头组织各领导小组成员单位…`)
    text = ("一、职责分工\n（一）区城市更新领导小组\n负责统筹全区城市更新工作。\n（二）区更新办\n"
            "区更新办由区发展改革委、区住房城乡建设局、区自然资源局三家副主任单位协同开展工作，负责城市更新工作的统筹实施，"
            "牵头组织各领导小组成员单位依法履责。\n")
    _, triples = _run(text, "广东省深圳市南山区", "county")
    assert triples == {("一/(一)", "深圳市南山区城市更新领导小组", "responsible"),
                       ("一/(二)", "深圳市南山区更新办", "lead"),
                       ("一/(二)", "深圳市南山区发展和改革委员会", "co"),
                       ("一/(二)", "深圳市南山区住房和城乡建设局", "co"),
                       ("一/(二)", "深圳市南山区自然资源局", "co"),
                       ("一/(二)", "各领导小组成员单位", "co")}


def test_a_body_made_up_of_units_is_still_no_assignment():
    # `由A、B组成` is the body's make-up (guide R11), not units working with it
    text = ("一、保障措施\n（一）加强领导。成立县农村改厕工作专班，专班由县农业农村局、县卫生健康局组成，"
            "县农业农村局为牵头单位。\n")
    _, triples = _run(text, "河南省周口市西华县", "county")
    assert triples == set()


def test_the_organs_a_lead_takes_along_after_its_own_duty():
    # a Jilin city plan: `X负责…，牵头组织Y…` (the 牵头 after 负责 makes X lead; the organs it takes along are co)
    text = "一、重点任务\n（一）推进数据共享。市政务服务和数字化建设管理局负责平台建设，牵头组织市公安局、市民政局开展数据对接。\n"
    _, triples = _run(text, "吉林省长春市", "prefecture")
    assert triples == {("一/(一)", "长春市政务服务和数字化建设管理局", "lead"),
                       ("一/(一)", "长春市公安局", "co"), ("一/(一)", "长春市民政局", "co")}
    # the members of the body, a collective as written
    text = "一、重点任务\n（一）推进数据共享。市大数据局负责平台建设，牵头协调联席会议各成员单位做好数据归集。\n"
    _, triples = _run(text, "吉林省长春市", "prefecture")
    assert triples == {("一/(一)", "长春市大数据局", "lead"), ("一/(一)", "联席会议各成员单位", "co")}


def test_an_unknown_unit_opening_a_co_list_voids_nothing():
    # a Jinshan district township plan (Shanghai): `A牵头，<a unit the tables miss>、B等部门配合` (the unknown gets nothing, B stays co)
    text = ("三、工作要求\n（一）加强领导。镇党委统一部署。\n"
            "（二）明确责任。镇党政办牵头，镇执法队、镇市场监管所等部门配合，做好整治工作。\n")
    _, triples = _run(text, "上海市金山区枫泾镇", "township")
    assert triples == {("三/(二)", "上海市金山区枫泾镇党政办", "lead"), ("三/(二)", "上海市金山区枫泾镇市场监督管理所", "co")}  # (s19-org: 市场监管所 written out, as 市场监管局; s22: the lead an office, 城运中心 being a service unit under D39)
