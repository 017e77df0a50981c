"""Assignments, session 29 wave 2 (s29-assign2): classes read from the opened A24/A25, the S29 gold pass on the open
golds, the stress golds o13–o30 and the unlabelled stress notices o31–o48.

* guide R40 made precise: a sentence of its own whose organs 协助/配合 the work after the item's `负总责` (R11) is co; the
  township government or street office bracketed as the other's alternative is listed too; the share may be written
  `按照…的要求，各负其责，密切配合` (A18 a214, A17 a203, stress o34, o43);
* a service unit given the work with 负责 (no department) leaves its 会同 and 配合 partners co (A14 a175, A25 a292,
  A11 a132);
* guide R41 in a task-division table: every organ of a 牵头单位 cell leads under a first-listed note that does not speak
  of that column (A11 a127 after the S29 gold pass);
* service units listed before the organ that heads a 职责分工 line (`卫生院、计生办：负责…`) void nothing (A25 a292);
* `X组织Y负责…` with Y no organ gives X the work, responsible (A25 a290);
* a place's own squad, group or staff in an assignment list (`各村（社区）应急分队`) names no place (OLD a108);
* organs written as the employers of the staff an annotation names (`县农业局、县科技局驻镇技术人员`) get nothing (A17 a210);

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a Shandong prefecture 2015 办法, a Hunan county 2006 意见, a Guangxi township 2012 方案, a Jiangsu prefecture 2022 plan, a Hebei township 2009 方案, a Zhejiang county 2018 办法, a Yunnan county 2019 plan, a Shaanxi township 2020 方案); not copied from any
corpus.
"""
from tests.test_organs_s5 import _run


MEASURES = ("临沂市城市公共厕所管理办法\n第一章　总则\n第一条　为加强城市公共厕所管理，制定本办法。\n"
            "第二条　各区人民政府对本辖区公共厕所的建设和管理负总责。\n"
            "街道办事处（乡镇人民政府）应当协助做好公共厕所的日常巡查工作。\n"
            "第三条　市城市管理局负责全市公共厕所的监督管理。\n市规划局应当协助做好公共厕所的布局规划。\n"
            "第四条　公共厕所的保洁由产权单位负责。\n")


def test_assist_after_overall_responsibility_is_co():
    # a Shandong prefecture 办法 (2015): `负总责` names the article's lead as 负责 does (R11), so the organs that 协助 in a
    # sentence of their own are co (R40), the bracketed township government beside the street office too
    _, triples = _run(MEASURES, "山东省临沂市", "prefecture")
    assert {t for t in triples if t[0] == "第一章/第二条"} == {
        ("第一章/第二条", "各区人民政府", "responsible"), ("第一章/第二条", "街道办事处", "co"),
        ("第一章/第二条", "乡镇人民政府", "co")}
    assert {t for t in triples if t[0] == "第一章/第三条"} == {
        ("第一章/第三条", "临沂市城市管理局", "responsible"), ("第一章/第三条", "临沂市规划局", "co")}


def test_each_doing_its_part_after_the_lead_is_co():
    # a Hunan county 意见 (2006): after the item's 负责, `各有关部门要按照“…”的要求，各负其责，密切配合` is their share
    # of the lead's work (R40); with no lead in the item the same sentence gives nothing (R15)
    text = ("一、保障措施\n（一）加强领导。县环保局负责统筹协调全县污染减排工作。各有关部门要按照“谁主管、谁负责”的要求，"
            "各负其责，密切配合。\n（二）形成合力。各有关部门要按照“谁主管、谁负责”的要求，各负其责，密切配合。\n")
    _, triples = _run(text, "湖南省邵阳市隆回县", "county")
    assert triples == {("一/(一)", "隆回县环境保护局", "responsible"), ("一/(一)", "各有关部门", "co")}


def test_partners_of_a_service_unit_given_the_work_are_co():
    # a Guangxi township 方案 (2012): the station or 所 that is given the work is no department; the organs it works with
    # (会同) and those that 配合 it keep their share, co; an organ's own line stays as before
    text = ("三、职责分工\n（一）农机站：负责机耕道建设的技术指导，会同镇财政所做好补助资金兑付。\n"
            "（二）镇劳动保障事务所负责，各村配合做好外出务工人员登记。\n"
            "（三）镇财政所：负责补助资金的筹集和拨付。\n（四）镇中心校：组织学生开展植树活动。\n")
    _, triples = _run(text, "广西壮族自治区南宁市横县六景镇", "township")
    assert triples == {("三/(一)", "横县六景镇财政所", "co"), ("三/(二)", "各村", "co"),
                       ("三/(三)", "横县六景镇财政所", "responsible")}


