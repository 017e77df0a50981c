"""Organ names by their grammar (session 25, wave 2, s25-org2): classes shown by batch A18 (a Henan rule, a Shaanxi and a
Fujian county, a Qinghai prefecture, central notices), tested on snippets written for these tests in the style of other
provinces, levels and eras."""
from pipeline import process_text
from tests.test_organs_s5 import _run


def test_county_party_office_written_with_its_level_twice_as_issuer():
    # guide D65: a Jiangsu county's joint notice of 2009, its party office printed 中共沛县县委办公室
    text = ("中共沛县县委办公室　沛县人民政府办公室关于加强农村环境卫生管理的通知\n\n各镇党委、人民政府，县各部门：\n"
            "为改善农村人居环境，现通知如下：\n一、县环保局负责技术指导。\n二、县财政局负责资金保障。\n\n"
            "中共沛县县委办公室　　沛县人民政府办公室\n2009年4月8日\n")
    assert process_text(text).metadata.issuers == ["中共沛县委办公室", "沛县人民政府办公室"]


def test_street_office_written_short_with_its_name():
    # a Hubei county's plan: 城东街道办 is the street's 办事处 (named like 城东街道办事处); 街道办公室 is no street office
    names, _ = _run("一、工作任务\n（一）城东街道办负责辖区整治，各乡镇配合。\n", "湖北省十堰市房县", "county")
    assert names == {"房县城东街道办事处": "城东街道办", "各乡镇": "各乡镇"}


def test_authority_that_first_licensed_kept_with_its_yuan():
    # a Guangdong regulation: 原许可机关, 原核准机关 are the authorities that dealt with the matter first (as 原发证机关)
    names, _ = _run("第二十条　违反本条例规定的，由原许可机关吊销许可证；情节严重的，由原核准机关撤销核准。\n", "广东省", "province")
    assert names == {"原许可机关": "原许可机关", "原核准机关": "原核准机关"}


def test_prefecture_cities_and_counties_sharing_one_head_split_by_level():
    # a Jiangsu rule of the 2000s (省辖市 is Jiangsu's word too): each level's authority, the quote the whole list (D25)
    names, _ = _run("第五条　省辖市、县（市）人民政府城市管理行政主管部门负责监督管理；省辖市、县（市）物价主管部门会同"
                    "城市管理行政主管部门核定收费标准。\n", "江苏省", "province")
    assert names["省辖市人民政府城市管理行政主管部门"] == "省辖市、县（市）人民政府城市管理行政主管部门"
    assert names["县（市）人民政府城市管理行政主管部门"] == "省辖市、县（市）人民政府城市管理行政主管部门"
    assert names["省辖市物价主管部门"] == "省辖市、县（市）物价主管部门"
    assert names["县（市）物价主管部门"] == "省辖市、县（市）物价主管部门"
    # an Anhui rule: 省辖市人民政府 alone is the kind's governments, as written; 全省辖市 is 全省 + 辖市
    names, _ = _run("第六条　省辖市人民政府应当建立协调机制。\n", "安徽省", "province")
    assert names == {"省辖市人民政府": "省辖市人民政府"}


def test_sectors_of_statutes_named_with_their_whole_word():
    # a Shandong city's rule: 城镇排水 (城镇排水与污水处理条例 2013) keeps 城镇; a central plan: 各地 + the 2002/2004 statutes'
    # authorities (中小企业, 农业机械化) kept as written
    names, _ = _run("第十条　由城市管理主管部门或者城镇排水主管部门责令改正。\n", "山东省济南市", "prefecture")
    assert names == {"城市管理主管部门": "城市管理主管部门", "城镇排水主管部门": "城镇排水主管部门"}
    names, _ = _run("一、各地中小企业主管部门要会同财政部门建立台账。各地农业机械化主管部门负责指导。\n", "", "central")
    assert names["各地中小企业主管部门"] == "各地中小企业主管部门"
    assert names["各地农业机械化主管部门"] == "各地农业机械化主管部门"


def test_one_sector_and_others_before_a_statute_level_authority():
    # a Sichuan prefecture's rule: `县级以上人民政府交通运输等主管部门` is the level's authority of that sector
    names, _ = _run("第二十一条　由县级以上人民政府交通运输等主管部门责令改正。\n", "四川省甘孜藏族自治州", "prefecture")
    assert names == {"县级以上人民政府交通运输主管部门": "县级以上人民政府交通运输等主管部门"}


def test_bureau_of_a_sector_and_a_local_trade_joined_by_yu():
    # a Yunnan county's list: 农业与茶叶局 (与 after a sector word); 县财政与县农业局 is two organs' words, not one bureau
    names, _ = _run("一、责任单位：县农业与茶叶局、县商务局\n二、县财政与县农业局配合。\n", "云南省普洱市澜沧拉祜族自治县", "county")
    assert "澜沧拉祜族自治县农业与茶叶局" in names and "澜沧拉祜族自治县农业局" in names
    assert not any("财政与" in n for n in names)


