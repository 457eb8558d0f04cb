"""Pure use cases of the data API: (reader, checked parameters) -> a `Table` of rows (the lists) or
a dict (one observation, one document). The reads are the app's own (etl/store/queries.py through
the Reader and its cache); the rules in words, the choice of an outcome and the cascade arithmetic
are the components the pages use (rules.py, cascade.py, cascade_use.py)."""

from __future__ import annotations

import datetime as dt
import math
import threading
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from components import cascade, layout, memo
from components.api.checks import Known
from components.cascade_use import cascade_view
from components.vocabulary import current as vocabulary
from etl.store import queries


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[dict]
    meta: dict = field(default_factory=dict)     # more fields of the JSON answer (the query as applied …)


def plain(value):
    """A cell as JSON holds it: None for missing, Python numbers, dates as YYYY-MM-DD."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, dt.date):      # a datetime too
        return value.isoformat()
    return value


def records(df: pd.DataFrame, columns: list[str], renamed: dict[str, str] | None = None) -> list[dict]:
    """The frame's rows as the grid holds them (missing values as None), `columns` in order; a
    column of the answer may come from another of the frame (renamed: answer name -> frame name)."""
    renamed = renamed or {}
    source = [renamed.get(c, c) for c in columns]
    pairs = list(zip(columns, source, strict=True))
    return [{c: plain(r[s]) for c, s in pairs} for r in df[source].to_dict("records")]


_STRIPES = tuple(threading.RLock() for _ in range(64))   # re-entrant: the document reads `known`


def remember(reader: queries.Reader, key: tuple, compute, keep=None):
    """memo.remember, computed once when many requests want the same thing at once (50 scripts
    starting together would otherwise each build it): requests for one key wait for the first."""
    with _STRIPES[hash(key) % len(_STRIPES)]:
        return memo.remember(reader, key, compute, keep)


def known(reader: queries.Reader) -> Known:
    """The values parameters are checked against, read once per database file."""
    def build() -> Known:
        places = reader.call(queries.places).to_dict("records")
        english: dict[str, list[str]] = {}
        for r in places:
            english.setdefault(r["name_en"], []).append(r["code"] or r["name_zh"])
        names = {en: r["name_zh"] for r in places for en in [r["name_en"]] if len(english[en]) == 1}
        names |= {r["code"]: r["name_zh"] for r in places if isinstance(r["code"], str) and r["code"]}
        names |= {r["name_zh"]: r["name_zh"] for r in places}      # a Chinese name first, then a code
        return Known(frozenset(reader.call(queries.indicators)["key"]), names,
                     frozenset(c for c in (r["code"] for r in places) if isinstance(c, str) and c),
                     frozenset(vocabulary().levels) | frozenset(r["level"] for r in places),
                     {en: tuple(codes) for en, codes in english.items() if len(codes) > 1})
    return remember(reader, ("api", "known"), build)


def home(reader: queries.Reader) -> str:
    """The region a request means when it names none: the pages' default (the home district)."""
    return reader.call(queries.default_region)


# --- the lists ---------------------------------------------------------------------------------
INDICATOR_COLUMNS = ["key", "name_zh", "name_en", "family", "measure", "unit", "direction", "notes", "notes_zh",
                     "aliases", "former_names", "headline", "n_observations"]
REGION_COLUMNS = ["code", "name_zh", "name_en", "level", "parent", "short_zh", "home"]
DOCUMENT_COLUMNS = ["doc_id", "title", "doc_type", "doc_date", "report_year", "reviews_year", "plans_year", "region",
                    "address", "tier", "duplicate_of", "n_chars", "n_figures"]
_DOCUMENT_NAMES = {"address": "source_url", "tier": "source_tier"}
SERIES_COLUMNS = list(layout.DATA_COLUMNS)      # the data grid's columns, so its CSV and this one agree


def indicators_table(reader: queries.Reader, p: dict) -> Table:
    return Table(INDICATOR_COLUMNS, records(reader.call(queries.indicators), INDICATOR_COLUMNS))


def regions_table(reader: queries.Reader, p: dict) -> Table:
    df = reader.call(queries.places)
    if "level" in p:
        df = df[df["level"] == p["level"]]
    if "parent" in p:
        df = df[df["parent"] == p["parent"]]
    return Table(REGION_COLUMNS, records(df, REGION_COLUMNS))


def documents_table(reader: queries.Reader, p: dict) -> Table:
    df = reader.call(queries.documents, p.get("region"))
    return Table(DOCUMENT_COLUMNS, records(df, DOCUMENT_COLUMNS, _DOCUMENT_NAMES),
                 {"query": {"region": p.get("region")}})


def warm(reader: queries.Reader) -> None:
    """Read the home district's figures once, as the first series asked for will (`serve` calls this
    before the first request, so a burst of scripts at a start finds them ready)."""
    place_rows(reader, reader.call(queries.default_region))


def place_rows(reader: queries.Reader, region: str) -> list[dict]:
    """Every figure of one place as the data grid has them: one read (cached) and one conversion per
    place and database file, which any selection of indicators, years, kind and basis then cuts."""
    return remember(reader, ("api", "place_rows", region),
                    lambda: records(reader.call(queries.observations, None, None, None, region), SERIES_COLUMNS))


