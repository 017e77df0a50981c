"""Stress set of session 15 (helper s15-targets): the year attribution of targets in long, self-titled provincial and
prefecture plans (实施方案, 行动计划, 规划) as database copies keep them (no 印发 notice, often no date), plus central
ministries' quotas and caps and web copies. Written for this file in the style of provinces, prefectures and years
not in the dev corpus; expectations by spec 1.1 §7 (own sentence; the time expression opening the paragraph or the
heading of the numbered item; the plan's own period from its title or a body sentence; else null) and the guide's TG
rules, written before running: (value, unit, comparator, per_year, year_start, year_end, task).
Run `python3 tests/s15targets_stress.py` from the worktree root."""
from __future__ import annotations

# fmt: off
DOCS: list[tuple[str, str, list[tuple]]] = []


def doc(name: str, text: str, expected: list[tuple]) -> None:
    DOCS.append((name, text, expected))


# 1. a provincial 行动计划 with its period in the title; goals paragraph with a milestone pair; tasks take the period
doc("prov-plan-period-milestones", """江西省数字经济做优做强“一号发展工程”行动计划（2023—2025年）
为深入实施数字经济做优做强“一号发展工程”，制定本行动计划。
一、总体要求
（一）指导思想。以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念。
（二）主要目标。到2025年，全省数字经济增加值突破1.5万亿元，占GDP比重达到45%。到2027年，数字经济核心产业营业收入达到2万亿元。
二、重点任务
（一）推进数字产业化。培育营业收入超百亿元的数字经济企业10家以上，新增规模以上数字经济企业500家。
（二）建设数字基础设施。新建5G基站3万个，每年新增千兆光网用户50万户。
""", [
    (1.5e12, "元", ">", False, None, 2025, "一/(二)"),
    (45, "%", "=", False, None, 2025, "一/(二)"),
    (2e12, "元", "=", False, None, 2027, "一/(二)"),
    (10, "家", ">=", False, 2023, 2025, "二/(一)"),
    (500, "家", "=", False, 2023, 2025, "二/(一)"),
    (30000, "个", "=", False, 2023, 2025, "二/(二)"),
    (500000, "户", "=", True, 2023, 2025, "二/(二)"),
])

# 2. a self-titled 实施方案 without a period in the title: the goals' year stays in the goals (TG12/TG13), tasks null
doc("prov-scheme-no-period", """湖南省加快推进新型储能产业发展实施方案
新型储能是构建新型电力系统的重要支撑。为加快推进我省新型储能产业发展，制定本方案。
一、发展目标
到2025年，全省新型储能装机规模达到500万千瓦以上，产业营业收入突破1000亿元，培育产值超10亿元的企业20家。
二、主要任务
（一）壮大市场主体。每年遴选储能示范项目10个左右，给予每个项目最高不超过500万元奖励。
（二）完善标准体系。制定地方标准5项以上。
""", [
    (5000000, "千瓦", ">=", False, None, 2025, "一"),
    (1e11, "元", ">", False, None, 2025, "一"),
    (20, "家", "=", False, None, 2025, "一"),
    (10, "个", "~", True, None, None, "二/(一)"),
    (5000000, "元", "<=", False, None, None, "二/(一)"),
    (5, "项", ">=", False, None, None, "二/(二)"),
])

# 3. goals heading, lead sentence opened by 到2025年, numbered sub-goals (TG12): the sub-items take 2025
doc("pref-goals-subitems", """赣州市推动制造业高质量发展三年行动方案
一、总体目标
到2025年，全市制造业综合实力显著增强，主要目标如下。
1.产业规模持续壮大。规模以上工业企业达到2800家，工业增加值年均增长8%以上。
2.创新能力明显提升。新增省级以上企业技术中心30家，高新技术企业突破1500家。
3.绿色转型成效显著。单位工业增加值能耗下降13.5%。
二、重点任务
（一）实施链长制。围绕12条重点产业链，每条产业链引进龙头企业1家以上。
""", [
    (2800, "家", "=", False, None, 2025, "一/1"),
    (8, "%", ">=", True, None, 2025, "一/1"),
    (30, "家", "=", False, None, 2025, "一/2"),
    (1500, "家", ">", False, None, 2025, "一/2"),
    (13.5, "%", "=", False, None, 2025, "一/3"),
    (1, "家", ">=", False, None, None, "二/(一)"),
])

# 4. run-in goals heading with the year in the heading line; a second paragraph of the goals item without a year
doc("prov-runin-goals-two-paras", """山西省推进特色专业镇高质量发展行动方案
一、总体要求
（一）基本原则。坚持市场主导、政府引导。
（二）主要目标。到2025年，全省培育特色专业镇50个，其中产值超百亿元的10个。
特色专业镇规模以上工业企业达到1500家，带动就业30万人。
二、重点任务
（三）强化要素保障。省级财政每年安排专项资金2亿元。
""", [
    (50, "个", "=", False, None, 2025, "一/(二)"),
    (10, "个", "=", False, None, 2025, "一/(二)"),
    (1500, "家", "=", False, None, 2025, "一/(二)"),
    (300000, "人", "=", False, None, 2025, "一/(二)"),
    (200000000, "元", "=", True, None, None, "二/(三)"),
])

# 5. a 分别达到 list with one year per value; a 2023-2025 plan
doc("pref-respectively-years", """泉州市培育壮大市场主体三年行动计划（2023—2025年）
一、工作目标
全市市场主体总量稳步增长，2023年、2024年、2025年全市企业数量分别达到25万家、28万家、32万家。
二、工作措施
（一）每年新增“小升规”企业300家以上。
""", [
    (250000, "家", "=", False, 2023, 2023, "一"),
    (280000, "家", "=", False, 2024, 2024, "一"),
    (320000, "家", "=", False, 2025, 2025, "一"),
    (300, "家", ">=", True, 2023, 2025, "二/(一)"),
])

# 6. an indicator table (主要指标表) with 基期 and 2025年目标 columns and 属性
doc("prov-indicator-table", """甘肃省“十四五”文化旅游发展规划
第一章 发展基础
“十三五”时期，全省接待游客人数年均增长22%。
第二章 发展目标
到2025年，文化旅游业成为全省重要支柱产业。
表1 “十四五”文化旅游发展主要指标
| 指标 | 单位 | 2020年（基期） | 2025年目标 | 属性 |
| 接待游客人数 | 亿人次 | 2.1 | 4.5 | 预期性 |
| 旅游总收入 | 亿元 | 1450 | 4000 | 预期性 |
第三章 重点任务
第一节 打造精品线路
建设精品旅游线路20条。
""", [
    (450000000, "人次", "=", False, None, 2025, "第二章"),
    (400000000000, "元", "=", False, None, 2025, "第二章"),
    (20, "条", "=", False, 2021, 2025, "第三章/第一节"),
])

