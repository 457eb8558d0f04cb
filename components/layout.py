"""build_* functions: DataFrames and plain values in, Dash components out. No SQL, no file I/O."""

from __future__ import annotations

from urllib.parse import quote

import dash_ag_grid as dag
import pandas as pd
from dash import dcc, html

from components import ids
from components.charts import image_config
from components.format import STATUS_COLORS, fmt_value, own_unit
from components.i18n import AG_GRID_ZH, column_label, doc_type_label, name_of, place_label, review_reason, t
from components.params import to_search
from components.rules import row_sentence, why_not_chosen


def href(path: str, lang: str, **params) -> str:
    return path + to_search({**params, "lang": lang if lang != "zh" else None})


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


def build_header(pathname: str, lang: str, regions: list[str] | None = None, region: str | None = None,
                 region_param: str | None = None, nav: list[tuple] = ()) -> html.Header:
    """The header; `nav` is the (path, key, (label zh, label en)) list of components/pages.py."""
    links = [dcc.Link(label[0] if lang == "zh" else label[1], href=href(path, lang, region=region_param),
                      className="nav-link active" if pathname == path else "nav-link", id=f"nav-{key}")
             for path, key, label in nav]
    selector = []
    if regions and len(regions) > 1:   # only once the database holds more than one district
        selector = [dcc.Dropdown(id=ids.REGION_SELECT, options=[{"label": r, "value": r} for r in regions], value=region,
                                 clearable=False, searchable=True, className="region-select")]
    return html.Header(className="header", children=[
        html.Div([html.Span(t("app_title", lang), className="brand"),
                  html.Span(t("tagline", lang, region=region), className="tagline")]),
        html.Nav(links, id=ids.NAV, className="nav"),
        *selector,
        html.Button(t("switch_lang", lang), id=ids.LANG_BUTTON, className="lang-button", n_clicks=0,
                    **{"data-lang": lang}),
    ])


def build_page(pathname: str, lang: str, body, regions: list[str] | None = None, region: str | None = None,
               region_param: str | None = None, nav: list[tuple] = ()) -> list:
    return [build_header(pathname, lang, regions, region, region_param, nav), dcc.Store(id=ids.REGION_STORE, data=region),
            html.Main(body, className="main", lang="zh-CN" if lang == "zh" else "en")]


def build_message(title: str, lines: list[str], code: str | None = None) -> html.Div:
    return html.Div(className="message", children=[
        html.H2(title), *[html.P(line) for line in lines], html.Pre(code) if code else None])


def build_no_database(message: str, lang: str) -> html.Div:
    return build_message(t("no_db_title", lang), [message, t("no_db_body", lang)], "python -m etl build")


def graph(figure, *, id, filename: str) -> dcc.Graph:
    return dcc.Graph(id=id, figure=figure, config=image_config(filename), className="graph")


def build_export_buttons(spec: str, lang: str) -> html.Div:
    """PNG / SVG / PDF of one chart, rendered on the server in the export style."""
    return html.Div(className="export", children=[
        html.Span(t("export", lang), className="muted small"),
        *[html.Button(fmt.upper(), id={"type": ids.EXPORT, "index": spec, "fmt": fmt}, n_clicks=0, className="small-button")
          for fmt in ("png", "svg", "pdf")]])


def exportable(figure, *, id, filename: str, spec: str, lang: str) -> html.Div:
    return html.Div([build_export_buttons(spec, lang), graph(figure, id=id, filename=filename)], className="chart-card")


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
            html.Div(t(status, lang), className="badge", style={"background": STATUS_COLORS.get(status, "#eee"),
                                                                "color": "white" if status in ("exceeded", "missed") else "#222"}),
        ]))
    return html.Div([html.H2(f"{t('latest_year', lang)}: {year}"), html.Div(cards, className="cards", id=ids.HEADLINE_CARDS)])


def build_overview(cards, scorecard_fig, lang: str, spec: str = "scorecard", backlog: int = 0) -> list:
    review = [dcc.Link(t("review_backlog", lang, n=backlog), href=href("/review", lang),
                       id=ids.REVIEW_BACKLOG, className="review-backlog")] if backlog else []
    # on a phone the scorecard keeps a readable width and scrolls sideways inside its box
    return [cards, *review, html.P(t("scorecard_hint", lang), className="muted small"),
            html.Div(exportable(scorecard_fig, id=ids.SCORECARD, filename="luohu-scorecard", spec=spec, lang=lang),
                     className="scroll-x")]


