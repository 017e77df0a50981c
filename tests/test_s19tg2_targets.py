"""s19-tg2: targets, their years and the cleaning they depend on (classes found on A3's HELD half and A2).
Snippets written in the style of other provinces, levels and eras (never copied from a dev notice)."""
from pipeline import process_text


def _targets(text):
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
            for t in process_text(text, doc_id="x").model_dump()["targets"]]


def _doc(title, body, issuer, date, to="各有关单位："):
    return f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"


# a PDF copy, lines cut at the page's width; one line ends inside a year (`到2` / `018年`), its digits narrow
PDF_WRAP = _doc(
    "宁夏回族自治区人民政府关于加快推进农村饮水安全巩固提升工作的意见",
    "一、总体要求\n"
    "以保障农村群众饮水安全为目标，坚持政府主导、群众参与、建管并重、城乡统筹的原\n"
    "则，全面提升农村供水保障水平，推动城乡供水一体化发展，为乡村振兴提供有力支撑\n"
    "。到2016年，全区集中供水率达到85%以上，普及率达到80%；到2\n"
    "018年，全区农村集中供水率达到90%以上，自来水普及率达到88%以上，水质达标率明显提\n"
    "高，供水保证率进一步提升。\n"
    "二、主要任务\n（一）实施巩固提升工程。",
    "宁夏回族自治区人民政府", "2016年3月9日", "各市、县（区）人民政府，自治区政府各部门、各直属机构：")


def test_year_cut_by_hard_wrap_is_joined():
    text = process_text(PDF_WRAP, doc_id="x").model_dump()
    got = [(t["value"], t["year_end"]) for t in text["targets"]]
    assert (90.0, 2018) in got and (88.0, 2018) in got
    assert {"start": 2018, "end": 2018} in [{"start": y["start"], "end": y["end"]} for y in text["years"]]


LIST_PER_LINE = _doc(
    "关于做好2021年秋冬季森林防火工作的通知",
    "一、工作任务\n全乡完成防火隔离带建设15公里，组建半专业扑火队伍2支。\n二、工作要求\n1\n压实防火责任。\n2\n加强火源管控。\n"
    "3\n强化应急值守。",
    "隆林各族自治县者浪乡人民政府", "2021年10月8日", "各村民委员会：")


def test_list_numbers_one_per_line_are_not_joined():
    assert sorted(_targets(LIST_PER_LINE)) == sorted([(15, "公里", "=", False, 2021, 2021), (2, "支", "=", False, 2021, 2021)])


SCHEDULE_CLAUSE = _doc(
    "彭水苗族土家族自治县2022—2023年农村人居环境整治工作方案",
    "一、工作目标\n2022年、2023年全县农村人居环境持续改善。农村卫生厕所普及率2022年达到80%以上，2023年达到85%以上；"
    "全县新建垃圾收集点120个，新建污水管网40公里。\n二、工作措施\n（一）加快设施建设。",
    "彭水苗族土家族自治县人民政府办公室", "2022年2月16日", "各乡镇人民政府、街道办事处，县政府各部门：")


def test_schedule_year_inside_a_clause_does_not_date_the_next_clause():
    assert sorted(_targets(SCHEDULE_CLAUSE)) == sorted([
        (80, "%", ">=", False, 2022, 2022), (85, "%", ">=", False, 2023, 2023),
        (120, "个", "=", False, 2022, 2023), (40, "公里", "=", False, 2022, 2023)])


PAST_FIGURES = _doc(
    "吉林省人民政府办公厅关于加快发展农村电子商务的意见",
    "全省农村网络零售额由2014年的36亿元增长到2016年的110亿元。为加快发展农村电子商务，提出如下意见。\n一、发展目标\n到2020年，全省农村网络零售额达到300亿元，"
    "建设县级电子商务服务中心40个。",
    "吉林省人民政府办公厅", "2017年5月4日", "各市（州）人民政府，长白山管委会，各县（市）人民政府，省政府各厅委办、各直属机构：")


def test_a_figure_dated_before_the_issue_year_is_described():
    assert sorted(_targets(PAST_FIGURES)) == sorted([(30000000000, "元", "=", False, None, 2020), (40, "个", "=", False, None, 2020)])


