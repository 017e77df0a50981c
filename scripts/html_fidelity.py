"""How faithfully the HTML reader keeps a saved government page, against a copy-paste of it.

Each page `files/pNN_*.html` of the public corpus is the notice that `raw/pNN.txt` holds as text
copied from the browser (with the page's 基本信息 / 索引号 metadata block). Both are read by the
pipeline (ingest + clean), white space is removed, and the characters are aligned:

* recall (all)  = share of the raw text's characters found, in order, in ours;
* recall (body) = the same for the raw text after its web metadata block (layout.meta_end),
  i.e. the notice itself: title, 文号, addressee, body, signature, 版记;
* recall (meta) = the same for the metadata block alone (blank when the raw has none);
* precision     = share of our characters that are found in the raw text (the rest is
  navigation, footers, related links … that the page has and the copy-paste does not).

Characters are aligned with difflib (no junk heuristic; under a second for a 17k-character
notice).

    python scripts/html_fidelity.py [--files DIR] [--raw DIR] [--show N]
    python scripts/html_fidelity.py --compare /tmp/html-out /tmp/html-raw-out

`--compare` reads two `policykb run` outputs and lists, per page, the record fields that differ
between the page and its raw text: metadata, and every item of every field (offsets aside).
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from pathlib import Path

PUBLIC = Path(__file__).resolve().parents[2] / "shared" / "public-corpus"
WS = re.compile(r"\s+")


def clean_text(path: Path) -> str:
    from pipeline.clean import normalize_text
    from pipeline.ingest import read_document

    return normalize_text(read_document(path)).text


def aligned(a: str, b: str) -> tuple[list[bool], list[bool]]:
    """Per-character match flags for a and b (difflib without its junk heuristic)."""
    a_ok, b_ok = [False] * len(a), [False] * len(b)
    for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        a_ok[m.a : m.a + m.size] = [True] * m.size
        b_ok[m.b : m.b + m.size] = [True] * m.size
    return a_ok, b_ok


def meta_chars(raw_text: str) -> int:
    """Characters (white space removed) of the raw text's web metadata block."""
    from pipeline.layout import find_layout

    return len(WS.sub("", raw_text[: find_layout(raw_text).meta_end]))


def runs(text: str, ok: list[bool], want: bool, min_len: int = 4) -> list[str]:
    out, start = [], None
    for i, flag in enumerate(ok + [not want]):
        if flag == want and start is None:
            start = i
        elif flag != want and start is not None:
            if i - start >= min_len:
                out.append(text[start:i])
            start = None
    return out


def pairs(files: Path, raw: Path) -> list[tuple[Path, Path]]:
    out = []
    for page in sorted(files.glob("p[0-9][0-9]_*.htm*")):
        txt = raw / (page.name[:3] + ".txt")
        if txt.exists():
            out.append((page, txt))
    return out


def fidelity_table(files: Path, raw: Path, show: int) -> None:
    print(f"{'page':5} {'ms':>5} {'raw':>6} {'ours':>6} {'rec.all':>7} {'rec.body':>8} {'rec.meta':>8} {'prec':>6}  first line")
    from pipeline.ingest import read_document

    for page, txt in pairs(files, raw):
        ours = clean_text(page)  # the first call also pays for imports
        t0 = time.perf_counter()
        read_document(page)
        ms = (time.perf_counter() - t0) * 1000  # reading the page (ingest) once warm
        theirs = clean_text(txt)
        a, b = WS.sub("", theirs).replace("|", ""), WS.sub("", ours).replace("|", "")  # our cell separators
        a_ok, b_ok = aligned(a, b)
        m = meta_chars(theirs)
        body = a_ok[m:]
        rec_meta = f"{sum(a_ok[:m]) / m:8.3f}" if m else f"{'':>8}"
        print(f"{page.name[:3]:5} {ms:5.0f} {len(a_ok):6} {len(b_ok):6} {sum(a_ok) / max(len(a_ok), 1):7.3f} "
              f"{sum(body) / max(len(body), 1):8.3f} {rec_meta} {sum(b_ok) / max(len(b_ok), 1):6.3f}  "
              f"{ours.split(chr(10))[0][:40]}")
        if show:
            for s in runs(a, a_ok, False)[:show]:
                print(f"      missing: {s[:80]}")
            for s in runs(b, b_ok, False)[:show]:
                print(f"      extra:   {s[:80]}")


ITEM_FIELDS = ("tasks", "departments", "responsibilities", "targets", "years", "citations")
FIELDS = ("title", "notice_title", "doc_number", "issuers", "issue_date", "region", "admin_level", "doc_type", "draft")


def _items(items: list[dict]) -> set[str]:
    """Items without their offsets (the two texts differ in the metadata block's length)."""
    return {json.dumps({k: v for k, v in it.items() if k != "span"}, ensure_ascii=False, sort_keys=True)
            for it in items}


def compare_records(html_out: Path, raw_out: Path) -> None:
    for rec_path in sorted((html_out / "records").glob("p[0-9][0-9]_*.json")):
        other = raw_out / "records" / (rec_path.name[:3] + ".json")
        if not other.exists():
            continue
        a, b = json.loads(rec_path.read_text()), json.loads(other.read_text())
        diffs = [f"  {k}: html={a['metadata'][k]!r} raw={b['metadata'][k]!r}"
                 for k in FIELDS if a["metadata"][k] != b["metadata"][k]]
        for field in ITEM_FIELDS:
            sa, sb = _items(a[field]), _items(b[field])
            if sa != sb:
                only_a, only_b = sorted(sa - sb), sorted(sb - sa)
                diffs.append(f"  {field}: html {len(a[field])} raw {len(b[field])}; "
                             f"only html {only_a[:4]} only raw {only_b[:4]}")
        print(f"{rec_path.name[:3]}: {'same' if not diffs else str(len(diffs)) + ' fields differ'}")
        print("\n".join(diffs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=Path, default=PUBLIC / "files")
    ap.add_argument("--raw", type=Path, default=PUBLIC / "raw")
    ap.add_argument("--show", type=int, default=0, help="print up to N missing / extra stretches per page")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("HTML_OUT", "RAW_OUT"))
    args = ap.parse_args(argv)
    if args.compare:
        compare_records(*args.compare)
    else:
        fidelity_table(args.files, args.raw, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
