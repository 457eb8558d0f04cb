"""The export use cases, used by the app's callbacks and by `python app.py export|briefing` alike:
one chart as PNG/SVG/PDF, and a year's briefing pack (PDF, PPTX, ZIP). The tables as CSV/XLSX are in
components/downloads.py."""

from __future__ import annotations

import pandas as pd

from components import charts, export, reads, series_charts, slides
from components.cascade_use import cascade_figures, cascade_ids, cascade_view
from components.charts import point_ids
from components.chartspec import ChartSpec
from etl.store import queries


def judged_ids(tva: pd.DataFrame) -> list[int]:
    """The target and the outcome of every row with a target: what a scorecard cell, a dumbbell and
    a table row of targets against outcomes show."""
    rows = tva[tva["target_obs_id"].notna()]
    return [int(v) for v in pd.concat([rows["target_obs_id"], rows["actual_obs_id"]]).dropna()]


def sources_of(reader: queries.Reader, ids) -> pd.DataFrame:
    """Every statement behind the given obs ids, with its place (one chart's source line, a pack's list)."""
    return reader.call(queries.sources_for, sorted({int(i) for i in ids}))



def indicator_export(reader: queries.Reader, key: str, fmt: str, lang: str, year_from: int | None = None,
                     year_to: int | None = None, width: int = export.SLIDE[0], height: int = export.SLIDE[1],
                     scale: float = 1, today: str | None = None, region: str | None = None,
                     shown: ChartSpec | None = None) -> tuple[bytes, str]:
    """One indicator's chart as PNG/SVG/PDF, styled for a briefing; `shown`: the chart as the page
    shows it (re-viewed, on a log axis, places compared), else as stated. Raises export.ExportError."""
    inds = reads.indicators(reader)
    if key not in set(inds["key"]):
        raise export.ExportError(f"unknown indicator {key!r}")
    lo, hi = reader.call(queries.year_range)
    y0, y1 = year_from or lo, year_to or hi
    if not (lo <= y0 <= y1 <= hi):
        raise export.ExportError(f"years must be within {lo}-{hi}")
    if region is not None and region not in reader.call(queries.regions):
        raise export.ExportError(f"unknown region {region!r}")
    options = shown.options() if shown else {}
    if options:      # the screen's own figure for that view (components/views.py), not the plain chart
        from components.views import indicator_figures

        fig = indicator_figures(reader, [key], [y0, y1], None, lang, region, list(shown.compare), shown.view,
                                shown.scale)[0][0][1]
    else:
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs = reader.call(queries.observations, [key], region=region)
        shown_region = region if region and region != reader.call(queries.default_region) else None
        fig = series_charts.indicator_chart(obs, reader.call(queries.target_vs_actual, [key], region=region), ind, lang,
                                            y0, y1, region=shown_region)
    fig = export.for_export(fig, sources=sources_of(reader, point_ids(fig)), lang=lang, today=today,
                            width=min(width, export.PAGE[0]))
    how = "".join(f"-{'cmp' if name == 'cmp' else value}" for name, value in options.items())
    return export.render(fig, fmt, width, height, scale), f"luohu-{key}{how}-{y0}-{y1}-{lang}.{fmt}"



def chart_export(reader: queries.Reader, spec: str, fmt: str, lang: str) -> tuple[bytes, str]:
    """Any chart the app shows, by its ChartSpec text ('indicator:KEY:FROM:TO', 'scorecard', 'dumbbell:YEAR')."""
    parsed = ChartSpec.parse(spec, reader.call(queries.regions))
    if parsed is None:
        raise export.ExportError(f"no chart {str(spec)[:60]!r}")
    region = parsed.region or reader.call(queries.default_region)
    if parsed.kind == "indicator":
        return indicator_export(reader, parsed.key, fmt, lang, parsed.year_from, parsed.year_to, region=region,
                                shown=parsed)
    inds = reads.indicators(reader)
    if parsed.kind in ("cascade", "amplification", "peers"):
        return cascade_export(reader, parsed, fmt, lang, region)
    tva = reader.call(queries.target_vs_actual, region=region)
    if parsed.kind == "scorecard":
        lo, hi = reader.call(queries.year_range)
        fig, name, shown = charts.scorecard(tva, inds, lang, lo, hi), "luohu-scorecard", tva
    else:
        year_tva = tva[tva["year"] == parsed.year_from]
        fig, name, shown = charts.dumbbell(year_tva, lang, parsed.year_from), f"luohu-targets-{parsed.year_from}", year_tva
    fig = export.for_export(fig, sources=sources_of(reader, judged_ids(shown)), lang=lang)
    return export.render(fig, fmt), f"{name}-{lang}.{fmt}"



