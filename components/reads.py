"""The reads that the page views, the cascade and the exports share: the indicator catalogue, one
indicator's series (built once per database file) and the region as an address names it."""

from __future__ import annotations

import pandas as pd

from components import memo
from components.charts import records
from etl.store import queries


def indicators(reader: queries.Reader) -> pd.DataFrame:
    """The indicator catalogue."""
    return reader.call(queries.indicators)


def headline(reader: queries.Reader) -> str:
    """The first headline indicator (data/indicators.csv, column headline): what a page or an export
    shows when none is asked for."""
    inds = indicators(reader)
    cards = inds[inds["headline"].notna()].sort_values("headline")
    return str((cards if not cards.empty else inds)["key"].iloc[0])


def series(reader: queries.Reader, key: str, region: str | None) -> tuple[list[dict], list[dict]]:
    """One indicator's observations and attainment rows in a region, as records, built once per
    database file."""
    obs = memo.remember(reader, ("records", "observations", key, region),
                      lambda: records(reader.call(queries.observations, [key], region=region)))
    tva = memo.remember(reader, ("records", "target_vs_actual", key, region),
                      lambda: records(reader.call(queries.target_vs_actual, [key], region=region)))
    return obs, tva


def region_param(reader: queries.Reader, region: str) -> str | None:
    """The region as an address names it: None for the default region."""
    return None if region == reader.call(queries.default_region) else region
