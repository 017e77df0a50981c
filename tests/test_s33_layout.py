"""(s33-layout) Metadata and numbering of copies nobody tuned on: a portal's catalog whose labels stand in brackets with
white space inside, the numbers of ministry orders as a 题注 prints them, a government adopting its rule in its term's
meeting, and excerpts marked `（节录）`. Texts written for these tests in other organs', places' and years' styles than
the notices that showed the misses; exact expected items."""
from pipeline.document import process_text


def _rec(text):
    rec = process_text(text, doc_id="t").model_dump()
    rec["metadata"].pop("evidence", None)
    return rec


def _meta(text, *keys):
    md = _rec(text)["metadata"]
    return tuple(md[k] for k in keys)


# A provincial portal (2019) whose catalog brackets each label with spaces inside, two cells a row, tab between them
BRACKET_CATALOG = ("浙江省人民政府\n"
                   "[ 索 引 号 ] 002482158/2019-00187\t[ 文　　号 ] 浙政办发〔2019〕31号\n"
                   "[ 发布机构 ] 浙江省人民政府办公厅\t[ 公开方式 ] 主动公开\n"
                   "[ 成文日期 ] 2019-05-16\t[ 发布日期 ] 2019-05-21\n"
                   "浙江省人民政府办公厅关于加快推进农村生活垃圾分类处理工作的通知\n"
                   "各市、县（市、区）人民政府，省政府直属各单位：\n"
                   "为深入推进农村生活垃圾分类处理，经省政府同意，现就有关事项通知如下：\n"
                   "一、明确工作目标\n"
                   "到2020年，全省农村生活垃圾分类处理建制村覆盖率达到85%以上。\n"
                   "二、强化工作保障\n"
                   "各地要加大财政投入。\n"
                   "浙江省人民政府办公厅\n"
                   "2019年5月16日\n")


def test_a_catalog_of_bracketed_labels_with_spaces_inside_ends_above_the_title():
    assert _meta(BRACKET_CATALOG, "title", "doc_number", "issuers", "issue_date") == (
        "浙江省人民政府办公厅关于加快推进农村生活垃圾分类处理工作的通知", "浙政办发〔2019〕31号", ["浙江省人民政府办公厅"],
        "2019-05-16")
    assert [t["path"] for t in _rec(BRACKET_CATALOG)["tasks"]] == ["一", "二"]


# A ministry's rule (2005) in a law collection: the 题注 names the order under the state's name
MINISTRY_NOTE = ("农业机械安全监督管理办法\n"
                 "（2005年11月8日中华人民共和国农业部令第55号公布　自2006年1月1日起施行）\n"
                 "第一条　为了加强农业机械安全监督管理，制定本办法。\n"
                 "第二条　县级以上人民政府农业机械化主管部门负责本行政区域内的农业机械安全监督管理工作。\n")
# …and a joint order of two ministries (2005), each under the state's name
JOINT_NOTE = ("机动车维修管理规定\n"
              "（2005年6月24日中华人民共和国交通部、中华人民共和国公安部令第7号公布　自2005年8月1日起施行）\n"
              "第一条　为规范机动车维修经营活动，制定本规定。\n"
              "第二条　从事机动车维修经营的，应当遵守本规定。\n")


def test_a_ministry_order_in_a_note_is_numbered_without_the_state_name():
    assert _meta(MINISTRY_NOTE, "doc_number", "issuers", "issue_date") == ("农业部令第55号", ["农业部"], "2005-11-08")


def test_a_joint_order_in_a_note_drops_the_state_name_of_each_ministry():
    assert _meta(JOINT_NOTE, "doc_number", "issuers") == ("交通部、公安部令第7号", ["交通部", "公安部"])


# A province's rule (1998) adopted at its government's executive meeting, the government named with its term
TERM_MEETING = ("江苏省城市市容管理办法\n"
                "（1998年6月5日江苏省第九届人民政府第3次常务会议通过　1998年6月20日江苏省人民政府令第101号发布　"
                "自1998年8月1日起施行）\n"
                "第一章　总则\n"
                "第一条　为了加强城市市容管理，制定本办法。\n"
                "第二条　本办法适用于本省城市规划区。\n")


