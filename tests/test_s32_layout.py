"""(s32-layout) Excerpts whose numbering jumps over the parts they leave out, a ministry's own order number, and the
genre word 工作规划. Texts written for these tests in other organs', places' and years' styles than the notices that
showed the misses; exact expected items."""
from pipeline.document import process_text


def _rec(text):
    rec = process_text(text, doc_id="t").model_dump()
    rec["metadata"].pop("evidence", None)
    return rec


def _paths(text):
    return [t["path"] for t in _rec(text)["tasks"]]


# A province's 实施意见 (2009) printed as an excerpt: `……` on its own line where parts were left out, the next part
# and its first item keeping their numbers
EXCERPT_LINE = ("某省人民政府关于加快发展现代服务业的实施意见（节选）\n"
                "各市、县人民政府，省政府各部门：\n"
                "一、明确发展目标\n"
                "（一）总体目标。到2012年，全省服务业增加值占生产总值比重提高3个百分点。\n"
                "（二）重点领域。突出发展现代物流、金融保险和信息服务。\n"
                "二、优化发展环境\n"
                "（三）放宽市场准入。凡法律法规未明确禁入的服务业领域，都向社会资本开放。\n"
                "……\n"
                "七、加强组织领导\n"
                "（二十一）建立协调机制。成立省服务业发展领导小组，统筹全省服务业发展。\n"
                "（二十二）强化考核评价。将服务业发展纳入各地年度目标考核。\n"
                "某省人民政府\n"
                "2009年3月12日\n")


def test_an_omission_line_keeps_the_numbers_of_the_parts_after_it():
    assert _paths(EXCERPT_LINE) == ["一", "一/(一)", "一/(二)", "二", "二/(三)", "七", "七/(二十一)", "七/(二十二)"]


# A county's 工作方案 (2021) excerpted in a newsletter: the omission mark run onto the paragraph before it, the items
# numbered 1. 2. … under （一）（二）…
EXCERPT_GLUED = ("某县农村人居环境整治提升工作方案\n"
                 "一、工作任务\n"
                 "（一）推进厕所革命。\n"
                 "1.开展问题厕所排查。各乡镇6月底前完成摸排。\n"
                 "2.建立长效管护机制。县农业农村局牵头。……\n"
                 "（五）强化村庄清洁行动。\n"
                 "9.清理村内积存垃圾。各村每月开展一次集中清理。\n"
                 "10.整治乱堆乱放。县住房城乡建设局牵头。\n"
                 "二、保障措施\n"
                 "（六）加强组织领导。县委农办统筹协调。\n")


def test_an_omission_mark_glued_to_a_paragraph_end_opens_the_same_gap():
    assert _paths(EXCERPT_GLUED) == ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(五)", "一/(五)/9", "一/(五)/10",
                                     "二", "二/(六)"]


# Without an omission mark a far jump is still no heading (a quoted number, a figure)
NO_MARK = ("某市人民政府办公室关于做好防汛工作的通知\n"
           "一、提高认识\n"
           "（一）压实责任。各区要落实行政首长负责制。\n"
           "（二）完善预案。修订各类防汛应急预案。\n"
           "（十二）按照规定执行。\n"
           "二、加强值守\n"
           "（三）严格值班。汛期实行24小时值班。\n")


def test_a_far_jump_without_an_omission_mark_is_not_taken():
    assert _paths(NO_MARK) == ["一", "一/(一)", "一/(二)", "二", "二/(三)"]


# A Ministry of Agriculture and Rural Affairs order (2019) printed under its state heading, the number on the next line
AGRI = ("中华人民共和国农业农村部令\n"
        "2019年第2号\n"
        "《农作物种子生产经营许可管理办法》已于2019年4月15日经农业农村部第4次常务会议审议通过，现予公布，自公布之日起施行。\n"
        "部长　韩长赋\n"
        "2019年4月23日\n"
        "农作物种子生产经营许可管理办法\n"
        "第一章　总　　则\n"
        "第一条　为了规范农作物种子生产经营许可管理，根据《中华人民共和国种子法》，制定本办法。\n"
        "第二条　本办法自公布之日起施行。\n")


def test_a_ministry_order_printed_under_the_state_heading_is_numbered_without_it():
    md = _rec(AGRI)["metadata"]
    assert md["doc_number"] == "农业农村部令2019年第2号"
    assert md["issuers"] == ["农业农村部"]
    assert md["title"] == "农作物种子生产经营许可管理办法"


