"""One indicator over the years, df in and go.Figure out, in the house style of components/charts.py:
its outcomes, targets (drawn by their meaning), five-year figures and gaps (`indicator_chart`). The same
indicator in several places: components/compare_charts.py. Every point carries its obs id."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.chart_narrow import NARROW_ONLY, WIDE_ONLY
from components.charts import TARGET_MARKERS, figure, records, style_layout, target_band
from components.format import fmt_number, fmt_value, is_missing
from components.i18n import name_of, qualifier_label, t, unit_label
from components.palette import (
    CONFLICT,
    CONNECTOR,
    FAINT,
    LABEL_BACKGROUND,
    MET_RIM,
    OTHER,
    OTHER_UNIT,
    OUTCOME,
    REFERENCE,
    STATUS_COLORS,
    SUBTLE,
    TARGET,
    ZERO_LINE,
)
from components.rules import row_sentence


def point_hover(row, lang: str) -> str:
    """A point's hover: year, target or outcome as stated, status, basis, method, agreement, document, quote."""
    kind = t("target", lang) if row["kind"] == "target" else t("outcome", lang)
    parts = [f"<b>{int(row['year'])}</b> · {kind} {fmt_value(row['value'], row['value_high'], row['unit'], row['qualifier'], lang)}"]
    extra = []
    if row["kind"] == "actual" and not is_missing(row.get("status")):
        extra.append(t(row["status"], lang))
    if row.get("method") in ("derived", "curated"):
        extra.append(t(row["method"], lang))
    if row.get("agreement") in ("conflict", "revised"):
        extra.append("⚠ " + t(row["agreement"], lang))
    if extra:
        parts.append(" · ".join(extra))
    parts.append(unit_basis_line(unit_label(row["unit"], lang), row.get("basis"), lang))
    title = row.get("doc_title") if not is_missing(row.get("doc_title")) else row.get("source_title")
    if not is_missing(title):
        parts.append(str(title)[:48])
    if not is_missing(row.get("quote")):
        parts.append("“" + str(row["quote"])[:40] + ("…" if len(str(row["quote"])) > 40 else "") + "”")
    return "<br>".join(parts)


def unit_basis_line(unit_text: str, basis, lang: str) -> str:
    """The line every hover of the indicator charts carries: the unit and the basis (issue 24)."""
    return t("hover_unit_basis", lang, unit=unit_text or "—",
             basis=t("basis_comparable" if basis == "comparable" else "basis_reported", lang))


def _marker_trace(rows: list[dict], name: str, lang: str, **marker) -> dict:
    return {"type": "scatter", "x": [int(r["year"]) for r in rows], "y": [float(r["value"]) for r in rows],
            "mode": "markers", "name": name, "marker": {"size": 10, **marker}, "customdata": [int(r["obs_id"]) for r in rows],
            "hovertext": [point_hover(r, lang) for r in rows], "hoverinfo": "text"}


# the gap panel's words for a year without a verdict, and the same words as one note under the plot
# (on a phone only): components/chart_narrow.py shows the one that fits
GAP_LABEL, GAP_NOTE = WIDE_ONLY[0], NARROW_ONLY[0]
TOP = {"xaxis": "x", "yaxis": "y"}
BOTTOM = {"xaxis": "x2", "yaxis": "y2"}
RIGHT = {"xaxis": "x", "yaxis": "y3"}     # figures in another unit than the indicator's


_SPAN = "-"   # periods like 2021-2025: a five-year figure (its year is the span's end)


def is_span(period) -> bool:
    return isinstance(period, str) and len(period) == 9 and period[4] == _SPAN


def with_breaks(points: list[dict]) -> tuple[list, list]:
    """x and y of a line through `points` (sorted by year) that breaks, by a None, across a missing
    year and wherever the unit or the basis changes: a line never suggests data that is not there."""
    xs, ys = [], []
    for i, r in enumerate(points):
        if i:
            prev = points[i - 1]
            if r["year"] - prev["year"] > 1 or r["unit"] != prev["unit"] or r["basis"] != prev["basis"]:
                xs.append(prev["year"] + 0.5)
                ys.append(None)
        xs.append(int(r["year"]))
        ys.append(float(r["value"]))
    return xs, ys


def needed_growth(level_now: float, year_now: int, target: float, target_year: int) -> float | None:
    """The average annual growth (in %) that takes `level_now` to `target` by `target_year`."""
    years = target_year - year_now
    if years < 1 or level_now <= 0 or target <= 0:
        return None
    return round(((target / level_now) ** (1 / years) - 1) * 100, 1)


