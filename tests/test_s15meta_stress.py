"""s15-meta stress set (issue 11): notices of 1996-2017 written for this set, in the forms they reach users:
law-collection copies (【发布部门】… heads, 颁布单位/颁布日期 lines, 法规标题 lines, 题注 under the title), central
organs' old notices (转发/批转, 部委令, joint notices of the ministries of their time, 主题词/抄送/印发 lines, dates in
Chinese numerals), provincial, prefecture and county notices (行署, 地区, 盟, former names), and the older genre words
(暂行办法, 若干规定, 实施细则, 决定, 批复, 通报, 纪要). Each case lists what a labeller writes by spec 1.1 §3 and the
guide's M-rules (a key left out is not checked). No case copies a dev-corpus notice.
Run `python3 -m tests.test_s15meta_stress` from the worktree root for the count."""
import pytest

try:
    from tests.stress_runners import metadata_mismatches, report_metadata
except ModuleNotFoundError:  # run as a script: `python3 tests/test_s15meta_stress.py`
    from stress_runners import metadata_mismatches, report_metadata

KEYS = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level", "doc_type", "draft")

CASES = []


def case(name, text, **expected):
    CASES.append((name, text, expected))


# --- law-collection copies: 【】 heads -------------------------------------------------------------------------
case("pkulaw_head_self_titled_central", """国务院关于加强地方政府性债务管理的意见
【发布部门】国务院
【发文字号】国发〔2014〕43号
【发布日期】2014.09.21
【实施日期】2014.09.21
【时效性】现行有效
【效力级别】国务院规范性文件
【法规类别】地方政府债务
国务院关于加强地方政府性债务管理的意见
（国发〔2014〕43号）
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为加强地方政府性债务管理，现提出以下意见：
一、总体要求
二、加快建立规范的地方政府举债融资机制
国务院
2014年9月21日
""", title="国务院关于加强地方政府性债务管理的意见", notice_title=None, doc_number="国发〔2014〕43号",
     issuers=["国务院"], issue_date="2014-09-21", region="全国", admin_level="central", doc_type="意见")

case("pkulaw_head_square_number_no_signature", """国务院关于促进节约集约用地的通知
【发布部门】国务院
【发文字号】国发[2008]3号
【发布日期】2008.01.03
【实施日期】2008.01.03
【时效性】现行有效
【效力级别】国务院规范性文件
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为切实保护耕地，大力促进节约集约用地，现就有关问题通知如下：
一、按照节约集约用地原则，审查调整各类相关规划和用地标准
二、充分利用现有建设用地，大力提高建设用地利用效率
""", title="国务院关于促进节约集约用地的通知", notice_title=None, doc_number="国发[2008]3号",
     issuers=["国务院"], issue_date="2008-01-03", region="全国", admin_level="central", doc_type="通知")

case("pkulaw_head_joint_ministries", """财政部、国家税务总局关于企业所得税若干优惠政策的通知
【发布部门】财政部 国家税务总局
【发文字号】财税字[1994]001号
【发布日期】1994.03.29
【实施日期】1994.01.01
【时效性】部分失效
【效力级别】部门规范性文件
各省、自治区、直辖市、计划单列市财政厅（局）、国家税务局、地方税务局：
根据《中华人民共和国企业所得税暂行条例》，现将企业所得税若干优惠政策通知如下：
一、关于农村的乡、村集体企业。
二、关于第三产业企业。
财政部　国家税务总局
一九九四年三月二十九日
""", title="财政部、国家税务总局关于企业所得税若干优惠政策的通知", notice_title=None,
     doc_number="财税字[1994]001号", issuers=["财政部", "国家税务总局"], issue_date="1994-03-29", region="全国",
     admin_level="central", doc_type="通知")

case("pkulaw_head_province_banfa", """山东省城镇最低生活保障办法
【发布部门】山东省人民政府
【发文字号】山东省人民政府令第132号
【发布日期】2001.12.28
【实施日期】2002.02.01
【时效性】已被修订
【效力级别】地方政府规章
山东省城镇最低生活保障办法
第一条　为保障城镇居民的基本生活，根据国务院《城市居民最低生活保障条例》，结合本省实际，制定本办法。
第二条　本办法适用于本省行政区域内的城镇居民。
""", title="山东省城镇最低生活保障办法", notice_title=None, doc_number="山东省人民政府令第132号",
     issuers=["山东省人民政府"], issue_date="2001-12-28", region="山东省", admin_level="province", doc_type="办法")

case("pkulaw_head_yinfa_prefecture", """郑州市人民政府关于印发郑州市城市房屋拆迁管理实施细则的通知
【发布部门】郑州市人民政府
【发文字号】郑政〔2002〕21号
【发布日期】2002.09.12
【实施日期】2002.09.12
【时效性】失效
【效力级别】地方规范性文件
各县（市）、区人民政府，市人民政府各部门：
现将《郑州市城市房屋拆迁管理实施细则》印发给你们，请遵照执行。
二○○二年九月十二日
郑州市城市房屋拆迁管理实施细则
第一条　为加强城市房屋拆迁管理，制定本细则。
第二条　本细则适用于本市城市规划区内国有土地上的房屋拆迁。
""", title="郑州市城市房屋拆迁管理实施细则", notice_title="关于印发郑州市城市房屋拆迁管理实施细则的通知",
     doc_number="郑政〔2002〕21号", issuers=["郑州市人民政府"], issue_date="2002-09-12", region="河南省郑州市",
     admin_level="prefecture", doc_type="实施细则")

case("pkulaw_head_title_label", """【法规标题】国家经贸委关于印发《工商领域制止重复建设目录（第一批）》的通知
【发布部门】国家经济贸易委员会
【发文字号】国经贸产业[1999]第1108号
【发布日期】1999.11.15
【实施日期】1999.11.15
【时效性】失效
【效力级别】部门规范性文件
各省、自治区、直辖市及计划单列市、新疆生产建设兵团经贸委（经委、计经委）：
现将《工商领域制止重复建设目录（第一批）》印发给你们，请认真贯彻执行。
国家经济贸易委员会
一九九九年十一月十五日
""", title="工商领域制止重复建设目录（第一批）", notice_title="关于印发《工商领域制止重复建设目录（第一批）》的通知",
     doc_number="国经贸产业[1999]第1108号", issuers=["国家经济贸易委员会"], issue_date="1999-11-15",
     region="全国", admin_level="central")

case("pkulaw_head_county_body_only_date", """武义县人民政府关于加快发展农村二三产业的若干意见
【发布部门】武义县人民政府
【发文字号】武政发〔2003〕47号
【发布日期】2003.06.18
【时效性】现行有效
【效力级别】地方规范性文件
各乡镇人民政府、街道办事处，县政府各部门：
为加快发展农村二三产业，提出如下意见：
一、明确发展目标
二、落实扶持政策
""", title="武义县人民政府关于加快发展农村二三产业的若干意见", notice_title=None, doc_number="武政发〔2003〕47号",
     issuers=["武义县人民政府"], issue_date="2003-06-18", region="浙江省金华市武义县", admin_level="county",
     doc_type="意见")

# --- law-collection copies: 颁布单位 / 颁布日期 lines, 法规标题 lines ---------------------------------------------
case("banbu_lines_ministry_yinfa", """法规标题：卫生部关于印发《医院感染管理办法》的通知
颁布单位：卫生部
文　　号：卫医发〔2006〕123号
颁布日期：2006-07-06
实施日期：2006-09-01
时 效 性：现行有效
各省、自治区、直辖市卫生厅局，新疆生产建设兵团卫生局：
为加强医院感染管理，我部制定了《医院感染管理办法》，现印发给你们，请遵照执行。
附件：医院感染管理办法
二○○六年七月六日
医院感染管理办法
第一章　总则
第一条　为加强医院感染管理，有效预防和控制医院感染，制定本办法。
""", title="医院感染管理办法", notice_title="关于印发《医院感染管理办法》的通知", doc_number="卫医发〔2006〕123号",
     issuers=["卫生部"], issue_date="2006-07-06", region="全国", admin_level="central", doc_type="办法")

case("banbu_lines_one_row", """标题：石家庄市人民政府关于进一步加强城市规划管理的决定
颁布单位：石家庄市人民政府　　文号：石政发[2004]28号　　颁布日期：2004-05-20　　实施日期：2004-05-20
各县（市）、区人民政府，高新区管委会，市政府各部门：
为进一步加强城市规划管理，市政府作如下决定：
一、强化规划的龙头作用
二、严格规划审批
""", title="石家庄市人民政府关于进一步加强城市规划管理的决定", notice_title=None, doc_number="石政发[2004]28号",
     issuers=["石家庄市人民政府"], issue_date="2004-05-20", region="河北省石家庄市", admin_level="prefecture",
     doc_type="决定")

case("fabu_lines_prefecture_xingshu", """法规名称：喀什地区行政公署关于加强农村饮水安全工程管理的通知
发布部门：喀什地区行政公署
发布文号：喀署发〔2009〕31号
发布日期：2009年5月12日
各县市人民政府，行署各部门：
为加强农村饮水安全工程建设管理，现就有关事项通知如下：
一、明确管理责任
二、落实管护经费
喀什地区行政公署
二〇〇九年五月十二日
""", title="喀什地区行政公署关于加强农村饮水安全工程管理的通知", notice_title=None, doc_number="喀署发〔2009〕31号",
     issuers=["喀什地区行政公署"], issue_date="2009-05-12", region="新疆维吾尔自治区喀什地区",
     admin_level="prefecture", doc_type="通知")

# --- 题注 under the title ---------------------------------------------------------------------------------------
case("tizhu_state_council_order_two_dates", """危险化学品安全管理条例
（2002年1月26日中华人民共和国国务院令第344号公布　2011年2月16日国务院第144次常务会议修订通过）
第一章　总则
第一条　为了加强危险化学品的安全管理，制定本条例。
第二条　危险化学品生产、储存、使用、经营和运输的安全管理，适用本条例。
""", title="危险化学品安全管理条例", notice_title=None, issuers=["国务院"], issue_date="2002-01-26",
     region="全国", admin_level="central", doc_type="条例")

