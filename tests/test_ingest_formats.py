"""DOCX, HTML and OFD readers, from committed fixtures made with real tools."""
from pathlib import Path

import pytest

from pipeline.clean import normalize_text
from pipeline.errors import IngestError
from pipeline.ingest import read_document
from pipeline.layout import find_layout

FIX = Path(__file__).resolve().parent / "fixtures"
PUBLIC_HTML = Path(__file__).resolve().parents[2] / "shared" / "public-corpus" / "files"


def _clean(path):
    return normalize_text(read_document(path)).text


def test_docx_paragraphs_and_table_in_reading_order():
    raw = read_document(FIX / "docx" / "notice.docx")
    assert raw.format == "docx" and raw.pages[0].line_breaks == "paragraph"
    lines = _clean(FIX / "docx" / "notice.docx").split("\n")
    assert lines[:3] == ["某县人民政府办公室", "关于印发《某县2019年居家和社区养老服务改革试点工作方案》的通知", "某府办发〔2019〕27号"]
    table_at = lines.index("序号 | 工作任务 | 责任单位 | 完成时限")
    assert lines[table_at - 1] == "附表：重点任务分工"
    assert lines[table_at + 1] == "1 | 新建城市社区日间照料中心8个 | 县民政局 | 2019年10月底"
    assert lines[table_at + 3] == "三、保障措施"  # the paragraph after the table follows it
    assert "— 1 —" not in "\n".join(lines)  # footers are furniture, not read


def test_docx_fidelity_against_its_source_text():
    from pipeline.ingest.fidelity import squash

    src = (FIX / "notices-src" / "sichuan-county-2019-yanglao.txt").read_text(encoding="utf-8")
    text = _clean(FIX / "docx" / "notice.docx")
    table = "附表：重点任务分工序号|工作任务|责任单位|完成时限1|新建城市社区日间照料中心8个|县民政局|2019年10月底2|培训养老护理员200人次|县人力资源社会保障局|2019年12月底"
    assert squash(text).replace(table, "") == squash(src)


def test_broken_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError, match="E008 DOCX file cannot be read"):
        read_document(path)


def test_html_main_content_only():
    raw = read_document(FIX / "html" / "county-gov-notice.html")  # a GB2312 page
    assert raw.format == "html"
    text = normalize_text(raw).text
    lines = text.split("\n")
    assert "某府办函〔2021〕15号" in lines
    assert "2021年底前，全县农村自来水普及率达到88%以上，规模化供水工程覆盖农村人口比例达到55%以上，完成12处千人以上供水工程水质化验室建设。" in lines
    assert "1 | 城北水厂管网延伸工程 | 县水利局" in lines
    assert lines[-2:] == ["某县人民政府办公室", "2021年3月10日"]
    for nav in ("政务公开", "办事服务", "热点专题", "网站地图", "备案号", "相关文件", "某县水利局2021年工作要点", "微博"):
        assert nav not in text, nav
    assert "**" not in text and "](" not in text


@pytest.mark.skipif(not PUBLIC_HTML.is_dir(), reason="shared public corpus not present")
def test_html_pages_saved_from_a_government_site():
    pages = sorted(PUBLIC_HTML.glob("*.html"))
    assert pages
    for page in pages:
        text = _clean(page)
        doc_number = find_layout(text).doc_number  # the page's metadata block and headline come first
        assert doc_number is not None and "〔20" in doc_number.text, page.name
        assert "· 市" not in text, page.name  # the site's list of departments is navigation
        assert "(cid:" not in text and "\ufffd" not in text


def test_ofd_text_objects_in_reading_order():
    raw = read_document(FIX / "ofd" / "notice.ofd")
    assert raw.format == "ofd" and raw.pages[0].backend == "ofd-xml"
    assert _clean(FIX / "ofd" / "notice.ofd").split("\n") == [
        "某县2019年居家和社区养老服务改革试点工作方案",
        "各乡镇人民政府，县级各部门：",
        "为加快发展居家和社区养老服务，满足老年人多层次、多样化的养老服务需求，根据省民政厅、省财政厅有关要求，结合我县实际，制定本方案。",
        "一、工作目标",
    ]


def test_ofd_that_is_not_a_zip_is_a_clear_error(tmp_path):
    path = tmp_path / "x.ofd"
    path.write_bytes(b"not an ofd")
    with pytest.raises(IngestError, match="E008 OFD file cannot be read"):
        read_document(path)


def test_readers_are_imported_lazily():
    import subprocess
    import sys

    code = "import sys, pipeline.ingest; print(any(m in sys.modules for m in ('pypdfium2', 'pdfplumber', 'trafilatura', 'rapidocr_onnxruntime')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
