"""Stress set of session 15 (helper s15b-layout): text cleaning and layout classes (issue 11), in the style of
provinces, levels and eras the opened batches do not show (written for this file, never copied from a dev-corpus
notice). Each case names what a labeller expects by spec 1.1 (§1 body, §3 metadata, §4 tasks) and the clean view
(sentences joined across a layout's break, a table's cells kept, the signature apart from the item above it).
Run `python3 -m tests.s15blayout_stress` from the worktree root for the count."""
from __future__ import annotations

CASES: list[tuple[str, str, dict]] = []


def case(name: str, text: str, **expected) -> None:
    CASES.append((name, text, expected))


# ---- 1. a hard line break inside a clause -------------------------------------------------------------
case("break-before-amount-anhui-plan", """安徽省高标准农田建设实施方案
为加快推进高标准农田建设，制定本方案。
一、建设目标
到2025年，全省累计建成高标准农田面积达到
6000万亩，其中新建高标准农田1200万亩，改造提升
800万亩。
二、重点任务
（一）加强农田基础设施建设。完善灌排工程体系。
""", text_has=["面积达到6000万亩，其中新建高标准农田1200万亩，改造提升800万亩。"],
     targets={(6e7, "亩"), (1.2e7, "亩"), (8e6, "亩")},
     tasks=[("一", "建设目标"), ("二", "重点任务"), ("二/(一)", "加强农田基础设施建设")])

case("break-between-amount-and-unit-shaanxi-county", """旬阳县就业促进工作方案
为做好全县就业工作，制定本方案。
一、工作目标
全年新增城镇就业1.2
万人，城镇登记失业率控制在4.5
%以内。
""", text_has=["新增城镇就业1.2万人，城镇登记失业率控制在4.5%以内。"],
     targets={(12000, "人"), (4.5, "%")})

case("break-before-comma-yunnan-prefecture", """楚雄州城镇污水处理提质增效实施方案
为提升城镇污水处理效能，制定本方案。
一、主要任务
（一）推进设施建设。加快推进县城污水处理厂提标改造
，确保出水水质稳定达标。
""", text_has=["加快推进县城污水处理厂提标改造，确保出水水质稳定达标。"],
     tasks=[("一", "主要任务"), ("一/(一)", "推进设施建设")])

case("prose-cut-between-words-yunnan-province", """云南省高原特色农业提升行动方案
为推动高原特色现代农业发展，制定本方案。
一、重点任务
（一）建设特色基地。各州（市）要进一步加强高原特色农业基地建设。到2025年，着力提升
产品质量和品牌影响力。
（二）培育经营主体。支持龙头企业做大做强。
""", text_has=["着力提升产品质量和品牌影响力。"],
     tasks=[("一", "重点任务"), ("一/(一)", "建设特色基地"), ("一/(二)", "培育经营主体")])

case("page-number-inside-clause-hebei", """河北省节水行动实施方案
为全面推进节水型社会建设，制定本方案。
一、主要目标
到2025年，全省万元国内生产总值用水量比2020年下降
— 3 —
16%，农田灌溉水有效利用系数达到0.68以上。
""", text_has=["用水量比2020年下降16%，农田灌溉水有效利用系数达到0.68以上。"])

case("heading-with-comma-keeps-break-fujian", """福建省乡村振兴实施方案
为全面推进乡村振兴，制定本方案。
三、提升农业发展质量，培育乡村发展新动能
产业兴旺是重点。必须坚持质量兴农、绿色兴农，以农业供给侧结构性改革为主线，加快构建现代农业产业体系、生产体系、经营体系，提高农业创新力、竞争力和全要素生产率。
四、推进乡村绿色发展，打造人与自然和谐共生新格局
生态宜居是关键。必须尊重自然、顺应自然、保护自然，推动乡村自然资本加快增值，实现百姓富、生态美的统一，良好生态环境是农村最大优势和宝贵财富。
""", text_has=["\n三、提升农业发展质量，培育乡村发展新动能\n产业兴旺", "新格局\n生态宜居"],
     tasks=[("三", "提升农业发展质量，培育乡村发展新动能"), ("四", "推进乡村绿色发展，打造人与自然和谐共生新格局")])

