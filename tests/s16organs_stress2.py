"""Second stress set of session 16 (s16-organs), written after the first round's fixes and before running it: statute
articles of provinces and eras the opened notices do not cover (Guangxi 1990s, Heilongjiang 2000s, Yunnan, Gansu,
Jilin, Tibet, Hainan, Inner Mongolia, Chongqing), township notices, province addressee lines and web copies, with
paragraphs full of words that look like organs and are not (spec 1.1 section 5). Snippets written for this set,
none copied from a corpus notice. Split by the same fixed rule: even positions FIX, odd positions HELD
(`python3 tests/s16organs_stress2.py fix|held|all`).
"""
from __future__ import annotations

import sys

# (s21-org) level-word collectives (省级有关部门, 县级各部门) are kept as written: guide D35 of S20; the b3 d078 gold
# was brought to it in session 21 (these expectations had the own level written out since session 14)
CASES = [
    ("gx-1995-county-above-each", "广西壮族自治区", "province",
     "第一章 总则\n第一条 为加强水产资源保护，制定本条例。\n第四条 县级以上地方各级人民政府渔业行政主管部门主管本行政区域内的渔业工作。乡、民族乡、镇人民政府协助做好有关工作。\n",
     # (s32-org) 乡、民族乡、镇人民政府: a level list of governments below the issuer, one collective (guide D74; A31 a371)
     {"县级以上地方各级人民政府渔业行政主管部门", "乡、民族乡、镇人民政府"}),
    ("hl-2004-responsible-departments", "黑龙江省", "province",
     "第一章 总则\n第一条 为预防和减少火灾，制定本条例。\n第五条 县级以上人民政府公安机关消防机构负责本行政区域内的消防监督工作。县级以上人民政府其他有关部门在各自职责范围内做好消防工作。\n",
     {"县级以上人民政府公安机关消防机构", "县级以上人民政府其他有关部门"}),
    ("yn-statute-duty-departments", "云南省", "province",
     "第一章 总则\n第一条 为加强安全生产工作，制定本条例。\n第六条 县级以上人民政府负有安全生产监督管理职责的部门依法实施监督管理。\n",
     {"县级以上人民政府负有安全生产监督管理职责的部门"}),
    ("gs-statute-one-level-up", "甘肃省", "province",
     "第一章 总则\n第一条 为规范行政复议工作，制定本办法。\n第九条 对县级以上地方人民政府工作部门的具体行政行为不服的，可以向该部门的本级人民政府申请行政复议，也可以向上一级主管部门申请行政复议。\n",
     {"县级以上地方人民政府工作部门", "本级人民政府", "上一级主管部门"}),
    ("jl-statute-original-authority", "吉林省", "province",
     "第一章 总则\n第一条 为规范许可证管理，制定本办法。\n第十五条 许可证遗失的，持证人应当向原发证机关申请补发。原发证机关应当在十个工作日内予以补发。\n",
     {"原发证机关"}),
    ("xz-statute-township-assist", "西藏自治区", "province",
     "第一章 总则\n第一条 为保护草原生态，制定本办法。\n第五条 乡（镇）人民政府负责本行政区域内草原的日常管护工作，村（居）民委员会予以协助。\n",
     {"乡（镇）人民政府"}),
    ("hi-statute-city-county", "海南省", "province",
     "第一章 总则\n第一条 为规范海域使用管理，制定本条例。\n第四条 市、县、自治县人民政府海洋主管部门负责本行政区域毗邻海域使用的监督管理。\n",
     {"市人民政府海洋主管部门", "县人民政府海洋主管部门", "自治县人民政府海洋主管部门"}),
    ("nm-statute-banner-levels", "内蒙古自治区", "province",
     "第一章 总则\n第一条 为规范草畜平衡管理，制定本办法。\n第四条 旗县级以上人民政府草原行政主管部门负责本行政区域内的草畜平衡监督管理工作。苏木乡镇人民政府负责组织实施。\n",
     {"旗县级以上人民政府草原行政主管部门", "苏木乡镇人民政府"}),
    ("cq-statute-district-county", "重庆市", "province",
     "第一章 总则\n第一条 为规范农贸市场管理，制定本办法。\n第四条 区县（自治县）商务主管部门负责本行政区域内农贸市场的规划和管理，区县（自治县）市场监管部门负责市场内经营行为的监督管理。\n",
     {"区县（自治县）商务主管部门", "区县（自治县）市场监管部门"}),
    ("gz-prefecture-departments-units", "贵州省黔南布依族苗族自治州", "prefecture",
     "一、工作要求\n（一）各县（市）人民政府，州直各部门、各单位要高度重视，州人力资源社会保障局要加强统筹。\n",
     {"各县（市）人民政府", "黔南布依族苗族自治州直各部门", "黔南布依族苗族自治州人力资源和社会保障局"}),
    ("sc-county-town-offices", "四川省宜宾市兴文县", "county",
     "一、工作要求\n（一）各乡镇人民政府、县级各部门要严格落实，县委宣传部负责宣传报道。\n",
     {"各乡镇人民政府", "县级各部门", "中共兴文县委宣传部"}),
    ("gs-town-own-collectives", "甘肃省平凉市静宁县城川镇", "township",
     "一、工作措施\n（一）镇党委、镇政府统一领导，镇各部门、各村要按照分工抓好落实。\n",
     {"中共静宁县城川镇委员会", "静宁县城川镇人民政府", "静宁县城川镇各部门"}),
    ("px-statute-definitions", "吉林省", "province",
     "第一章 总则\n第一条 为规范物业管理，制定本条例。\n第三条 本条例所称业主，是指房屋的所有权人。本条例所称物业服务企业，是指依法设立的企业。业主大会、业主委员会应当依法履行职责。\n",
     set()),
    ("px-statute-third-parties", "广西壮族自治区", "province",
     "第一章 总则\n第一条 为保护消费者合法权益，制定本条例。\n第八条 消费者协会和其他消费者组织对商品和服务进行社会监督。新闻媒体应当做好宣传。\n",
     set()),
    ("px-statute-courts-parties", "黑龙江省", "province",
     "第一章 总则\n第一条 为规范劳动争议处理，制定本办法。\n第二十条 当事人对仲裁裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起诉讼。用人单位应当执行生效裁决。\n",
     {"人民法院"}),
    ("px-web-furniture-only", "云南省昆明市", "prefecture",
     "主办单位：昆明市人民政府办公室 承办单位：昆明市大数据局\n一、工作要求\n（一）各地要结合实际抓好落实，有条件的县（市、区）可适当提高标准。\n网站标识码：5301000000 滇ICP备00000000号\n",
     set()),
    ("px-enterprises-bodies-province", "西藏自治区", "province",
     "一、保障措施\n（一）支持区内国有企业、金融机构、高等院校和科研院所参与建设，鼓励社会组织、志愿服务队伍积极参与。\n",
     set()),
    ("px-places-prose-township", "湖北省恩施土家族苗族自治州利川市团堡镇", "township",
     "一、工作目标\n（一）各村要把产业发展作为首要任务，支持有条件的村建设合作社，鼓励各村之间互帮互学。\n",
     set()),
    ("province-addressee-body-gansu", "甘肃省", "province",
     "一、工作要求\n（一）各市州、兰州新区要把这项工作摆上重要议程，省直各部门要密切配合，省财政厅要加强资金保障。\n",
     {"各市州", "甘肃省直各部门", "甘肃省财政厅"}),  # (s21-org: 各市州, guide D34 of S20)
    ("province-annotation-places", "黑龙江省", "province",
     "一、重点任务\n（一）推进城市更新。（省住房城乡建设厅牵头，省发展改革委、省财政厅，各市（地）政府按职责分工负责）\n",
     {"黑龙江省住房和城乡建设厅", "黑龙江省发展和改革委员会", "黑龙江省财政厅", "各市（地）政府"}),
    ("province-levels-three", "云南省", "province",
     "一、保障措施\n（一）省、州（市）、县（市、区）三级人民政府要建立协调机制，各级民政部门要加强业务指导。\n",
     {"云南省人民政府", "州（市）人民政府", "县（市、区）人民政府", "各级民政部门"}),
    ("prefecture-annotation-county-places", "广西壮族自治区桂林市", "prefecture",
     "一、重点任务\n（一）推进乡村旅游。（责任单位：市文化广电和旅游局，各县（市、区）人民政府）\n（二）完善基础设施。（责任单位：市交通运输局，各县（市、区））\n",
     {"桂林市文化广电和旅游局", "各县（市、区）人民政府", "桂林市交通运输局", "各县（市、区）"}),
    ("px-government-abstract-province", "海南省", "province",
     "一、基本原则\n（一）坚持政府引导、市场运作。更好发挥政府作用，推动有效市场和有为政府更好结合，建立政府与社会资本合作机制。\n",
     set()),
    ("county-superior-same-level", "重庆市城口县", "county",
     "一、工作要求\n（一）县级有关部门要按照上级部门要求，会同同级财政部门做好资金保障，并报县政府备案。\n",
     {"县级有关部门", "上级部门", "同级财政部门", "城口县人民政府"}),
    ("web-province-2012", "吉林省", "province",
     "发布时间：2012-05-08 来源：吉林省人民政府办公厅\n各市（州）人民政府，长白山管委会，各县（市）人民政府，省政府各厅委办、各直属机构：\n一、工作要求\n（一）各市（州）、县（市）人民政府要高度重视，省政府各有关部门要加强协调。\n【打印本页】【关闭窗口】\n",
     {"各市（州）、县（市）人民政府", "吉林省人民政府各有关部门"}),  # (places sharing one 各: one collective, spec 1.1 §5),
    ("px-honours-seats-web", "内蒙古自治区包头市", "prefecture",
     "一、工作要求\n（一）对获得全国劳动模范、自治区级文明单位称号的集体，给予表彰。市人大代表、市政协委员可以列席会议。\n",
     set()),
]

LEFT: set[str] = set()



if __name__ == "__main__":  # (run, halves and counts: tests/s16organs_stress.py)
    sys.path.insert(0, ".")
    from tests.s16organs_stress import main
    main(CASES, sys.argv[1:])
