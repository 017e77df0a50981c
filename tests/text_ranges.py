"""Offset ranges for the speed tests that check a shortcut against the plain `text.find`/`search` it replaces
(test_s21speed_openings, test_s21bspeed_gates, test_s29speed_shortcuts): one helper, so the three check the same kinds
of range."""
from __future__ import annotations

from collections.abc import Iterator


def offset_ranges(text: str, small_step: int | None = None) -> Iterator[tuple[int, int]]:
    """The whole text, each line (with its offsets), windows of 1,500 characters every 997, and, with `small_step`,
    windows of 40 characters every `small_step` (the short segments an organ pass sees between cited titles)."""
    yield 0, len(text)
    k = 0
    for line in text.split("\n"):
        if line:
            yield k, k + len(line)
        k += len(line) + 1
    for a in range(0, len(text), 997):
        yield a, min(len(text), a + 1500)
    if small_step:
        for a in range(0, len(text), small_step):
            yield a, min(len(text), a + 40)
