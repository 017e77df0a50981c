"""s16-meta stress set (issue 11): metadata and task structure of notices of 1990-2017 and of central organs, written
for this set in the styles of provinces, levels and eras unlike the opened batches (Gansu, Heilongjiang, Guangxi,
Tibet, Hainan, Chongqing counties, 盟/旗, 自治州, 行署/地委, web copies with furniture). No case copies a dev-corpus
notice. Each case lists what a labeller writes by spec 1.1 §3/§4 (a key left out is not checked); `tasks` is the
exact list of (path, heading) pairs expected.

kind "recall": a form the pipeline should read; kind "precision": a notice full of things that look like metadata
or items but are not (cited 文号, dates of events, numbering in the transmitting notice, 其一/首先…), whose whole
expected metadata and tasks are written down so that a spurious value or item counts.

The set is split by a fixed rule: cases at even positions are the FIX half (studied and fixed against), odd
positions the HELD half (run only at BASE and at the final commit).
Run `python3 -m tests.s16meta_stress fix` (or `held`) from the worktree root for the counts."""
from __future__ import annotations

import sys

CASES: list[tuple[str, str, str, dict]] = []


def case(name, kind, text, **expected):
    CASES.append((name, kind, text, expected))


# 1
case("gansu_1998_square_year_cn_date", "recall", """甘肃省人民政府关于加强农村义务教育工作的通知
甘政发[1998]35号
各地区行政公署，各市、自治州人民政府，省政府各部门：
为进一步加强我省农村义务教育工作，现就有关问题通知如下：
一、提高认识，切实加强领导
二、多渠道筹措教育经费
三、加强教师队伍建设
甘肃省人民政府
一九九八年六月十二日
""", title="甘肃省人民政府关于加强农村义务教育工作的通知", notice_title=None, doc_number="甘政发[1998]35号",
     issuers=["甘肃省人民政府"], issue_date="1998-06-12", region="甘肃省", admin_level="province", doc_type="通知",
     draft=False, tasks=[("一", "提高认识，切实加强领导"), ("二", "多渠道筹措教育经费"), ("三", "加强教师队伍建设")])

# 2
case("heilongjiang_2003_paren_year_yinfa", "recall", """黑龙江省人民政府办公厅关于印发黑龙江省农村税费改革试点工作实施方案的通知
黑政办发（2003）12号
各市（地）、县（市）人民政府（行署），省政府各直属单位：
《黑龙江省农村税费改革试点工作实施方案》已经省政府同意，现印发给你们，请认真组织实施。
二〇〇三年三月五日
黑龙江省农村税费改革试点工作实施方案
一、指导思想
按照中央的部署，减轻农民负担。
二、主要内容
（一）取消乡统筹费。乡统筹费一律取消。
（二）调整农业税政策。按常年产量计征。
""", title="黑龙江省农村税费改革试点工作实施方案", notice_title="关于印发黑龙江省农村税费改革试点工作实施方案的通知",
     doc_number="黑政办发（2003）12号", issuers=["黑龙江省人民政府办公厅"], issue_date="2003-03-05", region="黑龙江省",
     admin_level="province", doc_type="实施方案",
     tasks=[("一", "指导思想"), ("二", "主要内容"), ("二/(一)", "取消乡统筹费"), ("二/(二)", "调整农业税政策")])

# 3
case("guangdong_2001_number_without_brackets", "recall", """广东省人民政府关于加快山区经济发展的决定
粤府2001 23号
各市、县、自治县人民政府，省府直属各单位：
为加快我省山区经济发展，省政府作出如下决定：
一、明确山区发展的目标
二、加大扶持力度
广东省人民政府
二〇〇一年三月十五日
""", title="广东省人民政府关于加快山区经济发展的决定", notice_title=None, doc_number="粤府2001 23号",
     issuers=["广东省人民政府"], issue_date="2001-03-15", region="广东省", admin_level="province", doc_type="决定",
     tasks=[("一", "明确山区发展的目标"), ("二", "加大扶持力度")])

# 4
case("central_1996_number_without_brackets", "recall", """国务院关于加强流通领域食品卫生管理的通知
国发1996 12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为加强流通领域食品卫生管理，保障人民身体健康，现就有关问题通知如下：
一、各级人民政府要加强对食品卫生工作的领导。
二、严格食品经营许可。
国务院
一九九六年三月二十日
""", title="国务院关于加强流通领域食品卫生管理的通知", notice_title=None, doc_number="国发1996 12号",
     issuers=["国务院"], issue_date="1996-03-20", region="全国", admin_level="central", doc_type="通知",
     tasks=[("一", "各级人民政府要加强对食品卫生工作的领导"), ("二", "严格食品经营许可")])

# 5
case("sichuan_2006_date_missing_ri", "recall", """四川省人民政府关于做好春季农业生产工作的通知
川府发〔2006〕9号
各市（州）人民政府，省政府各部门：
当前正值春耕生产关键时期，现就做好春季农业生产工作通知如下：
一、抓好粮食生产
二、做好农资供应
四川省人民政府
二〇〇六年三月十五
""", title="四川省人民政府关于做好春季农业生产工作的通知", doc_number="川府发〔2006〕9号", issuers=["四川省人民政府"],
     issue_date="2006-03-15", region="四川省", admin_level="province", doc_type="通知")

# 6
case("hainan_2004_arabic_date_missing_ri", "recall", """海南省人民政府办公厅关于加强热带作物病虫害防治工作的通知
琼府办〔2004〕61号
各市、县、自治县人民政府，省政府直属各单位：
为做好热带作物病虫害防治工作，现就有关事项通知如下：
一、加强监测预报
二、落实防治资金
海南省人民政府办公厅
2004年7月8
""", title="海南省人民政府办公厅关于加强热带作物病虫害防治工作的通知", doc_number="琼府办〔2004〕61号",
     issuers=["海南省人民政府办公厅"], issue_date="2004-07-08", region="海南省", admin_level="province", doc_type="通知")

# 7
case("qinghai_month_only_date_is_null", "precision", """青海省人民政府关于进一步做好退耕还林工作的通知
青政〔2005〕66号
各自治州人民政府，海东行署，西宁市人民政府，省政府各委、办、厅、局：
为巩固退耕还林成果，现就有关问题通知如下：
一、严格落实政策
2004年12月，国务院下发了有关通知。各地要认真执行。
二、加强后续产业建设
青海省人民政府
二〇〇五年十月
""", title="青海省人民政府关于进一步做好退耕还林工作的通知", notice_title=None, doc_number="青政〔2005〕66号",
     issuers=["青海省人民政府"], issue_date=None, region="青海省", admin_level="province", doc_type="通知",
     tasks=[("一", "严格落实政策"), ("二", "加强后续产业建设")])

# 8
case("gansu_prefecture_2001_number_at_end_joint_diwei_xingshu", "recall", """关于做好2001年度农民负担监督管理工作的通知
各县人民政府，地直各部门：
为切实减轻农民负担，现就做好今年农民负担监督管理工作通知如下：
一、严格执行农民负担政策
二、加强涉农收费管理
中共庆阳地委办公室
庆阳地区行政公署办公室
二〇〇一年四月十日
（庆地办发〔2001〕21号）
""", title="关于做好2001年度农民负担监督管理工作的通知", notice_title=None, doc_number="庆地办发〔2001〕21号",
     issuers=["中共庆阳地委办公室", "庆阳地区行政公署办公室"], issue_date="2001-04-10", region="甘肃省庆阳地区",
     admin_level="prefecture", doc_type="通知")

# 9
case("shaanxi_tizhu_date_and_number_under_title", "recall", """陕西省人民政府关于加快发展乡镇企业的决定
（一九九八年五月六日　陕政发〔1998〕20号）
各地区行政公署，各市、县人民政府，省人民政府各工作部门、各直属机构：
为加快全省乡镇企业发展，特作如下决定：
一、充分认识发展乡镇企业的重要意义
二、进一步放宽政策
""", title="陕西省人民政府关于加快发展乡镇企业的决定", notice_title=None, doc_number="陕政发〔1998〕20号",
     issuers=["陕西省人民政府"], issue_date="1998-05-06", region="陕西省", admin_level="province", doc_type="决定")

# 10
case("tibet_2008_yijian", "recall", """西藏自治区人民政府关于加快发展农牧区教育事业的意见
藏政发〔2008〕12号
各地区行政公署，拉萨市人民政府，自治区各委、办、厅、局：
为加快发展我区农牧区教育事业，现提出如下意见：
一、明确发展目标
二、加大投入力度
西藏自治区人民政府
二〇〇八年二月二十六日
""", title="西藏自治区人民政府关于加快发展农牧区教育事业的意见", notice_title=None, doc_number="藏政发〔2008〕12号",
     issuers=["西藏自治区人民政府"], issue_date="2008-02-26", region="西藏自治区", admin_level="province",
     doc_type="意见")

# 11
case("guangxi_hechi_xingshu_1999", "recall", """河池地区行政公署关于加强林业生态建设的通知
河行发〔1999〕15号
各县人民政府，行署各部门：
为加快我区林业生态建设，现将有关事项通知如下：
一、加快植树造林
二、严格保护森林资源
河池地区行政公署
一九九九年三月二日
""", title="河池地区行政公署关于加强林业生态建设的通知", notice_title=None, doc_number="河行发〔1999〕15号",
     issuers=["河池地区行政公署"], issue_date="1999-03-02", region="广西壮族自治区河池地区", admin_level="prefecture",
     doc_type="通知")

# 12
case("xilinguole_meng_2005", "recall", """锡林郭勒盟行政公署关于做好2005年畜牧业生产工作的通知
锡署发〔2005〕30号
各旗县市人民政府，盟直各有关部门：
为做好今年全盟畜牧业生产工作，现将有关事项通知如下：
一、抓好接羔保育
二、推进禁牧休牧
锡林郭勒盟行政公署
二〇〇五年三月一日
""", title="锡林郭勒盟行政公署关于做好2005年畜牧业生产工作的通知", doc_number="锡署发〔2005〕30号",
     issuers=["锡林郭勒盟行政公署"], issue_date="2005-03-01", region="内蒙古自治区锡林郭勒盟", admin_level="prefecture",
     doc_type="通知")

