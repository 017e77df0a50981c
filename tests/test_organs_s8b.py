"""Second wave of session 8 (organs and the triples that hang on them). Snippets written for these
tests in the style of provinces, levels and eras other than the opened notices (Shanxi, Yunnan,
Heilongjiang, Jiangsu, Guizhou, Qinghai counties and prefectures; 1990s-2000s wording)."""
from pipeline.clean import _unspace_runs
from tests.test_organs_s5 import _run


def test_letter_spaced_organ_names_inside_a_line():
    # a Shanxi county's web copy: names set letter-spaced inside a sentence (justified text)
    names, triples = _run("一、工作任务\n（一）整治村庄环境。县 农 业 农 村 局负责，县 财 政 局、县　住　建　局配合。\n",
                          "山西省长治市沁源县", "county")
    assert names == {"沁源县农业农村局": "县农业农村局", "沁源县财政局": "县财政局", "沁源县住房和城乡建设局": "县住建局"}
    assert triples == {("一/(一)", "沁源县农业农村局", "responsible"), ("一/(一)", "沁源县财政局", "co"),
                       ("一/(一)", "沁源县住房和城乡建设局", "co")}


def test_spaced_lines_that_are_not_letter_spaced_words_stay():
    # a PDF's spaced table row (cells one gap apart), a year set apart, three characters, a name padded
    for line in ["1 加强 县 发 改 局 2023年", "到 2025 年，县 发 改 局牵头", "市 委 办", "张 三",
                 "县发改局 县财政局"]:
        assert _unspace_runs(line) == line
    assert _unspace_runs("由州 发 改 委牵头，州 财 政 局配合。") == "由州发改委牵头，州财政局配合。"


def _organs(text: str, region: str, level: str):
    from pipeline import process_text
    r = process_text(text, region=region, admin_level=level)
    for d in r.departments:
        assert r.text[d.span[0]:d.span[1]] == d.quote
    return {d.name: d.quote for d in r.departments}, {(x.task, x.department, x.role) for x in r.responsibilities}


def test_a_transport_bureau_before_the_2009_reform_is_named_as_it_was():
    # a Jiangsu prefecture's notice of 2005: 交通局/交通厅 were not yet 交通运输局/厅
    notice = ("盐城市人民政府办公室关于加强农村公路管理养护的通知\n盐政办发〔{y}〕21号\n各县（市、区）人民政府，市各委办局：\n"
              "一、工作任务\n（一）市交通局负责农村公路养护，市财政局配合。\n（二）积极争取省交通厅支持。\n"
              "盐城市人民政府办公室\n{y}年6月3日\n")
    names, triples = _organs(notice.format(y=2005), "江苏省盐城市", "prefecture")
    assert names == {"盐城市交通局": "市交通局", "盐城市财政局": "市财政局", "江苏省交通厅": "省交通厅"}
    assert ("一/(一)", "盐城市交通局", "responsible") in triples
    # the same words in 2019 name the bureau of today
    names, _ = _organs(notice.format(y=2019), "江苏省盐城市", "prefecture")
    assert names == {"盐城市交通运输局": "市交通局", "盐城市财政局": "市财政局", "江苏省交通运输厅": "省交通厅"}


def test_a_family_planning_bureau_written_short():
    # a Qinghai county of 2011 and a province's commission: 计生局/计生委 are the 人口和计划生育 organs
    names, _ = _organs("一、工作任务\n（一）县计生局负责，县卫生局配合。省计生委给予指导。\n",
                       "青海省海东地区乐都县", "county")
    assert names == {"乐都县人口和计划生育局": "县计生局", "乐都县卫生局": "县卫生局",
                     "青海省人口和计划生育委员会": "省计生委"}


