"""The knowledge-base record: pydantic models mirroring EXTRACTION_SPEC sections 2-9.

A gold file and a record share the spec keys. A record adds grounding (`quote` + `span` into
`text`), the clean text itself, a page map and provenance. `GoldRecord` relaxes the grounding
fields so hand-labelled files validate with the same field definitions.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt, field_validator

# The record format's version: fixed per release, changed only with an entry in CHANGELOG.md
# (major: a key removed, renamed or retyped; minor: a key added).
SCHEMA_VERSION = "2.0.0"

AdminLevel = Literal["central", "province", "prefecture", "county", "township"]
ADMIN_LEVELS: tuple[str, ...] = AdminLevel.__args__
Role = Literal["lead", "co", "responsible"]
Comparator = Literal[">=", ">", "<=", "<", "~", "="]
Offset = NonNegativeInt
Span = tuple[Offset, Offset]
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", json_schema_extra={"format": "date"})]


class _Model(BaseModel):
    # Published models reject keys they do not define: a typo in a consumer's file is an
    # error, not a silently ignored value.
    model_config = ConfigDict(extra="forbid")


class Grounded(_Model):
    """An extracted item: `text[span[0]:span[1]] == quote` in the record's clean text."""

    quote: str = Field(description="the words of the clean text the item was read from")
    span: Span = Field(description="[start, end) character offsets of `quote` into the record's `text` "
                                   "(0-based, non-negative, start <= end)")
    page: Optional[PositiveInt] = Field(
        None, description="1-based page of the document where the quote starts (1 for formats without pages)")
    page_quote: Optional[str] = Field(
        None, description="PDF only: the quote as it stands on that page, with the page's own line breaks "
                          "and spaces (what Ctrl-F in a viewer finds); the part on the first page when the quote "
                          "runs on to the next")

    @field_validator("span")
    @classmethod
    def ordered(cls, v: tuple[int, int]) -> tuple[int, int]:
        if v[0] > v[1]:
            raise ValueError(f"span start {v[0]} is after its end {v[1]}")
        return v


class Evidence(Grounded):
    """Where a metadata value was read."""


class Metadata(_Model):
    """What the document says about itself (spec section 3); null where it does not say."""

    title: Optional[str] = Field(None, description="the document's own title (the policy issued), without 《》")
    notice_title: Optional[str] = Field(
        None, description="the title of a transmitting notice (印发/转发…的通知) when the document is transmitted by one")
    doc_number: Optional[str] = Field(None, description="the 文号 as printed, e.g. 粤府办〔2024〕3号")
    issuers: list[str] = Field(default_factory=list, description="issuing organs in the order printed")
    issue_date: Optional[IsoDate] = Field(None, description="date of issue (成文日期), ISO 8601 YYYY-MM-DD")
    region: Optional[str] = Field(None, description="the jurisdiction the document governs, as a region name "
                                                    "(e.g. 四川省绵阳市); 全国 for central documents")
    admin_level: Optional[AdminLevel] = Field(None, description="administrative level of the issuer: central, "
                                                                "province, prefecture, county or township")
    doc_type: Optional[str] = Field(None, description="genre word of the title: 通知, 意见, 方案, 办法…")
    draft: bool = Field(False, description="true for a 征求意见稿 or other draft")
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="where each metadata value was read (key -> quote/span)"
    )

    @field_validator("issue_date")
    @classmethod
    def real_date(cls, v: Optional[str]) -> Optional[str]:
        if v is not None:
            dt.date.fromisoformat(v)  # ValueError for 2024-02-30
        return v


class Task(Grounded):
    """A numbered item of the document's body (一、 （一） 1. …): the unit responsibilities and targets attach to."""

    path: str = Field(description="position in the numbering tree, numbers joined by / (一/(二)/3); "
                                  "§2/… for a second transmitted document, 附件1/… for an attachment")
    heading: str = Field(description="the item's heading: its text up to the first sentence end")
    level: int = Field(1, ge=1, description="depth of the item in the numbering tree, 1 = top")


class Department(Grounded):
    """An organ the document names; `departments` lists each organ once, with its first mention."""

    name: str = Field(description="canonical name (jurisdiction prefixed where the text leaves it implicit)")
    kind: Literal["named", "collective", "sector"] = Field(
        "named", description="named: one organ (市财政局); collective: a group named as one (各县区人民政府, "
                             "成员单位); sector: a kind of organ (财政部门)")


class Responsibility(Grounded):
    """A department assigned to a task."""

    task: Optional[str] = Field(description="path of the task (None: the assignment is outside any numbered item)")
    department: str = Field(description="canonical name of the organ, as in `departments`")
    role: Role = Field(description="lead: 牵头 (leads the task); co: 配合/参与 (supports the lead); "
                                   "responsible: named without a lead/support distinction (责任单位)")


class Target(Grounded):
    """A quantified objective: an indicator, a value and a unit, maybe per year and for years."""

    task: Optional[str] = Field(description="path of the task the target belongs to (None: before the first item)")
    indicator: str = Field(description="what is measured, as written (e.g. 新增技能人才)")
    value: float = Field(description="the number, in `unit` (万 and 亿 kept in the unit, not multiplied)")
    unit: str = Field(description="unit as written: 人, 万人, %, 亩, 家…")
    comparator: Comparator = Field("=", description=">= 以上/不低于/至少, > 超过, <= 以内/不超过, < 低于, ~ 左右/约, = exact")
    per_year: bool = Field(False, description="true when the value is per year (每年, 年均)")
    year_start: Optional[int] = Field(None, description="first year the target applies to (None: not stated)")
    year_end: Optional[int] = Field(None, description="last year the target applies to, the deadline (到2025年)")


