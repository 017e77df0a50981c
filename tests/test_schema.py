"""The published JSON Schema: checked in, up to date, and every record the main job writes validates."""
import json
from pathlib import Path

import jsonschema

from pipeline.cli import main
from pipeline.record import SCHEMA_VERSION, record_json_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "pipeline" / "schema" / "record.schema.json"


def test_checked_in_schema_is_current():
    """Regenerate with: policykb schema > pipeline/schema/record.schema.json"""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == record_json_schema()


def test_schema_command_prints_the_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$id"].endswith(f"record-{SCHEMA_VERSION}.json")


def test_every_record_validates(corpus_records):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert corpus_records
    for doc_id, record in corpus_records.items():
        errors = list(validator.iter_errors(record))
        assert not errors, (doc_id, errors[:3])
        assert record["schema_version"] == SCHEMA_VERSION


def test_every_span_points_at_its_quote(corpus_records):
    for doc_id, record in corpus_records.items():
        text = record["text"]
        items = [i for f in ("tasks", "departments", "responsibilities", "targets", "years", "citations")
                 for i in record[f]] + list(record["metadata"].get("evidence", {}).values())
        for item in items:
            start, end = item["span"]
            assert text[start:end] == item["quote"], (doc_id, item)


def test_records_carry_provenance(corpus_records):
    for record in corpus_records.values():
        prov = record["provenance"]
        assert len(prov["sha256"]) == 64
        assert prov["format"] in {"txt", "pdf", "html", "docx", "ofd"}
        assert prov["pages"] == len(prov["backends"]) >= 1
        assert record["page_map"][0]["start"] == 0