# (s39b-orders) guide M10 (closed, S30): the meeting's adoption day, not the order's 公布 day, as a508's gold reads the same note
case("tizhu_adopted_then_order", """城市生活无着的流浪乞讨人员救助管理办法
（2003年6月18日国务院第12次常务会议通过　2003年6月20日中华人民共和国国务院令第381号公布　自2003年8月1日起施行）
第一条　为了对在城市生活无着的流浪、乞讨人员实行救助，保障其基本生活权益，制定本办法。
第二条　县级以上城市人民政府应当根据需要设立流浪乞讨人员救助站。
""", title="城市生活无着的流浪乞讨人员救助管理办法", notice_title=None, doc_number="中华人民共和国国务院令第381号",
     issuers=["国务院"], issue_date="2003-06-18", region="全国", admin_level="central", doc_type="办法")

case("tizhu_province_order_cn_numerals", """江西省森林防火条例实施办法
（二○○四年十一月十五日江西省人民政府令第134号公布）
第一条　为了加强森林防火工作，根据《森林防火条例》，结合本省实际，制定本办法。
第二条　本省行政区域内森林火灾的预防和扑救，适用本办法。
""", title="江西省森林防火条例实施办法", notice_title=None, doc_number="江西省人民政府令第134号",
     issuers=["江西省人民政府"], issue_date="2004-11-15", region="江西省", admin_level="province", doc_type="实施办法")

case("tizhu_ministry_order_old", """外商投资商业领域管理办法
（2004年4月16日商务部令2004年第8号公布　自2004年6月1日起施行）
第一条　为了促进商业领域对外开放，制定本办法。
第二条　本办法适用于外商投资企业在中国境内从事商业活动。
""", title="外商投资商业领域管理办法", notice_title=None, doc_number="商务部令2004年第8号",
     issuers=["商务部"], issue_date="2004-04-16", region="全国", admin_level="central", doc_type="办法")

case("tizhu_city_npc_approved", """大连市城市市容管理条例
（1997年12月26日大连市第十一届人民代表大会常务委员会第三十四次会议通过　1998年1月17日辽宁省第九届人民代表大会常务委员会第二次会议批准）
第一条　为加强城市市容管理，创造整洁、优美的城市环境，制定本条例。
第二条　本条例适用于本市城市规划区。
""", title="大连市城市市容管理条例", notice_title=None, issuers=["大连市人民代表大会常务委员会"],
     issue_date="1997-12-26", region="辽宁省大连市", admin_level="prefecture", doc_type="条例")

case("tizhu_notice_date_and_number_brackets", """广西壮族自治区人民政府办公厅关于加强农村中小学校舍维修改造工作的通知
（桂政办发〔2005〕88号　2005年6月9日）
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
为加强农村中小学校舍维修改造工作，现就有关问题通知如下：
一、明确目标任务
二、落实维修资金
""", title="广西壮族自治区人民政府办公厅关于加强农村中小学校舍维修改造工作的通知", notice_title=None,
     doc_number="桂政办发〔2005〕88号", issuers=["广西壮族自治区人民政府办公厅"], issue_date="2005-06-09",
     region="广西壮族自治区", admin_level="province", doc_type="通知")

case("tizhu_notice_number_with_di", """湖北省人民政府关于加快县域经济发展的若干意见
（鄂政发〔2003〕第38号）
各市、州、县人民政府，省政府各部门：
为加快全省县域经济发展，提出如下意见：
一、放宽县域经济发展的政策环境
二、加大财政支持力度
湖北省人民政府
二○○三年九月二十六日
""", title="湖北省人民政府关于加快县域经济发展的若干意见", notice_title=None, doc_number="鄂政发〔2003〕第38号",
     issuers=["湖北省人民政府"], issue_date="2003-09-26", region="湖北省", admin_level="province", doc_type="意见")

# --- central organs' old notices -------------------------------------------------------------------------------
case("gwyb_zhuanfa_ministries_yijian", """国务院办公厅转发发展改革委等部门关于加快推行合同能源管理促进节能服务产业发展意见的通知
国办发〔2010〕25号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
发展改革委、财政部、人民银行、税务总局《关于加快推行合同能源管理促进节能服务产业发展的意见》已经国务院同意，现转发给你们，请认真贯彻执行。
国务院办公厅
二○一○年四月二日
关于加快推行合同能源管理促进节能服务产业发展的意见
发展改革委　财政部　人民银行　税务总局
一、充分认识推行合同能源管理的重要意义
二、指导思想、基本原则和发展目标
""", title="关于加快推行合同能源管理促进节能服务产业发展的意见",
     notice_title="转发发展改革委等部门关于加快推行合同能源管理促进节能服务产业发展意见的通知",
     doc_number="国办发〔2010〕25号", issuers=["国务院办公厅"], issue_date="2010-04-02", region="全国",
     admin_level="central", doc_type="意见")

case("gwyb_zhuanfa_one_ministry_old", """国务院办公厅转发劳动保障部财政部关于适当调整基本养老金水平的通知
国办发〔2001〕70号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
劳动保障部、财政部《关于适当调整基本养老金水平的通知》已经国务院同意，现转发给你们，请认真贯彻执行。
国务院办公厅
二○○一年九月二十日
""", title="关于适当调整基本养老金水平的通知", notice_title="转发劳动保障部财政部关于适当调整基本养老金水平的通知",
     doc_number="国办发〔2001〕70号", issuers=["国务院办公厅"], issue_date="2001-09-20", region="全国",
     admin_level="central", doc_type="通知")

case("gwy_pizhuan_ministry", """国务院批转国家体改委关于1998年经济体制改革实施要点的通知
国发〔1998〕11号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
国务院同意国家体改委《关于1998年经济体制改革实施要点》，现转发给你们，请结合实际贯彻执行。
国务院
一九九八年四月二十二日
关于1998年经济体制改革实施要点
国家体改委
一、深化国有企业改革
二、推进住房制度改革
""", title="关于1998年经济体制改革实施要点", notice_title="批转国家体改委关于1998年经济体制改革实施要点的通知",
     doc_number="国发〔1998〕11号", issuers=["国务院"], issue_date="1998-04-22", region="全国",
     admin_level="central", doc_type="要点")

case("ministry_order_header_signature_minister", """中华人民共和国卫生部令
第48号
《医疗机构临床用血管理办法》已于2012年3月19日经卫生部部务会审议通过，现予以发布，自2012年8月1日起施行。
部长　陈竺
二○一二年六月七日
医疗机构临床用血管理办法
第一章　总则
第一条　为加强医疗机构临床用血管理，制定本办法。
""", title="医疗机构临床用血管理办法", notice_title=None, doc_number="卫生部令第48号",
     issuers=["卫生部"], issue_date="2012-06-07", region="全国", admin_level="central", doc_type="办法")

case("ministry_joint_order_old", """中华人民共和国建设部
中华人民共和国财政部
令
第87号
《城市廉租住房管理办法》已经2003年11月15日建设部第22次常务会议审议通过，现予发布，自2004年3月1日起施行。
建设部部长　汪光焘
财政部部长　金人庆
二○○三年十二月三十一日
城市廉租住房管理办法
第一条　为建立和完善城镇廉租住房制度，制定本办法。
""", title="城市廉租住房管理办法", notice_title=None, issuers=["建设部", "财政部"], issue_date="2003-12-31",
     region="全国", admin_level="central", doc_type="办法")

case("joint_ministries_six_old", """关于加强农民工培训工作的通知
劳社部发〔2004〕5号
各省、自治区、直辖市劳动和社会保障厅（局）、教育厅（教委）、科技厅（委）、建设厅（建委）、农业厅（委）、财政厅（局）：
为贯彻落实国务院关于做好农民进城务工就业管理和服务工作的要求，现就加强农民工培训工作通知如下：
一、明确培训目标
二、落实培训经费
劳动和社会保障部　教育部　科学技术部　建设部　农业部　财政部
二○○四年三月二十三日
""", title="关于加强农民工培训工作的通知", notice_title=None, doc_number="劳社部发〔2004〕5号",
     issuers=["劳动和社会保障部", "教育部", "科学技术部", "建设部", "农业部", "财政部"], issue_date="2004-03-23",
     region="全国", admin_level="central", doc_type="通知")

case("joint_ministries_title_line_issuers", """国家计委　财政部　建设部关于规范住房交易手续费有关问题的通知
计价格〔2002〕121号
各省、自治区、直辖市计委（物价局）、财政厅（局）、建设厅（房地产管理局）：
为规范住房交易手续费，现就有关问题通知如下：
一、住房交易手续费属经营服务性收费。
二、住房交易手续费按住房建筑面积收取。
国家计委
财政部
建设部
二○○二年一月三十一日
""", title="国家计委财政部建设部关于规范住房交易手续费有关问题的通知", notice_title=None,
     doc_number="计价格〔2002〕121号", issuers=["国家发展计划委员会", "财政部", "建设部"], issue_date="2002-01-31",
     region="全国", admin_level="central", doc_type="通知")

case("ministry_pifu_old", """民政部关于同意撤销密云县设立密云区的批复
民函〔2015〕367号
北京市人民政府：
你市《关于撤销密云县设立密云区的请示》收悉。经报国务院批准，现批复如下：
一、同意撤销密云县，设立北京市密云区。
二、密云区人民政府驻鼓楼街道。
民政部
2015年11月13日
""", title="民政部关于同意撤销密云县设立密云区的批复", notice_title=None, doc_number="民函〔2015〕367号",
     issuers=["民政部"], issue_date="2015-11-13", region="全国", admin_level="central", doc_type="批复")

case("central_tongbao_old", """国务院办公厅关于2006年全国安全生产控制指标执行情况的通报
国办发〔2007〕12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
2006年，各地区、各部门认真贯彻落实党中央、国务院关于安全生产工作的部署，取得了明显成效。现将有关情况通报如下：
一、总体情况
二、存在的问题
国务院办公厅
二〇〇七年二月十二日
主题词：安全生产　指标　通报
抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅。
国务院办公厅秘书局　2007年2月13日印发
""", title="国务院办公厅关于2006年全国安全生产控制指标执行情况的通报", notice_title=None,
     doc_number="国办发〔2007〕12号", issuers=["国务院办公厅"], issue_date="2007-02-12", region="全国",
     admin_level="central", doc_type="通报")

