"""Assignments, session 28 third wave (s28-assign3): guide R40, `B、C等部门要按照各自职责，密切配合…` after the item's lead.

* after a 负责 or 牵头 of another organ in the same sentence, `B、C等部门要按照各自职责，密切配合` in a clause of its own
  gives `co` to B and C;
* in a sentence of its own later in the item (the lead named earlier in the item), the same;
* with no lead in the item the closing `按照各自职责，密切配合（，形成合力）` still assigns nothing (session 21);
* `负责协助` is `co`.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Hunan county 2013 plan, a Sichuan provincial 2016 opinion, a Gansu city 2019 plan, a Zhejiang county 2021
plan); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_share_of_cooperation_after_a_responsible_in_the_same_sentence():
    # a Sichuan provincial opinion (2016): two 负责 clauses, then the others' share in a clause of its own
    text = ("五、保障措施\n（一）加强组织领导。各市（州）要高度重视，切实加强领导。\n（二）明确部门职责。省人力资源社会保障厅负责统筹协调和督促检查，省财政厅负责落实补助资金，"
            "省教育厅、省民政厅、省扶贫移民局等部门要按照各自职责，密切配合，共同做好相关工作。\n")
    _, triples = _run(text, "四川省", "province")
    assert triples == {("五/(二)", "四川省人力资源和社会保障厅", "responsible"), ("五/(二)", "四川省财政厅", "responsible"),
                       ("五/(二)", "四川省教育厅", "co"), ("五/(二)", "四川省民政厅", "co"),
                       ("五/(二)", "四川省扶贫和移民工作局", "co")}


def test_share_of_cooperation_in_a_sentence_of_its_own_after_the_item_lead():
    # a Hunan county plan (2013): the item's lead in its first sentence, other organs' own work, then the closing share
    text = ("四、部门职责\n全县农村危房改造工作由县住房城乡建设局牵头组织实施。县财政局负责筹集和拨付补助资金。"
            "县民政局要做好农村低保户的认定工作。县国土资源局、县林业局等单位要按照各自职责，积极配合做好相关工作。\n")
    _, triples = _run(text, "湖南省邵阳市隆回县", "county")
    assert triples == {("四", "隆回县住房和城乡建设局", "lead"), ("四", "隆回县财政局", "responsible"),
                       ("四", "隆回县国土资源局", "co"), ("四", "隆回县林业局", "co")}


def test_closing_cooperation_with_no_lead_in_the_item_assigns_nothing():
    # a Gansu city plan (2019): the item names no organ's lead; the closing mutual cooperation is no share of one
    text = ("三、工作要求\n（一）加强协调配合。各县区要高度重视，切实加强领导。市发展改革委、市财政局、市自然资源局等部门"
            "要按照各自职责，密切配合，形成合力。\n")
    _, triples = _run(text, "甘肃省张掖市", "city")
    assert not {t for t in triples if t[0] == "三/(一)"}


def test_responsible_for_assisting_is_co():
    # a Zhejiang county plan (2021): 负责协助 after the lead of the item
    text = ("二、主要任务\n（一）推进垃圾分类。完成分类村50个。\n（二）推进农村生活污水治理。由县治水办牵头，县生态环境分局负责协助，完成治理村20个。\n")
    _, triples = _run(text, "浙江省湖州市德清县", "county")
    assert triples == {("二/(二)", "德清县治水办", "lead"), ("二/(二)", "湖州市生态环境局德清分局", "co")}
