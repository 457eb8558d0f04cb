"""Pure: a table pasted as comma-separated values (a spreadsheet's export set into a page: 指标,单位,上半年,同比增长(%) over
地区生产总值,亿元,478.26,-2.3) written as pipe rows, so that the table reader reads it with its header. Every other line
is left as it is; a run of sentences, however many commas they hold, is no table: its cells are long, or none of them is
a bare number."""

from __future__ import annotations

import csv
import re

from etl.extract.columns import BLANK_CELL

_ROWS_AT_LEAST = 3     # a header and two rows
_CELLS_AT_LEAST = 3    # a name, a unit or a figure, and a figure
_CELL_MOST = 24        # characters in a cell: a clause of a sentence runs longer
_ROW_MOST = 400        # characters in a row: a longer line is a paragraph
_FIGURE = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")   # (a quoted cell keeps its thousands comma)



def _cells(line: str) -> list[str] | None:
    """A line's cells when it may be a row of comma-separated values: no sentence's end, short cells, three or more."""
    if "," not in line or "。" in line or len(line) > _ROW_MOST:
        return None
    try:
        cells = next(csv.reader([line.strip()]))
    except (csv.Error, StopIteration):
        return None
    if len(cells) < _CELLS_AT_LEAST or any(len(c) > _CELL_MOST for c in cells):
        return None
    return [c.strip() for c in cells]


def _bare(cell: str) -> bool:
    """A figure of a row, or a cell left blank (—, …, or nothing)."""
    return not cell or bool(_FIGURE.fullmatch(cell) or BLANK_CELL.fullmatch(cell))


def _a_table(rows: list[list[str]]) -> bool:
    """Rows of one width of which at least two (below the first) hold a bare figure after their name, every cell
    after the name of those rows a figure or blank (a sentence's clauses are words)."""
    counted = 0
    for cells in rows[1:]:
        rest = cells[1:]
        if any(_FIGURE.fullmatch(c) for c in rest) and sum(map(_bare, rest)) >= len(rest) - 1:
            counted += 1
    return counted >= _ROWS_AT_LEAST - 1


def comma_tables(text: str) -> str:
    """`text` with each block of comma-separated rows of one width written as pipe rows. Linear."""
    if "," not in text:
        return text
    lines = text.split("\n")
    parts = [_cells(ln) for ln in lines]
    i = 0
    while i < len(lines):
        j = i + 1
        while parts[i] is not None and j < len(lines) and parts[j] is not None and len(parts[j]) == len(parts[i]):
            j += 1
        if parts[i] is not None and j - i >= _ROWS_AT_LEAST and _a_table(parts[i:j]):
            lines[i:j] = ["| " + " | ".join(cells) + " |" for cells in parts[i:j]]
        i = j
    return "\n".join(lines)
