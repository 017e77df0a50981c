"""Session 25 wave 2 (s25-assign2) responsibility rules, each on a snippet written for this test in the style of a
province, level or era other than the notice that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from tests.snippets import triples_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples_of(text, "s25assign2")


def test_a_group_closed_by_dengbumen_after_a_lead_is_co():
    # `由A、B牵头协调，C、D、E等部门优先办理…`: once 牵头 names the lead, the group the next clause gives the work to (its
    # own verb, no cue) is the rest of the same assignment, co (spec 1.1 section 6); a Shaanxi county's 意见 of the 2000s
    text = """宝鸡县人民政府关于加快工业园区建设的意见

一、加强领导

（一）完善协调机制。对投资5000万元以上的项目，由县发展计划局、县招商局牵头协调，县国土资源局、县建设局、县环保局等部门优先办理用地和环评手续。

（二）强化督查。县国土资源局、县建设局等部门要加强协作，由县监察局牵头开展督查。
"""
    assert _triples(text) == {
        ("一/(一)", "宝鸡县发展计划局", "lead"), ("一/(一)", "宝鸡县招商局", "lead"),
        ("一/(一)", "宝鸡县国土资源局", "co"), ("一/(一)", "宝鸡县建设局", "co"), ("一/(一)", "宝鸡县环境保护局", "co"),
        ("一/(二)", "宝鸡县监察局", "lead")}


def test_an_area_committee_listed_with_the_governments_leaves_them_their_overall_duty():
    # `各县（市）人民政府、<area>管理委员会对本辖区…负总责`: a committee that governs an area in a county's place, which the
    # tables miss, does not void the governments listed with it in a duty article (spec 1.1 section 6, `对…负总责`);
    # a Heilongjiang prefecture's 办法 (the class came from a Qinghai prefecture's 细则 with a 行政委员会)
    text = """绥化市秸秆露天禁烧管理办法

第一条　为了防治秸秆露天焚烧污染，制定本办法。

第四条　各县（市）人民政府、绥棱农场管理委员会对本辖区秸秆露天禁烧工作负总责，应当建立工作协调机制。

第五条　市生态环境局负责全市秸秆露天禁烧的监督管理工作。
"""
    assert _triples(text) == {("第四条", "各县（市）人民政府", "responsible"),
                              ("第五条", "绥化市生态环境局", "responsible")}


def test_the_authority_of_every_place_named_by_its_field_leads_its_partners():
    # `各地<field>主管部门要会同A、B等部门…`: the authority of every place in charge of a field the sector tables miss is the
    # subject of its cue, kept as written (spec 1.1 sections 5, 6: A会同B, A lead, B co); a Sichuan provincial 意见 of
    # the 2000s (the class came from a ministry's 2022 方案 and a national 意见)
    text = """四川省人民政府关于加快发展乡村旅游的意见

一、主要任务

（一）规范经营管理。各地乡村旅游主管部门要会同工商、卫生等部门开展农家乐经营资质检查。

（二）完善配套设施。各县级乡村旅游主管部门要会同交通部门完善旅游标识。各级有关部门要加强从业人员培训。
"""
    assert _triples(text) == {("一/(一)", "各地乡村旅游主管部门", "lead"), ("一/(一)", "工商部门", "co"),
                              ("一/(一)", "卫生部门", "co"),
                              ("一/(二)", "各县级乡村旅游主管部门", "lead"), ("一/(二)", "交通部门", "co")}


def test_an_organ_heading_its_division_line_keeps_its_duty_when_it_works_with_partners():
    # `X：负责…，会同Y做好…` on a line of a 职责分工 section: the heading organ's own share, `responsible` (spec 1.1
    # section 6: an organ-headed item assigns itself to that organ, `lead` only with 牵头), Y `co` as after any 会同;
    # a Hunan county's 方案 of the early 2010s (the class came from a Guizhou county's notice of 2010)
    text = """祁东县农村危房改造工作实施方案

一、目标任务

2012年完成农村危房改造1000户。

二、职责分工

县住房和城乡建设局：负责危房改造技术指导和质量监督，牵头组织实施全县农村危房改造工作。

县财政局：负责补助资金筹措和拨付，会同县审计局做好资金使用的监督检查。

县民政局：负责困难群众的认定。
"""
    # (s37-assign) revised to guide R12 as the session 36 open pass read A2 a40 (READJUDICATION-s36-open.md 3): the heading
    # organ that works 会同 partners leads (spec 1.1 section 6 `A会同B`), as a445's and a510's golds read it
    assert _triples(text) == {("二", "祁东县住房和城乡建设局", "lead"), ("二", "祁东县财政局", "lead"),
                              ("二", "祁东县审计局", "co"), ("二", "祁东县民政局", "responsible")}


def test_the_internal_units_concerned_as_a_partner_are_kept_as_written():
    # `X处…，会同有关处室做好…`: the units concerned inside the department, the partner of 会同, are the collective as
    # written and `co` (spec 1.1 section 6, as `有关单位`); a Zhejiang provincial department's notice (the class came from
    # a ministry's 司局)
    text = """浙江省农业农村厅关于做好2019年农业面源污染治理工作的通知

一、职责分工

（一）省农业农村厅科技教育处负责面源污染治理的统筹协调，会同有关处室做好示范县遴选工作。

（二）各地要加强组织领导。
"""
    assert _triples(text) == {("一/(一)", "浙江省农业农村厅科技教育处", "lead"), ("一/(一)", "有关处室", "co")}
