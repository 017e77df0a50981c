"""benchmarks/throughput.py --cpu (session 15): the stages and the peers timed by the process's CPU
time, so a run on a machine other processes load can be compared with one on an idle machine;
--texts keeps the run to the folders named (never dev/country/raw, which holds blind notices)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NOTICE = """关于印发某县2023年农村公路养护工作方案的通知

各乡镇人民政府，县直有关单位：
    现将《某县2023年农村公路养护工作方案》印发给你们，请认真贯彻执行。

一、工作目标
到2023年底，全县农村公路优良中等路率达到85%以上，新改建农村公路30公里。

二、职责分工
县交通运输局负责统筹推进，各乡镇人民政府负责辖区内道路日常养护。

某县人民政府办公室
2023年3月1日
"""


def test_throughput_by_cpu_time_over_the_folders_named(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    out = subprocess.run([sys.executable, "benchmarks/throughput.py", "--cpu", "--no-peers", "--repeat", "1",
                          "--texts", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "1 documents" in out and str(tmp_path) in out and "dev/country" not in out
    assert "best of 1 (CPU time)" in out and "MiB/s per core" in out
