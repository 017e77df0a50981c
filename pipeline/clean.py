"""Raw page text -> one clean text per document, with a map back to page numbers.

What cleaning does, in order:
* drops page furniture: page-number lines (`—4—`, `- 4 -`, `第4页`, `第 4 页 共 9 页`) and
  running headers/footers repeated on most pages;
* strips Markdown marks (`#` headings, `**bold**`, `---` rules) that converted notices carry;
* re-joins hard line breaks that a page layout put inside a sentence, keeping the breaks that
  end a paragraph, a heading, a title line or a signature line (see `_keeps_break`);
* removes white space between CJK characters and digits (`2025 年` -> `2025年`) and folds
  other runs of white space to one space (a single space between CJK words is kept: it
  separates issuers in `中共某市委办公室 某市人民政府办公室`).
"""
from __future__ import annotations

import re as _re
from collections import Counter
from dataclasses import dataclass, field

from . import rx as re

from .ingest.raw import RawDoc
from .nlp.simplify import FULL_WIDTH_ALNUM, fold_width, looks_traditional, simplified_line
from .numbers import cn_to_int, join_split_years
from .patterns import (BARE_TOP_ITEM, DATE_ONLY_LINE, DECIMAL_ITEM, GLUED_ITEM, NUMBERING_START, ROW_ORGAN_END, STOPLESS_ITEM,
                       is_web_furniture)
from .scan import source_crc, stdlib_twin
from .vocabulary import genre_alternation
from .layout import WEB_LABEL
from .page_labels import label_alternation, label_words, reading_alternation, reading_words

# `—4—`, `- 4 -`, `－ 12 －`, `第4页`, `第 4 页 共 9 页`, `4/9`, a bare number on its own line.
PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[—–\-－一_~·]*\s*\d{1,4}\s*[—–\-－一_~·]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4})\s*$"
)
# What never ends a PAGE_NUMBER_LINE (it ends with a digit, a dash or 页): the usual line endings,
# tried without the pattern.
PAGE_NUMBER_NEVER_LAST = frozenset("。，；：！？、）》”」』…")
# A heading run into the line before it, after a sentence end and white space (a copy that lost the
# line break: `…起草。 第一章 总体要求`, `…为准。 二、建设内容`): a chapter, section or 一、 heading.
# Without white space only when the heading is a bare heading line that ends the line
# (`…管理业务需求。二、信息采集`): prose does not end a line on an unpunctuated `二、…`.
GLUED_HEADING = re.compile(r"(?<=[。！？；])[ \t\u3000]+(?=第[一二三四五六七八九十百]{1,4}[章节][ \t\u3000]|[一二三四五六七八九十]{1,3}、)"
                           r"|(?<=[。！？；])(?=(?:第[一二三四五六七八九十百]{1,4}[章节]|[一二三四五六七八九十]{1,3}、"
                           r"|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．](?!\d))"
                           r"[^。！？；：:，,\n]{2,30}$)")
# A bare number is a page number, except inside a table copied one cell per line (after a 序号
# header cell, away from the edges of a page), where it is the row's 序号 and stays.
BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
TABLE_NUMBER_HEADER = re.compile(r"^\s*(?:序\s*号|编\s*号)\s*$")
# (s12-targets) A year column's header cell alone on its line (`2025年`, `2020年（基期）`): an indicator table copied one
# cell per line, whose bare amounts (`57`) are cells, not page numbers, as after a 序号 header.
TABLE_YEAR_HEADER = re.compile(r"^\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:[（(]?(?:目标|基期|现状|规划|预期|实际)值?[）)]?)?\s*$")
MARKDOWN_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
MARKDOWN_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+\S")
# `match` of these at a line's start by the standard library's engine where it reads the pattern
# alike (scan.stdlib_twin, derived from the pattern's text at load time: the same matches, ~2x
# faster a call; a pattern it cannot read stays on `regex`).
_page_number_line = stdlib_twin(PAGE_NUMBER_LINE).match
_bare_number = stdlib_twin(BARE_NUMBER).match
_table_number_header = stdlib_twin(TABLE_NUMBER_HEADER).match
_numbering_start = stdlib_twin(NUMBERING_START).match
# (s35-twins) numbers listed with 、 (`10、35、50`, `3、5、8个`): a series of amounts, not an item's number
NUMBER_SERIES = _re.compile(r"\s*\d+(?:\.\d+)?\s*[、,，]\s*\d")
_date_only_line = stdlib_twin(DATE_ONLY_LINE).match
# (s9) A signature set on one line with its date (`国务院办公厅　　2018年12月30日`, `市　长：某某　2021年1月29日`): the
# organs or the head's name, white space, the date. Like a date alone, it never runs into the paragraph above.
SIGNED_DATE_LINE = re.compile(
    r"^[\p{Han}（）()·：:\s]{2,600}?(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|院|署|办|会|中心|[省市州县区]长[\s：:]*[\p{Han}·]{2,6})"
    r"[ \t\u3000]+(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$")
# (s11) The same signature and date at the end of a paragraph that lost its break before them.
GLUED_SIGNED_DATE = re.compile(
    r"(?:[。！？][ \t\u3000]*|[ \t\u3000])[\p{Han}（）()·\s]{2,600}?(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|院|署|办|会|中心)"
    r"[ \t\u3000]*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$")
# (s21-layout) A date cut across two lines by a copy set at a fixed width (a pre-2018 text out of a PDF or a narrow
# column): `二〇〇八年四月二十` / `二日`, `2008年4月` / `23日印发`, `2012年4` / `月6日印发`. The line above ends inside the
# date (its year and more, no 日), the line below opens with the date's rest up to its 日 (nothing else before it).
_CUT_DATE_HEAD = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:[\d〇○零一二三四五六七八九十]{1,2}\s*(?:月\s*[\d〇○零一二三四五六七八九十]{0,3})?)?$")
_CUT_DATE_TAIL = re.compile(r"^(?:[\d〇○零一二三四五六七八九十]{0,2}\s*月\s*)?[\d〇○零一二三四五六七八九十]{0,3}\s*日")
_WHOLE_DATE = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月"
                         r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$")


def _date_cut(a: str, b: str) -> bool:
    """`a` ends inside a date that `b` completes (`_CUT_DATE_HEAD` / `_CUT_DATE_TAIL`): one date, the break joins."""
    if "年" not in a[-12:] or "日" not in b[:8]:
        return False
    head, tail = _CUT_DATE_HEAD.search(a), _CUT_DATE_TAIL.match(b)
    return bool(head and tail and _WHOLE_DATE.search(head.group() + tail.group()))


# (s9b) A signature's organ alone on its line (a seal mark after it allowed): `国家发展改革委`, `某县林业局（盖章）`.
ORGAN_ALONE_LINE = re.compile(
    r"^(?:中共)?[\p{Han}（）()·]{1,40}?(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|院|署|办|联合会|总工会|工会|中心|党委|党组)"
    r"(?:[（(](?:盖章|印章|公章|印|章)[)）])?$")
MARKDOWN_QUOTE = re.compile(r"^\s*>\s?")
BOLD = re.compile(r"\*\*|__")
CJK = r"\p{Han}"
# Space to remove: between CJK and a digit, CJK and CJK punctuation, digits and CJK.
# Word processors and PDF text layers put a space between CJK and Latin letters too (`C 类`).
SPACE_CJK_DIGIT = re.compile(rf"(?<=[{CJK}\p{{Ps}}\p{{Pe}}，。、；：！？%％])[ \t\u3000\u00a0]+(?=[\dA-Za-z０-９])"
                             rf"|(?<=[\dA-Za-z０-９%％])[ \t\u3000\u00a0]+(?=[{CJK}，。、；：！？）)%％])")
SPACE_BEFORE_PUNCT = re.compile(r"[ \t\u3000\u00a0]+(?=[，。、；：！？）》」』”])|(?<=[（《「『“])[ \t\u3000\u00a0]+"
                                # (s10-organs) after a list's 、 or a comma between Han words (`财政、 人社`, a web
                                # copy's justified line): no heading's `一、 ` (its space may mark the heading)
                                r"|(?<=[\p{Han}）)][、，])(?<![一二三四五六七八九十百〇零]、)[ \t\u3000\u00a0]+(?=[\p{Han}（(])")
SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")
SENTENCE_END = tuple("。！？；：:;!?")
OPEN_CLOSE = {"《": "》", "（": "）", "(": ")", "“": "”", "〔": "〕", "【": "】"}


@dataclass
class CleanDoc:
    doc_id: str
    text: str
    page_map: list[tuple[int, int, int]] = field(default_factory=list)  # (page, start, end)
    format: str = "txt"
    warnings: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> int | None:
        for page, start, end in self.page_map:
            if start <= offset < end:
                return page
        return self.page_map[-1][0] if self.page_map else None


@dataclass
class _Line:
    text: str
    page: int
    hard_break: bool = False  # Markdown "two trailing spaces" or an explicit <br>
    block: bool = False  # a Markdown heading: a paragraph of its own, whatever its shape
    paragraph: bool = False  # the reader knew the layout: this line is a whole paragraph
    joins_next: bool = False  # last line of a page whose paragraph goes on on the next page
    key: str = ""  # what the break rules read: the text, in Simplified for a Traditional notice
    indented: bool = False  # the line opens with white space (a paragraph's first-line indent)
    value: bool = False  # (s15b) a bare amount cut out of its clause (`面积` / `25` / `万亩，`): joins both sides
    printed: float = 0.0  # (s17-form2) the last piece of a line split at a run-in item: the printed line's width
    gap: int = -1  # (s24-swap2) the blank lines right above it (-1: unknown, a dropped line or a page's edge between)


ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


# (s20-speed) fold_width's own test, tried before the call: most lines hold no full-width digit or letter.
_has_full_width = FULL_WIDTH_ALNUM.search


def _drop_zero_width(text: str) -> str:
    return text.translate(ZERO_WIDTH) if any(ch in text for ch in "\u200b\u200c\u200d\u2060\ufeff") else text


def normalize_text(raw: RawDoc, doc_id: str = "") -> CleanDoc:
    _WIDTHS.clear()  # (the last document's line widths: see `_width`)
    # (zero-width characters of web copies, `5\u200b00万元`, are dropped: they split numbers and words)
    pages = [_drop_zero_width(p.text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")) for p in raw.pages]
    furniture = _running_furniture(pages)
    # A Traditional notice is read in Simplified by the break rules too (the text stays as written).
    simplify = simplified_line if looks_traditional("\n".join(pages)[:4000]) else None
    lines: list[_Line] = []
    decorated = _decorated_page_numbers(pages)
    in_table = False  # a table goes on over the next pages (its 序号 header is printed once)
    last_row = 0  # the last 序号 kept in that table
    sequence = _ItemSequence()  # (s12b) items run into one line, split where the numbering expects them
    for raw_page, text in zip(raw.pages, pages):
        page = raw_page.number
        known = raw_page.line_breaks == "paragraph"
        first_of_page = len(lines)
        page_lines = text.split("\n")
        if "1、" in text or _glue_at(text) or _run_open_in(text):  # (else no line is split: neither pattern spans a line break)
            page_lines = [item for ln in _join_item_runs(page_lines) for part in _split_glued(ln) for item in _item_run(part)]
        page_lines = sequence.split(page_lines)
        tails = sequence.tail_width
        filled = [k for k, ln in enumerate(page_lines) if ln.strip()]
        page_edges = set(filled[:2] + filled[-2:]) if len(raw.pages) > 1 else set()
        br = "<br>" in text  # (the lines are pieces of the page's text: none holds <br> else)
        if "**" in text:
            page_lines = [part for ln in page_lines for part in _split_bold_heading(ln)]
        if "\t" in text:
            page_lines = _indicator_tab_rows(page_lines)
        if "｜" in text or "│" in text or "┃" in text:
            page_lines = _bar_table_rows(page_lines)
        if "|" in text:
            page_lines = _one_cell_rows(page_lines)
        if "\u3000" in text or "  " in text:
            page_lines = _spaced_table_rows(page_lines)
        if "序" in text and "年" in text and ("单位" in text or "部门" in text or (simplify and ("單位" in text or "部門" in text))):
            page_lines = _single_spaced_target_rows(page_lines)
        blanks = -1  # (the gap above a page's first line is unknown)
        for k, line in enumerate(page_lines):
            hard = line.endswith("  ") or (br and line.rstrip().endswith("<br>"))
            if line.endswith(_BOLD_HEAD_END):
                hard, line = True, line[:-1]
            block = "#" in line and bool(MARKDOWN_HEADING_MARK.match(line))
            if br:
                line = line.replace("<br>", "")
            line = _strip_markdown(line)
            stripped = line.strip()
            if not stripped:
                blanks += blanks >= 0
                continue
            gap, blanks = blanks, 0
            if " " in stripped or "\u3000" in stripped or "\u00a0" in stripped:
                stripped = _unspace(stripped)  # (speed only: a line without these gaps is returned as it is)
            key = simplify(stripped) if simplify else stripped
            if _has_full_width(key):  # (speed only: fold_width changes no line without a full-width digit or letter)
                key = fold_width(key)  # (s17-form) as the extractors read it
            if "号" in key and (_table_number_header(key) or _one_line_number_header(key)):
                # (the header holds 号; s23-assign2: also a header written on one line, `序号 工作任务 牵头单位 配合单位`,
                # whose rows are copied one cell per line: their 序号 lines are no page numbers)
                in_table, last_row = True, 0
            elif not in_table and "年" in key and len(key) <= 12 and TABLE_YEAR_HEADER.match(key):
                in_table, last_row = True, 0
            row = value = False
            if key[-1:] not in PAGE_NUMBER_NEVER_LAST and _page_number_line(key):
                if _bare_number(key) and not in_table:
                    value = _amount_in_clause(page_lines, k)
                    row = not value and _cell_among_cells(page_lines, k)
                    if not (value or row):
                        blanks = -1
                        continue
                elif not (_bare_number(key) and in_table and (decorated or _row_number(key, k, page, page_edges, last_row))):
                    blanks = -1
                    continue
                else:
                    row, last_row = True, int(key)
            if not row and furniture and _furniture_key(stripped) in furniture:
                blanks = -1
                continue
            lines.append(_Line(stripped, page, hard or block, block, paragraph=known, key=key,
                               indented=line[:1] in INDENT_OPENS, value=value, printed=tails.get(k, 0.0), gap=gap))
        if raw_page.continues and len(lines) > first_of_page:
            lines[-1].joins_next = True
    if sum(ln.indented for ln in lines) > 0.8 * len(lines):
        for ln in lines:  # every line indented (a layout-preserving PDF extraction, a web copy): no sign
            ln.indented = False
    return _join(lines, doc_id, raw.format)


# Where a GLUED_HEADING match can be: right after a sentence end, before white space or the first
# character of a heading number (第, 一…十, a bracket, a digit).
_GLUE_AT = re.compile(r"[。！？；][ \t\u3000第一二三四五六七八九十（(\d]")
_glue_at = stdlib_twin(_GLUE_AT).search  # (the same matches, ~1.5x faster a line: scan.stdlib_twin)


def _split_glued(line: str) -> list[str]:
    """GLUED_HEADING.split(line); a line with no place a glued heading can open is not split (one
    cheap scan instead of the pattern's lookarounds at every character)."""
    return GLUED_HEADING.split(line) if _glue_at(line) else [line]


# (s12b) Items run into one line (a web or database copy that lost every line break after 。；：, `…的意见。二、主要任务
# （一）…。（二）…`). A number after a sentence end opens a new item only where the document's numbering expects it:
# the next number of a style already in use (or 1 of a style deeper than the last item), so `按照第三条规定`,
# `（一）项`, `1.5倍`, dates and a list inside a quoted title stay in their sentence. Styles: 第X章/节/条, 一、, （一）,
# 1. / 1、, （1）; GLUED_HEADING and _item_run handle the forms they did before.
SEQ_MARK = _re.compile(
    r"(?P<ch>第(?P<chn>[一二三四五六七八九十百]{1,4})(?P<chk>[章节]))"
    r"|(?P<ar>第(?P<arn>[一二三四五六七八九十百零〇]{1,5})条)(?![规所的中之和至、，])"
    r"|(?P<cn>(?P<cnn>[一二三四五六七八九十]{1,3})、)"
    r"|(?P<cp>[（(](?P<cpn>[一二三四五六七八九十]{1,3})[）)])(?![项款目条中的所之、，和）)])"
    r"|(?P<d>(?P<dn>[1-9]\d?)[、．.](?!\d))(?![个项条年月日%％])"
    r"|(?P<dp>[（(](?P<dpn>[1-9]\d?)[）)])(?![项款目条中的所之、，和）)])")
# Where one can be run in: after a sentence end (white space allowed), never inside 《…》 or “…”.
# (s14b) Also after a comma where the next item of a style already in use follows (`…加强管理，（三）科学设置…`, `…水平，三、优化
# …流程`: a copy that lost the stop and the break before it), not a count (`，三、四级医院`); one dropped item no longer hides
# every item after it.
SEQ_AT = _re.compile(r"[。；：;:，,][ \t\u3000]*(?=[第一二三四五六七八九十（(1-9])")  # (s17-form2: `,` as web editors type `，`)
SEQ_GLUED_AT = _re.compile(r"(?<=[）)】\]\u4e00-\u9fff])(?<!第)[ \t\u3000]*(?=[（(][一二三四五六七八九十]{1,3}[）)]"
                           r"|(?<![一二三四五六七八九十百千万零〇两])(?<!分之)[一二三四五六七八九十]{1,3}、"
                           r"|[1-9]\d?[、．.](?!\d))")  # (s27-web: `…配合单位：某局8.增强…`, the next `8.` of a run in use)
# (s31-swap) `百分之八十五、其他…百分之六十五` (a rate in words, as notices before the 2010s write them, in a list of rates
# joined by 、): a numeral glued to a numeral or to 分之 is one number, never a `五、` heading glued to a word.
# (speed only, s29) What SEQ_GLUED_AT's lookahead reads, searched alone: a line where it matches nowhere holds no
# SEQ_GLUED_AT match, which opens where this matches after a run of white space. This search skips at once to the
# characters a mark opens with; SEQ_GLUED_AT's lookbehind is tried at every character of the line (4x slower on the
# long lines of the corpus, about half of which hold no mark).
SEQ_GLUED_MARK = _re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]"
                            r"|(?<![一二三四五六七八九十百千万零〇两])(?<!分之)[一二三四五六七八九十]{1,3}、"
                            r"|[1-9]\d?[、．.](?!\d)")
