"""Scoring a records directory against a gold directory (EXTRACTION_SPEC section 10).

Counts are tp/fp/fn that add up across documents (micro averages are the headline). Text values
are compared after Unicode NFKC with all white space removed.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import regex as re

METADATA_KEYS = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level",
                 "doc_type", "draft")
TARGET_ATTRS = ("comparator", "per_year", "year_start", "year_end", "task")
VALUE_TOLERANCE = 0.001
# A collective names a group, not one organ: a determiner (各级, 有关, 本级, 同级 …) or a kind of
# body without a jurisdiction (企业工会, 基层党组织); bare sectors end in a generic head noun.
COLLECTIVE = re.compile(r"各|有关|相关|其他|其它|成员单位|本级|同级|^企业|^基层")
SECTOR_END = ("部门", "单位", "机构", "机关")
# Attribute values a record may leave out, read as the spec's defaults (section 7).
TARGET_DEFAULTS = {"comparator": "=", "per_year": False}


def norm(value: Any) -> Any:
    if isinstance(value, str):
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))
    return value


def is_named_organ(name: str) -> bool:
    """False for collectives (各县区人民政府, 相关行业主管部门) and bare sectors (财政部门)."""
    n = norm(name)
    return not COLLECTIVE.search(n) and not n.endswith(SECTOR_END)


@dataclass
class PRF:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return int(self.tp + self.fn)

    def to_dict(self) -> dict:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __iadd__(self, other: "Accuracy") -> "Accuracy":
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def to_dict(self) -> dict:
        return {"acc": round(self.value, 4), "correct": self.correct, "total": self.total}


def score_set(pred: Iterable, gold: Iterable) -> PRF:
    p, g = set(pred), set(gold)
    return PRF(tp=len(p & g), fp=len(p - g), fn=len(g - p))


def _metadata_equal(key: str, pred: Any, gold: Any) -> bool:
    if key == "issuers":
        return {norm(x) for x in pred or []} == {norm(x) for x in gold or []}
    if key == "draft":
        return bool(pred) == bool(gold)
    return norm(pred) == norm(gold)


def _values_match(a: float, b: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


def _attr(target: dict, key: str) -> Any:
    value = target.get(key)
    if value is None:
        value = TARGET_DEFAULTS.get(key)
    return bool(value) if key == "per_year" else norm(value)


def _attr_equal(p: dict, g: dict, key: str) -> bool:
    return _attr(p, key) == _attr(g, key)


def _target_agreement(p: dict, g: dict) -> int:
    return sum(_attr_equal(p, g, k) for k in TARGET_ATTRS)


def match_targets(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one matching on (value, unit); among candidates, the one agreeing on the most
    attributes (then the nearest quote position in the list) wins."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        best, best_key = None, None
        for pi, p in enumerate(pred):
            if pi in used or norm(p.get("unit")) != norm(g.get("unit")):
                continue
            try:
                if not _values_match(float(p["value"]), float(g["value"])):
                    continue
            except (TypeError, ValueError, KeyError):
                continue
            quote_overlap = _overlap(norm(p.get("quote") or ""), norm(g.get("quote") or ""))
            key = (_target_agreement(p, g), quote_overlap, -abs(pi - gi))
            if best_key is None or key > best_key:
                best, best_key = pi, key
        if best is not None:
            used.add(best)
            pairs.append((pred[best], g))
    return pairs


def _overlap(a: str, b: str) -> int:
    if not a or not b:
        return 0
    return int(a in b or b in a)


def score_document(pred: dict | None, gold: dict) -> dict[str, Any]:
    """Per-field counts for one document. `pred` None means the record is missing: every gold
    item is a false negative and every metadata key is wrong (also where gold is null)."""
    missing = pred is None
    pred = pred or {}
    out: dict[str, Any] = {}
    pmd, gmd = pred.get("metadata") or {}, gold.get("metadata") or {}
    for key in METADATA_KEYS:
        right = not missing and _metadata_equal(key, pmd.get(key), gmd.get(key))
        out[f"metadata.{key}"] = Accuracy(int(right), 1)
    ptasks = {norm(t.get("path")): t for t in pred.get("tasks") or []}
    gtasks = {norm(t["path"]): t for t in gold.get("tasks") or []}
    out["tasks"] = score_set(ptasks, gtasks)
    out["tasks.heading"] = Accuracy(
        sum(norm(ptasks[k].get("heading")) == norm(gtasks[k]["heading"]) for k in ptasks.keys() & gtasks.keys()),
        len(ptasks.keys() & gtasks.keys()),
    )
    pd = {norm(d.get("name")) for d in pred.get("departments") or [] if d.get("name")}
    gd = {norm(d["name"]) for d in gold.get("departments") or []}
    out["departments"] = score_set(pd, gd)
    out["departments.named"] = score_set({d for d in pd if is_named_organ(d)}, {d for d in gd if is_named_organ(d)})
    triple = lambda r: (norm(r.get("task")), norm(r.get("department")), norm(r.get("role")))  # noqa: E731
    presp, gresp = pred.get("responsibilities") or [], gold.get("responsibilities") or []
    out["responsibilities"] = score_set({triple(r) for r in presp}, {triple(r) for r in gresp})
    out["responsibilities.pairs"] = score_set({triple(r)[:2] for r in presp}, {triple(r)[:2] for r in gresp})
    ptargets, gtargets = pred.get("targets") or [], gold.get("targets") or []
    pairs = match_targets(ptargets, gtargets)
    out["targets"] = PRF(tp=len(pairs), fp=len(ptargets) - len(pairs), fn=len(gtargets) - len(pairs))
    for attr in TARGET_ATTRS:
        out[f"targets.{attr}"] = Accuracy(sum(_attr_equal(p, g, attr) for p, g in pairs), len(pairs))
    strict = sum(all(_attr_equal(p, g, a) for a in TARGET_ATTRS) for p, g in pairs)
    out["targets.strict"] = PRF(tp=strict, fp=len(ptargets) - strict, fn=len(gtargets) - strict)
    out["years"] = score_set({(y.get("start"), y.get("end")) for y in pred.get("years") or []},
                             {(y["start"], y["end"]) for y in gold.get("years") or []})
    pcit, gcit = pred.get("citations") or [], gold.get("citations") or []
    for key in ("title", "doc_number"):
        out[f"citations.{key}"] = score_set({norm(c[key]) for c in pcit if c.get(key)},
                                            {norm(c[key]) for c in gcit if c.get(key)})
    return out


def load_dir(path: Path) -> dict[str, dict]:
    """doc_id -> record/gold dict for every *.json directly in `path` (records/ also accepted)."""
    path = Path(path)
    if (path / "records").is_dir() and not any(path.glob("*.json")):
        path = path / "records"
    out = {}
    for f in sorted(path.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "doc_id" in data:
            out[data["doc_id"]] = data
    return out


def load_gold(gold_dirs: Path | Iterable[Path]) -> dict[str, dict]:
    """doc_id -> gold dict from one or several gold folders (a dev set kept in batch folders)."""
    dirs = [Path(gold_dirs)] if isinstance(gold_dirs, (str, Path)) else [Path(d) for d in gold_dirs]
    gold: dict[str, dict] = {}
    for d in dirs:
        gold.update(load_dir(d))
    if not gold:
        raise FileNotFoundError(f"no gold files (*.json with a doc_id) in {', '.join(map(str, dirs))}")
    return gold


def load_styles(path: Path) -> dict[str, dict[str, str]]:
    """doc_id -> {column: value} from a TSV whose first column is the document id (`id` or
    `doc_id`), such as `dev/country/styles.tsv` (level, era, source, script, form)."""
    import csv

    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if not rows:
        return {}
    key = "doc_id" if "doc_id" in rows[0] else next(iter(rows[0]))
    return {r[key]: r for r in rows}


def find_styles(gold_dirs: Iterable[Path]) -> Path | None:
    """The style table next to a gold folder: `styles.tsv` in it or in one of its two parents."""
    for d in gold_dirs:
        for folder in (Path(d), Path(d).parent, Path(d).parent.parent):
            if (folder / "styles.tsv").is_file():
                return folder / "styles.tsv"
    return None


def _sum(docs: Iterable[dict[str, Any]]) -> dict[str, Any]:
    totals: dict[str, Any] = {}
    for doc in docs:
        for k, v in doc.items():
            if k not in totals:
                totals[k] = type(v)()
            totals[k] += v
    return totals


def score_dirs(gold_dir: Path | Iterable[Path], pred_dir: Path, *, by: Iterable[str] = (),
               styles: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """Score every gold document against its record. `by` names style columns (from `styles`,
    doc_id -> {column: value}); the result then also holds micro averages per value of each."""
    gold = load_gold(gold_dir)
    if not Path(pred_dir).is_dir():
        raise FileNotFoundError(f"no such predictions folder: {pred_dir}")
    pred = load_dir(pred_dir)
    scored = {doc_id: score_document(pred.get(doc_id), g) for doc_id, g in gold.items()}
    result: dict[str, Any] = {
        "micro": {k: v.to_dict() for k, v in _sum(scored.values()).items()},
        "per_doc": {doc_id: {k: v.to_dict() for k, v in doc.items()} for doc_id, doc in scored.items()},
        "missing_predictions": sorted(set(gold) - set(pred)),
        "documents": len(gold),
    }
    by = list(by)
    if by:
        styles = styles or {}
        unknown = [c for c in by if not any(c in row for row in styles.values())]
        if unknown:
            raise KeyError(f"no style column {', '.join(unknown)} (have: {', '.join(sorted({c for r in styles.values() for c in r}))})")
        result["by"] = {}
        for column in by:
            groups: dict[str, list[str]] = {}
            for doc_id in scored:
                groups.setdefault((styles.get(doc_id) or {}).get(column) or "?", []).append(doc_id)
            result["by"][column] = {
                value: {"documents": len(ids), "micro": {k: v.to_dict() for k, v in _sum(scored[i] for i in ids).items()}}
                for value, ids in sorted(groups.items())
            }
    return result


# The headline columns of a per-style table: the fields the issues set goals on.
STYLE_FIELDS = ("tasks", "departments", "departments.named", "responsibilities", "targets", "targets.strict",
                "years", "citations.title")


def metadata_accuracy(micro: dict[str, Any]) -> float:
    """Mean accuracy over the metadata keys (one number for a style row)."""
    accs = [v["acc"] for k, v in micro.items() if k.startswith("metadata.")]
    return sum(accs) / len(accs) if accs else 1.0


def format_by(result: dict[str, Any], markdown: bool = False) -> str:
    """One table per style column: a row per value, F1 of the headline fields (support in
    brackets where a field has none in that group), and mean metadata accuracy."""
    out = []
    for column, groups in (result.get("by") or {}).items():
        head = ["style", "docs", "metadata"] + [f.replace("responsibilities", "triples").replace("departments", "depts")
                                                for f in STYLE_FIELDS]
        rows = []
        for value, g in groups.items():
            micro = g["micro"]
            cells = [f"{column}={value}", str(g["documents"]), f"{metadata_accuracy(micro):.3f}"]
            for f in STYLE_FIELDS:
                v = micro.get(f)
                cells.append("-" if not v or (not v["support"] and not v["fp"]) else f"{v['f']:.3f}")
            rows.append(cells)
        if markdown:
            out += ["| " + " | ".join(head) + " |", "|" + "---|" * 2 + "---:|" * (len(head) - 2)]
            out += ["| " + " | ".join(r) + " |" for r in rows]
        else:
            widths = [max(len(str(x)) for x in col) + 2 for col in zip(head, *rows)]
            out.append("".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(head, widths))))
            out += ["".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
        out.append("")
    return "\n".join(out)


def format_report(result: dict[str, Any], per_doc: bool = True) -> str:
    lines = [f"documents: {result['documents']}"
             + (f"  (missing predictions: {', '.join(result['missing_predictions'])})" if result["missing_predictions"] else ""),
             "", f"{'field':<28}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for key, v in result["micro"].items():
        if "f" in v:
            lines.append(f"{key:<28}{v['p']:>8.3f}{v['r']:>8.3f}{v['f']:>8.3f}{v['support']:>9}")
        else:
            lines.append(f"{key:<28}{'':>8}{'':>8}{v['acc']:>8.3f}{v['total']:>9}  (accuracy)")
    if per_doc:
        fields = [k for k, v in result["micro"].items() if "f" in v]
        lines += ["", "per document (F1)", f"{'doc_id':<40}" + "".join(f"{k.split('.')[-1][:10]:>11}" for k in fields)]
        for doc_id, doc in result["per_doc"].items():
            lines.append(f"{doc_id:<40}" + "".join(f"{doc[k]['f']:>11.3f}" for k in fields))
        meta = [k for k in result["micro"] if k.startswith("metadata.")]
        lines += ["", "per document (metadata keys wrong)"]
        for doc_id, doc in result["per_doc"].items():
            wrong = [k.split(".")[1] for k in meta if doc[k]["acc"] < 1]
            lines.append(f"{doc_id:<40}{', '.join(wrong) or '-'}")
    return "\n".join(lines)


def format_markdown(result: dict[str, Any]) -> str:
    rows = ["| field | P | R | F1 | support |", "|---|---:|---:|---:|---:|"]
    for key, v in result["micro"].items():
        if "f" in v:
            rows.append(f"| {key} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} | {v['support']} |")
        else:
            rows.append(f"| {key} (accuracy) | | | {v['acc']:.3f} | {v['total']} |")
    return "\n".join(rows)
