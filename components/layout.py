"""The page shells and each page's body: DataFrames and plain values in, Dash components out. No SQL,
no file I/O. The tables a page shows are in components/tables.py; where a figure came from (the side
panel, the document reader) in components/provenance.py."""

from __future__ import annotations

import dash_ag_grid as dag
import pandas as pd
from dash import dcc, html

from components import ids, words_data
from components.charts import image_config
from components.format import fmt_value, own_unit
from components.i18n import AG_GRID_ZH, column_label, name_of, t, unit_label
from components.palette import INK, NO_STATUS_BADGE, STATUS_COLORS
from components.params import href
from components.tables import build_league_table, build_record_table


def build_shell() -> html.Div:
    """The frame that never changes: URL, page-state store, the page container."""
    return html.Div([
        dcc.Location(id=ids.URL, refresh="callback-nav"),
        dcc.Store(id=ids.PAGE_STATE),
        html.Div(id="url-sync", hidden=True),
        html.Div(id="focus-sync", hidden=True),
        dcc.Download(id=ids.CHART_DOWNLOAD),
        html.Div(id=ids.PAGE, className="page"),
    ])


def build_header(pathname: str, lang: str, places: list[dict] | None = None, region: str | None = None,
                 region_param: str | None = None, nav: list[tuple] = ()) -> html.Header:
    """The header; `nav` is the (path, key, (label zh, label en)) list of components/pages.py;
    `places` the place selector's first options (components/place_picker.py: typing finds the rest)."""
    links = [dcc.Link(label[0] if lang == "zh" else label[1], href=href(path, lang, region=region_param),
                      className="nav-link active" if pathname == path else "nav-link", id=f"nav-{key}")
             for path, key, label in nav]
    selector = []
    if places:
        selector = [dcc.Dropdown(id=ids.REGION_SELECT, options=places, value=region, clearable=False, searchable=True,
                                 placeholder=t("find_place", lang), labels=dropdown_labels(lang), className="region-select")]
    return html.Header(className="header", children=[
        html.Div([html.Span(t("app_title", lang), className="brand"),
                  html.Span(t("tagline", lang, region=region), className="tagline")]),
        html.Nav(links, id=ids.NAV, className="nav"),
        *selector,
        html.Button(t("switch_lang", lang), id=ids.LANG_BUTTON, className="lang-button", n_clicks=0,
                    lang="en" if lang == "zh" else "zh-CN", **{"data-lang": lang}),   # named in its own language
    ])


# the words a dropdown writes itself (its search box, "2 selected" …), in the page's language
_DROPDOWN_WORDS = ("select_all", "deselect_all", "selected_count", "search", "clear_search", "clear_selection",
                   "no_options_found")


def dropdown_labels(lang: str) -> dict:
    return {w: t("dropdown_" + w, lang) for w in _DROPDOWN_WORDS}


def build_page(pathname: str, lang: str, body, places: list[dict] | None = None, region: str | None = None,
               region_param: str | None = None, nav: list[tuple] = ()) -> list:
    return [build_header(pathname, lang, places, region, region_param, nav), dcc.Store(id=ids.REGION_STORE, data=region),
            html.Main(body, className="main", lang="zh-CN" if lang == "zh" else "en")]


def build_message(title: str, lines: list[str], code: str | None = None) -> html.Div:
    return html.Div(className="message", children=[
        html.H2(title), *[html.P(line) for line in lines], html.Pre(code) if code else None])


def build_no_database(message: str, lang: str) -> html.Div:
    return build_message(t("no_db_title", lang), [message, t("no_db_body", lang)], "python -m etl build")


def graph(figure, *, id, filename: str, lang: str = "zh") -> dcc.Graph:
    return dcc.Graph(id=id, figure=figure, config=image_config(filename, lang), className="graph")


def build_export_buttons(spec: str, lang: str) -> html.Div:
    """PNG / SVG / PDF of one chart, rendered on the server in the export style."""
    return html.Div(className="export", children=[
        html.Span(t("export", lang), className="muted small"),
        *[html.Button(fmt.upper(), id={"type": ids.EXPORT, "index": spec, "fmt": fmt}, n_clicks=0, className="small-button")
          for fmt in ("png", "svg", "pdf")]])


def exportable(figure, *, id, filename: str, spec: str, lang: str) -> html.Div:
    return html.Div([build_export_buttons(spec, lang), graph(figure, id=id, filename=filename, lang=lang)],
                    className="chart-card")


