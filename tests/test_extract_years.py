"""Years (spec section 8): ranges, 五年规划 periods, Chinese numerals, relative years, exclusions."""
import json
from pathlib import Path

import pytest

from pipeline.clean import normalize_string
from pipeline.extract import extract_all

NOTICES = sorted(Path(__file__).parent.joinpath("notices").glob("structure-*.txt"))


def years_of(text: str) -> set[tuple[int, int]]:
    return {(y.start, y.end) for y in extract_all(normalize_string(text)).years}


BODY = "某省冷链物流发展方案\n一、发展目标\n{}\n"


@pytest.mark.parametrize("sentence,expected", [
    ("2026—2028年，建成冷链骨干网络。", {(2026, 2028)}),
    ("2024-2026年分步实施。", {(2024, 2026)}),
    ("2019年至2021年完成改造。", {(2019, 2021)}),
    ("到2030年末，冷库容量翻一番。", {(2030, 2030)}),
    ("“十二五”以来成效明显，“十五五”时期继续推进。", {(2011, 2015), (2026, 2030)}),
    ("二〇二二年底前完成验收。", {(2022, 2022)}),
    ("二○一八年启动试点。", {(2018, 2018)}),
    ("签发2-5年有效的通行证。", set()),
    ("依据《某省冷链管理办法》（某政发〔2017〕12号）执行。", set()),
    # spec 1.1 §8: the end of a five-year period is its last year (a 2011 Sichuan plan)
    ("“十二五”期末，冷链流通率达到30%；“十三五”时期末再提高10个百分点。", {(2015, 2015), (2020, 2020)}),
    # a range of dates is one entry (a Zhejiang subsidy rule)
    ("补贴期限为2019年1月1日至2023年12月31日。", {(2019, 2023)}),
    ("自2021年7月1日起至2024年6月30日止试行。", {(2021, 2024)}),
    # five-year plans before 十一五, where they cannot be a plain number (a 1997 central notice)
    ("“九五”期间建成地震监测台网，“十五”末全面覆盖；第十五条另有规定。", {(1996, 2000), (2005, 2005)}),
    # part of a plan period (a 2005 central reply letter): its last two years, its first three
    ("“十五”后两年重点推进，“十一五”前三年全面完成。", {(2004, 2005), (2006, 2008)}),
])
def test_year_forms(sentence, expected):
    assert years_of(BODY.format(sentence)) == expected


def test_relative_years_are_anchored_on_the_issue_date():
    text = ("某市人民政府关于稳定生猪生产的意见\n各区县人民政府：\n今后三年，全市生猪出栏稳定增长。\n"
            "某市人民政府\n2019年3月2日\n")
    assert years_of(text) == {(2019, 2019), (2019, 2021)}


def test_web_metadata_table_years_are_not_time_expressions():
    text = ("成文日期：\n2016年05月04日\n失效日期：\n2021年05月03日\n发布机关：\n某市人民政府\n"
            "某市人民政府关于加强消防安全的通知\n各区人民政府：\n2016年起推行网格化管理。\n")
    assert years_of(text) == {(2016, 2016)}


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_notice_years(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert sorted(years_of(path.read_text(encoding="utf-8"))) == [tuple(y) for y in expected["years"]]


def test_a_bracketed_period_without_年():
    """A Hebei 行动方案 (2019) titles its period `（2019—2021）`; a page range or a count in brackets is no
    period."""
    assert years_of("某省农田水利提升行动方案（2019—2021）\n一、目标\n完成改造任务（共12项）。\n") == {(2019, 2021)}


def test_a_year_without_nian_before_a_plan_genre():
    """`智慧某市2019工作要点` (a Guizhou city, 2019): the year written without 年 before the genre is the plan's
    year; a year inside an event's name (`2020中国…大会`) is not (spec 1.1 section 8)."""
    from pipeline.clean import normalize_string
    from pipeline.extract import extract_all
    ctx = extract_all(normalize_string("智慧某市2019工作要点\n一、办好2020中国数字经济大会。\n", "t"))
    assert [(y.start, y.end) for y in ctx.years] == [(2019, 2019)]
