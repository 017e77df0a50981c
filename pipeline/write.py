"""Writers: one JSON per record, kb.jsonl, and flat tables (CSV and Parquet, one row per item).

* Every file is written atomically (a temp file in the same folder, then a rename), so an
  interrupted run never leaves a half-written file behind; files get the permissions the umask
  gives (0644 under the usual 022), not mkstemp's 0600.
* `rebuild_collection(out)` makes kb.jsonl and tables/* from every record in records/, one record
  at a time (memory stays flat whatever the size of the knowledge base).
* kb.jsonl escapes U+2028, U+2029 and U+0085 (`\\u2028`…): JSON allows them raw, but readers
  that split lines on Unicode line separators (Python's str.splitlines, JavaScript) broke.
* CSV: UTF-8 with a BOM (Excel on a Chinese Windows reads it; pandas reads it with no options);
  a text cell starting with = + - @ or a tab/CR gets a leading ' (spreadsheet formula injection);
  Parquet beside each CSV keeps the exact values and types (nullable integer years).
* Offsets are `span_start`/`span_end` in every table; years are `year_start`/`year_end`.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import pickle
import re
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from .record import FIELDS, FLOAT_KEYS

TABLE_COLUMNS = {
    "documents": ["doc_id", "title", "notice_title", "doc_number", "issuers", "issue_date", "region",
                  "admin_level", "doc_type", "draft", "source", "format", "pages", "sha256", "warnings"],
    "tasks": ["doc_id", "path", "heading", "level", "page", "span_start", "span_end"],
    "departments": ["doc_id", "name", "kind", "quote", "page", "page_quote", "span_start", "span_end"],
    "responsibilities": ["doc_id", "task", "department", "role", "quote", "page", "page_quote", "span_start",
                         "span_end"],
    "targets": ["doc_id", "task", "indicator", "value", "unit", "comparator", "per_year", "year_start",
                "year_end", "quote", "page", "page_quote", "span_start", "span_end"],
    "years": ["doc_id", "year_start", "year_end", "quote", "page", "page_quote", "span_start", "span_end"],
    "citations": ["doc_id", "title", "doc_number", "quote", "page", "page_quote", "span_start", "span_end"],
}
TABLES = ("documents",) + FIELDS
# Column types (pandas dtypes) for Parquet and load_kb; every other column is a string.
INT_COLUMNS = {"level", "page", "span_start", "span_end", "year_start", "year_end", "pages", "warnings"}
FLOAT_COLUMNS = {"value"}
BOOL_COLUMNS = {"draft", "per_year"}
DATE_COLUMNS = {"issue_date"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def dumps_line(obj) -> str:
    """One JSON line, safe for readers that split on any Unicode line break."""
    text = json.dumps(obj, ensure_ascii=False)
    for ch, esc in LINE_SEPARATORS.items():
        if ch in text:
            text = text.replace(ch, esc)
    return text


def to_json(record: dict, stream=None, _floats_ok: bool | None = None) -> str | None:
    text = _indented(record, _floats_ok) + "\n"
    for ch, esc in LINE_SEPARATORS.items():
        if ch in text:
            text = text.replace(ch, esc)
    if stream is None:
        return text
    stream.write(text)
    return None


def record_json(data: dict) -> str:
    """`to_json` of a record's `model_dump`: its floats can only be the values of the item keys
    `record.FLOAT_KEYS` names (derived from the models), so only those are checked instead of
    every value of the record (~10 ms a benchmark pass); the same text."""
    if FLOAT_KEYS is None:
        return to_json(data)
    values = [item[k] for field, keys in FLOAT_KEYS.items() if keys for item in data[field] for k in keys]
    return to_json(data, _floats_ok=_json_floats(values))


def record_text(record) -> str:
    """`record_json(record.model_dump(mode="json"))` of a `Record`, written by pydantic's own JSON
    encoder (`model_dump_json`: no dict of the record is built, ~1/3 less time) when that gives
    the same text: the encoder writes what orjson writes (keys in field order, `": "`, two-space
    indent, non-ASCII as is), so the same floats check (`_json_floats` on the values of
    `FLOAT_KEYS`) decides; otherwise, or when the encoder refuses the record, the dict path."""
    if FLOAT_KEYS is not None and _orjson is not None:
        values = [getattr(item, k) for field, keys in FLOAT_KEYS.items() if keys for item in getattr(record, field)
                  for k in keys]
        if _json_floats(values):
            try:
                text = record.model_dump_json(indent=2) + "\n"
            except Exception:  # (a lone surrogate…: json writes it escaped, below)
                text = None
            if text is not None:
                for ch, esc in LINE_SEPARATORS.items():
                    if ch in text:
                        text = text.replace(ch, esc)
                return text
    return record_json(record.model_dump(mode="json"))


def _indented(record, floats_ok: bool | None = None) -> str:
    """`json.dumps(record, ensure_ascii=False, indent=2)`, byte for byte, made by orjson (a C
    encoder, ~8x faster than json's pure-Python indenting one) when the result is sure to be
    the same: orjson refuses what json would write differently (keys that are not strings,
    integers past 64 bits, lone surrogates) and `_json_floats` checks that every float is one
    both write alike (json writes 1e-05 and 1e+16 in exponent form, orjson 0.00001 and 1e16)."""
    if _orjson is not None and (_json_floats(record) if floats_ok is None else floats_ok):
        try:
            return _orjson.dumps(record, option=_orjson.OPT_INDENT_2).decode("utf-8")
        except TypeError:
            pass
    return json.dumps(record, ensure_ascii=False, indent=2)


def _json_floats(o) -> bool:
    """No float (nested anywhere) that json and orjson format differently."""
    stack = [o]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            x = x.values()
        elif not isinstance(x, (list, tuple)):
            x = (x,)
        for v in x:
            t = type(v)
            if t is str or t is int or t is bool or v is None:
                continue
            if t is dict or t is list or t is tuple:
                stack.append(v)
            elif isinstance(v, float):
                if not (v == 0.0 or 1e-4 <= abs(v) < 1e16):  # finite, no exponent in either
                    return False
            elif isinstance(v, (dict, list, tuple)):
                stack.append(v)
    return True


try:
    import orjson as _orjson
except ImportError:  # optional speed-up: json alone gives the same bytes
    _orjson = None


# --- files ------------------------------------------------------------------------------------

MAX_NAME_BYTES = 200  # file names stay below the usual 255-byte limit with room for suffixes


def record_filename(doc_id: str) -> str:
    """records/<doc_id>.json; an id too long for a file name (a 79-character Chinese title) is cut
    at a character boundary and made unique with a hash of the whole id."""
    raw = doc_id.encode("utf-8", "surrogateescape")
    if len(raw) <= MAX_NAME_BYTES and not doc_id.startswith("."):
        return f"{doc_id}.json"
    cut = raw[:MAX_NAME_BYTES - 12].decode("utf-8", "ignore").lstrip(".")
    return f"{cut}~{hashlib.sha1(raw).hexdigest()[:10]}.json"


def _open_temp(folder: Path, binary: bool):
    """A new file beside its destination, created with mode 0666 & ~umask."""
    for _ in range(100):
        tmp = folder / f".tmp-{secrets.token_hex(6)}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if binary:
            return tmp, os.fdopen(fd, "wb")
        return tmp, os.fdopen(fd, "w", encoding="utf-8", newline="")
    raise OSError(f"cannot create a temporary file in {folder}")


class AtomicFile:
    """`with AtomicFile(path) as fh:` writes a temp file and renames it over `path` on success."""

    def __init__(self, path: Path, binary: bool = False):
        self.path, self.binary = Path(path), binary

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp, self.fh = _open_temp(self.path.parent, self.binary)
        return self.fh

    def __exit__(self, exc_type, exc, tb):
        try:
            self.fh.close()
            if exc_type is None:
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)
        return False


def write_atomic(path: Path, text: str | bytes) -> None:
    with AtomicFile(Path(path), binary=isinstance(text, bytes)) as fh:
        fh.write(text)


# --- rows -------------------------------------------------------------------------------------

def table_rows(record: dict, table: str) -> Iterable[dict]:
    doc_id = record["doc_id"]
    if table == "documents":
        md, prov = record["metadata"], record["provenance"]
        yield {"doc_id": doc_id, **{k: md.get(k) for k in TABLE_COLUMNS["documents"][1:10]},
               "issuers": "；".join(md.get("issuers") or []), "source": prov["source"],
               "format": prov["format"], "pages": prov["pages"], "sha256": prov["sha256"],
               "warnings": len(record.get("warnings") or [])}
        return
    for item in record[table]:
        row = {"doc_id": doc_id, **item}
        if table == "years":
            row["year_start"], row["year_end"] = item["start"], item["end"]
        row["span_start"], row["span_end"] = item["span"]
        yield row


def table_values(record: dict, table: str):
    """`[row.get(c) for c in TABLE_COLUMNS[table]]` for each row of `table_rows(record, table)`,
    read from the items without building each row's dict first."""
    cols = TABLE_COLUMNS[table]
    items = record[table] if table != "documents" else None
    if items is None or any("doc_id" in item for item in items):
        for row in table_rows(record, table):
            yield [row.get(c) for c in cols]
        return
    doc_id = record["doc_id"]
    middle = cols[1:-2]  # item fields between doc_id and span_start, span_end
    if table == "years":  # year_start, year_end are the item's start, end
        for item in items:
            start, end = item["span"]
            yield [doc_id, item["start"], item["end"], *map(item.get, middle[2:]), start, end]
        return
    for item in items:
        start, end = item["span"]
        yield [doc_id, *map(item.get, middle), start, end]


def csv_cell(value) -> object:
    """A value as a CSV cell: None empty, booleans true/false, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_row(values: list) -> list:
    """[csv_cell(v) for v in values], with the common cases (text, whole numbers) inline."""
    out = []
    for v in values:
        t = type(v)
        if t is str:
            out.append("'" + v if v.startswith(FORMULA_START) else v)
        elif t is int:
            out.append(v)
        else:
            out.append(csv_cell(v))
    return out


def to_csv(records: Iterable[dict], table: str, stream=None) -> str | None:
    out = stream or io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    cols = TABLE_COLUMNS[table]
    writer.writerow(cols)
    for record in records:
        for row in table_rows(record, table):
            writer.writerow([csv_cell(row.get(c)) for c in cols])
    return out.getvalue() if stream is None else None


# --- the collection ---------------------------------------------------------------------------

def iter_records(out_dir: Path) -> Iterator[tuple[Path, dict]]:
    """(file, record) for every readable record in out_dir/records, in file-name order (the
    doc_id, except that over-long ids are cut), one at a time."""
    rec_dir = Path(out_dir) / "records"
    for name in _record_files(out_dir):
        p = rec_dir / name
        try:
            yield p, loads(p.read_bytes())
        except (OSError, ValueError):
            continue


# bytes -> 1 for an ASCII digit, 0 otherwise: a run of 19 digits is then a substring search
_DIGIT_MASK = bytes(1 if 0x30 <= b <= 0x39 else 0 for b in range(256))
_LONG_RUN = b"\x01" * 19


def loads(data: bytes):
    """`json.loads(data.decode("utf-8"))`, by orjson when that is sure to give the same objects:
    orjson refuses what json reads differently (NaN, lone surrogates) and reads integers of 19
    digits or more as floats, so a text with such a digit run goes to json."""
    if _orjson is not None and _LONG_RUN not in data.translate(_DIGIT_MASK):
        try:
            return _orjson.loads(data)
        except ValueError:
            pass
    return json.loads(data.decode("utf-8"))


def _parquet_schema(table: str):
    import pyarrow as pa

    fields = []
    for c in TABLE_COLUMNS[table]:
        if c in INT_COLUMNS:
            t = pa.int64()
        elif c in FLOAT_COLUMNS:
            t = pa.float64()
        elif c in BOOL_COLUMNS:
            t = pa.bool_()
        elif c in DATE_COLUMNS:
            t = pa.date32()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    # pandas metadata, so pandas reads integer columns with gaps as Int64, not float.
    meta = {"columns": [{"name": c, "field_name": c, "pandas_type": "int64" if c in INT_COLUMNS else "object",
                         "numpy_type": "Int64" if c in INT_COLUMNS else "object", "metadata": None}
                        for c in TABLE_COLUMNS[table]],
            "index_columns": [], "column_indexes": [], "creator": {"library": "policykb"}, "pandas_version": "2.0.0"}
    return pa.schema(fields, metadata={b"pandas": json.dumps(meta).encode()})


def _parquet_value(col: str, value):
    if value is None:
        return None
    if col in DATE_COLUMNS:
        import datetime as dt

        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return None
    return value


def arrow_rows(table: str, rows: list[list], schema=None):
    """An Arrow table of `table`'s rows (values in the order of TABLE_COLUMNS[table])."""
    import pyarrow as pa

    schema = schema if schema is not None else _parquet_schema(table)
    arrays = {c: ([_parquet_value(c, v) for v in col] if c in DATE_COLUMNS else list(col))
              for c, col in zip(TABLE_COLUMNS[table], zip(*rows))}
    if not rows:
        arrays = {c: [] for c in TABLE_COLUMNS[table]}
    return pa.Table.from_pydict(arrays, schema=schema)


class _ParquetTable:
    BATCH = 5_000  # rows per row group: bounds the memory of a rebuild whatever the archive size

    def __init__(self, path: Path, table: str):
        import pyarrow.parquet as pq

        self.table = table
        self.schema = _parquet_schema(table)
        self.cols = TABLE_COLUMNS[table]
        self.rows: list[dict] = []
        self.pending = None  # rows of add_table not written yet (an Arrow table)
        self.atomic = AtomicFile(path, binary=True)
        self.writer = pq.ParquetWriter(self.atomic.__enter__(), self.schema)

    def add(self, values: list) -> None:
        """One row: its values in the order of TABLE_COLUMNS[table]."""
        self.rows.append(values)
        if len(self.rows) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.pending is not None:  # rows given as Arrow tables (add_table)
            self._write_pending(final=True)
            return
        if not self.rows:
            return
        self.writer.write_table(arrow_rows(self.table, self.rows, self.schema))
        self.rows = []

    def add_table(self, rows) -> None:
        """Rows already made into an Arrow table (`arrow_rows`, by a helper process): written in
        the same row groups of BATCH rows as add() makes. Not to be mixed with add()."""
        import pyarrow as pa

        self.pending = rows if self.pending is None else pa.concat_tables([self.pending, rows])
        self._write_pending(final=False)

    def _write_pending(self, final: bool) -> None:
        while self.pending is not None and (self.pending.num_rows >= self.BATCH or (final and self.pending.num_rows)):
            n = min(self.BATCH, self.pending.num_rows)
            self.writer.write_table(self.pending.slice(0, n).combine_chunks())
            self.pending = self.pending.slice(n) if n < self.pending.num_rows else None

    def close(self, ok: bool) -> None:
        if ok:
            self.flush()
        self.writer.close()
        self.atomic.__exit__(None if ok else RuntimeError, None, None)


def rebuild_collection(out_dir: Path, keep=None, parquet: bool = True, workers: int = 1,
                       chunk: int = 100, fragments=None) -> dict:
    """kb.jsonl and tables/<table>.csv (+ .parquet) from every record in records/, streamed.

    `keep(path, record) -> bool` may drop records (they are then deleted: --prune). Returns
    {"documents": n, "items": {field: n}, "pruned": n}. With `workers` > 1 (and fork), records
    are read and turned into kb lines, CSV text and Parquet rows by that many processes,
    `chunk` records at a time, and written here in order: the same files. `fragments` maps the
    file name of a record in records/ to where its share of the collection was spooled when the
    record was made (`FragmentSpool.add`): that share is written instead of reading and
    converting the record again, and the record is kept without asking `keep`.

    Arrow allocates from the process's default pool: `policykb run` makes that the system
    allocator at its entry point (cli.py, `use_system_allocator`), whose peak at the end of a
    run is lower than mimalloc's (docs/decisions/speed-s14.md, speed-s15.md); a library caller
    chooses its own (`ARROW_DEFAULT_MEMORY_POOL`)."""
    out_dir = Path(out_dir)
    fragments = fragments or {}
    rec_dir = out_dir / "records"
    names = _record_files(out_dir)
    if workers > 1 and _can_fork() and len(names) > chunk:  # more than one chunk: worth the helper processes
        return _rebuild_parallel(out_dir, names, keep, parquet, workers, chunk, fragments)
    stats = {"documents": 0, "items": {f: 0 for f in FIELDS}, "pruned": 0}
    tables_dir = out_dir / "tables"
    tables_dir.mkdir(parents=True, exist_ok=True)
    files: list[AtomicFile] = []
    reader = _FragmentReader()
    pq_tables: dict = {}
    ok = False
    try:
        kb, csv_handles, pq_tables = _open_collection(out_dir, tables_dir, parquet, files)
        for name in names:
            share = _share_of(rec_dir, name, fragments, reader, keep, bool(pq_tables))
            if share is None:
                continue
            if share is _PRUNED:
                stats["pruned"] += 1
                continue
            kb_text, csv_text, rows, counts = share
            kb.write(kb_text)
            stats["documents"] += 1
            for t in TABLES:
                csv_handles[t].write(csv_text[t])
                pq = pq_tables.get(t)
                if pq is not None:
                    for values in rows[t]:
                        pq.add(values)
                if t != "documents":
                    stats["items"][t] += counts[t]
        ok = True
    finally:
        reader.close()
        _close_collection(files, pq_tables, ok)
    return stats


def _open_collection(out_dir: Path, tables_dir: Path, parquet: bool, files: list["AtomicFile"]):
    """kb.jsonl and each table's CSV (its head written) opened as atomic files, which are added to
    `files` as they are made so the caller's `finally` can close them (`_close_collection`), and
    each table's Parquet writer when pyarrow is there: (kb, {table: csv handle}, {table: parquet})."""
    files += [AtomicFile(out_dir / "kb.jsonl", binary=True)]
    files += [AtomicFile(tables_dir / f"{t}.csv", binary=True) for t in TABLES]
    handles = [f.__enter__() for f in files]
    kb, csv_handles = handles[0], dict(zip(TABLES, handles[1:]))
    for t, fh in csv_handles.items():
        fh.write(_csv_head(t))
    pq_tables = {}
    if parquet:
        try:
            pq_tables = {t: _ParquetTable(tables_dir / f"{t}.parquet", t) for t in TABLES}
        except ImportError:  # pyarrow missing: CSV only (the helpers fail alike and make no Arrow tables)
            pq_tables = {}
    return kb, csv_handles, pq_tables


def _close_collection(files: list["AtomicFile"], pq_tables: dict, ok: bool) -> None:
    """Close the Parquet writers and the atomic files: kept (renamed into place) when `ok`, else dropped."""
    for t in pq_tables.values():
        t.close(ok)
    for f in files:
        if hasattr(f, "fh"):  # (entered)
            f.__exit__(None if ok else RuntimeError, None, None)


def _csv_head(table: str) -> bytes:
    head = io.StringIO()
    csv.writer(head, lineterminator="\n").writerow(TABLE_COLUMNS[table])
    return ("\ufeff" + head.getvalue()).encode("utf-8")


_PRUNED = object()


def _share_of(rec_dir: Path, name: str, fragments, reader: "_FragmentReader", keep, parquet: bool):
    """The share of the collection (`record_share`) of the record file `name` in `rec_dir`: from
    its spooled fragment, or read and converted here; None when it cannot be read, _PRUNED when
    `keep` drops it (the file is then deleted)."""
    where = fragments.get(name)
    if where is not None:
        share = reader.get(where)
        if share is not None:
            return share
    path = rec_dir / name
    try:
        record = loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if keep is not None and not keep(path, record):
        path.unlink(missing_ok=True)
        return _PRUNED
    return record_share(record, parquet=parquet)


def record_share(record: dict, text: str | None = None, parquet: bool = True):
    """One record's share of the collection: (its kb.jsonl line, {table: its CSV rows},
    {table: its Parquet rows as value lists} (empty lists without `parquet`), {table: rows}),
    text as UTF-8 bytes. `text`: the record's JSON as written to records/ (`record_text`), whose
    kb line `kb_line` makes without dumping the record again."""
    line = kb_line(text) if text is not None else dumps_line(record)
    csv_out = {t: io.StringIO() for t in TABLES}
    writers = {t: csv.writer(csv_out[t], lineterminator="\n") for t in TABLES}
    rows = {t: [] for t in TABLES}
    counts = _write_table_rows(record, writers, {t: r.append for t, r in rows.items()} if parquet else {})
    return ((line + "\n").encode("utf-8"), {t: s.getvalue().encode("utf-8") for t, s in csv_out.items()}, rows,
            counts)


_INDENT_AFTER_COMMA = re.compile(r",\n *")
_INDENT = re.compile(r"\n *")


def kb_line(text: str) -> str:
    """`dumps_line(loads(text))` of a record's JSON text as this module writes it (`to_json`,
    `record_json`, `record_text`: `json.dumps(..., indent=2)` or the same bytes from orjson, line
    separators escaped), made from the text: without `indent`, json writes `, ` where the
    indented text has `,` + a line break + spaces, and nothing where it has a line break +
    spaces after `[` or `{` or before `]` or `}`; every other character is the same (a line
    break inside a JSON string is written `\\n`, so every line break of the text is one of these,
    and the values read back are written back as they were: floats by repr, strings with
    the same escapes)."""
    if text.endswith("\n"):
        text = text[:-1]
    return _INDENT.sub("", _INDENT_AFTER_COMMA.sub(", ", text))


class FragmentSpool:
    """Shares of the collection (`record_share`) appended to one file per process in `folder`,
    by the worker that made the record; `add` returns where the share is, for the rebuild."""

    def __init__(self, folder: Path | str):
        self.folder = str(folder)
        self.pid = None
        self.fh = None
        self.pos = 0
        self.broken = False

    def add(self, share) -> tuple[str, int, int] | None:
        """Where the share now is in the spool, or None when it could not be written (the rebuild
        then reads the record): after a failed write (a full disk), this process's spool takes
        nothing more, since the offsets after a partial write would be wrong."""
        if self.pid != os.getpid():  # first use, or a forked copy: a file of this process's own
            self.pid, self.broken = os.getpid(), False
            try:
                self.name = os.path.join(self.folder, f"{self.pid}-{secrets.token_hex(4)}.spool")
                self.fh = open(self.name, "wb")
            except OSError:
                self.broken = True
            self.pos = 0
        if self.broken:
            return None
        data = pickle.dumps(share, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.fh.write(data)
            self.fh.flush()  # in the file once add returns: the parent may read it any time after
        except OSError:
            self.broken = True
            return None
        where = (self.name, self.pos, len(data))
        self.pos += len(data)
        return where


class _FragmentReader:
    """Reads spooled shares back; a share that cannot be read is None (the record is then read)."""

    def __init__(self):
        self.fds: dict[str, int] = {}

    def get(self, where):
        name, offset, length = where
        try:
            fd = self.fds.get(name)
            if fd is None:
                fd = self.fds[name] = os.open(name, os.O_RDONLY)
            data = os.pread(fd, length, offset)
            share = pickle.loads(data) if len(data) == length else None
        except Exception:
            return None
        return share if isinstance(share, tuple) and len(share) == 4 else None

    def close(self) -> None:
        for fd in self.fds.values():
            os.close(fd)
        self.fds.clear()


def _write_table_rows(record: dict, writers: dict, add_row: dict) -> dict[str, int]:
    """One record's rows of every table: a CSV row each, also handed to the table's `add_row`
    (Parquet rows) when there is one. Returns the number of rows per table."""
    counts = {}
    for t in TABLES:
        writerow, add = writers[t].writerow, add_row.get(t)
        n = 0
        for values in table_values(record, t):
            writerow(csv_row(values))
            if add is not None:
                add(values)
            n += 1
        counts[t] = n
    return counts


def _can_fork() -> bool:
    import multiprocessing as mp
    import sys

    return sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()


def _record_files(out_dir: Path) -> list[str]:
    """The names of the files iter_records reads (`*.json` in out_dir/records, not hidden), in
    its order. Names, not Path objects: the rebuild holds this list for the whole archive (a
    Path costs ~0.5 KB, its name ~0.1 KB; issue 16, memory flat in the archive's size)."""
    rec_dir = Path(out_dir) / "records"
    try:
        with os.scandir(rec_dir) as entries:
            names = [e.name for e in entries if e.name.endswith(".json") and not e.name.startswith(".")]
    except (FileNotFoundError, NotADirectoryError):
        return []
    names.sort(key=lambda n: n[:-5])
    return names


class FragmentIndex:
    """Where each record's share was spooled (`FragmentSpool.add`), by record file name: what
    `rebuild_collection(fragments=)` reads with `.get(name)`, like a dict of (spool file,
    offset, length). Kept small because the parent holds it for every record of a run (issue
    16): the spool file is a number and the three values one packed integer, ~0.15 KB a record
    with its key instead of ~0.45 KB (a tuple, a copy of the spool's path and two integers)."""

    _NO_BITS = 24
    _LEN_BITS = 40

    def __init__(self):
        self._files: list[str] = []
        self._file_no: dict[str, int] = {}
        self._at: dict[str, object] = {}

    def add(self, name: str, where) -> None:
        file, offset, length = where
        no = self._file_no.get(file)
        if no is None:
            no = self._file_no[file] = len(self._files)
            self._files.append(file)
        if no >> self._NO_BITS or length >> self._LEN_BITS or offset < 0 or length < 0:
            self._at[name] = (no, offset, length)  # (never in practice: kept as it is)
        else:
            self._at[name] = ((offset << self._LEN_BITS | length) << self._NO_BITS) | no

    def get(self, name: str, default=None):
        packed = self._at.get(name)
        if packed is None:
            return default
        if type(packed) is tuple:
            no, offset, length = packed
        else:
            no = packed & ((1 << self._NO_BITS) - 1)
            packed >>= self._NO_BITS
            offset, length = packed >> self._LEN_BITS, packed & ((1 << self._LEN_BITS) - 1)
        return self._files[no], offset, length

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, name) -> bool:
        return name in self._at


_CHUNK_JOB: dict = {}  # keep, parquet and fragments of the rebuild in progress, inherited by forked helpers


def _collection_chunk(names: list[str]):
    """What rebuild_collection writes for these record files (names in records/): (kb bytes,
    {table: CSV bytes}, {table: Arrow table of its rows} or None, {table: rows}, documents,
    pruned)."""
    keep, parquet, fragments = _CHUNK_JOB["keep"], _CHUNK_JOB["parquet"], _CHUNK_JOB["fragments"]
    rec_dir = _CHUNK_JOB["rec_dir"]
    reader = _FragmentReader()
    kb = []
    csv_out = {t: [] for t in TABLES}
    pq_rows = {t: [] for t in TABLES} if parquet else None
    counts = {t: 0 for t in TABLES}
    documents = pruned = 0
    try:
        for name in names:
            share = _share_of(rec_dir, name, fragments, reader, keep, parquet)
            if share is None:
                continue
            if share is _PRUNED:
                pruned += 1
                continue
            kb_text, csv_text, rows, n = share
            kb.append(kb_text)
            documents += 1
            for t in TABLES:
                csv_out[t].append(csv_text[t])
                counts[t] += n[t]
                if parquet:
                    pq_rows[t] += rows[t]
    finally:
        reader.close()
    if parquet:  # made into Arrow tables here, so the writing process only writes them
        try:
            pq_rows = {t: arrow_rows(t, rows) for t, rows in pq_rows.items() if rows}
        except ImportError:  # no pyarrow: CSV only
            pq_rows = None
    # UTF-8 bytes: encoded once where they are made, written as they are
    kb_bytes, csv_bytes = b"".join(kb), {t: b"".join(parts) for t, parts in csv_out.items()}
    spill = _CHUNK_JOB.get("spill")
    if spill is not None:  # (a helper: the bytes go to a file of their own, the parent copies them: `_Spilled`)
        return _Spilled.write(spill, kb_bytes, csv_bytes), None, pq_rows, counts, documents, pruned
    return kb_bytes, csv_bytes, pq_rows, counts, documents, pruned


class _Spilled:
    """A rebuild helper's kb.jsonl and CSV bytes of one chunk, written to a file of the spill
    folder instead of sent through the pool's pipe: only the file's name and the parts' lengths
    travel, and the parent copies each part into its output by `os.sendfile` (the kernel copies:
    the bytes never enter the parent's heap). Sent whole, the results in flight (2 x workers
    chunks of ~3 MB, and the pickled copy of each) were most of the Python part of the rebuild's
    plateau (issue 16, memory flat in the archive's size; docs/decisions/speed-s15.md)."""

    __slots__ = ("path", "lengths")

    def __init__(self, path: str, lengths: tuple[int, ...]):
        self.path, self.lengths = path, lengths

    @classmethod
    def write(cls, folder: str, kb: bytes, csv_parts: dict) -> "_Spilled":
        parts = [kb] + [csv_parts[t] for t in TABLES]
        fd, path = tempfile.mkstemp(dir=folder, suffix=".chunk")
        try:
            with os.fdopen(fd, "wb") as fh:
                for part in parts:
                    fh.write(part)
        except BaseException:
            os.unlink(path)
            raise
        return cls(path, tuple(len(p) for p in parts))

    def copy_into(self, kb, csv_handles: dict) -> None:
        """Append the parts to kb and each table's CSV handle (buffered files: flushed first, so
        the copy lands after what they hold), then remove the file."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
            try:
                offset = 0
                for out, n in zip([kb] + [csv_handles[t] for t in TABLES], self.lengths):
                    if n:
                        out.flush()
                        _copy_range(fd, out.fileno(), offset, n)
                    offset += n
            finally:
                os.close(fd)
        finally:
            os.unlink(self.path)


def _copy_range(src: int, dst: int, offset: int, n: int) -> None:
    """Copy n bytes of file descriptor `src` from `offset` to `dst` at its position."""
    end = offset + n
    while offset < end:
        try:
            sent = os.sendfile(dst, src, offset, end - offset)
        except (AttributeError, OSError):  # no sendfile between these files here: read and write
            sent = os.write(dst, os.pread(src, min(end - offset, 1 << 20), offset))
        if sent <= 0:
            raise OSError(f"could not copy {end - offset} bytes into the collection")
        offset += sent


def _rebuild_parallel(out_dir: Path, names: list[str], keep, parquet: bool, workers: int, chunk: int,
                      fragments=None) -> dict:
    import multiprocessing as mp
    from collections import deque

    stats = {"documents": 0, "items": {f: 0 for f in FIELDS}, "pruned": 0}
    tables_dir = out_dir / "tables"
    tables_dir.mkdir(parents=True, exist_ok=True)
    chunks = (names[i:i + chunk] for i in range(0, len(names), chunk))
    spill = tempfile.mkdtemp(prefix=".chunks-", dir=tables_dir)  # (the helpers' kb and CSV bytes: `_Spilled`)
    _CHUNK_JOB.update(keep=keep, parquet=parquet, fragments=fragments or {}, rec_dir=out_dir / "records", spill=spill)
    if parquet:  # imported here first: the helpers inherit it and import nothing themselves
        try:
            import pyarrow  # noqa: F401
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            pass
    import gc

    gc.freeze()  # the helpers' collector leaves the inherited objects alone: fewer pages copied
    try:
        pool = mp.get_context("fork").Pool(workers)  # forked before this function opens any file or Parquet writer
    except BaseException:
        gc.unfreeze()
        _CHUNK_JOB.clear()
        shutil.rmtree(spill, ignore_errors=True)
        raise
    files: list[AtomicFile] = []
    pq_tables: dict = {}
    ok = False
    try:
        kb, csv_handles, pq_tables = _open_collection(out_dir, tables_dir, parquet, files)
        pending: deque = deque()
        todo = iter(chunks)
        for c in todo:  # a window of chunks in flight: memory stays flat
            pending.append(pool.apply_async(_collection_chunk, (c,)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            kb_text, csv_text, pq_rows, counts, documents, pruned = pending.popleft().get()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.apply_async(_collection_chunk, (nxt,)))
            if type(kb_text) is _Spilled:
                kb_text.copy_into(kb, csv_handles)
            else:
                kb.write(kb_text)
                for t in TABLES:
                    csv_handles[t].write(csv_text[t])
            for t in TABLES:
                pq = pq_tables.get(t)
                if pq is not None and pq_rows is not None and t in pq_rows:
                    pq.add_table(pq_rows[t])
                if t != "documents":
                    stats["items"][t] += counts[t]
            stats["documents"] += documents
            stats["pruned"] += pruned
        ok = True
    finally:
        pool.terminate()
        pool.join()
        gc.unfreeze()
        _CHUNK_JOB.clear()
        shutil.rmtree(spill, ignore_errors=True)
        _close_collection(files, pq_tables, ok)
    return stats


def write_collection(records: list[dict], out_dir: Path) -> None:
    """kb.jsonl and tables from the records given (sorted by doc_id), without records/."""
    out_dir = Path(out_dir)
    records = sorted(records, key=lambda r: r["doc_id"])
    write_atomic(out_dir / "kb.jsonl", "".join(dumps_line(r) + "\n" for r in records))
    for table in TABLES:
        write_atomic(out_dir / "tables" / f"{table}.csv", "\ufeff" + to_csv(records, table))
