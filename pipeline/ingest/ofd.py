"""OFD (GB/T 33190-2016), China's fixed-layout format: a zip of XML, read directly.

OFD.xml -> DocBody/DocRoot (Document.xml) -> Pages/Page@BaseLoc (Content.xml) -> TextObject
(Boundary "x y w h" in mm, Size) -> TextCode (X, Y relative to the boundary, DeltaX glyph
advances, text). Text codes are grouped into lines by their baseline and the lines re-joined by
the same geometry rules as PDF (pipeline.ingest.lines.join_lines).
"""
from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from ..errors import Errors, IngestError, LimitError, Warnings
from .lines import PdfLine, join_lines
from .raw import RawDoc, RawPage


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el.iter() if _local(c.tag) == name), None)


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip()
    return loc.lstrip("/") if loc.startswith("/") else posixpath.normpath(posixpath.join(base_dir, loc))


class _RepeatLimit(Exception):
    pass


def _advances(delta: str | None, n: int, size: float, max_repeat: int = 100_000) -> float:
    """Total advance of a text code from DeltaX ("3.5 g 4 3.5 ..."); `g N v` repeats v N times.

    Only the first n-1 advances count, and a repeat is summed, never expanded: a huge `N` costs
    nothing, and one beyond `max_repeat` is refused as a hostile file."""
    if not delta:
        return size * max(n - 1, 0)
    need = max(n - 1, 0)
    total, count = 0.0, 0
    toks = delta.split()
    i = 0
    while i < len(toks) and count < need:
        if toks[i] == "g" and i + 2 < len(toks):
            times = int(toks[i + 1])
            if times < 0 or (max_repeat and times > max_repeat):
                raise _RepeatLimit(f"DeltaX repeat count {times:,} > max_repeat {max_repeat:,}")
            take = min(times, need - count)
            total += take * float(toks[i + 2])
            count += take
            i += 3
        else:
            total += float(toks[i])
            count += 1
            i += 1
    return total


def _page_lines(root: ET.Element, max_repeat: int = 100_000) -> list[PdfLine]:
    codes: list[tuple[float, float, float, float, str]] = []  # (y, x0, x1, size, text)
    for obj in root.iter():
        if _local(obj.tag) != "TextObject":
            continue
        bx, by = (float(v) for v in (obj.get("Boundary") or "0 0 0 0").split()[:2])
        size = float(obj.get("Size") or 0)
        for code in obj:
            if _local(code.tag) != "TextCode" or not code.text:
                continue
            x = bx + float(code.get("X") or 0)
            y = by + float(code.get("Y") or 0)
            x1 = x + _advances(code.get("DeltaX"), len(code.text), size, max_repeat) + size
            codes.append((y, x, x1, size, code.text))
    codes.sort(key=lambda c: (c[0], c[1]))
    lines: list[PdfLine] = []
    last_y = None
    for y, x0, x1, size, text in codes:
        if last_y is not None and abs(y - last_y) <= max(size, 1.0) * 0.3:
            ln = lines[-1]
            lines[-1] = PdfLine(ln.text + text, min(ln.x0, x0), max(ln.x1, x1), max(ln.size, size))
        else:
            lines.append(PdfLine(text, x0, x1, size))
            last_y = y
    return lines


def read_ofd(path: Path, data: bytes | None = None, settings=None) -> RawDoc:
    from ..settings import DEFAULT
    from . import open_zip

    settings = settings or DEFAULT
    data = Path(path).read_bytes() if data is None else data
    warnings: list[str] = []
    try:
        zf = open_zip(data, settings, path, "OFD")
        ofd = ET.fromstring(zf.read("OFD.xml"))
        doc_root = _child(ofd, "DocRoot")
        if doc_root is None or not doc_root.text:
            raise KeyError("OFD.xml has no DocRoot")
        doc_path = _resolve("", doc_root.text)
        document = ET.fromstring(zf.read(doc_path))
        base = posixpath.dirname(doc_path)
        page_locs = [p.get("BaseLoc") for p in document.iter() if _local(p.tag) == "Page" and p.get("BaseLoc")]
        if settings.max_pages and len(page_locs) > settings.max_pages:
            warnings.append(Warnings.W007.format(limit=settings.max_pages, count=len(page_locs)))
            page_locs = page_locs[: settings.max_pages]
        pages: list[RawPage] = []
        for n, loc in enumerate(page_locs, 1):
            try:
                content = ET.fromstring(zf.read(_resolve(base, loc)))
                text, mode, continues = join_lines(_page_lines(content, settings.max_repeat))
            except KeyError as exc:  # a page the document lists but the package lacks: that page only
                warnings.append(Warnings.W006.format(page=n, reason=f"missing part {exc}"))
                text, mode, continues = "", "paragraph", False
            pages.append(RawPage(n, text, "ofd-xml", line_breaks=mode, continues=continues))
    except _RepeatLimit as exc:
        raise LimitError(Errors.E013.format(what=str(exc), path=path)) from None
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError) as exc:
        raise IngestError(Errors.E008.format(fmt="OFD", reason=f"{type(exc).__name__}: {exc}", path=path)) from None
    if not any(p.text.strip() for p in pages):
        raise IngestError(Errors.E007.format(path=path))
    return RawDoc(path=str(path), format="ofd", pages=pages, warnings=warnings)
