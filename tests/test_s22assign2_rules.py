"""s22-assign2: assignment classes found on the HELD half of A10/A11 (spec 1.1 section 6, guide R14), each with exact
expected triples for a snippet written for this test in the style of a province, level or era unlike the notice that
raised it (never text of a dev-corpus notice), and the invariant text[span] == quote of every triple."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


def _triples(text: str) -> set[tuple[str, str, str]]:
    r = process_text(text, doc_id="s22assign2")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    return {(x.task, x.department, x.role) for x in r.responsibilities}


def test_a_lead_without_you_makes_the_later_fuze_organs_co_also_when_joined_by_dunhao():
    # a Guangxi prefecture plan (2015): `A牵头，B负责X、C负责Y、D负责Z` (no 由) is one assignment: A lead, B, C, D co;
    # and `A牵头组织…，B负责…` with the lead's own work in its clause is one assignment too (spec 1.1 section 6, R14)
    text = """梧州市人民政府办公室关于印发梧州市城乡清洁工程实施方案的通知

梧州市城乡清洁工程实施方案

一、重点任务
（一）清理积存垃圾。市城市管理局牵头，市交通运输局负责公路两侧、市水利局负责河道两侧、市林业局负责林区周边的清理工作。
（二）建设收运设施。市住房城乡建设局牵头组织项目实施，市财政局负责资金拨付，市自然资源局负责用地保障。
（三）加强宣传。市委宣传部负责宣传报道。所需经费由市财政局负责保障。
"""
    assert _triples(text) == {
        ("一/(一)", "梧州市城市管理局", "lead"), ("一/(一)", "梧州市交通运输局", "co"),
        ("一/(一)", "梧州市水利局", "co"), ("一/(一)", "梧州市林业局", "co"),
        ("一/(二)", "梧州市住房和城乡建设局", "lead"), ("一/(二)", "梧州市财政局", "co"),
        ("一/(二)", "梧州市自然资源局", "co"),
        # (no lead: each 负责 sentence stays `responsible`)
        ("一/(三)", "中共梧州市委宣传部", "responsible"), ("一/(三)", "梧州市财政局", "responsible")}


def test_places_concerned_in_a_co_list_and_in_a_table_cell():
    # a Yunnan county plan (2019): `由A牵头，B、C和相关乡镇配合` (the places concerned, kept as written) and a tab table
    # whose 配合单位 cell ends in `有关社区` (spec 1.1 sections 5 and 6)
    text = """弥勒市人民政府办公室关于印发弥勒市农村危房改造实施方案的通知

弥勒市农村危房改造实施方案

一、重点任务
（一）实施危房改造。全年完成危房改造800户。由市住房城乡建设局牵头，市财政局、市民政局和相关乡镇配合。
（二）相关乡镇企业要积极参与。

附件：重点任务分工表

序号	工作任务	牵头单位	配合单位	完成时限
1	建立农户档案	市住房城乡建设局	市民政局、有关社区	2019年6月
"""
    assert _triples(text) == {
        ("一/(一)", "弥勒市住房和城乡建设局", "lead"), ("一/(一)", "弥勒市财政局", "co"),
        ("一/(一)", "弥勒市民政局", "co"), ("一/(一)", "相关乡镇", "co"),
        ("表/1", "弥勒市住房和城乡建设局", "lead"), ("表/1", "弥勒市民政局", "co"), ("表/1", "有关社区", "co")}


def test_the_places_that_carry_out_a_lead_s_work_are_responsible():
    # a Sichuan county plan (2018): `A、B负责牵头推进，各乡镇抓好落实`: the towns that carry the work out beside the named
    # leads do their own work at their level, `responsible` (guide R47 of session 30 overrules the earlier `co`); without
    # a lead `各乡镇抓好落实` assigns nothing
    text = """苍溪县人民政府办公室关于印发苍溪县美丽乡村建设实施方案的通知

苍溪县美丽乡村建设实施方案

一、重点任务
（一）改善村容村貌。县自然资源局、县住房城乡建设局负责牵头推进，各乡镇抓好落实。
（二）培育文明乡风。各乡镇抓好落实。
"""
    assert _triples(text) == {
        ("一/(一)", "苍溪县自然资源局", "lead"), ("一/(一)", "苍溪县住房和城乡建设局", "lead"),
        ("一/(一)", "各乡镇", "responsible")}


def test_fu_zhuti_zeren_reads_as_fu_zongze():
    # a Hebei provincial 意见 (2020): `各市人民政府负主体责任` gives the duty as 负总责 does (guide R11): responsible
    text = """河北省人民政府关于加强农村供水工程管理的意见

