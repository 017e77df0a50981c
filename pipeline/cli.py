"""policykb command line: run, score, schema. The CLI only parses arguments and calls the library."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

RUN_EPILOG = """examples:
  policykb run corpus/                      # every notice below corpus/ -> outputs/
  policykb run a.pdf b.txt --out kb/        # named files -> kb/
  policykb run archive/ --workers 2 --resume
writes: DIR/records/<doc_id>.json, DIR/kb.jsonl, DIR/tables/*.csv, DIR/errors.jsonl, DIR/run.json"""

SCORE_EPILOG = """examples:
  policykb score --gold gold --pred outputs/records
  policykb score --gold gold --pred outputs/records --json outputs/score.json --markdown
  policykb score --gold dev/country/gold/b1 dev/country/gold/b2 --pred out/records --by level --by era"""

SCHEMA_EPILOG = """examples:
  policykb schema > record.schema.json"""


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="policykb",
        description="Turn Chinese government policy notices into a structured knowledge base.",
    )
    parser.add_argument("--version", action="version", version=f"policykb {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="extract records from notices (files and/or folders)",
                         description="Ingest, clean and extract every notice named (folders are searched "
                                     "for .txt .pdf .html .docx .ofd files) and write the knowledge base.",
                         epilog=RUN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder")
    run.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs/)")
    run.add_argument("--workers", type=int, default=1, metavar="N",
                     help="worker processes (default 1; 0 = one per CPU)")
    run.add_argument("--resume", action="store_true",
                     help="skip documents whose record exists for the same input bytes and version")
    run.add_argument("--strict", action="store_true", help="exit with status 1 if any document failed")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")

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

    sub.add_parser("schema", help="print the record's JSON Schema",
                   description="Print the JSON Schema every record (and kb.jsonl line) follows.",
                   epilog=SCHEMA_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import RunSettings, run

    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
    missing = [i for i in args.inputs if not Path(i).exists()]
    for m in missing:
        print(f"policykb: no such file or folder: {m}", file=sys.stderr)
    settings = RunSettings(out=Path(args.out), workers=workers, resume=args.resume, strict=args.strict,
                           progress=not args.quiet)
    summary = run(args.inputs, settings)
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
        if summary.failures:
            print(f"policykb: see {Path(args.out) / 'errors.jsonl'} for the failures", file=sys.stderr)
    return 1 if args.strict and (summary.failures or missing) else 0


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

    print(json.dumps(record_json_schema(), ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return {"run": cmd_run, "score": cmd_score, "schema": cmd_schema}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
