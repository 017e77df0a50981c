"""Stress set of s15e-assign: PRECISION of responsibility triples on the cues session 15 added (assign-s15.md).
Short notices written for this set (none copied from a corpus notice), central ministries' 通知/意见/批复, 国务院办公厅
transmitting notices, web copies of provincial and city notices, where the s15 cues stand in sentences a labeller
following spec 1.1 §6 reads as no assignment or as another role: past work, a cited document's assignments, 我部 in a
reply, 本局 in a template, 按照分工 in a mechanism, 发挥牵头作用 of a place or an enterprise, shared heads over sectors
that are not organs, 会同 in a procedure or a title, a 解读 after the notice, the transmitting notice's own text.

`python3 tests/s15eassign_stress.py` prints found / missed / extra per case.
"""
from __future__ import annotations

CASES: list[dict] = []


def case(name: str, text: str, expect: set, organs: set = frozenset(), note: str = "") -> None:
    CASES.append({"name": name, "text": text, "expect": set(expect), "organs": set(organs), "note": note})


case("E1 ministry 通知: past work 2023年，我部会同…, 近年来各地按照分工负责 (none); a present duty kept", """教育部办公厅关于做好2024年农村义务教育学生营养改善计划实施工作的通知
教财厅函〔2024〕5号

各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：
2023年，我部会同财政部、国家卫生健康委等部门持续推进营养改善计划，各地按照分工负责，取得积极成效。为做好2024年工作，现就有关事项通知如下。

一、总体要求
（一）巩固成果。近年来，各地按照分工负责，营养改善计划覆盖面不断扩大，学生营养健康状况明显改善。
（二）强化管理。各省级教育行政部门负责本地区营养改善计划的组织实施。
二、重点任务
（一）加强食品安全管理。2023年，我部会同国家市场监督管理总局开展了学校食品安全专项检查。今年将继续组织开展。
（二）规范资金使用。我部将会同财政部加强资金监管，及时通报发现的问题。

教育部办公厅
2024年3月12日
""", {("一/(二)", "各省级教育行政部门", "responsible"),
      ("二/(二)", "教育部", "lead"), ("二/(二)", "财政部", "co")})

case("E2 国办 转发: the transmitting notice's own 要会同 (none); plan items 由X牵头Y配合, 我委会同, 按照分工负责 before a lead", """国务院办公厅转发国家发展改革委关于推进物流降本增效促进实体经济发展意见的通知
国办发〔2017〕73号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
国家发展改革委《关于推进物流降本增效促进实体经济发展的意见》已经国务院同意，现转发给你们，请认真贯彻执行。国家发展改革委要会同有关部门加强督促检查，确保各项措施落到实处。

国务院办公厅
2017年8月5日

关于推进物流降本增效促进实体经济发展的意见
国家发展改革委

一、深化“放管服”改革
（一）优化道路运输通行管理。由交通运输部牵头，公安部配合，规范超限超载治理工作。
（二）完善物流标准体系。我委会同商务部制定物流标准化工作方案。
二、加强组织实施
（一）各地区、各有关部门要按照分工负责，抓好落实。2016年以来，交通运输部会同公安部开展了联合治超行动。
""", {("一/(一)", "交通运输部", "lead"), ("一/(一)", "公安部", "co"),
      ("一/(二)", "国家发展和改革委员会", "lead"), ("一/(二)", "商务部", "co"),
      ("二/(一)", "各地区", "responsible"), ("二/(一)", "各有关部门", "responsible")},
     note="二/(一): 要按照分工负责 is a duty (assign-s15.md); 各地区 and 各有关部门 are collectives kept (spec §5)")

case("E3 ministry 批复: 我部 is the replier, the asker is 你委 (我部 gives none where only 加强指导 / 报我部)", """水利部关于黄河下游防洪工程建设规划的批复
水规计〔2021〕88号

黄河水利委员会：
你委《关于报送黄河下游防洪工程建设规划的请示》（黄规计〔2021〕12号）收悉。经研究，现批复如下：
一、原则同意《黄河下游防洪工程建设规划》。
二、规划实施中的重大问题，请及时报我部。我部将加强指导和监督检查。
三、你委要会同河南省人民政府、山东省人民政府抓紧组织实施。

水利部
2021年6月2日
""", {("三", "黄河水利委员会", "lead"), ("三", "河南省人民政府", "co"), ("三", "山东省人民政府", "co")},
     note="三: 你委 is the addressee; a labeller resolves it (or gives the co only); the organs reader may not")

