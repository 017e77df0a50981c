"""Article-form rules, session 36 (s36-articles): how 办法/规定/条例 name organs in their 附则 and duty articles.

* the author of an earlier rule a 附则 repeals or an article cites under an old name (`2003年国家环境保护总局发布的《…》同时
  废止`, `原国家林业局印发的《…》`) is written as the organ of the issue date that holds its work (guide D99, confirmed in S32
  for `建设部` in a 2010 rule and in S34 for `原X`; spec §5 organs of their time);
* `X、Y等行政主管部门按照各自职责，协同实施本办法` after another organ's 负责 in the same article: the listed sectors' share
  of its work, `co` (guide R40 and S34: 协同 after a lead is a co word); the close naming the kind of authority adds no entry.

Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
misses (a Yunnan city's 办法 of 2016, a Guizhou county's 细则 of 2019, a Henan city's 办法 of 2013, a Gansu provincial
规定 of 2004); not copied from any corpus.
"""
from pipeline import process_text


def _run(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t")
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    r = rec.model_dump()
    return ({d["name"]: d["quote"] for d in r["departments"]},
            {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]})


def test_the_author_of_a_repealed_rule_is_the_organ_of_the_issue_date():
    # a Yunnan city's 办法 of 2016: the 2008 successor, not the 2018 one
    body = ("第一条　为了加强饮用水水源保护，制定本办法。\n"
            "第二条　市环境保护局负责全市饮用水水源保护的监督管理。\n"
            "第三条　本办法自2016年7月1日起施行。2003年国家环境保护总局发布的《饮用水水源保护区污染防治管理规定》"
            "在本市的实施细则同时废止。\n")
    names, _ = _run("曲靖市饮用水水源保护办法", "曲靖市人民政府", "2016年6月1日", body)
    assert names.get("环境保护部") == "国家环境保护总局"
    assert "国家环境保护总局" not in names and "生态环境部" not in names
    # a Guizhou county's 细则 of 2019 citing a rule of the former forestry administration with 原
    body = ("第一条　根据原国家林业局印发的《林木采伐管理规定》，制定本细则。\n"
            "第二条　县林业局负责全县林木采伐的审核。\n")
    names, _ = _run("石阡县林木采伐管理实施细则", "石阡县人民政府", "2019年3月5日", body)
    assert names.get("国家林业和草原局") == "国家林业局"
    assert "国家林业局" not in names
    # before the rename the old name is the organ of its time (a Gansu provincial 规定 of 2004)
    body = ("第一条　根据国家环境保护总局发布的《排污费征收标准管理办法》，制定本规定。\n"
            "第二条　省环境保护局负责全省排污费征收的监督管理。\n")
    names, _ = _run("甘肃省排污费征收使用管理规定", "甘肃省人民政府", "2004年2月1日", body)
    assert names.get("国家环境保护总局") == "国家环境保护总局"


def test_sectors_closed_by_the_kind_of_authority_that_work_with_the_lead():
    # a Henan city's 办法 of 2013: the city's authority 负责, then the sectors `等行政主管部门…协同实施本办法`
    body = ("第一条　为了加强城市供水管理，制定本办法。\n"
            "第二条　市城市管理行政主管部门负责本市城市供水的监督管理工作。\n"
            "卫生、规划、环境保护、公安消防等行政主管部门按照各自职责，协同实施本办法。\n"
            "第三条　本办法自2013年6月1日起施行。\n")
    names, triples = _run("鹤壁市城市供水管理办法", "鹤壁市人民政府", "2013年5月1日", body)
    assert triples == {("第二条", "鹤壁市城市管理行政主管部门", "responsible"), ("第二条", "卫生行政主管部门", "co"),
                       ("第二条", "规划行政主管部门", "co"), ("第二条", "环境保护行政主管部门", "co"),
                       ("第二条", "公安消防行政主管部门", "co")}
    assert "行政主管部门" not in names
    # with no lead named in the article, the same sentence gives nothing (guide R9)
    body = ("第一条　为了加强城市供水管理，制定本办法。\n"
            "第二条　卫生、规划等行政主管部门按照各自职责，协同实施本办法。\n")
    _, triples = _run("鹤壁市城市供水管理办法", "鹤壁市人民政府", "2013年5月1日", body)
    assert triples == set()


