"""Article-form rules, session 35 (s35-articles): how the duty articles of 办法/规定/条例 give work to organs.

* a duty article's subject may stand before a comma and an adverbial of its powers (`X、Y人民政府和各开发区管理委员会，
  按照规定的职责负责本辖区内…`, `…，依照法定职责负责…`): the 负责 is still the subject's duty (spec §6 duty articles);

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
misses (a Zhejiang provincial 条例 of 1998, a Hunan county 暂行办法 of 2009); not copied from any corpus.
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
