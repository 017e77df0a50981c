"""(s35-layout) A notice reads the same as text and as its PDF twin: a task-division table flattened with single
spaces keeps its cells, as the PDF's ruled table gives them; an amount in a row's task cell is a target in either form;
a row repeating a goal sentence's first clause restates no heading. A text written for these tests in the style of a
Gansu prefecture's 通知 (2016), not copied from any dev notice; exact items."""
from pipeline.clean import normalize_string
from pipeline.document import process_text

HEAD = ("庆阳市人民政府办公室关于印发庆阳市城乡环境卫生整洁行动实施方案的通知\n"
        "庆政办发〔2016〕88号\n"
        "各县（区）人民政府，市政府有关部门：\n"
        "《庆阳市城乡环境卫生整洁行动实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "庆阳市人民政府办公室\n"
        "2016年6月12日\n"
        "庆阳市城乡环境卫生整洁行动实施方案\n"
        "一、工作目标\n"
        "（一）新建乡镇垃圾中转站8座、村级垃圾收集点300个，农村生活垃圾有效处理率达到70%以上。\n"
        "（二）强化宣传引导，营造全社会共同参与的良好氛围。各县（区）要广泛开展宣传。\n"
        "二、重点任务\n"
        "（一）完善垃圾收运设施。按照“村收集、镇转运、县处理”的模式完善设施。\n"
        "附件\n"
        "重点任务分工表\n")
ROWS = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "新建乡镇垃圾中转站8座", "市住建局", "市财政局、各县（区）人民政府", "2016年12月底"],
        ["2", "强化宣传引导", "市委宣传部", "市广播电视台", "长期坚持"],
        ["3", "村级保洁员队伍500人", "市住建局", "各县（区）人民政府", "2016年10月底"],
        ["4", "垃圾填埋场二期建成投运", "市住建局", "市环保局", "2017年6月底"]]
SPACED = HEAD + "\n".join(" ".join(r) for r in ROWS) + "\n"  # (a database's copy: cells between single spaces)
RULED = HEAD + "\n".join(" | ".join(r) for r in ROWS) + "\n"  # (the PDF twin's ruled table as its reader gives it)


def test_single_spaced_task_table_keeps_its_cells():
    lines = normalize_string(SPACED).text.split("\n")
    assert lines[-5:] == [" | ".join(r) for r in ROWS]


def test_a_row_of_single_spaced_cells_of_another_count_is_left_as_written():
    text = HEAD + "序号 工作任务 牵头单位 完成时限\n1 新建乡镇垃圾中转站8座 市住建局 2016年12月底\n2 强化 宣传引导 市委宣传部 长期坚持\n"
    lines = normalize_string(text).text.split("\n")
    assert lines[-3] == "序号 工作任务 牵头单位 完成时限"  # (its second row is no row of four cells: no table)


def _items(text):
    rec = process_text(text, doc_id="t")
    targets = sorted((t.quote, float(t.value), t.unit, t.task or "") for t in rec.targets)
    triples = sorted((r.task, r.department, r.role) for r in rec.responsibilities)
    return targets, triples


EXPECTED_TARGETS = sorted([
    ("新建乡镇垃圾中转站8座", 8.0, "座", "一/(一)"), ("村级垃圾收集点300个", 300.0, "个", "一/(一)"),
    ("农村生活垃圾有效处理率达到70%以上", 70.0, "%", "一/(一)"),
    ("新建乡镇垃圾中转站8座", 8.0, "座", ""), ("村级保洁员队伍500人", 500.0, "人", "")])
EXPECTED_TRIPLES = sorted([
    ("表/1", "庆阳市住房和城乡建设局", "lead"), ("表/1", "庆阳市财政局", "co"), ("表/1", "各县（区）人民政府", "co"),
    ("一/(二)", "中共庆阳市委宣传部", "lead"),
    ("表/3", "庆阳市住房和城乡建设局", "lead"), ("表/3", "各县（区）人民政府", "co"),
    ("表/4", "庆阳市住房和城乡建设局", "lead"), ("表/4", "庆阳市环境保护局", "co")])


def test_spaced_and_ruled_task_tables_give_the_same_items():
    # row 3's quota without a verb is a target (the row's task), row 4's 二期 is a phase; row 1 writes the first clause
    # of a goal sentence (表/1), row 2 the first clause of a heading (一/(二))
    assert _items(SPACED) == (EXPECTED_TARGETS, EXPECTED_TRIPLES)
    assert _items(RULED) == (EXPECTED_TARGETS, EXPECTED_TRIPLES)
