"""Stress set of session 14b (organs): organ names the tables miss, written for this set in the style of provinces,
levels and eras the opened notices do not cover. Each case: (id, region, level, text, expected department names by
spec 1.1 section 5 and the guide's D-rules). `python3 tests/s14borgans_stress.py` prints the failing cases and the
count; tests/test_s14borgans_stress.py asserts every case outside LEFT.
"""
from __future__ import annotations

import sys

CASES = [
    # 1. a government level + a sector the tables miss + 主管部门/管理部门: a collective as written
    ("hn-migrants", "湖南省", "province",
     "第三条 县级以上人民政府移民工作主管部门负责本行政区域内的移民安置工作。",
     {"县级以上人民政府移民工作主管部门"}),
    ("fj-quake", "福建省", "province",
     "第二条 县级以上地方人民政府防震减灾工作主管部门按照职责分工，负责本行政区域内的防震减灾工作。",
     {"县级以上地方人民政府防震减灾工作主管部门"}),
    ("sd-cement", "山东省", "province",
     "第四条 县级以上人民政府散装水泥行政主管部门负责本行政区域内散装水泥的推广工作。",
     {"县级以上人民政府散装水泥行政主管部门"}),
    ("hb-parking", "河北省石家庄市", "prefecture",
     "第三条 县级以上人民政府确定的停车场管理部门负责本行政区域内停车场的监督管理。",
     {"县级以上人民政府确定的停车场管理部门"}),
    # 2. level words before a named organ: as written
    ("cq-local-tax", "全国", "central",
     "第五条 各级地方税务局负责试点纳税人的征收管理，同级地方税务局予以配合。",
     {"各级地方税务局", "同级地方税务局"}),
    ("pilot-hr", "全国", "central",
     "第六条 试点地区省级人力资源社会保障部门会同有关部门制定实施细则。",
     {"试点地区省级人力资源社会保障部门", "有关部门"}),
    # 3. shared heads over places
    ("gx-towns-three", "广西壮族自治区", "province",
     "第五条 乡、民族乡、镇人民政府应当协助做好本行政区域内的有关工作。",
     # (s32-org) a level list of governments below the issuer, one collective as written (guide D74; A31 a371 gold)
     {"乡、民族乡、镇人民政府"}),
    ("ln-water-split", "辽宁省沈阳市", "prefecture",
     "第三条 区、县（市）城市节水行政主管部门负责本辖区的城市节约用水管理工作。",
     {"区城市节水行政主管部门", "县（市）城市节水行政主管部门"}),
    ("hb-domicile-whole", "湖北省武汉市", "prefecture",
     "第八条 申请人向所在区县（市）人力资源部门提出申请。",
     {"所在区县（市）人力资源部门"}),
    # 4. names not found
    ("nm-banners", "内蒙古自治区通辽市", "prefecture",
     "二、工作要求\n各旗市区人民政府负责本地区的组织实施。",
     {"各旗市区人民政府"}),
    ("sc-street-offices", "四川省成都市武侯区玉林街道", "township",
     "街道社区发展治理办公室牵头，街道平安建设办公室配合。",
     {"成都市武侯区玉林街道社区发展治理办公室", "成都市武侯区玉林街道平安建设办公室"}),
    ("zj-river-office", "浙江省湖州市德清县", "county",
     "县河长办牵头，各乡镇配合。",
     {"德清县河长制办公室", "各乡镇"}),
    ("sd-town-offices", "山东省临沂市沂水县许家湖镇", "township",
     "镇各办（站、所）按照职责分工做好相关工作。",
     {"沂水县许家湖镇各办（站、所）"}),
    ("xz-prefectures", "西藏自治区", "province",
     "各地（市）行署、人民政府要加强组织领导。",
     {"各地（市）行署", "各地（市）人民政府"}),
    # 5. names of their time
    ("ha-urban-2016", "河南省洛阳市", "prefecture",
     "一、工作要求\n（一）市城管局牵头，市住建委配合。\n\n洛阳市人民政府\n2016年5月6日",
     {"洛阳市城管局", "洛阳市住房和城乡建设委员会"}),
    # 6. village party organisations (spec: a party organ with a qualifier, a collective as written)
    ("gz-village-party", "贵州省", "province",
     "村党组织要发挥战斗堡垒作用，整顿软弱涣散村党组织，农村基层党组织书记要带头。",
     {"村党组织", "软弱涣散村党组织", "农村基层党组织"}),
    # -- more of each class, in other styles
    ("sx-levels-sector-2005", "陕西省", "province",
     "第五条 设区的市人民政府民族宗教工作主管部门负责本行政区域内的清真食品监督管理工作。",
     {"设区的市人民政府民族宗教工作主管部门"}),
    ("jl-county-determined", "吉林省长春市", "prefecture",
     "第四条 县（市、区）人民政府确定的物业管理部门负责本辖区的物业管理活动。",
     {"县（市、区）人民政府确定的物业管理部门"}),
    ("nx-same-level-bureau", "宁夏回族自治区", "province",
     "第九条 同级财政局应当及时拨付资金，上级公安局予以指导。",
     {"同级财政局", "上级公安局"}),
    ("central-pilot-city", "全国", "central",
     "第七条 试点城市市级卫生健康部门负责组织实施。",
     {"试点城市市级卫生健康部门"}),
    ("nm-sumu-towns", "内蒙古自治区", "province",
     "第六条 苏木、乡、镇人民政府负责本辖区草原防火工作。",
     # (s32-org) one collective as written (guide D74; A31 a371 gold)
     {"苏木、乡、镇人民政府"}),
    ("xz-prefecture-govs", "西藏自治区", "province",
     "各地（市）人民政府要落实属地责任。", {"各地（市）人民政府"}),
    # (s29-org, guide D79: every township 站 is a service unit, out, also written as a kind; the 所 stay)
    ("sx-town-stations", "山西省晋中市左权县", "county",
     "各乡镇煤管站负责日常巡查，乡镇林业站配合，乡镇派出所协助。", {"乡镇派出所"}),
    ("gd-street-offices", "四川省成都市武侯区玉林街道", "township",
     "街道城市管理和综合执法办公室牵头，街道党建工作办公室配合。",
     {"成都市武侯区玉林街道城市管理和综合执法办公室", "成都市武侯区玉林街道党建工作办公室"}),
    ("js-town-bureau", "江苏省苏州市昆山市张浦镇", "township",
     "镇农业农村局负责，镇财政所配合。", {"昆山市张浦镇农业农村局", "昆山市张浦镇财政所"}),
    # (s22, guide D39) a bare 镇派出所/镇司法所 in the town's own document: the town's, named with the town in front
    ("sh-new-town-police", "上海市浦东新区川沙新镇", "township",
     "镇派出所配合，镇司法所负责。", {"上海市浦东新区川沙新镇派出所", "上海市浦东新区川沙新镇司法所"}),
    ("tj-1998-works", "天津市", "province",
     "第三条 市市政工程局负责本规定的组织实施。", {"天津市市政工程局"}),
    ("sc-scenic-area", "四川省阿坝藏族羌族自治州", "prefecture",
     "九寨沟风景名胜区管理机构负责具体保护工作，土地储备管理机构不参与。",
     {"九寨沟风景名胜区管理机构"}),
    ("sc-poverty-migrants", "四川省南充市营山县", "county",
     "县扶贫移民局牵头，县财政局配合。", {"营山县扶贫和移民工作局", "营山县财政局"}),
    ("ha-urban-2020", "河南省洛阳市", "prefecture",
     "一、工作要求\n（一）市城管局牵头。\n\n洛阳市人民政府\n2020年5月6日",
     {"洛阳市城管局"}),  # (s27-org, guide D68: a short form with several full names is kept as written)
    ("gs-village-kinds", "甘肃省", "province",
     "向贫困村、软弱涣散村和集体经济薄弱村党组织选派第一书记。",
     {"贫困村党组织", "软弱涣散村党组织", "集体经济薄弱村党组织"}),
    ("zj-river-office-bare", "浙江省湖州市德清县", "county",
     "河长办牵头，村级河长办理群众投诉。", {"德清县河长制办公室"}),

    # a level word before a single sector: the bureau at the document's own level, else as written
    ("hn-own-level-sector", "湖南省", "province", "省级财政部门负责，市级财政部门配合。",
     {"湖南省财政厅", "市级财政部门"}),
]

LEFT: set[str] = set()


def run(cases=CASES):
    from tests.test_organs_s5 import _run
    failed = []
    for cid, region, level, text, expected in cases:
        body = text if "\n" in text or text.startswith("第") else "一、工作要求\n（一）" + text
        names, _ = _run(body + "\n", region, level)
        if set(names) != expected:
            failed.append((cid, sorted(set(names) - expected), sorted(expected - set(names))))
    return failed


if __name__ == "__main__":
    sys.path.insert(0, ".")
    failed = run()
    for cid, extra, missing in failed:
        print(cid, "extra", extra, "missing", missing)
    print(f"{len(CASES) - len(failed)} of {len(CASES)} pass")
