"""The one writer of table pages for the briefing pack's PDF (the targets against outcomes, the sources):
every cell broken into lines that fit its column (components/textfit.py; a web address at its / ? &
marks, Chinese between any two characters), and no row cut: a page holds the rows that fit, the rest
go on to the next page under the same header. Plotly draws the table; the widths are measured here."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from components import charts, export
from components.i18n import t
from components.palette import HEADER_FILL, STATUS_COLORS
from components.textfit import wrap_width

CELL_PAD = 8        # plotly's padding on each side of a cell's text, px
SLACK = 6           # px of each cell left free besides the padding
LINE = 1.3          # a line's height in a plotly table, over the font size
ROW_PAD = 16        # a row's height besides its lines, px
MIN_ROW = 26        # a row of one short line, px
HEADER_SIZE = 13
ROOM_SLACK = 12     # px of each page's table area left free


@dataclass(frozen=True)
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]
    weights: list[float]            # the columns' relative widths
    size: int = 11                  # the cells' font size, px
    fills: list[list[str]] | None = None   # a colour per column for each row; white when None


def column_widths(weights: list[float], width: float) -> list[float]:
    """The room for text in each column of a table `width` px wide, padding taken off."""
    total = sum(weights)
    return [width * w / total - 2 * CELL_PAD - SLACK for w in weights]


def fit_cells(cells: list[str], widths: list[float], size: float) -> list[list[str]]:
    """Each cell of a row as the lines it is drawn in, each line within its column."""
    return [wrap_width(str(cell), width, size) for cell, width in zip(cells, widths, strict=True)]


def row_height(lines: list[list[str]], size: float) -> float:
    return max(MIN_ROW, max((len(c) for c in lines), default=1) * size * LINE + ROW_PAD)


def split_rows(heights: list[float], room: float) -> list[range]:
    """Consecutive rows whose heights fit `room` on each page (a row taller than a page is alone)."""
    pages, start, used = [], 0, 0.0
    for i, h in enumerate(heights):
        if used + h > room and i > start:
            pages.append(range(start, i))
            start, used = i, 0.0
        used += h
    pages.append(range(start, len(heights)))
    return pages


def table_pages(table: Table, lang: str, sources: pd.DataFrame | None = None, today: str | None = None,
                page: tuple[int, int] = export.PAGE) -> list[go.Figure]:
    """The table as pages of the pack, every cell wrapped and every row whole. With `sources`, each
    page carries the source line of those statements (components/provenance.source_line)."""
    def skeleton(title: str) -> go.Figure:
        fig = charts.figure([], charts.style_layout(title=title, lang=lang, source=sources is not None, height=page[1]))
        return export.for_export(fig, sources=sources, lang=lang, today=today, width=page[0]) if sources is not None \
            else fig

    first = skeleton(table.title)
    margin = first.layout.margin
    width = page[0] - margin.l - margin.r
    widths = column_widths(table.weights, width)
    header = fit_cells(table.header, widths, HEADER_SIZE)
    header_h = row_height(header, HEADER_SIZE)
    lines = [fit_cells(row, widths, table.size) for row in table.rows]
    room = page[1] - margin.t - margin.b - header_h - ROOM_SLACK
    parts = split_rows([row_height(row, table.size) for row in lines], room)
    pages = []
    for n, part in enumerate(parts, start=1):
        fig = first if n == 1 else skeleton(table.title)
        if len(parts) > 1:
            fig.update_layout(title_text=fig.layout.title.text.replace(table.title, f"{table.title} ({n})", 1))
        columns = [["<br>".join(export.escaped(x) for x in lines[i][j]) for i in part] for j in range(len(table.header))]
        fills = [[(table.fills[i][j] if table.fills else "white") for i in part] for j in range(len(table.header))]
        fig.add_trace(go.Table(
            columnwidth=table.weights,
            header={"values": ["<br>".join(export.escaped(x) for x in cell) for cell in header], "align": "left",
                    "fill": {"color": HEADER_FILL}, "font": {"size": HEADER_SIZE}, "height": header_h},
            cells={"values": columns, "align": "left", "font": {"size": table.size}, "height": MIN_ROW,
                   "fill": {"color": fills}}))
        pages.append(fig)
    return pages


def targets_pages(tva_year: pd.DataFrame, inds: pd.DataFrame, lang: str, year: int, sources: pd.DataFrame,
                  today: str | None = None) -> list[go.Figure]:
    """The year's targets against outcomes, the status cell in its colour, with the source line of
    the statements behind its rows."""
    header, rows, statuses = export.targets_rows(tva_year, inds, lang)
    fills = [["white"] * 4 + [STATUS_COLORS.get(s, "white"), "white"] for s in statuses]
    table = Table(t("targets_of_year", lang, year=year), header, rows, [2.0, 1.3, 1.3, 0.9, 0.9, 4.2], 13, fills)
    return table_pages(table, lang, sources=sources, today=today)


def sources_pages(sources: pd.DataFrame, inds: pd.DataFrame, lang: str) -> list[go.Figure]:
    """Every statement behind the pack's numbers: indicator and year, place, kind, document (its whole
    title and address) and quote."""
    header, rows = export.source_rows(sources, inds, lang)
    return table_pages(Table(t("sources", lang), header, rows, [1.5, 0.8, 0.6, 3.0, 3.6]), lang)
