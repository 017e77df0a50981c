"""Stress set of session 19, third organ wave (s19-org3): level words and 全X before collectives, qualifiers before 各,
places used as actors, township bodies and stations, statute prefixes over split places, short forms. Written in the
styles of provinces, levels and eras unlike the opened ones (Gansu, Guangxi, Chongqing, Heilongjiang, Inner Mongolia,
Sichuan, Qinghai, Yunnan, Hebei, Liaoning, Tianjin, Ningxia, Jiangxi, Tibet, Hunan, Jiangsu, Hainan, Guizhou; statutes
and pre-2010 notices); none copied from a corpus notice; expected items written before running the code.

Split by a fixed rule: even positions FIX, odd positions HELD (`python3 tests/s19org3_stress.py fix|held`).
"""
from __future__ import annotations

import sys

GS = ("甘肃省", "province")
DA = ("广西壮族自治区河池市都安瑶族自治县", "county")
QJ = ("重庆市黔江区", "county")
QQHR = ("黑龙江省齐齐哈尔市", "prefecture")
HX = ("甘肃省庆阳市环县", "county")
WZ = ("广西壮族自治区梧州市", "prefecture")
KZH = ("内蒙古自治区通辽市科尔沁左翼后旗", "county")
LS = ("四川省凉山彝族自治州", "prefecture")
HB = ("青海省海北藏族自治州", "prefecture")
ZT = ("云南省昭通市", "prefecture")
FP = ("河北省保定市阜平县", "county")
HP = ("辽宁省沈阳市和平区", "county")
NH = ("天津市宁河区", "county")
NX = ("宁夏回族自治区", "province")
JX = ("江西省", "province")
XZ = ("西藏自治区", "province")
GZ_T = ("湖南省怀化市沅陵县官庄镇", "township")
NHL_T = ("江苏省南京市鼓楼区宁海路街道", "township")
HN = ("海南省", "province")
HLJ = ("黑龙江省", "province")
GS_C = ("云南省怒江傈僳族自治州贡山独龙族怒族自治县", "county")
LZ = ("广西壮族自治区柳州市", "prefecture")
BM_T = ("贵州省黔东南苗族侗族自治州从江县丙妹镇", "township")
HG = ("黑龙江省鹤岗市", "prefecture")

