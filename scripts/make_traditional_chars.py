"""Write pipeline/data/traditional_chars.tsv: characters that OpenCC's hk2s tables simplify (t2s and
the Hong Kong variants, 衞 → 卫).

`looks_traditional` counts these characters instead of running the full converter over the
text, so a Simplified notice never pays the converter's start-up (~60 ms).

    python scripts/make_traditional_chars.py
"""
from __future__ import annotations

from pathlib import Path

from opencc_purepy import OpenCC

OUT = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "traditional_chars.tsv"
BLOCKS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]  # CJK Ext-A, Unified, Compatibility


def main() -> None:
    cc = OpenCC("hk2s")
    rows = []
    for lo, hi in BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            simp = cc.convert(ch)
            if simp != ch:
                rows.append(f"{ch}\t{simp}")
    OUT.write_text("char\tsimplified\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(OUT, len(rows), "characters")


if __name__ == "__main__":
    main()
