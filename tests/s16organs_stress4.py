"""Fourth stress set of session 16 (s16-organs), precision first: whole paragraphs of province, city, county and central
notices (Guizhou, Shaanxi, Jilin, Liaoning, Hebei, Anhui, Yunnan, Gansu, Guangxi; 2000s-2020s; web copies) where
words that look like collectives stand as categories, units, enterprises, funds, systems or places acting, beside a few
real collectives (spec 1.1 section 5; guide D6, D9, D23, D24, D29, D30). Written for this set, none copied from a
corpus notice; written before running. Split by the same fixed rule: even positions FIX, odd positions HELD
(`python3 tests/s16organs_stress4.py fix|held|all`).
"""
from __future__ import annotations

import sys

CASES = [
    ("px-units-employers", "贵州省贵阳市", "prefecture",
     "一、工作要求\n（一）压实主体责任。用人单位要依法缴纳社会保险费，建设单位、施工单位、监理单位要落实质量责任，生产经营单位主要负责人是安全生产第一责任人。\n",
     set()),
    ("px-funds-bonds", "陕西省", "province",
     "一、保障措施\n（一）加大资金投入。统筹用好中央预算内投资、地方政府专项债券和省级财政专项资金，引导政府投资基金、社会资本参与建设。\n",
     set()),
    ("px-systems-platforms", "吉林省", "province",
     "一、工作任务\n（一）推进数字政府建设。依托全省一体化政务服务平台，推动政府部门信息系统整合，提升政务服务“一网通办”水平。\n",
     set()),
    ("real-and-category-mix", "辽宁省沈阳市", "prefecture",
     "一、工作要求\n（一）强化协同。有关部门要按照职责分工，加强对行业协会、商会的指导，各区、县（市）政府要落实属地责任，不得以政府名义为企业提供担保。\n",
     {"有关部门", "各区、县（市）政府"}),
    ("px-base-level-words", "河北省石家庄市", "prefecture",
     "一、基本原则\n（一）坚持重心下移。推动资源向基层倾斜，减轻基层负担，让基层干部有更多时间抓落实，基层党组织书记要带头。\n",
     set()),
    ("real-local-government-word", "安徽省", "province",
     "一、工作要求\n（一）县级政府要承担义务教育投入主体责任，乡镇政府要协助做好控辍保学工作。\n",
     {"县级政府", "乡镇政府"}),
    ("px-department-words-category", "云南省", "province",
     "一、主要任务\n（一）深化“放管服”改革。厘清政府部门权责边界，推动部门间信息共享，减少部门审批事项，实行一个部门牵头、多部门协同的工作方式。\n",
     set()),
    ("real-each-unit-dept", "甘肃省张掖市", "prefecture",
     "一、工作要求\n（一）各部门、各单位要高度重视，各县区要结合实际制定方案。\n",
     {"各部门"}),
    ("px-enforcement-persons", "广西壮族自治区", "province",
     "一、工作要求\n（一）规范执法行为。执法人员应当出示执法证件，行政执法人员不得少于两人，执法记录仪全程记录。\n",
     set()),
    ("real-enforcement-bodies", "广西壮族自治区", "province",
     "第一章 总则\n第一条 为规范行政执法，制定本办法。\n第五条 行政执法机关应当建立健全执法全过程记录制度；上级行政机关应当加强监督。\n",
     {"行政执法机关", "上级行政机关"}),
    ("px-market-subjects", "浙江省温州市", "prefecture",
     "一、工作任务\n（一）激发市场活力。支持民营企业、个体工商户、农民专业合作社等市场主体发展，发挥商会、行业组织的桥梁作用。\n",
     set()),
    ("px-web-copy-furniture-central", "全国", "central",
     "索引号：000014349/2020-00001 主题分类：综合政务\n发文机关：国务院办公厅\n一、工作要求\n（一）各地区要抓好落实。\n相关稿件：\n国务院关于加强政务公开的意见\n",
     set()),
    ("real-county-annotation-units", "河北省保定市阜平县", "county",
     "一、重点任务\n（一）推进易地搬迁后续扶持。（责任单位：县发展改革局，县直有关部门，各乡镇人民政府）\n（二）加强技能培训。（责任单位：县人社局，县直各单位）\n",
     {"阜平县发展和改革局", "阜平县直有关部门", "各乡镇人民政府", "阜平县人力资源和社会保障局"}),
    ("px-places-acting-prefecture", "辽宁省大连市", "prefecture",
     "一、工作目标\n（一）到2025年，各区市县全部建成示范项目，金普新区、高新区率先实现全覆盖，有条件的区市县可提前完成。\n",
     set()),
    ("real-party-bodies-levels", "陕西省延安市", "prefecture",
     "一、工作要求\n（一）各级党组织要发挥战斗堡垒作用，各县（市、区）委组织部要加强统筹，市直各部门党组（党委）要履行主体责任。\n",
     {"各级党组织", "各县（市、区）委组织部", "延安市直各部门党组", "延安市直各部门党委"}),
    ("px-honours-designations", "吉林省长春市", "prefecture",
     "一、工作措施\n（一）积极争创全国文明城市、国家卫生城市，支持企业创建国家级企业技术中心、省级专精特新企业。\n",
     set()),
    ("px-meetings-documents", "安徽省合肥市", "prefecture",
     "一、总体要求\n（一）深入贯彻党的二十大精神，认真落实省第十一次党代会部署和市委全会要求。\n",
     {"中共合肥市委员会"}),
    ("real-superior-competent", "贵州省遵义市", "prefecture",
     "一、工作要求\n（一）项目单位要按程序报行业主管部门审核，由上级主管部门核准后实施。\n",
     {"行业主管部门", "上级主管部门"}),
    ("px-armed-forces-stationed", "新疆维吾尔自治区喀什地区", "prefecture",
     "一、工作要求\n（一）加强军地协作。驻地部队、武警部队、消防救援队伍和民兵组织要积极参与抢险救灾。\n",
     set()),
    ("real-two-levels-finance", "山西省大同市", "prefecture",
     "一、保障措施\n（一）市、县两级财政部门要按比例安排配套资金，县级以上人民政府要将所需经费列入预算。\n",
     {"大同市财政局", "县财政部门", "县级以上人民政府"}),
]

# left: `市直各部门党组（党委）` (the departments' party groups as a collective, with the bracket's alternative)
# and `武警部队` (guide D26 leaves armed forces out; tests/test_organs_s7.py, another owner's, still expects
# 中国人民武装警察部队)
LEFT: set[str] = {"real-party-bodies-levels", "px-armed-forces-stationed"}


if __name__ == "__main__":  # (run, halves and counts: tests/s16organs_stress.py)
    sys.path.insert(0, ".")
    from tests.s16organs_stress import main
    main(CASES, sys.argv[1:])