PERIOD_OPENER = _doc(
    "青海省人民政府关于进一步做好农牧区劳动力转移就业工作的意见",
    "一、目标任务\n“十二五”期间，全省每年转移农牧区劳动力30万人次以上，到2015年，农牧民劳务收入占人均纯收入的比重达到40%；"
    "每年开展农牧民技能培训3万人。\n二、工作措施\n（一）加强培训。",
    "青海省人民政府", "2011年8月1日", "各市、自治州人民政府，省政府各委、办、厅、局：")


def test_yearly_quota_after_a_later_deadline_keeps_the_opening_period():
    assert sorted(_targets(PERIOD_OPENER)) == sorted([
        (300000, "人次", ">=", True, 2011, 2015), (40, "%", "=", False, None, 2015), (30000, "人", "=", True, 2011, 2015)])


SAME_CLAUSE_DEADLINE = _doc(
    "海南省人民政府关于加快热带特色农业发展的意见",
    "一、主要目标\n“十二五”期间，全省农业增加值年均增长5%以上；到2015年，农民人均纯收入达到9000元，力争年均增长10%。\n"
    "二、重点任务\n（一）发展冬季瓜菜。",
    "海南省人民政府", "2011年4月2日", "各市、县、自治县人民政府，省政府直属各单位：")


def test_yearly_rate_in_the_deadlines_own_clause_keeps_the_deadline():
    got = _targets(SAME_CLAUSE_DEADLINE)
    assert (10, "%", "=", True, None, 2015) in got and (9000, "元", "=", False, None, 2015) in got


SANCTION_AND_CONDITION = _doc(
    "广西壮族自治区文化和旅游厅关于加强景区安全管理的通知",
    "一、控制游客流量\n景区瞬时游客量超过最大承载量的90%时，立即启动分流措施。\n二、严格考核\n对发生较大安全事故的市，每起事故扣减其年度旅游发展资金30万元。\n"
    "三、配齐力量\n每个4A级以上景区配备不少于10名安全员。",
    "广西壮族自治区文化和旅游厅", "2020年6月2日", "各市文化广电和旅游局：")


def test_deduction_and_trigger_level_are_no_targets():
    assert _targets(SANCTION_AND_CONDITION) == [(10, "名", ">=", False, None, None)]


ROW_RESTATED = _doc(
    "某县2019年秸秆综合利用工作方案",
    "一、工作目标\n2019年全县新培育秸秆收储合作社8家以上，全年累计新增秸秆肥料化利用量2万吨。\n二、任务分解\n"
    "序号 | 工作内容 | 责任单位\n1 | 培育秸秆收储合作社8家以上 | 县农业局\n2 | 全年累计新增2万吨 | 县农业局\n3 | 建设秸秆收储点12个 | 县发展改革局\n",
    "某县人民政府办公室", "2019年4月1日", "各乡镇人民政府，县直各单位：")


def test_table_row_restating_a_prose_target_is_not_counted_twice():
    got = _targets(ROW_RESTATED)
    assert sorted((v, u) for v, u, *_ in got) == [(8, "家"), (12, "个"), (20000, "吨")]


PROVISION = _doc(
    "黔西南布依族苗族自治州易地扶贫搬迁安置实施方案",
    "一、安置标准\n安置住房按照人均20平方米的标准统一建设，对人均住房面积低于13平方米的家庭优先安排；"
    "搬迁户按照户均0.5亩的标准配置菜园地。",
    "黔西南布依族苗族自治州人民政府办公室", "2016年5月3日", "各县（市）人民政府，义龙试验区管委会，州直各部门：")


def test_per_head_amount_allotted_by_a_standard_is_a_target():
    assert sorted((v, u) for v, u, *_ in _targets(PROVISION)) == [(0.5, "亩"), (20, "平方米")]


HOUSEHOLDS_PEOPLE = _doc(
    "四川省人民政府办公厅关于做好地质灾害避险搬迁工作的通知",
    "一、目标任务\n2023年全省实施地质灾害避险搬迁2万户、6万人左右。\n二、工作要求\n各地要加强组织领导。",
    "四川省人民政府办公厅", "2023年3月2日", "各市（州）人民政府，省政府各部门：")


def test_households_and_people_counted_together_share_the_trailing_comparator():
    assert sorted(_targets(HOUSEHOLDS_PEOPLE)) == [(20000, "户", "~", False, 2023, 2023), (60000, "人", "~", False, 2023, 2023)]