# --- overview ------------------------------------------------------------------------------

def build_headline_cards(tva: pd.DataFrame, inds: pd.DataFrame, lang: str, year: int,
                         region_param: str | None = None) -> html.Div:
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    cards = []
    headline = inds[inds["headline"].notna()].sort_values("headline")["key"] if "headline" in inds else []
    for key in headline:
        rows = tva[(tva["indicator"] == key) & (tva["year"] == year)]
        if rows.empty:
            continue
        r = rows.iloc[0]
        status = r["attainment"]
        cards.append(dcc.Link(href=href("/indicator", lang, i=key, y=year, region=region_param), className="card", children=[
            html.Div(names.get(key, key), className="card-title"),
            html.Div([html.Span(t("target", lang) + " ", className="muted"),
                      html.Span(fmt_value(r["target_value"], r["target_value_high"], own_unit(r, "target"), r["target_qualifier"], lang) or "—")]),
            html.Div([html.Span(t("outcome", lang) + " ", className="muted"),
                      html.Span(fmt_value(r["actual_value"], None, own_unit(r, "actual"), r["actual_qualifier"], lang) or "—",
                                className="card-value")]),
            html.Div(t(status, lang), className="badge", style={"background": STATUS_COLORS.get(status, NO_STATUS_BADGE),
                                                                "color": "white" if status in ("exceeded", "missed") else INK}),
        ]))
    return html.Div([html.H2(f"{t('latest_year', lang)}: {year}"), html.Div(cards, className="cards", id=ids.HEADLINE_CARDS)])


def build_overview(cards, scorecard_fig, lang: str, spec: str = "scorecard", backlog: int = 0) -> list:
    review = [dcc.Link(t("review_backlog", lang, n=backlog), href=href("/review", lang),
                       id=ids.REVIEW_BACKLOG, className="review-backlog")] if backlog else []
    # on a phone the scorecard keeps a readable width and scrolls sideways inside its box
    return [cards, *review, html.P(t("scorecard_hint", lang), className="muted small"),
            html.Div(exportable(scorecard_fig, id=ids.SCORECARD, filename="luohu-scorecard", spec=spec, lang=lang),
                     className="scroll-x")]


# --- indicator -----------------------------------------------------------------------------

def indicator_options(inds: pd.DataFrame, lang: str) -> list[dict]:
    opts = []
    for _, r in inds.iterrows():
        if not r["n_observations"]:
            continue
        opts.append({"label": name_of(r, lang), "value": r["key"],     # the other language's name: found by search
                     "search": f"{r['name_zh']} {r['name_en']} {r['key']} {r['aliases'] or ''} {r['former_names'] or ''}"})
    return opts


def build_indicator_controls(inds: pd.DataFrame, lang: str, selected: list[str], years: tuple[int, int],
                             span: tuple[int, int], measure: str | None, others: list[dict] | None = None,
                             compare: list[str] | None = None, extra: list | None = None) -> html.Div:
    """`others`: the comparison picker's first options, the places with figures but the one shown
    (typing finds the rest: components/place_picker.py)."""
    lo, hi = span
    compare_control = html.Label([t("compare_regions", lang), dcc.Dropdown(
        id=ids.IND_COMPARE, options=others or [], value=compare or [], multi=True, placeholder=t("find_place", lang),
        labels=dropdown_labels(lang))],
        className="control", style=None if others else {"display": "none"})
    return html.Div(className="controls", children=[compare_control,
        html.Label([t("choose_indicators", lang),
                    dcc.Dropdown(id=ids.IND_SELECT, options=indicator_options(inds, lang), value=selected, multi=True,
                                 labels=dropdown_labels(lang),
                                 searchable=True, clearable=False)], className="control wide"),
        html.Label([t("years", lang),
                    dcc.RangeSlider(id=ids.IND_YEARS, min=lo, max=hi, step=1, value=list(years),
                                    marks=_year_marks(lo, hi),
                                    allowCross=False, tooltip={"placement": "bottom"})], className="control"),
        html.Label([t("measure", lang),
                    dcc.RadioItems(id=ids.IND_MEASURE, value=measure or "as-chosen", inline=True, options=[
                        {"label": t("as_chosen", lang), "value": "as-chosen"},
                        {"label": t("level", lang), "value": "level"},
                        {"label": t("growth", lang), "value": "growth"}])], className="control"),
        *(extra or []),     # the view and the axis (components/chart_tools.py)
    ])


