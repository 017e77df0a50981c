"""Session 8 (s8-layout): metadata of unusual title blocks and the task structure of central
self-titled opinions and notices, by construction class. Snippets written for these tests in the
style of many offices, levels and eras (not copied from any corpus); exact expected values per spec
1.1 sections 3 and 4."""
import pytest

from pipeline.document import process_text

KEYS = ['title', 'notice_title', 'doc_number', 'issuers', 'issue_date', 'region', 'admin_level', 'doc_type']
B = '一、提高认识，加强领导\n各地要高度重视这项工作。\n二、明确责任，狠抓落实\n各有关部门要密切配合。\n'
TASKS_B = [('一', '提高认识，加强领导'), ('二', '明确责任，狠抓落实')]


def _check(text, want):
    rec = process_text(text, doc_id="t").model_dump()
    md = rec["metadata"]
    assert {k: md[k] for k in want if k in KEYS} == {k: v for k, v in want.items() if k in KEYS}
    if "tasks" in want:
        assert [(t["path"], t["heading"]) for t in rec["tasks"]] == [tuple(t) for t in want["tasks"]]
    assert all(rec["text"][t["span"][0]:t["span"][1]] == t["quote"] for t in rec["tasks"])


# --- class 1: metadata when the title block is unusual ----------------------------------------------