# 7. a table with a column per year (annual breakdown)
doc("pref-annual-table", """淄博市老旧小区改造三年攻坚行动方案（2023—2025年）
一、年度任务分解
| 指标 | 2023年 | 2024年 | 2025年 |
| 改造老旧小区（个） | 120 | 150 | 180 |
二、保障措施
市财政每年安排奖补资金1亿元。
""", [
    (120, "个", "=", False, 2023, 2023, "一"),
    (150, "个", "=", False, 2024, 2024, "一"),
    (180, "个", "=", False, 2025, 2025, "一"),
    (100000000, "元", "=", True, 2023, 2025, "二"),
])

# 8. 专栏 boxes inside a 规划 whose title carries the 十四五 (plan period 2021-2025)
doc("pref-plan-zhuanlan", """绵阳市“十四五”综合交通运输发展规划
第一章 发展目标
到2025年，基本建成现代综合交通运输体系，高速公路通车里程达到800公里。
第二章 主要任务
第一节 完善路网
专栏1 高速公路建设重点工程
新建绵阳至苍溪高速公路等项目，新增里程200公里。
第二节 提升服务
每年新增农村客运班线10条以上。
""", [
    (800, "公里", "=", False, None, 2025, "第一章"),
    (200, "公里", "=", False, 2021, 2025, "第二章/第一节"),
    (10, "条", ">=", True, 2021, 2025, "第二章/第二节"),
])

# 9. deadlines: 到“十四五”末, 至2025年, 2024年底前, 截至2025年底 (future), 前 and 末
doc("prov-deadlines", """广西壮族自治区推进县域商业体系建设实施方案
一、工作目标
到“十四五”末，全区建成县级物流配送中心80个。
二、重点任务
（一）至2025年，改造提升乡镇商贸中心300个。
（二）2024年底前，实现快递服务行政村覆盖率达到95%。
（三）截至2025年底，建成村级寄递物流综合服务站1万个。
（四）2025年末，农村网络零售额达到800亿元。
（五）培育县域龙头流通企业50家。
""", [
    (80, "个", "=", False, None, 2025, "一"),
    (300, "个", "=", False, None, 2025, "二/(一)"),
    (95, "%", "=", False, None, 2024, "二/(二)"),
    (10000, "个", "=", False, None, 2025, "二/(三)"),
    (80000000000, "元", "=", False, None, 2025, "二/(四)"),
    (50, "家", "=", False, None, None, "二/(五)"),
])

# 10. year ranges in headings: 近期目标（2023—2025年） / 远期目标（2026—2030年）
doc("pref-heading-ranges", """湛江市海洋经济发展行动方案
一、发展目标
（一）近期目标（2023—2025年）
海洋生产总值达到1500亿元，建成现代化海洋牧场10个。
（二）远期目标（2026—2030年）
海洋生产总值突破2500亿元，海洋牧场达到20个。
二、重点任务
（一）建设深水网箱养殖基地5个。
""", [
    (150000000000, "元", "=", False, 2023, 2025, "一/(一)"),
    (10, "个", "=", False, 2023, 2025, "一/(一)"),
    (250000000000, "元", ">", False, 2026, 2030, "一/(二)"),
    (20, "个", "=", False, 2026, 2030, "一/(二)"),
    (5, "个", "=", False, None, None, "二/(一)"),
])

# 11. a one-year 工作要点 whose targets also cite a later horizon
doc("pref-workpoints-later-horizon", """潍坊市2024年数字政府建设工作要点
一、夯实数字底座
全年新建5G基站3000个。按照到2025年全市政务云资源利用率达到80%的目标，今年提升至70%以上。
二、提升服务效能
政务服务事项网上可办率保持在98%以上。
""", [
    (3000, "个", "=", False, 2024, 2024, "一"),
    (80, "%", "=", False, None, 2025, "一"),
    (70, "%", ">=", False, 2024, 2024, "一"),
    (98, "%", ">=", False, 2024, 2024, "二"),
])

# 12. a plan whose only year is in its goals section, then a body sentence of duration in the preamble
doc("prov-preamble-duration", """吉林省冰雪产业高质量发展实施方案
为推动冰雪产业高质量发展，用三年时间（2023—2025年）实施冰雪产业提质工程，特制定本方案。
一、主要目标
到2025年，全省冰雪产业总规模达到3000亿元。
二、重点任务
（一）新建改建滑雪场10座。
（二）每年举办冰雪赛事活动100项以上。
""", [
    (300000000000, "元", "=", False, None, 2025, "一"),
    (10, "座", "=", False, 2023, 2025, "二/(一)"),
    (100, "项", ">=", True, 2023, 2025, "二/(二)"),
])

# 13. body sentence of the plan's period (实施期限) after the goals
doc("pref-stated-term", """宜宾市农村人居环境整治提升实施方案
一、总体目标
到2025年，全市农村卫生厕所普及率达到90%以上。
二、实施期限
本方案实施期限为2023年至2025年。
三、重点任务
（一）完成农村户厕改造2万户。
（二）每个乡镇建设垃圾转运站1座。
""", [
    (90, "%", ">=", False, None, 2025, "一"),
    (20000, "户", "=", False, 2023, 2025, "三/(一)"),
    (1, "座", "=", False, 2023, 2025, "三/(二)"),
])

# 14. the goals paragraph opens with 到2025年; a later sentence names 到2030年; a third sentence follows (paragraph opener)
doc("prov-paragraph-opener-later", """云南省加快推进绿色铝产业发展行动方案
一、发展目标
到2025年，全省绿色铝产能达到600万吨，铝精深加工率达到50%以上。到2030年，绿色铝产业营业收入突破5000亿元。铝加工企业研发投入强度不低于3%。
二、重点任务
（一）建设绿色铝产业园区5个。
""", [
    (6000000, "吨", "=", False, None, 2025, "一"),
    (50, "%", ">=", False, None, 2025, "一"),
    (500000000000, "元", ">", False, None, 2030, "一"),
    (3, "%", ">=", False, None, 2025, "一"),
    (5, "个", "=", False, None, None, "二/(一)"),
])

# 15. a year-by-year schedule in prose (TG10): bare years; 三年累计
doc("pref-yearly-schedule", """洛阳市城市更新三年行动计划（2024—2026年）
一、目标任务
2024年，完成城中村改造20个；2025年，完成城中村改造30个；2026年，完成城中村改造25个。三年累计改造城镇老旧小区600个。
二、保障措施
（一）对纳入计划的项目，按每户不超过1万元的标准给予补助。
""", [
    (20, "个", "=", False, 2024, 2024, "一"),
    (30, "个", "=", False, 2025, 2025, "一"),
    (25, "个", "=", False, 2026, 2026, "一"),
    (600, "个", "=", False, 2024, 2026, "一"),
    (10000, "元", "<=", False, 2024, 2026, "二/(一)"),
])

