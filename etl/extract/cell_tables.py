"""Pure: the one-cell-per-line layout of statistics bulletins and plan annexes: a line `指标` (or `指标名称`), then one
line per column header, then for each row its label and one line per cell (the pipe layout: etl/extract/tables.py)."""

from __future__ import annotations

import re

from etl.extract.table_groups import heading_part
from etl.extract.table_words import (
    BLANK_CELL,
    GROUP_HEADER,
    LEAD_HEADER,
    MAX_COLUMNS,
    NO_FIGURE_HEADER,
    RATE_HEADER,
    SUB_HEADER,
    TABLE_UNIT,
    TEXT_COLUMN,
    TYPE_CELL,
    UNIT_HEADERS,
    UNIT_IN_HEADER,
    YEAR_LABEL,
    Cell,
    parse_number_cell,
    plan_table_start,
    spread_over,
    unit_of,
)

_HEADER_START = re.compile(r"^\s*(?:(?:主要|二\s*级\s*)?指\s*标(?:\s*名\s*称)?|项\s*目(?:\s*名\s*称)?|年\s*份)\s*$")   # or 项目, 年份
_YEARS_START = re.compile(r"^\s*年\s*份\s*$")   # a table of the years down its side: each row opens with its year
_HEADER_WORDS = re.compile(r"单位|\d{4}年|目标|计划|预期|完成|实际|实绩|执行|预算|决算|增长|增速|增幅|绝对值|绝对数|比上年|同比|总量|"
                           r"数值|金额|属性|排名|位次|排位|%|[(\[]|^(?:上半年|前三季度|第?一季度|全年|1?[-—至]?\d{1,2}月)$")
_TARGET_HEADER = re.compile(r"目标|计划|预期")
# a table whose header's first cell is left empty: its title (…主要指标预计完成情况, 主要经济指标表) stands where 指标 would,
# and every header after it says what its column holds (预期目标, 完成情况)
_TITLE_START = re.compile(r"指\s*标[^。;;,,]{0,12}(?:情况|表)$")
_TITLE_CHARS = 40
_NUMBERED_SECTION = re.compile(r"^[((][一二三四五六七八九十]+[))]")   # (一)综合: the first row, a section's
_UNIT_UNDER = re.compile(r"^[((](?![一二三四五六七八九十\d]+[))])[^()()]{1,6}[))]?$")
# a target column's cell may be a target in words (保持正增长, 与市保持同步, 增长高于全省0.5个百分点): no figure, but a cell of its
# row; a verb of such a target in it tells it from a row's label (地区生产总值)
_WORDS_CELL = re.compile(r"^(?=[\u4e00-\u9fff]{2,8}$|(?=.*[\u4e00-\u9fff]{2})[\u4e00-\u9fffA-Za-z\d.%]{2,20}$).*"
                         r"(?:保持|同步|高于|低于|快于|稳步|稳定|正增长|提高|提升|控制)")
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
    return bool(parse_number_cell(text) or BLANK_CELL.match(text) or (_NUMBER_UNIT.match(text) and not YEAR_LABEL.match(text))
                or (TEXT_COLUMN.match(header) and len(text) <= 8 and not parse_number_cell(text))
                or (_TARGET_HEADER.search(header) and _WORDS_CELL.match(text)))


def _row_fits(lines: list[tuple[int, str]], j: int, headers: list[str], years_down: bool = False) -> bool:
    """Line j is a row label followed by one cell line per header, at least one of them a number."""
    return _row_width(lines, j, headers, years_down=years_down) > 0


def _values_fit(lines: list[tuple[int, str]], j: int, headers: list[str], width: int) -> bool:
    if j + width >= len(lines):
        return False
    values = [lines[j + 1 + n][1] for n in range(width)]
    return any(parse_number_cell(v) or _NUMBER_UNIT.match(v) for v in values) \
        and all(_is_cell(v, h) for v, h in zip(values, headers, strict=False))


