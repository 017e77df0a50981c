"""Session 18, PDF reading speed (issue 16): the faster line reader and page join give what the
per-line code before them gave (kept here as the reference), on every page of the repo's PDFs
and on random pages of lines."""
import math
import random
import re
import statistics
from pathlib import Path

import pytest

from pipeline.ingest import pdf as pdf_reader
from pipeline.ingest.lines import NUMBERING_START, SENTENCE_END, PdfLine, _body_size, _glue, _starts_indented, join_lines, join_page

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "corpus").glob("*.pdf")) + [ROOT / "tests" / "fixtures" / "pdf" / name
                                                  for name in ("notice.pdf", "joint_signature_wrapped.pdf")]


# --- the reference: the code of 8d27504, one line at a time ---------------------------------

def _ref_lines_pdfium(textpage, text):
    import pypdfium2.raw as pdfium_c

    n = textpage.count_chars()
    if n <= 0:
        return []
    if len(text) != n:
        return [PdfLine(t, 0.0, 0.0, 0.0) for t in text.replace("\r", "").split("\n")]
    lines, start = [], 0
    handle, box = textpage.raw, pdfium_c.FS_RECTF()
    for end in [m.start() for m in re.finditer(r"[\r\n]", text)] + [n]:
        first, last = start, end - 1
        while first <= last and text[first].isspace():
            first += 1
        while last >= first and text[last].isspace():
            last -= 1
        if first <= last:
            assert pdfium_c.FPDFText_GetLooseCharBox(handle, first, box)
            x0 = box.left
            assert pdfium_c.FPDFText_GetLooseCharBox(handle, last, box)
            x1 = box.right
            size = max(pdfium_c.FPDFText_GetFontSize(handle, first), pdfium_c.FPDFText_GetFontSize(handle, last))
            chunk = text[first:last + 1]
            drop = [k for k in (m.start() for m in pdf_reader._CJK_SPACE.finditer(chunk))
                    if pdfium_c.FPDFText_IsGenerated(textpage, first + k) == 1]
            for k in reversed(drop):
                chunk = chunk[:k] + chunk[k + 1:]
            lines.append(PdfLine(chunk, x0, x1, size))
        start = end + 1
    return lines


def _ref_continues(prev, nxt, body, left, right, start=None):
    if prev.size <= 0 or nxt.size <= 0:
        return False
    same_body = abs(prev.size - body) < 0.5 and abs(nxt.size - body) < 0.5
    if prev.text.rstrip().endswith(SENTENCE_END) and NUMBERING_START.match(nxt.text.lstrip()):
        return False
    if same_body:
        # (s21-layout) …and the line's row of print is as wide as MIN_WRAP_CHARS characters (a table's short rows
        # never wrap), and 抄送 starts its own line
        start = prev.x0 if start is None else start
        return (prev.x1 >= right - 1.5 * body and nxt.x0 <= left + 0.5 * body and prev.x1 - start >= 15 * body
                and not nxt.text.lstrip().startswith(("抄送：", "抄送:", "抄报：", "抄报:")))
    big = prev.size > body * 1.15 and abs(prev.size - nxt.size) < 0.5
    # (s21-layout) a numbered or part heading under a display-type title is no second title line
    heading = NUMBERING_START.match(nxt.text.lstrip()) or re.match(r"第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|篇|编)", nxt.text.lstrip())
    return big and not prev.text.endswith(SENTENCE_END) and not heading


def _s29_ends_row(para, prev, nxt, body, left, right, start):
    """(s29-layout) the rule added after this reference was written: a paragraph complete without a sentence end before
    a numbered heading, a web field's row, an addressee (lines._closed_without_stop, _opens_field, _is_addressee), and
    a centred body-type row (lines._centred: a title set in body type)."""
    from pipeline.ingest.lines import _centred, _closed_without_stop, _is_addressee, _opens_field

    same_body = abs(prev.size - body) < 0.5 and abs(nxt.size - body) < 0.5
    return ((NUMBERING_START.match(nxt.text.lstrip()) and _closed_without_stop(para)) or _opens_field(nxt.text)
            or _is_addressee(para) or (same_body and _centred(start, prev.x1, left, right, body)))


def _s35_centred_rest(para, prev, nxt, body, left, right, start):
    """(s35-layout) the rule added after this reference was written: a centred title set in body type whose first row
    fills the line goes on with the centred row under it (lines._centred_block), unless that row ends the paragraph
    as _s29_ends_row says (a web field's row, an addressee)."""
    from pipeline.ingest.lines import _centred_block, _closed_without_stop, _is_addressee, _opens_field

    same_body = abs(prev.size - body) < 0.5 and abs(nxt.size - body) < 0.5
    return (same_body and _centred_block(prev, start, nxt, left, right, right - 1.5 * body, body, 15 * body)
            and not ((NUMBERING_START.match(nxt.text.lstrip()) and _closed_without_stop(para)) or _opens_field(nxt.text)
                     or _is_addressee(para)))


