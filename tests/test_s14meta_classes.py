"""s14-meta: invariants of the classes fixed this session (issue 11), over the stress set's notices
(tests/test_s14meta_stress.py): every metadata evidence quote is the record text at its span, and the layout's
lines split out of a run-on line are pieces of the text at their offsets."""
import pytest

from pipeline import process_text
from pipeline.layout import find_layout, split_lines

from test_s14meta_stress import CASES


@pytest.mark.parametrize("name,text", [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_evidence_spans(name, text):
    rec = process_text(text, doc_id=name)
    for key, ev in rec.metadata.evidence.items():
        start, end = ev.span
        assert rec.text[start:end] == ev.quote, key


@pytest.mark.parametrize("name,text", [(c[0], c[1]) for c in CASES if c[0].startswith(("one_line", "web_", "breadcrumb"))],
                         ids=[c[0] for c in CASES if c[0].startswith(("one_line", "web_", "breadcrumb"))])
def test_split_lines_are_text_pieces(name, text):
    rec = process_text(text, doc_id=name)
    for ln in split_lines(rec.text):
        assert rec.text[ln.start:ln.end] == ln.text


def test_mid_signature_split_pieces():
    text = ("关于印发《某市促进外贸发展若干措施》的通知 某政办发〔2020〕1号 各区县人民政府： 《某市促进外贸发展若干措施》已经市人民政府同意，"
            "现印发给你们。 湘潭市人民政府办公室 2020年6月10日 某市促进外贸发展若干措施 一、支持企业开拓市场。")
    texts = [ln.text for ln in split_lines(text)]
    assert "湘潭市人民政府办公室" in texts and "2020年6月10日" in texts and "某市促进外贸发展若干措施" in texts


def test_date_in_running_text_is_no_signature():
    # a date run into the sentence after it (no space, no plan title after it) is the text's, not a signature's
    text = "一、工作安排。市教育局2021年3月1日起组织全市中小学开展安全检查，各校要认真配合。二、工作要求。"
    assert [ln.text for ln in split_lines(text)] == [text]


def test_breadcrumb_without_title_is_noise():
    lay = find_layout("首页 > 政策文件 > 规范性文件\n为加强管理，制定本办法。\n第一条　本办法适用于本市。\n")
    assert lay.title is None
