"""A normalised `indicator_key` for targets, so that differently worded indicators counting the
same thing meet (补贴性职业技能培训 in a province's and a city's plans; 家政培训, a provincial
programme's 家政培训 brand and 家政服务类培训).

Method: the indicator is normalised (NFKC, quotes and parenthetical notes dropped, leading
action verbs such as 新增/开展/培养造就 dropped) and segmented with jieba, with the policy terms of
`pipeline/data/kb_indicator_terms.tsv` loaded as a user dictionary. The key is the key of the
most specific term found on token boundaries: a specific term (乡村工匠, 家政培训) beats a
generic one (培训, 职业技能培训); among equals the longest, then the rightmost (the head of a
Chinese noun phrase is at its end). With no term, the normalised indicator is its own key.
Broad topic words (就业见习, 租金, 稳岗返还) are deliberately not terms: they would put a
rate, a ceiling and a subsidy standard of one scheme under one key. The unit's measure (人次, 人, 比例, 金额, 数量…) is appended, since 安全技能培训 counted in 人次
and as a coverage rate are two indicators: `补贴性职业技能培训·人次`.
"""
from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

import regex as re

from ..data import load_table

LEADING_VERBS = re.compile(
    r"^(?:(?:新增|开展|完成|组织|实施|培养造就|培养|培育|扶持培育|扶持|补贴(?!性)|评审|带动|面向|推动|支持|累计|力争|确保|建设|建成|"
    r"打造|认定|创建|各类|全年|每年|年均|参与|参加|其中|共|约)+)(?=.)")
PARENS = re.compile(r"[（(][^（）()]*[)）]")
QUOTES = re.compile(r"[“”\"'‘’《》「」]")
MEASURES = [
    ("人次", "人次"), ("%", "比例"), ("个百分点", "比例"), ("‰", "比例"),
    ("人", "人"), ("名", "人"), ("位", "人"), ("户", "户"),
    ("万元", "金额"), ("亿元", "金额"), ("元", "金额"),
    ("倍", "倍数"), ("个月", "时长"), ("天", "时长"), ("年", "时长"), ("个工作日", "时长"), ("小时", "时长"),
]


@lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[str, bool]]:
    return {r["term"]: (r["key"], r["generic"] == "1") for r in load_table("kb_indicator_terms")}


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for term in _terms():
        tok.add_word(term, freq=200000)
    return tok


def measure_of(unit: str | None) -> str:
    unit = (unit or "").strip()
    for u, measure in MEASURES:
        if unit == u:
            return measure
    if unit.endswith("元"):
        return "金额"
    if unit.endswith("人次"):
        return "人次"
    return "数量" if unit else ""


def normalise(indicator: str) -> str:
    text = unicodedata.normalize("NFKC", indicator or "")
    text = re.sub(r"\s+", "", QUOTES.sub("", text))
    prev = None
    while prev != text:
        prev, text = text, PARENS.sub("", text)
    return LEADING_VERBS.sub("", text) or text


def tokens(indicator: str) -> list[str]:
    return _tokenizer().lcut(normalise(indicator), HMM=False)


def concept(indicator: str, unit: str | None = None) -> tuple[str, bool]:
    """(concept, from_dictionary) of an indicator. Generic terms (培训) name a concept only for
    counts of people (人次, 人): 培训机构 counted in 个 is not a training volume."""
    people = unit is None or measure_of(unit) in ("人次", "人")
    norm = normalise(indicator)
    toks = _tokenizer().lcut(norm, HMM=False)
    bounds, pos = {0}, 0
    for t in toks:
        pos += len(t)
        bounds.add(pos)
    best = None
    for term, (key, generic) in _terms().items():
        start = norm.find(term)
        while start >= 0:
            end = start + len(term)
            if start in bounds and end in bounds and (people or not generic):
                rank = (not generic, len(term), start)
                if best is None or rank > best[0]:
                    best = (rank, key)
            start = norm.find(term, start + 1)
    if best:
        return best[1], True
    return norm, False


def indicator_key(indicator: str, unit: str | None = None) -> str:
    """`补贴性职业技能培训·人次` for ('各类补贴性职业技能培训', '人次')."""
    key, _ = concept(indicator, unit)
    measure = measure_of(unit)
    return f"{key}·{measure}" if measure else key
