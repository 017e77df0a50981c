"""Session 23 (articles): regulations written in articles (办法, 细则). Every snippet was written for these tests in the
style of offices of other provinces, levels and eras (not copied from any corpus)."""
from tests.snippets import organs as _organs


def _article(body: str) -> str:
    return "第一章 总则\n第一条 为规范资金管理，制定本办法。\n第二条 " + body + "\n"


def test_places_with_bracketed_alternatives_sharing_one_each_carry_to_the_next_department():
    # a Jiangxi provincial 办法 of the 2010s: `各县（市、区）交通运输部门、财政部门` drops the shared 各县（市、区） before
    # the second department, which inherits it (spec 1.1 section 5; guide D34), as `各级农业农村部门、财政部门` does
    got = _organs(_article("各县（市、区）交通运输部门、财政部门应当按照本办法加强资金监管。"), "江西省", "province")
    assert got == {"各县（市、区）交通运输部门": "各县（市、区）交通运输部门",
                   "各县（市、区）财政部门": "财政部门"}, got
    # a Hubei 细则: 各市（州） then a department of its own with a prefix: nothing is carried
    got = _organs(_article("各市（州）民政部门负责本地区的组织实施，省民政厅负责指导。"), "湖北省", "province")
    assert got == {"各市（州）民政部门": "各市（州）民政部门", "湖北省民政厅": "省民政厅"}, got


def test_inner_mongolias_banner_county_city_kinds_before_a_sector_authority():
    # a Chifeng municipal 办法 of the 2000s: `旗县市（区）水行政主管部门` is a collective of the places of those kinds, as
    # `县（市、区）教育行政部门` is (spec 1.1 section 5, kept as written), not a bare authority of no place
    got = _organs(_article("旗县市（区）水行政主管部门负责本行政区域内水土保持的监督管理。"), "内蒙古自治区赤峰市", "prefecture")
    assert got == {"旗县市（区）水行政主管部门": "旗县市（区）水行政主管部门"}, got


def test_a_county_level_administrative_zones_committee_in_a_list_of_governments():
    # a Hunan prefecture's 办法 of the 2010s: 管理区 (county-level zones such as Hunan's farms turned zones) are administered
    # by a 管理委员会 like a development zone's (named with the city's stem, as pipeline.nlp.canonical names zones);
    # listed after the counties' governments it bears the same duty (guide R11:
    # 负总责 reads as 负责), and the list is not dropped for a member it could not read
    from pipeline import process_text
    t = _article("各县（市、区）人民政府、西湖管理区管委会对本行政区域内耕地保护工作负总责，主要负责同志为第一责任人。")
    r = process_text(t, region="湖南省常德市", admin_level="prefecture")
    # ((s38-organs, guide S36 CU1 Q1) a board written short with no sourced row takes its city written in full)
    assert {d.name: d.quote for d in r.departments} == {
        "各县（市、区）人民政府": "各县（市、区）人民政府", "常德市西湖管理区管理委员会": "西湖管理区管委会"}, r.departments
    assert {(x.department, x.role, x.task) for x in r.responsibilities} == {
        ("各县（市、区）人民政府", "responsible", "第一章/第二条"),
        ("常德市西湖管理区管理委员会", "responsible", "第一章/第二条")}
    for d in r.departments:
        assert r.text[d.span[0]:d.span[1]] == d.quote


def test_a_duty_article_dividing_work_among_authorities_writes_the_level_once():
    # a Guangxi county's 管理办法 of the 2000s: `县人民政府林业主管部门负责…，水利主管部门负责…，畜牧主管部门负责…`
    # names the county's authorities in clauses of one sentence, the level written on the first only (spec 1.1 section
    # 6, duty articles; section 5: a list that drops a shared prefix inherits it)
    from pipeline import process_text
    t = ("第一章 总则\n第一条 为加强生态保护，制定本办法。\n"
         "第二条 县人民政府林业主管部门负责全县的林地保护工作，水利主管部门负责全县的水土保持工作，"
         "畜牧主管部门负责全县的草地管理工作。\n"
         "第三条 水利主管部门应当加强监督检查。有关主管部门负责配合。\n")
    r = process_text(t, region="广西壮族自治区河池市凤山县", admin_level="county")
    got = {(x.department, x.role, x.task) for x in r.responsibilities if x.task == "第一章/第二条"}
    assert got == {("凤山县人民政府林业主管部门", "responsible", "第一章/第二条"),
                   ("凤山县水利主管部门", "responsible", "第一章/第二条"),
                   ("凤山县畜牧主管部门", "responsible", "第一章/第二条")}, got
    # precision: the next article's bare authority (a new sentence) and a determiner's collective stay as written
    quotes = {d.quote: d.name for d in r.departments}
    assert quotes.get("有关主管部门") == "有关主管部门", quotes
    assert any(d.name == "水利主管部门" for d in r.departments), quotes
    for d in r.departments:
        assert r.text[d.span[0]:d.span[1]] == d.quote
