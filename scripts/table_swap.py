#!/usr/bin/env python3
"""Metamorphic TABLE swap (session 17, issues 11 and 12): body annotations become a task-division table.

Many plans put all their assignments in a 任务分工表 / 重点任务清单 attachment instead of the body.
This takes labelled notices whose body items carry assignment annotations (`（牵头单位：A；配合单位：B）`,
`（A牵头，B配合）`, `（责任单位：A、B）`, a `责任单位：…` line), removes the annotations from the body
items and appends an attachment `附件N` with a table whose rows restate each item (序号 / 重点任务 / the
annotation's role columns / 完成时限), in the forms tables reach text: ` | `-separated rows, tab-separated
rows, one cell per line, optionally with the header repeated after a page break.

Gold (spec 1.1 sections 1, 5, 6): unchanged. The attachment is body, so every organ is still mentioned;
each row restates its item by heading, so its triples stay on the item's path with the roles of their
columns, which are the annotation's own labels (a `责任单位` column beside a `牵头单位` column gives co,
as the annotation `牵头单位：A；责任单位：B` did). Method and decisions: docs/decisions/table-swap-s17.md.

    python3 scripts/table_swap.py --out /tmp/s17-table/swap --seeds 1 2 --run            # FIX half
    python3 scripts/table_swap.py --out /tmp/s17-table/held --seeds 3 4 --run --held     # HELD half

FIX half: seeds 1 2 on b2 b3 b4 b5 and corpus/ + dev/corpus; HELD half: seeds 3 4 on b7 b8 b9 b10.
Never reads the blind batches (b1, b6).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import ROOT, wanted, figures, notices, run_and_score  # noqa: E402
from swapkit import write_set as _write_set  # noqa: E402
sys.path.insert(0, str(ROOT))
from pipeline.extract.responsibilities import CARRY  # noqa: E402

FIX_SETS = ("b2", "b3", "b4", "b5", "corpus", "dev")
HELD_SETS = ("b7", "b8", "b9", "b10")
ALL_SETS = ("b2", "b3", "b4", "b5", "b7", "b8", "b9", "b10", "corpus")

LEAD_L = "(?:牵头(?:单位|部门))"
CO_L = "(?:(?:配合|参加|参与|协办|协助)(?:单位|部门))"
RESP_L = "(?:责任(?:单位|部门)|主责(?:单位|部门))"
LABEL = re.compile(f"(?:{LEAD_L}|{CO_L}|{RESP_L})[：:]")
ROLE_WORD = re.compile(r"牵头|配合|参与|协助|负责|会同|参加|协办|下同|排在|列第一")
# a prose annotation: `A牵头，B配合`, `A牵头负责，B、C按职责分工负责`, `A负责`
PROSE_LEAD = re.compile(r"^(?P<l>[^，,；;：:（）()]+?)牵头(?:负责)?(?:[，,；;、](?P<c>[^，,；;：:（）()]+?)"
                        r"(?:配合|参与|协助|协同|按职责分工负责|按职能分工负责|按职责负责|分工负责|共同负责|负责))?$")
PROSE_RESP = re.compile(r"^(?P<r>[^，,；;：:（）()牵]+?)(?:按职责分工负责|按职能分工负责|按职责负责|分别负责|负责)$")
SUMMING = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?(?:和单位)?)$")
BRACKET = re.compile(r"[（(〔]([^（）()〔〕\n]{2,240})[）)〕]")
LINE_LABEL = re.compile(rf"(?:(?<=\n)|(?<=^)|(?<=[。；]))[ \t\u3000]*((?:{LEAD_L}|{RESP_L})[：:][^\n（）()]+?)[。]?[ \t\u3000]*(?=\n|$)")

DEADLINES = ("长期坚持", "持续推进", "长期", "年底前", "持续实施", "常态化推进")
TABLE_TITLES = ("重点任务分工表", "任务分工表", "重点任务清单", "责任分工表", "重点工作任务分工表")
TASK_HEADS = ("重点任务", "工作任务", "主要任务", "任务内容", "具体措施")
TIME_HEADS = ("完成时限", "时间节点", "完成时间")
FORMS = ("pipe", "tab", "stacked", "markdown")
CN = "一二三四五六七八九十"


def role_of_label(label: str, labels: tuple[str, ...]) -> str:
    if re.fullmatch(LEAD_L, label):
        return "lead"
    if re.fullmatch(CO_L, label):
        return "co"
    return "co" if any(re.fullmatch(LEAD_L, x) for x in labels) else "responsible"


def clean_cell(s: str) -> str:
    s = s.strip(" \t\u3000。；;，,")
    return SUMMING.sub("", s).strip(" 、，,")


def parse(content: str) -> dict[str, str] | None:
    """label → organs as written, in order; None when the content is no simple annotation."""
    c = content.strip(" \t\u3000。")
    if LABEL.match(c):
        parts = re.split(rf"[；;，,。]\s*(?=(?:{LEAD_L}|{CO_L}|{RESP_L})[：:])", c)
        out = {}
        for p in parts:
            m = LABEL.match(p)
            if not m:
                return None
            label = p[: m.end() - 1]
            organs = clean_cell(p[m.end():])
            if not organs or label in out or ROLE_WORD.search(organs):
                return None
            out[label] = organs
        return out
    m = PROSE_LEAD.match(c)
    if m:
        out = {"牵头单位": clean_cell(m["l"])}
        if m["c"]:
            out["配合单位"] = clean_cell(m["c"])
        return out if all(v and not ROLE_WORD.search(v) for v in out.values()) else None
    m = PROSE_RESP.match(c)
    if m:
        r = clean_cell(m["r"])
        return {"责任单位": r} if r and not ROLE_WORD.search(r) and len(r) <= 80 else None
    return None


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def task_starts(text: str, tasks: list[dict]) -> list[tuple[int, str, str]]:
    """(start, path, heading) of the gold tasks found in order in the text."""
    out, pos = [], 0
    for t in tasks:
        h = t.get("heading") or ""
        key = h[:10]
        if len(key) < 2:
            continue
        at = text.find(key, pos)
        if at < 0:
            continue
        out.append((at, t["path"], h))
        pos = at + len(key)
    return out


def annotations(text: str) -> list[tuple[int, int, dict[str, str]]]:
    out = []
    for m in BRACKET.finditer(text):
        p = parse(m.group(1))
        if p:
            out.append((m.start(), m.end(), p))
    for m in LINE_LABEL.finditer(text):
        if any(a <= m.start(1) < b for a, b, _ in out):
            continue
        p = parse(m.group(1))
        if p:
            s, e = m.start(), m.end()
            # a label line of its own: the whole line goes
            if (s == 0 or text[s - 1] == "\n") and e < len(text) and text[e] == "\n":
                e += 1
            out.append((s, e, p))
    return sorted(out)


def task_cell(heading: str, rng: random.Random) -> str | None:
    """The row's task as offices abbreviate it: the heading, or its first clause."""
    h = heading.strip(" 。；;：:")
    clauses = [c for c in re.split(r"[，,；;：:]", h) if c]
    cand = h
    if len(h) > 28 or (len(clauses) > 1 and rng.random() < 0.4):
        cand = clauses[0]
    if re.search(r"\d", cand):   # a number in the cell would restate a target or a year
        cand = re.split(r"[，,；;：:]?[^，,；;：:]*\d", cand)[0]
    cand = cand.strip()
    return cand if len(cand) >= 4 else None


