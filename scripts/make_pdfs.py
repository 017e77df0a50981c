"""Make the corpus PDFs the way offices make them: a Word document exported by LibreOffice.

For each corpus/*.txt notice: clean its text (pipeline.clean), find its parts (pipeline.layout),
write a .docx laid out after GB/T 9704 (A4, 37/35/28/26 mm margins, 三号 body in a 宋体-like CJK
font, 二号 bold title, 黑体 for 一、 headings, 楷体 for （一） headings, signature right-aligned,
page numbers `— N —` in the footer, odd pages right and even pages left), then export it to PDF
with LibreOffice, which embeds the CJK font subsets.

Needs LibreOffice and CJK fonts (not needed by the tests, which use the committed PDFs):
    apt-get install -y libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai
    pip install python-docx

Usage:
    python scripts/make_pdfs.py                       # corpus/*.txt -> corpus/*.pdf
    python scripts/make_pdfs.py --big /tmp/big.pdf --big-only  # a 150-page PDF (+ its .txt) for benchmarks/ingest.py
    python scripts/make_pdfs.py --big /tmp/big500.pdf --big-only --big-copies 10  # 500 pages
    python scripts/make_pdfs.py --docx-only DIR        # write the .docx files only (fixtures)
    python scripts/make_pdfs.py --corpus RAW --out DIR a301 a302   # twins of named notices into DIR
    python scripts/make_pdfs.py --corpus RAW --out DIR --no-indent --body-title   # harder twins

Harder twins (PDFs from tools other than Word, WPS or LibreOffice, which a reader cannot tell by their indentation or
type): `--no-indent` sets every paragraph flush left (no 2-character first-line indent: a paragraph's first row looks
like a wrapped one), `--body-title` sets the masthead and the title in body type (三号, not bold, still centred).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

from pipeline.clean import normalize_string  # noqa: E402
from pipeline.extract.task_tables import find_task_tables  # noqa: E402
from pipeline.layout import find_layout  # noqa: E402
from pipeline.nlp.simplify import reading_text  # noqa: E402
from pipeline.patterns import CN_ITEM, CN_PAREN  # noqa: E402

SONG = "Noto Serif CJK SC"  # 宋体/仿宋 stand-in
HEI = "Noto Sans CJK SC"  # 黑体
KAI = "AR PL UKai CN"  # 楷体
BODY_PT = 16  # 三号
TITLE_PT = 22  # 二号
MASTHEAD_PT = 26  # 一号
LINE_PT = 28.95  # 22 lines a page on a 225 mm type area


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _paragraph(doc, text: str, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = True,
               font: str = SONG, size: float = BODY_PT, bold: bool = False):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Pt(2 * size) if indent else Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT if size <= BODY_PT else size * 1.5)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    _font(p.add_run(text), font, size, bold)
    return p


def _page_field(paragraph, size: float) -> None:
    """`— PAGE —`: the page number as a field, with 一字线 on each side (GB/T 9704 7.5)."""
    def run(text: str | None = None):
        r = paragraph.add_run(text or "")
        _font(r, SONG, size)
        return r

    run("— ")
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run()._element.append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run()._element.append(instr)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run()._element.append(end)
    run(" —")


def _setup(doc) -> None:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    odd = sec.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(odd, 14)
    even = sec.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _page_field(even, 14)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _table_blocks(lines, body_start: int) -> dict[int, int]:
    """Runs of table rows in the body, as {first line index: index after the last}.

    A text reaches us with its tables flattened (cells between `|`, tabs or spaces; the cleaner writes them all as
    ` | `); the office's own document had a ruled table there, so the PDF gets one back: three or more consecutive
    body lines of three or more cells, each with the first line's number of cells. Page furniture (a web page's
    navigation bar) lies before the body and stays a line of text.
    """
    blocks: dict[int, int] = {}
    k = 0
    while k < len(lines):
        n = len(_cells(lines[k].text))
        if lines[k].start < body_start or n < 3:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and len(_cells(lines[end].text)) == n:
            end += 1
        if end - k >= 3:
            blocks[k] = end
        k = end
    return blocks


def _stacked_tables(clean: str, view: str, layout, taken: set[int]) -> dict[int, tuple[int, list[list[str]]]]:
    """Task-division tables that reach us one cell per line (a web page's or a PDF's table copied to text) or one row
    per line with its cells between spaces (s25: `1 完成问题厕所排查 6月底前 镇农业服务中心、各村（社区）`, which the
    cleaner leaves as it is), as {first line index: (index after the last, rows)}: the office's document had a ruled
    table there too. Read as the
    pipeline reads them (`extract.task_tables`); a table with group rows, or one already set from flattened rows, stays
    as it is, and so does (s40-twins) a list of labelled items (`1.宣传发动：牵头单位：镇党政办；配合单位：…`), which the
    office wrote as numbered paragraphs under its heading, not as a table. Cells are taken from the notice's own text
    (its script), by their spans."""
    out: dict[int, tuple[int, list[list[str]]]] = {}
    for table in find_task_tables(view, layout):
        idx = [k for k, ln in enumerate(layout.lines) if table.start <= ln.start < table.end]
        if (not idx or not table.rows or table.labelled or any(k in taken for k in idx)
                or any(r.group for r in table.rows)):
            continue
        width = len(table.header)
        rows = [["序号"] + table.header]
        for r in table.rows:
            cells = [clean[c.start:c.end] if c.end > c.start else c.text for c in r.cells][:width]
            rows.append([r.number] + cells + [""] * (width - len(cells)))
        out[idx[0]] = (idx[-1] + 1, rows)
    return out


def _table(doc, rows: list[list[str]]) -> None:
    """A ruled Word table (GB/T 9704 tables: 四号 or smaller type, every cell ruled)."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            cell = table.cell(r, c)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(value), SONG, 12)


