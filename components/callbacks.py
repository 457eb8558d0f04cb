"""Wiring only: each callback reads its inputs, calls the router (components/pages.py), a page view
(components/views.py) or an export use case (components/briefing.py, components/downloads.py), and
returns the result. The browser-side functions live in assets/clientside.js."""

from __future__ import annotations

import threading
import time
from contextlib import nullcontext

import flask
from dash import ALL, ClientsideFunction, Input, Output, State, ctx, dcc, no_update

from components import briefing, chart_tools, downloads, export, history, ids, params, place_picker, reads
from components.i18n import lang_of, t
from components.jobs import JobSlots
from components.pages import render_page
from components.views import indicator_charts, indicator_figures, point_panel, year_view
from etl.store import queries


def register(app, reader: queries.Reader, slots: JobSlots | None = None) -> None:
    for wire in (_wire_navigation, _wire_place_search, _wire_indicator, _wire_chart_data, _wire_year, _wire_chart_exports):
        wire(app, reader)
    _wire_packs(app, reader, slots)
    _wire_table_downloads(app, reader)


# The callbacks whose answer depends on nothing but the request (body, address, host), the data and
# the day, and that change nothing: identical requests to them are answered once (components/answers.py).
# Named by their first output. Never a download (files are large and carry the time) or a pack.
REMEMBERED = frozenset(f"{component}.{prop}" for component, prop in [
    (ids.PAGE, "children"), (ids.REGION_SELECT, "options"), (ids.IND_COMPARE, "options"),
    (ids.IND_CHARTS, "children"), (ids.SIDE_PANEL, "children"), (ids.URL, "pathname"), (ids.YEAR_DUMBBELL, "children"),
])


LAUNCH_WINDOW = 3.0     # seconds a new pack job may take to start and take its slot


class PackLaunches:
    """The pack jobs this server process started in the last LAUNCH_WINDOW seconds, at most `most`.
    The job slots say which jobs run, but a job just started has not taken its slot yet: without
    this count every request of a burst sees a free slot and starts a process (which then finds none)."""

    def __init__(self, most: int):
        self.most = most
        self._started: list[float] = []
        self._lock = threading.Lock()

    def admit(self) -> bool:
        """Whether one more job may start now (and, if so, counts it)."""
        with self._lock:
            now = time.monotonic()
            self._started = [t for t in self._started if now - t < LAUNCH_WINDOW]
            if len(self._started) >= self.most:
                return False
            self._started.append(now)
            return True


def pack_refusal(body: dict, polling: bool, slots: JobSlots | None, lang_value=None,
                 launches: PackLaunches | None = None) -> dict | None:
    """The answer to a request for a new briefing pack when every job slot is taken (or as many jobs
    as there are slots were started in the last seconds): the busy message as an ordinary callback
    response, so that no job process is started for it. None otherwise."""
    output = body.get("output")
    if polling or slots is None or not isinstance(output, str) or f"{ids.PACK_DOWNLOAD}.data" not in output:
        return None
    if slots.any_free() and (launches is None or launches.admit()):
        return None
    lang = next((s.get("value") for s in body.get("state") or [] if isinstance(s, dict)
                 and s.get("id") == ids.LANG_BUTTON), lang_value)
    return {"multi": True, "response": {ids.PACK_STATUS: {"children": t("pack_busy", lang_of(lang), n=len(slots.paths))}}}


def _wire_navigation(app, reader: queries.Reader) -> None:
    """The router, the district selector, the language switch and the address bar."""
    @app.callback(Output(ids.PAGE, "children"), Input(ids.URL, "pathname"), Input(ids.URL, "search"),
                  State(ids.PAGE_STATE, "data"))
    def _route(pathname, search, shown):
        if history.shows_already(pathname, search, shown):   # the address the page itself wrote (sync_url)
            return no_update
        return render_page(reader, pathname if isinstance(pathname, str) else None,
                           search if isinstance(search, str) else None)

    # the selector is drawn with each page: it fires on arrival too, so it compares with the region shown
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="set_region"),
        Output(ids.URL, "search", allow_duplicate=True), Input(ids.REGION_SELECT, "value"), State(ids.REGION_STORE, "data"),
        prevent_initial_call=True)
    # drawn into the page, the reader fires this on arrival (its output is in the shell): that is the point
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="focus_quote"),
        Output("focus-sync", "children"), Input(ids.DOC_READER, "children"))
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="reveal_panel"),
        Output("panel-sync", "children"), Input(ids.SIDE_PANEL, "children"), prevent_initial_call=True)
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="sync_url"),
        Output("url-sync", "children"), Input(ids.PAGE_STATE, "data"))
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="toggle_lang"),
        Output(ids.URL, "search", allow_duplicate=True), Input(ids.LANG_BUTTON, "n_clicks"), prevent_initial_call=True)


