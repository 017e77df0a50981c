"""Session 9 (s9-collectives): unnamed organs by construction class — collectives as written, bare-sector
lists, function-named authorities, short county and township organs. Every snippet was written for these
tests in the style of offices of other provinces, levels and eras (not copied from any corpus)."""


from tests.snippets import organs as _organs


def _item(body: str) -> str:
    return "一、工作任务\n（一）" + body + "\n"


# --- class 2: bare-sector lists -------------------------------------------------------------------

def test_a_sector_list_joined_by_he_ji_yiji_names_every_sector():
    # 和 / 及 / 以及 / 与 join the last sector as 、 does (spec 1.1 section 5: each bare sector its 部门)
    cases = [
        ("由民政部门牵头，财政、人社和卫生计生部门配合。", "山东省临沂市", "prefecture",
         {"民政部门": "民政部门", "财政部门": "财政", "人社部门": "人社", "卫生计生部门": "卫生计生"}),
        ("公安、交通运输及应急管理等有关部门要加强联动。", "宁夏回族自治区银川市", "prefecture",
         {"公安部门": "公安", "交通运输部门": "交通运输", "应急管理部门": "应急管理"}),
        ("教育和人力资源社会保障部门负责组织实施。", "福建省", "province",
         {"教育部门": "教育", "人力资源社会保障部门": "人力资源社会保障"}),
        ("联合公安、市场监管、卫生健康以及生态环境等部门开展专项整治。", "江苏省南京市江宁区", "county",
         {"公安部门": "公安", "市场监管部门": "市场监管", "卫生健康部门": "卫生健康", "生态环境部门": "生态环境"}),
        ("财政与审计部门要加强资金监管。", "甘肃省天水市", "prefecture",
         {"财政部门": "财政", "审计部门": "审计"}),
    ]
    for body, region, level, expected in cases:
        assert _organs(_item(body), region, level) == expected, body


def test_a_full_name_with_he_stays_one_sector():
    # 人力资源和社会保障, 住房和城乡建设, 工业和信息化 are one word each, not two sectors joined by 和
    names = _organs(_item("住房和城乡建设、工业和信息化等部门负责，人力资源和社会保障部门配合。"), "湖南省", "province")
    assert names == {"住房和城乡建设部门": "住房和城乡建设", "工业和信息化部门": "工业和信息化",
                     "人力资源和社会保障部门": "人力资源和社会保障部门"}


def test_a_levels_list_joined_by_he_names_the_levels_bureaus():
    # a Hubei county: 县 written before the list shares the level with every sector, 和 included
    names = _organs(_item("县发改、财政和自然资源部门要密切配合。"), "湖北省黄冈市蕲春县", "county")
    assert names == {"蕲春县发展和改革局": "县发改", "蕲春县财政局": "财政", "蕲春县自然资源局": "自然资源"}


def test_sectors_written_short_or_named_by_their_field():
    # 应急 (应急管理 written short), 外汇管理, 城乡规划 are sectors of their own
    assert _organs(_item("县应急、消防、市场监管等部门配合。"), "四川省南充市营山县", "county") == {
        "营山县应急管理局": "县应急", "营山县消防部门": "消防", "营山县市场监督管理局": "市场监管"}
    # (s33-articles: the listed sector without a bureau of its own is written out with the region, spec 1.1 section 5's
    # written level prefix, as A33 a391's 柳州市公安机关交通管理部门; before, it stayed `县消防部门`)
    assert _organs(_item("海关、税务、外汇管理部门要加强协作。"), "广东省", "province") == {
        "海关部门": "海关", "税务部门": "税务", "外汇管理部门": "外汇管理"}
    assert _organs(_item("国土资源行政主管部门会同城乡规划行政主管部门审查。"), "吉林省", "province") == {
        "国土资源行政主管部门": "国土资源行政主管部门", "城乡规划行政主管部门": "城乡规划行政主管部门"}


def test_market_regulation_department_is_not_the_city_plus_a_word():
    # 市场监督管理部门 in a prefecture's or county's notice: 市 opens 市场, it is no level marker
    for region, level in (("河南省洛阳市", "prefecture"), ("浙江省衢州市江山市", "county"), ("河南省", "province")):
        assert _organs(_item("市场监督管理部门负责监管。"), region, level) == {"市场监督管理部门": "市场监督管理部门"}
    # a written level before it still names the level's authority
    assert _organs(_item("市市场监督管理部门负责监管。"), "河南省洛阳市", "prefecture") == {
        "洛阳市市场监督管理部门": "市市场监督管理部门"}


# --- class 3: function-named organs ---------------------------------------------------------------

