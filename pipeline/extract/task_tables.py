"""Task-division tables (任务分工表, 重点任务清单, 推广清单…) as they reach us in text.

Many plans put all their assignments in a table: 序号 / 任务 / 牵头单位 / 配合单位 / 责任单位 /
完成时限. Spec 1.1 section 6: each row gives its organs the roles of their columns, and the row
belongs to the body item it restates (by number or heading), else to `表/N` (N its 序号 as
written; `表2/N` in a second table).

A table arrives in one of two shapes:
* one row per line, cells joined by ` | ` or tabs (our DOCX and HTML readers, Markdown copies);
* one cell per line (a web page's table copied to text): the header is a run of short lines
  starting at 序号, and each row starts at a line holding only its number.
A group row (`一、知识产权保护方面（共5项）`) between rows names the body item its rows belong to.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import rx as re

from ..layout import Layout

# Column headers and the role they give (spec 1.1 section 6). 指导部门 (the organ that guides a
# measure, as State Council 推广清单 write it) assigns like 负责: responsible.
ROLE_COLUMNS = (
    # (`牵头责任单位`, `配合责任单位`, `责任牵头单位`: the role word names the column's role)
    (re.compile(r"^(?:(?:责任)?牵头(?:责任|落实)?(?:单位|部门)|主办单位|牵头)$"), "lead"),
    (re.compile(r"^(?:(?:责任)?(?:配合|参与|参加|协办|协助|协同|协作)(?:责任|落实)?(?:单位|部门)|配合)$"), "co"),
    # (a township's 责任站所 / 责任办所: its offices and stations; 落实单位 as the labels read it)
    (re.compile(r"^(?:(?:主要|主体|第一)?责任(?:单位|部门|主体)|主责(?:单位|部门)|承办(?:单位|部门)|实施(?:单位|部门)|指导部门|负责(?:单位|部门)|"
                r"落实(?:单位|部门)|责任(?:站所|办所|站办|办站|所站)|"
                # (s40b-assign) `主要负责单位 | 协助单位`, as older provincial tables head the column
                r"(?:主要|具体)负责(?:单位|部门))$"),
     "responsible"),
)
TASK_COLUMN = re.compile(r"^(?:(?:重点|主要|工作|具体)?任务(?:名称|内容)?|工作(?:内容|事项|措施)|改革举措|具体措施|目标任务|重点工作|"
                         r"主要内容|举措|事项|措施|项目|"
                         # other offices' names for the task and measure columns
                         r"(?:推进|主要|具体|工作|重点|落实|保障|政策)(?:措施|举措)|(?:实施|建设|工作)内容|工作重点|重点事项|建设任务|"
                         r"具体工作|任务分解|工作任务及目标|任务目标|"
                         # (other offices: 任务事项, 主要工作, 改革任务, 整改任务/措施/事项, 工作要点, 项目内容…)
                         r"任务事项|重点任务事项|主要工作|重点工作任务|改革任务|任务举措|具体事项|工作项目|项目内容|"
                         r"整改任务|整改措施|整改事项|工作要点|任务要求|责任事项|"
                         # (s14b) a 民生实事 or project list: 项目名称, 实事项目, 建设项目
                         r"项目名称|实事项目|建设项目|民生实事|"
                         # (s38-assign) a 每月一题 / 一题一方案 table (Beijing's districts and towns since 2021): each row's 题目
                         # is the problem taken on that month, the row's task
                         r"题目|选题)$")
NUMBER_COLUMN = re.compile(r"^(?:序号|编号)$")
CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")
ROW_NUMBER = re.compile(r"^\d{1,3}$")
# (s17-form) `一．` / `一.` as offices also number (not a decimal: `一.5` is none of them)
GROUP_ROW = re.compile(r"^[一二三四五六七八九十]+(?:、|[．.](?!\d))")
# (s18-a2org) in a tab or bar table, a group row may also be numbered `（一）…` (a 任务分工 table grouped by the
# plan's own sub-headings): a line of one cell between rows, the table goes on under it
JOINED_GROUP_ROW = re.compile(r"^(?:[一二三四五六七八九十]+(?:、|[．.](?!\d))|[（(][一二三四五六七八九十]{1,3}[）)]\S)")


@dataclass
class Cell:
    start: int
    end: int
    text: str


@dataclass
class Row:
    number: str  # 序号 as written
    cells: list[Cell]  # in header order, the 序号 cell excluded
    group: str | None = None  # the group row above it, as written


@dataclass
class TaskTable:
    index: int  # 1 for the first table of the document, 2 for the second…
    header: list[str]  # column names, the 序号 column excluded
    rows: list[Row] = field(default_factory=list)
    start: int = 0  # the header line's start
    end: int = 0  # the end of the table's last line read (a row, a group row or a wrapped cell)
    # (s25-assign) rows written as labels (_read_labelled): each row names its own columns, so a 责任单位 is `co` only in
    # a row that names a lead itself (row_role), not because another row has a 牵头单位
    labelled: bool = False

    def role_of(self, column: int) -> str | None:
        role = _column_role(self.header[column]) if column < len(self.header) else None
        if role == "responsible" and not self.labelled and any(_column_role(h) == "lead" for h in self.header):
            # `牵头单位 | 责任单位`: once a lead is named the organs of the other column are co (spec 1.1
            # section 6), as in a label pair `牵头单位：A，责任单位：B` (docs/decisions/assignments-s8.md)
            return "co"
        return role

    def row_role(self, row: "Row", column: int) -> str | None:
        """The role of a row's cell: the column's, except in a labelled table, where a 责任单位 beside the row's own
        filled 牵头单位 is `co` (spec 1.1 section 6, once a lead is named the rest are co)."""
        role = self.role_of(column)
        if role == "responsible" and self.labelled and any(
                _column_role(h) == "lead" and c < len(row.cells) and row.cells[c].text.strip()
                for c, h in enumerate(self.header)):
            return "co"
        return role

    def task_column(self) -> int | None:
        for i, name in enumerate(self.header):
            if TASK_COLUMN.match(re.sub(r"\s+", "", name)):
                return i
        return 0 if self.header else None


# A column name's level prefix (`省级牵头单位`, `市级责任单位`, `县直责任单位`) and its bracketed other word
# (`牵头单位（部门）`, `责任单位（人）`, `责任单位（牵头单位列第一位）`) name the same column.
COLUMN_AFFIX = re.compile(r"^(?:[省市州盟县区旗镇乡]级|[县市区]直)(?=牵头|配合|责任|参与|协办|协助|协同|主办|承办|主责|实施)|[（(][^（）()]{1,16}[）)]$")


def _column_name(header: str) -> str:
    return COLUMN_AFFIX.sub("", re.sub(r"\s+", "", header))


def _column_role(header: str) -> str | None:
    name = _column_name(header)
    for pattern, role in ROLE_COLUMNS:
        if pattern.match(name):
            return role
    return None


def _header_cells(text: str) -> list[str]:
    return [c for c in (re.sub(r"\s+", "", x) for x in CELL_SPLIT.split(text)) if c]


# (s40b-assign) A column over two header rows, `责任单位` merged over `牵头单位 | 配合单位` (or `责任分工` over `牵头 | 配合`):
# the second row names the role columns.
PARENT_COLUMN = re.compile(r"^(?:责任单位|责任部门|责任分工|分工|任务分工|责任主体|单位分工|部门分工)$")


def _sub_header(top: str, below: str) -> list[str] | None:
    """The column names of a header over two rows (a tab or bar table copied from a DOCX table whose role columns sit
    under one merged cell): each name of the second row stands for its column, the first row's elsewhere. The second
    row holds nothing but role columns' names (two at least); None where the lines are not so."""
    if not ("|" in below or "\t" in below):
        return None
    subs = _header_cells(below)
    if len(subs) < 2 or not all(_column_role(c) is not None for c in subs):
        return None
    up = [re.sub(r"\s+", "", x) for x in CELL_SPLIT.split(top.strip("\n").strip(" |"))]
    down = [re.sub(r"\s+", "", x) for x in CELL_SPLIT.split(below.strip("\n").strip(" |"))]
    if len(up) == len(down) and any(not u for u in up):
        names = [d or u for u, d in zip(up, down)]
    else:  # (the merged cell's empty twin dropped by the copy: the parent's one cell is the role columns')
        parents = [k for k, u in enumerate(up) if PARENT_COLUMN.match(_column_name(u))]
        if len(parents) != 1:
            return None
        names = up[:parents[0]] + subs + up[parents[0] + 1:]
    names = [n for n in names if n]
    return names if len(names) >= 3 and _is_role_header(names) else None


