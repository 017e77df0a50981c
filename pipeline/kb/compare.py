"""Targets side by side across documents, and the responsibility matrix (sector × documents)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .load import load_records
from .tables import build_tables

TARGET_COLUMNS = ["indicator_key", "region", "admin_level", "doc_id", "indicator", "comparator", "value", "unit",
                  "per_year", "year_from", "year_to", "year_source", "task", "task_heading"]
ROLES = (("lead", "led"), ("co", "co_led"), ("responsible", "responsible"))


def _frames(out_dir):
    tables = build_tables(load_records(out_dir))
    docs = pd.DataFrame(tables["documents"])
    docs = docs[docs["twin_of"].isna()]
    return tables, docs


def _region_mask(docs: pd.DataFrame, region: str | None) -> pd.Series:
    if not region:
        return pd.Series(True, index=docs.index)
    wanted = [r.strip() for r in region.replace("，", ",").split(",") if r.strip()]
    reg = docs["region"].fillna("")
    return reg.apply(lambda x: any(w in x for w in wanted))


def compare_targets(out_dir: str | Path, year: int | None = None, region: str | None = None,
                    indicator: str | None = None, shared: bool = False) -> pd.DataFrame:
    """One row per target, grouped by indicator key then region. `year` keeps targets whose
    years (their own, else the document's period) include it; `region` is a substring of the
    region (comma-separated for several: 广东,广西); `indicator` a substring of the key or the
    indicator as written; `shared` keeps only keys found in two documents or more."""
    tables, docs = _frames(out_dir)
    docs = docs[_region_mask(docs, region)]
    t = pd.DataFrame(tables["targets"], columns=list(tables["targets"][0]) if tables["targets"] else TARGET_COLUMNS)
    if t.empty:
        return pd.DataFrame(columns=TARGET_COLUMNS)
    t = t.merge(docs[["doc_id", "region", "admin_level"]], on="doc_id", how="inner")
    if year is not None:
        t = t[(t["year_from"].notna()) & (t["year_from"] <= year) & (t["year_to"] >= year)]
    if indicator:
        t = t[t["indicator_key"].str.contains(indicator, regex=False) | t["indicator"].str.contains(indicator, regex=False)]
    if shared:
        n = t.groupby("indicator_key")["doc_id"].nunique()
        t = t[t["indicator_key"].isin(n[n >= 2].index)]
    level_order = {"central": 0, "province": 1, "prefecture": 2, "county": 3, "township": 4}
    t = t.assign(_lv=t["admin_level"].map(level_order).fillna(9), _n=t.groupby("indicator_key")["doc_id"].transform("nunique"))
    t = t.sort_values(["_n", "indicator_key", "_lv", "region", "doc_id", "span_start"], ascending=[False, True, True, True, True, True])
    out = t[TARGET_COLUMNS].reset_index(drop=True)
    for c in ("year_from", "year_to"):
        out[c] = out[c].astype("Int64")
    return out


def responsibility_matrix(out_dir: str | Path, region: str | None = None, long: bool = False) -> pd.DataFrame:
    """Tasks per sector and document: led (牵头), co-led (配合/协助), responsible.

    Long form: one row per (sector, doc_id) with the three counts; wide form: one row per sector,
    one column per document with `led/co_led/responsible`, and totals."""
    tables, docs = _frames(out_dir)
    docs = docs[_region_mask(docs, region)]
    r = pd.DataFrame(tables["responsibilities"])
    cols = ["sector", "doc_id", "region", "led", "co_led", "responsible"]
    if r.empty:
        return pd.DataFrame(columns=cols)
    r = r[r["doc_id"].isin(docs["doc_id"]) & r["sector"].notna()]
    r = r.assign(_task=r["task"].fillna("(none)"))
    counts = (r.groupby(["sector", "doc_id", "role"])["_task"].nunique().unstack("role", fill_value=0)
              .reindex(columns=[k for k, _ in ROLES], fill_value=0)
              .rename(columns=dict(ROLES)).reset_index())
    counts = counts.merge(docs[["doc_id", "region"]], on="doc_id")
    counts = counts[cols]
    if long:
        return counts.sort_values(["sector", "doc_id"]).reset_index(drop=True)
    counts["cell"] = counts.apply(lambda x: f"{x.led}/{x.co_led}/{x.responsible}", axis=1)
    wide = counts.pivot(index="sector", columns="doc_id", values="cell").fillna("")
    totals = counts.groupby("sector")[["led", "co_led", "responsible"]].sum()
    wide = totals.join(wide)
    wide.insert(3, "documents", counts.groupby("sector")["doc_id"].nunique())
    wide = wide.sort_values(["documents", "led", "responsible"], ascending=False)
    return wide.reset_index()
