"""What each organ-recognition layer adds: departments / named-departments / responsibility F1.

Combinations: gazetteer; gazetteer+patterns; gazetteer+patterns+ner; ner alone (model spans
without the rules' veto). Sets:
  gold      the 5 corpus notices against gold/ (training data of the rules, also of the model)
  heldout   tests/notices/departments-*.txt against their .json (region/level from the .json; never
            read by the model's training)
  dev       dev/corpus against dev/gold (pipeline.score; training data of the model since issue 12)
  dev2      dev/heldout/corpus against dev/heldout/gold (4 public notices; blind once, then used for
            rules; training data of the model since issue 12)
  country   dev/country/raw against dev/country/gold/b2 + b4 (21 notices, central to township;
            training data of the model since issue 12, and b2/b4 were opened for rule fixes)
  --gold DIR [DIR...] --texts DIR
            any gold folders (*.json with doc_id) against the texts <doc_id>.* in DIR, e.g. the
            blind batches: only those two options are read, nothing else of dev/ is needed.
Like `policykb run` + `policykb score`: each text goes through process_file (region and level from
the record's own metadata) and pipeline.score compares the record with the gold file.
Then speed over the texts of the sets measured: NER vs rule layers (characters/s), and
text->record throughput (MiB of input per second, one core) with the rule layers and with NER.

    python scripts/measure_layers.py [--sets gold heldout dev dev2 country] [--model DIR] [--no-gate] [--no-speed]
    python scripts/measure_layers.py --gold dev/country/gold/b1 dev/country/gold/b3 --texts dev/country/raw
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
from pipeline.nlp.mentions import find_mentions  # noqa: E402
from pipeline.document import process_file  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

# The settings the sets below run with (one measurement at a time).
SETTINGS = [Settings()]
from pipeline.ingest import READERS  # noqa: E402
from pipeline.score import PRF, load_gold, score_document  # noqa: E402

COMBOS = {
    "gazetteer": ("gazetteer",),
    "gazetteer+patterns": ("gazetteer", "patterns"),
    "gazetteer+patterns+ner": ("gazetteer", "patterns", "ner"),
    "ner alone": ("ner",),
}
FIELDS = ("departments", "departments.named", "responsibilities")


# predicted department names per document of the run in progress (for the "absent" rows)
NAMES: dict[str, set[str]] = {}
GOLD_NAMES: dict[str, set[str]] = {}


def score_records(pairs) -> dict[str, PRF]:
    totals = {f: PRF() for f in FIELDS}
    NAMES.clear()
    for n, (pred, gold) in enumerate(pairs):
        key = str(gold.get("doc_id", n))
        NAMES[key] = {d["name"] for d in pred.get("departments", [])}
        GOLD_NAMES[key] = {d["name"] for d in gold.get("departments", [])}
        doc = score_document(pred, gold)
        for f in FIELDS:
            totals[f] += doc[f]
    return totals


# the texts each measured set read (for the speed figures)
TEXTS: dict[str, Path] = {}


def text_path(texts: Path, doc_id: str) -> Path:
    """texts/<doc_id>.txt, else the one readable file named <doc_id>.<suffix>."""
    path = texts / f"{doc_id}.txt"
    if path.exists():
        return path
    found = sorted(p for p in texts.glob(f"{doc_id}.*") if p.suffix.lower() in READERS)
    if not found:
        raise FileNotFoundError(f"no text for gold document {doc_id} in {texts}")
    return found[0]


def corpus_set(corpus: Path, gold_dirs: Path | list[Path]) -> dict[str, PRF]:
    """Every gold document (pipeline.score.load_gold) against process_file of its text."""
    pairs = []
    for doc_id, gold in sorted(load_gold(gold_dirs).items()):
        path = text_path(corpus, doc_id)
        TEXTS[str(path)] = path
        record = process_file(path, doc_id=doc_id, settings=SETTINGS[0])
        pairs.append((record.model_dump(mode="json"), gold))
    return score_records(pairs)


def heldout_set() -> dict[str, PRF]:
    """Scored like tests/test_extract_departments.py: region and level given by the .json."""
    pairs = []
    for path in sorted((ROOT / "tests" / "notices").glob("departments-*.txt")):
        TEXTS[str(path)] = path
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
    # the two opened batches of the country dev set only: b1, b3, b5 and b6 stay blind
    "country": lambda: corpus_set(ROOT / "dev" / "country" / "raw",
                                  [ROOT / "dev" / "country" / "gold" / b for b in ("b2", "b4")]),
}


def run(layers: tuple[str, ...], measure) -> dict[str, PRF]:
    SETTINGS[0] = Settings(organ_layers=layers)
    ner.RULES_WIN = layers != ("ner",)
    try:
        return measure()
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


def throughput(paths: list[Path]) -> None:
    """Cold cost in a fresh process (import spacy, load the model), then NER vs rules speed on the
    clean texts, then text->record (process_file) with the rule layers and with NER."""
    out = subprocess.run([sys.executable, "-c", COLD_LOAD.format(path=str(ner.MODEL_DIR))],
                         capture_output=True, text=True, check=True).stdout.split()
    import_s, load_s = float(out[0]), float(out[1])
    ner.load_model()
    texts = [process_file(p, settings=Settings()).text for p in paths]
    chars = sum(len(t) for t in texts)
    mib = sum(p.stat().st_size for p in paths) / 2**20
    ner._spans.cache_clear()
    t0 = time.perf_counter()
    for t in texts:
        ner.ner_spans(t)
    t1 = time.perf_counter()
    for t in texts:
        find_mentions(t, layers=("gazetteer", "patterns"))
    t2 = time.perf_counter()
    size = sum(f.stat().st_size for f in ner.MODEL_DIR.rglob("*") if f.is_file())
    print(f"\nmodel {ner.MODEL_DIR}: {size / 1e6:.2f} MB on disk")
    print(f"fresh process: import spacy {import_s:.2f}s, spacy.load(model) {load_s:.2f}s (once per process)")
    print(f"NER over {len(texts)} texts ({chars} chars, whole text): {t1 - t0:.2f}s = {chars / (t1 - t0):,.0f} chars/s")
    print(f"rule layers over the same text: {t2 - t1:.3f}s = {chars / (t2 - t1):,.0f} chars/s")
    for label, layers in (("rules", ("gazetteer", "patterns")), ("rules+ner", ("gazetteer", "patterns", "ner"))):
        settings = Settings(organ_layers=layers)
        ner._spans.cache_clear()
        t0 = time.perf_counter()
        for p in paths:
            process_file(p, settings=settings)
        dt = time.perf_counter() - t0
        print(f"text->record, {label:9s}: {dt:.2f}s for {mib:.2f} MiB = {mib / dt:.2f} MiB/s on one core")


def print_absent(names: dict[str, dict[str, set[str]]]) -> None:
    """Recall on the gold organs that no table row finds (the gazetteer layer misses them in that
    document): what the productive patterns and the NER layer each recover there."""
    gaz, rules, full = (names[k] for k in ("gazetteer", "gazetteer+patterns", "gazetteer+patterns+ner"))
    absent = {d: GOLD_NAMES.get(d, set()) - gaz.get(d, set()) for d in gaz}
    total = sum(len(a) for a in absent.values())
    if not total:
        return
    by_rules = sum(len(a & rules[d]) for d, a in absent.items())
    by_full = sum(len(a & full[d]) for d, a in absent.items())
    only_ner = sum(len(a & (full[d] - rules[d])) for d, a in absent.items())
    print(f"gold organs absent from every table (the gazetteer misses them): {total}; "
          f"found by rules {by_rules} ({by_rules / total:.3f}), by rules+NER {by_full} ({by_full / total:.3f}), "
          f"by NER only {only_ner}")


def print_changes(names: dict[str, dict[str, set[str]]]) -> None:
    """--show: per document, the department names rules+NER adds over the rules (+ right / + wrong
    against the gold names) and those it loses (- right / - wrong)."""
    rules, full = names["gazetteer+patterns"], names["gazetteer+patterns+ner"]
    counts = {"+ right": 0, "+ wrong": 0, "- right": 0, "- wrong": 0}
    for d in sorted(full):
        gold = GOLD_NAMES.get(d, set())
        for sign, got in (("+", full[d] - rules.get(d, set())), ("-", rules.get(d, set()) - full[d])):
            for name in sorted(got):
                kind = f"{sign} {'right' if name in gold else 'wrong'}"
                counts[kind] += 1
                print(f"  {d}\t{kind}\t{name}")
    print("NER changes to the department names: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", choices=list(SETS), help="named sets (default: all, or none with --gold)")
    ap.add_argument("--gold", nargs="+", type=Path, metavar="DIR", help="gold folders to measure (with --texts)")
    ap.add_argument("--texts", type=Path, metavar="DIR", help="folder holding <doc_id>.txt for --gold")
    ap.add_argument("--model", type=Path, metavar="DIR", help="a NER model other than pipeline/data/ner/")
    ap.add_argument("--no-gate", action="store_true", help="keep NER spans without an organ head")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--show", action="store_true", help="list the department names NER adds or removes")
    args = ap.parse_args()
    if args.model:
        ner.MODEL_DIR = args.model.resolve()
    if bool(args.gold) != bool(args.texts):
        ap.error("--gold and --texts go together")
    sets = args.sets if args.sets is not None else ([] if args.gold else list(SETS))
    runs = [(name, SETS[name]) for name in sets]
    if args.gold:
        label = " + ".join(str(d) for d in args.gold)
        runs.append((label, lambda: corpus_set(args.texts, list(args.gold))))
    ner.GATE = not args.no_gate
    if not ner.model_available():
        print("no model in pipeline/data/ner/: run scripts/train_ner.py (NER rows would be empty)")
    print(f"NER gate {'on' if ner.GATE else 'off'}; F1 (P/R) per set and layer combination")
    for set_name, measure in runs:
        print(f"\n[{set_name}]")
        print(f"{'layers':26s}" + "".join(f"{f:>26s}" for f in FIELDS))
        names = {}
        for label, layers in COMBOS.items():
            res = run(layers, measure)
            names[label] = dict(NAMES)
            cells = "".join(f"{r.f1:8.3f} ({r.precision:.3f}/{r.recall:.3f})".rjust(26) for r in res.values())
            print(f"{label:26s}{cells}", flush=True)
        print_absent(names)
        if args.show:
            print_changes(names)
    if not args.no_speed and ner.model_available():
        throughput(sorted(TEXTS.values()) or sorted((ROOT / "corpus").glob("*.txt")))


if __name__ == "__main__":
    main()
