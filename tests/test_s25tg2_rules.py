"""s25-tg2: how targets are written, from the classes A18 (a205–a216) showed wrong, each tested in the style of a
province, level or era other than the notice that showed it."""
from tests.snippets import targets_of as _targets


def test_a_bare_later_year_opening_goals_before_deadlines_is_a_deadline():
    # Sichuan province, 2000s 意见: `2009年，全省…` issued in 2008 and followed by `到2012年，…` is read like `到2009年`
    # (guide TG13: null/2009); a paragraph of the issue year's goals stays that year
    got = _targets("四川省人民政府关于加强农民工培训工作的意见", "四川省人民政府", "2008年6月2日",
                   "一、主要目标\n　　2009年，全省培训农民工80万人次以上，培训后就业率达到85%。到2012年，基本建立农民工培训制度。\n")
    assert got == [(800000, "人次", ">=", False, None, 2009), (85, "%", "=", False, None, 2009)]


def test_a_bare_year_among_other_bare_years_is_a_schedule_year():
    # Guangxi county, 2010s: `2016年，…。2017年，…。到2018年` is a year-by-year schedule (guide TG10), each year its own
    got = _targets("某县农村公路建设实施意见", "某县人民政府", "2015年11月2日",
                   "一、目标任务\n　　2016年，全县新建农村公路100公里。2017年，全县新建农村公路120公里。到2018年，实现村村通。\n")
    assert got == [(100, "公里", "=", False, 2016, 2016), (120, "公里", "=", False, 2017, 2017)]


def test_a_bracketed_span_after_an_indicator_dates_its_own_clause_only():
    # Shandong prefecture, 2000s: `招商引资累计（2006—2008年）达到300亿元` is counted over those years; the clause after it
    # keeps the sentence's `到2008年`, and so does a `；` clause after `2008年当年…` (that year's own figure)
    got = _targets("潍坊市人民政府关于加快招商引资工作的意见", "潍坊市人民政府", "2006年3月6日",
                   "一、目标任务\n　　到2008年，全市招商引资累计（2006—2008年）达到300亿元，利用外资年均增长20%以上，"
                   "2008年当年到位资金达到120亿元；新批外资企业达到300个。\n")
    assert got == [(30000000000, "元", "=", False, 2006, 2008), (20, "%", ">=", True, None, 2008),
                   (12000000000, "元", "=", False, 2008, 2008), (300, "个", "=", False, None, 2008)]


def test_a_yearly_average_after_its_own_indicator_does_not_reach_other_indicators():
    # Jiangsu city, 2010s: `进出口总额年均达到…，…，外资占比达到30%左右`: 年均 is the first indicator's own; the level
    # named after it is not per year (a 年均 opening its clause still reaches its list, guide TG3)
    got = _targets("某市开放型经济发展规划（2011—2015年）", "某市人民政府", "2011年5月3日",
                   "一、发展目标\n　　到2015年，全市进出口总额年均达到80亿美元以上，服务贸易比重明显提高，外资占比达到30%左右。"
                   "年均新增外资企业50家，培育出口品牌20个。\n")
    assert got == [(8000000000, "美元", ">=", True, None, 2015), (30, "%", "~", False, None, 2015),
                   (50, "家", "=", True, None, 2015), (20, "个", "=", True, None, 2015)]


def test_a_share_set_aside_in_each_years_plan_is_per_year():
    # Yunnan province, 2010s 意见 on rural tourism: `在年度建设用地计划中单列不少于3%` recurs every year (spec §7 每年度)
    got = _targets("云南省人民政府关于促进乡村旅游发展的意见", "云南省人民政府", "2017年9月1日",
                   "一、加强用地保障\n　　各州、市在年度建设用地计划中单列不少于3%的用地指标，专项支持乡村旅游项目。\n")
    assert got == [(3, "%", ">=", True, None, None)]


def test_places_listed_before_respective_levels_carry_into_the_next_clause():
    # Hebei province, 2010s air plan: `石家庄市、邢台市…分别下降15%和12%，重污染天数比例控制在5%以内` — the next clause's one
    # level is each listed city's (guide TG19); a clause naming its own scope (`全省…`) is not
    got = _targets("河北省大气污染防治攻坚行动方案", "河北省人民政府", "2018年7月2日",
                   "一、工作目标\n　　到2020年，石家庄市、邢台市细颗粒物年均浓度较2015年分别下降15%和12%，重污染天数比例控制在5%以内；"
                   "全省优良天数比例达到60%以上。\n")
    assert got == [(15, "%", "=", False, None, 2020), (12, "%", "=", False, None, 2020),
                   (5, "%", "<=", False, None, 2020), (5, "%", "<=", False, None, 2020), (60, "%", ">=", False, None, 2020)]


