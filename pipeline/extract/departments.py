"""Government organs mentioned in the body, under canonical names (spec section 5).

Recognition is the rule layers of pipeline.nlp.organs (gazetteer on characters + patterns);
canonical names come from pipeline.nlp.canonical with the document's jurisdiction. Only the
body counts: the notice's own text after the addressee line and the policy body, without the
signature block and without titles cited in 《》.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import rx as re

from ..clean import CleanDoc
from ..patterns import doc_numbers
from ..record import Department
from ..regions import Jurisdiction, jurisdiction_of
from ..nlp.canonical import canonical_names
from ..nlp.jurisdiction import guess_jurisdiction
from ..nlp.mentions import Mention, find_mentions
from ..nlp.simplify import looks_traditional, to_simplified
from .context import Context

CITED = re.compile(r"《(?:[^《》]|《[^《》]*》)*》")
# The document number in brackets after a cited title: 《…办法》（住房城乡建设部令第11号）, （…公告第35号）
CITED_NUMBER = re.compile(r"(?<=》)[（(][^（）()《》\n]{1,40}?(?:令|公告|通告|决定)?第?[0-9０-９一二三四五六七八九十百]+号[）)]")


@dataclass
class NamedMention:
    mention: Mention
    name: str


def body_segments(doc: CleanDoc, ctx: Context) -> list[tuple[int, int]]:
    """Character ranges that count as body for organs: notice text + policy body, minus 《…》."""
    layout = ctx.layout
    ranges: list[tuple[int, int]] = []
    if layout.notice_span:
        lo = layout.addressee.end if layout.addressee else (layout.notice_title.end if layout.notice_title else layout.notice_span[0])
        if lo < layout.notice_span[1]:
            ranges.append((lo, layout.notice_span[1]))
    lo = layout.body_start
    if layout.addressee and lo < layout.addressee.end <= layout.body_end:
        lo = layout.addressee.end
    ranges.append((lo, layout.body_end))
    skip = [(m.start(), m.end()) for m in CITED.finditer(doc.text)]
    skip += [(m.start(), m.end()) for m in doc_numbers(doc.text)]
    skip += [(m.start(), m.end()) for m in CITED_NUMBER.finditer(doc.text)]
    skip += [(ln.start, ln.end) for ln in layout.signature_lines]
    if layout.date_line:
        skip.append((layout.date_line.start, layout.date_line.end))
    return _subtract(ranges, skip)


def _subtract(ranges: list[tuple[int, int]], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in ranges:
        cur = a
        for s, e in sorted(skip):
            if e <= cur or s >= b:
                continue
            if s > cur:
                out.append((cur, s))
            cur = max(cur, e)
        if cur < b:
            out.append((cur, b))
    return out


def document_jurisdiction(ctx: Context) -> Jurisdiction:
    md = ctx.metadata
    if md.region:
        return jurisdiction_of(md.region, md.admin_level)
    return guess_jurisdiction(ctx)


def named_mentions(doc: CleanDoc, ctx: Context, layers: tuple[str, ...] | None = None) -> list[NamedMention]:
    """Every organ mention in the body with its canonical name(s), in text order; recognised once
    per document and shared by the extractors that read organs (departments, responsibilities)."""
    if layers is None:
        return ctx.shared("organ_mentions", lambda: recognise_organs(doc, ctx, ctx.settings.organ_layers))
    return recognise_organs(doc, ctx, layers)


def recognise_organs(doc: CleanDoc, ctx: Context, layers: tuple[str, ...]) -> list[NamedMention]:
    """The one entry point of organ recognition on a document: body segments → mentions (rule
    layers, optional NER) → canonical names with the document's jurisdiction."""
    text = scan_text(doc.text)
    j = document_jurisdiction(ctx)
    out: list[NamedMention] = []
    segments = body_segments(doc, ctx)  # found once, read twice
    for a, b in segments:
        mentions = find_mentions(text, a, b, layers=layers)
        mentions = [m for m in mentions if not _second_sign(text, m, mentions)]
        for m, names in zip(mentions, canonical_names(mentions, text, j)):
            for name in names:
                out.append(NamedMention(m, _full_width_brackets(to_simplified(name))))
    return _short_names(text, segments, _fuller_names(out))


def _fuller_names(out: list[NamedMention]) -> list[NamedMention]:
    """A working body written once with its place (省推进…工作组) and once without (推进…工作组) is
    one organ, under the fuller name (annotation guide D14)."""
    asis = [nm for nm in out if nm.mention.scope == "asis"]
    if not asis:
        return out
    names = {nm.name for nm in out if nm.mention.scope != "asis"}
    fuller = {}
    for nm in asis:
        longer = sorted((n for n in names if n.endswith(nm.name) and len(n) > len(nm.name)), key=len)
        if longer:
            fuller[nm.name] = longer[0]
    return [NamedMention(nm.mention, fuller[nm.name]) if nm.mention.scope == "asis" and nm.name in fuller else nm
            for nm in out]