# 16. goals list introduced by a colon sentence with the year (TG6d), bullets ——
doc("prov-goals-colon-bullets", """黑龙江省推进农业机械化高质量发展实施方案
一、主要目标
力争到2025年，实现以下目标：
——全省农作物耕种收综合机械化率达到99%；
——建设全程机械化示范县20个；
——农机合作社达到1.2万个。
二、重点任务
（一）每年培训农机手1万人次。
""", [
    (99, "%", "=", False, None, 2025, "一"),
    (20, "个", "=", False, None, 2025, "一"),
    (12000, "个", "=", False, None, 2025, "一"),
    (10000, "人次", "=", True, None, None, "二/(一)"),
])

# 17. 到2025年 in an opening paragraph under 二、重点任务 that runs into targets in the same paragraph
doc("pref-tasks-opened-year", """嘉兴市推进共同富裕示范区建设行动计划（2023—2027年）
一、重点任务
（一）推动城乡融合。到2025年，城乡居民收入倍差缩小到1.55以内。新建城乡公交一体化线路30条。
新建农村文化礼堂100个。
（二）扩大中等收入群体。每年新增技能人才3万人。
""", [
    (1.55, "比值", "<=", False, None, 2025, "一/(一)"),
    (30, "条", "=", False, None, 2025, "一/(一)"),
    (100, "个", "=", False, 2023, 2027, "一/(一)"),
    (30000, "人", "=", True, 2023, 2027, "一/(二)"),
])

# 18. 2023年起 open start inside a plan with a period; N年内 counted from the plan start
doc("prov-from-year", """贵州省林业产业高质量发展三年行动方案（2023—2025年）
一、重点任务
（一）自2024年起，每年新增林下经济利用面积50万亩。
（二）3年内建成国家级林业产业示范园区5个。
""", [
    (500000, "亩", "=", True, 2024, 2025, "一/(一)"),
    (5, "个", "=", False, 2023, 2025, "一/(二)"),
])

# 19. a database copy of a prefecture 规划 with an indicator table: a 2020 base column, goal columns 2023 and 2025
doc("pref-table-goal-columns", """荆州市生态环境保护规划（2021—2025年）
二、主要指标
| 序号 | 指标名称 | 单位 | 2020年 | 2023年 | 2025年 | 属性 |
| 1 | 空气质量优良天数比率 | % | 84.5 | 86 | 88 | 约束性 |
| 2 | 地表水达到或好于Ⅲ类水体比例 | % | 89 | 91 | 93 | 约束性 |
""", [
    (86, "%", "=", False, None, 2023, "二"),  # (a goal column headed by a year is read like 到, session 14b)
    (88, "%", "=", False, None, 2025, "二"),
    (91, "%", "=", False, None, 2023, "二"),
    (93, "%", "=", False, None, 2025, "二"),
])

# 20. 到2025年 opening a goals paragraph; next paragraph opens 到2035年 (展望): its own year
doc("prov-vision-2035", """河北省推进中医药强省建设行动方案
一、主要目标
到2025年，全省中医医院床位达到5万张，每千人口中医执业医师达到0.75人。
展望2035年，中医药服务可及性全面提升，中医药产业规模突破2000亿元。
二、重点任务
（一）建设省级中医优势专科100个。
""", [
    (50000, "张", "=", False, None, 2025, "一"),
    (0.75, "人", "=", False, None, 2025, "一"),
    (200000000000, "元", ">", False, None, 2035, "一"),
    (100, "个", "=", False, None, None, "二/(一)"),
])

# 21. a ministry notice: 名额, 每省推荐不超过N个, caps (central, web copy); a call for one year's round keeps null years
#     (tests/s14targets_stress.py `call-eligibility`, sessions 8 and 13b on 下达)
doc("central-quota-web", """首页 > 政务公开 > 通知公告
农业农村部办公厅关于组织推荐2023年全国农业科技现代化先行县的通知
发布时间：2023-04-10 来源：科技教育司
各省、自治区、直辖市农业农村（农牧）厅（局、委）：
为推进农业科技现代化，我部决定开展2023年先行县遴选工作。现将有关事项通知如下。
一、推荐名额
每省推荐不超过3个县，计划单列市推荐1个县。
二、支持政策
对入选的先行县，中央财政给予每县补助资金不超过500万元。
农业农村部办公厅
2023年4月10日
""", [
    (3, "个", "<=", False, None, None, "一"),
    (1, "个", "=", False, None, None, "一"),
    (5000000, "元", "<=", False, None, None, "二"),
])

# 22. a central 通知 transmitting an attachment with targets (attachment is body)
doc("central-transmit-attachment", """国家发展改革委 国家能源局关于印发《加快推进充电基础设施建设工作方案》的通知
发改能源〔2022〕55号
各省、自治区、直辖市发展改革委、能源局：
现将《加快推进充电基础设施建设工作方案》印发给你们，请认真贯彻落实。
国家发展改革委
国家能源局
2022年3月1日
附件
加快推进充电基础设施建设工作方案
一、工作目标
到2025年，全国充电桩数量达到2000万台，高速公路服务区充电设施覆盖率达到100%。
二、重点任务
（一）每个县城至少建设1座公共充电站。
""", [
    (20000000, "台", "=", False, None, 2025, "附件/一"),
    (100, "%", "=", False, None, 2025, "附件/一"),
    (1, "座", ">=", False, None, None, "附件/二/(一)"),
])

# 23. a central ministry notice: places per training class, caps per day, names
doc("central-training-caps", """人力资源社会保障部办公厅关于举办2022年高级研修项目的通知
人社厅函〔2022〕33号
各省、自治区、直辖市人力资源社会保障厅（局）：
一、研修安排
全年举办高级研修班60期，每期学员不超过50人。
二、经费
研修期间食宿费用标准不超过400元/人/日，由举办单位承担。
人力资源社会保障部办公厅
2022年3月8日
""", [
    (60, "期", "=", False, 2022, 2022, "一"),
    (50, "人", "<=", False, 2022, 2022, "一"),
    (400, "元/人/日", "<=", False, 2022, 2022, "二"),
])

# 24. a prefecture 实施方案 whose goals sub-item (一) opens with a year and sub-item (二) has none
doc("pref-goals-sub-one-dated", """六安市加快发展银发经济实施方案
一、发展目标
（一）到2025年，全市养老机构护理型床位占比达到60%。
（二）培育银发经济龙头企业10家，建设智慧健康养老示范社区20个。
二、重点任务
（一）每个县区建设1个以上县级失能特困人员集中照护机构。
""", [
    (60, "%", "=", False, None, 2025, "一/(一)"),
    (10, "家", "=", False, None, 2025, "一/(二)"),
    (20, "个", "=", False, None, 2025, "一/(二)"),
    (1, "个", ">=", False, None, None, "二/(一)"),
])

