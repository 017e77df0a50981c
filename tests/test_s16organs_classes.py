"""Session 16 organs (s16-organs): one test per class built, each on a snippet written in the style of another
province, level or era than the stress sets' (spec 1.1 section 5; guide D25, D28, D30). Quotes are grounded (_run)."""
from tests.test_organs_s5 import _run


def names(text, region, level):
    doc = text if "\n" in text else "一、工作要求\n（一）" + text + "\n"
    return set(_run(doc, region, level)[0])


def test_county_directly_under_its_province_is_the_county_of_its_notice():
    # a Hubei county-level city under the province (no prefecture), and a Xinjiang corps city
    assert names("市公安局、市直各有关部门要加强配合，县财政要足额保障。", "湖北省潜江市", "county") == \
        {"潜江市公安局", "潜江市直各有关部门", "潜江市财政局"}
    assert names("县农业农村局、县直有关部门要加强指导。", "海南省屯昌县", "county") == \
        {"屯昌县农业农村局", "屯昌县直有关部门"}


def test_county_prefix_in_a_county_level_city_names_the_city():
    # a Shandong county-level city's notice writing the county level (县财政局, as xn's 市卫生健康局)
    assert names("县财政局、市人社局要加强协作。", "山东省烟台市龙口市", "county") == \
        {"龙口市财政局", "龙口市人力资源和社会保障局"}


def test_listed_levels_share_an_authority_the_tables_do_not_name():
    # a Shaanxi 1999 statute: each level's authority as written, the province's own with its region
    assert names("第一章 总则\n第一条 为加强管理，制定本办法。\n第三条 省人民政府地质矿产主管部门主管全省工作。"
                 "地区（市）、县人民政府地质矿产主管部门负责本行政区域内的工作。\n", "陕西省", "province") == \
        {"陕西省人民政府地质矿产主管部门", "地区（市）人民政府地质矿产主管部门", "县人民政府地质矿产主管部门"}


def test_places_of_a_kind_with_their_variants_and_the_alternative_organ():
    # Xinjiang's 各地（州、市）人民政府（行署）: (s31-org3, guide D98 as A30's a355 gold reads 各市（地）政府（行署）) one
    # collective as written; Tibet's 各地（市）行署（人民政府）: two collectives (guide D25, as A11's a131 gold reads it)
    assert names("各地（州、市）人民政府（行署）要把此项工作列入议事日程。", "新疆维吾尔自治区", "province") == \
        {"各地（州、市）人民政府（行署）"}
    assert names("各地（市）行署（人民政府）要加强领导。", "西藏自治区", "province") == \
        {"各地（市）行署", "各地（市）人民政府"}


def test_levels_share_an_organ_named_by_its_function():
    # a Guizhou prefecture: 县、区公安机关 -> both levels; the city's own level with its region
    assert names("县、区公安机关要加强治安巡逻，市、县税务机关做好征收工作。", "贵州省六盘水市", "prefecture") == \
        {"县公安机关", "区公安机关", "六盘水市税务机关", "县税务机关"}


def test_street_congress_committees_as_a_kind():
    assert names("街道人大工委、街道办事处要加强监督。", "湖南省长沙市岳麓区", "county") == \
        {"街道人大工委", "街道办事处"}
    assert names("街道人大工委主任要带头履职。", "湖南省长沙市岳麓区", "county") == set()


def test_zone_boards_named_as_data():
    assert names("各设区市人民政府、平潭综合实验区管委会要抓好落实。", "福建省", "province") == \
        {"各设区市人民政府", "平潭综合实验区管理委员会"}
    assert names("长白山管委会、各县（市）人民政府要抓好落实。", "吉林省", "province") == \
        {"吉林省长白山保护开发区管理委员会", "各县（市）人民政府"}  # (s26-a20org: the body signs with its province)


