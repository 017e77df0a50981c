"""Organ names by their grammar (issue 12, session 7): organs nobody listed, at every level and era.
Snippets written for these tests in the style of provinces, levels and eras other than the opened
notices (Inner Mongolia banners, autonomous prefectures, 1990s-2000s county bureaus, State Council
replies, townships of Anhui and Sichuan)."""
from tests.test_organs_s5 import _run


def test_banner_and_league_organs_outside_the_alias_table():
    # an Inner Mongolia banner plan: 旗/盟 + a stem the table does not hold
    names, triples = _run("一、工作任务\n（一）旗草原监督管理局负责，盟生态环境局、旗蒙医药管理局配合。红旗渠管理局不是本旗机关。\n",
                          "内蒙古自治区锡林郭勒盟正蓝旗", "county")
    assert names == {"正蓝旗草原监督管理局": "旗草原监督管理局", "锡林郭勒盟生态环境局": "盟生态环境局",
                     "正蓝旗蒙医药管理局": "旗蒙医药管理局"}
    assert triples == {("一/(一)", "正蓝旗草原监督管理局", "responsible"), ("一/(一)", "锡林郭勒盟生态环境局", "co"),
                       ("一/(一)", "正蓝旗蒙医药管理局", "co")}


def test_autonomous_prefectures_written_short_before_their_organs():
    # a Guizhou provincial notice naming prefectures' organs (spec 1.1 section 5: 阿坝州 -> 阿坝藏族羌族自治州)
    names, _ = _run("一、工作任务\n（一）黔东南州林业局、恩施州民宗委、湘西州文旅局负责，阿坝州茶产业发展办公室配合。\n",
                    "贵州省", "province")
    assert names == {"黔东南苗族侗族自治州林业局": "黔东南州林业局",
                     "恩施土家族苗族自治州民族宗教事务委员会": "恩施州民宗委",
                     "湘西土家族苗族自治州文化和旅游局": "湘西州文旅局",
                     "阿坝藏族羌族自治州茶产业发展办公室": "阿坝州茶产业发展办公室"}


def test_older_county_bureaus_written_short():
    # a Hubei county notice of the early 2000s
    names, _ = _run("一、工作任务\n（一）县乡企局、县农机局、县农开办、县水保局负责，县计委、县计经委、县交运局配合。"
                    "实行会计委派制度。\n", "湖北省荆州市监利县", "county")
    # (s22-org: 农机局 kept as written, guide D40: 农业机械管理局 or 农业机械化管理局 by place)
    assert names == {"监利县乡镇企业局": "县乡企局", "监利县农机局": "县农机局",
                     "监利县农业综合开发办公室": "县农开办", "监利县水土保持局": "县水保局",
                     "监利县计划委员会": "县计委", "监利县计划经济委员会": "县计经委", "监利县交通运输局": "县交运局"}


def test_short_forms_of_the_market_regulators_and_courts():
    # a Guizhou county plan (2015-2019 names) and a Hunan county's 法院/检察院 written short
    names, _ = _run("一、工作任务\n（一）县食药局、县市监局、县法院、县检察院负责。当事人可以向法院起诉。\n",
                    "贵州省毕节市大方县", "county")
    assert names == {"大方县食品药品监督管理局": "县食药局", "大方县市场监督管理局": "县市监局",
                     "大方县人民法院": "县法院", "大方县人民检察院": "县检察院"}


def test_places_listed_before_one_government():
    # a State Council reply: each place listed before 人民政府 is its own government (a shared head)
    names, _ = _run("一、工作任务\n（一）请北京市、天津市、河北省人民政府抓好落实。湖北省、宜昌市人民政府要做好群众安置。"
                    "江苏省、浙江省人民政府办公厅负责联络。\n", "全国", "central")
    assert names == {"北京市人民政府": "北京市", "天津市人民政府": "天津市", "河北省人民政府": "河北省人民政府",
                     "湖北省人民政府": "湖北省", "宜昌市人民政府": "宜昌市人民政府",
                     "江苏省人民政府办公厅": "江苏省", "浙江省人民政府办公厅": "浙江省人民政府办公厅"}


def test_township_discipline_youth_and_womens_organs():
    # a Sichuan township notice: the town's 纪委, 团委 and 妇联 (party, league and federation of the town)
    names, _ = _run("一、工作任务\n（一）乡党委、乡政府负责，乡人大主席团、乡纪委、乡武装部、乡妇联、乡团委配合。\n",
                    "四川省甘孜藏族自治州理塘县禾尼乡", "township")
    chain = "理塘县禾尼乡"  # (s9: a town's organs carry its county, not the province)
    assert names == {f"中共{chain}委员会": "乡党委", f"{chain}人民政府": "乡政府",
                     f"{chain}人民代表大会主席团": "乡人大主席团", f"中共{chain}纪律检查委员会": "乡纪委",
                     f"{chain}人民武装部": "乡武装部", f"{chain}妇女联合会": "乡妇联", f"共青团{chain}委员会": "乡团委"}


