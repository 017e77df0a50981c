"""Targets by construction class, session 9: how a target's years are stated (a deadline in the title,
a month's deadline, a year in brackets after the level, a breakdown's own year, `2025年前后`), targets in
articles-style rules (validity in Chinese numerals, grades named by a numeral), and recall forms of issue 12
(a share of a whole that reaches a goal, a count opening its clause in a dated plan, levels per head without a
verb, rates per 10万, verbs before a kind of school).

Every snippet is written for this file in the style of other provinces, levels and eras; none is copied from a
corpus. Expected items are exact: (task, value, unit, comparator, per_year, year_start, year_end); spans are
checked by targets_of.
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of

# fmt: off
YEARS = [
    # a deadline in the title (a prefecture's 2016 action plan; the State Council's style `2030年前…行动方案`)
    ("某市到2020年基本实现教育现代化行动计划\n一、主要目标\n学前三年毛入园率达到95%以上。",
     [("一", 95, "%", ">=", False, None, 2020)]),
    ("某省2030年前碳达峰实施方案\n二、主要目标\n非化石能源消费比重达到25%左右。",
     [("二", 25, "%", "~", False, None, 2030)]),
    # a title's bracketed single year with 到 elsewhere is no deadline: a one-year plan stays year/year
    ("某县2021年民生实事项目实施方案\n一、年底前新建农村公厕50座。\n二、6月底前完成农村饮水工程10处。\n三、今年新增城镇就业3000人。",
     [("一", 50, "座", "=", False, None, 2021), ("二", 10, "处", "=", False, None, 2021),
      ("三", 3000, "人", "=", False, 2021, 2021)]),
    # a month's deadline without its year is in the issue year (a township notice, 2019); 每年6月底前 is a yearly date
    ("某镇人民政府关于开展人居环境整治的通知\n各村（居）委会：\n一、9月30日前全镇完成改厕300户。\n二、每年6月底前各村上报清理垃圾不少于20吨。\n某镇人民政府\n2019年3月5日",
     [("一", 300, "户", "=", False, None, 2019), ("二", 20, "吨", ">=", True, None, None)]),
    # a year in brackets right after the level (a provincial plan's goal list): by that year, that level only
    ("某省生态环境保护规划\n二、主要目标\n森林覆盖率达到45%（2025年），地级城市空气质量优良天数比率达到90%。",
     [("二", 45, "%", "=", False, None, 2025), ("二", 90, "%", "=", False, None, None)]),
    # stages in brackets stay the years of their sentence (a county plan)
    ("某县美丽乡村建设实施方案\n五、实施步骤\n第一阶段（2019年）：完成10个村的建设任务。\n第二阶段（2020年）：完成20个村的建设任务。",
     [("五", 10, "个", "=", False, 2019, 2019), ("五", 20, "个", "=", False, 2020, 2020)]),
    # a breakdown's own year after 其中 dates that clause only (a provincial three-year action)
    ("某省职业技能提升行动方案（2019—2021年）\n一、目标任务\n三年共开展补贴性职业技能培训150万人次，其中2019年50万人次，45万人取得职业资格证书。",
     [("一", 1500000, "人次", "=", False, 2019, 2021), ("一", 500000, "人次", "=", False, 2019, 2019),
      ("一", 450000, "人", "=", False, 2019, 2021)]),
    # `2025年前后` is around a year (a bare year, guide TG10), not a deadline
    ("某省氢能产业发展规划\n二、发展目标\n2025年前后，全省氢燃料电池汽车保有量达到1万辆。",
     [("二", 10000, "辆", "=", False, 2025, 2025)]),
    # unchanged neighbours: 到…底, 十四五时期, 到规划期末, 年度 in a heading, near/far terms
    ("某省人民政府关于加快发展养老服务业的实施意见\n一、发展目标\n至2025年底，全省每千名老年人拥有养老床位数达到40张以上。\n某省人民政府\n2021年3月2日",
     [("一", 40, "张", ">=", False, None, 2025)]),
    ("某市综合交通发展规划\n三、发展目标\n（一）近期目标（2018—2020年）\n建成城市轨道交通50公里。\n（二）远期目标（2021—2030年）\n建成城市轨道交通200公里。",
     [("三/(一)", 50, "公里", "=", False, 2018, 2020), ("三/(二)", 200, "公里", "=", False, 2021, 2030)]),
    ("某县关于全面推进河长制工作的实施方案\n三、2022年度目标任务\n完成河道清淤30公里。",
     [("三", 30, "公里", "=", False, 2022, 2022)]),
]

YEARS2 = [
    # 未来N年 in the target's own sentence counts from the issue year, like 今后三年 (a city's 2019 意见)
    ("某市人民政府关于加快发展先进制造业的意见\n未来三年，全市培育产值超百亿元企业10家。\n某市人民政府\n2019年3月1日",
     [(None, 10, "家", "=", False, 2019, 2021)]),
    # 本年度 is the issue year (a province's 2009 employment notice)
    ("某省人民政府关于进一步做好就业工作的通知\n各市人民政府：\n本年度全省城镇新增就业80万人，下岗失业人员再就业30万人。\n某省人民政府\n2009年3月1日",
     [(None, 800000, "人", "=", False, 2009, 2009), (None, 300000, "人", "=", False, 2009, 2009)]),
    # a total over the years after 每年 is not per year (a county's 2018 poverty 意见)
    ("某县人民政府关于推进产业扶贫的意见\n2018—2020年，每年扶持发展特色产业基地10个，三年共计30个。\n某县人民政府\n2018年1月1日",
     [(None, 10, "个", "=", True, 2018, 2020), (None, 30, "个", "=", False, 2018, 2020)]),
    # a title's `以前…的` picks out what it is about: no deadline (a city's 2016 clean-up notice)
    ("某市人民政府关于清理2015年以前出台的规范性文件的通知\n一、各部门完成清理，清理文件不少于100件。\n某市人民政府\n2016年3月1日",
     [("一", 100, "件", ">=", False, None, None)]),
]

GOAL_ITEMS = [
    # a goals item whose first child (总体目标) opens with the year: the 具体目标 under it are by that year; the tasks
    # chapter is not (guide TG13)
    ("某省养老服务体系建设规划\n二、发展目标\n（一）总体目标\n到2020年，基本建成覆盖城乡的养老服务体系。\n（二）具体目标\n"
     "1.每千名老年人拥有养老床位35张。\n2.护理型床位占比不低于30%。\n三、主要任务\n（一）建设社区居家养老服务中心500个。",
     [("二/(二)/1", 35, "张", "=", False, None, 2020), ("二/(二)/2", 30, "%", ">=", False, None, 2020),
      ("三/(一)", 500, "个", "=", False, None, None)]),
]

CAMPAIGNS = [
    # a campaign's stated time is its period (county notices of 2021, written four ways)
    ("某县关于开展专项行动的通知\n专项行动时间为2021年6月至2022年6月。\n一、全县整治隐患点500处。\n某县人民政府\n2021年5月1日",
     [("一", 500, "处", "=", False, 2021, 2022)]),
    ("某县关于开展专项行动的通知\n一、行动时间\n2021年6月至2022年6月。\n二、目标任务\n全县整治隐患点500处。\n某县人民政府\n2021年5月1日",
     [("二", 500, "处", "=", False, 2021, 2022)]),
    ("某县关于开展专项行动的通知\n一、行动时间：2021年6月至12月。\n二、目标任务\n全县整治隐患点500处。\n某县人民政府\n2021年5月1日",
     [("二", 500, "处", "=", False, 2021, 2021)]),
    ("某县关于开展专项行动的通知\n自即日起至2022年6月30日，在全县集中开展安全隐患大排查大整治。\n一、全县整治隐患点500处。\n某县人民政府\n2021年5月1日",
     [("一", 500, "处", "=", False, 2021, 2022)]),
    # an application window is not the notice's period
    ("某县关于开展项目申报的通知\n一、申报时间为2021年6月1日至6月30日。\n二、每个乡镇申报项目不超过3个。\n某县人民政府\n2021年5月1日",
     [("二", 3, "个", "<=", False, None, None)]),
]

ATTACHMENTS = [
    # an attachment whose title names its own year (a one-year list under a three-year plan, a city of 2021)
    ("某市人民政府关于印发某市优化营商环境三年行动计划（2021—2023年）的通知\n各区人民政府：\n现将《某市优化营商环境三年行动计划（2021—2023年）》"
     "印发给你们，请认真贯彻执行。\n附件：某市2021年优化营商环境重点任务清单\n某市人民政府\n2021年3月1日\n某市优化营商环境三年行动计划（2021—2023年）\n"
     "一、主要目标\n新增市场主体10万户。\n附件\n某市2021年优化营商环境重点任务清单\n1.企业开办时间压缩至1个工作日以内。\n2.新增市场主体3万户。",
     [("一", 100000, "户", "=", False, 2021, 2023), (None, 30000, "户", "=", False, 2021, 2021)]),
]

RULES = [
    # a level units reach (突破) then a reward: who qualifies (a county's 2018 enterprise rules)
    ("某县促进工业发展奖励办法\n第一条 年主营业务收入首次突破1亿元的企业，一次性奖励30万元。",
     [("第一条", 300000, "元", "=", False, None, None)]),
    # a township's spring planting notice: 今春 is the issue year, 植树 demands
    ("某乡关于开展春季植树造林活动的通知\n各村：\n今春全乡计划植树5万株，其中每村不少于3000株。\n某乡人民政府\n2020年3月2日",
     [(None, 50000, "株", "=", False, 2020, 2020), (None, 3000, "株", ">=", False, 2020, 2020)]),
    # 至少 before a verb and its objects holds for each count (a county's staffing standard)
    ("某县社区卫生服务中心建设标准\n第一条 每个社区卫生服务中心至少配备全科医生2名、护士3名。\n第二条 业务用房建筑面积不少于1000平方米。",
     [("第一条", 2, "名", ">=", False, None, None), ("第一条", 3, "名", ">=", False, None, None),
      ("第二条", 1000, "平方米", ">=", False, None, None)]),
    # a paragraph's first clause with a number of its own dates that number only; 每年 stops at a new 对-provision
    ("某县农村人居环境整治实施方案（2021—2025年）\n三、重点任务\n（一）推进农村厕所革命。2022年完成户厕改造3000户，2023年至2025年每年完成2000户。"
     "每个行政村至少建设1座公共厕所。\n四、保障措施\n（一）加大资金投入。县财政每年安排专项资金不低于2000万元，对完成户厕改造的农户每户补助1000元。",
     [("三/(一)", 3000, "户", "=", False, 2022, 2022), ("三/(一)", 2000, "户", "=", True, 2023, 2025),
      ("三/(一)", 1, "座", ">=", False, 2021, 2025), ("四/(一)", 20000000, "元", ">=", True, 2021, 2025),
      ("四/(一)", 1000, "元", "=", False, 2021, 2025)]),
    # ... while a first clause that is only a time phrase still dates the paragraph (a city's 2019 plan)
    ("某市城市绿化实施方案\n一、主要任务\n2020年，新建城市公园5个。新增绿地面积100公顷。\n某市人民政府\n2019年12月1日",
     [("一", 5, "个", "=", False, 2020, 2020), ("一", 100, "公顷", "=", False, 2020, 2020)]),
    # ‰ spelled out (a 1980s provincial rule)
    ("某省计划生育暂行规定\n第一条 为控制人口增长，制定本规定。\n第二条 全省人口自然增长率控制在千分之十以内。",
     [("第二条", 1, "%", "<=", False, None, None)]),  # (s21-tg: 千分之十 is the spec's fraction → 1 %, guide S20 answers)
    # validity written in Chinese numerals (a 1990s provincial 暂行规定): open-ended from its start
    ("某省乡镇企业管理暂行规定\n第一条 为促进乡镇企业发展，制定本规定。\n第二条 乡镇企业每年从税后利润中提取不低于10%用于补助社会性支出。\n第三条 本规定自一九九二年一月一日起施行。",
     [("第二条", 10, "%", ">=", True, 1992, None)]),
    # a grade named by a small numeral (二类会议, 三级医院) is no count (a city's 会议费 rules)
    ("某市会议费管理办法\n第一条 为加强会议费管理，制定本办法。\n第二条 一类会议综合定额标准不超过每人每天550元，二类会议不超过400元/人·天。",
     [("第二条", 550, "元", "<=", False, None, None), ("第二条", 400, "元/人·天", "<=", False, None, None)]),
    ("某县卫生事业发展规划（2016—2020年）\n二、主要目标\n新建三级医院1所，每个乡镇建成标准化卫生院1所。",
     [("二", 1, "所", "=", False, 2016, 2020), ("二", 1, "所", "=", False, 2016, 2020)]),
    # eligibility stays out in an articles-style 细则 (a list of conditions, 对…以上的)
    ("某区促进就业若干规定\n第一条 对吸纳登记失业人员10人以上的企业，给予每人2000元奖励。\n第二条 对连续经营1年以上的创业实体，给予一次性创业补贴5000元。",
     [("第一条", 2000, "元", "=", False, None, None), ("第二条", 5000, "元", "=", False, None, None)]),
]

RECALL = [
    # a size class written with 超 before the units it picks out is no amount; a scale to exceed stays (a province's plan)
    ("某省发展规划（2021—2025年）\n二、主要目标\n全省营业收入超10亿元企业达到50家，数字经济规模超过1万亿元。",
     [("二", 50, "家", "=", False, 2021, 2025), ("二", 1000000000000, "元", ">", False, 2021, 2025)]),
    # magnitudes listed after one verb (a province's skills plan); a run of magnitudes naming a programme stays out
    ("某省技能人才发展规划（2021—2025年）\n二、主要目标\n每年培养百名技能大师、千名技术能手、万名高技能人才。",
     [("二", 100, "名", "=", True, 2021, 2025), ("二", 1000, "名", "=", True, 2021, 2025), ("二", 10000, "名", "=", True, 2021, 2025)]),
    ("某县乡村振兴实施方案（2021—2023年）\n一、主要任务\n实施百村示范、千村整治工程，开展千家万户增收行动。",
     []),
    # a turnover named after a verb-led count (a province's technology plan)
    ("某省科技成果转化行动方案（2021—2025年）\n二、主要目标\n到2025年，累计转化科技成果1000项以上，登记技术合同成交额500亿元。",
     [("二", 1000, "项", ">=", False, None, 2025), ("二", 50000000000, "元", "=", False, None, 2025)]),
    # a clause that is only an indicator's name and its amount continues a dated goal list (a county's 2016 tea plan)
    ("某县人民政府关于加快发展茶产业的意见\n到2020年，全县茶园面积发展到10万亩，茶叶产量5000吨，综合产值突破20亿元。\n某县人民政府\n2016年3月1日",
     [(None, 100000, "亩", "=", False, None, 2020), (None, 5000, "吨", "=", False, None, 2020),
      (None, 2000000000, "元", ">", False, None, 2020)]),
    # ... and a project list's total investment is a funding estimate, an amount provided (guide TG44, session 27: it was
    # read as describing the list before)
    ("某县重点项目建设实施方案（2021年）\n一、目标任务\n实施重点项目100个，总投资500亿元。",
     [("一", 100, "个", "=", False, 2021, 2021), ("一", 50000000000, "元", "=", False, 2021, 2021)]),
    # a label and a colon under a goals heading (a county's investment-attraction plan)
    ("某县招商引资工作方案\n一、目标任务\n全年引进项目：30个以上；到位资金：50亿元。",
     [("一", 30, "个", ">=", False, None, None), ("一", 5000000000, "元", "=", False, None, None)]),
    # a count of units that reach a goal, like a share (a county's 2021 意见)
    ("某县人民政府关于推进美丽乡村建设的意见\n到2025年，10个以上的村达标，5个以上的乡镇建成示范镇。\n某县人民政府\n2021年3月1日",
     [(None, 10, "个", ">=", False, None, 2025), (None, 5, "个", ">=", False, None, 2025)]),
    # ... but units picked out by a level are who qualifies
    ("某市人民政府关于支持企业发展的若干措施\n一、研发投入占比40%以上的企业达到高新技术企业标准的，给予奖励20万元。\n某市人民政府\n2021年3月1日",
     [("一", 200000, "元", "=", False, None, None)]),
    # a verb before a kind of school (公办, 民办) is no organ (`建设局`)
    ("某县教育规划\n一、主要目标\n新建公办幼儿园10所，支持举办普惠性民办幼儿园5所。",
     [("一", 10, "所", "=", False, None, None), ("一", 5, "所", "=", False, None, None)]),
    # a share of a whole named before it that reaches a goal (the sponge-city wording many provinces copy)
    ("某市人民政府关于推进海绵城市建设的实施意见\n一、工作目标\n2025年前，城市建成区40%以上的面积达到海绵城市建设要求。\n某市人民政府\n2021年5月2日",
     [("一", 40, "%", ">=", False, None, 2025)]),
    # ... but a share that picks out who may apply stays a condition
    ("某县人民政府关于支持企业发展的意见\n一、出口额占销售收入50%以上的企业，可申请外贸发展资金。\n某县人民政府\n2020年5月2日",
     []),
    # a count that opens its clause in a plan dated by its title (a city's practical matters, 2022)
    ("某市民生实事项目实施方案（2022年）\n一、项目目标\n全年1.2万名困难群众享受临时救助，3000户家庭完成适老化改造。",
     [("一", 12000, "名", "=", False, 2022, 2022), ("一", 3000, "户", "=", False, 2022, 2022)]),
    # ... not in a rule valid for a term, and not 一个/三个 in prose
    ("某市养老服务补贴办法\n第一条 为做好养老服务补贴工作，制定本办法。\n第二条 三个以上子女共同赡养的老人，一个年度内享受补贴次数不超过2次。\n第三条 本办法自2021年1月1日起施行，有效期3年。",
     []),  # (S24 TG28: how often a benefit is granted is eligibility, no target)
    # a level per head without a verb, in a dated goal sentence (a provincial tourism plan)
    ("某省文化和旅游发展规划（2021—2025年）\n二、发展目标\n到2025年，城乡居民年人均出游4.5次，旅游总收入达到1万亿元。",
     [("二", 4.5, "次", "=", False, None, 2025), ("二", 1000000000000, "元", "=", False, None, 2025)]),
    # ... but an income line per head is who qualifies
    ("某市公共租赁住房保障办法\n第一条 申请家庭收入准入标准为家庭年人均收入3万元以下。\n第二条 本办法自2020年1月1日起施行，有效期5年。",
     []),
    # a rate per 10万 (a city's health plan)
    ("某市健康城市建设规划\n二、主要目标\n到2025年，孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在5‰以下。",
     [("二", 10, "/10万", "<=", False, None, 2025), ("二", 5, "‰", "<=", False, None, 2025)]),
    # unchanged neighbours: magnitudes, restated sub-quantities, a number after its noun
    ("某省乡村工匠培育行动方案\n一、目标任务\n到2025年，认定千名乡村工匠，建设百个工匠工作站。",
     [("一", 1000, "名", "=", False, None, 2025), ("一", 100, "个", "=", False, None, 2025)]),
    ("某省就业促进规划\n一、主要目标\n“十四五”期间，全省城镇新增就业500万人（含高校毕业生就业150万人）。",
     [("一", 5000000, "人", "=", False, 2021, 2025), ("一", 1500000, "人", "=", False, 2021, 2025)]),
    ("某市科技创新行动计划（2021—2023年）\n一、主要目标\n取得重大科技成果100项，发明专利授权量3000件。",
     [("一", 100, "项", "=", False, 2021, 2023), ("一", 3000, "件", "=", False, 2021, 2023)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", YEARS + YEARS2 + GOAL_ITEMS + CAMPAIGNS + ATTACHMENTS + RULES + RECALL)
def test_s9_targets(text, expected):
    assert targets_of(text) == expected
