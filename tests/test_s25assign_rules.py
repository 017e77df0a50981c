"""Session 25 (s25-assign) responsibility rules, each on a snippet written for this test in the style of a province,
level or era other than the notice that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from tests.snippets import triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s25assign")


INDICATOR_TABLE = """信阳市人民政府关于印发信阳市“十四五”生态环境保护规划的通知

各县、区人民政府，市人民政府各部门：
现将《信阳市“十四五”生态环境保护规划》印发给你们，请认真组织实施。

信阳市“十四五”生态环境保护规划

一、主要目标
到2025年，全市生态环境质量持续改善。
信阳市“十四五”生态环境保护主要指标
序号 指标 基期值（2020年） 目标值（2025年） 属性 责任单位
1 地表水国控断面水质优良比例（%） 85.7 90以上 约束性 市生态环境局，各县、区人民政府
2 森林覆盖率（%） 42.5 43 预期性 市林业局
3 单位地区生产总值能耗降低（%） 14.2 完成省下达目标 约束性 市发展改革委
二、重点任务
（一）深化水污染防治。推进流域综合治理。
"""


def test_an_indicator_table_gives_its_rows_to_the_responsible_column():
    # `序号 指标 基期值（…） 目标值（…） 属性 责任单位`: an indicator table is a task-division table with a 责任单位
    # column; its rows restate no item, so they are `表/N` (spec 1.1 section 6). The copy glues a value to the unit
    # bracket before it (`（%）85.7`) and to the word after it (`14.2完成…`): the organs that close the row stay its
    # one role cell
    assert _triples(INDICATOR_TABLE) == {
        ("表/1", "信阳市生态环境局", "responsible"), ("表/1", "各县、区人民政府", "responsible"),
        ("表/2", "信阳市林业局", "responsible"),
        ("表/3", "信阳市发展和改革委员会", "responsible")}


DECLARED_FIRST_IN_A_SCOPED_LINE = """百色市人民政府办公室关于印发百色市加快发展县域经济实施方案的通知

各县（市、区）人民政府，市直各有关单位：
现将《百色市加快发展县域经济实施方案》印发给你们，请认真贯彻执行。

百色市加快发展县域经济实施方案

一、重点任务
（一）壮大特色产业。培育芒果、油茶等特色产业。
责任单位：市农业农村局、市林业局
（二）推进园区建设。加快县域工业园区基础设施建设。
责任单位：市工业和信息化局、市发展改革委
二、支持政策
（一）加大财政投入。市财政每年安排县域经济发展资金。
（二）强化用地保障。优先保障县域重点项目用地。
（三）完善金融服务。引导金融机构加大信贷投放。
第（一）至（三）项由市财政局、市自然资源局、市金融办按职责分工负责。
三、保障措施
（一）加强考核。市统计局、市发展改革委负责县域经济统计监测。
上述任务中，排在第一位的为牵头单位，其他为配合单位。
"""


def test_a_declared_first_lead_holds_for_a_line_that_assigns_named_items():
    # `上述任务中，排在第一位的为牵头单位`: a line naming the items it covers and giving them to a list with one cue
    # (`第（一）至（三）项由A、B、C按职责分工负责`) is an annotation written as a sentence: A lead, B and C co (spec 1.1
    # section 6). A duty sentence inside an item (三/(一)) is prose, its list `responsible`
    got = _triples(DECLARED_FIRST_IN_A_SCOPED_LINE)
    for task in ("二/(一)", "二/(二)", "二/(三)"):
        assert (task, "百色市财政局", "lead") in got
        assert (task, "百色市自然资源局", "co") in got
    assert ("一/(一)", "百色市农业农村局", "lead") in got and ("一/(一)", "百色市林业局", "co") in got
    assert ("三/(一)", "百色市统计局", "responsible") in got
    assert ("三/(一)", "百色市发展和改革委员会", "responsible") in got


def test_the_distribution_note_is_no_assignment():
    # GB/T 9704's 附注 `（此件发至村）` after the last item: whom the document is sent to, no list of assignees
    text = """铜仁市碧江区人民政府办公室关于印发碧江区村级集体经济发展工作方案的通知

各乡镇人民政府、街道办事处：
现将《碧江区村级集体经济发展工作方案》印发给你们，请认真贯彻落实。

碧江区村级集体经济发展工作方案

一、工作任务
（一）清查集体资产。全面清查村集体资产。
责任单位：区农业农村局、区财政局

