"""s21-tgyear: the years of targets (spec 1.1 §7, guide TG6d, TG10, S20 TG18). Each rule with a snippet written in the
style of another province, level or era than the notices it was found on (never text of a dev-corpus notice), and
precision snippets where the rule must not fire."""
from pipeline import process_text


def _rec(text):
    rec = process_text(text, doc_id="t").model_dump()
    for t in rec["targets"]:
        assert text[t["span"][0]:t["span"][1]] == t["quote"]
    return rec


def _years(text):
    return [(t["value"], t["unit"], t["year_start"], t["year_end"]) for t in _rec(text)["targets"]]


# --- a quota table with a column per year: each column its own year (guide TG10), a total column the plan's period ---

YUNNAN_TABLE = """文山壮族苗族自治州人民政府办公室关于印发文山州高标准农田建设三年行动方案（2022—2024年）的通知
文政办发〔2022〕31号
各县（市）人民政府，州直各部门：
《文山州高标准农田建设三年行动方案（2022—2024年）》已经州人民政府同意，现印发给你们，请认真贯彻执行。
文山壮族苗族自治州人民政府办公室
2022年4月22日
文山州高标准农田建设三年行动方案（2022—2024年）
一、目标任务
2022—2024年，全州建设高标准农田30万亩。
附件
文山州高标准农田建设任务分解表
单位：万亩
序号 | 县（市） | 2022年 | 2023年 | 2024年 | 三年合计
1 | 砚山县 | 3 | 3.5 | 3.5 | 10
2 | 丘北县 | 4 | 4 | 4 | 12
"""


def test_year_columns_of_a_quota_table_date_their_cells():
    got = _years(YUNNAN_TABLE)
    assert got == [(300000.0, "亩", 2022, 2024),
                   (30000.0, "亩", 2022, 2022), (35000.0, "亩", 2023, 2023), (35000.0, "亩", 2024, 2024),
                   (100000.0, "亩", 2022, 2024),
                   (40000.0, "亩", 2022, 2022), (40000.0, "亩", 2023, 2023), (40000.0, "亩", 2024, 2024),
                   (120000.0, "亩", 2022, 2024)]


def test_a_span_head_is_the_plan_period_not_its_last_year():
    text = YUNNAN_TABLE.replace("三年合计", "2022—2024年合计")
    got = _years(text)
    assert got[4] == (100000.0, "亩", 2022, 2024) and got[8] == (120000.0, "亩", 2022, 2024)


def test_one_goal_year_column_is_a_deadline():
    # Sichuan, a five-year plan's quota table with one column of the goal year
    text = """凉山彝族自治州人民政府关于印发凉山州“十四五”农村供水保障规划的通知
凉府发〔2021〕19号
各县（市）人民政府，州级各部门：
现将《凉山州“十四五”农村供水保障规划》印发给你们，请认真贯彻执行。
凉山彝族自治州人民政府
2021年9月2日
凉山州“十四五”农村供水保障规划
一、规划目标
“十四五”期间，全州农村自来水普及率提高到90%。
二、任务分配
各县（市）农村供水任务分配表
单位：万人
县（市） | 2025年目标
西昌市 | 12
会理市 | 8
"""
    assert _years(text) == [(90.0, "%", 2021, 2025), (120000.0, "人", None, 2025), (80000.0, "人", None, 2025)]


# --- `N年内` opening its clause: the plan's own period (spec §7) ---

def test_years_within_opening_a_clause_is_the_plan_period():
    # Shanxi, 2008: a run-in item under a `到2010年` goals paragraph
    text = """晋城市人民政府关于印发晋城市蚕桑产业发展规划（2008—2010年）的通知
晋市政发〔2008〕12号
各县（市、区）人民政府，市直各有关单位：
现将《晋城市蚕桑产业发展规划（2008—2010年）》印发给你们，请认真组织实施。
晋城市人民政府
2008年3月10日
晋城市蚕桑产业发展规划（2008—2010年）
一、发展目标
到2010年，全市桑园面积达到15万亩。
（一）基地建设。三年内新建优质桑园基地5万亩，建成标准化蚕房200座。
"""
    assert _years(text) == [(150000.0, "亩", None, 2010), (50000.0, "亩", 2008, 2010), (200.0, "座", 2008, 2010)]


