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
    (re.compile(r"^(?:(?:责任)?(?:配合|参与|协办|协助|协同)(?:责任|落实)?(?:单位|部门)|配合)$"), "co"),
    (re.compile(r"^(?:(?:主要|主体|第一)?责任(?:单位|部门|主体)|主责(?:单位|部门)|承办(?:单位|部门)|实施(?:单位|部门)|指导部门|负责(?:单位|部门))$"),
     "responsible"),
)
TASK_COLUMN = re.compile(r"^(?:(?:重点|主要|工作|具体)?任务(?:名称|内容)?|工作(?:内容|事项|措施)|改革举措|具体措施|目标任务|重点工作|"
                         r"主要内容|举措|事项|措施|项目)$")
NUMBER_COLUMN = re.compile(r"^(?:序号|编号)$")
CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")
ROW_NUMBER = re.compile(r"^\d{1,3}$")
GROUP_ROW = re.compile(r"^[一二三四五六七八九十]+、")


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

    def role_of(self, column: int) -> str | None:
        role = _column_role(self.header[column]) if column < len(self.header) else None
        if role == "responsible" and any(_column_role(h) == "lead" for h in self.header):
            # `牵头单位 | 责任单位`: once a lead is named the organs of the other column are co (spec 1.1
            # section 6), as in a label pair `牵头单位：A，责任单位：B` (docs/decisions/assignments-s8.md)
            return "co"
        return role

    def task_column(self) -> int | None:
        for i, name in enumerate(self.header):
            if TASK_COLUMN.match(re.sub(r"\s+", "", name)):
                return i
        return 0 if self.header else None


def _column_role(header: str) -> str | None:
    name = re.sub(r"\s+", "", header)
    for pattern, role in ROLE_COLUMNS:
        if pattern.match(name):
            return role
    return None


def _header_cells(text: str) -> list[str]:
    return [c for c in (re.sub(r"\s+", "", x) for x in CELL_SPLIT.split(text)) if c]


def _is_role_header(names: list[str]) -> bool:
    return any(pattern.match(n) for n in names for pattern, _ in ROLE_COLUMNS)


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
        if len(names) >= 3 and joined and _is_role_header(names):
            table, i = _read_joined(lines, i, names, len(tables) + 1)
            tables.append(table)
            continue
        if not joined and "号" in ln.text and ("单位" in ln.text or "部门" in ln.text):
            spaced = _spaced_header(ln.text)
            if spaced:
                table, i = _read_spaced(lines, i, spaced, len(tables) + 1)
                tables.append(table)
                continue
        if "号" in ln.text and NUMBER_COLUMN.match(re.sub(r"\s+", "", ln.text)):
            run = []
            k = i + 1
            while k < len(lines) and len(lines[k].text) <= 12 and not ROW_NUMBER.match(lines[k].text.strip()) \
                    and not GROUP_ROW.match(lines[k].text) and len(run) < 8:
                run.append(re.sub(r"\s+", "", lines[k].text))
                k += 1
            if len(run) >= 2 and _is_role_header(run):
                table, i = _read_stacked(lines, k, run, len(tables) + 1)
                tables.append(table)
                continue
        i += 1
    return tables


def _read_joined(lines, i: int, names: list[str], index: int) -> tuple[TaskTable, int]:
    """Rows of ` | `/tab cells, one per line, after the header line at `i`."""
    numbered = bool(NUMBER_COLUMN.match(names[0]))
    table = TaskTable(index, names[1:] if numbered else names)
    group = None
    k = i + 1
    while k < len(lines) and ("|" in lines[k].text or "\t" in lines[k].text or GROUP_ROW.match(lines[k].text.strip())):
        ln = lines[k]  # (a group row may have lost its separators: `一、基础设施（共5项）` on a line of its own)
        cells, pos = [], 0
        for part in CELL_SPLIT.split(ln.text):
            at = ln.text.find(part, pos) if part else pos
            cells.append(Cell(ln.start + at, ln.start + at + len(part), part))
            pos = at + len(part)
        cells = [c for c in cells if c.text.strip() or True]
        if ln.text.lstrip().startswith("|") and cells and not cells[0].text.strip():
            cells = cells[1:]  # `| 1 | … |`: a markdown row's leading bar opens no cell
        first = cells[0].text.strip() if cells else ""
        if numbered and ROW_NUMBER.match(first):
            table.rows.append(Row(first, cells[1:], group))
        elif len([c for c in cells if c.text.strip()]) == 1 and GROUP_ROW.match(first):
            group = first
        elif not numbered:
            table.rows.append(Row(str(len(table.rows) + 1), cells, group))
        k += 1
    return table, k


