"""Organs and assignments written in ways the earlier rules missed (issue 12, session 5): qualified
collectives, levels written before a sector, divisions of a bureau, bare 责任单位 brackets.
Snippets written for these tests in the style of other provinces, levels and eras."""
from pipeline.clean import normalize_string
from pipeline.extract.context import make_context
from pipeline.extract.departments import extract_departments
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.responsibilities import extract_responsibilities
from pipeline.extract.tasks import extract_tasks


def _run(text: str, region: str, level: str, issuers: list[str] | None = None):
    doc = normalize_string(text)
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.metadata.region, ctx.metadata.admin_level = region, level
    if issuers is not None:
        ctx.metadata.issuers = issuers
    ctx.tasks = extract_tasks(doc, ctx)
    resp = ctx.responsibilities = extract_responsibilities(doc, ctx)
    deps = ctx.departments = extract_departments(doc, ctx)
    for d in deps:
        assert doc.text[d.span[0]:d.span[1]] == d.quote
    names = {d.name for d in deps}
    for r in resp:
        assert doc.text[r.span[0]:r.span[1]] == r.quote
        assert r.department in names
    return {d.name: d.quote for d in deps}, {(r.task, r.department, r.role) for r in resp}


def test_collectives_qualified_by_city_superior_or_places_of_a_kind():
    # a provincial notice on urban transport (Sichuan style, 2010s)
    names, _ = _run("一、工作要求\n（一）城市人民政府要加强领导。城市交通运输主管部门会同城市其他相关部门制定方案，"
                    "报上级管理部门备案，相关业务管理部门和行业管理部门加强指导。\n", "四川省", "province")
    assert set(names) == {"城市人民政府", "城市交通运输主管部门", "城市其他相关部门", "上级管理部门",
                          "相关业务管理部门", "行业管理部门"}


def test_county_authorities_of_a_sector_and_a_jurisdiction_collective_kept_as_written():
    # a Hebei prefecture's 办法 (articles)
    names, triples = _run("第一章 总则\n第一条 为规范申报工作，制定本办法。\n第二条 区县民政主管部门负责本辖区的申报工作，所在区县民政主管部门出具意见，"
                          "辖区监管监察部门加强监督。\n", "河北省邯郸市", "prefecture")
    assert set(names) == {"区县民政主管部门", "所在区县民政主管部门", "辖区监管监察部门"}
    assert triples == {("第一章/第二条", "区县民政主管部门", "responsible")}


def test_levels_written_before_a_sector_each_name_their_organ():
    # a Hunan prefecture notice: 部、省、市… and 国家、省、市…; 内部 is no ministry
    names, _ = _run("一、申报条件\n（一）获得部、省、市工业和信息化部门认定。获得国家、省、市教育部门表彰。"
                    "加强内部、市财政部门沟通。\n", "湖南省株洲市", "prefecture")
    assert set(names) == {"工业和信息化部", "湖南省工业和信息化厅", "株洲市工业和信息化局", "教育部", "湖南省教育厅",
                          "株洲市教育局", "株洲市财政局"}


def test_levels_written_before_a_function_authority():
    names, _ = _run("一、职责\n（一）省、市政务数据主管部门负责统筹。\n", "福建省泉州市", "prefecture")
    assert set(names) == {"福建省政务数据主管部门", "泉州市政务数据主管部门"}


def test_or_joins_two_sectors():
    names, _ = _run("一、要求\n（一）报送统计或税务部门核实，必要时由公安或消防部门处置。\n", "江西省赣州市", "prefecture")
    assert set(names) == {"统计部门", "税务部门", "公安部门", "消防部门"}


def test_bare_bracket_after_an_item_is_its_responsible_list():
    # a Hunan prefecture's 工作要点, 责任单位 in brackets without the label
    names, triples = _run("一、重点工作\n（一）推进课程改革。做好衔接工作。（市教育局、市财政局、各县市区）\n"
                          "（二）开展培训。按照《实施办法》执行，发挥作用（县级）。\n"
                          "（三）建设示范基地。推进基地建设（市发展改革委、市科技局）\n", "湖南省衡阳市", "prefecture")
    assert triples == {("一/(一)", "衡阳市教育局", "responsible"), ("一/(一)", "衡阳市财政局", "responsible"),
                       ("一/(一)", "各县市区", "responsible"), ("一/(三)", "衡阳市发展和改革委员会", "responsible"),
                       ("一/(三)", "衡阳市科学技术局", "responsible")}


