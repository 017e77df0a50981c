"""Scans: a page without a text layer is recognised by OCR (optional `ocr` extra)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "tests" / "fixtures" / "pdf" / "scan.pdf"


def test_scan_without_ocr_is_a_clear_error():
    from pipeline.errors import IngestError
    from pipeline.ingest.pdf import read_pdf

    with pytest.raises(IngestError, match="E007 document has no extractable text"):
        read_pdf(SCAN, ocr=False)


def test_scan_is_read_by_ocr_with_low_character_error_rate():
    pytest.importorskip("rapidocr_onnxruntime")
    from pipeline.clean import normalize_text
    from pipeline.ingest import read_document
    from pipeline.ingest.fidelity import char_error_rate

    raw = read_document(SCAN)
    page = raw.pages[0]
    assert page.backend == "ocr" and page.confidence is not None and page.confidence > 0.9
    original = read_document(ROOT / "corpus" / "zhanjiang-2025-zhiye-nengli.pdf").pages[0].text
    assert char_error_rate(original, page.text) <= 0.03
    text = normalize_text(raw).text
    assert "各县（市、区）人力资源和社会保障局" in text
