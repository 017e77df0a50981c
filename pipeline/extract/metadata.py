"""Document metadata from the title block, 发文字号 line and signature block."""
from __future__ import annotations

import regex as re

from ..clean import CleanDoc
from ..numbers import cn_to_int
from ..patterns import DOC_NUMBER
from ..record import Evidence, Metadata
from .context import Context

DOC_TYPES = (
    "指导意见", "实施意见", "若干意见", "意见", "工作方案", "实施方案", "行动方案", "行动计划", "工作计划",
    "方案", "工作要点", "要点", "规划", "管理办法", "实施办法", "办法", "实施细则", "细则", "通知", "决定",
    "规定", "若干措施", "措施", "计划", "纲要", "指引", "条例", "规则", "通报", "公告", "指南", "清单",
)
CANONICAL_TYPE = {"若干意见": "意见", "管理办法": "办法", "实施办法": "办法", "若干措施": "措施"}
TRAILING_PERIOD = re.compile(r"[（(][^（）()]*[)）]$")
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
DRAFT = re.compile(r"征求意见稿|送审稿|试行草案|草案|讨论稿")


def doc_type_of(title: str) -> str | None:
    t = TRAILING_PERIOD.sub("", title.strip().rstrip("。"))
    for word in DOC_TYPES:
        if t.endswith(word):
            return CANONICAL_TYPE.get(word, word)
    return None


def parse_date(s: str) -> str | None:
    m = DATE.search(s)
    if not m:
        return None
    y = int(m.group("y")) if m.group("y").isdigit() else cn_to_int(m.group("y"))
    mo = int(m.group("m")) if m.group("m").isdigit() else cn_to_int(m.group("m"))
    d = int(m.group("d")) if m.group("d").isdigit() else cn_to_int(m.group("d"))
    if not (y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def extract_metadata(doc: CleanDoc, ctx: Context) -> Metadata:
    layout = ctx.layout
    text = doc.text
    ev: dict[str, Evidence] = {}
    md = Metadata()
    if layout.title:
        md.title = _strip_title(layout.title.text)
        ev["title"] = Evidence(quote=layout.title.text, span=(layout.title.start, layout.title.end))
    if layout.notice_title:
        md.notice_title = layout.notice_title.text
        ev["notice_title"] = Evidence(quote=layout.notice_title.text, span=(layout.notice_title.start, layout.notice_title.end))
        if not md.title:
            q = re.search(r"《(.+)》", layout.notice_title.text)
            md.title = q.group(1) if q else None
    if layout.doc_number:
        m = DOC_NUMBER.search(layout.doc_number.text)
        md.doc_number = m.group("num")
        s = layout.doc_number.start + m.start()
        ev["doc_number"] = Evidence(quote=md.doc_number, span=(s, s + len(md.doc_number)))
    if layout.date_line:
        md.issue_date = parse_date(layout.date_line.text)
    md.issuers = [ln.text.strip() for ln in layout.signature_lines if ln.text.strip()]
    md.doc_type = doc_type_of(md.title or "")
    head = text[: layout.body_start]
    md.draft = bool(DRAFT.search(head))
    return md


def _strip_title(t: str) -> str:
    return t.strip().strip("《》")
