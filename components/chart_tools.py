"""The indicator charts' tools (issue 24), as the page uses them: the view and scale controls, each
chart drawn for the view chosen, and under every chart its data as CSV and its citation. The
computing is in components/chart_views.py (views), chart_data.py (the points drawn) and
citation.py; here the reader, the memo and the Dash components."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go
from dash import dcc, html

from components import chart_data, chart_views, ids, memo, params, reads
from components.chart_views import INDEX, LEVEL, LOG, YOY
from components.citation import cite_text
from components.i18n import place_label, t
from etl.store import queries


def build_view_controls(lang: str, view: str, scale: str) -> list:
    """The view (as stated, index, change from a year ago) and the axis (linear, log), with why a
    rate keeps a linear axis."""
    return [
        html.Label([t("view", lang), dcc.RadioItems(id=ids.IND_VIEW, value=view, inline=True, options=[
            {"label": t("view_" + v, lang), "value": v} for v in chart_views.VIEWS])], className="control"),
        html.Label([t("scale", lang), dcc.RadioItems(id=ids.IND_SCALE, value=scale, inline=True, options=[
            {"label": t("scale_" + s, lang), "value": s} for s in chart_views.SCALES]),
            html.Span(t("scale_hint", lang), className="muted small", id="scale-hint")], className="control"),
    ]


def chart_figure(reader: queries.Reader, inds, key: str, lang: str, years: tuple[int, int], places: list[str],
                 view: str, scale: str, base) -> go.Figure:
    """One indicator's chart for the view and scale chosen: a level's index or change from a year ago
    (chart_views.view_chart), else `base(key)` (the chart as stated) on a log axis when asked."""
    y0, y1 = years
    region = places[0]
    shown = None if len(places) > 1 or region == reader.call(queries.default_region) else region

    def build():
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        if view in (INDEX, YOY) and chart_views.is_level(ind):
            first = y0 - 1 if view == YOY else y0
            series = {(place_label(p, lang) if len(places) > 1 else None):
                      chart_views.chosen_outcomes(*reads.series(reader, key, p), ind["unit"], first, y1) for p in places}
            return chart_views.view_chart(series, ind, lang, y0, y1, view, scale, shown)
        fig = go.Figure(base(key))
        if view != LEVEL:
            chart_views.add_note(fig, t("view_rates_note", lang))
        return chart_views.apply_log(fig, ind, lang) if scale == LOG else fig

    if view == LEVEL and scale != LOG:
        return base(key)
    return memo.remember(reader, ("tool_chart", key, lang, y0, y1, tuple(places), view, scale), build)


def figure_rows(reader: queries.Reader, key: str, places: list[str]) -> dict[int, dict]:
    """The figures a chart of `key` in `places` may draw, by obs id."""
    return {int(r["obs_id"]): r for p in places for r in reads.series(reader, key, p)[0]}


def chart_footer(reader: queries.Reader, key: str, fig: go.Figure, lang: str, places: list[str],
                 years: tuple[int, int], address: str, today: date | None = None) -> html.Div:
    """Under a chart: its data as CSV, and its citation to read or copy."""
    rows = figure_rows(reader, key, places)
    text = cite_text(title=chart_data.plain_title(fig), places=places, years=years,
                     sources=chart_data.chart_sources(fig, rows), address=address, accessed=today or date.today(),
                     lang=lang)
    return html.Div(className="chart-tools", children=[
        html.Button(t("chart_csv", lang), id={"type": ids.CHART_CSV, "index": key}, n_clicks=0,
                    className="small-button chart-csv"),
        html.Details(className="cite", children=[
            html.Summary(t("cite_chart", lang)),
            html.Pre(text, id={"type": ids.CHART_CITE, "index": key}, className="citation"),
            dcc.Clipboard(content=text, title=t("cite_copy", lang), className="small-button cite-copy",
                          children=t("cite_copy", lang), copied_children="✓ " + t("cite_copy", lang)),
        ]),
    ])


def page_address(origin: str, state: dict) -> str:
    """The page's address for a view state (the browser's page-state store): what sync_url writes."""
    shown = {k: v for k, v in state.items() if k not in ("path", "history", "obs", "y")}
    return origin.rstrip("/") + str(state.get("path") or "/indicator") + params.to_search(shown)


def chart_csv(reader: queries.Reader, key, figures: list[tuple[str, go.Figure]], places: list[str], lang: str,
              view: str, origin: str = "") -> dict | None:
    """The download of one chart's points drawn, or None when `key` is not a chart of the page.
    `figures` and `places`: the page's, for the view shown (components/views.py::indicator_figures)."""
    found = dict(figures).get(key) if isinstance(key, str) else None
    if found is None:
        return None
    df = chart_data.chart_table(found, figure_rows(reader, key, places), lang, origin)
    return dcc.send_bytes(chart_data.csv_bytes(df, lang), f"luohu-{key}-{chart_views.view_of(view)}-{lang}.csv")
