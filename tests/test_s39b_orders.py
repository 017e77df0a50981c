"""s39b-orders: metadata of rules published by order or announcement (spec §3; guide M10, M14, M22, S32).

Snippets invented in the forms offices print, in another province, level or era than the notices that showed the gap."""
from pipeline.clean import normalize_string
from pipeline.extract import extract_all

RULE = "第一条　为了规范管理，根据有关法律法规，制定本办法。\n第二条　本办法自公布之日起施行。\n"


def meta(text: str) -> dict:
    return extract_all(normalize_string(text)).metadata.model_dump(exclude={"evidence"})


def test_joint_order_with_its_organs_on_one_line_is_numbered_as_m22_writes_it():
    """Three ministries on the order's line, `令` apart, the number in the year on the next line (a 2015-era joint order)."""
    text = ("商务部 公安部 国家工商行政管理总局 令\n2015年第3号\n"
            "《旧货流通管理规定》已经商务部部务会议审议通过，并经公安部、国家工商行政管理总局同意，现予公布，自2015年10月1日起施行。\n"
            "商务部部长　某某\n公安部部长　某某\n国家工商行政管理总局局长　某某\n2015年8月20日\n旧货流通管理规定\n" + RULE)
    m = meta(text)
    assert m["doc_number"] == "商务部、公安部、国家工商行政管理总局令2015年第3号"
    assert m["issuers"] == ["商务部", "公安部", "国家工商行政管理总局"]
    assert (m["issue_date"], m["title"], m["region"]) == ("2015-08-20", "旧货流通管理规定", "全国")


def test_joint_order_with_the_state_name_on_each_organ_drops_it_from_the_number():
    text = ("中华人民共和国财政部 中华人民共和国水利部 令\n第12号\n"
            "《某项资金管理办法》已经财政部、水利部审议通过，现予公布，自2001年7月1日起施行。\n"
            "财政部部长　某某\n水利部部长　某某\n二〇〇一年五月十日\n某项资金管理办法\n" + RULE)
    m = meta(text)
    assert (m["doc_number"], m["issuers"]) == ("财政部、水利部令第12号", ["财政部", "水利部"])


def test_older_number_first_order_heading():
    """The 1990s-2000s `某部第N号令` heading over the order (a ministry of another field than the one seen)."""
    text = ("交通部第8号令\n《港口设施保安规则》已于2003年10月8日经第12次部务会议通过，现予发布，自2004年7月1日起施行。\n"
            "部长　某某\n二〇〇三年十一月二十日\n港口设施保安规则\n" + RULE)
    m = meta(text)
    assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("交通部第8号令", ["交通部"], "2003-11-20")
    assert (m["title"], m["doc_type"], m["region"]) == ("港口设施保安规则", "规则", "全国")


def test_congress_announcement_numbered_within_its_term():
    """A provincial 常委会公告 numbered in its term (`（十二届）第8号`), Yunnan style rather than Beijing's 〔〕."""
    text = ("云南省人民代表大会常务委员会公告\n（十二届）第8号\n"
            "《云南省湿地保护条例》已由云南省第十二届人民代表大会常务委员会第八次会议于2013年9月25日审议通过，现予公布，"
            "自2014年1月1日起施行。\n云南省人民代表大会常务委员会\n2013年9月25日\n云南省湿地保护条例\n"
            + RULE.replace("办法", "条例"))
    m = meta(text)
    assert m["doc_number"] == "云南省人民代表大会常务委员会公告（十二届）第8号"
    assert (m["issuers"], m["issue_date"], m["region"]) == (["云南省人民代表大会常务委员会"], "2013-09-25", "云南省")
    assert (m["title"], m["doc_type"]) == ("云南省湿地保护条例", "条例")


def test_congress_announcement_numbered_in_chinese_numerals():
    text = ("安徽省人民代表大会常务委员会公告\n第三十五号\n"
            "《安徽省林地保护条例》已于2005年11月18日经安徽省第十届人民代表大会常务委员会第二十次会议通过，现予公布，"
            "自2006年1月1日起施行。\n安徽省人民代表大会常务委员会\n2005年11月18日\n安徽省林地保护条例\n"
            + RULE.replace("办法", "条例"))
    m = meta(text)
    assert m["doc_number"] == "安徽省人民代表大会常务委员会公告第三十五号"
    assert (m["issuers"], m["issue_date"]) == (["安徽省人民代表大会常务委员会"], "2005-11-18")


