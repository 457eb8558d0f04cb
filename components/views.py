"""The page views: (reader, checked parameters, language, region) -> (Dash components, errors), and
the parts of a page its callbacks redraw (the indicator charts, a year's dumbbell and table, a
clicked point's panel). A view: read-only cursor -> queries.x -> charts/layout.x. Views are plain
functions, so tests call them without a browser; components/pages.py routes to them and
components/callbacks.py wires them to component ids.
"""

from __future__ import annotations

import pandas as pd

from components import (
    cascade,
    chart_tools,
    chart_views,
    charts,
    compare_charts,
    layout,
    memo,
    params,
    place_picker,
    provenance,
    reads,
    series_charts,
    tables,
)
from components.cascade_use import cascade_figures, cascade_sources, cascade_view
from components.chartspec import ChartSpec
from components.i18n import name_of, t
from etl.store import queries


def overview_page(reader, p: dict, lang: str, region: str):
    inds = reads.indicators(reader)
    tva = reader.call(queries.target_vs_actual, region=region)
    lo, hi = reader.call(queries.year_range)
    judged = tva[tva["actual_obs_id"].notna() & tva["target_obs_id"].notna()]
    latest = int(judged["year"].max()) if not judged.empty else hi
    cards = layout.build_headline_cards(tva, inds, lang, latest, reads.region_param(reader, region))
    fig = memo.remember(reader, ("scorecard", lang, lo, hi, region), lambda: scorecard_figure(reader, tva, inds, lang, region))
    spec = ChartSpec("scorecard", region=reads.region_param(reader, region)).text()
    return layout.build_overview(cards, fig, lang, spec, reader.call(queries.review_count)), []


def scorecard_figure(reader, tva: pd.DataFrame, inds: pd.DataFrame, lang: str, region: str):
    """The scorecard, with the outcome figures of each year whose sources disagree in its hover."""
    lo, hi = reader.call(queries.year_range)
    obs = reader.call(queries.observations, None, region=region)
    return charts.scorecard(tva, inds, lang, lo, hi, charts.disagreeing_figures(obs, lang))


def review_page(reader, p: dict, lang: str, region: str):
    return tables.build_review(reader.call(queries.review_items, None), lang), []


def indicator_page(reader, p: dict, lang: str, region: str):
    inds = reads.indicators(reader)
    lo, hi = reader.call(queries.year_range)
    regions = reader.call(queries.regions)
    compare, e3 = params.regions(p.get("cmp"), regions)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    y0, e0 = params.year(p.get("from"), lo, hi, "from")
    y1, e1 = params.year(p.get("to"), lo, hi, "to")
    year, e2 = params.year(p.get("y"), lo, hi)
    errors += e0 + e1 + e2 + e3
    if not keys:
        keys = [reads.headline(reader)]
    measure = p.get("m") if p.get("m") in ("level", "growth") else None
    compare = [r for r in compare if r != region]
    controls = layout.build_indicator_controls(inds, lang, keys, (y0 or lo, y1 or hi), (lo, hi), measure,
                                               place_picker.initial_options(reader, compare, lang, exclude=region), compare,
                                               chart_tools.build_view_controls(lang, chart_views.view_of(p.get("view")),
                                                                               chart_views.scale_of(p.get("scale"))))
    panel = None
    obs_id = params.whole_number(p.get("obs"), 0, 2**31)
    if p.get("obs") is not None and obs_id is None:
        errors.append(f"obs {str(p.get('obs'))[:40]!r}")
    if obs_id is not None:   # a copied address with a clicked point: the panel opens on it
        panel = point_panel(reader, obs_id, lang)
    elif year is not None:  # opened at a year (a scorecard cell): show that year's outcome, else its target
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


def indicator_figures(reader: queries.Reader, keys: list[str], years: list[int], measure: str | None, lang: str,
                      region: str | None = None, compare: list[str] | None = None, view: str | None = None,
                      scale: str | None = None):
    """The indicator page's figures for a view: ([(key, figure)], (from, to), the places drawn)."""
    inds = reads.indicators(reader)
    keys = [k for k in (keys or []) if isinstance(k, str)] if isinstance(keys, list) else []
    keys, _ = params.indicator_keys(",".join(keys), set(inds["key"]))
    keys = swap_measure(keys, measure, inds)
    y0, y1 = _years(years, *reader.call(queries.year_range))
    known = reader.call(queries.place_names)
    region = region if isinstance(region, str) and region in known else reader.call(queries.default_region)
    compare = [r for r in (compare if isinstance(compare, list) else []) if isinstance(r, str) and r in known
               and r != region][:7]

    def base(key):      # the chart as stated
        return compare_figure(reader, inds, key, lang, y0, y1, [region, *compare]) if compare else \
            indicator_figure(reader, inds, key, lang, y0, y1, region)
    view, scale, places = chart_views.view_of(view), chart_views.scale_of(scale), [region, *compare]
    return ([(key, chart_tools.chart_figure(reader, inds, key, lang, (y0, y1), places, view, scale, base)) for key in keys],
            (y0, y1), places)


