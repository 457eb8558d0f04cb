"""The export use cases, used by the app's callbacks and by `python app.py export|briefing` alike:
one chart as PNG/SVG/PDF, a year's briefing pack (PDF, PPTX, ZIP), the data grid as CSV/XLSX."""

from __future__ import annotations

import io

import pandas as pd
from dash import dcc

from components import charts, export, layout, slides
from components.chartspec import ChartSpec
from components.pages import _inds, _series, cascade_figures, cascade_view
from etl import queries
from etl.catalogue import regions_of


def _titles(obs: pd.DataFrame) -> list[str]:
    return [d if isinstance(d, str) else s for d, s in zip(obs["doc_title"], obs["source_title"], strict=True)]


def indicator_export(reader: queries.Reader, key: str, fmt: str, lang: str, year_from: int | None = None,
                     year_to: int | None = None, width: int = export.SLIDE[0], height: int = export.SLIDE[1],
                     scale: float = 1, today: str | None = None, region: str | None = None) -> tuple[bytes, str]:
    """One indicator's chart as PNG/SVG/PDF, styled for a briefing. Raises export.ExportError."""
    inds = _inds(reader)
    if key not in set(inds["key"]):
        raise export.ExportError(f"unknown indicator {key!r}")
    lo, hi = reader.call(queries.year_range)
    y0, y1 = year_from or lo, year_to or hi
    if not (lo <= y0 <= y1 <= hi):
        raise export.ExportError(f"years must be within {lo}-{hi}")
    if region is not None and region not in reader.call(queries.regions):
        raise export.ExportError(f"unknown region {region!r}")
    ind = inds[inds["key"] == key].iloc[0].to_dict()
    obs = reader.call(queries.observations, [key], region=region)
    shown_region = region if region and region != reader.call(queries.default_region) else None
    fig = charts.indicator_chart(obs, reader.call(queries.target_vs_actual, [key], region=region), ind, lang, y0, y1,
                                 region=shown_region)
    shown = obs[obs["year"].between(y0, y1)]
    fig = export.for_export(fig, sources=_titles(shown), lang=lang, today=today)
    return export.render(fig, fmt, width, height, scale), f"luohu-{key}-{y0}-{y1}-{lang}.{fmt}"


def chart_export(reader: queries.Reader, spec: str, fmt: str, lang: str) -> tuple[bytes, str]:
    """Any chart the app shows, by its ChartSpec text ('indicator:KEY:FROM:TO', 'scorecard', 'dumbbell:YEAR')."""
    parsed = ChartSpec.parse(spec, reader.call(queries.regions))
    if parsed is None:
        raise export.ExportError(f"no chart {str(spec)[:60]!r}")
    region = parsed.region or reader.call(queries.default_region)
    if parsed.kind == "indicator":
        return indicator_export(reader, parsed.key, fmt, lang, parsed.year_from, parsed.year_to, region=region)
    inds = _inds(reader)
    if parsed.kind in ("cascade", "amplification", "peers"):
        return cascade_export(reader, parsed, fmt, lang, region)
    tva = reader.call(queries.target_vs_actual, region=region)
    if parsed.kind == "scorecard":
        lo, hi = reader.call(queries.year_range)
        fig, name, shown = charts.scorecard(tva, inds, lang, lo, hi), "luohu-scorecard", tva
    else:
        year_tva = tva[tva["year"] == parsed.year_from]
        fig, name, shown = charts.dumbbell(year_tva, lang, parsed.year_from), f"luohu-targets-{parsed.year_from}", year_tva
    ids_ = [int(v) for v in pd.concat([shown["target_obs_id"], shown["actual_obs_id"]]).dropna()]
    fig = export.for_export(fig, sources=_titles(reader.call(queries.sources_for, ids_)), lang=lang)
    return export.render(fig, fmt), f"{name}-{lang}.{fmt}"


def cascade_export(reader: queries.Reader, spec: ChartSpec, fmt: str, lang: str, region: str,
                   today: str | None = None) -> tuple[bytes, str]:
    """One of the cascade page's charts, with the sources of every figure drawn on it."""
    if spec.key not in set(_inds(reader)["key"]):
        raise export.ExportError(f"unknown indicator {str(spec.key)[:40]!r}")
    lo, hi = reader.call(queries.year_range)
    if spec.year_from is not None and not lo <= spec.year_from <= hi:
        raise export.ExportError(f"years must be within {lo}-{hi}")
    v = cascade_view(reader, spec.key, spec.year_from, region)
    fig = cascade_figures(reader, v, lang, region)[spec.kind]
    fig = export.for_export(fig, sources=_titles(reader.call(queries.sources_for, cascade_ids(v, spec.kind))),
                            lang=lang, today=today)
    year = "" if spec.kind == "amplification" else f"-{v.year}"
    return export.render(fig, fmt), f"cascade-{spec.kind}-{spec.key}{year}-{lang}.{fmt}"


