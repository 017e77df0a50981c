"""Property tests (Hypothesis): the text extractors take any input without an exception and give
valid spans; the decoder turns any bytes into text or one coded IngestError; the page map covers
the text. A longer campaign: HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py."""
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.document import process_text
from pipeline.errors import IngestError
from pipeline.ingest.decode import decode
from pipeline.record import FIELDS

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Pieces of official documents, so random text reaches the extractors' deeper paths.
PIECES = ["关于", "印发", "的通知", "各区人民政府", "市直各单位", "：", "。", "，", "、", "；", "\n", "一、", "（一）",
          "1.", "（1）", "第一条", "到2025年", "2021—2025年", "达到", "以上", "万人次", "%", "亩", "不低于",
          "牵头单位：", "责任单位：", "市人力资源社会保障局", "市财政局", "各县（市、区）", "配合", "《", "》",
          "粤府办〔2024〕3号", "2024年3月5日", "附件", "  ", "\t", "\u3000", "\u2028", "5000", "1.5", "亿元",
          "广东省", "湛江市", "人民政府办公室", "（此件公开发布）", "#", "**", "—", "-", "=", "\ufeff"]

official = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)
anything = st.one_of(official, st.text(max_size=300))


def _check(record) -> None:
    text = record.text
    items = [i for f in FIELDS for i in getattr(record, f)] + list(record.metadata.evidence.values())
    for item in items:
        start, end = item.span
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == item.quote
        assert item.page is None or item.page >= 1
    if record.page_map:
        assert record.page_map[0].start == 0 and record.page_map[-1].end == len(text)
        for a, b in zip(record.page_map, record.page_map[1:]):
            assert a.end == b.start


@given(anything)
def test_any_text_gives_a_valid_record(text):
    _check(process_text(text))


@given(official, st.sampled_from([None, "广东省", "湛江市", "全国"]),
       st.sampled_from([None, "central", "province", "prefecture", "county", "township"]))
def test_region_hints_never_break_extraction(text, region, level):
    _check(process_text(text, region=region, admin_level=level))


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_fail_with_a_code(data):
    try:
        decoded = decode(data)
    except IngestError as exc:
        assert exc.code in {"E002", "E003"}
        return
    assert isinstance(decoded.text, str)
    assert all(w[:4] in {"W001", "W002"} for w in decoded.warnings)


@given(official)
def test_text_in_any_encoding_decodes_back(text):
    # Without a BOM, a text holding NUL characters is ambiguous with UTF-16/32 ("000\x00" is also
    # U+3030 U+0030 in UTF-16-LE): such input is not expected to round-trip.
    text = text.replace("\ufeff", "").replace("\x00", "")
    for enc in ("utf-8", "utf-16", "utf-32", "gb18030"):
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            continue
        if not data.strip() or not text.strip():
            continue
        try:
            decoded = decode(data)
        except IngestError:
            continue  # short strings of symbols may not look like text; never another exception
        if enc in ("utf-16", "utf-32", "utf-8"):
            assert decoded.text == text or decoded.warnings


@pytest.mark.parametrize("admin_level", ["city", "省", ""])
def test_unknown_admin_level_is_refused(admin_level):
    with pytest.raises(ValueError):
        process_text("通知", admin_level=admin_level)
