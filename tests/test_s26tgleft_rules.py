"""s26-tgleft: target classes other helpers found wrong in session 26 and left, each tested in the style of a province,
level or era other than the notice that showed it (snippets written for these tests, none copied from a notice)."""
from pipeline import process_text
from tests.snippets import targets_of as _targets


def test_about_before_a_share_gives_about():
    # A Shaanxi county's 2010s plan: `约占…的三分之一`, `占…约60%`, `占比约为30%`: 约 is `~` (spec §7), also with 占 and
    # the whole the share is of between 约 and the number
    got = _targets("陕西省某县现代农业发展规划（2016—2020年）", "某县人民政府", "2016年6月1日",
                   "一、发展目标\n　　到2020年，全县设施蔬菜面积约占耕地面积的三分之一，粮食播种面积占耕地面积约60%，"
                   "绿色食品认证产品占比约为30%。\n")
    assert got == [(33.33, "%", "~", False, None, 2020), (60, "%", "~", False, None, 2020), (30, "%", "~", False, None, 2020)]


def test_a_rate_per_ten_thousand_is_a_percentage():
    # A Guangdong municipal 办法 of the 1990s: `万分之三`, `万分之七十五` are fractions, as percentages rounded to two
    # decimals (spec §7: 0.03 %, 0.75 %); `千分之五` stays 0.5 %
    got = _targets("广州市城市供水管理办法", "广州市人民政府", "1996年8月1日",
                   "第一条 为加强城市供水管理，制定本办法。\n第二条 供水企业的水费差错率应当控制在万分之三以内，"
                   "管网漏损率控制在千分之五以内，计量器具故障率不得超过万分之七十五。\n")
    assert got == [(0.03, "%", "<=", False, None, None), (0.5, "%", "<=", False, None, None),
                   (0.75, "%", "<=", False, None, None)]


def test_the_rate_of_each_years_cohort_is_per_year_too():
    # A Fujian prefecture's 2000s 意见: `每年培训…，培训后转移就业率达到70%以上`: the rate of those trained each year is
    # reached each year (guide TG3: one 每年 covers what it governs); a level named on its own (`城镇登记失业率`) is not
    got = _targets("某市人民政府关于加强农村劳动力转移培训工作的意见", "某市人民政府", "2007年4月1日",
                   "一、目标任务\n　　2007年至2010年，全市每年组织农村劳动力转移就业培训2万人次以上，培训后转移就业率达到70%以上，"
                   "城镇登记失业率控制在3.5%以内。\n")
    assert got == [(20000, "人次", ">=", True, 2007, 2010), (70, "%", ">=", True, 2007, 2010),
                   (3.5, "%", "<=", False, 2007, 2010)]


def test_newly_built_kinds_listed_before_a_rate_are_each_an_object():
    # A Hebei prefecture's 2018 方案: `新建大型、中型规模养殖场…配套率` names the new farms of two sizes (guide TG19: a
    # rate set for each object listed), while `推广小麦、玉米优良品种覆盖率` is one indicator of a verb's objects
    got = _targets("某市畜禽养殖废弃物资源化利用工作方案", "某市人民政府办公室", "2018年5月1日",
                   "一、工作目标\n　　到2020年，新建大型、中型规模养殖场粪污处理设施装备配套率达到100%，"
                   "推广小麦、玉米优良品种覆盖率达到95%。\n")
    assert got == [(100, "%", "=", False, None, 2020), (100, "%", "=", False, None, 2020), (95, "%", "=", False, None, 2020)]


def _spaced_plan(rows: str) -> list[tuple]:
    rec = process_text("安徽省某市国民经济和社会发展第十四个五年规划纲要\n一、主要目标\n到2025年，经济实力明显增强。\n"
                       "表1 主要指标\n序号 指标名称 单位 2020年 2025年 年均增长〔累计〕 属性\n" + rows +
                       "二、主要任务\n（一）稳定就业。\n某市人民政府\n2021年3月1日\n", doc_id="t").model_dump()
    for t in rec["targets"]:
        a, b = t["span"]
        assert rec["text"][a:b] in t["quote"]  # (a table row's quote is the row, its span the goal cell)
    return [(t["indicator"], t["value"], t["unit"], t["comparator"], t["per_year"], t["year_start"], t["year_end"])
            for t in rec["targets"]]


def test_a_flattened_table_reads_its_change_column_and_its_totals():
    # An Anhui prefecture's 十四五 outline, its indicator table copied with spaces: a 〔〕 cell of the 年均增长〔累计〕
    # column is the total over the plan's years (not per year), a plain one the yearly rate; a row holding a 〔〕 cell
    # no longer ends the table (the 森林覆盖率 row after it is read)
    got = _spaced_plan("1 地区生产总值增长 % 3.8 — 6.5 预期性\n2 城镇新增就业人数 万人 6.2 — 〔30〕 预期性\n"
                       "3 单位地区生产总值能源消耗降低 % — — 〔13〕 约束性\n4 森林覆盖率 % 30.2 31 — 约束性\n")
    assert got == [("地区生产总值增长", 6.5, "%", "=", True, 2021, 2025), ("城镇新增就业人数", 300000, "人", "=", False, 2021, 2025),
                   ("单位地区生产总值能源消耗降低", 13, "%", "=", False, 2021, 2025), ("森林覆盖率", 31, "%", "=", False, None, 2025)]


def test_a_ratio_row_without_a_unit_in_an_indicator_table():
    # The same kind of table (a Yunnan prefecture's agricultural plan): `农产品加工业与农业总产值比 — 2.2 2.6` is one output
    # over another, the fraction N/1 as a percent as `…产值比达到2.6∶1` reads in prose (260 %); a staffing ratio in a piped
    # table (`生师比 | — | 17 | 16`) is its value, unit 比值 (guide TG14)
    got = _spaced_plan("1 农产品加工业与农业总产值比 — 2.2 2.6 — 预期性\n2 主要农作物耕种收综合机械化率 % 55 65 — 预期性\n")
    assert got == [("农产品加工业与农业总产值比", 260, "%", "=", False, None, 2025),
                   ("主要农作物耕种收综合机械化率", 65, "%", "=", False, None, 2025)]
    piped = _targets("云南省某州“十四五”教育事业发展规划", "某州人民政府", "2021年9月1日",
                     "一、主要目标\n到2025年，教育现代化取得进展。\n专栏1 主要指标\n| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n"
                     "| 普通高中生师比 | — | 17 | 16 | 预期性 |\n| 学前教育毛入园率 | % | 88 | 92 | 预期性 |\n")
    assert piped == [(16, "比值", "=", False, None, 2025), (92, "%", "=", False, None, 2025)]
