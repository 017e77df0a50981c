"""Session 15 (lead, from s15e-assign's note): a 解读 printed after the notice under its own title ends the body, as
`政策解读` alone on its line does (layout.PAGE_TAIL): its numbered lines are no tasks and its duties no assignments.
A Hunan-style city web copy of 2022, written for this test."""
from pipeline import process_text

PAGE = """某市人民政府办公室关于印发某市促进文旅消费若干措施的通知
各区县人民政府，市直各单位：
《某市促进文旅消费若干措施》已经市人民政府同意，现印发给你们，请认真贯彻执行。
某市人民政府办公室
2022年6月1日
某市促进文旅消费若干措施
一、发放文旅消费券。市文化旅游广电局负责组织实施。
二、支持景区提质。市发展改革委会同市财政局制定支持细则。
{reading}
一、出台背景
为提振消费，市文化旅游广电局会同有关部门起草了《措施》。
二、主要内容
（一）发放消费券。市财政局负责统筹资金。
"""


def _paths(reading):
    r = process_text(PAGE.format(reading=reading), doc_id="x").model_dump()
    return [t["path"] for t in r["tasks"]], {(x["task"], x["department"]) for x in r["responsibilities"]}


def test_a_titled_reading_ends_the_body():
    for reading in ("关于《某市促进文旅消费若干措施》的政策解读", "《某市促进文旅消费若干措施》解读", "关于某市促进文旅消费若干措施的政策解读"):
        paths, triples = _paths(reading)
        assert paths == ["一", "二"], reading
        assert {t[0] for t in triples} == {"一", "二"}, reading


def test_a_heading_that_only_mentions_a_reading_is_body():
    paths, _ = _paths("三、做好政策解读和宣传。市委宣传部负责。")
    assert paths[:3] == ["一", "二", "三"]