def _without_parent(names: list[str]) -> list[str]:
    """A header over two rows copied one cell per line (`责任单位` then `牵头单位`, `配合单位`): the merged parent cell is
    no column of its own, the role names under it are."""
    for k, n in enumerate(names[:-2]):
        if PARENT_COLUMN.match(_column_name(n)) and _column_role(names[k + 1]) and _column_role(names[k + 2]):
            return names[:k] + names[k + 1:]
    return names


def _is_role_header(names: list[str]) -> bool:
    return any(pattern.match(_column_name(n)) for n in names for pattern, _ in ROLE_COLUMNS)


def find_task_tables(text: str, layout: Layout) -> list[TaskTable]:
    """Every table in the body whose header has a role column (牵头/配合/责任/指导…)."""
    lines = [ln for ln in layout.lines if layout.body_start <= ln.start < layout.body_end]
    tables: list[TaskTable] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        # cells are split only on a line with a cell separator; 序号/编号 only where 号 is written
        joined = "|" in ln.text or "\t" in ln.text
        names = _header_cells(ln.text) if joined else []
        under = _sub_header(ln.text, lines[i + 1].text) if len(names) >= 3 and i + 1 < len(lines) else None
        if under is not None:
            table, i = _read_joined(lines, i + 1, under, len(tables) + 1)
            table.start = ln.start
            _add_table(tables, table, text)
            continue
        if len(names) >= 3 and joined and _is_role_header(names):
            table, i = _read_joined(lines, i, names, len(tables) + 1)
            _add_table(tables, table, text)
            continue
        if not joined and "号" in ln.text and ("单位" in ln.text or "部门" in ln.text):
            spaced = _spaced_header(ln.text)
            if spaced and _stacked_below(lines, i + 1, spaced[1:]):
                # (s23-assign2) the header written on one line with spaces, the rows one cell per line (a web
                # table copied to text whose header row kept its cells together): read the rows as stacked
                table, i = _read_stacked(lines, i + 1, spaced[1:], len(tables) + 1)
                table.start = ln.start
                _add_table(tables, table, text)
                continue
            if spaced:
                table, i = _read_spaced(lines, i, spaced, len(tables) + 1)
                _add_table(tables, table, text)
                continue
        if not joined and "号" not in ln.text and ("单位" in ln.text or "部门" in ln.text) and " " in ln.text.strip():
            spaced = _unnumbered_header(ln.text)
            if spaced:
                table, k = _read_unnumbered(lines, i, spaced, len(tables) + 1)
                if table.rows:
                    _add_table(tables, table, text)
                    i = k
                    continue
        if not joined and ("分工" in ln.text or "清单" in ln.text) and DIVISION_TITLE.match(ln.text.strip()):
            table, k = _read_labelled(lines, i + 1, len(tables) + 1)
            if len(table.rows) >= 2:
                table.start = ln.start
                _add_table(tables, table, text)
                i = k
                continue
        # (speed only: NUMBER_COLUMN is 序号 or 编号, so the line holds 序 or 编 too)
        if "号" in ln.text and ("序" in ln.text or "编" in ln.text) and NUMBER_COLUMN.match(re.sub(r"\s+", "", ln.text)):
            run = []
            k = i + 1
            while k < len(lines) and len(lines[k].text) <= 12 and not _row_no(lines[k].text.strip()) \
                    and not GROUP_ROW.match(lines[k].text) and len(run) < 8:
                run.append(re.sub(r"\s+", "", lines[k].text))
                k += 1
            if len(run) >= 2 and _is_role_header(run):
                run = _without_parent(run)
                table, i = _read_stacked(lines, k, run, len(tables) + 1)
                table.start = ln.start
                _add_table(tables, table, text)
                continue
        i += 1
    return tables


# (s25-assign) A task-division table flattened to text under its title (an attachment `…重点任务分工`, `…任务清单`): one
# row a line, its number, the task, then the other columns as labels (`1.完成…改革。完成时限：2019年9月底前。牵头单位：
# 县农业农村局；配合单位：县委组织部、县民政局。`). Spec 1.1 section 6 reads it as the table it is: its rows are no tasks,
# each gives its organs the roles of their labels on the item it restates, else on `表/N`.
DIVISION_TITLE = re.compile(r"^[^。；，,：:\s]{2,60}(?:任务分工|责任分工|分工表|分工一览表|任务清单|责任清单)$")
LABELLED_ROW = re.compile(r"^\s*(\d{1,3})\s*[.、．](?!\d)\s*")
# (s28-assign) the co labels other offices write (`参加单位：`, a State Council 重点任务分工's word; `协助单位`, `参与部门`)
ROW_LABEL = re.compile(r"(牵头单位|牵头部门|配合单位|配合部门|责任单位|责任部门|参与单位|参与部门|参加单位|参加部门|协办单位|协助单位"
                       r"|协同单位|协作单位|完成时限|完成时间|时间节点|时限)[：:]")
# (s28-assign) A note after the last row that speaks for every row (`各省级人民政府负责落实本地区各项任务，不再列出。`,
# `注：…`): no wrapped part of the row's last cell, the rows end before it.
ROW_NOTE = re.compile(r"^\s*(?:(?:注|备注|说明)\s*[：:]|[^。；;\n]{2,60}?(?:不再(?:逐项|逐一|一一|单独|重复)?列出|各项任务))")
CELL_TRIM = "；;。，, \t\u3000"


def _labelled_row(text: str, at: list[int]) -> tuple[str, list[tuple[str, Cell]]] | None:
    """A row `N.任务…。label：cell；label：cell。` (its lines joined, `at` the offset in the document of each of its
    characters) -> its number and its (column, cell) pairs, the task first; None unless a lead or responsible label
    is among them."""
    m = LABELLED_ROW.match(text)
    if not m:
        return None
    labels = list(ROW_LABEL.finditer(text, m.end()))
    if not labels or not any(_column_role(x.group(1)) in ("lead", "responsible") for x in labels):
        return None

    def cell(a: int, b: int) -> Cell:
        while b > a and text[b - 1] in CELL_TRIM:
            b -= 1
        return Cell(at[a], at[b - 1] + 1, text[a:b]) if b > a else Cell(at[a], at[a], "")
    out = [("任务", cell(m.end(), labels[0].start()))]
    for k, x in enumerate(labels):
        out.append((x.group(1), cell(x.end(), labels[k + 1].start() if k + 1 < len(labels) else len(text))))
    return m.group(1), out


ROW_CLOSED = "。；;"


def _row_lines(lines, k: int) -> tuple[list, int]:
    """The lines of the row opening at line `k`: that line and the lines that go on with it (a PDF's text wraps a row
    over several lines, a page number or a blank line between them): a line goes on with the row unless it opens the
    next row, or the row so far closes its sentence and the line holds no column label (`（此件发至村）` after the last
    row). -> (the row's lines, the index after them)."""
    out = [lines[k]]
    j = k + 1
    while j < len(lines) and len(out) < 8:
        n = j
        while n < len(lines) and n - j < 3 and PAGE_MARK.match(lines[n].text):
            n += 1  # (a blank line or page number inside the row: look past it)
        if n >= len(lines) or PAGE_MARK.match(lines[n].text):
            break
        nxt = lines[n].text
        if LABELLED_ROW.match(nxt) or DIVISION_TITLE.match(nxt.strip()):
            break
        if out[-1].text.rstrip().endswith(tuple(ROW_CLOSED)) and not ROW_LABEL.search(nxt):
            break
        if not ROW_LABEL.search(nxt) and ROW_NOTE.match(nxt):
            break
        out.append(lines[n])
        j = n + 1
    return out, j


def _joined(row_lines) -> tuple[str, list[int]]:
    """The text of a row's lines without their breaks and indentation, and each character's offset in the document."""
    text, at = [], []
    for ln in row_lines:
        body = ln.text.rstrip()
        lead = len(body) - len(body.lstrip(" \t\u3000")) if text else 0
        for i in range(lead, len(body)):
            text.append(body[i])
            at.append(ln.start + i)
    return "".join(text), at