# 13
case("ewenki_qi_2012_shishifangan", "recall", """鄂温克族自治旗人民政府关于印发鄂温克族自治旗草原生态保护补助奖励机制实施方案的通知
鄂政发〔2012〕18号
各苏木乡镇人民政府，旗直各部门：
现将《鄂温克族自治旗草原生态保护补助奖励机制实施方案》印发给你们，请认真贯彻执行。
鄂温克族自治旗人民政府
2012年5月7日
鄂温克族自治旗草原生态保护补助奖励机制实施方案
一、总体目标
二、主要措施
""", title="鄂温克族自治旗草原生态保护补助奖励机制实施方案",
     notice_title="关于印发鄂温克族自治旗草原生态保护补助奖励机制实施方案的通知", doc_number="鄂政发〔2012〕18号",
     issuers=["鄂温克族自治旗人民政府"], issue_date="2012-05-07", region="内蒙古自治区呼伦贝尔市鄂温克族自治旗",
     admin_level="county", doc_type="实施方案")

# 14
case("ganzi_zizhizhou_2010", "recall", """甘孜藏族自治州人民政府关于加强牧区草原防火工作的通知
甘府发〔2010〕5号
各县人民政府，州级各部门：
为切实做好全州牧区草原防火工作，现就有关事项通知如下：
一、落实防火责任
二、加强火源管理
甘孜藏族自治州人民政府
二〇一〇年一月二十日
""", title="甘孜藏族自治州人民政府关于加强牧区草原防火工作的通知", doc_number="甘府发〔2010〕5号",
     issuers=["甘孜藏族自治州人民政府"], issue_date="2010-01-20", region="四川省甘孜藏族自治州",
     admin_level="prefecture", doc_type="通知")

# 15
case("hainan_1995_ruogan_guiding", "recall", """海南省人民政府关于鼓励外商投资热带农业的若干规定
琼府〔1995〕41号
各市、县、自治县人民政府，省政府直属各单位：
为鼓励外商投资我省热带农业，特作如下规定：
一、外商投资热带农业项目，享受下列优惠。
二、简化审批手续。
海南省人民政府
一九九五年八月三十一日
""", title="海南省人民政府关于鼓励外商投资热带农业的若干规定", notice_title=None, doc_number="琼府〔1995〕41号",
     issuers=["海南省人民政府"], issue_date="1995-08-31", region="海南省", admin_level="province", doc_type="规定",
     tasks=[("一", "外商投资热带农业项目，享受下列优惠"), ("二", "简化审批手续")])

# 16
case("chongqing_wuxi_county_1999", "recall", """巫溪县人民政府关于加强农村公路建设的通知
溪府发〔1999〕32号
各乡镇人民政府，县政府各部门：
为加快我县农村公路建设，现就有关事项通知如下：
一、统一规划
二、多方筹资
巫溪县人民政府
一九九九年七月八日
""", title="巫溪县人民政府关于加强农村公路建设的通知", doc_number="溪府发〔1999〕32号", issuers=["巫溪县人民政府"],
     issue_date="1999-07-08", region="重庆市巫溪县", admin_level="county", doc_type="通知")

# 17
case("zhonggong_zhongyang_guowuyuan_jueding", "recall", """中共中央　国务院关于加快林业发展的决定
中发〔2003〕9号
各省、自治区、直辖市党委和人民政府，中央和国家机关各部委，军委总政治部，各人民团体：
为加快林业发展，现作如下决定：
一、林业发展的指导思想
二、深化林业体制改革
中共中央
国务院
二〇〇三年六月二十五日
""", title="中共中央国务院关于加快林业发展的决定", notice_title=None, doc_number="中发〔2003〕9号",
     issuers=["中共中央", "国务院"], issue_date="2003-06-25", region="全国", admin_level="central", doc_type="决定")

# 18
case("zhonggong_zhongyang_guowuyuan_ruogan_yijian_dunhao", "recall", """中共中央、国务院关于促进农民增加收入若干政策的意见
中发〔2004〕1号
各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：
为促进农民增加收入，现提出如下意见：
一、集中力量支持粮食主产区发展粮食产业
二、继续推进农业结构调整
中共中央　国务院
2003年12月31日
""", title="中共中央、国务院关于促进农民增加收入若干政策的意见", notice_title=None, doc_number="中发〔2004〕1号",
     issuers=["中共中央", "国务院"], issue_date="2003-12-31", region="全国", admin_level="central", doc_type="意见")

# 19
case("ministries_joint_ruogan_guiding_1999", "recall", """国家经贸委　国家计委　财政部关于加强技术改造项目管理的若干规定
国经贸投资〔1999〕123号
各省、自治区、直辖市及计划单列市经贸委（经委）、计委、财政厅（局）：
为加强技术改造项目管理，特制定本规定。
一、技术改造项目的审批
二、资金管理
国家经济贸易委员会
国家发展计划委员会
财政部
一九九九年二月三日
""", title="国家经贸委国家计委财政部关于加强技术改造项目管理的若干规定", notice_title=None,
     doc_number="国经贸投资〔1999〕123号", issuers=["国家经济贸易委员会", "国家发展计划委员会", "财政部"],
     issue_date="1999-02-03", region="全国", admin_level="central", doc_type="规定")

# 20
case("jiangxi_jingmaowei_jiwei_oneline_signature_2000", "recall", """江西省经济贸易委员会　江西省计划委员会关于做好企业技术进步工作的通知
赣经贸技〔2000〕45号
各设区市经贸委、计委：
为推进我省企业技术进步，现就有关事项通知如下：
一、加大技术改造投入
二、加快新产品开发
江西省经济贸易委员会　江西省计划委员会
二〇〇〇年五月十八日
""", title="江西省经济贸易委员会江西省计划委员会关于做好企业技术进步工作的通知", notice_title=None,
     doc_number="赣经贸技〔2000〕45号", issuers=["江西省经济贸易委员会", "江西省计划委员会"], issue_date="2000-05-18",
     region="江西省", admin_level="province", doc_type="通知")

# 21
case("suihua_xingshu_zhuanfa_sheng_jiwei_1998", "recall", """绥化地区行政公署转发省计委关于加强基本建设项目管理意见的通知
绥署发〔1998〕40号
各县（市）人民政府，行署各委、办、局：
现将省计委《关于加强基本建设项目管理的意见》转发给你们，请认真贯彻执行。
绥化地区行政公署
一九九八年九月二日
""", title="关于加强基本建设项目管理的意见", notice_title="转发省计委关于加强基本建设项目管理意见的通知",
     doc_number="绥署发〔1998〕40号", issuers=["绥化地区行政公署"], issue_date="1998-09-02",
     region="黑龙江省绥化地区", admin_level="prefecture", doc_type="意见")

# 22
case("gwy_pizhuan_jingmaowei_2000", "recall", """国务院批转国家经贸委关于加快中小企业发展若干意见的通知
国发〔2000〕8号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
国务院同意国家经贸委《关于加快中小企业发展的若干意见》，现转发给你们，请认真贯彻执行。
国务院
二〇〇〇年三月十日
关于加快中小企业发展的若干意见
国家经贸委
一、充分认识加快中小企业发展的重要意义
二、加大对中小企业的扶持力度
""", title="关于加快中小企业发展的若干意见", notice_title="批转国家经贸委关于加快中小企业发展若干意见的通知",
     doc_number="国发〔2000〕8号", issuers=["国务院"], issue_date="2000-03-10", region="全国", admin_level="central",
     doc_type="意见", tasks=[("一", "充分认识加快中小企业发展的重要意义"), ("二", "加大对中小企业的扶持力度")])

# 23
case("web_copy_ministry_2016_furniture", "recall", """首页 > 政府信息公开 > 政策文件
索引号：000014349/2016-00123
发布机构：农业部
发文字号：农经发〔2016〕5号
成文日期：2016年04月20日
标　　题：农业部关于加强农民合作社规范化建设的意见
农业部关于加强农民合作社规范化建设的意见
农经发〔2016〕5号
各省、自治区、直辖市及计划单列市农业（农牧、农村经济）厅（委、局）：
为加强农民合作社规范化建设，现提出以下意见：
一、总体要求
二、重点任务
（一）健全章程制度。合作社要依法制定章程。
（二）规范财务管理。合作社要建立财务制度。
农业部
2016年4月20日
【打印本页】【关闭窗口】
""", title="农业部关于加强农民合作社规范化建设的意见", notice_title=None, doc_number="农经发〔2016〕5号",
     issuers=["农业部"], issue_date="2016-04-20", region="全国", admin_level="central", doc_type="意见",
     tasks=[("一", "总体要求"), ("二", "重点任务"), ("二/(一)", "健全章程制度"), ("二/(二)", "规范财务管理")])

# 24
case("xinhua_leadin_no_title_block_central", "recall", """新华社北京3月12日电　近日，中共中央办公厅、国务院办公厅印发了《关于加强乡村治理体系建设的指导意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。
《关于加强乡村治理体系建设的指导意见》全文如下。
一、总体要求
二、主要任务
""", issuers=["中共中央办公厅", "国务院办公厅"], region="全国", admin_level="central", doc_type="指导意见",
     draft=False)

# 25
case("tongren_cites_other_numbers_own_none", "precision", """铜仁地区行政公署办公室关于做好2005年春季造林绿化工作的通知
各县（自治县）人民政府，特区管委会，行署各部门：
根据《贵州省人民政府关于加快林业发展的意见》（黔府发〔2004〕12号）和省绿化委员会黔绿〔2005〕2号文件精神，为做好今年春季造林绿化工作，现将有关事项通知如下：
一、明确造林任务
各县要在2005年3月31日前完成造林任务。
二、加强苗木管理
铜仁地区行政公署办公室
二〇〇五年二月十日
""", title="铜仁地区行政公署办公室关于做好2005年春季造林绿化工作的通知", notice_title=None, doc_number=None,
     issuers=["铜仁地区行政公署办公室"], issue_date="2005-02-10", region="贵州省铜仁地区", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "明确造林任务"), ("二", "加强苗木管理")])

# 26
case("cited_unbracketed_number_not_own", "precision", """云南省人民政府办公厅关于做好烤烟生产收购工作的通知
各州、市人民政府，各地区行政公署，省直有关部门：
根据国务院办公厅国办发2000 12号文件精神，结合我省实际，现就有关事项通知如下：
一、稳定烤烟种植面积
二、严格收购秩序
云南省人民政府办公厅
二〇〇〇年四月五日
""", title="云南省人民政府办公厅关于做好烤烟生产收购工作的通知", notice_title=None, doc_number=None,
     issuers=["云南省人民政府办公厅"], issue_date="2000-04-05", region="云南省", admin_level="province",
     doc_type="通知", draft=False, tasks=[("一", "稳定烤烟种植面积"), ("二", "严格收购秩序")])

