"""Page-accurate grounding: the page map follows lines, not paragraphs; every item has its page;
PDF items carry the quote as it stands on the page (scripts/measure_pages.py measures the same
on PDFs made by scripts/make_pdfs.py)."""
import re
import sys
from pathlib import Path

import pytest

from pipeline.document import process_raw
from pipeline.ingest.raw import RawDoc, RawPage
from pipeline.pages import PageText, align
from pipeline.record import FIELDS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
WS = re.compile(r"\s+")


def test_a_paragraph_running_on_to_the_next_page_switches_page_where_the_line_does():
    page1 = "关于做好植树造林工作的通知\n各乡镇人民政府：\n一、明确目标任务。全县今年要完成植树造林任务，其中"
    page2 = "新增造林面积5000亩以上。\n二、加强组织领导。"
    raw = RawDoc("x.pdf", "pdf", [RawPage(1, page1, "pypdfium2", line_breaks="paragraph", continues=True),
                                  RawPage(2, page2, "pypdfium2", line_breaks="paragraph")])
    rec = process_raw(raw, "x", "x.pdf", "0" * 64)
    target = next(t for t in rec.targets if t.value == 5000)
    assert target.page == 2  # the paragraph starts on page 1; the target is on page 2
    assert [p.page for p in rec.page_map] == [1, 2]
    boundary = rec.page_map[1].start
    assert rec.text[boundary:].startswith("新增造林")
    assert rec.page_map[0].start == 0 and rec.page_map[-1].end == len(rec.text)


def test_page_quote_keeps_the_pages_line_breaks_and_spaces():
    clean = "完成粤菜师傅培训1700人次"
    pages = [PageText(1, "二、目标\n完成粤菜师傅培训\n1700 人次，"), PageText(2, "其他")]
    a = align(clean, pages)
    assert a.locate(0, len(clean)) == (1, "完成粤菜师傅培训\n1700 人次")


def test_text_records_have_page_one_and_no_page_quote(corpus_records):
    rec = next(r for k, r in corpus_records.items() if not k.endswith("-pdf"))
    items = [i for f in FIELDS for i in rec[f]]
    assert items and all(i["page"] == 1 and i["page_quote"] is None for i in items)


def test_corpus_pdf_quotes_are_on_their_page_and_found_verbatim(corpus_records):
    from measure_pages import page_texts

    total = on_page = verbatim = 0
    for doc_id, rec in corpus_records.items():
        if not doc_id.endswith("-pdf"):
            continue
        pages = page_texts(ROOT / "corpus" / f"{doc_id[:-4]}.pdf")
        flat = [WS.sub("", p) for p in pages]
        for item in [i for f in FIELDS for i in rec[f]] + list(rec["metadata"]["evidence"].values()):
            total += 1
            on_page += WS.sub("", item["quote"]) in flat[item["page"] - 1]
            verbatim += bool(item["page_quote"]) and item["page_quote"] in pages[item["page"] - 1]
    assert total > 500
    assert on_page / total >= 0.99
    assert verbatim / total >= 0.99


@pytest.mark.parametrize("table", ["tasks", "targets", "departments"])
def test_every_csv_row_has_a_page(corpus_run, table):
    import pandas as pd

    out, _ = corpus_run
    df = pd.read_csv(out / "tables" / f"{table}.csv")
    assert df["page"].notna().all() and (df["page"] >= 1).all()
