"""Stress: opened notices with line breaks removed after 。；： (A: title block kept; B: all joined).

    python scripts/stress_lines_s12b.py . /tmp/stress-lines [orig,A,B]
"""
import json, os, re, shutil, subprocess, sys
W = sys.argv[1]; OUT = sys.argv[2]; forms = sys.argv[3].split(",") if len(sys.argv) > 3 else ["orig", "A", "B"]
def _batch_texts(*batches: str) -> str:
    """The opened country batches' raw texts, copied to a folder of their own (dev/country/batches.tsv)."""
    d = os.path.join(OUT, "_sets", "+".join(batches))
    if not os.path.isdir(d):
        os.makedirs(d)
        for row in open(os.path.join(W, "dev/country/batches.tsv"), encoding="utf-8").read().splitlines()[1:]:
            doc, batch = row.split("\t")[:2]
            if batch in batches:
                shutil.copy(os.path.join(W, "dev/country/raw", doc + ".txt"), d)
    return os.path.abspath(d)
# opened sets only (never the blind batches b1, b5, b6, nor b10 whose gold stays closed)
SETS = {"corpus": ("corpus", ["gold"]), "dev": ("dev/corpus", ["dev/gold"]), "held": ("dev/heldout/corpus", ["dev/heldout/gold"]),
        "b247": (_batch_texts("b2", "b4", "b7"), ["dev/country/gold/b2", "dev/country/gold/b4", "dev/country/gold/b7"]),
        "b3": (_batch_texts("b3"), ["dev/country/gold/b3"]), "b8": (_batch_texts("b8"), ["dev/country/gold/b8"]),
        "b9": (_batch_texts("b9"), ["dev/country/gold/b9"])}
def flatten(t, keep_title):
    lines = t.split("\n")
    start = next((i for i, l in enumerate(lines) if "。" in l), 0) if keep_title else 0
    out = lines[:start]; cur = ""
    for l in lines[start:]:
        cur += l
        if l.rstrip()[-1:] in "。；：" :
            continue
        out.append(cur); cur = ""
    if cur: out.append(cur)
    return "\n".join(out)
KEYS = ["tasks", "tasks.heading", "responsibilities", "targets.strict"]
res = {}
for form in forms:
    tot = {k: [0, 0, 0] for k in KEYS}
    for name, (src, golds) in SETS.items():
        d = f"{OUT}/{form}/{name}/in"; o = f"{OUT}/{form}/{name}/out"
        shutil.rmtree(f"{OUT}/{form}/{name}", ignore_errors=True); os.makedirs(d)
        for fn in os.listdir(os.path.join(W, src) if not src.startswith("/") else src):
            if not fn.endswith(".txt"): continue
            t = open(os.path.join(W, src, fn), encoding="utf-8").read()
            if form != "orig": t = flatten(t, form == "A")
            open(os.path.join(d, fn), "w", encoding="utf-8").write(t)
        subprocess.run([sys.executable, "-m", "pipeline", "run", d, "--out", o, "--quiet"], cwd=W, check=True)
        subprocess.run([sys.executable, "-m", "pipeline", "score", "--gold", *golds, "--pred", o + "/records", "--no-per-doc",
                        "--json", o + "/s.json"], cwd=W, check=True, stdout=subprocess.DEVNULL)
        m = json.load(open(o + "/s.json"))["micro"]
        row = []
        for k in KEYS:
            v = m[k]
            if "tp" in v:
                tot[k][0] += v["tp"]; tot[k][1] += v["fp"]; tot[k][2] += v["fn"]; row.append(f"{v['f']:.3f}")
            else:
                tot[k][0] += v["correct"]; tot[k][1] += v["total"]; row.append(f"{v['acc']:.3f}")
        print(form, name, " ".join(f"{k}={r}" for k, r in zip(KEYS, row)), flush=True)
    s = []
    for k in KEYS:
        a, b, c = tot[k]
        s.append(f"{k}={(2*a/(2*a+b+c) if 'heading' not in k else a/b):.3f}")
    print("ALL", form, " ".join(s), flush=True)
