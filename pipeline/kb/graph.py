"""The citation graph: which notices cite which documents, resolved to KB records where they exist."""
from __future__ import annotations

from pathlib import Path

from .cites import norm_number, norm_title
from .load import load_records
from .tables import build_tables

EDGE_COLUMNS = ["source", "target", "source_title", "target_title", "doc_number", "resolved", "resolved_by"]


def citation_edges(records: list[dict]) -> tuple[list[dict], dict[str, dict]]:
    """(edges, nodes). A node is a KB document (`doc:<doc_id>`) or an outside document
    (`ext:<文号>` or `ext:<title>`); twins are left out (their text original stands for them)."""
    tables = build_tables(records)
    docs = {d["doc_id"]: d for d in tables["documents"] if d["twin_of"] is None}
    nodes: dict[str, dict] = {}
    for d in docs.values():
        nodes[f"doc:{d['doc_id']}"] = {"label": d["title"] or d["doc_id"], "kind": "kb", "doc_id": d["doc_id"],
                                       "doc_number": d["doc_number"] or "", "region": d["region"] or "",
                                       "admin_level": d["admin_level"] or "", "issue_date": d["issue_date"] or ""}
    edges, seen = [], set()
    for c in tables["citations"]:
        if c["doc_id"] not in docs:
            continue
        if c["cited_doc_id"]:
            target = f"doc:{c['cited_doc_id']}"
        else:
            ident = norm_number(c["doc_number"]) or norm_title(c["title"])
            target = f"ext:{ident}"
            nodes.setdefault(target, {"label": c["title"] or c["doc_number"], "kind": "external", "doc_id": "",
                                      "doc_number": c["doc_number"] or "", "region": "", "admin_level": "",
                                      "issue_date": ""})
        key = (f"doc:{c['doc_id']}", target)
        if key in seen:
            continue
        seen.add(key)
        edges.append({"source": key[0], "target": target, "source_title": docs[c["doc_id"]]["title"],
                      "target_title": c["title"], "doc_number": c["doc_number"], "resolved": bool(c["cited_doc_id"]),
                      "resolved_by": c["resolved_by"]})
    return edges, nodes


def write_graph(out_dir: str | Path, dest: str | Path | None = None) -> tuple[Path, Path]:
    """DIR/citations/edges.csv and DIR/citations/citations.graphml."""
    import csv

    import networkx as nx

    out = Path(out_dir)
    dest = Path(dest) if dest else out / "citations"
    dest.mkdir(parents=True, exist_ok=True)
    edges, nodes = citation_edges(load_records(out))
    csv_path = dest / "edges.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=EDGE_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(edges)
    g = nx.DiGraph()
    for n, attrs in nodes.items():
        g.add_node(n, **{k: ("" if v is None else v) for k, v in attrs.items()})
    for e in edges:
        g.add_edge(e["source"], e["target"], doc_number=e["doc_number"] or "", resolved=e["resolved"],
                   resolved_by=e["resolved_by"] or "")
    gml = dest / "citations.graphml"
    nx.write_graphml(g, gml)
    return csv_path, gml