def _year_marks(lo: int, hi: int) -> dict:
    step = 2 if hi - lo > 10 else 1
    years = list(range(lo, hi + 1, step))
    years[-1] = hi
    return {y: str(y) for y in years}


def build_indicator_page(controls, lang: str, panel=None) -> html.Div:
    return html.Div(className="with-panel", children=[
        html.Div([controls, html.Div(id=ids.IND_CHARTS)], className="content"),
        html.Aside(id=ids.SIDE_PANEL, className="side-panel",
                   children=panel or [html.P(t("click_point", lang), className="muted")]),
        html.Div(id="panel-sync", hidden=True),   # beside the panel: drawing the page does not scroll to it
        dcc.Download(id=ids.CHART_CSV_DOWNLOAD),   # a chart's points as CSV (components/chart_tools.py)
    ])


def build_indicator_charts(figures: list[tuple[str, object]], specs: list[str], lang: str, wide: bool = False,
                           tools: list | None = None) -> list:
    """Each indicator's chart with its export buttons; `specs` are the charts' ChartSpec texts; `tools`
    what goes under each chart (its CSV and citation). A wide chart (places compared, its legend beside
    it) keeps a readable width and scrolls sideways on a phone."""
    cards = [exportable(fig, id={"type": ids.IND_CHART, "index": key}, filename=f"luohu-{key}", spec=spec, lang=lang)
             for (key, fig), spec in zip(figures, specs, strict=True)]
    cards = [html.Div(card, className="scroll-x") for card in cards] if wide else cards
    return [part for i, card in enumerate(cards) for part in ([card, tools[i]] if tools else [card])]


# --- year ----------------------------------------------------------------------------------

def build_year_page(years: list[int], year: int, lang: str) -> html.Div:
    pack = html.Div(className="pack", children=[
        html.B(t("briefing_pack", lang)), html.Span(t("pack_hint", lang), className="muted small"),
        html.Button("PDF", id=ids.PACK_PDF, n_clicks=0), html.Button("PPTX", id=ids.PACK_PPTX, n_clicks=0),
        html.Button("ZIP (PNG+SVG)", id=ids.PACK_ZIP, n_clicks=0),
        html.Progress(id=ids.PACK_PROGRESS, value="0", max="1"), html.Span(id=ids.PACK_STATUS, className="small"),
        dcc.Store(id=ids.PACK_REQUEST), dcc.Download(id=ids.PACK_DOWNLOAD),
    ])
    return html.Div([
        html.Div([html.Label([t("year", lang), dcc.Dropdown(id=ids.YEAR_SELECT, labels=dropdown_labels(lang), options=[{"label": str(y), "value": y} for y in years],
                                                            value=year, clearable=False, style={"width": "160px"})], className="control"),
                  pack], className="controls"),
        html.Div(id=ids.YEAR_DUMBBELL), html.Div(id=ids.YEAR_TABLE),
    ])


# --- data ----------------------------------------------------------------------------------

DATA_COLUMNS = ["indicator", "name_zh", "name_en", "region", "year", "period", "kind", "value", "value_high", "unit", "qualifier",
                "status", "basis", "method", "agreement", "n_sources", "quote", "doc_id", "char_start", "char_end",
                "doc_title", "source_url", "source_title", "source_tier", "report_year", "used_for_attainment", "rule",
                "obs_id"]