def _outcomes(traces, best: list[dict], lang: str, axes: dict, suffix: str = "", color: str = OUTCOME) -> None:
    """The chosen outcomes: a line that breaks at gaps and changes of basis, markers by status
    (filled final, open preliminary) and basis (circle reported, square comparable)."""
    if not best:
        return
    xs, ys = with_breaks(best)
    traces.append({"type": "scatter", "x": xs, "y": ys, "mode": "lines", "name": t("outcome_line", lang) + suffix,
                   "line": {"color": color, "width": 2.5}, "hoverinfo": "skip", "connectgaps": False, **axes})
    for basis, symbol in (("reported", "circle"), ("comparable", "square")):
        for final in (True, False):
            group = [r for r in best if (r["basis"] == "comparable") == (basis == "comparable")
                     and (r["status"] == "final") == final]
            if not group:
                continue
            name = t("outcome_final" if final else "outcome_prelim", lang) + (
                " · " + t("comparable", lang) if basis == "comparable" else "") + suffix
            marker = {"color": color, "symbol": symbol} if final else \
                {"color": "white", "symbol": symbol, "line": {"color": color, "width": 2.5}}
            traces.append({**_marker_trace(group, name, lang, **marker), **axes})


def _spans(traces, annotations, spans: list[dict], best_main: list[dict], ind: dict, lang: str) -> list[str]:
    """Five-year figures beside the annual ones, at the span's end year with its period in the
    label; for a level target of a plan still running, the growth still needed. -> notes."""
    notes = []
    for r in spans:
        if r["value"] is None:
            continue
        label = f"{r['period'].replace(_SPAN, '–')} " + (t("target", lang) if r["kind"] == "target" else t("outcome", lang))
        text = f"{label}: {fmt_value(r['value'], r['value_high'], r['unit'], r['qualifier'], lang)}"
        stretch = r.get("agreement") == "stretch"
        traces.append({"type": "scatter", "x": [int(r["year"])], "y": [float(r["value"])], "mode": "markers",
                       "name": label + (" · " + t("stretch", lang) if stretch else ""), "customdata": [int(r["obs_id"])],
                       "marker": {"symbol": "star-open" if stretch else "star", "size": 15,
                                  "color": TARGET if r["kind"] == "target" else OUTCOME,
                                  "line": {"width": 2, "color": TARGET if r["kind"] == "target" else OUTCOME}},
                       "hovertext": [text + ("<br>" + t("stretch_note", lang) if stretch else "")
                                     + "<br>" + unit_basis_line(unit_label(r["unit"], lang), r.get("basis"), lang)],
                       "hoverinfo": "text", **TOP})
        if r["kind"] == "target" and not stretch and r["unit"] == ind["unit"] and ind.get("measure") == "level":
            before = [b for b in best_main if b["year"] < r["year"] and b["value"] is not None]
            if before:
                last = before[-1]
                need = needed_growth(float(last["value"]), int(last["year"]), float(r["value"]), int(r["year"]))
                if need is not None:
                    note = t("needed_growth", lang, rate=fmt_number(need), year=int(r["year"]), target=text.split(": ", 1)[1],
                             base_year=int(last["year"]))
                    notes.append(note)
                    annotations.append({"x": int(r["year"]), "y": float(r["value"]), "xref": "x", "yref": "y",
                                        "text": note, "showarrow": True, "arrowhead": 0, "ax": -40, "ay": -22,
                                        "xanchor": "right",
                                        "font": {"size": 11, "color": TARGET}, "name": "needed-growth",
                                        "bgcolor": LABEL_BACKGROUND})
    return notes


def _words(traces, rows: list[dict], lang: str) -> None:
    """Outcomes stated in words (负增长, 基本同步): a marker on the axis with the words."""
    if not rows:
        return
    labels = [qualifier_label(r["qualifier"], lang) for r in rows]
    traces.append({"type": "scatter", "x": [int(r["year"]) for r in rows], "y": [0] * len(rows),
                   "mode": "markers+text", "text": labels, "textposition": "bottom center",
                   "textfont": {"size": 11, "color": OUTCOME}, "name": t("outcome_words", lang),
                   "marker": {"symbol": "x-thin-open", "size": 14, "color": OUTCOME, "line": {"width": 2.5}},
                   "customdata": [int(r["obs_id"]) for r in rows], "hovertext": [point_hover(r, lang) for r in rows],
                   "hoverinfo": "text", **TOP})