# `X（以下简称Y）`: Y stands for X from here on; `X下设办公室（以下简称Y）` for X's office.
SHORT_NAME = re.compile(r"(?P<office>下设办公室)?[（(](?:以下)?简称[“\"‘]?(?P<short>[^（）()“”\"‘’，。、；\s]{2,14})[”\"’]?[）)]")


def _short_names(text: str, segments: list[tuple[int, int]], out: list[NamedMention]) -> list[NamedMention]:
    """A short name the document defines for an organ (`（以下简称“领导小组”）`) names that organ
    wherever it is written later, also as the head of its office (`领导小组办公室`)."""
    if "简称" not in text or not out:
        return out
    ends: dict[int, list[NamedMention]] = {}
    for nm in out:
        ends.setdefault(nm.mention.end, []).append(nm)
    defined: dict[str, tuple[int, NamedMention, str]] = {}
    brackets: list[tuple[int, int]] = []
    for m in SHORT_NAME.finditer(text):
        owners = ends.get(m.start())
        if not owners or len(owners) != 1 or owners[0].mention.kind == "sector":
            continue
        name = owners[0].name + ("办公室" if m.group("office") else "")
        defined.setdefault(m.group("short"), (m.end(), owners[0], name))
        brackets.append((m.start("short"), m.end("short")))
    if not defined:
        return out
    # the short name inside its own definition is no further mention
    out = [nm for nm in out if not any(a <= nm.mention.start < b for a, b in brackets)]
    spans = sorted((nm.mention.start, nm.mention.end) for nm in out)
    renamed: list[NamedMention] = []
    for nm in out:
        d = defined.get(nm.mention.text)
        if d and nm.mention.start >= d[0]:
            renamed.append(NamedMention(nm.mention, d[2]))  # 区更新办 read as a district organ
        else:
            renamed.append(nm)
    alt = "|".join(sorted(map(re.escape, defined), key=len, reverse=True))
    rx = re.compile(rf"(?:{alt})(?:办公室)?")
    added = []
    for a, b in segments:
        for m in rx.finditer(text, a, b):
            short = m.group(0)
            office = short not in defined
            if office:
                short = short[:-3]
            after, owner, name = defined[short]
            if m.start() < after or any(s < m.end() and m.start() < e for s, e in spans):
                continue
            mention = Mention(m.start(), m.end(), m.group(0), owner.mention.kind, owner.mention.scope, name,
                              layer="pattern")
            added.append(NamedMention(mention, name + ("办公室" if office else "")))
    return sorted(renamed + added, key=lambda nm: nm.mention.start)


def _full_width_brackets(name: str) -> str:
    """各镇(街道) and 各镇（街道） are one name: canonical names use full-width brackets."""
    return name.replace("(", "（").replace(")", "）")


def scan_text(text: str) -> str:
    """The text the rules read: Simplified when the notice is Traditional (same offsets)."""
    if looks_traditional(text):
        simple = to_simplified(text)
        if len(simple) == len(text):
            return simple
    return text


def _second_sign(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """市财政局（金融办）: the bracketed name is a second sign of the same organ."""
    if m.start == 0 or text[m.start - 1] not in "（(" or text[m.end:m.end + 1] not in "）)":
        return False
    return any(p.end == m.start - 1 and p.kind == "named" for p in mentions)


def extract_departments(doc: CleanDoc, ctx: Context) -> list[Department]:
    """Each organ once, with its first mention; an organ that only an assignment names (a place
    standing for its government, spec 1.1 section 6) is listed too, as the spec requires."""
    seen: set[str] = set()
    out: list[Department] = []
    for nm in named_mentions(doc, ctx):
        key = re.sub(r"\s+", "", nm.name)
        if key in seen:
            continue
        seen.add(key)
        m = nm.mention
        out.append(Department(name=nm.name, quote=doc.text[m.start:m.end], span=(m.start, m.end),
                              kind=_kind(m)))
    for r in ctx.responsibilities:
        key = re.sub(r"\s+", "", r.department)
        if key not in seen:
            seen.add(key)
            out.append(Department(name=r.department, quote=r.quote, span=r.span, kind="collective"))
    return out


def _kind(m: Mention) -> str:
    return {"sector": "sector", "collective": "collective"}.get(m.kind, "named")