def test_each_area_in_prose_is_no_organ_inside_an_assignment_it_is():
    # guide D64, a Hebei provincial notice of 2006: prose duties of 各地区 name no organ; a partner after 会同, an
    # annotation, or the subject of a sentence that assigns with 负责 stays; the object of another's oversight does not
    text = ("一、各地区、各有关部门要充分认识重要意义。\n二、省民政厅要会同各地发展社区服务。\n"
            "三、加强培训。（责任单位：各地区、省人力资源社会保障厅）\n四、省监察厅要会同省发展改革委对各地区、各部门落实情况进行检查。\n")
    names, _ = _run(text, "河北省", "province")
    assert names["各地"] == "各地" and names["各地区"] == "各地区"
    assert names["各有关部门"] == "各有关部门" and names["各部门"] == "各部门"
    names, _ = _run("一、各地区、各有关部门要充分认识重要意义。\n", "河北省", "province")
    assert names == {"各有关部门": "各有关部门"}
    names, _ = _run("一、省监察厅要会同省发展改革委对各地区落实情况进行检查。\n", "河北省", "province")
    assert "各地区" not in names


def test_places_qualified_by_where_they_lie_keep_their_qualifier():
    # a Zhejiang provincial plan of the 2000s and a central rule on a river basin: the qualifier is the collective's
    names, _ = _run("一、长江三角洲各市要加快联网。沿江各县（市、区）负责岸线整治。\n", "浙江省", "province")
    assert names == {"长江三角洲各市": "长江三角洲各市", "沿江各县（市、区）": "沿江各县（市、区）"}
    names, _ = _run("一、海河流域各省、自治区、直辖市人民政府负责落实。\n", "", "central")
    assert names == {"海河流域各省、自治区、直辖市人民政府": "海河流域各省、自治区、直辖市人民政府"}


def test_administrative_committee_of_a_county_level_area():
    # a Qinghai provincial notice of 2020: the county-level 行政区 (regions.tsv) is run by its 行政委员会, written 行委 too;
    # a committee of no such area is no organ of this reader
    names, _ = _run("一、海西州人民政府要督促大柴旦行委落实责任。\n", "青海省", "province")
    assert names["大柴旦行政委员会"] == "大柴旦行委"
    names, _ = _run("一、城东行委负责落实。\n", "青海省", "province")
    assert "城东行政委员会" not in names


def test_town_food_and_drug_station_of_the_2013_reform():
    # a Sichuan town's plan of 2016: the county bureau's station in the town, named with the town's chain as written
    names, _ = _run("一、配合单位：镇食品药品监管所、镇财政所。\n", "四川省成都市金堂县赵镇", "township")
    assert names == {"金堂县赵镇食品药品监管所": "镇食品药品监管所", "金堂县赵镇财政所": "镇财政所"}


def test_ministry_division_read_once_inside_its_grown_name():
    # a 2010 central notice's contact line: the ministry's 局 is one organ, not also a bare 局 of no place
    names, _ = _run("一、联系人：人力资源社会保障部就业促进司　010-84201234；工业和信息化部中小企业局　010-68205361\n",
                    "", "central")
    assert "中小企业局" not in names and "就业促进司" not in names
    assert names["工业和信息化部中小企业局"] == "工业和信息化部中小企业局"


def test_places_joined_by_he_before_a_duty_and_before_a_mark():
    # a Hubei provincial work plan of 2005: `各市州和县（市）要…` is one collective through 和 (the duty's subject); in
    # `落实到各部门、各乡镇（街道）和村。` the joined word shares no 各 and the list of places ends before 和
    names, _ = _run("一、各市州和县（市）要建立担保基金。将任务分解落实到各部门、各乡镇（街道）和村。\n", "湖北省", "province")
    assert names == {"各市州和县（市）": "各市州和县（市）", "各部门": "各部门", "各乡镇（街道）": "各乡镇（街道）"}


def test_county_party_bodies_written_with_level_twice_in_the_body():
    # guide D65, a Hunan county's plan of 2012 (攸县): the committee and its departments named 中共攸县委…; the secretary's
    # title names no organ of its own here
    names, triples = _run("一、中共攸县县委宣传部负责宣传报道。中共攸县县委办公室牵头督查。中共攸县县委书记任组长。\n",
                          "湖南省株洲市攸县", "county")
    assert names == {"中共攸县委宣传部": "中共攸县县委宣传部", "中共攸县委办公室": "中共攸县县委办公室"}
    assert ("一", "中共攸县委办公室", "lead") in triples


def test_sector_words_before_authorities_sharing_jiguan():
    # guide D62, a Guangxi regional rule of the 1990s: 机关 fits 公安 and 司法 only; 工商 and 物价 are bare sector words
    names, _ = _run("第九条　违反本规定的，由工商、物价、公安、司法机关依法处理。\n", "广西壮族自治区", "province")
    assert names == {"工商部门": "工商", "物价部门": "物价", "公安机关": "公安", "司法机关": "司法机关"}


def test_grassroots_party_organisations_given_a_duty_and_in_a_slogan():
    # guide D61, a Sichuan city's plan of 2019: the slogan names no organ, the collective with a duty is kept as written
    names, _ = _run("一、充分发挥基层党组织战斗堡垒作用。各基层党组织要落实主体责任。\n", "四川省绵阳市", "prefecture")
    assert names == {"各基层党组织": "各基层党组织"}


def test_zone_board_as_the_alternative_of_a_town_government():
    # guides D25 and D59, a Zhejiang county-level city's rule: 镇人民政府（区管委会） names two organs, the board written out
    names, _ = _run("第六条　申请材料报镇人民政府（区管委会）审核。\n", "浙江省嘉兴市海宁市", "county")
    assert names == {"镇人民政府": "镇人民政府", "区管理委员会": "区管委会"}
