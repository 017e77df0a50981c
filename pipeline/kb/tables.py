"""The knowledge base's tables with the comparison columns (rows as dicts, one list per table).

Keys: `doc_id` joins every table to `documents`; (`doc_id`, `task`) joins responsibilities and
targets to `tasks` (`path`).
"""
from __future__ import annotations

from ..write import TABLE_COLUMNS
from .cites import Resolver
from .indicators import concept, indicator_key, measure_of
from .load import twin_of
from .organs import organ_sector
from .places import region_parts

TABLES = {
    "documents": TABLE_COLUMNS["documents"] + ["province", "prefecture", "county", "adcode", "twin_of",
                                               "n_tasks", "n_responsibilities", "n_targets"],
    "tasks": TABLE_COLUMNS["tasks"] + ["parent"],
    "departments": TABLE_COLUMNS["departments"] + ["sector", "level"],
    "responsibilities": TABLE_COLUMNS["responsibilities"] + ["task_heading", "kind", "sector", "level"],
    "targets": TABLE_COLUMNS["targets"] + ["task_heading", "indicator_key", "indicator_concept", "measure",
                                           "year_from", "year_to", "year_source"],
    "years": TABLE_COLUMNS["years"],
    "citations": TABLE_COLUMNS["citations"] + ["cited_doc_id", "resolved_by"],
}


def build_tables(records: list[dict]) -> dict[str, list[dict]]:
    ids = {r["doc_id"] for r in records}
    twins = {r["doc_id"]: twin_of(r["doc_id"], ids) for r in records}
    resolver = Resolver(records, twins)
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for r in sorted(records, key=lambda r: r["doc_id"]):
        doc_id, md, prov = r["doc_id"], r["metadata"], r.get("provenance") or {}
        headings = {t["path"]: t["heading"] for t in r.get("tasks", [])}
        kinds = {d["name"]: d.get("kind", "named") for d in r.get("departments", [])}
        out["documents"].append({
            "doc_id": doc_id, **{k: md.get(k) for k in TABLE_COLUMNS["documents"][1:10]},
            "issuers": "；".join(md.get("issuers") or []), "source": prov.get("source"),
            "format": prov.get("format"), "pages": prov.get("pages"), "sha256": prov.get("sha256"),
            "warnings": len(r.get("warnings") or []),
            **region_parts(md.get("region")), "twin_of": twins[doc_id],
            "n_tasks": len(r.get("tasks", [])), "n_responsibilities": len(r.get("responsibilities", [])),
            "n_targets": len(r.get("targets", [])),
        })
        for t in r.get("tasks", []):
            parent = t["path"].rsplit("/", 1)[0] if "/" in t["path"] else None
            out["tasks"].append({"doc_id": doc_id, "path": t["path"], "heading": t["heading"],
                                 "level": t.get("level"), **_grounding(t),
                                 "parent": parent})
        for d in r.get("departments", []):
            sector, level = organ_sector(d["name"])
            out["departments"].append({"doc_id": doc_id, "name": d["name"], "kind": d.get("kind"),
                                       "quote": d["quote"], **_grounding(d),
                                       "sector": sector, "level": level})
        for x in r.get("responsibilities", []):
            sector, level = organ_sector(x["department"])
            out["responsibilities"].append({
                "doc_id": doc_id, "task": x.get("task"), "department": x["department"], "role": x["role"],
                "quote": x["quote"], **_grounding(x),
                "task_heading": headings.get(x.get("task")), "kind": kinds.get(x["department"], "named"),
                "sector": sector, "level": level})
        period = document_period(r)
        for x in r.get("targets", []):
            key, _ = concept(x["indicator"], x["unit"])
            span_years = effective_years(x, period, md.get("issue_date"))
            out["targets"].append({
                "doc_id": doc_id, "task": x.get("task"), "indicator": x["indicator"], "value": x["value"],
                "unit": x["unit"], "comparator": x.get("comparator", "="), "per_year": bool(x.get("per_year")),
                "year_start": x.get("year_start"), "year_end": x.get("year_end"), "quote": x["quote"],
                **_grounding(x), "task_heading": headings.get(x.get("task")),
                "indicator_key": indicator_key(x["indicator"], x["unit"]), "indicator_concept": key,
                "measure": measure_of(x["unit"]), **span_years})
        for y in r.get("years", []):
            out["years"].append({"doc_id": doc_id, "year_start": y["start"], "year_end": y["end"], "quote": y["quote"],
                                 **_grounding(y)})
        for c in r.get("citations", []):
            cited, how = resolver.resolve(c.get("title"), c.get("doc_number"), doc_id)
            out["citations"].append({"doc_id": doc_id, "title": c.get("title"), "doc_number": c.get("doc_number"),
                                     "quote": c["quote"], **_grounding(c),
                                     "cited_doc_id": cited, "resolved_by": how})
    return out


def _grounding(item: dict) -> dict:
    """The offset and page columns every item table shares (named as in the CSV tables)."""
    return {"page": item.get("page"), "page_quote": item.get("page_quote"),
            "span_start": item["span"][0], "span_end": item["span"][1]}


def document_period(record: dict) -> tuple[int, int] | None:
    """The plan period of a document: the first multi-year period it names (2025-2027年 in a
    title or opening), else None."""
    for y in record.get("years", []):
        if y["start"] < y["end"]:
            return y["start"], y["end"]
    return None


def effective_years(target: dict, period: tuple[int, int] | None, issue_date: str | None) -> dict:
    """The years a target applies to, for filtering by year.

    * the target's own years (`year_source` 'target'); 到2025年 (no start) runs from the issue year;
    * else the document's plan period ('document');
    * else the issue year ('issue_date'), or nothing.
    """
    issued = int(issue_date[:4]) if issue_date and issue_date[:4].isdigit() else None
    start, end = target.get("year_start"), target.get("year_end")
    if end is not None:
        if start is None:
            start = issued if issued is not None and issued <= end else end
        return {"year_from": start, "year_to": end, "year_source": "target"}
    if period:
        return {"year_from": period[0], "year_to": period[1], "year_source": "document"}
    if issued is not None:
        return {"year_from": issued, "year_to": issued, "year_source": "issue_date"}
    return {"year_from": None, "year_to": None, "year_source": None}
