"""DataFrames in, go.Figure out. One style function (`style`) serves the screen and every export."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from components.i18n import name_of, rule_label, t, unit_label

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
STATUS_COLORS = {
    "exceeded": "#1b7837",
    "met": "#7fbf7b",
    "missed": "#c2382f",
    "no outcome": "#9fb3c8",
    "not assessed": "#d9d9d9",
    "no target": "#f0f0f0",
}
STATUS_ORDER = ["no target", "not assessed", "no outcome", "missed", "met", "exceeded"]
OUTCOME = "#1f3b73"
TARGET = "#d9822b"
TARGET_FILL = "rgba(217,130,43,0.18)"
TARGET_FILL_LIGHT = "rgba(217,130,43,0.10)"
OTHER = "#8c8c8c"


def image_config(filename: str) -> dict:
    """Plotly config: the modebar's camera button downloads a presentation-size PNG."""
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": filename, "width": 1600, "height": 900, "scale": 2},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def style(fig: go.Figure, *, title: str, subtitle: str | None = None, lang: str = "zh",
          source: bool = True, height: int | None = None) -> go.Figure:
    """The one house style: title and subtitle top left, units in axis titles, source line bottom left."""
    top = 126 if subtitle else 96
    bottom = 88 if source else 40
    title_text = f"<b>{title}</b>"
    if subtitle:
        title_text += f"<br><span style='font-size:13px;color:#555'>{subtitle}</span>"
    fig.update_layout(
        template="plotly_white",
        font={"family": FONT, "size": 13, "color": "#222"},
        title={"text": title_text, "x": 0.01, "xanchor": "left", "y": 1, "yref": "container", "yanchor": "top",
               "pad": {"t": 22}, "font": {"size": 18}},
        margin={"l": 64, "r": 24, "t": top, "b": bottom},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "xanchor": "left", "font": {"size": 12}},
        hoverlabel={"font": {"family": FONT}},
        height=height,
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    if source:
        fig.add_annotation(text=t("source_line", lang), xref="paper", yref="paper", x=0, y=0,
                           xanchor="left", yanchor="top", yshift=-(bottom - 26), showarrow=False,
                           font={"size": 11, "color": "#666"}, name="source-line")
    return fig


