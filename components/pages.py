"""The pages of the app: one PAGES table for routing and navigation, and the router. Each page's view
is in components/views.py."""

from __future__ import annotations

from dataclasses import dataclass

from dash import dcc, html

from components import layout, memo, params, place_picker, views
from components.i18n import lang_of, t
from etl.store import queries


def render_page(reader: queries.Reader, pathname: str | None, search: str | None):
    """Router: (path, query) -> page components. Unknown pages and bad parameters give a message."""
    view = params.parse(search)
    lang = lang_of(view.params.get("lang"))
    path = pathname or "/"
    ok, message = reader.status()
    if not ok:
        return layout.build_page(path, lang, layout.build_no_database(message, lang), nav=NAV)
    page = next((p.view for p in PAGES if p.path == path), None)
    default = reader.call(queries.default_region)
    region, region_errors = params.region(view.params.get("region"), reader.call(queries.place_names), default)
    region_param = None if region == default else region
    places = place_picker.initial_options(reader, [region], lang)
    missing = missing_address(reader, path, view.params)
    if missing:
        return layout.build_page(path, lang, not_found_body(missing, lang, region_param), places, region, region_param,
                                 nav=NAV)
    # Pages depend only on the data and the (validated) parameters: built once per database file.
    key = ("page", path, tuple(sorted(view.params.items())), lang, region)
    if view.errors or region_errors:
        body, errors = page(reader, view.params, lang, region)
    else:
        body, errors = memo.remember_valid(reader, key, lambda: page(reader, view.params, lang, region))
    errors = view.errors + region_errors + errors
    if errors:
        body = _before(layout.build_message(t("unknown", lang), errors), body)
    if region not in reader.call(queries.regions):   # a place of the gazetteer no report of the database is about
        body = _before(html.P(t("no_figures_here", lang, region=region), className="notice no-figures"), body)
    return layout.build_page(path, lang, body, places, region, region_param, nav=NAV)


def missing_address(reader: queries.Reader, path: str, given: dict) -> tuple[str, str] | None:
    """What an address names that does not exist, as (the words' key, what was asked for): no such
    page, or no such document (/sources?doc=…); None when it names something. The router shows it and
    the server answers it with a 404 (app.py), from this one decision."""
    if path not in {p.path for p in PAGES}:
        return "not_found", path[:80]
    doc = given.get("doc") if path == "/sources" else None
    if not doc or not reader.status()[0]:     # no database: its own page says so
        return None
    doc_id, errors = params.doc_id(doc)
    if errors or reader.call(queries.document, doc_id) is None:
        return "doc_not_found", (errors[0] if errors else doc_id[:80])
    return None


def not_found_body(missing: tuple[str, str], lang: str, region_param: str | None) -> html.Div:
    """The page of an address that names nothing: what was not found, and a way on."""
    key, asked = missing
    path, words = ("/sources", "all_documents") if key == "doc_not_found" else ("/", "overview")
    return html.Div([layout.build_message(t(key, lang), [asked]),
                     dcc.Link(t(words, lang), href=params.href(path, lang, region=region_param))], className="not-found")


def warm(reader: queries.Reader) -> None:
    """Draw every page's default view in both languages once (they are remembered per database file),
    so that the first burst of visitors after a start finds them ready; a page that cannot be drawn
    (no database yet) is left for its first visitor."""
    for page in PAGES:
        for lang in ("zh", "en"):
            try:
                render_page(reader, page.path, f"?lang={lang}")
            except Exception:  # noqa: BLE001, S112 - warming is an optimisation; the visitor gets the real error
                continue


def _before(note, body) -> list:
    """`note` above a page's body, in one flat list (the browser renders no list inside a list)."""
    return [note, *(body if isinstance(body, list | tuple) else [body])]


@dataclass(frozen=True)
class Page:
    path: str
    key: str                   # its nav link's id (nav-KEY)
    label: tuple[str, str]     # its nav label (中文, English)
    view: object               # (reader, params, lang, region) -> (body, errors)


# Routing and navigation, in nav order: add a page here, with its view in components/views.py.
PAGES = [
    Page("/", "overview", ("总览", "Overview"), views.overview_page),
    Page("/indicator", "indicator", ("指标", "Indicator"), views.indicator_page),
    Page("/year", "year", ("年度", "Year"), views.year_page),
    Page("/cascade", "cascade", ("层级", "Cascade"), views.cascade_page),
    Page("/sources", "sources", ("来源", "Sources"), views.sources_page),
    Page("/data", "data", ("数据", "Data"), views.data_page),
    Page("/review", "review", ("待核", "Review"), views.review_page),
]
NAV = [(p.path, p.key, p.label) for p in PAGES]
