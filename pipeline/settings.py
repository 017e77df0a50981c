"""Settings of one run, passed through `process()` instead of module globals that scripts patch.

A `Settings` is immutable and picklable, so the same object travels to worker processes and Dask
workers. Defaults are what `policykb run` uses.
"""
from __future__ import annotations

from dataclasses import dataclass

ORGAN_LAYERS = ("gazetteer", "patterns", "ner")


@dataclass(frozen=True)
class Settings:
    # Organ recognition layers (pipeline.nlp.organs): the character gazetteer and the pattern
    # layer by default; "ner" adds the packaged statistical model (docs/decisions/ner.md says why
    # it is off by default).
    organ_layers: tuple[str, ...] = ("gazetteer", "patterns")

    # Limits of one document (docs/decisions/trust.md). A batch always finishes: a document
    # past a limit becomes one coded error (E010 time, E011 memory, E013 size), never a hang.
    time_limit: float = 300.0  # wall-clock seconds per document (0 = none), enforced by the runner
    memory_limit_mib: int = 3072  # resident memory of a worker per document (0 = none)
    max_bytes: int = 200 * 2**20  # input file size, checked before reading
    max_inflated_bytes: int = 256 * 2**20  # one zip member (DOCX, OFD), as its header declares
    max_inflated_total: int = 512 * 2**20  # all members of a zip together
    max_zip_members: int = 20_000
    max_pages: int = 2_000  # pages read from a PDF or OFD; later pages are dropped with W007
    max_page_glyphs: int = 200_000  # glyphs on one PDF page; a denser page is skipped with W006
    max_repeat: int = 100_000  # repeat counts inside a file (OFD DeltaX `g N v`)
    max_chars: int = 3_000_000  # characters of text read from one document; more is refused (E013)
    ocr: bool = True  # recognise pages without a text layer when the `ocr` extra is installed

    def __post_init__(self) -> None:
        unknown = [layer for layer in self.organ_layers if layer not in ORGAN_LAYERS]
        if unknown or not self.organ_layers:
            raise ValueError(f"organ_layers must be a non-empty subset of {ORGAN_LAYERS}, got {self.organ_layers}")
        for name in ("time_limit", "memory_limit_mib", "max_bytes", "max_inflated_bytes", "max_inflated_total",
                     "max_zip_members", "max_pages", "max_page_glyphs", "max_repeat", "max_chars"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0 (0 = no limit), got {getattr(self, name)}")


DEFAULT = Settings()