class Year(Grounded):
    """A period or year the document names (2021—2025年, 到2025年)."""

    start: int = Field(description="first year of the period")
    end: int = Field(description="last year of the period (= start for a single year)")


class Citation(Grounded):
    """Another document the notice cites, by title and/or 文号."""

    title: Optional[str] = Field(description="cited title without 《》 (None: cited by 文号 only)")
    doc_number: Optional[str] = Field(description="the cited 文号 (None: cited by title only)")


class PageSpan(_Model):
    """The clean text's characters [start, end) come from this page."""

    page: PositiveInt = Field(description="1-based page number")
    start: Offset = Field(description="first character offset into `text` on that page")
    end: Offset = Field(description="offset after the last character on that page")


class Warning_(_Model):
    """Something lost or repaired while making the record (the codes are in pipeline/errors.py)."""

    code: str = Field(pattern=r"^W\d{3}$", description="stable code, e.g. W001 undecodable bytes replaced")
    message: str = Field(description="what happened, in words")
    page: Optional[PositiveInt] = Field(None, description="the page concerned, when one is")


class Provenance(_Model):
    """Where the record comes from: the input file, its bytes' hash, the reader of each page."""

    source: str = Field(description="the input file, relative to the input root named on the command line "
                                    "(POSIX separators); <string> or the given name for in-memory input")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the input bytes")
    format: str = Field(description="txt, pdf, html, docx or ofd")
    pages: NonNegativeInt = Field(description="pages read (1 for formats without pages)")
    encoding: Optional[str] = Field(None, description="character encoding of a text or HTML input")
    backends: list[str] = Field(default_factory=list, description="backend that produced each page")
    pipeline_version: str = Field(description="policykb version that made the record")


class Record(_Model):
    """One document of the knowledge base: its metadata, six fields of grounded items, the clean
    text every span points into, a page map and provenance."""

    schema_version: Literal[SCHEMA_VERSION] = Field(SCHEMA_VERSION, description="version of this format")
    doc_id: str = Field(description="stable id: the file stem for .txt/.md, <stem>-<format> for other formats "
                                    "(docs/decisions/trust.md)")
    metadata: Metadata = Field(description="title, 文号, issuers, date, region, level, genre, with evidence")
    tasks: list[Task] = Field(default_factory=list, description="numbered items in document order")
    departments: list[Department] = Field(default_factory=list,
                                          description="each organ once, with its first mention")
    responsibilities: list[Responsibility] = Field(default_factory=list, description="who does which task")
    targets: list[Target] = Field(default_factory=list, description="quantified objectives")
    years: list[Year] = Field(default_factory=list, description="years and periods named, each once")
    citations: list[Citation] = Field(default_factory=list, description="documents cited")
    text: str = Field(description="the clean text every span points into")
    page_map: list[PageSpan] = Field(default_factory=list, description="which page each part of `text` comes from")
    provenance: Provenance = Field(description="where the record comes from")
    warnings: list[Warning_] = Field(default_factory=list, description="coded warnings (W…) about this document")


def _item_fields() -> tuple[str, ...]:
    """The spec's item fields, in record order: every list of grounded items (tasks … citations)."""
    import typing

    out = []
    for name, info in Record.model_fields.items():
        args = typing.get_args(info.annotation)
        if typing.get_origin(info.annotation) is list and args and isinstance(args[0], type) \
                and issubclass(args[0], Grounded):
            out.append(name)
    return tuple(out)


# The item fields, derived from `Record` so a new field is declared in one place.
FIELDS = _item_fields()


def _may_hold_float(tp) -> bool:
    """Can a value of annotation `tp` be or contain a float (in a model_dump)? Unknown types: yes."""
    import typing

    if tp is float or isinstance(tp, float):  # (a Literal's float value)
        return True
    if tp in (str, int, bool, type(None)) or isinstance(tp, (str, int, bool)):  # (a Literal's other values)
        return False
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return any(_may_hold_float(f.annotation) for f in tp.model_fields.values())
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _may_hold_float(typing.get_args(tp)[0])
    if origin is None:
        return True
    return any(_may_hold_float(a) for a in typing.get_args(tp))


def _float_keys() -> dict[str, tuple[str, ...]] | None:
    """Per item field (tasks … citations), the keys of its items whose values can be or hold a
    float; None when a float could also sit elsewhere in a record (metadata, provenance…)."""
    out = {}
    for name, info in Record.model_fields.items():
        if name in FIELDS:
            item = __import__("typing").get_args(info.annotation)[0]
            out[name] = tuple(k for k, f in item.model_fields.items() if _may_hold_float(f.annotation))
        elif _may_hold_float(info.annotation):
            return None
    return out


# Where a record's floats can be (derived from the models): `write.record_json` checks only these.
FLOAT_KEYS = _float_keys()


def record_json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://policykb.org/schema/record-{SCHEMA_VERSION}.json"
    schema["title"] = "policykb record"
    defs = schema.get("$defs", {})
    if "Warning_" in defs:  # the class is Warning_ (Warning is a builtin); publish it as Warning
        defs["Warning"] = defs.pop("Warning_")
        defs["Warning"]["title"] = "Warning"
    text = __import__("json").dumps(schema).replace("#/$defs/Warning_", "#/$defs/Warning")
    return __import__("json").loads(text)
