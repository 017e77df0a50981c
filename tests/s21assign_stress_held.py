"""Stress set of s21-assign, HELD half (cases 2, 4, 6, … of the set): run only at BASE and at the final commit, its
failures not studied. Same classes and styles as s21assign_stress_fix.py; none copied from a corpus notice. Expected
triples written before the code was run.
"""
from __future__ import annotations

try:
    from tests.stress_runners import case_collector, report_assignments
except ModuleNotFoundError:
    from stress_runners import case_collector, report_assignments

CASES: list[dict] = []
case = case_collector(CASES)

case("H2 Hainan 办法 2007: 第X条 duty articles under chapters, 对…负责, 会同, a 应当 article (none)", """海南省城镇廉租住房保障办法

第一章　总则

第一条　为建立健全城镇廉租住房制度，制定本办法。
第二条　市、县人民政府对本行政区域内廉租住房保障工作负责。
第三条　省建设厅负责全省廉租住房保障工作的指导和监督。
第四条　省财政厅会同省建设厅负责廉租住房保障资金的管理。

第二章　保障方式

第五条　申请廉租住房保障的家庭，应当向户籍所在地街道办事处提出申请。
第六条　本办法自2007年10月1日起施行。
""", {("第一章/第二条", "市、县人民政府", "responsible"),
      ("第一章/第三条", "海南省建设厅", "responsible"),
      ("第一章/第四条", "海南省财政厅", "lead"), ("第一章/第四条", "海南省建设厅", "co")})

case("H4 Guizhou 1998 通知 (precision): closing 分工 item with 负总责 and 按照职责分工，通力协作 (no co)", """贵州省人民政府关于加强农田水利基本建设的通知
黔府发〔1998〕30号

各地区行署，各自治州、市人民政府，省政府各部门：
一、提高认识，加强领导
（一）各地、州、市要把农田水利基本建设作为农业工作的重点来抓。
（二）各级人民政府对本地区农田水利基本建设负总责。省水利厅负责全省农田水利基本建设的规划和技术指导，省计划委员会、省财政厅、省农业厅等部门要按照职责分工，通力协作，共同抓好。
二、多渠道筹集资金
各地要积极争取国家投资，鼓励群众投工投劳。

贵州省人民政府
一九九八年十月五日
""", {("一/(二)", "各级人民政府", "responsible"),
      ("一/(二)", "贵州省水利厅", "responsible")})

case("H6 Heilongjiang county 2020: `1. …（县X局牵头，县Y局参与）` and `（县X局）`", """桦南县人民政府办公室关于印发桦南县秸秆综合利用工作方案的通知

各乡镇人民政府，县政府各有关部门：
现将《桦南县秸秆综合利用工作方案》印发给你们，请认真组织实施。

桦南县秸秆综合利用工作方案

一、工作目标
2020年全县秸秆综合利用率达到80%以上。
二、工作任务
1. 推进秸秆还田。推广秸秆深翻还田技术。（县农业农村局牵头，县财政局参与）
2. 加强禁烧管控。落实网格化监管责任。（县生态环境局）
3. 发展秸秆饲料化利用。扶持规模养殖场利用秸秆。（县畜牧兽医局）
三、工作要求
各乡镇要加强组织领导，确保目标任务完成。
""", {("二/1", "桦南县农业农村局", "lead"), ("二/1", "桦南县财政局", "co"),
      ("二/2", "桦南县生态环境局", "responsible"),
      ("二/3", "桦南县畜牧兽医局", "responsible")})

case("H8 Qinghai 州 2016 (precision): mechanism, 要 duties, 配合 alone, past work (none)", """海北藏族自治州人民政府关于加强草原生态保护的实施意见

一、基本情况
近年来，州农牧局牵头开展了草原生态保护补助奖励政策落实工作，取得明显成效。
二、主要任务
（一）健全工作机制。建立由州农牧局牵头、州财政局等部门参加的草原保护协调机制。
（二）落实管护责任。州农牧局要加强草原执法监督；州财政局要及时拨付补奖资金。
（三）加强部门协作。州林业局、州国土资源局要积极配合，做好相关工作。
""", set())

case("H10 Jilin 自治州 2012 通知: 由A牵头，B配合; a paragraph's second sentence opening with 负责", """延边朝鲜族自治州人民政府办公室关于做好2012年春耕生产工作的通知

各县（市）人民政府，州政府各委办局：
为做好春耕生产工作，现就有关事项通知如下：
一、保障农资供应。由州商务局牵头，州农业委员会、州供销合作社配合，组织做好化肥、种子等农资调运。
二、加强技术服务。州农业委员会负责春耕技术指导。负责组织农技人员深入一线开展服务。
三、做好资金保障。各县（市）要积极筹措资金，支持春耕生产。

延边朝鲜族自治州人民政府办公室
2012年3月20日
""", {("一", "延边朝鲜族自治州商务局", "lead"), ("一", "延边朝鲜族自治州农业委员会", "co"),
      ("一", "延边朝鲜族自治州供销合作社", "co"),
      ("二", "延边朝鲜族自治州农业委员会", "responsible")})

case("H12 Shaanxi county 细则 2006 (precision + recall): 应当 articles none, one 负责 article", """陕西省洛川县退耕还林补助资金兑现管理细则

第一条　为规范退耕还林补助资金兑现管理，制定本细则。
第二条　退耕农户应当按照规定完成造林和管护任务。
第三条　乡（镇）人民政府应当对退耕地块进行逐户核实。
第四条　县林业局负责退耕还林检查验收工作。
第五条　本细则自2006年1月1日起施行。
""", {("第四条", "洛川县林业局", "responsible")})

if __name__ == "__main__":
    report_assignments(CASES, verbose=True)
