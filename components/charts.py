"""DataFrames in, go.Figure out. One style function (`style`) serves the screen and every export.

Here: the house style, the marks every chart shares (a target drawn by what its hedge means), and
the charts of every indicator at once (the scorecard, a year's dumbbell). One indicator over the
years: components/series_charts.py; the cascade: components/cascade_charts.py.
"""

from __future__ import annotations

import numbers

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from components.chart_narrow import narrow_meta
from components.format import fmt_gap, fmt_number, fmt_value, is_missing, own_unit
from components.i18n import name_of, qualifier_label, t
from components.palette import (
    AXIS_LINE,
    COLORWAY,
    CONNECTOR,
    FAINT,
    GRID,
    INK,
    MUTED,
    OUTLINE,
    STATUS_COLORS,
    SUBTLE,
    TARGET,
    TARGET_FILL,
    TARGET_FILL_LIGHT,
)
from components.provenance import source_line
from components.rules import row_sentence
from components.textfit import wrap_width

# Latin and digits from Liberation Sans (digits in a bold CJK face lose their text in PDFs).
# Chinese from WenQuanYi Micro Hei (Debian fonts-wqy-microhei) first: Chromium embeds it as a
# TrueType CID font whose text layer is the real characters. Noto Sans CJK shares one glyph between
# an ideograph and its Kangxi radical (生 and ⽣), and Chromium's PDF then reads back the radical:
# searching a PDF for 地区生产总值 would find nothing. The viewer's own CJK font serves the screen.
# Symbols neither has (⚠) from DejaVu Sans, also TrueType: a glyph Chromium takes from Noto Sans CJK
# (an OpenType CFF collection) goes into the PDF as a Type 3 font.
FONT = ("Liberation Sans, Arial, WenQuanYi Micro Hei, DejaVu Sans, Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, "
        "PingFang SC, Microsoft YaHei, sans-serif")
# "no data": neither a target nor an outcome on record; "no target": an outcome without a target
STATUS_ORDER = ["no data", "no target", "not assessed", "no outcome", "missed", "met", "exceeded"]
# a mark besides the colour, for readers who cannot tell red from green (and for grey print)
STATUS_MARKS = {"exceeded": "▲", "met": "√", "missed": "×", "no outcome": "…", "not assessed": "○", "no target": "–",
                "no data": ""}
CONFLICT_MARK = "⚠"    # a year whose outcome statements disagree (attainment.has_conflict)
CELL_TEXT = (56, 11)   # a scorecard cell's text: px it may span (a pack page's 14 years), font size px


_AXIS = {"gridcolor": GRID, "linecolor": AXIS_LINE, "zerolinecolor": AXIS_LINE, "ticks": "",
         "automargin": True, "title": {"standoff": 12}}
# A small house template, registered once: resolving plotly's own templates costs ~20 ms per figure.
pio.templates["luohu"] = go.layout.Template(layout={
    "colorway": COLORWAY,
    "xaxis": _AXIS, "yaxis": _AXIS, "hovermode": "closest",
})


# Toolbar buttons that talk to another site: plotly.js offers "Share chart…" (it uploads the figure to
# Plotly's cloud, under each of these names across versions) and a link to Chart Studio.
CLOUD_BUTTONS = ("sendDataToCloud", "sendChartToCloud", "editInChartStudio")


def image_config(filename: str, lang: str = "zh") -> dict:
    """Plotly config of every chart the app shows: the modebar's camera button downloads a
    presentation-size PNG, and nothing in the toolbar talks to another origin (no cloud upload, no
    Chart Studio link, no logo link, no server URL to send to). The toolbar's tooltips speak the page's
    language (zh-CN: assets/vendor/plotly-locale-zh-cn.js registers it with plotly.js)."""
    return {"locale": "zh-CN" if lang == "zh" else "en", "displaylogo": False, "showSendToCloud": False, "showEditInChartStudio": False, "showLink": False,
            "sendData": False, "plotlyServerURL": "",
            "toImageButtonOptions": {"format": "png", "filename": filename, "width": 1600, "height": 900, "scale": 2},
            "modeBarButtonsToRemove": ["lasso2d", "select2d", *CLOUD_BUTTONS]}


