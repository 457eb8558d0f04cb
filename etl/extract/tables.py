"""Pure: the tables of a normalised text -> cells with their row label, column header and offsets.

Two layouts are read:
  - pipe tables (`| 指标 | 单位 | 2023年计划 | 2023年完成 |`, a `| --- |` line optional);
  - the one-cell-per-line layout of statistics bulletins and plan annexes: a line `指标` (or
    `指标名称`), then one line per column header, then for each row its label and one line per cell.
Knows nothing about indicators: classify.py decides what each cell measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_NUMBER_CELL = re.compile(r"^\s*(-?\d+(?:\.\d+)?)(?:\s*(?:-|~|–|—|至)\s*(-?\d+(?:\.\d+)?))?\s*(%)?\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")
_HEADER_START = re.compile(r"^\s*(?:主要|二\s*级\s*)?指\s*标(?:名\s*称)?\s*$")
_UNIT_IN_HEADER = re.compile(r"[(\[]\s*([^()\[\]]{1,8})\s*[)\]]")
MAX_COLUMNS = 12
_UNIT_HEADERS = ("单位", "计量单位")   # the header of a column of units
_EMPTY_MARKS = r"-|—|–|…|/|\*"   # what a table puts in a cell that holds nothing


@dataclass(frozen=True)
class Cell:
    label: str            # the row's label (first column)
    label_start: int
    header: str           # the column's header text
    value: float
    value_high: float | None
    unit: str             # from a unit column, the header's brackets or a % in the cell; "" when none
    start: int            # offsets of the cell's text in the document
    end: int
    title: str            # the nearest line above the table (its title), "" when none
    beside: str = ""      # a growth column's: the header of the value column it belongs to
    hedge: str = ""       # a hedge word after the number in the cell (7左右), one of the caller's suffixes


def parse_number_cell(text: str) -> tuple[float, float | None, bool] | None:
    m = _NUMBER_CELL.match(text)
    if not m:
        return None
    lo = float(m.group(1))
    hi = float(m.group(2)) if m.group(2) else None
    if hi is not None and hi <= lo:
        return None
    return lo, hi, bool(m.group(3))


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _title_above(lines: list[tuple[int, str]], i: int) -> str:
    for _, line in reversed(lines[max(0, i - 3):i]):
        if line.strip() and not _is_pipe_row(line):
            return line.strip()
    return ""


def _unit_of(header: str, unit_cell: str, percent: bool, label: str = "", section: str = "") -> str:
    """A cell's unit: a % in it, the unit column, the column header's brackets, else the row label's
    (地区生产总值(亿元)), else its section row's or table's (财政(亿元), 单位:亿元); a growth column's own %
    wins over the unit column's, the label's, the section's and the table's unit."""
    if percent:
        return "%"
    m = _UNIT_IN_HEADER.search(header)
    if _RATE_HEADER.search(header) and unit_cell.strip():
        return m.group(1).strip() if m else "%"   # 同比增长% beside a unit column of 亿元
    if unit_cell.strip():
        return unit_cell.strip()
    if m is None and not _RATE_HEADER.search(header):
        m = _UNIT_IN_HEADER.search(label)
        if m is None:
            return section
    return m.group(1).strip() if m else ""


_RATE_HEADER = re.compile(r"增长|增速|增幅|同比|比上年|%")   # a growth column: the label's unit is not its own


def _is_pipe_row(line: str) -> bool:
    """A row of a pipe table: `| a | b |`, or `a | b | c` without the leading bar (two bars at least)."""
    return line.lstrip().startswith("|") or line.count("|") >= 2


def _pipe_cells(row: str, row_start: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of each cell of a `| a | b |` line (or `a | b |`), offsets into the document."""
    cells, pos = [], (row.index("|") + 1 if row.lstrip().startswith("|") else 0)
    while True:
        nxt = row.find("|", pos)
        if nxt < 0:
            break
        raw = row[pos:nxt]
        lead = len(raw) - len(raw.lstrip())
        cells.append((raw.strip(), row_start + pos + lead, row_start + pos + lead + len(raw.strip())))
        pos = nxt + 1
    return cells


