"""Function-named authorities of a prefecture across eras, session 37b (s37b-functions, issue 12; guide D101 confirmed).

`市价格主管部门`, `市工商行政管理部门`, `市质量技术监督行政主管部门`, `市安全生产监督管理部门` in a city's 办法: the bureau that held
the function in that city at the issue date where its level had one standard name then (organ_function_sectors.tsv with
the era rows of organ_era_names.tsv), kept with the place in the years of mixed names (2014-2019 for the 市场监管
mergers, 2019 for the reform year) and in the places whose own reform differs (the municipalities' price authority,
深圳 since 2009: organ_local_era_names.tsv). A county's, and a level word, stay as written.

Snippets written for these tests in the style of a Jiangxi prefecture (2010, 2016, 2021), a Sichuan prefecture
(2003), a Guangdong sub-provincial city (2011), Chongqing (2012) and a Hunan county (2010); not copied from any corpus.
"""
from test_s29_articles import _run

CITY = ("第一条 为了规范农贸市场管理，制定本办法。\n"
        "第二条 市工商行政管理部门负责农贸市场经营秩序的监督管理。\n"
        "第三条 市质量技术监督行政主管部门负责计量器具的监督检查，市安全生产监督管理部门负责安全生产的监督管理。\n"
        "第四条 摊位费标准由市价格主管部门核定。\n"
        "第五条 县级以上工商行政管理部门应当公布投诉电话。\n")


def test_a_prefectures_authorities_before_the_market_mergers():
    names, triples = _run(CITY, "江西省九江市", "prefecture", "2010-05-01")
    assert names == {"九江市工商行政管理局": "市工商行政管理部门", "九江市质量技术监督局": "市质量技术监督行政主管部门",
                     "九江市安全生产监督管理局": "市安全生产监督管理部门", "九江市物价局": "市价格主管部门",
                     "县级以上工商行政管理部门": "县级以上工商行政管理部门"}
    assert ("第二条", "九江市工商行政管理局", "responsible") in triples


def test_the_years_of_mixed_names_keep_the_authority_with_its_place():
    # 2014-2018: some cities had merged 工商 and 质监 into a 市场监督管理局, others not (D68); 安监 and 物价 still one name
    names, _ = _run(CITY, "江西省九江市", "prefecture", "2016-05-01")
    assert names == {"九江市工商行政管理部门": "市工商行政管理部门", "九江市质量技术监督行政主管部门": "市质量技术监督行政主管部门",
                     "九江市安全生产监督管理局": "市安全生产监督管理部门", "九江市物价局": "市价格主管部门",
                     "县级以上工商行政管理部门": "县级以上工商行政管理部门"}


def test_a_prefectures_authorities_after_the_reforms():
    names, _ = _run(CITY, "江西省九江市", "prefecture", "2021-05-01")
    assert names == {"九江市市场监督管理局": "市工商行政管理部门", "九江市应急管理局": "市安全生产监督管理部门",
                     "九江市发展和改革委员会": "市价格主管部门", "县级以上工商行政管理部门": "县级以上工商行政管理部门"}


def test_before_the_bureaus_were_set_up_the_name_is_kept():
    # 2003: the prefectures' 安全生产 offices were still being set up (2001-2005): kept with the place
    names, _ = _run(CITY, "四川省绵阳市", "prefecture", "2003-05-01")
    assert names["绵阳市安全生产监督管理部门"] == "市安全生产监督管理部门"
    assert names["绵阳市工商行政管理局"] == "市工商行政管理部门"


def test_places_whose_own_reform_differs():
    # 深圳's 2009 reform (市场监督管理局) and a municipality's price authority: kept as written with the place
    names, _ = _run(CITY, "广东省深圳市", "prefecture", "2011-05-01")
    assert names["深圳市工商行政管理部门"] == "市工商行政管理部门"
    assert names["深圳市价格主管部门"] == "市价格主管部门"
    assert names["深圳市安全生产监督管理局"] == "市安全生产监督管理部门"
    names, _ = _run("第四条 收费标准由市价格主管部门核定。\n", "重庆市", "province", "2012-05-01")
    assert names == {"重庆市价格主管部门": "市价格主管部门"}


def test_a_countys_authorities_stay_as_written():
    names, _ = _run("第一条 为了规范集贸市场管理，制定本办法。\n"
                    "第二条 县工商行政管理部门、县安全生产监督管理部门按照各自职责做好相关工作。\n",
                    "湖南省岳阳市平江县", "county", "2010-05-01")
    assert names == {"平江县工商行政管理部门": "县工商行政管理部门", "平江县安全生产监督管理部门": "县安全生产监督管理部门"}
