"""Session 34 (s34-tg) target readings, each in another province, level or era than the notice that showed the miss."""
from __future__ import annotations

from test_extract_targets import summary, targets_of


def test_effort_in_the_goals_sub_item_states_the_plans_period():
    # a Guizhou city's 2016 意见: `一、总体要求和目标` / `（一）总体要求` / `（二）主要目标。经过五年努力，…`: five years from the
    # issue year date the later items' targets (guide S31b TG64)
    body = ("一、总体要求和目标\n（一）总体要求。以提高城乡供水保障水平为主线，统筹推进水源建设。\n"
            "（二）主要目标。经过五年努力，全市城乡供水保障能力明显提升，农村饮水安全问题基本解决。\n"
            "二、重点任务\n（一）加强水源建设。每个乡镇至少建成1处规模化供水工程。")
    ts = targets_of(body, title="某市关于加强城乡供水保障工作的意见", date="2016年4月12日")
    assert summary(ts) == [(1.0, "处", ">=", False, 2016, 2020)]


def test_goals_item_after_an_item_on_importance():
    # an older provincial 意见 (2010): the goals item is the second; `通过2年左右的努力…；再用3年左右的时间…` adds the
    # stages (guide S34 on CI Q3)
    body = ("一、充分认识加强农产品质量安全工作的重要意义\n农产品质量安全事关人民群众身体健康。\n"
            "二、总体要求和工作目标\n（一）总体要求。坚持预防为主、源头治理。\n"
            "（二）工作目标。通过2年左右的努力，使农产品质量安全突出问题得到有效解决；再用3年左右的时间，使监管体系更加完善。\n"
            "三、强化监管措施\n（一）加强检测。每个县至少建成1个农产品质量安全检测站。")
    ts = targets_of(body, title="某省人民政府关于加强农产品质量安全工作的意见", date="2010年6月8日")
    assert summary(ts) == [(1.0, "个", ">=", False, 2010, 2014)]


def test_a_stage_with_no_end_adds_nothing():
    # a Hebei city's 2014 air plan: `再用五年或更长时间` has no fixed length; the period is the first effort's five years
    body = ("一、总体要求和目标\n（一）总体要求。以改善空气质量为核心。\n"
            "（二）工作目标。经过五年努力，全市空气质量总体改善；力争再用五年或更长时间，基本消除重污染天气。\n"
            "二、重点任务\n（一）控制扬尘。施工工地必须设置不低于2米的围挡。")
    ts = targets_of(body, title="某市大气污染防治实施意见", date="2014年3月20日")
    assert summary(ts) == [(2.0, "米", ">=", False, 2014, 2018)]


def test_effort_whose_paragraph_sets_a_later_deadline_is_no_period():
    # a ministry's 2003 意见: `从2003年起，用三年时间，…；到2010年，…`: a goal due after the effort ends, so the effort spans
    # its own clause only and the later items take no period from it
    body = ("一、目标任务\n（一）指导思想。以提高劳动者素质为目标。\n"
            "（二）主要目标。从2003年起，用三年时间，使新成长劳动力普遍接受职业培训；到2010年，技能劳动者总量明显增加。\n"
            "二、主要措施\n（一）落实经费。企业按职工工资总额的1.5%足额提取职工教育经费。")
    ts = targets_of(body, title="关于加强职业培训工作的意见", date="2003年5月6日")
    assert [t.year_end for t in ts] == [None]


def test_goals_span_with_the_first_year_written_bare():
    # a Hunan province's 2011 意见: `（二）发展目标。2011—2015年，…` (no 年 after the first year) states the period
    body = ("一、指导思想和发展目标\n（一）指导思想。以市场为导向。\n"
            "（二）发展目标。2011—2015年，全省新建高标准茶园20万亩。\n"
            "二、政策措施\n（一）加大扶持。对新建茶园每亩补助300元。")
    ts = targets_of(body, title="关于加快茶产业发展的意见", date="2011年7月18日")
    assert summary(ts) == [(200000.0, "亩", "=", False, 2011, 2015), (300.0, "元", "=", False, 2011, 2015)]


