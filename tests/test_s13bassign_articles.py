"""Duties in the articles of 办法/条例/规定 of other eras and places (session 13, second wave). Snippets written for these
tests (docs/decisions/assign-s13b.md), not copied from any corpus."""
from tests.test_organs_s5 import _run

ART = "第一条 为加强管理，根据有关法律法规，结合本地实际，制定本办法。\n"


def test_a_subordinate_organ_named_after_the_competent_one():
    # a 1990s municipal 规定: `X是…的主管部门，其所属的Y负责…` (the competent organ itself is given no work: 主管 alone
    # is no assignment, b5 adjudication d079 第七条)
    _, triples = _run(ART + "第三条 市建设委员会是本市建筑市场的行政主管部门，其所属的市建筑业管理办公室负责建筑市场的日常管理工作。\n",
                      "北京市", "province")
    assert triples == {("第三条", "北京市建筑业管理办公室", "responsible")}
    # `其委托的运营单位` is no organ: nothing
    _, triples = _run(ART + "第四条 租金标准由房屋的所有权人或者其委托的运营单位确定。\n", "湖北省武汉市", "prefecture")
    assert triples == set()


def test_competence_alone_and_penalties_are_no_assignment():
    # `X主管本行政区域内的…工作` (no 负责/牵头/会同) and a 法律责任 article (`由X责令改正`) assign nothing; the
    # interpretation clause with 负责 does (b8 and b10 gold: `本办法由…负责解释`)
    text = (ART + "第二条 省人民政府林业行政主管部门主管全省森林防火工作。\n"
            "第三十条 违反本办法规定，未按时报送材料的，由县级以上人民政府林业行政主管部门责令限期改正。\n"
            "第三十一条 本办法由省人民政府林业行政主管部门负责解释。\n")
    _, triples = _run(text, "福建省", "province")
    # a province's own X行政主管部门 is its 厅 (s14d-organs: guide D28, three labellers in labelled-stress-s14)
    assert triples == {("第三十一条", "福建省林业厅", "responsible")}


def test_an_organ_of_the_subject_list_qualified_by_who_designates_it():
    # a Sichuan city's 条例 on outdoor advertising: `A、B和由县级以上人民政府确定的…部门在各自职责范围内负责…`
    text = (ART + "第五条 市场监督管理部门、城市管理部门和由县级以上人民政府确定的负责户外广告管理的部门在各自职责范围内"
            "负责户外广告的监督管理。\n第六条 县级以上人民政府指定的负责户外广告管理的部门负责户外广告设置规划的编制。\n")
    _, triples = _run(text, "四川省绵阳市", "prefecture")
    assert triples == {("第五条", "市场监督管理部门", "responsible"), ("第五条", "城市管理部门", "responsible"),
                       ("第五条", "负责户外广告管理的部门", "responsible"),
                       ("第六条", "负责户外广告管理的部门", "responsible")}


def test_competence_divided_by_level_before_the_duty():
    # a Hunan provincial 条例 (2006 style): `按照管理权限` / `按隶属关系分别` / `分级` before 负责
    text = (ART + "第三条 县级以上人民政府劳动保障行政部门按照管理权限负责本行政区域内的工伤保险工作。\n"
            "第四条 各级人民政府按隶属关系分别负责所属学校的建设。\n"
            "第五条 县级以上人民政府应急管理部门分级负责本行政区域内的安全生产监督管理。\n"
            "第六条 由有管理权限的机关对直接负责的主管人员依法给予处分。\n")
    _, triples = _run(text, "湖南省", "province")
    assert triples == {("第三条", "县级以上人民政府劳动保障行政部门", "responsible"),
                       ("第四条", "各级人民政府", "responsible"),
                       ("第五条", "县级以上人民政府应急管理部门", "responsible")}


def test_an_agency_acting_for_the_competent_bureau():
    # a Hubei city's 办法 (2000s): `X受Y委托，负责…`, `X经Y授权负责…` (the delegate's duty; Y gets nothing), and the
    # active form `Y可以委托X负责…` as before
    text = (ART + "第五条 市城市管理执法局受市住房城乡建设局委托，负责违法建设的查处。\n"
            "第六条 区城管执法局接受区住建局委托，具体负责违法建设的查处。\n"
            "第七条 市住房城乡建设局可以委托市城市管理执法局负责违法建设的查处。\n")
    _, triples = _run(text, "湖北省武汉市", "prefecture")
    assert triples == {("第五条", "武汉市城市管理执法局", "responsible"), ("第六条", "区城管执法局", "responsible"),
                       ("第七条", "武汉市城市管理执法局", "responsible")}
