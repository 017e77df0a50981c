"""Organ names of session 38 (s38-organs): knowledge of the state with a source (pipeline/data, SOURCES.md) and the
grammar of collectives, tested on snippets written for these tests in the style of other provinces, levels and eras
than the notices that showed the misses (not copied from any notice)."""
from tests.organ_snippets import snippet_departments


def test_the_preparatory_group_of_a_regulators_office_is_its_own_working_body():
    # spec 1.1 section 5 (working bodies are organs; organs of their time): a 2018 Hubei provincial notice names the
    # CBIRC's provincial office while it was being set up; the name is the office's with 筹备组 after it
    body = "一、工作任务\n（一）扩大保险覆盖面。（省财政厅、湖北银保监局筹备组、省农业农村厅）\n"
    names = snippet_departments("关于做好2018年农业保险工作的通知", "湖北省人民政府办公厅", "2018年12月5日", body)
    assert names == {"湖北省财政厅": "省财政厅",
                     "中国银行保险监督管理委员会湖北监管局筹备组": "湖北银保监局筹备组",
                     "湖北省农业农村厅": "省农业农村厅"}


def test_a_local_organs_preparatory_group_and_the_organ_itself_are_two():
    # the same rule at a county in 2019: the group preparing the county's 医疗保障局 is its own body, and the bureau
    # named later without 筹备组 is the bureau
    body = "一、工作任务\n（一）医保支付改革。县医疗保障局筹备组负责牵头。\n（二）基金监管。县医疗保障局负责。\n"
    names = snippet_departments("宜章县2019年医疗保障工作方案", "宜章县人民政府", "2019年1月8日", body)
    assert names["宜章县医疗保障局筹备组"] == "县医疗保障局筹备组"
    assert names["宜章县医疗保障局"] == "县医疗保障局"


def test_the_grain_and_reserves_bureau_written_short_is_written_out():
    # department_aliases.tsv (2018 provincial reforms: 粮食和物资储备局): a 2019 Hunan provincial notice writes 粮食和储备局
    body = "一、工作任务\n（一）加强粮食储备。（省粮食和储备局、省财政厅）\n"
    names = snippet_departments("关于2019年粮食安全工作的通知", "湖南省人民政府办公厅", "2019年3月5日", body)
    assert names == {"湖南省粮食和物资储备局": "省粮食和储备局", "湖南省财政厅": "省财政厅"}


def test_shanghais_transport_commission_is_the_jiaotong_weiyuanhui():
    # organ_local_names.tsv (上海市 2014 reform): a 2020 municipal notice's 市交通委 is 上海市交通委员会, not 交通运输委员会
    body = "一、工作任务\n（一）优化公交线网。（市交通委、市财政局，各区政府）\n"
    names = snippet_departments("关于推进2020年公交优先发展的通知", "上海市人民政府办公厅", "2020年3月5日", body)
    assert names["上海市交通委员会"] == "市交通委"
    assert "上海市交通运输委员会" not in names


def test_the_lingang_new_area_board_is_named_in_full():
    # organ_state_new_areas.tsv (国发〔2019〕15号): a 2020 municipal notice writes 临港新片区管委会
    body = "一、工作任务\n（一）优化布局。（市经济信息化委，浦东新区政府，临港新片区管委会）\n"
    names = snippet_departments("关于推进2020年城市更新的通知", "上海市人民政府办公厅", "2020年3月5日", body)
    assert names["中国（上海）自由贸易试验区临港新片区管理委员会"] == "临港新片区管委会"


def test_a_state_level_development_zone_written_short_in_its_citys_notice():
    # organ_national_zones.tsv (商务部 list, the 2010 upgrades): a 2016 Jiangxi city's notice writes 九江经开区管委会;
    # a resort board with no row takes the city in full (guide S36 CU1 Q1)
    body = ("一、工作任务\n（一）加强巡查。（责任单位：市水利局，濂溪区人民政府、九江经开区管委会、"
            "庐山西海旅游度假区管委会）\n")
    names = snippet_departments("关于2016年防汛工作的通知", "九江市人民政府办公室", "2016年3月5日", body)
    assert names["九江经济技术开发区管理委员会"] == "九江经开区管委会"
    assert names["九江市庐山西海旅游度假区管理委员会"] == "庐山西海旅游度假区管委会"


