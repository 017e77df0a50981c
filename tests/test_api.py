"""The Python API: `import policykb`, process() of paths, bytes and files, process_text, load_kb,
exported errors, typed package, make_nlp's real signature."""
import inspect
import io
import subprocess
import sys
from pathlib import Path

import pytest

import policykb

ROOT = Path(__file__).resolve().parent.parent
TXT = ROOT / "corpus" / "zhanjiang-2025-zhiye-nengli.txt"
PDF = ROOT / "corpus" / "zhanjiang-2025-zhiye-nengli.pdf"
SHORT = "关于做好2024年春季植树造林工作的通知\n各乡镇人民政府：\n一、明确目标任务\n全县完成植树造林5000亩以上。\n"


def test_policykb_is_importable_and_typed():
    assert policykb.__version__
    for name in ("process", "process_text", "load_kb", "make_nlp", "run", "Record", "Settings", "PolicykbError",
                 "IngestError", "LimitError", "UnsupportedFormatError", "InputError"):
        assert hasattr(policykb, name), name
    assert (Path(policykb.__file__).parent / "py.typed").is_file()
    assert (ROOT / "pipeline" / "py.typed").is_file()


def test_a_users_own_pipeline_module_does_not_shadow_policykb(tmp_path):
    (tmp_path / "pipeline.py").write_text("raise ImportError('the user module')\n")
    code = (f"import sys; sys.path.append({str(ROOT)!r}); import policykb; "
            "r = policykb.process_text('关于做好工作的通知\\n一、完成造林5000亩。'); print(r.targets[0].value)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "5000.0"


def test_process_accepts_paths_bytes_and_files():
    by_path = policykb.process(TXT)
    by_str = policykb.process(str(TXT))
    by_bytes = policykb.process(TXT.read_bytes(), name="notice.txt")
    with open(TXT, "rb") as fh:
        by_binary_file = policykb.process(fh)
    with open(TXT, encoding="utf-8") as fh:
        by_text_file = policykb.process(fh)
    for rec in (by_str, by_bytes, by_binary_file, by_text_file):
        assert rec.text == by_path.text
        assert [t.path for t in rec.tasks] == [t.path for t in by_path.tasks]
    assert by_binary_file.doc_id == by_path.doc_id
    pdf = policykb.process(io.BytesIO(PDF.read_bytes()))  # no name: sniffed
    assert pdf.provenance.format == "pdf" and pdf.targets


def test_process_twice_after_importing_the_submodule():
    import pipeline
    import pipeline.document  # noqa: F401  (was pipeline.process, which replaced the function)

    a = pipeline.process(TXT)
    b = pipeline.process(TXT)
    assert a.text == b.text


def test_process_text_with_region_hints():
    rec = policykb.process_text(SHORT, region="广东省湛江市", admin_level="prefecture", doc_id="n1")
    assert rec.doc_id == "n1" and rec.metadata.region == "广东省湛江市" and rec.metadata.admin_level == "prefecture"
    assert rec.targets and rec.targets[0].page == 1
    with pytest.raises(ValueError):
        policykb.process_text(SHORT, admin_level="city")
    with pytest.raises(TypeError):
        policykb.process_text(SHORT.encode())


def test_errors_are_exported_with_codes(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    with pytest.raises(policykb.IngestError) as exc:
        policykb.process(empty)
    assert exc.value.code == "E001" and isinstance(exc.value, policykb.PolicykbError)
    with pytest.raises(policykb.UnsupportedFormatError) as exc:
        policykb.process(b"\xd0\xcf\x11\xe0", name="old.doc")
    assert exc.value.code == "E015"
    with pytest.raises(policykb.LimitError) as exc:
        policykb.process(TXT, settings=policykb.Settings(max_bytes=100))
    assert exc.value.code == "E013"


def test_load_kb_gives_records_or_frames(tmp_path):
    out = tmp_path / "out"
    policykb.run([TXT], out)
    records = policykb.load_kb(out)
    assert [r["doc_id"] for r in records] == [TXT.stem]
    frames = policykb.load_kb(out, as_frames=True)
    assert set(frames) == {"documents", "tasks", "departments", "responsibilities", "targets", "years", "citations"}
    assert str(frames["targets"]["year_end"].dtype) == "Int64"
    assert len(frames["targets"]) == len(records[0]["targets"])


def test_make_nlp_has_a_real_signature_and_validates():
    params = inspect.signature(policykb.make_nlp).parameters
    assert list(params) == ["region", "admin_level", "use_ner"]
    with pytest.raises(ValueError, match="admin_level"):
        policykb.make_nlp(admin_level="city")
    from pipeline.nlp import make_nlp

    with pytest.raises(ValueError):
        make_nlp(admin_level="city")


def test_python_dash_m_policykb():
    proc = subprocess.run([sys.executable, "-m", "policykb", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("policykb ")
