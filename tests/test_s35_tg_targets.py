"""Session 35 (s35-targets) target readings, each in another province, level or era than the notice that showed the miss."""
from __future__ import annotations

from test_extract_targets import summary, targets_of


def test_first_sub_item_printed_after_an_omission_keeps_its_number():
    # a Guangxi city's 2016 excerpt of its 十三五 plan: `一、总体要求` / `……` / `（三）主要目标`: the excerpt left the first
    # sub-items out, the goals sub-item keeps its number and its targets its path
    body = ("一、总体要求\n……\n（三）主要目标\n到2020年，全市城镇新增就业15万人。\n"
            "二、重点任务\n（一）扩大就业。每年开展职业技能培训2万人次以上。")
    ts = targets_of(body, title="某市“十三五”就业促进规划（节选）", date="2016年8月2日")
    assert [(t.value, t.task) for t in ts] == [(150000.0, "一/(三)"), (20000.0, "二/(一)")]


def test_stages_with_bracketed_dates_state_the_plans_period():
    # a Shaanxi county's 2012 方案 with no dated title: the stages run from May 2012 to the end of 2013 (guide S34 CN2 Q1)
    body = ("一、工作目标\n全县每个行政村建成1个文化活动室。\n二、实施步骤\n"
            "（一）调查摸底阶段（2012年5月—6月）。各乡镇摸清底数。\n"
            "（二）组织实施阶段（2012年7月—2013年10月）。各乡镇按计划推进。\n"
            "（三）检查验收阶段（2013年11月—12月）。县文化局组织验收。")
    ts = targets_of(body, title="某县农家书屋和文化活动室建设实施方案", date="2012年4月20日")
    assert summary(ts) == [(1.0, "个", "=", False, 2012, 2013)]


def test_a_year_given_to_each_stage_states_the_plans_period():
    # a ministry's 2009 pilot notice: `2010年为试点阶段，…；2011年为推广阶段，…；2012年为总结阶段` printed after the goals
    body = ("一、试点目标\n试点地区新型农村合作医疗参合率达到90%以上。\n二、进度安排\n"
            "2010年为试点阶段，各试点地区完成部署；2011年为推广阶段，总结推广试点经验；2012年为总结阶段，开展评估。")
    ts = targets_of(body, title="关于开展农村医疗服务试点工作的通知", date="2009年12月1日")
    assert summary(ts) == [(90.0, "%", ">=", False, 2010, 2012)]


def test_a_campaigns_run_before_its_stages_states_its_period():
    # a Fujian district's 2016 campaign: `五、时间安排` / `整治行动自2016年4月开始，至2016年11月底结束，分三个阶段进行。`
    body = ("一、整治目标\n每个街道配备2名专职监管员。\n二、时间安排\n"
            "整治行动自2016年4月开始，至2016年11月底结束，分三个阶段进行。\n（一）排查阶段（4月—5月）。全面排查。")
    ts = targets_of(body, title="某区食品安全专项整治行动方案", date="2016年3月28日")
    assert summary(ts) == [(2.0, "名", "=", False, 2016, 2016)]


def test_stages_of_a_past_programme_state_no_period():
    # a review of stages that ended before the notice was issued (a Henan city, 2015) gives no period
    body = ("一、工作基础\n2011年为启动阶段，2012年为推进阶段，2013年为巩固阶段，各项任务如期完成。\n"
            "二、工作目标\n每个社区建成1个日间照料中心。")
    ts = targets_of(body, title="某市社区养老服务工作意见", date="2015年5月6日")
    assert [(t.value, t.year_start, t.year_end) for t in ts] == [(1.0, None, None)]


def test_an_indicator_list_under_its_own_lead_in_takes_no_year_from_the_goal_paragraphs():
    # a Zhejiang city's 2010 意见: `到2012年，…。` / `到2015年，…。` / `主要指标：` / `1.…`: the list under its own lead-in takes
    # the plan's stated period, here none (guide S33b CM1 Q2)
    body = ("一、指导思想\n以保障群众健康为中心。\n二、工作目标\n到2012年，全市基层医疗卫生服务体系基本建立。\n"
            "到2015年，全市基层医疗卫生服务体系全面建成。\n主要指标：\n1.城乡居民健康档案建档率达到80%以上；\n"
            "2.每千人口执业医师数达到2名。\n三、主要任务\n（一）加强队伍建设。")
    ts = targets_of(body, title="某市关于加强基层医疗卫生工作的意见", date="2010年9月10日")
    assert summary(ts) == [(80.0, "%", ">=", False, None, None), (2.0, "名", "=", False, None, None)]


