"""s27-tg2: target and year classes of the session-27 audit and guide S27b (TG25, TG44, Y8, S22's clause rule), each tested
in the style of a province, level or era other than the notices that showed them (snippets written for these tests, none
copied from a notice). Exact items; every quote is checked against its span by the helper."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def _years(title, org, date, body):
    rec = process_text(f"{title}\n{body}\n{org}\n{date}\n", doc_id="t").model_dump()
    return sorted((y["quote"], y["start"], y["end"]) for y in rec["years"])


# --- amounts per head and per period (spec §7 amounts provided; guide TG6c fees the policy fixes) ---

def test_a_contribution_per_head_and_year_is_a_standard():
    # A Guizhou-style county 实施方案 of 2008 on rural medical insurance: what each member pays and what finance adds per
    # head and year are both standards the policy fixes, per year
    got = _targets("某县新型农村合作医疗实施方案", "某县人民政府", "2008年2月1日",
                   "一、筹资标准\n　　参合农民每人每年缴纳15元，中央和地方财政每人每年补助80元。\n")
    assert got == [(15, "元", "=", True, None, None), (80, "元", "=", True, None, None)]


def test_a_fee_collected_per_head_and_year_is_a_standard():
    # A Hunan-style town 方案 of 2019: `每人每年收取…费` fixes a fee (TG6c); the exemption after it names who pays nothing
    got = _targets("某镇2019年农村生活垃圾治理工作方案", "某镇人民政府", "2019年3月5日",
                   "一、收费\n　　按照县统一部署，每户每年收取60元垃圾处理费，低保户免收。\n")
    assert got == [(60, "元", "=", True, 2019, 2019)]


def test_a_quota_per_head_and_year_before_de_is_a_standard():
    # A Liaoning-style city 通知 of 2004 on tax relief for hiring the laid-off: `每人每年4000元的定额` is the amount the
    # rule lets be deducted for each person hired (spec §7), not a condition on who qualifies
    got = _targets("某市关于落实再就业税收政策的通知", "某市人民政府", "2004年5月1日",
                   "一、扣减标准\n　　企业吸纳下岗失业人员的，按实际招用人数每人每年4000元的定额依次扣减营业税。\n")
    assert got == [(4000, "元", "=", True, None, None)]


# --- assessment weights are scores (guide TG25) ---

def test_weights_in_an_assessment_are_no_targets():
    # A Zhejiang-style district 方案 of 2021: the share of the marks a line carries (`分值占比`, `考核权重占…考核的`) is a
    # weight; the rate the work must reach stays a target
    got = _targets("某区2021年城市管理工作方案", "某区人民政府办公室", "2021年4月1日",
                   "一、考核\n　　将此项工作纳入街道年度综合考核，分值占比不低于8%。"
                   "考核权重占街道城市管理类考核的25%。\n二、目标\n　　垃圾分类覆盖率达到90%以上。\n")
    assert got == [(90, "%", ">=", False, 2021, 2021)]


# --- satisfaction levels in points are levels to reach; points added are scores (guide S22) ---

def test_a_satisfaction_level_in_points_is_a_target_and_added_points_are_not():
    # A Shaanxi-style city 方案 of 2014: a satisfaction score the plan sets is a level to reach; `笔试成绩加3分` for those who
    # served is a score given in an assessment (S22 `最多加5分`), no target
    got = _targets("某市服务业质量提升工作方案（2014—2016年）", "某市人民政府", "2014年6月1日",
                   "一、目标\n　　到2016年，窗口服务单位群众满意度达到85分以上。\n"
                   "二、措施\n　　服务期满考核合格的，在事业单位招聘中笔试成绩加3分。\n")
    assert got == [(85, "分", ">=", False, None, 2016)]


# --- a floor per unit served, without a period, is an amount provided (TG41, s25-tg2) ---

def test_a_floor_of_times_for_each_unit_described_or_after_dui():
    # A Jiangxi-style county 方案 of 2012: `对每户…至少进行2次检查` and `每名…的青年至少获得2次…推荐` are amounts each unit is to
    # receive (>=); `每月至少巡查1次` stays a frequency (TG27)
    got = _targets("某县农村危房改造工作方案", "某县人民政府办公室", "2012年5月1日",
                   "一、质量管理\n　　县住建局要对每户施工过程至少进行2次质量检查，每月至少巡查1次。\n"
                   "二、就业服务\n　　确保每名有求职意愿的返乡青年至少获得2次岗位推荐。\n")
    assert got == [(2, "次", ">=", False, None, None), (2, "次", ">=", False, None, None)]


# --- a size glued to the units counted describes them (spec §7; guide S20) ---

def test_the_size_of_each_unit_built_is_no_target_of_its_own():
    # A Hebei-style county 方案 of 2017: `新建5千瓦户用光伏电站200座` counts stations of that size; the 千瓦 describe
    # each station; a capacity to reach (`装机容量达到2万千瓦`) stays a target
    got = _targets("某县2017年光伏扶贫工作方案", "某县人民政府", "2017年3月1日",
                   "一、任务\n　　为贫困户新建5千瓦户用光伏电站200座，每个贫困村建成100千瓦村级电站1座，全县光伏装机容量达到2万千瓦。\n")
    assert got == [(200, "座", "=", False, 2017, 2017), (1, "座", "=", False, 2017, 2017),
                   (20000, "千瓦", "=", False, 2017, 2017)]


# --- guide TG44: funding estimates in; a share restating a count is one target ---

def test_a_funding_estimate_is_an_amount_provided():
    # A Yunnan-style prefecture 方案 of 2016: `估算总投资…万元` is in, `=`; `约需投资` is `~`
    got = _targets("某州农村饮水安全巩固提升工程实施方案", "某州人民政府", "2016年7月1日",
                   "一、建设内容\n　　新建供水工程45处，估算总投资8200万元。\n二、续建\n　　续建工程约需投资1.5亿元。\n")
    assert got == [(45, "处", "=", False, None, None), (82000000, "元", "=", False, None, None),
                   (150000000, "元", "~", False, None, None)]


def test_a_share_restating_a_count_is_one_target():
    # An Anhui-style province 意见 of 2006: `…转移就业20万人，占农村劳动力总数的30%` restates the count as a share (TG44);
    # a share with its own verb (`比重提高到45%`) stays
    got = _targets("某省关于促进农村劳动力转移就业的意见", "某省人民政府", "2006年3月1日",
                   "一、目标\n　　到2010年，全省转移就业20万人，占农村劳动力总数的30%；外出务工人员占比提高到45%。\n")
    assert got == [(200000, "人", "=", False, None, 2010), (45, "%", "=", False, None, 2010)]


def test_a_cap_before_a_chain_of_conditions_stays():
    # A Jilin-style county 通知 of 2015 on start-up loans: `个人最高贷款额度为10万元，合伙经营的，…` — the cap is fixed; the `…的，`
    # after it opens the next rule, it is no condition of the cap
    got = _targets("某县关于做好创业担保贷款工作的通知", "某县人民政府", "2015年8月1日",
                   "一、额度\n　　个人最高贷款额度为10万元，合伙经营的，可按每人不超过10万元发放。\n")
    assert got == [(100000, "元", "<=", False, None, None), (100000, "元", "<=", False, None, None)]


# --- guide S22: a year dates its own clause and the `，` clauses after it ---

def test_a_deadline_of_the_next_clauses_own_goal_does_not_date_the_count_before_it():
    # A Hubei-style county 方案（2023—2025年）: `新建…5处，到2025年实现…全覆盖` — the 2025 dates the coverage clause only;
    # `新建…8个，于2024年底前建成投用` (a clause that only completes the same work) dates the count
    got = _targets("某县冷链物流建设行动方案（2023—2025年）", "某县人民政府办公室", "2023年2月1日",
                   "一、任务\n　　新建产地冷藏保鲜设施5处，到2025年实现乡镇冷链网点全覆盖。\n"
                   "二、项目\n　　新建县级冷链集配中心8个，于2024年底前建成投用。\n")
    assert got == [(5, "处", "=", False, 2023, 2025), (8, "个", "=", False, None, 2024)]


def test_a_mid_sentence_time_clause_does_not_reach_past_the_semicolon():
    # A Sichuan-style province 意见 of 2006: `“十一五”期间，…，到2010年，…；每年培训…` — the 2010 deadline dates its own clauses;
    # the yearly training after `；` keeps the period that opens the sentence (2006—2010)
    got = _targets("某省关于加强农民工培训工作的意见", "某省人民政府", "2006年4月1日",
                   "一、目标\n　　“十一五”期间，全省每年新增转移农村劳动力30万人，到2010年，转移就业总量达到800万人；"
                   "每年开展农民工培训40万人。\n")
    assert got == [(300000, "人", "=", True, 2006, 2010), (8000000, "人", "=", False, None, 2010),
                   (400000, "人", "=", True, 2006, 2010)]


# --- guide Y8: 上年 after a year of its own sentence ---

def test_shangnian_after_a_year_of_its_sentence_is_the_year_before_it():
    # A Fujian-style city 意见 issued 2010: `2009年，…比上年增长12%` reviews 2009 against 2008; a 上年 with no year of its own
    # sentence is counted from the issue date (Y7: 2009, the same year as the first entry); `上年度` in a standing rule is no year
    got = _years("某市关于加快发展服务业的意见", "某市人民政府", "2010年3月1日",
                 "一、基础\n　　2009年，全市服务业增加值比上年增长12%。\n二、目标\n　　服务业增加值比上年增长10%以上。"
                 "各区每年1月底前报送上年度统计数据。\n")
    assert got == [("2009年", 2009, 2009), ("2010年", 2010, 2010), ("上年", 2008, 2008)]
