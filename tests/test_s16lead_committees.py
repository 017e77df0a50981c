"""Villagers' and residents' committees inside an assignment (session 16, lead; spec 1.1 section 5: a place
inside an assignment stands for its government and is kept as written, but a 村民委员会 or 居委会 is neither a
place nor a government; the b4 adjudication reads them as no organs). Snippets written for this test in the
style of a Guangxi town and a Heilongjiang street office."""
from tests.test_organs_s5 import _run


def test_committees_in_an_annotation_get_nothing_and_their_places_keep_theirs():
    names, triples = _run("一、工作任务\n（一）开展人居环境整治。（责任单位：镇农业服务中心、各村民委员会）\n"
                          "（二）做好困难群众摸排。（责任单位：镇民政办、各村（社区））\n",
                          "广西壮族自治区河池市都安瑶族自治县拉烈镇", "township")
    town = "都安瑶族自治县拉烈镇"
    assert set(names) == {town + "农业服务中心", town + "民政办公室", "各村（社区）"}
    assert triples == {("一/(一)", town + "农业服务中心", "responsible"), ("一/(二)", town + "民政办公室", "responsible"),
                       ("一/(二)", "各村（社区）", "responsible")}


def test_a_committee_helping_leaves_the_organ_before_it_responsible():
    names, triples = _run("一、重点任务\n（一）街道综治办负责组织排查，各社区居委会协助。\n",
                          "黑龙江省哈尔滨市道里区新阳路街道", "township")
    office = "哈尔滨市道里区新阳路街道社会治安综合治理办公室"
    assert set(names) == {office}
    assert triples == {("一/(一)", office, "responsible")}


def test_a_committee_heading_a_duty_item_gets_nothing_while_a_place_does():
    # a Shaanxi town's 职责分工: the places (各村) head items as their bodies; a 村委会 is no organ
    names, triples = _run("一、职责分工\n1.镇农业综合服务中心：负责技术指导。\n2.各村民委员会：做好政策宣传。\n"
                          "3.各村：做好入户摸排。\n", "陕西省延安市宜川县壶口镇", "township")
    station = "宜川县壶口镇农业综合服务中心"
    assert set(names) == {station, "各村"}
    assert triples == {("一/1", station, "responsible"), ("一/3", "各村", "responsible")}
