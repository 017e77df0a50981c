"""Stress set of session 16 (s16-organs2): classes left by s16-organs and s16-placeorg (spec 1.1 section 5; guide D25,
D28, D30): collectives of places of two kinds sharing one 各, a named government's departments, an authority named by
its function under a named government, a statute's 主管部门 of a level, zones' committees whose names start with a stop
character, bare 新区管委会, residents' committees in an annotation; with precision paragraphs and short notices whose
complete output is written down. Written for this set (none copied from a corpus notice), expected items written
before running. Split by a fixed rule: even positions FIX, odd positions HELD (`python3 tests/s16organs2_stress.py
fix|held|all`).
"""
from __future__ import annotations

import sys

CASES = [
    # 1 places of two kinds sharing one 各
    ("gs-each-two-kinds", "甘肃省", "province",
     "各市州、县市区有关部门要按照职责分工，认真抓好落实。",
     {"各市州、县市区有关部门"}),
    ("hn-each-two-kinds-gov", "湖南省", "province",
     "各市州、县市区人民政府要加强组织领导，省直有关部门要加强业务指导。",
     {"各市州、县市区人民政府", "湖南省直有关部门"}),
    # 2 a named government's departments
    ("gs-district-gov-depts", "甘肃省陇南市武都区", "county",
     "武都区人民政府各部门要严格落实本通知要求，区财政局要做好资金保障。",
     {"陇南市武都区人民政府各部门", "陇南市武都区财政局"}),
    ("hlj-county-gov-depts", "黑龙江省绥化市望奎县", "county",
     "望奎县人民政府各部门、各乡镇人民政府要高度重视，确保各项措施落到实处。",
     {"望奎县人民政府各部门", "各乡镇人民政府"}),
    ("gx-city-gov-depts", "广西壮族自治区柳州市", "prefecture",
     "柳州市人民政府各部门要按照本通知精神，结合实际抓好贯彻落实。",
     {"柳州市人民政府各部门"}),
    ("cq-county-gov-depts", "重庆市酉阳土家族苗族自治县", "county",
     "酉阳县人民政府各部门要主动作为，县发展改革委要加强统筹。",
     {"酉阳土家族苗族自治县人民政府各部门", "酉阳土家族苗族自治县发展和改革委员会"}),
    # 3 an authority named by its function under a named government (D28 by analogy)
    ("nx-gov-function-authority", "宁夏回族自治区", "province",
     "宁夏回族自治区人民政府教育主管部门负责本办法的组织实施。",
     {"宁夏回族自治区人民政府教育主管部门"}),
    ("xz-gov-function-authority", "西藏自治区", "province",
     "第三条 西藏自治区人民政府卫生行政主管部门负责全区医疗机构的监督管理。",
     {"西藏自治区人民政府卫生行政主管部门"}),
    # 4 a statute's 主管部门 of a level
    ("hi-statute-level-authority", "海南省", "province",
     "第四条 县级以上地方人民政府主管部门按照各自职责，做好相关工作。",
     {"县级以上地方人民政府主管部门"}),
    ("jl-statute-level-authority-1990s", "吉林省", "province",
     "第五条 县级以上人民政府主管部门应当加强对本行政区域内档案工作的监督检查。",
     {"县级以上人民政府主管部门"}),
    # 5 zone committees starting with a stop character; 请 before a zone
    ("js-xiangcheng-cbd", "江苏省苏州市", "prefecture",
     "相城中央商务区管委会要加快推进重点项目建设，市商务局要加强指导。",
     {"苏州市相城中央商务区管理委员会", "苏州市商务局"}),  # ((s38-organs) guide S36 CU1 Q1: the city in full)
    ("gd-qing-tianhe-cbd", "广东省广州市", "prefecture",
     "请天河中央商务区管委会按照本通知要求，抓好组织实施。",
     {"广州天河中央商务区管理委员会"}),
    ("js-xiangcheng-hightech", "江苏省苏州市", "prefecture",
     "相城高新区管委会、市科技局要加强协同，共同推进创新平台建设。",
     {"苏州相城高新技术产业开发区管理委员会", "苏州市科学技术局"}),
    ("gd-qing-nansha", "广东省广州市", "prefecture",
     "请南沙开发区管委会会同市发展改革委做好项目储备工作。",
     {"广州南沙开发区管理委员会", "广州市发展和改革委员会"}),
    # precision: 相关 before a zone committee still stops; 相 not a district's first character
    ("js-xiangguan-zone-precision", "江苏省苏州市", "prefecture",
     "各相关开发区管委会要落实主体责任，做好安全生产工作。",
     {"各相关开发区管理委员会"}),
    ("gd-request-precision", "广东省广州市", "prefecture",
     "请各区人民政府、市有关部门认真贯彻执行。执行中遇到的问题，请径向市商务局反映。",
     {"各区人民政府", "广州市有关部门", "广州市商务局"}),
    # 7 residents' committees in an annotation
    ("ah-street-annotation-residents", "安徽省合肥市蜀山区笔架山街道", "township",
     "一、重点任务\n（一）开展背街小巷环境整治。（责任单位：街道城管办、各社区居委会）\n（二）加强垃圾分类宣传。（责任单位：街道党政办，各社区）\n",
     {"合肥市蜀山区笔架山街道城管办", "合肥市蜀山区笔架山街道党政办公室", "各社区"}),
    ("gz-town-annotation-villagers", "贵州省遵义市湄潭县永兴镇", "township",
     "一、重点任务\n（一）推进人居环境整治。（责任单位：镇农业服务中心、各村民委员会）\n",
     {"湄潭县永兴镇农业服务中心"}),
    # precision paragraphs, full short notices
    ("gs-precision-paragraph", "甘肃省陇南市", "prefecture",
     "一、总体要求\n坚持党委领导、政府负责、部门协同、公众参与，推动政府各部门间信息共享。\n二、保障措施\n各县区要结合实际，有条件的县区可先行先试，市直有关单位要积极配合。\n",
     {"各县区"}),
    ("nx-precision-funds", "宁夏回族自治区银川市", "prefecture",
     "一、资金保障\n自治区人民政府教育专项资金、市级配套资金要及时足额拨付，相关开发区管委会所属企业按规定享受政策。\n",
     {"相关开发区管理委员会"}),
]

# left: residents' and villagers' committees given as a department through responsibilities.py's place assignee
# (s16-assign2's file); 政府各部门间 (an abstract actor) and 各县区要… (a place acting) as BASE
LEFT: set[str] = {"ah-street-annotation-residents", "gs-precision-paragraph"}


if __name__ == "__main__":  # (run, halves and counts: tests/s16organs_stress.py)
    sys.path.insert(0, ".")
    from tests.s16organs_stress import main
    main(CASES, sys.argv[1:])
