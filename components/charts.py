"""DataFrames in, go.Figure out. One style function (`style`) serves the screen and every export."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from components.format import STATUS_COLORS, _isnull, fmt_number, fmt_value, own_unit  # noqa: F401  (used by the charts)
from components.i18n import name_of, qualifier_label, t, unit_label
from components.rules import row_sentence

# Latin and digits from Liberation Sans (digits in a bold CJK face lose their text in PDFs).
# Chinese from WenQuanYi Micro Hei (Debian fonts-wqy-microhei) first: Chromium embeds it as a
# TrueType CID font whose text layer is the real characters. Noto Sans CJK shares one glyph between
# an ideograph and its Kangxi radical (生 and ⽣), and Chromium's PDF then reads back the radical:
# searching a PDF for 地区生产总值 would find nothing. The viewer's own CJK font serves the screen.
FONT = ("Liberation Sans, Arial, WenQuanYi Micro Hei, Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, "
        "PingFang SC, Microsoft YaHei, sans-serif")
STATUS_ORDER = ["no target", "not assessed", "no outcome", "missed", "met", "exceeded"]
# a mark besides the colour, for readers who cannot tell red from green (and for grey print)
STATUS_MARKS = {"exceeded": "▲", "met": "√", "missed": "×", "no outcome": "…", "not assessed": "○", "no target": ""}
OUTCOME = "#1f3b73"
TARGET = "#d9822b"
TARGET_FILL = "rgba(217,130,43,0.18)"
TARGET_FILL_LIGHT = "rgba(217,130,43,0.10)"
OTHER = "#8c8c8c"
OTHER_UNIT = "#2a9d8f"   # figures in another unit, on the right-hand axis


_AXIS = {"gridcolor": "#ebebeb", "linecolor": "#cfcfcf", "zerolinecolor": "#cfcfcf", "ticks": "",
         "automargin": True, "title": {"standoff": 12}}
# A small house template, registered once: resolving plotly's own templates costs ~20 ms per figure.
pio.templates["luohu"] = go.layout.Template(layout={
    "colorway": [OUTCOME, TARGET, "#2a9d8f", "#8e44ad", "#c2382f", "#6c757d"],
    "xaxis": _AXIS, "yaxis": _AXIS, "hovermode": "closest",
})


def image_config(filename: str) -> dict:
    """Plotly config: the modebar's camera button downloads a presentation-size PNG."""
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": filename, "width": 1600, "height": 900, "scale": 2},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def style_layout(*, title: str, subtitle: str | None = None, lang: str = "zh", source: bool = True,
                 height: int | None = None) -> dict:
    """The one house style as a layout dict: title and subtitle top left, legend above the plot,
    source line bottom left."""
    top = 126 if subtitle else 96
    bottom = 88 if source else 40
    title_text = f"<b>{title}</b>"
    if subtitle:
        title_text += f"<br><span style='font-size:13px;color:#555'>{subtitle}</span>"
    layout = {
        "template": "luohu",
        "font": {"family": FONT, "size": 13, "color": "#222"},
        "title": {"text": title_text, "x": 0.01, "xanchor": "left", "y": 1, "yref": "container", "yanchor": "top",
                  "pad": {"t": 22}, "font": {"size": 18}},
        "margin": {"l": 64, "r": 24, "t": top, "b": bottom},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "xanchor": "left", "font": {"size": 12}},
        "hoverlabel": {"font": {"family": FONT}},
        "height": height,
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "annotations": [],
    }
    if source:
        layout["annotations"].append({
            "text": t("source_line", lang), "xref": "paper", "yref": "paper", "x": 0, "y": 0, "xanchor": "left",
            "yanchor": "top", "yshift": -(bottom - 26), "showarrow": False, "font": {"size": 11, "color": "#666"},
            "name": "source-line"})
    return layout


