"""policykb command line: run, score, schema; db, query, compare, citations, report, labelstudio. The CLI only parses arguments and calls the library."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

RUN_EPILOG = """examples:
  policykb run corpus/                      # every notice below corpus/ -> outputs/
  policykb run a.pdf b.txt --out kb/        # named files -> kb/
  policykb run archive/ --workers 2 --resume
  policykb run archive/ --executor dask --scheduler tcp://scheduler-host:8786   # on a Dask cluster
  policykb run archive/ --prune --time-limit 60   # the KB mirrors archive/; 60 s per document
writes: DIR/records/<doc_id>.json, DIR/kb.jsonl, DIR/tables/*.csv and *.parquet (rebuilt from every
record in DIR/records, so a second batch adds to the knowledge base), DIR/errors.jsonl (code, message,
path of each failure of this run), DIR/run.json (this run's settings and summary).
exit status: 0 done; 1 --strict and a document failed; 2 unusable inputs or options; 130 interrupted."""

SCORE_EPILOG = """examples:
  policykb score --gold gold --pred outputs/records
  policykb score --gold gold --pred outputs/records --json outputs/score.json --markdown
  policykb score --gold dev/country/gold/b1 dev/country/gold/b2 --pred out/records --by level --by era"""

SCHEMA_EPILOG = """examples:
  policykb schema > record.schema.json
  policykb schema --markdown > docs/fields.md"""


def _non_negative(kind, zero: str = "no limit", what: str = "a number"):
    """An argparse type: `kind(value)` that is 0 (meaning `zero`) or more, else a clear message."""
    def parse(value: str):
        try:
            n = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {what}: {value!r}") from None
        if n < 0:
            raise argparse.ArgumentTypeError(f"must be 0 ({zero}) or more, got {value}")
        return n
    return parse


_workers = _non_negative(int, zero="one per CPU", what="a whole number")


def build_parser() -> argparse.ArgumentParser:
    from ._version import __version__
    from .ingest import READERS

    parser = argparse.ArgumentParser(
        prog="policykb",
        description="Turn Chinese government policy notices into a structured knowledge base.",
    )
    parser.add_argument("--version", action="version", version=f"policykb {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="extract records from notices (files and/or folders)",
                         description="Ingest, clean and extract every notice named (folders are searched "
                                     f"for {' '.join(sorted(READERS))} files) and write the knowledge base.",
                         epilog=RUN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder")
    run.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("--workers", type=_workers, default=0, metavar="N",
                     help="worker processes (default 0 = one per CPU core)")
    run.add_argument("--executor", choices=("local", "dask"), default="local",
                     help="local: worker processes on this machine (default); dask: Dask distributed "
                          "(pip install 'policykb[dask]')")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --executor dask: the scheduler (tcp://host:8786); without it a LocalCluster "
                          "of --workers processes is started")
    run.add_argument("--resume", action="store_true",
                     help="skip documents whose record exists for the same input bytes and version")
    run.add_argument("--strict", action="store_true", help="exit with status 1 if any document failed")
    run.add_argument("--quiet", action="store_true",
                     help="no progress bar, skipped files or summary line (failures are still printed)")
    run.add_argument("--prune", action="store_true",
                     help="remove records whose source is not among this run's inputs")
    run.add_argument("--follow-symlinks", action="store_true",
                     help="follow symbolic links found inside input folders (default: skipped)")
    run.add_argument("--time-limit", type=_non_negative(float), metavar="SECONDS",
                     help="wall-clock limit per document (default 300; 0 = none)")
    run.add_argument("--memory-limit", type=_non_negative(int), metavar="MIB",
                     help="memory limit per document in MiB (default 3072; 0 = none)")

    score = sub.add_parser("score", help="score records against hand-labelled gold (per-field P/R/F1)",
                           description="Compare a gold folder with a records folder, field by field, as "
                                       "EXTRACTION_SPEC section 10 says; micro averages over documents.",
                           epilog=SCORE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    score.add_argument("--gold", required=True, metavar="DIR", nargs="+",
                       help="gold folder(s) (one JSON per doc); several are scored as one set")
    score.add_argument("--pred", required=True, metavar="DIR", help="records folder (one JSON per doc)")
    score.add_argument("--json", metavar="FILE", help="also write the full result as JSON")
    score.add_argument("--markdown", action="store_true", help="print the micro table as Markdown")
    score.add_argument("--no-per-doc", action="store_true", help="omit the per-document rows")
    score.add_argument("--by", action="append", default=[], metavar="COLUMN",
                       help="also report per document style: a column of the style table (level, era, source, "
                            "script, form…); repeatable")
    score.add_argument("--styles", metavar="TSV",
                       help="style table (first column the doc id); default: styles.tsv in or above the gold folder")

    schema = sub.add_parser("schema", help="print the record's JSON Schema",
                            description="Print the JSON Schema every record (and kb.jsonl line) follows.",
                            epilog=SCHEMA_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    schema.add_argument("--markdown", action="store_true", help="the field reference (docs/fields.md) instead")
    add_kb_commands(sub)
    return parser


KB_EPILOG = """every command reads the folder a `policykb run` wrote (--out DIR, default outputs/)."""


def add_kb_commands(sub) -> None:
    def out_arg(p):
        p.add_argument("--out", default="outputs", metavar="DIR", help="folder written by `policykb run` (default: outputs/)")

    fmt = argparse.RawDescriptionHelpFormatter
    db = sub.add_parser("db", help="build DIR/kb.duckdb and DIR/parquet/*.parquet from the records",
                        description="Build an embedded DuckDB database with the tables documents, tasks, departments, "
                                    "responsibilities, targets, years, citations (joined by doc_id) plus the "
                                    "comparison columns, the v_* views (twins left out, region joined), and Parquet exports.",
                        epilog="examples:\n  policykb db\n  policykb db --out /tmp/dev-out --no-parquet", formatter_class=fmt)
    out_arg(db)
    db.add_argument("--no-parquet", action="store_true", help="skip the Parquet exports")

    q = sub.add_parser("query", help="run SQL on DIR/kb.duckdb (built when missing)",
                       description="Run one SQL statement on the knowledge base and print the result.",
                       epilog="examples:\n  policykb query \"SELECT region, indicator_key, value, unit FROM v_targets "
                              "WHERE 2025 BETWEEN year_from AND year_to\"\n  policykb query \"SELECT * FROM documents\" --format csv",
                       formatter_class=fmt)
    q.add_argument("sql", metavar="SQL")
    out_arg(q)
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")

    c = sub.add_parser("compare", help="targets side by side by indicator key, or the responsibility matrix",
                       description="Targets of every document grouped by indicator_key (region, level, years, value, "
                                   "unit, comparator, per_year); with --matrix, tasks led / co-led / responsible per "
                                   "sector and document.",
                       epilog="examples:\n  policykb compare --year 2025\n  policykb compare --region 广东,广西 --shared\n"
                              "  policykb compare --matrix --region 广东,广西 --csv matrix.csv", formatter_class=fmt)
    out_arg(c)
    c.add_argument("--year", type=int, help="targets whose years (or the document's period) include YEAR")
    c.add_argument("--region", help="substring of the region; several separated by commas (广东,广西)")
    c.add_argument("--indicator", help="substring of the indicator key or of the indicator as written")
    c.add_argument("--shared", action="store_true", help="only indicator keys found in two documents or more")
    c.add_argument("--matrix", action="store_true", help="responsibility matrix: sector × documents")
    c.add_argument("--csv", metavar="FILE", help="also write the result as CSV")

    ct = sub.add_parser("citations", help="citation graph: edge table (CSV) and GraphML",
                        description="Which notices cite which documents, by 文号 and title, resolved to records of the "
                                    "knowledge base where they exist. Writes DIR/citations/edges.csv and citations.graphml.",
                        formatter_class=fmt)
    out_arg(ct)

    r = sub.add_parser("report", help="HTML review report: a page per document and an index",
                       description="Write DIR/report/index.html and one self-contained page per document: the clean "
                                   "text with extractions highlighted by field, responsibilities next to their task, "
                                   "metadata with evidence, page numbers, unaligned items and quality flags.",
                       formatter_class=fmt)
    out_arg(r)
    r.add_argument("--gold", metavar="DIR", help="gold folder: adds per-document scores to the index")

    ls = sub.add_parser("labelstudio", help="export records to / import annotations from Label Studio",
                        description="export: records -> Label Studio tasks JSON (spans per field, responsibility "
                                    "relations). import: a Label Studio JSON export -> gold files `policykb score` reads.",
                        epilog="examples:\n  policykb labelstudio export --file tasks.json\n"
                               "  policykb labelstudio import export.json --gold-dir gold/new", formatter_class=fmt)
    ls.add_argument("action", choices=("export", "import", "config"))
    ls.add_argument("input", nargs="?", metavar="FILE", help="import: the Label Studio JSON export")
    out_arg(ls)
    ls.add_argument("--file", metavar="FILE", help="export: tasks file (default DIR/labelstudio/tasks.json)")
    ls.add_argument("--gold-dir", metavar="DIR", help="import: folder for the gold files (default DIR/labelstudio/gold)")


def _print_df(df, fmt: str = "table", max_width: int = 40) -> None:
    from .kb.textable import format_df

    if fmt == "csv":
        sys.stdout.write(df.to_csv(index=False))
    elif fmt == "json":
        sys.stdout.write(df.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        print(format_df(df, max_width=max_width))
        print(f"({len(df)} rows)")


def _kb_guard(fn):
    def wrapped(args):
        try:
            return fn(args)
        except FileNotFoundError as exc:
            print(f"policykb {args.command}: {exc}", file=sys.stderr)
            return 2
    return wrapped


@_kb_guard
def cmd_db(args: argparse.Namespace) -> int:
    from .kb.db import build_db

    path = build_db(args.out, parquet=not args.no_parquet)
    print(f"wrote {path}" + ("" if args.no_parquet else f" and {Path(args.out) / 'parquet'}/*.parquet"))
    return 0


@_kb_guard
def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from .kb.db import query

    try:
        df = query(args.out, args.sql)
    except duckdb.Error as exc:
        print(f"policykb query: {exc}", file=sys.stderr)
        return 2
    _print_df(df, args.format)
    return 0


@_kb_guard
def cmd_compare(args: argparse.Namespace) -> int:
    from .kb.compare import compare_targets, responsibility_matrix

    if args.matrix:
        df = responsibility_matrix(args.out, region=args.region)
        if args.csv:
            responsibility_matrix(args.out, region=args.region, long=True).to_csv(args.csv, index=False)
        print("cells: tasks led/co-led/responsible")
        _print_df(df, max_width=30)
    else:
        df = compare_targets(args.out, year=args.year, region=args.region, indicator=args.indicator, shared=args.shared)
        if args.csv:
            df.to_csv(args.csv, index=False)
        cols = ["indicator_key", "region", "admin_level", "comparator", "value", "unit", "per_year", "year_from",
                "year_to", "indicator", "doc_id"]
        _print_df(df[cols], max_width=32)
    if args.csv:
        print(f"wrote {args.csv}", file=sys.stderr)
    return 0


@_kb_guard
def cmd_citations(args: argparse.Namespace) -> int:
    from .kb.graph import write_graph

    csv_path, gml = write_graph(args.out)
    print(f"wrote {csv_path} and {gml}")
    return 0


@_kb_guard
def cmd_report(args: argparse.Namespace) -> int:
    from .kb.report import write_report

    index = write_report(args.out, gold=args.gold)
    print(f"wrote {index}")
    return 0


@_kb_guard
def cmd_labelstudio(args: argparse.Namespace) -> int:
    from .kb import labelstudio

    out = Path(args.out)
    if args.action == "config":
        print(labelstudio.label_config())
        return 0
    if args.action == "export":
        path = Path(args.file) if args.file else out / "labelstudio" / "tasks.json"
        n = labelstudio.export_tasks(out, path)
        print(f"wrote {n} tasks to {path} (labelling config: `policykb labelstudio config`)")
        return 0
    if not args.input:
        print("policykb labelstudio import: give the Label Studio export file", file=sys.stderr)
        return 2
    gold_dir = Path(args.gold_dir) if args.gold_dir else out / "labelstudio" / "gold"
    written = labelstudio.import_annotations(Path(args.input), gold_dir)
    print(f"wrote {len(written)} gold files to {gold_dir}")
    return 0


def use_system_allocator() -> None:
    """Arrow's buffers from the system allocator (not mimalloc) in this process and the processes
    it starts, unless ARROW_DEFAULT_MEMORY_POOL already names one: the rebuild of the collection at
    the end of a run writes its Parquet row groups with a peak 7-12 MiB lower (mimalloc keeps the
    pages the writing frees; docs/decisions/speed-s14.md, speed-s15.md). Process-wide, so chosen
    here at the command's entry point, not in a library function. The files are the same bytes."""
    import os

    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    os.environ["ARROW_DEFAULT_MEMORY_POOL"] = "system"  # read when pyarrow is imported (here and in workers)
    pa = sys.modules.get("pyarrow")
    if pa is not None:  # (already imported: its default pool is chosen, so set it)
        pa.set_memory_pool(pa.system_memory_pool())


def cmd_run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .errors import InputError, RunLockedError
    from .runner import RunSettings, run
    from .settings import DEFAULT

    from .runner import default_workers

    workers = args.workers if args.workers > 0 else default_workers()
    if args.scheduler and args.executor != "dask":
        print("policykb run: --scheduler is for --executor dask", file=sys.stderr)
        return 2
    document = DEFAULT
    if args.time_limit is not None:
        document = replace(document, time_limit=args.time_limit)
    if args.memory_limit is not None:
        document = replace(document, memory_limit_mib=args.memory_limit)
    settings = RunSettings(out=Path(args.out), workers=workers, resume=args.resume, strict=args.strict,
                           progress=not args.quiet, prune=args.prune, follow_symlinks=args.follow_symlinks,
                           document=document, executor=args.executor, scheduler=args.scheduler)

    def on_error(entry: dict) -> None:  # printed as they happen, --quiet or not
        print(f"policykb: {entry['code']} {entry['path']}: {entry['message']}", file=sys.stderr)

    use_system_allocator()
    try:
        summary = run(args.inputs, settings, on_error=on_error)
    except (InputError, RunLockedError) as exc:
        print(f"policykb run: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        again = " ".join(_quote(a) for a in ["policykb", "run", *args.inputs, "--out", args.out]) + " --resume"
        print(f"\npolicykb: interrupted. {args.out} is a consistent knowledge base of the records done so far "
              f"(see {Path(args.out) / 'run.json'}); to continue: {again}", file=sys.stderr)
        return 130
    if not args.quiet:
        for s in summary.skipped_files:
            print(f"policykb: skipped {s['path']}: {s['reason']}", file=sys.stderr)
        print(summary.line(), file=sys.stderr)
    if summary.failures:
        print(f"policykb: {summary.failures} document(s) failed; see {Path(args.out) / 'errors.jsonl'}", file=sys.stderr)
    return 1 if args.strict and summary.failures else 0


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def cmd_score(args: argparse.Namespace) -> int:
    from .score import find_styles, format_by, format_markdown, format_report, load_styles, score_dirs

    gold_dirs = [Path(g) for g in args.gold]
    styles = {}
    if args.by:
        table = Path(args.styles) if args.styles else find_styles(gold_dirs)
        if table is None or not table.is_file():
            print("policykb score: --by needs a style table: pass --styles FILE.tsv", file=sys.stderr)
            return 2
        styles = load_styles(table)
    try:
        result = score_dirs(gold_dirs, Path(args.pred), by=args.by, styles=styles)
    except (FileNotFoundError, KeyError) as exc:
        print(f"policykb score: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    print(format_markdown(result) if args.markdown else format_report(result, per_doc=not args.no_per_doc))
    if args.by:
        print()
        print(format_by(result, markdown=args.markdown))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .record import record_json_schema

    if args.markdown:
        from .fieldsdoc import fields_markdown

        sys.stdout.write(fields_markdown())
        return 0
    print(json.dumps(record_json_schema(), ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return {"run": cmd_run, "score": cmd_score, "schema": cmd_schema, "db": cmd_db, "query": cmd_query,
            "compare": cmd_compare, "citations": cmd_citations, "report": cmd_report,
            "labelstudio": cmd_labelstudio}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
