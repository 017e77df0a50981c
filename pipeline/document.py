"""One document, end to end: bytes -> RawDoc -> CleanDoc -> extractors -> Record.

(This module was `pipeline/process.py`; it was renamed so that importing it no longer replaces
the function `pipeline.process`.)
"""
from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import IO, Union

from ._version import __version__
from .clean import CleanDoc, normalize_text
from .nlp.simplify import reading_text
from .errors import coded_warning
from .extract import run_order
from .extract.context import make_context
from .ingest import read_bytes, read_document
from .ingest.raw import RawDoc, RawPage
from .pages import PageLookup, PageText, align
from .record import ADMIN_LEVELS, FIELDS, PageSpan, Provenance, Record
from .settings import DEFAULT, Settings

TEXT_FORMATS = ("txt",)


def doc_id_for(path: str | Path, fmt: str | None = None) -> str:
    """The id rule (docs/decisions/trust.md): the file stem for plain text, `<stem>-<format>` for
    every other format (`x.pdf` -> `x-pdf`, `x.docx` -> `x-docx`), whatever else is in the batch;
    the runner adds a suffix only when another source file already holds that id."""
    p = Path(path)
    suffix = p.suffix.lower().lstrip(".")
    if fmt is None:
        from .ingest import READERS

        reader = READERS.get(p.suffix.lower())
        fmt = reader.format if reader else (suffix or "txt")
    stem = p.stem if p.suffix and (p.suffix[1:].isalpha()) else p.name
    if fmt in TEXT_FORMATS:
        return stem
    return f"{stem}-{suffix if suffix.isalpha() and suffix else fmt}"


def extract(doc: CleanDoc, settings: Settings = DEFAULT, region: str | None = None,
            admin_level: str | None = None):
    """Run the extractors in their declared order; `region`/`admin_level` fill the metadata
    when the text does not say (before the extractors that read the jurisdiction run)."""
    ctx = make_context(doc, settings)
    for extractor in run_order():
        value = extractor.fn(doc, ctx)
        if extractor.produces == "metadata" and (region or admin_level):
            if region and not value.region:
                value.region = region
                if admin_level:  # (a level read without its place yields to the caller's pair)
                    value.admin_level = admin_level
            if admin_level and not value.admin_level:
                value.admin_level = admin_level
        setattr(ctx, extractor.produces, value)
    return ctx


def build_record(doc: CleanDoc, provenance: Provenance, settings: Settings = DEFAULT, raw: RawDoc | None = None,
                 region: str | None = None, admin_level: str | None = None) -> Record:
    view = reading_view(doc)
    ctx = extract(view, settings, region, admin_level)
    if view is not doc:
        _titles_as_written(ctx.metadata, doc.text, view.text)
        _cited_titles_as_written(ctx.citations, doc.text, view.text)
    return finish_record(doc, ctx, provenance, raw)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# what a year in Chinese numerals writes for a digit: the numerals, and a zero typed as a letter (`二OO五年`)
_YEAR_NUMERALS = "〇○零一二三四五六七八九OoＯｏ"


def _written_as_read(value: str, text: str, view: str, at: int) -> bool:
    """True when some place the view has the title is written so in the text too (a notice that names its plan
    `（2023—2025年）` under the title and `（二〇二三—二〇二五年）` in its notice title: the title is the former)."""
    while at >= 0:
        if text.startswith(value, at):
            return True
        at = view.find(value, at + 1)
    return False


def _cited_titles_as_written(citations, text: str, view: str) -> None:
    """(s25-years) A cited title is written as in the notice too: a year in Chinese numerals the view read in
    Arabic digits (`《二〇〇九年…方案》` read as `《2009年…方案》`) goes back to what the text has at that place."""
    for c in citations:
        title = getattr(c, "title", None)
        if not title or not _YEAR_DIGITS.search(title):
            continue
        start, end = c.span
        at = view.find(title, start, end)
        if at >= 0 and not text.startswith(title, at):
            c.title = _year_digits_as_written(title, text[at:at + len(title)])


def _year_digits_as_written(read: str, written: str) -> str:
    """`read` with each Arabic digit the text writes as a Chinese numeral put back (the rest as read: a Traditional
    notice's cited title stays Simplified, as its title does)."""
    return "".join(o if c.isascii() and c.isdigit() and o in _YEAR_NUMERALS else c for c, o in zip(read, written))


def _titles_as_written(md, text: str, view: str) -> None:
    """A title is written as in the notice (spec §3): the reading view's 〇 for a year's zero typed as a
    letter or digit (`二OO五年`), 一 for 元月 and (s25-years) the Arabic digits of a year in Chinese numerals
    (`二〇〇八年` read as `2008年`) go back to what the text has; a Traditional title stays Simplified."""
    for key in ("title", "notice_title"):
        value = getattr(md, key)
        at = view.find(value) if value and ("〇" in value or "一月" in value or _YEAR_DIGITS.search(value)) else -1
        if at < 0 or _written_as_read(value, text, view, at):
            continue
        written = "".join(o if (c == "〇" and o in "Oo0ＯｏＯ０") or (c == "一" and o == "元")
                          or (c.isascii() and c.isdigit() and o in _YEAR_NUMERALS) else c
                          for c, o in zip(value, text[at:at + len(value)]))
        setattr(md, key, written)


