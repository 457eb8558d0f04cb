"""Pure: tables whose cells a PDF's text layer, a sheet or a Word table pasted as text set apart by tabs or runs of
spaces (指标   2022年完成   增长(%)), written as the pipe rows the table reader reads (| 指标 | 2022年完成 | 增长(%) |).
Lines are a table only when three or more in a row each part into three cells or more and two of them hold a number
cell: prose with a double space in it, or a text layer's letter-spaced line (地 区 生 产  总 值), is none. Linear."""

from __future__ import annotations

import re

_GAP = re.compile(r"\t+|[ \u3000\u00a0]{2,}")
_NUMBER_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*%?")
_LETTERSPACED = re.compile(r"(?:\S ){3,}\S")   # 地 区 生 产: a line's characters set apart, no cells
_ROWS_AT_LEAST, _CELLS_AT_LEAST, _NUMBER_ROWS_AT_LEAST = 3, 3, 2


def _cells(line: str) -> list[str] | None:
    """The cells of a line set apart by tabs or runs of spaces, or None for a line that is not such a row."""
    s = line.strip()
    if "|" in s or not _GAP.search(s):
        return None
    cells = _GAP.split(s)
    if len(cells) < _CELLS_AT_LEAST or any(_LETTERSPACED.search(c) for c in cells):
        return None
    return cells


def _numbered(rows: list[list[str]]) -> bool:
    return sum(any(_NUMBER_CELL.fullmatch(c) for c in r[1:]) for r in rows) >= _NUMBER_ROWS_AT_LEAST


def spaced_columns(text: str) -> str:
    """`text` with each block of rows set apart by tabs or spaces written as pipe rows; every other line as it is."""
    if "\t" not in text and "  " not in text and "\u3000" not in text:
        return text
    lines = text.split("\n")
    parts = [_cells(ln) for ln in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and parts[j] is not None:
            j += 1
        if j - i >= _ROWS_AT_LEAST and _numbered(parts[i:j]):
            lines[i:j] = ["| " + " | ".join(cells) + " |" for cells in parts[i:j]]
        i = max(j, i + 1)
    return "\n".join(lines)