def _cascade_for_pack(reader: queries.Reader, year: int, lang: str,
                      region: str) -> tuple[list[tuple[str, object]], list[int]]:
    """The cascade and amplification charts of GDP growth for a year's pack, and the obs ids they
    draw, when a level above the district has a target for it; none otherwise."""
    v = cascade_view(reader, "gdp_growth", year, region)
    if "gdp_growth" not in v.indicators:
        return [], []
    figs = cascade_figures(reader, v, lang, region)
    return ([("cascade", figs["cascade"]), ("amplification", figs["amplification"])],
            cascade_ids(v, "cascade") + cascade_ids(v, "amplification"))


def cascade_ids(v, kind: str) -> list[int]:
    """The obs ids a cascade chart draws (its sources line names their documents)."""
    df = v.peers_tva if kind == "peers" else v.tva
    if kind == "amplification":   # it draws targets only, of every year
        return [int(x) for x in df["target_obs_id"].dropna()]
    df = df[df["year"] == v.year]
    return [int(x) for x in pd.concat([df["target_obs_id"], df["actual_obs_id"]]).dropna()]


def briefing(reader: queries.Reader, year: int, lang: str, fmt: str, progress=None,
             today: str | None = None, region: str | None = None) -> tuple[bytes, str]:
    """The year's briefing pack: cover, scorecard, each targeted indicator's chart, the table of
    targets and outcomes, and the sources (PDF); or the charts as PPTX slides or PNG+SVG in a ZIP."""
    from datetime import date

    if fmt not in export.PACK_FORMATS:
        raise export.ExportError(f"format {fmt!r} is not offered; choose one of {', '.join(export.PACK_FORMATS)}")
    today = today or date.today().isoformat()
    inds = _inds(reader)
    lo, hi = reader.call(queries.year_range)
    if region is not None and region not in reader.call(queries.regions):
        raise export.ExportError(f"unknown region {region!r}")
    region = region or reader.call(queries.default_region)
    tva_all = reader.call(queries.target_vs_actual, region=region)
    years = set(int(y) for y in tva_all.loc[tva_all["target_obs_id"].notna(), "year"])
    if year not in years:
        raise export.ExportError(f"no targets for {year}; years with targets: {', '.join(map(str, sorted(years)))}")
    tva = tva_all[tva_all["year"] == year]
    keys = [k for k in inds["key"] if k in set(tva.loc[tva["target_obs_id"].notna(), "indicator"])][:12]
    ids_ = [int(v) for v in pd.concat([tva["target_obs_id"], tva["actual_obs_id"]]).dropna()]
    sources = reader.call(queries.sources_for, ids_)
    titles = _titles(sources)
    figures: list[tuple[str, object]] = [("scorecard", charts.scorecard(tva_all, inds, lang, lo, max(year, lo)))]
    for key in keys:
        ind = inds[inds["key"] == key].iloc[0].to_dict()
        obs, tva_key = _series(reader, key, region)
        figures.append((key, charts.indicator_chart(obs, tva_key, ind, lang, lo, min(hi, max(year, lo)))))
    figures.append(("targets", charts.dumbbell(tva, lang, year)))
    cascade, cascade_obs = _cascade_for_pack(reader, year, lang, region)
    if cascade:   # the district's target beside the nation's, the province's and the city's
        figures += cascade
        sources = reader.call(queries.sources_for, sorted(set(ids_) | set(cascade_obs)))
        titles = _titles(sources)
    figures = [(name, export.for_export(fig, sources=titles, lang=lang, today=today)) for name, fig in figures]
    name = f"luohu-briefing-{year}-{lang}.{fmt}" if region == reader.call(queries.default_region) \
        else f"briefing-{region}-{year}-{lang}.{fmt}"
    if fmt == "pdf":
        built = reader.call(queries.build_info).get("built_at")
        pages = [export.cover(year, lang, built, today, region), *[f for _, f in figures],
                 export.targets_table(tva, inds, lang, year), *export.sources_pages(sources, inds, lang)]
        return export.pack_pdf(pages, progress), name
    if fmt == "pptx":
        pictures = [(n, f) for n, f in figures if n in ("cascade", "amplification")]
        return _deck(reader, inds, keys, tva, tva_all, sources, titles, figures[0][1], year, lo, hi, lang, today,
                     region, progress, pictures), name
    return export.pack_zip(figures, sources, progress), name


