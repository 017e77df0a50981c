"""Session 10 (s10-meta): metadata and task structure by construction class. Snippets written for
these tests in the style of many offices, levels and eras (not copied from any corpus); exact
expected values per spec 1.1 sections 3 and 4 (decisions: docs/decisions/meta-s10.md)."""
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


# --- class 1: genre words of the title (doc_type) ------------------------------------------------------

GENRES = [
    # a policy named by its count of articles: a list of measures (若干措施 → 措施); the body's name wins
    pytest.param('鞍山市人民政府办公室关于印发鞍山市支持中小微企业发展十六条的通知\n鞍政办发〔2020〕7号\n各县（市）区人民政府：\n'
                 '现将《鞍山市支持中小微企业发展十六条》印发给你们，请认真贯彻落实。\n\n鞍山市人民政府办公室\n2020年2月14日\n\n'
                 '鞍山市支持中小微企业发展十六条\n一、减免房租。\n二、延期缴纳社会保险费。\n',
                 {'title': '鞍山市支持中小微企业发展十六条', 'doc_type': '措施', 'region': '辽宁省鞍山市'}, id='count_title_measures'),
    pytest.param('关于加快推进现代服务业发展的“新十条”\n为加快现代服务业发展，结合本县实际，提出以下十条政策措施：\n一、设立专项资金。\n二、落实税费优惠。\n',
                 {'title': '关于加快推进现代服务业发展的“新十条”', 'doc_type': '政策措施'}, id='count_title_body_names_itself'),
    pytest.param('宜宾市促进就业创业20条\n（2019年6月）\n一、加大创业担保贷款支持力度。\n二、落实社会保险补贴。\n',
                 {'title': '宜宾市促进就业创业20条', 'doc_type': '措施', 'region': '四川省宜宾市'}, id='count_title_arabic_no_guanyu'),
    # the count before the genre word in the body's self-reference
    pytest.param('为支持外贸企业稳订单拓市场，现提出以下十二条措施：\n一、加大出口信用保险支持。\n二、降低企业融资成本。\n',
                 {'title': None, 'doc_type': '措施'}, id='self_reference_with_count'),
    # 规划纲要 keeps 规划 (longest genre word ending the title); 发展纲要 does not
    pytest.param('江西省人民政府关于印发江西省国民经济和社会发展第十一个五年规划纲要的通知\n赣府发〔2006〕5号\n各市、县（区）人民政府：\n'
                 '现将《江西省国民经济和社会发展第十一个五年规划纲要》印发给你们。\n\n江西省人民政府\n二〇〇六年二月二十日\n',
                 {'title': '江西省国民经济和社会发展第十一个五年规划纲要', 'doc_type': '规划纲要', 'issue_date': '2006-02-20'},
                 id='plan_outline'),
    pytest.param('中共中央 国务院关于印发《中国教育现代化2035》和《国家中长期人才发展纲要》的通知\n', {'doc_type': '纲要'},
                 id='outline_without_plan'),
    # qualifiers in front of the genre are dropped (spec: 管理办法 → 办法; guide M11 暂行规定 → 规定)
    pytest.param('西宁市人民政府关于印发西宁市城市绿化管理暂行规定的通知\n宁政〔2001〕40号\n各区、县人民政府：\n'
                 '现将《西宁市城市绿化管理暂行规定》印发给你们。\n\n西宁市人民政府\n2001年6月2日\n',
                 {'title': '西宁市城市绿化管理暂行规定', 'doc_type': '规定', 'region': '青海省西宁市'}, id='interim_provisions'),
    pytest.param('国家林业局关于同意建立湖南某某国家湿地公园的批复\n林湿发〔2012〕88号\n湖南省林业厅：\n你厅《关于申请建立…的请示》收悉。经研究，现批复如下：\n'
                 '一、同意建立。\n二、加强保护。\n\n国家林业局\n2012年4月6日\n',
                 {'doc_type': '批复', 'region': '全国', 'admin_level': 'central',
                  'tasks': [('一', '同意建立'), ('二', '加强保护')]}, id='reply'),
]


