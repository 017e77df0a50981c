"""Session 15 (lead): a department named only by its role (`牵头部门`, `配合单位`) is no assignee (organs-s15 keeps it as
a department). A county rule of Sichuan's style and a city plan of Shandong's style, written for this test."""
from tests.test_organs_s5 import _run

RULE = """第一章 总则
第一条 为规范政府投资项目管理，制定本办法。
第二条 县发展和改革局负责本办法的组织实施。
第二章 项目管理
第三条 牵头部门负责汇总项目清单，配合部门按照职责提供相关资料。
"""


def test_role_words_are_departments_not_assignees():
    names, triples = _run(RULE, "四川省绵阳市三台县", "county")
    assert "牵头部门" not in names and "配合部门" not in names  # (s27-org, guide D81: back-references to columns)
    assert ("第一章/第二条", "三台县发展和改革局", "responsible") in triples
    assert not [t for t in triples if t[1] in ("牵头部门", "配合部门")]


def test_a_statutes_authority_keeps_its_assignment():
    text = "一、工作任务\n（一）加强监管。主管部门负责日常监督检查。\n"
    names, triples = _run(text, "山东省济宁市", "prefecture")
    assert ("一/(一)", "主管部门", "responsible") in triples