def _wire_place_search(app, reader: queries.Reader) -> None:
    """Typing into the place selector (every place) or the comparison picker (places with figures)."""
    @app.callback(Output(ids.REGION_SELECT, "options"), Input(ids.REGION_SELECT, "search_value"),
                  State(ids.REGION_SELECT, "value"), State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call=True)
    def _find_place(text, value, lang):
        found = place_picker.search(reader, text, [value] if isinstance(value, str) else [], lang_of(lang))
        return no_update if found is None else found

    @app.callback(Output(ids.IND_COMPARE, "options"), Input(ids.IND_COMPARE, "search_value"),
                  State(ids.IND_COMPARE, "value"), State(ids.REGION_STORE, "data"), State(ids.LANG_BUTTON, "data-lang"),
                  prevent_initial_call=True)
    def _find_compared(text, chosen, region, lang):
        keep = [c for c in chosen if isinstance(c, str)][:8] if isinstance(chosen, list) else []
        found = place_picker.search(reader, text, keep, lang_of(lang), with_data=True,
                                    exclude=region if isinstance(region, str) else None)
        return no_update if found is None else found


def _wire_indicator(app, reader: queries.Reader) -> None:
    """The indicator page: charts for the chosen view, a clicked point's sources, scorecard clicks."""
    @app.callback(Output(ids.IND_CHARTS, "children"), Output(ids.PAGE_STATE, "data", allow_duplicate=True),
                  Input(ids.IND_SELECT, "value"), Input(ids.IND_YEARS, "value"), Input(ids.IND_MEASURE, "value"),
                  Input(ids.IND_COMPARE, "value"), Input(ids.IND_VIEW, "value"), Input(ids.IND_SCALE, "value"),
                  State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"),
                  State(ids.URL, "search"), prevent_initial_call="initial_duplicate")
    def _indicator(keys, years, measure, compare, view, scale, lang, region, search):
        lang = lang_of(lang)
        keys, compare, years = params.string_list(keys), params.string_list(compare, 7), params.year_pair(years)
        region = region if isinstance(region, str) else None
        measure = measure if measure in ("level", "growth") else None
        region_param = reads.region_param(reader, region) if isinstance(region, str) else None
        state = {"path": "/indicator", "i": ",".join(k for k in (keys or []) if isinstance(k, str)),
                 "from": years[0] if years else None, "to": years[1] if years else None, "m": measure,
                 "region": region_param, "cmp": ",".join(c for c in (compare or []) if isinstance(c, str)) or None,
                 "lang": lang if lang != "zh" else None, **history.view_state(view, scale, ctx.triggered_id)}
        # the same indicators as the address names (the page's first drawing, a change of years): the
        # address's year and clicked point stay in it; another indicator drops them
        arrived = params.parse(search if isinstance(search, str) else None).params
        if arrived.get("i") in (None, state["i"]):
            state |= {k: arrived[k] for k in ("y", "obs") if k in arrived}
        return indicator_charts(reader, keys, years, measure, lang, region, compare, view, scale,
                                chart_tools.page_address(flask.request.host_url, state)), state

    @app.callback(Output(ids.SIDE_PANEL, "children"), Output(ids.PAGE_STATE, "data", allow_duplicate=True),
                  Input({"type": ids.IND_CHART, "index": ALL}, "clickData"),
                  State(ids.LANG_BUTTON, "data-lang"), State(ids.PAGE_STATE, "data"), prevent_initial_call=True)
    def _point(_clicks, lang, state):
        point = params.first_point(ctx.triggered[0].get("value") if ctx.triggered else None)
        obs_id = params.whole_number(point.get("customdata"), 0, 2**31) if point else None
        if obs_id is None:
            return no_update, no_update
        # the clicked point goes into the address (?obs=), so a copied link reopens it
        state = {k: v for k, v in state.items() if isinstance(k, str) and k not in ("y", "history")} | {"obs": obs_id} \
            if isinstance(state, dict) and state.get("path") == "/indicator" else no_update
        return point_panel(reader, obs_id, lang_of(lang)), state

    @app.callback(Output(ids.URL, "pathname"), Output(ids.URL, "search", allow_duplicate=True),
                  Input(ids.SCORECARD, "clickData"), State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"),
                  prevent_initial_call=True)
    def _scorecard(click, lang, region):
        point = params.first_point(click)
        key, year = (point.get("y"), params.whole_number(point.get("x"))) if point else (None, None)
        if not isinstance(key, str) or year is None:
            return no_update, no_update
        region_param = reads.region_param(reader, region) if isinstance(region, str) else None
        return "/indicator", params.to_search({"i": key[:60], "y": year, "region": region_param,
                                                "lang": None if lang_of(lang) == "zh" else "en"})


