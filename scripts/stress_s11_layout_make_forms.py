"""Stress method (s11 layout): write rewritten copies of the opened notices (texts whose gold we may read)
the way other offices and web copies present them. Positions come from the layout of the code at REPO
(run once with the base code so every run reads the same copies).
usage: python3 make_forms.py REPO OUTDIR"""
import json, os, re, sys
repo, out = sys.argv[1], sys.argv[2]; sys.path.insert(0, repo); os.chdir(repo)
from pipeline.clean import normalize_string
from pipeline.layout import find_layout
POOL = "--pool" in sys.argv
SETS = [("/work/s11data/pool", None)] if POOL else [("corpus", "gold"), ("dev/corpus", "dev/gold"), ("dev/heldout/corpus", "dev/heldout/gold"),
        ("/work/s11data/b247", "dev/country/gold/b2 dev/country/gold/b4 dev/country/gold/b7"),
        ("/work/s11data/b3", "dev/country/gold/b3"), ("/work/s11data/b8", "dev/country/gold/b8"),
        ("/work/s11data/b9", "dev/country/gold/b9")]
bare = lambda s: re.sub(r"[\s　]+", "", s or "")
NAV = "首页 > 政务公开 > 政策文件 > 规范性文件\n【字体：大 中 小】　　【打印本页】　　【关闭窗口】\n"
INFO = "发布时间：2020-06-18 10:25　　浏览次数：1532　　信息来源：本网\n"
FOOT = "\n扫一扫在手机打开当前页\n相关链接：\n网站地图 | 联系我们 | 网站声明\n版权所有　技术支持：某某信息技术有限公司\n主办单位：本网站编辑部　ICP备12345678号-1\n"