def _row_width(lines: list[tuple[int, str]], j: int, headers: list[str], ahead: bool = True, years_down: bool = False) -> int:
    """How many cell lines follow the row label at line j: one per header, or fewer when the last columns are of
    words (备注) the row leaves empty and the line after them opens the next row; 0 when line j opens no row (a number
    never does, but a year where the years stand down the side: `years_down`)."""
    k = len(headers)
    label = lines[j][1] if j < len(lines) else ""
    if k < 1 or j + 1 >= len(lines) or (parse_number_cell(label) and not (years_down and YEAR_LABEL.match(label))) \
            or BLANK_CELL.match(label):
        return 0
    optional = 0
    while optional < k - 1 and TEXT_COLUMN.match(headers[k - 1 - optional]) and headers[k - 1 - optional] not in UNIT_HEADERS:
        optional += 1
    full = _values_fit(lines, j, headers, k)
    for width in range(k - 1, k - 1 - optional, -1):
        if ahead and _values_fit(lines, j, headers, width) and (not full or _row_width(lines, j + 1 + width, headers, False, years_down)):
            return width
    return k if full else 0


# a cell's number with its own unit (1347.1亿元, 20.5万元/人): a cell, though no figure of a column without a unit
_NUMBER_UNIT = re.compile(r"^-?\d+(?:\.\d+)?\s*[\u4e00-\u9fff/]{1,4}$")


def _table_head(lines: list[tuple[int, str]], i: int) -> tuple[str, str]:
    """(title, unit) of the table whose header starts at line i: the nearest line above that is not a
    `单位:亿元` line, and that line's unit."""
    title, unit = "", ""
    for _, line in reversed(lines[max(0, i - 3):i]):
        m = TABLE_UNIT.match(line)
        if m and not unit:
            unit = m.group(1) or m.group(2)
        elif not line.startswith("|") and not LEAD_HEADER.match(line):
            return line, unit
    return title, unit


def _headers(lines: list[tuple[int, str]], i: int, down: bool = False) -> tuple[list[str], int]:
    headers, j = [], i + 1
    while j < len(lines) and len(headers) < MAX_COLUMNS:
        text = lines[j][1]
        # a bare year heads the last column when a label, not a number, follows it (计量单位 / 2018 / 地区生产总值…)
        bare_year = bool(headers) and bool(YEAR_LABEL.match(text)) and j + 1 < len(lines) \
            and not parse_number_cell(lines[j + 1][1])
        if headers and _UNIT_UNDER.match(text):   # (增速%) under its header, on a line of its own
            headers[-1] += text
            j += 1
            continue
        if not bare_year and (parse_number_cell(text) or _NUMBERED_SECTION.match(text) or len(text) > 16 or not _HEADER_WORDS.search(text) or TYPE_CELL.match(text)):
            break
        headers.append(text)
        j += 1
    # a header word may open the first row's label (地区生产总值增长), and the row's unit cell follow it (%): then the
    # label's line, not the header's last, opens the rows
    for back in (1, 2):
        if len(headers) > back and not _row_fits(lines, j, headers, down) and _row_fits(lines, j - back, headers[:-back], down):
            headers, j = headers[:-back], j - back
    spanned = None if _row_fits(lines, j, headers, down) else _spanned(headers)
    return (spanned, j) if spanned and _row_fits(lines, j, spanned, down) else (headers, j)


def _spanned(headers: list[str]) -> list[str]:
    """The columns of a two-row header written one cell per line: headers over several columns each (2015年目标 |
    2015年实绩), then the words under each in turn (绝对值 | 增速(%) | 绝对值 | 增速(%)); [] when not of that shape."""
    subs = 0
    while subs < len(headers) and SUB_HEADER.match(headers[len(headers) - 1 - subs]):
        subs += 1
    return spread_over(headers[:len(headers) - subs], headers[len(headers) - subs:]) if subs else []


