"""s18-a2tg: a task table whose rows lost their cells under a header row that kept them (spec §4: table rows are
no tasks; guide TG12: a target in a task-division table row takes the innermost numbered item holding the table)."""
from pipeline import process_text

# Qinghai prefecture, 2020s web copy: the header row kept its separators, the group and task rows lost theirs.
FLATTENED = """海东市人民政府办公室关于印发海东市2022年稳就业重点任务分工的通知
各县（区）人民政府，市政府各部门：
现将《海东市2022年稳就业重点任务分工》印发给你们，请认真贯彻落实。
一、工作目标
2022年，全市城镇新增就业8000人以上。
二、重点任务分工
序号 | 重点任务 | 牵头单位 | 完成时限
（一）稳定就业岗位
1全年开展职业技能培训1.2万人次。 市人力资源社会保障局 2022年12月底前
2新增创业担保贷款2亿元以上。 市财政局 2022年12月底前
（二）兜牢民生底线
3零就业家庭动态清零。 市人力资源社会保障局 持续推进
三、工作要求
（一）压实工作责任
（二）加强督查考核
海东市人民政府办公室
2022年3月15日
"""


def _record(text):
    return process_text(text, doc_id="t").model_dump()


def test_flattened_rows_are_no_tasks():
    rec = _record(FLATTENED)
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "三", "三/(一)", "三/(二)"]
    assert [t["heading"] for t in rec["tasks"]] == ["工作目标", "重点任务分工", "工作要求", "压实工作责任", "加强督查考核"]


def test_targets_in_flattened_rows_take_the_item_holding_the_table():
    rec = _record(FLATTENED)
    by_value = {t["value"]: t for t in rec["targets"]}
    assert by_value[12000.0]["task"] == "二"
    assert by_value[200000000.0]["task"] == "二"
    assert by_value[8000.0]["task"] == "一"
    assert all(t["task"] in ("一", "二") for t in rec["targets"])


# Precision: a table whose rows keep their separators, then the text's own items under the same heading.
KEPT_ROWS = """关于做好2021年春耕生产工作的通知
各镇人民政府，县直有关单位：
一、目标任务
全县粮食播种面积稳定在150万亩以上。
二、主要措施
序号 | 作物 | 面积（万亩）
1 | 水稻 | 90
2 | 玉米 | 60
（一）抓好种子供应。县农业农村局要组织企业做好供种。
（二）抓好农机检修。各镇要组织农机具检修。
三、工作要求
各镇要于4月10日前报送进展。
某县人民政府办公室
2021年3月1日
"""


def test_rows_with_cells_leave_the_items_after_them():
    rec = _record(KEPT_ROWS)
    assert [t["path"] for t in rec["tasks"]] == ["一", "二", "二/(一)", "二/(二)", "三"]