def _wire_chart_data(app, reader: queries.Reader) -> None:
    """Under every indicator chart: its points drawn as CSV, for the view the page state holds."""
    @app.callback(Output(ids.CHART_CSV_DOWNLOAD, "data"), Input({"type": ids.CHART_CSV, "index": ALL}, "n_clicks"),
                  State(ids.PAGE_STATE, "data"), State(ids.REGION_STORE, "data"), State(ids.LANG_BUTTON, "data-lang"),
                  prevent_initial_call=True)
    def _chart_csv(clicks, state, region, lang):
        trigger = ctx.triggered_id
        if not isinstance(trigger, dict) or not isinstance(state, dict) or not any(
                isinstance(c, int) and c > 0 for c in (clicks if isinstance(clicks, list) else [])):
            return no_update
        lang = lang_of(lang)
        keys = params.string_list(state.get("i", "").split(",") if isinstance(state.get("i"), str) else [])
        compare = params.string_list(state.get("cmp", "").split(",") if isinstance(state.get("cmp"), str) else [], 7)
        figures, _, places = indicator_figures(reader, keys, [state.get("from"), state.get("to")], state.get("m"), lang,
                                               region if isinstance(region, str) else None, compare,
                                               state.get("view"), state.get("scale"))
        sent = chart_tools.chart_csv(reader, trigger.get("index"), figures, places, lang, state.get("view"),
                                     flask.request.host_url)
        return no_update if sent is None else sent


def _wire_year(app, reader: queries.Reader) -> None:
    """The year page: its dumbbell and table."""
    @app.callback(Output(ids.YEAR_DUMBBELL, "children"), Output(ids.YEAR_TABLE, "children"),
                  Output(ids.PAGE_STATE, "data", allow_duplicate=True),
                  Input(ids.YEAR_SELECT, "value"), State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"),
                  prevent_initial_call="initial_duplicate")
    def _year(year, lang, region):
        lang = lang_of(lang)
        graph, table = year_view(reader, year, lang, region)
        region_param = reads.region_param(reader, region) if isinstance(region, str) else None
        return graph, table, {"path": "/year", "y": year, "region": region_param, "lang": lang if lang != "zh" else None}


def _wire_chart_exports(app, reader: queries.Reader) -> None:
    """Every chart's PNG/SVG/PDF buttons."""
    # while a chart renders, the export buttons wait (style.css shows a spinner on them): disabled by
    # the click in the browser, enabled again when the file (or nothing) comes back
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="exports_busy"),
        Output({"type": ids.EXPORT, "index": ALL, "fmt": ALL}, "disabled"),
        Input({"type": ids.EXPORT, "index": ALL, "fmt": ALL}, "n_clicks"), prevent_initial_call=True)
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="exports_done"),
        Output({"type": ids.EXPORT, "index": ALL, "fmt": ALL}, "disabled", allow_duplicate=True),
        Input(ids.CHART_DOWNLOAD, "data"), State({"type": ids.EXPORT, "index": ALL, "fmt": ALL}, "n_clicks"),
        prevent_initial_call=True)

    @app.callback(Output(ids.CHART_DOWNLOAD, "data"), Input({"type": ids.EXPORT, "index": ALL, "fmt": ALL}, "n_clicks"),
                  State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call=True)
    def _export(clicks, lang):
        trigger = ctx.triggered_id
        if not isinstance(trigger, dict) or not isinstance(clicks, list) or not any(
                isinstance(c, int) and c > 0 for c in clicks):
            return no_update
        try:
            data, name = briefing.chart_export(reader, str(trigger.get("index")), str(trigger.get("fmt")),
                                               lang_of(lang))
        except export.ExportError:
            return None     # nothing to send, but the buttons must come back
        return dcc.send_bytes(data, name)