# (s17-table2) How else offices shorten an item's heading in a task cell (docs/decisions/table-swap-s17.md):
# its lead words dropped (`一是`, `坚持`, `着力`, `大力`…: the table lists measures, not the body's rhetoric),
# its leading verb dropped (a keyword phrase, `数字广告企业培育` style: `加强财税金融支持` → `财税金融支持`),
# or the heading kept whole with its stop (`有序扩大家庭医生来源。`, as a 工作事项 cell copies the body's sentence).
LEAD_WORDS = re.compile(r"^(?:[一二三四五六七八九十]是|坚持|着力|大力|切实|积极|进一步|全面|持续|不断|继续|要)")
LEAD_VERB = re.compile(r"^(?:加强|推进|推动|加快|完善|强化|提升|深化|健全|促进|实施|开展|建立|构建|加大|做好|抓好)")


def cell_variant(cell: str, heading: str, rng: random.Random) -> tuple[str, str]:
    """(cell, form) for one row: the cell as task_cell gave it, or one of the other shortenings."""
    r = rng.random()
    if r < 0.3 and LEAD_WORDS.match(cell):
        rest = LEAD_WORDS.sub("", cell, count=1)
        rest = LEAD_VERB.sub("", rest, count=1) if rng.random() < 0.3 else rest
        if len(rest) >= 4:
            return rest, "lead-words"
    if r < 0.55 and LEAD_VERB.match(cell):
        rest = LEAD_VERB.sub("", cell, count=1)
        if len(rest) >= 4:
            return rest, "keyword"
    if r < 0.7 and cell == heading.strip(" 。；;：:") and not re.search(r"\d", cell):
        return cell + "。", "stop"
    if r < 0.85:
        # an enumeration inside the heading left out (`支持银行、保险、证券等金融行业…` → `支持金融行业…`): the cell
        # keeps the measure and drops the list its words give
        m = ENUMERATION.search(cell)
        if m:
            # (the first member as long as the second: the words before it are the heading's own, `支持`)
            second = m.group(0).split("、")[1]
            a = m.group(0).index("、") + m.start() - len(second)
            # (members of a list of short words only, `银行、保险、证券等`: where they are longer the first one's
            # start cannot be told from the heading's words before it)
            if len(second) <= 4 and a > 0 and len(cell) - (m.end() - a) >= 6 and not re.search(r"[，,；;：:]", cell[a:m.end()]):
                return cell[:a] + cell[m.end():], "elided"
    return cell, "as-is"


