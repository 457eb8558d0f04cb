"""Pure: tables whose cells a PDF's text layer, a sheet or a Word table pasted as text set apart by tabs or runs of
spaces (指标   2022年完成   增长(%)), written as the pipe rows the table reader reads (| 指标 | 2022年完成 | 增长(%) |).
Lines are a table only when three or more in a row each part into three cells or more and two of them hold a number
cell: prose with a double space in it, or a text layer's letter-spaced line (地 区 生 产  总 值), is none.
Cells set apart by single spaces are a table only under a header opening with 指标 or 项目, every row as wide as the
header, labelled by words, holding a figure, each column of one kind (figures, or words) down the rows; the rows may
stand on lines of their own or run on after the header in one line (a table flattened into a paragraph). Linear."""

from __future__ import annotations

import re
import unicodedata

from etl.extract.table_groups import as_group_row, group_heading

_GAP = re.compile(r"\t+|[ \u3000\u00a0]{2,}|\u3000")   # (one wide space is as wide as two: 9.5　10　9)
_ANY_GAP = re.compile(r"[\t \u3000\u00a0]+")
_NUMBER_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*%?")
_LETTERSPACED = re.compile(r"(?:\S ){3,}\S")   # 地 区 生 产: a line's characters set apart, no cells
_ROWS_AT_LEAST, _CELLS_AT_LEAST, _NUMBER_ROWS_AT_LEAST = 3, 3, 2


def _cells(line: str) -> list[str] | None:
    """The cells of a line set apart by tabs or runs of spaces, or None for a line that is not such a row."""
    s = line.strip()
    if "|" in s or not _GAP.search(s):
        return None
    # a sheet's or a Word table's cells: each tab closes one, so an empty cell (a spanned one) keeps its place
    cells = [c.strip() for c in line.rstrip(" \r\u3000").split("\t")] if "\t" in s else _GAP.split(s)   # (trailing tabs: empty cells)
    if len(cells) > 2 and all(len(c) == 1 and "\u4e00" <= c <= "\u9fff" for c in cells[:2]):
        cells = [cells[0] + cells[1], *cells[2:]]   # (指    标: a header's first cell letter-spaced across a gap)
    first = _LABEL_AND_FIGURE.fullmatch(cells[0])   # (规模以上工业增加值 -9.7   -3.8: one space after the label)
    cells = [first.group(1), first.group(2), *cells[1:]] if first else cells
    if len(cells) < _CELLS_AT_LEAST or sum(bool(c) for c in cells) < 2 or any(_LETTERSPACED.search(c) for c in cells):
        return None
    return cells


# a row's first cell that is its label and its first figure, one space apart, or none after the label's unit in
# brackets (社会消费品零售总额(亿元)1486.2); a hedge may close the figure (地区生产总值增速 6.5%左右); or its label and its
# unit's column, one space apart (全社会固定资产投资增速 %: a wide space read as one)
_LABEL_AND_FIGURE = re.compile(r"([^\d\s|][^\d|]*?(?:[\u4e00-\u9fff)）](?=\s)|[)）]))\s?([-+]?\d[\d,]*(?:\.\d+)?\s*%?(?:[\u4e00-\u9fff]{2})?|(?<=\s)%)")


def _has_figure(cells: list[str]) -> bool:
    return any(_NUMBER_CELL.fullmatch(c) for c in cells)


def _numbered(rows: list[list[str]]) -> bool:
    return sum(_has_figure(r[1:]) for r in rows) >= _NUMBER_ROWS_AT_LEAST


_BOX_ROW = re.compile(r"^[ \t\u3000]*[│┃║|](.*[│┃║])[ \t\u3000]*$")
_BOX_RULE = re.compile(r"^[ \t\u3000]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋+\-]{3,}[ \t\u3000]*$")


