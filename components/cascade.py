"""Pure: a district's targets in their cascade (nation → province → city → district) and beside its
peers, from the attainment table. Which places stand above and beside a district is data
(data/regions.csv `level` and `parent`); nothing here names a place.

Definitions (README "The cascade"):
- a target's point value is its number, or the middle of a range (6-6.5% -> 6.25); a target in words
  (不设具体目标) has none;
- amplification in a year = a level's target point value - the nation's, in percentage points, for
  years where both are numbers;
- a level's record counts its verdicts (met, exceeded, missed, not assessed) over the years where it
  set a target; its attainment rate is (met + exceeded) / (met + exceeded + missed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from components.charts import records

JUDGED = ("exceeded", "met", "missed")
VERDICTS = ("exceeded", "met", "missed", "not assessed", "no outcome")


def number(v) -> float | None:
    """A cell as a float, or None when it is missing or not a number."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def target_point(row) -> float | None:
    """A target's number, or the middle of its range; None for a target in words or no target."""
    lo, hi = number(row.get("target_value")), number(row.get("target_value_high"))
    if lo is None:
        return None
    return lo if hi is None else (lo + hi) / 2


def year_rows(tva: pd.DataFrame, names: list[str], year: int) -> list[dict | None]:
    """For each place (in the order given), its attainment row of the year, or None."""
    by = {(r["region"], int(r["year"])): r for r in records(tva)}
    return [by.get((n, int(year))) for n in names]


@dataclass(frozen=True)
class Amplification:
    region: str
    year: int
    value: float            # the level's target point value minus the nation's, pp
    own_obs_id: int         # the level's target (its source panel)
    top_obs_id: int         # the nation's target
    own: dict               # the level's attainment row
    top: dict               # the nation's attainment row


def amplification(tva: pd.DataFrame, names: list[str]) -> list[Amplification]:
    """Each level below the top against the top (names[0]), year by year, where both targets are numbers."""
    if len(names) < 2:
        return []
    rows = records(tva)
    top = {int(r["year"]): r for r in rows if r["region"] == names[0]}
    out = []
    for r in rows:
        if r["region"] not in names[1:]:
            continue
        y = int(r["year"])
        t_own, t_top = target_point(r), target_point(top.get(y, {}))
        if t_own is None or t_top is None:
            continue
        out.append(Amplification(r["region"], y, round(t_own - t_top, 4), int(r["target_obs_id"]),
                                 int(top[y]["target_obs_id"]), r, top[y]))
    return sorted(out, key=lambda a: (names.index(a.region), a.year))


def years_both(tva: pd.DataFrame, top: str, own: str) -> list[int]:
    """The years where both places have a numeric target (the amplification line must cover each)."""
    rows = records(tva)
    def numeric(name):
        return {int(r["year"]) for r in rows if r["region"] == name and target_point(r) is not None}
    return sorted(numeric(top) & numeric(own))


@dataclass(frozen=True)
class Record:
    region: str
    counts: dict            # verdict -> number of years
    years: tuple[int, ...]  # years with a target
    judged: int             # met + exceeded + missed
    achieved: int           # met + exceeded

    @property
    def rate(self) -> float | None:
        return self.achieved / self.judged if self.judged else None


def record(tva: pd.DataFrame, region: str, year_from: int | None = None, year_to: int | None = None) -> Record:
    """A place's verdicts over the years where it set a target (within the years given)."""
    rows = [r for r in records(tva) if r["region"] == region and number(r.get("target_obs_id")) is not None
            and (year_from is None or int(r["year"]) >= year_from) and (year_to is None or int(r["year"]) <= year_to)]
    counts = {v: sum(1 for r in rows if r["attainment"] == v) for v in VERDICTS}
    judged = sum(counts[v] for v in JUDGED)
    return Record(region, counts, tuple(sorted(int(r["year"]) for r in rows)), judged,
                  counts["met"] + counts["exceeded"])


def league(tva: pd.DataFrame, names: list[str]) -> list[Record]:
    """The places' records, best attainment rate first (more years judged first on a tie; places
    never judged last, in the order given)."""
    recs = [record(tva, n) for n in names]
    judged = sorted((r for r in recs if r.judged), key=lambda r: (-r.rate, -r.judged, names.index(r.region)))
    return judged + [r for r in recs if not r.judged]


def peer_year(tva: pd.DataFrame, names: list[str], year: int) -> tuple[list[dict], list[str]]:
    """The places with a numeric target and a numeric outcome in the year, sorted by how far the
    outcome fell short of (or beat) the target, largest shortfall first; and the places left out."""
    rows = [r for r in year_rows(tva, names, year) if r is not None]
    both = [r for r in rows if target_point(r) is not None and number(r.get("actual_value")) is not None
            and r["attainment"] in JUDGED]
    both.sort(key=lambda r: (number(r.get("gap_better")) or 0.0, names.index(r["region"])))
    shown = {r["region"] for r in both}
    return both, [n for n in names if n not in shown]