def cascade_export(reader: queries.Reader, spec: ChartSpec, fmt: str, lang: str, region: str,
                   today: str | None = None) -> tuple[bytes, str]:
    """One of the cascade page's charts, with the sources of every figure drawn on it."""
    if spec.key not in set(reads.indicators(reader)["key"]):
        raise export.ExportError(f"unknown indicator {str(spec.key)[:40]!r}")
    lo, hi = reader.call(queries.year_range)
    if spec.year_from is not None and not lo <= spec.year_from <= hi:
        raise export.ExportError(f"years must be within {lo}-{hi}")
    v = cascade_view(reader, spec.key, spec.year_from, region)
    fig = cascade_figures(reader, v, lang, region)[spec.kind]
    fig = export.for_export(fig, sources=sources_of(reader, cascade_ids(v, spec.kind)), lang=lang, today=today)
    year = "" if spec.kind == "amplification" else f"-{v.year}"
    return export.render(fig, fmt), f"cascade-{spec.kind}-{spec.key}{year}-{lang}.{fmt}"



def _cascade_for_pack(reader: queries.Reader, year: int, lang: str,
                      region: str) -> list[tuple[str, object, list[int]]]:
    """The cascade and amplification charts of GDP growth for a year's pack, each with the obs ids it
    draws, when a level above the district has a target for it; none otherwise."""
    first = reads.headline(reader)
    v = cascade_view(reader, first, year, region)
    if first not in v.indicators:
        return []
    figs = cascade_figures(reader, v, lang, region)
    return [(kind, figs[kind], cascade_ids(v, kind)) for kind in ("cascade", "amplification")]


def _pack_charts(reader: queries.Reader, year: int, lang: str, region: str, keys: list[str], tva_all: pd.DataFrame,
                 tva: pd.DataFrame) -> list[tuple[str, object, list[int]]]:
    """The pack's charts in order, each with the obs ids of its own points: the scorecard up to the
    year, each targeted indicator, the year's targets against outcomes, and the cascade."""
    inds = reads.indicators(reader)
    lo, hi = reader.call(queries.year_range)
    last = max(year, lo)
    charts_ = [("scorecard", charts.scorecard(tva_all, inds, lang, lo, last), judged_ids(tva_all[tva_all["year"] <= last]))]
    for key in keys:
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs, tva_key = reads.series(reader, key, region)
        fig = series_charts.indicator_chart(obs, tva_key, ind, lang, lo, min(hi, last))
        charts_.append((key, fig, point_ids(fig)))
    charts_.append(("targets", charts.dumbbell(tva, lang, year), judged_ids(tva)))
    return charts_ + _cascade_for_pack(reader, year, lang, region)


def briefing(reader: queries.Reader, year: int, lang: str, fmt: str, progress=None,
             today: str | None = None, region: str | None = None) -> tuple[bytes, str]:
    """The year's briefing pack: cover, scorecard, each targeted indicator's chart, the table of
    targets and outcomes, and the sources (PDF); or the charts as PPTX slides or PNG+SVG in a ZIP.
    Each chart's source line names the documents behind its own points; the sources list every
    statement behind the year's verdicts and the cascade, each with its place."""
    from datetime import date

    from components import pdf_tables

    if fmt not in export.PACK_FORMATS:
        raise export.ExportError(f"format {fmt!r} is not offered; choose one of {', '.join(export.PACK_FORMATS)}")
    today = today or date.today().isoformat()
    inds = reads.indicators(reader)
    if region is not None and region not in reader.call(queries.regions):
        raise export.ExportError(f"unknown region {region!r}")
    region = region or reader.call(queries.default_region)
    tva_all = reader.call(queries.target_vs_actual, region=region)
    years = set(int(y) for y in tva_all.loc[tva_all["target_obs_id"].notna(), "year"])
    if year not in years:
        raise export.ExportError(f"no targets for {year}; years with targets: {', '.join(map(str, sorted(years)))}")
    tva = tva_all[tva_all["year"] == year]
    keys = [k for k in inds["key"] if k in set(tva.loc[tva["target_obs_id"].notna(), "indicator"])][:12]
    drawn = _pack_charts(reader, year, lang, region, keys, tva_all, tva)
    cascade_obs = [i for name, _, ids in drawn if name in ("cascade", "amplification") for i in ids]
    year_ids = [int(v) for v in pd.concat([tva["target_obs_id"], tva["actual_obs_id"]]).dropna()]
    sources = sources_of(reader, year_ids + cascade_obs)
    figures = [(name, export.for_export(fig, sources=sources_of(reader, ids), lang=lang, today=today))
               for name, fig, ids in drawn]
    name = f"luohu-briefing-{year}-{lang}.{fmt}" if region == reader.call(queries.default_region) \
        else f"briefing-{region}-{year}-{lang}.{fmt}"
    if fmt == "pdf":
        built = reader.call(queries.build_info).get("built_at")
        pages = [export.cover(year, lang, built, today, region), *[f for _, f in figures],
                 *pdf_tables.targets_pages(tva, inds, lang, year, sources_of(reader, judged_ids(tva)), today),
                 *pdf_tables.sources_pages(sources, inds, lang)]
        return export.pack_pdf(pages, progress), name
    if fmt == "pptx":
        pictures = [(n, f) for n, f in figures if n in ("cascade", "amplification")]
        return _deck(reader, inds, keys, tva, sources, figures[0][1], year, lang, today, region, progress,
                     pictures), name
    return export.pack_zip(figures, sources, progress, lang), name