def growth_beside(headers: list[str], k: int) -> str:
    """The header of the value a growth column (增长%, 同比) belongs to, when it names no year of its own:
    of the value columns just before it, the one of the latest year (2023年 | 2022年 | 同比增长%), else
    the column before it."""
    if k == 0 or not RATE_HEADER.search(headers[k]) or _YEAR_WORD.search(headers[k]):
        return ""
    values = []
    for h in reversed(headers[:k]):
        if NO_FIGURE_HEADER.search(h):
            continue   # (执行数 | 为调整预算% | 比上年增长%: the share of the budget done stands between)
        if RATE_HEADER.search(h) or TEXT_COLUMN.match(h):
            break
        values.append(h)
    dated = [h for h in values if _YEAR_WORD.search(h)]
    if dated:
        return max(dated, key=lambda h: _YEAR_WORD.search(h).group())
    return values[0] if values else ""


_YEAR_WORD = re.compile(r"\d{4}年")


def cell_tables(lines: list[tuple[int, str]]) -> list[Cell]:
    """Every numeric cell of the one-cell-per-line tables among `lines` ((offset, line) pairs of the text)."""
    out: list[Cell] = []
    lines = _cell_lines(lines)
    i = 0
    while i < len(lines):
        started = bool(_HEADER_START.match(lines[i][1]))
        titled = not started and len(lines[i][1]) <= _TITLE_CHARS and bool(_TITLE_START.search(lines[i][1]))
        if not (titled or started):
            i += 1
            continue
        down = bool(_YEARS_START.match(lines[i][1]))   # (年份 opening the header: the years down the side)
        headers, j = _headers(lines, i, down)
        if titled and not (len(headers) > 1 and all(GROUP_HEADER.search(h) for h in headers)):
            headers = []
        serial = i > 0 and bool(_SERIAL_HEADER.match(lines[i - 1][1]))
        if headers:
            j = _cell_rows(lines, j, headers, (lines[i][1], "") if titled else _table_head(lines, i), out, serial, down)
        i = max(j, i + 1)
    return out


# a column of rows' numbers before the indicators' (序号 | 指标 | …): each row opens with its number (1, 一、)
_SERIAL_HEADER = re.compile(r"^(?:序\s*号|编\s*号)$")
_SERIAL_CELL = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、]?$")


def _cell_rows(lines, j: int, headers: list[str], head: tuple[str, str], out: list[Cell], serial: bool = False,
               years_down: bool = False) -> int:
    """The rows of one table from line j; a row without cells (国民经济核算(亿元)) is a section row whose
    bracketed unit the rows below it take; under a `serial` column, a row's number before its label is passed over.
    -> the line after the table."""
    title, table_unit = head
    unit_col = next((k for k, h in enumerate(headers) if h in UNIT_HEADERS), None)
    first_year = plan_table_start(headers)
    section_unit, sections, part = table_unit, 0, ""
    while j < len(lines):
        if serial and _SERIAL_CELL.match(lines[j][1]) and _row_fits(lines, j + 1, headers):
            j += 1
        label_start, label = lines[j]
        width = _row_width(lines, j, headers, years_down=years_down)
        if not width:
            if parse_number_cell(label) or len(label) > SECTION_LABEL_CHARS or sections >= MAX_SECTION_ROWS:
                break
            bracket = UNIT_IN_HEADER.search(label)
            section_unit, sections, j = (bracket.group(1).strip() if bracket else table_unit), sections + 1, j + 1
            part = heading_part(label) or ""   # (七、季度指标(1—9月): the part of the year of the rows below it)
            continue
        values = lines[j + 1:j + 1 + width]
        unit_cell = values[unit_col][1] if unit_col is not None else ""
        for k, (start, text) in enumerate(values):
            parsed = None if k == unit_col or NO_FIGURE_HEADER.search(headers[k]) else parse_number_cell(text)
            if parsed:
                unit = unit_of(headers[k], unit_cell, parsed[2], label, section_unit)
                out.append(Cell(label, label_start, headers[k], parsed[0], parsed[1], unit,
                                start, start + len(text), title, growth_beside(headers, k), first_year=first_year,
                                row_words=part))
        sections, j = 0, j + 1 + width
    return j