def _targets(title: str, signer: str, date: str, body: str):
    rec = process_text(f"{title}\n\n{body}\n\n{signer}\n{date}\n", doc_id="t").model_dump()
    return [(t["task"], t["value"], t["unit"], t["comparator"]) for t in rec["targets"]]


def test_a_fund_accrual_rate_before_the_point_the_accrual_stops():
    # a Sichuan provincial 办法 of 2015: the rate is the rule; the 30% it stops at and a benefit's chain of conditions
    # (第三条: both numbers pick out who is rewarded) stay out
    body = ("第一条　为了加强失业保险基金管理，制定本办法。\n"
            "第二条　失业保险基金按照当年征缴总额的一定比例提取调剂金，提取比例不低于5%，调剂金累计结存达到当年征缴总额30%的，"
            "不再提取。\n"
            "第三条　企业年缴费额不低于10万元，吸纳就业人数达到50人的，给予奖励。\n")
    assert _targets("四川省失业保险基金管理办法", "四川省人民政府", "2015年3月1日", body) == [("第二条", 5.0, "%", ">=")]


def test_the_least_staff_of_an_inquiry_after_the_examples_of_who_they_are():
    # a Ningxia regional 办法 of 2018: `…等3名以上工作人员` is the floor of staff the inquiry needs; a count after 等
    # without a bound still sums the list up (`财政、人社等8个部门`: no target)
    body = ("第一条　为了规范最低生活保障审核确认工作，制定本办法。\n"
            "第二条　乡（镇）人民政府应当自受理申请之日起5个工作日内，组织村（居）民委员会成员、驻村干部等3名以上工作人员，"
            "对申请家庭的经济状况进行入户调查。\n"
            "第三条　民政、财政、人社等3个部门应当共享申请家庭的信息。\n")
    assert _targets("宁夏回族自治区最低生活保障审核确认办法", "宁夏回族自治区民政厅", "2018年3月1日", body) == [
        ("第二条", 3.0, "名", ">=")]


def test_the_count_closing_a_division_into_kinds_describes_the_rule():
    # a Fujian city's 办法 of 2018: the funds divided into two kinds (a grant word inside a kind's name changes nothing);
    # a floor on kinds of platform to build is still a target
    body = ("第一条　为了规范就业补助资金管理，制定本办法。\n"
            "第二条　就业补助资金分为对个人和单位的补贴、公共就业服务能力建设补助两类。\n"
            "第三条　每个街道至少建成2种以上就业服务平台。\n")
    assert _targets("福州市就业补助资金管理办法", "福州市人民政府", "2018年5月1日", body) == [("第三条", 2.0, "种", ">=")]


def test_a_group_named_by_its_income_before_the_standard_it_pays_by():
    # a Guangxi city's 办法 of 2016: rent shares of two groups; the income in the second group's name is no eligibility
    # standard, while a standard of income and assets widened for who qualifies stays out (第三条)
    body = ("第一条　为了规范公共租赁住房管理，制定本办法。\n"
            "第二条　最低生活保障家庭承租公共租赁住房的，按照租金标准的20%缴纳租金；中等偏下收入家庭按照租金标准的60%缴纳租金。\n"
            "第三条　申请家庭的收入、财产标准放宽到上述标准的150%。\n")
    assert _targets("柳州市公共租赁住房管理办法", "柳州市人民政府", "2016年5月1日", body) == [
        ("第二条", 20.0, "%", "="), ("第二条", 60.0, "%", "=")]
