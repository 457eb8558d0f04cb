"""Pure: the tables of a normalised text -> cells with their row label, column header and offsets. Two layouts:
  - pipe tables (`| 指标 | 单位 | 2023年计划 | 2023年完成 |`, a `| --- |` line optional), here;
  - the one-cell-per-line layout of statistics bulletins and plan annexes (etl/extract/cell_tables.py).
What both share (a cell, its number, its unit, the words of headers): etl/extract/table_words.py. Knows nothing about
indicators: classify.py decides what each cell measures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.cell_tables import cell_tables, growth_beside
from etl.extract.patterns import DONE_ALONE, TABLE_TARGET
from etl.extract.table_groups import closed_up, group_part
from etl.extract.table_words import (
    BLANK_CELL,
    LEAD_HEADER,
    MAX_COLUMNS,
    NO_FIGURE_HEADER,
    TABLE_UNIT,
    TEXT_COLUMN,
    TYPE_CELL,
    UNIT_HEADERS,
    UNIT_IN_TITLE,
    YEAR_LABEL,
    Cell,
    column_wise,
    is_pipe_row,
    level_and_growth,
    money_unit,
    parse_number_cell,
    plan_table_start,
    spread_over,
    spread_under_leads,
    unit_of,
    unworded,
)

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")


def lines_with_starts(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with the offset it starts at."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _title_above(lines: list[tuple[int, str]], i: int) -> tuple[str, str]:
    """(title, unit) of the pipe table starting at line i: the nearest line above that is neither a row, a page's stamp
    nor a line of its unit (单位:亿元), and that unit's word."""
    unit = ""
    for _, line in reversed(lines[max(0, i - 3):i]):
        m = TABLE_UNIT.match(line.strip())
        if m and not unit:
            unit = money_unit(m.group(1) or m.group(2))   # (单位:亿元、%: the levels' unit; the growths carry their %)
        elif line.strip() and not is_pipe_row(line) and not _STAMP.match(line.strip()):
            bracketed = _UNITS_BRACKETED.search(line)   # (表一 地区生产总值(亿元,%): the levels' unit, the growths their %)
            said = UNIT_IN_TITLE.search(line) or _UNIT_AT_END.search(line)   # (…完成情况(2020—2025年)　单位:%)
            return line.strip(), unit or (said and said.group(1)) or (bracketed and money_unit(bracketed.group(1))) or ""
    return "", unit


# a page's stamp between a title and its table (2025年2月10日, 2025年2月10日沐川县统计局, 沐川县统计局 2024-10-25 09:30,
# 发布时间:2025-02-10, 来源:…): no title, its year the page's, not the table's; a day opening a title (…日主要指标) is none
_DAY_OF_STAMP = r"\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
_STAMP = re.compile(r"(?:(?:发布|更新|发稿)?(?:时间|日期)\s*[::]|来源\s*[::]|" + _DAY_OF_STAMP +
                    r"(?![^\d]*(?:指标|情况|数据|统计表|一览|对比))|[^\d]{2,30}?" + _DAY_OF_STAMP +
                    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[^\d\s]{1,6}[::]?\s*\d*)?\s*$)")   # (…日 点击数:)


def _caption(row: str) -> tuple[str, str] | None:
    """(title, unit) of a first row that captions its table rather than naming its columns (| 表1 | 2016年…执行情况 |
    单位:万元、% |: a table's number, its title, its unit); None for a row of column names."""
    cells = [c[0] for c in _pipe_cells(row, 0) if c[0]]
    units = [m.group(1) or m.group(2) for c in cells if (m := TABLE_UNIT.match(c))]
    words = [c for c in cells if not TABLE_UNIT.match(c) and not _TABLE_NUMBER.match(c)]
    if not cells or not (_TABLE_NUMBER.match(cells[0]) or units) or len(words) > 1:
        return None
    return (words[0] if words else ""), (money_unit(units[0]) if units else "")


_UNIT_WORD = r"(?:[^()()\s\d,,、%]{0,2}元|%)"   # a title closing on its units in brackets: (亿元,%), (%), (万元)
_UNITS_BRACKETED = re.compile(r"[((]\s*(" + _UNIT_WORD + r"(?:\s*[,,、]\s*" + _UNIT_WORD + r")?)\s*[))]\s*$")


_UNIT_AT_END = re.compile(r"\s单位\s*[::]\s*(%|[^\s\d,,、%]{0,2}元)\s*$")
_TABLE_NUMBER = re.compile(r"^附?表\s*[0-9一二三四五六七八九十]+(?:[-.]\d+)?[::.、]?$")


