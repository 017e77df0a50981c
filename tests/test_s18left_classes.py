"""Session 18 (s18-left), issue 12: class tests, each on a snippet written for it in the style of another province,
level or era (none copied from a corpus notice). `_run` asserts text[span] == quote for every department and triple."""
from __future__ import annotations

from pipeline.extract.metadata import parse_date
from pipeline.extract.responsibilities import LISTED_UNIT_END, NAMED_UNIT, UNKNOWN_UNIT, UNKNOWN_UNIT_CO, UNIT_ENDS, VENUE_ENDS
from tests.test_organs_s5 import _run


def _names(text, region, level):
    return set(_run(text, region, level)[0])


def test_forest_district_prefix_names_its_own_organs():
    # Hubei's 神农架林区 (county-level, directly under the province), 2020s
    names, triples = _run("一、工作措施\n（一）加强生态旅游监管。林区发改局牵头，林区财政局、林区教育局、林区卫健委配合，"
                          "林区党委、林区人民政府加强领导，林区道路和林区职工住房纳入规划。\n", "湖北省神农架林区", "county")
    assert set(names) == {"神农架林区发展和改革局", "神农架林区财政局", "神农架林区教育局", "神农架林区卫生健康委员会",
                          "中共神农架林区委员会", "神农架林区人民政府"}
    assert ("一/(一)", "神农架林区发展和改革局", "lead") in triples


def test_special_district_is_no_city_district():
    # Guizhou's 六枝特区 (county-level 特区 of 六盘水市): its organs carry no city (not a 市辖区)
    assert _names("一、主要任务\n（一）改善办学条件。特区教育局、特区财政局负责，特区人民政府定期督查。\n",
                  "贵州省六盘水市六枝特区", "county") == {"六枝特区教育局", "六枝特区财政局", "六枝特区人民政府"}
    # 经济特区, 特区精神: no prefix after a Han character
    assert _names("一、主要任务\n（一）发展特色产业。支持经济特区发展，弘扬特区精神。\n", "贵州省六盘水市六枝特区", "county") == set()


def test_league_and_area_direct_departments():
    assert _names("一、工作要求\n（一）加强督查。盟行署办公室、盟委督查室要定期督查，盟直各部门要密切配合。\n",
                  "内蒙古自治区阿拉善盟", "prefecture") == {"阿拉善盟行政公署办公室", "中共阿拉善盟委督查室", "阿拉善盟直各部门"}
    # Tibet's 阿里地区: 地区直有关部门 is the area's collective; 地区直有关单位 are units (guide D30)
    assert _names("一、重点任务\n（一）加强边境建设。地区直有关部门要各负其责，地区直有关单位要积极配合。\n",
                  "西藏自治区阿里地区", "prefecture") == {"阿里地区直有关部门"}


def test_area_administration_departments_and_league_gongshu():
    assert _names("一、工作要求\n（一）压实责任。行署各部门要按照职责分工抓好落实。\n", "新疆维吾尔自治区塔城地区",
                  "prefecture") == {"塔城地区行政公署各部门"}
    assert _names("一、保障措施\n（一）加强督查。盟公署办公室要加强督查。\n", "内蒙古自治区兴安盟", "prefecture") \
        == {"兴安盟行政公署办公室"}


def test_era_short_forms_of_offices():
    # a 2004 Henan city notice and a 1999 Jiangxi one
    assert _names("一、工作措施\n（一）加强监督检查。市纠风办牵头，市监察局配合；市信息办、市双拥办、市整规办按职责做好工作。\n",
                  "河南省洛阳市", "prefecture") == {"洛阳市纠正行业不正之风办公室", "洛阳市监察局", "洛阳市信息化工作办公室",
                                                   "洛阳市双拥工作领导小组办公室",
                                                   "洛阳市整顿和规范市场经济秩序领导小组办公室"}
    assert _names("一、工作要求\n（一）推进住房制度改革。市房改办会同市财政局做好公有住房出售工作。\n", "江西省九江市",
                  "prefecture") == {"九江市住房制度改革办公室", "九江市财政局"}
    # the same characters in ordinary words
    assert _names("一、工作措施\n（一）深化纠风工作。推动政务信息办理提速，房改房上市交易更加规范，巩固双拥模范城成果。\n",
                  "河南省洛阳市", "prefecture") == set()


