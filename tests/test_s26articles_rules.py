"""Session 26 (s26-articles) rules for the duty articles of 办法/细则/条例/规定 (spec 1.1 section 6), each on a snippet
written for this test in the style of a province, level or era other than the notice that showed the class (none
copied from a corpus notice)."""
from __future__ import annotations

from pipeline import process_text
from tests.snippets import triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s26articles")


# A 2012 Jiangsu city 办法 with titled articles (`第二条【…】` on its own line), a `；` before the co organs.
TITLED_ARTICLES = """南通市城市绿化管理办法

第一条【目的依据】
为了加强城市绿化管理，根据《江苏省城市绿化管理条例》，结合本市实际，制定本办法。
第二条【管理部门】
市园林局是本市城市绿化行政主管部门，负责组织实施本办法。
第三条【古树名木】
古树名木的保护管理，由市园林局负责；市城管局、市公安局予以配合。
第四条【资金】
城市绿化专项资金的拨付由市财政局负责；市审计局对资金使用情况进行审计监督。
第五条【解释】
本办法由市园林局负责解释。
第六条【施行日期】
本办法自2012年7月1日起施行。
"""


def test_co_organs_after_a_semicolon_are_still_the_sentences_co():
    # `由A负责；B、C予以配合。`: the sentence ends at `。`; 配合 in a sentence that also has 负责 gives `co` (answers to
    # A12's adjudicators), also after `；`. A `；` clause with its own predicate and no cue (`市审计局对…进行审计监督`)
    # gives nothing (spec 1.1 section 6, R17)
    got = _triples(TITLED_ARTICLES)
    assert {("第三条", "南通市园林局", "responsible"), ("第三条", "南通市城市管理局", "co"),
            ("第三条", "南通市公安局", "co")} <= got
    assert {t for t in got if t[0] == "第四条"} == {("第四条", "南通市财政局", "responsible")}


def test_an_interpretation_article_with_its_title_on_the_number_line_assigns_the_article():
    # `第五条【解释】` + a new line `本办法由X负责解释。`: the article is the clause, as `第三十条 本办法由X负责解释`
    # (guide R16, spec 1.1 section 6 duty articles); the title line is no paragraph of its own
    assert ("第五条", "南通市园林局", "responsible") in _triples(TITLED_ARTICLES)


# A 1990s Hubei provincial government order's 暂行规定, untitled articles: every statutory way of writing a duty.
PROVINCIAL_ORDER = """湖北省人民政府令
第105号

《湖北省城市市容环境卫生管理暂行规定》已经省人民政府常务会议审议通过，现予发布，自发布之日起施行。

省长　蒋祝平
一九九六年五月八日

湖北省城市市容环境卫生管理暂行规定

第一条　为了加强城市市容和环境卫生管理，根据国务院《城市市容和环境卫生管理条例》，结合本省实际，制定本规定。
第二条　本规定适用于本省城市规划区内的市容和环境卫生管理。
第三条　省建设厅主管全省城市市容和环境卫生工作。
第四条　公安、工商、交通、卫生等部门按照各自职责，协同做好城市市容和环境卫生管理工作。
第五条　城市公共厕所的规划建设，由城市建设行政主管部门负责；规划、土地管理部门予以配合。
第六条　省建设厅会同省物价局制定城市生活垃圾处理收费标准。
第七条　违反本规定，在街道两侧乱设摊点的，由城市建设行政主管部门责令改正，可处以五十元以上二百元以下罚款。
第八条　本规定由省建设厅负责解释。
第九条　本规定自发布之日起施行。
"""


