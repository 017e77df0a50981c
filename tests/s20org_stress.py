"""Stress set of session 20 (s20-org): departments of the classes that recur in the A4/A5 FIX-half losses, written in
the style of other provinces, levels and eras (none copied from a corpus or authored notice; expected items written
before running the code).

Classes: (A) 州直/盟直/县直 before a collective (D33); (B) a verb written before a level-prefixed working body
(充实县…领导小组); (C) 编办/编委办 of the era before the 2018 reform (机构编制委员会办公室, not the party's); (D) a level
word before a short-named organ kept as written (省级发展改革委, D24/S20); (E) 政府机构改革 and the like (a topic, not an
organ); (F) 〈〉 written for （） in a collective; (G) town offices and stations named bare in a town's document;
(H) a joint-meeting system set up (…参加的X联席会议制度) and its office; plus precision paragraphs full of look-alikes
whose complete output is written down. (Four expected items written for addressee lines were struck after the BASE
run, by spec 1.1 section 1: the addressee line is no part of the body.)

Split by a fixed rule: even positions FIX, odd positions HELD (`python3 tests/s20org_stress.py fix|held`).
"""
from __future__ import annotations

import sys

GN = ("甘肃省临夏回族自治州", "prefecture")
XS = ("广西壮族自治区百色市西林县", "county")
HZ = ("黑龙江省黑河市", "prefecture")
XA = ("内蒙古自治区兴安盟", "prefecture")
GZ = ("贵州省", "province")
HI = ("海南省", "province")
CQ = ("重庆市城口县", "county")
CN = ("全国", "central")
QH = ("青海省海西蒙古族藏族自治州", "prefecture")
ZY = ("贵州省遵义市正安县", "county")
TW = ("甘肃省定西市通渭县碧玉镇", "township")
HT = ("广西壮族自治区河池市天峨县八腊瑶族乡", "township")
JL = ("吉林省", "province")
NX = ("宁夏回族自治区", "province")