@pytest.mark.parametrize("text,want", GENRES)
def test_genre_words(text, want):
    _check(text, want)


# --- class 2: an autonomous county writes its own name with its stem (通道县 for 通道侗族自治县) --------------

STEMS = [
    pytest.param('融水县人民政府办公室关于做好2021年春耕备耕工作的通知\n融政办发〔2021〕6号\n各乡镇人民政府，县直各有关单位：\n'
                 '现就有关事项通知如下：\n一、抓好农资供应。\n二、加强技术指导。\n\n融水县人民政府办公室\n2021年2月22日\n',
                 {'issuers': ['融水苗族自治县人民政府办公室'], 'region': '广西壮族自治区柳州市融水苗族自治县', 'admin_level': 'county'},
                 id='guangxi_county_stem'),
    pytest.param('关于印发张家川县农村饮水安全巩固提升工程实施方案的通知\n各乡镇人民政府：\n现将方案印发给你们，请遵照执行。\n\n'
                 '张家川县人民政府\n2017年9月4日\n',
                 {'issuers': ['张家川回族自治县人民政府'], 'region': '甘肃省天水市张家川回族自治县', 'admin_level': 'county'},
                 id='gansu_county_stem'),
    pytest.param('莫力达瓦旗人民政府关于加强草原防火工作的通告\n为做好草原防火工作，现通告如下：\n一、严禁野外用火。\n\n莫力达瓦旗人民政府\n2016年3月10日\n',
                 {'region': '内蒙古自治区呼伦贝尔市莫力达瓦达斡尔族自治旗', 'admin_level': 'county', 'doc_type': '通告'},
                 id='banner_stem'),
    # a stem that also names the former county it was before autonomy (region_stem_successors.tsv)
    pytest.param('彭水县人民政府关于进一步加强森林防火工作的通知\n彭水府发〔2022〕3号\n各乡镇人民政府、街道办事处：\n现将有关事项通知如下：\n'
                 '一、落实防火责任。\n\n彭水县人民政府\n2022年1月20日\n',
                 {'issuers': ['彭水苗族土家族自治县人民政府'], 'region': '重庆市彭水苗族土家族自治县', 'admin_level': 'county'},
                 id='stem_of_former_county_chongqing'),
    pytest.param('琼中县教育局关于做好2019年秋季开学工作的通知\n各中小学：\n现就有关事项通知如下：\n一、做好安全排查。\n\n琼中县教育局\n2019年8月26日\n',
                 {'issuers': ['琼中黎族苗族自治县教育局'], 'region': '海南省琼中黎族苗族自治县', 'admin_level': 'county'},
                 id='stem_of_former_county_hainan'),
    # an ordinary county today whose autonomous form was abolished stays the county
    pytest.param('来凤县人民政府办公室关于做好春季农业生产工作的通知\n各乡镇人民政府：\n现将有关事项通知如下：\n一、抓好春耕。\n\n'
                 '来凤县人民政府办公室\n2021年3月1日\n',
                 {'issuers': ['来凤县人民政府办公室'], 'region': '湖北省恩施土家族苗族自治州来凤县', 'admin_level': 'county'},
                 id='ordinary_county_not_autonomous'),
]


@pytest.mark.parametrize("text,want", STEMS)
def test_autonomous_county_stems(text, want):
    _check(text, want)


# --- class 3: the 附件说明 line never runs into the last item above it -------------------------------------

def test_attachment_note_not_glued_to_item():
    text = ('水利部办公厅关于开展2019年度水利安全生产检查的通知\n办安监函〔2019〕12号\n各流域管理机构，各省、自治区、直辖市水利（水务）厅（局）：\n'
            '现将有关事项通知如下：\n一、检查内容\n安全生产责任制落实情况。\n二、联系方式\n1.水利部监督司　联系人：王某　电话：010-63202000\n'
            '2.水利部安全中心　联系人：赵某　电话：010-63203000\n\n附件：1.检查表\n2.问题清单\n\n水利部办公厅\n2019年5月8日\n')
    rec = _check(text, {'issuers': ['水利部办公厅'], 'region': '全国', 'issue_date': '2019-05-08', 'tasks': [
        ('一', '检查内容'), ('二', '联系方式'),
        ('二/1', '水利部监督司 联系人：王某 电话：010-63202000'),
        ('二/2', '水利部安全中心 联系人：赵某 电话：010-63203000')]})
    assert '\n附件：1.检查表' in rec['text']