def forms(t, L, md):
    iss = [bare(x) for x in md.get("issuers") or []]
    head = [x for x in (L.notice_title, L.title) if x is not None and x.start < L.body_start]
    tl = min(head, key=lambda x: x.start) if head else None
    f = {}
    # 1. title without issuer: the issuer names in front of 关于 on the title line dropped
    if tl is not None:
        s = t[tl.start:tl.end]
        m = re.match(r"^(.{2,120}?)(关于.+)$", s, re.S)
        if m and iss:
            rest = bare(m.group(1))
            for o in sorted(iss, key=len, reverse=True): rest = rest.replace(o, "")
            if not rest:
                f["title without issuer"] = t[:tl.start] + m.group(2) + t[tl.end:]
                # 2. and no masthead either: the issuer is only in the signature
                if L.signature_lines:
                    t2 = f["title without issuer"]
                    for h in sorted(L.header_lines, key=lambda x: -x.start):
                        if h.end <= tl.start and re.search(r"文\s*件\s*$", t2[h.start:h.end]):
                            t2 = t2[:h.start] + t2[h.end:]
                    f["issuer only in signature"] = t2
    # 3. body only: the title block lost (a web excerpt starting at the addressee or the body)
    start = L.addressee.start if L.addressee is not None and L.addressee.start < L.body_start + 5 else L.body_start
    if tl is not None and start > tl.start:
        f["body only (title block lost)"] = t[start:]
    # 4. a web page's furniture: navigation above, 发布时间/来源 under the title block, a footer
    if tl is not None:
        ends = [x.end for x in (L.notice_title, L.title, L.doc_number) if x is not None and x.start < L.body_start]
        e = t.find("\n", max(ends)); e = len(t) if e < 0 else e + 1
        f["web page furniture"] = NAV + t[:e] + INFO + t[e:] + FOOT
    # 5. signature and date on one line
    if L.signature_lines and L.date_line is not None and L.date_line.start > L.signature_lines[-1].start:
        a, b = L.signature_lines[0].start, L.date_line.end
        joined = "　".join(t[x.start:x.end].strip() for x in L.signature_lines) + "　　" + t[L.date_line.start:L.date_line.end].strip()
        f["signature and date on one line"] = t[:a] + joined + t[b:]
        # 6. the signature run into the closing paragraph (a copy that lost the breaks before it)
        p = t.rfind("\n", 0, a - 1)
        if p > L.body_start:
            f["signature run into last paragraph"] = t[:a].rstrip("\n") + "　" + joined + t[b:]
    # 7. the head's line breaks lost: title block, addressee and first paragraph on one line
    if tl is not None:
        e = t.find("\n", L.body_start + 1)
        if e > 0:
            f["head run together (lost breaks)"] = t[:tl.start] + re.sub(r"\s*\n\s*", "　", t[tl.start:e]) + t[e:]
    # 9./10. the issuer only in the page's fields: no signature, the title without issuer, and the page's record
    # table (发布机构) or its 来源 line naming the issuer
    if "title without issuer" in f and L.signature_lines and len(iss) == 1:
        t2 = f["title without issuer"]
        shift = len(t2) - len(t)
        a = L.signature_lines[0].start + shift
        b = (L.date_line.end if L.date_line is not None and L.date_line.start > L.signature_lines[-1].start
             else L.signature_lines[-1].end) + shift
        nosig = t2[:a] + t2[b:]
        table = (f"索引号：000014349/2021-00123\n发布机构：{md['issuers'][0]}\n成文日期：{md.get('issue_date') or ''}\n"
                 f"标题：{bare(md.get('notice_title') or md.get('title'))}\n")
        f["record table names the issuer, no signature"] = table + nosig
        f["source line names the issuer, no signature"] = (f"{bare(md.get('notice_title') or md.get('title'))}\n"
                                                           f"发布时间：2021-03-02　来源：{md['issuers'][0]}\n" + nosig)
    # 11./12. a law collection's record: its fields (【法规标题】…【发布部门】…), then the full text, or (fields on one
    # line, as a page that lost its breaks prints them) the body without title block and signature
    if tl is not None and iss:
        name = bare(md.get("notice_title") or md.get("title"))
        fields = [("法规标题", name), ("发布部门", "、".join(md["issuers"])), ("发文字号", md.get("doc_number") or ""),
                  ("发布日期", (md.get("issue_date") or "").replace("-", ".")), ("实施日期", (md.get("issue_date") or "").replace("-", ".")),
                  ("时效性", "现行有效"), ("效力级别", "地方规范性文件" if md.get("admin_level") != "central" else "部门规范性文件")]
        fields = [(k, v) for k, v in fields if v]
        f["law collection record + full text"] = "\n".join(f"【{k}】{v}" for k, v in fields) + "\n" + t
        body = t[start:]
        if L.signature_lines and L.signature_lines[0].start > start:
            a = L.signature_lines[0].start - start
            b = (L.date_line.end if L.date_line is not None and L.date_line.start > L.signature_lines[-1].start
                 else L.signature_lines[-1].end) - start
            body = body[:a] + body[b:]
        f["law collection fields on one line + body only"] = "".join(f"【{k}】{v}" for k, v in fields) + "\n" + body
    # 8. the title broken over two lines in the middle (a PDF's or a page's wrap)
    if tl is not None and tl.end - tl.start >= 20 and "\n" not in t[tl.start:tl.end]:
        h = tl.start + (tl.end - tl.start) // 2
        f["title broken over two lines"] = t[:h] + "\n" + t[h:]
    return f

n = 0
for src, golds in SETS:
    for fn in sorted(os.listdir(src)):
        if not fn.endswith(".txt"): continue
        did = fn[:-4]
        if POOL:  # no gold may be read: the reference is our own output on the original (survival)
            from pipeline.document import process_text
            md = process_text(open(f"{src}/{fn}", encoding="utf-8").read(), doc_id=did).model_dump()["metadata"]
            md.pop("evidence", None)
        else:
            g = next((f"{x}/{did}.json" for x in golds.split() if os.path.exists(f"{x}/{did}.json")), None)
            if not g: continue
            md = json.load(open(g))["metadata"]
        t = normalize_string(open(f"{src}/{fn}", encoding="utf-8").read(), did).text
        L = find_layout(t)
        fs = {"original": t, **forms(t, L, md)}
        for name, txt in fs.items():
            d = f"{out}/{name}"; os.makedirs(d, exist_ok=True)
            open(f"{d}/{did}.txt", "w").write(txt)
        json.dump(md, open(f"{out}/gold_{did}.json", "w"), ensure_ascii=False)
        n += 1
print("docs", n)