def reading_view(doc: CleanDoc) -> CleanDoc:
    """What layout and the extractors read (nlp/simplify.reading_text), character for character:
    a Traditional notice's Simplified view, full-width digits and letters as ASCII. Titles, 文号
    (號), headings, signature, organs, targets, years and citations are read as in a Simplified
    copy, every span still points into the record's own text, and finish_record() re-quotes the
    items from that text."""
    view = reading_text(doc.text)
    return doc if view == doc.text else replace(doc, text=view)


def finish_record(doc: CleanDoc, ctx, provenance: Provenance, raw: RawDoc | None = None) -> Record:
    """The record of extracted fields: every item grounded on its page, the page map."""
    if raw is not None and len(raw.pages) == 1 and raw.format != "pdf":
        # One page and no page quotes: every offset is on that page (what aligning gives).
        alignment, runs = None, [(raw.pages[0].number, 0, len(doc.text))]
    else:
        pages = [PageText(p.number, p.source_text if p.source_text is not None else p.text) for p in raw.pages] if raw else []
        alignment = align(doc.text, pages) if pages else None
        runs = alignment.page_runs() if alignment else list(doc.page_map)
    lookup = PageLookup(runs)
    quote_on_page = raw is not None and raw.format == "pdf"
    items = [item for field in FIELDS for item in getattr(ctx, field)] + list(ctx.metadata.evidence.values())
    # One page run and nothing to align: `lookup.page_of` gives that run's page for any offset.
    one_page = runs[0][0] if alignment is None and len(runs) == 1 and not quote_on_page else None
    text = doc.text
    for item in items:
        start, end = item.span
        quote = text[start:end]  # the record's text as written (a Traditional notice's own words)
        if _plain_setattr(type(item)):
            # what pydantic's `item.quote = …` does for a field without assignment validation (its
            # `_model_field_setattr_handler`), without the ~0.7 µs of its __setattr__ dispatch
            values, fields_set = item.__dict__, item.__pydantic_fields_set__
            values["quote"] = quote
            fields_set.add("quote")
            if one_page is not None:
                values["page"] = one_page
                fields_set.add("page")
        else:
            item.quote = quote
            if one_page is not None:
                item.page = one_page
        if one_page is None:
            _ground(item, alignment, lookup, quote_on_page)
    return Record(
        doc_id=doc.doc_id,
        metadata=ctx.metadata,
        tasks=ctx.tasks,
        departments=ctx.departments,
        responsibilities=ctx.responsibilities,
        targets=ctx.targets,
        years=ctx.years,
        citations=ctx.citations,
        text=doc.text,
        page_map=[PageSpan(page=p, start=s, end=e) for p, s, e in runs],
        provenance=provenance,
        warnings=[coded_warning(w) for w in doc.warnings],
    )


_PLAIN_SETATTR: dict[type, bool] = {}


def _plain_setattr(cls) -> bool:
    """Does setting `quote` and `page` on a `cls` item only store the value and mark the field set
    (pydantic's plain field handler): no assignment validation, no frozen model or field, no
    __setattr__ of its own? Decided once per class from the model's configuration."""
    hit = _PLAIN_SETATTR.get(cls)
    if hit is None:
        from pydantic import BaseModel

        cfg = cls.model_config
        fields = cls.model_fields
        hit = _PLAIN_SETATTR[cls] = (
            not cfg.get("validate_assignment") and not cfg.get("frozen")
            and all(name in fields and not fields[name].frozen for name in ("quote", "page"))
            and cls.__setattr__ is BaseModel.__setattr__)
    return hit


def _ground(item, alignment, lookup: PageLookup, quote_on_page: bool) -> None:
    start, end = item.span
    page, on_page = alignment.locate(start, end) if alignment else (None, None)
    item.page = page if page is not None else lookup.page_of(start)
    if quote_on_page:
        item.page_quote = on_page


def process_raw(raw: RawDoc, doc_id: str, source: str, sha256: str, settings: Settings = DEFAULT,
                region: str | None = None, admin_level: str | None = None) -> Record:
    doc = normalize_text(raw, doc_id)
    doc.warnings.extend(raw.warnings)
    prov = Provenance(
        source=source,
        sha256=sha256,
        format=raw.format,
        pages=len(raw.pages),
        encoding=raw.encoding,
        backends=[p.backend for p in raw.pages],
        pipeline_version=__version__,
    )
    return build_record(doc, prov, settings, raw, region, admin_level)


def process_file(path: str | Path, doc_id: str | None = None, source_label: str | None = None,
                 settings: Settings = DEFAULT, region: str | None = None, admin_level: str | None = None) -> Record:
    """Read `path` once (after checking its size) and extract its record."""
    path = Path(path)
    data = read_bytes(path, settings)
    raw = read_document(path, data, settings)
    return process_raw(raw, doc_id or doc_id_for(path, raw.format), source_label or path.as_posix(),
                       hashlib.sha256(data).hexdigest(), settings, region, admin_level)


