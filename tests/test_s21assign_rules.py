"""Session 21 (s21-assign) responsibility rules, each on a snippet written for this test in the style of a province,
level or era other than the batch that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from tests.snippets import triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s21assign")


MUTUAL = """甘肃省人民政府关于加强农村劳动力转移培训工作的意见
甘政发〔2005〕33号

各市、自治州人民政府，省政府各部门：
一、培训任务
（一）开展引导性培训。各地要组织农民学习法律常识和城市生活常识。
二、保障措施
（一）落实工作责任。各级人民政府对本地区农村劳动力转移培训工作负总责。省劳动和社会保障厅负责综合协调，省财政厅负责落实培训资金，省教育厅、省农牧厅等部门要按照各自职责，密切配合，共同推进。
（二）加强考核。省农牧厅负责项目验收，省扶贫开发办公室、省教育厅配合，每年组织一次检查。
"""


def test_mutual_cooperation_without_lead_gives_no_co():
    got = _triples(MUTUAL)
    # `…等部门要按照各自职责，密切配合` after 负责 clauses: (s28) guide R40 counts a 负责 of another organ in the same
    # sentence as the item's lead, so the others' share is `co` (this overrules the session-21 reading, A2 a19 and A5 a53,
    # for sentences with a 负责; with no lead in the item it stays nothing, tests/test_s28_assign3.py)
    assert ("二/(一)", "甘肃省教育厅", "co") in got
    assert ("二/(一)", "甘肃省农牧厅", "co") in got
    assert {("二/(一)", "各级人民政府", "responsible"), ("二/(一)", "甘肃省劳动和社会保障厅", "responsible"),
            ("二/(一)", "甘肃省财政厅", "responsible")} <= got
    # `A负责…，B、C配合`: the plain 配合 clause keeps its co (A8 a91 reading)
    assert {("二/(二)", "甘肃省农牧厅", "responsible"), ("二/(二)", "甘肃省扶贫开发办公室", "co"),
            ("二/(二)", "甘肃省教育厅", "co")} <= got


MUTUAL_LEAD = """一、工作任务
（一）推进饮水工程。由县水利局牵头，县财政局、县卫生局等部门按照各自职责，密切配合，抓好工程建设。
"""


def test_mutual_cooperation_after_a_lead_stays_co():
    got = _triples(MUTUAL_LEAD)
    assert [r for _, _, r in sorted(got, key=lambda x: x[2])] == ["co", "co", "lead"]


TABLE = """牡丹江市人民政府办公室关于印发牡丹江市秸秆综合利用工作方案的通知

各县（市）、区人民政府，市政府各有关部门：
现将《牡丹江市秸秆综合利用工作方案》印发给你们，请认真贯彻执行。

牡丹江市秸秆综合利用工作方案

一、工作目标
到2020年，全市秸秆综合利用率达到85%。
二、重点任务
（一）推进秸秆还田利用。推广深翻还田技术。
（二）加强秸秆禁烧管控。落实网格化监管责任。
（三）发展秸秆饲料化利用。扶持规模养殖场。

附件：重点任务分工表

重点任务分工表

序号\t重点任务\t牵头单位\t配合单位
1\t推进秸秆还田利用工作\t市农业农村局\t市财政局
2\t禁烧管控\t市生态环境局\t市公安局
3\t饲料化利用\t市畜牧兽医局\t市财政局
"""


def test_table_row_links_only_when_its_cell_contains_the_heading():
    got = _triples(TABLE)
    # row 1's task cell contains item (一)'s heading: linked to the item (guide S20 R13)
    assert {("二/(一)", "牡丹江市农业农村局", "lead"), ("二/(一)", "牡丹江市财政局", "co")} <= got
    # rows 2 and 3 write a part of the heading (`禁烧管控` of `加强秸秆禁烧管控`): a reword, `表/N`
    assert {("表/2", "牡丹江市生态环境局", "lead"), ("表/2", "牡丹江市公安局", "co"),
            ("表/3", "牡丹江市畜牧兽医局", "lead"), ("表/3", "牡丹江市财政局", "co")} <= got
    assert not any(t in ("二/(二)", "二/(三)") for t, _, _ in got)


DIVISION = """榆林市横山区人民政府办公室关于做好2012年农村饮水安全工程建设的通知

