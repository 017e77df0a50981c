"""A knowledge base people can trust (issue 14): the output folder stays consistent, batches always
finish, and the CLI says what happened. Each test failed before the change it guards."""
import json
import os
import signal
import stat
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import runner
from pipeline.cli import main
from pipeline.errors import InputError, RunLockedError
from pipeline.runner import RunSettings, run, run_lock
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHORT = "关于做好2024年春季植树造林工作的通知\n各乡镇人民政府：\n一、明确目标任务\n全县完成植树造林5000亩以上。\n"


def notice(folder: Path, name: str, text: str = SHORT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def kb_ids(out: Path) -> list[str]:
    return [json.loads(x)["doc_id"] for x in (out / "kb.jsonl").read_text(encoding="utf-8").splitlines()]


def quiet(**kw) -> RunSettings:
    return RunSettings(progress=False, **kw)


# --- inputs checked before anything is written ------------------------------------------------------

def test_missing_input_writes_nothing_and_fails(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "nonexistent"), "--out", str(out)]) == 2
    assert not out.exists()
    assert "no such file or folder" in capsys.readouterr().err


def test_missing_input_leaves_an_existing_kb_alone(tmp_path):
    out = tmp_path / "out"
    run([notice(tmp_path / "in", "a.txt")], quiet(out=out))
    before = (out / "kb.jsonl").read_bytes()
    with pytest.raises(InputError):
        run([tmp_path / "nope"], quiet(out=out))
    assert (out / "kb.jsonl").read_bytes() == before