def test_function_named_authorities_are_kept_whole():
    # spec 1.1 section 5: 行政执法机关 (not cut to 执法机关), 人民法院 after 申请/提请 as after 向
    assert _organs(_item("公安机关要依法打击违法犯罪，行政执法机关发现涉嫌犯罪的，应当移送公安机关。"), "湖南省", "province") == {
        "公安机关": "公安机关", "行政执法机关": "行政执法机关"}
    assert _organs(_item("对拒不执行的，依法申请人民法院强制执行。"), "浙江省杭州市", "prefecture") == {"人民法院": "人民法院"}
    assert _organs(_item("逾期不履行的，由作出决定的机关提请人民法院依法处理。"), "辽宁省", "province") == {
        "人民法院": "人民法院", "作出决定的机关": "作出决定的机关"}
    assert _organs("第九条 人民法院审理相关案件，应当依法进行。\n", "江西省", "province") == {"人民法院": "人民法院"}
    assert _organs(_item("综合行政执法机关负责日常巡查。"), "浙江省绍兴市", "prefecture") == {"综合行政执法机关": "综合行政执法机关"}
    # a named court stays named (最高人民法院, 县人民法院)
    names = _organs(_item("最高人民法院、县人民法院按职责办理。"), "安徽省六安市霍邱县", "county")
    assert "人民法院" not in names


# --- class 1: collectives as written ---------------------------------------------------------------

def test_a_shared_ge_runs_along_the_town_governments_of_a_list():
    # a Jiangsu county: 各镇人民政府、街道办事处 are every town's government and every street's office
    names = _organs(_item("各镇人民政府、街道办事处要结合实际制定方案。"), "江苏省徐州市丰县", "county")
    assert names == {"各镇人民政府": "各镇人民政府", "各街道办事处": "街道办事处"}
    names = _organs(_item("各乡镇人民政府和街道办事处负责辖区内的排查。"), "湖南省邵阳市隆回县", "county")
    assert names == {"各乡镇人民政府": "各乡镇人民政府", "各街道办事处": "街道办事处"}
    # places of two kinds sharing one 各 before one head are one collective as written
    names = _organs(_item("各乡、镇人民政府和县政府各部门要认真贯彻执行。"), "黑龙江省绥化市望奎县", "county")
    assert names == {"各乡、镇人民政府": "各乡、镇人民政府", "望奎县人民政府各部门": "县政府各部门"}


def test_a_governments_departments_written_after_it_are_one_collective():
    # 县政府有关部门 / 县政府各部门 / 市政府各委办局: the government's full name, the region written out
    names = _organs(_item("县政府各部门要加强配合，县政府有关部门负责。市政府各委办局要支持。"), "黑龙江省绥化市望奎县", "county")
    assert names == {"望奎县人民政府各部门": "县政府各部门", "望奎县人民政府有关部门": "县政府有关部门",
                     "绥化市人民政府各委办局": "市政府各委办局"}
    names = _organs(_item("各区县政府、市政府各委办局要加强协调配合。"), "重庆市", "province")
    assert names == {"各区县政府": "各区县政府", "重庆市人民政府各委办局": "市政府各委办局"}


def test_he_after_an_organ_joins_and_is_no_county():
    # 和县 (Anhui) is a county, but after an organ's last character 和 is the joiner
    names = _organs(_item("县财政局和县税务局负责资金监管。"), "河北省保定市涞源县", "county")
    assert names == {"涞源县财政局": "县财政局", "国家税务总局涞源县税务局": "县税务局"}
    names = _organs(_item("县人民政府和县直有关单位要密切配合。"), "河北省保定市涞源县", "county")
    assert names == {"涞源县人民政府": "县人民政府"}  # (县直有关单位: no department, guide D30)


def test_the_place_concerned_keeps_its_determiner():
    # spec 1.1 section 5: 所在地民政部门 is kept; so are 所在地县级人民政府 and 属地政府 / 属地部门
    names = _organs(_item("由所在地县级人民政府负责组织实施，属地政府负总责。"), "陕西省", "province")
    assert names == {"所在地县级人民政府": "所在地县级人民政府", "属地政府": "属地政府"}
    names = _organs(_item("属地乡镇（街道）要落实巡查责任，属地部门加强监管，属地市场监管部门要加强检查。"),
                    "浙江省台州市", "prefecture")
    assert names == {"属地乡镇（街道）": "属地乡镇（街道）", "属地部门": "属地部门", "属地市场监管部门": "属地市场监管部门"}
    assert _organs(_item("当地县级人民政府应当予以支持，坚持属地管理原则。"), "贵州省", "province") == {
        "当地县级人民政府": "当地县级人民政府"}


