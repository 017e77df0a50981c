"""(s21-layout) Stress set for metadata: notices copied at a fixed line width (pre-2018 PDF/text copies, whose
signature date or 印发 date is cut across two lines), street offices signing with the seal form
(`<区>人民政府<街道>街道办事处`), 旗/盟, 自治州, Tibet, Hainan, Chongqing towns; and precision cases (dates cut in the
body, town governments, complete dates). Expected values written before running. FIX = even positions, HELD = odd."""

M = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level", "doc_type")

CASES = [
# 0 FIX: provincial 2006 notice copied at a fixed width, the signature date cut after 二十
("heilongjiang_wrapped_date", """黑龙江省人民政府办公厅文件
黑政办发〔2006〕15号
黑龙江省人民政府办公厅关于印发黑龙江省农村饮水安全工程建设
管理办法的通知
各市（地）、县（市）人民政府（行署），省政府各直属单位：
　　经省政府同意，现将《黑龙江省农村饮水安全工程建设管理办法》
印发给你们，请认真贯彻执行。
　　　　　　　　　　　　　　　　　　二〇〇六年三月二十
八日
黑龙江省农村饮水安全工程建设管理办法
　　第一条　为加强农村饮水安全工程建设管理，制定本办法。
　　第二条　本办法适用于全省农村饮水安全工程。
抄送：省委各部门，省人大常委会办公厅，省政协办公厅。
黑龙江省人民政府办公厅　　　　　　　　　　2006年3月
30日印发
""", dict(title="黑龙江省农村饮水安全工程建设管理办法", notice_title="关于印发黑龙江省农村饮水安全工程建设管理办法的通知",
          doc_number="黑政办发〔2006〕15号", issuers=["黑龙江省人民政府办公厅"], issue_date="2006-03-28",
          region="黑龙江省", admin_level="province", doc_type="办法")),
# 1 HELD: prefecture 2009 notice, the signature block with the organ, the date cut after 月
("gansu_wrapped_date", """庆阳市人民政府关于印发庆阳市城区集中供热管理暂行办法
的通知
庆政发〔2009〕88号
各县（区）人民政府，市政府各部门：
　　现将《庆阳市城区集中供热管理暂行办法》印发给你们，请遵照
执行。
　　　　　　　　　　　　　　　　　　　　庆阳市人民政府
　　　　　　　　　　　　　　　　　　　二〇〇九年十一月
五日
庆阳市城区集中供热管理暂行办法
　　第一条　为规范城区集中供热管理，制定本办法。
""", dict(title="庆阳市城区集中供热管理暂行办法", notice_title="关于印发庆阳市城区集中供热管理暂行办法的通知",
          doc_number="庆政发〔2009〕88号", issuers=["庆阳市人民政府"], issue_date="2009-11-05",
          region="甘肃省庆阳市", admin_level="prefecture", doc_type="办法")),
# 2 FIX: a Shanghai street office signing with its seal form
("shanghai_street_seal", """关于印发《外滩街道2022年垃圾分类工作实施方案》的通知
外街〔2022〕12号
各居民区党总支、居委会，街道各科室：
　　现将《外滩街道2022年垃圾分类工作实施方案》印发给你们，请结合实际认真落实。
上海市黄浦区人民政府外滩街道办事处
2022年3月9日
外滩街道2022年垃圾分类工作实施方案
一、工作目标
　　居民区垃圾分类达标率保持100%。
二、主要任务
　　（一）加强分类投放管理。
""", dict(title="外滩街道2022年垃圾分类工作实施方案", notice_title="关于印发《外滩街道2022年垃圾分类工作实施方案》的通知",
          doc_number="外街〔2022〕12号", issuers=["上海市黄浦区外滩街道办事处"], issue_date="2022-03-09",
          region="上海市黄浦区外滩街道", admin_level="township", doc_type="实施方案")),
# 3 HELD: a Tianjin street office, party working committee and office signing together in seal form
("tianjin_street_seal_joint", """中共天津市河西区友谊路街道工作委员会
天津市河西区人民政府友谊路街道办事处
关于印发友谊路街道老旧小区物业管理提升工作方案的通知
各社区党委、居委会，街道各部门：
　　现将《友谊路街道老旧小区物业管理提升工作方案》印发给你们，请认真抓好落实。
中共天津市河西区友谊路街道工作委员会　　天津市河西区人民政府友谊路街道办事处
2021年8月12日
友谊路街道老旧小区物业管理提升工作方案
一、工作目标
二、工作措施
""", dict(title="友谊路街道老旧小区物业管理提升工作方案", notice_title="关于印发友谊路街道老旧小区物业管理提升工作方案的通知",
          doc_number=None, issuers=["中共天津市河西区友谊路街道工作委员会", "天津市河西区友谊路街道办事处"],
          issue_date="2021-08-12", region="天津市河西区友谊路街道", admin_level="township", doc_type="工作方案")),
# 4 FIX (precision): a county notice at a fixed width whose body cuts dates across lines; signature date whole
("guangxi_county_body_cuts", """阳朔县人民政府办公室关于印发阳朔县农村生活垃圾治理工作方案
的通知
阳政办发〔2016〕21号
各乡镇人民政府，县直各有关单位：
　　经县人民政府同意，现将《阳朔县农村生活垃圾治理工作方案》印
发给你们，请认真组织实施。
　　　　　　　　　　　　　　　　　　阳朔县人民政府办公室
　　　　　　　　　　　　　　　　　　　2016年5月16日
阳朔县农村生活垃圾治理工作方案
　　一、工作目标
　　到2017年
底，全县90%以上的行政村生活垃圾得到有效治理。2016年6月
20日前完成各乡镇保洁队伍组建。
　　二、工作措施
""", dict(title="阳朔县农村生活垃圾治理工作方案", notice_title="关于印发阳朔县农村生活垃圾治理工作方案的通知",
          doc_number="阳政办发〔2016〕21号", issuers=["阳朔县人民政府办公室"], issue_date="2016-05-16",
          region="广西壮族自治区桂林市阳朔县", admin_level="county", doc_type="工作方案")),
# 5 HELD (precision): a Chongqing autonomous county's town government: no 人民政府 to drop
("chongqing_town", """重庆市石柱土家族自治县西沱镇人民政府
关于印发西沱镇2023年森林防火工作方案的通知
西沱府发〔2023〕7号
各村（居）民委员会，镇属各单位：
　　现将《西沱镇2023年森林防火工作方案》印发给你们，请认真贯彻执行。
石柱土家族自治县西沱镇人民政府
2023年2月20日
西沱镇2023年森林防火工作方案
一、工作目标
二、工作措施
""", dict(title="西沱镇2023年森林防火工作方案", notice_title="关于印发西沱镇2023年森林防火工作方案的通知",
          doc_number="西沱府发〔2023〕7号", issuers=["石柱土家族自治县西沱镇人民政府"], issue_date="2023-02-20",
          region="重庆市石柱土家族自治县西沱镇", admin_level="township", doc_type="工作方案")),
# 6 FIX: Inner Mongolia banner web copy, 印发 date cut in the 版记, no signature date
("neimenggu_banner_printed", """正蓝旗人民政府办公室关于印发正蓝旗草原防火工作方案的通知
正政办发〔2012〕31号
各苏木镇人民政府，旗直各有关部门：
　　经旗人民政府同意，现将《正蓝旗草原防火工作方案》印发给你们，请
认真贯彻落实。
正蓝旗草原防火工作方案
　　一、指导思想
　　二、工作任务
抄送：旗委办，人大办，政协办。
正蓝旗人民政府办公室　　　　　　　　　　2012年4
月6日印发
""", dict(title="正蓝旗草原防火工作方案", notice_title="关于印发正蓝旗草原防火工作方案的通知",
          doc_number="正政办发〔2012〕31号", issuers=["正蓝旗人民政府办公室"], issue_date="2012-04-06",
          region="内蒙古自治区锡林郭勒盟正蓝旗", admin_level="county", doc_type="工作方案")),
# 7 HELD: autonomous prefecture 2007, the day's number itself cut across lines
("yunnan_zizhizhou_wrapped", """红河州人民政府文件
红政发〔2007〕102号
红河哈尼族彝族自治州人民政府关于印发红河州农村公路养护管理办
法的通知
各县（市）人民政府，州直各委、办、局：
　　现将《红河州农村公路养护管理办法》印发给你们，请认真贯彻执
行。
　　　　　　　　　　　　　　　　　　　　　　　　二〇〇七年八月
十六日
红河州农村公路养护管理办法
　　第一条　为加强农村公路养护管理，制定本办法。
""", dict(title="红河州农村公路养护管理办法", notice_title="关于印发红河州农村公路养护管理办法的通知",
          doc_number="红政发〔2007〕102号", issuers=["红河哈尼族彝族自治州人民政府"], issue_date="2007-08-16",
          region="云南省红河哈尼族彝族自治州", admin_level="prefecture", doc_type="办法")),
# 8 FIX (precision): signature date whole, 版记 印发 date cut: the signature's date stands
("hainan_printed_cut_signed", """三亚市人民政府办公室关于印发三亚市城市道路挖掘管理规定的通知
三府办〔2010〕56号
各区人民政府，市政府直属各单位：
　　《三亚市城市道路挖掘管理规定》已经市政府同意，现印发给你们，请遵照执行。
三亚市人民政府办公室
二〇一〇年四月九日
三亚市城市道路挖掘管理规定
　　第一条　为加强城市道路挖掘管理，制定本规定。
抄送：市委办公室，市人大常委会办公室，市政协办公室。
三亚市人民政府办公室　　　　　　　　　　2010年4月
12日印发
""", dict(title="三亚市城市道路挖掘管理规定", notice_title="关于印发三亚市城市道路挖掘管理规定的通知",
          doc_number="三府办〔2010〕56号", issuers=["三亚市人民政府办公室"], issue_date="2010-04-09",
          region="海南省三亚市", admin_level="prefecture", doc_type="规定")),
# 9 HELD: a Lhasa street office in seal form, web copy with furniture
("lhasa_street_seal_web", """拉萨市城关区人民政府
首页 > 政务公开 > 通知公告
关于印发八廓街道2020年创建民族团结进步示范街道工作方案的通知
发布时间：2020-05-11　　来源：八廓街道　　【打印】【关闭】
各社区居委会，街道各科室：
　　现将《八廓街道2020年创建民族团结进步示范街道工作方案》印发给你们，请认真贯彻落实。
拉萨市城关区人民政府八廓街道办事处
2020年5月8日
八廓街道2020年创建民族团结进步示范街道工作方案
一、工作目标
二、主要任务
【打印本页】　【关闭窗口】
""", dict(title="八廓街道2020年创建民族团结进步示范街道工作方案",
          notice_title="关于印发八廓街道2020年创建民族团结进步示范街道工作方案的通知",
          doc_number=None, issuers=["拉萨市城关区八廓街道办事处"], issue_date="2020-05-08",
          region="西藏自治区拉萨市城关区八廓街道", admin_level="township", doc_type="工作方案")),
# 10 FIX (precision): a county's own 街道 as a department in the body, the county government signs
("sichuan_county_gov", """关于印发蓬溪县城区背街小巷整治工作方案的通知
蓬府发〔2019〕12号
各乡镇人民政府，赤城街道办事处，县级各部门：
　　现将《蓬溪县城区背街小巷整治工作方案》印发给你们，请认真贯彻执行。
蓬溪县人民政府
2019年6月3日
蓬溪县城区背街小巷整治工作方案
一、工作目标
　　县人民政府赤城街道办事处负责辖区整治。
二、工作措施
""", dict(title="蓬溪县城区背街小巷整治工作方案", notice_title="关于印发蓬溪县城区背街小巷整治工作方案的通知",
          doc_number="蓬府发〔2019〕12号", issuers=["蓬溪县人民政府"], issue_date="2019-06-03",
          region="四川省遂宁市蓬溪县", admin_level="county", doc_type="工作方案")),
# 11 HELD (precision): 1998 notice, signature date on one line followed by a short line of a sentence
("hubei_1998_whole_date", """湖北省人民政府办公厅关于印发湖北省乡镇企业
环境保护管理办法的通知
鄂政办发〔1998〕47号
各市、州、县人民政府，省政府各部门：
　　经省人民政府同意，现将《湖北省乡镇企业环境保护管理办法》印发给
你们，请遵照执行。
　　　　　　　　　　　　　　　　　　　　　　一九九八年五月六日
湖北省乡镇企业环境保护管理办法
　　第一条　为加强乡镇企业环境保护管理，根据国家有关规定，制定本
办法。
""", dict(title="湖北省乡镇企业环境保护管理办法", notice_title="关于印发湖北省乡镇企业环境保护管理办法的通知",
          doc_number="鄂政办发〔1998〕47号", issuers=["湖北省人民政府办公厅"], issue_date="1998-05-06",
          region="湖北省", admin_level="province", doc_type="办法")),
]
FIX = CASES[0::2]
HELD = CASES[1::2]


def run(cases, show=False):
    from meta_runner import run_keys
    return run_keys(cases, M, show)


if __name__ == "__main__":
    from meta_runner import main
    main(FIX, HELD, run)
