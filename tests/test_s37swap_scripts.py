"""s37b-swap: two fixes of the metamorphic swap scripts (snippets written for these tests in the styles of a
Yunnan county, a Shaanxi town and a Heilongjiang province, never copied from a notice).

* era_swap: a town's market station whose gold full name is 市场监督管理所 (organ_township_units.tsv: the written
  市场监管所) moves to the 工商所 of the time, as the text's 市场监管所 does, so text and gold stay one name.
* table_swap: a notice whose annotation carries into the next items by any carry the extractor reads
  (`以下均需各县党委和政府落实，不再列出`, not only `下同`) is not rewritten into a table."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import era_swap  # noqa: E402
import table_swap  # noqa: E402


def test_era_market_station_text_and_gold_agree():
    f = era_swap.rename_organs
    assert f("（责任单位：镇市场监管所）", 2003, "l") == "（责任单位：镇工商所）"
    assert f("勐海县勐遮镇市场监督管理所", 2003, "l") == "勐海县勐遮镇工商所"
    assert f("眉县横渠镇市场监督管理所、眉县市场监督管理局", 2005, "l") == "眉县横渠镇工商所、眉县工商行政管理局"
    # a county bureau's branch in a town, written short, and its gold name
    assert f("（配合单位：镇市场监管分局）", 2006, "l") == "（配合单位：镇工商分局）"
    assert f("宜良县市场监督管理局狗街分局", 2006, "l") == "宜良县工商行政管理局狗街分局"


CARRIED = """黑龙江省人民政府办公厅关于印发黑龙江省湿地保护修复工作方案的通知
各市（地）人民政府（行署），省政府各直属单位：
现将《黑龙江省湿地保护修复工作方案》印发给你们，请认真贯彻执行。
一、重点任务
（一）严格湿地用途管控。（责任单位：省林草局、省自然资源厅，各市（地）政府。以下均需各市（地）政府落实，不再列出）
（二）开展退化湿地修复。（责任单位：省林草局、省水利厅）
（三）加强湿地监测评价。（责任单位：省林草局、省生态环境厅）
"""


def test_table_swap_skips_every_carried_note():
    gold = {"tasks": [], "responsibilities": []}
    text, g, info = table_swap.table_swap_notice(CARRIED, gold, 1)
    assert info["skipped"] == "a carried or first-leads note"
    assert text == CARRIED


def test_place_swap_doc_number_with_the_place_in_full():
    """A 文号 that writes its place's name in full before the year (a 政府令) is renamed as a place, not by its code
    character (a Guangxi prefecture swapped for a Hunan one)."""
    import place_swap
    sw = place_swap.Swap({"百色市": "怀化市", "百色": "怀化", "广西壮族自治区": "湖南省"}, {"百": "怀", "桂": "湘"})
    assert sw("百色市人民政府令〔2015〕第3号") == "怀化市人民政府令〔2015〕第3号"
    assert sw("百政发〔2015〕21号") == "怀政发〔2015〕21号"
    assert sw("桂政办发〔2016〕8号") == "湘政办发〔2016〕8号"