def test_a_bracket_that_names_a_second_sign_or_sits_mid_sentence_is_no_list():
    _, triples = _run("一、重点工作\n（一）加强保障。市财政局（市金融办）\n（二）宣传。在市教育局（市委教育工委）的指导下开展。\n",
                      "湖南省衡阳市", "prefecture")
    assert triples == set()


def test_districts_and_county_level_cities_and_villages_as_assignees():
    # 区市 (districts and county-level cities) as a Ningxia city writes them; a township's 村（社区）
    _, triples = _run("一、任务\n（一）加强协调。（责任单位：市教育局、各区市）\n（二）开展排查。（责任单位：各村（社区））\n"
                      "（三）监管。（责任单位：各区市场监管局）\n（四）推进。（责任单位：各区、市教体局）\n",
                      "宁夏回族自治区银川市", "prefecture")
    assert triples == {("一/(一)", "银川市教育局", "responsible"), ("一/(一)", "各区市", "responsible"),
                       ("一/(二)", "各村（社区）", "responsible"), ("一/(三)", "各区市场监管局", "responsible"),
                       ("一/(四)", "各区、市教体局", "responsible")}


def test_divisions_of_the_issuing_bureau_in_annotations():
    # a provincial education department's 工作要点 (Jiangsu style): divisions in the brackets
    names, triples = _run("一、重点任务\n（一）深化课程改革。推进课程建设。（基教处、教研室、各设区市）\n"
                          "（二）加强教师培训。（职成处、人事处、省教育装备中心）\n"
                          "（三）联系方式：江苏省教育厅科技处，联系电话：025-12345678。\n"
                          "（四）规范管理。对违规行为依法查处，做好处理工作。\n",
                          "江苏省", "province", ["江苏省教育厅"])
    assert set(names) == {"江苏省教育厅基础教育处", "江苏省教育厅职业教育与成人教育处", "江苏省教育厅人事处",
                          "江苏省教育厅科技处", "各设区市"}
    assert triples == {("一/(一)", "江苏省教育厅基础教育处", "responsible"), ("一/(一)", "各设区市", "responsible"),
                       ("一/(二)", "江苏省教育厅职业教育与成人教育处", "responsible"),
                       ("一/(二)", "江苏省教育厅人事处", "responsible")}


def test_education_divisions_without_an_issuer_are_the_own_level_bureau():
    # an excerpt of a county education plan with no signature (Sichuan county)
    names, _ = _run("一、任务\n（一）推进课程建设。（基教处、高教处）\n", "四川省绵阳市三台县", "county", [])
    assert set(names) == {"三台县教育局基础教育处", "三台县教育局高等教育处"}


def test_a_division_unknown_to_the_table_only_inside_a_list():
    names, _ = _run("一、任务\n（一）推进。（产业发展处、市场监管处）\n（二）强化。由执法处牵头。\n",
                    "浙江省", "province", ["浙江省商务厅"])
    assert set(names) == {"浙江省商务厅产业发展处", "浙江省商务厅市场监管处"}


def test_zone_administrations_named_by_their_zone():
    # a Zhejiang prefecture's 责任单位 list and a Yunnan county's prose
    names, triples = _run("一、任务\n（一）推进开放。（责任单位：市发展改革委、宁波杭州湾新区管委会、市高新区管委、梅山保税港区管委会、"
                          "各区管委会）\n（二）经济开发区管委会主任负责协调。支持园区管委会工作。\n", "浙江省宁波市", "prefecture")
    # ((s25-org) 高新区 written in full, 高新技术产业开发区, as the A1 a92 gold names 楚雄高新区管委会)
    # ((s26-org, guide D59) the short form inside the collective written out too: 各区管理委员会)
    assert set(names) == {"宁波市发展和改革委员会", "宁波杭州湾新区管理委员会", "宁波高新技术产业开发区管理委员会",
                          "宁波梅山保税港区管理委员会", "各区管理委员会", "宁波经济开发区管理委员会"}
    assert ("一/(一)", "宁波梅山保税港区管理委员会", "responsible") in triples
    names, _ = _run("一、任务\n（一）由县经济开发区管委会负责，工业园区管委会配合。\n", "云南省保山市龙陵县", "county")
    assert set(names) == {"龙陵县经济开发区管理委员会", "龙陵县工业园区管理委员会"}


