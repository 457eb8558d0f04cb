"""Other views of a level's series (issue 24), records in and go.Figure out, in the house style of
components/charts.py: an index (the first year drawn = 100) and the change from a year ago (%), both
computed from the outcomes the chart draws (those the verdicts use), and a log axis.

What is computed and what is not:
- only outcomes with a number, in the indicator's unit, that a verdict uses: one per year;
- an index divides by the first year's outcome; a figure on another basis or in another unit than
  that base is not indexed (counted in the subtitle); a base of zero or less gives no index;
- a change from a year ago needs the outcome of the year before, on the same basis and in the same
  unit: across a missing year or a basis break it is not computed (the years are named);
- a point is preliminary (an open dot) when any figure it is computed from is preliminary;
- targets are not indexed: a target is a bound, not a level reached; the subtitle says they are not
  drawn;
- rates (growth, shares, changes) can be zero or negative: they keep a linear axis and are shown as
  stated, and the chart says why.
"""

from __future__ import annotations

import plotly.graph_objects as go

from components.chart_narrow import narrow_meta
from components.charts import empty_figure, figure, legend_names, records, style_layout
from components.format import fmt_number, fmt_value, is_missing
from components.i18n import name_of, t
from components.palette import REGION_COLORS, SUBTLE, ZERO_LINE
from components.series_charts import unit_basis_line, with_breaks
from components.textfit import wrap_width

LEVEL, INDEX, YOY = "level", "index", "yoy"
VIEWS = (LEVEL, INDEX, YOY)
LINEAR, LOG = "linear", "log"
SCALES = (LINEAR, LOG)


def view_of(value) -> str:
    """A view from the address or the browser: one of VIEWS, else the level as stated."""
    return value if isinstance(value, str) and value in VIEWS else LEVEL


def scale_of(value) -> str:
    return value if isinstance(value, str) and value in SCALES else LINEAR


def is_level(ind: dict) -> bool:
    """Whether an indicator is a level (an amount, always above zero), not a rate that can be ≤ 0."""
    return ind.get("measure") == "level" and ind.get("unit") != "pct"


def chosen_outcomes(obs, tva, unit: str, year_from: int, year_to: int) -> list[dict]:
    """The outcomes a level chart draws as its line: per year the one its verdict uses, with a number
    in the indicator's unit, by year."""
    used = {int(r["actual_obs_id"]) for r in records(tva) if r["actual_obs_id"] is not None}
    return sorted((r for r in records(obs) if r["period"] == "year" and r["kind"] == "actual"
                   and r["value"] is not None and r["unit"] == unit and r["obs_id"] in used
                   and year_from <= r["year"] <= year_to), key=lambda r: r["year"])


def _alike(a: dict, b: dict) -> bool:
    """Two figures that can be divided: the same unit and the same basis."""
    return a["unit"] == b["unit"] and a["basis"] == b["basis"]


def _point(row: dict, value: float, sources: list[dict]) -> dict:
    return {"year": int(row["year"]), "value": value, "unit": row["unit"], "basis": row["basis"],
            "obs_id": int(row["obs_id"]), "row": row, "sources": sources,
            "preliminary": any(s.get("status") == "preliminary" for s in sources)}


def index_points(points: list[dict]) -> tuple[list[dict], list[dict]]:
    """(the points as an index of the first one = 100, the figures left out: another basis or unit
    than the base, or every figure when the base is zero or less)."""
    if not points:
        return [], []
    base = points[0]
    if float(base["value"]) <= 0:
        return [], list(points)
    out, left = [], []
    for r in points:
        if _alike(r, base):
            out.append(_point(r, round(100 * float(r["value"]) / float(base["value"]), 1), [base, r]))
        else:
            left.append(r)
    return out, left


