"""Assignments, session 29 (s29-assign): classes read from the opened A24/A25, the stress golds and the unlabelled
stress notices o25–o48.

* a task-division table's row that is an item's heading with only its leading verb dropped links to that item
  (guide R42; A24 a288, stress o29);
* a first-listed-leads declaration written inside one item's annotation without `下同` speaks of that list only
  (spec 1.1 section 6; A25 a291's adjudication);
* a body told to name staff for the duty written right after the staff (`…明确专人负责`, no comma) is assigned it
  (guide R32; A24 a279, stress o24, o28);
* the last row of a table copied one cell per line (`序号`/任务/牵头/配合/`2023年9月`) is no signature ending the plan
  (A25 a295).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Jiangxi county 2019 plan, a Guangdong city 2018 plan, a Yunnan county 2010 notice, a Henan city 2021
notice); not copied from any corpus.
"""
from tests.test_organs_s5 import _run

from pipeline.extract.responsibilities import _heading_without_verb


PLAN = ("一、重点任务\n（一）推进农村生活污水治理。2020年底前完成10个行政村污水治理。\n"
        "（二）强化宣传引导。利用广播、标语开展宣传。\n（三）加快垃圾收运体系建设。每个乡镇建成1座转运站。\n"
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t农村生活污水治理\t县生态环境局\t县水利局、县住房城乡建设局\t2020年底前\n"
        "2\t宣传发动\t县委宣传部\t县文广新局\t全年\n"
        "3\t垃圾收运体系建设\t县城管局\t县财政局\t2020年底前\n")


def test_table_row_is_the_heading_without_its_leading_verb():
    # a Jiangxi county plan (2019): row 1 drops 推进 of item (一) and links to it; row 2 rewords item (二) and row 3
    # drops 加快, a verb the guide's R42 list does not hold: both stay 表/N (guide R13)
    _, triples = _run(PLAN, "江西省赣州市信丰县", "county")
    assert triples == {("一/(一)", "信丰县生态环境局", "lead"), ("一/(一)", "信丰县水利局", "co"),
                       ("一/(一)", "信丰县住房和城乡建设局", "co"),
                       ("表/2", "中共信丰县委宣传部", "lead"), ("表/2", "信丰县文化广电新闻出版局", "co"),
                       ("表/3", "信丰县城管局", "lead"), ("表/3", "信丰县财政局", "co")}


def test_two_headings_one_verb_apart_name_neither():
    # `加强X` and `推进X` both in the plan: the row `X` names no one item, it stays 表/N
    assert _heading_without_verb("加强秸秆综合利用", "秸秆综合利用")
    assert not _heading_without_verb("加快秸秆综合利用", "秸秆综合利用")
    assert not _heading_without_verb("加强秸秆综合利用工作", "秸秆综合利用")
    text = ("一、重点任务\n（一）加强秸秆综合利用。建设收储点。\n（二）推进秸秆综合利用。培育企业。\n附件\n任务分工表\n"
            "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t秸秆综合利用\t县农业农村局\t县发展改革委\t年底前\n")
    _, triples = _run(text, "江西省赣州市信丰县", "county")
    assert {t[0] for t in triples} == {"表/1"}


def test_first_listed_declaration_inside_one_bracket_without_xiatong():
    # a Guangdong city plan (2018): item 1's bracket declares the convention for its own list; item 2's list, with no
    # declaration of its own, is a 责任单位 list (`responsible`, guide R5)
    text = ("一、重点任务\n1.编制专项规划。2018年底前完成规划编制。（责任单位：市发展改革局、市自然资源局、市城管局，"
            "排在第一位的为牵头单位）\n2.推进居民区建设。新建小区全部预留安装条件。（责任单位：市住房城乡建设局、各县（市、区）政府）\n")
    _, triples = _run(text, "广东省韶关市", "prefecture")
    assert {t for t in triples if t[0] == "一/1"} == {("一/1", "韶关市发展和改革局", "lead"), ("一/1", "韶关市自然资源局", "co"),
                                                      ("一/1", "韶关市城管局", "co")}
    assert {t for t in triples if t[0] == "一/2"} == {("一/2", "韶关市住房和城乡建设局", "responsible"),
                                                      ("一/2", "各县（市、区）政府", "responsible")}


def test_first_listed_declaration_with_xiatong_holds_onward():
    # the same bracket closed by 下同 (spec 1.1 section 6): every later list's first organ leads
    text = ("一、重点任务\n1.编制专项规划。2018年底前完成规划编制。（责任单位：市发展改革局、市自然资源局，"
            "排在第一位的为牵头单位，下同）\n2.推进居民区建设。新建小区全部预留安装条件。（责任单位：市住房城乡建设局、各县（市、区）政府）\n")
    _, triples = _run(text, "广东省韶关市", "prefecture")
    assert {t for t in triples if t[0] == "一/2"} == {("一/2", "韶关市住房和城乡建设局", "lead"),
                                                      ("一/2", "各县（市、区）政府", "co")}


