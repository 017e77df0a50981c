"""The end-of-run rebuild of kb.jsonl and tables/ made by helper processes (issue 16: 2 workers
scale) writes the very bytes of the one-process rebuild, also across Parquet row groups and
with records pruned."""
import shutil
from pathlib import Path

import pytest

from pipeline import write
from pipeline.runner import RunSettings, run

ROOT = Path(__file__).resolve().parent.parent


def _files(out: Path) -> dict[str, bytes]:
    names = ["kb.jsonl"] + [f"tables/{p.name}" for p in sorted((out / "tables").iterdir())]
    return {n: (out / n).read_bytes() for n in names}


@pytest.mark.skipif(not write._can_fork(), reason="helpers are forked (Linux)")
def test_parallel_rebuild_writes_the_same_files(tmp_path, monkeypatch):
    out = tmp_path / "one"
    run([ROOT / "corpus"], RunSettings(out=out, workers=1, progress=False))
    assert len(list((out / "records").glob("*.json"))) >= 8
    monkeypatch.setattr(write._ParquetTable, "BATCH", 7)  # row groups that cut across chunks
    for keep in (None, lambda path, rec: not path.name.startswith(("g", "x"))):
        one, two = tmp_path / "serial", tmp_path / "parallel"
        for d in (one, two):
            shutil.rmtree(d, ignore_errors=True)
            shutil.copytree(out, d)
        a = write.rebuild_collection(one, keep=keep)
        b = write.rebuild_collection(two, keep=keep, workers=2, chunk=3)
        assert a == b
        assert _files(one) == _files(two)
        assert sorted(p.name for p in (one / "records").iterdir()) == sorted(p.name for p in (two / "records").iterdir())
    assert a["pruned"] > 0


def test_the_rebuild_forks_only_after_the_preload_thread(tmp_path, monkeypatch):
    """A --resume run with nothing to do reaches the rebuild while the thread that imports pyarrow
    may still run; forking helpers amid that import left them waiting forever on its lock."""
    import threading

    from pipeline import runner

    src = tmp_path / "in"
    src.mkdir()
    for k in range(3):
        (src / f"n{k}.txt").write_text("关于做好2024年春季植树造林工作的通知\n各乡镇人民政府：\n一、明确目标任务\n全县完成植树造林5000亩以上。\n",
                                      encoding="utf-8")
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, progress=False))
    seen = []
    real = runner.rebuild_collection

    def spy(*args, **kw):
        seen.append([t.name for t in threading.enumerate() if t.name == "policykb-preload" and t.is_alive()])
        return real(*args, **{**kw, "chunk": 1})

    monkeypatch.setattr(runner, "rebuild_collection", spy)
    summary = run([src], RunSettings(out=out, workers=2, resume=True, progress=False))
    assert summary.skipped == 3 and seen == [[]]
    assert len((out / "kb.jsonl").read_text(encoding="utf-8").splitlines()) == 3
