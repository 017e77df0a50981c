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

    def __post_init__(self) -> None:
        unknown = [layer for layer in self.organ_layers if layer not in ORGAN_LAYERS]
        if unknown or not self.organ_layers:
            raise ValueError(f"organ_layers must be a non-empty subset of {ORGAN_LAYERS}, got {self.organ_layers}")


DEFAULT = Settings()
