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


# --- a schema that means something (issue 14) ------------------------------------------------------

import copy  # noqa: E402

import pytest  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from pipeline.record import Record  # noqa: E402

FIELDS_DOC = Path(__file__).resolve().parent.parent / "docs" / "fields.md"


def test_every_property_is_described():
    schema = record_json_schema()
    missing = []
    for name, d in [("Record", schema)] + list(schema["$defs"].items()):
        for key, prop in d.get("properties", {}).items():
            if not prop.get("description"):
                missing.append(f"{name}.{key}")
    assert not missing


def test_field_reference_is_generated_and_current():
    """Regenerate with: policykb schema --markdown > docs/fields.md"""
    from pipeline.fieldsdoc import fields_markdown

    assert FIELDS_DOC.read_text(encoding="utf-8") == fields_markdown()


@pytest.fixture(scope="module")
def good_record(corpus_records):
    return next(iter(corpus_records.values()))


@pytest.mark.parametrize("break_it", [
    lambda r: r["tasks"][0].__setitem__("span", [-1, 3]),
    lambda r: r["tasks"][0].__setitem__("span", [9, 3]),
    lambda r: r.__setitem__("surprise", 1),
    lambda r: r["metadata"].__setitem__("colour", "red"),
    lambda r: r["tasks"][0].__setitem__("extra", True),
    lambda r: r["metadata"].__setitem__("issue_date", "2024年3月5日"),
    lambda r: r["metadata"].__setitem__("issue_date", "2024-02-30"),
    lambda r: r.__setitem__("schema_version", "0.9"),
    lambda r: r["metadata"].__setitem__("admin_level", "city"),
    lambda r: r["page_map"][0].__setitem__("page", 0),
], ids=["negative-span", "reversed-span", "unknown-key", "unknown-metadata-key", "unknown-item-key", "date-text",
        "impossible-date", "schema-version", "admin-level", "page-zero"])
def test_published_model_and_schema_reject_bad_records(good_record, break_it):
    bad = copy.deepcopy(good_record)
    assert bad["tasks"]
    break_it(bad)
    with pytest.raises(ValidationError):
        Record.model_validate(bad)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    start, end = bad["tasks"][0]["span"]
    if start <= end:  # start <= end is beyond JSON Schema; the model checks it
        assert list(jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(bad))


def test_good_records_validate_in_the_model(corpus_records):
    for record in corpus_records.values():
        Record.model_validate(record)


def test_warnings_are_coded(corpus_records):
    for record in corpus_records.values():
        for w in record["warnings"]:
            assert set(w) == {"code", "message", "page"} and w["code"].startswith("W")