# 27
case("chongzuo_zhuanfa_inner_document_signature", "precision", """关于转发自治区民政厅关于做好农村五保供养工作意见的通知
崇政办发〔2007〕15号
各县（市、区）人民政府，市直各有关单位：
现将自治区民政厅《关于做好农村五保供养工作的意见》（桂民发〔2007〕8号）转发给你们，请结合实际认真贯彻执行。
崇左市人民政府办公室
二〇〇七年五月十日
关于做好农村五保供养工作的意见
桂民发〔2007〕8号
各市民政局：
为做好农村五保供养工作，提出如下意见：
一、提高供养标准
二、加强敬老院建设
广西壮族自治区民政厅
二〇〇七年四月二日
""", title="关于做好农村五保供养工作的意见", notice_title="关于转发自治区民政厅关于做好农村五保供养工作意见的通知",
     doc_number="崇政办发〔2007〕15号", issuers=["崇左市人民政府办公室"], issue_date="2007-05-10",
     region="广西壮族自治区崇左市", admin_level="prefecture", doc_type="意见", draft=False,
     tasks=[("一", "提高供养标准"), ("二", "加强敬老院建设")])

# 28
case("liuzhou_1996_old_banji_zhutici_yinfa_date", "precision", """关于加强城市供水管理的通知
柳政发〔1996〕45号
各县、区人民政府，市直各委、办、局：
为加强城市供水管理，保障生产生活用水，现就有关问题通知如下：
一、加强水源保护
二、严格用水计划管理
柳州市人民政府
一九九六年八月二十日
主题词：城乡建设　供水　管理　通知
抄送：自治区建委，市委各部门，市人大常委会办公室，市政协办公室。
柳州市人民政府办公室　　　　　　　　1996年8月22日印发
""", title="关于加强城市供水管理的通知", notice_title=None, doc_number="柳政发〔1996〕45号",
     issuers=["柳州市人民政府"], issue_date="1996-08-20", region="广西壮族自治区柳州市", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "加强水源保护"), ("二", "严格用水计划管理")])

# 29
case("haikou_2000_yinfa_date_only", "recall", """海口市人民政府关于加强劳动力市场管理的通知
海府〔2000〕88号
各区人民政府，市政府直属各单位：
为规范劳动力市场秩序，现就有关事项通知如下：
一、规范职业介绍活动
二、加强劳动监察
主题词：劳动　市场　管理　通知
抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。
海口市人民政府办公室　　　　　　　二〇〇〇年十一月三日印发
""", title="海口市人民政府关于加强劳动力市场管理的通知", doc_number="海府〔2000〕88号", issuers=["海口市人民政府"],
     issue_date="2000-11-03", region="海南省海口市", admin_level="prefecture", doc_type="通知")

# 30
case("gwyb_two_line_title_2010", "recall", """国务院办公厅关于加强和改进城市社区
居民委员会建设工作的意见
中办发〔2010〕27号
各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：
为加强和改进城市社区居民委员会建设工作，现提出如下意见：
一、充分认识加强和改进社区居委会建设工作的重要意义
二、总体要求
国务院办公厅
二〇一〇年八月二十日
""", title="国务院办公厅关于加强和改进城市社区居民委员会建设工作的意见", notice_title=None,
     doc_number="中办发〔2010〕27号", issuers=["国务院办公厅"], issue_date="2010-08-20", region="全国",
     admin_level="central", doc_type="意见")

# 31
case("wuchuan_autonomous_county_2003", "recall", """务川仡佬族苗族自治县人民政府关于加强义务教育阶段控辍保学工作的通知
务府发〔2003〕21号
各乡（镇）人民政府，县直各部门：
为巩固“两基”成果，现就加强控辍保学工作通知如下：
一、落实控辍保学责任
二、建立辍学报告制度
务川仡佬族苗族自治县人民政府
二〇〇三年九月一日
""", title="务川仡佬族苗族自治县人民政府关于加强义务教育阶段控辍保学工作的通知", doc_number="务府发〔2003〕21号",
     issuers=["务川仡佬族苗族自治县人民政府"], issue_date="2003-09-01", region="贵州省遵义市务川仡佬族苗族自治县",
     admin_level="county", doc_type="通知")

# 32
case("ningxia_guyuan_xingshu_1997_jiwei", "recall", """固原地区行政公署关于印发固原地区扶贫开发规划的通知
固署发〔1997〕28号
各县人民政府，行署各部门：
现将地区计委制定的《固原地区扶贫开发规划》印发给你们，请认真贯彻执行。
固原地区行政公署
一九九七年六月十日
固原地区扶贫开发规划
一、基本情况
二、目标任务
""", title="固原地区扶贫开发规划", notice_title="关于印发固原地区扶贫开发规划的通知", doc_number="固署发〔1997〕28号",
     issuers=["固原地区行政公署"], issue_date="1997-06-10", region="宁夏回族自治区固原地区", admin_level="prefecture",
     doc_type="规划")

# 33
case("excerpt_selfref_county_fangan", "recall", """为贯彻落实省、市关于农村人居环境整治的部署，结合我县实际，制定本实施方案。
一、工作目标
到2019年底，全县农村生活垃圾得到有效治理。
二、重点任务
（一）推进垃圾治理。
（二）推进厕所革命。
榕江县人民政府
2018年4月2日
""", issuers=["榕江县人民政府"], issue_date="2018-04-02", region="贵州省黔东南苗族侗族自治州榕江县",
     admin_level="county", doc_type="实施方案",
     tasks=[("一", "工作目标"), ("二", "重点任务"), ("二/(一)", "推进垃圾治理"), ("二/(二)", "推进厕所革命")])

# 34
case("central_notice_mentions_provinces_region_national", "precision", """国务院办公厅关于做好2009年春运工作的通知
国办发明电〔2009〕2号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
2009年春运从1月11日开始，至2月19日结束。北京市、上海市、广东省等地客流集中，现就做好春运工作通知如下：
一、加强运力调配
广东省、四川省等劳务输出大省要做好组织工作。
二、确保运输安全
国务院办公厅
二〇〇八年十二月三十日
""", title="国务院办公厅关于做好2009年春运工作的通知", notice_title=None, doc_number="国办发明电〔2009〕2号",
     issuers=["国务院办公厅"], issue_date="2008-12-30", region="全国", admin_level="central", doc_type="通知",
     draft=False, tasks=[("一", "加强运力调配"), ("二", "确保运输安全")])

# 35
case("old_regulation_chapters_articles", "recall", """青海省城镇集体企业管理暂行办法
（1995年6月20日青海省人民政府令第12号发布）
第一章　总则
第一条　为了加强城镇集体企业管理，制定本办法。
第二条　本办法适用于本省行政区域内的城镇集体企业。
第二章　企业的设立
第三条　设立集体企业，应当依法办理登记。依照《条例》第十二条规定执行。
第四条　集体企业实行民主管理。
""", title="青海省城镇集体企业管理暂行办法", notice_title=None, doc_number="青海省人民政府令第12号",
     issuers=["青海省人民政府"], issue_date="1995-06-20", region="青海省", admin_level="province", doc_type="办法",
     tasks=[("第一章", "总则"), ("第一章/第一条", "为了加强城镇集体企业管理，制定本办法"),
            ("第一章/第二条", "本办法适用于本省行政区域内的城镇集体企业"), ("第二章", "企业的设立"),
            ("第二章/第三条", "设立集体企业，应当依法办理登记"), ("第二章/第四条", "集体企业实行民主管理")])

# 36
case("qiyi_shouxian_not_items_deep_nesting", "precision", """黑河市人民政府关于加强边境贸易管理的意见
黑市政发〔2002〕14号
各县（市）、区人民政府，市政府各委、办、局：
为加强边境贸易管理，现提出如下意见：
一、充分认识加强边境贸易管理的重要意义
加强边境贸易管理，其一是维护市场秩序的需要；其二是促进对外开放的需要。首先，要提高认识。其次，要加强协调。
二、主要措施
（一）规范经营秩序。
1．严格资格审查。
（1）审查经营主体。
①核实营业执照。
②核实税务登记。
（2）审查经营范围。
2．加强日常监管。
黑河市人民政府
二〇〇二年五月二十日
""", title="黑河市人民政府关于加强边境贸易管理的意见", notice_title=None, doc_number="黑市政发〔2002〕14号",
     issuers=["黑河市人民政府"], issue_date="2002-05-20", region="黑龙江省黑河市", admin_level="prefecture",
     doc_type="意见", draft=False,
     tasks=[("一", "充分认识加强边境贸易管理的重要意义"), ("二", "主要措施"), ("二/(一)", "规范经营秩序"),
            ("二/(一)/1", "严格资格审查"), ("二/(一)/1/(1)", "审查经营主体"), ("二/(一)/1/(1)/①", "核实营业执照"),
            ("二/(一)/1/(1)/②", "核实税务登记"), ("二/(一)/1/(2)", "审查经营范围"), ("二/(一)/2", "加强日常监管")])

# 37
case("yinfa_notice_own_numbering_not_tasks", "precision", """关于印发南宁市城市管理综合执法工作方案的通知
南府办〔2009〕56号
各城区人民政府，市直各委、办、局：
《南宁市城市管理综合执法工作方案》已经市人民政府同意，现印发给你们，并就有关事项通知如下：
一、各城区要高度重视，加强组织领导。
二、各部门要密切配合，形成合力。
附件：1．南宁市城市管理综合执法工作方案
2．南宁市城市管理综合执法责任分工表
南宁市人民政府办公厅
二〇〇九年六月三日
附件1
南宁市城市管理综合执法工作方案
一、工作目标
二、工作措施
（一）理顺执法体制。
（二）加强队伍建设。
""", title="南宁市城市管理综合执法工作方案", notice_title="关于印发南宁市城市管理综合执法工作方案的通知",
     doc_number="南府办〔2009〕56号", issuers=["南宁市人民政府办公厅"], issue_date="2009-06-03",
     region="广西壮族自治区南宁市", admin_level="prefecture", doc_type="工作方案", draft=False,
     # (the handed-on plan is the notice's first document, spec §4: its paths carry no prefix, also when it stands
     # under `附件1`; expected written first with `附件1/`, corrected to the convention of every transmitted plan)
     tasks=[("一", "工作目标"), ("二", "工作措施"), ("二/(一)", "理顺执法体制"), ("二/(二)", "加强队伍建设")])