def test_years_within_that_qualifies_or_limits_is_not_read():
    # Guizhou, a 办法 with no period: `近三年内` (who qualifies), `三年内只能…` (a frequency)
    text = """铜仁市财政局关于印发铜仁市农产品加工企业贷款贴息管理办法的通知
铜财农〔2018〕20号
各区（县）财政局：
现将《铜仁市农产品加工企业贷款贴息管理办法》印发给你们，请遵照执行。
铜仁市财政局
2018年6月1日
铜仁市农产品加工企业贷款贴息管理办法
第一条 申请企业近三年内无不良信用记录。
第二条 贴息比例为贷款利息的50%，单户企业最高不超过30万元。同一企业三年内只能申请一次贴息。
"""
    assert _years(text) == [(50.0, "%", None, None), (300000.0, "元", None, None)]


# --- a plan titled by its length (guide S20 TG18) ---

def _length_plan(date):
    return f"""广元市人民政府办公室关于印发广元市农村人居环境整治三年行动方案的通知
广府办发〔2018〕40号
各县（区）人民政府，市级各部门：
《广元市农村人居环境整治三年行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。
广元市人民政府办公室
{date}
广元市农村人居环境整治三年行动方案
一、行动目标
到2021年，全市农村卫生厕所普及率达到85%以上。
二、重点任务
（一）每年新建农村公厕50座。
"""


def test_length_plan_counts_from_its_issue_year():
    # issued mid-year: 2018—2020, although its goals run to 2021
    assert _years(_length_plan("2018年7月5日"))[1] == (50.0, "座", 2018, 2020)


def test_length_plan_issued_late_runs_to_its_horizon():
    # issued in the year's last quarter for the years that follow: 2019—2021
    assert _years(_length_plan("2018年12月12日"))[1] == (50.0, "座", 2019, 2021)


# --- a year bound to its own level in an earlier `；` clause dates that clause only ---

def test_bound_year_in_an_earlier_clause_does_not_date_the_next():
    # Jiangxi county two-year plan: schedule years inside one clause, then a clause of the plan as a whole
    text = """万年县人民政府办公室关于印发万年县2019—2020年畜禽粪污资源化利用工作方案的通知
万府办字〔2019〕18号
各乡镇人民政府，县直各有关单位：
现将《万年县2019—2020年畜禽粪污资源化利用工作方案》印发给你们，请认真贯彻执行。
万年县人民政府办公室
2019年4月3日
万年县2019—2020年畜禽粪污资源化利用工作方案
一、工作目标
全县畜禽粪污综合利用率2019年达到75%以上，2020年达到80%以上；规模养殖场粪污处理设施装备配套率达到95%以上。
"""
    assert _years(text) == [(75.0, "%", 2019, 2019), (80.0, "%", 2020, 2020), (95.0, "%", 2019, 2020)]


def test_an_opening_deadline_still_governs_the_next_clause():
    # Hebei county one-year plan: the deadline opens the sentence (TG6d), its clauses after ； keep it
    text = """阜平县人民政府办公室关于印发阜平县2020年农村生活垃圾治理工作方案的通知
阜政办字〔2020〕9号
各乡镇人民政府，县直各有关部门：
现将《阜平县2020年农村生活垃圾治理工作方案》印发给你们，请认真贯彻执行。
阜平县人民政府办公室
2020年3月2日
阜平县2020年农村生活垃圾治理工作方案
一、工作任务
（一）设施建设。2020年10月底前，全县新建垃圾转运站3座；配备垃圾清运车辆20辆。
"""
    assert _years(text) == [(3.0, "座", None, 2020), (20.0, "辆", None, 2020)]


# --- `YEAR年以来` looks back: no target's year ---

def test_since_a_past_year_dates_nothing():
    # Ningxia prefecture one-year plan: a look-back sentence over the paragraph's subsidy
    text = """固原市人民政府办公室关于印发固原市2021年农村改厕工作方案的通知
固政办发〔2021〕15号
各县（区）人民政府，市直各部门：
现将《固原市2021年农村改厕工作方案》印发给你们，请认真组织实施。
固原市人民政府办公室
2021年3月18日
固原市2021年农村改厕工作方案
一、重点工作
（一）问题整改。对2016年以来已改户厕开展排查，年底前完成整改。对新改建户厕，市级财政按每户400元给予补助。
"""
    assert _years(text) == [(400.0, "元", 2021, 2021)]


# --- the plan's years named by their count yield to a deadline of the same sentence or row ---