一、明确责任
（一）压实责任。省人民政府对全省农村供水工作负总责，各市人民政府负主体责任。省水利厅要会同有关部门加强督促指导。
"""
    assert _triples(text) == {
        ("一/(一)", "河北省人民政府", "responsible"), ("一/(一)", "各市人民政府", "responsible"),
        ("一/(一)", "河北省水利厅", "lead"), ("一/(一)", "有关部门", "co")}


def test_a_place_concerned_closing_a_huitong_list_and_a_place_typed_with_tortoise_brackets():
    # a Hunan county 办法-style notice (2008): `由A会同B、C及受益乡（镇）进行验收`: the towns concerned are co like the
    # organs before them; `各村〔社区〕` typed by a web editor is named with round brackets (guide D43)
    text = """新化县人民政府办公室关于加强农村小型水利工程建设的通知

一、工作要求
（一）严格验收。工程完工后，由县水利局会同县财政局、县审计局及受益乡（镇）进行验收。
（二）落实管护。明确管护主体，签订管护协议。（责任单位：县水利局、各村〔社区〕）
"""
    assert _triples(text) == {
        ("一/(一)", "新化县水利局", "lead"), ("一/(一)", "新化县财政局", "co"), ("一/(一)", "新化县审计局", "co"),
        ("一/(一)", "受益乡（镇）", "co"),
        ("一/(二)", "各村（社区）", "responsible"), ("一/(二)", "新化县水利局", "responsible")}


def test_a_carry_written_after_the_items_it_covers():
    # a provincial 实施意见 (Jiangxi, 2019): `以上各项工作均需各设区市人民政府落实，不再一一列出。` after the annotated items
    # gives every annotated item above it the governments, `responsible` (another level's share, guide R4); an item
    # without an annotation gets nothing from it
    text = """江西省人民政府办公厅关于加快农产品冷链物流发展的实施意见

一、重点任务
（一）建设产地冷库。支持新型经营主体建设产地冷库。（省农业农村厅、省财政厅按职责分工负责）
（二）完善配送网络。推动乡镇配送网点建设。（省商务厅牵头，省交通运输厅配合）
（三）加强宣传。营造良好氛围。
二、保障措施
（四）强化资金保障。统筹用好各类资金。（省财政厅负责）以上各项工作均需各设区市人民政府落实，不再一一列出。
"""
    gov = "各设区市人民政府"
    assert _triples(text) == {
        ("一/(一)", "江西省农业农村厅", "responsible"), ("一/(一)", "江西省财政厅", "responsible"),
        ("一/(二)", "江西省商务厅", "lead"), ("一/(二)", "江西省交通运输厅", "co"),
        ("二/(四)", "江西省财政厅", "responsible"),
        ("一/(一)", gov, "responsible"), ("一/(二)", gov, "responsible"), ("二/(四)", gov, "responsible")}


def test_a_place_that_leads_with_huitong_takes_its_partners_along():
    # a provincial department's notice (Shaanxi, 2017): `各地要会同财政、环保等部门…`: the place (kept as written inside
    # the assignment) leads, the sectors are co (spec 1.1 section 6 `A会同B…`, as after an organ's 会同)
    text = """陕西省农业厅关于做好2017年农作物秸秆综合利用工作的通知

一、工作要求
（一）强化协作。各地要会同财政、环保等部门形成工作合力，统筹推进秸秆综合利用。
"""
    assert _triples(text) == {("一/(一)", "各地", "lead"), ("一/(一)", "财政部门", "co"), ("一/(一)", "环保部门", "co")}


def test_an_annotation_written_with_anzhao_zhize_fengong():
    # a provincial 意见 of the 2010s (Guangdong, 2013): `（A、B按照职责分工负责）` is an annotation like `按职责分工负责`
    # (spec 1.1 section 6: responsible, no lead named)
    text = """广东省人民政府关于加快发展海洋经济的意见