def style(fig: go.Figure, *, title: str, subtitle: str | None = None, lang: str = "zh",
          source: bool = True, height: int | None = None) -> go.Figure:
    """Apply the house style to any figure (screen and exports)."""
    layout = style_layout(title=title, subtitle=subtitle, lang=lang, source=source, height=height)
    layout["annotations"] = list(fig.layout.annotations) + layout["annotations"]
    fig.update_layout(layout)
    return fig


def figure(traces: list[dict], layout: dict, extra_layout: dict | None = None) -> go.Figure:
    """One construction (and one validation) per figure: incremental add_* calls cost ~1 ms each."""
    merged = {**layout, **(extra_layout or {})}
    merged["annotations"] = layout.get("annotations", []) + (extra_layout or {}).get("annotations", [])
    return go.Figure(data=traces, layout=merged)






def _ids(series) -> list:
    """obs ids as plain ints: typed or nullable arrays do not come back in Plotly's click events."""
    return [None if _isnull(v) else int(v) for v in series]




def _hover(row, lang: str) -> str:
    kind = t("target", lang) if row["kind"] == "target" else t("outcome", lang)
    parts = [f"<b>{int(row['year'])}</b> · {kind} {fmt_value(row['value'], row['value_high'], row['unit'], row['qualifier'], lang)}"]
    extra = []
    if row["kind"] == "actual" and not _isnull(row.get("status")):
        extra.append(t(row["status"], lang))
    if row.get("basis") == "comparable":
        extra.append(t("comparable", lang))
    if row.get("method") in ("derived", "curated"):
        extra.append(t(row["method"], lang))
    if row.get("agreement") in ("conflict", "revised"):
        extra.append("⚠ " + t(row["agreement"], lang))
    if extra:
        parts.append(" · ".join(extra))
    title = row.get("doc_title") if not _isnull(row.get("doc_title")) else row.get("source_title")
    if not _isnull(title):
        parts.append(str(title)[:48])
    if not _isnull(row.get("quote")):
        parts.append("“" + str(row["quote"])[:40] + ("…" if len(str(row["quote"])) > 40 else "") + "”")
    return "<br>".join(parts)


def _marker_trace(rows: list[dict], name: str, lang: str, **marker) -> dict:
    return {"type": "scatter", "x": [int(r["year"]) for r in rows], "y": [float(r["value"]) for r in rows],
            "mode": "markers", "name": name, "marker": {"size": 10, **marker}, "customdata": [int(r["obs_id"]) for r in rows],
            "hovertext": [_hover(r, lang) for r in rows], "hoverinfo": "text"}


TOP = {"xaxis": "x", "yaxis": "y"}
BOTTOM = {"xaxis": "x2", "yaxis": "y2"}
RIGHT = {"xaxis": "x", "yaxis": "y3"}     # figures in another unit than the indicator's