case("central_party_gov_jueding_old", """中共中央　国务院关于加快水利改革发展的决定
（2010年12月31日）
水是生命之源、生产之要、生态之基。为加快水利改革发展，现作出如下决定。
一、新形势下水利的战略地位
二、水利改革发展的指导思想、目标任务和基本原则
""", title="中共中央国务院关于加快水利改革发展的决定", notice_title=None, issuers=["中共中央", "国务院"],
     issue_date="2010-12-31", region="全国", admin_level="central", doc_type="决定")

case("central_ministry_ruogan_guiding", """国家税务总局关于个人所得税若干业务问题的批复
国税函〔2002〕146号
北京市地方税务局：
你局《关于个人所得税有关政策问题的请示》收悉。现批复如下：
一、关于个人取得有奖发票奖金征免个人所得税问题
二、关于个人取得股票期权所得征收个人所得税问题
国家税务总局
二○○二年二月九日
""", title="国家税务总局关于个人所得税若干业务问题的批复", notice_title=None, doc_number="国税函〔2002〕146号",
     issuers=["国家税务总局"], issue_date="2002-02-09", region="全国", admin_level="central", doc_type="批复")

case("ministry_ruogan_guiding_yinfa", """教育部关于印发《普通高等学校学生安全教育及管理暂行规定》的通知
教学〔1992〕5号
各省、自治区、直辖市教委、高教（教育）厅（局），国务院有关部委教育司（局）：
现将《普通高等学校学生安全教育及管理暂行规定》印发给你们，请遵照执行。
一九九二年八月二十一日
普通高等学校学生安全教育及管理暂行规定
第一章　总则
第一条　为加强高等学校学生的安全教育及管理，制定本规定。
""", title="普通高等学校学生安全教育及管理暂行规定",
     notice_title="关于印发《普通高等学校学生安全教育及管理暂行规定》的通知", doc_number="教学〔1992〕5号",
     issuers=["教育部"], issue_date="1992-08-21", region="全国", admin_level="central", doc_type="规定")

case("ministry_ruogan_guiding_self", """劳动部关于实行劳动合同制度若干问题的通知
劳部发〔1996〕354号
各省、自治区、直辖市劳动（劳动人事）厅（局）：
《劳动法》实施以来，各地在实行劳动合同制度中遇到一些问题。现就有关问题通知如下：
一、关于劳动合同的订立
二、关于劳动合同的期限
一九九六年十月三十一日
""", title="劳动部关于实行劳动合同制度若干问题的通知", notice_title=None, doc_number="劳部发〔1996〕354号",
     issuers=["劳动部"], issue_date="1996-10-31", region="全国", admin_level="central", doc_type="通知")

case("ministry_huiyi_jiyao_old", """全国农村公路建设工作会议纪要
交公路发〔2005〕92号
各省、自治区、直辖市交通厅（局、委）：
2005年2月24日至25日，交通部在北京召开全国农村公路建设工作会议。现将会议纪要印发给你们，请遵照执行。
一、会议对农村公路建设工作给予充分肯定
二、会议明确了今后一个时期的工作任务
交通部
二○○五年三月十日
""", title="全国农村公路建设工作会议纪要", notice_title=None, doc_number="交公路发〔2005〕92号",
     issuers=["交通部"], issue_date="2005-03-10", region="全国", admin_level="central", doc_type="会议纪要")

# --- provinces, prefectures (行署, 地区, 盟, former names), counties of their time ------------------------------
case("xingshu_former_prefecture_yinfa", """思茅地区行政公署关于印发思茅地区茶叶产业发展规划的通知
思署发〔2001〕15号
各县人民政府，行署各委、办、局：
现将《思茅地区茶叶产业发展规划》印发给你们，请认真组织实施。
思茅地区行政公署
二○○一年三月二十日
思茅地区茶叶产业发展规划
一、发展现状
二、发展目标
""", title="思茅地区茶叶产业发展规划", notice_title="关于印发思茅地区茶叶产业发展规划的通知", doc_number="思署发〔2001〕15号",
     issuers=["思茅地区行政公署"], issue_date="2001-03-20", region="云南省思茅地区", admin_level="prefecture",
     doc_type="规划")

case("meng_former_league_self", """巴彦淖尔盟行政公署关于加快发展畜牧业的决定
巴署发〔2000〕42号
各旗县人民政府，盟直各委、办、局：
为加快全盟畜牧业发展，行署作如下决定：
一、调整畜牧业结构
二、加强草原建设
巴彦淖尔盟行政公署
二OOO年七月十日
""", title="巴彦淖尔盟行政公署关于加快发展畜牧业的决定", notice_title=None, doc_number="巴署发〔2000〕42号",
     issuers=["巴彦淖尔盟行政公署"], issue_date="2000-07-10", region="内蒙古自治区巴彦淖尔盟",
     admin_level="prefecture", doc_type="决定")

case("meng_current_league", """锡林郭勒盟行政公署办公厅关于做好2009年防灾基地建设工作的通知
锡署办发〔2009〕21号
各旗县市人民政府，盟直各有关部门：
为做好防灾基地建设工作，现就有关事项通知如下：
一、明确建设任务
二、加强资金管理
锡林郭勒盟行政公署办公厅
二〇〇九年四月八日
""", title="锡林郭勒盟行政公署办公厅关于做好2009年防灾基地建设工作的通知", notice_title=None,
     doc_number="锡署办发〔2009〕21号", issuers=["锡林郭勒盟行政公署办公厅"], issue_date="2009-04-08",
     region="内蒙古自治区锡林郭勒盟", admin_level="prefecture", doc_type="通知")

case("diqu_made_city_later_tongren", """铜仁地区行政公署关于加快推进农村公路建设的意见
铜署发〔2008〕26号
各县（特区）人民政府，行署各部门：
为加快农村公路建设，现提出如下意见：
一、总体目标
二、保障措施
铜仁地区行政公署
二〇〇八年五月二十日
""", title="铜仁地区行政公署关于加快推进农村公路建设的意见", notice_title=None, doc_number="铜署发〔2008〕26号",
     issuers=["铜仁地区行政公署"], issue_date="2008-05-20", region="贵州省铜仁地区", admin_level="prefecture",
     doc_type="意见")

case("diqu_xingshu_office_joint_party", """中共日喀则地委办公室　日喀则地区行署办公室
关于印发《日喀则地区农牧民安居工程实施方案》的通知
日委办发〔2006〕12号
各县委、县人民政府，地直各单位：
《日喀则地区农牧民安居工程实施方案》已经地委、行署同意，现印发给你们，请认真贯彻落实。
中共日喀则地委办公室
日喀则地区行署办公室
2006年3月1日
日喀则地区农牧民安居工程实施方案
一、指导思想
二、目标任务
""", title="日喀则地区农牧民安居工程实施方案", notice_title="关于印发《日喀则地区农牧民安居工程实施方案》的通知",
     doc_number="日委办发〔2006〕12号", issuers=["中共日喀则地委办公室", "日喀则地区行政公署办公室"],
     issue_date="2006-03-01", region="西藏自治区日喀则地区", admin_level="prefecture", doc_type="实施方案")

case("former_city_xiangfan", """襄樊市人民政府关于加快发展服务业的若干意见
襄政发〔2008〕19号
各县（市）、区人民政府，市政府各部门：
为加快全市服务业发展，提出如下意见：
一、发展目标
二、政策措施
襄樊市人民政府
二○○八年六月三日
""", title="襄樊市人民政府关于加快发展服务业的若干意见", notice_title=None, doc_number="襄政发〔2008〕19号",
     issuers=["襄樊市人民政府"], issue_date="2008-06-03", region="湖北省襄樊市", admin_level="prefecture",
     doc_type="意见")

case("current_diqu_office", """阿克苏地区行政公署办公室关于印发阿克苏地区城乡居民最低生活保障实施细则的通知
阿行署办发〔2012〕56号
各县（市）人民政府，行署各部门：
《阿克苏地区城乡居民最低生活保障实施细则》已经行署同意，现印发给你们，请遵照执行。
阿克苏地区行政公署办公室
2012年7月16日
阿克苏地区城乡居民最低生活保障实施细则
第一条　为规范城乡居民最低生活保障工作，制定本细则。
""", title="阿克苏地区城乡居民最低生活保障实施细则", notice_title="关于印发阿克苏地区城乡居民最低生活保障实施细则的通知",
     doc_number="阿行署办发〔2012〕56号", issuers=["阿克苏地区行政公署办公室"], issue_date="2012-07-16",
     region="新疆维吾尔自治区阿克苏地区", admin_level="prefecture", doc_type="实施细则")

case("province_old_zanxingbanfa_order", """黑龙江省人民政府令
第4号
《黑龙江省城镇职工基本医疗保险暂行办法》已经2000年11月6日省人民政府第50次常务会议通过，现予发布施行。
省长　宋法棠
二○○○年十一月十五日
黑龙江省城镇职工基本医疗保险暂行办法
第一章　总则
第一条　为保障城镇职工基本医疗，制定本办法。
""", title="黑龙江省城镇职工基本医疗保险暂行办法", notice_title=None, doc_number="黑龙江省人民政府令第4号",
     issuers=["黑龙江省人民政府"], issue_date="2000-11-15", region="黑龙江省", admin_level="province",
     doc_type="办法")

case("province_ruoganguiding_self", """吉林省人民政府关于鼓励外商投资的若干规定
吉政发〔1997〕33号
各市、州、县人民政府，省政府各厅委办、各直属机构：
为进一步扩大对外开放，鼓励外商来我省投资，特作如下规定：
一、外商投资企业享受国家规定的各项优惠政策。
二、对外商投资的基础设施项目给予优先安排。
吉林省人民政府
一九九七年八月十二日
""", title="吉林省人民政府关于鼓励外商投资的若干规定", notice_title=None, doc_number="吉政发〔1997〕33号",
     issuers=["吉林省人民政府"], issue_date="1997-08-12", region="吉林省", admin_level="province", doc_type="规定")