def fmt_number(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    v = float(v)
    return f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else f"{v:,.0f}"


def fmt_value(value, value_high, unit, qualifier, lang: str) -> str:
    """'5.5–6%', '突破60亿元' / '60 100m yuan (突破)', '与GDP增速基本同步'."""
    if _isnull(value):
        return "" if _isnull(qualifier) else str(qualifier)
    text = fmt_number(value)
    if not _isnull(value_high):
        text += "–" + fmt_number(value_high)
    u = unit_label(unit, lang)
    text += u if (unit == "pct" or lang == "zh") else f" {u}"
    q = qualifier if isinstance(qualifier, str) and qualifier else ""
    if q:
        prefix = q in ("突破", "近", "超", "超过", "约", "逾", "力争", "不少于", "不低于", "不超过", "控制在")
        text = (q + text) if (prefix and lang == "zh") else (f"{text} ({q})" if lang == "en" else text + q)
    return text


def _ids(series) -> list:
    """obs ids as plain ints: typed or nullable arrays do not come back in Plotly's click events."""
    return [None if _isnull(v) else int(v) for v in series]


def _isnull(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA


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


def _marker_trace(df: pd.DataFrame, name: str, lang: str, **marker) -> go.Scatter:
    return go.Scatter(
        x=df["year"], y=df["value"], mode="markers", name=name,
        marker={"size": 10, **marker}, customdata=_ids(df["obs_id"]),
        hovertext=[_hover(r, lang) for _, r in df.iterrows()], hoverinfo="text",
    )


def indicator_chart(obs: pd.DataFrame, tva: pd.DataFrame, ind: dict, lang: str,
                    year_from: int, year_to: int) -> go.Figure:
    """Outcomes as a line with markers (final filled, preliminary open), targets drawn by their
    meaning (range band, 左右 tolerance band, floor ▲, ceiling ▼, exact ◆), a gap panel below,
    'no target' years marked as such. Every point carries its obs_id as customdata."""
    unit = ind["unit"]
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.72, 0.28], vertical_spacing=0.06)
    annual = obs[(obs["period"] == "year") & obs["year"].between(year_from, year_to)]
    tva = tva[tva["year"].between(year_from, year_to)]
    best_ids = set(tva["actual_obs_id"].dropna().astype(int))
    actual = annual[(annual["kind"] == "actual") & annual["value"].notna()]
    best = actual[actual["obs_id"].isin(best_ids)].sort_values("year")
    if not best.empty:
        fig.add_trace(go.Scatter(x=best["year"], y=best["value"], mode="lines", name=t("outcome_line", lang),
                                 line={"color": OUTCOME, "width": 2.5}, hoverinfo="skip"), row=1, col=1)
        final = best[best["status"] == "final"]
        prelim = best[best["status"] != "final"]
        if not final.empty:
            fig.add_trace(_marker_trace(final, t("outcome_final", lang), lang, color=OUTCOME, symbol="circle"), row=1, col=1)
        if not prelim.empty:
            fig.add_trace(_marker_trace(prelim, t("outcome_prelim", lang), lang, color="white", symbol="circle",
                                        line={"color": OUTCOME, "width": 2.5}), row=1, col=1)
    others = actual[~actual["obs_id"].isin(best_ids)]
    comparable = others[others["basis"] == "comparable"]
    others = others[others["basis"] != "comparable"]
    if not comparable.empty:
        fig.add_trace(_marker_trace(comparable, t("comparable", lang), lang, color=OUTCOME, symbol="square-open",
                                    size=9), row=1, col=1)
    if not others.empty:
        colors = ["#c2382f" if a == "conflict" else OTHER for a in others["agreement"]]
        fig.add_trace(_marker_trace(others, t("other_statements", lang), lang, color=colors, symbol="x-thin-open",
                                    size=9, line={"width": 2, "color": colors}), row=1, col=1)
    _add_targets(fig, annual, tva, unit, lang)
    _add_gap_panel(fig, tva, unit, lang)
    name = name_of(ind, lang)
    u = unit_label(unit, lang)
    fig.update_yaxes(title_text=u, row=1, col=1, zeroline=True, zerolinecolor="#bbb")
    fig.update_yaxes(title_text=t("gap_pp" if unit == "pct" else "gap_pct", lang), row=2, col=1,
                     zeroline=True, zerolinecolor="#888")
    fig.update_xaxes(dtick=1, range=[year_from - 0.6, year_to + 0.6], row=2, col=1)
    fig.update_xaxes(dtick=1, range=[year_from - 0.6, year_to + 0.6], row=1, col=1, showticklabels=False)
    part = obs[(obs["period"] != "year") & obs["year"].between(year_from, year_to)]
    subtitle = f"{u} · {year_from}–{year_to}"
    if len(part):
        subtitle += " · " + t("part_year_note", lang, n=len(part))
    return style(fig, title=name, subtitle=subtitle, lang=lang, height=560)


def _target_rows(annual: pd.DataFrame, tva: pd.DataFrame) -> pd.DataFrame:
    ids = set(tva["target_obs_id"].dropna().astype(int))
    rows = annual[annual["obs_id"].isin(ids)].merge(
        tva[["target_obs_id", "bound", "attainment", "rule_text"]], left_on="obs_id", right_on="target_obs_id")
    return rows


def _tolerance(row, unit: str) -> float:
    if unit == "pct":
        return 0.5
    return abs(row["value"]) * 0.02


