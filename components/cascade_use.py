"""The cascade use case, for the cascade page and its exports alike: which places, indicator and
year a view shows (`cascade_view`, where the defaults are decided), its three charts
(`cascade_figures`) and the obs ids each chart draws (`cascade_ids`, for its sources line)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from components import cascade_charts, memo, reads
from components.charts import point_ids
from components.i18n import t
from components.provenance import source_line
from components.vocabulary import current as vocabulary
from etl.store import queries


@dataclass(frozen=True)
class CascadeView:
    key: str                    # the indicator
    year: int
    names: list[str]            # the cascade, top first, the region last
    peers: list[str]            # the region's peers (same level, same parent)
    tva: pd.DataFrame           # the indicator's attainment rows of the cascade
    peers_tva: pd.DataFrame     # ... and of the peers
    indicators: list[str]       # the indicators with targets at two levels or more


def cascade_view(reader: queries.Reader, key: str | None, year: int | None, region: str) -> CascadeView:
    """The rows behind the cascade page and its exports (one place decides the defaults)."""
    places = vocabulary().places
    names = [r.name_zh for r in places.chain(region)] or [region]
    peers = [r.name_zh for r in places.peers(region)] or [region]
    available = reader.call(queries.cascade_indicators, names)
    if key is None:
        first = reads.headline(reader)
        key = first if first in available or not available else available[0]
    tva = reader.call(queries.attainment_of, key, names)
    if year is None:   # the latest year where the region and the level above it both set a target
        own = tva[(tva["region"] == names[-1]) & tva["target_obs_id"].notna()]
        above = tva[(tva["region"] != names[-1]) & tva["target_obs_id"].notna()]
        both = sorted(set(own["year"]) & set(above["year"]))
        year = int(both[-1]) if both else int(tva["year"].max()) if not tva.empty else reader.call(queries.year_range)[1]
    return CascadeView(key, int(year), names, peers, tva, reader.call(queries.attainment_of, key, peers), available)


def cascade_figures(reader: queries.Reader, v: CascadeView, lang: str, region: str) -> dict:
    """The page's three charts, built once per database file and view."""
    inds = reads.indicators(reader)
    ind = inds[inds["key"] == v.key].iloc[0].to_dict()
    places = vocabulary().places
    lo, hi = reader.call(queries.year_range)
    def build():
        figs = {
            "cascade": cascade_charts.cascade_year(v.tva, v.names, places, ind, lang, v.year),
            "amplification": cascade_charts.amplification_chart(v.tva, v.names, places, ind, lang, lo, hi),
            "peers": cascade_charts.peers_dumbbell(v.peers_tva, v.peers, ind, lang, v.year, region),
        }
        # the general line ("the district's work reports") is not true of the nation's figures: each
        # chart's documents are listed under it on the page (cascade_sources), and in its exports
        return {kind: with_source_text(fig, t("sources_below", lang) if point_ids(fig) else "")   # a chart of nothing has none
                for kind, fig in figs.items()}
    return memo.remember(reader, ("cascade_figures", v.key, v.year, lang, region), build)


def with_source_text(fig, text: str):
    """The figure with `text` as its source line on the screen, in both its layouts (charts.figure's
    meta); an export puts the chart's own documents there (components/export.py::for_export)."""
    def swap(annotations):
        return [{**a, "text": text} if a.get("name") == "source-line" else a for a in annotations or []]
    layout = fig.layout.to_plotly_json()
    meta = layout.get("meta")
    update = {"annotations": swap(layout.get("annotations"))}
    if isinstance(meta, dict) and "narrow" in meta:
        update["meta"] = {**meta, **{k: {**meta[k], "annotations": swap(meta[k].get("annotations"))}
                                     for k in ("narrow", "wide") if isinstance(meta.get(k), dict)}}
    fig.update_layout(update)
    return fig


def cascade_sources(reader: queries.Reader, v: CascadeView, figs: dict, lang: str) -> dict[str, str]:
    """The source line of each chart (`figs`, by kind) and table (records, league) of the cascade page:
    the documents behind the figures it shows, each under its place; '' for one that shows none."""
    def line(ids) -> str:
        ids = sorted({int(i) for i in ids})
        return source_line(reader.call(queries.sources_for, ids), lang) if ids else ""

    def judged(df: pd.DataFrame) -> list:
        return list(pd.concat([df["target_obs_id"], df["actual_obs_id"]]).dropna())

    return {**{kind: line(point_ids(fig)) for kind, fig in figs.items()},
            "records": line(judged(v.tva)), "league": line(judged(v.peers_tva))}


def cascade_ids(v, kind: str) -> list[int]:
    """The obs ids a cascade chart draws (its sources line names their documents)."""
    df = v.peers_tva if kind == "peers" else v.tva
    if kind == "amplification":   # it draws targets only, of every year
        return [int(x) for x in df["target_obs_id"].dropna()]
    df = df[df["year"] == v.year]
    return [int(x) for x in pd.concat([df["target_obs_id"], df["actual_obs_id"]]).dropna()]