# `银行、保险、证券等` inside a heading: members of two to eight characters joined by 、, closed by 等
ENUMERATION = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{1,8}){1,6}等")
ITEM_NUMBER = re.compile(r"(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(]\d{1,2}[）)])[ \t\u3000]*$")


def first_sentence(text: str, start: int, heading: str) -> str | None:
    """The item's heading and its next sentence, as a table's task cell often restates the measure."""
    at = text.find(heading[:10], start)
    if at < 0:
        return None
    end = text.find("\n", at)
    line = text[at:end if end > 0 else len(text)]
    sents = [x for x in re.split(r"(?<=。)", line) if x]
    if len(sents) < 2:
        return None
    cell = (sents[0] + sents[1]).strip()
    cell = BRACKET.sub(lambda m: "" if parse(m.group(1)) else m.group(0), cell)
    return cell if len(cell) <= 120 and not re.search(r"\d|[０-９]|[《》]", cell) else None


def table_swap_notice(text: str, gold: dict, seed: int) -> tuple[str, dict, dict]:
    info: dict = {"skipped": None, "rows": 0}
    # A carried note is any carry the extractor reads (responsibilities.CARRY: `下同`, `以下均需X落实，不再列出`, …):
    # a table row's cell would carry it differently from the body, so such notices are not swapped.
    if CARRY.search(text) or re.search(r"排在第一|列第一位|排名第一", text):
        info["skipped"] = "a carried or first-leads note"
        return text, gold, info
    if re.search(r"^[ \t\u3000]*附件[ \t\u3000]*(?:[：:]|$)", text, re.M) and not re.search(r"^[ \t\u3000]*附件[ \t\u3000]*\d", text, re.M):
        info["skipped"] = "an unnumbered attachment already"
        return text, gold, info
    starts = task_starts(text, gold.get("tasks", []))
    if not starts:
        info["skipped"] = "no tasks"
        return text, gold, info
    anns = annotations(text)
    by_task: dict[str, list] = {}
    headings = {}
    for a, b, p in anns:
        owner = None
        for s, path, h in starts:
            if s <= a:
                owner = (path, h)
            else:
                break
        if owner:
            by_task.setdefault(owner[0], []).append((a, b, p))
            headings[owner[0]] = owner[1]
    single = {t: v[0] for t, v in by_task.items() if len(v) == 1}
    if len(single) < 2:
        info["skipped"] = "fewer than two annotated items"
        return text, gold, info
    sigs = Counter(tuple(p) for _, _, p in single.values())
    columns = sigs.most_common(1)[0][0]
    has_lead = any(re.fullmatch(LEAD_L, x) for x in columns)
    triples: dict[str, set[str]] = {}
    for r in gold.get("responsibilities", []):
        triples.setdefault(r["task"], set()).add(r["role"])
    rng = random.Random(f"table:{seed}:{gold.get('doc_id')}")
    long_cells = rng.random() < 0.3
    starts_at = {p: s for s, p, _ in starts}
    task_heading = {t["path"]: t.get("heading") or "" for t in gold.get("tasks", [])}
    rows = []
    cell_forms: Counter = Counter()
    for path in [p for _, p, _ in starts if p in single]:
        a, b, p = single[path]
        if not set(p) <= set(columns):
            continue
        if has_lead and not any(re.fullmatch(LEAD_L, x) for x in p):
            continue
        want = {role_of_label(x, columns) for x in p}
        if triples.get(path, set()) != want:
            continue      # the gold reads the item otherwise (prose, a distributed place…): left in the body
        cell = task_cell(headings[path], rng)
        if not cell:
            continue
        # (a generator of its own: the forms above draw as before)
        plain = cell
        cell, cform = cell_variant(cell, headings[path], random.Random(f"cell:{seed}:{gold.get('doc_id')}:{path}"))
        # the item's number as the body writes it before the cell (`3.鼓励…`, `（二）强化…`): a row restating its item
        # by number and heading (spec 1.1 section 6), drawn apart from the forms above
        nrng = random.Random(f"num:{seed}:{gold.get('doc_id')}:{path}")
        # (s24-swap) a cell that rewords the heading (its lead words or verb dropped) restates the item only with the
        # item's number (guide S20 R13: otherwise the row is 表/N, and the gold kept here links it to the item): such a
        # cell always carries the number, or the row keeps the heading's own words
        rewords = cform in ("keyword", "lead-words")
        if nrng.random() < 0.25 or rewords:
            at = starts_at[path]
            m = ITEM_NUMBER.search(text, max(0, text.rfind("\n", 0, at) + 1), at)
            if m and m.end() == at:
                cell, cform = m.group(0).strip() + cell, cform + "+numbered"
            elif rewords:
                cell, cform = plain, "as-is"
        cell_forms[cform] += 1
        if long_cells:
            cell = first_sentence(text, starts_at[path], headings[path]) or cell
        rows.append((path, a, b, p, cell))
    if len(rows) < 2:
        info["skipped"] = "fewer than two rows"
        return text, gold, info
    # the body without the annotations
    new, pos = [], 0
    for _, a, b, _, _ in sorted(rows, key=lambda r: r[1]):
        new.append(text[pos:a])
        pos = b
    new.append(text[pos:])
    body = "".join(new).rstrip()
    nums = [int(x) for x in re.findall(r"^[ \t\u3000]*附件[ \t\u3000]*(\d+)", text, re.M)]
    att = f"附件{max(nums) + 1}" if nums else "附件"
    form = rng.choice(FORMS)
    page_break = rng.random() < 0.5 and len(rows) >= 4
    title = rng.choice(TABLE_TITLES)
    # a single 责任单位 column whose lead organs carry `（牵头）` (lead and co columns only)
    marked = (len(columns) == 2 and has_lead and role_of_label(columns[1], columns) == "co" and rng.random() < 0.3)
    if marked:
        rows = [(path, a, b, {"责任单位": "、".join(x for x in (
            "、".join(o + "（牵头）" for o in p[columns[0]].split("、")), p.get(columns[1], "")) if x)}, cell)
            for path, a, b, p, cell in rows]
        columns = ("责任单位",)
    # group rows restating the parent items (`一、构建…`), when the rows are items of a second level
    parents = [path.rpartition("/")[0] for path, *_ in rows]
    grouped = (rng.random() < 0.4 and all(parents) and len(set(parents)) >= 2
               and all(task_heading.get(x) and not re.search(r"\d", task_heading[x]) for x in parents)
               and len(set(parents)) <= len(CN))
    header = ["序号", rng.choice(TASK_HEADS)] + list(columns)
    deadline = rng.random() < 0.75
    if deadline:
        header.append(rng.choice(TIME_HEADS))
    lines = []
    if rng.random() < 0.5:
        lines += [f"{att}：{title}", ""]
    else:
        lines += [att, "", title, ""]

    def head_lines():
        if form == "markdown":
            return ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        if form == "pipe":
            return [" | ".join(header)]
        if form == "tab":
            return ["\t".join(header)]
        return list(header)

    lines += head_lines()
    brk = len(rows) // 2 if page_break else None
    page = rng.randint(8, 30)
    # a lead cell written once for the rows below it (a merged cell: those rows hold nothing there), in the forms
    # that keep an empty cell; an empty cell dropped by an HTML or DOCX reader (the cells after it move left)
    merged = form != "stacked" and not marked and bool(re.fullmatch(LEAD_L, columns[0])) and rng.random() < 0.5
    dropped = form in ("pipe", "tab") and not merged and rng.random() < 0.3
    group = None
    prev_lead = None
    for i, (path, a, b, p, cell) in enumerate(rows, 1):
        if brk is not None and i == brk + 1:
            lines += ["", f"— {page} —", ""] + head_lines()
        if grouped and path.rpartition("/")[0] != group:
            group = path.rpartition("/")[0]
            n = len({x for x in parents[:i]})
            g = f"{CN[n - 1]}、{task_heading[group].strip(' 。')}"
            lines.append("| " + g + " |" + " |" * (len(header) - 1) if form == "markdown" else g)
        roles = [p.get(x, "") for x in columns]
        if merged and (brk is None or i != brk + 1):
            # (not when the row's other role cells are empty too: a row naming no organ is read as one under merged
            # cells for all its role columns, which cannot be told from a lead merged over a row without co)
            if roles[0] and roles[0] == prev_lead and any(roles[1:]) and (not grouped or path.rpartition("/")[0] == group_prev):
                roles[0] = ""
            else:
                prev_lead = roles[0]
        group_prev = path.rpartition("/")[0]
        cells = [str(i), cell] + roles
        if deadline:
            cells.append(rng.choice(DEADLINES))
        if dropped and not all(cells):
            cells = [c for c in cells if c]
        if form == "markdown":
            lines.append("| " + " | ".join(cells) + " |")
        elif form == "pipe":
            lines.append(" | ".join(cells))
        elif form == "tab":
            lines.append("\t".join(cells))
        else:
            lines += [c for c in cells if c]   # an empty cell leaves no line in the copy
    # the attachment goes before the 版记 (抄送 / 印发 lines close a printed notice, after its attachments)
    m = re.search(r"^[ \t\u3000]*抄送[：:]", body, re.M)
    # (s24-swap) a web copy's page ends with the site's links and footer, after the notice and its attachments: the
    # table goes before them, where the page shows the attachment (not after 版权所有…, which a reader drops as chrome)
    last = gold.get("tasks") or []
    after = body.rfind(last[-1]["heading"][:12]) if last and last[-1].get("heading") else -1
    web = WEB_PAGE_END.search(body, max(after, 0)) if after >= 0 else None
    if m and len(body) - m.start() < 600:
        head, tail = body[:m.start()].rstrip(), "\n\n" + body[m.start():] + "\n"
    elif web:
        head, tail = body[:web.start()].rstrip(), "\n\n" + body[web.start():] + "\n"
    else:
        head, tail = body, "\n"
    new_text = head + "\n\n" + "\n".join(lines) + tail
    info.update(rows=len(rows), form=form, page_break=page_break, columns=list(columns), marked=marked,
                grouped=grouped, long_cells=long_cells, merged=merged, dropped=dropped,
                paths=[r[0] for r in rows], left_in_body=len(anns) - len(rows), cell_forms=dict(cell_forms))
    return new_text, gold, info