def _sub_header(header: list[str], sub: list[str], width: int | None = None) -> list[str] | None:
    """A second header row under cells spanning several columns (上半年完成情况 over 绝对值 | 增幅): its words
    fill, in order, the columns from the last named header cell through the empty ones after it, or, when the
    rows below are `width` cells wide, the columns of the one header cell that names the outcome (完成情况 over
    增幅 | 绝对值 | 评价, then 全市排名); None when the row is not of that shape."""
    words = [w for w in sub if w]
    named = [k for k, h in enumerate(header) if h]
    if not words or not named or any(parse_number_cell(w) or _number_with_unit(w) for w in words):
        return None
    last = named[-1]
    span = len(header) - last
    if len(words) == span and span >= 2:
        return header[:last] + [f"{header[last]} {w}" for w in words]
    heads = [h for h in header if h]
    done = [k for k, h in enumerate(heads) if _DONE_HEAD.search(h)]
    if len(words) < 2 or width != len(heads) - 1 + len(words) or len(done) != 1:
        return None
    k = done[0]
    return heads[:k] + [f"{heads[k]} {w}" for w in words] + heads[k + 1:]


# the header cell of what was done (完成情况, 实绩, 执行情况): the one a second header row's words fall under
_DONE_HEAD = re.compile(r"完成|实绩|实际|执行")


def _width(cells: list[tuple[str, int, int]]) -> int:
    """The cells of a row up to its last one that holds anything (a row's trailing bars add empty ones)."""
    return max((k + 1 for k, c in enumerate(cells) if c[0]), default=0)


def _typed(header: list[str]) -> bool:
    """The table's first column holds indicator types (属性: 预期性, 约束性), not the indicators' names."""
    return bool(header) and bool(_TEXT_COLUMN.match(header[0])) and header[0] != "单位"


