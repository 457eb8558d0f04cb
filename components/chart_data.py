"""A chart's data as a reader downloads it (issue 24): exactly the points the figure draws, each
with the figure it stands for (its unit, basis, status, source document and address), read from the
figure itself so that the file and the chart can never differ. Figures and records in, a table out."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from components.format import fmt_value, is_missing
from components.i18n import place_label, t, unit_label
from components.provenance import source_name

# the gap panel (y2) draws differences, not figures: its points are not the chart's data
FIGURE_AXES = (None, "y", "y3")
COLUMNS = ["place", "year", "series", "value_drawn", "unit_drawn", "stated", "value", "value_high", "unit", "basis",
           "status", "kind", "document", "address", "quote", "obs_id", "computed_from"]


def _axis(fig: go.Figure, name: str | None):
    key = "yaxis" if name in (None, "y") else "yaxis" + name[1:]
    return fig.layout[key] if key in fig.layout else None


def chart_points(fig: go.Figure) -> list[dict]:
    """Every point the figure draws that stands for a figure of the database: its obs id, the trace
    it belongs to, x and y as drawn, the unit of its axis and the ids it was computed from (a trace's
    `meta`, for computed views). Points a log axis cannot draw (≤ 0) are not drawn, so not listed."""
    out = []
    for tr in fig.data:
        if tr.customdata is None or tr.yaxis not in FIGURE_AXES:
            continue
        axis = _axis(fig, tr.yaxis)
        log = axis is not None and axis.type == "log"
        unit = axis.title.text if axis is not None and axis.title and axis.title.text else ""
        ys = list(tr.y) if tr.y is not None else [None] * len(tr.customdata)
        meta = tr.meta if isinstance(tr.meta, list | tuple) and len(tr.meta) == len(tr.customdata) else None
        for i, obs_id in enumerate(tr.customdata):
            y = ys[i] if i < len(ys) else None
            if is_missing(obs_id) or (log and (y is None or y <= 0)):
                continue
            out.append({"obs_id": int(obs_id), "series": tr.name or "", "x": tr.x[i], "y": y, "unit_drawn": unit,
                        "computed_from": list(meta[i]) if meta is not None else None})
    return out


def address_of(row: dict, origin: str = "") -> str:
    """Where a figure can be checked: its web page, else the app's reader at its sentence."""
    if isinstance(row.get("source_url"), str) and row["source_url"].strip():
        return row["source_url"].strip()
    if isinstance(row.get("doc_id"), str):
        from components.params import href

        return origin.rstrip("/") + href("/sources", "zh", doc=row["doc_id"], obs=int(row["obs_id"]))
    return ""


def chart_table(fig: go.Figure, obs_by_id: dict[int, dict], lang: str, origin: str = "") -> pd.DataFrame:
    """One row per point drawn (COLUMNS, named as in the page's language by `labelled`)."""
    rows = []
    for p in chart_points(fig):
        r = obs_by_id.get(p["obs_id"])
        if r is None:
            continue
        rows.append({
            "place": place_label(r["region"], lang) if isinstance(r.get("region"), str) else "",
            "year": int(r["year"]), "series": p["series"], "value_drawn": p["y"], "unit_drawn": p["unit_drawn"],
            "stated": fmt_value(r["value"], r["value_high"], r["unit"], r["qualifier"], lang),
            "value": r["value"], "value_high": r["value_high"], "unit": unit_label(r["unit"], lang),
            "basis": t("basis_comparable" if r.get("basis") == "comparable" else "basis_reported", lang),
            "status": t(r["status"], lang) if isinstance(r.get("status"), str) else "",
            "kind": t("target" if r["kind"] == "target" else "outcome", lang),
            "document": source_name(r), "address": address_of(r, origin), "quote": r.get("quote") or "",
            "obs_id": int(r["obs_id"]),
            "computed_from": " ".join(map(str, p["computed_from"])) if p["computed_from"] else "",
        })
    rows.sort(key=lambda r: (r["place"], r["year"]))
    return pd.DataFrame(rows, columns=COLUMNS)


def labelled(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table with its headers in the page's language (components/words_tools.py, csv_*)."""
    return df.rename(columns={c: t("csv_" + c, lang) for c in df.columns})


def csv_bytes(df: pd.DataFrame, lang: str) -> bytes:
    """The table as CSV, UTF-8 with a BOM (Excel on Chinese Windows reads it), every text cell made
    spreadsheet-safe."""
    from components.downloads import spreadsheet_safe

    safe = df.astype(object).where(df.notna(), None).apply(lambda col: col.map(spreadsheet_safe))
    return ("\ufeff" + labelled(safe, lang).to_csv(index=False)).encode("utf-8")


def plain_title(fig: go.Figure) -> str:
    """A chart's title without its subtitle or markup."""
    text = (fig.layout.title.text or "").split("<br>")[0]
    return re.sub(r"<[^>]+>", "", text).strip()


def chart_sources(fig: go.Figure, obs_by_id: dict[int, dict]) -> list[tuple[str, str]]:
    """(place, document) of the points drawn, latest figure first, each once."""
    seen, out = set(), []
    rows = [obs_by_id[p["obs_id"]] for p in chart_points(fig) if p["obs_id"] in obs_by_id]
    for r in sorted(rows, key=lambda r: -int(r["year"])):
        item = (r.get("region") or "", source_name(r))
        if item[1] and item not in seen:
            seen.add(item)
            out.append(item)
    return out