case("province_office_zhuanfa_department_yijian", """四川省人民政府办公厅转发省教育厅等部门关于进一步加强中小学校安全工作意见的通知
川办发〔2006〕24号
各市（州）人民政府，省政府各部门：
省教育厅、省公安厅、省卫生厅《关于进一步加强中小学校安全工作的意见》已经省政府同意，现转发给你们，请认真贯彻执行。
二○○六年五月十二日
关于进一步加强中小学校安全工作的意见
省教育厅　省公安厅　省卫生厅
一、落实安全责任
二、加强校园管理
""", title="关于进一步加强中小学校安全工作的意见",
     notice_title="转发省教育厅等部门关于进一步加强中小学校安全工作意见的通知", doc_number="川办发〔2006〕24号",
     issuers=["四川省人民政府办公厅"], issue_date="2006-05-12", region="四川省", admin_level="province",
     doc_type="意见")

case("province_pizhuan_department_old", """福建省人民政府批转省劳动厅关于进一步做好下岗职工再就业工作意见的通知
闽政〔1998〕12号
各地区行政公署，各市、县（区）人民政府，省直各单位：
省政府同意省劳动厅《关于进一步做好下岗职工再就业工作的意见》，现批转给你们，请认真贯彻执行。
福建省人民政府
一九九八年四月三日
""", title="关于进一步做好下岗职工再就业工作的意见",
     notice_title="批转省劳动厅关于进一步做好下岗职工再就业工作意见的通知", doc_number="闽政〔1998〕12号",
     issuers=["福建省人民政府"], issue_date="1998-04-03", region="福建省", admin_level="province", doc_type="意见")

case("prefecture_tongbao_praise", """临沂市人民政府关于表彰2010年度全市农业产业化先进单位的通报
临政发〔2011〕8号
各县区人民政府，市政府各部门：
2010年，全市各级各部门认真落实市委、市政府决策部署，农业产业化经营取得显著成效。为表彰先进，市政府决定对下列单位予以通报表彰：
一、农业产业化先进县区
二、农业产业化先进企业
临沂市人民政府
二〇一一年三月二日
""", title="临沂市人民政府关于表彰2010年度全市农业产业化先进单位的通报", notice_title=None,
     doc_number="临政发〔2011〕8号", issuers=["临沂市人民政府"], issue_date="2011-03-02", region="山东省临沂市",
     admin_level="prefecture", doc_type="通报")

case("prefecture_pifu_to_county", """宜春市人民政府关于同意袁州区调整部分乡镇行政区划的批复
宜府字〔2005〕88号
袁州区人民政府：
你区《关于调整部分乡镇行政区划的请示》收悉。经研究，现批复如下：
一、同意撤销西村乡，设立西村镇。
二、调整后的行政区划自批复之日起执行。
二○○五年十月九日
""", title="宜春市人民政府关于同意袁州区调整部分乡镇行政区划的批复", notice_title=None, doc_number="宜府字〔2005〕88号",
     issuers=["宜春市人民政府"], issue_date="2005-10-09", region="江西省宜春市", admin_level="prefecture",
     doc_type="批复")

case("county_jiyao_changwu", """岚皋县人民政府常务会议纪要
第5次
2009年4月16日，县长张某主持召开县政府第5次常务会议，研究了以下事项：
一、关于春季农业生产工作
二、关于安全生产工作
岚皋县人民政府办公室
二〇〇九年四月十八日
""", title="岚皋县人民政府常务会议纪要", notice_title=None, issuers=["岚皋县人民政府"], issue_date="2009-04-18",
     region="陕西省安康市岚皋县", admin_level="county", doc_type="会议纪要")

case("county_shishixize_yinfa_round_brackets", """临朐县人民政府办公室关于印发临朐县新型农村合作医疗实施细则的通知
临政办发(2007)3号
各乡镇人民政府、街道办事处，县政府各部门：
《临朐县新型农村合作医疗实施细则》已经县政府同意，现印发给你们，请遵照执行。
二OO七年一月十日
临朐县新型农村合作医疗实施细则
第一章　总则
第一条　为做好新型农村合作医疗工作，制定本细则。
""", title="临朐县新型农村合作医疗实施细则", notice_title="关于印发临朐县新型农村合作医疗实施细则的通知",
     doc_number="临政办发(2007)3号", issuers=["临朐县人民政府办公室"], issue_date="2007-01-10",
     region="山东省潍坊市临朐县", admin_level="county", doc_type="实施细则")

case("county_party_gov_jueding_banner", """中共鄂托克旗委员会　鄂托克旗人民政府
关于加快推进城镇化建设的决定
鄂党发〔2004〕11号
各苏木镇党委、人民政府，旗直各部门：
为加快推进全旗城镇化建设，旗委、旗人民政府作如下决定：
一、明确城镇化发展目标
二、加快小城镇建设
中共鄂托克旗委员会　　鄂托克旗人民政府
二○○四年四月二十六日
""", title="中共鄂托克旗委员会鄂托克旗人民政府关于加快推进城镇化建设的决定", notice_title=None,
     doc_number="鄂党发〔2004〕11号", issuers=["中共鄂托克旗委员会", "鄂托克旗人民政府"], issue_date="2004-04-26",
     region="内蒙古自治区鄂尔多斯市鄂托克旗", admin_level="county", doc_type="决定")

case("county_zanxing_guiding_cn_ling", """通道侗族自治县人民政府关于印发《通道侗族自治县林木采伐管理暂行规定》的通知
通政发〔2010〕6号
各乡镇人民政府，县直各单位：
现将《通道侗族自治县林木采伐管理暂行规定》印发给你们，请认真遵照执行。
通道侗族自治县人民政府
二零一零年三月八日
通道侗族自治县林木采伐管理暂行规定
第一条　为加强林木采伐管理，制定本规定。
""", title="通道侗族自治县林木采伐管理暂行规定", notice_title="关于印发《通道侗族自治县林木采伐管理暂行规定》的通知",
     doc_number="通政发〔2010〕6号", issuers=["通道侗族自治县人民政府"], issue_date="2010-03-08",
     region="湖南省怀化市通道侗族自治县", admin_level="county", doc_type="规定")

case("prefecture_jiyao_zhuanti", """关于研究全市城区供水管网改造有关问题的会议纪要
晋市府纪〔2012〕15号
2012年5月8日，副市长王某主持召开专题会议，研究全市城区供水管网改造有关问题。纪要如下：
一、关于改造范围
二、关于资金筹措
晋城市人民政府办公厅
2012年5月10日
""", title="关于研究全市城区供水管网改造有关问题的会议纪要", notice_title=None, doc_number="晋市府纪〔2012〕15号",
     issue_date="2012-05-10", region="山西省晋城市", admin_level="prefecture", doc_type="会议纪要")

# --- older layouts: mastheads, dates in Chinese numerals, 主题词/抄送/印发 lines --------------------------------
case("masthead_wenjian_date_spaced_numerals", """安徽省人民政府文件
皖政〔2006〕27号
安徽省人民政府关于加强耕地保护的通知
各市、县人民政府，省政府各部门、各直属机构：
为切实加强耕地保护，现就有关事项通知如下：
一、严格控制建设占用耕地
二、加强土地整理复垦
安徽省人民政府
二○○六年 三 月 十五 日
主题词：国土　耕地　保护　通知
抄送：省委各部门，省人大常委会办公厅，省政协办公厅。
安徽省人民政府办公厅　　　　　　　　　2006年3月17日印发
""", title="安徽省人民政府关于加强耕地保护的通知", notice_title=None, doc_number="皖政〔2006〕27号",
     issuers=["安徽省人民政府"], issue_date="2006-03-15", region="安徽省", admin_level="province", doc_type="通知")

case("seal_only_date_yinfa_line_letter_O", """关于印发《商洛市农村饮水安全工程建设管理办法》的通知
商政办发〔2007〕45号
各县区人民政府，市政府各工作部门：
《商洛市农村饮水安全工程建设管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。
二OO七年八月二十日
商洛市农村饮水安全工程建设管理办法
第一条　为加强农村饮水安全工程建设管理，制定本办法。
主题词：农村　饮水　办法　通知
抄送：市委办公室，市人大常委会办公室，市政协办公室。
商洛市人民政府办公室　　　　　　　　　　二OO七年八月二十一日印发
""", title="商洛市农村饮水安全工程建设管理办法", notice_title="关于印发《商洛市农村饮水安全工程建设管理办法》的通知",
     doc_number="商政办发〔2007〕45号", issue_date="2007-08-20",
     region="陕西省商洛市", admin_level="prefecture", doc_type="办法")

case("only_yinfa_line_no_signature", """关于做好2005年全县夏粮收购工作的通知
滑政〔2005〕22号
各乡镇人民政府，县直有关单位：
为做好今年夏粮收购工作，现就有关事项通知如下：
一、提高认识
二、落实资金
主题词：粮食　收购　通知
滑县人民政府办公室　　　　　　　　　　2005年5月30日印发
""", doc_number="滑政〔2005〕22号", issue_date="2005-05-30", region="河南省安阳市滑县", admin_level="county",
     doc_type="通知")

case("central_masthead_gwy_wenjian", """国务院文件
国发〔1999〕12号
国务院关于进一步加强防汛工作的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
今年汛期即将来临，为做好防汛工作，现就有关事项通知如下：
一、充分认识做好防汛工作的重要性
二、落实防汛责任制
国　务　院
一九九九年四月二十日
""", title="国务院关于进一步加强防汛工作的通知", notice_title=None, doc_number="国发〔1999〕12号",
     issuers=["国务院"], issue_date="1999-04-20", region="全国", admin_level="central", doc_type="通知")

case("date_year_numeral_day_arabic_mixed", """宁德市人民政府关于加强森林防火工作的通知
宁政〔2003〕38号
各县（市、区）人民政府，市直各有关单位：
为做好今冬明春森林防火工作，现就有关事项通知如下：
一、落实防火责任
二、加强火源管理
宁德市人民政府
二○○三年十月二十八日
""", title="宁德市人民政府关于加强森林防火工作的通知", doc_number="宁政〔2003〕38号", issuers=["宁德市人民政府"],
     issue_date="2003-10-28", region="福建省宁德市", admin_level="prefecture", doc_type="通知")

