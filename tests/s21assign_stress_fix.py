"""Stress set of s21-assign, FIX half (cases 1, 3, 5, … of the set; the HELD half is s21assign_stress_held.py): duty
articles of 办法/细则, 对…负总责, a paragraph's subject carried over its sentences, 分工 paragraphs closing older notices,
`1. …（X局）` task lists, and precision cases (各X要, 要 duties, mechanisms, 密切配合 without a lead). Written for this set
in the styles of Gansu, Heilongjiang, Guangxi, Tibet, Inner Mongolia, Chongqing counties and 1990s-2000s notices; none
copied from a corpus notice. Expected triples written before the code was run.

`python3 tests/s21assign_stress_fix.py` prints found / missed / extra per case.
"""
from __future__ import annotations

try:
    from tests.stress_runners import case_collector, report_assignments
except ModuleNotFoundError:
    from stress_runners import case_collector, report_assignments

CASES: list[dict] = []
case = case_collector(CASES)

case("F1 Gansu 办法 2004: duty articles, 会同, 对…负总责, a 应当 procedure (none)", """甘肃省农村饮水安全工程建设管理办法

第一章　总则

第一条　为加强农村饮水安全工程建设管理，根据国家有关规定，结合本省实际，制定本办法。
第二条　本办法适用于本省行政区域内农村饮水安全工程的规划、建设和管理。

第二章　职责分工

第三条　省水利厅负责全省农村饮水安全工程建设的组织协调和监督管理。
第四条　省发展和改革委员会会同省财政厅负责项目投资计划的审核和下达。
第五条　各市（州）人民政府对本行政区域内农村饮水安全工作负总责，将其纳入年度目标考核。
第六条　县级卫生行政部门负责饮用水水质的检测和监督。

第三章　建设管理

第七条　项目法人应当在开工前向县级水行政主管部门报送开工报告。
第八条　本办法自2004年5月1日起施行。
""", {("第二章/第三条", "甘肃省水利厅", "responsible"),
      ("第二章/第四条", "甘肃省发展和改革委员会", "lead"), ("第二章/第四条", "甘肃省财政厅", "co"),
      ("第二章/第五条", "各市（州）人民政府", "responsible"),
      ("第二章/第六条", "县级卫生行政部门", "responsible")})

case("F3 Heilongjiang 意见 2003: closing 分工 item, 负总责 + 负责 + 密切配合 without a lead (no co)", """黑龙江省人民政府关于进一步做好农民工培训工作的意见
黑政发〔2003〕41号

各市（地）人民政府（行署），省政府各直属单位：
为做好农民工培训工作，现提出如下意见：
一、明确培训任务
（一）加强引导性培训。各地要结合本地实际，组织农民工学习基本权益保护、法律知识等内容。
（二）开展职业技能培训。各市（地）要依托现有培训机构，每年培训农民工一定数量。
二、加强组织领导
（一）明确工作责任。各级人民政府对本地区农民工培训工作负总责。省劳动和社会保障厅负责综合协调和组织实施，省财政厅负责落实培训资金，省教育厅、省建设厅等部门要按照各自职责，密切配合，形成合力。
（二）加强督促检查。各地要把农民工培训工作纳入目标考核，省政府将适时组织检查。

黑龙江省人民政府
二〇〇三年九月十日
""", {("二/(一)", "各级人民政府", "responsible"),
      ("二/(一)", "黑龙江省劳动和社会保障厅", "responsible"),
      ("二/(一)", "黑龙江省财政厅", "responsible")})

case("F5 Guangxi county 2019: `1. …（X局牵头，Y配合）` and `（X局）` closing each task", """凌云县人民政府办公室关于印发凌云县农业产业发展三年行动方案的通知
凌政办发〔2019〕18号

各乡镇人民政府，县直各有关单位：
现将《凌云县农业产业发展三年行动方案》印发给你们，请认真贯彻执行。

凌云县农业产业发展三年行动方案

一、总体目标
到2021年，全县农业总产值年均增长5%以上。
二、重点任务
（一）夯实产业基础
1. 推进高标准农田建设。每年新建高标准农田1万亩。（县农业农村局牵头，县财政局、县自然资源局配合）
2. 加强农产品质量安全监管。健全县乡村三级监管体系。（县市场监督管理局）
（二）培育经营主体
3. 发展农民专业合作社。引导合作社规范运营。（县农业农村局）
三、保障措施
各乡镇要高度重视，确保各项任务落到实处。
""", {("二/(一)/1", "凌云县农业农村局", "lead"), ("二/(一)/1", "凌云县财政局", "co"),
      ("二/(一)/1", "凌云县自然资源局", "co"),
      ("二/(一)/2", "凌云县市场监督管理局", "responsible"),
      ("二/(二)/3", "凌云县农业农村局", "responsible")})

case("F7 Tibet prefecture 2015 (precision): a mechanism, 要 duties, 各X要, 积极配合 (none)", """日喀则地区行政公署关于加强农牧区饮水安全工作的实施意见

一、指导思想
以保障农牧民群众饮水安全为目标，统筹推进农牧区饮水安全工作。
二、主要措施
（一）加强组织领导。建立由行署分管领导牵头、地区水利局等部门参加的联席会议制度，定期研究解决重大问题。
（二）强化部门协作。地区水利局要加强工程建设管理；地区卫生局要加强水质监测；各县要落实属地责任。
（三）加强宣传引导。各有关部门要积极配合，广泛宣传饮水安全知识。
""", set())

case("F9 Inner Mongolia 盟 2010 通知: 由A牵头，B、C配合; 负责 carried to the next sentence of the paragraph", """锡林郭勒盟行政公署办公厅关于做好2010年牧区防灾基地建设工作的通知

各旗县市（区）人民政府，盟直有关部门：
为做好防灾基地建设，现就有关事项通知如下：
一、加强饲草料储备。由盟农牧业局牵头，盟财政局、盟发展和改革委员会配合，制定全盟饲草料储备方案。
二、抓好棚圈建设。盟农牧业局负责棚圈建设的技术指导。负责组织验收并汇总上报建设情况。
三、严格资金管理。各旗县市（区）要加强资金监管，确保专款专用。

锡林郭勒盟行政公署办公厅
2010年4月2日
""", {("一", "锡林郭勒盟农牧业局", "lead"), ("一", "锡林郭勒盟财政局", "co"),
      ("一", "锡林郭勒盟发展和改革委员会", "co"),
      ("二", "锡林郭勒盟农牧业局", "responsible")})

case("F11 Chongqing county 细则 2008 (precision + recall): 应当 procedure articles none, one 负责 article", """重庆市酉阳土家族苗族自治县农村危房改造补助资金管理实施细则

第一条　为规范农村危房改造补助资金管理，制定本细则。
第二条　申请补助的农户应当向户籍所在地乡（镇）人民政府提出书面申请。
第三条　乡（镇）人民政府应当自受理之日起15个工作日内完成初审并张榜公示。
第四条　县财政局负责补助资金的拨付和监督检查。
第五条　本细则自发布之日起施行。
""", {("第四条", "重庆市酉阳土家族苗族自治县财政局", "responsible")})

if __name__ == "__main__":
    report_assignments(CASES, verbose=True)
