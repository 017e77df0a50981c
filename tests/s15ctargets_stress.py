"""Stress set of session 15c (helper s15c-targets): targets PRECISION. Realistic notices written for this file in the
style of provinces, levels and eras not in the dev corpus, full of numbers a labeller following spec 1.1 §7 leaves out
(achievements and background, statistics of 解读 paragraphs, existing programmes, eligibility conditions, fines, time
limits, fees quoted as facts, phone numbers, addresses, cited titles, ranks and ordinals) beside ones that are in.
Expectations written before running: (value, unit, comparator, per_year, year_start, year_end, task).
Run `python3 tests/s15ctargets_stress.py` from the worktree root."""
from __future__ import annotations

# fmt: off
DOCS: list[tuple[str, str, list[tuple]]] = []


def doc(name: str, text: str, expected: list[tuple]) -> None:
    DOCS.append((name, text, expected))


# 1. provincial plan: preamble achievements (已建成, 累计, 较上年增长, 截至目前, 2023年全省实现…) then goals
doc("prov-achievements-then-goals", """甘肃省加快推进新能源产业发展实施方案
近年来，我省新能源产业发展成效明显。截至目前，全省已建成风电装机2600万千瓦，累计完成投资1800亿元。2023年全省实现新能源发电量520亿千瓦时，较上年增长18.6%。
为进一步推动新能源产业高质量发展，制定本方案。
一、主要目标
到2025年，全省新能源装机规模达到8000万千瓦以上，新能源产业产值突破3000亿元。
二、重点任务
（一）建设大型风光基地。新建风光电项目装机1000万千瓦。目前已有12个项目开工建设。
（二）完善配套政策。落实我省已出台的28项支持新能源发展的优惠政策。
""", [
    (8e7, "千瓦", ">=", False, None, 2025, "一"),
    (3e11, "元", ">", False, None, 2025, "一"),
    (1e7, "千瓦", "=", False, None, None, "二/(一)"),
])

# 2. a prefecture's support measures: eligibility conditions beside amounts provided
doc("pref-eligibility-conditions", """关于支持中小微企业稳岗扩岗的若干措施
各县（市、区）人民政府，市政府各部门：
一、对年营业收入2000万元以上的企业，新招用高校毕业生签订1年以上劳动合同的，按每人1500元给予一次性扩岗补助。
二、对注册资本不低于500万元、连续缴纳社保满12个月的科技型企业，给予最高不超过30万元的研发补助。
三、对吸纳脱贫人口就业10人以上的就业帮扶车间，每个给予5万元奖补。
四、全年新增城镇就业4.5万人，城镇调查失业率控制在5.5%以内。
""", [
    (1500, "元", "=", False, None, None, "一"),
    (300000, "元", "<=", False, None, None, "二"),
    (50000, "元", "=", False, None, None, "三"),
    (45000, "人", "=", False, None, None, "四"),
    (5.5, "%", "<=", False, None, None, "四"),
])

# 3. article-form provincial regulation: fines, time limits, fees as facts
doc("prov-regulation-fines", """河北省城市绿化管理条例
第一条 为了促进城市绿化事业发展，改善生态环境，制定本条例。
第二条 新建居住区绿地率不得低于30%，旧城改造区绿地率不得低于25%。
第三条 申请临时占用城市绿地的，城市绿化主管部门应当自受理申请之日起15个工作日内作出决定。临时占用期限不得超过1年。
第四条 违反本条例规定，擅自砍伐城市树木的，由城市绿化主管部门责令停止侵害，按照树木价值的3倍以上5倍以下处以罚款；情节严重的，处1万元以上5万元以下罚款。
第五条 擅自占用城市绿地的，责令限期退还，并按每平方米每日10元处以罚款。
第六条 本条例自2024年3月1日起施行。
""", [
    (30, "%", ">=", False, None, None, "第二条"),
    (25, "%", ">=", False, None, None, "第二条"),
])

