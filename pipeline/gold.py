"""The gold model: a hand-labelled file in the layout of EXTRACTION_SPEC section 2.

A gold file and a knowledge-base record share the spec's keys, but gold carries no spans, no
clean text and no provenance, so it is validated here with a relaxed model of its own, beside
`pipeline.record.Record`. `problems()` is the labeller's check: structure, grounding of every
quote and value in the source text, and the internal consistency the spec demands. It is used by
the gold tests and by `scripts/check_labels.py`, which labellers run on their own files.

Text comparisons follow the spec: Unicode NFKC, all white space removed.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr, ValidationError, field_validator

from .patterns import TITLE_VERBS, alternation

# Path tokens after normalisation (spec section 4, revision 1.1): 一 / (一) / 1 / (1) / ① /
# 第三条, decimal numbering 2.1.3, `§2` for a second transmitted document, `附件1` / `附件` for
# an attachment, and `表` / `表2` for rows of a task-division table (section 6).
TOKEN = re.compile(
    r"[一二三四五六七八九十百]+|\([一二三四五六七八九十百]+\)|\d+(?:\.\d+)*|\(\d+\)|[①-⑳]"
    r"|第[一二三四五六七八九十百零〇\d]+[编章节条款]|§\d+|附件\d*|附录\d*|表\d*"
)
TABLE_ROW = re.compile(r"(?:.+/)?表\d*/[^/]+")

Level = Literal["central", "province", "prefecture", "county", "township"]


def flat(text: str) -> str:
    """The spec's comparison form: NFKC, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def without_markdown(text: str) -> str:
    """Titles and headings are compared without Markdown marks, which are never part of them."""
    return re.sub(r"[*#]", "", text)


# A PDF copy's page-number line (`— 2 —`, `- 12 -`): page furniture, not body (spec §1), so a heading that
# runs over a page break is written without it and is checked against the text without it.
PAGE_NUMBER_LINE = re.compile(r"(?m)^[ \t\u3000]*[—－\-–]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[—－\-–]{1,2}[ \t\u3000]*$")


def without_page_numbers(text: str) -> str:
    return PAGE_NUMBER_LINE.sub("", text)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldMetadata(_Strict):
    title: Optional[StrictStr]
    notice_title: Optional[StrictStr]
    doc_number: Optional[StrictStr]
    issuers: list[StrictStr]
    issue_date: Optional[StrictStr]
    region: Optional[StrictStr]
    admin_level: Optional[Level]
    doc_type: Optional[StrictStr]
    draft: StrictBool

    @field_validator("issue_date")
    @classmethod
    def iso_date(cls, v: Optional[str]) -> Optional[str]:
        if v is not None:
            dt.date.fromisoformat(v)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                raise ValueError(f"issue_date must be YYYY-MM-DD: {v}")
        return v


class GoldTask(_Strict):
    path: StrictStr
    heading: StrictStr


class GoldDepartment(_Strict):
    name: StrictStr
    quote: StrictStr


class GoldResponsibility(_Strict):
    task: Optional[StrictStr]
    department: StrictStr
    role: Literal["lead", "co", "responsible"]


class GoldTarget(_Strict):
    task: Optional[StrictStr]
    quote: StrictStr
    indicator: StrictStr
    value: float
    unit: StrictStr
    comparator: Literal[">=", ">", "<=", "<", "~", "="]
    per_year: StrictBool
    year_start: Optional[StrictInt]
    year_end: Optional[StrictInt]


class GoldYear(_Strict):
    quote: StrictStr
    start: StrictInt
    end: StrictInt


class GoldCitation(_Strict):
    title: Optional[StrictStr]
    doc_number: Optional[StrictStr]


class GoldRecord(_Strict):
    doc_id: StrictStr
    metadata: GoldMetadata
    tasks: list[GoldTask]
    departments: list[GoldDepartment]
    responsibilities: list[GoldResponsibility]
    targets: list[GoldTarget]
    years: list[GoldYear]
    citations: list[GoldCitation]


def _order_number_from_header(value: str, values_text: str) -> bool:
    """A joint order's number written in guide M22's form (`A、B、C令第8号`) where the page prints only the header block
    (each organ on its own line before one `令`, then `第8号`): every organ, `令` and `第N号` are in the text."""
    m = re.fullmatch(r"(.+?)令(第\d+号)", value)
    if m is None or "、" not in m.group(1):
        return False
    organs = m.group(1).split("、")
    return all(organ in values_text for organ in organs) and "令" in values_text and m.group(2) in values_text