二、主要任务
（一）培育海洋装备产业。加快建设海洋工程装备基地。（省经济和信息化委、省发展改革委按照职责分工负责）
"""
    assert _triples(text) == {("二/(一)", "广东省经济和信息化委员会", "responsible"),
                              ("二/(一)", "广东省发展和改革委员会", "responsible")}


def test_a_duty_article_s_later_fuze_clause_after_a_semicolon_keeps_its_subject():
    # a Jiangsu county 办法 (2003): `第六条 县环境保护局对全县…实施统一监督管理；…；负责…。`: the article's subject, given no
    # role by its first clause, takes the later 负责 clause (spec 1.1 section 6 duty articles)
    text = """沭阳县环境保护管理暂行办法

第一章　总则

第一条　为加强环境保护管理，制定本办法。

第二章　职责

第六条　县环境保护局对全县环境保护工作实施统一监督管理；依法对排污单位进行现场检查；负责环境质量监测数据的统计和上报。
第七条　各乡镇人民政府应当加强本辖区的环境保护工作。
"""
    assert _triples(text) == {("第二章/第六条", "沭阳县环境保护局", "responsible")}


def test_the_office_of_a_body_set_up_with_a_long_make_up_or_a_joint_meeting_system_gets_nothing():
    # a Gansu county plan (2016) whose leading group is set up with a make-up of over eighty characters, and a provincial
    # 意见 (Hubei, 2014) that builds a joint-meeting system: the office of the body set up in the item is part of the body's
    # make-up, no assignment (guide R10, R11); a later item's duty stays
    text = """临泽县人民政府办公室关于印发临泽县高效节水灌溉建设实施方案的通知

临泽县高效节水灌溉建设实施方案

一、保障措施
（一）加强组织领导。成立由县政府分管副县长任组长、县政府办公室分管副主任和县水务局主要负责同志任副组长，县发展改革局、县财政局、县自然资源局、县农业农村局、县审计局、县林业和草原局等部门负责同志为成员的县高效节水灌溉建设工作领导小组，领导小组办公室设在县水务局，负责日常协调调度。
（二）强化资金保障。县财政局负责落实配套资金。
"""
    assert _triples(text) == {("一/(二)", "临泽县财政局", "responsible")}
    text = """湖北省人民政府关于加快发展养老服务业的意见

四、保障措施
（一）加强组织领导。建立由省政府分管副省长任召集人的省养老服务业发展联席会议制度，联席会议办公室设在省民政厅，负责统筹协调、督促检查等日常工作。
"""
    assert _triples(text) == set()


def test_a_fuze_inside_a_quoted_principle_is_no_cue():
    # a Shanxi county notice (2009): `A、B按照“统一规划、分工负责、整合资源”的原则开展培训`: the 负责 of the quoted principle
    # gives nothing (spec 1.1 section 6: prose assigns with an explicit 负责 giving the item's work); an organ's own 负责
    # after the principle stays
    text = """平遥县人民政府关于做好农村劳动力转移培训工作的通知

二、工作措施
（一）加强培训。县人社局、县农业局按照“统一规划、分工负责、整合资源”的原则开展培训。
（二）落实资金。县财政局按照“专款专用”的原则负责培训资金的拨付。
"""
    assert _triples(text) == {("二/(二)", "平遥县财政局", "responsible")}


def test_a_task_table_s_note_is_no_prose_of_the_last_item():
    # a ministry's plan of the 2010s (2016) whose task table closes with `注：…；各省级人民政府负责…的组织实施，不再单独列出。`:
    # the note explains the table, it gives the item before the table nothing (spec 1.1 section 6); (s27-assign2) it gives
    # the provinces every row of the table (guide R27)
    text = """关于推进废旧纺织品循环利用的实施方案

一、重点任务
（一）完善回收体系。推动回收网点建设。
（二）加强宣传引导。营造良好氛围。
附件：重点任务分工表
附件
重点任务分工表
序号 | 重点任务 | 牵头单位 | 参加单位 | 完成时限
1 | 推动回收网点建设 | 商务部 | 国家发展改革委 | 持续推进
注：牵头单位栏中有多个部门的，列第一位者为牵头单位，其他为共同牵头单位；各省级人民政府负责本行政区域内相关任务的组织实施，不再单独列出。
"""
    assert _triples(text) == {("表/1", "商务部", "lead"), ("表/1", "国家发展和改革委员会", "co"),
                              ("表/1", "各省级人民政府", "responsible")}
