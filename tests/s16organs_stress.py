"""Stress set of session 16 (s16-organs): collectives and bare sectors (spec 1.1 section 5 "kept as written") as
provinces, counties, towns, banners, autonomous prefectures, eras and statute-style articles write them, and, for
precision, paragraphs and short notices full of words that look like organs but are not departments by the spec
(service bodies, enterprises, schools, village committees, 政府 as a category, places acting outside an assignment).
Snippets written for this set (none copied from a corpus notice): Gansu, Heilongjiang, Guangxi, Tibet, Hainan,
Chongqing counties, Inner Mongolia (旗/盟), Yunnan and Sichuan autonomous prefectures, Jilin, Fujian, Guizhou,
Xinjiang, Qinghai, Ningxia; 1990s-2000s statutes, towns, web copies with page furniture.

The set is split by a fixed rule before any fix: cases at even positions are the FIX half, at odd positions the HELD
half (`python3 tests/s16organs_stress.py fix|held|all`). Each case: (id, region, level, text, expected names).
A text without a line break is wrapped as one item.
"""
from __future__ import annotations

import sys

# (s21-org) level-word collectives (省级有关部门, 县级各部门) are kept as written: guide D35 of S20; the b3 d078 gold
# was brought to it in session 21 (these expectations had the own level written out since session 14)
CASES = [
    # --- statute-style articles (条例/办法/细则), 1990s-2000s
    ("gs-statute-county-above", "甘肃省", "province",
     "第一章 总则\n第一条 为了加强草原保护，制定本条例。\n第五条 县级以上地方人民政府有关部门按照各自职责，做好草原保护的相关工作。\n",
     {"县级以上地方人民政府有关部门"}),
    ("gx-statute-county-civil", "广西壮族自治区", "province",
     "第一章 总则\n第一条 为规范救助管理工作，制定本办法。\n第四条 县（市、区）民政部门负责本行政区域内的救助管理工作，上级主管部门应当加强指导和监督。\n",
     {"县（市、区）民政部门", "上级主管部门"}),
    ("hi-statute-same-level-finance", "海南省海口市", "prefecture",
     "第一章 总则\n第一条 为做好临时救助工作，制定本细则。\n第九条 市、区民政部门会同同级财政部门制定救助标准，报同级人民政府批准后公布。\n",
     {"海口市民政局", "区民政部门", "同级财政部门", "同级人民政府"}),
    ("hl-statute-enforcement", "黑龙江省", "province",
     "第一章 总则\n第一条 为了保护黑土地，制定本条例。\n第二十条 有关执法机关应当依法查处破坏黑土地的行为；构成犯罪的，移送司法机关依法追究刑事责任。\n",
     {"有关执法机关", "司法机关"}),
    ("qh-statute-1998-levels", "青海省", "province",
     "第一章 总则\n第一条 为加强矿产资源管理，制定本办法。\n第三条 省人民政府地质矿产主管部门主管全省矿产资源勘查、开采的监督管理工作。州（地、市）、县人民政府地质矿产主管部门负责本行政区域内的监督管理工作。\n",
     {"青海省人民政府地质矿产主管部门", "州（地、市）人民政府地质矿产主管部门", "县人民政府地质矿产主管部门"}),
    ("xz-statute-region-departments", "西藏自治区", "province",
     "第一章 总则\n第一条 为了加强野生动物保护，制定本办法。\n第四条 自治区人民政府林业和草原主管部门主管全区陆生野生动物保护工作。地（市）、县（区）人民政府林业和草原主管部门负责本行政区域内的陆生野生动物保护工作。\n",
     {"西藏自治区人民政府林业和草原主管部门", "地（市）人民政府林业和草原主管部门", "县（区）人民政府林业和草原主管部门"}),
    ("nx-statute-village-committee-assist", "宁夏回族自治区", "province",
     "第一章 总则\n第一条 为做好流动人口服务管理，制定本办法。\n第六条 乡（镇）人民政府、街道办事处负责本辖区的流动人口服务管理工作。村（居）民委员会协助做好相关工作。\n",
     {"乡（镇）人民政府", "街道办事处"}),
    ("jl-statute-township-and-public-security", "吉林省", "province",
     "第一章 总则\n第一条 为维护道路交通秩序，制定本条例。\n第七条 县级以上人民政府公安机关交通管理部门负责本行政区域内的道路交通管理工作。乡镇人民政府应当明确专人负责农村道路交通安全工作。\n",
     {"县级以上人民政府公安机关交通管理部门", "乡镇人民政府"}),
    # --- banners and leagues, autonomous prefectures
    ("nm-banners-direct-units", "内蒙古自治区赤峰市", "prefecture",
     "一、工作要求\n（一）各旗县（市、区）人民政府、市直各有关单位要按照职责分工抓好落实。\n",
     {"各旗县（市、区）人民政府"}),
    ("nm-league-banner-departments", "内蒙古自治区锡林郭勒盟", "prefecture",
     "一、工作要求\n（一）各旗县市（区）人民政府、盟直各有关部门要高度重视，加强组织领导。\n",
     {"各旗县市（区）人民政府", "锡林郭勒盟直各有关部门"}),
    ("yn-prefecture-counties-finance", "云南省红河哈尼族彝族自治州", "prefecture",
     "一、保障措施\n（一）各县（市）人民政府要落实主体责任，州直有关部门加强指导，县（市）财政部门做好资金保障。\n",
     {"各县（市）人民政府", "红河哈尼族彝族自治州直有关部门", "县（市）财政部门"}),
    ("sc-prefecture-members", "四川省凉山彝族自治州", "prefecture",
     "一、工作要求\n（一）州禁毒委员会各成员单位要按照职责分工，加强协作配合。\n",
     {"凉山彝族自治州禁毒委员会各成员单位"}),
    # --- counties and towns
    ("cq-county-towns-streets", "重庆市酉阳土家族苗族自治县", "county",
     "一、工作要求\n（一）各乡镇人民政府、街道办事处要落实属地管理责任，县级有关部门要加强指导。\n",
     {"各乡镇人民政府", "各街道办事处", "县级有关部门"}),
    ("gs-county-sectors-list", "甘肃省定西市通渭县", "county",
     "一、保障措施\n（一）强化协作。县农业农村局要会同发展改革、财政、自然资源等部门，统筹推进高标准农田建设。\n",
     {"通渭县农业农村局", "发展改革部门", "财政部门", "自然资源部门"}),
    ("gz-town-offices", "贵州省遵义市湄潭县兴隆镇", "township",
     "一、工作要求\n（一）镇党政办要加强统筹，镇直各单位、各村（居）要按照要求抓好落实。\n",
     {"湄潭县兴隆镇党政办", "各村（居）"}),  # (s21-org: guide D38 of S21; s22: the 党政办 named as written, D39)
    ("hl-county-superior", "黑龙江省绥化市望奎县", "county",
     "一、工作要求\n（一）各乡镇要将整改情况报县政府，并抄报上级主管部门。\n",
     {"望奎县人民政府", "上级主管部门"}),
    ("gx-county-assignment-places", "广西壮族自治区百色市田阳区", "county",
     "一、重点任务\n（一）推进农村改厕。（责任单位：区农业农村局，各乡镇人民政府）\n（二）整治村容村貌。（责任单位：区住房城乡建设局，各乡镇）\n",
     {"百色市田阳区农业农村局", "各乡镇人民政府", "百色市田阳区住房和城乡建设局", "各乡镇"}),
    ("fj-county-town-street-bracket", "福建省南平市顺昌县", "county",
     "一、重点任务\n（一）开展环境整治。（责任单位：县生态环境局，各乡镇（街道））\n",
     {"顺昌县生态环境局", "各乡镇（街道）"}),
    # --- province departments
    ("hl-province-members", "黑龙江省", "province",
     "一、工作要求\n（一）省推进职能转变协调小组各成员单位要加强协同配合，各市（地）人民政府（行署）要抓好落实。\n",
     {"黑龙江省推进职能转变协调小组各成员单位", "各市（地）人民政府（行署）"}),  # (s31-org3: guide D98, one collective)
    ("gs-province-direct-departments", "甘肃省", "province",
     "一、工作要求\n（一）各市州人民政府、省直有关部门要加强组织领导，兰州新区管委会要参照执行。\n",
     {"各市州人民政府", "甘肃省直有关部门", "兰州新区管理委员会"}),
    ("xj-region-departments-same-level", "新疆维吾尔自治区", "province",
     "一、工作要求\n（一）各地（州、市）人民政府（行署）及其有关部门要把此项工作列入重要议事日程。\n",
     {"各地（州、市）人民政府（行署）", "各地（州、市）人民政府（行署）有关部门"}),  # (s31-org3: guide D98; 及其有关部门: guide D21 for `及其有关部门`, S33)
    ("gz-province-level-lists", "贵州省", "province",
     "一、保障措施\n（一）省、市、县三级财政部门要加强资金监管，各级发展改革部门要做好项目储备。\n",
     {"贵州省财政厅", "市、县财政部门", "各级发展改革部门"}),  # (s35b-names: guide S34 CN1 Q1, D74)
    # --- precision: service bodies, enterprises, schools, village committees
    ("px-service-bodies", "甘肃省兰州市", "prefecture",
     "一、工作要求\n（一）优化服务。各级医保经办机构、公共就业服务机构要简化办事流程，金融机构要加大信贷支持，各类事业单位要带头执行。\n",
     set()),
    ("px-schools-enterprises", "黑龙江省齐齐哈尔市", "prefecture",
     "一、工作要求\n（一）落实主体责任。各高等院校、各中小学校、各国有企业要健全内部管理制度，行业协会要加强行业自律。\n",
     set()),
    ("px-village-committees", "重庆市彭水苗族土家族自治县", "county",
     "一、工作要求\n（一）发挥基层作用。村（居）民委员会要协助做好政策宣传，村民小组、业主委员会积极配合。\n",
     set()),
    ("px-government-category", "广西壮族自治区", "province",
     "一、基本原则\n（一）坚持政府主导、社会参与。发挥政府部门的引导作用，形成党委领导、政府负责、部门协同、公众参与的工作格局。\n",
     set()),
    ("px-places-acting", "内蒙古自治区呼伦贝尔市", "prefecture",
     "一、工作要求\n（一）鼓励先行先试。支持有条件的旗市区开展试点，鼓励各地探索创新，各旗市区之间加强经验交流。\n",
     set()),
    ("px-town-places-acting", "海南省", "province",
     "一、工作要求\n（一）推进乡村建设。鼓励有条件的乡镇（街道）建设综合服务中心，引导各市县结合实际探索多种模式。\n",
     set()),
    ("px-level-units", "吉林省白山市", "prefecture",
     "一、工作要求\n（一）市直各有关单位要严格执行本通知，市直各单位主要负责同志为第一责任人。\n",
     set()),
    ("px-hospitals-stations", "西藏自治区拉萨市", "prefecture",
     "一、工作要求\n（一）加强医疗保障。各级医疗机构、疾病预防控制机构和乡镇卫生院要做好救治工作，气象台站及时发布预警信息。\n",
     set()),
    ("px-people-titles-honours", "福建省", "province",
     "一、工作要求\n（一）加强人才激励。对享受国务院政府特殊津贴专家、省人大代表、政协委员提出的建议，要认真办理。\n",
     set()),
    ("px-abstract-department-words", "青海省", "province",
     "一、工作要求\n（一）推动部门联动。打破部门壁垒，推进政府部门间数据共享，各职能部门各司其职，业务部门与技术部门协同配合。\n",
     set()),
    # --- web copies with furniture
    ("web-county-notice", "广西壮族自治区河池市都安瑶族自治县", "county",
     "首页 > 政务公开 > 政策文件\n字号：大 中 小 打印本页 关闭窗口\n一、工作要求\n（一）各乡（镇）人民政府、县直有关部门要按照本方案要求，认真抓好落实。\n分享到：\n",
     {"各乡（镇）人民政府", "都安瑶族自治县直有关部门"}),
    ("web-prefecture-notice", "甘肃省天水市", "prefecture",
     "当前位置：首页>>信息公开>>通知公告\n【字体：大 中 小】\n一、工作要求\n（一）各县区人民政府，市政府各部门，市直有关单位要高度重视。\n浏览次数：1024\n",
     {"各县区人民政府", "天水市人民政府各部门"}),
    # --- full short notices (complete expected output)
    ("notice-town-2019", "湖南省怀化市沅陵县官庄镇", "township",
     "一、工作目标\n全面完成集镇环境整治。\n二、工作措施\n（一）加强领导。镇人民政府成立集镇环境整治工作领导小组，镇长任组长。\n（二）落实责任。镇派出所、镇财政所按照职责抓好落实，各村（社区）要积极配合，村（居）民委员会做好宣传。\n",
     {"沅陵县官庄镇人民政府", "沅陵县官庄镇集镇环境整治工作领导小组", "沅陵县官庄镇派出所", "沅陵县官庄镇财政所",
      "各村（社区）"}),  # (s21-org: guide D38 of S21; s22: the bare 镇派出所 the town's, D39; s23-org: the group the
    # town's government sets up is the town's, as the A9 a100, A10 a108 and A13 a150 golds name it)
    ("notice-county-2003", "甘肃省陇南市宕昌县", "county",
     "一、指导思想\n以发展经济为中心，推进农业产业化。\n二、主要措施\n（一）各乡（镇）党委、政府要把产业化工作列入重要议事日程。县农牧局、县财政局要加强指导。\n（二）县直各部门要积极支持，各龙头企业要带动农户增收。\n",
     {"各乡（镇）党委", "各乡（镇）政府", "宕昌县农牧局", "宕昌县财政局", "宕昌县直各部门"}),
    ("notice-province-1997", "河北省", "province",
     "一、充分认识做好减轻农民负担工作的重要性\n各级党委、政府要高度重视。\n二、加强领导\n各地、市行署、人民政府和省直有关部门要把减轻农民负担作为一项重要工作。省农业厅、省物价局、省财政厅负责监督检查。\n",
     {"各级党委", "各级政府", "各地行署", "各市人民政府", "河北省直有关部门", "河北省农业厅", "河北省物价局", "河北省财政厅"}),
    ("notice-zone-committee", "福建省", "province",
     "一、工作要求\n（一）各设区市人民政府、平潭综合实验区管委会要加强组织领导，省直有关部门要加强指导。\n",
     {"各设区市人民政府", "平潭综合实验区管理委员会", "福建省直有关部门"}),
    ("notice-changbai-zone", "吉林省", "province",
     "一、工作要求\n（一）各市（州）人民政府、长白山管委会、各县（市）人民政府要结合实际抓好落实。\n",
     {"各市（州）人民政府", "吉林省长白山保护开发区管理委员会", "各县（市）人民政府"}),
    # --- secondary named organs
    ("named-banner-districts", "内蒙古自治区鄂尔多斯市", "prefecture",
     "一、工作要求\n（一）各旗区人民政府负责本地区的组织实施，市林业和草原局加强指导。\n",
     {"各旗区人民政府", "鄂尔多斯市林业和草原局"}),
    ("named-county-district-police", "云南省曲靖市", "prefecture",
     "一、工作要求\n（一）县、区公安机关要加强巡逻防控，市公安局加强督导。\n",
     {"县公安机关", "区公安机关", "曲靖市公安局"}),
    ("named-flood-control", "湖北省", "province",
     "第一章 总则\n第一条 为了做好防汛工作，制定本办法。\n第四条 县级以上人民政府防汛指挥机构统一指挥本行政区域内的防汛工作，其办事机构设在同级水行政主管部门。\n",
     {"县级以上人民政府防汛指挥机构", "同级水行政主管部门"}),
    ("named-street-congress-committee", "四川省成都市武侯区", "county",
     "一、工作要求\n（一）各街道办事处、街道人大工委要加强对社区的指导。\n",
     {"各街道办事处", "街道人大工委"}),
    ("named-1980s-sports", "河北省", "province",
     "一、工作要求\n（一）省体委、省教委要加强学校体育工作的指导。\n",
     {"河北省体育运动委员会", "河北省教育委员会"}),
    ("named-county-city-finance", "广东省梅州市兴宁市", "county",
     "一、保障措施\n（一）县财政要将所需经费纳入年度预算，市人社局负责组织实施。\n",
     {"兴宁市财政局", "兴宁市人力资源和社会保障局"}),
    # --- more collectives written as the levels write them
    ("gs-statute-superior-department", "甘肃省", "province",
     "第一章 总则\n第一条 为规范行政执法，制定本办法。\n第十二条 行政执法机关的上级机关应当加强监督；执法人员所在单位应当予以配合。\n",
     {"行政执法机关的上级机关"}),
    ("hi-county-town-bracket", "海南省琼中黎族苗族自治县", "county",
     "一、工作要求\n（一）各乡镇人民政府（农场）、县直各有关部门要落实责任。\n",
     {"各乡镇人民政府", "琼中黎族苗族自治县直各有关部门"}),
    ("sn-county-members-list", "陕西省榆林市佳县", "county",
     "一、工作要求\n（一）县防贫工作领导小组各成员单位要加强沟通协作，各镇（街道）要落实属地责任。\n",
     {"佳县防贫工作领导小组各成员单位"}),
    ("hl-prefecture-competent-sectors", "黑龙江省牡丹江市", "prefecture",
     "一、工作要求\n（一）市、县（市）人民政府及其住房城乡建设、自然资源部门要加强协调，各县（市）应急管理部门做好应急处置。\n",
     {"牡丹江市人民政府", "县（市）人民政府", "牡丹江市住房和城乡建设局", "牡丹江市自然资源局", "县（市）住房城乡建设部门", "县（市）自然资源部门", "各县（市）应急管理部门"}),
    ("cq-county-statute-style", "重庆市", "province",
     "第一章 总则\n第一条 为规范农村宅基地管理，制定本办法。\n第四条 区县（自治县）人民政府负责本行政区域内宅基地管理工作。乡镇人民政府、街道办事处负责本辖区宅基地的审批管理。\n",
     {"区县（自治县）人民政府", "乡镇人民政府", "街道办事处"}),
    ("px-articles-defined-terms", "甘肃省", "province",
     "第一章 总则\n第一条 为规范政府投资项目管理，制定本办法。\n第二条 本办法所称项目单位，是指承担政府投资项目建设的单位。本办法所称代建单位，是指受委托负责项目建设管理的企业。\n",
     set()),
    ("px-enterprise-working-bodies", "黑龙江省大庆市", "prefecture",
     "一、工作要求\n（一）各生产经营单位要成立安全生产领导小组，明确安全管理机构，企业安全管理部门每月开展隐患排查。\n",
     set()),
    ("px-places-in-prose-xj", "新疆维吾尔自治区", "province",
     "一、工作要求\n（一）支持南疆四地州加快发展，推动各地（州、市）之间优势互补，有条件的县（市）可探索建立合作机制。\n",
     set()),
    ("px-hospital-school-committees", "广西壮族自治区南宁市", "prefecture",
     "一、工作要求\n（一）医院伦理委员会、学校家长委员会、业主委员会要依照章程开展工作。\n",
     set()),
    ("gx-prefecture-bare-sector-list", "广西壮族自治区柳州市", "prefecture",
     "一、保障措施\n（一）市人力资源社会保障局牵头，联合教育、民政、卫生健康等部门开展专项行动。\n",
     {"柳州市人力资源和社会保障局", "教育部门", "民政部门", "卫生健康部门"}),
    ("ah-county-level-collectives", "安徽省六安市霍山县", "county",
     "一、工作要求\n（一）县直有关部门要加强协作，各乡镇人民政府要落实属地责任，上级业务主管部门下达的任务要按时完成。\n",
     {"霍山县直有关部门", "各乡镇人民政府", "上级业务主管部门"}),
    ("tb-region-collectives", "西藏自治区", "province",
     "一、工作要求\n（一）各地（市）行署（人民政府）、自治区各有关部门要加强组织领导。\n",
     {"各地（市）行署", "各地（市）人民政府", "西藏自治区各有关部门"}),
    ("notice-web-province-2008", "海南省", "province",
     "来源：海南省人民政府网站 发布时间：2008-06-10\n一、工作要求\n（一）各市、县、自治县人民政府，省政府直属各单位要结合实际抓好落实。\n（二）省发展改革厅、省财政厅要加强协调。\n【关闭】【打印】\n",
     {"各市、县、自治县人民政府", "海南省发展和改革厅", "海南省财政厅"}),
    ("px-party-slogans", "甘肃省庆阳市", "prefecture",
     "一、基本原则\n（一）坚持党的全面领导，健全党委统一领导、党政齐抓共管、部门各负其责的领导体制，推进党政机关带头过紧日子。\n",
     set()),
]

