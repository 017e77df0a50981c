"""s22-assign3: (1) a table of yearly targets with its organs (`序号 重点任务 指标 2016年 2017年 2018年 牵头单位 配合单位`,
a 重点任务年度目标表) flattened with single spaces, as a PDF copied to text writes it, keeps its columns: each row gives
its organs to `表/N` (spec 1.1 section 6, guide S20 R13); (2) `此项工作由A牵头，B、C等按职责分工负责。` after an item's
text reads as the sentence annotation it is without its opening words (the others are co, spec §6's 按职责分工负责).
Snippets written in the styles of other provinces, levels and eras (none copied from a dev notice)."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


def _triples(text):
    r = process_text(text, doc_id="t")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    return {(x.task, x.department, x.role) for x in r.responsibilities}


# a provincial department's plan of 2016, its target table in the attachment, flattened with single spaces
PROVINCE_TABLE = """浙江省农业厅 浙江省财政厅关于印发浙江省农村实用人才培养三年行动计划（2016—2018年）的通知

各市、县（市、区）农业局、财政局：
现将《浙江省农村实用人才培养三年行动计划（2016—2018年）》印发给你们，请认真贯彻落实。

浙江省农业厅 浙江省财政厅
2016年3月8日

浙江省农村实用人才培养三年行动计划（2016—2018年）

一、主要任务
（一）培育新型职业农民。分层分类开展培训。
（二）培养农村实用人才带头人。办好示范培训班。
二、保障措施
（一）加强组织领导。各地要细化年度任务。

附：重点任务年度目标表

序号 重点任务 指标 2016年 2017年 2018年 牵头单位 配合单位
1 新型职业农民培育 培育新型职业农民（万人） 3 3.5 4 省农业厅 省财政厅、省人力社保厅
2 实用人才带头人培训 累计培训（人） 800 1600 2400 省农业厅 省财政厅
3 农村电商人才培训 年度培训（万人次） 1 1.2 1.5 省商务厅、省农业厅 省供销社
"""


def test_single_spaced_target_table_keeps_its_columns():
    assert {t for t in _triples(PROVINCE_TABLE) if t[0].startswith("表/")} == {
        ("表/1", "浙江省农业厅", "lead"), ("表/1", "浙江省财政厅", "co"), ("表/1", "浙江省人力资源和社会保障厅", "co"),
        ("表/2", "浙江省农业厅", "lead"), ("表/2", "浙江省财政厅", "co"),
        ("表/3", "浙江省商务厅", "lead"), ("表/3", "浙江省农业厅", "lead"), ("表/3", "浙江省供销合作社", "co"),
    }


def test_single_spaced_target_table_rows_keep_their_borders():
    clean = normalize_string(PROVINCE_TABLE).text
    assert "序号 | 重点任务 | 指标 | 2016年 | 2017年 | 2018年 | 牵头单位 | 配合单位\n" in clean
    assert "\n2 | 实用人才带头人培训 | 累计培训（人） | 800 | 1600 | 2400 | 省农业厅 | 省财政厅\n" in clean


def test_single_spaces_without_a_target_header_stay_prose():
    # a line of words and years with single spaces but no 序号 / role header is no table
    text = "某县2019年工作要点\n\n一、重点工作\n（一）抓好产业。2019年 2020年 2021年 分三年推进，县农业农村局负责。\n"
    assert " | " not in normalize_string(text).text


# a county's plan of 2014: the work named before the assignment
COUNTY = """安福县人民政府办公室关于印发安福县农村劳动力转移就业工作方案的通知

各乡镇人民政府，县直各单位：
现将《安福县农村劳动力转移就业工作方案》印发给你们，请认真组织实施。

一、主要措施
（一）开展订单培训。组织企业与培训机构对接。{}
（二）加强宣传。营造良好氛围。
"""


def test_work_named_before_the_lead_and_the_others_by_their_share():
    text = COUNTY.format("此项工作由县人社局牵头，县工信局、县农业农村局、县总工会等按职责分工负责。")
    assert _triples(text) == {("一/(一)", "安福县人力资源和社会保障局", "lead"), ("一/(一)", "安福县工业和信息化局", "co"),
                              ("一/(一)", "安福县农业农村局", "co"), ("一/(一)", "安福县总工会", "co")}


def test_work_named_before_the_lead_without_you():
    text = COUNTY.format("该项工作县人社局牵头，县工信局等按职责分工负责。")
    assert _triples(text) == {("一/(一)", "安福县人力资源和社会保障局", "lead"), ("一/(一)", "安福县工业和信息化局", "co")}


def test_work_named_before_a_single_organ_stays_responsible():
    text = COUNTY.format("上述工作由县人社局负责。")
    assert _triples(text) == {("一/(一)", "安福县人力资源和社会保障局", "responsible")}


# a province's task-division table of 2018 (tabs), two organs in a 牵头单位 cell, and the note under it
NOTED_TABLE = """河北省人民政府办公厅关于印发河北省农村生活垃圾治理工作方案的通知

各市（含定州、辛集市）人民政府，各县（市、区）人民政府，省政府有关部门：
现将《河北省农村生活垃圾治理工作方案》印发给你们，请认真贯彻执行。

河北省农村生活垃圾治理工作方案

一、重点任务
（一）完善收运体系。推行户分类、村收集。
（二）开展村庄清洁。每年集中清理。

附件：重点任务分工表

序号\t重点任务\t牵头单位\t责任单位\t完成时限
1\t收运体系建设\t省住房城乡建设厅\t省财政厅、省生态环境厅\t2019年12月
2\t村庄清洁行动\t省委农办、省农业农村厅\t省委宣传部、团省委\t每年
注：{}
"""


def test_first_listed_of_a_lead_cell_leads_under_the_note():
    # (s29-assign2) guide R41 and the S29 gold pass on a127: the 牵头单位 cell names every organ in it a lead; the note's
    # convention does not choose between them unless it speaks of the 牵头 column (test_s29_assign2)
    text = NOTED_TABLE.format("列第一位者为牵头单位，其他单位按职责分工负责。")
    assert {t for t in _triples(text) if t[0] == "表/2"} == {
        ("表/2", "中共河北省委农村工作领导小组办公室", "lead"), ("表/2", "河北省农业农村厅", "lead"),
        ("表/2", "中共河北省委宣传部", "co"), ("表/2", "共青团河北省委员会", "co")}


def test_joint_leads_named_by_the_note_all_lead():
    text = NOTED_TABLE.format("牵头单位栏中有多个部门的，列第一位者为牵头单位，其他为共同牵头单位。")
    assert {t for t in _triples(text) if t[0] == "表/2"} == {
        ("表/2", "中共河北省委农村工作领导小组办公室", "lead"), ("表/2", "河北省农业农村厅", "lead"),
        ("表/2", "中共河北省委宣传部", "co"), ("表/2", "共青团河北省委员会", "co")}
