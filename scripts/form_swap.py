#!/usr/bin/env python3
"""Metamorphic FORM swap (session 17, issues 11 and 12).

Rewrites labelled opened notices into the typographic and layout forms real notices reach users
in, keeping the gold right by the spec (EXTRACTION_SPEC rev 1.1 §1: text values are compared after
NFKC with white space removed, and are Simplified Chinese also for a Traditional source). Forms:

* wrap   - hard line breaks at a width 28-40 (as text copied out of a PDF), with or without the
           indentation, blank lines between lines or not, and page-number furniture between pages
           (— 3 —, -3-, 第3页 共9页). Markdown marks are dropped (a PDF copy has none).
* num    - the numbering forms real offices use: 一、/一．/一. ; （一）/(一)/（一) ; 1./1．/1、 ;
           (1)/（1）; and, with the gold paths moved, 1. → (1) or ①; headings ending in 。 run into
           their first sentence or split from it.
* width  - full-width digits, letters, '.' and '%' (０-９ Ａ-Ｚ ．％); or half-width ：；， (web
           editors); spaces between CJK and digits; U+3000 / U+00A0 indentation and spaces.
* trad   - Traditional script (opencc_purepy s2t, length preserving).

    python3 scripts/form_swap.py --out /tmp/f --seeds 1 2 --forms wrap num width trad --batches b2 b3 b4 b5 --run

Layout of --out: orig/ and <form>-s<seed>/ each with texts/, gold/, map.json and after --run
out/records and score.json; report.json with per-field figures orig vs swapped.
Method and decisions: docs/decisions/form-swap-s17.md. Never reads the blind batches (b1, b6).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import (FIELDS, KEYS, OPENED_BATCHES, OPEN_AUTHORED, ROOT, figures, map_strings,  # noqa: E402
                        notices, run_and_score)
from swapkit import print_table, s2t, write_set as _write_set  # noqa: E402

EXTRA = ("tasks.heading", "targets.year_end")
FORMS = ("wrap", "num", "width", "trad")
CN_NUM = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def map_quotes(obj, fn):
    """Apply fn to every `quote` string of the gold (values stay: they are compared after NFKC)."""
    if isinstance(obj, list):
        return [map_quotes(x, fn) for x in obj]
    if isinstance(obj, dict):
        return {k: (fn(v) if k == "quote" and isinstance(v, str) else map_quotes(v, fn)) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------- wrap
MD = re.compile(r"^\s*#{1,6}\s+|\*\*")
NO_LINE_START = set("，。、；：？！）》」』”’〕】,.;:?!)%％")
NO_LINE_END = set("（《「『“‘〔【(")    # (s17-form2) opening marks never end a line: they move to the next
# A table's row: cells split by | or tabs, or (s24-swap) by full-width or runs of spaces at least twice inside the
# line (`1　农村改厕问题整改　开展…　县农业农村局　…`, a spaced table): a PDF wraps its cells inside their columns,
# never the row as one line of prose, so the wrap form leaves such rows whole
# ((s25-swap) also a row with the full-width or box-drawing bar, `1｜新改建户厕…｜…`, as the cleaner reads one)
TABLE_ROW = re.compile(r"[|｜│┃]|\t|\S(?:\u3000+| {2,})\S.*\S(?:\u3000+| {2,})\S")


def furniture(style: int, page: int, pages: int) -> str:
    return ["— {} —", "-{}-", "第{}页 共{}页", "—{}—", "- {} -"][style].format(page, pages)


def cw(ch: str) -> float:
    """Display width on a page: a CJK or full-width character one unit, a half-width one half."""
    return 1.0 if ord(ch) >= 0x2E80 or ch in "‘’“”—…·" else 0.5


def cut(body: str, width: int, first: float) -> list[str]:
    """Lines of at most `width` units (the first `first`), as a page lays out a paragraph."""
    out, cur, w, lim = [], "", 0.0, first
    for k, ch in enumerate(body):
        if w + cw(ch) > lim and cur:
            # a Latin word is never cut: it moves to the next line whole (digits may be cut)
            m = re.search(r"[A-Za-z]+$", cur) if ch.isascii() and ch.isalpha() else None
            if m and m.start() > 0:
                out.append(cur[:m.start()])
                cur, w, lim = m.group(0), sum(cw(c) for c in m.group(0)), width
                cur += ch
                w += cw(ch)
                continue
            out.append(cur)
            cur, w, lim = "", 0.0, width
        cur += ch
        w += cw(ch)
    return out + [cur] if cur else out


def wrap(text: str, rng: random.Random) -> tuple[str, dict]:
    width = rng.randint(28, 40)
    keep_indent = rng.random() < 0.5
    blank = rng.random() < 0.3          # pdftotext -layout style: an empty line between lines
    fstyle = rng.randrange(5)
    per_page = rng.randint(22, 30)
    out: list[str] = []
    for raw in text.split("\n"):
        line = MD.sub("", raw).rstrip()
        if not line.strip():
            out.append("")
            continue
        if TABLE_ROW.search(line):
            out.append(line)
            continue
        ind = line[: len(line) - len(line.lstrip())]
        body = line.strip()
        lead = (ind or "") if keep_indent else ""
        chunks = cut(body, width, width - len(lead))
        # 避头尾: a line never starts with closing punctuation; it hangs at the end of the line before
        for k in range(1, len(chunks)):
            while chunks[k] and chunks[k][0] in NO_LINE_START:
                chunks[k - 1] += chunks[k][0]
                chunks[k] = chunks[k][1:]
        for k in range(len(chunks) - 1, 0, -1):
            while chunks[k - 1] and chunks[k - 1][-1] in NO_LINE_END:
                chunks[k] = chunks[k - 1][-1] + chunks[k]
                chunks[k - 1] = chunks[k - 1][:-1]
        chunks = [c for c in chunks if c]
        chunks[0] = lead + chunks[0]
        out.extend(chunks)
    # drop runs of empty lines to one, then page furniture every per_page non-empty lines
    lines = [x for i, x in enumerate(out) if x or (i and out[i - 1])]
    pages = max(1, sum(1 for x in lines if x) // per_page + 1)
    res, n, page = [], 0, 1
    for x in lines:
        if x:
            n += 1
            if n > per_page and n % per_page == 1 and page < pages:
                res += ["", furniture(fstyle, page, pages), ""]
                page += 1
        res.append(x)
        if blank and x:
            res.append("")
    res += ["", furniture(fstyle, page, pages)]
    return "\n".join(res) + "\n", {"width": width, "indent": keep_indent, "blank": blank, "furniture": fstyle,
                                   "per_page": per_page}


# ---------------------------------------------------------------- numbering
L1 = re.compile(rf"^(?P<i>[ \t\u3000]*)(?P<n>[{CN_NUM}]{{1,3}})(?:、|[.．](?!\d))")
L2 = re.compile(rf"^(?P<i>[ \t\u3000]*)[（(](?P<n>[{CN_NUM}]{{1,3}})[）)]")
L3 = re.compile(r"^(?P<i>[ \t\u3000]*)(?P<n>\d{1,2})[.．、\ue000-\uf8ff](?![\d.．])")  # (a font's private-use stop too)
L4 = re.compile(r"^(?P<i>[ \t\u3000]*)[（(](?P<n>\d{1,2})[）)]")
RUN_IN = re.compile(r"^(?P<head>[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])[^。；：:\n]{2,30}。)(?P<rest>\S.*)$")
BARE_HEAD = re.compile(r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])[^。；：:\n]{2,30}。$")


def numbered(x: str):
    return L1.match(x) or L2.match(x) or L3.match(x) or L4.match(x) or (x.lstrip()[:1] or "x") in CIRCLED or re.match(r"^\s*第[一二三四五六七八九十百]+[章节条]", x)


def heads_section(lines: list[str], i: int) -> bool:
    """lines[i] is a heading of its section (`（一）指导思想。`), not a short list item: the next numbered
    line after its paragraphs has the same style (a list's last item followed by a 款 paragraph
    and then `第六条` is not joined)."""
    level = next((k for k, rx in enumerate((L1, L2, L3, L4)) if rx.match(lines[i])), None)
    for x in lines[i + 1:]:
        if numbered(x):
            return level is not None and bool((L1, L2, L3, L4)[level].match(x))
    return False


# (s17-form2) items run into the line of the item before (`1、内科专业2、外科专业`, `…数量不限。2.每所高校…`): an office
# numbers them in the same style as the line's first, so the form rewrites them too (the next numbers in order only,
# after a sentence end or the text of the item before; never a count, a decimal or a date).
GLUED_NEXT = {
    "L1": re.compile(rf"(?<=[。；！？])(?P<n>[{CN_NUM}]{{1,3}})(?:、|[.．](?!\d))"),
    "L2": re.compile(rf"(?<=[。；！？])[（(](?P<n>[{CN_NUM}]{{1,3}})[）)]"),
    "L3": re.compile(r"(?<=[\u4e00-\u9fff。；，）)])[ \u3000]?(?P<n>\d{1,2})[.．、\ue000-\uf8ff](?![\d.．个项条年月日%％])"),
    "L4": re.compile(r"(?<=[\u4e00-\u9fff。；，])[（(](?P<n>\d{1,2})[）)]"),
}
CN_VALUE = {c: i + 1 for i, c in enumerate(CN_NUM)}


def _value(level: str, n: str) -> int | None:
    if level in ("L3", "L4"):
        return int(n)
    if len(n) == 1:
        return CN_VALUE.get(n)
    if n[0] == "十":
        return 10 + CN_VALUE.get(n[1], 0)
    return None  # (二十… : not rewritten in a glued run)


def glued_items(x: str, level: str, start: int, first: int, fmt) -> str:
    """Rewrite the glued items first+1, first+2… of `level` after `start` with fmt(n) (fmt returns None to keep)."""
    rx, want, out, pos = GLUED_NEXT[level], first + 1, [], 0
    for m in rx.finditer(x, start):
        if _value(level, m["n"]) != want:
            continue
        new = fmt(m["n"])
        if new is None:
            break
        lead = m.group(0)[:m.start("n") - m.start()] if level in ("L3",) else ""
        out.append(x[pos:m.start()] + lead + new)
        pos, want = m.end(), want + 1
    return "".join(out) + x[pos:]


def numbering(text: str, gold: dict, rng: random.Random) -> tuple[str, dict, dict]:
    l1 = rng.choice(["{}、", "{}．", "{}."])
    l2 = rng.choice(["（{}）", "({})", "（{})", "({}）"])
    paths = [t["path"] for t in gold.get("tasks") or []]
    toks = {tok for p in paths for tok in p.split("/")}
    has_paren_digit = any(re.fullmatch(r"\(\d+\)", t) for t in toks)
    has_circled = any(t and t[0] in CIRCLED for t in toks)
    decimal = any(re.fullmatch(r"\d+\.\d+.*", t) for t in toks)
    choices = ["{}.", "{}．", "{}、"]
    if not has_paren_digit and not decimal:
        choices.append("({})")
    if not has_circled and not has_paren_digit and not decimal:
        choices.append("circled")
    l3 = rng.choice(choices)
    l4 = rng.choice(["({})", "（{}）"])
    runs = rng.choice(["keep", "join", "split"])
    lines = text.split("\n")
    out = []
    l3_moved = l3 in ("({})", "circled")
    if l3_moved and any(re.match(r"^[ \t\u3000]*\d{1,2}(?=[\u4e00-\u9fff])", x) for x in lines):
        l3, l3_moved = "{}.", False     # items whose stop was lost (`2强化…`) keep their arabic tokens
    if l3_moved and not decimal and any(re.match(r"^[ \t\u3000]*\d{1,2}[.．]\d", x) for x in lines):
        l3, l3_moved = "{}.", False     # (s17-form2) `1.0400年底前…`: an item the form cannot tell from a decimal keeps its token
    if l3 == "circled":
        # only when every arabic item number of the notice is ≤ 20 (s17-form2: and every arabic token of the gold)
        if any(int(m["n"]) > 20 for x in lines if (m := L3.match(x))) or any(
                re.fullmatch(r"\d{1,2}", t) and not 1 <= int(t) <= 20 for t in toks):
            l3, l3_moved = "{}.", False
    def f3(n: str):
        k = int(n)
        return (CIRCLED[k - 1] if 1 <= k <= 20 else None) if l3 == "circled" else l3.format(n)
    for x in lines:
        if m := L1.match(x):
            x = m["i"] + l1.format(m["n"]) + x[m.end():]
            x = glued_items(x, "L1", len(m["i"] + l1.format(m["n"])), _value("L1", m["n"]) or 99, l1.format)
        elif m := L2.match(x):
            x = m["i"] + l2.format(m["n"]) + x[m.end():]
            x = glued_items(x, "L2", len(m["i"] + l2.format(m["n"])), _value("L2", m["n"]) or 99, l2.format)
        elif m := L3.match(x):
            num = f3(m["n"]) or l3.format(m["n"])
            x = m["i"] + num + x[m.end():]
            x = glued_items(x, "L3", len(m["i"] + num), int(m["n"]), f3)
        elif m := L4.match(x):
            x = m["i"] + l4.format(m["n"]) + x[m.end():]
            x = glued_items(x, "L4", len(m["i"] + l4.format(m["n"])), int(m["n"]), l4.format)
        out.append(x)
    # run-in headings: join a heading line ending in 。 with the next (unnumbered) line, or split
    if runs != "keep":
        res = []
        i = 0
        while i < len(out):
            x = out[i]
            if runs == "join" and BARE_HEAD.match(x) and i + 1 < len(out) and out[i + 1].strip() and not (
                    numbered(out[i + 1])) and heads_section(out, i):
                res.append(x.rstrip() + out[i + 1].lstrip())
                i += 2
                continue
            if runs == "split" and (m := RUN_IN.match(x)):
                res += [m["head"], m["rest"]]
                i += 1
                continue
            res.append(x)
            i += 1
        out = res
    gold2 = gold
    if l3_moved:
        def tok(t: str) -> str:
            if re.fullmatch(r"\d{1,2}", t):
                return CIRCLED[int(t) - 1] if l3 == "circled" else f"({t})"
            return t

        def mp(p):
            # (s25-swap) a table row's `表/N` is its 序号, which the form does not rewrite in a table's cells: kept
            if not isinstance(p, str) or re.match(r"^表\d*/", p):
                return p
            return "/".join(tok(t) for t in p.split("/"))
        gold2 = json.loads(json.dumps(gold))
        for t in gold2.get("tasks") or []:
            t["path"] = mp(t["path"])
        for k in ("responsibilities", "targets"):
            for r in gold2.get(k) or []:
                if r.get("task"):
                    r["task"] = mp(r["task"])
    return "\n".join(out), gold2, {"l1": l1, "l2": l2, "l3": l3, "l4": l4, "runs": runs, "paths_moved": l3_moved}


# ---------------------------------------------------------------- width
FW_DIGITS = str.maketrans({**{chr(0x30 + i): chr(0xFF10 + i) for i in range(10)}, ".": "．", "%": "％",
                           **{chr(0x41 + i): chr(0xFF21 + i) for i in range(26)},
                           **{chr(0x61 + i): chr(0xFF41 + i) for i in range(26)}})
HW_PUNCT = str.maketrans({"：": ":", "；": ";", "，": ","})
CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")
INDENT = re.compile(r"^[ \t\u3000]*(?=[^\s#|*])", re.M)  # (a Markdown heading, table row or bold line: as written)


def width(text: str, rng: random.Random) -> tuple[str, dict]:
    ops = {"fw": rng.random() < 0.6, "hw_punct": rng.random() < 0.4, "cjk_space": rng.random() < 0.5,
           "indent": rng.choice(["", "\u3000\u3000", "\u00a0\u00a0\u00a0\u00a0", "keep"])}
    if not any(v for k, v in ops.items() if k != "indent") and ops["indent"] == "keep":
        ops["fw"] = True

    def f(s: str) -> str:
        if ops["cjk_space"]:
            s = CJK_DIGIT.sub(" ", s)       # before fw: the editor spaced half-width digits
        if ops["fw"]:
            s = s.translate(FW_DIGITS)
        if ops["hw_punct"]:
            s = s.translate(HW_PUNCT)
        return s
    t = f(text)
    if ops["indent"] != "keep":
        t = INDENT.sub(ops["indent"], t)
    return t, ops, f


# ---------------------------------------------------------------- trad

def form_notice(form: str, text: str, gold: dict, seed: int) -> tuple[str, dict, dict]:
    rng = random.Random(f"{form}:{seed}:{gold.get('doc_id')}")
    if form == "wrap":
        t, info = wrap(text, rng)
        return t, gold, info
    if form == "num":
        return numbering(text, gold, rng)
    if form == "width":
        t, info, f = width(text, rng)
        return t, map_quotes(gold, f), info
    if form == "trad":
        return s2t(text), map_quotes(gold, s2t), {}
    raise ValueError(form)


def write_set(out: Path, items, form: str | None, seed: int | None) -> dict:
    return _write_set(out, items, lambda text, gold, _set: (text, gold, {}) if form is None
                      else form_notice(form, text, gold, seed))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--forms", nargs="+", choices=FORMS, default=list(FORMS))
    ap.add_argument("--batches", nargs="+", default=["b2", "b3", "b4", "b5"],
                    help="opened batches (s17-form: b2-b5 FIX, b7-b10 HELD; s17-form2: b7-b10 seeds 3 4 FIX); "
                         "'corpus' adds corpus/ (gold/), 'dev' adds dev/corpus (dev/gold): s17-form2's HELD half, seeds 5 6")
    ap.add_argument("--no-orig", action="store_true", help="do not rerun the identity copies")
    ap.add_argument("--run", action="store_true")
    a = ap.parse_args(argv)
    assert all(b in OPENED_BATCHES + tuple(OPEN_AUTHORED) or b in ("corpus", "dev") for b in a.batches), "opened batches only (never b1, b6)"
    items = [x for x in notices(ROOT) if x[0] in a.batches]
    sets = ({} if a.no_orig else {"orig": (None, None)}) | {
        f"{f}-s{s}": (f, s) for f in a.forms for s in (a.seeds if f != "trad" else a.seeds[:1])}
    for n, (f, s) in sets.items():
        write_set(a.out / n, items, f, s)
    docs = sorted(json.loads((a.out / next(iter(sets)) / "map.json").read_text()))
    print(f"{len(items)} notices; sets: {list(sets)}")
    if not a.run:
        return 0
    scores = {}
    for n in sets:
        raw = run_and_score(a.out / n, {"all": docs})["all"]
        scores[n] = figures(raw) | {k: (raw["micro"].get(k) or {}).get("acc", float("nan")) for k in EXTRA}
    (a.out / "report.json").write_text(json.dumps({"docs": docs, "scores": scores}, indent=1), encoding="utf-8")
    cols = ["meta"] + ["m." + k for k in FIELDS] + KEYS + list(EXTRA)
    print_table(scores, cols)
    return 0


if __name__ == "__main__":
    sys.exit(main())
