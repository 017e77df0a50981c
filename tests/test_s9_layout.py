"""Session 9 (s9-layout): metadata and task structure by construction class. Snippets written for
these tests in the style of many offices, levels and eras (not copied from any corpus); exact
expected values per spec 1.1 sections 3 and 4 (decisions: docs/decisions/layout-meta-s9.md)."""
import pytest

from pipeline.document import process_text

KEYS = ['title', 'notice_title', 'doc_number', 'issuers', 'issue_date', 'region', 'admin_level', 'doc_type']


def _check(text, want):
    rec = process_text(text, doc_id="t").model_dump()
    md = rec["metadata"]
    assert {k: md[k] for k in want if k in KEYS} == {k: v for k, v in want.items() if k in KEYS}
    if "tasks" in want:
        assert [(t["path"], t["heading"]) for t in rec["tasks"]] == [tuple(t) for t in want["tasks"]]
    assert all(rec["text"][t["span"][0]:t["span"][1]] == t["quote"] for t in rec["tasks"])
    return rec


# --- class 1: a body without title block (database copies): region, level, genre from the body ---------

BODY_ONLY = [
    # a central opinion that names the provinces where it acts: not the region of the first place named
    pytest.param('为推进区域协调发展，现提出以下意见。\n一、总体要求\n（一）指导思想。\n二、重点任务\n（二）支持东北地区振兴。支持辽宁、吉林、'
                 '黑龙江三省加快老工业基地改造。国家发展改革委牵头，财政部等按职责分工负责。\n（三）推动中部崛起。支持河南、湖北、湖南发展。\n',
                 {'title': None, 'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='central_names_provinces'),
    pytest.param('为推动长江三角洲区域一体化发展，现提出以下意见：\n一、总体要求\n上海、江苏、浙江、安徽三省一市要加强协作。\n二、重点任务\n'
                 '（一）推进基础设施互联互通。国家发展改革委、交通运输部负责。\n（二）加强生态环境共保联治。生态环境部负责。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见',
                  'tasks': [('一', '总体要求'), ('二', '重点任务'), ('二/(一)', '推进基础设施互联互通'), ('二/(二)', '加强生态环境共保联治')]},
                 id='central_region_of_provinces_colon_lead'),
    pytest.param('为加强耕地保护，现就有关事项通知如下：\n一、严格落实耕地保护责任\n省级人民政府对本行政区域耕地保有量负总责。\n'
                 '二、严格控制建设占用耕地\n北京、上海等超大城市要率先实现减量。自然资源部要加强监督检查。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '通知'},
                 id='central_provinces_as_lower_level'),
    pytest.param('为指导各地做好农村生活污水治理工作，制定本指南。\n一、适用范围\n本指南适用于全国农村地区。浙江省金华市、四川省成都市郫都区等地的经验可供借鉴。\n'
                 '二、基本要求\n（一）因地制宜。各地要结合实际。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '指南'},
                 id='central_guide_nationwide'),
    # local documents stay local: own organs with a bare level, or national organs only cited
    pytest.param('为加快建设制造强省，结合我省实际，制定本行动计划。\n一、发展目标\n到2025年，全省制造业增加值占比稳定在30%以上。\n二、重点任务\n'
                 '（一）打造先进制造业集群。支持长沙、株洲、湘潭建设装备制造业集群。（省工业和信息化厅牵头，长沙市、株洲市人民政府负责）\n'
                 '（二）实施技改工程。争取国家发展改革委、工业和信息化部支持。省财政厅负责。\n',
                 {'issuers': [], 'region': '湖南省', 'admin_level': 'province', 'doc_type': '行动计划'},
                 id='province_plan_names_its_cities'),
    pytest.param('为做好第三批国家级服务业标准化试点工作，按照国家标准委、商务部要求，制定本方案。\n一、试点范围\n郑州、洛阳、开封。\n二、工作要求\n'
                 '（一）各区要认真组织实施。\n',
                 {'issuers': [], 'region': '河南省郑州市', 'admin_level': 'prefecture', 'doc_type': '方案'},
                 id='city_cites_national_organs'),
    pytest.param('为贯彻落实《浙江省数字经济促进条例》，加快全市数字经济发展，结合我市实际，制定本实施意见。\n一、总体目标\n'
                 '到2025年，全市数字经济核心产业增加值突破1000亿元。\n二、主要任务\n（一）建设数字基础设施。市经信局牵头，市发改委配合。\n'
                 '（二）培育数字产业。支持温州经济技术开发区建设数字经济产业园。\n',
                 {'issuers': [], 'region': '浙江省温州市', 'admin_level': 'prefecture', 'doc_type': '实施意见'},
                 id='city_names_its_province'),
    # the first sentence ending in a colon is the body's, not an addressee: its organs and genre count
    pytest.param('为进一步规范中小学办学行为，江西省教育厅现将有关事项通知如下：\n一、严格执行课程计划\n各地要开齐开足课程。\n'
                 '二、规范招生行为\n各市、县（区）教育局要加强督查。\n',
                 {'issuers': [], 'region': '江西省', 'admin_level': 'province', 'doc_type': '通知',
                  'tasks': [('一', '严格执行课程计划'), ('二', '规范招生行为')]},
                 id='lead_sentence_with_colon_is_body'),
]


@pytest.mark.parametrize("text,want", BODY_ONLY)
def test_body_only(text, want):
    _check(text, want)


def test_lead_sentence_is_no_addressee():
    rec = process_text('为做好今年防汛抗旱工作，经省政府同意，现将有关事项通知如下：\n一、提高思想认识\n各地要充分认识。\n', doc_id="t")
    assert rec.text.startswith("为做好")
    # a real addressee is still one
    rec = process_text('关于做好防汛工作的通知\n各市、县人民政府，省政府各部门：\n为做好今年防汛工作，现通知如下：\n一、提高认识\n各地要重视。\n'
                       '河南省人民政府\n2019年5月6日\n', doc_id="t")
    assert rec.metadata.issuers == ['河南省人民政府'] and rec.metadata.region == '河南省'


# --- class 2: items run on after semicolons on one line -----------------------------------------------

H = '关于加强安全生产工作的意见\n各县（区）人民政府：\n现提出如下意见。\n一、强化安全生产责任\n（一）落实企业主体责任。企业要建立健全制度。\n'
E = '（二）落实部门监管责任。\n云浮市人民政府\n2016年4月1日\n'
T_HEAD = [('一', '强化安全生产责任'), ('一/(一)', '落实企业主体责任')]

RUN_ON = [
    pytest.param(H + '（1）完善设施；（2）开展培训。\n' + E,
                 {'tasks': T_HEAD + [('一/(一)/(1)', '完善设施'), ('一/(一)/(2)', '开展培训'), ('一/(二)', '落实部门监管责任')]},
                 id='paren_items_one_line'),
    pytest.param(H + '①完善设施；②开展培训；③加强检查。\n' + E,
                 {'tasks': T_HEAD + [('一/(一)/①', '完善设施'), ('一/(一)/②', '开展培训'), ('一/(一)/③', '加强检查'),
                                     ('一/(二)', '落实部门监管责任')]},
                 id='circled_items_one_line'),
    pytest.param(H + '1.完善设施；2.开展培训。\n' + E,
                 {'tasks': T_HEAD + [('一/(一)/1', '完善设施'), ('一/(一)/2', '开展培训'), ('一/(二)', '落实部门监管责任')]},
                 id='arabic_items_one_line'),
    # a heading ended by its stop is as before
    pytest.param(H + '1.完善设施。加大投入；2.开展培训。\n' + E,
                 {'tasks': T_HEAD + [('一/(一)/1', '完善设施'), ('一/(一)/2', '开展培训'), ('一/(二)', '落实部门监管责任')]},
                 id='stop_then_semicolon_item'),
]


@pytest.mark.parametrize("text,want", RUN_ON)
def test_items_run_on(text, want):
    _check(text, want)


# --- class 3: older notices: a date signed by seal only, the 版记's printing office ------------------

B = '一、提高认识，加强领导\n各地要高度重视。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n'
TASKS_B = [('一', '提高认识，加强领导'), ('二', '明确责任，狠抓落实')]

OLDER = [
    pytest.param('关于加强城市绿化管理的通知\n衡政发[1998]23号\n各县（市）人民政府，市直各单位：\n' + B + '一九九八年七月八日\n'
                 '主题词：城建　绿化　通知\n抄送：市委办公室，市人大常委会办公室。\n衡阳市人民政府办公室　1998年7月10日印发\n',
                 {'doc_number': '衡政发[1998]23号', 'issuers': [], 'issue_date': '1998-07-08', 'region': '湖南省衡阳市',
                  'admin_level': 'prefecture', 'doc_type': '通知', 'tasks': TASKS_B},
                 id='seal_date_then_banji'),
    pytest.param('关于加强统计工作的若干规定\n第一条　为加强统计工作，制定本规定。\n第二条　本规定自发布之日起施行。\n主题词：统计　规定\n'
                 '国家统计局办公室　　1996年5月20日印发\n',
                 {'issuers': [], 'issue_date': '1996-05-20', 'region': '全国', 'admin_level': 'central', 'doc_type': '规定',
                  'tasks': [('第一条', '为加强统计工作，制定本规定'), ('第二条', '本规定自发布之日起施行')]},
                 id='printing_office_central'),
    pytest.param('关于进一步加强农村义务教育工作的通知\n鲁政发[2003]45号\n各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n' + B
                 + '山东省人民政府\n二○○三年六月十日\n主题词：教育　农村　通知\n抄送：省委各部门，省人大常委会办公厅，省政协办公厅。\n'
                 '山东省人民政府办公厅　　　　2003年6月12日印发\n',
                 {'doc_number': '鲁政发[2003]45号', 'issuers': ['山东省人民政府'], 'issue_date': '2003-06-10', 'region': '山东省',
                  'admin_level': 'province', 'doc_type': '通知', 'tasks': TASKS_B},
                 id='signed_province_banji'),
    pytest.param('关于做好下岗职工基本生活保障工作的通知\n劳社部发[2001]8号\n各省、自治区、直辖市劳动和社会保障厅（局）：\n' + B
                 + '劳动和社会保障部\n二○○一年三月一日\n主题词：劳动　就业　通知\n抄送：各省、自治区、直辖市劳动厅（局）。\n'
                 '劳动和社会保障部办公厅　　　　2001年3月5日印发\n',
                 {'doc_number': '劳社部发[2001]8号', 'issuers': ['劳动和社会保障部'], 'issue_date': '2001-03-01', 'region': '全国',
                  'admin_level': 'central', 'doc_type': '通知', 'tasks': TASKS_B},
                 id='abolished_ministry_square_brackets'),
    pytest.param('关于加强建筑工程质量管理的通知\n建建(2000)112号\n各省、自治区建设厅，直辖市建委：\n' + B + '建设部\n二〇〇〇年五月十日\n'
                 '主题词：建筑　质量　通知\n抄送：国务院办公厅。\n建设部办公厅　2000年5月12日印发\n',
                 {'doc_number': '建建(2000)112号', 'issuers': ['建设部'], 'issue_date': '2000-05-10', 'region': '全国',
                  'admin_level': 'central', 'tasks': TASKS_B},
                 id='round_brackets_number'),
]


@pytest.mark.parametrize("text,want", OLDER)
def test_older_notices(text, want):
    _check(text, want)


# --- class 4: the 发文机关标志 as the organ's name alone over a self-titled plan --------------------------

B4 = '一、总体要求\n（一）指导思想。全面贯彻落实党中央决策部署。\n二、重点任务\n（二）加强基础设施建设。各地要加大投入。\n'

MASTHEAD = [
    pytest.param('河南省人民政府办公厅\n河南省推进数字政府建设工作方案\n为加快推进数字政府建设，制定本方案。\n' + B4,
                 {'title': '河南省推进数字政府建设工作方案', 'issuers': ['河南省人民政府办公厅'], 'region': '河南省',
                  'admin_level': 'province', 'doc_type': '工作方案'},
                 id='office_line_over_plan_title'),
    pytest.param('中共宁陵县委　宁陵县人民政府\n宁陵县乡村振兴三年行动计划（2021—2023年）\n为全面推进乡村振兴，制定本行动计划。\n' + B4,
                 {'title': '宁陵县乡村振兴三年行动计划（2021—2023年）', 'issuers': ['中共宁陵县委员会', '宁陵县人民政府'],
                  'region': '河南省商丘市宁陵县', 'admin_level': 'county', 'doc_type': '行动计划'},
                 id='joint_organs_line_over_plan_title'),
    # a signature still wins; a line that is no organ's name is no issuer
    pytest.param('江西省人民政府门户网站\n江西省优化营商环境行动方案\n为优化营商环境，制定本方案。\n' + B4,
                 {'title': '江西省优化营商环境行动方案', 'issuers': [], 'region': '江西省', 'doc_type': '行动方案'},
                 id='portal_line_is_no_organ'),
]


@pytest.mark.parametrize("text,want", MASTHEAD)
def test_masthead_organ_line(text, want):
    _check(text, want)


# --- class 5: more body-only copies: reply letters, a district's notice, a 规定's 过渡语, a plan's whole ----

BODY_ONLY_2 = [
    # `（市场监管总局负责）` is no city bureau: a central opinion's annotations stay central
    pytest.param('为加强食品安全监管，经国务院同意，现提出以下意见：\n一、总体要求\n（一）指导思想。\n二、重点任务\n'
                 '（二）严格进口食品检验。上海市要先行先试。（市场监管总局、海关总署负责）\n（三）打击食品犯罪。（市场监管总局、公安部负责）\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='market_regulator_is_no_city_bureau'),
    # a central reply to a province (`你省…全省`): the whole is the addressee's
    pytest.param('你省《关于商请支持退耕还林后续产业发展的函》收悉。经商国务院有关部门，现函复如下：\n一、关于后续产业\n'
                 '你省在全省范围内推进林果业发展，国家林业局将研究支持。\n二、关于生态移民\n国家发展改革委拟会同有关部门研究。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '复函'},
                 id='central_reply_to_province'),
    # a 规定 announced by its own 过渡语
    pytest.param('为规范道路运输经营许可工作，根据《道路运输条例》，现对许可有关事项规定如下：\n一、许可条件\n'
                 '申请人应当具备下列条件。\n二、办理程序\n由所在地交通运输主管部门办理。\n',
                 {'issuers': [], 'doc_type': '规定'}, id='rule_announced_by_transition'),
    pytest.param('为深入实施职业技能提升行动，现制定方案如下：\n一、目标任务\n到2027年，全省开展补贴性职业技能培训300万人次。\n'
                 '二、主要措施\n（一）支持杭州、宁波、温州建设公共实训基地。\n（二）鼓励嘉兴、湖州、绍兴企业开展培训。\n',
                 {'issuers': [], 'region': '浙江省', 'admin_level': 'province', 'doc_type': '方案'},
                 id='province_whole_over_its_cities'),
    # a district's notice: its own organs (`区文化局`, `区政府各委、办、局`) over a body that names the city more often
    pytest.param('区政府各委、办、局，各街道办事处：\n区住房建设委《关于推进老旧小区改造的实施意见》已经区政府第21次常务会议通过，现转发给你们，请遵照执行。\n'
                 '为认真贯彻《天津市老旧小区改造工作方案》和天津市城市更新工作会议精神，进一步做好河西区老旧小区改造工作，按照天津市人民政府要求，现提出如下意见。\n'
                 '一、总体要求\n（一）指导思想。\n二、主要任务\n（二）摸清改造底数。\n',
                 {'issuers': [], 'region': '天津市河西区', 'admin_level': 'county'},
                 id='district_organs_over_city_name'),
]


@pytest.mark.parametrize("text,want", BODY_ONLY_2)
def test_body_only_more(text, want):
    _check(text, want)


# --- class 6: a government order copied without its 令 header --------------------------------------------

RULE = '第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市行政区域。\n第二章　附则\n第三条　本办法自2019年7月1日起施行。\n'
RULE_TASKS = [('第一章', '总则'), ('第一章/第一条', '为了规范管理，制定本办法'), ('第一章/第二条', '本办法适用于本市行政区域'),
              ('第二章', '附则'), ('第二章/第三条', '本办法自2019年7月1日起施行')]

ORDER_CUT = [
    pytest.param('《洛阳市城市绿化管理办法》已经2019年4月20日市人民政府第52次常务会议通过，现予公布，自2019年7月1日起施行。\n'
                 '市长　刘宛康\n2019年5月6日\n洛阳市城市绿化管理办法\n' + RULE,
                 {'title': '洛阳市城市绿化管理办法', 'doc_number': None, 'issuers': ['洛阳市人民政府'], 'issue_date': '2019-05-06',
                  'region': '河南省洛阳市', 'admin_level': 'prefecture', 'doc_type': '办法', 'tasks': RULE_TASKS},
                 id='city_order_without_header'),
    pytest.param('《四川省政府信息公开规定》已经2018年9月3日省人民政府第12次常务会议审议通过，现予公布，自2018年11月1日起施行。\n'
                 '省　长：尹力\n2018年9月20日\n四川省政府信息公开规定\n' + RULE.replace('办法', '规定').replace('本市', '本省'),
                 {'title': '四川省政府信息公开规定', 'issuers': ['四川省人民政府'], 'issue_date': '2018-09-20', 'region': '四川省',
                  'admin_level': 'province', 'doc_type': '规定'},
                 id='province_order_spaced_head_colon'),
    pytest.param('《西宁市物业管理办法》已经2017年10月9日西宁市人民政府第十四届72次常务会议审议通过，现予公布，自2018年1月1日起施行。\n'
                 '代市长　　张晓容\n2017年10月30日\n西宁市物业管理办法\n' + RULE,
                 {'title': '西宁市物业管理办法', 'issuers': ['西宁市人民政府'], 'issue_date': '2017-10-30', 'region': '青海省西宁市',
                  'admin_level': 'prefecture', 'doc_type': '办法', 'tasks': RULE_TASKS},
                 id='acting_mayor_term_numbered_meeting'),
    # the order with its header is read as before
    pytest.param('南宁市人民政府令\n第26号\n《南宁市城市绿化管理办法》已经2019年4月20日市人民政府第52次常务会议通过，现予公布，自2019年7月1日起施行。\n'
                 '市长　周红波\n2019年5月6日\n南宁市城市绿化管理办法\n' + RULE,
                 {'title': '南宁市城市绿化管理办法', 'doc_number': '南宁市人民政府令第26号', 'issuers': ['南宁市人民政府'],
                  'issue_date': '2019-05-06', 'region': '广西壮族自治区南宁市', 'admin_level': 'prefecture', 'doc_type': '办法',
                  'tasks': RULE_TASKS},
                 id='order_with_header'),
]


@pytest.mark.parametrize("text,want", ORDER_CUT)
def test_order_without_header(text, want):
    _check(text, want)


# --- class 7: a central body's own formulas, and a State Council order without its header ----------------

CENTRAL_VOICE = [
    pytest.param('近年来，各地区、各部门积极推进养老服务体系建设，取得明显成效。为进一步推进养老服务发展，经国务院同意，现提出以下意见：\n'
                 '一、总体要求\n（一）指导思想。\n二、重点任务\n（二）支持北京、上海等城市开展试点。\n三、组织实施\n'
                 '各地区、各部门要加强组织领导，民政部要会同有关部门加强督促检查，重大事项及时向国务院报告。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='state_council_office_formulas'),
    pytest.param('为推进农村集体经营性建设用地入市，决定开展试点工作。现将有关事项通知如下：\n一、试点内容\n在天津、江苏、重庆开展试点。\n'
                 '二、组织实施\n农业农村部负责试点工作的统筹协调，各省级农业农村部门负责组织本省份的试点。农业农村部将适时组织评估。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '通知'},
                 id='ministry_with_provinces_as_units'),
    # a county's plan that reports to the State Council's policy stays the county's
    pytest.param('为贯彻落实党中央、国务院决策部署，结合我县实际，制定本方案。\n一、工作目标\n到2025年，全县农村公路通达率100%。\n'
                 '二、工作措施\n（一）县交通运输局牵头推进农村公路建设。\n（二）争取交通运输部、财政部支持。\n本方案由南召县交通运输局负责解释。\n',
                 {'issuers': [], 'region': '河南省南阳市南召县', 'admin_level': 'county', 'doc_type': '方案'},
                 id='county_cites_central_policy'),
    pytest.param('《地图管理条例》已经2015年11月11日国务院第111次常务会议通过，现将《地图管理条例》予以公布，自2016年1月1日起施行。\n'
                 '总理　李克强\n2015年11月26日\n地图管理条例\n第一章　总则\n第一条　为了加强地图管理，制定本条例。\n第二条　本条例适用于全国。\n',
                 {'title': '地图管理条例', 'issuers': ['国务院'], 'issue_date': '2015-11-26', 'region': '全国',
                  'admin_level': 'central', 'doc_type': '条例',
                  'tasks': [('第一章', '总则'), ('第一章/第一条', '为了加强地图管理，制定本条例'), ('第一章/第二条', '本条例适用于全国')]},
                 id='state_council_order_without_header'),
]


@pytest.mark.parametrize("text,want", CENTRAL_VOICE)
def test_central_voice(text, want):
    _check(text, want)


# --- class 8: headings whose line break was lost (copies that glue a heading to its first item) -----------

GLUED = [
    pytest.param('湖州市城市供水管理办法\n第一章总则第一条为加强城市供水管理，制定本办法。\n第二条本办法适用于本市。\n第二章供水水质第三条供水企业应当保证水质。\n',
                 {'tasks': [('第一章', '总则'), ('第一章/第一条', '为加强城市供水管理，制定本办法'), ('第一章/第二条', '本办法适用于本市'),
                            ('第二章', '供水水质'), ('第二章/第三条', '供水企业应当保证水质')]},
                 id='chapter_glued_to_article_no_space'),
    pytest.param('关于加快发展现代农业的实施意见\n各县（市、区）人民政府：\n现提出如下实施意见。\n　　一、总体要求　　（一）指导思想\n　　坚持农业农村优先发展。\n'
                 '　　（二）基本原则　　1.坚持改革创新。激发农村活力。\n　　2.坚持绿色发展。推进农业绿色转型。\n　　二、重点任务\n　　（三）提升粮食产能。\n'
                 '邯郸市人民政府\n2019年3月1日\n',
                 {'tasks': [('一', '总体要求'), ('一/(一)', '指导思想'), ('一/(二)', '基本原则'), ('一/(二)/1', '坚持改革创新'),
                            ('一/(二)/2', '坚持绿色发展'), ('二', '重点任务'), ('二/(三)', '提升粮食产能')]},
                 id='heading_then_indented_first_child'),
    pytest.param('关于做好职业资格认定工作的通知\n各市人力资源社会保障局：\n现将有关事项通知如下：\n一、认定范围（一）技能类职业1.电工。持证上岗。\n2.焊工。\n3.起重装卸机械操作工。\n'
                 '（二）专业技术类职业\n二、工作要求\n各地要加强组织领导。\n甘肃省人力资源和社会保障厅\n2021年5月6日\n',
                 {'tasks': [('一', '认定范围'), ('一/(一)', '技能类职业'), ('一/(一)/1', '电工'), ('一/(一)/2', '焊工'),
                            ('一/(一)/3', '起重装卸机械操作工'), ('一/(二)', '专业技术类职业'), ('二', '工作要求')]},
                 id='chain_of_glued_first_items'),
]


@pytest.mark.parametrize("text,want", GLUED)
def test_glued_headings(text, want):
    _check(text, want)


# --- class 9: a signature and its date on one line --------------------------------------------------------

ONE_LINE_SIGNATURE = [
    pytest.param('关于加快发展冷链物流的指导意见\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n经国务院同意，现提出以下意见：\n'
                 '一、总体要求\n（一）指导思想。坚持市场主导。\n二、保障措施\n（二）强化督促落实。推动各项任务落实。（交通运输部、商务部等和各有关省级人民政府负责）\n'
                 '国务院办公厅　　2019年1月14日\n（此件公开发布）\n',
                 {'title': '关于加快发展冷链物流的指导意见', 'issuers': ['国务院办公厅'], 'issue_date': '2019-01-14', 'region': '全国',
                  'admin_level': 'central', 'doc_type': '指导意见',
                  'tasks': [('一', '总体要求'), ('一/(一)', '指导思想'), ('二', '保障措施'), ('二/(二)', '强化督促落实')]},
                 id='organ_and_date_after_annotation'),
    pytest.param('成都市人民政府令\n第201号\n《成都市养犬管理条例实施办法》已经2019年3月4日市政府第37次常务会议通过，现予公布，自2019年5月1日起施行。\n'
                 '市　长：罗强　　2019年3月20日\n成都市养犬管理条例实施办法\n第一条　为了规范养犬行为，制定本办法。\n第二条　本办法适用于本市。\n',
                 {'title': '成都市养犬管理条例实施办法', 'doc_number': '成都市人民政府令第201号', 'issuers': ['成都市人民政府'],
                  'issue_date': '2019-03-20', 'region': '四川省成都市', 'admin_level': 'prefecture', 'doc_type': '实施办法',
                  'tasks': [('第一条', '为了规范养犬行为，制定本办法'), ('第二条', '本办法适用于本市')]},
                 id='head_signature_and_date_one_line'),
]


@pytest.mark.parametrize("text,want", ONE_LINE_SIGNATURE)
def test_one_line_signature(text, want):
    _check(text, want)


# --- class 10: a body that names no place and is plainly national (guide M13) ------------------------------

PLAINLY_NATIONAL = [
    pytest.param('种业是农业的“芯片”，是我国保障粮食安全的基础。为加快种业振兴，现提出以下意见：\n'
                 '一、加强种质资源保护\n（一）开展资源普查。摸清种质资源家底。\n二、强化育种创新\n'
                 '（二）实施育种攻关。按照国家有关规定执行。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='plainly_national_opinion'),
    # a body of a county or town (its own lower units, its own whole) stays unknown, not central
    pytest.param('为贯彻落实国家有关政策，按照国家统一部署，做好秋冬季森林防火工作，现通知如下：\n一、提高认识\n各乡镇要高度重视。\n二、落实责任\n各村要落实专人值守。\n',
                 {'issuers': [], 'region': None, 'admin_level': None, 'doc_type': '通知'},
                 id='county_units_not_national'),
    pytest.param('为加快全省现代物流业发展，按照国家部署，结合实际，制定本方案。\n一、发展目标\n到2025年，全省物流成本明显下降。\n二、重点任务\n（一）完善物流网络。\n',
                 {'issuers': [], 'region': None, 'doc_type': '方案'},
                 id='own_whole_not_national'),
]


@pytest.mark.parametrize("text,want", PLAINLY_NATIONAL)
def test_plainly_national(text, want):
    _check(text, want)


# --- class 11: no place named: the level from the body's own organs (guide M7) -----------------------------

LEVEL_ONLY = [
    pytest.param('为深入贯彻落实党中央、国务院决策部署，加快推动全省制造业数字化转型，结合我省实际，制定本实施方案。\n一、总体要求\n'
                 '到2025年，全省规模以上工业企业数字化改造全覆盖。\n二、重点任务\n（一）推进智能工厂建设。省工业和信息化厅牵头，省财政厅配合。\n',
                 {'issuers': [], 'region': None, 'admin_level': 'province', 'doc_type': '实施方案'},
                 id='province_unnamed'),
    pytest.param('各市、县（市、区）人民政府，省政府各部门、各直属机构：\n为做好今年防汛抗旱工作，经省政府同意，现将有关事项通知如下：\n'
                 '一、提高思想认识\n各地要充分认识防汛工作的重要性。\n二、落实防汛责任\n省水利厅要加强指导。\n',
                 {'issuers': [], 'region': None, 'admin_level': 'province', 'doc_type': '通知'},
                 id='province_organ_then_yao'),
    pytest.param('第一条　为规范全市城市管理行政执法行为，结合本市实际，制定本细则。\n第二条　本细则适用于本市行政区域。\n'
                 '第三条　市城市管理局负责全市城市管理执法工作。\n',
                 {'issuers': [], 'region': None, 'admin_level': 'prefecture', 'doc_type': '细则'},
                 id='city_unnamed'),
    pytest.param('为加强全镇安全生产工作，结合我镇实际，制定本方案。\n一、工作目标\n杜绝较大以上安全生产事故。\n二、工作措施\n'
                 '（一）开展隐患排查。镇安监办牵头，各村（社区）配合。\n',
                 {'issuers': [], 'region': None, 'admin_level': 'township', 'doc_type': '方案'},
                 id='town_unnamed'),
]


@pytest.mark.parametrize("text,want", LEVEL_ONLY)
def test_level_without_place(text, want):
    _check(text, want)


# --- class 12: a title naming the place a central reply is about (no issuer printed) -----------------------

REPLY_ABOUT = [
    pytest.param('关于广西北部湾经济区开发有关问题的函\n你区《关于商请支持北部湾经济区开发的函》收悉。经研究，现函复如下：\n'
                 '一、关于北部湾开发\n发展改革委将会同有关部门研究。\n二、关于铁路建设\n铁道部拟加快前期工作。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '函'},
                 id='central_letter_about_region'),
    pytest.param('关于贵州省黔中经济区发展规划的批复\n你们《关于报送黔中经济区发展规划的请示》收悉。经国务院同意，现批复如下：\n'
                 '一、原则同意《规划》。\n二、请认真组织实施，重大问题及时向国务院报告。\n',
                 {'issuers': [], 'region': '全国', 'admin_level': 'central', 'doc_type': '批复'},
                 id='central_reply_about_province'),
    # a plan named after its own place, and a province's own notice, keep their place
    pytest.param('吉林省促进消费行动方案\n为促进消费，经国务院同意的有关政策在全省落实，制定本方案。\n一、主要目标\n全省社会消费品零售总额增长7%。\n'
                 '二、重点任务\n（一）商务部将支持我省开展试点。\n（二）扩大汽车消费。\n',
                 {'issuers': [], 'region': '吉林省', 'admin_level': 'province', 'doc_type': '行动方案'},
                 id='plan_named_after_own_place'),
]


@pytest.mark.parametrize("text,want", REPLY_ABOUT)
def test_reply_about_a_place(text, want):
    _check(text, want)


def test_order_rule_title_over_two_lines():
    _check('昆明市人民政府令\n第155号\n《昆明市城市道路挖掘管理办法》已经2020年6月2日市人民政府第98次常务会议通过，现予公布，自2020年8月1日起施行。\n'
           '市长　王喜良\n2020年6月20日\n昆明市城市道路\n挖掘管理办法\n第一条　为加强城市道路挖掘管理，制定本办法。\n第二条　本办法适用于本市。\n',
           {'title': '昆明市城市道路挖掘管理办法', 'doc_number': '昆明市人民政府令第155号', 'issuers': ['昆明市人民政府'],
            'issue_date': '2020-06-20', 'region': '云南省昆明市', 'admin_level': 'prefecture', 'doc_type': '办法',
            'tasks': [('第一条', '为加强城市道路挖掘管理，制定本办法'), ('第二条', '本办法适用于本市')]})


def test_city_rule_citing_provincial_approval_stays_local():
    # `报省级人民政府批准` in a city's rule is no central sign while the city's own organs are named
    rec = process_text('为加强全市土地管理，制定本办法。\n第一条　市自然资源局负责实施。\n第二条　土地征收方案报省级人民政府批准。\n', doc_id="t")
    assert (rec.metadata.region, rec.metadata.admin_level) == (None, 'prefecture')