def yoy_points(points: list[dict], year_from: int) -> tuple[list[dict], list[int]]:
    """(the change from a year ago in % for each year from `year_from`, the years where it cannot be
    computed: no figure for the year before, or one on another basis or unit, or of zero or less)."""
    by_year = {int(r["year"]): r for r in points}
    first = min(by_year, default=year_from)
    out, missing = [], []
    for r in points:
        year = int(r["year"])
        if year < year_from:
            continue
        prev = by_year.get(year - 1)
        if prev is None or not _alike(prev, r) or float(prev["value"]) <= 0:
            if year > first:        # the series' first year has no year before it: nothing to say
                missing.append(year)
            continue
        out.append(_point(r, round((float(r["value"]) / float(prev["value"]) - 1) * 100, 1), [prev, r]))
    return out, missing


def _stated(r: dict, lang: str) -> str:
    status = f" ({t(r['status'], lang)})" if isinstance(r.get("status"), str) else ""
    return f"{int(r['year'])}: {fmt_value(r['value'], r['value_high'], r['unit'], r['qualifier'], lang)}{status}"


def view_hover(p: dict, label: str | None, unit_text: str, lang: str) -> str:
    """A computed point's hover: its value and unit, the figures it is computed from (each with its
    unit and status), the basis, the document."""
    parts = [f"<b>{label}</b>"] if label else []
    parts.append(f"<b>{p['year']}</b> · {fmt_number(p['value'])} {unit_text}")
    parts.append(t("computed_from", lang, a=_stated(p["sources"][0], lang), b=_stated(p["sources"][-1], lang))
                 if len(p["sources"]) > 1 and p["sources"][0] is not p["sources"][-1] else _stated(p["row"], lang))
    parts.append(unit_basis_line(unit_text, p["basis"], lang))
    title = p["row"].get("doc_title") if not is_missing(p["row"].get("doc_title")) else p["row"].get("source_title")
    if not is_missing(title):
        parts.append(str(title)[:48])
    return "<br>".join(parts)


def _place_traces(points: list[dict], label: str | None, color: str, unit_text: str, lang: str) -> list[dict]:
    """A place's computed points: a line that breaks at gaps and basis changes, filled dots where
    every figure is final, open ones where a preliminary figure is involved."""
    xs, ys = with_breaks(points)
    name = label or t("outcome_line", lang)
    traces = [{"type": "scatter", "x": xs, "y": ys, "mode": "lines", "name": name, "connectgaps": False,
               "line": {"color": color, "width": 2.5}, "hoverinfo": "skip"}]
    for prelim in (False, True):
        group = [p for p in points if p["preliminary"] == prelim]
        if not group:
            continue
        marker = {"color": "white", "line": {"color": color, "width": 2.5}} if prelim else {"color": color}
        traces.append({"type": "scatter", "mode": "markers", "x": [p["year"] for p in group],
                       "y": [p["value"] for p in group],
                       "name": (f"{label} · " if label else "") + t("outcome_prelim" if prelim else "outcome_final", lang),
                       "marker": {"size": 10, "symbol": "circle", **marker},
                       "customdata": [p["obs_id"] for p in group],
                       "meta": [list(dict.fromkeys(s["obs_id"] for s in p["sources"])) for p in group],   # the figures it is computed from
                       "hovertext": [view_hover(p, label, unit_text, lang) for p in group], "hoverinfo": "text"})
    return traces


def _computed(view: str, points: list[dict], year_from: int, lang: str) -> tuple[list[dict], list[str]]:
    """One place's computed points and the notes on what was left out."""
    if view == INDEX:
        out, left = index_points([r for r in points if r["year"] >= year_from])
        return out, [t("index_left_out", lang, n=len(left))] if left else []
    out, missing = yoy_points(points, year_from)
    sep = "、" if lang == "zh" else ", "
    return out, [t("yoy_not_computed", lang, years=sep.join(map(str, missing)))] if missing else []


