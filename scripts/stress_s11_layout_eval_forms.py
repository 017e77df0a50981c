"""Score the stress copies made by make_forms.py with the code at REPO: issuers (set), doc_type, title, region.
usage: python3 eval_forms.py REPO FORMSDIR [--show FORM]"""
import json, os, re, sys
repo, d = sys.argv[1], sys.argv[2]; sys.path.insert(0, repo); os.chdir(repo)
show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
from pipeline.document import process_text
bare = lambda s: re.sub(r"[\s　]+", "", s or "")
order = ["original", "title without issuer", "issuer only in signature", "body only (title block lost)", "web page furniture",
         "signature and date on one line", "signature run into last paragraph", "head run together (lost breaks)", "title broken over two lines",
         "record table names the issuer, no signature", "source line names the issuer, no signature",
         "law collection record + full text", "law collection fields on one line + body only"]
print(f"{'form':44s} {'n':>3s} {'issuers':>8s} {'doc_type':>8s} {'title':>8s} {'region':>8s}")
res = {}
for name in order:
    if not os.path.isdir(f"{d}/{name}"): continue
    n = oi = od = ot = orr = nt = 0
    for fn in sorted(os.listdir(f"{d}/{name}")):
        did = fn[:-4]; g = json.load(open(f"{d}/gold_{did}.json"))
        md = process_text(open(f"{d}/{name}/{fn}").read(), doc_id=did).model_dump()["metadata"]
        n += 1
        gi, pi = sorted(map(bare, g["issuers"])), sorted(map(bare, md["issuers"]))
        ti = name not in ("title without issuer", "issuer only in signature", "body only (title block lost)",
                          "record table names the issuer, no signature", "source line names the issuer, no signature",
                          "law collection fields on one line + body only")
        ok = (gi == pi, g["doc_type"] == md["doc_type"], (not ti) or bare(g["title"]) == bare(md["title"]),
              (g["region"], g["admin_level"]) == (md["region"], md["admin_level"]))
        oi += ok[0]; od += ok[1]; orr += ok[3]
        if ti: nt += 1; ot += ok[2]
        res[(name, did)] = ok
        if show and name.startswith(show) and not all(ok):
            print(f"   {did}: iss {g['issuers']} -> {md['issuers']}; type {g['doc_type']} -> {md['doc_type']}; "
                  f"title {g['title']!r} -> {md['title']!r}; region {g['region']} -> {md['region']}")
    print(f"{name[:44]:44s} {n:3d} {oi:4d}/{n:<3d} {od:4d}/{n:<3d} {ot:4d}/{nt:<3d} {orr:4d}/{n:<3d}")
