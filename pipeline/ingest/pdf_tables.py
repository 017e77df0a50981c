"""(s21b-pdftab) Ruled tables of a PDF page read row by row (pdfplumber), for the pages that hold one.

A task-division or quota table set in narrow columns reaches the text layer one wrapped cell line at a time:
pdfium returns `深化“一网通` / `办”，推动高` / … / `市营商局（市` / `数据局）` / `市直有关部` / `门，各县` …, the
cells of a row interleaved and cut, so no reader of the text can put a row back together. The table's ruling
gives the cells: pdfplumber's `find_tables` (the "lines" strategy: ruled lines and rectangle edges) returns each
cell's text, and each row is given as one line with its cells joined by ` | ` (what the DOCX reader writes for
a Word table, read by `extract.task_tables` and the quota-table readers); a cell's own line breaks are wraps,
joined as `lines._glue` joins a wrapped paragraph. A row with one cell (a group row `（一）…`, a spanning note)
is that cell's text.

Only pages that look as if they hold a table are handed to pdfplumber (`may_hold_table`: several body lines
starting right of the text block's left edge, away from its centre, which running text, titles and a
right-aligned signature do not give); a page where pdfplumber finds no ruled table keeps pdfium's lines.
"""
from __future__ import annotations

import re

from ..patterns import NUMBERING_START
from .lines import PdfLine, _glue

# a page is handed to pdfplumber when at least this many of its lines start inside the text block (neither at its
# left edge nor its first-line indent, nor centred): a table's second and later columns
MIN_INNER_LINES = 3
# between the cells of a row: a bar, as the DOCX reader writes a Word table's row (`extract.task_tables` reads it);
# after a label cell (`文　　号：`, a web page's info box) a space, so that the label and its value read as one
CELL_SEP = " | "
LABEL_END = ("：", ":")
# (s40-twins) a label is a field's name (`文　　号：`, `成文日期：`, `是否有效：`): short, one name, no list or clause in it. A
# task cell that ends in a colon (`生态茶园改造规划、技术指导和验收：`, a task-division list set as a table) is none: its
# organs are the next cells', in their columns
LABEL_CELL = re.compile(r"^[^、，,；;。（）()]{1,10}[：:]$")
# (s40-twins) a numbered table (its header `序号`/`编号`, or rows opening with their number) is a table of columns, not an
# info box of label and value pairs: a cell there ending in a colon (`宣传发动：`, a task named as a label) keeps its column
NUMBER_CELL = re.compile(r"^(?:序号|编号|\d{1,3}[.．、]?)$")
# a table needs two rows and two columns to be read as one
MIN_ROWS, MIN_COLS = 2, 2


# (s23-twins) a row of short cells that pdfium returns as one line (`格头村 32 10 14 8 张国华`: the cells' text on
# one baseline, left-aligned in columns wide apart) starts at the left edge like running text, but it spans far more
# width than its characters fill: a line of running text, justified, is at most as wide as its characters set full-width
# (digits and Latin are narrower: (s37-twins) counted as half an em, `_set_width`), so a line wider than SPREAD times
# that is cells with gaps between them
SPREAD = 1.4
MIN_SPREAD_LINES = 2  # a header and a row
MIN_SPREAD_CHARS = 4


def _set_width(text: str) -> float:
    """(s37-twins) The width of `text` set solid, in ems: a digit, Latin letter or ASCII space is half an em (a quota
    table's rows are mostly numbers: `桃花江镇 5200 1800 1800 1600 14`, wide apart in their columns, is 15 ems of type
    over 32 ems of width, yet no wider than 1.4 times 31 characters counted full-width)."""
    return sum(0.5 if ch < "\u2000" else 1.0 for ch in text)


def _spread(line: PdfLine) -> bool:
    n = len(line.text)
    return n >= MIN_SPREAD_CHARS and line.size > 0 and line.x1 - line.x0 > SPREAD * _set_width(line.text) * line.size


def _spread_rows(lines: list[PdfLine]) -> bool:
    return sum(1 for ln in lines if _spread(ln)) >= MIN_SPREAD_LINES


# (s24) a table is set in smaller type than the body (GB/T 9704 body 三号; a table 四号 or 小四): a line in type this
# much smaller than the page's body, across this share of the text block, is a row of cells even when its cells are full
TABLE_TYPE_SMALLER = 1.0
ROW_WIDTH_SHARE = 0.8


