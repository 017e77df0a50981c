"""Article-form rules, session 35 (s35-articles): how the duty articles of 办法/规定/条例 give work to organs.

* a duty article's subject may stand before a comma and an adverbial of its powers (`X、Y人民政府和各开发区管理委员会，
  按照规定的职责负责本辖区内…`, `…，依照法定职责负责…`): the 负责 is still the subject's duty (spec §6 duty articles);
* a term declared for the office a regulated unit must set up or name (`医疗机构应当设置…或者指定部门（以下统称X部门）`) names
  that unit's office, no organ (spec §5: service bodies and enterprises are no departments), nor do the unit's own
  departments written after its name (`医疗机构各部门`);
* `X、Y等有关部门应当按照各自职责，协同做好…` after another organ's 负责 in the same article is their share of its work:
  `co` (guide S34, R40: 协同 after a lead is a co word like 配合, 协助);

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
misses (a Zhejiang provincial 条例 of 1998, a Hunan county 暂行办法 of 2009, a Jiangsu provincial 办法 of 2005, a Shaanxi
city's 规定 of 2017, a Guangxi city's 规定 of 2021); not copied from any corpus.
"""
from pipeline import process_text


def _run(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    r = rec.model_dump()
    return ({d["name"] for d in r["departments"]}, {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]},
            [(t["task"], t["value"], t["unit"]) for t in r["targets"]])


def test_a_duty_subject_before_a_comma_and_the_adverbial_of_its_powers():
    # a Zhejiang provincial 条例 of 1998: the cities' governments and the zones' boards, then their stated powers
    body = ("第一条　为了加强城市绿化管理，制定本条例。\n"
            "第二条　省人民政府建设行政主管部门负责全省城市绿化工作。\n"
            "杭州市、宁波市人民政府和各开发区管理委员会，按照规定的职责负责本辖区内城市绿化的日常监督管理工作。\n"
            "第三条　温州市人民政府，依照法定职责负责瓯江沿岸绿地的保护。\n")
    _, triples, _ = _run("浙江省城市绿化条例", "浙江省人民代表大会常务委员会", "1998年6月1日", body)
    assert {("第二条", "杭州市人民政府", "responsible"), ("第二条", "宁波市人民政府", "responsible"),
            ("第二条", "各开发区管理委员会", "responsible"), ("第三条", "温州市人民政府", "responsible")} <= triples


def test_a_duty_subject_with_the_powers_of_this_rule():
    # a Hunan county 暂行办法 of 2009: the towns' governments under the powers the rule itself gives
    body = ("第一条　为了加强农村饮水安全工程管理，制定本暂行办法。\n"
            "第二条　县水利局负责全县农村饮水安全工程的监督管理。\n"
            "各乡镇人民政府按照本办法规定的职责负责本乡镇饮水工程的日常管护。\n"
            "第三条　县卫生局按规定职责负责饮用水水质的卫生监测。\n")
    _, triples, _ = _run("祁阳县农村饮水安全工程管理暂行办法", "祁阳县人民政府", "2009年3月2日", body)
    assert {("第二条", "祁阳县水利局", "responsible"), ("第二条", "各乡镇人民政府", "responsible"),
            ("第三条", "祁阳县卫生局", "responsible")} <= triples


def test_a_term_declared_for_the_office_a_regulated_unit_sets_up_is_no_organ():
    # a Jiangsu provincial 办法 of 2005 on school safety: the schools' own safety office under a declared term
    body = ("第一条　为了规范学校安全管理，制定本办法。\n"
            "第二条　县级以上人民政府教育行政部门负责本行政区域内学校安全的监督管理。\n"
            "第三条　学校应当设立安全保卫机构或者指定专人（以下统称安全管理部门）负责日常安全工作。\n"
            "第四条　安全管理部门履行下列职责：\n（一）组织安全检查；\n（二）处置突发事件。\n"
            "第五条　教职工应当配合学校安全管理部门开展工作。有关安全管理部门应当每学期组织演练。\n"
            "第六条　学校各部门应当支持安全管理部门的工作。县级以上人民政府有关部门应当给予指导。\n")
    names, triples, _ = _run("江苏省学校安全管理办法", "江苏省人民政府", "2005年9月1日", body)
    assert names == {"县级以上人民政府教育行政部门", "县级以上人民政府有关部门"}
    assert triples == {("第二条", "县级以上人民政府教育行政部门", "responsible")}


def test_a_term_declared_for_organs_stays_an_organ():
    # a Shaanxi city's 规定 of 2017: the term is declared for the government's own bodies, not a unit's office
    body = ("第一条　为了加强城市排水管理，制定本规定。\n"
            "第二条　市人民政府确定的排水主管部门（以下简称排水主管部门）负责本市城市排水的监督管理工作。\n"
            "第三条　排水主管部门应当会同市生态环境局编制排水规划。\n")
    names, triples, _ = _run("宝鸡市城市排水管理规定", "宝鸡市人民政府", "2017年4月6日", body)
    assert "宝鸡市人民政府确定的排水主管部门" in names
    assert ("第三条", "宝鸡市人民政府确定的排水主管部门", "lead") in triples


def test_xietong_after_a_duty_article_s_fuze_is_the_others_share():
    # a Guangxi city's 规定 of 2021 (guide S34, R40: 协同 after another organ's 负责 in the same article is co)
    body = ("第一条　为了加强城市供水管理，制定本规定。\n"
            "第二条　市城市管理局负责本市城市供水的监督管理工作。\n"
            "发展改革、卫生健康、生态环境等有关部门应当按照各自职责，协同做好城市供水管理工作。\n"
            "第三条　各区人民政府应当建立供水协同机制。\n"
            "第四条　交通运输、公安等部门按照各自职责，协同实施本规定。\n")
    _, triples, _ = _run("南宁市城市供水管理规定", "南宁市人民政府", "2021年5月8日", body)
    assert triples == {("第二条", "南宁市城市管理局", "responsible"), ("第二条", "发展改革部门", "co"),
                       ("第二条", "卫生健康部门", "co"), ("第二条", "生态环境部门", "co")}
