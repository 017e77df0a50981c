"""(s20-layout) Stress set for the layout and metadata of notices as they reach users: 信息公开 tables with the
label and value in separate cells (white space, no colon), 信息公开目录 records with 内容概述/信息分类/生成日期,
Traditional web copies, 1990s notices with 抄送/印发 lines, notices without a title block; and precision cases
(notices whose metadata is right at BASE and must stay so). Written for session 20, expected values written
before running. FIX = even positions in CASES, HELD = odd positions."""

M = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level")

CASES = [
# 0 FIX: county 信息公开 table, cells separated by spaces, table above the title
("gansu_county_spaced_table", """首页 > 政务公开 > 政府文件
索 引 号    620523-01-2022-000123    主题分类    城乡建设、环境保护
发文机关    甘谷县人民政府办公室    成文日期    2022年06月08日
标    题    甘谷县人民政府办公室关于印发甘谷县农村人居环境整治提升实施方案的通知
文    号    甘政办发〔2022〕45号    发布日期    2022年06月10日
甘谷县人民政府办公室关于印发甘谷县农村人居环境整治提升实施方案的通知
各乡镇人民政府，县直有关部门：
    经县政府同意，现将《甘谷县农村人居环境整治提升实施方案》印发给你们，请认真组织实施。
甘谷县人民政府办公室
2022年6月8日
甘谷县农村人居环境整治提升实施方案
    为持续改善农村人居环境，结合我县实际，制定本方案。
一、工作目标
    到2025年，全县农村卫生厕所普及率达到75%以上。
二、重点任务
    （一）推进农村厕所革命。县农业农村局负责。
""", dict(title="甘谷县农村人居环境整治提升实施方案", notice_title="关于印发甘谷县农村人居环境整治提升实施方案的通知",
          doc_number="甘政办发〔2022〕45号", issuers=["甘谷县人民政府办公室"], issue_date="2022-06-08",
          region="甘肃省天水市甘谷县", admin_level="county")),
# 1 HELD: the same table with ideographic spaces, title above it, no 文号 in the body
("heilongjiang_county_spaced_table", """当前位置：首页 > 信息公开 > 县政府办文件
桦南县人民政府办公室关于印发桦南县城镇老旧小区改造工作方案的通知
发布时间：2021-03-18 09:30    来源：桦南县人民政府办公室    浏览次数：
索引号　　11230822/2021-00087　　发布机构　　桦南县人民政府办公室
文号　　桦政办发〔2021〕9号　　成文日期　　2021年03月15日
标题　　桦南县人民政府办公室关于印发桦南县城镇老旧小区改造工作方案的通知
各乡镇人民政府，县政府各有关部门：
    经县政府同意，现将《桦南县城镇老旧小区改造工作方案》印发给你们，请认真贯彻落实。
桦南县人民政府办公室
2021年3月15日
桦南县城镇老旧小区改造工作方案
    为改善居民居住条件，制定本方案。
一、改造目标
    2021年完成老旧小区改造12个。
""", dict(title="桦南县城镇老旧小区改造工作方案", notice_title="关于印发桦南县城镇老旧小区改造工作方案的通知",
          doc_number="桦政办发〔2021〕9号", issuers=["桦南县人民政府办公室"], issue_date="2021-03-15",
          region="黑龙江省佳木斯市桦南县", admin_level="county")),
# 2 FIX: 信息公开目录 record with 内容概述 (a Guangxi prefecture), title under it, then the page's publishing line
("guangxi_catalog_summary", """百色市人民政府门户网站
当前位置：首页 >> 信息公开 >> 市政府文件
索引号：11451000MB1234567X/2019-00211　　　　信息分类：农业、林业
发布机构：百色市人民政府办公室　　　　生成日期：2019-05-20
文　　号：百政办发〔2019〕17号　　　　主 题 词：芒果　产业
内容概述：明确全市芒果产业发展目标、重点任务和保障措施。
百色市人民政府办公室关于印发百色市芒果产业高质量发展三年行动方案的通知
发布日期：2019-05-24 10:12:05　　信息来源：市政府办公室　　阅读次数：1532
【字体：大 中 小】
百政办发〔2019〕17号
各县（市、区）人民政府，市直各有关单位：
　　经市人民政府同意，现将《百色市芒果产业高质量发展三年行动方案》印发给你们，请认真贯彻执行。
百色市人民政府办公室
2019年5月20日
百色市芒果产业高质量发展三年行动方案
　　为推动全市芒果产业高质量发展，制定本方案。
一、目标任务
　　到2021年，全市芒果种植面积稳定在130万亩。
""", dict(title="百色市芒果产业高质量发展三年行动方案", notice_title="关于印发百色市芒果产业高质量发展三年行动方案的通知",
          doc_number="百政办发〔2019〕17号", issuers=["百色市人民政府办公室"], issue_date="2019-05-20",
          region="广西壮族自治区百色市", admin_level="prefecture")),
# 3 HELD: the same record form (内容概要), a self-titled 实施意见 of a Hainan city
("hainan_catalog_summary", """海口市人民政府网
您现在的位置：首页 > 政务公开 > 市政府文件
索引号：00818850-5/2020-01562　　　　信息分类：城乡建设
发布机构：海口市人民政府　　　　　　生成日期：2020-08-11
文　　号：海府〔2020〕96号　　　　　　主 题 词：老旧小区
内容概要：提出全市城镇老旧小区改造的总体要求、改造内容和保障措施。
海口市人民政府关于全面推进城镇老旧小区改造工作的实施意见
发布日期：2020-08-14 16:20:31　　信息来源：市政府办公厅　　浏览次数：986
【字体：大 中 小】
海府〔2020〕96号
各区人民政府，市政府直属各单位：
　　为全面推进城镇老旧小区改造工作，提出如下实施意见。
一、总体要求
　　到2022年，基本完成2000年底前建成的老旧小区改造任务。
二、保障措施
　　（一）加强组织领导。市住房城乡建设局负责统筹协调。
海口市人民政府
2020年8月11日
""", dict(title="海口市人民政府关于全面推进城镇老旧小区改造工作的实施意见", notice_title=None,
          doc_number="海府〔2020〕96号", issuers=["海口市人民政府"], issue_date="2020-08-11",
          region="海南省海口市", admin_level="prefecture")),
# 4 FIX: 1990s county notice with 抄送 and 印发 lines
("1990s_county_banji", """开阳县人民政府文件
开府发〔1996〕27号
开阳县人民政府关于加强农田水利基本建设的通知
各区、乡（镇）人民政府，县直各部门：
    为搞好今冬明春农田水利基本建设，现就有关事项通知如下：
    一、各区、乡（镇）要把农田水利基本建设列入重要议事日程。
    二、县水电局负责技术指导。
开阳县人民政府
一九九六年十月二十日
抄送：县委办、县人大办、县政协办。
开阳县人民政府办公室　　1996年10月22日印发
""", dict(title="开阳县人民政府关于加强农田水利基本建设的通知", notice_title=None, doc_number="开府发〔1996〕27号",
          issuers=["开阳县人民政府"], issue_date="1996-10-20", region="贵州省贵阳市开阳县", admin_level="county")),
# 5 HELD: 2000s prefecture notice, 主题词 and 抄送/印发 lines after the signature
("2000s_prefecture_banji", """河池地区行政公署文件
河行发〔2001〕15号
河池地区行政公署关于做好2001年春季造林绿化工作的通知
各县（市）人民政府，地直各单位：
    为切实做好今年春季造林绿化工作，现将有关事项通知如下：
    一、全区今年春季完成造林面积20万亩。
    二、地区林业局负责督促检查。
河池地区行政公署
二○○一年二月十二日
主题词：林业　造林　通知
抄送：自治区林业局，地委办公室。
河池地区行政公署办公室　　2001年2月13日印发
""", dict(title="河池地区行政公署关于做好2001年春季造林绿化工作的通知", notice_title=None, doc_number="河行发〔2001〕15号",
          issuers=["河池地区行政公署"], issue_date="2001-02-12", region="广西壮族自治区河池地区", admin_level="prefecture")),
# 6 FIX (precision): a plain county notice whose first paragraph starts like a label word
("precision_plain_county", """永登县人民政府办公室关于做好2023年森林防火工作的通知
永政办发〔2023〕8号
各乡镇人民政府，县直有关单位：
    分类指导、标题明确的森林防火责任制是做好防火工作的基础。现将有关事项通知如下：
    一、县林业和草原局负责全县森林防火的组织协调。
    二、各乡镇要落实包村包片责任。
永登县人民政府办公室
2023年2月10日
""", dict(title="永登县人民政府办公室关于做好2023年森林防火工作的通知", notice_title=None, doc_number="永政办发〔2023〕8号",
          issuers=["永登县人民政府办公室"], issue_date="2023-02-10", region="甘肃省兰州市永登县", admin_level="county")),
# 7 HELD (precision): a web copy with colon labels the pipeline already reads
("precision_web_colon_table", """索引号：000014348/2022-00311
发文机关：南丹县人民政府
成文日期：2022年09月05日
文号：丹政发〔2022〕12号
南丹县人民政府关于印发南丹县锡产业高质量发展实施方案的通知
各乡镇人民政府，县直各单位：
    现将《南丹县锡产业高质量发展实施方案》印发给你们，请认真贯彻执行。
南丹县人民政府
2022年9月5日
南丹县锡产业高质量发展实施方案
    为推动锡产业高质量发展，制定本方案。
一、发展目标
    到2025年，全县锡产业产值达到150亿元。
""", dict(title="南丹县锡产业高质量发展实施方案", notice_title="关于印发南丹县锡产业高质量发展实施方案的通知",
          doc_number="丹政发〔2022〕12号", issuers=["南丹县人民政府"], issue_date="2022-09-05",
          region="广西壮族自治区河池市南丹县", admin_level="county")),
# 8 FIX: a notice whose title block is lost, the lead-in names the plan
("no_title_block_lead_in", """近日，重庆市酉阳土家族苗族自治县人民政府办公室印发了《酉阳县茶叶产业发展实施方案》，全文如下：
酉阳县茶叶产业发展实施方案
    为做大做强茶叶产业，制定本方案。
一、发展目标
    到2025年，全县茶园面积达到30万亩。
二、保障措施
    县农业农村委负责统筹推进。
""", dict(title="酉阳县茶叶产业发展实施方案", notice_title=None, doc_number=None,
          issuers=["重庆市酉阳土家族苗族自治县人民政府办公室"], issue_date=None,
          region="重庆市酉阳土家族苗族自治县", admin_level="county")),
# 9 HELD (precision): a Tibet prefecture notice with a spaced-out signature line
("tibet_spaced_signature", """那曲市人民政府办公室关于进一步加强草原生态保护工作的通知
那政办发〔2021〕33号
各县（区）人民政府，市直各部门：
    为进一步加强草原生态保护，现将有关事项通知如下：
    一、市林业和草原局负责草原监测工作。
    二、各县（区）要落实草原禁牧和草畜平衡制度。
那 曲 市 人 民 政 府 办 公 室
2021年7月16日
""", dict(title="那曲市人民政府办公室关于进一步加强草原生态保护工作的通知", notice_title=None, doc_number="那政办发〔2021〕33号",
          issuers=["那曲市人民政府办公室"], issue_date="2021-07-16", region="西藏自治区那曲市", admin_level="prefecture")),
]
FIX = CASES[0::2]
HELD = CASES[1::2]


def run(cases, show=False):
    from meta_runner import run_keys
    return run_keys(cases, M, show)


if __name__ == "__main__":
    from meta_runner import main
    main(FIX, HELD, run)
