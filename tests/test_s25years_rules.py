"""Session 25 wave 4 (s25-years): a year in Chinese numerals (`二〇一二年`, `二○一五年底前`, `二零二零年`, `二〇一二—二〇一三年`)
is read in Arabic digits by every year and target rule (nlp/simplify.reading_text, same length), while the record quotes
and titles what the notice wrote. Snippets written for these tests in the style of notices of other provinces and eras
than the ones the metamorphic swap showed the class on (none copied from a notice)."""
from __future__ import annotations

from pipeline import process_text
from pipeline.nlp.simplify import reading_text


def test_the_reading_view_writes_chinese_numeral_years_in_digits_and_keeps_dates_and_length():
    cases = {
        "到二○一五年底前，全面完成": "到2015年底前，全面完成",
        "二零二零年全面建成": "2020年全面建成",
        "二〇一二—二〇一三年，每年新建": "2012—2013年，每年新建",
        "一九九八年至二〇〇〇年": "1998年至2000年",
        "印发《青海省二〇〇九年就业工作方案》": "印发《青海省2009年就业工作方案》",
        # a date keeps its numerals (signature, 印发 line, issue date read a date in one script)
        "二〇〇九年四月二十日": "二〇〇九年四月二十日",
        # no year: an ordinal, a count, a year without 年
        "第一九九八号": "第一九九八号",
        "二〇一二": "二〇一二",
    }
    for text, view in cases.items():
        assert reading_text(text) == view and len(reading_text(text)) == len(text)


def _targets(text: str) -> tuple[dict, list[tuple]]:
    rec = process_text(text, doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] == t["quote"]
    return rec, [(t["value"], t["unit"], t["year_start"], t["year_end"], t["quote"]) for t in rec["targets"]]


def test_a_table_whose_year_columns_are_headed_in_chinese_numerals_gives_each_cell_its_column_year():
    # A Yunnan county office's 2012 notice: its attachment's columns `二〇一二年（公里）` / `二〇一三年（公里）` are two years
    # (guide: a year column's cells are that year, Y/Y), as `2012年（公里）` columns are, not the table's period 2012–2013
    rec, got = _targets(
        "镇雄县人民政府办公室关于加快推进农村公路建设的通知\n\n各乡（镇）人民政府：\n"
        "　　现将二〇一二—二〇一三年农村公路建设任务下达给你们，请抓好落实。\n\n镇雄县人民政府办公室\n二〇一二年三月六日\n"
        "附件\n镇雄县二〇一二—二〇一三年农村公路建设任务分解表\n乡（镇）　二〇一二年（公里）　二〇一三年（公里）\n"
        "乌峰镇　12　15\n芒部镇　8　10\n")
    assert got == [(12, "公里", 2012, 2012, "12"), (15, "公里", 2013, 2013, "15"),
                   (8, "公里", 2012, 2012, "8"), (10, "公里", 2013, 2013, "10")]
    assert rec["metadata"]["issue_date"] == "2012-03-06"
    assert "乡（镇） | 二〇一二年（公里） | 二〇一三年（公里）" in rec["text"]  # (the record's text as written)


def test_titles_and_cited_titles_keep_the_years_written_in_chinese_numerals():
    # A Qinghai provincial office's 2009 notice that prints its plan's year in numerals in both titles and cites
    # another plan so: the view reads them as 2009, the record gives them back as written (spec section 3)
    text = ("青海省人民政府办公厅关于印发《青海省二〇〇九年就业工作方案》的通知\n\n各市、州人民政府，省政府各委、办、厅、局：\n"
            "　　根据《国务院二〇〇九年就业工作要点》，现将《青海省二〇〇九年就业工作方案》印发给你们，请认真贯彻执行。\n\n"
            "青海省人民政府办公厅\n二〇〇九年三月十六日\n")
    rec = process_text(text, doc_id="t").model_dump()
    md = rec["metadata"]
    assert md["notice_title"] == "关于印发《青海省二〇〇九年就业工作方案》的通知"
    assert md["title"] == "青海省二〇〇九年就业工作方案"
    assert md["issue_date"] == "2009-03-16"
    assert [(c["title"], c["quote"]) for c in rec["citations"]] == [("国务院二〇〇九年就业工作要点", "《国务院二〇〇九年就业工作要点》")]
    for item in rec["citations"] + rec["years"]:
        a, b = item["span"]
        assert rec["text"][a:b] == item["quote"]
    assert {(y["start"], y["end"]) for y in rec["years"]} == {(2009, 2009)}
