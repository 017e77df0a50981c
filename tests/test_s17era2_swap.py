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
