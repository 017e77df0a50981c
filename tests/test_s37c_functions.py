"""Function-named authorities of a province across eras, session 37c (s37c-functions, issue 12; guide D101).

`省工商行政管理部门`, `省质量技术监督行政主管部门`, `省安全生产监督管理部门`, `省食品药品监督管理部门` in a province's 办法: the
bureau that held the function in the province at the issue date where every province had one standard name then
(organ_era_names.tsv rows keyed on the written 省/自治区 form), kept with the place where the name varied (安监 up to
2004, 质监 up to 1998, 食药监 up to 2004 and after the 2018 split). The sector written bare in a list keeps its bureau. (An autonomous region's
`自治区工商行政管理部门` is read as written in every year, as before: not covered here.)

Snippets written for these tests in the style of a Guizhou provincial regulation (2002, 2012, 2020) and a Shaanxi
provincial notice (2009, 2022); not copied from any corpus.
"""
from test_s29_articles import _run

REGION = ("第一条 为了加强商品交易市场管理，根据有关法律法规，结合本省实际，制定本办法。\n"
          "第二条 省工商行政管理部门负责市场主体登记和交易行为的监督管理。\n"
          "第三条 省质量技术监督行政主管部门负责计量器具的监督检查；省安全生产监督管理部门负责市场安全生产的综合监督管理。\n"
          "第四条 省食品药品监督管理部门负责市场内食品安全的监督管理。\n")


def test_a_provinces_authorities_in_the_years_of_one_standard_name():
    names, triples = _run(REGION, "贵州省", "province", "2012-05-01")
    assert names == {"贵州省工商行政管理局": "省工商行政管理部门",
                     "贵州省质量技术监督局": "省质量技术监督行政主管部门",
                     "贵州省安全生产监督管理局": "省安全生产监督管理部门",
                     "贵州省食品药品监督管理局": "省食品药品监督管理部门"}
    assert ("第二条", "贵州省工商行政管理局", "responsible") in triples


def test_before_the_bureaus_were_standard_the_name_is_kept():
    names, _ = _run(REGION, "贵州省", "province", "2002-05-01")
    assert names["贵州省工商行政管理局"] == "省工商行政管理部门"
    assert names["贵州省质量技术监督局"] == "省质量技术监督行政主管部门"
    assert names["贵州省安全生产监督管理部门"] == "省安全生产监督管理部门"
    assert names["贵州省食品药品监督管理部门"] == "省食品药品监督管理部门"


def test_after_the_provinces_2018_reforms():
    names, _ = _run(REGION, "贵州省", "province", "2020-05-01")
    assert names == {"贵州省市场监督管理局": "省工商行政管理部门",
                     "贵州省应急管理厅": "省安全生产监督管理部门",
                     "贵州省食品药品监督管理部门": "省食品药品监督管理部门"}


PROVINCE = "第五条 省工商行政管理部门、省安全生产监督管理部门按照各自职责做好相关工作。\n"


def test_a_province_before_and_after():
    names, _ = _run(PROVINCE, "陕西省", "province", "2009-05-01")
    assert names == {"陕西省工商行政管理局": "省工商行政管理部门", "陕西省安全生产监督管理局": "省安全生产监督管理部门"}
    names, _ = _run(PROVINCE, "陕西省", "province", "2022-05-01")
    assert names == {"陕西省市场监督管理局": "省工商行政管理部门", "陕西省应急管理厅": "省安全生产监督管理部门"}


def test_the_sector_in_a_list_keeps_its_bureau():
    names, _ = _run("第五条 省工商、质监、安监等部门按照各自职责做好相关工作。\n", "陕西省", "province", "2022-05-01")
    assert names["陕西省工商行政管理局"] == "省工商"
    assert names["陕西省安全生产监督管理局"] == "安监"


def test_a_municipality_is_not_read_as_a_province():
    names, _ = _run("第五条 市工商行政管理部门负责监督管理。\n", "天津市", "province", "2016-05-01")
    assert "天津市市场监督管理局" not in names and "天津市工商行政管理局" not in names
