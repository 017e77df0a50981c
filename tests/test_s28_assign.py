"""Assignments, session 28 (s28-assign): classes read from the unlabelled stress notices o01–o18 and the opened A23.

* a note right under a task-division list that speaks for every row without a `注：` label
  (`各省级人民政府负责落实本地区各项任务，不再列出。`) or by naming "every task" (`…为各项任务的责任主体，负责本地具体
  实施`), guide R27;
* `参加单位：` (and `协助单位：`, `参与部门：`) as the co label of a flattened 重点任务分工 list;
* the first-listed convention declared in the transmitting notice for the table of the document it sends (spec 1.1 §6);
* an item of a 职责分工 section opened by its organs and their share, without 负责 (spec 1.1 §6, organ-headed items),
  but not an article (guide R17) nor a collective's mutual co-operation;
* `有关街道办事处` with its determiner, and a rural credit co-operative (`县农村信用联社`) in a 负责 subject list.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (a State Council 2021 list, a Hunan city 2021 table, a Tianjin district 2015 notice, a Beijing 2019 plan,
a Chongqing district 2017 plan, a Guangdong 2009 opinion); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_unlabelled_every_row_note_under_a_labelled_list():
    # a Gansu provincial plan (2017) whose attachment lists its tasks as labelled lines, closed by the provinces' share
    text = ("一、重点任务\n（一）完善网络。建设冷库。\n附件\n重点任务分工\n"
            "1.建设产地冷库，新增库容10万吨。\n牵头单位：省农牧厅\n参加单位：省财政厅、省发展改革委\n"
            "2.培育冷链物流企业。\n牵头单位：省商务厅\n参加单位：省交通运输厅\n"
            "各市州人民政府负责落实本地区各项任务，不再列出。\n")
    _, triples = _run(text, "甘肃省", "province")
    assert triples == {("表/1", "甘肃省农牧厅", "lead"), ("表/1", "甘肃省财政厅", "co"),
                       ("表/1", "甘肃省发展和改革委员会", "co"), ("表/1", "各市州人民政府", "responsible"),
                       ("表/2", "甘肃省商务厅", "lead"), ("表/2", "甘肃省交通运输厅", "co"),
                       ("表/2", "各市州人民政府", "responsible")}


def test_every_task_note_under_a_table():
    # a Yunnan county plan (2019) whose task table closes with a 备注 naming the towns as the subject of every task
    text = ("一、重点任务\n（一）治理垃圾。\n附件\n重点任务分工表\n"
            "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t建设垃圾中转站\t县住房城乡建设局\t县财政局\t2019年底前\n"
            "2\t开展村庄清洁行动\t县农业农村局\t县卫生健康局\t全年\n"
            "备注：各乡（镇）人民政府为各项任务的责任主体，负责本地具体实施。\n")
    _, triples = _run(text, "云南省红河哈尼族彝族自治州弥勒市", "county")
    rows = {t for t in triples if t[1] == "各乡（镇）人民政府"}
    assert rows == {("表/1", "各乡（镇）人民政府", "responsible"), ("表/2", "各乡（镇）人民政府", "responsible")}
    assert ("表/1", "弥勒市住房和城乡建设局", "lead") in triples and ("表/2", "弥勒市卫生健康局", "co") in triples


def test_a_sentence_after_a_table_that_is_no_note_gives_nothing_to_the_rows():
    # the paragraph after the table assigns nothing to its rows unless it speaks of every row
    text = ("一、重点任务\n（一）治理垃圾。\n附件\n重点任务分工表\n"
            "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t建设垃圾中转站\t县住房城乡建设局\t县财政局\t2019年底前\n"
            "县财政局负责统筹资金。\n")
    _, triples = _run(text, "云南省红河哈尼族彝族自治州弥勒市", "county")
    assert ("表/1", "弥勒市财政局", "responsible") not in triples


def test_first_listed_convention_declared_in_the_transmitting_notice():
    # a Sichuan city (Chengdu style, 2019) 办公厅 notice sending a task-division table, the convention in its own text
    text = ("成都市人民政府办公厅关于印发成都市2019年大气污染防治重点工作任务分工的通知\n成办发〔2019〕12号\n"
            "各区（市）县政府，市级各部门：\n现将《成都市2019年大气污染防治重点工作任务分工》印发给你们，请认真贯彻执行。"
            "列第一位者为牵头单位，其他为配合单位。\n成都市人民政府办公厅\n2019年3月1日\n"
            "成都市2019年大气污染防治重点工作任务分工\n"
            "序号\t工作任务\t责任单位\t完成时限\n"
            "1\t淘汰燃煤锅炉20台\t市生态环境局、市经信局、各区（市）县政府\t2019年10月底前\n"
            "2\t加强扬尘治理\t市住建局、市城管委\t全年\n")
    _, triples = _run(text, "四川省成都市", "prefecture")
    assert triples == {("表/1", "成都市生态环境局", "lead"), ("表/1", "成都市经济和信息化局", "co"),
                       ("表/1", "各区（市）县政府", "co"),
                       ("表/2", "成都市住房和城乡建设局", "lead"), ("表/2", "成都市城市管理委员会", "co")}


def test_organs_opening_an_item_of_a_division_section_without_fuze():
    # a Sichuan county plan (2018): the organs of an item of `三、职责分工` with their share and no 负责
    text = ("三、职责分工\n（一）县住建局负责统筹协调。\n（二）县教育局、县卫生健康局按照职责分工，分别推动学校、医院落实分类要求。\n"
            "（三）县财政局要保障经费。\n")
    _, triples = _run(text, "四川省南充市营山县", "county")
    assert triples == {("三/(一)", "营山县住房和城乡建设局", "responsible"),
                       ("三/(二)", "营山县教育局", "responsible"), ("三/(二)", "营山县卫生健康局", "responsible")}


def test_share_phrase_of_collectives_or_in_an_article_stays_no_assignment():
    # a collective's co-operation in a 职责 section (central style) and a 办法 article of a 职责 chapter (guide R17)
    text = ("六、明确职责\n（一）水利部负责统一管理。\n（二）国务院各有关部门要按照职责分工，密切配合，形成合力。\n")
    _, triples = _run(text, "", "central")
    assert triples == {("六/(一)", "水利部", "responsible")}
    text = ("第二章 部门职责\n第五条 县水利局负责工程管理。\n第六条 县公安局、县市场监管局按照各自职责，做好相关工作。\n")
    _, triples = _run(text, "山东省临沂市沂水县", "county")
    assert not {t for t in triples if t[1] in ("沂水县公安局", "沂水县市场监督管理局")}


def test_street_offices_with_their_determiner_in_a_subject_list():
    # a Jiangsu county plan (2012): the towns and the street offices concerned as the subject of 负责
    text = ("二、主要任务\n（一）完善设施。各镇人民政府、有关街道办事处负责收集点的选址和建设，县城管局负责技术指导。\n")
    _, triples = _run(text, "江苏省徐州市沛县", "county")
    assert triples == {("二/(一)", "各镇人民政府", "responsible"), ("二/(一)", "有关街道办事处", "responsible"),
                       ("二/(一)", "沛县城市管理局", "responsible")}


def test_credit_cooperative_in_a_subject_list_does_not_void_the_organs():
    # a Hunan county opinion (2010): an organ and the rural credit co-operative as the subject of 负责
    text = ("二、扶持措施\n（一）加大信贷支持。县工商局负责简化登记手续，县财政局、县农村信用联社负责落实贷款贴息。\n")
    _, triples = _run(text, "湖南省邵阳市新宁县", "county")
    assert triples == {("二/(一)", "新宁县工商行政管理局", "responsible"), ("二/(一)", "新宁县财政局", "responsible")}


def test_place_names_numbered_in_a_list_are_no_glued_headings():
    # a Guizhou county plan (2008): villages named 东一、东二 in a background sentence under 一、
    from pipeline.clean import normalize_string
    doc = normalize_string("一、基本情况\n全乡饮水不安全人口主要分布在东一、东二、东三、河坝等村。\n二、主要任务\n（一）建设水池。\n")
    assert "东一、东二、东三、河坝等村" in doc.text


def test_fire_bureau_of_a_public_security_department_as_the_subject():
    # a Hunan provincial notice (2008): the fire bureau of the department and the co-operating departments after 负责
    text = ("三、重点整治\n（一）消防安全整治。省公安厅消防局负责人员密集场所的消防安全检查，省教育厅、省民政厅等部门要配合做好"
            "本系统的消防安全工作。\n")
    _, triples = _run(text, "湖南省", "province")
    assert triples == {("三/(一)", "湖南省公安厅消防局", "responsible"), ("三/(一)", "湖南省教育厅", "co"),
                       ("三/(一)", "湖南省民政厅", "co")}


def test_level_list_before_a_bracketed_level_bureau_leading_a_huitong():
    # a Shaanxi city 细则 (2016): `市、县（区）人社局要会同财政部门…`; the bracketed level's bureau leads, the partner is co
    text = ("四、监督管理\n（一）加强检查。市、县（区）人社局要会同财政部门定期对补贴资金使用情况进行检查。\n")
    _, triples = _run(text, "陕西省宝鸡市", "prefecture")
    # (the city's level before it has its own bureau, a shared head distributed: spec 1.1 section 5)
    assert triples == {("四/(一)", "宝鸡市人力资源和社会保障局", "lead"), ("四/(一)", "县（区）人社局", "lead"),
                       ("四/(一)", "财政部门", "co")}


def test_statutory_weather_authority_as_the_subject_of_a_duty_article():
    # a Guangxi regulation-style 办法 (2012): the 气象法's 县级以上气象主管机构 given the article's work
    text = ("广西壮族自治区防雷减灾管理办法\n第一章 总则\n第一条 为了加强防雷减灾管理，制定本办法。\n"
            "第二条 本办法适用于本自治区行政区域内的防雷减灾活动。\n"
            "第三条 县级以上气象主管机构负责本行政区域内防雷减灾的管理工作。\n")
    _, triples = _run(text, "广西壮族自治区", "province")
    assert triples == {("第一章/第三条", "县级以上气象主管机构", "responsible")}


def test_peoples_organisations_with_their_strengths_before_canyu_are_co():
    # a Zhejiang provincial opinion (2012): after the departments' 负责, the people's organisations 发挥各自优势，积极参与
    text = ("二、主要措施\n（三）促进再就业。省人力社保厅、省财政厅负责政策指导，省总工会、团省委、省妇联要发挥各自优势，"
            "积极参与转岗培训。\n（四）加强宣传。省总工会要发挥作用，积极参与宣传。\n")
    _, triples = _run(text, "浙江省", "province")
    assert triples == {("二/(三)", "浙江省人力资源和社会保障厅", "responsible"), ("二/(三)", "浙江省财政厅", "responsible"),
                       ("二/(三)", "浙江省总工会", "co"), ("二/(三)", "共青团浙江省委员会", "co"),
                       ("二/(三)", "浙江省妇女联合会", "co")}


def test_page_titled_by_the_plan_its_notice_hands_on():
    # a Hebei town's web copy (2024): the page's title is the plan's, the notice's own title not printed; the plan
    # follows the notice's signature and date under its title again
    from pipeline.layout import find_layout
    text = ("某县人民政府 首页 > 乡镇信息 > 城关镇\n城关镇2024年人居环境整治工作要点\n发布日期：2024-03-06\n"
            "各村，镇直各单位：\n现将《城关镇2024年人居环境整治工作要点》印发给你们，请认真抓好落实。\n"
            "中共某县城关镇委员会\n某县城关镇人民政府\n2024年3月4日\n城关镇2024年人居环境整治工作要点\n"
            "2024年，全镇人居环境整治工作的总体要求是：巩固提升。\n一、整治村庄环境\n1.开展清洁行动。（责任单位：镇规划建设办公室，各村）\n")
    layout = find_layout(text)
    assert text[layout.body_start:].startswith("2024年，全镇人居环境整治")
    assert layout.notice_title is None and layout.title is not None
    assert layout.title.text == "城关镇2024年人居环境整治工作要点"


def test_huitong_clause_after_a_semicolon_goes_on_with_its_subject():
    # a Gansu county 职责分工 (2010): `A负责…；会同B…` gives A lead and B co (guide R12), the clause's subject the one
    # just before it, not the paragraph's first organ
    text = ("三、职责分工\n（一）县住建局负责农房重建的技术指导，组织编制设计图集；会同县质监局加强建材质量监管。\n"
            "（二）县民政局负责困难群众救助；县财政局负责资金拨付；会同县审计局开展资金审计。\n")
    _, triples = _run(text, "甘肃省陇南市文县", "county")
    assert triples == {("三/(一)", "文县住房和城乡建设局", "lead"), ("三/(一)", "文县质量技术监督局", "co"),
                       ("三/(二)", "文县民政局", "responsible"), ("三/(二)", "文县财政局", "lead"),
                       ("三/(二)", "文县审计局", "co")}


def test_street_offices_named_ke_and_written_short_in_a_label_line():
    # a Suzhou street office's plan (2022): its sections named 科 and its offices written short, first in a label line
    text = ("苏州市姑苏区双塔街道2022年垃圾分类工作方案\n一、主要任务\n（一）完善设施。新建投放点20个。\n"
            "牵头科室：城管科；配合单位：社会事业科、经济发展科、平安建设办\n"
            "（二）加强宣传。开展宣传活动。\n责任单位：城市管理办、各社区\n")
    _, triples = _run(text, "江苏省苏州市姑苏区双塔街道", "township")
    assert triples == {("一/(一)", "苏州市姑苏区双塔街道城管科", "lead"), ("一/(一)", "苏州市姑苏区双塔街道社会事业科", "co"),
                       ("一/(一)", "苏州市姑苏区双塔街道经济发展科", "co"), ("一/(一)", "苏州市姑苏区双塔街道平安建设办", "co"),
                       ("一/(二)", "苏州市姑苏区双塔街道城市管理办", "responsible"), ("一/(二)", "各社区", "responsible")}


def test_bracketed_level_before_a_function_named_department_after_a_semicolon():
    # a Tianjin 办法-style article (2013): the city bureau's duty, then `；区（县）…管理部门负责…` in the same article
    text = ("天津市建筑垃圾管理办法\n第一章 总则\n第一条 为加强建筑垃圾管理，制定本办法。\n"
            "第二条 本办法适用于本市行政区域。\n"
            "第三条 市市容园林委负责本办法的组织实施；区（县）市容园林管理部门负责本辖区内建筑垃圾的日常监督管理。\n")
    _, triples = _run(text, "天津市", "province")
    # ((s29-articles) the commission's full name of the time is sourced in organ_local_names.tsv: written out, guide D82)
    assert triples == {("第一章/第三条", "天津市市容和园林管理委员会", "responsible"),
                       ("第一章/第三条", "区（县）市容园林管理部门", "responsible")}


def test_organs_the_tables_miss_first_and_last_in_a_table_cell():
    # a Hebei county task table (2016): an organ written short that the tables miss opens one cell and closes another
    from pipeline.nlp.mentions import find_mentions
    cell = "1 | 整治扬尘 | 县城管执法局、县市容园林委、各乡镇政府 | 全年\n2 | 整治油烟 | 县市容园林委、县环保局 | 全年\n3 | 整治噪声 | 县环保局、县城乡规划委 | 全年\n"
    texts = [m.text for m in find_mentions(cell)]
    assert texts.count("县市容园林委") == 2 and "县城乡规划委" in texts
    # not a piece of prose before a list (a verb phrase opening the clause)
    assert "加强管理" not in [m.text for m in find_mentions("要加强管理、县环保局负责监测")]