# (speed only, s38) SEQ_GLUED_MARK as `_glued_stop_in` searches it: the numeral alternative's two lookbehinds asked
# after its first numeral (`(?<![…].)` there is `(?<![…])` before it: the numeral is no line break), so the standard
# library's engine skips to the characters a mark opens with (the leading lookbehinds kept it trying every character:
# 7.5 -> 3.5 ms for one search of each of the 3,488 lines a pass reads). Read from SEQ_GLUED_MARK as it is (its crc); a
# changed SEQ_GLUED_MARK is searched itself.
SEQ_GLUED_MARK_READ = 0x5486a7cc
SEQ_GLUED_MARK_SEARCH = _re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]"
                                   r"|[一二三四五六七八九十](?<![一二三四五六七八九十百千万零〇两].)(?<!分之.)[一二三四五六七八九十]{0,2}、"
                                   r"|[1-9]\d?[、．.](?!\d)")
_GLUED_MARK_SEARCH = (SEQ_GLUED_MARK_SEARCH if source_crc(SEQ_GLUED_MARK.pattern) == SEQ_GLUED_MARK_READ
                      else SEQ_GLUED_MARK).search


# (speed only, s31) What SEQ_GLUED_AT's lookbehinds ask of the character before the white space in front of a mark.
SEQ_GLUED_BEFORE = "）)】]"
SEQ_GLUED_GAP = " \t\u3000"


def _glued_stop_in(s: str) -> bool:
    """`SEQ_GLUED_AT.search(s) is not None`, read from the marks alone (SEQ_GLUED_MARK): SEQ_GLUED_AT matches at p
    when a mark opens at q after the white space s[p:q], and a mark never opens with white space, so p is where the
    run of white space before q starts; the lookbehinds then ask the one character before p. Every offset where a
    mark opens is tried (a search from the offset after the last), as the lookahead is (`十一、` opens at 十 and 一).
    The search for the mark skips to the characters a mark opens with; SEQ_GLUED_AT tried its lookbehind and
    lookahead at every character of the line (~1.6x slower over the lines of the benchmark)."""
    search = _GLUED_MARK_SEARCH
    m = search(s)
    while m is not None:
        q = p = m.start()
        while p and s[p - 1] in SEQ_GLUED_GAP:
            p -= 1
        if p:
            ch = s[p - 1]
            if (ch in SEQ_GLUED_BEFORE or "\u4e00" <= ch <= "\u9fff") and ch != "第":
                return True
        m = search(s, q + 1)
    return False


SEQ_COUNT_AFTER = frozenset("一二三四五六七八九十0123456789")
SEQ_HEAD_GLUE = _re.compile(r"[ \t\u3000]*[^。；：:;，,、（(）)\s\d]{2,24}[ \t\u3000]*(?=[（(]|[1-9][、．.](?!\d))")
SEQ_CHAPTER_GLUE = _re.compile(r"[ \t\u3000]*[^。；：:;，,、（(）)\s\d第][^。；：:;，,、（(）)\d第]{0,22}?(?=第[一二三四五六七八九十百零〇]{1,5}条)")
# (s27-web) A goal bullet `——基础支撑筑牢夯实。…` after a sentence end: web editors' dash bullets open a paragraph each
# (the targets under a `到2026年，…` lead read their year from the paragraphs that follow it).
SEQ_DASH_AT = _re.compile(r"(?<=[。；;！])[ \t\u3000]*(?=——[\u4e00-\u9fff“])")
# (s27-web) A section heading run on into its text (`一、工作目标到2020年，…`, `（一）指导思想以习近平…`, `基本原则——因地
# 制宜`): a heading of a plan's standard parts, then a text that can only open a paragraph (a year, 以…为指导, a dash
# bullet). The year then opens its paragraph as printed instead of being read inside the heading.
SEQ_HEAD_TEXT = _re.compile(
    r"[ \t\u3000]*[\u4e00-\u9fff]{0,8}(?:目标|思想|原则|要求|任务|定位|思路)"
    r"(?=(?:到|至|力争|在)?(?:19|20)\d\d[—\-－至~～]?(?:(?:19|20)\d\d)?年|以(?:习近平|邓小平|马克思|科学发展观|“)|——)")
SEQ_TOP = frozenset(("ch章", "ar", "cn"))
# (s20-speed) every SEQ_MARK match opens with one of these (第, a Chinese numeral, a bracket, a digit 1-9): the lines of
# `split` that open otherwise are not matched (tests/test_s20speed_sentences.py derives the set from the pattern)
SEQ_FIRST = frozenset("第一二三四五六七八九十（(123456789")
SEQ_QUOTES = (("《", "》"), ("“", "”"))


# (s28-meta) Names numbered in a series inside a sentence (`主要集中在西一、西二、西三、五山等乡镇`, `东一、东二村`): the
# numeral glued to a short name whose previous member, just before the 、, ends in the numeral before it.
SERIES_BEFORE = _re.compile(r"(?P<prev>[一二三四五六七八九十]{1,3})、[\u4e00-\u9fff]{1,4}$")


def _named_series(s: str, at: int, n: int | None) -> bool:
    """Whether the `二、` glued to a word at `at` is a member of a series of numbered names (SERIES_BEFORE), not an item."""
    m = SERIES_BEFORE.search(s, max(0, at - 12), at)
    return m is not None and n is not None and cn_to_int(m.group("prev")) == n - 1


class _ItemSequence:
    """The numbering read so far (style -> last number; styles in the order they first appeared, outer first)."""

    def __init__(self) -> None:
        self.last: dict[str, int] = {}
        self.levels: list[str] = []
        self.before: dict[str, int] = {}  # (s27-web) style -> its last number before an outer heading reset it
        self.head = True  # the document's first line: a copy run on one line whole is read by the head's rules
        self.tail_width: dict[int, float] = {}  # (s17-form2) index of a split line's last piece -> the line's width

    @staticmethod
    def _read(m: _re.Match) -> tuple[str, int | None]:
        g = m.lastgroup
        if g == "ch":
            return "ch" + m.group("chk"), cn_to_int(m.group("chn"))
        if g in ("d", "dp"):
            return g, int(m.group(g + "n"))
        return g, cn_to_int(m.group(g + "n"))

    def _expects(self, style: str, n: int | None) -> bool:
        if n is None:
            return False
        if style in self.last:
            return n == self.last[style] + 1 or (n == 1 and self.last[style] == 0)
        # a new style deeper than the items read so far opens at 1; the first of all only as a top level (一、, 第一章/条)
        return n == 1 and (bool(self.levels) or style in SEQ_TOP)

    def _take(self, style: str, n: int) -> None:
        if style not in self.levels:
            self.levels.append(style)
        self.last[style] = n
        for deeper in self.levels[self.levels.index(style) + 1:]:
            if self.last[deeper]:
                self.before[deeper] = self.last[deeper]
            self.last[deeper] = 0

    def _glued_first(self, s: str, end: int, style: str, cuts: list[int]) -> None:
        """`一、总体要求（一）指导思想。…`: a heading without a stop, then the first item under it."""
        if style[:2] == "ch":
            self._glued_article(s, end, cuts)
            return
        g = SEQ_HEAD_GLUE.match(s, end)
        if g is not None and (h := SEQ_MARK.match(s, g.end())) is not None:
            sub, k = self._read(h)
            if sub != style and sub in ("cp", "dp", "d") and (k == 1 or self._runs_on(sub, k)):
                self._take(sub, k)
                cuts.append(g.end())
                # (s27-web) `二、重点任务（一）优化布局1.构建…`: each heading of a chain may carry the first item under it
                self._glued_first(s, h.end(), sub, cuts)
                return
        if (t := SEQ_HEAD_TEXT.match(s, end)) is not None:
            cuts.append(t.end())

    def _glued_article(self, s: str, end: int, cuts: list[int]) -> None:
        """(s27-web) `第二章　补贴对象和条件第五条　本细则所称…`: a chapter's heading run on into its first article, where a
        web copy lost the break GB/T 9704 rules print after a 章/节 heading (articles number on through the chapters)."""
        g = SEQ_CHAPTER_GLUE.match(s, end)
        if g is None or (h := SEQ_MARK.match(s, g.end())) is None or h.lastgroup != "ar":
            return
        _, k = self._read(h)
        if k is not None and (self._expects("ar", k) or self._runs_on("ar", k) or ("ar" not in self.last and k > 1)):
            self._take("ar", k)
            cuts.append(g.end())

    def _runs_on(self, style: str, n: int | None) -> bool:
        """(s27-web) Items numbered on through their sections (`（三）…7.引导…` after `（二）`'s 4–6), as many plans
        number them: n follows the number the style had before its outer heading opened a new section."""
        return n is not None and self.last.get(style) == 0 and n == self.before.get(style, -1) + 1 and n > 1

    def _inline_list(self, s: str, end: int, style: str) -> bool:
        """After a colon, item 1 whose item 2 follows before the sentence ends (`…条件：（1）…；（2）…。`): an
        enumeration inside a sentence, which the task reader takes from the line as it is."""
        stop = s.find("。", end, end + 160)
        if stop < 0:
            return False  # (a long run without a full stop: items printed one a line, not a clause's parts)
        if style == "cp" and "ar" in self.last and self._next_article_after(s, stop + 1):
            return False  # (s27-web) the line runs on into the next article: a web paste of 项 printed one a line
        for at in SEQ_AT.finditer(s, end, stop):
            m = SEQ_MARK.match(s, at.end())
            if m is not None and self._read(m) == (style, 2):
                return at.start() - end <= 30  # short parts: a clause's enumeration
        return False

    def _next_article_after(self, s: str, at: int) -> bool:
        m = SEQ_MARK.match(s, at + len(s[at:]) - len(s[at:].lstrip(" \t\u3000")))
        return m is not None and m.lastgroup in ("ar", "ch") and self._read(m)[1] is not None

    def _stops(self, s: str) -> list:
        """The places an item may open in a run-on line: after a stop (SEQ_AT), and (s26-web) right after a closing
        bracket or a word, where a web copy that lost its line breaks glued the next item of a style in use to the end
        of a role annotation (`…配合单位：财政所、各村（居）（二）全面提升…`) or of a heading (`…保障措施（一）加强…`).
        Those are taken only as the very next number of a `（一）` or `一、` run already read (below: `_expects`)."""
        if not _glued_stop_in(s):
            return list(SEQ_AT.finditer(s))
        return sorted(list(SEQ_AT.finditer(s)) + list(SEQ_GLUED_AT.finditer(s)), key=lambda m: m.end())

    def _glued_next(self, style: str, n: int | None) -> bool:
        if style == "d":  # (s27-web) a `8.` glued to a word: the next of a run in use, past its first item
            return n is not None and n > 1 and (self.last.get(style) == n - 1 or self._runs_on(style, n))
        return style in ("cp", "cn") and style in self.last and n == self.last[style] + 1

    def split(self, lines: list[str], min_len: int = 40) -> list[str]:
        out: list[str] = []
        self.tail_width = {}
        for line in lines:
            s = line.lstrip()
            if self.head:
                self.head = not s
                if not _body_run(line, s):
                    out.append(line)
                    continue
            m = SEQ_MARK.match(s) if s[:1] in SEQ_FIRST else None  # (speed only: SEQ_MARK's first characters)
            cuts: list[int] = []
            if m is not None:
                style, n = self._read(m)
                if n is not None and (style in self.last or not self.levels or n == 1):
                    self._take(style, n)
                    self._glued_first(s, m.end(), style, cuts)
            if "——" in s:
                cuts.extend(m.end() for m in SEQ_DASH_AT.finditer(s))
            if len(s) < min_len or (SEQ_AT.search(s) is None
                                    and (not ("cp" in self.last or "cn" in self.last or "d" in self.last)  # (speed: a glued stop is taken
                                         or not _glued_stop_in(s))):                   # only in a run in use, below)
                if not cuts:
                    out.append(line)
                    continue
            seen, depth = 0, 0
            for at in self._stops(s):
                pos = at.end()
                for o, c in SEQ_QUOTES:
                    depth += s.count(o, seen, pos) - s.count(c, seen, pos)
                seen = pos
                if depth > 0 or s[at.start() - 2:at.start()] == "附件" or s[at.start() - 1:at.start()] == "附":
                    continue  # (the 附件说明 `附件：1.…` stays one line: the layout reads it there)
                m = SEQ_MARK.match(s, pos)
                if m is None:
                    continue
                style, n = self._read(m)
                if at.re is SEQ_GLUED_AT and (not self._glued_next(style, n) or _named_series(s, at.start(), n)):
                    continue  # (glued to a word: only the very next `（二）` or `二、` of a run in use)
                if n == 1 and s[at.start()] in "：:" and self._inline_list(s, m.end(), style):
                    continue  # `…以下条件：（1）…；（2）…`: an enumeration inside the item's sentence (tasks reads it there)
                if s[at.start()] in "，," and (style not in self.last or style in ("d", "ch章", "ch节")
                                             or s[m.end():m.end() + 1] in SEQ_COUNT_AFTER):
                    continue  # after a comma: only the next item of a style in use, never a count or a 1.
                if self._expects(style, n) or self._runs_on(style, n):
                    self._take(style, n)
                    cuts.append(pos)
                    self._glued_first(s, m.end(), style, cuts)
            if not cuts:
                out.append(line)
                continue
            bounds = [0] + sorted(set(cuts)) + [len(s)]
            parts = [s[a:b].rstrip() for a, b in zip(bounds, bounds[1:])]
            parts[0] = line[:len(line) - len(s)] + parts[0]  # (the first keeps its indent)
            out.extend(parts)
            if s[:max(cuts)].rstrip()[-1:] in "；;：:":  # (a member of an enumeration: the line may be cut by the page)
                self.tail_width[len(out) - 1] = _width(s.rstrip())
        return out


def _body_run(line: str, s: str) -> bool:
    """(s27-web) A paste that opens with the body, indented and run on over many sentences (`　　为加快…，制定本行动计划。
    一、总体要求（一）…`): no title block, so the numbering cuts it as it cuts any body line."""
    return line[:1] in INDENT_OPENS and len(s) > 200 and s.count("。") > 3


# A numbered heading set in bold with the paragraph run on after it (`**一、总体要求**全面贯彻…`,
# `（一）**加强组织领导**各地要…`): the bold's end is the heading's end, a break the copy lost. The
# heading keeps its own line (a hard break, marked by a trailing sentinel the mark strip removes).
BOLD_HEADING_GLUED = re.compile(
    r"^(?P<h>\s*(?:\*\*)?\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[）)])"
    r"\s*(?:\*\*)?[^*。！？；\n]{2,40}?\*\*)(?P<rest>[\p{Han}“‘\"《].*)$")
_BOLD_HEAD_END = "**\u2060"  # (zero-width: dropped with the bold mark below)


def _split_bold_heading(line: str) -> list[str]:
    m = BOLD_HEADING_GLUED.match(line)
    if not m or m.group("h").count("**") != 2:
        return [line]
    return [m.group("h") + "\u2060", m.group("rest")]


def _decorated_page_numbers(pages: list[str]) -> bool:
    """Does the document print its page numbers decorated (`— 3 —`, `第3页`) at a page's edge?
    Then a bare number inside a table is never a page number."""
    for text in pages:
        filled = [ln.strip() for ln in text.split("\n") if ln.strip()]
        for line in filled[:2] + filled[-2:]:
            if _page_number_line(line) and not _bare_number(line):
                return True
    return False


def _row_number(number: str, k: int, page: int, page_edges: set[int], last_row: int) -> bool:
    """Is this bare number a table's 序号 rather than a page number? Away from the page's edges,
    yes. At an edge (a table row broken over a page, its 序号 first on the next page) only when it
    is the next row of the table and not this page's own number."""
    if k not in page_edges:
        return True
    n = int(number)
    return n == last_row + 1 and n != page


# (s15b) What a line cut inside a clause can open with: an amount and its unit (`300万亩，…`, `85%以上`), or the unit
# alone when the amount ended the line above (`…达到300` / `万亩，`). A year (`2025年`) or a date is no such unit.
_UNITS = (r"(?:万|亿|千|百|%|％|‰|个|家|亩|公顷|元|吨|公里|千米|米|人|户|所|座|套|辆|台|处|项|倍|平方|立方|兆瓦|千瓦|"
          r"标准|张|床|件|条|批|名|次|只|头|株|棵|篇|场|宗|间|栋|亿元|万元)")
