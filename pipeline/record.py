"""The knowledge-base record: pydantic models mirroring EXTRACTION_SPEC sections 2-9.

A gold file and a record share the spec keys. A record adds grounding (`quote` + `span` into
`text`), the clean text itself, a page map and provenance. `GoldRecord` relaxes the grounding
fields so hand-labelled files validate with the same field definitions.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

AdminLevel = Literal["central", "province", "prefecture", "county", "township"]
Role = Literal["lead", "co", "responsible"]
Comparator = Literal[">=", ">", "<=", "<", "~", "="]
Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Grounded(_Model):
    """An extracted item: `text[span[0]:span[1]] == quote` in the record's clean text."""

    quote: str
    span: Span = Field(description="[start, end) character offsets into the record's `text`")


class Evidence(Grounded):
    pass


class Metadata(_Model):
    title: Optional[str] = None
    notice_title: Optional[str] = None
    doc_number: Optional[str] = None
    issuers: list[str] = Field(default_factory=list)
    issue_date: Optional[str] = Field(None, description="YYYY-MM-DD")
    region: Optional[str] = None
    admin_level: Optional[AdminLevel] = None
    doc_type: Optional[str] = None
    draft: bool = False
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="where each metadata value was read (key -> quote/span)"
    )


class Task(Grounded):
    path: str
    heading: str
    level: int = Field(1, description="depth of the item in the numbering tree, 1 = top")


class Department(Grounded):
    name: str
    kind: Literal["named", "collective", "sector"] = "named"


class Responsibility(Grounded):
    task: Optional[str]
    department: str
    role: Role


class Target(Grounded):
    task: Optional[str]
    indicator: str
    value: float
    unit: str
    comparator: Comparator = "="
    per_year: bool = False
    year_start: Optional[int] = None
    year_end: Optional[int] = None


class Year(Grounded):
    start: int
    end: int


class Citation(Grounded):
    title: Optional[str]
    doc_number: Optional[str]


class PageSpan(_Model):
    page: int
    start: int
    end: int


class Provenance(_Model):
    source: str
    sha256: str
    format: str
    pages: int
    encoding: Optional[str] = None
    backends: list[str] = Field(default_factory=list, description="backend that produced each page")
    pipeline_version: str


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    metadata: Metadata
    tasks: list[Task] = Field(default_factory=list)
    departments: list[Department] = Field(default_factory=list)
    responsibilities: list[Responsibility] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    years: list[Year] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    text: str = Field(description="the clean text every span points into")
    page_map: list[PageSpan] = Field(default_factory=list)
    provenance: Provenance
    warnings: list[str] = Field(default_factory=list)


FIELDS = ("tasks", "departments", "responsibilities", "targets", "years", "citations")


def record_json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://policykb.org/schema/record-{SCHEMA_VERSION}.json"
    schema["title"] = "policykb record"
    return schema
