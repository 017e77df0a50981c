"""Session 21, issue 12 (the statistical layer earns its place or leaves): the NER training data
names every openable gold set and no closed one, training is seeded, the model stays small and
opt-in, and measure_layers.py --show lists what the layer changes. See docs/decisions/ner-s21.md."""
import importlib.util
import json
import random
import sys
from pathlib import Path

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "ner"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _sources(name: str) -> set[str]:
    with open(DATA / name, encoding="utf-8") as f:
        return {json.loads(line)["source"] for line in f}


# closed authored ids (session 26): A6, A7 (validation), A19 (blind), A21 (not yet in the repo)
CLOSED_AUTHORED = {f"a{n}" for n in list(range(61, 85)) + list(range(217, 229)) + list(range(241, 253))}


def test_gold_sets_are_the_opened_ones_named_one_by_one():
    bd = _load("ner_build_data_s21", DATA / "build_data.py")
    dirs = {g for g, _, _ in bd.GOLD_SETS}
    country = bd.COUNTRY / "gold"
    assert {country / b for b in ("b2", "b3", "b4", "b5", "b7", "b8", "b9", "b10")} <= dirs
    for closed in (country / "b1", country / "b6", Path("/work/s20auth"), Path("/work/s21auth"),
                   Path("/work/s24auth"), ROOT / "dev" / "authored" / "labels"):
        assert closed in bd.EXCLUDED
        assert not any(g == closed or closed in g.parents for g in dirs)
    # the authored folder holds closed batches too: it is read by id, never whole
    authored = [ids for g, _, ids in bd.GOLD_SETS if g == ROOT / "dev" / "authored" / "gold"]
    assert authored and all(authored)
    assert CLOSED_AUTHORED <= bd.BLIND_IDS
    assert not set(authored[0]) & CLOSED_AUTHORED
    assert len(bd.BLIND_IDS) == 21 + len(CLOSED_AUTHORED)


def test_training_files_hold_no_closed_notice():
    bd = _load("ner_build_data_s21b", DATA / "build_data.py")
    gold = _sources("gold.jsonl")
    assert not gold & (bd.BLIND_IDS | CLOSED_AUTHORED)
    assert {"d020", "d002", "a01", "a97", "a108", "a109", "a216", "a229", "a240"} <= gold  # b9, b3, A1, A9-A18, A20
    silver = _sources("dev_silver.jsonl") if (DATA / "dev_silver.jsonl").stat().st_size else set()
    assert not silver & (bd.BLIND_IDS | gold)  # a notice with gold is never also rule-labelled silver


def test_training_sentences_and_swaps_are_seeded():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        tn = _load("train_ner_s21", ROOT / "scripts" / "train_ner.py")
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    rows = [{"text": "由县农机安全监理站负责检查。其他单位配合。", "spans": [[1, 9, "ORG"]], "source": "x",
             "file": "gold.jsonl"},
            {"text": "各乡镇人民政府按要求落实。", "spans": [], "source": "y", "file": "notices.jsonl"}]

    def once():
        rng = random.Random(tn.SEED)
        return tn.augment(tn.training_rows(rows, rng), 3, rng)

    first = once()
    assert first == once()
    for r in first:
        for s, e, _ in r["spans"]:
            assert 0 <= s < e <= len(r["text"])


def test_model_is_small_and_the_layer_stays_opt_in():
    size = sum(f.stat().st_size for f in (ROOT / "pipeline" / "data" / "ner").rglob("*") if f.is_file())
    assert size < 5_000_000
    assert "ner" not in Settings().organ_layers


def test_measure_layers_show_lists_what_ner_adds_and_removes(capsys):
    ml = _load("measure_layers_s21", ROOT / "scripts" / "measure_layers.py")
    ml.GOLD_NAMES.clear()
    ml.GOLD_NAMES["n1"] = {"黔东南州林业局", "凯里市气象台"}
    names = {"gazetteer+patterns": {"n1": {"黔东南州林业局", "凯里市应急管理局"}},
             "gazetteer+patterns+ner": {"n1": {"黔东南州林业局", "凯里市气象台", "凯里市防汛办"}}}
    ml.print_changes(names)
    out = capsys.readouterr().out
    assert "n1\t+ right\t凯里市气象台" in out
    assert "n1\t+ wrong\t凯里市防汛办" in out
    assert "n1\t- wrong\t凯里市应急管理局" in out
    assert "+ right 1, + wrong 1, - right 0, - wrong 1" in out