def _pipe_cells(row: str, row_start: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of each cell of a `| a | b |` line (or `a | b |`, or `a | b` with no closing bar: its last
    cell runs to the line's end), offsets into the document."""
    cells, pos = [], (row.index("|") + 1 if row.lstrip().startswith("|") else 0)
    while True:
        nxt = row.find("|", pos)
        if nxt < 0:
            nxt = len(row) if row[pos:].strip() and cells else -1   # a last cell with no bar after it
        if nxt < 0:
            break
        raw = row[pos:nxt]
        lead = len(raw) - len(raw.lstrip())
        cells.append((raw.strip(), row_start + pos + lead, row_start + pos + lead + len(raw.strip())))
        pos = nxt + 1
    return cells


# a second header row of units alone, each under its column ((亿元) | (%)): the unit of the column's name above it
_BRACKETED_UNIT = re.compile(r"^[((][^()()\d]{1,6}[))]$")


def _sub_header(header: list[str], sub: list[str], width: int | None = None) -> list[str] | None:
    """A second header row under cells spanning several columns (上半年完成情况 over 绝对值 | 增幅): its words
    fill, in order, the columns from the last named header cell through the empty ones after it, or, when the
    rows below are `width` cells wide, the columns of each of the last header cells in turn (etl/extract/table_words.py
    spread_over) or of the one header cell that names the outcome (完成情况 over 增幅 | 绝对值 | 评价, then 全市排名);
    None when the row is not of that shape."""
    words = [w for w in sub if w]
    named = [k for k, h in enumerate(header) if h]
    if not words or not named or any(parse_number_cell(w) or _number_with_unit(w) for w in words):
        return None
    if all(_BRACKETED_UNIT.match(w) for w in words) and len(sub) <= len(header):
        return [h + (sub[k] if k < len(sub) else "") for k, h in enumerate(header)]   # 地区生产总值 over (亿元)
    last = named[-1]
    span = len(header) - last
    if len(words) == span and span >= 2:
        return header[:last] + [f"{header[last]} {w}" for w in words]
    heads = [h for h in header if h]
    spread = spread_over(heads, words)   # 2019年计划 | 2019年完成 over 绝对值 | 增长 | 绝对值 | 增长
    if spread and width in (None, len(spread)):
        return spread
    led = spread_under_leads(heads, words)   # (一季度 | 上半年 over 指标名称 | 单位 | 绝对值 | 增长% | …: the rows may stop short)
    if led and width is not None and width <= len(led):
        return led
    done = [k for k, h in enumerate(heads) if _DONE_HEAD.search(h)]
    if len(words) < 2 or width != len(heads) - 1 + len(words) or len(done) != 1:
        return column_wise(header, sub, width)
    k = done[0]
    return heads[:k] + [f"{heads[k]} {w}" for w in words] + heads[k + 1:]


# the header cell of what was done (完成情况, 实绩, 执行情况): the one a second header row's words fall under
_DONE_HEAD = re.compile(r"完成|实绩|实际|执行")


def _width(cells: list[tuple[str, int, int]]) -> int:
    """The cells of a row up to its last one that holds anything (a row's trailing bars add empty ones)."""
    return max((k + 1 for k, c in enumerate(cells) if c[0]), default=0)


def _typed(header: list[str]) -> bool:
    """The table's first column holds indicator types (属性: 预期性, 约束性), not the indicators' names."""
    return bool(header) and bool(TEXT_COLUMN.match(header[0])) and header[0] != "单位"


def _typed_row(header: list[str], cells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A row under a first column of indicator types whose type cell is left out because it spans the rows of
    its group: an empty cell in its place, so each value stays under its own header."""
    if _typed(header) and cells and not TYPE_CELL.match(cells[0][0]):
        return [("", cells[0][1], cells[0][1]), *cells]
    if header and LEAD_HEADER.match(header[0]) and cells and _width(cells) == len([h for h in header if h]) - 1:
        return [("", cells[0][1], cells[0][1]), *cells]   # 一级指标 | 二级指标 | …, a row under the group's cell left out
    return _group_cell_dropped(header, cells)


_SERIAL = re.compile(r"^\s*(?:序\s*号|编\s*号)\s*$")
_SERIAL_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def _group_cell_dropped(header: list[str], cells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A row under 序号 | 指标名称 | … that opens with the name of its group (经济发展 | 1 | 地区生产总值 | …), a cell spanning
    the group's rows and written in its first row only: the row without it; one that opens with its name, its number
    left out (规上工业增加值 | 亿元 | …): the row with an empty number before it."""
    if len(cells) < 2 or not header or not _SERIAL.match(header[0]) or _SERIAL_NUMBER.match(cells[0][0]) \
            or parse_number_cell(cells[0][0]) or not cells[0][0]:
        return cells
    if len(cells) > 2 and _SERIAL_NUMBER.match(cells[1][0]):
        return cells[1:]
    return [("", cells[0][1], cells[0][1]), *cells]


# a cell's number followed by its unit (1248.3亿元, 37602元): the unit is the cell's own
_NUMBER_UNIT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]{1,3})\s*$")


def _number_with_unit(text: str) -> tuple[float, str] | None:
    m = _NUMBER_UNIT.match(text)
    return (float(m.group(1)), m.group(2)) if m else None


_RANK_FIRST = re.compile(r"^\s*(?:\S{0,6}排名|\S{0,6}排行|位次|序号)\s*$")
_BARE_GROWTH = re.compile(r"^\s*(?:累计)?(?:增速|增长|增幅|增减|同比|比上年(?:增长|增减|±))")   # (比上年±%, 增减%: a growth too)


def _grows_beside(before: str, header: str) -> bool:
    """A bare growth column (增速(%)), or one under the same spanning cell as the column before it (2024年 预期目标 |
    2024年 比上年增长%): the growth of that column's figure."""
    above, _, own = header.rpartition(" ")
    return bool(_BARE_GROWTH.match(header)) or (bool(above) and before.startswith(above + " ") and bool(_BARE_GROWTH.match(own)))


def _beside_of(header: list[str], k: int) -> str:
    """The header of the column a growth column k belongs to: under one spanning cell, the one before it; a bare growth
    after several value columns, the latest year's of them (2024年 | 2023年 | 增长%: 2024's growth), else the one before."""
    if k > 1 and DONE_ALONE.match(header[k]) and TABLE_TARGET.search(header[k - 1]):
        return header[k - 1]   # (地区生产总值增长预期 | 实际: the outcome of the aim's indicator)
    if not (k > 1 and _grows_beside(header[k - 1], header[k])):
        return ""
    return (growth_beside(header, k) if _BARE_GROWTH.match(header[k]) else "") or header[k - 1]


def _unrolled(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines, with a table flattened into one line (年份 | GDP(亿元) | 增速(%) | 2018年 | 20363.19 | 6 | 2017年 | …)
    cut into its header and rows, each a slice of the text at its own offset, when every later row is as wide as
    the header and each column holds numbers in every row or in none."""
    out = []
    for start, line in lines:
        cells = _pipe_cells(line, start) if line.count("|") >= 8 else []
        width = next((k for k, c in enumerate(cells) if parse_number_cell(c[0]) or YEAR_LABEL.match(c[0])), 0)
        rows = [cells[k:k + width] for k in range(width, len(cells), width)] if width >= 2 else []
        if len(rows) < 2 or len(rows[-1]) < width or not all(_column_alike([r[j][0] for r in rows]) for j in range(width)) \
                or not any(parse_number_cell(c[0]) for r in rows for c in r) or parse_number_cell(rows[0][0][0]):
            # (a header of years alone: no rows; rows that open with a number: a table's own row of figures, no header)
            out.append((start, line))
            continue
        out.append((start, ""))   # whatever table the lines above held ends here
        for part in [cells[:width], *rows]:
            a, b = part[0][1] - start, line.find("|", part[-1][2] - start) + 1
            out.append((start + a, line[a:b]))
    return out


def _column_alike(texts: list[str]) -> bool:
    """A column's cells are numbers (or blanks) in every row, or words in every row."""
    numbers = [bool(parse_number_cell(t)) for t in texts if not BLANK_CELL.match(t)]
    return bool(numbers) and (all(numbers) or not any(numbers))


def _set_right(header: list[str], lines: list[tuple[int, str]], i: int) -> list[str]:
    """A header row opening with a bar (| | 完成 | 增长%) narrower than the first row below it, which opens with no bar
    (地区生产总值 | 亿元 | 358.2 | 5.3): its bar was an empty cell's, not a border, and the row's cells stand over the last
    columns."""
    below = next((ln for _, ln in lines[i + 1:i + 3] if not _SEPARATOR.match(ln)), "")
    if not lines[i][1].lstrip().startswith("|") or below.lstrip().startswith("|") or not is_pipe_row(below):
        return header
    width = _width(_pipe_cells(below, 0))
    return [""] * (width - len(header)) + header if len(header) < width <= MAX_COLUMNS else header


def _table_top(lines: list[tuple[int, str]], i: int) -> tuple[str, str, list[str], int]:
    """(title, unit, header, the header's line) of the pipe table whose first row is line i: its first row is its
    caption, not its header, when it reads as one and two rows follow."""
    title, table_unit = _title_above(lines, i)
    caption = _caption(lines[i][1])
    if caption and i + 2 < len(lines) and is_pipe_row(lines[i + 2][1]):
        (title, table_unit), i = caption, i + 1
    return title, table_unit, _set_right([c[0] for c in _pipe_cells(lines[i][1], lines[i][0])][:MAX_COLUMNS], lines, i), i


# a row named by its measure alone (增长(%) under 地区生产总值(亿元)): that measure of the indicator of the row above
_FIGURE_IN_LABEL = re.compile(r"(?:增长|下降)-?\d+(?:\.\d+)?\s*%\s*$")
_MEASURE_ONLY = re.compile(r"^(?:其中\s*[::]\s*)?(?:比上年|同比)?(?:增长|增速|增幅|增长速度)\s*(?:[((]%[))]|%)?$")   # (其中:增长)
_UNIT_BRACKET = re.compile(r"\s*[((][^()()]{1,8}[))]\s*$")


def _row_label(label: str, above: str) -> str:
    """`label`, or the name of the row above without its unit and then `label` when it names a measure alone."""
    return _UNIT_BRACKET.sub("", above) + _OF_WHICH.sub("", label) if above and _MEASURE_ONLY.match(label) else label


_OF_WHICH = re.compile(r"^其中\s*[::]\s*")


def _row_words(cells: list[tuple[str, int, int]], label_at: int, unit_col: int | None) -> str:
    """The row's short cells of words other than its label and unit (地区生产总值 | 前三季度 | 812.4亿元 | 10.3: 前三季度)."""
    return " | ".join(t.strip() for k, (t, _, _) in enumerate(cells) if k not in (label_at, unit_col)
                      and 0 < len(t.strip()) <= _WORD_CELL_CHARS and not parse_number_cell(t) and not _number_with_unit(t))


_WORD_CELL_CHARS = 8


def _pipe_tables(lines: list[tuple[int, str]]) -> list[Cell]:
    out: list[Cell] = []
    i = 0
    while i < len(lines):
        # a table is two pipe rows or more; a lone line with bars is a menu or a caption
        if not (is_pipe_row(lines[i][1]) and i + 1 < len(lines) and is_pipe_row(lines[i + 1][1])):
            i += 1
            continue
        title, table_unit, header, i = _table_top(lines, i)
        unit_col = next((k for k, h in enumerate(header) if h in UNIT_HEADERS), None)
        i += 1
        first, above, first_year, group = True, "", plan_table_start(header), ""
        while i < len(lines) and is_pipe_row(lines[i][1]):
            start, row = lines[i]
            i += 1
            if _SEPARATOR.match(row):
                continue
            cells = _pipe_cells(row, start)[:MAX_COLUMNS]
            heading = group_part(cells)   # (七、季度指标(1—9月): a heading of the rows below, the part they are of)
            if heading is not None:
                group = heading
                continue
            below = _pipe_cells(lines[i][1], lines[i][0]) if first and i < len(lines) and is_pipe_row(lines[i][1]) else []
            below = _group_cell_dropped(header, below)
            merged = _sub_header(header, [c[0] for c in cells], _width(below) or None) if first else None
            first = False
            if merged is not None:
                header, unit_col = merged, next((k for k, h in enumerate(merged) if h in UNIT_HEADERS), unit_col)
                continue
            cells = _typed_row(header, cells)
            slid = unit_col is not None and unit_col < len(cells) and parse_number_cell(cells[unit_col][0])
            if len(cells) < 2 or _width(cells) > len(header) or slid:   # (slid: a number under 单位, none under its header)
                continue
            typed = _typed(header)
            # 排名 | 区域 | …, 一级指标 | 二级指标 | …: a rank or a group first, the row's name in the second cell
            ranked = bool(header) and bool(_RANK_FIRST.match(header[0]) or LEAD_HEADER.match(header[0]))
            at = 1 if (typed or ranked) and len(cells) > 2 else 0
            (label, label_start, _), words = cells[at], " | ".join(filter(None, (_row_words(cells, at, unit_col), group)))
            label, above = _row_label(label, above), label
            if _FIGURE_IN_LABEL.search(label):
                continue   # (社会消费品零售总额 增长7% | 35.6亿元 | 7.9%: a row whose aim ran into its name, its cells slid)
            out += _row_figures((label, label_start, words), cells, header, (unit_col, typed or ranked),
                                (title, table_unit, first_year))
    return out


def _row_figures(row: tuple[str, int, str], cells: list[tuple[str, int, int]], header: list[str],
                 columns: tuple[int | None, bool], table: tuple[str, str, int | None]) -> list[Cell]:
    """The cells of figures of one row (its label, where it starts, its words), each under its header; `columns`: the
    unit's column and whether the second is a group's, not a figure's; `table`: its title, its unit, its first year."""
    (label, label_start, words), (unit_col, grouped), (title, table_unit, first_year) = row, columns, table
    unit_cell = cells[unit_col][0] if unit_col is not None and unit_col < len(cells) else ""
    out = []
    for k, (text, a, b) in enumerate(cells[1:], start=1):
        if k == unit_col or k >= len(header) or (grouped and k == 1) or NO_FIGURE_HEADER.search(header[k]) \
                or not header[k]:
            continue   # (no header: a column spanned by the one before it, what it measures unsaid)
        parsed = parse_number_cell(text)
        with_unit = None if parsed else _number_with_unit(text)
        if parsed:   # (beside: a bare growth column's, GDP(亿元) | 增速(%): the growth of the column before)
            out.append(Cell(label, label_start, header[k], parsed[0], parsed[1],
                            unit_of(header[k], unit_cell, parsed[2], label, table_unit), a, b, title,
                            _beside_of(header, k), first_year=first_year, row_words=words))
        elif with_unit:
            out.append(Cell(label, label_start, header[k], with_unit[0], None, with_unit[1], a, b, title,
                            row_words=words))
        elif pair := level_and_growth(text):   # 154(增长10.5%) under 年度目标: the level and its growth, each a figure
            out += [Cell(label, label_start, header[k], pair[0], None, unit_of(header[k], unit_cell, False, label, table_unit),
                         a, a + pair[2], title, first_year=first_year, row_words=words),
                    Cell(label, label_start, header[k], pair[1], None, "%", a + pair[2], b, title, first_year=first_year, row_words=words)]
    return out


def _blank_hedges(line: str, suffixes: re.Pattern, prefixes: re.Pattern | None) -> str:
    """The line with a hedge word after a cell's number (7左右, | 5以上 |), or before it (| ≤4.5 |), turned into
    spaces of its length, so the cell reads as its number and every offset stays where it was."""
    def blank(m: re.Match) -> str:
        return m.group(1) + " " * len(m.group(2))
    if prefixes:   # (控制在4.5%以内: the word before, then the one after)
        line = re.sub(rf"((?:^|\|)\s*)({prefixes.pattern})(?=\s*\d[\d.]*\s*%?\s*(?:{suffixes.pattern})?\s*(?:\||$))", blank, line)
    return re.sub(rf"((?:^|\|)\s*-?\d+(?:\.\d+)?\s*%?\s*)({suffixes.pattern})(?=\s*(?:\||$))", blank, line)


_HEADER_WORD = re.compile(r"指\s*标|项\s*目")   # the one-cell-per-line layout's first header (指  标  名  称, 项目)


def find_cells(text: str, suffixes: re.Pattern | None = None, prefixes: re.Pattern | None = None) -> list[Cell]:
    """Every numeric cell of every table in `text`; a cell may end in one of `suffixes` or open with one of
    `prefixes` (hedge words, given by the caller), kept as the cell's hedge. Never raises."""
    if "|" not in text and not _HEADER_WORD.search(text):
        return []
    lines = [(start, unworded(line)) for start, line in lines_with_starts(text)]
    if suffixes is not None:
        lines = [(start, _blank_hedges(line, suffixes, prefixes)) for start, line in lines]
    cells = _pipe_tables(_unrolled(closed_up(lines))) + cell_tables(lines)
    if suffixes is None:
        return cells
    after = re.compile(rf"\s*({suffixes.pattern})")   # the hedge blanked after a cell's number, or before it
    before = re.compile(rf"\|\s*({prefixes.pattern})\s*$") if prefixes else None
    out = []
    for c in cells:
        m = after.match(text, c.end) or (before.search(text, max(0, c.start - 12), c.start) if before else None)
        out.append(replace(c, hedge=m.group(1)) if m else c)
    return out


def piped_rows(text: str) -> set[int]:
    """Where each line of a pipe table starts: two bars or more, on a line after or before another such line. A row
    holding no cell the table reader can read (规上工业增加值 | 亿元 | 增长9%左, cut short) is a row still, not prose."""
    if "|" not in text:
        return set()
    lines = lines_with_starts(text)
    piped = [line.count("|") >= 2 for _, line in lines]
    return {start for k, (start, _) in enumerate(lines)
            if piped[k] and ((k and piped[k - 1]) or (k + 1 < len(piped) and piped[k + 1]))}
