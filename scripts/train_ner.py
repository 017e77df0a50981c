"""Train the optional statistical organ NER (pipeline/data/ner/) on silver spans.

Training spans: the rule layers' named-organ mentions (gazetteer + patterns) on the corpus notices
and the public corpus, one example per line, plus the held-out test notices are NOT used
(tests/notices/departments-* stay unseen for measuring). Nothing is downloaded: the model starts
from spacy.blank("zh") (character tokens).

    python scripts/train_ner.py [--epochs 8] [--out pipeline/data/ner]
"""
from __future__ import annotations

import argparse
import glob
import random
from pathlib import Path

import spacy
from spacy.training import Example

from pipeline.clean import normalize_string
from pipeline.nlp.organs import find_mentions

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [str(ROOT / "corpus" / "*.txt"), "/work/shared/public-corpus/raw/*.txt"]


def silver_examples(nlp) -> list[Example]:
    examples = []
    for pattern in SOURCES:
        for path in sorted(glob.glob(pattern)):
            text = normalize_string(Path(path).read_text(encoding="utf-8")).text
            pos = 0
            for line in text.split("\n"):
                if len(line.strip()) >= 4:
                    ents = [(m.start - pos, m.end - pos, "ORG") for m in find_mentions(line)
                            if m.kind == "named"]
                    # keep every line with organs and a fifth of the others, so "no organ" does not swamp
                    if ents or random.random() < 0.2:
                        doc = nlp.make_doc(line)
                        examples.append(Example.from_dict(doc, {"entities": ents}))
                pos += len(line) + 1
    return examples


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--out", default=str(ROOT / "pipeline" / "data" / "ner"))
    args = ap.parse_args()
    random.seed(0)
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 32, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 64,
                    "depth": 2, "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                    "subword_features": False}}})
    examples = silver_examples(nlp)
    spacy.util.fix_random_seed(0)
    nlp.initialize(lambda: examples)
    for epoch in range(args.epochs):
        random.shuffle(examples)
        losses: dict = {}
        for i in range(0, len(examples), 8):
            nlp.update(examples[i:i + 8], drop=0.1, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}")
    Path(args.out).mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print("saved", args.out, len(examples), "lines")


if __name__ == "__main__":
    main()