case("E4 provincial web copy: a cited document's assignment (根据《…》明确，由X牵头…) and a 工作机制 with 按照分工", """浙江省人民政府办公厅关于加强粮食安全责任制考核工作的通知
浙政办发〔2019〕41号
发布时间：2019-07-15 来源：省政府办公厅 浏览次数：1326

各市、县（市、区）人民政府，省政府直属各单位：
为落实粮食安全省长责任制，现就有关事项通知如下：
一、明确考核职责。《国务院关于建立健全粮食安全省长责任制的若干意见》明确由国家发展改革委牵头，会同有关部门开展考核。省粮食和物资储备局负责全省考核工作的组织实施。
二、健全工作机制。建立由省发展改革委牵头、有关部门按照分工负责的工作机制，形成各部门按分工负责、协同推进的工作格局。
三、强化结果运用。考核结果经省发展改革委会同省财政厅审核后，报省政府审定。

浙江省人民政府办公厅
2019年7月12日
""", {("一", "浙江省粮食和物资储备局", "responsible")})

case("E5 city web copy: 发挥牵头作用 of a place and an enterprise (none); of a bureau (lead)", """关于推进产业链协同发展的实施意见
来源：苏州市人民政府 发布日期：2022-04-18 字号：大 中 小

一、强化链主带动。链主企业要发挥牵头作用，带动上下游企业协同创新。
二、发挥中心城区辐射作用。姑苏区要发挥牵头作用，联动周边板块共建产业园区。
三、加强统筹协调。市工业和信息化局要发挥牵头作用，市发展改革委、市财政局要积极配合。
""", {("三", "苏州市工业和信息化局", "lead"), ("三", "苏州市发展和改革委员会", "co"), ("三", "苏州市财政局", "co")})

case("E6 sectors that are not organs over a shared head (方面/领域/人员) vs a sector list with 部门", """关于开展2023年度重点项目稽查工作的通知
各县（市、区）人民政府，市政府各部门：
一、组建稽查专班。抽调发展改革、财政、审计等方面人员组成工作专班，负责日常稽查工作。
二、突出稽查重点。教育、卫生健康领域负责人员要主动配合稽查。
三、落实整改责任。发展改革、财政、审计部门负责督促被稽查单位整改。
""", {("三", "发展改革部门", "responsible"), ("三", "财政部门", "responsible"), ("三", "审计部门", "responsible")})

case("E7 本局 in a template after the notice (none); 本局 in the notice's items (issuer)", """广州市市场监督管理局关于开展食品生产企业质量安全承诺工作的通知
各区市场监督管理局：
一、工作安排。本局负责全市承诺工作的统筹部署，各区市场监督管理局负责辖区企业承诺书的收集。
二、工作要求。各区要于6月30日前将汇总表报本局。

广州市市场监督管理局
2020年5月20日

附件
质量安全承诺书（样式）
一、本局负责对辖区内承诺企业开展监督检查。
二、本企业承诺严格落实食品安全主体责任。
""", {("一", "广州市市场监督管理局", "responsible"), ("一", "各区市场监督管理局", "responsible")})

case("E8 ministry 意见 with a 解读 after the signature: the 解读's duties are no triples", """工业和信息化部关于促进中小企业特色产业集群发展的意见
工信部企业〔2022〕119号

一、培育集群。各省级中小企业主管部门负责本地区集群培育工作。

工业和信息化部
2022年8月29日

政策解读
一、《意见》出台的背景是什么？
工业和信息化部负责全国集群培育的统筹指导，会同有关部门开展集群认定。
""", {("一", "各省级中小企业主管部门", "responsible")},
     organs={("一", "各省级中小企业主管部门", "responsible")})

case("E9 本/我 before a subject in past work (none) and in a present duty (kept)", """湖北省住房和城乡建设厅关于做好2021年城镇老旧小区改造工作的通知
各市、州、直管市住房和城乡建设局：
一、总结经验。2020年，我厅会同省发展改革委、省财政厅印发了改造工作指引，各地按照分工负责，完成改造小区3100个。
二、加强统筹。我厅负责全省改造计划的汇总审核，各市州住房和城乡建设局负责本地区改造项目的组织实施。
""", {("二", "湖北省住房和城乡建设厅", "responsible"), ("二", "各市州住房和城乡建设局", "responsible")},
     organs={("二", "各市州住房和城乡建设局", "responsible")})

case("E10 county web copy: 按照分工负责 after a lead (co) kept; in a mechanism (none); 履行好牵头职责 of a township (lead is an organ? a government is)", """吉水县人民政府办公室关于印发《吉水县农村人居环境整治提升行动方案》的通知
来源：吉水县人民政府办公室 发布时间：2022-05-06

一、加强领导。县农业农村局牵头，县住建局、县生态环境分局按照分工负责，抓好落实。
二、完善机制。建立县农业农村局牵头、各部门按照分工负责的协调推进机制。
三、压实责任。各乡镇人民政府要履行好牵头职责，抓好本辖区整治工作。
""", {("一", "吉水县农业农村局", "lead"), ("一", "吉水县住房和城乡建设局", "co"), ("一", "吉水县生态环境分局", "co"),
      ("三", "各乡镇人民政府", "lead")},
     note="三: a township government is an organ; 履行好牵头职责 names its role")


