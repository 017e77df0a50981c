"""A Traditional copy of a notice reads as its Simplified original: same record except the quotes
(which stay the record's own words), every span into the Traditional text."""
from pathlib import Path

import pytest

from pipeline.document import process_text
from pipeline.nlp.simplify import simplified_view

# Written for this test in the style of a provincial joint notice (not from any corpus).
NOTICE = """甘肃省人力资源和社会保障厅 甘肃省财政厅
关于印发甘肃省推行终身职业技能培训制度实施办法的通知
甘人社发〔2021〕9号

各市州人力资源社会保障局、财政局，省直有关部门：
现将《甘肃省推行终身职业技能培训制度实施办法》印发给你们，请结合实际认真贯彻落实。

甘肃省人力资源和社会保障厅      甘肃省财政厅
2021年3月26日

甘肃省推行终身职业技能培训制度实施办法

为贯彻落实《国务院关于推行终身职业技能培训制度的意见》（国发〔2018〕11号），制定本办法。
一、目标任务
到2025年，全省每年开展补贴性职业技能培训30万人次以上，培训后取得证书人数不低于60%。
二、主要措施
（一）完善培训体系。各市州要依托“陇原工匠”培养计划，建立覆盖城乡的培训网络。（牵头单位：省人力资源社会保障厅；配合单位：省教育厅、省财政厅）
（二）落实补贴政策。按规定落实职业培训补贴和生活费补贴，2021—2025年逐年提高补贴标准。（责任单位：省财政厅、省人力资源社会保障厅）
三、组织实施
各市州人力资源社会保障局要会同财政局制定具体措施，于每年12月底前报送工作进展情况。
"""


def _opencc(config: str, text: str) -> str:
    from opencc_purepy import OpenCC

    return OpenCC(config).convert(text)


def _without_quotes(o):
    if isinstance(o, dict):
        return {k: _without_quotes(v) for k, v in o.items() if k not in ("quote", "page_quote", "text", "provenance")}
    if isinstance(o, list):
        return [_without_quotes(x) for x in o]
    return o


@pytest.mark.parametrize("config", ["s2t", "s2hk", "s2tw"])
def test_traditional_copy_gives_the_simplified_record(config):
    simple = process_text(NOTICE, doc_id="n").model_dump()
    traditional = _opencc(config, NOTICE).replace("“", "「").replace("”", "」")  # typeset in HK/TW
    assert traditional != NOTICE
    rec = process_text(traditional, doc_id="n").model_dump()
    assert _without_quotes(rec) == _without_quotes(simple)
    assert rec["metadata"]["doc_number"] == "甘人社发〔2021〕9号"
    assert rec["metadata"]["issuers"] == ["甘肃省人力资源和社会保障厅", "甘肃省财政厅"]
    assert rec["metadata"]["region"] == "甘肃省"
    assert rec["metadata"]["doc_type"] == "实施办法"  # genre_words.tsv, guide M16: 实施办法 kept whole
    assert rec["metadata"]["title"] == "甘肃省推行终身职业技能培训制度实施办法"
    assert [t["heading"] for t in rec["tasks"]][:2] == ["目标任务", "主要措施"]
    assert rec["targets"] and rec["years"] and rec["citations"]
    for field in ("tasks", "departments", "responsibilities", "targets", "years", "citations"):
        for item in rec[field]:
            start, end = item["span"]
            assert rec["text"][start:end] == item["quote"]
    assert rec["text"] == traditional.strip() or traditional.startswith(rec["text"][:20])
    assert any("職業" in t["quote"] for t in rec["tasks"] + rec["targets"])


def test_simplified_view_keeps_every_offset():
    text = "關於「陇原工匠」培養計劃的通知\n第一條 為規範管理，制定本辦法。\n"
    view = simplified_view(text)
    assert view == "关于“陇原工匠”培养计划的通知\n第一条 为规范管理，制定本办法。\n"
    assert len(view) == len(text)
    assert simplified_view(NOTICE) is None  # Simplified text is read as it is


CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_hong_kong_copies_of_the_corpus_read_alike(path):
    # An invariance over whole notices: an s2hk copy (HK variants such as 衞) gives the same record.
    text = path.read_text(encoding="utf-8")
    simple = _without_quotes(process_text(text, doc_id="c").model_dump())
    assert _without_quotes(process_text(_opencc("s2hk", text), doc_id="c").model_dump()) == simple


def test_traditional_table_numbers_and_headers():
    # 序號 is the table's 序号 header: its bare row numbers are rows, not page numbers.
    from pipeline.clean import normalize_text
    from pipeline.ingest.raw import RawDoc, RawPage

    pages = [RawPage(1, "附件\n重點任務分工表\n序號\n重點任務\n責任單位\n1\n建設實訓基地\n省人力資源社會保障廳\n— 1 —", "text"),
             RawPage(2, "2\n落實培訓補貼\n省財政廳\n— 2 —", "text"),
             RawPage(3, "3\n開展技能競賽\n省總工會\n— 3 —", "text")]
    text = normalize_text(RawDoc(path="x.pdf", format="pdf", pages=pages)).text
    assert text.split("\n")[5:] == ["1", "建設實訓基地", "省人力資源社會保障廳", "2", "落實培訓補貼", "省財政廳",
                                   "3", "開展技能競賽", "省總工會"]


# (s32-trad) Written for this test in the style of a Fujian prefecture's task-division table, gaps of full-width
# spaces between cells (as a web page's table is copied to text), then converted to Traditional.
SPACED_TABLE = """泉州市人民政府办公室关于印发泉州市城乡供水一体化三年行动方案的通知
泉政办〔2020〕14号
各县（市、区）人民政府，市直有关单位：
现将《泉州市城乡供水一体化三年行动方案》印发给你们，请认真组织实施。
泉州市人民政府办公室
2020年4月9日
一、工作目标
到2022年，全市农村自来水普及率达到99%。
附件
重点任务分工表
序号　重点任务　牵头单位　配合单位　完成时限
1　新建改造农村供水管网800公里　市水利局　市财政局、各县（市、区）人民政府　2022年底前
2　农村集中供水工程水质达标率达到95%以上　市卫健委　市水利局　2021年底前
"""


@pytest.mark.parametrize("config", ["s2t", "s2hk", "s2tw"])
def test_traditional_spaced_table_keeps_its_cells(config):
    # The header's cells are read in Simplified (序號　重點任務　牽頭單位 is 序号…牵头单位): the rows keep their borders, so
    # a row's amount does not run into its organ cell (`800公里　市水利局`).
    simple = process_text(SPACED_TABLE, doc_id="q").model_dump()
    rec = process_text(_opencc(config, SPACED_TABLE), doc_id="q").model_dump()
    assert _without_quotes(rec) == _without_quotes(simple)
    assert [(t["indicator"], t["value"], t["unit"]) for t in simple["targets"]] == [
        ("农村自来水普及率", 99.0, "%"), ("农村供水管网", 800.0, "公里"), ("农村集中供水工程水质达标率", 95.0, "%")]
    assert [t["quote"] for t in rec["targets"]][1:] == [
        _opencc(config, "新建改造农村供水管网800公里"), _opencc(config, "农村集中供水工程水质达标率达到95%以上")]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_taiwan_variants_and_kept_names_in_the_simplified_view(config):
    # (s32-trad) Written for this test in the style of a Zhejiang county's building rules (2016): s2tw writes 檐 as 簷,
    # which hk2s keeps; 昇 of a product name is a standard character (通用规范汉字表 2013) that t2s would fold into 升.
    text = ("德清县农村住房建设管理办法\n第八条 新建农房层数不超过三层，檐口高度不超过10.5米。\n"
            "第九条 鼓励采用“昇腾”等自主可控平台，提升农房审批信息化水平，推动管理升级。\n")
    view = simplified_view(_opencc(config, text))
    assert view == text


def test_simplified_text_with_kept_characters_is_not_traditional():
    assert simplified_view("华为昇腾人工智能创新中心服务办法\n檐口高度不超过9米。\n") is None