def test_a_statutes_authority_named_by_the_duty_it_bears():
    # a Fujian regulation after the 2018 reform: the levels' government is part of the authority's name
    names, triples = _run("第一章 总则\n第一条 为加强城乡规划管理，制定本条例。\n"
                          "第二条 设区的市、县级人民政府承担城乡规划管理职责的部门负责本行政区域内的城乡规划管理工作。\n"
                          "第三条 县级以上地方人民政府承担林业工作职责的部门负责林地保护。县级以上地方人民政府有关部门"
                          "按照各自职责负责相关工作。\n", "福建省", "province")
    # guide D25: the shared head over two levels is split (the fixed 省、自治区、直辖市 formula would stay one)
    quote = "设区的市、县级人民政府承担城乡规划管理职责的部门"
    a1, a2 = "设区的市人民政府承担城乡规划管理职责的部门", "县级人民政府承担城乡规划管理职责的部门"
    b = "县级以上地方人民政府承担林业工作职责的部门"
    assert names == {a1: quote, a2: quote, b: b, "县级以上地方人民政府有关部门": "县级以上地方人民政府有关部门"}
    assert triples == {("第一章/第二条", a1, "responsible"), ("第一章/第二条", a2, "responsible"),
                       ("第一章/第三条", b, "responsible"),
                       ("第一章/第三条", "县级以上地方人民政府有关部门", "responsible")}


def test_levels_written_with_ji_sharing_a_collective():
    # a Sichuan provincial plan: 国家和县级有关部门 is each level's collective, as 国家和省有关部门
    names, triples = _run("一、工作任务\n（一）市级和县级相关部门负责，国家和县级有关部门给予支持。\n", "四川省", "province")
    assert set(names) == {"市级相关部门", "县级相关部门", "国家有关部门", "县级有关部门"}
    assert triples == {("一/(一)", "市级相关部门", "responsible"), ("一/(一)", "县级相关部门", "responsible")}


def test_levels_written_before_a_levels_bureau_share_its_head():
    # a Jiangxi prefecture's notice (2000s): 市、县财政局 / 市和县财政局 are the city's bureau and the counties'
    for written in ("市、县财政局", "市和县财政局"):
        names, triples = _run(f"一、工作任务\n（一）所需资金由{written}负责落实。\n", "江西省吉安市", "prefecture")
        assert names == {"吉安市财政局": "市", "县财政局": "县财政局"}
        assert triples == {("一/(一)", "吉安市财政局", "responsible"), ("一/(一)", "县财政局", "responsible")}
    # in a county notice the county is the document's own
    names, _ = _run("一、工作任务\n（一）市、县财政局负责。\n", "江西省吉安市永丰县", "county")
    assert names == {"吉安市财政局": "市", "永丰县财政局": "县财政局"}
    # a Hunan provincial notice: 厅 for the province, 局 below (厅（局）)
    names, _ = _run("一、工作任务\n（一）省、市、县人力资源社会保障厅（局）负责。\n", "湖南省", "province")
    assert names == {"湖南省人力资源和社会保障厅": "省", "市人力资源和社会保障局": "市",
                     "县人力资源和社会保障局": "县人力资源社会保障厅"}
    # 城市、各市、: the marker ends a word or opens a collective
    names, _ = _run("一、工作任务\n（一）城市、县财政局负责。\n", "江西省吉安市", "prefecture")
    assert names == {"县财政局": "县财政局"}
    names, _ = _run("一、工作任务\n（一）各市、县财政局负责。\n", "江西省", "province")
    assert names == {"各市、县财政局": "各市、县财政局"}


def test_the_host_of_a_stationed_discipline_group_is_no_mention():
    # a Guizhou county's 作风建设 notice and a central one: 驻X纪检监察组 sits in X, X is not acting
    names, _ = _run("一、工作要求\n（一）县纪委监委驻县教育局纪检监察组加强监督。县教育局负责整改。\n",
                    "贵州省遵义市湄潭县", "county")
    assert names == {"中共湄潭县纪律检查委员会": "县纪委监委", "湄潭县监察委员会": "县纪委监委", "湄潭县教育局": "县教育局"}
    names, _ = _run("一、工作要求\n（一）县纪委监委驻县教育局纪检监察组加强监督。\n", "贵州省遵义市湄潭县", "county")
    assert names == {"中共湄潭县纪律检查委员会": "县纪委监委", "湄潭县监察委员会": "县纪委监委"}
    names, _ = _run("一、工作要求\n（一）中央纪委国家监委驻农业农村部纪检监察组加强监督。\n", "全国", "central")
    assert names == {"中共中央纪律检查委员会": "中央纪委", "国家监察委员会": "国家监委"}


