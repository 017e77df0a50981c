"""Explicit assignments (spec section 6) in styles not from the corpus."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract.context import make_context
from pipeline.extract.departments import extract_departments
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.responsibilities import extract_responsibilities
from pipeline.extract.tasks import extract_tasks

NOTICES = Path(__file__).parent / "notices"


def _triples(text: str, region: str, level: str) -> set[tuple[str, str, str]]:
    doc = normalize_string(text)
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.metadata.region, ctx.metadata.admin_level = region, level
    ctx.tasks = extract_tasks(doc, ctx)
    resp = ctx.responsibilities = extract_responsibilities(doc, ctx)
    ctx.departments = extract_departments(doc, ctx)
    names = {d.name for d in ctx.departments}
    for r in resp:
        assert doc.text[r.span[0]:r.span[1]] == r.quote
        assert r.department in names
    return {(r.task, r.department, r.role) for r in resp}


def test_lead_and_participants_in_brackets():
    got = _triples("一、任务\n（一）建设平台。（县人社局牵头负责，县财政局、团县委参与）\n", "贵州省遵义市湄潭县", "county")
    assert got == {("一/(一)", "湄潭县人力资源和社会保障局", "lead"), ("一/(一)", "湄潭县财政局", "co"),
                   ("一/(一)", "共青团湄潭县委员会", "co")}


def test_responsible_list_with_collectives_and_deng():
    got = _triples("一、任务\n1.开展培训。〔责任单位：县人社局、县教育局等，各乡镇人民政府〕\n", "贵州省遵义市湄潭县", "county")
    assert got == {("一/1", "湄潭县人力资源和社会保障局", "responsible"), ("一/1", "湄潭县教育局", "responsible"),
                   ("一/1", "各乡镇人民政府", "responsible")}


def test_lead_then_by_division_of_duties_is_co():
    got = _triples("一、任务\n（一）推进。（市商务局牵头负责，相关行业主管部门按职能分工负责）\n", "湖北省宜昌市", "prefecture")
    assert got == {("一/(一)", "宜昌市商务局", "lead"), ("一/(一)", "相关行业主管部门", "co")}


def test_state_council_first_listed_leads_and_xiatong_convention():
    text = ("一、任务\n（一）稳岗。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
            "（二）扩岗。（教育部负责）\n（三）兜底。（民政部、人力资源社会保障部，各省级人民政府按职责分工负责）\n")
    got = _triples(text, "全国", "central")
    assert got == {("一/(一)", "人力资源和社会保障部", "lead"), ("一/(一)", "财政部", "co"),
                   ("一/(二)", "教育部", "lead"),
                   ("一/(三)", "民政部", "lead"), ("一/(三)", "人力资源和社会保障部", "co"), ("一/(三)", "各省级人民政府", "co")}


def test_xiatong_clause_is_carried_to_later_assigned_items():
    text = ("一、任务\n（一）甲。（省教育厅、民政厅按职能分工负责；各市相关职能部门分工负责，下同）\n"
            "（二）乙。（省民政厅牵头负责）\n")
    got = _triples(text, "浙江省", "province")
    assert ("一/(二)", "各市相关职能部门", "responsible") in got
    assert ("一/(二)", "浙江省民政厅", "lead") in got
    assert ("一/(一)", "浙江省民政厅", "responsible") in got


def test_huitong_makes_lead_and_co():
    got = _triples("一、任务\n（一）医养结合。县卫生健康局会同县民政局、县医保局负责。\n", "四川省遂宁市蓬溪县", "county")
    assert got == {("一/(一)", "蓬溪县卫生健康局", "lead"), ("一/(一)", "蓬溪县民政局", "co"),
                   ("一/(一)", "蓬溪县医疗保障局", "co")}


def test_table_layout_flattened_to_text():
    text = "一、任务\n1.加强培训。\n牵头单位：市人社局\n配合单位：市商务局、市妇联\n2.发展企业。\n牵头单位：市商务局；配合单位：市税务局\n"
    got = _triples(text, "湖北省宜昌市", "prefecture")
    assert got == {("一/1", "宜昌市人力资源和社会保障局", "lead"), ("一/1", "宜昌市商务局", "co"),
                   ("一/1", "宜昌市妇女联合会", "co"), ("一/2", "宜昌市商务局", "lead"), ("一/2", "国家税务总局宜昌市税务局", "co")}


def test_prose_without_assignment_words_and_mechanisms_are_not_assignments():
    text = ("一、任务\n（一）甲。市教育局要加强统筹。\n（二）乙。建立市人社局牵头、各部门配合的工作机制。\n")
    assert _triples(text, "湖北省宜昌市", "prefecture") == set()


def test_traditional_script():
    got = _triples("一、任務\n（一）擴大規模。（區工業和信息化局牽頭負責，區科技局參與）\n", "广东省广州市荔湾区", "county")
    assert got == {("一/(一)", "广州市荔湾区工业和信息化局", "lead"), ("一/(一)", "广州市荔湾区科学技术局", "co")}


@pytest.mark.parametrize("path", sorted(NOTICES.glob("departments-*.txt")), ids=lambda p: p.stem)
def test_held_out_notices(path):
    exp = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = _triples(path.read_text(encoding="utf-8"), exp["region"], exp["admin_level"])
    assert got == {tuple(t) for t in exp["responsibilities"]}


def test_state_council_guidance_brackets_and_carried_assignee():
    # 指导 assigns like 负责; `以下均需X落实，不再列出` carries X into the following annotated items.
    text = ("一、主要任务\n（一）建立机制。健全标准体系。（农业农村部指导，试点县政府负责落实。以下均需试点县政府落实，不再列出）\n"
            "（二）推进利用。加快推广。（商务部、国家发展改革委指导，供销合作总社参与）\n"
            "（三）加强监管。严格执法。（市场监管总局负责）\n")
    assert _triples(text, "全国", "central") == {
        ("一/(一)", "农业农村部", "responsible"), ("一/(一)", "试点县政府", "responsible"),
        ("一/(二)", "商务部", "responsible"), ("一/(二)", "国家发展和改革委员会", "responsible"),
        ("一/(二)", "中华全国供销合作总社", "co"), ("一/(二)", "试点县政府", "responsible"),
        ("一/(三)", "国家市场监督管理总局", "responsible"), ("一/(三)", "试点县政府", "responsible")}


def test_prose_assignment_in_a_comma_clause_and_within_remit():
    text = ("第一章 总则\n第一条 对骗取补贴的，由市、区民政部门会同相关职能部门依法处理。\n"
            "第二条 国务院教育行政部门、人力资源社会保障行政部门在职责范围内，分别负责有关工作。\n"
            "第三条 实施方案报送省生态环境厅，经省生态环境厅会同省财政厅组织评审。\n")
    assert _triples(text, "陕西省西安市", "prefecture") == {
        ("第一章/第一条", "西安市民政局", "lead"), ("第一章/第一条", "区民政部门", "lead"),
        ("第一章/第一条", "相关职能部门", "co"),
        ("第一章/第二条", "国务院教育行政部门", "responsible"),
        ("第一章/第二条", "国务院人力资源社会保障行政部门", "responsible"),
        ("第一章/第三条", "陕西省生态环境厅", "lead"), ("第一章/第三条", "陕西省财政厅", "co")}


def test_closing_summary_collective_does_not_break_a_bracket():
    text = "一、任务\n（一）落实补贴。及时拨付。（省人力资源社会保障厅、省财政厅等有关部门和单位按职责分工负责）\n"
    assert _triples(text, "云南省", "province") == {
        ("一/(一)", "云南省人力资源和社会保障厅", "responsible"), ("一/(一)", "云南省财政厅", "responsible")}


def test_places_inside_an_annotation_stand_for_their_governments():
    """Spec 1.1: inside an assignment a place is kept as written (a Hunan provincial plan)."""
    got = _triples("一、任务\n（一）建设平台。（省发展改革委牵头，各市（州）、各县（市、区）负责）\n", "湖南省", "province")
    assert got == {("一/(一)", "湖南省发展和改革委员会", "lead"), ("一/(一)", "各市（州）", "co"),
                   ("一/(一)", "各县（市、区）", "co")}


def test_central_bracket_with_regions_and_departments():
    """`各地区、各部门` is two collectives (guide D23, b10's gold; s13b-organs-d23)."""
    got = _triples("一、任务\n（一）推进互联。（工业和信息化部牵头，各地区、各部门按职责分工负责）\n", "全国", "central")
    assert got == {("一/(一)", "工业和信息化部", "lead"), ("一/(一)", "各地区", "co"), ("一/(一)", "各部门", "co")}
    got = _triples("一、任务\n（一）推进互联。（工业和信息化部牵头，各地区负责）\n", "全国", "central")
    assert got == {("一/(一)", "工业和信息化部", "lead"), ("一/(一)", "各地区", "co")}


def test_an_unknown_name_does_not_void_the_annotation():
    """A provincial body missing from the tables (a Fujian 海洋渔业局) keeps the rest of the list."""
    got = _triples("一、任务\n（一）保护海岸。（省自然资源厅、省海峡渔业联络局负责）\n", "福建省", "province")
    assert ("一/(一)", "福建省自然资源厅", "responsible") in got


def test_prose_in_brackets_is_still_not_an_annotation():
    got = _triples("一、任务\n（一）申报项目。（作为核心单位的申报专业仅限参与1个项目）\n", "江西省", "province")
    assert got == set()


def test_duty_article_of_a_function_named_authority():
    """Spec 1.1 section 6 (a Jiangxi city's 办法): the article assigns itself to the authority,
    named by its function at the written level, region written out."""
    got = _triples("第一章 总则\n第一条 为规范公共资源交易，制定本办法。\n第二条 市公共资源交易主管部门负责统筹协调全市公共资源交易工作。\n",
                   "江西省九江市", "prefecture")
    assert got == {("第一章/第二条", "九江市公共资源交易主管部门", "responsible")}


def test_task_division_table_with_cells_joined_by_bars():
    """Spec 1.1 section 6: a Henan city plan's 重点任务分工表 (as our DOCX/HTML readers write a
    table): each row's organs take their column's role, on the body item the row restates, or
    `表/N` when it restates none."""
    text = ("一、重点任务\n（一）建设数据平台。加快建设。\n（二）培育龙头企业。加大培育。\n"
            "附件\n重点任务分工表\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "1 | 建设数据平台 | 市工信局 | 市财政局、市数据局 | 2024年底\n"
            "2 | 开展宣传培训 | 市人社局 | 各县（市、区）人民政府 | 长期坚持\n")
    got = _triples(text, "河南省洛阳市", "prefecture")
    assert got == {("一/(一)", "洛阳市工业和信息化局", "lead"), ("一/(一)", "洛阳市财政局", "co"),
                   ("一/(一)", "洛阳市数据局", "co"),
                   ("表/2", "洛阳市人力资源和社会保障局", "lead"), ("表/2", "各县（市、区）人民政府", "co")}


def test_task_division_table_copied_one_cell_per_line():
    """A State Council 推广清单 copied from a web page: one cell per line, group rows naming the
    body item, a 指导部门 column (responsible)."""
    text = ("一、推广的改革举措\n（一）知识产权保护方面。推广专利快速审查。\n（二）科技成果转化方面。推广技术经理人制度。\n"
            "附件\n改革举措推广清单\n序号\n改革举措\n主要内容\n指导部门\n推广范围\n"
            "一、知识产权保护方面（共1项）\n1\n专利快速审查机制\n建立快速审查通道。\n国家知识产权局\n全国\n"
            "二、科技成果转化方面（共1项）\n2\n技术经理人制度\n培育技术经理人。\n科技部、教育部\n全国\n")
    got = _triples(text, "全国", "central")
    assert got == {("一/(一)", "国家知识产权局", "responsible"), ("一/(二)", "科学技术部", "responsible"),
                   ("一/(二)", "教育部", "responsible")}


def test_responsible_units_after_a_named_lead_are_co():
    """Spec 1.1 section 6: once a lead is named, the other departments of the assignment are co
    (a Shandong provincial plan's `牵头单位：…，责任单位：…` brackets, also split by ；)."""
    got = _triples("一、任务\n1.强化基础研究。（牵头单位：省科技厅，责任单位：省教育厅）\n"
                   "2.加快应用。（牵头单位：省工业和信息化厅；责任单位：省财政厅）\n", "山东省", "province")
    assert got == {("一/1", "山东省科学技术厅", "lead"), ("一/1", "山东省教育厅", "co"),
                   ("一/2", "山东省工业和信息化厅", "lead"), ("一/2", "山东省财政厅", "co")}


def test_annotation_words_of_duty_division():
    """`按职责分别负责`, `具体实施` are words of the annotation, not unknown names (a Guangxi plan)."""
    got = _triples("一、任务\n（一）推进。（各地区、各部门按职责分别负责）\n（二）实施。（自治区大数据局牵头，自治区有关部门具体实施）\n",
                   "广西壮族自治区", "province")
    assert {("一/(一)", "各地区", "responsible"), ("一/(一)", "各部门", "responsible")} <= got
    assert ("一/(二)", "广西壮族自治区大数据发展局", "lead") in got or any(
        t == "一/(二)" and r == "lead" for t, _, r in got)


def test_organ_headed_duty_items_of_a_town():
    """A Zhejiang town's 职责分工 items headed by an office and a colon assign themselves to it
    (spec 1.1 section 6), also without 负责 (`指导`)."""
    text = ("一、部门职责\n（一）综合执法队：依法查处违规倾倒行为。\n（二）社区办：负责组织各村宣传。\n"
            "（三）动迁办 指导拆房垃圾申报。\n")
    got = _triples(text, "浙江省湖州市德清县新市镇", "township")
    town = "德清县新市镇"  # (s9: a town's organs carry its county, not the province)
    # （三）动迁办 指导…: an organ and a space heading the item is spec 1.1 section 6's own example
    # (`（二）区发改委 指导…`), so it assigns too (session 6)
    # (s22-org2) 综合执法队 kept as written (guide D39 read in S22; the A5/A11 golds keep it)
    assert got == {("一/(一)", town + "综合执法队", "responsible"), ("一/(二)", town + "社区办", "responsible"),
                   ("一/(三)", town + "动迁办", "responsible")}


def test_duty_article_with_a_sector_list_and_a_second_predicate():
    """A Hebei provincial regulation (2012 style): `公安、交通运输等部门，依法在各自职责范围内负责…`
    assigns each sector; `X对…实施统一监督管理，并负责…` assigns X."""
    text = ("第一章 总则\n第一条 为防治大气污染，制定本条例。\n"
            "第二条 环境保护行政主管部门对大气污染防治实施统一监督管理，并负责机动车排气污染的监测。\n"
            "公安、交通运输等部门，依法在各自职责范围内负责相关监督管理工作。\n")
    got = _triples(text, "河北省", "province")
    assert got == {("第一章/第二条", "环境保护行政主管部门", "responsible"), ("第一章/第二条", "公安部门", "responsible"),
                   ("第一章/第二条", "交通运输部门", "responsible")}


def test_subject_with_a_defined_short_name_and_the_short_name_later():
    """A Gansu 办法: `X（以下简称Y）负责…` assigns X; later `Y会同Z…` and `W负责…` use the defined names."""
    text = ("第一章 总则\n第一条 为规范数据资源管理，制定本办法。\n第二条 本办法适用于本省行政区域。\n"
            "第三条 省人民政府数据工作主管部门（以下简称省级主管部门）负责全省数据资源统筹。\n"
            "第四条 省数据资源开发利用工作协调小组下设办公室（以下简称省数据办）。省级主管部门会同省财政厅制定标准。\n"
            "第五条 省数据办负责日常工作。\n")
    got = _triples(text, "甘肃省", "province")
    main = "甘肃省人民政府数据工作主管部门"
    assert got == {("第一章/第三条", main, "responsible"), ("第一章/第四条", main, "lead"),
                   ("第一章/第四条", "甘肃省财政厅", "co"),
                   ("第一章/第五条", "甘肃省数据资源开发利用工作协调小组办公室", "responsible")}


def test_level_before_a_sector_list_closed_by_a_qualified_collective():
    """A Chongqing district's 职责分工: `区交通、水利等乡村基础设施相关部门负责…` assigns each bare
    sector and the qualifying collective (spec 1.1 sections 5 and 6)."""
    text = "一、职责分工\n（一）成员单位。区交通、水利、农业农村等乡村基础设施相关部门负责梳理闲置用地。\n"
    got = _triples(text, "重庆市江津区", "county")
    assert got == {("一/(一)", "交通部门", "responsible"), ("一/(一)", "水利部门", "responsible"),
                   ("一/(一)", "农业农村部门", "responsible"),
                   ("一/(一)", "乡村基础设施相关部门", "responsible")}


def test_comma_clause_with_the_cue_keeps_the_sentence_subject():
    """A Guizhou 办法: `X应当建立…，会同Y制定…` — the comma clause without a subject of its own is
    X's (spec 1.1 section 6: `A会同B…` makes A lead, B co); a sentence without a cue assigns nothing."""
    text = ("第一章 总则\n第一条 为规范就业见习管理，制定本办法。\n"
            "第二条 省人力资源社会保障厅应当建立见习监测制度，会同省财政厅制定补贴办法。\n"
            "第三条 省教育厅应当做好宣传。\n")
    got = _triples(text, "贵州省", "province")
    assert got == {("第一章/第二条", "贵州省人力资源和社会保障厅", "lead"), ("第一章/第二条", "贵州省财政厅", "co")}


def test_duty_articles_of_a_provincial_regulation():
    """A 2012-style provincial 条例 (form=articles): the departments of `县级以上人民政府` are the
    subject, not the government; `省人民政府教育行政部门` is the province's own department; `应当加强领导`
    without 负责 assigns nothing (spec 1.1 section 6)."""
    text = ("第一章 总则\n第一条 为了促进就业，制定本条例。\n第二条 本条例适用于本省行政区域。\n"
            "第三条 县级以上人民政府应当加强对就业工作的领导。县级以上人民政府人力资源社会保障行政部门负责就业促进工作。"
            "县级以上人民政府发展改革、财政等部门按照各自职责，负责做好有关工作。\n"
            "第四条 省人民政府教育行政部门会同人力资源社会保障行政部门制定职业教育规划。\n")
    got = _triples(text, "四川省", "province")
    assert got == {("第一章/第三条", "县级以上人民政府人力资源社会保障行政部门", "responsible"),
                   # (s10-organs: the levels' government before the list is shared by every sector, as written)
                   ("第一章/第三条", "县级以上人民政府发展改革部门", "responsible"),
                   ("第一章/第三条", "县级以上人民政府财政部门", "responsible"),
                   ("第一章/第四条", "四川省教育厅", "lead"), ("第一章/第四条", "人力资源社会保障行政部门", "co")}


def test_prose_subjects_joined_by_ji_qi_and_duties_by_division():
    """A Hubei 办法: `A、B按照职责分工负责…` and `各级人民政府及其有关部门…负责…` (spec 1.1 section 6)."""
    text = ("第一章 总则\n第一条 为了规范，制定本办法。\n第二条 本办法适用于本市。\n"
            "第三条 市财政部门、市审计部门按照职责分工负责资金监督。\n"
            "第四条 各级人民政府及其有关部门应当在各自职责范围内负责宣传。\n")
    got = _triples(text, "湖北省宜昌市", "prefecture")
    assert got == {("第一章/第三条", "宜昌市财政局", "responsible"), ("第一章/第三条", "宜昌市审计局", "responsible"),
                   ("第一章/第四条", "各级人民政府", "responsible"),
                   # (guide D21 for `及其有关部门`, S33: the government's relevant departments, no bare 有关部门)
                   ("第一章/第四条", "各级人民政府有关部门", "responsible")}


def test_you_organ_fuze_anywhere_in_a_sentence_and_an_adverbial_before_the_cue():
    """A 2016-style Jiangxi notice: `未尽之处由X负责解释` and `（县域内由X负责）` assign the item
    wherever 由 stands; `X依照职业标准牵头组织…` leads despite the adverbial (spec 1.1 section 6)."""
    text = ("一、任务\n（一）推进试点。省人力资源社会保障厅组织制定标准，省教育厅依照职业标准牵头组织开发教学标准"
            "（县域内由县级人民政府负责）。\n二、附则\n（一）本办法自发布之日起实施，未尽之处由省财政厅负责解释。\n")
    got = _triples(text, "江西省", "province")
    assert got == {("一/(一)", "江西省教育厅", "lead"), ("一/(一)", "县级人民政府", "responsible"),
                   ("二/(一)", "江西省财政厅", "responsible")}


def test_participating_units_label_gives_co():
    """`（牵头单位：省商务厅，参加单位：省农业农村厅、省邮政管理局）` (a Jiangxi provincial plan's
    style): 参加单位 are co like 配合单位."""
    from pipeline.document import process_text

    record = process_text("江西省人民政府办公厅关于印发江西省数字商务行动方案的通知\n一、重点任务\n"
                          "1.发展农村电子商务。（牵头单位：省商务厅，参加单位：省农业农村厅、省邮政管理局）\n")
    assert [(r.task, r.department, r.role) for r in record.responsibilities] == [
        ("一/1", "江西省商务厅", "lead"), ("一/1", "江西省农业农村厅", "co"), ("一/1", "江西省邮政管理局", "co")]