META = [
    # the 文号's code is the only place the issuer is printed: it gives region and level, never the issuer (guide M2,
    # M15: nothing is guessed; lead review of s8)
    pytest.param('关于加强城市供水节水工作的通知\n国办发〔2000〕36号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n经国务院同意，现就有关事项通知如下：\n' + B + '\n二〇〇〇年十一月七日\n',
                 {'title': '关于加强城市供水节水工作的通知', 'doc_number': '国办发〔2000〕36号', 'issuers': [],
                  'issue_date': '2000-11-07', 'region': '全国', 'admin_level': 'central', 'doc_type': '通知'},
                 id='code_only_state_council_office_2000'),
    pytest.param('关于加快发展现代农业的实施意见\n晋政办发〔2012〕30号\n\n各市、县人民政府，省人民政府各委、厅，各直属机构：\n经省人民政府同意，现提出如下实施意见：\n' + B + '\n二〇一二年四月十日\n',
                 {'doc_number': '晋政办发〔2012〕30号', 'issuers': [], 'region': '山西省',
                  'admin_level': 'province', 'doc_type': '实施意见'},
                 id='code_only_province_office'),
    pytest.param('关于进一步做好防汛抗旱工作的通知\n黔政发〔2007〕21号\n\n各自治州、市人民政府，各地区行政公署，各县（市、区、特区）人民政府，省政府各部门、各直属机构：\n现就有关事项通知如下：\n' + B + '\n二〇〇七年六月一日\n',
                 {'issuers': [], 'region': '贵州省', 'admin_level': 'province'},
                 id='code_only_province_government'),
    # a code a city writes too, or a county's code, names no issuer
    pytest.param('关于做好2019年防汛工作的通知\n临政办发〔2019〕15号\n\n各乡镇人民政府，县直各单位：\n为做好防汛工作，现通知如下：\n' + B + '\n2019年5月6日\n',
                 {'issuers': [], 'doc_type': '通知'}, id='county_code_no_issuer'),
    pytest.param('关于加强春运工作的通知\n中发〔1995〕3号\n\n各省、自治区、直辖市党委和人民政府：\n现就有关事项通知如下：\n' + B,
                 {'issuers': [], 'region': '全国', 'admin_level': 'central'}, id='party_centre_code_joint_not_guessed'),
    # a 题注 naming the issuing office before the date (`（X印发）`), the month alone giving no date
    pytest.param('关于加强干部教育培训工作的意见\n（中共浙江省委办公厅2006年5月印发）\n\n为加强干部教育培训工作，提出如下意见：\n' + B,
                 {'title': '关于加强干部教育培训工作的意见', 'issuers': ['中共浙江省委办公厅'], 'issue_date': None,
                  'region': '浙江省', 'admin_level': 'province', 'doc_type': '意见', 'tasks': TASKS_B},
                 id='issued_by_note_organs_first'),
    pytest.param('关于进一步加强基层党组织建设的意见\n（中共福建省委组织部　2012年3月8日印发）\n\n为加强基层党组织建设，提出如下意见：\n' + B,
                 {'issuers': ['中共福建省委组织部'], 'issue_date': '2012-03-08', 'region': '福建省', 'admin_level': 'province'},
                 id='issued_by_note_organs_first_full_date'),
    # an order's number alone on its line, written short
    pytest.param('国务院关于废止部分行政法规的决定\n国令第588号\n\n为了维护社会主义法制统一，国务院决定：\n' + B + '\n总理　温家宝\n2011年1月8日\n',
                 {'title': '国务院关于废止部分行政法规的决定', 'doc_number': '国令第588号', 'issuers': ['国务院'],
                  'issue_date': '2011-01-08', 'region': '全国', 'admin_level': 'central', 'doc_type': '决定', 'tasks': TASKS_B},
                 id='order_number_short_line'),
    pytest.param('农业部关于修订农药登记资料要求的规定\n农业部令第 10 号\n\n为加强农药登记管理，现作如下规定：\n' + B + '\n部长　韩长赋\n2017年6月21日\n',
                 {'doc_number': '农业部令第10号', 'issuers': ['农业部'], 'issue_date': '2017-06-21', 'doc_type': '规定'},
                 id='ministry_order_number_spaced'),
    # the order first, then the decision it promulgates (no articles: the order names it in 《》)
    pytest.param('中华人民共和国国务院令\n第 709 号\n\n现公布《国务院关于修改和废止部分行政法规的决定》，自公布之日起施行。\n\n总理　李克强\n2019年3月2日\n\n国务院关于修改和废止部分行政法规的决定\n\n为依法推进简政放权，国务院对所涉及的行政法规进行了清理。经过清理，国务院决定：\n一、对49部行政法规的部分条款予以修改。\n二、对5部行政法规予以废止。\n',
                 {'title': '国务院关于修改和废止部分行政法规的决定', 'doc_number': '中华人民共和国国务院令第709号',
                  'issuers': ['国务院'], 'issue_date': '2019-03-02', 'region': '全国', 'admin_level': 'central', 'doc_type': '决定',
                  'tasks': [('一', '对49部行政法规的部分条款予以修改'), ('二', '对5部行政法规予以废止')]},
                 id='order_then_decision'),
    # a web copy's title carrying its 文号 and date in brackets
    pytest.param('国务院关于加强地方政府性债务管理的意见（国发〔2014〕43号　2014年9月21日）\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加强地方政府性债务管理，现提出以下意见：\n' + B,
                 {'title': '国务院关于加强地方政府性债务管理的意见', 'doc_number': '国发〔2014〕43号', 'issuers': ['国务院'],
                  'issue_date': '2014-09-21', 'region': '全国', 'admin_level': 'central', 'doc_type': '意见', 'tasks': TASKS_B},
                 id='title_number_then_date_in_brackets'),
    pytest.param('山东省人民政府关于加快发展养老服务业的意见（2014年3月5日　鲁政发〔2014〕11号）\n各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n现提出以下意见：\n' + B,
                 {'title': '山东省人民政府关于加快发展养老服务业的意见', 'doc_number': '鲁政发〔2014〕11号',
                  'issuers': ['山东省人民政府'], 'issue_date': '2014-03-05', 'region': '山东省', 'admin_level': 'province'},
                 id='title_date_then_number_in_brackets'),
    # adopted by the Central Committee in plenary session, or at a government's executive meeting (guide M10)
    pytest.param('中共中央关于加强党的执政能力建设的决定\n（2004年9月19日中国共产党第十六届中央委员会第四次全体会议通过）\n\n为加强党的执政能力建设，作出如下决定。\n' + B,
                 {'title': '中共中央关于加强党的执政能力建设的决定', 'issuers': ['中共中央'], 'issue_date': '2004-09-19',
                  'region': '全国', 'admin_level': 'central', 'doc_type': '决定', 'tasks': TASKS_B},
                 id='party_plenum_adoption'),
    pytest.param('重大行政决策程序暂行条例\n（2019年4月20日国务院第49次常务会议通过）\n\n第一章　总则\n第一条　为了健全科学决策机制，制定本条例。\n第二条　本条例自2019年9月1日起施行。\n',
                 {'title': '重大行政决策程序暂行条例', 'doc_number': None, 'issuers': ['国务院'], 'issue_date': '2019-04-20',
                  'region': '全国', 'admin_level': 'central', 'doc_type': '条例',
                  'tasks': [('第一章', '总则'), ('第一章/第一条', '为了健全科学决策机制，制定本条例'), ('第一章/第二条', '本条例自2019年9月1日起施行')]},
                 id='state_council_executive_meeting_adoption'),
    pytest.param('江西省行政程序规定\n（2008年4月9日江西省人民政府第4次常务会议通过）\n\n第一条　为了规范行政行为，制定本规定。\n第二条　本规定自2008年10月1日起施行。\n',
                 {'issuers': ['江西省人民政府'], 'issue_date': '2008-04-09', 'region': '江西省', 'admin_level': 'province', 'doc_type': '规定'},
                 id='province_executive_meeting_adoption'),
    # several documents transmitted: the name the notice title gives them, without 《》
    pytest.param('杭州市人民政府关于印发《杭州市就业补助资金管理办法》和《杭州市创业担保贷款实施细则》的通知\n杭政〔2017〕9号\n\n各区、县（市）人民政府，市政府各部门：\n现将《杭州市就业补助资金管理办法》和《杭州市创业担保贷款实施细则》印发给你们，请认真贯彻执行。\n\n杭州市人民政府\n2017年3月1日\n\n杭州市就业补助资金管理办法\n\n第一条　为规范管理，制定本办法。\n第二条　本办法自印发之日起施行。\n\n杭州市创业担保贷款实施细则\n\n第一条　为规范管理，制定本细则。\n第二条　本细则自印发之日起施行。\n',
                 {'title': '杭州市就业补助资金管理办法和杭州市创业担保贷款实施细则',
                  'notice_title': '关于印发《杭州市就业补助资金管理办法》和《杭州市创业担保贷款实施细则》的通知',
                  'issuers': ['杭州市人民政府'], 'region': '浙江省杭州市', 'admin_level': 'prefecture', 'doc_type': '实施细则',
                  'tasks': [('第一条', '为规范管理，制定本办法'), ('第二条', '本办法自印发之日起施行'),
                            ('§2/第一条', '为规范管理，制定本细则'), ('§2/第二条', '本细则自印发之日起施行')]},
                 id='two_documents_transmitted'),
    # a seal mark `（印）` / `（签章）` after the signature's organ
    pytest.param('关于进一步加强农村饮水安全工作的意见\n\n各市、县（区）人民政府，省直各部门：\n为加强农村饮水安全工作，现提出如下意见：\n' + B + '\n宁夏回族自治区人民政府（印）\n2008年4月2日\n',
                 {'issuers': ['宁夏回族自治区人民政府'], 'issue_date': '2008-04-02', 'region': '宁夏回族自治区', 'admin_level': 'province',
                  'doc_type': '意见', 'tasks': TASKS_B},
                 id='signature_seal_yin'),
    pytest.param('关于做好农村危房改造工作的通知\n\n各市（州）、县（市、区）住房城乡建设局、财政局：\n现就有关事项通知如下：\n' + B + '\n四川省住房和城乡建设厅（签章）　四川省财政厅（签章）\n2015年6月1日\n',
                 {'issuers': ['四川省住房和城乡建设厅', '四川省财政厅'], 'issue_date': '2015-06-01', 'region': '四川省'},
                 id='signature_seal_qianzhang'),
    # national organs whose names CENTRAL_ORGAN's prefixes miss (中国…局, 中华全国…, 共青团中央), and their offices
    pytest.param('中国气象局关于加强气象防灾减灾工作的意见\n气发〔2017〕5号\n\n各省、自治区、直辖市气象局：\n现提出如下意见：\n' + B + '\n中国气象局\n2017年3月1日\n',
                 {'issuers': ['中国气象局'], 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'}, id='central_china_meteorological'),
    pytest.param('共青团中央 全国妇联关于开展某某活动的通知\n中青联发〔2016〕3号\n\n各省、自治区、直辖市团委、妇联：\n现就有关事项通知如下：\n' + B + '\n共青团中央　　全国妇联\n2016年5月2日\n',
                 {'issuers': ['共青团中央委员会', '中华全国妇女联合会'], 'region': '全国', 'admin_level': 'central'},
                 id='central_youth_league_and_womens_federation'),
    pytest.param('关于开展某某工作的通知\n\n各省、自治区、直辖市总工会：\n现就有关事项通知如下：\n' + B + '\n中华全国总工会办公厅\n2019年5月2日\n',
                 {'issuers': ['中华全国总工会办公厅'], 'region': '全国', 'admin_level': 'central'}, id='central_trade_union_office'),
    # the Youth League's committee signed `团某市委` (spec §5: 团市委 → 共青团…委员会)
    pytest.param('关于开展某某志愿服务活动的通知\n\n各区县（市）团委：\n现就有关事项通知如下：\n' + B + '\n团株洲市委　　株洲市教育局\n2018年4月2日\n',
                 {'issuers': ['共青团株洲市委员会', '株洲市教育局'], 'region': '湖南省株洲市', 'admin_level': 'prefecture'},
                 id='youth_league_city_committee_short'),
    # a web copy's heading: the date alone under the title, or a 成文日期 field there (a 发布日期 is not the issue date)
    pytest.param('广东省人民政府关于加快发展某某产业的意见\n2013年9月6日\n各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n为加快发展某某产业，现提出以下意见：\n' + B,
                 {'title': '广东省人民政府关于加快发展某某产业的意见', 'issue_date': '2013-09-06', 'issuers': ['广东省人民政府'], 'tasks': TASKS_B},
                 id='web_date_line_under_title'),
    pytest.param('广东省人民政府关于加快发展某某产业的意见\n粤府〔2013〕90号\n成文日期：2013年9月6日\n各地级以上市人民政府，省政府各部门、各直属机构：\n现提出以下意见：\n' + B,
                 {'doc_number': '粤府〔2013〕90号', 'issue_date': '2013-09-06', 'tasks': TASKS_B}, id='web_written_on_field_under_title'),
    pytest.param('广东省人民政府关于加快发展某某产业的意见\n发布日期：2013-09-10\n粤府〔2013〕90号\n各地级以上市人民政府，省政府各部门、各直属机构：\n现提出以下意见：\n' + B,
                 {'doc_number': '粤府〔2013〕90号', 'issue_date': None}, id='web_published_on_is_no_issue_date'),
    # `中共中央国务院关于…` written without the space between the two organs
    pytest.param('中共中央国务院关于加快推进生态文明建设的意见\n（2015年4月25日）\n\n生态文明建设是中国特色社会主义事业的重要内容。现提出如下意见。\n' + B,
                 {'title': '中共中央国务院关于加快推进生态文明建设的意见', 'issuers': ['中共中央', '国务院'],
                  'issue_date': '2015-04-25', 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='party_centre_state_council_glued'),
]


@pytest.mark.parametrize("text,want", META)
def test_metadata_unusual_title_blocks(text, want):
    _check(text, want)


# --- class 2: task structure of central self-titled opinions and notices ------------------------------

H = '国务院办公厅关于促进某某健康发展的意见\n国办发〔2019〕8号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n经国务院同意，现提出以下意见。\n'
E = '\n国务院办公厅\n2019年2月3日\n'

TASKS = [
    # a heading set in bold, the paragraph run on after it: the bold's end is the heading's end
    pytest.param(H + '**一、总体要求**全面贯彻党的十九大精神，推动高质量发展。\n**二、重点任务**\n**（一）加强基础设施建设**各地要加快建设。\n**（二）完善政策体系**制定配套政策。\n' + E,
                 {'tasks': [('一', '总体要求'), ('二', '重点任务'), ('二/(一)', '加强基础设施建设'), ('二/(二)', '完善政策体系')]},
                 id='bold_heading_run_on'),
    pytest.param('某市人民政府关于加快发展夜间经济的实施意见\n\n各区人民政府，市政府各部门：\n现提出如下实施意见。\n一、主要任务\n（一）**优化夜间消费布局**各区要打造一批夜间消费集聚区。\n（二）**丰富夜间消费业态**鼓励商场延长营业时间。\n\n某市人民政府\n2020年6月1日\n',
                 {'tasks': [('一', '主要任务'), ('一/(一)', '优化夜间消费布局'), ('一/(二)', '丰富夜间消费业态')]},
                 id='bold_heading_after_number'),
    # `一）`: the opening bracket lost (OCR, web copies) or a county's own style: read as （一）
    pytest.param(H + '一、重点任务\n(一)加强基础设施建设。各地要加快建设。\n(二)完善政策体系。制定配套政策。\n三)强化监督检查。加强检查。\n(四)做好宣传。加强宣传。\n' + E,
                 {'tasks': [('一', '重点任务'), ('一/(一)', '加强基础设施建设'), ('一/(二)', '完善政策体系'),
                            ('一/(三)', '强化监督检查'), ('一/(四)', '做好宣传')]},
                 id='lost_open_bracket_ocr'),
    pytest.param('某县人民政府关于做好春耕生产工作的通知\n\n各乡镇人民政府：\n现将有关事项通知如下：\n一、提高认识\n一）加强领导。各乡镇要高度重视。\n二）落实责任。要明确责任。\n二、强化措施\n一）抓好备耕。要做好准备。\n二）搞好服务。要搞好服务。\n\n某县人民政府\n2015年3月1日\n',
                 {'tasks': [('一', '提高认识'), ('一/(一)', '加强领导'), ('一/(二)', '落实责任'), ('二', '强化措施'),
                            ('二/(一)', '抓好备耕'), ('二/(二)', '搞好服务')]},
                 id='right_bracket_only_style'),
    # `1．…；2．…` run into a （一） item after its colon: items one level below it (as `（1）…；（2）…`)
    pytest.param('国务院关于推进某某工作的意见\n国发〔2012〕3号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现提出如下意见：\n一、主要任务\n（一）加强以下几方面工作：1．完善规划；2．加强建设。\n（二）落实保障措施。各地要落实。\n\n国务院\n2012年1月5日\n',
                 {'tasks': [('一', '主要任务'), ('一/(一)', '加强以下几方面工作：1．完善规划；2．加强建设'), ('一/(一)/1', '完善规划'),
                            ('一/(一)/2', '加强建设'), ('一/(二)', '落实保障措施')]},
                 id='arabic_items_after_colon'),
    pytest.param('某省人民政府办公厅关于做好某某工作的通知\n\n各市、县人民政府，省政府各部门：\n现就有关事项通知如下：\n一、工作重点\n（一）资金标准为：1.5万元。各地要落实。\n（二）重点抓好以下工作：1.完善规划。2.加强建设。\n\n某省人民政府办公厅\n2016年5月3日\n',
                 {'tasks': [('一', '工作重点'), ('一/(一)', '资金标准为：1.5万元'), ('一/(二)', '重点抓好以下工作：1.完善规划'),
                            ('一/(二)/1', '完善规划'), ('一/(二)/2', '加强建设')]},
                 id='arabic_items_after_colon_not_decimal'),
    # a copy that lost its line breaks: `现提出以下意见。一、…` and a sub-item whose number runs on glued to its heading
    pytest.param('国务院办公厅关于加快发展某某的意见\n国办发〔2016〕9号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加快发展某某，经国务院同意，现提出以下意见。一、总体要求（一）指导思想。全面贯彻党的精神。（二）基本原则。坚持市场主导。二、主要任务（三）加强基础设施建设。各地要加快建设。（四）完善政策体系。制定配套政策。\n国务院办公厅\n2016年2月3日\n',
                 {'tasks': [('一', '总体要求'), ('一/(一)', '指导思想'), ('一/(二)', '基本原则'), ('二', '主要任务'),
                            ('二/(三)', '加强基础设施建设'), ('二/(四)', '完善政策体系')]},
                 id='one_line_body_after_stop'),
    pytest.param('湖北省人民政府关于推进某某工作的意见\n鄂政发〔2017〕5号\n\n各市、州、县人民政府，省政府各部门：\n现提出如下意见。\n一、总体要求\n（一）指导思想。全面贯彻党的精神。\n（二）基本原则。坚持市场主导。\n二、主要任务（三）加强基础设施建设。各地要加快建设。\n（四）完善政策体系。制定配套政策。\n三、落实第（五）项要求。各地要落实。\n\n湖北省人民政府\n2017年3月1日\n',
                 {'tasks': [('一', '总体要求'), ('一/(一)', '指导思想'), ('一/(二)', '基本原则'), ('二', '主要任务'),
                            ('二/(三)', '加强基础设施建设'), ('二/(四)', '完善政策体系'), ('三', '落实第（五）项要求')]},
                 id='run_on_sub_item_glued_to_heading'),
    # the older `附：某某方案` after the signature is an attachment (`附件/…`); a contact line `附：联系人：…` is not
    pytest.param('河南省人民政府办公厅关于某某工作的通知\n豫政办〔2006〕5号\n\n各市、县人民政府，省人民政府各部门：\n经省政府同意，现就有关事项通知如下：\n一、明确工作重点\n各地要明确重点。\n二、加强组织领导\n各地要加强领导。\n\n河南省人民政府办公厅\n二〇〇六年三月一日\n\n附：某某工作分工方案\n一、分工原则\n按职能分工。\n二、具体分工\n各部门负责。\n',
                 {'tasks': [('一', '明确工作重点'), ('二', '加强组织领导'), ('附件/一', '分工原则'), ('附件/二', '具体分工')]},
                 id='fu_colon_attachment'),
    pytest.param('某县人民政府办公室关于某某工作的通知\n\n各乡镇人民政府：\n现就有关事项通知如下：\n一、明确工作重点\n各地要明确重点。\n二、加强组织领导\n各地要加强领导。\n\n某县人民政府办公室\n2010年3月1日\n\n附：联系人：张三，电话：12345678\n',
                 {'tasks': [('一', '明确工作重点'), ('二', '加强组织领导')]}, id='fu_colon_contact_no_attachment'),
    # a copy that lost every line break but kept the spaces: title, 文号, addressee and body on one line
    pytest.param('云南省人民政府办公厅关于加快发展某某的意见 云政办发〔2016〕9号 各州、市人民政府，省直各委、办、厅、局：为加快发展某某，经省人民政府同意，现提出以下意见。一、总体要求（一）指导思想。全面贯彻党的精神。（二）基本原则。坚持市场主导。二、主要任务（三）加强基础设施建设。各地要加快建设。（四）完善政策体系。制定配套政策。 云南省人民政府办公厅 2016年2月3日\n',
                 {'title': '云南省人民政府办公厅关于加快发展某某的意见', 'doc_number': '云政办发〔2016〕9号', 'issuers': ['云南省人民政府办公厅'],
                  'issue_date': '2016-02-03', 'region': '云南省', 'admin_level': 'province', 'doc_type': '意见',
                  'tasks': [('一', '总体要求'), ('一/(一)', '指导思想'), ('一/(二)', '基本原则'), ('二', '主要任务'),
                            ('二/(三)', '加强基础设施建设'), ('二/(四)', '完善政策体系')]},
                 id='one_line_copy_with_spaces'),
    # a heading whose stop stands inside its closing quote
    pytest.param(H + '一、重点任务\n（一）落实“放管服。”各地要推进。\n（二）推行“一网通办”。各地要推进。\n' + E,
                 {'tasks': [('一', '重点任务'), ('一/(一)', '落实“放管服”'), ('一/(二)', '推行“一网通办”')]},
                 id='stop_inside_quote'),
]


@pytest.mark.parametrize("text,want", TASKS)
def test_task_structure_central_self_titled(text, want):
    _check(text, want)
