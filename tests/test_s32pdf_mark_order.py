"""(s32-trad) Quotation marks a writer draws in a fallback font after the run they belong to (a 楷体 heading whose font
lacks `“”`): pdfium returns them in drawing order, the line reader puts them back by their x-positions.

The fixture is a notice written for this test in the style of a Guangxi autonomous-region office's 实施意见 (2021),
laid out by scripts/make_pdfs.py (LibreOffice, 楷体 for （一） headings)."""
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.ingest.pdf import _lines_pdfium

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "s32pdf" / "kaiti-quotes.pdf"


def _lines():
    pdf = pdfium.PdfDocument(str(FIXTURE))
    return [ln.text for i in range(len(pdf)) for ln in _lines_pdfium(pdf[i].get_textpage())]


def test_marks_of_a_kaiti_heading_read_in_place():
    lines = _lines()
    assert "（一）推进“一网通办”政务服务。2022年底前，自治区" in lines
    assert "（二）深化“放管服”改革。推行“一件事一次办”，压减办" in lines


def test_lines_without_moved_marks_are_read_as_before():
    lines = _lines()
    assert "桂政办发〔2021〕58 号" in lines  # (a space pdfium set between a digit and 号 stays: no mark moved)
    assert "2021 年 6 月 18 日" in lines
