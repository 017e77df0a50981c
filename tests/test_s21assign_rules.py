"""Session 21 (s21-assign) responsibility rules, each on a snippet written for this test in the style of a province,
level or era other than the batch that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


def _triples(text: str) -> set[tuple[str, str, str]]:
    r = process_text(text, doc_id="s21assign")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    r = r.model_dump()
    return {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}



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
    # `…等部门要按照各自职责，密切配合` after 负责 clauses and no lead: no co (guide R15; A2 a19, A5 a53)
    assert ("二/(一)", "甘肃省教育厅", "co") not in got
    assert ("二/(一)", "甘肃省农牧厅", "co") not in got
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