# --- class 4: a joint signature on one line, organs spaced out, the date after them ---------------------

SIGNATURES = [
    pytest.param('关于加快发展林下经济的实施意见\n为…，提出以下意见。\n一、总体要求\n各地要抓好落实。\n\n'
                 '贵 州 省 林 业 厅　　贵 州 省 财 政 厅　　2013年7月8日\n',
                 {'issuers': ['贵州省林业厅', '贵州省财政厅'], 'issue_date': '2013-07-08', 'region': '贵州省'},
                 id='spaced_organs_then_date'),
    pytest.param('关于做好冬春农田水利建设的通知\n各县（市、区）水利局：\n现将有关事项通知如下：\n一、加强组织领导\n\n'
                 '吉 林 市 水 利 局　　　二〇〇九年十月二十日\n',
                 {'issuers': ['吉林市水利局'], 'issue_date': '2009-10-20', 'region': '吉林省吉林市'}, id='one_spaced_organ_cn_date'),
    # organs written short and spaced out among full ones: the wider gaps still part the organs
    pytest.param('关于推动数据中心绿色发展的指导意见\n为…，提出如下意见。\n一、总体要求\n各地区要加强统筹。\n\n'
                 '工业和信息化部　国 家 能 源 局　国家机关事务管理局\n2021年11月30日\n',
                 {'issuers': ['工业和信息化部', '国家能源局', '国家机关事务管理局'], 'issue_date': '2021-11-30',
                  'region': '全国', 'admin_level': 'central'}, id='mixed_spacing_signature'),
    pytest.param('关于推动数据中心绿色发展的指导意见\n为…，提出如下意见。\n一、总体要求\n各地区要加强统筹。\n\n'
                 '工业和信息化部　国 家 能 源 局　国家机关事务管理局　2021年11月30日\n',
                 {'issuers': ['工业和信息化部', '国家能源局', '国家机关事务管理局'], 'issue_date': '2021-11-30'},
                 id='mixed_spacing_signature_with_date'),
]


@pytest.mark.parametrize("text,want", SIGNATURES)
def test_one_line_signatures(text, want):
    _check(text, want)


def test_period_after_space_still_gives_genre():
    from pipeline.extract.metadata import doc_type_of
    assert doc_type_of('某县乡村振兴实施方案 （2023—2025年）') == '实施方案'
    assert doc_type_of('某市养老服务体系建设规划 (2021-2025年)（征求意见稿）') == '规划'


# --- class 5: a copy that starts at the addressee line, transmitting two documents named side by side ------

def test_two_transmitted_documents_named_without_separator():
    text = ('各设区市人民政府，省政府各部门：\n'
            '《江西省促进数字经济发展若干措施》《江西省数字经济发展行动计划（2022-2024年）》已经省政府同意，现印发给你们，请认真贯彻执行。\n'
            '江西省人民政府办公厅\n2022年3月8日\n'
            '江西省促进数字经济发展若干措施\n一、加大财政支持。省财政每年安排专项资金。\n二、强化人才支撑。\n'
            '江西省数字经济发展行动计划（2022-2024年）\n一、总体要求\n（一）指导思想。坚持创新驱动。\n二、重点任务\n（一）建设数字基础设施。\n')
    _check(text, {'issuers': ['江西省人民政府办公厅'], 'issue_date': '2022-03-08', 'region': '江西省', 'admin_level': 'province',
                  'tasks': [('一', '加大财政支持'), ('二', '强化人才支撑'), ('§2/一', '总体要求'), ('§2/一/(一)', '指导思想'),
                            ('§2/二', '重点任务'), ('§2/二/(一)', '建设数字基础设施')]})