（此件发至村）
"""
    got = _triples(text)
    assert {d for _, d, _ in got} == {"铜仁市碧江区农业农村局", "铜仁市碧江区财政局"}


ARTICLE_WITH_AN_INNER_HUITONG = """河北省机动车驾驶员培训管理办法

第一章　总则

第一条　为规范机动车驾驶员培训经营活动，制定本办法。

第二章　经营管理

第八条　培训机构收取培训费用，应当执行省价格主管部门会同省交通运输主管部门核定的收费标准，不得擅自提高收费标准。

第九条　培训机构应当按照省交通运输厅会同省公安厅印发的《机动车驾驶员培训教学大纲》组织教学。

第三章　附则

第十条　驻冀部队驾驶员培训机构的管理，由中国人民解放军北部战区联勤保障部会同省交通运输厅另行规定。
"""


def test_an_article_gives_work_to_a_huitong_pair_inside_a_clause():
    # 办法 articles: `应当执行A会同B核定的收费标准` gives the standard to A and B wherever the pair stands (spec 1.1
    # section 6 `A会同B…`: A lead, B co); a document they issued (`A会同B印发的《…》`) is no work; a military lead is
    # no department (guide D49), the civil organ with it stays co
    assert _triples(ARTICLE_WITH_AN_INNER_HUITONG) == {
        ("第二章/第八条", "河北省价格主管部门", "lead"), ("第二章/第八条", "河北省交通运输厅", "co"),
        ("第三章/第十条", "河北省交通运输厅", "co")}


def test_a_universities_collective_beside_an_organ_leaves_it_its_duty():
    # `教育部门和各高校负责配合做好…`: 各高校 is a collective of units, no department (spec 1.1 section 5); it does not
    # void the organ listed with it, which `负责配合` gives the supporting share (co, guide R21)
    text = """浙江省高校毕业生基层服务项目管理办法

第一章　总则

第一条　为做好高校毕业生基层服务项目管理工作，制定本办法。

第三条　省人力资源社会保障厅负责项目的统筹协调。各级财政部门负责落实项目补助资金；卫生部门和各高校负责配合做好招募人员的体检工作。
"""
    assert _triples(text) == {
        ("第一章/第三条", "浙江省人力资源和社会保障厅", "responsible"),
        ("第一章/第三条", "各级财政部门", "responsible"), ("第一章/第三条", "卫生部门", "co")}


def test_a_role_cell_of_a_stacked_table_is_no_prose_of_the_item_before_it():
    # a web table copied one cell per line after the last item: the cell `A牵头，B配合` is its row's (表/N, spec 1.1
    # section 6), not read again as a prose assignment of the body item the table follows
    text = """崇州市元通镇人民政府关于印发元通镇2020年农村人居环境整治工作方案的通知

各村（社区）、镇级各部门：
现将《元通镇2020年农村人居环境整治工作方案》印发给你们，请认真贯彻执行。

元通镇2020年农村人居环境整治工作方案

一、工作任务
（一）推进厕所革命。完成农户户厕改造。
二、保障措施
（一）强化督查。镇纪委将整治工作纳入监督范围。

附件：元通镇2020年农村人居环境整治任务分工表

附件

元通镇2020年农村人居环境整治任务分工表
序号
工作任务
责任单位
完成时限
1
农户户厕改造
镇社会事务办牵头，各村（社区）配合
2020年10月底前
2
村庄清洁行动
镇综合执法队
长期坚持
"""
    assert _triples(text) == {
        ("表/1", "崇州市元通镇社会事务办", "lead"), ("表/1", "各村（社区）", "co"),
        ("表/2", "崇州市元通镇综合执法队", "responsible")}


LABELLED_DIVISION_ATTACHMENT = """将乐县人民政府办公室关于印发将乐县促进全域旅游发展实施方案的通知

各乡（镇）人民政府，县直各单位：
现将《将乐县促进全域旅游发展实施方案》印发给你们，请认真组织实施。

将乐县促进全域旅游发展实施方案

一、主要任务
（一）完善旅游基础设施。推进景区道路和停车场建设。
（二）丰富旅游产品。开发研学旅游线路。

附件：将乐县促进全域旅游发展重点任务清单

附件

将乐县促进全域旅游发展重点任务清单

