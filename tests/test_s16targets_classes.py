"""Session 16 (helper s16-targets): one test per class fixed, each a snippet written for this file in the style of
another province, level or year than the stress doc that found it (tests/s16targets_stress.py). Expected items are
exact: (value, unit, comparator, per_year, year_start, year_end, task); spans index the record's text."""
from __future__ import annotations

from pipeline import process_text


def _record(text: str) -> dict:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return d


def _targets(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"], t["task"])
            for t in _record(text)["targets"]]


def test_applying_unit_with_a_modal_states_who_qualifies():
    """`申报单位须…不低于…，…以上`: the applying unit's thresholds are eligibility conditions (spec 1.1 §7 out), every
    clause of the sentence; the support amount stays."""
    got = _targets("""黑龙江省工业和信息化厅关于组织申报2022年度省级技术创新示范企业的通知
各市（地）工业和信息化局：
一、支持方式。对认定的省级技术创新示范企业，给予一次性奖励30万元。
二、其他要求。申报单位须在本省注册满3年，研发投入占销售收入比重不低于3%，研发人员不少于30人。
黑龙江省工业和信息化厅
2022年4月6日""")
    assert got == [(300000, "元", "=", False, None, None, "一")]  # (a call for one year's round: null, session 15)


def test_cutoff_sentence_of_an_undated_copy_is_a_report():
    """`截至2019年底，全州累计建成…` in a copy without date or stated period, before goals by a later year: a report,
    not a target (the issue year is lost, so the doc's latest goal year tells the past)."""
    got = _targets("""黔南州推进农村饮水安全巩固提升实施方案
一、农村供水
截至2019年底，全州累计建成集中供水工程1860处。到2021年，农村集中供水率达到90%以上。
二、水质保障
（一）每个县建成1个水质检测中心。""")
    assert got == [(90, "%", ">=", False, None, 2021, "一"), (1, "个", "=", False, None, None, "二/(一)")]
    # a cutoff that is itself the deadline (no later goal year) stays a target
    got = _targets("""某县2025年农村公路建设方案
一、建设任务
截至2025年底，全县新改建农村公路120公里。""")
    assert [t[:2] for t in got] == [(120, "公里")]


def test_make_up_of_a_system_is_structural():
    """`由…4个方面的36个指标构成，其中…20个`: how a system is made up (guide TG16), its parts too; a part the make-up must
    hold (`其中…至少1名`) is a demand."""
    got = _targets("""某自治区旗县年度工作考核办法
一、考核指标。年度考核指标体系由经济发展、改革创新、民生保障、生态环保等4个方面的36个指标构成，其中共性指标20个。
二、考核目标。到2024年，全省政务服务事项网上可办率达到95%以上。""")
    assert got == [(95, "%", ">=", False, None, 2024, "二")]
    got = _targets("""某自治县村务监督委员会工作规程
第三条 村务监督委员会由3至5人组成，其中至少有1名妇女成员。""")
    assert [t[:3] for t in got] == [(1, "名", ">=")]