def records(df: pd.DataFrame | list[dict]) -> list[dict]:
    """Rows as dicts with None for missing values (the frames here hold tens of rows). A list of
    records is passed through, so callers may convert once and reuse."""
    if isinstance(df, list):
        return df
    return [{k: (None if _isnull(v) else v) for k, v in r.items()} for r in df.to_dict("records")]


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
                       "hovertext": [text + ("<br>" + t("stretch_note", lang) if stretch else "")],
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
                                        "bgcolor": "rgba(255,255,255,0.85)"})
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
                   "customdata": [int(r["obs_id"]) for r in rows], "hovertext": [_hover(r, lang) for r in rows],
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
    others = [r for r in actual if r["obs_id"] not in best_ids]
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
                colors = ["#c2382f" if r["agreement"] == "conflict" else OTHER for r in part]
                marker = {**marker, "color": colors, "line": {"width": 2, "color": colors}}
            traces.append({**_marker_trace(part, name + ("" if u == unit else f" ({unit_label(u, lang)})"), lang,
                                           **marker), **axes})
    _targets(traces, shapes, annotations, [r for r in annual if r["unit"] == unit], judged, lang)
    if other_unit:
        _targets(traces, shapes, annotations, [r for r in annual if r["unit"] == other_unit], judged, lang, axes=RIGHT,
                 suffix=f" ({unit_label(other_unit, lang)})")
    notes = _spans(traces, annotations, spans, main, ind, lang)
    _gap_panel(traces, judged, unit, lang)
    u = unit_label(unit, lang)
    n_part = len(rows) - len(annual) - len(spans)
    if other_unit:
        years = sorted({int(r["year"]) for r in annual if r["unit"] == other_unit})
        notes.insert(0, t("other_unit_note", lang, years="、".join(map(str, years)) if lang == "zh" else ", ".join(map(str, years)),
                          unit=unit_label(other_unit, lang)))
    if n_part:
        notes.append(t("part_year_note", lang, n=n_part))
    subtitle = " · ".join([(f"{region} · " if region else "") + f"{u} · {year_from}–{year_to}", *notes])
    xrange = [year_from - 0.6, year_to + 0.6]
    layout = style_layout(title=name_of(ind, lang), subtitle=subtitle, lang=lang, height=560)
    extra = {
        "xaxis": {"domain": [0, 1], "anchor": "y", "matches": "x2", "showticklabels": False, "dtick": 1, "range": xrange},
        "xaxis2": {"domain": [0, 1], "anchor": "y2", "dtick": 1, "range": xrange},
        "yaxis": {"domain": [0.34, 1], "anchor": "x", "title": {"text": u}, "zeroline": True, "zerolinecolor": "#bbb"},
        "yaxis2": {"domain": [0, 0.27], "anchor": "x2", "zeroline": True, "zerolinecolor": "#888",
                   "title": {"text": t("gap_pp" if unit == "pct" else "gap_pct", lang)}},
        "shapes": shapes, "annotations": annotations,
    }
    note = ind.get("notes_zh" if lang == "zh" else "notes")
    if isinstance(note, str) and note.strip():
        # the series' definition, renames and unit changes (data/indicators.csv), under the plot, in exports too
        layout["margin"] = {**layout["margin"], "b": layout["margin"]["b"] + 22}
        extra["annotations"].append({"text": t("series_note", lang) + note.strip(), "xref": "paper", "yref": "paper",
                                     "x": 0, "y": 0, "xanchor": "left", "yanchor": "top", "showarrow": False,
                                     "yshift": -46, "font": {"size": 11, "color": "#555"}, "name": "series-note"})
    if other_unit:
        # another scale: its own colour, and both axes from zero, so that no height reads as comparable
        extra["yaxis3"] = {"overlaying": "y", "side": "right", "anchor": "x", "showgrid": False, "rangemode": "tozero",
                           "title": {"text": unit_label(other_unit, lang), "font": {"color": OTHER_UNIT}},
                           "tickfont": {"color": OTHER_UNIT}, "linecolor": OTHER_UNIT}
        extra["yaxis"]["rangemode"] = "tozero"
        layout["margin"] = {**layout["margin"], "r": 72}
    return figure(traces, layout, extra)


REGION_COLORS = [OUTCOME, "#2a9d8f", "#8e44ad", "#c2382f", "#e9a23b", "#3d5a80", "#6c757d", "#52796f"]


