"""Metadata by class of notice (issue 11): snippets written for these tests in the style of many
offices, levels and eras; exact expected values per spec 1.1 section 3 and guide M rules."""
import pytest

from pipeline.document import process_text

ITEMS = "\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n"

KEYS = ['title', 'notice_title', 'doc_number', 'issuers', 'issue_date', 'region', 'admin_level', 'doc_type']

CASES = [
    pytest.param('关于印发《关于推进职业教育产教融合的若干措施》的通知\n教职成〔2019〕6号\n\n各省、自治区、直辖市教育厅（教委）、发展改革委、财政厅（局）：\n现将《关于推进职业教育产教融合的若干措施》印发给你们，请结合实际认真贯彻落实。\n\n教育部\u3000国家发展改革委\u3000工业和信息化部\u3000财政部\n人力资源社会保障部\u3000国务院国资委\n2019年9月25日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '关于推进职业教育产教融合的若干措施', 'notice_title': '关于印发《关于推进职业教育产教融合的若干措施》的通知', 'doc_number': '教职成〔2019〕6号', 'issuers': ['教育部', '国家发展和改革委员会', '工业和信息化部', '财政部', '人力资源和社会保障部', '国务院国有资产监督管理委员会'], 'issue_date': '2019-09-25', 'region': '全国', 'admin_level': 'central', 'doc_type': '措施'},
                 id='central_joint_ministries_on_two_signature_lines'),
    pytest.param('中共宁陵县委\u3000宁陵县人民政府\n关于加快发展县域经济的实施意见\n宁发〔2016〕5号\n\n各乡镇党委、政府，县直各单位：\n为加快发展县域经济，现提出如下实施意见。\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n\n中共宁陵县委\u3000\u3000\u3000\u3000\u3000宁陵县人民政府\n2016年3月2日\n',
                 {'title': '中共宁陵县委 宁陵县人民政府关于加快发展县域经济的实施意见', 'notice_title': None, 'doc_number': '宁发〔2016〕5号', 'issuers': ['中共宁陵县委员会', '宁陵县人民政府'], 'issue_date': '2016-03-02', 'region': '河南省商丘市宁陵县', 'admin_level': 'county', 'doc_type': '实施意见'},
                 id='party_and_government_county_self_titled'),
    pytest.param('浙江省人力资源和社会保障厅办公室关于做好2020年技工院校招生工作的通知\n发布时间：2020-04-10\n各市人力社保局：\n现就做好2020年技工院校招生工作通知如下：\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '浙江省人力资源和社会保障厅办公室关于做好2020年技工院校招生工作的通知', 'notice_title': None, 'doc_number': None, 'issuers': ['浙江省人力资源和社会保障厅办公室'], 'issue_date': None, 'region': '浙江省', 'admin_level': 'province', 'doc_type': '通知'},
                 id='provincial_department_office_web_copy_without_signature'),
    pytest.param('延边朝鲜族自治州人民政府关于印发延边州全民健身实施计划（2016—2020年）的通知\n延州政发〔2016〕22号\n\n各县（市）人民政府，州政府各部门、各直属机构：\n现将《延边州全民健身实施计划（2016—2020年）》印发给你们，请认真组织实施。\n\n延边朝鲜族自治州人民政府\n2016年11月8日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '延边州全民健身实施计划（2016—2020年）', 'notice_title': '关于印发延边州全民健身实施计划（2016—2020年）的通知', 'doc_number': '延州政发〔2016〕22号', 'issuers': ['延边朝鲜族自治州人民政府'], 'issue_date': '2016-11-08', 'region': '吉林省延边朝鲜族自治州', 'admin_level': 'prefecture', 'doc_type': '实施计划'},
                 id='autonomous_prefecture'),
    pytest.param('鄂托克旗人民政府办公室关于印发鄂托克旗农村牧区人居环境整治三年行动方案的通知\n鄂托旗政办发〔2018〕45号\n\n各苏木镇人民政府，旗直各部门：\n现将《鄂托克旗农村牧区人居环境整治三年行动方案》印发给你们，请认真贯彻执行。\n\n鄂托克旗人民政府办公室\n2018年6月20日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '鄂托克旗农村牧区人居环境整治三年行动方案', 'notice_title': '关于印发鄂托克旗农村牧区人居环境整治三年行动方案的通知', 'doc_number': '鄂托旗政办发〔2018〕45号', 'issuers': ['鄂托克旗人民政府办公室'], 'issue_date': '2018-06-20', 'region': '内蒙古自治区鄂尔多斯市鄂托克旗', 'admin_level': 'county', 'doc_type': '行动方案'},
                 id='banner_of_a_league_city'),
    pytest.param('上海市浦东新区人民政府关于印发浦东新区促进人工智能产业发展若干政策的通知\n浦府规〔2021〕3号\n\n区政府各委、办、局，各管理局，各街道办事处、镇政府：\n现将《浦东新区促进人工智能产业发展若干政策》印发给你们，请认真按照执行。\n\n上海市浦东新区人民政府\n2021年7月5日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '浦东新区促进人工智能产业发展若干政策', 'notice_title': '关于印发浦东新区促进人工智能产业发展若干政策的通知', 'doc_number': '浦府规〔2021〕3号', 'issuers': ['上海市浦东新区人民政府'], 'issue_date': '2021-07-05', 'region': '上海市浦东新区', 'admin_level': 'county', 'doc_type': '政策'},
                 id='municipal_new_district'),
    pytest.param('北京市朝阳区教育委员会关于印发《朝阳区中小学课后服务工作实施方案》的通知\n朝教发〔2019〕10号\n\n各中小学：\n现将《朝阳区中小学课后服务工作实施方案》印发给你们，请遵照执行。\n\n北京市朝阳区教育委员会\n2019年9月1日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '朝阳区中小学课后服务工作实施方案', 'notice_title': '关于印发《朝阳区中小学课后服务工作实施方案》的通知', 'doc_number': '朝教发〔2019〕10号', 'issuers': ['北京市朝阳区教育委员会'], 'issue_date': '2019-09-01', 'region': '北京市朝阳区', 'admin_level': 'county', 'doc_type': '实施方案'},
                 id='municipal_district_commission'),
    pytest.param('苏州工业园区管理委员会关于印发苏州工业园区科技创新券管理办法的通知\n苏园管〔2017〕12号\n\n各部门、各街道：\n现将《苏州工业园区科技创新券管理办法》印发给你们，请遵照执行。\n\n苏州工业园区管理委员会\n2017年4月10日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '苏州工业园区科技创新券管理办法', 'notice_title': '关于印发苏州工业园区科技创新券管理办法的通知', 'doc_number': '苏园管〔2017〕12号', 'issuers': ['苏州工业园区管理委员会'], 'issue_date': '2017-04-10', 'region': '江苏省苏州市苏州工业园区', 'admin_level': 'county', 'doc_type': '办法'},
                 id='zone_named_after_its_city'),
    pytest.param('国务院关于加强县级政府食品安全监管工作的决定\n国发〔2012〕20号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为加强食品安全工作，现作出如下决定：\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n\n国务院\n2012年6月23日\n',
                 {'title': '国务院关于加强县级政府食品安全监管工作的决定', 'notice_title': None, 'doc_number': '国发〔2012〕20号', 'issuers': ['国务院'], 'issue_date': '2012-06-23', 'region': '全国', 'admin_level': 'central', 'doc_type': '决定'},
                 id='state_council_decision'),
    pytest.param('河北省人民政府办公厅转发省发展改革委关于加快推进重大项目建设意见的通知\n冀政办发〔2010〕8号\n\n各设区市人民政府，省政府各部门：\n省发展改革委《关于加快推进重大项目建设的意见》已经省政府同意，现转发给你们，请认真贯彻执行。\n\n河北省人民政府办公厅\n二〇一〇年三月十五日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '关于加快推进重大项目建设的意见', 'notice_title': '转发省发展改革委关于加快推进重大项目建设意见的通知', 'doc_number': '冀政办发〔2010〕8号', 'issuers': ['河北省人民政府办公厅'], 'issue_date': '2010-03-15', 'region': '河北省', 'admin_level': 'province', 'doc_type': '意见'},
                 id='provincial_office_forwards_a_department_opinion'),
    pytest.param('城关镇人民政府关于印发城关镇2022年安全生产工作要点的通知\n城政〔2022〕3号\n\n各村（社区），镇直各单位：\n现将《城关镇2022年安全生产工作要点》印发给你们，请认真贯彻落实。\n\n湖北省房县城关镇人民政府\n2022年2月16日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '城关镇2022年安全生产工作要点', 'notice_title': '关于印发城关镇2022年安全生产工作要点的通知', 'doc_number': '城政〔2022〕3号', 'issuers': ['湖北省房县城关镇人民政府'], 'issue_date': '2022-02-16', 'region': '湖北省十堰市房县城关镇', 'admin_level': 'township', 'doc_type': '工作要点'},
                 id='town_signed_with_province_and_two_character_county'),
    pytest.param('广州市天河区人民政府办公室关于印发天河区促进楼宇经济发展实施办法的通知\n穗天府办规〔2020〕2号\n\n各街道办事处，区政府各部门、各直属机构：\n现将《天河区促进楼宇经济发展实施办法》印发给你们，请遵照执行。\n\n广州市天河区人民政府办公室\n2020年5月12日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '天河区促进楼宇经济发展实施办法', 'notice_title': '关于印发天河区促进楼宇经济发展实施办法的通知', 'doc_number': '穗天府办规〔2020〕2号', 'issuers': ['广州市天河区人民政府办公室'], 'issue_date': '2020-05-12', 'region': '广东省广州市天河区', 'admin_level': 'county', 'doc_type': '实施办法'},
                 id='city_district_office'),
    pytest.param('山东省人民政府办公厅转发省财政厅关于进一步规范政府采购管理意见的通知\n鲁政办发〔2009〕31号\n\n各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n省财政厅《关于进一步规范政府采购管理的意见》已经省政府同意，现转发给你们，请认真组织实施。\n\n山东省人民政府办公厅\n二〇〇九年五月十二日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '关于进一步规范政府采购管理的意见', 'notice_title': '转发省财政厅关于进一步规范政府采购管理意见的通知', 'doc_number': '鲁政办发〔2009〕31号', 'issuers': ['山东省人民政府办公厅'], 'issue_date': '2009-05-12', 'region': '山东省', 'admin_level': 'province', 'doc_type': '意见'},
                 id='forward_title_from_the_notice_text'),
    pytest.param('成都市人民政府批转市教育局关于加快发展学前教育实施意见的通知\n成府发〔2011〕15号\n\n各区（市）县政府，市政府各部门：\n市教育局《关于加快发展学前教育的实施意见》已经市政府同意，现批转给你们，请认真贯彻执行。\n\n成都市人民政府\n二〇一一年四月六日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '关于加快发展学前教育的实施意见', 'notice_title': '批转市教育局关于加快发展学前教育实施意见的通知', 'doc_number': '成府发〔2011〕15号', 'issuers': ['成都市人民政府'], 'issue_date': '2011-04-06', 'region': '四川省成都市', 'admin_level': 'prefecture', 'doc_type': '实施意见'},
                 id='approve_and_forward_by_a_city'),
    pytest.param('湖南省财政厅关于印发《湖南省省级财政专项资金管理办法》的通知\n湘财预〔2014〕12号\n各市州、县市区财政局，省直各单位：\n现将《湖南省省级财政专项资金管理办法》印发给你们，请遵照执行。\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '湖南省省级财政专项资金管理办法', 'notice_title': '关于印发《湖南省省级财政专项资金管理办法》的通知', 'doc_number': '湘财预〔2014〕12号', 'issuers': ['湖南省财政厅'], 'issue_date': None, 'region': '湖南省', 'admin_level': 'province', 'doc_type': '办法'},
                 id='provincial_department_without_signature'),
    pytest.param('贵州省人民政府办公厅关于印发贵州省\n农村集体产权制度改革试点\n工作方案（试行）的通知\n黔府办发〔2017〕40号\n\n各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：\n《贵州省农村集体产权制度改革试点工作方案（试行）》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n\n贵州省人民政府办公厅\n2017年8月30日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '贵州省农村集体产权制度改革试点工作方案（试行）', 'notice_title': '关于印发贵州省农村集体产权制度改革试点工作方案（试行）的通知', 'doc_number': '黔府办发〔2017〕40号', 'issuers': ['贵州省人民政府办公厅'], 'issue_date': '2017-08-30', 'region': '贵州省', 'admin_level': 'province', 'doc_type': '工作方案'},
                 id='title_wrapped_over_three_lines_with_trial_mark'),
    pytest.param('南召县人民政府办公室\n关于印发南召县2019年秋冬季大气污染综合治理攻坚行动方案的通知\n召政办〔2019〕46号\n\n各乡镇人民政府、街道办事处，县政府各部门：\n《南召县2019年秋冬季大气污染综合治理攻坚行动方案》已经县政府同意，现印发给你们，请认真组织实施。\n\n南召县人民政府办公室\n2019年10月28日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '南召县2019年秋冬季大气污染综合治理攻坚行动方案', 'notice_title': '关于印发南召县2019年秋冬季大气污染综合治理攻坚行动方案的通知', 'doc_number': '召政办〔2019〕46号', 'issuers': ['南召县人民政府办公室'], 'issue_date': '2019-10-28', 'region': '河南省南阳市南召县', 'admin_level': 'county', 'doc_type': '行动方案'},
                 id='county_office_issuing_for_its_government'),
    pytest.param('中共中央办公厅\u3000国务院办公厅印发《关于加强乡镇政府服务能力建设的意见》的通知\n中办发〔2017〕11号\n\n各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：\n《关于加强乡镇政府服务能力建设的意见》已经中央领导同志同意，现印发给你们，请结合实际认真贯彻落实。\n\n中共中央办公厅\n国务院办公厅\n2017年2月20日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '关于加强乡镇政府服务能力建设的意见', 'notice_title': '印发《关于加强乡镇政府服务能力建设的意见》的通知', 'doc_number': '中办发〔2017〕11号', 'issuers': ['中共中央办公厅', '国务院办公厅'], 'issue_date': '2017-02-20', 'region': '全国', 'admin_level': 'central', 'doc_type': '意见'},
                 id='party_centre_and_state_council_offices'),
    pytest.param('如皋市人民政府办公室关于印发如皋市城市管理考核办法的通知\n皋政办发〔2015〕88号\n\n各镇（区、街道）人民政府（管委会、办事处），市各委、办、局，市各直属单位：\n现将《如皋市城市管理考核办法》印发给你们，请认真贯彻执行。\n\n如皋市人民政府办公室\n2015年7月2日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '如皋市城市管理考核办法', 'notice_title': '关于印发如皋市城市管理考核办法的通知', 'doc_number': '皋政办发〔2015〕88号', 'issuers': ['如皋市人民政府办公室'], 'issue_date': '2015-07-02', 'region': '江苏省南通市如皋市', 'admin_level': 'county', 'doc_type': '办法'},
                 id='county_level_city_office'),
    pytest.param('长阳土家族自治县人民政府关于印发长阳土家族自治县生态保护红线管理办法的通知\n长阳政发〔2018〕7号\n\n各乡镇人民政府，县政府各部门：\n现将《长阳土家族自治县生态保护红线管理办法》印发给你们，请遵照执行。\n\n长阳土家族自治县人民政府\n2018年4月3日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '长阳土家族自治县生态保护红线管理办法', 'notice_title': '关于印发长阳土家族自治县生态保护红线管理办法的通知', 'doc_number': '长阳政发〔2018〕7号', 'issuers': ['长阳土家族自治县人民政府'], 'issue_date': '2018-04-03', 'region': '湖北省宜昌市长阳土家族自治县', 'admin_level': 'county', 'doc_type': '办法'},
                 id='autonomous_county'),
    pytest.param('喀什地区行政公署关于印发喀什地区农村饮水安全工程建设管理办法的通知\n喀署发〔2013〕25号\n\n各县（市）人民政府，行署各部门：\n现将《喀什地区农村饮水安全工程建设管理办法》印发给你们，请遵照执行。\n\n喀什地区行政公署\n2013年6月5日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '喀什地区农村饮水安全工程建设管理办法', 'notice_title': '关于印发喀什地区农村饮水安全工程建设管理办法的通知', 'doc_number': '喀署发〔2013〕25号', 'issuers': ['喀什地区行政公署'], 'issue_date': '2013-06-05', 'region': '新疆维吾尔自治区喀什地区', 'admin_level': 'prefecture', 'doc_type': '办法'},
                 id='prefecture_administrative_office'),
    pytest.param('北京市西城区月坛街道办事处关于印发月坛街道垃圾分类工作实施方案的通知\n\n各社区居委会，街道各科室：\n现将《月坛街道垃圾分类工作实施方案》印发给你们，请认真落实。\n\n北京市西城区月坛街道办事处\n2020年5月6日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '月坛街道垃圾分类工作实施方案', 'notice_title': '关于印发月坛街道垃圾分类工作实施方案的通知', 'doc_number': None, 'issuers': ['北京市西城区月坛街道办事处'], 'issue_date': '2020-05-06', 'region': '北京市西城区月坛街道', 'admin_level': 'township', 'doc_type': '实施方案'},
                 id='street_office_of_a_municipal_district'),
    pytest.param('中共房县县委办公室\u3000房县人民政府办公室关于印发《房县乡村振兴三年行动计划》的通知\n房办发〔2019〕12号\n各乡镇党委、人民政府，县委各部门，县直各单位：\n现将《房县乡村振兴三年行动计划》印发给你们，请认真贯彻落实。\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '房县乡村振兴三年行动计划', 'notice_title': '关于印发《房县乡村振兴三年行动计划》的通知', 'doc_number': '房办发〔2019〕12号', 'issuers': ['中共房县委办公室', '房县人民政府办公室'], 'issue_date': None, 'region': '湖北省十堰市房县', 'admin_level': 'county', 'doc_type': '行动计划'},
                 id='county_party_and_government_offices_without_signature'),
    pytest.param('泾县人民政府关于印发泾县城区户外广告设置管理规定的通知\n泾政〔2012〕33号\n各乡镇人民政府，县政府各部门：\n现将《泾县城区户外广告设置管理规定》印发给你们，请遵照执行。\n\n泾县人民政府\n二〇一二年七月九日\n\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n二、主要任务\n（一）加强组织领导。各地要高度重视。\n',
                 {'title': '泾县城区户外广告设置管理规定', 'notice_title': '关于印发泾县城区户外广告设置管理规定的通知', 'doc_number': '泾政〔2012〕33号', 'issuers': ['泾县人民政府'], 'issue_date': '2012-07-09', 'region': '安徽省宣城市泾县', 'admin_level': 'county', 'doc_type': '规定'},
                 id='two_character_county_government'),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_metadata_class(text, expected):
    md = process_text(text, doc_id="m").metadata
    assert {k: getattr(md, k) for k in KEYS} == expected


@pytest.mark.parametrize("issuer,expected", [
    ("湖北省房县城关镇人民政府", ("湖北省十堰市房县城关镇", "township")),
    ("中共房县县委", ("湖北省十堰市房县", "county")),
    ("歙县人民政府办公室", ("安徽省黄山市歙县", "county")),
    ("河南省新县财政局", ("河南省信阳市新县", "county")),
    ("住房县委", (None, None)),
])
def test_two_character_county_in_an_issuer(issuer, expected):
    from pipeline.regions import resolve_region
    assert resolve_region([issuer]) == expected


RULE = "\n第一条　为加强管理，制定本办法。\n第二条　本办法适用于全省。\n"


@pytest.mark.parametrize("text,issuers,date,region", [
    ("农村集体经济组织财务公开规定\n（2001年9月12日　农业部、监察部发布）" + RULE,
     ["农业部", "监察部"], "2001-09-12", ("全国", "central")),
    ("城市房屋拆迁单位管理规定\n（1991年7月8日国务院批准　1991年7月22日建设部发布）" + RULE,
     ["建设部"], "1991-07-22", ("全国", "central")),
    ("江西省森林防火办法\n（2008年6月1日江西省人民政府发布）" + RULE,
     ["江西省人民政府"], "2008-06-01", ("江西省", "province")),
    ("湖南省林木种苗管理办法\n（一九九九年十月八日湖南省人民政府印发）" + RULE,
     ["湖南省人民政府"], "1999-10-08", ("湖南省", "province")),
])
def test_issuers_and_date_from_a_note_under_the_title(text, issuers, date, region):
    md = process_text(text, doc_id="m").metadata
    assert md.issuers == issuers
    assert md.issue_date == date
    assert (md.region, md.admin_level) == region


def test_a_note_without_organs_names_no_issuer():
    md = process_text("关于加强工作的意见\n（本意见于2015年3月2日印发）" + RULE, doc_id="m").metadata
    assert md.issuers == []


@pytest.mark.parametrize("text,date", [
    ("国家税务总局关于印发《增值税专用发票使用规定》的通知\n（二〇〇六年十月十七日）\n"
     "各省、自治区、直辖市和计划单列市国家税务局：\n现将《增值税专用发票使用规定》印发给你们，请遵照执行。\n"
     "增值税专用发票使用规定" + RULE, "2006-10-17"),
    ("国务院批转国家计委关于加强固定资产投资管理报告的通知\n（一九八六年三月十日）\n"
     "国务院同意国家计委《关于加强固定资产投资管理的报告》，现转发给你们，请遵照执行。\n"
     "关于加强固定资产投资管理的报告\n一、严格控制投资规模。\n二、加强项目管理。\n", "1986-03-10"),
])
def test_date_under_a_notice_title_without_signature(text, date):
    assert process_text(text, doc_id="m").metadata.issue_date == date


@pytest.mark.parametrize("issuer,expected", [
    ("黔东南州人民政府办公室", ("贵州省黔东南苗族侗族自治州", "prefecture")),
    ("恩施州发展和改革委员会", ("湖北省恩施土家族苗族自治州", "prefecture")),
    ("湘西自治州教育和体育局", ("湖南省湘西土家族苗族自治州", "prefecture")),
    ("海南州人民政府", ("青海省海南藏族自治州", "prefecture")),
    ("凉山州西昌市人民政府", ("四川省凉山彝族自治州西昌市", "county")),
    ("海南省人民政府", ("海南省", "province")),
])
def test_autonomous_prefecture_written_short(issuer, expected):
    from pipeline.regions import resolve_region
    assert resolve_region([issuer]) == expected


def test_prefecture_bureau_of_an_autonomous_prefecture_signed_short():
    md = process_text("关于印发恩施州生态文明建设规划的通知\n各县市发改局：\n现将《恩施州生态文明建设规划》印发给你们，请遵照执行。\n\n"
                      "恩施州发展和改革委员会\n2015年8月1日\n" + ITEMS, doc_id="m").metadata
    # spec §3: issuers are full names; the short 恩施州 is written out as the department reader does
    assert md.issuers == ["恩施土家族苗族自治州发展和改革委员会"]
    assert (md.region, md.admin_level) == ("湖北省恩施土家族苗族自治州", "prefecture")
    assert md.title == "恩施州生态文明建设规划"


@pytest.mark.parametrize("head,issuers", [
    ("关于加强农民工工资支付保障工作的通知\n发布部门：江苏省人力资源和社会保障厅;江苏省住房和城乡建设厅\n"
     "发文字号：苏人社发〔2016〕90号\n发布日期：2016-03-10\n各设区市人力资源社会保障局、住房城乡建设局：\n"
     "为加强农民工工资支付保障，现通知如下：",
     ["江苏省人力资源和社会保障厅", "江苏省住房和城乡建设厅"]),
    ("标题：关于进一步做好就业工作的实施意见\n发文机关：中共成都市委　成都市人民政府\n发文字号：成委发〔2015〕8号\n"
     "成文日期：2015年4月2日\n为进一步做好就业工作，提出如下实施意见。",
     ["中共成都市委员会", "成都市人民政府"]),
])
def test_joint_issuers_of_a_record_field_are_one_each(head, issuers):
    assert process_text(head + ITEMS, doc_id="m").metadata.issuers == issuers


@pytest.mark.parametrize("issuer,full", [
    ("国家发展改革委办公厅", "国家发展和改革委员会办公厅"),
    ("住房城乡建设部办公厅", "住房和城乡建设部办公厅"),
    ("国家林草局办公室", "国家林业和草原局办公室"),
    ("国家卫生计生委办公厅", "国家卫生和计划生育委员会办公厅"),
    ("教育部办公厅", "教育部办公厅"),
    ("中共成都市委办公厅", "中共成都市委办公厅"),
])
def test_office_of_a_central_organ_written_short(issuer, full):
    from pipeline.extract.metadata import _full_name
    assert _full_name(issuer) == full


@pytest.mark.parametrize("text,title,number", [
    ("财政部　税务总局关于延续实施小微企业所得税优惠政策的公告\n财政部　税务总局公告2023年第6号\n"
     "为支持小微企业发展，现将有关税收政策公告如下：\n一、对小型微利企业减按25%计入应纳税所得额。\n",
     "财政部 税务总局关于延续实施小微企业所得税优惠政策的公告", "财政部税务总局公告2023年第6号"),
    ("国家药监局关于发布药品注册管理有关事项的公告\n国家药监局公告（2019年第33号）\n"
     "为做好药品注册管理工作，现将有关事项公告如下：\n一、加强管理。\n二、强化服务。\n特此公告。\n\n国家药监局\n2019年4月1日\n",
     "国家药监局关于发布药品注册管理有关事项的公告", "国家药监局公告（2019年第33号）"),
    ("海关总署关于修订进出口货物报关单填制规范的公告\n海关总署公告2016年第20号\n"
     "为规范进出口货物收发货人的申报行为，现公告如下：\n一、修订报关单填制规范。\n",
     "海关总署关于修订进出口货物报关单填制规范的公告", "海关总署公告2016年第20号"),
])
def test_announcement_number_under_its_title(text, title, number):
    md = process_text(text, doc_id="m").metadata
    assert (md.title, md.doc_number) == (title, number)


@pytest.mark.parametrize("organ,region", [
    ("宁远县扶贫开发领导小组", ("湖南省永州市宁远县", "county")),
    ("中国人民银行西宁中心支行", ("青海省西宁市", "prefecture")),
    ("杭州海关", ("浙江省杭州市", "prefecture")),
    ("厦门市消防救援支队", ("福建省厦门市", "prefecture")),
    ("黄石市红十字会", ("湖北省黄石市", "prefecture")),
    ("国家税务总局苏州市税务局", ("江苏省苏州市", "prefecture")),
    ("国家统计局安徽调查总队", ("安徽省", "province")),
])
def test_issuer_in_the_title_of_a_notice_without_signature(organ, region):
    md = process_text(organ + "关于做好2019年有关工作的通知\n各有关单位：\n现就有关事项通知如下：" + ITEMS,
                      doc_id="m").metadata
    assert md.issuers == [organ]
    assert (md.region, md.admin_level) == region
    assert md.title == organ + "关于做好2019年有关工作的通知"


def test_central_and_provincial_organs_glued_in_a_joint_title_stay_two():
    from pipeline.extract.metadata import split_organs
    assert split_organs("国家林业局湖南省人民政府") == ["国家林业局", "湖南省人民政府"]
    assert split_organs("国家税务总局湖南省税务局") == ["国家税务总局湖南省税务局"]


@pytest.mark.parametrize("organ", ["杭州海关", "黄石市红十字会", "国家统计局安徽调查总队", "宁远县扶贫开发领导小组",
                                   "国家税务总局湖南省税务局"])
def test_signature_of_customs_red_cross_survey_units(organ):
    md = process_text("关于做好2019年有关工作的通知\n各有关单位：\n现就有关事项通知如下：" + ITEMS + "\n" + organ
                      + "\n2019年3月1日\n", doc_id="m").metadata
    assert md.issuers == [organ]
    assert md.issue_date == "2019-03-01"


@pytest.mark.parametrize("lead,issuers,doc_type", [
    ("近日，四川省人民政府办公厅印发《四川省加快发展冰雪运动实施方案》。全文如下：",
     ["四川省人民政府办公厅"], "实施方案"),
    ("日前，中共中央办公厅、国务院办公厅印发了《关于加强新时代高技能人才队伍建设的意见》，并发出通知，"
     "要求各地区各部门结合实际认真贯彻落实。", ["中共中央办公厅", "国务院办公厅"], "意见"),
    ("近日，市人民政府印发《南昌市促进消费实施方案》（以下简称《方案》）。", ["南昌市人民政府"], "实施方案"),
])
def test_genre_of_the_document_a_lead_in_names(lead, issuers, doc_type):
    md = process_text(lead + ITEMS, doc_id="m").metadata
    assert md.title is None
    assert md.issuers == issuers
    assert md.doc_type == doc_type


def test_a_lead_in_after_a_self_reference_does_not_decide():
    md = process_text("为做好防汛工作，特制定本工作方案。" + ITEMS, doc_id="m").metadata
    assert md.doc_type == "工作方案"


def test_bare_county_office_under_a_title_naming_a_two_character_county():
    md = process_text("关于印发《歙县2019年防汛抗旱工作方案》的通知\n各乡镇人民政府，县直有关单位：\n"
                      "现将《歙县2019年防汛抗旱工作方案》印发给你们，请认真组织实施。\n\n县人民政府办公室\n2019年3月1日\n"
                      + ITEMS, doc_id="m").metadata
    assert md.issuers == ["歙县人民政府办公室"]
    assert (md.region, md.admin_level) == ("安徽省黄山市歙县", "county")


def test_new_county_town_is_no_county():
    md = process_text("新县城建设工作方案\n为推进新县城建设，制定本方案。\n" + ITEMS, doc_id="m").metadata
    assert (md.region, md.admin_level) == (None, None)


@pytest.mark.parametrize("notice,own,title", [
    ("云南省人民政府办公厅关于转发省教育厅等部门云南省学前教育三年行动计划的通知\n云政办发〔2011〕200号\n",
     "省教育厅、省发展改革委、省财政厅《云南省学前教育三年行动计划》已经省人民政府同意，现转发给你们，请认真贯彻执行。",
     "云南省学前教育三年行动计划"),
    ("吉林省人民政府办公厅关于转发省民政厅关于加强城乡社区治理意见的通知\n吉政办发〔2012〕30号\n",
     "省民政厅《关于加强城乡社区治理的意见》已经省政府同意，现转发给你们，请认真贯彻落实。",
     "关于加强城乡社区治理的意见"),
])
def test_forwarded_title_with_the_forwarding_organs_in_the_notice_title(notice, own, title):
    md = process_text(notice + "各市（州）人民政府，省政府各厅委办：\n" + own + "\n\n省人民政府办公厅\n2012年3月1日\n" + ITEMS,
                      doc_id="m").metadata
    assert md.title == title