def test_banners_written_short():
    assert _names("一、重点任务\n（一）加强边境管理。达茂旗人民政府、土右旗人民政府负责，市公安局配合。\n", "内蒙古自治区包头市",
                  "prefecture") == {"达尔罕茂明安联合旗人民政府", "土默特右旗人民政府", "包头市公安局"}
    assert _names("一、重点任务\n（一）发展特色旅游。打造土右旗美岱召、达茂旗草原等精品景区。\n", "内蒙古自治区包头市",
                  "prefecture") == set()


def test_designated_role_is_no_second_organ():
    # a Chongqing county rule (作为, no 是), a Lhasa rule without 的, a Ningxia county without a scope word
    assert _names("第一章 总则\n第一条 县交通运输委员会作为全县农村公路建设管理的行业主管部门，负责农村公路的规划和建设。\n",
                  "重庆市巫山县", "county") == {"巫山县交通运输委员会"}
    assert _names("第一章 总则\n第一条 市水务局是本市城市供水行政主管部门，负责全市城市供水的监督管理。\n",
                  "西藏自治区拉萨市", "prefecture") == {"拉萨市水务局"}
    assert _names("第一章 总则\n第一条 县自然资源局是草原保护建设利用的主管部门，县农业农村局配合做好相关工作。\n",
                  "宁夏回族自治区吴忠市盐池县", "county") == {"盐池县自然资源局", "盐池县农业农村局"}
    # a real collective of the same article stays
    assert _names("第一章 总则\n第一条 自治区文化和旅游厅为全区旅游市场监督管理的行政主管部门。县级以上人民政府文化和旅游主管部门"
                  "负责本行政区域内的旅游市场监督管理。\n", "广西壮族自治区", "province") \
        == {"广西壮族自治区文化和旅游厅", "县级以上人民政府文化和旅游主管部门"}


def test_a_verb_between_two_organs_ends_the_first():
    for verb in ("确定", "明确", "督促", "批准", "同意"):
        assert _names(f"第一章 总则\n第一条 县人民政府{verb}县水利局负责河道管理。\n", "吉林省延边朝鲜族自治州安图县",
                      "county") == {"安图县人民政府", "安图县水利局"}, verb


def test_days_written_with_nian_and_sa():
    assert parse_date("一九九八年十月廿六日") == "1998-10-26"
    assert parse_date("二〇〇一年三月卅日") == "2001-03-30"
    assert parse_date("一九九九年二月廿日") == "1999-02-20"
    assert parse_date("一九九八年十月卅一日") == "1998-10-31"
    from pipeline import process_text
    text = ("甘肃省人民政府办公厅关于加强农村饮水工作的通知\n甘政办发〔1998〕45号\n各地区行政公署、各市州人民政府，省政府各部门：\n"
            "为加强农村饮水工作，现通知如下：\n一、提高认识\n各地要高度重视。\n二、加强管理\n省水利厅负责。\n"
            "甘肃省人民政府办公厅\n一九九八年十月廿六日\n")
    md = process_text(text, doc_id="x").model_dump()["metadata"]
    assert md["issue_date"] == "1998-10-26"


def test_one_table_of_unit_endings():
    assert LISTED_UNIT_END == UNIT_ENDS + VENUE_ENDS
    for end in UNIT_ENDS:
        assert end in UNKNOWN_UNIT_CO.pattern and end in NAMED_UNIT
    for end in VENUE_ENDS:
        assert end in UNKNOWN_UNIT_CO.pattern and end in NAMED_UNIT and end in UNKNOWN_UNIT