# 38
case("signature_date_not_body_event_dates", "precision", """攀枝花市人民政府关于做好1999年防汛工作的通知
攀府发〔1999〕18号
各县（区）人民政府，市级各部门：
一九九八年七月五日，我市遭受特大洪灾。为做好今年防汛工作，现就有关事项通知如下：
一、落实防汛责任制
各地要在一九九九年五月一日前完成汛前检查。
二、加强水库安全管理
攀枝花市人民政府
一九九九年四月六日
""", title="攀枝花市人民政府关于做好1999年防汛工作的通知", notice_title=None, doc_number="攀府发〔1999〕18号",
     issuers=["攀枝花市人民政府"], issue_date="1999-04-06", region="四川省攀枝花市", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "落实防汛责任制"), ("二", "加强水库安全管理")])

# 39
case("ministry_guiding_1990s_dunhao_joint_title", "recall", """劳动部、人事部关于职工工作时间有关问题的规定
劳部发〔1995〕143号
各省、自治区、直辖市劳动（劳动人事）厅（局）、人事厅（局），国务院各部委：
为贯彻执行国务院关于职工工作时间的规定，现就有关问题规定如下：
一、职工每日工作8小时，每周工作40小时。
二、企业因生产特点不能实行标准工时制度的，可以实行其他工作和休息办法。
劳动部　人事部
一九九五年三月二十五日
""", title="劳动部、人事部关于职工工作时间有关问题的规定", notice_title=None, doc_number="劳部发〔1995〕143号",
     issuers=["劳动部", "人事部"], issue_date="1995-03-25", region="全国", admin_level="central", doc_type="规定")

# 40
case("county_bracket_square_year_shanxi_2004", "recall", """静乐县人民政府关于加强煤矿安全生产工作的通知
静政发[2004]22号
各乡镇人民政府，县直各单位：
为加强全县煤矿安全生产工作，现就有关事项通知如下：
一、落实安全生产责任
二、开展安全大检查
静乐县人民政府
二〇〇四年四月十二日
""", title="静乐县人民政府关于加强煤矿安全生产工作的通知", doc_number="静政发[2004]22号", issuers=["静乐县人民政府"],
     issue_date="2004-04-12", region="山西省忻州市静乐县", admin_level="county", doc_type="通知")

# 41
case("phone_postcode_not_number_not_date", "precision", """关于开展2013年度农民专业合作社示范社评定工作的通知
各市（州）农牧局：
为做好示范社评定工作，现将有关事项通知如下：
一、评定范围
二、申报程序
联系人：张三　电话：0931 8123456　邮编：730030
甘肃省农牧厅
2013年6月3日
""", title="关于开展2013年度农民专业合作社示范社评定工作的通知", notice_title=None, doc_number=None,
     issuers=["甘肃省农牧厅"], issue_date="2013-06-03", region="甘肃省", admin_level="province", doc_type="通知",
     draft=False, tasks=[("一", "评定范围"), ("二", "申报程序")])

# 42
case("heilongjiang_county_2008_number_under_signature_date_missing_ri", "recall", """汤原县人民政府关于做好秋季防火工作的通知
各乡（镇）人民政府，县直各单位：
为做好今年秋季防火工作，现就有关事项通知如下：
一、加强组织领导
二、严格火源管理
汤原县人民政府
二〇〇八年九月二十
汤政发〔2008〕40号
""", title="汤原县人民政府关于做好秋季防火工作的通知", doc_number="汤政发〔2008〕40号", issuers=["汤原县人民政府"],
     issue_date="2008-09-20", region="黑龙江省佳木斯市汤原县", admin_level="county", doc_type="通知")


# --- wave 2 (written before the first run of its cases; split by the same rule, by position in CASES) -------------
# 43
case("diwei_xingshu_joint_jueding_1997", "recall", """中共绥化地委　绥化地区行政公署关于加快小城镇建设的决定
绥发〔1997〕12号
各县（市）委、人民政府，地直各单位：
为加快全区小城镇建设，现作如下决定：
一、充分认识加快小城镇建设的重要性
二、搞好小城镇规划
中共绥化地委
绥化地区行政公署
一九九七年五月十二日
""", title="中共绥化地委绥化地区行政公署关于加快小城镇建设的决定", notice_title=None, doc_number="绥发〔1997〕12号",
     # (the signature's 地委 is written out, spec §3 "full names": expected first as written, corrected)
     issuers=["中共绥化地区委员会", "绥化地区行政公署"], issue_date="1997-05-12", region="黑龙江省绥化地区",
     admin_level="prefecture", doc_type="决定")

# 44
case("guoban_pifu_1999", "recall", """国务院关于同意设立洋浦经济开发区保税港区的批复
国函〔1999〕45号
海南省人民政府：
你省《关于设立洋浦保税港区的请示》（琼府〔1999〕20号）收悉。现批复如下：
一、同意设立洋浦经济开发区保税港区。
二、请你省认真组织实施。
国务院
一九九九年五月十日
""", title="国务院关于同意设立洋浦经济开发区保税港区的批复", notice_title=None, doc_number="国函〔1999〕45号",
     issuers=["国务院"], issue_date="1999-05-10", region="全国", admin_level="central", doc_type="批复",
     draft=False, tasks=[("一", "同意设立洋浦经济开发区保税港区"), ("二", "请你省认真组织实施")])

# 45
case("zhongban_guoban_yinfa_guiding_2004", "recall", """中共中央办公厅　国务院办公厅印发《关于加强党政机关厉行节约的若干规定》的通知
厅字〔2004〕12号
各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：
《关于加强党政机关厉行节约的若干规定》已经党中央、国务院同意，现印发给你们，请认真贯彻执行。
中共中央办公厅
国务院办公厅
二〇〇四年六月八日
关于加强党政机关厉行节约的若干规定
一、严格控制会议和文件
二、严格公务接待
""", title="关于加强党政机关厉行节约的若干规定", notice_title="印发《关于加强党政机关厉行节约的若干规定》的通知",
     doc_number="厅字〔2004〕12号", issuers=["中共中央办公厅", "国务院办公厅"], issue_date="2004-06-08", region="全国",
     admin_level="central", doc_type="规定", tasks=[("一", "严格控制会议和文件"), ("二", "严格公务接待")])

# 46
case("ministries_three_joint_tongzhi_2009", "recall", """财政部　国家税务总局　海关总署关于调整部分产品出口退税率的通知
财税〔2009〕43号
各省、自治区、直辖市、计划单列市财政厅（局）、国家税务局，海关总署广东分署、各直属海关：
经国务院批准，现将有关事项通知如下：
一、提高部分产品的出口退税率。
二、本通知自2009年4月1日起执行。
财政部　国家税务总局　海关总署
二〇〇九年三月二十七日
""", title="财政部国家税务总局海关总署关于调整部分产品出口退税率的通知", notice_title=None, doc_number="财税〔2009〕43号",
     issuers=["财政部", "国家税务总局", "海关总署"], issue_date="2009-03-27", region="全国", admin_level="central",
     doc_type="通知")

# 47
case("date_in_parentheses_ling_zero", "recall", """宁夏回族自治区人民政府关于加强城镇供热管理的通知
宁政发〔2002〕101号
各市、县人民政府，自治区政府各部门、各直属机构：
为加强城镇供热管理，现就有关问题通知如下：
一、理顺供热管理体制
二、合理确定供热价格
宁夏回族自治区人民政府
（二零零二年十月八日）
""", title="宁夏回族自治区人民政府关于加强城镇供热管理的通知", doc_number="宁政发〔2002〕101号",
     issuers=["宁夏回族自治区人民政府"], issue_date="2002-10-08", region="宁夏回族自治区", admin_level="province",
     doc_type="通知")

# 48
case("year_line_signature_not_date", "precision", """大兴安岭地区行政公署关于做好2003年森林防火工作的通知
大署发〔2003〕9号
各县（区）人民政府，行署各部门：
2002年，全区森林防火工作取得了显著成绩。为做好今年工作，现将有关事项通知如下：
一、落实责任制
二、加强扑火队伍建设
大兴安岭地区行政公署
二〇〇三年三月二十日
""", title="大兴安岭地区行政公署关于做好2003年森林防火工作的通知", notice_title=None, doc_number="大署发〔2003〕9号",
     issuers=["大兴安岭地区行政公署"], issue_date="2003-03-20", region="黑龙江省大兴安岭地区", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "落实责任制"), ("二", "加强扑火队伍建设")])

# 49
case("excerpt_addressee_start_city_selfref_shishiyijian", "recall", """各县（区）人民政府，市直各部门：
为加快我市民营经济发展，根据省委、省政府有关精神，结合我市实际，现提出以下实施意见：
一、放宽市场准入
二、加大财税支持
三、优化发展环境
天水市人民政府
二〇〇六年八月十日
""", issuers=["天水市人民政府"], issue_date="2006-08-10", region="甘肃省天水市", admin_level="prefecture",
     doc_type="实施意见", doc_number=None, notice_title=None,
     tasks=[("一", "放宽市场准入"), ("二", "加大财税支持"), ("三", "优化发展环境")])

# 50
case("excerpt_selfref_banfa_chapters", "recall", """第一条　为规范全区城镇廉租住房管理，根据国家有关规定，结合本区实际，制定本办法。
第二条　本办法适用于全区城镇廉租住房的保障和管理。
第三条　自治区建设厅负责全区廉租住房管理工作。
广西壮族自治区人民政府
二〇〇七年十二月一日
""", issuers=["广西壮族自治区人民政府"], issue_date="2007-12-01", region="广西壮族自治区", admin_level="province",
     doc_type="办法", tasks=[("第一条", "为规范全区城镇廉租住房管理，根据国家有关规定，结合本区实际，制定本办法"),
                             ("第二条", "本办法适用于全区城镇廉租住房的保障和管理"), ("第三条", "自治区建设厅负责全区廉租住房管理工作")])

# 51
case("yishi_ershi_shouxian_lines_not_items", "precision", """关于进一步加强农田水利基本建设的意见
陇政发〔2009〕51号
各市、自治州人民政府，省政府各部门：
为加强农田水利基本建设，现提出如下意见：
一、提高认识
其一，农田水利是农业的命脉。
其二，水利设施欠账较多。
首先，要加强领导。
其次，要增加投入。
一是加大财政投入；二是引导农民投工投劳。
二、突出重点
（一）抓好灌区续建配套。
（二）抓好小型农田水利建设。
甘肃省人民政府
二〇〇九年十月十二日
""", title="关于进一步加强农田水利基本建设的意见", notice_title=None, doc_number="陇政发〔2009〕51号",
     issuers=["甘肃省人民政府"], issue_date="2009-10-12", region="甘肃省", admin_level="province", doc_type="意见",
     draft=False, tasks=[("一", "提高认识"), ("二", "突出重点"), ("二/(一)", "抓好灌区续建配套"),
                         ("二/(二)", "抓好小型农田水利建设")])

