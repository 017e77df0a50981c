"""Plain text in the encodings Chinese offices use, detected without being told."""
import codecs

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import read_document
from pipeline.ingest.text import decode_bytes

# A snippet in the style of a municipal notice (not from the corpus), with traditional-only
# characters avoided so the same text encodes in GB18030, GBK and Big5 alike.
SNIPPET = "各区卫生健康局：\n到2023年底，全市家庭医生签约服务覆盖率达到45%以上。\n（责任单位：市卫生健康委）\n"
BIG5_SNIPPET = "各區衛生健康局：\n到2023年底，全市家庭醫生簽約服務覆蓋率達到45%以上。\n"


@pytest.mark.parametrize(
    "payload, expected_encoding",
    [
        (SNIPPET.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SNIPPET.encode("utf-8"), "utf-8-sig"),
        (SNIPPET.encode("gb18030"), "gb18030"),
        (SNIPPET.encode("gbk"), "gb18030"),
        (SNIPPET.encode("gb2312"), "gb18030"),
        (SNIPPET.encode("utf-16"), "utf-16"),  # with BOM (native order)
        (codecs.BOM_UTF16_BE + SNIPPET.encode("utf-16-be"), "utf-16"),
        (SNIPPET.encode("utf-16-le"), "utf-16-le"),
        (SNIPPET.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "gb2312", "utf16-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_chinese_encodings_decode_to_the_same_text(tmp_path, payload, expected_encoding):
    path = tmp_path / "notice.txt"
    path.write_bytes(payload)
    raw = read_document(path)
    assert raw.encoding == expected_encoding
    assert raw.text == SNIPPET
    assert raw.format == "txt" and raw.pages[0].backend == "text"


def test_big5_is_told_from_gb18030(tmp_path):
    path = tmp_path / "tw.txt"
    path.write_bytes(BIG5_SNIPPET.encode("big5"))
    raw = read_document(path)
    assert raw.encoding == "big5"
    assert raw.text == BIG5_SNIPPET


def test_gb18030_only_characters(tmp_path):
    text = "㐀䶵 少数民族人名用字：𠀀，按2019年标准录入。\n"  # CJK Ext-A/B: GB18030, not GBK
    path = tmp_path / "ext.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read_document(path).text == text


def test_crlf_line_ends_become_newlines(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(SNIPPET.replace("\n", "\r\n").encode("gbk"))
    assert read_document(path).text == SNIPPET


def test_empty_file_is_a_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError, match="E001 file is empty"):
        read_document(path)
    path.write_bytes(b" \n\r\n\t ")
    with pytest.raises(IngestError, match="E001"):
        read_document(path)


def test_binary_file_is_a_clear_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(IngestError, match=r"E00[23].*image\.txt"):
        read_document(path)


def test_unsupported_suffix_is_a_clear_error(tmp_path):
    path = tmp_path / "notice.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not a notice")
    with pytest.raises(IngestError, match=r"E015 file type '.xls' is not supported \(Excel"):
        read_document(path)


def test_decode_bytes_reports_encoding():
    assert decode_bytes("第一条 为规范".encode("gbk")) == ("第一条 为规范", "gb18030")