def test_units_listed_with_organs_and_the_science_association():
    # a Hunan city notice: units in the lists get nothing, the organs keep their roles; 科协 is a people's organisation
    _, triples = _run("一、任务\n（一）推进科普工作。市科技局牵头，市科学技术协会、市科普研究所、市科技馆配合。\n",
                      "湖南省长沙市", "prefecture")
    assert triples == {("一/(一)", "长沙市科学技术局", "lead"), ("一/(一)", "长沙市科学技术协会", "co")}


def test_roles_of_fuze_peihe_qiantou_canyu_weizhu():
    # spec 1.1 section 6: 负责 with no lead named -> responsible; 配合/参与/协助 -> co; 牵头/为主 -> lead
    _, triples = _run("一、重点工作\n（一）加强饮水安全管理。县水务局负责，县卫生健康局配合。\n"
                      "（二）推进管网改造。县发展改革局牵头，县财政局参与，各乡镇人民政府具体负责。\n"
                      "（三）强化水质检测。以县卫生健康局为主，县水务局协助。\n", "甘肃省定西市通渭县", "county")
    assert triples == {("一/(一)", "通渭县水务局", "responsible"), ("一/(一)", "通渭县卫生健康局", "co"),
                       ("一/(二)", "通渭县发展和改革局", "lead"), ("一/(二)", "通渭县财政局", "co"),
                       ("一/(二)", "各乡镇人民政府", "co"),
                       ("一/(三)", "通渭县卫生健康局", "lead"), ("一/(三)", "通渭县水务局", "co")}
    # a mechanism or principle is no assignment
    _, triples = _run("一、保障措施\n（一）健全工作机制。建立县政府统一领导、县教育局负责、县财政局配合的工作机制。\n",
                      "甘肃省定西市通渭县", "county")
    assert triples == set()


def test_city_districts_whose_names_end_in_linqu_keep_their_city():
    # 碑林区 (西安), 北林区 (绥化) are 市辖区: their organs carry the city (spec 1.1 section 5); only the 林区 and 特区 of
    # pipeline/data/region_unit_kinds.tsv do not
    assert _names("一、任务\n（一）做好。区财政局、区教育局负责。\n", "陕西省西安市碑林区", "county") \
        == {"西安市碑林区财政局", "西安市碑林区教育局"}
    assert _names("一、任务\n（一）做好。区财政局、林区教育局负责。\n", "湖北省神农架林区", "county") \
        == {"神农架林区财政局", "神农架林区教育局"}
    # a 林区/特区 prefix in a document of neither kind names nothing (香港特区政府, 伊春's 林区公安局)
    assert _names("一、任务\n（一）做好。林区财政局负责，香港特区政府积极支持。\n", "黑龙江省伊春市", "prefecture") == set()


def test_designated_roles_named_otherwise_and_wei_for():
    # a Jilin county's rules of the 2000s: the role given to the organ, in any of its names, is no second organ
    region = ("吉林省延边朝鲜族自治州安图县", "county")
    for sentence, organ in (("县民政局是本县社会组织的登记管理机关，负责社会组织的登记。", "安图县民政局"),
                            ("县综合行政执法局是本县城市管理的行政执法机关。", "安图县综合行政执法局"),
                            ("县交通运输局是本县道路运输的行业管理部门。", "安图县交通运输局"),
                            ("县林业局为本县森林防火的主管机关。", "安图县林业局")):
        assert _names("第一章 总则\n第一条 " + sentence + "\n", *region) == {organ}, sentence
    # 为 meaning "for": the collective after it is mentioned
    assert _names("第一章 总则\n第一条 县财政局为各行业主管部门安排资金，为公安机关提供保障。\n", *region) \
        == {"安图县财政局", "各行业主管部门", "公安机关"}
