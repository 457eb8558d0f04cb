"""Callbacks and the page views they call. Each view: open a cursor -> queries.x -> charts/layout.x.

The views are plain functions (`render_page`, `indicator_charts`, …) so tests call them without a
browser; `register` only wires them to component ids.
"""

from __future__ import annotations

import io

import pandas as pd
from dash import ALL, Input, Output, State, ctx, dcc, no_update

from components import charts, ids, layout, params
from components.i18n import lang_of, t
from etl import queries


def _inds(reader: queries.Reader) -> pd.DataFrame:
    return reader.call(queries.indicators)


def render_page(reader: queries.Reader, pathname: str | None, search: str | None):
    """Router: (path, query) -> page components. Unknown pages and bad parameters give a message."""
    view = params.parse(search)
    lang = lang_of(view.params.get("lang"))
    path = pathname or "/"
    ok, message = reader.status()
    if not ok:
        return layout.build_page(path, lang, layout.build_no_database(message, lang))
    pages = {"/": overview_page, "/indicator": indicator_page, "/year": year_page,
             "/sources": sources_page, "/data": data_page}
    page = pages.get(path)
    if page is None:
        return layout.build_page(path, lang, layout.build_message(t("not_found", lang), [path[:80]]))
    body, errors = page(reader, view.params, lang)
    errors = view.errors + errors
    if errors:
        body = [layout.build_message(t("unknown", lang), errors), body]
    return layout.build_page(path, lang, body)


def overview_page(reader, p: dict, lang: str):
    inds = _inds(reader)
    tva = reader.call(queries.target_vs_actual)
    lo, hi = reader.call(queries.year_range)
    judged = tva[tva["actual_obs_id"].notna() & tva["target_obs_id"].notna()]
    latest = int(judged["year"].max()) if not judged.empty else hi
    cards = layout.build_headline_cards(tva, inds, lang, latest)
    fig = charts.scorecard(tva, inds, lang, lo, hi)
    return layout.build_overview(cards, fig, lang), []


def indicator_page(reader, p: dict, lang: str):
    inds = _inds(reader)
    lo, hi = reader.call(queries.year_range)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    y0, e0 = params.year(p.get("from"), lo, hi, "from")
    y1, e1 = params.year(p.get("to"), lo, hi, "to")
    year, e2 = params.year(p.get("y"), lo, hi)
    errors += e0 + e1 + e2
    if not keys:
        keys = ["gdp_growth"]
    measure = p.get("m") if p.get("m") in ("level", "growth") else None
    controls = layout.build_indicator_controls(inds, lang, keys, (y0 or lo, y1 or hi), (lo, hi), measure)
    panel = None
    if year is not None:  # opened at a year (a scorecard cell): show that year's outcome, else its target
        row = reader.call(queries.target_vs_actual, [keys[0]], year=year)
        ids_ = [v for v in (row["actual_obs_id"].tolist() + row["target_obs_id"].tolist()) if v == v and v is not None]
        if ids_:
            panel = point_panel(reader, int(ids_[0]), lang)
    return layout.build_indicator_page(controls, lang, panel), errors


def swap_measure(keys: list[str], measure: str | None, inds: pd.DataFrame) -> list[str]:
    """Each key replaced by its family's key for the chosen measure, where the family has one."""
    if measure not in ("level", "growth"):
        return keys
    by = {(r["family"], r["measure"]): r["key"] for _, r in inds.iterrows()}
    family = dict(zip(inds["key"], inds["family"], strict=True))
    out = []
    for k in keys:
        k2 = by.get((family.get(k), measure), k)
        if k2 not in out:
            out.append(k2)
    return out


def indicator_charts(reader: queries.Reader, keys: list[str], years: list[int], measure: str | None, lang: str):
    inds = _inds(reader)
    keys, _ = params.indicator_keys(",".join(keys or []), set(inds["key"]))
    keys = swap_measure(keys, measure, inds)
    y0, y1 = (years or reader.call(queries.year_range))
    figures = []
    for key in keys:
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs = reader.call(queries.observations, [key])
        tva = reader.call(queries.target_vs_actual, [key])
        figures.append((key, charts.indicator_chart(obs, tva, ind, lang, int(y0), int(y1))))
    if not figures:
        return [layout.graph(charts.empty_figure(t("no_figures", lang), lang), id="empty-chart", filename="luohu")]
    return layout.build_indicator_charts(figures)


def point_panel(reader: queries.Reader, obs_id: int, lang: str):
    obs = reader.call(queries.observation, int(obs_id))
    if obs is None:
        return [layout.build_message(t("unknown", lang), [f"obs {obs_id}"])]
    context = None
    if isinstance(obs.get("doc_id"), str) and obs.get("char_start") == obs.get("char_start"):
        context = reader.call(queries.context, obs["doc_id"], int(obs["char_start"]), int(obs["char_end"]))
    sources = reader.call(queries.sources, int(obs_id))
    same = reader.call(queries.same_figure, int(obs_id))
    return layout.build_side_panel(obs, context, sources, same, lang)


def year_page(reader, p: dict, lang: str):
    tva = reader.call(queries.target_vs_actual)
    years = sorted(int(y) for y in tva.loc[tva["target_obs_id"].notna(), "year"].unique())
    lo, hi = reader.call(queries.year_range)
    y, errors = params.year(p.get("y"), lo, hi)
    if y is None:
        judged = tva[tva["actual_obs_id"].notna() & tva["target_obs_id"].notna()]
        y = int(judged["year"].max()) if not judged.empty else hi
    if y not in years:
        years = sorted(set(years) | {y})
    return layout.build_year_page(years, y, lang), errors