AMOUNT_OPENS_LINE = _re.compile(r"^[\d０-９][\d０-９.,，．]*\s*" + _UNITS)
UNIT_OPENS_LINE = _re.compile(r"^" + _UNITS + r"(?![\d０-９])")
# A line can never open with these: it is the rest of the line above (`…等` / `、中小学校`, `…改造` / `，确保…`). (A `%`
# opens a unit cell of a table copied one cell per line; after an amount's digits it is read as a unit, below.)
CONTINUATION_OPENS = frozenset("，、。；")


def _neighbour(page_lines: list[str], k: int, step: int) -> str:
    j = k + step
    while 0 <= j < len(page_lines):
        t = page_lines[j].strip()
        if t:
            return t
        j += step
    return ""


def _amount_in_clause(page_lines: list[str], k: int) -> bool:
    """(s15b) `全州完成造林面积` / `25` / `万亩，其中…`: a bare number between a clause without its end and a line that
    opens with a unit is the clause's amount (a page number never sits between an amount's digits and its unit)."""
    before, after = _neighbour(page_lines, k, -1), _neighbour(page_lines, k, 1)
    return bool(before and after and not before.endswith(SENTENCE_END) and UNIT_OPENS_LINE.match(after))


def _cell_among_cells(page_lines: list[str], k: int) -> bool:
    """(s15b) A table copied one cell per line without a 序号 or year header (`县（市、区）` / `新改建里程（公里）` /
    `双清区` / `35` / `12` / `大祥区` / `48`…): a bare number with another bare number (or a decimal) within three
    lines of it (a row of three cells) is a cell; page numbers stand a page apart (a short page's two, see below)."""
    n = int(_re.sub(r"\D", "", page_lines[k]) or 0)   # (s17-web) the number without a markdown mark (`5000**`, found by hypothesis)
    near, far = [], 0
    for step in (-1, -2, -3, -4, -5, -6, 1, 2, 3, 4, 5, 6):
        j = k + step
        if 0 <= j < len(page_lines):
            t = page_lines[j].strip()
            if t and _bare_amount(t):
                far += 1
                if abs(step) <= 3:
                    near.append(t)
    # a run of them is a table's; one neighbour alone is no cell when it is the next or the previous page's number (a
    # short page between them: `执行。` / `4` / `某市人民政府办公室` / `2021年6月8日` / `5`)
    return bool(near) and (far >= 2 or any("." in t or abs(int(t) - n) != 1 for t in near))


_BARE_AMOUNT = _re.compile(r"\d{1,7}(?:\.\d{1,4})?")


def _bare_amount(t: str) -> bool:
    return len(t) <= 12 and _BARE_AMOUNT.fullmatch(t) is not None


def normalize_string(text: str, doc_id: str = "") -> CleanDoc:
    """Clean a plain string (one page); handy for tests and callers with text in memory."""
    from .ingest.raw import RawPage

    return normalize_text(RawDoc(path="<string>", format="txt", pages=[RawPage(1, text, "text")]), doc_id)


_MARKDOWN_CHARS = _re.compile(r"[-*_=#>]")  # (stdlib `re`: one C scan)


def _strip_markdown(line: str) -> str:
    # (s10b: `in` per character, the same answer as _MARKDOWN_CHARS.search, about 1.6x faster on our lines)
    if not ("-" in line or "*" in line or "_" in line or "=" in line or "#" in line or ">" in line):
        return line  # every markdown pattern below needs one of these characters
    if MARKDOWN_RULE.match(line):
        return ""
    line = MARKDOWN_HEADING.sub("", line)
    line = MARKDOWN_QUOTE.sub("", line)
    return BOLD.sub("", line)


# A line set letter-spaced (`浙 江 省 教 育 厅    浙 江 省 财 政 厅`, `通 知 书`): Han characters each
# followed by one gap; a wider gap than the narrowest separates words.
LETTER_SPACED = re.compile(r"^\p{Han}(?:[ \u00a0\u3000]+\p{Han})+$")
_GAP = re.compile(r"[ \u00a0\u3000]+")


def _gap_width(gap: str) -> int:
    return sum(2 if ch == "\u3000" else 1 for ch in gap)


def _unspace_letters(line: str) -> str:
    """`浙 江 省 教 育 厅    浙 江 省 财 政 厅` -> `浙江省教育厅 浙江省财政厅`: the narrowest gaps of a
    letter-spaced line (every character apart) are dropped, wider ones stay one space (the
    separator of joint issuers). A line whose gaps are all alike becomes one word."""
    if len(line) < 5 or line[1] not in " \u00a0\u3000" or not LETTER_SPACED.match(line):
        return line
    gaps = _GAP.findall(line)
    chars = _GAP.split(line)
    if len(chars) < 3 or any(len(c) > 1 for c in chars):
        return line
    narrow = min(map(_gap_width, gaps))
    if len(set(map(_gap_width, gaps))) >= 3:
        return _unspace_justified(gaps, chars, narrow)
    out = chars[0]
    for gap, ch in zip(gaps, chars[1:]):
        out += (" " if _gap_width(gap) > narrow else "") + ch
    return out


def _unspace_justified(gaps: list[str], chars: list[str], narrow: int) -> str:
    """(s28-meta) Joint issuers each spread to the column's width with gaps of their own (`国 家 发 展 改 革 委　　　商　　务
    　　部`: three gap widths): a gap wider than the narrowest parts two organs only where the name before it is whole
    (ends as an organ's name does), so the short name's own wide gaps join its characters (guide M6: one issuer each)."""
    out = word = chars[0]
    for gap, ch in zip(gaps, chars[1:]):
        if _gap_width(gap) > narrow and _SIGNED_ORGAN_END.search(word):
            out, word = out + " " + ch, ch
        else:
            out, word = out + ch, word + ch
    return out


# Letter-spaced words inside a line (`县 发 改 局负责，县 财 政 局配合。`): a web copy or a PDF text layer that
# set a name with a space after each character (justified, or copied from a distributed table cell). Four Han
# characters or more each one gap apart are one word, when every gap of the line lies in such a run (a spaced
# table row, `1 加强 县 发 改 局 2023年`, has wider cells and is left to the table reader).
SPACED_RUN = re.compile(r"\p{Han}(?:[ \u00a0\u3000]\p{Han}){3,}")


# (s10) A signature's date after its organs on one line (`四 川 省 教 育 厅　　2019年3月5日`): the organs are unspaced
# as on a line of their own, the date and the gap before it kept.
TRAILING_DATE = re.compile(r"[ \u00a0\u3000]+(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                           r"|[〇○零一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$")


def _unspace(line: str) -> str:
    if len(line) >= 5 and line[-1:] == "日" and (" " in line or "\u3000" in line or "\u00a0" in line):
        m = TRAILING_DATE.search(line)
        if m and m.start() >= 3 and not TRAILING_DATE.search(line[:m.start()] + "日"):
            head = _unspace_runs(_unspace_letters(line[:m.start()]))
            if head != line[:m.start()]:
                return head + line[m.start():]
    return _unspace_runs(_unspace_letters(line))


def _unspace_runs(line: str) -> str:
    # (speed only) every SPACED_RUN match holds three gap characters (one before each of its last three Han
    # characters): a line with fewer is returned before the pattern is tried (the same result: no run, no change)
    if line.count(" ") + line.count("\u3000") + line.count("\u00a0") < 3:
        return line
    runs = list(SPACED_RUN.finditer(line))
    if not runs:
        return line
    gaps = sum(1 for _ in _GAP.finditer(line))
    mixed = gaps != sum(m.group(0).count(" ") + m.group(0).count("\u3000") + m.group(0).count("\u00a0") for m in runs)
    if mixed and (len(line) > 200 or re.search(r"[\d：:，。、；]", line)):
        return line  # a gap outside the runs (or a wider one): cells of a table, words apart
    out, k = [], 0
    for m in runs:
        # (s10) a run over gaps of two widths (`国家发展改革委　中 央 网 信 办`): the wider gaps part words, one space each
        narrow = min(_gap_width(g) for g in _GAP.findall(m.group(0)))
        out += [line[k:m.start()], _GAP.sub(lambda g: "" if _gap_width(g.group(0)) == narrow else " ", m.group(0))]
        k = m.end()
    joined = "".join(out) + line[k:]
    if mixed and not all(_SIGNED_ORGAN_END.search(w) for w in joined.split()):
        return line
    # (s12) a joint signature in a grid, some names spaced out to the column's width and some not
    # (`国家发展改革委　　中 央 网 信 办`): every word, once unspaced, ends as an organ's name does
    return joined


_SIGNED_ORGAN_END = re.compile(r"(?:办公室|办公厅|人民政府|委员会|委|局|厅|部|院|署|办|中心|联合会|工会|联|党委|党组|工委|"
                               r"管委会|法院|检察院|政府|办事处|总队|支队|海关|银行|分行|支行)$")


_DIGIT_RUN = re.compile(r"\d+")
_WHITE_RUN = re.compile(r"\s+")


def _furniture_key(line: str) -> str:
    return _DIGIT_RUN.sub("#", _WHITE_RUN.sub("", line))


def _running_furniture(pages: list[str]) -> set[str]:
    """Lines that open or close most pages of a multi-page document (running headers/footers)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for text in pages:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        edge = set(_furniture_key(ln) for ln in lines[:2] + lines[-2:])
        counts.update(edge)
    return {key for key, n in counts.items() if n >= max(3, len(pages) * 0.5) and len(key) < 40}


# Punctuation below U+2E80 that CJK fonts set full width: quotes, dashes, ellipsis.
_FULL_WIDTH_PUNCT = set("‘’“”—…·")


# Characters set half width: below U+2E80, except that punctuation (stdlib `re`, one C scan).
_NARROW = _re.compile("[^\u2e80-\U0010ffff" + "".join(sorted(_FULL_WIDTH_PUNCT)) + "]")


# (s18, speed only) the widths of one document's lines, each measured once: the break rules ask for the same line's
# width again and again (the page width, the hard-wrap test, each break above and below it: 13 700 calls a benchmark
# pass for 5 700 distinct strings). Emptied at each document's start (`normalize_text`), so a document pays for its
# own lines and a run of the same texts again gains nothing a single run would not.
_WIDTHS: dict[str, float] = {}


def _width(s: str) -> float:
    """Half a unit for a narrow character, one for a CJK or full-width one."""
    w = _WIDTHS.get(s)
    if w is None:
        narrow = len(_NARROW.findall(s))
        w = (len(s) - narrow) + 0.5 * narrow
        if len(_WIDTHS) >= 50000:  # (a document of very many lines keeps no more than these alive)
            _WIDTHS.clear()
        _WIDTHS[s] = w
    return w


def _typical_width(lines: list[_Line]) -> float:
    # (speed only: a line's width is at most its length, so a line shorter than 8 is never measured)
    widths = sorted(w for w in map(_width, [ln.text for ln in lines if len(ln.text) >= 8]) if w >= 8)
    if len(widths) < 5:
        return float("inf")
    # Wrapped lines of a page layout share one width: the upper quartile is that width.
    return widths[int(len(widths) * 0.75)]


_OPENERS = _re.compile("[" + "".join(OPEN_CLOSE) + "]")  # (stdlib `re`: one C scan)


def _unbalanced(text: str) -> bool:
    """An opening bracket or quote not closed on the line: the line was cut inside it. A line
    that ends a sentence (。) is not waiting for a quote: a stray “ in a web copy must not glue
    every later line to it."""
    # (s10b: `in` per opener of OPEN_CLOSE, the same answer as _OPENERS.search, about 2x faster on our lines)
    if not ("《" in text or "（" in text or "(" in text or "“" in text or "〔" in text or "【" in text):
        return False  # nothing opened (most lines)
    ends_sentence = text.endswith(SENTENCE_END)
    for o, c in OPEN_CLOSE.items():
        if ends_sentence and o in "“‘\"'":
            continue
        if text.count(o) > text.count(c):
            if o in "(（" and _round_balanced(text):
                continue  # (s17-form) `(一）指导思想`: a round bracket closed in the other width
            return True
    return False


def _round_balanced(text: str) -> bool:
    """Round brackets balance when both widths count alike (`(一）`, `（2)` as sloppy copies type them)."""
    return text.count("(") + text.count("（") <= text.count(")") + text.count("）")


# A row of a table flattened with spaces (a PDF's text): its number, then at least three cells.
SPACED_ROW = _re.compile(r"(\d{1,3})[ \t\u3000\u00a0]+\S+(?:[ \t\u3000\u00a0]+\S+){2,}\s*$")


# (s20-tg2) A row of a quota table split by place as a PDF copy gives it: (its number,) the place's or the indicator's
# name, then two or more amounts parted by spaces (`贡江镇　0.8　0.6`, `3　城关镇　6/0.52　4/0.40`, `森林覆盖率（%）　45　50`).
PLACE_AMOUNT_ROW = re.compile(r"[ \t\u3000]*(?:\d{1,3}[ \t\u3000]+)?[\p{Han}（）()·%％‰]{1,16}(?:[ \t\u3000]+\d[\d.,/%]*){2,}[ \t\u3000]*")


# (s29-central) The last cell of a five-year or three-year plan's indicator-table row (`主要指标 2020年 2025年 属性`, the
# 专栏 of a central 规划): its attribute 约束性/预期性 after white space, with an amount or a dash cell in the row. A line
# so ended is the row's end (a wrapped line of prose does not end on a bare attribute word after a space).
ATTRIBUTE_ROW_END = re.compile(r"(?:\d|[—\-－]|[\p{Han}）)〕\]］】])[%％]?[ \t\u3000]+(?:约束性|预期性)[ \t\u3000]*$")
# …and the header over such rows: two or more years, then the attribute column's head last
ATTRIBUTE_HEAD_END = re.compile(r"(?:19|20)\d{2}\s*年[^\n。，；]{0,16}?(?:19|20)\d{2}\s*年[^\n\d。，；]{0,16}?[ \t\u3000](?:指标)?(?:属性|性质)[ \t\u3000]*$")


def _attribute_row_end(line: str) -> bool:
    if "。" in line or len(line) > 200:
        return False
    if line.rstrip().endswith(("属性", "性质")):
        return ATTRIBUTE_HEAD_END.search(line[-60:]) is not None
    return any(c.isdigit() or c in "—－" for c in line) and ATTRIBUTE_ROW_END.search(line[-40:]) is not None


def _place_amount_row(line: str) -> bool:
    return line[-1:].isdigit() and PLACE_AMOUNT_ROW.fullmatch(line) is not None


def _next_spaced_row(a: str, b: str) -> bool:
    """Two lines that are rows of a spaced table, numbered one after the other."""
    ma, mb = SPACED_ROW.match(a), SPACED_ROW.match(b)
    return bool(ma and mb) and int(mb.group(1)) == int(ma.group(1)) + 1


# (s22-tg3) The header line of a table flattened with spaces: 序号/编号 first, then two or more short cells, no sentence.
SPACED_HEADER = _re.compile(r"(?:序\s*号|编\s*号)(?:[ \t\u3000\u00a0]+[^\s。；;，,：:]{1,16}){2,}\s*")


def _one_line_number_header(key: str) -> bool:
    """(s23-assign2) A task table's header written on one line with spaces (`序号 工作任务 具体内容 牵头单位 配合单位`)."""
    return key[:1] in "序编" and SPACED_HEADER.fullmatch(key) is not None


def _spaced_header_then_first_row(a: str, b: str) -> bool:
    m = SPACED_ROW.match(b)
    return bool(m) and m.group(1) == "1" and SPACED_HEADER.fullmatch(a) is not None


# A table row as our readers write one: cells joined by ` | ` or tabs.
TABLE_ROW = re.compile(r"\S\s*(?:\||\t)\s*\S.*(?:\||\t)")
# A head line shaped like a title or a 文号 ends its line even when long: the title block of a
# notice is never a wrapped paragraph (`…行动计划（2021-2023年）的通知（皖政办秘〔2021〕82号）`).
# (s31-layout) A page's title line keeps the site's suffixes, up to three (`…的通知_政策文件_中国政府网`).
# (s32) …after a dash too (`…的通知 - 中国政府网`, `…的通知－某省人民政府`), as layout's SITE_SUFFIX reads them
TITLE_LINE_END = re.compile(genre_alternation() + r"(?:\s*[（(][^（）()]{0,40}[）)]){0,2}(?:\s*(?:[_|｜]|——|－|-)\s*[^_|｜。\-－]{2,40}){0,3}$"
                            r"|[〔\[［【﹝〖](?:\d{4}|\d{2})[〕\]］】﹞〗]\s*\d+\s*号[）)]?$"
                            # a 公告's heading: its number, then its title in brackets (`…公告2018年第12号（关于…的公告）`)
                            r"|号\s*[（(]关于[^（）()]{2,120}公告[）)]$"
                            # (s14) an upward document's 文号 with its 签发人 on the right (GB/T 9704 7.2.5)
                            r"|号[ \t\u3000]*签发人[ \t\u3000]*[：:][\p{Han}·\s、，,]{2,30}$")


HEAD_LINES = 12  # the lines a title block can occupy
HEAD_MAX = 60  # …or up to the first sentence, within this many lines


def _table_row(line: str) -> bool:
    """TABLE_ROW.search(line); a line without | or a tab cannot match (no scan then)."""
    return ("|" in line or "\t" in line) and TABLE_ROW.search(line) is not None


# The narrowest page a wrapped line comes from (GB/T 9704 sets 28 characters a line; narrow columns
# ~20): a text whose lines are mostly shorter is a short notice of short paragraphs, not a wrapped
# page, and its heading lines without a stop (`一、严格控制建设占用耕地`) keep their break.
MIN_WRAP_WIDTH = 20

# A chapter, section or part heading line of a plan (`第二节　我国发展环境面临深刻复杂变化`, `第三篇　…`), a
# centred title with no sentence in it. When it is as wide as a page's line (about 24 of GB/T 9704's
# 28 characters) the width rule took it for a wrapped line; the indent that opens the next line shows
# that a paragraph starts there (a wrapped heading's second line is not indented).
PART_HEADING_LINE = _re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节篇部][分]?[ \t\u3000]*[^。，；：,;:！？]{2,40}")
_part_heading_line = PART_HEADING_LINE.fullmatch
INDENT_OPENS = " \t\u3000"
# A numbered bare heading line (`二、深化改革的指导思想基本原则和总体目标`, `（一）…的主要内容`) as wide as the page,
# then an indented paragraph: the same sign. (Only where indents mean paragraphs: not when most lines open
# indented, see normalize_text.)
HEADING_STOPS = _re.compile(r"[。；;！？：:]")


# (s9b) A database record's field line: `发文机关：…`, `标题：…`, `发文字号：…`.
# (s26-swap) also a disclosure table's `文　　号：` and `索 引 号：` rows (`文　　号：某署发〔2012〕21号　　发布日期：…`):
# the title under the table never runs onto them
_RECORD_LABELS = label_alternation("field")  # (page_labels: the `field` labels, s30 added the registration ones)
# (s28-meta) also the label in brackets with no colon after it (`[发文字号] 某府办发〔2017〕52号`, `【成文日期】2021-06-22`)
# (s33-layout) …and with white space inside its brackets (`[ 发布日期 ] 2019-05-21`, `[ 索 引 号 ]`)
RECORD_FIELD = re.compile(r"^(?:[【\[]?" + _RECORD_LABELS + r"[】\]]?\s*[：:]|[【\[][ \t\u3000]*" + _RECORD_LABELS + r"\s*[】\]])")
_RECORD_FIELD_OPENS = frozenset("【[") | frozenset(w[0] for w in label_words("field"))


# (s10) The 附件说明 line before the signature (`附件：1.赛项设置`, `附件1：…`, `附件：` alone).
ATTACHMENT_NOTE = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]")


