"""An embedded DuckDB database (DIR/kb.duckdb) and Parquet exports (DIR/parquet/*.parquet).

Every table has `doc_id`; the `v_*` views join the document's region, level and title onto the
item tables and leave out twins (the `-pdf` copy of a notice also read as text), so the usual
questions are one query.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .load import load_records
from .tables import TABLES, build_tables

INT_COLUMNS = {"pages", "page", "warnings", "span_start", "span_end", "year_start", "year_end",
               "year_from", "year_to", "n_tasks", "n_responsibilities", "n_targets"}

DOC_COLUMNS = ("d.title AS doc_title, d.region, d.province, d.prefecture, d.county, d.adcode, "
               "d.admin_level, d.issue_date")
VIEWS = {
    "v_documents": "SELECT * FROM documents WHERE twin_of IS NULL",
    "v_targets": f"SELECT t.*, {DOC_COLUMNS} FROM targets t JOIN documents d USING (doc_id) WHERE d.twin_of IS NULL",
    "v_responsibilities": f"SELECT r.*, {DOC_COLUMNS} FROM responsibilities r JOIN documents d USING (doc_id) "
                          "WHERE d.twin_of IS NULL",
    "v_departments": f"SELECT p.*, {DOC_COLUMNS} FROM departments p JOIN documents d USING (doc_id) WHERE d.twin_of IS NULL",
    "v_tasks": f"SELECT k.*, {DOC_COLUMNS} FROM tasks k JOIN documents d USING (doc_id) WHERE d.twin_of IS NULL",
    "v_citations": f"SELECT c.*, {DOC_COLUMNS} FROM citations c JOIN documents d USING (doc_id) WHERE d.twin_of IS NULL",
}


def frames(tables: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    out = {}
    for name, cols in TABLES.items():
        df = pd.DataFrame(tables[name], columns=cols)
        for c in cols:
            if c in INT_COLUMNS or (name == "tasks" and c == "level"):
                df[c] = pd.array(df[c], dtype="Int64")
            elif c in ("value",):
                df[c] = df[c].astype("float64")
            elif c in ("per_year", "draft"):
                df[c] = df[c].astype("boolean")
            else:
                df[c] = df[c].astype("object").where(df[c].notna(), None)
        out[name] = df
    return out


def build_db(out_dir: str | Path, db_path: str | Path | None = None, parquet: bool = True) -> Path:
    """Write DIR/kb.duckdb (replacing it) and DIR/parquet/<table>.parquet; return the db path."""
    import duckdb

    out = Path(out_dir)
    db_path = Path(db_path) if db_path else out / "kb.duckdb"
    dfs = frames(build_tables(load_records(out)))
    tmp = db_path.with_name(f".{db_path.name}.tmp")
    for p in (tmp, Path(str(tmp) + ".wal")):
        p.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for name, df in dfs.items():
            con.register("_df", df)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _df')
            con.unregister("_df")
        con.execute("ALTER TABLE documents ADD PRIMARY KEY (doc_id)")
        for view, sql in VIEWS.items():
            con.execute(f"CREATE VIEW {view} AS {sql}")
        if parquet:
            pq = out / "parquet"
            pq.mkdir(parents=True, exist_ok=True)
            for name in dfs:
                con.execute(f"COPY \"{name}\" TO '{(pq / (name + '.parquet')).as_posix()}' (FORMAT PARQUET)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tmp.replace(db_path)
    return db_path


def connect(out_dir: str | Path, read_only: bool = True):
    """A connection to DIR/kb.duckdb, built first when it is missing or older than the records."""
    import duckdb

    out = Path(out_dir)
    db = out / "kb.duckdb"
    newest = max((p.stat().st_mtime for p in [out / "kb.jsonl", *(out / "records").glob("*.json")] if p.exists()),
                 default=0)
    if not db.exists() or db.stat().st_mtime < newest:
        build_db(out)
    return duckdb.connect(str(db), read_only=read_only)


def query(out_dir: str | Path, sql: str) -> pd.DataFrame:
    con = connect(out_dir)
    try:
        return con.execute(sql).df()
    finally:
        con.close()