def test_a_deadline_of_the_sentence_dates_a_count_of_years_total():
    # Heilongjiang league-style bullet goal: the deadline opens the sentence, `三年累计` inside it
    text = """黑河市人民政府办公室关于印发黑河市电子商务进农村三年行动方案（2019—2021年）的通知
黑市政办发〔2019〕7号
各县（市、区）人民政府，市政府各直属单位：
现将《黑河市电子商务进农村三年行动方案（2019—2021年）》印发给你们，请认真贯彻执行。
黑河市人民政府办公室
2019年3月5日
黑河市电子商务进农村三年行动方案（2019—2021年）
一、工作目标
——到2021年底，全市农村网络零售额达到10亿元以上；三年累计培训农村电商人才6000人次。
二、保障措施
市商务局负责统筹推进。
"""
    assert _years(text) == [(1000000000.0, "元", None, 2021), (6000.0, "人次", None, 2021)]


def test_a_count_of_years_total_alone_is_the_plan_period():
    text = """黑河市人民政府办公室关于印发黑河市电子商务进农村三年行动方案（2019—2021年）的通知
黑市政办发〔2019〕7号
各县（市、区）人民政府，市政府各直属单位：
现将《黑河市电子商务进农村三年行动方案（2019—2021年）》印发给你们，请认真贯彻执行。
黑河市人民政府办公室
2019年3月5日
黑河市电子商务进农村三年行动方案（2019—2021年）
一、工作目标
三年累计培训农村电商人才6000人次。
"""
    assert _years(text) == [(6000.0, "人次", 2019, 2021)]


def test_a_rows_deadline_column_dates_its_total():
    # Guangxi county task table: the row's 完成时限 cell is the deadline of its three-year total
    text = """田东县人民政府办公室关于印发田东县香芒产业提质增效三年行动方案（2021—2023年）的通知
东政办发〔2021〕22号
各乡镇人民政府，县直各有关单位：
现将《田东县香芒产业提质增效三年行动方案（2021—2023年）》印发给你们，请认真组织实施。
田东县人民政府办公室
2021年5月8日
田东县香芒产业提质增效三年行动方案（2021—2023年）
附件
重点任务分工表
序号 | 工作任务 | 责任单位 | 完成时限
1 | 三年累计改造低产芒果园3万亩 | 县农业农村局 | 2023年12月底
"""
    got = _years(text)
    assert (30000.0, "亩", None, 2023) in got


# --- a yearly amount in a clause of its own runs over the plan's period ---

SHAANXI_PLAN = """商洛市人民政府办公室关于印发商洛市食用菌产业发展三年行动方案（2022—2024年）的通知
商政办发〔2022〕14号
各县区人民政府，市政府各工作部门：
现将《商洛市食用菌产业发展三年行动方案（2022—2024年）》印发给你们，请认真贯彻落实。
商洛市人民政府办公室
2022年3月28日
商洛市食用菌产业发展三年行动方案（2022—2024年）
一、重点任务
（一）基地建设。{}
"""


def test_a_yearly_amount_is_not_dated_by_another_clauses_deadline():
    text = SHAANXI_PLAN.format("依托龙头企业，力争2023年底前建成省级示范基地2个，每年新增标准化菌棚100座。")
    assert _years(text) == [(2.0, "个", None, 2023), (100.0, "座", 2022, 2024)]


def test_an_opening_deadline_still_dates_a_yearly_amount():
    text = SHAANXI_PLAN.format("到2024年，全市建成标准化菌棚1000座，每年培训菇农500人次。")
    assert _years(text) == [(1000.0, "座", None, 2024), (500.0, "人次", None, 2024)]


def test_thereafter_each_year_keeps_its_start():
    text = SHAANXI_PLAN.format("全市2022年新建标准化菌棚300座，以后每年新建200座。")
    assert _years(text)[1] == (200.0, "座", 2023, 2024)


# --- `“八五”普法` names a law-popularisation campaign, not the Eighth Five-Year Plan (1991—1995) ---

def test_law_campaign_count_is_a_name_not_a_period():
    text = """额敏县人民政府办公室关于开展2022年法治乡村建设工作的通知
额政办发〔2022〕5号
各乡镇人民政府，县直各有关单位：
各乡镇要结合“八五”普法，每年培养“法律明白人”不少于40名。
额敏县人民政府办公室
2022年3月1日
"""
    rec = _rec(text)
    assert all(y["start"] != 1991 for y in rec["years"])
    # (a count of people trained; the minimum frequency of an activity, `每年开展…活动不少于4次`, is out since s21-tg)
    assert [(t["year_start"], t["year_end"]) for t in rec["targets"]] == [(2022, 2022)]