def problems(data: dict, source: str, *, simplified_source: Optional[str] = None) -> list[str]:
    """Everything wrong with one gold file, as readable lines (empty when it is well-formed).

    `source` is the document's text as published. Quotes must occur in it; text values (titles,
    headings, 文号) are Simplified per the spec, so for a Traditional source pass its Simplified
    view as `simplified_source` and they are looked up there.
    """
    try:
        record = GoldRecord.model_validate(data)
    except ValidationError as exc:
        return [f"schema: {e['loc']}: {e['msg']}" for e in exc.errors()]
    text = flat(source)
    values_text = without_markdown(flat(simplified_source or source))
    headings_text = without_markdown(flat(without_page_numbers(simplified_source or source)))
    out: list[str] = []

    for quote in [d.quote for d in record.departments] + [t.quote for t in record.targets] + [y.quote for y in record.years]:
        if flat(quote) not in text:
            out.append(f"quote not in the text: {quote}")

    md = record.metadata
    for key in ("title", "notice_title", "doc_number"):
        value = getattr(md, key)
        # Spec §3: for several transmitted documents the title is "the name the notice title gives them",
        # without 《》 (`关于印发《A》和《B》的通知` → `A和B`), so a title is also looked up with the marks removed.
        if value is not None and flat(value) not in values_text and not (
                key == "title" and flat(value) in re.sub(r"[《》]", "", values_text)) and not (
                key == "doc_number" and _order_number_from_header(flat(value), values_text)):
            out.append(f"metadata.{key} not in the text: {value}")
    if md.title is not None and md.title.startswith("《"):
        out.append("metadata.title keeps 《》")
    if md.notice_title is not None and not re.match(alternation(("关于",) + TITLE_VERBS), flat(md.notice_title)):
        out.append("metadata.notice_title must start at its 事由 (关于, or 印发/转发/批转 when there is no 关于 before it): guide M1")
    if md.region is not None and re.search(r"[\s,，、/]", md.region):
        out.append("metadata.region has separators")

    paths = [t.path for t in record.tasks]
    if len(paths) != len(set(paths)):
        out.append("duplicate task paths")
    for task in record.tasks:
        tokens = task.path.split("/")
        if not all(TOKEN.fullmatch(tok) for tok in tokens):
            out.append(f"task path has a token the spec does not know: {task.path}")
        parent = "/".join(tokens[:-1])
        if len(tokens) > 1 and parent not in paths and not re.fullmatch(r"§\d+|附件\d*|附录\d*", parent):
            out.append(f"task {task.path} has no parent task")
        if not task.heading or re.search(r"[*#]", task.heading) or re.search(r"[。；;，,：:、.]$", task.heading):
            out.append(f"task heading not clean: {task.path} {task.heading}")
        elif flat(task.heading) not in values_text and flat(task.heading) not in headings_text:
            out.append(f"task heading not in the text: {task.path} {task.heading}")

    names = [flat(d.name) for d in record.departments]
    if len(names) != len(set(names)):
        out.append("duplicate department names")
    out += [f"department name ends in 等: {n}" for n in names if n.endswith("等")]

    known = set(names)
    path_set = set(paths)
    triples = []
    for r in record.responsibilities:
        if flat(r.department) not in known:
            out.append(f"responsibility department not in departments: {r.department}")
        if r.task not in path_set and not (r.task and TABLE_ROW.fullmatch(r.task)):
            out.append(f"responsibility task is not a task path or 表/N: {r.task}")
        triples.append((r.task, flat(r.department), r.role))
    if len(triples) != len(set(triples)):
        out.append("duplicate responsibility")
    # One department may hold two roles on one item when the item carries two assignments (a
    # lead for one sentence, a share of a collective duty in another), so that is not checked.

    for t in record.targets:
        if t.task is not None and t.task not in path_set:
            out.append(f"target task is not a task path: {t.task} ({t.quote})")
        if t.value < 0 or not t.unit or not t.indicator:
            out.append(f"target incomplete: {t.quote}")
        if t.year_start is not None and t.year_end is not None and t.year_start > t.year_end:
            out.append(f"target years reversed: {t.quote}")

    periods = [(y.start, y.end) for y in record.years]
    if len(periods) != len(set(periods)):
        out.append("duplicate (start, end) in years")
    out += [f"year start after end: {p}" for p in periods if p[0] > p[1]]

    titles = [flat(c.title) for c in record.citations if c.title]
    if len(titles) != len(set(titles)):
        out.append("duplicate citation title")
    for c in record.citations:
        if not (c.title or c.doc_number):
            out.append("citation with neither title nor doc_number")
        if c.title and (c.title.startswith("《") or c.title.endswith("》")):
            out.append(f"citation title keeps 《》: {c.title}")
        if c.title and flat(c.title) not in values_text:
            out.append(f"citation title not in the text: {c.title}")
        if c.doc_number and flat(c.doc_number) not in values_text:
            out.append(f"citation doc_number not in the text: {c.doc_number}")
    return out
