"""Rows of the attainment table in, go.Figure out: the cascade of one year (nation → district), the
amplification of targets over the years, and the peers of one year. Styled by charts.style_layout,
like every chart of the app; every marker carries its obs id, so a click opens its sources."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components import cascade
from components.charts import TARGET_MARKERS, empty_figure, figure, records, style_layout, target_band
from components.format import fmt_gap, fmt_number, fmt_value, is_missing, own_unit
from components.i18n import level_label, name_of, place_label, qualifier_label, t
from components.palette import CONNECTOR, FAINT, LEVEL_COLOR, OUTCOME, OUTLINE, REFERENCE, STATUS_COLORS, TARGET
from components.rules import row_sentence
from etl.knowledge.places import Regions

LEVEL_WIDTH = {"nation": 1.6, "province": 2.0, "city": 2.4, "district": 3.6}
LEVEL_DASH = {"province": "dot", "city": "dash", "district": "solid"}


def _bound(row: dict) -> str:
    return "range" if not is_missing(row.get("target_value_high")) else (row.get("bound") or "exact")


def _target_text(row: dict, lang: str) -> str:
    return fmt_value(row.get("target_value"), row.get("target_value_high"), own_unit(row, "target"),
                     row.get("target_qualifier"), lang) or "—"


def _outcome_text(row: dict, lang: str) -> str:
    text = fmt_value(row.get("actual_value"), None, own_unit(row, "actual"), row.get("actual_qualifier"), lang) or "—"
    if not is_missing(row.get("actual_status")):
        text += f" ({t(row['actual_status'], lang)})"
    return text


def _hover(place: str, row: dict, lang: str) -> str:
    lines = [f"<b>{place}</b> {int(row['year'])}",
             f"{t('target', lang)}: {_target_text(row, lang)}",
             f"{t('outcome', lang)}: {_outcome_text(row, lang)} · {t(row['attainment'], lang)}"]
    if not is_missing(row.get("target_obs_id")):
        lines.append(row_sentence(row, lang))
    return "<br>".join(lines)


def _targets(traces: list, shapes: list, points: list[tuple[float, dict, str]], lang: str, axes: dict,
             label: str | None = None, label_size: int = 11, first_label: str | None = None) -> None:
    """Target markers by meaning at (x, row): a range as a band, 左右 with its tolerance, 以上 / 以内 as
    a triangle pointing the way the target allows, a bare number as a diamond. The first column's
    label may stand elsewhere (`first_label`): to its left is the axis."""
    for x, r, _ in points:
        lo = cascade.number(r.get("target_value"))
        band = None if lo is None else target_band(x, lo, cascade.number(r.get("target_value_high")), r.get("bound"),
                                                   cascade.number(r.get("tolerance")), axes, 0.28)
        if band:
            shapes.append(band)
    for bound, (symbol, size) in TARGET_MARKERS.items():
        group = [(x, r, place) for x, r, place in points if cascade.target_point(r) is not None and _bound(r) == bound]
        if not group:
            continue
        positions = [first_label if first_label and x == 1.0 else label for x, _, _ in group]
        words = {"text": [_target_text(r, lang) for _, r, _ in group], "textposition": positions, "cliponaxis": False,
                 "textfont": {"size": label_size, "color": TARGET}} if label else {}   # a label is never cut by the plot's edge
        traces.append({"type": "scatter", "mode": "markers+text" if label else "markers", "x": [x for x, _, _ in group],
                       "y": [cascade.target_point(r) for _, r, _ in group], **words,
                       "name": t("target_" + bound, lang),
                       "legendgroup": "target-" + bound,
                       "marker": {"symbol": symbol, "size": size, "color": TARGET, "line": {"width": 2, "color": TARGET}},
                       "customdata": [int(r["target_obs_id"]) for _, r, _ in group],
                       "hovertext": [_hover(place, r, lang) for _, r, place in group], "hoverinfo": "text", **axes})


def _words(annotations: list, points: list[tuple[float, dict, str]], lang: str, axes: dict) -> list[dict]:
    """Targets stated in words (no number): their words at the top of the plot, where a marker would be."""
    rows = [(x, r) for x, r, _ in points if not is_missing(r.get("target_obs_id")) and cascade.target_point(r) is None]
    for x, r in rows:
        annotations.append({"x": x, "y": 1, "xref": axes.get("xaxis", "x"), "yref": axes.get("yaxis", "y") + " domain",
                            "yanchor": "top", "text": "☆ " + qualifier_label(r.get("target_qualifier"), lang),
                            "showarrow": False, "font": {"size": 11, "color": TARGET}})
    return [r for _, r in rows]


def cascade_year(tva: pd.DataFrame, names: list[str], regions: Regions, ind: dict, lang: str, year: int) -> go.Figure:
    """One year's targets of each level, top first, drawn by meaning, with each level's outcome
    coloured by its verdict. Levels without a target or an outcome keep their place, empty."""
    rows = cascade.year_rows(tva, names, year)
    labels = [place_label(n, lang) for n in names]
    traces, shapes, annotations = [], [], []
    # levels at x = 1..n (an annotation at x = 0 lands astray in Chromium's PDF output)
    points = [(float(i + 1), r, labels[i]) for i, r in enumerate(rows) if r is not None and not is_missing(r.get("target_obs_id"))]
    _targets(traces, shapes, points, lang, {"xaxis": "x", "yaxis": "y"}, label="middle left", first_label="top center")
    words = _words(annotations, points, lang, {"xaxis": "x", "yaxis": "y"})
    outcomes = [(i, r) for i, r in enumerate(rows) if r is not None and cascade.number(r.get("actual_value")) is not None]
    if outcomes:
        traces.append({"type": "scatter", "mode": "markers+text", "name": t("outcome", lang),
                       "x": [float(i + 1) for i, _ in outcomes], "y": [float(r["actual_value"]) for _, r in outcomes],
                       "text": [fmt_number(r["actual_value"]) for _, r in outcomes], "textposition": "middle right",
                       "textfont": {"size": 12, "color": OUTCOME},
                       "marker": {"size": 14, "color": [STATUS_COLORS.get(r["attainment"], OUTCOME) for _, r in outcomes],
                                  "line": {"width": 1.5, "color": OUTLINE}},
                       "customdata": [int(r["actual_obs_id"]) for _, r in outcomes],
                       "hovertext": [_hover(labels[i], r, lang) for i, r in outcomes], "hoverinfo": "text"})
    missing = [labels[i] for i, r in enumerate(rows) if r is None or (is_missing(r.get("target_obs_id"))
                                                                     and is_missing(r.get("actual_obs_id")))]
    subtitle = t("cascade_sub", lang) + (f" · {t('cascade_missing', lang)}: {', '.join(missing)}" if missing else "")
    layout = style_layout(title=t("cascade_title", lang, year=year, indicator=name_of(ind, lang)), subtitle=subtitle,
                          lang=lang, height=460)
    ticks = [f"{lab}<br><span style='font-size:11px;color:{FAINT}'>{level_label(regions.by_name(n).level if regions.by_name(n) else 'district', lang)}</span>"
             for n, lab in zip(names, labels, strict=True)]
    fig = figure(traces, layout, {
        "shapes": shapes, "annotations": annotations,
        "xaxis": {"tickvals": list(range(1, len(names) + 1)), "ticktext": ticks, "range": [0.4, len(names) + 0.6],
                  "showgrid": False, "zeroline": False},
        "yaxis": {"title": {"text": "%"}, "zeroline": True, "rangemode": "tozero" if words else "normal"},
    })
    return fig


def amplification_chart(tva: pd.DataFrame, names: list[str], regions: Regions, ind: dict, lang: str,
                        year_from: int, year_to: int) -> go.Figure:
    """Top: each level's target minus the nation's, in percentage points, year by year (a line that
    breaks where either target is missing or in words). Bottom: the nation's own target, drawn by
    its hedge, so that a gap against 'about 7.5%' reads differently from one against '6-6.5%'."""
    numeric = {r["region"] for r in records(tva) if cascade.target_point(r) is not None}
    names = [n for n in names if n in numeric]   # against the highest level that set numbers (the nation, mostly)
    if len(names) < 2:
        return empty_figure(t("amplification_none", lang), lang, t("amplification_title", lang, indicator=name_of(ind, lang)))
    amps = cascade.amplification(tva, names)
    traces, shapes, annotations = [], [], []
    top_axes, low_axes = {"xaxis": "x", "yaxis": "y"}, {"xaxis": "x2", "yaxis": "y2"}
    for name in names[1:]:
        pts = [a for a in amps if a.region == name]
        if pts:
            traces.append(_amplification_line(name, pts, names[0], regions, lang, top_axes))
    top_rows = [r for r in records(tva) if r["region"] == names[0] and year_from <= int(r["year"]) <= year_to
                and not is_missing(r.get("target_obs_id"))]
    top_label = place_label(names[0], lang)
    points = [(float(r["year"]), r, top_label) for r in top_rows]
    _targets(traces, shapes, points, lang, low_axes, label="top center", label_size=10)   # a year apart: never over each other
    _words(annotations, points, lang, low_axes)
    annotations.append({"text": t("top_target_panel", lang, place=top_label), "x": 0, "y": 0.3, "xref": "paper",
                        "yref": "paper", "xanchor": "left", "yanchor": "bottom", "showarrow": False, "font": {"size": 13}})
    layout = style_layout(title=t("amplification_title", lang, indicator=name_of(ind, lang)),
                          subtitle=t("amplification_sub", lang, place=top_label), lang=lang, height=620)
    years = {"range": [year_from - 0.6, year_to + 0.6], "dtick": 1}
    return figure(traces, layout, {
        "shapes": shapes + [{"type": "line", "xref": "x", "yref": "y", "x0": year_from - 0.6, "x1": year_to + 0.6,
                             "y0": 0, "y1": 0, "line": {"color": REFERENCE, "width": 1}}],
        "annotations": annotations,
        "xaxis": {**years, "anchor": "y", "showticklabels": False},
        "yaxis": {"domain": [0.4, 0.94], "title": {"text": t("pp_above", lang, place=top_label)}},
        "xaxis2": {**years, "anchor": "y2"},
        "yaxis2": {"domain": [0.0, 0.28], "title": {"text": "%"}, **_headroom(top_rows)},
    })


def _amplification_line(name: str, pts: list, top: str, regions: Regions, lang: str, axes: dict) -> dict:
    """One level's target minus the top level's, year by year: a line that breaks at a missing year,
    drawn heavier the nearer the level is to the district."""
    level = regions.by_name(name).level if regions.by_name(name) else "district"
    xs, ys, ids_, hover = [], [], [], []
    for i, a in enumerate(pts):
        if i and a.year - pts[i - 1].year > 1:
            xs.append(pts[i - 1].year + 0.5)
            ys.append(None)
            ids_.append(None)
            hover.append("")
        xs.append(a.year)
        ys.append(a.value)
        ids_.append(a.own_obs_id)
        hover.append(f"<b>{place_label(name, lang)}</b> {a.year}: {fmt_gap(a.value, 'pct', lang, 2)}<br>"
                     f"{t('target', lang)} {_target_text(a.own, lang)} − {place_label(top, lang)} "
                     f"{_target_text(a.top, lang)}")
    return {"type": "scatter", "mode": "lines+markers" + ("+text" if level == "district" else ""),
            "x": xs, "y": ys, "name": place_label(name, lang), "customdata": ids_,
            "text": [("" if v is None else f"{v:+.1f}") for v in ys], "textposition": "top center",
            "line": {"width": LEVEL_WIDTH.get(level, 2), "dash": LEVEL_DASH.get(level, "solid"),
                     "color": LEVEL_COLOR.get(level, OUTCOME)},
            "marker": {"size": 9 if level == "district" else 6, "color": LEVEL_COLOR.get(level, OUTCOME)},
            "hovertext": hover, "hoverinfo": "text", "connectgaps": False, **axes}


def _headroom(rows: list[dict]) -> dict:
    """A range with room above the highest target for its label (none when nothing is drawn)."""
    lows = [cascade.number(r.get("target_value")) for r in rows]
    highs = [cascade.number(r.get("target_value_high")) or cascade.number(r.get("target_value")) for r in rows]
    lows, highs = [v for v in lows if v is not None], [v for v in highs if v is not None]
    if not lows:
        return {}
    span = max(highs) - min(lows)
    return {"range": [min(lows) - 0.6 - 0.1 * span, max(highs) + 1.0 + 0.25 * span]}


def peers_dumbbell(tva: pd.DataFrame, names: list[str], ind: dict, lang: str, year: int,
                   home: str) -> go.Figure:
    """The districts of one city in one year: target → outcome, largest shortfall first; the place
    shown is in bold. Districts without both figures are named in the subtitle."""
    rows, left_out = cascade.peer_year(tva, names, year)
    labels = [("<b>{}</b>" if r["region"] == home else "{}").format(place_label(r["region"], lang)) for r in rows]
    traces = []
    xs, ys = [], []
    for lab, r in zip(labels, rows, strict=True):
        xs += [cascade.target_point(r), float(r["actual_value"]), None]
        ys += [lab, lab, None]
    traces.append({"type": "scatter", "x": xs, "y": ys, "mode": "lines", "line": {"color": CONNECTOR, "width": 3},
                   "showlegend": False, "hoverinfo": "skip"})
    for bound, (symbol, size) in TARGET_MARKERS.items():
        group = [(lab, r) for lab, r in zip(labels, rows, strict=True) if _bound(r) == bound]
        if group:
            traces.append({"type": "scatter", "mode": "markers", "name": t("target_" + bound, lang),
                           "x": [cascade.target_point(r) for _, r in group], "y": [lab for lab, _ in group],
                           "marker": {"symbol": symbol, "size": size, "color": TARGET, "line": {"width": 2, "color": TARGET}},
                           "customdata": [int(r["target_obs_id"]) for _, r in group], "hoverinfo": "text",
                           "hovertext": [_hover(lab, r, lang) for lab, r in group]})
    traces.append({"type": "scatter", "mode": "markers+text", "name": t("outcome", lang),
                   "x": [float(r["actual_value"]) for r in rows], "y": labels,
                   "text": [fmt_number(r["actual_value"]) for r in rows], "textposition": "top center",
                   "marker": {"size": 13, "color": [STATUS_COLORS.get(r["attainment"], OUTCOME) for r in rows],
                              "line": {"width": 1, "color": OUTLINE}},
                   "customdata": [int(r["actual_obs_id"]) for r in rows], "hoverinfo": "text",
                   "hovertext": [_hover(lab, r, lang) for lab, r in zip(labels, rows, strict=True)]})
    title = t("peers_title", lang, year=year, indicator=name_of(ind, lang))
    if not rows:
        return empty_figure(t("peers_none", lang, year=year), lang, title)
    subtitle = t("peers_sub", lang)
    if left_out:   # named in the league table below the chart
        subtitle += f" · {t('peers_missing', lang, n=len(left_out))}"
    layout = style_layout(title=title, subtitle=subtitle, lang=lang, height=max(320, 200 + 44 * len(rows)))
    layout["legend"] = {**layout["legend"], "x": 1, "xanchor": "right"}
    return figure(traces, layout, {"xaxis": {"title": {"text": "%"}}, "yaxis": {"autorange": "reversed", "automargin": True}})