def _wire_packs(app, reader: queries.Reader, slots: JobSlots | None) -> None:
    """The briefing packs, built in the background, at most as many at once as there are job slots."""
    # Which button was pressed is read here, in a plain clientside callback: inside a background
    # callback's worker the triggered id is not reliable.
    app.clientside_callback(
        ClientsideFunction(namespace="luohu", function_name="pack_request"),
        Output(ids.PACK_REQUEST, "data"), Input(ids.PACK_PDF, "n_clicks"), Input(ids.PACK_PPTX, "n_clicks"),
        Input(ids.PACK_ZIP, "n_clicks"), prevent_initial_call=True)

    @app.callback(Output(ids.PACK_DOWNLOAD, "data"), Output(ids.PACK_STATUS, "children"),
                  Input(ids.PACK_REQUEST, "data"), State(ids.YEAR_SELECT, "value"), State(ids.LANG_BUTTON, "data-lang"),
                  State(ids.REGION_STORE, "data"),
                  background=True, prevent_initial_call=True,
                  progress=[Output(ids.PACK_PROGRESS, "value"), Output(ids.PACK_PROGRESS, "max")],
                  # the buttons wait and the last pack's "ready" is hidden while the next one builds
                  running=[*((Output(b, "disabled"), True, False) for b in (ids.PACK_PDF, ids.PACK_PPTX, ids.PACK_ZIP)),
                           (Output(ids.PACK_STATUS, "style"), {"visibility": "hidden"}, {"visibility": "visible"})])
    def _pack(set_progress, request, year, lang, region):
        lang = lang_of(lang)
        fmt = request.get("fmt") if isinstance(request, dict) else None
        year = params.whole_number(year)
        if fmt not in export.PACK_FORMATS or year is None:
            return no_update, no_update
        set_progress(("1", "20"))     # the bar moves at once: the first page takes a few seconds
        worker_reader = queries.Reader(reader.path)  # a fresh connection in the worker process
        with (slots.slot() if slots else nullcontext(True)) as free:
            if not free:
                return no_update, t("pack_busy", lang, n=len(slots.paths))
            try:
                data, name = briefing.briefing(worker_reader, int(year), lang, fmt,
                                               progress=lambda i, n: set_progress((str(i), str(n))),
                                               region=region if isinstance(region, str) else None)
            except export.ExportError as exc:
                return no_update, t("pack_failed", lang, error=str(exc))
        return dcc.send_bytes(data, name), t("pack_ready", lang, name=name)


def _wire_table_downloads(app, reader: queries.Reader) -> None:
    """The tables' CSV/XLSX buttons: targets against outcomes, the cascade, the data grid's rows."""
    @app.callback(Output(ids.TVA_DOWNLOAD, "data"), Input(ids.TVA_CSV, "n_clicks"), Input(ids.TVA_XLSX, "n_clicks"),
                  State(ids.LANG_BUTTON, "data-lang"), State(ids.REGION_STORE, "data"), prevent_initial_call=True)
    def _targets_download(_csv, _xlsx, lang, region):
        if ctx.triggered_id not in (ids.TVA_CSV, ids.TVA_XLSX):
            return no_update
        return downloads.attainment_download(reader, "xlsx" if ctx.triggered_id == ids.TVA_XLSX else "csv",
                                             lang_of(lang), region if isinstance(region, str) else None)

    @app.callback(Output(ids.CASCADE_DOWNLOAD, "data"), Input(ids.CASCADE_CSV, "n_clicks"),
                  Input(ids.CASCADE_XLSX, "n_clicks"), State(ids.URL, "search"), State(ids.LANG_BUTTON, "data-lang"),
                  State(ids.REGION_STORE, "data"), prevent_initial_call=True)
    def _cascade_download(_csv, _xlsx, search, lang, region):
        if ctx.triggered_id not in (ids.CASCADE_CSV, ids.CASCADE_XLSX):
            return no_update
        key = params.parse(search if isinstance(search, str) else None).params.get("i")
        return downloads.cascade_download(reader, "xlsx" if ctx.triggered_id == ids.CASCADE_XLSX else "csv",
                                          lang_of(lang), key.split(",")[0] if isinstance(key, str) else None,
                                          region if isinstance(region, str) else None)

    @app.callback(Output(ids.DATA_DOWNLOAD, "data"), Input(ids.DATA_CSV, "n_clicks"), Input(ids.DATA_XLSX, "n_clicks"),
                  State(ids.DATA_GRID, "virtualRowData"), State(ids.LANG_BUTTON, "data-lang"), prevent_initial_call=True)
    def _download(_csv, _xlsx, rows, lang):
        return downloads.download(rows, "xlsx" if ctx.triggered_id == ids.DATA_XLSX else "csv", reader, lang_of(lang))
