"""Pure: the tables of a normalised text -> cells with their row label, column header and offsets.

Two layouts are read:
  - pipe tables (`| 指标 | 单位 | 2023年计划 | 2023年完成 |`, a `| --- |` line optional);
  - the one-cell-per-line layout of statistics bulletins and plan annexes: a line `指标` (or
    `指标名称`), then one line per column header, then for each row its label and one line per cell.
Knows nothing about indicators: classify.py decides what each cell measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_CELL = re.compile(r"^\s*(-?\d+(?:\.\d+)?)(?:\s*(?:-|~|–|—|至)\s*(-?\d+(?:\.\d+)?))?\s*(%)?\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}")
_HEADER_START = re.compile(r"^\s*(?:主要)?指标(?:名称)?\s*$")
_UNIT_IN_HEADER = re.compile(r"[(\[]\s*([^()\[\]]{1,8})\s*[)\]]")
MAX_COLUMNS = 12


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
        if line.strip() and not line.strip().startswith("|"):
            return line.strip()
    return ""


def _unit_of(header: str, unit_cell: str, percent: bool, label: str = "") -> str:
    """A cell's unit: a % in it, the unit column, the column header's brackets, else the row label's
    (地区生产总值(亿元)); a growth column's own % wins over the label's unit."""
    if percent:
        return "%"
    if unit_cell.strip():
        return unit_cell.strip()
    m = _UNIT_IN_HEADER.search(header)
    if m is None and not _RATE_HEADER.search(header):
        m = _UNIT_IN_HEADER.search(label)
    return m.group(1).strip() if m else ""


_RATE_HEADER = re.compile(r"增长|增速|增幅|同比|比上年|%")   # a growth column: the label's unit is not its own


def _pipe_cells(row: str, row_start: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of each cell of a `| a | b |` line, offsets into the document."""
    cells, pos = [], row.index("|") + 1
    while True:
        nxt = row.find("|", pos)
        if nxt < 0:
            break
        raw = row[pos:nxt]
        lead = len(raw) - len(raw.lstrip())
        cells.append((raw.strip(), row_start + pos + lead, row_start + pos + lead + len(raw.strip())))
        pos = nxt + 1
    return cells


def _pipe_tables(lines: list[tuple[int, str]]) -> list[Cell]:
    out: list[Cell] = []
    i = 0
    while i < len(lines):
        if not lines[i][1].lstrip().startswith("|"):
            i += 1
            continue
        title = _title_above(lines, i)
        header = [c[0] for c in _pipe_cells(lines[i][1], lines[i][0])][:MAX_COLUMNS]
        unit_col = next((k for k, h in enumerate(header) if h == "单位"), None)
        i += 1
        while i < len(lines) and lines[i][1].lstrip().startswith("|"):
            start, row = lines[i]
            i += 1
            if _SEPARATOR.match(row):
                continue
            cells = _pipe_cells(row, start)[:MAX_COLUMNS]
            if len(cells) < 2:
                continue
            label, label_start, _ = cells[0]
            unit_cell = cells[unit_col][0] if unit_col is not None and unit_col < len(cells) else ""
            for k, (text, a, b) in enumerate(cells[1:], start=1):
                if k == unit_col or k >= len(header):
                    continue
                parsed = parse_number_cell(text)
                if parsed:
                    out.append(Cell(label, label_start, header[k], parsed[0], parsed[1],
                                    _unit_of(header[k], unit_cell, parsed[2], label), a, b, title))
    return out


_HEADER_WORDS = re.compile(r"单位|\d{4}年|目标|计划|预期|完成|实际|执行|增长|增速|增幅|绝对值|比上年|同比|总量|数值|金额|%|[(\[]")


def _row_fits(lines: list[tuple[int, str]], j: int, k: int) -> bool:
    """Line j is a row label followed by k cell lines of which at least one is a number."""
    if k < 1 or j + k >= len(lines) or parse_number_cell(lines[j][1]) or not lines[j][1].strip():
        return False
    return any(parse_number_cell(lines[j + 1 + n][1]) for n in range(k))


def _cell_tables(lines: list[tuple[int, str]]) -> list[Cell]:
    out: list[Cell] = []
    i = 0
    while i < len(lines):
        if not _HEADER_START.match(lines[i][1]):
            i += 1
            continue
        title = _title_above(lines, i)
        headers = []
        j = i + 1
        while j < len(lines) and len(headers) < MAX_COLUMNS:
            text = lines[j][1].strip()
            if not text or parse_number_cell(text) or len(text) > 16 or not _HEADER_WORDS.search(text):
                break
            headers.append(text)
            j += 1
        # a header word may open the first row's label (地区生产总值增长): then that line is the label
        if headers and not _row_fits(lines, j, len(headers)) and _row_fits(lines, j - 1, len(headers) - 1):
            headers, j = headers[:-1], j - 1
        if not headers:
            i = j
            continue
        unit_col = next((k for k, h in enumerate(headers) if h == "单位"), None)
        while j + len(headers) < len(lines):
            label_start, label = lines[j]
            values = [lines[j + 1 + k] for k in range(len(headers))]
            if not label.strip() or parse_number_cell(label) or not any(parse_number_cell(v) for _, v in values):
                break
            unit_cell = values[unit_col][1] if unit_col is not None else ""
            for k, (start, text) in enumerate(values):
                parsed = None if k == unit_col else parse_number_cell(text)
                if parsed:
                    lead = len(text) - len(text.lstrip())
                    out.append(Cell(label.strip(), label_start + len(label) - len(label.lstrip()), headers[k],
                                    parsed[0], parsed[1], _unit_of(headers[k], unit_cell, parsed[2], label),
                                    start + lead, start + lead + len(text.strip()), title))
            j += 1 + len(headers)
        i = j
    return out


def find_cells(text: str) -> list[Cell]:
    """Every numeric cell of every table in `text`. Never raises."""
    if "|" not in text and "指标" not in text:
        return []
    lines = _lines(text)
    return _pipe_tables(lines) + _cell_tables(lines)