# (s29-web) A page's link to its reading under a `相关链接：` heading (`图解：我省…`, `一图读懂｜…`, `政策解读：关于…`).
READING_LINK = re.compile(r"^[【\[]?\s*" + reading_alternation("reading") + r"\s*[】\]]?\s*[：:｜|]\s*\S")
_READING_OPENS = frozenset("【[") | frozenset(w[0] for w in reading_words("reading"))


# (s17-web) A line of the page that ends a web copy, under the notice's last line (which often ends without a stop:
# `…（责任单位：市科技局）`): the page's controls, 上一篇/下一篇, its footer (主办单位：, 版权所有, 网站标识码, ICP备…).
PAGE_END_LINE = re.compile(r"^[【\[]?\s*(?:扫一扫|上一篇|下一篇|版权所有|主办单位|主办\s*[：:]|承办单位|承办\s*[：:]|运行维护单位|"
                           r"技术支持\s*[：:]|网站标识码|打印本页|打印此页|关闭窗口|关闭本页|打印\s*[】\]]|相关链接|分享到|"
                           r"Copyright|©|[\p{Han}]{1,2}ICP\s*备|[\p{Han}]{1,2}公网安备"
                           # (s27-swap) the heading of the page's list of other pages, alone on its line (`相关阅读`, `相关文件：`)
                           r"|相关(?:阅读|文件|新闻|稿件|政策|附件|推荐)\s*[】\]]?\s*[：:]?$)")
_PAGE_END_OPENS = frozenset("【[扫上下版主承运技网打关相分C©") | frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青蒙桂藏宁新港澳台")


def _keeps_break(prev: _Line, nxt: _Line, width: float, head: bool = False, prose: bool = False, para: str = "",
                 unwrapped: bool = False) -> bool:
    """Whether the break between prev and nxt is the writer's (kept) or the layout's (joined); `para` is the paragraph
    built so far that ends with prev (prev's own text when nothing ran into it); `unwrapped`: the copy is known not to be
    hard-wrapped at a page's width (`_hard_wrapped` false)."""
    a, b = prev.key or prev.text, nxt.key or nxt.text
    if not prev.joins_next and not prev.hard_break and a.endswith(SENTENCE_END) and not _unbalanced(a):
        # A line that ends a sentence keeps its break: of the rules below, only these three (a
        # page's last line, a hard break, an open bracket) can join it to the next; all others keep.
        return True
    if _date_cut(a, b):
        return False  # (s21-layout) `二〇〇八年四月二十` / `二日`: one date cut by the copy's line width
    if prev.value or nxt.value:
        return False  # (s15b) a clause's amount cut out onto its own line joins both sides
    if b[:1] in "（(" and _cited_number_cut(a, b):
        return False  # (s17-form2) `…具有下列第（四）项并加上第` / `（一）至（三）项中任何一项指标：`: a cited number, no item
    if b[:1].isdigit() and a[-1:] in _BRACKET_LABEL_END and BRACKET_NUMBER_CUT.search(a) and CLOSING_NUMBER.match(b):
        return False  # (s27-swap) `…有效期》（附件` / `1）执行。`: the number closes the bracket the line opened, no item
    if (_table_row(a) or _table_row(b) or _bare_number(a) or _bare_number(b)
            or ("号" in a and _table_number_header(a)) or ("号" in b and _table_number_header(b))):
        return True  # rows of a table never run together, nor into a row's own 序号
    if a[-1:] in "性质" and _attribute_row_end(a):
        return True  # (s29-central) a row of a plan's indicator table closed by its attribute cell (`… — 70 预期性`), or its
        # header (`类别 主要指标 2020年 2025年 指标属性`), never runs into the next row (whose category cell, `精细管理`,
        # opens with words as a wrapped line would)
    if _place_amount_row(b):
        return True  # (s20-tg2) `贡江镇　0.8　0.6` under a quota table's header: a row never runs into the header above
    if a[:1].isdigit() and b[:1].isdigit() and _next_spaced_row(a, b):
        return True  # `1 开展… 街道城管办 各社区 2023年6月` then `2 推进…`: rows of a table flattened with spaces
    if b[:1] == "1" and a[:1] in "序编" and _spaced_header_then_first_row(a, b):
        return True  # (s22-tg3) `序号 重点任务 指标 2022年 … 牵头单位` then `1 高素质农民培育 …`: a header never runs into its first row
    if head and (is_web_furniture(a) or is_web_furniture(b)):
        return True  # a web page's 发布时间/来源/字号 line never runs into the title or the text
    if b[:1] in _PAGE_END_OPENS and PAGE_END_LINE.match(b) and "。" not in b:
        return True  # (s17-web) the page's own lines under the notice (打印本页, 上一篇, 版权所有, 主办单位：…) never join its last line
    if b[:1] in _READING_OPENS and READING_LINK.match(b) and "。" not in b:
        return True  # (s29-web) the page's link to a reading (`图解：…`, `政策解读：…`) is a line of its own
    if head and RECORD_FIELD.match(a) and "。" not in a:
        return True  # (s9b) a record's field however long (`发文机关：` and nineteen organs) ends at its line
    if head and b[:1] in _RECORD_FIELD_OPENS and RECORD_FIELD.match(b) and "。" not in b:
        return True  # (s31-layout) …and opens its own line: the page's title line above the catalog never runs onto it
    if head and b[-1:] in "：:" and len(b) <= 12 and WEB_LABEL.match(b):
        return True  # (s24-swap2) …and a cell's label alone on its line (`文件状态：`, its value empty or on the next line) opens
        # its own cell: it never runs onto the end of a long value above it (`发布机关：` / six organs as wide as the page)
    if head and len(b) >= 8 and "。" not in b and b.replace(" ", "") in a.replace(" ", ""):
        return True  # a web page's title, then the notice's title that it repeats
    if (head and TITLE_LINE_END.search(a) and "。" not in a and not _article_cut(a) and not _article_cut(para[:80])
            and not _book_title_cut(a, b)):
        # (s26-swap) …also when the article opened lines above (`第一条　为贯彻…《某省` / … / `…高质量发展，规范` / `省级…`)
        return True
    if head and _masthead_break(a, b):
        return True
    if head and "年" in a and _whole_note(a):
        return True  # (s13b) a 题注 under the title (`（2019年6月14日某市财政局印发）`): never runs into the text below
    if (b[:1] == "附" and ATTACHMENT_NOTE.match(b) and "。" not in b
            and not a.endswith(("，", "、", ",", "“", "（", "《", "见", "及", "和"))):
        return True  # (s10) the 附件说明 `附件：1.…` (GB/T 9704 7.3.3) never runs into the item above it
    if (a[:1] == "附" and ATTACHMENT_NOTE.match(a) and TITLE_LINE_END.search(a) and len(b) <= 30
            and ORGAN_ALONE_LINE.match(b)):
        return True  # (s13b) `附件：某某组建方案` (its name complete: a genre word) then the signature's organ
    if (a[:1] == "附" and "。" not in a and ATTACHMENT_NOTE.match(a) and len(b) <= 60
            and all(len(o) >= 5 and ORGAN_ALONE_LINE.match(o) for o in b.split())):
        # (s21-layout) …or a name of any kind (`…领导小组成员名单`) as wide as the page, then the signature's organs
        # (one or more, white space between): the break is the signature's, not the layout's
        return True
    if prev.joins_next:
        # (s35-twins, issue 11) a page that opens with a series of numbers (`10、35、50毫克/立方米…`, the rest of `…浓度分别
        # 不高于` cut by the page break) opens no numbered item: a heading's number is followed by words
        return bool(_numbering_start(b)) and not NUMBER_SERIES.match(b)
    if nxt.block or (prev.paragraph and nxt.paragraph):
        return True
    if prev.hard_break:
        return False if _unbalanced(a) and not _numbering_start(b) else True
    if _numbering_start(b) or stdlib_twin(DECIMAL_ITEM).match(b) or stdlib_twin(BARE_TOP_ITEM).match(b):
        return True
    if (stdlib_twin(STOPLESS_ITEM).match(b) or stdlib_twin(GLUED_ITEM).match(b)) and (a.endswith(SENTENCE_END + ("）", ")"))
                                                               or (_numbering_start(a) and len(a) <= 30)):
        return True  # `…（责任单位：市科技局）` then `2强化…`: an item whose stop was lost
    if b[-1:] == "日" and SIGNED_DATE_LINE.match(b) and not a.endswith(("，", "、", ",", "“", "（", "《")):
        return True  # (s9) organs or a head's name with the date: a signature line, whatever ends above it
    if a[-1:] == "日" and ((len(a) <= 600 and SIGNED_DATE_LINE.match(a)) or GLUED_SIGNED_DATE.search(a[-400:])):
        # (s11) …and nothing runs into it from below (`…委员会　　2019年6月14日` then `附件1` or `公开方式：…`),
        # also when the paragraph above lost its break into it (`…同时废止。 某市民政局 某市财政局2025年5月30日`)
        return True
    if (a.endswith(("）", ")")) and "。" in a[-40:] and len(b) <= 44 and ORGAN_ALONE_LINE.match(b)
            and not a.rstrip("）)").endswith(("，", "、"))):
        return True  # (s9b) an organ alone under a paragraph closed by its note `。（各地区、各部门负责）`: the signature
    if _date_only_line(b) and not a.endswith(("，", "、", ",", "“", "（", "《")) and "。" not in a[-30:]:
        return True  # a signature's date line: never run into the issuers above it
    if _role_before_organ(a, b):
        return True  # (s15b) `责任单位：A、B` (or `（牵头单位：…）`) then the signature's organ alone on its line
    if _role_name_cut(a, b):
        return False  # (s15b) `责任单位：县应急管理局、县水` / `利局`: a name of the list cut by the layout
    if b[:1] in "责牵配协主参负" and ROLE_HEAD.match(b) and not a.endswith(("，", "、", ",", "“", "（", "《", "由")):
        return True  # (s15b) an item's role label opens its own line (`…增收` / `责任单位：省农业农村厅`)
    if _role_line_before_paragraph(a, b):
        return True  # (s17-assign) `责任单位：A、B、C` on its own line, then the next paragraph (`A会同B制定…。`)
    if _member_line_before_paragraph(a, b):
        return True  # (s24-swap2) `成　　员：A、B…及各村支部书记` in a 成员名单, then `指挥部办公室设在…。`
    if _unbalanced(a):
        return False
    if a.endswith(SENTENCE_END):
        return True
    if a.endswith(("，", "、", ",", "“", "（", "《")):
        return False
    if _inside_clause(a, b):
        return False  # (s15b) `…面积达到` / `300万亩，…`: the line break fell inside a clause
    if nxt.indented and ((a[:1] == "第" and _part_heading_line(a))
                         or (_numbering_start(a) and not HEADING_STOPS.search(a) and _width(prev.text) <= 40)):
        return True  # a plan's `第二节　…` heading as wide as the page, then its indented first paragraph
    w = prev.printed or _width(prev.text)  # (the page's width is measured on the text as set: full-width digits one unit)
    if _whole_heading_over_paragraph(a, b, w, width, unwrapped):
        return True
    if (width != float("inf") and width >= MIN_WRAP_WIDTH and (w >= width * 0.85 or _cut_by_count(prev, nxt, width))
            and not _indented_after_run_in(prev, nxt)):
        return False
    if (prose or not head) and not nxt.indented and _prose_runs_on(a, b):
        return False  # (s15b) `…各地要进一步加强` / `农村饮水安全工程建设管理。`: prose cut inside a sentence
    # A long line that stops without punctuation was cut by the layout, not ended by the writer.
    # (s17-form) Its length as read (`a`: full-width digits folded, `方案(２０２５-２０２７年)` as `(2025-2027年)`).
    return _width(a) < 40


def _whole_heading_over_paragraph(a: str, b: str, w: float, width: float, unwrapped: bool) -> bool:
    """(s35-real) A numbered heading alone on its line (`三十七、某病种（某某治疗期间）`: a number, no sentence stop, its
    brackets closed) as wide as the copy's upper-quartile line, over a line wider still (`本市某级医疗机构确诊符合以下
    标准：`): a page that wrapped its lines at that width could not hold the wider line below, so that width is no page's
    and the heading was not cut by it; it is whole and ends at its break. A heading the page did wrap goes on in a line
    no wider than the page (`…发展的` / `若干措施`)."""
    if width == float("inf") or w < width * 0.85 or not _numbering_start(a) or HEADING_STOPS.search(a):
        return False
    if _width(b) > max(w, width) * 1.1:
        return True
    # …or, in a copy not wrapped at a page's width (one paragraph a line, most lines of other widths), the heading ends
    # on a bracket it opened itself (`（某某治疗期间）`, `（2023—2025年）`: a note that closes a name), over a whole
    # sentence that opens with no word or mark carrying a clause on
    return (unwrapped and a[-1:] in "）)" and _NOTE_CLOSES_HEADING.search(a) is not None and b.endswith(SENTENCE_END)
            and not TITLE_CONTINUATION_OPENS.match(b))


_NOTE_CLOSES_HEADING = _re.compile(r"[（(][^（）()。；;：:]{2,40}[）)]$")
TITLE_CONTINUATION_OPENS = _re.compile(r"^(?:[的和及与暨并等或、，,；;。：:）)》”]|以及|有关|相关)")


def _cut_by_count(prev: _Line, nxt: _Line, width: float) -> bool:
    """(s26-web) A web page copied to text and cut every N characters (a reader's fixed column, a mail or a chat window)
    counts each character one unit, a digit as a Han: a line of many digits (`…其中2018年完成2000户、2019年完`) is as long
    as the page while its printed width is well short of it. A line holding as many characters as the page is wide was cut
    by the copy, as one as wide as the page is (a PDF's line of digits holds more characters than its width, never fewer)."""
    count = len(prev.text.strip()) + (2 if prev.indented else 0)  # (an indented first line: its two spaces count)
    return (not prev.printed and count >= width - 1 and _width(prev.text) < width * 0.85
            and not _LABEL_OPENS.match(nxt.key or nxt.text))  # (`地址：…`, `联系电话：…` under a site's 网站标识码 line)


_LABEL_OPENS = _re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")


# (s15b) An assignment's role label with its organs after it to the line's end (`责任单位：市人社局、市住建局`,
# `（牵头单位：市人社局；配合单位：…）`): the last organ ends the line, so an organ alone on the next line is another
# block (the signature), not the list's next name (a list wrapped inside a name leaves a stub, `市住` / `建局`; one
# wrapped between names leaves its 、).
ORGAN_NAME_END = ("局", "委", "办", "部", "厅", "院", "会", "中心", "政府", "部门", "单位", "室", "处", "所", "站", "队",
                  "公司", "集团", "银行", "署", "党委", "党组", "等", "）", ")")


BARE_GOVERNMENT = ("人民政府", "政府", "党委", "委员会")


def _role_before_organ(a: str, b: str) -> bool:
    if "单位" not in a and "部门" not in a and "牵头" not in a and "配合" not in a and "责任" not in a:
        return False
    if len(b) < 4 or not a.endswith(ORGAN_NAME_END) or ROLE_TAIL.search(a[-300:]) is None:
        return False
    if b.startswith(BARE_GOVERNMENT):
        return False  # (s25-swap2) `…，各乡（镇）` / `人民政府`: a signature names its place; a bare 人民政府 ends the list's last name
    # the organ alone, or a joint signature on one line, its organs apart (`市人社局　市财政局`)
    return ORGAN_ALONE_LINE.match(b) is not None or (
        " " in b or "\u3000" in b) and all(ORGAN_ALONE_LINE.match(part) for part in b.split())