case("role-line-after-prose-keeps-break-hubei", """关于做好欠薪治理工作的通知
各区人民政府，市有关部门：
现就有关事项通知如下。
一、加强排查。开展欠薪线索排查整治行动，确保动态清零
责任单位：市人社局、市住建局
二、强化保障。落实工资保证金制度。
宜昌市人民政府办公室
2021年11月26日
""", text_has=["动态清零\n责任单位：市人社局、市住建局\n二、"],
     resp={("一", "宜昌市人力资源和社会保障局", "responsible"), ("一", "宜昌市住房和城乡建设局", "responsible")})

case("date-after-prose-keeps-break-gansu", """关于做好春季植树造林工作的通知
各县区人民政府，市直有关部门：
现就做好今年春季植树造林工作通知如下，请认真贯彻执行
白银市人民政府办公室
2020年3月2日
""", meta={"issuers": ["白银市人民政府办公室"], "issue_date": "2020-03-02"})

# ---- 2. a table copied one cell per line -------------------------------------------------------------
case("cells-without-header-hunan-city", """邵阳市2024年农村公路建设计划
为加快农村公路建设，制定本计划。
一、建设任务
全市新改建农村公路1200公里。
附件
2024年农村公路建设任务分解表
县（市、区）
新改建里程（公里）
安保工程（公里）
双清区
35
12
大祥区
48
20
北塔区
27
9
""", text_has=["双清区\n35\n12\n大祥区\n48\n20\n北塔区\n27\n9"])

case("amount-cut-out-of-clause-xiangxi", """湘西州2023年造林绿化工作方案
为推进国土绿化，制定本方案。
一、任务安排
全州完成造林面积
25
万亩，其中人工造林
10
万亩。
""", text_has=["全州完成造林面积25万亩，其中人工造林10万亩。"], targets={(250000, "亩"), (100000, "亩")})

case("page-number-between-paragraphs-still-dropped-jilin", """吉林省秸秆综合利用实施方案
为推进秸秆综合利用，制定本方案。
一、总体要求
坚持因地制宜、多元利用。
2
二、重点任务
（一）推进秸秆还田。扩大秸秆还田面积。
""", text_lacks=["\n2\n"], tasks=[("一", "总体要求"), ("二", "重点任务"), ("二/(一)", "推进秸秆还田")])

# ---- 3. a role line before the signature -------------------------------------------------------------
case("long-role-line-before-signature-huangshi", """关于进一步做好农民工工资支付工作的通知
各区人民政府，市有关部门：
现就有关事项通知如下：
一、落实工资支付主体责任。施工总承包单位对所承包工程的农民工工资支付负总责，分包单位对所招用农民工的工资支付负直接责任，不得以工程款未到位等为由克扣或者拖欠农民工工资。
二、加强欠薪问题排查。开展欠薪线索排查整治行动，对排查发现的欠薪问题建立台账，逐件明确责任人和办结时限，确保动态清零。
责任单位：市人社局、市住建局、市交通局、市水利局、市发改委、市财政局、市公安局、市司法局
黄石市人民政府办公室
2021年11月26日
""", meta={"issuers": ["黄石市人民政府办公室"], "issue_date": "2021-11-26"}, resp_lacks=["黄石市人民政府办公室"])

case("bracketed-roles-before-signature-huangshi", """关于进一步做好农民工工资支付工作的通知
各区人民政府，市有关部门：
一、落实工资支付主体责任。施工总承包单位对所承包工程的农民工工资支付负总责。
二、加强欠薪问题排查。开展欠薪线索排查整治行动。
（牵头单位：市人社局；配合单位：市住建局、市交通局）
黄石市人民政府办公室
2021年11月26日
""", meta={"issuers": ["黄石市人民政府办公室"]},
     resp={("二", "黄石市人力资源和社会保障局", "lead"), ("二", "黄石市住房和城乡建设局", "co"), ("二", "黄石市交通运输局", "co")})

