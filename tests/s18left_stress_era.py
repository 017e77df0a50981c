"""Stress set of session 18 (s18-left), class 3: organs of their era written short (spec 1.1 section 5: merged or
renamed organs expand to their full official name of the time, as written): 纠风办, 信息办, 双拥办, 房改办, 整规办, and
Inner Mongolia's banners written short (科右前旗, 达茂旗…: the names their own organs sign with); precision paragraphs
with the same characters in ordinary words (纠风工作, 信息办理, 房改房, 双拥模范城). Complete output written down.
1990s-2000s county and city notices of Henan, Shaanxi, Jiangxi, Liaoning, Inner Mongolia, Yunnan; none copied from a
corpus notice. Split: even positions FIX, odd HELD.
"""
from __future__ import annotations

import sys

sys.path.insert(0, ".")
from tests.s18left_stress_levels import counts, half, main  # same harness (departments only)

CASES = [
    ("ha-2004-city-jiufeng", "河南省洛阳市", "prefecture",
     "一、工作措施\n（一）加强监督检查。市纠风办牵头，市监察局、市物价局配合，每季度开展一次专项检查。\n",
     {"洛阳市纠正行业不正之风办公室", "洛阳市监察局", "洛阳市物价局"}),
    ("ha-2004-city-jiufeng-precision", "河南省洛阳市", "prefecture",
     "一、工作措施\n（一）深化纠风工作。把纠风工作与行风评议结合起来，推动政务信息办理提速，房改房上市交易更加规范。\n",
     set()),
    ("sn-2003-county-xinxiban", "陕西省宝鸡市凤翔县", "county",
     "一、主要任务\n（一）推进电子政务建设。县信息办负责，县财政局、县人事局配合。\n",
     {"凤翔县信息化工作办公室", "凤翔县财政局", "凤翔县人事局"}),
    ("sn-2003-county-shuangyong-precision", "陕西省宝鸡市凤翔县", "county",
     "一、主要任务\n（一）创建双拥模范县。巩固双拥模范城创建成果，深入开展双拥共建活动。\n",
     set()),
    ("jx-1999-city-fanggaiban", "江西省九江市", "prefecture",
     "一、工作要求\n（一）推进住房制度改革。市房改办会同市财政局、市国土局做好公有住房出售工作。\n",
     {"九江市住房制度改革办公室", "九江市财政局", "九江市国土资源局"}),
    ("ln-2002-county-shuangyongban", "辽宁省铁岭市西丰县", "county",
     "一、工作措施\n（一）做好优抚安置。县双拥办、县民政局要加强协调，县人武部积极配合。\n",
     {"西丰县双拥工作领导小组办公室", "西丰县民政局", "西丰县人民武装部"}),
    ("yn-2002-pref-zhenggui", "云南省曲靖市", "prefecture",
     "一、重点工作\n（一）整顿和规范市场经济秩序。市整规办负责综合协调，市工商局、市质监局按职责分工负责。\n",
     {"曲靖市整顿和规范市场经济秩序领导小组办公室", "曲靖市工商行政管理局", "曲靖市质量技术监督局"}),
    ("nm-banner-short-kyqq", "内蒙古自治区兴安盟", "prefecture",
     "一、重点任务\n（一）推进乡村振兴。科右前旗人民政府、扎赉特旗人民政府要加强组织领导，盟农牧局加强指导。\n",
     {"科尔沁右翼前旗人民政府", "扎赉特旗人民政府", "兴安盟农牧局"}),
    ("nm-banner-short-dmq", "内蒙古自治区包头市", "prefecture",
     "一、重点任务\n（一）加强边境管理。达茂旗人民政府、土右旗人民政府负责，市公安局配合。\n",
     {"达尔罕茂明安联合旗人民政府", "土默特右旗人民政府", "包头市公安局"}),
    ("nm-banner-short-precision", "内蒙古自治区包头市", "prefecture",
     "一、重点任务\n（一）发展特色旅游。打造土右旗美岱召、达茂旗草原等精品景区，推动旅游提质增效。\n",
     set()),
    ("ha-2006-county-jiufeng-xinxi", "河南省南阳市西峡县", "county",
     "一、保障措施\n（一）强化监督。县纠风办、县信息办要加强督查，确保各项措施落到实处。\n",
     {"西峡县纠正行业不正之风办公室", "西峡县信息化工作办公室"}),
    ("nm-banner-short-alxzq", "内蒙古自治区阿拉善盟", "prefecture",
     "一、重点任务\n（一）加强生态保护。阿左旗人民政府、阿右旗人民政府、额济纳旗人民政府要落实属地责任。\n",
     {"阿拉善左旗人民政府", "阿拉善右旗人民政府", "额济纳旗人民政府"}),
]

if __name__ == "__main__":
    sys.path.insert(0, ".")
    main(CASES, sys.argv[1:])
