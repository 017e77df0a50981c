"""s20-assign: the assignment classes fixed this session (spec 1.1 section 6 and the session-20 guide decisions), each with
exact expected triples for a snippet written for this test in the style of a province, level or era unlike the notice
that raised it (never text of a dev-corpus notice), and the invariant text[span] == quote of every triple."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


def _triples(text: str) -> set[tuple[str, str, str]]:
    r = process_text(text, doc_id="s20assign")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    return {(x.task, x.department, x.role) for x in r.responsibilities}


def test_table_row_linked_by_heading_not_by_content():
    # (a) a task-division row restating an item's heading takes the item; a row that only repeats words of an item's
    # text (a goal sentence of 工作目标) is `表/N` (S20 guide)
    text = """贺州市人民政府办公室关于印发贺州市农村公路提质改造工作方案的通知

各县（区）人民政府，市直有关单位：
现将《贺州市农村公路提质改造工作方案》印发给你们，请认真组织实施。

贺州市人民政府办公室
2021年6月3日

贺州市农村公路提质改造工作方案

一、工作目标
到2023年，全市新改建农村公路1200公里，乡镇通三级路比例达到90%以上。
二、重点任务
（一）实施窄路面拓宽。对交通量较大的四级公路实施拓宽改造。
（二）加强养护管理。落实县、乡、村三级路长制。

附件：重点任务分工表

序号	重点任务	牵头单位	配合单位	完成时限
1	实施窄路面拓宽	市交通运输局	市财政局	2023年底
2	新改建农村公路1200公里	市交通运输局	各县（区）人民政府	2023年底
"""
    assert _triples(text) == {("二/(一)", "贺州市交通运输局", "lead"), ("二/(一)", "贺州市财政局", "co"),
                              ("表/2", "贺州市交通运输局", "lead"), ("表/2", "各县（区）人民政府", "co")}


def test_office_of_a_leading_group_set_up_under_the_places_short_name():
    # (c) `成立…的<州的简称>…领导小组，领导小组办公室设在X，负责…`: the body the item sets up gets nothing (guide R10); its
    # office, named under the place's short name and given a duty with an object (`负责统筹协调全州…工作`), is responsible
    # with its host (guide R28 made precise, S33 CK Q3, S37b; s37b-provtriples: the golds after the s37 open pass)
    text = """黔东南州人民政府关于推进全州旅游产业化发展的意见

一、重点任务
（一）完善旅游设施。加快旅游公路建设。（责任单位：州交通运输局）
二、保障措施
（一）加强组织领导。成立由州人民政府分管副州长任组长的黔东南州旅游产业化发展领导小组，领导小组办公室设在州文化和旅游局，负责统筹协调全州旅游产业化发展工作。
（二）强化督查。州文化和旅游局负责督促检查。
"""
    assert _triples(text) == {("一/(一)", "黔东南苗族侗族自治州交通运输局", "responsible"),
                              ("二/(一)", "黔东南苗族侗族自治州旅游产业化发展领导小组办公室", "responsible"),
                              ("二/(一)", "黔东南苗族侗族自治州文化和旅游局", "responsible"),
                              ("二/(二)", "黔东南苗族侗族自治州文化和旅游局", "responsible")}


def test_fuze_huitong_in_a_duty_article():
    # (d) `第X条 A负责会同B、C编制…`: read as `A会同B…`, A lead and B, C co (spec 1.1 section 6)
    text = """湖南省农村危房改造补助资金管理办法

第一章　总　则

第一条　为加强农村危房改造补助资金管理，制定本办法。

第二章　职责分工

第四条　省住房和城乡建设厅负责会同省财政厅、省民政厅制定年度改造计划，并对各地实施情况进行指导。
第五条　省财政厅负责补助资金的预算安排和拨付。
第六条　县级人民政府应当对本地区农村危房改造工作负责。

第三章　附　则

第七条　本办法自2012年3月1日起施行。
"""
    assert _triples(text) == {("第二章/第四条", "湖南省住房和城乡建设厅", "lead"), ("第二章/第四条", "湖南省财政厅", "co"),
                              ("第二章/第四条", "湖南省民政厅", "co"), ("第二章/第五条", "湖南省财政厅", "responsible"),
                              ("第二章/第六条", "县级人民政府", "responsible")}  # (对…负责 of a government: as before)


def test_fuze_after_a_qiantou_lead_gives_co():
    # (e) `由A牵头，B负责…，C负责…`: B and C are `co` of A's assignment (S20 guide); across `；` a second assignment
    text = """关于加快推进2020年全县生猪产业恢复发展的通知

各镇人民政府，县直有关单位：
现就加快推进生猪产业恢复发展有关事项通知如下：
一、加快项目建设。规模猪场建设由县农业农村局牵头，县自然资源局负责用地保障，县生态环境局负责环评审批。
二、落实用地政策。县自然资源局牵头做好设施农用地备案；各镇人民政府负责本镇用地选址。
三、加强疫病防控。县畜牧兽医局负责非洲猪瘟防控，县财政局负责防控经费保障。

宁城县人民政府办公室
2020年4月8日
"""
    assert _triples(text) == {("一", "宁城县农业农村局", "lead"), ("一", "宁城县自然资源局", "co"),
                              ("一", "宁城县生态环境局", "co"),
                              ("二", "宁城县自然资源局", "lead"), ("二", "各镇人民政府", "responsible"),
                              ("三", "宁城县畜牧兽医局", "responsible"), ("三", "宁城县财政局", "responsible")}


def test_continued_row_under_merged_number_and_task_cells():
    # (f) a row whose 序号 and 工作事项 cells were merged with the row above (dropped by the reader, its text moved into
    # the task column) continues that row: its organs go on the item the merged row names, not on a `表/N` of its own
    text = """海口市推进社区养老服务提质工作方案

一、主要任务
（一）扩大服务供给。支持社区养老服务设施建设。
（二）提升服务质量。开展养老服务质量提升行动。

附件：任务分工表

序号\t工作事项\t主要内容\t牵头单位\t配合单位
1\t扩大服务供给\t新建社区养老服务站20个，每个街道至少1个。\t市民政局\t市财政局
支持社会力量运营社区养老服务站，落实运营补贴政策。\t市民政局\t市发展改革委
2\t提升服务质量\t开展养老机构等级评定。\t市民政局\t市市场监管局
"""
    assert _triples(text) == {("一/(一)", "海口市民政局", "lead"), ("一/(一)", "海口市财政局", "co"),
                              ("一/(一)", "海口市发展和改革委员会", "co"),
                              ("一/(二)", "海口市民政局", "lead"), ("一/(二)", "海口市市场监督管理局", "co")}
