"""Issue 16, session 18 (s18-workers): the pool's workers send their results in lists, so the
parent wakes up once per list, not once per document; the time limit reads when the running job
started from memory shared with the worker; a worker that is lost costs only the job it was
running (the jobs it finished but whose results did not come back run again). And the run's
planning: records/ listed once, and --resume reads each record once."""
import multiprocessing as mp
import os
import signal
import time
from pathlib import Path

from pipeline import pool, runner
from pipeline.runner import RunSettings, _failure, discover, plan_jobs, run
from pipeline.settings import Settings

# A banner-style notice of a Guangxi county office (written for this test, not from a corpus).
NOTICE = """{place}人民政府办公室关于印发{place}{year}年秋冬种生产工作方案的通知
各乡（镇）人民政府，县直各有关单位：
一、目标任务
{year}年全县秋冬种面积稳定在{area}万亩以上。
二、工作措施
（一）由县农业农村局牵头，县财政局配合，落实良种补贴资金。
{place}人民政府办公室
{year}年9月{day}日
"""


def _write(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    places = ["隆林各族自治县", "三江侗族自治县", "龙胜各族自治县"]
    for k in range(n):
        (folder / f"g{k:03d}.txt").write_text(
            NOTICE.format(place=places[k % 3], year=2008 + k % 7, area=10 + k, day=k % 28 + 1), encoding="utf-8")


def _jobs(tmp_path: Path, n: int, **settings):
    src = tmp_path / "in"
    _write(src, n)
    s = Settings(**settings)
    return plan_jobs(discover([src])[0], settings=s), s


def _quick(job):
    """Writes a mark per call (to count runs), returns the doc id."""
    Path(job.path + f".ran-{os.getpid()}-{time.monotonic_ns()}").touch()
    return runner.Outcome(job, counts={"x": 1})


def _runs(job) -> int:
    folder = Path(job.path).parent
    return sum(1 for p in folder.iterdir() if p.name.startswith(Path(job.path).name + ".ran-"))


def test_the_worker_sends_its_results_in_lists_in_the_order_of_its_jobs():
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    state = ctx.RawArray("d", 3)
    for k in range(11):
        parent.send(k)  # all in the pipe before the worker starts: it holds up to BATCH results
    parent.send(None)
    proc = ctx.Process(target=pool._worker_main, args=(child, lambda k: k * 10, 0, state))
    proc.start()
    child.close()
    messages = []
    while True:
        try:
            messages.append(parent.recv())
        except EOFError:
            break
    proc.join(10)
    assert [r for m in messages for r in m] == [k * 10 for k in range(11)]
    assert all(isinstance(m, list) for m in messages)
    assert len(messages) < 11 and max(map(len, messages)) <= pool.BATCH
    assert (state[0], state[1]) == (11, 11)


def test_every_job_yields_once_with_many_jobs_on_two_workers(tmp_path):
    jobs, s = _jobs(tmp_path, 40)
    outcomes = list(pool.run_limited(_quick, jobs, 2, s.time_limit, s.memory_limit_mib, _failure))
    assert sorted(o.job.doc_id for o in outcomes) == [j.doc_id for j in jobs]
    assert not [o for o in outcomes if o.error]
    assert all(_runs(j) == 1 for j in jobs)


def _slow(job):
    time.sleep(0.3)
    return runner.Outcome(job, counts={"x": 1})


def test_the_time_limit_counts_from_when_the_running_job_started(tmp_path):
    """Eight jobs of 0.3 s in one worker's pipe take 2.4 s; none passes the 1 s limit, though the
    first results come back only once several are done."""
    jobs, s = _jobs(tmp_path, 8, time_limit=1)
    outcomes = list(pool.run_limited(_slow, jobs, 1, s.time_limit, s.memory_limit_mib, _failure))
    assert [o.job.doc_id for o in outcomes] == [j.doc_id for j in jobs]
    assert not [o.error for o in outcomes if o.error]


def _stuck_on_g004(job):
    Path(job.path + f".ran-{os.getpid()}-{time.monotonic_ns()}").touch()
    if Path(job.path).name < "g004.txt":
        time.sleep(0.2)  # (long enough for the parent to have put the next jobs in the pipe)
    if Path(job.path).name == "g004.txt":
        time.sleep(60)
    if Path(job.path).name == "g009.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return runner.Outcome(job, counts={"x": 1})


def test_a_lost_worker_costs_only_its_running_job(tmp_path, monkeypatch):
    """One worker: g000-g003 finish fast and their results wait in the worker for the rest of
    their list when g004 hangs past the time limit (E010); they run again in the next worker.
    g009 kills its worker (E012). Every other job comes back once, with its result."""
    monkeypatch.setattr(pool, "FLUSH", 60.0)  # (inherited by the forked workers: lists of BATCH results)
    monkeypatch.setattr(pool._Worker, "depth", lambda self: pool.PREFETCH)  # (quick jobs' depth from the start)
    jobs, s = _jobs(tmp_path, 14, time_limit=2)
    outcomes = list(pool.run_limited(_stuck_on_g004, jobs, 1, s.time_limit, s.memory_limit_mib, _failure))
    assert sorted(o.job.doc_id for o in outcomes) == [j.doc_id for j in jobs]
    assert {o.job.doc_id: o.error["code"] for o in outcomes if o.error} == {"g004": "E010", "g009": "E012"}
    runs = {j.doc_id: _runs(j) for j in jobs}
    assert runs["g000"] == 2  # finished, its result lost with the worker: run again
    assert all(n >= 1 for n in runs.values())


def test_a_worker_holds_about_ahead_seconds_of_jobs():
    w = pool._Worker.__new__(pool._Worker)
    w.pace = None
    assert w.depth() == 2  # pace unknown
    w.pace = 0.0065  # the synthetic archive's documents
    assert w.depth() == pool.PREFETCH
    w.pace = 0.03
    assert w.depth() == 4
    w.pace = 2.0  # a 1,000-page PDF each: at the end of a run no worker waits behind another's pile
    assert w.depth() == 2


def test_lost_names_the_running_job_and_the_jobs_to_run_again():
    w = pool._Worker.__new__(pool._Worker)
    w.jobs = pool.deque(["a", "b", "c", "d", "e"])
    w.answered = 10
    w.state = [14, 12, 0.0]  # 12 finished (2 unanswered: a, b), c running, d e not started
    assert w.lost() == ("c", ["a", "b", "d", "e"])
    w.state = [12, 12, 0.0]  # between jobs (died sending its list): the first held is blamed
    assert w.lost() == ("a", ["b", "c", "d", "e"])
    w.jobs = pool.deque()
    assert w.lost() == (None, [])


def test_plan_jobs_reads_only_the_records_that_are_there(tmp_path, monkeypatch):
    src = tmp_path / "in"
    _write(src, 5)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    other = tmp_path / "more"  # (sources more/g00k.txt: not the in/g00k.txt that hold the ids)
    _write(other, 3)
    read = []
    real = runner._read_record
    monkeypatch.setattr(runner, "_read_record", lambda o, d: read.append(d) or real(o, d))
    jobs = plan_jobs(discover([other])[0], out)
    assert sorted(read) == ["g000", "g001", "g002"]  # held by in/: read to find their owner
    assert all(j.doc_id.startswith("g00") and len(j.doc_id) == 13 for j in jobs)  # another source: -<hash>
    read.clear()
    assert [j.doc_id for j in plan_jobs(discover([other])[0], tmp_path / "nothing-here")] == ["g000", "g001", "g002"]
    assert read == []


def test_resume_reads_each_record_once(tmp_path, monkeypatch):
    src = tmp_path / "in"
    _write(src, 4)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    (src / "g002.txt").write_text(NOTICE.format(place="凌云县", year=2011, area=3, day=9), encoding="utf-8")
    read = []
    real = runner._read_record
    monkeypatch.setattr(runner, "_read_record", lambda o, d: read.append(d) or real(o, d))
    summary = run([src], RunSettings(out=out, workers=1, isolate=False, progress=False, resume=True))
    assert (summary.documents, summary.skipped) == (4, 3)
    assert sorted(read) == ["g000", "g001", "g002", "g003"]
