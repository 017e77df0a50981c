"""Fifth stress set of session 16 (s16-organs): statute-style articles (条例/办法/细则 in 第X条) of provinces, cities and
the centre, 1990s-2020s (Jiangxi, Hunan, Shanxi, Liaoning, Gansu, Xinjiang, Guangxi, Heilongjiang, Beijing), where the
organs are named by function, by level and by a qualifying clause, beside defined terms, parties and penalties that
name no organ (spec 1.1 section 5; guide D21, D28, and D21 for `及其有关部门` of S33). Written for this set, none copied
from a corpus notice; written before running. Split by the same fixed rule: even positions FIX, odd positions HELD
(`python3 tests/s16organs_stress5.py fix|held|all`).
"""
from __future__ import annotations

import sys

HEAD = "第一章 总则\n第一条 为了加强管理，根据有关法律法规，结合本省实际，制定本条例。\n"

CASES = [
    ("jx-its-departments", "江西省", "province",
     HEAD + "第三条 县级以上人民政府及其有关部门应当将农村供水工作纳入国民经济和社会发展规划。\n",
     {"县级以上人民政府", "县级以上人民政府有关部门"}),  # (guide D21 for `及其有关部门`, S33)
    ("hn-defined-short-name", "湖南省", "province",
     HEAD + "第四条 县级以上人民政府卫生健康主管部门（以下简称卫生健康主管部门）负责本行政区域内的管理工作。\n第十条 卫生健康主管部门应当定期公布监督检查结果。\n",
     {"县级以上人民政府卫生健康主管部门", "卫生健康主管部门"}),
    ("sx-qualified-authority", "山西省", "province",
     HEAD + "第二十五条 违反本条例规定的，由作出许可决定的行政机关责令改正；情节严重的，由其上级行政机关或者监察机关对直接负责的主管人员依法给予处分。\n",
     {"作出许可决定的行政机关", "上级行政机关", "监察机关"}),
    ("ln-sectors-shared-head-statute", "辽宁省", "province",
     HEAD + "第五条 县级以上人民政府发展改革、财政、自然资源等部门按照各自职责，做好相关工作。\n",
     {"发展改革部门", "财政部门", "自然资源部门"}),
    ("gs-township-level-government", "甘肃省", "province",
     HEAD + "第六条 乡级人民政府和街道办事处应当配合做好辖区内的管理工作。居民委员会、村民委员会应当协助开展宣传。\n",
     {"乡级人民政府", "街道办事处"}),
    ("xj-levels-prefecture-county", "新疆维吾尔自治区", "province",
     HEAD + "第四条 自治区人民政府水行政主管部门负责全区水资源的统一管理和监督工作。州、市（地）、县（市）人民政府水行政主管部门按照规定的权限，负责本行政区域内的管理工作。\n",
     {"新疆维吾尔自治区水利厅", "州人民政府水行政主管部门", "市（地）人民政府水行政主管部门", "县（市）人民政府水行政主管部门"}),
    ("gx-customs-tax-list", "广西壮族自治区", "province",
     HEAD + "第十二条 海关、税务、外汇管理等部门应当为边境贸易提供便利。\n",
     {"海关部门", "税务部门", "外汇管理部门"}),
    ("hl-parties-no-organ", "黑龙江省", "province",
     HEAD + "第三十条 当事人对处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。经营者应当建立进货查验制度，消费者有权投诉举报。\n",
     set()),
    ("bj-district-government-statute", "北京市", "province",
     HEAD + "第五条 区人民政府负责本行政区域内的管理工作，街道办事处、乡镇人民政府负责具体组织实施。\n",
     {"区人民政府", "街道办事处", "乡镇人民政府"}),
    ("cn-1990s-state-council-authorities", "全国", "central",
     "第一章 总则\n第一条 为了加强管理，制定本条例。\n第四条 国务院计划部门、国务院经济综合主管部门和国务院有关部门按照各自职责做好相关工作。\n",
     {"国务院计划部门", "国务院经济综合主管部门", "国务院有关部门"}),
    ("hn-appointing-authorities", "湖南省", "province",
     HEAD + "第二十八条 对直接负责的主管人员和其他直接责任人员，由其所在单位或者任免机关依法给予处分。\n",
     {"任免机关"}),
    ("jx-penalties-amounts", "江西省", "province",
     HEAD + "第三十二条 违反本条例第十条规定的，责令限期改正，处一千元以上一万元以下罚款；构成犯罪的，依法追究刑事责任。\n",
     set()),
    ("sx-1998-county-above-local-each", "山西省", "province",
     HEAD + "第三条 县级以上地方各级人民政府应当加强对农业机械化工作的领导。县级以上农业机械化行政主管部门负责本行政区域内的农业机械化管理工作。\n",
     {"县级以上地方各级人民政府", "县级以上农业机械化行政主管部门"}),
    ("ln-city-statute-own-levels", "辽宁省大连市", "prefecture",
     "第一章 总则\n第一条 为了加强城市绿化管理，制定本条例。\n第四条 市城市园林绿化行政主管部门负责全市的城市绿化工作。区（市）县城市园林绿化行政主管部门负责本行政区域内的城市绿化工作。\n",
     {"大连市城市园林绿化行政主管部门", "区（市）县城市园林绿化行政主管部门"}),
]

LEFT: set[str] = set()


if __name__ == "__main__":  # (run, halves and counts: tests/s16organs_stress.py)
    sys.path.insert(0, ".")
    from tests.s16organs_stress import main
    main(CASES, sys.argv[1:])