def test_standing_committee_signing_with_its_term_is_the_standing_committee():
    """A city congress's committee heading its 公告 with its term: the organ is the 人民代表大会常务委员会."""
    text = ("成都市第十七届人民代表大会常务委员会公告\n第20号\n"
            "《成都市河湖保护条例》已由成都市第十七届人民代表大会常务委员会第十次会议于2019年8月28日通过，"
            "2019年9月26日四川省第十三届人民代表大会常务委员会第十三次会议批准，现予公布，自2020年1月1日起施行。\n"
            "成都市第十七届人民代表大会常务委员会\n2019年10月8日\n成都市河湖保护条例\n" + RULE.replace("办法", "条例"))
    m = meta(text)
    assert m["issuers"] == ["成都市人民代表大会常务委员会"]
    assert m["doc_number"] == "成都市第十七届人民代表大会常务委员会公告第20号"
    assert m["region"] == "四川省成都市"


def test_state_council_rule_in_a_collection_takes_its_adoption_day():
    """Guide M10 (closed): a collection's 题注 with the State Council's meeting and its order's 公布 day (a 2007 regulation)."""
    text = ("某某安全管理条例\n（2007年3月28日国务院第172次常务会议通过　2007年4月9日中华人民共和国国务院令第493号公布"
            "　自2007年6月1日起施行）\n第一章　总　　则\n" + RULE.replace("办法", "条例"))
    m = meta(text)
    assert (m["issue_date"], m["doc_number"], m["issuers"]) == ("2007-03-28", "中华人民共和国国务院令第493号", ["国务院"])
    assert (m["title"], m["doc_type"], m["region"]) == ("某某安全管理条例", "条例", "全国")



def test_order_number_over_the_rules_title_and_its_note_dates_it_by_the_note():
    """The order's number alone over the rule's title and its 题注, no signature (a provincial rule of the 2000s)."""
    text = ("吉林省人民政府令第180号\n吉林省某某管理办法\n（2006年11月20日吉林省人民政府第17次常务会议通过　2006年12月5日"
            "吉林省人民政府令第180号公布　自2007年1月1日起施行）\n" + RULE)
    m = meta(text)
    assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("吉林省人民政府令第180号", ["吉林省人民政府"], "2006-11-20")
    assert (m["title"], m["region"]) == ("吉林省某某管理办法", "吉林省")


def test_order_number_line_in_brackets_is_kept_as_written():
    """As the country golds read a two-line order (`…人民政府令` / `（第16号）`): the brackets are part of the number."""
    text = ("青海省人民代表大会常务委员会公告\n（第15号）\n《青海省草原防火条例》已由青海省第十三届人民代表大会常务委员会"
            "第十次会议于2019年7月31日通过，现予公布，自2019年10月1日起施行。\n青海省人民代表大会常务委员会\n2019年7月31日\n"
            "青海省草原防火条例\n" + RULE.replace("办法", "条例"))
    m = meta(text)
    assert (m["doc_number"], m["issuers"]) == ("青海省人民代表大会常务委员会公告（第15号）", ["青海省人民代表大会常务委员会"])


def test_central_bank_order_with_its_year_in_brackets():
    for head in ("中国人民银行令\n〔2016〕第2号\n", "中国人民银行令〔2016〕第2号\n"):
        text = (head + "为了规范某项业务，中国人民银行制定了《某项业务管理办法》，现予发布，自2016年8月1日起施行。\n"
                "行长　某某\n2016年6月30日\n某项业务管理办法\n" + RULE)
        m = meta(text)
        assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("中国人民银行令〔2016〕第2号", ["中国人民银行"], "2016-06-30")
        assert (m["title"], m["region"]) == ("某项业务管理办法", "全国")


def test_order_number_in_brackets_on_the_orders_line_is_kept_as_written():
    """A county-level city's order with its number on the order's line (`某市人民政府令（第3号）`), as on two lines."""
    text = ("义乌市人民政府令（第3号）\n《义乌市某某管理办法》已经2018年6月1日市人民政府第20次常务会议审议通过，现予公布，"
            "自2018年8月1日起施行。\n市长　某某\n2018年6月15日\n义乌市某某管理办法\n" + RULE)
    m = meta(text)
    assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("义乌市人民政府令（第3号）", ["义乌市人民政府"], "2018-06-15")


def test_amending_decision_named_over_its_order_and_again_over_its_text_is_no_transmitting_notice():
    """A provincial order promulgating a 修改决定 (2014), its name printed above the order and above the decision."""
    text = ("安徽省人民政府令\n第252号\n安徽省人民政府关于修改《安徽省某某管理办法》的决定\n"
            "《安徽省人民政府关于修改〈安徽省某某管理办法〉的决定》已经2014年3月10日省人民政府第21次常务会议通过，现予公布，"
            "自公布之日起施行。\n省长　某某\n2014年3月18日\n安徽省人民政府关于修改《安徽省某某管理办法》的决定\n"
            "省人民政府决定对《安徽省某某管理办法》作如下修改：\n一、将第三条修改为：……\n")
    m = meta(text)
    assert (m["title"], m["notice_title"], m["doc_type"]) == ("安徽省人民政府关于修改《安徽省某某管理办法》的决定", None, "决定")
    assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("安徽省人民政府令第252号", ["安徽省人民政府"], "2014-03-18")