def _read_labelled(lines, k: int, index: int) -> tuple[TaskTable, int]:
    """The labelled rows from line `k` on, up to the first line that is none; the header is the task column and the
    labels in the order the rows write them."""
    rows = []
    end = lines[k - 1].end if k else 0
    while k < len(lines):
        if not LABELLED_ROW.match(lines[k].text):
            break
        row_lines, after = _row_lines(lines, k)
        row = _labelled_row(*_joined(row_lines))
        if row is None:
            break
        rows.append(row)
        end = row_lines[-1].end
        k = after
    header: list[str] = []
    for _, cells in rows:
        header += [name for name, _ in cells if name not in header]
    table = TaskTable(index, header, start=lines[k - 1].start if rows else 0, end=end if rows else 0,
                      labelled=True)
    for number, cells in rows:
        at = dict(cells)
        end = cells[-1][1].end
        table.rows.append(Row(number, [at.get(name) or Cell(end, end, "") for name in header]))
    return table, k


# What a page break leaves between a table's rows: a page number (`— 5 —`, `- 6 -`, `第3页`, `3/8`).
PAGE_MARK = re.compile(r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})?\s*$")


def _add_table(tables: list[TaskTable], table: TaskTable, text: str) -> None:
    """A header repeated on the next page (a PDF's text) goes on with the table above: same columns, only a
    page number or nothing between, its rows numbered on from the last one."""
    if tables and table.rows and tables[-1].rows and tables[-1].header == table.header:
        last, first = tables[-1].rows[-1].number, table.rows[0].number
        between = text[tables[-1].end:table.start].split("\n")
        if (last.isdecimal() and first.isdecimal() and int(first) == int(last) + 1
                and len(between) <= 4 and all(PAGE_MARK.match(b) for b in between)):
            tables[-1].rows += table.rows
            tables[-1].end = table.end
            return
    table.index = len(tables) + 1
    tables.append(table)


def _continued_row(cells: list[Cell], table: TaskTable, number: str) -> tuple[str, list[Cell]]:
    """(s20) A row whose 序号 and task cells were merged with the row above's and dropped by the reader (`序号 | 工作事项 |
    主要内容 | 牵头单位 | …` over `<主要内容> | <lead> | <co>`): its text is the detail column's, right after the task column,
    which the row above filled; its number and task are that row's (spec 1.1 section 6: the row restates the item the merged
    row names). Else the row as read."""
    tcol = table.task_column()
    width = len(table.header)
    if tcol is None or tcol + 1 >= width or table.role_of(tcol + 1) is not None or TIME_COLUMN.search(table.header[tcol + 1]):
        return number, cells
    above = table.rows[-1]
    k = width - len(cells)  # the merged cells the reader dropped: the leading ones, the task's among them
    if not 1 <= k <= tcol + 1 or len(above.cells) < k or not above.cells[tcol].text.strip():
        return number, cells
    out = list(above.cells[:k]) + list(cells)
    if _kind(out[tcol + 1].text) != "text" or not any(
            table.role_of(c) is not None and _kind(out[c].text) == "organ" for c in range(width)):
        return number, cells
    return above.number, out


def _next_page_row(lines, k: int, table: TaskTable) -> int | None:
    """A page break inside a table whose header the next page does not repeat (a PDF's text: a blank line, `第3页 共5页`
    or `— 3 —`, a blank line): the index of the next page's first row when it goes on with the rows above (cells
    split as theirs, its 序号 the next number), else None."""
    n = k
    while n < len(lines) and n - k < 4 and PAGE_MARK.match(lines[n].text):
        n += 1
    if n == k or n >= len(lines) or not table.rows or not ("|" in lines[n].text or "\t" in lines[n].text):
        return None
    first = CELL_SPLIT.split(lines[n].text.strip().strip("|").strip())[0].strip()
    last = table.rows[-1].number
    ok = first.isdecimal() and last.isdecimal() and int(first) == int(last) + 1
    return n if ok else None


def _stacked_joined_row(lines, k: int, table: TaskTable) -> tuple[list[Cell], int] | None:
    """(s38-assign) A row of a tab or bar table written one cell per line (a DOCX cell that held line breaks, or
    rows copied from a web view between rows copied whole): a line holding only the next 序号, then the row's cells,
    one a line, up to the next row (a separated row or another bare next number) or the table's end. The cells and
    the index after them; None where the lines are not such a row (not the next number, no organ in them)."""
    t = lines[k].text.strip()
    last = table.rows[-1].number if table.rows else "0"
    if not (ROW_NUMBER.match(t) and last.isdecimal() and int(t) == int(last) + 1):
        return None
    width = len(table.header)
    cells: list[Cell] = []
    m = k + 1
    while m < len(lines) and len(cells) < width:
        nxt = lines[m].text.strip()
        if not nxt or "|" in lines[m].text or "\t" in lines[m].text or (ROW_NUMBER.match(nxt) and cells):
            break
        cells.append(Cell(lines[m].start, lines[m].end, lines[m].text))
        m += 1
    if len(cells) < 2 or not any(_kind(c.text) == "organ" for c in cells[1:]):
        return None
    return cells, m


def _line_split(ln, markdown: bool) -> list[Cell]:
    """A tab or bar row's cells, empty ones kept (the columns stay in place). In a Markdown table (`markdown`) a row's
    leading bar opens no cell (`| 1 | … |`); under a header without one (`| | 开展用工对接 | …`, (s14b)) a tab row's empty
    序号 cell is a cell."""
    cells, pos = [], 0
    for part in CELL_SPLIT.split(ln.text):
        at = ln.text.find(part, pos) if part else pos
        cells.append(Cell(ln.start + at, ln.start + at + len(part), part))
        pos = at + len(part)
    if markdown and ln.text.lstrip().startswith("|") and cells and not cells[0].text.strip():
        cells = cells[1:]
    return cells


def _wrapped_cell_row(lines, k: int, cells: list[Cell], table: TaskTable, markdown: bool) -> tuple[list[Cell], int] | None:
    """(s40b-assign) A row of a tab or bar table one of whose cells held a line break (a DOCX cell's long task or organ
    list wrapped by hand, `2<tab>开展工程建设项目审批制度` / `改革<tab>市住建局<tab>市自然资源和规划局`): the row's line is
    short of cells and the next line, with separators of its own but no row number, holds the rest. The wrapped cell is
    the first line's last and the next line's first, one cell over the break, where the two lines' cells add up to the
    header's width. The row's cells and the index of its last line; None where the lines are not so."""
    width = len(table.header) + 1  # (the 序号 cell counted)
    if len(cells) >= width or len(cells) < 2 or k + 1 >= len(lines):
        return None
    nxt = lines[k + 1]
    if not ("|" in nxt.text or "\t" in nxt.text):
        return None
    more = _line_split(nxt, markdown)
    head = more[0].text.strip() if more else ""
    if (not head or ROW_NUMBER.match(head) or JOINED_GROUP_ROW.match(head) or NUMBER_COLUMN.match(head)
            or len(cells) + len(more) - 1 != width or not cells[-1].text.strip() or nxt.start != lines[k].end + 1):
        return None
    here = lines[k]
    joined = Cell(cells[-1].start, more[0].end, here.text[cells[-1].start - here.start:] + "\n"
                  + nxt.text[:more[0].end - nxt.start])
    return cells[:-1] + [joined] + more[1:], k + 1


