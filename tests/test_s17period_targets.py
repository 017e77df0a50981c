"""s17-period: the year scope of targets where notices state their period in other forms (spec 1.1 section 7).

Snippets written for these tests in the styles of other provinces, levels and eras (never copied from a notice).
"""
from __future__ import annotations

import pytest

from pipeline import process_text
from pipeline.extract.targets import _arabic_dates


def _targets(text: str):
    rec = process_text(text, doc_id="s17period").model_dump()
    for t in rec["targets"]:
        if t.get("span"):
            assert rec["text"][t["span"][0]:t["span"][1]] == t["quote"]
    return sorted((t["value"], t["unit"], t["year_start"], t["year_end"], t["per_year"]) for t in rec["targets"])


def test_arabic_dates_keep_length():
    for s in ("对二〇一九年一月一日后认定的", "二〇二五～二〇二七年，全省", "二〇二〇年十二月三十一日前建成的", "一九九八年十月"):
        out = _arabic_dates(s)
        assert len(out) == len(s)
    assert _arabic_dates("对二〇一九年一月一日后认定的") == "对2019年1月1日后认定的"
    assert _arabic_dates("二〇二五～二〇二七年") == "2025～2027年"
    assert _arabic_dates("2025年底") == "2025年底"


def test_chinese_numeral_cutoff_date_is_no_target_year():
    # Jilin, prefecture, a 2022 rule signed in Chinese numerals: the date says which firms qualify
    text = ("长春市人民政府关于促进中小企业专精特新发展的若干措施\n各区人民政府，市政府各委办局：\n为促进中小企业专精特新发展，制定如下措施。\n"
            "一、对二〇二二年一月一日以后新认定的国家级专精特新“小巨人”企业，给予一次性奖励30万元。\n"
            "二、本措施自发布之日起施行。\n长春市人民政府\n二〇二二年五月六日\n")
    # (s22: the date is no target year, guide TG24; the policy in force from its issue day dates it from 2022, TG13)
    assert _targets(text) == [(300000.0, "元", 2022, None, False)]


@pytest.mark.parametrize("sep", ["～", "-", "—", "年至"])
def test_chinese_numeral_range_opening_a_sentence(sep):
    # Guangxi, province, a range in Chinese numerals opening the goal sentence
    text = ("广西壮族自治区职业技能提升行动方案（2025—2027年）\n一、总体目标\n支持劳动者以一技之长创造美好前程。"
            f"二〇二五{sep}二〇二七年，全区开展补贴性职业技能培训120万人次以上。\n")
    assert _targets(text) == [(1200000.0, "人次", 2025, 2027, False)]


HEAD = ("湘西土家族苗族自治州人民政府办公室关于印发湘西州特色农产品加工业提升行动方案的通知\n各县市人民政府，州政府各工作部门：\n"
        "现将《湘西州特色农产品加工业提升行动方案》印发给你们，请认真组织实施。\n湘西土家族苗族自治州人民政府办公室\n2023年4月10日\n"
        "湘西州特色农产品加工业提升行动方案\n")
ITEMS = ("一、主要目标\n全州农产品加工业产值达到300亿元，培育州级以上龙头企业120家。\n"
         "二、重点任务\n（一）壮大经营主体。每年新增规模以上农产品加工企业10家。\n")
EXPECTED = [(10.0, "家", 2023, 2025, True), (120.0, "家", 2023, 2025, False), (30000000000.0, "元", 2023, 2025, False)]


def test_plan_names_itself_with_its_years():
    text = HEAD + "为推动特色农产品加工业提质增效，特制定本三年行动方案（2023—2025年）。\n" + ITEMS
    assert _targets(text) == EXPECTED


def test_plan_gives_its_length_counted_from_issue_year():
    text = HEAD + "为推动特色农产品加工业提质增效，制定本方案。\n" + ITEMS + "三、其他\n本方案实施期为三年。\n"
    assert _targets(text) == EXPECTED


def test_plan_period_in_body_sentence_after_title_lost_its_years():
    text = HEAD + "为推动特色农产品加工业提质增效，制定本方案。本方案实施期限为2023年至2025年。\n" + ITEMS
    assert _targets(text) == EXPECTED


def test_precision_validity_and_other_plans_are_not_own_length():
    # Heilongjiang county, a 2021 subsidy rule: a validity (有效期) is not the plan's own length sentence,
    # a cited plan's years (《…规划（2021—2025年）》) do not date this notice's targets, a past year reports
    text = ("桦川县人民政府办公室关于印发桦川县农机购置补贴实施办法的通知\n各乡镇人民政府，县政府各有关部门：\n"
            "现将《桦川县农机购置补贴实施办法》印发给你们，请认真贯彻执行。\n桦川县人民政府办公室\n2021年3月2日\n"
            "桦川县农机购置补贴实施办法\n第一条 为落实《黑龙江省农业机械化发展规划（2021—2025年）》，制定本办法。\n"
            "第二条 2020年，全县农机总动力达到80万千瓦。\n"
            "第三条 对购置大型拖拉机的农户，每台给予补贴2万元。\n")
    got = _targets(text)
    assert [g for g in got if g[1] == "元"] == [(20000.0, "元", None, None, False)]
    assert not [g for g in got if g[1] == "千瓦"]


