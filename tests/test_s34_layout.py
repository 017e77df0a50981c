"""(s34-layout) Two head layouts of GB/T 9704 and of gazette copies: a self-titled policy whose only head is a 题注 of its
organs and day with no verb, and a joint order that sets `令` beside the middle line of its stacked organs. Texts written
for these tests in other provinces', levels' and years' styles than the notices that showed the misses; exact items."""
from pipeline.document import process_text


def _meta(text):
    md = process_text(text, doc_id="t").model_dump()["metadata"]
    md.pop("evidence", None)
    return md


# A Gansu county's joint party-government opinion as a gazette prints it (2016): the organs, then the day, in brackets
GANSU_COUNTY_OPINION = ("关于加快发展县域特色产业的意见\n"
                        "（中共临泽县委　临泽县人民政府　2016年3月8日）\n"
                        "为加快全县特色产业发展，促进农民增收，现提出如下意见。\n"
                        "一、总体目标\n"
                        "到2020年，全县特色产业产值达到30亿元。\n"
                        "二、主要任务\n"
                        "（一）壮大制种产业。县农牧局负责，县财政局配合。\n")

# A Jiangxi town's plan on a web page (2021): the day first, then the town's government
JIANGXI_TOWN_PLAN = ("横峰镇2021年农村人居环境整治工作方案\n"
                     "（2021年3月2日　横峰县横峰镇人民政府）\n"
                     "为持续改善农村人居环境，结合我镇实际，制定本方案。\n"
                     "一、工作目标\n"
                     "年底前全镇卫生厕所普及率达到90%以上。\n")

# A bracketed date and day without organs stays what it was: a date note; a note naming no organ gives no issuer
NO_ORGAN_NOTE = ("关于进一步做好防汛工作的意见\n"
                 "（全文共五条　2020年6月1日）\n"
                 "各乡镇要切实做好防汛准备。\n")

# Three ministries' joint order (2007), each organ on its line, `令` beside the middle one, the number under the block
JOINT_ORDER_2007 = ("农业机械购置补贴专项资金使用管理暂行办法\n"
                    "中华人民共和国财政部\n"
                    "中华人民共和国农业部　令\n"
                    "中华人民共和国水利部\n"
                    "第42号\n"
                    "《农业机械购置补贴专项资金使用管理暂行办法》已经财政部、农业部、水利部审议通过，现予公布，自公布之日起施行。\n"
                    "财政部部长　金人庆\n"
                    "农业部部长　孙政才\n"
                    "水利部部长　陈　雷\n"
                    "二〇〇七年四月十日\n"
                    "农业机械购置补贴专项资金使用管理暂行办法\n"
                    "第一章　总　则\n"
                    "第一条　为了规范农业机械购置补贴专项资金管理，制定本办法。\n"
                    "第二条　县级以上人民政府农业机械化主管部门负责补贴的组织实施。\n")


def test_organs_then_day_note_names_issuers_and_date():
    md = _meta(GANSU_COUNTY_OPINION)
    assert md["issuers"] == ["中共临泽县委员会", "临泽县人民政府"]
    assert md["issue_date"] == "2016-03-08"
    assert md["admin_level"] == "county"


def test_day_then_organ_note_names_issuer_and_date():
    md = _meta(JIANGXI_TOWN_PLAN)
    assert md["issuers"] == ["横峰县横峰镇人民政府"]
    assert md["issue_date"] == "2021-03-02"


def test_note_without_organ_gives_no_issuer():
    assert _meta(NO_ORGAN_NOTE)["issuers"] == []


def test_note_is_head_not_body():
    """The note's organs are the issuers, not mentions of the body: only the body's organs are departments."""
    rec = process_text(GANSU_COUNTY_OPINION, doc_id="t").model_dump()
    assert [d["name"] for d in rec["departments"]] == ["临泽县农牧局", "临泽县财政局"]
    assert process_text(JIANGXI_TOWN_PLAN, doc_id="t").model_dump()["departments"] == []


def test_joint_order_with_order_word_beside_the_middle_organ():
    md = _meta(JOINT_ORDER_2007)
    assert md["issuers"] == ["财政部", "农业部", "水利部"]
    assert md["doc_number"] == "财政部、农业部、水利部令第42号"
    assert md["issue_date"] == "2007-04-10"
    assert md["title"] == "农业机械购置补贴专项资金使用管理暂行办法"
