"""The endpoints of the data API: path, what it answers, its parameters and their checks, and the use
case that answers it. The routes (components/api/__init__.py) and the OpenAPI document
(components/api/openapi.py) are both made from this one table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from components.api import checks, resources
from components.api.checks import Check


@dataclass(frozen=True)
class Param:
    name: str
    check: Check
    schema: dict
    description: str


@dataclass(frozen=True)
class Listing:
    """An endpoint that answers a list of rows: paged, as JSON or CSV."""
    name: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    answer: Callable
    row_schema: str

    @property
    def checks(self) -> dict[str, Check]:
        return {p.name: p.check for p in (*self.params, *PAGING)}


_STR = {"type": "string"}
_YEAR = {"type": "integer", "minimum": checks.YEAR_RANGE[0], "maximum": checks.YEAR_RANGE[1]}
REGION = Param("region", checks.region, _STR,
               "A place: its Chinese name, its code or its English name (see /api/v1/regions). "
               "Default: the home district.")
INDICATORS = Param("indicator", checks.indicators, {"type": "string", "pattern": "^[a-z0-9_]+(,[a-z0-9_]+)*$"},
                   f"An indicator key of the catalogue (see /api/v1/indicators), or up to {checks.MAX_KEYS} "
                   "keys separated by commas. Default: every indicator.")
PAGING = (
    Param("limit", checks.PAGING["limit"], {"type": "integer", "minimum": 1, "maximum": checks.MAX_LIMIT,
                                             "default": checks.DEFAULT_LIMIT},
          f"Rows in this answer (at most {checks.MAX_LIMIT}); the answer's `next` (and its Link header) "
          "names the next page."),
    Param("offset", checks.PAGING["offset"], {"type": "integer", "minimum": 0, "maximum": checks.MAX_OFFSET,
                                               "default": 0}, "Rows to skip."),
    Param("format", checks.PAGING["format"], {"type": "string", "enum": ["json", "csv"], "default": "json"},
          "json (the default) or csv (UTF-8 with a byte-order mark, the rows of this page)."),
)

LISTINGS = (
    Listing("indicators", "/api/v1/indicators", "The catalogue of indicators",
            "Every indicator: key, names in Chinese and English, unit (pct: percent), direction "
            "(up: higher is better) and notes on the series.", (), resources.indicators_table, "Indicator"),
    Listing("regions", "/api/v1/regions", "Every place",
            "Every place the database knows, with its code, names, level and parent (a code).",
            (Param("level", checks.level, _STR, "Only places of this level (nation, province, city, district …)."),
             Param("parent", checks.place_code, _STR, "Only places under the place of this code.")),
            resources.regions_table, "Region"),
    Listing("documents", "/api/v1/documents", "The documents read",
            "Every document the figures were read from: id, title, type, date, place, address (the web page "
            "it was published at, when known) and source tier.",
            (Param("region", checks.region, _STR, "Only documents about this place. Default: every place."),),
            resources.documents_table, "Document"),
    Listing("series", "/api/v1/series", "Figures of one place, one row per figure",
            "Every figure (targets and outcomes) of the indicators asked for, with its hedge (`qualifier`), "
            "status (preliminary or final), basis, source tier (`source_tier`), the quote, the document "
            "(`doc_id`, `doc_title`) and its address (`source_url`). The columns are the data grid's, so "
            "the CSV is the grid's CSV of the same rows.",
            (INDICATORS, REGION,
             Param("from", checks.year, _YEAR, "First year (the year a figure is about)."),
             Param("to", checks.year, _YEAR, "Last year."),
             Param("kind", checks.one_of("target", "actual"), {"type": "string", "enum": ["target", "actual"]},
                   "target or actual (an outcome)."),
             Param("basis", checks.one_of("reported", "comparable"),
                   {"type": "string", "enum": ["reported", "comparable"]},
                   "reported, or comparable (同口径) growth.")),
            resources.series_table, "SeriesRow"),
    Listing("attainment", "/api/v1/attainment", "Targets against outcomes",
            "One row per indicator and year of one place: the target chosen, the outcome chosen, the gap, "
            "the verdict (met, exceeded, missed, not assessed, no target, no outcome) and the rule it was "
            "judged by, in Chinese and English.",
            (Param("year", checks.year, _YEAR, "Only this year."), REGION, INDICATORS),
            resources.attainment_table, "AttainmentRow"),
    Listing("cascade", "/api/v1/cascade", "A place's targets beside the levels above it",
            "The chain of places above a place (nation, province, city), top first, with each year's target "
            "and outcome of one indicator and the amplification: the level's target point (a range's "
            "middle) minus the top level's, in percentage points.",
            (REGION,
             Param("indicator", checks.indicator, {"type": "string", "pattern": "^[a-z0-9_]+$"},
                   "An indicator key. Default: the first headline indicator with targets at two levels."),
             Param("year", checks.year, _YEAR, "Only this year. Default: every year.")),
            resources.cascade_table, "CascadeRow"),
)

BY_PATH = {e.path: e for e in LISTINGS}