def indicator_chart(obs: pd.DataFrame | list[dict], tva: pd.DataFrame | list[dict], ind: dict, lang: str,
                    year_from: int, year_to: int, region: str | None = None) -> go.Figure:
    """Outcomes as a line with markers (final filled, preliminary open; comparable basis square) that
    breaks at missing years and changes of basis; targets drawn by their meaning (range band, 左右
    tolerance band, floor ▲, ceiling ▼, exact ◆); five-year figures as stars at their end year;
    outcomes in words on the axis; figures in another unit than the indicator's on a right-hand axis
    of their own; a gap panel below. Every point carries its obs_id as customdata."""
    unit = ind["unit"]
    traces: list[dict] = []
    shapes: list[dict] = []
    annotations: list[dict] = []
    rows = [r for r in records(obs) if year_from <= r["year"] <= year_to]
    annual = [r for r in rows if r["period"] == "year"]
    spans = [r for r in rows if is_span(r["period"])]
    judged = [r for r in records(tva) if year_from <= r["year"] <= year_to]
    best_ids = {int(r["actual_obs_id"]) for r in judged if r["actual_obs_id"] is not None}
    actual = [r for r in annual if r["kind"] == "actual" and r["value"] is not None]
    best = sorted((r for r in actual if r["obs_id"] in best_ids), key=lambda r: r["year"])
    foreign = sorted({r["unit"] for r in annual if r["unit"] != unit and r["value"] is not None})
    other_unit = foreign[0] if foreign else None
    main = [r for r in best if r["unit"] == unit]
    _outcomes(traces, main, lang, TOP)
    if other_unit:
        _outcomes(traces, [r for r in best if r["unit"] == other_unit], lang, RIGHT, f" ({unit_label(other_unit, lang)})",
                  color=OTHER_UNIT)
    _words(traces, [r for r in annual if r["kind"] == "actual" and r["value"] is None and r["obs_id"] in best_ids], lang)
    _other_statements(traces, [r for r in actual if r["obs_id"] not in best_ids], unit, other_unit, lang)
    _targets(traces, shapes, annotations, [r for r in annual if r["unit"] == unit], judged, lang)
    if other_unit:
        _targets(traces, shapes, annotations, [r for r in annual if r["unit"] == other_unit], judged, lang, axes=RIGHT,
                 suffix=f" ({unit_label(other_unit, lang)})")
    notes = _spans(traces, annotations, spans, main, ind, lang)
    annotations += _gap_panel(traces, judged, unit, lang)
    if other_unit:
        years = sorted({int(r["year"]) for r in annual if r["unit"] == other_unit})
        notes.insert(0, t("other_unit_note", lang, years="、".join(map(str, years)) if lang == "zh" else ", ".join(map(str, years)),
                          unit=unit_label(other_unit, lang)))
    n_part = len(rows) - len(annual) - len(spans)
    if n_part:
        notes.append(t("part_year_note", lang, n=n_part))
    subtitle = " · ".join([(f"{region} · " if region else "") + f"{unit_label(unit, lang)} · {year_from}–{year_to}", *notes])
    layout = style_layout(title=name_of(ind, lang), subtitle=subtitle, lang=lang, height=560)
    extra = _panel_axes(unit, year_from, year_to, shapes, annotations, lang)
    _series_note(layout, extra, ind, lang)
    if other_unit:
        _right_axis(layout, extra, other_unit, lang)
    # on a phone the gap panel is short: its axis title in a few words
    narrow = {"yaxis2.title.text": t("gap", lang) + ("(" if lang == "zh" else " (") + t("pp", lang) + ")"} \
        if unit == "pct" else {}
    return figure(traces, layout, extra, narrow)


def _other_statements(traces, others: list[dict], unit: str, other_unit: str | None, lang: str) -> None:
    """The outcomes no verdict uses: on a comparable basis (open squares), and other statements of a
    figure (crosses, red where they disagree with the one used), each on its unit's axis."""
    comparable = [r for r in others if r["basis"] == "comparable"]
    others = [r for r in others if r["basis"] != "comparable"]
    for group, name, marker in (
            (comparable, t("comparable", lang), {"color": OUTCOME, "symbol": "square-open", "size": 9}),
            (others, t("other_statements", lang), {"symbol": "x-thin-open", "size": 9})):
        for u, axes in ((unit, TOP), (other_unit, RIGHT)):
            part = [r for r in group if r["unit"] == u]
            if not part:
                continue
            if group is others:
                colors = [CONFLICT if r["agreement"] == "conflict" else OTHER for r in part]
                marker = {**marker, "color": colors, "line": {"width": 2, "color": colors}}
            traces.append({**_marker_trace(part, name + ("" if u == unit else f" ({unit_label(u, lang)})"), lang,
                                           **marker), **axes})