# 52
case("one_dot_numbering_ascii_parens", "recall", """黔南布依族苗族自治州人民政府关于加强农村饮水安全工作的意见
黔南府发〔2008〕15号
各县（市）人民政府，州直各部门：
为加强农村饮水安全工作，现提出以下意见：
一．明确目标任务
(一)到2010年解决农村饮水不安全人口问题。
(二)建立长效管理机制。
二．强化保障措施
1)加大资金投入。
2)加强工程管理。
黔南布依族苗族自治州人民政府
二〇〇八年四月三日
""", title="黔南布依族苗族自治州人民政府关于加强农村饮水安全工作的意见", doc_number="黔南府发〔2008〕15号",
     issuers=["黔南布依族苗族自治州人民政府"], issue_date="2008-04-03", region="贵州省黔南布依族苗族自治州",
     admin_level="prefecture", doc_type="意见",
     tasks=[("一", "明确目标任务"), ("一/(一)", "到2010年解决农村饮水不安全人口问题"), ("一/(二)", "建立长效管理机制"),
            ("二", "强化保障措施"), ("二/1", "加大资金投入"), ("二/2", "加强工程管理")])

# 53
case("web_copy_old_county_furniture_source_line", "precision", """当前位置：首页 > 政务公开 > 县政府文件
来源：县政府办　发布时间：2009-03-02　浏览次数：1523　字体：【大 中 小】
城口县人民政府关于加强春季森林防火工作的通知
城府发〔2009〕8号
各乡镇人民政府，县政府各部门：
当前正值春季森林防火关键期，现就有关事项通知如下：
一、强化责任落实
二、严控野外用火
城口县人民政府
二〇〇九年二月二十七日
【打印】【关闭】
""", title="城口县人民政府关于加强春季森林防火工作的通知", notice_title=None, doc_number="城府发〔2009〕8号",
     issuers=["城口县人民政府"], issue_date="2009-02-27", region="重庆市城口县", admin_level="county",
     doc_type="通知", draft=False, tasks=[("一", "强化责任落实"), ("二", "严控野外用火")])

# 54
case("tongbao_old_county_2005", "recall", """永靖县人民政府关于2004年度安全生产工作考核情况的通报
永政发〔2005〕16号
各乡镇人民政府，县直各部门：
根据县政府安排，对各乡镇、各部门2004年度安全生产工作进行了考核。现将考核情况通报如下：
一、考核结果
二、存在的问题
永靖县人民政府
二〇〇五年二月二十二日
""", title="永靖县人民政府关于2004年度安全生产工作考核情况的通报", doc_number="永政发〔2005〕16号",
     issuers=["永靖县人民政府"], issue_date="2005-02-22", region="甘肃省临夏回族自治州永靖县", admin_level="county",
     doc_type="通报")

# 55
case("guojia_jiwei_full_name_central_2000", "recall", """国家发展计划委员会关于做好2000年粮食收购价格工作的通知
计价格〔2000〕88号
各省、自治区、直辖市计委、物价局：
为做好今年粮食收购价格工作，现就有关问题通知如下：
一、合理确定粮食收购价格
二、加强价格监督检查
国家发展计划委员会
二〇〇〇年五月二十九日
""", title="国家发展计划委员会关于做好2000年粮食收购价格工作的通知", notice_title=None, doc_number="计价格〔2000〕88号",
     issuers=["国家发展计划委员会"], issue_date="2000-05-29", region="全国", admin_level="central", doc_type="通知")

# 56
case("cited_dates_and_numbers_in_zhuanfa_lead", "precision", """关于转发国务院办公厅关于做好2008年抗灾救灾工作通知的通知
贵府办发〔2008〕5号
各区、县（市）人民政府，市政府各工作部门：
国务院办公厅于二〇〇八年一月二十五日下发了《关于做好2008年抗灾救灾工作的通知》（国办发明电〔2008〕3号），现转发给你们，请认真贯彻执行。
贵阳市人民政府办公厅
二〇〇八年一月二十八日
""", title="关于做好2008年抗灾救灾工作的通知", notice_title="关于转发国务院办公厅关于做好2008年抗灾救灾工作通知的通知",
     doc_number="贵府办发〔2008〕5号", issuers=["贵阳市人民政府办公厅"], issue_date="2008-01-28",
     region="贵州省贵阳市", admin_level="prefecture", doc_type="通知", draft=False, tasks=[])

# 57
case("guiding_articles_no_chapters_ministry_order", "recall", """中华人民共和国农业部令
第38号
《农作物种子质量纠纷田间现场鉴定办法》已于2003年7月8日经农业部第17次常务会议审议通过，现予公布，自2003年9月1日起施行。
部长　杜青林
二〇〇三年七月八日
农作物种子质量纠纷田间现场鉴定办法
第一条　为了规范农作物种子质量纠纷田间现场鉴定程序，制定本办法。
第二条　本办法所称现场鉴定，是指田间现场技术鉴定。
""", title="农作物种子质量纠纷田间现场鉴定办法", doc_number="农业部令第38号", issuers=["农业部"],
     issue_date="2003-07-08", region="全国", admin_level="central", doc_type="办法",
     tasks=[("第一条", "为了规范农作物种子质量纠纷田间现场鉴定程序，制定本办法"), ("第二条", "本办法所称现场鉴定，是指田间现场技术鉴定")])

# 58
case("township_town_government_2012", "recall", """沙湾县乌兰乌苏镇人民政府关于做好2012年春耕生产工作的通知
乌镇政发〔2012〕6号
各村民委员会，镇属各单位：
为做好今年春耕生产工作，现就有关事项通知如下：
一、抓好农资供应
二、搞好技术服务
沙湾县乌兰乌苏镇人民政府
2012年3月10日
""", title="沙湾县乌兰乌苏镇人民政府关于做好2012年春耕生产工作的通知", doc_number="乌镇政发〔2012〕6号",
     issuers=["新疆维吾尔自治区塔城地区沙湾县乌兰乌苏镇人民政府"], issue_date="2012-03-10",
     region="新疆维吾尔自治区塔城地区沙湾县乌兰乌苏镇", admin_level="township", doc_type="通知")

# 59
case("jiwei_jingmaowei_signature_with_seal_words", "precision", """关于下达2001年全省技术改造投资计划的通知
吉计投资〔2001〕210号
各市（州）计委、经贸委，省直有关部门：
根据国家计委、国家经贸委有关规定，现将2001年全省技术改造投资计划下达给你们，请认真组织实施。
一、计划安排
二、有关要求
吉林省发展计划委员会　　吉林省经济贸易委员会
二〇〇一年六月五日
""", title="关于下达2001年全省技术改造投资计划的通知", notice_title=None, doc_number="吉计投资〔2001〕210号",
     issuers=["吉林省发展计划委员会", "吉林省经济贸易委员会"], issue_date="2001-06-05", region="吉林省",
     admin_level="province", doc_type="通知", draft=False, tasks=[("一", "计划安排"), ("二", "有关要求")])

# 60
case("two_digit_year_number_1996_province", "recall", """湖北省人民政府关于加强耕地保护工作的通知
鄂政发〔96〕45号
各市、州、县人民政府，省政府各部门：
为切实保护耕地，现就有关问题通知如下：
一、严格控制非农业建设占用耕地
二、加强土地开发整理
湖北省人民政府
一九九六年六月十八日
""", title="湖北省人民政府关于加强耕地保护工作的通知", doc_number="鄂政发〔96〕45号", issuers=["湖北省人民政府"],
     issue_date="1996-06-18", region="湖北省", admin_level="province", doc_type="通知")

# 61
case("unbracketed_year_nian_number_county", "recall", """松潘县人民政府关于加强旅游市场管理的通知
松府发2003年15号
各乡镇人民政府，县级各部门：
为规范旅游市场秩序，现就有关事项通知如下：
一、加强旅游从业人员管理
二、规范旅游商品经营
松潘县人民政府
二〇〇三年五月二十日
""", title="松潘县人民政府关于加强旅游市场管理的通知", doc_number="松府发2003年15号", issuers=["松潘县人民政府"],
     issue_date="2003-05-20", region="四川省阿坝藏族羌族自治州松潘县", admin_level="county", doc_type="通知")

# 62
case("date_no_ri_in_body_not_signature", "precision", """乐山市人民政府关于做好2004年度征兵工作的通知
乐府发〔2004〕33号
各县（市、区）人民政府，市级各部门：
今年征兵工作从二〇〇四年十月十五开始，至十二月三十一日结束。现就有关事项通知如下：
一、严格兵员条件
二、加强组织领导
乐山市人民政府
二〇〇四年九月二十日
""", title="乐山市人民政府关于做好2004年度征兵工作的通知", notice_title=None, doc_number="乐府发〔2004〕33号",
     issuers=["乐山市人民政府"], issue_date="2004-09-20", region="四川省乐山市", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "严格兵员条件"), ("二", "加强组织领导")])


# --- wave 3: central notices whose title or page names a province; organs of their time; genre suffixes --------
# 63
case("central_title_names_province_ruogan_yijian", "precision", """国务院关于进一步促进宁夏经济社会发展的若干意见
国发〔2008〕29号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为进一步促进宁夏经济社会发展，现提出以下意见：
一、充分认识促进宁夏经济社会发展的重要意义
二、总体要求和发展目标
国务院
二〇〇八年九月七日
""", title="国务院关于进一步促进宁夏经济社会发展的若干意见", notice_title=None, doc_number="国发〔2008〕29号",
     issuers=["国务院"], issue_date="2008-09-07", region="全国", admin_level="central", doc_type="意见", draft=False,
     tasks=[("一", "充分认识促进宁夏经济社会发展的重要意义"), ("二", "总体要求和发展目标")])

# 64
case("central_pifu_to_province_title_names_it", "precision", """国务院关于同意广西壮族自治区调整南宁市部分行政区划的批复
国函〔2004〕88号
广西壮族自治区人民政府：
你区《关于调整南宁市部分行政区划的请示》（桂政报〔2004〕30号）收悉。现批复如下：
一、同意撤销邕宁县，设立南宁市邕宁区。
二、所需人员编制由你区自行解决。
国务院
二〇〇四年十一月二日
""", title="国务院关于同意广西壮族自治区调整南宁市部分行政区划的批复", notice_title=None, doc_number="国函〔2004〕88号",
     issuers=["国务院"], issue_date="2004-11-02", region="全国", admin_level="central", doc_type="批复", draft=False,
     tasks=[("一", "同意撤销邕宁县，设立南宁市邕宁区"), ("二", "所需人员编制由你区自行解决")])