CASES = [
    # (A) 州直/盟直/县直 + collective
    ("lx-zhouzhi", *GN,
     "各县（市）人民政府，州直有关部门：\n一、保障措施\n（一）强化考核。将工作纳入对各县（市）人民政府和州直有关部门的年度考核，"
     "州财政局要统筹资金。\n",
     {"各县（市）人民政府", "临夏回族自治州直有关部门", "临夏回族自治州财政局"}),
    ("xa-mengzhi", *XA,
     "各旗县市人民政府，盟直各委、办、局：\n一、工作要求\n（一）加强协作。盟直各部门要各司其职，盟发展改革委牵头协调。\n",
     {"兴安盟直各部门", "兴安盟发展和改革委员会"}),
    # (B) verb + working body
    ("cq-chongshi-group", *CQ,
     "四、保障措施\n（一）加强组织领导。充实县乡村振兴工作领导小组，领导小组办公室设在县农业农村委，负责日常调度。\n",
     {"城口县乡村振兴工作领导小组", "城口县乡村振兴工作领导小组办公室", "城口县农业农村委员会"}),
    ("hz-tiaozheng-group", *HZ,
     "五、组织保障\n（一）健全机构。调整市河湖长制工作领导小组，由市政府主要领导任组长，市水务局、市生态环境局为成员单位。\n",
     {"黑河市河湖长制工作领导小组", "黑河市人民政府", "黑河市水务局", "黑河市生态环境局"}),
    # (C) 编办 of the earlier era
    ("zy-bianban-2009", *ZY,
     "正安县人民政府关于印发正安县乡镇机构改革实施方案的通知\n正府发〔2009〕12号\n各乡镇人民政府，县直各部门：\n"
     "一、工作职责\n县编办负责核定乡镇机构和编制，县人事局、县财政局配合做好人员和经费保障。\n正安县人民政府\n二〇〇九年三月五日\n",
     {"正安县机构编制委员会办公室", "正安县人事局", "正安县财政局"}),
    ("jl-bianweiban-2001", *JL,
     "吉林省人民政府办公厅关于做好事业单位清理整顿工作的通知\n吉政办发〔2001〕40号\n"
     "一、工作安排\n省编委办公室会同省人事厅、省财政厅组织实施，各市（州）要抓好落实。\n吉林省人民政府办公厅\n二〇〇一年六月八日\n",
     {"吉林省机构编制委员会办公室", "吉林省人事厅", "吉林省财政厅"}),
    # (D) level word + organ short name
    ("cn-provincial-ndrc", *CN,
     "国家发展改革委办公厅关于开展园区循环化改造示范工作的通知\n各省、自治区、直辖市发展改革委：\n"
     "二、申报程序\n申报材料由省级发展改革委审核后报送，并附省级财政部门意见。\n国家发展改革委办公厅\n2016年5月10日\n",
     {"省级发展改革委", "省级财政部门"}),
    ("nx-cityjiwei", *NX,
     "三、工作要求\n各市级卫生健康委要加强指导，县级卫生健康行政部门负责具体实施，自治区卫生健康委定期通报。\n",
     {"各市级卫生健康委", "县级卫生健康行政部门", "宁夏回族自治区卫生健康委员会"}),
    # (E) precision: reform of government bodies as a topic
    ("gz-reform-precision", *GZ,
     "一、重点任务\n（一）深化行政体制改革。完成省级政府机构改革，稳步推进市县政府机构改革，县级政府职能转变取得实效。"
     "省委编办负责统筹。\n",
     {"中共贵州省委机构编制委员会办公室"}),
    ("hi-reform-precision", *HI,
     "一、主要任务\n（一）推进简政放权。深化市县政府机构改革和乡镇政府职能转变，推动省级政府部门权责清单动态调整，"
     "省司法厅负责合法性审查。\n",
     {"海南省司法厅"}),
    # (F) 〈〉 brackets in a collective
    ("hz-angle-brackets", *HZ,
     "二、重点任务\n（一）推进秸秆还田。（牵头单位：市农业农村局；责任单位：各县〈市〉区政府）\n",
     {"黑河市农业农村局", "各县（市）区政府"}),
    ("xs-angle-precision", *XS,
     "二、重点任务\n（一）推进产业发展。种植面积达到〈5万亩〉以上，各乡镇要抓好落实，县农业农村局负责指导。\n",
     {"各乡镇", "西林县农业农村局"}),
    # (G) town offices and stations named bare
    ("tw-town-stations", *TW,
     "碧玉镇人民政府关于印发碧玉镇人居环境整治实施方案的通知\n各村委会，镇属各站所：\n一、职责分工\n"
     "镇应急办负责组织应急演练；规划建设办负责村庄规划；国土所负责宅基地审核；派出所负责治安巡逻；司法所负责矛盾调解。\n"
     "碧玉镇人民政府\n2021年4月2日\n",
     {"通渭县碧玉镇人民政府", "通渭县碧玉镇应急管理办公室", "通渭县碧玉镇规划建设办公室", "通渭县碧玉镇国土资源所",
      "通渭县碧玉镇派出所", "通渭县碧玉镇司法所"}),
    ("ht-town-duty-column", *HT,
     "八腊瑶族乡人民政府关于印发八腊瑶族乡森林防火工作方案的通知\n各村（社区），乡直各单位：\n一、工作任务\n"
     "（一）加强巡查。\n责任单位：应急办、综治中心、派出所、各村（社区）\n八腊瑶族乡人民政府\n2020年3月1日\n",
     {"天峨县八腊瑶族乡人民政府", "天峨县八腊瑶族乡应急管理办公室", "天峨县八腊瑶族乡派出所", "各村（社区）"}),
    # (H) joint-meeting system
    ("qh-joint-meeting", *QH,
     "四、保障措施\n（一）建立协调机制。建立由州商务局、州发展改革委、州交通运输局等部门参加的农村物流发展联席会议制度，"
     "统筹推进全州农村物流工作。各县（市）每季度将工作进展情况报送联席会议办公室。\n",
     {"海西蒙古族藏族自治州商务局", "海西蒙古族藏族自治州发展和改革委员会", "海西蒙古族藏族自治州交通运输局",
      "海西蒙古族藏族自治州农村物流发展联席会议", "海西蒙古族藏族自治州农村物流发展联席会议办公室"}),
    ("hi-joint-meeting-province", *HI,
     "三、保障措施\n（一）健全工作机制。建立省旅游消费促进联席会议制度，联席会议办公室设在省旅游和文化广电体育厅。\n",
     {"海南省旅游消费促进联席会议", "海南省旅游消费促进联席会议办公室", "海南省旅游和文化广电体育厅"}),
    # precision: look-alikes in full paragraphs
    ("lx-precision-zhou", *GN,
     "一、发展目标\n（一）总体目标。到2025年，全州干部培训覆盖率达到100%，州域经济协调发展，各县市联席会议制度"
     "更加健全，工作小组机制运行顺畅。\n",
     set()),
    ("cq-precision-verbs", *CQ,
     "二、主要任务\n（一）完善工作机制。充实基层力量，调整产业结构，健全县乡村三级服务网络，完善领导小组议事规则。\n",
     set()),
    ("jl-precision-2000s", *JL,
     "二、工作要求\n（一）精简机构。按照编制部门核定的编制，严格控制人员，各级编制部门要加强监督，机构编制工作纳入考核。\n",
     {"各级编制部门"}),
    ("tw-precision-town", *TW,
     "二、工作目标\n（一）基础设施。全镇新建村级文化站3个、村卫生所2个、便民服务站5个，矛盾纠纷调解成功率达到95%。\n",
     set()),
]


if __name__ == "__main__":
    sys.path.insert(0, ".")
    from tests.s18left_stress_levels import main
    main(CASES, sys.argv[1:])
