"""Label Studio export and import.

Export: one Label Studio task per record, the clean text as `data.text`, every extracted item as
a pre-annotated span (`predictions`) labelled by field (Task, Organ, Assignee, Target, Year,
Citation), the item's values in a per-region text area (`key=value` lines: the task path, the
organ's canonical name, the target's indicator/value/unit…), each responsibility as a relation
Assignee -> Task labelled with its role (lead / co / responsible), and the metadata as JSON in a
document-level text area. `label_config()` is the matching labelling interface.

Import: a Label Studio JSON export (annotations, else predictions) -> one gold file per task in
the layout of EXTRACTION_SPEC section 2 (validated with `pipeline.gold.GoldRecord`), which
`policykb score --gold DIR` reads.
"""
from __future__ import annotations

import json
from pathlib import Path

from .._version import __version__
from ..gold import GoldRecord
from ..write import write_atomic
from .load import load_records, twin_of

FROM = "field"        # the span labels
ATTRS = "attrs"       # per-region values
META = "metadata"     # document-level metadata JSON
LABELS = ("Task", "Organ", "Assignee", "Target", "Year", "Citation")
ROLES = ("lead", "co", "responsible")
METADATA_KEYS = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level",
                 "doc_type", "draft")


def label_config() -> str:
    labels = "\n".join(f'    <Label value="{v}"/>' for v in LABELS)
    rel = "\n".join(f'    <Relation value="{r}"/>' for r in ROLES)
    return f"""<View>
  <Labels name="{FROM}" toName="text">
{labels}
  </Labels>
  <Relations>
{rel}
  </Relations>
  <Text name="text" value="$text"/>
  <TextArea name="{ATTRS}" toName="text" perRegion="true" editable="true" rows="4"
            placeholder="key=value lines: path, heading, name, kind, role, task, indicator, value, unit, comparator, per_year, year_start, year_end, start, end, title, doc_number"/>
  <TextArea name="{META}" toName="text" editable="true" rows="8" placeholder="metadata as JSON"/>
</View>
"""


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _region(rid: str, label: str, item: dict, text: str, attrs: dict) -> list[dict]:
    s, e = item["span"]
    value = {"start": s, "end": e, "text": text[s:e]}
    out = [{"id": rid, "from_name": FROM, "to_name": "text", "type": "labels", "value": {**value, "labels": [label]}}]
    lines = [f"{k}={_fmt(v)}" for k, v in attrs.items()]
    out.append({"id": rid, "from_name": ATTRS, "to_name": "text", "type": "textarea", "value": {**value, "text": lines}})
    return out


def record_to_task(record: dict, task_id: int) -> dict:
    text = record["text"]
    result: list[dict] = []
    task_ids: dict[str, str] = {}
    for i, t in enumerate(record.get("tasks", [])):
        rid = f"t{i}"
        task_ids[t["path"]] = rid
        result += _region(rid, "Task", t, text, {"path": t["path"], "heading": t["heading"]})
    for i, d in enumerate(record.get("departments", [])):
        result += _region(f"o{i}", "Organ", d, text, {"name": d["name"], "kind": d.get("kind", "named")})
    for i, r in enumerate(record.get("responsibilities", [])):
        rid = f"a{i}"
        result += _region(rid, "Assignee", r, text, {"name": r["department"], "role": r["role"], "task": r.get("task")})
        if r.get("task") in task_ids:
            result.append({"from_id": rid, "to_id": task_ids[r["task"]], "type": "relation", "direction": "right",
                           "labels": [r["role"]]})
    for i, x in enumerate(record.get("targets", [])):
        result += _region(f"g{i}", "Target", x, text, {k: x.get(k) for k in (
            "task", "indicator", "value", "unit", "comparator", "per_year", "year_start", "year_end")})
    for i, y in enumerate(record.get("years", [])):
        result += _region(f"y{i}", "Year", y, text, {"start": y["start"], "end": y["end"]})
    for i, c in enumerate(record.get("citations", [])):
        result += _region(f"c{i}", "Citation", c, text, {"title": c.get("title"), "doc_number": c.get("doc_number")})
    md = {k: record["metadata"].get(k) for k in METADATA_KEYS}
    md["issuers"] = md["issuers"] or []
    md["draft"] = bool(md["draft"])
    result.append({"id": "meta", "from_name": META, "to_name": "text", "type": "textarea",
                   "value": {"text": [json.dumps(md, ensure_ascii=False, indent=1)]}})
    return {"id": task_id, "data": {"text": text, "doc_id": record["doc_id"]},
            "predictions": [{"model_version": f"policykb {__version__}", "result": result}]}