def test_a_forbidden_cap_before_an_exception_clause_is_a_target():
    # Zhejiang city, 2000s labour rules: `每月加班一般不得超过20小时，确因生产需要延长的，…不得超过36小时` (the `…的，` opens the
    # exception; the cap before it is the rule itself)
    got = _targets("宁波市企业工资支付和工时管理办法", "宁波市人民政府", "2005年9月1日",
                   "第八条　企业安排职工加班，每月加班一般不得超过20小时，确因生产需要延长的，每月不得超过36小时。\n")
    assert got == [(20, "小时", "<=", False, None, None), (36, "小时", "<=", False, None, None)]


def test_at_least_reaches_each_count_written_before_its_object():
    # Hunan county, 2010s: `每个乡镇要建成至少1座垃圾中转站和2座公厕` — 至少 is each count's (a number earlier in the
    # clause, `人口在2万以上的乡镇`, does not hide it)
    got = _targets("某县农村环境整治实施方案", "某县人民政府", "2016年3月1日",
                   "一、主要任务\n（一）建设设施。人口在2万以上的乡镇要建成至少1座垃圾中转站和2座公厕。\n")
    assert got == [(1, "座", ">=", False, None, None), (2, "座", ">=", False, None, None)]


def test_sizes_of_the_projects_a_programme_supports_are_conditions():
    # Guangdong province, 2010s: `重点支持日处理能力100吨以上、资源化率达到90%以上的项目` names which projects qualify;
    # `申报示范的企业，年销售收入原则上应在5000万元以上` lists what an applicant must meet (guide TG29); a count supported
    # stays a target
    got = _targets("广东省固体废物资源化利用示范工作方案", "广东省发展改革委", "2019年4月2日",
                   "一、示范内容\n（一）建设示范项目。重点支持日处理能力100吨以上、资源化率达到90%以上的项目，支持建设示范基地10个。\n"
                   "（二）开展企业示范。申报示范的企业，年销售收入原则上应在5000万元以上，并具有独立法人资格。\n")
    assert got == [(10, "个", "=", False, None, None)]


def test_a_quota_list_written_as_prose_under_a_caption_with_its_unit():
    # Shandong county, 2020s: a caption `各镇（街道）造林任务（2021—2023年合计，单位：万亩）：` then one line of places and
    # numbers (guide TG31): each a target in the caption's unit, 万 multiplied out, for the caption's years
    got = _targets("某县国土绿化三年行动方案", "某县人民政府", "2021年3月5日",
                   "一、目标任务\n　　三年完成造林3万亩。\n二、任务分解\n　　各镇（街道）造林任务（2021—2023年合计，单位：万亩）：\n"
                   "　　城关街道0.5，东关镇1.2，柳沟镇0.8，大王庄镇0.5。\n")
    assert got[1:] == [(5000, "亩", "=", False, 2021, 2023), (12000, "亩", "=", False, 2021, 2023),
                       (8000, "亩", "=", False, 2021, 2023), (5000, "亩", "=", False, 2021, 2023)]


def test_places_listed_with_each_after_a_label_share_out_the_count():
    # Sichuan county, 2010s: `示范村：红星村、光明村各3个，…` — each place's count (各), not a sum of the names
    got = _targets("某县美丽乡村建设实施方案（2017—2019年）", "某县人民政府", "2017年3月5日",
                   "三、任务分解\n　　示范点：红星乡、光明镇各3个，新华镇、团结乡、永安镇各2个。\n")
    assert got == [(3, "个", "=", False, 2017, 2019)] * 2 + [(2, "个", "=", False, 2017, 2019)] * 3


def test_a_floor_on_an_assessment_weight_is_a_score():
    # Gansu prefecture, 2020s: `考核权重不低于8%` weighs a line of an assessment (guide TG25), no level to reach
    got = _targets("某市农村人居环境整治提升五年行动实施方案（2021—2025年）", "某市人民政府办公室", "2021年9月1日",
                   "五、保障措施\n（三）强化考核。将整治工作纳入年度目标责任考核，考核权重不低于8%，卫生厕所普及率达到85%以上。\n")
    assert got == [(85, "%", ">=", False, 2021, 2025)]


def test_a_floor_per_head_with_no_period_is_a_target_and_with_a_period_a_frequency():
    # Jiangxi province, 2010s: `对贫困劳动力每人至少提供一次免费技能培训` (what each is to receive); `每人每年至少一次`
    # names how often (guide TG27), out
    got = _targets("江西省就业扶贫实施意见", "江西省人民政府办公厅", "2016年9月1日",
                   "一、加强培训\n　　对有意愿的贫困劳动力每人至少提供一次免费技能培训。为登记失业人员每人每年至少提供一次职业指导。\n")
    assert got == [(1, "次", ">=", False, None, None)]


def test_shixian_before_you_is_no_report_of_what_exists():
    # Guizhou county, 2010s: `实现有劳动力的贫困户户均增收3000元以上` (实现 then 有…的) is a goal, not `现有` (what exists)
    got = _targets("某县产业扶贫实施方案（2017—2019年）", "某县人民政府", "2017年4月1日",
                   "一、目标\n　　到2019年，实现有劳动力的贫困户户均增收3000元以上。全县现有合作社120家。\n")
    assert got == [(3000, "元", ">=", False, None, 2019)]
