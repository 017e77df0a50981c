"""The organ tables as knowledge of the whole state (spec 1.1 section 5): central organs of the 2018
and 2023 structures with their short forms, organs of earlier structures named as they were
(1998, 2003, 2008, 2013), and the standard local organ sets, read through the public
`make_nlp(region=..., admin_level=...)` and `process_file`. Snippets are written for these tests,
in the style of notices of other provinces and eras; none is taken from a corpus notice."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline import make_nlp
from pipeline.data import load_table
from pipeline.document import process_file


def organs(region: str, level: str, text: str) -> dict[str, str]:
    """written form -> canonical name of every organ in a one-line snippet."""
    doc = make_nlp(region=region, admin_level=level)(text)
    return {e.text: e._.canonical for e in doc.ents}


# ------------------------------------------------------------ earlier structures, local

def test_2012_hunan_county_notice_names_the_bureaus_of_the_time():
    got = organs("湖南省湘潭市湘潭县", "county",
                 "县工商局、县质监局、县食药监局、县安监局、县法制办、县劳动保障局、县国土资源局、县卫生局、县人事局按职责分工负责。")
    assert got == {
        "县工商局": "湘潭县工商行政管理局",
        "县质监局": "湘潭县质量技术监督局",
        "县食药监局": "湘潭县食品药品监督管理局",
        "县安监局": "湘潭县安全生产监督管理局",
        "县法制办": "湘潭县人民政府法制办公室",
        "县劳动保障局": "湘潭县劳动和社会保障局",
        "县国土资源局": "湘潭县国土资源局",
        "县卫生局": "湘潭县卫生局",
        "县人事局": "湘潭县人事局",
    }


def test_2012_county_level_city_uses_shi_and_keeps_old_names():
    got = organs("湖南省湘潭市湘乡市", "county",
                 "由市经贸委牵头，市编办、市环保局、市规划局、市建委、市文广新局、市物价局、市扶贫办、市卫计委配合。")
    assert got == {
        "市经贸委": "湘乡市经济贸易委员会",
        "市编办": "中共湘乡市委机构编制委员会办公室",
        "市环保局": "湘乡市环境保护局",
        "市规划局": "湘乡市规划局",
        "市建委": "湘乡市建设委员会",
        "市文广新局": "湘乡市文化广电新闻出版局",
        "市物价局": "湘乡市物价局",
        "市扶贫办": "湘乡市扶贫办",  # (S24 D50: several full names, kept as written)
        "市卫计委": "湘乡市卫生和计划生育委员会",
    }


def test_2010_guangzhou_notice_government_offices_of_the_time():
    got = organs("广东省广州市", "prefecture",
                 "市政府法制办、市国土房管局、市金融办、市外侨办、市人口计生委、市食品药品监管局、市国税局、市地税局负责。")
    assert got == {
        "市政府法制办": "广州市人民政府法制办公室",
        "市国土房管局": "广州市国土资源和房屋管理局",
        "市金融办": "广州市金融办",  # (S24 D50)
        "市外侨办": "广州市人民政府外事侨务办公室",
        "市人口计生委": "广州市人口和计划生育委员会",
        "市食品药品监管局": "广州市食品药品监督管理局",
        "市国税局": "广州市国家税务局",
        "市地税局": "广州市地方税务局",
    }


def test_2016_zhejiang_provincial_notice_with_its_own_short_forms():
    got = organs("浙江省", "province",
                 "省人力社保厅、省工商局、省质监局、省安监局、省国土资源厅、省环保厅、省卫计委、省法制办、省经信委按职责分工负责。")
    assert got == {
        "省人力社保厅": "浙江省人力资源和社会保障厅",
        "省工商局": "浙江省工商行政管理局",
        "省质监局": "浙江省质量技术监督局",
        "省安监局": "浙江省安全生产监督管理局",
        "省国土资源厅": "浙江省国土资源厅",
        "省环保厅": "浙江省环境保护厅",
        "省卫计委": "浙江省卫生和计划生育委员会",
        "省法制办": "浙江省人民政府法制办公室",
        "省经信委": "浙江省经济和信息化委员会",
    }


def test_a_grain_bureau_of_2012_is_not_renamed_to_its_successor():
    assert organs("河南省", "province", "省粮食局负责。") == {"省粮食局": "河南省粮食局"}
    assert organs("河南省", "province", "省粮食和物资储备局负责。") == {"省粮食和物资储备局": "河南省粮食和物资储备局"}


# ------------------------------------------------------------ earlier structures, central

def test_2009_central_notice_ministries_of_the_time():
    got = organs("全国", "central", "卫生部、建设部、环保总局、工商总局、质检总局、安监总局、法制办、银监会、保监会、电监会按职责分工负责。")
    assert got == {
        "卫生部": "卫生部",
        "建设部": "建设部",
        "环保总局": "国家环境保护总局",
        "工商总局": "国家工商行政管理总局",
        "质检总局": "国家质量监督检验检疫总局",
        "安监总局": "国家安全生产监督管理总局",
        "法制办": "国务院法制办公室",
        "银监会": "中国银行业监督管理委员会",
        "保监会": "中国保险监督管理委员会",
        "电监会": "国家电力监管委员会",
    }


def test_2001_central_notice_commissions_of_the_1998_structure():
    got = organs("全国", "central",
                 "国家计委、国家经贸委会同劳动保障部、人事部、信息产业部、铁道部、交通部、国土资源部、外经贸部、国务院体改办研究。")
    assert got == {
        "国家计委": "国家发展计划委员会",
        "国家经贸委": "国家经济贸易委员会",
        "劳动保障部": "劳动和社会保障部",
        "人事部": "人事部",
        "信息产业部": "信息产业部",
        "铁道部": "铁道部",
        "交通部": "交通部",
        "国土资源部": "国土资源部",
        "外经贸部": "对外贸易经济合作部",
        "国务院体改办": "国务院经济体制改革办公室",
    }


def test_2015_central_notice_of_the_2013_structure():
    got = organs("全国", "central",
                 "国家卫生计生委、食药监总局、新闻出版广电总局、国家林业局、国家旅游局、国家海洋局、环境保护部、环保部、"
                 "国务院扶贫办、国家测绘地理信息局负责。")
    assert got == {
        "国家卫生计生委": "国家卫生和计划生育委员会",
        "食药监总局": "国家食品药品监督管理总局",
        "新闻出版广电总局": "国家新闻出版广电总局",
        "国家林业局": "国家林业局",
        "国家旅游局": "国家旅游局",
        "国家海洋局": "国家海洋局",
        "环境保护部": "环境保护部",
        "环保部": "环境保护部",
        "国务院扶贫办": "国务院扶贫开发领导小组办公室",
        "国家测绘地理信息局": "国家测绘地理信息局",
    }


# ------------------------------------------------------------ central organs of 2018 and 2023

def test_2023_central_notice_short_forms_map_to_national_organs():
    got = organs("全国", "central",
                 "应急部、网信办、国家网信办、标准委、版权局、统计局、海洋局、证监会、银保监会、金融监管总局、民航局、"
                 "铁路局、邮政局、药监局、知识产权局、移民局、林草局、医保局、疾控局、数据局、信访局负责。")
    assert got == {
        "应急部": "应急管理部",
        "网信办": "国家互联网信息办公室",
        "国家网信办": "国家互联网信息办公室",
        "标准委": "国家标准化管理委员会",
        "版权局": "国家版权局",
        "统计局": "国家统计局",
        "海洋局": "国家海洋局",
        "证监会": "中国证券监督管理委员会",
        "银保监会": "中国银行保险监督管理委员会",
        "金融监管总局": "国家金融监督管理总局",
        "民航局": "中国民用航空局",
        "铁路局": "国家铁路局",
        "邮政局": "国家邮政局",
        "药监局": "国家药品监督管理局",
        "知识产权局": "国家知识产权局",
        "移民局": "国家移民管理局",
        "林草局": "国家林业和草原局",
        "医保局": "国家医疗保障局",
        "疾控局": "国家疾病预防控制局",
        "数据局": "国家数据局",
        "信访局": "国家信访局",
    }


def test_party_centre_legislature_courts_and_military_bodies():
    got = organs("全国", "central",
                 "中央网信办、中央编办、中央外办、中央金融办、中央社工部、国台办、国新办、全国人大常委会法工委、全国人大财经委、"
                 "全国政协提案委员会、最高法、最高检、国家监委、中央军委后勤保障部、国务院、中央军委空中交通管制委员会办公室负责。")
    assert got == {
        "中央网信办": "中共中央网络安全和信息化委员会办公室",
        "中央编办": "中央机构编制委员会办公室",
        "中央外办": "中央外事工作委员会办公室",
        "中央金融办": "中央金融委员会办公室",
        "中央社工部": "中共中央社会工作部",
        "国台办": "国务院台湾事务办公室",
        "国新办": "国务院新闻办公室",
        "全国人大常委会法工委": "全国人民代表大会常务委员会法制工作委员会",
        "全国人大财经委": "全国人民代表大会财政经济委员会",
        "全国政协提案委员会": "中国人民政治协商会议全国委员会提案委员会",
        "最高法": "最高人民法院",
        "最高检": "最高人民检察院",
        "国家监委": "国家监察委员会",
        "中央军委后勤保障部": "中央军事委员会后勤保障部",
        "国务院、中央军委空中交通管制委员会办公室": "国务院、中央军委空中交通管制委员会办公室",
    }


def test_national_coordinating_bodies_and_their_local_counterparts():
    assert organs("全国", "central", "国务院安委会、安委办、全国老龄办、国家禁毒委负责。") == {
        "国务院安委会": "国务院安全生产委员会",
        "安委办": "国务院安全生产委员会办公室",
        "全国老龄办": "全国老龄工作委员会办公室",
        "国家禁毒委": "国家禁毒委员会",
    }
    assert organs("四川省成都市", "prefecture", "市安委会、市安委办、市老龄办、市禁毒委、市食安办负责。") == {
        "市安委会": "成都市安全生产委员会",
        "市安委办": "成都市安全生产委员会办公室",
        "市老龄办": "成都市老龄工作委员会办公室",
        "市禁毒委": "成都市禁毒委员会",
        "市食安办": "成都市食品安全委员会办公室",
    }


# ------------------------------------------------------------ one written form, two readings

@pytest.mark.parametrize("written,central,local_text,local", [
    ("统计局", "国家统计局", "市统计局", "宝鸡市统计局"),
    ("法制办", "国务院法制办公室", "市法制办", "宝鸡市人民政府法制办公室"),
    ("经贸委", "国家经济贸易委员会", "市经贸委", "宝鸡市经济贸易委员会"),
    ("文物局", "国家文物局", "市文物局", "宝鸡市文物局"),
    ("知识产权局", "国家知识产权局", "市知识产权局", "宝鸡市知识产权局"),
    ("药监局", "国家药品监督管理局", "市药监局", "宝鸡市药品监督管理局"),
    ("旅游局", "国家旅游局", "市旅游局", "宝鸡市旅游局"),
    ("档案局", "国家档案局", "市档案局", "宝鸡市档案局"),
])
def test_a_short_form_is_national_in_a_central_notice_and_local_with_a_level_marker(written, central, local_text, local):
    assert organs("全国", "central", f"{written}负责。") == {written: central}
    assert organs("陕西省宝鸡市", "prefecture", f"{local_text}负责。") == {local_text: local}


# ------------------------------------------------------------ today's local sets

def test_2024_provincial_organs_and_central_organs_provincial_offices():
    got = organs("安徽省", "province",
                 "省应急厅、省数据资源局、省通信管理局、省机关事务管理局、省药监局、省疾控局、省保密局、省地震局、省外侨办负责。")
    assert got == {
        "省应急厅": "安徽省应急管理厅",
        "省数据资源局": "安徽省数据资源管理局",
        "省通信管理局": "安徽省通信管理局",
        "省机关事务管理局": "安徽省机关事务管理局",
        "省药监局": "安徽省药品监督管理局",
        "省疾控局": "安徽省疾病预防控制局",
        "省保密局": "安徽省国家保密局",
        "省地震局": "安徽省地震局",
        "省外侨办": "安徽省人民政府外事侨务办公室",
    }


def test_big_data_bureau_keeps_the_name_the_province_gave_it():
    assert organs("山东省", "province", "省大数据局负责。") == {"省大数据局": "山东省大数据局"}
    assert organs("福建省", "province", "省大数据管理局负责。") == {"省大数据管理局": "福建省大数据管理局"}


def test_prefecture_and_county_bureaus():
    got = organs("湖北省宜昌市", "prefecture", "市投促局、市口岸办、市自规局、市城管委、市信访办、市方志办负责。")
    assert got == {
        "市投促局": "宜昌市投资促进局",
        "市口岸办": "宜昌市口岸办公室",
        "市自规局": "宜昌市自然资源和规划局",
        "市城管委": "宜昌市城市管理委员会",
        "市信访办": "宜昌市信访办公室",
        "市方志办": "宜昌市地方志办公室",
    }


def test_shanghai_district_organs_carry_the_city():
    got = organs("上海市黄浦区", "county",
                 "区建设管理委、区规划资源局、区住房保障房屋管理局、区商务委、区绿化市容局、区民防办按职责分工负责。")
    assert got == {
        "区建设管理委": "上海市黄浦区建设和管理委员会",
        "区规划资源局": "上海市黄浦区规划和自然资源局",
        "区住房保障房屋管理局": "上海市黄浦区住房保障和房屋管理局",
        "区商务委": "上海市黄浦区商务委员会",
        "区绿化市容局": "上海市黄浦区绿化和市容管理局",
        "区民防办": "上海市黄浦区民防办公室",
    }


def test_party_offices_named_with_the_committee():
    got = organs("江苏省苏州市", "prefecture", "市编办、市委台办、市委政研室、市委老干局、市委教育工委负责。")
    assert got == {
        "市编办": "中共苏州市委机构编制委员会办公室",
        "市委台办": "中共苏州市委台湾工作办公室",
        "市委政研室": "中共苏州市委政策研究室",
        "市委老干局": "中共苏州市委老干部局",
        "市委教育工委": "中共苏州市委教育工作委员会",
    }


# ------------------------------------------------------------ not organs

@pytest.mark.parametrize("text", ["各地要做好应急部署，加强工作部署。", "经委托的第三方机构开展评估。", "加强组织领导，做好宣传引导和统计监测。"])
def test_ordinary_words_are_not_read_as_organs(text):
    assert organs("全国", "central", text) == {}


# ------------------------------------------------------------ a whole notice

def test_a_2012_county_notice_read_end_to_end(tmp_path):
    path = tmp_path / "hunan-xiangtan-county-2012-shipin.txt"
    path.write_text(
        "湘潭县人民政府办公室关于开展食品安全专项整治工作的通知\n\n"
        "各乡镇人民政府，县直各单位：\n"
        "经县人民政府同意，现就开展食品安全专项整治工作通知如下。\n"
        "一、加强协调配合\n"
        "（一）由县食药监局牵头，县工商局、县质监局、县卫生局配合，开展联合检查。\n"
        "（二）县法制办负责审核执法依据，县经贸委负责生猪屠宰监管。\n\n"
        "湘潭县人民政府办公室\n"
        "2012年5月8日\n", encoding="utf-8")
    record = process_file(path)
    assert record.metadata.region == "湖南省湘潭市湘潭县"
    names = {d.name for d in record.departments}
    assert {"湘潭县食品药品监督管理局", "湘潭县工商行政管理局", "湘潭县质量技术监督局", "湘潭县卫生局",
            "湘潭县人民政府法制办公室", "湘潭县经济贸易委员会"} <= names
    leads = {r.department for r in record.responsibilities if r.role == "lead"}
    assert "湘潭县食品药品监督管理局" in leads


# ------------------------------------------------------------ the tables themselves

SCOPES = {"central", "local", "party", "mass", "youth", "discipline", "cppcc"}
# Two-character words of ordinary prose that must never be alias keys (they would fire everywhere).
ORDINARY_WORDS = {"组织", "宣传", "统计", "财政", "教育", "公安", "民政", "司法", "审计", "商务", "农业", "林业", "水利",
                  "交通", "文化", "卫生", "体育", "环保", "规划", "建设", "监察", "人事", "劳动", "物价", "旅游", "经委",
                  "计委", "防指", "中办", "国办", "政府部门"}


def test_alias_table_has_one_canonical_per_written_form_and_scope():
    rows = load_table("department_aliases")
    assert {r["scope"] for r in rows} <= SCOPES
    counts = Counter((r["alias"], r["scope"]) for r in rows)
    assert [k for k, n in counts.items() if n > 1] == []
    # a committee's departments start with 委 (中共<place>委组织部); the organs of the place's party
    # units directly under it do not (县直机关工委 -> 中共<place>直属机关工作委员会)
    assert all(r["canonical"].startswith(("委", "直属机关")) for r in rows if r["scope"] == "party" and r["alias"] != "委员会")
    assert not ORDINARY_WORDS & {r["alias"] for r in rows}


def test_branch_pattern_table_is_complete_and_well_formed():
    rows = load_table("organ_branch_patterns")
    assert len(rows) >= 40
    assert len({r["written_suffix"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"written_suffix", "canonical_template", "note"}
        assert any(p in r["canonical_template"] for p in ("{place}", "{short}", "{province}", "{region}", "{name}")), r
        assert r["note"]
    suffixes = {r["written_suffix"] for r in rows}
    assert {"证监局", "银保监局", "能源监管办", "中心支行", "金融监管局", "通信管理局", "税务局", "海关", "气象局",
            "邮政管理局", "调查队"} <= suffixes
