"""Session 37 (s37-targets) target readings, each in another province, level or era than the notice that showed the miss."""
from __future__ import annotations

from test_extract_targets import summary, targets_of


def test_a_bare_count_closed_by_a_bound_takes_its_subjects_unit():
    # a Guangdong city's 2019 plan: `参加职业技能培训的人次达到15万以上`: 人次 names what is counted, 以上 is the bound (guide TG4)
    body = "一、工作目标\n全市参加职业技能培训的人次达到15万以上，参加培训的人数达到8000以上。"
    ts = targets_of(body, title="某市职业技能提升行动方案", date="2019年6月3日")
    assert summary(ts) == [(150000.0, "人次", ">=", False, None, None), (8000.0, "人", ">=", False, None, None)]


def test_fire_points_reported_as_zero_are_a_count_held_at_none_but_a_zero_report_rule_is_not():
    # a Henan county's 2020 notice: `卫星遥感监测火点“零报告”` is the goal (guide TG55 counts, 0 个); `实行火情零报告制度` is how
    # the villages report
    body = ("一、工作目标\n确保全县卫星遥感监测火点“零报告”。\n"
            "二、工作要求\n各乡镇实行火点零报告制度，每日16时前报县禁烧办。")
    ts = targets_of(body, title="某县2020年秋季秸秆禁烧工作方案", date="2020年9月1日")
    assert summary(ts) == [(0.0, "个", "=", False, 2020, 2020)]


def test_response_and_repair_times_a_service_keeps_are_caps_but_a_reply_deadline_is_not():
    # a Hunan county's 2021 rural water plan: `用户报修2小时内响应、供水故障48小时内修复` (guide TG52, S35 repair times);
    # `山火扑救时间不超过2小时` likewise; `5个工作日内答复` is a handling time (TG41), out
    body = ("一、服务要求\n确保用户报修问题2小时内响应、供水故障48小时内修复。\n"
            "二、森林防火\n山火扑救时间不超过2小时。\n"
            "三、投诉处理\n对群众投诉，应在5个工作日内答复。")
    ts = targets_of(body, title="某县农村供水管理方案", date="2021年4月2日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(2.0, "小时", "<="), (48.0, "小时", "<="), (2.0, "小时", "<=")]


def test_a_change_or_a_size_standard_over_listed_objects_is_one_per_object():
    # a Shandong township's 2016 plan and a Hebei county's 2021 notice: `化肥、农药施用量实现零增长`, `玉米、小麦机收留茬高度
    # 不超过10厘米`: the use of each and the stubble of each (guide TG19); examples closed by 等 name one class
    body = ("一、工作目标\n化肥、农药施用量实现零增长，玉米、小麦机收留茬高度不超过10厘米。\n"
            "二、主要措施\n推广测土配方施肥，小麦、玉米等作物化肥用量减少3%。")
    ts = targets_of(body, title="某镇农业绿色发展工作方案", date="2016年3月8日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(0.0, "%", "="), (0.0, "%", "="), (10.0, "厘米", "<="),
                                                             (10.0, "厘米", "<="), (3.0, "%", "=")]

