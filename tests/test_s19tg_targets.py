"""s19-tg: targets and their years (spec 1.1 §7). Each rule with a snippet written in the style of another province,
level or era than the notices it was found on (never text of a dev-corpus notice)."""
from pipeline import process_text


def _rec(body, title="关于做好2019年农村工作的通知", issuer="某县人民政府办公室", date="2019年3月1日",
         to="各乡镇人民政府，县直各有关单位："):
    text = f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"
    return process_text(text, doc_id="t").model_dump()


def _t(body, **kw):
    return [(t["value"], t["unit"], t["comparator"], bool(t["per_year"]), t["year_start"], t["year_end"])
            for t in _rec(body, **kw)["targets"]]


# --- tables of main indicators whose cells the copy parted by spaces (web copies) ---

def test_spaced_indicator_table_reads_the_goal_column_only():
    # Qinghai provincial 14th-plan style, full-width spaces between cells, a category cell merged down
    body = ("一、发展目标\n到2025年，全省生态环境质量稳定向好。\n表1　主要指标\n类别　序号　指标　2020年　2025年　属性\n"
            "生态环境　1　森林覆盖率（%）　7.5　8　约束性\n　2　草原综合植被盖度（%）　57.4　≥58　约束性\n"
            "　3　湿地保护率（%）　64　持续提高　预期性\n二、主要任务\n（一）保护三江源。")
    got = _t(body, title="青海省人民政府关于印发青海省“十四五”生态环境保护规划的通知", issuer="青海省人民政府",
             date="2021年10月8日", to="各市、自治州人民政府，省政府各委、办、厅、局：")
    assert got == [(8.0, "%", "=", False, None, 2025), (58.0, "%", ">=", False, None, 2025)]


def test_spaced_indicator_row_restating_the_prose_goal_counts_once_per_place():
    body = ("一、发展目标\n到2025年，全区森林覆盖率达到16%以上。\n表1　主要指标\n序号　指标名称　2020年　2025年　属性\n"
            "1　森林覆盖率（%）　15.8　≥16　约束性\n2　草原综合植被盖度（%）　56　≥57　约束性\n二、主要任务")
    got = _t(body, title="宁夏回族自治区人民政府关于印发生态保护规划的通知", issuer="宁夏回族自治区人民政府",
             date="2021年9月1日", to="各市、县（区）人民政府：")
    # (s22-tbl) guide S20 TG17 (a target restated in another place counts once per place) replaced the s19 reading:
    # the prose goal and the table's row are two targets
    assert sorted(got) == [(16.0, "%", ">=", False, None, 2025)] * 2 + [(57.0, "%", ">=", False, None, 2025)]


# --- one level shared by listed indicators (均), quotas each (各) ---

def test_level_shared_by_listed_indicators_is_one_target_each():
    got = _t("一、工作目标\n2020年，全区城乡居民基本医疗保险和大病保险政策范围内报销比例均稳定在70%以上。",
             title="宁夏回族自治区医疗保障局关于做好2020年医疗保障工作的通知", issuer="宁夏回族自治区医疗保障局",
             date="2020年3月2日")
    assert got == [(70.0, "%", ">=", False, 2020, 2020)] * 2


def test_the_share_of_each_of_two_parties_is_one_target_each():
    # `A和B承担的比例均…`: each party's share under 均 (guide TG19; s25-tg, as dev/country/READJUDICATION-s20.md brought
    # b10 d001 to it; s19 had read one share)
    got = _t("一、风险分担\n合作银行和担保机构承担的代偿比例均不低于20%。", title="关于开展政银担合作的通知",
             issuer="某市人民政府办公室", date="2020年5月6日")
    assert [(v, u) for v, u, *_ in got] == [(20.0, "%")] * 2


def test_each_after_quoted_titles_is_a_quota_each():
    got = _t("一、评选名额\n每年评选“吉林好人”“最美志愿者”各30名。", title="关于开展2022年度道德模范评选活动的通知",
             issuer="某市文明办", date="2022年4月1日")
    assert got == [(30.0, "名", "=", True, 2022, 2022)] * 2


def test_yearly_mean_concentration_is_not_per_year():
    got = _t("一、工作目标\n到2020年，全市细颗粒物年均浓度控制在35微克/立方米以下。", title="关于加强大气污染防治的通知",
             issuer="某市人民政府", date="2018年6月1日")
    assert got == [(35.0, "微克/立方米", "<=", False, None, 2020)]


# --- numbers that describe rather than demand ---

def test_shortfall_described_is_no_target():
    # a 1990s Shaanxi notice: the situation, then the goal
    body = ("一、基本情况\n全省农村自来水普及率仅为30%左右，人畜饮水困难人口普遍在200万人以上。\n"
            "二、目标\n到2000年，全省农村自来水普及率达到50%。")
    got = _t(body, title="陕西省人民政府关于加快农村人畜饮水工程建设的通知", issuer="陕西省人民政府", date="一九九七年四月二日")
    assert got == [(50.0, "%", "=", False, None, 2000)]