def _indicator_slide(reader, ind: dict, region: str, lang: str, years: list[int], sources_line: str):
    """One indicator's numbers for a native chart: the outcome each verdict used and the chosen
    target, year by year, in the indicator's unit (figures in another unit are named in a note)."""
    from components.format import fmt_value, own_unit
    from components.i18n import name_of, qualifier_label, t, unit_label
    from components.rules import bound_of

    obs, tva = reads.series(reader, ind["key"], region)
    values = {r["obs_id"]: r for r in obs}
    by_year = {int(r["year"]): r for r in tva}
    unit = ind["unit"]
    outcomes, targets, labels, bounds, foreign, words = [], [], [], [], [], []
    for y in years:
        r = by_year.get(y)
        actual = values.get(r["actual_obs_id"]) if r and r["actual_obs_id"] is not None else None
        if actual is not None and actual["value"] is not None and actual["unit"] != unit:
            foreign.append((y, actual["unit"]))
        if actual is not None and actual["value"] is None and actual["qualifier"]:
            words.append(f"{y}: {qualifier_label(actual['qualifier'], lang)}")
        outcomes.append(float(actual["value"]) if actual and actual["value"] is not None and actual["unit"] == unit
                        else None)
        has_target = r is not None and r["target_value"] is not None and own_unit(r, "target") == unit
        if has_target:
            lo_, hi_ = float(r["target_value"]), r["target_value_high"]
            targets.append(lo_ if hi_ is None else (lo_ + float(hi_)) / 2)
            labels.append(fmt_value(r["target_value"], hi_, unit, r["target_qualifier"], lang))
            bounds.append(bound_of(r["bound"], hi_ is not None, False))
        else:
            targets.append(None)
            labels.append("")
            bounds.append(None)
    notes = [t("outcome_words", lang) + ": " + "; ".join(words)] if words else []
    if foreign:
        notes.append(t("not_on_chart", lang, years=", ".join(str(y) for y, _ in foreign),
                       unit=unit_label(foreign[0][1], lang)))
    note = ind.get("notes_zh" if lang == "zh" else "notes")
    if isinstance(note, str) and note.strip():
        notes.append(t("series_note", lang) + note.strip())
    title = f"{name_of(ind, lang)} ({unit_label(unit, lang)})"
    return slides.IndicatorSlide(ind["key"], title, years, outcomes, targets, labels, bounds, notes, sources_line)



def _slide_ids(tva: list[dict], years: list[int]) -> list[int]:
    """The targets and outcomes a native indicator chart carries (or names in its notes), year by year."""
    return [int(r[k]) for r in tva if int(r["year"]) in years for k in ("target_obs_id", "actual_obs_id")
            if r[k] is not None]


def _deck(reader, inds, keys, tva, sources, scorecard_fig, year, lang, today, region,
          progress, pictures: list[tuple[str, object]] = ()) -> bytes:
    from components.i18n import t
    from components.provenance import source_line
    from components.textfit import wrap_width

    lo, hi = reader.call(queries.year_range)
    years = list(range(lo, min(hi, max(year, lo)) + 1))

    def line(key: str) -> str:   # the documents behind this slide's own points, in the lines the footer has
        drawn = sources_of(reader, _slide_ids(reads.series(reader, key, region)[1], years))
        fitting = (source_line(drawn, lang, today=today, most=most) for most in range(8, 0, -1))
        return next((x for x in fitting if len(wrap_width(x, *slides.FOOTER_TEXT)) <= slides.FOOTER_SOURCE_LINES),
                    source_line(drawn, lang, today=today, most=1))

    indicators = [_indicator_slide(reader, inds[inds["key"] == k].iloc[0].to_dict(), region, lang, years, line(k))
                  for k in keys]
    header, rows, _ = export.targets_rows(tva, inds, lang)
    s_header, s_rows = export.source_rows(sources, inds, lang)
    built = reader.call(queries.build_info).get("built_at")
    cover_lines = [f"{'编制日期' if lang == 'zh' else 'Prepared'}: {today}"] + (
        [f"{'数据构建' if lang == 'zh' else 'Data built'}: {built[:10]}"] if built else []) + [t("tagline", lang, region=region)]
    images = [(name, export.render(fig, "png", *export.SLIDE, scale=1), t(f"{name}_alt", lang)) for name, fig in pictures]
    return slides.deck(t("cover_title", lang, region=region, year=year), cover_lines,
                       export.render(scorecard_fig, "png", *export.SLIDE, scale=1), t("scorecard_alt", lang),
                       indicators, header, rows, s_header, s_rows, lang, progress, images)