# The first line of a web page's tail after the notice: related items, print and share links, the site's footer.
# (s27-swap) also `【打印此页】【关闭窗口】` and a footer that names the site's owner (`某州人民政府办公室主办　　地址：…`)
WEB_PAGE_END = re.compile(r"^[ \t\u3000]*(?:相关稿件|相关链接|相关文件|相关阅读|【\s*打印(?:本页|此页)?\s*】|打印(?:本页|此页)"
                          r"|【\s*关闭(?:窗口|本页)?\s*】|关闭窗口|扫一扫|分享到"
                          r"|链接[：:]|网站地图|主办单位|版权所有|责任编辑|[\u4e00-\u9fff]{2,30}主办(?:[ \t\u3000]|$))", re.M)


def write_set(out: Path, items, seed: int | None) -> dict:
    """The original set holds the same notices as the swapped ones (those the swap does not skip)."""
    def swap(text, gold, _set):
        new_text, new_gold, info = table_swap_notice(text, gold, seed or 1)
        return (text if seed is None else new_text), new_gold, info
    return _write_set(out, items, swap)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--held", action="store_true", help="the HELD notices (b7 b8 b9 b10); default the FIX ones")
    ap.add_argument("--all", action="store_true",
                    help="(s17-table2 HELD half) every opened batch and corpus/: b2-b5, b7-b10, corpus")
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--docs", nargs="*", help="only these notices")
    a = ap.parse_args(argv)
    want = wanted(ALL_SETS if a.all else HELD_SETS if a.held else FIX_SETS)
    items = [x for x in notices(ROOT) if x[0] in want and (not a.docs or x[2].stem in a.docs)]
    sets = {"orig": None} | {f"seed{s}": s for s in a.seeds}
    infos = {n: write_set(a.out / n, items, s) for n, s in sets.items()}
    docs = sorted(d for d, i in infos["orig"].items() if not i["skipped"])
    rows = sum(i["rows"] for i in infos["orig"].values())
    print(f"{len(docs)} notices swapped, {rows} rows; skipped: "
          f"{Counter(i['skipped'] for i in infos['orig'].values() if i['skipped'])}")
    for n in sets:
        if n != "orig":
            print(n, Counter(i.get("form") for i in infos[n].values() if not i["skipped"]),
                  "page breaks:", sum(1 for i in infos[n].values() if i.get("page_break")))
    if not a.run:
        return 0
    scores = {n: figures(run_and_score(a.out / n, {"swapped": docs})["swapped"]) for n in sets}
    (a.out / "report.json").write_text(json.dumps({"docs": docs, "scores": scores}, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    cols = ["tasks", "departments", "departments.named", "responsibilities", "targets", "years", "meta"]
    print(f"\n== {'ALL' if a.all else 'HELD' if a.held else 'FIX'} ({len(docs)} notices): orig | " + " | ".join(n for n in sets if n != "orig"))
    for c in cols:
        o = scores["orig"][c]
        vs = [scores[n][c] for n in sets if n != "orig"]
        flag = "  <-- drop" if min(vs) < o - 1e-9 else ""
        print(f"{c:20}{o:7.3f} | " + " | ".join(f"{v:7.3f}" for v in vs) + flag)
    return 0


if __name__ == "__main__":
    sys.exit(main())