def test_a_government_named_with_its_term_adopts_as_the_government():
    assert _meta(TERM_MEETING, "doc_number", "issuers", "issue_date") == (
        "江苏省人民政府令第101号", ["江苏省人民政府"], "1998-06-05")


# A province's 条例 (2003) printed as an excerpt: the articles keep their numbers across what is left out
EXCERPT = ("山东省水资源管理条例（节录）\n"
           "（2003年4月3日山东省第十届人民代表大会常务委员会第二次会议通过）\n"
           "第一章　总则\n"
           "第一条　为了加强水资源管理，制定本条例。\n"
           "第三条　县级以上人民政府水行政主管部门负责本行政区域内水资源的统一管理。\n"
           "第二章　水资源规划\n"
           "第九条　省水行政主管部门会同有关部门编制全省水资源综合规划。\n"
           "第十四条　设区的市水行政主管部门编制本市水资源规划，报市人民政府批准。\n"
           "第十六条　水资源规划经批准后，应当严格执行：\n"
           "（一）不得擅自变更；\n"
           "（二）确需变更的，报原批准机关批准。\n"
           "第五章　附则\n"
           "第四十条　本条例自2003年7月1日起施行。\n")


def test_an_excerpt_mark_is_no_part_of_the_title():
    assert _meta(EXCERPT, "title", "doc_type", "issuers") == ("山东省水资源管理条例", "条例", ["山东省人民代表大会常务委员会"])


def test_an_excerpt_keeps_every_article_that_runs_ahead():
    assert [t["path"] for t in _rec(EXCERPT)["tasks"]] == [
        "第一章", "第一章/第一条", "第一章/第三条", "第二章", "第二章/第九条", "第二章/第十四条", "第二章/第十六条",
        "第二章/第十六条/(一)", "第二章/第十六条/(二)", "第五章", "第五章/第四十条"]


def test_without_the_mark_a_jump_is_kept_only_when_the_next_article_follows_it():
    paths = [t["path"] for t in _rec(EXCERPT.replace("（节录）", ""))["tasks"]]
    assert "第一章/第三条" not in paths and "第二章/第九条" not in paths


def _years(text):
    return [(y["quote"], y["start"], y["end"]) for y in _rec(text)["years"]]


# A prefecture's one-year plan (2019) with a heating season across the new year, and a ministry's order cited with the
# year of its series (`…令2018年第9号`)
SEASON = ("某市2019年大气污染防治工作方案\n"
          "一、重点任务\n"
          "（一）推进清洁取暖。10月20日至次年4月5日供暖期间，市住房城乡建设局要每周调度燃煤锅炉运行情况。\n"
          "（二）严格执法。严格执行《危险货物道路运输安全管理办法》（交通运输部令2018年第9号）。\n"
          "某市人民政府办公室\n"
          "2019年3月8日\n")


def test_a_season_across_the_new_year_in_a_one_year_plan_is_that_year_and_the_next():
    assert _years(SEASON) == [("2019年", 2019, 2019), ("10月20日至次年4月5日", 2019, 2020)]


# …the same season in a standing rule that recurs (no year in its title): no fixed year (guide Y8)
SEASON_STANDING = SEASON.replace("某市2019年大气污染防治工作方案", "某市燃煤锅炉管理办法")


def test_a_season_across_the_new_year_in_a_standing_rule_is_no_year():
    assert _years(SEASON_STANDING) == [("2019年", 2019, 2019)]  # (the signature date's year only, guide Y1)


# A ministry's plan (2012) printed on its site under the 印发 notice's title, the notice's text left out; the plan's
# cover gives its author and month, and a period counted from now
PLAN_PAGE = ("首页 > 信息公开 > 规划计划\n"
             "国家林业局关于印发全国森林防火中长期发展规划的通知\n"
             "发布时间：2012-02-20　　来源：森林防火办　　【字号：大 中 小】\n"
             "全国森林防火中长期发展规划\n"
             "国家林业局\n"
             "二〇一二年一月\n"
             "一、现状与形势\n"
             "从现在到2020年，是森林防火工作的关键时期。\n"
             "二、主要任务\n"
             "加强预警监测、通信和扑救队伍建设。\n")


