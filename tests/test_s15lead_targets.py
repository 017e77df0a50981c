"""Session 15 (lead, from s15-targets' report): `对照`, `对标`, `对比` open no eligibility condition (the 对 of `对…的`), so
a target the clause measures against is read; `对符合条件的…` and `对于…的人员` still open one. A Jiangxi-style city plan
written for this test."""
from pipeline import process_text

PLAN = """某市推进制造业数字化转型实施方案

一、主要任务
（一）推进智能化改造。对照到2027年规模以上工业企业数字化改造覆盖率达到12%的目标，加快推进企业改造。对标先进地区，培育智能工厂10家。
（二）落实奖补。对符合条件的企业给予最高50万元奖励。对于参加培训6个月以上的人员，按规定发放补贴。
"""


def test_measuring_against_a_target_is_no_condition():
    r = process_text(PLAN, doc_id="x").model_dump()
    got = [(t["task"], t["value"], t["unit"], t["comparator"], t["year_end"]) for t in r["targets"]]
    assert got == [("一/(一)", 12.0, "%", "=", 2027), ("一/(一)", 10.0, "家", "=", None),
                   ("一/(二)", 500000.0, "元", "<=", None)]
    for t in r["targets"]:
        assert r["text"][t["span"][0]:t["span"][1]] == t["quote"]