case("E11 国务院 批复 to a province and a bank: 要…，会同 (lead, co), past 2016年，…已会同…开展了 (none)", """国务院关于同意设立福建省泉州金融服务实体经济综合改革试验区的批复
国函〔2017〕28号

福建省人民政府、中国人民银行：
你们《关于设立泉州金融服务实体经济综合改革试验区的请示》收悉。现批复如下：
一、同意设立福建省泉州金融服务实体经济综合改革试验区。
二、福建省人民政府要加强组织领导，会同中国人民银行等有关部门抓紧制定实施方案。
三、中国人民银行要会同国家发展改革委、财政部等部门加强指导。2016年，中国人民银行已会同有关部门开展了前期调研。

国务院
2017年2月28日
""", {("二", "福建省人民政府", "lead"), ("二", "中国人民银行", "co"),
      ("三", "中国人民银行", "lead"), ("三", "国家发展和改革委员会", "co"), ("三", "财政部", "co")},
     organs={("二", "中国人民银行", "co")},
     note="二: the organs reader reads `中国人民银行等有关部门` as the sector `人民银行等有关部门`")

case("E12 province 通知: 会同 in a document's attribute (…会同…制定的《…》), a 工作格局 with 按照分工负责 (none)", """山东省人民政府办公厅关于进一步做好稳就业工作的通知
鲁政办发〔2020〕12号

一、落实政策。认真落实省人力资源社会保障厅会同省财政厅制定的《就业补助资金管理办法》，各市要加大政策宣传力度。
二、健全机制。全省已形成省人力资源社会保障厅牵头抓总、各部门按照分工负责的工作格局。
三、加强督导。省人力资源社会保障厅要会同省财政厅开展专项督导。
""", {("三", "山东省人力资源和社会保障厅", "lead"), ("三", "山东省财政厅", "co")})

case("E13 provincial department's web copy: 根据《…》，由X牵头 (the notice's own assignment, kept); 经X会同Y审核后 (none)", """关于做好2022年度农业保险工作的通知
来源：河北省财政厅 发布时间：2022-03-02

一、明确分工。根据《河北省农业保险实施办法》，由省财政厅牵头，省农业农村厅配合，负责保费补贴资金的审核拨付。
二、规范流程。补贴资金经省财政厅会同省农业农村厅审核后拨付。
三、工作要求。省农业农村厅负责组织各地做好承保理赔工作。
""", {("一", "河北省财政厅", "lead"), ("一", "河北省农业农村厅", "co"), ("三", "河北省农业农村厅", "responsible")})


case("E14 ministry 意见: 近五年来，X会同Y安排了… (none); 各省级…负责 (kept)", """国家卫生健康委关于进一步加强基层医疗卫生服务的意见
国卫基层发〔2021〕9号

一、强化基层服务能力。（一）近五年来，国家卫生健康委会同财政部安排中央资金支持基层机构建设。（二）各省级卫生健康行政部门负责制定本地区实施方案。
二、组织实施。三级医院要发挥牵头作用，带动县级医院提升服务能力。
""", {("一/(二)", "各省级卫生健康行政部门", "responsible")})

case("E15 city web copy of a bureau's 印发 notice: the notice's own 按照分工负责 / 履行好牵头职责 (none); plan prose; a 解读 link", """关于印发《成都市2022年空气质量提升行动方案》的通知
发布时间：2022-03-10 来源：成都市生态环境局 【字体：大 中 小】 打印本页

各区（市）县人民政府，市级有关部门：
现将《成都市2022年空气质量提升行动方案》印发给你们，请按照分工负责，抓好落实。市生态环境局要履行好牵头职责，加强调度。

成都市生态环境局
2022年3月8日

成都市2022年空气质量提升行动方案
一、工业污染治理。由市经信局牵头，市生态环境局配合，推进工业企业深度治理。
二、移动源治理。市交通运输局、市公安局按照分工负责，加强柴油货车监管。
相关链接：
政策解读：《成都市2022年空气质量提升行动方案》解读
一、背景。本方案由市生态环境局会同市经信局起草。
""", {("一", "成都市经济和信息化局", "lead"), ("一", "成都市生态环境局", "co"),
      ("二", "成都市交通运输局", "responsible"), ("二", "成都市公安局", "responsible")})

