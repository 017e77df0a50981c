"""Regular expressions shared by cleaning and the extractors, as named constants.

Numbering follows GB/T 9704 practice: 一、 / （一） / 1. / （1） / ①, and 第一章 / 第一条 for rules.
"""
from __future__ import annotations

from . import rx as re

CN_DIGITS = "〇零一二两三四五六七八九十百千"
CN_NUM = rf"[{CN_DIGITS}]{{1,5}}"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# What follows an item number: 、 or a full stop in any of the widths fonts and converters
# produce (. ． ﹒ ｡); a half-width or small stop followed by a digit is a decimal point. A
# private-use glyph right after a line's item number is its stop drawn by a font's private code
# (legal-database copies print `1\ue010突破…`).
PRIVATE_USE = "\ue000-\uf8ff"
ITEM_STOP = "．﹒｡" + PRIVATE_USE

# Each numbering style, anchored at the start of a line. Group "tok" is the number itself.
CHAPTER = re.compile(rf"^第(?P<tok>{CN_NUM}|\d{{1,3}})章")
SECTION = re.compile(rf"^第(?P<tok>{CN_NUM}|\d{{1,3}})节")
ARTICLE = re.compile(rf"^第(?P<tok>{CN_NUM}|\d{{1,3}})条")
CN_ITEM = re.compile(rf"^(?P<tok>{CN_NUM})\s*[、{ITEM_STOP}.](?!\d)")
CN_PAREN = re.compile(rf"^[（(]\s*(?P<tok>{CN_NUM})\s*[）)]\s*[、，．.]?")
# `1.5万人次` and `2025年` are not items: a dot followed by a digit is a decimal point.
ARABIC_ITEM = re.compile(rf"^(?P<tok>\d{{1,3}})\s*(?:[、．｡{PRIVATE_USE}]|[.﹒](?!\d))")
ARABIC_PAREN = re.compile(r"^[（(]\s*(?P<tok>\d{1,3})\s*[）)]\s*[、．.]?")
CIRCLED_ITEM = re.compile(rf"^(?P<tok>[{CIRCLED}])")

NUMBERING_START = re.compile(
    rf"^(?:第(?:{CN_NUM}|\d{{1,3}})[章节条]|{CN_NUM}\s*[、{ITEM_STOP}.]|[（(]\s*(?:{CN_NUM}|\d{{1,3}})\s*[）)]"
    rf"|\d{{1,3}}\s*(?:[、．｡{PRIVATE_USE}]|[.﹒](?!\d))|[{CIRCLED}])"
)

# 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, in all bracket styles.
DOC_NUMBER = re.compile(
    r"(?P<num>[\p{Han}A-Za-z]{1,14}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)"
)

YEAR_IN_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号")

# Scanning for DOC_NUMBER from its bracket (pipeline.scan.finditer_run_then): its run of agency
# letters is its first 22 characters; when DOC_NUMBER is written otherwise, the plain scan is used.
_DOC_NUMBER_RUN = r"(?P<num>[\p{Han}A-Za-z]{1,14}"
_DOC_NUMBER_TAIL = (re.compile(DOC_NUMBER.pattern[len(_DOC_NUMBER_RUN):-1])
                    if DOC_NUMBER.pattern.startswith(_DOC_NUMBER_RUN) and DOC_NUMBER.pattern.endswith("号)") else None)
_AGENCY_LETTER = re.compile(r"[\p{Han}A-Za-z]")


def doc_numbers(text: str):
    """`DOC_NUMBER.finditer(text)`, the same matches, found from their brackets (fast on long texts)."""
    if _DOC_NUMBER_TAIL is None:
        return DOC_NUMBER.finditer(text)
    from .scan import finditer_run_then

    return finditer_run_then(DOC_NUMBER, _DOC_NUMBER_TAIL, _AGENCY_LETTER, 14, text)

# First year of each five-year plan period (“十四五” = 2021–2025).
FIVE_YEAR_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}
