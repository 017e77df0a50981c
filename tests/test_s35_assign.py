"""Assignments, session 35 (s35-assign): shares of the work after an article's or item's lead, read from misses across the
open material (grouped by grammar, not by notice):

* `协同` after a lead is a co word like 配合 (guide S34, CN1 Q2): a sentence of its own after another organ's 负责 or 牵头
  in the article (`规划、建设等有关部门应当按照各自职责，协同做好…`) gives its organs `co`; with no lead named, R9 (nothing);
* the share written as a noun (`做好管线迁改、消防审查等配合工作`) and a list set off by a comma before its adverbial
  (`…等单位，按照各自职责…`) are the same share (R40).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the misses
(a Heilongjiang city's rule of 2008, a Sichuan county's rule of 2016, a Fujian city's notice of 2019); not copied from any
corpus.
"""
from tests.test_s33_articles import _run


def _article(title: str, signer: str, date: str, article: str):
    body = f"第一条　为了加强管理，制定本办法。\n第二条　{article}\n第三条　本办法自发布之日起施行。"
    return _run(title, signer, date, body)


def test_synergy_in_a_paragraph_after_the_article_s_responsible_organ_is_co():
    # a Heilongjiang city's rule of 2008: the bureau's 负责, then the sectors' 协同 in a paragraph of its own
    _, triples, _ = _article("牡丹江市城市供热管理办法", "牡丹江市人民政府", "2008年10月1日",
                             "市供热管理办公室负责本市城市供热的监督管理工作。\n"
                             "　　发展改革、财政、质量技术监督等有关部门应当按照各自职责，协同做好城市供热管理工作。")
    assert triples == {("第二条", "牡丹江市供热管理办公室", "responsible"), ("第二条", "发展改革部门", "co"),
                       ("第二条", "财政部门", "co"), ("第二条", "质量技术监督部门", "co")}


def test_synergy_with_no_lead_named_gives_nothing():
    # the same sentence alone in its article: R9, no lead named, no assignment
    _, triples, _ = _article("牡丹江市城市供热管理办法", "牡丹江市人民政府", "2008年10月1日",
                             "市财政局、市物价局应当按照各自职责，协同做好城市供热管理工作。")
    assert triples == set()


def test_a_share_named_as_a_noun_after_a_comma_is_co():
    # a Sichuan county's rule of 2016: the units listed, a comma, then `做好…等配合工作`
    _, triples, _ = _article("蓬溪县既有住宅增设电梯管理办法", "蓬溪县人民政府", "2016年6月1日",
                             "县住房和城乡建设局负责增设电梯的组织协调和监督指导。\n"
                             "县财政局、县自然资源和规划局等单位，按照各自职责做好资金拨付、规划审查等配合工作。")
    assert triples == {("第二条", "蓬溪县住房和城乡建设局", "responsible"), ("第二条", "蓬溪县财政局", "co"),
                       ("第二条", "蓬溪县自然资源和规划局", "co")}


def test_cooperation_as_a_noun_of_a_unit_s_own_work_is_no_share():
    # a Fujian city's notice of 2019: 配合 inside a named body of work with no lead before it gives nothing
    _, triples, _ = _article("莆田市既有住宅增设电梯实施办法", "莆田市人民政府", "2019年5月1日",
                             "市财政局、市审计局等单位，按照各自职责做好资金拨付等配合工作。")
    assert triples == set()


def test_duty_after_a_comma_and_the_duties_as_fixed_is_responsible():
    # a Guangxi city's rule of 2006: district governments listed, a comma, then `按照规定的职责负责…`
    _, triples, _ = _article("柳州市户外广告设置管理办法", "柳州市人民政府", "2006年4月1日",
                             "市市政管理局负责本市户外广告设置的监督管理工作。\n"
                             "城中区、鱼峰区人民政府和各开发区管理委员会，按照规定的职责负责本辖区内户外广告设置的日常监督管理工作。")
    assert triples == {("第二条", "柳州市市政管理局", "responsible"), ("第二条", "柳州市城中区人民政府", "responsible"),
                       ("第二条", "柳州市鱼峰区人民政府", "responsible"), ("第二条", "各开发区管理委员会", "responsible")}


def test_a_comma_after_a_duty_clause_opens_no_new_subject():
    # the comma belongs to the adverbial only before a duty: `X负责…，按照…` gives X its one duty
    _, triples, _ = _article("柳州市户外广告设置管理办法", "柳州市人民政府", "2006年4月1日",
                             "市市政管理局负责本市户外广告设置的审批，按照法定职责实施监督检查。")
    assert triples == {("第二条", "柳州市市政管理局", "responsible")}


def _plan(title: str, signer: str, date: str, body: str):
    return _run(title, signer, date, body)[1]


def test_an_enterprise_branch_written_down_its_chain_voids_no_organ_of_the_bracket():
    # a Shandong city's opinions of 2016: a state insurer's sales office listed with the city's bureaus
    triples = _plan("潍坊市关于加快发展现代保险服务业的实施意见", "潍坊市人民政府", "2016年3月1日",
                    "一、主要任务\n（一）支持外贸发展。扩大短期出口信用保险覆盖面。（市商务局、市财政局、中国出口信用保险公司山东分公司"
                    "潍坊营销服务部按职责分工负责）\n（二）发展农业保险。扩大农业保险覆盖面。（市农业局、市财政局按职责分工负责）\n")
    assert triples == {("一/(一)", "潍坊市商务局", "responsible"), ("一/(一)", "潍坊市财政局", "responsible"),
                       ("一/(二)", "潍坊市农业局", "responsible"), ("一/(二)", "潍坊市财政局", "responsible")}


