"""Build the NER training files (training/ner/*.jsonl) from their labelled sources.

One JSON object per line of text: {"text": ..., "spans": [[start, end, "ORG"], ...], "source": ...}.
Only specific named organs are ORG; collectives (各县区人民政府, 有关部门), bare sectors (财政部门),
schools, enterprises, hospitals and associations stay outside every span.

* notices.jsonl: training/ner/notices/*.txt, passages written for this purpose with organs marked
  [[…]] by hand (many provinces, levels, years and sectors; none is a corpus notice).
* gold.jsonl: the 5 corpus notices; the named organs of gold/<doc>.json located by the rule layers
  (a mention counts when its canonical name is a gold name) and then every other occurrence of the
  same surface form in the notice.
* silver.jsonl: public-corpus p02, p03, p04: rule-layer named mentions, with the corrections in
  training/ner/silver_fixes.tsv (checked by reading every line that has a mention).

    python training/ner/build_data.py            # rewrites the three .jsonl files
    python training/ner/build_data.py --check    # lists where hand labels and the rules differ
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.clean import normalize_string  # noqa: E402
from pipeline.nlp.canonical import canonical_names  # noqa: E402
from pipeline.nlp.organs import find_mentions  # noqa: E402
from pipeline.regions import jurisdiction_of  # noqa: E402
from pipeline.score import is_named_organ, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(.+?)\]\]")
PUBLIC = Path("/work/shared/public-corpus/raw")
SILVER_DOCS = ("p02", "p03", "p04")  # the other public-corpus notices are held out


def parse_marked(line: str) -> tuple[str, list[list]]:
    """'[[市财政局]]负责' -> ('市财政局负责', [[0, 4, 'ORG']])."""
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(line):
        text.append(line[last:m.start()])
        pos += m.start() - last
        spans.append([pos, pos + len(m.group(1)), "ORG"])
        text.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    text.append(line[last:])
    return "".join(text), spans


def notice_rows() -> list[dict]:
    rows = []
    for path in sorted((HERE / "notices").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text, spans = parse_marked(normalize_string(line).text)
            rows.append({"text": text, "spans": spans, "source": path.stem})
    return rows


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


ADDRESSEE = re.compile(r"^各[^\n]*[：:]$", re.M)


def _occurrences(text: str, forms: set[str], taken: bytearray) -> list[tuple[int, int]]:
    """Every occurrence of the surface forms, longest first, not overlapping what is taken and not
    in an addressee line (各地级以上市…局、国资委、总工会：lists kinds of organs, not one organ)."""
    for m in ADDRESSEE.finditer(text):
        taken[m.start():m.end()] = b"\3" * (m.end() - m.start())
    out = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(re.escape(form), text):
            s, e = m.start(), m.end()
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\1" * (e - s)
            out.append((s, e))
    return out


def gold_rows() -> list[dict]:
    rows = []
    for gpath in sorted((ROOT / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        names = {norm(d["name"]) for d in gold["departments"] if is_named_organ(d["name"])}
        text = normalize_string((ROOT / "corpus" / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")).text
        md = gold["metadata"]
        j = jurisdiction_of(md.get("region"), md.get("admin_level"))
        mentions = find_mentions(text)
        taken = bytearray(len(text) + 1)
        addressee = [(a.start(), a.end()) for a in ADDRESSEE.finditer(text)]
        spans, forms = [], set()
        for m, canon in zip(mentions, canonical_names(mentions, text, j)):
            in_addressee = any(a <= m.start < b for a, b in addressee)
            if m.kind == "named" and not in_addressee and any(norm(c) in names for c in canon):
                spans.append((m.start, m.end))
                forms.add(m.text)
                taken[m.start:m.end] = b"\1" * (m.end - m.start)
            else:
                # a rule span that is not a gold organ stays unlabelled and blocks partial matches
                taken[m.start:m.end] = b"\2" * (m.end - m.start)
        spans += _occurrences(text, forms, taken)
        rows += _rows_from_spans(text, sorted(spans), gold["doc_id"])
    return rows


def _rows_from_spans(text: str, spans: list[tuple[int, int]], source: str) -> list[dict]:
    rows = []
    for pos, line in _lines(text):
        if len(line.strip()) < 2:
            continue
        inside = [[s - pos, e - pos, "ORG"] for s, e in spans if pos <= s and e <= pos + len(line)]
        rows.append({"text": line, "spans": inside, "source": source})
    return rows


def silver_rows() -> list[dict]:
    fixes = _silver_fixes()
    rows = []
    for doc in SILVER_DOCS:
        text = normalize_string((PUBLIC / f"{doc}.txt").read_text(encoding="utf-8")).text
        taken = bytearray(len(text) + 1)
        spans = _occurrences(text, {f for f, v in fixes.items() if v == "+"}, taken)  # fixes win
        for m in find_mentions(text):
            if m.kind != "named" or fixes.get(m.text) == "-" or any(taken[m.start:m.end]):
                continue
            spans.append((m.start, m.end))
        rows += _rows_from_spans(text, sorted(spans), doc)
    return rows


def _silver_fixes() -> dict[str, str]:
    """surface form -> '-' (a rule span that is not a named organ) or '+' (a missed organ)."""
    path = HERE / "silver_fixes.tsv"
    out = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                form, action = line.split("\t")[:2]
                out[form] = action
    return out


def write(rows: list[dict], name: str) -> None:
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} lines, {sum(len(r['spans']) for r in rows)} organ spans")


def check() -> None:
    """Hand labels vs the rule layers' named mentions, to catch a forgotten [[…]]."""
    for r in notice_rows():
        rule = {(m.start, m.end) for m in find_mentions(r["text"]) if m.kind == "named"}
        hand = {(s, e) for s, e, _ in r["spans"]}
        for s, e in sorted(rule - hand):
            print(f"rules only  {r['source']}: {r['text'][s:e]}")
        for s, e in sorted(hand - rule):
            print(f"hand only   {r['source']}: {r['text'][s:e]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        check()
        return
    write(notice_rows(), "notices.jsonl")
    write(gold_rows(), "gold.jsonl")
    write(silver_rows(), "silver.jsonl")


if __name__ == "__main__":
    main()