def test_branches_of_central_organs_written_in_full_or_short():
    # a Zhejiang prefecture notice (2024) naming financial and vertical branches
    names, _ = _run("一、任务\n（一）由人民银行浙江省分行营管部、国家金融监督管理总局嘉兴监管分局、人行宁波市中心支行、"
                    "中国证券监督管理委员会大连监管局、国家能源局浙江监管办负责。\n（二）山西煤矿安全监察局指导。\n",
                    "浙江省宁波市", "prefecture")
    assert set(names) == {"中国人民银行浙江省分行营业管理部", "国家金融监督管理总局嘉兴监管分局", "中国人民银行宁波市中心支行",
                          "中国证券监督管理委员会大连监管局", "国家能源局浙江监管办公室", "山西煤矿安全监察局"}


def test_police_stations_belong_to_their_county_or_district_bureau():
    # a Hebei county's 职责分工 and a Chongqing district's list (public security stations)
    names, triples = _run("一、职责分工\n（一）东关、城南派出所：负责辖区巡查。\n（二）县公安局城关派出所配合，辖区派出所参与。\n",
                          "河北省邯郸市魏县", "county")
    assert set(names) == {"魏县公安局东关派出所", "魏县公安局城南派出所", "魏县公安局城关派出所"}
    assert {t for t in triples if t[0] == "一/(一)"} == {("一/(一)", "魏县公安局东关派出所", "responsible"),
                                                        ("一/(一)", "魏县公安局城南派出所", "responsible")}
    names, _ = _run("一、任务\n（一）由解放碑、朝天门派出所负责。\n", "重庆市渝中区", "county")
    # (s23-org2) 重庆's branches carry the district's full name (重庆市公安局渝中区分局; organ_district_police.tsv)
    assert set(names) == {"重庆市公安局渝中区分局解放碑派出所", "重庆市公安局渝中区分局朝天门派出所"}
    names, _ = _run("一、任务\n（一）由解放碑派出所负责。\n", "重庆市", "province")
    assert set(names) == {"解放碑派出所"}


def test_a_sector_headed_duty_item_also_assigns_the_organ_after_the_colon():
    # a Henan county's 实施细则 (articles with a 职责分工 list), guide R7
    _, triples = _run("第一章 总则\n第一条 为规范资金管理，制定本细则。\n第二条 各自承担主要职责如下：\n"
                      "（一）园区管理职能部门：县经济开发区管委会负责申报。\n"
                      "（二）科技部门：县科技局负责项目审核，会同县财政局开展绩效评价。\n", "河南省洛阳市宜阳县", "county")
    assert triples == {("第一章/第二条/(一)", "园区管理职能部门", "responsible"),
                       ("第一章/第二条/(一)", "宜阳县经济开发区管理委员会", "responsible"),
                       ("第一章/第二条/(二)", "科技部门", "responsible"),
                       ("第一章/第二条/(二)", "宜阳县科学技术局", "lead"),
                       # (`X负责…，会同Y…`: X leads, Y co, spec 1.1 section 6; was b3 d021's first role, changed by
                       # docs/decisions/organs-a2-s18.md after the A1 and A2 adjudications)
                       ("第一章/第二条/(二)", "宜阳县财政局", "co")}


def test_central_bodies_of_the_2000s_written_short():
    # a provincial government's report of 2006 on the central bodies' replies (Liaoning style)
    names, triples = _run("一、关于老工业基地改造问题\n振兴东北办会同国务院国资委、西部开发办研究提出了办理意见。\n"
                          "二、关于质量监管问题\n国家质检总局会同国家工商总局、国务院新闻办研究提出了办理意见。\n", "辽宁省", "province")
    assert set(names) == {"国务院振兴东北地区等老工业基地领导小组办公室", "国务院国有资产监督管理委员会",
                          "国务院西部地区开发领导小组办公室", "国家质量监督检验检疫总局", "国家工商行政管理总局",
                          "国务院新闻办公室"}
    assert ("一", "国务院振兴东北地区等老工业基地领导小组办公室", "lead") in triples


def test_members_of_a_committee_are_one_collective():
    # a Nanjing district's notice (another province than the Shanghai district notice that raised it)
    names, _ = _run("一、任务\n（一）区文物管理委员会各成员单位切实履行职责，县老龄委成员单位配合。\n", "江苏省南京市鼓楼区", "county")
    assert set(names) == {"南京市鼓楼区文物管理委员会各成员单位", "县老龄委成员单位"}


