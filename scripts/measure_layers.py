"""What each organ-recognition layer adds: departments / named-departments / responsibility F1.

Combinations: gazetteer; gazetteer+patterns; gazetteer+patterns+ner; ner alone (model spans
without the rules' veto). Sets:
  gold      the 5 corpus notices against gold/ (training data of the rules, also of the model)
  heldout   tests/notices/departments-*.txt against their .json (region/level from the .json)
  dev       dev/corpus against dev/gold (pipeline.score)
  dev2      dev/heldout/corpus against dev/heldout/gold (4 public notices; blind once, then used for rules)
Then NER throughput (characters/s) and the cost of loading spaCy and the model.

    python scripts/measure_layers.py [--sets gold heldout dev] [--no-gate]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.clean import normalize_string  # noqa: E402
from pipeline.extract import departments as dep  # noqa: E402
from pipeline.extract.context import make_context  # noqa: E402
from pipeline.extract.metadata import extract_metadata  # noqa: E402
from pipeline.extract.responsibilities import extract_responsibilities  # noqa: E402
from pipeline.extract.tasks import extract_tasks  # noqa: E402
from pipeline.nlp import ner  # noqa: E402
from pipeline.document import process_file  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

# The settings the sets below run with (one measurement at a time).
SETTINGS = [Settings()]
from pipeline.score import PRF, score_document  # noqa: E402

COMBOS = {
    "gazetteer": ("gazetteer",),
    "gazetteer+patterns": ("gazetteer", "patterns"),
    "gazetteer+patterns+ner": ("gazetteer", "patterns", "ner"),
    "ner alone": ("ner",),
}
FIELDS = ("departments", "departments.named", "responsibilities")


def score_records(pairs) -> dict[str, PRF]:
    totals = {f: PRF() for f in FIELDS}
    for pred, gold in pairs:
        doc = score_document(pred, gold)
        for f in FIELDS:
            totals[f] += doc[f]
    return totals


def corpus_set(corpus: Path, gold_dir: Path) -> dict[str, PRF]:
    pairs = []
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        if "doc_id" not in gold:
            continue
        record = process_file(corpus / f"{gold['doc_id']}.txt", doc_id=gold["doc_id"], settings=SETTINGS[0])
        pairs.append((record.model_dump(mode="json"), gold))
    return score_records(pairs)


def heldout_set() -> dict[str, PRF]:
    """Scored like tests/test_extract_departments.py: region and level given by the .json."""
    pairs = []
    for path in sorted((ROOT / "tests" / "notices").glob("departments-*.txt")):
        exp = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        doc = normalize_string(path.read_text(encoding="utf-8"))
        ctx = make_context(doc, SETTINGS[0])
        ctx.metadata = extract_metadata(doc, ctx)
        ctx.metadata.region, ctx.metadata.admin_level = exp["region"], exp["admin_level"]
        ctx.tasks = extract_tasks(doc, ctx)
        resp = ctx.responsibilities = extract_responsibilities(doc, ctx)
        ctx.departments = dep.extract_departments(doc, ctx)
        pred = {"departments": [{"name": d.name} for d in ctx.departments],
                "responsibilities": [{"task": r.task, "department": r.department, "role": r.role} for r in resp]}
        gold = {"departments": [{"name": n} for n in exp["departments"]],
                "responsibilities": [{"task": t, "department": d, "role": r} for t, d, r in exp["responsibilities"]]}
        pairs.append((pred, gold))
    return score_records(pairs)


SETS = {
    "gold": lambda: corpus_set(ROOT / "corpus", ROOT / "gold"),
    "heldout": heldout_set,
    "dev": lambda: corpus_set(ROOT / "dev" / "corpus", ROOT / "dev" / "gold"),
    "dev2": lambda: corpus_set(ROOT / "dev" / "heldout" / "corpus", ROOT / "dev" / "heldout" / "gold"),
}


def run(layers: tuple[str, ...], set_name: str) -> dict[str, PRF]:
    SETTINGS[0] = Settings(organ_layers=layers)
    ner.RULES_WIN = layers != ("ner",)
    try:
        return SETS[set_name]()
    finally:
        SETTINGS[0] = Settings()
        ner.RULES_WIN = True


COLD_LOAD = """
import time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
spacy.load({path!r})
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def throughput() -> None:
    """Cold cost in a fresh process (import spacy, load the model), then NER vs rules speed."""
    out = subprocess.run([sys.executable, "-c", COLD_LOAD.format(path=str(ner.MODEL_DIR))],
                         capture_output=True, text=True, check=True).stdout.split()
    import_s, load_s = float(out[0]), float(out[1])
    ner.load_model()
    texts = [normalize_string(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "corpus").glob("*.txt"))]
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        ner.ner_spans(t)
    t1 = time.perf_counter()
    for t in texts:
        dep.find_mentions(t, layers=("gazetteer", "patterns"))
    t2 = time.perf_counter()
    size = sum(f.stat().st_size for f in ner.MODEL_DIR.rglob("*") if f.is_file())
    print(f"\nmodel {ner.MODEL_DIR.relative_to(ROOT)}: {size / 1e6:.2f} MB on disk")
    print(f"fresh process: import spacy {import_s:.2f}s, spacy.load(model) {load_s:.2f}s (once per process)")
    print(f"NER over {len(texts)} corpus notices ({chars} chars): {t1 - t0:.2f}s = {chars / (t1 - t0):,.0f} chars/s")
    print(f"rule layers over the same text: {t2 - t1:.3f}s = {chars / (t2 - t1):,.0f} chars/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--no-gate", action="store_true", help="keep NER spans without an organ head")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    ner.GATE = not args.no_gate
    if not ner.model_available():
        print("no model in pipeline/data/ner/: run scripts/train_ner.py (NER rows would be empty)")
    print(f"NER gate {'on' if ner.GATE else 'off'}; F1 (P/R) per set and layer combination")
    for set_name in args.sets:
        print(f"\n[{set_name}]")
        print(f"{'layers':26s}" + "".join(f"{f:>26s}" for f in FIELDS))
        for label, layers in COMBOS.items():
            res = run(layers, set_name)
            cells = "".join(f"{r.f1:8.3f} ({r.precision:.3f}/{r.recall:.3f})".rjust(26) for r in res.values())
            print(f"{label:26s}{cells}", flush=True)
    if not args.no_speed and ner.model_available():
        throughput()


if __name__ == "__main__":
    main()