def test_county_party_work_committee_towns_sharing_a_head_and_village_committees():
    # a Gansu county notice and a Shaanxi county notice, an Anhui township's 村（居）委会
    names, _ = _run("一、工作任务\n（一）县直机关工委、县委老干部局负责。\n", "甘肃省定西市通渭县", "county")
    assert names == {"中共通渭县直属机关工作委员会": "县直机关工委", "中共通渭县委老干部局": "县委老干部局"}
    names, _ = _run("一、工作任务\n（一）各乡（镇）党委、政府负责。\n", "陕西省汉中市镇巴县", "county")
    assert names == {"各乡（镇）党委": "各乡（镇）党委、政府", "各乡（镇）政府": "各乡（镇）党委、政府"}
    # villages' and residents' committees are self-governing bodies (宪法 第一百一十一条), not organs
    names, _ = _run("一、工作任务\n（一）镇人民政府负责，协调各居委会、业委会参与，镇纪委配合。\n",
                    "安徽省六安市霍邱县城关镇", "township")
    assert names == {"霍邱县城关镇人民政府": "镇人民政府",
                     "中共霍邱县城关镇纪律检查委员会": "镇纪委"}


def test_state_council_short_forms_of_its_offices():
    names, _ = _run("一、工作任务\n（一）国务院台办、国务院港澳办负责。\n", "全国", "central")
    assert names == {"国务院台湾事务办公室": "国务院台办", "国务院港澳事务办公室": "国务院港澳办"}


def test_inner_mongolia_places_of_a_kind_and_words_holding_banner_or_league():
    # an Inner Mongolia regional notice: 盟市旗县 / 旗县市区 are places of a kind (collectives as written);
    # 旗帜, 加盟, 旗下, 联盟 are words, not a banner's or league's organs
    names, _ = _run("一、工作任务\n（一）盟市旗县政府负责，各旗县市区教育局配合。高举旗帜，推动加盟企业发展，旗下公司办理，"
                    "联盟理事会办公室负责。\n", "内蒙古自治区", "province")
    assert names == {"盟市旗县政府": "盟市旗县政府", "各旗县市区教育局": "各旗县市区教育局"}


def test_stems_holding_a_function_character():
    # a Hunan county of the 2000s and a Jiangxi city: 有, 以, 对, 与 inside the stem (organ_stem_words.tsv)
    names, triples = _run("一、工作任务\n（一）县国有资产管理局牵头，县以工代赈办公室、县对口支援办公室配合。\n",
                          "湖南省岳阳市平江县", "county")
    assert names == {"平江县国有资产管理局": "县国有资产管理局", "平江县以工代赈办公室": "县以工代赈办公室",
                     "平江县对口支援办公室": "县对口支援办公室"}
    assert triples == {("一/(一)", "平江县国有资产管理局", "lead"), ("一/(一)", "平江县以工代赈办公室", "co"),
                       ("一/(一)", "平江县对口支援办公室", "co")}
    names, _ = _run("一、工作任务\n（一）市教育与体育局、市对外贸易经济合作局负责，市财政局与市税务局配合。\n", "江西省九江市", "prefecture")
    assert names == {"九江市教育与体育局": "市教育与体育局", "九江市对外贸易经济合作局": "市对外贸易经济合作局",
                     "九江市财政局": "市财政局", "国家税务总局九江市税务局": "市税务局"}


def test_a_ministrys_general_office_and_departments():
    # a State Council notice: 办公厅 and 司 written after their ministry are its divisions (guide D19)
    names, _ = _run("一、工作任务\n（一）教育部办公厅、国家发展改革委办公厅、财政部社会保障司、教育部职业教育与成人教育司负责。"
                    "国资委监管企业公司、最高人民法院司法解释、公安部司机培训。\n", "全国", "central")
    assert names == {"教育部办公厅": "教育部办公厅", "国家发展和改革委员会办公厅": "国家发展改革委办公厅",
                     "财政部社会保障司": "财政部社会保障司", "教育部职业教育与成人教育司": "教育部职业教育与成人教育司",
                     "国务院国有资产监督管理委员会": "国资委", "最高人民法院": "最高人民法院", "公安部": "公安部"}
    # a 司 written short: its full name from the ministry's 三定 (organ_divisions.tsv)
    names, _ = _run("一、工作任务\n（一）国家卫生健康委老龄司、教育部职成司、人力资源社会保障部就业司负责。\n", "全国", "central")
    assert names == {"国家卫生健康委员会老龄健康司": "国家卫生健康委老龄司", "教育部职业教育与成人教育司": "教育部职成司",
                     "人力资源和社会保障部就业促进司": "人力资源社会保障部就业司"}


