"""The knowledge in data/: indicators, units, hedges, places, source tiers, document types and words.

`load_knowledge(data_dir)` reads every table once into one `Knowledge` object, which is passed
explicitly to whatever needs it: there are no module caches that read a default folder behind the
caller's back. Each table has one owner module here (indicators, words, places, tiers, documents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from etl.errors import InputError
from etl.knowledge.confidence import read_confidence_paths
from etl.knowledge.documents import DocumentTypes, read_document_types
from etl.knowledge.gazetteer import Gazetteer, read_gazetteer
from etl.knowledge.indicators import Indicators, Term, read_indicators
from etl.knowledge.places import Region, Regions, load_regions
from etl.knowledge.tables import DATA_DIR, alternation, read_table
from etl.knowledge.tiers import TIERS, SourceTiers, read_tiers
from etl.knowledge.words import (
    Grammar,
    implausible,
    plausible_ranges,
    qualitative_pattern,
    read_grammar,
    read_hedges,
    read_labels,
    read_qualitative,
    read_units,
)

__all__ = ["DATA_DIR", "TIERS", "Knowledge", "Region", "Regions", "Term", "load_knowledge"]


@dataclass(eq=False)
class Knowledge:
    data_dir: Path
    indicators: dict[str, dict]                   # key -> its row of indicators.csv
    families: dict[str, dict[str, str]]           # family -> measure -> key
    terms: list[Term]
    hedges: dict[str, dict]                       # qualifier -> row of hedges.csv
    units: dict[str, tuple[str, float]]           # unit -> (dimension, factor)
    term_re: re.Pattern = field(repr=False)
    term_family: dict[str, str | None] = field(repr=False)
    paragraph_aliases: dict[str, str] = field(repr=False)   # term -> family
    abbreviations: dict[str, str] = field(repr=False)       # 城 -> 城镇
    dictionary: list[dict] = field(repr=False)
    grammar: Grammar = field(repr=False)
    regions: Regions = field(repr=False)
    tiers: SourceTiers = field(repr=False)
    document_types: DocumentTypes = field(repr=False)
    qualitative: re.Pattern = field(repr=False)             # the phrases of qualitative.csv
    qualitative_rows: list[dict] = field(repr=False)
    level_rows: list[dict] = field(repr=False)               # region_levels.csv
    labels: dict[str, dict] = field(repr=False)             # English labels of hedges, phrases and units
    plausible: dict[str, tuple[float | None, float | None]] = field(repr=False)
    gazetteer: Gazetteer = field(repr=False)                # every unit of China (etl/knowledge/gazetteer.py)
    ratio_words: dict[str, tuple[str, int]] = field(repr=False)   # 三次产业结构 -> (tertiary_share, 3)
    place_names_en: dict[str, str] = field(repr=False)      # data/place_names_en.csv: English names pinyin gets wrong
    fallback_names: dict[str, tuple] = field(default_factory=dict, repr=False)   # data/fallback_names.csv: name -> (family, unless)
    risky_paths: dict[tuple, tuple] = field(default_factory=dict, repr=False)   # data/confidence_paths.csv: path -> (n, wrong)
    part_scope: re.Pattern | None = field(default=None, repr=False)   # data/part_scopes.csv: 区本级… before a name
    part_subject: re.Pattern | None = field(default=None, repr=False)   # … 经开区 opening a clause
    part_after: re.Pattern | None = field(default=None, repr=False)   # … in brackets after a name: 收入(本级)

    def key(self, family: str, measure: str) -> str | None:
        return self.families.get(family, {}).get(measure)

    def primary_measure(self, family: str) -> str:
        measures = self.families.get(family, {})
        for m in ("level", "rate", "share", "change"):
            if m in measures:
                return m
        return next(iter(measures))

    def unit_of(self, key: str) -> str:
        return self.indicators[key]["unit"]

    def measure_words(self, key: str) -> re.Pattern:
        """The words that must name a share's measure (比重, 占比 …), from indicators.csv."""
        words = [w.strip() for w in (self.indicators[key].get("measure_words") or "").split("|") if w.strip()]
        return re.compile(alternation(words))

    def _flagged(self, key: str, column: str) -> bool:
        """The indicator is known and its row of indicators.csv has 1 in `column`."""
        return key in self.indicators and (self.indicators[key].get(column) or "").strip() == "1"

    def nominal_growth(self, key: str) -> bool:
        """The indicator's growth is stated at current prices (名义增长) as its headline: an income's, not output's."""
        return self._flagged(key, "nominal_growth")

    def by_quarter(self, key: str) -> bool:
        """The indicator is accounted by quarter only (residents' income: indicators.csv `by_quarter`)."""
        return self._flagged(key, "by_quarter")

    def keeps_currency(self, key: str) -> bool:
        """A figure of this indicator stated in another currency is kept in it (indicators.csv)."""
        return (self.indicators[key].get("keeps_currency") or "").strip() == "1"

    def implausible(self, value: float | None, unit: str, indicator: str | None = None) -> str | None:
        """Why `value` cannot be a figure in `unit` (data/units.csv's range) or, given its indicator and
        in the indicator's own unit, a figure of that indicator (indicators.csv's range); None if it can."""
        why = implausible(value, unit, self.plausible)
        row = self.indicators.get(indicator) if indicator else None
        if why or value is None or row is None or unit != row["unit"]:
            return why
        lo, hi = row.get("plausible") or (None, None)
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            return (f"{value:g} {unit} is outside the plausible range {'' if lo is None else f'{lo:g}'}–"
                    f"{'' if hi is None else f'{hi:g}'} of {indicator} in data/indicators.csv")
        return None

    @cached_property
    def stretch_hedges(self) -> frozenset[str]:
        """Hedge words that make a target a stretch goal (hedges.csv, column stretch)."""
        return frozenset(q for q, h in self.hedges.items() if h.get("stretch"))


