"""PDF text layer: fidelity against the text originals, geometry re-joining, hostile files."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_text
from pipeline.errors import IngestError
from pipeline.ingest import read_document
from pipeline.ingest.fidelity import fidelity, squash
from pipeline.ingest.pdf import GARBLED_RATIO, PdfLine, bad_char_ratio, join_lines, strip_bad_chars

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIX = ROOT / "tests" / "fixtures" / "pdf"
PAIRS = sorted(p for p in CORPUS.glob("*.pdf") if p.with_suffix(".txt").exists())


def _clean(path: Path) -> str:
    return normalize_text(read_document(path), path.stem).text


def test_corpus_has_a_pdf_for_every_notice():
    assert len(PAIRS) == len(list(CORPUS.glob("*.txt"))) >= 5


@pytest.mark.parametrize("pdf", PAIRS, ids=lambda p: p.stem)
def test_corpus_pdf_clean_text_matches_the_text_original(pdf):
    from_pdf = _clean(pdf)
    from_txt = _clean(pdf.with_suffix(".txt"))
    assert fidelity(from_txt, from_pdf) >= 0.995
    assert squash(from_pdf) == squash(from_txt)
    assert "(cid:" not in from_pdf and "\ufffd" not in from_pdf


def test_pdf_pages_backends_and_page_map():
    raw = read_document(CORPUS / "zhanjiang-2025-zhiye-nengli.pdf")
    assert raw.format == "pdf" and len(raw.pages) == 4
    assert {p.backend for p in raw.pages} == {"pypdfium2"}
    doc = normalize_text(raw, "x")
    assert [p for p, _, _ in doc.page_map] == [1, 2, 3, 4]
    assert doc.page_map[0][1] == 0 and doc.page_map[-1][2] == len(doc.text)
    # page furniture is gone: no `— 2 —` line, and the paragraph split by page 1/2 is whole
    assert "— 2 —" not in doc.text and "—2—" not in doc.text
    assert "按照人社部和省人社厅的部署，强化与行业部门联动，推行“岗位需求" in doc.text


def test_line_end_punctuation_kept_in_text_layer():
    """LibreOffice hangs line-end ，、： into the margin; the text layer must still carry them."""
    pdf, txt = CORPUS / "zhanjiang-2025-zhiye-nengli.pdf", CORPUS / "zhanjiang-2025-zhiye-nengli.txt"
    a, b = squash(_clean(txt)), squash(_clean(pdf))
    for mark in "，、：；。":
        assert a.count(mark) == b.count(mark), mark


def test_truncated_pdf_is_a_clear_error():
    with pytest.raises(IngestError, match="E004 PDF cannot be opened"):
        read_document(FIX / "truncated.pdf")


def test_encrypted_pdf_is_a_clear_error():
    with pytest.raises(IngestError, match="E005 PDF is encrypted"):
        read_document(FIX / "encrypted.pdf")


def test_pdf_suffix_on_other_bytes_is_an_error(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"<html>not a pdf</html>")
    with pytest.raises(IngestError, match="E004"):
        read_document(path)


def test_garbled_text_layer_never_reaches_clean_text():
    """Fonts without ToUnicode: pdfium reads glyph codes (\\x01\\x04...), pdfminer (cid:NN). Both
    readers are tried; without OCR the noise is refused with a reason, never passed on as text.
    (With the `ocr` extra the pages are recognised instead; see test_ingest_ocr.py.)"""
    from pipeline.ingest.pdf import read_pdf

    with pytest.raises(IngestError, match="E008 PDF file cannot be read .*garbled"):
        read_pdf(FIX / "garbled.pdf", ocr=False)


def test_bad_char_ratio_and_strip():
    assert bad_char_ratio("(cid:12)(cid:13)关于") > GARBLED_RATIO
    assert bad_char_ratio("\x01\x04\x05\x06关于") > 0.5
    assert bad_char_ratio("关于印发\n通知\t") == 0
    assert strip_bad_chars("关(cid:7)于\ufffd印\ue001发") == "关于印发"


def _body(text, x0=80.0, x1=520.0, size=16.0):
    return PdfLine(text, x0, x1, size)


def test_join_lines_rejoins_wrapped_lines_and_keeps_paragraphs():
    lines = [
        _body("一、总体要求", x0=112, x1=210),  # heading: short, indented
        _body("　到2020年，全区建成区域性养老服务中心6个，农村", x0=112, x1=521),
        _body("互助养老设施覆盖率达到70%以上，养老护理员持证上", x1=521),
        _body("岗率达到90%。", x1=200),
        _body("二、重点任务", x0=112, x1=210),
        _body("（一）完善服务网络。各街道要在2019年底前完成", x0=112, x1=521),
        _body("（含社区）服务站点建设。", x1=300),  # starts with a full-width bracket at the margin
    ]
    text, mode, continues = join_lines(lines)
    assert mode == "paragraph" and not continues
    assert text.split("\n") == [
        "一、总体要求",
        "　到2020年，全区建成区域性养老服务中心6个，农村互助养老设施覆盖率达到70%以上，养老护理员持证上岗率达到90%。",
        "二、重点任务",
        "（一）完善服务网络。各街道要在2019年底前完成（含社区）服务站点建设。",
    ]


def test_join_lines_hanging_punctuation_and_indented_next_line():
    lines = [
        _body("各县（区）要建立健全工作机制，明确责任分工", x0=112, x1=521),
        _body("和时间节点，", x1=537),  # ends in punctuation hanging past the margin: wrapped
        _body("落实到人。", x1=160),
        _body("各部门要加强协调配合，形成工作合力，确保按期完", x0=112, x1=521),
        _body("成。", x1=112),
        _body("县民政局负责统筹协调。", x0=112, x1=300),  # indented: a new paragraph
    ]
    text, _, _ = join_lines(lines)
    assert text.split("\n") == [
        "各县（区）要建立健全工作机制，明确责任分工和时间节点，落实到人。",
        "各部门要加强协调配合，形成工作合力，确保按期完成。",
        "县民政局负责统筹协调。",
    ]


def test_join_lines_title_in_display_type_and_page_continuation():
    lines = [
        PdfLine("某自治州人民政府关于加快推进", 150, 445, 22),
        PdfLine("全域旅游发展的实施意见", 170, 425, 22),
        _body("各县市人民政府，州直各部门：", x1=300),
        _body("为深入贯彻落实全域旅游发展部署，推动旅游业由", x0=112, x1=521),
        _body("门票经济向产业经济转变，结合本州实际，现提出如", x1=521),
        _body("下实施意见。一是坚持规划引领，统筹推进景区、", x1=521),
        PdfLine("— 3 —", 470, 520, 14),
    ]
    text, _, continues = join_lines(lines)
    assert text.split("\n")[0] == "某自治州人民政府关于加快推进全域旅游发展的实施意见"
    assert continues  # the last body line runs to the margin without a sentence end


def test_geometry_free_lines_fall_back_to_layout_mode():
    text, mode, _ = join_lines([PdfLine("一行", 0, 0, 0), PdfLine("两行", 0, 0, 0)])
    assert (text, mode) == ("一行\n两行", "layout")


def test_run_gives_same_tasks_years_targets_for_txt_and_pdf(tmp_path):
    from pipeline.runner import RunSettings, run

    stem = "zhanjiang-2025-zhiye-nengli"
    run([CORPUS / f"{stem}.txt", CORPUS / f"{stem}.pdf"], RunSettings(out=tmp_path, progress=False))
    a = json.loads((tmp_path / "records" / f"{stem}.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "records" / f"{stem}-pdf.json").read_text(encoding="utf-8"))
    for field in ("tasks", "targets", "years"):
        # page and page_quote depend on the format (a text has one page and no page quote)
        strip = lambda items: [{k: v for k, v in it.items() if k not in ("span", "page", "page_quote")}  # noqa: E731
                               for it in items]
        assert strip(a[field]) == strip(b[field]), field
    assert b["provenance"]["format"] == "pdf" and b["provenance"]["backends"] == ["pypdfium2"] * 4