def test_setting_up_a_working_body_is_no_organ_named_by_the_clause():
    # 我县各乡镇要成立工作专班: the towns are the collective; the clause up to 工作专班 names no organ
    names = _organs(_item("我县各乡镇要成立工作专班，我县各部门要成立防汛抗旱领导小组。"), "江西省赣州市于都县", "county")
    assert names == {"于都县各乡镇": "县各乡镇", "于都县各部门": "县各部门", "防汛抗旱领导小组": "防汛抗旱领导小组"}


def test_a_noun_phrase_joined_to_a_sector_department_is_no_list():
    # a Zhejiang 办法: 提供的政务数据与政务部门所掌握的… — 政务数据 is data here (after 的), not a sector
    names = _organs("第九条 提供的政务数据与政务部门所掌握的政务数据不一致的，应当及时更正。\n", "浙江省湖州市", "prefecture")
    assert "政务数据部门" not in names


def test_places_of_kinds_written_in_full_sharing_one_ge_and_one_head():
    # spec 1.1 section 5: 各区、县级市 is one collective as written; so is its government
    names = _organs("一、工作任务\n（一）完善基础设施。（责任单位：各区、县级市人民政府）\n（二）加强监管。（责任单位：各区、县级市）\n",
                    "广东省佛山市", "prefecture")
    assert names == {"各区、县级市人民政府": "各区、县级市人民政府", "各区、县级市": "各区、县级市"}
    names = _organs(_item("各省辖市、省直管县（市）人民政府要加强组织领导。"), "河南省", "province")
    assert names == {"各省辖市、省直管县（市）人民政府": "各省辖市、省直管县（市）人民政府"}
    names = _organs(_item("各盟市、旗县（市、区）人民政府要加强组织领导。"), "内蒙古自治区", "province")
    assert names == {"各盟市、旗县（市、区）人民政府": "各盟市、旗县（市、区）人民政府"}


def test_a_levels_units_with_a_determiner_keep_the_level():
    # 省有关单位 is the province's units concerned (the region written out); bare 有关单位 stays no organ
    names = _organs(_item("各地级以上市人民政府、省有关单位要按照要求推进。"), "广东省", "province")
    assert names == {"各地级以上市人民政府": "各地级以上市人民政府", "广东省有关单位": "省有关单位"}
    assert _organs(_item("有关单位要按照要求推进。"), "广东省", "province") == {}


def test_the_towns_concerned_as_actors():
    # a Zhejiang county: 相关乡镇 / 有关乡镇（街道） as 各相关乡镇 (organs-s8); not 有关乡镇企业
    names = _organs(_item("相关乡镇要落实属地责任，有关乡镇（街道）要做好配合。"), "浙江省丽水市松阳县", "county")
    assert names == {"相关乡镇": "相关乡镇", "有关乡镇（街道）": "有关乡镇（街道）"}
    assert _organs(_item("支持有关乡镇企业开展技术改造。"), "浙江省丽水市松阳县", "county") == {}


# --- class 4: a town's own organs -------------------------------------------------------------------

def test_a_towns_own_organs_carry_its_county_as_on_their_seals():
    # spec 1.1 section 5: a county's organs do not carry their city, a district's do; a town's organs carry
    # the county-level unit they belong to (the same name a county notice gives the town), not the province; (s22,
    # guide D39) its offices written short are named as written, its bare 派出所 and 司法所 are the town's own
    names = _organs(_item("镇党政办负责统筹协调，镇派出所、司法所配合，镇政府负总责。"), "湖南省衡阳市衡南县车江镇", "township")
    assert names == {"衡南县车江镇党政办": "镇党政办", "衡南县车江镇派出所": "镇派出所",
                     "衡南县车江镇司法所": "司法所", "衡南县车江镇人民政府": "镇政府"}
    names = _organs(_item("镇党委、镇政府负责，镇经发办配合。"), "四川省成都市龙泉驿区洛带镇", "township")
    assert names == {"中共成都市龙泉驿区洛带镇委员会": "镇党委", "成都市龙泉驿区洛带镇人民政府": "镇政府",
                     "成都市龙泉驿区洛带镇经发办": "镇经发办"}
    # a municipality's district: the city is the province-level unit (上海市闵行区吴泾镇)
    names = _organs(_item("镇党委、镇政府负责。"), "上海市闵行区吴泾镇", "township")
    assert names == {"中共上海市闵行区吴泾镇委员会": "镇党委", "上海市闵行区吴泾镇人民政府": "镇政府"}
    # a county notice names the same town the same way
    names = _organs(_item("车江镇人民政府负责。"), "湖南省衡阳市衡南县", "county")
    assert names == {"衡南县车江镇人民政府": "车江镇人民政府"}


