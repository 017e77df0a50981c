"""Train the statistical organ NER (pipeline/data/ner/) from the labelled lines in training/ner/.

Data (rebuilt by training/ner/build_data.py; see docs/decisions/ner.md):
* training/ner/notices.jsonl: hand-labelled passages written for this (many provinces and levels);
* training/ner/gold.jsonl: every gold file we may learn from: the 5 corpus notices (gold/), dev/gold,
  dev/heldout/gold, the opened country batches b2-b5, b7-b10 and the open authored batches A1-A5,
  A8-A18, A20 (organ spans from the gold quotes; build_data.GOLD_SETS, authored ones by id);
* training/ner/silver.jsonl: public-corpus p02-p04, rule spans checked by hand;
* training/ner/dev_silver.jsonl: the unlabelled country dev notices, rule spans unchecked.
Never read: tests/notices/, the blind batches dev/country/gold/b1, b6 (nor their texts), the authored
A6, A7 (validation), A19, A21 (blind): build_data.BLIND_IDS.

Lines are cut into sentences; every sentence with an organ is kept, and a seeded share of the
others (NEGATIVE_SHARE: all of the written passages, a quarter of gold and checked silver, none
of the unchecked silver). Each sentence with organs is also copied (COPIES per file) with its
organ spans swapped for other organ names (a place or level marker + a stem from
training/ner/organ_stems.tsv or from another labelled line), and now and then for a non-organ
(a collective, a school, an enterprise), so the model learns the shape of a name and its context
rather than a list. Characters a row marks `missing` (organs the gold does not list outside the
body) carry no loss. Everything is seeded: the same files give the same model.

The model is spacy.blank("zh") (one token per character) + a transition-based NER over a
CNN on character embeddings: NORM (the character) and SHAPE (Han / digit / punctuation), a
window of 2 characters per layer and 4 layers, so each decision sees 8 characters on each side.

    python scripts/train_ner.py                          # writes pipeline/data/ner/ (about 3 min of CPU, 1 core)
    python scripts/train_ner.py --without p01 p06 p07 p10 --out /tmp/ner   # a model blind to dev2
    python scripts/train_ner.py --without a97 a98 … a108 d020 d025 … --out /tmp/ner   # blind to A9, b9 (ner-s21.md)
    python scripts/train_ner.py --without a205 … a216 a229 … a240 --out /tmp/ner   # blind to A18, A20 (ner-s26.md)
    python scripts/train_ner.py --validate               # trains without 6 notice files and scores them
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

import regex as re
import spacy
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import minibatch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline (place names for the swaps), not an installed one
DATA = ROOT / "training" / "ner"
OUT = ROOT / "pipeline" / "data" / "ner"
FILES = ("notices.jsonl", "gold.jsonl", "silver.jsonl", "dev_silver.jsonl")
SEED = 0
# notice files kept aside by --validate (a sanity check on our own data, not a held-out score)
VALIDATION = ("anhui-hefei-2022-yingshang", "neimenggu-banner-2018-muqu", "fujian-xiamen-2023-haiyang",
              "xinjiang-autonomous-2016-jiuye", "central-ministry-2024-laonian", "shandong-linyi-town-2020-huanjing")

MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
    "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64, "attrs": ["NORM", "SHAPE"],
                  "rows": [5000, 50], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "window_size": 2,
                   "maxout_pieces": 3, "depth": 4},
    },
}

MARKERS = {"province": ["省", "自治区"], "city": ["市", "州", "盟"], "county": ["县", "区", "旗", "市"],
           "town": ["镇", "乡", "街道"]}
TOWN_CHARS = "东西南北中新城关河山桥口湾坪岭店集沟庄寨堡营铺塘湖溪石龙凤马白青红黄金花林松柏杨柳清安平兴隆永福太和宁"
# non-organs dropped into organ slots now and then (stay unlabelled)
NEGATIVES = ("各县区人民政府", "有关部门", "相关行业主管部门", "各乡镇人民政府", "各级人民政府", "市直各单位",
             "县技工学校", "市职业技术学院", "县人民医院", "市中心医院", "县农业发展有限公司", "市城市投资集团有限公司",
             "行业协会", "金融机构", "公共实训基地", "社区卫生服务中心", "村民委员会", "各街道办事处", "财政部门",
             "人力资源社会保障部门", "各成员单位", "县直有关单位", "本级财政部门", "市养老服务示范基地")


# Sentence ends: training runs on sentences (the model sees 8 characters each side, so a sentence
# is context enough); those without an organ are sampled, which keeps training within minutes.
SENTENCE = re.compile(r"[^。！？；]*[。！？；]?")
# kept share of sentences without an organ, per file (dev_silver: unchecked, a sentence without a
# rule mention may hold an organ the rules miss, so none); swapped copies of sentences with organs
NEGATIVE_SHARE = {"notices.jsonl": 1.0, "gold.jsonl": 0.25, "silver.jsonl": 0.25, "dev_silver.jsonl": 0.0}
COPIES = {"notices.jsonl": 3, "gold.jsonl": 1, "silver.jsonl": 2, "dev_silver.jsonl": 1}


def sentences(row: dict) -> list[dict]:
    """The row cut at sentence ends (never inside an organ span), spans and missing moved."""
    text, out = row["text"], []
    for m in SENTENCE.finditer(text):
        s, e = m.span()
        if not text[s:e].strip():
            continue
        out.append([s, e])
    merged: list[list[int]] = []
    for s, e in out:  # a span across a sentence end joins the two sentences
        if merged and any(a < s < b for a, b, _ in row["spans"]):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    rows = []
    for s, e in merged:
        piece = {"text": text[s:e], "source": row.get("source", ""),
                 "spans": [[a - s, b - s, label] for a, b, label in row["spans"] if s <= a and b <= e]}
        missing = [[max(a, s) - s, min(b, e) - s] for a, b in row.get("missing", []) if a < e and s < b]
        if missing:
            piece["missing"] = missing
        rows.append(piece)
    return rows


def read_rows() -> list[dict]:
    rows = []
    for name in FILES:
        with open(DATA / name, encoding="utf-8") as f:
            rows += [dict(json.loads(line), file=name) for line in f]
    return rows


def training_rows(rows: list[dict], rng: random.Random) -> list[dict]:
    """Sentences of the labelled lines: each distinct sentence once, every one with an organ, a
    seeded share of the others (NEGATIVE_SHARE)."""
    out, seen = [], set()
    for row in rows:
        for piece in sentences(row):
            if piece["text"] in seen:
                continue
            seen.add(piece["text"])
            if piece["spans"] or rng.random() < NEGATIVE_SHARE[row["file"]]:
                out.append(dict(piece, file=row["file"]))
    return out


def load_places() -> dict[str, list[str]]:
    from pipeline.data import load_table

    places: dict[str, list[str]] = {"province": [], "prefecture": [], "county": []}
    for r in load_table("regions"):
        if len(r["name"]) >= 2:
            places[r["level"]].append(r["name"])
    return places


def load_stems() -> list[tuple[str, str]]:
    lines = (DATA / "organ_stems.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")[:2]) for line in lines if line.strip()]


class NameMaker:
    """Random organ names: [中共][place | level marker] + stem, or a labelled surface form."""

    def __init__(self, rng: random.Random, rows: list[dict]):
        self.rng = rng
        self.places = load_places()
        self.stems = load_stems()
        self.seen = sorted({r["text"][s:e] for r in rows for s, e, _ in r["spans"]})

    def town(self) -> str:
        return "".join(self.rng.choice(TOWN_CHARS) for _ in range(2)) + self.rng.choice(MARKERS["town"])

    def prefix(self, level: str) -> str:
        r = self.rng.random()
        if level == "town":
            return self.town() if r < 0.5 else self.rng.choice(MARKERS["town"])
        if r < 0.45:  # a bare level marker: 县财政局
            return self.rng.choice(MARKERS["province"] if r < 0.08 else MARKERS["city"] if r < 0.25
                                   else MARKERS["county"])
        if r < 0.8:
            return self.rng.choice(self.places["county"] if level == "county" else self.places["prefecture"])
        if r < 0.9:
            return self.rng.choice(self.places["prefecture"]) + self.rng.choice(self.places["county"])
        return self.rng.choice(self.places["province"])

    def name(self) -> str:
        if self.rng.random() < 0.3:
            return self.rng.choice(self.seen)
        stem, level = self.rng.choice(self.stems)
        if stem.startswith("委") or stem.startswith("纪委"):  # party organs take a marker: 县委组织部
            marker = self.rng.choice(["县", "市", "区", "省", "旗"])
            return ("中共" if self.rng.random() < 0.2 else "") + marker + stem
        return self.prefix(level) + stem


def swapped(row: dict, names: NameMaker, rng: random.Random) -> dict:
    """The line with each organ span replaced by another organ name (or, rarely, a non-organ);
    characters of unknown label (`missing`) are kept as they are, their offsets moved."""
    text, spans, missing, out, pos = row["text"], [], [], [], 0
    pieces = sorted([(s, e, "ORG") for s, e, _ in row["spans"]] + [(s, e, "-") for s, e in row.get("missing", [])])
    for s, e, kind in pieces:
        if s < pos:  # overlaps the previous piece: leave it out
            continue
        out.append(text[pos:s])
        start = sum(len(p) for p in out)
        if kind == "-":
            out.append(text[s:e])
            missing.append([start, start + e - s])
        elif rng.random() < 0.12:
            out.append(rng.choice(NEGATIVES))
        else:
            new = names.name()
            out.append(new)
            spans.append([start, start + len(new), "ORG"])
        pos = e
    out.append(text[pos:])
    row = {"text": "".join(out), "spans": spans, "source": row.get("source", "") + "+swap"}
    if missing:
        row["missing"] = missing
    return row


def augment(rows: list[dict], copies: int, rng: random.Random) -> list[dict]:
    """Each row with organs plus swapped copies: COPIES per file, scaled by `copies` / 3."""
    names = NameMaker(rng, rows)
    extra = []
    for row in rows:
        if row["spans"]:
            n = round(COPIES[row["file"]] * copies / 3)
            extra += [swapped(row, names, rng) for _ in range(n)]
    return rows + extra


def to_examples(nlp, rows: list[dict]) -> list[Example]:
    examples = []
    for r in rows:
        doc = nlp.make_doc(r["text"])
        tags = offsets_to_biluo_tags(doc, [tuple(s) for s in r["spans"]])
        for s, e in r.get("missing", []):  # unknown label: no loss on these characters
            for tok in doc:
                if tok.idx < e and s < tok.idx + len(tok):
                    tags[tok.i] = "-"
        ex = Example.from_dict(doc, {"entities": tags})
        # one token per character: every span must align, or the line teaches nothing
        assert len(ex.reference.ents) == len(r["spans"]), r
        examples.append(ex)
    return examples


def score(nlp, rows: list[dict]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for r in rows:
        gold = {(s, e) for s, e, _ in r["spans"]}
        pred = {(ent.start_char, ent.end_char) for ent in nlp(r["text"]).ents}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return p, rc, 2 * p * rc / (p + rc) if p + rc else 0.0


def train(rows: list[dict], epochs: int, copies: int, check: list[dict] | None = None):
    rng = random.Random(SEED)
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner", config={"model": MODEL})
    rows = training_rows(rows, rng)
    examples = to_examples(nlp, augment(rows, copies, rng))
    print(f"{len(examples)} training sentences ({len(rows)} labelled + swaps), "
          f"{sum(len(e.reference) for e in examples)} characters")
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict = {}
        t0 = time.time()
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        msg = f"epoch {epoch + 1:2d}: loss {losses.get('ner', 0):8.1f}  {time.time() - t0:5.1f}s"
        if check:
            msg += "  check P/R/F1 %.3f %.3f %.3f" % score(nlp, check)
        print(msg, flush=True)
    return nlp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--copies", type=int, default=3, help="swapped copies of each line with organs")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--validate", action="store_true", help="train without VALIDATION notices, score them")
    ap.add_argument("--without", nargs="+", default=[], metavar="SOURCE",
                    help="leave out the lines of these sources (doc ids), to measure a model on them")
    args = ap.parse_args()
    rows = [r for r in read_rows() if r["source"] not in args.without]
    if args.validate:
        check = [r for r in rows if r["source"] in VALIDATION]
        train([r for r in rows if r["source"] not in VALIDATION], args.epochs, args.copies, check)
        return
    nlp = train(rows, args.epochs, args.copies)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"saved {out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