# The State Council's own order keeps the heading as printed (guide M14)
STATE_COUNCIL = ("中华人民共和国国务院令\n"
                 "第 653 号\n"
                 "《不动产登记暂行条例》已经2014年11月12日国务院第66次常务会议通过，现予公布，自2015年3月1日起施行。\n"
                 "总理　李克强\n"
                 "2014年11月24日\n"
                 "不动产登记暂行条例\n"
                 "第一章　总　　则\n"
                 "第一条　为整合不动产登记职责，规范登记行为，制定本条例。\n"
                 "第二条　本条例自2015年3月1日起施行。\n")


def test_the_state_councils_order_keeps_its_state_heading():
    md = _rec(STATE_COUNCIL)["metadata"]
    assert md["doc_number"] == "中华人民共和国国务院令第653号"
    assert md["issuers"] == ["国务院"]


# A city's 工作规划 (2016): 工作 stays before 规划 as before 方案 and 计划; a 发展规划 is a 规划
PLAN = ("某市人民政府关于印发某市全民健身工作规划（2016—2020年）的通知\n"
        "各区人民政府，市政府各部门：\n"
        "现将《某市全民健身工作规划（2016—2020年）》印发给你们，请认真贯彻执行。\n"
        "某市人民政府\n"
        "2016年9月8日\n"
        "某市全民健身工作规划（2016—2020年）\n"
        "一、发展目标\n"
        "到2020年，经常参加体育锻炼的人数达到180万人。\n")


def test_a_work_plan_titled_gongzuo_guihua_keeps_its_genre_word():
    md = _rec(PLAN)["metadata"]
    assert md["doc_type"] == "工作规划"
    assert md["title"] == "某市全民健身工作规划（2016—2020年）"
    dev = _rec(PLAN.replace("全民健身工作规划", "体育事业发展规划"))["metadata"]
    assert dev["doc_type"] == "规划"


# A prefecture's page (2014) copied one cell a line: the 主题分类 cell's value is a path of categories ending in a genre
# word (`城乡建设\公告`), no title under an empty cell; the table reads on to its 成文日期 and 文号 cells
CATEGORY_PAGE = ("首页 > 信息公开 > 规章\n"
                 "索引号：\n"
                 "00870123-4/2014-00231\n"
                 "主题分类：\n"
                 "城乡建设\\公告\n"
                 "发文机关：\n"
                 "某市人民政府\n"
                 "成文日期：\n"
                 "2014年05月12日\n"
                 "发文字号：\n"
                 "某市人民政府令第88号\n"
                 "发布日期：\n"
                 "2014-05-20\n"
                 "某市城市供水管理办法\n"
                 "（2014年5月12日某市人民政府第21次常务会议通过　2014年5月16日某市人民政府令第88号公布　自2014年7月1日起施行）\n"
                 "第一章　总　　则\n"
                 "第一条　为了加强城市供水管理，保障生活、生产用水，制定本办法。\n"
                 "第二条　本办法自2014年7月1日起施行。\n")


def test_a_category_path_cell_is_no_title_and_the_table_reads_on():
    md = _rec(CATEGORY_PAGE)["metadata"]
    assert md["title"] == "某市城市供水管理办法"
    assert md["doc_number"] == "某市人民政府令第88号"
    assert md["issue_date"] == "2014-05-12"
    assert md["issuers"] == ["某市人民政府"]


# A joint central notice's page (2019) whose long title line carries the site after a dash, the breadcrumb under it
# ending in the title
T = "国家发展和改革委员会 财政部 自然资源部 生态环境部 交通运输部关于印发推进运输结构调整三年行动计划的通知"
DASH_PAGE = (T + " - 中国政府网\n"
             "首页 >> 政务公开 >> 规范性文件 > " + T + "\n" + T + "\n"
             "2019-03-02 09:15\n"
             "来源：\n"
             "国家发展和改革委员会\n"
             "字号：大 中 小\n"
             "\u3000\u3000" + T.replace(" ", "\u3000") + "\n"
             "发改运输〔2019〕315号\n"
             "各省、自治区、直辖市发展改革委、财政厅、自然资源厅、生态环境厅、交通运输厅：\n"
             "\u3000\u3000现将《推进运输结构调整三年行动计划》印发给你们，请认真贯彻执行。\n"
             "国家发展和改革委员会\n财政部\n自然资源部\n生态环境部\n交通运输部\n"
             "2019年2月26日\n")


def test_a_page_title_with_a_dashed_site_suffix_does_not_swallow_the_breadcrumb():
    md = _rec(DASH_PAGE)["metadata"]
    assert md["notice_title"] == "关于印发推进运输结构调整三年行动计划的通知"
    assert md["doc_number"] == "发改运输〔2019〕315号"
    assert md["issue_date"] == "2019-02-26"
