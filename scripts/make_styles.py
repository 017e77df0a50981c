"""Write dev/country/styles.tsv: the style columns `policykb score --by` groups documents by.

    python scripts/make_styles.py

Derived from `dev/country/manifest.tsv` (the corpus's own description of each notice, never from
labels or predictions) by the rules below, so a weakness in one kind of notice shows at once:

* `level`: the manifest's admin_level (central … township).
* `era`: `pre-2018` for notices issued before 2018 (before the 2018 institutional reform
  renamed and merged many organs), else `2018+`.
* `source`: how the text reached us. `web` = taken from a government web page (a gov.cn crawl's
  content field, a saved page, a Markdown or crawler copy, a page copied by hand); `database` =
  a legal-database export (北大法宝 and spreadsheets made from it); `law-collection` = a copy in
  a collection of laws and regulations; `pdf-text` = text taken out of a PDF.
* `script`: `traditional` when at least 5% of the Han characters are Traditional-only forms
  (pipeline/data/traditional_chars.tsv), else `simplified`.
* `form`: `several` when the genre names more than one document (`+`), `transmitting` for a
  notice that transmits, forwards or approves another (`通知/…`), `articles` for rules written
  in 第X条 (条例, 规定, 办法, 细则, 规则), else `self-titled`.
* `province`: the first part of the region; `全国` for central organs (also for a central
  reply addressed to a province).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "dev" / "country"
ARTICLE_GENRES = re.compile(r"条例|规定|办法|细则|规则")
PROVINCE = re.compile(r"^(全国|.+?(?:省|自治区|市))")


def source_of(notes: str) -> str:
    if "LawRefBook" in notes or "regulation" in notes.split("(")[0].lower():
        return "law-collection"
    if "PDF-to-text" in notes:
        return "pdf-text"
    if "crawl of http" in notes or "web page" in notes or "Markdown copy" in notes or "Crawler text" in notes \
            or "page title" in notes or "copied by hand" in notes or "Xinhua" in notes:
        return "web"
    return "database"


def form_of(genre: str) -> str:
    if "+" in genre:
        return "several"
    if genre.startswith("通知") and "/" in genre:
        return "transmitting"
    if ARTICLE_GENRES.search(genre):
        return "articles"
    return "self-titled"


def script_of(text: str, traditional: set[str]) -> str:
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    share = sum(c in traditional for c in han) / max(len(han), 1)
    return "traditional" if share >= 0.05 else "simplified"


def main() -> int:
    trad_table = ROOT / "pipeline" / "data" / "traditional_chars.tsv"
    traditional = {line.split("\t")[0] for line in trad_table.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")}
    rows = list(csv.DictReader(open(DEV / "manifest.tsv", encoding="utf-8"), delimiter="\t"))
    out = DEV / "styles.tsv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "level", "era", "source", "script", "form", "province"])
        for r in rows:
            text = (DEV / "raw" / f"{r['id']}.txt").read_text(encoding="utf-8")
            m = PROVINCE.match(r["region"])
            w.writerow([r["id"], r["admin_level"], "pre-2018" if int(r["year"]) < 2018 else "2018+",
                        source_of(r["notes"]), script_of(text, traditional), form_of(r["genre"]),
                        "全国" if r["admin_level"] == "central" else (m.group(1) if m else r["region"])])
    print(f"wrote {out} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