case("role-list-wrapped-inside-a-name-joins-guangxi-county", """关于做好防汛工作的通知
各乡镇人民政府，县直有关单位：
一、加强隐患排查。全面排查山洪地质灾害隐患点。
责任单位：县应急管理局、县自然资源局、县水
利局
二、强化值班值守。严格执行24小时值班制度。
融水苗族自治县人民政府办公室
2022年5月6日
""", resp={("一", "融水苗族自治县应急管理局", "responsible"), ("一", "融水苗族自治县自然资源局", "responsible"),
           ("一", "融水苗族自治县水利局", "responsible")},
     meta={"issuers": ["融水苗族自治县人民政府办公室"]})

# ---- 4. tasks ------------------------------------------------------------------------------------------
case("list-opening-late-excerpt-ningxia", """三、保障措施
（三）加强资金保障。各地要加大投入。
（四）强化督导考核。将整治工作纳入考核。
（五）营造良好氛围。加强宣传引导。
""", tasks=[("三", "保障措施"), ("三/(三)", "加强资金保障"), ("三/(四)", "强化督导考核"), ("三/(五)", "营造良好氛围")])

case("top-list-opening-late-excerpt-qinghai", """四、加强组织领导
各地要建立工作专班。
五、强化考核评估
将工作纳入年度考核。
""", tasks=[("四", "加强组织领导"), ("五", "强化考核评估")])

case("stray-late-number-without-successor-not-taken-shanxi", """山西省全民健身实施计划
为推动全民健身，制定本计划。
一、主要任务
（一）完善场地设施。推进体育公园建设。
（二）丰富赛事活动。广泛开展群众性赛事。
二、保障措施
加强组织领导，具体要求见本计划第一部分
（五）健身设施建设标准
落实经费保障。
""", tasks=[("一", "主要任务"), ("一/(一)", "完善场地设施"), ("一/(二)", "丰富赛事活动"), ("二", "保障措施")])

case("article-number-with-stop-liaoning", """辽宁省水土保持条例
第一条. 为了预防和治理水土流失，制定本条例。
第二条. 在本省行政区域内从事水土保持活动，适用本条例。
第三条、水土保持工作实行预防为主的方针。
第四条、本条例自2015年1月1日起施行。
""", tasks=[("第一条", "为了预防和治理水土流失，制定本条例"), ("第二条", "在本省行政区域内从事水土保持活动，适用本条例"),
            ("第三条", "水土保持工作实行预防为主的方针"), ("第四条", "本条例自2015年1月1日起施行")])

case("attachments-of-transmitted-plan-jilin", """关于印发吉林省冰雪旅游发展实施方案的通知
吉政办发〔2019〕12号
各市（州）人民政府，省政府各厅委办、各直属机构：
经省政府同意，现将《吉林省冰雪旅游发展实施方案》印发给你们，请认真组织实施。
吉林省人民政府办公厅
2019年3月20日
吉林省冰雪旅游发展实施方案
一、总体要求
（一）指导思想。以习近平新时代中国特色社会主义思想为指导。
二、重点任务
（一）丰富冰雪产品。打造一批冰雪旅游精品线路。
附件：1.重点项目清单
2.任务分工
附件1
重点项目清单
一、长白山冰雪旅游度假区
二、北大湖滑雪场提升工程
附件2
任务分工
一、丰富冰雪产品
（一）打造冰雪旅游精品线路。
""", tasks=[("一", "总体要求"), ("一/(一)", "指导思想"), ("二", "重点任务"), ("二/(一)", "丰富冰雪产品"),
            ("附件1/一", "长白山冰雪旅游度假区"), ("附件1/二", "北大湖滑雪场提升工程"),
            ("附件2/一", "丰富冰雪产品"), ("附件2/一/(一)", "打造冰雪旅游精品线路")])

case("plan-presented-as-attachment-of-notice-jilin", """关于印发吉林省冰雪旅游发展实施方案的通知
各市（州）人民政府：
现将《吉林省冰雪旅游发展实施方案》印发给你们，请认真组织实施。
附件：吉林省冰雪旅游发展实施方案
吉林省人民政府办公厅
2019年3月20日
附件
吉林省冰雪旅游发展实施方案
一、总体要求
二、重点任务
（一）丰富冰雪产品。打造一批冰雪旅游精品线路。
""", tasks=[("一", "总体要求"), ("二", "重点任务"), ("二/(一)", "丰富冰雪产品")],
     meta={"title": "吉林省冰雪旅游发展实施方案"})