def test_product_dimension_is_no_target_but_a_prohibited_one_is_a_limit():
    body = "一、推广标准地膜\n推广使用厚度不低于0.015毫米的地膜，禁止使用厚度低于0.01毫米的地膜。全年回收废旧地膜2万吨。"
    got = _t(body, title="关于做好2021年残膜回收工作的通知", issuer="某地区农业农村局", date="2021年3月5日")
    assert [(v, u) for v, u, *_ in got] == [(0.01, "毫米"), (20000.0, "吨")]


# --- counts to reach, units ---

def test_count_of_units_that_reach_a_goal():
    got = _t("一、目标\n到2000年，全省有30个县达到农田水利建设先进县标准。", title="江西省人民政府关于加强农田水利建设的通知",
             issuer="江西省人民政府", date="1998年10月5日")
    assert got == [(30.0, "个", "=", False, None, 2000)]


def test_existing_count_with_have_stays_out():
    got = _t("一、基本情况\n全省现有30个县达到农田水利建设先进县标准。", title="江西省人民政府关于加强农田水利建设的通知",
             issuer="江西省人民政府", date="1998年10月5日")
    assert got == []


def test_units_with_a_bracketed_alternative_and_area_times():
    got = _t("一、目标\n2019年，全旗出栏牲畜80万头（只），完成病虫害统防统治30万亩次。", title="关于做好2019年农牧业生产的通知",
             issuer="某旗人民政府", date="2019年2月1日")
    assert [(v, u) for v, u, *_ in got] == [(800000.0, "头（只）"), (300000.0, "亩次")]


# --- years ---

def test_listed_years_before_each_year_span_first_to_last():
    got = _t("一、目标\n2021年、2022年每年培训高素质农民不少于2000人。", title="某市高素质农民培育计划（2020—2022年）",
             issuer="某市农业农村局", date="2020年4月1日")
    assert got == [(2000.0, "人", ">=", True, 2021, 2022)]


def test_whole_year_clause_keeps_its_year_against_a_later_running_total():
    got = _t("一、重点工作\n全年新建村级综合服务站200个以上，到2025年累计建成1000个以上。",
             title="广西壮族自治区农业农村厅2023年农业农村工作要点", issuer="广西壮族自治区农业农村厅",
             date="2023年2月10日")
    assert got == [(200.0, "个", ">=", False, 2023, 2023), (1000.0, "个", ">=", False, None, 2025)]


def test_deadline_of_a_next_clause_with_its_own_subject_does_not_date_the_number():
    got = _t("一、目标\n乡镇卫生院标准化率保持在95%以上，具备条件的村卫生室2021年底前实现医保联网。",
             title="关于推进基层卫生服务能力建设的通知", issuer="某市卫生健康委员会", date="2020年3月1日")
    assert got == [(95.0, "%", ">=", False, None, None)]


def test_deadline_of_the_next_clause_without_a_subject_still_dates_it():
    got = _t("一、目标\n改造老旧管网120公里，全部于2021年底前完成。", title="关于推进城市供水管网改造的通知",
             issuer="某市人民政府", date="2020年3月1日")
    assert got == [(120.0, "公里", "=", False, None, 2021)]


def test_plan_end_deadline_later_in_the_sentence_dates_only_its_own_clause():
    # (s23-tg2) guide S22 (answers to A13): a year dates its own clause and the `，` clauses after it, not the clauses
    # before it; the earlier clause keeps the plan's period (a29's gold reads it so since the S23 pass)
    body = "一、重点任务\n（一）茶叶提升。新建标准茶园3000亩，推进茶园机械化，到2025年茶叶综合产值达到10亿元。"
    got = _t(body, title="某县茶产业提升行动方案（2023—2025年）", issuer="某县人民政府办公室",
             date="2023年5月1日")
    assert got == [(3000.0, "亩", "=", False, 2023, 2025), (1000000000.0, "元", "=", False, None, 2025)]


def test_per_year_number_keeps_the_plan_period():
    body = "一、重点任务\n（一）茶叶提升。每年新建标准茶园1000亩，到2025年茶叶综合产值达到10亿元。"
    got = _t(body, title="某县茶产业提升行动方案（2023—2025年）", issuer="某县人民政府办公室",
             date="2023年5月1日")
    assert got[0] == (1000.0, "亩", "=", True, 2023, 2025)


# --- per-place quota tables ---

def test_quota_table_captioned_by_the_places_it_shares_out_among():
    body = ("一、任务安排\n现将2024年农村公路建设任务下达给你们。\n附件：2024年各县（区）农村公路建设任务表\n单位：公里\n"
            "县（区）\t新改建\t养护\n甲县\t120\t300\n乙县\t95\t260\n")
    got = _t(body, title="关于下达2024年农村公路建设任务的通知", issuer="某市交通运输局", date="2024年3月1日",
             to="各县（区）交通运输局：")
    assert sorted(v for v, *_ in got) == [95.0, 120.0, 260.0, 300.0]
    assert {(u, ys, ye) for _, u, _, _, ys, ye in got} == {("公里", 2024, 2024)}


