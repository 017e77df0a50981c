"""Stress set of session 15 (organs): collectives above all (the blind loss: collectives recall about 0.65), in
snippets written for this set in the style of provinces, levels and eras the opened notices do not cover (Shandong,
Hunan, Zhejiang, Fujian, Hainan, Guizhou, Qinghai, Ningxia, Chongqing, Tianjin, Hebei, Shanxi, Liaoning, Anhui,
Jiangxi; prefectures, counties, towns and streets; 1996-2025), in the forms of 办法/条例/细则 articles, web notices,
attachments and task tables. Each case: (id, region, level, text, expected department names by spec 1.1 section 5
and the guide's D-rules). A text without a line break is wrapped as one item (`一、…\n（一）…`); a text with line
breaks is run as written. `python3 tests/s15organs_stress.py` prints the failing cases and the count; the test file
tests/test_s15organs_stress.py asserts every case outside LEFT.
"""
from __future__ import annotations

import sys

try:
    from tests.stress_runners import organ_failures, report_organs
except ModuleNotFoundError:  # run as a script: `python3 tests/s15organs_stress.py`
    from stress_runners import organ_failures, report_organs

# (s21-org) level-word collectives (省级有关部门, 县级各部门) are kept as written: guide D35 of S20; the b3 d078 gold
# was brought to it in session 21 (these expectations had the own level written out since session 14)
CASES = [
    # -- round 1: collectives with determiners and levels, in prose (provinces)
    ("sd-government-parts", "山东省", "province", "各市人民政府，省政府各部门、各直属机构要认真贯彻执行。",
     {"各市人民政府", "山东省人民政府各部门", "山东省人民政府各直属机构"}),
    ("hn-levels-above", "湖南省", "province",
     "县级以上地方各级人民政府要将此项工作纳入国民经济和社会发展规划，上级人民政府应当对下级人民政府的工作进行督促检查。",
     {"县级以上地方各级人民政府", "上级人民政府", "下级人民政府"}),
    ("zj-province-level", "浙江省", "province", "省级有关部门要加强指导，各设区市人民政府要落实属地责任。",
     {"省级有关部门", "各设区市人民政府"}),
    ("fj-places-and-departments", "福建省", "province", "各地各有关部门要切实加强组织领导，各级各部门要密切配合。",
     {"各地各有关部门", "各级各部门"}),
    # (各市县 beside 各有关部门: two collectives, each with its 各, guide D23 as the s14 re-adjudication read places of a kind)
    ("hi-d23", "海南省", "province", "各市县、各有关部门要按照本方案要求抓好落实。", {"各市县", "各有关部门"}),
    ("gz-related-function", "贵州省", "province", "相关职能部门要各司其职，各职能部门要加强协作，形成工作合力。",
     {"相关职能部门", "各职能部门"}),
    ("qh-industry-authorities", "青海省", "province", "有关行业主管部门要加强行业指导，各行业主管部门要落实监管责任。",
     {"有关行业主管部门", "各行业主管部门"}),
    ("nx-members", "宁夏回族自治区", "province", "自治区就业工作领导小组各成员单位要按照职责分工，抓好贯彻落实。",
     {"宁夏回族自治区就业工作领导小组各成员单位"}),
    ("sx-associations-out", "山西省", "province", "充分发挥行业协会商会作用，引导各类市场主体、用人单位积极参与，鼓励社会组织参与。",
     set()),
    ("ln-shared-level-sectors", "辽宁省", "province", "各级财政、人力资源社会保障部门要加强资金监管。",
     {"各级财政部门", "各级人力资源社会保障部门"}),
    ("ln-sectors-then-sum", "辽宁省", "province", "发展改革、财政、自然资源等有关部门要加强协调配合。",
     {"发展改革部门", "财政部门", "自然资源部门"}),
    ("ah-government-and-its-departments", "安徽省", "province", "各级人民政府及其有关部门应当依法履行职责。",
     {"各级人民政府", "各级人民政府有关部门"}),  # (guide D21 for `及其有关部门`, S33: X有关部门, not a bare 有关部门)
    ("jx-party-government", "江西省", "province", "各县（市、区）党委和政府要把这项工作摆上重要议事日程。",
     {"各县（市、区）党委", "各县（市、区）政府"}),
    ("cq-districts-autonomous", "重庆市", "province", "各区县（自治县）人民政府、市政府有关部门要加强组织领导。",
     {"各区县（自治县）人民政府", "重庆市人民政府有关部门"}),
    ("tj-province-direct", "天津市", "province", "市有关部门和各区人民政府要加强统筹协调。", {"天津市有关部门", "各区人民政府"}),
    ("sd-province-direct", "山东省", "province", "省直有关部门要按照职责分工制定配套措施，各市要抓好落实。", {"山东省直有关部门", "各市"}),  # (各市: guide D34 as read in S21)
    ("hn-same-level", "湖南省", "province", "同级财政部门要足额安排工作经费，上级主管部门要加强业务指导。",
     {"同级财政部门", "上级主管部门"}),
    ("zj-safety-duty", "浙江省", "province", "负有安全生产监督管理职责的部门要加强执法检查。", {"负有安全生产监督管理职责的部门"}),
    ("gz-national-and-province", "贵州省", "province", "积极争取国家有关部委支持，省有关部门要主动对接。",
     {"国家有关部委", "贵州省有关部门"}),
    ("hb-local", "河北省", "province", "地方各级人民政府要加大投入，地方政府要落实主体责任。", {"地方各级人民政府", "地方政府"}),
    # -- round 2: 办法/条例/细则 articles (duty articles, other departments, the statutes' formulas)
    ("sd-articles-duties", "山东省", "province",
     "第一章 总则\n第一条 为了规范养老服务，制定本条例。\n第四条 县级以上人民政府应当加强对养老服务工作的领导。\n"
     "县级以上人民政府民政部门主管本行政区域内的养老服务工作；发展改革、财政、人力资源社会保障、卫生健康等部门按照各自职责，"
     "做好养老服务相关工作。\n乡镇人民政府、街道办事处应当做好本辖区内的养老服务工作，村民委员会、居民委员会予以协助。\n",
     {"县级以上人民政府", "县级以上人民政府民政部门", "发展改革部门", "财政部门", "人力资源社会保障部门", "卫生健康部门",
      "乡镇人民政府", "街道办事处"}),
    ("hn-articles-other", "湖南省", "province",
     "第一章 总则\n第三条 县级以上人民政府其他有关部门在各自职责范围内，做好相关工作。\n"
     "第五条 有关部门应当加强信息共享。\n", {"县级以上人民政府其他有关部门", "有关部门"}),
    ("fj-articles-other-bare", "福建省", "province",
     "第一章 总则\n第三条 县级以上地方人民政府水行政主管部门负责本行政区域内河道的管理和监督工作。其他有关部门按照各自职责，"
     "做好河道管理的相关工作。\n", {"县级以上地方人民政府水行政主管部门", "其他有关部门"}),
    ("qh-articles-town", "青海省", "province",
     "第一章 总则\n第六条 乡（镇）人民政府、街道办事处应当明确专门人员，做好本辖区的相关工作。\n",
     {"乡（镇）人民政府", "街道办事处"}),
    ("hi-articles-locality", "海南省", "province",
     "第一章 总则\n第九条 申请人应当向所在地市、县、自治县人民政府提出申请，所在地人民政府应当在二十日内作出决定。\n",
     {"所在地市人民政府", "所在地县人民政府", "所在地自治县人民政府", "所在地人民政府"}),  # (guide D25: split)
    ("cq-articles-city", "重庆市", "province",
     "第一章 总则\n第三条 市人民政府应当加强领导。区县（自治县）人民政府负责本行政区域内的相关工作。\n"
     "市和区县（自治县）人民政府教育行政主管部门负责具体实施。\n",
     {"重庆市人民政府", "区县（自治县）人民政府", "重庆市教育委员会", "区县（自治县）人民政府教育行政主管部门"}),
    ("nx-articles-penalty", "宁夏回族自治区", "province",
     "第一章 总则\n第三十条 违反本办法规定的，由县级以上人民政府市场监督管理部门责令改正；构成犯罪的，依法追究刑事责任。"
     "公安机关应当予以配合。\n", {"县级以上人民政府市场监督管理部门", "公安机关"}),
    ("ln-articles-levels-pair", "辽宁省", "province",
     "第一章 总则\n第四条 省、市、县人民政府应当将所需经费列入本级财政预算。\n",
     {"辽宁省人民政府", "市人民政府", "县人民政府"}),
    # -- round 3: prefectures (cities) and their direct bodies
    ("cd-city-direct", "湖南省常德市", "prefecture", "市直有关部门要按照职责分工抓好落实，市直各单位要积极配合。",
     {"常德市直有关部门"}),
    ("cd-city-government-departments", "湖南省常德市", "prefecture", "市政府有关部门要加强督促检查，各区县（市）人民政府要落实属地责任。",
     {"常德市人民政府有关部门", "各区县（市）人民政府"}),
    ("jh-city-level-bracket", "浙江省金华市", "prefecture", "市级相关部门要加强指导，各县（市、区）政府要加强组织领导。",
     {"市级相关部门", "各县（市、区）政府"}),
    ("zz-city-and-counties-sector", "河南省郑州市", "prefecture", "市、县（市、区）两级财政部门要加大投入。",
     {"郑州市财政局", "县（市、区）财政部门"}),
    ("qd-old-bureaus", "山东省青岛市", "prefecture", "市各委、办、局，各直属机构要认真执行。",
     {"青岛市各委、办、局", "各直属机构"}),
    ("yc-members-group", "宁夏回族自治区银川市", "prefecture", "市优化营商环境工作领导小组各成员单位要密切配合。",
     {"银川市优化营商环境工作领导小组各成员单位"}),
    ("lz-territorial", "甘肃省兰州市", "prefecture", "属地政府要落实主体责任，行业主管部门要落实监管责任。",
     {"属地政府", "行业主管部门"}),
    ("zz-districts-streets", "河南省郑州市", "prefecture", "各区人民政府、各开发区管委会要抓好落实。",
     {"各区人民政府", "各开发区管理委员会"}),
    ("ty-old-names", "山西省太原市", "prefecture", "市计委、市经委、市财政局要密切配合，市劳动局负责组织实施。",
     {"太原市计划委员会", "太原市经济委员会", "太原市财政局", "太原市劳动局"}),
    # -- round 4: counties
    ("sy-county-towns", "浙江省丽水市松阳县", "county", "各乡镇人民政府、各街道办事处，县政府各部门要高度重视。",
     {"各乡镇人民政府", "各街道办事处", "松阳县人民政府各部门"}),
    ("sy-county-direct", "浙江省丽水市松阳县", "county", "县直有关部门要按照各自职责抓好落实，县级有关部门要加强指导。",
     {"松阳县直有关部门", "县级有关部门"}),
    ("ly-county-villages-assign", "福建省龙岩市长汀县", "county",
     "加强农村人居环境整治。（责任单位：县农业农村局、县住建局，各乡镇人民政府）",
     {"长汀县农业农村局", "长汀县住房和城乡建设局", "各乡镇人民政府"}),
    ("ly-county-members", "福建省龙岩市长汀县", "county", "各成员单位要按照职责分工，相互配合，形成合力。", {"各成员单位"}),
    ("xt-county-old", "河北省邢台市威县", "county", "县计委、县经贸局、县劳动局要密切配合，各乡镇要抓好落实。",
     {"威县计划委员会", "威县经济贸易局", "威县劳动局", "各乡镇"}),  # (各乡镇: spec 1.1's 各镇（街道）)
    ("cx-county-autonomous", "云南省楚雄彝族自治州", "prefecture", "各县（市）人民政府，州级有关部门要认真组织实施。",
     {"各县（市）人民政府", "州级有关部门"}),
    # -- round 5: towns and streets
    ("town-party-government", "浙江省湖州市安吉县递铺街道", "township",
     "街道党工委、办事处要高度重视，各村（社区）党组织要切实履行主体责任，街道各部门要密切配合。",
     {"中共安吉县递铺街道工作委员会", "安吉县递铺街道办事处", "各村（社区）党组织", "安吉县递铺街道各部门"}),
    ("town-stations", "河北省保定市涞源县银坊镇", "township", "镇各站所要按照职责分工抓好落实，镇有关部门要加强配合。",
     {"涞源县银坊镇各站所", "涞源县银坊镇有关部门"}),
    # -- round 6: sectors shared and stopping at the verb
    ("hb-sector-list-verb", "湖北省", "province", "教育、人社、卫健等相关部门负责组织实施。", {"教育部门", "人社部门", "卫健部门"}),
    ("sc-levels-sector-verb", "四川省", "province", "县级以上人民政府教育行政部门负责本行政区域内的相关工作。",
     {"县级以上人民政府教育行政部门"}),
    ("yn-domicile-local", "云南省", "province", "由所在地县级人民政府民政部门负责审核，报上一级民政部门备案。",
     {"所在地县级人民政府民政部门", "上一级民政部门"}),
    ("gx-executors", "广西壮族自治区", "province", "有关执法部门要加强联合执法，相关监管部门要加强日常监管。",
     {"有关执法部门", "相关监管部门"}),
    ("gd-industry-regulators", "广东省", "province", "各级应急管理部门要加强指导，各有关部门要按照“管行业必须管安全”的要求落实监管责任。",
     {"各级应急管理部门", "各有关部门"}),
    # -- round 7: central notices
    ("central-ministries", "全国", "central", "国务院各部委、各直属机构要按照职责分工抓好落实，地方各级人民政府要加强组织领导。",
     {"国务院各部委", "国务院各直属机构", "地方各级人民政府"}),
    ("central-old-names", "全国", "central", "国家计委、国家经贸委、财政部、劳动和社会保障部要抓紧制定配套政策。",
     {"国家发展计划委员会", "国家经济贸易委员会", "财政部", "劳动和社会保障部"}),
    ("central-province-formula", "全国", "central", "各省、自治区、直辖市人民政府要结合实际制定具体办法，中央和国家机关各部门要带头落实。",
     {"各省、自治区、直辖市人民政府", "中央和国家机关各部门"}),
    # -- round 8: what the spec excludes (precision)
    ("excl-places", "湖南省", "province", "各地要因地制宜，鼓励有条件的地区先行先试，支持各市州探索创新。", set()),
    ("excl-enterprises", "浙江省", "province", "引导各类金融机构、国有企业、民营企业、高等院校和科研院所积极参与。", set()),
    ("excl-generic", "山东省", "province", "坚持党委领导、政府主导、部门协同、社会参与的工作格局，推动党政机关带头过紧日子。", set()),
    ("excl-units", "福建省", "province", "用人单位应当依法为职工缴纳社会保险费，申报单位对材料的真实性负责，项目实施单位要加强管理。", set()),
    ("excl-media", "河南省", "province", "充分发挥新闻媒体作用，动员社会各界广泛参与，营造良好氛围。", set()),
    # -- round 9 (second wave): bare role-named departments (spec 1.1 section 5: organs named by their function)
    ("role-authority", "湖北省", "province", "报请主管部门批准，接受主管部门监督，由主管部门责令改正。", {"主管部门"}),
    ("role-lead-partners", "湖北省", "province",
     "明确牵头部门和配合部门，牵头部门要加强统筹，责任部门要按时完成任务，监管部门要加强监督。",
     {"监管部门"}),  # (s15e: `明确…配合部门` designates a role still to be filled, no organ; s27-org, guide D81: the role words
    # refer back to the document's columns, no organs)
    ("role-labels-out", "湖北省", "province", "加强行业监管。（牵头部门：省发展改革委；配合部门：省财政厅）",
     {"湖北省发展和改革委员会", "湖北省财政厅"}),
    ("role-industry-supervisor", "四川省成都市", "prefecture", "行业监管部门负责日常监督，属地部门负责具体落实。",
     {"行业监管部门", "属地部门"}),
    # -- round 10: old address words in the body, shared heads of a government's parts
    ("hn-government-bureaus", "湖南省", "province", "省政府各厅委、各直属机构要认真执行，各人民团体要积极参与。",
     {"湖南省人民政府各厅委", "湖南省人民政府各直属机构", "各人民团体"}),
    ("central-ministries-bodies", "全国", "central", "国务院各部委、各直属机构要加强协调配合。",
     {"国务院各部委", "国务院各直属机构"}),
    ("hn-three-level-governments", "湖南省", "province", "省、市州、县市区三级人民政府要加大投入。",
     {"湖南省人民政府", "市州人民政府", "县市区人民政府"}),
    ("town-direct-units-out", "河北省保定市涞源县银坊镇", "township", "镇直各单位要积极配合，镇有关部门要加强协调。",
     {"涞源县银坊镇有关部门"}),  # (guide D30: units of a level)
    # -- round 11: courts of a level (人民法院组织法 2018)
    ("hn-province-courts", "湖南省", "province", "省法院、省检察院要加强协作，省高级人民法院要加强指导。",
     {"湖南省高级人民法院", "湖南省人民检察院"}),
    ("cs-city-courts", "湖南省长沙市", "prefecture", "市法院、市检察院、市公安局要建立联动机制。",
     {"长沙市中级人民法院", "长沙市人民检察院", "长沙市公安局"}),
    ("xn-county-city-courts", "广东省梅州市兴宁市", "county", "市法院、市检察院要加强协作。",
     {"兴宁市人民法院", "兴宁市人民检察院"}),
    # -- round 12: working bodies named after enterprises or projects keep their level
    ("hn-working-body-enterprises", "湖南省", "province", "省促进中小企业发展工作领导小组办公室要加强督促检查。",
     {"湖南省促进中小企业发展工作领导小组办公室"}),
    ("gy-working-body-projects", "贵州省贵阳市", "prefecture", "市重大项目建设指挥部要加强统筹调度。",
     {"贵阳市重大项目建设指挥部"}),
    # -- round 13: the municipalities' education commission
    ("cq-education-commission", "重庆市", "province", "市教育局、市人力资源社会保障局要加强指导。",
     {"重庆市教育委员会", "重庆市人力资源和社会保障局"}),
    # -- round 14: party organisations, discipline organs, places beside departments (D23), level finance (D14)
    ("gd-party-organisations", "广东省", "province", "各级党组织要发挥战斗堡垒作用，纪检监察机关要加强监督执纪问责，党委组织部门要加强统筹。",
     {"各级党组织", "纪检监察机关", "党委组织部门"}),
    ("sz-districts-departments", "广东省深圳市", "prefecture", "各区、各部门要认真贯彻执行。", {"各区", "各部门"}),
    ("ls-county-finance", "浙江省丽水市松阳县", "county", "县财政要安排专项资金，各乡镇（街道）要统筹资金，加大财政投入。",
     {"各乡镇（街道）"}),  # (s24-org, guide D46: `县财政要安排专项资金` pays, no bureau)
    # (s15e: the budget paying, `省财政每年安排补助资金`, names no bureau, as `中央财政安排资金` names no 财政部: guide D6;
    # D14's `市财政要…` is the level's finance at a duty)
    ("sx-province-finance", "山西省", "province", "省财政每年安排补助资金，由市县财政负责配套。", set()),
    ("central-places-departments", "全国", "central", "有关省市、部门要按照职责分工抓好落实。", {"有关部门"}),
    # -- round 15: departments named by their role in data-sharing and service rules (a city's 办法)
    ("zs-data-roles", "广东省江门市", "prefecture",
     "第一章 总则\n第十条 使用政务数据的，数据提供部门应当无条件提供；对数据有疑义的，由数据使用部门会同政务数据提供部门在五个工作日内完成校核。"
     "申请人向受理责任部门提交材料。\n",
     {"数据提供部门", "数据使用部门", "政务数据提供部门", "受理责任部门"}),
    # -- round 16: 1990s-2000s provinces (Shanxi): old address words and organs of their time in the body
    ("sx-1998-address-words", "山西省", "province", "各地、市、县人民政府，各行政公署，省直各委、办、厅、局要认真贯彻执行。",
     {"各地、市、县人民政府", "各行政公署", "山西省直各委、办、厅、局"}),
    ("sx-1998-old-organs", "山西省", "province", "省计委、省经贸委、省体改委、省劳动厅、省人事厅要密切配合，省外经贸厅、省技术监督局要加强监管。",
     {"山西省计划委员会", "山西省经济贸易委员会", "山西省经济体制改革委员会", "山西省劳动厅", "山西省人事厅",
      "山西省对外贸易经济合作厅", "山西省技术监督局"}),
    ("sx-1998-levels-sectors", "山西省", "province", "各级计划、经贸、财政部门要给予支持。",
     {"各级计划部门", "各级经贸部门", "各级财政部门"}),
    # -- round 17: central notices of the 2000s
    ("central-2005-bodies", "全国", "central",
     "中央和国家机关各部门、各人民团体要带头执行，劳动保障部、人事部、教育部等部门要密切配合，民政部门、残联组织要加强协作。",
     {"中央和国家机关各部门", "各人民团体", "劳动和社会保障部", "人事部", "教育部", "民政部门", "中国残疾人联合会"}),
    ("central-levels", "全国", "central", "各省级人民政府要对本地区工作负总责，各地级市人民政府负责组织实施，省级人民政府有关部门负责审核，报国务院有关部门备案。",
     {"各省级人民政府", "各地级市人民政府", "省级人民政府有关部门", "国务院有关部门"}),
    # -- round 18: committees and governments of places of a kind, places sharing a determiner (Jiangsu, Anhui)
    ("js-county-committees", "江苏省", "province", "各县（市、区）委、政府要加强领导，县（市、区）党委、政府要落实主体责任。",
     {"各县（市、区）委", "各县（市、区）政府", "县（市、区）党委", "县（市、区）政府"}),
    ("hn-county-committees-word", "湖南省", "province", "各县市区委、政府要加强领导。", {"各县市区委", "各县市区政府"}),
    ("js-cities-counties-one", "江苏省", "province", "各设区市、县（市、区）人民政府要抓好落实。", {"各设区市、县（市、区）人民政府"}),
    ("ah-related-levels", "安徽省", "province", "有关市县人民政府要加强组织实施，相关市、县人民政府要加强配合。",
     {"有关市县人民政府", "相关市、县人民政府"}),  # ((s36-names) guide D74: a level list of governments below the issuer
    # is one collective as written, its determiner kept, as the golds a372 (有关州、市人民政府) and a485 read it)
    ("ah-pilot-counties", "安徽省", "province", "试点县（市、区）人民政府要制定实施方案。", {"试点县（市、区）人民政府"}),
    ("js-committee-departments", "江苏省", "province", "省委有关部门要加强统筹，省级各有关部门要加强指导。",
     {"江苏省委有关部门", "省级各有关部门"}),
    # -- round 19: zones of a kind, a government's departments and units (guide D29), task tables in an attachment
    ("jn-zone-boards", "山东省济宁市", "prefecture", "各开发区（园区）管委会要落实责任，各功能区管委会要配合。",
     {"各开发区（园区）管理委员会", "各功能区管理委员会"}),
    ("sd-government-departments-units", "山东省", "province", "省政府有关部门和单位要加强协作，省直各部门、各单位要积极配合。",
     {"山东省人民政府有关部门", "山东省直各部门"}),
    ("jn-task-table", "山东省济宁市", "prefecture",
     "一、主要任务\n（一）优化营商环境。\n附件\n重点任务清单\n序号\t重点任务\t责任单位\t完成时限\n"
     "1\t深化“放管服”改革\t市政务服务数据管理局，各区县（市）政府，市直有关部门\t2023年底\n"
     "2\t加强要素保障\t市发展改革委、市自然资源和规划局，各开发区（园区）管委会\t持续推进\n"
     "3\t强化督导考核\t市委督查室、市政府督查室，各成员单位\t每季度\n",
     {"济宁市政务服务数据管理局", "各区县（市）政府", "济宁市直有关部门", "济宁市发展和改革委员会", "济宁市自然资源和规划局",
      "各开发区（园区）管理委员会", "中共济宁市委督查室", "济宁市人民政府督查室", "各成员单位"}),
    # -- round 20: a Henan prefecture's web notice
    ("ly-lead-to-name", "河南省洛阳市", "prefecture", "各县（市、区）要成立相应的领导机构，明确牵头部门，确定牵头部门负责统筹。",
     {"各县（市、区）"}),  # (s15e: 明确/确定 a 牵头部门 designates a role still to be filled, no organ; s21-org: the places
    # sharing 各 are a collective, guide D34 of S20)
    ("ly-places-and-direct-departments", "河南省洛阳市", "prefecture", "各县（市、区）、市直各有关部门要高度重视。",
     {"各县（市、区）", "洛阳市直各有关部门"}),  # (guide D23: each with its 各)
    ("ly-city-addressees-in-body", "河南省洛阳市", "prefecture",
     "各县（市、区）人民政府，市人民政府有关部门要加强组织领导，市级各有关部门和各县（市）区政府要加强沟通。",
     {"各县（市、区）人民政府", "洛阳市人民政府有关部门", "市级各有关部门", "各县（市）区政府"}),
    # -- round 21: a 1990s statute's sectors under a level's government; a town's safety committee
    ("hen-1997-statute-sectors", "河南省", "province",
     "第一章 总则\n第四条 县级以上人民政府劳动行政部门主管本行政区域内的劳动安全卫生工作。\n"
     "县级以上人民政府计划、经济贸易、建设等部门按照各自职责，做好劳动安全卫生相关工作。\n第五条 各级工会依法进行监督。\n",
     {"县级以上人民政府劳动行政部门", "县级以上人民政府计划部门", "县级以上人民政府经济贸易部门", "县级以上人民政府建设部门",
      "各级工会"}),  # (the level's government shared by the sectors, as 县级以上地方人民政府发展和改革、财政…等有关部门)
    ("wj-town-safety-committee", "江苏省苏州市吴江区震泽镇", "township", "镇安委会要加强督查，镇安委办负责日常工作，区安委会要加强指导。",
     {"苏州市吴江区震泽镇安全生产委员会", "苏州市吴江区震泽镇安全生产委员会办公室", "苏州市吴江区安全生产委员会"}),
    # -- round 22: a Hubei city's own direct departments sharing a head with its places'
    ("yc-direct-and-places", "湖北省宜昌市", "prefecture", "市直及各县（市、区）有关部门要加强协作，市卫健委和各县市区卫健局要加强指导。",
     {"宜昌市直有关部门", "各县（市、区）有关部门", "宜昌市卫生健康委员会", "各县市区卫健局"}),
    # -- round 23: a single sector summed up by 等 before a qualified head stays bare (spec 1.1 section 5)
    ("gz-single-sector-summed", "贵州省贵阳市", "prefecture", "保障对象应当配合住房保障等相关职能部门依法开展的核查，由教育等有关部门负责。",
     {"住房保障部门", "教育部门"}),
    # -- round 24: a bare 供销合作社 in a central notice is the national body (spec 1.1 section 5; dev p09 adjudication)
    ("central-supply-cooperative", "全国", "central", "发挥供销合作社作用，供销社要加强农村流通服务。", {"中华全国供销合作总社"}),
    ("county-supply-cooperative", "广东省梅州市兴宁市", "county", "市供销社要加强服务，供销、工会等相关部门配合。",
     {"兴宁市供销合作社", "兴宁市总工会"}),
    # -- round 25: an issuer's code in a cited document's number is no mention (spec 1.1 section 5, cited titles)
    ("central-cited-number-code", "全国", "central",
     "按照《关于规范数据应用模式的通知》（医保网信办〔2022〕12号）要求，国家网信办要加强指导。", {"国家互联网信息办公室"}),
    # -- round 26: a joint body at work (依托…联席会议制度) is mentioned; one still to be set up (建立…制度) is not
    ("central-joint-body-at-work", "全国", "central",
     "依托就业工作部际联席会议制度，人力资源社会保障部会同有关部门推进。建立养老服务部际联席会议制度。",
     {"就业工作部际联席会议", "人力资源和社会保障部", "有关部门"}),
    # -- round 27: zones named after their city, listed before one 管委会 (Anhui): the city's name was cut at 合
    # (s33-zones) 合肥经开区: the state-level 合肥经济技术开发区 by organ_national_zones.tsv (guide D82), no longer as written
    ("hf-zones-sharing-board", "安徽省合肥市", "prefecture",
     "加快项目建设。（责任单位：各县（市）区人民政府、合肥高新区、合肥经开区、合肥新站高新区管委会）",
     {"各县（市）区人民政府", "合肥高新技术产业开发区管理委员会", "合肥经济技术开发区管理委员会", "合肥新站高新技术产业开发区管理委员会"}),
    # -- round 28: a province's 2003 statute (Qinghai): the sector authority of its time, a sector the tables cannot name
    ("qh-2003-statute", "青海省", "province",
     "青海省农村牧区公路条例\n（2003年9月26日青海省第十届人民代表大会常务委员会第五次会议通过）\n第一章 总则\n"
     "第十条 省交通行政主管部门会同省计划、财政部门编制全省农村牧区公路建设规划，报省人民政府批准后实施。\n"
     "州（地、市）、县交通行政主管部门应当编制本行政区域的建设计划，报同级人民政府批准。\n",
     {"青海省交通厅", "青海省计划部门", "青海省财政厅", "青海省人民政府", "州（地、市）交通行政主管部门", "县交通行政主管部门",
      "同级人民政府"}),
    # -- round 29: a town under a county-level city (Zhejiang), a Hubei town under an autonomous prefecture's city
    ("yy-town-units", "浙江省宁波市余姚市泗门镇", "township",
     "市农业农村局、市应急管理局要加强指导，镇安监所要落实责任，镇政府要加强领导，宁波市生态环境局余姚分局要加强监管。",
     {"余姚市农业农村局", "余姚市应急管理局", "余姚市泗门镇安监所", "余姚市泗门镇人民政府", "宁波市生态环境局余姚分局"}),
    # (s22, guide D39: the town's 林业站 is a public service unit, no organ)
    ("lc-town-prefecture-and-city", "湖北省恩施土家族苗族自治州利川市团堡镇", "township",
     "州林业局、市林业局要加强指导，镇林业站负责巡查，镇人民政府负总责。",
     {"恩施土家族苗族自治州林业局", "利川市林业局", "利川市团堡镇人民政府"}),
    ("pd-street-youth-league", "四川省成都市郫都区安德街道", "township", "街道团工委、街道妇联要发挥作用，街道党工委要加强领导。",
     {"共青团成都市郫都区安德街道工作委员会", "成都市郫都区安德街道妇女联合会", "中共成都市郫都区安德街道工作委员会"}),
]

# Cases left failing at the final commit (see docs/decisions/organs-s15.md), each held by another owner's test:
# * 国务院各部委、各直属机构 gives 各直属机构 bare, as tests/test_organs_s5.py expects; the shared head would give
#   国务院各直属机构, as 市政府各部门、各直属机构 and 自治区人民政府各组成部门、各直属机构 already do;
# (镇直各单位, left here until the merge, now follows guide D30 through pipeline/nlp/level_units.py: town-direct-units-out
# passes and is asserted)
# * 省计划、财政部门 gives 省计划部门 without its region, as tests/test_s13organs_classes.py expects for 市…规划国土等部门
#   (市规划国土部门), although the same test writes 市住房建设部门 out with its city.
LEFT: set[str] = {"central-ministries", "central-ministries-bodies", "qh-2003-statute"}


def run(cases=CASES):
    return organ_failures(cases)


if __name__ == "__main__":
    sys.path.insert(0, ".")
    report_organs(CASES)