def build_review(items: pd.DataFrame, lang: str) -> list:
    """The review list: each figure with its key, why it is not charted, and its quote in context."""
    head = [html.H2(t("review_title", lang)), html.P(t("review_intro", lang), className="muted")]
    if items.empty:
        return [*head, html.P(t("review_empty", lang), id=ids.REVIEW_TABLE)]
    rows = []
    for r in items.to_dict("records"):
        value = fmt_value(r["value"], r["value_high"], "pct" if r["unit"] == "pct" else r["unit"], r["qualifier"], lang)
        rows.append(html.Tr([
            html.Td(r["name_zh"] if lang == "zh" else r["name_en"]),
            html.Td(f"{r['year']} {r['period'] if r['period'] != 'year' else ''}"),
            html.Td(t(r["kind"], lang) if r["kind"] in ("target",) else t("outcome", lang)),
            html.Td(value or "—"),
            html.Td(r["region"] or t("region_unknown", lang)),
            html.Td(review_reason(r["reason"], lang)),
            html.Td([html.Q(r["quote"]), html.Br(),
                     dcc.Link(r["doc_title"] or r["doc_id"] or "", href=href("/sources", lang, doc=r["doc_id"]))
                     if r["doc_id"] else None]),
            html.Td(html.Code(r["mention_key"]) if r["mention_key"] else None),
        ]))
    header = html.Tr([html.Th(t(k, lang)) for k in ("indicator", "year", "kind", "value", "region", "why", "quote", "key")])
    return [*head, html.Table([html.Thead(header), html.Tbody(rows)], className="table review-table", id=ids.REVIEW_TABLE)]


# --- indicator -----------------------------------------------------------------------------

def indicator_options(inds: pd.DataFrame, lang: str) -> list[dict]:
    opts = []
    for _, r in inds.iterrows():
        if not r["n_observations"]:
            continue
        other = r["name_en"] if lang == "zh" else r["name_zh"]
        opts.append({"label": f"{name_of(r, lang)} · {other}", "value": r["key"],
                     "search": f"{r['name_zh']} {r['name_en']} {r['key']} {r['aliases'] or ''} {r['former_names'] or ''}"})
    return opts


