"""Hot patterns of the rule modules run by the standard library's engine: each name below is
rebound, in its own module, to `scan.stdlib_twin` of its pattern (the same matches, groups and
spans as the `regex` pattern: `_twin_source` translates only what both engines read alike), once
per process: `pipeline.document`'s import binds each name to a `_LazyTwin`, which builds the twin
on its first use (a twin costs 1-15 ms to compile; a run that never reads a pattern does not
pay for it) and rebinds the name to it, so later calls go to the twin directly.

Why: on these patterns `re` is 1.3-10x faster than `regex`, measured by replaying each pattern's calls of a
benchmark pass (corpus/ + dev/country/raw; `docs/decisions/speed-s12.md`): together ~2.5% of the pass.
On most other patterns `regex` is as fast or faster, so only a listed pattern is swapped.

The rule modules keep writing `regex` patterns as before: a pattern a rule helper rewrites so that
it has no twin (`\\b`, atomic groups, …) stays a `regex` pattern; a listed name that is gone is
skipped. Names are listed per module binding: `from .patterns import X` in another module keeps
that module's own (unswapped) object. Nothing here reads a pattern's `.pattern` afterwards, and
no listed pattern is read for its source by other code (tests/test_s12_speed.py checks that the
twins give the same matches as the originals on the test snippets).
"""
from __future__ import annotations

import importlib

import regex

from .scan import stdlib_twin

TWINNED: dict[str, tuple[str, ...]] = {
    "pipeline.clean": ("BARE_TOP_ITEM", "STOPLESS_ITEM"),
    "pipeline.extract.citations": ("LEAD_IN",),
    "pipeline.extract.departments": ("NOT_DEPARTMENTS", "CONGRESS_BODY", "SUB_UNIT", "CENTRAL_PARENT"),
    "pipeline.extract.metadata": ("ORDER_LINE", "PROMULGATION", "ADOPTED_AT_MEETING", "ADOPTION_NOTE", "OWN_TOWN"),
    "pipeline.extract.responsibilities": ("CUE", "MECHANISM", "SETS_UP", "PLACE_OPENING", "ITEM_NUMBER", "TIME_OPENING",
                                          "COMMA", "SUBJECT_ASIDE", "CO_CUE", "PLACE_ASSIGNEE", "ADVERBIAL",
                                          "SUBJECT_CLOSE"),
    "pipeline.extract.targets": ("NUMBERING", "ORGAN_AFTER_VERB", "GOAL_HEADING"),
    "pipeline.extract.tasks": ("NUMBERING_OPENS", "STOPLESS_ITEM", "PART"),
    "pipeline.layout": ("BANJI", "ORDER_LINE", "SPACED_HEADING", "SITE_SUFFIX"),
    "pipeline.nlp.organs": ("SHARED_HEAD", "DESIGNATION_AFTER", "LIST_CLOSE_FIRST", "MARKER_SECTOR_FIRST", "VERB_OFFICE",
                            "SHARED_KIND_JOIN", "SHARED_AUTHORITY", "UNITS_OWN_DEPARTMENT", "DETERMINED", "TOWN_HEAD",
                            "LIST_WORD", "LOCAL_DETERMINER"),
}

# (module, name) -> the original `regex` pattern, for each name bound here (tests compare the two)
ORIGINALS: dict[tuple[str, str], object] = {}


class _LazyTwin:
    """Stands for a listed pattern until first used: then builds its twin, rebinds the module's
    name to the twin (or to the pattern itself when it has none) and does what was asked of it."""

    __slots__ = ("_module", "_name", "_pattern")

    def __init__(self, module, name: str, pattern):
        self._module, self._name, self._pattern = module, name, pattern

    def _resolve(self):
        twin = stdlib_twin(self._pattern)
        if getattr(self._module, self._name, None) is self:
            setattr(self._module, self._name, twin)
        return twin

    def __getattr__(self, attr):  # search, match, finditer, sub, pattern, groupindex…
        return getattr(self._resolve(), attr)


def adopt_twins() -> dict[tuple[str, str], object]:
    """Bind every listed pattern to a `_LazyTwin` (once; later calls do nothing)."""
    for module_name, names in TWINNED.items():
        module = importlib.import_module(module_name)
        for name in names:
            if (module_name, name) in ORIGINALS:
                continue
            pattern = getattr(module, name, None)
            if not isinstance(pattern, regex.Pattern):
                continue  # gone or renamed by a rule change, or already a stdlib pattern
            ORIGINALS[(module_name, name)] = pattern
            setattr(module, name, _LazyTwin(module, name, pattern))
    return ORIGINALS