# left (docs/decisions/organs-s16.md): `各地、市行署、人民政府` (two places pairing with two organs) and
# `市、县（市）人民政府及其住房城乡建设、自然资源部门` (sectors of listed levels after 及其)
LEFT: set[str] = {"notice-province-1997", "hl-prefecture-competent-sectors"}


def run(cases=CASES):
    from tests.test_organs_s5 import _run
    failed = []
    for cid, region, level, text, expected in cases:
        doc = text if "\n" in text else "一、工作要求\n（一）" + text + "\n"
        names, _ = _run(doc, region or "全国", level)
        if set(names) != expected:
            failed.append((cid, sorted(set(names) - expected), sorted(expected - set(names))))
    return failed


def half(which: str, cases=None):
    """The FIX half (even positions), the HELD half (odd positions) or, for any other word, every case."""
    cases = CASES if cases is None else cases
    return cases[0::2] if which == "fix" else cases[1::2] if which == "held" else cases


def counts(cases):
    """(cases passing, expected items found, expected items, spurious items)."""
    from tests.test_organs_s5 import _run
    ok = found = total = spurious = 0
    for cid, region, level, text, expected in cases:
        doc = text if "\n" in text else "一、工作要求\n（一）" + text + "\n"
        names = set(_run(doc, region or "全国", level)[0])
        ok += names == expected
        found += len(names & expected)
        total += len(expected)
        spurious += len(names - expected)
    return ok, found, total, spurious


def main(all_cases, argv: list[str]) -> None:
    """`python3 tests/s16organs_stressN.py [fix|held|all]`: the counts of a half; the failures too, except of HELD."""
    which = argv[0] if argv else "fix"
    cases = half(which, all_cases)
    ok, found, total, spurious = counts(cases)
    print(f"{which}: {ok} of {len(cases)} cases; recall {found}/{total}; spurious {spurious}")
    if which != "held":
        for cid, extra, missing in run(cases):
            print(cid, "extra", extra, "missing", missing)


if __name__ == "__main__":
    sys.path.insert(0, ".")
    main(CASES, sys.argv[1:])
