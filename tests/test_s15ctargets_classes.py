"""Session 15c (helper s15c-targets): targets precision, one test per class of spurious target fixed, each a snippet
written for this file in the style of another province, level or year than the stress doc that found it
(tests/s15ctargets_stress.py). Expected items are exact: (value, unit, comparator, per_year, year_start, year_end,
task); spans index the record's text."""
from __future__ import annotations

from pipeline import process_text


def _record(text: str) -> dict:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return d


def _targets(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"], t["task"])
            for t in _record(text)["targets"]]


def test_undated_preamble_year_before_its_subject_without_comma():
    """`2022年全市完成…，同比增长…`: an undated copy's preamble sentence opened by a past year (no comma before its
    subject), before the goals `到2025年`, reports (spec §7 numbers that describe)."""
    got = _targets("""宁夏回族自治区推进枸杞产业高质量发展实施方案
2022年全区枸杞种植面积达到32.5万亩，鲜果产量同比增长6.8%。为推进枸杞产业高质量发展，制定本方案。
一、发展目标
到2025年，全区枸杞基地面积稳定在43万亩，全产业链综合产值达到500亿元。
二、重点任务
（一）建设良种繁育基地5个。""")
    assert got == [(430000, "亩", "=", False, None, 2025, "一"), (50000000000, "元", "=", False, None, 2025, "一"),
                   (5, "个", "=", False, None, None, "二/(一)")]


def test_number_right_after_an_existing_phrase_describes():
    """`已批复的6个…`, `已经建成的45个…`: the number counts what exists (spec §7: `28项…优惠政策` out); a
    demand in the same item is kept."""
    got = _targets("""贵州省人民政府关于推进大数据产业集聚发展的意见
一、加快园区建设。推动已经建成的45个数据中心提质升级，新建标准机架1万个。
二、落实已批复的6个省级大数据产业园政策，每个园区安排资金2000万元。""")
    assert got == [(10000, "个", "=", False, None, None, "一"), (20000000, "元", "=", False, None, None, "二")]


def test_report_verbs_after_already():
    """`已接入…`, `已纳入…`, `已发放…`: 已 before a verb of delivery reports what was done (s14b's class, more verbs)."""
    got = _targets("""关于进一步做好城乡居民养老保险工作的通知
一、全市已纳入城乡居民养老保险参保人员86万人，已发放待遇资金12亿元。
二、2021年底前，参保率稳定在95%以上。""")
    assert got == [(95, "%", ">=", False, None, 2021, "二")]


def test_fine_with_the_penalty_verb_after_the_band():
    """`按…价值的2倍以上5倍以下处以罚款`: a fine (guide TG6c), also with the penalty verb after the band; the
    regulation's standards are kept."""
    got = _targets("""辽宁省古树名木保护条例
第一条 为了加强古树名木保护，制定本条例。
第二条 一级古树名木每株每年养护经费不低于2000元。
第三条 违反本条例规定，损害古树名木的，由林业主管部门责令停止违法行为，按照评估价值的2倍以上5倍以下处以罚款。""")
    assert got == [(2000, "元", ">=", True, None, None, "第二条")]


def test_standard_in_force_described():
    """`现行…标准为…`: the standard in force, described; the new standard set after `提高到` is kept."""
    got = _targets("""关于提高城乡低保标准的通知
各县（市、区）民政局、财政局：
一、现行城市低保标准为每人每月680元，农村低保标准为每人每月520元。
二、自2023年7月1日起，城市低保标准提高到每人每月730元，农村低保标准提高到每人每月570元。""")
    assert [(v, u) for v, u, *_ in got] == [(730, "元"), (570, "元")]


def test_standard_in_force_after_a_short_subject():
    """`全区…现行补助标准为…`: the standard in force after a short subject, with a copula, describes; `按现行标准…给予`
    (the basis of an amount granted) and the new cap are kept."""
    got = _targets("""××区人民政府关于调整困难残疾人生活补贴标准的通知
一、全区困难残疾人生活补贴现行标准为每人每月90元。
二、自2022年1月1日起，补贴标准提高到每人每月120元，重度残疾人护理补贴按现行标准的150%发放。""")
    assert [(v, u) for v, u, *_ in got] == [(120, "元"), (150, "%")]


def test_web_explainer_after_the_notice():
    """A web copy's `《…》政策解读` after the notice: its statistics are no targets; the notice's are kept."""
    got = _targets("""首页 > 政务公开 > 政策文件
云南省支持外贸稳规模优结构若干措施
一、每年安排省级外经贸发展专项资金3亿元。
二、到2025年，全省货物贸易进出口总额达到4000亿元。
《云南省支持外贸稳规模优结构若干措施》政策解读
一、出台背景。2023年全省货物贸易进出口总额2600亿元，增长12%，外贸企业数量达到5000家。""")
    assert got == [(300000000, "元", "=", True, None, None, "一"), (400000000000, "元", "=", False, None, 2025, "二")]


