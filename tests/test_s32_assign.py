"""Assignments, session 32 (s32-assign): an organ's second sign in brackets inside an annotation, several villages heading
one share of a township's task division, a carry-forward clause ending at its part also in a running list (guide R29).
Snippets written for these tests in the style of other provinces, levels and eras than the notices that showed the
problems (A29 a343, a341, a337); not copied from any corpus."""
from tests.test_organs_s5 import _run


def test_a_second_sign_in_brackets_is_part_of_the_organ_before_it():
    # a Shandong county plan (2010s): the merged bureau written with its second name in brackets, round or tortoise-shell,
    # is one organ; the annotation keeps its lead and partners (before, the bracket voided it)
    text = ("一、主要任务\n1.完善价格政策。落实峰谷电价。（县发展改革委（县物价局）牵头，县财政局配合）\n"
            "2.加强价格监管。开展检查。（县发改委〔县物价局〕、县市场监管局牵头，县公安局配合）\n")
    _, triples = _run(text, "山东省潍坊市临朐县", "county")
    assert triples == {("一/1", "临朐县发展和改革委员会", "lead"), ("一/1", "临朐县财政局", "co"),
                       ("一/2", "临朐县发展和改革委员会", "lead"), ("一/2", "临朐县市场监督管理局", "lead"),
                       ("一/2", "临朐县公安局", "co")}


def test_several_villages_heading_one_share_each_get_it():
    # a Fujian street's plan: a share written for several villages (`后湖村、前洋村：`), or for some villages and the rest
    # of a kind (`…等其余村：`): each named village is given the item, the kind is no name
    text = ("一、工作目标\n全镇完成创建。\n二、各村任务分配\n1.后湖村、前洋村：年内建成省级美丽乡村示范村。\n"
            "2.溪口村、林边村、上坂村等其余村：完成环境整治。\n三、保障措施\n1.加强领导。各村要落实责任。\n")
    _, triples = _run(text, "福建省宁德市古田县城东街道", "town")
    assert triples == {("二/1", "后湖村", "responsible"), ("二/1", "前洋村", "responsible"),
                       ("二/2", "溪口村", "responsible"), ("二/2", "林边村", "responsible"),
                       ("二/2", "上坂村", "responsible")}
