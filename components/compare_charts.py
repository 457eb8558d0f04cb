"""One indicator in several places (`compare_regions`): records in, go.Figure out, in the house style
of components/charts.py. Every point carries its obs id, so a click opens its sources.

The encoding (the legend carries its key, drawn in no place's colour):
- colour is the place, named in the page's language (data/regions.csv, through the database);
- each place's chosen outcomes (those its verdicts use) are a line that breaks at a missing year and
  where the unit or the basis changes; a filled dot is a final figure, an open one preliminary;
- an outcome stated in words (负增长) is a ✕ on the zero line with its words under it;
- targets by their meaning, with the shapes of the single-place chart (charts.TARGET_MARKERS):
  ◆ an exact figure; ◇ "about" (左右) with a thin bar over its tolerance; a range as a bar from its
  low end to its high end, capped, with — at its middle; ▲ a floor (以上, at least); ▼ a ceiling
  (以内, at most). The targets of one year stand a little apart, place after place;
- under the plot, a note names the places with no figure in the years shown, the targets stated in
  words and the figures in another unit (none of them drawn); the source line names, per place, the
  documents behind the points drawn.
"""

from __future__ import annotations

import plotly.graph_objects as go

from components.charts import TARGET_MARKERS, figure, records, style_layout
from components.format import is_missing
from components.i18n import name_of, place_label, qualifier_label, t, unit_label
from components.palette import MUTED, REGION_COLORS, SUBTLE
from components.series_charts import point_hover, with_breaks
from components.textfit import wrap_width

KEY = SUBTLE            # the legend's key to the shapes
KEY_SYMBOLS = {"range": "line-ns"}   # in the legend a range is the upright bar it is on the plot
DODGE = 0.1             # years between the targets of one year, place after place
NOTE = (600, 11)        # px a note or source line may span, font size px
LINE_PX = 15            # px per line of a note under the plot


def target_kind(row: dict, judged: dict) -> str:
    """What a target means: range (a high end), else its hedge's bound (about, floor, ceiling, exact)."""
    if row["value_high"] is not None:
        return "range"
    return judged["bound"] if judged.get("bound") in TARGET_MARKERS else "exact"


def place_figures(obs, tva, unit: str, year_from: int, year_to: int) -> dict[str, list[dict]]:
    """What one place has to show: its chosen outcomes in the indicator's unit ("outcomes"), its chosen
    outcomes in words ("words"), its chosen targets with a number, each with its meaning ("targets"),
    targets in words, figures in another unit, and every annual figure of the years ("annual")."""
    judged = [r for r in records(tva) if year_from <= r["year"] <= year_to]
    chosen = {int(r["actual_obs_id"]) for r in judged if r["actual_obs_id"] is not None}
    meaning = {int(r["target_obs_id"]): r for r in judged if r["target_obs_id"] is not None}
    annual = [r for r in records(obs) if r["period"] == "year" and year_from <= r["year"] <= year_to]
    outcomes = sorted((r for r in annual if r["obs_id"] in chosen), key=lambda r: r["year"])
    targets = [{**r, "target_kind": target_kind(r, meaning[r["obs_id"]]), "tolerance": meaning[r["obs_id"]]["tolerance"]}
               for r in annual if r["obs_id"] in meaning]
    return {"outcomes": [r for r in outcomes if r["value"] is not None and r["unit"] == unit],
            "words": [r for r in outcomes if r["value"] is None],
            "targets": [r for r in targets if r["value"] is not None and r["unit"] == unit],
            "targets_in_words": [r for r in targets if r["value"] is None],
            "other_unit": [r for r in outcomes + targets if r["value"] is not None and r["unit"] != unit],
            "annual": annual}


def _point(label: str, row: dict, lang: str) -> str:
    return f"<b>{label}</b><br>{point_hover(row, lang)}"


def _outcome_trace(rows: list[dict], label: str, color: str, lang: str) -> dict:
    """The place's chosen outcomes as a line broken at gaps; open dots for preliminary figures."""
    xs, ys = with_breaks(rows)
    by_year = {int(r["year"]): r for r in rows}
    points = [by_year.get(x) if y is not None else None for x, y in zip(xs, ys, strict=True)]
    return {"type": "scatter", "mode": "lines+markers", "x": xs, "y": ys, "connectgaps": False, "name": label,
            "legendgroup": label, "showlegend": False, "line": {"color": color, "width": 2.5},
            "marker": {"size": 9, "color": [color if p is not None and p["status"] == "final" else "white" for p in points],
                       "line": {"color": color, "width": 2}},
            "customdata": [None if p is None else int(p["obs_id"]) for p in points],
            "hovertext": ["" if p is None else _point(label, p, lang) for p in points], "hoverinfo": "text"}


