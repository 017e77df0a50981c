"""Write dev/country/AGREEMENT.md: agreement per field between the two independent labellers of
every labelled batch of the country dev set (labeller A read as gold, B as prediction, the same
scorer as `policykb score`), before adjudication. `--root dev/authored` does the same for the
authored batches (labels/<pair>/A and B) and writes dev/authored/AGREEMENT.md.

    python scripts/dev_agreement.py [--root dev/authored]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.score import score_dirs  # noqa: E402

DEV = Path(__file__).resolve().parent.parent / "dev" / "country"
PRF_FIELDS = ("tasks", "departments", "departments.named", "responsibilities", "responsibilities.pairs", "targets",
              "targets.strict", "years", "citations.title", "citations.doc_number")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=DEV, help="a set with labels/<batch>/A and B (default dev/country)")
    root = ap.parse_args().root.resolve()
    batches = sorted(p.name for p in (root / "labels").iterdir() if (p / "A").is_dir() and (p / "B").is_dir())
    results = {b: score_dirs(root / "labels" / b / "A", root / "labels" / b / "B") for b in batches}
    what = "the country dev set" if root == DEV.resolve() else f"`{root.name}`"
    lines = [f"# Inter-annotator agreement on {what} (before adjudication)", "",
             f"Every labelled notice of `{root.relative_to(DEV.parent.parent)}/` was labelled by two independent labellers (helper",
             "sessions that saw only the spec 1.1, the annotation guide and the text, never each other's",
             "files nor any extractor output; `LABELLING.md` is their brief). Agreement is computed with the",
             "project's scorer, labeller A read as gold and B as prediction:", "",
             "```", "python scripts/dev_agreement.py" + ("" if root == DEV.resolve() else f" --root {root.relative_to(DEV.parent.parent)}") + "   # writes this file", "```", "",
             "F1 between labellers per field and batch (support = A's items):", "",
             "| field | " + " | ".join(batches) + " |", "|---|" + "---:|" * len(batches)]
    for f in PRF_FIELDS:
        cells = [f"{results[b]['micro'][f]['f']:.3f} ({results[b]['micro'][f]['support']})" for b in batches]
        lines.append(f"| {f} | " + " | ".join(cells) + " |")
    lines += ["", "Metadata and target attributes (accuracy between labellers):", "",
              "| key | " + " | ".join(batches) + " |", "|---|" + "---:|" * len(batches)]
    keys = [k for k, v in results[batches[0]]["micro"].items() if "acc" in v]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(f"{results[b]['micro'][k]['acc']:.3f}" for b in batches) + " |")
    if root == DEV.resolve():
        lines += ["", "Adjudication: a third helper per batch read both labellings, the text and the spec and",
                  "decided every disagreement; the decisions are in `gold/<batch>/ADJUDICATION.md`, the",
                  "adjudicated files in `gold/<batch>/`. Rules the labellers raised that the spec leaves open",
                  "were written into `docs/annotation-guide.md` (M1c, M10, TG6c, TG6d).", ""]
    else:
        lines += ["", "Adjudication: a third helper per pair read both labellings, the text and the spec and decided",
                  "every disagreement; the decisions are in `gold/ADJUDICATION-<pair>.md`, the adjudicated files in",
                  "`gold/`.", ""]
    (root / "AGREEMENT.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
