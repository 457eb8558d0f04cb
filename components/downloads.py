"""The tables as files, used by the app's download buttons: the data grid's rows, targets against
outcomes, and the cascade, each as CSV (UTF-8 with a BOM) or XLSX (with its sources and notes on
every column). Every text cell is made spreadsheet-safe."""

from __future__ import annotations

import csv
import io
import math
import numbers
import os

import pandas as pd
from dash import dcc

from components import layout, reads
from components.cascade_use import cascade_view
from components.vocabulary import current as vocabulary
from etl.store import queries

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



def download_frame(rows, columns: list[str] | None = None) -> pd.DataFrame:
    """The rows a browser sent back (untrusted): known columns only (the grid's, unless `columns`
    says), at most MAX_DOWNLOAD_ROWS, cells made spreadsheet-safe, whole numbers as integers (324, not
    324.0). A number no spreadsheet holds exactly (beyond 2**53, infinite, or huge) is written as its
    text, never a server error."""
    columns = columns or layout.DATA_COLUMNS
    rows = [r for r in (rows if isinstance(rows, list) else [])[:MAX_DOWNLOAD_ROWS] if isinstance(r, dict)]
    df = pd.DataFrame(rows, columns=columns, dtype=object)
    df = df[[c for c in columns if c in df.columns]]
    for col in df.columns:
        cells = pd.Series([_plain_cell(v) for v in df[col]], index=df.index, dtype=object)   # map() made 324 324.0
        present = [v for v in cells if v is not None]
        if present and all(isinstance(v, int) for v in present):
            df[col] = pd.array(list(cells), dtype="Int64")
        else:
            df[col] = cells.map(spreadsheet_safe)
    return df


def csv_text(rows, columns: list[str] | None = None) -> str:
    """`download_frame(rows, columns).to_csv(index=False)`, written directly when every column is of
    a kind whose text is certain (whole numbers; numbers some with a fraction; text), else through
    pandas. The same text either way (tests/test_burst.py compares the two on any rows); several times
    quicker for the short tables the data API sends (a pandas frame costs about 0.1 ms a column)."""
    columns = columns or layout.DATA_COLUMNS
    rows = [r for r in (rows if isinstance(rows, list) else [])[:MAX_DOWNLOAD_ROWS] if isinstance(r, dict)]
    texts = [_column_texts([_plain_cell(r.get(col)) for r in rows]) for col in columns]
    if len(set(columns)) != len(columns) or any(t is None for t in texts):
        return download_frame(rows, columns).to_csv(index=False)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=os.linesep, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(zip(*texts, strict=True))
    return out.getvalue()


def _column_texts(cells: list) -> list[str] | None:
    """A column's cells as pandas writes them in `download_frame`'s frame: whole numbers as integers,
    a column of numbers with a fraction as floats (324 as 324.0), text made spreadsheet-safe; None
    for a column of any other kind (bools, or text and numbers mixed), which pandas writes."""
    present = [v for v in cells if v is not None]
    if present and all(isinstance(v, int) for v in present):
        return ["" if v is None else str(int(v)) for v in cells]
    if all(isinstance(v, str) for v in present):
        return ["" if v is None else spreadsheet_safe(v) for v in cells]
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return ["" if v is None else repr(float(v)) for v in cells]
    return None


EXACT = 2**53       # the largest whole number a spreadsheet (a double) holds exactly


def _plain_cell(value):
    """A cell from the browser as a spreadsheet holds it: a whole number as int, another finite
    number as float, a number no spreadsheet holds (out of range, infinite) as its text, a list or
    an object as its text, a string or a boolean unchanged, None and NaN as None."""
    if value is None or isinstance(value, str | bool):
        return value
    if not isinstance(value, numbers.Real):
        return _number_text(value)
    if isinstance(value, numbers.Integral):
        return int(value) if -EXACT <= value <= EXACT else _number_text(value)
    value = float(value)
    if math.isnan(value):
        return None
    if not math.isfinite(value) or abs(value) > EXACT:
        return _number_text(value)
    return int(value) if value.is_integer() else value


