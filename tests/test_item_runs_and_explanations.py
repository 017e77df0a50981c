"""A numbered list whose line breaks a copy lost, and an explanation published with its rule."""
from pipeline.clean import normalize_string
from pipeline.extract import extract_all


def tasks(text: str) -> list[tuple[str, str]]:
    rec = extract_all(normalize_string(text))
    return [(t.path, t.heading) for t in rec.tasks]


def test_a_run_of_short_items_on_one_line_is_split():
    """An old provincial health rule copied from a database (Jiangxi style, 2003)."""
    text = ("江西省乡村医生执业范围暂行规定\n为规范乡村医生执业，规定如下：\n一、执业范围\n（一）临床类\n"
            "1、常见病诊治2、急诊初步处理3、转诊服务\n（二）公共卫生类\n1、预防接种2、健康教育\n")
    assert tasks(text) == [
        ("一", "执业范围"), ("一/(一)", "临床类"), ("一/(一)/1", "常见病诊治"), ("一/(一)/2", "急诊初步处理"),
        ("一/(一)/3", "转诊服务"), ("一/(二)", "公共卫生类"), ("一/(二)/1", "预防接种"), ("一/(二)/2", "健康教育"),
    ]


def test_items_holding_clauses_are_not_split():
    """Clean does not split items that hold a sentence or a clause (a Hebei county notice)."""
    from pipeline.clean import _item_run
    line = "1、各乡镇要落实责任，2、各部门要加强协作。"
    assert _item_run(line) == [line]
    text = "某县关于做好春耕工作的通知\n一、工作要求\n" + line + "\n"
    assert tasks(text) == [("一", "工作要求"), ("一/1", "各乡镇要落实责任，2、各部门要加强协作")]


def test_an_explanation_after_the_rule_is_a_second_document():
    """A ministry rule with its 说明 in one file (guide T5; a 2002 agriculture ministry style)."""
    text = ("关于兽医执业范围的暂行规定\n（农医发〔2002〕12号）\n为规范兽医执业，规定如下：\n一、执业类别\n"
            "兽医分为执业兽医和助理兽医。\n二、注册\n按类别注册。\n农业部《关于兽医执业范围的暂行规定》说明\n"
            "一、制定原则\n依法管理。\n二、有关问题\n按规定执行。\n")
    assert tasks(text) == [
        ("一", "执业类别"), ("二", "注册"), ("§2/一", "制定原则"), ("§2/二", "有关问题"),
    ]
