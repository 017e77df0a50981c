"""Articles of 办法/条例/规定, session 30 wave 2 (s30-articles2): departments and assignments in the forms real rules
use and the open article notices rarely show.

* a township's organ followed by a joining verb (`街道办事处协助园林绿化主管部门…`): two organs, the office and the
  bare authority, not one authority of the street (spec 1.1 section 5; the township authority pattern ended at the
  organ's own name);
* a bare `主管部门` after 协助, 配合, 或者, 以及 (`行业协会应当协助主管部门…`, `由其所在单位或者主管部门给予处分`): the
  function-named authority (guide D62), as after 和 and 或.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
classes (a Guizhou prefecture's 2008 办法, a Liaoning provincial 2013 条例); not copied from any corpus.
"""
from test_s29_articles import _run


def test_a_street_office_assisting_an_authority_is_two_organs():
    # a Guizhou prefecture's 办法 (2008) on city greening: the township and street governments assist the authority
    names, triples = _run("第一条 为加强市容管理，制定本办法。\n"
                          "第二条 市园林绿化行政主管部门负责本办法的组织实施。\n"
                          "第三条 乡（镇）人民政府、街道办事处协助园林绿化主管部门做好辖区内的绿化管理工作。\n",
                          "贵州省贵阳市", "prefecture", "2008-05-20")
    assert names == {"贵阳市园林绿化行政主管部门": "市园林绿化行政主管部门",
                     "乡（镇）人民政府": "乡（镇）人民政府", "街道办事处": "街道办事处",
                     "园林绿化主管部门": "园林绿化主管部门"}
    assert triples == {("第二条", "贵阳市园林绿化行政主管部门", "responsible")}


def test_a_bare_authority_after_assist_or_or_is_named():
    # a Liaoning provincial 条例 (2013) on trade associations and sanctions: the bare authority named after 协助 and 或者
    names, triples = _run("第一条 为规范行业协会活动，制定本条例。\n"
                          "第二条 行业协会应当协助主管部门做好行业统计工作。\n"
                          "第三条 工作人员玩忽职守的，由其所在单位或者主管部门依法给予处分。\n",
                          "辽宁省", "province", "2013-07-26")
    assert names == {"主管部门": "主管部门"}
    assert triples == set()
