"""s29-tg: year, comparator and exclusion classes of the opened A24/A25 batches and the stress notices, each tested in the
style of a province, level or era other than the notice that showed it (snippets written for these tests, none copied
from a notice)."""
from tests.snippets import targets_of as _targets


def test_a_length_ahead_takes_the_years_written_for_it():
    # A Hubei-style provincial notice signed in December 2011 (guide S22): `今后三年` in the goals heading, then
    # `2012年至2014年，…主要目标是：` — the written span is the period, not three years counted from the issue year
    got = _targets("某省人民政府关于进一步做好职业培训工作的通知", "某省人民政府", "2011年12月20日",
                   "一、今后三年职业培训的目标任务\n2012年至2014年，全省职业培训工作的主要目标是：每年开展各类职业培训50万人次以上，"
                   "培训合格率达到90%以上。\n二、政策措施\n（一）对参加培训的人员，按每人800元给予补贴。\n")
    # ((s33-tg) guide S33 TG3 (CH Q3): the 合格率 of the yearly training under the leading 每年 is per year too)
    assert got == [(500000, "人次", ">=", True, 2012, 2014), (90, "%", ">=", True, 2012, 2014),
                   (800, "元", "=", False, 2012, 2014)]


def test_a_milestone_deadline_in_a_period_sentence_dates_only_its_own_clauses():
    # A Shaanxi-style provincial employment notice (guide TG48): `2012年至2014年，…：…；到2012年底，…；每年…` — the deadline
    # before the period's end dates its own `；` clause; the clause after the next `；` goes back to the period
    got = _targets("某省人民政府关于做好就业工作的通知", "某省人民政府", "2011年12月20日",
                   "一、今后三年就业工作的目标任务\n2012年至2014年，全省就业工作的主要目标是：每年城镇新增就业30万人以上；"
                   "城镇登记失业率控制在4.5%以内；到2012年底，全省城镇零就业家庭实现至少一人就业；每年组织开展创业培训5万人次。\n")
    assert got == [(300000, "人", ">=", True, 2012, 2014), (4.5, "%", "<=", False, 2012, 2014),
                   (1, "人", ">=", False, None, 2012), (50000, "人次", "=", True, 2012, 2014)]


def test_a_deadline_at_the_periods_end_still_dates_the_clauses_after_it():
    # A Guangxi-style 2006 意见: `“十一五”期间，…；到2010年，…；…` — the deadline at the period's end is the horizon the
    # rest of the sentence is read by (the A5 gold of a12)
    got = _targets("某省人民政府关于加快发展现代农业的意见", "某省人民政府", "2006年3月20日",
                   "一、主要目标\n“十一五”期间，全省农业增加值年均增长5%以上；到2010年，农民人均纯收入达到5000元；"
                   "粮食总产量稳定在300万吨以上。\n")
    assert got == [(5, "%", ">=", True, 2006, 2010), (5000, "元", "=", False, None, 2010),
                   (3000000, "吨", ">=", False, None, 2010)]


def test_a_goals_paragraph_with_lead_in_clauses_then_a_deadline_dates_its_bullets():
    # A Hunan-style county three-year plan (guide TG12/TG6d): `一、总体目标` / `坚持…，整合…，到2024年，…基本建成。` / `——…`:
    # the deadline after the lead-in clauses dates the goals bullets; a later section's yearly amount keeps the plan period
    got = _targets("某县农村寄递物流体系建设三年行动方案（2022—2024年）", "某县人民政府办公室", "2022年3月10日",
                   "一、总体目标\n坚持政府引导、市场主导、多方参与，整合邮政、快递、供销资源，到2024年，全县农村寄递物流体系基本建成。\n"
                   "——网络更加健全。建成县级寄递公共配送中心1个，村级寄递物流综合服务站覆盖率达到95%以上。\n"
                   "——服务更加便捷。农村快递业务量年均增长10%以上。\n"
                   "二、重点任务\n（一）完善网点。每年新建村级服务站不少于30个。\n")
    assert got == [(1, "个", "=", False, None, 2024), (95, "%", ">=", False, None, 2024), (10, "%", ">=", True, None, 2024),
                   (30, "个", ">=", True, 2022, 2024)]