1、建设景区旅游公路。完成时间：2016年底。责任单位：县交通运输局、县文体旅游局。
2、开发研学旅游线路。完成时间：2017年6月。牵头单位：县文体旅游局；配合单位：县教育局、各乡（镇）人民政府。
"""


def test_a_division_list_flattened_to_labelled_lines_is_a_table():
    # an attachment titled as a task list whose lines are rows (`1、任务。完成时间：…。责任单位：…`): the rows of a
    # task-division table flattened to text, no tasks (spec 1.1 section 4); each gives its organs the roles of their
    # labels on `表/N` (section 6)
    from pipeline import process_text
    r = process_text(LABELLED_DIVISION_ATTACHMENT, doc_id="s25assign")
    assert [t.path for t in r.tasks] == ["一", "一/(一)", "一/(二)"]
    assert _triples(LABELLED_DIVISION_ATTACHMENT) == {
        ("表/1", "将乐县交通运输局", "responsible"), ("表/1", "将乐县文体旅游局", "responsible"),
        ("表/2", "将乐县文体旅游局", "lead"), ("表/2", "将乐县教育局", "co"), ("表/2", "各乡（镇）人民政府", "co")}


def test_a_sentence_opening_with_huitong_makes_its_partners_co():
    # `（二）…。会同A、B制定…`: 会同 with no subject named (the issuing organ acts); the partners are co of the item and no
    # lead is given (spec 1.1 section 6, `A会同B…`); after a comma the clause keeps the subject written before it
    text = """民政部关于进一步加强城市低保对象认定工作的通知

各省、自治区、直辖市民政厅（局）：
为规范城市低保对象认定工作，现就有关事项通知如下：

一、完善认定办法。会同财政部、国家统计局研究制定家庭收入核算办法。
二、加强信息核对。各地要建立居民家庭经济状况核对机制。
"""
    assert _triples(text) == {("一", "财政部", "co"), ("一", "国家统计局", "co")}


def test_a_service_unit_leading_huitong_is_no_unit_name_running_into_its_partners():
    # `镇城运中心会同规建办、动迁办等…`: the unit (no department, spec 1.1 section 5) leads, its partners are co; a unit's
    # name holds no cue word, so `城运中心会同规建办` is not read as one unit opening a list of 动迁办…
    text = """德清县新市镇人民政府关于加强新市镇餐厨垃圾管理的通知

各村（居）委会，镇各部门：
为加强餐厨垃圾管理，现将有关事项通知如下：

一、明确职责
（一）镇经发办：负责指导餐饮企业落实餐厨垃圾分类。
二、加强监管
（一）强化执法。
镇综治中心会同经发办、市场监管所等部门监督餐饮单位落实分类收运规定。
"""
    assert _triples(text) == {
        ("一/(一)", "德清县新市镇经发办", "responsible"),
        ("二/(一)", "德清县新市镇经发办", "co"), ("二/(一)", "德清县新市镇市场监督管理所", "co")}


def test_an_enterprise_with_a_bracketed_word_beside_a_partner_leaves_it_co():
    # `由A牵头，B和<enterprise>（集团）有限责任公司配合`: the enterprise is no department (spec 1.1 section 5) and its registered
    # name may hold a bracketed word; it no longer voids the organ listed with it, which stays co (pre-2018 节能 notices)
    text = """广西壮族自治区人民政府关于进一步加强节能降耗工作的意见

各市、县人民政府，自治区人民政府各组成部门、各直属机构：
现就进一步加强节能降耗工作提出如下意见。

一、重点行业节能
（一）电力行业。由自治区发展改革委牵头，电力行业管理部门和广西电网（集团）有限责任公司配合，制定小火电机组关停计划。
"""
    assert _triples(text) == {("一/(一)", "广西壮族自治区发展和改革委员会", "lead"), ("一/(一)", "电力行业管理部门", "co")}


def test_development_zones_in_a_subject_list_leave_the_towns_their_duty():
    # `各镇人民政府、<zone>（<town>）、<zone>（<town>）管委会负责…`: zones with their town bracketed (no organ of theirs in the
    # tables) do not void the governments listed with them in an article's duty (spec 1.1 section 6)
    text = """胶州市人才公寓管理办法

第一条　为加强人才公寓管理，制定本办法。

第四条　各镇人民政府、胶州经济技术开发区（阜安街道）、胶东临空经济示范区（胶东街道）管委会负责本辖区内人才公寓申请的受理和初审工作。
"""
    # (s25-assign2) the organs reader now names the zones' committees; each organ of the list is responsible (A17 a195
    # gold), the bracketed street of a zone no subject of its own
    assert _triples(text) == {("第四条", "各镇人民政府", "responsible"),
                              ("第四条", "胶州经济技术开发区管理委员会", "responsible"),
                              ("第四条", "胶东临空经济示范区管理委员会", "responsible")}