# 25. a later horizon opening a task's paragraph dates the whole paragraph (spec §7); the next item takes the period
doc("prov-later-horizon-tasks", """福建省海上风电高质量发展实施方案（2023—2025年）
一、重点任务
（一）有序推进项目建设。力争到2030年，全省海上风电并网装机达到2000万千瓦。新增并网装机500万千瓦。
（二）培育装备产业。建设海上风电装备产业基地3个。
""", [
    (20000000, "千瓦", "=", False, None, 2030, "一/(一)"),
    (5000000, "千瓦", "=", False, None, 2030, "一/(一)"),  # the 力争到2030年 opens the paragraph (after the run-in heading)
    (3, "个", "=", False, 2023, 2025, "一/(二)"),
])

# 26. a self-titled plan with a 十四五 title (期间) and a goals paragraph; targets in tasks take 2021/2025
doc("prov-14th-plan", """青海省“十四五”生态环境保护规划
一、主要目标
到2025年，全省地级城市空气质量优良天数比率达到94%以上。
二、重点任务
（一）“十四五”期间，完成国土绿化面积1500万亩。
（二）建设国家公园示范省，新增自然保护地面积50万公顷。
""", [
    (94, "%", ">=", False, None, 2025, "一"),
    (15000000, "亩", "=", False, 2021, 2025, "二/(一)"),
    (500000, "公顷", "=", False, 2021, 2025, "二/(二)"),
])

# 27. an annual breakdown in prose: 2023年完成60%, 2024年完成全部
doc("pref-annual-percent", """邢台市燃气管道老化更新改造实施方案（2023—2025年）
一、目标任务
全市需改造燃气管道1200公里，2023年完成30%以上，2024年完成70%以上，2025年全部完成。
""", [
    (1200, "公里", "=", False, 2023, 2025, "一"),
    (30, "%", ">=", False, 2023, 2023, "一"),
    (70, "%", ">=", False, 2024, 2024, "一"),
])

# 28. goals with 到2025年 after a colon label in the heading line: （二）发展目标：到2025年，…
doc("pref-heading-colon-year", """株洲市轨道交通装备产业链发展行动方案
一、发展目标：到2025年，全市轨道交通装备产业产值突破2000亿元，培育专精特新企业50家。
二、重点任务
（一）新建企业技术中心10个。
""", [
    (200000000000, "元", ">", False, None, 2025, "一"),
    (50, "家", "=", False, None, 2025, "一"),
    (10, "个", "=", False, None, None, "二/(一)"),
])

# 29. 到2025年 opening a paragraph with a colon and (1)(2) run in
doc("prov-runin-list", """安徽省推进新能源汽车产业发展行动方案
一、总体目标。到2025年，实现：（1）新能源汽车产量达到100万辆；（2）建成充电桩20万个；（3）关键零部件本地配套率达到60%。
二、重点任务
（一）支持整车企业扩大产能，每年新增产能10万辆。
""", [
    (1000000, "辆", "=", False, None, 2025, "一/(1)"),  # (paths: the tasks owner's reading of inline (1)(2)(3))
    (200000, "个", "=", False, None, 2025, "一/(2)"),
    (60, "%", "=", False, None, 2025, "一/(3)"),
    (100000, "辆", "=", True, None, None, "二/(一)"),
])

# 30. a prefecture work plan of one year (实施方案 for 2023) without the year in the title, period in a sentence
doc("pref-one-year-term", """临沂市稳就业工作实施方案
为做好2023年稳就业工作，制定本方案。
一、工作目标
全年城镇新增就业8万人，城镇登记失业率控制在4.5%以内。
二、工作措施
（一）开发城乡公益性岗位2000个。
""", [
    (80000, "人", "=", False, 2023, 2023, "一"),
    (4.5, "%", "<=", False, 2023, 2023, "一"),
    (2000, "个", "=", False, 2023, 2023, "二/(一)"),
])

# 31. a provincial 规划 with period (2021—2035年) and an intermediate milestone in its goals
doc("prov-long-plan", """浙江省国土空间规划（2021—2035年）
一、规划目标
到2025年，全省耕地保有量不低于2500万亩。到2035年，永久基本农田保护面积不低于2200万亩。
二、保护措施
（一）每年补充耕地10万亩以上。
""", [
    (25000000, "亩", ">=", False, None, 2025, "一"),
    (22000000, "亩", ">=", False, None, 2035, "一"),
    (100000, "亩", ">=", True, 2021, 2035, "二/(一)"),
])

# 32. a goals paragraph whose year is given in the preceding lead sentence ending in 。 and a targets paragraph
doc("pref-lead-sentence", """柳州市推动汽车产业转型升级行动计划
二、发展目标
到2025年，全市汽车产业实现高质量发展。
汽车产量达到300万辆，其中新能源汽车100万辆；汽车产业产值突破3000亿元。
三、主要任务
（一）培育汽车零部件企业100家。
""", [
    (3000000, "辆", "=", False, None, 2025, "二"),
    (1000000, "辆", "=", False, None, 2025, "二"),
    (300000000000, "元", ">", False, None, 2025, "二"),
    (100, "家", "=", False, None, None, "三/(一)"),
])

# 33. a web copy of a provincial 通知 (transmitting), plan period in the plan's title
doc("web-transmit-plan-period", """当前位置：首页 > 政务公开 > 政策文件
四川省人民政府办公厅关于印发四川省推动文旅深度融合三年行动方案（2024—2026年）的通知
发布日期：2024-03-01 来源：省政府办公厅
各市（州）人民政府，省政府各部门：
《四川省推动文旅深度融合三年行动方案（2024—2026年）》已经省政府同意，现印发给你们，请认真贯彻执行。
四川省人民政府办公厅
2024年2月26日
四川省推动文旅深度融合三年行动方案（2024—2026年）
一、行动目标
到2026年，全省旅游总收入达到1.6万亿元。
二、重点任务
（一）创建国家5A级旅游景区5家以上。
""", [
    (1.6e12, "元", "=", False, None, 2026, "一"),
    (5, "家", ">=", False, 2024, 2026, "二/(一)"),
])

# 34. a goals paragraph opens with a statement; a 到2025年 sentence in the middle dates its own sentence only; TG12 goals item
doc("prov-mid-year", """内蒙古自治区推进奶业振兴实施方案
一、发展目标
奶业全产业链持续壮大。到2025年，全区奶类产量达到1200万吨。奶牛规模化养殖比重达到95%。
二、重点任务
（一）新建改扩建奶牛养殖场100个。
""", [
    (12000000, "吨", "=", False, None, 2025, "一"),
    (95, "%", "=", False, None, 2025, "一"),
    (100, "个", "=", False, None, None, "二/(一)"),
])