def style_layout(*, title: str, subtitle: str | None = None, lang: str = "zh", source: bool = True,
                 height: int | None = None) -> dict:
    """The one house style as a layout dict: title and subtitle top left, legend above the plot,
    source line bottom left."""
    top = 126 if subtitle else 96
    bottom = 88 if source else 40
    title_text = f"<b>{title}</b>"
    if subtitle:
        title_text += f"<br><span style='font-size:13px;color:{SUBTLE}'>{subtitle}</span>"
    layout = {
        "template": "luohu",
        "font": {"family": FONT, "size": 13, "color": INK},
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
            "text": source_line(None, lang), "xref": "paper", "yref": "paper", "x": 0, "y": 0, "xanchor": "left",
            "yanchor": "top", "yshift": -(bottom - 26), "showarrow": False, "font": {"size": 11, "color": MUTED},
            "name": "source-line"})
    return layout


def style(fig: go.Figure, *, title: str, subtitle: str | None = None, lang: str = "zh",
          source: bool = True, height: int | None = None) -> go.Figure:
    """Apply the house style to any figure (screen and exports)."""
    layout = style_layout(title=title, subtitle=subtitle, lang=lang, source=source, height=height)
    layout["annotations"] = list(fig.layout.annotations) + layout["annotations"]
    fig.update_layout(layout)
    fig.update_layout(meta=narrow_meta(fig.layout.to_plotly_json(), legend_names(list(fig.data))))
    return fig


def legend_names(traces: list) -> list[str]:
    """The entries a chart's legend shows (one per legend group)."""
    names, groups = [], set()
    for tr in traces:
        get = tr.get if isinstance(tr, dict) else lambda k, tr=tr: getattr(tr, k, None)
        group = get("legendgroup")
        if get("showlegend") is False or not get("name") or (group and group in groups):
            continue
        groups.add(group)
        names.append(str(get("name")))
    return names


def figure(traces: list[dict], layout: dict, extra_layout: dict | None = None, narrow: dict | None = None) -> go.Figure:
    """One construction (and one validation) per figure: incremental add_* calls cost ~1 ms each. The
    layout for a narrow screen goes with it (components/chart_narrow.py; `narrow`: the chart's own)."""
    merged = {**layout, **(extra_layout or {})}
    merged["annotations"] = layout.get("annotations", []) + (extra_layout or {}).get("annotations", [])
    merged["meta"] = narrow_meta(merged, legend_names(traces), narrow)
    return go.Figure(data=traces, layout=merged)


def empty_figure(message: str, lang: str, title: str = "", height: int = 260) -> go.Figure:
    """A chart that has nothing to draw says why, in words on an empty plot (under its title, with
    the source line, when it has one)."""
    layout = style_layout(title=title, lang=lang, source=bool(title), height=height)
    return figure([], layout, {"xaxis": {"visible": False}, "yaxis": {"visible": False}, "annotations": [
        {"text": message, "x": 0.5, "y": 0.5, "xref": "paper", "yref": "paper", "showarrow": False,
         "font": {"size": 16, "color": FAINT}}]})


def records(df: pd.DataFrame | list[dict]) -> list[dict]:
    """Rows as dicts with None for missing values (the frames here hold tens of rows). A list of
    records is passed through, so callers may convert once and reuse."""
    if isinstance(df, list):
        return df
    return [{k: (None if is_missing(v) else v) for k, v in r.items()} for r in df.to_dict("records")]


def point_ids(fig) -> list[int]:
    """The obs ids a chart's points carry (their customdata, what a click on one opens): the figures
    it draws, and no figure it leaves out (a target no verdict chose, a part-year figure); a computed
    point (an index, a change from a year ago) also carries, in its trace's meta, the figures it is
    computed from."""
    def whole(v) -> bool:
        return isinstance(v, numbers.Integral) or (isinstance(v, float) and v.is_integer())
    drawn = [int(v) for trace in fig.data for v in (getattr(trace, "customdata", None) or ()) if whole(v)]
    computed = [int(v) for trace in fig.data if isinstance(getattr(trace, "meta", None), list | tuple)
                for ids_ in trace.meta if isinstance(ids_, list | tuple) for v in ids_ if whole(v)]
    return drawn + computed