def build_indicator_controls(inds: pd.DataFrame, lang: str, selected: list[str], years: tuple[int, int],
                             span: tuple[int, int], measure: str | None, regions: list[str] | None = None,
                             region: str | None = None, compare: list[str] | None = None) -> html.Div:
    lo, hi = span
    others = [r for r in (regions or []) if r != region]
    compare_control = html.Label([t("compare_regions", lang), dcc.Dropdown(
        id=ids.IND_COMPARE, options=[{"label": r, "value": r} for r in others], value=compare or [], multi=True)],
        className="control", style=None if others else {"display": "none"})
    return html.Div(className="controls", children=[compare_control,
        html.Label([t("choose_indicators", lang),
                    dcc.Dropdown(id=ids.IND_SELECT, options=indicator_options(inds, lang), value=selected, multi=True,
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
    ])


def build_indicator_charts(figures: list[tuple[str, object]], specs: list[str], lang: str) -> list:
    """Each indicator's chart with its export buttons; `specs` are the charts' ChartSpec texts."""
    return [exportable(fig, id={"type": ids.IND_CHART, "index": key}, filename=f"luohu-{key}", spec=spec, lang=lang)
            for (key, fig), spec in zip(figures, specs, strict=True)]


def build_side_panel(obs: dict, context: dict | None, sources: pd.DataFrame, same: pd.DataFrame, lang: str,
                     chosen: dict | None = None) -> list:
    """The quote highlighted in its paragraph, the document, other sources (with their tier), the
    other statements of the same figure and, for outcomes, which one the verdict uses and why."""
    value = fmt_value(obs["value"], obs["value_high"], obs["unit"], obs["qualifier"], lang)
    kind = t("target", lang) if obs["kind"] == "target" else t("outcome", lang)
    place = place_label(obs["region"], lang) if isinstance(obs.get("region"), str) else ""
    head = [html.H3(f"{name_of(obs, lang)} · {int(obs['year'])}" + (f" · {place}" if place else "")),
            html.P([html.B(f"{kind}: {value}"),
                    f" · {t(obs['status'], lang)}" if isinstance(obs.get("status"), str) else "",
                    f" · {t('comparable', lang)}" if obs.get("basis") == "comparable" else "",
                    f" · {t(obs['method'], lang)}"])]
    quote_block = []
    if context:
        quote_block = [html.Blockquote(className="quote", id="panel-quote", children=[
            context["before"], html.Mark(context["quote"]), context["after"]])]
    elif isinstance(obs.get("quote"), str):
        quote_block = [html.Blockquote(html.Mark(obs["quote"]), className="quote", id="panel-quote")]
    doc = []
    if isinstance(obs.get("doc_id"), str):
        doc = [html.Dl([
            html.Dt(t("document", lang)), html.Dd(dcc.Link(obs.get("doc_title") or obs["doc_id"],
                                                           href=href("/sources", lang, doc=obs["doc_id"],
                                                                     obs=int(obs["obs_id"])))),
            html.Dt(t("doc_type", lang)), html.Dd(doc_type_label(obs.get("doc_type"), lang)),
            html.Dt(t("date", lang)), html.Dd(_day(obs.get("doc_date")) or "—"),
            html.Dt(t("reviews", lang) + " / " + t("plans", lang)),
            html.Dd(f"{_int(obs.get('reviews_year'))} / {_int(obs.get('plans_year'))}"),
            *([html.Dt(t("part_" + str(obs.get("part_unit")), lang)), html.Dd(_int(obs.get("page")))]
              if obs.get("part_unit") in ("page", "paragraph") and _int(obs.get("page")) != "—" else []),
            *([html.Dt(t("original", lang)),
               html.Dd(html.A(t("original_page", lang, page=_int(obs.get("page"))), target="_blank",
                              rel="noopener noreferrer",
                              href=f"/original/{quote(str(obs['doc_id']), safe='')}#page={_int(obs.get('page'))}"))]
              if obs.get("source_format") in ("pdf", "pdf-ocr") and _int(obs.get("page")) != "—" else []),
        ])]
    elif isinstance(obs.get("source_url"), str):
        doc = [html.P([obs.get("source_title") or "", html.Br(), html.A(obs["source_url"], href=obs["source_url"],
                                                                         target="_blank", rel="noopener noreferrer")])]
    src_items = [html.Li([html.Span(f"{t(r['method'], lang)} · {t('tier_' + str(r['tier']), lang)} · ", className="muted"),
                          (dcc.Link(r["doc_title"] or r["doc_id"], href=href("/sources", lang, doc=r["doc_id"],
                                                                             obs=int(r["obs_id"])))
                           if isinstance(r["doc_id"], str) else html.A(r["source_title"], href=r["source_url"], target="_blank",
                                                                       rel="noopener noreferrer")),
                          html.Br(), html.Small("“" + str(r["quote"]) + "”")]) for _, r in sources.iterrows()]
    used_id = chosen.get("actual_obs_id") if chosen else None
    used = same[same["obs_id"] == used_id] if used_id is not None and not pd.isna(used_id) else same.iloc[0:0]
    choice = []
    if not used.empty and obs.get("period") == "year":
        choice = [html.P(t("used", lang) if used_id == obs["obs_id"]
                         else why_not_chosen(used.iloc[0], obs, chosen.get("target_basis"), lang), className="used")]

    def verdict_note(r) -> str:
        if used.empty or r["kind"] != "actual" or r["period"] != "year":
            return ""
        if r["obs_id"] == used_id:
            return " · " + t("used", lang)
        return " · " + why_not_chosen(used.iloc[0], r, chosen.get("target_basis"), lang)

    other = same[same["obs_id"] != obs["obs_id"]]
    diff_items = [html.Li(f"{fmt_value(r['value'], r['value_high'], r['unit'], r['qualifier'], lang)}"
                          f" · {t(r['status'], lang) if isinstance(r['status'], str) else ''}"
                          f" · {t('tier_' + str(r['source_tier']), lang)}"
                          f"{' · ' + t(r['agreement'], lang) if r['agreement'] in ('conflict', 'revised') else ''}"
                          f" · {r['source_title'] or r['doc_id']}{verdict_note(r)}") for _, r in other.iterrows()]
    return [*head, *choice, *quote_block, *doc,
            html.H4(f"{t('other_sources', lang)} ({len(sources)})"), html.Ul(src_items, className="sources"),
            *([html.H4(t("disagreeing", lang)), html.Ul(diff_items, className="disagree")] if diff_items else [])]


def _day(v) -> str:
    """A document's date as YYYY-MM-DD; '' when it has none (never 'NaT')."""
    return "" if v is None or pd.isna(v) else str(v)[:10]


def _int(v) -> str:
    try:
        return str(int(v))
    except (TypeError, ValueError):
        return "—"


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
        html.Div([html.Label([t("year", lang), dcc.Dropdown(id=ids.YEAR_SELECT, options=[{"label": str(y), "value": y} for y in years],
                                                            value=year, clearable=False, style={"width": "160px"})], className="control"),
                  pack], className="controls"),
        html.Div(id=ids.YEAR_DUMBBELL), html.Div(id=ids.YEAR_TABLE),
    ])


def build_year_table(tva: pd.DataFrame, docs: pd.DataFrame, inds: pd.DataFrame, lang: str,
                     region_param: str | None = None, plans: pd.DataFrame | None = None) -> list:
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    df = tva[tva["target_obs_id"].notna()].copy()
    df["sort"] = df["gap_better"].fillna(1e9)
    df = df.sort_values("sort")
    header = html.Tr([html.Th(h) for h in (t("indicator", lang), t("target", lang), t("outcome", lang),
                                           t("gap", lang), t("status", lang), t("rule", lang))])
    rows = []
    for _, r in df.iterrows():
        gap = r["gap"] if r["unit"] == "pct" else r["gap_pct"]
        rows.append(html.Tr([
            html.Td(dcc.Link(names.get(r["indicator"], r["indicator"]),
                             href=href("/indicator", lang, i=r["indicator"], region=region_param))),
            html.Td(fmt_value(r["target_value"], r["target_value_high"], own_unit(r, "target"), r["target_qualifier"], lang)),
            html.Td(fmt_value(r["actual_value"], None, own_unit(r, "actual"), r["actual_qualifier"], lang) or "—"),
            html.Td("" if pd.isna(gap) else f"{gap:+.2f}{'pp' if r['unit'] == 'pct' else '%'}"),
            html.Td(t(r["attainment"], lang), style={"background": STATUS_COLORS.get(r["attainment"], "#fff")}),
            html.Td(row_sentence(r, lang), className="muted small"),
        ]))
    doc_items = [html.Li(dcc.Link(f"{r['title']} ({doc_type_label(r['doc_type'], lang)})", href=href("/sources", lang, doc=r["doc_id"])))
                 for _, r in docs.iterrows()]
    return [html.Table([html.Thead(header), html.Tbody(rows)], className="table", id="year-targets"),
            *_plan_targets(plans, lang, region_param),
            html.H3(t("reports_of_year", lang)), html.Ul(doc_items)]


def _plan_targets(plans: pd.DataFrame | None, lang: str, region_param: str | None) -> list:
    """The five-year plan's targets that end in this year, beside the year's outcome."""
    if plans is None or plans.empty:
        return []
    header = html.Tr([html.Th(h) for h in (t("indicator", lang), t("period", lang), t("target", lang),
                                           t("outcome", lang))])
    rows = [html.Tr([
        html.Td(dcc.Link(name_of(r, lang), href=href("/indicator", lang, i=r["indicator"], region=region_param))),
        html.Td(str(r["period"]).replace("-", "–")),
        html.Td(fmt_value(r["value"], r["value_high"], r["unit"], r["qualifier"], lang)
                + (f" ({t('stretch', lang)})" if r["agreement"] == "stretch" else "")),
        html.Td(fmt_value(None if pd.isna(r["actual_value"]) else r["actual_value"], None,
                          r["actual_unit"] if isinstance(r["actual_unit"], str) else r["unit"],
                          r["actual_qualifier"], lang) or "—"),
    ]) for _, r in plans.iterrows()]
    return [html.H3(t("plan_targets_ending", lang)),
            html.Table([html.Thead(header), html.Tbody(rows)], className="table", id="plan-targets")]


# --- sources -------------------------------------------------------------------------------

def build_documents_table(docs: pd.DataFrame, lang: str) -> html.Table:
    header = html.Tr([html.Th(h) for h in (t("document", lang), t("doc_type", lang), t("date", lang),
                                           t("reviews", lang), t("plans", lang), t("n_figures", lang), t("tier", lang))])
    rows = [html.Tr([
        html.Td([dcc.Link(r["title"] or r["doc_id"], href=href("/sources", lang, doc=r["doc_id"])),
                 html.Br(), html.Small(r["doc_id"] + (f" · {t('duplicate_of', lang)} {r['duplicate_of']}"
                                                      if isinstance(r["duplicate_of"], str) else ""), className="muted")]),
        html.Td(doc_type_label(r["doc_type"], lang)), html.Td(_day(r["doc_date"])),
        html.Td(_int(r["reviews_year"])), html.Td(_int(r["plans_year"])), html.Td(int(r["n_figures"])),
        html.Td(t("tier_" + str(r["source_tier"]), lang)),
    ]) for _, r in docs.iterrows()]
    return html.Table([html.Thead(header), html.Tbody(rows)], className="table", id="documents-table")


MAX_FIGURES_LISTED = 6


def build_web_sources(sources: pd.DataFrame, lang: str) -> html.Div:
    """Every web address behind a figure (the curated tables' sources included), with its tier and
    the figures it gave."""
    header = html.Tr([html.Th(h) for h in (t("web_source", lang), t("tier", lang), t("n_figures", lang),
                                           t("figures_given", lang))])
    rows = []
    for _, r in sources.iterrows():
        figures = str(r["figures"] or "").split("; ")
        shown = "; ".join(figures[:MAX_FIGURES_LISTED]) + (" …" if len(figures) > MAX_FIGURES_LISTED else "")
        rows.append(html.Tr([
            html.Td([html.A(r["source_title"] or r["source_url"], href=r["source_url"], target="_blank",
                            rel="noopener noreferrer"), html.Br(), html.Small(r["source_url"], className="muted")]),
            html.Td(t("tier_" + str(r["tier"]), lang)), html.Td(int(r["n_figures"])),
            html.Td(html.Small(shown), className="muted")]))
    return html.Div([html.H3(t("web_sources", lang)),
                     html.Table([html.Thead(header), html.Tbody(rows)], className="table", id="web-sources-table")])


def reader_segments(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, list[int]]]:
    """Cut `text` at every figure's ends: (start, end, indexes of the figures covering it). Nested and
    overlapping figures ("固定资产投资86亿元,增长9.8%": the level inside the growth's quote) are all
    kept. Linear in the text and the figures (after sorting the boundaries)."""
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for a, b, i in spans:
        if 0 <= a < b <= len(text):
            starts.setdefault(a, []).append(i)
            ends.setdefault(b, []).append(i)
    open_: list[int] = []
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        open_ = [i for i in open_ if i not in set(ends.get(a, ()))] + starts.get(a, [])
        out.append((a, b, list(open_)))
    return out


