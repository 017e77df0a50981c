"""Label Studio round trip and the spaCy Doc of a record."""
import json

from pipeline.gold import GoldRecord, problems
from pipeline.kb.labelstudio import export_tasks, import_annotations, label_config, task_to_gold
from pipeline.score import score_dirs

DOC = "qinzhou-2023-jineng-rencai"
LEAD_DOC = "guangdong-2025-jineng-tisheng"


def _as_annotated(tasks):
    """What Label Studio exports after a labeller accepts the pre-annotations."""
    for t in tasks:
        t["annotations"] = [{"id": 1, "result": t.pop("predictions")[0]["result"], "was_cancelled": False}]
    return tasks


def test_label_studio_round_trip(corpus_run, tmp_path):
    out, _ = corpus_run
    tasks_file = tmp_path / "tasks.json"
    assert export_tasks(out, tasks_file) == 5  # twins left out
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    task = next(t for t in tasks if t["data"]["doc_id"] == LEAD_DOC)
    result = task["predictions"][0]["result"]
    assert {r["value"]["labels"][0] for r in result if r.get("type") == "labels"} == {
        "Task", "Organ", "Assignee", "Target", "Year", "Citation"}
    assert any(r["type"] == "relation" and r["labels"] == ["lead"] for r in result)
    for r in result:
        if r.get("type") == "labels":
            v = r["value"]
            assert task["data"]["text"][v["start"]:v["end"]] == v["text"]
    assert 'name="field"' in label_config() and "<Relation value=\"co\"/>" in label_config()

    export = tmp_path / "export.json"
    export.write_text(json.dumps(_as_annotated(tasks), ensure_ascii=False), encoding="utf-8")
    gold_dir = tmp_path / "gold"
    written = import_annotations(export, gold_dir)
    assert len(written) == 5
    result = score_dirs([gold_dir], out / "records")
    micro = result["micro"]
    for field in ("tasks", "departments", "responsibilities", "targets", "targets.strict", "years", "citations.title"):
        assert micro[field]["f"] == 1.0, field
    assert all(micro[f"metadata.{k}"]["acc"] == 1.0 for k in ("title", "doc_number", "region", "issue_date"))
    # the imported files pass the labeller's check against the record's text
    record = json.loads((out / "records" / f"{DOC}.json").read_text(encoding="utf-8"))
    gold = json.loads((gold_dir / f"{DOC}.json").read_text(encoding="utf-8"))
    assert problems(gold, record["text"]) == []


def test_label_studio_corrections_come_back(corpus_run, tmp_path):
    out, _ = corpus_run
    export_tasks(out, tmp_path / "t.json")
    tasks = _as_annotated(json.loads((tmp_path / "t.json").read_text(encoding="utf-8")))
    task = next(t for t in tasks if t["data"]["doc_id"] == LEAD_DOC)
    result = task["annotations"][0]["result"]
    # the labeller changes one role, deletes one target and corrects one value
    rel = next(r for r in result if r["type"] == "relation" and r["labels"] == ["lead"])
    rel["labels"] = ["co"]
    target_ids = [r["id"] for r in result if r.get("type") == "labels" and r["value"]["labels"] == ["Target"]]
    result[:] = [r for r in result if r.get("id") != target_ids[0]]
    attrs = next(r for r in result if r.get("id") == target_ids[1] and r["from_name"] == "attrs")
    attrs["value"]["text"] = [line if not line.startswith("value=") else "value=9000" for line in attrs["value"]["text"]]
    gold = task_to_gold(task)
    GoldRecord.model_validate(gold)
    record = json.loads((out / "records" / f"{LEAD_DOC}.json").read_text(encoding="utf-8"))
    assert len(gold["targets"]) == len(record["targets"]) - 1
    assert 9000.0 in {t["value"] for t in gold["targets"]}
    roles = {(r["task"], r["department"], r["role"]) for r in gold["responsibilities"]}
    before = {(r["task"], r["department"], r["role"]) for r in record["responsibilities"]}
    assert len(roles - before) == 1 and next(iter(roles - before))[2] == "co"


def test_record_to_doc_and_docbin(corpus_records, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    from pipeline.kb.spacy_doc import record_to_doc, to_docbin

    record = corpus_records[DOC]
    doc = record_to_doc(record)
    assert doc.text == record["text"]
    assert len(doc.spans["task_headings"]) == len(record["tasks"])
    assert len(doc.spans["targets"]) == len(record["targets"])
    assert len(doc.spans["organs"]) == len(record["departments"])
    assert len(doc.spans["responsibilities"]) == len(record["responsibilities"])
    assert len(doc.spans["citations"]) == len(record["citations"]) and len(doc.spans["years"]) == len(record["years"])
    assert doc.user_data["unaligned"] == 0
    first = record["targets"][0]
    span = doc.spans["targets"][0]
    assert span.text == first["quote"] and span.label_ == "技能人才总量·人"
    assert {e.label_ for e in doc.ents} == {"ORG"}
    path = tmp_path / "kb.spacy"
    to_docbin([record, corpus_records["zhanjiang-2025-zhiye-nengli"]], path)
    docs = list(DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab))
    assert [d.user_data["doc_id"] for d in docs] == [DOC, "zhanjiang-2025-zhiye-nengli"]
    assert len(docs[0].spans["targets"]) == len(record["targets"])