def _ids(series) -> list:
    """obs ids as plain ints: typed or nullable arrays do not come back in Plotly's click events."""
    return [None if is_missing(v) else int(v) for v in series]


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


def _flagged(r: dict, key: str) -> bool:
    v = r.get(key)
    return not is_missing(v) and bool(v)


def _scorecard_cell(r: dict | None, name: str, year: int, lang: str,
                    disagreeing: list[str] | None = None) -> tuple[str, str, str]:
    """One cell of the scorecard: its status, its text (the mark and the gap) and its hover (with the
    outcome figures that disagree, `disagreeing`, where the sources conflict)."""
    status = "no data" if r is None else r["attainment"]
    if is_missing(status):
        status = "no target"
    gap = None if r is None else (r["gap"] if r["unit"] == "pct" else r["gap_pct"])
    mark = STATUS_MARKS.get(status, "")
    if is_missing(gap):
        said = "" if r is None or is_missing(r["actual_qualifier"]) or status != "missed" else \
            qualifier_label(str(r["actual_qualifier"]), lang)
        text = f"{mark} {said}".strip()
    else:   # the gap with its unit: percentage points for rates, % of the target for levels
        text = f"{mark} {fmt_gap(gap, r['unit'], lang)}"
    if r is not None and _flagged(r, "has_conflict"):
        text = f"{CONFLICT_MARK} {text}"
    text = "<br>".join(wrap_width(text, *CELL_TEXT))      # never run over the next cell
    if r is None:
        return status, text, f"<b>{name}</b> {year}<br>{t('no data', lang)}: {t('no_data_cell', lang)}"
    hover = (f"<b>{name}</b> {year} · {t(status, lang)}<br>"
             f"{t('target', lang)}: {fmt_value(r['target_value'], r['target_value_high'], own_unit(r, 'target'), r['target_qualifier'], lang) or '—'}<br>"
             f"{t('outcome', lang)}: {fmt_value(r['actual_value'], None, own_unit(r, 'actual'), r['actual_qualifier'], lang) or '—'}"
             + ("" if is_missing(r["actual_status"]) else f" ({t(r['actual_status'], lang)})")
             + (f"<br>{t('rule', lang)}: {row_sentence(r, lang)}"
                if not is_missing(r["target_obs_id"]) else ""))
    if _flagged(r, "has_conflict"):
        said = " / ".join(disagreeing) if disagreeing else ""
        hover += f"<br>{CONFLICT_MARK} {t('conflict', lang)}" + (f": {said}" if said else "")
    return status, text, hover


def _status_legend(lang: str) -> list[dict]:
    """Legend entries for the colours, with the mark each cell carries, and the frame of a conflict."""
    return [*({"type": "scatter", "x": [None], "y": [None], "mode": "markers",
               "name": f"{STATUS_MARKS[s]} {t(s, lang)}".strip(),
               "marker": {"symbol": "square", "size": 12, "color": STATUS_COLORS[s],
                          "line": {"width": 1, "color": CONNECTOR}}} for s in reversed(STATUS_ORDER)),
            {"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": f"{CONFLICT_MARK} {t('conflict', lang)}",
             "marker": {"symbol": "square-open", "size": 13, "color": OUTLINE, "line": {"width": 2.5}}}]


def conflict_frames(keys: list[str], years: list[int], conflicted: set[tuple[str, int]]) -> list[dict]:
    """A dark frame around each scorecard cell (indicator, year) whose outcome statements disagree
    (dark, to show on a red cell as on a green one)."""
    return [{"type": "rect", "xref": "x", "yref": "y", "x0": y - 0.5, "x1": y + 0.5, "y0": i - 0.5, "y1": i + 0.5,
             "line": {"color": OUTLINE, "width": 3}, "fillcolor": "rgba(0,0,0,0)", "name": "conflict"}
            for i, k in enumerate(keys) for y in years if (k, y) in conflicted]


