"""s23-alias rules: organ mentions written through the grammar of the text rather than a fixed name. A short name the
document defines (以下简称/以下统称), an era's bare short form of a commission after 会同 or in a list, shared heads over
the levels of government. Each on a snippet written for this test in the style of a province, level or era other than
the notice that showed the class (none copied from a corpus notice)."""
from __future__ import annotations

from pipeline import process_text
from pipeline.clean import normalize_string


def _record(text: str):
    r = process_text(text, doc_id="s23alias")
    clean = normalize_string(text).text  # (spans are offsets in the cleaned text)
    for d in r.departments:
        if d.span is not None:
            assert clean[d.span[0]:d.span[1]] == d.quote
    for x in r.responsibilities:
        if x.span is not None:
            assert clean[x.span[0]:x.span[1]] == x.quote
    return r.model_dump()


def _deps(text: str) -> dict[str, str]:
    return {d["name"]: d["quote"] for d in _record(text)["departments"]}


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(x["task"], x["department"], x["role"]) for x in _record(text)["responsibilities"]}


GROUP_DEFINED_SHORT = """浙江省电梯安全管理办法

第一条　为了加强电梯安全管理，制定本办法。
第二条　县级以上地方人民政府负责特种设备安全监督管理的部门（以下统称特种设备安全监管部门）负责本行政区域内电梯安全的监督管理。
第三条　特种设备安全监管部门会同住房城乡建设、公安等部门建立电梯应急处置联动机制。
"""


def test_a_group_defined_by_a_short_name_is_that_group_where_the_short_name_is_used():
    deps = _deps(GROUP_DEFINED_SHORT)
    # the definition is one group with its qualifying clause (guide D21); its short name stands for that group where it
    # is used (the sector read inside it, 安全监管, is only part of it); `以下统称…` is no organ
    group = "县级以上地方人民政府负责特种设备安全监督管理的部门"
    assert deps == {group: group, "住房城乡建设部门": "住房城乡建设", "公安部门": "公安"}
    assert _triples(GROUP_DEFINED_SHORT) == {
        ("第二条", group, "responsible"), ("第三条", group, "lead"), ("第三条", "住房城乡建设部门", "co"),
        ("第三条", "公安部门", "co")}


GROUP_SUMMED_UP = """东莞市公共数据管理办法

第一条　各镇人民政府、园区管委会、街道办事处（统称镇街）建设的信息系统应当与市公共数据平台对接。
"""


def test_a_short_name_summing_up_a_list_is_no_organ_of_its_own():
    deps = _deps(GROUP_SUMMED_UP)
    assert "镇街" not in deps and not any("统称" in n for n in deps)


BARE_BODY_OFFICE = """古蔺县小微企业创业扶持办法

第一条　县小微企业发展工作领导小组负责全县小微企业扶持工作的统筹协调。领导小组办公室（以下简称县小微办）设在县市场监管局，负责日常工作。
第二条　县小微办会同县财政局组织年度考核。
第三条　县市场监管局（县小微办）负责受理扶持申请。
"""


def test_the_short_name_of_a_bodys_office_written_bare():
    deps = _deps(BARE_BODY_OFFICE)
    # `领导小组办公室（以下简称县小微办）`: the bare body word stands for the group named before it in the paragraph
    assert deps["古蔺县小微企业发展工作领导小组办公室"] == "县小微办"
    got = _triples(BARE_BODY_OFFICE)
    assert {("第二条", "古蔺县小微企业发展工作领导小组办公室", "lead"), ("第二条", "古蔺县财政局", "co")} <= got
    # the bracket after an organ is its second sign, not a second assignee (spec 1.1 section 5)
    assert {x for x in got if x[0] == "第三条"} == {("第三条", "古蔺县市场监督管理局", "responsible")}


BARE_ERA_COMMISSIONS = """河北省人民政府关于加强工业节能工作的通知

各设区市人民政府，省政府各部门：
一、加强重点企业管理。年耗能1万吨标准煤以上的企业名单由省统计局会同经委、计委确定。
二、淘汰落后工艺。对违规建设的项目，由计委、经委、国土资源等部门联合查处。

河北省人民政府
二〇〇二年五月八日
"""


def test_bare_era_commissions_after_huitong_or_in_a_list_are_the_documents_own():
    # 经委 and 计委 written bare after 会同 or as items of a list of organs: the commissions of the document's level
    # (guide D41), not a sector
    deps = _deps(BARE_ERA_COMMISSIONS)
    # (in 2002 the province's 计委 was its 发展计划委员会: the era's name, from the organ tables)
    assert deps["河北省经济委员会"] == "经委" and deps["河北省发展计划委员会"] == "计委"
    assert "经委部门" not in deps
    assert {("一", "河北省统计局", "lead"), ("一", "河北省经济委员会", "co"), ("一", "河北省发展计划委员会", "co")} <= \
        _triples(BARE_ERA_COMMISSIONS)


