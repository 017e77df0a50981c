"""Write tests/baseline_scores.json from a `policykb score --json` result (a deliberate act)."""
import json
import sys
from pathlib import Path

result = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
baseline = {k: (v["f"] if "f" in v else v["acc"]) for k, v in result["micro"].items()}
out = Path(__file__).resolve().parent.parent / "tests" / "baseline_scores.json"
out.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
print(f"wrote {out}")
