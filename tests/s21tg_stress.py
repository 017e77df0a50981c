"""Stress set of s21-tg (which quantities are targets). Expected targets written before any run, as
(value, unit, comparator, per_year, year_start, year_end). Even positions: FIX half; odd positions: HELD half.
Most cases are PRECISION cases (full short notices whose complete expected output is written down, with numbers
that are not targets by spec 1.1 §7 and guide S20: frequencies of activities, a beneficiary's own share of a cost,
trigger conditions, web-page furniture, past figures in transmitting notices); some are recall cases (guide TG19).
Run: python3 tests/s21tg_stress.py fix|held  (from a tree's root)."""
import sys
import os
sys.path.insert(0, os.getcwd())


def N(title, body, issuer, date, to="各有关单位："):
    return f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"


F, T = False, True
CASES = [
    # K1 Gansu county: minimum frequencies of activities per period are out; an amount of people trained is in
    ("K1", N("关于印发临洮县农村人居环境整治工作方案的通知",
             "一、工作措施\n（一）加强宣传。各乡镇每月至少开展1次集中宣传活动，每季度组织不少于2次环境卫生评比。\n"
             "（二）强化培训。全年培训农村保洁员不少于800人次。",
             "临洮县人民政府办公室", "2021年4月8日", "各乡镇人民政府，县直各部门："),
     [(800, "人次", ">=", F, None, None)]),
    # K2 Heilongjiang prefecture: insurance premium split, the farmer's own share is no target
    ("K2", N("绥化市人民政府关于做好2020年大豆种植保险工作的通知",
             "一、保险责任\n大豆种植保险每亩保险金额为200元。\n二、保费分担\n保费由省、市、县三级财政补贴80%，参保农户自缴20%。\n三、工作要求\n力争全市大豆种植保险覆盖率达到90%以上。",
             "绥化市人民政府", "2020年4月20日", "各县（市、区）人民政府，市政府各有关部门："),
     [(200, "元", "=", F, 2020, 2020), (80, "%", "=", F, 2020, 2020), (90, "%", ">=", F, 2020, 2020)]),
    # K3 Guangxi autonomous-region central-price linkage: a trigger condition (…达到X时) is no target
    ("K3", N("广西壮族自治区发展和改革委员会关于完善社会救助和保障标准与物价上涨挂钩联动机制的通知",
             "一、启动条件\n当居民消费价格指数（CPI）单月同比涨幅达到3.5%时，或CPI中的食品价格单月同比涨幅达到6%时，启动联动机制。\n"
             "二、补贴标准\n价格临时补贴按每人每月不低于30元的标准发放。",
             "广西壮族自治区发展和改革委员会", "2021年9月1日", "各市发展改革委、民政局、财政局："),
     [(30, "元", ">=", F, None, None)]),
    # K4 Tibet: a cap shared by machines listed with 、 is one target per machine (TG19)
    ("K4", N("拉萨市农牧局关于印发2022年农机购置补贴实施方案的通知",
             "一、补贴标准\n青稞脱粒机、饲草料粉碎机单机补贴额不超过2万元；\n大中型拖拉机单机补贴额不超过8万元。\n二、资金规模\n全年安排补贴资金1500万元。",
             "拉萨市农牧局", "2022年3月10日", "各县（区）农牧局："),
     [(20000, "元", "<=", F, 2022, 2022), (20000, "元", "<=", F, 2022, 2022), (80000, "元", "<=", F, 2022, 2022),
      (15000000, "元", "=", F, 2022, 2022)]),
    # K5 web copy of a Hainan notice with page furniture (no number of the page is a target)
    ("K5", "首页 > 政务公开 > 政策文件\n海南省人民政府办公厅关于加快发展热带特色高效农业的通知\n发布时间：2019-06-12 10:30  来源：省政府办公厅  浏览次数：2356\n【字体：大 中 小】 【打印】 【关闭】\n"
           "各市、县、自治县人民政府，省政府直属各单位：\n一、发展目标\n到2022年，全省热带特色高效农业产值达到1000亿元。\n二、保障措施\n省财政每年安排专项资金2亿元。\n"
           "海南省人民政府办公厅\n2019年6月10日\n相关链接：1. 海南省农业农村厅 2. 海南省财政厅\n联系电话：0898-65203456  邮编：570203\n第1页 共1页\n",
     [(100000000000, "元", "=", F, None, 2022), (200000000, "元", "=", T, None, None)]),
    # K6 central transmitting notice: the past figures of its background are no target
    ("K6", N("国务院办公厅转发国家发展改革委关于推进农村电网改造升级意见的通知",
             "国家发展改革委《关于推进农村电网改造升级的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n关于推进农村电网改造升级的意见\n"
             "“十二五”以来，全国累计投入农村电网改造资金3000多亿元，农村户均配变容量由1.2千伏安提高到1.7千伏安。\n"
             "一、主要目标\n到2020年，全国农村地区基本实现稳定可靠的供电服务全覆盖，供电可靠率达到99.8%。",
             "国务院办公厅", "2016年2月16日", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
     [(99.8, "%", "=", F, None, 2020)]),
    # K7 Chongqing county: frequency of inspection per week is out, a count without a period stays in
    ("K7", N("关于印发酉阳县河长制工作考核办法的通知",
             "一、工作要求\n县级河长每季度巡河不少于1次，乡级河长每月巡河不少于2次，村级河长每周巡河不少于1次。\n"
             "二、年度任务\n全年完成河道清淤20公里，整治入河排污口15个。",
             "酉阳土家族苗族自治县人民政府办公室", "2018年5月2日", "各乡镇人民政府、街道办事处，县政府各部门："),
     [(20, "公里", "=", F, None, None), (15, "个", "=", F, None, None)]),
    # K8 Inner Mongolia banner: farmer's own share in a cost split, the share the banner provides in
    ("K8", N("阿荣旗人民政府关于印发农村牧区户用厕所改造实施方案的通知",
             "一、补助标准\n每户改厕补助资金1500元，其中旗财政承担70%，农牧户自筹30%。\n二、工作目标\n2021年完成户厕改造3000户。",
             "阿荣旗人民政府", "2021年3月8日", "各乡镇人民政府，旗直各部门："),
     [(1500, "元", "=", F, None, None), (70, "%", "=", F, None, None), (3000, "户", "=", F, 2021, 2021)]),
    # K9 Guizhou autonomous prefecture: a rate shared by three metals is one each (TG19)
    ("K9", N("黔南布依族苗族自治州人民政府关于推进工业固体废物资源综合利用的实施意见",
             "一、主要目标\n到2025年，铅、锌、铜回收率均不低于95%，一般工业固体废物综合利用率达到60%以上。",
             "黔南布依族苗族自治州人民政府", "2022年1月5日", "各县（市）人民政府，州政府各部门："),
     [(95, "%", ">=", F, None, 2025), (95, "%", ">=", F, None, 2025), (95, "%", ">=", F, None, 2025), (60, "%", ">=", F, None, 2025)]),
    # K10 1990s provincial notice: trigger of an emergency response (水位超过…时) is no target
    ("K10", N("湖南省人民政府关于做好1998年防汛工作的通知",
             "一、防汛责任\n当洞庭湖城陵矶水位超过32.5米时，沿湖各县（市）要组织人员上堤防守。\n二、物资储备\n各地要储备编织袋不少于50万条。",
             "湖南省人民政府", "1998年4月10日", "各地区行政公署，各市、县人民政府，省直各单位："),
     [(500000, "条", ">=", F, None, None)]),
    # K11 town work plan: meetings and visits per month are frequencies; households helped are in
    ("K11", N("关于印发2023年白石镇乡村振兴工作要点的通知",
             "一、强化帮扶\n镇班子成员每月到联系村走访不少于2次，驻村工作队每周召开1次工作例会。\n全年帮助脱贫户发展庭院经济120户。\n二、工作要求\n各村要明确专人负责。",
             "白石镇人民政府", "2023年2月15日", "各村（社区）、镇属各单位："),
     [(120, "户", "=", F, 2023, 2023)]),
    # K12 Xinjiang prefecture: medical insurance contribution; the individual's own payment is a standard the policy fixes
    ("K12", N("伊犁哈萨克自治州关于做好2022年城乡居民基本医疗保险工作的通知",
             "一、筹资标准\n2022年城乡居民医保个人缴费标准为每人每年350元，各级财政补助标准不低于每人每年610元。\n"
             "二、待遇保障\n政策范围内住院费用基金支付比例稳定在70%左右。",
             "伊犁哈萨克自治州人民政府办公厅", "2022年5月9日", "各县（市）人民政府，州直各有关部门："),
     [(350, "元", "=", T, 2022, 2022), (610, "元", ">=", T, 2022, 2022), (70, "%", "~", F, 2022, 2022)]),
    # K13 Jilin county: monthly drills are a frequency; kits provided are in
    ("K13", N("关于印发敦化市校园安全专项整治方案的通知",
             "一、工作措施\n各中小学校每学期至少组织开展2次应急疏散演练，每月开展不少于1次安全隐患排查。\n为每所农村学校配备应急救护箱2个。\n二、工作要求\n各学校要落实主体责任。",
             "敦化市人民政府办公室", "2020年3月3日", "各乡镇人民政府、街道办事处，市政府各部门："),
     [(2, "个", "=", F, None, None)]),
    # K14 Shaanxi prefecture: trigger when a price falls below a level is no target; the purchase amount is in
    ("K14", N("延安市人民政府关于建立苹果价格保护机制的通知",
             "一、启动条件\n当本市苹果收购价格连续10日低于每斤2元时，启动临时收储。\n二、收储规模\n市级临时收储苹果不少于5万吨。",
             "延安市人民政府", "2019年10月8日", "各县（市、区）人民政府，市政府各工作部门："),
     [(50000, "吨", ">=", F, None, None)]),
    # K15 Qinghai county web copy with furniture and a share table
    ("K15", "当前位置：首页 > 信息公开 > 通知公告\n门源回族自治县人民政府关于做好2021年草原生态保护补助奖励政策落实工作的通知\n"
            "发布日期：2021-07-02  信息来源：县农牧水利和科技局  阅读：1,024次\n分享到：\n"
            "各乡镇人民政府，县直各有关单位：\n一、补助标准\n禁牧补助每年每亩7.5元，草畜平衡奖励每年每亩2.5元。\n二、工作要求\n全县落实禁牧面积300万亩。\n"
            "门源回族自治县人民政府\n2021年6月30日\n扫一扫在手机打开当前页\n网站标识码：6322210001  青ICP备05000123号\n",
     [(7.5, "元", "=", T, 2021, 2021), (2.5, "元", "=", T, 2021, 2021), (3000000, "亩", "=", F, 2021, 2021)]),
    # K16 Anhui 2000s: the household's own share of a loan interest is no target; the subsidy rate is
    ("K16", N("安徽省财政厅关于做好小额担保贷款财政贴息工作的通知",
             "一、贴息标准\n对符合条件的小额担保贷款，财政按贷款基准利率的50%给予贴息，其余50%由借款人负担。\n二、贷款额度\n个人贷款额度最高不超过5万元。",
             "安徽省财政厅", "2008年7月1日", "各市财政局："),
     [(50, "%", "=", F, None, None), (50000, "元", "<=", F, None, None)]),
    # K17 Hubei county: the cap of a subsidy shared by two kinds of households (TG19, with 和)
    ("K17", N("郧西县人民政府关于印发农村危房改造实施办法的通知",
             "第五条 分散供养特困人员和低保户每户补助不超过3万元。\n第六条 本办法自印发之日起施行。",
             "郧西县人民政府", "2019年8月2日", "各乡镇人民政府，县直各单位："),
     [(30000, "元", "<=", F, 2019, None), (30000, "元", "<=", F, 2019, None)]),
    # K18 Fujian city web copy, transmitting: past figures and page counts
    ("K18", "网站首页 > 政府信息公开 > 市政府文件\n索引号：FJ0012-0200-2018-00045  发布机构：市政府办公室  生成日期：2018-09-05\n"
            "莆田市人民政府办公室关于转发市住建局莆田市城区生活垃圾分类工作方案的通知\n各区县（管委会）人民政府，市直有关单位：\n"
            "市住建局《莆田市城区生活垃圾分类工作方案》已经市政府同意，现转发给你们，请认真组织实施。\n莆田市城区生活垃圾分类工作方案\n"
            "一、现状\n目前城区日产生活垃圾约1200吨，其中厨余垃圾占比约55%。\n二、目标\n到2020年底，城区生活垃圾回收利用率达到35%以上。\n"
            "莆田市人民政府办公室\n2018年9月3日\n打印本页 关闭窗口\n",
     [(35, "%", ">=", F, None, 2020)]),
    # K19 Jiangxi: fire safety check frequency per day is out, staff to allot is in
    ("K19", N("关于印发婺源县森林防火工作方案的通知",
             "一、工作措施\n防火期内护林员每天巡山不少于1次，重点时段每天巡查不少于2次。\n每个行政村配备护林员不少于3名。\n二、工作要求\n各乡镇要加强督促检查。",
             "婺源县人民政府办公室", "2020年1月20日", "各乡镇人民政府，县直有关单位："),
     [(3, "名", ">=", F, None, None)]),
    # K20 Liaoning prefecture: condition of the thing counted (size) and a trigger; the stated goal is in
    ("K20", N("丹东市人民政府关于加强重污染天气应对工作的通知",
             "一、预警启动\n当空气质量指数（AQI）日均值大于200且持续2天时，发布橙色预警。\n二、工作目标\n2021年全市重污染天数比率控制在1.5%以内。",
             "丹东市人民政府", "2021年1月12日", "各县（市、区）人民政府，市政府各部门："),
     [(1.5, "%", "<=", F, 2021, 2021)]),
]

if __name__ == "__main__":
    from tests.stress_runners import report_targets
    report_targets(CASES, sys.argv[1] if len(sys.argv) > 1 else "fix")
