"""(s21-layout) Stress set 2 for metadata: pre-2018 notices of 地区/盟/自治州/county-level cities, 批转 notices,
self-titled 决定 with a 〇-dated signature, titles cut over lines, 主题词 lines, joint department notices, and
precision cases. Expected values written before running. FIX = even positions, HELD = odd."""

M = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level", "doc_type")

CASES = [
# 0 FIX: a 1996 provincial 批转 notice: the forwarded document's name as the notice's text writes it in 《》
("zhejiang_1996_pizhuan", """浙江省人民政府文件
浙政发〔1996〕12号
浙江省人民政府批转省计经委关于加快乡镇企业
技术进步若干意见的通知
各市、县人民政府，省政府直属各单位：
　　省计经委《关于加快乡镇企业技术进步的若干意见》已经省政府同意，现转发给你们，请
认真贯彻执行。
　　　　　　　　　　　　　　　　　　　　　　　　一九九六年三月十五日
关于加快乡镇企业技术进步的若干意见
　　一、提高认识
　　二、主要措施
""", dict(title="关于加快乡镇企业技术进步的若干意见", notice_title="批转省计经委关于加快乡镇企业技术进步若干意见的通知",
          doc_number="浙政发〔1996〕12号", issuers=["浙江省人民政府"], issue_date="1996-03-15",
          region="浙江省", admin_level="province", doc_type="意见")),
# 1 HELD: a 2003 prefecture notice, the title cut over two lines, a 主题词 line and 抄送 after it
("daqing_2003_subject_words", """大庆市人民政府文件
庆政发〔2003〕27号
大庆市人民政府关于印发大庆市城市供水
节约用水管理办法的通知
各县人民政府，各区人民政府，市政府各直属单位：
　　现将《大庆市城市供水节约用水管理办法》印发给你们，请遵照执行。
　　　　　　　　　　　　　　　　　　　　大庆市人民政府
　　　　　　　　　　　　　　　　　　　二〇〇三年六月十日
大庆市城市供水节约用水管理办法
　　第一条　为加强城市供水节约用水管理，制定本办法。
主题词：城乡建设　供水　办法　通知
抄送：市委办公室，市人大常委会办公室，市政协办公室。
大庆市人民政府办公室　　　　　　　　　　2003年6月12日印发
""", dict(title="大庆市城市供水节约用水管理办法", notice_title="关于印发大庆市城市供水节约用水管理办法的通知",
          doc_number="庆政发〔2003〕27号", issuers=["大庆市人民政府"], issue_date="2003-06-10",
          region="黑龙江省大庆市", admin_level="prefecture", doc_type="办法")),
# 2 FIX: a self-titled 决定 of an autonomous region, 文号 with square brackets, a ○-dated signature
("ningxia_2005_decision", """宁夏回族自治区人民政府文件
宁政发[2005]36号
宁夏回族自治区人民政府关于进一步加强安全生产工作的决定
各市、县（区）人民政府，自治区政府各部门、各直属机构：
　　为进一步加强安全生产工作，现作如下决定：
　　一、充分认识安全生产工作的重要性
　　二、落实安全生产责任制
　　　　　　　　　　　　　　　　　　　　宁夏回族自治区人民政府
　　　　　　　　　　　　　　　　　　　　　二○○五年三月十日
""", dict(title="宁夏回族自治区人民政府关于进一步加强安全生产工作的决定", notice_title=None,
          doc_number="宁政发[2005]36号", issuers=["宁夏回族自治区人民政府"], issue_date="2005-03-10",
          region="宁夏回族自治区", admin_level="province", doc_type="决定")),
# 3 HELD: a county-level city of an autonomous prefecture, 2015
("yanji_2015_county_city", """延吉市人民政府办公室关于印发延吉市城市精细化管理实施方案的通知
延市政办发〔2015〕19号
各乡镇人民政府、街道办事处，市政府各部门：
　　经市政府同意，现将《延吉市城市精细化管理实施方案》印发给你们，请认真贯彻执行。
延吉市人民政府办公室
2015年7月3日
延吉市城市精细化管理实施方案
一、总体要求
二、重点任务
""", dict(title="延吉市城市精细化管理实施方案", notice_title="关于印发延吉市城市精细化管理实施方案的通知",
          doc_number="延市政办发〔2015〕19号", issuers=["延吉市人民政府办公室"], issue_date="2015-07-03",
          region="吉林省延边朝鲜族自治州延吉市", admin_level="county", doc_type="实施方案")),
# 4 FIX: a 地区's 行政公署 in 2002
("kashi_2002_prefecture_office", """喀什地区行政公署文件
喀署发〔2002〕21号
喀什地区行政公署关于印发喀什地区农村饮水工程管理办法的通知
各县（市）人民政府，地区各有关部门：
　　现将《喀什地区农村饮水工程管理办法》印发给你们，请遵照执行。
　　　　　　　　　　　　　　　　　　　　喀什地区行政公署
　　　　　　　　　　　　　　　　　　　　二〇〇二年五月二十日
喀什地区农村饮水工程管理办法
　　第一条　为加强农村饮水工程管理，制定本办法。
""", dict(title="喀什地区农村饮水工程管理办法", notice_title="关于印发喀什地区农村饮水工程管理办法的通知",
          doc_number="喀署发〔2002〕21号", issuers=["喀什地区行政公署"], issue_date="2002-05-20",
          region="新疆维吾尔自治区喀什地区", admin_level="prefecture", doc_type="办法")),
# 5 HELD: a 盟's 行政公署办公室 in 2010
("alashan_2010_league", """阿拉善盟行政公署办公室关于印发阿拉善盟禁牧休牧工作实施方案的通知
阿署办发〔2010〕44号
各旗人民政府，盟直各部门：
　　经盟行政公署同意，现将《阿拉善盟禁牧休牧工作实施方案》印发给你们，请认真贯彻落实。
阿拉善盟行政公署办公室
二〇一〇年四月八日
阿拉善盟禁牧休牧工作实施方案
一、指导思想
二、工作任务
""", dict(title="阿拉善盟禁牧休牧工作实施方案", notice_title="关于印发阿拉善盟禁牧休牧工作实施方案的通知",
          doc_number="阿署办发〔2010〕44号", issuers=["阿拉善盟行政公署办公室"], issue_date="2010-04-08",
          region="内蒙古自治区阿拉善盟", admin_level="prefecture", doc_type="实施方案")),
# 6 FIX (precision): a web copy of a prefecture's self-titled 实施意见, page furniture around it
("zunyi_2017_web_self_titled", """遵义市人民政府门户网站
首页 > 政务公开 > 政策文件
遵义市人民政府关于加快推进全域旅游发展的实施意见
发布时间：2017-09-12 16:20　来源：遵义市人民政府办公室　【字体：大 中 小】
遵府发〔2017〕15号
各县、自治县、市、区人民政府，新区管委会，市政府各工作部门：
　　为加快推进全域旅游发展，结合我市实际，提出如下实施意见。
　　一、总体要求
　　二、重点任务
遵义市人民政府
2017年9月5日
【打印本页】【关闭窗口】
""", dict(title="遵义市人民政府关于加快推进全域旅游发展的实施意见", notice_title=None,
          doc_number="遵府发〔2017〕15号", issuers=["遵义市人民政府"], issue_date="2017-09-05",
          region="贵州省遵义市", admin_level="prefecture", doc_type="实施意见")),
# 7 HELD: a 规划 with its period in brackets, a Qinghai prefecture
("haidong_2016_plan_period", """海东市人民政府关于印发海东市“十三五”脱贫攻坚规划（2016—2020年）的通知
东政〔2016〕88号
各县（区）人民政府，市政府各部门：
　　现将《海东市“十三五”脱贫攻坚规划（2016—2020年）》印发给你们，请认真组织实施。
海东市人民政府
2016年10月14日
海东市“十三五”脱贫攻坚规划（2016—2020年）
一、发展基础
二、总体要求
""", dict(title="海东市“十三五”脱贫攻坚规划（2016—2020年）",
          notice_title="关于印发海东市“十三五”脱贫攻坚规划（2016—2020年）的通知",
          doc_number="东政〔2016〕88号", issuers=["海东市人民政府"], issue_date="2016-10-14",
          region="青海省海东市", admin_level="prefecture", doc_type="规划")),
# 8 FIX: two provincial departments issuing jointly, their names on one line with spaces, 2008
("gansu_2008_joint_departments", """甘肃省财政厅　甘肃省农牧厅文件
甘财农〔2008〕45号
甘肃省财政厅　甘肃省农牧厅关于印发甘肃省农业产业化项目资金管理办法的通知
各市、州财政局、农牧局：
　　现将《甘肃省农业产业化项目资金管理办法》印发给你们，请遵照执行。
甘肃省财政厅　　　　　　　　　　甘肃省农牧厅
二〇〇八年七月二十一日
甘肃省农业产业化项目资金管理办法
　　第一条　为规范农业产业化项目资金管理，制定本办法。
""", dict(title="甘肃省农业产业化项目资金管理办法", notice_title="关于印发甘肃省农业产业化项目资金管理办法的通知",
          doc_number="甘财农〔2008〕45号", issuers=["甘肃省财政厅", "甘肃省农牧厅"], issue_date="2008-07-21",
          region="甘肃省", admin_level="province", doc_type="办法")),
# 9 HELD (precision): a Hainan county's notice whose plan names other places and a year in its opening
("qiongzhong_county", """琼中黎族苗族自治县人民政府办公室关于印发琼中县橡胶产业提质增效三年行动方案的通知
琼中府办〔2019〕62号
各乡镇人民政府，县政府直属各单位：
　　经县政府同意，现将《琼中县橡胶产业提质增效三年行动方案》印发给你们，请认真贯彻执行。
琼中黎族苗族自治县人民政府办公室
2019年8月26日
琼中县橡胶产业提质增效三年行动方案
　　为落实海南省2019年橡胶产业工作部署，学习儋州市、白沙黎族自治县经验，制定本方案。
一、工作目标
""", dict(title="琼中县橡胶产业提质增效三年行动方案", notice_title="关于印发琼中县橡胶产业提质增效三年行动方案的通知",
          doc_number="琼中府办〔2019〕62号", issuers=["琼中黎族苗族自治县人民政府办公室"], issue_date="2019-08-26",
          region="海南省琼中黎族苗族自治县", admin_level="county", doc_type="行动方案")),
# 10 FIX: a Chongqing district's town (镇) notice, 2014, with the party committee and the government signing
("chongqing_town_joint_2014", """中共重庆市江津区白沙镇委员会
重庆市江津区白沙镇人民政府
关于印发白沙镇2014年城乡环境综合整治工作方案的通知
白沙委发〔2014〕6号
各村（社区），镇属各单位：
　　现将《白沙镇2014年城乡环境综合整治工作方案》印发给你们，请认真抓好落实。
中共重庆市江津区白沙镇委员会　　重庆市江津区白沙镇人民政府
2014年3月5日
白沙镇2014年城乡环境综合整治工作方案
一、工作目标
""", dict(title="白沙镇2014年城乡环境综合整治工作方案", notice_title="关于印发白沙镇2014年城乡环境综合整治工作方案的通知",
          doc_number="白沙委发〔2014〕6号", issuers=["中共重庆市江津区白沙镇委员会", "重庆市江津区白沙镇人民政府"],
          issue_date="2014-03-05", region="重庆市江津区白沙镇", admin_level="township", doc_type="工作方案")),
# 11 HELD: a 1999 notice of a Guangxi prefecture's 行署 (地区), cut title, 印发 line
("guangxi_1999_prefecture_office", """河池地区行政公署关于印发河池地区
农村合作基金会清理整顿实施办法的通知
河署发〔1999〕31号
各县人民政府，行署各委、办、局：
　　现将《河池地区农村合作基金会清理整顿实施办法》印发给你们，请认真贯彻执行。
　　　　　　　　　　　　　　　　　　　　　　一九九九年九月二日
河池地区农村合作基金会清理整顿实施办法
　　第一条　为做好农村合作基金会清理整顿工作，制定本办法。
抄送：地委办，地区人大工委，地区政协工委。
河池地区行政公署办公室　　　　　　　　1999年9月6日印发
""", dict(title="河池地区农村合作基金会清理整顿实施办法", notice_title="关于印发河池地区农村合作基金会清理整顿实施办法的通知",
          doc_number="河署发〔1999〕31号", issuers=["河池地区行政公署"], issue_date="1999-09-02",
          region="广西壮族自治区河池地区", admin_level="prefecture", doc_type="实施办法")),
]
FIX = CASES[0::2]
HELD = CASES[1::2]

if __name__ == "__main__":
    from meta_runner import main
    from s21layout_cases import run
    main(FIX, HELD, run)