def build_reader(doc: dict, figures: pd.DataFrame, lang: str, focus: int | None = None) -> html.Div:
    """The document text with every extracted figure highlighted and linked to its indicator;
    overlapping figures each keep their mark. `focus` (an obs id) is marked to be scrolled to."""
    text = doc["text"]
    rows = [r for _, r in figures.iterrows()]
    spans = [(int(r["char_start"]), int(r["char_end"]), i) for i, r in enumerate(rows)]
    parts = []
    for a, b, covering in reader_segments(text, spans):
        if not covering:
            parts.append(text[a:b])
            continue
        innermost = min(covering, key=lambda i: spans[i][1] - spans[i][0])
        labels = [f"{name_of(rows[i], lang)} {int(rows[i]['year'])} "
                  f"{fmt_value(rows[i]['value'], rows[i]['value_high'], rows[i]['unit'], rows[i]['qualifier'], lang)}"
                  for i in covering]
        focused = focus is not None and any(int(rows[i]["obs_id"]) == focus for i in covering)
        f = rows[innermost]
        parts.append(dcc.Link(html.Mark(text[a:b], title="; ".join(labels),
                                        className=("nested " if len(covering) > 1 else "") + ("focus" if focused else "")),
                              href=href("/indicator", lang, i=f["indicator"], y=int(f["year"]), obs=int(f["obs_id"])),
                              className="figure-link"))
    return html.Div(id=ids.DOC_READER, children=[
        dcc.Link("← " + t("all_documents", lang), href=href("/sources", lang)),
        html.H2(doc["title"] or doc["doc_id"]),
        html.P(f"{doc_type_label(doc['doc_type'], lang)} · {_day(doc['doc_date'])} · "
               f"{t('reviews', lang)} {_int(doc['reviews_year'])} · {t('plans', lang)} {_int(doc['plans_year'])} · "
               f"{doc['source_file']}", className="muted"),
        html.Div(parts, className="reader-text"),
    ])


