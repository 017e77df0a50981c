"""The statistical layer: a small spaCy NER model packaged in pipeline/data/ner/.

Trained by scripts/train_ner.py on character-tokenised lines (training/ner/). It proposes ORG
spans; a span enters the mention list as `layer="ner"` only where no rule candidate (gazetteer or
pattern) overlaps it, so NER fills gaps and never overrides a rule span. spaCy and the model are
loaded on first use only: importing this module costs nothing.

Each NER span is read with the rule machinery so canonical names come out as for rule spans:
the rules run on the span alone (a gazetteer key with its place/marker prefix), else a place or
level marker at its start is split off and the rest is the stem (expanded through the alias table).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import regex as re

from .organs import MARKERS, Mention, marker_before, place_before, rule_mentions, with_prefix
from .tables import organ_tables

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "ner"
RULE_LAYERS = ("gazetteer", "patterns")
# A span is kept only when it ends in an organ head and is not a collective (see docs/decisions/ner.md).
GATE = True
# When find_mentions does not pass the rule candidates, ner_mentions computes them itself so that
# rule spans win; measuring "NER alone" switches this off.
RULES_WIN = True
# Organ heads, each narrowed to its organ senses (会 of 委员会 not of 博览会, 行 of 支行 not of 行动).
HEAD = re.compile(r"(?:局|厅|委|办|部|中心|委员会|办公室|督查室|研究室|领导小组|工作组|协调小组|指挥部|专班"
                  r"|法院|检察院|科学院|研究院|站|所|大队|支队|总队|中队|执法队|调查队|气象台|地震台|总署|海关"
                  r"|支行|分行|营业管理部|供销合作社|联合社|供销社|联合会|管委会|红十字会|工会|政府|办事处|公署"
                  r"|国务院|中央|人民银行|总社|监会|妇联|残联|侨联|文联|工商联|社科联|科协|共青团)$")
# The same heads closing a common word that is not an organ (布局, 大厅, 网站, 场所, 举办 …).
NOT_HEAD = re.compile(r"(?:格局|布局|结局|开局|大局|全局|大厅|餐厅|展厅|网站|车站|加油站|驿站|充电站|场所|住所"
                      r"|处所|诊所|事务所|承办|举办|创办|主办|协办|督办|代办|帮办|开办|俱乐部|事业部|总部|本部"
                      r"|内部|外部|干部|全部|局部|医院|学院|商会|协会|学会|各级政府"
                      # regions and parts, not ministries: 中西部, 市南部山区, 省内头部企业, 省部级
                      r"|东部|西部|南部|北部|中部|头部|省部|区部|大部"
                      # facilities and platforms named 中心: 人工智能计算中心, 创新中心, 体验中心
                      r"|计算中心|创新中心|体验中心|研发中心|孵化中心|展示中心|数据中心|算力中心|智算中心|运营中心|会展中心"
                      r"|工程中心|技术中心|工作站)$")
# A character after the head that continues a word: 局势, 办法, 委托, 所需, 站点, 中心城区.
NEXT_BLOCK = set("法理好事学面势托员限内外议伍点需有属得位城任队门")
# …and after one head only: 所在地 (防御区所在地), 部分 (覆盖大部分), 部署 (按照国家部署).
NEXT_BLOCK_AFTER = {"所": set("在以谓"), "部": set("分署")}
# A name ending in an abbreviated head (党政办, 区经委, 新区管委) that the alias table does not know:
# its canonical (full) name cannot be made from the text, so the span would only add a wrong name.
ABBREVIATED = re.compile(r"(?:办|委)$")
# A coordinating body (议事协调机构) is named by its task: 县乡村振兴工作领导小组(办公室). Written bare,
# 领导小组办公室 points back to the group named earlier (领导小组办公室设在县农业农村局), and a name made
# from the bare span and the document's place (怀远县领导小组办公室) is no organ (ner-s21.md, ner-s26.md).
BARE_GROUP = re.compile(r"^(?:中共)?[省市县区州盟旗镇乡]?(?:工作)?(?:领导小组|协调小组|工作小组|工作组|指挥部|专班)"
                        r"(?:办公室)?$")
# Two-character names are organs only as 市委/县政… or a bare people's organisation.
SHORT_PREFIX = set("省市县区州旗镇")
SHORT_ORGANS = {"妇联", "残联", "侨联", "文联", "科协", "工会"}
COLLECTIVE = re.compile(r"^(?:各|有关|相关|其他|其它|本级|同级|所在地|当地|属地)|各|等|[，。、；：“”《》\s]")
MARKER_CHARS = "".join(m for m in MARKERS if len(m) == 1)
# A stem naming a national body by its own words (中国南方人才市场管理委员会办公室): kept as written.
NATIONAL = ("中国", "中华", "全国", "国家")
SHORT_HEADS = (("管委会", "管理委员会"),)


def model_available() -> bool:
    return (MODEL_DIR / "meta.json").exists()


@lru_cache(maxsize=1)
def _model():
    import spacy

    return spacy.load(MODEL_DIR)


def load_model():
    """The packaged spaCy Language (loads it on first call), or None when it is not installed."""
    return _model() if model_available() else None


def ner_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Raw model spans (offsets in `text`) over the non-empty lines of text[start:end]."""
    if not model_available():
        return []
    return list(_spans(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)
def _spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # cached: departments and responsibilities both read the same body segments
    pieces = list(_pieces(text, start, end))
    out = []
    for (pos, _), doc in zip(pieces, _model().pipe(piece for _, piece in pieces)):
        out += [(pos + ent.start_char, pos + ent.end_char) for ent in doc.ents]
    return tuple(out)


def ner_mentions(text: str, start: int, end: int, rules: list[Mention] | None = None) -> list[Mention]:
    """NER mentions in text[start:end] that overlap no rule candidate, as canonicalisable Mentions."""
    spans = ner_spans(text, start, end)
    if not spans:
        return []
    if rules is None:
        rules = rule_mentions(text, start, end, layers=RULE_LAYERS) if RULES_WIN else []
    occupied = bytearray(max(end, max(e for _, e in spans)) + 1)
    for m in rules:
        occupied[m.start:m.end] = b"\1" * (m.end - m.start)
    out = []
    for s, e in spans:
        if any(occupied[s:e]) or (GATE and not passes_gate(text[s:e], text[e:e + 1])):
            continue
        out.append(as_mention(text, s, e))
    return out


# Sentence and clause punctuation and line breaks hold no organ name (a list mark 、 may lie in a bracket).
RUNNING_TEXT = re.compile(r"[，,。；;：:！？!?\s]")


def passes_gate(span: str, after: str = "") -> bool:
    """A span the layer keeps: it reads as an organ name and its full name can be made (no
    abbreviated head the alias table does not know, no coordinating body without its task)."""
    return reads_as_name(span, after) and not _unknown_abbreviation(span) and not BARE_GROUP.match(span)


def reads_as_name(span: str, after: str = "") -> bool:
    """An organ name ends in an organ head (局, 委员会, 中心, 站, 政府…), the word ends there, and
    it is not a collective (各…, 有关…, …等) nor a stretch of running text."""
    if len(span) < 2 or (len(span) == 2 and span[0] not in SHORT_PREFIX and span not in SHORT_ORGANS):
        return False
    if RUNNING_TEXT.search(span):
        return False  # 镇政府负责，镇派出所: a clause break inside the span, two words and a cue
    return (bool(HEAD.search(span)) and not NOT_HEAD.search(span)
            and after not in NEXT_BLOCK and after not in NEXT_BLOCK_AFTER.get(span[-1], ())
            and not COLLECTIVE.search(span))


def _unknown_abbreviation(span: str) -> bool:
    """办/委 ending a name the alias table does not hold (党政办, 区经委) but not a two-character
    party committee (市委, 县委: SHORT_PREFIX)."""
    if not ABBREVIATED.search(span) or len(span) == 2:
        return False
    aliases = organ_tables().aliases
    return not any(span[k:] in aliases for k in range(len(span) - 1))


def as_mention(text: str, s: int, e: int) -> Mention:
    """A Mention for the NER span text[s:e] with the fields canonical_names reads."""
    ruled = [m for m in rule_mentions(text, s, e, layers=RULE_LAYERS) if m.kind == "named"]
    if len(ruled) == 1 and (ruled[0].start, ruled[0].end) == (s, e):
        return replace(ruled[0], layer="ner")
    t = organ_tables()
    body = s + 2 if text[s:s + 2] == "中共" else s
    for k in range(body, e - 1):  # the longest alias ending the span, with its prefix inside it
        key = text[k:e]
        if key in t.aliases:
            m = with_prefix(text, k, e, key, t, body)
            if m is not None and m.start == body:
                return replace(m, start=s, text=text[s:e], layer="ner")
            break
    place, marker, k = _prefix(text, body, e)
    stem = text[k:e]
    scopes = t.aliases.get(stem, {})
    scope = next((sc for sc in ("local", "mass", "youth", "party") if sc in scopes), None)
    if place or marker:
        return Mention(s, e, text[s:e], "named", scope or "local", scopes.get(scope, stem) if scope else _expand(stem),
                       marker=marker, place=place, layer="ner")
    if _starts_with_place(stem) or stem.startswith(NATIONAL):
        # 厦门海事局, 合肥海关: the name carries its own place; 中国南方人才市场管理委员会办公室 is national
        return Mention(s, e, text[s:e], "named", "central", _expand(stem), layer="ner")
    return Mention(s, e, text[s:e], "named", scope or "local", scopes.get(scope, stem) if scope else _expand(stem),
                   layer="ner")


def _expand(stem: str) -> str:
    """Short heads written out (spec section 5: short forms expand to the full name)."""
    for short, full in SHORT_HEADS:
        if stem.endswith(short):
            return stem[: len(stem) - len(short)] + full
    return stem


def _prefix(text: str, s: int, e: int) -> tuple[str | None, str | None, int]:
    """(place, marker, stem start): the longest place chain or a level marker opening text[s:e]."""
    for k in range(min(e - 2, s + 16), s + 1, -1):
        place = place_before(text, k, s)
        if place and place[0] == s and place[1] != "国家":
            return place[1], None, k
    if text[s] in MARKER_CHARS and marker_before(text, s + 1, s):
        return None, text[s], s + 1
    if text[s:s + 3] == "自治区":
        return None, "自治区", s + 3
    return None, None, s


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """Place names without their level word (厦门 from 厦门市), 2+ characters."""
    t = organ_tables()
    stems = set(t.province_short)
    for name in t.places:
        for suffix in ("市", "县", "区", "州", "盟", "旗"):
            if name.endswith(suffix) and len(name) >= 3:
                stems.add(name[:-1])
    return frozenset(stems)


def _starts_with_place(stem: str) -> bool:
    return any(stem[:n] in _place_stems() for n in (2, 3, 4))


def _pieces(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1