def _read_stacked(lines, k: int, header: list[str], index: int) -> tuple[TaskTable, int]:
    """One cell per line: each row is its number line and the next len(header) lines."""
    table = TaskTable(index, header)
    group = None
    while k < len(lines):
        t = lines[k].text.strip()
        if GROUP_ROW.match(t) and not ROW_NUMBER.match(t):
            group = t
            k += 1
            continue
        if not ROW_NUMBER.match(t):
            break
        cells = []
        m = k + 1
        while m < len(lines) and len(cells) < len(header):
            nxt = lines[m].text.strip()
            if ROW_NUMBER.match(nxt) and len(cells) >= 1 and _next_is_row(lines, m, header):
                break  # a short row (an empty cell dropped by the copy)
            cells.append(Cell(lines[m].start, lines[m].end, lines[m].text))
            m += 1
        table.rows.append(Row(t, cells, group))
        k = m
    return table, k


# Columns a task-division table has besides its number, task and role columns.
OTHER_COLUMN = re.compile(r"^(?:完成时限|完成时间|时间节点|时限要求|时限|时间安排|进度安排|备注|责任领导|牵头领导|分管领导|"
                          # county lists: the leader columns by level, other time columns
                          r"(?:牵头|责任|配合|包抓|包保|联系|督办)[县市区镇]?领导|完成期限|推进时限|时间要求|进度要求|"
                          r"责任人|联系人|目标要求|工作目标|预期成效|具体内容|工作要求)$")
TOKEN = re.compile(r"\S+")


def _spaced_header(text: str) -> list[str] | None:
    """A header whose cells are separated by spaces only (a PDF or web copy flattened to text):
    `序号 工作任务 牵头单位 配合单位`. Every token must be a column name, the first 序号/编号, and one a
    role column; otherwise the line is prose."""
    names = text.split()
    if len(names) < 3 or not NUMBER_COLUMN.match(names[0]) or not _is_role_header(names[1:]):
        return None
    if not all(TASK_COLUMN.match(n) or OTHER_COLUMN.match(n) or any(p.match(n) for p, _ in ROLE_COLUMNS)
               for n in names[1:]):
        return None
    return names


ROW_START = re.compile(r"\s*(\d{1,3})(?![\d年月日%.．、])")
# The cleaner drops a space between a Chinese character and a digit (`分公司 2023年底` -> `分公司2023年底`).
HAN_DIGIT = re.compile(r"(?<=\p{Han})(?=\d)")


def _row_tokens(text: str, width: int) -> list[tuple[int, int, str]]:
    """The row number and the space-separated cells of a spaced row; a cell glued to a date is split
    at the digit when the row is short of cells."""
    m = ROW_START.match(text)
    if not m:
        return []
    toks = [(m.start(1), m.end(1), m.group(1))] + [(t.start(), t.end(), t.group(0)) for t in TOKEN.finditer(text, m.end(1))]
    if len(toks) - 1 < width:
        split = [toks[0]]
        for a, b, w in toks[1:]:
            # (at the first such point only: the date itself is one cell, `县住建局2023年12月`)
            cuts = [a] + [a + c.start() for c in HAN_DIGIT.finditer(w) if c.start() > 0][:1] + [b]
            split += [(x, y, text[x:y]) for x, y in zip(cuts, cuts[1:])]
        toks = split
    return toks


def _read_spaced(lines, i: int, names: list[str], index: int) -> tuple[TaskTable, int]:
    """Rows `1 推进电商进农村 县商务局 县供销社、县邮政分公司` under a spaced header: the number, then one
    token per column; surplus tokens (a task written with spaces) belong to the task column. A row
    with fewer tokens than columns is left out (which cell is empty cannot be told). A line that
    neither starts with a number nor is a group row is a wrapped cell and is passed over; the
    table ends at the second such line in a row."""
    table = TaskTable(index, names[1:])
    width = len(table.header)
    tcol = table.task_column() or 0
    group = None
    k, stray = i + 1, 0
    while k < len(lines) and stray < 2:
        ln = lines[k]
        toks = _row_tokens(ln.text, width)
        if toks and ROW_NUMBER.match(toks[0][2]) and len(toks) - 1 >= width:
            rest = toks[1:]
            extra = len(rest) - width
            merged = rest[:tcol] + [(rest[tcol][0], rest[tcol + extra][1], None)] + rest[tcol + extra + 1:]
            cells = [Cell(ln.start + a, ln.start + b, ln.text[a:b]) for a, b, _ in merged]
            table.rows.append(Row(toks[0][2], cells, group))
            stray = 0
        elif toks and GROUP_ROW.match(ln.text.strip()) and len(toks) == 1:
            group, stray = ln.text.strip(), 0
        else:
            stray += 1
        k += 1
    return table, k - stray


def _next_is_row(lines, m: int, header: list[str]) -> bool:
    """A number line followed by a cell: the next row starts here."""
    return m + 1 < len(lines) and not ROW_NUMBER.match(lines[m + 1].text.strip())
