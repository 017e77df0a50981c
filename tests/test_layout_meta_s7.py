"""Issue 11, session 7: layout and metadata by construction class. Snippets written for these tests
in the style of many offices, levels and eras (not copied from any corpus); exact expected values
per spec 1.1 sections 3 and 4."""
import pytest

from pipeline.document import process_text

KEYS = ['title', 'notice_title', 'doc_number', 'issuers', 'issue_date', 'region', 'admin_level', 'doc_type']


def _record(text):
    return process_text(text, doc_id="t").model_dump()


def _check(text, want):
    rec = _record(text)
    md = rec["metadata"]
    assert {k: md[k] for k in want if k in KEYS} == {k: v for k, v in want.items() if k in KEYS}
    if "tasks" in want:
        assert [(t["path"], t["heading"]) for t in rec["tasks"]] == [tuple(t) for t in want["tasks"]]
        assert all(rec["text"][t["span"][0]:t["span"][1]] == t["quote"] for t in rec["tasks"])


# --- class 1: the 发文字号 of other eras and copies ------------------------------------------------

DOC_NUMBERS = [
    pytest.param('国务院关于加强流动人口管理工作的通知\n国发〔96〕12号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n近年来，流动人口大量增加。现就有关问题通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n国务院\n一九九六年三月五日\n',
                 {'title': '国务院关于加强流动人口管理工作的通知', 'doc_number': '国发〔96〕12号', 'issuers': ['国务院'], 'issue_date': '1996-03-05', 'region': '全国', 'admin_level': 'central', 'doc_type': '通知'},
                 id='state_council_1996_two_digit'),
    pytest.param('广东省人民政府办公厅关于印发广东省乡镇企业发展规划的通知\n粤府办[98]45号\n\n各市、县、自治县人民政府，省府直属有关单位：\n现将《广东省乡镇企业发展规划》印发给你们，请认真贯彻执行。\n\n广东省人民政府办公厅\n一九九八年六月十日\n\n广东省乡镇企业发展规划\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'title': '广东省乡镇企业发展规划', 'notice_title': '关于印发广东省乡镇企业发展规划的通知', 'doc_number': '粤府办[98]45号', 'issuers': ['广东省人民政府办公厅'], 'issue_date': '1998-06-10', 'region': '广东省', 'admin_level': 'province', 'doc_type': '规划'},
                 id='guangdong_office_1998_square_two_digit'),
    pytest.param('湖南省人民政府关于加快发展服务业的若干意见\n湘政发 〔2009〕 15 号\n\n各市州、县市区人民政府，省政府各厅委、各直属机构：\n为加快发展服务业，现提出如下意见：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n湖南省人民政府\n二〇〇九年六月二日\n',
                 {'doc_number': '湘政发〔2009〕15号', 'issuers': ['湖南省人民政府'], 'issue_date': '2009-06-02', 'region': '湖南省', 'admin_level': 'province', 'doc_type': '意见'},
                 id='hunan_spaced_number'),
    pytest.param('国务院办公厅关于加快发展体育产业的指导意见\n国办发﹝2010﹞22号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加快发展体育产业，经国务院同意，现提出以下意见：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n国务院办公厅\n2010年3月19日\n',
                 {'doc_number': '国办发﹝2010﹞22号', 'issuers': ['国务院办公厅'], 'issue_date': '2010-03-19', 'region': '全国', 'admin_level': 'central', 'doc_type': '指导意见'},
                 id='small_tortoise_brackets_web'),
    pytest.param('江苏省人民政府关于加强耕地保护工作的通知\n苏政发〔２０１０〕１２号\n\n各市、县人民政府，省各委、办、厅、局，省各直属单位：\n为切实加强耕地保护，现就有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n江苏省人民政府\n二〇一〇年二月八日\n',
                 {'doc_number': '苏政发〔2010〕12号', 'issuers': ['江苏省人民政府'], 'issue_date': '2010-02-08', 'region': '江苏省', 'admin_level': 'province'},
                 id='full_width_digits'),
    pytest.param('财政部 国家税务总局关于调整部分产品出口退税率的通知\n财税字〔1999〕273号\n\n各省、自治区、直辖市、计划单列市财政厅（局）、国家税务局：\n为进一步扩大出口，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n财政部  国家税务总局\n一九九九年十一月十日\n',
                 {'doc_number': '财税字〔1999〕273号', 'issuers': ['财政部', '国家税务总局'], 'issue_date': '1999-11-10', 'region': '全国', 'admin_level': 'central'},
                 id='ministry_zi_1999'),
    pytest.param('财政部关于国营企业工资调整后有关财务处理问题的通知\n(85)财工字第141号\n\n各省、自治区、直辖市财政厅（局）：\n现将有关问题通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n财政部\n一九八五年七月三日\n',
                 {'doc_number': '(85)财工字第141号', 'issuers': ['财政部'], 'issue_date': '1985-07-03', 'region': '全国', 'admin_level': 'central'},
                 id='year_before_code_1985'),
    pytest.param('四川省人民政府办公厅关于进一步加强防汛工作的通知\n川 办 发〔2013〕 35 号\n\n各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：\n为做好今年防汛工作，现就有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n四川省人民政府办公厅\n2013年5月20日\n',
                 {'doc_number': '川办发〔2013〕35号', 'issuers': ['四川省人民政府办公厅'], 'issue_date': '2013-05-20', 'region': '四川省', 'admin_level': 'province'},
                 id='spaced_out_pdf_code'),
    pytest.param('云南省人民政府文件\n云政发〔2001〕88号\n\n云南省人民政府关于加快发展旅游业的决定\n\n各州、市、县人民政府，各地区行政公署，省直各委、办、厅、局：\n为加快旅游业发展，现作出如下决定：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n二○○一年九月十二日\n',
                 {'doc_number': '云政发〔2001〕88号', 'issuers': ['云南省人民政府'], 'issue_date': '2001-09-12', 'region': '云南省', 'admin_level': 'province', 'doc_type': '决定'},
                 id='masthead_number_line_under_wenjian'),
    pytest.param('索引号：000014349/2013-00085\n主题分类：城乡建设、环境保护\n发文机关：国务院办公厅\n成文日期：2013年01月01日\n标题：国务院办公厅关于转发发展改革委住房城乡建设部绿色建筑行动方案的通知\n发文字号：国办发〔2013〕1号\n发布日期：2013年01月06日\n\n国务院办公厅关于转发发展改革委住房城乡建设部绿色建筑行动方案的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n发展改革委、住房城乡建设部《绿色建筑行动方案》已经国务院同意，现转发给你们，请结合本地区、本部门实际，认真贯彻落实。\n\n国务院办公厅\n2013年1月1日\n\n绿色建筑行动方案\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'title': '绿色建筑行动方案', 'doc_number': '国办发〔2013〕1号', 'issuers': ['国务院办公厅'], 'issue_date': '2013-01-01', 'region': '全国', 'admin_level': 'central', 'doc_type': '行动方案'},
                 id='web_field_fawenzihao'),
    pytest.param('【法规标题】河北省人民政府关于加强安全生产工作的决定\n【发布部门】河北省人民政府\n【发文字号】冀政〔2004〕57号\n【发布日期】2004.06.18\n【实施日期】2004.06.18\n【时效性】现行有效\n【效力级别】地方规范性文件\n\n河北省人民政府关于加强安全生产工作的决定\n（冀政〔2004〕57号）\n各设区市人民政府，省政府各部门：\n为加强安全生产工作，现作出如下决定：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'title': '河北省人民政府关于加强安全生产工作的决定', 'doc_number': '冀政〔2004〕57号', 'issuers': ['河北省人民政府'], 'region': '河北省', 'admin_level': 'province', 'doc_type': '决定'},
                 id='law_collection_bracket_field'),
    pytest.param('陇西县人民政府办公室关于做好2012年春耕生产工作的通知\n陇政办发[2012]第18号\n\n各乡镇人民政府，县直各部门：\n为切实做好今年春耕生产工作，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n陇西县人民政府办公室\n二〇一二年三月五日\n',
                 {'doc_number': '陇政办发[2012]第18号', 'issuers': ['陇西县人民政府办公室'], 'issue_date': '2012-03-05', 'region': '甘肃省定西市陇西县', 'admin_level': 'county'},
                 id='county_square_brackets_diyi'),
    pytest.param('山西省人民政府关于进一步做好农民负担监督管理工作的通知（晋政发〔97〕35号）\n各地区行政公署，各市、县人民政府，省直各委、厅、局：\n为切实减轻农民负担，现就有关问题通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n山西省人民政府\n一九九七年八月十五日\n',
                 {'title': '山西省人民政府关于进一步做好农民负担监督管理工作的通知', 'doc_number': '晋政发〔97〕35号', 'issuers': ['山西省人民政府'], 'issue_date': '1997-08-15', 'region': '山西省', 'admin_level': 'province'},
                 id='title_glued_number_two_digit'),
    pytest.param('黑龙江省人民政府关于加强食品安全工作的意见\n（2005年4月12日 黑政发〔2005〕27号）\n\n各市（地）、县（市）人民政府（行署），省政府各直属单位：\n为加强食品安全工作，现提出如下意见：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'doc_number': '黑政发〔2005〕27号', 'issue_date': '2005-04-12', 'issuers': ['黑龙江省人民政府'], 'region': '黑龙江省', 'admin_level': 'province'},
                 id='date_and_number_under_title'),
    pytest.param('陕西省人民政府关于2008年度安全生产工作情况的报告\n陕政字〔2009〕12号          签发人：袁纯清\n\n国务院：\n现将我省2008年度安全生产工作情况报告如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n陕西省人民政府\n二〇〇九年二月十日\n',
                 {'doc_number': '陕政字〔2009〕12号', 'issuers': ['陕西省人民政府'], 'issue_date': '2009-02-10', 'region': '陕西省', 'admin_level': 'province', 'doc_type': '报告'},
                 id='report_with_signer'),
    pytest.param('浙江省人民政府办公厅关于加强农村饮用水安全工作的通知\n浙政办发〔2014〕36\n\n各市、县（市、区）人民政府，省政府直属各单位：\n为加强农村饮用水安全工作，现就有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n浙江省人民政府办公厅\n2014年4月2日\n',
                 {'doc_number': '浙政办发〔2014〕36', 'issuers': ['浙江省人民政府办公厅'], 'issue_date': '2014-04-02', 'region': '浙江省', 'admin_level': 'province'},
                 id='number_without_hao'),
    pytest.param('索 引 号：\n11350000003591037R/2000-00012\n发布机构：\n福建省人民政府\n文\u3000\u3000号：\n闽政〔99〕10号\n成文日期：\n1999-03-16\n\n福建省人民政府关于加强基础教育工作的决定\n各市、县（区）人民政府，省直各单位：\n为加强基础教育工作，现作出如下决定：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'doc_number': '闽政〔99〕10号', 'issuers': ['福建省人民政府'], 'issue_date': '1999-03-16', 'region': '福建省', 'admin_level': 'province', 'doc_type': '决定'},
                 id='web_field_value_next_line'),
    pytest.param('天津市河西区人民政府关于印发河西区创建国家卫生区工作方案的通知\n河西政发 （2007） 8号\n\n各街道办事处，区政府各委、局，各直属单位：\n现将《河西区创建国家卫生区工作方案》印发给你们，请认真贯彻执行。\n\n天津市河西区人民政府\n二〇〇七年三月二十日\n\n河西区创建国家卫生区工作方案\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'doc_number': '河西政发（2007）8号', 'title': '河西区创建国家卫生区工作方案', 'issuers': ['天津市河西区人民政府'], 'issue_date': '2007-03-20', 'region': '天津市河西区', 'admin_level': 'county', 'doc_type': '工作方案'},
                 id='municipal_district_round_brackets_space'),
    pytest.param('宜昌市人民政府办公室关于印发宜昌市城区停车场建设管理办法的通知\n宜府办发〖2016〗45号\n各县市区人民政府，宜昌高新区管委会，市政府各部门：\n《宜昌市城区停车场建设管理办法》已经市人民政府同意，现印发给你们，请遵照执行。\n宜昌市人民政府办公室\n2016年8月18日\n宜昌市城区停车场建设管理办法\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'doc_number': '宜府办发〖2016〗45号', 'issuers': ['宜昌市人民政府办公室'], 'issue_date': '2016-08-18', 'region': '湖北省宜昌市', 'admin_level': 'prefecture', 'doc_type': '办法'},
                 id='lenticular_brackets_web_copy'),
]