# 35. a prefecture plan: goals in prose with 到2024年底 and 到2025年底 sentences in one paragraph
doc("pref-two-deadlines", """南通市推进海上养殖转型升级实施方案
一、工作目标
到2024年底，全市完成养殖尾水治理面积5万亩。到2025年底，养殖尾水治理实现全覆盖，建成省级水产健康养殖示范场30个。
二、推进措施
（一）市财政每年安排专项资金3000万元。
""", [
    (50000, "亩", "=", False, None, 2024, "一"),
    (30, "个", "=", False, None, 2025, "一"),
    (30000000, "元", "=", True, None, None, "二/(一)"),
])

# 36. a target sentence following a year-opened sentence in a task paragraph (tasks section, no period)
doc("prov-task-para-opener", """陕西省推进秦创原创新驱动平台建设实施方案
一、重点任务
（一）壮大科技企业。到2025年，全省科技型中小企业突破2.5万家。每年新增高新技术企业1000家。
（二）建设平台。建设省级重点实验室50个。
""", [
    (25000, "家", ">", False, None, 2025, "一/(一)"),
    (1000, "家", "=", True, None, 2025, "一/(一)"),
    (50, "个", "=", False, None, None, "一/(二)"),
])


# 37. a compound goals heading (指导思想和发展目标) over a dated paragraph and a paragraph without a year
doc("prov-compound-goal-heading", """宁夏回族自治区推进枸杞产业高质量发展实施方案
一、指导思想和发展目标
以习近平新时代中国特色社会主义思想为指导，推动枸杞产业高质量发展。
到2025年，全区枸杞种植面积稳定在40万亩，综合产值达到500亿元。
枸杞精深加工转化率达到35%，培育国家级农业产业化龙头企业5家。
二、重点任务
（一）建设标准化基地30个。
""", [
    (400000, "亩", "=", False, None, 2025, "一"),
    (50000000000, "元", "=", False, None, 2025, "一"),
    (35, "%", "=", False, None, 2025, "一"),
    (5, "家", "=", False, None, 2025, "一"),
    (30, "个", "=", False, None, None, "二/(一)"),
])

# 38. two milestones in one sentence joined by ；
doc("pref-two-years-one-sentence", """芜湖市推进机器人产业发展行动方案
一、发展目标
到2025年，全市机器人产业产值突破500亿元；到2027年，产值突破800亿元，机器人整机企业达到50家。
二、重点任务
（一）建设机器人应用场景100个。
""", [
    (50000000000, "元", ">", False, None, 2025, "一"),
    (80000000000, "元", ">", False, None, 2027, "一"),
    (50, "家", "=", False, None, 2027, "一"),
    (100, "个", "=", False, None, None, "二/(一)"),
])

# 39. a database copy with full-width indentation; a goal sentence typed one clause per line (wrapped after ，)
doc("prov-db-indented", """辽宁省推进海洋牧场建设行动方案
　　一、发展目标
　　到2025年，全省建成国家级海洋牧场示范区50个，
　　海洋牧场面积达到300万亩，带动渔民增收20亿元。海洋牧场观光游客达到100万人次。
　　二、重点任务
　　（一）每年投放人工鱼礁50万空方，增殖放流苗种2亿尾。
""", [
    (50, "个", "=", False, None, 2025, "一"),
    (3000000, "亩", "=", False, None, 2025, "一"),
    (2000000000, "元", "=", False, None, 2025, "一"),
    (1000000, "人次", "=", False, None, 2025, "一"),
    (500000, "空方", "=", True, None, None, "二/(一)"),
    (200000000, "尾", "=", True, None, None, "二/(一)"),
])

# 40. the year after the target in its own sentence (到2025年累计达到…)
doc("pref-year-after-target", """温州市专精特新中小企业培育行动方案
一、培育目标
每年新增省级专精特新中小企业100家以上，到2025年累计达到800家。
二、支持政策
（一）对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。
""", [
    (100, "家", ">=", True, None, 2025, "一"),
    (800, "家", "=", False, None, 2025, "一"),
    (500000, "元", "=", False, None, None, "二/(一)"),
])

# 41. a task item's heading with a year over its numbered sub-items
doc("prov-task-heading-year", """湖北省推进交通强省建设实施方案
一、重点任务
（一）到2025年，基本建成综合立体交通网主骨架。
1.新增高速公路通车里程1000公里。
2.新改建农村公路2万公里。
（二）加快多式联运发展
1.开通多式联运线路20条。
""", [
    (1000, "公里", "=", False, None, 2025, "一/(一)/1"),
    (20000, "公里", "=", False, None, 2025, "一/(一)/2"),
    (20, "条", "=", False, None, None, "一/(二)/1"),
])

# 42. a goals heading with the year: （二）到2025年的主要目标 over paragraphs
doc("pref-goal-heading-with-year", """常州市新能源之都建设行动方案
一、总体要求
（一）到2025年的主要目标
全市新能源产业规模突破8000亿元，新能源整车产量达到100万辆。
新建充电桩2万个。
二、重点任务
（一）引进新能源重大项目50个。
""", [
    (800000000000, "元", ">", False, None, 2025, "一/(一)"),
    (1000000, "辆", "=", False, None, 2025, "一/(一)"),
    (20000, "个", "=", False, None, 2025, "一/(一)"),
    (50, "个", "=", False, None, None, "二/(一)"),
])

# 43. a goals item with a 总体目标 sub-item (year) and 具体目标 sub-item with a list (TG12)
doc("prov-total-and-specific", """山东省推进黄河流域生态保护实施方案
二、主要目标
（一）总体目标。到2025年，黄河流域生态环境质量明显改善。
（二）具体目标。
1.地表水国控断面优良水体比例达到70%。
2.新增水土流失治理面积3000平方公里。
三、重点任务
（一）建设湿地公园10处。
""", [
    (70, "%", "=", False, None, 2025, "二/(二)/1"),
    (3000, "平方公里", "=", False, None, 2025, "二/(二)/2"),
    (10, "处", "=", False, None, None, "三/(一)"),
])

# 44. a heading with a year range (2023—2025年) over task items; 2024年 milestone inside
doc("pref-range-heading-tasks", """江门市推进预制菜产业发展行动方案
一、发展目标
（一）2023—2025年。全市预制菜产业产值年均增长15%，培育预制菜龙头企业20家。
（二）2026—2030年。全市预制菜产业产值突破500亿元。
二、重点任务
（一）建设预制菜产业园3个。
""", [
    (15, "%", "=", True, 2023, 2025, "一/(一)"),
    (20, "家", "=", False, 2023, 2025, "一/(一)"),
    (50000000000, "元", ">", False, 2026, 2030, "一/(二)"),
    (3, "个", "=", False, None, None, "二/(一)"),
])