def _body_size(lines: list[PdfLine]) -> float:
    sizes = sorted(ln.size for ln in lines if ln.size > 0)
    return sizes[len(sizes) // 2] if sizes else 0.0


def ends_in_row(lines: list[PdfLine]) -> bool:
    """(s23-twins) The page's last line of text is a row of cells (a table's header row alone at the foot of a page, its body
    on the next page; the page number may follow it): the page is read for a table of one row. (s24) A row whose cells
    are full (a header `序号 指标名称 2022年基数 …` cut by the page break inside its cells) is not spread out; it is known
    by the table's smaller type across the text block."""
    tail = lines[-2:]
    if any(_spread(ln) for ln in tail):
        return True
    if len(lines) < MIN_INNER_LINES:
        return False
    body = _body_size(lines)
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    return any(0 < ln.size < body - TABLE_TYPE_SMALLER and ln.x1 - ln.x0 >= ROW_WIDTH_SHARE * (right - left)
               for ln in tail)


def may_hold_table(lines: list[PdfLine]) -> bool:
    """Cheap test over pdfium's lines (no pdfium or pdfplumber call): several lines start well inside the text block,
    or (s23-twins) several lines are rows of cells spread across it."""
    if len(lines) < MIN_INNER_LINES:
        return _spread_rows(lines)
    size = _body_size(lines)
    if not size:
        return False
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    centre = (left + right) / 2
    inner = 0
    for ln in lines:
        if ln.x0 > left + 3 * size and ln.x1 < right - size and abs((ln.x0 + ln.x1) / 2 - centre) > size:
            inner += 1
            if inner >= MIN_INNER_LINES:
                return True
    return _spread_rows(lines)


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    out = ""
    for piece in cell.split("\n"):
        piece = piece.strip()
        if piece:
            out = _glue(out, piece) if out else piece
    return out


def _join_cells(cells: list[str], labels: bool = True) -> str:
    """A row's cells between bars; with `labels`, a label cell and its value between a space (an info box)."""
    out = cells[0]
    for before, cell in zip(cells, cells[1:]):
        label = labels and cell and before.endswith(LABEL_END) and LABEL_CELL.match(re.sub(r"\s+", "", before))
        out += (" " if label else CELL_SEP) + cell
    return out


def _numbered(rows: list[list[str]]) -> bool:
    """(s40-twins) A table whose header is 序号 or whose rows open with their number."""
    return any(NUMBER_CELL.match(re.sub(r"\s+", "", cells[0])) for cells in rows if cells)


def page_tables(page, min_rows: int = MIN_ROWS, after_table: bool = False
                ) -> list[tuple[tuple[float, float, float, float], list[str]]]:
    """A pdfplumber page -> [(bbox (x0, top, x1, bottom) in pdfplumber's top-down coordinates, row lines)].
    `min_rows`: 1 on the page after a table's page (the part of a row the page break cut off).
    `after_table`: the page before held a table: (s37-twins) the first row of the page's first table keeps its cells
    when only its first is filled and the others are cells of their own, not one cell spanning the row (a merged group
    row is one cell: pdfplumber gives None for the columns it covers): the rest of a cell the page break cut, which
    `join_split_rows` puts back (`乡镇（街` / `道）`, a header cell wrapped in a narrow column)."""
    out = []
    for k, table in enumerate(page.find_tables()):
        rows = []
        extracted = table.extract()
        labels = not _numbered([[_cell_text(x) for x in row[:1]] for row in extracted])
        for j, row in enumerate(extracted):
            cells = [_cell_text(x) for x in row]
            full = [c for c in cells if c]
            if (after_table and k == 0 and j == 0 and len(full) == 1 and cells[0] and len(cells) >= MIN_COLS
                    and None not in row):
                rows.append(_join_cells(cells, labels))
            elif len(full) == 1 and cells[0]:
                rows.append(full[0])  # a group row, a note across the table
            elif full:
                rows.append(_join_cells(cells, labels))  # (empty cells kept: the columns stay in place)
        if len(rows) >= min_rows and table.rows and len(table.rows[0].cells) >= MIN_COLS:
            out.append((table.bbox, rows))
    return out


def replace_tables(lines: list[PdfLine], tables, height: float) -> list[PdfLine]:
    """pdfium's lines with those inside a table's box replaced by the table's rows (at the place of its first line).
    `height`: the page's height (pdfium's y runs up, pdfplumber's down)."""
    out: list[PdfLine] = []
    placed = set()
    for ln in lines:
        y = height - ln.y
        cx = (ln.x0 + ln.x1) / 2
        inside = None
        for k, ((x0, top, x1, bottom), _) in enumerate(tables):
            if top <= y <= bottom and x0 <= cx <= x1:
                inside = k
                break
        if inside is None:
            out.append(ln)
            continue
        if inside in placed:
            continue
        placed.add(inside)
        (x0, _, x1, _), rows = tables[inside]
        out.extend(PdfLine(row, x0, x1, ln.size, ln.y, fixed=True) for row in rows)
    return out




def join_split_rows(pages) -> None:
    """A table row cut by a page break: the next page's first line is a row whose first cell (序号) is empty
    (` | 良2万亩 |  |  | `); its cells go on the cells of the last row of the page before (the same count of cells),
    glued as wrapped lines are. `pages`: RawPages, changed in place."""
    for before, page in zip(pages, pages[1:]):
        first, _, rest = page.text.partition("\n")
        cont = first.split(CELL_SEP)
        # (s37-twins) or the row's first cell alone goes on (the others empty): a piece that cannot open a row of its
        # own (no number or item mark: `道）`, the end of `乡镇（街道）`)
        # (s39-twins) or its first cells go on and its value cells are empty (`障 | 住院费用基本医保支付比例 |  |  |  | `,
        # the rest of a group's label and of an indicator whose row the page break cut): at most half its cells hold
        # words, none of them a number, and the row before holds every cell
        filled = [c for c in cont if c.strip()]
        head = len(filled)
        words_only = (len(cont) >= MIN_COLS + 2 and 2 <= head <= len(cont) // 2
                      and all(c.strip() for c in cont[:head]) and not any(c.strip() for c in cont[head:])
                      and not any(NUMBERING_START.match(c.strip()) or re.search(r"\d", c) for c in cont[:head]))
        if not (page.text.startswith(CELL_SEP) or words_only or (len(cont) >= MIN_COLS and not any(c.strip() for c in cont[1:])
                                                   and not NUMBERING_START.match(cont[0]) and not cont[0][:1].isdigit())):
            continue
        lines = before.text.split("\n")
        for k in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            cells = lines[k].split(CELL_SEP)
            if words_only and not all(c.strip() for c in cells):
                continue
            if len(cells) == len(cont) and cells[0].strip():
                lines[k] = CELL_SEP.join(_glue(a, b) if a and b else a or b for a, b in zip(cells, cont))
                before.text = "\n".join(lines)
                page.text = rest
                break