def view_chart(series: dict[str | None, list[dict]], ind: dict, lang: str, year_from: int, year_to: int,
               view: str, scale: str = LINEAR, region: str | None = None) -> go.Figure:
    """A level's index or change from a year ago, one line per place ({label: chosen outcomes, None
    for a single place}; for YOY the outcomes start a year before `year_from`)."""
    computed, notes = {}, []
    for label, points in series.items():
        out, said = _computed(view, points, year_from, lang)
        computed[label] = out
        notes += [f"{label}: {n}" if label else n for n in said]
    drawn = {k: v for k, v in computed.items() if v}
    silent = [k for k in computed if k and k not in drawn]
    if silent and drawn:
        notes.append(t("view_no_points", lang, places=("、" if lang == "zh" else ", ").join(silent)))
    title = t(f"{view}_title", lang, name=name_of(ind, lang))
    if not drawn:
        return empty_figure(t("no_level_points", lang), lang, title)
    bases = {p["sources"][0]["year"] for v in drawn.values() for p in v} if view == INDEX else set()
    unit_text = (t("index_unit", lang, year=min(bases), base=100) if len(bases) == 1 else t("view_index", lang)) \
        if view == INDEX else t("yoy_unit", lang)
    traces = []
    for i, (label, points) in enumerate(drawn.items()):
        traces += _place_traces(points, label, REGION_COLORS[i % len(REGION_COLORS)], unit_text, lang)
    log = scale == LOG and view == INDEX and all(p["value"] > 0 for v in drawn.values() for p in v)
    said = [t("no_targets_note", lang), *notes]
    if any(p["preliminary"] for v in drawn.values() for p in v):
        said.append(t("prelim_note", lang))
    if scale == LOG and not log:
        said.append(t("log_rates_note", lang))
    head = (f"{region} · " if region else "") + f"{unit_text} · {year_from}–{year_to} · " + (
        t("index_sub", lang, year=min(bases)) if view == INDEX else t("yoy_sub", lang))
    layout = style_layout(title=title, subtitle=head, lang=lang, height=480)
    fig = figure(traces, layout, {
        "xaxis": {"dtick": 1, "range": [year_from - 0.6, year_to + 0.6]},
        "yaxis": {"title": {"text": unit_text}, "type": "log" if log else "linear",
                  "zeroline": view == YOY, "zerolinecolor": ZERO_LINE}})
    add_note(fig, " · ".join(said))
    return fig


NOTE = (900, 11)     # px a note under the plot may span, font size px
NOTE_LINE = 15       # px of bottom margin per line of a note


def add_note(fig: go.Figure, note: str) -> None:
    """A note under the plot, below the chart's other notes, the bottom margin grown to hold it (the
    figure is the caller's own copy); the phone's layout (its `meta`) is made again from it."""
    below = [a.yshift or 0 for a in fig.layout.annotations if a.yref == "paper" and a.y == 0 and (a.yshift or 0) < 0]
    lines = wrap_width(note, *NOTE)
    source = next((a for a in fig.layout.annotations if a.name == "source-line"), None)
    shift = min(below, default=-30) - (NOTE_LINE if below else 0)
    if source is not None:      # the source line stays the last line
        shift, source.yshift = source.yshift, source.yshift - NOTE_LINE * len(lines)
    fig.add_annotation(text="<br>".join(lines), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
                       yshift=shift, showarrow=False, align="left", font={"size": NOTE[1], "color": SUBTLE},
                       name="view-note")
    fig.layout.margin.b = (fig.layout.margin.b or 0) + NOTE_LINE * len(lines)
    if isinstance(fig.layout.meta, dict) and "narrow" in fig.layout.meta:
        fig.update_layout(meta=narrow_meta(fig.layout.to_plotly_json(), legend_names(list(fig.data))))


def apply_log(fig: go.Figure, ind: dict, lang: str) -> go.Figure:
    """A level chart on a log axis (its figures' axes; the gap panel keeps its linear one); a rate
    keeps its linear axis and says why. Returns a copy: figures from the memo are shared."""
    fig = go.Figure(fig)
    if not is_level(ind):
        add_note(fig, t("log_rates_note", lang))
        return fig
    fig.update_layout(yaxis={"type": "log", "rangemode": "normal"})
    if "yaxis3" in fig.layout and fig.layout.yaxis3.overlaying:
        fig.update_layout(yaxis3={"type": "log", "rangemode": "normal"})
    if any(tr.yaxis in (None, "y", "y3") and any(y is not None and y <= 0 for y in (tr.y or ()))
           for tr in fig.data if tr.customdata is not None):
        add_note(fig, t("log_words_note", lang))
    return fig