def _ratio_words(data_dir: Path, indicators: dict[str, dict]) -> dict[str, tuple[str, int]]:
    """data/ratio_words.csv: a phrase that introduces a structure ratio, the indicator one of its terms
    is, and that term's position (1, 2, 3)."""
    path = data_dir / "ratio_words.csv"
    out = {}
    for i, r in enumerate(read_table(path, ["phrase", "indicator", "position"]), start=2):
        if r["indicator"] not in indicators or r["position"] not in ("1", "2", "3") or not r["phrase"].strip():
            raise InputError(f"{path}: line {i}: a phrase, an indicator of indicators.csv and a position 1, 2 or 3")
        out[r["phrase"].strip()] = (r["indicator"], int(r["position"]))
    return out


def load_knowledge(data_dir: Path = DATA_DIR) -> Knowledge:
    """Every knowledge table of `data_dir`, checked; InputError names the file and line of a problem."""
    data_dir = Path(data_dir)
    units = read_units(data_dir)
    hedges = read_hedges(data_dir)
    qualitative = read_qualitative(data_dir)
    levels = read_table(data_dir / "region_levels.csv", ["level", "whole_zh", "label_zh", "label_en"])
    inds: Indicators = read_indicators(data_dir, {u for r in units for u in (r["unit"], r["canonical"])})
    abbreviations = {r["short"].strip(): r["full"].strip()
                     for r in read_table(data_dir / "abbreviations.csv", ["short", "full"]) if r["short"].strip()}
    names_en = {r["place"].strip(): r["name_en"].strip()   # by code (440305) or by name (陕西省)
                for r in read_table(data_dir / "place_names_en.csv", ["place", "name_en"])}
    gazetteer = read_gazetteer(renamed=data_dir / "renamed_units.csv", ordinary=data_dir / "ordinary_place_words.csv")
    return Knowledge(
        data_dir, inds.rows, inds.families, inds.terms, {h["qualifier"]: h for h in hedges},
        {r["unit"]: (r["dimension"], r["factor"]) for r in units}, inds.term_re, inds.term_family,
        inds.paragraph_aliases, abbreviations,
        read_table(data_dir / "dictionary.csv", ["table", "column", "description_en", "description_zh"]),
        read_grammar(data_dir, units, hedges, levels), load_regions(data_dir, gazetteer, names_en), read_tiers(data_dir),
        read_document_types(data_dir), qualitative_pattern(qualitative), qualitative,
        levels,
        read_labels(units, hedges, qualitative), plausible_ranges(units), gazetteer,
        _ratio_words(data_dir, inds.rows), names_en, fallback_names=inds.fallback_names,
        risky_paths=read_confidence_paths(data_dir), part_scope=inds.part_scope,
        part_subject=inds.part_subject, part_after=inds.part_after)
