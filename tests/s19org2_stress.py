"""Stress set of session 19, second organ wave (s19-org2): shared levels and heads over sector lists, shared statute
prefixes carried to a second organ, place kinds, short forms of a government's offices, level collectives. Written in
the styles of provinces, levels and eras unlike the opened ones (statutes, counties, pre-2018 notices; Gansu,
Heilongjiang, Guangxi, Tibet, Hainan, Chongqing, Inner Mongolia, Sichuan, Jiangxi); none copied from a corpus notice;
expected items written before running the code.

Split by a fixed rule: even positions FIX, odd positions HELD (`python3 tests/s19org2_stress.py fix|held`).
"""
from __future__ import annotations

import sys

WZS = ("海南省五指山市", "county")
WZS_T = ("海南省五指山市通什镇", "township")
QY = ("甘肃省庆阳市", "prefecture")
HX = ("甘肃省庆阳市环县", "county")
GX = ("广西壮族自治区", "province")
HLJ = ("黑龙江省", "province")
CD = ("四川省成都市", "prefecture")
KQ = ("内蒙古自治区兴安盟科尔沁右翼前旗", "county")
DXAL = ("黑龙江省大兴安岭地区", "prefecture")
NC = ("江西省南昌市", "prefecture")
JX = ("江西省", "province")
XZ = ("西藏自治区", "province")
RX = ("重庆市荣昌区", "county")
LZ = ("西藏自治区林芝市", "prefecture")
BS = ("广西壮族自治区百色市", "prefecture")
GZ_T = ("甘肃省甘南藏族自治州卓尼县木耳镇", "township")
YD = ("重庆市云阳县", "county")

