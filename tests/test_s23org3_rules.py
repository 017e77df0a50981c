"""s23-org3 rules: members of a bare-sector list that join the sectors of a merged bureau or close on 管理, a list of
sectors opening with an era's sector word right after a verb that takes organs. Snippets written in the styles of
provinces, levels and eras unlike the A14 notices (a Ningxia city statute, a Xinjiang county plan) that showed them."""
from __future__ import annotations

from tests.test_s22org_rules import _deps


def test_merged_bureaus_sectors_and_a_sector_closing_on_guanli_in_a_bare_sector_list():
    # Hunan, a Changde city statute 2020: 文化广电旅游 (one merged bureau), 机关事务管理 (its bureau's name)
    text = ("常德市餐厨垃圾管理办法\n\n第五条　市城市管理部门负责本办法的组织实施。\n"
            "公安、文化广电旅游、机关事务管理、商务等部门按照各自职责做好相关工作。\n\n常德市人民政府\n2020年6月1日\n")
    deps = _deps(text)
    for name in ("公安部门", "文化广电旅游部门", "机关事务管理部门", "商务部门"):
        assert name in deps, (name, deps)


def test_an_eras_sector_word_opening_a_list_after_a_verb_that_takes_organs():
    # Gansu, a 2009 county plan: 建设 (the 建设局 before 2008's reform ended at county level later) after 组织
    text = ("永登县2009年农村危房改造实施方案\n\n一、由县危改办组织建设、国土、财政等部门进行验收。\n\n"
            "永登县人民政府办公室\n2009年4月1日\n")
    deps = _deps(text)
    for name in ("建设部门", "国土部门", "财政部门"):
        assert name in deps, (name, deps)
