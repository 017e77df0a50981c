"""Glyph codes that land in the CJK range read as random Chinese characters: refused, not recorded."""
import random
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import read_document
from pipeline.ingest import pdf as pdf_reader
from pipeline.ingest.hanzi import common_share, implausible_han
from pipeline.ingest.lines import PdfLine

ROOT = Path(__file__).resolve().parent.parent


def random_han(n: int, seed: int = 1) -> str:
    r = random.Random(seed)
    return "".join(chr(r.randint(0x4E00, 0x9FFF)) for _ in range(n))


def test_real_notices_are_common_chinese_random_code_points_are_not():
    for f in sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "dev" / "country" / "raw").glob("*.txt"))[:30]:
        assert not implausible_han(f.read_text(encoding="utf-8")), f
    assert implausible_han(random_han(300))
    assert common_share(random_han(300))[0] < 0.6


def test_bytes_that_decode_as_rare_gb18030_characters_are_refused(tmp_path):
    r = random.Random(3)
    data = bytes(b for _ in range(1500) for b in (r.randint(0x81, 0xA0), r.randint(0x40, 0x7E)))
    data.decode("gb18030")  # valid GB18030: every pair is a (rare) character
    path = tmp_path / "garbage.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError, match="E00[23]"):
        read_document(path)


def test_a_pdf_page_of_random_cjk_glyph_codes_is_dropped(monkeypatch):
    lines = [PdfLine(random_han(30, seed=i), 90.0, 500.0, 16.0) for i in range(20)]
    monkeypatch.setattr(pdf_reader, "_lines_pdfium", lambda textpage, text=None: lines)
    monkeypatch.setattr(pdf_reader._Plumber, "page", lambda self, i: None)
    with pytest.raises(IngestError, match="E008 PDF file cannot be read .*garbled"):
        pdf_reader.read_pdf(ROOT / "corpus" / "zhanjiang-2025-zhiye-nengli.pdf", ocr=False)
