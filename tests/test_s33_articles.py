"""Article-form rules, session 33 (s33-articles): how 办法/规定/条例 written in 第X条 name their actors and define their terms.

* a term a statute defines where a line opens (`（一）重大事故，是指…`) is a definition, its bounds no targets (spec §7);
* a field authority the statute first names with its levels (`县级以上人民政府X主管部门`, `城市人民政府确定的X主管部门`) is
  an organ when written by its field alone later (`X主管部门应当会同…`, `同级X主管部门`), a collective as written;
* a term declared for the levels' governments (`（以下统称政府）`) names their bodies (`政府办公厅（室）`, `政府法制机构`);
  a term declared for a group of organs (`（以下统称X机构）`) names that group, not a group of enterprises and units;
* a duty article's subject listed in two kinds across a comma and summed up by its declared term is one subject;
* a sector with no bureau of its own in a list under the document's own level is written out with the region.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
misses (a Hebei provincial rule of the 1990s, a Jiangsu city's rule of 2012, a Hunan provincial rule of 2008, a Sichuan
provincial rule of 2019, a Guangdong city's rule of 2016, a Shandong city's rule of 2015); not copied from any corpus.
"""
from pipeline import process_text


def _run(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    r = rec.model_dump()
    return ({d["name"] for d in r["departments"]}, {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]},
            [(t["task"], t["value"], t["unit"]) for t in r["targets"]])


def test_a_term_defined_where_a_line_opens_sets_no_targets():
    # a Hebei provincial rule of the 1990s grading fires: each grade's bounds say what the term covers
    body = ("第一条　为了加强火灾事故调查处理工作，制定本办法。\n"
            "第二条　火灾事故分为以下三类：\n"
            "（一）特大火灾，是指死亡10人以上，或者直接财产损失100万元以上的火灾；\n"
            "（二）重大火灾，是指死亡3人以上，或者直接财产损失30万元以上的火灾；\n"
            "（三）一般火灾，系指不具有前两项情形的火灾。\n"
            "第三条　各市每年组织消防演练不少于2次，培训消防骨干不少于500人。\n")
    _, _, targets = _run("河北省火灾事故调查处理办法", "河北省人民政府", "1996年5月10日", body)
    assert targets == [("第三条", 500, "人")]


def test_a_field_authority_named_with_its_levels_is_an_organ_when_written_by_its_field():
    # a Jiangsu city's rule of 2012 on outdoor advertising: the authority of a field the sector tables do not know
    body = ("第一条　为了加强户外广告设施设置管理，制定本办法。\n"
            "第二条　本办法适用于本市市区范围内户外广告设施的设置和管理。\n"
            "第三条　市人民政府确定的户外广告主管部门负责户外广告设施设置的监督管理工作。\n"
            "第四条　户外广告主管部门应当会同规划、城市管理等部门，编制户外广告设施设置专项规划。\n"
            "第五条　区人民政府应当支持同级户外广告主管部门的工作。\n")
    names, triples, _ = _run("常州市户外广告设施设置管理办法", "常州市人民政府", "2012年6月1日", body)
    assert {"常州市人民政府确定的户外广告主管部门", "户外广告主管部门", "同级户外广告主管部门"} <= names
    assert {("第四条", "户外广告主管部门", "lead"), ("第四条", "规划部门", "co"), ("第四条", "城市管理部门", "co"),
            ("第三条", "常州市人民政府确定的户外广告主管部门", "responsible")} == triples


def test_the_declared_government_names_its_bodies():
    # a Hunan provincial rule of 2008 on administrative procedure: `政府` declared for the levels' governments
    body = ("第一条　为了规范行政程序，制定本规定。\n"
            "第二条　县级以上人民政府（以下统称政府）的行政行为，适用本规定。\n"
            "第三条　政府办公厅（室）负责本规定的组织实施。\n"
            "第四条　政府法制机构负责行政程序的督促检查工作。\n"
            "第五条　政府工作部门应当按照本规定履行职责。\n")
    names, triples, _ = _run("湖南省行政程序规定", "湖南省人民政府", "2008年4月17日", body)
    assert {"县级以上人民政府", "政府办公厅", "政府办公室", "政府法制机构", "政府工作部门"} <= names
    assert "法制机构" not in names
    assert {("第三条", "政府办公厅", "responsible"), ("第三条", "政府办公室", "responsible"),
            ("第四条", "政府法制机构", "responsible")} <= triples


