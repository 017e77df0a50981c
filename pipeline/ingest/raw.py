"""What every reader returns: the text of each page, before cleaning."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawPage:
    number: int  # 1-based page number (1 for formats without pages)
    text: str
    backend: str  # which reader produced this page's text, e.g. "pypdfium2", "text", "ocr"
    confidence: float | None = None  # OCR confidence, when the page was recognised
    # "layout": line breaks may fall inside sentences (plain text, PDF without geometry), so
    # cleaning decides which to keep; "paragraph": the reader knew the layout and every line
    # break ends a paragraph, heading or title (DOCX, HTML, OFD, PDF with geometry).
    line_breaks: str = "layout"
    continues: bool = False  # the page's last paragraph goes on at the top of the next page
    # The page's own text as its text layer gives it (PDF: pdfium's text with the page's line
    # breaks and spaces), for quoting items as they stand on the page; None = same as `text`.
    source_text: str | None = None


@dataclass
class RawDoc:
    path: str
    format: str  # "txt", "pdf", "html", "docx", "ofd"
    pages: list[RawPage]
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)
