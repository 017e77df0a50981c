"""Session 7c: metadata of central documents copied from databases and gov.cn-style pages, by construction
class. Snippets written for these tests in the style of different central organs and eras (not copied from
any corpus); exact expected values per spec 1.1 section 3 and docs/decisions/layout-meta-s7.md (s7c)."""
import pytest

from pipeline.document import process_text

KEYS = ['title', 'issuers', 'region', 'admin_level', 'doc_type', 'doc_number']


CASES = [
    pytest.param('国家质量监督检验检疫总局公告2015年第65号\n\n\u3000\u3000为加强进口食品安全管理，现将有关事项公告如下：\n\u3000\u3000一、自2015年7月1日起，进口食品应当符合我国食品安全国家标准。\n\u3000\u3000特此公告。\n',
                 {'doc_number': '国家质量监督检验检疫总局公告2015年第65号', 'issuers': ['国家质量监督检验检疫总局'], 'region': '全国', 'admin_level': 'central', 'doc_type': '公告'},
                 id='aqsiq_announcement_2015_year_number'),
    pytest.param('中国人民银行公告〔2013〕第1号\n\n\u3000\u3000为进一步规范银行间债券市场，中国人民银行决定：\n\u3000\u3000一、自公告之日起执行。\n\u3000\u3000特此公告。\n',
                 {'doc_number': '中国人民银行公告〔2013〕第1号', 'issuers': ['中国人民银行'], 'region': '全国', 'admin_level': 'central', 'doc_type': '公告'},
                 id='central_bank_announcement_bracket_year'),
    pytest.param('【标题】国务院关于印发全国农业现代化规划（2016—2020年）的通知\n【颁布单位】国务院\n【文号】国发〔2016〕58号\n【颁布日期】2016-10-17\n【实施日期】2016-10-17\n【效力】有效\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\u3000\u3000现将《全国农业现代化规划（2016—2020年）》印发给你们，请认真贯彻执行。\n',
                 {'title': '全国农业现代化规划（2016—2020年）', 'doc_number': '国发〔2016〕58号', 'issuers': ['国务院'], 'region': '全国', 'admin_level': 'central', 'doc_type': '规划'},
                 id='database_record_banbu_danwei'),
    pytest.param('【法规名称】国家计委关于印发价格违法行为行政处罚规定的通知\n【颁布单位】国家发展计划委员会\n【文号】计价格〔1999〕1234号\n【颁布日期】1999.08.01\n【实施日期】1999.08.01\n\n各省、自治区、直辖市物价局（委员会）：\n\u3000\u3000现将《价格违法行为行政处罚规定》印发给你们，请遵照执行。\n',
                 {'title': '价格违法行为行政处罚规定', 'doc_number': '计价格〔1999〕1234号', 'issuers': ['国家发展计划委员会'], 'region': '全国', 'admin_level': 'central', 'doc_type': '规定'},
                 id='database_record_1999_fagui_mingcheng'),
    pytest.param('财政部 税务总局公告2019年第39号\n\n\u3000\u3000为贯彻落实党中央、国务院决策部署，推进增值税实质性减税，现将2019年增值税改革有关事项公告如下：\n\u3000\u3000一、增值税一般纳税人发生增值税应税销售行为，原适用16%税率的，税率调整为13%。\n\u3000\u3000特此公告。\n',
                 {'doc_number': '财政部税务总局公告2019年第39号', 'issuers': ['财政部', '国家税务总局'], 'region': '全国', 'admin_level': 'central', 'doc_type': '公告'},
                 id='joint_announcement_spaced_2019'),
    pytest.param('国家税务总局 海关总署公告2014年第5号\n\n\u3000\u3000现将有关事项公告如下：\n\u3000\u3000一、本公告自2014年3月1日起施行。\n',
                 {'doc_number': '国家税务总局海关总署公告2014年第5号', 'issuers': ['国家税务总局', '海关总署'], 'region': '全国', 'admin_level': 'central', 'doc_type': '公告'},
                 id='joint_announcement_tax_customs_2014'),
    pytest.param('【颁布单位】劳动部\n【文号】劳部发〔1995〕309号\n【颁布日期】1995.08.04\n【标题】劳动部关于贯彻执行《中华人民共和国劳动法》若干问题的意见\n\n各省、自治区、直辖市劳动（劳动人事）厅（局）：\n\u3000\u3000现就贯彻执行劳动法中的若干问题提出如下意见。\n\u3000\u3000一、适用范围\n',
                 {'title': '劳动部关于贯彻执行《中华人民共和国劳动法》若干问题的意见', 'doc_number': '劳部发〔1995〕309号', 'issuers': ['劳动部'], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='database_record_1995_fields_first'),
    pytest.param('【发布单位】中国证券监督管理委员会\n【发布文号】证监发〔2001〕43号\n【发布日期】2001-03-15\n\n关于发布《公开发行证券的公司信息披露编报规则》的通知\n\n各上市公司：\n\u3000\u3000现发布《公开发行证券的公司信息披露编报规则》，请遵照执行。\n',
                 {'title': '公开发行证券的公司信息披露编报规则', 'doc_number': '证监发〔2001〕43号', 'issuers': ['中国证券监督管理委员会'], 'region': '全国', 'admin_level': 'central', 'doc_type': '规则'},
                 id='database_record_fabu_danwei_2001'),
    pytest.param('国务院关于修改《中华人民共和国外资企业法实施细则》的决定\n\n\u3000\u3000国务院决定对《中华人民共和国外资企业法实施细则》作如下修改：\n\u3000\u3000一、删去第十一条。\n\u3000\u3000本决定自2014年3月1日起施行。\n',
                 {'title': '国务院关于修改《中华人民共和国外资企业法实施细则》的决定', 'doc_number': None, 'issuers': ['国务院'], 'region': '全国', 'admin_level': 'central', 'doc_type': '决定'},
                 id='amending_decision_self_titled'),
    pytest.param('国务院关于加快发展现代职业教育的决定\n国发〔2014〕19号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\u3000\u3000改革开放以来，职业教育为我国经济社会发展提供了重要的人才和智力支撑。现就加快发展现代职业教育作出如下决定。\n\u3000\u3000一、总体要求\n\u3000\u3000各地区、各有关部门要加强组织领导。\n\n国务院\n2014年5月2日\n',
                 {'title': '国务院关于加快发展现代职业教育的决定', 'doc_number': '国发〔2014〕19号', 'issuers': ['国务院'], 'region': '全国', 'admin_level': 'central', 'doc_type': '决定'},
                 id='state_council_decision'),
    pytest.param('财政部 国家税务总局关于小型微利企业所得税优惠政策有关问题的通知\n财税〔2014〕34号\n\n各省、自治区、直辖市、计划单列市财政厅（局）、国家税务局、地方税务局，新疆生产建设兵团财务局：\n\u3000\u3000为了进一步支持小型微利企业发展，经国务院批准，现就小型微利企业所得税政策通知如下：\n\u3000\u3000一、自2014年1月1日至2016年12月31日，对年应纳税所得额低于10万元的小型微利企业，其所得减按50%计入应纳税所得额。\n\u3000\u3000特此通知。\n',
                 {'title': '财政部 国家税务总局关于小型微利企业所得税优惠政策有关问题的通知', 'doc_number': '财税〔2014〕34号', 'issuers': ['财政部', '国家税务总局'], 'region': '全国', 'admin_level': 'central', 'doc_type': '通知'},
                 id='joint_ministries_spaced_title'),
    pytest.param('中共中央办公厅 国务院办公厅关于加强社会主义协商民主建设的意见\n\n\u3000\u3000协商民主是我国社会主义民主政治的特有形式。现就加强社会主义协商民主建设提出如下意见。\n\u3000\u3000一、总体要求\n',
                 {'title': '中共中央办公厅 国务院办公厅关于加强社会主义协商民主建设的意见', 'doc_number': None, 'issuers': ['中共中央办公厅', '国务院办公厅'], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='joint_offices_spaced_no_signature'),
    pytest.param('中华人民共和国国家发展和改革委员会令\n第9号\n\n\u3000\u3000《中央预算内投资补助和贴息项目管理办法》已经国家发展和改革委员会主任办公会讨论通过，现予发布，自2013年7月15日起施行。\n\n主任\u3000徐绍史\n2013年6月3日\n',
                 {'doc_number': '中华人民共和国国家发展和改革委员会令第9号', 'issuers': ['国家发展和改革委员会'], 'region': '全国', 'admin_level': 'central'},
                 id='ministry_order_2013'),
    pytest.param('中华人民共和国交通运输部令\n2016年第55号\n\n\u3000\u3000《道路旅客运输及客运站管理规定》已于2016年12月2日经第30次部务会议通过，现予公布，自公布之日起施行。\n\n部长\u3000李小鹏\n2016年12月6日\n',
                 {'doc_number': '中华人民共和国交通运输部令2016年第55号', 'issuers': ['交通运输部'], 'region': '全国', 'admin_level': 'central'},
                 id='ministry_order_year_numbered'),
    pytest.param('【颁布单位】四川省人民政府\n【文号】川府发〔2003〕12号\n【颁布日期】2003-04-10\n【标题】四川省人民政府关于加快发展县域经济的意见\n\n各市、州、县人民政府，省政府各部门：\n\u3000\u3000现就加快发展县域经济提出如下意见：\n\u3000\u3000一、总体要求\n',
                 {'title': '四川省人民政府关于加快发展县域经济的意见', 'issuers': ['四川省人民政府'], 'region': '四川省', 'admin_level': 'province', 'doc_type': '意见', 'doc_number': '川府发〔2003〕12号'},
                 id='province_record_banbu_danwei_2003'),
    pytest.param('河北省人民政府关于修改《河北省城市市容和环境卫生管理实施办法》的决定\n\n\u3000\u3000省政府决定对《河北省城市市容和环境卫生管理实施办法》作如下修改：\n\u3000\u3000一、将第三条修改为……\n\u3000\u3000本决定自公布之日起施行。\n',
                 {'title': '河北省人民政府关于修改《河北省城市市容和环境卫生管理实施办法》的决定', 'issuers': ['河北省人民政府'], 'region': '河北省', 'admin_level': 'province', 'doc_type': '决定', 'doc_number': None},
                 id='province_amending_decision'),
    pytest.param('云南省发展和改革委员会公告2016年第3号\n\n\u3000\u3000根据有关规定，现将有关事项公告如下：\n\u3000\u3000一、调整部分收费标准。\n',
                 {'issuers': ['云南省发展和改革委员会'], 'region': '云南省', 'admin_level': 'province', 'doc_type': '公告', 'doc_number': '云南省发展和改革委员会公告2016年第3号'},
                 id='province_announcement_number'),
    pytest.param('标题：贵州省人民政府关于加快推进全省旅游业发展的意见\n文号：黔府发〔2006〕2号\n成文日期：2006年1月16日\n\n各自治州、市人民政府，各地区行政公署，各县（市、区、特区）人民政府，省政府各部门、各直属机构：\n\u3000\u3000为加快推进全省旅游业发展，现提出如下意见：\n\u3000\u3000一、指导思想\n',
                 {'title': '贵州省人民政府关于加快推进全省旅游业发展的意见', 'issuers': ['贵州省人民政府'], 'region': '贵州省', 'admin_level': 'province', 'doc_type': '意见', 'doc_number': '黔府发〔2006〕2号'},
                 id='province_record_title_field_no_issuer_field'),
    pytest.param('【标题】国家食品药品监督管理局 卫生部关于加强医疗器械不良事件监测工作的通知\n【文号】国食药监械〔2008〕766号\n【日期】2008-12-29\n\n各省、自治区、直辖市食品药品监督管理局（药品监督管理局）、卫生厅（局）：\n\u3000\u3000为进一步加强医疗器械不良事件监测工作，现就有关事项通知如下：\n\u3000\u3000一、提高认识。\n',
                 {'title': '国家食品药品监督管理局 卫生部关于加强医疗器械不良事件监测工作的通知', 'issuers': ['国家食品药品监督管理局', '卫生部'], 'region': '全国', 'admin_level': 'central', 'doc_type': '通知', 'doc_number': '国食药监械〔2008〕766号'},
                 id='joint_central_record_title_field_spaced'),
    pytest.param('中华人民共和国国家质量监督检验检疫总局\n中国国家标准化管理委员会\n公告\n2012年第28号\n\n\u3000\u3000现批准《电动汽车充电站通用要求》等国家标准，现予以公布。\n',
                 {'title': None, 'issuers': ['国家质量监督检验检疫总局', '中国国家标准化管理委员会'], 'region': '全国', 'admin_level': 'central', 'doc_type': '公告', 'doc_number': '2012年第28号'},
                 id='stacked_organs_announcement_masthead'),
    pytest.param('宁夏回族自治区人民政府通告\n\n\u3000\u3000为加强道路交通安全管理，现就有关事项通告如下：\n\u3000\u3000一、自2019年1月1日起施行。\n\u3000\u3000特此通告。\n',
                 {'title': '宁夏回族自治区人民政府通告', 'issuers': ['宁夏回族自治区人民政府'], 'region': '宁夏回族自治区', 'admin_level': 'province', 'doc_type': '通告', 'doc_number': None},
                 id='province_notice_heading_no_signature'),
    pytest.param('中华人民共和国海关总署\n公告\n2018年第33号\n\n\u3000\u3000现将有关事项公告如下：\n\u3000\u3000一、本公告自发布之日起执行。\n',
                 {'title': None, 'issuers': ['海关总署'], 'region': '全国', 'admin_level': 'central', 'doc_type': '公告', 'doc_number': '2018年第33号'},
                 id='customs_masthead_announcement_2018'),
]


@pytest.mark.parametrize("text,want", CASES)
def test_central_copies(text, want):
    md = process_text(text, doc_id="t").model_dump()["metadata"]
    assert {k: md[k] for k in want} == want