def _panel_axes(unit: str, year_from: int, year_to: int, shapes: list, annotations: list, lang: str) -> dict:
    """The indicator chart's two panels: the figures above, the gaps below, on the same years."""
    xrange = [year_from - 0.6, year_to + 0.6]
    return {
        "xaxis": {"domain": [0, 1], "anchor": "y", "matches": "x2", "showticklabels": False, "dtick": 1, "range": xrange},
        "xaxis2": {"domain": [0, 1], "anchor": "y2", "dtick": 1, "range": xrange},
        "yaxis": {"domain": [0.34, 1], "anchor": "x", "title": {"text": unit_label(unit, lang)}, "zeroline": True,
                  "zerolinecolor": CONNECTOR},
        "yaxis2": {"domain": [0, 0.27], "anchor": "x2", "zeroline": True, "zerolinecolor": ZERO_LINE,
                   "title": {"text": t("gap_pp" if unit == "pct" else "gap_pct", lang)}},
        "shapes": shapes, "annotations": annotations,
    }


def _series_note(layout: dict, extra: dict, ind: dict, lang: str) -> None:
    """The series' definition, renames and unit changes (data/indicators.csv), under the plot, in
    exports too."""
    note = ind.get("notes_zh" if lang == "zh" else "notes")
    if isinstance(note, str) and note.strip():
        layout["margin"] = {**layout["margin"], "b": layout["margin"]["b"] + 22}
        extra["annotations"].append({"text": t("series_note", lang) + note.strip(), "xref": "paper", "yref": "paper",
                                     "x": 0, "y": 0, "xanchor": "left", "yanchor": "top", "showarrow": False,
                                     "yshift": -46, "font": {"size": 11, "color": SUBTLE}, "name": "series-note"})


def _right_axis(layout: dict, extra: dict, other_unit: str, lang: str) -> None:
    """Another scale: its own colour, and both axes from zero, so that no height reads as comparable."""
    extra["yaxis3"] = {"overlaying": "y", "side": "right", "anchor": "x", "showgrid": False, "rangemode": "tozero",
                       "title": {"text": unit_label(other_unit, lang), "font": {"color": OTHER_UNIT}},
                       "tickfont": {"color": OTHER_UNIT}, "linecolor": OTHER_UNIT}
    extra["yaxis"]["rangemode"] = "tozero"
    layout["margin"] = {**layout["margin"], "r": 72}


def _targets(traces, shapes, annotations, annual: list[dict], judged: list[dict], lang: str, axes: dict = TOP,
             suffix: str = "") -> None:
    chosen = {int(r["target_obs_id"]): r for r in judged if r["target_obs_id"] is not None}
    rows = [{**r, "bound": chosen[r["obs_id"]]["bound"], "tolerance": chosen[r["obs_id"]]["tolerance"]}
            for r in annual if r["obs_id"] in chosen]
    numeric = [r for r in rows if r["value"] is not None]
    for r in numeric:
        band = target_band(int(r["year"]), float(r["value"]), r["value_high"], r["bound"], r["tolerance"],
                           {"xaxis": "x", "yaxis": axes["yaxis"]}, 0.32)
        if band:
            shapes.append(band)
    for bound, (symbol, size) in TARGET_MARKERS.items():
        group = [r for r in numeric if (r["value_high"] is not None) == (bound == "range")
                 and (bound == "range" or r["bound"] == bound)]
        if not group:
            continue
        key = "target_" + bound
        y = [float(r["value"]) if key != "target_range" else (float(r["value"]) + float(r["value_high"])) / 2
             for r in group]
        traces.append({"type": "scatter", "x": [int(r["year"]) for r in group], "y": y, "mode": "markers",
                       "name": t(key, lang) + suffix, "customdata": [int(r["obs_id"]) for r in group],
                       "marker": {"symbol": symbol, "size": size, "color": TARGET, "line": {"width": 2, "color": TARGET}},
                       "hovertext": [point_hover(r, lang) for r in group], "hoverinfo": "text", **axes})
    qualitative = [r for r in rows if r["value"] is None]
    if qualitative:
        traces.append({"type": "scatter", "x": [int(r["year"]) for r in qualitative], "y": [None] * len(qualitative),
                       "mode": "markers", "name": t("target_qualitative", lang),
                       "customdata": [int(r["obs_id"]) for r in qualitative],
                       "marker": {"symbol": "star-open", "size": 12, "color": TARGET},
                       "hovertext": [point_hover(r, lang) for r in qualitative], "hoverinfo": "text", **axes})
        for r in qualitative:
            annotations.append({"x": int(r["year"]), "y": 1, "xref": "x", "yref": "y domain", "text": "☆",
                                "showarrow": False, "font": {"color": TARGET, "size": 16}, "hovertext": str(r["qualifier"])})