def test_body_told_to_name_staff_for_the_duty_without_a_comma():
    # a Yunnan county notice (2010): `明确专人负责` / `指定1名分管负责同志具体负责…` give the body the duty (guide R32);
    # a body set up in the item (`成立工作专班，负责…`) still takes its own duty, not the subject's (guide R10)
    text = ("一、工作措施\n（一）加强领导。各乡（镇）要成立相应工作机构，明确专人负责。\n"
            "（二）做好统计。县民政局要指定1名分管负责同志具体负责信息报送工作。\n"
            "（三）落实资金。县财政局成立工作专班，负责资金拨付。\n")
    _, triples = _run(text, "云南省普洱市景东彝族自治县", "county")
    assert triples == {("一/(一)", "各乡（镇）", "responsible"), ("一/(二)", "景东彝族自治县民政局", "responsible")}


def test_last_row_of_a_one_cell_per_line_table_is_no_signature():
    # a Henan city 办公室 notice (2021) sending a plan whose task table, copied one cell per line, ends the page: the
    # last row's organs and its `2021年6月` are the row's cells, not the plan's signature and date
    text = ("洛阳市人民政府办公室关于印发洛阳市农村寄递物流体系建设实施方案的通知\n洛政办〔2021〕30号\n"
            "各县（市、区）人民政府，市人民政府各部门：\n现将《洛阳市农村寄递物流体系建设实施方案》印发给你们，请认真贯彻落实。\n"
            "洛阳市人民政府办公室\n2021年5月20日\n洛阳市农村寄递物流体系建设实施方案\n一、重点任务\n"
            "（一）建设县级物流中心。每个县建成1个县级寄递物流中心。\n（二）完善村级服务站点。\n附件\n重点任务分工表\n"
            "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n建设县级寄递物流中心\n市邮政管理局\n市商务局、市交通运输局\n2021年12月\n"
            "2\n开展寄递物流统计监测\n市商务局\n市统计局、市邮政管理局\n2021年6月\n")
    _, triples = _run(text, "河南省洛阳市", "prefecture")
    assert {t for t in triples if t[0] == "表/2"} == {("表/2", "洛阳市商务局", "lead"), ("表/2", "洛阳市统计局", "co"),
                                                      ("表/2", "洛阳市邮政管理局", "co")}


def test_permission_huitong_after_the_articles_own_duty():
    # a Zhejiang city 办法 (2020s): `X负责…，可以会同Y制定…` reads as `X负责…，会同Y…` (guide R44, R12): X lead, Y co;
    # `X可以会同Y…` alone, likewise
    text = ("宁波市养老服务条例实施办法\n第一条 为了规范养老服务，制定本办法。\n第二条 市民政局负责养老服务管理工作。\n"
            "第三条 市民政局可以会同市财政局制定养老服务补贴标准。\n"
            "第四条 市卫生健康委负责医养结合工作，可以会同市医疗保障局制定支付政策。\n")
    _, triples = _run(text, "浙江省宁波市", "prefecture")
    assert triples == {("第二条", "宁波市民政局", "responsible"), ("第三条", "宁波市民政局", "lead"),
                       ("第三条", "宁波市财政局", "co"), ("第四条", "宁波市卫生健康委员会", "lead"),
                       ("第四条", "宁波市医疗保障局", "co")}


def test_plain_peihe_sentence_after_the_items_lead_is_co():
    # a Fujian provincial 办法 (2010s): the article's 负责 names its lead; a later paragraph whose organs `应当配合` / `协助`
    # the work is their share (`co`, guide R40, R33), the group word naming both kinds (`等部门和单位`); without a lead
    # in the item the same sentence gives nothing (guide R15)
    text = ("福建省就业见习管理办法\n第一条 为规范就业见习管理，制定本办法。\n"
            "第二条 省人力资源社会保障厅负责全省就业见习工作的统筹规划。\n教育、共青团等部门和单位应当配合做好见习动员工作。\n"
            "第三条 见习基地应当按月发放基本生活费。\n省财政厅应当配合做好资金保障。\n")
    _, triples = _run(text, "福建省", "province")
    assert triples == {("第二条", "福建省人力资源和社会保障厅", "responsible"), ("第二条", "教育部门", "co"),
                       ("第二条", "共青团福建省委员会", "co")}