# 65
case("central_copy_on_province_portal", "precision", """甘肃省人民政府门户网站 > 信息公开 > 转载文件
来源：中国政府网　发布时间：2006-03-15
国务院关于解决农民工问题的若干意见
国发〔2006〕5号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为统筹城乡发展，保障农民工合法权益，现就解决农民工问题提出如下意见：
一、充分认识解决好农民工问题的重大意义
二、做好农民工工作的指导思想和基本原则
国务院
二〇〇六年一月三十一日
【关闭】【打印】
""", title="国务院关于解决农民工问题的若干意见", notice_title=None, doc_number="国发〔2006〕5号", issuers=["国务院"],
     issue_date="2006-01-31", region="全国", admin_level="central", doc_type="意见", draft=False,
     tasks=[("一", "充分认识解决好农民工问题的重大意义"), ("二", "做好农民工工作的指导思想和基本原则")])

# 66
case("central_copy_on_city_portal_meta_table", "precision", """索引号：11530100/2007-00231
发布机构：昆明市人民政府办公厅
公开日期：2007-08-20
标题：国务院关于在全国建立农村最低生活保障制度的通知
国务院关于在全国建立农村最低生活保障制度的通知
国发〔2007〕19号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为贯彻落实党的十六届六中全会精神，国务院决定，2007年在全国建立农村最低生活保障制度。现就有关问题通知如下：
一、充分认识建立农村最低生活保障制度的重要意义
二、明确建立农村最低生活保障制度的目标和总体要求
国务院
二〇〇七年七月十一日
""", title="国务院关于在全国建立农村最低生活保障制度的通知", notice_title=None, doc_number="国发〔2007〕19号",
     issuers=["国务院"], issue_date="2007-07-11", region="全国", admin_level="central", doc_type="通知", draft=False,
     tasks=[("一", "充分认识建立农村最低生活保障制度的重要意义"), ("二", "明确建立农村最低生活保障制度的目标和总体要求")])

# 67
case("labour_social_security_ministry_2003", "recall", """劳动和社会保障部关于农民工参加工伤保险有关问题的通知
劳社部发〔2004〕18号
各省、自治区、直辖市劳动和社会保障厅（局）：
为维护农民工的工伤保险权益，现就有关问题通知如下：
一、各级劳动保障部门要统一思想。
二、农民工参加工伤保险，依法享受工伤保险待遇。
劳动和社会保障部
二〇〇四年六月一日
""", title="劳动和社会保障部关于农民工参加工伤保险有关问题的通知", doc_number="劳社部发〔2004〕18号",
     issuers=["劳动和社会保障部"], issue_date="2004-06-01", region="全国", admin_level="central", doc_type="通知")

# 68
case("environment_administration_2005_short_title", "recall", """国家环保总局关于加强环境影响评价管理防范环境风险的通知
环发〔2005〕152号
各省、自治区、直辖市环境保护局（厅）：
为加强环境影响评价管理，现就有关事项通知如下：
一、各级环保部门要高度重视环境风险防范工作。
二、严格建设项目环境影响评价。
国家环境保护总局
二〇〇五年十二月十五日
""", title="国家环保总局关于加强环境影响评价管理防范环境风险的通知", doc_number="环发〔2005〕152号",
     issuers=["国家环境保护总局"], issue_date="2005-12-15", region="全国", admin_level="central", doc_type="通知")

# 69
case("central_excerpt_no_title_addressee_start", "recall", """各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为加强安全生产工作，现就有关问题通知如下：
一、强化安全生产责任
二、加大隐患排查治理力度
国务院
二〇〇四年一月九日
""", issuers=["国务院"], issue_date="2004-01-09", region="全国", admin_level="central", doc_type="通知",
     notice_title=None, doc_number=None, tasks=[("一", "强化安全生产责任"), ("二", "加大隐患排查治理力度")])

# 70
case("central_excerpt_no_signature_addressee_only", "recall", """各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为进一步做好普通高等学校毕业生就业工作，现提出如下意见：
一、鼓励毕业生到基层就业
二、加强就业指导服务
""", issuers=[], region="全国", admin_level="central", doc_type="意见", notice_title=None, doc_number=None,
     tasks=[("一", "鼓励毕业生到基层就业"), ("二", "加强就业指导服务")])

# 71
case("central_leading_group_office_2008", "recall", """国务院扶贫开发领导小组办公室关于做好2008年扶贫开发工作的通知
国开办发〔2008〕12号
各省、自治区、直辖市扶贫办（局）：
为做好今年扶贫开发工作，现将有关事项通知如下：
一、抓好整村推进
二、加强劳动力转移培训
国务院扶贫开发领导小组办公室
二〇〇八年三月四日
""", title="国务院扶贫开发领导小组办公室关于做好2008年扶贫开发工作的通知", doc_number="国开办发〔2008〕12号",
     issuers=["国务院扶贫开发领导小组办公室"], issue_date="2008-03-04", region="全国", admin_level="central",
     doc_type="通知")

# 72
case("national_committee_aiweihui_2010", "recall", """全国爱国卫生运动委员会关于开展城乡环境卫生整洁行动的通知
全爱卫发〔2010〕3号
各省、自治区、直辖市爱卫会，新疆生产建设兵团爱卫会：
为改善城乡环境卫生面貌，全国爱卫会决定开展城乡环境卫生整洁行动。现将有关事项通知如下：
一、行动目标
二、主要任务
全国爱国卫生运动委员会
二〇一〇年三月二十二日
""", title="全国爱国卫生运动委员会关于开展城乡环境卫生整洁行动的通知", doc_number="全爱卫发〔2010〕3号",
     issuers=["全国爱国卫生运动委员会"], issue_date="2010-03-22", region="全国", admin_level="central",
     doc_type="通知")

# 73
case("ndrc_short_title_full_signature_2005", "recall", """国家发展改革委关于做好2005年粮食最低收购价执行工作的通知
发改经贸〔2005〕1024号
各省、自治区、直辖市发展改革委、粮食局：
为做好今年粮食最低收购价执行工作，现就有关问题通知如下：
一、严格执行最低收购价政策
二、加强监督检查
国家发展和改革委员会
二〇〇五年六月十日
""", title="国家发展改革委关于做好2005年粮食最低收购价执行工作的通知", doc_number="发改经贸〔2005〕1024号",
     issuers=["国家发展和改革委员会"], issue_date="2005-06-10", region="全国", admin_level="central", doc_type="通知")

# 74
case("bank_regulator_pbc_joint_2007", "recall", """中国银行业监督管理委员会　中国人民银行关于加强农村金融服务的通知
银监发〔2007〕67号
各银监局，中国人民银行各分行、营业管理部：
为加强农村金融服务，现将有关事项通知如下：
一、加大涉农信贷投放
二、创新农村金融产品
中国银行业监督管理委员会　中国人民银行
二〇〇七年八月六日
""", title="中国银行业监督管理委员会中国人民银行关于加强农村金融服务的通知", doc_number="银监发〔2007〕67号",
     issuers=["中国银行业监督管理委员会", "中国人民银行"], issue_date="2007-08-06", region="全国",
     admin_level="central", doc_type="通知")

# 75
case("province_banfa_shixing_suffix_2019", "recall", """甘肃省农村集体经济组织财务管理办法（试行）
甘农财发〔2019〕3号
第一条　为规范农村集体经济组织财务管理，制定本办法。
第二条　本办法适用于全省农村集体经济组织。
甘肃省农业农村厅
2019年1月15日
""", title="甘肃省农村集体经济组织财务管理办法（试行）", notice_title=None, doc_number="甘农财发〔2019〕3号",
     issuers=["甘肃省农业农村厅"], issue_date="2019-01-15", region="甘肃省", admin_level="province", doc_type="办法")

# 76
case("province_ruogan_cuoshi_2020", "recall", """广西壮族自治区人民政府办公厅关于促进消费扩容提质的若干措施
桂政办发〔2020〕38号
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
为促进消费扩容提质，经自治区人民政府同意，现提出以下措施：
一、促进汽车消费
二、扩大服务消费
广西壮族自治区人民政府办公厅
2020年6月9日
""", title="广西壮族自治区人民政府办公厅关于促进消费扩容提质的若干措施", notice_title=None, doc_number="桂政办发〔2020〕38号",
     issuers=["广西壮族自治区人民政府办公厅"], issue_date="2020-06-09", region="广西壮族自治区", admin_level="province",
     doc_type="措施")

# 77
case("province_yinfa_plan_with_year_period_2021", "recall", """海南省人民政府关于印发海南省“十四五”综合交通运输规划（2021—2025年）的通知
琼府〔2021〕35号
各市、县、自治县人民政府，省政府直属各单位：
现将《海南省“十四五”综合交通运输规划（2021—2025年）》印发给你们，请认真贯彻执行。
海南省人民政府
2021年7月21日
海南省“十四五”综合交通运输规划（2021—2025年）
一、发展基础
二、总体要求
""", title="海南省“十四五”综合交通运输规划（2021—2025年）",
     notice_title="关于印发海南省“十四五”综合交通运输规划（2021—2025年）的通知", doc_number="琼府〔2021〕35号",
     issuers=["海南省人民政府"], issue_date="2021-07-21", region="海南省", admin_level="province", doc_type="规划")

# 78
case("province_xize_implementation_2019_xiuding", "recall", """西藏自治区实施《中华人民共和国森林法》细则（2019年修订）
第一条　根据《中华人民共和国森林法》，结合自治区实际，制定本细则。
第二条　自治区林业和草原局主管全区林业工作。
西藏自治区人民政府
2019年9月2日
""", title="西藏自治区实施《中华人民共和国森林法》细则（2019年修订）", notice_title=None,
     issuers=["西藏自治区人民政府"], issue_date="2019-09-02", region="西藏自治区", admin_level="province", doc_type="细则")

