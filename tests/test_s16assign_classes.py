"""Session 16 (s16-assign): the classes built this session, each with a snippet written for the test in the style of a
province, level or era the opened batches do not show (exact triples; quotes grounded and departments listed, _run)."""
from pipeline import process_text
from tests.test_organs_s5 import _run


def _triples(text: str) -> set:
    r = process_text(text, doc_id="t").model_dump()
    names = {d["name"] for d in r["departments"]}
    for x in r["responsibilities"]:
        assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
        assert x["department"] in names
    return {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}


def test_you_ting_in_a_provincial_reply_is_the_single_addressee_jiangxi():
    # a 2013 Jiangxi 批复 to one department: 你厅 is 江西省林业厅 (its addressee line), 请你厅会同 gives lead and co
    got = _triples("江西省人民政府关于同意江西省油茶产业发展规划的批复\n赣府字〔2013〕41号\n\n省林业厅：\n"
                   "你厅《关于审批江西省油茶产业发展规划的请示》收悉。经研究，现批复如下：\n"
                   "一、原则同意《江西省油茶产业发展规划》，由你厅负责组织实施。\n"
                   "二、请你厅会同省财政厅做好资金整合工作。\n\n江西省人民政府\n2013年5月6日\n")
    assert got == {("一", "江西省林业厅", "responsible"), ("二", "江西省林业厅", "lead"), ("二", "江西省财政厅", "co")}


def test_you_wei_unresolved_when_the_addressees_are_several_or_not_its_kind_sichuan():
    # several addressees: whose 你委 stays unknown; an addressee government: 你局 names no bureau of it
    got = _triples("四川省人民政府办公厅关于做好农民工工资支付工作的复函\n\n省发展改革委、省人力资源社会保障厅：\n"
                   "你们的来函收悉。现函复如下：\n一、请你委会同省财政厅做好项目资金保障。\n\n"
                   "四川省人民政府办公厅\n2012年1月5日\n")
    assert got == set()
    got = _triples("国务院关于同意设立贵州内陆开放型经济试验区的批复\n\n贵州省人民政府：\n你省《关于设立试验区的请示》收悉。"
                   "现批复如下：\n一、请你局负责做好试验区的统计工作。\n\n国务院\n2016年8月16日\n")
    assert got == set()


def test_listed_duties_under_an_organ_heading_with_a_colon_shaanxi_county():
    # a 2014 Shaanxi county plan: `（一）县水务局：` over `1.负责…` `2.牵头…，县财政局配合` (spec 1.1 §6 organ-headed items)
    _, resp = _run("二、职责分工\n（一）县水务局：\n1.负责农村饮水工程的规划和建设管理；\n2.牵头制定工程管护办法，县财政局配合。\n"
                   "（二）县卫生局：负责饮用水水质监测。\n", "陕西省宝鸡市陇县", "county")
    assert resp == {("二/(一)", "陇县水务局", "responsible"), ("二/(一)/1", "陇县水务局", "responsible"),
                    ("二/(一)/2", "陇县水务局", "lead"), ("二/(一)/2", "陇县财政局", "co"),
                    ("二/(二)", "陇县卫生局", "responsible")}


def test_an_organ_after_a_division_lead_in_colon_opens_its_clause_hunan_article():
    # a 2009 Hunan 办法: `有关部门的职责分工：A负责…；B负责…` inside one article paragraph
    _, resp = _run("第一条　为加强粮食收购管理，制定本办法。\n第二条　省人民政府有关部门的职责分工：省粮食局负责粮食收购的"
                   "行业指导；省工商局负责粮食收购资格的登记。\n第三条　本办法自2009年1月1日起施行。\n", "湖南省", "province")
    assert resp == {("第二条", "湖南省粮食局", "responsible"), ("第二条", "湖南省工商行政管理局", "responsible")}


def test_organs_taken_along_by_the_lead_after_its_comma_liaoning():
    # a 2006 Liaoning notice: `X牵头，组织Y于…开展…`: Y co (spec 1.1 §6: every other organ of a lead's assignment)
    _, resp = _run("一、开展检查\n（一）省安全生产委员会办公室牵头，组织省有关部门于6月底前开展一次联合检查。\n", "辽宁省",
                   "province")
    assert resp == {("一/(一)", "辽宁省安全生产委员会办公室", "lead"), ("一/(一)", "辽宁省有关部门", "co")}


def test_responsible_subject_then_a_duty_toward_the_work_henan_prefecture():
    # a 2010 Henan 意见: `各县（市、区）人民政府是…的责任主体，对…负总责` (负总责 reads as 负责, guide R11)
    _, resp = _run("一、落实责任\n各县（市、区）人民政府是农村饮水安全工作的责任主体，对工程建设和运行管理负总责。\n",
                   "河南省周口市", "prefecture")
    assert resp == {("一", "各县（市、区）人民政府", "responsible")}


