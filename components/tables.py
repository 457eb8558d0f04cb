"""The tables of the pages: rows of a frame in, an html.Table out (the review list, a year's targets,
the documents and web sources, the cascade's records and league). No SQL, no file I/O."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from components import ids
from components.format import fmt_doc_date, fmt_gap, fmt_int, fmt_value, own_unit
from components.i18n import doc_type_label, name_of, place_label, review_reason, t
from components.palette import NO_STATUS_CELL, STATUS_COLORS
from components.params import href
from components.rules import row_sentence
from components.words_data import kind_word, own_script


def card_table(header, rows: list, **props) -> html.Table:
    """A table whose every cell carries its column's label (data-label): on a phone, where each row
    is a card and the header row is hidden, the cell shows it (assets/style.css). `header`: the
    header row, or its labels."""
    labels = [c.children for c in header.children] if isinstance(header, html.Tr) else list(header)
    for row in rows:
        for cell, label in zip(row.children, labels, strict=False):
            setattr(cell, "data-label", str(label))
    head = header if isinstance(header, html.Tr) else html.Tr([html.Th(h) for h in labels])
    return html.Table([html.Thead(head), html.Tbody(rows)], **props)


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
            html.Td(place_label(r["region"], lang) if r["region"] else t("region_unknown", lang)),
            html.Td(review_reason(r["reason"], lang)),
            html.Td([html.Q(r["quote"], lang="zh-CN"), html.Br(),
                     dcc.Link(own_script(r["doc_title"] or r["doc_id"]), href=href("/sources", lang, doc=r["doc_id"]))
                     if r["doc_id"] else None]),
            html.Td(html.Code(r["mention_key"]) if r["mention_key"] else None),
        ]))
    header = html.Tr([html.Th(t(k, lang)) for k in ("indicator", "year", "kind", "value", "region", "why", "quote", "key")])
    return [*head, card_table(header, rows, className="table review-table", id=ids.REVIEW_TABLE)]


# --- year ----------------------------------------------------------------------------------

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
            html.Td(fmt_gap(gap, r["unit"], lang, 2) or "—"),
            html.Td(t(r["attainment"], lang), style={"background": STATUS_COLORS.get(r["attainment"], NO_STATUS_CELL)}),
            html.Td(row_sentence(r, lang), className="muted small"),
        ]))
    doc_items = [html.Li(dcc.Link([own_script(r["title"]), f" ({doc_type_label(r['doc_type'], lang)})"],
                                  href=href("/sources", lang, doc=r["doc_id"])))
                 for _, r in docs.iterrows()]
    return [card_table(header, rows, className="table", id="year-targets"),
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
            card_table(header, rows, className="table", id="plan-targets")]


# --- sources -------------------------------------------------------------------------------

def build_documents_table(docs: pd.DataFrame, lang: str) -> html.Table:
    header = html.Tr([html.Th(h) for h in (t("document", lang), t("doc_type", lang), t("date", lang),
                                           t("reviews", lang), t("plans", lang), t("n_figures", lang), t("tier", lang))])
    rows = [html.Tr([
        html.Td([dcc.Link(own_script(r["title"] or r["doc_id"]), href=href("/sources", lang, doc=r["doc_id"])),
                 html.Br(), html.Small([html.Code(r["doc_id"]), *([f" · {t('duplicate_of', lang)} ", html.Code(r["duplicate_of"])]
                                                                if isinstance(r["duplicate_of"], str) else [])],
                                       className="muted")]),
        html.Td(doc_type_label(r["doc_type"], lang)), html.Td(fmt_doc_date(r["doc_date"], r["report_year"], lang)),
        html.Td(fmt_int(r["reviews_year"])), html.Td(fmt_int(r["plans_year"])), html.Td(int(r["n_figures"])),
        html.Td(t("tier_" + str(r["source_tier"]), lang)),
    ]) for _, r in docs.iterrows()]
    return card_table(header, rows, className="table", id="documents-table")


MAX_FIGURES_LISTED = 6


def figures_said(figures: str, names: dict[str, str], lang: str) -> list[str]:
    """The figures a source gave ("fiscal_revenue 2017 actual 97.6; …") as people read them: the
    indicator's name, the year, target or outcome, the number."""
    said = []
    for item in figures.split("; "):
        parts = item.split(" ")
        if len(parts) != 4:
            said.append(item)
            continue
        key, year, kind, value = parts
        said.append(f"{names.get(key, key)} {year} {kind_word(kind, lang)} {value}")
    return said


def build_web_sources(sources: pd.DataFrame, lang: str, names: dict[str, str] | None = None) -> html.Div:
    """Every web address behind a figure (the curated tables' sources included), with its tier and
    the figures it gave (`names`: indicator key -> its name in the page's language)."""
    header = html.Tr([html.Th(h) for h in (t("web_source", lang), t("tier", lang), t("n_figures", lang),
                                           t("figures_given", lang))])
    rows = []
    for _, r in sources.iterrows():
        figures = figures_said(str(r["figures"] or ""), names or {}, lang)
        shown = "; ".join(figures[:MAX_FIGURES_LISTED]) + (" …" if len(figures) > MAX_FIGURES_LISTED else "")
        rows.append(html.Tr([
            html.Td([html.A(own_script(r["source_title"] or r["source_url"]), href=r["source_url"], target="_blank",
                            rel="noopener noreferrer"), html.Br(), html.Small(r["source_url"], className="muted")]),
            html.Td(t("tier_" + str(r["tier"]), lang)), html.Td(int(r["n_figures"])),
            html.Td(html.Small(shown), className="muted")]))
    return html.Div([html.H3(t("web_sources", lang)),
                     card_table(header, rows, className="table", id="web-sources-table")])


# --- cascade -------------------------------------------------------------------------------

def _rate(rec) -> str:
    return "—" if rec.rate is None else f"{100 * rec.rate:.0f}%"


def build_record_table(records: list, lang: str) -> html.Table:
    """Each level's verdicts over the years it set a target."""
    header = [t("place", lang), t("years_with_target", lang), t("exceeded", lang), t("met", lang), t("missed", lang),
              t("not assessed", lang), t("no outcome", lang), t("achieved_rate", lang)]
    rows = [html.Tr([html.Td(place_label(r.region, lang)), html.Td(str(len(r.years))),
                     *[html.Td(str(r.counts[v])) for v in ("exceeded", "met", "missed", "not assessed", "no outcome")],
                     html.Td(_rate(r))]) for r in records]
    return card_table(header, rows, className="table",
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
    table = card_table(header, rows, className="table",
                       id="cascade-league")
    if not silent:
        return table
    return html.Div([table, html.P(f"{t('league_silent', lang)}: " + ", ".join(place_label(r.region, lang) for r in silent),
                                   className="muted small")])
