"""The scorer pinned on small hand-made gold/prediction pairs (EXTRACTION_SPEC sections 3-10)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.score import PRF, is_named_organ, match_targets, score_dirs, score_document, score_set


def record(doc_id: str = "sichuan-county-2019-yanglao", **fields) -> dict:
    base = {
        "doc_id": doc_id,
        "metadata": {"title": "某县养老服务体系建设实施方案", "notice_title": None, "doc_number": "某府办发〔2019〕12号",
                     "issuers": ["某县人民政府办公室"], "issue_date": "2019-05-06", "region": "四川省某市某县",
                     "admin_level": "county", "doc_type": "实施方案", "draft": False},
        "tasks": [], "departments": [], "responsibilities": [], "targets": [], "years": [], "citations": [],
    }
    base.update(fields)
    return base


def target(value, unit="人", **attrs) -> dict:
    t = {"task": "一", "quote": f"{value}{unit}", "indicator": "养老护理员培训", "value": value, "unit": unit,
         "comparator": ">=", "per_year": True, "year_start": 2019, "year_end": 2021}
    t.update(attrs)
    return t


def prf(d: dict) -> tuple:
    return d["tp"], d["fp"], d["fn"]


def write(folder: Path, *records: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        (folder / f"{r['doc_id']}.json").write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")
    return folder


# --- set arithmetic -------------------------------------------------------------------------

def test_set_precision_recall_f1_arithmetic():
    s = score_set({"a", "b", "c"}, {"b", "c", "d", "e"})
    assert (s.tp, s.fp, s.fn) == (2, 1, 2)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))
    assert s.support == 4


def test_empty_sets_are_perfect_and_one_sided_sets_score_zero():
    assert PRF().f1 == 1.0
    nothing_found = score_set(set(), {"a"})
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (0.0, 0.0, 0.0)
    invented = score_set({"a"}, set())
    assert (invented.precision, invented.recall, invented.f1) == (0.0, 0.0, 0.0)


def test_counts_add_up_across_documents_micro_average():
    total = PRF()
    total += score_set({"a", "b"}, {"a", "b"})
    total += score_set({"x"}, {"y", "z"})
    assert (total.tp, total.fp, total.fn) == (2, 1, 2)
    assert total.f1 == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))


# --- targets --------------------------------------------------------------------------------

def test_repeated_targets_are_matched_one_to_one():
    gold = record(targets=[target(50, "名"), target(50, "名")])
    pred = record(targets=[target(50, "名")])
    out = score_document(pred, gold)
    assert prf(out["targets"].to_dict()) == (1, 0, 1)
    # and the other way round: a duplicated prediction cannot match one gold target twice
    out = score_document(gold, pred)
    assert prf(out["targets"].to_dict()) == (1, 1, 0)


def test_value_tolerance_is_one_tenth_of_a_percent():
    assert len(match_targets([target(10009)], [target(10000)])) == 1   # 0.09 %
    assert len(match_targets([target(10011)], [target(10000)])) == 0   # 0.11 %
    assert len(match_targets([target(33.33, "%")], [target(33.3333, "%")])) == 1


def test_targets_must_agree_on_unit():
    out = score_document(record(targets=[target(500, "人次")]), record(targets=[target(500, "人")]))
    assert prf(out["targets"].to_dict()) == (0, 1, 1)


def test_attribute_accuracies_and_strict_f1():
    gold = record(targets=[target(1, "家"), target(2, "个"), target(80, "%")])
    pred = record(targets=[
        target(1, "家"),                                   # all attributes right
        target(2, "个", comparator="=", year_start=None),  # two attributes wrong
        target(80, "%", task="二"),                        # task wrong
    ])
    out = {k: v.to_dict() for k, v in score_document(pred, gold).items()}
    assert prf(out["targets"]) == (3, 0, 0)
    assert out["targets.comparator"]["correct"] == 2 and out["targets.comparator"]["total"] == 3
    assert out["targets.year_start"]["correct"] == 2
    assert out["targets.year_end"]["correct"] == 3
    assert out["targets.per_year"]["correct"] == 3
    assert out["targets.task"]["correct"] == 2
    assert prf(out["targets.strict"]) == (1, 2, 2)


def test_matching_prefers_the_candidate_that_agrees_on_attributes():
    gold = record(targets=[target(5, "个", task="一"), target(5, "个", task="二")])
    pred = record(targets=[target(5, "个", task="二"), target(5, "个", task="一")])
    out = score_document(pred, gold)
    assert out["targets.task"].correct == 2
    assert out["targets.strict"].tp == 2


def test_missing_comparator_and_per_year_read_as_spec_defaults():
    plain = target(3, "个", comparator="=", per_year=False)
    bare = {k: v for k, v in plain.items() if k not in ("comparator", "per_year")}
    out = score_document(record(targets=[bare]), record(targets=[plain]))
    assert out["targets.strict"].tp == 1


# --- tasks, departments, responsibilities, years, citations -----------------------------------

def test_task_paths_and_heading_accuracy():
    gold = record(tasks=[{"path": "一", "heading": "总体要求"}, {"path": "二/(一)", "heading": "完善居家养老服务"},
                         {"path": "二/(一)/1", "heading": "建设社区日间照料中心"}])
    pred = record(tasks=[{"path": "一", "heading": "总体要求"}, {"path": "二/(一)", "heading": "完善居家养老服务。"},
                         {"path": "二/(二)", "heading": "发展机构养老"}])
    out = score_document(pred, gold)
    assert prf(out["tasks"].to_dict()) == (2, 1, 1)
    assert (out["tasks.heading"].correct, out["tasks.heading"].total) == (1, 2)


@pytest.mark.parametrize("name, named", [
    ("四川省民政厅", True), ("某县卫生健康局", True), ("国务院", True), ("共青团某县委员会", True),
    ("各乡镇人民政府", False), ("县级有关部门", False), ("相关行业主管部门", False), ("财政部门", False),
    ("联席会议成员单位", False), ("同级民政部门", False), ("本级老龄工作委员会", False),
    ("发证机关", False), ("企业工会", False), ("社会服务机构", False),
])
def test_named_organ_filter(name, named):
    assert is_named_organ(name) is named


def test_departments_scored_as_sets_with_a_named_only_view():
    gold = record(departments=[{"name": "某县民政局", "quote": "县民政局"}, {"name": "某县财政局", "quote": "县财政局"},
                               {"name": "各乡镇人民政府", "quote": "各乡镇人民政府"}, {"name": "卫生健康部门", "quote": "卫生健康"}])
    pred = record(departments=[{"name": "某县民政局", "quote": "县民政局"}, {"name": "某县医疗保障局", "quote": "县医保局"},
                               {"name": "各乡镇人民政府", "quote": "各乡镇人民政府"}])
    out = score_document(pred, gold)
    assert prf(out["departments"].to_dict()) == (2, 1, 2)
    assert prf(out["departments.named"].to_dict()) == (1, 1, 1)


def test_responsibilities_triples_and_pairs():
    gold = record(responsibilities=[{"task": "二/(一)", "department": "某县民政局", "role": "lead"},
                                    {"task": "二/(一)", "department": "某县财政局", "role": "co"}])
    pred = record(responsibilities=[{"task": "二/(一)", "department": "某县民政局", "role": "responsible"},
                                    {"task": "二/(一)", "department": "某县财政局", "role": "co"},
                                    {"task": "二/(二)", "department": "某县财政局", "role": "co"}])
    out = score_document(pred, gold)
    assert prf(out["responsibilities"].to_dict()) == (1, 2, 1)
    assert prf(out["responsibilities.pairs"].to_dict()) == (2, 1, 0)


def test_years_and_citations_as_sets():
    gold = record(years=[{"quote": "2019年", "start": 2019, "end": 2019}, {"quote": "“十四五”期间", "start": 2021, "end": 2025}],
                  citations=[{"title": "四川省养老服务条例", "doc_number": None},
                             {"title": "关于推进养老服务发展的意见", "doc_number": "国办发〔2019〕5号"}])
    pred = record(years=[{"quote": "2019年", "start": 2019, "end": 2019}, {"quote": "2021年", "start": 2021, "end": 2021}],
                  citations=[{"title": "关于推进养老服务发展的意见", "doc_number": "国办发〔2019〕5号"},
                             {"title": None, "doc_number": "川府发〔2018〕3号"}])
    out = score_document(pred, gold)
    assert prf(out["years"].to_dict()) == (1, 1, 1)
    assert prf(out["citations.title"].to_dict()) == (1, 0, 1)
    assert prf(out["citations.doc_number"].to_dict()) == (1, 1, 0)


def test_text_is_compared_after_nfkc_and_white_space_removal():
    gold = record(tasks=[{"path": "二/(一)", "heading": "完善居家养老服务"}],
                  departments=[{"name": "某县（市）民政局", "quote": "民政局"}],
                  targets=[target(30, "%")],
                  citations=[{"title": "某县养老服务条例（试行）", "doc_number": "某府发〔2019〕1号"}])
    gold["metadata"]["issuers"] = ["某县人民政府办公室"]
    pred = record(tasks=[{"path": "二/（一）", "heading": "完善 居家养老服务"}],
                  departments=[{"name": "某县(市) 民政局", "quote": "民政局"}],
                  targets=[target(30, "％", task=" 一 ")],
                  citations=[{"title": "某县养老服务条例(试行)", "doc_number": "某府发〔2019〕1号 "}])
    pred["metadata"]["issuers"] = ["某县人民政府办公室 "]
    pred["metadata"]["title"] = "某县养老服务体系建设\u3000实施方案"
    out = score_document(pred, gold)
    for key in ("tasks", "departments", "targets", "targets.strict", "citations.title", "citations.doc_number"):
        assert out[key].f1 == 1.0, key
    assert out["tasks.heading"].value == 1.0
    assert out["metadata.issuers"].value == 1.0 and out["metadata.title"].value == 1.0


def test_metadata_keys_are_scored_by_exact_match_and_issuers_as_a_set():
    gold = record()
    gold["metadata"]["issuers"] = ["某县委办公室", "某县人民政府办公室"]
    pred = record()
    pred["metadata"].update(issuers=["某县人民政府办公室", "某县委办公室"], admin_level="prefecture", draft=None)
    out = score_document(pred, gold)
    assert out["metadata.issuers"].value == 1.0
    assert out["metadata.admin_level"].value == 0.0
    assert out["metadata.draft"].value == 1.0   # None reads as false
    assert out["metadata.region"].value == 1.0


# --- empty and missing predictions -------------------------------------------------------------

def test_empty_prediction_record_counts_every_gold_item_as_missed():
    gold = record(tasks=[{"path": "一", "heading": "总体要求"}], targets=[target(1, "家")],
                  departments=[{"name": "某县民政局", "quote": "县民政局"}])
    empty = record()
    out = score_document(empty, gold)
    assert prf(out["tasks"].to_dict()) == (0, 0, 1)
    assert prf(out["targets"].to_dict()) == (0, 0, 1)
    assert out["departments"].f1 == 0.0
    assert out["years"].f1 == 1.0   # nothing in gold, nothing predicted
    assert out["targets.comparator"].total == 0


def test_missing_prediction_file_counts_as_all_false_negatives(tmp_path):
    a = record("a-doc", tasks=[{"path": "一", "heading": "总体要求"}], years=[{"quote": "2019年", "start": 2019, "end": 2019}])
    b = record("b-doc", tasks=[{"path": "一", "heading": "总体要求"}, {"path": "二", "heading": "主要任务"}])
    gold = write(tmp_path / "gold", a, b)
    pred = write(tmp_path / "pred", a)
    result = score_dirs(gold, pred)
    assert result["missing_predictions"] == ["b-doc"]
    assert result["documents"] == 2
    assert prf(result["per_doc"]["b-doc"]["tasks"]) == (0, 0, 2)
    assert prf(result["micro"]["tasks"]) == (1, 0, 2)
    # every metadata key of the missing record is wrong, also the ones whose gold value is null
    assert all(result["per_doc"]["b-doc"][f"metadata.{k}"]["acc"] == 0.0
               for k in ("title", "notice_title", "draft"))
    assert result["micro"]["metadata.notice_title"]["correct"] == 1


def test_missing_gold_dir_is_an_error(tmp_path, capsys):
    pred = write(tmp_path / "pred", record())
    with pytest.raises(FileNotFoundError):
        score_dirs(tmp_path / "no-such-gold", pred)
    assert main(["score", "--gold", str(tmp_path / "no-such-gold"), "--pred", str(pred)]) == 2
    assert "no gold files" in capsys.readouterr().err


def test_missing_pred_dir_is_an_error_not_a_zero_score(tmp_path, capsys):
    gold = write(tmp_path / "gold", record())
    assert main(["score", "--gold", str(gold), "--pred", str(tmp_path / "typo")]) == 2
    assert "predictions folder" in capsys.readouterr().err


def test_records_subfolder_of_a_run_is_found(tmp_path):
    gold = write(tmp_path / "gold", record())
    write(tmp_path / "run" / "records", record())
    result = score_dirs(gold, tmp_path / "run")
    assert result["missing_predictions"] == []


# --- CLI ---------------------------------------------------------------------------------------

def test_cli_prints_the_table_and_writes_json(tmp_path, capsys):
    gold = write(tmp_path / "gold", record(targets=[target(50, "名"), target(50, "名")]))
    pred = write(tmp_path / "pred", record(targets=[target(50, "名")]))
    out_json = tmp_path / "score" / "result.json"
    assert main(["score", "--gold", str(gold), "--pred", str(pred), "--json", str(out_json)]) == 0
    table = capsys.readouterr().out
    assert "documents: 1" in table and "per document (F1)" in table
    targets_row = next(line for line in table.splitlines() if line.startswith("targets "))
    assert targets_row.split()[1:] == ["1.000", "0.500", "0.667", "2"]
    result = json.loads(out_json.read_text(encoding="utf-8"))
    assert set(result) == {"micro", "per_doc", "missing_predictions", "documents"}
    assert result["micro"]["targets"] == {"p": 1.0, "r": 0.5, "f": 0.6667, "tp": 1, "fp": 0, "fn": 1, "support": 2}
    assert result["micro"]["metadata.title"] == {"acc": 1.0, "correct": 1, "total": 1}
    assert list(result["per_doc"]) == ["sichuan-county-2019-yanglao"]


def test_cli_markdown_table(tmp_path, capsys):
    gold = write(tmp_path / "gold", record())
    assert main(["score", "--gold", str(gold), "--pred", str(gold), "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| field | P | R | F1 | support |")
    assert "| tasks | 1.000 | 1.000 | 1.000 | 0 |" in out
