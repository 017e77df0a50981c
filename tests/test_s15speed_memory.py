"""Issue 16, memory flat from 1,000 to 10,000 documents (session 15): the two levers
docs/decisions/speed-s14.md left. Arrow's system allocator is chosen once, at the entry point of
`policykb run` (cli.use_system_allocator), not inside `write.rebuild_collection`; the rebuild's
helpers write their kb.jsonl and CSV bytes to a spill file the parent copies with os.sendfile
(write._Spilled), so only the Arrow tables travel through the pool's pipe. The files must be the
same bytes; the memory itself is measured by benchmarks/scale.py (docs/decisions/speed-s15.md)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import write
from pipeline.runner import RunSettings, run

from test_s13speed_collection import _collection, _write_notices

ROOT = Path(__file__).resolve().parents[1]


def _pool_after(env_pool: str | None, import_first: bool) -> str:
    """The backend of Arrow's default pool in a fresh process after cli.use_system_allocator()."""
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if env_pool:
        env["ARROW_DEFAULT_MEMORY_POOL"] = env_pool
    code = ("import sys\n" + ("import pyarrow\n" if import_first else "")
            + "from pipeline.cli import use_system_allocator\nuse_system_allocator()\n"
            "import pyarrow as pa\nprint(pa.default_memory_pool().backend_name)\n"
            "import subprocess\n"  # a process the run starts inherits the choice
            "print(subprocess.run([sys.executable, '-c', 'import pyarrow as pa; print(pa.default_memory_pool().backend_name)'],"
            " capture_output=True, text=True).stdout.strip())\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_the_run_command_chooses_the_system_allocator_for_itself_and_its_workers():
    pytest.importorskip("pyarrow")
    assert _pool_after(None, import_first=False) == ["system", "system"]
    assert _pool_after(None, import_first=True) == ["system", "system"]  # pyarrow imported before: set all the same


def test_a_pool_the_user_named_is_kept():
    pa = pytest.importorskip("pyarrow")
    named = "jemalloc" if "jemalloc" in pa.supported_memory_backends() else "mimalloc"
    if named not in pa.supported_memory_backends():
        pytest.skip("no other Arrow allocator in this build")
    assert _pool_after(named, import_first=False) == [named, named]


def test_the_library_rebuild_leaves_the_process_pool_alone(tmp_path):
    pa = pytest.importorskip("pyarrow")
    src = tmp_path / "in"
    _write_notices(src, 3)
    out = tmp_path / "out"
    before = pa.default_memory_pool().backend_name
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    write.rebuild_collection(out)
    assert pa.default_memory_pool().backend_name == before


@pytest.mark.skipif(not write._can_fork(), reason="the helpers are forked (Linux)")
def test_the_helpers_spill_their_bytes_and_the_collection_is_the_same(tmp_path, monkeypatch):
    src = tmp_path / "in"
    _write_notices(src, 9)
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    run([src], RunSettings(out=serial, workers=1, isolate=False, progress=False))
    run([src], RunSettings(out=parallel, workers=1, isolate=False, progress=False))
    copied = []
    real = write._Spilled.copy_into

    def spy(self, kb, csv_handles):
        copied.append((os.path.exists(self.path), sum(self.lengths)))
        return real(self, kb, csv_handles)

    monkeypatch.setattr(write._Spilled, "copy_into", spy)
    stats = write.rebuild_collection(parallel, workers=2, chunk=2)
    assert stats["documents"] == 9
    assert len(copied) == 5 and all(exists and n > 0 for exists, n in copied)  # 5 chunks of 2, each spilled
    assert _collection(parallel) == _collection(serial)  # (lists tables/: no spill folder left there)
    assert not [p for p in (parallel / "tables").iterdir() if p.name.startswith(".")]


def test_a_spilled_chunk_is_copied_part_by_part_after_what_the_outputs_hold(tmp_path):
    parts = {t: f"{t},行\n".encode() * (k + 1) for k, t in enumerate(write.TABLES)}
    parts[write.TABLES[1]] = b""  # an empty part: nothing copied
    spilled = write._Spilled.write(str(tmp_path), "kb 行\n".encode() * 3, parts)
    outs = {name: open(tmp_path / name, "wb") for name in ["kb"] + list(write.TABLES)}
    for fh in outs.values():
        fh.write(b"head\n")  # buffered, not yet on disk: must stay first
    spilled.copy_into(outs["kb"], {t: outs[t] for t in write.TABLES})
    for fh in outs.values():
        fh.write(b"tail\n")
        fh.close()
    assert not os.path.exists(spilled.path)
    assert (tmp_path / "kb").read_bytes() == b"head\n" + "kb 行\n".encode() * 3 + b"tail\n"
    for t in write.TABLES:
        assert (tmp_path / t).read_bytes() == b"head\n" + parts[t] + b"tail\n"


@pytest.mark.skipif(not write._can_fork(), reason="the helpers are forked (Linux)")
def test_a_failed_rebuild_leaves_no_spill_folder(tmp_path, monkeypatch):
    src = tmp_path / "in"
    _write_notices(src, 6)
    out = tmp_path / "out"
    run([src], RunSettings(out=out, workers=1, isolate=False, progress=False))
    kept = {p.name: p.read_bytes() for p in (out / "tables").iterdir()}

    def broken(self, kb, csv_handles):
        raise OSError("disk full")

    monkeypatch.setattr(write._Spilled, "copy_into", broken)
    with pytest.raises(OSError):
        write.rebuild_collection(out, workers=2, chunk=2)
    assert {p.name: p.read_bytes() for p in (out / "tables").iterdir()} == kept  # old files in place, nothing else


def test_warm_up_builds_the_simplifier_the_workers_share():
    """A worker forked after warm_up finds OpenCC's converter built (its dictionaries are ~21 MiB, and
    a Simplified archive first needs them at an organ name such as 显著…, possibly thousands of
    documents in: loaded then, each worker would grow)."""
    from pipeline import document
    from pipeline.nlp import simplify

    simplify._converter.cache_clear()
    document.warm_up()
    assert simplify._converter.cache_info().currsize == 1
    assert simplify.to_simplified("廣東省財政廳") == "广东省财政厅"
