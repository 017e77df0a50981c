"""Run the s16-kindmeta stress set: python3 benchmarks/stress/s16kindmeta_run.py fix|held [-v]"""
import sys
sys.path.insert(0, ".")
from benchmarks.stress.s16kindmeta_cases import FIX, HELD
from pipeline import process_text

half = FIX if sys.argv[1] == "fix" else HELD
ok = spur = 0
for name, text, region, level, issuers in half:
    md = process_text(text, doc_id=name).model_dump()["metadata"]
    good = (md["region"], md["admin_level"], md["issuers"]) == (region, level, issuers)
    ok += good
    if not good and name.startswith("p_"):
        spur += 1
    if "-v" in sys.argv or not good:
        if "-v" in sys.argv or sys.argv[1] == "fix":
            print(("OK  " if good else "BAD ") + name, md["region"], md["admin_level"], md["issuers"])
print(f"{sys.argv[1]}: {ok}/{len(half)} right; precision cases wrong (spurious): {spur}")
