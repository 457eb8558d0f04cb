"""Pure: a table's rows parted into groups by headings on lines of their own (一、工业, 七、季度指标(1—9月)): the table
goes on past such a heading, and a part of the year the heading names is its rows'. A heading is a group's only when
it is short, numbered by a Chinese ordinal, names no year (2025年主要目标 is the title of a table of its own) and a
row holding a figure follows it. Linear."""

from __future__ import annotations

import re

from etl.extract.patterns import part_year_of
from etl.extract.table_words import is_pipe_row, parse_number_cell

# 一、工业; (二)消费品市场; 七、季度指标(1—9月): an ordinal, a few words, a bracket at most; no figure, no year
_GROUP = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）])\s*"
                    r"[^\d|\s。;；,，:：]{1,12}(?:[（(][^()（）\n]{1,10}[)）])?\s*")
_YEAR = re.compile(r"\d{4}\s*年")


def group_heading(line: str) -> bool:
    """Whether `line` alone is a heading of a group of a table's rows."""
    return bool(_GROUP.fullmatch(line)) and not _YEAR.search(line)


def as_group_row(line: str) -> str:
    """The heading written as a pipe row of one cell, so the table reading it goes on."""
    return "| " + line.strip() + " |"


def group_part(cells: list[tuple[str, int, int]]) -> str | None:
    """The heading of a row of one cell that heads a group (its text, or "" when it names no part of the year); None
    for any other row."""
    return heading_part(cells[0][0]) if len(cells) == 1 else None


def heading_part(line: str) -> str | None:
    """`line` as a heading of a group of rows: its text when it names a part of the year, "" when it names none; None
    when it is no such heading."""
    if not group_heading(line):
        return None
    return line.strip() if part_year_of(line, only=True) else ""


def _has_figure(row: str) -> bool:
    return any(parse_number_cell(c) for c in row.split("|"))


def closed_up(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines without the blank ones between two rows of a pipe table (a page that sets each row as a paragraph of
    its own: …| 亿元 | 增长7%左右 |\n\n\n2 | …), and a group's heading between two rows written as a row; each line
    keeps its own offset."""
    out: list[tuple[int, str]] = []
    gap: list[tuple[int, str]] = []
    for k, (start, line) in enumerate(lines):
        if not line.strip():
            gap.append((start, line))
            continue
        in_table = bool(out) and is_pipe_row(out[-1][1])
        if in_table and group_heading(line) and _row_with_figure_next(lines, k + 1):
            line = as_group_row(line)
        if not (gap and in_table and is_pipe_row(line)):
            out.extend(gap)
        gap = []
        out.append((start, line))
    return out + gap


def _row_with_figure_next(lines: list[tuple[int, str]], k: int) -> bool:
    """Whether the next line not blank from k on is a pipe row holding a figure."""
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    return k < len(lines) and is_pipe_row(lines[k][1]) and _has_figure(lines[k][1])
