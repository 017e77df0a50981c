"""The command line: sub-commands, --help with examples, python -m pipeline."""
import subprocess
import sys

import pytest

from pipeline.cli import build_parser, main


@pytest.mark.parametrize("command", ["run", "score", "schema"])
def test_every_command_has_help_with_examples(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"policykb {command}" in out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "run" in capsys.readouterr().out


def test_python_dash_m_is_the_same_command():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("policykb ")


def test_run_and_score_round_trip(tmp_path, capsys):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "n.txt").write_text("关于做好2024年春季植树造林工作的通知\n各乡镇人民政府：\n一、明确目标任务\n全县完成植树造林5000亩以上。\n", encoding="utf-8")
    assert main(["run", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert (tmp_path / "out" / "records" / "n.json").exists()
    assert main(["score", "--gold", str(tmp_path / "out" / "records"), "--pred", str(tmp_path / "out"),
                 "--json", str(tmp_path / "s.json")]) == 0
    assert "tasks" in capsys.readouterr().out
    assert (tmp_path / "s.json").exists()


def test_parser_names_are_the_public_interface():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"run", "score", "schema"} <= set(sub.choices)
