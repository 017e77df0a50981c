"""spaCy components so users get organs as doc.ents / doc.spans (displaCy, Matcher, …).

make_nlp() -> spacy.blank("zh") (character segmentation, so no organ is lost to a word split)
with:
* "policykb_organs": the rule layers (gazetteer + patterns) of pipeline.nlp.organs; writes
  doc.spans["organs"] (all mentions, label = kind) and doc.ents (label ORG / ORG_GROUP / SECTOR);
* the optional packaged statistical NER (pipeline/data/ner/) when use_ner=True and present:
  its entities are added where they do not overlap a rule span.
Each span carries its canonical name in span._.canonical when a jurisdiction is given.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..regions import Jurisdiction, jurisdiction_of
from .canonical import canonical_names
from .organs import find_mentions

LABELS = {"named": "ORG", "collective": "ORG_GROUP", "sector": "SECTOR"}

if not Span.has_extension("canonical"):
    Span.set_extension("canonical", default=None)
if not Doc.has_extension("jurisdiction"):
    Doc.set_extension("jurisdiction", default=None)


@Language.factory("policykb_organs",
                  default_config={"layers": ["gazetteer", "patterns"], "region": None, "admin_level": None})
def make_organ_component(nlp: Language, name: str, layers: list[str], region: str | None, admin_level: str | None):
    return OrganComponent(tuple(layers), jurisdiction_of(region, admin_level))


class OrganComponent:
    def __init__(self, layers: tuple[str, ...], jurisdiction: Jurisdiction):
        self.layers = layers
        self.jurisdiction = jurisdiction

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_mentions(doc.text, layers=self.layers)
        j = doc._.jurisdiction or self.jurisdiction
        names = canonical_names(mentions, doc.text, j)
        spans = []
        for m, canon in zip(mentions, names):
            span = doc.char_span(m.start, m.end, label=LABELS.get(m.kind, "ORG"), alignment_mode="expand")
            if span is None:
                continue
            span._.canonical = canon[0] if len(canon) == 1 else "；".join(canon)
            spans.append(span)
        doc.spans["organs"] = spans
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


def make_nlp(region: str | None = None, admin_level: str | None = None, use_ner: bool = False) -> Language:
    """The Language; pass the document's region/admin_level to get canonical names on spans."""
    nlp = spacy.blank("zh")
    layers = ["gazetteer", "patterns"] + (["ner"] if use_ner else [])
    nlp.add_pipe("policykb_organs", config={"layers": layers, "region": region, "admin_level": admin_level})
    return nlp
