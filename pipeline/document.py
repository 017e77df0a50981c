"""One document, end to end: file -> RawDoc -> CleanDoc -> extractors -> Record."""
from __future__ import annotations

import hashlib
from pathlib import Path

from . import __version__
from .clean import CleanDoc, normalize_text
from .extract import extract_all
from .ingest import read_document
from .settings import DEFAULT, Settings
from .record import PageSpan, Provenance, Record


def doc_id_for(path: str | Path) -> str:
    return Path(path).stem


def build_record(doc: CleanDoc, provenance: Provenance, settings: Settings = DEFAULT) -> Record:
    ctx = extract_all(doc, settings)
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
        page_map=[PageSpan(page=p, start=s, end=e) for p, s, e in doc.page_map],
        provenance=provenance,
        warnings=doc.warnings,
    )


def process_file(path: str | Path, doc_id: str | None = None, source_label: str | None = None,
                 settings: Settings = DEFAULT) -> Record:
    path = Path(path)
    data = path.read_bytes()
    raw = read_document(path)
    doc = normalize_text(raw, doc_id or doc_id_for(path))
    doc.warnings.extend(raw.warnings)
    prov = Provenance(
        source=source_label or path.as_posix(),
        sha256=hashlib.sha256(data).hexdigest(),
        format=raw.format,
        pages=len(raw.pages),
        encoding=raw.encoding,
        backends=[p.backend for p in raw.pages],
        pipeline_version=__version__,
    )
    return build_record(doc, prov, settings)
