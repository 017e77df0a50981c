"""Stress (targets): rewrite the opened notices (b2, b4, b7, b9, corpus, dev, heldout) as other copies present them
and score targets against the unchanged gold. Usage: python3 scripts/stress_targets.py OUTDIR [FORM ...] (run from the
repository root; OUTDIR gets the rewritten copies, never commit it). Prints F1, strict F1 and attribute accuracies per form."""
import sys, os, re, json, glob, shutil, subprocess
sys.path.insert(0, '.')
from pipeline.score import score_dirs
OUT = sys.argv[1]
ids = {}
for b in ("b2","b4","b7","b9"):
    for f in glob.glob(f"dev/country/gold/{b}/*.json"):
        g = json.load(open(f))
        if g["targets"]: ids[g["doc_id"]] = (f"dev/country/raw/{g['doc_id']}.txt", f)
for gd, cd in (("gold","corpus"),("dev/gold","dev/corpus"),("dev/heldout/gold","dev/heldout/corpus")):
    for f in glob.glob(f"{gd}/*.json"):
        g = json.load(open(f))
        if g["targets"] and os.path.exists(f"{cd}/{g['doc_id']}.txt"): ids[g["doc_id"]] = (f"{cd}/{g['doc_id']}.txt", f)
DATE = re.compile(r"^\s*(?:(?:19|20)\d{2}|二〇[〇一二三四五六七八九]{2})\s*年.{1,6}日\s*$")
def lines(t): return t.split("\n")
def nobreak(t):
    L = lines(t); return "\n".join(L[:2]) + "\n" + "".join(l.strip() for l in L[2:]) + "\n"
def indent(t): return "\n".join("　　"+l.strip() if l.strip() else l for l in lines(t))
def websrc(t):
    L = lines(t); i = next(k for k,l in enumerate(L) if l.strip())
    return "\n".join(["首页 > 政务公开 > 政策文件", L[i], "发布时间：2023-06-01 10:12  来源：本站  浏览次数：356  【字体：大 中 小】"] + L[i+1:] + ["【打印本页】【关闭窗口】", "分享到："])
def sigline(t):
    L = lines(t)
    for k in range(len(L)-1, 0, -1):
        if DATE.match(L[k]) and L[k-1].strip() and len(L[k-1].strip()) < 30:
            L[k-1] = L[k-1].rstrip() + "　" + L[k].strip(); del L[k]; break
    return "\n".join(L)
def nodate(t):
    L = lines(t)
    for k in range(len(L)-1, 0, -1):
        if DATE.match(L[k]): del L[k]; break
    return "\n".join(L)
def spaced(t):  # headings glued: item number followed by its text with spaces removed; blank lines between paragraphs
    return "\n\n".join(l for l in lines(t))
NUM = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百]+[章节条])")
def glued(t):
    L = lines(t); out = []
    for l in L:
        if out and NUM.match(out[-1]) and len(out[-1].strip()) <= 20 and l.strip() and not NUM.match(l):
            out[-1] = out[-1].rstrip() + l.strip()
        else: out.append(l)
    return "\n".join(out)
def merged(t):
    L = lines(t); out = []
    for k, l in enumerate(L):
        if k > 3 and out and l.strip() and not NUM.match(l) and out[-1].strip() and len(l.strip()) > 25 and out[-1].rstrip()[-1:] in "。；":
            out[-1] = out[-1].rstrip() + l.strip()
        else: out.append(l)
    return "\n".join(out)
CN = "〇一二三四五六七八九"
def cn_num(n, unit):
    n = int(n)
    if unit == "年": return "".join(CN[int(c)] for c in str(n))
    if n < 10: return CN[n] if n else "〇"
    return ("十" if n < 20 else CN[n // 10] + "十") + (CN[n % 10] if n % 10 else "")
def cnsig(t):
    L = lines(t)
    for k in range(len(L)-1, 0, -1):
        m = re.match(r"^(\s*)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$", L[k])
        if m:
            L[k] = m.group(1) + cn_num(m.group(2),"年") + "年" + cn_num(m.group(3),"m") + "月" + cn_num(m.group(4),"d") + "日"; break
    return "\n".join(L)
def cnyear(t):
    return re.sub(r"(?<![\d〔（(\[])((?:19|20)\d{2})(?=年)", lambda m: cn_num(m.group(1), "年"), t)
def noquote(t):
    return re.sub(r"[“\"](十[一二三四五六]五)[”\"]", r"\1", t)
def halfwidth(t):
    return t.replace("（", "(").replace("）", ")").replace("—", "-").replace("－", "-")
def titlewrap(t):
    L = lines(t); i = next(k for k,l in enumerate(L) if l.strip())
    l = L[i].strip()
    if len(l) > 16:
        h = len(l) * 2 // 3
        L[i:i+1] = [l[:h], l[h:]]
    return "\n".join(L)
def noissuer(t):
    L = lines(t); i = next(k for k,l in enumerate(L) if l.strip())
    L[i] = re.sub(r"^.{2,30}?(?=关于)", "", L[i])
    return "\n".join(L)
FORMS = {"titlewrap": titlewrap, "noissuer": noissuer, "cnsig": cnsig, "cnyear": cnyear, "noquote": noquote, "halfwidth": halfwidth, "glued": glued, "merged": merged, "orig": lambda t: t, "nobreak": nobreak, "indent": indent, "websrc": websrc, "sigline": sigline, "nodate": nodate, "blanklines": spaced}
forms = sys.argv[2:] or list(FORMS)
res = {}
for form in forms:
    d = f"{OUT}/{form}"; shutil.rmtree(d, ignore_errors=True); os.makedirs(d+"/in")
    for i,(raw,_) in ids.items():
        open(f"{d}/in/{i}.txt","w").write(FORMS[form](open(raw).read()))
    subprocess.run([sys.executable,"-m","pipeline","run",d+"/in","--out",d+"/out","--quiet"], check=True)
    tmpg = f"{d}/gold"; os.makedirs(tmpg)
    for i,(_,g) in ids.items(): shutil.copy(g, tmpg)
    r = score_dirs(tmpg, d+"/out/records"); m = r["micro"]
    res[form] = (m["targets"]["f"], m["targets.strict"]["f"], m["targets.year_start"]["acc"], m["targets.year_end"]["acc"], m["targets.task"]["acc"], m["targets.comparator"]["acc"])
    json.dump(r["per_doc"], open(f"{d}/perdoc.json","w"))
    print(f"{form:11s} F1 {res[form][0]:.3f} strict {res[form][1]:.3f} ys {res[form][2]:.3f} ye {res[form][3]:.3f} task {res[form][4]:.3f} cmp {res[form][5]:.3f}", flush=True)
