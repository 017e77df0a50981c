"""The statistical layer: a small spaCy NER model packaged in pipeline/data/ner/ (optional).

Trained by scripts/train_ner.py on character-tokenised text; it proposes ORG spans the rules
missed. Its spans enter the mention list as `layer="ner"`, which loses every overlap with a
gazetteer or pattern span.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .organs import Mention, _marker_before

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "ner"


def model_available() -> bool:
    return (MODEL_DIR / "meta.json").exists()


@lru_cache(maxsize=1)
def _model():
    import spacy

    return spacy.load(MODEL_DIR)


def ner_mentions(text: str, start: int, end: int) -> list[Mention]:
    if not model_available():
        return []
    nlp = _model()
    out = []
    for piece_start, piece in _pieces(text, start, end):
        doc = nlp(piece)
        for ent in doc.ents:
            s, e = piece_start + ent.start_char, piece_start + ent.end_char
            mk = _marker_before(text, s + 1, start) if text[s] in "省市县区" else None
            if mk and mk[0] == s:
                out.append(Mention(s, e, text[s:e], "named", "local", text[s + 1:e], marker=text[s], layer="ner"))
            else:
                out.append(Mention(s, e, text[s:e], "named", "local", text[s:e], layer="ner"))
    return out


def _pieces(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1
