"""Callbacks and the page views they call. Each view: open a cursor -> queries.x -> charts/layout.x.

The views are plain functions (`render_page`, `indicator_charts`, …) so tests call them without a
browser; `register` only wires them to component ids.
"""

from __future__ import annotations

import io

import pandas as pd
from dash import ALL, Input, Output, State, ctx, dcc, no_update

from components import charts, export, ids, layout, params
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
             "/sources": sources_page, "/data": data_page, "/review": review_page}
    page = pages.get(path)
    regions = reader.call(queries.regions)
    default = reader.call(queries.default_region)
    region, region_errors = params.region(view.params.get("region"), regions, default)
    region_param = None if region == default else region
    if page is None:
        return layout.build_page(path, lang, layout.build_message(t("not_found", lang), [path[:80]]),
                                 regions, region, region_param)
    # Pages depend only on the data and the (validated) parameters: built once per database file.
    key = ("page", path, tuple(sorted(view.params.items())), lang, region)
    body, errors = reader.memo(key, lambda: page(reader, view.params, lang, region))
    errors = view.errors + region_errors + errors
    if errors:
        body = [layout.build_message(t("unknown", lang), errors), body]
    return layout.build_page(path, lang, body, regions, region, region_param)


def _region_param(reader, region: str) -> str | None:
    return None if region == reader.call(queries.default_region) else region


def overview_page(reader, p: dict, lang: str, region: str):
    inds = _inds(reader)
    tva = reader.call(queries.target_vs_actual, region=region)
    lo, hi = reader.call(queries.year_range)
    judged = tva[tva["actual_obs_id"].notna() & tva["target_obs_id"].notna()]
    latest = int(judged["year"].max()) if not judged.empty else hi
    cards = layout.build_headline_cards(tva, inds, lang, latest, _region_param(reader, region))
    fig = reader.memo(("scorecard", lang, lo, hi, region), lambda: charts.scorecard(tva, inds, lang, lo, hi))
    spec = "scorecard" + (f":{region}" if _region_param(reader, region) else "")
    return layout.build_overview(cards, fig, lang, spec, reader.call(queries.review_count)), []


def review_page(reader, p: dict, lang: str, region: str):
    return layout.build_review(reader.call(queries.review_items, None), lang), []


def indicator_page(reader, p: dict, lang: str, region: str):
    inds = _inds(reader)
    lo, hi = reader.call(queries.year_range)
    regions = reader.call(queries.regions)
    compare, e3 = params.regions(p.get("cmp"), regions)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    y0, e0 = params.year(p.get("from"), lo, hi, "from")
    y1, e1 = params.year(p.get("to"), lo, hi, "to")
    year, e2 = params.year(p.get("y"), lo, hi)
    errors += e0 + e1 + e2 + e3
    if not keys:
        keys = ["gdp_growth"]
    measure = p.get("m") if p.get("m") in ("level", "growth") else None
    controls = layout.build_indicator_controls(inds, lang, keys, (y0 or lo, y1 or hi), (lo, hi), measure,
                                               regions, region, [r for r in compare if r != region])
    panel = None
    if year is not None:  # opened at a year (a scorecard cell): show that year's outcome, else its target
        row = reader.call(queries.target_vs_actual, [keys[0]], year=year, region=region)
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


def _years(years, lo: int, hi: int) -> tuple[int, int]:
    """A [from, to] pair from the browser, trusted only after checking."""
    try:
        y0, y1 = (int(years[0]), int(years[1])) if years else (lo, hi)
    except (TypeError, ValueError, IndexError, KeyError, OverflowError):
        return lo, hi
    y0, y1 = max(lo, min(y0, hi)), max(lo, min(y1, hi))
    return (y0, y1) if y0 <= y1 else (lo, hi)


