"""Article-form targets, session 35 (s35-articles): the bound on a fine in a 法律责任 article is part of the sanction.

`…按照每平方米X元以上Y元以下处以罚款，但最高不超过Z元`: a fine counted per unit and capped in the next clause; the cap, like
the band, sets what a breach costs (guide TG6c), no target. Snippets written for these tests in the style of other
provinces, levels and eras than the notice that showed the miss (a Fujian provincial 条例 of 1997, a Sichuan county
暂行办法 of 2010); not copied from any corpus.
"""
from pipeline import process_text


def _targets(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    return [(t.task, t.value, t.unit) for t in rec.targets]


def test_the_cap_on_a_fine_counted_per_unit_is_no_target():
    # a Fujian provincial 条例 of 1997 on river sand: the fine per cubic metre, capped in the next clause
    body = ("第一条　为了加强河道采砂管理，制定本条例。\n"
            "第二条　县级以上人民政府水行政主管部门应当每年划定禁采区不少于3处。\n"
            "第三条　违反本条例规定擅自采砂的，由县级以上人民政府水行政主管部门责令停止违法行为，"
            "并按照每立方米20元以上50元以下处以罚款，但最高不超过5万元。\n")
    assert _targets("福建省河道采砂管理条例", "福建省人民代表大会常务委员会", "1997年8月20日", body) == [("第二条", 3, "处")]


def test_a_cap_that_is_no_fine_s_stays_a_target():
    # a Sichuan county 暂行办法 of 2010: a subsidy capped in the clause after a fine named in another sentence
    body = ("第一条　为了扶持农家乐发展，制定本暂行办法。\n"
            "第二条　对新评定的星级农家乐，每户补助2000元，但最高不超过1万元。\n"
            "第三条　骗取补助的，由县旅游局追回补助资金，并处1000元罚款。\n")
    got = _targets("蒲江县农家乐扶持暂行办法", "蒲江县人民政府", "2010年4月12日", body)
    assert ("第二条", 2000, "元") in got and ("第二条", 10000, "元") in got
    assert not any(t[0] == "第三条" for t in got)