def _role_line_before_paragraph(a: str, b: str) -> bool:
    """(s17-assign) A line that is an item's role annotation, label first and organs to its end (`责任单位：省地方金融
    监管局、人行合肥中心支行、安徽证监局、各市人民政府`, `牵头单位：市人社局　配合单位：市财政局`), ends at its last name: the
    next line, a paragraph with a sentence in it that does not go on the list (no list mark opens it), is no part of
    it, however long the label's line. (A list cut inside a name or after a 、 is read by the rules above.)"""
    a = a.lstrip(" \t\u3000")
    if a[:1] not in "责牵配协主参" or not ROLE_HEAD.match(a) or "。" in a or not a.endswith(LIST_NAME_END):
        return False
    if len(b) < 20 or "。" not in b or b[:1] in "、，,；;）)" or ROLE_TAIL.search(a) is None:
        return False
    # the line holds labels and names only (`责任单位：县教育局、县财政局负责组织实施，各乡镇` / `要…` is a sentence cut)
    names = [x for x in _ROLE_LINE_MARKS.split(ROLE_HEAD.sub(" ", a)) if x]
    return bool(names) and all(len(x) <= 24 and x.endswith(_ROLE_LINE_NAME_END) for x in names)


_ROLE_LINE_MARKS = _re.compile(r"[、，,；;\s\u3000]+")


# (s24-swap2) A 成员名单's line: a post's label (`组　　长：`, `常务副指挥长：`, `成　　员：`, the label spaced out to the
# column's width) and the names or posts it holds, to the line's end.
MEMBER_LABEL = _re.compile(r"^(?:(?:常务|执行|第一)?副?[\u4e00-\u9fff]{0,3}长|成员|组员|委员|副?主任|召集人|联络员|秘书)[：:]")


def _member_line_before_paragraph(a: str, b: str) -> bool:
    """(s24-swap2) A member list's line (`成员：乡林业站、财政所…主要负责人及各村支部书记`) ends at its last name, as the
    role lines above do: the next line, a sentence of its own (`指挥部办公室设在乡林业站，…。`, GB/T 9704's list then its
    office), is no name of the list however long the list's line."""
    head = _SPACE_CHARS.sub("", a[:14])
    m = MEMBER_LABEL.match(head)
    if m is None or "。" in a or "；" in a or len(b) < 10 or "。" not in b or b[:1] in "、，,；;）)" or MEMBER_LABEL.match(b):
        return False
    # (a list cut inside a name, `…县财政` / `局、县水利局`, goes on: the line must end on a whole name or post)
    return a.endswith(_MEMBER_NAME_END) and "：" not in b[:12]


# where the last name of a role list can end (an organ, a level's governments: `各乡镇`, `各县市区`)
LIST_NAME_END = ORGAN_NAME_END + ("镇", "乡", "街道", "村", "社区", "区", "县", "市", "州", "企业", "学校", "医院", "人")
_ROLE_LINE_NAME_END = LIST_NAME_END + ("行", "司", "组", "社", "馆", "团")  # (s17-assign: 人行…中心支行, 工作组)
_MEMBER_NAME_END = _ROLE_LINE_NAME_END + ("书记", "长", "任", "员")  # (s24-swap2: a post closes a member list too)


_NAME_CUT_STOPS = frozenset("。，；：:（(")  # (speed only, s15f: one set test, not a generator of seven `in`s)


def _role_name_cut(a: str, b: str) -> bool:
    if len(b) > 12 or a.endswith(LIST_NAME_END) or a.endswith(SENTENCE_END) or not _NAME_CUT_STOPS.isdisjoint(b):
        return False
    if "单位" not in a and "部门" not in a and "牵头" not in a and "配合" not in a and "责任" not in a:
        return False
    return ROLE_TAIL.search(a[-300:]) is not None and b.endswith(ORGAN_NAME_END)


def _inside_clause(a: str, b: str) -> bool:
    """(s15b) A break inside a clause of prose: the line above is prose (a comma or a full stop in it) and ends
    without a sentence end, and the next line opens with what only goes on a clause: an amount and its unit
    (`300万亩，…`), the unit after an amount that ended the line (`…达到300` / `万亩`), or a comma, 、 or stop."""
    if b[:1] in CONTINUATION_OPENS:
        return True
    if a[-1:].isdigit():  # (an amount's digits then its unit: never a line's end, whatever the line is)
        return len(a) >= 4 and not a[-5:].isdigit() and UNIT_OPENS_LINE.match(b) is not None
    if AMOUNT_OPENS_LINE.match(b) is None or _numbering_start(b):
        return False
    if "，" in a or "。" in a:
        return True
    # (a paragraph's first line, no mark in it yet: when it ends on a word that wants its amount, `…达到` / `75%以上。`,
    # and the next line goes on as a sentence, not a table's cell `300个`)
    return (not _numbering_start(a) and (a[-1] in CLAUSE_GOES_ON or a.endswith(AMOUNT_LEAD))
            and any(p in b for p in "，。；"))


_ROLE_OPENS = _re.compile(r"^[（(【\[]?[^：:，。]{0,8}(?:单位|部门|责任人|时限|时间|目标|措施|内容)[）)】\]]?\s*[：:]")


# Words that want the amount after them (`…达到` / `75%以上`)
AMOUNT_LEAD = ("达到", "超过", "不低于", "不少于", "不超过", "低于", "高于", "控制在", "提高", "提升", "下降", "降低", "增长",
               "增加", "新增", "减少", "累计", "突破", "每千人", "每万人", "每百人", "保持在", "稳定在", "建成", "完成", "改造",
               "新建", "培育", "培训", "转移", "实现", "达")
# Words no heading or paragraph ends on: a preposition, a conjunction, a modal or a verb waiting for its object.
CLAUSE_GOES_ON = frozenset("的到在对于把将为和与及或从向以由按比被给使是要应可能并且而至达让经")


def _prose_runs_on(a: str, b: str) -> bool:
    """(s15b) A line of prose (a stop in it, or commas and no number) that ends on a word, not a mark, and a next line of prose that
    is no item, heading, signature, date, labelled line (`责任单位：…`, `完成时限：…`) or title: one sentence cut by the
    layout of a narrow copy (a short line is otherwise taken for one that ends its paragraph)."""
    if not ("。" in b or "，" in b or "；" in b):
        return False
    if "。" not in a and (_numbering_start(a) or not (a.count("，") >= 2 or ("，" in a and a[-1] in CLAUSE_GOES_ON))):
        return False  # (a heading holds commas too: `三、提升农业发展质量，培育乡村发展新动能`)
    last = a[-1:]
    if not (last.isalnum() and (last.isdigit() or "\u4e00" <= last <= "\u9fff")):
        return False
    if (_numbering_start(b) or stdlib_twin(DECIMAL_ITEM).match(b) or stdlib_twin(BARE_TOP_ITEM).match(b) or stdlib_twin(STOPLESS_ITEM).match(b)
            or stdlib_twin(GLUED_ITEM).match(b) or b[:1] in "附（(【[“《" or _ROLE_OPENS.match(b) or RECORD_FIELD.match(b)
            or _date_only_line(b) or SIGNED_DATE_LINE.match(b) or ORGAN_ALONE_LINE.match(b) or TITLE_LINE_END.search(b)
            or is_web_furniture(a) or is_web_furniture(b)):
        return False
    return True


# The 发文机关标志 (`某县人民政府文件`, `中共某县委办公室 某县人民政府办公室文件`) and the 发文字号 line
# under it (`宁政〔2019〕5号`) are lines of their own (GB/T 9704 7.2.2-7.2.4).
MASTHEAD_LINE_END = re.compile(r"(?:文件|文件\s*[（(][^）)]{1,8}[）)])$")
NUMBER_LINE = re.compile(r"^[\p{Han}A-Za-z]{1,14}\s*[〔\[［【(（﹝〖]\s*(?:(?:19|20)\d{2}|\d{2})\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,5}\s*号$")


def _whole_note(a: str) -> bool:
    """A line that is one bracketed note: it opens with a bracket that closes only at its end."""
    if a[:1] not in "（(" or a[-1:] not in "）)":
        return False
    depth = 0
    for i, ch in enumerate(a):
        depth += ch in "（("
        depth -= ch in "）)"
        if depth == 0:
            return i == len(a) - 1
    return False


def _masthead_break(a: str, b: str) -> bool:
    """Lines of the head that stand alone: the masthead, the 文号, and the addressee line
    (`各乡镇人民政府：`), which no title runs into (a title ending in 标准 or 制度 has no genre word)."""
    if "文件" in a[-12:] and MASTHEAD_LINE_END.search(a) and "。" not in a:
        return True
    if b[:1] == "各" and b[-1:] in "：:" and "。" not in b and "。" not in a and len(b) <= 200 \
            and not a.endswith(("，", "、", ",")) and not (a[:1] == "各" and "，" in a and not a.endswith(("：", ":"))):
        # (s26-swap) …unless the addressee begins on the line above and wraps onto this one (GB/T 9704 7.2.4: a 主送机关
        # too long for one line goes on at the margin): that line ends in the list's comma (`…各直属机构，` / `各有关单位：`)
        # or is itself a list of addressees cut inside a name (`各市（区）人民政府，…，市` / `各直属单位：`)
        return True
    return "号" in b[-2:] and NUMBER_LINE.match(b) is not None and "。" not in a[-2:]


def _signature_under_item(lines: list[_Line], i: int) -> bool:
    """(s16) lines[i] is an organ alone with a date line under it (the signature) and lines[i - 1] a numbered bare
    heading (`二、…的指导思想和基本原则`, the last item of a short notice): the organ is the signature, never the end of
    the heading however wide the heading is."""
    a, b = lines[i - 1].text, lines[i].text
    return (i + 1 < len(lines) and len(b) <= 30 and _date_only_line(lines[i + 1].text) is not None
            and ORGAN_ALONE_LINE.match(b) is not None and _numbering_start(a) is not None
            and not a.endswith(("，", "、", ",", "“", "（", "《", "和", "及", "与")) and not _unbalanced(a))


# (s17-form2) A number the layout moved to a line's start that cites an item (GB/T 9704 numbering is cited as
# `第（一）项`, `（一）至（三）项`, `第（二）款`): the line above ends on its 第, or the number goes on with 至/项/款.
CITED_NUMBER_OPENS = _re.compile(r"^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)](?:至[（(第]|项(?!目)|款)")


# (s27-swap) A line cut inside a bracket that names a numbered part (`（附件`, `（见附表`, `（详见附件`), the next line
# opening with that number and the bracket's close (`1）执行。`): the number ends the bracket, it starts no item.
BRACKET_NUMBER_CUT = _re.compile(r"[（(][ \t\u3000]*(?:详见|参见|见)?(?:附件|附表|附录|附图|表|图)[ \t\u3000]*$")
_BRACKET_LABEL_END = frozenset("件表录图 \t\u3000")
CLOSING_NUMBER = _re.compile(r"^\d{1,2}[ \t\u3000]*[）)]")


def _cited_number_cut(a: str, b: str) -> bool:
    if a[-1:] in "。！？；;：:" or not a:
        return False
    return a[-1] == "第" or CITED_NUMBER_OPENS.match(b) is not None


# (s17-form2) An enumeration inside a sentence (`2. 至少符合下列1项特征：（1）肌肉僵直；（2）静止性震颤；`) that a
# hard-wrapped copy cut before its next member (`（3）姿势不稳…。`): the member goes on the line above.
INLINE_MEMBER = _re.compile(r"[：:；;，,][ \t\u3000]*[（(](\d{1,2})[）)]")
NEXT_MEMBER = _re.compile(r"^[（(](\d{1,2})[）)]")


def _inline_goes_on(a: str, b: str) -> bool:
    m = NEXT_MEMBER.match(b)
    if m is None or a[-1:] not in "；;，,":
        return False
    found = [int(x.group(1)) for x in INLINE_MEMBER.finditer(a)]
    return len(found) >= 2 and found[-1] == int(m.group(1)) - 1 and found == list(range(found[0], found[-1] + 1))


def _indented_after_run_in(prev: _Line, nxt: _Line) -> bool:
    """(s17-form2) A full line that ends on an item run into its paragraph (`…服务水平，三、工作要求`), then an indented
    line: the indent opens the item's paragraph (GB/T 9704 indents every paragraph), the heading ended with the line."""
    if not nxt.indented:
        return False
    a = prev.key or prev.text
    m = RUN_IN_TAIL.search(a[-40:])
    return m is not None


RUN_IN_TAIL = _re.compile(r"[。；;，,][ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;，,：:！？]{2,24}$")


def _book_title_cut(a: str, b: str) -> bool:
    """(s40-twins) A line cut inside a 《》 title that the next line closes (`…和《某市人民政府办公厅关于印发某市2017年…工作方案`
    / `的通知》（某政办发〔2017〕45号）精神，…`, a page break in the opening paragraph of a PDF): the genre word ends the
    cited title's line, not the notice's own title: the sentence goes on after the 》 (a clause mark), which a title's
    closing line (`（2022—2025年）》的通知`) never does."""
    close = b.find("》")
    return (a.count("《") > a.count("》") and close >= 0 and "《" not in b[:close]
            and any(m in b[close:] for m in "，。；"))


def _article_cut(a: str) -> bool:
    """(s17-form2) `第二条　年满60周岁…的公民，享受本办法` (a PDF copy cut after a genre word): an article or item that opens
    with its number and holds a clause is no title line, however it ends."""
    return ("，" in a or "," in a) and a[:1] in "第一二三四五六七八九十" and _numbering_start(a) is not None


CN_ITEM_START = _re.compile(r"^([一二三四五六七八九十]{1,3})、")


def _false_item_starts(lines: list[_Line], width: float) -> set[int]:
    """(s17-form2) In a hard-wrapped copy a line can open with `一、` that is no item: the page cut a sentence before
    a numeral and its 、 (`…维护国家法制统` / `一、政令统一，…`). The line above is full and ends inside the sentence,
    and the numbering proves it: the same number opens a line again further on before the next number does
    (`一、总体要求` … `二、…`), so the first was words of the sentence."""
    starts = [(i, cn_to_int(m.group(1))) for i, ln in enumerate(lines) if (m := CN_ITEM_START.match(ln.key or ln.text))]
    out = set()
    for k, (i, v) in enumerate(starts):
        if not i or v is None:
            continue
        a = (lines[i - 1].key or lines[i - 1].text).strip()
        if not a or not ("\u4e00" <= a[-1] <= "\u9fff") or not ("，" in a or "。" in a) or _numbering_start(a):
            continue
        full = _width(lines[i - 1].text.strip()) >= width - 1
        if NUMERAL_LIST.match(lines[i].key or lines[i].text):
            # (s29-layout) also under a paragraph's first row, two characters narrower for its indent
            if full or (lines[i - 1].indented and _width(lines[i - 1].text.strip()) >= width - 3):
                out.add(i)
            continue
        if not full:
            continue
        for _, w in starts[k + 1:]:
            if w == v:
                out.add(i)
                break
            if w == v + 1:
                break
    return out


# (s29-layout) Numerals listed before a classifier (`一、二类水质`, `三、四级公路`, `一、二、三等奖`) open no item: a heading's
# number is followed by its words, not by the next numeral and a measure word
NUMERAL_LIST = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,2}、[一二三四五六七八九十]{1,2}(?:、[一二三四五六七八九十]{1,2})*"
                          r"(?:类|级|等|档|线|星|期|批|季度)")


def _hard_wrapped(lines: list[_Line], width: float) -> bool:
    """(s17-form) Text copied out of a PDF page: at least 30% of the measured lines are as wide as the
    page (within one unit; a stop may hang in the margin, 避头尾). A web or database copy keeps one
    line a paragraph, whose widths spread."""
    if width == float("inf") or width < MIN_WRAP_WIDTH:
        return False
    ws = [_width(ln.text) for ln in lines if len(ln.text) >= 8]
    return len(ws) >= 10 and sum(1 for w in ws if abs(w - width) <= 1) >= 0.3 * len(ws)


def _inner_gap(lines: list[_Line], width: float) -> int | None:
    """(s24-swap2) The blank lines between the lines of one paragraph, in a hard-wrapped copy that sets its paragraphs
    apart by more (`pdftotext -layout` puts a blank line under every line and two between paragraphs; other copies none
    and one): the gap under nearly all lines as wide as the page that stop without a sentence end (cut by the page), when
    nearly all short lines that end a sentence (a paragraph's last line) have a wider one under them. None when the
    copy's blank lines tell no paragraphs apart."""
    inside: Counter = Counter()
    ends: list[int] = []
    for prev, nxt in zip(lines, lines[1:]):
        if nxt.gap < 0:
            continue
        a = prev.key or prev.text
        w = _width(prev.text)
        if w >= width - 1 and not a.endswith(SENTENCE_END) and not _table_row(a):
            inside[nxt.gap] += 1
        elif w < width * 0.85 and a.endswith("。"):
            ends.append(nxt.gap)
    if sum(inside.values()) < 10 or len(ends) < 3:
        return None
    gap, n = inside.most_common(1)[0]
    if n < 0.9 * sum(inside.values()) or sum(1 for e in ends if e > gap) < 0.9 * len(ends):
        return None
    return gap