TABLE = ("一、重点任务\n（一）推进户厕改造。完成改厕5000户。\n（二）推进污水治理。治理率达到40%。\n附件\n任务分工表\n"
         "序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限\n"
         "1 | 农房风貌管控 | 市住房城乡建设局、市自然资源和规划局 | 市农业农村局、各县（市、区）政府 | 2023年12月\n"
         "2 | 村庄清洁行动 | 市农业农村局 | 市卫生健康委、市妇联 | 每年\n"
         "注：列第一位者为牵头单位，其他单位按职责分工负责。\n")


def test_every_organ_of_a_lead_cell_leads_under_a_first_listed_note():
    # a Jiangsu prefecture plan (2022): the note's convention does not override the 牵头单位 column, which names both of
    # row 1's organs as leads (guide R41); the 责任单位 cell beside it is co (R16)
    _, triples = _run(TABLE, "江苏省淮安市", "prefecture")
    assert {t for t in triples if t[0] == "表/1"} == {
        ("表/1", "淮安市住房和城乡建设局", "lead"), ("表/1", "淮安市自然资源和规划局", "lead"),
        ("表/1", "淮安市农业农村局", "co"), ("表/1", "各县（市、区）政府", "co")}
    # a note that speaks of the 牵头 column itself still picks the first of its organs
    text = TABLE.replace("注：列第一位者", "注：牵头单位栏中有多个部门的，列第一位者")
    _, triples = _run(text, "江苏省淮安市", "prefecture")
    assert ("表/1", "淮安市自然资源和规划局", "co") in triples and ("表/1", "淮安市住房和城乡建设局", "lead") in triples


def test_units_listed_before_the_heading_organ_void_nothing():
    # a Hebei township 方案 (2009): the clinic and the stations are no departments; the office after them takes the line
    text = ("关于印发西柏坡镇2009年村容村貌整治工作方案的通知\n三、职责分工\n（一）卫生院、计生办：负责改厕的技术指导和卫生防疫。\n"
            "（二）农技站、林业站：负责苗木调配和栽植技术指导。\n（三）财政所：负责奖补资金的拨付。\n")
    _, triples = _run(text, "河北省石家庄市平山县西柏坡镇", "township")
    assert triples == {("三/(一)", "平山县西柏坡镇计生办", "responsible"), ("三/(三)", "平山县西柏坡镇财政所", "responsible")}


def test_an_organ_organising_non_organs_to_do_the_work_is_responsible():
    # a Zhejiang county 办法 (2018): the township government that organises the villagers' committees (no organ) is
    # given the upkeep; where it organises an organ the sentence gives nothing new (read as before)
    text = ("安吉县农村生活污水治理设施运行维护管理办法\n第一章　总则\n第一条　为规范设施运行维护，制定本办法。\n"
            "第二条　终端设施由乡镇人民政府组织村民委员会负责日常巡查。\n"
            "第三条　县住建局组织受益农户负责化粪池清掏。\n第四条　设施验收由乡党委组织委员具体负责。\n")
    _, triples = _run(text, "浙江省湖州市安吉县", "county")
    assert triples == {("第一章/第二条", "乡镇人民政府", "responsible"),
                       ("第一章/第三条", "安吉县住房和城乡建设局", "responsible")}


def test_a_places_own_squad_names_no_place():
    # a Yunnan county plan (2019): the villages' emergency squads are no organs and do not stand for the villages; the
    # villages and towns listed as such are kept (spec 1.1 section 5)
    text = ("一、重点任务\n（一）开展扑火演练。每季度开展1次。\n附件\n任务分工表\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "1 | 扑火应急演练 | 县应急局 | 各村（社区）应急分队、各乡镇 | 每季度1次\n"
            "2 | 火灾隐患排查 | 县林草局 | 各村（社区） | 每月\n")
    _, triples = _run(text, "云南省普洱市墨江哈尼族自治县", "county")
    assert {t for t in triples if t[2] == "co"} == {("表/1", "各乡镇", "co"), ("表/2", "各村（社区）", "co")}


def test_organs_employing_the_staff_named_get_nothing():
    # a Shaanxi township 方案 (2020): the staff the bureaus send are persons (guide R20); the run of organs their noun
    # closes gets nothing, the villages after them keep co, and the same bureaus named bare in the next item are co
    text = ("一、重点任务\n（一）推进标准化种植。每年开展技术培训12期。\n牵头单位：镇农业综合服务站；配合单位：县农业农村局、"
            "县科技局驻镇技术人员，各村（社区）。\n（二）推进品牌建设。培育区域品牌3个。\n牵头单位：县市场监管局；配合单位：县农业农村局、"
            "县科技局。\n")
    _, triples = _run(text, "陕西省汉中市城固县上元观镇", "township")
    assert triples == {("一/(一)", "各村（社区）", "co"), ("一/(二)", "城固县市场监督管理局", "lead"),
                       ("一/(二)", "城固县农业农村局", "co"), ("一/(二)", "城固县科学技术局", "co")}