def _within(row: dict, p: dict, keys: set | None) -> bool:
    year = row["year"]
    return ((keys is None or row["indicator"] in keys)
            and ("from" not in p or (year is not None and year >= p["from"]))
            and ("to" not in p or (year is not None and year <= p["to"]))
            and all(row[name] == p[name] for name in ("kind", "basis") if name in p))


def series_table(reader: queries.Reader, p: dict) -> Table:
    """Every figure of the indicators (all when none is named) of one place, as the data grid has
    them, within the years and of the kind and basis asked for."""
    region = p.get("region") or home(reader)
    keys = list(p["indicator"]) if "indicator" in p else None
    chosen = set(keys) if keys else None
    rows = [row for row in place_rows(reader, region) if _within(row, p, chosen)]
    query = {"indicator": keys, "region": region, "from": p.get("from"), "to": p.get("to"),
             "kind": p.get("kind"), "basis": p.get("basis")}
    return Table(SERIES_COLUMNS, rows, {"query": query})


ATTAINMENT_COLUMNS = [
    "region", "indicator", "name_zh", "name_en", "year", "unit", "direction",
    "target_value", "target_value_high", "target_unit", "target_hedge", "target_basis", "target_method",
    "target_obs_id", "outcome_value", "outcome_hedge", "outcome_unit", "outcome_status", "outcome_basis",
    "outcome_tier", "outcome_obs_id", "gap", "gap_pct", "gap_better", "verdict", "bound", "tolerance",
    "rule_zh", "rule_en", "has_conflict", "has_revision", "target_document", "target_source", "target_url",
    "target_quote", "outcome_document", "outcome_source", "outcome_url", "outcome_quote"]
_ATTAINMENT_NAMES = {"target_hedge": "target_qualifier", "outcome_value": "actual_value",
                     "outcome_hedge": "actual_qualifier", "outcome_unit": "actual_unit",
                     "outcome_status": "actual_status", "outcome_basis": "actual_basis",
                     "outcome_obs_id": "actual_obs_id", "verdict": "attainment", "target_document": "target_doc",
                     "outcome_document": "outcome_doc"}


def attainment_table(reader: queries.Reader, p: dict) -> Table:
    """Targets against outcomes of one place, one row per indicator and year, with the rule of the
    verdict in words (the pages' sentence, both languages)."""
    from components.rules import row_sentence

    region = p.get("region") or home(reader)
    keys = list(p["indicator"]) if "indicator" in p else None
    df = reader.call(queries.attainment_sources, [region], keys[0] if keys and len(keys) == 1 else None)
    if keys:
        df = df[df["indicator"].isin(keys)]
    if "year" in p:
        df = df[df["year"] == p["year"]]
    df = df.copy()
    for lang in ("zh", "en"):
        df[f"rule_{lang}"] = [row_sentence(r, lang) if not pd.isna(r["target_obs_id"]) else None
                              for r in df.to_dict("records")]
    query = {"region": region, "indicator": keys, "year": p.get("year")}
    return Table(ATTAINMENT_COLUMNS, records(df, ATTAINMENT_COLUMNS, _ATTAINMENT_NAMES), {"query": query})


CASCADE_COLUMNS = ["region", "code", "level", "year", "target_value", "target_value_high", "target_point",
                   "target_hedge", "target_unit", "target_obs_id", "outcome_value", "outcome_hedge", "outcome_status",
                   "outcome_obs_id", "verdict", "gap", "amplification_pp"]


def cascade_table(reader: queries.Reader, p: dict) -> Table:
    """The chain of places above one (nation, province, city, the place), top first, each year's
    target and outcome, and the amplification: the place's target point minus the top level's (pp)."""
    region = p.get("region") or home(reader)
    v = cascade_view(reader, p.get("indicator"), p.get("year"), region)
    amp = {(a.region, a.year): a.value for a in cascade.amplification(v.tva, v.names)}
    places = vocabulary().places
    rows = []
    for name in v.names:
        place = places.by_name(name)
        for r in records(v.tva[v.tva["region"] == name], list(v.tva.columns)):
            if "year" in p and r["year"] != p["year"]:
                continue
            rows.append({"region": name, "code": place.code if place else None, "level": place.level if place else None,
                         "year": r["year"], "target_value": r["target_value"], "target_value_high": r["target_value_high"],
                         "target_point": cascade.target_point(r), "target_hedge": r["target_qualifier"],
                         "target_unit": r["target_unit"], "target_obs_id": r["target_obs_id"],
                         "outcome_value": r["actual_value"], "outcome_hedge": r["actual_qualifier"],
                         "outcome_status": r["actual_status"], "outcome_obs_id": r["actual_obs_id"],
                         "verdict": r["attainment"], "gap": r["gap"], "amplification_pp": amp.get((name, r["year"]))})
    chain = [{"region": n, "code": getattr(places.by_name(n), "code", None),
              "name_en": getattr(places.by_name(n), "name_en", None), "level": getattr(places.by_name(n), "level", None)}
             for n in v.names]
    query = {"region": region, "indicator": v.key, "year": p.get("year")}
    return Table(CASCADE_COLUMNS, rows, {"query": query, "chain": chain})