def test_a_government_heading_sectors_the_tables_miss_gets_nothing_hebei_article():
    # a 1998 Hebei 办法: `县级以上人民政府经济体制改革、财政…等有关部门，应当…负责…` (经济体制改革 unread): the subject is
    # the sectors, not the government; where the tables read every sector after the government, they keep their triples
    # (s17-era: 发展计划, this case's word before, is read since organ_sectors.tsv gained it: the three triples)
    _, resp = _run("第一条　为加强价格管理，制定本办法。\n第二条　县级以上人民政府经济体制改革、财政、国土资源等有关部门，应当按照"
                   "各自职责，负责有关的价格监督工作。\n", "河北省", "province")
    assert resp == set()
    _, resp = _run("第一条　为加强价格管理，制定本办法。\n第二条　县级以上人民政府发展计划、财政、国土资源等有关部门，应当按照"
                   "各自职责，负责有关的价格监督工作。\n", "河北省", "province")
    assert resp == {("第二条", "县级以上人民政府发展计划部门", "responsible"),
                    ("第二条", "县级以上人民政府财政部门", "responsible"),
                    ("第二条", "县级以上人民政府国土资源部门", "responsible")}
    _, resp = _run("第一条　为加强价格管理，制定本办法。\n第二条　县级以上人民政府计划、物价等有关部门，应当按照各自职责，"
                   "负责有关的价格监督工作。\n", "河北省", "province")
    assert resp == {("第二条", "县级以上人民政府计划部门", "responsible"), ("第二条", "县级以上人民政府物价部门", "responsible")}


def test_a_label_naming_people_ends_the_organs_jiangsu_town():
    # a 2017 Jiangsu town plan: `责任单位：A；责任人：各村党支部书记` (people, no organ given the item)
    _, resp = _run("一、重点工作\n（一）加强道路交通安全管理。责任单位：镇安监办；责任人：各村党支部书记\n"
                   "（二）开展隐患排查。（责任领导：分管副镇长；责任单位：镇安监办、各村（社区））\n",
                   "江苏省宿迁市沭阳县钱集镇", "township")
    assert resp == {("一/(一)", "沭阳县钱集镇安监办", "responsible"), ("一/(二)", "沭阳县钱集镇安监办", "responsible"),
                    ("一/(二)", "各村（社区）", "responsible")}


def test_members_in_the_item_that_sets_up_their_body_fujian_county():
    # a 2016 Fujian county-level city plan: the members' share in the set-up item is none (R10); a later item's is kept
    _, resp = _run("一、成立机构\n成立市旅游发展领导小组，市长任组长，市文体旅游局、市财政局为成员单位，负责全市旅游发展的统筹。"
                   "各成员单位按照职责分工负责相关工作。\n二、重点任务\n（一）完善设施。市文体旅游局负责景区设施建设，"
                   "各成员单位按照职责分工负责。\n", "福建省南平市武夷山市", "county")
    assert resp == {("二/(一)", "武夷山市文体旅游局", "responsible"), ("二/(一)", "各成员单位", "responsible")}


def test_an_organ_heading_a_contact_list_is_no_assignment_gansu_county():
    # a 2016 Gansu county notice collecting liaison officers: `（一）县扶贫办：\n1.负责人：…\n2.联系电话：…` (no duty)
    _, resp = _run("一、联络员名单\n（一）县扶贫办：\n1.负责人：王某某\n2.联系电话：0931-1234567\n（二）县财政局：\n"
                   "1.负责同志：李某\n2.联系电话：0931-7654321\n二、报送要求\n请各单位于3月10日前报送。\n",
                   "甘肃省定西市临洮县", "county")
    assert resp == set()


def test_villages_listed_without_ge_in_an_annotation_sichuan_town():
    # a 2017 Sichuan town plan: `责任单位：镇党政办、镇信访办、村（社区）` (a place in an assignment stands for its
    # government, kept as written); a village word inside another word (`村（社区）党组织`) or in prose is not taken
    got = _triples("关于印发隆昌市胡家镇2017年平安建设工作方案的通知\n隆昌市胡家镇人民政府\n\n各村（社区）、镇属各单位：\n"
                   "现将方案印发给你们，请遵照执行。\n\n胡家镇2017年平安建设工作方案\n\n一、重点工作\n"
                   "（一）做好信访维稳。责任单位：镇党政办、镇信访办、村（社区）\n"
                   "（二）加强基层组织建设。由镇党政办负责，村（社区）党组织配合。\n\n隆昌市胡家镇人民政府\n2017年3月1日\n")
    assert got == {("一/(一)", "隆昌市胡家镇党政办公室", "responsible"), ("一/(一)", "隆昌市胡家镇信访办公室", "responsible"),
                   ("一/(一)", "村（社区）", "responsible"), ("一/(二)", "隆昌市胡家镇党政办公室", "responsible")}


def test_qian_hao_tou_is_the_lead_shanxi_county_2011():
    # a 2011 Shanxi county plan: `X要牵好头，Y、Z要积极配合` (the lead's word of older plans): X lead, Y and Z co
    _, resp = _run("一、主要任务\n（一）加强劳务输出。县劳动保障局要牵好头，县总工会、县妇联要积极配合。\n",
                   "山西省吕梁市岚县", "county")
    assert resp == {("一/(一)", "岚县劳动和社会保障局", "lead"), ("一/(一)", "岚县总工会", "co"),
                    ("一/(一)", "岚县妇女联合会", "co")}


def test_listed_duties_inline_after_an_organ_heading_guangxi_county():
    # a 2018 Guangxi county plan: `（一）县住建局职责：1.负责…；2.牵头…，县财政局配合。` on one line (the numbered duties
    # are tasks of their own): the heading and each duty opening with its own cue are the heading organ's
    _, resp = _run("二、职责分工\n（一）县住建局职责：1.负责农村危房改造的组织实施；2.牵头制定建设标准，县财政局配合。\n",
                   "广西壮族自治区河池市东兰县", "county")
    assert resp == {("二/(一)", "东兰县住房和城乡建设局", "responsible"), ("二/(一)/1", "东兰县住房和城乡建设局", "responsible"),
                    ("二/(一)/2", "东兰县住房和城乡建设局", "lead"), ("二/(一)/2", "东兰县财政局", "co")}