def compare_regions(series: dict[str, tuple[list[dict], list[dict]]], ind: dict, lang: str,
                    year_from: int, year_to: int) -> go.Figure:
    """One indicator in several districts: each district's best outcomes as a line, its targets
    as open diamonds in the same colour."""
    traces = []
    for i, (region, (obs, tva)) in enumerate(series.items()):
        color = REGION_COLORS[i % len(REGION_COLORS)]
        judged = [r for r in records(tva) if year_from <= r["year"] <= year_to]
        best_ids = {int(r["actual_obs_id"]) for r in judged if r["actual_obs_id"] is not None}
        target_ids = {int(r["target_obs_id"]) for r in judged if r["target_obs_id"] is not None}
        rows = [r for r in records(obs) if r["period"] == "year" and year_from <= r["year"] <= year_to
                and r["value"] is not None]
        best = sorted((r for r in rows if r["obs_id"] in best_ids), key=lambda r: r["year"])
        targets = [r for r in rows if r["obs_id"] in target_ids]
        if best:
            traces.append({"type": "scatter", "mode": "lines+markers", "name": region,
                           "x": [int(r["year"]) for r in best], "y": [float(r["value"]) for r in best],
                           "line": {"color": color, "width": 2.5}, "marker": {"size": 8, "color": color},
                           "customdata": [int(r["obs_id"]) for r in best], "legendgroup": region,
                           "hovertext": [f"{region}<br>{_hover(r, lang)}" for r in best], "hoverinfo": "text"})
        if targets:
            traces.append({"type": "scatter", "mode": "markers", "name": f"{region} · {t('target', lang)}",
                           "x": [int(r["year"]) for r in targets], "y": [float(r["value"]) for r in targets],
                           "marker": {"symbol": "diamond-open", "size": 11, "color": color, "line": {"width": 2}},
                           "customdata": [int(r["obs_id"]) for r in targets], "legendgroup": region,
                           "hovertext": [f"{region}<br>{_hover(r, lang)}" for r in targets], "hoverinfo": "text"})
    u = unit_label(ind["unit"], lang)
    layout = style_layout(title=t("compare_title", lang, name=name_of(ind, lang)),
                          subtitle=f"{u} · {year_from}–{year_to}", lang=lang, height=520)
    return figure(traces, layout, {"xaxis": {"dtick": 1, "range": [year_from - 0.6, year_to + 0.6]},
                                   "yaxis": {"title": {"text": u}}})


# a target drawn by what its hedge means (data/hedges.csv `bound`; a range has a high end): its marker
TARGET_MARKERS = {"range": ("line-ew", 22), "about": ("diamond-open", 11), "floor": ("triangle-up", 13),
                  "ceiling": ("triangle-down", 13), "exact": ("diamond", 11)}


def target_band(x: float, lo: float, hi, bound: str, tolerance, axes: dict, half: float) -> dict | None:
    """The shape behind a target marker: a range's band, or 左右's ± tolerance (dotted); none else."""
    common = {"type": "rect", "x0": x - half, "x1": x + half, "xref": axes.get("xaxis", "x"), "yref": axes.get("yaxis", "y")}
    if hi is not None:
        return {**common, "y0": lo, "y1": float(hi), "fillcolor": TARGET_FILL, "line": {"width": 0}, "name": "target-range"}
    if bound == "about":
        tol = float(tolerance or 0.0)
        return {**common, "y0": lo - tol, "y1": lo + tol, "fillcolor": TARGET_FILL_LIGHT, "name": "target-tolerance",
                "line": {"width": 1, "dash": "dot", "color": TARGET}}
    return None


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
                       "hovertext": [_hover(r, lang) for r in group], "hoverinfo": "text", **axes})
    qualitative = [r for r in rows if r["value"] is None]
    if qualitative:
        traces.append({"type": "scatter", "x": [int(r["year"]) for r in qualitative], "y": [None] * len(qualitative),
                       "mode": "markers", "name": t("target_qualitative", lang),
                       "customdata": [int(r["obs_id"]) for r in qualitative],
                       "marker": {"symbol": "star-open", "size": 12, "color": TARGET},
                       "hovertext": [_hover(r, lang) for r in qualitative], "hoverinfo": "text", **axes})
        for r in qualitative:
            annotations.append({"x": int(r["year"]), "y": 1, "xref": "x", "yref": "y domain", "text": "☆",
                                "showarrow": False, "font": {"color": TARGET, "size": 16}, "hovertext": str(r["qualifier"])})