@pytest.mark.parametrize("text,want", DOC_NUMBERS)
def test_doc_number_forms(text, want):
    _check(text, want)


# --- class 2: issue dates of records, pages and other eras; 公告 headings ------------------------

ISSUE_DATES = [
    pytest.param('【法规标题】辽宁省人民政府关于进一步加强城市供水管理的通知\n【发布部门】辽宁省人民政府\n【发文字号】辽政发〔2003〕21号\n【发布日期】2003.07.15\n【实施日期】2003.07.15\n【时效性】现行有效\n【效力级别】地方规范性文件\n\n辽宁省人民政府关于进一步加强城市供水管理的通知\n各市人民政府，省政府各厅委、各直属机构：\n为加强城市供水管理，现就有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'title': '辽宁省人民政府关于进一步加强城市供水管理的通知', 'doc_number': '辽政发〔2003〕21号', 'issuers': ['辽宁省人民政府'], 'issue_date': '2003-07-15', 'region': '辽宁省', 'admin_level': 'province', 'doc_type': '通知'},
                 id='law_collection_publication_date_no_signature'),
    pytest.param('法规标题：国家经贸委关于加强中小企业信用担保体系建设的意见\n发布部门：国家经济贸易委员会\n发文字号：国经贸中小企〔2000〕1076号\n发布日期：2000年11月24日\n实施日期：2000年11月24日\n时效性：失效\n效力级别：部门规范性文件\n\n各省、自治区、直辖市及计划单列市经贸委（经委、计经委）：\n为加强中小企业信用担保体系建设，现提出如下意见：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'doc_number': '国经贸中小企〔2000〕1076号', 'issuers': ['国家经济贸易委员会'], 'issue_date': '2000-11-24', 'region': '全国', 'admin_level': 'central'},
                 id='law_collection_plain_labels'),
    pytest.param('索引号：11330000002482870Y/2015-00123\n发布机构：浙江省人民政府办公厅\n成文日期：2015-06-08\n发布日期：2015-06-12\n文号：浙政办发〔2015〕65号\n\n浙江省人民政府办公厅关于加快发展养老服务业的实施意见\n各市、县（市、区）人民政府，省政府直属各单位：\n为加快发展养老服务业，现提出如下实施意见：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'doc_number': '浙政办发〔2015〕65号', 'issuers': ['浙江省人民政府办公厅'], 'issue_date': '2015-06-08', 'region': '浙江省', 'admin_level': 'province', 'doc_type': '实施意见'},
                 id='portal_chengwen_and_fabu'),
    pytest.param('吉林省人民政府办公厅关于做好春季农业生产工作的通知\n吉政办明电〔2012〕14号\n\n各市（州）人民政府，长白山管委会，各县（市）人民政府，省政府各厅委办、各直属机构：\n为做好今年春季农业生产工作，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n吉林省人民政府办公厅\n二零一二年三月五日\n',
                 {'doc_number': '吉政办明电〔2012〕14号', 'issuers': ['吉林省人民政府办公厅'], 'issue_date': '2012-03-05', 'region': '吉林省', 'admin_level': 'province'},
                 id='chinese_numeral_date_with_ling'),
    pytest.param('湖北省人民政府关于加强农村义务教育经费保障的通知\n鄂政发〔2008〕3号\n\n各市、州、县人民政府，省政府各部门：\n为加强农村义务教育经费保障，现就有关问题通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n湖北省人民政府\n二OO八年一月十日\n',
                 {'doc_number': '鄂政发〔2008〕3号', 'issuers': ['湖北省人民政府'], 'issue_date': '2008-01-10', 'region': '湖北省', 'admin_level': 'province'},
                 id='letter_o_in_year'),
    pytest.param('青海省人民政府办公厅关于加强草原防火工作的通知\n青政办〔2011〕45号\n\n各自治州人民政府，海东行署，西宁市人民政府，省政府各委、办、厅、局：\n为做好草原防火工作，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n青海省人民政府办公厅二〇一一年三月十五日\n',
                 {'doc_number': '青政办〔2011〕45号', 'issuers': ['青海省人民政府办公厅'], 'issue_date': '2011-03-15', 'region': '青海省', 'admin_level': 'province'},
                 id='date_glued_to_signature'),
    pytest.param('宁夏回族自治区人民政府办公厅关于加强冬春季节森林防火工作的通知\n宁政办发〔2014〕12号\n\n各市、县（区）人民政府，自治区政府各部门、直属机构：\n为做好冬春季节森林防火工作，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n请各地认真贯彻执行。宁夏回族自治区人民政府办公厅 2014年1月20日\n',
                 {'doc_number': '宁政办发〔2014〕12号', 'issuers': ['宁夏回族自治区人民政府办公厅'], 'issue_date': '2014-01-20', 'region': '宁夏回族自治区', 'admin_level': 'province'},
                 id='date_glued_to_last_sentence_and_signature'),
    pytest.param('国家税务总局公告2018年第12号（关于进一步做好个人所得税汇算清缴工作的公告）\n\n为做好个人所得税汇算清缴工作，现将有关事项公告如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n特此公告。\n\n国家税务总局\n2018年3月30日\n',
                 {'title': '关于进一步做好个人所得税汇算清缴工作的公告', 'doc_number': '国家税务总局公告2018年第12号', 'issuers': ['国家税务总局'], 'issue_date': '2018-03-30', 'region': '全国', 'admin_level': 'central', 'doc_type': '公告'},
                 id='announcement_heading_with_number_and_title'),
    pytest.param('国家药品监督管理局关于发布药品注册现场核查管理规定的公告（2021年第30号）\n\n为规范药品注册现场核查工作，国家药品监督管理局组织制定了《药品注册现场核查管理规定》，现予发布，自发布之日起施行。\n特此公告。\n\n国家药监局\n2021年12月20日\n',
                 {'title': '国家药品监督管理局关于发布药品注册现场核查管理规定的公告', 'doc_number': '2021年第30号', 'issuers': ['国家药品监督管理局'], 'issue_date': '2021-12-20', 'region': '全国', 'admin_level': 'central', 'doc_type': '公告'},
                 id='announcement_heading_title_first'),
    pytest.param('泸县人民政府办公室关于做好2015年防汛工作的通知\n泸县府办发〔2015〕28号\n\n各镇人民政府，县级各部门：\n为做好今年防汛工作，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n抄送：县委办，县人大办，县政协办。\n泸县人民政府办公室                2015年5月6日印发\n',
                 {'doc_number': '泸县府办发〔2015〕28号', 'issuers': ['泸县人民政府办公室'], 'issue_date': '2015-05-06', 'region': '四川省泸州市泸县', 'admin_level': 'county'},
                 id='printed_on_line_no_signature'),
    pytest.param('中共湖州市委 湖州市人民政府关于加快建设美丽乡村的实施意见\n（2016年 5月 10日）\n\n为加快建设美丽乡村，现提出如下实施意见。\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'issuers': ['中共湖州市委员会', '湖州市人民政府'], 'issue_date': '2016-05-10', 'region': '浙江省湖州市', 'admin_level': 'prefecture', 'doc_type': '实施意见'},
                 id='date_with_spaces_and_brackets_under_self_titled'),
    pytest.param('上犹县人民政府办公室关于印发上犹县农村人居环境整治实施方案的通知\n发布时间：2018-07-02 16:20 来源：上犹县人民政府办公室\n各乡镇人民政府，县政府各部门：\n现将《上犹县农村人居环境整治实施方案》印发给你们，请认真贯彻执行。\n上犹县人民政府办公室\n2018年6月28日\n上犹县农村人居环境整治实施方案\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n',
                 {'title': '上犹县农村人居环境整治实施方案', 'issuers': ['上犹县人民政府办公室'], 'issue_date': '2018-06-28', 'region': '江西省赣州市上犹县', 'admin_level': 'county', 'doc_type': '实施方案'},
                 id='county_web_copy_fabu_shijian_only'),
    pytest.param('国家发展改革委关于加强价格监督检查的通知\n发改价检〔2006〕1234号\n\n各省、自治区、直辖市发展改革委、物价局：\n为加强价格监督检查，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n国家发展改革委\n二〇〇六年六月二十八日（此件公开发布）\n',
                 {'doc_number': '发改价检〔2006〕1234号', 'issuers': ['国家发展和改革委员会'], 'issue_date': '2006-06-28', 'region': '全国', 'admin_level': 'central'},
                 id='date_line_with_public_mark'),
    pytest.param('甘肃省人民政府关于做好2001年元旦春节期间有关工作的通知\n甘政发〔2000〕98号\n\n各地区行政公署，各市、自治州人民政府，省政府各部门：\n元旦、春节即将来临，现就有关工作通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n甘肃省人民政府\n二〇〇〇年十二月三十一日\n',
                 {'doc_number': '甘政发〔2000〕98号', 'issuers': ['甘肃省人民政府'], 'issue_date': '2000-12-31', 'region': '甘肃省', 'admin_level': 'province'},
                 id='year_2000_thirty_first'),
    pytest.param('绥化市人民政府办公室关于做好秋季防火工作的通知\n绥政办发〔2012〕41号\n\n各县（市、区）人民政府，市政府各有关部门：\n为做好秋季防火工作，现将有关事项通知如下：\n一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n\n绥化市人民政府办公室\n二○一二年 九月 二十日\n',
                 {'doc_number': '绥政办发〔2012〕41号', 'issuers': ['绥化市人民政府办公室'], 'issue_date': '2012-09-20', 'region': '黑龙江省绥化市', 'admin_level': 'prefecture'},
                 id='spaced_chinese_date'),
]


@pytest.mark.parametrize("text,want", ISSUE_DATES)
def test_issue_dates_and_announcement_headings(text, want):
    _check(text, want)