def test_cap_over_a_long_noun_phrase_keeps_its_negation():
    # a Jiangsu city's 2012 rules: `不高于…的60%` with the phrase running past the reading window is `<=`, not `>`
    body = "第十二条　经济适用住房租金按照不高于本市同区域、同类型普通商品住房平均市场租金的60%确定。"
    ts = targets_of(body, title="某市经济适用住房出租管理办法", date="2012年9月3日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(60.0, "%", "<=")]


def test_a_bracketed_size_after_a_noun_is_no_target():
    # a Yunnan county's 2019 plan: the capacity bracketed after the thing (`（容积5立方米）`, `（载重3吨）`) says what it is
    body = "每个自然村配置1个垃圾收集池（容积5立方米），每个行政村配备1辆垃圾清运车（载重3吨）。"
    ts = targets_of(body, title="某县2019年农村垃圾治理工作方案", date="2019年3月1日")
    assert [(t.value, t.unit) for t in ts] == [(1.0, "个"), (1.0, "辆")]


def test_a_class_bracketed_by_its_threshold_is_no_target():
    # a Shanxi county's 2017 plan: `大班额（56人以上）` names the class the share is of; only the share is a target
    body = "到2018年，全县义务教育学校大班额（56人以上）比例控制在5%以内。"
    ts = targets_of(body, title="某县2017年义务教育均衡发展工作方案", date="2017年2月8日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(5.0, "%", "<=")]


def test_a_bare_count_in_a_bracket_stays():
    # a bracket restating how many (`（12个）`) is not a size: the count stays (as `整村搬迁自然村（14个）` reads)
    body = "完成整村搬迁自然村（12个）的拆旧复垦。"
    ts = targets_of(body, title="某县2020年易地扶贫搬迁工作方案", date="2020年3月1日")
    assert [(t.value, t.unit) for t in ts] == [(12.0, "个")]


def test_count_of_places_works_after_a_deadline():
    # a Jiangxi county's 2019 plan: `年底前` closes the deadline (no ranking 前N); the towns' stations all to be built are a
    # coverage count (PLACES_ALL_ACT, one station per town)
    body = "确保2021年底前12个乡镇垃圾中转站全部建成运行。"
    ts = targets_of(body, title="某县农村生活垃圾治理工作方案", date="2019年4月2日")
    assert summary(ts) == [(12.0, "个", "=", False, None, 2021)]


def test_places_named_in_full_that_reach_a_goal_first():
    # a Shanxi province's 2022 plan: the cities named in full, counted, then `率先实现` (guide TG9)
    body = "到2025年，太原、大同、长治、晋中4个城市率先实现城乡供水一体化。"
    ts = targets_of(body, title="某省城乡供水一体化实施方案", date="2022年6月1日")
    assert summary(ts) == [(4.0, "个", "=", False, None, 2025)]


def test_a_count_summing_examples_of_places_stays_out():
    # more places counted than named (`等`): the count sums up examples, no target (guide TG9)
    body = "到2025年，太原、大同等11个城市率先实现城乡供水一体化。"
    ts = targets_of(body, title="某省城乡供水一体化实施方案", date="2022年6月1日")
    assert summary(ts) == []


def test_hand_tools_counted_by_the_handle():
    # a Guangxi township's 2020 flood plan: tools stocked are counted in 把; `一把手` stays a title
    body = "镇级防汛物资储备库储备铁锹200把、编织袋5000条。各村党支部书记作为一把手，要亲自部署。"
    ts = targets_of(body, title="某镇2020年防汛工作方案", date="2020年4月10日")
    assert [(t.value, t.unit) for t in ts] == [(200.0, "把"), (5000.0, "条")]


def test_the_phase_a_works_is_named_by_is_no_count():
    # a Fujian city's 2021 plan: `二期工程`, `三期项目` name a works' phase (an ordinal); sessions held (`3期`) stay counts
    body = "加快推进城市污水处理厂二期工程建设，启动垃圾焚烧发电三期项目，全年举办技能培训班3期。"
    ts = targets_of(body, title="某市2021年生态环境保护工作要点", date="2021年3月5日")
    assert [(t.value, t.unit) for t in ts] == [(3.0, "期")]
