"""Session 24 (s24-assign) responsibility rules, each on a snippet written for this test in the style of a province,
level or era other than the notice that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from tests.snippets import triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s24assign")


LEADS_IN_A_LIST = """常州市人民政府办公室关于印发常州市城乡人居环境提升行动方案的通知

各辖市、区人民政府，市各委办局：
现将《常州市城乡人居环境提升行动方案》印发给你们，请认真贯彻落实。

常州市城乡人居环境提升行动方案

一、重点任务
（一）提升村庄风貌。开展村庄清洁行动。
责任单位：市住房城乡建设局、市自然资源和规划局按职责分别牵头，市农业农村局、市文广旅局，各县（市、区）人民政府
（二）治理农村生活污水。推进设施建设。
责任单位：市生态环境局牵头，市水利局、市农业农村局
（三）开展垃圾分类。推进分类试点。
责任单位：市城市管理局、市商务局
"""


def test_a_lead_named_inside_a_responsible_list_makes_the_others_co():
    # `责任单位：A、B按职责分别牵头，C、D，…` and `责任单位：A牵头，B、C`: once the list names its lead, every other organ
    # of the same assignment is co (spec 1.1 section 6); a list with no lead stays responsible (guide R5)
    assert _triples(LEADS_IN_A_LIST) == {
        ("一/(一)", "常州市住房和城乡建设局", "lead"), ("一/(一)", "常州市自然资源和规划局", "lead"),
        ("一/(一)", "常州市农业农村局", "co"), ("一/(一)", "常州市文化广电旅游局", "co"),
        ("一/(一)", "各县（市、区）人民政府", "co"),
        ("一/(二)", "常州市生态环境局", "lead"), ("一/(二)", "常州市水利局", "co"), ("一/(二)", "常州市农业农村局", "co"),
        ("一/(三)", "常州市城市管理局", "responsible"), ("一/(三)", "常州市商务局", "responsible")}


DUTY_JOINED_TO_A_PARTNER = """广州市人民政府关于加快发展托育服务的实施意见

各区人民政府，市政府各部门、各直属机构：
为加快发展托育服务，提出如下实施意见。

一、主要任务
（一）扩大托位供给。新建一批普惠托育机构。
二、保障措施
（一）明确部门职责。市卫生健康委负责托育服务的统筹规划和行业管理，会同有关部门制定托育机构质量评估办法；市财政局负责落实市级补助资金并会同市卫生健康委加强资金监管；市教育局负责做好托幼衔接并落实师资培训工作；市统计局负责建立托育服务统计制度。
"""


def test_a_duty_joined_by_bing_to_work_done_with_a_partner():
    # `A负责…并会同B…` is one clause with one subject, read like `A负责…，会同B…` (guide R12): A lead, B co; a duty
    # joined by 并 to a second duty of its own (`负责…并落实…`) stays responsible
    assert _triples(DUTY_JOINED_TO_A_PARTNER) == {
        ("二/(一)", "广州市卫生健康委员会", "lead"), ("二/(一)", "有关部门", "co"),
        ("二/(一)", "广州市财政局", "lead"), ("二/(一)", "广州市卫生健康委员会", "co"),
        ("二/(一)", "广州市教育局", "responsible"), ("二/(一)", "广州市统计局", "responsible")}


BROADCASTER_IN_A_SUBJECT = """绵阳市城市生活垃圾分类管理办法

第一章　总则

第一条　为推进城市生活垃圾分类，制定本办法。

第二章　职责分工

第二条　市委宣传部、市广播电视台等单位负责生活垃圾分类的宣传报道。

第三条　市教育局、市电台负责开展垃圾分类进校园活动。

第四条　本办法自2019年7月1日起施行。

绵阳市人民政府
2019年6月1日
"""


def test_a_broadcaster_listed_with_an_organ_does_not_void_its_duty_article():
    # a broadcaster is a media 事业单位 (no department, spec 1.1 section 5); written in the subject list, closed by 等单位,
    # it leaves the organ listed with it the article's duty
    assert _triples(BROADCASTER_IN_A_SUBJECT) == {
        ("第二章/第二条", "中共绵阳市委宣传部", "responsible"), ("第二章/第三条", "绵阳市教育局", "responsible")}


COMMUNITIES_AND_MEMBERS = """阳江市江城区农村生活污水治理工作方案