def disagreeing_figures(obs: pd.DataFrame, lang: str) -> dict[tuple[str, int], list[str]]:
    """(indicator, year) -> the annual outcome figures whose sources disagree, as written for people."""
    rows = obs[(obs["kind"] == "actual") & (obs["period"] == "year") & (obs["agreement"] == "conflict")]
    out: dict[tuple[str, int], list[str]] = {}
    for r in rows.sort_values("value").to_dict("records"):
        out.setdefault((r["indicator"], int(r["year"])), []).append(
            fmt_value(r["value"], None, r["unit"], r["qualifier"], lang))
    return out


def scorecard(tva: pd.DataFrame, inds: pd.DataFrame, lang: str, year_from: int, year_to: int,
              disagreeing: dict[tuple[str, int], list[str]] | None = None) -> go.Figure:
    """Indicators × years, coloured by attainment (white: no data at all), the gap in the cell, the
    rule in the hover; a year whose outcome statements disagree is framed and marked ⚠, with the figures
    (`disagreeing`, from disagreeing_figures) in its hover."""
    keys = [k for k in inds["key"] if k in set(tva.loc[tva["target_obs_id"].notna(), "indicator"])]
    years = list(range(year_from, year_to + 1))
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    code = {s: i for i, s in enumerate(STATUS_ORDER)}
    z, text, hover = [], [], []
    lookup = {(r["indicator"], int(r["year"])): r for r in tva.to_dict("records")}
    for k in keys:
        cells = [_scorecard_cell(lookup.get((k, y)), names[k], y, lang, (disagreeing or {}).get((k, y)))
                 for y in years]
        z.append([code[status] for status, _, _ in cells])
        text.append([cell_text for _, cell_text, _ in cells])
        hover.append([cell_hover for _, _, cell_hover in cells])
    n = len(STATUS_ORDER)
    scale = []
    for i, s in enumerate(STATUS_ORDER):
        scale += [[i / n, STATUS_COLORS[s]], [(i + 1) / n, STATUS_COLORS[s]]]
    traces = [{"type": "heatmap", "z": z, "x": years, "y": keys, "text": text, "texttemplate": "%{text}",
               "textfont": {"size": CELL_TEXT[1]}, "hovertext": hover, "hoverinfo": "text", "colorscale": scale,
               "zmin": -0.5, "zmax": n - 0.5, "xgap": 2, "ygap": 2, "showscale": False}, *_status_legend(lang)]
    layout = style_layout(title=t("scorecard", lang), subtitle=t("scorecard_sub", lang), lang=lang,
                          height=max(320, 190 + 34 * len(keys)))
    conflicted = {key for key, r in lookup.items() if _flagged(r, "has_conflict")}
    return figure(traces, layout, {
        "shapes": conflict_frames(keys, years, conflicted),
        "yaxis": {"tickvals": keys, "ticktext": [names[k] for k in keys], "autorange": "reversed"},
        "xaxis": {"dtick": 1, "side": "top"},
        "legend": {**layout["legend"], "yanchor": "top", "y": -0.02},  # the year labels sit on top
    })


