"""Replace the score tables in README.md with fresh output of the score command.

    policykb run corpus/ && policykb run dev/corpus --out /tmp/dev-out
    policykb run dev/heldout/corpus --out /tmp/heldout-out
    python scripts/update_readme_scores.py
"""
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def table(gold: str, pred: str) -> str:
    cmd = ["policykb", "score", "--gold", gold, "--pred", pred, "--markdown"]
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


gold = table("gold", "outputs/records")
dev = table("dev/gold", "/tmp/dev-out/records")
heldout = table("dev/heldout/gold", "/tmp/heldout-out/records")
block = f"""<!-- scores:start -->
Gold set (5 corpus notices, `gold/`), reproduced by
`policykb run corpus/ && policykb score --gold gold --pred outputs/records`
(the PDF twins `*-pdf` are scored by the regression test against the same items):

{gold}

Development set (3 public notices, `dev/`; single-labelled, reviewed), reproduced by
`policykb run dev/corpus --out /tmp/dev-out && policykb score --gold dev/gold --pred /tmp/dev-out/records`:

{dev}

Second development set (4 public notices, `dev/heldout/`; single-labelled). It was scored blind
once: departments 0.678 and responsibility triples 0.278 at commit 8cb12a5 (see
`dev/heldout/README.md`). After that, rules were fixed from its errors, so the figures below are
not blind. Reproduced by
`policykb run dev/heldout/corpus --out /tmp/heldout-out && policykb score --gold dev/heldout/gold --pred /tmp/heldout-out/records`:

{heldout}
<!-- scores:end -->"""
text = README.read_text(encoding="utf-8")
start, end = text.index("<!-- scores:start -->"), text.index("<!-- scores:end -->") + len("<!-- scores:end -->")
README.write_text(text[:start] + block + text[end:], encoding="utf-8")
print("README scores updated")
