import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """The main job on corpus/, run once per test session: (out_dir, summary)."""
    from pipeline.runner import RunSettings, run

    out = tmp_path_factory.mktemp("corpus-run")
    summary = run([CORPUS], RunSettings(out=out, workers=1, progress=False))
    return out, summary


@pytest.fixture(scope="session")
def corpus_records(corpus_run):
    import json

    out, _ = corpus_run
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "records").glob("*.json"))}


@pytest.fixture
def bad_inputs(tmp_path):
    """A folder of hostile inputs next to one good notice."""
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    (d / "random.pdf").write_bytes(b"\x00\x01garbage" * 50)
    shutil.copy(CORPUS / "zhanjiang-2025-zhiye-nengli.txt", d / "good.txt")
    return d


def pytest_terminal_summary(terminalreporter, config):
    """Show the silver check's counts after the run, whatever the outcome."""
    lines = getattr(config, "silver_lines", None)
    if lines:
        terminalreporter.section("silver check on the unlabelled dev corpus")
        for line in lines:
            terminalreporter.write_line(line)
