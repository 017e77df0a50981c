"""s28-meta: layout and metadata rules of session 28 (snippets written for these tests, in the style of other
provinces, levels and eras than the notices that showed each class)."""
from pipeline.document import process_text


def record(text):
    return process_text(text, doc_id="t").model_dump()


def paths(r):
    for t in r["tasks"]:
        assert r["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return [(t["path"], t["heading"]) for t in r["tasks"]]


def test_page_titled_by_its_plan_over_an_untitled_transmitting_notice():
    # a county portal heads the page with the plan's name, then prints the 印发 notice without its own title, its
    # signature and date, and the plan under its name: the plan is the body (its items are tasks); the notice has no
    # title on the page, so none is reconstructed (guide M2)
    r = record("湄潭县人民政府 首页 > 政务公开 > 通知公告\n"
               "湄潭县2019年农村人居环境整治工作方案\n"
               "发布日期：2019-04-10　　来源：湄潭县人民政府办公室　　【字体：大 中 小】\n"
               "各镇（街道）人民政府（办事处），县直各部门：\n"
               "　　现将《湄潭县2019年农村人居环境整治工作方案》印发给你们，请认真抓好贯彻落实。\n"
               "湄潭县人民政府办公室\n2019年4月8日\n"
               "湄潭县2019年农村人居环境整治工作方案\n"
               "　　为扎实推进农村人居环境整治，结合我县实际，制定本方案。\n"
               "　　一、工作目标\n　　全县农村生活垃圾收运处置体系覆盖率达到90%以上。\n"
               "　　二、重点任务\n"
               "　　（一）推进农村生活垃圾治理。各镇（街道）负责辖区垃圾收运。\n"
               "　　（二）推进农村厕所革命。县卫生健康局负责技术指导。\n"
               "　　三、保障措施\n　　县财政局负责落实整治经费。\n")
    m = r["metadata"]
    assert m["title"] == "湄潭县2019年农村人居环境整治工作方案"
    assert m["notice_title"] is None
    assert m["issuers"] == ["湄潭县人民政府办公室"]
    assert m["issue_date"] == "2019-04-08"
    assert (m["region"], m["admin_level"], m["doc_type"]) == ("贵州省遵义市湄潭县", "county", "工作方案")
    assert paths(r) == [("一", "工作目标"), ("二", "重点任务"), ("二/(一)", "推进农村生活垃圾治理"),
                        ("二/(二)", "推进农村厕所革命"), ("三", "保障措施")]


def test_page_titled_by_a_plan_that_is_not_handed_on_keeps_its_own_text():
    # the page's title over a policy's own text that cites another plan: no transmitting notice is read into it
    r = record("安顺市2020年春耕生产工作要点\n"
               "　　为贯彻落实《贵州省2020年春耕生产工作方案》，现将有关工作安排如下。\n"
               "　　一、抓好农资供应\n　　市农业农村局负责农资调度。\n"
               "　　二、抓好技术服务\n")
    m = r["metadata"]
    assert m["title"] == "安顺市2020年春耕生产工作要点"
    assert m["notice_title"] is None
    assert paths(r) == [("一", "抓好农资供应"), ("二", "抓好技术服务")]


def test_adoption_note_with_its_number_and_the_day_it_was_issued():
    # a city's rule whose 题注 gives the meeting that adopted it, the 文号 it was issued under and the day of issue:
    # the issuer is the government that adopted it, the issue date the day it was issued (spec §3)
    r = record("赣州市城市绿化管理办法\n\n"
               "（2016年5月20日市人民政府第12次常务会议审议通过　赣市府发〔2016〕9号　2016年6月3日发布）\n\n"
               "第一章　总　则\n\n"
               "　　第一条　为加强城市绿化管理，改善城市生态环境，根据有关法律法规，结合本市实际，制定本办法。\n"
               "　　第二条　市城市管理局负责本市城市绿化工作。\n")
    m = r["metadata"]
    assert m["issuers"] == ["赣州市人民政府"]
    assert m["issue_date"] == "2016-06-03"
    assert m["doc_number"] == "赣市府发〔2016〕9号"
    assert (m["region"], m["admin_level"], m["doc_type"]) == ("江西省赣州市", "prefecture", "办法")
    ev = m["evidence"]["issue_date"]
    assert r["text"][ev["span"][0]:ev["span"][1]] == ev["quote"] == "2016年6月3日"


def test_adoption_note_with_its_number_but_no_day_of_issue_keeps_the_adoption_day():
    r = record("赣州市城市绿化管理办法\n\n"
               "（2016年5月20日市人民政府第12次常务会议审议通过　赣市府发〔2016〕9号发布）\n\n"
               "第一章　总　则\n\n"
               "　　第一条　为加强城市绿化管理，改善城市生态环境，根据有关法律法规，结合本市实际，制定本办法。\n")
    m = r["metadata"]
    assert m["issuers"] == ["赣州市人民政府"]
    assert m["issue_date"] == "2016-05-20"


def test_title_that_counts_its_issuing_organs():
    # a provincial department's page titles a joint notice by the number of its organs: the 事由 starts at 关于
    # (guide M1) and the organs come from the signature
    r = record("首页 > 政务公开 > 文件通知\n"
               "五部门关于印发《四川省职业技能竞赛管理办法》的通知\n"
               "发布时间：2021-07-02　　来源：职业能力建设处\n"
               "川人社发〔2021〕21号\n"
               "各市（州）人力资源社会保障局、发展改革委、教育局、财政局、总工会：\n"
               "　　现将《四川省职业技能竞赛管理办法》印发给你们，请遵照执行。\n"
               "四川省人力资源和社会保障厅　四川省发展和改革委员会　四川省教育厅　四川省财政厅　四川省总工会\n"
               "2021年6月28日\n"
               "四川省职业技能竞赛管理办法\n"
               "第一条　为规范职业技能竞赛活动，制定本办法。\n"
               "第二条　省人力资源社会保障厅负责全省职业技能竞赛的综合管理。\n")
    m = r["metadata"]
    assert m["notice_title"] == "关于印发《四川省职业技能竞赛管理办法》的通知"
    assert m["title"] == "四川省职业技能竞赛管理办法"
    assert m["issuers"] == ["四川省人力资源和社会保障厅", "四川省发展和改革委员会", "四川省教育厅",
                            "四川省财政厅", "四川省总工会"]
    assert m["issue_date"] == "2021-06-28"


def test_numbered_names_in_a_sentence_are_not_items():
    # villages named in a numbered series inside a paragraph (`东一、东二、东三`) after the first 一、 item: no glued
    # 二、 and 三、 headings are read out of the sentence
    r = record("桦南县农村饮水安全工程实施方案\n"
               "一、基本情况\n"
               "全县现有饮水不安全人口3.2万人，其中饮用水铁、锰含量超标人口1.1万人，水量不足人口2.1万人，"
               "主要分布在东一、东二、东三、南山等村，以及驼腰子镇部分屯。\n"
               "二、工作任务\n"
               "（一）新建集中供水工程。县水务局负责组织实施。\n"
               "（二）改造老旧管网。\n")
    assert paths(r) == [("一", "基本情况"), ("二", "工作任务"), ("二/(一)", "新建集中供水工程"),
                        ("二/(二)", "改造老旧管网")]


def test_a_heading_glued_to_a_word_is_still_read():
    # the guard above leaves a real glued heading alone: `…负责组织实施二、…` after a role word (a copy that lost breaks)
    r = record("桦南县农村饮水安全工程实施方案\n"
               "一、基本情况。全县现有饮水不安全人口3.2万人，水量不足人口2.1万人，由县水务局负责组织实施二、工作任务。"
               "各乡镇要抓好落实。\n")
    assert [p for p, _ in paths(r)] == ["一", "二"]


def test_page_titled_by_its_plan_with_the_period_on_a_line_of_its_own():
    # a city's portal: the plan's name with its period heads the page; the notice names it without 《》; the plan's
    # own title block sets the period under the name (guide M4)
    r = record("南宁市人民政府门户网站 首页 > 政务公开 > 政策文件\n"
               "南宁市养老服务体系建设三年行动计划（2021—2023年）\n"
               "发布时间：2021-05-20　　来源：南宁市民政局\n"
               "各县（市、区）人民政府，市直各有关单位：\n"
               "　　经市人民政府同意，现将南宁市养老服务体系建设三年行动计划（2021—2023年）印发给你们，请认真组织实施。\n"
               "南宁市人民政府办公室\n2021年5月14日\n"
               "南宁市养老服务体系建设三年行动计划\n（2021—2023年）\n"
               "　　为加快建设养老服务体系，制定本计划。\n"
               "　　一、总体目标\n　　到2023年，全市养老机构护理型床位占比达到55%以上。\n"
               "　　二、重点任务\n　　（一）完善居家社区养老服务网络。\n")
    m = r["metadata"]
    assert m["title"] == "南宁市养老服务体系建设三年行动计划（2021—2023年）"
    assert m["notice_title"] is None
    assert m["issuers"] == ["南宁市人民政府办公室"]
    assert m["issue_date"] == "2021-05-14"
    assert (m["region"], m["admin_level"], m["doc_type"]) == ("广西壮族自治区南宁市", "prefecture", "行动计划")
    assert paths(r) == [("一", "总体目标"), ("二", "重点任务"), ("二/(一)", "完善居家社区养老服务网络")]


def test_notice_title_with_the_page_stamp_glued_after_it():
    # a county page prints the notice title, the day it went up and its source on one line, the spaces lost in the
    # copy: the title ends at its genre word; the page's day is no issue date (guide M17)
    r = record("宁陵县人民政府关于印发宁陵县农村生活垃圾治理实施方案的通知　2018-05-14　来源：县政府办\n"
               "宁政〔2018〕12号\n各乡镇人民政府，县直有关单位：\n"
               "　　现将《宁陵县农村生活垃圾治理实施方案》印发给你们，请认真贯彻执行。\n"
               "宁陵县人民政府\n2018年5月10日\n"
               "宁陵县农村生活垃圾治理实施方案\n一、工作目标\n二、工作任务\n（一）建立收运体系。\n")
    m = r["metadata"]
    assert m["notice_title"] == "关于印发宁陵县农村生活垃圾治理实施方案的通知"
    assert m["title"] == "宁陵县农村生活垃圾治理实施方案"
    assert m["issuers"] == ["宁陵县人民政府"]
    assert m["issue_date"] == "2018-05-10"
    assert m["doc_number"] == "宁政〔2018〕12号"
    assert paths(r) == [("一", "工作目标"), ("二", "工作任务"), ("二/(一)", "建立收运体系")]


def test_signature_year_typed_with_a_letter_o_under_sealed_organs():
    # a county's joint notice: each organ with its seal mark on one line, the date under it with its 〇 typed as a
    # letter O or a digit 0: the date stays a line of its own (not run into the organs' line) and is the issue date
    for zero in ("O", "0"):
        r = record("中共泾川县委办公室　泾川县人民政府办公室\n关于印发《泾川县2013年春季造林绿化工作方案》的通知\n"
                   "泾办发〔2013〕11号\n\n各乡镇党委、政府，县直各部门：\n"
                   "　　现将《泾川县2013年春季造林绿化工作方案》印发给你们，请认真贯彻落实。\n\n"
                   f"中共泾川县委办公室（印）　　泾川县人民政府办公室（印）\n二{zero}一三年二月二十六日\n\n"
                   "泾川县2013年春季造林绿化工作方案\n\n一、工作目标\n二、工作措施\n（一）落实造林任务。\n")
        m = r["metadata"]
        assert m["issue_date"] == "2013-02-26"
        assert m["issuers"] == ["中共泾川县委办公室", "泾川县人民政府办公室"]
        assert m["title"] == "泾川县2013年春季造林绿化工作方案"
        assert m["notice_title"] == "关于印发《泾川县2013年春季造林绿化工作方案》的通知"
        assert f"二{zero}一三年二月二十六日" in r["text"]  # the record keeps the date as written
        assert paths(r) == [("一", "工作目标"), ("二", "工作措施"), ("二/(一)", "落实造林任务")]


def test_joint_signature_with_names_justified_to_one_width():
    # two central organs sign on one line, the longer name letter-spaced, the shorter spread with wider gaps of its own;
    # the widest gap parts them: one issuer each (guide M6)
    r = record("国家发展改革委　商务部关于推动农村流通设施建设的指导意见\n发改经贸〔2019〕1512号\n\n"
               "各省、自治区、直辖市发展改革委、商务主管部门：\n　　为加快农村流通设施建设，提出以下意见。\n"
               "　　一、总体要求\n　　二、重点任务\n\n"
               "国 家 发 展 改 革 委　　　商　　务　　部\n2019年9月16日\n")
    m = r["metadata"]
    assert m["issuers"] == ["国家发展和改革委员会", "商务部"]
    assert m["issue_date"] == "2019-09-16"
    assert (m["region"], m["admin_level"]) == ("全国", "central")


def test_one_name_spread_with_two_gap_widths_stays_whole():
    # a single organ set with three gap widths is one issuer: no part before a wide gap ends as an organ's name
    r = record("关于做好全县秋冬季造林工作的通知\n各乡镇人民政府：\n　　现就有关事项通知如下：\n　　一、落实造林任务。\n\n"
               "岷　　县　林 业 局\n2012年10月9日\n")
    assert r["metadata"]["issuers"] == ["岷县林业局"]


def test_news_copy_names_the_document_it_prints_in_full():
    # a provincial paper's copy: the lead-in names the document, a line says its full text follows, and the text runs
    # without its own title block: the name the copy gives it is the title (spec §3), the lead-in's organs its issuers
    r = record("湖北日报讯　近日，中共湖北省委办公厅、湖北省人民政府办公厅印发了《关于加强新时代乡村教师队伍建设的实施意见》，"
               "并发出通知，要求各地各部门结合实际认真贯彻落实。\n"
               "《关于加强新时代乡村教师队伍建设的实施意见》全文如下。\n"
               "　　为加强新时代乡村教师队伍建设，现提出如下实施意见。\n"
               "　　一、总体要求\n　　二、主要举措\n　　（一）拓宽乡村教师补充渠道。\n")
    m = r["metadata"]
    assert m["title"] == "关于加强新时代乡村教师队伍建设的实施意见"
    assert m["notice_title"] is None
    assert m["issuers"] == ["中共湖北省委办公厅", "湖北省人民政府办公厅"]
    assert (m["region"], m["admin_level"], m["doc_type"]) == ("湖北省", "province", "实施意见")
    assert m["issue_date"] is None
    assert paths(r) == [("一", "总体要求"), ("二", "主要举措"), ("二/(一)", "拓宽乡村教师补充渠道")]


def test_a_full_text_line_naming_only_the_genre_gives_no_title():
    # `《实施意见》全文如下` names the genre, not the document (guide M13)
    r = record("近日，中共湖北省委办公厅印发了《实施意见》，要求各地认真贯彻落实。\n《实施意见》全文如下。\n"
               "　　一、总体要求\n　　二、主要举措\n")
    assert r["metadata"]["title"] is None


def test_bracketed_record_fields_of_a_hard_wrapped_copy_keep_their_lines():
    # a county page whose disclosure fields are bracketed labels without a colon, over a text wrapped at a fixed
    # width: the fields never run into each other or into the title under them
    body = ("　　为进一步改善农村人居环境，根据《四川省农村生活垃圾治理工作方案》和市有关工作要求，结合我县实际，制\n"
            "定本方案。\n　　一、工作目标\n　　到2016年底，全县行政村生活垃圾有效治理率达到90%以上，新建乡镇垃圾\n"
            "中转站5座。\n　　二、主要任务\n　　（一）完善收运设施。县住房城乡建设局负责技术指导，各乡镇人民政府负\n"
            "责辖区收运设施建设。\n")
    r = record("蓬溪县人民政府\n当前位置：首页 > 政府信息公开 > 县政府办文件\n\n"
               "[索引号] 008624537/2016-00031  [发布机构] 蓬溪县政府办\n"
               "[发文字号] 蓬府办发〔2016〕18号  [成文日期] 2016-05-09\n"
               "[发布日期] 2016-05-12  [主题分类] 城乡建设、环境保护\n\n"
               "蓬溪县2016年农村生活垃圾治理工作方案\n\n浏览次数：862　　字体：[大 中 小]\n\n" + body)
    m = r["metadata"]
    assert m["title"] == "蓬溪县2016年农村生活垃圾治理工作方案"
    assert m["doc_number"] == "蓬府办发〔2016〕18号"
    assert m["issuers"] == ["蓬溪县人民政府办公室"]
    assert m["issue_date"] == "2016-05-09"
    assert (m["region"], m["admin_level"], m["doc_type"]) == ("四川省遂宁市蓬溪县", "county", "工作方案")
    assert paths(r) == [("一", "工作目标"), ("二", "主要任务"), ("二/(一)", "完善收运设施")]


def test_page_titled_by_its_plan_printed_without_its_name_under_the_notice():
    # a district page: the plan's name heads the page, the untitled notice hands it on, and the plan's items follow the
    # notice's date without the name printed again: the plan is the body, the page's title its name
    r = record("首页 > 信息公开 > 通知公告\n"
               "龙湖区2023年城市内涝防治工作方案\n"
               "发布时间：2023-04-11　　来源：区住房和城乡建设局\n"
               "各街道办事处、区直各有关单位：\n"
               "　　现将《龙湖区2023年城市内涝防治工作方案》印发给你们，请认真组织实施。\n"
               "汕头市龙湖区人民政府办公室\n2023年4月10日\n"
               "　　一、工作目标\n　　全区易涝点整治完成率达到100%。\n"
               "　　二、主要任务\n　　（一）排查整治易涝点。\n")
    m = r["metadata"]
    assert m["title"] == "龙湖区2023年城市内涝防治工作方案"
    assert m["notice_title"] is None
    assert m["issuers"] == ["汕头市龙湖区人民政府办公室"]
    assert m["issue_date"] == "2023-04-10"
    assert (m["region"], m["admin_level"]) == ("广东省汕头市龙湖区", "county")
    assert paths(r) == [("一", "工作目标"), ("二", "主要任务"), ("二/(一)", "排查整治易涝点")]


def test_signature_without_its_date_then_the_banji():
    # a county bureau's notice copied with its 事由 for a title and without the signature's date: the organ under the
    # last sentence is the issuer, the 版记's 印发 line gives the day (spec §3)
    r = record("关于做好2014年春耕生产工作的通知\n\n各乡镇农技站：\n"
               "　　为抓好今年春耕生产，现就有关事项通知如下：\n　　一、抓好农资供应。\n　　二、加强技术指导。\n\n"
               "汝城县农业局\n\n抄送：县人民政府办公室。\n汝城县农业局办公室　　　　2014年3月6日印发\n")
    m = r["metadata"]
    assert m["issuers"] == ["汝城县农业局"]
    assert m["issue_date"] == "2014-03-06"
    assert (m["region"], m["admin_level"]) == ("湖南省郴州市汝城县", "county")
    assert paths(r) == [("一", "抓好农资供应"), ("二", "加强技术指导")]


def test_an_organ_named_at_the_end_of_a_sentence_is_no_signature():
    # the last line is a sentence's end, not an organ alone under it: no signature is read
    r = record("关于做好2014年春耕生产工作的通知\n各乡镇农技站：\n　　现就有关事项通知如下：\n　　一、抓好农资供应。\n"
               "　　二、有关情况请及时报告\n县农业局\n")
    assert r["metadata"]["issuers"] == []


def test_date_printed_above_the_signing_organs():
    # a web copy that swapped the signature's two lines: the organs under the date are the issuers
    r = record("关于做好2017年农村危房改造工作的通知\n各乡镇人民政府：\n　　现就有关事项通知如下：\n"
               "　　一、明确改造对象。\n　　二、落实补助资金。\n\n"
               "2017年4月12日\n临泽县住房和城乡建设局　临泽县财政局\n\n"
               "抄送：县人民政府办公室。\n临泽县住房和城乡建设局办公室　　2017年4月13日印发\n")
    m = r["metadata"]
    assert m["issuers"] == ["临泽县住房和城乡建设局", "临泽县财政局"]
    assert m["issue_date"] == "2017-04-12"
    assert (m["region"], m["admin_level"]) == ("甘肃省张掖市临泽县", "county")
    assert paths(r) == [("一", "明确改造对象"), ("二", "落实补助资金")]


def test_street_office_named_by_the_page_is_placed_by_the_county_site():
    # a county-level city's portal prints a street's plan with only its 来源: the street office is the issuer, placed
    # by the site's own name in the page's head (spec §1: metadata may be read from anywhere); a street of a county-
    # level city carries the city in front, not its prefecture (D31)
    r = record("邛崃市人民政府 首页 > 镇街信息 > 固驿街道 > 通知公告\n\n"
               "固驿街道2023年森林草原防灭火工作方案\n\n"
               "发布日期：2023-02-20　　来源：固驿街道办事处　　访问量：356\n\n"
               "　　为切实做好2023年森林草原防灭火工作，结合街道实际，制定本方案。\n"
               "　　一、工作目标\n　　确保不发生重大森林火灾。\n　　二、工作措施\n　　（一）加强火源管控。\n")
    m = r["metadata"]
    assert m["issuers"] == ["邛崃市固驿街道办事处"]
    assert (m["region"], m["admin_level"]) == ("四川省成都市邛崃市固驿街道", "township")
    assert m["issue_date"] is None
    assert paths(r) == [("一", "工作目标"), ("二", "工作措施"), ("二/(一)", "加强火源管控")]
