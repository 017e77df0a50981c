"""Train the statistical organ NER (pipeline/data/ner/) from the labelled lines in training/ner/.

Data (rebuilt by training/ner/build_data.py; see docs/decisions/ner.md):
* training/ner/notices.jsonl: hand-labelled passages written for this (many provinces and levels);
* training/ner/gold.jsonl: the 5 corpus notices, organs from gold/*.json;
* training/ner/silver.jsonl: public-corpus p02-p04, rule spans checked by hand.
Nothing held out is read: tests/notices/, dev/, public-corpus p01 and p05-p10 stay unseen.

Each line with organs is also copied a few times with its organ spans swapped for other organ
names (a place or level marker + a stem from training/ner/organ_stems.tsv or from another
labelled line), and now and then for a non-organ (a collective, a school, an enterprise), so
the model learns the shape of a name and its context rather than a list. Everything is seeded:
the same files give the same model.

The model is spacy.blank("zh") (one token per character) + a transition-based NER over a
CNN on character embeddings: NORM (the character) and SHAPE (Han / digit / punctuation), a
window of 2 characters per layer and 4 layers, so each decision sees 8 characters on each side.

    python scripts/train_ner.py                   # writes pipeline/data/ner/
    python scripts/train_ner.py --validate        # trains without 6 notice files and scores them
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "ner"
OUT = ROOT / "pipeline" / "data" / "ner"
FILES = ("notices.jsonl", "gold.jsonl", "silver.jsonl")
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


def read_rows() -> list[dict]:
    rows = []
    for name in FILES:
        with open(DATA / name, encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    return rows


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
    """The line with each organ span replaced by another organ name (or, rarely, a non-organ)."""
    text, spans, out, pos = row["text"], [], [], 0
    for s, e, label in sorted(row["spans"]):
        out.append(text[pos:s])
        start = sum(len(p) for p in out)
        if rng.random() < 0.12:
            out.append(rng.choice(NEGATIVES))
        else:
            new = names.name()
            out.append(new)
            spans.append([start, start + len(new), label])
        pos = e
    out.append(text[pos:])
    return {"text": "".join(out), "spans": spans, "source": row.get("source", "") + "+swap"}


def augment(rows: list[dict], copies: int, rng: random.Random) -> list[dict]:
    names = NameMaker(rng, rows)
    extra = []
    for row in rows:
        if row["spans"]:
            extra += [swapped(row, names, rng) for _ in range(copies)]
    return rows + extra


def to_examples(nlp, rows: list[dict]) -> list[Example]:
    examples = []
    for r in rows:
        doc = nlp.make_doc(r["text"])
        ex = Example.from_dict(doc, {"entities": [tuple(s) for s in r["spans"]]})
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
    examples = to_examples(nlp, augment(rows, copies, rng))
    print(f"{len(examples)} training lines ({len(rows)} labelled + swaps), "
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
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--copies", type=int, default=3, help="swapped copies of each line with organs")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--validate", action="store_true", help="train without VALIDATION notices, score them")
    args = ap.parse_args()
    rows = read_rows()
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
