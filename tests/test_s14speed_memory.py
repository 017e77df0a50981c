"""Issue 16, memory flat from 1,000 to 10,000 documents (session 14): what the parent holds for
every document of a run is kept small (record names instead of Path objects in the rebuild, one
packed integer per spooled share in `write.FragmentIndex`, `Job` without a __dict__, the
discovered files dropped once the jobs are planned). The outputs must be the same bytes; the
memory itself is measured by benchmarks/scale.py, not here."""
import pickle
from pathlib import Path

import pytest

from pipeline import write
from pipeline.runner import Job, RunSettings, run

from test_s13speed_collection import _collection, _same_as_reading_every_record, _write_notices


def test_the_fragment_index_gives_back_what_was_added():
    index = write.FragmentIndex()
    spools = ["/tmp/x/.policykb-spool/101-ab12cd34.spool", "/tmp/x/.policykb-spool/102-0f0f0f0f.spool"]
    added = {f"n{k:05d}.json": (spools[k % 2], 45_000 * k, 40_000 + k) for k in range(500)}
    added["深圳市人民政府关于印发某某规划的通知.json"] = (spools[0], 2**39 + 7, 2**33 + 5)  # large offsets
    added["huge.json"] = (spools[1], 3, 2**45)  # a length past the packed field: kept as it is
    for name, where in added.items():
        index.add(name, where)
    assert len(index) == len(added)
    assert all(index.get(name) == where for name, where in added.items())
    assert index.get("missing.json") is None and "missing.json" not in index and "n00001.json" in index
    assert all(index.get(name)[0] is spools[k % 2] for k, name in enumerate(list(added)[:10]))  # (one copy)


@pytest.mark.skipif(not write._can_fork(), reason="the helpers are forked (Linux)")
@pytest.mark.parametrize("workers", [1, 2])
def test_a_rebuild_reads_the_fragment_index_as_it_read_the_dict(tmp_path, monkeypatch, workers):
    src = tmp_path / "in"
    _write_notices(src, 7)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    expected = _collection(out)
    spool = write.FragmentSpool(tmp_path / "spool")
    (tmp_path / "spool").mkdir()
    index = write.FragmentIndex()
    for path, record in write.iter_records(out):
        index.add(path.name, spool.add(write.record_share(record, path.read_text(encoding="utf-8"))))
    for p in (out / "tables").iterdir():
        p.unlink()
    (out / "kb.jsonl").unlink()
    # the shares are what is read: the records are not (a record read again would fail)
    monkeypatch.setattr(write, "loads", lambda data: (_ for _ in ()).throw(AssertionError("record read")))
    stats = write.rebuild_collection(out, workers=workers, chunk=2, fragments=index)
    assert stats["documents"] == 7
    assert _collection(out) == expected


def test_the_record_names_are_listed_in_doc_id_order_without_hidden_or_other_files(tmp_path):
    rec = tmp_path / "records"
    rec.mkdir()
    for name in ["b.json", "a-b.json", "a.json", ".tmp-123abc", ".hidden.json", "notes.txt", "a.json.bak"]:
        (rec / name).write_text("{}", encoding="utf-8")
    (rec / "dir.json").mkdir()  # not a readable record: listed, then skipped when read
    names = write._record_files(tmp_path)
    assert names == ["a.json", "a-b.json", "b.json", "dir.json"]  # by doc_id: "a" < "a-b" (not "a-b.json" < "a.json")
    assert all(type(n) is str for n in names)
    assert [p.name for p, _ in write.iter_records(tmp_path)] == ["a.json", "a-b.json", "b.json"]
    assert write._record_files(tmp_path / "nothing-here") == []


@pytest.mark.skipif(not write._can_fork(), reason="the helpers are forked (Linux)")
@pytest.mark.parametrize("workers", [1, 2])
def test_keep_is_given_the_record_path_by_both_rebuilds(tmp_path, workers):
    src = tmp_path / "in"
    _write_notices(src, 6)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    seen = []

    def keep(path, record):
        seen.append(path)
        return record["doc_id"] not in ("n001", "n004")

    stats = write.rebuild_collection(out, keep=keep, workers=workers, chunk=2)
    assert (stats["documents"], stats["pruned"]) == (4, 2)
    if workers == 1:  # (the helpers' calls are in their own processes)
        assert [p.name for p in seen] == [f"n{k:03d}.json" for k in range(6)]
        assert all(isinstance(p, Path) and p.parent == out / "records" for p in seen)
    assert sorted(p.name for p in (out / "records").iterdir()) == ["n000.json", "n002.json", "n003.json", "n005.json"]
    _same_as_reading_every_record(out, tmp_path)


def test_a_job_has_no_dict_and_pickles_as_it_was():
    job = Job(path="/tmp/in/n001.txt", doc_id="n001", source="in/n001.txt", warnings=("W010 x",))
    assert not hasattr(job, "__dict__")
    again = pickle.loads(pickle.dumps(job))
    assert again == job and again.settings == job.settings


@pytest.mark.skipif(not write._can_fork(), reason="the worker processes are forked (Linux)")
def test_a_run_and_an_unchanged_resume_give_the_same_knowledge_base(tmp_path):
    """The run with the packed index (2 workers, more records than one rebuild chunk) gives the
    bytes of a run in this process; an unchanged --resume run gives them again."""
    src = tmp_path / "in"
    _write_notices(src, 12)
    a, b = tmp_path / "workers", tmp_path / "serial"
    run([src], RunSettings(out=a, workers=2, progress=False))
    run([src], RunSettings(out=b, workers=1, isolate=False, progress=False))
    first = _collection(a)
    assert first == _collection(b)
    summary = run([src], RunSettings(out=a, workers=2, resume=True, progress=False))
    assert (summary.skipped, summary.documents, summary.kb_documents) == (12, 12, 12)
    assert _collection(a) == first