def test_districts_and_counties_of_a_municipality_are_one_collective():
    # a Tianjin district's notice copying the municipal rule: 区、县… one collective as written (b3's adjudication)
    assert names("第一章 总则\n第一条 为加强管理，制定本办法。\n第六条 由区、县绿化行政管理部门审批，报区、县人民政府备案；"
                 "树木所在地的区、县绿化行政管理部门予以配合。\n", "天津市河西区", "county") == \
        {"区、县绿化行政管理部门", "区、县人民政府", "所在地的区、县绿化行政管理部门"}
    # outside a municipality the levels stay two
    assert names("县、区公安机关要加强巡逻。", "云南省曲靖市", "prefecture") == {"县公安机关", "区公安机关"}


def test_chongqing_districts_and_autonomous_counties_before_a_sector():
    assert names("区县（自治县）文化旅游主管部门负责本行政区域内的管理工作。", "重庆市", "province") == \
        {"区县（自治县）文化旅游主管部门"}


def test_central_departments_kept_whole():
    assert names("由中央有关部门牵头，地方各级人民政府配合。", "全国", "central") == {"中央有关部门", "地方各级人民政府"}
    assert names("党中央有关部门要加强统筹。", "全国", "central") == {"中共中央", "有关部门"}


def test_member_units_of_a_body_the_tables_name():
    # a Jiangxi city's safety committee and a Hebei town's: one collective each, not the body + a bare 各成员单位
    assert names("市安委会各成员单位要按照职责分工抓好落实。", "江西省赣州市", "prefecture") == {"赣州市安委会各成员单位"}
    assert names("镇安委会成员单位要加强排查。", "河北省保定市涞源县银坊镇", "township") == {"涞源县银坊镇安委会成员单位"}
    # the body acting and its members in another sentence stay two
    assert names("市安委会要加强统筹，各成员单位要密切配合。", "江西省赣州市", "prefecture") == \
        {"赣州市安全生产委员会", "各成员单位"}


def test_a_congress_or_plenary_session_is_no_organ_stem():
    # a Hunan city's notice citing its party congress and the committee's plenary session: the committee only
    assert names("认真落实省第十二次党代会部署和市委全会要求。", "湖南省衡阳市", "prefecture") == {"中共衡阳市委员会"}
    assert names("落实区第九次党代会精神和区委全会部署。", "重庆市渝北区", "county") == {"中共重庆市渝北区委员会"}


def test_party_committee_departments_of_places_of_a_kind():
    # a Shanxi city: the counties' organisation departments as a collective, the city's own named
    assert names("各县（市、区）委组织部、市委组织部要加强统筹。", "山西省晋中市", "prefecture") == \
        {"各县（市、区）委组织部", "中共晋中市委组织部"}


def test_statute_authorities_named_by_a_decision_an_appointment_or_a_level():
    # a Fujian statute: the deciding administrative organ with its clause, the appointing authority, a level's authority
    # of a sector the tables do not name
    text = ("第一章 总则\n第一条 为了加强管理，制定本条例。\n第九条 县级以上盐业行政主管部门负责监督管理。"
            "违反规定的，由作出处罚决定的行政机关责令改正，由其任免机关依法给予处分。\n")
    assert names(text, "福建省", "province") == {"县级以上盐业行政主管部门", "作出处罚决定的行政机关", "任免机关"}
    assert names("负有监督管理职责的行政机关应当依法查处。", "福建省", "province") == {"负有监督管理职责的行政机关"}


def test_named_organs_of_the_1990s_and_of_banners():
    # a Jilin 1994 notice: 经委 bare after another commission of the list, 体委 after its level
    assert names("省计委、经委、财政厅要加强协调，省体委负责组织。", "吉林省", "province") == \
        {"吉林省计划委员会", "吉林省经济委员会", "吉林省财政厅", "吉林省体育运动委员会"}
    assert names("整体委托第三方机构实施，经委托的机构应当保密。", "吉林省", "province") == set()
    # Ordos' banners and districts as one kind (旗区), beside the city's departments
    assert names("各旗区人民政府、市直各部门要加强领导。", "内蒙古自治区鄂尔多斯市", "prefecture") == \
        {"各旗区人民政府", "鄂尔多斯市直各部门"}
    assert names("各旗区、市直各部门要加强领导。", "内蒙古自治区鄂尔多斯市", "prefecture") == \
        {"各旗区", "鄂尔多斯市直各部门"}