def test_older_number_first_heading_of_a_city_government():
    text = ("大连市人民政府第12号令\n《大连市某某管理办法》已经1996年5月6日市人民政府第47次常务会议审议通过，现予发布。\n"
            "市长　某某\n一九九六年五月二十日\n大连市某某管理办法\n" + RULE)
    m = meta(text)
    assert (m["doc_number"], m["issuers"], m["issue_date"]) == ("大连市人民政府第12号令", ["大连市人民政府"], "1996-05-20")
    assert (m["title"], m["region"]) == ("大连市某某管理办法", "辽宁省大连市")


def test_standing_committee_announcement_named_in_a_collections_note_is_the_number():
    """A collection's 题注 naming the 公告 that published a regulation (Hebei 2000s style; Sichuan's without its date)."""
    text = ("河北省某某条例\n（2004年6月29日河北省第十届人民代表大会常务委员会第十次会议通过　2004年6月29日河北省第十届人民代表大会"
            "常务委员会公告第21号公布　自2004年9月1日起施行）\n" + RULE.replace("办法", "条例"))
    m = meta(text)
    assert m["doc_number"] == "河北省第十届人民代表大会常务委员会公告第21号"
    assert (m["issuers"], m["issue_date"], m["region"]) == (["河北省人民代表大会常务委员会"], "2004-06-29", "河北省")
    text = ("某某条例\n（2011年3月25日四川省第十一届人民代表大会常务委员会第二十一次会议通过　四川省人民代表大会常务委员会公告"
            "第五十号公布）\n" + RULE.replace("办法", "条例"))
    assert meta(text)["doc_number"] == "四川省人民代表大会常务委员会公告第五十号"


def test_announcement_masthead_over_its_number_then_its_own_title():
    """Two central organs' masthead `…公告` over `2014年第5号`, then `关于…的公告` (an earlier era, other organs)."""
    text = ("国家发展和改革委员会 商务部公告\n2014年第5号\n关于某某目录的公告\n为做好某某工作，现将有关事项公告如下：\n"
            "一、某某目录自2014年5月1日起施行。\n国家发展和改革委员会 商务部\n2014年3月20日\n")
    m = meta(text)
    assert m["doc_number"] == "国家发展和改革委员会商务部公告2014年第5号"
    assert (m["issuers"], m["issue_date"], m["doc_type"]) == (["国家发展和改革委员会", "商务部"], "2014-03-20", "公告")


def test_bare_government_of_the_meeting_is_named_by_the_order_in_the_same_note():
    """`…自治州人民政府第12次常务会议通过　…某某自治州人民政府令第5号公布` (a 2010s prefecture rule in a collection)."""
    text = ("某某管理办法\n（2016年4月8日州人民政府第12次常务会议通过　2016年4月20日黔南布依族苗族自治州人民政府令第5号公布"
            "　自2016年6月1日起施行）\n" + RULE)
    m = meta(text)
    assert (m["issuers"], m["issue_date"], m["doc_number"]) == (
        ["黔南布依族苗族自治州人民政府"], "2016-04-08", "黔南布依族苗族自治州人民政府令第5号")
    assert m["region"] == "贵州省黔南布依族苗族自治州"


def test_older_collection_record_dates_a_rule_by_its_promulgation_time():
    """An older law collection's record (`【颁布时间】`, guide M17/M10: the promulgation date where no signature)."""
    text = ("【法规名称】某某登记管理办法\n【颁布部门】国家工商行政管理局\n【发文字号】国家工商行政管理局令第88号\n"
            "【颁布时间】1998-12-03\n【实施时间】1999-01-01\n【效力属性】有效\n【正文】\n" + RULE)
    m = meta(text)
    assert (m["issue_date"], m["doc_number"], m["issuers"]) == ("1998-12-03", "国家工商行政管理局令第88号", ["国家工商行政管理局"])
    assert m["title"] == "某某登记管理办法"


def test_standing_committee_announcement_in_brackets_under_the_title():
    """Guide C7's `（某省人大常委会公告第N号）` under a regulation's title (a Guizhou regulation rather than Sichuan's)."""
    text = "贵州省某某保护条例\n（贵州省人大常委会公告第21号）\n" + RULE.replace("办法", "条例")
    m = meta(text)
    assert (m["doc_number"], m["issuers"], m["region"]) == ("贵州省人大常委会公告第21号", ["贵州省人民代表大会常务委员会"], "贵州省")
