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