def indicator_charts(reader: queries.Reader, keys: list[str], years: list[int], measure: str | None, lang: str,
                     region: str | None = None, compare: list[str] | None = None):
    inds = _inds(reader)
    keys = [k for k in (keys or []) if isinstance(k, str)] if isinstance(keys, list) else []
    keys, _ = params.indicator_keys(",".join(keys), set(inds["key"]))
    keys = swap_measure(keys, measure, inds)
    y0, y1 = _years(years, *reader.call(queries.year_range))
    known = reader.call(queries.regions)
    region = region if region in known else reader.call(queries.default_region)
    compare = [r for r in (compare if isinstance(compare, list) else []) if r in known and r != region][:7]
    if compare:
        figures = [(key, compare_figure(reader, inds, key, lang, y0, y1, [region, *compare])) for key in keys]
    else:
        figures = [(key, indicator_figure(reader, inds, key, lang, y0, y1, region)) for key in keys]
    if not figures:
        return [layout.graph(charts.empty_figure(t("no_figures", lang), lang), id="empty-chart", filename="luohu")]
    suffix = f":{region}" if region != reader.call(queries.default_region) else ""
    return layout.build_indicator_charts(figures, (int(y0), int(y1)), lang, suffix)


def _series(reader: queries.Reader, key: str, region: str | None):
    obs = reader.memo(("records", "observations", key, region),
                      lambda: charts.records(reader.call(queries.observations, [key], region=region)))
    tva = reader.memo(("records", "target_vs_actual", key, region),
                      lambda: charts.records(reader.call(queries.target_vs_actual, [key], region=region)))
    return obs, tva


def indicator_figure(reader: queries.Reader, inds: pd.DataFrame, key: str, lang: str, y0: int, y1: int,
                     region: str | None = None):
    """One indicator's chart, built once per database file and view (figure construction is the
    costly part of a request)."""
    def build():
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs, tva = _series(reader, key, region)
        shown = region if region and region != reader.call(queries.default_region) else None
        return charts.indicator_chart(obs, tva, ind, lang, int(y0), int(y1), region=shown)
    return reader.memo(("indicator_chart", key, lang, int(y0), int(y1), region), build)


def compare_figure(reader: queries.Reader, inds: pd.DataFrame, key: str, lang: str, y0: int, y1: int,
                   regions: list[str]):
    def build():
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        return charts.compare_regions({r: _series(reader, key, r) for r in regions}, ind, lang, int(y0), int(y1))
    return reader.memo(("compare_chart", key, lang, int(y0), int(y1), tuple(regions)), build)


def point_panel(reader: queries.Reader, obs_id, lang: str):
    try:
        obs_id = int(obs_id)
    except (TypeError, ValueError):
        return [layout.build_message(t("unknown", lang), [f"obs {str(obs_id)[:40]!r}"])]
    obs = reader.call(queries.observation, obs_id)
    if obs is None:
        return [layout.build_message(t("unknown", lang), [f"obs {obs_id}"])]
    context = None
    if isinstance(obs.get("doc_id"), str) and obs.get("char_start") == obs.get("char_start"):
        context = reader.call(queries.context, obs["doc_id"], int(obs["char_start"]), int(obs["char_end"]))
    sources = reader.call(queries.sources, int(obs_id))
    same = reader.call(queries.same_figure, int(obs_id))
    return layout.build_side_panel(obs, context, sources, same, lang)


def year_page(reader, p: dict, lang: str, region: str):
    tva = reader.call(queries.target_vs_actual, region=region)
    years = sorted(int(y) for y in tva.loc[tva["target_obs_id"].notna(), "year"].unique())
    lo, hi = reader.call(queries.year_range)
    y, errors = params.year(p.get("y"), lo, hi)
    if y is None:
        judged = tva[tva["actual_obs_id"].notna() & tva["target_obs_id"].notna()]
        y = int(judged["year"].max()) if not judged.empty else hi
    if y not in years:
        years = sorted(set(years) | {y})
    return layout.build_year_page(years, y, lang), errors


def year_view(reader: queries.Reader, year, lang: str, region: str | None = None):
    lo, hi = reader.call(queries.year_range)
    year, _ = params.year(str(year), lo, hi)
    if year is None:
        year = hi
    if region not in reader.call(queries.regions):
        region = reader.call(queries.default_region)
    return reader.memo(("year_view", year, lang, region), lambda: _year_view(reader, year, lang, region))