def test_a_heading_about_each_county_without_a_table_adds_nothing():
    body = "一、工作要求\n各县（区）要按照年度计划\n二、保障措施\n加强督查。"
    assert _t(body, title="关于做好2024年农村公路建设的通知", issuer="某市交通运输局", date="2024年3月1日") == []


def test_one_value_after_fenbie_over_listed_indicators_is_one_each():
    got = _t("一、重点任务\n化肥、农药使用量较2020年分别减少8%。", title="某县绿色农业发展行动方案（2021—2023年）",
             issuer="某县人民政府办公室", date="2021年5月1日")
    assert got == [(8.0, "%", "=", False, 2021, 2023)] * 2


def test_values_listed_after_fenbie_stay_one_each():
    got = _t("一、重点任务\n城镇和农村居民人均可支配收入分别增长6%和8%。", title="某县民生发展行动方案（2021—2023年）",
             issuer="某县人民政府办公室", date="2021年5月1日")
    assert [(v, u) for v, u, *_ in got] == [(6.0, "%"), (8.0, "%")]


def test_keep_an_area_stable_is_a_target_but_stably_lifted_households_are_not():
    got = _t("一、重点任务\n稳定油茶种植面积3万亩。稳定脱贫的1200户群众要持续巩固成果。",
             title="某县油茶产业发展行动方案（2021—2023年）", issuer="某县人民政府办公室", date="2021年5月1日")
    assert [(v, u) for v, u, *_ in got] == [(30000.0, "亩")]


def test_indicator_lines_with_baseline_and_goal():
    body = ("一、主要目标\n到2025年，农村商业体系更加健全。\n附件\n主要指标\n乡镇快递网点（个）：2020年基数120，2025年目标200\n"
            "行政村快递覆盖率（%）：2020年基数60，2025年目标95以上\n冷链库容新增（万吨）：2025年累计8\n")
    got = _t(body, title="某省农村流通体系建设实施方案（2021—2025年）", issuer="某省人民政府办公厅", date="2021年6月1日",
             to="各市（州）人民政府：")
    assert sorted(got) == [(95.0, "%", ">=", False, None, 2025), (200.0, "个", "=", False, None, 2025),
                           (80000.0, "吨", "=", False, None, 2025)]


def test_a_single_indicator_line_is_not_read():
    body = "一、主要目标\n乡镇快递网点（个）：2020年基数120，2025年目标200\n二、措施\n加强统筹。"
    got = _t(body, title="某县农村流通工作方案", issuer="某县人民政府办公室", date="2021年6月1日")
    assert (200.0, "个") not in [(v, u) for v, u, *_ in got]


def test_assessment_weight_is_no_target():
    got = _t("一、考核\n将秸秆禁烧工作纳入乡镇年度绩效考核，占考核总分的10%。全年秸秆综合利用率达到92%以上。",
             title="关于做好2021年秸秆综合利用工作的通知", issuer="某县人民政府办公室", date="2021年4月1日")
    assert [(v, u) for v, u, *_ in got] == [(92.0, "%")]


def test_telephone_number_after_its_area_code_is_no_target():
    got = _t("一、服务\n开通政策咨询热线（0951-12345转2号线），全年办理群众诉求2000件以上。",
             title="关于做好2021年12345热线工作的通知", issuer="某市人民政府办公室", date="2021年4月1日")
    assert [(v, u) for v, u, *_ in got] == [(2000.0, "件")]


def test_standard_list_after_its_colon_runs_across_semicolons_and_counting_clauses():
    body = ("第五条　护理补贴标准为：一级重度残疾人每人每月100元，全年按12个月计算，每人每年1200元；"
            "二级重度残疾人每人每月80元。")
    got = _t(body, title="贵州省困难残疾人生活补贴和重度残疾人护理补贴实施办法", issuer="贵州省民政厅",
             date="2016年3月1日", to="各市（州）民政局：")
    assert [(v, u) for v, u, *_ in got] == [(100.0, "元"), (1200.0, "元"), (80.0, "元")]


def test_rates_listed_with_one_level_are_one_target_each():
    got = _t("一、目标\n2020年，全旗农村牧区自来水普及率和集中供水率达到85%以上。", title="关于做好2020年农村牧区饮水安全工作的通知",
             issuer="某旗人民政府办公室", date="2020年3月1日")
    assert got == [(85.0, "%", ">=", False, 2020, 2020)] * 2


def test_verb_with_its_alternative_character_in_brackets():
    got = _t("一、目标\n2020年，全县新（改）建农村户厕1500户，改（扩）建乡镇卫生院3所。", title="关于做好2020年农村人居环境整治的通知",
             issuer="某县人民政府办公室", date="2020年3月1日")
    assert [(v, u) for v, u, *_ in got] == [(1500.0, "户"), (3.0, "所")]