def _gap_panel(traces, judged: list[dict], unit: str, lang: str) -> None:
    gap_col = "gap" if unit == "pct" else "gap_pct"
    suffix = "pp" if unit == "pct" else "%"
    for status in ("exceeded", "met", "missed"):
        group = [r for r in judged if r[gap_col] is not None and r["attainment"] == status]
        if not group:
            continue
        hover = [f"<b>{int(r['year'])}</b> · {t(status, lang)}<br>{t('gap', lang)} {fmt_number(r[gap_col])}{suffix}"
                 f"<br>{row_sentence(r, lang)}" for r in group]
        common = {"x": [int(r["year"]) for r in group], "y": [float(r[gap_col]) for r in group], "name": t(status, lang),
                  "customdata": [None if r["actual_obs_id"] is None else int(r["actual_obs_id"]) for r in group],
                  "hovertext": hover, "hoverinfo": "text", **BOTTOM}
        if status == "met":  # often a gap of 0: a bar would be invisible
            traces.append({"type": "scatter", "mode": "markers", **common,
                           "marker": {"symbol": "circle", "size": 11, "color": STATUS_COLORS[status],
                                      "line": {"width": 1, "color": "#2d6a2d"}}})
        else:
            traces.append({"type": "bar", "marker": {"color": STATUS_COLORS[status]}, "width": 0.6, **common})
    unjudged = [r for r in judged if r[gap_col] is None]
    if unjudged:
        labels = [t(r["attainment"], lang) for r in unjudged]
        traces.append({"type": "scatter", "x": [int(r["year"]) for r in unjudged], "y": [0] * len(unjudged),
                       "mode": "markers+text", "text": labels, "textposition": "top center",
                       "textfont": {"size": 10, "color": "#777"}, "name": t("no target", lang), "showlegend": False,
                       "marker": {"symbol": "line-ew-open", "size": 14, "color": "#999"}, "hovertext": labels,
                       "hoverinfo": "text", **BOTTOM})


def scorecard(tva: pd.DataFrame, inds: pd.DataFrame, lang: str, year_from: int, year_to: int) -> go.Figure:
    """Indicators × years, coloured by attainment, the gap in the cell, the rule in the hover."""
    keys = [k for k in inds["key"] if k in set(tva.loc[tva["target_obs_id"].notna(), "indicator"])]
    years = list(range(year_from, year_to + 1))
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    code = {s: i for i, s in enumerate(STATUS_ORDER)}
    z, text, hover = [], [], []
    lookup = {(r["indicator"], int(r["year"])): r for r in tva.to_dict("records")}
    for k in keys:
        zr, tr, hr = [], [], []
        for y in years:
            r = lookup.get((k, y))
            status = r["attainment"] if r is not None else "no target"
            if r is None or _isnull(status):
                status = "no target"
            zr.append(code[status])
            gap = None if r is None else (r["gap"] if r["unit"] == "pct" else r["gap_pct"])
            mark = STATUS_MARKS.get(status, "")
            if _isnull(gap):
                said = "" if r is None or _isnull(r["actual_qualifier"]) or status != "missed" else \
                    qualifier_label(str(r["actual_qualifier"]), lang)
                tr.append(f"{mark} {said}".strip())
            else:   # the gap with its unit: percentage points for rates, % of the target for levels
                tr.append(f"{mark} {gap:+.1f}" + ("pp" if r["unit"] == "pct" else "%"))
            if r is None:
                hr.append(f"<b>{names[k]}</b> {y}<br>{t('no target', lang)}")
            else:
                hr.append(f"<b>{names[k]}</b> {y} · {t(status, lang)}<br>"
                          f"{t('target', lang)}: {fmt_value(r['target_value'], r['target_value_high'], own_unit(r, 'target'), r['target_qualifier'], lang) or '—'}<br>"
                          f"{t('outcome', lang)}: {fmt_value(r['actual_value'], None, own_unit(r, 'actual'), r['actual_qualifier'], lang) or '—'}"
                          + ("" if _isnull(r["actual_status"]) else f" ({t(r['actual_status'], lang)})")
                          + (f"<br>{t('rule', lang)}: {row_sentence(r, lang)}"
                             if not _isnull(r["target_obs_id"]) else ""))
        z.append(zr)
        text.append(tr)
        hover.append(hr)
    n = len(STATUS_ORDER)
    scale = []
    for i, s in enumerate(STATUS_ORDER):
        scale += [[i / n, STATUS_COLORS[s]], [(i + 1) / n, STATUS_COLORS[s]]]
    traces = [{"type": "heatmap", "z": z, "x": years, "y": keys, "text": text, "texttemplate": "%{text}",
               "textfont": {"size": 11}, "hovertext": hover, "hoverinfo": "text", "colorscale": scale,
               "zmin": -0.5, "zmax": n - 0.5, "xgap": 2, "ygap": 2, "showscale": False}]
    for s in reversed(STATUS_ORDER):  # legend entries for the colours, with the mark each cell carries
        traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers",
                       "name": f"{STATUS_MARKS[s]} {t(s, lang)}".strip(),
                       "marker": {"symbol": "square", "size": 12, "color": STATUS_COLORS[s],
                                  "line": {"width": 1, "color": "#bbb"}}})
    layout = style_layout(title=t("scorecard", lang), subtitle=t("scorecard_sub", lang), lang=lang,
                          height=max(320, 190 + 34 * len(keys)))
    return figure(traces, layout, {
        "yaxis": {"tickvals": keys, "ticktext": [names[k] for k in keys], "autorange": "reversed"},
        "xaxis": {"dtick": 1, "side": "top"},
        "legend": {**layout["legend"], "yanchor": "top", "y": -0.02},  # the year labels sit on top
    })