def _ref_join_lines(lines):
    if not lines:
        return "", "layout", False
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2]
    if len(sized) < 3:
        return "\n".join(ln.text for ln in lines), "layout", False
    body = _body_size(sized)
    body_lines = [ln for ln in sized if abs(ln.size - body) < 0.5]
    long_lines = [ln for ln in body_lines if len(ln.text) >= 10] or body_lines
    left = min(ln.x0 for ln in long_lines)
    rights = sorted(ln.x1 for ln in long_lines)
    right = rights[int(len(rights) * 0.9) - 1 if len(rights) > 1 else 0]
    out = [lines[0].text]
    start = lines[0].x0
    for prev, nxt in zip(lines, lines[1:]):
        if (_ref_continues(prev, nxt, body, left, right, start) and not _s29_ends_row(out[-1], prev, nxt, body, left, right, start)
                or _s35_centred_rest(out[-1], prev, nxt, body, left, right, start)):
            out[-1] = _glue(out[-1], nxt.text)
        else:
            out.append(nxt.text)
        start = start if abs(nxt.x0 - prev.x1) < 0.5 * body and abs(nxt.size - prev.size) < 0.5 else nxt.x0
    last = body_lines[-1]
    continues = (last.x1 >= right - 1.5 * body and last.x0 <= left + 2.5 * body
                 and not last.text.endswith(tuple("。！？")))
    return "\n".join(out), "paragraph", continues


def _ref_starts_indented(lines):
    sized = [ln for ln in lines if ln.size > 0 and len(ln.text) >= 2]
    if len(sized) < 3:
        return False
    body = statistics.median_high([ln.size for ln in sized for _ in range(min(len(ln.text), 50))])
    body_lines = [ln for ln in sized if abs(ln.size - body) < 0.5]
    left = min(ln.x0 for ln in body_lines if len(ln.text) >= 10) if any(len(ln.text) >= 10 for ln in body_lines) else 0
    return body_lines[0].x0 > left + 0.5 * body


# --- the PDFs of the repo, every page -------------------------------------------------------

@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_lines_of_every_page_equal_the_per_line_reader(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range(0, textpage.count_chars())
                new = pdf_reader._lines_pdfium(textpage, text)
                assert new == _ref_lines_pdfium(textpage, text), (path.name, i)
                assert pdf_reader._lines_pdfium(textpage) == new  # the text read here instead
                assert join_page(new) == (*_ref_join_lines(new), _ref_starts_indented(new))
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


def test_generated_spaces_between_cjk_glyphs_are_dropped_as_before():
    """A justified CJK line of a corpus PDF: pdfium's generated spaces are cut out of its line,
    and the page's lines still equal the reference (above); here: some were found."""
    import pypdfium2 as pdfium

    found = 0
    pdf = pdfium.PdfDocument(ROOT / "corpus" / "guangdong-2025-jineng-tisheng.pdf")
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range(0, textpage.count_chars())
            drop = pdf_reader._generated_spaces(textpage.raw, text)
            assert all(text[k] == " " for k in drop) and drop == sorted(drop)
            found += len(drop)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    assert found > 0


# --- the line pattern and the page join on made-up input --------------------------------------

_ALPHABET = "政府关于印发。；：一二（）1 \u3000\t\x0b\x0c\x1c\x85\u2028\r\n"


@pytest.mark.parametrize("seed", range(200))
def test_line_span_is_the_stripped_line(seed):
    """`_LINE_SPAN` gives, for each line between \\r / \\n that has text, its first and last
    character that is not white space (str.isspace), as the per-line loops did."""
    rng = random.Random(seed)
    text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 120)))
    want, start = [], 0
    for end in [m.start() for m in re.finditer(r"[\r\n]", text)] + [len(text)]:
        first, last = start, end - 1
        while first <= last and text[first].isspace():
            first += 1
        while last >= first and text[last].isspace():
            last -= 1
        if first <= last:
            want.append((first, last + 1))
        start = end + 1
    assert [m.span() for m in pdf_reader._LINE_SPAN.finditer(text)] == want


def _random_lines(rng):
    sizes = [16.0, 16.0, 16.0, 22.0, 14.0, 0.0, 15.8, 16.3]
    if rng.random() < 0.05:
        sizes.append(math.nan)
    texts = ["一、总体要求", "（二）加强组织领导。", "各有关单位要按照职责分工抓好落实工作", "— 3 —", "附件",
             "到2027年，全区新增高技能人才2000人以上；", "A", "OFD", "Guangxi Zhuang Autonomous Region",
             "1.建立健全工作机制", "某自治区人力资源和社会保障厅", "2026年3月1日", ""]
    out = []
    for _ in range(rng.randint(0, 30)):
        size = rng.choice(sizes)
        text = rng.choice(texts) + (rng.choice(texts) if rng.random() < 0.5 else "")
        x0 = rng.choice([90.0, 90.0, 122.0, 154.0, 300.0, 91.5])
        x1 = rng.choice([505.0, 505.0, 506.5, 480.0, 250.0, 420.0])
        out.append(PdfLine(text, x0, x1, size))
    return out