各乡镇人民政府，区政府各有关部门：
为做好农村饮水安全工程建设，现将有关事项通知如下：
一、目标任务
2012年解决3万人的饮水安全问题。
二、职责分工
区水务局：负责工程规划编制和技术指导，牵头组织实施全区农村饮水安全工程建设。
区财政局：负责区级配套资金筹措和拨付。
区林业局、区国土资源局：结合部门职能，做好工程建设用地和林地审批工作。
三、工作要求
各乡镇要高度重视，区水务局要加强技术服务。
"""


def test_organ_headed_line_of_a_division_section():
    got = _triples(DIVISION)
    # a line headed by organs and a colon in `二、职责分工` is theirs, with no cue word (spec 1.1 section 6)
    assert {("二", "榆林市横山区林业局", "responsible"), ("二", "榆林市横山区国土资源局", "responsible"),
            ("二", "榆林市横山区财政局", "responsible"), ("二", "榆林市横山区水务局", "lead")} <= got
    assert not any(t == "三" for t, _, _ in got)  # `区水务局要…` outside the division: no assignment


NOT_DIVISION = """一、工作要求
各乡镇要高度重视。
区水务局：做好技术服务。
"""


def test_organ_colon_line_outside_a_division_section_gives_nothing():
    assert _triples(NOT_DIVISION) == set()


LABEL_BOTH = """重庆市彭水苗族土家族自治县保家镇人居环境整治工作方案

一、整治任务
（一）规范集镇经营秩序。开展店外经营专项整治，全年整治100处以上。
责任单位：彭水苗族土家族自治县保家镇党政办公室（牵头）
配合科室和单位：彭水苗族土家族自治县保家镇经济发展办公室、彭水苗族土家族自治县保家镇社会事务办公室
"""


def test_label_naming_both_kinds_of_unit():
    got = _triples(LABEL_BOTH)
    # `配合科室和单位：A、B` is a 配合 label (spec 1.1 section 6: 配合单位 gives co)
    co = {d for t, d, r in got if t == "一/(一)" and r == "co"}
    assert len(co) == 2 and not any(r == "responsible" and t == "一/(一)" and d in co for t, d, r in got)


FOOTER = """崇左市江州区人民政府办公室关于印发江州区甘蔗产业发展工作方案的通知

各乡镇人民政府，区直各有关单位：
现将《江州区甘蔗产业发展工作方案》印发给你们，请认真贯彻执行。

江州区甘蔗产业发展工作方案

一、重点任务
（一）推进“双高”基地建设。新建“双高”基地2万亩。（区农业农村局牵头，区财政局配合）
（二）推进机械化收获。甘蔗机收率达到30%。（区农业机械化服务中心）
二、保障措施
（一）强化督查。各牵头单位每季度末将进展报区领导小组办公室（联系电话：0771-7821083）。

附件：重点任务分工表

序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限
1 | 新建“双高”基地2万亩 | 区农业农村局 | 区财政局 | 2023年底
2 | 甘蔗机收率达到30% | 区农业农村局 | 区工业和信息化局 | 持续推进

【打印本页】【关闭窗口】

主办单位：崇左市江州区人民政府办公室　　承办单位：崇左市江州区大数据发展局
网站标识码：4514020001　　桂ICP备13001234号-1
"""


def test_footer_line_of_event_labels_assigns_nothing():
    got = _triples(FOOTER)
    # `主办单位：…　　承办单位：…` of a web copy's footer: no label of that line is an assignment
    assert not any("大数据" in d for _, d, _ in got)
    assert ("一/(一)", "崇左市江州区农业农村局", "lead") in got


def test_every_label_of_an_event_label_line_is_an_event_label():
    from pipeline.extract.responsibilities import LABEL, _event_label

    line = "主办单位：崇左市江州区人民政府办公室　　承办单位：崇左市江州区大数据发展局\n"
    labels = [m for m in LABEL.finditer(line)]
    assert [m.group("label") for m in labels] == ["主办单位", "承办单位"]
    assert all(_event_label(line, m) for m in labels)
    row = "（二）推进机收。（责任单位：江州区农业农村局；承办单位：区农机中心）\n"
    assert not any(_event_label(row, m) for m in LABEL.finditer(row))