def _number_text(value) -> str:
    try:
        return str(value)
    except ValueError:          # an integer of more digits than Python will print
        return "(a number too long to write)"


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
    from components.format import fmt_value, own_unit
    from components.i18n import name_of, place_label, t
    from components.rules import row_sentence

    region = region if region in reader.call(queries.regions) else reader.call(queries.default_region)
    df = reader.call(queries.attainment_sources, [region])
    rows = []
    for _, r in df.iterrows():
        def cell(k, r=r):
            return _cell(r, k)
        rows.append({
            "region": place_label(r["region"], lang) if isinstance(r.get("region"), str) else place_label(region, lang),
            "indicator": r["indicator"], "name": name_of(r, lang), "year": int(r["year"]),
            "target": fmt_value(cell("target_value"), cell("target_value_high"), own_unit(r, "target"),
                                       cell("target_qualifier"), lang) or None,
            "target_value": cell("target_value"), "target_value_high": cell("target_value_high"),
            "target_unit": cell("target_unit"), "hedge": cell("target_qualifier"),
            "outcome": fmt_value(cell("actual_value"), None, own_unit(r, "actual"), cell("actual_qualifier"),
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
        sources.insert(0, "region", df["region"].iloc[0] if len(df) else None)
    extra = [("差距:增速类为百分点,总量类见差距占目标%", "gap: percentage points for rates, % of the target (gap_pct) for levels"),
             ("目标单位、完成单位:各自表述所用的单位;pct表示百分数", "target_unit / outcome_unit: the unit each was stated in; pct = percent")]
    return table_download(df, "targets_vs_outcomes", fmt, lang, name, reader, extra,
                          sources if fmt == "xlsx" else None)



def cascade_frame(reader: queries.Reader, key: str, lang: str, region: str | None = None) -> pd.DataFrame:
    """The Cascade page's figures as a table a researcher can use: one row per place and year of the
    indicator, for the district's levels (top first) and its peers: the target as stated, its point
    value and hedge, the outcome the verdict used, the verdict, the amplification against the top
    level, and both statements' source, address and quote."""
    from components import cascade
    from components.format import fmt_value, own_unit, round_like
    from components.i18n import t

    places = vocabulary().places
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
                    "target": fmt_value(cell("target_value"), cell("target_value_high"), own_unit(r, "target"),
                                               cell("target_qualifier"), lang) or None,
                    "target_point": round_like(cascade.target_point(r), cell("target_value"),
                                               cell("target_value_high"), extra=1), "hedge": cell("target_qualifier"),
                    "outcome": fmt_value(cell("actual_value"), None, own_unit(r, "actual"),
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
    if key not in set(reads.indicators(reader)["key"]):
        key = reads.headline(reader)
    df = cascade_frame(reader, key, lang, region)
    return table_download(df, "cascade", fmt, lang, f"cascade-{key}-{lang}", reader)



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
    """The distinct sources of the rows: the place of the rows citing it, title, address, tier, how
    many rows cite it."""
    cols = [c for c in ("region", "doc_title", "source_title", "source_url", "source_tier") if c in df.columns]
    if not {"doc_title", "source_title", "source_url"} & set(cols):
        return pd.DataFrame(columns=["region", "source", "source_url", "source_tier", "rows"])
    out = df[cols].copy()
    out["source"] = out.get("doc_title", pd.Series(index=out.index, dtype=object)).combine_first(
        out.get("source_title", pd.Series(index=out.index, dtype=object)))
    keep = [c for c in ("region", "source", "source_url", "source_tier") if c in out.columns]
    return out.groupby(keep, dropna=False).size().reset_index(name="rows").sort_values("rows", ascending=False)



# the tables the descriptions of a download's columns are read from (data/dictionary.csv), first first
DESCRIBED_BY = {"observations": ("observations",), "targets_vs_outcomes": ("targets_vs_outcomes", "observations"),
                "cascade": ("cascade", "targets_vs_outcomes", "observations"), "sources": ("sources", "observations")}


def _notes_sheet(sheets: list[tuple[str, list[str]]], reader: queries.Reader | None, lang: str,
                 extra: list[tuple[str, str]]) -> pd.DataFrame:
    """Every column of every sheet: its sheet, name, label and description (data/dictionary.csv, in
    the download's language), then the general notes."""
    from components.i18n import column_label, sheet_label

    rows = []
    for table, columns in sheets:
        described = _described(reader, DESCRIBED_BY.get(table, (table,)))
        rows += [{"sheet": sheet_label(table, lang), "column": c, "label": column_label(c, lang, table),
                  "description": described.get(c, ("", ""))[0 if lang == "zh" else 1]} for c in columns]
    rows += [{"sheet": "", "column": "", "label": "", "description": line[0 if lang == "zh" else 1]} for line in extra]
    return pd.DataFrame(rows, columns=["sheet", "column", "label", "description"])



def _described(reader: queries.Reader | None, tables: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Column -> (description_zh, description_en), from the first of `tables` that describes it."""
    if reader is None:
        return {}
    d = reader.call(queries.data_dictionary)
    out: dict[str, tuple[str, str]] = {}
    for table in reversed(tables):
        out |= {r["column_name"]: (r["description_zh"], r["description_en"])
                for _, r in d[d["table_name"] == table].iterrows()}
    return out



def labelled(df: pd.DataFrame, lang: str, table: str) -> pd.DataFrame:
    """A table as written to a file: headers in Chinese in Chinese (the column names in English)."""
    from components.i18n import column_label

    return df.rename(columns={c: column_label(c, lang, table) for c in df.columns}) if lang == "zh" else df



def table_download(df: pd.DataFrame, table: str, fmt: str, lang: str, name: str, reader: queries.Reader | None,
                   extra: list[tuple[str, str]] = (), sources: pd.DataFrame | None = None) -> dict:
    """A table as CSV (UTF-8 with a BOM) or XLSX: the rows, their sources (when given) and notes on
    every column of both; headers in the download's language."""
    from components.i18n import sheet_label

    if fmt != "xlsx":
        return send_csv(labelled(df, lang, table), name + ".csv")
    sheets = [(table, df)] + ([("sources", sources.map(spreadsheet_safe))] if sources is not None else [])
    notes = _notes_sheet([(k, list(frame.columns)) for k, frame in sheets], reader, lang, list(extra))
    data = workbook([(sheet_label(k, lang), labelled(frame, lang, k)) for k, frame in sheets]
                    + [(sheet_label("notes", lang), labelled(notes.map(spreadsheet_safe), lang, "notes"))])
    return dcc.send_bytes(data, name + ".xlsx")



def download(rows: list[dict] | None, fmt: str, reader: queries.Reader | None = None, lang: str = "en") -> dict:
    """The grid's current rows (filtered and sorted as shown) as CSV (UTF-8 with a BOM, so Excel on
    Chinese Windows reads it) or XLSX (the rows, their sources, and notes on every column), with
    every column, the region of each row among them. Headers in Chinese in Chinese; in English (the
    default, what the API's series CSV also gives) the columns' names."""
    df = download_frame(rows)
    extra = [("单位:pct表示百分数(8.5即8.5%)", "unit: pct = percent (8.5 = 8.5%)")] if "unit" in df.columns else []
    return table_download(df, "observations", fmt, lang, "luohu-observations", reader, extra,
                          _sources_sheet(df) if fmt == "xlsx" else None)