def test_a_towns_justice_office_is_named_by_its_countys_justice_bureau():
    # a Sichuan town's plan and a Chongqing street's: 司法所 is the 司法局's dispatched office, named as on its
    # seal like the police station (<county>司法局<town>司法所; a city district's bureau carries the city)
    names, triples = _run("一、工作任务\n（一）镇党政办负责，镇司法所、镇派出所配合。\n", "四川省南充市仪陇县金城镇", "township")
    assert names == {"仪陇县金城镇党政办公室": "镇党政办", "仪陇县司法局金城司法所": "镇司法所",
                     "仪陇县公安局金城派出所": "镇派出所"}
    assert ("一/(一)", "仪陇县司法局金城司法所", "co") in triples
    names, _ = _run("一、工作任务\n（一）街道司法所牵头开展人民调解。\n", "重庆市渝中区两路口街道", "township")
    assert names == {"重庆市渝中区司法局两路口司法所": "街道司法所"}


def test_a_township_office_before_fu_ze_ren_min_is_no_person():
    # 负责人民调解 / 负责人口排查 are 负责 + object (as in responsibilities); 负责人张三 is a person's post
    names, triples = _run("一、工作任务\n（一）镇司法所负责人民调解，镇综治办负责人口排查。镇党政办负责人张三。\n",
                          "四川省南充市仪陇县金城镇", "township")
    assert names == {"仪陇县司法局金城司法所": "镇司法所", "仪陇县金城镇社会治安综合治理办公室": "镇综治办"}
    assert len(triples) == 2


def test_short_forms_of_earlier_organs_at_every_level():
    # a Jiangxi county of the 2000s: 老干局 is the party committee's, 劳保局 the labour and social security bureau
    names, _ = _run("一、工作任务\n（一）县老干局、县劳保局、县技监局负责。\n", "江西省赣州市信丰县", "county")
    assert names == {"中共信丰县委老干部局": "县老干局", "信丰县劳动和社会保障局": "县劳保局", "信丰县质量技术监督局": "县技监局"}
    # a Guangxi prefecture's notice of 1996: the 技术监督局 before the 1998 reform
    names, _ = _organs("柳州市人民政府关于加强计量管理工作的通知\n柳政发〔1996〕15号\n各县人民政府，市直各委办局：\n"
                       "一、工作任务\n（一）市技监局负责，市工商局配合。\n柳州市人民政府\n1996年4月2日\n", "广西壮族自治区柳州市", "prefecture")
    assert names == {"柳州市技术监督局": "市技监局", "柳州市工商行政管理局": "市工商局"}


def test_levels_written_as_one_word_before_a_bureau_or_a_sector():
    # a Jiangxi provincial notice: 市县财政局 was the province's 财政局 (quote 财政局); 市县财政部门 lost its levels
    names, triples = _run("一、工作任务\n（一）省财政厅、市县财政局负责，区县教育行政部门、市县两级人社部门配合。\n",
                          "江西省", "province")
    assert names == {"江西省财政厅": "省财政厅", "市县财政局": "市县财政局", "区县教育行政部门": "区县教育行政部门",
                     "市县两级人社部门": "市县两级人社部门"}
    assert triples == {("一/(一)", "江西省财政厅", "responsible"), ("一/(一)", "市县财政局", "responsible"),
                       ("一/(一)", "区县教育行政部门", "co"), ("一/(一)", "市县两级人社部门", "co")}
