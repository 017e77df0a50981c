"""docs/fields.md, generated from the record's JSON Schema so the field reference cannot drift.

    policykb schema --markdown > docs/fields.md
"""
from __future__ import annotations

from .record import SCHEMA_VERSION, record_json_schema
from .write import TABLE_COLUMNS

ORDER = ["Record", "Metadata", "Evidence", "Task", "Department", "Responsibility", "Target", "Year", "Citation",
         "PageSpan", "Provenance", "Warning"]


def _type(prop: dict) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        return " or ".join(_type(p) for p in prop["anyOf"])
    if "const" in prop:
        return f"`{prop['const']}`"
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" for v in prop["enum"])
    t = prop.get("type", "any")
    if t == "array":
        if "prefixItems" in prop:
            return "[" + ", ".join(_type(p) for p in prop["prefixItems"]) + "]"
        return f"list of {_type(prop.get('items', {}))}"
    if t == "object" and "additionalProperties" in prop and isinstance(prop["additionalProperties"], dict):
        return f"map of string to {_type(prop['additionalProperties'])}"
    extra = []
    if prop.get("format"):
        extra.append(prop["format"])
    if prop.get("minimum") is not None:
        extra.append(f">= {prop['minimum']}")
    if prop.get("pattern") and not prop.get("format"):
        extra.append(f"pattern `{prop['pattern']}`")
    if t == "null":
        return "null"
    return t + (f" ({', '.join(extra)})" if extra else "")


def fields_markdown() -> str:
    schema = record_json_schema()
    defs = dict(schema.get("$defs", {}))
    defs["Record"] = schema
    lines = [
        "# Record fields",
        "",
        f"Generated from the JSON Schema of record format {SCHEMA_VERSION} by `policykb schema --markdown` "
        "(pipeline/fieldsdoc.py); do not edit by hand. A test checks that this file is current.",
        "",
        "Every object rejects keys it does not define. Every extracted item is grounded: "
        "`text[span[0]:span[1]] == quote` in the record's clean `text`.",
        "",
    ]
    for name in ORDER + sorted(set(defs) - set(ORDER)):
        d = defs.get(name)
        if d is None:
            continue
        lines += [f"## {name}", ""]
        desc = (d.get("description") or "").strip()
        if desc and name != "Record":
            lines += [" ".join(desc.split()), ""]
        elif name == "Record":
            lines += [" ".join((defs["Record"].get("description") or "").split()), ""]
        required = set(d.get("required", []))
        lines += ["| key | type | required | meaning |", "| --- | --- | --- | --- |"]
        for key, prop in d.get("properties", {}).items():
            meaning = " ".join((prop.get("description") or "").split()).replace("|", "\\|")
            default = f" (default `{prop['default']}`)" if "default" in prop and prop["default"] not in (None, [], {}) else ""
            lines.append(f"| `{key}` | {_type(prop)} | {'yes' if key in required else 'no'} | {meaning}{default} |")
        lines.append("")
    lines += ["## Tables", "", "`policykb run` also writes one CSV (UTF-8 with BOM) and one Parquet file per table in "
              "`tables/`, one row per item; `span_start`/`span_end` are the item's offsets, `page` its page.", ""]
    for table, cols in TABLE_COLUMNS.items():
        lines.append(f"* `{table}`: " + ", ".join(f"`{c}`" for c in cols))
    return "\n".join(lines) + "\n"