def test_city_commissions_and_offices_written_short():
    # a Guangdong city notice of the 2000s-2010s: 委 written short after 市; 交委/商委 only after a level
    names, _ = _run("一、工作任务\n（一）市交委、市外经委、市城乡建委、市商委、市绿化委、市三防办负责。移交委托书，协商委托。\n",
                    "广东省佛山市", "prefecture")
    assert names == {"佛山市交通委员会": "市交委", "佛山市对外经济贸易委员会": "市外经委", "佛山市城乡建设委员会": "市城乡建委",
                     "佛山市商务委员会": "市商委", "佛山市绿化委员会": "市绿化委", "佛山市三防指挥部办公室": "市三防办"}
    names, _ = _run("一、工作任务\n（一）县府办、县财政局负责。省府办公厅协调。政府办事大厅。\n", "江苏省徐州市丰县", "county")
    assert names == {"丰县人民政府办公室": "县府办", "丰县财政局": "县财政局", "江苏省人民政府办公厅": "省府办公厅"}
    names, _ = _run("一、工作任务\n（一）武警部队、新疆生产建设兵团、国家森防指负责，新疆生产建设兵团医疗保障局配合。\n",
                    "全国", "central")
    assert names == {"中国人民武装警察部队": "武警部队", "新疆生产建设兵团": "新疆生产建设兵团",
                     "国家森林草原防灭火指挥部": "国家森防指", "新疆生产建设兵团医疗保障局": "新疆生产建设兵团医疗保障局"}


def test_an_organ_before_a_persons_title_ends_at_its_head():
    # a Hubei county's appointment notice (2000s): 县教育局长 names 县教育局; 任县… is 任 (to hold) + 县
    names, _ = _run("一、工作任务\n（一）县教育局长张三同志任县委办主任，县农机局长李四兼任县乡企局副局长。\n",
                    "湖北省荆州市监利县", "county")
    assert names == {"监利县教育局": "县教育局", "中共监利县委办公室": "县委办", "监利县农机局": "县农机局",
                     "监利县乡镇企业局": "县乡企局"}


def test_committee_departments_and_congress_offices_in_members_titles():
    # a Henan county's leading group (members named by title): 县委常委、组织部部长 is the 县委's 组织部;
    # 县政协办公室主任 and 县人大常委会办公室主任 are those bodies' offices
    names, _ = _run("一、组织领导\n成立工作领导小组，副组长：县委常委、组织部部长，县委常委、政法委书记，县委常委、纪委书记；"
                    "成员：县政协办公室主任、县人大常委会办公室主任。\n", "河南省南阳市镇平县", "county")
    assert names == {"中共镇平县委员会": "县委", "中共镇平县委组织部": "组织部", "中共镇平县委政法委员会": "政法委",
                     "中共镇平县纪律检查委员会": "纪委",
                     "中国人民政治协商会议镇平县委员会办公室": "县政协办公室",
                     "镇平县人民代表大会常务委员会办公室": "县人大常委会办公室"}


def test_places_written_short_before_one_government_and_the_bank_closing_a_central_list():
    # a Henan provincial notice: 郑州、洛阳 share 开封市政府's level and head
    names, _ = _run("一、工作任务\n（一）郑州、洛阳、开封市政府配合，河南省、湖北省政府负责。推动政府和社会资本合作。\n",
                    "河南省", "province")
    assert names == {"郑州市人民政府": "郑州", "洛阳市人民政府": "洛阳", "开封市人民政府": "开封市政府",
                     "河南省人民政府": "河南省", "湖北省人民政府": "湖北省政府"}
    # a State Council notice: 人民银行 closing a list of named organs is the bank, not a sector
    names, _ = _run("一、工作任务\n（一）发展改革委、财政部、人民银行等部门和单位按职责分工负责。\n", "全国", "central")
    assert names == {"国家发展和改革委员会": "发展改革委", "财政部": "财政部", "中国人民银行": "人民银行等部门"}


