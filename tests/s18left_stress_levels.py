"""Stress set of session 18 (s18-left), class 2: the organs of 盟, 地区 (行政公署/行署), 旗, 自治旗, 林区, 特区 and
county-level cities written with their level prefix (盟财政局, 地区发展改革委, 旗委办, 自治旗人民政府, 林区党委,
特区教育局, 市发改局 in a county-level city): the official full form with the place written out (spec 1.1 section 5);
precision paragraphs with words that look like these prefixes (全盟, 盟市, 林区道路, 地区生产总值, 旗帜, 红旗) whose
complete output is written down. Written for this set (none copied from a corpus notice), expected items written before
running. Split by a fixed rule: even positions FIX, odd positions HELD (`python3 tests/s18left_stress_levels.py fix|held`).
"""
from __future__ import annotations

import sys

XL = ("内蒙古自治区锡林郭勒盟", "prefecture")
HT = ("新疆维吾尔自治区和田地区", "prefecture")
WS = ("内蒙古自治区鄂尔多斯市乌审旗", "county")
ML = ("内蒙古自治区呼伦贝尔市莫力达瓦达斡尔族自治旗", "county")
SN = ("湖北省神农架林区", "county")
YM = ("甘肃省酒泉市玉门市", "county")
LZ = ("贵州省六盘水市六枝特区", "county")
DX = ("黑龙江省大兴安岭地区", "prefecture")
CASES = [
    ("nm-league-organs", *XL,
     "一、组织领导\n（一）加强统筹。盟行署统筹推进，盟发展改革委负责日常协调，盟委组织部、盟委宣传部、盟财政局、"
     "盟人力资源社会保障局、盟卫生健康委要加强协作。\n",
     {"锡林郭勒盟行政公署", "锡林郭勒盟发展和改革委员会", "中共锡林郭勒盟委组织部", "中共锡林郭勒盟委宣传部",
      "锡林郭勒盟财政局", "锡林郭勒盟人力资源和社会保障局", "锡林郭勒盟卫生健康委员会"}),
    ("nm-league-precision", *XL,
     "一、总体要求\n（一）发展目标。全盟牧区基础设施明显改善，盟市间合作不断深化，旗帜鲜明讲政治，国旗护卫队建设得到加强。\n",
     set()),
    ("xj-prefecture-xingshu", *HT,
     "一、主要任务\n（一）完善工作机制。地区行署办公室牵头，地区发展改革委、地区教育局、地委宣传部配合。\n",
     {"和田地区行政公署办公室", "和田地区发展和改革委员会", "和田地区教育局", "中共和田地委宣传部"}),
    ("xj-prefecture-precision", *HT,
     "一、发展目标\n（一）经济发展。地区生产总值年均增长7%，各地区间差距逐步缩小，东部地区对口支援力度加大。\n",
     set()),
    ("nm-banner-offices", *WS,
     "一、保障措施\n（一）强化协调。旗委办、旗政府办负责督查督办，旗发改委、旗教育体育局、旗卫健委、旗农牧局按职责抓好落实。\n",
     {"中共乌审旗委办公室", "乌审旗人民政府办公室", "乌审旗发展和改革委员会", "乌审旗教育体育局",
      "乌审旗卫生健康委员会", "乌审旗农牧局"}),
    ("nm-banner-sumu", *WS,
     "一、保障措施\n（一）压实责任。各苏木镇要落实属地责任，嘎查村要发挥基层作用，旗财政局要保障工作经费。\n",
     {"各苏木镇", "乌审旗财政局"}),
    ("nm-aut-banner", *ML,
     "一、重点工作\n（一）推进生态保护。自治旗人民政府统一部署，旗财政局、旗人社局、旗应急管理局要各司其职。\n",
     {"莫力达瓦达斡尔族自治旗人民政府", "莫力达瓦达斡尔族自治旗财政局",
      "莫力达瓦达斡尔族自治旗人力资源和社会保障局", "莫力达瓦达斡尔族自治旗应急管理局"}),
    ("nm-aut-banner-qizhi", *ML,
     "一、重点工作\n（一）加强民族团结。旗委、旗政府高度重视民族团结进步创建工作，旗民族事务委员会负责具体工作。\n",
     {"中共莫力达瓦达斡尔族自治旗委员会", "莫力达瓦达斡尔族自治旗人民政府", "莫力达瓦达斡尔族自治旗民族事务委员会"}),
    ("hb-forest-district-organs", *SN,
     "一、工作措施\n（一）加强生态旅游监管。林区发改局、林区财政局、林区教育局、林区卫健委要加强协作。\n",
     {"神农架林区发展和改革局", "神农架林区财政局", "神农架林区教育局", "神农架林区卫生健康委员会"}),
    ("hb-forest-district-party-gov", *SN,
     "一、工作措施\n（一）强化组织领导。林区党委、林区人民政府把森林防火作为重点工作，林区道路和林区职工住房纳入规划。\n",
     {"中共神农架林区委员会", "神农架林区人民政府"}),
    ("gs-county-city-organs", *YM,
     "一、重点任务\n（一）推进新能源产业发展。市发改局、市自然资源局、市工信局负责，酒泉市发展改革委给予指导，市委编办做好机构保障。\n",
     {"玉门市发展和改革局", "玉门市自然资源局", "玉门市工业和信息化局", "酒泉市发展和改革委员会",
      "中共玉门市委机构编制委员会办公室"}),
    ("gs-county-city-precision", *YM,
     "一、重点任务\n（一）建设新能源城市。全市城市建设水平进一步提高，市民满意度持续提升，市场主体达到1万户。\n",
     set()),
    ("gz-special-district", *LZ,
     "一、主要任务\n（一）改善办学条件。特区教育局、特区财政局负责，特区人民政府定期督查。\n",
     {"六枝特区教育局", "六枝特区财政局", "六枝特区人民政府"}),
    ("gz-special-district-precision", *LZ,
     "一、主要任务\n（一）发展特色产业。支持经济特区和少数民族地区发展，推动特区经济高质量发展。\n",
     set()),
    ("hlj-dxal-prefecture", *DX,
     "一、重点任务\n（一）加强森林防火。行署应急管理局、地区林业和草原局负责，地委组织部加强督导。\n",
     {"大兴安岭地区应急管理局", "大兴安岭地区林业和草原局", "中共大兴安岭地委组织部"}),
    ("hlj-dxal-precision", *DX,
     "一、重点任务\n（一）保护林区生态。林区群众收入稳步增长，地区间协作不断加强，全区森林覆盖率稳定在80%以上。\n",
     set()),
    ("nm-league-xingshu-office", "内蒙古自治区阿拉善盟", "prefecture",
     "一、工作要求\n（一）加强督查。盟行署办公室、盟委督查室要定期督查，盟直各部门要密切配合。\n",
     {"阿拉善盟行政公署办公室", "中共阿拉善盟委督查室", "阿拉善盟直各部门"}),
    ("nm-league-in-province", "内蒙古自治区", "province",
     "一、工作要求\n（一）压实责任。各盟行政公署、市人民政府要加强领导，自治区发展改革委要加强统筹。\n",
     {"各盟行政公署", "市人民政府", "内蒙古自治区发展和改革委员会"}),
]