case("E16 ministry 复函: 请你厅会同 (the addressee, unresolved), 我部将会同有关部门 (the replier, lead)", """民政部关于同意在山东省开展社区治理创新试点的复函
民函〔2020〕45号

山东省民政厅：
你厅《关于申请开展社区治理创新试点的请示》（鲁民〔2020〕20号）收悉。经研究，函复如下：
一、同意你省在济南市、青岛市开展社区治理创新试点。
二、请你厅会同省财政厅做好试点经费保障。我部将会同有关部门加强工作指导。
""", {("二", "山东省民政厅", "lead"), ("二", "山东省财政厅", "co"), ("二", "民政部", "lead"), ("二", "有关部门", "co")},
     note="二: 你厅 is the addressee (山东省民政厅); resolving 你厅/你委/你省 is left (recall)")

case("E17 two ministries' 通知: 我委 is the one issuer ending in 委; 会同 in a sector pair (lead, co)", """国家发展改革委 财政部关于做好2023年政府投资项目管理工作的通知
发改投资〔2023〕211号

各省、自治区、直辖市发展改革委、财政厅（局）：
一、加强项目储备。各地发展改革部门要会同财政部门建立项目储备库。
二、强化资金保障。财政部负责中央预算内资金的拨付，国家发展改革委负责项目审核。
三、做好组织实施。我委将会同财政部适时开展督导检查。

国家发展改革委
财政部
2023年4月3日
""", {("一", "各地发展改革部门", "lead"), ("一", "财政部门", "co"),
      ("二", "财政部", "responsible"), ("二", "国家发展和改革委员会", "responsible"),
      ("三", "国家发展和改革委员会", "lead"), ("三", "财政部", "co")})


case("E18 province 国办 通知: a mechanism after the opening, past work (年份，…了; 据统计), a document's attribute (牵头制定的《》)", """湖南省人民政府办公厅关于加强安全生产工作的通知
湘政办发〔2020〕9号

一、健全机制。各市州要参照省里做法，建立由应急管理部门牵头、相关部门按照分工负责的工作机制。
二、开展排查。2019年，全省安全生产形势总体平稳，应急管理部门会同有关部门开展了大排查。据统计，2019年省应急管理厅会同省公安厅查处违法案件1200起。
三、落实方案。省应急管理厅牵头制定的《安全生产专项整治三年行动计划》已印发实施，各地要抓好落实。
四、压实责任。省应急管理厅要充分发挥牵头作用，省公安厅、省交通运输厅按照分工负责，形成工作合力。
""", {("四", "湖南省应急管理厅", "lead"), ("四", "湖南省公安厅", "co"), ("四", "湖南省交通运输厅", "co")})


case("E19 city 办公厅 印发 notice with a title-form 政策解读 after the measures (its duties none)", """厦门市人民政府办公厅关于印发厦门市促进消费若干措施的通知
厦府办规〔2023〕3号

各区人民政府，市直各委、办、局：
《厦门市促进消费若干措施》已经市政府同意，现印发给你们，请认真组织实施。

厦门市人民政府办公厅
2023年2月10日

厦门市促进消费若干措施
一、发放消费券。市商务局负责消费券发放的组织实施。
二、支持汽车消费。市工信局会同市财政局制定汽车消费补贴细则。

关于《厦门市促进消费若干措施》的政策解读
一、出台背景
为提振消费，市商务局会同有关部门起草了《措施》。
二、主要内容
（一）发放消费券。市商务局负责统筹，各区政府负责具体发放。
""", {("一", "厦门市商务局", "responsible"), ("二", "厦门市工业和信息化局", "lead"), ("二", "厦门市财政局", "co")},
     note="the 解读's numbered lines are still read as tasks (二/(一)): layout's PAGE_TAIL misses the title form")


def run(cases=None):
    from pipeline import process_text
    rows = []
    for c in cases or CASES:
        r = process_text(c["text"], doc_id="stress").model_dump()
        got = {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}
        rows.append((c, got, r))
    return rows


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    verbose = "-v" in sys.argv
    tp = fn = fp = org = 0
    for c, got, r in run():
        exp = c["expect"]
        miss, extra = exp - got, got - exp
        tp += len(exp & got); fn += len(miss); fp += len(extra); org += len(miss & c["organs"])
        print(f"{'OK ' if not miss and not extra else 'BAD'} {c['name'][:70]}  tp={len(exp & got)} miss={len(miss)} extra={len(extra)}")
        for t in sorted(miss):
            print("     MISS", t, "(organs)" if t in c["organs"] else "")
        for t in sorted(extra):
            print("     EXTRA", t)
        if verbose and (miss or extra):
            m = r["metadata"]
            print("     meta", m["region"], m["admin_level"], m["doc_type"], m.get("issuers"), [x["path"] for x in r["tasks"]][:30])
            print("     deps", [d["name"] for d in r["departments"]])
    print(f"expected {tp + fn}, found {tp}, missed {fn} (organs {org}), extra {fp}")
