"""What every reader returns: the text of each page, before cleaning."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawPage:
    number: int  # 1-based page number (1 for formats without pages)
    text: str
    backend: str  # which reader produced this page's text, e.g. "pypdfium2", "text", "ocr"
    confidence: float | None = None  # OCR confidence, when the page was recognised


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
