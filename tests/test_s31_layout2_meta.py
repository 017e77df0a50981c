"""(s31-layout2) Metadata of central rules as law collections print them: a ministry's rule adopted at its own meeting
(部务会议, 局务会议, a head's 办公会议) and promulgated by its order later takes the adoption day (guide M10, closed in
S29) and the order's number. Rules written for these tests in other ministries' and years' styles than the copy that
showed the miss; exact expected items."""
from pipeline.document import process_text


def _md(text):
    md = process_text(text, doc_id="t").model_dump()["metadata"]
    md.pop("evidence", None)
    return md


# A Ministry of Transport rule (2016) with the year in its order number
TRANSPORT = ("道路运输车辆技术管理规定\n"
             "（2016年1月14日交通运输部第1次部务会议通过　2016年1月22日交通运输部令2016年第1号公布　自2016年3月1日起施行）\n"
             "第一章　总　　则\n"
             "第一条　为了加强道路运输车辆技术管理，保持车辆技术状况良好，根据《中华人民共和国道路运输条例》，制定本规定。\n"
             "第二条　交通运输部主管全国道路运输车辆技术管理工作。\n"
             "第二章　附　　则\n"
             "第三条　本规定自2016年3月1日起施行。\n")


def test_a_ministry_rule_adopted_at_its_bu_wu_meeting_takes_the_adoption_day_and_the_order_number():
    md = _md(TRANSPORT)
    assert md["title"] == "道路运输车辆技术管理规定"
    assert md["notice_title"] is None
    assert md["doc_number"] == "交通运输部令2016年第1号"
    assert md["issuers"] == ["交通运输部"]
    assert md["issue_date"] == "2016-01-14"
    assert (md["region"], md["admin_level"]) == ("全国", "central")
    assert md["doc_type"] == "规定"


# A former State Administration's rule (2006), adopted at its director's office meeting
QUALITY = ("工业产品生产许可证管理条例实施办法\n"
           "（2005年6月29日国家质量监督检验检疫总局局长办公会议审议通过　2005年9月15日国家质量监督检验检疫总局令第80号公布　自2005年11月1日起施行）\n"
           "第一章　总　　则\n"
           "第一条　根据《中华人民共和国工业产品生产许可证管理条例》，制定本办法。\n"
           "第二条　本办法自2005年11月1日起施行。\n")


def test_a_state_administration_rule_adopted_at_its_directors_office_meeting():
    md = _md(QUALITY)
    assert md["title"] == "工业产品生产许可证管理条例实施办法"
    assert md["doc_number"] == "国家质量监督检验检疫总局令第80号"
    assert md["issuers"] == ["国家质量监督检验检疫总局"]
    assert md["issue_date"] == "2005-06-29"
    assert (md["region"], md["admin_level"]) == ("全国", "central")
    assert md["doc_type"] == "实施办法"


# A province's rule (2010) in a collection that notes a later amendment by another order: still the adoption day and
# the first order's number
AMENDED_PROVINCE = ("浙江省渔业船舶安全管理办法\n"
                    "（2010年6月29日浙江省人民政府第50次常务会议审议通过　2010年7月15日浙江省人民政府令第278号公布　"
                    "根据2014年3月13日浙江省人民政府令第321号修正）\n"
                    "第一条　为了加强渔业船舶安全管理，保障渔民生命财产安全，制定本办法。\n"
                    "第二条　县级以上人民政府渔业行政主管部门负责本行政区域内渔业船舶的安全监督管理。\n"
                    "第三条　本办法自2010年9月1日起施行。\n")


def test_an_amendment_noted_after_the_order_keeps_the_adoption_day():
    md = _md(AMENDED_PROVINCE)
    assert md["title"] == "浙江省渔业船舶安全管理办法"
    assert md["doc_number"] == "浙江省人民政府令第278号"
    assert md["issuers"] == ["浙江省人民政府"]
    assert md["issue_date"] == "2010-06-29"
    assert (md["region"], md["admin_level"]) == ("浙江省", "province")
    assert md["doc_type"] == "办法"


# A ministry's rule (2004) revised twice by later decisions
AMENDED_MINISTRY = ("国家科学技术奖励条例实施细则\n"
                    "（1999年12月24日科学技术部第5次部务会议审议通过　根据2004年12月27日《科学技术部关于修改〈国家科学技术奖励条例实施细则〉的决定》"
                    "第一次修订　根据2008年12月23日《科学技术部关于修改〈国家科学技术奖励条例实施细则〉的决定》第二次修订）\n"
                    "第一章　总　　则\n"
                    "第一条　根据《国家科学技术奖励条例》，制定本细则。\n"
                    "第二条　本细则自发布之日起施行。\n")


def test_revisions_by_later_decisions_keep_the_adoption_day():
    md = _md(AMENDED_MINISTRY)
    assert md["title"] == "国家科学技术奖励条例实施细则"
    assert md["doc_number"] is None
    assert md["issuers"] == ["科学技术部"]
    assert md["issue_date"] == "1999-12-24"
    assert (md["region"], md["admin_level"]) == ("全国", "central")
    assert md["doc_type"] == "实施细则"