# --- class 6: footnotes under the text their circled mark is glued to are no tasks ------------------------

def test_circled_footnotes_are_no_items():
    text = ('山西省国民经济和社会发展第十二个五年规划纲要\n'
            '第一章 发展环境\n'
            '第一节 “十一五”时期的主要成就\n'
            '全省生产总值年均增长11.2%，单位生产总值能耗①累计下降22%，城镇化率②达到48%。\n'
            '① 单位生产总值能耗按2005年价格计算。\n'
            '② 城镇化率为城镇常住人口占总人口的比重。\n'
            '第二节 “十二五”时期面临的形势\n'
            '第二章 指导思想\n')
    _check(text, {'doc_type': '规划纲要', 'tasks': [
        ('第一章', '发展环境'), ('第一章/第一节', '“十一五”时期的主要成就'), ('第一章/第二节', '“十二五”时期面临的形势'),
        ('第二章', '指导思想')]})


def test_circled_items_after_an_enumeration_stay():
    text = ('关于加强乡镇卫生院建设的实施意见\n为…，提出如下意见。\n一、主要任务\n（一）改善基础设施。重点做好以下工作：\n'
            '①改造业务用房。对危房进行改造。\n②配备基本设备。按标准配齐设备。\n（二）加强人员培训。培训内容包括：①基本公共卫生；②常见病诊疗。\n')
    _check(text, {'tasks': [('一', '主要任务'), ('一/(一)', '改善基础设施'), ('一/(一)/①', '改造业务用房'),
                            ('一/(一)/②', '配备基本设备'), ('一/(二)', '加强人员培训'),
                            ('一/(二)/①', '基本公共卫生'), ('一/(二)/②', '常见病诊疗')]})


# --- class 7: a form attached to a notice (申报表, 评分表) holds table rows, no tasks -----------------------

def test_form_attachments_hold_no_tasks():
    text = ('云南省农业农村厅关于开展2022年度农民专业合作社示范社评定工作的通知\n云农经〔2022〕15号\n各州、市农业农村局：\n现将有关事项通知如下：\n'
            '一、评定范围\n依法登记满两年的农民专业合作社。\n二、工作要求\n各地要严格把关。\n\n附件：1.示范社申报表\n2.示范社评分表（样表）\n\n'
            '云南省农业农村厅\n2022年5月6日\n\n附件1\n示范社申报表\n一、合作社基本情况\n1.合作社名称\n2.成立时间\n二、经营情况\n1.年经营收入\n\n'
            '附件2\n示范社评分表（样表）\n1.民主管理（20分）\n2.财务管理（20分）\n')
    _check(text, {'issuers': ['云南省农业农村厅'], 'tasks': [('一', '评定范围'), ('二', '工作要求')]})


def test_attachment_of_a_representative_list_is_no_form():
    text = ('关于做好乡镇人大代表选举工作的通知\n各乡镇：\n现将有关事项通知如下：\n一、选举时间\n2021年11月。\n\n某县人大常委会\n2021年9月1日\n\n'
            '附件\n选举工作规程\n一、选区划分\n二、选民登记\n')
    _check(text, {'tasks': [('一', '选举时间'), ('附件/一', '选区划分'), ('附件/二', '选民登记')]})


def test_several_documents_named_by_count_take_the_first_genre():
    from pipeline.extract.metadata import doc_type_of
    assert doc_type_of('某县农村公路养护管理办法等三个文件') == '办法'
    assert doc_type_of('《某市城市绿化条例实施细则》等5个文件') == '实施细则'
    assert doc_type_of('关于加强安全生产等5项工作') is None


# --- class 8: a web copy that lost its title block and signature names its publishing organ ---------------