def export_tasks(out_dir: str | Path, path: str | Path, include_twins: bool = False) -> int:
    records = load_records(out_dir)
    ids = {r["doc_id"] for r in records}
    records = [r for r in records if include_twins or not twin_of(r["doc_id"], ids)]
    tasks = [record_to_task(r, i + 1) for i, r in enumerate(records)]
    write_atomic(Path(path), json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return len(tasks)


# --- import ---------------------------------------------------------------------------------

def _parse_attrs(lines) -> dict:
    if isinstance(lines, str):
        lines = lines.splitlines()
    out = {}
    for line in lines or []:
        for part in str(line).splitlines():
            if "=" in part:
                k, v = part.split("=", 1)
                out[k.strip()] = v.strip()
    return out


def _none(v: str | None):
    return None if v in (None, "", "None", "null") else v


def _int(v):
    v = _none(v)
    return None if v is None else int(float(v))


def task_to_gold(task: dict) -> dict:
    """One Label Studio task (with annotations or predictions) -> a gold dict (spec layout)."""
    results = None
    for ann in task.get("annotations") or []:
        if not ann.get("was_cancelled"):
            results = ann.get("result")
    if results is None:
        preds = task.get("predictions") or []
        results = preds[-1].get("result") if preds else []
    text = task["data"]["text"]
    labels, attrs, relations, metadata = {}, {}, [], None
    for r in results:
        if r.get("type") == "relation":
            relations.append(r)
        elif r.get("from_name") == FROM and r.get("type") == "labels":
            labels[r["id"]] = (r["value"]["labels"][0], r["value"]["start"], r["value"]["end"])
        elif r.get("from_name") == ATTRS:
            attrs[r["id"]] = _parse_attrs(r["value"].get("text"))
        elif r.get("from_name") == META:
            metadata = json.loads("\n".join(r["value"].get("text") or ["{}"]))
    regions = sorted(labels.items(), key=lambda kv: (kv[1][1], kv[1][2], kv[0]))
    quote = lambda rid: text[labels[rid][1]:labels[rid][2]]  # noqa: E731
    task_path = {rid: attrs.get(rid, {}).get("path") for rid, (lab, _, _) in labels.items() if lab == "Task"}
    rel_of = {}
    for rel in relations:
        if rel["from_id"] in labels and rel["to_id"] in task_path:
            rel_of.setdefault(rel["from_id"], []).append((task_path[rel["to_id"]], (rel.get("labels") or [None])[0]))
    gold = {"doc_id": task["data"]["doc_id"], "metadata": {k: (metadata or {}).get(k) for k in METADATA_KEYS},
            "tasks": [], "departments": [], "responsibilities": [], "targets": [], "years": [], "citations": []}
    gold["metadata"]["issuers"] = gold["metadata"]["issuers"] or []
    gold["metadata"]["draft"] = bool(gold["metadata"]["draft"])
    seen_org, seen_resp = set(), set()
    for rid, (label, _, _) in sorted(regions, key=lambda kv: (LABELS.index(kv[1][0]), kv[1][1])):
        a = attrs.get(rid, {})
        if label == "Task":
            gold["tasks"].append({"path": a.get("path"), "heading": a.get("heading") or quote(rid)})
        elif label == "Organ":
            name = a.get("name") or quote(rid)
            if name not in seen_org:
                seen_org.add(name)
                gold["departments"].append({"name": name, "quote": quote(rid)})
        elif label == "Assignee":
            name = a.get("name") or quote(rid)
            pairs = rel_of.get(rid) or [(_none(a.get("task")), a.get("role") or "responsible")]
            for path, role in pairs:
                key = (path, name, role or a.get("role") or "responsible")
                if key not in seen_resp:
                    seen_resp.add(key)
                    gold["responsibilities"].append({"task": key[0], "department": name, "role": key[2]})
            if name not in seen_org:  # an assignee is an organ of the document (gold check)
                seen_org.add(name)
                gold["departments"].append({"name": name, "quote": quote(rid)})
        elif label == "Target":
            gold["targets"].append({
                "task": _none(a.get("task")), "quote": quote(rid), "indicator": a.get("indicator") or quote(rid),
                "value": float(a.get("value") or 0), "unit": a.get("unit") or "", "comparator": a.get("comparator") or "=",
                "per_year": (a.get("per_year") or "").lower() == "true", "year_start": _int(a.get("year_start")),
                "year_end": _int(a.get("year_end"))})
        elif label == "Year":
            gold["years"].append({"quote": quote(rid), "start": _int(a.get("start")), "end": _int(a.get("end"))})
        elif label == "Citation":
            gold["citations"].append({"title": _none(a.get("title")), "doc_number": _none(a.get("doc_number"))})
    return GoldRecord.model_validate(gold).model_dump()


def import_annotations(export_file: Path, gold_dir: Path) -> list[Path]:
    tasks = json.loads(Path(export_file).read_text(encoding="utf-8"))
    written = []
    for task in tasks:
        gold = task_to_gold(task)
        path = Path(gold_dir) / f"{gold['doc_id']}.json"
        write_atomic(path, json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        written.append(path)
    return written