# 45. a self-titled plan for one year stated in its preamble (为做好2024年…工作，制定本方案)
doc("pref-one-year-preamble", """德阳市春季农业生产实施方案
为做好2024年春季农业生产工作，确保粮食稳产增产，制定本方案。
一、目标任务
全市粮食播种面积稳定在320万亩以上，新建高标准农田10万亩。
""", [
    (3200000, "亩", ">=", False, 2024, 2024, "一"),
    (100000, "亩", "=", False, 2024, 2024, "一"),
])

# 46. an 示范 selection with a per-project reward after 每年遴选 (per award, not per year)
doc("prov-selection-reward", """河南省数字化转型示范项目实施方案
一、支持方式
每年遴选数字化转型示范项目30个，对每个项目给予不超过200万元奖励。
""", [
    (30, "个", "=", True, None, None, "一"),
    (2000000, "元", "<=", False, None, None, "一"),
])

# 47. a goals paragraph led by a baseline sentence; 比2020年 is no target year
doc("prov-baseline-in-goals", """海南省推进清洁能源岛建设行动方案
一、行动目标
到2025年，全省清洁能源装机比重达到80%左右，单位生产总值二氧化碳排放比2020年下降12%。
""", [
    (80, "%", "~", False, None, 2025, "一"),
    (12, "%", "=", False, None, 2025, "一"),
])

# 48. a 十四五 plan whose goals paragraph states 到“十四五”末 and then a paragraph 到2035年; tasks take the period
doc("pref-14th-end", """宜昌市“十四五”服务业发展规划
二、发展目标
到“十四五”末，全市服务业增加值突破3000亿元，占GDP比重达到50%。
到2035年，服务业增加值占GDP比重达到60%。
三、主要任务
新培育省级服务业示范园区5个。
""", [
    (300000000000, "元", ">", False, None, 2025, "二"),
    (50, "%", "=", False, None, 2025, "二"),
    (60, "%", "=", False, None, 2035, "二"),
    (5, "个", "=", False, 2021, 2025, "三"),
])

# 49. central ministry notice: 每省推荐名额, 申报 round of a year
doc("central-apply-round", """工业和信息化部办公厅关于组织申报2024年度智能制造示范工厂的通知
工信厅装函〔2024〕88号
各省、自治区、直辖市工业和信息化主管部门：
一、申报要求
各地推荐数量原则上不超过10个，计划单列市不超过3个。
二、有关要求
每家企业限报1个项目。
工业和信息化部办公厅
2024年5月6日
""", [
    (10, "个", "<=", False, None, None, "一"),
    (3, "个", "<=", False, None, None, "一"),
    (1, "个", "=", False, None, None, "二"),
])


# 50. a 规划 stating its period in the body without 为 (规划期限2021—2025年); a chapter-and-section layout
doc("prov-plan-term-no-wei", """湖北省数字经济发展规划
第一章 总则
本规划范围为全省行政区域，规划期限2021—2025年，展望到2035年。
第二章 发展目标
到2025年，全省数字经济核心产业增加值占GDP比重达到10%。
第三章 重点任务
第一节 建设数字基础设施
新建5G基站6万个，建成千兆城市10个。
""", [
    (10, "%", "=", False, None, 2025, "第二章"),
    (60000, "个", "=", False, 2021, 2025, "第三章/第一节"),
    (10, "个", "=", False, 2021, 2025, "第三章/第一节"),
])

# 51. 本行动计划实施期限为…; a task paragraph opened by “十四五”期间
doc("prov-action-term", """广东省推动新型储能产业高质量发展行动计划
本行动计划实施期限为2023年至2027年。
一、发展目标
到2027年，全省新型储能产业营业收入达到1万亿元。
二、重点任务
（一）“十四五”期间，新型储能装机规模达到300万千瓦。培育储能领军企业10家。
（二）建设储能产业集聚区5个。
""", [
    (1e12, "元", "=", False, None, 2027, "一"),
    (3000000, "千瓦", "=", False, 2021, 2025, "二/(一)"),
    (10, "家", "=", False, 2021, 2025, "二/(一)"),
    (5, "个", "=", False, 2023, 2027, "二/(二)"),
])

# 52. a database copy without date or period: the preamble reviews the past year (no target), then goals
doc("pref-preamble-review-undated", """鄂尔多斯市推进现代能源经济高质量发展实施方案
2022年，全市煤炭产量达到7.5亿吨，新能源装机达到500万千瓦。为推进现代能源经济高质量发展，制定本方案。
一、主要目标
到2025年，全市新能源装机规模达到5000万千瓦。
二、重点任务
（一）建设绿氢项目10个。
""", [
    (50000000, "千瓦", "=", False, None, 2025, "一"),
    (10, "个", "=", False, None, None, "二/(一)"),
])

# 53. phases of an implementation: 实施步骤 with a dated heading per phase
doc("pref-phases", """遵义市城乡环境综合整治实施方案
一、目标任务
全市完成农村生活污水治理行政村200个。
二、实施步骤
（一）试点阶段（2023年）。完成试点村50个。
（二）推广阶段（2024—2025年）。每年完成治理村75个。
""", [
    (200, "个", "=", False, None, None, "一"),
    (50, "个", "=", False, 2023, 2023, "二/(一)"),
    (75, "个", "=", True, 2024, 2025, "二/(二)"),
])

# 54. an implementation heading with a deadline: （一）动员部署阶段（2023年3月底前）
doc("pref-phase-deadline", """六盘水市燃气安全专项整治实施方案
一、整治步骤
（一）排查整治阶段（2023年6月底前）。完成全市燃气用户安全检查100%全覆盖。
（二）巩固提升阶段（2023年12月底前）。更换老旧燃气管道50公里。
""", [
    (100, "%", "=", False, None, 2023, "一/(一)"),
    (50, "公里", "=", False, None, 2023, "一/(二)"),
])

# 55. a goals paragraph listing 近期目标/远期目标 labels in one paragraph, each with its own year
doc("prov-near-far-labels", """青海省推进盐湖产业高质量发展实施方案
一、发展目标
近期目标：到2025年，盐湖产业产值达到1000亿元。远期目标：到2035年，盐湖产业产值达到3000亿元，建成世界级盐湖产业基地1个。
""", [
    (100000000000, "元", "=", False, None, 2025, "一"),
    (300000000000, "元", "=", False, None, 2035, "一"),
    (1, "个", "=", False, None, 2035, "一"),
])

# 56. a plan table with a 2022 base column and 2025/2027 goal columns in a 2023-2027 plan (no date)
doc("prov-table-2025-2027", """山东省制造业数字化转型行动方案（2023—2027年）
一、主要指标
| 指标 | 单位 | 2022年 | 2025年 | 2027年 | 属性 |
| 数字化研发设计工具普及率 | % | 82 | 88 | 92 | 预期性 |
| 关键工序数控化率 | % | 60 | 65 | 70 | 预期性 |
二、重点任务
（一）每年培育智能工厂100家。
""", [
    (88, "%", "=", False, None, 2025, "一"),
    (92, "%", "=", False, None, 2027, "一"),
    (65, "%", "=", False, None, 2025, "一"),
    (70, "%", "=", False, None, 2027, "一"),
    (100, "家", "=", True, 2023, 2027, "二/(一)"),
])

