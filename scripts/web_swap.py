#!/usr/bin/env python3
"""Metamorphic WEB-COPY swap (session 17, issue 11: web pages copied to text).

Takes the labelled opened notices (text + gold) and writes the forms a user gets when copying a
government web page to text: page furniture above the notice (breadcrumb, the page title
repeated, a 发布时间/来源/浏览次数 line or its one-cell-per-line form, 字号 大 中 小, 【打印】【关闭】,
分享到, or the information-disclosure metadata table 索引号/主题分类/发文机关/成文日期/文号/发布日期
in one-cell-per-line or tab form), furniture below it (扫一扫在手机打开当前页, 附件下载 lists,
上一篇/下一篇, 主办/承办/版权所有/网站标识码/ICP备/公网安备), and the body shapes of web copies
(leading full-width or &nbsp; indentation, blank lines between paragraphs, a right-aligned or a
glued signature). Every piece of furniture is made from the notice's own gold metadata (its
title as the text writes it, its issuers, its issue date, its 文号, its region), so the page is
consistent with the notice.

By spec rev 1.1 §1 furniture and metadata tables are not body and issue_date comes from the
signature/date line, so the gold is unchanged (docs/decisions/s17-web-s17.md says field by field
why). Any field that drops is a gap.

    python3 scripts/web_swap.py --out /tmp/web --seeds 1 2 --run            # FIX half
    python3 scripts/web_swap.py --out /tmp/webh --seeds 3 4 --run --held    # HELD half (twice only)

FIX half = seeds 1 2 on b2 b3 b4 b5 + corpus/; HELD half = seeds 3 4 on b7 b8 b9 b10.
Layout of --out as scripts/place_swap.py: orig/, seed<N>/ with texts/, gold/, map.json, and after
--run out/records and score-*.json; report.json holds the figures orig vs swapped.
Never reads the blind batches (b1, b6).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import (ROOT, wanted, FIELDS, KEYS, Gazetteer, figures, notices,  # noqa: E402
                        run_and_score)
from swapkit import write_set as _write_set  # noqa: E402

FIX_SETS = ("b2", "b3", "b4", "b5", "corpus")
HELD_SETS = ("b7", "b8", "b9", "b10")

DOCNUM_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{1,12}[〔\[［﹝(（]\s*(?:19|20)\d\d\s*[〕\]］﹞)）]\s*第?\d+号\s*$")
DATE_LINE = re.compile(r"^[\s\u3000\u00a0]*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s\u3000\u00a0]*$")
ATTACH = re.compile(r"^[\s\u3000]*附件\s*(\d*)\s*[：:]\s*(?:\d+\s*[.．、])?\s*(\S.*?)\s*$")

BREADCRUMBS = [
    "当前位置：首页 > 政务公开 > 政策文件",
    "首页 > 政务公开 > 政策文件",
    "您现在的位置：首页 > 信息公开 > 通知公告",
    "当前位置：首页>政府信息公开>法定主动公开内容>政策文件",
    "首页 >> 政务公开 >> 规范性文件",
    "您所在的位置：首页 > 政务公开 > 政府文件",
]
CATEGORIES = ["综合政务\\通知", "城乡建设、环境保护\\其他", "财政、金融、审计\\其他", "科技、教育\\其他",
              "劳动、人事、监察\\其他", "卫生、体育\\卫生", "工业、交通\\其他", "农业、林业、水利\\其他",
              "商贸、海关、旅游\\其他", "民政、扶贫、救灾\\其他"]


def _region_parts(region: str, g: Gazetteer) -> tuple[str, str]:
    """(province, the lowest unit's full written region) of a gold region: 广东省广州市天河区 →
    (广东省, 广州市天河区). Central → ("", "")."""
    if not region or region == "全国":
        return "", ""
    prov = next((p for p in g.province_kind if region.startswith(p)), "")
    rest = region[len(prov):]
    return prov, (rest if rest else prov)


SITE_NAME = {"central": "中国政府网", "township": "{}人民政府网"}


def _site_place(region: str, g: Gazetteer) -> str:
    """The place a site is named by: its lowest unit (广州市, 天河区, 港沿镇); 全国 for central."""
    prov, low = _region_parts(region, g)
    if not prov:
        return ""
    for sfx in ("街道", "镇", "乡"):
        i = low.rfind(sfx)
        if i > 0 and i + len(sfx) == len(low):
            break
    m = re.search(r"([^省市区县州盟旗]{1,12}(?:自治州|自治县|地区|盟|旗|市|区|县|镇|乡|街道))$", low)
    return m.group(1) if m else low


def site_owner(gold: dict, g: Gazetteer) -> str:
    """The organ whose site carries the page: the first issuer (a department's own site, as
    p04 of the public corpus: 主办单位：广州市卫生健康委员会), else the government of the region."""
    md = gold["metadata"]
    if md.get("issuers"):
        first = md["issuers"][0]
        if first.startswith(("国务院", "中共中央")) and not first.startswith("国务院办公厅"):
            return "国务院办公厅"            # gov.cn carries the notices of the State Council and the Centre
        if first.endswith("人民政府"):      # a government's site is run by its general office
            return first + ("办公室" if md.get("admin_level") in ("county", "township") else "办公厅")
        return first
    region = md.get("region") or ""
    prov, low = _region_parts(region, g)
    if not region or region == "全国":
        return "国务院办公厅"
    lvl = md.get("admin_level")
    if lvl == "township":
        return low + "人民政府"
    if lvl == "province":
        return prov + "人民政府办公厅"
    return low + ("人民政府办公室" if lvl == "county" else "人民政府办公厅")


def icp_abbr(gold: dict, g: Gazetteer) -> str:
    prov, _ = _region_parts(gold["metadata"].get("region") or "", g)
    if not prov:
        return "京"
    if prov in ("北京市", "天津市", "上海市", "重庆市"):
        return {"北京市": "京", "天津市": "津", "上海市": "沪", "重庆市": "渝"}[prov]
    return g.province_abbr.get(prov, "京")


def page_title(text: str, gold: dict) -> str | None:
    """The notice's title as its text writes it at its head (issuer included, its lines joined,
    a run of spaces between two organs kept as one), which the page repeats as its <h1>. None
    when the text has no title at its head (an excerpt, or a transmittal copied without its own
    title line): the page title is never made up from the gold (it would move notice_title)."""
    md = gold["metadata"]
    target = md.get("notice_title") or md.get("title")
    if not target:
        return None
    want = re.sub(r"\s+", "", target)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i in range(min(6, len(lines))):
        if DOCNUM_LINE.match(lines[i]):
            continue
        acc, flat = "", ""
        for j in range(i, min(i + 5, len(lines))):
            acc += re.sub(r"[\s\u3000]+", " ", lines[j])
            flat += re.sub(r"\s+", "", lines[j])
            if want in flat:   # the title lines themselves (an issuer or a 文号 may stand before it), no sentence
                ok = flat.endswith(want) and len(flat) <= len(want) + 40 and not re.search(r"[。，；：]", flat[: len(flat) - len(want)])
                return acc if ok else None
            if not any(want.startswith(flat[k:]) for k in range(len(flat))):
                break
    return None


def _date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def fmt_date(d: dt.date, style: int) -> str:
    return (f"{d:%Y-%m-%d}", f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d:%Y/%m/%d}",
            f"{d.year}年{d.month}月{d.day}日")[style]


# ---------------------------------------------------------------- head furniture
def head_portal(rng: random.Random, title: str | None, source: str, post: dt.date | None, site: str) -> list[str]:
    """A portal article page (d068, p03 of the public corpus): breadcrumb, title, a
    发布时间/来源/浏览次数 line (or its one-cell-per-line form), 字号 and 打印/关闭 controls."""
    crumb = rng.choice(BREADCRUMBS)
    out = []
    if title and rng.random() < 0.2:      # the browser's <title> line: the title, then the site's name
        out.append(f"{title}{rng.choice(('_', ' - ', '|'))}{site}")
    if title and rng.random() < 0.25:     # the breadcrumb's last crumb is the page's title (first 30 chars, or whole)
        out.append(f"{crumb} > {title}")
    else:
        out.append(crumb)
    if title:
        out.append(title if rng.random() < 0.85 else f"{rng.choice(('政策解读：', '【政策解读】'))}{title}")
    clock = f" {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.5 else ""
    views = rng.randint(30, 9000)
    form = rng.randrange(4)
    dstyle = rng.choice((0, 0, 1, 2))
    if form == 0:
        parts = []
        if post:
            parts.append(f"发布时间：{fmt_date(post, dstyle)}{clock}")
        parts.append(f"来源：{source}")
        parts.append(f"浏览次数：{views}")
        out.append("  ".join(parts))
    elif form == 1:
        parts = []
        if post:
            parts.append(f"发布日期：{fmt_date(post, dstyle)}")
        parts += [f"信息来源：{source}", "作者：", f"点击数：{views}"]
        out.append("　".join(parts))
    elif form == 2:   # one cell per line (p03)
        if post:
            out.append(fmt_date(post, 0) + clock)
        out += ["来源：", source]
    else:
        parts = []
        if post:
            parts.append(f"时间：{fmt_date(post, 0)}{clock}")
        parts += [f"文章来源：{source}", f"阅读：{views}次"]
        out.append("  ".join(parts))
    ctl = ("【字体：大 中 小】  【打印本页】 【关闭窗口】", "字号：大 中 小", "【字号 大 中 小】【打印】【关闭】",
           "【打印】 【关闭】")[rng.randrange(4)]
    if form in (0, 3) and rng.random() < 0.3:
        out[-1] += "　" + ctl            # the controls on the publishing line itself
    else:
        out.append(ctl)
    if title and form in (0, 1) and rng.random() < 0.25:
        # the publishing line above the headline (sites that print the date first)
        ti = out.index(title) if title in out else None
        if ti is not None and ti + 1 < len(out):
            line = out.pop(ti + 1)
            out.insert(ti, line)
    if rng.random() < 0.4:
        out.append("分享到：")
    return out


def head_table(rng: random.Random, title: str | None, gold: dict, owner: str, post: dt.date | None) -> list[str]:
    """The information-disclosure metadata table (p02, p04 of the public corpus; gov.cn pages):
    one cell per line, or label and value on one line in tab form."""
    md = gold["metadata"]
    issued = _date(md.get("issue_date"))
    year = (issued or post or dt.date(2020, 1, 1)).year
    code = rng.choice([f"{rng.randint(10**8, 10**9 - 1):09d}/{year}-{rng.randint(1, 999):05d}",
                       f"1144{rng.randint(10**13, 10**14 - 1)}X/{year}-{rng.randint(1, 999):05d}"])
    # a notice without issuers gets an empty 发布机构 cell (p02's 分类 cell is empty): the spec reads issuers
    # from the table, so any organ there would move the gold
    organ = "、".join(md.get("issuers") or [])
    rows = [("索引号：", code), ("主题分类：", rng.choice(CATEGORIES)),
            (rng.choice(("发文机关：", "发布机构：")), organ),
            ("成文日期：", fmt_date(issued, rng.choice((0, 1))) if issued else ""),
            (rng.choice(("标　　题：", "名称：")), title or ""),
            (rng.choice(("发文字号：", "文号：")), md.get("doc_number") or ""),
            ("发布日期：", fmt_date(post, 0) if post else "")]
    if not title:      # a page without the text's own title: no 名称 row (an empty one is seen on no page)
        rows = rows[:4] + rows[5:]
    out = []
    if rng.random() < 0.5:
        out.append(rng.choice(BREADCRUMBS))
    if rng.random() < 0.5:     # one cell per line (p02, p04): a label line, then its value line
        for k, v in rows:
            out.append(k)
            if v:
                out.append(v)
    else:                      # tab form (gov.cn): two cells a line, the title on its own
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)] if not title else \
            [[rows[0], rows[1]], [rows[2], rows[3]], [rows[4]], [rows[5], rows[6]]]
        for pr in pairs:
            out.append("\t".join(f"{k}\t{v}" for k, v in pr))
    if title and rng.random() < 0.7:
        out.append(title)
    if rng.random() < 0.5:
        out.append("【字体：大 中 小】 【打印】 【关闭】")
    return out


def head_record(rng: random.Random, title: str | None, gold: dict, post: dt.date | None) -> list[str]:
    """A rule database's record over the notice (p01, p05, p06 of the public corpus: 基本信息, 统一编号, 文　　号,
    实施日期, 失效日期, 发布机关, 文件状态, one cell per line), then the title. Only for a notice with a date of issue."""
    md = gold["metadata"]
    issued = _date(md.get("issue_date"))
    start = (post or issued) + dt.timedelta(days=rng.choice((0, 3, 10, 30)))
    try:
        stop = start.replace(year=start.year + 5) - dt.timedelta(days=1)
    except ValueError:
        stop = start + dt.timedelta(days=5 * 365)
    out = ["基本信息", "统一编号：", f"GZ0{rng.randint(2, 3)}{issued.year}{rng.randint(1, 999):04d}",
           "文　　号：", md.get("doc_number") or "", "实施日期：", f"{start.year}年{start.month:02d}月{start.day:02d}日",
           "失效日期：", f"{stop.year}年{stop.month:02d}月{stop.day:02d}日", "发布机关：", "、".join(md.get("issuers") or []),
           "文件状态："]
    out = [x for x in out if x]
    if title:
        out.append(title)
    return out


# ---------------------------------------------------------------- tail furniture
def tail(rng: random.Random, text: str, gold: dict, g: Gazetteer, owner: str, others: list[str],
         post_year: int | None = None) -> list[str]:
    out = []
    if rng.random() < 0.5:
        out.append("扫一扫在手机打开当前页")
    atts = [m for m in (ATTACH.match(ln) for ln in text.splitlines()) if m]
    if atts and rng.random() < 0.7:
        out.append(rng.choice(("附件下载：", "相关附件", "附件：")))
        for m in atts[:6]:
            name = re.sub(r"\.(?:docx?|xlsx?|pdf|wps)$", "", m.group(2))
            out.append(f"{name}{rng.choice(('.doc', '.pdf', '.docx', '.wps'))}")
    if others and rng.random() < 0.6:
        prev, nxt = rng.sample(others, 2) if len(others) >= 2 else (others[0], None)
        out.append(f"上一篇：{prev}")
        out.append(f"下一篇：{nxt}" if nxt else "下一篇：无")
    if rng.random() < 0.5:
        out.append(rng.choice(("【打印本页】 【关闭窗口】", "打印本页 | 关闭窗口", "【打印】【关闭】")))
    if rng.random() < 0.3:
        out.append("相关链接：中国政府网 | 国家政务服务平台")
    if rng.random() < 0.2:
        out.append(rng.choice(("【我要纠错】", "【纠错】 【打印】 【关闭】", "（责任编辑：王晓）", "责任编辑：李敏")))
    if others and rng.random() < 0.25:
        out.append(rng.choice(("相关阅读：", "相关文件", "相关阅读")))
        out += rng.sample(others, min(len(others), rng.choice((1, 2))))
    abbr = icp_abbr(gold, g)
    foot = []
    form = rng.randrange(3)
    if form == 0:
        foot.append(f"主办单位：{owner}")
    elif form == 1:
        foot.append(f"版权所有：{owner}")
    else:
        foot.append(f"主办单位：{owner}　　联系电话：0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}")
    if rng.random() < 0.3:
        foot.append(f"地址：{_site_place(gold['metadata'].get('region') or '', g) or '北京市'}人民路{rng.randint(1, 300)}号　"
                    f"邮编：{rng.randint(100000, 860000)}")
    foot.append(f"网站标识码：{rng.randint(10**9, 10**10 - 1)}")
    if rng.random() < 0.2:
        foot.append(f"Copyright © {(post_year or 2020)} {owner} All Rights Reserved")
    foot.append(f"{abbr}ICP备{rng.randint(10**6, 10**8 - 1)}号" + (f"-{rng.randint(1, 9)}" if rng.random() < 0.5 else ""))
    if rng.random() < 0.7:
        foot.append(f"{abbr}公网安备 {rng.randint(10**13, 10**14 - 1)}号")
    if rng.random() < 0.5:   # one footer line, cells separated by spaces
        out.append("  ".join(foot))
    else:
        out += foot
    return out


# ---------------------------------------------------------------- body shapes
def body_shape(rng: random.Random, text: str, gold: dict) -> tuple[str, dict]:
    """Leading full-width or &nbsp; (U+00A0) indentation, blank lines between paragraphs, and
    a signature right-aligned by spaces or glued to its date."""
    indent = rng.choice(("", "　　", "\u00a0\u00a0\u00a0\u00a0", "\u00a0\u00a0"))
    blank = rng.random() < 0.5
    lines = text.splitlines()
    issuers = set(gold["metadata"].get("issuers") or [])
    glue = right = False
    # the signature: a line naming an issuer (or issuers separated by spaces) right before a
    # date line, at the end of the notice's own part
    sig = None
    for i in range(1, len(lines)):
        if DATE_LINE.match(lines[i]):
            prev = re.sub(r"[\s\u3000]+", " ", lines[i - 1]).strip()
            if prev and all(x in issuers for x in prev.split(" ")):
                sig = i - 1
                break
    shape = rng.random()
    nbsp_tail = rng.random() < 0.4
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if sig is not None and i == sig and shape < 0.3:      # glued: 广州市财政局2019年10月9日
            out.append(indent + ln.strip() + lines[i + 1].strip())
            glue = True
            i += 2
            continue
        if sig is not None and i in (sig, sig + 1) and 0.3 <= shape < 0.6:   # right-aligned
            out.append("\u3000" * rng.randint(14, 24) + ln.strip())
            right = True
            i += 1
            continue
        s = ln.strip()
        if s and nbsp_tail and rng.random() < 0.15:
            s += "\u00a0"          # an &nbsp; left at a paragraph's end
        out.append(indent + s if s else s)
        i += 1
    sep = "\n\n" if blank else "\n"
    body = sep.join(x for x in out if x.strip()) if blank else "\n".join(out)
    return body, {"nbsp_tail": nbsp_tail, "indent": repr(indent), "blank_lines": blank, "signature_glued": glue, "signature_right": right}


# ---------------------------------------------------------------- a notice
def web_notice(text: str, gold: dict, g: Gazetteer, seed: int, doc: str, others: list[str]) -> tuple[str, dict, dict]:
    rng = random.Random(f"{seed}:{doc}")
    md = gold["metadata"]
    title = page_title(text, gold)
    owner = site_owner(gold, g)
    issued = _date(md.get("issue_date"))
    # the posting date follows the date of issue by a few days; a notice without a date of issue
    # gets no date furniture (a posting date is no date of issue by the spec; see the decisions)
    post = issued + dt.timedelta(days=rng.choice((0, 1, 2, 3, 5, 7, 12))) if issued else None
    source = md["issuers"][0] if md.get("issuers") else rng.choice(("本站", "本网"))
    r = rng.random()
    form = "record" if (r < 0.15 and issued and md.get("issuers")) else "table" if r < 0.45 else "portal"
    site = SITE_NAME.get(md.get("admin_level"), "{}人民政府门户网站").format(_site_place(md.get("region") or "", g))
    head = (head_record(rng, title, gold, post) if form == "record" else head_table(rng, title, gold, owner, post)
            if form == "table" else head_portal(rng, title, source, post, site))
    body, shape = body_shape(rng, text, gold)
    foot = tail(rng, text, gold, g, owner, others, post.year if post else None)
    new = "\n".join(head) + "\n" + body.rstrip("\n") + "\n" + "\n".join(foot) + "\n"
    info = {"form": form, "title": title, "owner": owner, "post": str(post) if post else None, **shape,
            "head_lines": len(head), "tail_lines": len(foot)}
    return new, gold, info


def write_set(out: Path, items, g: Gazetteer, seed: int | None) -> dict:
    golds = [json.loads(gp.read_text(encoding="utf-8")) for _, _, gp in items]

    def title_of(o: dict) -> str | None:
        return o["metadata"].get("notice_title") or o["metadata"].get("title")

    def swap(text, gold, _set):
        if seed is None:
            return text, gold, {}
        doc = gold["doc_id"]
        # 上一篇/下一篇: titles of other notices of the same region (the same site)
        others = sorted({title_of(o) for o in golds
                         if o["doc_id"] != doc and o["metadata"].get("region") == gold["metadata"].get("region")
                         and title_of(o)})
        return web_notice(text, gold, g, seed, doc, others)
    return _write_set(out, items, swap)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--held", action="store_true", help="the HELD half: b7-b10 (run it at BASE and at the end only)")
    ap.add_argument("--run", action="store_true", help="run the pipeline on each set, score, compare")
    a = ap.parse_args(argv)
    if a.held and set(a.seeds) & {1, 2}:
        ap.error("the held half is seeds 3 4")
    if not a.held and set(a.seeds) & {3, 4}:
        ap.error("seeds 3 4 are the held half (--held)")
    g = Gazetteer.load()
    want = wanted(HELD_SETS if a.held else FIX_SETS)
    items = [it for it in notices(ROOT) if it[0] in want]
    sets = {"orig": None} | {f"seed{s}": s for s in a.seeds}
    for n, s in sets.items():
        write_set(a.out / n, items, g, s)
    print(f"{len(items)} notices ({'held' if a.held else 'fix'}: {', '.join(want)}), sets: {', '.join(sets)}")
    if not a.run:
        return 0
    docs = sorted(json.loads((a.out / "orig" / "map.json").read_text()))
    subsets = {"all": docs}
    scores = {n: figures(run_and_score(a.out / n, subsets)["all"]) for n in sets}
    (a.out / "report.json").write_text(json.dumps({"half": "held" if a.held else "fix", "docs": docs,
                                                   "scores": scores}, ensure_ascii=False, indent=1), encoding="utf-8")
    cols = ["meta"] + ["m." + k for k in FIELDS] + KEYS
    print(f"\n== {'HELD' if a.held else 'FIX'} ({len(docs)} notices): orig | swapped mean [min, max] over seeds")
    for c in cols:
        o = scores["orig"][c]
        vs = [scores[n][c] for n in sets if n != "orig"]
        mean = sum(vs) / len(vs)
        flag = "  <-- drop" if mean < o - 1e-9 else ("  (gain)" if mean > o + 1e-9 else "")
        print(f"{c:22}{o:7.3f} | {mean:7.3f} [{min(vs):.3f}, {max(vs):.3f}]{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