def _error_bar(kind: str, rows: list[dict], mids: list[float], color: str) -> dict | None:
    """A range's bar from its low end to its high end; 左右's thin bar over its tolerance."""
    if kind == "range":
        return {"type": "data", "symmetric": False, "color": color, "thickness": 3, "width": 6,
                "array": [float(r["value_high"]) - m for r, m in zip(rows, mids, strict=True)],
                "arrayminus": [m - float(r["value"]) for r, m in zip(rows, mids, strict=True)]}
    if kind == "about":
        return {"type": "data", "symmetric": True, "color": color, "thickness": 1.2, "width": 3,
                "array": [0.0 if is_missing(r["tolerance"]) else float(r["tolerance"]) for r in rows]}
    return None


def _target_traces(rows: list[dict], label: str, color: str, lang: str, dodge: float) -> list[dict]:
    """The place's targets, one trace per meaning, in the place's colour."""
    traces = []
    for kind, (symbol, size) in TARGET_MARKERS.items():
        group = [r for r in rows if r["target_kind"] == kind]
        if not group:
            continue
        mids = [(float(r["value"]) + float(r["value_high"])) / 2 if kind == "range" else float(r["value"]) for r in group]
        trace = {"type": "scatter", "mode": "markers", "x": [int(r["year"]) + dodge for r in group], "y": mids,
                 "name": f"{label} · {t('target_' + kind, lang)}", "legendgroup": label, "showlegend": False,
                 "marker": {"symbol": symbol, "size": 14 if kind == "range" else size, "color": color,
                            "line": {"width": 2, "color": color}},
                 "customdata": [int(r["obs_id"]) for r in group],
                 "hovertext": [_point(label, r, lang) for r in group], "hoverinfo": "text"}
        bar = _error_bar(kind, group, mids, color)
        if bar:
            trace["error_y"] = bar
        traces.append(trace)
    return traces


def _words_trace(rows: list[dict], label: str, color: str, lang: str, dodge: float) -> dict:
    """Outcomes in words (负增长): a ✕ on the zero line with the words under it."""
    return {"type": "scatter", "mode": "markers+text", "x": [int(r["year"]) + dodge for r in rows], "y": [0] * len(rows),
            "text": [qualifier_label(r["qualifier"], lang) for r in rows], "textposition": "bottom center",
            "textfont": {"size": 11, "color": color}, "name": f"{label} · {t('outcome_words', lang)}",
            "legendgroup": label, "showlegend": False,
            "marker": {"symbol": "x-thin-open", "size": 14, "color": color, "line": {"width": 2.5, "color": color}},
            "customdata": [int(r["obs_id"]) for r in rows], "hovertext": [_point(label, r, lang) for r in rows],
            "hoverinfo": "text"}


def _legend(places: list[tuple[str, str]], shown: dict[str, list[dict]], lang: str) -> list[dict]:
    """The places by colour, then the key to the shapes, in no place's colour."""
    def entry(name: str, **style) -> dict:
        return {"type": "scatter", "x": [None], "y": [None], "name": name, **style}
    out = [entry(label, mode="lines+markers", legendgroup=label, line={"color": color, "width": 2.5},
                 marker={"color": color, "size": 9}) for label, color in places]
    key = {"legendgroup": "key", "legendgrouptitle": {"text": t("compare_key", lang), "font": {"size": 12}}}
    statuses = {r["status"] == "final" for r in shown["outcomes"]}
    for final in (True, False):
        if final in statuses:
            out.append(entry(t("outcome_final" if final else "outcome_prelim", lang), mode="markers", **key,
                             marker={"color": KEY if final else "white", "size": 9, "line": {"color": KEY, "width": 2}}))
    if shown["words"]:
        out.append(entry(t("outcome_words", lang), mode="markers", **key,
                         marker={"symbol": "x-thin-open", "size": 12, "color": KEY, "line": {"width": 2.5, "color": KEY}}))
    kinds = {r["target_kind"] for r in shown["targets"]}
    out += [entry(t("target_" + kind, lang), mode="markers", **key,
                  marker={"symbol": KEY_SYMBOLS.get(kind, symbol), "size": size if kind != "range" else 14, "color": KEY,
                          "line": {"width": 2.5 if kind == "range" else 2, "color": KEY}})
            for kind, (symbol, size) in TARGET_MARKERS.items() if kind in kinds]
    return out


def _names(titles: list[str], lang: str, most: int = 2, cut: int = 34) -> str:
    names = list(dict.fromkeys(x for x in titles if isinstance(x, str) and x))
    shown = "; ".join(n if len(n) <= cut else n[:cut] + "…" for n in names[:most])
    if len(names) > most:
        shown += " " + t("more_documents", lang, n=len(names) if lang == "zh" else len(names) - most)
    return shown