def _typed_row(header: list[str], cells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A row under a first column of indicator types whose type cell is left out because it spans the rows of
    its group: an empty cell in its place, so each value stays under its own header."""
    if _typed(header) and cells and not _TYPE_CELL.match(cells[0][0]):
        return [("", cells[0][1], cells[0][1]), *cells]
    if header and _LEAD_HEADER.match(header[0]) and cells and _width(cells) == len([h for h in header if h]) - 1:
        return [("", cells[0][1], cells[0][1]), *cells]   # 一级指标 | 二级指标 | …, a row under the group's cell left out
    return cells


# a cell's number followed by its unit (1248.3亿元, 37602元): the unit is the cell's own
_NUMBER_UNIT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,3})\s*$")


def _number_with_unit(text: str) -> tuple[float, str] | None:
    m = _NUMBER_UNIT.match(text)
    return (float(m.group(1)), m.group(2)) if m else None


# a row's label that is a year (2018年 | 20363.19 | 6): the table runs its years down, its indicators across
YEAR_LABEL = re.compile(r"^\s*((?:19|20)\d\d)\s*年?\s*$")
_RANK_FIRST = re.compile(r"^\s*(?:\S{0,6}排名|\S{0,6}排行|位次|序号)\s*$")
_BARE_GROWTH = re.compile(r"^\s*(?:增速|增长|增幅|同比增长|比上年增长)")
_BLANK_CELL = re.compile(rf"^\s*(?:{_EMPTY_MARKS})?\s*$")   # an empty cell, or a mark that stands for none


def _unrolled(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines, with a table flattened into one line (年份 | GDP(亿元) | 增速(%) | 2018年 | 20363.19 | 6 | 2017年 | …)
    cut into its header and rows, each a slice of the text at its own offset, when every later row is as wide as
    the header and each column holds numbers in every row or in none."""
    out = []
    for start, line in lines:
        cells = _pipe_cells(line, start) if line.count("|") >= 8 else []
        width = next((k for k, c in enumerate(cells) if parse_number_cell(c[0]) or YEAR_LABEL.match(c[0])), 0)
        rows = [cells[k:k + width] for k in range(width, len(cells), width)] if width >= 2 else []
        if len(rows) < 2 or len(rows[-1]) < width or not all(_column_alike([r[j][0] for r in rows]) for j in range(width)):
            out.append((start, line))
            continue
        out.append((start, ""))   # whatever table the lines above held ends here
        for part in [cells[:width], *rows]:
            a, b = part[0][1] - start, line.find("|", part[-1][2] - start) + 1
            out.append((start + a, line[a:b]))
    return out


def _column_alike(texts: list[str]) -> bool:
    """A column's cells are numbers (or blanks) in every row, or words in every row."""
    numbers = [bool(parse_number_cell(t)) for t in texts if not _BLANK_CELL.match(t)]
    return bool(numbers) and (all(numbers) or not any(numbers))


def _pipe_tables(lines: list[tuple[int, str]]) -> list[Cell]:
    out: list[Cell] = []
    i = 0
    while i < len(lines):
        # a table is two pipe rows or more; a lone line with bars is a menu or a caption
        if not (_is_pipe_row(lines[i][1]) and i + 1 < len(lines) and _is_pipe_row(lines[i + 1][1])):
            i += 1
            continue
        title = _title_above(lines, i)
        header = [c[0] for c in _pipe_cells(lines[i][1], lines[i][0])][:MAX_COLUMNS]
        unit_col = next((k for k, h in enumerate(header) if h in _UNIT_HEADERS), None)
        i += 1
        first = True
        while i < len(lines) and _is_pipe_row(lines[i][1]):
            start, row = lines[i]
            i += 1
            if _SEPARATOR.match(row):
                continue
            cells = _pipe_cells(row, start)[:MAX_COLUMNS]
            below = _pipe_cells(lines[i][1], lines[i][0]) if first and i < len(lines) and _is_pipe_row(lines[i][1]) else []
            merged = _sub_header(header, [c[0] for c in cells], _width(below) or None) if first else None
            first = False
            if merged is not None:
                header = merged
                continue
            cells = _typed_row(header, cells)
            if len(cells) < 2:
                continue
            typed = _typed(header)
            # 排名 | 区域 | …, 一级指标 | 二级指标 | …: a rank or a group first, the row's name in the second cell
            ranked = bool(header) and bool(_RANK_FIRST.match(header[0]) or _LEAD_HEADER.match(header[0]))
            label, label_start, _ = cells[1 if (typed or ranked) and len(cells) > 2 else 0]
            unit_cell = cells[unit_col][0] if unit_col is not None and unit_col < len(cells) else ""
            for k, (text, a, b) in enumerate(cells[1:], start=1):
                if k == unit_col or k >= len(header) or ((typed or ranked) and k == 1) or _RANK_HEADER.search(header[k]):
                    continue
                parsed = parse_number_cell(text)
                with_unit = None if parsed else _number_with_unit(text)
                # a bare growth column (GDP(亿元) | 增速(%), 2018年GDP | 增速): the growth of the column before
                beside = header[k - 1] if k > 1 and _BARE_GROWTH.match(header[k]) else ""
                if parsed:
                    out.append(Cell(label, label_start, header[k], parsed[0], parsed[1],
                                    _unit_of(header[k], unit_cell, parsed[2], label), a, b, title, beside))
                elif with_unit:
                    out.append(Cell(label, label_start, header[k], with_unit[0], None, with_unit[1], a, b, title))
    return out


_HEADER_WORDS = re.compile(r"单位|\d{4}年|目标|计划|预期|完成|实际|执行|增长|增速|增幅|绝对值|绝对数|比上年|同比|总量|"
                           r"数值|金额|属性|排名|位次|排位|%|[(\[]|^(?:上半年|前三季度|第?一季度|全年|1?[-—至]?\d{1,2}月)$")
# a column of ranks (全省排名, 位次): its numbers are places in a league, not figures
_RANK_HEADER = re.compile(r"排名|位次|排位")
_TEXT_COLUMN = re.compile(r"^(?:单位|计量单位|属性|指标属性|指标性质|性质|类型|备注|责任(?:部门|单位)|牵头(?:部门|单位))$")   # cells that are words
# a target column's cell may be a target in words (保持正增长, 与市保持同步, 增长高于全省0.5个百分点): no figure, but a cell of its
# row; a verb of such a target in it tells it from a row's label (地区生产总值)
# the header of a column before the indicator's (类别 | 指标名称 | …): part of the header, not the title
_LEAD_HEADER = re.compile(r"^(?:类别|分类|序号|编号|领域|板块|一级指标)$")
_TARGET_HEADER = re.compile(r"目标|计划|预期")
_WORDS_CELL = re.compile(r"^(?=[\u4e00-\u9fff]{2,8}$|(?=.*[\u4e00-\u9fff]{2})[\u4e00-\u9fffA-Za-z\d.%]{2,20}$).*"
                         r"(?:保持|同步|高于|低于|快于|稳步|稳定|正增长|提高|提升|控制)")
_TYPE_CELL = re.compile(r"^[\u4e00-\u9fff]{2,3}性$")   # 预期性, 约束性: a row's cell in a type column, not a header
_TABLE_UNIT = re.compile(r"^单位\s*[::]\s*(\S{1,8})$")
_CELL_TRAIL = re.compile(r"\s*\|\s*$")
MAX_SECTION_ROWS = 3   # consecutive rows without cells ("财政(亿元)", "宏观经济") a table may hold
SECTION_LABEL_CHARS = 20


def _cell_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines of the one-cell-per-line layout, each stripped, with the offset of its first character:
    blank lines and lone `|` separators dropped, a cell's trailing ` |` cut (`指标 |`, `|`)."""
    out = []
    for start, line in lines:
        text = line if line.lstrip().startswith("|") and line.count("|") > 1 else _CELL_TRAIL.sub("", line)
        if text.strip():
            out.append((start + len(text) - len(text.lstrip()), text.strip()))
    return out


def _is_cell(text: str, header: str) -> bool:
    """A text that may stand in a column: a number, an empty mark, or a word in a unit or type column."""
    return bool(parse_number_cell(text) or _BLANK_CELL.match(text)
                or (_TEXT_COLUMN.match(header) and len(text) <= 8 and not parse_number_cell(text))
                or (_TARGET_HEADER.search(header) and _WORDS_CELL.match(text)))


def _row_fits(lines: list[tuple[int, str]], j: int, headers: list[str]) -> bool:
    """Line j is a row label followed by one cell line per header, at least one of them a number."""
    k = len(headers)
    if k < 1 or j + k >= len(lines) or parse_number_cell(lines[j][1]) or _BLANK_CELL.match(lines[j][1]):
        return False
    values = [lines[j + 1 + n][1] for n in range(k)]
    return any(parse_number_cell(v) for v in values) and all(_is_cell(v, h) for v, h in zip(values, headers, strict=True))


def _table_head(lines: list[tuple[int, str]], i: int) -> tuple[str, str]:
    """(title, unit) of the table whose header starts at line i: the nearest line above that is not a
    `单位:亿元` line, and that line's unit."""
    title, unit = "", ""
    for _, line in reversed(lines[max(0, i - 3):i]):
        m = _TABLE_UNIT.match(line)
        if m and not unit:
            unit = m.group(1)
        elif not line.startswith("|") and not _LEAD_HEADER.match(line):
            return line, unit
    return title, unit


def _headers(lines: list[tuple[int, str]], i: int) -> tuple[list[str], int]:
    headers, j = [], i + 1
    while j < len(lines) and len(headers) < MAX_COLUMNS:
        text = lines[j][1]
        # a bare year heads the last column when a label, not a number, follows it (计量单位 / 2018 / 地区生产总值…)
        bare_year = bool(headers) and bool(YEAR_LABEL.match(text)) and j + 1 < len(lines) \
            and not parse_number_cell(lines[j + 1][1])
        if not bare_year and (parse_number_cell(text) or len(text) > 16 or not _HEADER_WORDS.search(text) or _TYPE_CELL.match(text)):
            break
        headers.append(text)
        j += 1
    # a header word may open the first row's label (地区生产总值增长): then that line is the label
    if headers and not _row_fits(lines, j, headers) and _row_fits(lines, j - 1, headers[:-1]):
        headers, j = headers[:-1], j - 1
    return headers, j


def _beside(headers: list[str], k: int) -> str:
    """The header of the value a growth column (增长%, 同比) belongs to, when it names no year of its own:
    of the value columns just before it, the one of the latest year (2023年 | 2022年 | 同比增长%), else
    the column before it."""
    if k == 0 or not _RATE_HEADER.search(headers[k]) or _YEAR_WORD.search(headers[k]):
        return ""
    values = []
    for h in reversed(headers[:k]):
        if _RATE_HEADER.search(h) or _TEXT_COLUMN.match(h):
            break
        values.append(h)
    dated = [h for h in values if _YEAR_WORD.search(h)]
    if dated:
        return max(dated, key=lambda h: _YEAR_WORD.search(h).group())
    return values[0] if values else ""


_YEAR_WORD = re.compile(r"\d{4}年")


def _cell_tables(lines: list[tuple[int, str]]) -> list[Cell]:
    out: list[Cell] = []
    lines = _cell_lines(lines)
    i = 0
    while i < len(lines):
        if not _HEADER_START.match(lines[i][1]):
            i += 1
            continue
        headers, j = _headers(lines, i)
        if headers:
            j = _cell_rows(lines, j, headers, _table_head(lines, i), out)
        i = max(j, i + 1)
    return out


def _cell_rows(lines, j: int, headers: list[str], head: tuple[str, str], out: list[Cell]) -> int:
    """The rows of one table from line j; a row without cells (国民经济核算(亿元)) is a section row whose
    bracketed unit the rows below it take. -> the line after the table."""
    title, table_unit = head
    unit_col = next((k for k, h in enumerate(headers) if h in _UNIT_HEADERS), None)
    section_unit, sections = table_unit, 0
    while j < len(lines):
        label_start, label = lines[j]
        if not _row_fits(lines, j, headers):
            if parse_number_cell(label) or len(label) > SECTION_LABEL_CHARS or sections >= MAX_SECTION_ROWS:
                break
            bracket = _UNIT_IN_HEADER.search(label)
            section_unit, sections, j = (bracket.group(1).strip() if bracket else table_unit), sections + 1, j + 1
            continue
        values = lines[j + 1:j + 1 + len(headers)]
        unit_cell = values[unit_col][1] if unit_col is not None else ""
        for k, (start, text) in enumerate(values):
            parsed = None if k == unit_col or _RANK_HEADER.search(headers[k]) else parse_number_cell(text)
            if parsed:
                unit = _unit_of(headers[k], unit_cell, parsed[2], label, section_unit)
                out.append(Cell(label, label_start, headers[k], parsed[0], parsed[1], unit,
                                start, start + len(text), title, _beside(headers, k)))
        sections, j = 0, j + 1 + len(headers)
    return j


def _blank_hedges(line: str, suffixes: re.Pattern) -> str:
    """The line with a hedge word after a cell's number (7左右, | 5以上 |) turned into spaces of its length,
    so the cell reads as its number and every offset stays where it was."""
    def blank(m: re.Match) -> str:
        return m.group(1) + " " * len(m.group(2))
    return re.sub(rf"((?:^|\|)\s*-?\d+(?:\.\d+)?\s*%?\s*)({suffixes.pattern})(?=\s*(?:\||$))", blank, line)


def find_cells(text: str, suffixes: re.Pattern | None = None) -> list[Cell]:
    """Every numeric cell of every table in `text`; a cell may end in one of `suffixes` (hedge words,
    given by the caller), kept as the cell's hedge. Never raises."""
    if "|" not in text and "指标" not in text:
        return []
    lines = _lines(text)
    if suffixes is not None:
        lines = [(start, _blank_hedges(line, suffixes)) for start, line in lines]
    cells = _pipe_tables(_unrolled(lines)) + _cell_tables(lines)
    if suffixes is None:
        return cells
    after = re.compile(rf"\s*({suffixes.pattern})")   # the hedge blanked after a cell's number
    out = []
    for c in cells:
        m = after.match(text, c.end)
        out.append(replace(c, hedge=m.group(1)) if m else c)
    return out