case("doc_number_with_di_header", """国家环境保护总局关于加强农村环境保护工作的意见
环发〔2007〕第77号
各省、自治区、直辖市环境保护局（厅），新疆生产建设兵团环境保护局：
为加强农村环境保护工作，现提出以下意见：
一、充分认识做好农村环境保护工作的重要性
二、农村环境保护工作的指导思想
国家环境保护总局
二○○七年五月二十一日
""", title="国家环境保护总局关于加强农村环境保护工作的意见", notice_title=None, doc_number="环发〔2007〕第77号",
     issuers=["国家环境保护总局"], issue_date="2007-05-21", region="全国", admin_level="central", doc_type="意见")

case("signature_short_central_name_old", """关于做好2003年农村义务教育阶段学生书本费减免工作的通知
财教〔2003〕58号
各省、自治区、直辖市财政厅（局）、教育厅（教委）：
为做好书本费减免工作，现就有关事项通知如下：
一、明确减免对象
二、加强资金管理
财政部　教育部
二○○三年六月三日
""", title="关于做好2003年农村义务教育阶段学生书本费减免工作的通知", notice_title=None, doc_number="财教〔2003〕58号",
     issuers=["财政部", "教育部"], issue_date="2003-06-03", region="全国", admin_level="central", doc_type="通知")

case("web_old_gov_site_copy", """【字体：大 中 小】【打印本页】【关闭窗口】
邯郸市人民政府关于加快发展民营经济的意见
邯政发〔2005〕18号
发布日期：2005-08-12　　点击次数：1021
各县（市、区）人民政府，市政府各部门：
为加快发展民营经济，提出如下意见：
一、放宽市场准入
二、加大扶持力度
二○○五年八月五日
""", title="邯郸市人民政府关于加快发展民营经济的意见", notice_title=None, doc_number="邯政发〔2005〕18号",
     issuers=["邯郸市人民政府"], issue_date="2005-08-05", region="河北省邯郸市", admin_level="prefecture",
     doc_type="意见")

case("title_in_two_lines_old_yinfa_with_period", """内蒙古自治区人民政府办公厅关于印发
自治区“十二五”期间节能减排综合性工作方案的通知
内政办发〔2011〕102号
各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位：
经自治区人民政府同意，现将《自治区“十二五”期间节能减排综合性工作方案》印发给你们，请认真贯彻执行。
二○一一年十月十二日
自治区“十二五”期间节能减排综合性工作方案
一、总体要求
二、主要目标
""", title="自治区“十二五”期间节能减排综合性工作方案",
     notice_title="关于印发自治区“十二五”期间节能减排综合性工作方案的通知", doc_number="内政办发〔2011〕102号",
     issuers=["内蒙古自治区人民政府办公厅"], issue_date="2011-10-12", region="内蒙古自治区", admin_level="province",
     doc_type="工作方案")

case("zhuanfa_quoted_notice_of_higher", """关于转发《国务院关于进一步加强新型农村合作医疗工作的通知》的通知
黔府发〔2004〕10号
各自治州、市人民政府，各地区行政公署，各县（市、区、特区）人民政府，省政府各部门、各直属机构：
现将《国务院关于进一步加强新型农村合作医疗工作的通知》转发给你们，请结合实际，认真贯彻执行。
贵州省人民政府
二○○四年三月八日
""", title="国务院关于进一步加强新型农村合作医疗工作的通知",
     notice_title="关于转发《国务院关于进一步加强新型农村合作医疗工作的通知》的通知", doc_number="黔府发〔2004〕10号",
     issuers=["贵州省人民政府"], issue_date="2004-03-08", region="贵州省", admin_level="province", doc_type="通知")

case("county_title_transmits_two_old", """关于印发《洪洞县城区环境卫生管理暂行办法》和《洪洞县城区占道经营管理规定》的通知
洪政发〔2009〕33号
各乡镇人民政府，县直各有关单位：
现将《洪洞县城区环境卫生管理暂行办法》和《洪洞县城区占道经营管理规定》印发给你们，请认真贯彻执行。
洪洞县人民政府
二○○九年六月一日
""", notice_title="关于印发《洪洞县城区环境卫生管理暂行办法》和《洪洞县城区占道经营管理规定》的通知",
     doc_number="洪政发〔2009〕33号", issuers=["洪洞县人民政府"], issue_date="2009-06-01",
     region="山西省临汾市洪洞县", admin_level="county")

case("xianzhi_shi_county_level_city_old", """冷水江市人民政府关于加强煤矿安全生产工作的紧急通知
冷政发〔2005〕16号
各乡镇人民政府、街道办事处，市直各单位：
近期，我省部分地区连续发生煤矿安全事故。为切实加强煤矿安全生产工作，现紧急通知如下：
一、立即开展安全大检查
二、严厉打击非法生产
冷水江市人民政府
二○○五年八月十日
""", title="冷水江市人民政府关于加强煤矿安全生产工作的紧急通知", notice_title=None, doc_number="冷政发〔2005〕16号",
     issuers=["冷水江市人民政府"], issue_date="2005-08-10", region="湖南省娄底市冷水江市", admin_level="county",
     doc_type="通知")

# --- genres of older central and local documents ----------------------------------------------------------------
case("central_party_jianyi", """中共中央关于制定国民经济和社会发展第十一个五年规划的建议
（2005年10月11日中国共产党第十六届中央委员会第五次全体会议通过）
一、全面贯彻落实科学发展观
二、推进社会主义新农村建设
""", title="中共中央关于制定国民经济和社会发展第十一个五年规划的建议", notice_title=None, issuers=["中共中央"],
     issue_date="2005-10-11", region="全国", admin_level="central", doc_type="建议")

case("ministry_mulu_order", """中华人民共和国国家发展和改革委员会令
第9号
《产业结构调整指导目录（2011年本）》已经国家发展和改革委员会第16次主任办公会议审议通过，现予公布，自2011年6月1日起施行。
主任　张平
二○一一年三月二十七日
""", title="产业结构调整指导目录（2011年本）", notice_title=None, doc_number="国家发展和改革委员会令第9号",
     issuers=["国家发展和改革委员会"], issue_date="2011-03-27", region="全国", admin_level="central", doc_type="目录")

case("province_biaozhun_yinfa", """广东省物价局　广东省财政厅关于印发《广东省行政事业性收费标准》的通知
粤价〔2006〕121号
各地级以上市物价局、财政局：
现将《广东省行政事业性收费标准》印发给你们，请遵照执行。
广东省物价局　　广东省财政厅
二○○六年五月十八日
""", title="广东省行政事业性收费标准", notice_title="关于印发《广东省行政事业性收费标准》的通知",
     doc_number="粤价〔2006〕121号", issuers=["广东省物价局", "广东省财政厅"], issue_date="2006-05-18",
     region="广东省", admin_level="province", doc_type="标准")

case("county_zhidu_self", """长治市郊区人民政府关于建立政府信息公开工作制度
长郊政发〔2009〕7号
各乡镇人民政府，区直各单位：
为推进政府信息公开，建立以下工作制度：
一、主动公开制度
二、依申请公开制度
长治市郊区人民政府
二〇〇九年二月十六日
""", title="长治市郊区人民政府关于建立政府信息公开工作制度", notice_title=None, doc_number="长郊政发〔2009〕7号",
     issuers=["长治市郊区人民政府"], issue_date="2009-02-16", region="山西省长治市郊区", admin_level="county",
     doc_type="制度")

# --- districts of their time, and districts whose name another city's district bears ------------------------------
case("former_district_named_after_city", """广州市东山区人民政府关于加强社区卫生服务工作的意见
东府〔2003〕25号
各街道办事处，区府直属各单位：
为加强社区卫生服务工作，提出如下意见：
一、明确工作目标
二、完善服务网络
广州市东山区人民政府
二○○三年七月八日
""", title="广州市东山区人民政府关于加强社区卫生服务工作的意见", notice_title=None, doc_number="东府〔2003〕25号",
     issuers=["广州市东山区人民政府"], issue_date="2003-07-08", region="广东省广州市东山区", admin_level="county",
     doc_type="意见")

case("chongqing_former_district", """重庆市双桥区人民政府办公室关于做好2008年春耕生产工作的通知
双府办发〔2008〕11号
各镇人民政府、街道办事处，区级各部门：
为做好今年春耕生产，现就有关事项通知如下：
一、抓好农资供应
二、强化技术服务
重庆市双桥区人民政府办公室
二○○八年三月四日
""", title="重庆市双桥区人民政府办公室关于做好2008年春耕生产工作的通知", notice_title=None,
     doc_number="双府办发〔2008〕11号", issuers=["重庆市双桥区人民政府办公室"], issue_date="2008-03-04",
     region="重庆市双桥区", admin_level="county", doc_type="通知")

case("short_district_jiaoqu_party", """中共阳泉市郊区委员会　阳泉市郊区人民政府
关于加快发展现代农业的实施意见
阳郊发〔2013〕3号
各乡镇党委、政府，区直各单位：
为加快发展现代农业，提出如下实施意见：
一、总体要求
二、重点任务
中共阳泉市郊区委员会　　阳泉市郊区人民政府
2013年3月5日
""", title="中共阳泉市郊区委员会阳泉市郊区人民政府关于加快发展现代农业的实施意见", notice_title=None,
     doc_number="阳郊发〔2013〕3号", issuers=["中共阳泉市郊区委员会", "阳泉市郊区人民政府"], issue_date="2013-03-05",
     region="山西省阳泉市郊区", admin_level="county", doc_type="实施意见")

case("former_county_later_district", """密云县人民政府关于加强水源保护工作的通知
密政发〔2010〕15号
各乡镇人民政府，各街道办事处，县政府各委、办、局：
为加强密云水库水源保护，现就有关事项通知如下：
一、严格保护区管理
二、加强执法检查
密云县人民政府
二〇一〇年五月十日
""", title="密云县人民政府关于加强水源保护工作的通知", notice_title=None, doc_number="密政发〔2010〕15号",
     issuers=["密云县人民政府"], issue_date="2010-05-10", region="北京市密云县", admin_level="county", doc_type="通知")

case("county_level_city_of_time", """萧山市人民政府关于加快乡镇企业发展的若干意见
萧政发〔1998〕88号
各镇乡人民政府，市政府各部门：
为加快全市乡镇企业发展，提出如下意见：
一、深化企业改革
二、加强技术改造
萧山市人民政府
一九九八年六月二日
""", title="萧山市人民政府关于加快乡镇企业发展的若干意见", notice_title=None, doc_number="萧政发〔1998〕88号",
     issuers=["萧山市人民政府"], issue_date="1998-06-02", region="浙江省杭州市萧山市", admin_level="county",
     doc_type="意见")

