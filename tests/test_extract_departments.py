"""Organs in the body under canonical names (spec section 5), on snippets not from the corpus."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract.context import make_context
from pipeline.extract.departments import extract_departments
from pipeline.extract.metadata import extract_metadata
from pipeline.extract.tasks import extract_tasks

NOTICES = Path(__file__).parent / "notices"


def _departments(text: str, region: str, level: str) -> dict[str, str]:
    doc = normalize_string(text)
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.metadata.region, ctx.metadata.admin_level = region, level
    ctx.tasks = extract_tasks(doc, ctx)
    deps = extract_departments(doc, ctx)
    for d in deps:
        assert doc.text[d.span[0]:d.span[1]] == d.quote
    return {d.name: d.quote for d in deps}


def test_shared_prefix_runs_along_a_list_and_short_forms_expand():
    names = _departments("一、重点任务\n（一）开展培训。（省教育厅、司法厅、人力资源社会保障厅、卫生健康委、医保局按职能分工负责）\n",
                         "湖南省", "province")
    assert set(names) == {"湖南省教育厅", "湖南省司法厅", "湖南省人力资源和社会保障厅", "湖南省卫生健康委员会",
                          "湖南省医疗保障局"}


def test_party_organs_youth_league_and_people_organisations():
    names = _departments("一、任务\n经县委、县政府同意，县委组织部、县委编办、团县委、县妇联、县残联共同推进。\n",
                         "四川省遂宁市蓬溪县", "county")
    assert set(names) == {"中共蓬溪县委员会", "蓬溪县人民政府", "中共蓬溪县委组织部",
                          "中共蓬溪县委机构编制委员会办公室", "共青团蓬溪县委员会", "蓬溪县妇女联合会",
                          "蓬溪县残疾人联合会"}


def test_bare_sectors_collectives_and_people_organisations_in_lists():
    names = _departments("一、任务\n联合民政、卫生健康、医保等部门，指导各县（市、区）人民政府和相关行业主管部门，"
                         "发挥工会、共青团、妇联等群团组织作用。市各行业主管部门要密切配合。\n",
                         "河南省洛阳市", "prefecture")
    assert set(names) == {"民政部门", "卫生健康部门", "医保部门", "各县（市、区）人民政府", "相关行业主管部门",
                          "洛阳市总工会", "共青团洛阳市委员会", "洛阳市妇女联合会", "洛阳市各行业主管部门"}


def test_central_document_uses_national_names():
    names = _departments("一、任务\n（一）稳岗。（人力资源社会保障部、发展改革委、市场监管总局、中央宣传部、全国总工会负责）\n",
                         "全国", "central")
    assert set(names) == {"人力资源和社会保障部", "国家发展和改革委员会", "国家市场监督管理总局", "中共中央宣传部",
                          "中华全国总工会"}


def test_cited_titles_schools_and_abstract_government_are_not_organs():
    names = _departments("一、任务\n根据《民政部 财政部关于加强养老服务的通知》，支持市技工学校、市公共实训基地建设，"
                         "坚持党委领导、政府负责，加大政府资金投入。市财政局（金融办）负责资金保障。\n",
                         "山东省临沂市", "prefecture")
    assert set(names) == {"临沂市财政局"}


def test_traditional_script_gives_simplified_names():
    names = _departments("一、任務\n（一）擴大規模。（責任單位：市教育局、市人力資源社會保障局）\n", "广东省广州市", "prefecture")
    assert set(names) == {"广州市教育局", "广州市人力资源和社会保障局"}
    assert names["广州市教育局"] == "市教育局"


def test_higher_level_and_named_places_and_free_trade_zone():
    names = _departments("一、任务\n落实省委部署和梅州市委要求，配合省人社厅、国家发展改革委工作，"
                         "自贸区南沙片区组织人社局共同推进。\n", "广东省梅州市兴宁市", "county")
    assert set(names) == {"中共广东省委员会", "中共梅州市委员会", "广东省人力资源和社会保障厅", "国家发展和改革委员会",
                          "中国（广东）自由贸易试验区南沙片区组织人力资源和社会保障局"}


@pytest.mark.parametrize("path", sorted(NOTICES.glob("departments-*.txt")), ids=lambda p: p.stem)
def test_held_out_notices(path):
    exp = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    names = _departments(path.read_text(encoding="utf-8"), exp["region"], exp["admin_level"])
    missing = set(exp["departments"]) - set(names)
    assert not missing


def test_sector_department_at_a_written_level():
    # A Hebei prefecture's 管理办法: 市 + sector + 部门 is the city's bureau (guide D10); a lower
    # level (区) keeps the department as written; 所在地 stays with the sector word.
    text = ("第一章 总则\n第四条 市、区自然资源和规划部门负责用地保障。市卫生健康行政部门负责业务指导，"
            "由各区卫生健康行政部门确定服务机构。申请人向所在地人力资源社会保障部门申请。\n")
    names = _departments(text, "河北省石家庄市", "prefecture")
    assert names == {"石家庄市自然资源和规划局": "市", "区自然资源和规划部门": "区自然资源和规划部门",
                     "石家庄市卫生健康委员会": "市卫生健康行政部门", "各区卫生健康行政部门": "各区卫生健康行政部门",
                     "所在地人力资源社会保障部门": "所在地人力资源社会保障部门"}


def test_state_council_sector_departments_and_central_bodies():
    text = ("一、完善管理\n（一）明确职责。国务院卫生健康行政部门、医疗保障行政部门和其他有关部门在各自职责范围内，"
            "分别负责有关工作。国务院食品安全委员会定期研究，中央农村工作领导小组统筹推进。\n")
    names = _departments(text, "全国", "central")
    assert names == {"国务院卫生健康行政部门": "国务院卫生健康行政部门",
                     "国务院医疗保障行政部门": "医疗保障行政部门", "其他有关部门": "其他有关部门",
                     "国务院食品安全委员会": "国务院食品安全委员会", "中央农村工作领导小组": "中央农村工作领导小组"}


def test_role_named_governments_towns_courts_and_sector_lists_of_units():
    text = ("一、组织实施\n（一）确定名单。示范城市由省级有关部门推荐，各示范城市政府负责落实。"
            "申请人向户籍所在地乡镇人民政府（街道办事处）提出申请，逾期不缴的可向人民法院申请强制执行。"
            "联席会议由农业农村、水利、林业和草原等单位组成。在不增加地方政府债务的前提下推进。\n")
    names = _departments(text, "全国", "central")
    assert names == {"省级有关部门": "省级有关部门", "各示范城市政府": "各示范城市政府",
                     # spec 1.1 section 5: the bracketed alternative organ is a second organ; the
                     # determiner runs into it
                     "所在地乡镇人民政府": "所在地乡镇人民政府", "所在地街道办事处": "街道办事处", "人民法院": "人民法院",
                     "农业农村部门": "农业农村", "水利部门": "水利", "林业和草原部门": "林业和草原"}


def test_words_that_only_contain_short_forms_and_cited_numbers_are_not_organs():
    # 工作协调 holds 作协, 组织有关部门 is a verb + collective, a cited rule's number names its issuer,
    # and …等有关部门 only sums the list up (guide D3).
    text = ("一、保障措施\n（一）加强协调。建立工作协调机制，组织有关部门研究。依据《甘肃省城镇住房保障办法》"
            "（省政府令第52号）执行。（省财政厅、省民政厅等有关部门负责）\n")
    names = _departments(text, "甘肃省", "province")
    assert names == {"有关部门": "有关部门", "甘肃省财政厅": "省财政厅", "甘肃省民政厅": "省民政厅"}


def test_people_organisations_bare_in_a_central_document_and_qualified():
    text = "一、加强党建\n（一）发挥作用。发挥工会、共青团、妇联等群团组织作用，带动学校工会、企业工会建设。\n"
    names = _departments(text, "全国", "central")
    assert set(names) == {"中华全国总工会", "共青团中央委员会", "中华全国妇女联合会", "学校工会", "企业工会"}


def test_ascii_brackets_in_a_name_are_canonicalised():
    text = "一、任务\n1. 培训。〔责任单位:县人社局,各乡(镇)〕\n2. 宣传。〔责任单位:各乡（镇）〕\n"
    names = _departments(text, "甘肃省定西市通渭县", "county")
    assert set(names) == {"通渭县人力资源和社会保障局", "各乡（镇）"}


def test_provincial_governments_shared_determiner_and_functional_organs():
    text = ("一、工作要求\n（一）压实责任。各省、自治区、直辖市人民政府要加强领导，各省（区、市）人民政府负责组织实施。"
            "有关地区和部门要抓好落实。经认定机关复核后公布。\n")
    names = _departments(text, "全国", "central")
    assert names == {"各省、自治区、直辖市人民政府": "各省、自治区、直辖市人民政府",
                     "各省（区、市）人民政府": "各省（区、市）人民政府", "有关部门": "有关地区和部门",
                     "认定机关": "认定机关"}


def test_this_city_names_its_own_organs_and_words_ending_in_ju_are_not_bureaus():
    text = "第一章 总则\n第一条 经本市劳动能力鉴定委员会鉴定，根据我市产业布局和发展格局，由我市医保局负责。\n"
    names = _departments(text, "湖北省宜昌市", "prefecture")
    assert names == {"宜昌市劳动能力鉴定委员会": "市劳动能力鉴定委员会", "宜昌市医疗保障局": "市医保局"}


def test_a_named_district_of_the_own_city_carries_the_city():
    """Spec 1.1 section 5 (a Chengdu city notice naming its districts): 武侯区政府 → 成都市武侯区人民政府."""
    names = _departments("一、任务\n（一）试点。武侯区政府、锦江区政府负责组织实施。\n", "四川省成都市", "prefecture")
    assert {"成都市武侯区人民政府", "成都市锦江区人民政府"} <= set(names)


def test_district_organs_of_a_municipality_carry_the_municipality():
    """A Tianjin district notice: 区发展改革委 → 天津市和平区发展和改革委员会."""
    names = _departments("一、任务\n（一）推进。区发展改革委牵头负责。\n", "天津市和平区", "county")
    assert "天津市和平区发展和改革委员会" in names


def test_bodies_of_a_party_committee_outside_the_alias_table():
    """A Hubei provincial plan: 省委科技委 → 中共湖北省委科技委员会; 省委教育工委 → …教育工作委员会;
    but 省委部署 and 省委常委会 stay the committee."""
    names = _departments("一、任务\n（一）推进。省委科技委、省委教育工委牵头，按照省委部署推进。\n", "湖北省", "province")
    assert {"中共湖北省委科技委员会", "中共湖北省委教育工作委员会", "中共湖北省委员会"} <= set(names)


def test_service_centres_and_expert_committees_are_not_organs():
    """Spec 1.1 section 5: service bodies are not departments (a Guizhou city's plan)."""
    names = _departments("一、任务\n（一）建设。市大数据发展中心、市专家咨询委员会配合市大数据局推进。\n",
                         "贵州省贵阳市", "prefecture")
    assert not any("中心" in n or "专家" in n for n in names)


def test_open_sector_list_closed_by_deng_bumen():
    """Spec 1.1 section 5 (a Jiangxi city regulation): every word of a list closed by 等部门 is a
    sector department, also one missing from the sector table (国防)."""
    names = _departments("第一条 为了规范管理，制定本条例。\n第二条 发展改革、公安、交通运输、住房和城乡建设、国防等部门按照各自职责做好相关工作。\n",
                         "江西省赣州市", "prefecture")
    assert {"发展改革部门", "公安部门", "交通运输部门", "住房和城乡建设部门", "国防部门"} <= set(names)


def test_qualified_collectives_as_written():
    """国务院有关部门, 上级部门, 其他部门, 县（市、区）人民政府 (a Shaanxi provincial rule)."""
    names = _departments("第一条 为了规范管理，制定本办法。\n第二条 国务院有关部门、上级部门、其他部门和县（市、区）人民政府按照职责负责。\n",
                         "陕西省", "province")
    assert {"国务院有关部门", "上级部门", "其他部门", "县（市、区）人民政府"} <= set(names)


def test_branches_of_central_organs_named_by_their_place():
    """Regional branches (pipeline/data/organ_branch_patterns.tsv) in a Hunan provincial plan."""
    names = _departments("一、任务\n（一）金融支持。（人行长沙中心支行、湖南证监局、湖南银保监局负责）\n", "湖南省", "province")
    assert {"中国人民银行长沙中心支行", "中国证券监督管理委员会湖南监管局",
            "中国银行保险监督管理委员会湖南监管局"} <= set(names)
    names = _departments("一、任务\n（一）保障电力。西北能源监管局、陕西金融监管局配合。\n", "陕西省", "province")
    assert {"国家能源局西北监管局", "国家金融监督管理总局陕西监管局"} <= set(names)


def test_list_members_with_their_own_level_prefix():
    """A Xiamen city list: `市大数据局、市民营经济局负责` — each member writes its own 市."""
    names = _departments("一、任务\n（一）推进。市大数据局、市民营经济局负责。\n", "福建省厦门市", "prefecture")
    assert {"厦门市大数据局", "厦门市民营经济局"} <= set(names)


def test_sector_list_closed_by_a_qualified_collective():
    """Spec 1.1 section 5: `…民政等市政设施、公共服务设施相关部门` gives each sector's 部门 (a
    Shanghai district's duties)."""
    names = _departments("五、职责\n（三）成员单位\n区交通、生态环境、水务、民政等市政设施相关部门负责梳理。\n",
                         "上海市徐汇区", "county")
    assert {"交通部门", "生态环境部门", "水务部门", "民政部门"} <= set(names)


def test_township_offices_written_short_in_a_town_notice():
    """A Jiangsu town's 职责分工: offices written short are the town's own, named as written after
    its full chain (党政办, 规建办; guide D39); its 城运中心 is a public service unit, no organ; a
    working body after the bare level 镇 is the town's."""
    text = ("一、职责分工\n（一）党政办：负责统筹协调。\n（二）规建办：负责工地巡查，并向镇城运中心报送信息。\n"
            "（三）镇秸秆禁烧工作领导小组负责督查考核。\n")
    names = _departments(text, "江苏省盐城市东台市许河镇", "township")
    assert names == {"东台市许河镇党政办": "党政办", "东台市许河镇规建办": "规建办",
                     "东台市许河镇秸秆禁烧工作领导小组": "镇秸秆禁烧工作领导小组"}


def test_township_offices_are_not_named_outside_a_town_notice():
    """In a county notice the town a short office belongs to is unknown: nothing is named."""
    names = _departments("一、任务\n（一）各镇党政办要做好统计。县民政局负责指导。\n", "四川省成都市大邑县", "county")
    assert names == {"大邑县民政局": "县民政局"}


def test_levels_sharing_one_head_and_town_governments_of_a_regulation():
    """A Fujian city's 2016-style regulation: `市、县（市、区）人民政府` names the city's government
    and the county collective; `市和县（区）人民政府生态环境部门` the city's bureau and the collective
    as written; 乡（镇）人民政府 and a shared 所在地 run along a list (spec 1.1 section 5)."""
    text = ("第一章 总则\n第三条 市、县（市、区）人民政府负责本行政区域内的河道管理工作。\n"
            "市和县（区）人民政府生态环境部门负责水污染防治的监督管理。\n"
            "乡（镇）人民政府应当协助做好河道保护工作。\n"
            "第四条 无法确定管理单位的，由所在地街道办事处、乡（镇）人民政府负责。\n")
    names = _departments(text, "福建省三明市", "prefecture")
    assert names == {"三明市人民政府": "市", "县（市、区）人民政府": "县（市、区）人民政府",
                     "三明市生态环境局": "市", "县（区）人民政府生态环境部门": "县（区）人民政府生态环境部门",
                     "乡（镇）人民政府": "乡（镇）人民政府", "所在地街道办事处": "所在地街道办事处",
                     "所在地乡（镇）人民政府": "乡（镇）人民政府"}


def test_authorities_named_by_function_or_by_what_they_do():
    """A Hubei provincial regulation: authorities named by their function or by a relative clause
    are collectives as written; a bracket giving another sector's authority names it too (spec 1.1 section 5, an
    alternative organ names two; s26-a20org: was kept whole as a narrowing); `负责人` is a person."""
    text = ("第一章 总则\n第五条 水行政主管部门负责河道采砂的监督管理。\n"
            "交通运输（海事）主管部门、公安机关交通管理部门按照职责做好相关工作。\n"
            "第六条 违反本条例的，由负有河道采砂监督管理职责的部门责令改正，并通报其负责人和上级主管部门；"
            "开发区（园区）管理机构应当予以配合。\n")
    names = _departments(text, "湖北省", "province")
    assert names == {"水行政主管部门": "水行政主管部门", "交通运输主管部门": "交通运输（海事）主管部门",
                     "海事主管部门": "交通运输（海事）主管部门",
                     "公安机关交通管理部门": "公安机关交通管理部门",
                     "负有河道采砂监督管理职责的部门": "负有河道采砂监督管理职责的部门",
                     "上级主管部门": "上级主管部门", "开发区（园区）管理机构": "开发区（园区）管理机构"}


def test_a_short_name_the_document_defines_names_the_organ_later():
    """A Gansu provincial 办法: `X（以下简称Y）` makes Y stand for X later, also as the head of its
    office (`Y办公室`); `X下设办公室（以下简称Z）` makes Z X's office; the short name inside its own
    definition is no mention of its own."""
    text = ("第一章 总则\n第三条 省人民政府数据工作主管部门（以下简称省级主管部门）负责全省数据资源统筹。\n"
            "第四条 成立省数据资源开发利用工作协调小组（以下简称“协调小组”）。"
            "省数据资源开发利用工作协调小组下设办公室（以下简称省数据办）。\n"
            "第五条 省级主管部门会同协调小组制定标准，省数据办负责日常工作，协调小组办公室负责督查。\n")
    names = _departments(text, "甘肃省", "province")
    assert names == {"甘肃省人民政府数据工作主管部门": "省人民政府数据工作主管部门",
                     "甘肃省数据资源开发利用工作协调小组": "省数据资源开发利用工作协调小组",
                     "甘肃省数据资源开发利用工作协调小组办公室": "省数据办"}


def test_working_bodies_without_a_place_and_their_member_units():
    """Spec 1.1 section 5: working bodies are organs without a place marker, kept as written (a
    central 2016-style notice); the verb that governs the name is not part of it; 联席会议制度 is a
    mechanism; a body's member units are one collective with the body's place (a Yunnan notice)."""
    text = ("一、工作机制\n（一）充分发挥促进大数据发展部际联席会议作用，建立健全大数据联席会议制度。"
            "由国家组织药品集中采购和使用试点工作小组负责统筹。\n")
    assert _departments(text, "全国", "central") == {
        "促进大数据发展部际联席会议": "促进大数据发展部际联席会议",
        "国家组织药品集中采购和使用试点工作小组": "国家组织药品集中采购和使用试点工作小组"}
    text = "一、任务\n（一）推进数字乡村建设。（责任单位：省数字乡村建设工作专班成员单位）\n"
    assert _departments(text, "云南省", "province") == {
        "云南省数字乡村建设工作专班成员单位": "省数字乡村建设工作专班成员单位"}


def test_a_body_written_with_and_without_its_place_is_one_organ():
    """A Jiangxi notice: `省推进…工作组` and later the bare `推进…工作组` name one organ (guide D14)."""
    text = ("一、组织保障\n（一）省政府成立由分管副省长任组长的推进物联网产业发展专项工作组。\n"
            "（二）强化调度。省推进物联网产业发展专项工作组负责统筹调度。\n")
    names = _departments(text, "江西省", "province")
    assert set(names) == {"江西省人民政府", "江西省推进物联网产业发展专项工作组"}


def test_honours_and_institutes_are_not_organs_and_function_organs_of_a_place():
    """Spec 1.1 section 5: 院士, 政府特殊津贴 and an academy's institute are no organs (a Hangzhou
    talent notice); `杭州市公安机关` is the place's function-named organ, kept as written."""
    text = ("一、认定标准\n（一）顶尖人才：中国科学院院士、中国工程院院士，享受国务院政府特殊津贴专家。\n"
            "（二）在中国科学院杭州医学研究所全职工作，持杭州市公安机关签发的居住证。\n")
    assert _departments(text, "浙江省杭州市", "prefecture") == {"杭州市公安机关": "杭州市公安机关"}


def test_short_heads_of_district_organs_and_names_of_their_time():
    """A Shanghai district's 2009-style notice: 区经委 (only with a level written before it: 经委托 is
    a word) and 区口岸物流办 with its head written out; a 1995 State Council reply names
    国家地震局 as it was then (spec 1.1 section 5)."""
    text = "一、职责\n（一）区经委负责产业政策，区口岸物流办负责通关协调，已经委托第三方评估。\n"
    assert _departments(text, "上海市宝山区", "county") == {
        "上海市宝山区经济委员会": "区经委", "上海市宝山区口岸物流办公室": "区口岸物流办"}
    # (s29-articles: the reply's date written, as the era table reads the issue year; without a year the alias table's
    # 中国地震局 is read, guide D99)
    text = "一、请国家地震局会同有关部门做好监测工作。\n国务院办公厅\n一九九五年三月一日\n"
    assert set(_departments(text, "全国", "central")) == {"国家地震局", "有关部门"}


def test_written_levels_shared_by_a_list_of_sectors():
    """Spec 1.1 section 5 (`市、区教育、公安部门`), in a Nanjing notice: each sector under the city
    is the city's organ (网信 the party committee's office), under 区 any district's, as written;
    a close with 有关/职能 (`我市教育、科技等职能部门`) leaves the sectors bare."""
    text = ("一、任务\n（一）市、区教育、公安部门负责校园安全。\n（二）市网信、保密等部门负责数据安全。\n"
            "（三）协调我市人社、科技等职能部门做好服务。\n")
    names = _departments(text, "江苏省南京市", "prefecture")
    assert set(names) == {"南京市教育局", "区教育部门", "南京市公安局", "区公安部门",
                          "中共南京市委网络安全和信息化委员会办公室", "南京市国家保密局", "人社部门", "科技部门"}


def test_qualified_levels_function_authorities_and_named_towns():
    """Qualified collectives as written (spec 1.1 section 5: 省级, 县级以上, a 2001-style central
    rule: `省级卫生行政部门`, `县级以上人民政府教育行政部门`, `有权机关`, `注册机关`); a town named before
    its government in a Tianjin district notice is the district's town."""
    text = ("第一条 为规范注册，制定本规定。\n第二条 申请人向注册机关申请，经县级卫生行政部门审核后报省级卫生行政部门。"
            "县级以上人民政府教育行政部门予以配合，违法的由有权机关处理。\n")
    assert set(_departments(text, "全国", "central")) == {"注册机关", "县级卫生行政部门", "省级卫生行政部门",
                                                        "县级以上人民政府教育行政部门", "有权机关"}
    text = "一、任务\n（一）由杨柳青镇政府、中北镇人民政府和西营门街道办事处负责。\n"
    assert set(_departments(text, "天津市西青区", "county")) == {
        "天津市西青区杨柳青镇人民政府", "天津市西青区中北镇人民政府", "天津市西青区西营门街道办事处"}


def test_a_statute_authority_and_a_town_after_its_county():
    """A 2008-style State Council regulation names the provincial authority of a field by its
    work (`省、自治区、直辖市人民政府管理专利工作的部门`, one collective as written); a 2004-style reply
    names a town after its county (`四川省宣汉县天台乡政府` -> the town's 人民政府)."""
    text = ("第一条 为规范专利代理，制定本条例。\n第二条 省、自治区、直辖市人民政府管理专利工作的部门负责本行政区域内的监督。\n"
            "第三条 四川省宣汉县天台乡政府应当做好群众安置。\n")
    assert set(_departments(text, "全国", "central")) == {"省、自治区、直辖市人民政府管理专利工作的部门",
                                                        "四川省宣汉县天台乡人民政府"}


def test_league_banner_prefecture_and_autonomous_levels():
    """Levels of the autonomous regions (spec 1.1 section 5: `行署` -> `阿勒泰地区行政公署`): a 盟's
    committee and 行署, a banner's bureau, a 地区's 地委/行署, a 自治州's government; a committee's
    level is shared by the government after it (`自治区党委、人民政府`, `国家和自治区有关部门`)."""
    names = _departments("一、任务\n（一）盟委、行署高度重视，盟教育局负责。\n", "内蒙古自治区兴安盟", "prefecture")
    assert set(names) == {"中共兴安盟委员会", "兴安盟行政公署", "兴安盟教育局"}
    names = _departments("一、任务\n（一）地委、行署统筹，地区民政局负责。\n", "西藏自治区阿里地区", "prefecture")
    assert set(names) == {"中共阿里地区委员会", "阿里地区行政公署", "阿里地区民政局"}
    names = _departments("一、任务\n（一）高举红旗，旗林草局负责。\n", "内蒙古自治区赤峰市巴林右旗", "county")
    assert set(names) == {"巴林右旗林业和草原局"}
    names = _departments("一、任务\n（一）自治区党委、人民政府高度重视，国家和自治区有关部门给予支持。\n", "宁夏回族自治区", "province")
    assert set(names) == {"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府", "国家有关部门", "宁夏回族自治区有关部门"}


def test_government_affairs_departments_and_a_list_joined_by_ji():
    """A Zhejiang city's 政务数据 办法: 政务部门 is the rules' collective word for the administrative
    departments (bare, with determiners, with the level); `民政、卫生健康及医保等部门` lists three."""
    text = ("第一条 为规范政务数据管理，制定本办法。\n第二条 市政务部门负责本部门数据，其他政务部门予以配合。"
            "民政、卫生健康及医保等部门共享数据，审计部门负责对政务数据主管部门的审计。\n")
    names = _departments(text, "浙江省温州市", "prefecture")
    assert set(names) == {"温州市政务部门", "其他政务部门", "民政部门", "卫生健康部门", "医保部门", "审计部门",
                          "政务数据主管部门"}


def test_a_sector_at_prefecture_and_county_level_takes_that_level_s_organ():
    """A Hubei prefecture's 办法 and a Guangdong county-level city's notice: `市发展改革部门` is the
    prefecture's 发展和改革委员会 but the county-level city's 发展和改革局; 教育 is a 局 at both."""
    text = "一、任务\n（一）市发展改革部门、市卫生健康部门和市教育部门按照职责分工负责。\n"
    assert set(_departments(text, "湖北省宜昌市", "prefecture")) == {"宜昌市发展和改革委员会", "宜昌市卫生健康委员会",
                                                                  "宜昌市教育局"}
    assert set(_departments(text, "广东省清远市英德市", "county")) == {"英德市发展和改革局", "英德市卫生健康局",
                                                                   "英德市教育局"}


def test_state_council_authority_of_a_field_and_verbs_ending_in_ban():
    """A 2018-style State Council regulation: `国务院专利行政部门` (a field outside the sector table)
    and `地方人民政府管理专利工作的部门` are collectives as written; `医疗保险经办机构` and `优先举办` hold
    the verb 办, no office."""
    text = ("第一条 为规范专利代理，制定本条例。\n第二条 国务院专利行政部门和地方人民政府管理专利工作的部门负责监督。"
            "参保人向市医疗保险经办机构申请，鼓励优先举办普惠托育。\n")
    assert set(_departments(text, "全国", "central")) == {"国务院专利行政部门", "地方人民政府管理专利工作的部门"}


def test_a_local_tax_bureau_is_the_central_administration_s_branch():
    """Since 2018 a county's or district's 税务局 is 国家税务总局<place>税务局 (organ_branch_patterns.tsv);
    a 2012-style 市国税局 keeps the name of its time (a Hunan county and a Chengdu district notice)."""
    assert set(_departments("一、任务\n（一）县税务局、县财政局负责。\n", "湖南省岳阳市平江县", "county")) == {
        "国家税务总局平江县税务局", "平江县财政局"}
    assert set(_departments("一、任务\n（一）区税务局负责，市国税局配合。\n", "四川省成都市武侯区", "county")) == {
        "国家税务总局成都市武侯区税务局", "成都市国家税务局"}


def test_streets_and_towns_as_one_collective_and_a_district_bureau_short_form():
    """A Tianjin district's notice: 街镇 (streets and towns) is one collective (各街镇, 属地街镇, `由街镇
    负责`); 镇级政府 a qualified collective. A Shanghai district notice (a level above the township
    notice that uses it): 区绿容局 is the district's 绿化和市容管理局 (short form)."""
    text = "一、职责\n（一）前期准备由街镇负责，属地街镇配备专职人员，各街镇推进实施，镇级政府安排资金。\n"
    assert set(_departments(text, "天津市河西区", "county")) == {"街镇", "属地街镇", "各街镇", "镇级政府"}
    text = "一、职责\n（一）区绿容局负责核发处置证。\n"
    assert set(_departments(text, "上海市普陀区", "county")) == {"上海市普陀区绿化和市容管理局"}


def test_an_alternative_town_organ_in_brackets_is_a_second_organ():
    """Spec 1.1 section 5: `镇人民政府（街道办事处）` names two organs (a Fujian county's 办法); a
    determiner before the first (各, 所在地) runs into the bracket."""
    text = ("第一条 为规范救助，制定本办法。\n第二条 申请人向户籍所在地乡人民政府（街道办事处）提出申请，"
            "各镇人民政府（街道办事处）负责初审。\n")
    names = _departments(text, "福建省南平市浦城县", "county")
    assert names == {"所在地乡人民政府": "所在地乡人民政府", "所在地街道办事处": "街道办事处",
                     "各镇人民政府": "各镇人民政府", "各街道办事处": "街道办事处"}


def test_departments_of_a_field_and_the_central_and_state_organs_as_collectives():
    """Spec 1.1 section 5 qualified collectives (a 2015-style State Council opinion): `安全生产领域有关
    部门`, `重点领域主管部门` (the governing verb cut), `中央和国家机关`, `地方各级人民政府`."""
    text = "一、任务\n（一）中央和国家机关要带头，地方各级人民政府负责，安全生产领域有关部门加强监管，督促重点领域主管部门落实。\n"
    assert set(_departments(text, "全国", "central")) == {"中央和国家机关", "地方各级人民政府", "安全生产领域有关部门",
                                                        "重点领域主管部门"}


def test_merged_culture_sectors_written_short():
    """A 2019-style Shanxi city regulation: 文广旅游 and (before 2018) 文广新 are sector words of
    their own, not 旅游/新闻 inside them."""
    text = "第一条 为规范管理，制定本规定。\n第二条 文广旅游主管部门负责监督，公安、文广新等部门配合。\n"
    assert set(_departments(text, "山西省晋中市", "prefecture")) == {"文广旅游主管部门", "公安部门", "文广新部门"}


def test_an_organ_inside_a_college_or_hospital_name_is_not_mentioned():
    """A 2017-style central notice: `国家税务总局税务干部学院` is a college: the organ inside its name
    is no mention (spec 1.1 section 5: schools are not departments); the organs acting in the same
    sentence are."""
    text = "一、任务\n（一）国家税务总局税务干部学院承办培训，教育部会同财政部负责保障。\n"
    assert set(_departments(text, "全国", "central")) == {"教育部", "财政部"}


def test_the_local_state_as_a_category_is_no_organ_but_as_an_actor_it_is():
    """Spec 1.1 section 5 (category words left out), a 2016-style State Council opinion:
    `地方政府债务`, `落实地方政府主体责任` name the local state as a category; `鼓励地方政府统筹…` an actor."""
    text = "一、任务\n（一）在不增加地方政府债务的前提下，落实地方政府主体责任，鼓励地方政府统筹运用相关政策。\n"
    names = _departments(text, "全国", "central")
    assert names == {"地方政府": "地方政府"}
    doc = normalize_string(text)
    ctx = make_context(doc)
    ctx.metadata = extract_metadata(doc, ctx)
    ctx.metadata.region, ctx.metadata.admin_level = "全国", "central"
    ctx.tasks = extract_tasks(doc, ctx)
    (dep,) = extract_departments(doc, ctx)
    assert dep.span[0] == doc.text.index("鼓励地方政府") + 2  # the actor, not 债务 or 主体责任


def test_words_holding_short_organ_names_are_not_organs():
    """A Jiangsu 政府信息公开 办法: `相对人行使` holds 人行, `其他政府信息` / `政府网站` hold 政府; none is
    an organ."""
    text = ("第一条 为规范政府信息公开，制定本办法。\n第二条 行政相对人行使知情权，申请公开其他政府信息的，"
            "由市政务数据主管部门负责答复，并在政府网站公布。\n")
    assert set(_departments(text, "江苏省南京市", "prefecture")) == {"南京市政务数据主管部门"}


def test_the_bureaus_of_every_place_of_a_kind_are_one_collective_as_written():
    """A Gansu provincial 厅's notice to 各市州人力资源社会保障局, an Inner Mongolia one to 各盟市
    发展改革委: the bureaus of every city are one collective as written (spec 1.1 section 5), not the
    province's own 厅 read from the bare bureau name."""
    from pipeline.document import process_text

    for addressee in ("各市州人力资源社会保障局", "各市（州）人力资源社会保障局", "各县（市、区）财政局", "各盟市发展改革委"):
        record = process_text(f"省人力资源和社会保障厅关于做好技能培训工作的通知\n{addressee}：\n现将有关事项通知如下。\n"
                              f"一、加强培训\n{addressee}要做好组织工作。\n")
        assert [(d.name, d.quote) for d in record.departments] == [(addressee, addressee)], addressee


def test_levels_written_as_city_bracket_district_or_two_levels_share_the_sector_list():
    """`市（区）财政、民政等部门` and `市、区两级财政、审计部门` (a Chengdu-style 办法, 2022) are the
    spec's `市、区教育、公安部门`: each sector is the city's bureau and the districts' collective."""
    from pipeline.document import process_text

    for line, expected in (
        ("市（区）财政、民政等部门按照各自职能开展工作。",
         ["成都市财政局", "区财政部门", "成都市民政局", "区民政部门"]),
        ("市、区两级财政、审计部门要加强监督。", ["成都市财政局", "区财政部门", "成都市审计局", "区审计部门"]),
        ("全区教育、公安部门要加强指导。", ["教育部门", "公安部门"]),
    ):
        record = process_text(f"成都市人民政府办公厅关于印发某办法的通知\n一、总则\n{line}\n",
                              region="四川省成都市", admin_level="prefecture")
        assert [d.name for d in record.departments] == expected, line
