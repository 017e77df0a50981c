"""Third stress set of session 16 (s16-organs): province and central policy paragraphs (not statutes), in the styles of
Gansu, Qinghai, Ningxia, Guangxi, Heilongjiang, Hainan, Tibet, Xinjiang, Inner Mongolia and central notices of the 2000s
and 2010s, dense with collectives and bare sectors, and with words that look like organs and are not (spec 1.1
section 5). Written for this set, none copied from a corpus notice; written before running. Split by the same fixed
rule: even positions FIX, odd positions HELD (`python3 tests/s16organs_stress3.py fix|held|all`).
"""
from __future__ import annotations

import sys

# (s21-org) level-word collectives (省级有关部门, 县级各部门) are kept as written: guide D35 of S20; the b3 d078 gold
# was brought to it in session 21 (these expectations had the own level written out since session 14)
CASES = [
    ("qh-party-gov-each-level", "青海省", "province",
     "一、加强组织领导\n（一）各级党委和政府要把生态保护摆在突出位置，各市州党委和人民政府要落实主体责任。\n",
     {"各级党委", "各级政府", "各市州党委", "各市州人民政府"}),
    ("nx-bare-sectors-shared-head", "宁夏回族自治区", "province",
     "一、保障措施\n（一）发展改革、财政、自然资源部门要加强要素保障，市场监管、公安、交通运输等部门要加强联合执法。\n",
     {"发展改革部门", "财政部门", "自然资源部门", "市场监管部门", "公安部门", "交通运输部门"}),
    ("gx-region-level-departments", "广西壮族自治区", "province",
     "一、工作要求\n（一）自治区有关部门和单位要加强指导，各设区市、县（市、区）人民政府要落实属地责任。\n",
     {"广西壮族自治区有关部门", "各设区市、县（市、区）人民政府"}),
    ("hl-each-level-each-dept", "黑龙江省", "province",
     "一、工作要求\n（一）各地各有关部门要提高认识，各级各部门要主动作为，省级有关部门要加强督导。\n",
     {"各地各有关部门", "各级各部门", "省级有关部门"}),
    ("hi-city-county-two-levels", "海南省", "province",
     "一、工作要求\n（一）市县两级政府要建立工作专班，省直有关单位和中央驻琼单位要积极支持。\n",
     {"市县两级政府"}),
    ("xz-region-committee-government", "西藏自治区", "province",
     "一、工作要求\n（一）自治区党委、政府各部门要带头落实，各地（市）党委、行署（人民政府）要抓好组织实施。\n",
     {"西藏自治区党委各部门", "西藏自治区人民政府各部门", "各地（市）党委", "各地（市）行署", "各地（市）人民政府"}),
    ("xj-corps-and-region", "新疆维吾尔自治区", "province",
     "一、工作要求\n（一）自治区各有关部门、新疆生产建设兵团有关部门要加强协调配合。\n",
     {"新疆维吾尔自治区各有关部门", "新疆生产建设兵团有关部门"}),
    ("nm-league-city-government", "内蒙古自治区", "province",
     "一、工作要求\n（一）各盟行政公署、市人民政府要加强组织领导，自治区各有关厅局要按照职责分工抓好落实。\n",
     {"各盟行政公署", "各市人民政府", "内蒙古自治区各有关厅局"}),
    ("cn-2008-each-region-dept", "全国", "central",
     "一、充分认识重要意义\n（一）各地区、各部门要高度重视。地方各级人民政府要加强领导，国务院有关部门要加强指导和监督。\n",
     {"各部门", "地方各级人民政府", "国务院有关部门"}),  # (guide D64: 各地区 in a prose duty names no organ)
    ("cn-2015-provincial-level", "全国", "central",
     "一、工作要求\n（一）省级人民政府对本地区工作负总责，各省级财政部门要会同同级教育部门做好经费保障。\n",
     {"省级人民政府", "各省级财政部门", "同级教育部门"}),
    ("cn-2019-industry-competent", "全国", "central",
     "一、工作要求\n（一）各行业主管部门要落实监管责任，中央有关部门要加强统筹，地方政府要落实属地责任。\n",
     {"各行业主管部门", "中央有关部门", "地方政府"}),
    ("gs-province-places-each-assignment", "甘肃省", "province",
     "一、重点任务\n（一）实施乡村建设行动。（省农业农村厅牵头，省直有关部门配合，各市州人民政府、兰州新区管委会负责）\n",
     {"甘肃省农业农村厅", "甘肃省直有关部门", "各市州人民政府", "兰州新区管理委员会"}),
    ("px-province-institutions", "青海省", "province",
     "一、保障措施\n（一）省内高校、科研院所、医疗卫生机构要加强人才培养，省级重点实验室、工程技术研究中心要开放共享。\n",
     set()),
    ("px-province-slogans", "宁夏回族自治区", "province",
     "一、基本原则\n（一）坚持党委领导、政府主导、部门协同、社会参与，压实属地责任、部门监管责任和企业主体责任。\n",
     set()),
    ("px-central-categories", "全国", "central",
     "一、工作要求\n（一）推动政府部门数据共享，提升政府治理能力，规范政府采购行为，加强地方政府债务管理。\n",
     set()),
    ("px-places-acting-province", "广西壮族自治区", "province",
     "一、工作要求\n（一）支持北部湾经济区各市先行先试，鼓励各地积极探索，引导有条件的设区市建设示范区。\n",
     set()),
    ("px-cited-title-organ", "黑龙江省", "province",
     "一、总体要求\n（一）深入贯彻《国务院办公厅关于加强基层医疗卫生服务体系建设的意见》，按照省委、省政府部署抓好落实。\n",
     {"中共黑龙江省委员会", "黑龙江省人民政府"}),
    ("px-service-units-province", "海南省", "province",
     "一、工作要求\n（一）各级公共就业服务机构、人才服务机构要提供免费服务，社会保险经办机构要简化流程。\n",
     set()),
    ("prefecture-web-collectives", "青海省海东市", "prefecture",
     "首页 > 政务公开 > 通知公告\n一、工作要求\n（一）各县区人民政府、市直各部门要认真贯彻落实，市政府督查室要加强督查。\n打印 关闭\n",
     {"各县区人民政府", "海东市直各部门", "海东市人民政府督查室"}),
    ("county-annotation-towns-2010s", "宁夏回族自治区固原市西吉县", "county",
     "一、重点任务\n（一）推进马铃薯产业提质增效。（责任单位：县农业农村局，各乡镇）\n（二）加强农田水利建设。（责任单位：县水务局，各乡镇人民政府）\n",
     {"西吉县农业农村局", "各乡镇", "西吉县水务局", "各乡镇人民政府"}),
]

LEFT: set[str] = set()


if __name__ == "__main__":  # (run, halves and counts: tests/s16organs_stress.py)
    sys.path.insert(0, ".")
    from tests.s16organs_stress import main
    main(CASES, sys.argv[1:])