CASES = [
    # (A) a level word before a collective is written as is (not a region prefix)
    ("gs-prov-level-word", *GS,
     "三、保障措施\n（一）加强组织领导。省级有关部门要按照职责分工，加强对各市（州）的指导，省财政厅要做好资金保障。\n",
     {"省级有关部门", "甘肃省财政厅"}),
    ("da-county-level-word", *DA,
     "四、保障措施\n（二）压实责任。县级有关部门要各司其职，县财政局要足额安排工作经费。\n",
     {"县级有关部门", "都安瑶族自治县财政局"}),
    ("qj-district-level-word", *QJ,
     "五、工作要求\n区级各部门要加强协作，区发展改革委负责统筹调度。\n",
     {"区级各部门", "重庆市黔江区发展和改革委员会"}),
    ("qqhr-city-level-word", *QQHR,
     "三、工作要求\n（一）市级相关部门要按照职责做好配合工作，市民政局要加强业务指导。\n",
     {"市级相关部门", "齐齐哈尔市民政局"}),
    # (B) 全X before a collective of every department is kept as written (guide D87, S28; read so in S31)
    ("hx-quanxian", *HX,
     "五、工作要求\n全县各级各部门要提高政治站位，县委办、县政府办要加强督查。\n",
     {"全县各级各部门", "中共环县委办公室", "环县人民政府办公室"}),
    ("wz-quanshi", *WZ,
     "四、工作要求\n全市各级各有关部门要认真贯彻落实，市人力资源社会保障局要加强统筹。\n",
     {"全市各级各有关部门", "梧州市人力资源和社会保障局"}),
    ("kzh-quanqi", *KZH,
     "三、保障措施\n全旗各有关部门要按照分工抓好落实，旗财政局负责资金保障。\n",
     {"全旗各有关部门", "科尔沁左翼后旗财政局"}),
    # (C) a compound place word before 各 is a qualifier, not a level prefix
    ("ls-kuqu", *LS,
     "三、保障措施\n（三）加强保障。库区各县人民政府要落实移民安置责任，州水利局负责技术指导。\n",
     {"库区各县人民政府", "凉山彝族自治州水利局"}),
    ("hb-muqu", *HB,
     "二、主要任务\n（一）牧区各县人民政府要做好草畜平衡工作，州农牧局要加强监测。\n",
     {"牧区各县人民政府", "海北藏族自治州农牧局"}),
    ("zt-precision-shanqu", *ZT,
     "二、主要任务\n（二）发展特色产业。支持山区各县因地制宜发展林下经济，到2020年库区移民人均收入增长8%以上。\n",
     set()),
    # (D) places acting outside an assignment are not organs; inside one they are kept
    ("fp-precision-xiangzhen", *FP,
     "二、主要任务\n（一）改善人居环境。各乡镇要因地制宜推进农村厕所革命，到2021年底卫生厕所普及率达到85%。\n",
     set()),
    ("fp-xiangzhen-assigned", *FP,
     "二、主要任务\n（二）完善设施。加快建设村级污水处理设施。（责任单位：县住房城乡建设局、各乡镇）\n",
     {"阜平县住房和城乡建设局", "各乡镇"}),
    ("hp-precision-jiedao", *HP,
     "三、工作措施\n（一）广泛动员。各街道要组织辖区单位积极参与，区民政局负责业务指导。\n",
     {"沈阳市和平区民政局"}),
    # (E) short forms
    ("nh-short-forms", *NH,
     "二、职责分工\n（三）区住房建设委负责老旧小区改造，区城市管理委配合。\n",
     {"天津市宁河区住房和建设委员会", "天津市宁河区城市管理委员会"}),
    ("nx-gongxiao-lianshe", *NX,
     "三、重点任务\n（四）自治区供销联社要发挥流通网络优势，推动农产品上行。\n",
     {"宁夏回族自治区供销合作联合社"}),
    # (F) statute prefixes over split places and over a function-named organ
    ("jx-split-statute", *JX,
     "第六条 设区的市、县级人民政府民政部门、财政部门应当按照各自职责做好困难群众救助工作。\n",
     {"设区的市人民政府民政部门", "县级人民政府民政部门", "设区的市人民政府财政部门", "县级人民政府财政部门"}),
    ("xz-statute-police", *XZ,
     "第八条 县级以上人民政府公安机关、交通运输主管部门应当加强道路通行安全管理。\n",
     {"县级以上人民政府公安机关", "县级以上人民政府交通运输主管部门"}),
    ("hlj-precision-statute", *HLJ,
     "第十二条 违反本条例规定，由县级以上人民政府林业行政主管部门责令改正；构成犯罪的，依法追究刑事责任。\n"
     "第十三条 本条例自2005年1月1日起施行。\n",
     {"县级以上人民政府林业行政主管部门"}),
    # (G) township bodies and stations
    ("gz-town-stations", *GZ_T,
     "三、职责分工\n（一）镇财政所负责资金拨付和监管。\n（二）官庄市场监管所负责食品安全检查。\n",
     {"沅陵县官庄镇财政所", "沅陵县市场监督管理局官庄市场监督管理所"}),
    ("nhl-street-bodies", *NHL_T,
     "四、保障措施\n（一）街道工委要加强领导，街道城管科负责日常巡查。\n",
     {"中共南京市鼓楼区宁海路街道工作委员会", "南京市鼓楼区宁海路街道城管科"}),
    ("bm-town-level-word", *BM_T,
     "三、工作要求\n（一）镇级各部门要主动作为，镇党政办负责统筹。\n",
     {"镇级各部门", "从江县丙妹镇党政办公室"}),
    # (P) precision notices and paragraphs
    ("hn-precision-notice", *HN,
     "海南省人民政府办公厅关于做好2020年春耕生产工作的通知\n各市、县、自治县人民政府，省政府直属各单位：\n"
     "为做好春耕生产，现就有关事项通知如下：\n一、加强组织领导。各市县政府要落实粮食安全责任制，省农业农村厅要加强指导。\n"
     "二、强化资金保障。省财政厅要及时下达资金，所需资金由同级财政负担。\n海南省人民政府办公厅\n2020年3月5日\n",
     {"各市县政府", "海南省农业农村厅", "海南省财政厅"}),
    ("gs-precision-quansheng", *GS,
     "一、总体目标\n到2020年，全省城乡居民收入稳步增长，全省各级财政投入逐年增加，全省贫困人口全部脱贫。\n",
     set()),
    ("gs-c-precision-quanxian", *GS_C,
     "一、总体要求\n全县各族干部群众要团结一心，到2020年全县各乡镇农民人均收入增长10%。\n",
     set()),
    ("lz-two-level-finance", *LZ,
     "四、保障措施\n（二）强化经费保障。市、县两级财政要将所需经费纳入预算，市财政局负责统筹。\n",
     {"柳州市财政局", "县财政"}),  # (guide D74 closed in S31: the lower level's finance as written)
    ("hg-precision-area", *HG,
     "二、主要任务\n（一）推进采煤沉陷区治理。沉陷区各户搬迁补助每户不超过5万元，城区、矿区同步推进基础设施建设。（市住建局负责）\n",
     {"鹤岗市住房和城乡建设局"}),
]


if __name__ == "__main__":
    sys.path.insert(0, ".")
    from tests.s18left_stress_levels import main
    main(CASES, sys.argv[1:])