case("attachment-of-reply-central-2008", """国务院关于同意建立全国老龄工作部际联席会议制度的批复
国函〔2008〕40号
民政部：
你部《关于建立全国老龄工作部际联席会议制度的请示》收悉。同意建立全国老龄工作部际联席会议制度。
国务院
2008年5月6日
附件
全国老龄工作部际联席会议制度
一、主要职能
研究老龄工作重大问题。
二、成员单位
民政部、发展改革委。
""", tasks=[("附件/一", "主要职能"), ("附件/二", "成员单位")])

case("attachment-spaced-label-ningxia", """关于印发宁夏回族自治区农村人居环境整治提升方案的通知
各市、县（区）人民政府：
现将方案印发给你们。
宁夏回族自治区人民政府办公厅
2022年5月10日
宁夏回族自治区农村人居环境整治提升方案
一、总体要求
二、重点任务
附 件 1
农村厕所革命技术要点
一、选型要求
二、施工要求
""", tasks=[("一", "总体要求"), ("二", "重点任务"), ("附件1/一", "选型要求"), ("附件1/二", "施工要求")])

# ---- 5. a 题注 holding the date, the 文号 and the day it takes effect ----------------------------------------
case("note-date-number-in-force-guizhou-2009", """贵州省人民政府关于加强城市供水管理的规定
（2009年3月2日 黔府发〔2009〕8号 自2009年4月1日起施行）
第一条 为了加强城市供水管理，保障城市生活、生产用水，制定本规定。
第二条 本规定适用于本省行政区域内的城市供水工作。
第三条 本规定自2009年4月1日起施行。
""", meta={"issue_date": "2009-03-02", "doc_number": "黔府发〔2009〕8号", "issuers": ["贵州省人民政府"], "doc_type": "规定"},
     tasks=[("第一条", "为了加强城市供水管理，保障城市生活、生产用水，制定本规定"),
            ("第二条", "本规定适用于本省行政区域内的城市供水工作"), ("第三条", "本规定自2009年4月1日起施行")])

case("note-date-and-in-force-sichuan-2016", """四川省人民政府关于加强农村公路养护管理的规定
（2016年5月4日　自2016年7月1日起施行）
第一条 为了加强农村公路养护管理，制定本规定。
第二条 本规定自2016年7月1日起施行。
""", meta={"issue_date": "2016-05-04", "doc_number": None, "issuers": ["四川省人民政府"]},
     tasks=[("第一条", "为了加强农村公路养护管理，制定本规定"), ("第二条", "本规定自2016年7月1日起施行")])

case("note-glued-date-number-henan-2011", """河南省人民政府关于进一步加强耕地保护的意见
（2011年6月15日豫政〔2011〕52号）
各市、县人民政府，省人民政府各部门：
一、严格控制建设占用耕地。各地要加强管理。
""", meta={"issue_date": "2011-06-15", "doc_number": "豫政〔2011〕52号"}, tasks=[("一", "严格控制建设占用耕地")])

# ---- second round: further classes of the same families ------------------------------------------------------------
case("break-before-a-year-after-a-preposition-guizhou-city", """遵义市城乡供水一体化实施方案
为推进城乡供水一体化，制定本方案。
一、工作目标
坚持统筹规划、分步实施，力争到
2025年底，全市农村规模化供水工程覆盖人口比例达到60%以上。
""", text_has=["力争到2025年底，全市农村规模化供水工程覆盖人口比例达到60%以上。"], targets={(60.0, "%")})

case("three-cell-rows-without-header-hunan", """附件
2024年城区道路改造任务表
县（市、区）
项目名称
改造里程
双清区
城区道路
35
大祥区
城区道路
48
北塔区
城区道路
27
""", text_has=["双清区\n城区道路\n35\n大祥区\n城区道路\n48\n北塔区\n城区道路\n27"])

case("page-footer-of-total-inside-clause-shandong", """山东省海洋牧场建设实施方案
为推进海洋牧场建设，制定本方案。
一、建设目标
到2025年，全省建成省级以上海洋牧场示范区
第 3 页 共 9 页
100处，其中国家级海洋牧场示范区70处。
""", text_has=["全省建成省级以上海洋牧场示范区100处，其中国家级海洋牧场示范区70处。"], targets={(100.0, "处"), (70.0, "处")})