def test_a_term_declared_for_a_group_of_organs_names_the_group_but_not_a_group_of_employers():
    # a Sichuan provincial rule of 2019 on government data: the group holds the administrative organs
    body = ("第一条　为了规范政务数据共享，制定本办法。\n"
            "第二条　本省各级行政机关以及依法承担公共服务职能的事业单位（以下统称政务服务机构），适用本办法。\n"
            "第三条　国家机关、企业、事业单位（以下统称用人单位）应当依法提供数据。\n"
            "第四条　县级以上人民政府大数据主管部门应当会同有关政务服务机构，编制政务数据共享目录。\n")
    names, triples, _ = _run("四川省政务数据共享管理办法", "四川省人民政府", "2019年8月1日", body)
    assert {"政务服务机构", "有关政务服务机构"} <= names
    assert "用人单位" not in names
    assert ("第四条", "有关政务服务机构", "co") in triples


def test_a_subject_listed_in_two_kinds_across_a_comma_and_summed_up_is_one_subject():
    # a Guangdong city's rule of 2016: district governments and zone committees, one declared term for both
    body = ("第一条　为了加强城市道路管理，制定本办法。\n"
            "第二条　本办法适用于本市行政区域内的城市道路。\n"
            "第三条　市人民政府应当加强对城市道路管理工作的领导。\n"
            "禅城区、南海区人民政府，佛山高新技术产业开发区管理委员会（以下统称区政府）按照职责分工负责本辖区内城市道路的管理工作。\n")
    _, triples, _ = _run("佛山市城市道路管理办法", "佛山市人民政府", "2016年3月1日", body)
    assert {("第三条", "佛山市禅城区人民政府", "responsible"), ("第三条", "佛山市南海区人民政府", "responsible")} <= triples


def test_a_sector_without_a_bureau_under_the_own_level_is_written_out():
    # a Shandong city's rule of 2015: `市…公安机关交通管理等部门`, the traffic police named by the 道路交通安全法's formula
    body = ("第一条　为了加强停车设施管理，制定本办法。\n"
            "第二条　本办法适用于本市市区。\n"
            "第三条　市住房和城乡建设主管部门应当会同市财政、公安机关交通管理等部门，编制停车设施年度建设计划。\n")
    names, triples, _ = _run("淄博市停车设施管理办法", "淄博市人民政府", "2015年7月1日", body)
    assert "淄博市公安机关交通管理部门" in names and "市公安机关交通管理部门" not in names
    assert ("第三条", "淄博市公安机关交通管理部门", "co") in triples


def test_levels_written_with_bracketed_kinds_share_the_authority_after_them():
    # a Yunnan provincial rule of the 2000s: prefectures and counties written with their other kinds in brackets
    body = ("第一条　为了加强防雷减灾管理，制定本办法。\n"
            "第二条　本办法适用于本省行政区域。\n"
            "第三条　州（市）、县（市、区）气象主管机构应当会同同级人民政府有关部门，编制本行政区域的防雷减灾规划。\n")
    names, triples, _ = _run("云南省防雷减灾管理办法", "云南省人民政府", "2006年9月1日", body)
    assert {"州（市）气象主管机构", "县（市、区）气象主管机构", "同级人民政府有关部门"} <= names
    assert triples == {("第三条", "州（市）气象主管机构", "lead"), ("第三条", "县（市、区）气象主管机构", "lead"),
                       ("第三条", "同级人民政府有关部门", "co")}


def test_the_farming_and_herding_sector_of_the_pastoral_provinces_in_a_list():
    # a Tibet rule of 2010: 农牧 (the 农牧厅 and the counties' 农牧局) listed among the sectors under the levels' governments
    body = ("第一条　为了加强草原防火工作，制定本办法。\n"
            "第二条　本办法适用于自治区行政区域。\n"
            "第三条　县级以上人民政府农牧、林业、公安等有关部门，应当按照职责分工做好草原防火工作。\n"
            "第四条　鼓励农牧民参加防火培训。\n")
    names, _, _ = _run("西藏自治区草原防火办法", "西藏自治区人民政府", "2010年5月1日", body)
    assert names == {"县级以上人民政府农牧部门", "县级以上人民政府林业部门", "县级以上人民政府公安部门"}


def test_bare_sectors_closed_by_a_written_authority_head_share_it():
    # a Fujian city's rule of 2009: the head `等行政主管部门` is written once for the listed sectors; a bare `等部门` stays
    body = ("第一条　为了加强城市供水管理，制定本办法。\n"
            "第二条　本办法适用于本市市区。\n"
            "第三条　发展改革、价格、环境保护等行政主管部门按照各自职责，协同做好城市供水管理工作。\n"
            "第四条　民政、财政等部门应当予以支持。\n")
    names, _, _ = _run("莆田市城市供水管理办法", "莆田市人民政府", "2009年3月1日", body)
    assert names == {"发展改革行政主管部门", "价格行政主管部门", "环境保护行政主管部门", "民政部门", "财政部门"}