def _year_view(reader: queries.Reader, year: int, lang: str, region: str):
    inds = _inds(reader)
    tva = reader.call(queries.target_vs_actual, year=int(year), region=region)
    docs = reader.call(queries.year_documents, int(year), region)
    fig = reader.memo(("dumbbell", lang, int(year), region), lambda: charts.dumbbell(tva, lang, int(year)))
    region_param = _region_param(reader, region)
    spec = f"dumbbell:{int(year)}" + (f":{region}" if region_param else "")
    return (layout.exportable(fig, id="dumbbell-graph", filename=f"luohu-targets-{year}", spec=spec, lang=lang),
            layout.build_year_table(tva, docs, inds, lang, region_param))


def sources_page(reader, p: dict, lang: str, region: str):
    doc_id, errors = params.doc_id(p.get("doc"))
    if doc_id:
        doc = reader.call(queries.document, doc_id)
        if doc is None:
            errors.append(f"no document {doc_id!r}")
        else:
            return layout.build_reader(doc, reader.call(queries.document_figures, doc_id), lang), errors
    return layout.build_documents_table(reader.call(queries.documents, region), lang), errors


def data_page(reader, p: dict, lang: str, region: str):
    inds = _inds(reader)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    obs = reader.call(queries.observations, keys or None, region=region)
    return layout.build_data_page(obs, reader.call(queries.data_dictionary), inds, lang), errors


def _titles(obs: pd.DataFrame) -> list[str]:
    return [d if isinstance(d, str) else s for d, s in zip(obs["doc_title"], obs["source_title"], strict=True)]


def indicator_export(reader: queries.Reader, key: str, fmt: str, lang: str, year_from: int | None = None,
                     year_to: int | None = None, width: int = export.SLIDE[0], height: int = export.SLIDE[1],
                     scale: float = 1, today: str | None = None, region: str | None = None) -> tuple[bytes, str]:
    """One indicator's chart as PNG/SVG/PDF, styled for a briefing. Raises export.ExportError."""
    inds = _inds(reader)
    if key not in set(inds["key"]):
        raise export.ExportError(f"unknown indicator {key!r}")
    lo, hi = reader.call(queries.year_range)
    y0, y1 = year_from or lo, year_to or hi
    if not (lo <= y0 <= y1 <= hi):
        raise export.ExportError(f"years must be within {lo}-{hi}")
    if region is not None and region not in reader.call(queries.regions):
        raise export.ExportError(f"unknown region {region!r}")
    ind = inds[inds["key"] == key].iloc[0].to_dict()
    obs = reader.call(queries.observations, [key], region=region)
    shown_region = region if region and region != reader.call(queries.default_region) else None
    fig = charts.indicator_chart(obs, reader.call(queries.target_vs_actual, [key], region=region), ind, lang, y0, y1,
                                 region=shown_region)
    shown = obs[obs["year"].between(y0, y1)]
    fig = export.for_export(fig, sources=_titles(shown), lang=lang, today=today)
    return export.render(fig, fmt, width, height, scale), f"luohu-{key}-{y0}-{y1}-{lang}.{fmt}"


def chart_export(reader: queries.Reader, spec: str, fmt: str, lang: str) -> tuple[bytes, str]:
    """Any chart the app shows, by its spec ('indicator:KEY:FROM:TO', 'scorecard', 'dumbbell:YEAR')."""
    kind, _, rest = (spec or "").partition(":")
    parts = rest.split(":") if rest else []
    known = reader.call(queries.regions)
    region = reader.call(queries.default_region)
    if parts and parts[-1] in known:   # a district other than the default ends the spec
        region = parts.pop()
    if kind == "indicator" and len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return indicator_export(reader, parts[0], fmt, lang, int(parts[1]), int(parts[2]), region=region)
    inds = _inds(reader)
    tva = reader.call(queries.target_vs_actual, region=region)
    if kind == "scorecard" and not parts:
        lo, hi = reader.call(queries.year_range)
        fig, name, shown = charts.scorecard(tva, inds, lang, lo, hi), "luohu-scorecard", tva
    elif kind == "dumbbell" and len(parts) == 1 and parts[0].isdigit():
        year_tva = tva[tva["year"] == int(parts[0])]
        fig, name, shown = charts.dumbbell(year_tva, lang, int(parts[0])), f"luohu-targets-{parts[0]}", year_tva
    else:
        raise export.ExportError(f"no chart {spec[:60]!r}")
    ids_ = [int(v) for v in pd.concat([shown["target_obs_id"], shown["actual_obs_id"]]).dropna()]
    fig = export.for_export(fig, sources=_titles(reader.call(queries.sources_for, ids_)), lang=lang)
    return export.render(fig, fmt), f"{name}-{lang}.{fmt}"