# --- dates as older notices write them ------------------------------------------------------------------------
_DATE_BODY = """各县（市、区）人民政府，市政府各部门：
为做好防汛工作，现就有关事项通知如下：
一、落实防汛责任
二、加强隐患排查
岳阳市人民政府
{date}
"""
for _k, (_d, _iso) in {
    "digit_zeros": ("二00六年五月八日", "2006-05-08"),
    "yuanyue": ("二〇〇六年元月八日", "2006-01-08"),
    "fullwidth": ("２００６年５月８日", "2006-05-08"),
    "spaced_arabic": ("2006 年 5 月 8 日", "2006-05-08"),
    "ling_char": ("二零零六年五月八日", "2006-05-08"),
    "circle_zero_shiyi": ("二○○六年十一月二十八日", "2006-11-28"),
    "seal_note_after": ("二〇〇六年五月八日\n（此件公开发布）", "2006-05-08"),
    "seal_word_before": ("（印章）\n二〇〇六年五月八日", "2006-05-08"),
}.items():
    case("date_" + _k, "岳阳市人民政府关于做好2006年防汛工作的通知\n岳政发〔2006〕9号\n" + _DATE_BODY.format(date=_d),
         title="岳阳市人民政府关于做好2006年防汛工作的通知", doc_number="岳政发〔2006〕9号", issuers=["岳阳市人民政府"],
         issue_date=_iso, region="湖南省岳阳市", admin_level="prefecture", doc_type="通知")

# --- more central and provincial forms -------------------------------------------------------------------------
case("zhuanfa_no_quotes_higher_office_notice", """关于转发国务院办公厅关于做好2008年全国粮食生产工作的通知的通知
晋政办发〔2008〕12号
各市、县人民政府，省人民政府各委、厅，各直属机构：
现将《国务院办公厅关于做好2008年全国粮食生产工作的通知》转发给你们，请结合实际，认真贯彻执行。
山西省人民政府办公厅
二○○八年二月二十九日
""", title="国务院办公厅关于做好2008年全国粮食生产工作的通知",
     notice_title="关于转发国务院办公厅关于做好2008年全国粮食生产工作的通知的通知", doc_number="晋政办发〔2008〕12号",
     issuers=["山西省人民政府办公厅"], issue_date="2008-02-29", region="山西省", admin_level="province", doc_type="通知")

case("signature_state_prefix_ministries", """关于做好2007年农村劳动力转移培训阳光工程实施工作的通知
农科教发〔2007〕3号
各省、自治区、直辖市农业、财政、劳动保障、教育、科技、建设厅（局、委）：
为做好2007年阳光工程实施工作，现就有关事项通知如下：
一、明确培训任务
二、加强资金管理
中华人民共和国农业部　　中华人民共和国财政部
中华人民共和国劳动和社会保障部
二〇〇七年三月二日
抄送：国务院办公厅。
""", title="关于做好2007年农村劳动力转移培训阳光工程实施工作的通知", notice_title=None, doc_number="农科教发〔2007〕3号",
     issuers=["农业部", "财政部", "劳动和社会保障部"], issue_date="2007-03-02", region="全国", admin_level="central",
     doc_type="通知")

case("central_title_note_number_body_no_sig", """国务院办公厅关于加强食品安全工作的通知
（国办发〔2007〕48号）
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为进一步加强食品安全工作，经国务院同意，现就有关事项通知如下：
一、切实落实食品安全责任
二、加强食品安全监管
""", title="国务院办公厅关于加强食品安全工作的通知", notice_title=None, doc_number="国办发〔2007〕48号",
     issuers=["国务院办公厅"], region="全国", admin_level="central", doc_type="通知")

case("central_short_names_title_joint", """国家发展改革委　财政部　国家环保总局关于印发《循环经济试点工作方案》的通知
发改环资〔2005〕2199号
各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委、经贸委（经委）、财政厅（局）、环保局：
现将《循环经济试点工作方案》印发给你们，请结合实际认真组织实施。
国家发展改革委
财　政　部
国家环保总局
二○○五年十月二十七日
循环经济试点工作方案
一、试点目标
二、试点内容
""", title="循环经济试点工作方案", notice_title="关于印发《循环经济试点工作方案》的通知", doc_number="发改环资〔2005〕2199号",
     issuers=["国家发展和改革委员会", "财政部", "国家环境保护总局"], issue_date="2005-10-27", region="全国",
     admin_level="central", doc_type="工作方案")

case("province_title_break_before_de_tongzhi", """河南省人民政府关于印发河南省农村饮水安全工程建设管理办法的
通知
豫政〔2007〕40号
各市、县人民政府，省人民政府各部门：
现将《河南省农村饮水安全工程建设管理办法》印发给你们，请认真贯彻执行。
二○○七年五月十一日
河南省农村饮水安全工程建设管理办法
第一章　总则
第一条　为加强农村饮水安全工程建设管理，制定本办法。
""", title="河南省农村饮水安全工程建设管理办法", notice_title="关于印发河南省农村饮水安全工程建设管理办法的通知",
     doc_number="豫政〔2007〕40号", issuers=["河南省人民政府"], issue_date="2007-05-11", region="河南省",
     admin_level="province", doc_type="办法")

case("npc_standing_province_decision_old", """陕西省人民代表大会常务委员会关于加强食品安全监督的决定
（2007年11月24日陕西省第十届人民代表大会常务委员会第三十四次会议通过）
为加强食品安全监督，保障人民群众身体健康，特作如下决定：
一、各级人民政府应当加强对食品安全工作的领导。
二、本决定自公布之日起施行。
""", title="陕西省人民代表大会常务委员会关于加强食品安全监督的决定", notice_title=None,
     issuers=["陕西省人民代表大会常务委员会"], issue_date="2007-11-24", region="陕西省", admin_level="province",
     doc_type="决定")

case("prefecture_order_rule_old_zanxing", """本溪市人民政府令
第131号
《本溪市城市房屋安全管理暂行办法》已经2004年3月10日市政府第12次常务会议讨论通过，现予发布，自2004年5月1日起施行。
市长　冯友林
二○○四年三月二十日
本溪市城市房屋安全管理暂行办法
第一条　为加强城市房屋安全管理，制定本办法。
第二条　本办法适用于本市城市规划区内的房屋。
""", title="本溪市城市房屋安全管理暂行办法", notice_title=None, doc_number="本溪市人民政府令第131号",
     issuers=["本溪市人民政府"], issue_date="2004-03-20", region="辽宁省本溪市", admin_level="prefecture", doc_type="办法")

case("gwy_pifu_to_province_old", """国务院关于同意山东省调整部分行政区划的批复
国函〔2000〕58号
山东省人民政府：
你省《关于调整部分行政区划的请示》收悉。现批复如下：
一、同意撤销县级某某市，设立某某区。
二、区人民政府驻地不变。
国务院
二○○○年六月十日
""", title="国务院关于同意山东省调整部分行政区划的批复", notice_title=None, doc_number="国函〔2000〕58号",
     issuers=["国务院"], issue_date="2000-06-10", region="全国", admin_level="central", doc_type="批复")

case("province_fuhan_old", """辽宁省人民政府办公厅关于同意设立辽宁大连长兴岛临港工业区的复函
辽政办函〔2005〕76号
大连市人民政府：
你市《关于设立辽宁大连长兴岛临港工业区的请示》收悉。经省政府同意，现函复如下：
一、同意设立辽宁大连长兴岛临港工业区。
二、工业区实行省市共建。
辽宁省人民政府办公厅
二〇〇五年十月十八日
""", title="辽宁省人民政府办公厅关于同意设立辽宁大连长兴岛临港工业区的复函", notice_title=None,
     doc_number="辽政办函〔2005〕76号", issuers=["辽宁省人民政府办公厅"], issue_date="2005-10-18", region="辽宁省",
     admin_level="province", doc_type="复函")

# --- 题注 that name the approving body, the organs before the day, or the organ glued to the 文号 ------------------
_RULE_BODY = "\n第一条　为了加强管理，根据有关法律、行政法规，制定本办法。\n第二条　本办法适用于中华人民共和国境内。\n"
case("tizhu_approved_then_issued_orgs_before_date", "个体工商户个人所得税计税办法（试行）\n（国务院1997年3月26日批准　国家税务总局1997年4月8日发布）"
     + _RULE_BODY, title="个体工商户个人所得税计税办法（试行）", notice_title=None, issuers=["国家税务总局"],
     issue_date="1997-04-08", region="全国", admin_level="central", doc_type="办法")
case("tizhu_jing_approved_joint_orgs_before_date", "出口货物退（免）税若干问题的暂行规定\n（经国务院批准，财政部、国家税务总局1994年3月29日发布）"
     + _RULE_BODY.replace("本办法", "本规定"), title="出口货物退（免）税若干问题的暂行规定", notice_title=None,
     issuers=["财政部", "国家税务总局"], issue_date="1994-03-29", region="全国", admin_level="central", doc_type="规定")
case("tizhu_ministry_glued_to_number", "企业职工患病或非因工负伤医疗期规定\n（1994年12月1日劳动部劳部发〔1994〕479号发布）"
     + _RULE_BODY.replace("本办法", "本规定"), title="企业职工患病或非因工负伤医疗期规定", notice_title=None,
     doc_number="劳部发〔1994〕479号", issuers=["劳动部"], issue_date="1994-12-01", region="全国", admin_level="central",
     doc_type="规定")
case("tizhu_administration_glued_to_number", "增值税一般纳税人申请认定办法\n（1994年4月19日国家税务总局国税明电〔1993〕52号发布）"
     + _RULE_BODY, title="增值税一般纳税人申请认定办法", notice_title=None, doc_number="国税明电〔1993〕52号",
     issuers=["国家税务总局"], issue_date="1994-04-19", region="全国", admin_level="central", doc_type="办法")
