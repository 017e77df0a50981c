"""One organ recognition per document, shared by every extractor and by the spaCy component."""
from __future__ import annotations

from pathlib import Path

import pytest

import pipeline.extract.departments as departments
from pipeline import make_nlp
from pipeline.document import process_file

ROOT = Path(__file__).resolve().parent.parent
NOTICES = (sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "dev" / "corpus").glob("*.txt"))
           + sorted((ROOT / "dev" / "heldout" / "corpus").glob("*.txt"))
           + sorted((ROOT / "dev" / "country" / "raw").glob("*.txt")))


def test_organ_recognition_runs_once_per_document(monkeypatch):
    calls = []
    real = departments.recognise_organs

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(departments, "recognise_organs", counting)
    record = process_file(ROOT / "corpus" / "qinzhou-2023-jineng-rencai.txt")
    assert record.departments and record.responsibilities
    assert len(calls) == 1


def test_make_nlp_agrees_with_process_on_every_corpus_and_dev_notice():
    nlp = make_nlp()
    disagree = {}
    for path in NOTICES:
        record = process_file(path)
        doc = nlp(record.text)
        from_nlp = {name for span in doc.spans["organs"] for name in span._.names}
        from_process = {d.name for d in record.departments}
        if from_nlp != from_process:
            disagree[path.stem] = (sorted(from_nlp - from_process), sorted(from_process - from_nlp))
    assert len(NOTICES) > 120 and disagree == {}
