"""(session 20) Units added to pipeline/data/target_units.tsv: 吨标准煤 (the longer unit wins over 吨), 幅, 列, 群, 具.
Snippets written for the test in the style of a Ningxia prefecture energy plan and a Hunan city logistics plan."""
from pipeline import process_text

HEAD = "宁夏回族自治区固原市人民政府办公室关于印发固原市节能降耗工作方案的通知\n各县（区）人民政府：\n一、工作目标\n"


def _targets(body: str) -> list[tuple[float, str]]:
    r = process_text(HEAD + body + "\n", doc_id="s20u").model_dump()
    return [(t["value"], t["unit"]) for t in r["targets"]]


def test_tonnes_of_standard_coal_is_one_unit():
    assert _targets("到2025年，全市累计节约能源12万吨标准煤。") == [(120000.0, "吨标准煤")]


def test_measure_words_of_works_colonies_fixtures_trains():
    assert _targets("到2025年，新增蜂群3000群，完成农民画创作200幅，配置冷藏柜50具，力争开行冷链班列不少于20列。") == [
        (3000.0, "群"), (200.0, "幅"), (50.0, "具"), (20.0, "列")]