case("tizhu_province_office_glued_number", "浙江省企业职工基本养老保险实施办法\n（2005年9月2日浙江省人民政府办公厅浙政办发〔2005〕87号印发）"
     + _RULE_BODY, title="浙江省企业职工基本养老保险实施办法", notice_title=None, doc_number="浙政办发〔2005〕87号",
     issuers=["浙江省人民政府办公厅"], issue_date="2005-09-02", region="浙江省", admin_level="province", doc_type="实施办法")

case("pkulaw_head_npc_standing_short", """【法规名称】河北省实施《中华人民共和国水法》办法
【类别】水利综合规定
【发文字号】河北省人民代表大会常务委员会公告第52号
【批准日期】
【发布日期】2005.09.23
【实施日期】2005.12.01
【时效性】现行有效
【颁布单位】河北省人大常委会
第一条　为了合理开发、利用、节约和保护水资源，制定本办法。
第二条　本办法适用于本省行政区域内。
""", title="河北省实施《中华人民共和国水法》办法", notice_title=None, doc_number="河北省人民代表大会常务委员会公告第52号",
     issuers=["河北省人民代表大会常务委员会"], issue_date="2005-09-23", region="河北省", admin_level="province", doc_type="办法")

case("npc_database_lines_central_office", """国有土地上房屋征收评估暂行办法
制定机关：住房和城乡建设部
公布日期：2011.06.03
施行日期：2011.06.03
时效性：有效
第一条　为规范国有土地上房屋征收评估活动，制定本办法。
第二条　评估国有土地上被征收房屋和用于产权调换房屋的价值，适用本办法。
""", title="国有土地上房屋征收评估暂行办法", notice_title=None, issuers=["住房和城乡建设部"], issue_date="2011-06-03",
     region="全国", admin_level="central", doc_type="办法")

case("pkulaw_plain_labels_with_space_repeated_title", """国务院关于印发全国资源型城市可持续发展规划（2013－2020年）的通知
发布部门： 国务院
发文字号： 国发〔2013〕45号
发布日期： 2013.11.12
实施日期： 2013.11.12
时效性： 现行有效
效力位阶： 国务院规范性文件
法宝引证码： CLI.2.213345
国务院关于印发全国资源型城市可持续发展规划（2013－2020年）的通知
(国发〔2013〕45号)
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
现将《全国资源型城市可持续发展规划（2013－2020年）》印发给你们，请认真贯彻执行。
国务院
2013年11月12日
全国资源型城市可持续发展规划（2013－2020年）
一、规划背景
""", title="全国资源型城市可持续发展规划（2013－2020年）", notice_title="关于印发全国资源型城市可持续发展规划（2013－2020年）的通知",
     doc_number="国发〔2013〕45号", issuers=["国务院"], issue_date="2013-11-12", region="全国", admin_level="central",
     doc_type="规划")

case("no_title_block_hands_on_rule", """各省、自治区、直辖市、计划单列市财政厅（局）：
为规范农业综合开发资金管理，我部制定了《农业综合开发财政资金管理暂行办法》，现印发给你们，请遵照执行。
附件：农业综合开发财政资金管理暂行办法
财政部
二○○五年八月十日
""", notice_title=None, issuers=["财政部"], issue_date="2005-08-10", region="全国", admin_level="central",
     doc_type="办法")

# --- a collection's validity marks: after the title, or a label's value on the line under its label ----------------
_STATUS_BODY = """各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为加强城市供水管理，现就有关问题通知如下：
一、提高认识
二、加强管理
国务院办公厅
二〇〇二年九月十日
"""
for _k, _mark in {"square": " [现行有效]", "round": "（已失效）", "lenticular": "【部分失效】", "halfwidth": "(已废止)"}.items():
    case("status_after_title_" + _k, "国务院办公厅关于加强城市供水节水和水污染防治工作的通知" + _mark + "\n国办发〔2000〕36号\n" + _STATUS_BODY,
         title="国务院办公厅关于加强城市供水节水和水污染防治工作的通知", notice_title=None, doc_number="国办发〔2000〕36号",
         issuers=["国务院办公厅"], issue_date="2002-09-10", region="全国", admin_level="central", doc_type="通知")
case("status_value_under_bare_label", "发布部门\n国务院办公厅\n发文字号\n国办发〔2000〕36号\n发布日期\n2000.11.07\n时效性\n现行有效\n"
     "国务院办公厅关于加强城市供水节水和水污染防治工作的通知\n" + _STATUS_BODY,
     title="国务院办公厅关于加强城市供水节水和水污染防治工作的通知", notice_title=None, doc_number="国办发〔2000〕36号",
     issuers=["国务院办公厅"], issue_date="2002-09-10", region="全国", admin_level="central", doc_type="通知")
case("status_after_yinfa_title", """关于印发《安阳市城市居民最低生活保障办法》的通知（已失效）
安政〔2001〕32号
各县（市）、区人民政府，市人民政府各部门：
现将《安阳市城市居民最低生活保障办法》印发给你们，请遵照执行。
安阳市人民政府
二〇〇一年七月五日
安阳市城市居民最低生活保障办法
第一条　为保障城市居民基本生活，制定本办法。
""", title="安阳市城市居民最低生活保障办法", notice_title="关于印发《安阳市城市居民最低生活保障办法》的通知",
     doc_number="安政〔2001〕32号", issuers=["安阳市人民政府"], issue_date="2001-07-05", region="河南省安阳市",
     admin_level="prefecture", doc_type="办法")

# --- central replies and letters (gov.cn copies: titles over three lines, excerpts without a head) -----------------
case("excerpt_central_reply_to_province", """你省《关于申请设立国家级经济技术开发区的请示》收悉。经国务院同意，现函复如下：
一、同意将某某工业园区升级为国家级经济技术开发区。
二、你省要加强对开发区的领导。
""", title=None, notice_title=None, issuers=[], region="全国", admin_level="central", doc_type="复函")
case("gov_cn_three_line_letter", """国务院办公厅
关于甘肃省在胡锦涛总书记考察工作时
所提问题和建议办理情况的函
国办函〔2005〕31号
甘肃省人民政府：
对于你省提出的问题和建议，有关部门认真进行了研究，现将有关情况函复如下。
一、关于支持引洮工程建设问题。发展改革委会同水利部研究提出了办理意见。
二、关于生态移民问题。
国务院办公厅
二○○五年四月十二日
""", title="国务院办公厅关于甘肃省在胡锦涛总书记考察工作时所提问题和建议办理情况的函", notice_title=None,
     doc_number="国办函〔2005〕31号", issuers=["国务院办公厅"], issue_date="2005-04-12", region="全国",
     admin_level="central", doc_type="函")
case("gov_cn_three_line_reply_system", """国务院关于同意
建立节能减排工作部际联席会议
制度的批复
国函〔2007〕40号
发展改革委：
你委《关于建立节能减排工作部际联席会议制度的请示》收悉。现批复如下：
一、同意建立节能减排工作部际联席会议制度。
国务院
二○○七年四月二十日
""", title="国务院关于同意建立节能减排工作部际联席会议制度的批复", notice_title=None, doc_number="国函〔2007〕40号",
     issuers=["国务院"], issue_date="2007-04-20", region="全国", admin_level="central", doc_type="批复")

# --- a forwarded 通知 whose 的通知 the notice title writes once ------------------------------------------------------
_FWD = """云南省人民政府办公厅转发国务院办公厅关于加强基层医疗卫生机构药品管理工作的通知
云政办发〔2009〕88号
各州、市、县、区人民政府，省直各委、办、厅、局：
{line}
二○○九年五月八日
"""
case("fwd_notice_named_whole_in_text", _FWD.format(line="现将《国务院办公厅关于加强基层医疗卫生机构药品管理工作的通知》转发给你们，请认真贯彻执行。"),
     title="国务院办公厅关于加强基层医疗卫生机构药品管理工作的通知",
     notice_title="转发国务院办公厅关于加强基层医疗卫生机构药品管理工作的通知", doc_number="云政办发〔2009〕88号",
     issuers=["云南省人民政府办公厅"], issue_date="2009-05-08", region="云南省", admin_level="province", doc_type="通知")
case("fwd_notice_named_without_organ", _FWD.format(line="现将国务院办公厅《关于加强基层医疗卫生机构药品管理工作的通知》转发给你们，请认真贯彻执行。"),
     title="关于加强基层医疗卫生机构药品管理工作的通知",
     notice_title="转发国务院办公厅关于加强基层医疗卫生机构药品管理工作的通知", doc_number="云政办发〔2009〕88号",
     issuers=["云南省人民政府办公厅"], issue_date="2009-05-08", region="云南省", admin_level="province", doc_type="通知")

case("state_office_named_after_place", """国务院台湾事务办公室　商务部关于进一步做好台湾同胞投资企业服务工作的通知
国台发〔2006〕3号
各省、自治区、直辖市台办、商务主管部门：
为进一步做好台资企业服务工作，现就有关事项通知如下：
一、提高服务意识
二、完善服务机制
国务院台湾事务办公室　　商务部
二〇〇六年四月十日
""", title="国务院台湾事务办公室商务部关于进一步做好台湾同胞投资企业服务工作的通知", notice_title=None,
     doc_number="国台发〔2006〕3号", issuers=["国务院台湾事务办公室", "商务部"], issue_date="2006-04-10", region="全国",
     admin_level="central", doc_type="通知")

case("forest_district_directly_under_province", """神农架林区人民政府关于加强天然林保护工作的通知
神政发〔2005〕21号
各乡镇人民政府，区直各单位：
为加强天然林保护工作，现就有关事项通知如下：
一、落实管护责任
二、加强森林防火
神农架林区人民政府
二〇〇五年六月八日
""", title="神农架林区人民政府关于加强天然林保护工作的通知", notice_title=None, doc_number="神政发〔2005〕21号",
     issuers=["神农架林区人民政府"], issue_date="2005-06-08", region="湖北省神农架林区", admin_level="county", doc_type="通知")
case("special_district_county_level", """六枝特区人民政府关于做好2009年农村饮水安全工作的通知
六特府发〔2009〕15号
各乡镇人民政府，特区政府各部门：
为做好农村饮水安全工作，现就有关事项通知如下：
一、明确任务
二、落实资金
六枝特区人民政府
二〇〇九年三月九日
""", title="六枝特区人民政府关于做好2009年农村饮水安全工作的通知", notice_title=None, doc_number="六特府发〔2009〕15号",
     issuers=["六枝特区人民政府"], issue_date="2009-03-09", region="贵州省六盘水市六枝特区", admin_level="county",
     doc_type="通知")