def _spaced_joined_row(ln, table: TaskTable) -> Row | None:
    """(s38-assign) A row of a tab or bar table whose separators the copy turned to spaces (a PDF's next page, where the
    reader found no table: `6 新增和更新的公交汽车… 市交通委、市财政局，各区政府 每年`): its 序号 the next number, then its
    cells parted by spaces, read as a spaced table's row (_read_spaced); None where the line is not such a row."""
    width = len(table.header)
    toks = _row_tokens(ln.text, width)
    last = table.rows[-1].number if table.rows else ""
    if len(toks) < 3 or not (ROW_NUMBER.match(toks[0][2]) and last.isdecimal() and int(toks[0][2]) == int(last) + 1):
        return None
    if len(toks) - 1 >= width:
        rest = toks[1:]
        cells, at = [], 0
        for g in _partition([w for _, _, w in rest], table, table.task_column() or 0):
            cells.append(Cell(ln.start + rest[at][0], ln.start + rest[at + g - 1][1], ln.text[rest[at][0]:rest[at + g - 1][1]]))
            at += g
    else:
        cells = _align(_unglued_roles(_unglued([Cell(ln.start + a, ln.start + b, w) for a, b, w in toks[1:]], table), table),
                       table)
    if not any(table.role_of(c) is not None and c < len(cells) and _kind(cells[c].text) == "organ" for c in range(width)):
        return None
    return Row(toks[0][2], cells, table.rows[-1].group)


def _read_joined(lines, i: int, names: list[str], index: int) -> tuple[TaskTable, int]:
    """Rows of ` | `/tab cells, one per line, after the header line at `i`."""
    numbered = bool(NUMBER_COLUMN.match(names[0]))
    markdown = lines[i].text.lstrip().startswith("|")  # (a Markdown table: every row opens with a bar)
    table = TaskTable(index, names[1:] if numbered else names, start=lines[i].start, end=lines[i].end)
    group = None
    k = i + 1
    while k < len(lines):
        if not ("|" in lines[k].text or "\t" in lines[k].text or JOINED_GROUP_ROW.match(lines[k].text.strip())):
            stacked = _stacked_joined_row(lines, k, table) if numbered else None
            if stacked is not None:
                cells, m = stacked
                table.rows.append(_merged_cells(Row(lines[k].text.strip(), _align(cells, table), group), table))
                table.end = lines[m - 1].end
                k = m
                continue
            spaced = _spaced_joined_row(lines[k], table) if numbered else None
            if spaced is not None:
                table.rows.append(_merged_cells(spaced, table))
                table.end = lines[k].end
                k += 1
                continue
            nxt = _next_page_row(lines, k, table) if numbered else None
            if nxt is None:
                break
            k = nxt
        ln = lines[k]  # (a group row may have lost its separators: `一、基础设施（共5项）` on a line of its own)
        cells = _line_split(ln, markdown)
        first = cells[0].text.strip() if cells else ""
        if cells and all(MD_RULE.match(c.text) for c in cells):
            table.end = ln.end  # `|---|:---:|`: a Markdown table's rule under its header is no row
            k += 1
            continue
        if numbered and (ROW_NUMBER.match(first) or (first[:1] in SERIAL_PATH_FIRST and _serial_path(first))):
            # ((s20-assign2) a 序号 written as the item's path, `1.2`, `一-（二）`: the row's number as written)
            wrapped = _wrapped_cell_row(lines, k, cells, table, markdown)
            if wrapped is not None:
                cells, k = wrapped
                ln = lines[k]
            table.rows.append(_merged_cells(Row(first, _align(_unglued_roles(cells[1:], table), table), group), table))
        elif len([c for c in cells if c.text.strip()]) == 1 and JOINED_GROUP_ROW.match(first):
            group = first
        elif not numbered or (len(cells) >= 2 and not NUMBER_COLUMN.match(re.sub(r"\s+", "", first))
                              and any(_kind(c.text) == "organ" for c in cells[1:])):
            # (a numbered table's row whose 序号 cell is empty, dropped by the reader: numbered by its place)
            number = str(len(table.rows) + 1)
            if numbered and cells and not first and len(cells) > len(table.header):
                # the empty 序号 cell kept by a tab or bar split: under a merged 序号 (and task) cell the row
                # continues the row above (`\t\t开展用工对接\t<lead>\t<co>`): its number and task are that row's
                cells = _align(cells[1:], table)
                tcol = table.task_column()
                if table.rows and tcol is not None and tcol < len(cells) and not cells[tcol].text.strip():
                    above = table.rows[-1]
                    number = above.number
                    if tcol < len(above.cells):
                        cells[tcol] = above.cells[tcol]
            elif numbered and first and table.rows and len(cells) < len(table.header):
                number, cells = _continued_row(cells, table, number)
            table.rows.append(_merged_cells(Row(number, _align(cells, table), group), table))
        if "|" in ln.text or "\t" in ln.text:
            table.end = ln.end  # (a group row without bars ends nothing: the body's next heading may be one)
        k += 1
    return table, k


MD_RULE = re.compile(r"^\s*:?-+:?\s*$|^\s*$")
# A cell that holds a deadline (`2023年底`, `长期坚持`, `2024年6月前`), and a column that holds one.
DEADLINE_CELL = re.compile(r"^[^，。；]{0,6}(?:\d{4}年|\d{1,2}月|长期|持续|常态|年底|年内|每年|每季度|每月|上半年|下半年)[^，。；]{0,14}$")
TIME_COLUMN = re.compile(r"时限|时间|期限|进度|节点")


def _kind(text: str) -> str:
    t = text.strip()
    if not t:
        return "empty"
    if DEADLINE_CELL.match(t):
        return "date"
    parts = re.split(r"[、，,；;\s]+", t.strip("、，,；; "))
    return "organ" if len(t) <= 80 and _organish(parts[0]) and ORGAN_END.search(parts[-1]) else "text"


def _align(cells: list[Cell], table: TaskTable) -> list[Cell]:
    """A row short of cells (our HTML and DOCX readers drop an empty or merged cell, so the others move
    left): the cells go to the columns their contents fit (a deadline to the time column, organs to role
    columns, the task's words to the task column); where that does not decide, in order, as written.
    The columns left over get an empty cell."""
    width = len(table.header)
    if not cells or len(cells) >= width:
        return cells
    tcol = table.task_column()
    want = []
    for c in range(width):
        if table.role_of(c) is not None:
            want.append("organ")
        elif c == tcol:
            want.append("text")
        elif TIME_COLUMN.search(table.header[c]):
            want.append("date")
        else:
            want.append(None)
    kinds = [_kind(c.text) for c in cells]
    if kinds[-1] == "organ" and [c for c in range(width) if want[c] == "organ"] == [width - 1]:
        # (s25-assign) one role column, the last (an indicator table's `… 属性 责任单位`): the organs that close the row
        # are its cell whichever cell before them the copy lost (`总量（万吨）1186完成省下达目标 约束性 市发展改革委`)
        return cells[:-1] + [Cell(cells[-1].start, cells[-1].start, "")] * (width - len(cells)) + cells[-1:]
    from itertools import combinations
    best, best_score, positional = None, None, None
    # (combinations of the columns the cells fill, in order: the first is the positional reading, left only for
    # a reading that fits clearly better, by two: an organ the kinds miss, `科技部`, must not move a cell)
    for cols in combinations(range(width), len(cells)):
        score = sum(0 if want[c] is None or k == "empty" else (1 if want[c] == k else -1) for c, k in zip(cols, kinds))
        if positional is None:
            positional = score
        if best_score is None or score > best_score:
            best, best_score = cols, score
    if best_score < positional + 2:
        best = tuple(range(len(cells)))
    out, at = [], {c: cell for c, cell in zip(best, cells)}
    for c in range(width):
        out.append(at.get(c) or Cell(cells[-1].end, cells[-1].end, ""))
    return out


def _merged_cells(row: Row, table: TaskTable) -> Row:
    """A lead or responsible cell left empty under a merged cell (written once for several rows, the rows
    below hold nothing there) is the row above's, within the same group; when a row names no organ in any
    role column, all its role cells are the row above's."""
    if not table.rows or table.rows[-1].group != row.group:
        return row
    above = table.rows[-1].cells
    roles = [c for c in range(len(table.header)) if table.role_of(c) is not None]
    empty = [c for c in roles if c >= len(row.cells) or not row.cells[c].text.strip()]
    if not empty or len(row.cells) < len(table.header):
        return row
    none_named = len(empty) == len(roles)
    cells = list(row.cells)
    for c in empty:
        if c < len(above) and above[c].text.strip() and (none_named or table.role_of(c) in ("lead", "responsible")):
            cells[c] = above[c]
    return Row(row.number, cells, row.group)