def test_a_zone_of_a_state_kind_keeps_its_citys_short_name():
    # the same rule read against the grammar: a 高新区 (a kind the State Council approves) in a 2015 Hebei city's notice is
    # named after the city's short name, as its approval writes it, not with 市
    body = "一、工作任务\n（一）招商引资。（责任单位：市商务局，高新区管委会）\n"
    names = snippet_departments("关于2015年招商引资工作的通知", "保定市人民政府办公厅", "2015年3月5日", body)
    assert "保定高新技术产业开发区管理委员会" in names
    assert "保定市高新技术产业开发区管理委员会" not in names


def test_the_whole_provinces_governments_and_party_organs_keep_their_scope_word():
    # spec 1.1 section 5 (a collective as written, determiners kept): a 2015 Guizhou provincial notice
    body = ("一、工作任务\n（一）率先垂范。全省各级党政机关带头节约用电。全省各级政府要加强领导，全省各级党委要高度重视。"
            "（牵头单位：省发展改革委；配合单位：各市州人民政府）\n")
    names = snippet_departments("关于2015年节约能源工作的通知", "贵州省人民政府办公厅", "2015年3月5日", body)
    assert names == {"全省各级党政机关": "全省各级党政机关", "全省各级政府": "全省各级政府", "全省各级党委": "全省各级党委",
                     "贵州省发展和改革委员会": "省发展改革委", "各市州人民政府": "各市州人民政府"}


def test_a_shared_each_with_a_determiner_over_governments_and_boards():
    # spec 1.1 section 5 (a shared determiner distributed) and guide S33 (各 over 人民政府、管委会 gives 各管委会): a 2016
    # Hunan city's notice writes 各有关城区政府和管委会; each keeps 各有关
    body = ("一、工作任务\n（一）排水防涝。（责任单位：市住房和城乡建设局，各有关城区政府和管委会）\n"
            "（二）各相关城区政府和管委会要成立相应工作机构。\n")
    names = snippet_departments("关于2016年排水工作的通知", "株洲市人民政府办公室", "2016年3月5日", body)
    assert names == {"株洲市住房和城乡建设局": "市住房和城乡建设局", "各有关城区政府": "各有关城区政府",
                     "各有关管理委员会": "管委会", "各相关城区政府": "各相关城区政府", "各相关管理委员会": "管委会"}


def test_a_sector_whose_organ_is_an_office_under_a_written_level():
    # guide D28 and S36 CT2: a 2020 Yunnan city's rules list sectors after 市; 人防's organ is the 人民防空办公室
    body = "第五条 市住房城乡建设、自然资源、人防、财政等部门按照各自职责做好地下空间管理工作。\n"
    names = snippet_departments("玉溪市城市地下空间开发利用管理办法", "玉溪市人民政府", "2020年3月5日", body)
    assert names["玉溪市人民防空办公室"] == "人防"
    assert names["玉溪市财政局"] == "财政"


def test_the_provinces_own_level_of_a_level_list_is_the_functions_holder():
    # spec 1.1 section 5 (a shared head distributed) and guide D101: a 2015 Jilin provincial rule writes
    # 省、市、县水行政主管部门; the province's level is its 水利厅 (organ_function_sectors.tsv), the others as written
    body = "第五条 省、市、县水行政主管部门负责本行政区域内供水工程的监督管理工作。\n"
    names = snippet_departments("吉林省农村供水工程管理办法", "吉林省人民政府", "2015年3月5日", body)
    assert set(names) == {"吉林省水利厅", "市水行政主管部门", "县水行政主管部门"}


def test_a_prefectures_and_a_countys_health_authority_by_era():
    # organ_function_sectors.tsv and organ_era_names.tsv: a Heilongjiang city's and county's rules name the health
    # authority by its function; the 卫生局 in 2010, as written in 2016, the 卫生健康委员会/局 in 2021
    body = "第四条 市卫生行政主管部门负责狂犬病人的医疗救治。县卫生主管部门负责本辖区工作。\n"
    assert "绥化市卫生局" in snippet_departments("绥化市养犬管理办法", "绥化市人民政府", "2010年3月5日", body)
    assert "绥化市卫生行政主管部门" in snippet_departments("绥化市养犬管理办法", "绥化市人民政府", "2016年3月5日", body)
    assert "绥化市卫生健康委员会" in snippet_departments("绥化市养犬管理办法", "绥化市人民政府", "2021年3月5日", body)
    names = snippet_departments("望奎县养犬管理办法", "望奎县人民政府", "2021年3月5日", body)
    assert names["望奎县卫生健康局"] == "县卫生主管部门"


