"""s19-assign2: task-division rows whose few words only stand in an item's prose (表/N) against rows quoting a clause
of it, `配合科室和单位` labels, `X负责会同Y…` duty articles. Snippets written in other provinces' styles."""
from pipeline import process_text


def triples(text):
    rec = process_text(text, doc_id="t").model_dump()
    for r in rec["responsibilities"]:
        assert rec["text"][r["span"][0]:r["span"][1]] == r["quote"]
    return {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]}


TABLE = """凉山彝族自治州人民政府办公室关于印发凉山州2018年农村危房改造工作方案的通知
各县（市）人民政府，州级有关部门：
    现将《凉山州2018年农村危房改造工作方案》印发给你们，请认真贯彻执行。
凉山彝族自治州人民政府办公室
2018年3月9日
凉山州2018年农村危房改造工作方案
    一、重点任务
    （一）精准识别改造对象。逐户核查建档立卡贫困户住房安全状况，同步推进彝家新寨建设。
    （二）强化建房质量安全监管。组织技术人员上门指导，对竣工住房逐户开展安全性鉴定验收。
    二、保障措施
    （一）加强组织领导。各县（市）要落实主体责任。
    附件：任务分工表
附件
任务分工表
序号 | 工作任务 | 牵头单位 | 配合单位
1 | 精准识别改造对象 | 州住房城乡建设局 | 州扶贫移民局
2 | 彝家新寨建设 | 州扶贫移民局 | 州住房城乡建设局
3 | 对竣工住房逐户开展安全性鉴定验收 | 州住房城乡建设局 | 各县（市）人民政府
"""


def test_rows_restate_by_heading_or_a_quoted_clause_not_by_a_phrase_in_the_prose():
    got = triples(TABLE)
    # row 1 is 一/(一)'s heading; row 3 quotes a whole clause of 一/(二)'s prose
    assert ("一/(一)", "凉山彝族自治州住房和城乡建设局", "lead") in got
    assert ("一/(二)", "凉山彝族自治州住房和城乡建设局", "lead") in got
    assert ("一/(二)", "各县（市）人民政府", "co") in got
    # row 2 names a project that stands in 一/(一)'s prose only in passing: the table's own task, `表/2`
    assert any(t[0] == "表/2" and t[2] == "lead" for t in got)
    assert not any(t[0] == "一/(一)" and t[2] == "co" and "住房" in t[1] for t in got)
    assert {t[0] for t in got} == {"一/(一)", "一/(二)", "表/2"}


def test_one_row_words_in_two_items_prose_stay_a_table_task():
    # a short phrase (under QUOTED_PROSE characters) found in the prose is no restatement
    got = triples(TABLE.replace("3 | 对竣工住房逐户开展安全性鉴定验收 |", "3 | 安全性鉴定验收 |"))
    assert any(t[0] == "表/3" for t in got) and not any(t[0] == "一/(二)" for t in got)


TOWN = """忻城县思练镇人民政府关于印发思练镇2020年农村人居环境整治工作方案的通知
各村（社区），镇直各单位：
    现将《思练镇2020年农村人居环境整治工作方案》印发给你们，请认真组织实施。
忻城县思练镇人民政府
2020年4月2日
思练镇2020年农村人居环境整治工作方案
    一、工作措施
    （一）垃圾集中清运。各村设置垃圾收集点，做到日产日清。
    责任领导：覃某某
    牵头科室：镇党政综合办公室
    配合科室和单位：思练派出所、镇司法所
"""


def test_co_label_naming_offices_and_units():
    got = {t for t in triples(TOWN) if t[0] == "一/(一)"}
    roles = {r for _, d, r in got if "司法所" in d or "派出所" in d}
    assert roles == {"co"}
    assert any(r == "lead" and "党政综合办公室" in d for _, d, r in got)


STATUTE = """宁夏回族自治区农村五保供养办法
第一条　为了做好农村五保供养工作，制定本办法。
第二条　自治区民政厅负责会同自治区财政厅、自治区发展改革委制定全区农村五保供养标准。
第三条　县级人民政府民政部门负责本行政区域内的农村五保供养审批工作。
第四条　本办法自2006年5月1日起施行。
"""


def test_duty_article_responsible_for_working_with():
    got = triples(STATUTE)
    assert ("第二条", "宁夏回族自治区民政厅", "lead") in got
    assert ("第二条", "宁夏回族自治区财政厅", "co") in got
    assert ("第二条", "宁夏回族自治区发展和改革委员会", "co") in got
    assert not any(t[0] == "第二条" and t[2] == "responsible" for t in got)
