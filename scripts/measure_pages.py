"""Page-accurate grounding, measured: for every item of every PDF in the folders given, is the
quote on the page the record says, and is `page_quote` found verbatim in that page's own text?

The page's own text is read independently of the pipeline (pypdfium2's text of that page, as a
viewer's text layer gives it). A quote is *on its page* when, white space removed on both
sides, it is a substring of that page's text. The paragraph-level page map of the previous
version (the page where the item's paragraph starts) is measured too, for comparison.

    python scripts/make_pdfs.py --corpus /tmp/pdfs      # after copying notices there as .txt
    python scripts/measure_pages.py corpus /tmp/pdfs [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.clean import normalize_text  # noqa: E402
from pipeline.document import process_file  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.record import FIELDS  # noqa: E402

WS = re.compile(r"\s+")


def page_texts(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            out.append(tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))  # line ends as in page_quote
            tp.close()
        return out
    finally:
        doc.close()


def measure(pdf: Path) -> dict:
    record = process_file(pdf)
    pages = page_texts(pdf)
    flat = [WS.sub("", t) for t in pages]
    old = normalize_text(read_document(pdf), record.doc_id)  # the paragraph-level map of before
    items = [i for f in FIELDS for i in getattr(record, f)] + list(record.metadata.evidence.values())
    res = {"items": 0, "on_page": 0, "page_quote_verbatim": 0, "old_on_page": 0, "across_pages": 0, "misses": []}
    for item in items:
        q = WS.sub("", item.quote)
        if not q:
            continue
        res["items"] += 1
        page = item.page
        ok = page is not None and 1 <= page <= len(pages) and q in flat[page - 1]
        res["on_page"] += ok
        if item.page_quote and page and item.page_quote in pages[page - 1]:
            res["page_quote_verbatim"] += 1
        old_page = old.page_of(item.span[0])
        res["old_on_page"] += bool(old_page and q in flat[old_page - 1])
        if not any(q in f for f in flat):
            res["across_pages"] += 1
        if not ok and len(res["misses"]) < 5:
            res["misses"].append({"quote": item.quote[:40], "page": page})
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    total = {"documents": 0, "items": 0, "on_page": 0, "page_quote_verbatim": 0, "old_on_page": 0, "across_pages": 0}
    per_doc = {}
    for folder in args.folders:
        for pdf in sorted(folder.glob("*.pdf")):
            r = measure(pdf)
            per_doc[pdf.name] = r
            total["documents"] += 1
            for k in ("items", "on_page", "page_quote_verbatim", "old_on_page", "across_pages"):
                total[k] += r[k]
            print(f"{pdf.name}: {r['on_page']}/{r['items']} on their page (before: {r['old_on_page']}), "
                  f"{r['page_quote_verbatim']} page quotes verbatim, {r['across_pages']} across pages")
    n = max(total["items"], 1)
    print(f"\n{total['documents']} PDFs, {total['items']} items: {total['on_page'] / n:.2%} on the page the record "
          f"says (paragraph-level map before: {total['old_on_page'] / n:.2%}); page_quote found verbatim in the "
          f"page's text: {total['page_quote_verbatim'] / n:.2%}; quotes running across a page break: "
          f"{total['across_pages']}")
    if args.json:
        args.json.write_text(json.dumps({"total": total, "per_doc": per_doc}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
