"""Session 15, second wave (s15b-era, issue 12): organs and places of their time. Snippets written for these tests in
the style of provinces, levels and eras the opened batches do not show (1984-2020); exact expected items."""
from __future__ import annotations

import pytest

from pipeline.data import load_table
from pipeline.regions import resolve_region
from tests.s15bera_stress import CASES, HEAD, names_of


@pytest.mark.parametrize("case", CASES, ids=[f"c{k:02d}" for k in range(len(CASES))])
def test_stress_set_names_of_their_time(case):
    text, region, level, date, number, expected = case
    assert names_of(text, region, level, date, number) == expected


def test_state_council_organ_of_1995_written_short_is_named_in_full():
    # a 1995 State Council notice: 电力部 is the 电力工业部 of 1993-1998 (not 国家能源局 or today's successor)
    assert names_of(HEAD + "电力部负责农村电网改造的规划。\n", "全国", "central", "1995-03-01", None) == {"电力工业部"}


def test_film_and_broadcasting_administration_by_issue_year():
    # 国家广电总局 is the administration of the document's time: 1998-2012, 2013-2017, 2018 on
    text = HEAD + "国家广电总局负责指导。\n"
    assert names_of(text, "全国", "central", "2008-01-10", None) == {"国家广播电影电视总局"}
    assert names_of(text, "全国", "central", "2014-01-10", None) == {"国家新闻出版广电总局"}
    assert names_of(text, "全国", "central", "2019-01-10", None) == {"国家广播电视总局"}


def test_local_planning_commission_by_year_and_level_of_a_prefecture_sichuan():
    # 州计委 of a Sichuan autonomous prefecture: 计划委员会 to 1999, 发展计划委员会 2000-2003
    text = HEAD + "州计委负责项目审核。\n"
    assert names_of(text, "四川省凉山彝族自治州", "prefecture", "1998-06-01", None) == {"凉山彝族自治州计划委员会"}
    assert names_of(text, "四川省凉山彝族自治州", "prefecture", "2002-06-01", None) == {"凉山彝族自治州发展计划委员会"}


def test_year_from_the_document_number_when_no_date():
    # no date line: the year of the 文号 (甘政发〔2002〕…)
    assert names_of(HEAD + "省计委负责。\n", "甘肃省", "province", None, "甘政发〔2002〕15号") == {"甘肃省发展计划委员会"}


def test_national_planning_commission_not_renamed_twice_by_the_local_rows():
    # the guard row: 国家计委 of 2001 stays 国家发展计划委员会 (the local 计委 row would make it 国家发展发展计划委员会)
    assert names_of(HEAD + "国家计委负责。\n", "全国", "central", "2001-02-01", None) == {"国家发展计划委员会"}


def test_prefecture_level_city_of_its_time_by_issue_year():
    # 巢湖市 was a prefecture-level city 1999-2011, a county-level city of 合肥市 since; 思茅市 2003-2006 (普洱市 since)
    assert resolve_region(["巢湖市人民政府"], year=2005) == ("安徽省巢湖市", "prefecture")
    assert resolve_region(["中共巢湖市委办公室"], year=2010) == ("安徽省巢湖市", "prefecture")
    assert resolve_region(["巢湖市人民政府"], year=2016) == ("安徽省合肥市巢湖市", "county")
    assert resolve_region(["巢湖市人民政府"]) == ("安徽省合肥市巢湖市", "county")  # no year: today's
    assert resolve_region(["思茅市人民政府"], year=2004) == ("云南省思茅市", "prefecture")


def test_former_league_written_short_in_an_issuer():
    assert resolve_region(["呼盟行署"]) == ("内蒙古自治区呼伦贝尔盟", "prefecture")
    assert resolve_region(["中共伊盟委员会"]) == ("内蒙古自治区伊克昭盟", "prefecture")
    assert resolve_region(["哲盟行政公署办公室"]) == ("内蒙古自治区哲里木盟", "prefecture")
    assert resolve_region(["锡盟行署"]) == ("内蒙古自治区锡林郭勒盟", "prefecture")


def test_two_character_former_counties_in_issuers():
    assert resolve_region(["开县人民政府"]) == ("重庆市开县", "county")
    assert resolve_region(["中共蓟县县委"]) == ("天津市蓟县", "county")
    assert resolve_region(["鄞县人民政府办公室"]) == ("浙江省宁波市鄞县", "county")
    assert resolve_region(["梅县教育局"]) == ("广东省梅州市梅县", "county")


def test_two_character_former_county_is_no_place_inside_a_word():
    # 下达县财政局: 达县 is left out of the table (a verb before a level); 华县 is read only as a place before an organ
    names = names_of(HEAD + "资金下达县财政局后拨付，华县公安局配合。\n", "陕西省渭南市", "prefecture", "2010-01-01", None)
    assert names == {"县财政局", "华县公安局"}


def test_current_league_written_short_before_its_organs():
    names = names_of(HEAD + "锡盟行署、阿盟教育局负责。\n", "内蒙古自治区", "province", "2012-05-01", None)
    assert names == {"锡林郭勒盟行政公署", "阿拉善盟教育局"}


def test_era_rows_of_one_written_form_run_from_the_earliest_until():
    # the first row that fits applies: rows of one written form are kept in ascending `until`
    rows = load_table("organ_era_names")
    seen: dict[str, int] = {}
    for r in rows:
        assert r["written"] and r["today"] and r["then"] and r["source"]
        until = int(r["until"])
        assert until >= seen.get(r["written"], 0), r
        seen[r["written"]] = until


def test_aliases_added_for_the_era_have_a_scope_and_a_full_name():
    rows = {(r["alias"], r["scope"]): r["canonical"] for r in load_table("department_aliases")}
    for alias, full in [("化工部", "化学工业部"), ("地矿部", "地质矿产部"), ("国家土地局", "国家土地管理局"),
                        ("国家经委", "国家经济委员会"), ("广电厅", "广播电视厅")]:
        assert full in (rows.get((alias, "central")), rows.get((alias, "local")))


def test_no_era_row_renames_another_organ_ending_alike():
    # rows match by suffix (written and today): every alias of the table, named in any year, keeps a sound name
    # (no 国家发展发展计划委员会 from the local 计委 row, no 食品食品药品监督管理局 from the local 药监局 row)
    import re

    from pipeline.extract.departments import _name_of_its_time

    for r in load_table("department_aliases"):
        for year in (1984, 1990, 1995, 1998, 2001, 2004, 2008, 2012, 2015, 2018, 2022):
            name = _name_of_its_time(r["alias"], r["canonical"], year)
            assert not re.search(r"([\u4e00-\u9fff]{2,})\1", name), (r["alias"], year, name)
