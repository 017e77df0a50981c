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
