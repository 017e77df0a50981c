"""The count of kinds a text divides its subject into describes the document's own scheme (guide TG16; spec §7).

One predicate since session 37 (`targets._classes_divided`): the count closes the division's clause, or, with no
comparator, the kinds run 2-60 characters after 分为/划分为/区分为/分成 without a colon.
"""
from tests.test_s36_tg_targets import targets_of


def test_a_division_written_with_fen_cheng_closing_its_clause_is_no_target():
    # a Shaanxi county's 2009 rule on village roads: `分成县道、乡道、村道三个等级` counts the rule's own grades;
    # the width it sets for village roads is a standard to keep
    body = ("第三条　农村公路按照行政等级分成县道、乡道、村道三个等级。\n"
            "第四条　新建村道路基宽度不得低于4.5米。")
    ts = targets_of(body, title="某县农村公路管理办法", date="2009年6月1日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(4.5, "米", ">=")]


def test_kinds_listed_after_a_colon_keep_their_own_numbers():
    # a Jilin city's 2016 plan: the division opens a list with a colon; the count of sites inside a kind is a target
    body = ("一、工作任务\n（一）示范点分为两类：一类为综合示范点，全市建成20个以上；二类为专项示范点。")
    ts = targets_of(body, title="某市社区养老服务示范点建设方案", date="2016年4月8日")
    assert [(t.value, t.unit, t.comparator) for t in ts] == [(20.0, "个", ">=")]