def test_a_town_unit_without_its_town_opening_the_partners_voids_no_organ():
    # a Guizhou town's plan of 2020: the town's own centre, written without the town, first among the 会同 partners
    triples = _plan("茅坪镇2020年地质灾害防治工作方案", "锦屏县茅坪镇人民政府", "2020年3月1日",
                    "一、工作措施\n（一）开展汛前排查。4月底前，由镇国土资源所牵头，会同农业服务中心、镇应急管理办公室、镇派出所，"
                    "对全镇地质灾害隐患点开展排查。\n")
    assert ("一/(一)", "锦屏县茅坪镇国土资源所", "lead") in triples
    assert ("一/(一)", "锦屏县茅坪镇应急管理办公室", "co") in triples
    assert all(t[1] != "农业服务中心" for t in triples)


_DIVISION = ("一、明确部门安全生产工作职责\n　　省政府有关部门安全生产工作职责明确如下：\n"
             "　　省安全生产监督管理局：负责工矿商贸企业安全生产监督管理。\n"
             "　　省监察厅：依法监督检查有关部门和人员履行安全生产职责情况，参与重大事故调查处理。\n"
             "　　省总工会：依法组织职工参加本单位安全生产工作的民主管理和民主监督。\n"
             "　　省交通运输厅：牵头组织公路水路运输安全专项整治。\n"
             "二、加强监督\n（一）严格执法。各地要严格执法。\n")


def test_organ_paragraphs_under_a_division_lead_in_are_the_organs_shares():
    # a Qinghai provincial opinion of 2011: one paragraph per organ under `…职责明确如下：`, some with no 负责
    triples = _plan("青海省人民政府关于进一步加强安全生产工作的意见", "青海省人民政府", "2011年5月1日", _DIVISION)
    assert triples == {("一", "青海省安全生产监督管理局", "responsible"), ("一", "青海省监察厅", "responsible"),
                       ("一", "青海省总工会", "responsible"), ("一", "青海省交通运输厅", "lead")}


def test_organ_paragraphs_under_a_heading_that_divides_nothing_give_nothing():
    # the same paragraphs under a heading that names no division and no lead-in: no assignment without 负责
    body = ("一、工作情况\n　　各部门工作开展情况如下：\n"
            "　　省监察厅：依法监督检查有关部门和人员履行安全生产职责情况。\n"
            "　　省总工会：依法组织职工参加本单位安全生产工作的民主管理。\n")
    triples = _plan("青海省人民政府关于进一步加强安全生产工作的意见", "青海省人民政府", "2011年5月1日", body)
    assert triples == set()


def test_the_districts_concerned_of_a_town_in_a_label_list_are_co_after_its_lead():
    # a Henan town's plan of 2018: `相关管区` closing the list after a lead label, like `各管区`
    triples = _plan("城郊乡2018年人居环境整治工作方案", "郸城县城郊乡人民政府", "2018年4月1日",
                    "一、重点任务\n（一）清理村庄垃圾。开展集中清理行动。（牵头单位：乡环卫所；责任单位：乡财政所、相关管区）\n"
                    "（二）整治坑塘。完成坑塘整治。（责任单位：乡水利站、各管区）\n")
    assert ("一/(一)", "相关管区", "co") in triples and ("一/(二)", "各管区", "responsible") in triples
    assert ("一/(一)", "郸城县城郊乡财政所", "co") in triples


def test_a_town_unit_without_its_town_opening_the_objects_of_a_lead_voids_none():
    # a Shanxi town's plan of 2021: the town office leads the stations it names, the first one the tables miss
    triples = _plan("北留镇燃气安全专项整治方案", "阳城县北留镇人民政府", "2021年10月1日",
                    "一、工作要求\n（一）强化联合执法。镇应急办要牵头组织派出所、镇市场监管所、镇综合执法队等开展联合执法检查，"
                    "对拒不整改的依法处罚。\n")
    assert triples == {("一/(一)", "阳城县北留镇应急办", "lead"), ("一/(一)", "阳城县北留镇市场监督管理所", "co"),
                       ("一/(一)", "阳城县北留镇综合执法队", "co")}


def test_an_unknown_body_ending_in_jigou_voids_no_co_organ_after_the_lead():
    # a Jiangxi city's rule of 2021: a body named 机构 the tables miss, between known organs, closing on 等单位
    _, triples, _ = _article("赣州市既有住宅增设电梯管理办法", "赣州市人民政府", "2021年6月1日",
                             "市住房和城乡建设局负责增设电梯的组织协调。\n"
                             "市城市管理局、市无线电管理机构、市财政局等单位，按照各自职责做好管线迁改、资金拨付等配合工作。")
    assert triples == {("第二条", "赣州市住房和城乡建设局", "responsible"), ("第二条", "赣州市城市管理局", "co"),
                       ("第二条", "赣州市财政局", "co")}


def test_a_bracketed_co_mark_after_one_organ_of_a_list_is_that_organ_s_alone():
    # a Hubei county's plan of 2019: `（配合）` marks the last organ of the list, as `（牵头）` marks one
    triples = _plan("竹溪县河湖长制工作方案", "竹溪县人民政府", "2019年4月1日",
                    "一、主要任务\n（一）加强水资源保护。严格用水总量控制。（责任单位：县水利和湖泊局、县发展和改革局、县气象局（配合））\n")
    assert triples == {("一/(一)", "竹溪县水利和湖泊局", "responsible"), ("一/(一)", "竹溪县发展和改革局", "responsible"),
                       ("一/(一)", "竹溪县气象局", "co")}
