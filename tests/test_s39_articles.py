"""Article-form rules, session 39 (s39-articles): how the duty articles of 办法/规定/条例 give work to organs (spec 1.1
section 6: `A会同B…` gives A lead and B co; a duty article's `负责` gives its organ the article).

* an adverb of time or manner between the modal and the cue (`发生…的，X应当及时会同Y调查处理`, `X应当定期会同Y检查`,
  `X应当立即负责组织抢修`), as rules write a duty that falls due on an event or a schedule: the cue is still the
  subject's, as `应当会同`/`应当负责` are.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
gaps (a Shandong county's 暂行办法 of 1999, an Inner Mongolia league's 规定 of 2008); not copied from any corpus.
"""
from pipeline import process_text


def _run(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    r = rec.model_dump()
    for x in r["responsibilities"]:
        assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}


def test_an_adverb_of_time_between_the_modal_and_the_cue():
    # a Shandong county's 暂行办法 of 1999: duties that fall due on an event or once a year
    body = ("第一条　为了加强农村集贸市场管理，制定本办法。\n"
            "第二条　集贸市场发生食物中毒事件的，县卫生局应当及时会同县工商局调查处理。\n"
            "第三条　县工商局应当每年会同县物价局对集贸市场收费情况进行检查。\n"
            "第四条　集贸市场设施遭受损毁的，县建设局应当立即负责组织抢修。\n"
            "第五条　县公安局应当定期会同县卫生局开展市场公共卫生检查。\n"
            "第六条　本办法自1999年10月1日起施行。\n")
    assert _run("莒南县农村集贸市场管理暂行办法", "莒南县人民政府", "1999年8月20日", body) == {
        ("第二条", "莒南县卫生局", "lead"), ("第二条", "莒南县工商行政管理局", "co"),
        ("第三条", "莒南县工商行政管理局", "lead"), ("第三条", "莒南县物价局", "co"),
        ("第四条", "莒南县建设局", "responsible"),
        ("第五条", "莒南县公安局", "lead"), ("第五条", "莒南县卫生局", "co"),
    }


def test_a_utility_closing_a_list_after_named_organs_is_read_without_failing():
    # a Hainan county's 规定 of 2012: the power company closes the list of those who assist after two named bureaus; the
    # utility is the unit (organ_utility_sectors.tsv), so the sector reader adds nothing for it and must not take the
    # mention before it for its own
    body = ("第一条　为了加强农村饮水安全工程管理，制定本规定。\n"
            "第二条　县水务局负责农村饮水安全工程的建设管理。\n"
            "县卫生局、县民政局、电力等部门和单位应当予以配合。\n"
            "第三条　本规定自2012年3月1日起施行。\n")
    rec = process_text(f"琼中黎族苗族自治县农村饮水安全工程管理规定\n\n{body}\n\n琼中黎族苗族自治县人民政府\n2012年1月16日\n",
                       doc_id="t").model_dump()
    assert ("第二条", "琼中黎族苗族自治县水务局", "responsible") in {
        (x["task"], x["department"], x["role"]) for x in rec["responsibilities"]}
    assert "电力部门" not in {d["name"] for d in rec["departments"]}