def box_rows(text: str) -> str:
    """`text` with a table drawn in box characters (│指标 │单位 │上半年完成 │, or with bars between its cells only, two or
    more) written as pipe rows, its rules (┌──┬──┐, ├──┼──┤) as empty lines; every other line as it is. Linear."""
    if "│" not in text and "┃" not in text and "║" not in text:
        return text
    out = []
    for line in text.split("\n"):
        row = _BOX_ROW.match(line)
        inner = _BOX_INNER.match(line) if not row else None   # (指标名称│一季度│上半年: bars between its cells only)
        cells = re.split(r"[│┃║]", row.group(1))[:-1] if row else re.split(r"[│┃║]", line.strip()) if inner else None
        out.append("" if _BOX_RULE.match(line) and any(c in line for c in "─━═") else
                   "| " + " | ".join(c.strip() for c in cells) + " |" if cells else line)
    return "\n".join(out)


_BOX_INNER = re.compile(r"^[^│┃║\n]*(?:[│┃║][^│┃║\n]*){2,}$")


def spaced_columns(text: str) -> str:
    """`text` with each block of rows set apart by tabs or spaces written as pipe rows; every other line as it is."""
    if "\t" not in text and "  " not in text and "\u3000" not in text:
        return text
    lines = text.split("\n")
    parts = [_cells(ln) for ln in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (parts[j] is not None or j > i and _heads_group(lines, parts, j)):
            j += 1   # (一、工业 on a line of its own between rows: a heading of the rows below, the table goes on)
        rows = [r for r in parts[i:j] if r is not None]
        if len(rows) >= _ROWS_AT_LEAST and _numbered(rows):
            head = _header_above(lines[i - 1], max(len(r) for r in rows)) if i and parts[i - 1] is None else None
            if head:   # (指标名称   2025年(预计) 2030年目标 年均增长: a header set apart by single spaces over them)
                parts[i - 1], i = head, i - 1
            years = _years_above(lines[i - 1]) if i and parts[i - 1] is None else None
            if years:   # (      2017年      2018年 over 指标  计划  预计  计划: the years the columns below are of)
                parts[i - 1], i = years, i - 1
            lines[i:j] = _piped_block(lines[i:j], parts[i:j])
        i = max(j, i + 1)
    return "\n".join(lines)


def _years_above(line: str) -> list[str] | None:
    """The cells of an indented line of nothing but two or more years over a table's header (      2017年      2018年),
    set apart by spaces of any width: a header row the block's places spread over its columns."""
    cells = _ANY_GAP.split(line.strip())
    return cells if line[:1] in (" ", "\u3000") and len(cells) >= 2 and all(_YEAR_CELL.fullmatch(c) for c in cells) else None


def _heads_group(lines: list[str], parts: list[list[str] | None], j: int) -> bool:
    return group_heading(lines[j]) and j + 1 < len(parts) and parts[j + 1] is not None


def _piped_block(lines: list[str], parts: list[list[str] | None]) -> list[str]:
    """The block's rows as pipe rows, each group's heading in it as a row of one cell."""
    kept = [k for k, p in enumerate(parts) if p is not None]
    piped = iter(_piped(_aligned([lines[k] for k in kept], [parts[k] for k in kept])))
    return [next(piped) if p is not None else as_group_row(line) for line, p in zip(lines, parts, strict=True)]


def _header_above(line: str, wide: int) -> list[str] | None:
    """The cells of the line over a block of rows when single spaces set them apart into as many cells as the widest
    row, the first of them a header's first cell (指标, 项目名称) and none a figure: the block's header."""
    cells = _ANY_GAP.split(line.strip())
    return cells if len(cells) == wide and _FIRST_HEADER.fullmatch(cells[0]) and not _has_figure(cells) else None


def _display_starts(line: str, cells: list[str]) -> list[int] | None:
    """The display column each cell of a line set apart by spaces starts at (a wide character takes two), or None
    for a line with tabs (a sheet's cells: no places)."""
    if "\t" in line:
        return None
    starts, pos, col = [], 0, 0
    for cell in cells:
        at = line.find(cell, pos)
        at = line.find(cell[:1], pos) if at < 0 else at   # (a cell joined from letter-spaced characters: where it opens)
        col += _display_width(line[pos:at])
        starts.append(col)
        col += _display_width(cell)
        pos = at + len(cell)
    return starts


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _aligned(lines: list[str], rows: list[list[str]]) -> list[list[str]]:
    """The rows, each header row narrower than the rows of figures spread over their columns by where its cells stand
    (2023年 over 完成 and 增长%, then 2024年: 2023年 | (empty) | 2024年), so the table reader sees which columns a cell
    spans; a row whose places do not tell (two cells over one column, out of order, tabs) as it is."""
    wide = max(len(r) for r in rows)
    figured = [k for k, r in enumerate(rows) if len(r) == wide and _has_figure(r[1:])]
    if not figured:
        return rows
    starts_of = [_display_starts(lines[k], rows[k]) for k in figured]
    if any(s is None for s in starts_of):   # tabs: no places to tell which columns a narrower header row spans
        head = range(figured[0])
        narrow = [k for k in head if len(rows[k]) < wide and not _has_figure(rows[k])]
        if narrow and all("" in rows[k][1:] and len(rows[k]) == wide - 1 for k in narrow):
            # (its tabs keep the spanned cells empty and only the last is left off: 指标 | 2025年一季度 | | 2024年全年)
            return [r + [""] * (wide - len(r)) if k in narrow else r for k, r in enumerate(rows)]
        return [[r[0]] + [""] * (wide - 1) if narrow and k in head else r for k, r in enumerate(rows)]
    columns = [sorted(s[c] for s in starts_of)[len(starts_of) // 2] for c in range(wide)]   # each column's median start
    out = []
    for line, row in zip(lines, rows, strict=True):
        starts = None if len(row) >= wide or _has_figure(row) else _display_starts(line, row)
        at = [min(range(wide), key=lambda c, s=s: abs(columns[c] - s)) for s in starts] if starts else []
        if not at or any(b <= a for a, b in zip(at, at[1:], strict=False)):
            out.append(row)
            continue
        spread = [""] * wide
        for c, cell in zip(at, row, strict=True):
            spread[c] = cell
        out.append(spread)
    return out


# the first cell of a table's header: rows set apart by single spaces must open with it
_FIRST_HEADER = re.compile(r"^(?:主要)?(?:指标|项目)(?:名称)?(?:[((][^()()]{1,6}[))])?$")   # (指标名称(单位))
_FIGURE_CELL = re.compile(_NUMBER_CELL.pattern + r"[\u4e00-\u9fff]{0,2}")   # 7.3, 8%, a hedge word after it (7左右)
BLANK_CELL = re.compile(r"[-—–/…]+")
_MAX_WIDTH, _ROWS_UNDER = 12, 2
_MAX_ROWS = 400   # rows looked at under one header: a run of header-like lines costs no more than this each


def _shape(cells: list[str]) -> tuple[str, ...]:
    return tuple("n" if _FIGURE_CELL.fullmatch(c) else "-" if BLANK_CELL.fullmatch(c) else "w" for c in cells)


_YEAR_CELL, _DIGIT = re.compile(r"(?:19|20)\d\d年"), re.compile(r"\d")


def _fitting(header: list[str], rows: list[list[str]]) -> int:
    """How many of `rows`, from the first, stand under `header`: as wide as it, each labelled by words and holding a
    figure, each column of one kind down the rows (a blank cell, or words with a figure, fits any); none when the
    header holds a figure."""
    if any(kind == "n" and not _YEAR_CELL.fullmatch(c) for kind, c in zip(_shape(header), header, strict=True)):
        return 0   # (a header's year, 2012年 | 2015年目标, is a word)
    kinds: list[set] = [set() for _ in header]
    for m, row in enumerate(rows):
        shape = _shape(row) if len(row) == len(header) else ()
        if not shape or shape[0] != "w" or "n" not in shape:
            return m
        for k, kind in enumerate(shape[1:], start=1):   # (五年累计4000 among figures: a note, fits as a blank does)
            kinds[k].add("-" if kind == "w" and _DIGIT.search(row[k]) else kind)
            if len(kinds[k] - {"-"}) > 1:
                return m
    return len(rows)


def _piped(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(cells) + " |" for cells in rows]


def _run_on_rows(cells: list[str]) -> list[str] | None:
    """A header and its rows run on in one line (指标 单位 完成 增长 地区生产总值 亿元 5134.05 7.3 …), as pipe rows; None
    when no width parts it so."""
    for width in range(3, min(_MAX_WIDTH, len(cells) // (_ROWS_UNDER + 1)) + 1):
        if len(cells) % width == 0:
            rows = [cells[k:k + width] for k in range(0, len(cells), width)]
            if _fitting(rows[0], rows[1:]) == len(rows) - 1:
                return _piped(rows)
    return None


def _numbers_set_aside(cells_of: list[list[str] | None]) -> list[list[str] | None]:
    """The cells of each line, a header's column of row numbers (序号 指标 … over 1 地区生产总值 …) and each number
    under it set aside, so that the rows open with their names. Linear."""
    k = 0
    while k < len(cells_of):
        cells = cells_of[k]
        if cells and len(cells) > 3 and _NUMBER_HEAD.fullmatch(cells[0]) and _FIRST_HEADER.match(cells[1]):
            cells_of[k] = cells[1:]
            k += 1
            while k < len(cells_of) and cells_of[k] and _ROW_NUMBER.fullmatch(cells_of[k][0]):
                cells_of[k] = cells_of[k][1:]
                k += 1
            continue
        k += 1
    return cells_of


_NUMBER_HEAD, _ROW_NUMBER = re.compile(r"序号|编号"), re.compile(r"\d{1,2}")


def single_spaced_tables(text: str) -> str:
    """`text` with each table of cells set apart by single spaces, under a header opening with 指标 or 项目, written as
    pipe rows; every other line as it is."""
    if "指标" not in text and "项目" not in text:
        return text
    lines = text.split("\n")
    cells_of = _numbers_set_aside([None if "|" in ln else ln.split() for ln in lines])
    width = [len(c) if c is not None else -1 for c in cells_of]
    run_end = [len(lines)] * (len(lines) + 1)   # where the run of lines as wide as line k ends
    for k in range(len(lines) - 2, -1, -1):
        run_end[k] = run_end[k + 1] if width[k] == width[k + 1] else k + 1
    out, i = [], 0
    while i < len(lines):
        cells = cells_of[i]
        if not cells or len(cells) < 3 or not _FIRST_HEADER.match(cells[0]):
            out.append(lines[i])
            i += 1
            continue
        j = min(run_end[i + 1], i + 1 + _MAX_ROWS) if i + 1 < len(lines) and width[i + 1] == len(cells) else i + 1
        rows, after, fit = _rows_under(lines, cells_of, run_end, i)
        if fit >= _ROWS_UNDER:
            out.extend(_piped([cells]) + rows)
            i = after
            continue
        out.extend((None if j > i + 1 else _run_on_rows(cells)) or [lines[i]])
        i += 1
    return "\n".join(out)


def _rows_under(lines: list[str], cells_of: list[list[str] | None], run_end: list[int], i: int) -> tuple[list[str], int, int]:
    """(the rows under the header on line i as pipe rows, the line after them, how many): each run of rows as wide as
    the header that fits it, and past a group's heading (一、工业) only to rows that fit it as well. Linear."""
    header, out, k, fitted = cells_of[i], [], i + 1, 0
    while k < len(lines):
        heading = group_heading(lines[k]) and k + 1 < len(lines)
        at = k + 1 if heading else k
        if not cells_of[at] or len(cells_of[at]) != len(header):
            break
        j = min(run_end[at], at + _MAX_ROWS)
        fit = _fitting(header, cells_of[at:j])
        if not fit:
            break
        out += ([as_group_row(lines[k])] if heading else []) + _piped(cells_of[at:at + fit])
        fitted, k = fitted + fit, at + fit
        if k < run_end[at]:
            break   # (a row that does not fit, or the rows looked at ran out: the table ends there)
    return out, k, fitted