def process_bytes(data: bytes, name: str = "document.txt", doc_id: str | None = None, settings: Settings = DEFAULT,
                  region: str | None = None, admin_level: str | None = None) -> Record:
    """A document held in memory; `name` gives the format by its suffix (sniffed when it has none)."""
    raw = read_document(Path(name), bytes(data), settings)
    return process_raw(raw, doc_id or doc_id_for(name, raw.format), name, hashlib.sha256(data).hexdigest(),
                       settings, region, admin_level)


def process_text(text: str, *, doc_id: str = "text", region: str | None = None, admin_level: str | None = None,
                 settings: Settings = DEFAULT) -> Record:
    """A notice as a Python string (one page, line breaks as in the string)."""
    if not isinstance(text, str):
        raise TypeError(f"process_text takes a str, not {type(text).__name__}")
    check_admin_level(admin_level)
    raw = RawDoc(path="<string>", format="txt", pages=[RawPage(1, text.replace("\r\n", "\n").replace("\r", "\n"), "text")],
                 encoding="str")
    data = text.encode("utf-8")
    return process_raw(raw, doc_id, "<string>", hashlib.sha256(data).hexdigest(), settings, region, admin_level)


Source = Union[str, os.PathLike, bytes, bytearray, memoryview, IO[bytes], IO[str]]


def process_any(source: Source, *, doc_id: str | None = None, name: str | None = None, region: str | None = None,
                admin_level: str | None = None, settings: Settings = DEFAULT) -> Record:
    """A path, bytes, or an open file (binary or text)."""
    check_admin_level(admin_level)
    if isinstance(source, (str, os.PathLike)):
        return process_file(source, doc_id=doc_id, settings=settings, region=region, admin_level=admin_level)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return process_bytes(bytes(source), name or "document", doc_id, settings, region, admin_level)
    if hasattr(source, "read"):
        limit = settings.max_bytes + 1 if settings.max_bytes else -1
        content = source.read(limit)
        name = name or os.path.basename(str(getattr(source, "name", "") or "")) or "document"
        if isinstance(content, str) or isinstance(source, io.TextIOBase):
            return process_text(content, doc_id=doc_id or Path(name).stem or "text", region=region,
                                admin_level=admin_level, settings=settings)
        return process_bytes(content, name, doc_id, settings, region, admin_level)
    raise TypeError(f"cannot process a {type(source).__name__}: give a path, bytes or an open file")


def check_admin_level(admin_level: str | None) -> None:
    if admin_level is not None and admin_level not in ADMIN_LEVELS:
        raise ValueError(f"admin_level must be one of {ADMIN_LEVELS} or None, got {admin_level!r}")


# A short notice in the usual form (GB/T 9704: title, 文号, addressee, numbered items with lead and
# co organs, targets with years, a citation, signature and date), written for `warm_up`; no
# record of it is kept.
_WARM_UP_TEXT = """省人民政府办公厅关于印发促进就业创业若干措施的通知
X府办〔2021〕12号
各市、县人民政府，省政府各部门、各直属机构：
经省人民政府同意，现将《促进就业创业若干措施》印发给你们，请认真贯彻执行。根据《中华人民共和国就业促进法》制定本措施。
一、总体要求
（一）主要目标。到2025年，全省城镇新增就业人数达到50万人以上，城镇调查失业率控制在5.5%以内，每年培训技能人才不少于2万人次。
二、重点任务
（二）加大创业扶持力度。对首次创业的人员给予一次性补贴5000元。（省人力资源社会保障厅牵头，省财政厅、省教育厅、各市县人民政府按职责分工负责）
（三）强化职业技能培训。2021—2023年，各地人力资源社会保障部门、财政部门要安排专项资金开展培训。
三、保障措施
1.加强组织领导。各级人民政府要建立工作协调机制，有关部门按照职责做好相关工作。
本措施自2021年6月1日起施行，有效期5年。
省人民政府办公厅
2021年5月20日
"""


def warm_up(settings: Settings = DEFAULT) -> None:
    """Make one record of a short built-in notice and drop it: the tables, automata and patterns
    the extractors build on first use (~0.7 s of CPU, most of it the organ layer's opening
    scanner and the standard-library twins of its patterns) are then built. The runner calls
    it before forking two or more workers, which then share them instead of each building its
    own. Changes no record: what is built is a function of the code and data alone."""
    try:
        process_text(_WARM_UP_TEXT, doc_id="warm-up", settings=settings)
        # OpenCC's dictionaries (~21 MiB) load on the first organ name holding a character of
        # traditional_chars.tsv (著 of 显著 is one), which may come at document 5,000: built here,
        # the workers share one copy and their memory stays flat over an archive (speed-s15.md).
        from .nlp import simplify

        simplify.preload()
    except Exception:  # a warm-up must never stop a run: the workers build what is missing
        pass
