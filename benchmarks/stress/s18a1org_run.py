"""Run the s18-a1org stress set: python3 benchmarks/stress/s18a1org_run.py fix|held [-v]"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import process_text
from s18a1org_cases import FIX, HELD

half = FIX if sys.argv[1] == "fix" else HELD
verbose = "-v" in sys.argv
tot = {"dep_exp": 0, "dep_hit": 0, "dep_spur": 0, "tri_exp": 0, "tri_hit": 0, "tri_spur": 0}
for cid, text, deps, tris in half:
    r = process_text(text, doc_id=cid).model_dump()
    got_d = {d["name"] for d in r["departments"]}
    got_t = {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}
    tot["dep_exp"] += len(deps); tot["dep_hit"] += len(deps & got_d); tot["dep_spur"] += len(got_d - deps)
    tot["tri_exp"] += len(tris); tot["tri_hit"] += len(tris & got_t); tot["tri_spur"] += len(got_t - tris)
    if verbose:
        print("==", cid)
        for n in sorted(deps - got_d): print("  DEP miss", n)
        for n in sorted(got_d - deps): print("  DEP spur", n)
        for t in sorted(tris - got_t): print("  TRI miss", t)
        for t in sorted(got_t - tris): print("  TRI spur", t)
print(sys.argv[1], f"departments {tot['dep_hit']}/{tot['dep_exp']} spurious {tot['dep_spur']}; "
      f"triples {tot['tri_hit']}/{tot['tri_exp']} spurious {tot['tri_spur']}")
