"""Targets by construction class, session 7 (issue 12): how central, provincial and older plans state
their goals and the period of those goals, plans' indicator tables as web copies keep them, and web
copies written in full-width digits.

Every snippet is written for this file; none is copied from a corpus. Expected items are exact:
(task, value, unit, comparator, per_year, year_start, year_end); spans are checked by targets_of.
"""
from __future__ import annotations

import pytest

from test_targets_classes import targets_of

# fmt: off
CASES = [
    # (a) several goals of a ministry plan in one sentence, a baseline year, 下降/降低/达到
    ("工业和信息化部关于印发“十四五”工业绿色发展规划的通知\n一、总体要求\n（一）指导思想\n坚持绿色低碳发展。\n（二）主要目标\n到2025年，规模以上工业单位增加值能耗比2020年下降13.5%，"
     "单位工业增加值二氧化碳排放降低18%，大宗工业固体废物综合利用率达到57%。",
     [("一/(二)", 13.5, "%", "=", False, None, 2025), ("一/(二)", 18, "%", "=", False, None, 2025),
      ("一/(二)", 57, "%", "=", False, None, 2025)]),
    # a range in 亿吨标准煤 with 控制在, 亿千瓦 with 以上 (an energy administration's plan)
    ("国家能源局关于印发能源发展规划的通知\n到2030年，风电、太阳能发电总装机容量达到12亿千瓦以上，非化石能源消费比重达到25%左右，"
     "能源消费总量控制在60—62亿吨标准煤。",
     [(None, 1200000000, "千瓦", ">=", False, None, 2030), (None, 25, "%", "~", False, None, 2030),
      (None, 6000000000, "吨标准煤", ">=", False, None, 2030), (None, 6200000000, "吨标准煤", "<=", False, None, 2030)]),
    # 确保到…累计, 35张至40张 (a ministry's 意见)
    ("民政部关于加快发展养老服务业的意见\n确保到2020年，全国养老床位累计达到900万张以上，每千名老年人拥有养老床位35张至40张。",
     [(None, 9000000, "张", ">=", False, None, 2020), (None, 35, "张", ">=", False, None, 2020),
      (None, 40, "张", "<=", False, None, 2020)]),
    # (b) the plan named by its number in its title (a provincial outline of 2006; a city's of 1996)
    ("某省国民经济和社会发展第十一个五年规划纲要\n一、主要目标\n全省生产总值年均增长10%左右，城镇登记失业率控制在4.6%以内。",
     [("一", 10, "%", "~", True, 2006, 2010), ("一", 4.6, "%", "<=", False, 2006, 2010)]),
    ("某市国民经济和社会发展第九个五年计划和2010年远景目标纲要\n一、主要目标\n全市国内生产总值年均增长12%。",
     [("一", 12, "%", "=", True, 1996, 2000)]),
    # a plan before 十一五 named by its short name in the title
    ("某省“十五”林业发展计划\n二、发展目标\n全省完成人工造林300万亩，森林覆盖率达到35%。",
     [("二", 3000000, "亩", "=", False, 2001, 2005), ("二", 35, "%", "=", False, 2001, 2005)]),
    # N年行动 in a title without years: counted from the year the notice was signed
    ("某市人民政府办公室关于印发某市城乡环境整治三年行动方案的通知\n各区县人民政府：\n现将《某市城乡环境整治三年行动方案》印发给你们，请认真贯彻执行。\n"
     "某市人民政府办公室\n2019年3月5日\n某市城乡环境整治三年行动方案\n一、工作目标\n建成区生活垃圾无害化处理率达到100%，完成农村户厕改造5万户。",
     [("一", 100, "%", "=", False, 2019, 2021), ("一", 50000, "户", "=", False, 2019, 2021)]),
    ("某县农村饮水安全巩固提升两年攻坚行动方案\n一、目标任务\n新建集中供水工程40处，农村自来水普及率达到90%。\n某县人民政府\n2017年5月2日",
     [("一", 40, "处", "=", False, 2017, 2018), ("一", 90, "%", "=", False, 2017, 2018)]),
    # a stated body period wins over the title's length
    ("某省农村人居环境整治三年行动实施方案\n本方案实施期限为2018—2020年。\n一、目标\n完成改厕100万户。\n某省人民政府办公厅\n2018年12月1日",
     [("一", 1000000, "户", "=", False, 2018, 2020)]),
    # (c) indicator tables: the unit in its own column, a category cell merged down, baseline/goal words
    ("某省“十四五”卫生健康规划\n| 领域 | 主要指标 | 单位 | 2020年 | 2025年 | 指标性质 |\n| 健康水平 | 孕产妇死亡率 | /10万 | 9.8 | <9.5 | 预期性 |\n"
     "| 医疗服务 | 每千人口执业（助理）医师数 | 人 | 2.9 | 3.2 | 预期性 |\n| 每千人口医疗卫生机构床位数 | 张 | 6.5 | 7.0 | 预期性 |",
     # (session 9: a rate per 10万 is read, unit as written)
     [(None, 9.5, "/10万", "<=", False, None, 2025), (None, 3.2, "人", "=", False, None, 2025), (None, 7, "张", "=", False, None, 2025)]),
    ("某市“十四五”生态环境保护规划\n| 序号 | 指标名称 | 2020年现状值 | 2025年目标值 | 指标属性 |\n| 1 | 地级城市空气质量优良天数比率（%） | 85.2 | 88 | 约束性 |\n"
     "| 2 | 森林覆盖率（%） | 62.1 | ≥63 | 约束性 |",
     [(None, 88, "%", "=", False, None, 2025), (None, 63, "%", ">=", False, None, 2025)]),
    ("国家“十四五”规划\n| 类别 | 指标 | 2020年 | 2025年 | 属性 |\n| 经济发展 | 全员劳动生产率增长（%） | 2.5 | — | 预期性 |\n"
     "| 常住人口城镇化率（%） | 60.6 | 65 | 预期性 |\n| 创新驱动 | 研发经费投入增长（%） | — | — | 预期性 |\n| 每万人口高价值发明专利拥有量（件） | 6.3 | 12 | 预期性 |",
     [(None, 65, "%", "=", False, None, 2025), (None, 12, "件", "=", False, None, 2025)]),
    ("某县“十三五”教育事业发展规划\n| 指标 | 2015年（基期） | 2020年（目标） |\n| 学前三年毛入园率（%） | 85 | 95 |",
     [(None, 95, "%", "=", False, None, 2020)]),
    # (d) a count of grades after a list of amounts describes the scheme (not a quota)
    ("某省城乡居民基本养老保险实施办法\n第一章 总则\n第一条 为规范管理，制定本办法。\n第二章 基金筹集\n"
     "第二条 个人缴费标准设为每年200元、300元、400元、500元四个档次。\n第三章 附则\n第三条 本办法自2015年1月1日起施行。",
     [("第二章/第二条", 200, "元", "=", True, 2015, None), ("第二章/第二条", 300, "元", "=", True, 2015, None),
      ("第二章/第二条", 400, "元", "=", True, 2015, None), ("第二章/第二条", 500, "元", "=", True, 2015, None)]),
    # (e) web copies in full-width digits: decimals and years
    ("某县人民政府关于做好２０１６年就业工作的通知\n２０１６年，全县城镇新增就业３５００人，城镇登记失业率控制在４．２％以内，新增农村劳动力转移就业１．２万人。",
     [(None, 3500, "人", "=", False, 2016, 2016), (None, 4.2, "%", "<=", False, 2016, 2016), (None, 12000, "人", "=", False, 2016, 2016)]),
    ("某市关于推进农业发展的意见\n到２０２０年，全市农作物耕种收综合机械化水平达到７０％以上，新建高标准农田１２．５万亩。",
     [(None, 70, "%", ">=", False, None, 2020), (None, 125000, "亩", "=", False, None, 2020)]),
    # a full-width stop after an ASCII digit numbers an item, not a decimal point
    ("某县关于做好春耕生产的通知\n1．新建机耕道20公里。\n2．新增有效灌溉面积5000亩。",
     [("1", 20, "公里", "=", False, None, None), ("2", 5000, "亩", "=", False, None, None)]),
    # (f) years counted from the issue date: 从今年起 (open-ended), 年底前 / 明年底前 (deadlines), 用3—5年时间
    ("某省人民政府关于加强耕地保护的通知\n从今年起，全省每年建设高标准农田100万亩。\n某省人民政府\n2019年3月1日",
     [(None, 1000000, "亩", "=", True, 2019, None)]),
    ("某县人民政府关于做好防汛工作的通知\n各乡镇要在年底前完成病险水库除险加固12座。\n某县人民政府\n2020年4月1日",
     [(None, 12, "座", "=", False, None, 2020)]),
    ("某县人民政府关于推进厕所革命的通知\n明年底前，全县完成农村户厕改造8000户。\n某县人民政府\n2020年4月1日",
     [(None, 8000, "户", "=", False, None, 2021)]),
    ("某省关于加快发展民营经济的意见\n力争用3—5年时间，全省培育产值超百亿元企业10家。\n某省人民政府\n2018年6月1日",
     [(None, 10, "家", "=", False, 2018, 2022)]),
    # a yearly date (每年年底前) is no deadline of the goal
    ("某县人民政府关于做好统计工作的通知\n每年年底前，各乡镇上报新增就业人数，全年新增就业不少于500人。\n某县人民政府\n2020年4月1日",
     [(None, 500, "人", ">=", True, None, None)]),
    # a year later in the item's own heading line dates only what follows it
    ("某县2021年度重点工作任务分解方案\n一、经济发展\n1.地区生产总值增长8%。\n2.完成固定资产投资50亿元，力争2022年达到60亿元。",
     [("一/1", 8, "%", "=", False, 2021, 2021), ("一/2", 5000000000, "元", "=", False, 2021, 2021),
      ("一/2", 6000000000, "元", "=", False, 2022, 2022)]),
    # (g) the value a change starts from (of a year, or of now) is a baseline; its year is not the target's
    ("某省关于推进新型城镇化的意见\n到2025年，全省常住人口城镇化率由2020年的56.5%提高到62%。",
     [(None, 62, "%", "=", False, None, 2025)]),
    ("国务院关于推进教育发展的意见\n到2010年，高等教育毛入学率要从现在的9%提高到15%左右。",
     [(None, 15, "%", "~", False, None, 2010)]),
    ("某省关于加快创新发展的意见\n到2022年，全省研发经费投入强度从2017年的1.9%提高到2.5%，高新技术企业数量由2000家增加到4000家。",
     [(None, 2.5, "%", "=", False, None, 2022), (None, 4000, "家", "=", False, None, 2022)]),
    ("某县关于推进农村改厕的方案\n全县农村卫生厕所普及率由目前的60%提升至85%。",
     [(None, 85, "%", "=", False, None, None)]),
    # (h) 到本世纪末 in a notice of the 1990s; a population naming a class of cities is no target
    ("国务院关于大力发展职业技术教育的决定\n到本世纪末，全国要建成二千所骨干职业技术学校，培训城乡劳动者五千万人次。\n国务院\n1991年10月17日",
     [(None, 2000, "所", "=", False, None, 2000), (None, 50000000, "人次", "=", False, None, 2000)]),
    ("国务院关于加强城市供水节水和水污染防治工作的通知\n到2005年，全国城市污水处理率不低于45%，五十万人口以上的城市要达到60%以上。",
     [(None, 45, "%", ">=", False, None, 2005), (None, 60, "%", ">=", False, None, 2005)]),
    # (i) township notices: a quota named as the task (`任务为`), pay per period, a body of a required size
    ("某街道办事处关于做好城乡居民医疗保险征缴工作的通知\n各社区居委会：\n今年，我街道城乡居民医保参保任务为3.5万人，参保率达到95%以上。\n"
     "某街道办事处\n2021年9月1日",
     [(None, 35000, "人", "=", False, 2021, 2021), (None, 95, "%", ">=", False, 2021, 2021)]),
    ("某镇农村人居环境整治实施方案\n（一）垃圾治理。每个自然村配备保洁员1至2名，每月保洁工资800元。\n（二）厕所改造。2020年完成改厕200户，2021年完成改厕300户。",
     [("(一)", 1, "名", ">=", False, None, None), ("(一)", 2, "名", "<=", False, None, None), ("(一)", 800, "元", "=", False, None, None),
      ("(二)", 200, "户", "=", False, 2020, 2020), ("(二)", 300, "户", "=", False, 2021, 2021)]),
    ("某镇人民政府关于开展2021年度秸秆禁烧工作的通知\n一、工作目标\n全镇秸秆综合利用率达到90%以上。\n二、工作措施\n"
     "（一）各村要成立不少于5人的巡查队伍，每天巡查不少于2次。",
     [("一", 90, "%", ">=", False, 2021, 2021), ("二/(一)", 5, "人", ">=", False, 2021, 2021)]),
    # (j) below a line (低于, 小于) is at most it: the spec has no `<`
    ("某省关于促进就业的意见\n到2020年，全省城镇登记失业率低于4.5%，新增就业高于50万人，氨氮排放量小于5万吨。",
     [(None, 4.5, "%", "<=", False, None, 2020), (None, 500000, "人", ">", False, None, 2020), (None, 50000, "吨", "<=", False, None, 2020)]),
    # (k) a paragraph that opens with a length counted from the issue year dates every target of it
    ("国务院关于促进乡村产业振兴的指导意见\n一、总体要求\n（一）指导思想。坚持农业农村优先发展。\n（二）目标任务。力争用5—10年时间，乡村产业振兴取得重要进展。"
     "农产品加工业营业收入达到32万亿元，主要农产品加工转化率达到80%。\n国务院\n2019年6月17日",
     [("一/(二)", 32000000000000, "元", "=", False, 2019, 2028), ("一/(二)", 80, "%", "=", False, 2019, 2028)]),
    ("某县人民政府关于做好农村饮水工作的通知\n一、目标\n今年，全县要完成饮水工程建设任务。新建集中供水工程15处，巩固提升受益人口2万人。\n某县人民政府\n2020年3月2日",
     [("一", 15, "处", "=", False, 2020, 2020), ("一", 20000, "人", "=", False, 2020, 2020)]),
    # (l) levels of life and schooling counted in years are targets; an age or a length that qualifies is not
    ("某省“十四五”规划纲要\n到2025年，全省人均预期寿命提高1岁，劳动年龄人口平均受教育年限达到11.3年。",
     [(None, 1, "岁", "=", False, None, 2025), (None, 11.3, "年", "=", False, None, 2025)]),
    ("某省卫生健康规划\n| 指标 | 单位 | 2020年 | 2025年 |\n| 人均预期寿命 | 岁 | 78.3 | 79 |",
     [(None, 79, "岁", "=", False, None, 2025)]),
    ("某县关于公开招聘社区工作者的通知\n年龄在35岁以下，具有3年以上工作经验。", []),
    # (m) the 年均/累计 column, read in rows that give no level to reach: a yearly rate, or a total in 〔〕
    ("国家“十四五”规划纲要\n| 类别 | 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |\n| 经济发展 | 全员劳动生产率增长（%） | 2.5 | — | >6.5 | 预期性 |\n"
     "| 常住人口城镇化率（%） | 60.6 | 65 | — | 预期性 |\n| 绿色生态 | 单位GDP能源消耗降低（%） | — | — | 〔13.5〕 | 约束性 |\n"
     "| 森林覆盖率（%） | 23.2 | 24.1 | 〔0.9〕 | 约束性 |",
     [(None, 6.5, "%", ">", True, 2021, 2025), (None, 65, "%", "=", False, None, 2025), (None, 13.5, "%", "=", False, 2021, 2025),
      (None, 24.1, "%", "=", False, None, 2025)]),
    # (n) a review of the past years (`五年来`, `过去五年`, `去年，`) sets nothing; `比去年增长` is a baseline
    ("某县人民政府关于加快交通发展的意见\n五年来，全县累计新建农村公路800公里。今后五年，全县新建农村公路1000公里。\n某县人民政府\n2021年3月1日",
     [(None, 1000, "公里", "=", False, 2021, 2025)]),
    ("某县人民政府关于加快交通发展的意见\n过去五年，全县累计新建农村公路800公里。\n某县人民政府\n2021年3月1日", []),
    ("某市关于做好就业工作的意见\n去年，全市新增城镇就业5.2万人。今年，全市新增城镇就业5万人以上，比去年增长10%。\n某市人民政府\n2019年3月1日",
     [(None, 50000, "人", ">=", False, 2019, 2019), (None, 10, "%", "=", False, 2019, 2019)]),
    # (o) zero-width characters of a web copy do not split a number
    ("某市人民政府关于推进就业的意见\n全年新增城镇就业1.2\u200b万人，安排资金5\u200b00万元。",
     [(None, 12000, "人", "=", False, None, None), (None, 5000000, "元", "=", False, None, None)]),
    # (p) validity as older offices word it: `自发布之日起试行两年`, `从印发之日起实行，有效期3年`
    ("某市就业补助资金管理办法\n第一条 为规范管理，制定本办法。\n第二条 补贴标准为每人每月500元。\n第三条 本办法自发布之日起试行两年。\n"
     "某市人力资源和社会保障局\n2018年5月1日",
     [("第二条", 500, "元", "=", False, 2018, 2019)]),
    ("某县临时救助实施办法\n第一条 为规范管理，制定本办法。\n第二条 救助标准最高不超过5000元。\n第三条 本办法从印发之日起实行，有效期3年。\n"
     "某县民政局\n2016年5月1日",
     [("第二条", 5000, "元", "<=", False, 2016, 2018)]),
    # (q) prices and rents a notice fixes, with rate units as written (`元/千瓦时`, `元/平方米·月`)
    ("某市发展改革委关于调整城市供水价格的通知\n居民生活用水价格调整为3.5元/立方米，非居民用水价格为4.8元/立方米。",
     [(None, 3.5, "元/立方米", "=", False, None, None), (None, 4.8, "元/立方米", "=", False, None, None)]),
    ("某省发展改革委关于居民阶梯电价的通知\n第一档居民生活用电价格执行0.55元/千瓦时。",
     [(None, 0.55, "元/千瓦时", "=", False, None, None)]),
    ("某市住房保障局关于公共租赁住房租金的通知\n公租房租金标准为12元/平方米·月，保障对象每人每月补贴不超过300元/人·月。",
     [(None, 12, "元/平方米·月", "=", False, None, None), (None, 300, "元/人·月", "<=", False, None, None)]),
    ("某县畜牧局关于生猪市场的情况通报\n据监测，本周生猪价格为每公斤28元。", []),
    # (r) a comparator before the base a multiple or share is taken of; 最低/最高 naming the base are no comparator
    ("某省关于提高技能人才待遇的意见\n技能人才工资不低于当地最低工资标准的1.5倍，见习补贴不超过当地最低工资标准的80%。",
     [(None, 1.5, "倍", ">=", False, None, None), (None, 80, "%", "<=", False, None, None)]),
    ("某市特困人员救助供养办法\n特困人员基本生活标准按本市最低生活保障标准的1.6倍确定。",
     [(None, 1.6, "倍", "=", False, None, None)]),
    # (s) units named by a level they reach, then granted a reward, are who qualifies; a demand stays
    ("某省关于稳岗扩就业的通知\n当年新增就业岗位达到50个的企业，按每个岗位1000元给予奖励，最高不超过10万元。",
     [(None, 1000, "元", "=", False, None, None), (None, 100000, "元", "<=", False, None, None)]),
    ("某县关于扶持农业产业化的意见\n培育10家以上的龙头企业，每家给予20万元奖励。",
     [(None, 10, "家", ">=", False, None, None), (None, 200000, "元", "=", False, None, None)]),
    # (t) 今冬明春 (the issue year's winter and the next spring); a school year in the title
    ("某县关于做好今冬明春农田水利基本建设的通知\n今冬明春，全县新增有效灌溉面积2万亩，完成土石方100万立方米。\n某县人民政府\n2019年10月20日",
     [(None, 20000, "亩", "=", False, 2019, 2020), (None, 1000000, "立方米", "=", False, 2019, 2020)]),
    ("某市教育局关于做好2023—2024学年学生资助工作的通知\n全市资助家庭经济困难学生不少于5000人次。",
     [(None, 5000, "人次", ">=", False, 2023, 2024)]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES)
def test_s7_classes(text, expected):
    assert targets_of(text) == expected