def year_view(reader: queries.Reader, year: int, lang: str):
    inds = _inds(reader)
    tva = reader.call(queries.target_vs_actual, year=int(year))
    docs = reader.call(queries.year_documents, int(year))
    fig = charts.dumbbell(tva, lang, int(year))
    return (layout.graph(fig, id="dumbbell-graph", filename=f"luohu-targets-{year}"),
            layout.build_year_table(tva, docs, inds, lang))


def sources_page(reader, p: dict, lang: str):
    doc_id, errors = params.doc_id(p.get("doc"))
    if doc_id:
        doc = reader.call(queries.document, doc_id)
        if doc is None:
            errors.append(f"no document {doc_id!r}")
        else:
            return layout.build_reader(doc, reader.call(queries.document_figures, doc_id), lang), errors
    return layout.build_documents_table(reader.call(queries.documents), lang), errors


def data_page(reader, p: dict, lang: str):
    inds = _inds(reader)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    obs = reader.call(queries.observations, keys or None)
    return layout.build_data_page(obs, reader.call(queries.data_dictionary), inds, lang), errors


def download(rows: list[dict] | None, fmt: str) -> dict:
    """The grid's current rows (filtered and sorted as shown) as CSV or XLSX, with every column."""
    df = pd.DataFrame(rows or [], columns=layout.DATA_COLUMNS)
    df = df[[c for c in layout.DATA_COLUMNS if c in df.columns]]
    if fmt == "xlsx":
        buf = io.BytesIO()
        df.to_excel(buf, index=False, sheet_name="observations")
        return dcc.send_bytes(buf.getvalue(), "luohu-observations.xlsx")
    return dcc.send_data_frame(df.to_csv, "luohu-observations.csv", index=False)


def register(app, reader: queries.Reader) -> None:
    @app.callback(Output(ids.PAGE, "children"), Input(ids.URL, "pathname"), Input(ids.URL, "search"))
    def _route(pathname, search):
        return render_page(reader, pathname, search)

    @app.callback(Output(ids.IND_CHARTS, "children"), Output(ids.PAGE_STATE, "data", allow_duplicate=True),
                  Input(ids.IND_SELECT, "value"), Input(ids.IND_YEARS, "value"), Input(ids.IND_MEASURE, "value"),
                  State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call="initial_duplicate")
    def _indicator(keys, years, measure, lang):
        lang = lang_of(lang)
        measure = measure if measure in ("level", "growth") else None
        state = {"path": "/indicator", "i": ",".join(keys or []), "from": years[0] if years else None,
                 "to": years[1] if years else None, "m": measure, "lang": lang if lang != "zh" else None}
        return indicator_charts(reader, keys, years, measure, lang), state

    @app.callback(Output(ids.SIDE_PANEL, "children"), Input({"type": ids.IND_CHART, "index": ALL}, "clickData"),
                  State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call=True)
    def _point(_clicks, lang):
        click = ctx.triggered[0]["value"] if ctx.triggered else None
        if not click or not click.get("points"):
            return no_update
        obs_id = click["points"][0].get("customdata")
        if obs_id is None:
            return no_update
        return point_panel(reader, obs_id, lang_of(lang))

    @app.callback(Output(ids.URL, "pathname"), Output(ids.URL, "search", allow_duplicate=True),
                  Input(ids.SCORECARD, "clickData"), State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call=True)
    def _scorecard(click, lang):
        if not click or not click.get("points"):
            return no_update, no_update
        point = click["points"][0]
        return "/indicator", params.to_search({"i": point["y"], "y": point["x"],
                                                "lang": None if lang_of(lang) == "zh" else "en"})

    @app.callback(Output(ids.YEAR_DUMBBELL, "children"), Output(ids.YEAR_TABLE, "children"),
                  Output(ids.PAGE_STATE, "data", allow_duplicate=True),
                  Input(ids.YEAR_SELECT, "value"), State(ids.LANG_BUTTON, "data-lang"),
                  prevent_initial_call="initial_duplicate")
    def _year(year, lang):
        lang = lang_of(lang)
        graph, table = year_view(reader, year, lang)
        return graph, table, {"path": "/year", "y": year, "lang": lang if lang != "zh" else None}

    @app.callback(Output(ids.DATA_DOWNLOAD, "data"), Input(ids.DATA_CSV, "n_clicks"), Input(ids.DATA_XLSX, "n_clicks"),
                  State(ids.DATA_GRID, "virtualRowData"), prevent_initial_call=True)
    def _download(_csv, _xlsx, rows):
        return download(rows, "xlsx" if ctx.triggered_id == ids.DATA_XLSX else "csv")

    # The browser's address bar follows the view without reloading it (history.replaceState).
    app.clientside_callback(
        """function(state) {
            if (!state) { return window.dash_clientside.no_update; }
            const p = new URLSearchParams();
            for (const [k, v] of Object.entries(state)) {
                if (k !== 'path' && v !== null && v !== undefined && v !== '') { p.set(k, v); }
            }
            const s = p.toString();
            window.history.replaceState(null, '', state.path + (s ? '?' + s : ''));
            return '';
        }""",
        Output("url-sync", "children"), Input(ids.PAGE_STATE, "data"))

    app.clientside_callback(
        """function(n) {
            if (!n) { return window.dash_clientside.no_update; }
            const p = new URLSearchParams(window.location.search);
            if ((p.get('lang') || 'zh') === 'zh') { p.set('lang', 'en'); } else { p.delete('lang'); }
            const s = p.toString();
            return s ? '?' + s : '';
        }""",
        Output(ids.URL, "search", allow_duplicate=True), Input(ids.LANG_BUTTON, "n_clicks"), prevent_initial_call=True)