def build_data_page(obs: pd.DataFrame, dictionary: pd.DataFrame, inds: pd.DataFrame, lang: str) -> html.Div:
    rows = obs[DATA_COLUMNS].astype(object).where(obs[DATA_COLUMNS].notna(), None).to_dict("records")
    col_defs = [words_data.column_def(c, lang, column_label(c, lang)) for c in DATA_COLUMNS]
    for c in col_defs:
        if c["field"] in ("value", "value_high", "year", "char_start", "char_end", "n_sources", "obs_id"):
            c["filter"] = "agNumberColumnFilter"
    dict_rows = [html.Tr([html.Td(html.Code(r["table_name"])), html.Td(html.Code(r["column_name"])),
                          html.Td(words_data.han_marked(r["description_zh"] if lang == "zh" else r["description_en"], lang))])
                 for _, r in dictionary.iterrows()]
    ind_rows = [html.Tr([html.Td(html.Code(r["key"])), html.Td(r["name_zh"], lang="zh-CN"), html.Td(r["name_en"], lang="en"),
                         html.Td(unit_label(r["unit"], lang)), html.Td(words_data.direction_label(r["direction"], lang)),
                         html.Td(r["aliases"] or "", lang="zh-CN"), html.Td(r["former_names"] or "", lang="zh-CN")])
                for _, r in inds.iterrows()]
    return html.Div([
        html.Div([html.Button(t("download_csv", lang), id=ids.DATA_CSV, n_clicks=0),
                  html.Button(t("download_xlsx", lang), id=ids.DATA_XLSX, n_clicks=0),
                  dcc.Download(id=ids.DATA_DOWNLOAD),
                  html.Span(t("targets_vs_outcomes", lang), className="muted small"),
                  html.Button("CSV", id=ids.TVA_CSV, n_clicks=0), html.Button("XLSX", id=ids.TVA_XLSX, n_clicks=0),
                  dcc.Download(id=ids.TVA_DOWNLOAD)], className="buttons"),
        dag.AgGrid(id=ids.DATA_GRID, rowData=rows, columnDefs=col_defs, className="ag-theme-alpine grid",
                   dashGridOptions={"pagination": True, "paginationPageSize": 50, "enableCellTextSelection": True,
                                    **({"localeText": AG_GRID_ZH} if lang == "zh" else {})},
                   defaultColDef={"minWidth": 90}, style={"height": "560px"}),
        html.H2(t("dictionary", lang)),
        html.H3(t("columns", lang)), html.Table(html.Tbody(dict_rows), className="table small"),
        html.H3(t("indicators_catalogue", lang)), html.Table(html.Tbody(ind_rows), className="table small"),
    ])


# --- cascade -------------------------------------------------------------------------------

def _chips(label: str, items: list[tuple[str, str, bool]], chip_id: str) -> html.Div:
    """A row of links, the chosen one marked (server-rendered: the address is the state)."""
    return html.Div([html.Span(label, className="muted small chip-label"),
                     *[dcc.Link(text, href=link, className="chip active" if on else "chip") for text, link, on in items]],
                    className="chips", id=chip_id)


def build_cascade_page(figs: dict, specs: dict, records: list, league: list, lang: str, key: str, year: int,
                       years: list[int], indicators: list[tuple[str, dict]], region: str, region_param: str | None,
                       panel=None, sources: dict[str, str] | None = None) -> html.Div:
    """Controls (indicator, year), the year's cascade, the amplification over the years, each level's
    record, then the peers' dumbbell and league table, each with the source line of the figures it
    shows (`sources`: by chart or table); a clicked point's sources in the side panel."""
    def source(what: str) -> list:
        line = (sources or {}).get(what)
        return [html.P(line, className="source-line muted small", id=f"cascade-{what}-sources", lang="zh-CN")] if line \
            else []
    ind_chips = _chips(t("pick_indicator", lang), [(name_of(row, lang), href("/cascade", lang, i=k, y=year, region=region_param),
                                                    k == key) for k, row in indicators], "cascade-indicators")
    year_chips = _chips(t("pick_year", lang), [(str(y), href("/cascade", lang, i=key, y=y, region=region_param), y == year)
                                               for y in years], "cascade-years")
    def chart(kind: str) -> html.Div:
        return exportable(figs[kind], id={"type": ids.IND_CHART, "index": f"cascade-{kind}"},
                          filename=f"cascade-{kind}-{key}", spec=specs[kind], lang=lang)
    content = html.Div([
        html.P(t("cascade_intro", lang), className="muted"),
        html.Div([ind_chips, year_chips, html.Div([
            html.Span(t("cascade_download", lang), className="muted small"),
            html.Button("CSV", id=ids.CASCADE_CSV, n_clicks=0, className="small-button"),
            html.Button("XLSX", id=ids.CASCADE_XLSX, n_clicks=0, className="small-button"),
            dcc.Download(id=ids.CASCADE_DOWNLOAD)], className="downloads")], className="controls"),
        chart("cascade"), *source("cascade"),
        html.Div(chart("amplification"), className="scroll-x"), *source("amplification"),   # not scrolled with it
        html.H3(t("records_title", lang)), build_record_table(records, lang), *source("records"),
        chart("peers"), *source("peers"),
        html.H3(t("league_title", lang)), build_league_table(league, lang, region), *source("league"),
        html.P(t("cascade_defs", lang), className="muted small"),
    ], className="content")
    return html.Div(className="with-panel", children=[
        content,
        html.Aside(id=ids.SIDE_PANEL, className="side-panel",
                   children=panel or [html.P(t("click_point", lang), className="muted")]),
        html.Div(id="panel-sync", hidden=True),
    ])