# 4. web copy of a ministry notice with a 解读 paragraph full of statistics, contact lines
doc("web-central-quota-jiedu", """首页 > 政务公开 > 通知公告
工业和信息化部办公厅关于组织开展2024年度中小企业特色产业集群申报工作的通知
发布时间：2024-05-10 来源：中小企业局 字号：大 中 小
各省、自治区、直辖市及计划单列市、新疆生产建设兵团中小企业主管部门：
为贯彻落实《中华人民共和国中小企业促进法》和《“十四五”促进中小企业发展规划》，现就做好2024年度申报工作通知如下：
一、申报条件
集群主导产业产值占集群工业总产值的比重原则上在50%以上，集群内中小企业数量不少于100家。
二、推荐数量
每省（区、市）推荐不超过3个，计划单列市、新疆生产建设兵团推荐不超过1个。
三、有关要求
请于2024年6月30日前报送。联系人：张明，电话：010-68205311，地址：北京市西长安街13号。
工业和信息化部办公厅
2024年5月8日
相关解读：2023年，我部共认定100个中小企业特色产业集群，涉及28个省份，集群内中小企业超过3.6万家，其中专精特新中小企业2800余家。
""", [
    (3, "个", "<=", False, 2024, 2024, "二"),
    (1, "个", "<=", False, 2024, 2024, "二"),
])

# 5. county work plan: ranks and ordinals, counts in cited titles, 附件 list
doc("county-ranks-ordinals", """关于印发《××县2024年乡村振兴示范村创建工作方案》的通知
各乡（镇）人民政府，县直各单位：
现将《××县2024年乡村振兴示范村创建工作方案》印发给你们，请认真抓好落实。
××县2024年乡村振兴示范村创建工作方案
为贯彻落实《中共中央 国务院关于做好2024年全面推进乡村振兴重点工作的意见》和省委“1+10+N”政策体系，结合我县实际，制定本方案。
一、创建目标
全年创建县级乡村振兴示范村15个，每个乡镇至少创建1个。对考核排名前10名的示范村，每村给予奖补资金20万元。
二、创建步骤
第一阶段（3月至4月）：各乡镇申报。第3批省级示范村创建名单已于2023年公布，我县有5个村入选。
三、工作要求
各乡镇于每月5日前报送工作进展，每季度召开一次推进会。
附件：1.××县第一批乡村振兴示范村名单（共8个）
2.示范村创建评分标准（100分制）
""", [
    (15, "个", "=", False, 2024, 2024, "一"),
    (1, "个", ">=", False, 2024, 2024, "一"),
    (200000, "元", "=", False, 2024, 2024, "一"),
])

# 6. municipal notice on fees and standards quoted as facts; per-capita standards describing the current level
doc("pref-fees-facts", """关于调整城乡居民基本医疗保险筹资标准的通知
各区县医疗保障局、财政局、税务局：
2023年我市城乡居民医保财政补助标准为每人每年640元，个人缴费标准为每人每年380元。根据国家和省统一部署，现就2024年筹资工作通知如下：
一、2024年城乡居民医保财政补助标准提高30元，达到每人每年不低于670元；个人缴费标准提高20元，达到每人每年400元。
二、现行普通门诊统筹年度最高支付限额为1000元，政策范围内住院费用报销比例为70%左右。
三、各区县要确保参保率稳定在95%以上。
""", [
    (30, "元", "=", True, 2024, 2024, "一"),
    (670, "元", ">=", True, 2024, 2024, "一"),
    (20, "元", "=", False, 2024, 2024, "一"),
    (400, "元", "=", True, 2024, 2024, "一"),
    (95, "%", ">=", False, 2024, 2024, "三"),
])

# 7. pre-2018 provincial notice with 较上年 background in a task and an existing-programme description
doc("prov-2016-background", """浙江省人民政府办公厅关于加快发展众创空间促进创业创新的实施意见
各市、县（市、区）人民政府，省政府直属各单位：
2015年，全省已有各类孵化器300余家，在孵企业1.2万家，比上年增长25%。为加快发展众创空间，提出如下意见：
一、到2017年，全省建成众创空间500家以上，服务创业团队1万个以上。
二、对经认定的省级众创空间，给予一次性50万元补助。已认定的120家省级孵化器继续享受原有政策。
三、众创空间面积在500平方米以上、入驻创业团队不少于10个的，可申请认定为省级众创空间。
浙江省人民政府办公厅
2016年1月15日
""", [
    (500, "家", ">=", False, None, 2017, "一"),
    (10000, "个", ">=", False, None, 2017, "一"),
    (500000, "元", "=", False, None, None, "二"),
])