def _stop_inside_paragraph(prev: _Line, nxt: _Line, width: float, inner_gap: int) -> bool:
    """(s24-swap2) In such a copy a line as wide as the page that ends a sentence (`…乡村宜居水平进一步提高。`) with only
    the paragraph's inner gap under it goes on in the next line (`具体目标是：…`): the sentence ended, the paragraph did not.
    An item, a table's row, a signature, a date or a block below opens its own line whatever the gap."""
    a, b = prev.key or prev.text, nxt.key or nxt.text
    return (nxt.gap == inner_gap and a.endswith(SENTENCE_END) and _width(prev.text.strip()) >= width - 1
            and not nxt.block and not prev.hard_break and not _table_row(a) and not _table_row(b)
            and not _numbering_start(b) and not stdlib_twin(DECIMAL_ITEM).match(b) and not stdlib_twin(BARE_TOP_ITEM).match(b)
            and not stdlib_twin(STOPLESS_ITEM).match(b) and not stdlib_twin(GLUED_ITEM).match(b)
            and not (len(b) <= 30 and ORGAN_ALONE_LINE.match(b)) and _date_only_line(b) is None
            and not (b[:1] == "附" and ATTACHMENT_NOTE.match(b)) and not is_web_furniture(b)
            and not (len(b) <= 60 and BANJI_END.search(b)))


def _cut_at_stop(prev: _Line, nxt: _Line, width: float) -> bool:
    """(s17-form) In a hard-wrapped text, a line as wide as the page that ends in ； was cut by
    the page, not ended by the writer, when the next line opens no item, no indented paragraph, no
    signature and no block: `…地级市（地区、州、盟）全部行政区域范围；` / `纳税人…`."""
    a, b = prev.key or prev.text, nxt.key or nxt.text
    return (a[-1:] in "；;" and _width(prev.text.strip()) >= width - 1 and not nxt.indented and not nxt.block
            and not nxt.paragraph and not prev.paragraph and not _table_row(a) and not _table_row(b)
            and not _numbering_start(b) and not stdlib_twin(DECIMAL_ITEM).match(b) and not stdlib_twin(BARE_TOP_ITEM).match(b)
            and not (len(b) <= 30 and ORGAN_ALONE_LINE.match(b)) and _date_only_line(b) is None
            and not (b[:1] == "附" and ATTACHMENT_NOTE.match(b)) and not is_web_furniture(b)
            and not (len(b) <= 60 and BANJI_END.search(b)))


# (s17-form) A 版记 or signature line: it ends with its date or 印发 (`某市某局办公室　2020年9月22日印发`).
BANJI_END = _re.compile(r"(?:日|印发|印)\s*$|^(?:抄送|抄报|分送|主送)")


# (s17-table2) A table copied one cell per line (a web page's or a DOCX's table as text): its header `序号` alone on a
# line, then short column names of which one a role column (`牵头单位`, `配合单位`, `责任单位`…); each row opens with its
# number alone on a line. A role cell names organs only (`省税务局`, `人民银行X中心支行`, `省科技厅、省财政厅`).
STACKED_ROLE_COLUMN = _re.compile(r"^(?:[省市州盟县区旗镇乡]级)?(?:牵头|配合|参加|参与|协办|协助|责任|主责|承办|主办)(?:单位|部门)")
# (s30-assign) a cell's last organ may carry its second sign in brackets (`省商务厅（省口岸办）`, `县发展改革局（县粮食局）`)
# and a customs office ends in 关 (`海口海关`, `拱北海关`)
ORGAN_CELL = _re.compile(r"^[^。；;：:，,]{0,60}[、，,]?[^。；;：:]*?(?:局|委|办|部|厅|院|会|中心|政府|室|处|所|站|队|公司|集团|银行|分行|支行|署|党委|党组|社|馆|海关)"
                         r"(?:[（(][^（()）]{2,14}[）)])?$")
# (s30-assign) a time cell of a task table (`2024年12月`, `持续推进`, `每年12月`, `长期坚持`): the row's last cell, never the
# wrapped end of the organs above it
TIME_CELL = _re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?(?:底|末|\d{1,2}日)?(?:前|以前)?|每年\d{1,2}月(?:底)?(?:前)?|每(?:季度|月|年|半年)|"
                        r"持续推进|长期(?:坚持|推进)?|持续开展|常态化(?:推进|开展)?|\d{4}[—–-]\d{4}年)$")


def _stacked_cell_breaks(lines: list[_Line], width: float = float("inf")) -> set[int]:
    """The breaks before a role cell of a one-cell-per-line table: within a row (at most four lines after its number
    line), a line naming organs only after the row's task cell. A long task cell that stops without punctuation is no
    paragraph cut by the page's width: the organs below it are the next cell (a cell wrapped over lines the table
    reader joins again, task_tables._read_stacked)."""
    out: set[int] = set()
    in_table = False
    last_number = -10
    width = 4
    for i, ln in enumerate(lines):
        key = ln.key or ln.text
        if "号" in key and _table_number_header(key):
            names = [(x.key or x.text).replace(" ", "") for x in lines[i + 1:i + 8]]
            in_table = any(STACKED_ROLE_COLUMN.match(n) for n in names if len(n) <= 12)
            # (s30-assign) the row spans as many lines as the header has columns (`重点任务 具体措施 牵头单位 配合单位
            # 完成时限`: five), so a role cell may come fourth and the time cell fifth
            width = max(4, next((n for n, name in enumerate(names) if len(name) > 12 or _bare_number(name)), len(names)))
            continue
        if "号" in key and _one_line_number_header(key):
            # (s23-assign2) the header on one line with spaces (`序号 工作任务 具体内容 牵头单位 配合单位`), the rows
            # below one cell per line: the same table
            in_table = any(STACKED_ROLE_COLUMN.match(n) for n in key.split()[1:])
            width = max(4, len(key.split()) - 1)
            continue
        if not in_table:
            continue
        if _bare_number(key):
            last_number = i
            continue
        if 2 <= i - last_number <= width and len(key) <= 80 and (ORGAN_CELL.match(key) or TIME_CELL.match(key)):
            out.add(i)
        elif 2 <= i - last_number <= STACKED_ROW_LINES and _whole_cell_above(lines[i - 1], width):
            out.add(i)
    return out


# (s30-layout) A row of a one-cell-per-line table holds its number and at most this many cells (task, content, lead,
# partners, deadline, note).
STACKED_ROW_LINES = 7


# (s36-tables) A task-division table flattened with spaces whose rows wrap over lines (a PDF's text: `序号 重点任务 责任单位
# 完成时限`, then `1 支持…职业院校开` / `设…专业 省教育厅、省人力资源社` / `会保障厅 2020年9月底前`). Its layout grammar: a row
# opens at a line starting with the next number; a group row (`二、…`) or a note (`注：…`) opens its own line; any other
# line goes on with the row above until the row is whole, its last cell a deadline after its organs (`…保障厅2020年底前`,
# `… 持续推进`), the deadline itself wrapping (`2020` / `年底前`, `持续` / `推进`). A line that opens a new cell (the organs
# after a task cell, a deadline after the organs) joins with a space, the border the line break stood for.
# (a wrapped line opening with an amount, `2 个百分点`, `3 万元`, is no row: its number is followed by a unit)
SPACED_ROW_OPEN = _re.compile(r"(\d{1,3})(?:[ \t\u3000]+|(?=\S))(?![\d\s年月日时%％.．、，,个项万亿元家所座人户次])\S")
TIME_COLUMN_NAME = _re.compile(r"时限|时间|期限|节点")
ROW_NOTE_OPEN = _re.compile(r"(?:注|备注|说明)\s*\d{0,2}\s*[：:]")
_DEADLINE = (r"(?:\d{4}年(?:\d{1,2}月)?(?:上旬|中旬|下旬|底|末|\d{1,2}日)?(?:前|以前)?(?:起?持续推进)?|每年\d{0,2}月?(?:底)?(?:前)?"
             r"|持续推进|长期(?:坚持|推进)|持续开展|常态化(?:推进|开展)?|\d{4}[—–-]\d{4}年)")
ROW_WHOLE = _re.compile(ROW_ORGAN_END + r"[ \t\u3000]*" + _DEADLINE + r"$")
DEADLINE_TAIL = _re.compile(r"(?:\d{0,2}月)?(?:上旬|中旬|下旬|底|末)?(?:前|以前)|推进|坚持|开展")
# (s37-tables) `国网…供电公司`: the State Grid's city and county companies, the lead of a row on power connections
CELL_ORGAN_START = _re.compile(r"(?:[省市州盟县区旗镇乡]|街道|各|国家|国务院|中国|中央|全国|中共|共青团|自治区|团[省市县区]委|人民银行|国网)")
CELL_ORGAN_END = _re.compile(r"(?:局|委|办|部|厅|院|会|中心|政府|室|处|所|站|队|公司|社|馆|海关|分行|支行|联|团委|单位|部门)$")


def _organ_list_cell(token: str) -> bool:
    items = [_re.sub(r"[（(][^（()）]{2,14}[）)]$", "", x) for x in _re.split(r"[、，,]", token)]  # `…政府（街道办事处）`
    return all(2 <= len(x) <= 20 and CELL_ORGAN_START.match(x) and CELL_ORGAN_END.search(x) for x in items)


# (s37-tables) The spaces a PDF's text layer sets between a number and Chinese (`2019 年 12 月底前`, `压缩至 3 个工作日`):
# no border between cells, read away before the row's cells are counted
DIGIT_GAP = _re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”（）%％])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[\u4e00-\u9fff%％])")


def _untimed_row_whole(row: str, ncells: int) -> bool:
    """(s36-tables2) A row of a table with no time column has every cell (its number apart) and ends an organ's name."""
    cells = _re.sub(r"^\d{1,3}", "", row).split()
    return len(cells) >= ncells and not row.endswith(("、", "，", ",")) and _organ_list_cell(cells[-1])


def _opens_cell(row: str, key: str) -> bool:
    """The wrapped line `key` starts the next cell of the row so far: the organs after the task cell alone, or the
    deadline after the organs."""
    if row.endswith(("、", "，", ",", "（", "(", "“", "《")):
        return False
    first = key.split()[0]
    if len(row.split()) <= 2 and _organ_list_cell(first):
        return True
    if len(row.split()) <= 2 and row.endswith("。") and " " in key and len(first) <= 20 and CELL_ORGAN_END.search(first):
        return True  # (s37-tables) a task cell closed by its stop, then a line of cells whose first ends an organ's name
        # (`国网某某供电公司 市城管执法局、…`): the line opens the lead cell, whatever that organ's name opens with
    if _organ_list_cell(row.split()[-1]) and _organ_list_cell(first) and len(row.split()) >= 3:
        return True  # (s36-tables2) a lead cell whole at the line's end, the co-operating organs' cell on the next line
    return TIME_CELL.match(first) is not None and CELL_ORGAN_END.search(row) is not None


def _wrapped_spaced_rows(lines: list[_Line]) -> tuple[dict[int, str], set[int]]:
    """The lines of spaced task tables that go on with the row above (index → the border to join with, `""` or `" "`)
    and those that open their own line (a row, a group row, the note under the table)."""
    joins: dict[int, str] = {}
    keeps: set[int] = set()
    number, row, ncells, wraps = None, "", 0, 0
    for i, ln in enumerate(lines):
        key = ln.key or ln.text
        if " " in key and number is not None:
            key = DIGIT_GAP.sub("", key)  # (s37-tables) a PDF's text layer: `2019 年 12 月底前`, `第一批 106 项`
        if "号" in key and "|" not in key and "\t" not in key and _one_line_number_header(key):
            cols = key.split()[1:]
            timed = bool(cols) and TIME_COLUMN_NAME.search(cols[-1]) is not None
            # (s36-tables2) a table whose last column is a role column (`序号 重点任务 责任单位`, `… 牵头单位 配合单位`)
            # ends each row in organs: its row is whole when it has every cell and the last ends an organ's name
            untimed = bool(cols) and STACKED_ROLE_COLUMN.match(cols[-1]) is not None
            roled = any(STACKED_ROLE_COLUMN.match(c) for c in cols)
            number = 0 if (timed or untimed) and roled else None
            ncells = len(cols) if untimed and not timed else 0
            row, wraps = "", 0
            if number is not None:
                keeps.add(i)  # (s37-tables) the header opens its own line: the table's title above (`…任务分工表`, as wide
                # as the page) never runs onto it
            continue
        if number is None:
            continue
        m = SPACED_ROW_OPEN.match(key)
        if m and int(m.group(1)) == number + 1:
            number, row, wraps = number + 1, key, 0
            keeps.add(i)
            continue
        if TAB_GROUP_ROW.match(key) and len(key) <= 40 and "。" not in key:
            keeps.add(i)  # a group row between rows
            row = ""
            continue
        if ROW_NOTE_OPEN.match(key):
            keeps.add(i)  # the note under the table: the table ends
            number = None
            continue
        if not row or len(key) > 60 or wraps >= 6 or "|" in key or "\t" in key:
            # neither a row nor a group row under the header or a group row, or a line no wrapped part of a row (wider than
            # a page's line, a row of bars or tabs, the seventh line of one row): no such table, or its end
            number = None
            continue
        if ncells and _untimed_row_whole(row, ncells):
            last = row.split()[-1]
            if (len(key) <= 30 and " " not in key and not CELL_ORGAN_START.match(key)
                    and _organ_list_cell(_re.split(r"[、，,]", last)[-1] + key)):
                joins[i] = ""  # `县委` / `宣传部、县文明办`: the last organ's name wrapped after a name's own end
                row += key
                continue
            keeps.add(i)  # a whole row, then a line that opens no row: the table is over
            number = None
            continue
        if not ncells and ROW_WHOLE.search(row) and len(row.lstrip("0123456789").split()) >= 2:
            if len(key) <= 6 and DEADLINE_TAIL.fullmatch(key):
                joins[i] = ""  # `2016年` / `底前`
                row += key
                continue
            keeps.add(i)  # a whole row, then a line that opens no row: the table is over, the line is the text's again
            number = None
            continue
        sep = " " if _opens_cell(row, key) else ""
        joins[i] = sep
        row += sep + key
        # (s37-tables) the limit is on one cell's lines: a narrow task column wraps its cell over five lines, and the
        # organs' cell beside it over three more (a web table copied cell by cell); a new cell starts the count again
        wraps = 0 if sep else wraps + 1
    return joins, keeps


# (s37-tables) A PDF that sets a flattened task table as running text (a web page printed, a copy laid out again) puts
# on one printed line what the table kept apart: the table's title and its header (`…任务分工表序号 任务 牵头单位 配合单位
# 完成时限`), and a row's last cell with the next row's first (`市市场监管局 市工业和信息化局 2019年10月底前 6 清理规范…`).
# The header opens at 序号 after a title ending in 表 or 清单; the next row opens at its number (the one after the last
# row's) right after a deadline. Each is split back into two lines, as the table has them.
GLUED_HEADER = _re.compile(r"(?<=表|单)(?=(?:序\s*号|编\s*号)[ \t\u3000])")
GLUED_NEXT_ROW = _re.compile(_DEADLINE + r"[ \t\u3000]*(\d{1,3})(?![\d年月日号个项万%％.．、])[ \t\u3000]*(?=[\u4e00-\u9fff“])")


def _split_glued_table_lines(lines: list[_Line]) -> list[_Line]:
    if not any("号" in (ln.key or ln.text) for ln in lines):
        return lines
    out: list[_Line] = []
    number = None  # the last row number of a spaced role table read so far
    for ln in lines:
        key = ln.key or ln.text
        pieces = [(ln.text, key)]
        if "号" in key and len(key) == len(ln.text):
            m = GLUED_HEADER.search(key)
            if m and m.start() >= 4 and _one_line_number_header(key[m.start():]) and any(
                    STACKED_ROLE_COLUMN.match(c) for c in key[m.start():].split()[1:]):
                pieces = [(ln.text[:m.start()], key[:m.start()]), (ln.text[m.start():], key[m.start():])]
        done: list[tuple[str, str]] = []
        for text, k in pieces:
            if "|" in k or "\t" in k:
                number = None  # (a table kept with bars or tabs has its rows on lines of their own)
                done.append((text, k))
                continue
            if "号" in k and _one_line_number_header(k):
                number = 0 if any(STACKED_ROLE_COLUMN.match(c) for c in k.split()[1:]) else None
                done.append((text, k))
                continue
            if number is not None:
                opened = SPACED_ROW_OPEN.match(k)
                if opened and int(opened.group(1)) == number + 1:
                    number += 1
                while len(k) == len(text):
                    # (read with the text layer's spaces around numbers away, `2019 年 10 月底前 6 清理`)
                    at = [j for j, ch in enumerate(k) if not (ch in " \t" and DIGIT_GAP.match(k, j))]
                    squeezed = "".join(k[j] for j in at)
                    m = next((x for x in GLUED_NEXT_ROW.finditer(squeezed) if int(x.group(1)) == number + 1), None)
                    if m is None or m.start(1) == 0:
                        break
                    cut = at[m.start(1)]
                    done.append((text[:cut].rstrip(), k[:cut].rstrip()))
                    text, k = text[cut:], k[cut:]
                    number += 1
            done.append((text, k))
        if len(done) == 1:
            out.append(ln)
            continue
        for n, (text, k) in enumerate(done):
            out.append(_Line(text, ln.page, ln.hard_break if n == len(done) - 1 else False, ln.block,
                             paragraph=ln.paragraph, joins_next=ln.joins_next if n == len(done) - 1 else False,
                             key=k if ln.key else "", indented=ln.indented if n == 0 else False, gap=ln.gap if n == 0 else 0))
    return out


