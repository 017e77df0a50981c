"""Session 16 (helper s16-placenum): a place name that opens with a numeral character (三门峡, 七台河, 四川, 三台县,
两家子镇…) is not a quantity, and does not cut the noun a count names; numbers right before place-like words stay
quantities. Snippets written for this file in the styles of provinces other than the stress set's doc for the same
case (tests/s16placenum_stress.py). Expected items exact: (value, unit, indicator, comparator); spans index the text."""
from __future__ import annotations

from pipeline import process_text
from pipeline.quantity import numeral_place_end, numeral_places


def _targets(text: str) -> list[tuple]:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return [(t["value"], t["unit"], t["indicator"], t["comparator"]) for t in d["targets"]]


def test_forms_come_from_the_gazetteer():
    """The numeral-initial forms are read from regions.tsv and townships.tsv, by kind."""
    forms = {f: k for v in numeral_places().values() for f, k in v}
    assert forms["三门峡"] == "stem" and forms["七台河市"] == "full" and forms["六盘水"] == "stem"
    assert forms["四川"] == "short" and forms["三明"] == "short"
    assert forms["三台"] == "cstem" and forms["三台县"] == "full"
    assert forms["两家子镇"] == "full" and "两家子" not in forms  # (a town's stem alone is no place)
    assert "三个市" not in forms and "十个" not in forms


def test_prefecture_stem_opening_a_list_is_no_count():
    """`支持三门峡、南阳等市…`: 三门峡 is no 3 门 (Henan, a provincial plan)."""
    got = _targets("""河南省有色金属产业高质量发展实施方案
支持三门峡、南阳等市建设有色金属精深加工基地，到2025年，全省铝精深加工率达到70%以上。""")
    assert got == [(70, "%", "铝精深加工率", ">=")]


def test_prefecture_full_name_is_no_count_and_keeps_its_fund():
    """`七台河市…专项资金3000万元`: no 7 台, and the fund is named with its city (a Heilongjiang notice)."""
    got = _targets("""黑龙江省财政厅关于下达资源型城市转型资金的通知
安排七台河市煤炭产业转型发展专项资金3000万元。""")
    assert got == [(30000000, "元", "七台河市煤炭产业转型发展专项资金", "=")]


def test_province_stem_does_not_cut_the_counted_noun():
    """`培育20个以上体现四川文化特色的…`: the count's noun runs on through 四川 (a provincial culture plan)."""
    got = _targets("""四川省文化和旅游厅关于推动旅游演艺高质量发展的意见
到2025年，培育20个以上体现四川文化特色的旅游演艺项目。""")
    assert got == [(20, "个", "体现四川文化特色的旅游演艺项目", ">=")]


def test_town_full_name_is_no_count():
    """`两家子镇`, `五棵树镇`: towns of townships.tsv, no 2 家 or 5 棵 (a Jilin county notice)."""
    got = _targets("""洮南市人民政府关于加快农村冷链物流建设的通知
两家子镇新建冷链仓储设施2处，五棵树镇新建农产品产地仓1个。""")
    assert sorted(got) == [(1, "个", "农产品产地仓", "="), (2, "处", "冷链仓储设施", "=")]


def test_county_stem_in_a_list_of_places_is_no_count():
    """`支持三门、玉环等县`: a county's two-character stem in a list closed by 等县 (a Zhejiang notice)."""
    got = _targets("""台州市海洋经济发展实施方案
支持三门、玉环等县建设渔港经济区3个。""")
    assert got == [(3, "个", "三门、玉环等县建设渔港经济区", "=")]


def test_counts_before_place_like_words_stay():
    """三台以上 (machines), 三个市, 三台县级 (县级 is a word): quantities, as before (a Gansu notice)."""
    got = _targets("""甘肃省卫生健康委关于加强县域急救能力建设的通知
每个县配备三台以上负压救护车，选择三个市开展急救体系建设试点。""")
    assert (3, "台", "负压救护车", ">=") in got and (3, "个", "市", "=") in got
    assert numeral_place_end("三台县级融媒体直播车", 0) == 0
    assert numeral_place_end("万家乡村农户", 0) == 0
    assert numeral_place_end("烘干机三台、植保无人机五台等设备", 3) == 0


def test_list_context_and_short_stems():
    """A two-character stem is a place only in a list closed by a level word, or (for a province or prefecture)
    where its numeral reads as no quantity: 四平特色, not 四平米."""
    assert numeral_place_end("三台、盐亭等县", 0) == 2
    assert numeral_place_end("九台、德惠等地建设", 0) == 2
    assert numeral_place_end("三台等县级设备", 0) == 0
    assert numeral_place_end("四平特色", 0) == 0 and numeral_place_end("四平特色", 0, short=True) == 2
    assert numeral_place_end("四平米", 0, short=True) == 0
    assert numeral_place_end("十三门", 1) == 0  # (inside a numeral run)


def test_town_whose_stem_is_a_numeral_and_a_measure_word_needs_a_place_context():
    """六所镇 (Hainan): its stem is just 6 所, so the town is read only before what follows a place (人民政府, 、);
    `新建六所镇中心学校` stays a count of 6 schools (a county's school plan)."""
    got = _targets("""东方市教育事业发展实施方案
到2025年，全市新建六所镇中心学校，八所镇人民政府新建便民服务中心1个。""")
    assert sorted(got) == [(1, "个", "便民服务中心", "="), (6, "所", "镇中心学校", "=")]
    assert numeral_place_end("八所镇人民政府", 0) == 3 and numeral_place_end("六所镇中心学校", 0) == 0