CASES = [
    # (A) a level and a head shared by a sector list (statute style, a town's own level)
    ("wzs-town-statute", *WZS_T,
     "第六条 镇农业、林业、水务等相关行政管理部门应当按照各自职责，做好热带雨林保护工作。\n",
     {"五指山市通什镇农业行政管理部门", "五指山市通什镇林业行政管理部门", "五指山市通什镇水务行政管理部门"}),
    ("qy-lower-county-list", *QY,
     "第九条 市文化和旅游局会同县规划、建设等部门，指导各县做好传统村落保护。\n",
     {"庆阳市文化和旅游局", "县规划部门", "县建设部门"}),
    ("gz-town-statute-2", *GZ_T,
     "第四条 镇国土、环保、安监等相关行政管理部门依照本办法履行监督职责。\n",
     {"卓尼县木耳镇国土行政管理部门", "卓尼县木耳镇环保行政管理部门", "卓尼县木耳镇安监行政管理部门"}),
    ("bs-lower-district-list", *BS,
     "三、保障措施\n（一）强化协作。市民政局要会同区民政、财政等部门，建立困难群众动态管理机制。\n",
     {"百色市民政局", "区民政部门", "区财政部门"}),
    ("hx-same-level", *HX,
     "第七条 乡（镇）人民政府应当会同同级农业、畜牧等部门，做好草原防火工作。\n",
     {"乡（镇）人民政府", "同级农业部门", "同级畜牧部门"}),
    # (B) a statute's shared prefix carried to the next organ of the list
    ("gx-statute-prefix", *GX,
     "第五条 县级以上人民政府卫生行政部门、食品药品监督管理部门按照各自职责，负责本行政区域内的食品安全监督管理工作。\n",
     {"县级以上人民政府卫生行政部门", "县级以上人民政府食品药品监督管理部门"}),
    ("hlj-statute-prefix", *HLJ,
     "第四条 县级以上地方人民政府农业行政主管部门、林业行政主管部门按照职责分工，负责黑土地保护的监督管理。\n",
     {"县级以上地方人民政府农业行政主管部门", "县级以上地方人民政府林业行政主管部门"}),
    ("xz-statute-prefix-3", *XZ,
     "第三条 县级以上人民政府环境保护行政主管部门、水行政主管部门和国土资源行政主管部门，依照本条例规定负责水源保护工作。\n",
     {"县级以上人民政府环境保护行政主管部门", "县级以上人民政府水行政主管部门", "县级以上人民政府国土资源行政主管部门"}),
    ("jx-statute-prefix-precision", *JX,
     "第五条 县级以上人民政府应当加强领导。县级以上人民政府教育行政部门负责本条例的实施，财政、人力资源社会保障等部门按照各自职责做好相关工作。\n",
     {"县级以上人民政府", "县级以上人民政府教育行政部门", "财政部门", "人力资源社会保障部门"}),
    # (C) place kinds and offices of a government written short
    ("cd-place-kind", *CD,
     "三、工作要求\n区（市）县民政部门要在每季度末将救助情况报市民政局。\n",
     {"区（市）县民政部门", "成都市民政局"}),
    ("kq-banner-office", *KQ,
     "五、督查考核\n旗政府督查室要会同旗委督查室定期开展专项督查，结果在全旗通报。\n",
     {"科尔沁右翼前旗人民政府督查室", "中共科尔沁右翼前旗委督查室"}),
    ("cd-place-kind-2", *CD,
     "四、保障措施\n各区（市）县人民政府要落实属地责任，区（市）县财政部门要保障工作经费。\n",
     {"各区（市）县人民政府", "区（市）县财政部门"}),
    ("yd-county-office", *YD,
     "四、督查考核\n县政府督查室会同县委督查室每半年开展一次督查。\n",
     {"云阳县人民政府督查室", "中共云阳县委督查室"}),
    # (D) a town's and township's organs written bare
    ("hx-town-agency", *HX,
     "第十条 乡（镇）农村经济管理部门负责农村集体资产的登记和监督，县农业农村局负责业务指导。\n",
     {"乡（镇）农村经济管理部门", "环县农业农村局"}),
    ("gz-town-office", *GZ_T,
     "二、工作措施\n（一）镇社会治安和应急管理办公室牵头，镇综合行政执法队配合，开展集中整治。\n",
     {"卓尼县木耳镇社会治安和应急管理办公室", "卓尼县木耳镇综合行政执法队"}),
    # (E) level collectives and people's organisations
    ("dxal-prefecture-direct", *DXAL,
     "四、保障措施\n地直各部门要按照职责分工抓好落实，各县（区）政府要加强组织领导。\n",
     {"大兴安岭地区直各部门", "各县（区）政府"}),
    ("nc-mass-in-verb", *NC,
     "三、保障措施\n（二）凝聚社会力量。充分发挥工会、共青团、妇联等群团组织作用，形成工作合力。\n",
     {"南昌市总工会", "共青团南昌市委员会", "南昌市妇女联合会"}),
    ("yd-county-team", *YD,
     "5．强化帮扶力量。管好用好驻村工作队。（责任单位：县委组织部、县乡村振兴局、县综合帮扶工作队）\n",
     {"中共云阳县委组织部", "云阳县乡村振兴局", "云阳县综合帮扶工作队"}),
    ("gx-two-levels", *GX,
     "三、保障措施\n（一）加大投入。市、县两级政府要将所需经费纳入本级财政预算，自治区财政厅给予适当补助。\n",
     {"市、县两级政府", "广西壮族自治区财政厅"}),
    ("hlj-two-levels-pre2018", *HLJ,
     "四、保障措施\n各市（地）、县（市、区）政府要加强领导，市、县两级政府要设立专项资金，省财政厅、省农委要加强指导。\n",
     {"各市（地）、县（市、区）政府", "市、县两级政府", "黑龙江省财政厅", "黑龙江省农业委员会"}),
    # (F) a county named in the body does not replace the given region
    ("nc-county-in-body", *NC,
     "二、工作任务\n（一）在新建县开展试点，市农业局负责组织，县政府负责实施。\n",
     {"南昌市农业局", "县政府"}),
    ("lz-county-in-body", *LZ,
     "二、主要任务\n（一）在米林县、波密县开展生态补偿试点，由市财政局负责资金保障。\n",
     {"林芝市财政局"}),
    # (P) precision paragraphs: look-alikes that are not organs
    ("rx-precision-sectors", *RX,
     "一、总体要求\n（一）发展目标。到2020年，全区规划、建设、水务等重点项目投资达到50亿元，镇村规划覆盖率达到100%，"
     "农业、林业、畜牧业协调发展。\n",
     set()),
    ("hlj-precision-levels", *HLJ,
     "一、总体目标\n到2018年，市、县两级财政投入逐年增长，县级以上城市建成区绿化覆盖率达到35%，区（市）县城乡居民收入增长8%。\n",
     set()),
    ("wzs-precision-town", *WZS,
     "（三）发展热带特色农业。在通什镇、南圣镇发展茶叶、橡胶产业，到2020年建成基地5个。（市农业局负责）\n",
     {"五指山市农业局"}),
    ("qy-precision-statute", *QY,
     "第二条 本办法所称传统村落，是指形成较早，拥有较丰富的传统资源，具有一定历史、文化、科学、艺术、社会、经济价值的村落。"
     "村落的规划、建设、管理应当遵循保护优先的原则。\n",
     set()),
]


if __name__ == "__main__":
    sys.path.insert(0, ".")
    from tests.s18left_stress_levels import main
    main(CASES, sys.argv[1:])