# 57. goals under a non-goal heading whose lead sentence dates the sub-items; tasks with their own sub-items later
doc("prov-lead-under-task", """四川省推进数字乡村建设实施方案
一、重点任务
（一）推进乡村新型基础设施建设。到2025年，全省乡村数字基础设施明显改善。
1.行政村5G通达率达到80%。
2.建设益农信息社1万个。
（二）发展农村电子商务
1.培育农村电商示范县20个。
""", [
    (80, "%", "=", False, None, 2025, "一/(一)/1"),
    (10000, "个", "=", False, None, 2025, "一/(一)/2"),
    (20, "个", "=", False, None, None, "一/(二)/1"),
])

# 58. a one-year 工作要点 with a "2024年底前" item and a sentence citing 到2025年 then a sentence with no year
doc("prov-workpoints-2024", """湖南省2024年优化营商环境工作要点
一、提升政务服务效能
（一）2024年6月底前，实现高频政务服务事项“跨省通办”100项。
（二）按照到2025年企业开办时间压缩至1个工作日的要求，推行企业开办“一日办结”。新增惠企政策“免申即享”事项50项。
""", [
    (100, "项", "=", False, None, 2024, "一/(一)"),
    (50, "项", "=", False, 2024, 2024, "一/(二)"),
])

# 59. a prefecture 行动计划 with goals in ——bullets each opened by a run-in heading, year in the lead line
doc("pref-bullets-runin", """株洲市推进“株洲制造”品牌建设行动计划
一、行动目标
到2025年，实现以下目标：
——品牌影响力明显提升。培育湖南省名牌产品100个。
——质量效益显著增强。制造业产品质量合格率稳定在95%以上。
二、主要措施
（一）每年组织品牌推介活动10场。
""", [
    (100, "个", "=", False, None, 2025, "一"),
    (95, "%", ">=", False, None, 2025, "一"),
    (10, "场", "=", True, None, None, "二/(一)"),
])

# 60. 到2025年 opening a goals item's second paragraph after a first paragraph of words; a third paragraph of numbers
doc("pref-goals-second-para", """包头市稀土新材料产业发展行动方案
一、发展目标
瞄准建设世界级稀土新材料产业基地，推动稀土产业高端化发展。
到2025年，全市稀土产业产值突破1000亿元。
稀土新材料企业达到150家，新增国家级专精特新“小巨人”企业10家。
二、重点任务
（一）建设稀土功能材料项目20个。
""", [
    (100000000000, "元", ">", False, None, 2025, "一"),
    (150, "家", "=", False, None, 2025, "一"),
    (10, "家", "=", False, None, 2025, "一"),
    (20, "个", "=", False, None, None, "二/(一)"),
])


# 61. a goals paragraph opened by a lead-in clause, then the time clause (力争通过三年努力，到2025年，…); a second paragraph
doc("prov-lead-in-then-year", """江苏省推进绿色低碳发展实施方案
一、主要目标
力争通过三年努力，到2025年，全省绿色低碳产业规模突破1.5万亿元。培育绿色工厂500家。
新建近零碳园区30个。
二、重点任务
（一）实施节能改造项目1000个。
""", [
    (1.5e12, "元", ">", False, None, 2025, "一"),
    (500, "家", "=", False, None, 2025, "一"),
    (30, "个", "=", False, None, 2025, "一"),
    (1000, "个", "=", False, None, None, "二/(一)"),
])

# 62. the same lead-in after a run-in heading, and under a task heading over numbered sub-items
doc("pref-runin-lead-in", """绍兴市推进集成电路产业发展行动方案
一、总体要求
（一）发展目标。经过三年努力，到2025年，全市集成电路产业营业收入突破1000亿元。引育上市企业5家。
二、重点任务
（一）打造产业集群。围绕“万亩千亿”平台建设，到2025年，集成电路产业集群基本成型。
1.招引重大项目20个。
2.建设公共服务平台3个。
（二）强化人才支撑
1.引进高层次人才100名。
""", [
    (100000000000, "元", ">", False, None, 2025, "一/(一)"),
    (5, "家", "=", False, None, 2025, "一/(一)"),
    (20, "个", "=", False, None, 2025, "二/(一)/1"),
    (3, "个", "=", False, None, 2025, "二/(一)/2"),
    (100, "名", "=", False, None, None, "二/(二)/1"),
])

# 63. a goals sub-item with a restated sub-quantity after 其中 (其中…的N个), and 分别 over a year list with 到
doc("prov-sub-quantity-respective", """甘肃省推进寒旱农业发展实施方案
一、发展目标
到2025年，全省建成现代寒旱特色农业产业园40个，其中产值超10亿元的15个。到2024年和2025年，全省高标准农田分别达到2600万亩和2800万亩。
""", [
    (40, "个", "=", False, None, 2025, "一"),
    (15, "个", "=", False, None, 2025, "一"),
    (26000000, "亩", "=", False, None, 2024, "一"),
    (28000000, "亩", "=", False, None, 2025, "一"),
])

# 64. an undated database copy whose preamble reports two years (statistics) before its goals
doc("prov-undated-preamble-two-years", """新疆维吾尔自治区推进棉花产业高质量发展实施方案
2021年，全区棉花产量达到512万吨；2022年，全区棉花产量达到539万吨，占全国的90%以上。为推进棉花产业高质量发展，制定本方案。
一、发展目标
到2025年，全区棉花产量稳定在500万吨以上，机采率达到90%以上。
""", [
    (5000000, "吨", ">=", False, None, 2025, "一"),
    (90, "%", ">=", False, None, 2025, "一"),
])


# 65. a ministry call for recommendations: quotas per province, a range 1—2个, caps of a share and an amount
doc("central-recommend-quotas", """文化和旅游部办公厅关于推荐第三批国家级夜间文化和旅游消费集聚区的通知
办资源发〔2023〕45号
各省、自治区、直辖市文化和旅游厅（局），新疆生产建设兵团文化体育广电和旅游局：
一、推荐数量
各省（区、市）推荐数量原则上不超过3个，新疆生产建设兵团推荐1—2个。
二、支持政策
中央财政按照每个集聚区200万元的标准给予一次性补助，补助资金不超过项目总投资的30%。
三、其他事项
请于2023年6月30日前报送推荐材料。
文化和旅游部办公厅
2023年4月20日
""", [
    (3, "个", "<=", False, None, None, "一"),
    (1, "个", ">=", False, None, None, "一"),
    (2, "个", "<=", False, None, None, "一"),
    (2000000, "元", "=", False, None, None, "二"),
    (30, "%", "<=", False, None, None, "二"),
])