def indicator_charts(reader: queries.Reader, keys: list[str], years: list[int], measure: str | None, lang: str,
                     region: str | None = None, compare: list[str] | None = None, view: str | None = None,
                     scale: str | None = None, address: str = ""):
    """The indicator page's charts, each with its export buttons, its CSV and its citation (`address`:
    the page's address, for the citation)."""
    figures, (y0, y1), places = indicator_figures(reader, keys, years, measure, lang, region, compare, view, scale)
    if not figures:
        return [layout.graph(charts.empty_figure(t("no_figures", lang), lang), id="empty-chart", filename="luohu",
                             lang=lang)]
    shown = places[0] if places[0] != reader.call(queries.default_region) else None
    # the export buttons stand for the chart as shown: its view, its axis, the places compared
    specs = [ChartSpec("indicator", key, int(y0), int(y1), shown, chart_views.view_of(view), chart_views.scale_of(scale),
                       tuple(places[1:])).text() for key, _ in figures]
    tools = [chart_tools.chart_footer(reader, key, fig, lang, places, (y0, y1), address) for key, fig in figures]
    return layout.build_indicator_charts(figures, specs, lang, wide=len(places) > 1, tools=tools)


def indicator_figure(reader: queries.Reader, inds: pd.DataFrame, key: str, lang: str, y0: int, y1: int,
                     region: str | None = None):
    """One indicator's chart, built once per database file and view (figure construction is the
    costly part of a request)."""
    def build():
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs, tva = reads.series(reader, key, region)
        shown = region if region and region != reader.call(queries.default_region) else None
        return series_charts.indicator_chart(obs, tva, ind, lang, int(y0), int(y1), region=shown)
    return memo.remember(reader, ("indicator_chart", key, lang, int(y0), int(y1), region), build)


def compare_figure(reader: queries.Reader, inds: pd.DataFrame, key: str, lang: str, y0: int, y1: int,
                   regions: list[str]):
    def build():
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        return compare_charts.compare_regions({r: reads.series(reader, key, r) for r in regions}, ind, lang, int(y0), int(y1))
    return memo.remember(reader, ("compare_chart", key, lang, int(y0), int(y1), tuple(regions)), build)


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
    chosen = reader.call(queries.chosen_outcome, int(obs_id)) if obs.get("kind") == "actual" else None
    return provenance.build_side_panel(obs, context, sources, same, lang, chosen)


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
    if not isinstance(region, str) or region not in reader.call(queries.place_names):
        region = reader.call(queries.default_region)
    return memo.remember(reader, ("year_view", year, lang, region), lambda: _year_view(reader, year, lang, region))


def _year_view(reader: queries.Reader, year: int, lang: str, region: str):
    inds = reads.indicators(reader)
    tva = reader.call(queries.target_vs_actual, year=int(year), region=region)
    docs = reader.call(queries.year_documents, int(year), region)
    fig = memo.remember(reader, ("dumbbell", lang, int(year), region), lambda: charts.dumbbell(tva, lang, int(year)))
    region_param = reads.region_param(reader, region)
    spec = ChartSpec("dumbbell", year_from=int(year), region=region_param).text()
    return (layout.exportable(fig, id="dumbbell-graph", filename=f"luohu-targets-{year}", spec=spec, lang=lang),
            tables.build_year_table(tva, docs, inds, lang, region_param,
                                    reader.call(queries.plan_targets_ending, int(year), region)))


def sources_page(reader, p: dict, lang: str, region: str):
    doc_id, errors = params.doc_id(p.get("doc"))
    if doc_id:
        doc = reader.call(queries.document, doc_id)
        if doc is None:
            errors.append(f"no document {doc_id!r}")
        else:
            focus = params.whole_number(p.get("obs"), 0, 2**31)
            return provenance.build_reader(doc, reader.call(queries.document_figures, doc_id), lang, focus), errors
    return [tables.build_documents_table(reader.call(queries.documents, region), lang),
            tables.build_web_sources(reader.call(queries.web_sources, region), lang,
                                     {r["key"]: name_of(r, lang) for r in reads.indicators(reader).to_dict("records")})], errors


def data_page(reader, p: dict, lang: str, region: str):
    inds = reads.indicators(reader)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    obs = reader.call(queries.observations, keys or None, region=region)
    return layout.build_data_page(obs, reader.call(queries.data_dictionary), inds, lang), errors


def cascade_page(reader, p: dict, lang: str, region: str):
    inds = reads.indicators(reader)
    lo, hi = reader.call(queries.year_range)
    keys, errors = params.indicator_keys(p.get("i"), set(inds["key"]))
    year, e = params.year(p.get("y"), lo, hi)
    errors += e
    v = cascade_view(reader, keys[0] if keys else None, year, region)
    figs = cascade_figures(reader, v, lang, region)
    region_param = reads.region_param(reader, region)
    specs = {kind: ChartSpec(kind, v.key, v.year if kind != "amplification" else None, region=region_param).text()
             for kind in figs}
    records = [cascade.record(v.tva, n) for n in v.names]
    league = cascade.league(v.peers_tva, v.peers)
    panel = None
    obs_id = params.whole_number(p.get("obs"), 0, 2**31)
    if obs_id is not None:
        panel = point_panel(reader, obs_id, lang)
    names = {r["key"]: r for r in inds.to_dict("records")}
    years = list(range(lo, hi + 1))
    return layout.build_cascade_page(figs, specs, records, league, lang, v.key, v.year, years,
                                     [(k, names[k]) for k in (v.indicators or [v.key])], region, region_param,
                                     panel, cascade_sources(reader, v, figs, lang)), errors