def source_lines(documents: list[tuple[str, list[str]]], lang: str) -> list[str]:
    """The source line: per place (label, titles of the documents behind its points), a line of its own."""
    colon = ":" if lang == "zh" else ": "
    lines: list[str] = []
    for i, (label, titles) in enumerate(d for d in documents if d[1]):
        head = t("sources_label", lang) + colon if i == 0 else ""
        lines += wrap_width(f"{head}{label}{colon}{_names(titles, lang)}", *NOTE)
    return lines


def note_lines(figures: dict[str, dict], lang: str, year_from: int, year_to: int) -> list[str]:
    """What the plot does not show: places with no figure, targets in words, figures in another unit."""
    sep = "、" if lang == "zh" else ", "
    notes = []
    empty = [label for label, f in figures.items() if not f["annual"]]
    if empty:
        notes.append(t("compare_no_data", lang, years=f"{year_from}–{year_to}", places=sep.join(empty)))
    words = [f"{label} {int(r['year'])} {qualifier_label(r['qualifier'], lang)}"
             for label, f in figures.items() for r in f["targets_in_words"]]
    if words:
        notes.append(t("compare_word_targets", lang, items=sep.join(words)))
    for label, f in figures.items():
        for unit in sorted({r["unit"] for r in f["other_unit"]}):
            years = sorted({int(r["year"]) for r in f["other_unit"] if r["unit"] == unit})
            notes.append(f"{label}: " + t("not_on_chart", lang, years=sep.join(map(str, years)), unit=unit_label(unit, lang)))
    return [line for note in notes for line in wrap_width(note, *NOTE)]


def _under_plot(notes: list[str], sources: list[str]) -> tuple[list[dict], int]:
    """The notes, then the source line, under the year labels; the bottom margin they need."""
    common = {"xref": "paper", "yref": "paper", "x": 0, "y": 0, "xanchor": "left", "yanchor": "top", "align": "left",
              "showarrow": False}
    out = []
    if notes:
        out.append({**common, "text": "<br>".join(notes), "yshift": -32, "font": {"size": NOTE[1], "color": SUBTLE},
                    "name": "compare-notes"})
    shift = -32 - LINE_PX * len(notes) - (8 if notes else 0)
    if sources:
        out.append({**common, "text": "<br>".join(sources), "yshift": shift, "font": {"size": NOTE[1], "color": MUTED},
                    "name": "source-line"})
    return out, -shift + LINE_PX * len(sources) + 12


def compare_regions(series: dict[str, tuple[list[dict], list[dict]]], ind: dict, lang: str,
                    year_from: int, year_to: int) -> go.Figure:
    """One indicator in several places ({place: (observations, attainment rows)}), drawn as the
    module's docstring says."""
    unit = ind["unit"]
    figures = {place_label(p, lang): place_figures(obs, tva, unit, year_from, year_to) for p, (obs, tva) in series.items()}
    drawn = [(label, f) for label, f in figures.items() if f["outcomes"] or f["words"] or f["targets"]]
    colors = {label: REGION_COLORS[i % len(REGION_COLORS)] for i, (label, _) in enumerate(drawn)}
    traces, documents = [], []
    for i, (label, f) in enumerate(drawn):
        dodge = max(-0.35, min(0.35, (i - (len(drawn) - 1) / 2) * DODGE))
        if f["outcomes"]:
            traces.append(_outcome_trace(f["outcomes"], label, colors[label], lang))
        if f["words"]:
            traces.append(_words_trace(f["words"], label, colors[label], lang, dodge))
        traces += _target_traces(f["targets"], label, colors[label], lang, dodge)
        rows = sorted(f["outcomes"] + f["words"] + f["targets"], key=lambda r: -r["year"])
        documents.append((label, [r["doc_title"] if not is_missing(r["doc_title"]) else r["source_title"] for r in rows]))
    shown = {k: [r for _, f in drawn for r in f[k]] for k in ("outcomes", "words", "targets")}
    traces = _legend(list(colors.items()), shown, lang) + traces
    under, bottom = _under_plot(note_lines(figures, lang, year_from, year_to), source_lines(documents, lang))
    u = unit_label(unit, lang)
    layout = style_layout(title=t("compare_title", lang, name=name_of(ind, lang)), source=False,
                          subtitle=f"{u} · {year_from}–{year_to} · {t('compare_sub', lang)}", lang=lang,
                          height=460 + bottom)
    layout["margin"] = {**layout["margin"], "t": 96, "b": bottom, "r": 190}
    # beside the plot, places first, then the key: the chart scrolls sideways on a phone (views.py)
    layout["legend"] = {"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top",
                        "tracegroupgap": 4, "font": {"size": 12}}
    return figure(traces, layout, {"annotations": under,
                                   "xaxis": {"dtick": 1, "range": [year_from - 0.6, year_to + 0.6]},
                                   "yaxis": {"title": {"text": u}, "zeroline": True,
                                             "rangemode": "tozero" if shown["words"] else "normal"}})
