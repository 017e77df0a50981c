"""Session 14b (helper s14b-targets): one test per class fixed, each a snippet written for this file in the style of
another province, level or era than the stress doc that found it (tests/s14btargets_stress.py)."""
from __future__ import annotations

from pipeline import process_text


def _targets(text: str) -> list[tuple]:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    for t in d["targets"]:
        # (the cleaner writes an ideographic space as a plain one: spans index the cleaned text)
        assert text.strip().replace("\u3000", " ")[t["span"][0]:t["span"][1]] == t["quote"] if t.get("span") else True
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"], t["task"])
            for t in d["targets"]]


def _years(text: str) -> set[tuple]:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    return {(y["start"], y["end"]) for y in d["years"]}


def test_chinese_numeral_range_is_a_quantity():
    """`义务工为五至十个`: a range in words is a quantity (two targets), though its first numeral is small."""
    got = _targets("""某某县人民政府关于冬春农田水利建设的通知
一、劳动积累。每个劳力每年出义务工五至十个。
某某县人民政府
1997年10月8日""")
    assert got == [(5, "个", ">=", True, None, None, "一"), (10, "个", "<=", True, None, None, "一")]


def test_one_in_words_as_a_per_unit_quota():
    """`每个乡都要办好一所中心小学`: 办好 governs a per-unit count written with 一; `至少建有1个` keeps 至少."""
    got = _targets("""某某地区行政公署关于加快普及九年义务教育的决定
一、办学要求。每个乡都要办好一所中心小学。每个村至少建有1个教学点。
某某地区行政公署
1999年3月2日""")
    assert got == [(1, "所", "=", False, None, None, "一"), (1, "个", ">=", False, None, None, "一")]


def test_ahead_in_a_later_item_dates_that_item_only():
    """`今后五年内，…` in item 三 dates its own sentence; it is no period of the whole plan."""
    got = _targets("""某某省人民政府关于加强乡镇卫生院建设的通知
一、配备标准。每个乡镇卫生院配备全科医生2名。
二、经费保障。省财政对每所卫生院补助10万元。
三、建设任务。今后五年内，全省改造乡镇卫生院300所。
某某省人民政府
2006年4月1日""")
    assert got == [(2, "名", "=", False, None, None, "一"), (100000, "元", "=", False, None, None, "二"),
                   (300, "所", "=", False, 2006, 2010, "三")]


def test_next_two_years_and_mid_plan():
    """`明后两年` is the two years after the issue year; `到“十三五”中期` is by the plan's middle year (2018)."""
    text = """某某自治区人民政府办公厅关于推进电子政务的通知
一、明后两年，全区新建政务服务中心50个。
二、到“十三五”中期，全区网上办理率达到80%。
某某自治区人民政府办公厅
2016年5月3日"""
    assert _targets(text) == [(50, "个", "=", False, 2017, 2018, "一"), (80, "%", "=", False, None, 2018, "二")]
    assert {(2017, 2018), (2018, 2018), (2016, 2016)} <= _years(text)


def test_a_sentence_reporting_with_yi_reports_its_later_clauses():
    """`市政府已印发配套文件8件，明确扶持措施20条`: 已 reports both; a clause that turns to the future is a goal."""
    got = _targets("""某某市人民政府关于优化营商环境的通知
一、工作基础。市政府已印发配套文件8件，明确扶持措施20条。
二、工作目标。全市已建成政务服务站点40个，力争再建成20个。
某某市人民政府
2020年7月1日""")
    assert got == [(20, "个", "=", False, None, None, "二")]


def test_a_past_cutoff_opening_dates_no_goal():
    """`截至2019年底，…已建成…。新建…` (a 2020 notice): the cutoff of a report is no deadline of the goal after it."""
    got = _targets("""某某部关于推进智慧港口建设的通知
一、基础设施。截至2019年底，全国已建成自动化码头10个。新建自动化码头5个以上。
某某部
2020年3月1日""")
    assert got == [(5, "个", ">=", False, None, None, "一")]