case("unit-cell-after-indicator-cell-stays-apart-qinghai", """附件
青海省“十四五”主要指标
序号
指标名称
单位
2025年
1
森林覆盖率
%
8
""", text_has=["森林覆盖率\n%\n8"])

case("spaced-numbers-of-a-pdf-heilongjiang-plan", """黑龙江省公共卫生应急预案
一 、总则
（ 一 ）编制目的。为有效应对突发公共卫生事件，制定本预案。
（ 二 ）适用范围。本预案适用于全省。
二 、组织体系
１．省级指挥机构。省政府成立应急指挥部。
２．市县指挥机构。市县政府成立相应机构。
""", tasks=[("一", "总则"), ("一/(一)", "编制目的"), ("一/(二)", "适用范围"), ("二", "组织体系"), ("二/1", "省级指挥机构"),
            ("二/2", "市县指挥机构")])

case("note-spaced-date-number-hainan-1999", """海南省人民政府关于加强海岸带管理的规定
（1999年10月20日 琼府〔1999〕58号）
第一条 为了加强海岸带管理，制定本规定。
第二条 本规定自发布之日起施行。
""", meta={"issue_date": "1999-10-20", "doc_number": "琼府〔1999〕58号", "issuers": ["海南省人民政府"]},
     tasks=[("第一条", "为了加强海岸带管理，制定本规定"), ("第二条", "本规定自发布之日起施行")])

case("note-in-force-with-implementation-word-jiangsu-2005", """江苏省人民政府关于加强饮用水源地保护的决定
（2005年6月8日　苏政发〔2005〕49号　自2005年7月1日起实施）
一、严格划定饮用水水源保护区。各地要依法划定保护区。
二、加强水源地环境监管。严禁在保护区内新建排污口。
""", meta={"issue_date": "2005-06-08", "doc_number": "苏政发〔2005〕49号", "doc_type": "决定"},
     tasks=[("一", "严格划定饮用水水源保护区"), ("二", "加强水源地环境监管")])

case("bracketed-duty-note-then-signature-guizhou-city", """关于做好义务教育控辍保学工作的通知
各县（市、区）人民政府：
一、落实控辍保学责任。各地要建立台账。
二、加强资助保障。确保应助尽助。
（市教育局、市财政局负责）
六盘水市人民政府办公室
2019年9月2日
""", meta={"issuers": ["六盘水市人民政府办公室"], "issue_date": "2019-09-02"},
     resp={("二", "六盘水市教育局", "responsible"), ("二", "六盘水市财政局", "responsible")})


case("late-item-with-its-own-items-excerpt-zhejiang-county", """二、重点任务
（二）推进数字乡村建设。
3.建设信息基础设施。推进光纤网络覆盖。
4.发展农村电商。培育电商主体。
""", tasks=[("二", "重点任务"), ("二/(二)", "推进数字乡村建设"), ("二/(二)/3", "建设信息基础设施"), ("二/(二)/4", "发展农村电商")])

case("late-list-at-the-text-top-excerpt", """（三）加强资金保障。各地要加大投入。
（四）强化督导考核。将整治工作纳入考核。
""", tasks=[("(三)", "加强资金保障"), ("(四)", "强化督导考核")])

case("role-line-then-joint-signature-on-one-line", """关于做好就业工作的通知
各区人民政府：
一、稳定就业岗位。落实稳岗返还政策，支持企业稳定岗位，确保就业局势总体稳定，推动高质量充分就业取得新进展。
二、强化职业培训。大规模开展职业技能培训，提高劳动者就业能力，缓解结构性就业矛盾，加快培养急需紧缺人才。
责任单位：市人社局、市财政局、市教育局、市发改委、市工信局、市商务局、市农业农村局
市人社局　市财政局
2022年4月1日
""", text_has=["市农业农村局\n市人社局 市财政局\n2022年4月1日"], meta={"issue_date": "2022-04-01"})

case("note-number-first-then-date-guizhou", """贵州省人民政府关于加强城市供水管理的规定
（黔府发〔2009〕8号　2009年3月2日）
第一条 为了加强城市供水管理，制定本规定。
第二条 本规定自2009年4月1日起施行。
""", meta={"issue_date": "2009-03-02", "doc_number": "黔府发〔2009〕8号"}, tasks=[("第一条", "为了加强城市供水管理，制定本规定"),
                                                                       ("第二条", "本规定自2009年4月1日起施行")])