def test_nothing_readable_is_an_error(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["run", str(d), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "nothing readable" in err and "old.doc" in err and ".doc" in err
    assert not (tmp_path / "out").exists()


def test_out_naming_a_file_is_a_clear_error(tmp_path, capsys):
    f = tmp_path / "file"
    f.write_text("x")
    assert main(["run", str(notice(tmp_path / "in", "a.txt")), "--out", str(f)]) == 2
    assert "is a file" in capsys.readouterr().err


# --- the KB is rebuilt from every record --------------------------------------------------------------

def test_a_second_batch_adds_to_the_knowledge_base(tmp_path):
    out = tmp_path / "out"
    run([notice(tmp_path / "b1", "a.txt")], quiet(out=out))
    run([notice(tmp_path / "b2", "b.txt")], quiet(out=out))
    assert sorted(p.stem for p in (out / "records").glob("*.json")) == ["a", "b"]
    assert kb_ids(out) == ["a", "b"]
    assert list(pd.read_csv(out / "tables" / "documents.csv")["doc_id"]) == ["a", "b"]
    assert len(pd.read_csv(out / "tables" / "targets.csv")) == 2


def test_prune_removes_records_whose_source_is_gone(tmp_path):
    src = tmp_path / "in"
    notice(src, "a.txt")
    b = notice(src, "b.txt")
    out = tmp_path / "out"
    run([src], quiet(out=out))
    b.unlink()
    run([src], quiet(out=out))
    assert kb_ids(out) == ["a", "b"]  # without --prune the record stays
    summary = run([src], quiet(out=out, prune=True))
    assert kb_ids(out) == ["a"] and summary.pruned == 1
    assert not (out / "records" / "b.json").exists()


def test_a_failed_document_loses_its_stale_record(tmp_path):
    src = tmp_path / "in"
    a = notice(src, "a.txt")
    notice(src, "b.txt")
    out = tmp_path / "out"
    run([src], quiet(out=out))
    a.write_bytes(b"")
    summary = run([src], quiet(out=out))
    assert summary.failures == 1 and kb_ids(out) == ["b"]
    assert not (out / "records" / "a.json").exists()


# --- doc ids ------------------------------------------------------------------------------------------

def test_pdf_doc_id_does_not_depend_on_the_batch(tmp_path):
    stem = "zhanjiang-2025-zhiye-nengli"
    alone, both = tmp_path / "alone", tmp_path / "both"
    run([CORPUS / f"{stem}.pdf"], quiet(out=alone))
    run([CORPUS / f"{stem}.txt", CORPUS / f"{stem}.pdf"], quiet(out=both))
    assert kb_ids(alone) == [f"{stem}-pdf"]
    assert kb_ids(both) == [stem, f"{stem}-pdf"]


def test_resume_of_the_pdf_alone_keeps_the_text_record(tmp_path):
    stem = "zhanjiang-2025-zhiye-nengli"
    out = tmp_path / "out"
    run([CORPUS / f"{stem}.txt", CORPUS / f"{stem}.pdf"], quiet(out=out))
    before = (out / "records" / f"{stem}.json").read_bytes()
    run([CORPUS / f"{stem}.pdf"], quiet(out=out, resume=True))
    assert (out / "records" / f"{stem}.json").read_bytes() == before
    assert json.loads(before)["provenance"]["format"] == "txt"


def test_a_record_is_never_overwritten_by_another_source(tmp_path):
    a = notice(tmp_path / "a", "x.txt", SHORT)
    b = notice(tmp_path / "b", "x.txt", SHORT.replace("5000", "6000"))
    out = tmp_path / "out"
    run([a], quiet(out=out))
    run([b], quiet(out=out))
    recs = {r["provenance"]["source"]: r for r in map(json.loads, (out / "kb.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(recs) == {"a/x.txt", "b/x.txt"}
    assert recs["a/x.txt"]["doc_id"] == "x" and recs["b/x.txt"]["doc_id"].startswith("x-")
    # the same file again keeps its id
    run([b], quiet(out=out))
    assert sorted(kb_ids(out)) == sorted(r["doc_id"] for r in recs.values())


def test_source_is_relative_to_the_input_root(tmp_path):
    src = tmp_path / "inbox"
    notice(src / "sub", "a.txt")
    out = tmp_path / "out"
    run([src], quiet(out=out))
    rec = json.loads((out / "records" / "a.json").read_text(encoding="utf-8"))
    assert rec["provenance"]["source"] == "inbox/sub/a.txt"
    run([src / "sub" / "a.txt"], quiet(out=tmp_path / "out2"))
    rec2 = json.loads((tmp_path / "out2" / "records" / "a.json").read_text(encoding="utf-8"))
    assert rec2["provenance"]["source"] == "sub/a.txt"


# --- files ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_files_respect_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        out = tmp_path / "out"
        run([notice(tmp_path / "in", "a.txt")], quiet(out=out))
    finally:
        os.umask(old)
    for p in [out / "kb.jsonl", out / "run.json", out / "errors.jsonl", out / "records" / "a.json",
              out / "tables" / "tasks.csv", out / "tables" / "tasks.parquet"]:
        assert stat.S_IMODE(p.stat().st_mode) == mode, p


def test_a_second_run_waits_for_no_one_it_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    src = notice(tmp_path / "in", "a.txt")
    with run_lock(out):
        with pytest.raises(RunLockedError):
            run([src], quiet(out=out))
        assert main(["run", str(src), "--out", str(out), "--quiet"]) == 2
    assert "another policykb run" in capsys.readouterr().err
    run([src], quiet(out=out))  # released


def test_csv_has_a_bom_and_pandas_reads_it_plainly(tmp_path):
    out = tmp_path / "out"
    run([notice(tmp_path / "in", "a.txt")], quiet(out=out))
    for table in ("documents", "tasks", "targets", "years"):
        raw = (out / "tables" / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert pd.read_csv(out / "tables" / f"{table}.csv").columns[0] == "doc_id"


def test_offsets_and_years_have_one_name_in_every_table(tmp_path):
    out = tmp_path / "out"
    run([notice(tmp_path / "in", "a.txt")], quiet(out=out))
    for table in ("tasks", "departments", "responsibilities", "targets", "years", "citations"):
        cols = list(pd.read_csv(out / "tables" / f"{table}.csv").columns)
        assert "span_start" in cols and "span_end" in cols and "page" in cols
        assert "start" not in cols and "end" not in cols
    assert {"year_start", "year_end"} <= set(pd.read_csv(out / "tables" / "years.csv").columns)


def test_parquet_beside_csv_with_nullable_integer_years(tmp_path):
    # a title without a year, so the target without one of its own keeps a null year
    text = SHORT.replace("2024年", "") + "二、到2025年，全县森林覆盖率达到60%。\n三、新增造林面积1000亩。\n"
    out = tmp_path / "out"
    run([notice(tmp_path / "in", "a.txt", text)], quiet(out=out))
    df = pd.read_parquet(out / "tables" / "targets.parquet")
    assert str(df["year_end"].dtype) == "Int64" and str(df["span_start"].dtype) == "Int64"
    assert df["year_end"].isna().any() and df["year_end"].notna().any()
    assert len(df) == len(pd.read_csv(out / "tables" / "targets.csv"))


# --- batches that always finish ---------------------------------------------------------------------

def _slow(path, *a, **kw):
    if "slow" in str(path):
        time.sleep(60)
    return _real_process_file(path, *a, **kw)


def _greedy(path, *a, **kw):
    if "greedy" in str(path):
        hog = bytearray(2 * 2**30)  # 2 GiB, past a 300 MiB limit
        hog[::4096] = b"x" * len(hog[::4096])
    return _real_process_file(path, *a, **kw)


def _crash(path, *a, **kw):
    if "crash" in str(path):
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_process_file(path, *a, **kw)


from pipeline.document import process_file as _real_process_file  # noqa: E402


@pytest.mark.parametrize("fake, name, code, settings", [
    (_slow, "slow.txt", "E010", Settings(time_limit=1.5)),
    (_greedy, "greedy.txt", "E011", Settings(memory_limit_mib=300)),
    (_crash, "crash.txt", "E012", Settings()),
])
def test_a_document_past_a_limit_or_killing_its_worker_is_one_coded_error(tmp_path, monkeypatch, fake, name, code,
                                                                          settings):
    import pipeline.document

    monkeypatch.setattr(pipeline.document, "process_file", fake)
    src = tmp_path / "in"
    notice(src, "a.txt")
    notice(src, name)
    notice(src, "z.txt")
    out = tmp_path / "out"
    t0 = time.monotonic()
    summary = run([src], quiet(out=out, workers=1, document=settings))
    assert time.monotonic() - t0 < 30
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["code"] for e in errors] == [code]
    assert errors[0]["path"] == f"in/{name}"
    assert kb_ids(out) == ["a", "z"] and summary.failures == 1  # the replacement worker went on


def test_interrupted_run_leaves_a_consistent_kb_and_summary(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in"
    for n in "abc":
        notice(src, f"{n}.txt")
    real = runner.process_job

    def interrupt_on_b(job):
        if job.doc_id == "b":
            raise KeyboardInterrupt
        return real(job)

    monkeypatch.setattr(runner, "process_job", interrupt_on_b)
    out = tmp_path / "out"
    # in this process: the interrupt reaches the run loop as Ctrl-C does (workers ignore SIGINT)
    monkeypatch.setattr(runner, "limited_executor", lambda *a, **k: runner.serial_executor)
    assert main(["run", str(src), "--out", str(out), "--quiet"]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err
    assert kb_ids(out) == ["a"]
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert info["interrupted"] is True and info["summary"]["kb_documents"] == 1


def test_symlinks_inside_folders_are_not_followed_unless_asked(tmp_path):
    src = tmp_path / "in"
    notice(src, "a.txt")
    target = notice(tmp_path / "elsewhere", "secret.txt")
    os.symlink(target, src / "link.txt")
    out = tmp_path / "out"
    summary = run([src], quiet(out=out))
    assert kb_ids(out) == ["a"] and summary.unsupported == 1
    assert "symbolic link" in summary.skipped_files[0]["reason"]
    run([src], quiet(out=tmp_path / "out2", follow_symlinks=True))
    assert kb_ids(tmp_path / "out2") == ["a", "link"]


# --- the command line says what happened --------------------------------------------------------------

def test_failures_are_printed_even_with_quiet(tmp_path, capsys):
    src = tmp_path / "in"
    notice(src, "a.txt")
    (src / "empty.txt").write_bytes(b"")
    assert main(["run", str(src), "--out", str(tmp_path / "out"), "--quiet", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "E001" in err and "in/empty.txt" in err


def test_unsupported_files_are_reported_as_skipped(tmp_path, capsys):
    src = tmp_path / "in"
    notice(src, "a.txt")
    for name in ("b.doc", "c.wps", "d.xls"):
        (src / name).write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["run", str(src), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    for name in ("b.doc", "c.wps", "d.xls"):
        assert f"skipped {src / name}" in err
    assert "3 skipped as unsupported" in err
    assert f"knowledge base {tmp_path / 'out'}" in err
    info = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert len(info["summary"]["skipped_files"]) == 3


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_workers_is_validated(tmp_path, value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["run", str(tmp_path), "--workers", value])
    assert exc.value.code == 2
    with pytest.raises(ValueError):
        RunSettings(workers=0)


def test_ctrl_c_on_a_real_run_then_resume(tmp_path):
    """SIGINT to `policykb run --workers 2`: exit 130, a consistent KB and run.json, then --resume
    finishes the batch without redoing what was done."""
    import subprocess
    import sys

    raw = ROOT / "dev" / "country" / "raw"
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline", "run", str(raw), "--out", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # interrupt once a few records are written
        if (out / "records").is_dir() and len(list((out / "records").glob("*.json"))) >= 5:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    err = proc.communicate(timeout=120)[1]
    if proc.returncode == 0:
        pytest.skip("the batch finished before the interrupt")
    assert proc.returncode == 130 and "--resume" in err and "Traceback" not in err
    info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    done = len(list((out / "records").glob("*.json")))
    assert info["interrupted"] and info["summary"]["kb_documents"] == done == len(kb_ids(out))
    summary = run([raw], quiet(out=out, resume=True, workers=2))
    assert summary.skipped == done and summary.kb_documents == len(list(raw.glob("*.txt")))


def test_a_record_of_an_earlier_schema_is_replaced_not_twinned(tmp_path):
    """Re-running into a knowledge base written by an older release keeps the same ids."""
    import json as _json

    from pipeline.runner import RunSettings, run

    src = tmp_path / "in"
    src.mkdir()
    (src / "n.txt").write_text("关于做好春季植树工作的通知\n各乡镇：\n一、明确任务。\n", encoding="utf-8")
    out = tmp_path / "out"
    (out / "records").mkdir(parents=True)
    old = {"schema_version": "1.0.0", "doc_id": "n", "provenance": {"source": "/somewhere/else/in/n.txt"}}
    (out / "records" / "n.json").write_text(_json.dumps(old), encoding="utf-8")
    run([src], RunSettings(out=out, workers=1, progress=False))
    assert sorted(p.name for p in (out / "records").glob("*.json")) == ["n.json"]