def test_county_seat_towns_and_named_towns_party_committees():
    # a Henan county notice: 城关镇 (the county seat's town) and the towns' party committees
    names, triples = _run("一、工作任务\n（一）城关镇党委、城关镇人民政府负责，新华街道党工委、城东街道办事处配合。\n",
                          "河南省信阳市固始县", "county")
    assert names == {"中共固始县城关镇委员会": "城关镇党委", "固始县城关镇人民政府": "城关镇人民政府",
                     "中共固始县新华街道工作委员会": "新华街道党工委", "固始县城东街道办事处": "城东街道办事处"}
    assert triples == {("一/(一)", "中共固始县城关镇委员会", "responsible"), ("一/(一)", "固始县城关镇人民政府", "responsible"),
                       ("一/(一)", "中共固始县新华街道工作委员会", "co"), ("一/(一)", "固始县城东街道办事处", "co")}
    # a verb before 镇党委 is no town (a Zhejiang township's own 办法): only towns of the national table
    names, _ = _run("一、工作任务\n（一）项目须先提交镇党委会议审议，再报镇党委备案。\n", "浙江省湖州市长兴县和平镇", "township")
    assert names == {"中共长兴县和平镇委员会": "镇党委"}


def test_collectives_of_places_of_a_kind_at_every_level():
    # a Jiangxi county, a Yunnan provincial notice (州（市）), an Inner Mongolia notice (各委、办、厅、局)
    names, _ = _run("一、工作任务\n（一）县直属各单位要落实。各市、县人民政府负责，各设区市人民政府配合。\n",
                    "江西省赣州市于都县", "county")
    # (县直属各单位: units of the level, no departments: guide D30, session 14c)
    assert names == {"各市、县人民政府": "各市、县人民政府", "各设区市人民政府": "各设区市人民政府"}
    names, _ = _run("一、工作任务\n（一）各州（市）人民政府、州（市）级有关部门、省级各有关部门负责。\n", "云南省", "province")
    assert names == {"各州（市）人民政府": "各州（市）人民政府", "州（市）级有关部门": "州（市）级有关部门",
                     "省级各有关部门": "省级各有关部门"}  # (s21-org: a level word kept as written, guide D35 of S20; b3 d078
    # gold brought to D35 in session 21; session 14 had written the own level out)
    names, _ = _run("一、工作任务\n（一）自治区各委、办、厅、局负责。\n", "内蒙古自治区", "province")
    # session 14: the written 自治区 prefix is written out (spec 1.1 section 5: 市各行业主管部门 -> 钦州市各行业主管部门)
    assert names == {"内蒙古自治区各委、办、厅、局": "自治区各委、办、厅、局"}


def test_provincial_bodies_and_the_governments_own_bodies_written_short():
    # a Hunan provincial notice: 省政府国资委 is the government's commission (its full name), 省供销合作社联合社
    # the federation of co-operatives written in the generic form ((s30-org) guide D103: named by the province's own
    # full name, 湖南省供销合作总社, organ_provincial_cooperatives.tsv; the A4 a43 gold)
    names, _ = _run("一、工作任务\n（一）省政府国资委、省政府金融办、省供销合作社联合社、省国防科工办、省监狱管理局负责。\n",
                    "湖南省", "province")
    assert names == {"湖南省人民政府国有资产监督管理委员会": "省政府国资委", "湖南省人民政府金融工作办公室": "省政府金融办",
                     "湖南省供销合作总社": "省供销合作社联合社", "湖南省国防科学技术工业办公室": "省国防科工办",
                     "湖南省监狱管理局": "省监狱管理局"}


def test_a_sectors_department_of_the_2013_2018_structure_by_level():
    # Sichuan notices of 2015: a prefecture's 卫生计生 department is its commission, a county's its bureau
    names, _ = _run("一、工作任务\n（一）市卫生计生部门、市工商部门负责。\n", "四川省绵阳市", "prefecture")
    assert names == {"绵阳市卫生和计划生育委员会": "市卫生计生部门", "绵阳市工商行政管理局": "市工商部门"}
    names, _ = _run("一、工作任务\n（一）县卫生计生部门、县质监部门负责。\n", "四川省绵阳市三台县", "county")
    assert names == {"三台县卫生和计划生育局": "县卫生计生部门", "三台县质量技术监督局": "县质监部门"}


def test_a_street_documents_own_party_work_committee_and_its_districts_organs():
    # a Wuhan street office's notice: 街道党工委 is the party's work committee of the street
    names, _ = _run("一、工作任务\n（一）街道党工委、街道办事处负责，区民政局、区委政法委、区纪委指导。\n",
                    "湖北省武汉市江岸区新村街道", "township")
    chain = "武汉市江岸区新村街道"  # (s9: a town's organs carry its county, not the province)
    assert names == {f"中共{chain}工作委员会": "街道党工委", f"{chain}办事处": "街道办事处",
                     "武汉市江岸区民政局": "区民政局", "中共武汉市江岸区委政法委员会": "区委政法委",
                     "中共武汉市江岸区纪律检查委员会": "区纪委"}