def _add_targets(fig, annual, tva, unit, lang) -> None:
    rows = _target_rows(annual, tva)
    if rows.empty:
        return
    numeric = rows[rows["value"].notna()]
    for _, r in numeric.iterrows():
        lo, hi = r["value"], r["value_high"]
        if not _isnull(hi):
            fig.add_shape(type="rect", x0=r["year"] - 0.32, x1=r["year"] + 0.32, y0=lo, y1=hi,
                          fillcolor=TARGET_FILL, line={"width": 0}, row=1, col=1, name="target-range")
        elif r["bound"] == "about":
            tol = _tolerance(r, unit)
            fig.add_shape(type="rect", x0=r["year"] - 0.32, x1=r["year"] + 0.32, y0=lo - tol, y1=lo + tol,
                          fillcolor=TARGET_FILL_LIGHT, line={"width": 1, "dash": "dot", "color": TARGET},
                          row=1, col=1, name="target-tolerance")
    groups = [
        ("target_range", numeric[numeric["value_high"].notna()], "line-ew", 22),
        ("target_about", numeric[numeric["value_high"].isna() & (numeric["bound"] == "about")], "diamond-open", 11),
        ("target_floor", numeric[numeric["value_high"].isna() & (numeric["bound"] == "floor")], "triangle-up", 13),
        ("target_ceiling", numeric[numeric["value_high"].isna() & (numeric["bound"] == "ceiling")], "triangle-down", 13),
        ("target_exact", numeric[numeric["value_high"].isna() & (numeric["bound"] == "exact")], "diamond", 11),
    ]
    for key, df, symbol, size in groups:
        if df.empty:
            continue
        y = df["value"] if key != "target_range" else (df["value"] + df["value_high"]) / 2
        fig.add_trace(go.Scatter(
            x=df["year"], y=y, mode="markers", name=t(key, lang),
            marker={"symbol": symbol, "size": size, "color": TARGET, "line": {"width": 2, "color": TARGET}},
            customdata=_ids(df["obs_id"]), hovertext=[_hover(r, lang) for _, r in df.iterrows()], hoverinfo="text",
        ), row=1, col=1)
    qualitative = rows[rows["value"].isna()]
    if not qualitative.empty:
        fig.add_trace(go.Scatter(
            x=qualitative["year"], y=[None] * len(qualitative), mode="markers", name=t("target_qualitative", lang),
            marker={"symbol": "star-open", "size": 12, "color": TARGET}, customdata=_ids(qualitative["obs_id"]),
            hovertext=[_hover(r, lang) for _, r in qualitative.iterrows()], hoverinfo="text"), row=1, col=1)
        for _, r in qualitative.iterrows():
            fig.add_annotation(x=r["year"], y=1, xref="x", yref="y domain", text="☆", showarrow=False,
                               font={"color": TARGET, "size": 16}, hovertext=str(r["qualifier"]), row=1, col=1)