def test_a_yearly_amount_before_a_running_total_runs_over_the_stated_period():
    # A Fujian-style prefecture plan for 2021—2025 (the golds of a86 and a288): `每年创建…不少于15个，到2025年累计…80个以上`
    got = _targets("某市美丽乡村建设五年行动方案（2021—2025年）", "某市人民政府", "2021年5月10日",
                   "一、重点任务\n（一）打造示范村。每年创建市级美丽乡村示范村不少于15个，到2025年累计创建示范村80个以上。\n")
    assert got == [(15, "个", ">=", True, 2021, 2025), (80, "个", ">=", False, None, 2025)]
    # without a stated period the s15 reading stays: the yearly additions are by the total's year
    got = _targets("某某省科技企业培育实施方案", "某省人民政府", "2021年5月10日",
                   "一、培育目标\n每年新增科技型中小企业200家以上，到2025年累计达到1000家。\n")
    assert got == [(200, "家", ">=", True, None, 2025), (1000, "家", "=", False, None, 2025)]


def test_a_five_year_plan_naming_the_work_is_no_time():
    # A Chongqing-style district plan for 2023—2024: `到2024年底，列入“十四五”改造计划的小区…，…满意度达到85%以上` — the
    # plan names which estates; the deadline opening the sentence is the time
    got = _targets("某区城镇老旧小区改造实施方案（2023—2024年）", "某区人民政府办公室", "2023年4月1日",
                   "一、工作目标\n到2024年底，列入“十四五”改造计划的老旧小区基本完成改造，居民满意度达到85%以上。\n")
    assert got == [(85, "%", ">=", False, None, 2024)]


def test_at_least_before_a_verb_holds_for_each_object_and_a_make_up_verb_demands():
    # A Shandong-style district plan: `至少建成1个…和1个…` (至少 then the verb), `至少补齐1项…短板` (补齐, a per-unit floor)
    got = _targets("某区完整社区建设实施方案（2023—2024年）", "某区人民政府", "2023年5月10日",
                   "一、重点任务\n（一）完善设施。每个改造小区至少补齐1项公共服务设施短板。每个街道至少建成1个社区食堂和1个托育点。\n")
    assert got == [(1, "项", ">=", False, 2023, 2024), (1, "个", ">=", False, 2023, 2024), (1, "个", ">=", False, 2023, 2024)]


def test_an_amount_as_the_limit_of_a_relief_is_a_cap():
    # A Jilin-style 2009 city notice: `按每户每年9600元为限额依次扣减` (guide TG26: a cap word)
    got = _targets("某市人民政府关于促进创业带动就业的通知", "某市人民政府", "2009年5月10日",
                   "一、税收扶持\n对登记失业人员从事个体经营的，按每户每年9600元为限额依次扣减其当年应缴纳的税费。\n")
    assert got == [(9600, "元", "<=", True, None, None)]


def test_another_levels_amount_and_a_consent_share_are_no_targets():
    # A Guizhou-style township 2012 plan (guide TG53, TG52): `除省级补助资金每户1.5万元外，乡财政…再补助3000元` keeps only the
    # township's own amount; `须经…三分之二以上成员同意` is a condition
    got = _targets("某乡2012年农村危旧房改造工作方案", "某乡人民政府", "2012年3月10日",
                   "一、补助标准\n除省级补助资金每户1.5万元外，乡财政对每户再补助3000元。\n"
                   "二、实施程序\n改造方案须经村民代表会议三分之二以上成员同意后方可实施。每村改造不少于20户。\n")
    assert got == [(3000, "元", "=", False, 2012, 2012), (20, "户", ">=", False, 2012, 2012)]


def test_a_past_years_level_named_as_the_baseline_is_not_the_deadline():
    # A Yunnan-style provincial 2020 recovery plan: `到2020年底，…恢复到2019年同期的80%以上` (spec §7: a baseline)
    got = _targets("某省促进旅游业恢复发展行动方案（2020—2021年）", "某省人民政府办公厅", "2020年5月10日",
                   "一、主要目标\n到2020年底，全省旅游接待人次恢复到2019年同期的80%以上；到2021年，旅游收入恢复到2019年水平。\n")
    assert got == [(80, "%", ">=", False, None, 2020)]


