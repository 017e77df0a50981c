"""Where the parts of an official document sit in the clean text (GB/T 9704 layout).

A notice is: [发文机关标志] [发文字号] title [addressee：] notice text [signature: issuers + date]
[版记: 抄送 / 印发]. A 印发/转发 notice is followed by the transmitted plan: its title, then the
plan's body. `find_layout` locates these parts by line shape, never by content of a particular
notice, and every extractor reads the part it needs (the body for tasks, targets and organs).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from .patterns import DOC_NUMBER, NUMBERING_START

DATE_LINE = re.compile(
    r"^[（(]?\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇零一二三四五六七八九十]{1,3}\s*日\s*[）)]?\s*(?:[（(][^）)]{0,20}[）)])?$"
)
TRANSMIT = re.compile(r"(?:印发|转发|颁发|下发|发布)")
NOTICE_WORD = re.compile(r"(?:通知|通报|决定|函|批复)$")
ADDRESSEE = re.compile(r"^[^。；]{2,200}[：:]$")
BANJI = re.compile(r"^(?:抄送|抄报|分送|主送)[：:]|^.{2,40}(?:印发|办公室|秘书处)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发?$")
DRAFT_MARK = re.compile(r"^[（(【\[]?\s*(?:征求意见稿|送审稿|试行草案|草案|讨论稿|修订稿)\s*[）)】\]]?$")
PUBLIC_MARK = re.compile(r"^[（(]\s*此件.{0,12}[）)]$")
ATTACHMENT = re.compile(r"^附件\s*[\d一二三四五六七八九十]*\s*[：:]?")
SENT_END = tuple("。；！？")


@dataclass
class Line:
    text: str
    start: int
    end: int


@dataclass
class Layout:
    lines: list[Line]
    title: Line | None = None  # the policy's title (possibly joined from several lines)
    notice_title: Line | None = None  # the transmitting notice's title, if any
    doc_number: Line | None = None
    addressee: Line | None = None
    notice_span: tuple[int, int] | None = None  # the transmitting notice's own text
    signature_lines: list[Line] = field(default_factory=list)  # issuer lines of the signature
    date_line: Line | None = None
    body_start: int = 0
    body_end: int = 0
    header_lines: list[Line] = field(default_factory=list)  # 发文机关标志 / 发电单位 lines

    def in_body(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        return self.body_start <= start and end <= self.body_end


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for part in text.split("\n"):
        if part.strip():
            lines.append(Line(part, pos, pos + len(part)))
        pos += len(part) + 1
    return lines


def _is_paragraph(line: Line) -> bool:
    t = line.text
    return t.endswith(SENT_END) or len(t) > 60 or "。" in t


def _is_title_like(line: Line) -> bool:
    t = line.text
    return not _is_paragraph(line) and not DATE_LINE.match(t) and not ADDRESSEE.match(t) and len(t) <= 80


def find_layout(text: str) -> Layout:
    lines = split_lines(text)
    layout = Layout(lines=lines, body_end=len(text))
    if not lines:
        return layout
    i = 0
    # Skip the masthead: 发文机关标志, 发电单位 boxes, 签发, 等级 lines, doc number, draft marks.
    title_idx = None
    for i, line in enumerate(lines[:30]):
        t = line.text
        if DOC_NUMBER.search(t) and len(t) - len(DOC_NUMBER.search(t).group(0)) < 30 and layout.doc_number is None:
            layout.doc_number = line
            continue
        if _looks_like_title(t):
            title_idx = i
            break
    if title_idx is None:
        title_idx = next((k for k, ln in enumerate(lines) if _is_title_like(ln)), 0)
    layout.header_lines = [ln for ln in lines[:title_idx] if ln is not layout.doc_number]
    # A title may wrap over several lines: join title-like lines until a paragraph/addressee.
    j = title_idx
    while j + 1 < len(lines) and _continues_title(lines[j], lines[j + 1]):
        j += 1
    first_title = Line("".join(ln.text for ln in lines[title_idx : j + 1]), lines[title_idx].start, lines[j].end)
    k = j + 1
    while k < len(lines) and (DRAFT_MARK.match(lines[k].text) or _is_doc_number_line(lines[k])):
        if _is_doc_number_line(lines[k]) and layout.doc_number is None:
            layout.doc_number = lines[k]
        k += 1
    is_notice = bool(NOTICE_WORD.search(first_title.text)) and (
        TRANSMIT.search(first_title.text) or "《" in first_title.text
    )
    if not is_notice:
        layout.title = first_title
        layout.body_start = lines[k].start if k < len(lines) else len(text)
        _find_signature(layout, lines, k, len(lines))
        return layout
    layout.notice_title = first_title
    # Addressee and notice text, up to the notice's date line.
    if k < len(lines) and ADDRESSEE.match(lines[k].text):
        layout.addressee = lines[k]
        k += 1
    date_idx = next((m for m in range(k, min(len(lines), k + 40)) if DATE_LINE.match(lines[m].text)), None)
    if date_idx is None:
        layout.body_start = lines[k].start if k < len(lines) else len(text)
        return layout
    layout.date_line = lines[date_idx]
    sig = date_idx - 1
    while sig >= k and _is_title_like(lines[sig]) and not lines[sig].text.endswith(("：", ":")):
        sig -= 1
    layout.signature_lines = lines[sig + 1 : date_idx]
    notice_text_end = lines[sig].end if sig >= k else lines[date_idx].start
    layout.notice_span = (first_title.start, notice_text_end)
    # After the notice: optional 版记/公开 marks, a repeated masthead, then the plan's title.
    m = date_idx + 1
    while m < len(lines) and PUBLIC_MARK.match(lines[m].text):
        m += 1
    plan_title_idx = None
    quoted = re.search(r"《(.+)》", first_title.text)
    expected = _squash(quoted.group(1)) if quoted else ""
    for n in range(m, min(len(lines), m + 6)):
        if _is_paragraph(lines[n]):
            break
        joined = _squash(lines[n].text)
        if expected and (expected.startswith(joined[:8]) or joined.endswith(expected[-6:])):
            plan_title_idx = n
            break
    if plan_title_idx is None:
        # No 《》 in the notice title (e.g. 关于印发XX方案的通知): the first title-like line.
        plan_title_idx = next((n for n in range(m, min(len(lines), m + 6)) if _looks_like_title(lines[n].text)), None)
    if plan_title_idx is None:
        layout.body_start = lines[m].start if m < len(lines) else len(text)
        return layout
    e = plan_title_idx
    while e + 1 < len(lines) and _continues_title(lines[e], lines[e + 1]):
        e += 1
    layout.title = Line("".join(ln.text for ln in lines[plan_title_idx : e + 1]), lines[plan_title_idx].start, lines[e].end)
    layout.header_lines += [ln for ln in lines[m:plan_title_idx]]
    b = e + 1
    while b < len(lines) and (DRAFT_MARK.match(lines[b].text) or lines[b].text.startswith(("（", "("))
                              and len(lines[b].text) < 30 and not NUMBERING_START.match(lines[b].text)):
        b += 1
    layout.body_start = lines[b].start if b < len(lines) else len(text)
    _find_banji(layout, lines, b)
    return layout


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _is_doc_number_line(line: Line) -> bool:
    m = DOC_NUMBER.search(line.text)
    return bool(m) and len(line.text) - len(m.group(0)) < 12


TITLE_END = re.compile(
    r"(?:通知|意见|方案|要点|规划|办法|细则|规定|决定|计划|措施|纲要|指引|通报|公告|条例|标准|规则|函|批复|报告|清单|目录|指南)"
    r"(?:[（(][^）)]{0,30}[）)])?$"
)


def _looks_like_title(t: str) -> bool:
    return bool(TITLE_END.search(t)) and not t.endswith(SENT_END) and len(t) <= 90 or t.startswith("关于")


def _continues_title(a: Line, b: Line) -> bool:
    """Line b continues the title on line a (a title wraps over up to three lines)."""
    if _is_paragraph(b) or DATE_LINE.match(b.text) or ADDRESSEE.match(b.text) or DRAFT_MARK.match(b.text):
        return False
    if _is_doc_number_line(b) or NUMBERING_START.match(b.text):
        return False
    if a.text.count("《") > a.text.count("》"):
        return True
    return not TITLE_END.search(a.text) and len(a.text) + len(b.text) <= 90


def _find_signature(layout: Layout, lines: list[Line], lo: int, hi: int) -> None:
    """Signature at the end of a policy that is not a 印发 notice: issuer lines + date line."""
    for d in range(hi - 1, max(lo, hi - 12) - 1, -1):
        if DATE_LINE.match(lines[d].text):
            layout.date_line = lines[d]
            s = d - 1
            while s > lo and _is_title_like(lines[s]) and not NUMBERING_START.match(lines[s].text) and d - s <= 6:
                s -= 1
            layout.signature_lines = lines[s + 1 : d]
            layout.body_end = lines[s + 1].start if s + 1 < d else lines[d].start
            return
    _find_banji(layout, lines, lo)


def _find_banji(layout: Layout, lines: list[Line], lo: int) -> None:
    for n in range(len(lines) - 1, lo, -1):
        if BANJI.match(lines[n].text):
            layout.body_end = min(layout.body_end, lines[n].start)