def test_group_bounded_by_a_number_then_granted():
    """`养殖规模在500头以上、…的家庭农场，每个补助…`: a clause naming the units a number bounds, then a clause granting
    them something, says who qualifies (spec §7: eligibility out); the grant is kept."""
    got = _targets("""××县扶持生猪产业发展暂行办法
一、年出栏生猪在500头以上、环保设施验收合格的家庭农场，每个一次性补助3万元。
二、带动脱贫户20户以上的养殖合作社，可优先申报县级示范社。
三、全县年出栏生猪稳定在30万头以上。""")
    assert got == [(30000, "元", "=", False, None, None, "一"), (300000, "头", ">=", False, None, None, "三")]


def test_number_in_the_ground_built_on():
    """`在已命名的30个示范县基础上，再创建…`: the number of the ground the notice builds on is background; the new
    quota is kept, and a level to keep (`在巩固…达到…的基础上`) stays a demand."""
    got = _targets("""农业农村部办公厅关于开展农业产业强镇建设的通知
一、在已命名的30个示范县基础上，再创建农业产业强镇50个。
二、在巩固农村自来水普及率达到90%的基础上，规模化供水工程覆盖农村人口比例达到60%。""")
    assert [(v, u) for v, u, *_ in got] == [(50, "个"), (90, "%"), (60, "%")]


def test_names_in_the_list_of_attachments():
    """`附件：1.…汇总表（每市2份）` / `2.…`: a list of attachments names documents, no quota; a numbered item of the
    notice before it is kept."""
    got = _targets("""广西壮族自治区文化和旅游厅关于推荐2023年度自治区级文化产业示范园区的通知
各设区市文化广电和旅游局：
一、每个设区市推荐不超过2个园区。
附件：1.自治区级文化产业示范园区推荐汇总表（每市1份）
2.示范园区申报书（一式3份）
广西壮族自治区文化和旅游厅
2023年4月6日""")
    assert [(v, u, c) for v, u, c, *_ in got] == [(2, "个", "<=")]


def test_drafting_note_after_the_notice():
    """`附：起草说明` after the notice: its statistics are no targets."""
    got = _targets("""吉林省住房和城乡建设厅关于加快推进城镇老旧小区改造的通知
各市（州）住房城乡建设局：
一、2022年全省改造城镇老旧小区1500个。
附：起草说明
全省2000年底前建成的老旧小区共有8000余个，涉及居民120万户，其中需改造的占65%。""")
    assert [(v, u) for v, u, *_ in got] == [(1500, "个")]


def test_already_inside_the_ground_built_on_reports_nothing_after_it():
    """`在已实施政策基础上，…，全年…约N`: 已 inside `在…基础上` is the ground, not a report of what was done, so the
    later clauses' amounts are kept."""
    got = _targets("""财政部 税务总局关于进一步支持小微企业和个体工商户发展有关税费政策的公告
一、在已实施减免政策基础上，进一步扩大优惠范围，全年新增减税降费约1500亿元。""")
    assert [(v, u, c) for v, u, c, *_ in got] == [(150000000000, "元", "~")]


def test_sentence_whose_subject_is_the_applicant():
    """`申报人员年龄一般不超过40周岁…`, `申请人…连续缴纳…满6个月`: who qualifies (spec §7 out); the amount granted is kept;
    an age bound demanded of office holders is not touched (see the next assert)."""
    got = _targets("""湖南省青年科技人才支持计划实施办法
一、申报人员年龄一般不超过40周岁，在湘工作满2年。
二、入选者每人给予30万元科研经费资助。""")
    assert [(v, u) for v, u, *_ in got] == [(300000, "元")]
    got = _targets("""××市行业协会商会规范管理办法
一、协会负责人应身体健康，年龄一般不超过65周岁。""")
    assert [(v, u, c) for v, u, c, *_ in got] == [(65, "周岁", "<=")]


def test_count_of_what_a_list_announces():
    """`确定A公司等85个项目为…，现予公布`: the count of the announced result describes; the demand after it is kept."""
    got = _targets("""四川省经济和信息化厅关于公布2022年度省级工业设计中心名单的通知
各市（州）经济和信息化局：
经组织申报、专家评审，确定成都某某设计有限公司等85家单位为2022年度省级工业设计中心，现予公布。
一、各工业设计中心每年开展设计成果转化项目不少于5项。""")
    assert [(v, u, c, p) for v, u, c, p, *_ in got] == [(5, "项", ">=", True)]