def test_an_annotation_broken_twice_across_lines_is_read_whole():
    # a PDF-to-text copy of a Hunan prefecture plan: the 责任单位 bracket wraps over three lines
    _, triples = _run("一、任务\n（一）推进培训。（责任单位：市人力资源社会保\n障局、市发展\n改革委）\n（二）开展活动。\n",
                      "湖南省衡阳市", "prefecture")
    assert triples == {("一/(一)", "衡阳市人力资源和社会保障局", "responsible"),
                       ("一/(一)", "衡阳市发展和改革委员会", "responsible")}


def test_three_levels_share_a_collective():
    names, _ = _run("一、任务\n（一）争取国家、省、市有关部门支持，加强与中央和省有关部门沟通。\n", "江西省九江市", "prefecture")
    assert set(names) == {"国家有关部门", "江西省有关部门", "九江市有关部门", "中央有关部门"}


def test_short_forms_whose_full_name_differs_by_place():
    # organ_local_names.tsv: the same written form, different official names by city
    names, _ = _run("一、任务\n（一）（责任单位：市大数据局、市城管局）\n", "浙江省宁波市", "prefecture")
    assert set(names) == {"宁波市大数据发展管理局", "宁波市城管局"}
    names, _ = _run("一、任务\n（一）（责任单位：市大数据局、市城管局）\n", "河南省郑州市", "prefecture")
    assert set(names) == {"郑州市大数据局", "郑州市城市管理局"}
    names, _ = _run("一、任务\n（一）（责任单位：区城管局）\n", "河南省郑州市金水区", "county")
    assert set(names) == {"郑州市金水区城管局"}  # (s27-org, guide D68: kept as written)


def test_units_written_after_their_bureau_and_the_party_committee_office():
    # a Hubei county's 责任单位 list
    names, _ = _run("一、任务\n（一）（责任单位：县委办、县公安局交警大队、市生态环境局远安分局）。县公安局负责，"
                    "市自然资源和规划局高新分局配合，县公安局城关派出所参与。\n", "湖北省宜昌市远安县", "county")
    assert set(names) == {"中共远安县委办公室", "远安县公安局交通警察大队", "宜昌市生态环境局远安分局", "远安县公安局",
                          "宜昌市自然资源和规划局高新分局", "远安县公安局城关派出所"}


def test_a_deadline_in_the_annotation_does_not_void_it():
    # a Hubei prefecture's 2016 task list: deadlines in the same bracket as the organs
    _, triples = _run("一、任务\n（一）推进改革。（牵头单位：市发改委；责任单位：市经信委、市财政局；完成时限：2016年底前）\n"
                      "（二）开展活动。（市卫计委牵头，市财政局配合，2017年6月底前完成）\n（三）抓好落实。（市农委负责，长期坚持）\n"
                      "（四）统计数据（市统计局提供的2016年数据）。\n（五）核查。（市建委、市交委）\n", "湖北省襄阳市", "prefecture")
    assert triples == {("一/(一)", "襄阳市发展和改革委员会", "lead"), ("一/(一)", "襄阳市经济和信息化委员会", "co"),
                       ("一/(一)", "襄阳市财政局", "co"), ("一/(二)", "襄阳市卫生和计划生育委员会", "lead"),
                       ("一/(二)", "襄阳市财政局", "co"), ("一/(三)", "襄阳市农委", "responsible"),  # (s22-org: 农委 kept, guide D40)
                       ("一/(五)", "襄阳市建设委员会", "responsible"), ("一/(五)", "襄阳市交通委员会", "responsible")}  # 交委 expanded (session 7)


def test_the_government_before_a_word_starting_with_bu():
    # 省政府部署 is the government; 政府部门 is not an organ
    names, _ = _run("一、任务\n（一）按照省委省政府部署安排，经市政府同意。政府部门要配合。\n", "江苏省徐州市", "prefecture")
    assert set(names) == {"中共江苏省委员会", "江苏省人民政府", "徐州市人民政府"}


def test_branches_under_a_short_parent():
    # a Henan provincial plan (2024) and a Fujian one (2019): regulators' branches under a short parent
    names, _ = _run("一、任务\n（一）（人民银行河南省分行牵头，金融监管总局河南监管局、国家外汇局河南省分局配合）\n", "河南省", "province")
    assert set(names) == {"中国人民银行河南省分行", "国家金融监督管理总局河南监管局", "国家外汇管理局河南省分局"}
    names, _ = _run("一、任务\n（一）（中国银保监会福建监管局、中国证监会厦门监管局负责）\n", "福建省", "province")
    assert set(names) == {"中国银行保险监督管理委员会福建监管局", "中国证券监督管理委员会厦门监管局"}


