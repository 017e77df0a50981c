"""(s16-kindorg) Stress set: organs of 自治州 / 盟 / 地区 / 旗 notices named by their bare level word, and notices of
ordinary cities and provinces where 地区/州/旗/盟 are words. Each case: (text, region, level, expected department
names). Every case is a full expected set: an item outside it is spurious. Split by a fixed rule: even indexes are
the FIX half, odd indexes the HELD half (run only at BASE and at the final commit)."""

CASES = [
    # 0 自治州: a working body and a collective after a verb
    ("三、保障措施\n（一）加强组织领导。州先进装备制造业发展领导小组统筹推进，督促州有关部门落实责任，州工业和信息化局牵头。\n",
     "四川省甘孜藏族自治州", "prefecture",
     {"甘孜藏族自治州先进装备制造业发展领导小组", "甘孜藏族自治州有关部门", "甘孜藏族自治州工业和信息化局"}),
    # 1 地区: a working body and a list of bureaus
    ("（二）强化协调。地区招商引资工作专班负责对接，地区科技局、地区水利局按职责分工负责。\n",
     "新疆维吾尔自治区阿勒泰地区", "prefecture",
     {"阿勒泰地区招商引资工作专班", "阿勒泰地区科学技术局", "阿勒泰地区水利局"}),
    # 2 地区: a sector authority after 由
    ("第五条 由地区生态环境行政主管部门负责监督管理，各县人民政府配合。\n",
     "西藏自治区阿里地区", "prefecture",
     {"阿里地区生态环境行政主管部门", "各县人民政府"}),
    # 3 盟: a collective after a verb
    ("（三）要求盟有关部门加强督导，盟财政局做好资金保障。\n",
     "内蒙古自治区阿拉善盟", "prefecture",
     {"阿拉善盟有关部门", "阿拉善盟财政局"}),
    # 4 旗: a determiner 旗属
    ("（一）旗属国有企业主管部门要加强监管，旗财政局配合。\n",
     "内蒙古自治区赤峰市克什克腾旗", "county",
     {"旗属国有企业主管部门", "克什克腾旗财政局"}),
    # 5 地区: a list with the second bureau written with the level again
    ("二、职责分工\n地区发展和改革委员会、地区自然资源局负责用地保障，地区交通运输局负责道路建设。\n",
     "新疆维吾尔自治区喀什地区", "prefecture",
     {"喀什地区发展和改革委员会", "喀什地区自然资源局", "喀什地区交通运输局"}),
    # 6 自治州: 推动 + collective
    ("（四）推动州有关部门和各县（市）人民政府加强协作。\n",
     "贵州省黔东南苗族侗族自治州", "prefecture",
     {"黔东南苗族侗族自治州有关部门", "各县（市）人民政府"}),
    # 7 旗: 旗属 with a sector and a collective
    ("（二）旗属各部门要按照分工抓好落实，旗发展和改革委员会牵头。\n",
     "内蒙古自治区锡林郭勒盟正蓝旗", "county",
     {"旗属各部门", "正蓝旗发展和改革委员会"}),
    # 8 precision: a province notice with 地区 as a word
    ("各市（州）人民政府，省政府各部门：\n一、支持贫困地区发展特色产业，各地区各部门要高度重视。二、省发展改革委会同省财政厅负责。\n",
     "甘肃省", "province",
     # (corrected after the BASE run by the spec, not by the output: the addressee line is outside the body, spec
     # line 36; `各地区各部门` is a collective, spec line 185)
     {"各地区各部门", "甘肃省发展和改革委员会", "甘肃省财政厅"}),
    # 9 precision: a city notice (广州) with 地区 and 州 inside words
    ("一、推动粤港澳大湾区与周边地区协同发展，广州市商务局会同市发展改革委负责，加强与杭州等地区合作。\n",
     "广东省广州市", "prefecture",
     {"广州市商务局", "广州市发展和改革委员会"}),
    # 10 precision: a Heilongjiang city notice, 地区 as a word after a verb
    ("（三）推动地区经济协调发展。市工业和信息化局负责，带动地区就业。\n",
     "黑龙江省牡丹江市", "prefecture",
     {"牡丹江市工业和信息化局"}),
    # 11 precision: a Guangxi county notice, 红旗 and 联盟 words
    ("一、开展红旗渠精神教育，组建产业联盟。县教育局负责，县科技局配合。\n",
     "广西壮族自治区百色市凌云县", "county",
     {"凌云县教育局", "凌云县科学技术局"}),
    # 12 precision: a Hainan city, 地区 after 、 in a list of places
    ("（一）加强与东南亚国家、港澳地区合作，市商务局负责。\n",
     "海南省三亚市", "prefecture",
     {"三亚市商务局"}),
    # 13 precision: a province (Chongqing-style municipality district) with 各地区有关部门
    ("各地区有关部门要加强协作，区发展改革委负责统筹。\n",
     "重庆市黔江区", "county",
     {"各地区有关部门", "重庆市黔江区发展和改革委员会"}),
    # 14 自治州 notice: 州属 determiner and 州直 collective
    ("（五）州直有关部门要加强指导，州属国有企业主管部门负责监管。\n",
     "吉林省延边朝鲜族自治州", "prefecture",
     {"延边朝鲜族自治州直有关部门", "州属国有企业主管部门"}),
    # 15 地区: 地委 and 行署
    ("（一）地委组织部、行署办公室负责，地区对口支援工作领导小组协调推进。\n",
     "新疆维吾尔自治区和田地区", "prefecture",
     {"中共和田地委组织部", "和田地区行政公署办公室", "和田地区对口支援工作领导小组"}),
]
FIX = CASES[0::2]
HELD = CASES[1::2]