def _read_stacked(lines, k: int, header: list[str], index: int) -> tuple[TaskTable, int]:
    """One cell per line: each row is its number line and the next len(header) lines."""
    table = TaskTable(index, header, end=lines[k - 1].end)
    group = None
    while k < len(lines):
        t = lines[k].text.strip()
        if _repeated_header(lines, k, header):
            k += 1 + len(header)  # the header repeated on the next page (a PDF's or a print view's text)
            continue
        if GROUP_ROW.match(t) and not _row_no(t):
            group = t  # (inside the table once a row follows: a heading of the body after it is no part of it)
            k += 1
            continue
        if not _row_no(t):
            break
        serial = not ROW_NUMBER.match(t)  # ((s20-assign2) a 序号 written as the item's path, `1.2`, `一-（二）`)
        cells = []
        m = k + 1
        while m < len(lines) and len(cells) < len(header):
            nxt = lines[m].text.strip()
            if (ROW_NUMBER.match(nxt) or (serial and _serial_path(nxt))) and len(cells) >= 1 and _next_is_row(lines, m, header):
                break  # a short row (an empty cell dropped by the copy)
            if len(cells) >= 1 and _repeated_header(lines, m, header):
                break  # a short row before the header repeated on the next page
            cells.append(Cell(lines[m].start, lines[m].end, lines[m].text))
            m += 1
        # a cell wrapped over more lines (a PDF's text): the next row's number (this one's plus one) or a
        # group row comes a few lines later; the surplus lines join the task cell (or a role cell, _partition)
        ahead = m
        while len(cells) == len(header) and ahead < min(len(lines), m + 3):
            nxt = lines[ahead].text.strip()
            if ((ROW_NUMBER.match(nxt) and t.isdecimal() and int(nxt) == int(t) + 1 and _next_is_row(lines, ahead, header))
                    or (GROUP_ROW.match(nxt) and not ROW_NUMBER.match(nxt))):
                if ahead > m:
                    cells += [Cell(ln.start, ln.end, ln.text) for ln in lines[m:ahead]]
                    sizes = _partition([c.text for c in cells], table, table.task_column() or 0)
                    joined, at = [], 0
                    for n in sizes:
                        joined.append(Cell(cells[at].start, cells[at + n - 1].end, " ".join(c.text for c in cells[at:at + n])))
                        at += n
                    cells, m = joined, ahead
                break
            ahead += 1
        table.rows.append(_merged_cells(Row(t, _align(cells, table), group), table))
        table.end = lines[m - 1].end
        k = m
    return table, k


# Columns a task-division table has besides its number, task and role columns.
OTHER_COLUMN = re.compile(r"^(?:完成时限|完成时间|时间节点|时限要求|时限|时间安排|进度安排|备注|责任领导|牵头领导|分管领导|"
                          # county lists: the leader columns by level, other time columns
                          r"(?:牵头|责任|配合|包抓|包保|联系|督办)[县市区镇]?领导|完成期限|推进时限|时间要求|进度要求|"
                          r"责任人|联系人|目标要求|工作目标|预期成效|具体内容|工作要求|"
                          r"年度目标|阶段目标|考核指标|完成标准|时间进度|序时进度|成果形式|督办单位|督导单位|工作标准|目标|"
                          # (s22-assign3) a 重点任务年度目标表: an indicator column and one column per year
                          # (`指标 2022年 2023年 … 牵头单位 配合单位`), its cells the year's figure
                          r"(?:具体|主要|目标|考核|预期)?指标(?:名称|内容)?|计量单位|基期值|基准值|现状值|"
                          # (s25-assign) a 主要指标 table's value and kind columns (`基期值（2017年） 目标值（2020年）
                          # 属性 责任单位`, 属性 约束性/预期性, as 五年规划 and 三年行动计划 tables write them)
                          r"(?:目标|预期|规划|基数|现状)值|(?:指标)?属性|指标类型|"
                          r"(?:19|20)\d\d年(?:度|底|末)?(?:目标(?:值)?|任务|指标)?)$")
TOKEN = re.compile(r"\S+")


UNKNOWN_NOT_COLUMN = re.compile(r"[，。；：:、,;！？\d]")


def _spaced_header(text: str) -> list[str] | None:
    """A header whose cells are separated by spaces only (a PDF or web copy flattened to text):
    `序号 工作任务 牵头单位 配合单位`. Every token must be a column name, the first 序号/编号, and one a
    role column; otherwise the line is prose."""
    names = text.split()
    if names[:2] in (["序", "号"], ["编", "号"]):
        names = [names[0] + names[1]] + names[2:]  # `序 号`: a PDF's spaced-out header cell
    if len(names) < 3 or not NUMBER_COLUMN.match(names[0]) or not _is_role_header(names[1:]):
        return None
    unknown = [n for n in names[1:] if not (TASK_COLUMN.match(_column_name(n)) or OTHER_COLUMN.match(_column_name(n))
                                            or _column_role(n))]
    # a column name we do not know (`工作举措及要求`, a PDF's header cut in two: `完成` over `时限`) is let through
    # beside a task column, when short and no sentence: at most two such
    if unknown and (len(unknown) > 2 or not any(TASK_COLUMN.match(_column_name(n)) for n in names[1:])
                    or any(len(n) > 8 or UNKNOWN_NOT_COLUMN.search(n) for n in unknown)):
        return None
    return names


def _unnumbered_header(text: str) -> list[str] | None:
    """A spaced header without a 序号 column (a county list copied without its number column, or whose
    numbers the copy dropped): `工作任务 牵头单位 配合单位 完成时限`. Every token a known column name, one the
    task column and one a role column; otherwise the line is prose."""
    names = text.split()
    if len(names) < 3 or not _is_role_header(names):
        return None
    if not any(TASK_COLUMN.match(_column_name(n)) for n in names):
        return None
    if any(not (TASK_COLUMN.match(_column_name(n)) or OTHER_COLUMN.match(_column_name(n)) or _column_role(n)) for n in names):
        return None
    return names


def _read_unnumbered(lines, i: int, names: list[str], index: int) -> tuple[TaskTable, int]:
    """Rows of a spaced table without a number column: one row per line, as many tokens as columns (a task
    written with spaces takes the surplus, _partition), every role cell naming an organ (or empty-free); the
    rows are numbered by their place (`表/1`, `表/2`…, as a numbered table's row whose 序号 cell is empty).
    The table ends at the first line that is no such row."""
    table = TaskTable(index, names, start=lines[i].start, end=lines[i].end)
    width = len(table.header)
    tcol = table.task_column() or 0
    roles = [c for c in range(width) if table.role_of(c) is not None]
    k = i + 1
    while k < len(lines):
        ln = lines[k]
        toks = [(t.start(), t.end(), t.group(0)) for t in TOKEN.finditer(ln.text)]
        if len(toks) == width - 1:  # a date glued to the cell before it by the cleaner (`张某某2024年12月`)
            for j in range(len(toks) - 1, 0, -1):
                a, b, w = toks[j]
                cut = next((c.start() for c in HAN_DIGIT.finditer(w) if c.start() > 0), None)
                if cut is not None and DATE_START.match(w, cut):
                    toks[j:j + 1] = [(a, a + cut, w[:cut]), (a + cut, b, w[cut:])]
                    break
        if not toks or len(toks) < width or ROW_NUMBER.match(toks[0][2]) or len(toks) - width > 8:
            break
        groups = _partition([w for _, _, w in toks], table, tcol)
        cells, at = [], 0
        for g in groups:
            cells.append(Cell(ln.start + toks[at][0], ln.start + toks[at + g - 1][1], ln.text[toks[at][0]:toks[at + g - 1][1]]))
            at += g
        if not all(_kind(cells[c].text) == "organ" for c in roles):
            break
        table.rows.append(Row(str(len(table.rows) + 1), cells))
        table.end = ln.end
        k += 1
    return table, k


ROW_START = re.compile(r"\s*(\d{1,3}(?![\d年月日%.．、])|\d{1,2}(?:[.．]\d{1,2}){1,2}(?=\s)|[一二三四五六七八九十]{1,3}[-－—–][（(][一二三四五六七八九十]{1,3}[）)](?=\s))")
# The cleaner drops a space between a Chinese character and a digit (`分公司 2023年底` -> `分公司2023年底`).
HAN_DIGIT = re.compile(r"(?<=\p{Han})(?=\d)")
DATE_START = re.compile(r"\d{4}年|\d{1,2}月")
# (s25-assign) It drops the space after a closing bracket too: an indicator whose unit closes it, then its value
# (`年均浓度（微克/立方米）43 38以下`, `下降（%）16.3`): the value starts after the bracket, not at an earlier year
# inside the indicator (`比2015年下降（%）`).
BRACKET_DIGIT = re.compile(r"(?<=[）)])(?=\d)")


