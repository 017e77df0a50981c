"""Session 23 (s23-assign) responsibility rules, each on a snippet written for this test in the style of a province,
level or era other than the notice that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from tests.snippets import triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s23assign")


CARRIED_BESIDE_LEAD = """邯郸市人民政府办公室关于印发邯郸市养老服务提升行动方案的通知

各县（市、区）人民政府，市政府有关部门：
现将《邯郸市养老服务提升行动方案》印发给你们，请认真贯彻落实。

邯郸市养老服务提升行动方案

一、重点任务
（一）建设社区养老服务中心。每个街道建成1个综合养老服务中心。（牵头单位：市民政局；责任单位：市财政局、市住房城乡建设局，各县（市、区）人民政府。以下均需各县（市、区）人民政府落实，不再列出）
（二）培养护理人员。开展养老护理员培训。（责任单位：市人力资源社会保障局、市民政局）
（三）发展普惠养老。扩大普惠养老床位供给。（牵头单位：市发展改革委；责任单位：市民政局）
"""


def test_a_carried_organ_is_responsible_where_an_item_names_no_lead():
    got = _triples(CARRIED_BESIDE_LEAD)
    # written in a list after a lead, the carried government is co there; (s27-assign2, guide R29 and the S27 gold pass of
    # a151) in a later item it is `responsible` also where that item names a lead
    assert ("一/(一)", "各县（市、区）人民政府", "co") in got
    assert ("一/(三)", "各县（市、区）人民政府", "responsible") in got
    assert ("一/(三)", "各县（市、区）人民政府", "co") not in got
    # in an item whose own list names no lead, it is one more organ of a 责任单位 list: responsible (spec 1.1 section 6)
    assert ("一/(二)", "各县（市、区）人民政府", "responsible") in got
    assert ("一/(二)", "各县（市、区）人民政府", "co") not in got
    assert {("一/(二)", "邯郸市人力资源和社会保障局", "responsible"), ("一/(二)", "邯郸市民政局", "responsible")} <= got


QUALIFIED_PARTNERS = """漳州市人民政府关于加快海洋经济发展的实施意见

各县（市、区）人民政府，漳州开发区、古雷港经济开发区管委会，市直各单位：
为加快海洋经济发展，提出如下意见。
一、重点任务
（一）发展滨海旅游。推进滨海旅游带建设。（市文化和旅游局牵头，市交通运输局、市海洋与渔业局、漳州海警支队及沿海有关县区政府配合）
（二）提升港口能力。推进港口资源整合。（市交通运输局负责，厦门海关、市海洋与渔业局、各港区所在县区政府配合）
"""


def test_a_word_glued_before_a_listed_organ_does_not_void_the_annotation():
    got = _triples(QUALIFIED_PARTNERS)
    # `沿海`, `各港区` qualify the collective written right after them; the organs of the list keep their roles
    assert {("一/(一)", "漳州市文化和旅游局", "lead"), ("一/(一)", "漳州市交通运输局", "co"),
            ("一/(一)", "漳州市海洋与渔业局", "co")} <= got
    assert {("一/(二)", "漳州市交通运输局", "responsible"), ("一/(二)", "厦门海关", "co"),
            ("一/(二)", "漳州市海洋与渔业局", "co")} <= got


LISTED_DUTIES_AS_FOLLOWS = """银川市城市绿化管理办法

第一章　总则

第一条　为了加强城市绿化管理，制定本办法。
第二条　市园林管理局职责如下：
（一）负责城市公共绿地的养护管理；
（二）查处损毁城市绿化的行为。
第三条　本办法自2010年5月1日起施行。
"""


def test_an_organs_duties_headed_as_follows():
    got = _triples(LISTED_DUTIES_AS_FOLLOWS)
    # `X职责如下：` heads the organ's listed duties like `X的主要职责是：` (a duty article); its listed duties are not
    # assigned again
    # (s31-assign) guide R48 (S31): the listed duty with its own 负责 is one of the organ's duties, not assigned again
    assert got == {("第一章/第二条", "银川市园林管理局", "responsible")}


DEPARTMENT_BY_ITS_WORK = """安徽省特种设备安全条例