def test_sectors_of_earlier_eras_in_lists_and_alone():
    # a Hubei provincial rule of the 1990s: 计划、经贸 (计委, 经贸委), 土地管理, 技术监督, 体改, 乡镇企业
    names = _organs("第四条 各级计划、经贸、财政、税务部门要积极支持。土地管理部门负责用地审批。\n", "湖北省", "province")
    # (s10-organs: 各级 before the list is shared by every sector, each a collective as written)
    assert names == {"各级计划部门": "各级计划", "各级经贸部门": "经贸", "各级财政部门": "财政", "各级税务部门": "税务",
                     "土地管理部门": "土地管理部门"}
    names = _organs(_item("技术监督部门负责产品质量监督，乡镇企业主管部门负责指导，体改部门参与。"), "江苏省苏州市", "prefecture")
    assert names == {"技术监督部门": "技术监督部门", "乡镇企业主管部门": "乡镇企业主管部门", "体改部门": "体改部门"}
    # 建设/计划 end longer words: 信息化建设部门 is no 建设部门
    names = _organs(_item("信息化建设部门要做好系统建设。由建设部门牵头办理。"), "湖北省", "province")
    assert names == {"建设部门": "建设部门"} and list(names.values()) == ["建设部门"]
    assert _organs(_item("信息化建设部门要做好系统建设。"), "湖北省", "province") == {}


def test_the_trade_and_industry_authority_of_a_1990s_rule():
    # 工商行政管理机关 is a function-named authority (spec 1.1 section 5, like 公安机关)
    names = _organs("第三条 县级以上地方各级人民政府劳动行政部门负责劳动安全卫生监督工作。工商行政管理机关、物价部门按照各自职责"
                    "做好相关工作。\n", "四川省", "province")
    assert names == {"县级以上地方各级人民政府劳动行政部门": "县级以上地方各级人民政府劳动行政部门",
                     "工商行政管理机关": "工商行政管理机关", "物价部门": "物价部门"}


def test_two_levels_sharing_a_sectors_department():
    # 市、县两级财政部门: the city's bureau and the counties' departments (as 市、区两级财政部门 is labelled)
    names = _organs(_item("市、县两级财政部门要足额安排资金。"), "安徽省阜阳市", "prefecture")
    assert names == {"阜阳市财政局": "市", "县财政部门": "县两级财政部门"}
    names = _organs(_item("市、区两级教育部门要加强协作。"), "广东省广州市", "prefecture")
    assert names == {"广州市教育局": "市", "区教育部门": "区两级教育部门"}


def test_departments_named_by_what_they_manage():
    # a central notice and a Guangdong 办法: 金融管理部门, 各级养老服务管理部门, 相关科技项目管理部门,
    # 各级党委农村工作部门 are collectives as written; 社会组织管理 is a sector of a list
    names = _organs(_item("金融管理部门要对银行业金融机构实施差异化监管。科技部、财政部和相关科技项目管理部门要按照要求落实。"
                          "切实加强各级党委农村工作部门建设。"), "全国", "central")
    assert names == {"金融管理部门": "金融管理部门", "科学技术部": "科技部", "财政部": "财政部",
                     "相关科技项目管理部门": "相关科技项目管理部门", "各级党委农村工作部门": "各级党委农村工作部门"}
    names = _organs(_item("支持各级养老服务管理部门开展监管、评估。发展改革、财政、社会组织管理部门按各自职责负责。"),
                    "湖北省武汉市", "prefecture")
    assert names == {"各级养老服务管理部门": "各级养老服务管理部门", "发展改革部门": "发展改革", "财政部门": "财政",
                     "社会组织管理部门": "社会组织管理"}
    # a sector word ending a longer word before 管理 is none (社区组织管理部门)
    assert _organs(_item("加强社区组织管理部门建设。"), "广东省广州市", "prefecture") == {}


def test_a_zone_board_listed_after_the_towns_governments_shares_their_ge():
    # a Jiangsu prefecture: 各区政府、管委会 — every district's government and every zone's board
    names = _organs(_item("推进建设。（市住建局牵头，各区政府、管委会负责）"), "江苏省苏州市", "prefecture")
    assert names == {"苏州市住房和城乡建设局": "市住建局", "各区政府": "各区政府", "各管理委员会": "管委会"}
    # a Guangdong 办法 of a city without counties: towns, zones' boards and streets share one 各
    names = _organs("第四十条 各乡镇人民政府、区管委会、街道办事处应当做好本辖区的信息报送工作。\n", "广东省东莞市", "prefecture")
    assert names == {"各乡镇人民政府": "各乡镇人民政府", "各区管理委员会": "区管委会", "各街道办事处": "街道办事处"}
    # a named zone's board stays named
    assert _organs(_item("高新区管委会负责。"), "江苏省苏州市", "prefecture") == {"苏州高新技术产业开发区管理委员会": "高新区管委会"}