一、重点任务
1.摸清底数。开展全面排查。（牵头单位：区住房城乡建设局；配合单位：区农业农村局、区水务局，各镇人民政府，城西居、东风社区）
2.强化河长制。将污水治理纳入巡河内容。（牵头单位：区水务局；配合单位：区河长制办公室成员单位、各镇人民政府）
3.加强宣传。开展宣传活动。（牵头单位：区农业农村局；配合单位：各镇人民政府，城市社区）

阳江市江城区人民政府办公室
2022年4月20日
"""


def test_named_communities_and_an_offices_member_units_as_co_assignees():
    # a named community or 居 listed in an annotation stands for its place, kept as written like a named village
    # (spec 1.1 section 5, guide D44); `城市社区` names a kind of community, no place; the member units of a coordinating
    # office are one collective as written (guide D15)
    assert _triples(COMMUNITIES_AND_MEMBERS) == {
        ("一/1", "阳江市江城区住房和城乡建设局", "lead"), ("一/1", "阳江市江城区农业农村局", "co"),
        ("一/1", "阳江市江城区水务局", "co"), ("一/1", "各镇人民政府", "co"), ("一/1", "城西居", "co"),
        ("一/1", "东风社区", "co"),
        ("一/2", "阳江市江城区水务局", "lead"), ("一/2", "阳江市江城区河长制办公室成员单位", "co"),
        ("一/2", "各镇人民政府", "co"),
        ("一/3", "阳江市江城区农业农村局", "lead"), ("一/3", "各镇人民政府", "co")}


TRADITIONAL_WITH_ANGLE_BRACKETS = """桂林市人民政府辦公室關於印發桂林市加快發展保障性租賃住房實施方案的通知

各縣（市、區）人民政府，桂林經濟技術開發區管委會，市直各單位：
經市人民政府同意，現將《桂林市加快發展保障性租賃住房實施方案》印發給你們，請認真組織實施。

桂林市加快發展保障性租賃住房實施方案

一、重點任務
（一）支持利用集體經營性建設用地建設保障性租賃住房。在尊重農民集體意願的基礎上，經市人民政府同意，可探索利用集體經營性建設用地建設保障性租賃住房。（責任單位：市自然資源局、市農業農村局，各縣〈市、區〉人民政府、管委會）
（二）加強監督檢查。保障性租賃住房不得上市銷售或變相銷售。（責任單位：市住房城鄉建設局、市市場監管局，各縣〈市、區〉人民政府、管委會）
（三）簡化審批流程。建立項目認定和快速審批機制。（責任單位：市住房城鄉建設局、市發展改革委、市政務服務中心管委會）

桂林市人民政府辦公室
2022年6月30日
"""


def test_a_traditional_annotation_keeps_its_angle_bracketed_places():
    # read on the Simplified view: `各縣〈市、區〉人民政府` is the collective of （）, not a title in 〈〉 (guide D43); the
    # shared 各 goes on to `管委會` (S22: one 各 over full organ names goes to each); a centre's 管委會
    # (`市政務服務中心管委會`, the government's dispatched organ, s24-org) is one of the list
    assert _triples(TRADITIONAL_WITH_ANGLE_BRACKETS) == {
        ("一/(一)", "桂林市自然资源局", "responsible"), ("一/(一)", "桂林市农业农村局", "responsible"),
        ("一/(一)", "各县（市、区）人民政府", "responsible"), ("一/(一)", "各管理委员会", "responsible"),
        ("一/(二)", "桂林市住房和城乡建设局", "responsible"), ("一/(二)", "桂林市市场监督管理局", "responsible"),
        ("一/(二)", "各县（市、区）人民政府", "responsible"), ("一/(二)", "各管理委员会", "responsible"),
        ("一/(三)", "桂林市住房和城乡建设局", "responsible"), ("一/(三)", "桂林市发展和改革委员会", "responsible"),
        ("一/(三)", "桂林市政务服务中心管理委员会", "responsible")}