def test_statutory_duty_forms_of_a_provincial_order():
    # 主管 alone, `按照各自职责，协同做好` and a penalty `由X责令改正` assign nothing (guide R17, assign-s13b); `由X负责；
    # Y、Z予以配合` gives the bare sectors `co`; `A会同B制定` A lead, B co; the interpretation article its organ
    assert _triples(PROVINCIAL_ORDER) == {
        ("第五条", "城市建设行政主管部门", "responsible"),
        ("第五条", "规划部门", "co"), ("第五条", "土地管理部门", "co"),
        ("第六条", "湖北省建设厅", "lead"), ("第六条", "湖北省物价局", "co"),
        ("第八条", "湖北省建设厅", "responsible")}


# A 2002-style State Council 条例 (a law collection's copy: no issuer line).
STATE_COUNCIL_REGULATION = """野生药材资源保护管理条例

第一条　为了保护和合理利用野生药材资源，制定本条例。
第二条　国务院林业主管部门负责全国野生药材资源的保护管理工作。县级以上地方人民政府林业主管部门负责本行政区域内野生药材资源的保护管理工作。
第三条　国务院发展改革、财政、自然资源等有关部门在各自的职责范围内负责野生药材资源保护的相关工作。
第四条　野生药材资源调查由国务院林业主管部门会同国务院农业主管部门负责组织。
第五条　本条例自2002年10月1日起施行。
"""


def test_a_state_council_sector_list_gives_each_sector_its_state_council_department():
    # `国务院发展改革、财政、自然资源等有关部门`: the written prefix 国务院 is shared by the list (spec 1.1 section 5, a list
    # that drops a shared prefix inherits it), each `国务院<sector>部门` as written like `国务院林业主管部门`; the State
    # Council itself is given nothing
    got = _triples(STATE_COUNCIL_REGULATION)
    assert {t for t in got if t[0] == "第三条"} == {
        ("第三条", "国务院发展改革部门", "responsible"), ("第三条", "国务院财政部门", "responsible"),
        ("第三条", "国务院自然资源部门", "responsible")}
    assert ("第四条", "国务院林业主管部门", "lead") in got and ("第四条", "国务院农业主管部门", "co") in got


def test_a_district_rule_titled_with_its_city_is_the_districts():
    # A district's 细则 copied with its title only (a database copy, no issuer): the title writes the city before the
    # district as the district's seals do (spec 1.1 section 5), so the document is the district's and `区民政局` is
    # its bureau; a county's title without its city was read so already
    text = """成都市武侯区城乡居民最低生活保障实施细则

第一条　为规范城乡居民最低生活保障工作，制定本细则。
第二条　区民政局负责最低生活保障的审核审批和资金发放。
第三条　本细则由区民政局负责解释。
"""
    r = process_text(text, doc_id="s26articles")
    assert (r.metadata.region, r.metadata.admin_level) == ("四川省成都市武侯区", "county")
    assert {(x.task, x.department, x.role) for x in r.responsibilities} == {
        ("第二条", "成都市武侯区民政局", "responsible"), ("第三条", "成都市武侯区民政局", "responsible")}


def test_the_sumu_and_towns_of_a_banner_are_a_collective_not_a_named_town():
    # `苏木镇人民政府` in an Inner Mongolian banner's 办法: the sumu and towns (as `苏木镇政府`, `各苏木镇`), a collective
    # as written (spec 1.1 section 5); a town whose name ends in 苏木镇 (`六苏木镇人民政府`) stays that town
    text = """鄂托克旗牧区水利工程管理办法

第一章　总则
第一条　为加强牧区水利工程管理，制定本办法。
第二条　旗水利局负责全旗牧区水利工程的管理和监督，旗财政局、旗农牧业局等部门按照各自职责配合做好相关工作。
第三条　苏木镇人民政府负责本辖区牧区水利工程的日常管护，嘎查村民委员会协助。
第二章　附则
第四条　本办法由旗水利局负责解释。
"""
    assert _triples(text) == {
        ("第一章/第二条", "鄂托克旗水利局", "responsible"),
        ("第一章/第二条", "鄂托克旗财政局", "co"), ("第一章/第二条", "鄂托克旗农牧业局", "co"),
        ("第一章/第三条", "苏木镇人民政府", "responsible"),
        ("第二章/第四条", "鄂托克旗水利局", "responsible")}
    town = "凉城县草原管理办法\n\n第一条　为加强管理，制定本办法。\n第二条　六苏木镇人民政府负责本镇草原的日常管护。\n"
    assert _triples(town) == {("第二条", "凉城县六苏木镇人民政府", "responsible")}