def briefing(reader: queries.Reader, year: int, lang: str, fmt: str, progress=None,
             today: str | None = None, region: str | None = None) -> tuple[bytes, str]:
    """The year's briefing pack: cover, scorecard, each targeted indicator's chart, the table of
    targets and outcomes, and the sources (PDF); or the charts as PPTX slides or PNG+SVG in a ZIP."""
    from datetime import date

    if fmt not in export.PACK_FORMATS:
        raise export.ExportError(f"format {fmt!r} is not offered; choose one of {', '.join(export.PACK_FORMATS)}")
    today = today or date.today().isoformat()
    inds = _inds(reader)
    lo, hi = reader.call(queries.year_range)
    if region is not None and region not in reader.call(queries.regions):
        raise export.ExportError(f"unknown region {region!r}")
    region = region or reader.call(queries.default_region)
    tva_all = reader.call(queries.target_vs_actual, region=region)
    years = set(int(y) for y in tva_all.loc[tva_all["target_obs_id"].notna(), "year"])
    if year not in years:
        raise export.ExportError(f"no targets for {year}; years with targets: {', '.join(map(str, sorted(years)))}")
    tva = tva_all[tva_all["year"] == year]
    keys = [k for k in inds["key"] if k in set(tva.loc[tva["target_obs_id"].notna(), "indicator"])][:12]
    ids_ = [int(v) for v in pd.concat([tva["target_obs_id"], tva["actual_obs_id"]]).dropna()]
    sources = reader.call(queries.sources_for, ids_)
    titles = _titles(sources)
    figures: list[tuple[str, object]] = [("scorecard", charts.scorecard(tva_all, inds, lang, lo, max(year, lo)))]
    for key in keys:
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs, tva_key = _series(reader, key, region)
        figures.append((key, charts.indicator_chart(obs, tva_key, ind, lang, lo, min(hi, max(year, lo)))))
    figures.append(("targets", charts.dumbbell(tva, lang, year)))
    figures = [(name, export.for_export(fig, sources=titles, lang=lang, today=today)) for name, fig in figures]
    name = f"luohu-briefing-{year}-{lang}.{fmt}" if region == reader.call(queries.default_region) \
        else f"briefing-{region}-{year}-{lang}.{fmt}"
    if fmt == "pdf":
        built = reader.call(queries.build_info).get("built_at")
        pages = [export.cover(year, lang, built, today), *[f for _, f in figures],
                 export.targets_table(tva, inds, lang, year), *export.sources_pages(sources, inds, lang)]
        return export.pack_pdf(pages, progress), name
    if fmt == "pptx":
        return export.pack_pptx(figures, progress), name
    return export.pack_zip(figures, sources, progress), name


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
                  Input(ids.IND_COMPARE, "value"), State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"),
                  prevent_initial_call="initial_duplicate")
    def _indicator(keys, years, measure, compare, lang, region):
        lang = lang_of(lang)
        measure = measure if measure in ("level", "growth") else None
        region_param = _region_param(reader, region) if isinstance(region, str) else None
        state = {"path": "/indicator", "i": ",".join(k for k in (keys or []) if isinstance(k, str)),
                 "from": years[0] if years else None, "to": years[1] if years else None, "m": measure,
                 "region": region_param, "cmp": ",".join(c for c in (compare or []) if isinstance(c, str)) or None,
                 "lang": lang if lang != "zh" else None}
        return indicator_charts(reader, keys, years, measure, lang, region, compare), state

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
                  Input(ids.SCORECARD, "clickData"), State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"),
                  prevent_initial_call=True)
    def _scorecard(click, lang, region):
        if not click or not click.get("points"):
            return no_update, no_update
        point = click["points"][0]
        region_param = _region_param(reader, region) if isinstance(region, str) else None
        return "/indicator", params.to_search({"i": point["y"], "y": point["x"], "region": region_param,
                                                "lang": None if lang_of(lang) == "zh" else "en"})

    # The district selector re-renders the page for that district (a URL change, so links keep it).
    app.clientside_callback(
        """function(region) {
            if (!region) { return window.dash_clientside.no_update; }
            const p = new URLSearchParams(window.location.search);
            p.set('region', region);
            p.delete('cmp');
            return '?' + p.toString();
        }""",
        Output(ids.URL, "search", allow_duplicate=True), Input(ids.REGION_SELECT, "value"), prevent_initial_call=True)

    @app.callback(Output(ids.YEAR_DUMBBELL, "children"), Output(ids.YEAR_TABLE, "children"),
                  Output(ids.PAGE_STATE, "data", allow_duplicate=True),
                  Input(ids.YEAR_SELECT, "value"), State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"),
                  prevent_initial_call="initial_duplicate")
    def _year(year, lang, region):
        lang = lang_of(lang)
        graph, table = year_view(reader, year, lang, region)
        region_param = _region_param(reader, region) if isinstance(region, str) else None
        return graph, table, {"path": "/year", "y": year, "region": region_param, "lang": lang if lang != "zh" else None}

    @app.callback(Output(ids.CHART_DOWNLOAD, "data"), Input({"type": ids.EXPORT, "index": ALL, "fmt": ALL}, "n_clicks"),
                  State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call=True)
    def _export(clicks, lang):
        trigger = ctx.triggered_id
        if not trigger or not any(clicks):
            return no_update
        try:
            data, name = chart_export(reader, str(trigger["index"]), str(trigger["fmt"]), lang_of(lang))
        except export.ExportError:
            return no_update
        return dcc.send_bytes(data, name)

    # Which button was pressed is read here, in a plain clientside callback: inside a background
    # callback's worker the triggered id is not reliable.
    app.clientside_callback(
        """function(a, b, c) {
            const id = window.dash_clientside.callback_context.triggered_id;
            const fmt = {'pack-pdf': 'pdf', 'pack-pptx': 'pptx', 'pack-zip': 'zip'}[id];
            return fmt ? {fmt: fmt, t: Date.now()} : window.dash_clientside.no_update;
        }""",
        Output(ids.PACK_REQUEST, "data"), Input(ids.PACK_PDF, "n_clicks"), Input(ids.PACK_PPTX, "n_clicks"),
        Input(ids.PACK_ZIP, "n_clicks"), prevent_initial_call=True)

    @app.callback(Output(ids.PACK_DOWNLOAD, "data"), Output(ids.PACK_STATUS, "children"),
                  Input(ids.PACK_REQUEST, "data"), State(ids.YEAR_SELECT, "value"), State(ids.LANG_BUTTON, "data-lang"),
                  State(ids.REGION_STORE, "data"),
                  background=True, prevent_initial_call=True,
                  progress=[Output(ids.PACK_PROGRESS, "value"), Output(ids.PACK_PROGRESS, "max")],
                  running=[(Output(b, "disabled"), True, False) for b in (ids.PACK_PDF, ids.PACK_PPTX, ids.PACK_ZIP)])
    def _pack(set_progress, request, year, lang, region):
        lang = lang_of(lang)
        fmt = (request or {}).get("fmt")
        if fmt not in export.PACK_FORMATS or year is None:
            return no_update, no_update
        worker_reader = queries.Reader(reader.path)  # a fresh connection in the worker process
        try:
            data, name = briefing(worker_reader, int(year), lang, fmt,
                                  progress=lambda i, n: set_progress((str(i), str(n))),
                                  region=region if isinstance(region, str) else None)
        except export.ExportError as exc:
            return no_update, t("pack_failed", lang, error=str(exc))
        return dcc.send_bytes(data, name), t("pack_ready", lang, name=name)

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