@pytest.mark.parametrize("seed", range(400))
def test_join_page_equals_join_lines_and_starts_indented_of_before(seed):
    lines = _random_lines(random.Random(seed))
    assert join_page(lines) == (*_ref_join_lines(lines), _ref_starts_indented(lines))
    assert join_lines(lines) == _ref_join_lines(lines)
    assert _starts_indented(lines) == _ref_starts_indented(lines)


def test_a_wrapped_county_notice_page_joins_as_before():
    """A page of a county notice (Guangxi style, written for this test): title over two lines,
    a wrapped body paragraph, a numbered heading after a sentence end, a right-aligned date."""
    lines = [
        PdfLine("某县人民政府办公室关于做好2026年", 120.0, 470.0, 22.0),
        PdfLine("春季农村劳动力转移就业工作的通知", 140.0, 450.0, 22.0),
        PdfLine("各乡镇人民政府，县直各有关单位：", 90.0, 346.0, 16.0),
        PdfLine("为进一步做好春季农村劳动力转移就业工作，经县人民政府同", 122.0, 505.0, 16.0),
        PdfLine("意，现就有关事项通知如下。", 90.0, 298.0, 16.0),
        PdfLine("一、加强组织领导", 122.0, 250.0, 16.0),
        PdfLine("县人力资源社会保障局要会同各乡镇做好务工人员摸底登记工", 90.0, 505.0, 16.0),
        PdfLine("作。", 90.0, 122.0, 16.0),
        PdfLine("2026年2月10日", 380.0, 505.0, 16.0),
    ]
    text, mode, continues, indented = join_page(lines)
    assert text.split("\n") == [
        "某县人民政府办公室关于做好2026年春季农村劳动力转移就业工作的通知",
        "各乡镇人民政府，县直各有关单位：",
        "为进一步做好春季农村劳动力转移就业工作，经县人民政府同意，现就有关事项通知如下。",
        "一、加强组织领导",
        "县人力资源社会保障局要会同各乡镇做好务工人员摸底登记工作。",
        "2026年2月10日",
    ]
    assert (mode, continues, indented) == ("paragraph", False, False)


# --- page alignment: the page stream's tokens by str.split -----------------------------------

@pytest.mark.parametrize("seed", range(100))
def test_page_stream_tokens_are_str_split(seed):
    """`align` cuts the page stream with str.split (no per-token Python); `_TOKEN` (used for the
    token offsets, asked for a page at a time) must find the same stretches."""
    from pipeline.pages import _TOKEN

    rng = random.Random(seed)
    text = "".join(rng.choice(_ALPHABET + "ab") for _ in range(rng.randint(0, 200)))
    assert text.split() == _TOKEN.findall(text)


def test_quotes_and_page_runs_over_pages_with_empty_pages_between():
    """A notice over four pages, the third blank (a scan left empty): page runs, and each
    sentence's page and quote as on its page, with the page stream's offsets found lazily."""
    from pipeline.pages import PageText, align

    pages = [PageText(1, "某盟行政公署办公室\n关于印发牧区就业\n帮扶办法的通知"),
             PageText(2, "各旗县人民政府：\n现将《办法》印发给你们，\n请认真贯彻执行。"),
             PageText(3, "  \n "),
             PageText(4, "某盟行政公署办公室\n2008年6月2日")]
    clean = "某盟行政公署办公室关于印发牧区就业帮扶办法的通知\n各旗县人民政府：\n现将《办法》印发给你们，请认真贯彻执行。\n某盟行政公署办公室\n2008年6月2日"
    a = align(clean, pages)
    # (the line break before a page's first character belongs to that page)
    assert a.page_runs() == [(1, 0, 24), (2, 24, 54), (4, 54, len(clean))]
    start = clean.index("现将")
    assert a.locate(start, clean.index("执行") + 2) == (2, "现将《办法》印发给你们，\n请认真贯彻执行")
    assert a.locate(clean.index("2008"), len(clean)) == (4, "2008年6月2日")
    assert a.locate(clean.index("牧区"), clean.index("通知") + 2) == (1, "牧区就业\n帮扶办法的通知")
    where = a.where
    assert where[clean.index("2008")] == (3, pages[3].text.index("2008"))


def test_bare_char_calls_answer_as_the_bindings():
    """`_char_calls`: the same pdfium functions without argtypes give the bindings' answers for
    every character of a page (boxes, sizes, generated flags), and 0 for an index off the page."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    loose_box, font_size, generated = pdf_reader._char_calls()
    pdf = pdfium.PdfDocument(ROOT / "corpus" / "guangdong-2025-jineng-tisheng.pdf")
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        handle, a, b = textpage.raw, pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
        ref = ctypes.byref(a)
        for i in list(range(textpage.count_chars())) + [10**6]:
            assert loose_box(handle, i, ref) == pdfium_c.FPDFText_GetLooseCharBox(handle, i, b)
            assert (a.left, a.right, a.top, a.bottom) == (b.left, b.right, b.top, b.bottom)
            assert font_size(handle, i) == pdfium_c.FPDFText_GetFontSize(handle, i)
            assert generated(handle, i) == pdfium_c.FPDFText_IsGenerated(handle, i)
        textpage.close()
        page.close()
    finally:
        pdf.close()
