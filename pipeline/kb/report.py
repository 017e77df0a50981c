"""The review report: a self-contained HTML page per document and an index (no scripts, no
outside files), written to DIR/report/.

A page shows the clean text with every extraction highlighted by field (task headings, organs,
responsibilities, targets, years, citations, metadata evidence), page numbers where the text came
from a paged format, the task tree with each task's responsibilities and targets next to it, the
metadata with its evidence, items whose span does not align with the text, and quality flags.
The index lists the documents with counts, flags, scores when gold is given, and an SVG chart of
targets by region and year.
"""
from __future__ import annotations

import html
from collections import Counter, defaultdict
from pathlib import Path

import regex as re

from ..write import write_atomic
from .load import load_records
from .tables import build_tables

FIELDS = {  # field -> (label, colour)
    "task": ("task heading", "#cfe2ff"),
    "department": ("organ", "#d1e7dd"),
    "responsibility": ("responsibility", "#a3cfbb"),
    "target": ("target", "#ffe69c"),
    "year": ("year", "#f8d7da"),
    "citation": ("citation", "#e2d9f3"),
    "evidence": ("metadata evidence", "#dee2e6"),
}
ROLE_NAMES = {"lead": "牵头", "co": "配合", "responsible": "负责"}

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:0;color:#212529}
header{padding:12px 20px;background:#f8f9fa;border-bottom:1px solid #dee2e6}
h1{font-size:20px;margin:0 0 6px} h2{font-size:16px;margin:16px 0 6px}
.wrap{display:flex;gap:16px;padding:0 20px}
.text{flex:3;white-space:pre-wrap;line-height:1.8;font-size:15px}
.side{flex:2;font-size:13px;max-height:100vh;overflow:auto;position:sticky;top:0}
mark{padding:0 1px;border-radius:2px}
""" + "".join(f"mark.f-{k}{{background:{c}}}\n.legend .f-{k}{{background:{c}}}\n" for k, (_, c) in FIELDS.items()) + """
mark.f-responsibility{border-bottom:2px solid #198754}
.page{display:inline-block;font-size:11px;color:#6c757d;border:1px solid #adb5bd;border-radius:3px;padding:0 4px;margin:0 4px}
table{border-collapse:collapse;font-size:13px} td,th{border:1px solid #dee2e6;padding:3px 6px;vertical-align:top;text-align:left}
.flag{color:#842029;background:#f8d7da;padding:2px 6px;border-radius:3px;margin-right:4px;display:inline-block}
.ok{color:#0f5132} .task{margin:6px 0;padding:4px 6px;border-left:3px solid #0d6efd;background:#f8f9fa}
.task .h{font-weight:bold} .legend span{padding:1px 6px;margin-right:6px;border-radius:2px}
.muted{color:#6c757d}
"""


def _esc(text) -> str:
    return html.escape("" if text is None else str(text))


def _num(value) -> str:
    from .textable import cell

    return cell(float(value))


def _aligned(text: str, item: dict) -> bool:
    span = item.get("span")
    return bool(span) and 0 <= span[0] <= span[1] <= len(text) and text[span[0]:span[1]] == item.get("quote")


def highlights(record: dict) -> tuple[list[tuple[int, int, str, str]], list[tuple[str, dict]]]:
    """(aligned spans as (start, end, field, tooltip), unaligned items as (field, item))."""
    text = record.get("text") or ""
    spans, unaligned = [], []

    def add(field, item, tip):
        if _aligned(text, item):
            spans.append((item["span"][0], item["span"][1], field, tip))
        else:
            unaligned.append((field, item))

    for t in record.get("tasks", []):
        add("task", t, f"task {t['path']}: {t['heading']}")
    for d in record.get("departments", []):
        add("department", d, f"organ: {d['name']} ({d.get('kind', 'named')})")
    for r in record.get("responsibilities", []):
        add("responsibility", r, f"{ROLE_NAMES.get(r['role'], r['role'])} {r['task']}: {r['department']}")
    for x in record.get("targets", []):
        add("target", x, f"target {x['indicator']} {x.get('comparator', '=')} {_num(x['value'])} {x['unit']}"
                         f" years {x.get('year_start')}-{x.get('year_end')}")
    for y in record.get("years", []):
        add("year", y, f"years {y['start']}-{y['end']}")
    for c in record.get("citations", []):
        add("citation", c, f"cites {c.get('title') or ''} {c.get('doc_number') or ''}")
    for key, ev in (record.get("metadata", {}).get("evidence") or {}).items():
        add("evidence", ev, f"metadata.{key}")
    return spans, unaligned


def render_text(record: dict, spans: list[tuple[int, int, str, str]]) -> str:
    """The clean text as HTML: each stretch covered by extractions wrapped in <mark> with one
    class per field covering it; page markers where a new page starts."""
    text = record.get("text") or ""
    bounds = {0, len(text)}
    for s, e, _, _ in spans:
        bounds.update((s, e))
    pages = {p["start"]: p["page"] for p in record.get("page_map") or []} if len(record.get("page_map") or []) > 1 else {}
    bounds.update(pages)
    cuts = sorted(b for b in bounds if 0 <= b <= len(text))
    order = list(FIELDS)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a in pages:
            out.append(f'<span class="page" id="page-{pages[a]}">p. {pages[a]}</span>')
        if a == b:
            continue
        cover = [(f, tip) for s, e, f, tip in spans if s <= a and b <= e]
        piece = _esc(text[a:b])
        if cover:
            fields = sorted({f for f, _ in cover}, key=order.index)
            tips = "\n".join(dict.fromkeys(tip for _, tip in cover))
            out.append(f'<mark class="{" ".join("f-" + f for f in fields)}" data-field="{fields[0]}" '
                       f'title="{_esc(tips)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def page_of(record: dict, offset: int) -> int | None:
    for p in record.get("page_map") or []:
        if p["start"] <= offset < p["end"] or (offset == p["end"] == len(record.get("text") or "")):
            return p["page"]
    return None


def quality_flags(record: dict) -> list[str]:
    md, text = record.get("metadata") or {}, record.get("text") or ""
    flags = []
    if not md.get("doc_number"):
        flags.append("no 文号 found")
    title = (md.get("title") or "").strip()
    if not title:
        flags.append("no title")
    elif re.match(r"^[\d０-９一二三四五六七八九十]+[、.．)）]|^\d", title):
        flags.append("title starts with a number")
    if re.search(r"牵头|责任单位|负责单位", text) and not record.get("responsibilities"):
        flags.append("牵头/责任单位 in the text but no responsibility extracted")
    if not record.get("tasks"):
        flags.append("no task found")
    if not md.get("issue_date"):
        flags.append("no issue date")
    if not md.get("region"):
        flags.append("no region")
    if any(t.get("year_start") is None and t.get("year_end") is None for t in record.get("targets", [])):
        flags.append("targets without a year")
    _, unaligned = highlights(record)
    if unaligned:
        flags.append(f"{len(unaligned)} item(s) not aligned with the text")
    return flags


def _metadata_table(record: dict) -> str:
    md = record.get("metadata") or {}
    ev = md.get("evidence") or {}
    rows = []
    for key in ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level", "doc_type", "draft"):
        value = md.get(key)
        value = "；".join(value) if isinstance(value, list) else value
        e = ev.get(key)
        where = ""
        if e:
            page = page_of(record, e["span"][0])
            where = f'“{_esc(e["quote"])}” <span class="muted">[{e["span"][0]}:{e["span"][1]}]' + \
                    (f" p. {page}" if page and len(record.get("page_map") or []) > 1 else "") + "</span>"
        rows.append(f"<tr><th>{key}</th><td>{_esc(value)}</td><td>{where}</td></tr>")
    return "<table><tr><th>field</th><th>value</th><th>evidence</th></tr>" + "".join(rows) + "</table>"


def _tasks_panel(record: dict, rows: dict) -> str:
    resp = defaultdict(list)
    for r in rows["responsibilities"]:
        resp[r["task"]].append(r)
    targ = defaultdict(list)
    for t in rows["targets"]:
        targ[t["task"]].append(t)
    parts = []
    paths = [t["path"] for t in record.get("tasks", [])]
    for task in record.get("tasks", []):
        items = []
        for r in resp.get(task["path"], []):
            items.append(f'<li><b>{ROLE_NAMES.get(r["role"], r["role"])}</b> {_esc(r["department"])}'
                         f' <span class="muted">{_esc(r["sector"] or "")}</span></li>')
        for t in targ.get(task["path"], []):
            items.append(f'<li>🎯 {_esc(t["indicator"])} {_esc(t["comparator"])} {_num(t["value"])} {_esc(t["unit"])}'
                         f' <span class="muted">{_esc(t["indicator_key"])}</span></li>')
        indent = 12 * (task.get("level", 1) - 1)
        parts.append(f'<div class="task" style="margin-left:{indent}px"><span class="h">{_esc(task["path"])} '
                     f'{_esc(task["heading"])}</span><ul>{"".join(items)}</ul></div>')
    orphans = [r for r in rows["responsibilities"] if r["task"] not in paths] + \
              [t for t in rows["targets"] if t["task"] not in paths]
    if orphans:
        parts.append('<div class="task"><span class="h">(no task)</span><ul>' + "".join(
            f'<li>{_esc(o.get("department") or o.get("indicator"))}</li>' for o in orphans) + "</ul></div>")
    return "".join(parts)


def render_document(record: dict, rows: dict, scores: dict | None = None) -> str:
    spans, unaligned = highlights(record)
    flags = quality_flags(record)
    md = record.get("metadata") or {}
    counts = Counter(f for _, _, f, _ in spans)
    legend = "".join(f'<span class="f-{k}">{label} ({counts.get(k, 0)})</span>' for k, (label, _) in FIELDS.items())
    flag_html = "".join(f'<span class="flag">{_esc(f)}</span>' for f in flags) or '<span class="ok">no flags</span>'
    un_html = ("<ul>" + "".join(f"<li>{_esc(f)}: “{_esc(i.get('quote'))}” span {_esc(i.get('span'))}</li>"
                                for f, i in unaligned) + "</ul>") if unaligned else '<p class="ok">every item is aligned</p>'
    score_html = ""
    if scores:
        score_html = "<h2>Scores against gold</h2>" + _score_table({record["doc_id"]: scores})
    prov = record.get("provenance") or {}
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{_esc(md.get('title') or record['doc_id'])}</title>
<style>{CSS}</style></head><body>
<header><h1>{_esc(md.get('title') or record['doc_id'])}</h1>
<div><a href="index.html">index</a> · <code>{_esc(record['doc_id'])}</code> · {_esc(prov.get('format'))},
{_esc(prov.get('pages'))} page(s) · {_esc(prov.get('source'))}</div>
<div class="flags" id="flags">{flag_html}</div>
<div class="legend">{legend}</div></header>
<div class="wrap"><div class="text" id="text">{render_text(record, spans)}</div>
<div class="side"><h2>Metadata</h2>{_metadata_table(record)}
<h2>Tasks, responsibilities and targets</h2>{_tasks_panel(record, rows)}
<h2>Items not aligned with the text</h2><div id="unaligned">{un_html}</div>{score_html}</div></div>
</body></html>
"""


SCORE_FIELDS = ("tasks", "departments", "responsibilities", "targets", "years", "citations.title")


def _score_table(per_doc: dict) -> str:
    head = "".join(f"<th>{f} F1</th>" for f in SCORE_FIELDS)
    rows = []
    for doc_id, s in per_doc.items():
        cells = "".join(f"<td>{s[f]['f']:.3f}</td>" if f in s else "<td></td>" for f in SCORE_FIELDS)
        rows.append(f"<tr><td>{_esc(doc_id)}</td>{cells}</tr>")
    return f"<table><tr><th>document</th>{head}</tr>{''.join(rows)}</table>"


def targets_chart(targets: list[dict], docs: dict[str, dict]) -> str:
    """Inline SVG: number of targets in force per year, one bar per region in each year."""
    counts: Counter = Counter()
    for t in targets:
        d = docs.get(t["doc_id"])
        if d is None or t["year_from"] is None:
            continue
        for y in range(t["year_from"], t["year_to"] + 1):
            counts[(y, d["region"] or "?")] += 1
    if not counts:
        return '<p class="muted">no target with a year</p>'
    years = sorted({y for y, _ in counts})
    regions = sorted({r for _, r in counts})
    palette = ["#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#d63384", "#20c997", "#ffc107", "#6c757d"]
    bar, gap, top, height = 14, 18, 10, 180
    vmax = max(counts.values())
    group = bar * len(regions) + gap
    width = 50 + group * len(years) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="targets-chart" width="{width}" height="{height + 40 + 18 * len(regions)}" '
             f'role="img" aria-label="targets by region and year" font-size="11">']
    parts.append(f'<line x1="45" y1="{top + height}" x2="{width}" y2="{top + height}" stroke="#adb5bd"/>')
    for i, y in enumerate(years):
        x0 = 50 + i * group
        for j, r in enumerate(regions):
            n = counts.get((y, r), 0)
            h = height * n / vmax
            parts.append(f'<rect x="{x0 + j * bar}" y="{top + height - h:.1f}" width="{bar - 2}" height="{h:.1f}" '
                         f'fill="{palette[j % len(palette)]}"><title>{_esc(r)} {y}: {n}</title></rect>')
        parts.append(f'<text x="{x0 + (group - gap) / 2}" y="{top + height + 14}" text-anchor="middle">{y}</text>')
    parts.append(f'<text x="40" y="{top + 8}" text-anchor="end">{vmax}</text><text x="40" y="{top + height}" text-anchor="end">0</text>')
    for j, r in enumerate(regions):
        ly = top + height + 30 + 18 * j
        parts.append(f'<rect x="50" y="{ly - 10}" width="12" height="12" fill="{palette[j % len(palette)]}"/>'
                     f'<text x="68" y="{ly}">{_esc(r)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def write_report(out_dir: str | Path, gold: str | Path | None = None, dest: str | Path | None = None) -> Path:
    out = Path(out_dir)
    dest = Path(dest) if dest else out / "report"
    records = load_records(out)
    tables = build_tables(records)
    by_doc = {name: defaultdict(list) for name in tables}
    for name, rows in tables.items():
        for row in rows:
            by_doc[name][row["doc_id"]].append(row)
    per_doc_scores = {}
    if gold:
        from ..score import load_gold, score_document

        golds = load_gold([Path(gold)])
        recs = {r["doc_id"]: r for r in records}
        for doc_id, g in golds.items():
            per_doc_scores[doc_id] = {k: v.to_dict() for k, v in score_document(recs.get(doc_id), g).items()}
    docs = {d["doc_id"]: d for d in tables["documents"]}
    index_rows = []
    for r in records:
        doc_id = r["doc_id"]
        rows = {name: by_doc[name][doc_id] for name in tables}
        page = render_document(r, rows, per_doc_scores.get(doc_id))
        write_atomic(dest / f"{doc_id}.html", page)
        d = docs[doc_id]
        flags = quality_flags(r)
        index_rows.append(
            f'<tr><td><a href="{_esc(doc_id)}.html">{_esc(doc_id)}</a>{" <span class=muted>(twin)</span>" if d["twin_of"] else ""}</td>'
            f"<td>{_esc(d['title'])}</td><td>{_esc(d['region'])}</td><td>{_esc(d['admin_level'])}</td>"
            f"<td>{_esc(d['issue_date'])}</td><td>{d['n_tasks']}</td><td>{len(r.get('departments', []))}</td>"
            f"<td>{d['n_responsibilities']}</td><td>{d['n_targets']}</td><td>{len(r.get('citations', []))}</td>"
            f"<td>{''.join(f'<span class=flag>{_esc(f)}</span>' for f in flags)}</td></tr>")
    originals = {k for k, d in docs.items() if d["twin_of"] is None}
    chart = targets_chart([t for t in tables["targets"] if t["doc_id"] in originals], docs)
    scores_html = f"<h2>Scores against gold ({_esc(gold)})</h2>{_score_table(per_doc_scores)}" if per_doc_scores else ""
    index = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>policykb review report</title><style>{CSS}
body{{padding:0 20px}}</style></head><body>
<h1>policykb review report</h1>
<p>{len(records)} documents ({len(originals)} without twins) · {len(tables['tasks'])} tasks ·
{len(tables['departments'])} organs · {len(tables['responsibilities'])} responsibilities · {len(tables['targets'])} targets ·
{len(tables['citations'])} citations</p>
<table id="documents"><tr><th>document</th><th>title</th><th>region</th><th>level</th><th>issued</th><th>tasks</th>
<th>organs</th><th>responsibilities</th><th>targets</th><th>citations</th><th>flags</th></tr>
{''.join(index_rows)}</table>
{scores_html}
<h2>Targets in force by region and year</h2>
<p class="muted">a target counts in every year from its start to its end year (its own years, else the document's
plan period, else its issue year); twins left out</p>
{chart}
</body></html>
"""
    write_atomic(dest / "index.html", index)
    return dest / "index.html"
