"""Check hand-labelled files against their source texts (spec 1.1 layout, grounding, consistency).

    python scripts/check_labels.py LABEL.json [LABEL.json ...] --text-dir dev/country/raw

Each label file `<doc_id>.json` is checked against `<text-dir>/<doc_id>.txt`. Prints one line
per problem and exits 1 when there is any. Uses only the gold model (`pipeline/gold.py`), never
the extractor, so a labeller can run it without seeing any prediction.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.gold import problems  # noqa: E402
from pipeline.nlp.simplify import simplified_view  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("--text-dir", type=Path, required=True)
    args = ap.parse_args()
    bad = 0
    for path in args.labels:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"{path}: cannot read: {exc}")
            bad += 1
            continue
        source = args.text_dir / f"{data.get('doc_id', path.stem)}.txt"
        if data.get("doc_id") != path.stem:
            print(f"{path}: doc_id {data.get('doc_id')!r} is not the file name")
            bad += 1
        if not source.exists():
            print(f"{path}: no source text {source}")
            bad += 1
            continue
        text = source.read_text(encoding="utf-8")
        # A Traditional copy: titles, headings and 文号 are Simplified per the spec, so they are looked up in
        # the text's Simplified view (quotes still in the text as written).
        found = problems(data, text, simplified_source=simplified_view(text))
        for line in found:
            print(f"{path.name}: {line}")
        bad += bool(found)
        if not found:
            print(f"{path.name}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