LEVELS_WITH_A_TOWNSHIP = """江门市社区养老服务设施管理办法

第一条　为加强社区养老服务设施管理，制定本办法。
第二条　社区养老服务设施由区、镇人民政府和街道办事处负责建设。
"""


def test_a_district_and_a_town_sharing_one_government_head():
    # `区、镇人民政府` in a city's 办法: each level a government of its own kind, both below the document's level, so
    # groups as written (spec 1.1 section 5, a shared head distributed; guide D22)
    deps = _deps(LEVELS_WITH_A_TOWNSHIP)
    assert deps == {"区人民政府": "区、镇人民政府", "镇人民政府": "区、镇人民政府", "街道办事处": "街道办事处"}
    assert _triples(LEVELS_WITH_A_TOWNSHIP) == {("第二条", "区人民政府", "responsible"),
                                                ("第二条", "镇人民政府", "responsible"),
                                                ("第二条", "街道办事处", "responsible")}


LEVELS_SHARING_A_BODY = """重庆市校园安全管理办法

第一条　为加强校园安全管理，制定本办法。
第二条　区（县）人民政府对本行政区域内校园安全负总责。
第三条　市和区（县）人民政府教育督导机构负责校园安全督导。
"""


def test_levels_sharing_a_body_of_the_government_and_a_bracketed_kind_of_place():
    # `市和区（县）人民政府教育督导机构`: the document's own level names its body, the lower level stays a group as written
    # (guide D22); `区（县）人民政府` alone is the districts' and counties' governments, a group (guide D25)
    deps = _deps(LEVELS_SHARING_A_BODY)
    assert deps == {"区（县）人民政府": "区（县）人民政府",
                    "重庆市人民政府教育督导机构": "市和区（县）人民政府教育督导机构",
                    "区（县）人民政府教育督导机构": "市和区（县）人民政府教育督导机构"}
    assert ("第二条", "区（县）人民政府", "responsible") in _triples(LEVELS_SHARING_A_BODY)


CHENGDU_KINDS = """成都市人民政府关于加强养老服务设施建设的通知

各区（市）县人民政府，市政府各部门：
一、加强设施建设。区（市）县人民政府负责本行政区域内养老服务设施建设。
二、加强监管。市和区（市）县民政部门负责监督管理。

成都市人民政府
2015年3月2日
"""


def test_districts_cities_and_counties_written_as_one_kind():
    # `区（市）县` (a city's districts, county-level cities and counties): one kind of place, its governments a group
    # as written, not the county's own government; after `市和` the city's bureau and the group's departments
    got = _triples(CHENGDU_KINDS)
    assert got == {("一", "区（市）县人民政府", "responsible"), ("二", "成都市民政局", "responsible"),
                   ("二", "区（市）县民政部门", "responsible")}


SECTOR_TRADE_AUTHORITY = """广西壮族自治区人民政府办公厅关于加快淘汰落后产能的通知

各市人民政府，自治区人民政府各组成部门、各直属机构：
一、制定关停计划。由自治区工业和信息化委牵头，电力行业管理部门配合，制定小火电机组关停计划。
二、加强运输监管。交通行业主管部门负责车辆检测。

广西壮族自治区人民政府办公厅
2010年6月3日
"""


def test_a_sector_written_before_its_trade_authority_is_part_of_the_group():
    # `电力行业管理部门`: the sector written before 行业…部门 names the group (a collective as written, spec 1.1 section 5),
    # not a bare 行业管理部门
    deps = _deps(SECTOR_TRADE_AUTHORITY)
    assert deps["电力行业管理部门"] == "电力行业管理部门" and deps["交通行业主管部门"] == "交通行业主管部门"
    assert "行业管理部门" not in deps and "行业主管部门" not in deps
    got = _triples(SECTOR_TRADE_AUTHORITY)
    assert {("一", "电力行业管理部门", "co"), ("二", "交通行业主管部门", "responsible")} <= got


THEIR_COUNTIES = """甘肃省人民政府关于加强农村饮水安全工作的通知

各市、州人民政府，省政府有关部门：
一、落实责任。各市、州人民政府要与所辖县（市、区）人民政府签订目标责任书。

甘肃省人民政府
2008年4月2日
"""


def test_the_counties_a_city_governs_keep_their_determiner():
    # `所辖县（市、区）人民政府`: 所辖 says whose places they are, kept as written like 所在 (spec 1.1 section 5, guide D1)
    deps = _deps(THEIR_COUNTIES)
    assert deps.get("所辖县（市、区）人民政府") == "所辖县（市、区）人民政府"
    assert "县（市、区）人民政府" not in deps