def _dumbbell_panel(part: pd.DataFrame, is_rate: bool, i: int, lang: str) -> list[dict]:
    """One panel of the dumbbell: a line from each target to its outcome, the targets, the outcomes
    (rates as stated, levels as % of their target)."""
    axes = {"xaxis": f"x{i if i > 1 else ''}", "yaxis": f"y{i if i > 1 else ''}"}
    names = [name_of(r, lang) for _, r in part.iterrows()]
    tv = [float(v) for v in part["target_value"]] if is_rate else [100.0] * len(part)
    av = [0.0 if pd.isna(v) else float(v) for v in part["actual_value"]] if is_rate else \
        [100 + float(v) for v in part["gap_pct"]]
    xs, ys = [], []
    for n, a, b in zip(names, tv, av, strict=True):
        xs += [a, b, None]
        ys += [n, n, None]
    said = [fmt_number(a) if not pd.isna(r["actual_value"]) or pd.isna(r["actual_qualifier"])
            else qualifier_label(r["actual_qualifier"], lang) for (_, r), a in zip(part.iterrows(), av, strict=True)]
    return [
        {"type": "scatter", "x": xs, "y": ys, "mode": "lines", "line": {"color": CONNECTOR, "width": 3},
         "showlegend": False, "hoverinfo": "skip", **axes},
        {"type": "scatter", "x": tv, "y": names, "mode": "markers+text", "name": t("target", lang),
         "text": [fmt_number(v) for v in tv] if is_rate else ["100"] * len(tv), "cliponaxis": False,
         "textposition": "bottom center", "textfont": {"size": 10, "color": TARGET},
         "marker": {"symbol": "diamond", "size": 12, "color": TARGET}, "showlegend": i == 1,
         "customdata": _ids(part["target_obs_id"]), "hoverinfo": "text",
         "hovertext": [f"{n}<br>{t('target', lang)}: {fmt_value(r['target_value'], r['target_value_high'], own_unit(r, 'target'), r['target_qualifier'], lang)}"
                       for (_, r), n in zip(part.iterrows(), names, strict=True)], **axes},
        {"type": "scatter", "x": av, "y": names, "mode": "markers+text", "name": t("outcome", lang),
         # a label is never clipped by the plot's edge; words (负增长, drawn at 0) read to the right of their mark
         "text": said, "cliponaxis": False, "textfont": {"size": 11},
         "textposition": ["top center" if pd.isna(q) or not pd.isna(v) else "top right"
                          for q, v in zip(part["actual_qualifier"], part["actual_value"], strict=True)],
         "marker": {"size": 13, "color": [STATUS_COLORS[s] for s in part["attainment"]],
                    "symbol": ["circle" if pd.isna(q) or not pd.isna(v) else "x"
                               for q, v in zip(part["actual_qualifier"], part["actual_value"], strict=True)],
                    "line": {"width": 1, "color": OUTLINE}}, "showlegend": i == 1,
         "customdata": _ids(part["actual_obs_id"]), "hoverinfo": "text",
         "hovertext": [f"{n}<br>{t('outcome', lang)}: {fmt_value(r['actual_value'], None, own_unit(r, 'actual'), r['actual_qualifier'], lang)}"
                       f" · {t(r['attainment'], lang)}" for (_, r), n in zip(part.iterrows(), names, strict=True)],
         **axes},
    ]


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
        traces += _dumbbell_panel(part, is_rate, i, lang)
        suffix = i if i > 1 else ""
        lo, hi = (i - 1) * width + (0.12 if i > 1 else 0), i * width - (0.06 if len(panels) > 1 and i == 1 else 0)
        extra[f"xaxis{suffix}"] = {"domain": [lo, hi], "anchor": f"y{suffix}",
                                   "title": {"text": "%" if is_rate else t("pct_of_target", lang)}}
        # the table's order: the largest shortfall first, from the top
        extra[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "automargin": True, "autorange": "reversed"}
        annotations.append({"text": t("rates_panel" if is_rate else "levels_panel", lang), "x": 0.5,
                            "y": 1.0, "xref": f"x{suffix} domain", "yref": f"y{suffix} domain", "yanchor": "bottom",
                            "showarrow": False, "font": {"size": 14}})
    layout = style_layout(title=t("targets_of_year", lang, year=year), subtitle=t("dumbbell_sub", lang), lang=lang,
                          height=max(320, 170 + 40 * max(len(rates), len(levels), 1)))
    layout["legend"] = {**layout["legend"], "x": 1, "xanchor": "right"}
    stacked = {} if len(panels) < 2 else {   # on a phone: rates above, levels below, each the full width
        "xaxis.domain": [0, 1], "xaxis2.domain": [0, 1], "yaxis.domain": [0.6, 1], "yaxis2.domain": [0, 0.4],
        "added_height": layout["height"]}
    return figure(traces, layout, {**extra, "annotations": annotations}, stacked)