def _indicator_slide(reader, ind: dict, region: str, lang: str, years: list[int], sources_line: str):
    """One indicator's numbers for a native chart: the outcome each verdict used and the chosen
    target, year by year, in the indicator's unit (figures in another unit are named in a note)."""
    from components.format import own_unit
    from components.i18n import name_of, qualifier_label, t, unit_label
    from components.rules import bound_of

    obs, tva = _series(reader, ind["key"], region)
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
            labels.append(charts.fmt_value(r["target_value"], hi_, unit, r["target_qualifier"], lang))
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


def _deck(reader, inds, keys, tva, tva_all, sources, titles, scorecard_fig, year, lo, hi, lang, today, region,
          progress, pictures: list[tuple[str, object]] = ()) -> bytes:
    from components.i18n import t

    years = list(range(lo, min(hi, max(year, lo)) + 1))
    label = "资料来源" if lang == "zh" else "Sources"
    line = f"{label}: {export.source_names(titles, lang, most=6)} · {today}"
    indicators = [_indicator_slide(reader, inds[inds["key"] == k].iloc[0].to_dict(), region, lang, years, line)
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


MAX_DOWNLOAD_ROWS = 200_000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """OWASP's rule against CSV injection: a text cell that a spreadsheet would run as a formula
    (starting with = + - @, a tab or a carriage return) gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        try:
            float(value)
            return value   # "-5.6" is a number written as text: leave it
        except ValueError:
            return "'" + value
    return value


def download_frame(rows) -> pd.DataFrame:
    """The rows a browser sent back (untrusted): known columns only, at most MAX_DOWNLOAD_ROWS, cells
    made spreadsheet-safe, whole numbers as integers (324, not 324.0)."""
    rows = [r for r in (rows if isinstance(rows, list) else [])[:MAX_DOWNLOAD_ROWS] if isinstance(r, dict)]
    df = pd.DataFrame(rows, columns=layout.DATA_COLUMNS)
    df = df[[c for c in layout.DATA_COLUMNS if c in df.columns]]
    for col in df.columns:
        numeric = pd.to_numeric(df[col], errors="coerce")
        if df[col].notna().any() and numeric.notna().sum() == df[col].notna().sum() \
                and (numeric.dropna() % 1 == 0).all() and df[col].map(lambda v: not isinstance(v, str)).all():
            df[col] = numeric.astype("Int64")
        else:
            df[col] = df[col].map(spreadsheet_safe)
    return df


def send_csv(df: pd.DataFrame, name: str) -> dict:
    """A table as a CSV download: UTF-8 with a BOM, so that Excel on Chinese Windows reads it."""
    return dcc.send_bytes(("\ufeff" + df.to_csv(index=False)).encode("utf-8"), name)


def _cell(row, key: str):
    """A value of a frame's row (a Series or a dict), pandas' missing values as None."""
    v = row.get(key)
    return None if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)) else v


def attainment_frame(reader: queries.Reader, lang: str, region: str | None = None) -> pd.DataFrame:
    """Targets against outcomes, one row per indicator and year: the target as stated and its hedge,
    the outcome the verdict used (its status, basis and tier), the gap, the verdict, the rule in
    words and the sources of both."""
    from components.format import own_unit
    from components.i18n import name_of, t
    from components.rules import row_sentence

    region = region if region in reader.call(queries.regions) else reader.call(queries.default_region)
    df = reader.call(queries.attainment_sources, [region])
    rows = []
    for _, r in df.iterrows():
        def cell(k, r=r):
            return _cell(r, k)
        rows.append({
            "indicator": r["indicator"], "name": name_of(r, lang), "year": int(r["year"]),
            "target": charts.fmt_value(cell("target_value"), cell("target_value_high"), own_unit(r, "target"),
                                       cell("target_qualifier"), lang) or None,
            "target_value": cell("target_value"), "target_value_high": cell("target_value_high"),
            "target_unit": cell("target_unit"), "hedge": cell("target_qualifier"),
            "outcome": charts.fmt_value(cell("actual_value"), None, own_unit(r, "actual"), cell("actual_qualifier"),
                                        lang) or None,
            "outcome_value": cell("actual_value"), "outcome_unit": cell("actual_unit"),
            "outcome_status": cell("actual_status"), "outcome_basis": cell("actual_basis"),
            "outcome_tier": cell("outcome_tier"),
            "gap": cell("gap"), "gap_pct": cell("gap_pct"), "verdict": t(r["attainment"], lang),
            "rule": row_sentence(r, lang) if cell("target_obs_id") is not None else None,
            "target_source": cell("target_doc") or cell("target_source"), "target_url": cell("target_url"),
            "outcome_source": cell("outcome_doc") or cell("outcome_source"), "outcome_url": cell("outcome_url"),
        })
    out = pd.DataFrame(rows)
    return out.apply(lambda col: col.map(spreadsheet_safe)) if not out.empty else out


def attainment_download(reader: queries.Reader, fmt: str, lang: str, region: str | None = None) -> dict:
    df = attainment_frame(reader, lang, region)
    name = f"luohu-targets-vs-outcomes-{lang}"
    if fmt == "xlsx":
        sources = pd.concat([
            df[["target_source", "target_url"]].rename(columns={"target_source": "source", "target_url": "source_url"}),
            df[["outcome_source", "outcome_url", "outcome_tier"]].rename(
                columns={"outcome_source": "source", "outcome_url": "source_url", "outcome_tier": "source_tier"})])
        sources = sources.dropna(subset=["source"]).groupby(["source", "source_url"], dropna=False).size() \
            .reset_index(name="rows")
        extra = ["gap: percentage points for rates, % of the target (gap_pct) for levels",
                 "target_unit / outcome_unit: the unit each was stated in; pct = percent"]
        data = workbook([("targets_vs_outcomes", df), ("sources", sources.map(spreadsheet_safe)),
                         ("notes", _notes_sheet(list(df.columns), {}, lang, extra).map(spreadsheet_safe))])
        return dcc.send_bytes(data, name + ".xlsx")
    return send_csv(df, name + ".csv")


def cascade_frame(reader: queries.Reader, key: str, lang: str, region: str | None = None) -> pd.DataFrame:
    """The Cascade page's figures as a table a researcher can use: one row per place and year of the
    indicator, for the district's levels (top first) and its peers: the target as stated, its point
    value and hedge, the outcome the verdict used, the verdict, the amplification against the top
    level, and both statements' source, address and quote."""
    from components import cascade
    from components.format import own_unit
    from components.i18n import t

    places = regions_of()
    region = region if region in reader.call(queries.regions) else reader.call(queries.default_region)
    v = cascade_view(reader, key, None, region)
    amp = {(a.region, a.year): a.value for a in cascade.amplification(v.tva, v.names)}
    groups = [("cascade", v.names), ("peers", [n for n in v.peers if n not in v.names])]
    by_place = reader.call(queries.attainment_sources, [n for _, names in groups for n in names], key).groupby("region")
    rows = []
    for group, names in groups:
        for name in names:
            place = places.by_name(name)
            found = by_place.get_group(name).to_dict("records") if name in by_place.groups else []
            for r in found:
                def cell(k, r=r):
                    return _cell(r, k)
                rows.append({
                    "group": group, "place": name, "place_en": place.name_en if place else name,
                    "level": place.level if place else None, "indicator": key, "year": int(r["year"]),
                    "target": charts.fmt_value(cell("target_value"), cell("target_value_high"), own_unit(r, "target"),
                                               cell("target_qualifier"), lang) or None,
                    "target_point": cascade.target_point(r), "hedge": cell("target_qualifier"),
                    "outcome": charts.fmt_value(cell("actual_value"), None, own_unit(r, "actual"),
                                                cell("actual_qualifier"), lang) or None,
                    "outcome_value": cell("actual_value"), "outcome_status": cell("actual_status"),
                    "outcome_tier": cell("outcome_tier"), "verdict": t(r["attainment"], lang),
                    "amplification_pp": amp.get((name, int(r["year"]))),
                    "target_source": cell("target_doc") or cell("target_source"), "target_url": cell("target_url"),
                    "target_quote": cell("target_quote"),
                    "outcome_source": cell("outcome_doc") or cell("outcome_source"), "outcome_url": cell("outcome_url"),
                    "outcome_quote": cell("outcome_quote"),
                })
    out = pd.DataFrame(rows)
    return out.apply(lambda col: col.map(spreadsheet_safe)) if not out.empty else out


def cascade_download(reader: queries.Reader, fmt: str, lang: str, key: str | None, region: str | None = None) -> dict:
    """The cascade table as CSV or XLSX (with a notes sheet), for the page's indicator."""
    if key not in set(_inds(reader)["key"]):
        key = "gdp_growth"
    df = cascade_frame(reader, key, lang, region)
    name = f"cascade-{key}-{lang}"
    if fmt == "xlsx":
        extra = ["target_point: the target's number, or the middle of its range; empty for a target in words",
                 "amplification_pp: the place's target_point minus the top level's (the nation, for GDP growth)",
                 "group: cascade (the levels above the district, and the district) or peers (same city)"]
        data = workbook([("cascade", df), ("notes", _notes_sheet(list(df.columns), {}, lang, extra).map(spreadsheet_safe))])
        return dcc.send_bytes(data, name + ".xlsx")
    return send_csv(df, name + ".csv")


MAX_COLUMN_WIDTH = 60


def workbook(sheets: list[tuple[str, pd.DataFrame]]) -> bytes:
    """An XLSX an analyst can use at once: on every sheet a frozen header row, filters on it, and
    column widths that fit their content (capped)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        for name, df in sheets:
            df.to_excel(writer, index=False, sheet_name=name[:31])
            ws = writer.sheets[name[:31]]
            ws.freeze_panes = "A2"
            if ws.max_row >= 1 and ws.max_column >= 1:
                ws.auto_filter.ref = ws.dimensions
            for i, col in enumerate(df.columns, start=1):
                longest = max([len(str(col))] + [len(str(v)) for v in df[col].head(2000) if v is not None])
                ws.column_dimensions[ws.cell(1, i).column_letter].width = min(MAX_COLUMN_WIDTH, max(8, longest + 2))
    return buf.getvalue()


def _sources_sheet(df: pd.DataFrame) -> pd.DataFrame:
    """The distinct sources of the rows: title, address, tier, how many rows cite it."""
    cols = [c for c in ("doc_title", "source_title", "source_url", "source_tier") if c in df.columns]
    if not cols:
        return pd.DataFrame(columns=["source", "source_url", "source_tier", "rows"])
    out = df[cols].copy()
    out["source"] = out.get("doc_title", pd.Series(index=out.index, dtype=object)).combine_first(
        out.get("source_title", pd.Series(index=out.index, dtype=object)))
    keep = [c for c in ("source", "source_url", "source_tier") if c in out.columns]
    return out.groupby(keep, dropna=False).size().reset_index(name="rows").sort_values("rows", ascending=False)


def _notes_sheet(columns: list[str], described: dict[str, tuple[str, str]], lang: str, extra: list[str]) -> pd.DataFrame:
    from components.i18n import column_label

    rows = [{"column": c, "label": column_label(c, lang),
             "description": described.get(c, ("", ""))[0 if lang == "zh" else 1]} for c in columns]
    rows += [{"column": "", "label": "", "description": line} for line in extra]
    return pd.DataFrame(rows)


def _described(reader: queries.Reader | None) -> dict[str, tuple[str, str]]:
    if reader is None:
        return {}
    d = reader.call(queries.data_dictionary)
    return {r["column_name"]: (r["description_zh"], r["description_en"]) for _, r in d.iterrows()}


def download(rows: list[dict] | None, fmt: str, reader: queries.Reader | None = None, lang: str = "zh") -> dict:
    """The grid's current rows (filtered and sorted as shown) as CSV (UTF-8 with a BOM, so Excel on
    Chinese Windows reads it) or XLSX (the rows, their sources, and notes on every column), with
    every column."""
    df = download_frame(rows)
    if fmt == "xlsx":
        notes = _notes_sheet(list(df.columns), _described(reader), lang,
                             [t_ for t_ in ("unit: pct = percent (8.5 = 8.5%)",) if "unit" in df.columns])
        data = workbook([("observations", df), ("sources", _sources_sheet(df).map(spreadsheet_safe)),
                         ("notes", notes.map(spreadsheet_safe))])
        return dcc.send_bytes(data, "luohu-observations.xlsx")
    return send_csv(df, "luohu-observations.csv")
