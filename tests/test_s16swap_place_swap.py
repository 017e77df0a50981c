"""scripts/place_swap.py (s16-swap): a notice's own places are replaced consistently in its text
and in every gold string, by real places of the same kind and level; seeded and reproducible.

The notice is written for this test, in the style of a county of a Gansu autonomous prefecture
(a level and a province none of the labelled notices has)."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("place_swap", ROOT / "scripts" / "place_swap.py")
ps = importlib.util.module_from_spec(_spec)
sys.modules["place_swap"] = ps
_spec.loader.exec_module(ps)

TEXT = """广河县人民政府办公室关于做好2021年春季农村人居环境整治工作的通知
广政办发〔2021〕12号
各乡镇人民政府，县直各部门：
根据《甘肃省人民政府办公厅关于推进农村人居环境整治的通知》（甘政办发〔2020〕30号）和《国务院办公厅关于改善农村人居环境的指导意见》（国办发〔2019〕5号）精神，结合临夏州和广河实际，现就有关事项通知如下：
一、县农业农村局负责统筹推进全县农村人居环境整治，三甲集镇要率先完成村庄清洁行动。
二、各乡镇人民政府负责本辖区的组织实施，临夏回族自治州生态环境局广河分局负责监督检查。
广河县人民政府办公室
2021年3月15日
"""

GOLD = {
    "doc_id": "s16swap-t1",
    "metadata": {"title": "广河县人民政府办公室关于做好2021年春季农村人居环境整治工作的通知", "notice_title": None,
                 "doc_number": "广政办发〔2021〕12号", "issuers": ["广河县人民政府办公室"], "issue_date": "2021-03-15",
                 "region": "甘肃省临夏回族自治州广河县", "admin_level": "county", "doc_type": "通知", "draft": False},
    "tasks": [{"path": "一", "heading": "县农业农村局负责统筹推进全县农村人居环境整治，三甲集镇要率先完成村庄清洁行动"}],
    "departments": [{"name": "广河县农业农村局", "quote": "县农业农村局"},
                    {"name": "三甲集镇人民政府", "quote": "三甲集镇"},
                    {"name": "临夏回族自治州生态环境局广河分局", "quote": "临夏回族自治州生态环境局广河分局"}],
    "responsibilities": [{"task": "一", "department": "广河县农业农村局", "role": "responsible"}],
    "targets": [],
    "years": [{"quote": "2021年", "start": 2021, "end": 2021}],
    "citations": [{"title": "甘肃省人民政府办公厅关于推进农村人居环境整治的通知", "doc_number": "甘政办发〔2020〕30号"},
                  {"title": "国务院办公厅关于改善农村人居环境的指导意见", "doc_number": "国办发〔2019〕5号"}],
}

OLD_FORMS = ("甘肃", "临夏", "广河", "三甲集")


@pytest.fixture(scope="module")
def g():
    return ps.Gazetteer.load()


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from strings(x)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_swap_is_consistent(g, seed):
    text, gold, info = ps.swap_notice(TEXT, GOLD, g, seed)
    assert info["skipped"] is None
    # every own place is gone from the text and from every gold string
    for old in OLD_FORMS:
        assert old not in text
        assert all(old not in s for s in strings(gold))
    # the new region is a real chain of the same kinds: 省 > 自治州 > 县 (not 自治县)
    region = gold["metadata"]["region"]
    prov = next(p for p in g.province_kind if region.startswith(p))
    assert g.province_kind[prov] == "省" and prov != "甘肃省"
    rest = region[len(prov):]
    pref = next(p for p in g.cur_prefectures[prov] if rest.startswith(p))
    county = rest[len(pref):]
    assert pref.endswith("自治州") and county.endswith("县") and not county.endswith("自治县")
    assert county in g.cur_counties[(prov, pref)]
    town = gold["departments"][1]["name"].removesuffix("人民政府")
    assert town.endswith("镇") and town in g.towns[(prov, pref, county)]
    # the text writes the new places as it wrote the old ones
    stem = ps.AUTONOMOUS.match(pref)["stem"]
    assert f"结合{stem}州和{ps.stem_of(county, 'county')}实际" in text
    assert f"{pref}生态环境局{ps.stem_of(county, 'county')}分局" in text
    # every gold quote and title is still in the text
    flat = re.sub(r"\s", "", text)
    for d in gold["departments"]:
        assert d["quote"] in flat
    for c in gold["citations"]:
        assert c["title"] in flat and c["doc_number"] in flat
    assert gold["metadata"]["title"] in flat and gold["metadata"]["issuers"][0] in flat
    # 文号: the province's 简称 and the county's code character follow; a central code does not
    abbr = g.province_abbr[prov]
    assert gold["citations"][0]["doc_number"] == f"{abbr}政办发〔2020〕30号"
    assert gold["citations"][1]["doc_number"] == "国办发〔2019〕5号"
    assert gold["metadata"]["doc_number"] == f"{county[0]}政办发〔2021〕12号"
    # non-place values are untouched
    assert gold["tasks"][0]["path"] == "一" and gold["metadata"]["issue_date"] == "2021-03-15"


def test_seeded_and_reproducible(g):
    a = ps.swap_notice(TEXT, GOLD, g, 7)
    b = ps.swap_notice(TEXT, GOLD, g, 7)
    assert a[0] == b[0] and a[1] == b[1]
    regions = {ps.swap_notice(TEXT, GOLD, g, s)[1]["metadata"]["region"] for s in range(1, 6)}
    assert len(regions) >= 3


def test_keep_codes(g):
    text, gold, _ = ps.swap_notice(TEXT, GOLD, g, 1, keep_codes=True)
    assert "甘政办发〔2020〕30号" in text and gold["metadata"]["doc_number"] == "广政办发〔2021〕12号"


def test_wrapped_place_name_is_swapped():
    sw = ps.Swap({"济南市": "鹤岗市", "济南": "鹤岗"}, {})
    assert sw("报济\n南市工业和信息化局，济南实际") == "报鹤\n岗市工业和信息化局，鹤岗实际"


def test_central_notice_is_left_alone(g):
    gold = {**GOLD, "metadata": {**GOLD["metadata"], "region": "全国"}}
    text, new, info = ps.swap_notice(TEXT, gold, g, 1)
    assert text == TEXT and new == gold and info["skipped"]


def test_pipeline_reads_the_swapped_notice_alike(g):
    """Regression guard: the pipeline's region, issuers and named organs of the swapped notice are
    the swapped ones of the original (place-invariance on a county of an autonomous prefecture)."""
    from pipeline import process_text

    def view(t):
        r = process_text(t, doc_id="x").model_dump()
        m = r["metadata"]
        return m["region"], m["issuers"], m["doc_number"], sorted(d["name"] for d in r["departments"])

    orig = view(TEXT)
    assert orig[0] == "甘肃省临夏回族自治州广河县"
    for seed in (1, 2, 3):
        text, gold, info = ps.swap_notice(TEXT, GOLD, g, seed)
        sw = ps.Swap(info["pairs"], info["codes"], ps.central_codes())
        want = (sw(orig[0]), [sw(x) for x in orig[1]], sw(orig[2]), sorted(sw(x) for x in orig[3]))
        assert view(text) == want


def test_place_specific_reads_province_wide_rows_and_traditional_script():
    # (s25-swap2) province-wide rows of organ_local_names.tsv (`福建省*`) hold for every place of the province, and a web copy in
    # Traditional script writes the short name so too: the notice's gold depends on its place (left out of the clean
    # comparison), whatever the place it is swapped to
    text = "二、重點任務\n（一）加強監管。（責任單位：市市場監管局、市資源規劃局）\n"
    rows = [r for r in ps.read_tsv("organ_local_names.tsv") if r["place"].endswith("*")]
    assert rows
    r = rows[0]
    place = r["place"].rstrip("*")
    why = ps.place_specific(place + "某某市", "", "（責任單位：" + ps.s2t(r["written"]) + "）")
    assert why == [f"organ_local_names: {r['place']} {r['written']} → {r['full']}"]
    assert ps.place_specific("甘肃省临夏回族自治州", "", text) == []