def _whole_cell_above(prev: _Line, width: float) -> bool:
    """(s30-layout) A cell of a one-cell-per-line table as wide as a page's line (`开展…等特色应用，新增特色功能不少于20项`)
    is a whole cell: a table's column is narrower than the page, so no cell of it was wrapped at that width, and the
    next line (`省商务厅（省口岸办）`, `海关`, `2025年12月`) is the next cell, not the rest of this one. As wide as the
    page: what `_keeps_break` would join as a line the page's width cut (40 units, or 0.85 of the copy's typical
    line). A cell cut after a mark that wants more (`、`, `，`, an open bracket) goes on."""
    key = prev.key or prev.text
    w = _width(key)
    return (w >= 40 or w >= 0.85 * width) and not key.endswith(("，", "、", ",", "“", "（", "《", "("))


def _join(lines: list[_Line], doc_id: str, fmt: str) -> CleanDoc:
    lines = _split_glued_table_lines(lines)
    width = _typical_width(lines)
    wrapped = _hard_wrapped(lines, width)
    parts: list[str] = []
    line_pages: list[int] = []
    # The head runs to the first sentence (at least HEAD_LINES lines, at most HEAD_MAX): a web
    # page's metadata table can push the title block far down.
    first_sentence = next((i for i, ln in enumerate(lines[:HEAD_MAX]) if "。" in ln.text), HEAD_MAX)
    head_lines = max(HEAD_LINES, first_sentence)
    false_items = _false_item_starts(lines, width) if wrapped else ()
    inner_gap = _inner_gap(lines, width) if wrapped else None
    cell_breaks = _stacked_cell_breaks(lines, width)
    row_joins, row_keeps = _wrapped_spaced_rows(lines)
    for i, line in enumerate(lines):
        if i and i in row_joins:
            parts[-1] = parts[-1] + row_joins[i] + line.text
            continue
        if i and i in row_keeps:
            parts.append(line.text)
            line_pages.append(line.page)
            continue
        # (s15b) below the first sentence, prose cut by the layout is read as in the body (`prose`)
        if i and i not in cell_breaks and (i in false_items or (not _keeps_break(lines[i - 1], line, width, head=i < head_lines, prose=i > first_sentence + 1,
                                                                     para=parts[-1], unwrapped=not wrapped)
                   and not _signature_under_item(lines, i))
                  or (wrapped and i > first_sentence and _cut_at_stop(lines[i - 1], line, width))
                  or (inner_gap is not None and i > first_sentence and _stop_inside_paragraph(lines[i - 1], line, width, inner_gap))
                  or (wrapped and i > first_sentence and _inline_goes_on(parts[-1][-400:], line.key or line.text))
                  or _closes_open_bracket(parts[-1], line.text, joined=parts[-1] != lines[i - 1].text)):
            parts[-1] = _glue(parts[-1], line.text)
            continue
        parts.append(line.text)
        line_pages.append(line.page)
    if wrapped:
        parts, line_pages = _resplit_wrapped(parts, line_pages)
    text_parts: list[str] = []
    page_map: list[tuple[int, int, int]] = []
    offset = 0
    for part, page in zip(parts, line_pages):
        part = _fix_spaces(part)
        if page_map and page_map[-1][0] == page:
            page_map[-1] = (page, page_map[-1][1], offset + len(part) + 1)
        else:
            page_map.append((page, offset, offset + len(part) + 1))
        text_parts.append(part)
        offset += len(part) + 1
    text = "\n".join(text_parts)
    if page_map:
        last = page_map[-1]
        page_map[-1] = (last[0], last[1], len(text))
    return CleanDoc(doc_id=doc_id, text=text, page_map=page_map, format=fmt)


def _resplit_wrapped(parts: list[str], pages: list[int]) -> tuple[list[str], list[int]]:
    """(s17-form2) A hard-wrapped copy (text out of a PDF) cut its paragraphs into lines of the page's width, so an
    item run into the paragraph before it (`…智能化水平，三、优化智能审核和` / `监控流程`, `…起草。　第一章` / `总体
    要求`) was never on one line for the numbering to be read there; it is read again on the joined paragraphs, as
    on a copy that kept them whole."""
    seq = _ItemSequence()
    out, out_pages = [], []
    for part, page in zip(parts, pages):
        pieces = seq.split([part], min_len=0)  # (a joined paragraph however short: `…起草。　第一章` / `总体要求`)
        out.extend(pieces)
        out_pages.extend([page] * len(pieces))
    return out, out_pages


# `1、内科专业2、外科专业3、妇产科专业…`: a numbered list whose line breaks a copy lost.
RUN_ITEM = re.compile(r"(?<!\d)(\d{1,2})、")
RUN_ITEM_PUNCT = re.compile(r"[。；;，,：:]")
# (s17-form2) the same list in the other stops and widths offices and editors use: `1.内科专业2.外科专业`,
# `1．…2．…`, `１、内科专业 ２、外科专业` (full-width digits, a space an editor put before each digit). A dot is
# a stop only before no digit (`1.5倍`).
RUN_ITEM_DOT = {".": re.compile(r"(?<!\d)(\d{1,2})\.(?!\d)"), "．": re.compile(r"(?<!\d)(\d{1,2})．(?!\d)")}
RUN_OPEN = re.compile(r"^[ \t\u3000\u00a0]*1(?P<s>[、.．])(?!\d)")
_RUN_OPEN_IN = _re.compile(r"(?:^|\n)[ \t\u3000\u00a0]*(?:1[.．](?!\d)|１[、.．])")


def _run_open_in(text: str) -> bool:
    """(s17-form2) a line of the page may open an item run in a form other than `1、`."""
    if "1." not in text and "1．" not in text and "１" not in text:
        return False  # (s18, speed only: every match holds one of these; most pages have none)
    return _RUN_OPEN_IN.search(text) is not None


_RUN_ONE = ("1", "１")  # (what folds to RUN_OPEN's 1: fold_width changes no white space)


def _run_stop(line: str) -> tuple[str, str] | None:
    """(the line as read, full-width digits folded; the run's stop) when the line opens an item run."""
    if line.lstrip(" \t\u3000\u00a0")[:1] not in _RUN_ONE:
        return None  # (s18, speed only: RUN_OPEN's 1 after the white space, as written or full width; most lines)
    f = fold_width(line)
    m = RUN_OPEN.match(f)
    if m is None or ("2" + m.group("s")) not in f:
        return None
    return f, m.group("s")


_RUN_NEXT = {s: re.compile(r"(?<=[\p{Han}）)》”])[ \t\u3000]*(\d{1,2})" + _re.escape(s) + ("" if s == "、" else r"(?!\d)"))
             for s in "、.．"}


def _join_item_runs(page_lines: list[str]) -> list[str]:
    """(s17-form2) An item run hard-wrapped by a PDF copy (`1、内科专业…5、眼耳鼻咽喉科专` / `业6、皮肤病与性病专业7、…`):
    a line that goes on with the run's next number, glued after the text of the cut item and opening no item of
    its own, is the same line. Empty lines and page numbers between them are passed over (they stay where they are)."""
    out = list(page_lines)
    i = 0
    while i < len(out):
        run = _run_stop(out[i])
        if run is None:
            i += 1
            continue
        f, stop = run
        rx = RUN_ITEM if stop == "、" else RUN_ITEM_DOT[stop]
        last = max((int(m.group(1)) for m in rx.finditer(f)), default=1)
        j, first_w = i + 1, _width(out[i].strip())
        while j < len(out):
            nxt = out[j].strip()
            if not nxt or _page_number_line(fold_width(nxt)):
                j += 1
                continue
            g = fold_width(nxt)
            m = _RUN_NEXT[stop].search(g)
            if m is None or int(m.group(1)) != last + 1 or _numbering_start(g) or len(g[:m.start()]) > 12:
                break
            out[i] = out[i].rstrip() + nxt
            del out[j]
            last = max((int(m.group(1)) for m in rx.finditer(fold_width(out[i]))), default=last)
            # the run's last item cut in its turn (`…17、省级以上卫生行政部门` / `规定的其他专业`): a short tail with
            # no stop and no number of its own, in a run already known to be wrapped
            k = j
            while k < len(out) and (not out[k].strip() or _page_number_line(fold_width(out[k].strip()))):
                k += 1
            if k < len(out) and _width(nxt) >= first_w - 2.5 and _run_tail(out[i], out[k], rx):  # (the line above it full)
                out[i] = out[i].rstrip() + out[k].strip()
                del out[k]
                break
        i += 1
    return out


_RUN_TAIL_STOPS = _re.compile(r"[。；;，,：:！？、\d（(）)]")


def _run_tail(run: str, nxt: str, rx) -> bool:
    """(the last item with its tail stays a name: at most 40 characters, as _item_run wants them)"""
    t = nxt.strip()
    last = None
    for last in rx.finditer(fold_width(run)):
        pass
    item = len(run.rstrip()) - (last.end() if last else 0)
    return (0 < len(t) and item + len(t) <= 40 and not _RUN_TAIL_STOPS.search(t) and not _numbering_start(fold_width(t))
            and run.rstrip()[-1:] not in "。；;，,：:！？")


def _item_run(line: str) -> list[str]:
    """Split a line that starts with `1、` into its items when 2、, 3、… follow in order and every
    item is a short name (no sentence inside): one item per line, as the list was printed.
    (s17-form2) Also `1.`/`1．` runs and full-width digits (read folded; the text stays as written)."""
    if not line.lstrip().startswith("1、") or "2、" not in line:
        run = _run_stop(line)
        if run is None:
            return [line]
        f, stop = run
        cuts, expect = [0], 2
        for m in (RUN_ITEM if stop == "、" else RUN_ITEM_DOT[stop]).finditer(f, f.index("1" + stop) + 2):
            if int(m.group(1)) == expect:
                cuts.append(m.start())
                expect += 1
        return _run_items(line, cuts)
    cuts, expect = [0], 2
    for m in RUN_ITEM.finditer(line, line.index("1、") + 2):
        if int(m.group(1)) == expect:
            cuts.append(m.start())
            expect += 1
    return _run_items(line, cuts)


def _run_items(line: str, cuts: list[int]) -> list[str]:
    if len(cuts) < 2:
        return [line]
    items = [line[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(line)])]
    if any(len(it) > 40 or RUN_ITEM_PUNCT.search(it, 0, len(it) - (k == len(items) - 1)) for k, it in enumerate(items)):
        return [line]
    return items


def _closes_open_bracket(part: str, b: str, joined: bool) -> bool:
    """`（责任单位：市人力资源社会保` + `障局、市发展` + `改革委）`: a bracket opened in a paragraph that was
    already joined across a break is closed by a short next line, which belongs to it (a name
    broken twice inside an annotation)."""
    b = b.strip()
    return (joined and 0 < len(b) <= 24 and not _numbering_start(b) and _unbalanced(part)
            and b.count("）") + b.count(")") > b.count("（") + b.count("("))


def _glue(a: str, b: str) -> str:
    # Latin words wrapped across lines keep a space; CJK text joins directly.
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


_SPACE_CHARS = _re.compile("[ \t\u3000\u00a0]")  # (stdlib `re`: one C scan)


# (s12-targets) An indicator table pasted into a text file with its cells joined by tabs (`指标\t2020年\t2025年\t属性`, a
# web page or a spreadsheet copied as text): its rows keep their cell borders as ` | `, the form the HTML and DOCX
# readers give a row, instead of running together (`指标2020年2025年 属性`).
# (s14b) So does any table pasted so whose header row says it is one: a task-division table (a role column:
# `牵头单位`, `配合部门`, `责任单位`…; or `序号` first) and a quota table (`县（市、区）\t2024年\t2025年`: two year
# columns after a short first cell). A group row (`一、…`) between rows stays in the table; a line of one cell
# (prose, a title) ends it. Other tab lines are left as they were.
TAB_CELLS = _re.compile(r"[ \u3000\u00a0]*\t[ \u3000\u00a0]*")
# (s25-years) a year column written in Chinese numerals (`二〇二二年累计充电桩`, as older tables head them) is one too
TAB_YEAR_CELL = _re.compile(r"(?:(?:19|20)\d{2}|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})\s*年\S{0,8}")
TAB_INDICATOR_CELL = _re.compile(r"\S{0,4}(?:指标|项目|名称)\S{0,4}")
TAB_ROLE_CELL = _re.compile(r"(?:[省市州县区镇乡]级|[县市区]直)?(?:(?:责任)?(?:牵头|配合|参与|参加|协办|协助|协同|主办|承办|主责|实施|落实|负责|指导)"
                            r"(?:责任|落实)?(?:单位|部门)|(?:主要|主体|第一)?责任(?:单位|部门|主体|站所|办所|领导|人)|牵头|配合)"
                            r"(?:[（(][^（）()\t]{1,16}[）)])?")
ROLE_TAIL = _re.compile(r"(?:" + TAB_ROLE_CELL.pattern + r")\s*[：:][^。：:]*$")
ROLE_HEAD = _re.compile(r"(?:" + TAB_ROLE_CELL.pattern + r")\s*[：:]")
TAB_NUMBER_CELL = _re.compile(r"序\s*号|编\s*号")
# (s18-a2org) also `（一）…`: a task-division table grouped by the plan's own sub-headings goes on under them
TAB_GROUP_ROW = _re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]\S")
TAB_PAGE_LABELS = frozenset(label_words("tab"))  # (page_labels: the `tab` labels, compared whole as printed)


def _simple_cells(cells: list[str]) -> list[str]:
    """(s32-trad) A header's cells as the Simplified view reads them: a Traditional copy's `序號　重點任務　牽頭單位`
    heads its table as `序号　重点任务　牵头单位` does (the cells only; the line stays as written)."""
    return [simplified_line(c) for c in cells]


def _tab_header(cells: list[str]) -> bool:
    cells = _simple_cells(cells)
    if any(TAB_ROLE_CELL.fullmatch(c) for c in cells) or TAB_NUMBER_CELL.fullmatch(cells[0]):
        return True
    if sum(1 for c in cells if TAB_YEAR_CELL.fullmatch(c)) < 2:
        return False
    return any(TAB_INDICATOR_CELL.fullmatch(c) for c in cells) or (
        len(cells[0]) <= 12 and not any(p in cells[0] for p in "。，；："))


SUB_COLUMN_HEAD = _re.compile(r"^其中[：:]")


def _sub_column(cell: str) -> str:
    """(s24-tables) A column counting a part of the one before it (`其中：五保户`): its colon is no sentence's."""
    return SUB_COLUMN_HEAD.sub("", cell) if cell.startswith("其中") else cell


def _column_names(cells: list[str], nxt: str) -> bool:
    """(s14b) A header of short column names (`县（市、区）\t新建户厕（户）\t完成时限`, a quota table) over a row of as
    many cells or more: a table whatever its columns are called."""
    if sum(1 for c in cells if c) < 3 or any(len(c) > 16 or any(p in _sub_column(c) for p in "。；，：") for c in cells):
        return False
    if any(c in TAB_PAGE_LABELS for c in _simple_cells(cells)):
        return False  # a web page's metadata table (`发布机构\t某市人民政府办公室\t发文日期\t…`): its labels, not columns
    return "\t" in nxt and len(TAB_CELLS.split(nxt.strip(" \t\u3000\u00a0"))) >= len(cells)


def _next_filled(page_lines: list[str], k: int) -> str | None:
    """The first line after line k that is not blank (a web copy's blank line under a table's header)."""
    return next((x for x in page_lines[k + 1:k + 4] if x.strip(" \t\u3000\u00a0")), None)


def _indicator_tab_rows(page_lines: list[str]) -> list[str]:
    out, in_table = [], False
    width, last_no, stacked = 0, None, 0
    for k, ln in enumerate(page_lines):
        cells = TAB_CELLS.split(ln.strip(" \t\u3000\u00a0")) if "\t" in ln else []
        if len(cells) >= 3 and not in_table:
            nxt = _next_filled(page_lines, k)
            in_table = _tab_header(cells) or (nxt is not None and _column_names(cells, nxt))
            width, last_no, stacked = len(cells), 0 if in_table else None, 0
        elif in_table and len(cells) < 2 and stacked and ln.strip(" \t\u3000\u00a0"):
            stacked -= 1  # (s38-assign) a cell of a row written one cell per line (below)
        elif (in_table and len(cells) < 2 and last_no is not None and ln.strip(" \t\u3000\u00a0").isdecimal()
              and int(ln.strip(" \t\u3000\u00a0")) == last_no + 1):
            # (s38-assign) a row written one cell per line between rows written with tabs (a DOCX cell holding line
            # breaks, a web view copied by parts): its 序号 alone on a line, the next number, then its cells, one a line;
            # the table goes on under it
            last_no, stacked = last_no + 1, width - 1
        elif (len(cells) < 2 and not (in_table and TAB_GROUP_ROW.match(ln.strip()))
              and ln.strip(" \t\u3000\u00a0") and not (in_table and _page_number_line(ln))):
            # (s24-swap2) a blank line between rows (a web copy sets one under every row) does not end the table, nor
            # (s25-swap) a page's number printed between two rows of a table going on over a PDF's page break
            in_table = False
        if in_table and len(cells) >= 2:
            stacked = 0
            if last_no is not None:
                last_no = int(cells[0]) if cells[0].isdecimal() else last_no
            # a row's leading empty cells stay cells (`\t\t开展用工对接\t…`: under a merged 序号 and task cell)
            lead = len(ln) - len(ln.lstrip("\t")) if ln[:1] == "\t" else 0
            out.append(" | ".join([""] * lead + cells))
        else:
            out.append(ln)
    return out