def test_reward_per_award_is_not_per_year():
    """`每年评选…10家，每家奖励20万元`: the reward is paid once per winner (per_year false); the count is per year."""
    got = _targets("""某某市人民政府关于促进服务业发展的若干意见
一、每年评选服务业龙头企业10家，对每家企业给予奖励20万元。
某某市人民政府
2015年2月1日""")
    assert got == [(10, "家", "=", True, None, None, "一"), (200000, "元", "=", False, None, None, "一")]


def test_income_ratio_is_a_ratio():
    """`城乡居民收入比缩小到2.3以内`: a dimensionless ratio (guide TG14, unit 比值)."""
    got = _targets("""某某省人民政府关于促进农民增收的意见
一、到2020年，全省城乡居民收入比缩小到2.3以内。
某某省人民政府
2016年1月5日""")
    assert got == [(2.3, "比值", "<=", False, None, 2020, "一")]


def test_goals_item_effort_states_the_period():
    """`一、主要目标` / `力争用3年左右时间，…` / `二、…`: the plan's period (issue year + 2) for every item."""
    got = _targets("""某某部 某某部关于推进农村物流发展的通知
一、主要目标
力争用3年左右时间，农村物流成本降低10%左右。
二、重点任务
建设县级物流中心200个。
某某部
2018年5月1日""")
    assert got == [(10, "%", "~", False, 2018, 2020, "一"), (200, "个", "=", False, 2018, 2020, "二")]


def test_people_counted_in_wan_after_their_group():
    """`每年转移农村富余劳动力50万以上`: 万 after a group of people counts people (guide TG4)."""
    got = _targets("""某某省人民政府关于做好农村劳动力转移就业工作的通知
一、每年转移农村富余劳动力50万以上。
某某省人民政府
2008年2月1日""")
    assert got == [(500000, "人", ">=", True, None, None, "一")]


def test_stress_set():
    import sys
    sys.path.insert(0, "tests")
    from s14btargets_stress import run
    tot = run(verbose=False)
    assert tot["match"] == tot["gold"] and tot["strict"] >= 115


def test_ban_on_holding_several_posts_is_no_target():
    """`不得同时在两家以上医疗机构执业`: a ban on several posts at once sets no number (b10's gold reads it so)."""
    got = _targets("""某某省卫生厅关于加强乡村医生管理的通知
一、乡村医生不得同时在两家以上医疗机构执业。每个行政村至少配备1名乡村医生。
某某省卫生厅
2011年9月1日""")
    assert got == [(1, "名", ">=", False, None, None, "一")]


def test_only_before_a_verb_limits_the_count():
    """`每户只能购买1套`, `一人只能担任一个…`: only/limited to before a verb and its object (guide TG11: `=`)."""
    got = _targets("""某某市住房和城乡建设局关于共有产权住房销售管理的通知
一、每个家庭只能购买1套共有产权住房。
二、每名申请人只限登记一个意向房源。
某某市住房和城乡建设局
2019年4月1日""")
    assert got == [(1, "套", "=", False, None, None, "一"), (1, "个", "=", False, None, None, "二")]


def test_thousands_grouped_by_a_space():
    """`发放创业担保贷款5 000万元`, `每人补助１　０００元` (web and PDF copies): one number, not `000`; cells of a row
    joined by spaces stay apart."""
    got = _targets("""某某县人民政府办公室关于做好返乡创业工作的通知
一、全年发放创业担保贷款5 000万元。
二、对首次创业的每人补助１　０００元。
某某县人民政府办公室
2016年4月1日""")
    # ((s29-tg2) `全年` in a one-off 通知 with no stated period is the issue year, guide Y13 as the stress o30 gold reads it)
    assert got == [(50000000, "元", "=", False, 2016, 2016, "一"), (1000, "元", "=", False, None, None, "二")]


def test_bracket_counting_a_batch():
    """`建成一批…示范基地（新建50个左右）`: the bracket counts the batch (a target); `建成一批…30人以下…工作面` stays out."""
    got = _targets("""某某省农业厅关于推进现代农业示范基地建设的通知
一、每个县建成一批现代农业示范基地（新建50个左右）。
二、建成一批单班作业10人以下的智能化示范车间。
某某省农业厅
2013年6月1日""")
    assert got == [(50, "个", "~", False, None, None, "一")]