def test_statute_authorities_of_a_level_without_its_government():
    # a Shandong statute: 设区的市X主管部门 as written (was the 市 alone), a level's flood command body
    text = ("第一章 总则\n第一条 为了加强管理，制定本条例。\n第四条 设区的市城乡规划主管部门负责本行政区域内的规划管理工作。"
            "县级以上地方人民政府防汛抗旱指挥机构统一指挥本行政区域内的防汛抗旱工作。\n")
    assert names(text, "山东省", "province") == {"设区的市城乡规划主管部门", "县级以上地方人民政府防汛抗旱指挥机构"}


def test_a_bracket_naming_the_provinces_alternative_organ():
    # a Ministry of Education notice of the 2000s: the municipalities' 教委 beside the provinces' 教育厅 (guide D25), not
    # a bare 教育委员会 of nowhere
    assert names("各省、自治区、直辖市教育厅（教委）要加强指导。", "全国", "central") == \
        {"各省、自治区、直辖市教育厅", "各省、自治区、直辖市教委"}
    # a Hubei notice: the cities' alternative organ, not the province's own commission
    assert names("各市、州卫生健康局（卫健委）要加强指导。", "湖北省", "province") == {"各市、州卫生健康局", "各市、州卫健委"}
    # (places of two kinds sharing one 各 before a bureau, 州 the second: one collective as written; was 州卫生健康局)
    assert names("各市、州、县人力资源社会保障局要加强指导。", "湖北省", "province") == {"各市、州、县人力资源社会保障局"}


def test_levels_written_bare_before_the_county_level_government():
    # a Hunan provincial notice and a Yunnan city's: 市、县级人民政府 is the level's government and 县级人民政府 (guide D25)
    # (s27-org2, guide D74: in the province's notice the levels below it sharing one government are one collective)
    assert names("市、县级人民政府要落实主体责任。", "湖南省", "province") == {"市、县级人民政府"}
    assert names("省、市、县级人民政府要加强协同。", "湖南省", "province") == {"湖南省人民政府", "市人民政府", "县级人民政府"}
    assert names("市、县级人民政府要落实主体责任。", "云南省大理白族自治州", "prefecture") == {"市人民政府", "县级人民政府"}
    assert names("城市、县级人民政府要落实主体责任。", "湖南省", "province") == {"县级人民政府"}


def test_a_committee_and_its_government_written_bare_share_the_departments():
    # a Guangxi and a Hebei notice: 政府 written bare after the committee is the same level's (spec 1.1 section 5, a
    # shared head distributed; s15c's 省委、省政府有关部门)
    assert names("自治区党委、政府有关部门要加强协调。", "广西壮族自治区", "province") == \
        {"广西壮族自治区党委有关部门", "广西壮族自治区人民政府有关部门"}
    assert names("市委、政府各部门要带头落实。", "河北省唐山市", "prefecture") == {"唐山市委各部门", "唐山市人民政府各部门"}


def test_local_committees_and_governments_share_their_qualifier():
    assert names("地方党委和政府要加强领导。", "全国", "central") == {"地方党委", "地方政府"}


def test_counties_cities_and_districts_written_as_county_bracket_city_district():
    # Anhui's and Heilongjiang's 县（市）区: a place kind as written before a sector, in a list of levels, beside 各部门
    assert names("市、县（市）区财政部门要加强资金监管。", "安徽省宿州市", "prefecture") == {"宿州市财政局", "县（市）区财政部门"}
    assert names("各县（市）区、各部门要抓好落实。", "安徽省宿州市", "prefecture") == {"各县（市）区", "各部门"}
    assert names("市、县（市）区人民政府要加强领导。", "安徽省宿州市", "prefecture") == {"宿州市人民政府", "县（市）区人民政府"}


def test_border_inspection_as_a_sector_of_a_list():
    # a Guangxi port notice: 边检 shares the list's head like 海关 and 海事 (spec 1.1 section 5, a shared head distributed)
    assert names("海关、边检、海事部门要加强口岸协作。", "广西壮族自治区防城港市", "prefecture") == {"海关部门", "边检部门", "海事部门"}
