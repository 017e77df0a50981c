"""DOCX (Office Open XML): paragraphs and tables in reading order, read from the XML directly.

The standard library is enough: word/document.xml lists the body's paragraphs (w:p) and tables
(w:tbl) in order. Text is w:t (w:delText, deleted tracked changes, is skipped); w:tab becomes a
space, w:br a line break. A table row becomes one line, its cells separated by ` | `, so a
分工表 row (序号, 任务, 责任单位) stays one line and its cells stay apart (an empty cell keeps its place). Headers and footers (page furniture) are not read.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from ..errors import Errors, IngestError
from .raw import RawDoc, RawPage

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(p: ET.Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        if el.tag == W + "t" and el.text:
            parts.append(el.text)
        elif el.tag in (W + "tab", W + "ptab"):
            parts.append(" ")
        elif el.tag in (W + "br", W + "cr"):
            parts.append("\n")
    return "".join(parts)


def _table_lines(tbl: ET.Element) -> list[str]:
    lines = []
    for tr in tbl.findall(W + "tr"):
        # (s40b-twins) an empty cell keeps its place (a category cell merged down, `<w:vMerge/>`, is empty in the rows
        # below its first; a blank note): the row's cells stay under their header's, as the PDF reader keeps them
        cells = [" ".join(t for t in (_paragraph_text(p).strip() for p in tc.iter(W + "p")) if t)
                 for tc in tr.findall(W + "tc")]
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def docx_to_text(data: bytes, settings=None, path="<bytes>") -> str:
    from . import open_zip
    from ..settings import DEFAULT

    with open_zip(data, settings or DEFAULT, path, "DOCX") as zf:
        xml = zf.read("word/document.xml")
    body = ET.fromstring(xml).find(W + "body")
    if body is None:
        return ""
    lines: list[str] = []
    for el in body:
        if el.tag == W + "p":
            lines.extend(_paragraph_text(el).split("\n"))
        elif el.tag == W + "tbl":
            lines.extend(_table_lines(el))
        elif el.tag == W + "sdt":  # content control wrapping paragraphs (tables of contents, forms)
            for p in el.iter(W + "p"):
                lines.extend(_paragraph_text(p).split("\n"))
    return "\n".join(ln.strip() for ln in lines if ln.strip())


def read_docx(path: Path, data: bytes | None = None, settings=None) -> RawDoc:
    data = Path(path).read_bytes() if data is None else data
    try:
        text = docx_to_text(data, settings, path)
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise IngestError(Errors.E008.format(fmt="DOCX", reason=f"{type(exc).__name__}: {exc}", path=path)) from None
    if not text.strip():
        raise IngestError(Errors.E007.format(path=path))
    return RawDoc(path=str(path), format="docx", pages=[RawPage(1, text, "docx-xml", line_breaks="paragraph")])
