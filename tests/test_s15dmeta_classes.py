"""s15d-meta (issue 12): issuers named of their issue year over the form the notice wrote; the issue year in the
region of a former city of its time. Snippets written for these tests (no dev-corpus text)."""
from pipeline import process_text
from pipeline.extract.metadata import _issue_year, _of_their_time
from pipeline.record import Metadata


def meta(text):
    return process_text(text, doc_id="t").model_dump()["metadata"]


def test_written_short_form_is_renamed_full_form_kept():
    written = {"国家发展计划委员会": "国家计委"}
    assert _of_their_time(["国家发展计划委员会"], written, 1996) == ["国家计划委员会"]
    # signed in full: the name as signed (no written short form recorded)
    assert _of_their_time(["国家发展计划委员会"], {}, 1999) == ["国家发展计划委员会"]
    # no year: nothing changes
    assert _of_their_time(["国家发展计划委员会"], written, None) == ["国家发展计划委员会"]
    # 2018 on: today's names
    assert _of_their_time(["国家广播电视总局"], {"国家广播电视总局": "国家广电总局"}, 2018) == ["国家广播电视总局"]


def test_issue_year_from_date_else_number():
    assert _issue_year(Metadata(issue_date="2004-05-06", doc_number="皖政〔2003〕9号")) == 2004
    assert _issue_year(Metadata(doc_number="巢政〔2007〕33号")) == 2007
    assert _issue_year(Metadata(doc_number="巢政33号")) is None


def test_body_departments_of_their_time_and_issuer_agree():
    text = """国家计委　财政部关于加强农村电网改造资金管理的通知
计基础〔1996〕1502号
各省、自治区、直辖市计委、财政厅（局）：
为管好用好农村电网改造资金，现就有关事项通知如下：
一、国家计委负责审批农村电网改造项目计划，财政部负责资金监督。
二、各地计委会同财政部门做好资金拨付。
国家计委　　财政部
一九九六年十月九日
"""
    got = process_text(text, doc_id="t").model_dump()
    assert got["metadata"]["issuers"] == ["国家计划委员会", "财政部"]
    names = {d["name"] for d in got["departments"]}
    assert "国家发展计划委员会" not in names


def test_signature_of_a_former_prefecture_city_by_number_year():
    md = meta("""巢湖市人民政府办公室关于开展安全生产大检查的通知
巢政办〔2010〕52号
各县、区人民政府，市政府各部门：
为防范重特大事故，现就开展安全生产大检查通知如下：
一、检查范围。
二、工作要求。
巢湖市人民政府办公室
二〇一〇年八月二日
""")
    assert (md["region"], md["admin_level"]) == ("安徽省巢湖市", "prefecture")
    assert md["issuers"] == ["巢湖市人民政府办公室"]
