"""Session 15e (helper s15e-targets): targets recall in central notices and web copies, one test per class of lost
target fixed, each a snippet written for this file in another ministry's, province's or year's style than the stress
doc that found it (tests/s15etargets_stress.py). Expected items are exact: (value, unit, comparator, per_year,
year_start, year_end, task); spans index the record's text."""
from __future__ import annotations

from pipeline import process_text
from pipeline.quantity import first_quantity


def _record(text: str) -> dict:
    d = process_text(text.strip() + "\n", doc_id="t").model_dump()
    for t in d["targets"]:
        assert d["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return d


def _targets(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"], t["task"])
            for t in _record(text)["targets"]]


def test_cap_for_a_group_named_by_a_dui_phrase():
    """`对中部地区不超过45%；对西部地区不超过60%`: a short 对-phrase naming a class of regions, then a comparator
    right before the number, is the cap set for that class (spec §7 `最高不超过`), not who qualifies."""
    got = _targets("""水利部 财政部关于做好中小河流治理项目资金安排的通知
一、补助比例
中央补助资金占项目总投资的比例，对东部地区原则上不超过40%；对中部地区不超过60%；对西部地区不超过80%。
二、其他
对年营业收入不超过2000万元的施工企业，不得承担重点项目。""")
    assert got == [(40, "%", "<=", False, None, None, "一"), (60, "%", "<=", False, None, None, "一"),
                   (80, "%", "<=", False, None, None, "一")]


def test_old_standard_per_student_is_a_baseline():
    """`从每生每年2000元提高到2500元`: the old value after 从 counted per student (每生) is a baseline (§7 `比2020年`),
    only the new standard is a target."""
    got = _targets("""财政部 教育部关于提高中等职业学校国家助学金标准的通知
一、国家助学金资助标准从每生每年2000元提高到2500元。""")
    assert got == [(2500, "元", "=", True, None, None, "一")]


def test_target_task_table_named_without_fenjie():
    """`2023年度森林督查目标任务表`: a notice that 下达s its tasks names the attachment's table so; its rows parted by
    spaces are quotas (spec §7), unit from the table's `单位：` line."""
    got = _targets("""某省林业局关于下达2023年度造林绿化目标任务的通知
各市林业局：
现将2023年度造林绿化目标任务下达你们，请抓好落实。
附件
2023年度造林绿化目标任务表
单位：万亩
市 人工造林 封山育林
东市 12.5 8
西市 6 3.5""")
    assert got == [(125000, "亩", "=", False, 2023, 2023, None), (80000, "亩", "=", False, 2023, 2023, None),
                   (60000, "亩", "=", False, 2023, 2023, None), (35000, "亩", "=", False, 2023, 2023, None)]


def test_kilo_opens_the_unit():
    """`2千伏安`, `5千瓦`: 千 opens the unit (kilo-), it does not multiply the number; `3千人`, `2千万元` keep it."""
    assert first_quantity("不低于2千伏安").values[0][0] == 2 and first_quantity("不低于2千伏安").unit == "千伏安"
    assert first_quantity("5千瓦以上").unit == "千瓦" and first_quantity("5千瓦以上").values[0][0] == 5
    assert first_quantity("3千人").values[0][0] == 3000 and first_quantity("3千人").unit == "人"
    assert first_quantity("2千万元").values[0][0] == 20000000
    got = _targets("""国家能源局关于实施农村电网巩固提升工程的指导意见
一、主要目标
到2025年，农村电网户均配变容量不低于2.5千伏安，新增变电容量1.2亿千伏安。""")
    assert got == [(2.5, "千伏安", ">=", False, None, 2025, "一"), (120000000, "千伏安", "=", False, None, 2025, "一")]


def test_letter_spaced_digits_of_a_web_copy():
    """`新建公办幼儿园１ ２ ０所`: a web copy's letter-spaced full-width digits are one number before a unit; a row of
    one-digit cells is not joined."""
    got = _targets("""首页 > 政务公开
某市教育局关于印发2024年学前教育工作要点的通知
一、新建公办幼儿园１ ２ ０所以上。""")
    assert got == [(120, "所", ">=", False, 2024, 2024, "一")]
    assert first_quantity("东市3 2 1") is None or first_quantity("东市3 2 1").values[0][0] != 321


def test_total_over_years_counted_in_digits_is_not_per_year():
    """`每年改造…，5年累计改造…`: a running total after a yearly amount is not per year (s13's 累计 rule), also when
    the years are counted in digits."""
    got = _targets("""交通运输部关于实施农村公路安全生命防护工程的通知
一、建设任务
2021—2025年，每年完成农村公路危桥改造3000座，5年累计改造1.5万座。""")
    assert got == [(3000, "座", "=", True, 2021, 2025, "一"), (15000, "座", "=", False, 2021, 2025, "一")]


def test_level_reached_year_by_year_is_not_per_year():
    """`每年新增…，…比例逐年提高、达到…以上`: 逐年 then the level to reach is a level, not a yearly amount (spec §7
    per_year for 每年/年均/每年度 amounts)."""
    got = _targets("""四川省人民政府办公厅关于加快发展普惠托育服务的实施意见
一、发展目标
到2026年，全省每年新增普惠托位1.2万个，普惠托位占比逐年提高，达到60%以上。""")
    assert got == [(12000, "个", "=", True, None, 2026, "一"), (60, "%", ">=", False, None, 2026, "一")]


def test_title_naming_a_years_adjustment_dates_its_levels():
    """`关于2022年调整…标准的通知`: the year's adjustment of a standard; its new levels apply in that year (spec §7 a
    work plan for one year)."""
    got = _targets("""某省人力资源和社会保障厅 某省财政厅关于2022年调整城乡居民基础养老金的通知
一、省级基础养老金最低标准每人每月提高10元。""")
    assert got == [(10, "元", "=", False, 2022, 2022, "一")]


def test_allocation_cells_grouping_thousands_with_a_comma():
    """`| 东县 | 1,260 |`: a web copy's table cell grouping thousands with a comma is one amount (spec §7 quotas); the
    合计 row too (s14)."""
    got = _targets("""某自治区财政厅关于下达2022年衔接推进乡村振兴补助资金的通知
各盟市财政局：
现下达你们2022年衔接推进乡村振兴补助资金，请及时拨付。
附件
2022年衔接推进乡村振兴补助资金分配表
| 盟市 | 金额（万元） |
| 东盟 | 1,260 |
| 西市 | 980 |
| 合计 | 2,240 |""")
    assert got == [(12600000, "元", "=", False, None, None, None), (9800000, "元", "=", False, None, None, None),
                   (22400000, "元", "=", False, None, None, None)]


def test_unit_gen_for_piles_and_a_capacity_class():
    """`新增公共充电桩800根`: 根 counts piles (target_units.tsv); `年产…能力的项目` names a class of projects (out), while
    `形成年产…的生产能力` is a capacity to build (in)."""
    got = _targets("""某县人民政府办公室关于印发2025年民生实事项目的通知
一、新增公共充电桩800根。
二、到2027年，形成年产20万吨的饲料加工能力。新建年产5万吨能力的项目需报县政府审定。""")
    assert got == [(800, "根", "=", False, 2025, 2025, "一"), (200000, "吨", "=", False, None, 2027, "二")]


def test_indicator_noun_and_amount_right_after_a_goal_deadline():
    """`到2030年，湿地面积800万亩`: the clause after `到YYYY年，` that is only an indicator's name and its amount is the goal
    (spec §7: the number after its noun); `截至2023年底，…面积…` is not a goal."""
    got = _targets("""国家林业和草原局关于印发《全国湿地保护规划》的通知
一、规划目标
截至2020年底，全国湿地面积8.5亿亩。
到2030年，新增湿地面积800万亩，湿地保护修复项目用户数1200户。""")
    assert got == [(8000000, "亩", "=", False, None, 2030, "一"), (1200, "户", "=", False, None, 2030, "一")]


def test_old_fee_per_copy_is_a_baseline():
    """`由每本80元降为每本60元`: the old fee counted per copy (每本, 每证) is a baseline; the new one a target, also when
    the fee is named without 标准 (`工本费由…降为每本60元`, `…费由每证10元调整为每证8元`)."""
    got = _targets("""国家发展改革委 财政部关于降低住房转让手续费的通知
一、不动产权证书工本费标准由每本80元降为每本60元。
二、房屋登记费由每证100元调整为每证80元，证书工本费降为每本10元。""")
    assert got == [(60, "元", "=", False, None, None, "一"), (80, "元", "=", False, None, None, "二"),
                   (10, "元", "=", False, None, None, "二")]