def dumbbell(tva_year: pd.DataFrame, lang: str, year: int) -> go.Figure:
    """Target → outcome for every judged indicator of one year, sorted by gap; rates in one panel,
    levels (as % of target) in another."""
    df = tva_year[tva_year["target_value"].notna() & tva_year["actual_value"].notna()
                  & tva_year["attainment"].isin(["exceeded", "met", "missed"])]
    # outcomes stated in words and judged (负增长 against a growth target): drawn at 0 with their words
    words = tva_year[tva_year["target_value"].notna() & tva_year["actual_value"].isna()
                     & tva_year["actual_obs_id"].notna() & tva_year["attainment"].isin(["exceeded", "met", "missed"])
                     & (tva_year["unit"] == "pct")]
    rates = pd.concat([df[df["unit"] == "pct"].sort_values("gap_better"), words]) if not words.empty else \
        df[df["unit"] == "pct"].sort_values("gap_better")
    levels = df[(df["unit"] != "pct") & df["gap_pct"].notna()].sort_values("gap_pct")
    if rates.empty and levels.empty:   # a year whose outcomes are not in yet (the plan year): said, not drawn empty
        return empty_figure(t("dumbbell_none", lang, year=year), lang, t("targets_of_year", lang, year=year), 280)
    panels = [(p, is_rate) for p, is_rate in ((rates, True), (levels, False)) if not p.empty]
    traces, extra, annotations = [], {}, []
    width = 1 / len(panels)
    for i, (part, is_rate) in enumerate(panels, start=1):
        axes = {"xaxis": f"x{i if i > 1 else ''}", "yaxis": f"y{i if i > 1 else ''}"}
        names = [name_of(r, lang) for _, r in part.iterrows()]
        tv = [float(v) for v in part["target_value"]] if is_rate else [100.0] * len(part)
        av = [0.0 if pd.isna(v) else float(v) for v in part["actual_value"]] if is_rate else \
            [100 + float(v) for v in part["gap_pct"]]
        xs, ys = [], []
        for n, a, b in zip(names, tv, av, strict=True):
            xs += [a, b, None]
            ys += [n, n, None]
        traces.append({"type": "scatter", "x": xs, "y": ys, "mode": "lines", "line": {"color": "#bbb", "width": 3},
                       "showlegend": False, "hoverinfo": "skip", **axes})
        traces.append({"type": "scatter", "x": tv, "y": names, "mode": "markers+text", "name": t("target", lang),
                       "text": [fmt_number(v) for v in tv] if is_rate else ["100"] * len(tv),
                       "textposition": "bottom center", "textfont": {"size": 10, "color": TARGET},
                       "marker": {"symbol": "diamond", "size": 12, "color": TARGET}, "showlegend": i == 1,
                       "customdata": _ids(part["target_obs_id"]), "hoverinfo": "text",
                       "hovertext": [f"{n}<br>{t('target', lang)}: {fmt_value(r['target_value'], r['target_value_high'], own_unit(r, 'target'), r['target_qualifier'], lang)}"
                                     for (_, r), n in zip(part.iterrows(), names, strict=True)], **axes})
        said = [fmt_number(a) if not pd.isna(r["actual_value"]) or pd.isna(r["actual_qualifier"])
                else qualifier_label(r["actual_qualifier"], lang) for (_, r), a in zip(part.iterrows(), av, strict=True)]
        traces.append({"type": "scatter", "x": av, "y": names, "mode": "markers+text", "name": t("outcome", lang),
                       "text": said, "textposition": "top center", "textfont": {"size": 11},
                       "marker": {"size": 13, "color": [STATUS_COLORS[s] for s in part["attainment"]],
                                  "symbol": ["circle" if pd.isna(q) or not pd.isna(v) else "x"
                                             for q, v in zip(part["actual_qualifier"], part["actual_value"], strict=True)],
                                  "line": {"width": 1, "color": "#333"}}, "showlegend": i == 1,
                       "customdata": _ids(part["actual_obs_id"]), "hoverinfo": "text",
                       "hovertext": [f"{n}<br>{t('outcome', lang)}: {fmt_value(r['actual_value'], None, own_unit(r, 'actual'), r['actual_qualifier'], lang)}"
                                     f" · {t(r['attainment'], lang)}" for (_, r), n in zip(part.iterrows(), names, strict=True)],
                       **axes})
        lo, hi = (i - 1) * width + (0.12 if i > 1 else 0), i * width - (0.06 if len(panels) > 1 and i == 1 else 0)
        extra[f"xaxis{i if i > 1 else ''}"] = {"domain": [lo, hi], "anchor": axes["yaxis"],
                                               "title": {"text": "%" if is_rate else t("pct_of_target", lang)}}
        # the table's order: the largest shortfall first, from the top
        extra[f"yaxis{i if i > 1 else ''}"] = {"anchor": axes["xaxis"], "automargin": True, "autorange": "reversed"}
        annotations.append({"text": t("rates_panel" if is_rate else "levels_panel", lang), "x": (lo + hi) / 2,
                            "y": 1.0, "xref": "paper", "yref": "paper", "yanchor": "bottom", "showarrow": False,
                            "font": {"size": 14}})
    layout = style_layout(title=t("targets_of_year", lang, year=year), subtitle=t("dumbbell_sub", lang), lang=lang,
                          height=max(320, 170 + 40 * max(len(rates), len(levels), 1)))
    layout["legend"] = {**layout["legend"], "x": 1, "xanchor": "right"}
    return figure(traces, layout, {**extra, "annotations": annotations})


def empty_figure(message: str, lang: str, title: str = "", height: int = 260) -> go.Figure:
    """A chart that has nothing to draw says why, in words on an empty plot (under its title, with
    the source line, when it has one)."""
    layout = style_layout(title=title, lang=lang, source=bool(title), height=height)
    return figure([], layout, {"xaxis": {"visible": False}, "yaxis": {"visible": False}, "annotations": [
        {"text": message, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper", "showarrow": False,
         "font": {"size": 16, "color": "#777"}}]})