def build_docx(text: str, out: Path, *, indent: bool = True, body_title: bool = False) -> None:
    clean = normalize_string(text).text
    # the parts are found as the pipeline finds them, on the reading view (a Traditional notice read in Simplified,
    # character for character); the text set is the notice's own
    view = reading_text(clean)
    layout = find_layout(view)
    tables = _table_blocks(layout.lines, layout.body_start or 0)
    in_table = {j for k, end in tables.items() for j in range(k, end)}
    stacked = _stacked_tables(clean, view, layout, in_table)
    in_table |= {j for k, (end, _) in stacked.items() for j in range(k, end)}
    centred = {id(ln) for ln in layout.header_lines}
    titles = [t for t in (layout.notice_title, layout.title) if t is not None]
    right = {(ln.start, ln.end) for ln in layout.signature_lines}
    if layout.date_line is not None:
        right.add((layout.date_line.start, layout.date_line.end))
    doc = Document()
    _setup(doc)
    title_pt, masthead_pt = (BODY_PT, BODY_PT) if body_title else (TITLE_PT, MASTHEAD_PT)

    def para(t, **kw):
        kw.setdefault("indent", indent)
        kw["indent"] = kw["indent"] and indent
        return _paragraph(doc, t, **kw)

    for k, line in enumerate(layout.lines):
        t = clean[line.start:line.end]
        if k in tables:
            _table(doc, [_cells(clean[ln.start:ln.end]) for ln in layout.lines[k:tables[k]]])
        if k in stacked:
            _table(doc, stacked[k][1])
        if k in in_table:
            continue
        in_title = any(tt.start <= line.start and line.end <= tt.end for tt in titles)
        nxt = layout.lines[k + 1].text if k + 1 < len(layout.lines) else ""
        if in_title and "关于" not in line.text and nxt.startswith("关于"):
            # 发文机关标志 (masthead): larger red type above the title, GB/T 9704 7.2.
            p = para(t, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=masthead_pt, bold=not body_title)
            p.runs[0].font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
        elif in_title:
            para(t, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=title_pt, bold=not body_title)
        elif id(line) in centred and len(t) <= 40 and "。" not in t:
            para(t, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif (line.start, line.end) in right:
            para(t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif layout.addressee is not None and line.start == layout.addressee.start:
            para(t, indent=False)
        elif CN_ITEM.match(t) and len(t) < 60:
            para(t, font=HEI)
        elif CN_PAREN.match(t) and len(t) < 60:
            para(t, font=KAI)
        else:
            para(t)
    doc.save(str(out))


def to_pdf(docx: Path, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory(prefix="policykb-lo-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(outdir), str(docx)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    return outdir / (docx.stem + ".pdf")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--big", type=Path, help="also write a large PDF of all notices repeated (benchmark input)")
    ap.add_argument("--big-copies", type=int, default=3)
    ap.add_argument("--docx-only", type=Path, help="write the .docx files to this folder and stop")
    ap.add_argument("--big-only", action="store_true", help="with --big: leave corpus/*.pdf alone")
    ap.add_argument("--out", type=Path, help="write the PDFs here instead of beside their texts")
    ap.add_argument("--no-indent", action="store_true", help="no first-line indent on any paragraph")
    ap.add_argument("--body-title", action="store_true", help="masthead and title in body type, not bold")
    ap.add_argument("ids", nargs="*", help="only these notices (file stems) of --corpus")
    args = ap.parse_args(argv)
    texts = sorted(t for t in args.corpus.glob("*.txt") if not args.ids or t.stem in args.ids)
    dest = args.out or args.corpus
    dest.mkdir(parents=True, exist_ok=True)
    style = {"indent": not args.no_indent, "body_title": args.body_title}
    with tempfile.TemporaryDirectory(prefix="policykb-pdfs-") as tmp:
        tmp = Path(tmp)
        outdir = args.docx_only or tmp
        outdir.mkdir(parents=True, exist_ok=True)
        for txt in [] if args.big_only else texts:
            docx = outdir / f"{txt.stem}.docx"
            build_docx(txt.read_text(encoding="utf-8"), docx, **style)
            if args.docx_only:
                continue
            pdf = to_pdf(docx, tmp)
            shutil.move(str(pdf), dest / pdf.name)
            print(f"{dest / pdf.name}")
        if args.big and not args.docx_only:
            joined = "\n".join(t.read_text(encoding="utf-8") for t in texts for _ in range(args.big_copies))
            docx = tmp / f"{args.big.stem}.docx"
            build_docx(joined, docx)
            pdf = to_pdf(docx, tmp)
            args.big.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(pdf), args.big)
            args.big.with_suffix(".txt").write_text(joined, encoding="utf-8")  # the benchmark's reference
            print(args.big)
    return 0


if __name__ == "__main__":
    sys.exit(main())