# --- data ----------------------------------------------------------------------------------

DATA_COLUMNS = ["indicator", "name_zh", "name_en", "year", "period", "kind", "value", "value_high", "unit", "qualifier",
                "status", "basis", "method", "agreement", "n_sources", "quote", "doc_id", "char_start", "char_end",
                "doc_title", "source_url", "source_title", "source_tier", "report_year", "used_for_attainment", "rule",
                "obs_id"]


def build_data_page(obs: pd.DataFrame, dictionary: pd.DataFrame, inds: pd.DataFrame, lang: str) -> html.Div:
    rows = obs[DATA_COLUMNS].astype(object).where(obs[DATA_COLUMNS].notna(), None).to_dict("records")
    col_defs = [{"field": c, "headerName": column_label(c, lang), "filter": True, "sortable": True, "resizable": True}
                for c in DATA_COLUMNS]
    for c in col_defs:
        if c["field"] in ("value", "value_high", "year", "char_start", "char_end", "n_sources", "obs_id"):
            c["filter"] = "agNumberColumnFilter"
    dict_rows = [html.Tr([html.Td(r["table_name"]), html.Td(html.Code(r["column_name"])),
                          html.Td(r["description_zh"] if lang == "zh" else r["description_en"])])
                 for _, r in dictionary.iterrows()]
    ind_rows = [html.Tr([html.Td(html.Code(r["key"])), html.Td(r["name_zh"]), html.Td(r["name_en"]), html.Td(r["unit"]),
                         html.Td(r["direction"]), html.Td(r["aliases"] or ""), html.Td(r["former_names"] or "")])
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


def _rate(rec) -> str:
    return "—" if rec.rate is None else f"{100 * rec.rate:.0f}%"


def build_record_table(records: list, lang: str) -> html.Table:
    """Each level's verdicts over the years it set a target."""
    header = [t("place", lang), t("years_with_target", lang), t("exceeded", lang), t("met", lang), t("missed", lang),
              t("not assessed", lang), t("no outcome", lang), t("achieved_rate", lang)]
    rows = [html.Tr([html.Td(place_label(r.region, lang)), html.Td(str(len(r.years))),
                     *[html.Td(str(r.counts[v])) for v in ("exceeded", "met", "missed", "not assessed", "no outcome")],
                     html.Td(_rate(r))]) for r in records]
    return html.Table([html.Thead(html.Tr([html.Th(h) for h in header])), html.Tbody(rows)], className="table",
                      id="cascade-records")


def build_league_table(league: list, lang: str, home: str) -> html.Table:
    """The peers by attainment rate; the place shown in bold."""
    header = ["#", t("place", lang), t("years_judged", lang), t("exceeded", lang), t("met", lang), t("missed", lang),
              t("achieved_rate", lang)]
    rows = []
    silent = [r for r in league if not r.judged and not r.years and r.region != home]
    for i, r in enumerate((r for r in league if r not in silent), start=1):
        name = place_label(r.region, lang)
        rows.append(html.Tr([html.Td(str(i) if r.judged else "—"), html.Td(html.B(name) if r.region == home else name),
                             html.Td(str(r.judged)), html.Td(str(r.counts["exceeded"])), html.Td(str(r.counts["met"])),
                             html.Td(str(r.counts["missed"])), html.Td(_rate(r))]))
    table = html.Table([html.Thead(html.Tr([html.Th(h) for h in header])), html.Tbody(rows)], className="table",
                       id="cascade-league")
    if not silent:
        return table
    return html.Div([table, html.P(f"{t('league_silent', lang)}: " + ", ".join(place_label(r.region, lang) for r in silent),
                                   className="muted small")])


def build_cascade_page(figs: dict, specs: dict, records: list, league: list, lang: str, key: str, year: int,
                       years: list[int], indicators: list[tuple[str, dict]], region: str, region_param: str | None,
                       panel=None) -> html.Div:
    """Controls (indicator, year), the year's cascade, the amplification over the years, each level's
    record, then the peers' dumbbell and league table; a clicked point's sources in the side panel."""
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
        chart("cascade"), html.Div(chart("amplification"), className="scroll-x"),
        html.H3(t("records_title", lang)), build_record_table(records, lang),
        chart("peers"),
        html.H3(t("league_title", lang)), build_league_table(league, lang, region),
        html.P(t("cascade_defs", lang), className="muted small"),
    ], className="content")
    return html.Div(className="with-panel", children=[
        content,
        html.Aside(id=ids.SIDE_PANEL, className="side-panel",
                   children=panel or [html.P(t("click_point", lang), className="muted")]),
        html.Div(id="panel-sync", hidden=True),
    ])
