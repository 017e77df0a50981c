"""s18-a2tg: numbers that say which objects are meant or on which basis an amount is counted are no targets (spec §7)."""
from pipeline import process_text


def _targets(body, title="关于推进2019年农村基础设施建设的通知", issuer="某县人民政府办公室", date="2019年3月1日"):
    text = f"{title}\n各乡镇人民政府：\n一、工作目标\n{body}\n二、工作要求\n各乡镇要按季度报送进展。\n{issuer}\n{date}\n"
    return [(t["quote"], t["value"], t["unit"]) for t in process_text(text, doc_id="t").model_dump()["targets"]]


def test_household_size_class_of_villages_is_no_target():
    # Guizhou prefecture style, 2018-2020 rural roads
    got = _targets("到2020年，全州30户以上自然村寨通硬化路，新建通组公路1200公里。")
    assert got == [("新建通组公路1200公里", 1200.0, "公里")]


def test_household_size_class_with_de_and_a_settlement_count():
    got = _targets("2019年，建成20户以上的集中居住点3个。")
    assert [(v, u) for _, v, u in got] == [(3.0, "个")]


def test_households_to_reach_stay():
    # Heilongjiang county style: households are the units counted (村民, 农户), not a class of villages
    got = _targets("2019年，帮助1000户以上村民增收，新增脱贫户300户。")
    assert [(v, u) for _, v, u in got] == [(1000.0, "户"), (300.0, "户")]


def test_counting_basis_in_brackets_is_no_target():
    got = _targets("到2022年，新增污泥处置能力不低于2万吨/日（按含水率80%计），城市生活垃圾回收利用率达到35%以上。",
                   title="关于加强2021年城镇污水污泥处置的通知", issuer="某省住房和城乡建设厅", date="2021年5月1日")
    assert [(v, u) for _, v, u in got] == [(20000.0, "吨/日"), (35.0, "%")]


def test_bracket_without_basis_keeps_its_target():
    got = _targets("2020年，全县新改建农村户用卫生厕所1.5万座（其中无害化卫生厕所普及率达到85%以上）。",
                   date="2020年2月1日")
    assert [(v, u) for _, v, u in got] == [(15000.0, "座"), (85.0, "%")]


REGULATION = """关于印发某自治区农村寄宿生生活费补助资金管理办法的通知
各盟市教育局、财政局：
现将《办法》印发给你们，请遵照执行。
某自治区教育厅
2012年8月1日
某自治区农村寄宿生生活费补助资金管理办法
第一条　为规范补助资金管理，制定本办法。
第二条　{X}
第三条　本办法自2012年秋季学期起施行。
"""


def _reg_targets(x):
    rec = process_text(REGULATION.replace("{X}", x), doc_id="t").model_dump()
    return [(t["value"], t["year_start"], t["year_end"]) for t in rec["targets"]]


def test_year_glued_to_the_place_opening_a_sentence_dates_the_share():
    # Inner Mongolia style regulation: `2013年全区…为…的35%` is the share set for 2013, as `2013年，全区…` would be
    assert _reg_targets("补助面按寄宿生总数的一定比例确定。2013年全区补助面为农村牧区寄宿生的35%。") == [(35.0, 2013, 2013)]


def test_statistic_year_stays_a_basis():
    assert _reg_targets("缴费基数按2011年全区在岗职工平均工资的60%确定。") == [(60.0, 2012, None)]
