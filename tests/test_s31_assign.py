"""Assignments, session 31 (s31-assign): the grammar of duty articles and annotations on rephrasings of open notices.

* a name of no known kind set off by `、` in an annotation's list (a railway unit, an enterprise's branch) gets no triple
  and does not void the organs listed with it (spec 1.1 section 6, issue 12; the assignment swap of A21 a247);
* a collective of lower governments given the carrying-out after a lead inside a bracket or a sentence read as one
  is `responsible` (guide R47), not with a 负责 of its own (R14) nor inside a carry clause (R29);
* `后同` carries a clause forward as `下同` does (guide R4, R45);
* in an article opened by `X履行下列职责：`, a listed duty with its own 负责 assigns nothing of its own; one that takes
  another organ along (`会同Y…`) assigns its sub-item (guide R48; a169);
* a body that sets up an office and staffs it in the clause before the duty is given the duty (guide R32; a119).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Hunan city 2020 plan, a Jiangxi county 2012 notice, a central 2019 opinion, a Fujian province 2019 plan,
a Heilongjiang city 2014 办法, a Guizhou county 2008 细则); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_unknown_enumerated_name_does_not_void_the_bracket():
    # a Hunan city plan (2020): the railway section is no organ of any table; the bracket still assigns the others
    text = ("一、重点任务\n（一）畅通铁路货运。开行冷链专列，提升站场装卸能力。（市交通运输局牵头，市发展改革委、市商务局、"
            "广铁集团怀化车务段按职能分工负责）\n（二）建设物流园区。完善仓储设施。（市商务局负责）\n")
    _, triples = _run(text, "湖南省怀化市", "prefecture")
    assert triples == {("一/(一)", "怀化市交通运输局", "lead"), ("一/(一)", "怀化市发展和改革委员会", "co"),
                       ("一/(一)", "怀化市商务局", "co"), ("一/(二)", "怀化市商务局", "responsible")}


def test_prose_in_a_bracket_is_still_no_annotation():
    # a clause that opens with a verb of the work is no name: the bracket is prose, nothing is read from it as a list
    text = "一、重点任务\n（一）强化培训。（加强宣传、培训，提升能力，市人社局负责）\n"
    _, triples = _run(text, "湖南省怀化市", "prefecture")
    assert triples == {("一/(一)", "怀化市人力资源和社会保障局", "responsible")}


def test_lower_governments_carrying_out_after_a_lead_in_a_sentence_or_bracket():
    # a Jiangxi county notice (2012): the towns' carrying-out is their own work (R47), also written without 由 and in a
    # bracket; with their own 负责 inside the lead's assignment they stay co (R14)
    text = ("二、工作措施\n（一）推广测土配方施肥。县农业局牵头，县财政局配合，各乡镇抓好落实。\n"
            "（二）整治农村环境。开展清理。（县环保局牵头，县住建局参与，各乡（镇）人民政府具体实施）\n"
            "（三）推进秸秆还田。由县农业局牵头，各乡镇人民政府负责组织实施。\n")
    _, triples = _run(text, "江西省吉安市永丰县", "county")
    assert triples == {("二/(一)", "永丰县农业局", "lead"), ("二/(一)", "永丰县财政局", "co"), ("二/(一)", "各乡镇", "responsible"),
                       ("二/(二)", "永丰县环境保护局", "lead"), ("二/(二)", "永丰县住房和城乡建设局", "co"),
                       ("二/(二)", "各乡（镇）人民政府", "responsible"),
                       ("二/(三)", "永丰县农业局", "lead"), ("二/(三)", "各乡镇人民政府", "co")}


def test_central_local_governments_carrying_out_and_a_carry_clause():
    # a central opinion (2019): 地方各级人民政府落实 after the lead is theirs (R47); the organs of a carry clause are
    # carried as R29 says and keep the list's role in the item itself
    text = ("一、重点任务\n（一）加强草原保护。落实禁牧休牧制度。（国家林草局牵头，自然资源部、生态环境部按职责分工负责，"
            "地方各级人民政府落实）\n（二）推进退化草原修复。实施修复工程。（牵头单位：国家林草局；责任单位：财政部，各省级人民政府。"
            "以下均需各省级人民政府落实，不再列出）\n（三）完善监测体系。（自然资源部负责）\n")
    _, triples = _run(text, "全国", "central")
    assert triples == {("一/(一)", "国家林业和草原局", "lead"), ("一/(一)", "自然资源部", "co"), ("一/(一)", "生态环境部", "co"),
                       ("一/(一)", "地方各级人民政府", "responsible"),
                       ("一/(二)", "国家林业和草原局", "lead"), ("一/(二)", "财政部", "co"), ("一/(二)", "各省级人民政府", "co"),
                       ("一/(三)", "自然资源部", "responsible"), ("一/(三)", "各省级人民政府", "responsible")}


def test_houtong_carries_like_xiatong():
    # a Fujian province plan (2019): 后同 closes the clause the later annotated items take on (R4, R45)
    text = ("一、主要任务\n（一）扩大普惠托育。新增托位。（省卫健委牵头，省发改委参与；各设区市人民政府负责，后同）\n"
            "（二）规范托育服务。制定标准。（省市场监管局负责）\n")
    _, triples = _run(text, "福建省", "province")
    assert triples == {("一/(一)", "福建省卫生健康委员会", "lead"), ("一/(一)", "福建省发展和改革委员会", "co"),
                       ("一/(一)", "各设区市人民政府", "responsible"), ("一/(二)", "福建省市场监督管理局", "responsible"),
                       ("一/(二)", "各设区市人民政府", "responsible")}


def test_body_that_staffs_the_office_before_the_duty_is_given_it():
    # a Guizhou county 细则 (2008): the towns set up the office and staff it, then 负责 (R32); a body only set up takes
    # its own duty (R10)
    text = ("第一条　为了做好新型农村社会养老保险工作，制定本细则。\n第二条　县人民政府成立县新农保工作领导小组，负责全县新农保工作的组织协调。\n"
            "第三条　各乡（镇）人民政府设立新农保经办站，配备专职工作人员2名，负责本乡（镇）参保登记和待遇发放。\n"
            "第四条　本细则自2008年7月1日起施行。\n")
    _, triples = _run(text, "贵州省遵义市湄潭县", "county")
    assert triples == {("第三条", "各乡（镇）人民政府", "responsible")}
def test_listed_duties_of_an_article_are_the_articles():
    # a Heilongjiang city 办法 (2014): R48 gives the article to the district; its own 负责 in a listed duty is one of the
    # duties listed; a listed duty taking another organ along (会同) assigns its sub-item
    text = ("第一条　为了规范城市供热管理，制定本办法。\n第二条　区人民政府履行下列职责：\n（一）组织编制本区供热规划；\n"
            "（二）负责本区供热设施的建设和维护；\n（三）会同市财政局核定供热补贴标准。\n第三条　本办法自2014年10月1日起施行。\n")
    _, triples = _run(text, "黑龙江省佳木斯市", "prefecture")
    assert triples == {("第二条", "区人民政府", "responsible"), ("第二条/(三)", "区人民政府", "lead"),
                       ("第二条/(三)", "佳木斯市财政局", "co")}