def test_counties_cities_and_districts_written_with_one_bracket_are_one_level():
    # `县（市）区人民政府`, as the prefectures of Yunnan and Guizhou write their counties, county-level cities and districts:
    # one level of places with its bracket, a collective as written like `县（市、区）人民政府` (spec 1.1 section 5), also
    # when the government designates an authority (`…人民政府确定的…主管部门`, a function-named collective)
    text = """毕节市城市供水管理办法

第一条　为加强城市供水管理，制定本办法。
第二条　市住房城乡建设局负责全市城市供水的监督管理。县（市）区人民政府确定的供水主管部门负责本辖区城市供水的日常管理。
第三条　县（市）区人民政府负责本辖区供水设施的建设和保护。
"""
    assert _triples(text) == {
        ("第二条", "毕节市住房和城乡建设局", "responsible"),
        ("第二条", "县（市）区人民政府确定的供水主管部门", "responsible"),
        ("第三条", "县（市）区人民政府", "responsible")}


def test_levels_sharing_a_government_and_an_authority_of_a_field_the_tables_lack():
    # `区、县人民政府城市供水行政主管部门` (a 2000s city's 条例实施办法): the levels share the government and the
    # statute's authority (spec 1.1 section 5, a shared head distributed), each level's authority as written, as for a
    # field of the tables (`区、县人民政府教育行政主管部门`); the first level was read as its bare government
    text = """南宁市城市供水管理条例实施办法

第一条　根据《南宁市城市供水管理条例》，制定本办法。
第二条　市城市供水行政主管部门负责本办法的组织实施。区、县人民政府城市供水行政主管部门负责本辖区的城市供水管理工作。
"""
    assert _triples(text) == {
        ("第二条", "南宁市城市供水行政主管部门", "responsible"),
        ("第二条", "区人民政府城市供水行政主管部门", "responsible"),
        ("第二条", "县人民政府城市供水行政主管部门", "responsible")}


def test_the_provincial_formula_with_a_sector_whose_name_holds_he_and_the_corps():
    # A 2019 ministry's 办法: `省、自治区、直辖市人民政府文化和旅游主管部门` is the statutes' provincial formula, one collective
    # as written (guide D25) also where the sector's name holds 和 (2008/2018 names), and with the 兵团 beside the
    # provinces; `会同同级消防救援机构` names the fire-and-rescue authority (消防法 2021) with its determiner, as written
    text = """文化和旅游部令
第4号

娱乐场所安全管理办法

第一条　为加强娱乐场所安全管理，制定本办法。
第二条　文化和旅游部负责指导全国娱乐场所安全管理工作。省、自治区、直辖市人民政府文化和旅游主管部门负责本行政区域内娱乐场所安全的监督管理。
第三条　县级以上地方人民政府文化和旅游主管部门会同同级消防救援机构开展消防安全检查。
第四条　省、自治区、直辖市及新疆生产建设兵团人力资源和社会保障行政部门负责从业人员培训的指导。
第五条　本办法由文化和旅游部负责解释。
"""
    assert _triples(text) == {
        ("第二条", "文化和旅游部", "responsible"),
        ("第二条", "省、自治区、直辖市人民政府文化和旅游主管部门", "responsible"),
        ("第三条", "县级以上地方人民政府文化和旅游主管部门", "lead"), ("第三条", "同级消防救援机构", "co"),
        ("第四条", "省、自治区、直辖市及新疆生产建设兵团人力资源和社会保障行政部门", "responsible"),
        ("第五条", "文化和旅游部", "responsible")}
