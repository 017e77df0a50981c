"""(s23-twins) Ruled tables of short cells, which pdfium returns one row per line, are read by their ruling too.

Fixtures (tests/fixtures/s23pdf/, written for this test in the style of a Jiangxi county office's 2019 quota notice,
exported by scripts/make_pdfs.py, which sets a flattened table back as a ruled Word table):
* quota-table.pdf: a table of towns and numbers. pdfium gives each row as one line starting at the left edge
  (`贡江镇 2 40 100`), so the inner-line test alone never handed the page to pdfplumber and the cells ran together.
* header-at-page-foot.pdf: the same table with its header row alone at the foot of page 1 and its rows on page 2.
Each has its .txt, the text the PDF was made from.
"""
import re
from pathlib import Path

import pytest

from pipeline import process
from pipeline.ingest import read_document
from pipeline.ingest.lines import PdfLine
from pipeline.ingest.pdf_tables import ends_in_row, may_hold_table

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures/s23pdf"
PAGE_NUMBER = re.compile(r"^— \d+ —$")

ROWS = [
    "乡镇 | 中转站（座） | 保洁员（名） | 治理率（%）",
    "贡江镇 | 2 | 40 | 100",
    "银坑镇 | 1 | 30 | 100",
    "岭背镇 | 1 | 25 | 100",
    "罗坳镇 | 2 | 45 | 100",
    "车溪乡 | 2 | 60 | 100",
]


@pytest.mark.parametrize("name", ["quota-table", "header-at-page-foot"])
def test_rows_one_line_each_with_their_cells(name):
    lines = "\n".join(p.text for p in read_document(FIXTURES / f"{name}.pdf").pages).split("\n")
    lines = [ln for ln in lines if not PAGE_NUMBER.match(ln)]  # (the page break between header and rows)
    k = lines.index(ROWS[0])
    assert lines[k:k + len(ROWS)] == ROWS


def _items(record):
    r = record if isinstance(record, dict) else record.model_dump()
    return (
        sorted((t["task"], t["indicator"], t["value"], t["unit"], t["comparator"], t["year_end"]) for t in r["targets"]),
        sorted((x["task"], x["department"], x["role"]) for x in r["responsibilities"]),
        sorted(d["name"] for d in r["departments"]),
    )


@pytest.mark.parametrize("name", ["quota-table", "header-at-page-foot"])
def test_the_twin_reads_as_its_text(name):
    assert _items(process(str(FIXTURES / f"{name}.pdf"))) == _items(process(str(FIXTURES / f"{name}.txt")))


def test_rows_spread_across_the_block_trigger():
    # a Shaanxi township's allocation table as pdfium gives it: each row one line, starting at the left edge
    lines = [PdfLine("按照县上统一部署，现将各村危房改造任务分解如下，请各村抓紧组织实施。", 80, 515, 16)] * 4
    lines += [PdfLine("村名 户数 补助标准 包村干部", 80, 470, 12), PdfLine("王家村 12 1.4 李建军", 80, 470, 12),
              PdfLine("柳树村 9 1.4 张红梅", 80, 470, 12)]
    assert may_hold_table(lines)


def test_justified_running_text_and_a_spaced_signature_do_not_trigger():
    # full-width characters fill a justified line; digits and a spaced-out name fill less than their count
    lines = [PdfLine("各镇（街道）要在2021年6月底前完成摸底排查，建立问题清单和整改台账。", 80, 515, 16)] * 6
    lines += [PdfLine("汉 中 市 住 房 和 城 乡 建 设 局", 330, 500, 16), PdfLine("2021年3月8日", 380, 500, 16)]
    assert not may_hold_table(lines)
    assert not ends_in_row(lines)


def test_a_header_row_alone_at_the_foot_of_a_page():
    lines = [PdfLine("二、任务分解", 80, 180, 16), PdfLine("乡镇 户数 资金（万元） 完成时限", 80, 470, 12),
             PdfLine("— 3 —", 280, 320, 14)]
    assert ends_in_row(lines)


def test_the_pdf_maker_sets_a_flattened_table_as_a_word_table(tmp_path):
    # scripts/make_pdfs.py (the twins' maker): the quota table of the fixture's text becomes a Word table, which the
    # DOCX reader gives back row by row; the navigation bar of a web copy, before the body, stays a line of text
    pytest.importorskip("docx")
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from make_pdfs import build_docx

    from pipeline.ingest.docx import docx_to_text

    text = "首页 | 政务公开 | 政务服务 | 互动交流\n" + (FIXTURES / "quota-table.txt").read_text(encoding="utf-8")
    build_docx(text, tmp_path / "quota.docx")
    lines = docx_to_text((tmp_path / "quota.docx").read_bytes()).split("\n")
    k = lines.index(ROWS[0])
    assert lines[k:k + len(ROWS)] == ROWS
    assert lines.count("首页 | 政务公开 | 政务服务 | 互动交流") == 1
