"""s15-meta: invariants and unit cases of the classes fixed this session (issue 11), over the stress set's notices
(tests/test_s15meta_stress.py): every metadata evidence quote is the record text at its span; lines split out of a
record row or a title with a validity mark are pieces of the text at their offsets; the region and title helpers on
snippets written for these tests."""
import pytest

from pipeline import process_text
from pipeline.extract.metadata import _forwarded_title, _full_name, _handed_on_genre, _number_glued_to_note
from pipeline.layout import split_lines
from pipeline.patterns import own_doc_number
from pipeline.regions import resolve_region

from test_s15meta_stress import CASES


@pytest.mark.parametrize("name,text", [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_evidence_spans(name, text):
    rec = process_text(text, doc_id=name)
    for key, ev in rec.metadata.evidence.items():
        start, end = ev.span
        assert rec.text[start:end] == ev.quote, key


@pytest.mark.parametrize("name,text", [(c[0], c[1]) for c in CASES if c[0].startswith(("banbu", "status", "pkulaw"))],
                         ids=[c[0] for c in CASES if c[0].startswith(("banbu", "status", "pkulaw"))])
def test_split_lines_are_text_pieces(name, text):
    rec = process_text(text, doc_id=name)
    for ln in split_lines(rec.text):
        assert rec.text[ln.start:ln.end] == ln.text


def test_record_row_split_into_fields():
    text = "颁布单位：漯河市人民政府　　文号：漯政[2003]9号　　颁布日期：2003-04-02　　实施日期：2003-04-02"
    assert [ln.text for ln in split_lines(text)] == ["颁布单位：漯河市人民政府", "文号：漯政[2003]9号", "颁布日期：2003-04-02",
                                                     "实施日期：2003-04-02"]
    # a web line whose second part is no label stays whole
    line = "发布日期：2005-08-12　　点击次数：1021"
    assert [ln.text for ln in split_lines(line)] == [line]


def test_title_then_status_mark():
    lines = split_lines("漯河市人民政府关于加强城市供水管理的通知 [现行有效]\n漯政〔2003〕9号")
    assert [ln.text for ln in lines][:2] == ["漯河市人民政府关于加强城市供水管理的通知", "[现行有效]"]
    # a period in brackets is the title's
    assert split_lines("漯河市城市总体规划（2003—2020年）")[0].text == "漯河市城市总体规划（2003—2020年）"


@pytest.mark.parametrize("named,own,want", [
    # the notice title writes the forwarded 通知's `的通知` once
    ("省民政厅关于做好冬春救助工作", "", "关于做好冬春救助工作的通知"),
    ("省政府办公厅关于做好冬春救助工作", "现将《某省人民政府办公厅关于做好冬春救助工作的通知》转发给你们", "关于做好冬春救助工作的通知"),
    ("省政府办公厅关于做好冬春救助工作", "现将《省政府办公厅关于做好冬春救助工作的通知》转发给你们", "省政府办公厅关于做好冬春救助工作的通知"),
    # a forwarded 意见 is read as before
    ("省民政厅关于做好冬春救助工作意见", "省民政厅《关于做好冬春救助工作的意见》已经省政府同意", "关于做好冬春救助工作的意见"),
])
def test_forwarded_title(named, own, want):
    assert _forwarded_title(named, own) == want


@pytest.mark.parametrize("issuer,want", [
    ("大同市矿区人民政府", ("山西省大同市矿区", "county")),
    ("中共长治市郊区委员会", ("山西省长治市郊区", "county")),
    ("佳木斯市郊区人民政府办公室", ("黑龙江省佳木斯市郊区", "county")),
    ("郊区人民政府", (None, None)),  # a two-character district only after its city
    ("广州市东山区人民政府", ("广东省广州市东山区", "county")),  # 东山区 of 鹤岗 is another city's
    ("鹤岗市东山区人民政府", ("黑龙江省鹤岗市东山区", "county")),
    ("国务院台湾事务办公室", ("全国", "central")),
    ("国务院侨务办公室", ("全国", "central")),
    ("共青团中央", ("全国", "central")),
    ("中国轻工总会", ("全国", "central")),
    ("中国物资储备局", ("全国", "central")),
    ("中国石油天然气集团公司", (None, None)),  # an enterprise names no jurisdiction
])
def test_region_of_issuer(issuer, want):
    assert resolve_region([issuer]) == want


@pytest.mark.parametrize("issuer,want", [
    ("伊犁哈萨克自治州塔城地区行署", "伊犁哈萨克自治州塔城地区行政公署"),
    ("阿里地区行署办公室", "阿里地区行政公署办公室"),
    ("兴安盟行署办", "兴安盟行政公署办公室"),
    ("阿里地区行政公署", "阿里地区行政公署"),
])
def test_prefecture_agency_full_name(issuer, want):
    assert _full_name(issuer) == want


@pytest.mark.parametrize("line,want", [
    ("（1996年5月6日煤炭工业部煤安字〔1996〕158号发布）", "煤安字〔1996〕158号"),
    ("（2005年9月2日某省人民政府办公厅某政办发〔2005〕87号印发）", "某政办发〔2005〕87号"),
    ("（2007年3月5日国家税务总局国税发〔2007〕29号发布）", "国税发〔2007〕29号"),
    ("劳部发〔1995〕110号", "劳部发〔1995〕110号"),  # a number alone keeps its code
])
def test_number_glued_to_organ_in_note(line, want):
    m = own_doc_number(line)
    assert m.group("num")[_number_glued_to_note(line, m):].replace(" ", "") == want


def test_handed_on_genre():
    assert _handed_on_genre("各盟市：\n我厅制定了《内蒙古自治区草原生态补助资金管理实施细则》，现印发给你们，请遵照执行。") == "实施细则"
    assert _handed_on_genre("根据《某法》和《某条例》，现就有关事项通知如下：") is None