def _gap_panel(traces, judged: list[dict], unit: str, lang: str) -> list[dict]:
    """The gaps below the figures: bars (exceeded, missed) and dots (met); the years without a
    verdict marked on the zero line with their words. -> the words, as annotations (gap_labels)."""
    gap_col = "gap" if unit == "pct" else "gap_pct"
    suffix = t("pp", lang) if unit == "pct" else "%"
    for status in ("exceeded", "met", "missed"):
        group = [r for r in judged if r[gap_col] is not None and r["attainment"] == status]
        if not group:
            continue
        hover = [f"<b>{int(r['year'])}</b> · {t(status, lang)}<br>{t('gap', lang)} {fmt_number(r[gap_col])}{suffix}"
                 f"<br>{row_sentence(r, lang)}<br>{_gap_unit_basis(r, unit, lang)}" for r in group]
        common = {"x": [int(r["year"]) for r in group], "y": [float(r[gap_col]) for r in group], "name": t(status, lang),
                  "customdata": [None if r["actual_obs_id"] is None else int(r["actual_obs_id"]) for r in group],
                  "hovertext": hover, "hoverinfo": "text", **BOTTOM}
        if status == "met":  # often a gap of 0: a bar would be invisible
            traces.append({"type": "scatter", "mode": "markers", **common,
                           "marker": {"symbol": "circle", "size": 11, "color": STATUS_COLORS[status],
                                      "line": {"width": 1, "color": MET_RIM}}})
        else:
            traces.append({"type": "bar", "marker": {"color": STATUS_COLORS[status]}, "width": 0.6, **common})
    unjudged = [r for r in judged if r[gap_col] is None]
    if not unjudged:
        return []
    labels = [t(r["attainment"], lang) for r in unjudged]
    hovers = [f"{label}<br>{_gap_unit_basis(r, unit, lang)}" for label, r in zip(labels, unjudged, strict=True)]
    traces.append({"type": "scatter", "x": [int(r["year"]) for r in unjudged], "y": [0] * len(unjudged),
                   "mode": "markers", "name": t("no target", lang), "showlegend": False,
                   "marker": {"symbol": "line-ew-open", "size": 14, "color": REFERENCE}, "hovertext": hovers,
                   "hoverinfo": "text", **BOTTOM})
    return gap_labels([(int(r["year"]), label) for r, label in zip(unjudged, labels, strict=True)], lang)


def gap_labels(years: list[tuple[int, str]], lang: str) -> list[dict]:
    """The words of the years without a verdict ((year, "no target"), …): each above its year's mark,
    and the same as one note under the plot ("no target: 2015, 2016; no outcome: 2025"), which a phone
    shows instead (components/chart_narrow.py: WIDE_ONLY, NARROW_ONLY), where a year is narrower than
    its words and they would print over each other."""
    above = [{"x": year, "y": 0, "xref": "x2", "yref": "y2", "text": label, "showarrow": False, "yanchor": "bottom",
              "yshift": 3, "font": {"size": 10, "color": FAINT}, "name": GAP_LABEL} for year, label in years]
    by_label: dict[str, list[str]] = {}
    for year, label in years:
        by_label.setdefault(label, []).append(str(year))
    sep, colon, join = ("、", ":", ";") if lang == "zh" else (", ", ": ", "; ")
    note = join.join(f"{label}{colon}{sep.join(ys)}" for label, ys in by_label.items())
    return [*above, {"text": f"{t('gap', lang).capitalize()}{colon}{note}", "xref": "paper", "yref": "paper", "x": 0, "y": 0,
                     "xanchor": "left", "yanchor": "top", "yshift": -46, "showarrow": False, "visible": False,
                     "font": {"size": 11, "color": SUBTLE}, "name": GAP_NOTE}]


def _gap_unit_basis(r: dict, unit: str, lang: str) -> str:
    """A gap's unit (pp for rates, % of the target for levels) and the basis of the outcome it measures."""
    return unit_basis_line(t("gap_pp" if unit == "pct" else "gap_pct", lang), r.get("actual_basis"), lang)
