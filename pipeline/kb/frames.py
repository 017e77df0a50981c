"""The knowledge base as pandas DataFrames, one per table, with the types the tables declare
(nullable Int64 for offsets, pages and years; booleans; issue_date as a date)."""
from __future__ import annotations

from pathlib import Path

from ..write import BOOL_COLUMNS, DATE_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, TABLE_COLUMNS, TABLES, table_rows


def typed(df, table: str):
    import pandas as pd

    for c in TABLE_COLUMNS[table]:
        if c not in df.columns:
            df[c] = pd.NA
        if c in INT_COLUMNS:
            df[c] = pd.array(df[c], dtype="Int64")
        elif c in FLOAT_COLUMNS:
            df[c] = pd.to_numeric(df[c]).astype("Float64")
        elif c in BOOL_COLUMNS:
            df[c] = df[c].astype("boolean")
        elif c in DATE_COLUMNS:
            df[c] = pd.to_datetime(df[c], errors="coerce").dt.date
    return df[TABLE_COLUMNS[table]]


def load_frames(out_dir: str | Path) -> dict:
    """{table: DataFrame}: from tables/*.parquet when the folder has them, else from the records."""
    import pandas as pd

    out = Path(out_dir)
    tables = out / "tables"
    if all((tables / f"{t}.parquet").is_file() for t in TABLES):
        return {t: typed(pd.read_parquet(tables / f"{t}.parquet"), t) for t in TABLES}
    from .load import load_records

    records = load_records(out)
    return {t: typed(pd.DataFrame([row for r in records for row in table_rows(r, t)], columns=TABLE_COLUMNS[t]), t)
            for t in TABLES}
