"""spaCy components so users get organs as doc.ents / doc.spans (displaCy, Matcher, …).

make_nlp() -> spacy.blank("zh") (character segmentation, so no organ is lost to a word split)
with:
* "policykb_organs": organ recognition exactly as `process()` runs it (pipeline.extract's
  departments and responsibilities over the same text); writes doc.spans["organs"] (all
  mentions, label = kind) and doc.ents (label ORG / ORG_GROUP / SECTOR);
* the optional packaged statistical NER (pipeline/data/ner/) when use_ner=True and present:
  its entities are added where they do not overlap a rule span.
Each span carries its canonical name in span._.canonical when a jurisdiction is given.
"""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..regions import jurisdiction_of
from ..settings import Settings

LABELS = {"named": "ORG", "collective": "ORG_GROUP", "sector": "SECTOR"}

if not Span.has_extension("canonical"):
    Span.set_extension("canonical", default=None)
if not Span.has_extension("names"):
    Span.set_extension("names", default=None)


@Language.factory("policykb_organs",
                  default_config={"layers": ["gazetteer", "patterns"], "region": None, "admin_level": None})
def make_organ_component(nlp: Language, name: str, layers: list[str], region: str | None, admin_level: str | None):
    return OrganComponent(tuple(layers), region, admin_level)


class OrganComponent:
    """Organs of a document as spans: the same extractors as `process()` on the Doc's text (the
    record's clean text), so the component and the knowledge base always agree. The document's
    own jurisdiction is read from its title block and signature, unless region/admin_level are
    given (for a snippet without them)."""

    def __init__(self, layers: tuple[str, ...], region: str | None = None, admin_level: str | None = None):
        self.settings = Settings(organ_layers=layers)
        self.region, self.admin_level = region, admin_level
        jurisdiction_of(region, admin_level)  # validates the pair early

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, kind, names in organ_spans(doc.text, self.settings, self.region, self.admin_level):
            span = doc.char_span(start, end, label=LABELS.get(kind, "ORG"), alignment_mode="expand")
            if span is None:
                continue
            span._.canonical = names[0] if len(names) == 1 else "；".join(names)
            span._.names = list(names)
            spans.append(span)
        doc.spans["organs"] = spans
        doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


def organ_spans(text: str, settings: Settings, region: str | None = None, admin_level: str | None = None
                ) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, kind, canonical names) of every organ mention `process()` would find in `text`
    (a record's clean text): body mentions, and the places an assignment names."""
    from ..clean import CleanDoc
    from ..extract.context import make_context
    from ..extract.departments import named_mentions
    from ..extract.metadata import extract_metadata
    from ..extract.responsibilities import extract_responsibilities
    from ..extract.tasks import extract_tasks
    from ..record import Metadata

    from .simplify import reading_text

    doc = CleanDoc(doc_id="", text=reading_text(text))  # same offsets as `text`
    ctx = make_context(doc, settings)
    if "\n" not in text.strip():
        # One sentence, not a document: all of it is body (a short line would read as a title).
        from ..layout import Layout, split_lines

        ctx.layout = Layout(lines=split_lines(text), body_end=len(text))
    ctx.metadata = extract_metadata(doc, ctx) if region is None else Metadata(region=region, admin_level=admin_level)
    ctx.tasks = extract_tasks(doc, ctx)
    by_span: dict[tuple[int, int], tuple[str, list[str]]] = {}
    for nm in named_mentions(doc, ctx):
        key = (nm.mention.start, nm.mention.end)
        kind, names = by_span.setdefault(key, (nm.mention.kind, []))
        if nm.name not in names:
            names.append(nm.name)
    for r in extract_responsibilities(doc, ctx):
        by_span.setdefault(tuple(r.span), ("collective", [r.department]))
    return [(s, e, kind, names) for (s, e), (kind, names) in sorted(by_span.items())]


def make_nlp(region: str | None = None, admin_level: str | None = None, use_ner: bool = False) -> Language:
    """The Language; pass the document's region/admin_level to get canonical names on spans of a
    snippet (a whole notice finds its own from its title block and signature).

    admin_level is one of central, province, prefecture, county, township (ValueError otherwise)."""
    from ..record import ADMIN_LEVELS

    if admin_level is not None and admin_level not in ADMIN_LEVELS:
        raise ValueError(f"admin_level must be one of {', '.join(ADMIN_LEVELS)} or None, got {admin_level!r}")
    if region is not None and not isinstance(region, str):
        raise TypeError(f"region must be a str or None, got {type(region).__name__}")
    if not isinstance(use_ner, bool):
        raise TypeError(f"use_ner must be a bool, got {type(use_ner).__name__}")
    nlp = spacy.blank("zh")
    layers = ["gazetteer", "patterns"] + (["ner"] if use_ner else [])
    nlp.add_pipe("policykb_organs", config={"layers": layers, "region": region, "admin_level": admin_level})
    return nlp