第一章　总则

第一条　为了加强特种设备安全工作，制定本条例。
第二条　县级以上人民政府负责特种设备安全监督管理的部门负责本行政区域内特种设备安全的监督管理工作。
第三条　设区的市人民政府负责消防工作的部门会同同级公安机关负责人员密集场所电梯的安全检查。
"""


def test_the_government_before_a_department_named_by_its_work_is_no_subject():
    got = _triples(DEPARTMENT_BY_ITS_WORK)
    # `县级以上人民政府负责…的部门负责…` (the statutes' formula since 2013): the duty is the department's; the 负责 inside
    # its name is no cue of the government written before it
    assert not any(name.endswith("人民政府") for _, name, _ in got)
    assert any(task == "第一章/第二条" and role == "responsible" and "特种设备安全监督管理的部门" in name
               for task, name, role in got)
    assert ("第一章/第三条", "同级公安机关", "co") in got
    assert any(task == "第一章/第三条" and role == "lead" and "消防工作的部门" in name for task, name, role in got)


CLOSING_INTERPRETATION = """大通回族土族自治县关于加快发展乡村旅游的实施意见

一、重点任务
（一）完善旅游设施。建设旅游厕所20座。县文体旅游广电局负责，各乡镇配合。
（二）强化考核。将乡村旅游工作纳入对各乡镇年度目标考核。
　　本意见自印发之日起施行，由县文体旅游广电局负责解释。
二、其他
　　本意见未尽事宜由县农牧和科技局负责解释。
"""


def test_an_interpretation_clause_after_the_last_item_assigns_nothing():
    got = _triples(CLOSING_INTERPRETATION)
    # guide S22: the closing interpretation clause is about the document, not the work of the item it follows (T6)
    assert not any(task == "一/(二)" for task, _, _ in got)
    assert any(task == "一/(一)" and role == "responsible" for task, _, role in got)
    # under a heading of closing provisions the item is the clause itself (the golds of 其他/附则 items give it)
    assert any(task == "二" and role == "responsible" for task, _, role in got)


UNIT_LEADS_PARTNERS = """宁都县2021年农机购置补贴实施方案

一、工作措施
（一）开展补贴核验。县农机化技术推广服务中心会同县财政局、县农业农村局对购机补贴逐台核验。
（二）加强宣传。县农业农村局负责政策宣传。
"""


def test_the_partners_of_a_service_unit_that_leads_are_co():
    got = _triples(UNIT_LEADS_PARTNERS)
    # the centre is a service unit, no department (spec 1.1 section 5); `A会同B`: its partners are co (spec 1.1 section 6)
    assert {("一/(一)", "宁都县财政局", "co"), ("一/(一)", "宁都县农业农村局", "co")} <= got
    assert not any(task == "一/(一)" and role != "co" for task, _, role in got)
    assert ("一/(二)", "宁都县农业农村局", "responsible") in got


LEVELS_BEFORE_GOVERNMENT = """佛山市农村公路养护管理办法

第一条　为加强农村公路养护管理，制定本办法。
第二条　乡道、村道的日常养护应当由区、镇人民政府和街道办事处负责组织实施。
"""


def test_levels_written_before_a_shared_government_do_not_cut_the_clause_off():
    got = _triples(LEVELS_BEFORE_GOVERNMENT)
    # `由区、镇人民政府和街道办事处负责`: the level words before the government written once do not stop the 由 clause;
    # the organs found keep their duty (naming the county's government from the shared head is the organs reader's)
    assert {("第二条", "镇人民政府", "responsible"), ("第二条", "街道办事处", "responsible")} <= got
