"""Build the NER training files (training/ner/*.jsonl) from their labelled sources.

One JSON object per line of text: {"text": ..., "spans": [[start, end, "ORG"], ...], "source": ...}.
Only specific named organs are ORG; collectives (各县区人民政府, 有关部门), bare sectors (财政部门),
schools, enterprises, hospitals and associations stay outside every span.

* notices.jsonl: training/ner/notices/*.txt, passages written for this purpose with organs marked
  [[…]] by hand (many provinces, levels, years and sectors; none is a corpus notice).
* gold.jsonl: every labelled notice we may train on (GOLD_SETS): the 5 corpus notices (gold/),
  dev/gold, dev/heldout/gold, the opened batches b2, b3, b4, b5, b7, b8, b9, b10 of the country dev
  set and the opened authored batches A1-A5, A8, A9 (/work/s18auth…, s19auth, s22auth, s23auth). The named
  organs of each gold file become spans (`gold_spans`): a rule mention whose canonical name is a
  gold name or an issuer; else, inside each occurrence of a department's `quote`, the longest
  stretch written with the gold name's characters that reads as an organ name (ends in an organ
  head: `北京冬奥组委`, `区经委`, `城运中心`); then every other occurrence of the same surface
  forms. Rule mentions that are no gold organ are O in the body and unknown (`missing`, no loss)
  outside it (title block, addressee, signature, cited titles), where the gold does not list organs.
  Never read here (EXCLUDED, BLIND_IDS): the blind country batches b1 and b6 and their texts, the
  closed authored batches A6, A7 (validation), A19 and A21 (blind), the authored labels and scores.
* silver.jsonl: public-corpus p02, p03, p04: rule-layer named mentions, with the corrections in
  training/ner/silver_fixes.tsv (checked by reading every line that has a mention).
* dev_silver.jsonl: the unlabelled notices of the country dev set (pipeline.silver.unlabelled_paths,
  none of them in a blind batch) that have no gold file in GOLD_SETS: the rule layers' named mentions
  (organs.rule_mentions), unchecked. Since session 21 the pool (b10's texts) is all gold: empty.
  Only lines holding a mention are kept (a line without one may hold an organ the rules miss).

A row may carry `"missing": [[start, end], ...]`: characters whose label is unknown (no loss).

    python training/ner/build_data.py            # rewrites the four .jsonl files
    python training/ner/build_data.py --check    # lists where hand labels and the rules differ
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.clean import normalize_string  # noqa: E402
from pipeline.extract.context import make_context  # noqa: E402
from pipeline.extract.departments import body_segments  # noqa: E402
from pipeline.nlp.canonical import canonical_names  # noqa: E402
from pipeline.nlp.ner import reads_as_name  # noqa: E402
from pipeline.nlp.mentions import find_mentions  # noqa: E402
from pipeline.nlp.organs import rule_mentions  # noqa: E402
from pipeline.regions import jurisdiction_of  # noqa: E402
from pipeline.score import is_named_organ, norm  # noqa: E402
from pipeline.silver import unlabelled_paths  # noqa: E402

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(.+?)\]\]")
PUBLIC = Path("/work/shared/public-corpus/raw")
SILVER_DOCS = ("p02", "p03", "p04")  # public-corpus copies of dev notices; p01, p05-p10 are in GOLD_SETS
COUNTRY = ROOT / "dev" / "country"
AUTHORED = ROOT / "dev" / "authored"
WORK = Path("/work")


def _ids(first: int, last: int) -> tuple[str, ...]:
    return tuple(f"a{n:02d}" for n in range(first, last + 1))


# The open authored batches (dev/authored/raw/<id>.txt + gold/<id>.json), read by id only: the same
# folders hold closed batches. A1-A5 a01-a60 (before session 21 read from /work/s18auth...s19auth,
# now gone), A8-A18 a85-a216 (A8, A9 were /work/s22auth, s23auth; A10-A18 added in session 26),
# A20 a229-a240 (opened in session 26).
OPEN_AUTHORED = _ids(1, 60) + _ids(85, 216) + _ids(229, 240)
# Closed authored ids, never read: A6, A7 a61-a84 (validation), A19 a217-a228 (blind), A21 a241-a252.
CLOSED_AUTHORED = frozenset(_ids(61, 84) + _ids(217, 228) + _ids(241, 252))
# (gold folder, texts folder, ids or None for every *.json): every labelled set the model may learn
# from, named one by one. Country dev set: the opened batches (texts in dev/country/raw, read only
# for their gold's doc_ids).
GOLD_SETS = (
    (ROOT / "gold", ROOT / "corpus", None),
    (ROOT / "dev" / "gold", ROOT / "dev" / "corpus", None),
    (ROOT / "dev" / "heldout" / "gold", ROOT / "dev" / "heldout" / "corpus", None),
    *((COUNTRY / "gold" / b, COUNTRY / "raw", None) for b in ("b2", "b3", "b4", "b5", "b7", "b8", "b9", "b10")),
    (AUTHORED / "gold", AUTHORED / "raw", OPEN_AUTHORED),
)
# Never read, by the builder or anyone training the model: the blind country batches b1 and b6
# (and their texts), the old copies of closed authored batches (/work/s20auth A6, s21auth A7,
# s24auth), the authored labels and blind scores, and the authoring folders of later batches.
EXCLUDED = (COUNTRY / "gold" / "b1", COUNTRY / "gold" / "b6", COUNTRY / "blind", WORK / "s20auth",
            WORK / "s21auth", WORK / "s24auth", WORK / "s14lab", AUTHORED / "labels", AUTHORED / "blind",
            *(WORK / f"s{n}auth" for n in range(30, 36)))
BLIND_IDS = frozenset("d003 d010 d015 d022 d044 d066 d077 d084 d088 d101 d047 d013 d017 d038 d040 d053 d060 "
                      "d081 d090 d095 d107".split()) | CLOSED_AUTHORED
assert not any(g == x or x in g.parents for g, _, _ in GOLD_SETS for x in EXCLUDED)
assert not any(ids and set(ids) & BLIND_IDS for _, _, ids in GOLD_SETS)
assert all(ids or g != AUTHORED / "gold" for g, _, ids in GOLD_SETS)  # authored gold only by id


def gold_paths(gold_dir: Path, ids: tuple[str, ...] | None) -> list[Path]:
    """The gold files of one set: the named ids, or every *.json of a folder that holds only open files."""
    return [gold_dir / f"{i}.json" for i in ids] if ids else sorted(gold_dir.glob("*.json"))


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
    for gold_dir, texts, ids in GOLD_SETS:
        for gpath in gold_paths(gold_dir, ids):
            if gpath.stem in BLIND_IDS:
                raise SystemExit(f"blind notice in a training set: {gpath}")
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            if "doc_id" not in gold or gold["doc_id"] in BLIND_IDS:
                continue
            text = normalize_string((texts / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")).text
            spans, missing = gold_spans(text, gold)
            rows += _rows_from_spans(text, spans, gold["doc_id"], missing)
    return rows


def nameable(form: str) -> bool:
    """A surface form the model labels ORG: a named organ as written, not a sector phrase
    (市卫生健康行政部门 may stand for an organ, but is written as a sector) nor a lone 市."""
    return len(form) >= 2 and is_named_organ(form)


# Not a name of one organ: a bare government word (镇人民政府, 街道办事处, 人民政府 cut from
# 县（市、区）人民政府) or a kind written with brackets (乡（镇）人民政府); the written passages leave
# them O too.
GENERIC = re.compile(r"^(?:[镇乡]|街道)?(?:人民政府|政府|办事处)$|[（）()]")


def _quote_pattern(quote: str) -> re.Pattern:
    """The quote with white space anywhere, each character also in its NFKC or full-width form
    (a gold quote may write `,` where the text has `，`)."""
    parts = []
    for c in re.sub(r"\s+", "", quote):
        forms = {c, unicodedata.normalize("NFKC", c)}
        if "!" <= c <= "~":
            forms.add(chr(ord(c) + 0xFEE0))
        forms = sorted(f for f in forms if len(f) == 1)
        parts.append(re.escape(forms[0]) if len(forms) == 1 else "[" + "".join(re.escape(f) for f in forms) + "]")
    return re.compile(r"\s*".join(parts))


def _organ_in_quote(text: str, s: int, e: int, name: str) -> tuple[int, int] | None:
    """The organ a quote stands for: the longest run of characters of the gold name inside
    text[s:e] (经市人民政府同意 -> 市人民政府; 复核机构：中国南方…办公室 -> 中国南方…办公室), cut back
    to its last organ head so that it reads as a name (ner.reads_as_name: the NER gate without its
    check on abbreviations, which are organ names all the same: 党政办, 区经委)."""
    allowed = set(unicodedata.normalize("NFKC", name))
    best = None
    i = s
    while i < e:
        if unicodedata.normalize("NFKC", text[i]) not in allowed:
            i += 1
            continue
        j = i
        while j < e and unicodedata.normalize("NFKC", text[j]) in allowed:
            j += 1
        for k in range(j, i + 1, -1):  # the longest prefix of the run that is a name
            if GENERIC.search(text[i:k]):
                continue
            if reads_as_name(text[i:k], text[k:k + 1]):
                if best is None or k - i > best[1] - best[0]:
                    best = (i, k)
                break
        i = j
    return best


def gold_spans(text: str, gold: dict) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(organ spans, unknown spans) for a gold file's named departments in `text`; see the module
    docstring. Quotes are located with white space ignored, every occurrence."""
    md = gold.get("metadata") or {}
    j = jurisdiction_of(md.get("region"), md.get("admin_level"))
    depts = [d for d in gold.get("departments") or [] if is_named_organ(d["name"])]
    names = {norm(d["name"]) for d in depts} | {norm(n) for n in md.get("issuers") or []}
    doc = normalize_string(text)
    body = body_segments(doc, make_context(doc))
    in_body = bytearray(len(text) + 1)
    for a, b in body:
        in_body[a:b] = b"\1" * (b - a)
    addressee = [(a.start(), a.end()) for a in ADDRESSEE.finditer(text)]
    mentions = find_mentions(text)
    spans: set[tuple[int, int]] = set()
    other: list[tuple[int, int]] = []  # rule mentions that are no gold organ
    unsure: list[tuple[int, int]] = []  # a gold organ written as a sector phrase: unknown
    for m, canon in zip(mentions, canonical_names(mentions, text, j)):
        if m.kind != "named":
            continue
        if any(a <= m.start < b for a, b in addressee):
            other.append((m.start, m.end))
        elif any(norm(c) in names for c in canon):
            if nameable(m.text):
                spans.add((m.start, m.end))
            else:
                unsure.append((m.start, m.end))
        else:
            other.append((m.start, m.end))
    quoted: list[tuple[int, int]] = []
    for d in depts:
        if not d.get("quote"):
            continue
        for q in _quote_pattern(d["quote"]).finditer(text):
            if any(q.start() <= s and e <= q.end() for s, e in spans):
                continue
            found = _organ_in_quote(text, q.start(), q.end(), d["name"])
            if found:
                quoted.append(found)
            else:  # an organ is there but not located: the rule spans in the quote are unknown, not O
                unsure += [(s, e) for s, e in other if s < q.end() and q.start() < e]
    # quote spans win over the rule spans they overlap (the rules' partial or misread names)
    for qs, qe in sorted(set(quoted), key=lambda x: x[0] - x[1]):
        if any(s < qe and qs < e and not (qs <= s and e <= qe) for s, e in spans):
            continue
        spans = {(s, e) for s, e in spans if not (qs <= s and e <= qe)} | {(qs, qe)}
    taken = bytearray(len(text) + 1)
    for s, e in spans:
        taken[s:e] = b"\1" * (e - s)
    forms = {text[s:e] for s, e in spans}
    spans |= set(_occurrences(text, forms, taken))
    spans = {(s, e) for s, e in spans if not any(a <= s < b for a, b in addressee)}
    occupied = bytearray(len(text) + 1)
    for s, e in spans:
        occupied[s:e] = b"\1" * (e - s)
    # an organ the gold does not list outside the body (title, signature, 《…》) is not a no
    missing = [(s, e) for s, e in other if not any(occupied[s:e]) and not all(in_body[s:e])]
    missing += addressee + [(s, e) for s, e in unsure if not any(occupied[s:e])]
    return sorted(spans), missing