def test_units_of_a_kind_and_the_authority_over_the_one_named_before():
    names, _ = _run("一、任务\n（一）各监察分局、各派出所负责，生产经营单位及其主管部门配合。报主管部门审批。\n",
                    "山西省大同市", "prefecture")
    assert set(names) == {"各监察分局", "各派出所", "主管部门"}


def test_customs_tax_and_fire_rescue_branches():
    # a Hunan provincial plan: vertical organs written in full or by their own names
    names, triples = _run("一、任务\n（一）（责任单位：国家税务总局湖南省税务局、长沙海关、省消防救援总队）\n"
                          "（二）由海关总署负责，会同所在地海关监管。\n", "湖南省", "province")
    # (s10-organs: the fire and rescue corps are armed forces, no department: guide D26)
    assert set(names) == {"国家税务总局湖南省税务局", "长沙海关", "海关总署"}
    assert ("一/(一)", "长沙海关", "responsible") in triples


def test_village_committees_as_assignees_kept_as_written():
    # a township's task list (Sichuan style)
    _, triples = _run("一、任务\n（一）（责任单位：各村（居）委会）\n（二）（责任单位：各村委会、各村（居））\n",
                      "四川省成都市龙泉驿区洛带镇", "township")
    # (s16) villagers' and residents' committees are no organs (b4 adjudication; organs-s16.md, assign2-s16.md):
    # read, given nothing; the places themselves (各村（居）) stand for their bodies and are kept as written
    assert triples == {("一/(二)", "各村（居）", "responsible")}


def test_after_a_lead_an_organ_without_a_role_word_is_co():
    # a Jiangsu prefecture plan: （A牵头，B具体实施）; (s31-assign) B a collective of lower governments given the
    # carrying-out is `responsible` (guide R47, S30); a peer organ so written stays `co`
    _, triples = _run("一、任务\n（一）推进。（市商务局牵头，各县（市、区）人民政府具体实施）\n（二）推进。（市卫健委负责，市医保局协助）\n"
                      "（三）推进。（市商务局牵头，市财政局具体实施）\n", "江苏省徐州市", "prefecture")
    assert triples == {("一/(一)", "徐州市商务局", "lead"), ("一/(一)", "各县（市、区）人民政府", "responsible"),
                       ("一/(三)", "徐州市商务局", "lead"), ("一/(三)", "徐州市财政局", "co"),
                       ("一/(二)", "徐州市卫生健康委员会", "responsible"), ("一/(二)", "徐州市医疗保障局", "co")}


def test_governments_of_places_with_autonomous_counties_and_central_collectives():
    # a Chongqing notice (pre-2018 style) and a State Council one
    names, _ = _run("一、任务\n（一）各区县（自治县）人民政府要加强领导，各县（市、区、自治县）人民政府抓好落实。\n",
                    "重庆市", "province")
    assert set(names) == {"各区县（自治县）人民政府", "各县（市、区、自治县）人民政府"}
    names, _ = _run("一、任务\n（一）国务院各部委、各直属机构要密切配合。\n", "全国", "central")
    assert set(names) == {"国务院各部委", "各直属机构"}


def test_sectors_given_as_examples_of_departments():
    # a county plan (Guizhou style)
    names, _ = _run("一、任务\n（一）与其他相关部门（如公安、消防等）协同，与有关部门（包括教育、卫生健康）配合，与企业（如甲、乙）合作。\n",
                    "贵州省遵义市湄潭县", "county")
    assert set(names) == {"其他相关部门", "公安部门", "消防部门", "有关部门", "教育部门", "卫生健康部门"}


def test_the_governments_departments_of_a_kind_share_its_level():
    names, _ = _run("一、任务\n（一）本办法所称行政机关，是指市政府组成部门、直属机构，街道办事处作为区政府的派出机关。\n",
                    "福建省厦门市", "prefecture")
    assert {"厦门市人民政府组成部门", "厦门市人民政府直属机构", "派出机关"} <= set(names)


def test_departments_of_a_kind_named_by_their_task():
    names, _ = _run("一、任务\n（一）各重点企业联系服务部门具体受理，各责任部门配合，各环节责任部门落实。\n", "广东省广州市天河区", "county")
    assert set(names) == {"各重点企业联系服务部门"}  # (s27-org, guide D81: 各责任部门 refers back to the columns)