def test_the_last_years_labelled_share_of_a_schedule_is_that_years():
    # a Jiangsu county's 2019—2021 plan: `2021年建设任务：…` below the lines of 2019 and 2020 is the year's share of the work
    # (TG10), not a deadline at the plan's end
    body = ("一、年度任务\n2019年建设任务：城东镇5个、城西镇4个。\n2020年建设任务：城东镇4个、城西镇3个。\n"
            "2021年建设任务：城东镇3个、城西镇2个。")
    ts = targets_of(body, title="某县美丽乡村建设三年行动方案（2019—2021年）", date="2019年3月5日")
    assert [(t.value, t.year_start, t.year_end) for t in ts] == [
        (5.0, 2019, 2019), (4.0, 2019, 2019), (4.0, 2020, 2020), (3.0, 2020, 2020), (3.0, 2021, 2021), (2.0, 2021, 2021)]


def test_a_year_written_after_the_effort_dates_its_paragraph_as_a_deadline():
    # a Hubei province's 2004 意见: `（二）工作目标。经过五年努力，到2008年，…` dates its goals by 2008 (null/2008); the effort
    # still states the plan's period for the later items (guide S31b TG64: years written in the opener win)
    body = ("一、总体要求\n（一）指导思想。以解决农村饮水安全为重点。\n"
            "（二）工作目标。经过五年努力，到2008年，全省农村饮水不安全人口减少50%以上。\n"
            "二、主要措施\n（一）建设供水工程。每个乡镇建成1个集中供水站。")
    ts = targets_of(body, title="某省关于加快农村饮水安全工程建设的意见", date="2004年5月10日")
    assert summary(ts) == [(50.0, "%", ">=", False, None, 2008), (1.0, "个", "=", False, 2004, 2008)]


def test_a_breakdown_year_in_an_earlier_semicolon_clause_dates_its_own_clause_only():
    # a Guangdong county's 2017 方案: `…，其中2017年改造1200户，2018年改造800户；…；每个行政村建成1个文化室` keeps the paragraph's
    # `到2019年` for the clause after `；` (guide S22: a year dates its own clause and the `，` clauses after it)
    body = ("一、工作目标\n到2019年，全县农村人居环境明显改善。全县农村危房改造任务全面完成，其中2017年改造危房1200户，"
            "2018年改造800户；村庄规划编制实现全覆盖；每个行政村建成1个文化室。")
    ts = targets_of(body, title="某县农村人居环境整治实施方案", date="2017年6月2日")
    assert summary(ts) == [(1200.0, "户", "=", False, 2017, 2017), (800.0, "户", "=", False, 2018, 2018),
                           (1.0, "个", "=", False, None, 2019)]


def test_a_bound_after_a_bracketed_note_on_the_amount():
    # a Yunnan county's 2017 脱贫 plan: `达到3600元（按2016年不变价）以上`: the note says how the amount is measured; 以上 binds it
    body = "到2018年，建档立卡贫困户人均可支配收入达到3600元（按2016年不变价）以上。"
    ts = targets_of(body, title="某县2017年脱贫攻坚实施方案", date="2017年2月10日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(3600.0, "元", ">=")]


def test_an_adverb_over_a_pair_of_verbs_binds_the_count():
    # a Guizhou township's 2018 plan: `每名党员至少结对帮扶2户`: 至少 before two verbs governs the count after them
    body = "每名党员至少结对帮扶2户困难群众。"
    ts = targets_of(body, title="某镇2018年党员结对帮扶工作方案", date="2018年4月3日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(2.0, "户", ">=")]


def test_a_floor_before_a_density_basis():
    # a Hunan city's 2012 意见: `不少于每万人2名` (guide TG37: the count per unit; the floor written before the basis)
    body = "各社区按照不少于每万人2名的标准配备专职社区矫正工作者。"
    ts = targets_of(body, title="某市关于加强社区矫正工作的意见", date="2012年8月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(2.0, "名", ">=")]


def test_a_postings_minimum_length_is_an_amount_of_activity():
    # a Shandong county's 2009 教育 意见: `支教时间不少于1年` (guide S33b CM1 Q3: a posting's minimum length is in, TG41)
    body = "各县区每年选派城镇骨干教师到农村学校支教，支教时间不少于1年。"
    ts = targets_of(body, title="某县关于推进城乡教师交流工作的意见", date="2009年6月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(1.0, "年", ">=")]


def test_a_ladder_from_the_issue_year_with_a_second_indicators_stage():
    # a Sichuan city's 2018 意见: the ladder `2018年达到70%，2019年达到80%` and a second indicator's `2019年达到50%` in the same
    # sentence are deadlines (guide S33b CM1 Q1, TG13 over TG10 from the issue year)
    body = "农村卫生厕所普及率2018年达到70%，2019年达到80%，畜禽粪污综合利用率2019年达到75%。"
    ts = targets_of(body, title="某市关于推进农村人居环境整治的意见", date="2018年9月3日")
    assert [(t.value, t.year_start, t.year_end) for t in ts] == [(70.0, None, 2018), (80.0, None, 2019), (75.0, None, 2019)]