def _rows_from_spans(text: str, spans: list[tuple[int, int]], source: str,
                     missing: list[tuple[int, int]] = ()) -> list[dict]:
    rows = []
    for pos, line in _lines(text):
        if len(line.strip()) < 2:
            continue
        end = pos + len(line)
        inside = [[s - pos, e - pos, "ORG"] for s, e in spans if pos <= s and e <= end]
        row = {"text": line, "spans": inside, "source": source}
        unknown = [[max(s, pos) - pos, min(e, end) - pos] for s, e in missing if s < end and pos < e]
        unknown = [u for u in unknown if not any(a < u[1] and u[0] < b for a, b, _ in inside)]
        if unknown:
            row["missing"] = unknown
        rows.append(row)
    return rows


def dev_silver_rows() -> list[dict]:
    """Rule-layer named mentions on the unlabelled country dev notices (no batch, so never a
    blind one); only lines holding a mention. Since session 21 the pool (b10's texts) is all gold
    in GOLD_SETS, whose labels win: a notice with a gold file is left out here."""
    labelled = {p.stem for g, _, ids in GOLD_SETS for p in gold_paths(g, ids)}
    rows = []
    for path in unlabelled_paths(COUNTRY):
        if path.stem in BLIND_IDS or path.stem in labelled:
            continue
        text = normalize_string(path.read_text(encoding="utf-8")).text
        spans = [(m.start, m.end) for m in rule_mentions(text) if m.kind == "named" and nameable(m.text)]
        rows += [r for r in _rows_from_spans(text, spans, path.stem) if r["spans"]]
    return rows


def silver_rows() -> list[dict]:
    fixes = _silver_fixes()
    rows = []
    for doc in SILVER_DOCS:
        text = normalize_string((PUBLIC / f"{doc}.txt").read_text(encoding="utf-8")).text
        taken = bytearray(len(text) + 1)
        spans = _occurrences(text, {f for f, v in fixes.items() if v == "+"}, taken)  # fixes win
        for m in find_mentions(text):
            if m.kind != "named" or not nameable(m.text) or fixes.get(m.text) == "-" or any(taken[m.start:m.end]):
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
    write(dev_silver_rows(), "dev_silver.jsonl")


if __name__ == "__main__":
    main()
