"""Issue 16, 2 workers: the workers write their records and spool their share of kb.jsonl and
tables/ (write.record_share); the end-of-run rebuild copies the shares. The knowledge base must
be the very bytes of the one made by reading every record again."""
import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from pipeline import write
from pipeline.runner import RunSettings, run
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

# A county notice of another era and style than the corpus (written for this test).
NOTICE = """{place}人民政府办公室关于做好{year}年农村饮水安全巩固提升工作的通知
{place}政办发〔{year}〕{n}号
各乡镇人民政府，县直各单位：
一、工作目标
到{end}年底，全县农村集中供水率达到{rate}%以上，自来水普及率达到{tap}%。
二、主要任务
（一）实施水源保护工程。由县水利局牵头，县生态环境局、县卫生健康局配合，年内完成{k}处水源地划定。
（二）推进管网延伸。各乡镇人民政府负责本辖区工程建设，县财政局落实配套资金。
三、保障措施
依据《{place}农村供水工程管理办法》（{place}政发〔2016〕3号）执行。
{place}人民政府办公室
{year}年3月8日
"""


def _write_notices(folder: Path, n: int, offset: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    places = ["临泉县", "宁都县", "米脂县", "兴山县", "弥勒市"]
    for k in range(offset, offset + n):
        text = NOTICE.format(place=places[k % len(places)], year=2012 + k % 9, n=k + 1, end=2015 + k % 9,
                             rate=80 + k % 15, tap=70 + k % 20, k=k % 7 + 1)
        (folder / f"n{k:03d}.txt").write_text(text, encoding="utf-8")


def _collection(out: Path) -> dict[str, bytes]:
    names = ["kb.jsonl"] + [f"tables/{p.name}" for p in sorted((out / "tables").iterdir())]
    names += [f"records/{p.name}" for p in sorted((out / "records").iterdir())]
    return {n: (out / n).read_bytes() for n in names}


# --- the kb line from the record's text ---------------------------------------------------------

@pytest.mark.parametrize("record", [
    {"doc_id": "a", "text": "第一行\n第二行\t\"引号\" \\ 反斜杠", "empty": [], "none": {}, "n": [1, 2, [3, {}]],
     "nested": {"k": [{"x": None, "y": True, "z": False}]}},
    {"doc_id": "b", "text": ",\n  看似缩进的文字\r\n", "ctrl": "\x00\x1f\x7f", "sep": "\u2028\u2029\u0085",
     "floats": [0.5, 12.75, 1e-05, 1e+16, -0.0, 3.0], "big": 12345678901234567890123},
    {"doc_id": "c", "items": [{"span": [0, 5], "quote": "[{\n}]", "value": 1.5}], "k": "：，。"},
])
def test_the_kb_line_made_from_the_record_text_is_the_dumped_line(record):
    text = write.to_json(record)
    assert write.kb_line(text) == write.dumps_line(write.loads(text.encode("utf-8")))


def test_the_kb_line_of_real_records_is_the_dumped_line(tmp_path):
    out = tmp_path / "out"
    run([ROOT / "corpus"], RunSettings(out=out, workers=1, progress=False))
    records = sorted((out / "records").glob("*.json"))
    assert len(records) >= 8
    for path in records:
        text = path.read_text(encoding="utf-8")
        assert write.kb_line(text) == write.dumps_line(write.loads(path.read_bytes()))


# --- runs ----------------------------------------------------------------------------------------

def _same_as_reading_every_record(out: Path, tmp_path: Path) -> None:
    """The knowledge base of `out` is what a rebuild reading every record writes."""
    again = tmp_path / "again"
    shutil.rmtree(again, ignore_errors=True)
    shutil.copytree(out, again)
    write.rebuild_collection(again)
    assert _collection(out) == _collection(again)


@pytest.mark.skipif(not write._can_fork(), reason="the helpers are forked (Linux)")
@pytest.mark.parametrize("workers", [1, 2])
def test_workers_writing_records_and_shares_give_the_in_process_outputs(tmp_path, monkeypatch, workers):
    src = tmp_path / "in"
    _write_notices(src, 9)
    monkeypatch.setattr(write._ParquetTable, "BATCH", 7)  # row groups that cut across documents
    a, b = tmp_path / "workers", tmp_path / "serial"
    run([src], RunSettings(out=a, workers=workers, progress=False))
    run([src], RunSettings(out=b, workers=1, isolate=False, progress=False))  # no worker, no shares
    assert _collection(a) == _collection(b)
    _same_as_reading_every_record(a, tmp_path)
    # nothing of the run's own is left: no spool, no temporary file
    assert sorted(p.name for p in a.iterdir()) == [".policykb.lock", "errors.jsonl", "kb.jsonl", "records",
                                                   "run.json", "tables"]
    assert not [p for p in (a / "records").iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(not write._can_fork(), reason="the helpers are forked (Linux)")
def test_shares_mix_with_records_read_again_on_resume_and_prune(tmp_path):
    src = tmp_path / "in"
    _write_notices(src, 6)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=2, progress=False))
    # one notice changed, two new ones, one gone: --resume --prune makes shares for three, reads
    # the four unchanged records back and drops the one whose file is gone
    (src / "n001.txt").write_text((src / "n001.txt").read_text(encoding="utf-8").replace("3月8日", "4月9日"),
                                  encoding="utf-8")
    _write_notices(src, 2, offset=6)
    (src / "n004.txt").unlink()
    summary = run([src], RunSettings(out=out, workers=2, resume=True, prune=True, progress=False))
    assert (summary.skipped, summary.pruned, summary.kb_documents) == (4, 1, 7)
    kb_ids = [json.loads(line)["doc_id"] for line in (out / "kb.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kb_ids == ["n000", "n001", "n002", "n003", "n005", "n006", "n007"]
    _same_as_reading_every_record(out, tmp_path)


# --- the worker pool with a job in each worker's pipe ----------------------------------------------

def _picky(job):
    from pipeline.runner import process_job

    name = Path(job.path).name
    if name == "n003.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    if name == "n007.txt":
        time.sleep(60)
    return process_job(job)


def test_a_killed_or_stuck_worker_costs_only_its_own_document(tmp_path):
    """Each worker holds a second job while more wait; when the worker dies (n003) or is killed
    past the time limit (n007), the job waiting behind the lost one runs elsewhere."""
    from pipeline.pool import run_limited
    from pipeline.runner import _failure, discover, plan_jobs

    src = tmp_path / "in"
    _write_notices(src, 12)
    settings = Settings(time_limit=3)
    jobs = plan_jobs(discover([src])[0], settings=settings)
    outcomes = list(run_limited(_picky, jobs, 2, settings.time_limit, settings.memory_limit_mib, _failure))
    assert sorted(o.job.doc_id for o in outcomes) == [j.doc_id for j in jobs]  # each job exactly once
    failed = {o.job.doc_id: o.error["code"] for o in outcomes if o.error}
    assert failed == {"n003": "E012", "n007": "E010"}
    assert all(o.record for o in outcomes if not o.error)


def test_a_share_that_cannot_be_read_or_written_falls_back_to_the_record(tmp_path):
    src = tmp_path / "in"
    _write_notices(src, 3)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    expected = _collection(out)
    spool = write.FragmentSpool(tmp_path / "no-such-folder")
    assert spool.add(("x",)) is None and spool.add(("y",)) is None  # cannot open: nothing spooled
    bogus = {"n000.json": (str(tmp_path / "gone.spool"), 0, 10),
             "n001.json": (str(out / "kb.jsonl"), 3, 40)}  # not a pickled share
    write.rebuild_collection(out, fragments=bogus)
    assert _collection(out) == expected


def _dies_on_n002(job):
    from pipeline.runner import process_job

    if Path(job.path).name == "n002.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return process_job(job)


def test_a_worker_found_dead_when_given_its_next_job_reports_the_job_it_was_running(tmp_path, monkeypatch):
    """(s15) The worker running n002 dies; this process notices only when it hands that worker the
    next job (the send fails). n002 is reported (E012), the job being handed out runs elsewhere, and
    every job comes back exactly once. The race is forced: the hand-out waits for the death."""
    from pipeline import pool
    from pipeline.runner import _failure, discover, plan_jobs

    real_give = pool._Worker.give

    def give_after_death(self, job):
        if self.job is not None and Path(self.job.path).name == "n002.txt":
            self.proc.join(10)
        return real_give(self, job)

    monkeypatch.setattr(pool._Worker, "give", give_after_death)
    src = tmp_path / "in"
    _write_notices(src, 8)
    settings = Settings(time_limit=30)
    jobs = plan_jobs(discover([src])[0], settings=settings)
    outcomes = list(pool.run_limited(_dies_on_n002, jobs, 2, settings.time_limit, settings.memory_limit_mib, _failure))
    assert sorted(o.job.doc_id for o in outcomes) == [j.doc_id for j in jobs]
    assert {o.job.doc_id: o.error["code"] for o in outcomes if o.error} == {"n002": "E012"}