case("first-line-of-paragraph-cut-before-amount-shandong-city", """潍坊市人民政府办公室关于印发潍坊市创建国家食品安全示范城市工作方案的通知
各县市区人民政府、市属各开发区管委会，市政府各部门：
现将《潍坊市创建国家食品安全示范城市工作方案》印发给你们，请认真组织实施。
潍坊市人民政府办公室
2022年3月5日
（此件公开发布）
潍坊市创建国家食品安全示范城市工作方案
一、总体目标
食品抽检量达到每千人
6批次，
群众满意度达到
75%以上。
""", text_has=["食品抽检量达到每千人6批次，群众满意度达到75%以上。"], targets={(6.0, "批次"), (75.0, "%")},
     meta={"title": "潍坊市创建国家食品安全示范城市工作方案", "issue_date": "2022-03-05"})

case("amount-cells-one-per-line-stay-apart-sichuan", """附件
广元市城市更新任务表
项目
2025年
老旧小区改造
300个
城市燃气管网
120公里
""", text_has=["老旧小区改造\n300个\n城市燃气管网\n120公里"])


case("two-documents-presented-as-attachments-xinjiang-city", """关于印发《克拉玛依市生活垃圾分类工作方案》和《克拉玛依市生活垃圾分类考核办法》的通知
各区人民政府，市直各部门：
现将《克拉玛依市生活垃圾分类工作方案》和《克拉玛依市生活垃圾分类考核办法》印发给你们，请认真贯彻执行。
附件：1.克拉玛依市生活垃圾分类工作方案
2.克拉玛依市生活垃圾分类考核办法
克拉玛依市人民政府办公室
2020年8月3日
附件1
克拉玛依市生活垃圾分类工作方案
一、工作目标
二、主要任务
附件2
克拉玛依市生活垃圾分类考核办法
第一条 为了做好考核工作，制定本办法。
第二条 本办法自印发之日起施行。
""", tasks=[("一", "工作目标"), ("二", "主要任务"), ("§2/第一条", "为了做好考核工作，制定本办法"), ("§2/第二条", "本办法自印发之日起施行")],
     meta={"issuers": ["克拉玛依市人民政府办公室"], "issue_date": "2020-08-03"})



def check(text: str, expected: dict) -> list[str]:
    """What the record gets wrong against `expected` (empty: as a labeller expects)."""
    from pipeline import process_text

    r = process_text(text, doc_id="stress").model_dump()
    out: list[str] = []
    body = r["text"]
    for s in expected.get("text_has", []):
        if s not in body:
            out.append(f"text lacks {s!r}")
    for s in expected.get("text_lacks", []):
        if s in body:
            out.append(f"text has {s!r}")
    for k, v in expected.get("meta", {}).items():
        if r["metadata"][k] != v:
            out.append(f"{k}: {r['metadata'][k]!r} != {v!r}")
    if "tasks" in expected:
        got = [(t["path"], t["heading"]) for t in r["tasks"]]
        if got != expected["tasks"]:
            out.append(f"tasks {got}")
    if "targets" in expected:
        got = {(t["value"], t["unit"]) for t in r["targets"]}
        if not expected["targets"] <= got:
            out.append(f"targets {sorted(got)}")
    if "resp" in expected:
        got = {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}
        if got != expected["resp"]:
            out.append(f"resp {sorted(got)}")
    for name in expected.get("resp_lacks", []):
        if any(x["department"] == name for x in r["responsibilities"]):
            out.append(f"resp has {name}")
    for key in ("tasks", "targets", "responsibilities", "departments"):
        for item in r[key]:
            if body[item["span"][0]:item["span"][1]] != item["quote"]:
                out.append(f"{key} span off: {item['quote']!r}")
    return out


if __name__ == "__main__":
    ok = 0
    for name, text, expected in CASES:
        bad = check(text, expected)
        ok += not bad
        if bad:
            print("FAIL", name, *bad, sep="\n  ")
    print(f"{ok}/{len(CASES)}")