def expected_and_found(case):
    """(expected items, items found) of one case: its departments, and its triples when the case lists them."""
    from tests.test_organs_s5 import _run
    cid, region, level, text, deps, *triples = case
    names, got = _run(text, region, level)
    if triples:
        return set(deps) | set(triples[0]), set(names) | got
    return set(deps), set(names)


def counts(cases):
    """(cases passing, expected items found, expected items, spurious items)."""
    ok = found = total = spurious = 0
    for case in cases:
        exp, pred = expected_and_found(case)
        found += len(exp & pred)
        total += len(exp)
        spurious += len(pred - exp)
        ok += pred == exp
    return ok, found, total, spurious


def half(which, cases):
    return cases[0::2] if which == "fix" else cases[1::2] if which == "held" else cases


def main(all_cases, argv):
    which = argv[0] if argv else "fix"
    cases = half(which, all_cases)
    ok, found, total, spurious = counts(cases)
    print(f"{which}: cases {ok}/{len(cases)}; recall {found}/{total}; spurious {spurious}")
    if which != "held":
        for case in cases:
            exp, pred = expected_and_found(case)
            if exp != pred:
                print(" ", case[0], "missed", sorted(map(str, exp - pred)), "spurious", sorted(map(str, pred - exp)))


if __name__ == "__main__":
    sys.path.insert(0, ".")
    main(CASES, sys.argv[1:])