@pytest.mark.parametrize("preamble", [
    "为推动特色农产品加工业提质增效，决定在全州开展为期三年的农产品加工业提升行动。\n",
    "为推动特色农产品加工业提质增效，决定在全州开展为期3年（2023—2025年）的农产品加工业提升行动。\n",
    "为推动特色农产品加工业提质增效，决定2023—2025年在全州开展农产品加工业提升行动。\n",
])
def test_preamble_sets_out_a_campaign_of_stated_length(preamble):
    assert _targets(HEAD + preamble + ITEMS) == EXPECTED


@pytest.mark.parametrize("preamble", [
    "2019年以来，全州开展为期三年的农产品加工业提升行动，成效明显。为巩固成果，制定本方案。\n",
    "全州已于2020—2022年开展农产品加工业提升行动。为巩固成果，制定本方案。\n",
    "为推动特色农产品加工业提质增效，决定在全州开展为期三个月的农产品质量安全专项整治。\n",
    "为落实《湖南省农产品加工业三年行动计划（为期三年）》，制定本方案。\n",
])
def test_precision_past_campaign_or_months_is_no_period(preamble):
    assert [g[2:4] for g in _targets(HEAD + preamble + ITEMS)] == [(None, None)] * 3


def _years(text: str):
    return sorted((y["start"], y["end"]) for y in process_text(text, doc_id="s17period").model_dump()["years"])


def test_range_of_dates_in_chinese_numerals_is_one_period():
    # a 1990s State Council notice's timetable and a Shanxi subsidy window, dates in Chinese numerals (spec 1.1 s8)
    text = ("关于开展全国社会团体清理整顿工作的通知\n清理整顿时限是一九九七年四月―一九九八年二月，具体步骤安排如下。\n"
            "一九九七年四月八日\n")
    assert _years(text) == [(1997, 1997), (1997, 1998)]
    text = ("太原市人力资源和社会保障局关于实施小微企业吸纳就业补贴政策的通知\n各县（市、区）人力资源和社会保障局：\n"
            "为稳定和扩大就业，现就有关事项通知如下：\n一、二〇二四年一月一日至二〇二六年十二月三十一日，对新招用登记失业人员的小微企业，"
            "按每人1000元给予一次性吸纳就业补贴。\n太原市人力资源和社会保障局\n二〇二三年十二月二十日\n")
    assert _years(text) == [(2023, 2023), (2024, 2026)]
    assert _targets(text) == [(1000.0, "元", 2024, 2026, False)]


def test_precision_two_chinese_dates_not_joined_are_two_years():
    text = ("关于做好年度统计工作的通知\n一九九八年三月印发的办法继续执行。二〇〇一年五月起按新办法报送。\n二〇〇一年四月二日\n")
    assert (1998, 2001) not in _years(text)


WZ = ("梧州市人民政府办公室关于印发梧州市城镇老旧小区改造工作方案的通知\n各县（市、区）人民政府，市直各委、办、局：\n"
      "现将《梧州市城镇老旧小区改造工作方案》印发给你们，请认真贯彻执行。\n梧州市人民政府办公室\n2023年2月1日\n梧州市城镇老旧小区改造工作方案\n")


def test_staged_share_of_a_task_is_dated_by_its_year():
    # Guangxi prefecture: staged shares of one task, each clause opened by its year (spec 1.1 s7, own sentence)
    text = WZ + "一、重点任务\n（一）推进改造。2023年完成改造任务的30%，2024年完成60%，2025年全部完成。\n"
    assert _targets(text) == [(30.0, "%", 2023, 2023, False), (60.0, "%", 2024, 2024, False)]
    text = WZ + "一、重点任务\n（一）推进改造。到2024年完成总任务的60%以上。\n"
    assert _targets(text) == [(60.0, "%", None, 2024, False)]


@pytest.mark.parametrize("clause", ["缴费基数按2022年度全市城镇非私营单位在岗职工平均工资的60%确定。",
                                    "补贴标准为2022年全市最低工资标准的60%。"])
def test_precision_basis_year_of_a_rate_stays_no_target_year(clause):
    assert _targets(WZ + "一、重点任务\n（一）" + clause + "\n") == [(60.0, "%", None, None, False)]


def test_second_document_title_block_with_period_line():
    # Gansu province: one notice issues a measures document and a plan; the plan's title block prints its period on
    # a line of its own. The plan's targets take its period (spec 1.1 s7); the measures have none.
    text = ("甘肃省人民政府办公厅关于印发支持数据要素市场发展若干措施和甘肃省数据要素市场培育行动计划（2024—2026年）的通知\n"
            "各市、自治州人民政府，兰州新区管委会，省政府各部门：\n"
            "《支持数据要素市场发展若干措施》《甘肃省数据要素市场培育行动计划（2024—2026年）》已经省政府同意，现印发给你们，请认真贯彻落实。\n"
            "甘肃省人民政府办公厅\n2024年3月8日\n"
            "支持数据要素市场发展若干措施\n一、对新建数据交易平台给予最高200万元奖励。\n"
            "甘肃省数据要素市场培育行动计划\n（2024—2026年）\n"
            "为加快培育数据要素市场，制定本行动计划。\n一、主要目标\n全省培育数据商50家，建设行业数据空间10个。\n")
    rec = process_text(text, doc_id="s17period").model_dump()
    got = sorted((t["value"], t["unit"], t["year_start"], t["year_end"]) for t in rec["targets"])
    assert got == [(10.0, "个", 2024, 2026), (50.0, "家", 2024, 2026), (2000000.0, "元", None, None)]
    assert rec["metadata"]["title"] == "支持数据要素市场发展若干措施和甘肃省数据要素市场培育行动计划（2024—2026年）"