# 66. a ministry training notice: places per province, size of the class, cost per head per day
doc("central-training-places", """国家卫生健康委办公厅关于举办全国基层卫生健康骨干人才培训班的通知
国卫办基层函〔2022〕101号
各省、自治区、直辖市卫生健康委：
一、培训对象和名额
培训规模为300人，每个省份选派10名学员。
二、培训经费
培训期间食宿由主办单位统一安排，标准为每人每天不超过350元。
国家卫生健康委办公厅
2022年6月1日
""", [
    (300, "人", "=", False, None, None, "一"),
    (10, "名", "=", False, None, None, "一"),
    (350, "元", "<=", False, None, None, "二"),
])

# 67. regional subsidy standards by region: 分别按照30%、50%、70% (a 下达…资金 notice keeps null years: sessions 8, 13b)
doc("central-regional-shares", """财政部 农业农村部关于下达2024年农业产业融合发展资金的通知
财农〔2024〕15号
各省、自治区、直辖市财政厅（局）、农业农村厅（局）：
一、支持标准
中央财政对东部、中部、西部地区分别按照项目总投资的30%、50%、70%给予补助，每个项目最高不超过1000万元。
二、绩效目标
全国建设产业融合示范园100个左右。
财政部
农业农村部
2024年3月5日
""", [
    (30, "%", "=", False, None, None, "一"),
    (50, "%", "=", False, None, None, "一"),
    (70, "%", "=", False, None, None, "一"),
    (10000000, "元", "<=", False, None, None, "一"),
    (100, "个", "~", False, None, None, "二"),
])


# 68. a web copy of an allocation table with cells parted by spaces (the copy joined the caption and its unit line)
doc("web-spaced-allocation", """首页 > 政务公开 > 通知公告
某某市人民政府办公室关于下达2024年高标准农田建设任务的通知
发布时间：2024-02-20 浏览次数：1024
各县（区）人民政府：
现将2024年高标准农田建设任务下达给你们，请抓好落实。
某某市人民政府办公室
2024年2月18日
附件
2024年各县区高标准农田建设任务分解表 单位：万亩
县区  新建任务  改造提升任务
东城县  5.2  1.5
西山县  4.8  2.0
合计  10.0  3.5
""", [
    (52000, "亩", "=", False, 2024, 2024, None),
    (15000, "亩", "=", False, 2024, 2024, None),
    (48000, "亩", "=", False, 2024, 2024, None),
    (20000, "亩", "=", False, 2024, 2024, None),
    (100000, "亩", "=", False, 2024, 2024, None),
    (35000, "亩", "=", False, 2024, 2024, None),
])

# 69. a web copy of a prefecture notice transmitting a plan, with page furniture (no number in it is a target)
doc("web-furniture", """首页 > 信息公开 > 政策文件
索引号：11370800MB2850371X/2023-00123 发文字号：某政办字〔2023〕12号 发布日期：2023年05月12日
【字体：大 中 小】 浏览次数：3521 打印本页
某某市人民政府办公室关于印发某某市加快发展冷链物流实施方案的通知
各县（市、区）人民政府，市政府各部门：
《某某市加快发展冷链物流实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。
某某市人民政府办公室
2023年5月10日
某某市加快发展冷链物流实施方案
一、发展目标
到2025年，全市冷库总库容达到300万吨，冷藏车保有量达到2000辆。
二、重点任务
（一）对新建冷库容量5000吨以上的项目，给予最高100万元奖励。
网站标识码：3708000001 鲁ICP备05012345号
联系电话：0537-2345678 邮编：272000
""", [
    (3000000, "吨", "=", False, None, 2025, "一"),
    (2000, "辆", "=", False, None, 2025, "一"),
    (1000000, "元", "<=", False, None, None, "二/(一)"),
])


# 70. a web copy of an allocation table one cell per line, a 序号 column first and a 合计 row without its number
doc("web-cell-per-line-allocation", """某某市人民政府办公室关于印发2023年城镇新增就业目标任务的通知
各县（区）人民政府，市政府有关部门：
现将2023年城镇新增就业目标任务印发给你们，请认真抓好落实。
某某市人民政府办公室
2023年2月1日
附件
2023年各县区城镇新增就业目标任务分解表
单位：人
序号
县区
城镇新增就业
失业人员再就业
1
南湖区
8000
2000
2
北塘县
6000
1500
合计
14000
3500
""", [
    (8000, "人", "=", False, 2023, 2023, None),
    (2000, "人", "=", False, 2023, 2023, None),
    (6000, "人", "=", False, 2023, 2023, None),
    (1500, "人", "=", False, 2023, 2023, None),
    (14000, "人", "=", False, 2023, 2023, None),
    (3500, "人", "=", False, 2023, 2023, None),
])


# 71. a ministry notice distributing places by province after a quota label (spec §7: quotas)
doc("central-quota-label", """国家体育总局办公厅关于举办全国社会体育指导员骨干培训班的通知
体群字〔2023〕20号
各省、自治区、直辖市体育局：
一、培训名额
名额分配：各省（区、市）3名，新疆生产建设兵团2名。
二、推荐人数
参加人数：每省不超过5人。
国家体育总局办公厅
2023年3月2日
""", [
    (3, "名", "=", False, None, None, "一"),
    (2, "名", "=", False, None, None, "一"),
    (5, "人", "<=", False, None, None, "二"),
])


# 72. a PDF or web copy of an indicator table one cell per line, its year cells labelled (2020年（基期）/2025年（目标）)
doc("prov-line-table-labelled-years", """安徽省“十四五”林业保护发展规划
二、主要指标
指标
单位
2020年（基期）
2025年（目标）
属性
森林覆盖率
%
30.2
31
约束性
林业总产值
亿元
4800
6000
预期性
三、重点任务
（一）每年完成人工造林30万亩。
""", [
    (31, "%", "=", False, None, 2025, "二"),
    (600000000000, "元", "=", False, None, 2025, "二"),
    (300000, "亩", "=", True, 2021, 2025, "三/(一)"),
])


# 73. a ministry call: a cap on recommendations, copies of the submission (out), a word limit left out (no unit read)
doc("central-call-copies", """生态环境部办公厅关于推荐第二批美丽河湖优秀案例的通知
环办水体函〔2023〕77号
各省、自治区、直辖市生态环境厅（局）：
一、推荐数量
每个省份推荐案例不超过2个，其中城市河湖案例不少于1个。
二、材料报送
推荐材料一式3份，请于2023年7月15日前报送。
生态环境部办公厅
2023年5月30日
""", [
    (2, "个", "<=", False, None, None, "一"),
    (1, "个", ">=", False, None, None, "一"),
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