def test_a_reshaping_verb_before_a_towns_body_is_no_part_of_its_name():
    # a 2016 Zhejiang town writes 调整充实<town>…领导小组: the body is named from the town, the verbs dropped
    body = "三、保障措施\n（一）加强组织领导。调整充实店口镇“五水共治”工作领导小组，由镇党委书记任组长。\n"
    names = snippet_departments("店口镇2016年五水共治工作方案", "诸暨市店口镇人民政府", "2016年4月5日", body)
    assert "诸暨市店口镇“五水共治”工作领导小组" in names
    assert not any(n.startswith(("充实", "调整")) for n in names)


def test_the_pboc_branch_of_a_one_character_county():
    # organ_branch_patterns.tsv (支行) with the regions table: a 2017 Jiangsu county's notice writes 人行沛县支行
    body = "一、工作任务\n（一）金融支持。责任单位：县金融办、县财政局、人行沛县支行、沛县农村商业银行\n"
    names = snippet_departments("沛县2017年金融工作方案", "沛县人民政府", "2017年4月5日", body)
    assert names["中国人民银行沛县支行"] == "人行沛县支行"


def test_a_levels_discipline_and_supervision_organs_carry_its_region():
    # spec 1.1 section 5 (a written level prefix is the document's own region): a 2017 county's rules
    body = "第十条 违反规定的，由其所在单位或者县纪检监察机关依法依纪给予处分。纪检监察机关要加强监督。\n"
    names = snippet_departments("沛县殡葬管理办法", "沛县人民政府", "2017年4月5日", body)
    assert names["沛县纪检监察机关"] == "县纪检监察机关"
    assert names["纪检监察机关"] == "纪检监察机关"


def test_finance_that_raises_its_investment_acts_and_finance_that_pays_money_does_not():
    # guide S34c (S31b over D46 for 投入): a 2012 Shandong provincial notice; finance whose object is its 投入 acts (an
    # organ, a collective as written), finance that arranges money keeps D46's reading (the purse)
    body = ("一、加大投入\n地方各级财政要逐步增加养老服务投入。各县（区）财政要相应加大投入。"
            "各市、县财政要相应安排配套资金。\n")
    names = snippet_departments("关于2012年养老服务工作的通知", "山东省人民政府", "2012年4月5日", body)
    assert names == {"地方各级财政": "地方各级财政", "各县（区）财政": "各县（区）财政"}


def test_a_level_list_with_a_scope_bracket_before_the_shared_authority():
    # spec 1.1 section 5 (a shared head distributed) and guide D101: a 2015 Jilin provincial rule defines what its
    # county level covers in a bracket closing with 下同 before the organ the levels share
    body = "第五条 省、市、县（含县级市、区，下同）水行政主管部门负责本行政区域内供水工程的监督管理工作。\n"
    names = snippet_departments("吉林省农村供水工程管理办法", "吉林省人民政府", "2015年3月5日", body)
    assert set(names) == {"吉林省水利厅", "市水行政主管部门", "县水行政主管部门"}


def test_a_body_a_citys_government_sets_up_is_the_citys():
    # guide D15 and S36 CT1 Q3: a 2019 Ningxia capital's rules; the joint meeting and the group the city sets up carry
    # the city, the group every county sets up does not
    body = ("第五条 市人民政府统一领导全市停车场规划建设和管理工作，建立停车管理联席会议制度，协调解决重大问题。\n"
            "第六条 各县区要成立停车管理工作领导小组。成立城市更新工作领导小组，由市长任组长。\n")
    names = snippet_departments("银川市机动车停车场管理办法", "银川市人民政府", "2019年4月5日", body)
    assert names["银川市停车管理联席会议"] == "停车管理联席会议"
    assert names["银川市城市更新工作领导小组"] == "城市更新工作领导小组"
    assert "银川市停车管理工作领导小组" not in names
