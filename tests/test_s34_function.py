"""Function-named authorities at a prefecture's and a county's level, session 34 (s34-function, issue 12; guide D101).

`市环境保护行政主管部门`, `市价格主管部门`, `县民政行政主管部门`: the organ that held the function at that level at the issue
date where pipeline/data/organ_function_sectors.tsv sources it (levels prefecture and county; the organ of its time by
organ_era_names.tsv), else the name kept with its place (D68: the water authority, 水利局 or 水务局 by place; a county's
price and environment authorities). A level word stays a collective as written.

Snippets written for these tests in the style of a Gansu prefecture (2013, 2019, 2021) and a Zhejiang county (2015);
not copied from any corpus.
"""
from test_s29_articles import _run

CITY = ("第一条 为了加强机动车排气污染防治，制定本办法。\n"
        "第二条 市环境保护行政主管部门负责本市机动车排气污染防治的统一监督管理工作。\n"
        "第三条 检测收费标准由市价格主管部门核定。\n"
        "第四条 市水行政主管部门、市民政行政主管部门按照各自职责做好相关工作。\n"
        "第五条 县级以上环境保护行政主管部门应当公开检测结果。\n")


def test_a_prefectures_function_named_authorities_before_the_2019_reforms():
    names, triples = _run(CITY, "甘肃省兰州市", "prefecture", "2013-04-01")
    # ((s37b-functions) guide D101 confirmed in S37b: the prefecture's 物价局 of 2013, organ_era_names.tsv)
    assert names == {"兰州市环境保护局": "市环境保护行政主管部门", "兰州市物价局": "市价格主管部门",
                     "兰州市水行政主管部门": "市水行政主管部门", "兰州市民政局": "市民政行政主管部门",
                     "县级以上环境保护行政主管部门": "县级以上环境保护行政主管部门"}
    assert ("第二条", "兰州市环境保护局", "responsible") in triples


def test_a_prefectures_function_named_authorities_after_the_reforms():
    names, _ = _run(CITY, "甘肃省兰州市", "prefecture", "2021-04-01")
    assert names == {"兰州市生态环境局": "市环境保护行政主管部门", "兰州市发展和改革委员会": "市价格主管部门",
                     "兰州市水行政主管部门": "市水行政主管部门", "兰州市民政局": "市民政行政主管部门",
                     "县级以上环境保护行政主管部门": "县级以上环境保护行政主管部门"}


def test_the_reform_year_keeps_the_environment_authority_with_its_place():
    # the prefectures' reforms ran from late 2018 to March 2019: either bureau (D68), kept as written
    names, _ = _run(CITY, "甘肃省兰州市", "prefecture", "2019-06-01")
    assert names["兰州市环境保护行政主管部门"] == "市环境保护行政主管部门"


def test_a_countys_function_named_authorities():
    # a Zhejiang county 办法 (2015): 民政, 财政 uniform at the county level; environment and price not sourced there
    names, _ = _run("第一条 为了规范救助管理，制定本办法。\n"
                    "第二条 县民政主管部门负责本县临时救助工作，县财政行政主管部门负责资金保障。\n"
                    "第三条 县环境保护行政主管部门、县价格主管部门按照各自职责做好相关工作。\n",
                    "浙江省湖州市德清县", "county", "2015-07-01")
    assert names == {"德清县民政局": "县民政主管部门", "德清县财政局": "县财政行政主管部门",
                     "德清县环境保护行政主管部门": "县环境保护行政主管部门", "德清县价格主管部门": "县价格主管部门"}
