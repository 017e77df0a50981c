"""Assignments, session 34 (s34-assign): how duty articles and duty sentences hand work on, read from misses across the open
material (grouped by grammar, not by notice):

* the carrying-out handed on inside a duty sentence to an organ after 由 or 明确 (`X负责…，具体工作由Y组织实施`,
  `…，具体事务由Y承担`, `…，明确本级Y具体实施`): Y `responsible` as well (guide R31);
* a subject list whose residents' or villagers' committee is written in full (`社区居民委员会`, `社区居（村）民委员会`,
  `居（村）民委员会`): the committee is no organ (D44) and no longer voids the organs listed before it (R39);
* alternative agents of one work (`由A负责，或者由B共同负责`) are no parallel shares naming no lead, so a later
  `协助` after them is still `co` (R40 made precise);
* a list closed by 等 and a class of bodies other than 部门/单位 (`等地方人民政府派出机关应当协助…`): the organs listed keep
  their `co` share after another organ's 负责 (R40 made precise).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the misses
(a Hubei city's rule of 2011, an Anhui county's rule of 2009, a Gansu city's rule of 2015, a Hunan county's rule of 2016,
a Shaanxi city's rule of 2014, a Zhejiang provincial rule of 2010, a Jiangxi provincial rule of 2006); not copied from any corpus.
"""
from tests.test_s33_articles import _run


def _article(title: str, signer: str, date: str, article: str):
    body = f"第一条　为了加强管理，制定本办法。\n第二条　{article}\n第三条　本办法自发布之日起施行。"
    return _run(title, signer, date, body)


def test_carrying_out_given_by_a_you_clause_to_a_named_organ():
    # a Hubei city's rule of 2011: the bureau's duty, its routine affairs done by an office of the city (由 = "you")
    _, triples, _ = _article("襄阳市城市供水管理办法", "襄阳市人民政府", "2011年3月1日",
                             "市水务局是本市城市供水的行政主管部门，负责城市供水的监督管理，具体事务由市节约用水办公室承担。")
    assert triples == {("第二条", "襄阳市水务局", "responsible"), ("第二条", "襄阳市节约用水办公室", "responsible")}


def test_carrying_out_by_a_unit_the_tables_do_not_know_gives_it_nothing():
    # an Anhui county's rule of 2009: the road section is no organ; persons designated are no organ either
    body = ("第一条　为了加强农村公路养护，制定本办法。\n"
            "第二条　县交通运输局负责全县农村公路的养护管理，具体工作由县公路管理段组织实施。\n"
            "第三条　乡镇人民政府负责本辖区乡道、村道的养护，明确专人具体负责。\n第四条　本办法自发布之日起施行。")
    _, triples, _ = _run("霍山县农村公路养护办法", "霍山县人民政府", "2009年5月1日", body)
    assert triples == {("第二条", "霍山县交通运输局", "responsible"), ("第三条", "乡镇人民政府", "responsible")}


def test_carrying_out_by_the_level_s_own_department_named_with_mingque():
    # a Gansu city's rule of 2015: the county governments' duty, carried out by the department they name
    _, triples, _ = _article("天水市公共租赁住房管理办法", "天水市人民政府", "2015年5月1日",
                             "各县（区）人民政府负责本辖区公共租赁住房的分配和管理，明确本级住房保障部门具体实施。")
    assert triples == {("第二条", "各县（区）人民政府", "responsible"), ("第二条", "本级住房保障部门", "responsible")}


def test_organ_with_an_object_after_the_verb_is_no_carrying_out():
    # the 由 clause goes on to work of its own with an object: not the carrying-out closing the clause
    _, triples, _ = _article("襄阳市城市供水管理办法", "襄阳市人民政府", "2011年3月1日",
                             "市水务局负责城市供水的监督管理，具体由市节约用水办公室承担计划用水考核工作的，另行规定。")
    assert ("第二条", "襄阳市节约用水办公室", "responsible") not in triples


def test_full_form_committees_do_not_void_the_street_offices():
    # a Shaanxi city's rule of 2014: the street office with the town government as its bracketed alternative
    for committee in ("社区居民委员会", "社区居（村）民委员会", "居（村）民委员会"):
        _, triples, _ = _article("宝鸡市廉租住房管理办法", "宝鸡市人民政府", "2014年7月1日",
                                 f"市住房保障局负责全市廉租住房管理工作。街道办事处（乡镇人民政府）、{committee}负责申请材料的"
                                 "受理和初审工作。")
        assert triples == {("第二条", "宝鸡市住房保障局", "responsible"), ("第二条", "街道办事处", "responsible"),
                           ("第二条", "乡镇人民政府", "responsible")}, committee


def test_list_closed_by_a_class_of_dispatched_bodies_keeps_its_co_share():
    # a Hunan county's rule of 2016: after the bureau's 负责, the towns and streets assist
    _, triples, _ = _article("长沙县防汛抗旱管理办法", "长沙县人民政府", "2016年4月1日",
                             "县水利局负责全县防汛抗旱的日常工作。乡镇人民政府以及街道办事处等地方人民政府派出机关应当协助"
                             "县有关部门做好本辖区的防汛抗旱工作。")
    assert {("第二条", "乡镇人民政府", "co"), ("第二条", "街道办事处", "co")} <= triples
    assert not any(t[1] in ("派出机关", "县有关部门") or t[1].endswith("有关部门") for t in triples)


def test_alternative_agents_are_no_parallel_shares():
    # a Zhejiang provincial rule of 2010 on flood control: who acts when a matter spans two areas, then the towns assist
    _, triples, _ = _article("浙江省防汛防台抗旱办法", "浙江省人民政府", "2010年6月1日",
                             "跨区域的防汛工作，由共同的上一级人民政府负责，或者由各有关区域的上一级人民政府共同负责。"
                             "乡、镇人民政府以及街道办事处等派出机关应当协助上级人民政府有关部门做好防汛工作。")
    assert triples == {("第二条", "共同的上一级人民政府", "responsible"), ("第二条", "各有关区域的上一级人民政府", "responsible"),
                       ("第二条", "乡、镇人民政府", "co"), ("第二条", "街道办事处", "co")}


def test_parallel_shares_still_name_no_lead():
    # a 2000s provincial opinion: each organ's own share, then mutual co-operation assigns nothing (R40)
    _, triples, _ = _article("江西省食品安全监管办法", "江西省人民政府", "2006年5月1日",
                             "省农业厅负责种植环节的监管，省商务厅负责流通环节的监管。各有关部门要密切配合。")
    assert triples == {("第二条", "江西省农业厅", "responsible"), ("第二条", "江西省商务厅", "responsible")}