WEB_SOURCES = [
    pytest.param('【来源：绍兴市卫生健康委员会】\n各区、县（市）卫生健康局：\n为做好今冬明春疫情防控工作，现将有关事项通知如下：\n'
                 '一、加强监测预警\n各地要落实哨点监测。\n', {'issuers': ['绍兴市卫生健康委员会'], 'region': '浙江省绍兴市'},
                 id='source_in_brackets'),
    pytest.param('发布单位：鄂尔多斯市农牧局\n各旗区农牧局：\n为做好春季动物防疫工作，现将有关事项通知如下：\n一、全面开展强制免疫\n各旗区要按时完成。\n',
                 {'issuers': ['鄂尔多斯市农牧局'], 'region': '内蒙古自治区鄂尔多斯市', 'admin_level': 'prefecture'},
                 id='publishing_unit_line'),
    pytest.param('各县（市、区）民政局：\n为做好2018年冬季救助工作，现将有关事项通知如下：\n一、摸清困难群众底数\n各地要逐户排查。\n'
                 '二、及时发放救助资金\n确保按时足额发放。\n信息来源：赣州市民政局\n【打印本页】【关闭窗口】\n',
                 {'issuers': ['赣州市民政局'], 'region': '江西省赣州市'}, id='source_under_text'),
    pytest.param('来源：人民日报\n各省、自治区、直辖市人民政府：\n现就有关事项通知如下：\n一、提高认识\n', {'issuers': []},
                 id='news_outlet_is_no_issuer'),
]


@pytest.mark.parametrize("text,want", WEB_SOURCES)
def test_web_source_lines(text, want):
    _check(text, want)


# --- class 9: a province's party 文号 names the province when the title block writes bare organs -----------

PARTY_CODES = [
    pytest.param('省委办公厅 省政府办公厅关于进一步加强基层治理的意见\n浙委办发〔2020〕31号\n各市、县（市、区）党委和人民政府：\n'
                 '为…提出如下意见。\n一、总体要求\n各地要抓好落实。\n',
                 {'issuers': ['中共浙江省委办公厅', '浙江省人民政府办公厅'], 'region': '浙江省', 'admin_level': 'province'},
                 id='distinctive_party_office_code'),
    pytest.param('省委 省政府关于加快建设旅游强省的决定\n鄂发〔2012〕5号\n为加快湖北旅游业发展，作出如下决定。\n一、总体要求\n',
                 {'region': '湖北省', 'admin_level': 'province', 'doc_type': '决定'}, id='one_character_code_with_province_named'),
    # a one-character code a city may print too counts only where the document names the province
    pytest.param('关于加快乡村振兴的实施意见\n云发〔2019〕3号\n为加快全市乡村振兴，结合云浮实际，提出如下意见。\n一、总体要求\n市农业农村局牵头。\n',
                 {'region': '广东省云浮市', 'admin_level': 'prefecture'}, id='city_with_same_character'),
]


@pytest.mark.parametrize("text,want", PARTY_CODES)
def test_party_document_codes(text, want):
    _check(text, want)


# --- class 10: a bare heading whose line break a copy lost but kept as white space ---------------------------

def test_heading_ends_at_a_lost_line_break():
    text = ('关于做好2022年冬季森林防火工作的通知\n各乡（镇）人民政府，县直有关单位：\n为切实做好今冬森林防火工作，现将有关事项通知如下：\n'
            '一、压实防火责任 各乡（镇）要落实属地管理责任。\n二、加强火源管控 （一）严管野外用火 严禁野外烧荒。\n（二）推进 5G 智能监测建设。\n\n'
            '某县森林防火指挥部\n2022年10月20日\n')
    _check(text, {'tasks': [('一', '压实防火责任'), ('二', '加强火源管控'), ('二/(一)', '严管野外用火'),
                            ('二/(二)', '推进5G智能监测建设')]})


def test_heading_with_quoted_name_and_space_is_kept_whole():
    text = ('关于印发某市实施“技能中国行动”工作方案的通知\n各区人民政府：\n现将方案印发给你们。\n\n某市人民政府办公室\n2021年3月2日\n\n'
            '某市实施“技能中国行动”工作方案\n一、总体要求\n（一）实施“技能中国”工程 工作方案\n')
    rec = _check(text, {})
    assert [(t['path'], t['heading']) for t in rec['tasks']][-1] == ('一/(一)', '实施“技能中国”工程 工作方案')