# --- a collection's label over the text itself (【全文】, 【正文】) ---------------------------------------------------
for _k, _label in {"quanwen": "【全文】", "zhengwen": "【正文】", "colon": "全文："}.items():
    case("fulltext_label_" + _k, """【标题】潍坊市城市绿化管理办法
【发布部门】潍坊市人民政府
【发文字号】潍政发〔2005〕20号
【发布日期】2005.04.12
【时效性】现行有效
""" + _label + """
潍坊市人民政府关于印发潍坊市城市绿化管理办法的通知
各县市区人民政府，市政府各部门，市直各单位：
现将《潍坊市城市绿化管理办法》印发给你们，请认真贯彻执行。
二○○五年四月十日
潍坊市城市绿化管理办法
第一条　为加强城市绿化管理，制定本办法。
""", title="潍坊市城市绿化管理办法", notice_title="关于印发潍坊市城市绿化管理办法的通知", doc_number="潍政发〔2005〕20号",
         issuers=["潍坊市人民政府"], issue_date="2005-04-10", region="山东省潍坊市", admin_level="prefecture", doc_type="办法")

# --- lines above a whole title that are no part of it: a site's or gazette's name, a crumb trail without 首页 --------
_HUNAN = """湖南省人民政府关于加快发展服务业的决定
湘政发〔2008〕5号
各市州、县市区人民政府，省政府各厅委、各直属机构：
为加快发展服务业，作如下决定：
一、发展目标
二、政策措施
湖南省人民政府
二○○八年三月八日
"""
for _k, _above in {"law_library": "法律图书馆\n新法规速递\n", "crumbs_no_home": "法律法规 > 地方法规 > 湖南\n",
                   "court_site": "中国法院网\n", "gazette_issue": "湖南省人民政府公报\n2008年第8期\n", "chapter_label": "【章名】\n"}.items():
    case("above_whole_title_" + _k, _above + _HUNAN, title="湖南省人民政府关于加快发展服务业的决定", notice_title=None,
         doc_number="湘政发〔2008〕5号", issuers=["湖南省人民政府"], issue_date="2008-03-08", region="湖南省",
         admin_level="province", doc_type="决定")

# --- adoption notes written `…会议制定` / `…会议审议通过` ----------------------------------------------------------
_GREEN = "\n第一章 总 则\n第一条 为了加强城市绿化管理，制定本条例。\n第二条 本条例适用于本市城市规划区。\n"
case("adopted_zhiding_then_approved", "无锡市城市绿化条例\n（2004年11月29日无锡市第十三届人民代表大会常务委员会第十三次会议制定　"
     "2005年1月13日江苏省第十届人民代表大会常务委员会第十三次会议批准）" + _GREEN, title="无锡市城市绿化条例", notice_title=None,
     issuers=["无锡市人民代表大会常务委员会"], issue_date="2004-11-29", region="江苏省无锡市", admin_level="prefecture",
     doc_type="条例")
case("adopted_zhiding_alone", "无锡市城市绿化条例\n（2004年11月29日无锡市第十三届人民代表大会常务委员会第十三次会议制定）" + _GREEN,
     title="无锡市城市绿化条例", notice_title=None, issuers=["无锡市人民代表大会常务委员会"], issue_date="2004-11-29",
     region="江苏省无锡市", admin_level="prefecture", doc_type="条例")
case("adopted_shenyi_tongguo_announced", "无锡市城市绿化条例\n（2004年11月29日无锡市第十三届人民代表大会常务委员会第十三次会议审议通过　"
     "2005年1月13日江苏省第十届人民代表大会常务委员会第十三次会议批准　2005年2月1日无锡市人民代表大会常务委员会公告第12号公布）" + _GREEN,
     title="无锡市城市绿化条例", notice_title=None, issuers=["无锡市人民代表大会常务委员会"], issue_date="2004-11-29",
     region="江苏省无锡市", admin_level="prefecture", doc_type="条例")

case("yinfa_no_quotes_title_drops_de", """福建省人民政府办公厅印发关于加快发展现代物流业若干意见的通知
闽政办〔2006〕13号
各市、县（区）人民政府，省政府各部门、各直属机构：
《关于加快发展现代物流业的若干意见》已经省人民政府同意，现印发给你们，请认真贯彻执行。
福建省人民政府办公厅
二○○六年二月二十日
""", title="关于加快发展现代物流业的若干意见", notice_title="印发关于加快发展现代物流业若干意见的通知",
     doc_number="闽政办〔2006〕13号", issuers=["福建省人民政府办公厅"], issue_date="2006-02-20", region="福建省",
     admin_level="province", doc_type="意见")

case("central_party_state_signed_one_a_line", """中共中央　国务院
关于进一步加强农村卫生工作的决定
中发〔2002〕13号
各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：
为进一步加强农村卫生工作，作如下决定：
一、农村卫生工作的目标
二、加强农村公共卫生工作
中共中央
国务院
2002年10月19日
""", title="中共中央国务院关于进一步加强农村卫生工作的决定", notice_title=None, doc_number="中发〔2002〕13号",
     issuers=["中共中央", "国务院"], issue_date="2002-10-19", region="全国", admin_level="central", doc_type="决定")

# --- joint orders with their organs on one line ------------------------------------------------------------------
_JOINT_ORDER_BODY = """
《外商投资国际货物运输代理企业管理办法》已经商务部、海关总署、国家税务总局审议通过，现予公布，自2005年10月1日起施行。
商务部部长　薄熙来
海关总署署长　牟新生
国家税务总局局长　谢旭人
二○○五年八月十日
外商投资国际货物运输代理企业管理办法
第一条　为促进国际货物运输代理业的健康发展，制定本办法。
"""
case("joint_order_one_line", "商务部　海关总署　国家税务总局令\n2005年第12号" + _JOINT_ORDER_BODY,
     title="外商投资国际货物运输代理企业管理办法", notice_title=None, issuers=["商务部", "海关总署", "国家税务总局"],
     issue_date="2005-08-10", region="全国", admin_level="central", doc_type="办法")
case("joint_order_state_prefix_one_line", "中华人民共和国商务部　中华人民共和国海关总署\n令\n2005年第12号" + _JOINT_ORDER_BODY,
     title="外商投资国际货物运输代理企业管理办法", notice_title=None, issuers=["商务部", "海关总署"],
     issue_date="2005-08-10", region="全国", admin_level="central", doc_type="办法")

# --- a county site's 信息公开 table, two fields a row ----------------------------------------------------------------
case("open_gov_table_two_fields_a_row", """索 引 号：00123-0200-2008-00045　　分　　类：农业
发布机构：新化县人民政府办公室　　发文日期：2008年03月12日
名　　称：关于做好2008年春季农业生产工作的通知
文　　号：新政办发〔2008〕12号　　主 题 词：
各乡镇人民政府，县直各单位：
为做好今年春季农业生产，现就有关事项通知如下：
一、抓好春耕备耕
二、做好农资供应
""", title="关于做好2008年春季农业生产工作的通知", notice_title=None, doc_number="新政办发〔2008〕12号",
     issuers=["新化县人民政府办公室"], issue_date="2008-03-12", region="湖南省娄底市新化县", admin_level="county", doc_type="通知")

case("sumu_township_inner_mongolia", """巴彦温都尔苏木人民政府关于做好2012年草原防火工作的通知
各嘎查委员会，苏木直属各单位：
为做好草原防火工作，根据阿巴嘎旗统一部署，结合我苏木实际，现就有关事项通知如下：
一、落实防火责任
二、加强火源管理
巴彦温都尔苏木人民政府
二〇一二年三月二十日
""", title="巴彦温都尔苏木人民政府关于做好2012年草原防火工作的通知", notice_title=None, issue_date="2012-03-20",
     region="内蒙古自治区锡林郭勒盟阿巴嘎旗巴彦温都尔苏木", admin_level="township", doc_type="通知")

# --- an order's name and number on one line, the rule under its date -------------------------------------------------
_ORDER_RULE = """
《财政票据管理办法》已经2012年8月1日财政部部务会议审议通过，现予公布，自2013年1月1日起施行。
部长　谢旭人
二○一二年十月二十二日
财政票据管理办法
第一章　总则
第一条　为了规范财政票据管理，制定本办法。
"""
for _k, _head in {"glued": "中华人民共和国财政部令第70号", "spaced": "中华人民共和国财政部令　第70号",
                  "brackets": "财政部令（第70号）"}.items():
    case("order_number_on_its_line_" + _k, _head + _ORDER_RULE, title="财政票据管理办法", notice_title=None,
         issuers=["财政部"], issue_date="2012-10-22", region="全国", admin_level="central", doc_type="办法")

# --- a government written short in a title with no signature organ (`某省政府关于…`, `某州政府关于…`) --------------------
case("province_government_short_in_title", """湖南省政府关于加快发展民营经济的决定
湘政发〔2005〕8号
各市州、县市区人民政府，省政府各厅委、各直属机构：
为加快全省民营经济发展，作如下决定：
一、放宽市场准入
二、加大扶持力度
二〇〇五年三月八日
""", title="湖南省政府关于加快发展民营经济的决定", notice_title=None, doc_number="湘政发〔2005〕8号", issuers=["湖南省人民政府"],
     issue_date="2005-03-08", region="湖南省", admin_level="province", doc_type="决定")
case("autonomous_prefecture_government_short_in_title", """黔东南州政府关于加强森林防火工作的通知
黔东南府发〔2006〕8号
各县市人民政府，州政府各部门：
为加强全州森林防火工作，现就有关事项通知如下：
一、落实责任
二、加强巡查
二〇〇六年二月十日
""", title="黔东南州政府关于加强森林防火工作的通知", notice_title=None, issuers=["黔东南苗族侗族自治州人民政府"],
     issue_date="2006-02-10", region="贵州省黔东南苗族侗族自治州", admin_level="prefecture", doc_type="通知")


def run(name, text, expected):
    return metadata_mismatches(name, text, expected)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_stress(name, text, expected):
    assert run(name, text, expected) == {}


if __name__ == "__main__":
    report_metadata(CASES, run)