# 79
case("province_notice_title_mentions_central_organ", "precision", """湖南省人民政府关于贯彻落实国务院关于加强地方政府性债务管理意见的实施意见
湘政发〔2015〕15号
各市州、县市区人民政府，省政府各厅委、各直属机构：
为贯彻落实《国务院关于加强地方政府性债务管理的意见》（国发〔2014〕43号），现提出如下实施意见：
一、总体要求
二、主要任务
湖南省人民政府
2015年4月22日
""", title="湖南省人民政府关于贯彻落实国务院关于加强地方政府性债务管理意见的实施意见", notice_title=None,
     doc_number="湘政发〔2015〕15号", issuers=["湖南省人民政府"], issue_date="2015-04-22", region="湖南省",
     admin_level="province", doc_type="实施意见", draft=False, tasks=[("一", "总体要求"), ("二", "主要任务")])

# 80
case("province_notice_of_central_via_zhuanfa_no_guan_yu", "precision", """黑龙江省人民政府转发国务院关于进一步加强食品安全工作决定的通知
黑政发〔2005〕3号
各市（地）、县（市）人民政府（行署），省政府各直属单位：
现将《国务院关于进一步加强食品安全工作的决定》（国发〔2004〕23号）转发给你们，请结合实际认真贯彻执行。
黑龙江省人民政府
二〇〇五年一月十二日
""", title="国务院关于进一步加强食品安全工作的决定", notice_title="转发国务院关于进一步加强食品安全工作决定的通知",
     doc_number="黑政发〔2005〕3号", issuers=["黑龙江省人民政府"], issue_date="2005-01-12", region="黑龙江省",
     admin_level="province", doc_type="决定", draft=False, tasks=[])


# --- wave 4: old date and 文号 forms, mastheads, signatures on one line, nested 转发, chapter/section numbering ------
# 81
case("yuanyue_january_date", "recall", """吉林省人民政府关于做好春节期间市场供应工作的通知
吉政明电〔1999〕2号
各市州人民政府，长白山保护开发区管委会，省政府各厅委办、各直属机构：
春节将至，为做好节日期间市场供应工作，现就有关事项通知如下：
一、保证主要商品供应
二、加强市场价格监管
吉林省人民政府
一九九九年元月二十日
""", title="吉林省人民政府关于做好春节期间市场供应工作的通知", doc_number="吉政明电〔1999〕2号",
     issuers=["吉林省人民政府"], issue_date="1999-01-20", region="吉林省", admin_level="province", doc_type="通知")

# 82
case("number_with_di_and_masthead_above", "recall", """内蒙古自治区人民政府文件
内政发〔1997〕第36号
内蒙古自治区人民政府关于加快发展畜牧业的决定
各盟行政公署，各市人民政府，自治区各委、办、厅、局：
为加快我区畜牧业发展，特作如下决定：
一、稳定和完善草牧场承包责任制
二、加强草原建设
内蒙古自治区人民政府
一九九七年六月二日
""", title="内蒙古自治区人民政府关于加快发展畜牧业的决定", notice_title=None, doc_number="内政发〔1997〕第36号",
     issuers=["内蒙古自治区人民政府"], issue_date="1997-06-02", region="内蒙古自治区", admin_level="province",
     doc_type="决定", tasks=[("一", "稳定和完善草牧场承包责任制"), ("二", "加强草原建设")])

# 83
case("signature_and_date_on_one_line", "recall", """关于加强城区犬类管理的通告
各街道办事处，区直各部门：
为维护城区市容环境和公共安全，现就加强犬类管理有关事项通告如下：
一、城区实行限养区管理
二、养犬实行登记制度
渝北区人民政府　　　　二〇〇三年四月八日
""", title="关于加强城区犬类管理的通告", notice_title=None, issuers=["重庆市渝北区人民政府"], issue_date="2003-04-08",
     region="重庆市渝北区", admin_level="county", doc_type="通告")

# 84
case("pizhuan_with_guillemets_in_title", "recall", """国务院批转《国家体改委关于1996年经济体制改革要点》的通知
国发〔1996〕12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
国务院同意国家体改委《关于1996年经济体制改革要点》，现转发给你们，请结合实际认真贯彻执行。
国务院
一九九六年三月十五日
""", title="国家体改委关于1996年经济体制改革要点", notice_title="批转《国家体改委关于1996年经济体制改革要点》的通知",
     doc_number="国发〔1996〕12号", issuers=["国务院"], issue_date="1996-03-15", region="全国", admin_level="central",
     doc_type="要点")

# 85
case("zhuanfa_of_zhuanfa_county_2006", "precision", """关于转发市政府办公室转发市财政局关于加强村级财务管理意见的通知
芒政办发〔2006〕18号
各乡镇人民政府，县直各部门：
现将德宏州人民政府办公室转发州财政局《关于加强村级财务管理的意见》转发给你们，请认真贯彻执行。
芒市人民政府办公室
二〇〇六年六月二日
""", notice_title="关于转发市政府办公室转发市财政局关于加强村级财务管理意见的通知", doc_number="芒政办发〔2006〕18号",
     issuers=["芒市人民政府办公室"], issue_date="2006-06-02", region="云南省德宏傣族景颇族自治州芒市",
     admin_level="county", doc_type="意见", draft=False, tasks=[])

# 86
case("chapters_sections_articles", "recall", """宁夏回族自治区城市供水管理办法
（2005年3月1日自治区人民政府令第75号发布）
第一章　总则
第一条　为加强城市供水管理，制定本办法。
第二章　供水水源
第一节　水源保护
第二条　县级以上人民政府应当划定水源保护区。
第二节　水质管理
第三条　供水企业应当建立水质检测制度。
""", title="宁夏回族自治区城市供水管理办法", doc_number="自治区人民政府令第75号", issuers=["宁夏回族自治区人民政府"],
     issue_date="2005-03-01", region="宁夏回族自治区", admin_level="province", doc_type="办法",
     tasks=[("第一章", "总则"), ("第一章/第一条", "为加强城市供水管理，制定本办法"), ("第二章", "供水水源"),
            ("第二章/第一节", "水源保护"), ("第二章/第一节/第二条", "县级以上人民政府应当划定水源保护区"),
            ("第二章/第二节", "水质管理"), ("第二章/第二节/第三条", "供水企业应当建立水质检测制度")])

# 87
case("yishi_numbered_lines_inside_items_not_tasks", "precision", """关于做好2007年农村劳动力转移培训工作的通知
各县（区）劳动和社会保障局：
为做好今年农村劳动力转移培训工作，现将有关事项通知如下：
一、明确培训任务
今年全市计划培训农村劳动力2万人。一是抓好订单培训；二是抓好定向培训；三是抓好创业培训。
二、加强资金管理
培训补贴资金实行专账管理，2007年12月底前拨付到位。
安顺市劳动和社会保障局
二〇〇七年三月十二日
""", title="关于做好2007年农村劳动力转移培训工作的通知", notice_title=None, doc_number=None,
     issuers=["安顺市劳动和社会保障局"], issue_date="2007-03-12", region="贵州省安顺市", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "明确培训任务"), ("二", "加强资金管理")])

# 88
case("numbered_items_mixed_stops_old", "recall", """关于加强中小学校舍安全管理的通知
各区、县（市）教育局：
为加强中小学校舍安全管理，现将有关事项通知如下：
一、建立校舍安全档案
1、全面排查校舍。对全部校舍进行排查。
2、建立档案。做到一校一档。
二、落实维修资金
（1）各地要安排专项资金。
（2）学校要规范使用资金。
银川市教育局
二〇〇四年八月三十日
""", title="关于加强中小学校舍安全管理的通知", issuers=["银川市教育局"], issue_date="2004-08-30",
     region="宁夏回族自治区银川市", admin_level="prefecture", doc_type="通知",
     tasks=[("一", "建立校舍安全档案"), ("一/1", "全面排查校舍"), ("一/2", "建立档案"), ("二", "落实维修资金"),
            ("二/(1)", "各地要安排专项资金"), ("二/(2)", "学校要规范使用资金")])

# 89
case("body_cites_articles_and_years_not_tasks", "precision", """关于贯彻执行《土地管理法》有关问题的通知
各市、县国土资源局：
根据《中华人民共和国土地管理法》第四十七条和《土地管理法实施条例》第二十六条规定，现就有关问题通知如下：
一、征地补偿标准
依照法律第四十七条第二款执行。
二、安置补助费
1998年修订的土地管理法提高了补偿标准。
青海省国土资源厅
二〇〇〇年十月九日
""", title="关于贯彻执行《土地管理法》有关问题的通知", notice_title=None, doc_number=None,
     issuers=["青海省国土资源厅"], issue_date="2000-10-09", region="青海省", admin_level="province", doc_type="通知",
     draft=False, tasks=[("一", "征地补偿标准"), ("二", "安置补助费")])

# 90
case("guiding_zhongban_two_organs_jueding_like_yijian", "recall", """中共中央　国务院关于进一步加强人才工作的决定
中发〔2003〕16号
一、人才工作面临的新形势
二、人才工作的根本任务
中共中央　国务院
二〇〇三年十二月二十六日
""", title="中共中央国务院关于进一步加强人才工作的决定", doc_number="中发〔2003〕16号", issuers=["中共中央", "国务院"],
     issue_date="2003-12-26", region="全国", admin_level="central", doc_type="决定")

# 91
case("old_prefecture_city_renamed_xiangfan_2005", "recall", """襄樊市人民政府关于加快发展县域经济的意见
襄政发〔2005〕10号
各县（市）、区人民政府，市政府各部门：
为加快发展县域经济，现提出如下意见：
一、明确发展目标
二、强化政策扶持
襄樊市人民政府
二〇〇五年三月十日
""", title="襄樊市人民政府关于加快发展县域经济的意见", doc_number="襄政发〔2005〕10号", issuers=["襄樊市人民政府"],
     issue_date="2005-03-10", region="湖北省襄樊市", admin_level="prefecture", doc_type="意见")

# 92
case("economic_commission_prefecture_jingmaowei_2001", "recall", """关于做好2005年工业企业扭亏增盈工作的通知
各县（区）经贸局，市直有关企业：
为做好今年工业企业扭亏增盈工作，现将有关事项通知如下：
一、明确扭亏目标
二、落实扭亏措施
百色市经济贸易委员会
二〇〇五年四月二日
""", title="关于做好2005年工业企业扭亏增盈工作的通知", issuers=["百色市经济贸易委员会"], issue_date="2005-04-02",
     region="广西壮族自治区百色市", admin_level="prefecture", doc_type="通知")


