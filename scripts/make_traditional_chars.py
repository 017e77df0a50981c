"""Write pipeline/data/traditional_chars.tsv: characters that OpenCC's hk2s tables simplify (t2s and
the Hong Kong variants, 衞 → 卫), and (s32-trad, column `source` tw2s) the Taiwan variants that only tw2s
simplifies (簷 → 檐, 痺 → 痹): a character hk2s keeps, tw2s changes, s2tw writes back from its Simplified form, and
s2t never writes for a Simplified character (so 么 of 什么, which tw2s reads as 幺, stays).

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
    cc, tw2s, s2tw, s2t = OpenCC("hk2s"), OpenCC("tw2s"), OpenCC("s2tw"), OpenCC("s2t")
    rows = []
    for lo, hi in BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            simp = cc.convert(ch)
            if simp != ch:
                rows.append(f"{ch}\t{simp}\thk2s")
                continue
            simp = tw2s.convert(ch)
            if len(simp) == 1 and simp != ch and s2tw.convert(simp) == ch and s2t.convert(ch) == ch:
                rows.append(f"{ch}\t{simp}\ttw2s")
    OUT.write_text("char\tsimplified\tsource\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(OUT, len(rows), "characters")


if __name__ == "__main__":
    main()