def test_a_page_headed_by_the_notice_title_over_the_plan_gives_the_notice_title_and_its_organ():
    assert _meta(PLAN_PAGE, "title", "notice_title", "issuers") == (
        "全国森林防火中长期发展规划", "关于印发全国森林防火中长期发展规划的通知", ["国家林业局"])


def test_a_period_from_now_counts_from_the_cover_month():
    assert ("从现在到2020年", 2012, 2020) in _years(PLAN_PAGE)


# A ministry's rule (2005) as a law collection prints it: the record's 发文字号 under the state's name
RECORD_ORDER = ("农业机械安全监督管理办法\n"
                "【发布部门】农业部\n"
                "【发文字号】中华人民共和国农业部令第55号\n"
                "【发布日期】2005.11.08\n"
                "【实施日期】2006.01.01\n"
                "【时效性】现行有效\n"
                "【效力级别】部门规章\n"
                "农业机械安全监督管理办法\n"
                "第一条　为了加强农业机械安全监督管理，制定本办法。\n"
                "第二条　县级以上人民政府农业机械化主管部门负责本行政区域内的农业机械安全监督管理工作。\n")


def test_a_ministry_order_in_a_collection_record_is_numbered_without_the_state_name():
    assert _meta(RECORD_ORDER, "doc_number", "issuers", "issue_date") == ("农业部令第55号", ["农业部"], "2005-11-08")
    assert _meta(RECORD_ORDER.replace("农业部令第55号", "国务院令第55号").replace("【发布部门】农业部", "【发布部门】国务院"),
                 "doc_number") == ("中华人民共和国国务院令第55号",)


# A joint order (2020) of two ministries whose names stand on the order's own line, its number on the next
JOINT_HEADING = ("公安部　交通运输部令\n"
                 "第5号\n"
                 "《道路交通事故处理规定》已经公安部部长办公会议、交通运输部部务会议审议通过，现予发布，自2021年1月1日起施行。\n"
                 "公安部部长　某某\n"
                 "交通运输部部长　某某\n"
                 "2020年8月1日\n"
                 "道路交通事故处理规定\n"
                 "第一条　为了规范道路交通事故处理，制定本规定。\n"
                 "第二条　处理道路交通事故，适用本规定。\n")


def test_organs_on_the_order_line_are_named_once_in_its_number():
    assert _meta(JOINT_HEADING, "doc_number", "issuers", "issue_date") == (
        "公安部、交通运输部令第5号", ["公安部", "交通运输部"], "2020-08-01")


# A province's 意见 (2016) printed as an excerpt with no omission lines: its items keep their numbers as written
EXCERPT_ITEMS = ("湖南省人民政府关于加快推进农业现代化的意见（节选）\n"
                 "各市州、县市区人民政府，省政府各厅委、各直属机构：\n"
                 "一、总体要求\n"
                 "（一）指导思想。以推进农业供给侧结构性改革为主线。\n"
                 "（二）主要目标。到2020年，全省农业现代化水平明显提升。\n"
                 "二、重点任务\n"
                 "（四）优化农业结构。稳定粮食生产，发展特色产业。\n"
                 "（七）推进农村改革。深化农村土地制度改革。\n"
                 "（九）加强基础设施建设。实施高标准农田建设工程。\n"
                 "四、保障措施\n"
                 "（十三）加强组织领导。各级政府要把农业现代化摆上重要位置。\n"
                 "湖南省人民政府\n"
                 "2016年5月3日\n")


def test_an_excerpt_without_omission_lines_keeps_the_items_that_run_ahead():
    r = _rec(EXCERPT_ITEMS)
    assert r["metadata"]["title"] == "湖南省人民政府关于加快推进农业现代化的意见"
    assert [t["path"] for t in r["tasks"]] == ["一", "一/(一)", "一/(二)", "二", "二/(四)", "二/(七)", "二/(九)", "四",
                                               "四/(十三)"]


def test_without_the_mark_items_that_run_ahead_stay_out():
    paths = [t["path"] for t in _rec(EXCERPT_ITEMS.replace("（节选）", ""))["tasks"]]
    assert "二/(七)" not in paths and "四/(十三)" not in paths