def _row_tokens(text: str, width: int) -> list[tuple[int, int, str]]:
    """The row number and the space-separated cells of a spaced row; a cell glued to a date is split
    at the digit when the row is short of cells."""
    m = ROW_START.match(text)
    if not m:
        return []
    toks = [(m.start(1), m.end(1), m.group(1))] + [(t.start(), t.end(), t.group(0)) for t in TOKEN.finditer(text, m.end(1))]
    if len(toks) - 1 < width:
        toks = _unglued_organs(toks)
    split = [toks[0]]
    for a, b, w in toks[1:]:
        # (at the first such point only: the date itself is one cell, `县住建局2023年12月`); also in a full
        # row when an organ's name runs into a date (`市林业局2023年12月`: organs written with spaces)
        cuts = [c.start() for c in HAN_DIGIT.finditer(w) if c.start() > 0][:1]
        tail = [c.start() for c in HAN_DIGIT.finditer(w) if c.start() > 0 and ORGAN_END.search(w[:c.start()])
                and DEADLINE_CELL.match(w[c.start():])][-1:]
        if tail and cuts and tail != cuts:
            # (s38-assign) a deadline run onto the organs that close the token (`…超过80%市邮政管理局、市公安局2025年`): the
            # token is cut where the organs end and the deadline opens, not at an amount inside the task before them
            cuts = tail
        if len(toks) - 1 < width and ("）" in w or ")" in w):
            cuts = [c.start() for c in BRACKET_DIGIT.finditer(w) if c.start() > 0][-1:] or cuts
        if cuts and (len(toks) - 1 < width or (ORGAN_END.search(w[:cuts[0]]) and DATE_START.match(w, cuts[0]))):
            split += [(a, a + cuts[0], w[:cuts[0]]), (a + cuts[0], b, w[cuts[0]:])]
        else:
            split.append((a, b, w))
    toks = split
    return toks