def _add_gap_panel(fig, tva: pd.DataFrame, unit: str, lang: str) -> None:
    gap_col = "gap" if unit == "pct" else "gap_pct"
    judged = tva[tva[gap_col].notna()]
    for status in ("exceeded", "met", "missed"):
        df = judged[judged["attainment"] == status]
        if df.empty:
            continue
        if status == "met":  # often a gap of 0: a bar would be invisible
            fig.add_trace(go.Scatter(
                x=df["year"], y=df[gap_col], mode="markers", name=t(status, lang),
                marker={"symbol": "circle", "size": 11, "color": STATUS_COLORS[status], "line": {"width": 1, "color": "#2d6a2d"}},
                customdata=_ids(df["actual_obs_id"]),
                hovertext=[f"<b>{int(r['year'])}</b> · {t(status, lang)}<br>{t('gap', lang)} {fmt_number(r[gap_col])}"
                           f"{'pp' if unit == 'pct' else '%'}<br>{rule_label(r['bound'], r['tolerance'], unit, lang)}" for _, r in df.iterrows()],
                hoverinfo="text"), row=2, col=1)
            continue
        fig.add_trace(go.Bar(
            x=df["year"], y=df[gap_col], name=t(status, lang), marker_color=STATUS_COLORS[status],
            customdata=_ids(df["actual_obs_id"]), showlegend=True, width=0.6,
            hovertext=[f"<b>{int(r['year'])}</b> · {t(status, lang)}<br>{t('gap', lang)} {fmt_number(r[gap_col])}"
                       f"{'pp' if unit == 'pct' else '%'}<br>{rule_label(r['bound'], r['tolerance'], unit, lang)}" for _, r in df.iterrows()],
            hoverinfo="text"), row=2, col=1)
    unjudged = tva[tva[gap_col].isna()]
    if not unjudged.empty:
        labels = [t(s, lang) for s in unjudged["attainment"]]
        fig.add_trace(go.Scatter(
            x=unjudged["year"], y=[0] * len(unjudged), mode="markers+text", text=labels,
            textposition="top center", textfont={"size": 10, "color": "#777"},
            marker={"symbol": "line-ew-open", "size": 14, "color": "#999"}, name=t("no target", lang),
            showlegend=False, hovertext=labels, hoverinfo="text"), row=2, col=1)


def scorecard(tva: pd.DataFrame, inds: pd.DataFrame, lang: str, year_from: int, year_to: int) -> go.Figure:
    """Indicators × years, coloured by attainment, the gap in the cell, the rule in the hover."""
    keys = [k for k in inds["key"] if k in set(tva.loc[tva["target_obs_id"].notna(), "indicator"])]
    years = list(range(year_from, year_to + 1))
    names = {r["key"]: name_of(r, lang) for _, r in inds.iterrows()}
    code = {s: i for i, s in enumerate(STATUS_ORDER)}
    z, text, hover = [], [], []
    lookup = {(r["indicator"], int(r["year"])): r for _, r in tva.iterrows()}
    for k in keys:
        zr, tr, hr = [], [], []
        for y in years:
            r = lookup.get((k, y))
            status = r["attainment"] if r is not None else "no target"
            if r is None or _isnull(status):
                status = "no target"
            zr.append(code[status])
            gap = None if r is None else (r["gap"] if r["unit"] == "pct" else r["gap_pct"])
            if _isnull(gap):
                tr.append("" if r is None or _isnull(r["actual_qualifier"]) or status != "missed" else str(r["actual_qualifier"]))
            else:
                tr.append(f"{gap:+.1f}" + ("" if r["unit"] == "pct" else "%"))
            if r is None:
                hr.append(f"<b>{names[k]}</b> {y}<br>{t('no target', lang)}")
            else:
                hr.append(f"<b>{names[k]}</b> {y} · {t(status, lang)}<br>"
                          f"{t('target', lang)}: {fmt_value(r['target_value'], r['target_value_high'], r['unit'], r['target_qualifier'], lang) or '—'}<br>"
                          f"{t('outcome', lang)}: {fmt_value(r['actual_value'], None, r['unit'], r['actual_qualifier'], lang) or '—'}"
                          + ("" if _isnull(r["actual_status"]) else f" ({t(r['actual_status'], lang)})")
                          + (f"<br>{t('rule', lang)}: {rule_label(r['bound'], r['tolerance'], r['unit'], lang)}"
                             if not _isnull(r["target_obs_id"]) else ""))
        z.append(zr)
        text.append(tr)
        hover.append(hr)
    n = len(STATUS_ORDER)
    scale = []
    for i, s in enumerate(STATUS_ORDER):
        scale += [[i / n, STATUS_COLORS[s]], [(i + 1) / n, STATUS_COLORS[s]]]
    fig = go.Figure(go.Heatmap(
        z=z, x=years, y=keys, text=text, texttemplate="%{text}", textfont={"size": 11},
        hovertext=hover, hoverinfo="text", colorscale=scale, zmin=-0.5, zmax=n - 0.5, xgap=2, ygap=2,
        showscale=False))
    for s in reversed(STATUS_ORDER):  # legend entries for the colours
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=t(s, lang),
                                 marker={"symbol": "square", "size": 12, "color": STATUS_COLORS[s],
                                         "line": {"width": 1, "color": "#bbb"}}))
    fig.update_yaxes(tickvals=keys, ticktext=[names[k] for k in keys], autorange="reversed")
    fig.update_xaxes(dtick=1, side="top")
    style(fig, title=t("scorecard", lang), subtitle=t("scorecard_sub", lang), lang=lang,
          height=max(320, 190 + 34 * len(keys)))
    fig.update_layout(legend={"yanchor": "top", "y": -0.02})  # the year labels sit on top
    return fig


