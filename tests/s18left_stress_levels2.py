"""Second stress set of session 18 (s18-left), class 2 (organs of 盟, 地区, 旗, 自治旗, 林区, 特区 and county-level cities),
written after the first set's fixes, before any further fix: the administrations' own departments and offices written
with 行署/公署 (行署各部门, 盟公署办公室), the banners' and leagues' people's congresses, CPPCC, courts, people's
organisations and direct units, a county-level city's 市直 and 市委 bodies, a prefecture's notice naming its banners'
and counties' organs; precision paragraphs (旗下, 盟友, 行署路, 林区公路, 特区精神). Complete output written down.
Split: even positions FIX, odd HELD (`python3 tests/s18left_stress_levels2.py fix|held`).
"""
from __future__ import annotations

import sys

sys.path.insert(0, ".")
from tests.s18left_stress_levels import main  # same harness (departments only)

CASES = [
    ("xj-xingshu-departments", "新疆维吾尔自治区塔城地区", "prefecture",
     "一、工作要求\n（一）压实责任。行署各部门要按照职责分工抓好落实，地区直有关单位要积极配合。\n",
     {"塔城地区行政公署各部门"}),
    ("xj-xingshu-road-precision", "新疆维吾尔自治区塔城地区", "prefecture",
     "一、工作要求\n（一）改善交通。加快行署路改造，推进林区公路建设，弘扬特区精神，旗下企业加快转型。\n",
     set()),
    ("nm-league-gongshu-office", "内蒙古自治区兴安盟", "prefecture",
     "一、保障措施\n（一）加强督查。盟公署办公室、盟委办公室要加强督查，盟直各部门按职责抓好落实。\n",
     {"兴安盟行政公署办公室", "中共兴安盟委办公室", "兴安盟直各部门"}),
    ("nm-banner-congress-cppcc", "内蒙古自治区赤峰市克什克腾旗", "county",
     "一、保障措施\n（一）强化监督。旗人大常委会、旗政协要加强监督，旗人民法院、旗人民检察院依法履职，团旗委、旗妇联积极参与。\n",
     {"克什克腾旗人民代表大会常务委员会", "中国人民政治协商会议克什克腾旗委员会", "克什克腾旗人民法院",
      "克什克腾旗人民检察院", "共青团克什克腾旗委员会", "克什克腾旗妇女联合会"}),
    ("nm-banner-direct-units", "内蒙古自治区赤峰市克什克腾旗", "county",
     "一、保障措施\n（一）压实责任。旗直各部门要各司其职，旗直各单位要积极配合，各苏木乡镇人民政府要落实属地责任。\n",
     {"克什克腾旗直各部门", "各苏木乡镇人民政府"}),
    ("nm-league-precision", "内蒙古自治区兴安盟", "prefecture",
     "一、发展目标\n（一）深化合作。与周边盟市结成发展盟友，推进盟域经济协调发展，全盟各族群众生活水平明显提高。\n",
     set()),
    ("hlj-county-city-direct", "黑龙江省黑河市五大连池市", "county",
     "一、工作措施\n（一）强化保障。市委组织部、市委宣传部负责，市直各部门配合，黑河市生态环境局五大连池分局给予指导。\n",
     {"中共五大连池市委组织部", "中共五大连池市委宣传部", "五大连池市直各部门", "黑河市生态环境局五大连池分局"}),
    ("hlj-county-city-party-gov", "黑龙江省黑河市五大连池市", "county",
     "一、工作措施\n（一）加强领导。市委、市政府成立工作专班，市发改局、市财政局、市自然资源局为成员单位。\n",
     {"中共五大连池市委员会", "五大连池市人民政府", "五大连池市发展和改革局", "五大连池市财政局", "五大连池市自然资源局"}),
    ("nm-pref-city-banners", "内蒙古自治区通辽市", "prefecture",
     "一、重点任务\n（一）推进草原保护。科左中旗人民政府、奈曼旗人民政府、库伦旗人民政府负责，市林草局加强指导。\n",
     {"科尔沁左翼中旗人民政府", "奈曼旗人民政府", "库伦旗人民政府", "通辽市林业和草原局"}),
    ("hb-forest-district-youth", "湖北省神农架林区", "county",
     "一、保障措施\n（一）凝聚合力。团林区委、林区妇联、林区总工会要发挥作用，林区直各部门要各负其责。\n",
     {"共青团神农架林区委员会", "神农架林区妇女联合会", "神农架林区总工会", "神农架林区直各部门"}),
    ("xz-prefecture-ali", "西藏自治区阿里地区", "prefecture",
     "一、重点任务\n（一）加强边境建设。地委、行署高度重视，地区发展改革委牵头，地区财政局、地区住房城乡建设局配合。\n",
     {"中共阿里地区委员会", "阿里地区行政公署", "阿里地区发展和改革委员会", "阿里地区财政局", "阿里地区住房和城乡建设局"}),
    ("gz-special-district-party", "贵州省六盘水市六枝特区", "county",
     "一、保障措施\n（一）加强领导。特区党委、特区政府统筹推进，特区直各部门抓好落实。\n",
     {"中共六枝特区委员会", "六枝特区人民政府", "六枝特区直各部门"}),
]

if __name__ == "__main__":
    main(CASES, sys.argv[1:])