def _unglued_organs(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(s40-twins) A spaced row short of cells whose cell after the task opens with two organs' names run together
    (`市住房城乡建设局市发展改革委、市生态环境局`: a lead cell and a co cell whose space a PDF's line break took, the
    lead ending its row, the co list opening the next) is cut there: the one point inside its first name where an
    organ's name ends and the next one's level word opens (as `_unglued_roles` cuts a bar row's last cell)."""
    for j in range(2, len(toks)):
        a, b, w = toks[j]
        p = _glued_name_cut(ORGAN_LIST_SEP.split(w)[0])
        if p is not None:
            return toks[:j] + [(a, a + p, w[:p]), (a + p, b, w[p:])] + toks[j + 1:]
    return toks


def _read_spaced(lines, i: int, names: list[str], index: int) -> tuple[TaskTable, int]:
    """Rows `1 推进电商进农村 县商务局 县供销社、县邮政分公司` under a spaced header: the number, then one
    token per column; surplus tokens (a task written with spaces) belong to the task column. A row
    with fewer tokens than columns is left out (which cell is empty cannot be told). A line that
    neither starts with a number nor is a group row is a wrapped cell and is passed over; the
    table ends at the second such line in a row."""
    table = TaskTable(index, names[1:], start=lines[i].start, end=lines[i].end)
    width = len(table.header)
    tcol = table.task_column() or 0
    group = None
    k, stray = i + 1, 0
    while k < len(lines) and stray < 2:
        ln = lines[k]
        toks = _row_tokens(ln.text, width)
        if toks and _row_no(toks[0][2]) and len(toks) - 1 >= width:
            groups = _partition([w for _, _, w in toks[1:]], table, tcol)
            rest = toks[1:]
            cells, at = [], 0
            for g in groups:
                cells.append(Cell(ln.start + rest[at][0], ln.start + rest[at + g - 1][1], ln.text[rest[at][0]:rest[at + g - 1][1]]))
                at += g
            table.rows.append(Row(toks[0][2], cells, group))
            stray = 0
        elif (toks and len(toks) >= 2 and ROW_NUMBER.match(toks[0][2]) and table.rows and table.rows[-1].number.isdigit()
              and int(toks[0][2]) == int(table.rows[-1].number) + 1):
            # a row short of cells (an empty or merged cell dropped by the copy), numbered next: its cells go
            # where their contents fit (_align), a merged lead cell is the row above's (_merged_cells)
            cells = _unglued_roles(_unglued([Cell(ln.start + a, ln.start + b, w) for a, b, w in toks[1:]], table), table)
            table.rows.append(_merged_cells(Row(toks[0][2], _align(cells, table), group), table))
            stray = 0
        elif GROUP_ROW.match(ln.text.strip()) and len(ln.text.split()) == 1:
            group, stray = ln.text.strip(), 0
            k += 1
            continue  # (inside the table once a row follows)
        elif table.rows and stray == 0 and _continues_row(ln, table):
            # a row under merged 序号 and task cells (its tabs turned to spaces, the empty cells gone): the row above's
            # number and task, its own measure and organs (`开展用工对接 市人社局 市工信局`)
            above = table.rows[-1]
            cells = _continued_cells(_line_cells(ln), table, tcol)
            if tcol < len(above.cells):
                cells[tcol] = above.cells[tcol]
            table.rows.append(Row(above.number, cells, group))
        else:
            stray += 1
        if not stray:
            table.end = ln.end
        k += 1
    return table, k - stray


# Between the organs of a role cell: `省教育厅、省人力资源社会保障厅，各设区市人民政府`.
ORGAN_LIST_SEP = re.compile(r"[、，,]")
NO_ORGAN_CHAR = re.compile(r"[\d。；;：:（）()“”]")


def _organ_list(words: str) -> list[str] | None:
    """The organs of `words` when it is a list of organs' names and nothing more, else None."""
    items = ORGAN_LIST_SEP.split(words)
    if all(len(x) <= 20 and _organish(x) and not NO_ORGAN_CHAR.search(x) for x in items):
        return items
    return None


def _unglued(cells: list[Cell], table: TaskTable) -> list[Cell]:
    """(s36-tables) A row short of cells where no cell names organs though the table has role columns: the role cell
    run onto the end of the task cell (a PDF row whose task cell wrapped right before its organ cell, the space between
    them lost with the line break: `7 开展技能培训，提供等级认定服务市卫生健康委、市人力资源社会保障局 持续推进`). The task
    cell is cut where a list of organs' names (ORGAN_START … ORGAN_END, 、-joined) runs to its end: the one such point,
    or the one whose first organ a role cell of the rows above names (`市卫生健康委`, not a task's `…县城建设县住建局`
    read as one organ); four characters of task at least. Else the cells as read."""
    roles = [c for c in range(len(table.header)) if table.role_of(c) is not None]
    if not roles or len(cells) >= len(table.header) or any(_kind(c.text) == "organ" for c in cells):
        return cells
    for j, cell in enumerate(cells):
        w = cell.text
        if _kind(w) != "text":
            continue
        at = [p for p in range(4, len(w) - 2) if not ORGAN_LIST_SEP.match(w[p - 1]) and ORGAN_START.match(w[p:])
              and _organ_list(w[p:])]
        if not at:
            continue
        named = {x for row in table.rows for c in roles if c < len(row.cells)
                 for x in ORGAN_LIST_SEP.split(row.cells[c].text.strip())}
        seen = [p for p in at if _organ_list(w[p:])[0] in named]
        # (s38-assign) else the one point right after a mark or a number (`…占比超过80%市邮政管理局、…`): the task's words
        # end there; a point inside a word (`市绿化市容局` read from its `市容局`) is no cell border
        marked = [p for p in at if not ("\u4e00" <= w[p - 1] <= "\u9fff")]
        p = seen[0] if seen else (at[0] if len(at) == 1 else (marked[0] if len(marked) == 1 else None))
        if p is None:
            return cells
        return cells[:j] + [Cell(cell.start, cell.start + p, w[:p]), Cell(cell.start + p, cell.end, w[p:])] + cells[j + 1:]
    return cells


def _unglued_roles(cells: list[Cell], table: TaskTable) -> list[Cell]:
    """(s36-tables2) A row one cell short in a table with a lead column and a co column side by side at its end
    (`… 牵头单位 配合单位`) whose last cell opens with two organs' names run together (`县财政局县考核办、县住建局`: the
    copy lost the space between the lead cell and the co cell). The cell is cut at the one point inside its first name
    where an organ's name ends and the next one's level word opens (`…局` | `县…`); else the cells as read."""
    h = len(table.header)
    if len(cells) != h - 1 or h < 3 or table.role_of(h - 2) != "lead" or table.role_of(h - 1) not in ("co", "responsible"):
        return cells
    last = cells[-1]
    first = ORGAN_LIST_SEP.split(last.text)[0]
    if _kind(last.text) != "organ":
        return cells
    p = _glued_name_cut(first)
    if p is None:
        return cells
    return cells[:-1] + [Cell(last.start, last.start + p, last.text[:p]), Cell(last.start + p, last.end, last.text[p:])]


def _glued_name_cut(first: str) -> int | None:
    """The one point inside `first` (two organs' names run together, `县财政局县考核办`) where an organ's name ends and the
    next one's level word opens; None where there is no such point or more than one."""
    at = [p for p in range(3, len(first) - 2) if ORGAN_END.search(first[:p]) and _organish(first[:p]) and _organish(first[p:])
          and not ORGAN_END.search(first[:p + 1])]
    return at[0] if len(at) == 1 else None


def _line_cells(ln) -> list[Cell]:
    """A line's space-separated cells, an organ's name run into a date split at the date (`市工信局2021年6月`)."""
    out = []
    for t in TOKEN.finditer(ln.text):
        w, a = t.group(0), t.start()
        cut = next((c.start() for c in HAN_DIGIT.finditer(w) if c.start() > 0), None)
        if cut is not None and ORGAN_END.search(w[:cut]) and DATE_START.match(w, cut):
            out += [Cell(ln.start + a, ln.start + a + cut, w[:cut]), Cell(ln.start + a + cut, ln.start + t.end(), w[cut:])]
        else:
            out.append(Cell(ln.start + a, ln.start + t.end(), w))
    return out


def _continues_row(ln, table: TaskTable) -> bool:
    """A line without a row number, fewer tokens than columns, whose last token (before a deadline) is an organ's
    name and whose tokens are organs but for at most one text cell (the row's own measure): a row under merged cells."""
    toks = [c.text for c in _line_cells(ln)]
    width = len(table.header)
    if not (2 <= len(toks) < width) or ROW_NUMBER.match(toks[0]) or GROUP_ROW.match(toks[0]):
        return False
    kinds = [_kind(t) for t in toks]
    while len(kinds) > 1 and kinds[-1] == "date":  # (a deadline of its own in the time column)
        kinds, toks = kinds[:-1], toks[:-1]
    return kinds[-1] == "organ" and sum(1 for x in kinds if x == "text") <= 1 and _organish(toks[-1])


def _continued_cells(cells: list[Cell], table: TaskTable, tcol: int) -> list[Cell]:
    """The cells of a row under a merged task cell go to the other columns their contents fit (organs to role
    columns, a deadline to the time column, words to a column of neither); of equal fits the rightmost."""
    from itertools import combinations
    width = len(table.header)
    want = ["organ" if table.role_of(c) is not None else ("date" if TIME_COLUMN.search(table.header[c]) else "text")
            for c in range(width)]
    kinds = [_kind(c.text) for c in cells]
    best, best_score = None, None
    for cols in combinations([c for c in range(width) if c != tcol], len(cells)):
        score = sum(1 if want[c] == k else -1 for c, k in zip(cols, kinds))
        if best_score is None or score >= best_score:
            best, best_score = cols, score
    at = dict(zip(best or (), cells))
    return [at.get(c) or Cell(cells[-1].end, cells[-1].end, "") for c in range(width)]


# The end of an organ's name: a token so ending, beyond the task cell, is an organ of a role column. (s36-tables) 联: the mass
# organisations written short (`县妇联`, `市残联`, `省工商联`).
ORGAN_END = re.compile(r"(?:局|委|厅|办|办公室|部|院|中心|政府|公司|站|所|社|队|会|组|处|馆|分局|街道|乡镇|各镇|各村|团|联)$")


# An organ's name opens with its level or a collective word (`县农业农村局`, `市委网信办`, `各乡镇人民政府`,
# `国家税务总局…`, `中共…`); a task's words ending like one (`推进政务服务一网通办`) do not.
ORGAN_START = re.compile(r"^(?:[省市州盟县区旗镇乡]|街道|各|国家|国务院|中国|中央|最高人民|全国|中共|共青团|自治区|团[县市区]委|[县市区]直)")


def _organish(word: str) -> bool:
    w = word.strip()
    return len(w) <= 40 and bool(ORGAN_START.match(w)) and bool(ORGAN_END.search(w))


def _wrapped_organs(pieces: list[str]) -> bool:
    """The pieces joined without a break are a list of organs (each item `_organish`), while some piece alone is not."""
    items = [w for w in re.split(r"[、，,；;\s]+", "".join(p.strip() for p in pieces)) if w]
    return bool(items) and all(_organish(w) for w in items) and not all(_organish(p) for p in pieces)


def _partition(words: list[str], table: TaskTable, tcol: int) -> list[int]:
    """How many of a row's pieces (space-separated tokens, or lines of a one-cell-per-line copy) each
    column takes when there are more pieces than columns: a wrapped or spaced task cell takes the
    surplus, except organs written with spaces in a role cell (`县农业农村局 县自然资源局`), which stay
    in that cell (a piece ending like an organ's name is none of the task's words)."""
    width = len(table.header)
    extra = len(words) - width
    default = [1] * width
    if extra <= 0 or tcol >= width:
        return default
    default[tcol] += extra
    roles = [c for c in range(width) if table.role_of(c) is not None]
    if extra > 8 or len(roles) > 4:
        return default  # (a task written word by word: the shares would be too many to weigh)
    organish = [_organish(w) for w in words]
    best, best_cost = default, None
    # every share of the surplus between the task column and the role columns
    cols = [tcol] + roles

    def shares(n, k):
        if k == 1:
            yield (n,)
            return
        for a in range(n + 1):
            for rest in shares(n - a, k - 1):
                yield (a,) + rest

    for share in shares(extra, len(cols)):
        sizes = [1] * width
        for c, a in zip(cols, share):
            sizes[c] += a
        cost, at = 0, 0
        for c, n in enumerate(sizes):
            piece = organish[at:at + n]
            if c in roles:
                # a role cell of words that are no organs; (s40-organs) pieces that read as organs only together (a name
                # wrapped over two lines, `…各市（区）人民` and `政府`) are the one cell they were before the copy broke it
                cost += 0 if n > 1 and _wrapped_organs(words[at:at + n]) else sum(1 for o in piece if not o)
            elif c == tcol:
                cost += sum(1 for o in piece[1:] if o)  # a task cell running on into organs
            at += n
        if best_cost is None or cost < best_cost:
            best, best_cost = sizes, cost
    return best


def _repeated_header(lines, m: int, header: list[str]) -> bool:
    """A one-cell-per-line header again at `m` (序号, then the table's column names, line by line): a page break."""
    if not NUMBER_COLUMN.match(re.sub(r"\s+", "", lines[m].text)) or m + len(header) >= len(lines):
        return False
    return all(re.sub(r"\s+", "", lines[m + 1 + j].text) == h for j, h in enumerate(header))


def _stacked_below(lines, k: int, header: list[str]) -> bool:
    """Under a one-line header, the first row is a line holding only its number followed by single-cell lines
    (no line among the next len(header) holding as many space-separated cells as the header has columns)."""
    if k >= len(lines) or not ROW_NUMBER.match(lines[k].text.strip()) or not _next_is_row(lines, k, header):
        return False
    cells = lines[k + 1:k + 1 + len(header)]
    return len(cells) >= 2 and all(len(c.text.split()) < len(header) for c in cells)


def _next_is_row(lines, m: int, header: list[str]) -> bool:
    """A number line followed by a cell: the next row starts here."""
    return m + 1 < len(lines) and not ROW_NUMBER.match(lines[m + 1].text.strip())


# (s17-table2) How a row's task cell restates its body item besides by its heading or a part of it (spec 1.1
# section 6: "by number or heading"): the item's number written before the words (`（三）政务数据共享共用`,
# `17．互联网应用适老化改造`, `3.鼓励…`), and a heading whose list of examples the cell leaves out (`支持银行、保险、
# 证券等金融行业拓展…` restated as `支持金融行业拓展…`).
CELL_ITEM_NUMBER = re.compile(r"^\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、．.](?!\d)|"
                              r"\d{1,3}\s*(?:[．、]|\.(?!\d)))\s*")
# What a cell leaves out of the heading: a list of two or more members joined by 、 and closed by 等 (no clause end).
ELIDED_LIST = re.compile(r"[^，,。；;：:]{1,12}(?:、[^，,。；;：:、]{1,12})+等")


def cell_words(cell: str) -> str:
    """A task cell without the item number it opens with (`（三）`, `17．`, `3.`, `一、`)."""
    m = CELL_ITEM_NUMBER.match(cell)
    return cell[m.end():] if m and m.end() < len(cell) else cell


def restates_elided(cell: str, heading: str) -> bool:
    """The cell is the heading (or its first part) with one list of examples left out: two pieces of the heading
    of two characters or more each, in order, with only `X、Y…等` between them."""
    return elided_restated(elision_cell(cell), elision_heading(heading))


def elision_cell(cell: str) -> str:
    """The cell as `restates_elided` compares it: no white space, no closing stop."""
    return re.sub(r"\s+", "", cell).rstrip("。；;")


def elision_heading(heading: str) -> str:
    """The heading as `restates_elided` compares it: no white space."""
    return re.sub(r"\s+", "", heading)


def elided_restated(c: str, h: str) -> bool:
    """`restates_elided` of a cell and a heading already read by `elision_cell` and `elision_heading` (a table's rows
    are compared with every heading of the document: each string is read once, not once per pair)."""
    if len(c) < 6 or "、" not in h or "等" not in h:
        return False
    for p in range(2, len(c) - 1):
        a, b = c[:p], c[p:]
        i = h.find(a)
        while i >= 0:
            k = h.find(b, i + len(a) + 2)
            while k >= 0:
                if ELIDED_LIST.fullmatch(h, i + len(a), k):
                    return True
                k = h.find(b, k + 1)
            i = h.find(a, i + 1)
    return False


# ---------------------------------------------------------------- (s20-assign2) a row's item numbers (guide S20 R13)
# A row links to a body item by the item's NUMBER written in the row (spec 1.1 section 6, "by number or heading"):
# the 任务 cell opens with it (`（二）`, `一（二）`, `二、（三）`, `一-（二）`, `3.`, `第3项`, `（二）（三）` for two items), or the
# 序号 is written as the item's own path (`1.2`, `一-（二）`) where the table's numbering mirrors the body's. A plain
# 序号 (`1`, `2`…) is the row's number, never the item's; numbers inside the words (`2.5万亩`, `2023年`, `第一批`) are none.
_CN = r"[一二三四五六七八九十]{1,3}"
_BR = rf"[（(]\s*(?:{_CN}|\d{{1,2}})\s*[）)]"
# `第3项`, `第二、三项`, `第2项和第5项`
REF_NTH = re.compile(rf"^\s*第\s*(\d{{1,2}}|{_CN})\s*项?((?:\s*(?:[、，,和及]|、第|和第|及第)\s*(?:\d{{1,2}}|{_CN})\s*项?)*)\s*项")
# `第三条`, `第五条、第六条`: articles, their tokens as written (spec §4)
REF_ARTICLE = re.compile(rf"^\s*(第{_CN}条)((?:\s*[、，,和及]\s*第{_CN}条)*)")
# `一（二）`, `二、（三）`, `一-（二）`, `一（一）（三）`, `（二）`, `（二）、（三）`
REF_PATH = re.compile(rf"^\s*(?:({_CN})\s*(?:[、．.](?!\d)|[-－—–/]\s*)?\s*(?=[（(]))?((?:{_BR})(?:\s*[、，,和及]?\s*{_BR})*)")
# `3.`, `3．`, `3、` opening the cell (not `2.5`, not `3、5月`)
REF_ARABIC = re.compile(r"^\s*(\d{1,2})\s*(?:[．、](?![\d月日])|\.(?!\d))")
# `一、` opening the cell: the top item
REF_TOP = re.compile(rf"^\s*({_CN})\s*(?:、|[．.](?!\d))(?![一二三四五六七八九十])")  # (not `一、二季度`, `三、四月`)
# a 序号 written as a path: `1.2`, `2.1.3`, `一-（二）`, `一（二）`, `二、（三）`
SERIAL_DECIMAL = re.compile(r"^\s*(\d{1,2}(?:[.．]\d{1,2}){1,2})\s*$")
SERIAL_PATH = re.compile(rf"^\s*{_CN}\s*(?:[、．.]|[-－—–/])?\s*{_BR}\s*$")
_BR_ONE = re.compile(rf"[（(]\s*({_CN}|\d{{1,2}})\s*[）)]")


SERIAL_PATH_FIRST = set("0123456789一二三四五六七八九十")


def _serial_path(cell: str) -> bool:
    return bool(SERIAL_DECIMAL.match(cell) or SERIAL_PATH.match(cell))


def _row_no(cell: str) -> bool:
    """A row's 序号: a plain number, or (s20-assign2) the item's path (`1.2`, `一-（二）`)."""
    return bool(ROW_NUMBER.match(cell)) or (cell[:1] in SERIAL_PATH_FIRST and _serial_path(cell))


def _bracket(tok: str) -> str:
    return f"({tok})"


def item_refs(cell: str, serial: bool = False) -> list[tuple[str, list]]:
    """The item numbers a row writes, as (kind, tokens): `path` (a path from the top, style as written: ['一', '(二)']),
    `tail` (the last tokens of a path: ['(二)'], ['3'], ['一']), `nth` ([3]: the item so numbered in any style),
    `values` ([1, 2]: a decimal 序号, by value at each level). `serial`: the cell is the 序号 (only a path counts).
    A cell whose own words go on into a list of the same numbers (`（1）开展…；（2）开展…`) names no item by them."""
    from ..numbers import cn_to_int
    c = cell.strip()
    if serial:
        m = SERIAL_DECIMAL.match(c)
        if m:
            return [("values", [int(x) for x in re.split(r"[.．]", m.group(1))])]
        if SERIAL_PATH.match(c):
            m = REF_PATH.match(c)
            if m and m.group(1):
                return [("path", [m.group(1), _bracket(b)]) for b in _BR_ONE.findall(m.group(2))]
        return []
    m = REF_NTH.match(c)
    if m:
        nums = [m.group(1)] + re.findall(rf"\d{{1,2}}|{_CN}", m.group(2) or "")
        return [("nth", [int(n) if n.isdigit() else cn_to_int(n)]) for n in nums]
    m = REF_ARTICLE.match(c)
    if m:
        return [("tail", [a]) for a in [m.group(1)] + re.findall(rf"第{_CN}条", m.group(2) or "")]
    m = REF_PATH.match(c)
    if m:
        brs = [_bracket(b) for b in _BR_ONE.findall(m.group(2))]
        rest = c[m.end():]
        if _BR_ONE.search(rest):
            return []  # (the cell's own list: `（1）开展培训；（2）统防统治`)
        if m.group(1):
            return [("path", [m.group(1), b]) for b in brs]
        return [("tail", [b]) for b in brs]
    m = REF_ARABIC.match(c)
    if m:
        if re.search(r"(?:^|[；;。，,\s])\d{1,2}\s*(?:[．、](?![\d月日])|\.(?!\d))", c[m.end():]):
            return []  # (`1.制定方案；2.组织实施`: the cell's own list)
        return [("tail", [m.group(1)])]
    m = REF_TOP.match(c)
    if m and not REF_TOP.search(c[m.end():]):
        return [("tail", [m.group(1)])]
    return []