# 8. web copy of a provincial plan followed by a policy explainer (政策解读) with figures
doc("web-prov-plan-jiedu", """当前位置：首页 > 信息公开 > 政策文件
四川省促进民营经济发展壮大若干措施
一、到2025年，全省民营经济增加值占地区生产总值比重达到57%。
二、每年安排省级专项资金5亿元，支持民营企业技术改造。
打印本页 关闭窗口
《四川省促进民营经济发展壮大若干措施》政策解读
一、起草背景。2023年，全省民营经济增加值达到3.2万亿元，占全省经济总量的54.2%，民营企业数量达到210万户。
二、主要内容。《措施》共分为5个部分、25条。
""", [
    (57, "%", "=", False, None, 2025, "一"),
    (5e8, "元", "=", True, None, None, "二"),
])

# 9. township notice: phone, address, sizes of documents, qualifying thresholds
doc("town-phone-address", """××镇关于开展2024年度农村危房改造申报工作的通知
各村（社区）：
现将2024年度农村危房改造申报工作通知如下：
一、补助对象为经鉴定为C级、D级危房且家庭年人均纯收入低于6000元的农户。
二、补助标准：D级危房拆除重建每户补助3.5万元，C级危房修缮加固每户补助1万元。
三、全镇计划完成危房改造40户。
四、申报材料一式2份，A4纸双面打印，不超过20页。请于2024年3月31日前报镇村建办（镇政府大楼3楼305室），联系电话：0838-5212345。
""", [
    (35000, "元", "=", False, 2024, 2024, "二"),
    (10000, "元", "=", False, 2024, 2024, "二"),
    (40, "户", "=", False, 2024, 2024, "三"),
])

# 10. central guideline with durations and existing programme counts
doc("central-durations", """国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
近年来，各地区各部门已累计取消下放行政许可事项1000余项，企业开办时间压缩至4个工作日以内。为进一步降低制度性交易成本，经国务院同意，现提出以下意见：
一、2022年底前，将企业开办时间压减至3个工作日以内，工程建设项目审批时间压缩至120个工作日以内。
二、涉企经营许可事项全部纳入清单管理，有效期为5年的许可证到期后自动延续。
三、全国一体化政务服务平台已接入地方部门500余万项政务服务事项。
""", [
])

# 11. a prefecture 工作要点 (dated) with 截至 and 同比 background inside tasks
doc("pref-workpoints-background", """中共××市委办公室 ××市人民政府办公室关于印发《2024年全市优化营商环境工作要点》的通知
各县（市、区）党委和人民政府，市直各单位：
现将《2024年全市优化营商环境工作要点》印发给你们，请结合实际认真贯彻落实。
2024年2月20日
2024年全市优化营商环境工作要点
一、提升政务服务效能。截至2023年底，全市“一网通办”事项已达1860项，网上可办率98.5%。2024年，新增“一件事一次办”事项20项，政务服务事项网上可办率达到99%以上。
二、降低企业成本。2023年全市累计为企业减税降费32.6亿元，同比增长12%。全年为企业减负30亿元以上。
三、加强要素保障。全市现有工业园区17个，标准厂房面积480万平方米。新建标准厂房100万平方米。
""", [
    (20, "项", "=", False, 2024, 2024, "一"),
    (99, "%", ">=", False, 2024, 2024, "一"),
    (3e9, "元", ">=", False, 2024, 2024, "二"),
    (1e6, "平方米", "=", False, 2024, 2024, "三"),
])

# 12. a county notice with qualifying conditions in several phrasings
doc("county-qualifying", """××县人民政府办公室关于印发××县促进农业产业化发展奖补办法的通知
各乡镇人民政府，县政府各部门：
一、新认定为省级农业产业化重点龙头企业的，一次性奖励20万元；年销售收入首次突破1亿元的企业，奖励10万元。
二、流转土地面积在100亩以上、流转期限5年以上的新型经营主体，每亩补助200元，单个主体补助总额不超过10万元。
三、带动农户50户以上且户均增收3000元以上的合作社，可申报县级示范社。
四、全县培育县级以上龙头企业5家。
××县人民政府办公室
2022年6月1日
""", [
    (200000, "元", "=", False, None, None, "一"),
    (100000, "元", "=", False, None, None, "一"),
    (200, "元", "=", False, None, None, "二"),
    (100000, "元", "<=", False, None, None, "二"),
    (5, "家", "=", False, None, None, "四"),
])