# --- wave 5: no title block (excerpts, web copies cut at the top), region from the document's own organs ----------
# 93
case("excerpt_city_own_organs_woshi", "recall", """……
为进一步加强我市城市管理工作，根据《城市市容和环境卫生管理条例》，结合我市实际，制定本办法。
第一条　本办法适用于本市城市规划区。
第二条　市政府城市管理局负责本办法的组织实施。
第三条　本办法自2010年5月1日起施行。
""", issuers=[], issue_date=None, doc_type="办法", notice_title=None, doc_number=None,
     tasks=[("第一条", "本办法适用于本市城市规划区"), ("第二条", "市政府城市管理局负责本办法的组织实施"),
            ("第三条", "本办法自2010年5月1日起施行")])

# 94
case("excerpt_county_leadin_office_yinfa", "recall", """近日，县委办公室、县政府办公室联合印发了《关于进一步加强农村留守儿童关爱保护工作的实施方案》，现将全文刊发如下。
一、工作目标
二、主要任务
三、保障措施
""", doc_type="实施方案", notice_title=None, doc_number=None, issue_date=None,
     tasks=[("一", "工作目标"), ("二", "主要任务"), ("三", "保障措施")])

# 95
case("web_meta_table_publisher_no_title_block", "recall", """索引号：006939748/2012-00045
发布机构：鹤岗市人民政府办公室
生成日期：2012-04-18
文　　号：鹤政办发〔2012〕21号
各县区人民政府，市政府各委、办、局：
为做好今年春季造林工作，现就有关事项通知如下：
一、明确造林任务
二、加强苗木管理
鹤岗市人民政府办公室
2012年4月18日
""", doc_number="鹤政办发〔2012〕21号", issuers=["鹤岗市人民政府办公室"], issue_date="2012-04-18",
     region="黑龙江省鹤岗市", admin_level="prefecture", doc_type="通知",
     tasks=[("一", "明确造林任务"), ("二", "加强苗木管理")])

# 96
case("excerpt_no_signature_garbled_date_null", "precision", """甘南藏族自治州人民政府关于加强草原鼠害防治工作的通知
各县（市）人民政府，州直各部门：
为做好全州草原鼠害防治工作，现将有关事项通知如下：
一、明确防治任务
二、落实防治经费
2009312
""", title="甘南藏族自治州人民政府关于加强草原鼠害防治工作的通知", notice_title=None, doc_number=None,
     issuers=["甘南藏族自治州人民政府"], issue_date=None, region="甘肃省甘南藏族自治州", admin_level="prefecture",
     doc_type="通知", draft=False, tasks=[("一", "明确防治任务"), ("二", "落实防治经费")])

# 97
case("province_short_jiwei_in_title_full_signature", "recall", """省计委关于下达1999年全省基本建设投资计划的通知
湘计投资〔1999〕155号
各地区行署、各市州计委，省直有关单位：
现将1999年全省基本建设投资计划下达给你们，请认真组织实施。
一、计划安排
二、有关要求
湖南省计划委员会
一九九九年四月十五日
""", title="省计委关于下达1999年全省基本建设投资计划的通知", notice_title=None, doc_number="湘计投资〔1999〕155号",
     issuers=["湖南省计划委员会"], issue_date="1999-04-15", region="湖南省", admin_level="province", doc_type="通知")

# 98
case("xingshu_office_short_prefecture", "recall", """哈密地区行政公署办公室关于做好农村劳动力转移就业工作的通知
哈行办发〔2008〕45号
各县（市）人民政府，地区各有关部门：
为做好农村劳动力转移就业工作，现将有关事项通知如下：
一、加强转移就业培训
二、拓宽转移就业渠道
哈密地区行政公署办公室
二〇〇八年五月八日
""", title="哈密地区行政公署办公室关于做好农村劳动力转移就业工作的通知", doc_number="哈行办发〔2008〕45号",
     issuers=["哈密地区行政公署办公室"], issue_date="2008-05-08", region="新疆维吾尔自治区哈密地区",
     admin_level="prefecture", doc_type="通知")

# 99
case("central_ministry_notice_mentions_city_pilot", "precision", """财政部关于在上海市开展增值税转型试点的通知
财税〔2008〕15号
上海市财政局、国家税务局：
经国务院批准，现就在上海市开展增值税转型试点有关问题通知如下：
一、试点范围
二、试点内容
财政部
二〇〇八年二月二日
""", title="财政部关于在上海市开展增值税转型试点的通知", notice_title=None, doc_number="财税〔2008〕15号",
     issuers=["财政部"], issue_date="2008-02-02", region="全国", admin_level="central", doc_type="通知", draft=False,
     tasks=[("一", "试点范围"), ("二", "试点内容")])

# 100
case("province_department_to_city_pifu", "precision", """四川省人民政府关于成都市城市总体规划的批复
川府函〔2000〕66号
成都市人民政府：
你市《关于报请审批成都市城市总体规划的请示》收悉。经研究，现批复如下：
一、原则同意《成都市城市总体规划》。
二、成都市是四川省省会。
四川省人民政府
二〇〇〇年三月三日
""", title="四川省人民政府关于成都市城市总体规划的批复", notice_title=None, doc_number="川府函〔2000〕66号",
     issuers=["四川省人民政府"], issue_date="2000-03-03", region="四川省", admin_level="province", doc_type="批复",
     draft=False, tasks=[("一", "原则同意《成都市城市总体规划》"), ("二", "成都市是四川省省会")])

# 101
case("county_party_government_joint_yijian_2010", "recall", """中共合水县委　合水县人民政府关于加快发展现代农业的意见
合发〔2010〕5号
各乡镇党委、人民政府，县直各部门：
为加快发展现代农业，现提出如下意见：
一、总体要求
二、重点任务
中共合水县委
合水县人民政府
2010年2月26日
""", title="中共合水县委合水县人民政府关于加快发展现代农业的意见", doc_number="合发〔2010〕5号",
     issuers=["中共合水县委员会", "合水县人民政府"], issue_date="2010-02-26", region="甘肃省庆阳市合水县",
     admin_level="county", doc_type="意见")

# 102
case("town_government_chongqing_county_2015", "recall", """酉阳县龙潭镇人民政府关于做好2015年防汛工作的通知
龙潭府发〔2015〕12号
各村（居）民委员会，镇属各单位：
为做好今年防汛工作，现就有关事项通知如下：
一、落实防汛责任
二、加强隐患排查
酉阳县龙潭镇人民政府
2015年5月6日
""", title="酉阳县龙潭镇人民政府关于做好2015年防汛工作的通知", doc_number="龙潭府发〔2015〕12号",
     issuers=["重庆市酉阳土家族苗族自治县龙潭镇人民政府"], issue_date="2015-05-06",
     region="重庆市酉阳土家族苗族自治县龙潭镇", admin_level="township", doc_type="通知")

# 103
case("leadin_central_offices_excerpt_xinhua_with_date", "recall", """新华社北京11月20日电　近日，中共中央办公厅、国务院办公厅印发了《关于加快推进农业农村改革的若干意见》。
一、深化农村土地制度改革
二、完善农业支持保护制度
""", issuers=["中共中央办公厅", "国务院办公厅"], region="全国", admin_level="central", doc_type="意见", doc_number=None,
     issue_date=None, tasks=[("一", "深化农村土地制度改革"), ("二", "完善农业支持保护制度")])

# 104
case("title_only_genre_trailing_period_shixing", "recall", """关于印发《防城港市农村危房改造实施办法（试行）》的通知
防政办发〔2013〕40号
各县（市、区）人民政府，市直各委、办、局：
《防城港市农村危房改造实施办法（试行）》已经市人民政府同意，现印发给你们，请认真贯彻执行。
防城港市人民政府办公室
2013年6月20日
防城港市农村危房改造实施办法（试行）
第一条　为规范农村危房改造工作，制定本办法。
第二条　本办法适用于本市农村危房改造。
""", title="防城港市农村危房改造实施办法（试行）", notice_title="关于印发《防城港市农村危房改造实施办法（试行）》的通知",
     doc_number="防政办发〔2013〕40号", issuers=["防城港市人民政府办公室"], issue_date="2013-06-20",
     region="广西壮族自治区防城港市", admin_level="prefecture", doc_type="实施办法")


def _norm(v):
    from tests.stress_runners import _normalised

    return _normalised(v)


def mismatches(name: str, text: str, expected: dict) -> dict:
    """{key: (got, want)} for every expected key (metadata keys and `tasks`) the record gets wrong."""
    from pipeline import process_text

    rec = process_text(text, doc_id=name)
    md = rec.metadata
    bad = {}
    for k, v in expected.items():
        if k == "tasks":
            got = [(t.path, t.heading) for t in rec.tasks]
            want = [(p, h) for p, h in v]
            if [(p, _norm(h)) for p, h in got] != [(p, _norm(h)) for p, h in want]:
                bad[k] = (got, want)
        elif _norm(getattr(md, k)) != _norm(v):
            bad[k] = (getattr(md, k), v)
    return bad


def spurious(name: str, text: str, expected: dict) -> int:
    """Items or values the record has that the case does not expect: a metadata key set where null is expected or
    set to a wrong value, and task paths not expected (counted only where the case lists its tasks)."""
    from pipeline import process_text

    rec = process_text(text, doc_id=name)
    n = 0
    for k, v in expected.items():
        if k == "tasks":
            want = {p for p, _ in v}
            n += sum(1 for t in rec.tasks if t.path not in want)
        elif k not in ("draft",):
            got = getattr(rec.metadata, k)
            if got not in (None, [], "") and _norm(got) != _norm(v):
                n += 1 if not isinstance(got, list) else len({_norm(x) for x in got} - {_norm(x) for x in v or []})
    return n


def half(which: str):
    return [c for i, c in enumerate(CASES) if (i % 2 == 0) == (which == "fix")]


def report(which: str, verbose: bool = True) -> tuple[int, int, int, int, int]:
    cases = half(which)
    ok = keys_ok = keys_all = spur = 0
    for name, kind, text, expected in cases:
        bad = mismatches(name, text, expected)
        spur += spurious(name, text, expected)
        keys_all += len(expected)
        keys_ok += len(expected) - len(bad)
        if not bad:
            ok += 1
        elif verbose:
            print("FAIL", kind, name)
            for k, (g, e) in bad.items():
                print(f"    {k}: got {g!r} want {e!r}")
    print(f"{which}: {ok}/{len(cases)} cases, {keys_ok}/{keys_all} keys, spurious {spur}")
    return ok, len(cases), keys_ok, keys_all, spur


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "fix"
    # the HELD half is only counted (its failures are not printed: it is not studied)
    report(which, verbose=(which == "fix"))
