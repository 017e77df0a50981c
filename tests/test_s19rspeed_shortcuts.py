"""s19-rspeed: each speed-only shortcut gives what the plain code gives (docs/decisions/speed-s19.md)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.extract import metadata

ROOT = Path(__file__).resolve().parents[1]
# the characters BARE_MARKER reads: markers, delimiters, the words around them, other Han and Latin
ALPHABET = list("省市县区自治州盟旗地我本，、。；：（\n 经由的委局办厅员会人民政府行政公署直各有关部门单位机场级域长负责牵头要同生产性") + ["X", "1"]


def _plain(text):
    return [(m.span(), m.groupdict()) for m in metadata.BARE_MARKER.finditer(text)]


def _fast(text):
    return [(m.span(), m.groupdict()) for m in metadata._bare_markers(text)]


def test_bare_markers_random_strings():
    rng = random.Random(19)
    for _ in range(30000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 18)))
        assert _fast(text) == _plain(text), text


@pytest.mark.parametrize("text", [
    "省科技厅、市财政局负责。我省各地", "自治区教育厅牵头，州教育局配合", "地委、地直各部门", "，地区农牧局负责",
    "盟行政公署和旗人民政府", "经州人民政府同意", "本旗、我州", "市、州发展改革委", "省委、地委", "",
])
def test_bare_markers_examples(text):
    assert _fast(text) == _plain(text)


def test_bare_markers_real_texts():
    paths = sorted((ROOT / "corpus").glob("*.txt"))[:20]
    assert paths
    for p in paths:
        text = p.read_text(encoding="utf-8-sig")
        assert _fast(text) == _plain(text), p.name