# 13. a central ministry's call with ranks, batches, quotas, size limits of files, an attachment list with counts
doc("central-call-ranks-files", """教育部办公厅关于开展第三批全国中小学劳动教育实践基地遴选工作的通知
各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：
为贯彻落实《关于全面加强新时代大中小学劳动教育的意见》，在前两批遴选认定的1200个基地基础上，现开展第三批遴选工作。
一、遴选数量
本批次全国遴选200个左右。各省份推荐数量不超过10个，其中往年评估排名前5名的省份可增加2个名额。
二、申报材料
申报书正文不超过5000字，视频时长不超过5分钟，文件大小不超过200MB。
三、时间安排
请于2022年9月30日前将推荐材料报送至教育部基础教育司（北京市西城区大木仓胡同37号，邮编100816）。
附件：1.第三批全国中小学劳动教育实践基地推荐汇总表（每省1份）
2.申报书
教育部办公厅
2022年8月12日
""", [
    (200, "个", "~", False, None, None, "一"),
    (10, "个", "<=", False, None, None, "一"),
    (2, "个", "=", False, None, None, "一"),
])

# 14. a 2008 prefecture opinion (十一五 era) with background per-capita figures and a cited title with a count
doc("pref-2008-percapita", """××市人民政府关于加快城市园林绿化建设的意见
各县（市、区）人民政府，市政府各部门：
“十五”期间，我市园林绿化建设取得明显成效，人均公共绿地面积由5.2平方米提高到8.6平方米，建成区绿地率达到31%。根据《国务院关于加强城市绿化建设的通知》（国发〔2001〕20号）和省政府“十大工程”部署，现提出如下意见：
一、“十一五”期间，全市新增公共绿地500公顷，到2010年，人均公共绿地面积达到10平方米以上，建成区绿地率达到35%。
二、新建住宅小区绿地率不低于30%。
××市人民政府
二〇〇七年三月十日
""", [
    (500, "公顷", "=", False, 2006, 2010, "一"),
    (10, "平方米", ">=", False, None, 2010, "一"),
    (35, "%", "=", False, None, 2010, "一"),
    (30, "%", ">=", False, None, None, "二"),
])

# 15. a provincial department's notice with 说明 paragraph (编制说明) statistics, time limits, fees quoted as facts
doc("prov-dept-explanation", """山东省市场监督管理局关于进一步规范特种设备检验收费的通知
各市市场监管局：
一、定期检验应当在检验有效期届满前1个月提出申请，检验机构应当自受理之日起10个工作日内完成检验。
二、现行电梯定期检验收费标准为每台500元，各检验机构不得另行收取其他费用。
三、各市要在2021年底前实现检验报告电子化率100%。
附：编制说明
全省现有在用电梯42万台，年均增长12%，检验机构87家。
""", [
    (100, "%", "=", False, None, 2021, "三"),
])

# 16. county 民生实事 with 已完成 progress notes per item in a web copy
doc("web-county-progress", """当前位置：首页>政务公开>重点工作
××县2023年十件民生实事
一、新建农村公路50公里。（截至9月底，已完成38公里）
二、新增普惠性幼儿园学位600个。目前已新增学位420个，完成年度任务的70%。
三、改造老旧小区12个，惠及居民2000户以上。
""", [
    (50, "公里", "=", False, 2023, 2023, "一"),
    (600, "个", "=", False, 2023, 2023, "二"),
    (12, "个", "=", False, 2023, 2023, "三"),
    (2000, "户", ">=", False, 2023, 2023, "三"),
])
# fmt: on
FIELDS = ("comparator", "per_year", "year_start", "year_end", "task")


def run(docs=None, verbose: bool = True) -> dict:
    """Score the pipeline on the stress set: P/R on (value, unit), field accuracy on matched pairs."""
    try:
        from stress_targets import score
    except ImportError:
        from tests.stress_targets import score
    return score(DOCS if docs is None else docs, FIELDS, verbose)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    run()
