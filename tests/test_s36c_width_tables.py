"""s36c-width (issue 11): a plan's table of main indicators whose web copy types its digits full-width (`２０１５年`,
`≥６０`, a unit `/１０万`, `％`), its cells (row numbers too) parted by runs of spaces. Snippet written for this test (a Guizhou prefecture's 2016 plan for
ecological building), never copied from a dev-corpus notice; expected items written before the run.

The grammar read: the spaced table's header (序号, 指标, 单位 and two year columns) and its rows are found as they are in
the half-width copy (spec §1 compares text after NFKC), so the table is read cell by cell; every quote stays exact into
the record's text, as written (full-width)."""
import unicodedata

from pipeline import process_text

GUIZHOU_PREFECTURE_2016 = """铜仁市人民政府关于印发铜仁市“十三五”生态建设规划的通知

铜府发〔２０１６〕８号

各区（县）人民政府，市政府各部门：
    现将《铜仁市“十三五”生态建设规划》印发给你们，请认真贯彻执行。

铜仁市人民政府
２０１６年５月１０日

铜仁市“十三五”生态建设规划

第一章  发展目标

    到２０２０年，全市生态环境质量保持全省前列。

表１  “十三五”生态建设主要指标

序号  领域  指标  单位  ２０１５年  ２０２０年  属性
１  生态环境  森林覆盖率  ％  ５６．５  ≥６０  约束性
２  生态环境  城市空气质量优良天数比例  ％  ９１．２  ≥９３  约束性
３  民生保障  孕产妇死亡率  /１０万  １８．５  ≤１５  约束性
４  资源利用  单位生产总值能耗降低  ％  —  ≤１５  约束性
５  环境治理  城镇污水处理率  ％  ８２  ９５  预期性

第二章  主要任务

    一、加强森林保护。严格林地用途管制。
"""


def _targets(text):
    rec = process_text(text, doc_id="s36c-width").model_dump()
    for t in rec["targets"]:
        assert rec["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return rec["targets"]


def _key(t):
    return (unicodedata.normalize("NFKC", t["indicator"]), t["value"], t["unit"], t["comparator"], t["year_end"])


def test_full_width_indicator_table_reads_every_row():
    got = sorted(_key(t) for t in _targets(GUIZHOU_PREFECTURE_2016) if t["year_end"] == 2020 and t["unit"] == "%")
    assert got == sorted([
        ("森林覆盖率", 60.0, "%", ">=", 2020),
        ("城市空气质量优良天数比例", 93.0, "%", ">=", 2020),
        ("单位生产总值能耗降低", 15.0, "%", "<=", 2020),
        ("城镇污水处理率", 95.0, "%", "=", 2020),
    ])
    assert ("孕产妇死亡率", 15.0, "/10万", "<=", 2020) in map(_key, _targets(GUIZHOU_PREFECTURE_2016))


def test_full_width_copy_reads_as_the_half_width_one():
    half = unicodedata.normalize("NFKC", GUIZHOU_PREFECTURE_2016).replace("\u3000", "  ")
    wide = _targets(GUIZHOU_PREFECTURE_2016)
    assert sorted(map(_key, wide)) == sorted(map(_key, _targets(half)))
    assert any("６０" in t["quote"] for t in wide)  # (the quote as written)