def dumbbell(tva_year: pd.DataFrame, lang: str, year: int) -> go.Figure:
    """Target → outcome for every judged indicator of one year, sorted by gap."""
    df = tva_year[tva_year["target_value"].notna() & tva_year["actual_value"].notna()
                  & tva_year["attainment"].isin(["exceeded", "met", "missed"])].copy()
    rates = df[df["unit"] == "pct"].sort_values("gap_better")
    levels = df[(df["unit"] != "pct") & df["gap_pct"].notna()].sort_values("gap_pct")
    cols = [c for c in (rates, levels) if not c.empty] or [rates]
    fig = make_subplots(rows=1, cols=len(cols), horizontal_spacing=0.25,
                        subplot_titles=[t("rates_panel" if c is rates else "levels_panel", lang) for c in cols])
    for i, part in enumerate(cols, start=1):
        is_rate = part is rates
        names = [name_of(r, lang) for _, r in part.iterrows()]
        tv = part["target_value"] if is_rate else pd.Series([100.0] * len(part), index=part.index)
        av = part["actual_value"] if is_rate else 100 + part["gap_pct"]
        for n, a, b in zip(names, tv, av, strict=True):
            fig.add_trace(go.Scatter(x=[a, b], y=[n, n], mode="lines", line={"color": "#bbb", "width": 3},
                                     showlegend=False, hoverinfo="skip"), row=1, col=i)
        fig.add_trace(go.Scatter(x=tv, y=names, mode="markers", name=t("target", lang),
                                 marker={"symbol": "diamond", "size": 12, "color": TARGET},
                                 showlegend=i == 1, customdata=_ids(part["target_obs_id"]),
                                 hovertext=[f"{n}<br>{t('target', lang)}: {fmt_value(r['target_value'], r['target_value_high'], r['unit'], r['target_qualifier'], lang)}"
                                            for (_, r), n in zip(part.iterrows(), names, strict=True)], hoverinfo="text"),
                      row=1, col=i)
        fig.add_trace(go.Scatter(x=av, y=names, mode="markers", name=t("outcome", lang),
                                 marker={"size": 13, "color": [STATUS_COLORS[s] for s in part["attainment"]],
                                         "line": {"width": 1, "color": "#333"}},
                                 showlegend=i == 1, customdata=_ids(part["actual_obs_id"]),
                                 hovertext=[f"{n}<br>{t('outcome', lang)}: {fmt_value(r['actual_value'], None, r['unit'], r['actual_qualifier'], lang)}"
                                            f" · {t(r['attainment'], lang)}" for (_, r), n in zip(part.iterrows(), names, strict=True)],
                                 hoverinfo="text"), row=1, col=i)
        fig.update_xaxes(title_text="%" if is_rate else t("pct_of_target", lang), row=1, col=i)
    return style(fig, title=t("targets_of_year", lang, year=year), subtitle=t("dumbbell_sub", lang), lang=lang,
                 height=max(320, 160 + 40 * max(len(rates), len(levels), 1)))


def empty_figure(message: str, lang: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font={"size": 16, "color": "#777"})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return style(fig, title="", lang=lang, source=False, height=260)