# (s24-tables) A table flattened with another bar between its cells: the full-width bar `｜` of a Chinese input method
# (`序号｜工作任务｜责任领导｜牵头单位｜配合单位｜完成时限`) or a box-drawing rule `│`/`┃` (a table drawn in a plain-text
# copy). Its rows keep their cell borders as ` | `, the form the HTML and DOCX readers give a row, so that the rows do
# not run together into one paragraph. Only a header that says it is a table opens one (`_tab_header`: a role or 序号
# column, or two year columns; or short column names over a row of as many cells); its rows are the lines after it
# with the bar (blank lines between rows and a group row `一、…` do not end it), up to a line without one. A title's
# site suffix (`…的通知｜某市人民政府`) holds one bar and opens no table.
BAR_CELLS = _re.compile(r"[ \u3000\u00a0\t]*[｜│┃][ \u3000\u00a0\t]*")


def _bar_cells(line: str) -> list[str]:
    return BAR_CELLS.split(line.strip(" \t\u3000\u00a0"))


def _barred(line: str) -> bool:
    return "｜" in line or "│" in line or "┃" in line


def _bar_header(page_lines: list[str], k: int, cells: list[str]) -> bool:
    if len(cells) < 3 or any(c in TAB_PAGE_LABELS for c in _simple_cells(cells)) or not _column_names_only([c for c in cells if c]):
        return False
    if _tab_header([c for c in cells if c] or [""]):
        return True
    m = k + 1  # (short column names, `村别｜造林面积（亩）｜…`: over a row of as many cells)
    while m < len(page_lines) and not page_lines[m].strip():
        m += 1
    return m < len(page_lines) and _barred(page_lines[m]) and len(_bar_cells(page_lines[m])) >= len(cells)


# (s29-layout) A Markdown table of one column (`| 一、工作目标 |` / `| --- |` / `| 到2025年，… |`): a web page that sets its
# text in a one-column grid, converted to Markdown. A row of one cell is no table row (a task-division table's rows
# have three cells or more, and a group row keeps its empty cells in Markdown: `| （一）… | | |`): each is a paragraph
# of the text, its heading numbers read as anywhere else, and the `| --- |` rule under the first row goes.
ONE_CELL_ROW = _re.compile(r"[ \t\u3000]*\|(?P<cell>[^|\n]*)\|[ \t\u3000]*")
ONE_CELL_RULE = _re.compile(r"[ \t]*:?-{3,}:?[ \t]*")


def _one_cell_rows(page_lines: list[str]) -> list[str]:
    """Runs of two rows or more of a one-column Markdown table -> their cells, each a paragraph (its line ends in the
    Markdown hard break `  `, so no row runs into the next); a lone `| … |` line stays as it is."""
    rows = [ONE_CELL_ROW.fullmatch(ln) if "|" in ln else None for ln in page_lines]
    out = list(page_lines)
    k = 0
    while k < len(rows):
        if rows[k] is None:
            k += 1
            continue
        end = k
        while end < len(rows) and (rows[end] is not None or not page_lines[end].strip()):
            end += 1
        run = [j for j in range(k, end) if rows[j] is not None]
        if len(run) >= 2:
            for j in run:
                cell = rows[j].group("cell").strip()
                out[j] = "" if ONE_CELL_RULE.fullmatch(cell) else cell + "  "
        k = end
    return out


# A box-drawn table's rules (`├──┼──┤`, `+----+----+`) between its rows are no lines of text: blanked, so that they
# neither end the table nor run into a row.
BOX_RULE = _re.compile(r"[ \t\u3000]*[\u2500-\u257f+\-=｜|]*[\u2500-\u257f][\u2500-\u257f+\-=｜| \t\u3000]*")


def _box_rule(page_lines: list[str], k: int) -> bool:
    if not BOX_RULE.fullmatch(page_lines[k]) or "─" not in page_lines[k] and "━" not in page_lines[k]:
        return False
    near = [ln for ln in page_lines[max(0, k - 2):k] + page_lines[k + 1:k + 3] if ln.strip() and not BOX_RULE.fullmatch(ln)]
    return any(_barred(ln) for ln in near)


def _bar_table_rows(page_lines: list[str]) -> list[str]:
    out, in_table = [], False
    for k, ln in enumerate(page_lines):
        if ("─" in ln or "━" in ln) and _box_rule(page_lines, k):
            out.append("")
            continue
        if not _barred(ln):
            if in_table and ln.strip() and not TAB_GROUP_ROW.match(ln.strip()):
                in_table = False  # (a line of prose ends the table; a blank line or a group row between rows does not)
            out.append(ln)
            continue
        cells = _bar_cells(ln)
        if not in_table:
            in_table = _bar_header(page_lines, k, cells)
        out.append(" | ".join(cells).strip() if in_table else ln)
    return out


# (s22-tbl) The same tables of targets as a web page or a word processor flattens them, cells aligned by full-width
# spaces or runs of two spaces or more (`序号　指标名称　单位　2022年基数　2025年目标　指标属性`, `地区　　2012年　　2013年　　合计`):
# the cleaner would close the gaps between a name and a number (`地区2012年2013年`), losing the columns, so the rows keep
# their cell borders as ` | ` like a tabbed table's. Only a header that says it is a table of targets opens one: two year
# columns (`_tab_header`'s year rule: an indicator column or a short first cell) or an indicator column with a 目标
# column (`指标　单位　现状值　目标值`); its rows are the lines after it of two cells or more with a number or a dash
# in a cell (a merged category cell leaves a row short: the readers' `_merged_cells`), up to a line that is not one.
SPACED_CELLS = _re.compile(r"[ \u00a0]*[\u3000\t][ \u3000\u00a0\t]*| {2,}[\u3000\u00a0 ]*")
SPACED_GOAL_CELL = _re.compile(r"\S{0,6}目标\S{0,4}")
SPACED_ROW_VALUE = _re.compile(r"[<>≤≥＜＞]?=?\s*\d[\d.,，∶:%％]*\S{0,4}|[—\-－/／]{1,2}")
SPACED_HEAD_MAX = 16  # (a header cell is a column's name: a longer one is prose)


def _spaced_cells(line: str) -> list[str]:
    return SPACED_CELLS.split(line.strip(" \t\u3000\u00a0"))


def _column_names_only(cells: list[str]) -> bool:
    """Every cell is short enough for a column's name and holds no sentence mark."""
    return not any(len(c) > SPACED_HEAD_MAX or any(p in _sub_column(c) for p in "。，；：") for c in cells)


# (s24-tables) A quota column names what is counted and its unit in a bracket (`造林总面积（亩）`, `廊道绿化（公里）`,
# `资金（万元）`); a quota table's header is a label column (`村别`, `乡镇`, `单位名称`) and two such columns or more.
SPACED_UNIT_COLUMN = _re.compile(r"[^\s\d（()）]{1,14}[（(]" + _UNITS + r"[^（()）\s]{0,3}[）)]")
SPACED_LABEL_COLUMN = _re.compile(r"[^\s\d（()）]{1,8}(?:[（(][^\s\d（()）]{1,6}[）)])?")  # (`县（市、区）`, `村（社区）`)


def _quota_header(cells: list[str]) -> bool:
    return (SPACED_LABEL_COLUMN.fullmatch(cells[0]) is not None
            and sum(1 for c in cells[1:] if SPACED_UNIT_COLUMN.fullmatch(c)) >= 2)


def _spaced_header(cells: list[str]) -> bool:
    if len(cells) < 3 or not _column_names_only(cells):
        return False
    cells = _simple_cells(cells)
    if any(c in TAB_PAGE_LABELS for c in cells):
        return False
    if _quota_header(cells):
        return True
    if TAB_NUMBER_CELL.fullmatch(cells[0]) and any(TAB_ROLE_CELL.fullmatch(c) for c in cells):
        # (s22) a task-division table (序号, its task, 牵头单位 / 配合单位 / 责任单位 …, 完成时限): the gaps between cells are
        # its borders (`…合格率100%　县农业农村局` must not run together as prose's `100%县` would)
        return True
    indicator = any(TAB_INDICATOR_CELL.fullmatch(c) for c in cells)
    if sum(1 for c in cells if TAB_YEAR_CELL.fullmatch(c)) >= 2:
        return indicator or not TAB_YEAR_CELL.fullmatch(cells[0])
    return indicator and any(SPACED_GOAL_CELL.fullmatch(c) for c in cells)


def _spaced_row(cells: list[str], width: int) -> bool:
    return 2 <= len(cells) <= width and not cells[-1].endswith("。") and any(SPACED_ROW_VALUE.fullmatch(c) for c in cells)


def _spaced_table_rows(page_lines: list[str]) -> list[str]:
    # (s36c-width) a web copy may type a table's digits full-width (`２０２０年`, `≤１４．６`): its header and rows are
    # judged as the extractors read them (fold_width: same length, white space kept, so the cells split where the
    # written ones do), and the cells are kept as written (spec §1 compares after NFKC)
    if any(_has_full_width(ln) for ln in page_lines):
        read = [fold_width(ln) if _has_full_width(ln) else ln for ln in page_lines]
        return [_as_written(o, r, w) for o, r, w in zip(_spaced_table_rows(read), read, page_lines)]
    out, width = [], 0
    for k, ln in enumerate(page_lines):
        # (speed only: a header or a row holds a gap; a line without one is prose or a caption)
        gapped = "\u3000" in ln.strip(" \t\u3000\u00a0") or "  " in ln.strip() or "\t" in ln.strip()
        if not gapped:
            if ln.strip() and not (width and _page_number_line(ln)):
                # (a line of one cell ends the table; blank lines between rows of a web copy do not, nor (s24-swap) a
                # page's number printed between two rows of a table going on over the page break, `第2页 共4页`)
                width = 0
            out.append(ln)
            continue
        cells = _spaced_cells(ln)
        if width and _spaced_row(cells, width):
            out.append(" | ".join(cells))
            continue
        width = len(cells) if _spaced_header(cells) and _row_follows(page_lines, k + 1, len(cells)) else 0
        out.append(" | ".join(cells) if width else ln)
    return out


def _as_written(out: str, read: str, written: str) -> str:
    """A line the spaced-table pass gave back for its folded reading `read`: as written, its cells joined the same way."""
    if out == read:
        return written
    cells = _spaced_cells(written)
    return " | ".join(cells) if out == " | ".join(_spaced_cells(read)) and len(cells) == out.count(" | ") + 1 else written


# (s22-assign3) A table of yearly targets with its organs (`序号 重点任务 指标 2022年 2023年 2024年 牵头单位 配合单位`, a
# ministry's 重点任务年度目标表) flattened with single spaces, as a PDF copied to text writes it: the cleaner would close
# the space between a word and a number (`（万人）75`, `75农业农村部`) and run the header into the first row, losing
# the columns. A header of 序号 first, a role column and two year columns, over rows numbered 1, 2, … of exactly as
# many cells, keeps its cell borders as ` | ` like a tabbed table's; a row of another count (a cell written with
# spaces: which space is a border cannot be told) ends it and is left as written.
# (s35-layout) So does a task-division table's header without year columns (`序号 工作任务 具体内容 牵头单位 责任单位
# 完成时限`) when its rows 1 and 2 follow with exactly as many cells (`_rows_follow`): the cleaner would close `1 农村…`
# and `…县财政局 2018年12月底` and the table reader would have to guess the borders, where the same notice's PDF, whose
# table is ruled, gives them (a twin must read as its text).
def _whole_last_cell(cell: str) -> bool:
    """(s36-tables2) A row's last cell ends whole: organs to the end of a name, or a deadline."""
    return _organ_list_cell(cell) or TIME_CELL.match(cell) is not None or _re.fullmatch(_DEADLINE, cell) is not None


def _wrapped_single_spaced_row(page_lines: list[str], k: int, width: int) -> tuple[list[str], int]:
    """(s36-tables2) The row of a single-spaced task table that opens at line k and wraps over the lines below it (a
    PDF's text: `2 （二）完善… 省交通运输厅 省文化和旅游厅、省住房` / `城乡建设厅`): its cells, and the lines it takes.
    A wrapped line goes on with the cell it cuts, or opens the next cell (the organs after a whole cell); the row ends
    when it has every cell and the last ends whole. None such (prose, a row with a cell written with spaces): no cells."""
    row = page_lines[k].strip(" \u00a0\u3000")
    for j in range(k + 1, min(k + 6, len(page_lines))):
        cells = row.split()
        if len(cells) == width and _whole_last_cell(cells[-1]):
            return cells, j - k
        if len(cells) > width:
            break
        key = page_lines[j].strip(" \u00a0\u3000")
        if (not key or "|" in key or "\t" in key or "\u3000" in key or len(key) > 60 or "。" in key
                or SPACED_ROW_OPEN.match(key) or TAB_GROUP_ROW.match(key) or ROW_NOTE_OPEN.match(key)):
            break
        row += (" " if _opens_cell(row, key) else "") + key
    cells = row.split()
    if len(cells) == width and _whole_last_cell(cells[-1]) and j == len(page_lines) - 1:
        return cells, j - k + 1
    return [], 0


def _single_spaced_target_rows(page_lines: list[str]) -> list[str]:
    out, width, last, skip = [], 0, 0, 0
    for k, ln in enumerate(page_lines):
        if skip:
            skip -= 1
            continue
        # (s24-swap2) a web copy's &nbsp; or full-width indentation (`\u00a0 \u00a0 序号 重点任务 …`) is no cell
        body = ln.lstrip(" \u00a0\u3000")
        if "|" in body or "\t" in body or "\u3000" in body:
            width = 0  # (a tabbed or gapped table's lines: the passes above read them)
            out.append(ln)
            continue
        cells = [c for c in body.split(" ") if c]
        if not cells:
            out.append(ln)  # (a blank line between rows does not end the table)
            continue
        if width and len(cells) == width and cells[0].isdigit() and int(cells[0]) == last + 1:
            out.append(" | ".join(cells))
            last += 1
            continue
        if width and len(cells) < width and cells[0].isdigit() and int(cells[0]) == last + 1:
            row, used = _wrapped_single_spaced_row(page_lines, k, width)
            if row:
                out.append(" | ".join(row))
                last, skip = last + 1, used - 1
                continue
            if len(cells) >= 3 and _organ_list_cell(cells[-1]):
                # a row whole on its line but a cell short (a border lost, an empty cell dropped): still a row
                out.append(" | ".join(cells))
                last += 1
                continue
        if width and len(cells) == 1 and not cells[0].isdigit() and out and " | " in out[-1]:
            # (s36-tables2) the last cell of the row above cut at the line's end (`…、省住房` / `城乡建设厅`)
            end = out[-1].rsplit(" | ", 1)[-1]
            if ((not _whole_last_cell(end) and not end.endswith(("、", "，")) and _whole_last_cell(end + cells[0]))
                    or (end.endswith(("、", "，")) and _organ_list_cell(end + cells[0]))
                    or (not CELL_ORGAN_START.match(cells[0])
                        and _organ_list_cell(_re.split(r"[、，,]", end)[-1] + cells[0]))):
                # (`省委` / `宣传部、省广电局`: a name cut after a shorter name's end; a line opening no organ goes on with it)
                out[-1] += cells[0]
                continue
        width = 0
        head = _simple_cells(cells) if len(cells) >= 5 else cells
        if (len(cells) >= 4 and TAB_NUMBER_CELL.fullmatch(head[0]) and any(TAB_ROLE_CELL.fullmatch(c) for c in head)
                and _column_names_only(cells)
                and (len(cells) >= 5 and sum(1 for c in head if TAB_YEAR_CELL.fullmatch(c)) >= 2 or _rows_follow(page_lines, k + 1, len(cells)))):
            width, last = len(cells), 0
            out.append(" | ".join(cells))
            continue
        out.append(ln)
    return out


def _rows_follow(page_lines: list[str], k: int, width: int) -> bool:
    """(s35-layout) A task-division table's header without year columns (`序号 工作任务 具体内容 牵头单位 责任单位
    完成时限`) flattened with single spaces, as a database or a PDF copied to text gives it: its next two lines that are
    not blank are its rows 1 and 2, of exactly as many cells (prose, or a row with a cell written with spaces, is
    left as written)."""
    rows = []
    while k < len(page_lines) and len(rows) < 2:
        ln = page_lines[k].lstrip(" \u00a0\u3000")
        k += 1
        if ln.strip():
            rows.append([c for c in ln.split(" ") if c])
    return len(rows) == 2 and all(len(r) == width and r[0] == str(n) for n, r in zip((1, 2), rows))


def _row_follows(page_lines: list[str], k: int, width: int) -> bool:
    """The first line after a header that is not blank is a row of its table (a header alone is left as written)."""
    while k < len(page_lines) and not page_lines[k].strip():
        k += 1
    return k < len(page_lines) and _spaced_row(_spaced_cells(page_lines[k]), width)


def _fix_spaces(s: str) -> str:
    # (s10b: `in` per character, the same answer as _SPACE_CHARS.search, about 2x faster on our paragraphs)
    if not (" " in s or "\t" in s or "\u3000" in s or "\u00a0" in s):
        return s.strip()  # the three patterns below each need one of these characters
    s = SPACE_RUN.sub(" ", s)
    s = join_split_years(s)  # (s9b) `到2 025年`: a space inside a year's digits (numbers.py)
    s = SPACE_CJK_DIGIT.sub("", s)
    s = SPACE_BEFORE_PUNCT.sub("", s)
    return s.strip()

