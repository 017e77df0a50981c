"""Article-form rules, session 33 wave 2 (s33-articles2): how statutes name organs relative to a place or a level.

* a place determiner written once before a list of the levels' governments (`事故发生地设区的市人民政府、县级人民政府`) is
  every level's (guide D113), and before the governments concerned (`案件发生地有关人民政府`) it is kept as written;
* the congress of a level relative to the actor (`同级人民代表大会`, `本级人民代表大会常务委员会`) is a collective as
  written, and `X及其常务委员会` gives X and X's standing committee (guide D21);
* the statutes' provincial formula with a bracketed field (`住房城乡建设（燃气）主管部门`) names two authorities even where
  the field is no bureau's of the sector table.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the misses
(a Fujian provincial rule of 2009, a Guangdong city's rule of 2016, a ministry's rule of 2004); not copied from any corpus.
"""
from pipeline import process_text


def _run(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    r = rec.model_dump()
    return {d["name"] for d in r["departments"]}, {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}


def test_a_place_determiner_runs_along_the_levels_governments():
    # a Fujian provincial rule of 2009 on fire investigations
    body = ("第一条　为了规范火灾事故调查，制定本办法。\n"
            "第七条　较大火灾、一般火灾分别由事故发生地设区的市人民政府、县级人民政府负责调查。\n"
            "第八条　案件发生地有关人民政府应当予以配合。\n")
    names, triples = _run("福建省火灾事故调查处理办法", "福建省人民政府", "2009年8月1日", body)
    assert {"事故发生地设区的市人民政府", "事故发生地县级人民政府", "案件发生地有关人民政府"} <= names
    assert "县级人民政府" not in names and "有关人民政府" not in names
    assert {("第七条", "事故发生地设区的市人民政府", "responsible"),
            ("第七条", "事故发生地县级人民政府", "responsible")} <= triples


def test_the_congress_of_a_relative_level_and_its_standing_committee():
    # a Guangdong city's rule of 2016 on government investment
    body = ("第一条　为了规范政府投资管理，制定本办法。\n"
            "第九条　政府投资年度计划应当报请本级人民代表大会审议。\n"
            "第十条　重大项目应当向同级人民代表大会及其常务委员会报告。\n"
            "第十一条　计划调整的，报本级人民代表大会常务委员会备案。\n")
    names, _ = _run("佛山市政府投资管理办法", "佛山市人民政府", "2016年3月1日", body)
    assert {"本级人民代表大会", "同级人民代表大会", "同级人民代表大会常务委员会",
            "本级人民代表大会常务委员会"} <= names
    assert not any(n.endswith("及其常务委员会") for n in names)


def test_a_bracketed_field_in_the_provincial_formula_names_a_second_authority():
    # a ministry's rule of 2004 on urban gas
    body = ("第一条　为了加强城镇燃气管理，制定本规定。\n"
            "第三条　省、自治区、直辖市人民政府住房城乡建设（燃气）主管部门负责本行政区域内的燃气管理工作。\n")
    names, _ = _run("城镇燃气管理规定", "建设部", "2004年6月1日", body)
    assert {"省、自治区、直辖市人民政府住房城乡建设主管部门", "省、自治区、直辖市人民政府燃气主管部门"} <= names
    assert not any("（" in n for n in names)


def test_the_accident_inquiry_team_as_the_subject_of_an_article():
    # a Shandong provincial rule of 2012 on road accidents: the team named where it acts, not where it is formed
    body = ("第一条　为了规范道路运输事故调查，制定本办法。\n"
            "第十一条　县级人民政府可以委托有关部门组织事故调查组进行调查。\n"
            "第十二条　事故调查组应当自事故发生之日起30日内提交调查报告。\n"
            "第十三条　事故调查组组长由负责事故调查的人民政府指定。\n")
    names, _ = _run("山东省道路运输事故调查办法", "山东省人民政府", "2012年5月1日", body)
    assert {"县级人民政府", "有关部门", "事故调查组", "负责事故调查的人民政府"} <= names
    assert not any("组长" in n for n in names)


def test_the_government_named_by_the_inquiry_it_is_responsible_for():
    # a Hubei city's rule of 2013 on construction accidents
    body = ("第一条　为了规范建设工程事故调查处理，制定本办法。\n"
            "第十五条　调查报告经负责事故调查的人民政府批准后，调查工作即告结束。\n"
            "第十六条　负责事故调查的人民政府应当在15日内作出批复。\n")
    names, _ = _run("襄阳市建设工程事故调查处理办法", "襄阳市人民政府", "2013年9月1日", body)
    assert "负责事故调查的人民政府" in names
    assert not any(n.endswith("人民政府") and n != "负责事故调查的人民政府" for n in names)


def test_a_by_x_in_charge_phrase_closed_by_de_gives_no_duty():
    # a Hunan provincial rule of 2008 on flood inquiries: the matters a government is in charge of, named as a noun
    body = ("第一条　为了规范洪涝灾害调查，制定本规定。\n"
            "第九条　上一级人民政府认为必要时，可以复核由下一级人民政府负责核定的事项。\n"
            "第十条　依照本规定应当由省人民政府负责核定的，省人民政府可以另行组织核定。\n"
            "第十一条　县级人民政府负责本行政区域内灾情的核定。\n")
    _, triples = _run("湖南省洪涝灾情核定规定", "湖南省人民政府", "2008年7月1日", body)
    assert triples == {("第十一条", "县级人民政府", "responsible")}
