"""A task-division table whose 责任单位 cells name their roles themselves (session 13, second wave). Snippets written
for these tests in the style of other provinces (docs/decisions/assign-s13b.md), not copied from any corpus."""
from tests.test_organs_s5 import _run

BODY = "一、主要任务\n（一）加强监管。\n（二）优化服务。\n（三）强化保障。\n附件\n重点任务分工表\n"


def test_a_responsible_cell_that_marks_its_lead():
    # a Hunan city's 分工表: `市市场监管局（牵头），市公安局、市商务局` in the 责任单位 column; a cell without a role word
    # stays responsible
    text = (BODY + "序号\t工作任务\t责任单位\t完成时限\n1\t加强监管\t市市场监管局（牵头），市公安局、市商务局\t2020年底\n"
            "2\t优化服务\t市公安局，市政务服务局（牵头）\t长期坚持\n3\t强化保障\t市财政局、市审计局\t长期坚持\n")
    _, triples = _run(text, "湖南省长沙市", "prefecture")
    assert triples == {("一/(一)", "长沙市市场监督管理局", "lead"), ("一/(一)", "长沙市公安局", "co"),
                       ("一/(一)", "长沙市商务局", "co"),
                       ("一/(二)", "长沙市政务服务局", "lead"), ("一/(二)", "长沙市公安局", "co"),
                       ("一/(三)", "长沙市财政局", "responsible"), ("一/(三)", "长沙市审计局", "responsible")}


def test_a_responsible_cell_written_as_an_annotation():
    # `A、B牵头，C配合` inside the 责任单位 cell (a Guizhou county's list, cells joined by ` | `)
    text = (BODY + "序号 | 工作任务 | 责任单位\n1 | 加强监管 | 县市场监管局、县公安局牵头，县商务局配合\n")
    _, triples = _run(text, "贵州省遵义市湄潭县", "county")
    assert triples == {("一/(一)", "湄潭县市场监督管理局", "lead"), ("一/(一)", "湄潭县公安局", "lead"),
                       ("一/(一)", "湄潭县商务局", "co")}
