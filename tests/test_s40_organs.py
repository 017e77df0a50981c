"""s40-organs: departments and responsibility triples at township and province level and in transmitting notices
(spec 1.1 sections 5 and 6; the annotation guide's decisions named in each test). Snippets written for these tests in
the styles of other provinces, levels and eras than the notices that showed the gaps, never copied from a notice;
the expected items were written before the run."""
from pipeline import process_text
from tests.organ_snippets import snippet_departments


def _triples(text):
    rec = process_text(text, doc_id="s40organs").model_dump()
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


MERGED_TABLE = """澄江县人民政府办公室关于印发澄江县2016年全民阅读工作方案的通知

澄政办发〔2016〕12号

各乡镇人民政府，县直各部门：
《澄江县2016年全民阅读工作方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。

澄江县人民政府办公室
2016年4月6日

澄江县2016年全民阅读工作方案

一、主要任务
（一）建设阅读设施。完善农家书屋，建设城市书房。
（二）开展阅读活动。组织读书月活动，开展经典诵读。
二、保障措施
各乡镇、各部门要加强协作，确保各项任务落到实处。

附件：澄江县2016年全民阅读工作任务分工表

附件

澄江县2016年全民阅读工作任务分工表

序号\t重点任务\t具体工作\t牵头单位\t配合单位\t完成时限
1\t建设阅读设施\t完善农家书屋\t县文化体育局\t县财政局\t2016年底前
2\t\t建设城市书房\t县住房城乡建设局\t县文化体育局\t2016年底前
3\t开展阅读活动\t组织读书月活动\t县文化体育局\t县教育局\t2016年4月
4\t\t开展经典诵读\t县教育局\t团县委\t2016年底前
"""


def test_a_row_under_a_merged_task_cell_links_where_the_row_above_links():
    # guide CV2 "a merged task cell" (spec 1.1 section 6): rows 2 and 4 leave 重点任务 empty, merged with the row above;
    # they restate the same item, 一/(一) and 一/(二), not 表/2 and 表/4
    assert _triples(MERGED_TABLE) == [
        ("一/(一)", "澄江县住房和城乡建设局", "lead"),
        ("一/(一)", "澄江县文化体育局", "co"),
        ("一/(一)", "澄江县文化体育局", "lead"),
        ("一/(一)", "澄江县财政局", "co"),
        ("一/(二)", "共青团澄江县委员会", "co"),
        ("一/(二)", "澄江县教育局", "co"),
        ("一/(二)", "澄江县教育局", "lead"),
        ("一/(二)", "澄江县文化体育局", "lead"),
    ]
