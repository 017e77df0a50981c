"""Assignments in duty articles, session 29 (s29-duty): classes read from the article-form and pre-2018 notices
(authored, stress o01–o48, open country batches).

* a bracketed alternative organ (`镇人民政府（街道办事处）`) in a sentence of its own that `协助`/`配合`s the work
  after the article's 负责 shares the co clause, as it shares a 负责 (spec 1.1 section 5, two organs; guide R40 made
  precise in S29d; stress o34);
* a bureau written with its own sub-unit (`X及其所属的卫生监督所负责…`, `X及其水政监察支队负责…`) keeps its duty; the
  sub-unit the tables miss voids nothing (spec 1.1 section 6 duty articles; guide D96; probe of statute phrasing, no open
  notice touched).

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
classes (a Sichuan county 2008 办法, a Shaanxi city 2006 办法); not copied from any corpus.
"""
from tests.test_organs_s5 import _run


def test_bracketed_alternative_organ_shares_the_co_sentence_after_the_lead():
    # a Sichuan county 办法 (2008): the towns (or street offices) assist the bureau's work in a sentence of their own
    text = ("三台县农村五保供养管理办法\n\n第一条　为规范农村五保供养工作，制定本办法。\n"
            "第二条　县民政局负责全县农村五保供养的审批和管理。镇人民政府（街道办事处）、县财政局应当协助做好"
            "供养对象的调查核实工作。\n"
            "第三条　县民政局负责供养标准的测算，乡（镇）人民政府（街道办事处）应当予以配合。\n"
            "第四条　县人力资源和社会保障局（县医疗保险局）应当配合做好五保对象医疗救助工作。\n")
    _, triples = _run(text, "四川省绵阳市三台县", "county")
    assert triples == {("第二条", "三台县民政局", "responsible"), ("第二条", "镇人民政府", "co"),
                       ("第二条", "街道办事处", "co"), ("第二条", "三台县财政局", "co"),
                       ("第三条", "三台县民政局", "responsible"), ("第三条", "乡（镇）人民政府", "co"),
                       ("第三条", "街道办事处", "co")}


def test_bureau_with_its_own_sub_unit_keeps_the_duty():
    # a Shaanxi city 办法 (2006): `X及其所属的Y负责…`, `X及其Y负责…` name a bureau with its enforcement arm; the duty is
    # the bureau's, the sub-unit the tables do not read gets nothing and voids nothing
    text = ("宝鸡市城市供水管理办法\n\n第一条　为加强城市供水管理，制定本办法。\n"
            "第二条　市卫生局及其所属的卫生监督所负责城市供水水质的卫生监督。\n"
            "第三条　市水利局及其水政监察支队负责水资源的执法检查。\n")
    _, triples = _run(text, "陕西省宝鸡市", "prefecture")
    assert triples == {("第二条", "宝鸡市卫生局", "responsible"), ("第三条", "宝鸡市水利局", "responsible")}
