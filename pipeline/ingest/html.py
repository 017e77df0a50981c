"""HTML pages saved from government sites: the notice's text only, navigation dropped.

trafilatura (Apache-2.0, well maintained) finds the main content block. Government sites still
leave link lists in it (the "相关链接"/部门网站 lists under the article), so runs of lines that
are nothing but a link are dropped too; a single link line (an attachment) is kept as text.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import Errors, IngestError
from .raw import RawDoc, RawPage

# A navigation item: a line that is only a link (maybe after a bullet), or a short bulleted
# label (`· 市委编办`) between linked ones.
LINK_ONLY = re.compile(r"^\s*[-*+·•]?\s*\[([^\]]*)\]\([^)]*\)\s*$|^\s*[·•]\s*\S{1,15}\s*$")
INLINE_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
NAV_RUN = 3  # this many link-only lines in a row are a navigation list, not the notice
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def html_to_text(data: bytes | str) -> str:
    import trafilatura

    text = trafilatura.extract(
        data, output_format="markdown", include_links=True, include_tables=True,
        include_comments=False, include_images=False, deduplicate=False,
    )
    if not text:
        return ""
    return "\n".join(_drop_nav(text.split("\n")))


def _drop_nav(lines: list[str]) -> list[str]:
    content = [ln for ln in lines if ln.strip()]
    keep: list[str] = []
    run: list[str] = []
    for line in content + [""]:
        if line and LINK_ONLY.match(line):
            run.append(line)
            continue
        if len(run) < NAV_RUN:
            keep.extend(run)
        run = []
        if line:
            keep.append(line)
    out = []
    for line in keep:
        if TABLE_RULE.match(line):
            continue
        line = INLINE_LINK.sub(r"\1", line)
        if line.strip().startswith("|"):  # a Markdown table row: cells as in DOCX tables
            line = " | ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
        out.append(line)
    return out


def read_html(path: Path, data: bytes | None = None) -> RawDoc:
    data = Path(path).read_bytes() if data is None else data
    try:
        text = html_to_text(data)
    except Exception as exc:  # lxml raises many types on broken markup
        raise IngestError(Errors.E008.format(fmt="HTML", reason=f"{type(exc).__name__}: {exc}", path=path)) from None
    if not text.strip():
        raise IngestError(Errors.E007.format(path=path))
    return RawDoc(path=str(path), format="html", pages=[RawPage(1, text, "trafilatura", line_breaks="paragraph")])
