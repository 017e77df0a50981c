"""Era tables read at the issue date, session 34 (s34-era, issue 12; guide D99, spec 1.1 section 5: organs of their
time at the issue date).

organ_era_names.tsv, organ_local_era_names.tsv and organ_renamed_central.tsv carry an optional reform_date (the
reform plan's approval or the new organ's listing, to the month or the day, from the plan each row cites): a notice
dated before it names the organ of before, one dated on or after it the organ of after, in the reform's own year. A
row without a reform_date, or a notice without an issue date, is read by the year as before.

Snippets written for these tests in the style of central notices of 1998, 2008, 2013 and 2018 and of a Hubei
provincial notice of 2009; not copied from any corpus.
"""
from pipeline.extract.departments import _before_reform, _name_of_its_time, _successor_at
from pipeline.extract.metadata import _of_their_time
from test_s29_articles import _run

PRICES = ("一、各地要加强药品价格监督检查。\n"
          "二、国家计委会同国家药监局、国家环保局制定具体办法。\n")


def test_a_central_notice_before_the_1998_plan_names_the_commission_of_before():
    names, _ = _run(PRICES, "", "central", "1998-02-20")
    assert names["国家计划委员会"] == "国家计委"
    assert names["国家环境保护局"] == "国家环保局"


def test_a_central_notice_after_the_1998_plan_names_the_commission_of_after():
    names, _ = _run(PRICES, "", "central", "1998-04-02")
    assert names["国家发展计划委员会"] == "国家计委"
    assert names["国家环境保护总局"] == "国家环保局"
    assert "国家计划委员会" not in names


def test_the_2013_plan_splits_a_year_of_the_drug_administration():
    text = "一、国家药监局负责药品注册管理。\n二、国家广电总局负责广播电视节目管理。\n"
    before, _ = _run(text, "", "central", "2013-01-15")
    after, _ = _run(text, "", "central", "2013-06-15")
    assert set(before) == {"国家食品药品监督管理局", "国家广播电影电视总局"}
    assert set(after) == {"国家食品药品监督管理总局", "国家新闻出版广电总局"}


def test_the_2018_plan_splits_its_year():
    text = "一、国家药监局负责药品注册管理。\n二、国家广电总局负责广播电视节目管理。\n"
    before, _ = _run(text, "", "central", "2018-02-28")
    after, _ = _run(text, "", "central", "2018-10-12")
    assert set(before) == {"国家食品药品监督管理总局", "国家新闻出版广电总局"}
    assert set(after) == {"国家药品监督管理局", "国家广播电视总局"}


def test_renamed_central_organs_follow_the_2008_plan_within_its_year():
    # 人事部 in a plan's list of partners: of its time before 15 March 2008, the 人力资源和社会保障部 after
    assert _successor_at("人事部", 2008, "2008-01-10") == "人事部"
    assert _successor_at("人事部", 2008, "2008-03-15") == "人力资源和社会保障部"
    assert _successor_at("劳动部", 2008, "2008-09-01") == "人力资源和社会保障部"
    assert _successor_at("劳动部", 1998, "1998-02-01") == "劳动部"
    assert _successor_at("劳动部", 1998, "1998-05-01") == "劳动和社会保障部"
    # no issue date: strictly after the year, as before
    assert _successor_at("人事部", 2008) == "人事部"
    assert _successor_at("人事部", 2009) == "人力资源和社会保障部"


def test_a_date_of_the_reforms_month_without_its_day_is_read_by_the_year():
    assert _before_reform(1998, 1997, "1998-03-10", "1998-03") is False
    assert _before_reform(2008, 2008, "2008-03-15", "2008-03") is True
    assert _before_reform(2001, 2000, "2001-04", "2001-04-20") is False
    assert _before_reform(2001, 2000, "2001-04", "2001-03-31") is True


def test_issuers_are_named_at_the_issue_date():
    written = {"国家发展计划委员会": "国家计委"}
    assert _of_their_time(["国家发展计划委员会"], written, 1998, "1998-01-05") == ["国家计划委员会"]
    assert _of_their_time(["国家发展计划委员会"], written, 1998, "1998-11-05") == ["国家发展计划委员会"]
    assert _of_their_time(["国家发展计划委员会"], written, 1998) == ["国家发展计划委员会"]


def test_a_row_without_a_reform_date_is_read_by_the_year():
    # the provinces' 2009-2010 交通厅 renamings have no one date: a Hubei notice of December 2009 keeps 交通厅
    assert _name_of_its_time("省交通厅", "湖北省交通运输厅", 2009, "2009-12-20") == "湖北省交通厅"
    assert _name_of_its_time("省交通厅", "湖北省交通运输厅", 2010, "2010-01-20") == "湖北省交通运输厅"