def test_places_of_a_kind_before_a_sectors_department_stay_in_its_name():
    # a Jilin prefecture's 办法: 县（市、区）教育行政部门 is the counties' departments as written (was the bare sector)
    names = _organs("第十一条 县（市、区）人民政府应当将所需经费纳入财政预算。县（市、区）教育行政部门负责组织实施，"
                    "市（州）财政部门负责资金。\n", "吉林省长春市", "prefecture")
    assert names == {"县（市、区）人民政府": "县（市、区）人民政府", "县（市、区）教育行政部门": "县（市、区）教育行政部门",
                     "市（州）财政部门": "市（州）财政部门"}


def test_towns_stations_and_departments_as_a_kind_without_ge():
    # a Jiangxi county: 乡镇财政所 / 由乡镇派出所、司法所配合 are the towns' stations as a kind (as 各乡镇派出所, organs-s8)
    names = _organs(_item("县人社、财政部门要密切配合，乡镇财政所负责资金拨付，由乡镇派出所、司法所配合。"), "江西省九江市修水县", "county")
    assert names == {"修水县人力资源和社会保障局": "县人社", "修水县财政局": "财政", "乡镇财政所": "乡镇财政所",
                     "乡镇派出所": "乡镇派出所", "乡镇司法所": "司法所"}
    # 乡镇有关部门 keeps its level, like 县级有关部门
    names = _organs(_item("县级有关部门要加强指导，乡镇有关部门负责具体实施。"), "湖南省常德市", "prefecture")
    assert names == {"县级有关部门": "县级有关部门", "乡镇有关部门": "乡镇有关部门"}


def test_peoples_organisations_written_together_or_qualified():
    # 工青妇 (a Hubei county): the three organisations of the written level, or of the document's own
    names = _organs(_item("县工青妇等群团组织要积极参与。"), "湖北省宜昌市远安县", "county")
    assert names == {"远安县总工会": "县工青妇", "共青团远安县委员会": "县工青妇", "远安县妇女联合会": "县工青妇"}
    names = _organs(_item("充分发挥工青妇等群团组织作用。"), "全国", "central")
    assert names == {"中华全国总工会": "工青妇", "共青团中央委员会": "工青妇", "中华全国妇女联合会": "工青妇"}
    # 各级工会、共青团、妇联组织 (a Shandong provincial notice): the qualifier runs along the list, each a collective
    names = _organs(_item("各级工会、共青团、妇联组织要发挥作用。"), "山东省", "province")
    assert names == {"各级工会组织": "各级工会", "各级共青团组织": "共青团", "各级妇联组织": "妇联组织"}


def test_precision_of_lists_and_managed_departments():
    # a noun phrase before 以及 is no sector of the list; a unit's own department is no organ
    names = _organs(_item("做好安全生产以及财政部门交办的工作。联合公安和市场监管部门开展整治。"), "山东省临沂市", "prefecture")
    assert names == {"财政部门": "财政部门", "公安部门": "公安", "市场监管部门": "市场监管"}
    names = _organs(_item("督促相关企业安全管理部门落实责任，各学校后勤管理部门配合。有关行业主管部门负责。"), "浙江省杭州市", "prefecture")
    assert names == {"有关行业主管部门": "有关行业主管部门"}


def test_authorities_named_by_their_place_in_a_procedure():
    # a Shanxi / Jiangsu regulation: 上一级人民政府, 上一级主管部门 (like 上级主管部门), 作出决定的机关 (like 原审批机关)
    names = _organs("第十条 报本级人民政府批准后实施，并报上一级人民政府备案。\n第十一条 对处理决定不服的，可以向上一级主管部门申请复核。\n",
                    "山西省", "province")
    assert names == {"本级人民政府": "本级人民政府", "上一级人民政府": "上一级人民政府", "上一级主管部门": "上一级主管部门"}
    names = _organs("第十三条 逾期不改正的，由作出决定的机关依法申请强制执行。原审批机关应当撤销许可。由作出行政处罚决定的部门执行。\n",
                    "江苏省", "province")
    assert names == {"作出决定的机关": "作出决定的机关", "原审批机关": "原审批机关", "作出行政处罚决定的部门": "作出行政处罚决定的部门"}
