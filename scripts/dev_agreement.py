"""Write dev/country/AGREEMENT.md: agreement per field between the two independent labellers of
every labelled batch of the country dev set (labeller A read as gold, B as prediction, the same
scorer as `policykb score`), before adjudication.

    python scripts/dev_agreement.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.score import score_dirs  # noqa: E402

DEV = Path(__file__).resolve().parent.parent / "dev" / "country"
PRF_FIELDS = ("tasks", "departments", "departments.named", "responsibilities", "responsibilities.pairs", "targets",
              "targets.strict", "years", "citations.title", "citations.doc_number")


def main() -> int:
    batches = sorted(p.name for p in (DEV / "labels").iterdir() if (p / "A").is_dir() and (p / "B").is_dir())
    results = {b: score_dirs(DEV / "labels" / b / "A", DEV / "labels" / b / "B") for b in batches}
    lines = ["# Inter-annotator agreement on the country dev set (before adjudication)", "",
             "Every labelled notice of `dev/country/` was labelled by two independent labellers (helper",
             "sessions that saw only the spec 1.1, the annotation guide and the text, never each other's",
             "files nor any extractor output; `LABELLING.md` is their brief). Agreement is computed with the",
             "project's scorer, labeller A read as gold and B as prediction:", "",
             "```", "python scripts/dev_agreement.py   # writes this file", "```", "",
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
    lines += ["", "Adjudication: a third helper per batch read both labellings, the text and the spec and",
              "decided every disagreement; the decisions are in `gold/<batch>/ADJUDICATION.md`, the",
              "adjudicated files in `gold/<batch>/`. Rules the labellers raised that the spec leaves open",
              "were written into `docs/annotation-guide.md` (M1c, M10, TG6c, TG6d).", ""]
    (DEV / "AGREEMENT.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