def test_a_delivery_time_of_a_system_is_a_standard():
    # A Sichuan-style provincial 2021 plan (guide TG54/TG52): `预警信息从省级平台播发至乡镇终端的时间控制在3分钟以内`
    got = _targets("某省应急广播体系建设规划（2021—2025年）", "某省人民政府办公厅", "2021年6月1日",
                   "一、建设目标\n到2025年，建成省、市、县三级应急广播平台，预警信息从省级平台播发至乡镇终端的时间控制在3分钟以内，"
                   "县级应急广播主动发布终端覆盖率达到90%以上。\n")
    assert got == [(3, "分钟", "<=", False, None, 2025), (90, "%", ">=", False, None, 2025)]


def test_a_baseline_change_after_respective_levels_is_set_for_each_subject():
    # An Anhui-style 2012 emission plan (guide TG19): `氨氮和氮氧化物排放总量分别控制在…和…以内，比2010年下降8%` — the cut is
    # set for each pollutant; a single subject's cut stays one
    got = _targets("某省“十二五”主要污染物总量减排实施方案", "某省人民政府", "2012年3月1日",
                   "一、减排目标\n到2015年，全省氨氮和氮氧化物排放总量分别控制在5.2万吨和40万吨以内，比2010年下降8%。"
                   "全省单位生产总值能耗控制在0.8吨标准煤以内，比2010年下降16%。\n")
    assert got == [(52000, "吨", "<=", False, None, 2015), (400000, "吨", "<=", False, None, 2015), (8, "%", "=", False, None, 2015),
                   (8, "%", "=", False, None, 2015), (0.8, "吨标准煤", "<=", False, None, 2015), (16, "%", "=", False, None, 2015)]


def test_meals_served_are_counted_in_portions():
    # A Zhejiang-style district canteen plan: `日均供餐能力达到5000客` (客, the portions a canteen serves)
    got = _targets("某区社区助餐服务实施方案（2023—2025年）", "某区民政局", "2023年3月1日",
                   "一、目标\n到2025年，全区社区老年食堂日均供餐能力达到5000客。每个街道至少建成1个老年助餐点。\n")
    assert got == [(5000, "客", "=", False, None, 2025), (1, "个", ">=", False, None, 2025)]


def test_an_effort_after_the_goals_are_dated_is_no_period_of_the_notice():
    # A Henan-style provincial 2003 notice (guide Y10/Y14; the stress golds of o20 and o30): `到2003年底，…；…。2004年起，力争用
    # 三年时间，…建立…制度。` — the effort dates its own sentence's goal; a later standing subsidy has no period
    got = _targets("某省人民政府关于加强农村义务教育经费保障工作的通知", "某省人民政府", "2003年5月10日",
                   "一、工作目标\n　　到2003年底，全省农村中小学危房改造完成率达到80%以上，教师工资按时足额发放率达到100%。"
                   "2004年起，力争用三年时间，建立农村义务教育经费保障长效机制。\n"
                   "二、保障措施\n　　省财政按每生每年10元的标准对贫困县给予公用经费补助。\n")
    assert got == [(80, "%", ">=", False, None, 2003), (100, "%", "=", False, None, 2003), (10, "元", "=", True, None, None)]


def test_a_waste_held_at_zero_landfill_is_a_zero_percent_target():
    # A Guangdong-style city 2021 plan (guide TG55): `原生生活垃圾零填埋`, `农药使用量保持零增长` are 0 % levels to keep
    got = _targets("某市生活垃圾分类三年行动方案（2021—2023年）", "某市人民政府", "2021年3月1日",
                   "一、目标\n到2023年，全市生活垃圾回收利用率达到35%以上，原生生活垃圾零填埋。农药使用量保持零增长。\n")
    assert got == [(35, "%", ">=", False, None, 2023), (0, "%", "=", False, None, 2023), (0, "%", "=", False, None, 2023)]
