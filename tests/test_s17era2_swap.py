"""s17-era2: the era swap moves every year it moves in the gold (far targets such as 到2050年 / 2060年前 too),
and leaves numbers that are not years (quantities, areas) alone. Snippets in the style of a Hainan / Tibet
provincial plan (not from any dev notice)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import era_swap  # noqa: E402

HAINAN = ("海南省人民政府关于印发海南省林业发展规划（2021—2035年）的通知\n琼府〔2021〕18号\n\n"
          "各市、县、自治县人民政府：\n到2025年，森林覆盖率稳定在62%以上；到2035年，基本建成热带雨林国家公园；"
          "到2050年，全面建成生态文明示范区。力争2060年前实现碳中和。\n"
          "新增造林2080万亩，建设用地2056公顷，投入2050.5万元。\n\n海南省人民政府\n2021年6月3日\n")


def test_far_years_move_with_the_gold():
    s = era_swap.shift_text_years(HAINAN, 15)
    assert "（2006—2020年）" in s and "琼府〔2006〕18号" in s
    assert "到2010年" in s and "到2020年" in s and "到2035年，全面建成" in s and "力争2045年前" in s
    # not years: quantities and areas keep their digits
    assert "2080万亩" in s and "2056公顷" in s and "2050.5万元" in s
    assert "２０５０年" == era_swap.shift_text_years("２０６０年", 10)


def test_far_target_quote_in_text_after_swap():
    gold = {"doc_id": "hn", "metadata": {"issue_date": "2021-06-03", "admin_level": "province", "region": "海南省",
                                          "doc_number": "琼府〔2021〕18号"},
            "departments": [], "citations": [], "tasks": [], "responsibilities": [],
            "targets": [{"year_start": None, "year_end": 2050}],
            "years": [{"quote": "到2050年", "start": 2050, "end": 2050},
                      {"quote": "2060年前", "start": 2060, "end": 2060},
                      {"quote": "2021—2035年", "start": 2021, "end": 2035}]}
    for seed in (1, 2, 3):
        nt, ng, info = era_swap.era_swap_notice(HAINAN, gold, seed=seed)
        k = info["k"]
        for e, old in zip(ng["years"], gold["years"]):
            assert e["quote"] in nt, (seed, e)
            assert e["start"] == old["start"] - k and str(e["end"]) in e["quote"]
        assert ng["targets"][0]["year_end"] == 2050 - k


def test_pred_diff_reads_the_percent_typography(tmp_path):
    import json
    rec = {"metadata": {"admin_level": "province"}, "departments": [], "responsibilities": [], "targets": [],
           "years": [], "citations": [], "tasks": [{"path": "一", "heading": "覆盖率达到30%"}]}
    swapped = dict(rec, tasks=[{"path": "一", "heading": "覆盖率达到百分之三十"}])
    for name, r in (("o", rec), ("s", swapped)):
        (tmp_path / name / "out" / "records").mkdir(parents=True)
        (tmp_path / name / "out" / "records" / "x.json").write_text(json.dumps(r, ensure_ascii=False))
    info = {"x": {"k": 20, "new_year": 2001, "typography": {"percent": "百分之"}}}
    rows = era_swap.pred_diff(tmp_path / "o", tmp_path / "s", info)
    assert [r for r in rows if r["field"] == "tasks"] == []


# ---------------------------------------------------------------- school years (pipeline/extract/years.py)
from pipeline import process_text  # noqa: E402

GUANGXI_2005 = """广西壮族自治区教育厅关于做好2005—2006学年度中小学教材征订工作的通知
桂教基教〔2005〕41号

各市教育局：
一、自2005/2006学年起，全区义务教育阶段学校使用新教材。
二、二○○四至二○○五学年已征订的教材，各县（市、区）要于2005年7月底前清理完毕。
三、推动学校每学年开展一次教材评议，第2学年开设地方课程，学年论文另行安排。

广西壮族自治区教育厅
二○○五年六月十日
"""

PRECISION_HLJ = """黑龙江省教育厅关于加强高等学校学籍管理的通知

各普通高等学校：
学生每学年须修满规定学分；休学期间不计入学年；第三学年结束前完成实习，学年论文由各校自定。
毕业学年学生的就业指导由学校负责，学年制与学分制并行。

黑龙江省教育厅
二○○六年九月一日
"""


def _years(text):
    r = process_text(text, doc_id="x").model_dump()
    return sorted((y["start"], y["end"], y["quote"]) for y in r["years"])


def test_school_years_are_periods():
    assert _years(GUANGXI_2005) == [
        (2004, 2005, "二○○四至二○○五学年"),
        (2005, 2005, "2005年"),
        (2005, 2006, "2005—2006学年"),
    ]


def test_school_year_words_without_a_year_give_none():
    assert _years(PRECISION_HLJ) == [(2006, 2006, "二○○六年")]


def test_swap_moves_school_years_and_chinese_ranges():
    f = era_swap.shift_text_years
    assert f("2021—2022学年、2021/2022学年度、2021学年、二〇二一至二〇二三年、每学年", 10) == \
        "2011—2012学年、2011/2012学年度、2011学年、二〇一一至二〇一三年、每学年"
